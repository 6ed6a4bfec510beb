# National monitoring: statuses, self-reports, open data.

national-framework = Framework
national-status = Status
national-missing = Missing elements
national-next-change = Status changes on

# Each status's one name, for every page, legend and download (PlanStatus::message_key).
status-no-plan = No plan
status-draft = Draft
status-approved-current = Approved and current
status-outdated = Outdated
status-elements-missing = Required elements missing
status-pay-survey-missing = Pay survey missing
status-follow-up-overdue = Follow-up overdue

org-nav-self-reports = Self-reports
notice-self-report-submitted = The self-report has been submitted.

self-reports-title = Self-reports
self-reports-intro = If your organisation makes its plan outside Jämlik, report the plan's facts here: when and by whom it was approved, where it can be read, which required elements it contains and, where the law asks for them, the pay-survey figures. The report is checked before it is saved, and every report is kept.
self-reports-status-caption = Your organisation's status under each framework, computed from its plans and reports
self-reports-none-reportable = Your organisation is not obliged by any framework that takes self-reports. Check its kind and staff size in the settings.
self-reports-choose = Choose framework
self-reports-new-heading = New self-report: { $title }
self-reports-submit = Submit the report
self-reports-history-heading = Reports submitted
self-reports-history-none = No reports yet.
self-reports-history-caption = Reports submitted, newest first
self-reports-submitted = Submitted
self-reports-document = Plan
self-reports-open-link = Open the link
self-reports-open-file = Download the PDF

self-report-field-framework = Framework
self-report-field-approved-on = Approval date
self-report-field-approved-body = Approving body
self-report-field-link = Link to the plan
self-report-field-file = The plan as PDF
self-report-field-elements = Required elements the plan contains
self-report-field-pay-survey-on = Date of the pay survey
self-report-field-followed-up-on = Date of the latest follow-up
self-report-field-women-pay-percent = Women's pay as % of men's
self-report-field-groups = Pay groups
self-report-field-q1-women = Women in the lowest quartile
self-report-field-q1-men = Men in the lowest quartile
self-report-field-q2-women = Women in the second quartile
self-report-field-q2-men = Men in the second quartile
self-report-field-q3-women = Women in the third quartile
self-report-field-q3-men = Men in the third quartile
self-report-field-q4-women = Women in the highest quartile
self-report-field-q4-men = Men in the highest quartile
self-report-field-mean = Mean monthly pay
self-report-field-median = Median monthly pay
self-report-field-min = Lowest monthly pay
self-report-field-max = Highest monthly pay

self-report-approved-body-hint = (for example the municipal board or the cooperation committee)
self-report-link-hint = (a link or a PDF is needed)
self-report-file-hint = (PDF, at most 10 MB)
self-report-elements-hint = Tick each element the approved plan contains. An element left unticked shows as missing in the status.
self-report-pay-survey-on-hint = (if other than the approval date)
self-report-followed-up-on-hint = (leave empty if not yet followed up)
self-report-ratio-legend = Pay survey: women's pay as a percentage of men's
self-report-percent-hint = (for example 96.5)
self-report-groups-hint = Give the figure per pay or job group, as many groups as you have (up to five here).
self-report-group-name = Group { $value }: name
self-report-group-percent = Group { $value }: women's pay as % of men's
self-report-quartiles-legend = Quartile pay bands: shares of women and men
self-report-quartiles-hint = For each quartile band, the share of women and of men in per cent; the two add up to 100.
self-report-quartile-women = Quartile { $value }: women %
self-report-quartile-men = Quartile { $value }: men %
self-report-distribution-legend = Pay distribution
self-report-distribution-hint = Monthly pay for the whole staff, in euros or kronor.
self-report-confirm-jump = I have checked the figure: the change since the previous report is real.
