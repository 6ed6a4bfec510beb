# Planning: the organisation's overview, plans, the workspace steps, assessment, consultations, follow-up rounds, services, measures, indicators, bulk update, versions, exports, approval, publishing, the published plan and the measures' reminder mails.

demo-badge = Demodata
dashboard-title = Översikt
org-nav-members = Medlemmar
org-nav-settings = Inställningar
org-nav-audit = Ändringslogg
dashboard-plan-heading = Planens läge
dashboard-plan-none = Ingen plan har påbörjats i Jämlik ännu.
dashboard-measures-heading = Åtgärder som förfaller
dashboard-measures-none = Inga åtgärder ännu.
dashboard-members-heading = Medlemmar
dashboard-members-link = Visa medlemmarna
dashboard-your-role = Din roll
dashboard-facts-heading = Uppgifter
fact-other-names = Andra namn
fact-languages = Arbetsspråk
fact-none = Inga

# Planning workspace
org-nav-plans = Planer
org-nav-services = Tjänster och enheter
dashboard-plan-start = Påbörja en plan
dashboard-measure-count = Åtgärder: { $count }
plans-none = Inga planer ännu.
plans-list-label = Planer
plans-new-heading = Påbörja en plan
plans-new-intro = En plan kan omfatta flera lagar på en gång, till exempel likabehandlingsplanen och jämställdhetsplanen. Ange perioden och vilka som ingår i arbetsgruppen.
plans-field-title = Planens namn
plans-field-frameworks = Lagar och ramverk som planen omfattar
plans-field-start = Perioden börjar
plans-field-end = Perioden slutar
plans-field-working-group = Arbetsgrupp
plans-field-working-group-hint = (namn och roller, till exempel personalens representant)
plans-new-submit = Påbörja planen
plan-progress = Framsteg
plan-progress-done = { $value } % av åtgärderna klara
findings-intro = Gå igenom tjänsterna diskrimineringsgrund för diskrimineringsgrund. Anteckna varje risk för direkt eller indirekt diskriminering, vem den drabbar, hur allvarlig och hur sannolik den är.
findings-new-heading = Anteckna en iakttagelse
findings-new-submit = Spara iakttagelsen
finding-no-service = Hela organisationen
finding-scale-hint = (1 = låg, 4 = hög)
measures-by-status = Åtgärder per läge
measures-new-heading = Lägg till en åtgärd
measures-new-submit = Lägg till åtgärden
measure-title = Åtgärd
measure-field-finding = Iakttagelse som åtgärden svarar på
measure-no-finding = Ingen särskild iakttagelse
measure-field-goal = Mål
measure-field-owner = Ansvarig person
measure-no-owner = Ingen vald
measure-field-budget = Budget (euro eller kronor)
measure-field-start = Börjar
measure-overdue = förfallen
measure-back-to-plan = Tillbaka till planen
measure-update-heading = Rapportera läget
measure-note = Vad har hänt?
measure-update-submit = Spara lägesrapporten
measure-history-heading = Historik
services-title = Tjänster och enheter i { $organisation }
services-intro = Förteckningen över tjänster och enheter som kartläggs. Den som äger en tjänst antecknar iakttagelser för den.
services-none = Inga tjänster ännu.
services-caption = Tjänster och enheter
services-new-heading = Lägg till en tjänst eller enhet
services-new-submit = Lägg till
service-field-name = Namn
service-field-unit = Förvaltning eller enhet
service-field-description = Beskrivning
service-field-owner = Ansvarig för kartläggningen
notice-plan-created = Planen är påbörjad.
notice-finding-added = Iakttagelsen är sparad.
notice-measure-added = Åtgärden är tillagd.
notice-measure-updated = Lägesrapporten är sparad.
notice-service-added = Tjänsten är tillagd.
versions-heading = Godkännande och publicering
versions-none = Ingen version har godkänts ännu.
version-number = Version { $value }
version-public-link = Den publicerade planen
approve-heading = Anteckna godkännandet
approve-intro = När det beslutande organet har godkänt planen antecknar du beslutet här. Planen sparas då som en ny version. Alla åtgärder måste ha en ansvarig.
approve-submit = Anteckna godkännandet
publish-heading = Publicera
publish-intro = Den senast godkända versionen får en fast offentlig adress som alla kan läsa. Personers namn visas inte, bara ansvariga enheter.
publish-submit = Publicera den godkända versionen
notice-plan-approved = Godkännandet är antecknat och en ny version sparad.
notice-plan-unchanged = Planen har inte ändrats sedan den senast godkändes; ingen ny version sparades.
notice-plan-published = Planen är publicerad.
measure-field-catalogue = Åtgärd ur katalogen
measure-field-catalogue-hint = (fyller i namn och mål som lämnats tomma)
measure-no-catalogue = Ingen, jag skriver själv
bulk-export = Ladda ned åtgärderna (CSV)
bulk-heading = Uppdatera många åtgärder på en gång
bulk-intro = Ladda ned filen ovan, ändra läge, förfallodag eller anteckning i ett kalkylprogram och ladda upp den igen (UTF-8, semikolon). Filen kontrolleras hel: om någon rad är fel ändras ingenting.
bulk-file = Fil
bulk-submit = Ladda upp och uppdatera
bulk-result-title = Filen kunde inte användas
bulk-result-intro = Ingenting har ändrats. Rätta raderna nedan och ladda upp filen igen.
bulk-result-caption = Fel i filen
bulk-result-row = Rad
bulk-result-column = Kolumn
bulk-result-problem = Fel
bulk-problem-ragged = Raden har { $value } fält i stället för sex.
bulk-problem-unknown-measure = Det finns ingen åtgärd ”{ $value }” i den här planen.
bulk-problem-duplicate = Åtgärden ”{ $value }” förekommer flera gånger.
bulk-problem-status = ”{ $value }” är inget läge; använd planned, in_progress, done, delayed eller dropped.
bulk-problem-date = ”{ $value }” är inget datum; skriv ÅÅÅÅ-MM-DD.
bulk-problem-note = Anteckningen är för lång (högst 5 000 tecken).
notice-bulk-applied = Filen är inläst och åtgärderna uppdaterade.
version-changes-link = Ändringar sedan föregående version
changes-title = Ändringar i version { $value }
changes-intro = Vad som ändrats från version { $value } till version { $count }.
changes-none = Inga ändringar.
changes-caption = Ändringar
changes-col-kind = Ändring
changes-col-subject = Gäller
changes-col-field = Uppgift
change-kind-added = tillagd
change-kind-removed = borttagen
change-kind-changed = ändrad
change-field-title = Namn
change-field-period_end = Perioden slutar
change-field-working_group = Arbetsgrupp
change-field-description = Beskrivning
change-field-severity = Allvarlighet
change-field-status = Läge
change-field-due_date = Klar senast
change-field-responsible_unit = Ansvarig enhet
change-field-goal = Mål
mail-reminder-due-subject =
    Påminnelse: ”{ $title }” ska vara klar { $value }
mail-reminder-due-body =
    Hej { $name }!
    { "" }
    Åtgärden ”{ $title }” i { $organisation } ska vara klar { $value }. Du är ansvarig för den.
    { "" }
    Rapportera läget här:
    { $link }
mail-reminder-overdue-subject =
    Försenad: ”{ $title }” skulle ha varit klar { $value }
mail-reminder-overdue-body =
    Hej { $name }!
    { "" }
    Åtgärden ”{ $title }” i { $organisation } skulle ha varit klar { $value } och är inte markerad som klar.
    { "" }
    Rapportera läget, eller en ny tidsplan, här:
    { $link }

## XLSX and services import
bulk-export-xlsx = Ladda ned åtgärderna (XLSX)
bulk-intro-any = Ladda ned åtgärderna ovan som CSV eller XLSX, ändra läge, förfallodag eller anteckning i ett kalkylprogram och ladda upp filen igen i vilket som av formaten (CSV: UTF-8). Filen kontrolleras hel: om någon rad är fel ändras ingenting.
upload-problem-ragged = Raden har { $value } fält i stället för { $count }.
upload-problem-name-empty = Namnet saknas.
upload-problem-name-long = Namnet är för långt (högst 200 tecken).
upload-problem-name-control = Namnet ”{ $value }” innehåller en radbrytning eller ett annat styrtecken.
upload-problem-name-duplicate = Namnet ”{ $value }” förekommer flera gånger i filen.
upload-problem-name-exists = Organisationen har redan en tjänst eller enhet som heter ”{ $value }”.
upload-problem-unit-long = Förvaltningen eller enheten är för lång (högst 200 tecken).
upload-problem-description-long = Beskrivningen är för lång (högst 5 000 tecken).
upload-problem-owner-unknown = Ingen medlem i organisationen har e-postadressen ”{ $value }”.
upload-problem-owner-viewer = { $value } är läsare i organisationen och kan inte vara ansvarig för en kartläggning.
services-back = Tillbaka till tjänsterna
services-sheet-name = Tjänster
services-import-heading = Importera tjänster från en fil
services-import-intro = Ladda upp en CSV- eller XLSX-fil med kolumnerna name, unit, description och owner_email, en tjänst eller enhet per rad. Ansvarig är frivillig; om den anges ska det vara e-postadressen till en medlem i organisationen. Filen kontrolleras hel: om någon rad är fel läggs ingenting till.
services-template-csv = Ladda ned mallen (CSV)
services-template-xlsx = Ladda ned mallen (XLSX)
services-import-submit = Ladda upp och importera
notice-services-imported =
    { $count ->
        [one] En tjänst eller enhet har importerats.
       *[other] { $formatted } tjänster och enheter har importerats.
    }

## Measure editing, indicators, carrying forward
measure-edit-heading = Redigera åtgärden
measure-edit-refused = Inget sparades. Rätta de fält som är markerade nedan.
measure-edit-submit = Spara ändringarna
measure-carried-forward = Överförd från ”{ $title }”
indicators-none = Inga indikatorer ännu.
indicators-caption = Hur åtgärdens framsteg följs upp
indicator-field-name = Indikator
indicator-field-name-hint = (till exempel andelen blanketter som finns på svenska)
indicator-field-baseline = Utgångsläge
indicator-field-target = Målvärde
indicator-field-current = Nuläge
indicator-field-current-hint = (uppdateras vid uppföljningen)
indicator-edit-heading = Indikator: { $name }
indicator-save = Spara indikatorn
indicator-remove = Ta bort indikatorn
indicator-new-heading = Lägg till en indikator
indicator-new-intro = En indikator visar hur ni ser att åtgärden fungerar: vad som mäts, var det ligger nu och vart det ska nå.
indicator-add = Lägg till indikatorn
notice-measure-edited = Ändringarna är sparade.
notice-indicator-added = Indikatorn är tillagd.
notice-indicator-saved = Indikatorn är sparad.
notice-indicator-removed = Indikatorn är borttagen.
notice-evaluation-saved = Utvärderingen är sparad.
plan-stable-address = Planens offentliga adress, som alltid visar den senast publicerade versionen:
evaluation-heading = Utvärdering av den föregående planen
evaluation-intro = Alla åtgärder i den föregående planen med sin slutliga status. Skriv hur var och en fungerade. De åtgärder som inte blev klara har förts över till den här planen. Den föregående planen:
evaluation-submit = Spara utvärderingen
evaluation-caption = Den föregående planens åtgärder och deras utvärdering
evaluation-final-status = Slutlig status
evaluation-text = Utvärdering
plans-field-previous = Fortsätt från en tidigare plan
plans-field-previous-hint = (dess oavslutade åtgärder förs över, och ni utvärderar dess åtgärder)
plans-no-previous = Nej, börja från början
change-field-indicators = Indikatorer
change-field-evaluation = Utvärdering

## The cycle's working pages: steps, assessment, consultations, follow-up rounds

plan-nav-label = Planens delar
plan-back = Tillbaka till planen ”{ $title }”
cycle-heading = Arbetet steg för steg
cycle-intro = Varje ramverks steg, med vägledning, checklistor och de texter planen behöver.
completeness-heading = Fullständighet
completeness-complete = Planen har alla delar som ramverken kräver.
completeness-missing = Obligatoriska delar som saknas: { $count }. Varje länk öppnar steget där delen görs.
steps-nav-label = Ramverkets steg
step-title = Steg
step-guidance = Vad som görs i detta steg
step-nothing-to-fill = Steget har ingen checklista eller text att fylla i: följ vägledningen ovan.
step-checklists = Checklistor
step-save = Spara steget
element-required = obligatorisk
element-optional = frivillig
element-covered-by = Täcks också av:
element-text = Text i planen
coverage-measures = planens åtgärder
coverage-findings = iakttagelserna
coverage-assessments = bedömningen av tjänsterna
coverage-consultations = de registrerade samråden
coverage-approval = det registrerade godkännandet
coverage-follow-up = uppföljningsomgångarna
answer-yes = Ja
answer-no = Nej
answer-unanswered = Inte besvarad
assessment-title = Bedömning av tjänster
assessment-intro = Varje tjänst eller enhet bedöms mot varje diskrimineringsgrund: finns det risk för direkt eller indirekt diskriminering? Matrisen visar vad som är bedömt och var riskerna finns. Öppna en tjänst för att bedöma den.
assessment-summary = Bedömningen i siffror
assessment-assessed = bedömda par av tjänst och grund
assessment-hot-spots = riskområden (en iakttagelse med allvarlighet × sannolikhet 9 eller mer)
assessment-no-services = Lägg först till organisationens tjänster och enheter.
assessment-legend = Så läser du matrisen
assessment-matrix-caption = Tjänster och enheter × diskrimineringsgrunder
assessment-findings-count = iakttagelser: { $count }
assessment-hot-spot-legend = riskområde
conclusion-not_assessed = Inte bedömd
conclusion-no_risk = Ingen risk funnen
conclusion-unclear = Oklart, mer information behövs
conclusion-risk = Risk för diskriminering
conclusion-short-not_assessed = –
conclusion-short-no_risk = OK
conclusion-short-unclear = ?
conclusion-short-risk = Risk
assess-title = Bedöm en tjänst
assess-back-to-matrix = Tillbaka till matrisen
assess-intro = Ange för varje grund vad ni kom fram till och vad bedömningen bygger på: statistik, respons, klagomål, länkar. En risk bör leda till en iakttagelse i planen.
assess-perspectives = Bedömningens perspektiv
assess-grounds = Diskrimineringsgrunder
assess-evidence = Underlag (vad ni har granskat, länkar)
assess-checklist = Checklista för detta perspektiv
assess-save = Spara bedömningen
evidence-heading = Bifogat underlag
evidence-none = Inga filer bifogade.
evidence-attach = Bifoga en fil
evidence-file = Fil
evidence-limit = (högst 5 MB)
evidence-size = { $value } kB
consultations-title = Samråd
consultations-intro = Registrera vilka som har hörts när planen bereddes – rådet för personer med funktionsnedsättning, äldrerådet, ungdomsfullmäktige, mångkulturella föreningar, personalens företrädare – när och vad de sade.
consultations-none = Inga samråd registrerade ännu.
consultations-caption = Samråd
consultation-party = Vem som hördes
consultation-party-name = Organets eller gruppens namn
consultation-party-name-hint = (krävs för ”Annan”)
consultation-held-on = Datum
consultation-summary = Vad de sade
consultations-new-heading = Registrera ett samråd
consultations-new-submit = Registrera samrådet
party-disability_council = Rådet för personer med funktionsnedsättning
party-elderly_council = Äldrerådet
party-youth_council = Ungdomsfullmäktige
party-multicultural_association = Mångkulturell förening eller minoritetsförening
party-staff_representatives = Personalens företrädare
party-residents = Invånare, elever eller tjänsteanvändare
party-other = Annan
rounds-title = Uppföljningsomgångar
rounds-intro = Under en uppföljningsomgång uppdaterar de ansvariga sina åtgärder. Uppdateringar som görs medan en omgång pågår hör till den; omgångens rapport visar vem som har rapporterat och vem som inte har det.
rounds-none = Inga uppföljningsomgångar ännu.
rounds-new-heading = Starta en uppföljningsomgång
round-name = Namn
round-opens-on = Börjar
round-closes-on = Slutar
rounds-new-submit = Starta omgången
round-open = pågår
round-title = Uppföljningsomgång
round-intro = Varje åtgärds senaste uppdatering under denna omgång.
round-summary = Omgången i siffror
round-updated = uppdaterade åtgärder
round-missing = åtgärder utan uppdatering
round-caption = Åtgärderna och deras uppdateringar under omgången
round-update = Uppdatering under omgången
round-no-update = Ingen uppdatering ännu
notice-step-saved = Steget är sparat.
notice-assessment-saved = Bedömningen är sparad.
notice-consultation-added = Samrådet är registrerat.
notice-round-created = Uppföljningsomgången har startat.
mail-reminder-missing-update-subject =
    Uppföljning: rapportera om ”{ $title }” senast { $value }
mail-reminder-missing-update-body =
    Hej { $name },
    { "" }
    En uppföljningsomgång av jämlikhetsplanen i { $organisation } pågår till { $value }. Du har ännu inte rapporterat om åtgärden ”{ $title }”, som du ansvarar för.
    { "" }
    Rapportera läget här:
    { $link }
export-intro = Planen som den ser ut nu, som tillgänglig PDF, som redigerbart Word-dokument (DOCX) eller som webbsida (HTML), på vilket som helst av de tre språken.
export-docx = Word (DOCX)
round-export-heading = Uppföljningsrapport

## Plans, findings, measures, indicators, approval and exports: the plan pages and the published plan
fact-frameworks = Skyldigheter

plans-title = Planer för { $organisation }
plan-state-draft = Utkast
plan-period = Period
plan-state = Läge
findings-heading = Kartläggning och iakttagelser
findings-none = Inga iakttagelser ännu.
findings-caption = Iakttagelser, de allvarligaste först
finding-ground = Diskrimineringsgrund
finding-service = Tjänst eller enhet
finding-kind = Slag av risk
finding-kind-direct = Direkt diskriminering
finding-kind-indirect = Indirekt diskriminering
finding-description = Vad som iakttogs
finding-affected = Vem som drabbas
finding-severity = Allvarlighet
finding-likelihood = Sannolikhet
measures-heading = Åtgärder
measures-none = Inga åtgärder ännu.
measures-caption = Åtgärder i förfalloordning
measure-field-title = Åtgärd
measure-field-unit = Ansvarig enhet
measure-field-due = Klar senast
measure-status-planned = Planerad
measure-status-in_progress = Pågår
measure-status-done = Klar
measure-status-delayed = Försenad
measure-status-dropped = Slopad
approve-body = Godkänd av
approve-date = Beslutsdatum
approve-decision = Beslutets referens (protokoll, paragraf)
plan-state-approved = Godkänd
plan-state-published = Publicerad

indicators-heading = Indikatorer
indicator-summary = { $name }: { $baseline } → { $target }
indicator-summary-current = { $name }: { $baseline } → { $target } (nu { $current })

export-heading = Exportera
export-pdf = PDF
export-html = HTML

## The published plan
version = Version
public-plan-note = Planen visas som den godkändes. Åtgärdernas läge uppdateras i uppföljningen.

public-newer-version = Det här är version { $value } av planen. En nyare version har publicerats sedan dess.
public-newest-link = Läs den senaste versionen ({ $value })
public-stable-note = Den här adressen visar alltid den senast publicerade versionen av planen.
public-this-version = Det här är version { $value } av planen.
public-stable-link = Planens bestående adress

## Links from the organisation and its measures to analyses and self-reports
org-nav-analysis = Analyser

measure-analyses-heading = Analyser som används som underlag
org-nav-self-reports = Egenrapporter

## Översättningar av planens texter
translation-title = Texterna på båda språken
translation-intro = Varje text i planen så som den är skriven, med sin översättning till { $value }. Lämna en översättning tom där det ännu inte finns någon; läsarna ser då originalet, märkt som sådant.
translation-count = { $count ->
    [one] En text saknar ännu översättning (märkt).
   *[other] { $formatted } texter saknar ännu översättning (märkta).
}
translation-all-done = Alla texter i planen är översatta till { $value }.
translation-single-language = Organisationen arbetar på ett språk, så planen har inga texter att översätta. En tvåspråkig organisation väljer sitt andra arbetsspråk i inställningarna.
translation-settings-link = Till inställningarna
translation-missing-badge = Ännu inte översatt
translation-into = På { $value }
translation-what = Text
translation-save = Spara översättningarna
translation-link = Texterna på båda språken
translation-only-in = Planen är skriven endast på { $value }; texterna visas så som de är skrivna.
translation-partly = En del av planens texter finns endast på { $value }: { $count } av { $pages } saknar översättning och visas så som de är skrivna.
translation-field-plan_title = Planens rubrik
translation-field-service_name = Tjänst
translation-field-service_unit = Enhet
translation-field-service_description = Beskrivning av tjänsten
translation-field-finding_description = Iakttagelse
translation-field-finding_affected = Vem som berörs
translation-field-measure_title = Åtgärd
translation-field-measure_goal = Mål
translation-field-measure_unit = Ansvarig enhet
translation-field-consultation_summary = Samråd
translation-field-section_body = Avsnitt
notice-translations-saved = { $count } översättningar sparade.
round-publish-heading = Publicera uppföljningsrapporten
round-publish-hint = Att publicera fryser rapporten som den ser ut i dag — varje åtgärds status och senaste uppdatering i den här omgången, med enheter men aldrig personers namn — och gör den offentlig på organisationens sida. En ny publicering senare ersätter den på samma adress.
round-publish = Publicera rapporten
round-publish-again = Publicera igen med dagens läge
round-not-published = Rapporten för den här omgången har inte publicerats.
round-published-as-of = Publicerad; den beskriver läget den { $date }.
round-public-link = Öppna den offentliga rapporten
notice-round-published = Uppföljningsrapporten är publicerad.
round-report-title = Uppföljningsrapport
round-report-plan = Plan
round-report-period = Uppföljningsomgång
round-report-as-of = Läget den
round-report-note = Publicerad av organisationen: varje åtgärds status och senaste uppdatering i omgången. Enheter namnges, personer inte.
step-in-guide = Det här steget i den offentliga vägledningen
org-nav-training = Utbildning
