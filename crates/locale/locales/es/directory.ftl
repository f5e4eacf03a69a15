# Organizaciones, foros, acuerdos, contactos, reuniones, registro de tecnologías, modelo,
# administración (webhooks, tokens de API, registro de auditoría), notificaciones e invitaciones.

## Común a las páginas del directorio

directory-save = Guardar
directory-cancel = Cancelar
directory-back = Volver
directory-edit = Editar
directory-none = Ninguno.
directory-yes = sí
directory-no = no
directory-unknown = desconocido
directory-not-recorded = no consta
directory-not-recorded-capital = No consta
directory-the-platform = la plataforma
directory-col-kind = Tipo
directory-col-organisation = Organización
directory-col-actions = Acciones
directory-id-label = Identificador (letras, cifras, - y _)
directory-form-unreadable = No se pudo leer el formulario.

## Tipos de registro

record-kind-jurisdiction = jurisdicción
record-kind-organisation = organización
record-kind-contact = contacto
record-kind-forum = foro
record-kind-meeting = reunión
record-kind-agreement = acuerdo
record-kind-asset = activo
record-kind-responsibility = responsabilidad
record-kind-activity = actividad
record-kind-escalation-protocol = protocolo de escalamiento
record-kind-election = elección

## El modelo

model-title = Modelo
model-heading = El modelo
model-export = Exportar
model-export-intro = Descargue el modelo como archivo de modelo, para mantenerlo bajo control de versiones o verificarlo con <code>liaison check</code>. Contiene lo que usted puede ver.
model-download = Descargar liaison-model.yaml
model-import = Importar
model-import-intro = Sustituya el modelo por un archivo de modelo. Verá cada cambio antes de que se aplique; las reuniones se conservan.
model-import-file = Archivo de modelo (YAML)
model-import-check = Ver qué cambiaría
model-assets = Activos
model-add-asset = Añadir un activo
model-edit-jurisdiction = Editar la jurisdicción
model-edit-calendar = Editar el calendario electoral
model-assets-none = Ninguno que usted pueda ver.
model-col-asset = Activo
model-col-kind = Tipo
model-col-run-by = Operado por
model-activities = Actividades
model-add-activity = Añadir una actividad
model-activities-none = Ninguna registrada.

## Importar un archivo de modelo

import-errors-title = Importación: el archivo tiene problemas
import-errors-heading = El archivo no se puede importar
import-errors-intro = No se ha cambiado nada. Corrija estos problemas y vuelva a subir el archivo:
import-preview-title = Importación: qué cambiaría
import-preview-heading = Qué cambiaría la importación
import-preview-summary = <strong>{ $added }</strong> { $added ->
    [one] añadido
   *[other] añadidos
}, <strong>{ $changed }</strong> { $changed ->
    [one] modificado
   *[other] modificados
}, <strong>{ $removed }</strong> { $removed ->
    [one] eliminado
   *[other] eliminados
}, { $unchanged } sin cambios.
import-preview-nothing = El archivo contiene el modelo tal como está. No cambiaría nada.
import-preview-apply = Aplicar estos cambios
import-preview-change = { $what ->
    [added] alta
    [removed] baja
   *[changed] cambio
}: { $kind }
import-preview-now = Ahora
import-preview-after = Después de la importación
import-upload-unreadable = No se pudo leer el archivo subido.
import-file-unreadable = No se pudo leer el archivo; el límite es de { $limit } MiB.
import-choose-file = Elija un archivo de modelo para importar.
import-file-too-large = El archivo supera los { $limit } MiB.
import-not-utf8 = El archivo no es texto UTF-8; guárdelo como UTF-8.

## Editar un registro como texto

record-edit-title = Editar: { $kind }
record-new-heading = Nuevo registro: { $kind }
record-editor-intro = Escrito como en un archivo de modelo. Todo el modelo se verifica antes de guardar el cambio.
record-body-label = Contenido: { $kind }
record-delete-confirm = ¿Eliminar este registro ({ $kind })?
record-delete = Eliminar
record-too-large = El registro supera los { $limit } KiB.
record-id-cannot-change = El identificador no puede cambiar; para renombrarlo, cree un registro nuevo y elimine este.
record-cannot-delete = No se puede eliminar: { $reason }
record-changed-elsewhere = Otra persona ha modificado o eliminado el registro; vuelva a cargarlo.

## Organizaciones y contactos

organisations-title = Organizaciones
organisations-add = Añadir una organización
organisations-col-organisation = Organización
organisations-col-level = Nivel
organisations-col-contacts = Contactos

contact-title = Contacto
contact-edit-heading = Editar un contacto de { $organisation }
contact-new-heading = Nuevo contacto de { $organisation }
contact-name = Nombre o función
contact-role = Cargo
contact-kind = Tipo
contact-availability = Disponibilidad
contact-emergency = Contacto de emergencia
contact-channels = Canales (las filas vacías se ignoran)
contact-channel-kind = { $kind }:
contact-channel-value = Número o dirección del canal { $n }
contact-channel-oob = Canal { $n } fuera de banda
contact-oob-default = fuera de banda: según lo habitual para el tipo
contact-oob-yes = fuera de banda
contact-oob-no = no fuera de banda
contact-verified-now = Hoy he comprobado que este contacto funciona
contact-no-channel = Indique al menos una forma de comunicarse con el contacto.
contact-col-when = Cuándo
contact-col-channels = Canales
contact-col-verified = Última verificación
contact-tag-emergency = emergencia
contact-still-correct = Sigue siendo correcto
contact-still-correct-label = Confirmar que { $name } sigue siendo correcto
contact-never-verified = nunca
contact-hours-not-recorded = horario no registrado

## Foros y reuniones

forums-title = Foros
forums-add = Añadir un foro
forums-col-forum = Foro
forums-col-members = Miembros
forums-col-meets = Se reúne

meeting-title = Reunión
meeting-edit-heading = Editar una reunión de { $forum }
meeting-new-heading = Nueva reunión de { $forum }
meeting-date = Fecha
meeting-title-label = Título
meeting-agenda = Orden del día
meeting-no-agenda = Todavía no hay orden del día.
meeting-minutes = Acta
meeting-no-minutes = Todavía no hay acta.
meeting-actions = Acciones de seguimiento
meeting-actions-legend = Acciones de seguimiento (las filas vacías se ignoran)
meeting-col-action = Acción
meeting-col-owner = Responsable
meeting-col-due = Plazo
meeting-col-done = Hecha
meeting-action-done = hecha
meeting-action-open = pendiente
meeting-action-n = Acción { $n }
meeting-action-owner-n = Responsable de la acción { $n }
meeting-action-due-n = Plazo de la acción { $n }
meeting-owner-choose = responsable…
meeting-date-format = La fecha debe escribirse AAAA-MM-DD.
meeting-due-format = Un plazo debe escribirse AAAA-MM-DD.
meeting-action-needs-owner = La acción «{ $action }» necesita un responsable.

## Acuerdos

agreements-title = Acuerdos
agreements-add = Añadir un acuerdo
agreements-col-agreement = Acuerdo
agreement-parties = Partes
agreement-no-parties = ninguna nombrada
agreement-threats = Amenazas cubiertas
agreement-phases = Fases cubiertas
agreement-public = Público
agreement-in-force = Vigencia
agreement-sets-up = Crea
agreement-notes = Notas
agreement-boundaries = Límites de la participación
agreement-no-boundaries = El acuerdo no fija límites para ninguna de las partes.
agreement-col-party = Parte
agreement-col-may = Qué puede y qué no puede hacer
agreement-edit = Editar el acuerdo
agreement-is-public = público
agreement-not-public = no público
agreement-publicity-not-recorded = carácter público no registrado
agreement-scope-all = todas
agreement-validity = inicio: { $from }; fin: { $to }
agreement-from-adoption = su adopción
agreement-no-end-date = sin fecha de fin

## El registro de tecnologías y activos

assets-title = Tecnología
assets-heading = Registro de tecnologías y activos
assets-intro = Los sistemas de los que depende la elección, quién los opera y suministra, cuándo se utilizan y las amenazas que, según el catálogo, actúan sobre ellos.
assets-intro-risks = Las últimas columnas proceden del <a href="/risks">registro conjunto de riesgos</a>.
assets-not-listed = El modelo no enumera la tecnología en uso.
assets-col-system = Sistema
assets-col-supply-chain = Cadena de suministro
assets-col-in-use = En uso
assets-col-internet-facing = Expuesto a internet
assets-col-needs-title = confidencialidad, integridad, disponibilidad
assets-col-needs = Necesidades (C · I · D)
assets-col-certifications = Certificaciones del sistema
assets-col-threats = Amenazas aplicables
assets-col-risks = Riesgos
assets-col-top-score = Puntuación conjunta más alta
assets-no-certification = ninguna certificación registrada
assets-none = Ningún sistema en el registro.
assets-not-known = desconocido
assets-needs = C: { $c } · I: { $i } · D: { $a }
assets-need-low = baja
assets-need-moderate = moderada
assets-need-high = alta
assets-need-unknown = ?

## Webhooks

webhooks-title = Webhooks
webhooks-intro = Otros sistemas (un sistema de tickets, una plataforma de SOC) pueden recibir como JSON firmado los incidentes dirigidos a una organización.
webhooks-intro-of = Otros sistemas (un sistema de tickets, una plataforma de SOC) pueden recibir como JSON firmado los incidentes dirigidos a { $organisation }.
webhooks-headers = Cada llamada lleva <code>X-Liaison-Delivery</code> (la misma en un reenvío), <code>X-Liaison-Timestamp</code> y <code>X-Liaison-Signature: sha256=HMAC-SHA256(secret, timestamp + "." + body)</code>.
webhooks-new-secret = El secreto de firma de { $url }, que solo se muestra ahora:
webhooks-col-address = Dirección
webhooks-col-description = Descripción
webhooks-col-since = Desde
webhooks-stop-confirm = ¿Dejar de llamar a esta dirección?
webhooks-stop = Detener
webhooks-stopped = detenido
webhooks-none = Ningún webhook.
webhooks-new = Nuevo webhook
webhooks-address-label = Dirección (https://…)
webhooks-organisation-id = Identificador de la organización
webhooks-add = Añadir
webhooks-deliveries = Envíos
webhooks-deliveries-state = { $pending } en espera, { $failed } { $failed ->
    [one] abandonado
   *[other] abandonados
} tras fallos repetidos.
webhooks-col-channel = Canal
webhooks-col-recipient = Destinatario
webhooks-col-attempts = Intentos
webhooks-col-last-error = Último error
webhooks-col-given-up = Abandonado
webhooks-private-address = Un webhook llama a una dirección de internet: esta se encuentra en esta máquina o en una red privada (un operador puede permitirlas con allow_private_webhook_targets).

## Tokens de API

tokens-title = Tokens de API
tokens-intro = Los tokens permiten que scripts y otros sistemas usen la API en nombre de una organización, con un rol. Caducan y solo se guardan como huella.
tokens-new-shown = El nuevo token, que solo se muestra ahora. Envíelo como <code>Authorization: Bearer …</code>:
tokens-col-name = Nombre
tokens-col-role = Rol
tokens-col-expires = Caduca
tokens-col-last-used = Último uso
tokens-never-used = nunca
tokens-revoked = revocado
tokens-revoke-confirm = ¿Revocar este token?
tokens-revoke = Revocar
tokens-new = Nuevo token
tokens-name-label = Nombre (qué lo usa)
tokens-days-label = Válido durante (días)
tokens-create = Crear el token
tokens-role-refused = No puede asignar ese rol a un token.
tokens-days-range = Un token dura de 1 a 365 días.

## El registro de auditoría

audit-title = Registro de auditoría
audit-intro = Todos los cambios, los más recientes primero. La huella de cada entrada abarca la anterior; <code>liaison audit verify</code> verifica toda la cadena.
audit-record = Registro
audit-action = Acción
audit-account-id = Identificador de la cuenta
audit-filter = Filtrar
audit-col-when = Cuándo
audit-col-who = Quién
audit-col-what = Qué
audit-col-change = Cambio
audit-before-after = antes / después
audit-what = { $action }: { $kind }
audit-action-create = creación
audit-action-update = actualización
audit-action-delete = eliminación
audit-action-import = importación
audit-action-invite = invitación
audit-action-revoke = revocación
audit-action-enable = activación
audit-action-disable = desactivación
audit-action-deactivate = detención
audit-action-sign-in = inicio de sesión
audit-action-sign-in-failed = inicio de sesión fallido
audit-action-sign-in-locked = inicio de sesión bloqueado
audit-action-set-password = cambio de contraseña
audit-action-set-language = elección del idioma
audit-action-set-totp = configuración del segundo factor
audit-action-enable-totp = activación del segundo factor
audit-action-use-recovery-code = uso de un código de recuperación
audit-action-escalate = escalamiento
audit-action-self-assess = autoevaluación
audit-action-seed = inicialización
audit-action-assess = evaluación
audit-action-handle = tratamiento
audit-action-report = notificación
audit-action-attach = adjunto
audit-action-link = vinculación
audit-action-share = compartición
audit-action-status = cambio de estado
audit-action-draft = borrador
audit-action-edit = edición
audit-action-approve = aprobación
audit-action-record-answer = respuesta registrada
audit-action-request-rectification = solicitud de rectificación

## Notificaciones

notifications-title = Notificaciones
notifications-saved = Guardado.
notifications-intro = Cuando se dirige un incidente a su organización, Liaison le escribe a <strong>{ $email }</strong>. Los escalamientos previstos en un protocolo también se envían a los contactos de su organización en el directorio, elija lo que elija aquí.
notifications-email = Correo electrónico
notifications-immediate = De inmediato, un mensaje por incidente
notifications-digest = En un resumen
notifications-off = Nunca (sigo la lista en directo)
notifications-digest-minutes = Un resumen como máximo cada (minutos)
notifications-min-severity = Solo los incidentes de al menos esta gravedad
notifications-digest-not-number = El intervalo del resumen es un número de minutos.

## Aceptar una invitación

invitation-title = Unirse a Liaison
invitation-intro = Se le invita como { $role } de { $organisation }, con la dirección de correo electrónico { $email }.
invitation-name = Su nombre
invitation-password = Contraseña (12 caracteres o más)
invitation-repeat = Contraseña de nuevo
invitation-submit = Crear mi cuenta
invitation-passwords-differ = Las dos contraseñas no coinciden.

## The model across elections
model-history = Comparar con una elección anterior
history-title = El modelo de una elección a otra
history-heading = El modelo de una elección a otra
history-intro = Guarde el modelo tal como está al final de una elección y compárelo después con el de la siguiente: quién se incorporó o se fue, qué contactos, foros y acuerdos cambiaron, quién pasó a ser responsable de qué y cómo cambió el análisis.
history-keep = Guardar el modelo actual para { $election }
history-keep-help = Guardarlo de nuevo para la misma elección sustituye la copia anterior. Cada elemento conserva quién puede verlo.
history-kept = Modelos guardados
history-none = Todavía no se ha guardado ningún modelo.
history-col-election = Elección
history-col-kept = Guardado el
history-col-by = Por
history-compare = { $election }: comparar con el modelo actual
history-back = Volver al modelo
history-comparison-title = Cambios desde una elección anterior
history-back-to-list = Todos los modelos guardados
history-changes-title = Cambios desde { $election }
