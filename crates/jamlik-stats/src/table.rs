//! Tables: read from CSV bytes or given as rows, checked, typed per column.

use std::collections::{HashMap, HashSet};

use serde::Serialize;

use crate::decode::{decode, sniff, TextEncoding};
use crate::error::AnalysisError;
use crate::number::{parse_number, Parsed};

/// What to do with a bad row (a ragged row, or text in a numeric column).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum BadRows {
    /// Stop at the first bad row (in file order) with its error.
    Stop,
    /// Leave bad rows out, report each in [`Table::issues`] and count them in
    /// [`Table::excluded_rows`] (and in every result computed from the table).
    #[default]
    Exclude,
}

/// Which columns hold numbers.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum NumericColumns {
    /// A column is numeric when at least [`INFERRED_NUMERIC_SHARE`] of its
    /// non-empty values are numbers; its other values are bad rows.
    #[default]
    Inferred,
    /// These columns are numeric (any other value in them is a bad row);
    /// other columns are numeric only when every non-empty value is a number.
    Named(Vec<String>),
}

/// The share of numbers among a column's non-empty values from which
/// [`NumericColumns::Inferred`] takes the column to be numeric.
pub const INFERRED_NUMERIC_SHARE: f64 = 0.8;

/// How to read a table. The defaults detect everything.
#[derive(Clone, Debug, Default)]
pub struct ReadOptions {
    /// The encoding; `None` detects it (byte-order mark, then UTF-8, then Windows-1252).
    pub encoding: Option<TextEncoding>,
    /// The delimiter; `None` sniffs it from the header line (`;`, tab or `,`).
    pub delimiter: Option<u8>,
    /// Whether `12,5` is a number; `None` allows it exactly when the
    /// delimiter is not a comma.
    pub decimal_comma: Option<bool>,
    /// Which columns hold numbers.
    pub numeric: NumericColumns,
    /// What to do with bad rows.
    pub bad_rows: BadRows,
    /// How much of an XLSX workbook is read.
    pub workbook: crate::WorkbookLimits,
}

/// The type a column's values have.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ColumnKind {
    /// Whole numbers only.
    Integer,
    /// Numbers, some with a fraction or an exponent.
    Decimal,
    /// Text.
    Text,
    /// No values at all.
    Empty,
}

/// One column of a [`Table`].
#[derive(Clone, Debug)]
pub struct Column {
    name: String,
    kind: ColumnKind,
    text: Vec<String>,
    numbers: Option<Vec<Option<f64>>>,
    missing: usize,
}

impl Column {
    /// The column's name (from the header; `column N` where the header cell is empty).
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The inferred type.
    pub fn kind(&self) -> ColumnKind {
        self.kind
    }

    /// The values as written (trimmed), one per row; empty where missing.
    pub fn text(&self) -> &[String] {
        &self.text
    }

    /// The values as numbers, `None` where missing; `None` for a text column.
    pub fn numbers(&self) -> Option<&[Option<f64>]> {
        self.numbers.as_deref()
    }

    /// How many values are missing (empty).
    pub fn missing(&self) -> usize {
        self.missing
    }

    /// How many values are present.
    pub fn non_empty(&self) -> usize {
        self.text.len() - self.missing
    }
}

/// A column's name, type and completeness, for showing what was read.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ColumnSummary {
    /// The column's name.
    pub name: String,
    /// The inferred type.
    pub kind: ColumnKind,
    /// Values present.
    pub non_empty: usize,
    /// Values missing (empty).
    pub missing: usize,
}

/// Why a row is bad.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum IssueReason {
    /// The row has a different number of fields than the header.
    RaggedRow {
        /// Fields in the header.
        expected: usize,
        /// Fields in the row.
        found: usize,
    },
    /// A value in a numeric column is not a number.
    NonNumeric,
}

/// A bad row: where, what and why.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct RowIssue {
    /// The line the row starts on, counting from 1 (the header is line 1
    /// unless a title precedes it).
    pub row: u64,
    /// The column, where the problem is in one column.
    pub column: Option<String>,
    /// The offending value, where there is one.
    pub value: Option<String>,
    /// Why the row is bad.
    pub reason: IssueReason,
}

impl RowIssue {
    /// The stable code of the reason, as in [`AnalysisError::code`].
    pub fn code(&self) -> &'static str {
        self.to_error().code()
    }

    /// The issue as the error [`BadRows::Stop`] ends with.
    pub fn to_error(&self) -> AnalysisError {
        match &self.reason {
            IssueReason::RaggedRow { expected, found } => AnalysisError::RaggedRow {
                row: self.row,
                expected: *expected,
                found: *found,
            },
            IssueReason::NonNumeric => AnalysisError::NonNumeric {
                row: self.row,
                column: self.column.clone().unwrap_or_default(),
                value: self.value.clone().unwrap_or_default(),
            },
        }
    }
}

/// A checked table: named, typed columns of equal length, the bad rows left
/// out (and reported), and how the bytes were read.
#[derive(Clone, Debug)]
pub struct Table {
    columns: Vec<Column>,
    row_numbers: Vec<u64>,
    issues: Vec<RowIssue>,
    excluded_rows: usize,
    encoding: Option<TextEncoding>,
    delimiter: Option<u8>,
    preamble: Vec<String>,
}

struct Source {
    encoding: Option<TextEncoding>,
    delimiter: Option<u8>,
    preamble: Vec<String>,
}

impl Table {
    /// Reads CSV bytes in any common encoding and delimiter (see
    /// [`ReadOptions`]). Title lines before the header (as PX-Web writes)
    /// are skipped and kept in [`Table::preamble`]; rows whose fields are
    /// all empty are skipped.
    pub fn from_csv(bytes: &[u8], options: &ReadOptions) -> Result<Self, AnalysisError> {
        let (text, encoding) = decode(bytes, options.encoding);
        if text.trim().is_empty() {
            return Err(AnalysisError::EmptyFile);
        }
        let sniffed = sniff(&text);
        let delimiter = options.delimiter.unwrap_or(sniffed.delimiter);
        let body = text.get(sniffed.header_start..).unwrap_or_default();
        let mut reader = csv::ReaderBuilder::new()
            .delimiter(delimiter)
            .has_headers(false)
            .flexible(true)
            .trim(csv::Trim::All)
            .from_reader(body.as_bytes());
        let lines = LineIndex::new(body.as_bytes());
        let mut header = None;
        let mut records = Vec::new();
        for result in reader.records() {
            let record = result.map_err(|e| AnalysisError::MalformedCsv {
                detail: e.to_string(),
            })?;
            let byte = record.position().map_or(0, csv::Position::byte);
            let line = lines.line_at(usize::try_from(byte).unwrap_or(usize::MAX));
            let fields: Vec<String> = record.iter().map(str::to_owned).collect();
            if fields.iter().all(String::is_empty) {
                continue;
            }
            if header.is_none() {
                header = Some(fields);
            } else {
                records.push((sniffed.lines_before_header + line, fields));
            }
        }
        let header = header.ok_or(AnalysisError::EmptyFile)?;
        let source = Source {
            encoding: Some(encoding),
            delimiter: Some(delimiter),
            preamble: sniffed.preamble,
        };
        Self::build(header, records, source, options)
    }

    /// Builds a table from a header and rows already split into fields (from
    /// a spreadsheet or a database). Rows are numbered from 2, as if the
    /// header were line 1. `options.encoding` and `options.delimiter` are
    /// ignored; decimal commas are allowed unless `options.decimal_comma`
    /// says otherwise.
    pub fn from_rows(
        header: Vec<String>,
        rows: Vec<Vec<String>>,
        options: &ReadOptions,
    ) -> Result<Self, AnalysisError> {
        let numbered = rows
            .into_iter()
            .zip(2u64..)
            .map(|(fields, row)| (row, fields));
        Self::from_numbered_rows(header, numbered.collect(), Vec::new(), options)
    }

    /// As [`Table::from_rows`], with each row's number given (for a
    /// spreadsheet whose header is not on its first row).
    pub(crate) fn from_numbered_rows(
        header: Vec<String>,
        rows: Vec<(u64, Vec<String>)>,
        preamble: Vec<String>,
        options: &ReadOptions,
    ) -> Result<Self, AnalysisError> {
        if header.iter().all(|h| h.trim().is_empty()) && rows.is_empty() {
            return Err(AnalysisError::EmptyFile);
        }
        let header = header.into_iter().map(|h| h.trim().to_owned()).collect();
        let records = rows
            .into_iter()
            .map(|(row, fields)| {
                let fields: Vec<String> = fields.into_iter().map(|f| f.trim().to_owned()).collect();
                (row, fields)
            })
            .filter(|(_, fields)| !fields.iter().all(String::is_empty))
            .collect();
        let source = Source {
            encoding: None,
            delimiter: None,
            preamble,
        };
        Self::build(header, records, source, options)
    }

    fn build(
        header: Vec<String>,
        mut records: Vec<(u64, Vec<String>)>,
        source: Source,
        options: &ReadOptions,
    ) -> Result<Self, AnalysisError> {
        let names = unique_names(header);
        let width = names.len();
        if records.is_empty() {
            return Err(AnalysisError::HeaderOnly);
        }
        let decimal_comma = options
            .decimal_comma
            .unwrap_or(source.delimiter != Some(b','));
        if let NumericColumns::Named(listed) = &options.numeric {
            if let Some(unknown) = listed.iter().find(|n| !names.contains(n)) {
                return Err(AnalysisError::UnknownColumn {
                    column: unknown.clone(),
                });
            }
        }

        let mut issues = Vec::new();
        let mut bad = vec![false; records.len()];
        for (index, (row, fields)) in records.iter_mut().enumerate() {
            if fields.len() > width && fields[width..].iter().all(String::is_empty) {
                fields.truncate(width);
            }
            if fields.len() != width {
                bad[index] = true;
                issues.push(RowIssue {
                    row: *row,
                    column: None,
                    value: None,
                    reason: IssueReason::RaggedRow {
                        expected: width,
                        found: fields.len(),
                    },
                });
            }
        }

        // Parse every column once; decide which are numeric; report the rest.
        let mut parsed_columns: Vec<Option<Vec<Option<Parsed>>>> = Vec::with_capacity(width);
        for (j, name) in names.iter().enumerate() {
            let mut parsed = Vec::with_capacity(records.len());
            let (mut present, mut numbers) = (0usize, 0usize);
            for (index, (_, fields)) in records.iter().enumerate() {
                let value = if bad[index] {
                    None
                } else {
                    fields.get(j).filter(|f| !f.is_empty())
                };
                let number = value.and_then(|v| parse_number(v, decimal_comma));
                present += usize::from(value.is_some());
                numbers += usize::from(number.is_some());
                parsed.push(number);
            }
            let numeric = match &options.numeric {
                NumericColumns::Inferred => {
                    numbers > 0 && numbers as f64 >= INFERRED_NUMERIC_SHARE * present as f64
                }
                NumericColumns::Named(listed) => {
                    listed.contains(name) || (numbers > 0 && numbers == present)
                }
            };
            parsed_columns.push(numeric.then_some(parsed));
        }
        for (index, (row, fields)) in records.iter().enumerate() {
            if bad[index] {
                continue;
            }
            for (j, parsed) in parsed_columns.iter().enumerate() {
                let Some(parsed) = parsed else { continue };
                let value = fields.get(j).map(String::as_str).unwrap_or_default();
                if !value.is_empty() && parsed.get(index).copied().flatten().is_none() {
                    bad[index] = true;
                    issues.push(RowIssue {
                        row: *row,
                        column: Some(names[j].clone()),
                        value: Some(value.to_owned()),
                        reason: IssueReason::NonNumeric,
                    });
                }
            }
        }
        issues.sort_by_key(|issue| issue.row);
        if options.bad_rows == BadRows::Stop {
            if let Some(first) = issues.first() {
                return Err(first.to_error());
            }
        }

        let kept: Vec<usize> = (0..records.len()).filter(|&i| !bad[i]).collect();
        let excluded_rows = records.len() - kept.len();
        let row_numbers = kept.iter().map(|&i| records[i].0).collect();
        let mut columns = Vec::with_capacity(width);
        for (j, (name, parsed)) in names.into_iter().zip(parsed_columns).enumerate() {
            let text: Vec<String> = kept
                .iter()
                .map(|&i| {
                    records
                        .get_mut(i)
                        .and_then(|(_, fields)| fields.get_mut(j))
                        .map(std::mem::take)
                        .unwrap_or_default()
                })
                .collect();
            let missing = text.iter().filter(|t| t.is_empty()).count();
            let (kind, numbers) = match parsed {
                Some(parsed) => {
                    let values: Vec<Option<Parsed>> = kept
                        .iter()
                        .map(|&i| parsed.get(i).copied().flatten())
                        .collect();
                    let kind = if missing == text.len() {
                        ColumnKind::Empty
                    } else if values.iter().flatten().all(|p| p.integer) {
                        ColumnKind::Integer
                    } else {
                        ColumnKind::Decimal
                    };
                    (
                        kind,
                        Some(values.iter().map(|p| p.map(|p| p.value)).collect()),
                    )
                }
                None if missing == text.len() => (ColumnKind::Empty, None),
                None => (ColumnKind::Text, None),
            };
            columns.push(Column {
                name,
                kind,
                text,
                numbers,
                missing,
            });
        }
        Ok(Self {
            columns,
            row_numbers,
            issues,
            excluded_rows,
            encoding: source.encoding,
            delimiter: source.delimiter,
            preamble: source.preamble,
        })
    }

    /// The number of rows kept.
    pub fn len(&self) -> usize {
        self.row_numbers.len()
    }

    /// Whether no row was kept.
    pub fn is_empty(&self) -> bool {
        self.row_numbers.is_empty()
    }

    /// The columns, in header order.
    pub fn columns(&self) -> &[Column] {
        &self.columns
    }

    /// Each column's name, type and completeness.
    pub fn column_summaries(&self) -> Vec<ColumnSummary> {
        self.columns
            .iter()
            .map(|c| ColumnSummary {
                name: c.name.clone(),
                kind: c.kind,
                non_empty: c.non_empty(),
                missing: c.missing,
            })
            .collect()
    }

    /// The column with this name.
    pub fn column(&self, name: &str) -> Result<&Column, AnalysisError> {
        self.columns
            .iter()
            .find(|c| c.name == name)
            .ok_or_else(|| AnalysisError::UnknownColumn {
                column: name.to_owned(),
            })
    }

    /// The numbers of the column with this name.
    pub fn numbers(&self, name: &str) -> Result<&[Option<f64>], AnalysisError> {
        self.column(name)?
            .numbers()
            .ok_or_else(|| AnalysisError::ColumnNotNumeric {
                column: name.to_owned(),
            })
    }

    /// The line each kept row starts on in the source (from 1).
    pub fn row_numbers(&self) -> &[u64] {
        &self.row_numbers
    }

    /// The bad rows, in row order (with [`BadRows::Exclude`]).
    pub fn issues(&self) -> &[RowIssue] {
        &self.issues
    }

    /// How many rows were left out as bad.
    pub fn excluded_rows(&self) -> usize {
        self.excluded_rows
    }

    /// The encoding the bytes were read in (`None` for [`Table::from_rows`]).
    pub fn encoding(&self) -> Option<TextEncoding> {
        self.encoding
    }

    /// The delimiter used (`None` for [`Table::from_rows`]).
    pub fn delimiter(&self) -> Option<char> {
        self.delimiter.map(char::from)
    }

    /// Title lines found before the header.
    pub fn preamble(&self) -> &[String] {
        &self.preamble
    }
}

/// Line numbers of byte offsets. The csv crate's own line count is off by
/// one after `\r\n`, so lines are counted here: a line ends at `\n`, at
/// `\r\n`, or at a lone `\r`.
struct LineIndex<'a> {
    text: &'a [u8],
    /// The byte offset just after each line break.
    ends: Vec<usize>,
}

impl<'a> LineIndex<'a> {
    fn new(text: &'a [u8]) -> Self {
        let mut ends = Vec::new();
        for (i, &byte) in text.iter().enumerate() {
            let lone_cr = byte == b'\r' && text.get(i + 1) != Some(&b'\n');
            if byte == b'\n' || lone_cr {
                ends.push(i + 1);
            }
        }
        Self { text, ends }
    }

    /// The line (from 1) of the first character at or after `byte` that is
    /// not a line break (the csv reader reports a record as starting at the
    /// break before it).
    fn line_at(&self, mut byte: usize) -> u64 {
        while matches!(self.text.get(byte), Some(b'\r' | b'\n')) {
            byte += 1;
        }
        1 + self.ends.partition_point(|&end| end <= byte) as u64
    }
}

/// Names every column: empty names become `column N`, repeated names get
/// ` (2)`, ` (3)`, … so that each name finds one column.
pub(crate) fn unique_names(header: Vec<String>) -> Vec<String> {
    let mut seen = HashSet::new();
    header
        .into_iter()
        .enumerate()
        .map(|(j, name)| {
            let base = if name.is_empty() {
                format!("column {}", j + 1)
            } else {
                name
            };
            let mut candidate = base.clone();
            let mut n = 2;
            while !seen.insert(candidate.clone()) {
                candidate = format!("{base} ({n})");
                n += 1;
            }
            candidate
        })
        .collect()
}

/// The rows (indices) where every given column has a value, and how many
/// rows were left out for a missing value.
pub(crate) fn complete_rows(table: &Table, columns: &[&Column]) -> (Vec<usize>, usize) {
    let rows: Vec<usize> = (0..table.len())
        .filter(|&i| {
            columns
                .iter()
                .all(|c| c.text.get(i).is_some_and(|t| !t.is_empty()))
        })
        .collect();
    let missing = table.len() - rows.len();
    (rows, missing)
}

/// The distinct values of a text column over `rows`, in sorted order, and
/// for each of those rows the index of its value among them.
pub(crate) fn factorize<'a>(text: &'a [String], rows: &[usize]) -> (Vec<&'a str>, Vec<usize>) {
    let mut index: HashMap<&str, usize> = HashMap::new();
    let mut levels: Vec<&str> = Vec::new();
    let mut codes = Vec::with_capacity(rows.len());
    for &i in rows {
        let value = text.get(i).map(String::as_str).unwrap_or_default();
        let next = levels.len();
        let code = *index.entry(value).or_insert_with(|| {
            levels.push(value);
            next
        });
        codes.push(code);
    }
    let mut order: Vec<usize> = (0..levels.len()).collect();
    order.sort_unstable_by_key(|&code| levels[code]);
    let mut remap = vec![0; levels.len()];
    for (new, &old) in order.iter().enumerate() {
        remap[old] = new;
    }
    let sorted = order.iter().map(|&code| levels[code]).collect();
    (sorted, codes.into_iter().map(|code| remap[code]).collect())
}
