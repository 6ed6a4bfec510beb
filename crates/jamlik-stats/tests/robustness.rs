//! No input makes the engine panic: random bytes and random CSV-like text go
//! through reading and every analysis, which either answer or name an error.

// Tests fail by panicking; the no-panic rule is for library code.
#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used)]

use jamlik_stats::{
    categorical_outcome, oaxaca, regress, representation_in, resources, suppress, GroupCounts,
    ModelSpec, OaxacaSpec, PopulationTable, ReadOptions, SuppressionRule, Table,
};

/// xorshift64*: deterministic, so a failure can be replayed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

const PIECES: &[&str] = &[
    ";", ",", "\t", "\"", "\n", "\r\n", "\r", " ", "a", "b", "kön", "ä", "1", "2", "-3", "4,5",
    "6.75", "1e3", "..", "-", "NaN", "inf", "0", "", "\u{feff}", "x;y", "\"\"", "100 -",
];

fn random_text(rng: &mut Rng) -> Vec<u8> {
    let pieces = rng.below(80);
    let mut text = String::new();
    for _ in 0..pieces {
        text.push_str(PIECES[rng.below(PIECES.len())]);
    }
    let mut bytes = text.into_bytes();
    // Sometimes stray bytes that are not UTF-8.
    if rng.below(4) == 0 {
        for _ in 0..rng.below(6) {
            let at = rng.below(bytes.len() + 1);
            bytes.insert(at, (rng.next() & 0xFF) as u8);
        }
    }
    bytes
}

fn exercise(table: &Table, rng: &mut Rng) {
    let names: Vec<String> = table
        .columns()
        .iter()
        .map(|c| c.name().to_owned())
        .collect();
    let pick = |rng: &mut Rng| names[rng.below(names.len())].clone();
    let (a, b, c) = (pick(rng), pick(rng), pick(rng));
    let _ = table.column_summaries();
    let _ = resources(table, &a, &b, None);
    if let Ok(result) = categorical_outcome(table, &a, &b) {
        let _ = suppress(&result.crosstab, &SuppressionRule::default());
    }
    let baseline = GroupCounts::new([("a", 10), ("b", 20)]);
    let _ = representation_in(table, &a, &baseline, 0.95);
    let _ = regress(
        table,
        &ModelSpec {
            outcome: a.clone(),
            controls: vec![b.clone(), c.clone()],
        },
    );
    let first = table
        .column(&b)
        .ok()
        .and_then(|col| col.text().first().cloned())
        .unwrap_or_default();
    let _ = oaxaca(
        table,
        &OaxacaSpec {
            outcome: a,
            group: b,
            first,
            controls: vec![c],
        },
    );
}

#[test]
fn random_bytes_never_panic() {
    let mut rng = Rng(0x0123_4567_89AB_CDEF);
    let mut tables = 0;
    for _ in 0..3000 {
        let bytes = random_text(&mut rng);
        let _ = PopulationTable::from_px_csv(&bytes);
        if let Ok(table) = Table::from_csv(&bytes, &ReadOptions::default()) {
            tables += 1;
            if !table.columns().is_empty() {
                exercise(&table, &mut rng);
            }
        }
    }
    assert!(tables > 100, "enough inputs were tables ({tables})");
}

#[test]
fn random_numeric_tables_never_panic_and_give_finite_results() {
    let mut rng = Rng(42);
    let mut decomposed = 0;
    for _ in 0..500 {
        let rows = rng.below(30);
        let mut text = String::from("y;x;g;k\n");
        for _ in 0..rows {
            let y = rng.below(5);
            let x = if rng.below(3) == 0 { 1 } else { rng.below(4) };
            let g = ["a", "b"][rng.below(2)];
            let k = ["p", "q", "r"][rng.below(3)];
            text.push_str(&format!("{y};{x};{g};{k}\n"));
        }
        let Ok(table) = Table::from_csv(text.as_bytes(), &ReadOptions::default()) else {
            continue;
        };
        let spec = ModelSpec {
            outcome: "y".into(),
            controls: vec!["x".into(), "k".into()],
        };
        if let Ok(fit) = regress(&table, &spec) {
            assert!(fit.r_squared.is_finite());
            for c in &fit.coefficients {
                assert!(c.estimate.is_finite() && c.classic.std_error.is_finite());
            }
        }
        let spec = OaxacaSpec {
            outcome: "y".into(),
            group: "g".into(),
            first: "a".into(),
            controls: vec!["x".into(), "k".into()],
        };
        if let Ok(result) = oaxaca(&table, &spec) {
            decomposed += 1;
            let three = &result.three_fold;
            let sum = three.endowments + three.coefficients + three.interaction;
            assert!((sum - result.gap).abs() < 1e-6 * (1.0 + result.gap.abs()));
            for two in &result.two_fold {
                assert!(
                    (two.explained + two.unexplained - result.gap).abs()
                        < 1e-6 * (1.0 + result.gap.abs())
                );
            }
        }
        if let Ok(result) = resources(&table, "g", "y", None) {
            assert!(result
                .groups
                .iter()
                .all(|g| g.mean.is_finite() && g.ratio.is_finite()));
        }
    }
    assert!(
        decomposed > 50,
        "enough tables were decomposed ({decomposed})"
    );
}

#[test]
fn random_pay_tables_never_panic_and_keep_the_disclosure_rules() {
    use jamlik_stats::{
        pay_survey, pay_transparency, GenderLabels, PaySummary, PaySurveySpec, PayTransparencySpec,
    };
    let mut rng = Rng(2023_0970);
    let labels = GenderLabels::default().with(&["a".into()], &["b".into()]);
    let mut surveyed = 0;
    for _ in 0..400 {
        let rows = rng.below(60);
        let groups = 1 + rng.below(8);
        let mut text = String::from("group;demand;gender;pay;bonus;years\n");
        for _ in 0..rows {
            let group = rng.below(groups);
            // A group's demand level follows from the group.
            let demand = group % 4;
            let gender = ["a", "b"][rng.below(2)];
            let pay = 2000 + 100 * rng.below(20);
            let bonus = [0, 0, 50, 5000][rng.below(4)];
            let years = rng.below(30);
            text.push_str(&format!(
                "g{group};{demand};{gender};{pay};{bonus};{years}\n"
            ));
        }
        let Ok(table) = Table::from_csv(text.as_bytes(), &ReadOptions::default()) else {
            continue;
        };
        let shown_or_small = |s: &PaySummary| s.count.is_none_or(|c| c == 0 || c >= 5);
        let mut spec = PaySurveySpec::new("group", "gender", "pay");
        spec.labels = labels.clone();
        spec.demand = (rng.below(2) == 0).then(|| "demand".to_owned());
        if let Ok(survey) = pay_survey(&table, &spec) {
            surveyed += 1;
            for g in &survey.groups {
                assert!(shown_or_small(&g.women) && shown_or_small(&g.men), "{text}");
                // Pay is never shown where the headcount is hidden.
                assert!(g.women.count.is_some() || g.women.mean.is_none(), "{text}");
                assert!(shown_or_small(&g.total), "{text}");
            }
            // With demand levels, small groups are merged until none is
            // small (or one group is left).
            if survey.groups.len() > 1 {
                for merge in &survey.merges {
                    assert!(merge.headcount >= 5, "{text}");
                }
            }
            // No line of the headcounts has exactly one hidden count.
            let h = &survey.headcounts;
            for (i, row) in h.cells.iter().enumerate() {
                let hidden = row
                    .iter()
                    .chain([&h.row_totals[i]])
                    .filter(|c| c.is_suppressed());
                assert_ne!(hidden.count(), 1, "{text}");
            }
        }
        let mut spec = PayTransparencySpec::new("gender", "pay");
        spec.labels = labels.clone();
        spec.variable = Some("bonus".into());
        spec.category = Some("group".into());
        spec.controls = vec!["years".into()];
        if let Ok(result) = pay_transparency(&table, &spec) {
            for band in &result.quartiles {
                assert!((band.women_share + band.men_share - 1.0).abs() < 1e-9);
            }
            for c in &result.categories {
                assert!(shown_or_small(&c.basic.women) && shown_or_small(&c.basic.men));
                if let Some(gap) = c.basic.mean_gap {
                    assert!(gap.is_finite());
                }
            }
        }
    }
    assert!(surveyed > 100, "enough inputs were surveyed ({surveyed})");
}
