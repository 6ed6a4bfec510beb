//! Reading tables: encodings, delimiters, quoting, decimal commas, column
//! types, bad rows and the errors of reading.

// Tests fail by panicking; the no-panic rule is for library code.
#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used)]

use jamlik_stats::{
    resources, AnalysisError, BadRows, ColumnKind, IssueReason, NumericColumns, ReadOptions, Table,
    TextEncoding,
};

const WAGES: &[u8] = include_bytes!("data/wages.csv");
const SERVICES: &[u8] = include_bytes!("data/services.csv");

fn read(bytes: &[u8]) -> Table {
    Table::from_csv(bytes, &ReadOptions::default()).expect("reads")
}

fn read_err(bytes: &[u8], options: &ReadOptions) -> AnalysisError {
    Table::from_csv(bytes, options).expect_err("fails")
}

fn stop() -> ReadOptions {
    ReadOptions {
        bad_rows: BadRows::Stop,
        ..ReadOptions::default()
    }
}

fn kinds(table: &Table) -> Vec<(String, ColumnKind)> {
    table
        .column_summaries()
        .into_iter()
        .map(|c| (c.name, c.kind))
        .collect()
}

#[test]
fn windows_1252_semicolons_decimal_commas_and_quotes() {
    let table = read(WAGES);
    assert_eq!(table.encoding(), Some(TextEncoding::Windows1252));
    assert_eq!(table.delimiter(), Some(';'));
    assert_eq!(table.len(), 150);
    assert_eq!(table.excluded_rows(), 0);
    assert_eq!(
        kinds(&table),
        [
            ("id", ColumnKind::Integer),
            ("kön", ColumnKind::Text),
            ("ålder", ColumnKind::Integer),
            ("erfarenhet", ColumnKind::Integer),
            ("utbildning", ColumnKind::Integer),
            ("yrkesgrupp", ColumnKind::Text),
            ("deltid", ColumnKind::Integer),
            ("lön", ColumnKind::Decimal),
        ]
        .map(|(n, k)| (n.to_owned(), k))
    );
    assert_eq!(table.numbers("lön").expect("numeric")[0], Some(3818.32));
    assert_eq!(
        table.column("yrkesgrupp").expect("exists").text()[1],
        "Lärare, grundskola"
    );
    assert_eq!(table.row_numbers()[0], 2);
}

#[test]
fn utf8_with_bom_and_commas() {
    let table = read(SERVICES);
    assert_eq!(table.encoding(), Some(TextEncoding::Utf8WithBom));
    assert_eq!(table.delimiter(), Some(','));
    assert_eq!(
        table.columns()[0].name(),
        "client_id",
        "the BOM is not part of the name"
    );
    assert_eq!(
        table.column("hours_per_month").expect("exists").kind(),
        ColumnKind::Decimal
    );
    assert_eq!(
        table.column("age_group").expect("exists").kind(),
        ColumnKind::Text
    );
}

#[test]
fn the_same_table_in_every_encoding() {
    let text = "namn;ort;belopp\n\"Åsa\";Närpes;12,5\nÖrjan;Jakobstad;7\n";
    let latin1: Vec<u8> = text.chars().map(|c| c as u32 as u8).collect();
    let mut bom = vec![0xEF, 0xBB, 0xBF];
    bom.extend_from_slice(text.as_bytes());
    let mut utf16 = vec![0xFF, 0xFE];
    utf16.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    for (bytes, encoding) in [
        (text.as_bytes().to_vec(), TextEncoding::Utf8),
        (bom, TextEncoding::Utf8WithBom),
        (latin1, TextEncoding::Windows1252),
        (utf16, TextEncoding::Utf16Le),
    ] {
        let table = read(&bytes);
        assert_eq!(table.encoding(), Some(encoding));
        assert_eq!(
            table.column("namn").expect("exists").text(),
            ["Åsa", "Örjan"]
        );
        assert_eq!(table.column("ort").expect("exists").text()[0], "Närpes");
        assert_eq!(
            table.numbers("belopp").expect("numeric"),
            [Some(12.5), Some(7.0)]
        );
    }
}

#[test]
fn tabs_and_forced_options() {
    let table = read(b"a\tb\n1\t2,5\n");
    assert_eq!(table.delimiter(), Some('\t'));
    assert_eq!(table.numbers("b").expect("numeric"), [Some(2.5)]);
    let options = ReadOptions {
        delimiter: Some(b','),
        encoding: Some(TextEncoding::Utf8),
        ..ReadOptions::default()
    };
    let table = Table::from_csv(b"a;b,c\n1;2,3\n", &options).expect("reads");
    assert_eq!(table.columns()[0].name(), "a;b");
}

#[test]
fn no_decimal_comma_when_the_delimiter_is_a_comma() {
    let table = read(b"x,y\n\"12,5\",1\n\"3,0\",2\n");
    assert_eq!(table.column("x").expect("exists").kind(), ColumnKind::Text);
    let table = read(b"x,y\n12.5,1\n3,2\n");
    assert_eq!(
        table.column("x").expect("exists").kind(),
        ColumnKind::Decimal
    );
}

#[test]
fn quoted_fields_with_delimiters_quotes_and_line_breaks() {
    let text = "id;note;n\n1;\"a; b\";3\n2;\"say \"\"hi\"\"\nthere\";4\n3;plain;5\n";
    let table = read(text.as_bytes());
    let notes = table.column("note").expect("exists").text();
    assert_eq!(notes, ["a; b", "say \"hi\"\nthere", "plain"]);
    // The third row starts on line 5: the quoted line break counts.
    assert_eq!(table.row_numbers(), [2, 3, 5]);
}

#[test]
fn every_kind_of_column_is_inferred() {
    let table = read(b"i;d;t;e;m\n1;1,5;x;;7\n-2;3;y;;\n");
    assert_eq!(
        kinds(&table),
        [
            ("i", ColumnKind::Integer),
            ("d", ColumnKind::Decimal),
            ("t", ColumnKind::Text),
            ("e", ColumnKind::Empty),
            ("m", ColumnKind::Integer),
        ]
        .map(|(n, k)| (n.to_owned(), k))
    );
    let summary = &table.column_summaries()[4];
    assert_eq!((summary.non_empty, summary.missing), (1, 1));
    assert_eq!(table.numbers("m").expect("numeric"), [Some(7.0), None]);
}

#[test]
fn a_title_line_is_skipped_and_kept() {
    let table = read(b"\"Staff 2024\"\r\n\r\n\"a\";\"b\"\r\n1;2\r\n");
    assert_eq!(table.preamble(), ["Staff 2024"]);
    assert_eq!(table.columns()[1].name(), "b");
    assert_eq!(table.row_numbers(), [4]);
}

#[test]
fn header_names_are_made_unique_and_blank_rows_skipped() {
    let table = read(b"a;a;;b\n1;2;3;4\n;;;\n5;6;7;8\n");
    let names: Vec<&str> = table.columns().iter().map(|c| c.name()).collect();
    assert_eq!(names, ["a", "a (2)", "column 3", "b"]);
    assert_eq!(table.len(), 2);
    assert_eq!(table.row_numbers(), [2, 4]);
}

#[test]
fn trailing_empty_fields_are_not_ragged() {
    let table = read(b"a;b\n1;2;\n3;4;;\n");
    assert_eq!(table.len(), 2);
    assert!(table.issues().is_empty());
}

#[test]
fn ragged_rows_are_excluded_and_reported() {
    let table = read(b"g;v\na;1\nb;2;9\nc\nd;4\n");
    assert_eq!(table.len(), 2);
    assert_eq!(table.excluded_rows(), 2);
    let issues = table.issues();
    assert_eq!(issues.len(), 2);
    assert_eq!(issues[0].row, 3);
    assert_eq!(
        issues[0].reason,
        IssueReason::RaggedRow {
            expected: 2,
            found: 3
        }
    );
    assert_eq!(issues[0].code(), "analysis.ragged_row");
    assert_eq!(issues[1].row, 4);
    assert_eq!(
        issues[1].reason,
        IssueReason::RaggedRow {
            expected: 2,
            found: 1
        }
    );
}

#[test]
fn ragged_rows_stop_when_asked() {
    let error = read_err(b"g;v\na;1\nb;2;9\n", &stop());
    assert_eq!(
        error,
        AnalysisError::RaggedRow {
            row: 3,
            expected: 2,
            found: 3
        }
    );
    assert_eq!(error.code(), "analysis.ragged_row");
}

#[test]
fn text_in_a_mostly_numeric_column_is_a_bad_row() {
    let mut text = String::from("g;v\n");
    for i in 0..9 {
        text.push_str(&format!("a;{i}\n"));
    }
    text.push_str("b;n/a\n");
    let table = read(text.as_bytes());
    assert_eq!(table.len(), 9);
    assert_eq!(table.excluded_rows(), 1);
    let issue = &table.issues()[0];
    assert_eq!(
        (issue.row, issue.column.as_deref(), issue.value.as_deref()),
        (11, Some("v"), Some("n/a"))
    );
    assert_eq!(issue.code(), "analysis.non_numeric");
    assert_eq!(
        table.column("v").expect("exists").kind(),
        ColumnKind::Integer
    );
    // Stop reports the same, as an error.
    let error = read_err(text.as_bytes(), &stop());
    assert_eq!(
        error,
        AnalysisError::NonNumeric {
            row: 11,
            column: "v".into(),
            value: "n/a".into()
        }
    );
}

#[test]
fn a_named_numeric_column_reports_every_text_value() {
    let options = ReadOptions {
        numeric: NumericColumns::Named(vec!["v".into()]),
        ..ReadOptions::default()
    };
    let table = Table::from_csv(b"g;v\na;x\nb;2\nc;y\n", &options).expect("reads");
    assert_eq!(table.len(), 1);
    assert_eq!(table.excluded_rows(), 2);
    // Without naming it, the column is text (most values are not numbers).
    let table = read(b"g;v\na;x\nb;2\nc;y\n");
    assert_eq!(table.column("v").expect("exists").kind(), ColumnKind::Text);
    let options = ReadOptions {
        numeric: NumericColumns::Named(vec!["nope".into()]),
        ..ReadOptions::default()
    };
    assert_eq!(
        read_err(b"g;v\na;1\n", &options).code(),
        "analysis.unknown_column"
    );
}

#[test]
fn the_excluded_count_is_carried_into_results() {
    let table = read(b"g;v\na;1\nb;2;extra\na;3\nb;4\nb;\n");
    let result = resources(&table, "g", "v", None).expect("runs");
    assert_eq!(result.excluded_rows, 1);
    assert_eq!(result.missing_rows, 1);
    assert_eq!(result.count, 3);
}

#[test]
fn empty_and_header_only_files() {
    let options = ReadOptions::default();
    for bytes in [&b""[..], b"   \n\r\n", b"\xEF\xBB\xBF", b"\xEF\xBB\xBF\n"] {
        assert_eq!(
            read_err(bytes, &options),
            AnalysisError::EmptyFile,
            "{bytes:?}"
        );
    }
    assert_eq!(read_err(b"a;b;c\n", &options), AnalysisError::HeaderOnly);
    assert_eq!(
        read_err(b"a;b;c\n;;\n\n", &options),
        AnalysisError::HeaderOnly
    );
    assert_eq!(
        read_err(b"a;b;c\n", &options).code(),
        "analysis.header_only"
    );
}

#[test]
fn unknown_and_non_numeric_columns() {
    let table = read(b"g;v\na;1\n");
    assert_eq!(
        table.column("x").expect_err("absent").code(),
        "analysis.unknown_column"
    );
    assert_eq!(
        table.numbers("g").expect_err("text").code(),
        "analysis.column_not_numeric"
    );
}

#[test]
fn rows_given_directly() {
    let header = vec!["kön".to_owned(), "lön".to_owned()];
    let rows = vec![
        vec!["kvinna".to_owned(), "3 200,50".to_owned()],
        vec!["man".to_owned(), "3400".to_owned()],
        vec!["man".to_owned()],
    ];
    let table = Table::from_rows(header, rows, &ReadOptions::default()).expect("builds");
    assert_eq!(table.encoding(), None);
    assert_eq!(
        table.numbers("lön").expect("numeric"),
        [Some(3200.5), Some(3400.0)]
    );
    assert_eq!(table.issues()[0].row, 4);
    assert_eq!(
        Table::from_rows(vec!["a".into()], vec![], &ReadOptions::default()).expect_err("no rows"),
        AnalysisError::HeaderOnly
    );
}

#[test]
fn errors_have_stable_codes_and_serialise_with_them() {
    let error = AnalysisError::NonNumeric {
        row: 7,
        column: "lön".into(),
        value: "x".into(),
    };
    let json = serde_json::to_value(&error).expect("serialises");
    assert_eq!(json["code"], "analysis.non_numeric");
    assert_eq!(json["row"], 7);
    assert_eq!(
        error.to_string(),
        "row 7, column \"lön\": \"x\" is not a number"
    );
    let mut codes = AnalysisError::CODES.to_vec();
    assert!(codes.iter().all(|c| c.starts_with("analysis.")));
    codes.sort_unstable();
    codes.dedup();
    assert_eq!(codes.len(), AnalysisError::CODES.len());
    for code in [
        "analysis.empty_file",
        "analysis.header_only",
        "analysis.ragged_row",
        "analysis.non_numeric",
        "analysis.no_variation",
        "analysis.singular_design",
        "analysis.too_few_observations",
        "analysis.empty_group",
    ] {
        assert!(AnalysisError::CODES.contains(&code), "{code}");
    }
}

#[test]
fn line_numbers_with_every_line_ending() {
    for text in [
        "a;b\n1;2\n3;4\n",
        "a;b\r\n1;2\r\n3;4\r\n",
        "a;b\r1;2\r3;4\r",
    ] {
        let table = read(text.as_bytes());
        assert_eq!(table.row_numbers(), [2, 3], "{text:?}");
    }
}
