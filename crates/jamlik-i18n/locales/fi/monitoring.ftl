# National monitoring, part 2: roles, reviews, reminders, dashboards and the map.

## Reviews
reviews-title = Arvioinnit
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
instructors-organisation = Organisaatio
instructors-actions = Toiminnot
instructors-remove = Poista { $organisation }
notice-instructor-assigned = Organisaatio on osoitettu.
notice-instructor-unassigned = Osoitus on poistettu.

## Reminders
reminder-runs-title = Muistutukset määräajoista
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

mail-deadline-before-subject = { $organisation }: { $title } – määräaika { $deadline }
mail-deadline-before-body =
    Hei { $name }!
    { "" }
    Organisaation { $organisation } määräaika kehyksen { $title } mukaan on { $deadline }.
    { "" }
    Katso tilanne täällä:
    { $link }
    { "" }
    Etkö halua muistutuksia ennen määräaikoja? Peru ne täällä:
    { $value }
mail-deadline-after-subject = { $organisation }: kehyksen { $title } määräaika { $deadline } on umpeutunut
mail-deadline-after-body =
    Hei { $name }!
    { "" }
    Organisaation { $organisation } määräaika kehyksen { $title } mukaan oli { $deadline }, eivätkä vaatimukset vielä täyty.
    { "" }
    Katso, mitä puuttuu:
    { $link }
    { "" }
    Tämä viesti on pakollinen, eikä sitä voi perua.

unsubscribe-title = Peru muistutukset
unsubscribe-topic-deadline-before = muistutukset ennen määräaikoja
unsubscribe-confirm = Haluatko perua: { $value }?
unsubscribe-for = Osoite: { $name }
unsubscribe-mandatory = Muistutukset määräajan umpeuduttua ovat pakollisia, ja ne lähetetään silti.
unsubscribe-submit = Peru
unsubscribe-done = Olet perunut: { $value }.

## The national overview and the map
overview-title = Valtakunnallinen katsaus
overview-map-title = Kartta
overview-nav-label = Valtakunnallinen katsaus
overview-instructor-scope = Näet sinulle osoitetut organisaatiot.
overview-filters = Suodattimet
overview-size = Koko (henkilöstö)
overview-framework = Kehys
overview-status = Tila
overview-apply = Näytä
overview-clear = Tyhjennä suodattimet
overview-filter-all = Kaikki
overview-headline = Tilanne
overview-summary = { $count } velvoitetta (organisaatio × kehys); { $value }:lla on hyväksytty ja voimassa oleva suunnitelma.
overview-by-status = Velvoitteet tiloittain
overview-count = Määrä
overview-share-col = Osuus
overview-share = { $value } %
overview-total = Yhteensä
overview-see-map = Katso Suomen kuntien kartta
overview-charts = Jakaumat
overview-charts-intro = Jokainen kaavio näyttää kunkin tilan osuuden ryhmittäin; kaavion alla olevassa taulukossa ovat samat luvut.
overview-chart-summary = Pinottu pylväskaavio: { $title }. Jokainen pylväs on ryhmä tiloittain jaettuna; alla oleva taulukko antaa määrät ja osuudet.
overview-table-of = Luvut: { $title }
overview-group = Ryhmä
overview-by-country = Maittain
overview-by-region = Alueittain
overview-by-kind = Organisaatiotyypeittäin
overview-by-size = Kokoluokittain
overview-by-framework = Kehyksittäin
overview-over-time = Ajan myötä (kunkin vuoden lopussa)
overview-today = Tänään
overview-year-end = Vuoden { $value } lopussa
overview-unknown = Tuntematon
overview-list = Organisaatiot, joilla on valittu tila
overview-list-limited = Näytetään ensimmäiset { $count }. Rajaa suodattimilla.
overview-next-change = Seuraava muutos
overview-size-unknown = Tuntematon
overview-size-1-29 = 1–29
overview-size-30-99 = 30–99
overview-size-100-249 = 100–249
overview-size-250-999 = 250–999
overview-size-1000-4999 = 1 000–4 999
overview-size-5000-plus = 5 000 tai enemmän
overview-map-intro = Suomen kunnat värjättynä ja kuvioituna tilan mukaan: { $title }. Kartan vieressä oleva luettelo sisältää samat tiedot.
overview-map-heading = Kartta
overview-map-keyboard = Jokainen kunta on linkki: siirry sarkaimella, avaa Enterillä.
overview-legend = Selite
overview-map-no-status = Ei näytettävää tilaa
overview-map-source = Lähde: { $value }
overview-map-list = Luettelo
overview-map-list-caption = Kunnat ja niiden tila: { $title }
overview-municipality = Kunta
