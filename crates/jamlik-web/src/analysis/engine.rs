//! The analyses the web offers, between the pages and `jamlik-stats`: what
//! a person maps (a [`Spec`]), running it on an uploaded file, the stored
//! result (only aggregates that passed disclosure control: [`StoredResult`]),
//! plain-language findings from it, its charts as SVG, and the worker that
//! runs queued jobs and purges expired uploads.
//!
//! Representation compares the data with a baseline: Statistics Finland's
//! population table (shipped in `data/fi/`, read once per process) for the
//! organisation's own municipality, or another uploaded file.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::sync::OnceLock;

use jamlik_domain::{Country, ErrorCode, OrgKind};
use jamlik_i18n::Translator;
use jamlik_stats::{
    looks_like_xlsx, pay_survey, pay_transparency, representation, resources, scan_columns,
    AgeBand, AnalysisError, BadRows, CellStatus, ColumnKind, ColumnScan, ComparisonKind,
    Composition, ContingencyTable, DominanceRule, Flag, Gender, GenderLabels, GroupCounts,
    IssueReason, NumericColumns, OaxacaSpec, PaySummary, PaySurveySpec, PayTransparencySpec,
    PopulationTable, ReadOptions, ScanColumns, ScanError, SuppressionReason, SuppressionRule,
    Table, WorkbookLimits,
};
use jamlik_store::Organisation;
use serde::{Deserialize, Serialize};

/// The analyses offered on the web.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// Who gets what: an outcome's sum by group against the group's share.
    Resources,
    /// The gap in an outcome between two groups, with controls (Oaxaca–Blinder).
    Gap,
    /// The pay survey by job group and gender.
    PaySurvey,
    /// Group shares against a baseline (a population or another file).
    Representation,
    /// The EU pay transparency indicators (Directive 2023/970).
    PayTransparency,
}

impl Kind {
    /// Every analysis, in the order offered.
    pub const ALL: [Kind; 5] = [
        Kind::Representation,
        Kind::Resources,
        Kind::Gap,
        Kind::PaySurvey,
        Kind::PayTransparency,
    ];

    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Resources => "resources",
            Kind::Gap => "gap",
            Kind::PaySurvey => "pay_survey",
            Kind::Representation => "representation",
            Kind::PayTransparency => "pay_transparency",
        }
    }

    /// Parses the stored name.
    pub fn parse(raw: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.as_str() == raw)
    }
}

/// What the person chose: the analysis, the columns' roles, how to treat bad
/// rows and the disclosure threshold.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Spec {
    /// The analysis.
    pub kind: Kind,
    /// The group variable (for the pay analyses: the gender column).
    pub group: String,
    /// The outcome (for the pay analyses: the pay, for pay transparency the
    /// basic pay; none for representation).
    #[serde(default)]
    pub outcome: String,
    /// A weight for the people behind each row (for example participants).
    #[serde(default)]
    pub weight: Option<String>,
    /// Controls, for the gap and for pay transparency's unexplained gap.
    #[serde(default)]
    pub controls: Vec<String>,
    /// The job group, for a pay survey.
    #[serde(default)]
    pub job_group: Option<String>,
    /// The demand level, for a pay survey.
    #[serde(default)]
    pub demand: Option<String>,
    /// The variable (complementary) pay, for pay transparency.
    #[serde(default)]
    pub variable: Option<String>,
    /// The category of workers, for pay transparency.
    #[serde(default)]
    pub category: Option<String>,
    /// What representation compares with.
    #[serde(default)]
    pub baseline: Option<Baseline>,
    /// Leave bad rows out (counted) instead of stopping at the first.
    pub exclude_bad_rows: bool,
    /// Counts below this are hidden.
    pub threshold: u64,
}

/// The baseline of a representation analysis.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "source", rename_all = "snake_case")]
pub enum Baseline {
    /// Women and men of a Finnish municipality (Statistics Finland, table
    /// 11re, 31.12.2019), optionally within an age range.
    Population {
        /// The municipality as the table names it (in Finnish).
        area: String,
        /// The first year of age counted.
        #[serde(default)]
        age_from: Option<u16>,
        /// The last year of age counted (`None`: and over).
        #[serde(default)]
        age_to: Option<u16>,
    },
    /// Another file the organisation uploaded, its rows counted per value of
    /// a column.
    Upload {
        /// The upload's id.
        upload: String,
        /// Its file name, to say which baseline was used.
        file_name: String,
        /// The group column in it.
        group: String,
    },
}

/// The oldest age class of the population table (`100 -`).
pub const OLDEST_AGE: u16 = 100;

impl Spec {
    /// Checks that the roles fit the analysis: the roles it needs are set
    /// and no column has two roles.
    pub fn check(&self) -> Result<(), ErrorCode> {
        let needs = |value: &str| {
            if value.trim().is_empty() {
                Err(ErrorCode::InvalidMapping)
            } else {
                Ok(())
            }
        };
        needs(&self.group)?;
        if self.kind != Kind::Representation {
            needs(&self.outcome)?;
        }
        if self.kind == Kind::PaySurvey {
            needs(self.job_group.as_deref().unwrap_or_default())?;
        }
        if self.threshold < SuppressionRule::MIN_THRESHOLD || self.threshold > 100 {
            return Err(ErrorCode::InvalidMapping);
        }
        match (&self.kind, &self.baseline) {
            (Kind::Representation, None) => return Err(ErrorCode::AnalysisNoBaseline),
            (
                Kind::Representation,
                Some(Baseline::Population {
                    age_from, age_to, ..
                }),
            ) => {
                let from = age_from.unwrap_or(0);
                if from > OLDEST_AGE || age_to.is_some_and(|to| to < from || to > OLDEST_AGE) {
                    return Err(ErrorCode::AnalysisInvalidAgeRange);
                }
            }
            (Kind::Representation, Some(Baseline::Upload { group, .. })) => needs(group)?,
            _ => {}
        }
        if self.kind == Kind::PayTransparency && self.variable.is_none() {
            return Err(ErrorCode::AnalysisNoVariablePay);
        }
        let mut used: Vec<&str> = vec![&self.group];
        if self.kind != Kind::Representation {
            used.push(&self.outcome);
        }
        used.extend(self.weight.as_deref());
        used.extend(self.job_group.as_deref());
        used.extend(self.demand.as_deref());
        used.extend(self.variable.as_deref());
        used.extend(self.category.as_deref());
        used.extend(self.controls.iter().map(String::as_str));
        let mut seen = std::collections::HashSet::new();
        if used.iter().any(|c| !seen.insert(*c)) {
            return Err(ErrorCode::InvalidMapping);
        }
        Ok(())
    }

    fn numeric(&self) -> Vec<String> {
        if self.kind == Kind::Representation {
            return Vec::new();
        }
        let mut numeric = vec![self.outcome.clone()];
        numeric.extend(self.weight.clone());
        numeric.extend(self.demand.clone());
        numeric.extend(self.variable.clone());
        numeric.extend(self.controls.iter().cloned());
        numeric
    }

    fn read_options(&self, numeric: Vec<String>) -> ReadOptions {
        ReadOptions {
            bad_rows: if self.exclude_bad_rows {
                BadRows::Exclude
            } else {
                BadRows::Stop
            },
            numeric: NumericColumns::Named(numeric),
            ..ReadOptions::default()
        }
    }
}

/// The shipped population table (Statistics Finland, table 11re: population
/// by municipality, one-year age and sex, 31.12.2019; CC BY 4.0).
const POPULATION_CSV: &[u8] =
    include_bytes!("../../../../data/fi/statfin_11re_population_by_municipality_sex_age_2019.csv");

/// The population table, read once per process.
pub fn population() -> Result<&'static PopulationTable, AnalysisError> {
    static TABLE: OnceLock<Result<PopulationTable, AnalysisError>> = OnceLock::new();
    TABLE
        .get_or_init(|| PopulationTable::from_px_csv(POPULATION_CSV))
        .as_ref()
        .map_err(Clone::clone)
}

/// The area of the population table that is the organisation's own
/// municipality, where it is a Finnish municipality the table has.
pub fn population_area(organisation: &Organisation) -> Option<String> {
    if organisation.country != Country::Finland || organisation.kind != OrgKind::Municipality {
        return None;
    }
    let name = organisation.name_fi.as_deref()?.trim();
    let table = population().ok()?;
    table
        .areas()
        .into_iter()
        .find(|area| area.eq_ignore_ascii_case(name))
        .map(str::to_owned)
}

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
    fn of(status: CellStatus) -> Option<Hidden> {
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
    fn of(gap: &jamlik_stats::Gap) -> Self {
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

/// Reads an uploaded file (CSV or XLSX, told apart by content).
pub fn read_table(bytes: &[u8], options: &ReadOptions) -> Result<Table, AnalysisError> {
    if looks_like_xlsx(bytes) {
        Table::from_xlsx(bytes, None, options)
    } else {
        Table::from_csv(bytes, options)
    }
}

/// Most column names kept of an upload, and most characters of each: what
/// a page offers from an upload it does not read again.
pub const KEPT_COLUMNS: usize = 500;
/// See [`KEPT_COLUMNS`].
pub const KEPT_COLUMN_CHARS: usize = 120;

/// A table's column names as kept with its upload: at most
/// [`KEPT_COLUMNS`], each cut to [`KEPT_COLUMN_CHARS`] characters.
pub fn column_names(table: &Table) -> Vec<String> {
    table
        .columns()
        .iter()
        .take(KEPT_COLUMNS)
        .map(|c| c.name().chars().take(KEPT_COLUMN_CHARS).collect())
        .collect()
}

/// The longest column name an upload may have, in characters: a long
/// survey question fits, a whole file in a header cell does not.
pub const MAX_COLUMN_NAME_CHARS: usize = 500;

/// An upload's column names as kept with it, or why it is refused: more
/// than [`KEPT_COLUMNS`] columns, or a name longer than
/// [`MAX_COLUMN_NAME_CHARS`] (the message key and the limit).
pub fn checked_columns(table: &Table) -> Result<Vec<String>, (&'static str, usize)> {
    if table.columns().len() > KEPT_COLUMNS {
        return Err(("analysis-upload-too-many-columns", KEPT_COLUMNS));
    }
    if table
        .columns()
        .iter()
        .any(|c| c.name().chars().count() > MAX_COLUMN_NAME_CHARS)
    {
        return Err(("analysis-upload-long-column-name", MAX_COLUMN_NAME_CHARS));
    }
    Ok(column_names(table))
}

/// Rows an upload's profile keeps for the preview.
pub const PREVIEW_ROWS: usize = 5;
/// Bad rows an upload's profile lists (all are counted).
pub const LISTED_ISSUES: usize = 50;

/// What an upload's mapping page shows, read once when the upload arrives
/// and kept with it, so that the page never parses the file again.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct UploadProfile {
    /// The columns, in the file's order.
    pub columns: Vec<ProfileColumn>,
    /// The first rows ([`PREVIEW_ROWS`]), each value cut to
    /// [`KEPT_COLUMN_CHARS`].
    pub preview: Vec<Vec<String>>,
    /// The first bad rows ([`LISTED_ISSUES`]).
    pub issues: Vec<ProfileIssue>,
    /// How many bad rows there are.
    pub issue_count: u64,
}

/// One column of an upload, as the mapping page shows it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ProfileColumn {
    /// Its name (whole: a mapping names the column).
    pub name: String,
    /// Its inferred type.
    pub kind: ProfileKind,
    /// How many rows have a value in it.
    pub present: u64,
    /// How many rows have none.
    pub missing: u64,
}

/// A column's inferred type.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ProfileKind {
    /// Whole numbers.
    Integer,
    /// Numbers with decimals.
    Decimal,
    /// Text.
    Text,
    /// No values.
    Empty,
}

impl ProfileKind {
    /// Whether the column holds numbers.
    pub fn is_numeric(self) -> bool {
        matches!(self, ProfileKind::Integer | ProfileKind::Decimal)
    }
}

/// A bad row of an upload, its values cut to [`KEPT_COLUMN_CHARS`].
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ProfileIssue {
    /// The row's number in the file.
    pub row: u64,
    /// The column, when one is to blame.
    pub column: Option<String>,
    /// The value found there.
    pub value: Option<String>,
    /// For a row of the wrong length: the header's fields and the row's.
    pub ragged: Option<(u64, u64)>,
}

/// A text cut to [`KEPT_COLUMN_CHARS`] characters, the rest marked as left
/// out, so that no page grows with what a file holds.
pub fn cut_for_page(text: &str) -> String {
    let mut chars = text.chars();
    let kept: String = chars.by_ref().take(KEPT_COLUMN_CHARS).collect();
    if chars.next().is_some() {
        format!("{kept}…")
    } else {
        kept
    }
}

/// The profile of a table read from an upload.
pub fn profile_of(table: &Table) -> UploadProfile {
    let columns = table.columns();
    UploadProfile {
        columns: columns
            .iter()
            .map(|c| ProfileColumn {
                name: c.name().to_owned(),
                kind: match c.kind() {
                    ColumnKind::Integer => ProfileKind::Integer,
                    ColumnKind::Decimal => ProfileKind::Decimal,
                    ColumnKind::Text => ProfileKind::Text,
                    ColumnKind::Empty => ProfileKind::Empty,
                },
                present: c.non_empty() as u64,
                missing: c.missing() as u64,
            })
            .collect(),
        preview: (0..table.len().min(PREVIEW_ROWS))
            .map(|i| {
                columns
                    .iter()
                    .map(|c| cut_for_page(c.text().get(i).map_or("", String::as_str)))
                    .collect()
            })
            .collect(),
        issues: table
            .issues()
            .iter()
            .take(LISTED_ISSUES)
            .map(|issue| ProfileIssue {
                row: issue.row,
                column: issue.column.as_deref().map(cut_for_page),
                value: issue.value.as_deref().map(cut_for_page),
                ragged: match issue.reason {
                    IssueReason::RaggedRow { expected, found } => {
                        Some((expected as u64, found as u64))
                    }
                    IssueReason::NonNumeric => None,
                },
            })
            .collect(),
        issue_count: table.issues().len() as u64,
    }
}

/// An upload's kept column names and its profile (as JSON), read as the
/// upload reads it (empty when it does not read).
pub fn upload_profile(bytes: &[u8], limits: &WorkbookLimits) -> (Vec<String>, String) {
    let options = ReadOptions {
        workbook: *limits,
        ..ReadOptions::default()
    };
    match read_table(bytes, &options) {
        Ok(table) => (
            column_names(&table),
            serde_json::to_string(&profile_of(&table)).unwrap_or_default(),
        ),
        Err(_) => (Vec::new(), String::new()),
    }
}

/// Why a run failed: an error of the engine, or one about the baseline that
/// the web adds.
#[derive(Clone, Debug, PartialEq)]
pub enum RunError {
    /// The engine's error.
    Analysis(AnalysisError),
    /// The same, in the baseline file rather than the data.
    InBaseline(AnalysisError),
    /// A group of the data has nobody in the baseline, so its share cannot
    /// be compared (often the two files write the group differently).
    BaselineGroupEmpty {
        /// The group's label.
        group: String,
        /// The data's group column.
        column: String,
    },
}

/// The codes of the errors the web adds to the engine's.
pub const WEB_ERROR_CODES: &[&str] = &["analysis.baseline_group_empty"];

impl From<AnalysisError> for RunError {
    fn from(error: AnalysisError) -> Self {
        RunError::Analysis(error)
    }
}

impl std::fmt::Display for RunError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RunError::Analysis(error) => write!(f, "{}: {error}", error.code()),
            RunError::InBaseline(error) => write!(f, "{} in the baseline: {error}", error.code()),
            RunError::BaselineGroupEmpty { group, column } => write!(
                f,
                "analysis.baseline_group_empty: the group {group:?} of {column:?} has nobody in the baseline"
            ),
        }
    }
}

impl RunError {
    /// The error as stored with a failed job: its `code` and fields (an
    /// error in the baseline file has `"in_baseline": true`).
    pub fn json(&self) -> String {
        match self {
            RunError::Analysis(error) => error_json(error),
            RunError::InBaseline(error) => {
                let mut value = serde_json::to_value(error).unwrap_or_default();
                if let Some(fields) = value.as_object_mut() {
                    fields.insert("in_baseline".to_owned(), serde_json::Value::Bool(true));
                }
                serde_json::to_string(&value).unwrap_or_else(|_| error_json(error))
            }
            RunError::BaselineGroupEmpty { group, column } => serde_json::json!({
                "code": "analysis.baseline_group_empty",
                "group": group,
                "column": column,
            })
            .to_string(),
        }
    }
}

/// Runs an analysis on an uploaded file (representation against an uploaded
/// baseline needs [`analyse_with`]).
pub fn analyse(bytes: &[u8], spec: &Spec) -> Result<StoredResult, RunError> {
    analyse_with(bytes, None, spec, &WorkbookLimits::default())
}

/// Runs an analysis on an uploaded file, with the bytes of the baseline
/// file where representation compares with one; workbooks are read within
/// `limits`.
pub fn analyse_with(
    bytes: &[u8],
    baseline: Option<&[u8]>,
    spec: &Spec,
    limits: &WorkbookLimits,
) -> Result<StoredResult, RunError> {
    let options = ReadOptions {
        workbook: *limits,
        ..spec.read_options(spec.numeric())
    };
    if spec.kind == Kind::Gap {
        // A CSV file is scanned for the model's columns only.
        return Ok(analyse_gap(bytes, spec, &options)?);
    }
    let table = read_table(bytes, &options)?;
    let rule = SuppressionRule::new(spec.threshold)?;
    if matches!(spec.kind, Kind::Resources | Kind::Gap) {
        // An outcome that is the same for everyone says nothing about who gets what.
        let mut values = table.numbers(&spec.outcome)?.iter().flatten();
        if let Some(first) = values.next() {
            if values.all(|v| v == first) {
                return Err(AnalysisError::NoVariation {
                    what: spec.outcome.clone(),
                }
                .into());
            }
        }
    }
    let mut stored = StoredResult {
        version: 1,
        spec: spec.clone(),
        rows: table.len() as u64,
        excluded_rows: table.excluded_rows() as u64,
        missing_rows: 0,
        threshold: spec.threshold,
        resources: None,
        gap: None,
        pay_survey: None,
        representation: None,
        pay_transparency: None,
    };
    match spec.kind {
        Kind::Representation => {
            let (result, missing) = representation_of(&table, baseline, spec, &rule, limits)?;
            stored.missing_rows = missing;
            stored.representation = Some(result);
        }
        Kind::PayTransparency => {
            let (result, missing) = transparency_of(&table, spec, rule)?;
            stored.missing_rows = missing;
            stored.pay_transparency = Some(result);
        }
        Kind::Resources => {
            let (result, missing) = resources_of(&table, spec, &rule)?;
            stored.missing_rows = missing;
            stored.resources = Some(result);
        }
        Kind::Gap => {
            // (Reached only through a table; `analyse_gap` scans a CSV.)
            let scan = ColumnScan::from_table(&table, &gap_columns(spec));
            let (result, missing) = gap_of(scan, spec)?;
            stored.missing_rows = missing;
            stored.gap = Some(result);
        }
        Kind::PaySurvey => {
            let survey_spec = PaySurveySpec {
                rule,
                demand: spec.demand.clone(),
                ..PaySurveySpec::new(
                    spec.job_group.as_deref().unwrap_or_default(),
                    &spec.group,
                    &spec.outcome,
                )
            };
            let survey = pay_survey(&table, &survey_spec)?;
            stored.missing_rows = survey.missing_rows as u64;
            let groups: Vec<SurveyRow> = survey
                .groups
                .iter()
                .map(|g| SurveyRow {
                    group: g.group.clone(),
                    demand: g.demand,
                    composition: match g.composition {
                        Composition::WomenDominated => "women_dominated",
                        Composition::MenDominated => "men_dominated",
                        Composition::Mixed => "mixed",
                    }
                    .to_owned(),
                    women: g.women.count,
                    men: g.men.count,
                    count_hidden: Hidden::of(g.women.count_status)
                        .or(Hidden::of(g.men.count_status)),
                    women_mean: g.women.mean,
                    men_mean: g.men.mean,
                    pay_hidden: Hidden::of(g.women.pay_status).or(Hidden::of(g.men.pay_status)),
                    percent: g.women_mean_percent_of_men,
                    women_hidden: Hidden::of(g.women.count_status),
                    men_hidden: Hidden::of(g.men.count_status),
                    women_pay_hidden: Hidden::of(g.women.pay_status),
                    men_pay_hidden: Hidden::of(g.men.pay_status),
                    total: g.total.count,
                    total_hidden: Hidden::of(g.total.count_status),
                    total_mean: g.total.mean,
                    total_pay_hidden: Hidden::of(g.total.pay_status),
                })
                .collect();
            // A comparison is of the groups' mean pay as the table shows
            // it: none where either side is hidden.
            let mean = |label: &str| {
                groups
                    .iter()
                    .find(|g| g.group == label)
                    .and_then(|g| g.total_mean)
            };
            let comparisons = survey
                .comparisons
                .iter()
                .map(|c| SurveyComparison {
                    women_dominated: c.women_dominated.clone(),
                    compared: c.compared.clone(),
                    equal_value: c.kind == ComparisonKind::EqualValue,
                    percent: c.mean_percent.filter(|_| {
                        mean(&c.women_dominated).is_some() && mean(&c.compared).is_some()
                    }),
                })
                .collect();
            stored.pay_survey = Some(SurveyResult {
                groups,
                comparisons,
                merged: survey.merges.iter().map(|m| m.into.clone()).collect(),
                percent: percent_of(&survey.women, &survey.men),
            });
        }
    }
    Ok(stored)
}

/// The data's groups as women and men (keys `women`, `men`), with the
/// data's first label of each; a label that is neither is an error naming it.
fn by_gender(
    table: &Table,
    column: &str,
    data: &GroupCounts,
) -> Result<(GroupCounts, [Option<String>; 2]), AnalysisError> {
    let labels = GenderLabels::default();
    let mut unknown: Vec<String> = data
        .iter()
        .filter(|(label, _)| labels.classify(label).is_none())
        .map(|(label, _)| label.to_owned())
        .collect();
    if !unknown.is_empty() {
        let text = table.column(column)?.text();
        let first_row = text
            .iter()
            .position(|value| unknown.contains(value))
            .and_then(|i| table.row_numbers().get(i).copied())
            .unwrap_or_default();
        unknown.truncate(10);
        return Err(AnalysisError::UnexpectedGender {
            column: column.to_owned(),
            values: unknown,
            first_row,
        });
    }
    let mut names: [Option<String>; 2] = [None, None];
    let mut counts = [0u64; 2];
    for (label, count) in data.iter() {
        let slot = match labels.classify(label) {
            Some(Gender::Woman) => 0,
            _ => 1,
        };
        names[slot].get_or_insert_with(|| label.to_owned());
        counts[slot] = counts[slot].saturating_add(count);
    }
    Ok((
        GroupCounts::new([("women", counts[0]), ("men", counts[1])]),
        names,
    ))
}

/// Which counts of a one-column table are hidden, and the total when shown.
fn protect_counts(
    labels: &[String],
    counts: &[u64],
    rule: &SuppressionRule,
) -> Result<(Vec<Option<Hidden>>, Option<u64>), AnalysisError> {
    let table = ContingencyTable::new(
        labels.to_vec(),
        vec!["count".to_owned()],
        counts.iter().map(|c| vec![*c]).collect(),
    )?;
    let protected = jamlik_stats::suppress(&table, rule);
    Ok((
        protected
            .cells
            .iter()
            .map(|row| row.first().and_then(|c| Hidden::of(c.status())))
            .collect(),
        protected.total.published(),
    ))
}

/// Representation against the baseline of the spec, protected: the data's
/// counts below the threshold (and enough others that none can be worked
/// out from the total) are hidden with every figure that would give them
/// away; so are an uploaded baseline's. The population table's counts are
/// published statistics and shown as they are.
fn representation_of(
    table: &Table,
    baseline_bytes: Option<&[u8]>,
    spec: &Spec,
    rule: &SuppressionRule,
    limits: &WorkbookLimits,
) -> Result<(RepresentationResult, u64), RunError> {
    const CONFIDENCE: f64 = 0.95;
    let (data, missing) = GroupCounts::from_column(table, &spec.group)?;
    let (data, baseline, names, protect_baseline, source) = match &spec.baseline {
        Some(Baseline::Population {
            area,
            age_from,
            age_to,
        }) => {
            let (data, names) = by_gender(table, &spec.group, &data)?;
            let population = population()?;
            let band = AgeBand::new("", age_from.unwrap_or(0), *age_to);
            let people = population
                .by_sex(area, &band)?
                .renamed(&[("female", "women"), ("male", "men")]);
            (data, people, Some(names), false, population.title.clone())
        }
        Some(Baseline::Upload { group, .. }) => {
            let bytes = baseline_bytes.ok_or(AnalysisError::EmptyBaseline)?;
            let base = read_table(
                bytes,
                &ReadOptions {
                    workbook: *limits,
                    ..spec.read_options(Vec::new())
                },
            )
            .map_err(RunError::InBaseline)?;
            let (counts, _) =
                GroupCounts::from_column(&base, group).map_err(RunError::InBaseline)?;
            (data, counts, None, true, None)
        }
        None => return Err(AnalysisError::EmptyBaseline.into()),
    };
    let result = representation(&data, &baseline, CONFIDENCE)?;
    let display = |label: &str| match &names {
        Some(names) => {
            let slot = usize::from(label != "women");
            names[slot].clone().unwrap_or_default()
        }
        None => label.to_owned(),
    };
    if let Some(empty) = result
        .groups
        .iter()
        .find(|g| g.count > 0 && g.baseline_count == 0)
    {
        return Err(RunError::BaselineGroupEmpty {
            group: display(&empty.group),
            column: spec.group.clone(),
        });
    }
    let labels: Vec<String> = result.groups.iter().map(|g| g.group.clone()).collect();
    let (hidden, count) = protect_counts(
        &labels,
        &result.groups.iter().map(|g| g.count).collect::<Vec<_>>(),
        rule,
    )?;
    let (baseline_hidden, baseline_count) = if protect_baseline {
        protect_counts(
            &labels,
            &result
                .groups
                .iter()
                .map(|g| g.baseline_count)
                .collect::<Vec<_>>(),
            rule,
        )?
    } else {
        (vec![None; labels.len()], Some(result.baseline_total))
    };
    let mut groups: Vec<RepresentationGroup> = result
        .groups
        .iter()
        .enumerate()
        .map(|(i, g)| {
            let hidden = hidden.get(i).copied().flatten();
            let baseline_hidden = baseline_hidden.get(i).copied().flatten();
            let data_shown = hidden.is_none();
            let both = data_shown && baseline_hidden.is_none();
            RepresentationGroup {
                group: display(&g.group),
                gender: names.as_ref().map(|_| g.group.clone()),
                hidden,
                count: data_shown.then_some(g.count),
                share: data_shown.then_some(g.share),
                low: data_shown.then_some(g.interval.low),
                high: data_shown.then_some(g.interval.high),
                baseline_hidden,
                baseline_count: baseline_hidden.is_none().then_some(g.baseline_count),
                baseline_share: baseline_hidden.is_none().then_some(g.baseline_share),
                ratio: g.ratio.filter(|_| both),
                difference: both.then_some(g.difference),
                flag: both.then(|| {
                    match g.flag {
                        Flag::Over => "over",
                        Flag::Under => "under",
                        Flag::None => "none",
                    }
                    .to_owned()
                }),
            }
        })
        .collect();
    // Women before men, as the other analyses show them.
    if names.is_some() {
        groups.sort_by_key(|g| g.gender.as_deref() != Some("women"));
    }
    Ok((
        RepresentationResult {
            groups,
            count,
            baseline_count,
            confidence: CONFIDENCE,
            source,
        },
        missing as u64,
    ))
}

/// The pay transparency indicators, as `pay_transparency` protects them;
/// the lowest and highest pay of a band or a group (one person's pay) are
/// not kept.
fn transparency_of(
    table: &Table,
    spec: &Spec,
    rule: SuppressionRule,
) -> Result<(TransparencyResult, u64), AnalysisError> {
    let engine_spec = PayTransparencySpec {
        rule,
        variable: spec.variable.clone(),
        category: spec.category.clone(),
        controls: spec.controls.clone(),
        ..PayTransparencySpec::new(&spec.group, &spec.outcome)
    };
    let result = pay_transparency(table, &engine_spec)?;
    let category = |c: &jamlik_stats::CategoryPay| {
        let empty = PayGap {
            women: PayCell {
                count: None,
                count_hidden: None,
                mean: None,
                median: None,
                pay_hidden: None,
            },
            men: PayCell {
                count: None,
                count_hidden: None,
                mean: None,
                median: None,
                pay_hidden: None,
            },
            mean_gap: None,
            median_gap: None,
        };
        // The unexplained gap reads every person's pay: it is kept only
        // where women's and men's total pay are both shown.
        let total_shown = PayGap::of(&c.total).hidden().is_none();
        TransparencyCategory {
            category: c.category.clone(),
            basic: PayGap::of(&c.basic),
            variable: c
                .variable
                .as_ref()
                .map_or(empty, |v| PayGap::of(&v.recipients)),
            women_receiving: c.variable.as_ref().and_then(|v| v.women_receiving),
            men_receiving: c.variable.as_ref().and_then(|v| v.men_receiving),
            total: PayGap::of(&c.total),
            unexplained: c.unexplained.as_ref().and_then(|u| u.gap),
            unexplained_error: c
                .unexplained
                .as_ref()
                .and_then(|u| u.error.as_ref())
                .filter(|_| total_shown)
                .and_then(|e| serde_json::to_value(e).ok()),
            flagged: c.flagged,
        }
    };
    Ok((
        TransparencyResult {
            overall: category(&result.overall),
            categories: result.categories.iter().map(category).collect(),
            quartiles: result
                .quartiles
                .iter()
                .map(|q| QuartileRow {
                    band: q.band,
                    people: q.people,
                    women_share: q.women_share,
                    men_share: q.men_share,
                })
                .collect(),
            single_gender: result
                .warnings
                .iter()
                .filter_map(|w| match w {
                    AnalysisError::SingleGenderGroup { group, .. } => Some(group.clone()),
                    _ => None,
                })
                .collect(),
        },
        result.missing_rows as u64,
    ))
}

/// The columns the gap uses: the outcome, the controls, the group.
fn gap_columns(spec: &Spec) -> ScanColumns {
    ScanColumns {
        values: std::iter::once(&spec.outcome)
            .chain(&spec.controls)
            .cloned()
            .collect(),
        labels: vec![spec.group.clone()],
    }
}

/// The gap, with the same checks as [`analyse`]: a CSV file is scanned for
/// the model's columns only (the same results as through a table, in a
/// fraction of the memory), a workbook is read as a table.
fn analyse_gap(
    bytes: &[u8],
    spec: &Spec,
    options: &ReadOptions,
) -> Result<StoredResult, AnalysisError> {
    let columns = gap_columns(spec);
    let scan = if looks_like_xlsx(bytes) {
        ColumnScan::from_table(&Table::from_xlsx(bytes, None, options)?, &columns)
    } else {
        scan_columns(&mut std::io::Cursor::new(bytes), options, &columns).map_err(|error| {
            match error {
                ScanError::Analysis(error) => error,
                ScanError::Read(error) => AnalysisError::MalformedCsv {
                    detail: error.to_string(),
                },
            }
        })?
    };
    SuppressionRule::new(spec.threshold)?;
    // An outcome that is the same for everyone says nothing about the gap.
    let constant = {
        let mut values = scan.numbers(&spec.outcome)?;
        values
            .next()
            .is_some_and(|first| values.all(|v| v == first))
    };
    if constant {
        return Err(AnalysisError::NoVariation {
            what: spec.outcome.clone(),
        });
    }
    let mut stored = StoredResult {
        version: 1,
        spec: spec.clone(),
        rows: scan.len() as u64,
        excluded_rows: scan.excluded_rows() as u64,
        missing_rows: 0,
        threshold: spec.threshold,
        resources: None,
        gap: None,
        pay_survey: None,
        representation: None,
        pay_transparency: None,
    };
    let (result, missing) = gap_of(scan, spec)?;
    stored.missing_rows = missing;
    stored.gap = Some(result);
    Ok(stored)
}

fn percent_of(women: &PaySummary, men: &PaySummary) -> Option<f64> {
    match (women.mean, men.mean) {
        (Some(w), Some(m)) if m > 0.0 => Some(w / m * 100.0),
        _ => None,
    }
}

/// Who gets what, protected: groups below the threshold (and enough others
/// that none can be worked out from the total) are hidden, and sums that a
/// few values dominate are hidden.
fn resources_of(
    table: &Table,
    spec: &Spec,
    rule: &SuppressionRule,
) -> Result<(ResourcesResult, u64), AnalysisError> {
    let result = resources(table, &spec.group, &spec.outcome, None)?;
    if result.groups.len() < 2 {
        return Err(AnalysisError::NoVariation {
            what: spec.group.clone(),
        });
    }
    // Each group's values (for the dominance rule) and weights.
    let labels = table.column(&spec.group)?.text();
    let values = table.numbers(&spec.outcome)?;
    let weights = match &spec.weight {
        Some(weight) => Some(table.numbers(weight)?),
        None => None,
    };
    let mut by_group: BTreeMap<&str, (Vec<f64>, f64)> = BTreeMap::new();
    for (i, label) in labels.iter().enumerate() {
        let (Some(Some(value)), false) = (values.get(i), label.is_empty()) else {
            continue;
        };
        let weight = match weights {
            Some(w) => match w.get(i) {
                Some(Some(w)) => *w,
                _ => continue,
            },
            None => 1.0,
        };
        let entry = by_group.entry(label.as_str()).or_default();
        entry.0.push(*value);
        entry.1 += weight;
    }
    let weight_total: f64 = by_group.values().map(|(_, w)| w).sum();
    let counts = ContingencyTable::new(
        result.groups.iter().map(|g| g.group.clone()).collect(),
        vec![spec.outcome.clone()],
        result.groups.iter().map(|g| vec![g.count as u64]).collect(),
    )?;
    let protected = jamlik_stats::suppress(&counts, rule);
    let dominance = DominanceRule::default();
    let groups = result
        .groups
        .iter()
        .enumerate()
        .map(|(i, g)| {
            let status = protected
                .cells
                .get(i)
                .and_then(|row| row.first())
                .map_or(CellStatus::Shown, |c| c.status());
            let (group_values, weight) =
                by_group.get(g.group.as_str()).cloned().unwrap_or_default();
            let hidden = Hidden::of(status).or_else(|| {
                dominance
                    .is_dominated(&group_values)
                    .then_some(Hidden::Dominance)
            });
            let shown = hidden.is_none();
            ResourceGroup {
                group: g.group.clone(),
                hidden,
                count: shown.then_some(g.count as u64),
                sum: shown.then_some(g.sum),
                mean: shown.then_some(g.mean),
                share_of_people: shown.then(|| {
                    if spec.weight.is_some() && weight_total > 0.0 {
                        weight / weight_total
                    } else {
                        g.share_of_people
                    }
                }),
                share_of_resources: shown.then_some(g.share_of_resources),
            }
        })
        .collect();
    Ok((
        ResourcesResult {
            groups,
            count: protected.total.published(),
            sum: result.sum,
        },
        result.missing_rows as u64,
    ))
}

/// The gap between two groups with controls; hidden when a group is below
/// the threshold.
fn gap_of(scan: ColumnScan, spec: &Spec) -> Result<(GapResult, u64), AnalysisError> {
    let labels = scan.labels(&spec.group)?;
    // Women first where the labels say who is a woman, else sorted order.
    let women = GenderLabels::default();
    let first = labels
        .iter()
        .find(|l| matches!(women.classify(l), Some(jamlik_stats::Gender::Woman)))
        .or(labels.first())
        .cloned()
        .ok_or_else(|| AnalysisError::EmptyGroup {
            group: spec.group.clone(),
        })?;
    let result = scan.oaxaca(&OaxacaSpec {
        outcome: spec.outcome.clone(),
        group: spec.group.clone(),
        first,
        controls: spec.controls.clone(),
    })?;
    let small =
        (result.first.n as u64) < spec.threshold || (result.second.n as u64) < spec.threshold;
    let pooled = result.two_fold.first();
    let group = |g: &jamlik_stats::OaxacaGroup| GapGroup {
        label: g.label.clone(),
        n: (!small).then_some(g.n as u64),
        mean: (!small).then_some(g.mean),
    };
    Ok((
        GapResult {
            first: group(&result.first),
            second: group(&result.second),
            hidden: small.then_some(Hidden::BelowThreshold),
            gap: (!small).then_some(result.gap),
            explained: pooled.filter(|_| !small).map(|p| p.explained),
            unexplained: pooled.filter(|_| !small).map(|p| p.unexplained),
            terms: if small {
                Vec::new()
            } else {
                pooled
                    .map(|p| {
                        p.terms
                            .iter()
                            // The intercept comes first and explains nothing.
                            .skip(1)
                            .map(|t| GapTerm {
                                name: t.name.clone(),
                                explained: t.explained,
                            })
                            .collect()
                    })
                    .unwrap_or_default()
            },
        },
        result.missing_rows as u64,
    ))
}

// ------------------------------------------------------------------ errors

/// An analysis error as stored with a failed job: its `code` and fields.
pub fn error_json(error: &AnalysisError) -> String {
    serde_json::to_string(error).unwrap_or_else(|_| format!("{{\"code\":\"{}\"}}", error.code()))
}

/// A stored error (an analysis error, or one of the error table) in the
/// person's language, with its row, column and value.
pub fn describe_error(t: &Translator, json: &str) -> String {
    let value: serde_json::Value = serde_json::from_str(json).unwrap_or_default();
    let code = value["code"].as_str().unwrap_or("internal");
    if let Some(known) = ErrorCode::ALL.iter().find(|c| c.code() == code) {
        return t.t(&known.message_key());
    }
    // A file that does not read: the reader's own words (calamine's "Xml
    // error…", the csv crate's) are no message for a person; they go to
    // the log, and the translated sentence stands alone.
    if matches!(code, "analysis.malformed_xlsx" | "analysis.malformed_csv") {
        tracing::info!(code, detail = %value["detail"], "an upload did not read");
        let key = format!(
            "analysis-error-{}-unread",
            code.trim_start_matches("analysis.").replace('_', "-")
        );
        return t.t(&key);
    }
    let key = format!(
        "analysis-error-{}",
        code.trim_start_matches("analysis.").replace('_', "-")
    );
    let mut args: Vec<(&str, String)> = Vec::new();
    if let Some(fields) = value.as_object() {
        for (name, field) in fields {
            if name == "code" {
                continue;
            }
            let text = match field {
                serde_json::Value::String(s) => s.clone(),
                serde_json::Value::Number(n) => {
                    n.as_i64().map_or_else(|| n.to_string(), |i| t.number(i))
                }
                serde_json::Value::Array(items) => items
                    .iter()
                    .filter_map(|i| i.as_str())
                    .collect::<Vec<_>>()
                    .join(", "),
                _ => continue,
            };
            // The engine names two things in words rather than by column.
            let text = match (name.as_str(), text.as_str()) {
                ("what", "the outcome") => t.t("analysis-what-outcome"),
                ("what", w) if w.starts_with("the residuals") => t.t("analysis-what-residuals"),
                _ => text,
            };
            args.push((static_arg(name), text));
        }
    }
    let mut message = if t.has(&key) {
        t.t_args(&key, &args)
    } else {
        t.t("error-internal")
    };
    if let Some(group) = value["group"].as_str() {
        if !matches!(
            code,
            "analysis.empty_group"
                | "analysis.single_gender_group"
                | "analysis.baseline_group_empty"
        ) {
            message.push(' ');
            message.push_str(&t.t_args("analysis-error-in-group", &[("group", group.to_owned())]));
        }
    }
    if value["in_baseline"].as_bool() == Some(true) {
        message.push(' ');
        message.push_str(&t.t("analysis-error-in-baseline"));
    }
    message
}

fn static_arg(name: &str) -> &'static str {
    match name {
        "row" => "row",
        "column" => "column",
        "expected" => "expected",
        "found" => "found",
        "needed" => "needed",
        "what" => "what",
        "group" => "group",
        "detail" => "detail",
        "sheet" => "sheet",
        "available" => "available",
        "values" => "values",
        "missing" => "missing",
        "name" => "name",
        "first_row" => "first_row",
        "bound" => "bound",
        "limit" => "limit",
        _ => "value",
    }
}

// ---------------------------------------------------------------- findings

/// A share as a percentage in the person's language: `31 %`.
pub fn percent(t: &Translator, share: f64) -> String {
    t.t_args(
        "analysis-percent",
        &[("value", t.decimal(share * 100.0, 0))],
    )
}

/// The plain-language findings of a result, in the person's language.
pub fn findings(t: &Translator, result: &StoredResult) -> Vec<String> {
    let mut out = Vec::new();
    let spec = &result.spec;
    if let Some(r) = &result.resources {
        let base = match &spec.weight {
            Some(weight) => weight.clone(),
            None => t.t("analysis-base-rows"),
        };
        let mut uneven = false;
        for g in &r.groups {
            let (Some(people), Some(resources)) = (g.share_of_people, g.share_of_resources) else {
                continue;
            };
            if (resources - people).abs() >= 0.02 {
                uneven = true;
                out.push(t.t_args(
                    if resources < people {
                        "analysis-finding-resources-less"
                    } else {
                        "analysis-finding-resources-more"
                    },
                    &[
                        ("group", g.group.clone()),
                        ("resources", percent(t, resources)),
                        ("outcome", spec.outcome.clone()),
                        ("people", percent(t, people)),
                        ("base", base.clone()),
                    ],
                ));
            }
        }
        if !uneven {
            out.push(t.t_args(
                "analysis-finding-resources-even",
                &[("outcome", spec.outcome.clone())],
            ));
        }
    }
    if let Some(g) = &result.gap {
        if let (Some(gap), Some(first), Some(second)) = (g.gap, g.first.mean, g.second.mean) {
            let relative = if second.abs() > f64::EPSILON {
                percent(t, (gap / second).abs())
            } else {
                "–".to_owned()
            };
            out.push(t.t_args(
                if gap < 0.0 {
                    "analysis-finding-gap-lower"
                } else {
                    "analysis-finding-gap-higher"
                },
                &[
                    ("outcome", spec.outcome.clone()),
                    ("first", g.first.label.clone()),
                    ("second", g.second.label.clone()),
                    ("gap", t.decimal(gap.abs(), 2)),
                    ("percent", relative),
                    ("value", t.decimal(first, 2)),
                    ("expected", t.decimal(second, 2)),
                ],
            ));
            // The unexplained part is the gap that remains at equal controls.
            if let (Some(unexplained), false) = (g.unexplained, spec.controls.is_empty()) {
                out.push(t.t_args(
                    if unexplained < 0.0 {
                        "analysis-finding-gap-adjusted-lower"
                    } else {
                        "analysis-finding-gap-adjusted-higher"
                    },
                    &[
                        ("controls", spec.controls.join(", ")),
                        ("outcome", spec.outcome.clone()),
                        ("first", g.first.label.clone()),
                        ("second", g.second.label.clone()),
                        ("gap", t.decimal(unexplained.abs(), 2)),
                    ],
                ));
            }
        }
    }
    if let Some(s) = &result.pay_survey {
        if let Some(p) = s.percent {
            out.push(t.t_args(
                "analysis-finding-pay-overall",
                &[("percent", percent(t, p / 100.0))],
            ));
        }
        for row in &s.groups {
            if let Some(p) = row.percent.filter(|p| *p < 95.0) {
                out.push(t.t_args(
                    "analysis-finding-pay-group",
                    &[
                        ("group", row.group.clone()),
                        ("percent", percent(t, p / 100.0)),
                    ],
                ));
            }
        }
        for c in &s.comparisons {
            if let Some(p) = s.shown_percent(c).filter(|p| *p < 95.0) {
                out.push(t.t_args(
                    if c.equal_value {
                        "analysis-finding-pay-equal-value"
                    } else {
                        "analysis-finding-pay-lower-demand"
                    },
                    &[
                        ("group", c.women_dominated.clone()),
                        ("compared", c.compared.clone()),
                        ("percent", percent(t, p / 100.0)),
                    ],
                ));
            }
        }
    }
    if let Some(r) = &result.representation {
        representation_findings(t, result, r, &mut out);
    }
    if let Some(p) = &result.pay_transparency {
        transparency_findings(t, result, p, &mut out);
    }
    let hidden = result
        .resources
        .as_ref()
        .is_some_and(|r| r.groups.iter().any(|g| g.hidden.is_some()))
        || result.representation.as_ref().is_some_and(|r| {
            r.groups
                .iter()
                .any(|g| g.hidden.is_some() || g.baseline_hidden.is_some())
        })
        || result.pay_transparency.as_ref().is_some_and(|p| {
            std::iter::once(&p.overall)
                .chain(&p.categories)
                .flat_map(|c| [&c.basic, &c.variable, &c.total])
                .flat_map(|g| [&g.women, &g.men])
                .any(|cell| cell.count_hidden.is_some() || cell.pay_hidden.is_some())
        })
        || result.gap.as_ref().is_some_and(|g| g.hidden.is_some())
        || result.pay_survey.as_ref().is_some_and(|s| {
            s.groups.iter().any(|g| {
                g.count_hidden.is_some()
                    || g.pay_hidden.is_some()
                    || g.total_hidden.is_some()
                    || g.total_pay_hidden.is_some()
            })
        });
    if hidden {
        out.push(t.t_args(
            "analysis-finding-hidden",
            &[("value", t.number(result.threshold as i64))],
        ));
    }
    out
}

/// A share as a percentage with one decimal: `4,6 %` (gaps near the 5 % line).
pub fn percent1(t: &Translator, share: f64) -> String {
    t.t_args(
        "analysis-percent",
        &[("value", t.decimal(share * 100.0, 1))],
    )
}

/// What a representation result was compared with, in the person's language.
pub fn baseline_text(t: &Translator, spec: &Spec) -> Option<String> {
    match spec.baseline.as_ref()? {
        Baseline::Population {
            area,
            age_from,
            age_to,
        } => {
            let ages = match (age_from.filter(|a| *a > 0), age_to) {
                (None, None) => t.t("analysis-ages-all"),
                (from, Some(to)) => t.t_args(
                    "analysis-ages-range",
                    &[
                        ("from", t.number(i64::from(from.unwrap_or(0)))),
                        ("to", t.number(i64::from(*to))),
                    ],
                ),
                (Some(from), None) => {
                    t.t_args("analysis-ages-from", &[("from", t.number(i64::from(from)))])
                }
            };
            Some(t.t_args(
                "analysis-baseline-population",
                &[("area", area.clone()), ("ages", ages)],
            ))
        }
        Baseline::Upload {
            file_name, group, ..
        } => Some(t.t_args(
            "analysis-baseline-upload",
            &[("name", file_name.clone()), ("column", group.clone())],
        )),
    }
}

/// A representation group's label: the data's, or "women"/"men" where the
/// data has none for a gender of the population baseline.
pub fn group_label(t: &Translator, group: &RepresentationGroup) -> String {
    if !group.group.is_empty() {
        return group.group.clone();
    }
    match group.gender.as_deref() {
        Some("women") => t.t("analysis-col-women"),
        Some("men") => t.t("analysis-col-men"),
        _ => "–".to_owned(),
    }
}

fn representation_findings(
    t: &Translator,
    result: &StoredResult,
    r: &RepresentationResult,
    out: &mut Vec<String>,
) {
    if let Some(baseline) = baseline_text(t, &result.spec) {
        out.push(t.t_args("analysis-finding-baseline", &[("baseline", baseline)]));
    }
    for g in &r.groups {
        let (Some(share), Some(low), Some(high), Some(base), Some(flag)) =
            (g.share, g.low, g.high, g.baseline_share, g.flag.as_deref())
        else {
            continue;
        };
        let key = match flag {
            "over" => "analysis-finding-representation-over",
            "under" => "analysis-finding-representation-under",
            _ => "analysis-finding-representation-even",
        };
        out.push(t.t_args(
            key,
            &[
                ("group", group_label(t, g)),
                ("share", percent(t, share)),
                ("low", percent(t, low)),
                ("high", percent(t, high)),
                ("baseline", percent(t, base)),
            ],
        ));
    }
}

fn transparency_findings(
    t: &Translator,
    result: &StoredResult,
    p: &TransparencyResult,
    out: &mut Vec<String>,
) {
    let o = &p.overall;
    if let (Some(mean), Some(median)) = (o.basic.mean_gap, o.basic.median_gap) {
        out.push(t.t_args(
            "analysis-finding-pt-basic",
            &[("mean", percent1(t, mean)), ("median", percent1(t, median))],
        ));
    }
    if let (Some(women), Some(men)) = (o.women_receiving, o.men_receiving) {
        out.push(t.t_args(
            "analysis-finding-pt-receiving",
            &[("women", percent(t, women)), ("men", percent(t, men))],
        ));
    }
    if let (Some(mean), Some(median)) = (o.variable.mean_gap, o.variable.median_gap) {
        out.push(t.t_args(
            "analysis-finding-pt-variable",
            &[("mean", percent1(t, mean)), ("median", percent1(t, median))],
        ));
    }
    if let (Some(mean), Some(median)) = (o.total.mean_gap, o.total.median_gap) {
        out.push(t.t_args(
            "analysis-finding-pt-total",
            &[("mean", percent1(t, mean)), ("median", percent1(t, median))],
        ));
    }
    match (p.quartiles.first(), p.quartiles.last()) {
        (Some(lowest), Some(highest)) if p.quartiles.len() == 4 => out.push(t.t_args(
            "analysis-finding-pt-quartiles",
            &[
                ("lowest", percent(t, lowest.women_share)),
                ("highest", percent(t, highest.women_share)),
            ],
        )),
        _ => out.push(t.t_args(
            "analysis-finding-pt-no-quartiles",
            &[("value", t.number(4 * result.threshold as i64))],
        )),
    }
    let everyone = t.t("analysis-pt-everyone");
    let assessed: Vec<&TransparencyCategory> = if p.categories.is_empty() {
        vec![o]
    } else {
        p.categories.iter().collect()
    };
    let controls = result.spec.controls.join(", ");
    let mut flagged = 0;
    for c in assessed {
        if c.flagged != Some(true) {
            continue;
        }
        flagged += 1;
        let name = c.category.clone().unwrap_or_else(|| everyone.clone());
        let gap = |g: Option<f64>| g.map_or_else(|| "–".to_owned(), |g| percent1(t, g));
        match c.shown_unexplained() {
            Some(unexplained) if !result.spec.controls.is_empty() => out.push(t.t_args(
                "analysis-finding-pt-flagged-unexplained",
                &[
                    ("category", name),
                    ("gap", gap(c.total.mean_gap)),
                    ("unexplained", percent1(t, unexplained)),
                    ("controls", controls.clone()),
                ],
            )),
            _ => out.push(t.t_args(
                "analysis-finding-pt-flagged",
                &[
                    ("category", name),
                    ("basic", gap(c.basic.mean_gap)),
                    ("total", gap(c.total.mean_gap)),
                ],
            )),
        }
    }
    if flagged == 0 {
        out.push(t.t(if result.spec.controls.is_empty() {
            "analysis-finding-pt-none-flagged"
        } else {
            "analysis-finding-pt-none-flagged-unexplained"
        }));
    }
    if !p.single_gender.is_empty() {
        out.push(t.t_args(
            "analysis-finding-pt-single-gender",
            &[("value", p.single_gender.join(", "))],
        ));
    }
}

// ------------------------------------------------------------------ charts

/// A horizontal bar chart: labelled rows of one or two bars, scaled to the
/// largest value (or to `max`).
pub struct Chart {
    /// The chart's title (also its accessible name).
    pub title: String,
    /// The text alternative (the findings).
    pub description: String,
    /// The series' names, for the legend.
    pub series: Vec<String>,
    /// Rows: a label and one value per series (`None`: hidden).
    pub rows: Vec<(String, Vec<Option<f64>>)>,
    /// The value labels, as shown at the bars' ends.
    pub labels: Vec<Vec<String>>,
    /// A reference line (100 % for pay ratios).
    pub reference: Option<f64>,
    /// The text shown for a hidden value.
    pub hidden_text: String,
}

fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

impl Chart {
    /// The chart as SVG, with its title and description for assistive
    /// technology (`id` makes their ids unique on the page).
    pub fn svg(&self, id: &str) -> String {
        // Narrow enough that the text stays legible on a phone, where the
        // chart is scaled down to the screen's width.
        const WIDTH: f64 = 420.0;
        const LABEL: f64 = 130.0;
        const BAR: f64 = 16.0;
        const GAP: f64 = 12.0;
        let series = self.series.len().max(1) as f64;
        let row_height = BAR * series + GAP;
        let legend = 8.0 + 18.0 * series;
        let height = legend + row_height * self.rows.len() as f64 + 8.0;
        let max = self
            .rows
            .iter()
            .flat_map(|(_, v)| v.iter().flatten().copied())
            .chain(self.reference)
            .fold(0.0_f64, f64::max)
            .max(f64::MIN_POSITIVE);
        // Room after the longest bar for the longest value label (about
        // 7.5 units a character at the chart's type size), so that a label
        // such as "79 % (78 % to 81 %)" is not cut at the edge; the bars
        // keep at least 100 units.
        let longest = self
            .labels
            .iter()
            .flatten()
            .map(|text| text.chars().count())
            .max()
            .unwrap_or(0) as f64;
        let room = (longest * 7.5 + 10.0).clamp(60.0, WIDTH - LABEL - 100.0);
        let scale = (WIDTH - LABEL - room) / max;
        let mut svg = String::new();
        let _ = write!(
            svg,
            "<svg class=\"chart\" viewBox=\"0 0 {WIDTH} {height}\" role=\"img\" \
             aria-labelledby=\"{id}-title {id}-desc\" xmlns=\"http://www.w3.org/2000/svg\">\
             <title id=\"{id}-title\">{}</title><desc id=\"{id}-desc\">{}</desc>",
            escape(&self.title),
            escape(&self.description)
        );
        for (i, name) in self.series.iter().enumerate() {
            let y = 4.0 + 18.0 * i as f64;
            let _ = write!(
                svg,
                "<rect class=\"series-{i}\" x=\"{LABEL}\" y=\"{y}\" width=\"12\" height=\"12\"/>\
                 <text x=\"{}\" y=\"{}\">{}</text>",
                LABEL + 18.0,
                y + 11.0,
                escape(name)
            );
        }
        // The reference line goes under the bars and their labels, which
        // carry a halo of the card's colour where they cross it.
        if let Some(reference) = self.reference {
            let x = LABEL + reference * scale;
            let _ = write!(
                svg,
                "<line class=\"reference\" x1=\"{x:.1}\" x2=\"{x:.1}\" y1=\"{legend}\" y2=\"{:.1}\"/>",
                height - 4.0
            );
        }
        for (r, ((label, values), value_labels)) in self.rows.iter().zip(&self.labels).enumerate() {
            let top = legend + r as f64 * row_height;
            let short: String = label.chars().take(20).collect();
            let _ = write!(
                svg,
                "<text class=\"row-label\" x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>",
                LABEL - 8.0,
                top + BAR * series / 2.0 + 5.0,
                escape(&short)
            );
            for (s, value) in values.iter().enumerate() {
                let y = top + BAR * s as f64;
                let text = value_labels.get(s).cloned().unwrap_or_default();
                match value {
                    Some(v) => {
                        let w = (v.max(0.0) * scale).max(1.0);
                        let _ = write!(
                            svg,
                            "<rect class=\"series-{s}\" x=\"{LABEL}\" y=\"{y}\" width=\"{w:.1}\" height=\"{}\"/>\
                             <text class=\"value\" x=\"{:.1}\" y=\"{}\">{}</text>",
                            BAR - 3.0,
                            LABEL + w + 6.0,
                            y + BAR - 6.0,
                            escape(&text)
                        );
                    }
                    None => {
                        let _ = write!(
                            svg,
                            "<text class=\"hidden-value\" x=\"{}\" y=\"{}\">{}</text>",
                            LABEL + 4.0,
                            y + BAR - 6.0,
                            escape(&self.hidden_text)
                        );
                    }
                }
            }
        }
        svg.push_str("</svg>");
        svg
    }
}

/// The chart of a result.
pub fn chart(t: &Translator, result: &StoredResult) -> Option<Chart> {
    let spec = &result.spec;
    let description = findings(t, result).join(" ");
    let hidden_text = t.t("analysis-hidden-short");
    if let Some(r) = &result.resources {
        let people = match &spec.weight {
            Some(w) => t.t_args("analysis-series-share-of", &[("value", w.clone())]),
            None => t.t("analysis-series-share-of-rows"),
        };
        let share = |v: Option<f64>| v.map(|v| v * 100.0);
        let label = |v: Option<f64>| v.map(|v| percent(t, v)).unwrap_or_default();
        return Some(Chart {
            title: t.t_args(
                "analysis-chart-resources",
                &[
                    ("outcome", spec.outcome.clone()),
                    ("group", spec.group.clone()),
                ],
            ),
            description,
            series: vec![
                people,
                t.t_args(
                    "analysis-series-share-of",
                    &[("value", spec.outcome.clone())],
                ),
            ],
            rows: r
                .groups
                .iter()
                .map(|g| {
                    (
                        g.group.clone(),
                        vec![share(g.share_of_people), share(g.share_of_resources)],
                    )
                })
                .collect(),
            labels: r
                .groups
                .iter()
                .map(|g| vec![label(g.share_of_people), label(g.share_of_resources)])
                .collect(),
            reference: None,
            hidden_text,
        });
    }
    if let Some(g) = &result.gap {
        let groups = [&g.first, &g.second];
        return Some(Chart {
            title: t.t_args(
                "analysis-chart-gap",
                &[
                    ("outcome", spec.outcome.clone()),
                    ("group", spec.group.clone()),
                ],
            ),
            description,
            series: vec![t.t_args("analysis-series-mean", &[("value", spec.outcome.clone())])],
            rows: groups
                .iter()
                .map(|x| (x.label.clone(), vec![x.mean]))
                .collect(),
            labels: groups
                .iter()
                .map(|x| vec![x.mean.map(|m| t.decimal(m, 2)).unwrap_or_default()])
                .collect(),
            reference: None,
            hidden_text,
        });
    }
    if let Some(s) = &result.pay_survey {
        return Some(Chart {
            title: t.t("analysis-chart-pay"),
            description,
            series: vec![t.t("analysis-series-women-percent")],
            rows: s
                .groups
                .iter()
                .map(|g| (g.group.clone(), vec![g.percent]))
                .collect(),
            labels: s
                .groups
                .iter()
                .map(|g| vec![g.percent.map(|p| percent(t, p / 100.0)).unwrap_or_default()])
                .collect(),
            reference: Some(100.0),
            hidden_text,
        });
    }
    if let Some(r) = &result.representation {
        let share = |v: Option<f64>| v.map(|v| v * 100.0);
        return Some(Chart {
            title: t.t_args(
                "analysis-chart-representation",
                &[("group", spec.group.clone())],
            ),
            description,
            series: vec![
                t.t("analysis-series-share-of-rows"),
                t.t("analysis-series-share-of-baseline"),
            ],
            rows: r
                .groups
                .iter()
                .map(|g| {
                    (
                        group_label(t, g),
                        vec![share(g.share), share(g.baseline_share)],
                    )
                })
                .collect(),
            labels: r
                .groups
                .iter()
                .map(|g| {
                    let data = match (g.share, g.low, g.high) {
                        (Some(s), Some(low), Some(high)) => t.t_args(
                            "analysis-share-interval",
                            &[
                                ("value", percent(t, s)),
                                ("low", percent(t, low)),
                                ("high", percent(t, high)),
                            ],
                        ),
                        _ => String::new(),
                    };
                    vec![
                        data,
                        g.baseline_share.map(|b| percent(t, b)).unwrap_or_default(),
                    ]
                })
                .collect(),
            reference: None,
            hidden_text,
        });
    }
    if let Some(p) = &result.pay_transparency {
        let everyone = t.t("analysis-pt-everyone");
        let rows: Vec<&TransparencyCategory> =
            std::iter::once(&p.overall).chain(&p.categories).collect();
        let ratio = |gap: Option<f64>| gap.map(|g| (1.0 - g) * 100.0);
        return Some(Chart {
            title: t.t("analysis-chart-pt"),
            description,
            series: vec![
                t.t("analysis-series-pt-mean"),
                t.t("analysis-series-pt-median"),
            ],
            rows: rows
                .iter()
                .map(|c| {
                    (
                        c.category.clone().unwrap_or_else(|| everyone.clone()),
                        vec![ratio(c.basic.mean_gap), ratio(c.basic.median_gap)],
                    )
                })
                .collect(),
            labels: rows
                .iter()
                .map(|c| {
                    [c.basic.mean_gap, c.basic.median_gap]
                        .iter()
                        .map(|g| {
                            ratio(*g)
                                .map(|r| percent1(t, r / 100.0))
                                .unwrap_or_default()
                        })
                        .collect()
                })
                .collect(),
            reference: Some(100.0),
            hidden_text,
        });
    }
    None
}

#[cfg(test)]
mod tests {
    use jamlik_domain::Language;

    use super::*;

    fn spec(kind: Kind) -> Spec {
        Spec {
            kind,
            group: "gender".into(),
            outcome: "hours".into(),
            weight: None,
            controls: Vec::new(),
            job_group: None,
            demand: None,
            variable: None,
            category: None,
            baseline: None,
            exclude_bad_rows: false,
            threshold: 3,
        }
    }

    #[test]
    fn labels_from_the_file_cannot_break_out_of_the_chart() {
        let csv = "gender,hours\n<script>alert(1)</script>,4\n<script>alert(1)</script>,5\n<script>alert(1)</script>,6\n\"a&b\",1\n\"a&b\",2\n\"a&b\",3\n";
        let result =
            analyse(csv.as_bytes(), &spec(Kind::Resources)).unwrap_or_else(|e| panic!("{e}"));
        let t = Translator::new(Language::English, jamlik_i18n::DisplayZone::Helsinki);
        let svg = chart(&t, &result).map(|c| c.svg("c")).unwrap_or_default();
        assert!(!svg.contains("<script>"), "{svg}");
        assert!(svg.contains("&lt;script&gt;"));
        assert!(svg.contains("a&amp;b"));
        assert!(svg.starts_with("<svg") && svg.ends_with("</svg>"));
    }

    #[test]
    fn a_gap_reads_the_same_from_a_csv_scan_and_a_workbook() {
        let header = ["gender", "hours", "age", "tenure"];
        let mut rows = Vec::new();
        for i in 0..60u32 {
            let gender = ["woman", "man"][(i % 2) as usize];
            let hours = format!("{}.{}", 20 + (i * 7) % 13 + i % 2 * 3, i % 10);
            let age = format!("{}", 20 + (i * 11) % 45);
            let tenure = format!("{},{}", (i * 5) % 17, i % 4);
            rows.push(vec![gender.to_owned(), hours, age, tenure]);
        }
        // A bad row (text in the outcome), left out and counted.
        rows.push(vec![
            "man".into(),
            "many".into(),
            "30".into(),
            "east".into(),
        ]);
        let csv: String = std::iter::once(header.join(";"))
            .chain(rows.iter().map(|r| r.join(";")))
            .map(|line| line + "\n")
            .collect();
        let cells: Vec<Vec<crate::kit::sheets::OutCell>> = rows
            .iter()
            .map(|r| {
                r.iter()
                    .cloned()
                    .map(crate::kit::sheets::OutCell::Text)
                    .collect()
            })
            .collect();
        let xlsx = crate::kit::sheets::workbook("data", &header, &cells).unwrap_or_default();
        let mut gap = spec(Kind::Gap);
        gap.controls = vec!["age".into(), "tenure".into()];
        gap.exclude_bad_rows = true;
        let scanned = analyse(csv.as_bytes(), &gap).unwrap_or_else(|e| panic!("{e}"));
        let read = analyse(&xlsx, &gap).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(scanned.excluded_rows, 1);
        assert_eq!(scanned.rows, 60);
        assert!(scanned.gap.as_ref().is_some_and(|g| g.gap.is_some()));
        assert_eq!(
            serde_json::to_string(&scanned).unwrap_or_default(),
            serde_json::to_string(&read).unwrap_or_default()
        );
        // A constant outcome says nothing, whichever way it is read.
        let constant = "gender,hours,age\nwoman,5,1\nman,5,2\nwoman,5,3\nman,5,4\n";
        let mut plain = spec(Kind::Gap);
        plain.controls = vec!["age".into()];
        assert_eq!(
            analyse(constant.as_bytes(), &plain).map(|_| ()),
            Err(RunError::Analysis(AnalysisError::NoVariation {
                what: "hours".into()
            }))
        );
    }

    #[test]
    fn a_mapping_needs_its_roles_once_each() {
        let mut pay = spec(Kind::PaySurvey);
        assert_eq!(pay.check(), Err(ErrorCode::InvalidMapping), "no job group");
        pay.job_group = Some("job".into());
        assert_eq!(pay.check(), Ok(()));
        let mut twice = spec(Kind::Gap);
        twice.controls = vec!["hours".into()];
        assert_eq!(twice.check(), Err(ErrorCode::InvalidMapping));
        let mut low = spec(Kind::Resources);
        low.threshold = 2;
        assert_eq!(low.check(), Err(ErrorCode::InvalidMapping));
    }

    #[test]
    fn stored_errors_read_with_their_details_in_each_language() {
        let error = AnalysisError::RaggedRow {
            row: 1204,
            expected: 4,
            found: 5,
        };
        let json = error_json(&error);
        let swedish = Translator::new(Language::Swedish, jamlik_i18n::DisplayZone::Helsinki);
        assert_eq!(
            describe_error(&swedish, &json),
            "Rad 1\u{a0}204 har 5 fält där rubrikraden har 4."
        );
        let finnish = Translator::new(Language::Finnish, jamlik_i18n::DisplayZone::Helsinki);
        assert!(describe_error(&finnish, &json).starts_with("Rivillä 1\u{a0}204 on 5 kenttää"));
        let singular = error_json(&AnalysisError::SingularDesign {
            column: "region".into(),
            group: Some("mies".into()),
        });
        let english = Translator::new(Language::English, jamlik_i18n::DisplayZone::Helsinki);
        assert!(describe_error(&english, &singular).ends_with("(group mies)"));
    }
}
