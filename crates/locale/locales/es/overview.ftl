
home-title = Inicio
home-empty = El modelo compartido está vacío.
home-import = Importe un archivo de modelo para empezar.
home-organisations = { $count ->
    [one] organización
   *[other] organizaciones
}
home-forums = { $count ->
    [one] foro
   *[other] foros
}
home-agreements = { $count ->
    [one] acuerdo
   *[other] acuerdos
}
home-level = nivel de colaboración
home-findings = hallazgos críticos y altos
home-findings-more = ({ $medium } medios, { $low } bajos)
home-contacts-to-check = Contactos de su organización por verificar
home-contacts-fresh = Todos los contactos de su organización se verificaron en los últimos 90 días.
home-next-meetings = Próximas reuniones
home-no-meeting = No hay ninguna reunión prevista.
home-meeting-of = { $title } ({ $forum })
home-forum-meets = Reunión: { $forum }
home-calendar = El calendario electoral y todas las reuniones
home-contact-sheet = Imprimir la hoja de contactos de emergencia

nav-menu-close = Cerrar el menú
picker-search = Buscar por nombre
picker-remove = Quitar
picker-none = Nada elegido todavía.
picker-no-match = Ningún nombre coincide.
picker-suggested-label = Sugeridas:
picker-suggested = Primero, las que la matriz de responsabilidades hace rendir cuentas o responsables de: { $threat }.
picker-suggested-in-phase = Primero, las que la matriz de responsabilidades hace rendir cuentas o responsables de: { $threat }, en la fase «{ $phase }».
picker-nobody = La matriz de responsabilidades no nombra a nadie que rinda cuentas o sea responsable de: { $threat }.
picker-nobody-in-phase = La matriz de responsabilidades no nombra a nadie que rinda cuentas o sea responsable de: { $threat }, en la fase «{ $phase }».
report-title = Reportar un incidente
report-intro = El reporte se envía de inmediato a las organizaciones que la matriz de responsabilidades hace rendir cuentas y responsables, y a las que nombran los protocolos de escalamiento; todos con quienes se comparte lo ven en directo.
report-what = Qué pasó, en una línea
report-details = Detalles
report-kind = Tipo
report-choose = Elegir…
report-severity = Gravedad
report-phase = Fase de la elección
report-phase-from-calendar = Según el calendario (hoy: { $phase })
report-phase-not-known = desconocida
report-affected-systems = Sistemas afectados
report-recipients = Organizaciones destinatarias (AMBER, AMBER+STRICT)
report-first-observed = Primera observación (UTC)
report-observables = Observables, uno por línea: tipo y valor
report-observables-example = ipv4 198.51.100.7 · domain cec-results[.]example · url hxxps://cec-results[.]example/login
report-observables-kinds = Tipos: ipv4, ipv6, domain, url, email, file_hash, account, text. Los valores desactivados se leen como se pretende.
report-who-may-see = Quién puede verlo (TLP 2.0)
report-people = Personas, por correo electrónico (RED)
report-people-example = guardia@cert.example, …
report-observers = Compartir con los observadores (solo GREEN y AMBER)
report-submit = Reportar
reshare-title = Compartir
reshare-tlp = TLP
reshare-people = Personas, por correo electrónico (RED), separadas por comas
reshare-observers = Compartir con los observadores
reshare-confirm = ¿Cambiar quién puede ver este elemento ({ $item })? El cambio queda auditado.
reshare-submit = Cambiar cómo se comparte
item-noun-incident = incidente
item-noun-disinformation = afirmación falsa

dashboard-title = Panel
dashboard-live-off = Actualizaciones en directo desactivadas
dashboard-now = Ahora
dashboard-no-phase = Ninguna fase del calendario cubre el día de hoy.
dashboard-next = Después: { $phase }, { $dates }
dashboard-polling-today = La votación es hoy
dashboard-days-to-polling = { $days ->
    [one] día para la votación
   *[other] días para la votación
}
dashboard-as-of = A las { $time }
dashboard-calendar = Calendario
dashboard-open-incidents = Incidentes abiertos
dashboard-open-awaiting = abiertos, { $awaiting } a la espera de acuse de recibo
dashboard-by-severity = Incidentes abiertos por gravedad
dashboard-by-kind = Incidentes abiertos por tipo
dashboard-more-kinds = { $count } más de otros tipos
dashboard-top-risks = Riesgos principales
dashboard-heat = Mapa de calor de las puntuaciones conjuntas de riesgo
dashboard-disagree = las instituciones discrepan
dashboard-no-risk = Aún no hay riesgos evaluados.
dashboard-overdue = Medidas atrasadas
dashboard-none-overdue = Ninguna atrasada.
dashboard-owner-due = { $owner }, vence el { $due }
dashboard-more-overdue = { $count } más atrasadas
dashboard-to-approve = Informes por aprobar
dashboard-more-to-approve = { $count } más por aprobar
dashboard-reachable = Localizables ahora
dashboard-nobody-reachable = Ningún contacto de emergencia que usted pueda ver responde ahora.
dashboard-more-reachable = { $count } más localizables ahora

sheet-reachable-now-only = reachable solo admite un valor: now.
sheet-title-all = Hoja de contactos de emergencia: todas las organizaciones
sheet-title-reachable = Localizables ahora: contactos de emergencia que responden a esta hora
sheet-title-of = Hoja de contactos de emergencia: { $forum }
sheet-title-reachable-of = Localizables ahora: { $forum }
sheet-reachable-at = Contactos de emergencia que responden el { $time }, según su disponibilidad y el calendario electoral.
sheet-whole = La hoja completa
sheet-printed = Impresa el { $date }.
sheet-oob = Los canales fuera de banda funcionan sin correo electrónico ni Internet.
sheet-stale = Los contactos marcados en rojo no se han verificado en 90 días.
sheet-members-of = Miembros de
sheet-all = todas las organizaciones
sheet-show = Mostrar
sheet-print = Imprimir
sheet-members-only = Los contactos solo se comparten entre las organizaciones participantes.
sheet-no-contact = Ningún contacto registrado.
sheet-col-contact = Contacto
sheet-col-available = Disponible
sheet-col-verified = Verificado

organisation-id = Identificador
organisation-kind = Tipo
organisation-level = Nivel
organisation-sector = Sector
organisation-part-of = Depende de
organisation-mandate = Mandato
organisation-not-recorded = sin registrar
organisation-forums = Foros
organisation-none = ninguno
organisation-edit = Editar la organización
organisation-findings = Lo que encuentra el análisis
organisation-findings-none = El análisis no encuentra nada sobre { $name } ni sus contactos.
organisation-findings-some = { $count ->
    [one] El análisis encuentra { $count } cosa por corregir sobre { $name } o sus contactos.
   *[other] El análisis encuentra { $count } cosas por corregir sobre { $name } o sus contactos.
}
organisation-see-analysis = El análisis completo
organisation-contacts = Contactos
organisation-add-contact = Añadir un contacto
organisation-no-contact = No hay ningún contacto registrado.

forum-chair = Presidencia
forum-chair-nobody = nadie
forum-meets = Se reúne
forum-active-in = Activo en
forum-purpose = Propósito
forum-contact-sheet = Hoja de contactos de los miembros
forum-edit = Editar el foro
forum-members = Miembros
forum-members-incomplete = Puede que la lista no nombre a todos los miembros.
forum-members-change = Cambiar los miembros
forum-members-choose = Miembros
forum-members-save = Guardar los miembros
forum-members-too-many = Un foro tiene como máximo { $count } miembros.
forum-meetings = Reuniones
forum-dates-in-model = Fechas previstas en el modelo:
forum-add-meeting = Añadir una reunión
forum-no-meeting = Todavía no hay ninguna reunión registrada aquí.
forum-col-date = Fecha
forum-col-meeting = Reunión
forum-col-open-actions = Acciones pendientes
forum-minutes-members-only = Los órdenes del día y las actas solo se comparten entre las organizaciones participantes.
