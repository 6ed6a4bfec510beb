# Monitoring: self-reports, the national monitors' reviews, instructors, deadline reminder runs and unsubscribing.

## Reviews
reviews-back-to-org = Organisaatioon
reviews-intro = Täällä ovat valtakunnallisten valvojien arvioinnit organisaation suunnitelmista sekä palaute ja organisaation vastaukset. Historia säilyy.
reviews-start-heading = Arvioi suunnitelma
reviews-start-link = Arvioi kehyksen { $title } mukaan
reviews-history-heading = Arviointihistoria
reviews-none = Ei vielä arviointeja.
review-new-title = Uusi arviointi
review-form-intro = Arvioi kehyksen jokainen pakollinen osa, kirjoita havaintosi ja suositus. Palaute lähetetään sähköpostilla organisaation koordinaattoreille, kun lähetät arvioinnin.
review-open-plan = Avaa suunnitelma
review-subject = Mitä arvioidaan
review-subject-none = Ei suunnitelmaa (palaute puuttuvasta suunnitelmasta)
review-checklist-heading = Kehyksen pakolliset osat
review-missing-in-plan = Puuttuu Jämlikin kattavuustarkistuksen mukaan
review-subject-self-report = Oma ilmoitus: { $title }
review-missing-in-self-report = Ei merkitty omaan ilmoitukseen
review-others-heading = Arvioitavat suunnitelmat ja omat ilmoitukset
review-self-report-heading = Oma ilmoitus
review-self-report-jump = Suuri muutos edellisestä ilmoituksesta
review-self-report-jump-confirmed = Organisaatio on vahvistanut
review-verdict = Arvio
review-verdict-of = Arvio: { $name }
review-note = Huomio
review-note-of = Huomio: { $name }
review-verdict-met = Täyttyy
review-verdict-partly = Täyttyy osittain
review-verdict-missing = Puuttuu
review-verdict-not_assessed = Ei arvioitu
review-element = Osa
review-verdicts-caption = Arvio osittain
review-findings = Havainnot
review-recommendation = Suositus
review-recommendation-adequate = Suunnitelma täyttää vaatimukset
review-recommendation-revise = Täydennä suunnitelmaa
review-recommendation-new_plan = Laadi uusi suunnitelma
review-feedback = Palaute organisaatiolle
review-feedback-hint = (lähetetään sähköpostilla)
review-submit = Lähetä arviointi
review-sent-at = Lähetetty
review-reviewer = Arvioija
review-answers-heading = Vastaukset
review-answers-none = Ei vielä vastauksia.
review-answer-label = Vastauksesi
review-answer-submit = Lähetä vastaus
notice-review-sent = Arviointi on tallennettu ja palaute lähetetty.
notice-review-answered = Vastaus on tallennettu ja lähetetty.

mail-review-subject = Palaute organisaation { $organisation } suunnitelmasta: { $title }
mail-review-body =
    Hei!
    { "" }
    Valtakunnallinen valvonta on arvioinut organisaation { $organisation } työn kehyksen { $title } mukaan.
    { "" }
    Suositus: { $value }
    { "" }
    { $feedback }
    { "" }
    Lue koko arviointi ja vastaa täällä:
    { $link }
mail-review-answer-subject = Uusi vastaus organisaation { $organisation } arviointiin
mail-review-answer-body =
    Hei!
    { "" }
    { $name } on vastannut organisaation { $organisation } arviointiin:
    { "" }
    { $feedback }
    { "" }
    Lue ja vastaa täällä:
    { $link }

## Instructors
instructors-title = Ohjaajat
instructors-intro = Ohjaajat tukevat heille osoitettuja organisaatioita: he näkevät niiden työn ja tilan mutta eivät muuta mitään. Anna henkilölle ensin ohjaajan rooli kohdassa Henkilöt.
instructors-assign-heading = Osoita organisaatio
instructors-none = Kenelläkään ei vielä ole ohjaajan roolia.
instructors-instructor = Ohjaaja
instructors-code = Organisaation tunnus
instructors-code-hint = (esimerkiksi kuntanumero 905)
instructors-assign-submit = Osoita
instructors-list-heading = Osoitukset
instructors-no-assignments = Ei vielä osoituksia.
instructors-caption = Ohjaajat ja heidän organisaationsa
instructors-actions = Toiminnot
instructors-remove = Poista { $organisation }
notice-instructor-assigned = Organisaatio on osoitettu.
notice-instructor-unassigned = Osoitus on poistettu.

## Reminders
reminder-runs-intro = Koordinaattoreita muistutetaan sähköpostilla ennen heidän kehyksensä määräaikaa ja sen jälkeen, jos vaatimukset eivät täyttyneet. Muistutukset ennen määräaikaa ovat neuvoja ja ne voi perua; määräajan jälkeiset ovat pakollisia.
reminder-days-before = Päivää ennen määräaikaa
reminder-days-after = Päivää määräajan jälkeen
reminder-runs-none = Ajoa ei ole vielä tehty.
reminder-runs-caption = Viimeisimmät ajot
reminder-run-started = Aloitettu
reminder-run-outcome = Tulos
reminder-run-considered = Määräajat
reminder-run-queued = Lähetetyt
reminder-run-skipped = Perutut
reminder-run-done = Valmis
reminder-run-failed = Epäonnistui
reminder-run-running = Käynnissä

unsubscribe-title = Peru muistutukset
unsubscribe-topic-deadline-before = muistutukset ennen määräaikoja
unsubscribe-confirm = Haluatko perua: { $value }?
unsubscribe-for = Osoite: { $name }
unsubscribe-mandatory = Muistutukset määräajan umpeuduttua ovat pakollisia, ja ne lähetetään silti.
unsubscribe-submit = Peru
unsubscribe-done = Olet perunut: { $value }.

## Self-reports
national-status = Tilanne
national-missing = Puuttuvat osat
national-next-change = Tilanne muuttuu

notice-self-report-submitted = Ilmoitus on lähetetty.

self-reports-title = Omat ilmoitukset
self-reports-intro = Jos organisaationne laatii suunnitelmansa Jämlikin ulkopuolella, ilmoittakaa suunnitelman tiedot tässä: milloin ja kuka sen hyväksyi, mistä sen voi lukea, mitkä pakolliset osat se sisältää ja, jos laki niin vaatii, palkkakartoituksen luvut. Ilmoitus tarkistetaan ennen tallentamista, ja kaikki ilmoitukset säilytetään.
self-reports-status-caption = Organisaationne tilanne kunkin viitekehyksen mukaan, laskettu suunnitelmista ja ilmoituksista
self-reports-none-reportable = Organisaatiotanne ei velvoita mikään viitekehys, jonka tiedot voi ilmoittaa itse. Tarkistakaa organisaation tyyppi ja henkilöstön määrä asetuksista.
self-reports-choose = Valitse viitekehys
self-reports-new-heading = Uusi ilmoitus: { $title }
self-reports-submit = Lähetä ilmoitus
self-reports-history-heading = Lähetetyt ilmoitukset
self-reports-history-none = Ei vielä ilmoituksia.
self-reports-history-caption = Lähetetyt ilmoitukset, uusin ensin
self-reports-submitted = Lähetetty
self-reports-document = Suunnitelma
self-reports-open-link = Avaa linkki
self-reports-open-file = Lataa PDF-tiedosto

self-report-field-framework = Viitekehys
self-report-field-approved-on = Hyväksymispäivä
self-report-field-approved-body = Hyväksyjä
self-report-field-link = Linkki suunnitelmaan
self-report-field-file = Suunnitelma PDF-tiedostona
self-report-field-elements = Suunnitelman sisältämät pakolliset osat
self-report-field-pay-survey-on = Palkkakartoituksen päivämäärä
self-report-field-followed-up-on = Viimeisimmän seurannan päivämäärä
self-report-field-women-pay-percent = Naisten palkka prosentteina miesten palkasta
self-report-field-groups = Palkkaryhmät
self-report-field-q1-women = Naiset alimmassa neljänneksessä
self-report-field-q1-men = Miehet alimmassa neljänneksessä
self-report-field-q2-women = Naiset toisessa neljänneksessä
self-report-field-q2-men = Miehet toisessa neljänneksessä
self-report-field-q3-women = Naiset kolmannessa neljänneksessä
self-report-field-q3-men = Miehet kolmannessa neljänneksessä
self-report-field-q4-women = Naiset ylimmässä neljänneksessä
self-report-field-q4-men = Miehet ylimmässä neljänneksessä
self-report-field-mean = Keskimääräinen kuukausipalkka
self-report-field-median = Kuukausipalkan mediaani
self-report-field-min = Pienin kuukausipalkka
self-report-field-max = Suurin kuukausipalkka

self-report-approved-body-hint = (esimerkiksi kunnanhallitus tai yhteistoimintaelin)
self-report-link-hint = (tarvitaan linkki tai PDF-tiedosto)
self-report-file-hint = (PDF, enintään 10 Mt)
self-report-elements-hint = Rastittakaa jokainen osa, jonka hyväksytty suunnitelma sisältää. Rastittamaton osa näkyy tilanteessa puuttuvana.
self-report-pay-survey-on-hint = (jos eri kuin hyväksymispäivä)
self-report-followed-up-on-hint = (jättäkää tyhjäksi, jos seurantaa ei ole vielä tehty)
self-report-ratio-legend = Palkkakartoitus: naisten palkka prosentteina miesten palkasta
self-report-percent-hint = (esimerkiksi 96,5)
self-report-groups-hint = Ilmoittakaa luku palkka- tai tehtäväryhmittäin, niin monesta ryhmästä kuin teillä on (tässä enintään viisi).
self-report-group-name = Ryhmä { $value }: nimi
self-report-group-percent = Ryhmä { $value }: naisten palkka prosentteina miesten palkasta
self-report-quartiles-legend = Palkkaneljännekset: naisten ja miesten osuudet
self-report-quartiles-hint = Ilmoittakaa kustakin neljänneksestä naisten ja miesten osuus prosentteina; yhteensä ne ovat 100.
self-report-quartile-women = Neljännes { $value }: naiset %
self-report-quartile-men = Neljännes { $value }: miehet %
self-report-distribution-legend = Palkkojen jakauma
self-report-distribution-hint = Koko henkilöstön kuukausipalkka euroina tai kruunuina.
self-report-confirm-jump = Olen tarkistanut luvun: muutos edellisestä ilmoituksesta pitää paikkansa.
