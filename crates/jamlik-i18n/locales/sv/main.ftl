# Jämlik — svenska (standardspråk).
# Every key here exists in all three files; a test checks it.

app-name = Jämlik
skip-to-content = Hoppa till innehållet
nav-label = Huvudmeny
nav-home = Mina organisationer
nav-admin = Administration
nav-profile = Profil
nav-sign-in = Logga in
nav-sign-out = Logga ut
language-switch-label = Språk
footer-about = Jämlik – öppen källkod för lagstadgat likabehandlings- och jämställdhetsarbete i Finland och Sverige.
save = Spara
back-to-dashboard = Tillbaka till översikten
demo-badge = Demodata
start-title = Start
start-heading = Likabehandling och jämställdhet – planerat, genomfört och uppföljt
start-lead = Jämlik hjälper kommuner och andra organisationer i Finland och Sverige att göra det lagstadgade arbetet från början till slut: kartlägga sina tjänster, planera åtgärder, genomföra, följa upp och publicera – och visar nationella aktörer var hela landet står.
start-go-home = Till mina organisationer
start-who-heading = För vem
start-who-coordinator = Samordnare
start-who-coordinator-text = Leder planeringen, bjuder in kolleger och publicerar planen.
start-who-contributor = Medverkande
start-who-contributor-text = Kartlägger sina egna tjänster och enheter, äger åtgärder och rapporterar hur de går.
start-who-monitor = Nationell tillsyn
start-who-monitor-text = Ser alla skyldiga organisationers läge, granskar planer och ger återkoppling.
start-who-public = Invånare
start-who-public-text = Läser publicerade planer, uppföljningar och öppna data utan konto.
start-register-heading = Registret
start-register-fi = kommuner i Finland
start-register-se = kommuner i Sverige
start-register-source = Källor: Statistikcentralen (CC BY 4.0), SCB (CC0).
sign-in-title = Logga in
field-email = E-post
field-password = Lösenord
field-name = Namn
field-optional = (frivilligt)
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
home-title = Mina organisationer
home-no-orgs = Du är inte medlem i någon organisation ännu. Be din organisations samordnare om en inbjudan.
home-orgs-label = Organisationer
home-all-orgs = Alla organisationer
dashboard-title = Översikt
org-nav-label = Organisationens sidor
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
fact-country = Land
fact-kind = Typ
fact-code = Kod
fact-region = Region
fact-population = Invånare
fact-staff = Anställda
fact-languages = Arbetsspråk
fact-frameworks = Skyldigheter
fact-none = Inga
members-title = Medlemmar i { $organisation }
members-caption = Medlemmar och roller
members-col-name = Namn
members-col-role = Roll
members-col-since = Medlem sedan
members-col-actions = Ändra
members-pending = har inte loggat in ännu
members-role-of = Roll för { $name }
members-change-role = Byt roll
members-remove = Ta bort
members-remove-named = Ta bort { $name }
members-invite-heading = Bjud in en person
members-invite-intro = Personen får ett e-postmeddelande. Den som saknar konto får en länk för att välja lösenord.
members-invite-submit = Bjud in
settings-title = Inställningar för { $organisation }
settings-languages = Arbetsspråk
settings-frameworks = Lagar och ramverk som organisationen omfattas av
settings-staff-hint = (antal anställda, frivilligt)
audit-title = Ändringslogg
audit-title-org = Ändringslogg för { $organisation }
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
audit-col-action = Händelse
pager-label = Sidor
pager-previous = Föregående sida
pager-next = Nästa sida
pager-position = Sida { $page } av { $pages }
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
admin-nav-label = Administrationens sidor
admin-nav-orgs = Organisationer
admin-nav-users = Personer
admin-nav-audit = Ändringslogg
admin-orgs-title = Organisationer
admin-orgs-search = Sök namn eller kod
admin-orgs-all-countries = Alla länder
admin-orgs-search-submit = Sök
admin-orgs-found = Träffar: { $count }
admin-orgs-caption = Organisationer i namnordning
admin-orgs-col-name = Namn
admin-orgs-new-heading = Lägg till en organisation
admin-orgs-new-intro = Kommunerna finns redan i registret. Här läggs andra organisationer till: samkommuner, utbildningsanordnare, arbetsgivare.
admin-orgs-code-hint = (till exempel FO-nummer, frivilligt)
admin-orgs-name-fi = Namn på finska
admin-orgs-name-sv = Namn på svenska
admin-orgs-name-en = Namn på engelska
admin-orgs-new-submit = Lägg till
admin-users-title = Personer
admin-users-search = Sök namn eller e-post
admin-users-caption = Personer och globala roller
admin-users-col-global-role = Global roll
admin-users-role-of = Global roll för { $name }
error-request-id = Ärendenummer för supporten
error-back-to-start = Till startsidan
error-title-forbidden = Ingen åtkomst
error-title-not-found = Hittades inte
error-title-internal = Något gick fel
error-title-request = Begäran kunde inte utföras
notice-signed-out = Du är utloggad.
notice-signed-out-everywhere = Du är utloggad på alla enheter.
notice-password-set = Lösenordet är sparat. Logga in med det.
notice-reset-sent = Om det finns ett konto för adressen har vi skickat en länk dit.
notice-member-invited = Personen är inbjuden och har fått e-post.
notice-member-updated = Rollen är ändrad.
notice-member-removed = Personen är borttagen ur organisationen.
notice-settings-saved = Inställningarna är sparade.
notice-profile-saved = Profilen är sparad.
notice-password-changed = Lösenordet är bytt. Andra inloggningar har avslutats.
notice-token-revoked = Nyckeln är återkallad.
notice-organisation-created = Organisationen är tillagd.
notice-user-updated = Personens roll är ändrad.
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
region-FI-KU = Kymmenedalen
region-FI-KY = Mellersta Nyland
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
mail-invitation-subject = Du har bjudits in till { $organisation } i Jämlik
mail-invitation-body-new =
    Hej!
    { "" }
    { $inviter } har bjudit in dig till { $organisation } i Jämlik, verktyget för likabehandlings- och jämställdhetsarbete.
    { "" }
    Välj ditt lösenord här (länken gäller i sju dagar):
    { $link }
    { "" }
    Om du inte väntade dig detta kan du bortse från meddelandet.
mail-invitation-body-existing =
    Hej!
    { "" }
    { $inviter } har lagt till dig i { $organisation } i Jämlik. Logga in som vanligt:
    { $link }
mail-reset-subject = Välj ett nytt lösenord i Jämlik
mail-reset-body =
    Hej { $name }!
    { "" }
    Någon (förhoppningsvis du) bad om ett nytt lösenord. Välj det här inom en timme:
    { $link }
    { "" }
    Om det inte var du behöver du inte göra något.
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
        [personal] det bygger på ditt eget namn eller din e-postadress
       *[other] det följer ett mönster som är lätt att gissa
    }. Använd några ord som inte hör ihop, eller ett längre lösenord.
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

# Planning workspace
org-nav-plans = Planer
org-nav-services = Tjänster och enheter
dashboard-plan-start = Påbörja en plan
dashboard-measure-count = Åtgärder: { $count }
date-format-hint = (ÅÅÅÅ-MM-DD)
plans-title = Planer för { $organisation }
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
plan-state-draft = Utkast
plan-period = Period
plan-state = Läge
plan-progress = Framsteg
plan-progress-done = { $value } % av åtgärderna klara
findings-heading = Kartläggning och iakttagelser
findings-intro = Gå igenom tjänsterna diskrimineringsgrund för diskrimineringsgrund. Anteckna varje risk för direkt eller indirekt diskriminering, vem den drabbar, hur allvarlig och hur sannolik den är.
findings-none = Inga iakttagelser ännu.
findings-caption = Iakttagelser, de allvarligaste först
findings-new-heading = Anteckna en iakttagelse
findings-new-submit = Spara iakttagelsen
finding-ground = Diskrimineringsgrund
finding-service = Tjänst eller enhet
finding-no-service = Hela organisationen
finding-kind = Slag av risk
finding-kind-direct = Direkt diskriminering
finding-kind-indirect = Indirekt diskriminering
finding-description = Vad som iakttogs
finding-affected = Vem som drabbas
finding-severity = Allvarlighet
finding-likelihood = Sannolikhet
finding-scale-hint = (1 = låg, 4 = hög)
measures-heading = Åtgärder
measures-by-status = Åtgärder per läge
measures-none = Inga åtgärder ännu.
measures-caption = Åtgärder i förfalloordning
measures-new-heading = Lägg till en åtgärd
measures-new-submit = Lägg till åtgärden
measure-title = Åtgärd
measure-field-title = Åtgärd
measure-field-finding = Iakttagelse som åtgärden svarar på
measure-no-finding = Ingen särskild iakttagelse
measure-field-goal = Mål
measure-field-owner = Ansvarig person
measure-no-owner = Ingen vald
measure-field-unit = Ansvarig enhet
measure-field-budget = Budget (euro eller kronor)
measure-field-start = Börjar
measure-field-due = Klar senast
measure-overdue = förfallen
measure-back-to-plan = Tillbaka till planen
measure-update-heading = Rapportera läget
measure-note = Vad har hänt?
measure-update-submit = Spara lägesrapporten
measure-history-heading = Historik
measure-status-planned = Planerad
measure-status-in_progress = Pågår
measure-status-done = Klar
measure-status-delayed = Försenad
measure-status-dropped = Slopad
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
audit-entity-plan = Plan
audit-entity-service = Tjänst
audit-entity-finding = Iakttagelse
audit-entity-measure = Åtgärd
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
versions-heading = Godkännande och publicering
versions-none = Ingen version har godkänts ännu.
version-number = Version { $value }
version = Version
version-public-link = Den publicerade planen
approve-heading = Anteckna godkännandet
approve-intro = När det beslutande organet har godkänt planen antecknar du beslutet här. Planen sparas då som en ny version. Alla åtgärder måste ha en ansvarig.
approve-body = Godkänd av
approve-date = Beslutsdatum
approve-decision = Beslutets referens (protokoll, paragraf)
approve-submit = Anteckna godkännandet
publish-heading = Publicera
publish-intro = Den senast godkända versionen får en fast offentlig adress som alla kan läsa. Personers namn visas inte, bara ansvariga enheter.
publish-submit = Publicera den godkända versionen
public-plan-note = Planen visas som den godkändes. Åtgärdernas läge uppdateras i uppföljningen.
plan-state-approved = Godkänd
plan-state-published = Publicerad
start-published-heading = Publicerade planer
notice-plan-approved = Godkännandet är antecknat och en ny version sparad.
notice-plan-unchanged = Planen har inte ändrats sedan den senast godkändes; ingen ny version sparades.
notice-plan-published = Planen är publicerad.
audit-entity-plan_version = Planversion
audit-action-approve = godkänd
audit-action-publish = publicerad
error-plan-measure-without-owner = Åtgärden ”{ $title }” saknar ansvarig person eller enhet. Ange en ansvarig innan planen godkänns.
error-plan-approval-in-future = Beslutsdatumet kan inte ligga i framtiden.
error-plan-nothing-to-publish = Det finns ingen godkänd version att publicera. Anteckna godkännandet först.
error-plan-published-not-found = Det finns ingen publicerad plan på den här adressen.
measure-field-catalogue = Åtgärd ur katalogen
measure-field-catalogue-hint = (fyller i namn och mål som lämnats tomma)
measure-no-catalogue = Ingen, jag skriver själv
error-measure-catalogue-not-found = Den valda åtgärden finns inte i katalogen för planens lagar.
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
bulk-problem-encoding = Filen är inte i UTF-8. Spara den som ”CSV UTF-8” och försök igen.
bulk-problem-empty = Filen innehåller inga rader.
bulk-problem-unreadable = Raden kunde inte läsas som CSV.
bulk-problem-columns = Kolumnerna ska vara exakt { $expected }; filen har { $value }.
bulk-problem-ragged = Raden har { $value } fält i stället för sex.
bulk-problem-unknown-measure = Det finns ingen åtgärd ”{ $value }” i den här planen.
bulk-problem-duplicate = Åtgärden ”{ $value }” förekommer flera gånger.
bulk-problem-status = ”{ $value }” är inget läge; använd planned, in_progress, done, delayed eller dropped.
bulk-problem-date = ”{ $value }” är inget datum; skriv ÅÅÅÅ-MM-DD.
bulk-problem-note = Anteckningen är för lång (högst 5 000 tecken).
notice-bulk-applied = Filen är inläst och åtgärderna uppdaterade.
audit-action-bulk_update = uppdaterad från fil
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
error-plan-version-not-found = Planen har ingen sådan version.
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
indicators-heading = Indikatorer
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
indicator-summary = { $name }: { $baseline } → { $target }
indicator-summary-current = { $name }: { $baseline } → { $target } (nu { $current })
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
public-newer-version = Det här är version { $value } av planen. En nyare version har publicerats sedan dess.
public-newest-link = Läs den senaste versionen ({ $value })
public-stable-note = Den här adressen visar alltid den senast publicerade versionen av planen.
public-this-version = Det här är version { $value } av planen.
public-stable-link = Planens bestående adress
audit-entity-indicator = Indikator
audit-entity-plan_evaluation = Utvärdering av en åtgärd
audit-action-edit = redigerad
audit-action-carry_forward = överförd
change-field-indicators = Indikatorer
change-field-evaluation = Utvärdering
error-measure-due-before-start = Slutdatumet kan inte vara före startdatumet.
error-request-short-text-too-long = Texten är för lång (högst 200 tecken på en rad).
error-indicator-not-found = Åtgärden har ingen sådan indikator.
error-plan-previous-not-found = Välj en tidigare plan i den här organisationen, eller ingen.
error-plan-evaluated-measure-not-found = Utvärderingen nämner en åtgärd som inte finns i den föregående planen.
