# Account: sign-in and sign-out, forgotten and reset password, welcome, profile and API tokens.

sign-in-title = Logga in
field-password = Lösenord
field-new-password = Nytt lösenord
field-confirm-password = Upprepa det nya lösenordet
field-current-password = Nuvarande lösenord
password-rule = (minst 10 tecken)
sign-in-submit = Logga in
sign-in-forgot = Glömt lösenordet?
forgot-title = Glömt lösenord
forgot-intro = Ange din e-postadress. Om det finns ett konto skickar vi en länk för att välja ett nytt lösenord. Länken gäller i en timme.
forgot-submit = Skicka länken
forgot-back = Tillbaka till inloggningen
reset-title = Välj ett nytt lösenord
reset-intro = Välj ett nytt lösenord för ditt konto. Du loggas ut från alla enheter.
welcome-title = Välkommen till Jämlik
welcome-intro = Du har bjudits in. Välj ett lösenord för att börja.
set-password-submit = Spara lösenordet
profile-title = Profil
profile-details-heading = Namn och språk
profile-language = Språk
profile-language-browser = Webbläsarens språk
profile-password-heading = Byt lösenord
profile-password-submit = Byt lösenord
profile-sessions-heading = Inloggningar
profile-sessions-count = Aktiva inloggningar: { $count }
profile-sign-out-everywhere = Logga ut överallt
profile-tokens-heading = API-nycklar
profile-tokens-intro = Med en personlig API-nyckel kan program använda Jämliks API i ditt namn. Nyckeln visas bara en gång.
profile-tokens-caption = Dina API-nycklar
profile-token-name = Nyckelns namn
profile-token-created = Nyckeln har skapats. Kopiera den nu – den visas inte igen.
profile-token-created-at = Skapad
profile-token-last-used = Senast använd
profile-token-state = Status
profile-token-never = aldrig
profile-token-revoked = Återkallad
profile-token-revoke = Återkalla
profile-token-revoke-named = Återkalla { $name }
profile-token-create = Skapa en nyckel
notice-signed-out = Du är utloggad.
notice-signed-out-everywhere = Du är utloggad på alla enheter.
notice-password-set = Lösenordet är sparat. Logga in med det.
notice-reset-sent = Om det finns ett konto för adressen har vi skickat en länk dit.
notice-profile-saved = Profilen är sparad.
notice-password-changed = Lösenordet är bytt. Andra inloggningar har avslutats.
notice-token-revoked = Nyckeln är återkallad.
mail-reset-subject = Välj ett nytt lösenord i Jämlik
mail-reset-body =
    Hej { $name }!
    { "" }
    Någon (förhoppningsvis du) bad om ett nytt lösenord. Välj det här inom en timme:
    { $link }
    { "" }
    Om det inte var du behöver du inte göra något.
