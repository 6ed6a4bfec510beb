//! Reading XLSX workbooks: the same table and the same bad-row reports as
//! the same data in CSV, the sheet chosen by name, and the errors of reading.
//! The workbooks are written by `tests/reference/make_xlsx_fixtures.py`.

// Tests fail by panicking; the no-panic rule is for library code.
#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used)]

use jamlik_stats::{
    looks_like_xlsx, AnalysisError, BadRows, IssueReason, NumericColumns, ReadOptions, Table,
};

const STAFF_XLSX: &[u8] = include_bytes!("data/staff.xlsx");
const STAFF_CSV: &[u8] = include_bytes!("data/staff.csv");

fn pay_is_numeric(bad_rows: BadRows) -> ReadOptions {
    ReadOptions {
        numeric: NumericColumns::Named(vec!["palkka".into()]),
        bad_rows,
        ..ReadOptions::default()
    }
}

fn same_table(a: &Table, b: &Table) {
    assert_eq!(a.column_summaries(), b.column_summaries());
    for (x, y) in a.columns().iter().zip(b.columns()) {
        // Numbers are compared as numbers (the CSV writes decimal commas);
        // text as text.
        if x.numbers().is_some() {
            assert_eq!(x.numbers(), y.numbers(), "column {}", x.name());
        } else {
            assert_eq!(x.text(), y.text(), "column {}", x.name());
        }
    }
    assert_eq!(a.row_numbers(), b.row_numbers());
    assert_eq!(a.issues(), b.issues());
    assert_eq!(a.excluded_rows(), b.excluded_rows());
}

#[test]
fn a_workbook_reads_as_the_same_table_as_the_same_data_in_csv() {
    let options = pay_is_numeric(BadRows::Exclude);
    let from_xlsx = Table::from_xlsx(STAFF_XLSX, None, &options).unwrap();
    let from_csv = Table::from_csv(STAFF_CSV, &options).unwrap();
    same_table(&from_xlsx, &from_csv);
    // Numbers, a decimal comma typed as text, an empty cell.
    let pay = from_xlsx.numbers("palkka").unwrap();
    assert_eq!(
        pay,
        &[
            Some(3150.5),
            Some(3400.0),
            Some(3275.25),
            None,
            Some(4012.75)
        ]
    );
    // Dates as ISO text; a time where there is one.
    let start = from_xlsx.column("aloitus").unwrap().text();
    assert_eq!(start[0], "2019-03-01");
    assert_eq!(start[4], "2016-05-02T08:30:00");
    assert!(from_xlsx.encoding().is_none() && from_xlsx.delimiter().is_none());
}

#[test]
fn bad_cells_are_reported_with_row_column_value_and_reason() {
    let table = Table::from_xlsx(STAFF_XLSX, None, &pay_is_numeric(BadRows::Exclude)).unwrap();
    let issues: Vec<(u64, Option<&str>, Option<&str>, &IssueReason)> = table
        .issues()
        .iter()
        .map(|i| (i.row, i.column.as_deref(), i.value.as_deref(), &i.reason))
        .collect();
    assert_eq!(
        issues,
        [
            (5, Some("palkka"), Some("puuttuu"), &IssueReason::NonNumeric),
            (7, Some("palkka"), Some("#DIV/0!"), &IssueReason::NonNumeric),
        ]
    );
    assert_eq!(table.excluded_rows(), 2);

    let error = Table::from_xlsx(STAFF_XLSX, None, &pay_is_numeric(BadRows::Stop)).unwrap_err();
    assert_eq!(
        error,
        AnalysisError::NonNumeric {
            row: 5,
            column: "palkka".into(),
            value: "puuttuu".into()
        }
    );
}

#[test]
fn a_sheet_is_chosen_by_name_and_its_rows_keep_their_worksheet_numbers() {
    let options = pay_is_numeric(BadRows::Exclude);
    let titled = Table::from_xlsx(STAFF_XLSX, Some("Titled"), &options).unwrap();
    assert_eq!(titled.column("nimi").unwrap().text()[0], "Aino");
    // The title is on row 1, the header on row 3, Aino on row 4.
    assert_eq!(titled.row_numbers()[0], 4);
    assert_eq!(titled.issues()[0].row, 7);
    assert_eq!(titled.preamble(), ["Henkilöstön palkat 2024"]);

    let error = Table::from_xlsx(STAFF_XLSX, Some("Sheet9"), &options).unwrap_err();
    assert_eq!(error.code(), "analysis.unknown_sheet");
    assert!(error.to_string().contains("Palkat, Titled"), "{error}");
}

#[test]
fn the_reader_is_chosen_by_content_not_by_name() {
    assert!(looks_like_xlsx(STAFF_XLSX));
    assert!(!looks_like_xlsx(STAFF_CSV));
    assert!(!looks_like_xlsx(b""));
}

#[test]
fn a_truncated_or_foreign_zip_is_malformed_not_a_panic() {
    let options = ReadOptions::default();
    for cut in [4, 100, STAFF_XLSX.len() / 2, STAFF_XLSX.len() - 1] {
        let error = Table::from_xlsx(&STAFF_XLSX[..cut], None, &options).unwrap_err();
        assert_eq!(error.code(), "analysis.malformed_xlsx", "cut at {cut}");
    }
    assert_eq!(
        Table::from_xlsx(b"", None, &options).unwrap_err(),
        AnalysisError::EmptyFile
    );
}
