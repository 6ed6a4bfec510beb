//! The pack and catalogue types, exactly as the TOML files spell them.
//!
//! Every struct denies unknown fields, so a misspelt key is an error with its
//! place in the file rather than a silently ignored line. The three languages
//! of a [`Text`] default to empty when missing, so that [`crate::validate`] can
//! name every missing translation at once, with its path.

use jamlik_domain::{Country, Language, OrgKind, StatusRules, Validity};
use serde::{Deserialize, Serialize};

/// A user-visible text in Swedish, Finnish and English.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Text {
    /// Swedish.
    #[serde(default)]
    pub sv: String,
    /// Finnish.
    #[serde(default)]
    pub fi: String,
    /// English.
    #[serde(default)]
    pub en: String,
}

impl Text {
    /// The text in one language.
    pub fn get(&self, language: Language) -> &str {
        match language {
            Language::Swedish => &self.sv,
            Language::Finnish => &self.fi,
            Language::English => &self.en,
        }
    }
}

/// Where a pack's law applies.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Jurisdiction {
    /// Finland.
    #[serde(rename = "FI")]
    Finland,
    /// Sweden.
    #[serde(rename = "SE")]
    Sweden,
    /// The European Union: applies in every member state, through national law.
    #[serde(rename = "EU")]
    EuropeanUnion,
}

impl Jurisdiction {
    /// The code as written in a pack.
    pub fn as_str(self) -> &'static str {
        match self {
            Jurisdiction::Finland => "FI",
            Jurisdiction::Sweden => "SE",
            Jurisdiction::EuropeanUnion => "EU",
        }
    }

    /// Whether the law of this jurisdiction reaches an organisation in `country`.
    pub fn covers(self, country: Country) -> bool {
        match self {
            Jurisdiction::Finland => country == Country::Finland,
            Jurisdiction::Sweden => country == Country::Sweden,
            Jurisdiction::EuropeanUnion => true,
        }
    }
}

/// A statutory framework: its law, who it obliges, and how the work is done.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pack {
    /// The stable identifier, equal to the file name without `.toml`.
    pub id: String,
    /// The pack's own version (`MAJOR.MINOR.PATCH`), raised whenever its content changes.
    pub version: String,
    /// The date (`YYYY-MM-DD`) the content was last checked against the law.
    pub reviewed: String,
    /// Where the law applies; none for a method that is not tied to one country's law.
    #[serde(default)]
    pub country: Option<Jurisdiction>,
    /// The framework's name.
    pub title: Text,
    /// A short description: what the framework asks and of whom.
    pub description: Text,
    /// The legal sources.
    #[serde(default)]
    pub legal_basis: Vec<LegalSource>,
    /// Who is obliged (or, for a voluntary method, who it is meant for).
    #[serde(default)]
    pub obligations: Vec<Obligation>,
    /// The grounds of discrimination the framework covers.
    #[serde(default)]
    pub grounds: Vec<Ground>,
    /// The roles in which an organisation assesses itself (authority, employer …).
    #[serde(default)]
    pub perspectives: Vec<Perspective>,
    /// What a plan (or the documentation) must or should contain.
    #[serde(default)]
    pub elements: Vec<Element>,
    /// The steps of the work, in order.
    #[serde(default)]
    pub steps: Vec<Step>,
    /// Checklists, each attached to a step or an element.
    #[serde(default)]
    pub checklists: Vec<Checklist>,
    /// Alternative ways the law allows the work to be organised.
    #[serde(default)]
    pub variants: Vec<Variant>,
    /// Recurring cycles: how often the plan, a survey or a report is due.
    #[serde(default)]
    pub cycles: Vec<Cycle>,
    /// Fixed calendar deadlines.
    #[serde(default)]
    pub deadlines: Vec<Deadline>,
    /// Numeric thresholds: staff counts, percentages.
    #[serde(default)]
    pub thresholds: Vec<Threshold>,
    /// The meaning of each level of a 1–4 scale, when a checklist uses one.
    #[serde(default)]
    pub scale: Vec<ScaleLevel>,
    /// How national monitoring computes an organisation's status under this
    /// framework; a pack without it yields no status.
    #[serde(default)]
    pub status: Option<StatusSpec>,
}

/// The rules national monitoring applies to a framework: which obligations
/// are monitored, which cycles bound a plan, its pay survey and its
/// follow-up, and what a self-report must carry.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StatusSpec {
    /// The obligations (ids) whose organisations get a status.
    pub obligations: Vec<String>,
    /// The cycles (ids) that bound an approved plan; of those that apply to
    /// the organisation (no variant, staff threshold met), the shortest wins.
    pub plan_cycles: Vec<String>,
    /// The element (id) that is the pay survey, when there is one.
    #[serde(default)]
    pub pay_survey: Option<String>,
    /// The cycles (ids) that bound the pay survey; the plan's when none.
    #[serde(default)]
    pub pay_survey_cycles: Vec<String>,
    /// The cycles (ids) of follow-up; none means no follow-up is monitored.
    #[serde(default)]
    pub follow_up_cycles: Vec<String>,
    /// Days after a follow-up falls due before it counts as overdue.
    #[serde(default)]
    pub follow_up_grace_days: u32,
    /// Deadlines (ids) from which the duty applies: the earliest one whose
    /// staff threshold the organisation meets. None: it applies already.
    #[serde(default)]
    pub starts: Vec<String>,
    /// The pay-survey figures a self-report must give.
    #[serde(default)]
    pub pay_figures: Vec<jamlik_domain::PayFigure>,
    /// The change in women's pay as a percentage of men's (points) since the
    /// previous report beyond which a self-report asks for confirmation.
    #[serde(default = "default_jump")]
    pub jump_threshold: f64,
}

fn default_jump() -> f64 {
    10.0
}

/// A legal source of a framework.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LegalSource {
    /// The statute number as cited (`1325/2014`, `SFS 2008:567`, `(EU) 2023/970`).
    pub code: String,
    /// The statute's name.
    pub name: Text,
    /// The sections or articles that matter here, as cited in each language.
    #[serde(default)]
    pub sections: Option<Text>,
    /// A link to the official text.
    #[serde(default)]
    pub url: Option<String>,
}

/// One group of obliged organisations.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Obligation {
    /// The identifier, unique within the pack.
    pub id: String,
    /// The kinds of organisation this obligation is for.
    pub kinds: Vec<OrgKind>,
    /// The staff-size threshold (the id of a `staff` threshold) from which it applies.
    #[serde(default)]
    pub threshold: Option<String>,
    /// Whether the law requires it (`false`: a recommendation or a voluntary method).
    #[serde(default = "yes")]
    pub statutory: bool,
    /// What is required of them.
    pub description: Text,
}

/// A ground of discrimination.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Ground {
    /// The identifier, unique within the pack.
    pub id: String,
    /// The name as the law words it.
    pub name: Text,
}

/// A role in which an organisation assesses itself.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Perspective {
    /// The identifier, unique within the pack.
    pub id: String,
    /// The name.
    pub name: Text,
    /// What to look at in this role.
    pub guidance: Text,
}

/// A part a plan or the documentation must or should contain.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Element {
    /// The identifier, unique within the pack.
    pub id: String,
    /// The name.
    pub name: Text,
    /// What it contains and how to write it.
    pub guidance: Text,
    /// Whether a plan is incomplete without it.
    #[serde(default = "yes")]
    pub required: bool,
    /// The step in which it is produced.
    #[serde(default)]
    pub step: Option<String>,
    /// The records of the workspace that cover this element when present
    /// (measures, findings …). Without any, or when none is present, the
    /// element is covered by its free-text section in the plan.
    #[serde(default)]
    pub covered_by: Vec<Coverage>,
}

/// A record of the planning workspace that can cover a required element.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Coverage {
    /// At least one measure.
    Measures,
    /// At least one finding.
    Findings,
    /// At least one service assessed against a ground.
    Assessments,
    /// At least one consultation recorded.
    Consultations,
    /// An approved version.
    Approval,
    /// At least one follow-up round.
    FollowUp,
}

impl Coverage {
    /// The stable name, as written in a pack.
    pub fn as_str(self) -> &'static str {
        match self {
            Coverage::Measures => "measures",
            Coverage::Findings => "findings",
            Coverage::Assessments => "assessments",
            Coverage::Consultations => "consultations",
            Coverage::Approval => "approval",
            Coverage::FollowUp => "follow-up",
        }
    }
}

/// A step of the work.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    /// The identifier, unique within the pack.
    pub id: String,
    /// The name.
    pub name: Text,
    /// What to do in this step and why, in a few sentences.
    pub guidance: Text,
}

/// A checklist, attached to exactly one step or one element.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Checklist {
    /// The identifier, unique within the pack.
    pub id: String,
    /// The name.
    pub name: Text,
    /// The step it belongs to.
    #[serde(default)]
    pub step: Option<String>,
    /// The element it belongs to.
    #[serde(default)]
    pub element: Option<String>,
    /// The questions, in order.
    pub questions: Vec<Question>,
}

/// One question of a checklist.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    /// The identifier, unique within its checklist.
    pub id: String,
    /// The question.
    pub text: Text,
    /// What kind of answer it takes.
    pub answer: AnswerKind,
    /// A hint shown with the question.
    #[serde(default)]
    pub help: Option<Text>,
    /// The grounds (ids in the same pack) it is about, if it is about particular ones.
    #[serde(default)]
    pub grounds: Vec<String>,
    /// The perspectives (ids in the same pack) it is asked from, if particular ones.
    #[serde(default)]
    pub perspectives: Vec<String>,
}

/// The kind of answer a question takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AnswerKind {
    /// Yes or no.
    YesNo,
    /// A level from 1 to 4, with the meanings in the pack's `scale`.
    #[serde(rename = "scale_1_4")]
    Scale1To4,
    /// Free text.
    Text,
    /// A number.
    Number,
    /// A calendar date.
    Date,
}

/// An alternative way the law allows the work to be organised.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Variant {
    /// The identifier, unique within the pack.
    pub id: String,
    /// The name.
    pub name: Text,
    /// When it may be used and what changes.
    pub guidance: Text,
}

/// What a cycle's length is counted from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CycleAnchor {
    /// From the previous completion (e.g. the date the last plan was approved).
    Previous,
    /// Each calendar year.
    CalendarYear,
    /// Each council term (`months` is its length, 48 in Finland and Sweden).
    CouncilTerm,
    /// Each budget and performance cycle.
    BudgetCycle,
    /// Ongoing work without a period (`months` is then absent).
    Continuous,
}

/// A recurring obligation or recommendation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Cycle {
    /// The identifier, unique within the pack.
    pub id: String,
    /// The name.
    pub name: Text,
    /// The longest interval in months; absent for continuous work.
    #[serde(default)]
    pub months: Option<u32>,
    /// What the interval is counted from.
    pub anchor: CycleAnchor,
    /// Whether the law sets it (`false`: a recommendation).
    #[serde(default = "yes")]
    pub statutory: bool,
    /// The variant (id) it belongs to; none when it is the default arrangement.
    #[serde(default)]
    pub variant: Option<String>,
    /// The element (id) that is renewed in this cycle.
    #[serde(default)]
    pub element: Option<String>,
    /// The staff-size threshold (id) from which this cycle applies; where
    /// several cycles of one kind apply, the most frequent one wins.
    #[serde(default)]
    pub threshold: Option<String>,
    /// What the cycle means in practice.
    pub guidance: Text,
}

/// A fixed calendar deadline.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Deadline {
    /// The identifier, unique within the pack.
    pub id: String,
    /// The name.
    pub name: Text,
    /// The date (`YYYY-MM-DD`).
    pub date: String,
    /// The staff-size threshold (id) that decides who it applies to, if any.
    #[serde(default)]
    pub threshold: Option<String>,
    /// What is due and for whom.
    pub guidance: Text,
}

/// What a threshold counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ThresholdUnit {
    /// People employed (a whole number, at least 1).
    Staff,
    /// A percentage (above 0, at most 100).
    Percent,
}

/// How a value is compared with a threshold.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Comparison {
    /// `value >= threshold`.
    AtLeast,
    /// `value > threshold`.
    MoreThan,
    /// `value <= threshold`.
    AtMost,
    /// `value < threshold`.
    LessThan,
}

impl Comparison {
    /// Whether `value` meets a threshold of `limit`.
    pub fn holds(self, value: f64, limit: f64) -> bool {
        match self {
            Comparison::AtLeast => value >= limit,
            Comparison::MoreThan => value > limit,
            Comparison::AtMost => value <= limit,
            Comparison::LessThan => value < limit,
        }
    }
}

/// A numeric threshold of the law.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Threshold {
    /// The identifier, unique within the pack.
    pub id: String,
    /// The name.
    pub name: Text,
    /// What it counts.
    pub unit: ThresholdUnit,
    /// How a value is compared with it.
    pub comparison: Comparison,
    /// The limit.
    pub value: f64,
    /// What follows when it is met.
    pub guidance: Text,
}

impl Threshold {
    /// Whether `value` meets the threshold.
    pub fn is_met_by(&self, value: f64) -> bool {
        self.comparison.holds(value, self.value)
    }
}

/// The meaning of one level of a 1–4 scale.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScaleLevel {
    /// The level, 1 to 4.
    pub value: u8,
    /// A short label.
    pub label: Text,
    /// What the level looks like in practice.
    pub guidance: Text,
}

/// The catalogue of common measures, shared by the packs.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Catalogue {
    /// The catalogue's version (`MAJOR.MINOR.PATCH`).
    pub version: String,
    /// The categories measures are grouped in.
    pub categories: Vec<Category>,
    /// The measures.
    pub measures: Vec<Measure>,
}

/// A category of measures.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Category {
    /// The identifier, unique within the catalogue.
    pub id: String,
    /// The name.
    pub name: Text,
}

/// A common measure with guidance.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Measure {
    /// The identifier, unique within the catalogue.
    pub id: String,
    /// The category (id).
    pub category: String,
    /// The packs (ids) whose work it serves.
    pub packs: Vec<String>,
    /// The title, phrased as something to do.
    pub title: Text,
    /// How to go about it and how to follow it up.
    pub guidance: Text,
}

/// A handbook: guidance that experts write for a theme the law asks
/// organisations to work on (good relations between population groups,
/// equality in urban planning), in chapters, each with what the services can
/// do and examples. Lives in `packs/handbooks/`, one file per handbook.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Handbook {
    /// The identifier: the file name without `.toml`.
    pub id: String,
    /// The content's version (`MAJOR.MINOR.PATCH`).
    pub version: String,
    /// When the content was last checked (`YYYY-MM-DD`).
    pub reviewed: String,
    /// The title.
    pub title: Text,
    /// What it is for and for whom, in a paragraph.
    pub description: Text,
    /// The chapters, in order.
    pub chapters: Vec<Chapter>,
}

/// A chapter of a handbook.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Chapter {
    /// The identifier, unique within the handbook.
    pub id: String,
    /// The title.
    pub title: Text,
    /// The text: paragraphs separated by blank lines.
    pub body: Text,
    /// What each service or actor can do.
    #[serde(default)]
    pub actions: Vec<HandbookAction>,
    /// Examples of what an organisation can do.
    #[serde(default)]
    pub examples: Vec<Example>,
}

/// What one service or actor can do.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HandbookAction {
    /// The service area, actor or phase.
    pub service: Text,
    /// What it can do.
    pub text: Text,
}

/// An example in a handbook.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Example {
    /// Its title.
    pub title: Text,
    /// What was done.
    pub text: Text,
}

fn yes() -> bool {
    true
}

macro_rules! finder {
    ($(#[$doc:meta])* $name:ident, $field:ident, $ty:ty) => {
        $(#[$doc])*
        pub fn $name(&self, id: &str) -> Option<&$ty> {
            self.$field.iter().find(|item| item.id == id)
        }
    };
}

impl Pack {
    finder!(
        /// The obligation with this id.
        obligation, obligations, Obligation
    );
    finder!(
        /// The ground with this id.
        ground, grounds, Ground
    );
    finder!(
        /// The perspective with this id.
        perspective, perspectives, Perspective
    );
    finder!(
        /// The element with this id.
        element, elements, Element
    );
    finder!(
        /// The step with this id.
        step, steps, Step
    );
    finder!(
        /// The checklist with this id.
        checklist, checklists, Checklist
    );
    finder!(
        /// The variant with this id.
        variant, variants, Variant
    );
    finder!(
        /// The cycle with this id.
        cycle, cycles, Cycle
    );
    finder!(
        /// The deadline with this id.
        deadline, deadlines, Deadline
    );
    finder!(
        /// The threshold with this id.
        threshold, thresholds, Threshold
    );

    /// Whether the pack's law reaches an organisation in `country` (a pack
    /// without a country is a method usable anywhere).
    pub fn applies_in(&self, country: Country) -> bool {
        self.country.is_none_or(|j| j.covers(country))
    }

    /// The checklists attached to a step.
    pub fn checklists_for_step<'a>(&'a self, step: &'a str) -> impl Iterator<Item = &'a Checklist> {
        self.checklists
            .iter()
            .filter(move |c| c.step.as_deref() == Some(step))
    }

    /// The checklists attached to an element.
    pub fn checklists_for_element<'a>(
        &'a self,
        element: &'a str,
    ) -> impl Iterator<Item = &'a Checklist> {
        self.checklists
            .iter()
            .filter(move |c| c.element.as_deref() == Some(element))
    }

    /// The staff size from which an obligation applies, if it has a threshold.
    pub fn min_staff(&self, obligation: &Obligation) -> Option<f64> {
        obligation
            .threshold
            .as_deref()
            .and_then(|id| self.threshold(id))
            .map(|t| t.value)
    }

    /// Whether national monitoring gives an organisation of this country,
    /// kind and staff size a status under this pack on `as_of`: the pack has
    /// status rules, its law reaches the country, a monitored obligation
    /// reaches the kind and staff size, and the duty has started.
    pub fn monitors(
        &self,
        country: Country,
        kind: OrgKind,
        staff: Option<u64>,
        as_of: time::Date,
    ) -> bool {
        let Some(status) = &self.status else {
            return false;
        };
        if !self.applies_in(country) {
            return false;
        }
        let reached = self
            .obligations_for(kind, staff)
            .iter()
            .any(|o| status.obligations.contains(&o.id));
        if !reached {
            return false;
        }
        if status.starts.is_empty() {
            return true;
        }
        status
            .starts
            .iter()
            .filter_map(|id| self.deadline(id))
            .filter(|d| self.staff_meets(d.threshold.as_deref(), staff))
            .filter_map(|d| jamlik_domain::IsoDate::parse(&d.date).ok()?.date())
            .min()
            .is_some_and(|start| start <= as_of)
    }

    /// Whether a self-report under this pack may come from an organisation
    /// of this country, kind and staff size (whether or not the duty has
    /// started: reporting early is welcome).
    pub fn takes_reports(&self, country: Country, kind: OrgKind, staff: Option<u64>) -> bool {
        self.status.as_ref().is_some_and(|status| {
            self.applies_in(country)
                && self
                    .obligations_for(kind, staff)
                    .iter()
                    .any(|o| status.obligations.contains(&o.id))
        })
    }

    fn staff_meets(&self, threshold: Option<&str>, staff: Option<u64>) -> bool {
        match threshold.and_then(|id| self.threshold(id)) {
            None => true,
            // Staff counts are far below f64's exact-integer range.
            #[allow(clippy::cast_precision_loss)]
            Some(t) => staff.is_some_and(|s| t.is_met_by(s as f64)),
        }
    }

    /// The shortest validity among the cycles named that apply to an
    /// organisation of this staff size (no variant, threshold met).
    fn validity_of(&self, ids: &[String], staff: Option<u64>) -> Option<Validity> {
        ids.iter()
            .filter_map(|id| self.cycle(id))
            .filter(|c| c.variant.is_none() && self.staff_meets(c.threshold.as_deref(), staff))
            .map(|c| match (c.anchor, c.months) {
                (CycleAnchor::Continuous, _) | (_, None) => Validity::Continuous,
                (CycleAnchor::CalendarYear, Some(m)) => Validity::CalendarYears(m),
                (_, Some(m)) => Validity::Months(m),
            })
            .min_by_key(|v| match v {
                Validity::Months(m) | Validity::CalendarYears(m) => *m,
                Validity::Continuous => u32::MAX,
            })
    }

    /// The status rules for an organisation of this staff size, when the
    /// pack has any.
    pub fn status_rules(&self, staff: Option<u64>) -> Option<StatusRules> {
        let status = self.status.as_ref()?;
        let plan = self.validity_of(&status.plan_cycles, staff)?;
        let follow_up_months = match self.validity_of(&status.follow_up_cycles, staff) {
            Some(Validity::Months(m) | Validity::CalendarYears(m)) => Some(m),
            _ => None,
        };
        Some(StatusRules {
            framework: self.id.clone(),
            plan,
            pay_survey_element: status.pay_survey.clone(),
            pay_survey: self.validity_of(&status.pay_survey_cycles, staff),
            follow_up_months,
            follow_up_grace_days: status.follow_up_grace_days,
        })
    }

    /// The ids of the elements a plan under this pack must contain.
    pub fn required_element_ids(&self) -> impl Iterator<Item = &str> {
        self.elements
            .iter()
            .filter(|e| e.required)
            .map(|e| e.id.as_str())
    }

    /// The obligations that reach an organisation of this kind and staff size
    /// (an unknown staff size meets no staff threshold).
    pub fn obligations_for(&self, kind: OrgKind, staff: Option<u64>) -> Vec<&Obligation> {
        self.obligations
            .iter()
            .filter(|o| o.kinds.contains(&kind))
            .filter(
                |o| match o.threshold.as_deref().and_then(|id| self.threshold(id)) {
                    None => true,
                    // Staff counts are far below f64's exact-integer range.
                    #[allow(clippy::cast_precision_loss)]
                    Some(t) => staff.is_some_and(|s| t.is_met_by(s as f64)),
                },
            )
            .collect()
    }
}

impl Checklist {
    /// The question with this id.
    pub fn question(&self, id: &str) -> Option<&Question> {
        self.questions.iter().find(|q| q.id == id)
    }
}

impl Catalogue {
    /// The measure with this id.
    pub fn measure(&self, id: &str) -> Option<&Measure> {
        self.measures.iter().find(|m| m.id == id)
    }

    /// The category with this id.
    pub fn category(&self, id: &str) -> Option<&Category> {
        self.categories.iter().find(|c| c.id == id)
    }

    /// The measures that serve a pack.
    pub fn measures_for<'a>(&'a self, pack: &'a str) -> impl Iterator<Item = &'a Measure> {
        self.measures
            .iter()
            .filter(move |m| m.packs.iter().any(|p| p == pack))
    }
}

impl AnswerKind {
    /// Checks an answer typed into a form and returns it in its stored form:
    /// `yes`/`no`, `1`–`4`, a number with a point, an ISO date, or trimmed
    /// text. An empty answer is allowed (not answered yet).
    pub fn check(self, raw: &str) -> Result<String, jamlik_domain::ErrorCode> {
        use jamlik_domain::ErrorCode;
        let answer = raw.trim();
        if answer.is_empty() {
            return Ok(String::new());
        }
        match self {
            AnswerKind::YesNo => match answer {
                "yes" | "no" => Ok(answer.to_owned()),
                _ => Err(ErrorCode::InvalidAnswer),
            },
            AnswerKind::Scale1To4 => match answer {
                "1" | "2" | "3" | "4" => Ok(answer.to_owned()),
                _ => Err(ErrorCode::InvalidAnswer),
            },
            AnswerKind::Number => {
                let normalised: String = answer
                    .chars()
                    .filter(|c| !c.is_whitespace() && *c != '\u{a0}')
                    .map(|c| if c == ',' { '.' } else { c })
                    .collect();
                match normalised.parse::<f64>() {
                    Ok(number) if number.is_finite() => Ok(normalised),
                    _ => Err(ErrorCode::InvalidAnswer),
                }
            }
            AnswerKind::Date => jamlik_domain::IsoDate::parse(answer)
                .map(|date| date.to_string())
                .map_err(|_| ErrorCode::InvalidAnswer),
            AnswerKind::Text => jamlik_domain::check_text(answer, jamlik_domain::MAX_TEXT),
        }
    }
}
