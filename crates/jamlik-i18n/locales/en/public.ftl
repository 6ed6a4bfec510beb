# Public: the start page.

start-title = Home
start-heading = Equality and non-discrimination – planned, done and followed up
start-lead = Jämlik helps municipalities and other organisations in Finland and Sweden do their statutory equality work end to end: assess their services, plan measures, act, follow up and publish – and shows national bodies where the whole country stands.
start-go-home = Go to my organisations
start-who-heading = Who it is for
start-who-coordinator = Coordinators
start-who-coordinator-text = Run the planning cycle, invite colleagues and publish the plan.
start-who-contributor = Contributors
start-who-contributor-text = Assess their own services and units, own measures and report progress.
start-who-monitor = National monitors
start-who-monitor-text = See the status of every obliged organisation, review plans and give feedback.
start-who-public = Residents
start-who-public-text = Read published plans, follow-up reports and open data without an account.
start-register-heading = The register
start-register-fi = municipalities in Finland
start-register-se = municipalities in Sweden
start-register-source = Sources: Statistics Finland (CC BY 4.0), SCB (CC0).

start-published-heading = Published plans

## Finding an organisation
start-find-heading = Find a municipality or organisation
start-find-label = Name or code
start-find-register = Browse the register
start-find-overview = The national overview
start-find-map = The map
register-title = Register of organisations
register-lead = Every municipality and other obliged organisation in Jämlik, with the status of each obligation computed from its published plans and reports.
register-search-label = Search the register
register-search = Name or code
register-search-hint = Any of its names or part of one, in Finnish or Swedish (for example Åbo, Turku or vaa), or the municipality code.
register-status = Status
register-all = All
register-find = Search
register-clear = Clear
register-results = Organisations
register-count = { $count ->
    [one] One organisation found.
   *[other] { $formatted } organisations found.
}
register-none = No organisation matches “{ $query }” with these filters. Try part of a name, the other language's name or fewer filters.
register-empty = There are no organisations in the register yet.
register-organisation = Organisation

## An organisation's public page
org-page-title = Organisation
org-page-languages = Languages
org-page-obligations = Obligations and their status
org-page-obligations-intro = What the law asks of this organisation, and where it stands today.
org-page-no-obligations = No obligation that Jämlik monitors applies to this organisation.
org-page-obligation = Obligation
org-page-status = Status today
org-page-missing = Missing
org-page-next-change = Status changes on
org-page-source = Based on
org-page-source-plan = a plan in Jämlik
org-page-source-self-report = a self-reported plan
org-page-source-none = no plan
org-page-computed = Statuses are computed every day from the published plans and reports, never typed in.
org-page-published = Published plans and reports
org-page-nothing-published = Nothing has been published yet.
org-page-approved-on = Approved
org-page-approved-by = Approved by
org-page-covers = Covers
org-page-read = Read
org-page-read-plan = Read the plan
org-page-read-external = The organisation's own page
org-page-version = version { $value }
org-page-address = This page's permanent address: { $address }
org-page-followups = Follow-up reports
org-page-followup-round = Round
org-page-followup-plan = Plan
org-page-followup-as-of = Situation on
org-page-read-report = Read the report
