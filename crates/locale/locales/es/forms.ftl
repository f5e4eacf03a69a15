# Las comprobaciones comunes a todos los formularios, y lo que dice la plataforma cuando un cambio no es posible.

form-version-not-number = «version» debe ser un número entero: vuelva a cargar la página.
form-field-too-long = «{ $field }» tiene más de { $max } caracteres.
form-field-empty = «{ $field }» no puede estar vacío.
form-too-large = El formulario es demasiado grande.
error-changed = Alguien cambió esto después de que usted lo abriera. Vuelva a cargar la página para ver su cambio y haga de nuevo el suyo.
error-already-exists = Eso ya existe.

error-not-found = No encontrado
error-not-found-text = Aquí no hay nada, o usted no puede verlo.
error-forbidden = No permitido
error-forbidden-text = Su rol no lo permite. Pídalo al administrador de su organización si lo necesita.
error-bad-request = Eso no funcionó
error-conflict = Cambiado por otra persona
error-unavailable = No disponible por el momento
error-unavailable-text = No se puede acceder a la base de datos. Vuelva a intentarlo en un momento.
error-internal = Algo salió mal
error-internal-text = La solicitud falló por nuestra parte.
error-reference = Referencia para el administrador:
error-back-home = Volver a la página de inicio

matrix-title = Matriz de responsabilidades
matrix-assets = Activos
matrix-every-kind-in-use = todos los tipos en uso
matrix-show = Mostrar
matrix-summary = { $gaps ->
    [one] { $gaps } celda sin organización que rinda cuentas
   *[other] { $gaps } celdas sin organización que rinda cuentas
}, { $overlaps ->
    [one] { $overlaps } con más de una.
   *[other] { $overlaps } con más de una.
}
matrix-legend = Leyenda
matrix-legend-accountable = rinde cuentas
matrix-legend-responsible = responsable
matrix-legend-gap = vacío: un sistema sin nadie que rinda cuentas
matrix-legend-overlap = solapamiento: un sistema con más de uno que rinde cuentas
matrix-legend-na = nada en uso que la amenaza pueda alcanzar
matrix-caption = Amenazas por fase del ciclo electoral
matrix-threat = Amenaza
matrix-phase = Fase
matrix-cell = { $threat } en la fase «{ $phase }»
matrix-not-in-use = sin uso
matrix-gap-for = Nadie rinde cuentas por { $systems }
matrix-overlap-for = Más de uno rinde cuentas por { $systems }
matrix-accountable-title = { $organisation } rinde cuentas
matrix-responsible-title = { $organisation } es responsable
matrix-assign = Asignar: { $cell }
matrix-add-row = Añadir una fila
matrix-organisation = Organización
matrix-role = Rol
matrix-every-threat = todas las amenazas
matrix-every-phase = todas las fases
matrix-every-kind = todos los tipos
matrix-asset-kind = Tipo de activo
matrix-add = Añadir
matrix-rows = Filas
matrix-threats = Amenazas
matrix-phases = Fases
matrix-asset-kinds = Tipos de activo
matrix-within = Ámbito
matrix-actions = Acciones
matrix-edit = Editar
matrix-remove = Quitar
matrix-remove-confirm = ¿Quitar esta fila?

hygiene-title = Higiene cibernética
hygiene-heading = Autoevaluación de la higiene cibernética
hygiene-intro = Las seis fallas que aprovechan los ataques genéricos, tal como las enumera la publicación. Cada organización —partidos y proveedores incluidos— responde por sí misma, tantas veces como quiera; se conserva el historial. Usted elige quién puede comparar su resultado.
hygiene-today = { $organisation } hoy
hygiene-shared-with = Quién puede comparar el resultado
hygiene-share-own = solo { $organisation }
hygiene-share-coordinators = los coordinadores
hygiene-share-members = todas las organizaciones miembro
hygiene-notes = Notas (solo las ve su organización)
hygiene-record = Registrar
hygiene-key = Respuestas en las tablas:
hygiene-over-time = A lo largo del tiempo
hygiene-across = Entre organizaciones
hygiene-col-when = Fecha
hygiene-col-score = Puntuación
hygiene-col-change = Cambio
hygiene-col-organisation = Organización
hygiene-col-assessed = Evaluada el
hygiene-none-shared = Ninguna organización comparte todavía un resultado con usted.
hygiene-without-result = Aún sin resultado compartido con usted ({ $count }): { $names }.
hygiene-unanswered = Responda a cada aspecto; «{ $aspect }» no tiene respuesta.
hygiene-aspect-training = Los usuarios están formados y saben mantener los sistemas sanos y seguros en línea.
    .short = Formación
hygiene-aspect-maintenance = La tecnología está actualizada; las pruebas y el mantenimiento son periódicos.
    .short = Mantenimiento
hygiene-aspect-procedures = Los procedimientos y principios de seguridad siguen el ritmo de las nuevas amenazas.
    .short = Procedimientos
hygiene-aspect-separation = Los sistemas internos están separados de los conectados a Internet.
    .short = Separación
hygiene-aspect-screening = El personal con acceso a sistemas confidenciales es verificado y su acceso, supervisado.
    .short = Verificación del personal
hygiene-aspect-proportionate-defence = Las defensas son proporcionales a un atacante decidido y con recursos.
    .short = Defensa proporcionada
hygiene-level-0 = No existe
    .meaning = Todavía no se hace nada.
hygiene-level-1 = Iniciado
    .meaning = Se han dado algunos pasos, aún no para todos ni para todo.
hygiene-level-2 = En gran parte
    .meaning = Existe para la mayoría de las personas y sistemas; se conocen las carencias.
hygiene-level-3 = Existe
    .meaning = Existe en todas partes, por escrito y comprobado.
