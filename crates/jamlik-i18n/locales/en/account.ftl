# Account: sign-in and sign-out, forgotten and reset password, welcome, profile and API tokens.

sign-in-title = Sign in
field-password = Password
field-new-password = New password
field-confirm-password = Repeat the new password
field-current-password = Current password
password-rule = (at least 10 characters)
sign-in-submit = Sign in
sign-in-forgot = Forgotten your password?
forgot-title = Forgotten password
forgot-intro = Enter your email address. If there is an account, we send a link to choose a new password. The link is valid for one hour.
forgot-submit = Send the link
forgot-back = Back to sign in
reset-title = Choose a new password
reset-intro = Choose a new password for your account. You will be signed out on every device.
welcome-title = Welcome to Jämlik
welcome-intro = You have been invited. Choose a password to begin.
set-password-submit = Save the password
profile-title = Profile
profile-details-heading = Name and language
profile-language = Language
profile-language-browser = The browser's language
profile-password-heading = Change password
profile-password-submit = Change password
profile-sessions-heading = Sessions
profile-sessions-count = Active sessions: { $count }
profile-sign-out-everywhere = Sign out everywhere
profile-tokens-heading = API tokens
profile-tokens-intro = A personal API token lets programs use Jämlik's API on your behalf. The token is shown only once.
profile-tokens-caption = Your API tokens
profile-token-name = Token name
profile-token-created = The token has been created. Copy it now – it will not be shown again.
profile-token-created-at = Created
profile-token-last-used = Last used
profile-token-state = State
profile-token-never = never
profile-token-revoked = Revoked
profile-token-revoke = Revoke
profile-token-revoke-named = Revoke { $name }
profile-token-create = Create a token
notice-signed-out = You are signed out.
notice-signed-out-everywhere = You are signed out on every device.
notice-password-set = The password is saved. Sign in with it.
notice-reset-sent = If there is an account for the address, we have sent a link to it.
notice-profile-saved = The profile is saved.
notice-password-changed = The password is changed. Other sessions have ended.
notice-token-revoked = The token is revoked.
mail-reset-subject = Choose a new password in Jämlik
mail-reset-body =
    Hello { $name },
    { "" }
    Someone (we hope you) asked for a new password. Choose it within an hour:
    { $link }
    { "" }
    If it was not you, you need not do anything.
