# Monitoring: self-reports, the national monitors' reviews, instructors, deadline reminder runs and unsubscribing.

## Reviews
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
instructors-actions = Åtgärder
instructors-remove = Ta bort { $organisation }
notice-instructor-assigned = Organisationen är tilldelad.
notice-instructor-unassigned = Tilldelningen är borttagen.

## Reminders
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

unsubscribe-title = Avbeställ påminnelser
unsubscribe-topic-deadline-before = påminnelser före tidsfrister
unsubscribe-confirm = Vill du avbeställa { $value }?
unsubscribe-for = Adress: { $name }
unsubscribe-mandatory = Påminnelser efter att en tidsfrist har passerat är obligatoriska och skickas ändå.
unsubscribe-submit = Avbeställ
unsubscribe-done = Du har avbeställt { $value }.

## Self-reports
national-status = Status
national-missing = Element som saknas
national-next-change = Status ändras

notice-self-report-submitted = Egenrapporten har lämnats in.

self-reports-title = Egenrapporter
self-reports-intro = Om er organisation gör sin plan utanför Jämlik rapporterar ni planens uppgifter här: när och av vem den godkändes, var den kan läsas, vilka obligatoriska delar den innehåller och, där lagen kräver det, lönekartläggningens siffror. Rapporten kontrolleras innan den sparas, och alla rapporter bevaras.
self-reports-status-caption = Organisationens status enligt varje ramverk, beräknad utifrån planer och rapporter
self-reports-none-reportable = Er organisation omfattas inte av något ramverk som tar emot egenrapporter. Kontrollera organisationstyp och antal anställda i inställningarna.
self-reports-choose = Välj ramverk
self-reports-new-heading = Ny egenrapport: { $title }
self-reports-submit = Lämna in rapporten
self-reports-history-heading = Inlämnade rapporter
self-reports-history-none = Inga rapporter ännu.
self-reports-history-caption = Inlämnade rapporter, nyaste först
self-reports-submitted = Inlämnad
self-reports-document = Plan
self-reports-open-link = Öppna länken
self-reports-open-file = Ladda ner pdf-filen

self-report-field-framework = Ramverk
self-report-field-approved-on = Datum för godkännande
self-report-field-approved-body = Organ som godkände planen
self-report-field-link = Länk till planen
self-report-field-file = Planen som pdf
self-report-field-elements = Obligatoriska delar som planen innehåller
self-report-field-pay-survey-on = Datum för lönekartläggningen
self-report-field-followed-up-on = Datum för den senaste uppföljningen
self-report-field-women-pay-percent = Kvinnors lön i procent av mäns
self-report-field-groups = Lönegrupper
self-report-field-q1-women = Kvinnor i den lägsta kvartilen
self-report-field-q1-men = Män i den lägsta kvartilen
self-report-field-q2-women = Kvinnor i den andra kvartilen
self-report-field-q2-men = Män i den andra kvartilen
self-report-field-q3-women = Kvinnor i den tredje kvartilen
self-report-field-q3-men = Män i den tredje kvartilen
self-report-field-q4-women = Kvinnor i den högsta kvartilen
self-report-field-q4-men = Män i den högsta kvartilen
self-report-field-mean = Genomsnittlig månadslön
self-report-field-median = Medianmånadslön
self-report-field-min = Lägsta månadslön
self-report-field-max = Högsta månadslön

self-report-approved-body-hint = (till exempel kommunstyrelsen eller samverkansgruppen)
self-report-link-hint = (en länk eller en pdf-fil behövs)
self-report-file-hint = (pdf, högst 10 MB)
self-report-elements-hint = Kryssa för varje del som den godkända planen innehåller. En del utan kryss visas som saknad i statusen.
self-report-pay-survey-on-hint = (om annat än datumet för godkännandet)
self-report-followed-up-on-hint = (lämna tomt om planen inte har följts upp ännu)
self-report-ratio-legend = Lönekartläggning: kvinnors lön i procent av mäns
self-report-percent-hint = (till exempel 96,5)
self-report-groups-hint = Ange siffran per löne- eller yrkesgrupp, så många grupper ni har (här högst fem).
self-report-group-name = Grupp { $value }: namn
self-report-group-percent = Grupp { $value }: kvinnors lön i procent av mäns
self-report-quartiles-legend = Lönekvartiler: andelen kvinnor och män
self-report-quartiles-hint = Ange för varje kvartil andelen kvinnor och andelen män i procent; tillsammans blir de 100.
self-report-quartile-women = Kvartil { $value }: kvinnor %
self-report-quartile-men = Kvartil { $value }: män %
self-report-distribution-legend = Lönespridning
self-report-distribution-hint = Månadslön för hela personalen, i euro eller kronor.
self-report-confirm-jump = Jag har kontrollerat siffran: förändringen sedan föregående rapport stämmer.
