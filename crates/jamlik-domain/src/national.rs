//! National monitoring: the status of an organisation's work under one
//! framework, computed from facts and the framework's rules (never typed in),
//! and the checks a self-report passes before it is stored.
//!
//! The rules ([`StatusRules`]) come from the framework packs (`[status]` in a
//! pack file, turned into this plain form by `jamlik-packs`), so a change in
//! the law is a change in a data file. The facts ([`StatusFacts`]) come from
//! the plans in Jämlik or from the organisation's latest self-report.

use serde::{Deserialize, Serialize};
use time::{Date, Month};

use crate::{ErrorCode, IsoDate};

/// Where an organisation stands under one framework.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    utoipa::ToSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum PlanStatus {
    /// Neither a plan in Jämlik nor a self-report.
    NoPlan,
    /// A plan is being prepared in Jämlik; none has been approved.
    Draft,
    /// An approved plan whose cycle has not passed, complete and followed up.
    ApprovedCurrent,
    /// The approved plan's cycle has passed without a newer approval.
    Outdated,
    /// The approved plan lacks required elements (named).
    ElementsMissing,
    /// The pay survey the law asks for is missing or its own cycle has passed.
    PaySurveyMissing,
    /// The plan has not been followed up within its follow-up cycle.
    FollowUpOverdue,
}

impl PlanStatus {
    /// Every status, in the order dashboards list them.
    pub const ALL: [PlanStatus; 7] = [
        PlanStatus::NoPlan,
        PlanStatus::Draft,
        PlanStatus::ApprovedCurrent,
        PlanStatus::Outdated,
        PlanStatus::ElementsMissing,
        PlanStatus::PaySurveyMissing,
        PlanStatus::FollowUpOverdue,
    ];

    /// The stable wire and stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            PlanStatus::NoPlan => "no_plan",
            PlanStatus::Draft => "draft",
            PlanStatus::ApprovedCurrent => "approved_current",
            PlanStatus::Outdated => "outdated",
            PlanStatus::ElementsMissing => "elements_missing",
            PlanStatus::PaySurveyMissing => "pay_survey_missing",
            PlanStatus::FollowUpOverdue => "follow_up_overdue",
        }
    }

    /// The key of the status's name in the translation files, the one name
    /// every page, legend and download uses: `no_plan` becomes
    /// `status-no-plan`.
    pub fn message_key(self) -> String {
        format!("status-{}", self.as_str().replace('_', "-"))
    }

    /// Every wire name, in the order of [`PlanStatus::ALL`], joined by `, `:
    /// what the message of [`ErrorCode::InvalidStatusFilter`] offers (the
    /// `statuses` argument), so the list cannot drift from the enum.
    pub fn wire_names() -> String {
        PlanStatus::ALL.map(PlanStatus::as_str).join(", ")
    }

    /// Parses the wire name.
    pub fn parse(raw: &str) -> Result<Self, ErrorCode> {
        PlanStatus::ALL
            .into_iter()
            .find(|s| s.as_str() == raw.trim())
            .ok_or(ErrorCode::InvalidStatusFilter)
    }

    /// Whether the status is the one the law asks for.
    pub fn is_in_order(self) -> bool {
        self == PlanStatus::ApprovedCurrent
    }
}

/// Where the facts behind a status come from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum StatusSource {
    /// No facts at all.
    None,
    /// A plan made in Jämlik.
    Plan,
    /// A self-report of a plan made elsewhere.
    SelfReport,
}

impl StatusSource {
    /// The stable wire name.
    pub fn as_str(self) -> &'static str {
        match self {
            StatusSource::None => "none",
            StatusSource::Plan => "plan",
            StatusSource::SelfReport => "self_report",
        }
    }
}

/// How long something done stays valid.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Validity {
    /// Valid for this many months from the day it was done.
    Months(u32),
    /// An annual duty counted in calendar years: done in year Y, valid until
    /// the end of year Y + months / 12 (an annual survey of 2025 may be
    /// renewed at any time in 2026, and is missing from 1 January 2027).
    CalendarYears(u32),
    /// Ongoing work: it does not expire.
    Continuous,
}

impl Validity {
    /// The first day on which something done on `done` is no longer valid.
    pub fn end(self, done: Date) -> Option<Date> {
        match self {
            Validity::Months(months) => Some(add_months(done, months)),
            Validity::CalendarYears(months) => {
                let years = i32::try_from(months.div_ceil(12).max(1)).unwrap_or(1);
                Date::from_calendar_date(done.year() + years + 1, Month::January, 1).ok()
            }
            Validity::Continuous => None,
        }
    }
}

/// Adds whole months, keeping the day where the month has it and taking the
/// month's last day where it does not (31 January + 1 month = 28 February).
pub fn add_months(date: Date, months: u32) -> Date {
    let index =
        i64::from(date.year()) * 12 + i64::from(u8::from(date.month())) - 1 + i64::from(months);
    let year = i32::try_from(index.div_euclid(12)).unwrap_or(9999);
    let month = u8::try_from(index.rem_euclid(12) + 1).unwrap_or(12);
    let month = Month::try_from(month).unwrap_or(Month::December);
    let day = date.day().min(month.length(year));
    Date::from_calendar_date(year, month, day).unwrap_or(date)
}

/// The rules of one framework that decide a status, for one organisation
/// (where a pack's cycles depend on staff size, the applicable one is chosen
/// before this is built).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StatusRules {
    /// The framework (pack id).
    pub framework: String,
    /// How long an approved plan stays current.
    pub plan: Validity,
    /// The element that is the pay survey, when the framework asks for one.
    pub pay_survey_element: Option<String>,
    /// How long a pay survey stays valid (defaults to the plan's validity).
    pub pay_survey: Option<Validity>,
    /// How often the plan must be followed up, in months.
    pub follow_up_months: Option<u32>,
    /// Days after a follow-up falls due before it is overdue.
    pub follow_up_grace_days: u32,
}

/// An approval behind a status: an approved version of a plan in Jämlik, or
/// a self-report.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ApprovalFacts {
    /// Where it comes from.
    pub source: StatusSource,
    /// When it was approved.
    pub approved_on: IsoDate,
    /// The required elements it lacks (pack element ids).
    pub missing_elements: Vec<String>,
    /// When its pay survey was made, if it has one.
    pub pay_survey_on: Option<IsoDate>,
    /// When it was last followed up (a follow-up round closed, or reported).
    pub followed_up_on: Option<IsoDate>,
}

/// What is known about an organisation's work under one framework.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct StatusFacts {
    /// The newest approval, from a plan or a self-report.
    pub approval: Option<ApprovalFacts>,
    /// Whether a plan is being prepared in Jämlik (no approved version yet).
    pub draft: bool,
}

/// A computed status.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct StatusOutcome {
    /// The status.
    pub status: PlanStatus,
    /// The required elements missing (pack element ids), for
    /// [`PlanStatus::ElementsMissing`] and [`PlanStatus::PaySurveyMissing`].
    pub missing: Vec<String>,
    /// The day the status next changes by itself (a cycle passes, a
    /// follow-up falls due), if it does.
    pub next_change: Option<IsoDate>,
    /// Where the facts come from.
    pub source: StatusSource,
}

fn day(date: &IsoDate) -> Option<Date> {
    date.date()
}

fn min_date(dates: impl IntoIterator<Item = Option<Date>>) -> Option<Date> {
    dates.into_iter().flatten().min()
}

/// Computes the status of one organisation under one framework on `as_of`.
///
/// The order of precedence: no approval → draft or no plan; an approval whose
/// cycle has passed → outdated; required elements missing (other than the pay
/// survey) → elements missing; the pay survey absent or past its own cycle →
/// pay survey missing; no follow-up within the follow-up cycle (plus grace)
/// → follow-up overdue; otherwise approved and current.
pub fn compute_status(rules: &StatusRules, facts: &StatusFacts, as_of: Date) -> StatusOutcome {
    let Some(approval) = &facts.approval else {
        return StatusOutcome {
            status: if facts.draft {
                PlanStatus::Draft
            } else {
                PlanStatus::NoPlan
            },
            missing: Vec::new(),
            next_change: None,
            source: if facts.draft {
                StatusSource::Plan
            } else {
                StatusSource::None
            },
        };
    };
    let outcome = |status, missing, next: Option<Date>| StatusOutcome {
        status,
        missing,
        next_change: next.map(IsoDate::from_date),
        source: approval.source,
    };
    let Some(approved) = day(&approval.approved_on) else {
        return outcome(PlanStatus::NoPlan, Vec::new(), None);
    };
    let expires = rules.plan.end(approved);
    if expires.is_some_and(|end| as_of >= end) {
        return outcome(PlanStatus::Outdated, Vec::new(), None);
    }
    let pay_element = rules.pay_survey_element.as_deref();
    let others_missing = approval
        .missing_elements
        .iter()
        .any(|e| Some(e.as_str()) != pay_element);
    if others_missing {
        return outcome(
            PlanStatus::ElementsMissing,
            approval.missing_elements.clone(),
            expires,
        );
    }
    let mut pay_due = None;
    if let Some(element) = pay_element {
        let validity = rules.pay_survey.unwrap_or(rules.plan);
        let surveyed = approval.pay_survey_on.as_ref().and_then(day);
        let listed_missing = approval.missing_elements.iter().any(|e| e == element);
        pay_due = surveyed.and_then(|d| validity.end(d));
        let stale = pay_due.is_some_and(|due| as_of >= due);
        if listed_missing || surveyed.is_none() || stale {
            return outcome(
                PlanStatus::PaySurveyMissing,
                vec![element.to_owned()],
                expires,
            );
        }
    }
    let mut follow_up_due = None;
    if let Some(months) = rules.follow_up_months {
        let last = approval
            .followed_up_on
            .as_ref()
            .and_then(day)
            .filter(|d| *d > approved)
            .unwrap_or(approved);
        let due = add_months(last, months);
        let due = due
            .checked_add(time::Duration::days(i64::from(rules.follow_up_grace_days)))
            .unwrap_or(due);
        if as_of >= due {
            return outcome(PlanStatus::FollowUpOverdue, Vec::new(), expires);
        }
        follow_up_due = Some(due);
    }
    outcome(
        PlanStatus::ApprovedCurrent,
        Vec::new(),
        min_date([expires, pay_due, follow_up_due]),
    )
}

/// The kinds of pay-survey figures a framework's self-report asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "kebab-case")]
pub enum PayFigure {
    /// Women's pay as a percentage of men's, for all staff and per group.
    GroupRatio,
    /// The shares of women and men in each quartile pay band.
    Quartiles,
    /// Mean, median, lowest and highest pay.
    Distribution,
}

/// A pay group's figure: women's pay as a percentage of men's.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct GroupRatio {
    /// The group's name (a job group or pay category).
    pub group: String,
    /// Women's pay as a percentage of men's.
    pub women_pay_percent: f64,
}

/// Pay-survey figures as reported, every one optional until a framework asks.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct PayFigures {
    /// Women's pay as a percentage of men's, all staff.
    pub women_pay_percent: Option<f64>,
    /// The same per group.
    #[serde(default)]
    pub groups: Vec<GroupRatio>,
    /// Women's share (%) of each quartile pay band, lowest first.
    pub quartiles_women: Option<[f64; 4]>,
    /// Men's share (%) of each quartile pay band, lowest first.
    pub quartiles_men: Option<[f64; 4]>,
    /// Mean monthly pay.
    pub mean: Option<f64>,
    /// Median monthly pay.
    pub median: Option<f64>,
    /// Lowest monthly pay.
    pub min: Option<f64>,
    /// Highest monthly pay.
    pub max: Option<f64>,
}

/// What is wrong with a self-report: the error and the field it concerns
/// (the form's field name), with the numbers a message may quote.
#[derive(Clone, Debug, PartialEq)]
pub struct ReportProblem {
    /// The error.
    pub code: ErrorCode,
    /// The field (form name), for example `approved_on` or `q2`.
    pub field: &'static str,
    /// Numbers the message quotes (`total`, `previous`, `current`, `threshold`).
    pub numbers: Vec<(&'static str, f64)>,
}

impl ReportProblem {
    fn new(code: ErrorCode, field: &'static str) -> Self {
        ReportProblem {
            code,
            field,
            numbers: Vec::new(),
        }
    }
}

/// The largest women's-pay percentage accepted: above it a figure is surely a
/// typing error (women paid more than twice what men are).
pub const MAX_PAY_RATIO: f64 = 200.0;
/// How far a quartile band's two shares may be from 100 % (rounding).
pub const QUARTILE_TOLERANCE: f64 = 0.5;

/// Parses a number typed the Nordic or the English way (`97,5`, `97.5`,
/// `12 345`); empty is none.
pub fn parse_figure(raw: &str, field: &'static str) -> Result<Option<f64>, ReportProblem> {
    let cleaned: String = raw
        .trim()
        .trim_end_matches('%')
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{a0}' && *c != '\u{202f}')
        .map(|c| if c == ',' { '.' } else { c })
        .collect();
    if cleaned.is_empty() {
        return Ok(None);
    }
    match cleaned.parse::<f64>() {
        Ok(value) if value.is_finite() => Ok(Some(value)),
        _ => Err(ReportProblem::new(ErrorCode::ReportInvalidNumber, field)),
    }
}

/// The form field names of the quartile bands.
pub const QUARTILE_FIELDS: [(&str, &str); 4] = [
    ("q1_women", "q1_men"),
    ("q2_women", "q2_men"),
    ("q3_women", "q3_men"),
    ("q4_women", "q4_men"),
];

/// Checks a self-report's dates and figures: no date in the future, the
/// figures the framework asks for present, shares within 0–100 %, each
/// quartile band's shares adding up to 100 %, the median and mean within the
/// lowest and highest pay. `previous` is the women's-pay percentage of the
/// organisation's previous report under the same framework: a change larger
/// than `jump_threshold` points is refused unless `confirmed`.
#[allow(clippy::too_many_arguments)]
pub fn check_report_figures(
    approved_on: Option<&IsoDate>,
    followed_up_on: Option<&IsoDate>,
    today: Date,
    asked: &[PayFigure],
    figures: &PayFigures,
    previous: Option<f64>,
    jump_threshold: f64,
    confirmed: bool,
) -> Result<(), ReportProblem> {
    let Some(approved_on) = approved_on else {
        return Err(ReportProblem::new(
            ErrorCode::ReportMissingField,
            "approved_on",
        ));
    };
    for (date, field) in [
        (Some(approved_on), "approved_on"),
        (followed_up_on, "followed_up_on"),
    ] {
        if date.and_then(IsoDate::date).is_some_and(|d| d > today) {
            return Err(ReportProblem::new(ErrorCode::ReportFutureDate, field));
        }
    }
    if asked.contains(&PayFigure::GroupRatio) {
        let Some(overall) = figures.women_pay_percent else {
            return Err(ReportProblem::new(
                ErrorCode::ReportMissingField,
                "women_pay_percent",
            ));
        };
        if !(overall > 0.0 && overall <= MAX_PAY_RATIO) {
            return Err(ReportProblem::new(
                ErrorCode::ReportRatioOutOfRange,
                "women_pay_percent",
            ));
        }
        for group in &figures.groups {
            if !(group.women_pay_percent > 0.0 && group.women_pay_percent <= MAX_PAY_RATIO) {
                return Err(ReportProblem::new(
                    ErrorCode::ReportRatioOutOfRange,
                    "groups",
                ));
            }
        }
        if let Some(previous) = previous {
            let change = (overall - previous).abs();
            if change > jump_threshold && !confirmed {
                return Err(ReportProblem {
                    code: ErrorCode::ReportJumpUnconfirmed,
                    field: "women_pay_percent",
                    numbers: vec![
                        ("previous", previous),
                        ("current", overall),
                        ("threshold", jump_threshold),
                    ],
                });
            }
        }
    }
    if asked.contains(&PayFigure::Quartiles) {
        let (Some(women), Some(men)) = (figures.quartiles_women, figures.quartiles_men) else {
            let field = if figures.quartiles_women.is_none() {
                "q1_women"
            } else {
                "q1_men"
            };
            return Err(ReportProblem::new(ErrorCode::ReportMissingField, field));
        };
        for (index, (w_field, m_field)) in QUARTILE_FIELDS.iter().enumerate() {
            let (w, m) = (women[index], men[index]);
            for (value, field) in [(w, *w_field), (m, *m_field)] {
                if !(0.0..=100.0).contains(&value) {
                    return Err(ReportProblem::new(ErrorCode::ReportShareOutOfRange, field));
                }
            }
            if (w + m - 100.0).abs() > QUARTILE_TOLERANCE {
                return Err(ReportProblem {
                    code: ErrorCode::ReportQuartilesDoNotAddUp,
                    field: w_field,
                    numbers: vec![("total", w + m)],
                });
            }
        }
    }
    if asked.contains(&PayFigure::Distribution) {
        let fields = [
            (figures.mean, "mean"),
            (figures.median, "median"),
            (figures.min, "min"),
            (figures.max, "max"),
        ];
        for (value, field) in fields {
            match value {
                None => return Err(ReportProblem::new(ErrorCode::ReportMissingField, field)),
                Some(v) if v < 0.0 => {
                    return Err(ReportProblem::new(ErrorCode::ReportNegativePay, field))
                }
                Some(_) => {}
            }
        }
        let (min, max) = (figures.min.unwrap_or(0.0), figures.max.unwrap_or(0.0));
        if min > max {
            return Err(ReportProblem::new(ErrorCode::ReportMinAboveMax, "min"));
        }
        for (value, field) in [(figures.median, "median"), (figures.mean, "mean")] {
            if value.is_some_and(|v| v < min || v > max) {
                return Err(ReportProblem::new(ErrorCode::ReportOutsideMinMax, field));
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(raw: &str) -> Date {
        IsoDate::parse(raw).ok().and_then(|d| d.date()).unwrap()
    }

    fn iso(raw: &str) -> IsoDate {
        IsoDate::parse(raw).unwrap()
    }

    fn rules() -> StatusRules {
        StatusRules {
            framework: "fi-gender-equality".into(),
            plan: Validity::Months(24),
            pay_survey_element: Some("pay-survey".into()),
            pay_survey: Some(Validity::Months(24)),
            follow_up_months: Some(12),
            follow_up_grace_days: 30,
        }
    }

    fn approved(on: &str) -> StatusFacts {
        StatusFacts {
            approval: Some(ApprovalFacts {
                source: StatusSource::Plan,
                approved_on: iso(on),
                missing_elements: Vec::new(),
                pay_survey_on: Some(iso(on)),
                followed_up_on: None,
            }),
            draft: false,
        }
    }

    #[test]
    fn nothing_is_no_plan_and_a_draft_is_a_draft() {
        let none = compute_status(&rules(), &StatusFacts::default(), date("2026-01-01"));
        assert_eq!(none.status, PlanStatus::NoPlan);
        assert_eq!(none.source, StatusSource::None);
        assert_eq!(none.next_change, None);
        let draft = StatusFacts {
            draft: true,
            ..StatusFacts::default()
        };
        let status = compute_status(&rules(), &draft, date("2026-01-01"));
        assert_eq!(status.status, PlanStatus::Draft);
        assert_eq!(status.source, StatusSource::Plan);
    }

    #[test]
    fn an_approved_plan_is_current_until_its_follow_up_falls_due() {
        let facts = approved("2025-03-31");
        let status = compute_status(&rules(), &facts, date("2025-06-01"));
        assert_eq!(status.status, PlanStatus::ApprovedCurrent);
        // Follow-up due 2026-03-31, plus 30 days of grace.
        assert_eq!(status.next_change, Some(iso("2026-04-30")));
        let later = compute_status(&rules(), &facts, date("2026-04-30"));
        assert_eq!(later.status, PlanStatus::FollowUpOverdue);
        assert_eq!(later.next_change, Some(iso("2027-03-31")));
        let day_before = compute_status(&rules(), &facts, date("2026-04-29"));
        assert_eq!(day_before.status, PlanStatus::ApprovedCurrent);
    }

    #[test]
    fn a_follow_up_moves_the_next_one() {
        let mut facts = approved("2025-03-31");
        if let Some(a) = facts.approval.as_mut() {
            a.followed_up_on = Some(iso("2026-02-01"));
        }
        let status = compute_status(&rules(), &facts, date("2026-06-01"));
        assert_eq!(status.status, PlanStatus::ApprovedCurrent);
        // The next follow-up is due 2027-02-01, overdue 30 days later.
        assert_eq!(status.next_change, Some(iso("2027-03-03")));
    }

    #[test]
    fn a_passed_cycle_makes_the_plan_outdated() {
        let facts = approved("2024-01-15");
        let status = compute_status(&rules(), &facts, date("2026-01-15"));
        assert_eq!(status.status, PlanStatus::Outdated);
        assert_eq!(status.next_change, None);
        let before = compute_status(&rules(), &facts, date("2026-01-14"));
        assert_ne!(before.status, PlanStatus::Outdated);
    }

    #[test]
    fn missing_elements_are_named() {
        let mut facts = approved("2025-03-31");
        if let Some(a) = facts.approval.as_mut() {
            a.missing_elements = vec!["measures".into(), "pay-survey".into()];
        }
        let status = compute_status(&rules(), &facts, date("2025-06-01"));
        assert_eq!(status.status, PlanStatus::ElementsMissing);
        assert_eq!(status.missing, vec!["measures", "pay-survey"]);
        assert_eq!(status.next_change, Some(iso("2027-03-31")));
    }

    #[test]
    fn the_pay_survey_alone_missing_or_stale_is_its_own_status() {
        let mut facts = approved("2025-03-31");
        if let Some(a) = facts.approval.as_mut() {
            a.pay_survey_on = None;
        }
        let status = compute_status(&rules(), &facts, date("2025-06-01"));
        assert_eq!(status.status, PlanStatus::PaySurveyMissing);
        assert_eq!(status.missing, vec!["pay-survey"]);
        let annual = StatusRules {
            plan: Validity::Continuous,
            pay_survey: Some(Validity::CalendarYears(12)),
            follow_up_months: None,
            ..rules()
        };
        let facts = approved("2025-03-31");
        let current = compute_status(&annual, &facts, date("2026-12-31"));
        assert_eq!(current.status, PlanStatus::ApprovedCurrent);
        assert_eq!(current.next_change, Some(iso("2027-01-01")));
        let stale = compute_status(&annual, &facts, date("2027-01-01"));
        assert_eq!(stale.status, PlanStatus::PaySurveyMissing);
        assert_eq!(stale.next_change, None);
    }

    #[test]
    fn months_are_added_on_the_calendar() {
        assert_eq!(add_months(date("2025-01-31"), 1), date("2025-02-28"));
        assert_eq!(add_months(date("2024-02-29"), 12), date("2025-02-28"));
        assert_eq!(add_months(date("2025-11-15"), 26), date("2028-01-15"));
    }

    fn figures() -> PayFigures {
        PayFigures {
            women_pay_percent: Some(96.5),
            groups: vec![],
            quartiles_women: Some([60.0, 55.0, 50.0, 40.0]),
            quartiles_men: Some([40.0, 45.0, 50.0, 60.0]),
            mean: Some(3400.0),
            median: Some(3300.0),
            min: Some(2100.0),
            max: Some(7800.0),
        }
    }

    const ALL: [PayFigure; 3] = [
        PayFigure::GroupRatio,
        PayFigure::Quartiles,
        PayFigure::Distribution,
    ];

    fn check(
        figures: &PayFigures,
        previous: Option<f64>,
        confirmed: bool,
    ) -> Result<(), ReportProblem> {
        check_report_figures(
            Some(&iso("2025-05-01")),
            None,
            date("2026-01-01"),
            &ALL,
            figures,
            previous,
            10.0,
            confirmed,
        )
    }

    #[test]
    fn sound_figures_pass() {
        assert_eq!(check(&figures(), Some(94.0), false), Ok(()));
    }

    #[test]
    fn each_impossible_figure_is_named() {
        let field = |f: PayFigures| check(&f, None, false).map_err(|p| (p.code, p.field));
        assert_eq!(
            field(PayFigures {
                quartiles_women: Some([60.0, 155.0, 50.0, 40.0]),
                ..figures()
            }),
            Err((ErrorCode::ReportShareOutOfRange, "q2_women"))
        );
        assert_eq!(
            field(PayFigures {
                quartiles_men: Some([40.0, 45.0, 45.0, 60.0]),
                ..figures()
            }),
            Err((ErrorCode::ReportQuartilesDoNotAddUp, "q3_women"))
        );
        assert_eq!(
            field(PayFigures {
                median: Some(9000.0),
                ..figures()
            }),
            Err((ErrorCode::ReportOutsideMinMax, "median"))
        );
        assert_eq!(
            field(PayFigures {
                min: Some(9000.0),
                ..figures()
            }),
            Err((ErrorCode::ReportMinAboveMax, "min"))
        );
        assert_eq!(
            field(PayFigures {
                women_pay_percent: Some(0.0),
                ..figures()
            }),
            Err((ErrorCode::ReportRatioOutOfRange, "women_pay_percent"))
        );
        assert_eq!(
            field(PayFigures {
                women_pay_percent: None,
                ..figures()
            }),
            Err((ErrorCode::ReportMissingField, "women_pay_percent"))
        );
        assert_eq!(
            field(PayFigures {
                max: None,
                ..figures()
            }),
            Err((ErrorCode::ReportMissingField, "max"))
        );
    }

    #[test]
    fn future_dates_are_refused() {
        let result = check_report_figures(
            Some(&iso("2026-02-01")),
            None,
            date("2026-01-01"),
            &[],
            &PayFigures::default(),
            None,
            10.0,
            false,
        );
        assert_eq!(
            result.map_err(|p| (p.code, p.field)),
            Err((ErrorCode::ReportFutureDate, "approved_on"))
        );
        let follow = check_report_figures(
            Some(&iso("2025-02-01")),
            Some(&iso("2026-01-02")),
            date("2026-01-01"),
            &[],
            &PayFigures::default(),
            None,
            10.0,
            false,
        );
        assert_eq!(follow.map_err(|p| p.field), Err("followed_up_on"));
    }

    #[test]
    fn a_large_jump_asks_for_confirmation_then_passes() {
        let jumped = PayFigures {
            women_pay_percent: Some(80.0),
            ..figures()
        };
        let refused = check(&jumped, Some(95.0), false);
        assert_eq!(
            refused.as_ref().map_err(|p| p.code),
            Err(ErrorCode::ReportJumpUnconfirmed)
        );
        assert_eq!(check(&jumped, Some(95.0), true), Ok(()));
        assert_eq!(check(&jumped, Some(88.0), false), Ok(()));
    }

    #[test]
    fn figures_parse_both_ways() {
        assert_eq!(parse_figure(" 97,5 % ", "x"), Ok(Some(97.5)));
        assert_eq!(parse_figure("3 400", "x"), Ok(Some(3400.0)));
        assert_eq!(parse_figure("", "x"), Ok(None));
        assert_eq!(
            parse_figure("abc", "x").map_err(|p| p.code),
            Err(ErrorCode::ReportInvalidNumber)
        );
    }

    #[test]
    fn statuses_round_trip() {
        for status in PlanStatus::ALL {
            assert_eq!(PlanStatus::parse(status.as_str()), Ok(status));
        }
        assert_eq!(
            PlanStatus::parse("fine"),
            Err(ErrorCode::InvalidStatusFilter)
        );
    }

    #[test]
    fn the_offered_list_and_the_name_keys_follow_the_enum() {
        let offered = PlanStatus::wire_names();
        let offered: Vec<&str> = offered.split(", ").collect();
        assert_eq!(offered, PlanStatus::ALL.map(PlanStatus::as_str));
        for name in offered {
            assert!(PlanStatus::parse(name).is_ok(), "{name}");
        }
        let keys: std::collections::BTreeSet<String> =
            PlanStatus::ALL.map(PlanStatus::message_key).into();
        assert_eq!(keys.len(), PlanStatus::ALL.len());
        assert_eq!(PlanStatus::NoPlan.message_key(), "status-no-plan");
    }
}
