//! Disclosure control: small cells of a table of counts are suppressed, and
//! enough other cells with them that none can be worked out from the margins.

use serde::ser::SerializeStruct;
use serde::{Serialize, Serializer};

use crate::counts::ContingencyTable;
use crate::error::AnalysisError;

/// When a count is too small to show.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct SuppressionRule {
    threshold: u64,
    suppress_zeros: bool,
}

impl SuppressionRule {
    /// The threshold used unless another is chosen: counts of 1 to 4 are hidden.
    pub const DEFAULT_THRESHOLD: u64 = 5;
    /// The smallest threshold allowed.
    pub const MIN_THRESHOLD: u64 = 3;

    /// Counts from 1 to `threshold − 1` are suppressed; `threshold` must be at
    /// least [`SuppressionRule::MIN_THRESHOLD`].
    pub fn new(threshold: u64) -> Result<Self, AnalysisError> {
        if threshold < Self::MIN_THRESHOLD {
            return Err(AnalysisError::invalid(
                "threshold",
                format!(
                    "{threshold} is below the minimum of {}",
                    Self::MIN_THRESHOLD
                ),
            ));
        }
        Ok(Self {
            threshold,
            suppress_zeros: false,
        })
    }

    /// Also suppress counts of zero (where "nobody" would itself disclose
    /// something, for example about a small unit).
    pub fn with_zeros_suppressed(mut self, suppress: bool) -> Self {
        self.suppress_zeros = suppress;
        self
    }

    /// The threshold.
    pub fn threshold(&self) -> u64 {
        self.threshold
    }
}

impl Default for SuppressionRule {
    fn default() -> Self {
        Self {
            threshold: Self::DEFAULT_THRESHOLD,
            suppress_zeros: false,
        }
    }
}

/// A line of the published table: the counts that add up to a margin.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Line {
    /// Row `i`: its cells and its total.
    Row(usize),
    /// Column `j`: its cells and its total.
    Column(usize),
    /// The row totals and the grand total.
    RowTotals,
    /// The column totals and the grand total.
    ColumnTotals,
}

/// Why a count is hidden.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum SuppressionReason {
    /// Primary: the count is from 1 to threshold − 1.
    BelowThreshold {
        /// The threshold.
        threshold: u64,
    },
    /// Primary: the count is zero and the rule suppresses zeros.
    Zero,
    /// Primary, for a sum of pay: a few of the largest values dominate it.
    Dominance {
        /// How many of the largest values.
        contributors: usize,
        /// The share of the sum they exceed, in thousandths (850 = 85 %).
        per_mille: u32,
    },
    /// Secondary: hidden so that the line's one other hidden count cannot be
    /// worked out from the line's margin.
    Complementary {
        /// The line it protects.
        protects: Line,
    },
}

/// Whether a count is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CellStatus {
    /// Shown as it is.
    Shown,
    /// Hidden, for this reason.
    Suppressed(SuppressionReason),
}

/// A count and whether it may be shown. The count itself is only handed out
/// by [`ProtectedCell::published`], which hides it when suppressed; it is
/// not serialised when suppressed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ProtectedCell {
    value: u64,
    status: CellStatus,
}

impl ProtectedCell {
    /// The count, or `None` when it is suppressed.
    pub fn published(&self) -> Option<u64> {
        match self.status {
            CellStatus::Shown => Some(self.value),
            CellStatus::Suppressed(_) => None,
        }
    }

    /// Whether the count is shown, and if not why.
    pub fn status(&self) -> CellStatus {
        self.status
    }

    /// Whether the count is suppressed.
    pub fn is_suppressed(&self) -> bool {
        self.status != CellStatus::Shown
    }
}

impl Serialize for ProtectedCell {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut state = serializer.serialize_struct("ProtectedCell", 2)?;
        state.serialize_field("value", &self.published())?;
        state.serialize_field("status", &self.status)?;
        state.end()
    }
}

/// A table of counts ready to publish: every cell and margin with its status.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ProtectedTable {
    /// The row labels.
    pub row_labels: Vec<String>,
    /// The column labels.
    pub column_labels: Vec<String>,
    /// The cells, `cells[row][column]`.
    pub cells: Vec<Vec<ProtectedCell>>,
    /// Each row's total.
    pub row_totals: Vec<ProtectedCell>,
    /// Each column's total.
    pub column_totals: Vec<ProtectedCell>,
    /// The grand total.
    pub total: ProtectedCell,
    /// The threshold applied.
    pub threshold: u64,
}

impl ProtectedTable {
    fn all(&self) -> impl Iterator<Item = &ProtectedCell> {
        self.cells
            .iter()
            .flatten()
            .chain(&self.row_totals)
            .chain(&self.column_totals)
            .chain(std::iter::once(&self.total))
    }

    /// How many counts (cells and margins) are suppressed as too small.
    pub fn primary_count(&self) -> usize {
        self.all()
            .filter(|c| {
                matches!(
                    c.status,
                    CellStatus::Suppressed(
                        SuppressionReason::BelowThreshold { .. } | SuppressionReason::Zero
                    )
                )
            })
            .count()
    }

    /// How many counts are suppressed to protect others.
    pub fn secondary_count(&self) -> usize {
        self.all()
            .filter(|c| {
                matches!(
                    c.status,
                    CellStatus::Suppressed(SuppressionReason::Complementary { .. })
                )
            })
            .count()
    }
}

/// Suppresses the small counts of `table` and its margins (row totals,
/// column totals, grand total, all published).
///
/// Primary: every count from 1 to threshold − 1 (and zeros, if the rule
/// says so). Secondary: as long as some line (a row with its total, a column
/// with its total, the row totals with the grand total, the column totals
/// with the grand total) has exactly one suppressed count, which the margin
/// would give away, the smallest other count of that line is suppressed too:
/// non-zero counts before zeros, then the smallest, then cells before
/// margins, then one whose crossing line already has a suppression (so that
/// fewer cells are lost), then the first.
pub fn suppress(table: &ContingencyTable, rule: &SuppressionRule) -> ProtectedTable {
    let (r, c) = (table.row_labels().len(), table.column_labels().len());
    // The extended grid: row r holds the column totals, column c the row
    // totals, (r, c) the grand total.
    let row_totals = table.row_totals();
    let column_totals = table.column_totals();
    let mut values = vec![vec![0u64; c + 1]; r + 1];
    for (i, row) in table.counts().iter().enumerate() {
        for (j, &count) in row.iter().enumerate() {
            values[i][j] = count;
        }
        values[i][c] = row_totals[i];
    }
    for (j, &total) in column_totals.iter().enumerate() {
        values[r][j] = total;
    }
    values[r][c] = table.total();

    let mut status = vec![vec![CellStatus::Shown; c + 1]; r + 1];
    for (i, row) in values.iter().enumerate() {
        for (j, &value) in row.iter().enumerate() {
            if value > 0 && value < rule.threshold {
                status[i][j] = CellStatus::Suppressed(SuppressionReason::BelowThreshold {
                    threshold: rule.threshold,
                });
            } else if value == 0 && rule.suppress_zeros {
                status[i][j] = CellStatus::Suppressed(SuppressionReason::Zero);
            }
        }
    }

    protect_margins(&values, &mut status);

    let cell = |i: usize, j: usize| ProtectedCell {
        value: values[i][j],
        status: status[i][j],
    };
    ProtectedTable {
        row_labels: table.row_labels().to_vec(),
        column_labels: table.column_labels().to_vec(),
        cells: (0..r)
            .map(|i| (0..c).map(|j| cell(i, j)).collect())
            .collect(),
        row_totals: (0..r).map(|i| cell(i, c)).collect(),
        column_totals: (0..c).map(|j| cell(r, j)).collect(),
        total: cell(r, c),
        threshold: rule.threshold,
    }
}

/// Secondary suppression on an extended grid (cells, then the row totals in
/// the last column, the column totals in the last row, the grand total in
/// the corner): as long as a line has exactly one hidden entry, hide the
/// line's smallest other entry by `weights` (see [`suppress`] for the
/// order). `weights` and `status` have the same shape, at least 1 × 1.
pub(crate) fn protect_margins(weights: &[Vec<u64>], status: &mut [Vec<CellStatus>]) {
    let r = weights.len().saturating_sub(1);
    let c = weights.first().map_or(0, |row| row.len().saturating_sub(1));
    let values = weights;
    let hidden = |status: &[Vec<CellStatus>], i: usize, j: usize| status[i][j] != CellStatus::Shown;
    let row_hidden =
        |status: &[Vec<CellStatus>], i: usize| (0..=c).filter(|&j| hidden(status, i, j)).count();
    let column_hidden =
        |status: &[Vec<CellStatus>], j: usize| (0..=r).filter(|&i| hidden(status, i, j)).count();
    loop {
        let mut changed = false;
        // Rows of the grid (row r is the column totals).
        for i in 0..=r {
            if row_hidden(status, i) != 1 {
                continue;
            }
            let choice = (0..=c).filter(|&j| !hidden(status, i, j)).min_by_key(|&j| {
                (
                    values[i][j] == 0,
                    values[i][j],
                    j == c,
                    column_hidden(status, j) == 0,
                    j,
                )
            });
            if let Some(j) = choice {
                let protects = if i == r {
                    Line::ColumnTotals
                } else {
                    Line::Row(i)
                };
                status[i][j] =
                    CellStatus::Suppressed(SuppressionReason::Complementary { protects });
                changed = true;
            }
        }
        // Columns of the grid (column c is the row totals).
        for j in 0..=c {
            if column_hidden(status, j) != 1 {
                continue;
            }
            let choice = (0..=r).filter(|&i| !hidden(status, i, j)).min_by_key(|&i| {
                (
                    values[i][j] == 0,
                    values[i][j],
                    i == r,
                    row_hidden(status, i) == 0,
                    i,
                )
            });
            if let Some(i) = choice {
                let protects = if j == c {
                    Line::RowTotals
                } else {
                    Line::Column(j)
                };
                status[i][j] =
                    CellStatus::Suppressed(SuppressionReason::Complementary { protects });
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
}

/// When a sum of pay may not be shown although its headcount may: the
/// largest `contributors` values make up more than `share` of the sum (an
/// (n, k) dominance rule), so the sum would tell the largest earners
/// roughly what the others earn, or the others what they earn.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct DominanceRule {
    /// n: how many of the largest values are counted.
    pub contributors: usize,
    /// k: the share of the sum above which the cell is dominated.
    pub share: f64,
}

impl Default for DominanceRule {
    /// The (2, 85 %) rule: the two largest values make up more than 85 %.
    fn default() -> Self {
        Self {
            contributors: 2,
            share: 0.85,
        }
    }
}

impl DominanceRule {
    /// Whether the largest values dominate the sum of `values` (all of them
    /// zero or more). An empty or all-zero cell is not dominated.
    pub fn is_dominated(&self, values: &[f64]) -> bool {
        let total: f64 = values.iter().sum();
        if total <= 0.0 || values.len() <= self.contributors {
            // With n values or fewer, the largest n are the whole sum: that
            // is a cell of at most n people, which the count threshold hides.
            return false;
        }
        let mut sorted = values.to_vec();
        sorted.sort_unstable_by(|a, b| b.total_cmp(a));
        let top: f64 = sorted.iter().take(self.contributors).sum();
        top > self.share * total
    }
}
