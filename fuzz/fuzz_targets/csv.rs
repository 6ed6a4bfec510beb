//! The CSV importer on arbitrary bytes (the first byte picks the options),
//! then the pay analyses on what it read.

#![no_main]

use jamlik_stats::Table;
use libfuzzer_sys::fuzz_target;

#[path = "common.rs"]
#[allow(dead_code)] // Each target uses part of it.
mod common;

fuzz_target!(|data: &[u8]| {
    let Some((&first, bytes)) = data.split_first() else {
        return;
    };
    if let Ok(table) = Table::from_csv(bytes, &common::options(first)) {
        common::analyse(&table);
    }
});
