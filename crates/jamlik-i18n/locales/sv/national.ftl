# National monitoring: the national overview and the map, and the deadline reminder mails.

## Deadline reminder mails (the deadline reminder job)
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

## The national overview and the map
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
overview-see-map = Se kartan över kommunerna
overview-charts = Fördelning
overview-charts-intro = Varje diagram visar andelen av varje status per grupp; tabellen under diagrammet har samma siffror.
overview-chart-summary = Staplat stapeldiagram: { $title }. Varje stapel är en grupp uppdelad på status; tabellen nedan ger antal och andelar.
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

## Den offentliga översikten
public-overview-title = Läget i landet
public-overview-map-title = Karta över kommunerna
public-overview-lead = Status för varje skyldig organisations jämställdhets- och likabehandlingsplaner i Finland och Sverige, beräknad varje dag från publicerade planer och självrapporter. Öppna en organisation för att se vad som saknas och när statusen ändras nästa gång.
overview-map-intro-se = Kommunerna i Sverige färgade och mönstrade efter status för { $title }. Listan bredvid kartan har samma uppgifter.
