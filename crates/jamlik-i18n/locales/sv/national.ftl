# Nationell uppföljning: status, egenrapporter, öppna data.

national-framework = Ramverk
national-status = Status
national-missing = Element som saknas
national-next-change = Status ändras

# Each status's one name, for every page, legend and download (PlanStatus::message_key).
status-no-plan = Ingen plan
status-draft = Utkast
status-approved-current = Godkänd och aktuell
status-outdated = Föråldrad
status-elements-missing = Obligatoriska delar saknas
status-pay-survey-missing = Lönekartläggning saknas
status-follow-up-overdue = Uppföljning försenad

org-nav-self-reports = Egenrapporter
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
