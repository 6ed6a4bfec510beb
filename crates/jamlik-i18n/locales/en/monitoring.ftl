# Monitoring: self-reports, the national monitors' reviews, instructors, deadline reminder runs and unsubscribing.

## Reviews
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
instructors-actions = Actions
instructors-remove = Remove { $organisation }
notice-instructor-assigned = The organisation is assigned.
notice-instructor-unassigned = The assignment is removed.

## Reminders
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

unsubscribe-title = Unsubscribe from reminders
unsubscribe-topic-deadline-before = reminders before deadlines
unsubscribe-confirm = Do you want to unsubscribe from { $value }?
unsubscribe-for = Address: { $name }
unsubscribe-mandatory = Reminders after a deadline has passed are mandatory and are sent all the same.
unsubscribe-submit = Unsubscribe
unsubscribe-done = You have unsubscribed from { $value }.

## Self-reports
national-status = Status
national-missing = Missing elements
national-next-change = Status changes on

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
