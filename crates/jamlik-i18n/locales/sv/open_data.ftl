# Open data: the open data page and its downloadable files.

open-data-title = Öppna data
open-data-lead = Status för varje skyldig organisation enligt varje ramverk och nyckeluppgifter om publicerade planer, fria att återanvända. Statusen beräknas utifrån planerna i Jämlik och organisationernas egenrapporter med respektive ramverks regler; organisationerna identifieras med sina officiella kommunkoder.
open-data-licence-line = Licens: CC BY 4.0 ({ $link }). Källa: Jämlik. Ange källan när ni återanvänder uppgifterna.
open-data-demo-line = DEMODATA: statusen och planerna i den här installationen är påhittade för demonstration och beskriver ingen verklig kommun.
open-data-as-of-line = Status per { $value }.
open-data-notes-sheet = Licens
open-data-downloads-heading = Nedladdningar
open-data-download-statuses = Status ({ $value })
open-data-download-plans = Publicerade planer ({ $value })
open-data-csv-note = CSV-filerna är UTF-8 med kommatecken; de första raderna, som börjar med #, anger licensen. I XLSX-filerna står den på ett eget blad och i JSON-filerna i fältet licence_line.
open-data-api-heading = API
open-data-api-text = Samma uppgifter finns som ett JSON-API för läsning, med sidindelning (page, page_size högst 500) och filter (organisation med kommunkod, ramverk, status, region, år). Ingen nyckel behövs.
open-data-api-document = API:ets OpenAPI-dokument
open-data-summary-heading = Status just nu
open-data-summary-none = Ingen organisation följs upp ännu.
open-data-summary-caption = Skyldiga organisationer per ramverk och status, { $value }
open-data-total = Totalt
