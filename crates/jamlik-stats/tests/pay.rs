//! The pay survey and the pay transparency indicators: bad input, merging of
//! small groups, disclosure control, quartile ties.

// Tests fail by panicking; the no-panic rule is for library code.
#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used)]

use jamlik_stats::{
    pay_survey, pay_transparency, AnalysisError, BadRows, CellStatus, ComparisonKind, Composition,
    GenderLabels, NumericColumns, PaySurveySpec, PayTransparencySpec, ReadOptions,
    SuppressionReason, Table,
};

fn options() -> ReadOptions {
    ReadOptions {
        numeric: NumericColumns::Named(vec!["pay".into()]),
        bad_rows: BadRows::Stop,
        ..ReadOptions::default()
    }
}

fn read(text: &str) -> Result<Table, AnalysisError> {
    Table::from_csv(text.as_bytes(), &options())
}

/// `count` rows of `group` (demand `demand`), gender `gender`, pay from
/// `pay` upwards in steps of 10.
fn rows(group: &str, demand: u32, gender: &str, count: usize, pay: u32) -> String {
    (0..count)
        .map(|i| format!("{group};{demand};{gender};{}\n", pay + 10 * i as u32))
        .collect()
}

fn survey_spec() -> PaySurveySpec {
    let mut spec = PaySurveySpec::new("group", "gender", "pay");
    spec.demand = Some("demand".into());
    spec
}

const HEADER: &str = "group;demand;gender;pay\n";

#[test]
fn an_empty_file_or_a_header_alone_is_named() {
    assert_eq!(read("").unwrap_err().code(), "analysis.empty_file");
    assert_eq!(read(HEADER).unwrap_err().code(), "analysis.header_only");
}

#[test]
fn a_non_numeric_pay_names_its_row_column_and_value() {
    let text = format!("{HEADER}nurse;3;woman;3100\nnurse;3;man;3 2OO\n");
    assert_eq!(
        read(&text).unwrap_err(),
        AnalysisError::NonNumeric {
            row: 3,
            column: "pay".into(),
            value: "3 2OO".into()
        }
    );
}

#[test]
fn a_negative_pay_names_its_row_column_and_value() {
    let text = format!("{HEADER}nurse;3;woman;3100\nnurse;3;man;-3200\n");
    let error = pay_survey(&read(&text).unwrap(), &survey_spec()).unwrap_err();
    assert_eq!(
        error,
        AnalysisError::NegativePay {
            row: 3,
            column: "pay".into(),
            value: "-3200".into()
        }
    );
    let error = pay_transparency(
        &read(&text).unwrap(),
        &PayTransparencySpec::new("gender", "pay"),
    )
    .unwrap_err();
    assert_eq!(error.code(), "analysis.negative_pay");
}

#[test]
fn unknown_gender_values_are_listed_with_how_to_map_them() {
    let text = format!(
        "{HEADER}nurse;3;woman;3100\nnurse;3;X;3200\nnurse;3;okänd;3300\nnurse;3;X;3400\nnurse;3;man;3500\n"
    );
    let table = read(&text).unwrap();
    let error = pay_survey(&table, &survey_spec()).unwrap_err();
    assert_eq!(
        error,
        AnalysisError::UnexpectedGender {
            column: "gender".into(),
            values: vec!["X".into(), "okänd".into()],
            first_row: 3,
        }
    );
    let message = error.to_string();
    assert!(
        message.contains("\"X\", \"okänd\"") && message.contains("--women"),
        "{message}"
    );

    // Mapped, they are read.
    let mut spec = survey_spec();
    spec.labels = GenderLabels::default().with(&["X".into()], &["okänd".into()]);
    let survey = pay_survey(&table, &spec).unwrap();
    assert_eq!(survey.groups[0].members, ["nurse"]);
    assert_eq!(survey.headcounts.total.published(), Some(5));
}

#[test]
fn finnish_swedish_and_english_labels_and_codes_are_recognised() {
    let labels = GenderLabels::default();
    for woman in ["nainen", "Kvinna", " F ", "2", "women"] {
        assert_eq!(
            labels.classify(woman),
            Some(jamlik_stats::Gender::Woman),
            "{woman}"
        );
    }
    for man in ["mies", "MAN", "m", "1", "män"] {
        assert_eq!(
            labels.classify(man),
            Some(jamlik_stats::Gender::Man),
            "{man}"
        );
    }
    assert_eq!(labels.classify("muu"), None);
}

#[test]
fn a_group_without_men_is_a_warning_and_data_without_men_an_error() {
    let text = format!(
        "{HEADER}{}{}{}",
        rows("nurse", 3, "woman", 8, 3000),
        rows("caretaker", 3, "man", 6, 3100),
        rows("caretaker", 3, "woman", 6, 3050)
    );
    let survey = pay_survey(&read(&text).unwrap(), &survey_spec()).unwrap();
    assert_eq!(
        survey.warnings,
        [AnalysisError::SingleGenderGroup {
            group: "nurse".into(),
            missing: "men".into()
        }]
    );
    let nurse = survey.groups.iter().find(|g| g.group == "nurse").unwrap();
    assert_eq!(nurse.men.count, Some(0));
    assert_eq!(nurse.men.mean, None);
    assert_eq!(nurse.women_mean_percent_of_men, None);
    // The all-women group is still compared with the mixed one of equal value.
    assert_eq!(survey.comparisons.len(), 1);
    assert_eq!(survey.comparisons[0].kind, ComparisonKind::EqualValue);

    let only_women = format!("{HEADER}{}", rows("nurse", 3, "woman", 8, 3000));
    let error = pay_survey(&read(&only_women).unwrap(), &survey_spec()).unwrap_err();
    assert_eq!(
        error,
        AnalysisError::MissingGender {
            missing: "men".into()
        }
    );
    let error = pay_transparency(
        &read(&only_women).unwrap(),
        &PayTransparencySpec::new("gender", "pay"),
    )
    .unwrap_err();
    assert_eq!(error.code(), "analysis.missing_gender");
}

#[test]
fn a_group_with_two_demand_levels_is_an_error() {
    let text = format!(
        "{HEADER}{}nurse;4;man;3000\n",
        rows("nurse", 3, "woman", 3, 3000)
    );
    let error = pay_survey(&read(&text).unwrap(), &survey_spec()).unwrap_err();
    assert_eq!(
        error,
        AnalysisError::InconsistentDemand {
            group: "nurse".into(),
            values: vec!["3".into(), "4".into()],
            row: 5
        }
    );
}

#[test]
fn small_groups_merge_with_the_nearest_demand_level_and_the_merge_is_shown() {
    let text = format!(
        "{HEADER}{}{}{}{}{}{}",
        // A small group at level 4: nearer to 5 than to 2.
        rows("physiotherapist", 4, "woman", 2, 3300),
        rows("nurse", 5, "woman", 20, 3200),
        rows("nurse", 5, "man", 5, 3300),
        rows("cook", 2, "woman", 10, 2500),
        rows("cook", 2, "man", 5, 2600),
        // A small group far from everybody.
        rows("architect", 9, "man", 3, 4500),
    );
    let survey = pay_survey(&read(&text).unwrap(), &survey_spec()).unwrap();
    let labels: Vec<&str> = survey.groups.iter().map(|g| g.group.as_str()).collect();
    assert_eq!(labels, ["cook", "architect + nurse + physiotherapist"]);
    assert_eq!(survey.merges.len(), 1);
    let merge = &survey.merges[0];
    assert_eq!(merge.groups, ["architect", "nurse", "physiotherapist"]);
    assert_eq!(merge.headcount, 30);
    // The merged group keeps the level of its largest part.
    assert_eq!(merge.demand, Some(5.0));
    assert!(survey
        .groups
        .iter()
        .all(|g| g.total.count.is_some_and(|n| n >= 5)));
}

#[test]
fn without_demand_levels_small_cells_are_hidden_and_cannot_be_recovered() {
    let text = format!(
        "{HEADER}{}{}{}{}",
        rows("nurse", 5, "woman", 20, 3200),
        rows("nurse", 5, "man", 2, 3600),
        rows("cook", 2, "woman", 10, 2500),
        rows("cook", 2, "man", 7, 2600),
    );
    let spec = PaySurveySpec::new("group", "gender", "pay");
    let survey = pay_survey(&read(&text).unwrap(), &spec).unwrap();
    assert!(survey.merges.is_empty());
    let nurse = survey.groups.iter().find(|g| g.group == "nurse").unwrap();
    assert_eq!(nurse.men.count, None);
    assert_eq!(nurse.men.mean, None);
    assert_eq!(
        nurse.men.count_status,
        CellStatus::Suppressed(SuppressionReason::BelowThreshold { threshold: 5 })
    );
    // The nurses' women and total are both shown, so the men's pay would
    // follow from them: one of them is hidden too, and the same in the men's
    // column, whose total is shown.
    let nurse_line_hidden = [nurse.women.pay_status, nurse.total.pay_status]
        .iter()
        .filter(|s| **s != CellStatus::Shown)
        .count();
    assert!(nurse_line_hidden >= 1);
    let cook = survey.groups.iter().find(|g| g.group == "cook").unwrap();
    assert!(cook.men.mean.is_none() || survey.men.mean.is_none());
    // Nothing hidden reaches the JSON.
    let json = serde_json::to_value(&survey).unwrap();
    let nurse_json = json["groups"]
        .as_array()
        .unwrap()
        .iter()
        .find(|g| g["group"] == "nurse")
        .unwrap();
    assert!(nurse_json["men"]["count"].is_null() && nurse_json["men"]["mean"].is_null());
    assert!(!json.to_string().contains("3600"), "a hidden pay leaked");
}

#[test]
fn a_variable_pay_dominated_by_two_people_is_hidden() {
    let mut text = String::from("category;gender;basic;bonus\n");
    for i in 0..10 {
        // Two men with large bonuses, eight with small ones.
        let bonus = if i < 2 { 20_000 } else { 100 };
        text.push_str(&format!("A;man;{};{bonus}\n", 3000 + i * 10));
        text.push_str(&format!("A;woman;{};150\n", 3000 + i * 10));
        text.push_str(&format!("B;man;{};120\n", 3100 + i * 10));
        text.push_str(&format!("B;woman;{};110\n", 3100 + i * 10));
    }
    let table = Table::from_csv(text.as_bytes(), &ReadOptions::default()).unwrap();
    let mut spec = PayTransparencySpec::new("gender", "basic");
    spec.variable = Some("bonus".into());
    spec.category = Some("category".into());
    let result = pay_transparency(&table, &spec).unwrap();
    let a = &result.categories[0];
    let variable = a.variable.as_ref().unwrap();
    assert!(matches!(
        variable.recipients.men.pay_status,
        CellStatus::Suppressed(SuppressionReason::Dominance {
            contributors: 2,
            ..
        })
    ));
    assert_eq!(variable.recipients.men.mean, None);
    assert_eq!(variable.recipients.mean_gap, None);
    // Its headcount is shown: only the pay is hidden.
    assert_eq!(variable.recipients.men.count, Some(10));
    // The men's column (A, B, all men) has another hidden sum, so A's
    // cannot be worked out from the men's total (sums follow from the
    // published means and headcounts).
    let hidden = |s: CellStatus| s != CellStatus::Shown;
    let b = result.categories[1].variable.as_ref().unwrap();
    let overall = result.overall.variable.as_ref().unwrap();
    assert!(
        hidden(b.recipients.men.pay_status) || hidden(overall.recipients.men.pay_status),
        "a complementary cell in the men's column is hidden"
    );
    // Basic pay is not dominated and is shown.
    assert!(a.basic.mean_gap.is_some());
}

#[test]
fn quartile_bands_share_ties_in_proportion_whatever_the_row_order() {
    // Eight people, four of them tied at 3000 (two women, two men).
    let people = [
        ("woman", 2000),
        ("man", 2500),
        ("woman", 3000),
        ("man", 3000),
        ("woman", 3000),
        ("man", 3000),
        ("woman", 3500),
        ("man", 4000),
    ];
    let render = |order: &[usize]| -> Table {
        let mut text = String::from("gender;pay\n");
        for &i in order {
            text.push_str(&format!("{};{}\n", people[i].0, people[i].1));
        }
        Table::from_csv(text.as_bytes(), &ReadOptions::default()).unwrap()
    };
    let mut spec = PayTransparencySpec::new("gender", "pay");
    spec.rule = jamlik_stats::SuppressionRule::new(3).unwrap();
    // 8 people < 4 × 3: bands of two would be too small to publish.
    let eight = render(&[0, 1, 2, 3, 4, 5, 6, 7]);
    assert!(pay_transparency(&eight, &spec)
        .unwrap()
        .quartiles
        .is_empty());

    // Sixteen people: the same eight twice.
    let doubled: Vec<usize> = (0..16).map(|i| i % 8).collect();
    let reversed: Vec<usize> = doubled.iter().rev().copied().collect();
    let a = pay_transparency(&render(&doubled), &spec)
        .unwrap()
        .quartiles;
    let b = pay_transparency(&render(&reversed), &spec)
        .unwrap()
        .quartiles;
    assert_eq!(a, b);
    assert_eq!(a.len(), 4);
    // Band 2 holds positions 4–7, all in the tie of eight at 3000 (four
    // women, four men): half and half.
    assert_eq!(a[1].lower, 3000.0);
    assert_eq!(a[1].upper, 3000.0);
    assert_eq!(a[1].women, 2.0);
    assert_eq!(a[1].men, 2.0);
    let women: f64 = a.iter().map(|band| band.women).sum();
    assert_eq!(women, 8.0);
}

#[test]
fn the_pay_gap_is_mens_minus_womens_over_mens() {
    let text = format!(
        "{HEADER}{}{}",
        rows("nurse", 3, "woman", 5, 3000),
        rows("nurse", 3, "man", 5, 3200),
    );
    let result = pay_transparency(
        &read(&text).unwrap(),
        &PayTransparencySpec::new("gender", "pay"),
    )
    .unwrap();
    // Women 3000..3040 (mean 3020), men 3200..3240 (mean 3220).
    let expected = (3220.0 - 3020.0) / 3220.0;
    assert!((result.overall.basic.mean_gap.unwrap() - expected).abs() < 1e-12);
    assert_eq!(result.overall.raw_gap_flag, Some(true));
    assert!(result.categories.is_empty());
    assert!(result.overall.variable.is_none());
}

#[test]
fn a_women_dominated_group_is_compared_with_better_paid_groups_of_lower_demand() {
    let text = format!(
        "{HEADER}{}{}{}{}",
        rows("nurse", 5, "woman", 9, 3000),
        rows("nurse", 5, "man", 1, 3000),
        rows("engineer", 4, "man", 8, 3500),
        rows("engineer", 4, "woman", 2, 3500),
    );
    let survey = pay_survey(&read(&text).unwrap(), &survey_spec()).unwrap();
    let nurse = survey.groups.iter().find(|g| g.group == "nurse").unwrap();
    assert_eq!(nurse.composition, Composition::WomenDominated);
    assert_eq!(survey.comparisons.len(), 1);
    let comparison = &survey.comparisons[0];
    assert_eq!(comparison.kind, ComparisonKind::LowerDemandHigherPay);
    assert_eq!(comparison.compared, "engineer");
    assert_eq!(comparison.compared_composition, Composition::MenDominated);
    assert!(comparison.mean_percent.unwrap() < 100.0);
}
