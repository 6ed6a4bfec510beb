//! The pay survey and the pay transparency indicators against figures
//! computed independently with pandas and numpy from the same fixture
//! (`tests/reference/pay_references.py` wrote `pay_expected.json` from
//! `tests/data/pay.csv`, made by `make_pay_fixture.py`). Agreement is
//! required to 1e-6 relative (1e-9 absolute near zero).

// Tests fail by panicking; the no-panic rule is for library code.
#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used)]

use jamlik_stats::{
    pay_survey, pay_transparency, CategoryPay, CellStatus, PaySurveySpec, PayTransparencySpec,
    ReadOptions, Table,
};
use serde_json::Value;

const PAY: &[u8] = include_bytes!("data/pay.csv");
const EXPECTED: &str = include_str!("reference/pay_expected.json");

fn expected() -> Value {
    serde_json::from_str(EXPECTED).unwrap()
}

fn table() -> Table {
    Table::from_csv(PAY, &ReadOptions::default()).unwrap()
}

#[track_caller]
fn close(actual: Option<f64>, expected: &Value, what: &str) {
    let expected = expected
        .as_f64()
        .unwrap_or_else(|| panic!("{what}: no reference"));
    let actual = actual.unwrap_or_else(|| panic!("{what}: no value (suppressed?)"));
    let difference = (actual - expected).abs();
    assert!(
        difference <= 1e-6 * expected.abs() || difference <= 1e-9,
        "{what}: {actual} differs from the reference {expected}"
    );
}

#[test]
fn pay_survey_matches_pandas_group_by_group() {
    let mut spec = PaySurveySpec::new("job_group", "gender", "basic_pay");
    spec.demand = Some("demand".into());
    let survey = pay_survey(&table(), &spec).unwrap();
    let expected = expected();
    let groups = expected["survey"]["groups"].as_array().unwrap();
    assert_eq!(survey.groups.len(), groups.len());
    assert!(survey.merges.is_empty(), "no group is small");
    for e in groups {
        let name = e["group"].as_str().unwrap();
        let g = survey.groups.iter().find(|g| g.group == name).unwrap();
        assert_eq!(g.women.count, e["women"].as_u64(), "{name} women");
        assert_eq!(g.men.count, e["men"].as_u64(), "{name} men");
        assert_eq!(
            serde_json::to_value(g.composition).unwrap(),
            e["composition"],
            "{name}"
        );
        close(g.demand, &e["demand"], &format!("{name} demand"));
        close(
            g.women.mean,
            &e["women_mean"],
            &format!("{name} women mean"),
        );
        close(
            g.women.median,
            &e["women_median"],
            &format!("{name} women median"),
        );
        close(g.men.mean, &e["men_mean"], &format!("{name} men mean"));
        close(
            g.men.median,
            &e["men_median"],
            &format!("{name} men median"),
        );
        close(g.total.mean, &e["mean"], &format!("{name} mean"));
        close(g.total.min, &e["min"], &format!("{name} min"));
        close(g.total.max, &e["max"], &format!("{name} max"));
        close(
            g.women_mean_percent_of_men,
            &e["women_mean_percent_of_men"],
            &format!("{name} mean %"),
        );
        close(
            g.women_median_percent_of_men,
            &e["women_median_percent_of_men"],
            &format!("{name} median %"),
        );
    }
    let comparisons = expected["survey"]["comparisons"].as_array().unwrap();
    assert_eq!(survey.comparisons.len(), comparisons.len());
    for e in comparisons {
        let found = survey
            .comparisons
            .iter()
            .find(|c| {
                c.women_dominated == e["women_dominated"].as_str().unwrap()
                    && c.compared == e["compared"].as_str().unwrap()
            })
            .unwrap_or_else(|| panic!("comparison {e}"));
        assert_eq!(serde_json::to_value(found.kind).unwrap(), e["kind"]);
        close(found.mean_percent, &e["mean_percent"], "comparison %");
    }
}

#[track_caller]
fn check_indicators(actual: &CategoryPay, e: &Value, what: &str) {
    close(
        actual.basic.mean_gap,
        &e["basic_mean_gap"],
        &format!("{what} basic mean gap"),
    );
    close(
        actual.basic.median_gap,
        &e["basic_median_gap"],
        &format!("{what} basic median gap"),
    );
    let variable = actual.variable.as_ref().unwrap();
    close(
        variable.recipients.mean_gap,
        &e["variable_mean_gap"],
        &format!("{what} variable mean gap"),
    );
    close(
        variable.recipients.median_gap,
        &e["variable_median_gap"],
        &format!("{what} variable median gap"),
    );
    close(
        variable.women_receiving,
        &e["women_receiving"],
        &format!("{what} women receiving"),
    );
    close(
        variable.men_receiving,
        &e["men_receiving"],
        &format!("{what} men receiving"),
    );
    close(
        actual.total.mean_gap,
        &e["total_mean_gap"],
        &format!("{what} total mean gap"),
    );
    close(
        actual.total.median_gap,
        &e["total_median_gap"],
        &format!("{what} total median gap"),
    );
    let unexplained = actual.unexplained.as_ref().unwrap();
    assert_eq!(unexplained.error, None, "{what}");
    close(
        unexplained.gap,
        &e["unexplained"]["gap"],
        &format!("{what} unexplained"),
    );
    close(
        unexplained.explained,
        &e["unexplained"]["explained"],
        &format!("{what} explained"),
    );
    // The flags follow from the figures: 5 % in either direction.
    let raw = [actual.basic.mean_gap, actual.total.mean_gap]
        .iter()
        .any(|g| g.unwrap().abs() >= 0.05);
    assert_eq!(actual.raw_gap_flag, Some(raw), "{what}");
    let unexplained_flag = unexplained.gap.unwrap().abs() >= 0.05;
    assert_eq!(
        actual.unexplained_gap_flag,
        Some(unexplained_flag),
        "{what}"
    );
    assert_eq!(actual.flagged, Some(raw && unexplained_flag), "{what}");
}

#[test]
fn pay_transparency_matches_pandas_overall_per_category_and_by_quartile() {
    let mut spec = PayTransparencySpec::new("gender", "basic_pay");
    spec.variable = Some("variable_pay".into());
    spec.category = Some("job_group".into());
    spec.controls = vec!["experience".into(), "part_time".into()];
    let result = pay_transparency(&table(), &spec).unwrap();
    let expected = expected();
    let e = &expected["transparency"];
    check_indicators(&result.overall, &e["overall"], "overall");
    let categories = e["categories"].as_object().unwrap();
    assert_eq!(result.categories.len(), categories.len());
    for category in &result.categories {
        let name = category.category.as_deref().unwrap();
        check_indicators(category, &categories[name], name);
        // Every cell of the fixture is large enough to be shown.
        assert_eq!(category.basic.women.pay_status, CellStatus::Shown);
    }
    assert!(
        result.categories.iter().any(|c| c.flagged == Some(true)),
        "the fixture has a category that calls for an assessment"
    );
    let quartiles = e["quartiles"].as_array().unwrap();
    assert_eq!(result.quartiles.len(), 4);
    for (band, e) in result.quartiles.iter().zip(quartiles) {
        assert_eq!(u64::from(band.band), e["band"].as_u64().unwrap());
        assert_eq!(band.people, e["people"].as_u64().unwrap());
        close(Some(band.lower), &e["lower"], "band lower");
        close(Some(band.upper), &e["upper"], "band upper");
        close(Some(band.women_share), &e["women_share"], "band women");
        close(Some(band.men_share), &e["men_share"], "band men");
    }
}
