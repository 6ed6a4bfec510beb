//! Tables from Excel workbooks (XLSX), read from bytes with calamine within
//! the bounds of [`crate::WorkbookLimits`].
//!
//! Each cell becomes the text a person would have typed, and the table is
//! then built exactly as from CSV: the same type inference, the same bad-row
//! reports (row, column, value, reason) and the same choice between stopping
//! and leaving bad rows out. Row numbers are the worksheet's own (row 1 is
//! the sheet's first row, whether or not the header is on it).

use calamine::Data;

use crate::error::AnalysisError;
use crate::table::{ReadOptions, Table};
use crate::workbook::read_sheet;

/// The first bytes of every ZIP archive, and so of every XLSX workbook.
pub const ZIP_MAGIC: &[u8; 4] = b"PK\x03\x04";

/// Whether the bytes look like an XLSX workbook (a ZIP archive) rather than
/// text.
pub fn looks_like_xlsx(bytes: &[u8]) -> bool {
    bytes.starts_with(ZIP_MAGIC)
}

impl Table {
    /// Reads the first worksheet of an XLSX workbook, or the one named
    /// `sheet`. The header is the first row with any value in it; rows whose
    /// cells are all empty are skipped. Numbers stay numbers, dates become
    /// ISO text (`2024-03-01`, or `2024-03-01T08:30:00` with a time), truth
    /// values `TRUE`/`FALSE`, and error cells (`#DIV/0!`) their text, which
    /// is a bad row in a numeric column. Text cells that hold numbers are
    /// read as in CSV (decimal commas allowed unless `options.decimal_comma`
    /// says otherwise). `options.encoding` and `options.delimiter` are ignored.
    pub fn from_xlsx(
        bytes: &[u8],
        sheet: Option<&str>,
        options: &ReadOptions,
    ) -> Result<Self, AnalysisError> {
        if bytes.iter().all(u8::is_ascii_whitespace) {
            return Err(AnalysisError::EmptyFile);
        }
        let lines = read_sheet(bytes, sheet, &options.workbook, cell_text)?;
        // The table starts at the first column used, as the sheet's used
        // range does.
        let first_column = lines
            .iter()
            .filter_map(|(_, fields)| fields.iter().position(|f| !f.is_empty()))
            .min()
            .unwrap_or(0);
        let filled = |fields: &[String]| fields.iter().filter(|f| !f.trim().is_empty()).count();
        let lines: Vec<(u64, Vec<String>)> = lines
            .into_iter()
            .map(|(row, mut fields)| {
                fields.drain(..first_column.min(fields.len()));
                (row, fields)
            })
            .filter(|(_, fields)| filled(fields) > 0)
            .collect();
        // Title rows (one cell filled) before the header are skipped and
        // kept as the preamble, as for CSV; a one-column sheet has its
        // header on its first filled row.
        let widest = lines.iter().map(|(_, f)| filled(f)).max().unwrap_or(0);
        let header_at = lines
            .iter()
            .position(|(_, fields)| filled(fields) >= widest.min(2))
            .ok_or(AnalysisError::EmptyFile)?;
        let mut lines = lines.into_iter();
        let preamble = lines
            .by_ref()
            .take(header_at)
            .map(|(_, fields)| fields.join(" ").trim().to_owned())
            .collect();
        let (_, header) = lines.next().ok_or(AnalysisError::EmptyFile)?;
        Table::from_numbered_rows(
            trim_trailing_empty(header),
            lines.collect(),
            preamble,
            options,
        )
    }
}

/// A header read from a sheet is as wide as the sheet's used range; columns
/// beyond the last named one are dropped when they are empty in every row
/// (the builder drops trailing empty fields of rows in the same way).
fn trim_trailing_empty(mut header: Vec<String>) -> Vec<String> {
    while header.last().is_some_and(|h| h.trim().is_empty()) {
        header.pop();
    }
    header
}

/// The text of one cell, as a person would have typed it.
fn cell_text(cell: &Data) -> String {
    match cell {
        Data::Empty => String::new(),
        Data::String(text) | Data::DateTimeIso(text) | Data::DurationIso(text) => text.clone(),
        Data::Int(value) => value.to_string(),
        Data::Float(value) => number_text(*value),
        Data::Bool(value) => if *value { "TRUE" } else { "FALSE" }.to_owned(),
        Data::Error(error) => error.to_string(),
        Data::DateTime(moment) if moment.is_datetime() => {
            let (year, month, day, hour, minute, second, milli) = moment.to_ymd_hms_milli();
            if (hour, minute, second, milli) == (0, 0, 0, 0) {
                format!("{year:04}-{month:02}-{day:02}")
            } else {
                format!("{year:04}-{month:02}-{day:02}T{hour:02}:{minute:02}:{second:02}")
            }
        }
        // A duration is kept as its number of days.
        Data::DateTime(moment) => number_text(moment.as_f64()),
    }
}

/// A float as the number parser reads it back exactly: whole numbers
/// without a fraction (so that a column of them is an integer column), other
/// values in Rust's shortest round-trip form (with an exponent when very
/// large or small, which keeps it short).
fn number_text(value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 1e15 {
        format!("{value:.0}")
    } else {
        format!("{value:?}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floats_read_back_exactly_and_whole_ones_as_integers() {
        assert_eq!(number_text(3200.0), "3200");
        assert_eq!(number_text(-0.0), "-0");
        for value in [3200.5, 1e-7, 1.5e300, -2.25, 0.1 + 0.2] {
            let text = number_text(value);
            let back = crate::number::parse_number(&text, true).map(|p| p.value);
            assert_eq!(back, Some(value), "{text}");
        }
    }

    #[test]
    fn bytes_that_are_not_a_workbook_are_malformed_not_a_panic() {
        let error = Table::from_xlsx(b"PK\x03\x04garbage", None, &ReadOptions::default())
            .err()
            .map(|e| e.code());
        assert_eq!(error, Some("analysis.malformed_xlsx"));
        let error = Table::from_xlsx(b"  \n", None, &ReadOptions::default())
            .err()
            .map(|e| e.code());
        assert_eq!(error, Some("analysis.empty_file"));
    }
}
