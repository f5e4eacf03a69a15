# La propia cuenta: la contraseña, el segundo factor, el idioma.

account-title = Su cuenta
account-signed-in-as = Sesión iniciada como { $email }, { $role }.
account-signed-in-as-of = Sesión iniciada como { $email }, { $role } de { $organisation }.
account-change-password = Cambiar su contraseña
account-notifications = Notificaciones
account-language-label = El idioma en que Liaison le habla
account-language-save = Guardar el idioma
account-language-changed = Su idioma está guardado.
account-language-unknown = Elija uno de los idiomas ofrecidos.
account-password-changed = Su contraseña ha cambiado. Sus otras sesiones se han cerrado.
account-second-factor = Segundo factor
account-totp-on = { $left ->
    [one] El segundo factor está activado: al iniciar sesión se pide un código de su aplicación de autenticación. Le queda { $left } código de recuperación.
   *[other] El segundo factor está activado: al iniciar sesión se pide un código de su aplicación de autenticación. Le quedan { $left } códigos de recuperación.
}
account-totp-off-password = Su contraseña, para desactivarlo
account-totp-off-confirm = ¿Desactivar el segundo factor?
account-totp-off = Desactivar el segundo factor
account-totp-off-wrong-password = La contraseña no es correcta; el segundo factor sigue activado.
account-totp-none = Su cuenta no tiene segundo factor. Cualquiera que conozca su contraseña puede iniciar sesión.
account-totp-start = Configurar una aplicación de autenticación

password-title = Cambiar su contraseña
password-must-change = Ha iniciado sesión con una contraseña creada para usted. Elija la suya antes de continuar.
password-current = Contraseña actual
password-new = Contraseña nueva (12 caracteres o más)
password-repeat = Contraseña nueva, otra vez
password-submit = Cambiar la contraseña
password-current-wrong = La contraseña actual no es correcta.
password-differ = Las dos contraseñas nuevas no coinciden.
password-same = La contraseña nueva debe ser distinta de la actual.
password-too-short = La contraseña debe tener al menos 12 caracteres.
password-too-long = La contraseña debe tener como máximo 256 caracteres.

totp-title = Configurar un segundo factor
totp-step-scan = Escanee este código con una aplicación de autenticación (como FreeOTP, Aegis o Google Authenticator), o escriba la clave de abajo.
totp-step-code = Escriba el código de seis cifras que muestra la aplicación.
totp-qr-alt = Código QR para la aplicación de autenticación
totp-key = Clave:
totp-code = Código de la aplicación
totp-turn-on = Activar
totp-code-wrong = Ese código no es correcto; compruebe la hora de su teléfono y pruebe el código siguiente.

recovery-title = Códigos de recuperación
recovery-heading = Sus códigos de recuperación
recovery-keep-safe = Guarde estos códigos en un lugar seguro, lejos de su teléfono. Cada uno le permite iniciar sesión una vez si pierde la aplicación. Solo se muestran ahora.
recovery-done = Hecho

login-title = Iniciar sesión
login-heading = Iniciar sesión en Liaison
login-email = Correo electrónico
login-password = Contraseña
login-submit = Iniciar sesión
login-refused = Ese correo electrónico y esa contraseña no abren ninguna cuenta ahora. Tras varios intentos fallidos, una cuenta queda bloqueada un tiempo: vuelva a intentarlo más tarde o consulte a un administrador.
login-throttled = Demasiados intentos de inicio de sesión desde su dirección. Espere diez minutos y vuelva a intentarlo.
login-code-wrong = Ese código no es correcto o ya se usó. Use el código actual de su aplicación de autenticación, o un código de recuperación.
login-totp-title = Segundo factor
login-totp-heading = Escriba su código
login-totp-explain = Abra su aplicación de autenticación y escriba el código de seis cifras de Liaison, o uno de sus códigos de recuperación.
login-totp-code = Código
login-totp-continue = Continuar
login-totp-cancel = Cancelar y cerrar sesión
