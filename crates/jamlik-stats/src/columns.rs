//! The columns a model uses, typed, from a CSV of any size.
//!
//! [`regress`](crate::regress()) and [`oaxaca`](crate::oaxaca()) read only
//! a few columns of a table: the outcome, the controls, the group. A
//! [`Frame`] holds just those, over the rows kept: a numeric column as one
//! double per row, a text column as one code per row into its distinct
//! values. Both models build their design from a frame, whether it comes
//! from a [`Table`] ([`ColumnScan::from_table`]) or straight from the bytes
//! ([`scan_columns`]), so the two paths give the same results to the bit.
//!
//! [`scan_columns`] is the streaming scan of [`scan_groups`](crate::scan_groups)
//! (the same decoding, sniffing, grammar, typing and bad rows; see
//! `stream.rs`) keeping, for each row, its mask and the wanted columns'
//! values: a code into the column's distinct texts while there are few of
//! them, a double once a column of numbers has many. A text column that
//! turned out to have too many distinct values to keep as codes (more than
//! 65,536) is read through [`Table::from_csv`] instead.

use std::io::{Read, Seek};

use serde::Serialize;

use crate::decode::TextEncoding;
use crate::error::AnalysisError;
use crate::number::parse_number_bytes;
use crate::oaxaca::{oaxaca_frame, Oaxaca, OaxacaSpec};
use crate::ols::{regress_frame, ModelSpec, OlsFit};
use crate::stream::{
    read_table, scan, Concluded, Labels, Layout, ScanError, ScanSettings, Scanned, Sink, Stop,
};
use crate::table::{ReadOptions, RowIssue, Table};

/// The code of a missing (empty) text value.
const MISSING: u32 = u32::MAX;

/// A column whose values are all numbers keeps doubles, not codes, beyond
/// this many distinct values.
const NUMERIC_LEVELS: usize = 256;

/// Any column keeps doubles, not codes, beyond this many distinct values
/// (unless its text is wanted whatever its type).
const MAX_LEVELS: usize = 1 << 16;

/// The columns a [`scan_columns`] keeps.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct ScanColumns {
    /// Columns kept as their type says: numbers for a numeric column, text
    /// for a text column (a model's outcome and controls).
    pub values: Vec<String>,
    /// Columns whose text is kept whatever their type (a group column).
    pub labels: Vec<String>,
}

impl ScanColumns {
    /// The outcome and the controls of a regression.
    pub fn model(spec: &ModelSpec) -> Self {
        Self {
            values: std::iter::once(&spec.outcome)
                .chain(&spec.controls)
                .cloned()
                .collect(),
            labels: Vec::new(),
        }
    }

    /// The outcome, the controls and the group of a decomposition.
    pub fn gap(spec: &OaxacaSpec) -> Self {
        Self {
            values: std::iter::once(&spec.outcome)
                .chain(&spec.controls)
                .cloned()
                .collect(),
            labels: vec![spec.group.clone()],
        }
    }
}

/// One column of a [`Frame`].
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct FrameColumn {
    name: String,
    /// For a numeric column, one number per row (NaN where missing).
    numbers: Option<Vec<f64>>,
    /// The distinct texts (in any order) and a code per row into them
    /// ([`MISSING`] where empty): for a text column, and for a labelled one.
    text: Option<(Vec<String>, Vec<u32>)>,
}

impl FrameColumn {
    /// The column's numbers (NaN where missing); `None` for a text column.
    pub(crate) fn numbers(&self) -> Option<&[f64]> {
        self.numbers.as_deref()
    }

    /// Whether row `row` has a value.
    pub(crate) fn is_present(&self, row: usize) -> bool {
        match (&self.numbers, &self.text) {
            (Some(numbers), _) => numbers.get(row).is_some_and(|v| !v.is_nan()),
            (None, Some((_, codes))) => codes.get(row).is_some_and(|&c| c != MISSING),
            (None, None) => false,
        }
    }

    fn coded(&self) -> Result<(&[String], &[u32]), AnalysisError> {
        self.text
            .as_ref()
            .map(|(levels, codes)| (levels.as_slice(), codes.as_slice()))
            .ok_or_else(|| {
                AnalysisError::invalid(
                    "columns",
                    format!("{} was read without its text", self.name),
                )
            })
    }

    /// The distinct values over `rows`, in sorted order, and for each of
    /// those rows the index of its value among them (as
    /// [`factorize`](crate::table::factorize) on the table's text).
    pub(crate) fn factorize(
        &self,
        rows: &[usize],
    ) -> Result<(Vec<&str>, Vec<usize>), AnalysisError> {
        let (levels, codes) = self.coded()?;
        // Codes in the order they first come among the rows; a missing
        // value is the empty text, after every level.
        let level = |code: u32| levels.get(code as usize).map_or("", String::as_str);
        let mut local = vec![usize::MAX; levels.len() + 1];
        let mut seen: Vec<u32> = Vec::new();
        let mut out = Vec::with_capacity(rows.len());
        for &i in rows {
            let code = codes.get(i).copied().unwrap_or(MISSING);
            let slot = (code as usize).min(levels.len());
            if local[slot] == usize::MAX {
                local[slot] = seen.len();
                seen.push(code);
            }
            out.push(local[slot]);
        }
        let mut order: Vec<usize> = (0..seen.len()).collect();
        order.sort_unstable_by_key(|&k| level(seen[k]));
        let mut remap = vec![0; seen.len()];
        for (new, &old) in order.iter().enumerate() {
            remap[old] = new;
        }
        let sorted = order.iter().map(|&k| level(seen[k])).collect();
        Ok((sorted, out.into_iter().map(|k| remap[k]).collect()))
    }
}

/// The columns a model reads, typed, over the rows kept.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Frame {
    /// Every column of the header, to tell a column that does not exist
    /// from one that was not kept.
    header: Vec<String>,
    columns: Vec<FrameColumn>,
    rows: usize,
    pub(crate) excluded_rows: usize,
}

impl Frame {
    /// The number of rows.
    pub(crate) fn len(&self) -> usize {
        self.rows
    }

    /// The column with this name.
    pub(crate) fn column(&self, name: &str) -> Result<&FrameColumn, AnalysisError> {
        if let Some(column) = self.columns.iter().find(|c| c.name == name) {
            return Ok(column);
        }
        if self.header.iter().any(|h| h == name) {
            return Err(AnalysisError::invalid(
                "columns",
                format!("{name} was not read"),
            ));
        }
        Err(AnalysisError::UnknownColumn {
            column: name.to_owned(),
        })
    }

    /// The wanted columns of a table.
    pub(crate) fn from_table(table: &Table, wanted: &ScanColumns) -> Self {
        let mut columns: Vec<FrameColumn> = Vec::new();
        let all = wanted.values.iter().map(|n| (n, false));
        for (name, labelled) in all.chain(wanted.labels.iter().map(|n| (n, true))) {
            let Ok(column) = table.column(name) else {
                continue;
            };
            if let Some(known) = columns.iter_mut().find(|c| &c.name == name) {
                if labelled && known.text.is_none() {
                    known.text = Some(encode(column.text()));
                }
                continue;
            }
            let numbers = column
                .numbers()
                .map(|n| n.iter().map(|v| v.unwrap_or(f64::NAN)).collect());
            let text = (labelled || numbers.is_none()).then(|| encode(column.text()));
            columns.push(FrameColumn {
                name: name.clone(),
                numbers,
                text,
            });
        }
        Self {
            header: table
                .columns()
                .iter()
                .map(|c| c.name().to_owned())
                .collect(),
            columns,
            rows: table.len(),
            excluded_rows: table.excluded_rows(),
        }
    }
}

/// Text values as distinct values and codes.
fn encode(text: &[String]) -> (Vec<String>, Vec<u32>) {
    let mut labels = Labels::default();
    let codes = text
        .iter()
        .map(|t| {
            if t.is_empty() {
                MISSING
            } else {
                u32::try_from(labels.id(t.as_bytes())).unwrap_or(MISSING)
            }
        })
        .collect();
    let levels = labels
        .into_vec()
        .into_iter()
        .map(|l| String::from_utf8_lossy(&l).into_owned())
        .collect();
    (levels, codes)
}

/// The wanted columns of a CSV, typed, with the rows left out and why:
/// what [`ColumnScan::regress`] and [`ColumnScan::oaxaca`] need.
#[derive(Clone, Debug, PartialEq)]
pub struct ColumnScan {
    frame: Frame,
    issues: Vec<RowIssue>,
    encoding: TextEncoding,
    delimiter: char,
}

impl ColumnScan {
    /// The same columns from a table already read (an XLSX workbook, or
    /// rows from elsewhere): what [`scan_columns`] gives for the same rows.
    pub fn from_table(table: &Table, columns: &ScanColumns) -> Self {
        Self {
            frame: Frame::from_table(table, columns),
            issues: table.issues().to_vec(),
            encoding: table.encoding().unwrap_or(TextEncoding::Utf8),
            delimiter: table.delimiter().unwrap_or(','),
        }
    }

    /// [`regress`](crate::regress()) on the scanned columns (the scan must
    /// have kept the outcome and the controls: [`ScanColumns::model`]).
    pub fn regress(self, spec: &ModelSpec) -> Result<OlsFit, AnalysisError> {
        regress_frame(self.frame, spec)
    }

    /// [`oaxaca`](crate::oaxaca()) on the scanned columns (the scan must
    /// have kept the outcome, the controls and, as labels, the group:
    /// [`ScanColumns::gap`]).
    pub fn oaxaca(self, spec: &OaxacaSpec) -> Result<Oaxaca, AnalysisError> {
        oaxaca_frame(self.frame, spec)
    }

    /// The distinct values of a column kept as labels, in sorted order,
    /// empty values left out.
    pub fn labels(&self, column: &str) -> Result<Vec<String>, AnalysisError> {
        let (levels, codes) = self.frame.column(column)?.coded()?;
        let mut seen = vec![false; levels.len()];
        for &code in codes {
            if let Some(slot) = seen.get_mut(code as usize) {
                *slot = true;
            }
        }
        let mut labels: Vec<String> = levels
            .iter()
            .zip(seen)
            .filter(|(_, seen)| *seen)
            .map(|(l, _)| l.clone())
            .collect();
        labels.sort_unstable();
        Ok(labels)
    }

    /// The numbers of a numeric column kept, in row order, missing values
    /// left out (as the table's [`Table::numbers`], flattened).
    pub fn numbers(&self, column: &str) -> Result<impl Iterator<Item = f64> + '_, AnalysisError> {
        let numbers = self.frame.column(column)?.numbers().ok_or_else(|| {
            AnalysisError::ColumnNotNumeric {
                column: column.to_owned(),
            }
        })?;
        Ok(numbers.iter().copied().filter(|v| !v.is_nan()))
    }

    /// The number of rows kept.
    pub fn len(&self) -> usize {
        self.frame.len()
    }

    /// Whether no row was kept.
    pub fn is_empty(&self) -> bool {
        self.frame.len() == 0
    }

    /// The bad rows, in row order (with [`BadRows::Exclude`](crate::BadRows::Exclude)).
    pub fn issues(&self) -> &[RowIssue] {
        &self.issues
    }

    /// How many rows were left out as bad.
    pub fn excluded_rows(&self) -> usize {
        self.frame.excluded_rows
    }

    /// The encoding the bytes were read in.
    pub fn encoding(&self) -> TextEncoding {
        self.encoding
    }

    /// The delimiter used.
    pub fn delimiter(&self) -> char {
        self.delimiter
    }
}

/// Scans CSV bytes from `source` (from its current position) for the
/// given columns, with the default [`ScanSettings`]. Regressions and
/// decompositions of the result equal those of [`Table::from_csv`]
/// followed by the analysis, to the bit, with the bad rows and errors of
/// the table, in a fraction of the memory: the wanted columns as numbers or
/// codes, not every field as a string.
pub fn scan_columns<R: Read + Seek>(
    source: &mut R,
    options: &ReadOptions,
    columns: &ScanColumns,
) -> Result<ColumnScan, ScanError> {
    scan_columns_with(source, options, columns, ScanSettings::default())
}

/// [`scan_columns`] with the given block size and threads.
pub fn scan_columns_with<R: Read + Seek>(
    source: &mut R,
    options: &ReadOptions,
    columns: &ScanColumns,
    settings: ScanSettings,
) -> Result<ColumnScan, ScanError> {
    let start = source.stream_position()?;
    let names: Vec<&str> = columns
        .values
        .iter()
        .chain(&columns.labels)
        .map(String::as_str)
        .collect();
    let labelled_from = columns.values.len();
    let make = |layout: &Layout| Kept::new(layout, labelled_from);
    let table = match scan(source, options, &names, make, settings)? {
        Scanned::Streamed(done) => match streamed(done)? {
            Some(scan) => return Ok(scan),
            None => read_table(source, start, options)?,
        },
        Scanned::Table(table) => table,
    };
    Ok(ColumnScan::from_table(&table, columns))
}

/// The frame from a finished scan; `None` when a column whose text is
/// needed kept only numbers (then the table is read).
fn streamed(done: Concluded<Kept>) -> Result<Option<ColumnScan>, ScanError> {
    let Concluded {
        layout,
        numeric,
        good,
        excluded_rows,
        issues,
        encoding,
        delimiter,
        sink,
    } = done;
    let all_good = good.iter().all(|&g| g);
    let keep = |row: usize| {
        all_good
            || sink
                .masks
                .get(row)
                .is_some_and(|&m| good.get(usize::from(m)).copied().unwrap_or(false))
    };
    let rows = if all_good {
        sink.masks.len()
    } else {
        (0..sink.masks.len()).filter(|&i| keep(i)).count()
    };
    let mut columns = Vec::with_capacity(sink.stores.len());
    let decimal_comma = layout.decimal_comma;
    for store in sink.stores {
        let is_numeric = numeric & (1 << store.column) != 0;
        let name = layout.names.get(store.column).cloned().unwrap_or_default();
        let filter_numbers = |values: Vec<f64>| -> Vec<f64> {
            if all_good {
                values
            } else {
                values
                    .into_iter()
                    .enumerate()
                    .filter(|&(i, _)| keep(i))
                    .map(|(_, v)| v)
                    .collect()
            }
        };
        let column = match store.values {
            Values::Numbers(values) if is_numeric && !store.labelled => FrameColumn {
                name,
                numbers: Some(filter_numbers(values)),
                text: None,
            },
            Values::Numbers(_) => return Ok(None),
            Values::Coded { labels, codes } => {
                let codes: Vec<u32> = if all_good {
                    codes
                } else {
                    codes
                        .into_iter()
                        .enumerate()
                        .filter(|&(i, _)| keep(i))
                        .map(|(_, c)| c)
                        .collect()
                };
                let numbers = is_numeric.then(|| decode_numbers(&labels, &codes, decimal_comma));
                let mut levels = Vec::with_capacity(labels.len());
                for label in labels.into_vec() {
                    levels.push(String::from_utf8(label).map_err(|e| {
                        AnalysisError::MalformedCsv {
                            detail: e.to_string(),
                        }
                    })?);
                }
                let text = (store.labelled || !is_numeric).then_some((levels, codes));
                FrameColumn {
                    name,
                    numbers,
                    text,
                }
            }
        };
        columns.push(column);
    }
    Ok(Some(ColumnScan {
        frame: Frame {
            header: layout.names,
            columns,
            rows,
            excluded_rows,
        },
        issues,
        encoding,
        delimiter,
    }))
}

/// The numbers of coded values (NaN where missing or not a number).
fn decode_numbers(labels: &Labels, codes: &[u32], decimal_comma: bool) -> Vec<f64> {
    let parsed: Vec<f64> = labels
        .iter()
        .map(|l| parse_number_bytes(l, decimal_comma).map_or(f64::NAN, |p| p.value))
        .collect();
    codes
        .iter()
        .map(|&c| parsed.get(c as usize).copied().unwrap_or(f64::NAN))
        .collect()
}

/// How a scan keeps one column's values.
#[derive(Debug)]
enum Values {
    /// A code per row into the distinct texts ([`MISSING`] where empty).
    Coded { labels: Labels, codes: Vec<u32> },
    /// A number per row: NaN where missing or not a number.
    Numbers(Vec<f64>),
}

/// One wanted column of a scan.
#[derive(Debug)]
struct Store {
    /// Its position in the row.
    column: usize,
    /// Whether its text is kept whatever its type.
    labelled: bool,
    decimal_comma: bool,
    /// Whether every value so far is a number.
    all_numbers: bool,
    values: Values,
}

impl Store {
    fn push(&mut self, field: &[u8], number: f64) -> Result<(), Stop> {
        let present = !field.is_empty();
        self.all_numbers &= !present || !number.is_nan();
        match &mut self.values {
            Values::Numbers(values) => values.push(number),
            Values::Coded { labels, codes } => {
                if !present {
                    codes.push(MISSING);
                    return Ok(());
                }
                let id = u32::try_from(labels.id(field)).map_err(|_| Stop::Fallback)?;
                codes.push(id);
                self.check_levels();
            }
        }
        Ok(())
    }

    /// Turns codes into numbers when there are many distinct values.
    fn check_levels(&mut self) {
        if let Values::Coded { labels, .. } = &self.values {
            let many =
                labels.len() > MAX_LEVELS || (self.all_numbers && labels.len() > NUMERIC_LEVELS);
            if many && !self.labelled {
                self.keep_numbers();
            }
        }
    }

    fn keep_numbers(&mut self) {
        if let Values::Coded { labels, codes } = &self.values {
            self.values = Values::Numbers(decode_numbers(labels, codes, self.decimal_comma));
        }
    }

    fn part(&self) -> Self {
        Self {
            values: match self.values {
                Values::Numbers(_) => Values::Numbers(Vec::new()),
                Values::Coded { .. } => Values::Coded {
                    labels: Labels::default(),
                    codes: Vec::new(),
                },
            },
            ..*self
        }
    }

    fn append(&mut self, mut later: Store) -> Result<(), Stop> {
        self.all_numbers &= later.all_numbers;
        if matches!(later.values, Values::Numbers(_)) {
            self.keep_numbers();
        }
        if matches!(self.values, Values::Numbers(_)) {
            later.keep_numbers();
        }
        match (&mut self.values, later.values) {
            (Values::Numbers(values), Values::Numbers(more)) => values.extend_from_slice(&more),
            (
                Values::Coded { labels, codes },
                Values::Coded {
                    labels: l,
                    codes: c,
                },
            ) => {
                let map = l
                    .iter()
                    .map(|key| u32::try_from(labels.id(key)).map_err(|_| Stop::Fallback))
                    .collect::<Result<Vec<u32>, Stop>>()?;
                codes.extend(
                    c.iter()
                        .map(|&code| map.get(code as usize).copied().unwrap_or(MISSING)),
                );
                self.check_levels();
            }
            _ => return Err(Stop::Fallback),
        }
        Ok(())
    }
}

/// What a column scan keeps: each row's mask, and the wanted columns.
#[derive(Debug)]
struct Kept {
    masks: Vec<u8>,
    stores: Vec<Store>,
}

impl Kept {
    /// A store per wanted column found in the header, once each; those from
    /// `labelled_from` on keep their text.
    fn new(layout: &Layout, labelled_from: usize) -> Self {
        let mut stores: Vec<Store> = Vec::new();
        for (i, position) in layout.wanted.iter().enumerate() {
            let Some(column) = *position else { continue };
            let labelled = i >= labelled_from;
            if let Some(store) = stores.iter_mut().find(|s| s.column == column) {
                store.labelled |= labelled;
                continue;
            }
            stores.push(Store {
                column,
                labelled,
                decimal_comma: layout.decimal_comma,
                all_numbers: true,
                values: Values::Coded {
                    labels: Labels::default(),
                    codes: Vec::new(),
                },
            });
        }
        Self {
            masks: Vec::new(),
            stores,
        }
    }
}

impl Sink for Kept {
    fn part(&self) -> Self {
        Self {
            masks: Vec::new(),
            stores: self.stores.iter().map(Store::part).collect(),
        }
    }

    fn row(
        &mut self,
        out: &[u8],
        fields: &[(usize, usize)],
        mask: u8,
        numbers: &[f64],
    ) -> Result<(), Stop> {
        self.masks.push(mask);
        for store in &mut self.stores {
            let field = fields
                .get(store.column)
                .map_or(&[][..], |&(a, b)| &out[a..b]);
            let number = numbers.get(store.column).copied().unwrap_or(f64::NAN);
            store.push(field, number)?;
        }
        Ok(())
    }

    fn merge(&mut self, later: Self, masks: &[u8]) -> Result<(), Stop> {
        self.masks.extend(
            later
                .masks
                .iter()
                .map(|&m| masks.get(usize::from(m)).copied().unwrap_or_default()),
        );
        for (store, part) in self.stores.iter_mut().zip(later.stores) {
            store.append(part)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn store(labelled: bool) -> Store {
        Store {
            column: 0,
            labelled,
            decimal_comma: false,
            all_numbers: true,
            values: Values::Coded {
                labels: Labels::default(),
                codes: Vec::new(),
            },
        }
    }

    fn push_numbers(store: &mut Store, n: usize) {
        for i in 0..n {
            let text = format!("{i}.5");
            store
                .push(text.as_bytes(), i as f64 + 0.5)
                .unwrap_or_default();
        }
    }

    #[test]
    fn many_different_numbers_are_kept_as_numbers() {
        let mut numbers = store(false);
        push_numbers(&mut numbers, NUMERIC_LEVELS);
        assert!(matches!(numbers.values, Values::Coded { .. }));
        push_numbers(&mut numbers, NUMERIC_LEVELS + 1);
        let Values::Numbers(values) = &numbers.values else {
            panic!("still coded");
        };
        assert_eq!(values.len(), 2 * NUMERIC_LEVELS + 1);
        assert_eq!(values[3], 3.5);
        // Labels keep their text, and text keeps its codes.
        let mut labels = store(true);
        push_numbers(&mut labels, 2 * NUMERIC_LEVELS);
        assert!(matches!(labels.values, Values::Coded { .. }));
        let mut text = store(false);
        text.push(b"x", f64::NAN).unwrap_or_default();
        push_numbers(&mut text, 2 * NUMERIC_LEVELS);
        assert!(matches!(text.values, Values::Coded { .. }));
    }

    #[test]
    fn parts_in_different_forms_merge_in_order() {
        let mut first = store(false);
        push_numbers(&mut first, 3);
        let mut later = first.part();
        push_numbers(&mut later, 2 * NUMERIC_LEVELS);
        first.append(later).unwrap_or_default();
        let Values::Numbers(values) = &first.values else {
            panic!("still coded");
        };
        assert_eq!(&values[..4], &[0.5, 1.5, 2.5, 0.5]);
    }
}
