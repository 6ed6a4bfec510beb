# National monitoring, part 2: roles, reviews, reminders, dashboards and the map.

## Reviews
reviews-title = Granskningar
reviews-back-to-org = Till organisationen
reviews-intro = Här finns de nationella tillsynsmyndigheternas granskningar av organisationens planer, med återkopplingen och organisationens svar. Historiken finns kvar.
reviews-start-heading = Granska en plan
reviews-start-link = Granska mot { $title }
reviews-history-heading = Granskningshistorik
reviews-none = Inga granskningar ännu.
review-new-title = Ny granskning
review-form-intro = Bedöm varje obligatoriskt element i ramverket, skriv dina iakttagelser och en rekommendation. Återkopplingen skickas med e-post till organisationens samordnare när du skickar granskningen.
review-open-plan = Öppna planen
review-subject = Vad som granskas
review-subject-none = Ingen plan (återkoppling om att planen saknas)
review-checklist-heading = Ramverkets obligatoriska element
review-missing-in-plan = Saknas enligt Jämliks fullständighetskontroll
review-subject-self-report = Egenrapport: { $title }
review-missing-in-self-report = Inte ikryssad i egenrapporten
review-others-heading = Planer och egenrapporter att granska
review-self-report-heading = Egenrapporten
review-self-report-jump = Stor förändring sedan förra rapporten
review-self-report-jump-confirmed = Bekräftad av organisationen
review-verdict = Bedömning
review-verdict-of = Bedömning: { $name }
review-note = Anteckning
review-note-of = Anteckning: { $name }
review-verdict-met = Uppfyllt
review-verdict-partly = Delvis uppfyllt
review-verdict-missing = Saknas
review-verdict-not_assessed = Inte bedömt
review-element = Element
review-verdicts-caption = Bedömning per element
review-findings = Iakttagelser
review-recommendation = Rekommendation
review-recommendation-adequate = Planen uppfyller kraven
review-recommendation-revise = Komplettera planen
review-recommendation-new_plan = Gör en ny plan
review-feedback = Återkoppling till organisationen
review-feedback-hint = (skickas med e-post)
review-submit = Skicka granskningen
review-sent-at = Skickad
review-reviewer = Granskare
review-answers-heading = Svar
review-answers-none = Inga svar ännu.
review-answer-label = Ditt svar
review-answer-submit = Skicka svaret
notice-review-sent = Granskningen är sparad och återkopplingen skickad.
notice-review-answered = Svaret är sparat och skickat.

mail-review-subject = Återkoppling på { $organisation }s plan: { $title }
mail-review-body =
    Hej!
    { "" }
    Den nationella tillsynen har granskat { $organisation }s arbete enligt { $title }.
    { "" }
    Rekommendation: { $value }
    { "" }
    { $feedback }
    { "" }
    Läs hela granskningen och svara här:
    { $link }
mail-review-answer-subject = Nytt svar på granskningen av { $organisation }
mail-review-answer-body =
    Hej!
    { "" }
    { $name } har svarat på granskningen av { $organisation }:
    { "" }
    { $feedback }
    { "" }
    Läs och svara här:
    { $link }

## Instructors
instructors-title = Handledare
instructors-intro = Handledare stöder de organisationer som tilldelats dem: de ser deras arbete och status men ändrar ingenting. Ge först personen rollen handledare under Personer.
instructors-assign-heading = Tilldela en organisation
instructors-none = Ingen har rollen handledare ännu.
instructors-instructor = Handledare
instructors-code = Organisationens kod
instructors-code-hint = (till exempel kommunkoden 905)
instructors-assign-submit = Tilldela
instructors-list-heading = Tilldelningar
instructors-no-assignments = Inga tilldelningar ännu.
instructors-caption = Handledare och deras organisationer
instructors-organisation = Organisation
instructors-actions = Åtgärder
instructors-remove = Ta bort { $organisation }
notice-instructor-assigned = Organisationen är tilldelad.
notice-instructor-unassigned = Tilldelningen är borttagen.

## Reminders
reminder-runs-title = Påminnelser om tidsfrister
reminder-runs-intro = Samordnarna påminns med e-post före en tidsfrist i deras ramverk och efter att den har passerat utan att kraven uppfyllts. Påminnelser före fristen är råd och kan avbeställas; påminnelser efter den är obligatoriska.
reminder-days-before = Dagar före fristen
reminder-days-after = Dagar efter fristen
reminder-runs-none = Jobbet har inte körts ännu.
reminder-runs-caption = De senaste körningarna
reminder-run-started = Startad
reminder-run-outcome = Resultat
reminder-run-considered = Frister
reminder-run-queued = Skickade
reminder-run-skipped = Avbeställda
reminder-run-done = Klar
reminder-run-failed = Misslyckades
reminder-run-running = Pågår

mail-deadline-before-subject = { $organisation }: { $title } – tidsfrist { $deadline }
mail-deadline-before-body =
    Hej { $name }!
    { "" }
    Tidsfristen för { $organisation } enligt { $title } är { $deadline }.
    { "" }
    Se läget här:
    { $link }
    { "" }
    Vill du inte få påminnelser före tidsfrister? Avbeställ här:
    { $value }
mail-deadline-after-subject = { $organisation }: tidsfristen { $deadline } för { $title } har passerat
mail-deadline-after-body =
    Hej { $name }!
    { "" }
    Tidsfristen för { $organisation } enligt { $title } var { $deadline }, och kraven är ännu inte uppfyllda.
    { "" }
    Se vad som saknas här:
    { $link }
    { "" }
    Det här meddelandet är obligatoriskt och kan inte avbeställas.

unsubscribe-title = Avbeställ påminnelser
unsubscribe-topic-deadline-before = påminnelser före tidsfrister
unsubscribe-confirm = Vill du avbeställa { $value }?
unsubscribe-for = Adress: { $name }
unsubscribe-mandatory = Påminnelser efter att en tidsfrist har passerat är obligatoriska och skickas ändå.
unsubscribe-submit = Avbeställ
unsubscribe-done = Du har avbeställt { $value }.

## The national overview and the map
overview-title = Nationell översikt
overview-map-title = Karta
overview-nav-label = Nationell översikt
overview-instructor-scope = Du ser de organisationer som tilldelats dig.
overview-filters = Filter
overview-size = Storlek (personal)
overview-framework = Ramverk
overview-status = Status
overview-apply = Visa
overview-clear = Rensa filtren
overview-filter-all = Alla
overview-headline = Läget
overview-summary = { $count } skyldigheter (organisation × ramverk); { $value } har en godkänd och aktuell plan.
overview-by-status = Skyldigheter per status
overview-count = Antal
overview-share-col = Andel
overview-share = { $value } %
overview-total = Totalt
overview-see-map = Se kartan över kommunerna i Finland
overview-charts = Fördelning
overview-charts-intro = Varje diagram visar andelen av varje status per grupp; tabellen under diagrammet har samma siffror.
overview-chart-summary = Staplat stapeldiagram: { $title }. Varje stapel är en grupp uppdelad på status; tabellen nedan ger antal och andelar.
overview-table-of = Siffrorna: { $title }
overview-group = Grupp
overview-by-country = Per land
overview-by-region = Per region
overview-by-kind = Per typ av organisation
overview-by-size = Per storlek
overview-by-framework = Per ramverk
overview-over-time = Över tid (vid varje årsskifte)
overview-today = I dag
overview-year-end = Slutet av { $value }
overview-unknown = Okänd
overview-list = Organisationer med den valda statusen
overview-list-limited = Visar de första { $count }. Begränsa med filtren.
overview-next-change = Nästa ändring
overview-size-unknown = Okänd
overview-size-1-29 = 1–29
overview-size-30-99 = 30–99
overview-size-100-249 = 100–249
overview-size-250-999 = 250–999
overview-size-1000-4999 = 1 000–4 999
overview-size-5000-plus = 5 000 eller fler
overview-map-intro = Kommunerna i Finland färgade och mönstrade efter status för { $title }. Listan bredvid kartan har samma uppgifter.
overview-map-heading = Karta
overview-map-keyboard = Varje kommun är en länk: gå med tabbtangenten, öppna med Enter.
overview-legend = Teckenförklaring
overview-map-no-status = Ingen status att visa
overview-map-source = Källa: { $value }
overview-map-list = Lista
overview-map-list-caption = Kommunerna och deras status: { $title }
overview-municipality = Kommun
