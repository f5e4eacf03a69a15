# Lo que responde la plataforma cuando rechaza una solicitud. Las frases empiezan en
# minúscula: las páginas y la API las muestran tras sus propias palabras.

refusal-as-written = { $text }

## Los campos

field-claim = afirmación
field-description = descripción
field-lessons-learned = lecciones aprendidas
field-note = nota
field-notes = notas
field-place-seen = lugar donde se vio
field-platform = plataforma
field-rationale = justificación
field-reference = referencia
field-text = texto
field-title = título
field-time-observed = momento de la observación
field-time-first-seen = momento en que se vio por primera vez

field-likelihood = probabilidad
field-impact = impacto
field-residual-likelihood = probabilidad residual
field-residual-impact = impacto residual
field-time-sending = momento del envío
field-time-acknowledgement = momento del acuse de recibo
field-time-action = momento de la actuación
## Todos los formularios

refusal-field-empty = el campo «{ $field }» está vacío
refusal-field-too-long = el campo «{ $field }» supera los { $max } caracteres
refusal-field-control = el campo «{ $field }» contiene caracteres de control
refusal-field-in-future = el campo «{ $field }» está en el futuro
refusal-unknown-reference = eso remite a algo que no existe
refusal-database-url = la URL de la base de datos debe empezar por sqlite: o postgres:, no por «{ $scheme }»
refusal-no-organisation = su cuenta no pertenece a ninguna organización

## Cuentas, notificaciones, registro de auditoría, higiene

refusal-account-exists = ya existe una cuenta con la dirección de correo electrónico { $email }
refusal-audit-log = solo los administradores y los coordinadores consultan el registro de auditoría
refusal-email-preference = las notificaciones por correo electrónico son «immediate», «digest» u «off»
refusal-digest-interval = un resumen se envía como mucho cada 5 minutos y como mínimo una vez por semana
refusal-webhook-not-url = la dirección del webhook no es una URL ({ $reason })
refusal-webhook-scheme = la dirección de un webhook empieza por https:// (o http:// dentro de una red de confianza)
refusal-self-assessment = una autoevaluación habla por una organización: la rellenan los analistas, los administradores de organización y los coordinadores

## Elementos compartidos: incidentes y afirmaciones falsas

refusal-work-reshare = { $kind ->
    [incident] solo la organización que notificó este incidente puede cambiar su difusión
   *[other] solo la organización que notificó esta afirmación falsa puede cambiar su difusión
}
refusal-work-acknowledge = { $kind ->
    [incident] no se pide a su organización que acuse recibo de este incidente
   *[other] no se pide a su organización que acuse recibo de esta afirmación falsa
}
refusal-work-handle = { $kind ->
    [incident] solo la organización que lo notificó, las organizaciones responsables de este incidente y los coordinadores pueden gestionarlo
   *[other] solo la organización que la notificó, las organizaciones responsables de esta afirmación falsa y los coordinadores pueden gestionarla
}
refusal-work-comment = { $kind ->
    [incident] solo la organización que lo notificó, las organizaciones de este incidente y los coordinadores pueden añadirle algo
   *[other] solo la organización que la notificó, las organizaciones de esta afirmación falsa y los coordinadores pueden añadirle algo
}
refusal-report-role = { $kind ->
    [incident] los observadores y las cuentas sin organización no notifican incidentes
   *[other] los observadores y las cuentas sin organización no notifican afirmaciones falsas
}
refusal-report-no-organisation = { $kind ->
    [incident] su cuenta no pertenece a ninguna organización; un incidente lo notifica una organización
   *[other] su cuenta no pertenece a ninguna organización; una afirmación falsa la notifica una organización
}
refusal-report-organisation-unknown = su organización «{ $organisation }» no está en el modelo compartido; pida a un coordinador que la añada
refusal-source-gone = la organización que lo notificó ya no está en el modelo compartido
refusal-file-empty = el archivo está vacío
refusal-file-too-large = el archivo supera los { $max } MiB
refusal-too-many-recipients = un elemento puede compartirse con { $max } destinatarios como máximo
refusal-sharing-unchanged = la difusión no ha cambiado
refusal-not-an-account = «{ $person }» no es una cuenta activa; TLP:RED se comparte con personas por su dirección de correo electrónico
refusal-not-an-asset = «{ $key }» no es un activo del registro
refusal-not-an-asset-did-you-mean = «{ $key }» no es un activo del registro; ¿quiso decir «{ $suggestion }»?
refusal-too-many-observables = un incidente puede llevar { $max } observables como máximo
refusal-too-many-assets = un incidente puede nombrar { $max } activos como máximo
refusal-lifecycle-unchanged = el incidente ya está «{ $status }»
refusal-lifecycle-lessons = cerrar un incidente requiere las lecciones aprendidas: qué funcionó bien, qué hay que cambiar
refusal-lifecycle-back-to-reported = un incidente no puede volver a «notificado»; reábralo como clasificado o en curso
refusal-lifecycle-duplicate = un duplicado se cierra con su original; reabra el original en su lugar
refusal-severity-same = la gravedad ya es «{ $severity }»
refusal-status-same = el estado ya es «{ $status }»
refusal-already-acknowledged = su organización ya acusó recibo de este incidente el { $at }
refusal-link-self = un incidente no puede vincularse consigo mismo
refusal-merge-self = un incidente no puede fusionarse consigo mismo
refusal-merge-into-duplicate = { $reference } es a su vez un duplicado; fusione en el incidente en que se fusionó
refusal-already-merged = este incidente ya está fusionado en otro
refusal-merge-narrower = { $reference } se comparte de forma más restringida que este incidente, así que no puede absorberlo; vincule los dos en su lugar
refusal-no-such-incident = no hay ningún incidente así que usted pueda ver
refusal-no-incident-named = no hay ningún incidente «{ $reference }» que usted pueda ver
refusal-already-linked = { $item } ya está vinculado a { $incident }
refusal-too-many-links = un elemento puede vincularse a { $max } incidentes como máximo
refusal-no-such-rectification = este elemento no tiene esa solicitud de rectificación
refusal-empty-answer = la respuesta no registra nada
refusal-negative-reach = el alcance es un número de personas, nunca negativo

## Informes de situación

refusal-not-a-forum = «{ $key }» no es un foro del modelo
refusal-forum-no-chair = { $forum } no tiene presidencia que apruebe sus informes
refusal-sitrep-red = el informe de un foro es para sus miembros: TLP:RED es solo para personas nombradas
refusal-sitrep-draft = el informe de un foro lo redacta la organización que lo preside o un coordinador
refusal-period-backwards = el período termina antes de empezar
refusal-period-too-long = un informe abarca como máximo un año
refusal-sitrep-edit = el informe de un foro lo edita la organización que lo preside
refusal-sitrep-approved-final = un informe aprobado no se modifica; redacte uno nuevo
refusal-sitrep-approve = solo la presidencia del foro aprueba sus informes
refusal-sitrep-already-approved = el informe ya está aprobado
refusal-sitrep-too-wide = { $tlp } mostraría aquello en que se basa a lectores con quienes no se compartió; elija un nivel más restringido

## El registro de riesgos

refusal-no-election = el modelo compartido no tiene ninguna elección; añada una antes de llevar un registro de riesgos
refusal-not-an-organisation = «{ $key }» no es una organización del modelo
refusal-risk-exists = esta amenaza, este activo y esta fase ya están en el registro
refusal-residual-both = indique la probabilidad y el impacto residuales a la vez, o ninguno
refusal-measure-too-many-risks = una medida puede responder a { $max } riesgos como máximo
refusal-not-a-risk = «{ $key }» no es un riesgo del registro de { $election }
refusal-risks-add = solo los coordinadores añaden riesgos al registro
refusal-risk-assess = una evaluación habla por una organización: la rellenan los analistas, los administradores de organización y los coordinadores
refusal-risk-handle = solo los coordinadores cambian el tratamiento de un riesgo
refusal-risks-members = el registro de riesgos es para los miembros
refusal-measures-add = solo los coordinadores añaden medidas
refusal-measures-members = las medidas son para los miembros

## Los registros del modelo

refusal-record-exists = ya existe un registro de tipo «{ $kind }» con el identificador «{ $key }»
refusal-meeting-forum-unknown = la reunión pertenece al foro «{ $forum }», que no está en el modelo
refusal-action-owner-unknown = la acción «{ $action }» está a cargo de «{ $owner }», que no es una organización

## Las reglas del dominio: difusión, encaminamiento, afirmaciones, valoraciones

refusal-red-without-people = TLP:RED se comparte con personas nombradas; nombre al menos a una persona o elija otro nivel
refusal-people-without-red = { $tlp } se comparte con organizaciones, no con personas; nombre organizaciones destinatarias
refusal-recipients-not-needed = { $tlp } se comparte con todos los miembros o con todo el mundo; no lleva destinatarios nombrados
refusal-not-the-source = solo la organización de origen puede cambiar la difusión de un elemento
refusal-would-widen = solo la fuente puede ampliar la difusión; como destinatario no puede marcar el elemento de forma menos estricta que { $tlp }
refusal-not-an-organisation-did-you-mean = «{ $key }» no es una organización del modelo; ¿quiso decir «{ $suggestion }»?
refusal-not-a-claim = un elemento de desinformación trata de una afirmación falsa sobre el proceso: su tipo de amenaza debe ser uno de { $expected }, no «{ $given }»
refusal-before-sent = el campo «{ $field }» es anterior al envío de la solicitud
refusal-rating-out-of-scale = «{ $scale }» se valora de 1 a 5, no { $given }
refusal-residual-above-inherent = la valoración residual «{ $scale }» no puede superar la inherente: el tratamiento no empeora un riesgo
refusal-hygiene-count = responda a cada uno de los seis aspectos, no a { $given }
refusal-hygiene-scale = «{ $aspect }» se responde de 0 (no implantado) a 3 (implantado), no { $given }

## Observables: se cita el valor y después lo que falla

refusal-observable = { $kind } «{ $shown }» { $problem }
observable-too-long = supera los { $max } caracteres
observable-nul = contiene un carácter NUL
observable-empty = está vacío
observable-not-ipv4 = no es una dirección IPv4 como 192.0.2.10
observable-not-ipv6 = no es una dirección IPv6 como 2001:db8::1
observable-not-url = no es una URL como https://example.org/page ({ $reason })
observable-url-scheme = debe empezar por http://, https:// o ftp://
observable-no-host = no tiene nombre de host
observable-not-email = no es una dirección de correo electrónico como nombre@example.org
observable-bad-mailbox = no tiene un nombre válido antes de la «@»
observable-mail-domain = tiene un dominio que { $problem }
observable-not-hex = no es un hash en dígitos hexadecimales
observable-hash-length = no tiene la longitud de un hash MD5 (32), SHA-1 (40), SHA-256 (64) o SHA-512 (128)
observable-control = contiene caracteres de control
domain-non-ascii = tiene letras no ASCII; escriba los nombres internacionalizados en su forma xn--
domain-too-long = supera los 253 caracteres
domain-not-a-domain = no es un nombre de dominio como example.org
domain-part-length = tiene una parte vacía o una parte de más de 63 caracteres
domain-characters = solo puede contener letras, dígitos y guiones interiores entre los puntos
domain-ends-in-digits = termina en dígitos; una dirección es un observable IPv4, no un dominio

## Palabras del catálogo y fechas, tal como las dan los archivos de modelo y los formularios

refusal-not-in-list-did-you-mean = «{ $given }» no figura en la lista «{ $list }»; ¿quiso decir «{ $suggestion }»?
refusal-not-in-list-one-of = «{ $given }» no figura en la lista «{ $list }»; use uno de: { $expected }
refusal-not-in-list = «{ $given }» no figura en la lista «{ $list }»; `liaison catalogue` las enumera todas
refusal-not-a-partial-date = «{ $given }» no es una fecha; escriba AAAA, AAAA-MM o AAAA-MM-DD, por ejemplo 2019 o 2019-03-05
refusal-snapshot-keep = Solo los coordinadores guardan el modelo de una elección.
