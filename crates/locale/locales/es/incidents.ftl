# Incidentes, escalamientos, cronologías, lo que comparte todo elemento compartido (difusión, TLP, adjuntos).

## La lista de incidentes

incidents-title = Incidentes
incidents-live-off = Actualizaciones en directo desactivadas
incidents-report = Notificar un incidente
incidents-card-open = incidentes abiertos que usted puede ver
incidents-card-unacknowledged = abiertos con una organización que aún no ha acusado recibo
# Tras la etiqueta de una gravedad, en la tarjeta que cuenta los incidentes abiertos de esa gravedad.
incidents-card-severity-open = incidentes abiertos
incidents-search = Buscar
incidents-search-placeholder = palabras, una dirección, un dominio
incidents-status = Estado
incidents-any-status = cualquiera
incidents-at-least = Como mínimo
incidents-any-severity = cualquier gravedad
incidents-open-only = Solo abiertos
incidents-filter = Filtrar
incidents-matching = { $count ->
    [one] { $count } incidente coincide.
   *[other] { $count } incidentes coinciden.
}
incidents-awaiting = { $count ->
    [one] { $count } espera su acuse de recibo.
   *[other] { $count } esperan su acuse de recibo.
}
incidents-col-incident = Incidente
incidents-col-severity = Gravedad
incidents-col-status = Estado
incidents-col-kind = Tipo
incidents-col-tlp = TLP
incidents-col-reported-by = Notificado por
incidents-col-reported = Notificado el
incidents-acknowledge = Acusar recibo
incidents-acknowledge-label = Acusar recibo de { $reference }: { $title }
incidents-awaiting-tag = espera su acuse de recibo
incidents-none = Ningún incidente que usted pueda ver coincide.
list-older = Más antiguos

## Un incidente

incident-reference = INC-{ $number }
incident-merged = Fusionado como duplicado de { $original }.
incident-asked = Se pide a su organización que se haga cargo de este incidente.
incident-acknowledge-for = Acusar recibo en nombre de { $organisation }
incident-kind = Tipo
incident-phase = Fase
incident-phase-unknown = desconocida
incident-reported = Notificación
incident-reported-at-by = el { $at } por { $source }
incident-first-observed = Observado por primera vez
incident-systems = Sistemas
incident-shared = Difusión
incident-named = Destinatarios nombrados: { $names }.
incident-lessons = Lecciones aprendidas
incident-details = Detalles
incident-observables = Observables
incident-observable-kind = Tipo
incident-observable-value = Valor
incident-organisations = Organizaciones a cargo
incident-col-organisation = Organización
incident-col-why = Motivo
incident-col-alerted = Alertada
incident-col-acknowledged = Acuse de recibo
incident-role-accountable = rinde cuentas
incident-role-responsible = responsable
incident-role-escalation = escalamiento
incident-role-coordinator = coordinación
incident-role-consulted = consultada
incident-role-informed = informada
incident-withheld = no alertada: no se comparte con ella
incident-not-yet = todavía no
incident-nobody-assigned = No hay ninguna organización asignada.
incident-related = Relacionados
incident-related-status = ({ $status })
incident-related-duplicate = (duplicado)
incident-attachments = Adjuntos
incident-attachments-none = Ninguno.
incident-attachment-size = { $size ->
    [one] { $size } byte, SHA-256
   *[other] { $size } bytes, SHA-256
}
incident-file = Archivo
incident-attach = Adjuntar (hasta 10 MiB)
incident-timeline = Cronología
incident-add-heading = Añadir a la cronología
incident-note = Nota
incident-is-action = Esto registra una medida adoptada
incident-add = Añadir
incident-handle = Gestionar
incident-new-status = Nuevo estado
incident-lessons-needed = Lecciones aprendidas (necesarias para cerrar)
incident-change-status = Cambiar el estado
incident-severity = Gravedad
incident-change-severity = Cambiar la gravedad
incident-other = Otro incidente
incident-other-placeholder = INC-12
incident-link = Vincular
incident-merge-confirm = ¿Cerrar este incidente como duplicado del otro?
incident-merge = Fusionarlo como duplicado
incident-form-observable-line = observables, línea { $line }: escriba el tipo, un espacio y luego el valor, como en «ipv4 198.51.100.7»
incident-form-observable-kind = observables, línea { $line }: «{ $kind }» no es un tipo de observable; use uno de: { $kinds }
incident-form-observable-value = observables, línea { $line }: { $problem }
incident-form-unknown-action = Acción desconocida.

## La cronología de un elemento

timeline-platform = la plataforma
timeline-kind-reported = notificación
timeline-kind-routed = encaminamiento
timeline-kind-gap = vacío
timeline-kind-withheld = no transmitido
timeline-kind-acknowledged = acuse de recibo
timeline-kind-status = estado
timeline-kind-severity = gravedad
timeline-kind-note = nota
timeline-kind-action = medida
timeline-kind-linked = vínculo
timeline-kind-merged = fusión
timeline-kind-sharing = difusión
timeline-kind-attachment = adjunto
timeline-kind-escalated = escalamiento
timeline-kind-escalation-stopped = escalamiento detenido
timeline-kind-rectification = rectificación

# Lo ocurrido, en el historial de un elemento. { $tlp } es una marca como TLP:AMBER.
timeline-reported = Notificado por { $organisation }: { $threat }, gravedad { $severity }, { $tlp }.
timeline-claim-reported = Notificado por { $organisation }: { $threat } en { $platform }, { $tlp }.
timeline-status = Estado cambiado de «{ $from }» a «{ $to }».
timeline-severity = Gravedad cambiada de «{ $from }» a «{ $to }».
timeline-acknowledged = { $organisation } acusó recibo.
timeline-sharing-widened = Difusión ampliada por la fuente: de { $from } a { $to }.
timeline-sharing-narrowed = Difusión restringida por la fuente: de { $from } a { $to }.
timeline-sharing-recipients = Destinatarios: { $organisations }.
timeline-sharing-people = { $count ->
    [one] Compartido con { $count } persona nominalmente.
   *[other] Compartido con { $count } personas nominalmente.
}
timeline-merged = Fusionado como duplicado en otro incidente, que continúa.
timeline-routed = Dirigido a { $organisations }.
timeline-routed-to = { $organisation } ({ $role })
timeline-withheld = { $organisation } tiene el papel «{ $role }» en este incidente pero no está entre aquellos con quienes se comparte ({ $tlp }); no fue alertada. La fuente puede ampliar la difusión para llegar a ella.
timeline-gap = Nadie rinde cuentas de { $threat } en la matriz de responsabilidades; se alerta a los coordinadores para que lo asignen.
timeline-gap-in-phase = Nadie rinde cuentas de { $threat } en la fase «{ $phase }» en la matriz de responsabilidades; se alerta a los coordinadores para que lo asignen.
timeline-escalation-alerted = { $minutes ->
    [one] Protocolo de escalamiento «{ $protocol }»: se alertó por correo electrónico a { $contact } ({ $organisation }); se espera acuse de recibo en { $minutes } minuto.
   *[other] Protocolo de escalamiento «{ $protocol }»: se alertó por correo electrónico a { $contact } ({ $organisation }); se espera acuse de recibo en { $minutes } minutos.
}
timeline-escalation-no-email = Protocolo de escalamiento «{ $protocol }»: { $contact } ({ $organisation }) no tiene dirección de correo electrónico; contacte por { $channel }.
timeline-escalation-no-contact = Protocolo de escalamiento «{ $protocol }»: { $organisation } no tiene ningún contacto en el directorio; solo se alertó a sus personas en la plataforma.
timeline-escalation-next-email = { $minutes ->
    [one] Sin acuse de recibo de { $organisation } en { $minutes } minuto: se alertó por correo electrónico al siguiente contacto, { $contact }.
   *[other] Sin acuse de recibo de { $organisation } en { $minutes } minutos: se alertó por correo electrónico al siguiente contacto, { $contact }.
}
timeline-escalation-next-other = { $minutes ->
    [one] Sin acuse de recibo de { $organisation } en { $minutes } minuto: el siguiente contacto, { $contact }, no tiene dirección de correo electrónico; contacte por { $channel }.
   *[other] Sin acuse de recibo de { $organisation } en { $minutes } minutos: el siguiente contacto, { $contact }, no tiene dirección de correo electrónico; contacte por { $channel }.
}
timeline-another-channel = otro medio
timeline-escalation-stopped = Escalamiento a { $organisation } detenido: el incidente ya no se comparte con ella, así que no se la alerta.
timeline-attachment = { $size ->
    [one] Adjuntado { $file } ({ $size } byte).
   *[other] Adjuntado { $file } ({ $size } bytes).
}
timeline-linked = Vinculado a un incidente.
timeline-rectification-asked = Se pidió a { $platform } que rectifique la afirmación.
timeline-rectification-answered = Respuesta de { $platform } registrada.

## Difusión y adjuntos, en todo tipo de elemento

tlp-description-clear = Cualquier persona, incluido el público.
tlp-description-green = Todas las organizaciones miembros de la plataforma; nunca el público (los observadores solo si se comparte con ellos).
tlp-description-amber = Su organización, las organizaciones destinatarias y sus subunidades, y las organizaciones a las que la matriz y los protocolos de escalamiento hacen responsables.
tlp-description-amber-strict = Solo su organización y las organizaciones destinatarias nombradas.
tlp-description-red = Solo usted y las personas nombradas.
sharing-choose-level = Elija un nivel TLP.
attachment-too-large = El archivo supera los { $mebibytes } MiB.
attachment-choose-file = Elija un archivo para adjuntar.

## Protocolos de escalamiento

escalations-title = Protocolos de escalamiento
escalations-intro = Acordados de antemano: para los incidentes de una gravedad (y de ciertos tipos y fases), a quién hay que contactar y con qué rapidez. La plataforma alerta de inmediato al primer contacto de cada organización, al siguiente contacto cuando nadie acusa recibo a tiempo, y a los coordinadores cuando se incumple un plazo.
escalations-add = Añadir un protocolo
escalations-unknown = El modelo registra los protocolos de escalamiento como desconocidos.
escalations-applies-to = Se aplica a
escalations-applies = gravedad { $severity } o superior; amenazas: { $threats }; fases: { $phases }
escalations-all = todas
escalations-reach = A contactar
escalations-target = { $minutes ->
    [one] { $organisation }: acuse de recibo en { $minutes } minuto
   *[other] { $organisation }: acuse de recibo en { $minutes } minutos
}
escalations-next-contact = Siguiente contacto tras
escalations-next-after = { $minutes ->
    [one] { $minutes } minuto sin acuse de recibo
   *[other] { $minutes } minutos sin acuse de recibo
}
escalations-notes = Observaciones
escalations-edit = Editar
escalations-none = No hay ningún protocolo de escalamiento registrado.

## Un registro modificado por otra persona mientras se editaba

conflict-title = Modificado por otra persona
conflict-heading = Este registro ({ $kind }) se modificó mientras usted lo editaba
conflict-saved-by = { $who } guardó una nueva versión el { $at }. Su cambio no se guardó. Compare ambas versiones y decida.
conflict-saved-by-import = Una importación guardó una nueva versión el { $at }. Su cambio no se guardó. Compare ambas versiones y decida.
conflict-theirs = La versión de la otra persona (ya guardada)
conflict-yours = Su versión (no guardada)
conflict-body = Su versión, para guardarla en lugar de la otra o ajustarla antes
conflict-save = Guardar esta versión en lugar de la otra
conflict-discard = Descartar la mía y partir de la otra

## Correos electrónicos sobre los elementos, en el idioma del destinatario

mail-subject-new-incident = [{ $tlp }] Nuevo incidente { $reference } ({ $severity }): { $title }
mail-subject-escalation = [{ $tlp }] ESCALAMIENTO { $reference } ({ $severity }): { $title }
mail-subject-escalation-failed = [{ $tlp }] Escalamiento fallido en { $reference } ({ $severity }): { $title }
mail-subject-claim = [{ $tlp }] Afirmación falsa { $reference } en { $platform }: { $title }
mail-subject-sitrep = [{ $tlp }] { $reference }: { $title }
mail-red-title = detalles en la plataforma
mail-incident-red =
    Este incidente es TLP:RED: sus detalles solo se comparten con personas nombradas y no se envían por correo electrónico.
    Inicie sesión para leerlo: { $link }
mail-claim-red =
    Este elemento es TLP:RED: sus detalles solo se comparten con personas nombradas y no se envían por correo electrónico.
    Inicie sesión para leerlo: { $link }
mail-incident-details =
    Título: { $title }
    Tipo: { $kind }
    Gravedad: { $severity }
    Fase: { $phase }
    Notificado por: { $source }
mail-claim-details =
    Afirmación: { $claim }
    Tipo: { $kind }
    Plataforma: { $platform }
    Dónde se vio: { $where }
    Alcance: { $reach }
    Notificada por: { $source }
mail-open = Abrirlo: { $link }
mail-not-known = desconocido
mail-not-given = no indicado
mail-reason-accountable = Según la matriz de responsabilidades, su organización rinde cuentas de la amenaza «{ $threat }».
mail-reason-accountable-in-phase = Según la matriz de responsabilidades, su organización rinde cuentas de la amenaza «{ $threat }» durante la fase «{ $phase }».
mail-reason-responsible = Según la matriz de responsabilidades, su organización es responsable de la amenaza «{ $threat }».
mail-reason-responsible-in-phase = Según la matriz de responsabilidades, su organización es responsable de la amenaza «{ $threat }» durante la fase «{ $phase }».
mail-reason-consulted = Según la matriz de responsabilidades, su organización es consultada sobre la amenaza «{ $threat }».
mail-reason-consulted-in-phase = Según la matriz de responsabilidades, su organización es consultada sobre la amenaza «{ $threat }» durante la fase «{ $phase }».
mail-reason-informed = Según la matriz de responsabilidades, su organización es informada de la amenaza «{ $threat }».
mail-reason-informed-in-phase = Según la matriz de responsabilidades, su organización es informada de la amenaza «{ $threat }» durante la fase «{ $phase }».
mail-reason-escalation = Su organización debe ser contactada en virtud de un protocolo de escalamiento.
mail-reason-coordinator = Nadie rinde cuentas de este incidente según la matriz de responsabilidades; como coordinador, asígnelo.
mail-reason-red = Se ha compartido con usted, de forma nominal, un incidente TLP:RED.
mail-reason-claim = Según la matriz de responsabilidades, el papel de su organización ante la amenaza «{ $threat }» es: { $role }.
mail-escalation-within = { $minutes ->
    [one] En virtud del protocolo de escalamiento «{ $protocol }», { $organisation } debe acusar recibo de este incidente en el plazo de { $minutes } minuto desde su notificación.
   *[other] En virtud del protocolo de escalamiento «{ $protocol }», { $organisation } debe acusar recibo de este incidente en el plazo de { $minutes } minutos desde su notificación.
}
mail-escalation-next = { $minutes ->
    [one] Si nadie acusa recibo en { $minutes } minuto, se alerta al siguiente contacto de { $organisation }.
   *[other] Si nadie acusa recibo en { $minutes } minutos, se alerta al siguiente contacto de { $organisation }.
}
mail-escalation-how = Acuse recibo en la plataforma (inicie sesión, abra el incidente y pulse «Acusar recibo»).
mail-escalation-no-further-contact = Sin acuse de recibo de { $organisation } y sin ningún otro contacto en el directorio; se alerta a los coordinadores.
mail-escalation-deadline-missed = { $minutes ->
    [one] Plazo incumplido: { $organisation } no acusó recibo en { $minutes } minuto, como exige el protocolo de escalamiento «{ $protocol }». Se alerta a los coordinadores.
   *[other] Plazo incumplido: { $organisation } no acusó recibo en { $minutes } minutos, como exige el protocolo de escalamiento «{ $protocol }». Se alerta a los coordinadores.
}
mail-sitrep-approved = La presidencia aprobó este informe de situación.
mail-digest-intro = { $count ->
    [one] { $count } notificación desde su último resumen.
   *[other] { $count } notificaciones desde su último resumen.
}
mail-digest-subject = { $count ->
    [one] Resumen de Liaison: { $count } notificación
   *[other] Resumen de Liaison: { $count } notificaciones
}
mail-footer =
    Tratamiento: { $tlp }. { $description }
    Recibe este mensaje porque su organización está vinculada al elemento en Liaison; cambie la forma en que se le notifica en Cuenta > Notificaciones.

# La página de búsqueda
search-title = Búsqueda
search-heading = Buscar incidentes y afirmaciones falsas
search-label = Palabras que buscar
search-button = Buscar
search-help = Cada palabra se encuentra por su comienzo, también en sus otras formas (ataque, ataques, atacado), en el idioma en que se escribió el elemento. Una dirección o un dominio se encuentra tal como se escribe. Solo se busca en lo que usted puede leer.
search-none = Nada de lo que usted puede leer coincide con «{ $words }».
search-found = { $count ->
    [one] Un resultado, el mejor primero.
   *[other] { $count } resultados, los mejores primero.
}
search-kind-incident = Incidente
search-kind-disinformation = Afirmación falsa
