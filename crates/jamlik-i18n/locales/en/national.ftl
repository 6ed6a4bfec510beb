# National monitoring: the national overview and the map, and the deadline reminder mails.

## Deadline reminder mails (the deadline reminder job)
mail-deadline-before-subject = { $organisation }: { $title } – deadline { $deadline }
mail-deadline-before-body =
    Hello { $name },
    { "" }
    { $organisation }'s deadline under { $title } is { $deadline }.
    { "" }
    See where things stand here:
    { $link }
    { "" }
    Do you not want reminders before deadlines? Unsubscribe here:
    { $value }
mail-deadline-after-subject = { $organisation }: the deadline { $deadline } for { $title } has passed
mail-deadline-after-body =
    Hello { $name },
    { "" }
    { $organisation }'s deadline under { $title } was { $deadline }, and the requirements are not met yet.
    { "" }
    See what is missing here:
    { $link }
    { "" }
    This message is mandatory and cannot be unsubscribed from.

## The national overview and the map
overview-instructor-scope = You see the organisations assigned to you.
overview-filters = Filters
overview-size = Size (staff)
overview-framework = Framework
overview-status = Status
overview-apply = Show
overview-clear = Clear the filters
overview-filter-all = All
overview-headline = Where things stand
overview-summary = { $count } obligations (organisation × framework); { $value } have an approved, current plan.
overview-by-status = Obligations by status
overview-count = Count
overview-share-col = Share
overview-share = { $value }%
overview-see-map = See the map of municipalities
overview-charts = Breakdowns
overview-charts-intro = Each chart shows the share of each status per group; the table under the chart holds the same numbers.
overview-chart-summary = Stacked bar chart: { $title }. Each bar is a group split by status; the table below gives the counts and shares.
overview-by-country = By country
overview-by-region = By region
overview-by-kind = By kind of organisation
overview-by-size = By size
overview-by-framework = By framework
overview-over-time = Over time (at each year end)
overview-today = Today
overview-year-end = End of { $value }
overview-unknown = Unknown
overview-list = Organisations with the chosen status
overview-list-limited = Showing the first { $count }. Narrow down with the filters.
overview-next-change = Next change
overview-size-unknown = Unknown
overview-size-1-29 = 1–29
overview-size-30-99 = 30–99
overview-size-100-249 = 100–249
overview-size-250-999 = 250–999
overview-size-1000-4999 = 1,000–4,999
overview-size-5000-plus = 5,000 or more
overview-map-intro = Finland's municipalities coloured and patterned by status under { $title }. The list beside the map holds the same data.
overview-map-heading = Map
overview-map-keyboard = Each municipality is a link: move with Tab, open with Enter.
overview-legend = Legend
overview-map-no-status = No status to show
overview-map-source = Source: { $value }
overview-map-list = List
overview-map-list-caption = The municipalities and their status: { $title }
overview-municipality = Municipality

## The public overview
public-overview-title = Where the country stands
public-overview-map-title = Map of municipalities
public-overview-lead = The status of every obliged organisation's equality and non-discrimination plans in Finland and Sweden, computed every day from published plans and self-reports. Open an organisation for what is missing and when its status next changes.
overview-map-intro-se = Sweden's municipalities coloured and patterned by status under { $title }. The list beside the map holds the same data.
