# Jämlik — suomi.
# Every key here exists in all three files; a test checks it.

app-name = Jämlik
skip-to-content = Siirry sisältöön
nav-label = Päävalikko
nav-home = Omat organisaationi
nav-admin = Ylläpito
nav-profile = Profiili
nav-sign-in = Kirjaudu sisään
nav-sign-out = Kirjaudu ulos
language-switch-label = Kieli
footer-about = Jämlik – avoimen lähdekoodin työkalu lakisääteiseen yhdenvertaisuus- ja tasa-arvotyöhön Suomessa ja Ruotsissa.
save = Tallenna
back-to-dashboard = Takaisin yleisnäkymään
demo-badge = Esittelyaineisto
start-title = Etusivu
start-heading = Yhdenvertaisuus ja tasa-arvo – suunniteltu, toteutettu ja seurattu
start-lead = Jämlik auttaa kuntia ja muita organisaatioita Suomessa ja Ruotsissa tekemään lakisääteisen työn alusta loppuun: arvioimaan palvelunsa, suunnittelemaan toimenpiteet, toteuttamaan, seuraamaan ja julkaisemaan – ja näyttää valtakunnallisille toimijoille koko maan tilanteen.
start-go-home = Omiin organisaatioihin
start-who-heading = Kenelle
start-who-coordinator = Koordinaattorit
start-who-coordinator-text = Vetävät suunnittelua, kutsuvat kollegat mukaan ja julkaisevat suunnitelman.
start-who-contributor = Osallistujat
start-who-contributor-text = Arvioivat omat palvelunsa ja yksikkönsä, vastaavat toimenpiteistä ja raportoivat niiden etenemisestä.
start-who-monitor = Valtakunnallinen seuranta
start-who-monitor-text = Näkevät kaikkien velvollisten organisaatioiden tilanteen, arvioivat suunnitelmia ja antavat palautetta.
start-who-public = Asukkaat
start-who-public-text = Lukevat julkaistuja suunnitelmia, seurantaraportteja ja avointa dataa ilman tunnusta.
start-register-heading = Rekisteri
start-register-fi = kuntaa Suomessa
start-register-se = kuntaa Ruotsissa
start-register-source = Lähteet: Tilastokeskus (CC BY 4.0), SCB (CC0).
sign-in-title = Kirjaudu sisään
field-email = Sähköposti
field-password = Salasana
field-name = Nimi
field-optional = (vapaaehtoinen)
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
home-title = Omat organisaationi
home-no-orgs = Et ole vielä minkään organisaation jäsen. Pyydä kutsu organisaatiosi koordinaattorilta.
home-orgs-label = Organisaatiot
home-all-orgs = Kaikki organisaatiot
dashboard-title = Yleisnäkymä
org-nav-label = Organisaation sivut
org-nav-members = Jäsenet
org-nav-settings = Asetukset
org-nav-audit = Muutosloki
dashboard-plan-heading = Suunnitelman tila
dashboard-plan-none = Jämlikissä ei ole vielä aloitettu suunnitelmaa.
dashboard-measures-heading = Erääntyvät toimenpiteet
dashboard-measures-none = Ei vielä toimenpiteitä.
dashboard-members-heading = Jäsenet
dashboard-members-link = Näytä jäsenet
dashboard-your-role = Roolisi
dashboard-facts-heading = Tiedot
fact-other-names = Muut nimet
fact-country = Maa
fact-kind = Tyyppi
fact-code = Tunnus
fact-region = Alue
fact-population = Asukkaita
fact-staff = Henkilöstö
fact-languages = Työkielet
fact-frameworks = Velvoitteet
fact-none = Ei yhtään
members-title = Organisaation { $organisation } jäsenet
members-caption = Jäsenet ja roolit
members-col-name = Nimi
members-col-role = Rooli
members-col-since = Jäsen alkaen
members-col-actions = Muuta
members-pending = ei ole vielä kirjautunut
members-role-of = Käyttäjän { $name } rooli
members-change-role = Vaihda rooli
members-remove = Poista
members-remove-named = Poista { $name }
members-invite-heading = Kutsu henkilö
members-invite-intro = Henkilö saa sähköpostiviestin. Jos hänellä ei ole tiliä, hän saa linkin salasanan valitsemiseen.
members-invite-submit = Kutsu
settings-title = Organisaation { $organisation } asetukset
settings-languages = Työkielet
settings-frameworks = Lait ja viitekehykset, jotka koskevat organisaatiota
settings-staff-hint = (henkilöstön määrä, vapaaehtoinen)
audit-title = Muutosloki
audit-title-org = Organisaation { $organisation } muutosloki
audit-intro = Jokainen muutos: kuka, milloin, mitä, ennen ja jälkeen. Lokia ei voi muuttaa.
audit-caption = Muutokset, uusin ensin
audit-col-when = Milloin
audit-col-who = Kuka
audit-col-what = Mitä
audit-col-changes = Muutokset
audit-entity-organisation = Organisaatio
audit-entity-membership = Jäsenyys
audit-entity-user = Henkilö
audit-entity-api_token = API-avain
audit-action-create = luotu
audit-action-update = muutettu
audit-action-delete = poistettu
audit-action-import = tuotu
audit-action-revoke = peruttu
audit-action-set_password = salasana asetettu
audit-action-set_global_role = yleinen rooli muutettu
audit-action-sign_out_everywhere = kirjattu ulos kaikkialta
audit-col-action = Tapahtuma
pager-label = Sivut
pager-previous = Edellinen sivu
pager-next = Seuraava sivu
pager-position = Sivu { $page }/{ $pages }
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
admin-nav-label = Ylläpidon sivut
admin-nav-orgs = Organisaatiot
admin-nav-users = Henkilöt
admin-nav-audit = Muutosloki
admin-orgs-title = Organisaatiot
admin-orgs-search = Hae nimeä tai tunnusta
admin-orgs-all-countries = Kaikki maat
admin-orgs-search-submit = Hae
admin-orgs-found = Tuloksia: { $count }
admin-orgs-caption = Organisaatiot nimen mukaan
admin-orgs-col-name = Nimi
admin-orgs-new-heading = Lisää organisaatio
admin-orgs-new-intro = Kunnat ovat jo rekisterissä. Tässä lisätään muut organisaatiot: kuntayhtymät, koulutuksen järjestäjät, työnantajat.
admin-orgs-code-hint = (esimerkiksi Y-tunnus, vapaaehtoinen)
admin-orgs-name-fi = Nimi suomeksi
admin-orgs-name-sv = Nimi ruotsiksi
admin-orgs-name-en = Nimi englanniksi
admin-orgs-new-submit = Lisää
admin-users-title = Henkilöt
admin-users-search = Hae nimeä tai sähköpostia
admin-users-caption = Henkilöt ja yleiset roolit
admin-users-col-global-role = Yleinen rooli
admin-users-role-of = Käyttäjän { $name } yleinen rooli
error-request-id = Tukipyynnön tunniste
error-back-to-start = Etusivulle
error-title-forbidden = Ei pääsyä
error-title-not-found = Ei löytynyt
error-title-internal = Jokin meni vikaan
error-title-request = Pyyntöä ei voitu suorittaa
notice-signed-out = Olet kirjautunut ulos.
notice-signed-out-everywhere = Olet kirjautunut ulos kaikilta laitteilta.
notice-password-set = Salasana on tallennettu. Kirjaudu sillä.
notice-reset-sent = Jos osoitteelle on tili, olemme lähettäneet sinne linkin.
notice-member-invited = Henkilö on kutsuttu ja hän on saanut sähköpostia.
notice-member-updated = Rooli on vaihdettu.
notice-member-removed = Henkilö on poistettu organisaatiosta.
notice-settings-saved = Asetukset on tallennettu.
notice-profile-saved = Profiili on tallennettu.
notice-password-changed = Salasana on vaihdettu. Muut kirjautumiset on päätetty.
notice-token-revoked = Avain on peruttu.
notice-organisation-created = Organisaatio on lisätty.
notice-user-updated = Henkilön rooli on vaihdettu.
role-viewer = Lukija
role-contributor = Osallistuja
role-coordinator = Koordinaattori
global-role-none = Ei mitään
global-role-national_monitor = Valtakunnallinen seuranta
global-role-admin = Ylläpitäjä
kind-municipality = Kunta
kind-joint_authority = Kuntayhtymä tai hyvinvointialue
kind-education_provider = Koulutuksen järjestäjä
kind-employer = Työnantaja
kind-national_body = Valtakunnallinen toimija
country-FI = Suomi
country-SE = Ruotsi
language-sv = ruotsi
language-fi = suomi
language-en = englanti
framework-fi-non-discrimination = Yhdenvertaisuussuunnitelma (yhdenvertaisuuslaki 1325/2014)
framework-fi-gender-equality = Tasa-arvosuunnitelma (tasa-arvolaki 609/1986)
framework-fi-education = Oppilaitoksen yhdenvertaisuus- ja tasa-arvosuunnitelma
framework-se-active-measures = Aktiiviset toimenpiteet ja palkkakartoitus (Ruotsin syrjintälaki 2008:567)
framework-gender-mainstreaming = Sukupuolinäkökulman valtavirtaistaminen
framework-eu-pay-transparency = EU:n palkka-avoimuusdirektiivi (2023/970)
month-1 = tammikuu
month-2 = helmikuu
month-3 = maaliskuu
month-4 = huhtikuu
month-5 = toukokuu
month-6 = kesäkuu
month-7 = heinäkuu
month-8 = elokuu
month-9 = syyskuu
month-10 = lokakuu
month-11 = marraskuu
month-12 = joulukuu
region-FI-EK = Etelä-Karjala
region-FI-EP = Etelä-Pohjanmaa
region-FI-ES = Etelä-Savo
region-FI-IU = Itä-Uusimaa
region-FI-KA = Kainuu
region-FI-KH = Kanta-Häme
region-FI-KP = Keski-Pohjanmaa
region-FI-KS = Keski-Suomi
region-FI-KU = Kymenlaakso
region-FI-KY = Keski-Uusimaa
region-FI-LA = Lappi
region-FI-LU = Länsi-Uusimaa
region-FI-PH = Päijät-Häme
region-FI-PI = Pirkanmaa
region-FI-PK = Pohjois-Karjala
region-FI-PO = Pohjanmaa
region-FI-PP = Pohjois-Pohjanmaa
region-FI-PS = Pohjois-Savo
region-FI-SA = Satakunta
region-FI-VK = Vantaa ja Kerava
region-FI-VS = Varsinais-Suomi
region-FI-HEL = Helsinki
region-FI-AX = Ahvenanmaa
region-SE-01 = Stockholms län
region-SE-03 = Uppsala län
region-SE-04 = Södermanlands län
region-SE-05 = Östergötlands län
region-SE-06 = Jönköpings län
region-SE-07 = Kronobergs län
region-SE-08 = Kalmar län
region-SE-09 = Gotlands län
region-SE-10 = Blekinge län
region-SE-12 = Skåne län
region-SE-13 = Hallands län
region-SE-14 = Västra Götalands län
region-SE-17 = Värmlands län
region-SE-18 = Örebro län
region-SE-19 = Västmanlands län
region-SE-20 = Dalarnas län
region-SE-21 = Gävleborgs län
region-SE-22 = Västernorrlands län
region-SE-23 = Jämtlands län
region-SE-24 = Västerbottens län
region-SE-25 = Norrbottens län
mail-invitation-subject = Sinut on kutsuttu organisaatioon { $organisation } Jämlikissä
mail-invitation-body-new =
    Hei!
    { "" }
    { $inviter } on kutsunut sinut organisaatioon { $organisation } Jämlikissä, yhdenvertaisuus- ja tasa-arvotyön työkalussa.
    { "" }
    Valitse salasanasi tästä (linkki on voimassa seitsemän päivää):
    { $link }
    { "" }
    Jos et odottanut tätä viestiä, voit jättää sen huomiotta.
mail-invitation-body-existing =
    Hei!
    { "" }
    { $inviter } on lisännyt sinut organisaatioon { $organisation } Jämlikissä. Kirjaudu sisään tavalliseen tapaan:
    { $link }
mail-reset-subject = Valitse uusi salasana Jämlikissä
mail-reset-body =
    Hei { $name }!
    { "" }
    Joku (toivottavasti sinä) pyysi uutta salasanaa. Valitse se tunnin kuluessa:
    { $link }
    { "" }
    Jos pyyntö ei ollut sinun, sinun ei tarvitse tehdä mitään.
error-auth-not-signed-in = Kirjaudu sisään jatkaaksesi.
error-auth-invalid-credentials = Sähköpostiosoite tai salasana on väärin.
error-auth-too-many-attempts = Liian monta epäonnistunutta kirjautumista. Yritä uudelleen { $minutes } minuutin kuluttua.
error-auth-busy = Jämlik tarkistaa juuri nyt monta salasanaa. Yritä hetken kuluttua uudelleen.
error-auth-invalid-token = API-avain puuttuu, on tuntematon tai peruttu.
error-auth-forbidden = Roolisi ei salli tätä.
error-org-foreign = Et ole tämän organisaation jäsen.
error-request-csrf-rejected = Lomake ei tullut Jämlikista tai se on vanhentunut. Lataa sivu uudelleen ja yritä uudestaan.
error-request-not-found = Sivua ei ole.
error-org-not-found = Organisaatiota ei ole.
error-user-not-found = Henkilöä ei ole.
error-member-not-found = Henkilö ei ole organisaation jäsen.
error-token-not-found = API-avainta ei ole tai se on jo peruttu.
error-request-too-large = Lähetetty sisältö on liian suuri.
error-request-malformed = Lähetettyä sisältöä ei voitu lukea (virheellinen lomake tai JSON).
error-request-invalid = Pyyntöä ei voitu lukea: osa osoitteesta tai lähetetystä sisällöstä on virheellinen. Tarkista osoite tai palaa takaisin ja yritä uudelleen.
error-user-invalid-email = Anna kelvollinen sähköpostiosoite, esimerkiksi nimi@kunta.fi.
error-user-duplicate-email = Sähköpostiosoitteella on jo tili.
error-user-password-too-short = Salasanassa on oltava vähintään 10 merkkiä.
error-user-password-too-long = Salasanassa saa olla enintään 256 merkkiä.
error-user-passwords-differ = Salasanat eivät ole samat.
error-user-password-too-weak = Salasana on liian helppo arvata: { $reason ->
        [repeats] toistuvat merkit tai ryhmät, kuten ”aaaa” tai ”abcabc”, eivät juuri vaikeuta arvaamista
        [sequence] sarjat, kuten ”abcd” tai ”6543”, ovat helppoja arvata
        [keyboard] näppäinrivit ja -kuviot, kuten ”qwerty”, ovat helppoja arvata
        [common] se on yleisimpiä salasanoja tai muistuttaa sellaista
        [word] yksittäinen sana on helppo arvata
        [date] päivämäärät ja vuosiluvut ovat helppoja arvata
        [name] nimet, myös omasi, ovat helppoja arvata
        [local] se perustuu Jämlikin nimeen tai salasanoissa usein käytettyyn sanaan, kuten ”salasana” tai ”lösenord”
        [personal] se perustuu omaan nimeesi tai sähköpostiosoitteeseesi
       *[other] se noudattaa helposti arvattavaa kaavaa
    }. Käytä muutamaa toisiinsa liittymätöntä sanaa tai pidempää salasanaa.
error-user-wrong-current-password = Nykyinen salasana on väärin.
error-user-too-many-password-checks = Nykyinen salasana annettiin väärin liian monta kertaa. Yritä uudelleen { $minutes } minuutin kuluttua.
error-user-invalid-name = Anna nimi, jossa on enintään 100 merkkiä.
error-link-expired = Linkki on vanhentunut. Pyydä uusi.
error-link-used = Linkki on jo käytetty. Pyydä tarvittaessa uusi.
error-link-invalid = Linkki ei ole kelvollinen. Tarkista, että koko linkki tuli mukaan.
error-member-invalid-role = Valitse rooli: koordinaattori, osallistuja tai lukija.
error-member-duplicate = Henkilö on jo organisaation jäsen.
error-member-last-coordinator = Organisaatiolla on oltava vähintään yksi koordinaattori. Nimeä ensin uusi koordinaattori.
error-org-invalid-name = Anna vähintään yksi nimi, enintään 200 merkkiä.
error-org-invalid-kind = Valitse organisaation tyyppi.
error-org-invalid-country = Valitse Suomi tai Ruotsi.
error-org-invalid-language = Valitse vähintään yksi työkieli: ruotsi, suomi tai englanti.
error-org-invalid-framework = Yksi valituista viitekehyksistä on tuntematon.
error-org-invalid-staff-size = Henkilöstön määrän on oltava kokonaisluku väliltä 0–10 000 000.
error-org-duplicate-code = Tällä tunnuksella on jo organisaatio siinä maassa.
error-org-invalid-code = Tunnuksessa saa olla vain kirjaimia, numeroita ja yhdysmerkkejä (enintään 32 merkkiä).
error-user-invalid-global-role = Valitse ei mitään, valtakunnallinen seuranta tai ylläpitäjä.
error-token-invalid-name = Anna avaimelle nimi, jossa on enintään 100 merkkiä.
error-request-invalid-paging = Sivunumero tai sivun koko on sallitun ulkopuolella (sivun koko 1–500).
error-internal = Meillä tapahtui virhe. Mitään ei ole tallennettu puoliksi; yritä hetken kuluttua uudelleen. Mainitse tunniste, jos otat yhteyttä tukeen.
error-unavailable = Palvelu ei ole hetkeen käytettävissä. Yritä hetken kuluttua uudelleen.

# Planning workspace
org-nav-plans = Suunnitelmat
org-nav-services = Palvelut ja yksiköt
dashboard-plan-start = Aloita suunnitelma
dashboard-measure-count = Toimenpiteitä: { $count }
date-format-hint = (VVVV-KK-PP)
plans-title = Organisaation { $organisation } suunnitelmat
plans-none = Ei vielä suunnitelmia.
plans-list-label = Suunnitelmat
plans-new-heading = Aloita suunnitelma
plans-new-intro = Yksi suunnitelma voi kattaa useamman lain kerralla, esimerkiksi yhdenvertaisuus- ja tasa-arvosuunnitelman. Anna kausi ja työryhmän jäsenet.
plans-field-title = Suunnitelman nimi
plans-field-frameworks = Lait ja viitekehykset, jotka suunnitelma kattaa
plans-field-start = Kausi alkaa
plans-field-end = Kausi päättyy
plans-field-working-group = Työryhmä
plans-field-working-group-hint = (nimet ja roolit, esimerkiksi henkilöstön edustaja)
plans-new-submit = Aloita suunnitelma
plan-state-draft = Luonnos
plan-period = Kausi
plan-state = Tila
plan-progress = Eteneminen
plan-progress-done = { $value } % toimenpiteistä valmiina
findings-heading = Arviointi ja havainnot
findings-intro = Käy palvelut läpi syrjintäperuste kerrallaan. Kirjaa jokainen välittömän tai välillisen syrjinnän riski, keihin se kohdistuu sekä kuinka vakava ja todennäköinen se on.
findings-none = Ei vielä havaintoja.
findings-caption = Havainnot, vakavimmat ensin
findings-new-heading = Kirjaa havainto
findings-new-submit = Tallenna havainto
finding-ground = Syrjintäperuste
finding-service = Palvelu tai yksikkö
finding-no-service = Koko organisaatio
finding-kind = Riskin laji
finding-kind-direct = Välitön syrjintä
finding-kind-indirect = Välillinen syrjintä
finding-description = Mitä havaittiin
finding-affected = Keihin se kohdistuu
finding-severity = Vakavuus
finding-likelihood = Todennäköisyys
finding-scale-hint = (1 = matala, 4 = korkea)
measures-heading = Toimenpiteet
measures-by-status = Toimenpiteet tilan mukaan
measures-none = Ei vielä toimenpiteitä.
measures-caption = Toimenpiteet määräajan mukaan
measures-new-heading = Lisää toimenpide
measures-new-submit = Lisää toimenpide
measure-title = Toimenpide
measure-field-title = Toimenpide
measure-field-finding = Havainto, johon toimenpide vastaa
measure-no-finding = Ei erityistä havaintoa
measure-field-goal = Tavoite
measure-field-owner = Vastuuhenkilö
measure-no-owner = Ei valittu
measure-field-unit = Vastuuyksikkö
measure-field-budget = Budjetti (euroa tai kruunua)
measure-field-start = Alkaa
measure-field-due = Valmis viimeistään
measure-overdue = erääntynyt
measure-back-to-plan = Takaisin suunnitelmaan
measure-update-heading = Raportoi tilanne
measure-note = Mitä on tapahtunut?
measure-update-submit = Tallenna tilannekatsaus
measure-history-heading = Historia
measure-status-planned = Suunniteltu
measure-status-in_progress = Käynnissä
measure-status-done = Valmis
measure-status-delayed = Viivästynyt
measure-status-dropped = Luovuttu
services-title = Organisaation { $organisation } palvelut ja yksiköt
services-intro = Luettelo arvioitavista palveluista ja yksiköistä. Palvelun omistaja kirjaa sitä koskevat havainnot.
services-none = Ei vielä palveluja.
services-caption = Palvelut ja yksiköt
services-new-heading = Lisää palvelu tai yksikkö
services-new-submit = Lisää
service-field-name = Nimi
service-field-unit = Toimiala tai yksikkö
service-field-description = Kuvaus
service-field-owner = Arvioinnin vastuuhenkilö
notice-plan-created = Suunnitelma on aloitettu.
notice-finding-added = Havainto on tallennettu.
notice-measure-added = Toimenpide on lisätty.
notice-measure-updated = Tilannekatsaus on tallennettu.
notice-service-added = Palvelu on lisätty.
audit-entity-plan = Suunnitelma
audit-entity-service = Palvelu
audit-entity-finding = Havainto
audit-entity-measure = Toimenpide
error-request-invalid-date = Anna päivämäärä muodossa VVVV-KK-PP, esimerkiksi 2026-03-31.
error-request-text-too-long = Teksti on liian pitkä (enintään 5 000 merkkiä).
error-plan-invalid-title = Anna nimi tai kuvaus.
error-plan-no-framework = Valitse vähintään yksi laki tai viitekehys, jonka suunnitelma kattaa.
error-plan-dates-out-of-order = Päättymispäivän on oltava alkamispäivän jälkeen.
error-plan-not-found = Suunnitelmaa ei ole tässä organisaatiossa.
error-service-not-found = Palvelua ei ole tässä organisaatiossa.
error-finding-not-found = Havaintoa ei ole tässä suunnitelmassa.
error-measure-not-found = Toimenpidettä ei ole tässä organisaatiossa.
error-measure-invalid-status = Valitse tila: suunniteltu, käynnissä, valmis, viivästynyt tai luovuttu.
error-measure-invalid-budget = Anna budjetti summana, jossa on enintään kaksi desimaalia, esimerkiksi 1 250,50.
error-measure-owner-not-member = Vastuuhenkilön on oltava organisaation jäsen.
error-finding-invalid-scale = Vakavuus ja todennäköisyys annetaan asteikolla 1–4.
error-finding-invalid-kind = Valitse välitön tai välillinen syrjintä.
error-finding-invalid-ground = Valitse jokin luettelon syrjintäperusteista.
versions-heading = Hyväksyminen ja julkaiseminen
versions-none = Yhtään versiota ei ole vielä hyväksytty.
version-number = Versio { $value }
version = Versio
version-public-link = Julkaistu suunnitelma
approve-heading = Kirjaa hyväksyminen
approve-intro = Kun päättävä toimielin on hyväksynyt suunnitelman, kirjaa päätös tähän. Suunnitelma tallentuu uutena versiona. Jokaisella toimenpiteellä on oltava vastuutaho.
approve-body = Hyväksyjä
approve-date = Päätöspäivä
approve-decision = Päätöksen viite (pöytäkirja, pykälä)
approve-submit = Kirjaa hyväksyminen
publish-heading = Julkaise
publish-intro = Viimeksi hyväksytty versio saa pysyvän julkisen osoitteen, jota kaikki voivat lukea. Henkilöiden nimiä ei näytetä, vain vastuuyksiköt.
publish-submit = Julkaise hyväksytty versio
public-plan-note = Suunnitelma näytetään hyväksytyssä muodossaan. Toimenpiteiden tila päivittyy seurannassa.
plan-state-approved = Hyväksytty
plan-state-published = Julkaistu
start-published-heading = Julkaistut suunnitelmat
notice-plan-approved = Hyväksyminen on kirjattu ja uusi versio tallennettu.
notice-plan-unchanged = Suunnitelma ei ole muuttunut edellisen hyväksymisen jälkeen; uutta versiota ei tallennettu.
notice-plan-published = Suunnitelma on julkaistu.
audit-entity-plan_version = Suunnitelman versio
audit-action-approve = hyväksytty
audit-action-publish = julkaistu
error-plan-measure-without-owner = Toimenpiteeltä ”{ $title }” puuttuu vastuuhenkilö tai -yksikkö. Nimeä vastuutaho ennen hyväksymistä.
error-plan-approval-in-future = Päätöspäivä ei voi olla tulevaisuudessa.
error-plan-nothing-to-publish = Julkaistavaa hyväksyttyä versiota ei ole. Kirjaa ensin hyväksyminen.
error-plan-published-not-found = Tässä osoitteessa ei ole julkaistua suunnitelmaa.
measure-field-catalogue = Toimenpide luettelosta
measure-field-catalogue-hint = (täyttää tyhjiksi jätetyt nimen ja tavoitteen)
measure-no-catalogue = Ei mitään, kirjoitan itse
error-measure-catalogue-not-found = Valittua toimenpidettä ei ole suunnitelman lakien luettelossa.
bulk-export = Lataa toimenpiteet (CSV)
bulk-heading = Päivitä monta toimenpidettä kerralla
bulk-intro = Lataa yllä oleva tiedosto, muuta tilaa, määräaikaa tai huomautusta taulukkolaskennassa ja lataa se takaisin (UTF-8, puolipiste). Tiedosto tarkistetaan kokonaan: jos jokin rivi on virheellinen, mitään ei muuteta.
bulk-file = Tiedosto
bulk-submit = Lataa ja päivitä
bulk-result-title = Tiedostoa ei voitu käyttää
bulk-result-intro = Mitään ei muutettu. Korjaa alla olevat rivit ja lataa tiedosto uudelleen.
bulk-result-caption = Virheet tiedostossa
bulk-result-row = Rivi
bulk-result-column = Sarake
bulk-result-problem = Virhe
bulk-problem-encoding = Tiedosto ei ole UTF-8-muodossa. Tallenna se muodossa ”CSV UTF-8” ja yritä uudelleen.
bulk-problem-empty = Tiedostossa ei ole rivejä.
bulk-problem-unreadable = Riviä ei voitu lukea CSV-muodossa.
bulk-problem-columns = Sarakkeiden on oltava täsmälleen { $expected }; tiedostossa on { $value }.
bulk-problem-ragged = Rivillä on { $value } kenttää kuuden sijaan.
bulk-problem-unknown-measure = Tässä suunnitelmassa ei ole toimenpidettä ”{ $value }”.
bulk-problem-duplicate = Toimenpide ”{ $value }” esiintyy useammin kuin kerran.
bulk-problem-status = ”{ $value }” ei ole tila; käytä arvoa planned, in_progress, done, delayed tai dropped.
bulk-problem-date = ”{ $value }” ei ole päivämäärä; kirjoita VVVV-KK-PP.
bulk-problem-note = Huomautus on liian pitkä (enintään 5 000 merkkiä).
notice-bulk-applied = Tiedosto on luettu ja toimenpiteet päivitetty.
audit-action-bulk_update = päivitetty tiedostosta
version-changes-link = Muutokset edelliseen versioon
changes-title = Muutokset versiossa { $value }
changes-intro = Mitä on muuttunut versiosta { $value } versioon { $count }.
changes-none = Ei muutoksia.
changes-caption = Muutokset
changes-col-kind = Muutos
changes-col-subject = Koskee
changes-col-field = Tieto
change-kind-added = lisätty
change-kind-removed = poistettu
change-kind-changed = muutettu
change-field-title = Nimi
change-field-period_end = Kausi päättyy
change-field-working_group = Työryhmä
change-field-description = Kuvaus
change-field-severity = Vakavuus
change-field-status = Tila
change-field-due_date = Valmis viimeistään
change-field-responsible_unit = Vastuuyksikkö
change-field-goal = Tavoite
error-plan-version-not-found = Suunnitelmalla ei ole tällaista versiota.
mail-reminder-due-subject =
    Muistutus: ”{ $title }” on määrä valmistua { $value }
mail-reminder-due-body =
    Hei { $name }!
    { "" }
    Toimenpiteen ”{ $title }” ({ $organisation }) on määrä valmistua { $value }. Olet sen vastuuhenkilö.
    { "" }
    Raportoi tilanne täällä:
    { $link }
mail-reminder-overdue-subject =
    Myöhässä: ”{ $title }” piti valmistua { $value }
mail-reminder-overdue-body =
    Hei { $name }!
    { "" }
    Toimenpiteen ”{ $title }” ({ $organisation }) piti valmistua { $value }, eikä sitä ole merkitty valmiiksi.
    { "" }
    Raportoi tilanne tai uusi aikataulu täällä:
    { $link }

## XLSX and services import
bulk-export-xlsx = Lataa toimenpiteet (XLSX)
bulk-intro-any = Lataa yllä olevat toimenpiteet CSV- tai XLSX-muodossa, muuta tilaa, määräaikaa tai huomautusta taulukkolaskennassa ja lataa tiedosto takaisin kummassa tahansa muodossa (CSV: UTF-8). Tiedosto tarkistetaan kokonaan: jos jokin rivi on virheellinen, mitään ei muuteta.
upload-problem-windows-1252 = Tiedosto on tallennettu Windows-1252-merkistössä (”ANSI”) eikä UTF-8:na, joten ”{ $value }” luettaisiin väärin. Valitse Excelissä Tallenna nimellä › ”CSV UTF-8” tai lataa XLSX-tiedosto.
upload-problem-xlsx-too-large = Työkirja on suurempi kuin Jämlik lukee taulukkotiedostosta ({ $value ->
        [unpacked] se purkautuu liian moneksi tavuksi
        [part] jokin sen osista purkautuu liian moneksi tavuksi
        [run] jokin sen teksteistä on aivan liian pitkä
        [parts] siinä on liian monta osaa
        [shared_strings] se ilmoittaa liian monta tekstiä
        [columns] siinä on arvoja liian kaukana oikealla
        [text] sen soluissa on liian paljon tekstiä
       *[cells] sen taulukossa on liian monta solua
    }). Tallenna pelkkä taulukko omalle välilehdelleen tai CSV-tiedostoksi ja lataa se uudelleen.
upload-problem-xlsx-corrupt = Tiedosto näyttää Excel-työkirjalta (XLSX), mutta sitä ei voi avata: se voi olla vioittunut tai vain osittain tallennettu. Tallenna se uudelleen taulukkolaskentaohjelmassa ja lataa se.
upload-problem-xls = Tiedosto on Excelin vanhassa muodossa (.xls). Tallenna se Excel-työkirjana (.xlsx) tai muodossa ”CSV UTF-8” ja lataa se.
upload-problem-ragged = Rivillä on { $value } kenttää, kun niitä pitäisi olla { $count }.
upload-problem-name-empty = Nimi puuttuu.
upload-problem-name-long = Nimi on liian pitkä (enintään 200 merkkiä).
upload-problem-name-control = Nimessä ”{ $value }” on rivinvaihto tai muu ohjausmerkki.
upload-problem-name-duplicate = Nimi ”{ $value }” esiintyy tiedostossa useammin kuin kerran.
upload-problem-name-exists = Organisaatiolla on jo palvelu tai yksikkö nimeltä ”{ $value }”.
upload-problem-unit-long = Toimiala tai yksikkö on liian pitkä (enintään 200 merkkiä).
upload-problem-description-long = Kuvaus on liian pitkä (enintään 5 000 merkkiä).
upload-problem-owner-unknown = Kenelläkään organisaation jäsenellä ei ole sähköpostiosoitetta ”{ $value }”.
upload-problem-owner-viewer = { $value } on organisaatiossa lukija eikä voi vastata arvioinnista.
services-back = Takaisin palveluihin
services-sheet-name = Palvelut
services-import-heading = Tuo palveluja tiedostosta
services-import-intro = Lataa CSV- tai XLSX-tiedosto, jossa on sarakkeet name, unit, description ja owner_email, yksi palvelu tai yksikkö riviä kohden. Vastuuhenkilö on vapaaehtoinen; jos se annetaan, sen on oltava organisaation jäsenen sähköpostiosoite. Tiedosto tarkistetaan kokonaan: jos jokin rivi on virheellinen, mitään ei lisätä.
services-template-csv = Lataa malli (CSV)
services-template-xlsx = Lataa malli (XLSX)
services-import-submit = Lataa ja tuo
notice-services-imported =
    { $count ->
        [one] Tiedostosta tuotiin yksi palvelu tai yksikkö.
       *[other] Tiedostosta tuotiin { $formatted } palvelua tai yksikköä.
    }
## Measure editing, indicators, carrying forward
measure-edit-heading = Muokkaa toimenpidettä
measure-edit-refused = Mitään ei tallennettu. Korjaa alla merkityt kentät.
measure-edit-submit = Tallenna muutokset
measure-carried-forward = Siirretty suunnitelmasta ”{ $title }”
indicators-heading = Mittarit
indicators-none = Ei vielä mittareita.
indicators-caption = Miten toimenpiteen etenemistä seurataan
indicator-field-name = Mittari
indicator-field-name-hint = (esimerkiksi ruotsiksi saatavilla olevien lomakkeiden osuus)
indicator-field-baseline = Lähtötaso
indicator-field-target = Tavoitetaso
indicator-field-current = Nykytaso
indicator-field-current-hint = (päivitetään seurannassa)
indicator-edit-heading = Mittari: { $name }
indicator-save = Tallenna mittari
indicator-remove = Poista mittari
indicator-new-heading = Lisää mittari
indicator-new-intro = Mittarista näette, toimiiko toimenpide: mitä mitataan, mikä tilanne on nyt ja mihin pyritään.
indicator-add = Lisää mittari
indicator-summary = { $name }: { $baseline } → { $target }
indicator-summary-current = { $name }: { $baseline } → { $target } (nyt { $current })
notice-measure-edited = Muutokset on tallennettu.
notice-indicator-added = Mittari on lisätty.
notice-indicator-saved = Mittari on tallennettu.
notice-indicator-removed = Mittari on poistettu.
notice-evaluation-saved = Arviointi on tallennettu.
plan-stable-address = Suunnitelman julkinen osoite, joka näyttää aina uusimman julkaistun version:
evaluation-heading = Edellisen suunnitelman arviointi
evaluation-intro = Kaikki edellisen suunnitelman toimenpiteet ja niiden lopullinen tila. Kirjoita, miten kukin toimi. Kesken jääneet toimenpiteet on siirretty tähän suunnitelmaan. Edellinen suunnitelma:
evaluation-submit = Tallenna arviointi
evaluation-caption = Edellisen suunnitelman toimenpiteet ja niiden arviointi
evaluation-final-status = Lopullinen tila
evaluation-text = Arviointi
plans-field-previous = Jatka aiemmasta suunnitelmasta
plans-field-previous-hint = (sen kesken jääneet toimenpiteet siirretään, ja arvioitte sen toimenpiteet)
plans-no-previous = Ei, aloitetaan alusta
public-newer-version = Tämä on suunnitelman versio { $value }. Sen jälkeen on julkaistu uudempi versio.
public-newest-link = Lue uusin versio ({ $value })
public-stable-note = Tämä osoite näyttää aina suunnitelman uusimman julkaistun version.
public-this-version = Tämä on suunnitelman versio { $value }.
public-stable-link = Suunnitelman pysyvä osoite
audit-entity-indicator = Mittari
audit-entity-plan_evaluation = Toimenpiteen arviointi
audit-action-edit = muokattu
audit-action-carry_forward = siirretty
change-field-indicators = Mittarit
change-field-evaluation = Arviointi
error-measure-due-before-start = Määräpäivä ei voi olla ennen alkamispäivää.
error-request-short-text-too-long = Teksti on liian pitkä (enintään 200 merkkiä yhdellä rivillä).
error-indicator-not-found = Toimenpiteellä ei ole tällaista mittaria.
error-plan-previous-not-found = Valitse jokin tämän organisaation aiempi suunnitelma tai ei mitään.
error-plan-evaluated-measure-not-found = Arvioinnissa mainitaan toimenpide, joka ei ole edellisessä suunnitelmassa.
