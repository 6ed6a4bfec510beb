# Shared by several capabilities: layout and navigation, generic words and form fields, register facts and names (roles, kinds, countries, languages, frameworks, regions, months), members' columns, audit trail, pager, file and upload problems, shared notices, analysis kinds, national monitoring's shared words and statuses, and the error table.

app-name = Jämlik
skip-to-content = Skip to content
nav-label = Main menu
nav-home = My organisations
nav-admin = Administration
nav-profile = Profile
nav-sign-in = Sign in
nav-register = Register
nav-guide = Guide
nav-catalogue = Catalogue of measures
nav-courses = Courses
nav-overview = National overview
nav-sign-out = Sign out
language-switch-label = Language
footer-about = Jämlik – open-source software for statutory equality work in Finland and Sweden.
save = Save
back-to-dashboard = Back to the overview
field-email = Email
field-name = Name
field-optional = (optional)
org-nav-label = Organisation pages
fact-country = Country
fact-kind = Kind
fact-code = Code
fact-region = Region
fact-population = Population
fact-staff = Staff
members-col-name = Name
members-pending = not signed in yet
members-change-role = Change role
audit-title = Audit trail
audit-intro = Every change: who, when, what, before and after. The log cannot be changed.
audit-caption = Changes, newest first
audit-col-when = When
audit-col-who = Who
audit-col-what = What
audit-col-changes = Changes
audit-entity-organisation = Organisation
audit-entity-membership = Membership
audit-entity-user = Person
audit-entity-api_token = API token
audit-action-create = created
audit-action-update = changed
audit-action-delete = removed
audit-action-import = imported
audit-action-revoke = revoked
audit-action-set_password = password set
audit-action-set_global_role = global role changed
audit-action-sign_out_everywhere = signed out everywhere
audit-entity-analysis_job = Analysis
audit-entity-analysis_retention = Retention of analysis data
audit-entity-analysis_upload = File uploaded for analysis
audit-entity-assessment = Assessment of a service
audit-entity-consultation = Consultation
audit-entity-evidence_file = Attached evidence
audit-entity-followup_round = Follow-up round
audit-entity-instructor_assignment = Instructor's organisation
audit-entity-measure_analysis = Analysis linked to a measure
audit-entity-national_seed = National demo data
audit-entity-plan_text = Plan text
audit-entity-translation = Translation
audit-entity-reminder_subscription = Reminders
audit-entity-review = Review
audit-entity-review_answer = Answer to a review
audit-entity-self_report = Self-report
audit-action-finish = finished
audit-action-send = sent
audit-action-unsubscribe = unsubscribed
audit-col-action = Action
pager-label = Pages
pager-previous = Previous page
pager-next = Next page
pager-position = Page { $page } of { $pages }
admin-nav-label = Administration pages
admin-nav-orgs = Organisations
admin-nav-users = People
admin-nav-audit = Audit trail
role-viewer = Viewer
role-contributor = Contributor
role-coordinator = Coordinator
global-role-none = None
global-role-national_monitor = National monitor
global-role-admin = Admin
kind-municipality = Municipality
kind-joint_authority = Joint authority or wellbeing services county
kind-education_provider = Education provider
kind-employer = Employer
kind-national_body = National body
country-FI = Finland
country-SE = Sweden
language-sv = Swedish
language-fi = Finnish
language-en = English
framework-fi-non-discrimination = Non-discrimination plan (FI, Non-Discrimination Act 1325/2014)
framework-fi-gender-equality = Gender equality plan (FI, Equality Act 609/1986)
framework-fi-education = Education provider's equality plans (FI)
framework-se-active-measures = Active measures and pay mapping (SE, Discrimination Act 2008:567)
framework-gender-mainstreaming = Gender mainstreaming
framework-eu-pay-transparency = EU Pay Transparency Directive (2023/970)
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
region-FI-EK = South Karelia
region-FI-EP = South Ostrobothnia
region-FI-ES = South Savo
region-FI-IU = East Uusimaa
region-FI-KA = Kainuu
region-FI-KH = Kanta-Häme
region-FI-KP = Central Ostrobothnia
region-FI-KS = Central Finland
region-FI-KU = Central Uusimaa
region-FI-KY = Kymenlaakso
region-FI-LA = Lapland
region-FI-LU = West Uusimaa
region-FI-PH = Päijät-Häme
region-FI-PI = Pirkanmaa
region-FI-PK = North Karelia
region-FI-PO = Ostrobothnia
region-FI-PP = North Ostrobothnia
region-FI-PS = North Savo
region-FI-SA = Satakunta
region-FI-VK = Vantaa and Kerava
region-FI-VS = Southwest Finland
region-FI-HEL = Helsinki
region-FI-AX = Åland
region-SE-01 = Stockholm County
region-SE-03 = Uppsala County
region-SE-04 = Södermanland County
region-SE-05 = Östergötland County
region-SE-06 = Jönköping County
region-SE-07 = Kronoberg County
region-SE-08 = Kalmar County
region-SE-09 = Gotland County
region-SE-10 = Blekinge County
region-SE-12 = Skåne County
region-SE-13 = Halland County
region-SE-14 = Västra Götaland County
region-SE-17 = Värmland County
region-SE-18 = Örebro County
region-SE-19 = Västmanland County
region-SE-20 = Dalarna County
region-SE-21 = Gävleborg County
region-SE-22 = Västernorrland County
region-SE-23 = Jämtland County
region-SE-24 = Västerbotten County
region-SE-25 = Norrbotten County

date-format-hint = (YYYY-MM-DD)
audit-entity-plan = Plan
audit-entity-service = Service
audit-entity-finding = Finding
audit-entity-measure = Measure
audit-entity-plan_version = Plan version
audit-entity-followup_report = Follow-up report
audit-action-approve = approved
audit-action-publish = published
bulk-problem-encoding = The file is not UTF-8. Save it as “CSV UTF-8” and try again.
bulk-problem-empty = The file holds no rows.
bulk-problem-unreadable = The row could not be read as CSV.
bulk-problem-columns = The columns must be exactly { $expected }; the file has { $value }.
audit-action-bulk_update = updated from a file

upload-problem-windows-1252 = The file is saved as Windows-1252 (“ANSI”), not UTF-8, so “{ $value }” would be read wrongly. In Excel choose Save as › “CSV UTF-8”, or upload the XLSX file.
upload-problem-xlsx-too-large = The workbook is larger than Jämlik reads from a spreadsheet ({ $value ->
        [unpacked] it unpacks to too many bytes
        [part] one of its parts unpacks to too many bytes
        [run] one of its texts is far too long
        [parts] it has too many parts
        [shared_strings] it declares too many texts
        [columns] it has values too far to the right
        [text] its cells hold too much text
       *[cells] its table has too many cells
    }). Save only the table on its own sheet, or save it as CSV, and upload it again.
upload-problem-xlsx-corrupt = The file looks like an Excel workbook (XLSX) but cannot be opened: it may be damaged or only partly saved. Save it again in the spreadsheet program and upload it.
upload-problem-xls = The file is in the old Excel format (.xls). Save it as an Excel workbook (.xlsx) or as “CSV UTF-8” and upload it.

audit-entity-indicator = Indicator
audit-entity-plan_evaluation = Evaluation of a measure
audit-action-edit = edited
audit-action-carry_forward = carried forward

notice-evidence-attached = The file is attached.

global-role-instructor = Instructor
nav-national = National overview

admin-nav-instructors = Instructors

footer-open-data = Open data

analysis-kind-resources = Who gets what (resources by group)
analysis-kind-gap = Gap between two groups, with controls
analysis-kind-pay-survey = Pay survey by job group and gender
analysis-kind-representation = Representation against a baseline (population or another file)
analysis-kind-pay-transparency = EU pay transparency indicators (Directive 2023/970)

reviews-title = Reviews

instructors-organisation = Organisation

reminder-runs-title = Deadline reminders

overview-title = National overview
overview-map-title = Map
overview-nav-label = National overview
overview-total = Total
overview-table-of = The numbers: { $title }
overview-group = Group

national-framework = Framework

# Each status's one name, for every page, legend and download (PlanStatus::message_key).
status-no-plan = No plan
status-draft = Draft
status-approved-current = Approved and current
status-outdated = Outdated
status-elements-missing = Required elements missing
status-pay-survey-missing = Pay survey missing
status-follow-up-overdue = Follow-up overdue

## The error table: every error-* message (ErrorCode::message_key and the error page).
error-request-id = Reference for support
error-back-to-start = To the start page
error-title-forbidden = No access
error-title-not-found = Not found
error-title-internal = Something went wrong
error-title-request = The request could not be done
error-auth-not-signed-in = Sign in to continue.
error-auth-invalid-credentials = The email address or the password is wrong.
error-auth-too-many-attempts = Too many failed sign-ins. Try again in { $minutes } minutes.
error-auth-busy = Jämlik is checking many passwords just now. Try again in a moment.
error-auth-invalid-token = The API token is missing, unknown or revoked.
error-auth-forbidden = Your role does not allow this.
error-org-foreign = You are not a member of this organisation.
error-request-csrf-rejected = The form did not come from Jämlik or has expired. Reload the page and try again.
error-request-not-found = There is no such page.
error-org-not-found = There is no such organisation.
error-user-not-found = There is no such person.
error-member-not-found = The person is not a member of the organisation.
error-token-not-found = The API token does not exist or is already revoked.
error-request-too-large = What was sent is too large.
error-request-malformed = What was sent could not be read (a malformed form or JSON).
error-request-invalid = The request could not be read: part of the address or of what was sent is malformed. Check the address, or go back and try again.
error-user-invalid-email = Enter a valid email address, for example name@municipality.fi.
error-user-duplicate-email = An account with that email address exists already.
error-user-password-too-short = The password must have at least 10 characters.
error-user-password-too-long = The password may have at most 256 characters.
error-user-passwords-differ = The passwords are not the same.
error-user-password-too-weak = The password is too easy to guess: { $reason ->
        [repeats] repeated characters or groups, like “aaaa” or “abcabc”, add little
        [sequence] sequences like “abcd” or “6543” are easy to guess
        [keyboard] rows and patterns of keys, like “qwerty”, are easy to guess
        [common] it is one of the most common passwords, or close to one
        [word] a single word is easy to guess
        [date] dates and years are easy to guess
        [name] names, your own too, are easy to guess
        [local] it is built on Jämlik’s name or on a word often used in passwords, like “lösenord” or “salasana”
        [personal] it is built on your own name, email address or organisation
       *[other] it follows a pattern that is easy to guess
    }. Use a few unrelated words, or a longer password.
error-user-password-unchanged = The new password is the current one. Choose another.
error-user-wrong-current-password = The current password is wrong.
error-user-too-many-password-checks = The current password was wrong too many times. Try again in { $minutes } minutes.
error-user-invalid-name = Enter a name of at most 100 characters.
error-link-expired = The link has expired. Ask for a new one.
error-link-used = The link has been used already. Ask for a new one if you need to.
error-link-invalid = The link is not valid. Check that the whole link was copied.
error-member-invalid-role = Choose one of the roles coordinator, contributor or viewer.
error-member-duplicate = The person is a member of the organisation already.
error-member-last-coordinator = The organisation must keep at least one coordinator. Appoint another coordinator first.
error-org-invalid-name = Enter at least one name, at most 200 characters.
error-org-invalid-kind = Choose a kind of organisation.
error-org-invalid-country = Choose Finland or Sweden.
error-org-invalid-language = Choose at least one working language: Swedish, Finnish or English.
error-org-invalid-framework = One of the chosen frameworks is not known.
error-org-invalid-staff-size = The number of staff must be a whole number from 0 to 10,000,000.
error-org-duplicate-code = An organisation with that code exists in that country already.
error-org-invalid-code = The code may hold only letters, digits and hyphens (at most 32 characters).
error-user-invalid-global-role = Choose none, national monitor or admin.
error-token-invalid-name = Give the token a name of at most 100 characters.
error-request-invalid-paging = The page number or page size is out of range (page size 1–500).
error-internal = Something failed on our side. Nothing was half-saved; try again in a moment. Give the reference if you contact support.
error-unavailable = The service is briefly unavailable. Try again in a moment.

error-request-invalid-date = Enter the date as YYYY-MM-DD, for example 2026-03-31.
error-request-text-too-long = The text is too long (at most 5,000 characters).
error-plan-invalid-title = Enter a name or a description.
error-plan-no-framework = Choose at least one law or framework the plan covers.
error-plan-dates-out-of-order = The end date must come after the start date.
error-plan-not-found = There is no such plan in this organisation.
error-service-not-found = There is no such service in this organisation.
error-finding-not-found = There is no such finding in this plan.
error-measure-not-found = There is no such measure in this organisation.
error-measure-invalid-status = Choose a status: planned, in progress, done, delayed or dropped.
error-measure-invalid-budget = Enter the budget as an amount with at most two decimals, for example 1250.50.
error-measure-owner-not-member = The responsible person must be a member of the organisation.
error-finding-invalid-scale = Severity and likelihood are given as 1–4.
error-finding-invalid-kind = Choose direct or indirect discrimination.
error-finding-invalid-ground = Choose one of the grounds in the list.
error-plan-measure-without-owner = The measure “{ $title }” has no responsible person or unit. Name one before the plan is approved.
error-plan-approval-in-future = The date of the decision cannot be in the future.
error-plan-nothing-to-publish = There is no approved version to publish. Record the approval first.
error-plan-published-not-found = There is no published plan at this address.
error-measure-catalogue-not-found = The chosen measure is not in the catalogue for the plan's laws.
error-plan-version-not-found = The plan has no such version.

error-measure-due-before-start = The due date cannot be before the start date.
error-request-short-text-too-long = The text is too long (at most 200 characters on one line).
error-indicator-not-found = The measure has no such indicator.
error-plan-previous-not-found = Choose a previous plan of this organisation, or none.
error-plan-evaluated-measure-not-found = The evaluation names a measure that is not in the previous plan.

error-consultation-invalid-party = Choose who was consulted; for “Other”, also give the name.
error-consultation-in-future = A consultation is recorded once it has been held: the date cannot be in the future.
error-assessment-invalid-conclusion = Choose one of the conclusions for every ground.
error-assessment-invalid-perspective = The perspective is not one of the plan's perspectives. Reload the page and choose a perspective from the list.
error-checklist-invalid-answer = The answer to “{ $value }” does not fit the question (yes or no, 1–4, a number or a date YYYY-MM-DD).
error-plan-step-not-found = The plan's frameworks have no such step.
error-evidence-empty = Choose a file to attach; an empty file cannot be attached.
error-evidence-too-large = The file is larger than 5 MB.
error-evidence-not-found = No such file.
error-round-not-found = The plan has no such follow-up round.
error-round-overlaps = The dates overlap another follow-up round of the plan.
error-round-not-open-yet = The round has not opened yet: its report can be published from its first day.
error-round-plan-unpublished = Publish the plan first: a follow-up report is published for a published plan.
error-round-report-not-found = There is no published follow-up report at this address.
error-course-not-found = There is no such course, lesson or quiz.
error-course-attempt-not-found = There is no such attempt. Start a new one from the module's page.
error-course-answer-unknown = An answer is for a question or option that is not in this attempt. Nothing was saved; answer the questions on the page.
error-course-time-up = The attempt's time is up, so the answers could not be taken. Start a new attempt.
error-course-already-submitted = The attempt has already been submitted. Start a new one to try again.
error-course-not-renewable = A certificate can be renewed from 90 days before it expires, and after it has expired.
error-course-invalid-target = Write the target as a whole percentage from 1 to 100 and a date, for example 100 and 30.6.2027.
error-certificate-not-found = No certificate has this code. Check the code as it is written on the certificate.
error-certificate-invalid-name = Write the name to show on your certificates, at most 120 characters.
error-guide-not-found = The guide has no such obligation or step.
error-catalogue-unknown-filter = The catalogue has no obligation or category “{ $value }”. Choose one from the list.
error-guide-search-too-long = The search can be at most 100 characters long. Write a word or two.
error-guide-search-empty = Write at least one letter or digit to search for.

error-analysis-invalid-retention = The retention is a whole number of days from 0 to 3650.
error-analysis-upload-not-found = No such uploaded file: it may have been deleted when its retention ran out. Upload it again.
error-analysis-job-not-found = No such analysis.
error-analysis-not-finished = The analysis has no result to attach.
error-analysis-file-too-large = The file is larger than 20 MB.
error-analysis-invalid-mapping = Choose a group variable and an outcome (and a job group for the pay survey, a group column of the baseline file for representation), each column in one role only, and a smallest group from 3 to 100.
error-analysis-invalid-kind = Choose one of the analyses offered.
error-analysis-input = The file cannot be analysed.
error-analysis-no-baseline = Choose a baseline for representation. The population table covers Finnish municipalities only; any other organisation compares with a file it uploads first.
error-analysis-baseline-not-found = The file chosen as the baseline is no longer kept (uploads are deleted once analysed, or after a day). Upload it again.
error-analysis-invalid-age-range = The ages are whole years from 0 to 100, the first not above the last.
error-analysis-no-variable-pay = Choose the variable pay column: the directive asks for the gap in variable pay and the share of women and men who receive it. If nobody receives any, add a column of zeros.

## Errors
error-review-not-found = There is no such review in this organisation.
error-review-invalid-verdict = Choose a verdict for each element: met, partly met, missing or not assessed.
error-review-invalid-recommendation = Choose a recommendation.
error-review-empty-feedback = Write the feedback to the organisation.
error-review-empty-answer = Write your answer.
error-review-framework-not-obliged = The organisation is not obliged by that framework.
error-instructor-not-instructor = Only people with the instructor role can be assigned organisations.
error-instructor-duplicate = The organisation is already assigned to that instructor.
error-instructor-assignment-not-found = The organisation is not assigned to that instructor.
error-national-invalid-filter = A filter has a value that does not exist. Choose among the options.
error-translation-language = Translations go into the organisation's other working language. Choose it in the organisation's settings first.
error-translation-unknown-text = The plan has no such text to translate. Reload the page: it may have been removed.
error-register-search-too-long = The search can be at most 100 characters long. Write part of a name or a municipality code.
error-register-search-empty = Write at least one letter or digit of a name or a code to search for.

error-national-invalid-status = The status filter names no status. Use one of: { $statuses }.
error-national-invalid-year = The year { $value } is not one with data (2015–2100).
error-national-unknown-framework = The framework { $value } is not one national monitoring knows.
error-national-unknown-municipality = No organisation has the code { $value }. Use the official municipality code, for example 091 or 0180.
error-national-page-size-too-large = The page size is larger than the maximum of { $value }.
error-self-report-missing-field = { $field }: this field is required.
error-self-report-invalid-date = { $field }: not a real date (YYYY-MM-DD).
error-self-report-future-date = { $field }: the date is in the future.
error-self-report-invalid-number = { $field }: not a number.
error-self-report-share-out-of-range = { $field }: a share must be between 0 and 100 %.
error-self-report-ratio-out-of-range = { $field }: women's pay as a percentage of men's must be above 0 and at most 200.
error-self-report-quartiles-do-not-add-up = { $field }: the shares of women and men in the band add up to { $total } %, not 100 %.
error-self-report-negative-pay = { $field }: pay cannot be negative.
error-self-report-min-above-max = { $field }: the lowest pay is above the highest.
error-self-report-outside-min-max = { $field }: the figure lies outside the lowest and highest pay.
error-self-report-jump-unconfirmed = { $field }: the figure changed from { $previous } to { $current }, more than { $threshold } points since the previous report. Check it, then confirm below.
error-self-report-no-document = { $field }: give a link to the plan or attach it as a PDF.
error-self-report-invalid-link = { $field }: the link must be a web address starting with https:// or http://.
error-self-report-not-pdf = { $field }: the file is not a PDF.
error-self-report-unknown-element = { $field }: an element ticked is not one of the framework's required elements.
error-self-report-framework-not-reportable = { $field }: your organisation cannot report under this framework.
error-self-report-not-found = There is no such self-report.
