# Valtakunnallinen seuranta: tilanteet, omat ilmoitukset, avoin data.

national-framework = Viitekehys
national-status = Tilanne
national-missing = Puuttuvat osat
national-next-change = Tilanne muuttuu

# Each status's one name, for every page, legend and download (PlanStatus::message_key).
status-no-plan = Ei suunnitelmaa
status-draft = Luonnos
status-approved-current = Hyväksytty ja voimassa
status-outdated = Vanhentunut
status-elements-missing = Pakollisia osia puuttuu
status-pay-survey-missing = Palkkakartoitus puuttuu
status-follow-up-overdue = Seuranta myöhässä

org-nav-self-reports = Omat ilmoitukset
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
