//! What pay analyses share: reading gender and pay columns with their
//! errors, summaries of pay, and disclosure control of a group × gender
//! grid of pay.

use serde::Serialize;

use crate::disclosure::{
    protect_margins, suppress, CellStatus, DominanceRule, ProtectedTable, SuppressionReason,
    SuppressionRule,
};
use crate::error::AnalysisError;
use crate::resources::median;
use crate::table::Table;
use crate::ContingencyTable;

/// A worker's gender as pay statistics count it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Gender {
    /// Women.
    Woman,
    /// Men.
    Man,
}

/// Which values of the gender column mean a woman and which a man. Matched
/// without regard to case or surrounding space.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GenderLabels {
    /// The values that mean a woman.
    pub women: Vec<String>,
    /// The values that mean a man.
    pub men: Vec<String>,
}

impl Default for GenderLabels {
    /// Finnish, Swedish and English words and letters, and the codes of
    /// Statistics Finland and Statistics Sweden (1 man, 2 woman).
    fn default() -> Self {
        let words = |list: &[&str]| list.iter().map(|w| (*w).to_owned()).collect();
        Self {
            women: words(&[
                "nainen", "naiset", "n", "kvinna", "kvinnor", "k", "woman", "women", "female", "f",
                "w", "2",
            ]),
            men: words(&["mies", "miehet", "m", "man", "män", "male", "men", "1"]),
        }
    }
}

impl GenderLabels {
    /// Adds labels to the defaults (or to whatever is there).
    pub fn with(mut self, women: &[String], men: &[String]) -> Self {
        self.women.extend(women.iter().cloned());
        self.men.extend(men.iter().cloned());
        self
    }

    /// The gender a value means, if any.
    pub fn classify(&self, value: &str) -> Option<Gender> {
        let value = value.trim().to_lowercase();
        let matches = |labels: &[String]| labels.iter().any(|l| l.trim().to_lowercase() == value);
        if matches(&self.women) {
            Some(Gender::Woman)
        } else if matches(&self.men) {
            Some(Gender::Man)
        } else {
            None
        }
    }
}

/// Each row's gender (`None` where the cell is empty), or the error naming
/// every value that is neither a woman's nor a man's label.
pub(crate) fn genders(
    table: &Table,
    column: &str,
    labels: &GenderLabels,
) -> Result<Vec<Option<Gender>>, AnalysisError> {
    let text = table.column(column)?.text();
    let mut unknown: Vec<String> = Vec::new();
    let mut first_row = None;
    let mut genders = Vec::with_capacity(text.len());
    for (i, value) in text.iter().enumerate() {
        if value.is_empty() {
            genders.push(None);
            continue;
        }
        let gender = labels.classify(value);
        if gender.is_none() {
            first_row.get_or_insert(table.row_numbers().get(i).copied().unwrap_or_default());
            if !unknown.contains(value) {
                unknown.push(value.clone());
            }
        }
        genders.push(gender);
    }
    if let Some(first_row) = first_row {
        unknown.sort();
        unknown.truncate(10);
        return Err(AnalysisError::UnexpectedGender {
            column: column.to_owned(),
            values: unknown,
            first_row,
        });
    }
    Ok(genders)
}

/// The numbers of a pay column, or the error for the first negative one.
pub(crate) fn pay_values<'a>(
    table: &'a Table,
    column: &str,
) -> Result<&'a [Option<f64>], AnalysisError> {
    let values = table.numbers(column)?;
    if let Some(i) = values.iter().position(|v| v.is_some_and(|v| v < 0.0)) {
        return Err(AnalysisError::NegativePay {
            row: table.row_numbers().get(i).copied().unwrap_or_default(),
            column: column.to_owned(),
            value: table
                .column(column)?
                .text()
                .get(i)
                .cloned()
                .unwrap_or_default(),
        });
    }
    Ok(values)
}

/// The pay of some people, as it may be published: the headcount unless it
/// is too small, and the pay figures unless the headcount is hidden or the
/// sum is dominated by a few (or hidden to protect another cell).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PaySummary {
    /// How many people; `None` when suppressed.
    pub count: Option<u64>,
    /// Whether the headcount is shown, and if not why.
    pub count_status: CellStatus,
    /// Mean pay; `None` when the pay figures are suppressed or there is nobody.
    pub mean: Option<f64>,
    /// Median pay (the mean of the two middle values for an even count).
    pub median: Option<f64>,
    /// The lowest pay (one person's pay: for the employer and the
    /// employees' representatives, not for publication).
    pub min: Option<f64>,
    /// The highest pay (as `min`).
    pub max: Option<f64>,
    /// Whether the pay figures are shown, and if not why.
    pub pay_status: CellStatus,
}

/// Unprotected figures of a set of pay values.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Figures {
    pub count: u64,
    pub mean: Option<f64>,
    pub median: Option<f64>,
    pub min: Option<f64>,
    pub max: Option<f64>,
}

impl Figures {
    pub(crate) fn of(values: &[f64]) -> Self {
        let count = values.len() as u64;
        let mean = (count > 0).then(|| values.iter().sum::<f64>() / count as f64);
        let mut sorted = values.to_vec();
        let median = median(&mut sorted);
        Self {
            count,
            mean,
            median,
            min: sorted.first().copied(),
            max: sorted.last().copied(),
        }
    }

    fn protect(&self, count_status: CellStatus, pay_status: CellStatus) -> PaySummary {
        let shown = pay_status == CellStatus::Shown;
        PaySummary {
            count: (count_status == CellStatus::Shown).then_some(self.count),
            count_status,
            mean: self.mean.filter(|_| shown),
            median: self.median.filter(|_| shown),
            min: self.min.filter(|_| shown),
            max: self.max.filter(|_| shown),
            pay_status,
        }
    }
}

/// A grid of pay by row (group or category) × gender, protected: headcounts
/// by the threshold with secondary suppression, pay figures additionally by
/// the dominance rule, with secondary suppression over the same lines (so a
/// hidden sum cannot be recovered from a margin's sum either).
#[derive(Debug)]
pub(crate) struct ProtectedPay {
    /// `cells[row] = [women, men]`.
    pub cells: Vec<[PaySummary; 2]>,
    /// Each row's total.
    pub row_totals: Vec<PaySummary>,
    /// Women's and men's totals.
    pub gender_totals: [PaySummary; 2],
    /// Everybody.
    pub total: PaySummary,
    /// The headcounts, protected.
    pub counts: ProtectedTable,
}

/// Protects the pay grid whose `values[row][gender]` are the pay of each
/// person (gender 0 women, 1 men).
pub(crate) fn protect_pay(
    row_labels: &[String],
    values: &[[Vec<f64>; 2]],
    rule: &SuppressionRule,
    dominance: &DominanceRule,
) -> Result<ProtectedPay, AnalysisError> {
    let counts: Vec<Vec<u64>> = values
        .iter()
        .map(|[w, m]| vec![w.len() as u64, m.len() as u64])
        .collect();
    let table = ContingencyTable::new(
        row_labels.to_vec(),
        vec!["women".to_owned(), "men".to_owned()],
        counts,
    )?;
    let counts = suppress(&table, rule);

    // The extended grid of values: rows, then the gender totals; columns
    // women, men, then the row total.
    let r = values.len();
    let mut grid: Vec<Vec<Vec<f64>>> = Vec::with_capacity(r + 1);
    for [w, m] in values {
        let all: Vec<f64> = w.iter().chain(m).copied().collect();
        grid.push(vec![w.clone(), m.clone(), all]);
    }
    let column = |g: usize| -> Vec<f64> { values.iter().flat_map(|row| row[g].clone()).collect() };
    let (women, men) = (column(0), column(1));
    let everybody: Vec<f64> = women.iter().chain(&men).copied().collect();
    grid.push(vec![women, men, everybody]);

    let count_status = |i: usize, j: usize| -> CellStatus {
        match (i < r, j < 2) {
            (true, true) => counts.cells[i][j].status(),
            (true, false) => counts.row_totals[i].status(),
            (false, true) => counts.column_totals[j].status(),
            (false, false) => counts.total.status(),
        }
    };
    let weights: Vec<Vec<u64>> = grid
        .iter()
        .map(|row| row.iter().map(|v| v.len() as u64).collect())
        .collect();
    let mut pay_status: Vec<Vec<CellStatus>> = (0..=r)
        .map(|i| (0..3).map(|j| count_status(i, j)).collect())
        .collect();
    for (i, row) in grid.iter().enumerate() {
        for (j, cell) in row.iter().enumerate() {
            if pay_status[i][j] == CellStatus::Shown && dominance.is_dominated(cell) {
                pay_status[i][j] = CellStatus::Suppressed(SuppressionReason::Dominance {
                    contributors: dominance.contributors,
                    per_mille: (dominance.share * 1000.0).round() as u32,
                });
            }
        }
    }
    protect_margins(&weights, &mut pay_status);

    let summary =
        |i: usize, j: usize| Figures::of(&grid[i][j]).protect(count_status(i, j), pay_status[i][j]);
    Ok(ProtectedPay {
        cells: (0..r).map(|i| [summary(i, 0), summary(i, 1)]).collect(),
        row_totals: (0..r).map(|i| summary(i, 2)).collect(),
        gender_totals: [summary(r, 0), summary(r, 1)],
        total: summary(r, 2),
        counts,
    })
}

/// The gap as the EU directive defines it: (men's − women's) / men's.
pub(crate) fn gap(women: Option<f64>, men: Option<f64>) -> Option<f64> {
    match (women, men) {
        (Some(w), Some(m)) if m > 0.0 => Some((m - w) / m),
        _ => None,
    }
}

/// The warning for a group without women or without men, if it has none.
pub(crate) fn single_gender(group: &str, women: usize, men: usize) -> Option<AnalysisError> {
    let missing = match (women, men) {
        (0, _) => "women",
        (_, 0) => "men",
        _ => return None,
    };
    Some(AnalysisError::SingleGenderGroup {
        group: group.to_owned(),
        missing: missing.to_owned(),
    })
}

/// The error for data with no women or no men at all.
pub(crate) fn require_both(women: usize, men: usize) -> Result<(), AnalysisError> {
    let missing = match (women, men) {
        (0, _) => "women",
        (_, 0) => "men",
        _ => return Ok(()),
    };
    Err(AnalysisError::MissingGender {
        missing: missing.to_owned(),
    })
}
