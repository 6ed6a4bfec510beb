# Open data: the open data page and its downloadable files.

open-data-title = Open data
open-data-lead = Every obliged organisation's status under each framework, and the key facts of published plans, free to reuse. Statuses are computed from the plans in Jämlik and the organisations' self-reports with the rules of each framework; organisations are identified by their official municipality codes.
open-data-licence-line = Licence: CC BY 4.0 ({ $link }). Source: Jämlik. Mention the source when you reuse the data.
open-data-demo-line = DEMO DATA: the statuses and plans of this instance are invented for demonstration and describe no real municipality.
open-data-as-of-line = Statuses as of { $value }.
open-data-notes-sheet = Licence
open-data-downloads-heading = Downloads
open-data-download-statuses = Statuses ({ $value })
open-data-download-plans = Published plans ({ $value })
open-data-csv-note = The CSV files are UTF-8 with commas; their first lines, starting with #, carry the licence. The XLSX files carry it on a sheet of their own, the JSON files in the field licence_line.
open-data-api-heading = API
open-data-api-text = The same data as a read-only JSON API with paging (page, page_size up to 500) and filters (organisation by municipality code, framework, status, region, year). No key is needed.
open-data-api-document = The API's OpenAPI document
open-data-summary-heading = Statuses now
open-data-summary-none = No organisation is monitored yet.
open-data-summary-caption = Obliged organisations by framework and status, { $value }
open-data-total = Total
