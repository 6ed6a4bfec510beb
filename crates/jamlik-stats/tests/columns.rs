//! The column scan against the table path: on the same bytes, the same
//! regressions, decompositions, labels, bad rows and errors, to the bit,
//! whatever the block size and the number of threads.

// Tests fail by panicking; the no-panic rule is for library code.
#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used)]

use std::fmt::Debug;
use std::io::Cursor;

use jamlik_stats::{
    oaxaca, regress, scan_columns, scan_columns_with, AnalysisError, BadRows, ColumnScan,
    ModelSpec, NumericColumns, OaxacaSpec, ReadOptions, ScanColumns, ScanError, ScanSettings,
    Table, TextEncoding,
};

const WAGES: &[u8] = include_bytes!("data/wages.csv");
const SERVICES: &[u8] = include_bytes!("data/services.csv");

fn settings() -> Vec<ScanSettings> {
    let mut all = Vec::new();
    for block_size in [1, 7, 64, 1000, 8 << 20] {
        for threads in [1, 2, 3] {
            all.push(ScanSettings {
                block_size,
                threads,
                parallel_from: 0,
            });
        }
    }
    all
}

/// The same value to the bit: compared as printed (`Debug` prints the
/// shortest text that reads back as the same double), which also holds
/// where a figure is NaN.
#[track_caller]
fn same<T: Debug>(found: &T, expected: &T, context: &str) {
    assert_eq!(format!("{found:?}"), format!("{expected:?}"), "{context}");
}

fn model(outcome: &str, controls: &[&str]) -> ModelSpec {
    ModelSpec {
        outcome: outcome.to_owned(),
        controls: controls.iter().map(|c| (*c).to_owned()).collect(),
    }
}

fn gap(outcome: &str, group: &str, first: &str, controls: &[&str]) -> OaxacaSpec {
    OaxacaSpec {
        outcome: outcome.to_owned(),
        group: group.to_owned(),
        first: first.to_owned(),
        controls: controls.iter().map(|c| (*c).to_owned()).collect(),
    }
}

/// Scans `bytes` for `columns` and checks the scan against the table's, at
/// each of `all`; returns the scans for further checks.
fn scans(
    all: &[ScanSettings],
    bytes: &[u8],
    options: &ReadOptions,
    columns: &ScanColumns,
) -> (Result<Table, AnalysisError>, Vec<ColumnScan>) {
    let table = Table::from_csv(bytes, options);
    let mut found = Vec::new();
    for &settings in all {
        let scanned = scan_columns_with(&mut Cursor::new(bytes), options, columns, settings);
        let context = format!("{settings:?}, {columns:?}");
        match (&table, scanned) {
            (Err(expected), Err(ScanError::Analysis(error))) => {
                assert_eq!(&error, expected, "{context}");
            }
            (Ok(table), Ok(scan)) => {
                assert_eq!(scan.issues(), table.issues(), "{context}");
                assert_eq!(scan.excluded_rows(), table.excluded_rows(), "{context}");
                assert_eq!(scan.len(), table.len(), "{context}");
                assert_eq!(Some(scan.encoding()), table.encoding(), "{context}");
                assert_eq!(Some(scan.delimiter()), table.delimiter(), "{context}");
                found.push(scan);
            }
            (table, scan) => panic!("{context}: table {table:?}, scan {scan:?}"),
        }
    }
    (table, found)
}

/// Checks the regression both ways; returns whether it fitted.
fn check_regression_with(
    all: &[ScanSettings],
    bytes: &[u8],
    options: &ReadOptions,
    spec: &ModelSpec,
) -> bool {
    let columns = ScanColumns::model(spec);
    let (table, found) = scans(all, bytes, options, &columns);
    let Ok(table) = table else { return false };
    let expected = regress(&table, spec);
    for scan in found {
        same(&scan.regress(spec), &expected, &format!("{spec:?}"));
    }
    expected.is_ok()
}

/// Checks the decomposition both ways; returns whether it ran.
fn check_gap_with(
    all: &[ScanSettings],
    bytes: &[u8],
    options: &ReadOptions,
    spec: &OaxacaSpec,
) -> bool {
    let columns = ScanColumns::gap(spec);
    let (table, found) = scans(all, bytes, options, &columns);
    let Ok(table) = table else { return false };
    let expected = oaxaca(&table, spec);
    let labels = table.column(&spec.group).map(|c| {
        let mut labels: Vec<String> = c.text().iter().filter(|t| !t.is_empty()).cloned().collect();
        labels.sort();
        labels.dedup();
        labels
    });
    let numbers = table
        .numbers(&spec.outcome)
        .map(|n| n.iter().flatten().copied().collect::<Vec<f64>>());
    for scan in found {
        let scanned = scan
            .numbers(&spec.outcome)
            .map(Iterator::collect::<Vec<f64>>);
        same(&scanned, &numbers, &format!("{spec:?}"));
        same(&scan.labels(&spec.group), &labels, &format!("{spec:?}"));
        same(&scan.oaxaca(spec), &expected, &format!("{spec:?}"));
    }
    expected.is_ok()
}

fn check_regression(bytes: &[u8], options: &ReadOptions, spec: &ModelSpec) -> bool {
    check_regression_with(&settings(), bytes, options, spec)
}

fn check_gap(bytes: &[u8], options: &ReadOptions, spec: &OaxacaSpec) -> bool {
    check_gap_with(&settings(), bytes, options, spec)
}

fn stop() -> ReadOptions {
    ReadOptions {
        bad_rows: BadRows::Stop,
        ..ReadOptions::default()
    }
}

/// Both models, excluding bad rows and stopping at the first; returns
/// whether both ran when bad rows are excluded.
fn check_both(bytes: &[u8], spec: &OaxacaSpec) -> bool {
    let controls: Vec<&str> = spec.controls.iter().map(String::as_str).collect();
    let regression = model(&spec.outcome, &controls);
    let fitted = check_regression(bytes, &ReadOptions::default(), &regression);
    let decomposed = check_gap(bytes, &ReadOptions::default(), spec);
    check_regression(bytes, &stop(), &regression);
    check_gap(bytes, &stop(), spec);
    fitted && decomposed
}

#[test]
fn the_reference_fixtures_give_the_same_results() {
    // Windows-1252, semicolons, decimal commas, quoted fields; a text
    // control with several levels.
    let controls = ["erfarenhet", "utbildning", "yrkesgrupp", "deltid"];
    assert!(check_both(WAGES, &gap("lön", "kön", "man", &controls)));
    assert!(check_both(WAGES, &gap("lön", "kön", "kvinna", &controls)));
    assert!(check_regression(
        WAGES,
        &ReadOptions::default(),
        &model(
            "lön",
            &["kön", "erfarenhet", "utbildning", "yrkesgrupp", "deltid"]
        ),
    ));
    // UTF-8 with a byte-order mark, commas; text controls.
    assert!(check_both(
        SERVICES,
        &gap(
            "hours_per_month",
            "gender",
            "woman",
            &["assessed_need", "age_group"]
        ),
    ));
}

#[test]
fn the_results_are_those_of_the_reference_tests() {
    let spec = model(
        "lön",
        &["kön", "erfarenhet", "utbildning", "yrkesgrupp", "deltid"],
    );
    let scan = scan_columns(
        &mut Cursor::new(WAGES),
        &ReadOptions::default(),
        &ScanColumns::model(&spec),
    )
    .unwrap();
    assert_eq!(scan.encoding(), TextEncoding::Windows1252);
    let fit = scan.regress(&spec).unwrap();
    let table = Table::from_csv(WAGES, &ReadOptions::default()).unwrap();
    assert_eq!(fit, regress(&table, &spec).unwrap());
    assert_eq!(fit.n, 150);
    assert_eq!(fit.coefficients[0].name, "Intercept");
}

/// y, x1, x2, a constant, x1 + x2, a text column with one level, a group,
/// a three-level group: the error cases of `tests/errors.rs`.
fn errors_data() -> String {
    let mut text = String::from("y;x1;x2;k;sum;one;g;three\n");
    for i in 0..12 {
        let (x1, x2) = (i as f64, ((i * 7) % 5) as f64);
        let y = 1.0 + 2.0 * x1 - x2 + if i % 3 == 0 { 0.5 } else { -0.25 };
        let g = if i % 2 == 0 { "a" } else { "b" };
        let three = ["p", "q", "r"][i % 3];
        text.push_str(&format!("{y};{x1};{x2};4;{};same;{g};{three}\n", x1 + x2));
    }
    text
}

#[test]
fn every_error_is_the_tables_error() {
    let data = errors_data();
    let bytes = data.as_bytes();
    let options = ReadOptions::default();
    let cases: [(&str, &[&str]); 8] = [
        ("y", &["x1", "k"]),         // a constant control
        ("y", &["x1", "x2", "sum"]), // collinear
        ("y", &["x1", "one"]),       // a text control with one level
        ("k", &["x1"]),              // a constant outcome
        ("g", &["x1"]),              // a text outcome
        ("nope", &["x1"]),           // an unknown outcome
        ("y", &["x1", "nope"]),      // an unknown control
        ("y", &["x1", "three"]),     // fits
    ];
    for (outcome, controls) in cases {
        let fitted = check_regression(bytes, &options, &model(outcome, controls));
        assert_eq!(
            fitted,
            controls.contains(&"three"),
            "{outcome} {controls:?}"
        );
    }
    check_regression(b"y;x\n1;2\n2;3\n", &options, &model("y", &["x"]));
    let gaps = [
        gap("y", "three", "p", &["x1"]),  // three groups
        gap("y", "g", "c", &["x1"]),      // no such group
        gap("y", "one", "same", &["x1"]), // one group
        gap("y", "nope", "a", &["x1"]),   // no such column
        gap("y", "g", "a", &["x1", "x2"]),
    ];
    for spec in &gaps {
        let ran = check_gap(bytes, &options, spec);
        assert_eq!(ran, spec.controls.len() == 2, "{spec:?}");
    }
    // Level r occurs only in group a: singular in b.
    let mut text = String::from("y;x;g;job\n");
    for i in 0..16 {
        let g = if i % 2 == 0 { "a" } else { "b" };
        let job = if i % 4 == 0 { "r" } else { "s" };
        text.push_str(&format!("{};{};{g};{job}\n", 10 + i * 3 % 7, i));
    }
    check_gap(
        text.as_bytes(),
        &options,
        &gap("y", "g", "a", &["x", "job"]),
    );
    // Too few in a group.
    let text = "y;x;g\n1;1;a\n2;2;a\n3;5;b\n4;4;b\n6;3;b\n7;9;b\n";
    check_gap(text.as_bytes(), &options, &gap("y", "g", "a", &["x"]));
    // A group coded as numbers, written two ways: three groups.
    let text = "y;x;g\n1;2;1\n2;3;2\n3;5;1\n4;4;2\n5;7;1.0\n6;6;2\n7;9;1\n8;8;2\n";
    assert!(!check_gap(
        text.as_bytes(),
        &options,
        &gap("y", "g", "1", &["x"])
    ));
    // Reading errors.
    for bytes in [&b""[..], b"   \n\n", b"y,x\n", b",,\n\n"] {
        check_both(bytes, &gap("y", "g", "a", &["x"]));
    }
}

#[test]
fn bad_rows_missing_values_and_encodings_are_read_the_same_way() {
    let inputs: [&[u8]; 6] = [
        // Ragged rows, and text in a numeric column the model does not use.
        b"y,x,g,n\n1,2,a,1\n2,3,b\n3,5,a,1,9\n4,4,b,x\n5,7,a,2\n6,6,b,3\n7,9,a,4\n8,8,b,5\n9,9,a,6\n10,12,b,7\n",
        // Missing values in the outcome, a control, the group.
        b"y,x,g\n1,2,a\n,3,b\n3,,a\n4,4,\n5,7,a\n6,6,b\n7,9,a\n8,8,b\n9,12,a\n10,11,b\n11,15,a\n12,13,b\n",
        // Text in the outcome and in a control (80 % numbers): bad rows.
        b"y,x,g\n1,2,a\nzz,3,b\n3,5,a\n4,4,b\n5,7,a\n6,qq,b\n7,9,a\n8,8,b\n9,12,a\n10,11,b\n11,15,a\n12,13,b\n",
        // Quotes, a line break in a field, CRLF, blank lines.
        b"\"y\";\"x\";\"g\";n\r\n1;2;\"a\";\r\n\r\n2,5;3;\"b\";\"two\nlines\"\r\n3;5;a;\r\n4;4,5;b;\r\n5;7;a;\r\n6;6;b;\r\n7;9;a;\r\n8;8;b;\r\n9;12;a;\r\n",
        // A group coded as numbers.
        b"y;x;g\n1;2;1\n2;3;2\n3;5;1\n4;4;2\n5;7;1\n6;6;2\n7;9;1\n8;8;2\n9;12;1\n10;11;2\n11;15;1\n",
        // Title lines before the header.
        b"Pay by group\n\ny;x;g\n1;2;a\n2;3;b\n3;5;a\n4;4;b\n5;7;a\n6;6;b\n7;9;a\n8;8;b\n",
    ];
    for bytes in inputs {
        let mut ran = false;
        for first in ["a", "1", "b"] {
            ran |= check_both(bytes, &gap("y", "g", first, &["x"]));
        }
        assert!(ran, "{}", String::from_utf8_lossy(bytes));
        check_regression(bytes, &ReadOptions::default(), &model("y", &["x", "g"]));
        let (latin, _, _) = encoding_rs::WINDOWS_1252.encode(std::str::from_utf8(bytes).unwrap());
        check_regression(&latin, &ReadOptions::default(), &model("y", &["x", "g"]));
    }
    let text = "kön;lön;år\nkvinna;12,5;3\nman;20;4\nkvinna;7,5;5\nman;3;9\nkvinna;1\u{a0}000,5;1\nman;14;2\n";
    let mut utf16 = vec![0xFF, 0xFE];
    utf16.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    let (latin, _, _) = encoding_rs::WINDOWS_1252.encode(text);
    for bytes in [text.as_bytes(), &utf16, &latin] {
        check_regression(
            bytes,
            &ReadOptions::default(),
            &model("lön", &["år", "kön"]),
        );
    }
    let named = ReadOptions {
        numeric: NumericColumns::Named(vec!["y".to_owned()]),
        ..ReadOptions::default()
    };
    check_regression(
        b"y,x\n1,2\nx,3\n3,5\n4,4\n5,9\n",
        &named,
        &model("y", &["x"]),
    );
}

/// A small deterministic generator (xorshift).
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

/// Pay data with many distinct values, the dirt of real files in a few
/// rows, a text control, and a column of many different numbers that turns
/// to text late in the file (so that it is text).
fn pay_file(seed: u64, rows: usize, dirt: bool) -> String {
    let mut random = Random(seed);
    let mut text = String::from("wage,gender,age,tenure,unit,late,note\n");
    for i in 0..rows {
        let woman = random.below(2) == 0;
        let age = 18 + random.below(50);
        let tenure = random.below(4000) as f64 / 100.0;
        let unit = random.below(12);
        let wage = 2000.0 + 30.0 * age as f64 + 50.0 * tenure + (unit % 7) as f64 * 40.0
            - if woman { 150.0 } else { 0.0 }
            + random.below(100_000) as f64 / 100.0;
        let gender = if woman { "kvinna" } else { "man" };
        let late = if i * 3 > rows * 2 {
            format!("t{}", random.below(5))
        } else {
            format!("{}", random.below(1000))
        };
        let line = match (dirt, random.below(300)) {
            (true, 0) => format!("{wage:.2},{gender},{age},,u{unit},{late},n"),
            (true, 1) => format!("n/a,{gender},{age},{tenure},u{unit},{late},n"),
            (true, 2) => format!("{wage:.2},{gender},{age}"),
            (true, 3) => format!("{wage:.2},,{age},{tenure},u{unit},{late},n"),
            (true, 4) => String::new(),
            _ => format!("{wage:.2},{gender},{age},{tenure},u{unit},{late},n"),
        };
        text.push_str(&line);
        text.push('\n');
    }
    text
}

#[test]
fn thousands_of_rows_give_the_same_results_on_any_threads() {
    let some: Vec<ScanSettings> = settings()
        .into_iter()
        .filter(|s| s.block_size >= 64)
        .collect();
    for (seed, dirt) in [(1, true), (2, false)] {
        let text = pay_file(seed, 3000, dirt);
        for options in [ReadOptions::default(), stop()] {
            let runs = !dirt || options.bad_rows == BadRows::Exclude;
            let bytes = text.as_bytes();
            let spec = model("wage", &["age", "tenure", "gender"]);
            assert_eq!(check_regression_with(&some, bytes, &options, &spec), runs);
            let spec = model("wage", &["tenure", "unit"]);
            assert_eq!(check_regression_with(&some, bytes, &options, &spec), runs);
            // Kept as numbers at first, the column turns out to be text.
            let spec = model("late", &["age"]);
            assert!(!check_regression_with(&some, bytes, &options, &spec));
            let spec = gap("wage", "gender", "man", &["age", "tenure"]);
            assert_eq!(check_gap_with(&some, bytes, &options, &spec), runs);
        }
    }
}

#[test]
fn the_default_settings_read_a_large_file_on_threads_the_same_way() {
    let text = pay_file(3, 60_000, true);
    let bytes = text.as_bytes();
    let table = Table::from_csv(bytes, &ReadOptions::default()).unwrap();
    let spec = gap("wage", "gender", "kvinna", &["age", "tenure", "unit"]);
    let scan = scan_columns(
        &mut Cursor::new(bytes),
        &ReadOptions::default(),
        &ScanColumns::gap(&spec),
    )
    .unwrap();
    assert!(scan.excluded_rows() > 0);
    assert_eq!(scan.issues(), table.issues());
    assert_eq!(scan.labels("gender").unwrap(), ["kvinna", "man"]);
    same(&scan.clone().oaxaca(&spec), &oaxaca(&table, &spec), "gap");
    let regression = model("wage", &["age", "tenure", "unit"]);
    let scan = scan_columns(
        &mut Cursor::new(bytes),
        &ReadOptions::default(),
        &ScanColumns::model(&regression),
    )
    .unwrap();
    same(
        &scan.regress(&regression),
        &regress(&table, &regression),
        "regression",
    );
}

#[test]
fn a_text_column_with_too_many_values_to_code_is_read_as_a_table() {
    // 70,000 distinct texts in a kept column: more than the scan keeps as
    // codes, so the file is read as a table, with the same results.
    let mut text = String::from("y,x,id\n");
    for i in 0..70_000u64 {
        text.push_str(&format!("{},{},k{}\n", i % 97, i % 13, i));
    }
    let spec = model("y", &["x"]);
    let columns = ScanColumns {
        values: vec!["y".into(), "x".into(), "id".into()],
        labels: Vec::new(),
    };
    let scan = scan_columns(
        &mut Cursor::new(text.as_bytes()),
        &ReadOptions::default(),
        &columns,
    )
    .unwrap();
    let table = Table::from_csv(text.as_bytes(), &ReadOptions::default()).unwrap();
    same(&scan.regress(&spec), &regress(&table, &spec), "regression");
}

#[test]
fn a_column_that_was_not_scanned_is_named() {
    let scan = scan_columns(
        &mut Cursor::new(&b"y,x,z\n1,2,3\n2,3,5\n3,5,4\n"[..]),
        &ReadOptions::default(),
        &ScanColumns::model(&model("y", &["x"])),
    )
    .unwrap();
    let error = scan.regress(&model("y", &["z"])).unwrap_err();
    assert_eq!(error.code(), "analysis.invalid_parameter");
}

const PIECES: &[&str] = &[
    ";",
    ",",
    "\t",
    "\"",
    "\n",
    "\r\n",
    "\r",
    " ",
    "a",
    "b",
    "kön",
    "ä",
    "1",
    "2",
    "-3",
    "4,5",
    "6.75",
    "1e3",
    "..",
    "-",
    "NaN",
    "",
    "\u{feff}",
    "x;y",
    "\"\"",
    "\u{a0}",
    "1 000",
    "\u{2212}2",
];

#[test]
fn random_csv_like_bytes_give_the_same_results() {
    let all: Vec<ScanSettings> = [(1, 1), (3, 2), (64, 3), (4096, 1)]
        .into_iter()
        .map(|(block_size, threads)| ScanSettings {
            block_size,
            threads,
            parallel_from: 0,
        })
        .collect();
    let mut random = Random(0x5eed_1234_abcd_0002);
    for _ in 0..400 {
        let mut text = String::new();
        for _ in 0..random.below(80) {
            text.push_str(PIECES[random.below(PIECES.len() as u64) as usize]);
        }
        let mut bytes = text.into_bytes();
        if random.below(4) == 0 {
            let at = random.below(bytes.len() as u64 + 1) as usize;
            bytes.insert(at, (random.next() & 0xFF) as u8);
        }
        let names: Vec<String> = Table::from_csv(&bytes, &ReadOptions::default())
            .map(|t| t.columns().iter().map(|c| c.name().to_owned()).collect())
            .unwrap_or_default();
        let mut pick = || {
            if names.is_empty() {
                "a".to_owned()
            } else {
                names[random.below(names.len() as u64) as usize].clone()
            }
        };
        let (outcome, control, group) = (pick(), pick(), pick());
        let spec = gap(&outcome, &group, "a", &[&control]);
        check_regression_with(
            &all,
            &bytes,
            &ReadOptions::default(),
            &model(&outcome, &[&control]),
        );
        check_gap_with(&all, &bytes, &stop(), &spec);
    }
}
