//! The streaming scan against the table path: on the same bytes, the same
//! representation, resources, bad rows and errors, to the bit, whatever the
//! block size and the number of threads.

// Tests fail by panicking; the no-panic rule is for library code.
#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used)]

use std::io::Cursor;

use jamlik_stats::{
    representation_in, resources, scan_groups, scan_groups_with, AnalysisError, BadRows,
    GroupCounts, GroupScan, NumericColumns, ReadOptions, ScanError, ScanSettings, Table,
    TextEncoding,
};

const WAGES: &[u8] = include_bytes!("data/wages.csv");
const SERVICES: &[u8] = include_bytes!("data/services.csv");

/// Settings that exercise every seam: blocks of one byte, blocks that cut
/// lines and characters, and every block split between threads.
fn settings() -> Vec<ScanSettings> {
    let mut all = Vec::new();
    for block_size in [1, 2, 5, 64, 1000, 8 << 20] {
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

fn baseline() -> GroupCounts {
    GroupCounts::new([("kvinna", 510), ("man", 480), ("woman", 300), ("x", 1)])
}

/// Scans `bytes` and checks every result against the table's.
fn check(bytes: &[u8], options: &ReadOptions, group: &str, outcome: Option<&str>) {
    check_with(&settings(), bytes, options, group, outcome);
}

fn check_with(
    all: &[ScanSettings],
    bytes: &[u8],
    options: &ReadOptions,
    group: &str,
    outcome: Option<&str>,
) {
    let table = Table::from_csv(bytes, options);
    for &settings in all {
        let scanned = scan_groups_with(&mut Cursor::new(bytes), options, group, outcome, settings);
        let context = format!("{settings:?}, group {group:?}, outcome {outcome:?}");
        let (table, scan) = match (&table, scanned) {
            (Err(expected), Err(ScanError::Analysis(found))) => {
                assert_eq!(&found, expected, "{context}");
                continue;
            }
            (Ok(table), Ok(scan)) => (table, scan),
            (table, scan) => panic!("{context}: table {table:?}, scan {scan:?}"),
        };
        assert_eq!(scan.issues(), table.issues(), "{context}");
        assert_eq!(scan.excluded_rows(), table.excluded_rows(), "{context}");
        assert_eq!(Some(scan.encoding()), table.encoding(), "{context}");
        assert_eq!(Some(scan.delimiter()), table.delimiter(), "{context}");
        assert_eq!(
            scan,
            GroupScan::from_table(table, group, outcome),
            "{context}"
        );
        match outcome {
            None => assert_eq!(
                scan.representation(&baseline(), 0.95),
                representation_in(table, group, &baseline(), 0.95),
                "{context}"
            ),
            Some(outcome) => assert_eq!(
                scan.resources(None),
                resources(table, group, outcome, None),
                "{context}"
            ),
        }
    }
}

fn check_all(bytes: &[u8], group: &str, outcome: &str) {
    let stop = ReadOptions {
        bad_rows: BadRows::Stop,
        ..ReadOptions::default()
    };
    for options in [ReadOptions::default(), stop] {
        check(bytes, &options, group, None);
        check(bytes, &options, group, Some(outcome));
    }
}

#[test]
fn the_reference_fixtures_give_the_same_results() {
    // Windows-1252, semicolons, decimal commas, quoted fields.
    check_all(WAGES, "kön", "lön");
    check_all(WAGES, "yrkesgrupp", "lön");
    // UTF-8 with a byte-order mark, commas.
    check_all(SERVICES, "gender", "hours_per_month");
    check_all(SERVICES, "decision", "hours_per_month");
}

#[test]
fn encodings_give_the_same_results() {
    let text =
        "kön;timmar\nkvinna;12,5\nman;20\nkvinna;7,5\nmän ;3\n\u{a0}män\u{a0};1\u{a0}000,5\n";
    let mut utf16 = vec![0xFF, 0xFE];
    utf16.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    let mut utf16be = vec![0xFE, 0xFF];
    utf16be.extend(text.encode_utf16().flat_map(u16::to_be_bytes));
    let (latin, _, _) = encoding_rs::WINDOWS_1252.encode(text);
    let mut bom = b"\xEF\xBB\xBF".to_vec();
    bom.extend_from_slice(text.as_bytes());
    for bytes in [text.as_bytes(), &utf16, &utf16be, &latin, &bom] {
        check_all(bytes, "kön", "timmar");
    }
    // Forced encodings, right and wrong.
    for encoding in [
        TextEncoding::Utf8,
        TextEncoding::Windows1252,
        TextEncoding::Utf16Le,
    ] {
        let options = ReadOptions {
            encoding: Some(encoding),
            ..ReadOptions::default()
        };
        for bytes in [text.as_bytes(), &utf16, &latin] {
            check(bytes, &options, "kön", Some("timmar"));
        }
    }
}

#[test]
fn a_latin_byte_late_in_a_large_file_restarts_the_scan_as_windows_1252() {
    let mut text = String::from("group,value\n");
    for i in 0..5000 {
        text.push_str(&format!("g{},{}.{}\n", i % 7, i, i % 10));
    }
    let mut bytes = text.into_bytes();
    bytes.extend_from_slice(b"k\xf6n,12\n");
    check_all(&bytes, "group", "value");
    let scan = scan_groups(
        &mut Cursor::new(&bytes),
        &ReadOptions::default(),
        "group",
        None,
    )
    .unwrap();
    assert_eq!(scan.encoding(), TextEncoding::Windows1252);
    let (counts, _) = scan.counts().unwrap();
    assert_eq!(counts.get("kön"), 1);
}

#[test]
fn delimiters_quotes_and_line_ends_give_the_same_results() {
    let inputs: [&[u8]; 9] = [
        b"g\tv\na\t1\nb\t2.5\n",
        b"g,v\r\na,1\r\nb,2\r\n\r\na,3",
        b"g,v\ra,1\rb,2\r",
        b"\"g\",\"v\"\n\"a,b\",1\n\"line\nbreak\",2\n\"a,b\",\"3\"\n\"quote \"\"x\"\"\",4\n",
        b"Title line\n\ng;v\na;1,5\nb;2\n",
        b"\"Title, with comma\"\r\n\r\n\"g\";\"v\"\r\na;1\r\nb;2\r\n",
        b"g,v\n a ,1\n\ta\t,2\n,3\nb,\n,\n\n\nb,4\n",
        b"g,v,g\nx,1,y\nx,2,y\ny,3,z\n",
        b"g;v\na;1\n\xEF\xBB\xBFb;2\n",
    ];
    for bytes in inputs {
        check_all(bytes, "g", "v");
    }
    check_all(b"g,v,g\nx,1,y\nx,2,y\ny,3,z\n", "g (2)", "v");
}

#[test]
fn bad_rows_are_reported_the_same_way() {
    let inputs: [&[u8]; 6] = [
        // Ragged rows: too few, too many, extra empty fields.
        b"g,v,w\na,1,2\nb,2\nc,3,4,5\nd,4,5,,\na,5,6\n",
        // Text in a numeric column (80 % numbers): bad rows.
        b"g,v\na,1\na,2\nb,3\nb,x\na,5\na,6\nb,7\nb,8\na,9\nb,10\n",
        // Too much text: the column is text, the outcome not numeric.
        b"g,v\na,1\nb,x\na,y\nb,2\n",
        // Text in another numeric column takes the row out of everything.
        b"g,v,n\na,1,1\nb,2,2\na,3,x\nb,4,4\na,5,5\nb,6,6\n",
        // A quoted field over two lines before a bad row: its line counts.
        b"g,v\n\"a\nb\",1\nc,2\nc,\"x\ny\"\nc,4\nc,5\nc,6\nc,7\n",
        // Blank lines and CRLF before bad rows.
        b"g,v\r\n\r\na,1\r\n\r\n\r\nb,zz\r\na,3\r\nb,4\r\na,5\r\n",
    ];
    for bytes in inputs {
        check_all(bytes, "g", "v");
    }
    let named = ReadOptions {
        numeric: NumericColumns::Named(vec!["v".to_owned()]),
        ..ReadOptions::default()
    };
    check(b"g,v\na,1\nb,x\na,y\nb,2\n", &named, "g", Some("v"));
    let unknown = ReadOptions {
        numeric: NumericColumns::Named(vec!["nope".to_owned()]),
        ..ReadOptions::default()
    };
    check(b"g,v\na,1\n", &unknown, "g", Some("v"));
}

#[test]
fn decimal_commas_follow_the_delimiter_or_the_option() {
    let bytes = b"g;v\na;1,5\nb;2\na;3,25\n";
    check_all(bytes, "g", "v");
    for decimal_comma in [Some(false), Some(true)] {
        let options = ReadOptions {
            decimal_comma,
            ..ReadOptions::default()
        };
        check(bytes, &options, "g", Some("v"));
        check(b"g,v\na,\"1,5\"\nb,2\n", &options, "g", Some("v"));
    }
}

#[test]
fn errors_are_the_tables_errors() {
    let inputs: [&[u8]; 5] = [b"", b"   \n\n", b"g,v\n", b",,\n\n", b"g,v\na,0\nb,0\n"];
    for bytes in inputs {
        check_all(bytes, "g", "v");
    }
    // Unknown columns, and an outcome that is text.
    check_all(b"g,v\na,1\n", "nope", "v");
    check_all(b"g,v\na,1\n", "g", "nope");
    check_all(b"g,v\na,x\n", "g", "v");
    let scan = scan_groups(
        &mut Cursor::new(&b"g,v\na,1\n"[..]),
        &ReadOptions::default(),
        "nope",
        None,
    )
    .unwrap();
    assert_eq!(
        scan.counts().unwrap_err(),
        AnalysisError::UnknownColumn {
            column: "nope".to_owned()
        }
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

/// Thousands of rows with the dirt of real files in a few of them.
fn dirty_file(seed: u64, rows: usize, delimiter: char, dirt: bool) -> String {
    let mut random = Random(seed);
    let groups = ["kvinna", "man", "annan", "Närpes", " mies ", "x"];
    let mut text = format!("gender{delimiter}age{delimiter}hours{delimiter}note\n");
    for _ in 0..rows {
        let group = groups[random.below(groups.len() as u64) as usize];
        let age = random.below(100);
        let whole = random.below(500);
        let tenths = random.below(10);
        let hours = if delimiter == ';' {
            format!("{whole},{tenths}")
        } else {
            format!("{whole}.{tenths}")
        };
        let line = match (dirt, random.below(400)) {
            (true, 0) => format!("{group}{delimiter}{age}{delimiter}{delimiter}"),
            (true, 1) => format!("{delimiter}{age}{delimiter}{hours}{delimiter}n"),
            (true, 2) => format!("{group}{delimiter}{age}"),
            (true, 3) => format!("{group}{delimiter}n/a{delimiter}{hours}{delimiter}n"),
            (true, 4) => format!("{group}{delimiter}{age}{delimiter}lots{delimiter}n"),
            (true, 5) => String::new(),
            (true, 6) => format!("{group}{delimiter}{age}{delimiter}{hours}{delimiter}n\r"),
            _ => format!("{group}{delimiter}{age}{delimiter}{hours}{delimiter}n"),
        };
        text.push_str(&line);
        text.push('\n');
    }
    text
}

#[test]
fn thousands_of_rows_with_dirt_give_the_same_results() {
    // Blocks that cut lines (and characters), split between threads.
    let some: Vec<ScanSettings> = settings()
        .into_iter()
        .filter(|s| s.block_size >= 64)
        .collect();
    let stop = ReadOptions {
        bad_rows: BadRows::Stop,
        ..ReadOptions::default()
    };
    for (seed, delimiter, dirt) in [(1, ',', true), (2, ';', true), (3, '\t', false)] {
        let text = dirty_file(seed, 3000, delimiter, dirt);
        for options in [ReadOptions::default(), stop.clone()] {
            check_with(&some, text.as_bytes(), &options, "gender", None);
            check_with(&some, text.as_bytes(), &options, "gender", Some("hours"));
        }
        let (latin, _, _) = encoding_rs::WINDOWS_1252.encode(&text);
        check_with(
            &some,
            &latin,
            &ReadOptions::default(),
            "gender",
            Some("hours"),
        );
    }
}

#[test]
fn the_default_settings_read_a_large_file_on_threads_the_same_way() {
    let text = dirty_file(4, 60_000, ',', true);
    let bytes = text.as_bytes();
    let table = Table::from_csv(bytes, &ReadOptions::default()).unwrap();
    let scan = scan_groups(
        &mut Cursor::new(bytes),
        &ReadOptions::default(),
        "gender",
        Some("hours"),
    )
    .unwrap();
    assert!(scan.excluded_rows() > 0);
    assert_eq!(scan.issues(), table.issues());
    assert_eq!(
        scan.resources(None).unwrap(),
        resources(&table, "gender", "hours", None).unwrap()
    );
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
    let all: Vec<ScanSettings> = [(1, 1), (3, 2), (7, 3), (64, 2), (4096, 1)]
        .into_iter()
        .map(|(block_size, threads)| ScanSettings {
            block_size,
            threads,
            parallel_from: 0,
        })
        .collect();
    let mut random = Random(0x5eed_1234_abcd_0001);
    for _ in 0..600 {
        let mut text = String::new();
        for _ in 0..random.below(60) {
            text.push_str(PIECES[random.below(PIECES.len() as u64) as usize]);
        }
        let mut bytes = text.into_bytes();
        if random.below(4) == 0 {
            for _ in 0..random.below(4) {
                let at = random.below(bytes.len() as u64 + 1) as usize;
                bytes.insert(at, (random.next() & 0xFF) as u8);
            }
        }
        let names: Vec<String> = Table::from_csv(&bytes, &ReadOptions::default())
            .map(|t| t.columns().iter().map(|c| c.name().to_owned()).collect())
            .unwrap_or_default();
        let pick = |random: &mut Random| {
            if names.is_empty() {
                "a".to_owned()
            } else {
                names[random.below(names.len() as u64) as usize].clone()
            }
        };
        let (group, outcome) = (pick(&mut random), pick(&mut random));
        let options = if random.below(2) == 0 {
            ReadOptions::default()
        } else {
            ReadOptions {
                bad_rows: BadRows::Stop,
                ..ReadOptions::default()
            }
        };
        check_with(&all, &bytes, &options, &group, None);
        check_with(&all, &bytes, &options, &group, Some(&outcome));
    }
}
