# One's own account: the password, the second factor, the language.

account-title = Your account
account-signed-in-as = Signed in as { $email }, { $role }.
account-signed-in-as-of = Signed in as { $email }, { $role } of { $organisation }.
account-change-password = Change your password
account-notifications = Notifications
account-language-label = The language Liaison speaks to you in
account-language-save = Save the language
account-language-changed = Your language is saved.
account-language-unknown = Choose one of the languages offered.
account-password-changed = Your password is changed. Your other sessions have ended.
account-second-factor = Second factor
account-totp-on = { $left ->
    [one] A second factor is on: sign-in asks for a code from your authenticator app. { $left } recovery code is left.
   *[other] A second factor is on: sign-in asks for a code from your authenticator app. { $left } recovery codes are left.
}
account-totp-off-password = Your password, to turn it off
account-totp-off-confirm = Turn off the second factor?
account-totp-off = Turn off the second factor
account-totp-off-wrong-password = The password is not right; the second factor stays on.
account-totp-none = Your account has no second factor. Anyone who learns your password can sign in.
account-totp-start = Set up an authenticator app

password-title = Change your password
password-must-change = You signed in with a password made for you. Choose your own before you continue.
password-current = Current password
password-new = New password (12 characters or more)
password-repeat = New password again
password-submit = Change password
password-current-wrong = The current password is not right.
password-differ = The two new passwords differ.
password-same = The new password must differ from the current one.
password-too-short = The password must be at least 12 characters long.
password-too-long = The password must be at most 256 characters long.

totp-title = Set up a second factor
totp-step-scan = Scan this code with an authenticator app (such as FreeOTP, Aegis or Google Authenticator), or type in the key below.
totp-step-code = Enter the six-digit code the app shows.
totp-qr-alt = QR code for the authenticator app
totp-key = Key:
totp-code = Code from the app
totp-turn-on = Turn on
totp-code-wrong = That code is not right; check the time on your phone and try the next code.

recovery-title = Recovery codes
recovery-heading = Your recovery codes
recovery-keep-safe = Keep these codes somewhere safe, away from your phone. Each one signs you in once if you lose the app. They are shown only now.
recovery-done = Done

login-title = Sign in
login-heading = Sign in to Liaison
login-email = E-mail address
login-password = Password
login-submit = Sign in
login-refused = The e-mail address and password do not open an account now. After several failed attempts an account is locked for a while: try again later, or ask an administrator.
login-throttled = Too many sign-in attempts from your address. Wait ten minutes and try again.
login-code-wrong = That code is not right, or was used already. Use the current code of your authenticator app, or a recovery code.
login-totp-title = Second factor
login-totp-heading = Enter your code
login-totp-explain = Open your authenticator app and enter the six-digit code for Liaison, or one of your recovery codes.
login-totp-code = Code
login-totp-continue = Continue
login-totp-cancel = Cancel and sign out
