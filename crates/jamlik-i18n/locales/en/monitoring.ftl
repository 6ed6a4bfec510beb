# National monitoring, part 2: roles, reviews, reminders, dashboards and the map.

## Reviews
reviews-title = Reviews
reviews-back-to-org = To the organisation
reviews-intro = The national monitors' reviews of the organisation's plans, with their feedback and the organisation's answers. The history stays.
reviews-start-heading = Review a plan
reviews-start-link = Review against { $title }
reviews-history-heading = Review history
reviews-none = No reviews yet.
review-new-title = New review
review-form-intro = Judge each required element of the framework, write your findings and a recommendation. The feedback is mailed to the organisation's coordinators when you send the review.
review-open-plan = Open the plan
review-subject = What is reviewed
review-subject-none = No plan (feedback on the missing plan)
review-checklist-heading = The framework's required elements
review-missing-in-plan = Missing according to Jämlik's completeness check
review-subject-self-report = Self-report: { $title }
review-missing-in-self-report = Not ticked in the self-report
review-others-heading = Plans and self-reports to review
review-self-report-heading = The self-report
review-self-report-jump = Large change since the previous report
review-self-report-jump-confirmed = Confirmed by the organisation
review-verdict = Verdict
review-verdict-of = Verdict: { $name }
review-note = Note
review-note-of = Note: { $name }
review-verdict-met = Met
review-verdict-partly = Partly met
review-verdict-missing = Missing
review-verdict-not_assessed = Not assessed
review-element = Element
review-verdicts-caption = Verdict per element
review-findings = Findings
review-recommendation = Recommendation
review-recommendation-adequate = The plan meets the requirements
review-recommendation-revise = Complete the plan
review-recommendation-new_plan = Make a new plan
review-feedback = Feedback to the organisation
review-feedback-hint = (sent by email)
review-submit = Send the review
review-sent-at = Sent
review-reviewer = Reviewer
review-answers-heading = Answers
review-answers-none = No answers yet.
review-answer-label = Your answer
review-answer-submit = Send the answer
notice-review-sent = The review is saved and the feedback sent.
notice-review-answered = The answer is saved and sent.

mail-review-subject = Feedback on { $organisation }'s plan: { $title }
mail-review-body =
    Hello,
    { "" }
    The national monitor has reviewed { $organisation }'s work under { $title }.
    { "" }
    Recommendation: { $value }
    { "" }
    { $feedback }
    { "" }
    Read the whole review and answer here:
    { $link }
mail-review-answer-subject = A new answer on the review of { $organisation }
mail-review-answer-body =
    Hello,
    { "" }
    { $name } has answered on the review of { $organisation }:
    { "" }
    { $feedback }
    { "" }
    Read and answer here:
    { $link }

## Instructors
instructors-title = Instructors
instructors-intro = Instructors support the organisations assigned to them: they see their work and status but change nothing. First give the person the instructor role under People.
instructors-assign-heading = Assign an organisation
instructors-none = Nobody has the instructor role yet.
instructors-instructor = Instructor
instructors-code = The organisation's code
instructors-code-hint = (for example the municipality code 905)
instructors-assign-submit = Assign
instructors-list-heading = Assignments
instructors-no-assignments = No assignments yet.
instructors-caption = Instructors and their organisations
instructors-organisation = Organisation
instructors-actions = Actions
instructors-remove = Remove { $organisation }
notice-instructor-assigned = The organisation is assigned.
notice-instructor-unassigned = The assignment is removed.

## Reminders
reminder-runs-title = Deadline reminders
reminder-runs-intro = Coordinators are reminded by email before a deadline of their framework and after it has passed with the requirements unmet. Reminders before a deadline are advice and can be unsubscribed from; those after it are mandatory.
reminder-days-before = Days before the deadline
reminder-days-after = Days after the deadline
reminder-runs-none = The job has not run yet.
reminder-runs-caption = The latest runs
reminder-run-started = Started
reminder-run-outcome = Outcome
reminder-run-considered = Deadlines
reminder-run-queued = Sent
reminder-run-skipped = Unsubscribed
reminder-run-done = Done
reminder-run-failed = Failed
reminder-run-running = Running

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

unsubscribe-title = Unsubscribe from reminders
unsubscribe-topic-deadline-before = reminders before deadlines
unsubscribe-confirm = Do you want to unsubscribe from { $value }?
unsubscribe-for = Address: { $name }
unsubscribe-mandatory = Reminders after a deadline has passed are mandatory and are sent all the same.
unsubscribe-submit = Unsubscribe
unsubscribe-done = You have unsubscribed from { $value }.

## The national overview and the map
overview-title = National overview
overview-map-title = Map
overview-nav-label = National overview
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
overview-total = Total
overview-see-map = See the map of Finland's municipalities
overview-charts = Breakdowns
overview-charts-intro = Each chart shows the share of each status per group; the table under the chart holds the same numbers.
overview-chart-summary = Stacked bar chart: { $title }. Each bar is a group split by status; the table below gives the counts and shares.
overview-table-of = The numbers: { $title }
overview-group = Group
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
