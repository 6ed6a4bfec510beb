//! The one table of errors a person or a client can meet.
//!
//! Each error has a stable code (clients may match on it), an HTTP status and
//! a translation key; the message itself lives in the translation files, so
//! the same error reads in Swedish, Finnish or English. Internal details never
//! enter this table: they are logged with the request id instead.

use serde::Serialize;

/// Declares the table: variant, stable code, HTTP status.
macro_rules! error_table {
    ($($(#[$doc:meta])* $variant:ident => $code:literal, $status:literal;)*) => {
        /// Every error Jämlik reports, with its stable code and HTTP status.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, utoipa::ToSchema)]
        #[serde(into = "&'static str")]
        pub enum ErrorCode {
            $($(#[$doc])* $variant,)*
        }

        impl ErrorCode {
            /// All errors, in table order.
            pub const ALL: &'static [ErrorCode] = &[$(ErrorCode::$variant,)*];

            /// The stable code, for example `auth.invalid_credentials`.
            pub fn code(self) -> &'static str {
                match self { $(ErrorCode::$variant => $code,)* }
            }

            /// The HTTP status the error is answered with.
            pub fn http_status(self) -> u16 {
                match self { $(ErrorCode::$variant => $status,)* }
            }
        }
    };
}

error_table! {
    /// The request needs a signed-in person.
    NotSignedIn => "auth.not_signed_in", 401;
    /// The email or the password is wrong.
    InvalidCredentials => "auth.invalid_credentials", 401;
    /// Too many failed sign-ins in a short time.
    TooManyAttempts => "auth.too_many_attempts", 429;
    /// Too many passwords are being checked at once; try again in a moment.
    Busy => "auth.busy", 429;
    /// The API token is missing, unknown or revoked.
    InvalidToken => "auth.invalid_token", 401;
    /// The person's role does not allow this.
    Forbidden => "auth.forbidden", 403;
    /// The organisation is not one the person belongs to.
    ForeignOrganisation => "org.foreign", 403;
    /// The form was not sent from a Jämlik page (CSRF check failed).
    CsrfRejected => "request.csrf_rejected", 403;
    /// No page or resource at this address.
    NotFound => "request.not_found", 404;
    /// The organisation does not exist.
    OrganisationNotFound => "org.not_found", 404;
    /// The person does not exist.
    UserNotFound => "user.not_found", 404;
    /// The person is not a member of the organisation.
    MemberNotFound => "member.not_found", 404;
    /// The API token does not exist.
    TokenNotFound => "token.not_found", 404;
    /// The body of the request is larger than allowed.
    PayloadTooLarge => "request.too_large", 413;
    /// The body of the request could not be read (malformed JSON or form).
    MalformedBody => "request.malformed", 400;
    /// A part of the request (its address's path or query, or what was
    /// sent) could not be read; the framework's own text goes to the log.
    InvalidRequest => "request.invalid", 400;
    /// The email address is not valid.
    InvalidEmail => "user.invalid_email", 422;
    /// An account with this email already exists.
    DuplicateEmail => "user.duplicate_email", 409;
    /// The password is shorter than the minimum.
    PasswordTooShort => "user.password_too_short", 422;
    /// The password is longer than the maximum.
    PasswordTooLong => "user.password_too_long", 422;
    /// The two passwords differ.
    PasswordsDiffer => "user.passwords_differ", 422;
    /// The password is too easy to guess (the argument says why).
    PasswordTooWeak => "user.password_too_weak", 422;
    /// The current password given is wrong.
    WrongCurrentPassword => "user.wrong_current_password", 422;
    /// The new password is the current one.
    PasswordUnchanged => "user.password_unchanged", 422;
    /// The current password was wrong too many times in a short time.
    TooManyPasswordChecks => "user.too_many_password_checks", 429;
    /// The name is empty or too long.
    InvalidName => "user.invalid_name", 422;
    /// The link has expired.
    LinkExpired => "link.expired", 410;
    /// The link has already been used.
    LinkUsed => "link.used", 410;
    /// The link is not known.
    LinkInvalid => "link.invalid", 404;
    /// The role is not one of coordinator, contributor or viewer.
    InvalidRole => "member.invalid_role", 422;
    /// The person is already a member.
    DuplicateMember => "member.duplicate", 409;
    /// The last coordinator cannot be removed or demoted.
    LastCoordinator => "member.last_coordinator", 409;
    /// The organisation's name is missing or too long.
    InvalidOrganisationName => "org.invalid_name", 422;
    /// The organisation kind is not known.
    InvalidOrganisationKind => "org.invalid_kind", 422;
    /// The country is not FI or SE.
    InvalidCountry => "org.invalid_country", 422;
    /// A language is not one of sv, fi or en.
    InvalidLanguage => "org.invalid_language", 422;
    /// A framework is not known.
    InvalidFramework => "org.invalid_framework", 422;
    /// The staff size is not a whole number between 0 and 10,000,000.
    InvalidStaffSize => "org.invalid_staff_size", 422;
    /// The organisation code is already in use.
    DuplicateOrganisationCode => "org.duplicate_code", 409;
    /// The organisation code is malformed.
    InvalidOrganisationCode => "org.invalid_code", 422;
    /// The global role is not known.
    InvalidGlobalRole => "user.invalid_global_role", 422;
    /// The token name is empty or too long.
    InvalidTokenName => "token.invalid_name", 422;
    /// The page number or page size is out of range.
    InvalidPaging => "request.invalid_paging", 422;
    /// A date is not a real `YYYY-MM-DD` date.
    InvalidDate => "request.invalid_date", 422;
    /// A text is longer than allowed.
    TextTooLong => "request.text_too_long", 422;
    /// The title or name is empty or too long.
    InvalidTitle => "plan.invalid_title", 422;
    /// A plan must cover at least one framework.
    NoFramework => "plan.no_framework", 422;
    /// The end comes before the start.
    DatesOutOfOrder => "plan.dates_out_of_order", 422;
    /// The plan does not exist in this organisation.
    PlanNotFound => "plan.not_found", 404;
    /// The service or unit does not exist in this organisation.
    ServiceNotFound => "service.not_found", 404;
    /// The finding does not exist in this plan.
    FindingNotFound => "finding.not_found", 404;
    /// The measure does not exist in this organisation.
    MeasureNotFound => "measure.not_found", 404;
    /// The status is not one of planned, in progress, done, delayed, dropped.
    InvalidStatus => "measure.invalid_status", 422;
    /// The budget is not an amount with at most two decimals.
    InvalidBudget => "measure.invalid_budget", 422;
    /// The owner is not a member of the organisation.
    OwnerNotMember => "measure.owner_not_member", 422;
    /// Severity and likelihood are 1 to 4.
    InvalidScale => "finding.invalid_scale", 422;
    /// The kind is not direct or indirect.
    InvalidFindingKind => "finding.invalid_kind", 422;
    /// The ground is not one the plan's frameworks name.
    InvalidGround => "finding.invalid_ground", 422;
    /// A measure has no responsible person or unit; a plan cannot be approved so.
    MeasureWithoutOwner => "plan.measure_without_owner", 422;
    /// An approval date lies in the future.
    ApprovalInFuture => "plan.approval_in_future", 422;
    /// There is no approved version to publish.
    NothingToPublish => "plan.nothing_to_publish", 409;
    /// No published plan at this address.
    PublishedPlanNotFound => "plan.published_not_found", 404;
    /// The chosen catalogue measure is not in the catalogue for this plan.
    CatalogueMeasureNotFound => "measure.catalogue_not_found", 422;
    /// The plan has no version with that number.
    VersionNotFound => "plan.version_not_found", 404;
    /// The consulted party is not one of the known kinds.
    InvalidParty => "consultation.invalid_party", 422;
    /// A consultation is recorded after it was held, not before.
    ConsultationInFuture => "consultation.in_future", 422;
    /// The conclusion is not one of not assessed, no risk, risk, unclear.
    InvalidConclusion => "assessment.invalid_conclusion", 422;
    /// The perspective is not one of the plan's frameworks' perspectives.
    InvalidPerspective => "assessment.invalid_perspective", 422;
    /// An answer does not fit its question (yes or no, 1–4, a number, a date).
    InvalidAnswer => "checklist.invalid_answer", 422;
    /// The framework of this plan has no such step.
    StepNotFound => "plan.step_not_found", 404;
    /// The attached file is empty or has no name.
    EmptyEvidence => "evidence.empty", 422;
    /// The attached file is larger than allowed.
    EvidenceTooLarge => "evidence.too_large", 413;
    /// No such attached file in this organisation.
    EvidenceNotFound => "evidence.not_found", 404;
    /// The plan has no such follow-up round.
    RoundNotFound => "round.not_found", 404;
    /// A follow-up round overlaps another of the same plan.
    RoundOverlaps => "round.overlaps", 409;
    /// A follow-up round's report cannot be published before the round opens.
    RoundNotOpenYet => "round.not_open_yet", 409;
    /// A follow-up round's report is published only for a published plan.
    RoundPlanUnpublished => "round.plan_unpublished", 409;
    /// No published follow-up report at this address.
    FollowUpReportNotFound => "round.report_not_found", 404;
    /// No framework or step of the guide at this address.
    GuideNotFound => "guide.not_found", 404;
    /// A catalogue filter names no framework or category.
    CatalogueFilterUnknown => "catalogue.unknown_filter", 422;
    /// A search of the guide longer than allowed.
    GuideSearchTooLong => "guide.search_too_long", 422;
    /// A search of the guide with no letter or digit in it.
    GuideSearchEmpty => "guide.search_empty", 422;
    /// No course, lesson or module quiz at this address.
    CourseNotFound => "course.not_found", 404;
    /// No quiz attempt of this person at this address.
    QuizAttemptNotFound => "course.attempt_not_found", 404;
    /// A quiz answer names a question that is not in the attempt, or an
    /// option the question does not have.
    QuizAnswerUnknown => "course.answer_unknown", 422;
    /// The attempt's time limit has passed.
    QuizTimeUp => "course.time_up", 409;
    /// The attempt has already been submitted.
    QuizAlreadySubmitted => "course.already_submitted", 409;
    /// Re-certification is open only from shortly before the certificate
    /// expires.
    CourseNotRenewable => "course.not_renewable", 409;
    /// A training target's share is not 1–100 %, or its day is not a date.
    TrainingTargetInvalid => "course.invalid_target", 422;
    /// No certificate has this code.
    CertificateNotFound => "certificate.not_found", 404;
    /// The name to show on certificates is empty or too long.
    CertificateNameInvalid => "certificate.invalid_name", 422;
    /// A measure's due date comes before its start date.
    DueBeforeStart => "measure.due_before_start", 422;
    /// A short text (a unit, an indicator's value) is longer than allowed.
    ShortTextTooLong => "request.short_text_too_long", 422;
    /// The indicator does not exist on this measure.
    IndicatorNotFound => "indicator.not_found", 404;
    /// The plan to continue from is not an earlier plan of this organisation.
    PreviousPlanNotFound => "plan.previous_not_found", 422;
    /// The evaluation names a measure that is not in the previous plan.
    EvaluatedMeasureNotFound => "plan.evaluated_measure_not_found", 422;
    /// The analysis retention is not a whole number of days from 0 to 3650.
    InvalidRetention => "analysis.invalid_retention", 422;
    /// No such uploaded file in this organisation (or it has been deleted).
    AnalysisUploadNotFound => "analysis.upload_not_found", 404;
    /// No such analysis in this organisation.
    AnalysisJobNotFound => "analysis.job_not_found", 404;
    /// The analysis has not finished with a result.
    AnalysisNotFinished => "analysis.not_finished", 409;
    /// The uploaded file for analysis is larger than allowed.
    AnalysisFileTooLarge => "analysis.file_too_large", 413;
    /// The columns chosen do not fit the analysis (a role missing or a column used twice).
    InvalidMapping => "analysis.invalid_mapping", 422;
    /// The analysis is not one of those offered.
    InvalidAnalysis => "analysis.invalid_kind", 422;
    /// The file cannot be analysed; the analysis code says why.
    AnalysisInput => "analysis.input", 422;
    /// Representation has no baseline: none chosen, or the population
    /// table asked for an organisation that is no Finnish municipality.
    AnalysisNoBaseline => "analysis.no_baseline", 422;
    /// The uploaded file chosen as the baseline is no longer kept.
    AnalysisBaselineNotFound => "analysis.baseline_not_found", 422;
    /// The age range of a population baseline is not whole years from 0 to 100, in order.
    AnalysisInvalidAgeRange => "analysis.invalid_age_range", 422;
    /// Pay transparency without a variable pay column.
    AnalysisNoVariablePay => "analysis.no_variable_pay", 422;
    /// A status filter names no status Jämlik computes.
    InvalidStatusFilter => "national.invalid_status", 422;
    /// A year filter is not a year Jämlik can answer for.
    InvalidYear => "national.invalid_year", 422;
    /// A municipality code in a filter names no organisation.
    UnknownMunicipality => "national.unknown_municipality", 404;
    /// A framework in a filter is not one national monitoring knows.
    UnknownFramework => "national.unknown_framework", 404;
    /// The page size asked for is larger than the maximum.
    PageSizeTooLarge => "national.page_size_too_large", 422;
    /// A self-report lacks a field that is required.
    ReportMissingField => "self_report.missing_field", 422;
    /// A self-report's date is not a real date.
    ReportInvalidDate => "self_report.invalid_date", 422;
    /// A self-report's date lies in the future.
    ReportFutureDate => "self_report.future_date", 422;
    /// A self-report's figure is not a number.
    ReportInvalidNumber => "self_report.invalid_number", 422;
    /// A share (%) is below 0 or above 100.
    ReportShareOutOfRange => "self_report.share_out_of_range", 422;
    /// Women's pay as a percentage of men's is 0 or implausibly high.
    ReportRatioOutOfRange => "self_report.ratio_out_of_range", 422;
    /// A quartile band's shares of women and men do not add up to 100 %.
    ReportQuartilesDoNotAddUp => "self_report.quartiles_do_not_add_up", 422;
    /// A pay figure is negative.
    ReportNegativePay => "self_report.negative_pay", 422;
    /// The lowest pay is above the highest.
    ReportMinAboveMax => "self_report.min_above_max", 422;
    /// The median or the mean lies outside the lowest and highest pay.
    ReportOutsideMinMax => "self_report.outside_min_max", 422;
    /// A figure changed more than the framework's threshold since the last
    /// report; it is accepted once confirmed.
    ReportJumpUnconfirmed => "self_report.jump_unconfirmed", 409;
    /// A self-report has neither a link nor a file.
    ReportNoDocument => "self_report.no_document", 422;
    /// A self-report's link is not an http(s) address.
    ReportInvalidLink => "self_report.invalid_link", 422;
    /// A self-report's file is not a PDF.
    ReportNotPdf => "self_report.not_pdf", 422;
    /// A self-report ticks an element its framework does not have.
    ReportUnknownElement => "self_report.unknown_element", 422;
    /// The framework takes no self-reports from this organisation.
    ReportFrameworkNotReportable => "self_report.framework_not_reportable", 422;
    /// The self-report does not exist.
    ReportNotFound => "self_report.not_found", 404;
    /// The review does not exist for this organisation.
    ReviewNotFound => "review.not_found", 404;
    /// A verdict is not one of met, partly, missing, not assessed.
    InvalidVerdict => "review.invalid_verdict", 422;
    /// The recommendation is not one of adequate, revise, new plan.
    InvalidRecommendation => "review.invalid_recommendation", 422;
    /// A review's feedback to the organisation is empty.
    EmptyFeedback => "review.empty_feedback", 422;
    /// An answer to a review is empty.
    EmptyAnswer => "review.empty_answer", 422;
    /// The framework is not one the organisation is obliged by.
    FrameworkNotObliged => "review.framework_not_obliged", 422;
    /// Organisations are assigned only to people with the instructor role.
    NotAnInstructor => "instructor.not_instructor", 422;
    /// The organisation is already assigned to this instructor.
    DuplicateAssignment => "instructor.duplicate", 409;
    /// The organisation is not assigned to this instructor.
    AssignmentNotFound => "instructor.assignment_not_found", 404;
    /// A dashboard filter names a status, kind, size band or year that does not exist.
    InvalidFilter => "national.invalid_filter", 422;
    /// A translation is into a language the organisation does not work in,
    /// or into the one its texts are written in.
    TranslationLanguage => "translation.language", 422;
    /// A translation names a text the plan does not have.
    TranslationUnknownText => "translation.unknown_text", 404;
    /// A search of the public register is longer than a name can be.
    SearchTooLong => "register.search_too_long", 422;
    /// A search of the public register holds no letter or digit to look for.
    SearchEmpty => "register.search_empty", 422;
    /// Something failed inside Jämlik; the request id tells the log entry.
    Internal => "internal", 500;
    /// The database is not reachable.
    Unavailable => "unavailable", 503;
}

impl ErrorCode {
    /// The key of the message in the translation files, for example
    /// `error-auth-invalid_credentials` becomes `error-auth-invalid-credentials`.
    pub fn message_key(self) -> String {
        format!("error-{}", self.code().replace(['.', '_'], "-"))
    }

    /// Whether the error is the client's to fix (4xx) rather than ours (5xx).
    pub fn is_client_error(self) -> bool {
        self.http_status() < 500
    }
}

impl From<ErrorCode> for &'static str {
    fn from(code: ErrorCode) -> Self {
        code.code()
    }
}

impl std::fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

impl std::error::Error for ErrorCode {}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::*;

    #[test]
    fn codes_and_keys_are_unique() {
        let codes: HashSet<_> = ErrorCode::ALL.iter().map(|e| e.code()).collect();
        let keys: HashSet<_> = ErrorCode::ALL.iter().map(|e| e.message_key()).collect();
        assert_eq!(codes.len(), ErrorCode::ALL.len());
        assert_eq!(keys.len(), ErrorCode::ALL.len());
    }

    #[test]
    fn statuses_are_errors() {
        for error in ErrorCode::ALL {
            assert!((400..600).contains(&error.http_status()), "{error}");
        }
        assert_eq!(ErrorCode::Internal.message_key(), "error-internal");
        assert_eq!(
            ErrorCode::InvalidCredentials.message_key(),
            "error-auth-invalid-credentials"
        );
    }
}
