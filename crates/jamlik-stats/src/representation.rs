//! Representation: each group's share in the data against its share in a
//! baseline population.

use serde::Serialize;
use statrs::function::erf::erfc_inv;

use crate::counts::GroupCounts;
use crate::error::AnalysisError;
use crate::table::Table;

/// A confidence interval.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Interval {
    /// The lower bound.
    pub low: f64,
    /// The upper bound.
    pub high: f64,
}

impl Interval {
    /// Whether `value` lies inside the interval (bounds included).
    pub fn contains(&self, value: f64) -> bool {
        self.low <= value && value <= self.high
    }
}

/// The two-sided normal critical value for a confidence level in (0, 1).
pub(crate) fn normal_critical(confidence: f64) -> Result<f64, AnalysisError> {
    if !(confidence > 0.0 && confidence < 1.0) {
        return Err(AnalysisError::invalid(
            "confidence",
            format!("{confidence} is not between 0 and 1"),
        ));
    }
    // Φ⁻¹(1 − α/2) = √2 · erfc⁻¹(α)
    Ok(std::f64::consts::SQRT_2 * erfc_inv(1.0 - confidence))
}

/// The Wilson score interval for a proportion `successes / n` at the given
/// confidence level (0.95 for 95 %).
///
/// With z the normal critical value: centre = (p + z²/2n) / (1 + z²/n),
/// half-width = z · √(p(1−p)/n + z²/4n²) / (1 + z²/n).
pub fn wilson_interval(successes: u64, n: u64, confidence: f64) -> Result<Interval, AnalysisError> {
    let z = normal_critical(confidence)?;
    if n == 0 {
        return Err(AnalysisError::TooFewObservations {
            needed: 1,
            found: 0,
            group: None,
        });
    }
    if successes > n {
        return Err(AnalysisError::invalid(
            "successes",
            format!("{successes} is more than the {n} observations"),
        ));
    }
    let n = n as f64;
    let p = successes as f64 / n;
    let z2 = z * z;
    let denominator = 1.0 + z2 / n;
    let centre = (p + z2 / (2.0 * n)) / denominator;
    let half = z * (p * (1.0 - p) / n + z2 / (4.0 * n * n)).sqrt() / denominator;
    Ok(Interval {
        low: (centre - half).max(0.0),
        high: (centre + half).min(1.0),
    })
}

/// Whether a group's share in the data differs from its baseline share.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Flag {
    /// The interval lies above the baseline share: over-represented.
    Over,
    /// The interval lies below the baseline share: under-represented.
    Under,
    /// The interval contains the baseline share.
    None,
}

/// One group's representation.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct GroupRepresentation {
    /// The group's label.
    pub group: String,
    /// How many of the data are in the group.
    pub count: u64,
    /// The group's share of the data.
    pub share: f64,
    /// The Wilson score interval for the share.
    pub interval: Interval,
    /// How many of the baseline are in the group.
    pub baseline_count: u64,
    /// The group's share of the baseline.
    pub baseline_share: f64,
    /// share / baseline share (`None` when the baseline share is 0).
    pub ratio: Option<f64>,
    /// share − baseline share.
    pub difference: f64,
    /// Whether the interval excludes the baseline share, and on which side.
    pub flag: Flag,
}

/// Representation of every group in the data or the baseline.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Representation {
    /// The groups, in label order.
    pub groups: Vec<GroupRepresentation>,
    /// The data's total.
    pub total: u64,
    /// The baseline's total.
    pub baseline_total: u64,
    /// The confidence level of the intervals.
    pub confidence: f64,
    /// Rows left out of the table as bad.
    pub excluded_rows: usize,
    /// Rows left out for a missing group.
    pub missing_rows: usize,
}

/// Compares each group's share of `data` with its share of `baseline`.
/// Groups present in either are reported (a group missing from one has a
/// count of 0 there). The baseline is taken as known exactly (a register);
/// the interval is for the data's share.
pub fn representation(
    data: &GroupCounts,
    baseline: &GroupCounts,
    confidence: f64,
) -> Result<Representation, AnalysisError> {
    normal_critical(confidence)?;
    let total = data.total();
    let baseline_total = baseline.total();
    if total == 0 {
        return Err(AnalysisError::TooFewObservations {
            needed: 1,
            found: 0,
            group: None,
        });
    }
    if baseline_total == 0 {
        return Err(AnalysisError::EmptyBaseline);
    }
    let mut labels: Vec<&str> = data.iter().map(|(l, _)| l).collect();
    labels.extend(baseline.iter().map(|(l, _)| l));
    labels.sort_unstable();
    labels.dedup();
    let mut groups = Vec::with_capacity(labels.len());
    for label in labels {
        let count = data.get(label);
        let baseline_count = baseline.get(label);
        let share = count as f64 / total as f64;
        let baseline_share = baseline_count as f64 / baseline_total as f64;
        let interval = wilson_interval(count, total, confidence)?;
        let flag = if baseline_share < interval.low {
            Flag::Over
        } else if baseline_share > interval.high {
            Flag::Under
        } else {
            Flag::None
        };
        groups.push(GroupRepresentation {
            group: label.to_owned(),
            count,
            share,
            interval,
            baseline_count,
            baseline_share,
            ratio: (baseline_count > 0).then(|| share / baseline_share),
            difference: share - baseline_share,
            flag,
        });
    }
    Ok(Representation {
        groups,
        total,
        baseline_total,
        confidence,
        excluded_rows: 0,
        missing_rows: 0,
    })
}

/// [`representation`] of the groups in `column` of a table (one row per
/// person) against a baseline.
pub fn representation_in(
    table: &Table,
    column: &str,
    baseline: &GroupCounts,
    confidence: f64,
) -> Result<Representation, AnalysisError> {
    let (counts, missing_rows) = GroupCounts::from_column(table, column)?;
    let mut result = representation(&counts, baseline, confidence)?;
    result.excluded_rows = table.excluded_rows();
    result.missing_rows = missing_rows;
    Ok(result)
}
