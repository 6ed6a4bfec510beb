//! The analyses' own tests: from a file to what a page shows.

use jamlik_domain::ErrorCode;
use jamlik_i18n::Translator;
use jamlik_stats::AnalysisError;

use super::*;

use jamlik_domain::Language;

fn spec(kind: Kind) -> Spec {
    Spec {
        kind,
        group: "gender".into(),
        outcome: "hours".into(),
        weight: None,
        controls: Vec::new(),
        job_group: None,
        demand: None,
        variable: None,
        category: None,
        baseline: None,
        exclude_bad_rows: false,
        threshold: 3,
    }
}

#[test]
fn labels_from_the_file_cannot_break_out_of_the_chart() {
    let csv = "gender,hours\n<script>alert(1)</script>,4\n<script>alert(1)</script>,5\n<script>alert(1)</script>,6\n\"a&b\",1\n\"a&b\",2\n\"a&b\",3\n";
    let result = analyse(csv.as_bytes(), &spec(Kind::Resources)).unwrap_or_else(|e| panic!("{e}"));
    let t = Translator::new(Language::English, jamlik_i18n::DisplayZone::Helsinki);
    let svg = chart(&t, &result).map(|c| c.svg("c")).unwrap_or_default();
    assert!(!svg.contains("<script>"), "{svg}");
    assert!(svg.contains("&lt;script&gt;"));
    assert!(svg.contains("a&amp;b"));
    assert!(svg.starts_with("<svg") && svg.ends_with("</svg>"));
}

#[test]
fn a_gap_reads_the_same_from_a_csv_scan_and_a_workbook() {
    let header = ["gender", "hours", "age", "tenure"];
    let mut rows = Vec::new();
    for i in 0..60u32 {
        let gender = ["woman", "man"][(i % 2) as usize];
        let hours = format!("{}.{}", 20 + (i * 7) % 13 + i % 2 * 3, i % 10);
        let age = format!("{}", 20 + (i * 11) % 45);
        let tenure = format!("{},{}", (i * 5) % 17, i % 4);
        rows.push(vec![gender.to_owned(), hours, age, tenure]);
    }
    // A bad row (text in the outcome), left out and counted.
    rows.push(vec![
        "man".into(),
        "many".into(),
        "30".into(),
        "east".into(),
    ]);
    let csv: String = std::iter::once(header.join(";"))
        .chain(rows.iter().map(|r| r.join(";")))
        .map(|line| line + "\n")
        .collect();
    let cells: Vec<Vec<crate::kit::sheets::OutCell>> = rows
        .iter()
        .map(|r| {
            r.iter()
                .cloned()
                .map(crate::kit::sheets::OutCell::Text)
                .collect()
        })
        .collect();
    let xlsx = crate::kit::sheets::workbook("data", &header, &cells).unwrap_or_default();
    let mut gap = spec(Kind::Gap);
    gap.controls = vec!["age".into(), "tenure".into()];
    gap.exclude_bad_rows = true;
    let scanned = analyse(csv.as_bytes(), &gap).unwrap_or_else(|e| panic!("{e}"));
    let read = analyse(&xlsx, &gap).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(scanned.excluded_rows, 1);
    assert_eq!(scanned.rows, 60);
    assert!(scanned.gap.as_ref().is_some_and(|g| g.gap.is_some()));
    assert_eq!(
        serde_json::to_string(&scanned).unwrap_or_default(),
        serde_json::to_string(&read).unwrap_or_default()
    );
    // A constant outcome says nothing, whichever way it is read.
    let constant = "gender,hours,age\nwoman,5,1\nman,5,2\nwoman,5,3\nman,5,4\n";
    let mut plain = spec(Kind::Gap);
    plain.controls = vec!["age".into()];
    assert_eq!(
        analyse(constant.as_bytes(), &plain).map(|_| ()),
        Err(RunError::Analysis(AnalysisError::NoVariation {
            what: "hours".into()
        }))
    );
}

#[test]
fn a_mapping_needs_its_roles_once_each() {
    let mut pay = spec(Kind::PaySurvey);
    assert_eq!(pay.check(), Err(ErrorCode::InvalidMapping), "no job group");
    pay.job_group = Some("job".into());
    assert_eq!(pay.check(), Ok(()));
    let mut twice = spec(Kind::Gap);
    twice.controls = vec!["hours".into()];
    assert_eq!(twice.check(), Err(ErrorCode::InvalidMapping));
    let mut low = spec(Kind::Resources);
    low.threshold = 2;
    assert_eq!(low.check(), Err(ErrorCode::InvalidMapping));
}

#[test]
fn stored_errors_read_with_their_details_in_each_language() {
    let error = AnalysisError::RaggedRow {
        row: 1204,
        expected: 4,
        found: 5,
    };
    let json = error_json(&error);
    let swedish = Translator::new(Language::Swedish, jamlik_i18n::DisplayZone::Helsinki);
    assert_eq!(
        describe_error(&swedish, &json),
        "Rad 1\u{a0}204 har 5 fält där rubrikraden har 4."
    );
    let finnish = Translator::new(Language::Finnish, jamlik_i18n::DisplayZone::Helsinki);
    assert!(describe_error(&finnish, &json).starts_with("Rivillä 1\u{a0}204 on 5 kenttää"));
    let singular = error_json(&AnalysisError::SingularDesign {
        column: "region".into(),
        group: Some("mies".into()),
    });
    let english = Translator::new(Language::English, jamlik_i18n::DisplayZone::Helsinki);
    assert!(describe_error(&english, &singular).ends_with("(group mies)"));
}
