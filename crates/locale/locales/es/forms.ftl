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
