# Jämlik — English.
# Every key here exists in all three files; a test checks it.

app-name = Jämlik
skip-to-content = Skip to content
nav-label = Main menu
nav-home = My organisations
nav-admin = Administration
nav-profile = Profile
nav-sign-in = Sign in
nav-sign-out = Sign out
language-switch-label = Language
footer-about = Jämlik – open-source software for statutory equality work in Finland and Sweden.
save = Save
back-to-dashboard = Back to the overview
demo-badge = Demo data
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
sign-in-title = Sign in
field-email = Email
field-password = Password
field-name = Name
field-optional = (optional)
field-new-password = New password
field-confirm-password = Repeat the new password
field-current-password = Current password
password-rule = (at least 10 characters)
sign-in-submit = Sign in
sign-in-forgot = Forgotten your password?
forgot-title = Forgotten password
forgot-intro = Enter your email address. If there is an account, we send a link to choose a new password. The link is valid for one hour.
forgot-submit = Send the link
forgot-back = Back to sign in
reset-title = Choose a new password
reset-intro = Choose a new password for your account. You will be signed out on every device.
welcome-title = Welcome to Jämlik
welcome-intro = You have been invited. Choose a password to begin.
set-password-submit = Save the password
home-title = My organisations
home-no-orgs = You are not a member of any organisation yet. Ask your organisation's coordinator for an invitation.
home-orgs-label = Organisations
home-all-orgs = All organisations
dashboard-title = Overview
org-nav-label = Organisation pages
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
fact-country = Country
fact-kind = Kind
fact-code = Code
fact-region = Region
fact-population = Population
fact-staff = Staff
fact-languages = Working languages
fact-frameworks = Obligations
fact-none = None
members-title = Members of { $organisation }
members-caption = Members and roles
members-col-name = Name
members-col-role = Role
members-col-since = Member since
members-col-actions = Change
members-pending = not signed in yet
members-role-of = Role of { $name }
members-change-role = Change role
members-remove = Remove
members-remove-named = Remove { $name }
members-invite-heading = Invite a person
members-invite-intro = The person receives an email. Someone without an account gets a link to choose a password.
members-invite-submit = Invite
settings-title = Settings of { $organisation }
settings-languages = Working languages
settings-frameworks = Laws and frameworks the organisation is obliged by
settings-staff-hint = (number of staff, optional)
audit-title = Audit trail
audit-title-org = Audit trail of { $organisation }
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
audit-col-action = Action
pager-label = Pages
pager-previous = Previous page
pager-next = Next page
pager-position = Page { $page } of { $pages }
profile-title = Profile
profile-details-heading = Name and language
profile-language = Language
profile-language-browser = The browser's language
profile-password-heading = Change password
profile-password-submit = Change password
profile-sessions-heading = Sessions
profile-sessions-count = Active sessions: { $count }
profile-sign-out-everywhere = Sign out everywhere
profile-tokens-heading = API tokens
profile-tokens-intro = A personal API token lets programs use Jämlik's API on your behalf. The token is shown only once.
profile-tokens-caption = Your API tokens
profile-token-name = Token name
profile-token-created = The token has been created. Copy it now – it will not be shown again.
profile-token-created-at = Created
profile-token-last-used = Last used
profile-token-state = State
profile-token-never = never
profile-token-revoked = Revoked
profile-token-revoke = Revoke
profile-token-revoke-named = Revoke { $name }
profile-token-create = Create a token
admin-nav-label = Administration pages
admin-nav-orgs = Organisations
admin-nav-users = People
admin-nav-audit = Audit trail
admin-orgs-title = Organisations
admin-orgs-search = Search a name or code
admin-orgs-all-countries = All countries
admin-orgs-search-submit = Search
admin-orgs-found = Matches: { $count }
admin-orgs-caption = Organisations by name
admin-orgs-col-name = Name
admin-orgs-new-heading = Add an organisation
admin-orgs-new-intro = The municipalities are in the register already. Add other organisations here: joint authorities, education providers, employers.
admin-orgs-code-hint = (for example a business id, optional)
admin-orgs-name-fi = Name in Finnish
admin-orgs-name-sv = Name in Swedish
admin-orgs-name-en = Name in English
admin-orgs-new-submit = Add
admin-users-title = People
admin-users-search = Search a name or email
admin-users-caption = People and global roles
admin-users-col-global-role = Global role
admin-users-role-of = Global role of { $name }
error-request-id = Reference for support
error-back-to-start = To the start page
error-title-forbidden = No access
error-title-not-found = Not found
error-title-internal = Something went wrong
error-title-request = The request could not be done
notice-signed-out = You are signed out.
notice-signed-out-everywhere = You are signed out on every device.
notice-password-set = The password is saved. Sign in with it.
notice-reset-sent = If there is an account for the address, we have sent a link to it.
notice-member-invited = The person is invited and has been emailed.
notice-member-updated = The role is changed.
notice-member-removed = The person is removed from the organisation.
notice-settings-saved = The settings are saved.
notice-profile-saved = The profile is saved.
notice-password-changed = The password is changed. Other sessions have ended.
notice-token-revoked = The token is revoked.
notice-organisation-created = The organisation is added.
notice-user-updated = The person's role is changed.
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
region-FI-KU = Kymenlaakso
region-FI-KY = Central Uusimaa
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
mail-invitation-subject = You have been invited to { $organisation } in Jämlik
mail-invitation-body-new =
    Hello,
    { "" }
    { $inviter } has invited you to { $organisation } in Jämlik, the tool for equality work.
    { "" }
    Choose your password here (the link is valid for seven days):
    { $link }
    { "" }
    If you did not expect this, you can ignore this message.
mail-invitation-body-existing =
    Hello,
    { "" }
    { $inviter } has added you to { $organisation } in Jämlik. Sign in as usual:
    { $link }
mail-reset-subject = Choose a new password in Jämlik
mail-reset-body =
    Hello { $name },
    { "" }
    Someone (we hope you) asked for a new password. Choose it within an hour:
    { $link }
    { "" }
    If it was not you, you need not do anything.
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
        [personal] it is built on your own name or email address
       *[other] it follows a pattern that is easy to guess
    }. Use a few unrelated words, or a longer password.
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

# Planning workspace
org-nav-plans = Plans
org-nav-services = Services and units
dashboard-plan-start = Start a plan
dashboard-measure-count = Measures: { $count }
date-format-hint = (YYYY-MM-DD)
plans-title = Plans of { $organisation }
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
plan-state-draft = Draft
plan-period = Period
plan-state = Status
plan-progress = Progress
plan-progress-done = { $value } % of the measures done
findings-heading = Assessment and findings
findings-intro = Go through the services ground by ground. Record each risk of direct or indirect discrimination, whom it affects, how severe and how likely it is.
findings-none = No findings yet.
findings-caption = Findings, most serious first
findings-new-heading = Record a finding
findings-new-submit = Save the finding
finding-ground = Ground
finding-service = Service or unit
finding-no-service = The whole organisation
finding-kind = Kind of risk
finding-kind-direct = Direct discrimination
finding-kind-indirect = Indirect discrimination
finding-description = What was found
finding-affected = Who is affected
finding-severity = Severity
finding-likelihood = Likelihood
finding-scale-hint = (1 = low, 4 = high)
measures-heading = Measures
measures-by-status = Measures by status
measures-none = No measures yet.
measures-caption = Measures by due date
measures-new-heading = Add a measure
measures-new-submit = Add the measure
measure-title = Measure
measure-field-title = Measure
measure-field-finding = Finding the measure answers
measure-no-finding = No particular finding
measure-field-goal = Goal
measure-field-owner = Responsible person
measure-no-owner = None chosen
measure-field-unit = Responsible unit
measure-field-budget = Budget (euros or kronor)
measure-field-start = Starts
measure-field-due = Due
measure-overdue = overdue
measure-back-to-plan = Back to the plan
measure-update-heading = Report progress
measure-note = What has happened?
measure-update-submit = Save the report
measure-history-heading = History
measure-status-planned = Planned
measure-status-in_progress = In progress
measure-status-done = Done
measure-status-delayed = Delayed
measure-status-dropped = Dropped
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
audit-entity-plan = Plan
audit-entity-service = Service
audit-entity-finding = Finding
audit-entity-measure = Measure
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
versions-heading = Approval and publication
versions-none = No version has been approved yet.
version-number = Version { $value }
version = Version
version-public-link = The published plan
approve-heading = Record the approval
approve-intro = When the decision-making body has approved the plan, record the decision here. The plan is then saved as a new version. Every measure must have someone responsible.
approve-body = Approved by
approve-date = Date of the decision
approve-decision = Decision reference (minutes, section)
approve-submit = Record the approval
publish-heading = Publish
publish-intro = The newest approved version gets a stable public address anyone can read. People's names are not shown, only the responsible units.
publish-submit = Publish the approved version
public-plan-note = The plan is shown as it was approved. The measures' status is updated in the follow-up.
plan-state-approved = Approved
plan-state-published = Published
start-published-heading = Published plans
notice-plan-approved = The approval is recorded and a new version saved.
notice-plan-unchanged = The plan has not changed since it was last approved; no new version was saved.
notice-plan-published = The plan is published.
audit-entity-plan_version = Plan version
audit-action-approve = approved
audit-action-publish = published
error-plan-measure-without-owner = The measure “{ $title }” has no responsible person or unit. Name one before the plan is approved.
error-plan-approval-in-future = The date of the decision cannot be in the future.
error-plan-nothing-to-publish = There is no approved version to publish. Record the approval first.
error-plan-published-not-found = There is no published plan at this address.
measure-field-catalogue = Measure from the catalogue
measure-field-catalogue-hint = (fills the name and goal left empty)
measure-no-catalogue = None, I write my own
error-measure-catalogue-not-found = The chosen measure is not in the catalogue for the plan's laws.
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
bulk-problem-encoding = The file is not UTF-8. Save it as “CSV UTF-8” and try again.
bulk-problem-empty = The file holds no rows.
bulk-problem-unreadable = The row could not be read as CSV.
bulk-problem-columns = The columns must be exactly { $expected }; the file has { $value }.
bulk-problem-ragged = The row has { $value } fields instead of six.
bulk-problem-unknown-measure = There is no measure “{ $value }” in this plan.
bulk-problem-duplicate = The measure “{ $value }” appears more than once.
bulk-problem-status = “{ $value }” is not a status; use planned, in_progress, done, delayed or dropped.
bulk-problem-date = “{ $value }” is not a date; write YYYY-MM-DD.
bulk-problem-note = The note is too long (at most 5,000 characters).
notice-bulk-applied = The file is read and the measures updated.
audit-action-bulk_update = updated from a file
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
error-plan-version-not-found = The plan has no such version.
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
indicators-heading = Indicators
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
indicator-summary = { $name }: { $baseline } → { $target }
indicator-summary-current = { $name }: { $baseline } → { $target } (now { $current })
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
public-newer-version = This is version { $value } of the plan. A newer version has been published since.
public-newest-link = Read the newest version ({ $value })
public-stable-note = This address always shows the newest published version of the plan.
public-this-version = This is version { $value } of the plan.
public-stable-link = The plan's permanent address
audit-entity-indicator = Indicator
audit-entity-plan_evaluation = Evaluation of a measure
audit-action-edit = edited
audit-action-carry_forward = carried forward
change-field-indicators = Indicators
change-field-evaluation = Evaluation
error-measure-due-before-start = The due date cannot be before the start date.
error-request-short-text-too-long = The text is too long (at most 200 characters on one line).
error-indicator-not-found = The measure has no such indicator.
error-plan-previous-not-found = Choose a previous plan of this organisation, or none.
error-plan-evaluated-measure-not-found = The evaluation names a measure that is not in the previous plan.
