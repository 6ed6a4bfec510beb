# Shared by several capabilities: layout and navigation, generic words and form fields, register facts and names (roles, kinds, countries, languages, frameworks, regions, months), members' columns, audit trail, pager, file and upload problems, shared notices, analysis kinds, national monitoring's shared words and statuses, and the error table.

app-name = Jämlik
skip-to-content = Siirry sisältöön
nav-label = Päävalikko
nav-home = Omat organisaationi
nav-admin = Ylläpito
nav-profile = Profiili
nav-sign-in = Kirjaudu sisään
nav-register = Rekisteri
nav-guide = Opas
nav-catalogue = Toimenpideluettelo
nav-courses = Kurssit
nav-overview = Valtakunnallinen katsaus
nav-sign-out = Kirjaudu ulos
language-switch-label = Kieli
footer-about = Jämlik – avoimen lähdekoodin työkalu lakisääteiseen yhdenvertaisuus- ja tasa-arvotyöhön Suomessa ja Ruotsissa.
save = Tallenna
back-to-dashboard = Takaisin yleisnäkymään
field-email = Sähköposti
field-name = Nimi
field-optional = (vapaaehtoinen)
org-nav-label = Organisaation sivut
fact-country = Maa
fact-kind = Tyyppi
fact-code = Tunnus
fact-region = Alue
fact-population = Asukkaita
fact-staff = Henkilöstö
members-col-name = Nimi
members-pending = ei ole vielä kirjautunut
members-change-role = Vaihda rooli
audit-title = Muutosloki
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
audit-entity-analysis_job = Analyysi
audit-entity-analysis_retention = Analyysiaineistojen säilytys
audit-entity-analysis_upload = Analyysia varten ladattu tiedosto
audit-entity-assessment = Palvelun arviointi
audit-entity-consultation = Kuuleminen
audit-entity-evidence_file = Liitetty aineisto
audit-entity-followup_round = Seurantakierros
audit-entity-instructor_assignment = Ohjaajan organisaatio
audit-entity-measure_analysis = Toimenpiteeseen liitetty analyysi
audit-entity-national_seed = Kansallinen esittelyaineisto
audit-entity-plan_text = Suunnitelman teksti
audit-entity-translation = Käännös
audit-entity-reminder_subscription = Muistutukset
audit-entity-review = Arviointi
audit-entity-review_answer = Vastaus arviointiin
audit-entity-self_report = Oma ilmoitus
audit-action-finish = päätetty
audit-action-send = lähetetty
audit-action-unsubscribe = tilaus peruttu
audit-col-action = Tapahtuma
pager-label = Sivut
pager-previous = Edellinen sivu
pager-next = Seuraava sivu
pager-position = Sivu { $page }/{ $pages }
admin-nav-label = Ylläpidon sivut
admin-nav-orgs = Organisaatiot
admin-nav-users = Henkilöt
admin-nav-audit = Muutosloki
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
region-FI-KU = Keski-Uusimaa
region-FI-KY = Kymenlaakso
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

date-format-hint = (VVVV-KK-PP)
audit-entity-plan = Suunnitelma
audit-entity-service = Palvelu
audit-entity-finding = Havainto
audit-entity-measure = Toimenpide
audit-entity-plan_version = Suunnitelman versio
audit-entity-followup_report = Seurantaraportti
audit-action-approve = hyväksytty
audit-action-publish = julkaistu
bulk-problem-encoding = Tiedosto ei ole UTF-8-muodossa. Tallenna se muodossa ”CSV UTF-8” ja yritä uudelleen.
bulk-problem-empty = Tiedostossa ei ole rivejä.
bulk-problem-unreadable = Riviä ei voitu lukea CSV-muodossa.
bulk-problem-columns = Sarakkeiden on oltava täsmälleen { $expected }; tiedostossa on { $value }.
audit-action-bulk_update = päivitetty tiedostosta

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

audit-entity-indicator = Mittari
audit-entity-plan_evaluation = Toimenpiteen arviointi
audit-action-edit = muokattu
audit-action-carry_forward = siirretty

notice-evidence-attached = Tiedosto on liitetty.

global-role-instructor = Ohjaaja
nav-national = Valtakunnallinen katsaus

admin-nav-instructors = Ohjaajat

footer-open-data = Avoin data

analysis-kind-resources = Kuka saa mitä (resurssit ryhmittäin)
analysis-kind-gap = Kahden ryhmän ero, vakioiduin muuttujin
analysis-kind-pay-survey = Palkkakartoitus tehtäväryhmittäin ja sukupuolittain
analysis-kind-representation = Edustus verrattuna vertailuaineistoon (väestö tai toinen tiedosto)
analysis-kind-pay-transparency = EU:n palkka-avoimuuden tunnusluvut (direktiivi 2023/970)

reviews-title = Arvioinnit

instructors-organisation = Organisaatio

reminder-runs-title = Muistutukset määräajoista

overview-title = Valtakunnallinen katsaus
overview-map-title = Kartta
overview-nav-label = Valtakunnallinen katsaus
overview-total = Yhteensä
overview-table-of = Luvut: { $title }
overview-group = Ryhmä

national-framework = Viitekehys

# Each status's one name, for every page, legend and download (PlanStatus::message_key).
status-no-plan = Ei suunnitelmaa
status-draft = Luonnos
status-approved-current = Hyväksytty ja voimassa
status-outdated = Vanhentunut
status-elements-missing = Pakollisia osia puuttuu
status-pay-survey-missing = Palkkakartoitus puuttuu
status-follow-up-overdue = Seuranta myöhässä

## The error table: every error-* message (ErrorCode::message_key and the error page).
error-request-id = Tukipyynnön tunniste
error-back-to-start = Etusivulle
error-title-forbidden = Ei pääsyä
error-title-not-found = Ei löytynyt
error-title-internal = Jokin meni vikaan
error-title-request = Pyyntöä ei voitu suorittaa
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
        [personal] se perustuu omaan nimeesi, sähköpostiosoitteeseesi tai organisaatioosi
       *[other] se noudattaa helposti arvattavaa kaavaa
    }. Käytä muutamaa toisiinsa liittymätöntä sanaa tai pidempää salasanaa.
error-user-password-unchanged = Uusi salasana on sama kuin nykyinen. Valitse toinen.
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
error-plan-measure-without-owner = Toimenpiteeltä ”{ $title }” puuttuu vastuuhenkilö tai -yksikkö. Nimeä vastuutaho ennen hyväksymistä.
error-plan-approval-in-future = Päätöspäivä ei voi olla tulevaisuudessa.
error-plan-nothing-to-publish = Julkaistavaa hyväksyttyä versiota ei ole. Kirjaa ensin hyväksyminen.
error-plan-published-not-found = Tässä osoitteessa ei ole julkaistua suunnitelmaa.
error-measure-catalogue-not-found = Valittua toimenpidettä ei ole suunnitelman lakien luettelossa.
error-plan-version-not-found = Suunnitelmalla ei ole tällaista versiota.

error-measure-due-before-start = Määräpäivä ei voi olla ennen alkamispäivää.
error-request-short-text-too-long = Teksti on liian pitkä (enintään 200 merkkiä yhdellä rivillä).
error-indicator-not-found = Toimenpiteellä ei ole tällaista mittaria.
error-plan-previous-not-found = Valitse jokin tämän organisaation aiempi suunnitelma tai ei mitään.
error-plan-evaluated-measure-not-found = Arvioinnissa mainitaan toimenpide, joka ei ole edellisessä suunnitelmassa.

error-consultation-invalid-party = Valitse, ketä kuultiin; jos valitset ”Muu”, anna myös nimi.
error-consultation-in-future = Kuuleminen kirjataan, kun se on pidetty: päivämäärä ei voi olla tulevaisuudessa.
error-assessment-invalid-conclusion = Valitse jokaiselle perusteelle jokin johtopäätöksistä.
error-assessment-invalid-perspective = Näkökulma ei ole mikään suunnitelman näkökulmista. Lataa sivu uudelleen ja valitse näkökulma luettelosta.
error-checklist-invalid-answer = Vastaus kysymykseen ”{ $value }” ei sovi kysymykseen (kyllä tai ei, 1–4, luku tai päivämäärä VVVV-KK-PP).
error-plan-step-not-found = Suunnitelman kehyksissä ei ole tällaista vaihetta.
error-evidence-empty = Valitse liitettävä tiedosto; tyhjää tiedostoa ei voi liittää.
error-evidence-too-large = Tiedosto on suurempi kuin 5 Mt.
error-evidence-not-found = Tiedostoa ei löydy.
error-round-not-found = Suunnitelmalla ei ole tällaista seurantakierrosta.
error-round-overlaps = Päivämäärät menevät päällekkäin suunnitelman toisen seurantakierroksen kanssa.
error-round-not-open-yet = Kierros ei ole vielä alkanut: sen raportin voi julkaista kierroksen ensimmäisestä päivästä alkaen.
error-round-plan-unpublished = Julkaise ensin suunnitelma: seurantaraportti julkaistaan julkaistulle suunnitelmalle.
error-round-report-not-found = Tässä osoitteessa ei ole julkaistua seurantaraporttia.
error-course-not-found = Tällaista kurssia, oppituntia tai tehtävää ei ole.
error-course-attempt-not-found = Tällaista suorituskertaa ei ole. Aloita uusi moduulin sivulta.
error-course-answer-unknown = Vastaus koskee kysymystä tai vaihtoehtoa, jota tässä suorituskerrassa ei ole. Mitään ei tallennettu; vastaa sivun kysymyksiin.
error-course-time-up = Suorituskerran aika on päättynyt, joten vastauksia ei voitu ottaa vastaan. Aloita uusi suorituskerta.
error-course-already-submitted = Suorituskerta on jo palautettu. Aloita uusi, jos haluat yrittää uudelleen.
error-course-not-renewable = Todistuksen voi uusia aikaisintaan 90 päivää ennen sen vanhenemista ja vanhenemisen jälkeen.
error-course-invalid-target = Kirjoita tavoite kokonaislukuna prosentteina 1–100 ja päivämääränä, esimerkiksi 100 ja 30.6.2027.
error-certificate-not-found = Tällä koodilla ei löydy todistusta. Tarkista koodi sellaisena kuin se on todistuksessa.
error-certificate-invalid-name = Kirjoita nimi, joka näkyy todistuksissasi, enintään 120 merkkiä.
error-guide-not-found = Oppaassa ei ole tällaista velvoitetta tai vaihetta.
error-catalogue-unknown-filter = Luettelossa ei ole velvoitetta tai luokkaa ”{ $value }”. Valitse luettelosta.
error-guide-search-too-long = Haku voi olla enintään 100 merkkiä pitkä. Kirjoita sana tai kaksi.
error-guide-search-empty = Kirjoita haettavaksi vähintään yksi kirjain tai numero.

error-analysis-invalid-retention = Säilytysaika on kokonainen määrä päiviä väliltä 0–3650.
error-analysis-upload-not-found = Ladattua tiedostoa ei löydy: se on voitu poistaa säilytysajan päätyttyä. Lataa se uudelleen.
error-analysis-job-not-found = Analyysia ei löydy.
error-analysis-not-finished = Analyysilla ei ole liitettävää tulosta.
error-analysis-file-too-large = Tiedosto on suurempi kuin 20 Mt.
error-analysis-invalid-mapping = Valitse ryhmämuuttuja ja tulosmuuttuja (ja palkkakartoitukseen tehtäväryhmä, edustukseen vertailutiedoston ryhmäsarake), kukin sarake vain yhteen rooliin, ja pienin ryhmä väliltä 3–100.
error-analysis-invalid-kind = Valitse jokin tarjotuista analyyseista.
error-analysis-input = Tiedostoa ei voi analysoida.
error-analysis-no-baseline = Valitse edustukselle vertailuaineisto. Väestötaulukko kattaa vain Suomen kunnat; muut organisaatiot vertaavat tiedostoon, jonka ne ensin lataavat.
error-analysis-baseline-not-found = Vertailuaineistoksi valittua tiedostoa ei ole enää tallessa (ladatut tiedostot poistetaan analyysin jälkeen tai vuorokauden kuluttua). Lataa se uudelleen.
error-analysis-invalid-age-range = Iät ovat kokonaisia vuosia 0–100, ensimmäinen enintään viimeinen.
error-analysis-no-variable-pay = Valitse muuttuvan palkan sarake: direktiivi edellyttää muuttuvan palkan eroa ja sitä saavien naisten ja miesten osuuksia. Jos kukaan ei saa sitä, lisää nollista koostuva sarake.

## Errors
error-review-not-found = Arviointia ei ole tässä organisaatiossa.
error-review-invalid-verdict = Valitse jokaiselle osalle arvio: täyttyy, täyttyy osittain, puuttuu tai ei arvioitu.
error-review-invalid-recommendation = Valitse suositus.
error-review-empty-feedback = Kirjoita palaute organisaatiolle.
error-review-empty-answer = Kirjoita vastauksesi.
error-review-framework-not-obliged = Kehys ei koske organisaatiota.
error-instructor-not-instructor = Organisaatioita voi osoittaa vain henkilöille, joilla on ohjaajan rooli.
error-instructor-duplicate = Organisaatio on jo osoitettu tälle ohjaajalle.
error-instructor-assignment-not-found = Organisaatiota ei ole osoitettu tälle ohjaajalle.
error-national-invalid-filter = Suodattimessa on arvo, jota ei ole. Valitse vaihtoehdoista.
error-translation-language = Käännökset tehdään organisaation toiselle työkielelle. Valitse se ensin organisaation asetuksista.
error-translation-unknown-text = Suunnitelmassa ei ole tällaista käännettävää tekstiä. Lataa sivu uudelleen: teksti on ehkä poistettu.
error-register-search-too-long = Haku voi olla enintään 100 merkkiä pitkä. Kirjoita osa nimestä tai kuntanumero.
error-register-search-empty = Kirjoita haettavaksi vähintään yksi kirjain tai numero nimestä tai koodista.

error-national-invalid-status = Tilannesuodatin ei vastaa mitään tilannetta. Käyttäkää jotakin arvoista: { $statuses }.
error-national-invalid-year = Vuodelta { $value } ei ole tietoja (2015–2100).
error-national-unknown-framework = Viitekehystä { $value } ei seurata valtakunnallisesti.
error-national-unknown-municipality = Millään organisaatiolla ei ole tunnusta { $value }. Käyttäkää virallista kuntanumeroa, esimerkiksi 091 tai 0180.
error-national-page-size-too-large = Sivun koko on suurempi kuin sallittu enimmäismäärä { $value }.
error-self-report-missing-field = { $field }: kenttä on pakollinen.
error-self-report-invalid-date = { $field }: päivämäärä ei ole kelvollinen (VVVV-KK-PP).
error-self-report-future-date = { $field }: päivämäärä on tulevaisuudessa.
error-self-report-invalid-number = { $field }: arvo ei ole luku.
error-self-report-share-out-of-range = { $field }: osuuden on oltava 0–100 %.
error-self-report-ratio-out-of-range = { $field }: naisten palkan prosenttiosuuden miesten palkasta on oltava yli 0 ja enintään 200.
error-self-report-quartiles-do-not-add-up = { $field }: naisten ja miesten osuudet neljänneksessä ovat yhteensä { $total } %, eivät 100 %.
error-self-report-negative-pay = { $field }: palkka ei voi olla negatiivinen.
error-self-report-min-above-max = { $field }: pienin palkka on suurempi kuin suurin.
error-self-report-outside-min-max = { $field }: luku on pienimmän ja suurimman palkan ulkopuolella.
error-self-report-jump-unconfirmed = { $field }: luku on muuttunut arvosta { $previous } arvoon { $current }, yli { $threshold } prosenttiyksikköä edellisestä ilmoituksesta. Tarkistakaa luku ja vahvistakaa se alla.
error-self-report-no-document = { $field }: antakaa linkki suunnitelmaan tai liittäkää se PDF-tiedostona.
error-self-report-invalid-link = { $field }: linkin on oltava verkko-osoite, joka alkaa https:// tai http://.
error-self-report-not-pdf = { $field }: tiedosto ei ole PDF-tiedosto.
error-self-report-unknown-element = { $field }: rastitettu osa ei kuulu viitekehyksen pakollisiin osiin.
error-self-report-framework-not-reportable = { $field }: organisaationne ei voi ilmoittaa tietoja tämän viitekehyksen mukaan.
error-self-report-not-found = Ilmoitusta ei ole.
