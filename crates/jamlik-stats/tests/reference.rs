//! The analyses against reference results computed with pandas, scipy and
//! statsmodels on the fixtures in `tests/data/`.
//!
//! The expected numbers are in `tests/reference/values.rs`, written by
//! `tests/reference/references.py` (each block there says which call produced
//! it). The fixtures are embedded with `include_bytes!`, so the tests read no
//! files. Agreement is required to 1e-6 relative (1e-9 absolute near zero).

// Tests fail by panicking; the no-panic rule is for library code.
#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used)]

#[rustfmt::skip]
#[path = "reference/values.rs"]
mod values;

use jamlik_stats::{
    categorical_outcome, chi_square, oaxaca, regress, representation, representation_in, resources,
    wilson_interval, AgeBand, ContingencyTable, Flag, GroupCounts, ModelSpec, OaxacaSpec,
    PopulationTable, ReadOptions, Reference, Sex, Table,
};
use values::*;

const WAGES: &[u8] = include_bytes!("data/wages.csv");
const SERVICES: &[u8] = include_bytes!("data/services.csv");
const PX: &[u8] = include_bytes!("data/statfin_11re_population_by_municipality_sex_age_2019.csv");

fn close(actual: f64, expected: f64) -> bool {
    let difference = (actual - expected).abs();
    difference <= 1e-6 * expected.abs() || difference <= 1e-9
}

#[track_caller]
fn assert_close(actual: f64, expected: f64, what: &str) {
    assert!(
        close(actual, expected),
        "{what}: {actual} differs from the reference {expected}"
    );
}

#[track_caller]
fn assert_all_close(actual: &[f64], expected: &[f64], what: &str) {
    assert_eq!(actual.len(), expected.len(), "{what}: lengths");
    for (i, (&a, &e)) in actual.iter().zip(expected).enumerate() {
        assert_close(a, e, &format!("{what}[{i}]"));
    }
}

fn wages() -> Table {
    Table::from_csv(WAGES, &ReadOptions::default()).expect("wages.csv reads")
}

fn services() -> Table {
    Table::from_csv(SERVICES, &ReadOptions::default()).expect("services.csv reads")
}

fn controls() -> Vec<String> {
    ["erfarenhet", "utbildning", "yrkesgrupp", "deltid"]
        .map(String::from)
        .to_vec()
}

#[test]
fn ols_matches_statsmodels_classic_and_hc1() {
    let spec = ModelSpec {
        outcome: "lön".into(),
        controls: ["kön", "erfarenhet", "utbildning", "yrkesgrupp", "deltid"]
            .map(String::from)
            .to_vec(),
    };
    let fit = regress(&wages(), &spec).expect("the model fits");
    let names: Vec<&str> = fit.coefficients.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "Intercept",
            "kön[T.man]",
            "erfarenhet",
            "utbildning",
            "yrkesgrupp[T.Lärare, grundskola]",
            "yrkesgrupp[T.Sjuksköterska]",
            "yrkesgrupp[T.Undersköterska]",
            "deltid"
        ]
    );
    let column = |f: fn(&jamlik_stats::Coefficient) -> f64| -> Vec<f64> {
        fit.coefficients.iter().map(f).collect()
    };
    assert_all_close(&column(|c| c.estimate), &OLS_PARAMS, "estimate");
    assert_all_close(&column(|c| c.classic.std_error), &OLS_BSE, "classic se");
    assert_all_close(&column(|c| c.classic.t), &OLS_T, "classic t");
    assert_all_close(&column(|c| c.classic.p_value), &OLS_P, "classic p");
    assert_all_close(&column(|c| c.hc1.std_error), &OLS_HC1_BSE, "hc1 se");
    assert_all_close(&column(|c| c.hc1.t), &OLS_HC1_T, "hc1 t");
    assert_all_close(&column(|c| c.hc1.p_value), &OLS_HC1_P, "hc1 p");
    assert_close(fit.r_squared, OLS_R2, "R²");
    assert_close(fit.adj_r_squared, OLS_R2_ADJ, "adjusted R²");
    assert_eq!(fit.n as u64, OLS_N);
    assert_eq!(fit.df_resid, 150 - 8);
    assert_eq!((fit.excluded_rows, fit.missing_rows), (0, 0));
}

#[test]
fn oaxaca_matches_statsmodels_three_fold_and_two_fold() {
    let spec = OaxacaSpec {
        outcome: "lön".into(),
        group: "kön".into(),
        first: "man".into(),
        controls: controls(),
    };
    let result = oaxaca(&wages(), &spec).expect("the decomposition runs");
    assert_eq!(result.first.label, "man");
    assert_eq!(result.second.label, "kvinna");
    assert_eq!((result.first.n, result.second.n), (82, 68));
    assert_close(result.gap, OAXACA_THREE_FOLD[3], "gap");

    let three = &result.three_fold;
    assert_close(three.endowments, OAXACA_THREE_FOLD[0], "endowments");
    assert_close(three.coefficients, OAXACA_THREE_FOLD[1], "coefficients");
    assert_close(three.interaction, OAXACA_THREE_FOLD[2], "interaction");
    let terms = |f: fn(&jamlik_stats::ThreeFoldTerm) -> f64| -> Vec<f64> {
        three.terms.iter().map(f).collect()
    };
    assert_all_close(
        &terms(|t| t.endowments),
        &OAXACA_ENDOWMENTS_TERMS,
        "endowments terms",
    );
    assert_all_close(
        &terms(|t| t.coefficients),
        &OAXACA_COEFFICIENTS_TERMS,
        "coefficients terms",
    );
    assert_all_close(
        &terms(|t| t.interaction),
        &OAXACA_INTERACTION_TERMS,
        "interaction terms",
    );
    assert_all_close(
        &result.first.coefficients,
        &OAXACA_MEN_COEFFICIENTS,
        "men's β",
    );
    assert_all_close(
        &result.second.coefficients,
        &OAXACA_WOMEN_COEFFICIENTS,
        "women's β",
    );

    let expected = [
        (
            Reference::Pooled,
            OAXACA_TWO_FOLD_POOLED,
            OAXACA_TWO_FOLD_POOLED_EXPLAINED_TERMS,
            OAXACA_TWO_FOLD_POOLED_UNEXPLAINED_TERMS,
        ),
        (
            Reference::Neumark,
            OAXACA_TWO_FOLD_NEUMARK,
            OAXACA_TWO_FOLD_NEUMARK_EXPLAINED_TERMS,
            OAXACA_TWO_FOLD_NEUMARK_UNEXPLAINED_TERMS,
        ),
        (
            Reference::Reimers,
            OAXACA_TWO_FOLD_REIMERS,
            OAXACA_TWO_FOLD_REIMERS_EXPLAINED_TERMS,
            OAXACA_TWO_FOLD_REIMERS_UNEXPLAINED_TERMS,
        ),
        (
            Reference::Cotton,
            OAXACA_TWO_FOLD_COTTON,
            OAXACA_TWO_FOLD_COTTON_EXPLAINED_TERMS,
            OAXACA_TWO_FOLD_COTTON_UNEXPLAINED_TERMS,
        ),
    ];
    assert_eq!(result.two_fold.len(), 4);
    for (two, (reference, totals, explained, unexplained)) in result.two_fold.iter().zip(expected) {
        let what = format!("{reference:?}");
        assert_eq!(two.reference, reference);
        assert_close(two.unexplained, totals[0], &format!("{what} unexplained"));
        assert_close(two.explained, totals[1], &format!("{what} explained"));
        let e: Vec<f64> = two.terms.iter().map(|t| t.explained).collect();
        let u: Vec<f64> = two.terms.iter().map(|t| t.unexplained).collect();
        assert_all_close(&e, &explained, &format!("{what} explained terms"));
        assert_all_close(&u, &unexplained, &format!("{what} unexplained terms"));
    }
    // With the pooled reference the unexplained part equals the indicator's
    // coefficient in the pooled regression (the OLS fit above).
    assert_close(
        result.pooled_group_coefficient,
        OLS_PARAMS[1],
        "pooled indicator",
    );
}

#[test]
fn oaxaca_custom_weight_reproduces_reimers_and_the_groups() {
    let spec = OaxacaSpec {
        outcome: "lön".into(),
        group: "kön".into(),
        first: "man".into(),
        controls: controls(),
    };
    let result = oaxaca(&wages(), &spec).expect("runs");
    let half = result
        .two_fold_with(Reference::Weight(0.5))
        .expect("valid weight");
    assert_close(half.unexplained, OAXACA_TWO_FOLD_REIMERS[0], "w = 0.5");
    // w = 0: women's coefficients as reference: explained = endowments,
    // unexplained = coefficients + interaction.
    let zero = result
        .two_fold_with(Reference::Weight(0.0))
        .expect("valid weight");
    assert_close(zero.explained, OAXACA_THREE_FOLD[0], "w = 0 explained");
    assert_close(
        zero.unexplained,
        OAXACA_THREE_FOLD[1] + OAXACA_THREE_FOLD[2],
        "w = 0 unexplained",
    );
    let error = result
        .two_fold_with(Reference::Weight(1.5))
        .expect_err("out of range");
    assert_eq!(error.code(), "analysis.invalid_parameter");
}

#[test]
fn oaxaca_with_the_groups_swapped_changes_only_signs_and_viewpoint() {
    let spec = OaxacaSpec {
        outcome: "lön".into(),
        group: "kön".into(),
        first: "kvinna".into(),
        controls: controls(),
    };
    let result = oaxaca(&wages(), &spec).expect("runs");
    assert_close(result.gap, -OAXACA_THREE_FOLD[3], "gap");
    // Pooled β* does not depend on which group is first.
    assert_close(
        result.two_fold[0].unexplained,
        -OAXACA_TWO_FOLD_POOLED[0],
        "pooled",
    );
    assert_close(
        result.two_fold[0].explained,
        -OAXACA_TWO_FOLD_POOLED[1],
        "pooled",
    );
}

#[test]
fn wilson_intervals_match_statsmodels() {
    for (count, n, confidence, low, high) in WILSON {
        let interval = wilson_interval(count, n, confidence).expect("valid");
        let what = format!("{count}/{n} at {confidence}");
        assert_close(interval.low, low, &what);
        assert_close(interval.high, high, &what);
    }
}

#[test]
fn chi_square_matches_scipy() {
    let cases = [
        (
            &CHI2_GENDER_COUNTS[..],
            2usize,
            CHI2_GENDER_STATISTIC,
            CHI2_GENDER_P,
            CHI2_GENDER_DF,
            &CHI2_GENDER_EXPECTED[..],
            CHI2_GENDER_CRAMERS_V,
        ),
        (
            &CHI2_AGE_COUNTS[..],
            3,
            CHI2_AGE_STATISTIC,
            CHI2_AGE_P,
            CHI2_AGE_DF,
            &CHI2_AGE_EXPECTED[..],
            CHI2_AGE_CRAMERS_V,
        ),
    ];
    for (counts, rows, statistic, p, df, expected, v) in cases {
        let columns = counts.len() / rows;
        let table = ContingencyTable::new(
            (0..rows).map(|i| format!("r{i}")).collect(),
            (0..columns).map(|j| format!("c{j}")).collect(),
            counts
                .chunks(columns)
                .map(|r| r.iter().map(|&x| x as u64).collect())
                .collect(),
        )
        .expect("rectangular");
        let test = chi_square(&table).expect("testable");
        assert_close(test.statistic, statistic, "statistic");
        assert_close(test.p_value, p, "p-value");
        assert_eq!(test.df as u64, df);
        assert_close(test.cramers_v, v, "Cramér's V");
        let flat: Vec<f64> = test.expected.iter().flatten().copied().collect();
        assert_all_close(&flat, expected, "expected");
    }
}

#[test]
fn categorical_outcome_from_the_table_matches_scipy() {
    let result = categorical_outcome(&services(), "gender", "decision").expect("runs");
    assert_eq!(result.crosstab.row_labels(), ["man", "woman"]);
    assert_eq!(
        result.crosstab.column_labels(),
        ["granted", "partly", "refused"]
    );
    let flat: Vec<f64> = result
        .crosstab
        .counts()
        .iter()
        .flatten()
        .map(|&n| n as f64)
        .collect();
    assert_all_close(&flat, &CHI2_GENDER_COUNTS, "crosstab");
    assert_close(result.test.statistic, CHI2_GENDER_STATISTIC, "statistic");
    assert_close(result.test.p_value, CHI2_GENDER_P, "p-value");
    for shares in &result.row_shares {
        assert_close(shares.iter().sum(), 1.0, "row shares add up");
    }
}

#[test]
fn resources_match_pandas() {
    let result = resources(&services(), "gender", "hours_per_month", None).expect("runs");
    let labels: Vec<&str> = result.groups.iter().map(|g| g.group.as_str()).collect();
    assert_eq!(labels, ["man", "woman"]);
    let column = |f: fn(&jamlik_stats::GroupResources) -> f64| -> Vec<f64> {
        result.groups.iter().map(f).collect()
    };
    assert_all_close(&column(|g| g.count as f64), &RES_COUNT, "count");
    assert_all_close(&column(|g| g.sum), &RES_SUM, "sum");
    assert_all_close(&column(|g| g.mean), &RES_MEAN, "mean");
    assert_all_close(&column(|g| g.median), &RES_MEDIAN, "median");
    assert_all_close(
        &column(|g| g.share_of_people),
        &RES_SHARE_PEOPLE,
        "share of people",
    );
    assert_all_close(
        &column(|g| g.share_of_resources),
        &RES_SHARE_RESOURCES,
        "share of resources",
    );
    for (i, g) in result.groups.iter().enumerate() {
        assert_close(
            g.ratio,
            RES_SHARE_RESOURCES[i] / RES_SHARE_PEOPLE[i],
            "ratio",
        );
        assert_eq!(g.per_capita, None);
    }
    assert_close(result.median, RES_OVERALL_MEDIAN, "overall median");
    assert_eq!(result.count, 120);
}

#[test]
fn resources_per_capita_against_a_population() {
    let population = GroupCounts::new([("man", 1000), ("woman", 3000)]);
    let result =
        resources(&services(), "gender", "hours_per_month", Some(&population)).expect("runs");
    let man = &result.groups[0];
    assert_eq!(man.population, Some(1000));
    assert_close(
        man.per_capita.expect("given"),
        RES_SUM[0] / 1000.0,
        "per capita",
    );
    assert_close(
        man.share_of_population.expect("given"),
        0.25,
        "share of population",
    );
    assert_close(
        man.ratio_to_population.expect("given"),
        RES_SHARE_RESOURCES[0] / 0.25,
        "ratio to population",
    );
}

#[test]
fn px_web_population_reads_into_a_long_table() {
    let population = PopulationTable::from_px_csv(PX).expect("the PX-Web export reads");
    assert_eq!(
        population.title.as_deref(),
        Some("11re -- Väestö iän (1-v.) ja sukupuolen mukaan alueittain, 1972-2019")
    );
    assert_eq!(population.rows.len() as u64, PX_LINES * 3);
    assert_eq!(population.unavailable, 0);
    let areas = population.areas();
    assert_eq!(areas.len() as u64, PX_AREAS);
    assert!(areas.contains(&"Närpiö") && areas.contains(&"Ähtäri"));
    let country = population
        .rows
        .iter()
        .find(|r| r.area == "KOKO MAA" && r.age == jamlik_stats::Age::Total && r.sex == Sex::Total)
        .expect("a country total");
    assert_eq!(country.count, PX_COUNTRY_TOTAL);
    // The one-year classes add up to the file's own totals.
    let all_ages = AgeBand::new("all", 0, None);
    let by_sex = population
        .by_sex("KOKO MAA", &all_ages)
        .expect("the country");
    assert_eq!(by_sex.get("female"), PX_COUNTRY_FEMALE);
    assert_eq!(by_sex.total(), PX_COUNTRY_TOTAL);
    let error = population
        .by_sex("Atlantis", &all_ages)
        .expect_err("no such area");
    assert_eq!(error.code(), "analysis.empty_group");
}

#[test]
fn representation_against_the_population_baseline() {
    let population = PopulationTable::from_px_csv(PX).expect("reads");
    let baseline = population
        .by_sex("Närpiö", &AgeBand::new("20-64", 20, Some(64)))
        .expect("Närpiö is in the table")
        .renamed(&[("female", "kvinna"), ("male", "man")]);
    assert_eq!(baseline.get("kvinna"), REP_BASELINE_FEMALE);
    assert_eq!(baseline.get("man"), REP_BASELINE_MALE);
    let result = representation_in(&wages(), "kön", &baseline, 0.95).expect("runs");
    assert_eq!(result.total, REP_FEMALE_COUNT + REP_MALE_COUNT);
    let women = &result.groups[0];
    assert_eq!(
        (women.group.as_str(), women.count),
        ("kvinna", REP_FEMALE_COUNT)
    );
    assert_close(women.interval.low, REP_FEMALE_INTERVAL[0], "women low");
    assert_close(women.interval.high, REP_FEMALE_INTERVAL[1], "women high");
    let baseline_share =
        REP_BASELINE_FEMALE as f64 / (REP_BASELINE_FEMALE + REP_BASELINE_MALE) as f64;
    let share = REP_FEMALE_COUNT as f64 / 150.0;
    assert_close(women.baseline_share, baseline_share, "baseline share");
    assert_close(
        women.ratio.expect("baseline share > 0"),
        share / baseline_share,
        "ratio",
    );
    assert_close(women.difference, share - baseline_share, "difference");
    // The baseline share (0.472) lies inside the interval: not flagged.
    assert_eq!(women.flag, Flag::None);
    let men = &result.groups[1];
    assert_close(men.interval.low, REP_MALE_INTERVAL[0], "men low");
    assert_close(men.interval.high, REP_MALE_INTERVAL[1], "men high");
    assert_eq!(men.flag, Flag::None);
}

#[test]
fn representation_by_age_band_is_flagged_where_the_interval_excludes_the_baseline() {
    let population = PopulationTable::from_px_csv(PX).expect("reads");
    let bands = [
        AgeBand::new("20-34", 20, Some(34)),
        AgeBand::new("35-49", 35, Some(49)),
        AgeBand::new("50-64", 50, Some(64)),
    ];
    let baseline = population
        .by_age("Närpiö", Sex::Total, &bands)
        .expect("reads");
    let counts: Vec<f64> = bands
        .iter()
        .map(|b| baseline.get(&b.label) as f64)
        .collect();
    assert_all_close(&counts, &REP_AGE_BASELINE, "baseline by age");
    let data = GroupCounts::new(
        bands
            .iter()
            .zip(REP_AGE_DATA)
            .map(|(b, n)| (b.label.clone(), n as u64)),
    );
    let result = representation(&data, &baseline, 0.95).expect("runs");
    let total: f64 = REP_AGE_BASELINE.iter().sum();
    for (group, (&k, &b)) in result
        .groups
        .iter()
        .zip(REP_AGE_DATA.iter().zip(&REP_AGE_BASELINE))
    {
        let expected = wilson_interval(k as u64, 150, 0.95).expect("valid");
        assert_eq!(group.interval, expected);
        let baseline_share = b / total;
        let expected_flag = if baseline_share < expected.low {
            Flag::Over
        } else if baseline_share > expected.high {
            Flag::Under
        } else {
            Flag::None
        };
        assert_eq!(group.flag, expected_flag, "{}", group.group);
    }
    // 60 of 150 staff are 35-49 (40 %) where 33 % of the population is:
    // the interval (32.5 %, 48.1 %) still contains it.
    assert_eq!(result.groups[1].flag, Flag::None);
}

#[test]
fn a_clearly_skewed_group_is_flagged() {
    let data = GroupCounts::new([("kvinna", 412), ("man", 148)]);
    let baseline = GroupCounts::new([("kvinna", 2296), ("man", 2565)]);
    let result = representation(&data, &baseline, 0.95).expect("runs");
    assert_eq!(result.groups[0].flag, Flag::Over);
    assert_eq!(result.groups[1].flag, Flag::Under);
}
