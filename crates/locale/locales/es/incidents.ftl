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
incidents-awaiting-tag = espera su acuse de recibo
incidents-none = Ningún incidente que usted pueda ver coincide.

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
incident-list-separator = {", "}
incident-form-observable-line = observables, línea { $line }: escriba el tipo, un espacio y luego el valor, como en «ipv4 198.51.100.7»
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
