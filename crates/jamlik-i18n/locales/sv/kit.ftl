# Shared by several capabilities: layout and navigation, generic words and form fields, register facts and names (roles, kinds, countries, languages, frameworks, regions, months), members' columns, audit trail, pager, file and upload problems, shared notices, analysis kinds, national monitoring's shared words and statuses, and the error table.

app-name = Jämlik
skip-to-content = Hoppa till innehållet
nav-label = Huvudmeny
nav-home = Mina organisationer
nav-admin = Administration
nav-profile = Profil
nav-sign-in = Logga in
nav-register = Register
nav-guide = Vägledning
nav-catalogue = Åtgärdskatalog
nav-courses = Kurser
nav-overview = Nationell översikt
nav-sign-out = Logga ut
language-switch-label = Språk
footer-about = Jämlik – öppen källkod för lagstadgat likabehandlings- och jämställdhetsarbete i Finland och Sverige.
save = Spara
back-to-dashboard = Tillbaka till översikten
field-email = E-post
field-name = Namn
field-optional = (frivilligt)
org-nav-label = Organisationens sidor
fact-country = Land
fact-kind = Typ
fact-code = Kod
fact-region = Region
fact-population = Invånare
fact-staff = Anställda
members-col-name = Namn
members-pending = har inte loggat in ännu
members-change-role = Byt roll
audit-title = Ändringslogg
audit-intro = Varje ändring: vem, när, vad, före och efter. Loggen kan inte ändras.
audit-caption = Ändringar, nyaste först
audit-col-when = När
audit-col-who = Vem
audit-col-what = Vad
audit-col-changes = Ändringar
audit-entity-organisation = Organisation
audit-entity-membership = Medlemskap
audit-entity-user = Person
audit-entity-api_token = API-nyckel
audit-action-create = skapad
audit-action-update = ändrad
audit-action-delete = borttagen
audit-action-import = importerad
audit-action-revoke = återkallad
audit-action-set_password = lösenord satt
audit-action-set_global_role = global roll ändrad
audit-action-sign_out_everywhere = utloggad överallt
audit-entity-analysis_job = Analys
audit-entity-analysis_retention = Lagring av analysdata
audit-entity-analysis_upload = Fil uppladdad för analys
audit-entity-assessment = Bedömning av en tjänst
audit-entity-consultation = Samråd
audit-entity-evidence_file = Bifogat underlag
audit-entity-followup_round = Uppföljningsomgång
audit-entity-instructor_assignment = Handledarens organisation
audit-entity-measure_analysis = Analys kopplad till en åtgärd
audit-entity-national_seed = Nationella demodata
audit-entity-plan_text = Plantext
audit-entity-translation = Översättning
audit-entity-reminder_subscription = Påminnelser
audit-entity-review = Granskning
audit-entity-review_answer = Svar på en granskning
audit-entity-self_report = Egenrapport
audit-action-finish = avslutad
audit-action-send = skickad
audit-action-unsubscribe = avbeställd
audit-col-action = Händelse
pager-label = Sidor
pager-previous = Föregående sida
pager-next = Nästa sida
pager-position = Sida { $page } av { $pages }
admin-nav-label = Administrationens sidor
admin-nav-orgs = Organisationer
admin-nav-users = Personer
admin-nav-audit = Ändringslogg
role-viewer = Läsare
role-contributor = Medverkande
role-coordinator = Samordnare
global-role-none = Ingen
global-role-national_monitor = Nationell tillsyn
global-role-admin = Administratör
kind-municipality = Kommun
kind-joint_authority = Samkommun eller välfärdsområde
kind-education_provider = Utbildningsanordnare
kind-employer = Arbetsgivare
kind-national_body = Nationell aktör
country-FI = Finland
country-SE = Sverige
language-sv = svenska
language-fi = finska
language-en = engelska
framework-fi-non-discrimination = Likabehandlingsplan (FI, diskrimineringslagen 1325/2014)
framework-fi-gender-equality = Jämställdhetsplan (FI, jämställdhetslagen 609/1986)
framework-fi-education = Läroanstaltens likabehandlings- och jämställdhetsplan (FI)
framework-se-active-measures = Aktiva åtgärder och lönekartläggning (SE, diskrimineringslagen 2008:567)
framework-gender-mainstreaming = Jämställdhetsintegrering
framework-eu-pay-transparency = EU:s lönetransparensdirektiv (2023/970)
month-1 = januari
month-2 = februari
month-3 = mars
month-4 = april
month-5 = maj
month-6 = juni
month-7 = juli
month-8 = augusti
month-9 = september
month-10 = oktober
month-11 = november
month-12 = december
region-FI-EK = Södra Karelen
region-FI-EP = Södra Österbotten
region-FI-ES = Södra Savolax
region-FI-IU = Östra Nyland
region-FI-KA = Kajanaland
region-FI-KH = Egentliga Tavastland
region-FI-KP = Mellersta Österbotten
region-FI-KS = Mellersta Finland
region-FI-KU = Mellersta Nyland
region-FI-KY = Kymmenedalen
region-FI-LA = Lappland
region-FI-LU = Västra Nyland
region-FI-PH = Päijänne-Tavastland
region-FI-PI = Birkaland
region-FI-PK = Norra Karelen
region-FI-PO = Österbotten
region-FI-PP = Norra Österbotten
region-FI-PS = Norra Savolax
region-FI-SA = Satakunta
region-FI-VK = Vanda och Kervo
region-FI-VS = Egentliga Finland
region-FI-HEL = Helsingfors
region-FI-AX = Åland
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

date-format-hint = (ÅÅÅÅ-MM-DD)
audit-entity-plan = Plan
audit-entity-service = Tjänst
audit-entity-finding = Iakttagelse
audit-entity-measure = Åtgärd
audit-entity-plan_version = Planversion
audit-entity-followup_report = Uppföljningsrapport
audit-action-approve = godkänd
audit-action-publish = publicerad
bulk-problem-encoding = Filen är inte i UTF-8. Spara den som ”CSV UTF-8” och försök igen.
bulk-problem-empty = Filen innehåller inga rader.
bulk-problem-unreadable = Raden kunde inte läsas som CSV.
bulk-problem-columns = Kolumnerna ska vara exakt { $expected }; filen har { $value }.
audit-action-bulk_update = uppdaterad från fil

upload-problem-windows-1252 = Filen är sparad som Windows-1252 (”ANSI”), inte UTF-8, så ”{ $value }” skulle läsas fel. Välj Spara som › ”CSV UTF-8” i Excel, eller ladda upp XLSX-filen.
upload-problem-xlsx-too-large = Arbetsboken är större än Jämlik läser från ett kalkylark ({ $value ->
        [unpacked] den packas upp till för många byte
        [part] en av dess delar packas upp till för många byte
        [run] en av dess texter är alldeles för lång
        [parts] den har för många delar
        [shared_strings] den anger för många texter
        [columns] den har värden för långt till höger
        [text] dess celler innehåller för mycket text
       *[cells] dess tabell har för många celler
    }). Spara bara tabellen på ett eget blad, eller spara den som CSV, och ladda upp den igen.
upload-problem-xlsx-corrupt = Filen ser ut som en Excel-arbetsbok (XLSX) men kan inte öppnas: den kan vara skadad eller bara delvis sparad. Spara den på nytt i kalkylprogrammet och ladda upp den.
upload-problem-xls = Filen är i det gamla Excel-formatet (.xls). Spara den som Excel-arbetsbok (.xlsx) eller som ”CSV UTF-8” och ladda upp den.

audit-entity-indicator = Indikator
audit-entity-plan_evaluation = Utvärdering av en åtgärd
audit-action-edit = redigerad
audit-action-carry_forward = överförd

notice-evidence-attached = Filen är bifogad.

global-role-instructor = Handledare
nav-national = Nationell översikt

admin-nav-instructors = Handledare

footer-open-data = Öppna data

analysis-kind-resources = Vem får vad (resurser per grupp)
analysis-kind-gap = Skillnad mellan två grupper, med kontrollvariabler
analysis-kind-pay-survey = Lönekartläggning per yrkesgrupp och kön
analysis-kind-representation = Representation jämfört med en referens (befolkningen eller en annan fil)
analysis-kind-pay-transparency = EU:s lönetransparensindikatorer (direktiv 2023/970)

reviews-title = Granskningar

instructors-organisation = Organisation

reminder-runs-title = Påminnelser om tidsfrister

overview-title = Nationell översikt
overview-map-title = Karta
overview-nav-label = Nationell översikt
overview-total = Totalt
overview-table-of = Siffrorna: { $title }
overview-group = Grupp

national-framework = Ramverk

# Each status's one name, for every page, legend and download (PlanStatus::message_key).
status-no-plan = Ingen plan
status-draft = Utkast
status-approved-current = Godkänd och aktuell
status-outdated = Föråldrad
status-elements-missing = Obligatoriska delar saknas
status-pay-survey-missing = Lönekartläggning saknas
status-follow-up-overdue = Uppföljning försenad

## The error table: every error-* message (ErrorCode::message_key and the error page).
error-request-id = Ärendenummer för supporten
error-back-to-start = Till startsidan
error-title-forbidden = Ingen åtkomst
error-title-not-found = Hittades inte
error-title-internal = Något gick fel
error-title-request = Begäran kunde inte utföras
error-auth-not-signed-in = Logga in för att fortsätta.
error-auth-invalid-credentials = E-postadressen eller lösenordet är fel.
error-auth-too-many-attempts = För många misslyckade inloggningar. Försök igen om { $minutes } minuter.
error-auth-busy = Jämlik kontrollerar många lösenord just nu. Försök igen om en stund.
error-auth-invalid-token = API-nyckeln saknas, är okänd eller har återkallats.
error-auth-forbidden = Din roll tillåter inte detta.
error-org-foreign = Du är inte medlem i den här organisationen.
error-request-csrf-rejected = Formuläret kom inte från Jämlik eller har blivit för gammalt. Ladda om sidan och försök igen.
error-request-not-found = Sidan finns inte.
error-org-not-found = Organisationen finns inte.
error-user-not-found = Personen finns inte.
error-member-not-found = Personen är inte medlem i organisationen.
error-token-not-found = API-nyckeln finns inte eller är redan återkallad.
error-request-too-large = Det som skickades är för stort.
error-request-malformed = Det som skickades kunde inte läsas (felaktigt formulär eller JSON).
error-request-invalid = Förfrågan kunde inte läsas: en del av adressen eller av det som skickades är felaktig. Kontrollera adressen eller gå tillbaka och försök igen.
error-user-invalid-email = Ange en giltig e-postadress, till exempel namn@kommun.fi.
error-user-duplicate-email = Det finns redan ett konto med den e-postadressen.
error-user-password-too-short = Lösenordet måste ha minst 10 tecken.
error-user-password-too-long = Lösenordet får ha högst 256 tecken.
error-user-passwords-differ = Lösenorden är inte likadana.
error-user-password-too-weak = Lösenordet är för lätt att gissa: { $reason ->
        [repeats] upprepade tecken eller grupper, som ”aaaa” eller ”abcabc”, gör det knappast svårare
        [sequence] serier som ”abcd” eller ”6543” är lätta att gissa
        [keyboard] rader och mönster av tangenter, som ”qwerty”, är lätta att gissa
        [common] det är ett av de vanligaste lösenorden eller liknar ett
        [word] ett enstaka ord är lätt att gissa
        [date] datum och årtal är lätta att gissa
        [name] namn, också ditt eget, är lätta att gissa
        [local] det bygger på Jämliks namn eller på ett ord som ofta används i lösenord, som ”lösenord” eller ”salasana”
        [personal] det bygger på ditt eget namn, din e-postadress eller din organisation
       *[other] det följer ett mönster som är lätt att gissa
    }. Använd några ord som inte hör ihop, eller ett längre lösenord.
error-user-password-unchanged = Det nya lösenordet är det nuvarande. Välj ett annat.
error-user-wrong-current-password = Det nuvarande lösenordet är fel.
error-user-too-many-password-checks = Det nuvarande lösenordet angavs fel för många gånger. Försök igen om { $minutes } minuter.
error-user-invalid-name = Ange ett namn på högst 100 tecken.
error-link-expired = Länken har gått ut. Be om en ny.
error-link-used = Länken har redan använts. Be om en ny om du behöver.
error-link-invalid = Länken är inte giltig. Kontrollera att hela länken kom med.
error-member-invalid-role = Välj en av rollerna samordnare, medverkande eller läsare.
error-member-duplicate = Personen är redan medlem i organisationen.
error-member-last-coordinator = Organisationen måste ha minst en samordnare. Utse en ny samordnare först.
error-org-invalid-name = Ange minst ett namn, högst 200 tecken.
error-org-invalid-kind = Välj en organisationstyp.
error-org-invalid-country = Välj Finland eller Sverige.
error-org-invalid-language = Välj minst ett arbetsspråk: svenska, finska eller engelska.
error-org-invalid-framework = Ett av de valda ramverken är okänt.
error-org-invalid-staff-size = Antalet anställda ska vara ett heltal mellan 0 och 10 000 000.
error-org-duplicate-code = En organisation med den koden finns redan i det landet.
error-org-invalid-code = Koden får bara innehålla bokstäver, siffror och bindestreck (högst 32 tecken).
error-user-invalid-global-role = Välj ingen, nationell tillsyn eller administratör.
error-token-invalid-name = Ge nyckeln ett namn på högst 100 tecken.
error-request-invalid-paging = Sidnumret eller sidstorleken är utanför det tillåtna (sidstorlek 1–500).
error-internal = Ett fel uppstod hos oss. Ingenting har sparats till hälften; försök igen om en stund. Uppge ärendenumret om du kontaktar supporten.
error-unavailable = Tjänsten är tillfälligt otillgänglig. Försök igen om en stund.

error-request-invalid-date = Ange datumet som ÅÅÅÅ-MM-DD, till exempel 2026-03-31.
error-request-text-too-long = Texten är för lång (högst 5 000 tecken).
error-plan-invalid-title = Ange ett namn eller en beskrivning.
error-plan-no-framework = Välj minst en lag eller ett ramverk som planen omfattar.
error-plan-dates-out-of-order = Slutdatumet måste komma efter startdatumet.
error-plan-not-found = Planen finns inte i den här organisationen.
error-service-not-found = Tjänsten finns inte i den här organisationen.
error-finding-not-found = Iakttagelsen finns inte i den här planen.
error-measure-not-found = Åtgärden finns inte i den här organisationen.
error-measure-invalid-status = Välj ett läge: planerad, pågår, klar, försenad eller slopad.
error-measure-invalid-budget = Ange budgeten som ett belopp med högst två decimaler, till exempel 1 250,50.
error-measure-owner-not-member = Den ansvariga personen måste vara medlem i organisationen.
error-finding-invalid-scale = Allvarlighet och sannolikhet anges med 1–4.
error-finding-invalid-kind = Välj direkt eller indirekt diskriminering.
error-finding-invalid-ground = Välj en av diskrimineringsgrunderna i listan.
error-plan-measure-without-owner = Åtgärden ”{ $title }” saknar ansvarig person eller enhet. Ange en ansvarig innan planen godkänns.
error-plan-approval-in-future = Beslutsdatumet kan inte ligga i framtiden.
error-plan-nothing-to-publish = Det finns ingen godkänd version att publicera. Anteckna godkännandet först.
error-plan-published-not-found = Det finns ingen publicerad plan på den här adressen.
error-measure-catalogue-not-found = Den valda åtgärden finns inte i katalogen för planens lagar.
error-plan-version-not-found = Planen har ingen sådan version.

error-measure-due-before-start = Slutdatumet kan inte vara före startdatumet.
error-request-short-text-too-long = Texten är för lång (högst 200 tecken på en rad).
error-indicator-not-found = Åtgärden har ingen sådan indikator.
error-plan-previous-not-found = Välj en tidigare plan i den här organisationen, eller ingen.
error-plan-evaluated-measure-not-found = Utvärderingen nämner en åtgärd som inte finns i den föregående planen.

error-consultation-invalid-party = Välj vem som hördes; för ”Annan” ska också namnet anges.
error-consultation-in-future = Ett samråd registreras när det har hållits: datumet kan inte ligga i framtiden.
error-assessment-invalid-conclusion = Välj en av slutsatserna för varje grund.
error-assessment-invalid-perspective = Perspektivet är inte ett av planens perspektiv. Ladda om sidan och välj ett perspektiv i listan.
error-checklist-invalid-answer = Svaret på ”{ $value }” passar inte frågan (ja eller nej, 1–4, ett tal eller ett datum ÅÅÅÅ-MM-DD).
error-plan-step-not-found = Planens ramverk har inget sådant steg.
error-evidence-empty = Välj en fil att bifoga; en tom fil kan inte bifogas.
error-evidence-too-large = Filen är större än 5 MB.
error-evidence-not-found = Filen finns inte.
error-round-not-found = Planen har ingen sådan uppföljningsomgång.
error-round-overlaps = Datumen överlappar en annan uppföljningsomgång i planen.
error-round-not-open-yet = Omgången har inte börjat än: dess rapport kan publiceras från omgångens första dag.
error-round-plan-unpublished = Publicera planen först: en uppföljningsrapport publiceras för en publicerad plan.
error-round-report-not-found = Det finns ingen publicerad uppföljningsrapport på den här adressen.
error-course-not-found = Det finns ingen sådan kurs, lektion eller quiz.
error-course-attempt-not-found = Det finns inget sådant försök. Börja ett nytt från modulens sida.
error-course-answer-unknown = Svaret gäller en fråga eller ett alternativ som inte finns i det här försöket. Ingenting sparades; svara på frågorna på sidan.
error-course-time-up = Tiden för försöket har gått ut, så svaren kunde inte tas emot. Börja ett nytt försök.
error-course-already-submitted = Försöket är redan inlämnat. Börja ett nytt försök om du vill försöka igen.
error-course-not-renewable = Ett intyg kan förnyas tidigast 90 dagar innan det går ut, och efter att det har gått ut.
error-course-invalid-target = Skriv målet som ett helt procenttal från 1 till 100 och ett datum, till exempel 100 och 30.6.2027.
error-certificate-not-found = Det finns inget intyg med den koden. Kontrollera koden så som den står på intyget.
error-certificate-invalid-name = Skriv namnet som ska stå på dina intyg, högst 120 tecken.
error-guide-not-found = Vägledningen har ingen sådan skyldighet och inget sådant steg.
error-catalogue-unknown-filter = Katalogen har ingen skyldighet eller kategori ”{ $value }”. Välj ur listan.
error-guide-search-too-long = Sökningen får vara högst 100 tecken lång. Skriv ett ord eller två.
error-guide-search-empty = Skriv minst en bokstav eller siffra att söka efter.

error-analysis-invalid-retention = Sparandetiden är ett helt antal dagar från 0 till 3650.
error-analysis-upload-not-found = Den uppladdade filen finns inte: den kan ha raderats när sparandetiden gick ut. Ladda upp den igen.
error-analysis-job-not-found = Analysen finns inte.
error-analysis-not-finished = Analysen har inget resultat att bifoga.
error-analysis-file-too-large = Filen är större än 20 MB.
error-analysis-invalid-mapping = Välj en gruppvariabel och ett utfall (och en yrkesgrupp för lönekartläggningen, en gruppkolumn i referensfilen för representationen), varje kolumn i endast en roll, och en minsta grupp från 3 till 100.
error-analysis-invalid-kind = Välj en av de erbjudna analyserna.
error-analysis-input = Filen kan inte analyseras.
error-analysis-no-baseline = Välj en referens för representationen. Befolkningstabellen omfattar endast finländska kommuner; andra organisationer jämför med en fil som de först laddar upp.
error-analysis-baseline-not-found = Filen som valts som referens finns inte längre kvar (uppladdade filer raderas när de analyserats, eller efter ett dygn). Ladda upp den igen.
error-analysis-invalid-age-range = Åldrarna är hela år från 0 till 100, den första inte över den sista.
error-analysis-no-variable-pay = Välj kolumnen för rörlig lön: direktivet kräver skillnaden i rörlig lön och andelen kvinnor och män som får den. Om ingen får någon, lägg till en kolumn med nollor.

## Errors
error-review-not-found = Granskningen finns inte i den här organisationen.
error-review-invalid-verdict = Välj en bedömning för varje element: uppfyllt, delvis uppfyllt, saknas eller inte bedömt.
error-review-invalid-recommendation = Välj en rekommendation.
error-review-empty-feedback = Skriv återkopplingen till organisationen.
error-review-empty-answer = Skriv ditt svar.
error-review-framework-not-obliged = Organisationen omfattas inte av det ramverket.
error-instructor-not-instructor = Bara personer med rollen handledare kan tilldelas organisationer.
error-instructor-duplicate = Organisationen är redan tilldelad den handledaren.
error-instructor-assignment-not-found = Organisationen är inte tilldelad den handledaren.
error-national-invalid-filter = Ett filter har ett värde som inte finns. Välj bland alternativen.
error-translation-language = Översättningar görs till organisationens andra arbetsspråk. Välj det först i organisationens inställningar.
error-translation-unknown-text = Planen har ingen sådan text att översätta. Ladda om sidan: texten kan ha tagits bort.
error-register-search-too-long = Sökningen får vara högst 100 tecken lång. Skriv en del av ett namn eller en kommunkod.
error-register-search-empty = Skriv minst en bokstav eller siffra ur ett namn eller en kod att söka efter.

error-national-invalid-status = Statusfiltret anger ingen känd status. Använd något av värdena: { $statuses }.
error-national-invalid-year = Det finns inga uppgifter för år { $value } (2015–2100).
error-national-unknown-framework = Ramverket { $value } följs inte upp nationellt.
error-national-unknown-municipality = Ingen organisation har koden { $value }. Använd den officiella kommunkoden, till exempel 091 eller 0180.
error-national-page-size-too-large = Sidstorleken är större än det tillåtna maximum { $value }.
error-self-report-missing-field = { $field }: fältet är obligatoriskt.
error-self-report-invalid-date = { $field }: inget giltigt datum (ÅÅÅÅ-MM-DD).
error-self-report-future-date = { $field }: datumet ligger i framtiden.
error-self-report-invalid-number = { $field }: inget tal.
error-self-report-share-out-of-range = { $field }: en andel ska vara mellan 0 och 100 %.
error-self-report-ratio-out-of-range = { $field }: kvinnors lön i procent av mäns ska vara över 0 och högst 200.
error-self-report-quartiles-do-not-add-up = { $field }: andelarna kvinnor och män i kvartilen blir tillsammans { $total } %, inte 100 %.
error-self-report-negative-pay = { $field }: en lön kan inte vara negativ.
error-self-report-min-above-max = { $field }: den lägsta lönen är högre än den högsta.
error-self-report-outside-min-max = { $field }: siffran ligger utanför den lägsta och den högsta lönen.
error-self-report-jump-unconfirmed = { $field }: siffran har ändrats från { $previous } till { $current }, mer än { $threshold } procentenheter sedan föregående rapport. Kontrollera den och bekräfta nedan.
error-self-report-no-document = { $field }: ange en länk till planen eller bifoga den som pdf.
error-self-report-invalid-link = { $field }: länken ska vara en webbadress som börjar med https:// eller http://.
error-self-report-not-pdf = { $field }: filen är ingen pdf-fil.
error-self-report-unknown-element = { $field }: en ikryssad del hör inte till ramverkets obligatoriska delar.
error-self-report-framework-not-reportable = { $field }: er organisation kan inte rapportera enligt det här ramverket.
error-self-report-not-found = Egenrapporten finns inte.
