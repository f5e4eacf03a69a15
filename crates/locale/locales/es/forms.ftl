# Las comprobaciones comunes a todos los formularios, y lo que dice la plataforma cuando un cambio no es posible.

form-version-not-number = «version» debe ser un número entero: vuelva a cargar la página.
form-field-too-long = «{ $field }» tiene más de { $max } caracteres.
form-field-empty = «{ $field }» no puede estar vacío.
form-too-large = El formulario es demasiado grande.
error-changed = Alguien cambió esto después de que usted lo abriera. Vuelva a cargar la página para ver su cambio y haga de nuevo el suyo.
error-already-exists = Eso ya existe.
