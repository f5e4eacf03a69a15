# Son propre compte : le mot de passe, le second facteur, la langue.

account-title = Votre compte
account-signed-in-as = Connecté en tant que { $email }, { $role }.
account-signed-in-as-of = Connecté en tant que { $email }, { $role } de { $organisation }.
account-change-password = Changer votre mot de passe
account-notifications = Notifications
account-language-label = La langue dans laquelle Liaison vous parle
account-language-save = Enregistrer la langue
account-language-changed = Votre langue est enregistrée.
account-language-unknown = Choisissez l'une des langues proposées.
account-password-changed = Votre mot de passe est changé. Vos autres sessions sont fermées.
account-second-factor = Second facteur
account-totp-on = { $left ->
    [one] Un second facteur est activé : la connexion demande un code de votre application d'authentification. Il vous reste { $left } code de secours.
   *[other] Un second facteur est activé : la connexion demande un code de votre application d'authentification. Il vous reste { $left } codes de secours.
}
account-totp-off-password = Votre mot de passe, pour le désactiver
account-totp-off-confirm = Désactiver le second facteur ?
account-totp-off = Désactiver le second facteur
account-totp-off-wrong-password = Le mot de passe n'est pas le bon ; le second facteur reste activé.
account-totp-none = Votre compte n'a pas de second facteur. Quiconque apprend votre mot de passe peut se connecter.
account-totp-start = Configurer une application d'authentification

password-title = Changer votre mot de passe
password-must-change = Vous vous êtes connecté avec un mot de passe créé pour vous. Choisissez le vôtre avant de continuer.
password-current = Mot de passe actuel
password-new = Nouveau mot de passe (12 caractères ou plus)
password-repeat = Nouveau mot de passe, à nouveau
password-submit = Changer le mot de passe
password-current-wrong = Le mot de passe actuel n'est pas le bon.
password-differ = Les deux nouveaux mots de passe diffèrent.
password-same = Le nouveau mot de passe doit être différent de l'actuel.
password-too-short = Le mot de passe doit compter au moins 12 caractères.
password-too-long = Le mot de passe doit compter au plus 256 caractères.

totp-title = Configurer un second facteur
totp-step-scan = Scannez ce code avec une application d'authentification (par exemple FreeOTP, Aegis ou Google Authenticator), ou saisissez la clé ci-dessous.
totp-step-code = Saisissez le code à six chiffres qu'affiche l'application.
totp-qr-alt = Code QR pour l'application d'authentification
totp-key = Clé :
totp-code = Code de l'application
totp-turn-on = Activer
totp-code-wrong = Ce code n'est pas le bon ; vérifiez l'heure de votre téléphone et essayez le code suivant.

recovery-title = Codes de secours
recovery-heading = Vos codes de secours
recovery-keep-safe = Gardez ces codes en lieu sûr, loin de votre téléphone. Chacun vous connecte une fois si vous perdez l'application. Ils ne sont affichés que maintenant.
recovery-done = Terminé

login-title = Connexion
login-heading = Se connecter à Liaison
login-email = Adresse électronique
login-password = Mot de passe
login-submit = Se connecter
login-refused = Cette adresse électronique et ce mot de passe n'ouvrent aucun compte pour l'instant. Après plusieurs échecs, un compte est verrouillé un moment : réessayez plus tard ou adressez-vous à un administrateur.
login-throttled = Trop de tentatives de connexion depuis votre adresse. Attendez dix minutes et réessayez.
login-code-wrong = Ce code n'est pas le bon, ou il a déjà servi. Utilisez le code actuel de votre application d'authentification, ou un code de secours.
login-totp-title = Second facteur
login-totp-heading = Saisissez votre code
login-totp-explain = Ouvrez votre application d'authentification et saisissez le code à six chiffres de Liaison, ou l'un de vos codes de secours.
login-totp-code = Code
login-totp-continue = Continuer
login-totp-cancel = Annuler et se déconnecter
