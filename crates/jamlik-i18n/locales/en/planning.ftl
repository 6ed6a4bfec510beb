# Planning: the organisation's overview, plans, the workspace steps, assessment, consultations, follow-up rounds, services, measures, indicators, bulk update, versions, exports, approval, publishing, the published plan and the measures' reminder mails.

demo-badge = Demo data
dashboard-title = Overview
org-nav-members = Members
org-nav-settings = Settings
org-nav-audit = Audit trail
dashboard-plan-heading = Plan status
dashboard-plan-none = No plan has been started in Jämlik yet.
dashboard-measures-heading = Measures due
dashboard-measures-none = No measures yet.
dashboard-members-heading = Members
dashboard-members-link = Show the members
dashboard-your-role = Your role
dashboard-facts-heading = Facts
fact-other-names = Other names
fact-languages = Working languages
fact-none = None

# Planning workspace
org-nav-plans = Plans
org-nav-services = Services and units
dashboard-plan-start = Start a plan
dashboard-measure-count = Measures: { $count }
plans-none = No plans yet.
plans-list-label = Plans
plans-new-heading = Start a plan
plans-new-intro = One plan may cover several laws at once, for example the non-discrimination and the gender equality plan. Give the period and who is in the working group.
plans-field-title = Name of the plan
plans-field-frameworks = Laws and frameworks the plan covers
plans-field-start = The period starts
plans-field-end = The period ends
plans-field-working-group = Working group
plans-field-working-group-hint = (names and roles, for example the staff representative)
plans-new-submit = Start the plan
plan-progress = Progress
plan-progress-done = { $value } % of the measures done
findings-intro = Go through the services ground by ground. Record each risk of direct or indirect discrimination, whom it affects, how severe and how likely it is.
findings-new-heading = Record a finding
findings-new-submit = Save the finding
finding-no-service = The whole organisation
finding-scale-hint = (1 = low, 4 = high)
measures-by-status = Measures by status
measures-new-heading = Add a measure
measures-new-submit = Add the measure
measure-title = Measure
measure-field-finding = Finding the measure answers
measure-no-finding = No particular finding
measure-field-goal = Goal
measure-field-owner = Responsible person
measure-no-owner = None chosen
measure-field-budget = Budget (euros or kronor)
measure-field-start = Starts
measure-overdue = overdue
measure-back-to-plan = Back to the plan
measure-update-heading = Report progress
measure-note = What has happened?
measure-update-submit = Save the report
measure-history-heading = History
services-title = Services and units of { $organisation }
services-intro = The inventory of services and units to assess. A service's owner records its findings.
services-none = No services yet.
services-caption = Services and units
services-new-heading = Add a service or unit
services-new-submit = Add
service-field-name = Name
service-field-unit = Department or unit
service-field-description = Description
service-field-owner = Responsible for the assessment
notice-plan-created = The plan is started.
notice-finding-added = The finding is saved.
notice-measure-added = The measure is added.
notice-measure-updated = The report is saved.
notice-service-added = The service is added.
versions-heading = Approval and publication
versions-none = No version has been approved yet.
version-number = Version { $value }
version-public-link = The published plan
approve-heading = Record the approval
approve-intro = When the decision-making body has approved the plan, record the decision here. The plan is then saved as a new version. Every measure must have someone responsible.
approve-submit = Record the approval
publish-heading = Publish
publish-intro = The newest approved version gets a stable public address anyone can read. People's names are not shown, only the responsible units.
publish-submit = Publish the approved version
notice-plan-approved = The approval is recorded and a new version saved.
notice-plan-unchanged = The plan has not changed since it was last approved; no new version was saved.
notice-plan-published = The plan is published.
measure-field-catalogue = Measure from the catalogue
measure-field-catalogue-hint = (fills the name and goal left empty)
measure-no-catalogue = None, I write my own
bulk-export = Download the measures (CSV)
bulk-heading = Update many measures at once
bulk-intro = Download the file above, change status, due date or note in a spreadsheet and upload it again (UTF-8, semicolons). The file is checked whole: if any row is wrong, nothing changes.
bulk-file = File
bulk-submit = Upload and update
bulk-result-title = The file could not be used
bulk-result-intro = Nothing has changed. Fix the rows below and upload the file again.
bulk-result-caption = Problems in the file
bulk-result-row = Row
bulk-result-column = Column
bulk-result-problem = Problem
bulk-problem-ragged = The row has { $value } fields instead of six.
bulk-problem-unknown-measure = There is no measure “{ $value }” in this plan.
bulk-problem-duplicate = The measure “{ $value }” appears more than once.
bulk-problem-status = “{ $value }” is not a status; use planned, in_progress, done, delayed or dropped.
bulk-problem-date = “{ $value }” is not a date; write YYYY-MM-DD.
bulk-problem-note = The note is too long (at most 5,000 characters).
notice-bulk-applied = The file is read and the measures updated.
version-changes-link = Changes since the previous version
changes-title = Changes in version { $value }
changes-intro = What changed from version { $value } to version { $count }.
changes-none = No changes.
changes-caption = Changes
changes-col-kind = Change
changes-col-subject = Concerns
changes-col-field = Field
change-kind-added = added
change-kind-removed = removed
change-kind-changed = changed
change-field-title = Name
change-field-period_end = The period ends
change-field-working_group = Working group
change-field-description = Description
change-field-severity = Severity
change-field-status = Status
change-field-due_date = Due
change-field-responsible_unit = Responsible unit
change-field-goal = Goal
mail-reminder-due-subject =
    Reminder: “{ $title }” is due { $value }
mail-reminder-due-body =
    Hello { $name },
    { "" }
    The measure “{ $title }” in { $organisation } is due { $value }. You are responsible for it.
    { "" }
    Report its progress here:
    { $link }
mail-reminder-overdue-subject =
    Overdue: “{ $title }” was due { $value }
mail-reminder-overdue-body =
    Hello { $name },
    { "" }
    The measure “{ $title }” in { $organisation } was due { $value } and is not marked done.
    { "" }
    Report its progress, or a new schedule, here:
    { $link }

## XLSX and services import
bulk-export-xlsx = Download the measures (XLSX)
bulk-intro-any = Download the measures above as CSV or XLSX, change status, due date or note in a spreadsheet and upload the file again, in either format (CSV: UTF-8). The file is checked whole: if any row is wrong, nothing changes.
upload-problem-ragged = The row has { $value } fields instead of { $count }.
upload-problem-name-empty = The name is missing.
upload-problem-name-long = The name is too long (at most 200 characters).
upload-problem-name-control = The name “{ $value }” contains a line break or another control character.
upload-problem-name-duplicate = The name “{ $value }” appears more than once in the file.
upload-problem-name-exists = The organisation already has a service or unit named “{ $value }”.
upload-problem-unit-long = The department or unit is too long (at most 200 characters).
upload-problem-description-long = The description is too long (at most 5,000 characters).
upload-problem-owner-unknown = No member of the organisation has the email address “{ $value }”.
upload-problem-owner-viewer = { $value } is a viewer in the organisation and cannot be responsible for an assessment.
services-back = Back to the services
services-sheet-name = Services
services-import-heading = Import services from a file
services-import-intro = Upload a CSV or XLSX file with the columns name, unit, description and owner_email, one service or unit per row. The owner is optional; when given, it must be the email address of a member of the organisation. The file is checked whole: if any row is wrong, nothing is added.
services-template-csv = Download the template (CSV)
services-template-xlsx = Download the template (XLSX)
services-import-submit = Upload and import
notice-services-imported =
    { $count ->
        [one] One service or unit was imported.
       *[other] { $formatted } services and units were imported.
    }

## Measure editing, indicators, carrying forward
measure-edit-heading = Edit the measure
measure-edit-refused = Nothing was saved. Correct the fields marked below.
measure-edit-submit = Save the changes
measure-carried-forward = Carried forward from “{ $title }”
indicators-none = No indicators yet.
indicators-caption = How the measure's progress is followed
indicator-field-name = Indicator
indicator-field-name-hint = (for example the share of forms available in Swedish)
indicator-field-baseline = Baseline
indicator-field-target = Target
indicator-field-current = Current value
indicator-field-current-hint = (updated in the follow-up)
indicator-edit-heading = Indicator: { $name }
indicator-save = Save the indicator
indicator-remove = Remove the indicator
indicator-new-heading = Add an indicator
indicator-new-intro = An indicator tells how you will see that the measure works: what is measured, where it stands now and where it should get.
indicator-add = Add the indicator
notice-measure-edited = The changes are saved.
notice-indicator-added = The indicator is added.
notice-indicator-saved = The indicator is saved.
notice-indicator-removed = The indicator is removed.
notice-evaluation-saved = The evaluation is saved.
plan-stable-address = The plan's public address, which always shows the newest published version:
evaluation-heading = Evaluation of the previous plan
evaluation-intro = Every measure of the previous plan with its final status. Write how each one worked. The measures that were not finished have been carried forward into this plan. The previous plan:
evaluation-submit = Save the evaluation
evaluation-caption = The previous plan's measures and their evaluation
evaluation-final-status = Final status
evaluation-text = Evaluation
plans-field-previous = Continue from a previous plan
plans-field-previous-hint = (its unfinished measures are carried forward, and you evaluate its measures)
plans-no-previous = No, start from scratch
change-field-indicators = Indicators
change-field-evaluation = Evaluation

## The cycle's working pages: steps, assessment, consultations, follow-up rounds

plan-nav-label = Plan sections
plan-back = Back to the plan “{ $title }”
cycle-heading = The work, step by step
cycle-intro = Each framework's steps, with its guidance, checklists and the texts the plan needs.
completeness-heading = Completeness
completeness-complete = The plan has every element its frameworks require.
completeness-missing = Missing required elements: { $count }. Each link opens the step where it is done.
steps-nav-label = Steps of the framework
step-title = Step
step-guidance = What to do in this step
step-nothing-to-fill = This step has no checklist or text to fill in: follow the guidance above.
step-checklists = Checklists
step-save = Save the step
element-required = required
element-optional = optional
element-covered-by = Also covered by:
element-text = Text in the plan
coverage-measures = the plan's measures
coverage-findings = the findings
coverage-assessments = the assessment of services
coverage-consultations = the consultations recorded
coverage-approval = the recorded approval
coverage-follow-up = the follow-up rounds
answer-yes = Yes
answer-no = No
answer-unanswered = Not answered
assessment-title = Assessment of services
assessment-intro = Each service or unit is assessed against every ground: is there a risk of direct or indirect discrimination? The matrix shows what has been assessed and where the risks lie. Open a service to assess it.
assessment-summary = Assessment in figures
assessment-assessed = service and ground pairs assessed
assessment-hot-spots = hot spots (a finding with severity × likelihood of 9 or more)
assessment-no-services = Add the organisation's services and units first.
assessment-legend = How to read the matrix
assessment-matrix-caption = Services and units × grounds of discrimination
assessment-findings-count = findings: { $count }
assessment-hot-spot-legend = hot spot
conclusion-not_assessed = Not assessed
conclusion-no_risk = No risk found
conclusion-unclear = Unclear, needs more information
conclusion-risk = Risk of discrimination
conclusion-short-not_assessed = –
conclusion-short-no_risk = OK
conclusion-short-unclear = ?
conclusion-short-risk = Risk
assess-title = Assess a service
assess-back-to-matrix = Back to the matrix
assess-intro = For each ground, record what you concluded and the evidence behind it: statistics, feedback, complaints, links. A risk should lead to a finding in the plan.
assess-perspectives = Perspective of the assessment
assess-grounds = Grounds
assess-evidence = Evidence (what you looked at, links)
assess-checklist = Checklist for this perspective
assess-save = Save the assessment
evidence-heading = Attached evidence
evidence-none = No files attached.
evidence-attach = Attach a file
evidence-file = File
evidence-limit = (at most 5 MB)
evidence-size = { $value } kB
consultations-title = Consultation
consultations-intro = Record who was heard while preparing the plan — councils for disability, older people and youth, multicultural associations, staff representatives — when, and what they said.
consultations-none = No consultations recorded yet.
consultations-caption = Consultations
consultation-party = Who was consulted
consultation-party-name = Name of the body or group
consultation-party-name-hint = (required for “Other”)
consultation-held-on = Date
consultation-summary = What they said
consultations-new-heading = Record a consultation
consultations-new-submit = Record the consultation
party-disability_council = Council on disability
party-elderly_council = Council for older people
party-youth_council = Youth council
party-multicultural_association = Multicultural or minority association
party-staff_representatives = Staff representatives
party-residents = Residents, pupils or service users
party-other = Other
rounds-title = Follow-up rounds
rounds-intro = In a follow-up round the owners update their measures. Updates made while a round is open belong to it; the round's report shows who has reported and who has not.
rounds-none = No follow-up rounds yet.
rounds-new-heading = Open a follow-up round
round-name = Name
round-opens-on = Opens
round-closes-on = Closes
rounds-new-submit = Open the round
round-open = open
round-title = Follow-up round
round-intro = Each measure's latest update made in this round.
round-summary = The round in figures
round-updated = measures updated
round-missing = measures without an update
round-caption = Measures and their updates in the round
round-update = Update in the round
round-no-update = No update yet
notice-step-saved = The step is saved.
notice-assessment-saved = The assessment is saved.
notice-consultation-added = The consultation is recorded.
notice-round-created = The follow-up round is open.
mail-reminder-missing-update-subject =
    Follow-up: report on “{ $title }” by { $value }
mail-reminder-missing-update-body =
    Hello { $name },
    { "" }
    A follow-up round of the equality plan of { $organisation } is open until { $value }. You have not yet reported on the measure “{ $title }”, for which you are responsible.
    { "" }
    Report where it stands here:
    { $link }
export-intro = The plan as it stands now, as an accessible PDF, an editable Word document (DOCX) or a web page (HTML), in any of the three languages.
export-docx = Word (DOCX)
round-export-heading = Follow-up report

## Plans, findings, measures, indicators, approval and exports: the plan pages and the published plan
fact-frameworks = Obligations

plans-title = Plans of { $organisation }
plan-state-draft = Draft
plan-period = Period
plan-state = Status
findings-heading = Assessment and findings
findings-none = No findings yet.
findings-caption = Findings, most serious first
finding-ground = Ground
finding-service = Service or unit
finding-kind = Kind of risk
finding-kind-direct = Direct discrimination
finding-kind-indirect = Indirect discrimination
finding-description = What was found
finding-affected = Who is affected
finding-severity = Severity
finding-likelihood = Likelihood
measures-heading = Measures
measures-none = No measures yet.
measures-caption = Measures by due date
measure-field-title = Measure
measure-field-unit = Responsible unit
measure-field-due = Due
measure-status-planned = Planned
measure-status-in_progress = In progress
measure-status-done = Done
measure-status-delayed = Delayed
measure-status-dropped = Dropped
approve-body = Approved by
approve-date = Date of the decision
approve-decision = Decision reference (minutes, section)
plan-state-approved = Approved
plan-state-published = Published

indicators-heading = Indicators
indicator-summary = { $name }: { $baseline } → { $target }
indicator-summary-current = { $name }: { $baseline } → { $target } (now { $current })

export-heading = Export
export-pdf = PDF
export-html = HTML

## The published plan
version = Version
public-plan-note = The plan is shown as it was approved. The measures' status is updated in the follow-up.

public-newer-version = This is version { $value } of the plan. A newer version has been published since.
public-newest-link = Read the newest version ({ $value })
public-stable-note = This address always shows the newest published version of the plan.
public-this-version = This is version { $value } of the plan.
public-stable-link = The plan's permanent address

## Links from the organisation and its measures to analyses and self-reports
org-nav-analysis = Analyses

measure-analyses-heading = Analyses used as evidence
org-nav-self-reports = Self-reports

## Translations of a plan's texts
translation-title = Texts in both languages
translation-intro = Each text of the plan as it is written, with its translation into { $value }. Leave a translation empty where there is none yet; readers then see the original, marked as such.
translation-count = { $count ->
    [one] One text has no translation yet (marked).
   *[other] { $formatted } texts have no translation yet (marked).
}
translation-all-done = Every text of the plan is translated into { $value }.
translation-single-language = The organisation works in one language, so the plan has no texts to translate. A bilingual organisation chooses its second working language in its settings.
translation-settings-link = Go to the settings
translation-missing-badge = No translation yet
translation-into = In { $value }
translation-what = Text
translation-save = Save the translations
translation-link = Texts in both languages
translation-only-in = This plan is written in { $value } only; its texts are shown as written.
translation-partly = Some texts of this plan are only in { $value }: { $count } of { $pages } have no translation and are shown as written.
translation-field-plan_title = Title of the plan
translation-field-service_name = Service
translation-field-service_unit = Unit
translation-field-service_description = Service description
translation-field-finding_description = Finding
translation-field-finding_affected = Who is affected
translation-field-measure_title = Measure
translation-field-measure_goal = Goal
translation-field-measure_unit = Responsible unit
translation-field-consultation_summary = Consultation
translation-field-section_body = Section
notice-translations-saved = { $count } translations saved.
round-publish-heading = Publish the follow-up report
round-publish-hint = Publishing freezes the report as it stands today — each measure's status and its latest update in this round, with units and never people's names — and makes it public on the organisation's page. Publishing again later replaces it at the same address.
round-publish = Publish the report
round-publish-again = Publish again with today's situation
round-not-published = The report of this round has not been published.
round-published-as-of = Published; it describes the situation on { $date }.
round-public-link = Open the public report
notice-round-published = The follow-up report is published.
round-report-title = Follow-up report
round-report-plan = Plan
round-report-period = Follow-up round
round-report-as-of = Situation on
round-report-note = Published by the organisation: each measure's status and its latest update in the round. Units are named, people are not.
step-in-guide = This step in the public guide
org-nav-training = Training
