//! Each analysis ends in a specific error, never a panic, on data it cannot use.

// Tests fail by panicking; the no-panic rule is for library code.
#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used)]

use jamlik_stats::{
    categorical_outcome, chi_square, oaxaca, ols, regress, representation, resources,
    wilson_interval, AnalysisError, ContingencyTable, GroupCounts, ModelSpec, OaxacaSpec,
    ReadOptions, SuppressionRule, Table,
};

fn table(text: &str) -> Table {
    Table::from_csv(text.as_bytes(), &ReadOptions::default()).expect("reads")
}

fn spec(outcome: &str, controls: &[&str]) -> ModelSpec {
    ModelSpec {
        outcome: outcome.into(),
        controls: controls.iter().map(|c| (*c).to_owned()).collect(),
    }
}

/// y, x1, x2, a constant, x1 + x2, a text column with one level, a group.
fn data() -> Table {
    let mut text = String::from("y;x1;x2;k;sum;one;g;three\n");
    for i in 0..12 {
        let (x1, x2) = (i as f64, ((i * 7) % 5) as f64);
        let y = 1.0 + 2.0 * x1 - x2 + if i % 3 == 0 { 0.5 } else { -0.25 };
        let g = if i % 2 == 0 { "a" } else { "b" };
        let three = ["p", "q", "r"][i % 3];
        text.push_str(&format!("{y};{x1};{x2};4;{};same;{g};{three}\n", x1 + x2));
    }
    table(&text)
}

#[test]
fn a_constant_control_is_a_singular_design() {
    let error = regress(&data(), &spec("y", &["x1", "k"])).expect_err("singular");
    assert_eq!(
        error,
        AnalysisError::SingularDesign {
            column: "k".into(),
            group: None
        }
    );
    assert_eq!(error.code(), "analysis.singular_design");
}

#[test]
fn a_collinear_control_is_a_singular_design() {
    let error = regress(&data(), &spec("y", &["x1", "x2", "sum"])).expect_err("singular");
    assert_eq!(
        error,
        AnalysisError::SingularDesign {
            column: "sum".into(),
            group: None
        }
    );
}

#[test]
fn a_text_control_with_one_level_is_a_singular_design() {
    let error = regress(&data(), &spec("y", &["x1", "one"])).expect_err("singular");
    assert_eq!(error.code(), "analysis.singular_design");
}

#[test]
fn a_constant_outcome_has_no_variation() {
    let error = regress(&data(), &spec("k", &["x1"])).expect_err("constant");
    assert_eq!(error.code(), "analysis.no_variation");
}

#[test]
fn too_few_observations_for_the_coefficients() {
    let small = table("y;x\n1;2\n2;3\n");
    let error = regress(&small, &spec("y", &["x"])).expect_err("n = k");
    assert_eq!(
        error,
        AnalysisError::TooFewObservations {
            needed: 3,
            found: 2,
            group: None
        }
    );
    assert_eq!(error.code(), "analysis.too_few_observations");
}

#[test]
fn a_text_outcome_is_not_numeric() {
    let error = regress(&data(), &spec("g", &["x1"])).expect_err("text");
    assert_eq!(error.code(), "analysis.column_not_numeric");
}

#[test]
fn ols_checks_its_inputs() {
    let error = ols(&[1.0, 2.0], &[("x".into(), vec![1.0])]).expect_err("lengths");
    assert_eq!(error.code(), "analysis.invalid_parameter");
    let error = ols(&[1.0, f64::NAN, 3.0], &[("x".into(), vec![1.0, 2.0, 3.0])]).expect_err("NaN");
    assert_eq!(error.code(), "analysis.invalid_parameter");
    let error = ols(&[1.0, 2.0], &[]).expect_err("no regressor");
    assert_eq!(error.code(), "analysis.invalid_parameter");
    let zeros = ("z".to_owned(), vec![0.0; 4]);
    let error = ols(&[1.0, 2.0, 3.0, 5.0], &[zeros]).expect_err("all zeros");
    assert_eq!(error.code(), "analysis.singular_design");
    let line = ("x".to_owned(), vec![1.0, 2.0, 3.0]);
    let error = ols(&[2.0, 4.0, 6.0], &[line]).expect_err("exact fit");
    assert_eq!(error.code(), "analysis.no_variation");
}

#[test]
fn oaxaca_needs_two_groups() {
    let three = OaxacaSpec {
        outcome: "y".into(),
        group: "three".into(),
        first: "p".into(),
        controls: vec!["x1".into()],
    };
    let error = oaxaca(&data(), &three).expect_err("three groups");
    assert_eq!(
        error,
        AnalysisError::NotTwoGroups {
            column: "three".into(),
            found: 3
        }
    );
    let absent = OaxacaSpec {
        group: "g".into(),
        first: "c".into(),
        ..three.clone()
    };
    let error = oaxaca(&data(), &absent).expect_err("no such group");
    assert_eq!(error.code(), "analysis.empty_group");
    let one = OaxacaSpec {
        group: "one".into(),
        first: "same".into(),
        ..three
    };
    let error = oaxaca(&data(), &one).expect_err("one group");
    assert_eq!(error.code(), "analysis.not_two_groups");
}

#[test]
fn oaxaca_names_the_group_whose_model_is_singular() {
    // Level r of `three` occurs only in group a: its indicator is constant
    // (zero) in group b.
    let mut text = String::from("y;x;g;job\n");
    for i in 0..16 {
        let g = if i % 2 == 0 { "a" } else { "b" };
        let job = if i % 4 == 0 { "r" } else { "s" };
        text.push_str(&format!("{};{};{g};{job}\n", 10 + i * 3 % 7, i));
    }
    let spec = OaxacaSpec {
        outcome: "y".into(),
        group: "g".into(),
        first: "a".into(),
        controls: vec!["x".into(), "job".into()],
    };
    let error = oaxaca(&table(&text), &spec).expect_err("singular in b");
    assert_eq!(
        error,
        AnalysisError::SingularDesign {
            column: "job[T.s]".into(),
            group: Some("b".into())
        }
    );
}

#[test]
fn oaxaca_with_too_few_in_a_group() {
    let text = "y;x;g\n1;1;a\n2;2;a\n3;5;b\n4;4;b\n6;3;b\n7;9;b\n";
    let spec = OaxacaSpec {
        outcome: "y".into(),
        group: "g".into(),
        first: "a".into(),
        controls: vec!["x".into()],
    };
    let error = oaxaca(&table(text), &spec).expect_err("two in a");
    assert_eq!(
        error,
        AnalysisError::TooFewObservations {
            needed: 3,
            found: 2,
            group: Some("a".into())
        }
    );
}

#[test]
fn chi_square_needs_two_rows_two_columns_and_no_empty_line() {
    let one_row = ContingencyTable::new(
        vec!["a".into()],
        vec!["x".into(), "y".into()],
        vec![vec![1, 2]],
    )
    .expect("valid");
    assert_eq!(
        chi_square(&one_row).expect_err("one row").code(),
        "analysis.no_variation"
    );
    let empty_column = ContingencyTable::new(
        vec!["a".into(), "b".into()],
        vec!["x".into(), "y".into()],
        vec![vec![1, 0], vec![2, 0]],
    )
    .expect("valid");
    assert_eq!(
        chi_square(&empty_column).expect_err("empty column"),
        AnalysisError::EmptyGroup { group: "y".into() }
    );
    let ragged = ContingencyTable::new(vec!["a".into()], vec!["x".into()], vec![vec![1, 2]]);
    assert_eq!(
        ragged.expect_err("ragged").code(),
        "analysis.invalid_parameter"
    );
    let single_outcome = table("g;o\na;yes\nb;yes\n");
    assert_eq!(
        categorical_outcome(&single_outcome, "g", "o")
            .expect_err("one outcome")
            .code(),
        "analysis.no_variation"
    );
}

#[test]
fn representation_and_wilson_errors() {
    let data = GroupCounts::new([("a", 3), ("b", 4)]);
    let empty = GroupCounts::default();
    assert_eq!(
        representation(&empty, &data, 0.95)
            .expect_err("no data")
            .code(),
        "analysis.too_few_observations"
    );
    assert_eq!(
        representation(&data, &empty, 0.95).expect_err("no baseline"),
        AnalysisError::EmptyBaseline
    );
    for confidence in [0.0, 1.0, 1.5, -0.1, f64::NAN] {
        assert_eq!(
            representation(&data, &data, confidence)
                .expect_err("bad level")
                .code(),
            "analysis.invalid_parameter"
        );
    }
    assert_eq!(
        wilson_interval(0, 0, 0.95).expect_err("n = 0").code(),
        "analysis.too_few_observations"
    );
    assert_eq!(
        wilson_interval(5, 4, 0.95).expect_err("k > n").code(),
        "analysis.invalid_parameter"
    );
}

#[test]
fn resources_errors() {
    let t = table("g;v;w\na;0;x\nb;0;y\n");
    assert_eq!(
        resources(&t, "g", "v", None).expect_err("all zero").code(),
        "analysis.no_variation"
    );
    assert_eq!(
        resources(&t, "g", "w", None).expect_err("text").code(),
        "analysis.column_not_numeric"
    );
    assert_eq!(
        resources(&t, "nope", "v", None)
            .expect_err("unknown")
            .code(),
        "analysis.unknown_column"
    );
    let t = table("g;v\na;\nb;\n");
    assert_eq!(
        resources(&t, "g", "v", None).expect_err("no values").code(),
        "analysis.column_not_numeric"
    );
}

#[test]
fn a_suppression_threshold_below_three_is_refused() {
    for threshold in [0, 1, 2] {
        assert_eq!(
            SuppressionRule::new(threshold).expect_err("too low").code(),
            "analysis.invalid_parameter"
        );
    }
    assert_eq!(SuppressionRule::new(3).expect("allowed").threshold(), 3);
    assert_eq!(SuppressionRule::default().threshold(), 5);
}
