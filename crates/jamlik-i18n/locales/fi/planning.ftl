# Planning: the organisation's overview, plans, the workspace steps, assessment, consultations, follow-up rounds, services, measures, indicators, bulk update, versions, exports, approval, publishing, the published plan and the measures' reminder mails.

demo-badge = Esittelyaineisto
dashboard-title = Yleisnäkymä
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
fact-languages = Työkielet
fact-none = Ei yhtään

# Planning workspace
org-nav-plans = Suunnitelmat
org-nav-services = Palvelut ja yksiköt
dashboard-plan-start = Aloita suunnitelma
dashboard-measure-count = Toimenpiteitä: { $count }
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
plan-progress = Eteneminen
plan-progress-done = { $value } % toimenpiteistä valmiina
findings-intro = Käy palvelut läpi syrjintäperuste kerrallaan. Kirjaa jokainen välittömän tai välillisen syrjinnän riski, keihin se kohdistuu sekä kuinka vakava ja todennäköinen se on.
findings-new-heading = Kirjaa havainto
findings-new-submit = Tallenna havainto
finding-no-service = Koko organisaatio
finding-scale-hint = (1 = matala, 4 = korkea)
measures-by-status = Toimenpiteet tilan mukaan
measures-new-heading = Lisää toimenpide
measures-new-submit = Lisää toimenpide
measure-title = Toimenpide
measure-field-finding = Havainto, johon toimenpide vastaa
measure-no-finding = Ei erityistä havaintoa
measure-field-goal = Tavoite
measure-field-owner = Vastuuhenkilö
measure-no-owner = Ei valittu
measure-field-budget = Budjetti (euroa tai kruunua)
measure-field-start = Alkaa
measure-overdue = erääntynyt
measure-back-to-plan = Takaisin suunnitelmaan
measure-update-heading = Raportoi tilanne
measure-note = Mitä on tapahtunut?
measure-update-submit = Tallenna tilannekatsaus
measure-history-heading = Historia
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
versions-heading = Hyväksyminen ja julkaiseminen
versions-none = Yhtään versiota ei ole vielä hyväksytty.
version-number = Versio { $value }
version-public-link = Julkaistu suunnitelma
approve-heading = Kirjaa hyväksyminen
approve-intro = Kun päättävä toimielin on hyväksynyt suunnitelman, kirjaa päätös tähän. Suunnitelma tallentuu uutena versiona. Jokaisella toimenpiteellä on oltava vastuutaho.
approve-submit = Kirjaa hyväksyminen
publish-heading = Julkaise
publish-intro = Viimeksi hyväksytty versio saa pysyvän julkisen osoitteen, jota kaikki voivat lukea. Henkilöiden nimiä ei näytetä, vain vastuuyksiköt.
publish-submit = Julkaise hyväksytty versio
notice-plan-approved = Hyväksyminen on kirjattu ja uusi versio tallennettu.
notice-plan-unchanged = Suunnitelma ei ole muuttunut edellisen hyväksymisen jälkeen; uutta versiota ei tallennettu.
notice-plan-published = Suunnitelma on julkaistu.
measure-field-catalogue = Toimenpide luettelosta
measure-field-catalogue-hint = (täyttää tyhjiksi jätetyt nimen ja tavoitteen)
measure-no-catalogue = Ei mitään, kirjoitan itse
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
bulk-problem-ragged = Rivillä on { $value } kenttää kuuden sijaan.
bulk-problem-unknown-measure = Tässä suunnitelmassa ei ole toimenpidettä ”{ $value }”.
bulk-problem-duplicate = Toimenpide ”{ $value }” esiintyy useammin kuin kerran.
bulk-problem-status = ”{ $value }” ei ole tila; käytä arvoa planned, in_progress, done, delayed tai dropped.
bulk-problem-date = ”{ $value }” ei ole päivämäärä; kirjoita VVVV-KK-PP.
bulk-problem-note = Huomautus on liian pitkä (enintään 5 000 merkkiä).
notice-bulk-applied = Tiedosto on luettu ja toimenpiteet päivitetty.
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
change-field-indicators = Mittarit
change-field-evaluation = Arviointi

## The cycle's working pages: steps, assessment, consultations, follow-up rounds

plan-nav-label = Suunnitelman osat
plan-back = Takaisin suunnitelmaan ”{ $title }”
cycle-heading = Työ vaihe vaiheelta
cycle-intro = Kunkin kehyksen vaiheet ohjeineen, tarkistuslistoineen ja suunnitelmaan tarvittavine teksteineen.
completeness-heading = Kattavuus
completeness-complete = Suunnitelmassa on kaikki kehysten edellyttämät osat.
completeness-missing = Puuttuvia pakollisia osia: { $count }. Kukin linkki avaa vaiheen, jossa osa tehdään.
steps-nav-label = Kehyksen vaiheet
step-title = Vaihe
step-guidance = Mitä tässä vaiheessa tehdään
step-nothing-to-fill = Vaiheessa ei ole täytettävää tarkistuslistaa eikä tekstiä: toimi yllä olevan ohjeen mukaan.
step-checklists = Tarkistuslistat
step-save = Tallenna vaihe
element-required = pakollinen
element-optional = vapaaehtoinen
element-covered-by = Kattaa myös:
element-text = Teksti suunnitelmassa
coverage-measures = suunnitelman toimenpiteet
coverage-findings = havainnot
coverage-assessments = palvelujen arviointi
coverage-consultations = kirjatut kuulemiset
coverage-approval = kirjattu hyväksyminen
coverage-follow-up = seurantakierrokset
answer-yes = Kyllä
answer-no = Ei
answer-unanswered = Ei vastattu
assessment-title = Palvelujen arviointi
assessment-intro = Jokainen palvelu tai yksikkö arvioidaan jokaisen syrjintäperusteen kannalta: onko välittömän tai välillisen syrjinnän riskiä? Matriisi näyttää, mitä on arvioitu ja missä riskit ovat. Avaa palvelu arvioidaksesi sen.
assessment-summary = Arviointi lukuina
assessment-assessed = arvioitua palvelun ja perusteen paria
assessment-hot-spots = riskikohtaa (havainto, jonka vakavuus × todennäköisyys on vähintään 9)
assessment-no-services = Lisää ensin organisaation palvelut ja yksiköt.
assessment-legend = Näin luet matriisia
assessment-matrix-caption = Palvelut ja yksiköt × syrjintäperusteet
assessment-findings-count = havaintoja: { $count }
assessment-hot-spot-legend = riskikohta
conclusion-not_assessed = Ei arvioitu
conclusion-no_risk = Riskiä ei havaittu
conclusion-unclear = Epäselvä, tarvitaan lisätietoa
conclusion-risk = Syrjinnän riski
conclusion-short-not_assessed = –
conclusion-short-no_risk = OK
conclusion-short-unclear = ?
conclusion-short-risk = Riski
assess-title = Arvioi palvelu
assess-back-to-matrix = Takaisin matriisiin
assess-intro = Kirjaa kunkin perusteen kohdalle johtopäätös ja sen perusteet: tilastot, palaute, valitukset, linkit. Riskistä tulee kirjata havainto suunnitelmaan.
assess-perspectives = Arvioinnin näkökulma
assess-grounds = Syrjintäperusteet
assess-evidence = Perusteet (mitä tarkasteltiin, linkit)
assess-checklist = Tämän näkökulman tarkistuslista
assess-save = Tallenna arviointi
evidence-heading = Liitetyt aineistot
evidence-none = Ei liitettyjä tiedostoja.
evidence-attach = Liitä tiedosto
evidence-file = Tiedosto
evidence-limit = (enintään 5 Mt)
evidence-size = { $value } kt
consultations-title = Kuuleminen
consultations-intro = Kirjaa, keitä suunnitelmaa valmisteltaessa kuultiin – vammaisneuvosto, vanhusneuvosto, nuorisovaltuusto, monikulttuuriset järjestöt, henkilöstön edustajat – milloin ja mitä he sanoivat.
consultations-none = Kuulemisia ei ole vielä kirjattu.
consultations-caption = Kuulemiset
consultation-party = Ketä kuultiin
consultation-party-name = Toimielimen tai ryhmän nimi
consultation-party-name-hint = (pakollinen, jos valitset ”Muu”)
consultation-held-on = Päivämäärä
consultation-summary = Mitä he sanoivat
consultations-new-heading = Kirjaa kuuleminen
consultations-new-submit = Kirjaa kuuleminen
party-disability_council = Vammaisneuvosto
party-elderly_council = Vanhusneuvosto
party-youth_council = Nuorisovaltuusto
party-multicultural_association = Monikulttuurinen tai vähemmistöjärjestö
party-staff_representatives = Henkilöstön edustajat
party-residents = Asukkaat, oppilaat tai palvelujen käyttäjät
party-other = Muu
rounds-title = Seurantakierrokset
rounds-intro = Seurantakierroksella vastuuhenkilöt päivittävät toimenpiteensä. Kierroksen aikana tehdyt päivitykset kuuluvat sille; kierroksen raportti näyttää, kuka on raportoinut ja kuka ei.
rounds-none = Seurantakierroksia ei vielä ole.
rounds-new-heading = Avaa seurantakierros
round-name = Nimi
round-opens-on = Alkaa
round-closes-on = Päättyy
rounds-new-submit = Avaa kierros
round-open = käynnissä
round-title = Seurantakierros
round-intro = Kunkin toimenpiteen viimeisin tällä kierroksella tehty päivitys.
round-summary = Kierros lukuina
round-updated = päivitettyä toimenpidettä
round-missing = toimenpidettä ilman päivitystä
round-caption = Toimenpiteet ja niiden päivitykset kierroksella
round-update = Päivitys kierroksella
round-no-update = Ei päivitystä vielä
notice-step-saved = Vaihe on tallennettu.
notice-assessment-saved = Arviointi on tallennettu.
notice-consultation-added = Kuuleminen on kirjattu.
notice-round-created = Seurantakierros on avattu.
mail-reminder-missing-update-subject =
    Seuranta: raportoi toimenpiteestä ”{ $title }” viimeistään { $value }
mail-reminder-missing-update-body =
    Hei { $name },
    { "" }
    Organisaation { $organisation } yhdenvertaisuussuunnitelman seurantakierros on käynnissä { $value } asti. Et ole vielä raportoinut toimenpiteestä ”{ $title }”, josta vastaat.
    { "" }
    Raportoi tilanne täällä:
    { $link }
export-intro = Suunnitelma nykyisessä muodossaan saavutettavana PDF:nä, muokattavana Word-asiakirjana (DOCX) tai verkkosivuna (HTML), millä tahansa kolmesta kielestä.
export-docx = Word (DOCX)
round-export-heading = Seurantaraportti

## Plans, findings, measures, indicators, approval and exports: the plan pages and the published plan
fact-frameworks = Velvoitteet

plans-title = Organisaation { $organisation } suunnitelmat
plan-state-draft = Luonnos
plan-period = Kausi
plan-state = Tila
findings-heading = Arviointi ja havainnot
findings-none = Ei vielä havaintoja.
findings-caption = Havainnot, vakavimmat ensin
finding-ground = Syrjintäperuste
finding-service = Palvelu tai yksikkö
finding-kind = Riskin laji
finding-kind-direct = Välitön syrjintä
finding-kind-indirect = Välillinen syrjintä
finding-description = Mitä havaittiin
finding-affected = Keihin se kohdistuu
finding-severity = Vakavuus
finding-likelihood = Todennäköisyys
measures-heading = Toimenpiteet
measures-none = Ei vielä toimenpiteitä.
measures-caption = Toimenpiteet määräajan mukaan
measure-field-title = Toimenpide
measure-field-unit = Vastuuyksikkö
measure-field-due = Valmis viimeistään
measure-status-planned = Suunniteltu
measure-status-in_progress = Käynnissä
measure-status-done = Valmis
measure-status-delayed = Viivästynyt
measure-status-dropped = Luovuttu
approve-body = Hyväksyjä
approve-date = Päätöspäivä
approve-decision = Päätöksen viite (pöytäkirja, pykälä)
plan-state-approved = Hyväksytty
plan-state-published = Julkaistu

indicators-heading = Mittarit
indicator-summary = { $name }: { $baseline } → { $target }
indicator-summary-current = { $name }: { $baseline } → { $target } (nyt { $current })

export-heading = Vienti
export-pdf = PDF
export-html = HTML

## The published plan
version = Versio
public-plan-note = Suunnitelma näytetään hyväksytyssä muodossaan. Toimenpiteiden tila päivittyy seurannassa.

public-newer-version = Tämä on suunnitelman versio { $value }. Sen jälkeen on julkaistu uudempi versio.
public-newest-link = Lue uusin versio ({ $value })
public-stable-note = Tämä osoite näyttää aina suunnitelman uusimman julkaistun version.
public-this-version = Tämä on suunnitelman versio { $value }.
public-stable-link = Suunnitelman pysyvä osoite

## Links from the organisation and its measures to analyses and self-reports
org-nav-analysis = Analyysit

measure-analyses-heading = Näyttönä käytetyt analyysit
org-nav-self-reports = Omat ilmoitukset

## Suunnitelman tekstien käännökset
translation-title = Tekstit molemmilla kielillä
translation-intro = Suunnitelman jokainen teksti sellaisena kuin se on kirjoitettu sekä sen käännös (kieli: { $value }). Jätä käännös tyhjäksi, jos sitä ei vielä ole; lukijat näkevät silloin alkuperäisen tekstin merkittynä.
translation-count = { $count ->
    [one] Yhdeltä tekstiltä puuttuu vielä käännös (merkitty).
   *[other] { $formatted } tekstiltä puuttuu vielä käännös (merkitty).
}
translation-all-done = Suunnitelman kaikki tekstit on käännetty (kieli: { $value }).
translation-single-language = Organisaatio toimii yhdellä kielellä, joten suunnitelmassa ei ole käännettäviä tekstejä. Kaksikielinen organisaatio valitsee toisen työkielensä asetuksista.
translation-settings-link = Siirry asetuksiin
translation-missing-badge = Ei vielä käännetty
translation-into = Käännös (kieli: { $value })
translation-what = Teksti
translation-save = Tallenna käännökset
translation-link = Tekstit molemmilla kielillä
translation-only-in = Suunnitelma on kirjoitettu vain yhdellä kielellä (kieli: { $value }); tekstit näytetään sellaisinaan.
translation-partly = Osa suunnitelman teksteistä on vain alkuperäiskielellä (kieli: { $value }): { $count }/{ $pages } tekstiltä puuttuu käännös, ja ne näytetään sellaisinaan.
translation-field-plan_title = Suunnitelman otsikko
translation-field-service_name = Palvelu
translation-field-service_unit = Yksikkö
translation-field-service_description = Palvelun kuvaus
translation-field-finding_description = Havainto
translation-field-finding_affected = Keitä koskee
translation-field-measure_title = Toimenpide
translation-field-measure_goal = Tavoite
translation-field-measure_unit = Vastuuyksikkö
translation-field-consultation_summary = Kuuleminen
translation-field-section_body = Osio
notice-translations-saved = { $count } käännöstä tallennettu.
round-publish-heading = Julkaise seurantaraportti
round-publish-hint = Julkaiseminen jäädyttää raportin tämän päivän tilanteeseen — kunkin toimenpiteen tila ja viimeisin päivitys tällä kierroksella, yksiköt mutta ei henkilöiden nimiä — ja tuo sen julki organisaation sivulle. Uusi julkaisu myöhemmin korvaa sen samassa osoitteessa.
round-publish = Julkaise raportti
round-publish-again = Julkaise uudelleen tämän päivän tilanteella
round-not-published = Tämän kierroksen raporttia ei ole julkaistu.
round-published-as-of = Julkaistu; se kuvaa tilannetta { $date }.
round-public-link = Avaa julkinen raportti
notice-round-published = Seurantaraportti on julkaistu.
round-report-title = Seurantaraportti
round-report-plan = Suunnitelma
round-report-period = Seurantakierros
round-report-as-of = Tilanne
round-report-note = Organisaation julkaisema: kunkin toimenpiteen tila ja viimeisin päivitys kierroksella. Yksiköt nimetään, henkilöitä ei.
step-in-guide = Tämä vaihe julkisessa oppaassa
org-nav-training = Koulutus
