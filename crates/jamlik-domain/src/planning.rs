//! The planning cycle's rules: plans, services, findings and measures.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::{ErrorCode, Framework};

/// A calendar date, `YYYY-MM-DD`. Stored as text, which sorts by date.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct IsoDate(String);

impl IsoDate {
    /// Parses `YYYY-MM-DD` (a real date: no 31 April).
    pub fn parse(raw: &str) -> Result<Self, ErrorCode> {
        let raw = raw.trim();
        let format = time::macros::format_description!("[year]-[month]-[day]");
        time::Date::parse(raw, &format)
            .map(|_| IsoDate(raw.to_owned()))
            .map_err(|_| ErrorCode::InvalidDate)
    }

    /// Parses an optional date: empty text is none.
    pub fn parse_optional(raw: &str) -> Result<Option<Self>, ErrorCode> {
        if raw.trim().is_empty() {
            Ok(None)
        } else {
            Self::parse(raw).map(Some)
        }
    }

    /// A date from the calendar.
    pub fn from_date(date: time::Date) -> Self {
        IsoDate(format!(
            "{:04}-{:02}-{:02}",
            date.year(),
            u8::from(date.month()),
            date.day()
        ))
    }

    /// The date as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The date as a `time::Date`.
    pub fn date(&self) -> Option<time::Date> {
        let format = time::macros::format_description!("[year]-[month]-[day]");
        time::Date::parse(&self.0, &format).ok()
    }
}

impl TryFrom<String> for IsoDate {
    type Error = ErrorCode;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        IsoDate::parse(&value)
    }
}

impl From<IsoDate> for String {
    fn from(date: IsoDate) -> Self {
        date.0
    }
}

impl fmt::Display for IsoDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Checks a required short text (a title, a name): trimmed, 1 to `max` characters.
pub fn check_title(raw: &str, max: usize, error: ErrorCode) -> Result<String, ErrorCode> {
    let text = raw.trim();
    let chars = text.chars().count();
    if chars == 0 || chars > max || text.chars().any(char::is_control) {
        Err(error)
    } else {
        Ok(text.to_owned())
    }
}

/// Checks an optional longer text: trimmed, at most `max` characters.
pub fn check_text(raw: &str, max: usize) -> Result<String, ErrorCode> {
    let text = raw.trim();
    if text.chars().count() > max {
        Err(ErrorCode::TextTooLong)
    } else {
        Ok(text.to_owned())
    }
}

/// The longest free text accepted in a field.
pub const MAX_TEXT: usize = 5_000;

/// The longest short text accepted in a field (a unit, an indicator's value).
pub const MAX_SHORT_TEXT: usize = 200;

/// Checks an optional short text: trimmed, at most [`MAX_SHORT_TEXT`]
/// characters, on one line.
pub fn check_short_text(raw: &str) -> Result<String, ErrorCode> {
    let text = raw.trim();
    if text.chars().count() > MAX_SHORT_TEXT || text.chars().any(char::is_control) {
        Err(ErrorCode::ShortTextTooLong)
    } else {
        Ok(text.to_owned())
    }
}

macro_rules! word_enum {
    ($(#[$doc:meta])* $name:ident, $error:expr, { $($(#[$vdoc:meta])* $variant:ident => $word:literal),* $(,)? }) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, utoipa::ToSchema)]
        #[serde(rename_all = "snake_case")]
        pub enum $name {
            $($(#[$vdoc])* $variant,)*
        }

        impl $name {
            /// Every value, in order.
            pub const ALL: &'static [$name] = &[$($name::$variant,)*];

            /// The stored and wire name.
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $word,)* }
            }

            /// Parses the stored and wire name.
            pub fn parse(raw: &str) -> Result<Self, ErrorCode> {
                Self::ALL.iter().copied().find(|v| v.as_str() == raw.trim()).ok_or($error)
            }
        }
    };
}

word_enum!(
    /// Where a measure stands.
    MeasureStatus, ErrorCode::InvalidStatus, {
        /// Not started.
        Planned => "planned",
        /// Under way.
        InProgress => "in_progress",
        /// Done.
        Done => "done",
        /// Late against its due date or plan.
        Delayed => "delayed",
        /// Given up, with a reason in its history.
        Dropped => "dropped",
    }
);

word_enum!(
    /// Whether a risk is of direct or indirect discrimination.
    DiscriminationKind, ErrorCode::InvalidFindingKind, {
        /// Treating someone less favourably because of a ground.
        Direct => "direct",
        /// An apparently neutral rule or practice that puts a group at a disadvantage.
        Indirect => "indirect",
    }
);

word_enum!(
    /// Where a plan stands.
    PlanState, ErrorCode::InvalidStatus, {
        /// Being prepared.
        Draft => "draft",
        /// A version has been approved.
        Approved => "approved",
        /// An approved version is public.
        Published => "published",
    }
);

word_enum!(
    /// Who was consulted on a plan.
    ConsultedParty, ErrorCode::InvalidParty, {
        /// The council on disability (vammaisneuvosto, rådet för personer med funktionsnedsättning).
        DisabilityCouncil => "disability_council",
        /// The council of older people (vanhusneuvosto, äldrerådet).
        ElderlyCouncil => "elderly_council",
        /// The youth council (nuorisovaltuusto, ungdomsfullmäktige).
        YouthCouncil => "youth_council",
        /// Multicultural and minority associations.
        MulticulturalAssociation => "multicultural_association",
        /// Staff and their representatives.
        StaffRepresentatives => "staff_representatives",
        /// Residents, pupils or service users.
        Residents => "residents",
        /// Another party, named.
        Other => "other",
    }
);

word_enum!(
    /// What the assessment of a service concluded for one ground.
    Conclusion, ErrorCode::InvalidConclusion, {
        /// Not looked at yet.
        NotAssessed => "not_assessed",
        /// Looked at; no risk of discrimination found.
        NoRisk => "no_risk",
        /// A risk of discrimination: it should lead to a finding.
        Risk => "risk",
        /// Looked at, but more information is needed.
        Unclear => "unclear",
    }
);

/// A new plan, checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlanDraft {
    /// The plan's title.
    pub title: String,
    /// The frameworks one combined plan covers (at least one).
    pub frameworks: Vec<Framework>,
    /// First day of the period.
    pub period_start: IsoDate,
    /// Last day of the period.
    pub period_end: IsoDate,
    /// Who is in the working group (names and roles, free text).
    pub working_group: String,
}

impl PlanDraft {
    /// Parses and checks a plan from form or API text.
    pub fn parse(
        title: &str,
        frameworks: &[String],
        period_start: &str,
        period_end: &str,
        working_group: &str,
    ) -> Result<Self, ErrorCode> {
        let title = check_title(title, 200, ErrorCode::InvalidTitle)?;
        let frameworks = Framework::parse_list(&frameworks.join(","))?;
        if frameworks.is_empty() {
            return Err(ErrorCode::NoFramework);
        }
        let period_start = IsoDate::parse(period_start)?;
        let period_end = IsoDate::parse(period_end)?;
        if period_end <= period_start {
            return Err(ErrorCode::DatesOutOfOrder);
        }
        let working_group = check_text(working_group, MAX_TEXT)?;
        Ok(PlanDraft {
            title,
            frameworks,
            period_start,
            period_end,
            working_group,
        })
    }
}

/// A severity or likelihood, 1 (low) to 4 (high).
pub fn check_scale(value: i64) -> Result<i64, ErrorCode> {
    if (1..=4).contains(&value) {
        Ok(value)
    } else {
        Err(ErrorCode::InvalidScale)
    }
}

/// A budget in euros or kronor with up to two decimals (`1 250,50`), as cents.
pub fn parse_money(raw: &str) -> Result<Option<i64>, ErrorCode> {
    let cleaned: String = raw
        .trim()
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{a0}')
        .collect();
    if cleaned.is_empty() {
        return Ok(None);
    }
    let cleaned = cleaned.replace(',', ".");
    let (whole, fraction) = cleaned.split_once('.').unwrap_or((&cleaned, ""));
    if whole.is_empty()
        || !whole.chars().all(|c| c.is_ascii_digit())
        || fraction.len() > 2
        || !fraction.chars().all(|c| c.is_ascii_digit())
    {
        return Err(ErrorCode::InvalidBudget);
    }
    let whole: i64 = whole.parse().map_err(|_| ErrorCode::InvalidBudget)?;
    let cents: i64 = format!("{fraction:0<2}")
        .parse()
        .map_err(|_| ErrorCode::InvalidBudget)?;
    whole
        .checked_mul(100)
        .and_then(|w| w.checked_add(cents))
        .filter(|v| *v <= 100_000_000_000)
        .map(Some)
        .ok_or(ErrorCode::InvalidBudget)
}

/// Whether a measure has someone responsible: a person, or a unit named.
/// A plan is approved only when every measure has.
pub fn measure_has_owner(has_person: bool, unit: &str) -> bool {
    has_person || !unit.trim().is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_real_and_ordered() {
        assert!(
            IsoDate::parse("2026-02-29").is_err(),
            "2026 is not a leap year"
        );
        assert!(IsoDate::parse("2028-02-29").is_ok());
        assert_eq!(IsoDate::parse("29.2.2028"), Err(ErrorCode::InvalidDate));
        let frameworks = vec!["fi-non-discrimination".to_owned()];
        let backwards = PlanDraft::parse("Plan", &frameworks, "2027-01-01", "2026-01-01", "");
        assert_eq!(backwards, Err(ErrorCode::DatesOutOfOrder));
        assert_eq!(
            PlanDraft::parse("Plan", &[], "2026-01-01", "2027-01-01", ""),
            Err(ErrorCode::NoFramework)
        );
        assert_eq!(
            PlanDraft::parse(" ", &frameworks, "2026-01-01", "2027-01-01", ""),
            Err(ErrorCode::InvalidTitle)
        );
        assert!(PlanDraft::parse(
            "Plan",
            &frameworks,
            "2026-01-01",
            "2029-12-31",
            "Anna, Björn"
        )
        .is_ok());
    }

    #[test]
    fn money_reads_the_nordic_way() {
        assert_eq!(parse_money("1 250,50"), Ok(Some(125_050)));
        assert_eq!(parse_money("12000"), Ok(Some(1_200_000)));
        assert_eq!(parse_money(""), Ok(None));
        assert_eq!(parse_money("12,345"), Err(ErrorCode::InvalidBudget));
        assert_eq!(parse_money("-5"), Err(ErrorCode::InvalidBudget));
        assert_eq!(parse_money("lots"), Err(ErrorCode::InvalidBudget));
    }

    #[test]
    fn words_parse_and_refuse() {
        assert_eq!(
            MeasureStatus::parse("in_progress"),
            Ok(MeasureStatus::InProgress)
        );
        assert_eq!(
            MeasureStatus::parse("finished"),
            Err(ErrorCode::InvalidStatus)
        );
        assert_eq!(
            DiscriminationKind::parse("indirect"),
            Ok(DiscriminationKind::Indirect)
        );
        assert_eq!(check_scale(5), Err(ErrorCode::InvalidScale));
    }

    #[test]
    fn short_texts_stay_short_and_on_one_line() {
        assert_eq!(check_short_text("  40 % "), Ok("40 %".to_owned()));
        assert_eq!(check_short_text(""), Ok(String::new()));
        assert_eq!(
            check_short_text(&"x".repeat(MAX_SHORT_TEXT + 1)),
            Err(ErrorCode::ShortTextTooLong)
        );
        assert_eq!(
            check_short_text("one\ntwo"),
            Err(ErrorCode::ShortTextTooLong)
        );
    }
}
