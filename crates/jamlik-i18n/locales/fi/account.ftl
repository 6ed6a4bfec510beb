# Account: sign-in and sign-out, forgotten and reset password, welcome, profile and API tokens.

sign-in-title = Kirjaudu sisään
field-password = Salasana
field-new-password = Uusi salasana
field-confirm-password = Toista uusi salasana
field-current-password = Nykyinen salasana
password-rule = (vähintään 10 merkkiä)
sign-in-submit = Kirjaudu
sign-in-forgot = Unohditko salasanan?
forgot-title = Unohtunut salasana
forgot-intro = Anna sähköpostiosoitteesi. Jos tili on olemassa, lähetämme linkin uuden salasanan valitsemiseen. Linkki on voimassa tunnin.
forgot-submit = Lähetä linkki
forgot-back = Takaisin kirjautumiseen
reset-title = Valitse uusi salasana
reset-intro = Valitse tilillesi uusi salasana. Sinut kirjataan ulos kaikilta laitteilta.
welcome-title = Tervetuloa Jämlikiin
welcome-intro = Sinut on kutsuttu. Valitse salasana aloittaaksesi.
set-password-submit = Tallenna salasana
profile-title = Profiili
profile-details-heading = Nimi ja kieli
profile-language = Kieli
profile-language-browser = Selaimen kieli
profile-password-heading = Vaihda salasana
profile-password-submit = Vaihda salasana
profile-sessions-heading = Kirjautumiset
profile-sessions-count = Aktiivisia kirjautumisia: { $count }
profile-sign-out-everywhere = Kirjaudu ulos kaikkialta
profile-tokens-heading = API-avaimet
profile-tokens-intro = Henkilökohtaisella API-avaimella ohjelmat voivat käyttää Jämlikin rajapintaa puolestasi. Avain näytetään vain kerran.
profile-tokens-caption = API-avaimesi
profile-token-name = Avaimen nimi
profile-token-created = Avain on luotu. Kopioi se nyt – sitä ei näytetä uudelleen.
profile-token-created-at = Luotu
profile-token-last-used = Viimeksi käytetty
profile-token-state = Tila
profile-token-never = ei koskaan
profile-token-revoked = Peruttu
profile-token-revoke = Peru
profile-token-revoke-named = Peru { $name }
profile-token-create = Luo avain
notice-signed-out = Olet kirjautunut ulos.
notice-signed-out-everywhere = Olet kirjautunut ulos kaikilta laitteilta.
notice-password-set = Salasana on tallennettu. Kirjaudu sillä.
notice-reset-sent = Jos osoitteelle on tili, olemme lähettäneet sinne linkin.
notice-profile-saved = Profiili on tallennettu.
notice-password-changed = Salasana on vaihdettu. Muut kirjautumiset on päätetty.
notice-token-revoked = Avain on peruttu.
mail-reset-subject = Valitse uusi salasana Jämlikissä
mail-reset-body =
    Hei { $name }!
    { "" }
    Joku (toivottavasti sinä) pyysi uutta salasanaa. Valitse se tunnin kuluessa:
    { $link }
    { "" }
    Jos pyyntö ei ollut sinun, sinun ei tarvitse tehdä mitään.
