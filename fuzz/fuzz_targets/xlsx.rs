//! The XLSX importer on arbitrary bytes (the first byte picks the options
//! and whether the second sheet is asked for by name), then the pay analyses
//! on what it read.

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
    let sheet = (first & 8 != 0).then_some("Titled");
    if let Ok(table) = Table::from_xlsx(bytes, sheet, &common::options(first)) {
        common::analyse(&table);
    }
});
