//! Tables in and out of spreadsheets: an uploaded file (CSV or XLSX, told
//! apart by its content) becomes rows of text with their row numbers in the
//! file, so that one check per kind of table serves both formats; and a
//! table goes out as an XLSX workbook with a bold, frozen header.

use axum::body::Bytes;
use axum::extract::multipart::MultipartRejection;
use axum::extract::Multipart;
use axum::http::StatusCode;
use calamine::Data;
use jamlik_domain::ErrorCode;
use jamlik_stats::{AnalysisError, WorkbookLimits};
use rust_xlsxwriter::{ExcelDateTime, Format, Workbook, XlsxError};
use subtle::ConstantTimeEq;

use crate::kit::context::Ctx;
use crate::kit::error::{AppError, AppResult};

/// How every ZIP archive, and so every XLSX workbook, begins.
const ZIP_SIGNATURE: &[u8] = b"PK\x03\x04";

/// How the old binary Excel format (`.xls`, an OLE compound file) begins.
const OLE_SIGNATURE: &[u8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1";

/// Something wrong in an uploaded file, by row (1 is the header) and column.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Problem {
    /// The row in the file, counting the header as 1 (0: the whole file).
    pub row: usize,
    /// The column's name, if the problem is in one.
    pub column: String,
    /// The value found.
    pub value: String,
    /// The message key.
    pub key: &'static str,
}

impl Problem {
    /// A problem at a row and column, with the value found there (each cut
    /// to [`Problem::SHOWN_CHARS`] characters: a page of problems never
    /// grows with what a cell holds).
    pub(crate) fn new(row: usize, column: &str, value: &str, key: &'static str) -> Self {
        let cut = |text: &str| {
            let mut chars = text.chars();
            let kept: String = chars.by_ref().take(Self::SHOWN_CHARS).collect();
            if chars.next().is_some() {
                format!("{kept}…")
            } else {
                kept
            }
        };
        Problem {
            row,
            column: cut(column),
            value: cut(value),
            key,
        }
    }

    /// The most characters of a column name or value a problem shows.
    pub(crate) const SHOWN_CHARS: usize = 200;

    /// A problem with the whole file.
    pub(crate) fn file(key: &'static str) -> Self {
        Problem::new(0, "", "", key)
    }
}

/// One row of a table as read from a file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct TableRow {
    /// Its row number in the file (the first row is 1).
    pub number: usize,
    /// Its cells as text, trimmed.
    pub cells: Vec<String>,
}

impl TableRow {
    /// Whether every cell is empty.
    pub(crate) fn is_blank(&self) -> bool {
        self.cells.iter().all(String::is_empty)
    }
}

/// The format of an uploaded file, told from its first bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum FileFormat {
    /// Comma, semicolon or tab separated text.
    Csv,
    /// An Excel workbook (a ZIP archive).
    Xlsx,
    /// The old binary Excel format, which is not read.
    Xls,
}

/// Tells the format by content, not by the file's name.
pub(crate) fn sniff(bytes: &[u8]) -> FileFormat {
    if bytes.starts_with(ZIP_SIGNATURE) {
        FileFormat::Xlsx
    } else if bytes.starts_with(OLE_SIGNATURE) {
        FileFormat::Xls
    } else {
        FileFormat::Csv
    }
}

/// Reads an uploaded file, CSV or XLSX, into its rows, each with the number
/// a spreadsheet shows for it (callers skip blank rows).
pub(crate) fn read_table(
    bytes: &[u8],
    limits: &WorkbookLimits,
) -> Result<Vec<TableRow>, Vec<Problem>> {
    let rows = match sniff(bytes) {
        FileFormat::Xlsx => read_xlsx(bytes, limits)?,
        FileFormat::Xls => return Err(vec![Problem::file("upload-problem-xls")]),
        FileFormat::Csv => read_csv(bytes)?,
    };
    if rows.iter().all(TableRow::is_blank) {
        return Err(vec![Problem::file("bulk-problem-empty")]);
    }
    Ok(rows)
}

/// CSV: UTF-8 (a byte-order mark is allowed), with semicolons, tabs or commas
/// as the first line shows.
fn read_csv(bytes: &[u8]) -> Result<Vec<TableRow>, Vec<Problem>> {
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(error) => return Err(vec![encoding_problem(bytes, error.valid_up_to())]),
    };
    let text = text.trim_start_matches('\u{feff}');
    let first_line = text.lines().next().unwrap_or_default();
    let delimiter = if first_line.contains(';') {
        b';'
    } else if first_line.contains('\t') {
        b'\t'
    } else {
        b','
    };
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .has_headers(false)
        .from_reader(text.as_bytes());
    let mut rows = Vec::new();
    let mut problems = Vec::new();
    for (index, record) in reader.records().enumerate() {
        match record {
            Ok(record) => rows.push(TableRow {
                number: record.position().map_or(index + 1, |p| {
                    usize::try_from(p.line()).unwrap_or(index + 1)
                }),
                cells: record.iter().map(|cell| cell.trim().to_owned()).collect(),
            }),
            Err(error) => {
                let number = error.position().map_or(index + 1, |p| {
                    usize::try_from(p.line()).unwrap_or(index + 1)
                });
                problems.push(Problem::new(number, "", "", "bulk-problem-unreadable"));
            }
        }
    }
    if problems.is_empty() {
        Ok(rows)
    } else {
        Err(problems)
    }
}

/// The problem for text that is not UTF-8: Windows-1252 (what Excel's plain
/// "CSV" saves in Finland and Sweden) is named, with the word as it was
/// meant, at the row where it first occurs.
fn encoding_problem(bytes: &[u8], valid_up_to: usize) -> Problem {
    let before = bytes.get(..valid_up_to).unwrap_or_default();
    let row = before.iter().filter(|b| **b == b'\n').count() + 1;
    let utf16 = bytes.starts_with(b"\xff\xfe") || bytes.starts_with(b"\xfe\xff");
    let (decoded, _, had_errors) = encoding_rs::WINDOWS_1252.decode(bytes);
    if utf16 || had_errors {
        return Problem::new(row, "", "", "bulk-problem-encoding");
    }
    // The word around the first byte that is not UTF-8, as Windows-1252 reads it.
    let line_start = before
        .iter()
        .rposition(|b| *b == b'\n')
        .map_or(0, |p| p + 1);
    let line = decoded.lines().nth(row - 1).unwrap_or_default().to_owned();
    let column_in_line = before.len().saturating_sub(line_start);
    let word = word_at(&line, column_in_line);
    Problem::new(row, "", &word, "upload-problem-windows-1252")
}

/// The word (between delimiters and spaces) that holds the `byte_offset`th
/// byte of a line, when each byte is one character (as in Windows-1252).
fn word_at(line: &str, byte_offset: usize) -> String {
    let chars: Vec<char> = line.chars().collect();
    let at = byte_offset.min(chars.len().saturating_sub(1));
    let boundary = |c: &char| matches!(c, ';' | ',' | '\t' | ' ' | '"');
    let start = chars
        .get(..at)
        .unwrap_or_default()
        .iter()
        .rposition(boundary)
        .map_or(0, |p| p + 1);
    let end = chars
        .get(at..)
        .unwrap_or_default()
        .iter()
        .position(boundary)
        .map_or(chars.len(), |p| p + at);
    chars.get(start..end).unwrap_or_default().iter().collect()
}

/// XLSX: the first sheet, from cell A1, each cell as text, read within
/// `limits` (a workbook that asks for more is refused before it is
/// unpacked further). Dates become `YYYY-MM-DD` (with the time when there
/// is one, which a date column then refuses); numbers are written without a
/// needless `.0`. Rows without a value are left out; the others keep their
/// numbers on the sheet.
fn read_xlsx(bytes: &[u8], limits: &WorkbookLimits) -> Result<Vec<TableRow>, Vec<Problem>> {
    match jamlik_stats::read_sheet(bytes, None, limits, cell_text) {
        Ok(rows) => Ok(rows
            .into_iter()
            .map(|(number, cells)| TableRow {
                number: usize::try_from(number).unwrap_or(usize::MAX),
                cells,
            })
            .collect()),
        Err(AnalysisError::WorkbookTooLarge { bound, .. }) => Err(vec![Problem::new(
            0,
            "",
            &bound,
            "upload-problem-xlsx-too-large",
        )]),
        Err(_) => Err(vec![Problem::file("upload-problem-xlsx-corrupt")]),
    }
}

/// A cell as the text a person sees in it.
fn cell_text(cell: &Data) -> String {
    match cell {
        Data::DateTime(value) if value.is_datetime() => {
            let (year, month, day, hour, minute, second, _) = value.to_ymd_hms_milli();
            if (hour, minute, second) == (0, 0, 0) {
                format!("{year:04}-{month:02}-{day:02}")
            } else {
                format!("{year:04}-{month:02}-{day:02} {hour:02}:{minute:02}")
            }
        }
        Data::DateTimeIso(text) => text.strip_suffix("T00:00:00").unwrap_or(text).to_owned(),
        Data::Error(_) => cell.to_string(),
        other => other.to_string().trim().to_owned(),
    }
}

/// Checks the header: the first row that is not blank must name exactly
/// `columns` (trailing empty cells aside). Returns the rows after it.
pub(crate) fn body_after_header<'rows>(
    rows: &'rows [TableRow],
    columns: &[&str],
) -> Result<&'rows [TableRow], Problem> {
    let Some(position) = rows.iter().position(|row| !row.is_blank()) else {
        return Err(Problem::file("bulk-problem-empty"));
    };
    let header = &rows[position];
    let mut names: Vec<&str> = header.cells.iter().map(String::as_str).collect();
    while names.len() > columns.len() && names.last().is_some_and(|name| name.is_empty()) {
        names.pop();
    }
    if names != columns {
        return Err(Problem::new(
            header.number,
            "",
            &names.join(";"),
            "bulk-problem-columns",
        ));
    }
    Ok(rows.get(position + 1..).unwrap_or_default())
}

/// A row's cells, one per column: cells past the last column are allowed
/// when they are empty (a spreadsheet's formatting reaches further than its
/// text). `None` when the row has too few or too many cells.
pub(crate) fn cells_for<'row>(row: &'row TableRow, columns: &[&str]) -> Option<&'row [String]> {
    let filled = row
        .cells
        .iter()
        .rposition(|cell| !cell.is_empty())
        .map_or(0, |p| p + 1);
    if row.cells.len() < columns.len() || filled > columns.len() {
        None
    } else {
        row.cells.get(..columns.len())
    }
}

/// A file as uploaded from a form.
#[derive(Debug, Default)]
pub(crate) struct Upload {
    /// The file name the browser sent, if any.
    pub file_name: Option<String>,
    /// The media type the browser sent, if any.
    pub content_type: Option<String>,
    /// The bytes (empty when no file was sent).
    pub bytes: Bytes,
    /// The form's other fields, as text, in order.
    pub fields: Vec<(String, String)>,
}

/// Reads a multipart upload: checks the CSRF token sent with it and returns
/// the file's bytes (empty when no file was sent).
pub(crate) async fn uploaded_file(
    ctx: &Ctx,
    multipart: Result<Multipart, MultipartRejection>,
) -> AppResult<Bytes> {
    Ok(uploaded(ctx, multipart).await?.bytes)
}

/// Reads a multipart upload with the file's name and type; checks the CSRF
/// token sent with it. A body over the limit is `request.too_large`.
pub(crate) async fn uploaded(
    ctx: &Ctx,
    multipart: Result<Multipart, MultipartRejection>,
) -> AppResult<Upload> {
    let mut multipart = multipart.map_err(|_| AppError::from(ErrorCode::MalformedBody))?;
    let mut csrf = None;
    let mut file = Upload::default();
    let mut fields = Vec::new();
    loop {
        let field = match multipart.next_field().await {
            Ok(Some(field)) => field,
            Ok(None) => break,
            Err(error) if error.status() == StatusCode::PAYLOAD_TOO_LARGE => {
                return Err(ErrorCode::PayloadTooLarge.into())
            }
            Err(_) => return Err(ErrorCode::MalformedBody.into()),
        };
        let name = field.name().unwrap_or_default().to_owned();
        let file_name = field.file_name().map(str::to_owned);
        let content_type = field.content_type().map(str::to_owned);
        let bytes = field.bytes().await.map_err(|error| {
            if error.status() == StatusCode::PAYLOAD_TOO_LARGE {
                AppError::from(ErrorCode::PayloadTooLarge)
            } else {
                AppError::from(ErrorCode::MalformedBody)
            }
        })?;
        match name.as_str() {
            "csrf" => csrf = Some(bytes),
            "file" => {
                file = Upload {
                    file_name,
                    content_type,
                    bytes,
                    fields: Vec::new(),
                }
            }
            _ => {
                if let Ok(text) = String::from_utf8(bytes.to_vec()) {
                    fields.push((name, text));
                }
            }
        }
    }
    let valid = csrf.is_some_and(|sent| {
        !ctx.csrf.is_empty() && bool::from(sent.as_ref().ct_eq(ctx.csrf.as_bytes()))
    });
    if !valid {
        return Err(ErrorCode::CsrfRejected.into());
    }
    file.fields = fields;
    Ok(file)
}

/// A cell of an exported sheet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum OutCell {
    /// Text, written as text (never as a number or a formula).
    Text(String),
    /// A calendar date, written as a real date shown `yyyy-mm-dd`.
    Date { year: u16, month: u8, day: u8 },
}

/// A workbook of one sheet: the header bold and frozen, dates as dates shown
/// as ISO dates, each column as wide as its longest text (within bounds).
pub(crate) fn workbook(
    sheet_name: &str,
    columns: &[&str],
    rows: &[Vec<OutCell>],
) -> Result<Vec<u8>, XlsxError> {
    let mut workbook = Workbook::new();
    write_sheet(&mut workbook, sheet_name, columns, rows)?;
    workbook.save_to_buffer()
}

/// A workbook of the data sheet and a second sheet of notes, one line per
/// row (a licence line, where the data come from).
pub(crate) fn workbook_with_notes(
    sheet_name: &str,
    columns: &[&str],
    rows: &[Vec<OutCell>],
    notes_name: &str,
    notes: &[String],
) -> Result<Vec<u8>, XlsxError> {
    let mut workbook = Workbook::new();
    write_sheet(&mut workbook, sheet_name, columns, rows)?;
    let sheet = workbook.add_worksheet();
    sheet.set_name(safe_sheet_name(notes_name))?;
    for (index, note) in notes.iter().enumerate() {
        sheet.write_string(u32::try_from(index).unwrap_or(u32::MAX), 0, note)?;
    }
    sheet.set_column_width(0, 100)?;
    workbook.save_to_buffer()
}

fn write_sheet(
    workbook: &mut Workbook,
    sheet_name: &str,
    columns: &[&str],
    rows: &[Vec<OutCell>],
) -> Result<(), XlsxError> {
    let sheet = workbook.add_worksheet();
    sheet.set_name(safe_sheet_name(sheet_name))?;
    let bold = Format::new().set_bold();
    let date = Format::new().set_num_format("yyyy-mm-dd");
    let text = Format::new();
    let mut widths: Vec<usize> = columns.iter().map(|c| c.chars().count()).collect();
    for (column, name) in columns.iter().enumerate() {
        sheet.write_string_with_format(0, column_number(column), *name, &bold)?;
    }
    for (index, row) in rows.iter().enumerate() {
        let row_number = u32::try_from(index + 1).unwrap_or(u32::MAX);
        for (column, cell) in row.iter().enumerate() {
            let shown = match cell {
                OutCell::Text(value) => {
                    sheet.write_string_with_format(
                        row_number,
                        column_number(column),
                        value,
                        &text,
                    )?;
                    value.chars().count()
                }
                OutCell::Date { year, month, day } => {
                    let value = ExcelDateTime::from_ymd(*year, *month, *day)?;
                    sheet.write_date_with_format(
                        row_number,
                        column_number(column),
                        &value,
                        &date,
                    )?;
                    "yyyy-mm-dd".len()
                }
            };
            if let Some(width) = widths.get_mut(column) {
                *width = (*width).max(shown);
            }
        }
    }
    for (column, width) in widths.iter().enumerate() {
        // A little room beyond the text; very long texts do not make a very wide column.
        let width = (*width).clamp(8, 60) as f64 + 2.0;
        sheet.set_column_width(column_number(column), width)?;
    }
    sheet.set_freeze_panes(1, 0)?;
    Ok(())
}

fn column_number(index: usize) -> u16 {
    u16::try_from(index).unwrap_or(u16::MAX)
}

/// A name Excel accepts for a sheet: at most 31 characters (UTF-16 units),
/// none of `[ ] : * ? / \` or control characters, no apostrophe at either
/// end, not blank and not Excel's reserved `History`.
pub(crate) fn safe_sheet_name(name: &str) -> String {
    let cleaned: String = name
        .chars()
        .map(|c| {
            if matches!(c, '[' | ']' | ':' | '*' | '?' | '/' | '\\') || c.is_control() {
                ' '
            } else {
                c
            }
        })
        .collect();
    let cleaned = cleaned.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut short = String::new();
    let mut units = 0;
    for c in cleaned.trim_matches('\'').chars() {
        units += c.len_utf16();
        if units > 31 {
            break;
        }
        short.push(c);
    }
    let short = short.trim().trim_matches('\'').trim().to_owned();
    if short.is_empty() || short.eq_ignore_ascii_case("history") {
        "Sheet1".to_owned()
    } else {
        short
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sheet_names_follow_excels_rules() {
        assert_eq!(
            safe_sheet_name("Plan 2026/2027: [draft]"),
            "Plan 2026 2027 draft"
        );
        assert_eq!(safe_sheet_name("'quoted'"), "quoted");
        assert_eq!(safe_sheet_name("History"), "Sheet1");
        assert_eq!(safe_sheet_name("  "), "Sheet1");
        let long = safe_sheet_name("Jämställdhets- och likabehandlingsplan för Vasa stad");
        assert!(long.encode_utf16().count() <= 31, "{long}");
        assert!(long.starts_with("Jämställdhets- och"));
        for name in [
            "Plan 2026/2027: [draft]",
            "'x'",
            "History",
            "ä".repeat(40).as_str(),
        ] {
            assert!(rust_xlsxwriter::utility::check_sheet_name(&safe_sheet_name(name)).is_ok());
        }
    }

    #[test]
    fn the_format_is_told_by_content() {
        assert_eq!(sniff(b"PK\x03\x04rest"), FileFormat::Xlsx);
        assert_eq!(sniff(OLE_SIGNATURE), FileFormat::Xls);
        assert_eq!(sniff(b"id;title\n"), FileFormat::Csv);
    }

    #[test]
    fn windows_1252_is_named_with_the_word_and_row() {
        let problems = read_table(
            b"name;unit\nHemtj\xe4nst;Omsorg\n",
            &WorkbookLimits::default(),
        )
        .err()
        .unwrap_or_default();
        assert_eq!(
            problems,
            vec![Problem::new(
                2,
                "",
                "Hemtjänst",
                "upload-problem-windows-1252"
            )]
        );
        let utf16 = read_table(b"\xff\xfen\x00a\x00", &WorkbookLimits::default())
            .err()
            .unwrap_or_default();
        assert_eq!(utf16[0].key, "bulk-problem-encoding");
    }

    #[test]
    fn a_workbook_reads_back_with_dates_and_row_numbers() {
        let rows = vec![
            vec![
                OutCell::Text("a".into()),
                OutCell::Date {
                    year: 2026,
                    month: 6,
                    day: 30,
                },
            ],
            vec![OutCell::Text("0042".into()), OutCell::Text(String::new())],
        ];
        let bytes = workbook("Plan", &["id", "due_date"], &rows).unwrap_or_default();
        let read = read_table(&bytes, &WorkbookLimits::default()).unwrap_or_default();
        assert_eq!(read.len(), 3);
        assert_eq!(read[0].cells, vec!["id", "due_date"]);
        assert_eq!(read[1].cells, vec!["a", "2026-06-30"]);
        assert_eq!(read[2].cells, vec!["0042", ""], "text stays text");
        assert_eq!(read[2].number, 3);
        let broken = read_table(&bytes[..bytes.len() / 2], &WorkbookLimits::default())
            .err()
            .unwrap_or_default();
        assert_eq!(broken[0].key, "upload-problem-xlsx-corrupt");
    }

    #[test]
    fn a_thousand_rows_come_back_within_the_default_body_limit() {
        let rows: Vec<Vec<OutCell>> = (0..1000)
            .map(|i| {
                vec![
                    OutCell::Text(format!("0196a3b2-7c1d-7e2f-8a9b-{i:012}")),
                    OutCell::Text(format!("Plain-language letters in both languages, {i}")),
                    OutCell::Text("Social services".into()),
                    OutCell::Date {
                        year: 2026,
                        month: 6,
                        day: 30,
                    },
                    OutCell::Text("in_progress".into()),
                    OutCell::Text(String::new()),
                ]
            })
            .collect();
        let columns = ["id", "title", "unit", "due_date", "status", "note"];
        let bytes = workbook("Plan", &columns, &rows).unwrap_or_default();
        // The default `body_limit_bytes` is 65,536, and the upload adds a few hundred bytes.
        assert!(bytes.len() < 60_000, "{} bytes", bytes.len());
        let read = read_table(&bytes, &WorkbookLimits::default()).unwrap_or_default();
        assert_eq!(read.len(), 1001);
        assert_eq!(read[1000].cells[3], "2026-06-30");
    }

    #[test]
    fn headers_and_trailing_cells() {
        let row = |number: usize, cells: &[&str]| TableRow {
            number,
            cells: cells.iter().map(|c| (*c).to_owned()).collect(),
        };
        let rows = [
            row(1, &[]),
            row(2, &["a", "b", ""]),
            row(3, &["1", "2", ""]),
        ];
        let body = body_after_header(&rows, &["a", "b"]).unwrap_or_default();
        assert_eq!(body.len(), 1);
        assert_eq!(
            cells_for(&body[0], &["a", "b"]).map(<[String]>::len),
            Some(2)
        );
        assert_eq!(cells_for(&row(4, &["1", "2", "3"]), &["a", "b"]), None);
        assert_eq!(cells_for(&row(4, &["1"]), &["a", "b"]), None);
        let wrong = body_after_header(&rows, &["a", "c"]).err();
        assert_eq!(
            wrong.map(|p| (p.row, p.key)),
            Some((2, "bulk-problem-columns"))
        );
    }
}
