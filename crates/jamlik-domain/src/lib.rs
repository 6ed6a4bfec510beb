//! Jämlik's domain: the types every other crate speaks in, and the rules that
//! hold whatever the storage or the user interface.
//!
//! Nothing here does IO. Values are parsed once at the edge ("parse, don't
//! validate"): an [`Email`] is always well formed, a [`Role`] always one of the
//! five the product knows, and an [`ErrorCode`] always maps to one stable code,
//! one HTTP status and one translation key.

mod error;
mod ids;
mod national;
mod organisation;
mod planning;
mod reminder;
mod review;
mod secret;
mod translation;
mod user;

pub use error::ErrorCode;
pub use ids::{OrgId, UserId};
pub use national::{
    add_months, check_report_figures, compute_status, parse_figure, ApprovalFacts, GroupRatio,
    PayFigure, PayFigures, PlanStatus, ReportProblem, StatusFacts, StatusOutcome, StatusRules,
    StatusSource, Validity, MAX_PAY_RATIO, QUARTILE_FIELDS, QUARTILE_TOLERANCE,
};
pub use organisation::{Country, Framework, Language, OrgKind, OrganisationDraft};
pub use planning::{
    check_scale, check_short_text, check_text, check_title, measure_has_owner, parse_money,
    Conclusion, ConsultedParty, DiscriminationKind, IsoDate, MeasureStatus, PlanDraft, PlanState,
    MAX_SHORT_TEXT, MAX_TEXT,
};
pub use reminder::{
    deadlines, lookback_days, reminder_step, Deadline, ReminderSide, ReminderStep, StatusAt,
    TOPIC_DEADLINE_BEFORE,
};
pub use review::{
    check_review_answer, check_review_texts, ElementVerdict, Recommendation, Verdict,
};
pub use secret::Secret;
pub use translation::{
    check_translation, check_translation_language, TextField, MAX_TRANSLATION_CHARS,
};
pub use user::{
    check_display_name, may_change_owned, Capability, Email, GlobalRole, Password, Role,
};
