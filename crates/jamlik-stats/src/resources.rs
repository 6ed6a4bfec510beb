//! Resources (the second R of 3R): who gets what, by group.

use serde::Serialize;
use statrs::distribution::{ChiSquared, ContinuousCDF};

use crate::counts::{ContingencyTable, GroupCounts};
use crate::error::AnalysisError;
use crate::table::{complete_rows, factorize, Table};

/// One group's resources.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct GroupResources {
    /// The group's label.
    pub group: String,
    /// Rows (people, decisions) in the group.
    pub count: usize,
    /// The group's sum of the outcome (hours, euros, …).
    pub sum: f64,
    /// The group's mean outcome.
    pub mean: f64,
    /// The group's median outcome.
    pub median: f64,
    /// The group's share of the rows.
    pub share_of_people: f64,
    /// The group's share of the total outcome.
    pub share_of_resources: f64,
    /// share of resources / share of people: above 1 the group gets more than
    /// its head count would give it (equals the group's mean over the overall mean).
    pub ratio: f64,
    /// The group's size in the population baseline, where one was given.
    pub population: Option<u64>,
    /// The group's share of the population baseline.
    pub share_of_population: Option<f64>,
    /// sum / population: resources per inhabitant of the group.
    pub per_capita: Option<f64>,
    /// share of resources / share of population.
    pub ratio_to_population: Option<f64>,
}

/// Resources by group.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Resources {
    /// The groups, in label order.
    pub groups: Vec<GroupResources>,
    /// Rows used.
    pub count: usize,
    /// The total outcome.
    pub sum: f64,
    /// The overall mean.
    pub mean: f64,
    /// The overall median.
    pub median: f64,
    /// Rows left out of the table as bad.
    pub excluded_rows: usize,
    /// Rows left out for a missing group or outcome.
    pub missing_rows: usize,
}

/// The median of `values` (the mean of the two middle values for an even
/// count); `None` when empty.
pub(crate) fn median(values: &mut [f64]) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    values.sort_unstable_by(f64::total_cmp);
    let middle = values.len() / 2;
    if values.len() % 2 == 1 {
        values.get(middle).copied()
    } else {
        Some((values.get(middle - 1)? + values.get(middle)?) / 2.0)
    }
}

/// Count, sum, mean and median of the numeric `outcome` per value of
/// `group`, and each group's share of the resources against its share of the
/// people; with a `population` baseline (counts per group, same labels),
/// also per-capita figures. Rows missing the group or the outcome are left
/// out and counted.
pub fn resources(
    table: &Table,
    group: &str,
    outcome: &str,
    population: Option<&GroupCounts>,
) -> Result<Resources, AnalysisError> {
    let group_column = table.column(group)?;
    let outcome_column = table.column(outcome)?;
    let values = table.numbers(outcome)?;
    let (rows, missing_rows) = complete_rows(table, &[group_column, outcome_column]);
    let (labels, codes) = factorize(group_column.text(), &rows);
    let mut by_group: Vec<Vec<f64>> = vec![Vec::new(); labels.len()];
    for (&i, code) in rows.iter().zip(codes) {
        if let Some(Some(value)) = values.get(i) {
            by_group[code].push(*value);
        }
    }
    let mut result = summarise(&labels, by_group, outcome, population)?;
    result.excluded_rows = table.excluded_rows();
    result.missing_rows = missing_rows;
    Ok(result)
}

/// The median as [`median`] gives it, without sorting: the middle order
/// statistics by selection (the same doubles; the values are reordered).
fn median_unsorted(values: &mut [f64]) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    let odd = values.len() % 2 == 1;
    let middle = values.len() / 2;
    let (lower, &mut upper, _) = values.select_nth_unstable_by(middle, f64::total_cmp);
    if odd {
        return Some(upper);
    }
    let below = lower.iter().copied().max_by(f64::total_cmp)?;
    Some((below + upper) / 2.0)
}

/// The figures of [`resources`] from each group's outcome values (in row
/// order, groups in label order); `excluded_rows` and `missing_rows` are
/// left at 0 for the caller.
pub(crate) fn summarise(
    labels: &[&str],
    by_group: Vec<Vec<f64>>,
    outcome: &str,
    population: Option<&GroupCounts>,
) -> Result<Resources, AnalysisError> {
    let count: usize = by_group.iter().map(Vec::len).sum();
    if count == 0 {
        return Err(AnalysisError::TooFewObservations {
            needed: 1,
            found: 0,
            group: None,
        });
    }
    let sum: f64 = by_group.iter().flatten().sum();
    if sum == 0.0 {
        return Err(AnalysisError::NoVariation {
            what: outcome.to_owned(),
        });
    }
    let mut all: Vec<f64> = Vec::with_capacity(count);
    for values in &by_group {
        all.extend_from_slice(values);
    }
    let population_total = population.map(GroupCounts::total).filter(|&t| t > 0);
    let mut groups = Vec::with_capacity(by_group.len());
    for (&label, mut group_values) in labels.iter().zip(by_group) {
        let group_count = group_values.len();
        let group_sum: f64 = group_values.iter().sum();
        let share_of_people = group_count as f64 / count as f64;
        let share_of_resources = group_sum / sum;
        let baseline = population.map(|p| p.get(label));
        let share_of_population = baseline
            .zip(population_total)
            .map(|(b, t)| b as f64 / t as f64);
        groups.push(GroupResources {
            group: label.to_owned(),
            count: group_count,
            sum: group_sum,
            mean: group_sum / group_count as f64,
            median: median_unsorted(&mut group_values).unwrap_or(0.0),
            share_of_people,
            share_of_resources,
            ratio: share_of_resources / share_of_people,
            population: baseline,
            share_of_population,
            per_capita: baseline.filter(|&b| b > 0).map(|b| group_sum / b as f64),
            ratio_to_population: share_of_population
                .filter(|&s| s > 0.0)
                .map(|s| share_of_resources / s),
        });
    }
    Ok(Resources {
        groups,
        count,
        sum,
        mean: sum / count as f64,
        median: median_unsorted(&mut all).unwrap_or(0.0),
        excluded_rows: 0,
        missing_rows: 0,
    })
}

/// Pearson's chi-square test of independence on a table of counts.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ChiSquare {
    /// Σ (observed − expected)² / expected, without continuity correction.
    pub statistic: f64,
    /// (rows − 1)(columns − 1).
    pub df: usize,
    /// P(χ²(df) ≥ statistic).
    pub p_value: f64,
    /// Cramér's V: √(statistic / (n · (min(rows, columns) − 1))).
    pub cramers_v: f64,
    /// The expected counts under independence, `expected[row][column]`.
    pub expected: Vec<Vec<f64>>,
    /// The smallest expected count.
    pub min_expected: f64,
    /// How many cells have an expected count below 5 (the test is
    /// approximate when more than a fifth of the cells do).
    pub cells_expected_below_5: usize,
}

/// The chi-square test of independence (no continuity correction, as
/// `scipy.stats.chi2_contingency(correction=False)`) and Cramér's V.
pub fn chi_square(table: &ContingencyTable) -> Result<ChiSquare, AnalysisError> {
    let (r, c) = (table.row_labels().len(), table.column_labels().len());
    if r < 2 || c < 2 {
        return Err(AnalysisError::NoVariation {
            what: if r < 2 {
                "the table's rows".to_owned()
            } else {
                "the table's columns".to_owned()
            },
        });
    }
    let row_totals = table.row_totals();
    let column_totals = table.column_totals();
    for (label, &total) in table.row_labels().iter().zip(&row_totals) {
        if total == 0 {
            return Err(AnalysisError::EmptyGroup {
                group: label.clone(),
            });
        }
    }
    for (label, &total) in table.column_labels().iter().zip(&column_totals) {
        if total == 0 {
            return Err(AnalysisError::EmptyGroup {
                group: label.clone(),
            });
        }
    }
    let n = table.total() as f64;
    let mut statistic = 0.0;
    let mut expected = Vec::with_capacity(r);
    for (row, &row_total) in table.counts().iter().zip(&row_totals) {
        let mut expected_row = Vec::with_capacity(c);
        for (&observed, &column_total) in row.iter().zip(&column_totals) {
            let e = row_total as f64 * column_total as f64 / n;
            let d = observed as f64 - e;
            statistic += d * d / e;
            expected_row.push(e);
        }
        expected.push(expected_row);
    }
    let df = (r - 1) * (c - 1);
    let distribution =
        ChiSquared::new(df as f64).map_err(|e| AnalysisError::invalid("df", e.to_string()))?;
    let p_value = distribution.sf(statistic);
    let cramers_v = (statistic / (n * (r.min(c) - 1) as f64)).sqrt();
    let min_expected = expected
        .iter()
        .flatten()
        .copied()
        .fold(f64::INFINITY, f64::min);
    let cells_expected_below_5 = expected.iter().flatten().filter(|&&e| e < 5.0).count();
    Ok(ChiSquare {
        statistic,
        df,
        p_value,
        cramers_v,
        expected,
        min_expected,
        cells_expected_below_5,
    })
}

/// A categorical outcome (granted / partly / refused, …) by group.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct CategoricalOutcome {
    /// Groups (rows) × outcomes (columns).
    pub crosstab: ContingencyTable,
    /// Each group's distribution over the outcomes (rows add up to 1).
    pub row_shares: Vec<Vec<f64>>,
    /// The test of independence between group and outcome.
    pub test: ChiSquare,
    /// Rows left out of the table as bad.
    pub excluded_rows: usize,
    /// Rows left out for a missing group or outcome.
    pub missing_rows: usize,
}

/// Cross-tabulates `group` × `outcome` (both read as labels), with each
/// group's distribution and a chi-square test of independence.
pub fn categorical_outcome(
    table: &Table,
    group: &str,
    outcome: &str,
) -> Result<CategoricalOutcome, AnalysisError> {
    let group_column = table.column(group)?;
    let outcome_column = table.column(outcome)?;
    let (rows, missing_rows) = complete_rows(table, &[group_column, outcome_column]);
    let (groups, group_codes) = factorize(group_column.text(), &rows);
    let (outcomes, outcome_codes) = factorize(outcome_column.text(), &rows);
    let mut counts = vec![vec![0u64; outcomes.len()]; groups.len()];
    for (g, o) in group_codes.into_iter().zip(outcome_codes) {
        counts[g][o] += 1;
    }
    let crosstab = ContingencyTable::new(
        groups.into_iter().map(str::to_owned).collect(),
        outcomes.into_iter().map(str::to_owned).collect(),
        counts,
    )?;
    let test = chi_square(&crosstab)?;
    let row_shares = crosstab
        .counts()
        .iter()
        .zip(crosstab.row_totals())
        .map(|(row, total)| row.iter().map(|&n| n as f64 / total as f64).collect())
        .collect();
    Ok(CategoricalOutcome {
        crosstab,
        row_shares,
        test,
        excluded_rows: table.excluded_rows(),
        missing_rows,
    })
}
