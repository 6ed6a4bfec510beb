//! Workbooks read within bounds: what a few crafted bytes ask for is
//! refused with `analysis.workbook_too_large` naming the limit, before it
//! is allocated, and a workbook within the limits still reads.

// Tests fail by panicking; the no-panic rule is for library code.
#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used)]

use jamlik_stats::{read_sheet, AnalysisError, ReadOptions, Table, WorkbookLimits};

mod craft;
use craft::{shared_string_bomb, shared_strings_xml, sheet_xml, workbook, Cell};

fn bound_of(result: Result<Table, AnalysisError>) -> String {
    match result {
        Err(AnalysisError::WorkbookTooLarge { bound, .. }) => bound,
        Err(other) => panic!("another error: {other:?}"),
        Ok(_) => panic!("the workbook was read"),
    }
}

fn read(bytes: &[u8]) -> Result<Table, AnalysisError> {
    Table::from_xlsx(bytes, None, &ReadOptions::default())
}

#[test]
fn two_cells_at_opposite_corners_of_the_sheet_are_refused_not_allocated() {
    // The 1.9 KB workbook that aborted the server: A1 and XFD1048576.
    let bytes = workbook(
        &sheet_xml(&[Cell::Inline("A1", "x"), Cell::Number("XFD1048576", 1.0)]),
        None,
    );
    assert!(bytes.len() < 4096, "{} bytes", bytes.len());
    assert_eq!(bound_of(read(&bytes)), "columns");
    // Far down but within the columns: the two rows are read, nothing between.
    let bytes = workbook(
        &sheet_xml(&[
            Cell::Inline("A1", "name"),
            Cell::Inline("B1", "pay"),
            Cell::Inline("A1048576", "Anna"),
            Cell::Number("B1048576", 3200.0),
        ]),
        None,
    );
    let table = read(&bytes).unwrap();
    assert_eq!(table.len(), 1);
    assert_eq!(table.row_numbers(), &[1_048_576]);
}

#[test]
fn a_wide_sparse_table_is_refused_by_its_cell_count() {
    // A thousand rows, each with a value in the first and the 999th column:
    // 2,000 values, but a table of almost a million cells.
    let mut cells = Vec::new();
    let references: Vec<(String, String)> = (1..=1_000)
        .map(|row| (format!("A{row}"), format!("ALK{row}")))
        .collect();
    for (a, far) in &references {
        cells.push(Cell::Number(a, 1.0));
        cells.push(Cell::Number(far, 2.0));
    }
    let bytes = workbook(&sheet_xml(&cells), None);
    let limits = WorkbookLimits {
        max_cells: 500_000,
        ..WorkbookLimits::default()
    };
    let result = read_sheet(&bytes, None, &limits, |d| d.to_string());
    assert!(
        matches!(&result, Err(AnalysisError::WorkbookTooLarge { bound, limit }) if bound == "cells" && *limit == 500_000),
        "{result:?}"
    );
    // With room for it, it reads: 1,000 rows of 999 cells.
    let rows = read_sheet(&bytes, None, &WorkbookLimits::default(), |d| d.to_string()).unwrap();
    assert_eq!(rows.len(), 1_000);
    assert_eq!(rows[0].1.len(), 999);
}

#[test]
fn a_part_that_unpacks_beyond_the_limit_is_refused_after_reading_that_much() {
    // 64 MiB of one shared string, deflated to well under a megabyte.
    let bytes = shared_string_bomb(64 * 1024 * 1024);
    assert!(bytes.len() < 1024 * 1024, "{} bytes", bytes.len());
    assert_eq!(bound_of(read(&bytes)), "part");
    let small = WorkbookLimits {
        max_part_bytes: u64::MAX,
        max_unpacked_bytes: 16 * 1024 * 1024,
        ..WorkbookLimits::default()
    };
    let result = Table::from_xlsx(
        &bytes,
        None,
        &ReadOptions {
            workbook: small,
            ..ReadOptions::default()
        },
    );
    assert_eq!(bound_of(result), "unpacked");
}

#[test]
fn a_trillion_declared_shared_strings_are_refused_before_room_is_made() {
    let bytes = workbook(
        &sheet_xml(&[Cell::Shared("A1", 0), Cell::Shared("B1", 0)]),
        Some(&shared_strings_xml(&["a"], Some("999999999999"))),
    );
    assert_eq!(bound_of(read(&bytes)), "shared_strings");
}

#[test]
fn one_shared_string_used_by_every_cell_counts_each_time() {
    // A 100 KB string used by 2,000 cells is 200 MB of text.
    let long = "x".repeat(100_000);
    let references: Vec<String> = (1..=2_000).map(|row| format!("A{row}")).collect();
    let cells: Vec<Cell> = references.iter().map(|r| Cell::Shared(r, 0)).collect();
    let bytes = workbook(
        &sheet_xml(&cells),
        Some(&shared_strings_xml(&[&long], None)),
    );
    assert_eq!(bound_of(read(&bytes)), "text");
}

#[test]
fn too_many_parts_are_refused() {
    let extra: Vec<(String, Vec<u8>)> = (0..50)
        .map(|i| (format!("docProps/extra{i}.xml"), b"<x/>".to_vec()))
        .collect();
    let more: Vec<(&str, &[u8])> = extra
        .iter()
        .map(|(n, c)| (n.as_str(), c.as_slice()))
        .collect();
    let bytes = craft::workbook_with_parts(
        &sheet_xml(&[Cell::Number("A1", 1.0), Cell::Number("B1", 2.0)]),
        None,
        &more,
    );
    let limits = WorkbookLimits {
        max_parts: 20,
        ..WorkbookLimits::default()
    };
    let result = read_sheet(&bytes, None, &limits, |d| d.to_string());
    assert!(
        matches!(&result, Err(AnalysisError::WorkbookTooLarge { bound, .. }) if bound == "parts"),
        "{result:?}"
    );
}

#[test]
fn a_table_that_starts_further_in_reads_from_its_first_column() {
    let bytes = workbook(
        &sheet_xml(&[
            Cell::Inline("C3", "name"),
            Cell::Inline("D3", "pay"),
            // Listed out of order, and row 4 twice: a crafted sheet need
            // not be sorted.
            Cell::Inline("C5", "Bo"),
            Cell::Number("D5", 3100.0),
            Cell::Inline("C4", "Anna"),
            Cell::Number("D4", 3200.0),
        ]),
        None,
    );
    let table = read(&bytes).unwrap();
    let names: Vec<&str> = table.columns().iter().map(|c| c.name()).collect();
    assert_eq!(names, ["name", "pay"]);
    assert_eq!(table.row_numbers(), &[4, 5]);
    assert_eq!(table.columns()[0].text(), ["Anna", "Bo"]);
}

#[test]
fn a_reference_beyond_the_sheet_is_malformed_not_a_panic() {
    // calamine computes a row or column from a reference without checking
    // it: A99999999999 overflowed (a panic in a debug build, a wrapped row
    // in a release build).
    for reference in [
        "A99999999999",
        "A4294967297",
        "ZZZZZZZZZZ2",
        "XFE1",
        "A0",
        "A1048577",
    ] {
        let bytes = workbook(
            &sheet_xml(&[Cell::Inline("A1", "x"), Cell::Number(reference, 1.0)]),
            None,
        );
        let result = read(&bytes);
        assert!(
            matches!(result, Err(AnalysisError::MalformedXlsx { .. })),
            "{reference}: {result:?}"
        );
    }
    // The corners themselves are places on the sheet.
    let bytes = workbook(
        &sheet_xml(&[
            Cell::Inline("A1", "x"),
            Cell::Inline("B1", "y"),
            Cell::Number("XFD1048576", 1.0),
        ]),
        None,
    );
    assert_eq!(bound_of(read(&bytes)), "columns");
}

#[test]
fn one_text_longer_than_any_cell_is_refused_before_it_is_held() {
    // Two MiB in one inline cell: beyond any cell a spreadsheet program writes.
    let long = "y".repeat(2 * 1024 * 1024);
    let bytes = workbook(
        &sheet_xml(&[Cell::Inline("A1", "name"), Cell::Inline("A2", &long)]),
        None,
    );
    assert_eq!(bound_of(read(&bytes)), "run");
    // In a shared string too.
    let bytes = workbook(
        &sheet_xml(&[Cell::Inline("A1", "name"), Cell::Shared("A2", 0)]),
        Some(&shared_strings_xml(&[&long], None)),
    );
    assert_eq!(bound_of(read(&bytes)), "run");
    // A long text within the limit reads.
    let fine = "z".repeat(30_000);
    let bytes = workbook(
        &sheet_xml(&[
            Cell::Inline("A1", "name"),
            Cell::Inline("B1", "pay"),
            Cell::Inline("A2", &fine),
            Cell::Number("B2", 1.0),
        ]),
        None,
    );
    assert_eq!(read(&bytes).unwrap().len(), 1);
}
