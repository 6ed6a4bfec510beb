//! Running an analysis on an uploaded file: the engine's analyses, the
//! disclosure control that decides what is kept, and the errors a run ends
//! with, translated.

use std::collections::BTreeMap;

use jamlik_domain::ErrorCode;
use jamlik_i18n::Translator;
use jamlik_stats::{
    looks_like_xlsx, pay_survey, pay_transparency, representation, resources, scan_columns,
    AgeBand, AnalysisError, CellStatus, ColumnScan, ComparisonKind, Composition, ContingencyTable,
    DominanceRule, Flag, Gender, GenderLabels, GroupCounts, OaxacaSpec, PaySummary, PaySurveySpec,
    PayTransparencySpec, ReadOptions, ScanColumns, ScanError, SuppressionRule, Table,
    WorkbookLimits,
};

use super::*;

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
