//! Small-cell suppression: primary under the threshold, secondary so that no
//! hidden count follows from a margin.

// Tests fail by panicking; the no-panic rule is for library code.
#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used)]

use jamlik_stats::{
    suppress, CellStatus, ContingencyTable, Line, ProtectedTable, SuppressionReason,
    SuppressionRule,
};

fn table(counts: &[&[u64]]) -> ContingencyTable {
    ContingencyTable::new(
        (0..counts.len()).map(|i| format!("r{i}")).collect(),
        (0..counts.first().map_or(0, |r| r.len()))
            .map(|j| format!("c{j}"))
            .collect(),
        counts.iter().map(|r| r.to_vec()).collect(),
    )
    .expect("rectangular")
}

/// The grid of statuses with margins: row r is the column totals, column c
/// the row totals.
fn grid(p: &ProtectedTable) -> Vec<Vec<bool>> {
    let mut rows: Vec<Vec<bool>> = p
        .cells
        .iter()
        .zip(&p.row_totals)
        .map(|(row, total)| {
            row.iter()
                .chain(std::iter::once(total))
                .map(|c| c.is_suppressed())
                .collect()
        })
        .collect();
    rows.push(
        p.column_totals
            .iter()
            .chain(std::iter::once(&p.total))
            .map(|c| c.is_suppressed())
            .collect(),
    );
    rows
}

/// Every line (rows and columns of the grid) hides none or at least two.
fn assert_protected(p: &ProtectedTable) {
    let g = grid(p);
    for (i, row) in g.iter().enumerate() {
        let n = row.iter().filter(|&&s| s).count();
        assert!(
            n != 1,
            "row {i} of the grid has one suppressed count: {g:?}"
        );
    }
    for j in 0..g[0].len() {
        let n = g.iter().filter(|row| row[j]).count();
        assert!(
            n != 1,
            "column {j} of the grid has one suppressed count: {g:?}"
        );
    }
}

fn primary(threshold: u64) -> CellStatus {
    CellStatus::Suppressed(SuppressionReason::BelowThreshold { threshold })
}

fn complement(protects: Line) -> CellStatus {
    CellStatus::Suppressed(SuppressionReason::Complementary { protects })
}

#[test]
fn a_worked_example() {
    let t = table(&[&[12, 3, 20], &[8, 15, 9], &[30, 7, 2]]);
    let p = suppress(&t, &SuppressionRule::default());
    let status = |i: usize, j: usize| p.cells[i][j].status();
    // Primary: 3 and 2.
    assert_eq!(status(0, 1), primary(5));
    assert_eq!(status(2, 2), primary(5));
    // Row 0's smallest other cell is 12; row 2's is 7.
    assert_eq!(status(0, 0), complement(Line::Row(0)));
    assert_eq!(status(2, 1), complement(Line::Row(2)));
    // Column 0 then hides 12 alone: its smallest other is 8; column 2 hides 2
    // alone: its smallest other is 9.
    assert_eq!(status(1, 0), complement(Line::Column(0)));
    assert_eq!(status(1, 2), complement(Line::Column(2)));
    // The rest is shown, and the margins too.
    for (i, j) in [(0, 2), (1, 1), (2, 0)] {
        assert_eq!(status(i, j), CellStatus::Shown);
    }
    assert!(p
        .row_totals
        .iter()
        .chain(&p.column_totals)
        .all(|c| !c.is_suppressed()));
    assert_eq!(p.total.published(), Some(106));
    assert_eq!(p.cells[0][1].published(), None);
    assert_eq!(p.cells[0][2].published(), Some(20));
    assert_eq!((p.primary_count(), p.secondary_count()), (2, 4));
    assert_protected(&p);
}

#[test]
fn nothing_small_nothing_hidden() {
    let p = suppress(&table(&[&[10, 20], &[30, 40]]), &SuppressionRule::default());
    assert_eq!((p.primary_count(), p.secondary_count()), (0, 0));
}

#[test]
fn small_margins_are_suppressed_too() {
    // One column: each cell equals its row total.
    let t = table(&[&[3], &[10], &[12]]);
    let p = suppress(&t, &SuppressionRule::default());
    assert_eq!(p.cells[0][0].status(), primary(5));
    assert_eq!(p.row_totals[0].status(), primary(5));
    // Column 0 would give the 3 away (25 − 10 − 12): 10 goes with it. The
    // row totals would give the hidden total away (25 − 10 − 12) too: the
    // total 10 goes with it, which also keeps row 1 protected.
    assert_eq!(p.cells[1][0].status(), complement(Line::Column(0)));
    assert_eq!(p.row_totals[1].status(), complement(Line::RowTotals));
    assert_eq!(p.cells[2][0].published(), Some(12));
    assert_protected(&p);
}

#[test]
fn the_threshold_is_configurable() {
    let t = table(&[&[2, 3, 4], &[20, 30, 40]]);
    let p = suppress(&t, &SuppressionRule::new(3).expect("allowed"));
    assert_eq!(p.cells[0][0].status(), primary(3));
    assert_eq!(
        p.cells[0][1].status(),
        complement(Line::Row(0)),
        "3 is not small"
    );
    assert_eq!(p.cells[0][2].status(), CellStatus::Shown);
    assert_eq!(p.threshold, 3);
    assert_protected(&p);
    let p = suppress(&t, &SuppressionRule::new(10).expect("allowed"));
    assert!(p.cells[0].iter().all(|c| c.status() == primary(10)));
    assert_eq!(
        p.row_totals[0].status(),
        primary(10),
        "the total 9 is small too"
    );
    assert_protected(&p);
}

#[test]
fn zeros_are_shown_unless_asked_and_chosen_last() {
    let t = table(&[&[0, 2, 9], &[5, 6, 7]]);
    let p = suppress(&t, &SuppressionRule::default());
    assert_eq!(p.cells[0][0].status(), CellStatus::Shown, "zero shown");
    assert_eq!(p.cells[0][2].status(), complement(Line::Row(0)), "9, not 0");
    assert_protected(&p);
    let p = suppress(&t, &SuppressionRule::default().with_zeros_suppressed(true));
    assert_eq!(
        p.cells[0][0].status(),
        CellStatus::Suppressed(SuppressionReason::Zero)
    );
    assert_protected(&p);
}

#[test]
fn suppressed_values_are_not_serialised() {
    let p = suppress(&table(&[&[1, 9], &[9, 9]]), &SuppressionRule::default());
    let json = serde_json::to_value(&p).expect("serialises");
    assert!(json["cells"][0][0]["value"].is_null());
    assert_eq!(
        json["cells"][0][0]["status"]["suppressed"]["kind"],
        "below_threshold"
    );
    assert_eq!(json["total"]["value"], 28);
    assert_eq!(json["total"]["status"], "shown");
}

/// A small deterministic generator (xorshift64*), so the test needs no crate.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

#[test]
fn every_line_of_many_random_tables_is_protected() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    for _ in 0..2000 {
        let rows = 1 + rng.below(6) as usize;
        let columns = 1 + rng.below(6) as usize;
        let counts: Vec<Vec<u64>> = (0..rows)
            .map(|_| {
                (0..columns)
                    .map(|_| match rng.below(4) {
                        0 => rng.below(5),
                        1 => 0,
                        _ => rng.below(60),
                    })
                    .collect()
            })
            .collect();
        let refs: Vec<&[u64]> = counts.iter().map(Vec::as_slice).collect();
        let threshold = 3 + rng.below(5);
        let rule = SuppressionRule::new(threshold)
            .expect("allowed")
            .with_zeros_suppressed(rng.below(2) == 0);
        let p = suppress(&table(&refs), &rule);
        assert_protected(&p);
        // No shown count is small.
        for cell in p
            .cells
            .iter()
            .flatten()
            .chain(&p.row_totals)
            .chain(&p.column_totals)
        {
            if let Some(v) = cell.published() {
                assert!(v == 0 || v >= threshold, "{v} shown under {threshold}");
            }
        }
    }
}
