//! The column scan of the regressions against the table path, on arbitrary
//! bytes: the same regression, labels, bad rows and errors, whatever the
//! block size and the number of threads. The first byte picks the reading
//! options, the second the block size and threads, the third the outcome and
//! controls (the first column its bits pick is the outcome), the fourth the
//! columns kept as labels. Any difference is a crash.
//!
//! What is compared is what an analysis sees. The scan's list of distinct
//! values may hold one that only a row left out later had (it meets the row
//! before it knows the row is bad); no kept row refers to it, so no result
//! shows it.

#![no_main]

use std::io::Cursor;

use jamlik_stats::{
    regress, scan_columns_with, ColumnScan, ModelSpec, ScanColumns, ScanError, Table,
};
use libfuzzer_sys::fuzz_target;

#[path = "common.rs"]
#[allow(dead_code)] // Each target uses part of it.
mod common;

fuzz_target!(|data: &[u8]| {
    let [options_byte, settings_byte, values_byte, labels_byte, bytes @ ..] = data else {
        return;
    };
    let options = common::options(*options_byte);
    let settings = common::settings(*settings_byte);
    let table = Table::from_csv(bytes, &options);
    let names = common::names(&table);
    // Each bit of a byte keeps one of the first eight columns.
    let pick = |byte: u8| -> Vec<String> {
        names
            .iter()
            .take(8)
            .enumerate()
            .filter(|(i, _)| byte & (1 << i) != 0)
            .map(|(_, n)| n.clone())
            .collect()
    };
    let columns = ScanColumns {
        values: pick(*values_byte),
        labels: pick(*labels_byte),
    };
    let scanned = scan_columns_with(&mut Cursor::new(bytes), &options, &columns, settings);
    match (&table, scanned) {
        (Err(expected), Err(ScanError::Analysis(found))) => {
            assert_eq!(&found, expected, "{settings:?}");
        }
        (Ok(read), Ok(scan)) => {
            assert_eq!(scan.issues(), read.issues(), "{settings:?}");
            assert_eq!(scan.excluded_rows(), read.excluded_rows(), "{settings:?}");
            assert_eq!(scan.len(), read.len(), "{settings:?}");
            let expected = ColumnScan::from_table(read, &columns);
            for label in &columns.labels {
                assert_eq!(scan.labels(label), expected.labels(label), "{settings:?}");
            }
            for value in &columns.values {
                let found = scan
                    .numbers(value)
                    .map(|n| format!("{:?}", n.collect::<Vec<_>>()));
                let wanted = expected
                    .numbers(value)
                    .map(|n| format!("{:?}", n.collect::<Vec<_>>()));
                assert_eq!(found, wanted, "{settings:?}");
            }
            if let Some((outcome, controls)) = columns.values.split_first() {
                let spec = ModelSpec {
                    outcome: outcome.clone(),
                    controls: controls.to_vec(),
                };
                // Compared as printed, so that a NaN equals itself.
                let found = format!("{:?}", scan.regress(&spec));
                let wanted = format!("{:?}", regress(read, &spec));
                assert_eq!(found, wanted, "{settings:?}");
            }
        }
        (table, scan) => panic!("{settings:?}: table {table:?}, scan {scan:?}"),
    }
});
