//! The analyses the web offers, between the pages and `jamlik-stats`: what
//! a person maps (a [`Spec`]), running it on an uploaded file, the stored
//! result (only aggregates that passed disclosure control: [`StoredResult`]),
//! plain-language findings from it, its charts as SVG, and the worker that
//! runs queued jobs and purges expired uploads.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::time::Duration;

use jamlik_domain::ErrorCode;
use jamlik_i18n::Translator;
use jamlik_stats::{
    looks_like_xlsx, pay_survey, resources, scan_columns, AnalysisError, BadRows, CellStatus,
    ColumnScan, ComparisonKind, Composition, ContingencyTable, DominanceRule, GenderLabels,
    NumericColumns, OaxacaSpec, PaySummary, PaySurveySpec, ReadOptions, ScanColumns, ScanError,
    SuppressionReason, SuppressionRule, Table,
};
use jamlik_store::{AnalysisJob, JobOutcome, Store};
use serde::{Deserialize, Serialize};

use crate::AppState;

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
}

impl Kind {
    /// Every analysis, in the order offered.
    pub const ALL: [Kind; 3] = [Kind::Resources, Kind::Gap, Kind::PaySurvey];

    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Resources => "resources",
            Kind::Gap => "gap",
            Kind::PaySurvey => "pay_survey",
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
    /// The group variable (for a pay survey: the gender column).
    pub group: String,
    /// The outcome (for a pay survey: the pay).
    pub outcome: String,
    /// A weight for the people behind each row (for example participants).
    #[serde(default)]
    pub weight: Option<String>,
    /// Controls, for the gap.
    #[serde(default)]
    pub controls: Vec<String>,
    /// The job group, for a pay survey.
    #[serde(default)]
    pub job_group: Option<String>,
    /// The demand level, for a pay survey.
    #[serde(default)]
    pub demand: Option<String>,
    /// Leave bad rows out (counted) instead of stopping at the first.
    pub exclude_bad_rows: bool,
    /// Counts below this are hidden.
    pub threshold: u64,
}

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
        needs(&self.outcome)?;
        if self.kind == Kind::PaySurvey {
            needs(self.job_group.as_deref().unwrap_or_default())?;
        }
        if self.threshold < SuppressionRule::MIN_THRESHOLD || self.threshold > 100 {
            return Err(ErrorCode::InvalidMapping);
        }
        let mut used: Vec<&str> = vec![&self.group, &self.outcome];
        used.extend(self.weight.as_deref());
        used.extend(self.job_group.as_deref());
        used.extend(self.demand.as_deref());
        used.extend(self.controls.iter().map(String::as_str));
        let mut seen = std::collections::HashSet::new();
        if used.iter().any(|c| !seen.insert(*c)) {
            return Err(ErrorCode::InvalidMapping);
        }
        Ok(())
    }

    fn numeric(&self) -> Vec<String> {
        let mut numeric = vec![self.outcome.clone()];
        numeric.extend(self.weight.clone());
        numeric.extend(self.demand.clone());
        numeric.extend(self.controls.iter().cloned());
        numeric
    }
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
    /// The women-dominated group's mean as a percentage of the other's.
    pub percent: Option<f64>,
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
}

/// Reads an uploaded file (CSV or XLSX, told apart by content).
pub fn read_table(bytes: &[u8], options: &ReadOptions) -> Result<Table, AnalysisError> {
    if looks_like_xlsx(bytes) {
        Table::from_xlsx(bytes, None, options)
    } else {
        Table::from_csv(bytes, options)
    }
}

/// Runs an analysis on an uploaded file.
pub fn analyse(bytes: &[u8], spec: &Spec) -> Result<StoredResult, AnalysisError> {
    let options = ReadOptions {
        bad_rows: if spec.exclude_bad_rows {
            BadRows::Exclude
        } else {
            BadRows::Stop
        },
        numeric: NumericColumns::Named(spec.numeric()),
        ..ReadOptions::default()
    };
    if spec.kind == Kind::Gap {
        return analyse_gap(bytes, spec, &options);
    }
    let table = read_table(bytes, &options)?;
    let rule = SuppressionRule::new(spec.threshold)?;
    if spec.kind != Kind::PaySurvey {
        // An outcome that is the same for everyone says nothing about who gets what.
        let mut values = table.numbers(&spec.outcome)?.iter().flatten();
        if let Some(first) = values.next() {
            if values.all(|v| v == first) {
                return Err(AnalysisError::NoVariation {
                    what: spec.outcome.clone(),
                });
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
    };
    match spec.kind {
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
            stored.pay_survey = Some(SurveyResult {
                groups: survey
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
                    })
                    .collect(),
                comparisons: survey
                    .comparisons
                    .iter()
                    .map(|c| SurveyComparison {
                        women_dominated: c.women_dominated.clone(),
                        compared: c.compared.clone(),
                        equal_value: c.kind == ComparisonKind::EqualValue,
                        percent: c.mean_percent,
                    })
                    .collect(),
                merged: survey.merges.iter().map(|m| m.into.clone()).collect(),
                percent: percent_of(&survey.women, &survey.men),
            });
        }
    }
    Ok(stored)
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
        if code != "analysis.empty_group" && code != "analysis.single_gender_group" {
            message.push(' ');
            message.push_str(&t.t_args("analysis-error-in-group", &[("group", group.to_owned())]));
        }
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
            if let Some(p) = c.percent.filter(|p| *p < 95.0) {
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
    let hidden = result
        .resources
        .as_ref()
        .is_some_and(|r| r.groups.iter().any(|g| g.hidden.is_some()))
        || result.gap.as_ref().is_some_and(|g| g.hidden.is_some())
        || result.pay_survey.as_ref().is_some_and(|s| {
            s.groups
                .iter()
                .any(|g| g.count_hidden.is_some() || g.pay_hidden.is_some())
        });
    if hidden {
        out.push(t.t_args(
            "analysis-finding-hidden",
            &[("value", t.number(result.threshold as i64))],
        ));
    }
    out
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
        let scale = (WIDTH - LABEL - 60.0) / max;
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
                             <text x=\"{:.1}\" y=\"{}\">{}</text>",
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
        if let Some(reference) = self.reference {
            let x = LABEL + reference * scale;
            let _ = write!(
                svg,
                "<line class=\"reference\" x1=\"{x:.1}\" x2=\"{x:.1}\" y1=\"{legend}\" y2=\"{:.1}\"/>",
                height - 4.0
            );
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
    None
}

// ------------------------------------------------------------------ worker

/// How long a run may hold a job before another instance may take it over.
pub const LEASE_SECONDS: i64 = 600;

/// Runs one claimed job to its end: reads the upload, analyses it off the
/// async threads, and stores the result or the error (which also deletes the
/// upload unless the organisation keeps it).
pub async fn run_job(store: &Store, job: &AnalysisJob) -> Result<(), jamlik_store::StoreError> {
    let Some(bytes) = store.analysis_job_input(job).await? else {
        return store
            .fail_analysis_job(&job.id, "{\"code\":\"analysis.upload_not_found\"}")
            .await;
    };
    store.set_analysis_progress(&job.id, 30).await?;
    let spec: Spec = match serde_json::from_str(&job.spec) {
        Ok(spec) => spec,
        Err(_) => {
            return store
                .fail_analysis_job(&job.id, "{\"code\":\"analysis.invalid_mapping\"}")
                .await
        }
    };
    let outcome = tokio::task::spawn_blocking(move || analyse(&bytes, &spec)).await;
    store.set_analysis_progress(&job.id, 90).await?;
    let outcome = match outcome {
        Ok(Ok(result)) => match serde_json::to_string(&result) {
            Ok(json) => JobOutcome::Done(json),
            Err(_) => JobOutcome::Failed("{\"code\":\"internal\"}".to_owned()),
        },
        Ok(Err(error)) => JobOutcome::Failed(error_json(&error)),
        Err(_) => JobOutcome::Failed("{\"code\":\"internal\"}".to_owned()),
    };
    store.finish_analysis_job(&job.id, outcome).await
}

/// Runs queued jobs until none is left, and purges expired uploads. Returns
/// how many jobs ran.
pub async fn run_pending(state: &AppState) -> Result<usize, jamlik_store::StoreError> {
    let store = state.store();
    store.fail_abandoned_analysis_jobs().await?;
    store.purge_analysis_uploads().await?;
    let mut ran = 0;
    while let Some(job) = store.claim_analysis_job(LEASE_SECONDS).await? {
        run_job(store, &job).await?;
        ran += 1;
    }
    Ok(ran)
}

/// The background worker: every instance runs one; jobs are leased rows, so
/// each runs once however many instances there are.
pub async fn run_analysis_worker(state: AppState) {
    let poll = Duration::from_millis(state.config().analysis_poll_millis.max(50));
    loop {
        if let Err(error) = run_pending(&state).await {
            tracing::warn!(%error, "analysis worker");
        }
        tokio::time::sleep(poll).await;
    }
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
        let cells: Vec<Vec<crate::sheets::OutCell>> = rows
            .iter()
            .map(|r| {
                r.iter()
                    .cloned()
                    .map(crate::sheets::OutCell::Text)
                    .collect()
            })
            .collect();
        let xlsx = crate::sheets::workbook("data", &header, &cells).unwrap_or_default();
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
            Err(AnalysisError::NoVariation {
                what: "hours".into()
            })
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
