//! An uploaded file as a table, read once when it arrives: its kept column
//! names and the profile its mapping page shows.

use jamlik_stats::{
    looks_like_xlsx, AnalysisError, ColumnKind, IssueReason, ReadOptions, Table, WorkbookLimits,
};
use serde::{Deserialize, Serialize};

/// Whether a file is not text and not a workbook — an image, a PDF, another
/// program's file: a NUL byte, or more than one in twenty of its first
/// 8 KiB a control character other than tab, line feed, form feed and
/// carriage return. A UTF-16 file (its byte-order mark) is text.
pub fn looks_binary(bytes: &[u8]) -> bool {
    if looks_like_xlsx(bytes)
        || bytes.starts_with(&[0xFF, 0xFE])
        || bytes.starts_with(&[0xFE, 0xFF])
    {
        return false;
    }
    let head = &bytes[..bytes.len().min(8192)];
    let controls = head
        .iter()
        .filter(|b| b.is_ascii_control() && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C))
        .count();
    head.contains(&0) || controls * 20 > head.len()
}

/// Reads an uploaded file (CSV or XLSX, told apart by content).
pub fn read_table(bytes: &[u8], options: &ReadOptions) -> Result<Table, AnalysisError> {
    if looks_like_xlsx(bytes) {
        Table::from_xlsx(bytes, None, options)
    } else {
        Table::from_csv(bytes, options)
    }
}

/// Most column names kept of an upload, and most characters of each: what
/// a page offers from an upload it does not read again.
pub const KEPT_COLUMNS: usize = 500;
/// See [`KEPT_COLUMNS`].
pub const KEPT_COLUMN_CHARS: usize = 120;

/// A table's column names as kept with its upload: at most
/// [`KEPT_COLUMNS`], each cut to [`KEPT_COLUMN_CHARS`] characters.
pub fn column_names(table: &Table) -> Vec<String> {
    table
        .columns()
        .iter()
        .take(KEPT_COLUMNS)
        .map(|c| c.name().chars().take(KEPT_COLUMN_CHARS).collect())
        .collect()
}

/// The longest column name an upload may have, in characters: a long
/// survey question fits, a whole file in a header cell does not.
pub const MAX_COLUMN_NAME_CHARS: usize = 500;

/// An upload's column names as kept with it, or why it is refused: more
/// than [`KEPT_COLUMNS`] columns, or a name longer than
/// [`MAX_COLUMN_NAME_CHARS`] (the message key and the limit).
pub fn checked_columns(table: &Table) -> Result<Vec<String>, (&'static str, usize)> {
    if table.columns().len() > KEPT_COLUMNS {
        return Err(("analysis-upload-too-many-columns", KEPT_COLUMNS));
    }
    if table
        .columns()
        .iter()
        .any(|c| c.name().chars().count() > MAX_COLUMN_NAME_CHARS)
    {
        return Err(("analysis-upload-long-column-name", MAX_COLUMN_NAME_CHARS));
    }
    Ok(column_names(table))
}

/// Rows an upload's profile keeps for the preview.
pub const PREVIEW_ROWS: usize = 5;
/// Bad rows an upload's profile lists (all are counted).
pub const LISTED_ISSUES: usize = 50;

/// What an upload's mapping page shows, read once when the upload arrives
/// and kept with it, so that the page never parses the file again.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct UploadProfile {
    /// The columns, in the file's order.
    pub columns: Vec<ProfileColumn>,
    /// The first rows ([`PREVIEW_ROWS`]), each value cut to
    /// [`KEPT_COLUMN_CHARS`].
    pub preview: Vec<Vec<String>>,
    /// The first bad rows ([`LISTED_ISSUES`]).
    pub issues: Vec<ProfileIssue>,
    /// How many bad rows there are.
    pub issue_count: u64,
}

/// One column of an upload, as the mapping page shows it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ProfileColumn {
    /// Its name (whole: a mapping names the column).
    pub name: String,
    /// Its inferred type.
    pub kind: ProfileKind,
    /// How many rows have a value in it.
    pub present: u64,
    /// How many rows have none.
    pub missing: u64,
}

/// A column's inferred type.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ProfileKind {
    /// Whole numbers.
    Integer,
    /// Numbers with decimals.
    Decimal,
    /// Text.
    Text,
    /// No values.
    Empty,
}

impl ProfileKind {
    /// Whether the column holds numbers.
    pub fn is_numeric(self) -> bool {
        matches!(self, ProfileKind::Integer | ProfileKind::Decimal)
    }
}

/// A bad row of an upload, its values cut to [`KEPT_COLUMN_CHARS`].
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ProfileIssue {
    /// The row's number in the file.
    pub row: u64,
    /// The column, when one is to blame.
    pub column: Option<String>,
    /// The value found there.
    pub value: Option<String>,
    /// For a row of the wrong length: the header's fields and the row's.
    pub ragged: Option<(u64, u64)>,
}

/// A text cut to [`KEPT_COLUMN_CHARS`] characters, the rest marked as left
/// out, so that no page grows with what a file holds.
pub fn cut_for_page(text: &str) -> String {
    let mut chars = text.chars();
    let kept: String = chars.by_ref().take(KEPT_COLUMN_CHARS).collect();
    if chars.next().is_some() {
        format!("{kept}…")
    } else {
        kept
    }
}

/// The profile of a table read from an upload.
pub fn profile_of(table: &Table) -> UploadProfile {
    let columns = table.columns();
    UploadProfile {
        columns: columns
            .iter()
            .map(|c| ProfileColumn {
                name: c.name().to_owned(),
                kind: match c.kind() {
                    ColumnKind::Integer => ProfileKind::Integer,
                    ColumnKind::Decimal => ProfileKind::Decimal,
                    ColumnKind::Text => ProfileKind::Text,
                    ColumnKind::Empty => ProfileKind::Empty,
                },
                present: c.non_empty() as u64,
                missing: c.missing() as u64,
            })
            .collect(),
        preview: (0..table.len().min(PREVIEW_ROWS))
            .map(|i| {
                columns
                    .iter()
                    .map(|c| cut_for_page(c.text().get(i).map_or("", String::as_str)))
                    .collect()
            })
            .collect(),
        issues: table
            .issues()
            .iter()
            .take(LISTED_ISSUES)
            .map(|issue| ProfileIssue {
                row: issue.row,
                column: issue.column.as_deref().map(cut_for_page),
                value: issue.value.as_deref().map(cut_for_page),
                ragged: match issue.reason {
                    IssueReason::RaggedRow { expected, found } => {
                        Some((expected as u64, found as u64))
                    }
                    IssueReason::NonNumeric => None,
                },
            })
            .collect(),
        issue_count: table.issues().len() as u64,
    }
}

/// An upload's kept column names and its profile (as JSON), read as the
/// upload reads it (empty when it does not read).
pub fn upload_profile(bytes: &[u8], limits: &WorkbookLimits) -> (Vec<String>, String) {
    let options = ReadOptions {
        workbook: *limits,
        ..ReadOptions::default()
    };
    match read_table(bytes, &options) {
        Ok(table) => (
            column_names(&table),
            serde_json::to_string(&profile_of(&table)).unwrap_or_default(),
        ),
        Err(_) => (Vec::new(), String::new()),
    }
}
