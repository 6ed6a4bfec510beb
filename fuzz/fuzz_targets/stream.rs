//! The streaming scan against the table path, on arbitrary bytes: the same
//! counts, outcomes, bad rows and errors, whatever the block size and the
//! number of threads. The first byte picks the reading options, the second
//! the block size and threads, the third which columns are the group and the
//! outcome. Any difference is a crash.

#![no_main]

use std::io::Cursor;

use jamlik_stats::{scan_groups_with, GroupScan, ScanError, Table};
use libfuzzer_sys::fuzz_target;

#[path = "common.rs"]
#[allow(dead_code)] // Each target uses part of it.
mod common;

fuzz_target!(|data: &[u8]| {
    let [options_byte, settings_byte, columns_byte, bytes @ ..] = data else {
        return;
    };
    let options = common::options(*options_byte);
    let settings = common::settings(*settings_byte);
    let table = Table::from_csv(bytes, &options);
    let names = common::names(&table);
    let group = &names[usize::from(columns_byte & 7) % names.len()];
    let outcome = (columns_byte & 8 != 0)
        .then(|| names[usize::from(columns_byte >> 4) % names.len()].as_str());
    let scanned = scan_groups_with(&mut Cursor::new(bytes), &options, group, outcome, settings);
    match (&table, scanned) {
        (Err(expected), Err(ScanError::Analysis(found))) => {
            assert_eq!(&found, expected, "{settings:?}");
        }
        (Ok(read), Ok(scan)) => {
            assert_eq!(scan.issues(), read.issues(), "{settings:?}");
            assert_eq!(scan.excluded_rows(), read.excluded_rows(), "{settings:?}");
            assert_eq!(
                scan,
                GroupScan::from_table(read, group, outcome),
                "{settings:?}"
            );
        }
        (table, scan) => panic!("{settings:?}: table {table:?}, scan {scan:?}"),
    }
});
