//! The stored result of a run: only aggregates that passed disclosure
//! control ([`StoredResult`]), each hidden figure with why ([`Hidden`]).

use jamlik_stats::{CellStatus, PaySummary, SuppressionReason};
use serde::{Deserialize, Serialize};

use super::*;

/// Why a figure is hidden, as stored.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Hidden {
    /// Fewer people than the threshold.
    BelowThreshold,
    /// Hidden so that another hidden figure cannot be worked out.
    Complementary,
    /// A few of the largest values make up most of the sum.
    Dominance,
    /// A zero that would itself disclose something.
    Zero,
}

impl Hidden {
    pub(crate) fn of(status: CellStatus) -> Option<Hidden> {
        match status {
            CellStatus::Shown => None,
            CellStatus::Suppressed(SuppressionReason::BelowThreshold { .. }) => {
                Some(Hidden::BelowThreshold)
            }
            CellStatus::Suppressed(SuppressionReason::Complementary { .. }) => {
                Some(Hidden::Complementary)
            }
            CellStatus::Suppressed(SuppressionReason::Dominance { .. }) => Some(Hidden::Dominance),
            CellStatus::Suppressed(SuppressionReason::Zero) => Some(Hidden::Zero),
        }
    }

    /// The translation key of the reason.
    pub fn key(self) -> &'static str {
        match self {
            Hidden::BelowThreshold => "analysis-hidden-below-threshold",
            Hidden::Complementary => "analysis-hidden-complementary",
            Hidden::Dominance => "analysis-hidden-dominance",
            Hidden::Zero => "analysis-hidden-zero",
        }
    }
}

/// One group's share of the resources.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ResourceGroup {
    /// The group's label.
    pub group: String,
    /// Why its figures are hidden, if they are.
    pub hidden: Option<Hidden>,
    /// Rows (people or decisions).
    pub count: Option<u64>,
    /// The outcome's sum.
    pub sum: Option<f64>,
    /// The outcome's mean per row.
    pub mean: Option<f64>,
    /// The group's share of the rows, or of the weight when one is mapped.
    pub share_of_people: Option<f64>,
    /// The group's share of the outcome's sum.
    pub share_of_resources: Option<f64>,
}

/// Who gets what.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ResourcesResult {
    /// The groups.
    pub groups: Vec<ResourceGroup>,
    /// All rows analysed, when shown.
    pub count: Option<u64>,
    /// The outcome's total.
    pub sum: f64,
}

/// A group of the gap.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GapGroup {
    /// The label.
    pub label: String,
    /// Observations, when shown.
    pub n: Option<u64>,
    /// The outcome's mean, when shown.
    pub mean: Option<f64>,
}

/// One control's part of the gap.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GapTerm {
    /// The control.
    pub name: String,
    /// The part explained by the groups' different values of it.
    pub explained: f64,
}

/// The gap in an outcome between two groups.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GapResult {
    /// The first group (the gap is its mean minus the second's).
    pub first: GapGroup,
    /// The second group.
    pub second: GapGroup,
    /// Why the figures are hidden, if they are.
    pub hidden: Option<Hidden>,
    /// The gap, first minus second.
    pub gap: Option<f64>,
    /// The part explained by the controls (pooled reference).
    pub explained: Option<f64>,
    /// The part not explained.
    pub unexplained: Option<f64>,
    /// Each control's explained part.
    pub terms: Vec<GapTerm>,
}

/// One job group of the pay survey.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SurveyRow {
    /// The group (or merged groups).
    pub group: String,
    /// Its demand level.
    pub demand: Option<f64>,
    /// `women_dominated`, `men_dominated` or `mixed`.
    pub composition: String,
    /// Women, when shown.
    pub women: Option<u64>,
    /// Men, when shown.
    pub men: Option<u64>,
    /// Why a headcount is hidden.
    pub count_hidden: Option<Hidden>,
    /// Women's mean pay, when shown.
    pub women_mean: Option<f64>,
    /// Men's mean pay, when shown.
    pub men_mean: Option<f64>,
    /// Why pay is hidden.
    pub pay_hidden: Option<Hidden>,
    /// Women's mean as a percentage of men's.
    pub percent: Option<f64>,
    /// Why the women's headcount is hidden (older results have only
    /// `count_hidden`).
    #[serde(default)]
    pub women_hidden: Option<Hidden>,
    /// Why the men's headcount is hidden.
    #[serde(default)]
    pub men_hidden: Option<Hidden>,
    /// Why the women's pay is hidden (older results have only `pay_hidden`).
    #[serde(default)]
    pub women_pay_hidden: Option<Hidden>,
    /// Why the men's pay is hidden.
    #[serde(default)]
    pub men_pay_hidden: Option<Hidden>,
    /// Everybody in the group, when shown (older results: never).
    #[serde(default)]
    pub total: Option<u64>,
    /// Why the group's headcount is hidden.
    #[serde(default)]
    pub total_hidden: Option<Hidden>,
    /// Everybody's mean pay in the group, when shown: what the comparisons
    /// between groups compare.
    #[serde(default)]
    pub total_mean: Option<f64>,
    /// Why everybody's pay in the group is hidden.
    #[serde(default)]
    pub total_pay_hidden: Option<Hidden>,
}

impl SurveyRow {
    /// Why the women's headcount is hidden, in a result of any age.
    pub fn women_count_reason(&self) -> Option<Hidden> {
        self.women
            .is_none()
            .then(|| self.women_hidden.or(self.count_hidden))
            .flatten()
    }

    /// Why the men's headcount is hidden, in a result of any age.
    pub fn men_count_reason(&self) -> Option<Hidden> {
        self.men
            .is_none()
            .then(|| self.men_hidden.or(self.count_hidden))
            .flatten()
    }

    /// Why the women's pay is hidden, in a result of any age.
    pub fn women_pay_reason(&self) -> Option<Hidden> {
        self.women_mean
            .is_none()
            .then(|| self.women_pay_hidden.or(self.pay_hidden))
            .flatten()
    }

    /// Why the men's pay is hidden, in a result of any age.
    pub fn men_pay_reason(&self) -> Option<Hidden> {
        self.men_mean
            .is_none()
            .then(|| self.men_pay_hidden.or(self.pay_hidden))
            .flatten()
    }
}

/// A women-dominated group compared with a group of equal or lower demand.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SurveyComparison {
    /// The women-dominated group.
    pub women_dominated: String,
    /// The group compared.
    pub compared: String,
    /// Whether the compared group is of equal value (else lower demand, higher pay).
    pub equal_value: bool,
    /// The women-dominated group's mean as a percentage of the other's:
    /// only when both groups' mean pay (`total_mean`) is shown.
    pub percent: Option<f64>,
}

impl SurveyResult {
    /// The group of this label.
    pub fn group(&self, label: &str) -> Option<&SurveyRow> {
        self.groups.iter().find(|g| g.group == label)
    }

    /// A comparison's percentage, where both groups' mean pay is shown in
    /// the table (a result stored before the table showed it has none).
    pub fn shown_percent(&self, comparison: &SurveyComparison) -> Option<f64> {
        let shown = |label: &str| self.group(label).and_then(|g| g.total_mean).is_some();
        comparison
            .percent
            .filter(|_| shown(&comparison.women_dominated) && shown(&comparison.compared))
    }
}

/// The pay survey.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SurveyResult {
    /// The job groups.
    pub groups: Vec<SurveyRow>,
    /// The comparisons.
    pub comparisons: Vec<SurveyComparison>,
    /// Groups merged because they were small.
    pub merged: Vec<String>,
    /// Women's mean pay as a percentage of men's, over everyone.
    pub percent: Option<f64>,
}

/// One group's representation.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RepresentationGroup {
    /// The group's label in the data (for the population baseline, the
    /// data's label for women or men; empty when the data has none).
    pub group: String,
    /// `women` or `men` against the population baseline.
    #[serde(default)]
    pub gender: Option<String>,
    /// Why the data's figures of the group are hidden, if they are.
    pub hidden: Option<Hidden>,
    /// Rows of the data in the group.
    pub count: Option<u64>,
    /// The group's share of the data.
    pub share: Option<f64>,
    /// The Wilson interval's lower bound.
    pub low: Option<f64>,
    /// The Wilson interval's upper bound.
    pub high: Option<f64>,
    /// Why the baseline's figures of the group are hidden, if they are.
    pub baseline_hidden: Option<Hidden>,
    /// The baseline's count.
    pub baseline_count: Option<u64>,
    /// The group's share of the baseline.
    pub baseline_share: Option<f64>,
    /// Share / baseline share.
    pub ratio: Option<f64>,
    /// Share − baseline share.
    pub difference: Option<f64>,
    /// `over`, `under` or `none`: whether the interval excludes the baseline share.
    pub flag: Option<String>,
}

/// Representation against a baseline.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RepresentationResult {
    /// The groups, in label order.
    pub groups: Vec<RepresentationGroup>,
    /// The data's total, when shown.
    pub count: Option<u64>,
    /// The baseline's total, when shown.
    pub baseline_count: Option<u64>,
    /// The confidence level of the intervals.
    pub confidence: f64,
    /// The population table's title, for the population baseline.
    #[serde(default)]
    pub source: Option<String>,
}

/// The pay of one gender in one category, as it may be published.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PayCell {
    /// The headcount, when shown.
    pub count: Option<u64>,
    /// Why the headcount is hidden.
    pub count_hidden: Option<Hidden>,
    /// Mean pay, when shown.
    pub mean: Option<f64>,
    /// Median pay, when shown.
    pub median: Option<f64>,
    /// Why the pay is hidden.
    pub pay_hidden: Option<Hidden>,
}

impl PayCell {
    fn of(summary: &PaySummary) -> Self {
        Self {
            count: summary.count,
            count_hidden: Hidden::of(summary.count_status),
            mean: summary.mean,
            median: summary.median,
            pay_hidden: Hidden::of(summary.pay_status),
        }
    }
}

/// Women's and men's pay and the gaps (men's − women's) / men's.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PayGap {
    /// Women.
    pub women: PayCell,
    /// Men.
    pub men: PayCell,
    /// The mean gap, when both means are shown.
    pub mean_gap: Option<f64>,
    /// The median gap, likewise.
    pub median_gap: Option<f64>,
}

impl PayGap {
    pub(crate) fn of(gap: &jamlik_stats::Gap) -> Self {
        Self {
            women: PayCell::of(&gap.women),
            men: PayCell::of(&gap.men),
            mean_gap: gap.mean_gap,
            median_gap: gap.median_gap,
        }
    }

    /// Why the gap is hidden: the reason of whichever side's pay is hidden.
    pub fn hidden(&self) -> Option<Hidden> {
        self.women.pay_hidden.or(self.men.pay_hidden)
    }
}

/// The pay transparency indicators of one category of workers (or everyone).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TransparencyCategory {
    /// The category (`None` for everyone).
    pub category: Option<String>,
    /// Basic pay.
    pub basic: PayGap,
    /// Variable pay among those who receive some.
    pub variable: PayGap,
    /// The share of women receiving variable pay.
    pub women_receiving: Option<f64>,
    /// The share of men receiving variable pay.
    pub men_receiving: Option<f64>,
    /// Total pay (basic + variable).
    pub total: PayGap,
    /// The gap in total pay the controls leave unexplained, as a share of
    /// men's mean total pay (with controls only).
    pub unexplained: Option<f64>,
    /// Why the unexplained gap could not be computed (an error as stored).
    pub unexplained_error: Option<serde_json::Value>,
    /// Whether a joint pay assessment is called for: a gap of 5 % or more
    /// (with controls: also unexplained); `None` when the gaps are hidden.
    pub flagged: Option<bool>,
}

impl TransparencyCategory {
    /// The unexplained gap where women's and men's total pay are shown (a
    /// result stored before this was checked may hold one where they are not).
    pub fn shown_unexplained(&self) -> Option<f64> {
        self.unexplained.filter(|_| self.total.hidden().is_none())
    }
}

/// One quartile pay band of total pay.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct QuartileRow {
    /// 1 (lowest paid) to 4.
    pub band: u8,
    /// People in the band.
    pub people: u64,
    /// Women's share of the band.
    pub women_share: f64,
    /// Men's share of the band.
    pub men_share: f64,
}

/// The EU pay transparency indicators.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TransparencyResult {
    /// Everyone.
    pub overall: TransparencyCategory,
    /// Each category of workers.
    pub categories: Vec<TransparencyCategory>,
    /// The quartile pay bands (empty when there are fewer than four times
    /// the threshold people).
    pub quartiles: Vec<QuartileRow>,
    /// Categories with only women or only men (their gaps cannot be computed).
    pub single_gender: Vec<String>,
}

/// A finished analysis as stored: only aggregates that passed disclosure
/// control. The schema is in `docs/analysis.md`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StoredResult {
    /// The schema version (1).
    pub version: u32,
    /// What was asked.
    pub spec: Spec,
    /// Rows analysed.
    pub rows: u64,
    /// Rows left out as bad.
    pub excluded_rows: u64,
    /// Rows left out for a missing value.
    pub missing_rows: u64,
    /// The disclosure threshold used.
    pub threshold: u64,
    /// Who gets what.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resources: Option<ResourcesResult>,
    /// The gap.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gap: Option<GapResult>,
    /// The pay survey.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pay_survey: Option<SurveyResult>,
    /// Representation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub representation: Option<RepresentationResult>,
    /// The pay transparency indicators.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pay_transparency: Option<TransparencyResult>,
}
