//! Counts and outcomes per group of a large CSV, in one streaming pass.
//!
//! [`Table::from_csv`] keeps every field as a string: for a national table
//! of millions of rows that is several times the file's size in memory.
//! [`scan_groups`] reads the same CSV block by block and keeps, per group,
//! only what [`representation`](crate::representation()) and
//! [`resources`](crate::resources()) need: a count and, for resources, the
//! outcome values (for the medians). Its results, bad rows and errors are
//! those of the table path, to the bit:
//!
//! - the same decoding: a byte-order mark decides, else the bytes are read
//!   as UTF-8 and checked block by block (with SIMD instructions, by
//!   `simdutf8`); at the first invalid byte the scan starts again as
//!   Windows-1252 (what [`Table::from_csv`] decides for the whole file);
//! - the same sniffing, on the first lines (at least 64 KiB and 32 lines);
//! - the same CSV grammar: `csv-core`, which the `csv` crate is built on,
//!   with the same settings, fields trimmed of Unicode white space as a
//!   string record is;
//! - the same typing of every column (the 80 % rule or the named columns),
//!   and the same bad rows: each row's "present but not a number" columns
//!   are kept as a bit mask with its counts, so that rows found bad once the
//!   column types are known at the end are taken out of every figure;
//! - the same order of the outcome values, so sums are added in the same
//!   order and come out the same double.
//!
//! Every column is typed, not only the ones an analysis uses: a value that
//! is not a number in any numeric column makes its row bad, and whether a
//! column is numeric is known only once all of it has been read.
//!
//! Blocks are split at line breaks into a few parts per thread, which the
//! threads take in turn; each part's tallies are merged in file order. In a
//! part without a quote character each field's end is found eight bytes at
//! a time (one 64-bit word: the bytes equal to the delimiter and those that
//! may be line breaks are found with a few integer operations), and the
//! field is trimmed and typed as soon as it is found: a field that starts
//! and ends with printable ASCII needs no trimming; a column the sink uses
//! is parsed to its value (the common `[-]digits[.digits]` in line), any
//! other is only checked to be a number or not. Column counts are added
//! per run of rows alike. A block with a quote goes through `csv-core` in
//! sequence (and once one has been seen, each block is looked at for
//! quotes before it is split). The bad rows themselves (line, column, value)
//! are found by a second, sequential pass, only when there are any. Files
//! with more than 64 columns, or with more than 255 different patterns of
//! text in numeric-looking columns, are read through [`Table::from_csv`]
//! instead.
//!
//! What a scan keeps of each row is a [`Sink`]: the per-group tallies of
//! [`scan_groups`] here, the typed columns of a model in `columns.rs`
//! ([`scan_columns`](crate::scan_columns)).

use std::collections::HashMap;
use std::io::{Read, Seek, SeekFrom};
use std::sync::atomic::{AtomicUsize, Ordering};

use csv_core::{ReadRecordResult, Reader as CoreReader, ReaderBuilder};
use encoding_rs::{Decoder, Encoding, UTF_16BE, UTF_16LE, UTF_8, WINDOWS_1252};
use serde::Serialize;

use crate::counts::GroupCounts;
use crate::decode::{sniff, TextEncoding};
use crate::error::AnalysisError;
use crate::number::{is_number_bytes, parse_number_bytes, short_word, zero_bytes, HIGH, ONES};
use crate::representation::{representation, Representation};
use crate::resources::{summarise, Resources};
use crate::table::{
    complete_rows, factorize, unique_names, BadRows, IssueReason, NumericColumns, ReadOptions,
    RowIssue, Table, INFERRED_NUMERIC_SHARE,
};

/// How a scan reads: block size and threads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ScanSettings {
    /// Bytes read (and decoded) at a time.
    pub block_size: usize,
    /// Threads that read a block without quotes (1 reads on the caller's).
    pub threads: usize,
    /// The fewest bytes of a block worth splitting between threads.
    pub parallel_from: usize,
}

impl Default for ScanSettings {
    fn default() -> Self {
        Self {
            block_size: 8 << 20,
            threads: std::thread::available_parallelism().map_or(1, |n| n.get().min(8)),
            parallel_from: 256 << 10,
        }
    }
}

/// Why a scan failed: the source could not be read, or the analysis error
/// the table path would give.
#[derive(Debug, thiserror::Error)]
pub enum ScanError {
    /// Reading or seeking the source failed.
    #[error("cannot read the file: {0}")]
    Read(#[from] std::io::Error),
    /// The bytes are not a table the analyses can use.
    #[error(transparent)]
    Analysis(#[from] AnalysisError),
}

/// What one scan found: per group of one column, the rows and (with an
/// outcome) the outcome's values; the rows left out, and why.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct GroupScan {
    group: String,
    outcome: Option<String>,
    labels: Vec<String>,
    counts: Vec<u64>,
    values: Option<Vec<Vec<f64>>>,
    missing_rows: usize,
    excluded_rows: usize,
    issues: Vec<RowIssue>,
    encoding: TextEncoding,
    delimiter: char,
    /// The error a column lookup gives (unknown group or outcome, an
    /// outcome that is not numeric), kept for the analyses to return.
    column_error: Option<AnalysisError>,
}

impl GroupScan {
    /// The rows per group: rows where the group (and the outcome, when the
    /// scan had one) has a value; and the rows left out for a missing value.
    /// As [`GroupCounts::from_column`] on the table. Fails as the table's
    /// column lookups would (an unknown group or outcome, an outcome that is
    /// not numeric).
    pub fn counts(&self) -> Result<(GroupCounts, usize), AnalysisError> {
        if let Some(error) = &self.column_error {
            return Err(error.clone());
        }
        let counts = GroupCounts::new(self.labels.iter().cloned().zip(self.counts.iter().copied()));
        Ok((counts, self.missing_rows))
    }

    /// [`representation_in`](crate::representation_in) of the scanned
    /// group column against a baseline.
    pub fn representation(
        &self,
        baseline: &GroupCounts,
        confidence: f64,
    ) -> Result<Representation, AnalysisError> {
        let (counts, missing_rows) = self.counts()?;
        let mut result = representation(&counts, baseline, confidence)?;
        result.excluded_rows = self.excluded_rows;
        result.missing_rows = missing_rows;
        Ok(result)
    }

    /// [`resources`](crate::resources()) of the scanned outcome by the
    /// scanned group (the scan must have had an outcome).
    pub fn resources(self, population: Option<&GroupCounts>) -> Result<Resources, AnalysisError> {
        if let Some(error) = self.column_error {
            return Err(error);
        }
        let (Some(outcome), Some(values)) = (self.outcome, self.values) else {
            return Err(AnalysisError::invalid(
                "outcome",
                "the scan was made without an outcome",
            ));
        };
        let labels: Vec<&str> = self.labels.iter().map(String::as_str).collect();
        let mut result = summarise(&labels, values, &outcome, population)?;
        result.excluded_rows = self.excluded_rows;
        result.missing_rows = self.missing_rows;
        Ok(result)
    }

    /// The same tallies from a table already read (an XLSX workbook, or
    /// rows from elsewhere): what [`scan_groups`] gives for the same rows.
    pub fn from_table(table: &Table, group: &str, outcome: Option<&str>) -> Self {
        from_table(table, &Wanted { group, outcome })
    }

    /// The bad rows, in row order (with [`BadRows::Exclude`]).
    pub fn issues(&self) -> &[RowIssue] {
        &self.issues
    }

    /// How many rows were left out as bad.
    pub fn excluded_rows(&self) -> usize {
        self.excluded_rows
    }

    /// How many rows were left out for a missing group or outcome.
    pub fn missing_rows(&self) -> usize {
        self.missing_rows
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

/// Scans CSV bytes from `source` (from its current position) for
/// [`GroupScan::representation`] (no outcome) or [`GroupScan::resources`],
/// with the default [`ScanSettings`]. The results equal those of
/// [`Table::from_csv`] followed by the analysis, with a fraction of the
/// memory.
pub fn scan_groups<R: Read + Seek>(
    source: &mut R,
    options: &ReadOptions,
    group: &str,
    outcome: Option<&str>,
) -> Result<GroupScan, ScanError> {
    scan_groups_with(source, options, group, outcome, ScanSettings::default())
}

/// [`scan_groups`] with the given block size and threads.
pub fn scan_groups_with<R: Read + Seek>(
    source: &mut R,
    options: &ReadOptions,
    group: &str,
    outcome: Option<&str>,
    settings: ScanSettings,
) -> Result<GroupScan, ScanError> {
    let wanted = Wanted { group, outcome };
    let names: Vec<&str> = std::iter::once(group).chain(outcome).collect();
    let make = |layout: &Layout| Groups {
        group: layout.wanted.first().copied().flatten(),
        outcome: outcome.and(layout.wanted.get(1).copied().flatten()),
        ..Groups::default()
    };
    match scan(source, options, &names, make, settings)? {
        Scanned::Streamed(done) => group_scan(done, &wanted),
        Scanned::Table(table) => Ok(from_table(&table, &wanted)),
    }
}

/// What a scan gives: the tallies of the streaming pass, or (for a file
/// beyond what the scan tallies) the table read whole.
pub(crate) enum Scanned<S> {
    Streamed(Concluded<S>),
    Table(Table),
}

/// Reads the source (from its current position) once, tallying every row
/// into a [`Sink`] made by `make` once the header is known, again as
/// Windows-1252 when it is not UTF-8, and a second time for the bad rows
/// when there are any.
pub(crate) fn scan<R: Read + Seek, S: Sink>(
    source: &mut R,
    options: &ReadOptions,
    names: &[&str],
    make: impl Fn(&Layout) -> S,
    settings: ScanSettings,
) -> Result<Scanned<S>, ScanError> {
    let start = source.stream_position()?;
    let settings = ScanSettings {
        block_size: settings.block_size.max(1),
        threads: settings.threads.max(1),
        ..settings
    };
    let mut encoding = match options.encoding {
        Some(forced) => Encoded::Forced(forced),
        None => Encoded::Detect,
    };
    loop {
        source.seek(SeekFrom::Start(start))?;
        let outcome = main_pass(source, options, encoding, names, &make, settings);
        match outcome {
            Ok(found) => {
                source.seek(SeekFrom::Start(start))?;
                return conclude(source, options, settings, found).map(Scanned::Streamed);
            }
            Err(Stop::NotUtf8) => encoding = Encoded::Latin,
            Err(Stop::Fallback) => return read_table(source, start, options).map(Scanned::Table),
            Err(Stop::Read(error)) => return Err(ScanError::Read(error)),
            Err(Stop::Analysis(error)) => return Err(ScanError::Analysis(error)),
        }
    }
}

/// The source from `start` read whole into a table.
pub(crate) fn read_table<R: Read + Seek>(
    source: &mut R,
    start: u64,
    options: &ReadOptions,
) -> Result<Table, ScanError> {
    source.seek(SeekFrom::Start(start))?;
    let mut bytes = Vec::new();
    source.read_to_end(&mut bytes)?;
    Ok(Table::from_csv(&bytes, options)?)
}

/// The columns a group scan aggregates.
struct Wanted<'a> {
    group: &'a str,
    outcome: Option<&'a str>,
}

/// How the bytes are turned into text.
#[derive(Clone, Copy, Debug)]
enum Encoded {
    /// Look for a byte-order mark; else UTF-8, checked.
    Detect,
    /// Found not to be UTF-8: Windows-1252.
    Latin,
    /// Given by the caller.
    Forced(TextEncoding),
}

/// Why a pass stopped early.
#[derive(Debug)]
pub(crate) enum Stop {
    /// The bytes are not UTF-8: read again as Windows-1252.
    NotUtf8,
    /// The file is beyond what the scan tallies: read it as a table.
    Fallback,
    Read(std::io::Error),
    Analysis(AnalysisError),
}

impl From<std::io::Error> for Stop {
    fn from(error: std::io::Error) -> Self {
        Self::Read(error)
    }
}

impl From<AnalysisError> for Stop {
    fn from(error: AnalysisError) -> Self {
        Self::Analysis(error)
    }
}

/// Text from the source, as UTF-8, a block at a time.
struct Text<'s, R> {
    source: &'s mut R,
    decoder: Option<Decoder>,
    /// Whether the text is the source's bytes, to be checked as UTF-8.
    check: bool,
    raw: Vec<u8>,
    block: usize,
    encoding: TextEncoding,
    started: bool,
    eof: bool,
}

impl<'s, R: Read> Text<'s, R> {
    fn new(source: &'s mut R, encoded: Encoded, block: usize) -> Self {
        let (decoder, encoding) = match encoded {
            Encoded::Detect => (None, TextEncoding::Utf8),
            Encoded::Latin => (
                Some(WINDOWS_1252.new_decoder_without_bom_handling()),
                TextEncoding::Windows1252,
            ),
            Encoded::Forced(forced) => {
                let encoding = match forced {
                    TextEncoding::Utf8 | TextEncoding::Utf8WithBom => UTF_8,
                    TextEncoding::Utf16Le => UTF_16LE,
                    TextEncoding::Utf16Be => UTF_16BE,
                    TextEncoding::Windows1252 => WINDOWS_1252,
                };
                (Some(encoding.new_decoder_with_bom_removal()), forced)
            }
        };
        Self {
            check: decoder.is_none(),
            source,
            decoder,
            raw: Vec::new(),
            block,
            encoding,
            started: false,
            eof: false,
        }
    }

    /// Reads up to `n` bytes into `into` (appended); 0 at the end. (Through
    /// `read_to_end`, which fills spare capacity without zeroing it first.)
    fn read_raw(&mut self, into: &mut Vec<u8>, n: usize) -> Result<usize, Stop> {
        let old = into.len();
        loop {
            let wanted = n - (into.len() - old);
            match (&mut *self.source).take(wanted as u64).read_to_end(into) {
                Ok(0) => return Ok(into.len() - old),
                Ok(_) if into.len() - old >= n => return Ok(n),
                Ok(_) => {}
                Err(error) if error.kind() == std::io::ErrorKind::Interrupted => {}
                Err(error) => return Err(Stop::Read(error)),
            }
        }
    }

    /// Appends the next block of text to `text`; false at the end.
    fn fill(&mut self, text: &mut Vec<u8>) -> Result<bool, Stop> {
        if self.eof {
            return Ok(false);
        }
        if !self.started {
            self.started = true;
            if self.decoder.is_none() {
                // A byte-order mark decides the encoding, as in `decode`.
                let mut head = Vec::new();
                self.read_raw(&mut head, 4)?;
                if let Some((encoding, length)) = Encoding::for_bom(&head) {
                    self.encoding = if encoding == UTF_8 {
                        TextEncoding::Utf8WithBom
                    } else if encoding == UTF_16LE {
                        TextEncoding::Utf16Le
                    } else {
                        TextEncoding::Utf16Be
                    };
                    self.decoder = Some(encoding.new_decoder_without_bom_handling());
                    self.check = false;
                    self.raw = head.get(length..).unwrap_or_default().to_vec();
                } else {
                    text.extend_from_slice(&head);
                }
            }
        }
        if self.decoder.is_none() {
            let read = self.read_raw(text, self.block)?;
            self.eof = read == 0;
            return Ok(!self.eof);
        }
        let mut raw = std::mem::take(&mut self.raw);
        let read = self.read_raw(&mut raw, self.block)?;
        let Some(decoder) = self.decoder.as_mut() else {
            return Ok(false);
        };
        let last = read == 0;
        let needed = decoder
            .max_utf8_buffer_length(raw.len())
            .ok_or(Stop::Fallback)?;
        let old = text.len();
        text.resize(old + needed, 0);
        let (_, consumed, written, _) = decoder.decode_to_utf8(&raw, &mut text[old..], last);
        text.truncate(old + written);
        raw.drain(..consumed);
        self.raw = raw;
        self.eof = last;
        Ok(!last || written > 0)
    }
}

/// The first lines, the header found, and the reading set up.
struct Head {
    delimiter: u8,
    decimal_comma: bool,
    /// Physical lines before the header line.
    lines_before_header: u64,
}

/// Reads until enough text to sniff, sniffs, and leaves in `text` the body
/// (from the header line on). Returns whether the source is exhausted.
fn read_head<R: Read>(
    reader: &mut Text<'_, R>,
    text: &mut Vec<u8>,
    options: &ReadOptions,
) -> Result<(Head, bool), Stop> {
    const HEAD_BYTES: usize = 64 << 10;
    const HEAD_LINES: usize = 32;
    let mut more = true;
    let mut lines = 0;
    while more {
        let counted = text.len();
        more = reader.fill(text)?;
        lines += memchr::memchr_iter(b'\n', &text[counted..]).count();
        if text.len() >= HEAD_BYTES && lines >= HEAD_LINES {
            break;
        }
    }
    let head_length = if more {
        memchr::memrchr(b'\n', text).map_or(text.len(), |i| i + 1)
    } else {
        text.len()
    };
    let head = simdutf8::basic::from_utf8(&text[..head_length]).map_err(|_| Stop::NotUtf8)?;
    let sniffed = sniff(head);
    let delimiter = options.delimiter.unwrap_or(sniffed.delimiter);
    text.drain(..sniffed.header_start.min(text.len()));
    Ok((
        Head {
            delimiter,
            decimal_comma: options.decimal_comma.unwrap_or(delimiter != b','),
            lines_before_header: sniffed.lines_before_header,
        },
        !more,
    ))
}

/// The columns of the header, and where the wanted ones are.
#[derive(Clone, Debug)]
pub(crate) struct Layout {
    pub(crate) names: Vec<String>,
    pub(crate) width: usize,
    /// The position of each wanted column (`None` where the header has no
    /// column of that name).
    pub(crate) wanted: Vec<Option<usize>>,
    /// Bit j is set when column j is wanted: its numbers go to the sink.
    used: u64,
    delimiter: u8,
    pub(crate) decimal_comma: bool,
}

/// A `csv-core` reader that keeps a partial record between blocks.
struct Records {
    core: CoreReader,
    out: Vec<u8>,
    ends: Vec<usize>,
    nout: usize,
    nend: usize,
}

impl Records {
    fn new(delimiter: u8) -> Self {
        // The settings of `csv::ReaderBuilder` as `Table::from_csv` uses it.
        let core = ReaderBuilder::new().delimiter(delimiter).build();
        Self {
            core,
            out: vec![0; 1024],
            ends: vec![0; 64],
            nout: 0,
            nend: 0,
        }
    }

    /// Reads the records of `input` (the end of the text when `eof`), each
    /// given to `on` with the offset just past it; `on` returns whether to go
    /// on. Returns the bytes consumed.
    fn feed(
        &mut self,
        input: &[u8],
        eof: bool,
        mut on: impl FnMut(usize, &[u8], &[usize]) -> Result<bool, Stop>,
    ) -> Result<usize, Stop> {
        let mut position = 0;
        loop {
            let rest = input.get(position..).unwrap_or_default();
            if rest.is_empty() && !eof {
                return Ok(position);
            }
            let (result, nin, nout, nend) = self.core.read_record(
                rest,
                self.out.get_mut(self.nout..).unwrap_or_default(),
                self.ends.get_mut(self.nend..).unwrap_or_default(),
            );
            position += nin;
            self.nout += nout;
            self.nend += nend;
            match result {
                ReadRecordResult::InputEmpty => {
                    if !eof {
                        return Ok(position);
                    }
                }
                ReadRecordResult::OutputFull => {
                    let length = self.out.len().max(1) * 2;
                    self.out.resize(length, 0);
                }
                ReadRecordResult::OutputEndsFull => {
                    let length = self.ends.len().max(1) * 2;
                    self.ends.resize(length, 0);
                }
                ReadRecordResult::Record => {
                    let (out, ends) = (&self.out[..self.nout], &self.ends[..self.nend]);
                    let go_on = on(position, out, ends)?;
                    self.nout = 0;
                    self.nend = 0;
                    if !go_on {
                        return Ok(position);
                    }
                }
                ReadRecordResult::End => return Ok(position),
            }
        }
    }
}

/// Whether the bytes are UTF-8 (checked with SIMD instructions where the
/// processor has them).
fn is_utf8(bytes: &[u8]) -> bool {
    simdutf8::basic::from_utf8(bytes).is_ok()
}

/// The field without leading and trailing white space, as `str::trim`
/// (Unicode white space) takes it off: `(start, end)` within the field.
#[inline]
fn trim(field: &[u8]) -> (usize, usize) {
    // Most fields start and end with a printable ASCII character, which is
    // no white space.
    let printable = |b: Option<&u8>| b.is_some_and(|&b| b > b' ' && b < 0x80);
    if printable(field.first()) && printable(field.last()) {
        return (0, field.len());
    }
    trim_characters(field)
}

/// [`trim`] a character at a time from either end, as `str::trim` (the
/// text is UTF-8 here; a byte that does not decode stops the trimming).
fn trim_characters(field: &[u8]) -> (usize, usize) {
    let (mut start, mut end) = (0, field.len());
    while let Some((c, length)) = first_char(field.get(start..end).unwrap_or_default()) {
        if !c.is_whitespace() {
            break;
        }
        start += length;
    }
    while let Some((c, length)) = last_char(field.get(start..end).unwrap_or_default()) {
        if !c.is_whitespace() {
            break;
        }
        end -= length;
    }
    (start, end)
}

/// The first character of UTF-8 bytes, and its length.
fn first_char(bytes: &[u8]) -> Option<(char, usize)> {
    let length = match *bytes.first()? {
        byte if byte < 0x80 => return Some((char::from(byte), 1)),
        byte if byte >= 0xF0 => 4,
        byte if byte >= 0xE0 => 3,
        _ => 2,
    };
    let c = std::str::from_utf8(bytes.get(..length)?)
        .ok()?
        .chars()
        .next()?;
    Some((c, length))
}

/// The last character of UTF-8 bytes, and its length.
fn last_char(bytes: &[u8]) -> Option<(char, usize)> {
    let last = *bytes.last()?;
    if last < 0x80 {
        return Some((char::from(last), 1));
    }
    let start = (bytes.len().saturating_sub(4)..bytes.len())
        .rev()
        .find(|&i| bytes.get(i).is_some_and(|&b| b & 0xC0 != 0x80))?;
    let c = std::str::from_utf8(bytes.get(start..)?)
        .ok()?
        .chars()
        .next()?;
    (c.len_utf8() == bytes.len() - start).then_some((c, bytes.len() - start))
}

/// The trimmed fields of a record, as ranges into its bytes.
fn trimmed_fields(out: &[u8], ends: &[usize], fields: &mut Vec<(usize, usize)>) {
    fields.clear();
    let mut start = 0;
    for &end in ends {
        let (a, b) = trim(out.get(start..end).unwrap_or_default());
        fields.push((start + a, start + b));
        start = end;
    }
}

/// The number of fields of a row once empty trailing fields beyond the
/// header's width are dropped, as `Table` does.
fn row_width(fields: &[(usize, usize)], width: usize) -> usize {
    if fields.len() > width && fields[width..].iter().all(|(a, b)| a == b) {
        width
    } else {
        fields.len()
    }
}

/// How many parts of a block each thread reads, one after another.
const PARTS_PER_THREAD: usize = 4;

/// The most different masks one scan keeps (they are stored in a byte).
const MAX_MASKS: usize = 255;

/// Small label tables are searched in order; larger ones hashed.
const LINEAR_LABELS: usize = 16;

/// What a scan keeps of each row, besides the tallies every scan makes to
/// type the columns and find the bad rows. (`Sync`: the threads that read
/// the parts of a block each make their part's sink from the scan's.)
pub(crate) trait Sink: Send + Sync + Sized {
    /// An empty sink for a later part of the file, read on another thread.
    fn part(&self) -> Self;

    /// Takes one row that has the header's width (the bad ones too: which
    /// rows are bad is known only at the end). `fields` are the trimmed
    /// fields as ranges of `out`; `mask` is the id of the row's mask;
    /// `numbers` has, for each wanted column, its number (NaN where the
    /// value is missing or not a number).
    fn row(
        &mut self,
        out: &[u8],
        fields: &[(usize, usize)],
        mask: u8,
        numbers: &[f64],
    ) -> Result<(), Stop>;

    /// Appends a later part of the file; `masks` maps its mask ids to this
    /// sink's.
    fn merge(&mut self, later: Self, masks: &[u8]) -> Result<(), Stop>;
}

/// Distinct byte strings, numbered in the order they first come.
#[derive(Clone, Debug, Default)]
pub(crate) struct Labels {
    labels: Vec<Vec<u8>>,
    /// Each label's first eight bytes (as a number) and length, compared
    /// before the rest.
    heads: Vec<(u64, usize)>,
    index: HashMap<Vec<u8>, usize>,
    /// A label's number plus one, in the slot its head hashes to (0: none;
    /// the first 255 labels only): most keys are found here with one
    /// comparison.
    recent: Recent,
}

/// The slots of [`Labels::recent`].
#[derive(Clone, Debug)]
struct Recent([u8; RECENT_SLOTS]);

const RECENT_SLOTS: usize = 64;

impl Default for Recent {
    fn default() -> Self {
        Self([0; RECENT_SLOTS])
    }
}

/// The first eight bytes of `key`, zero-padded, as a number, and its length.
#[inline(always)]
fn head(key: &[u8]) -> (u64, usize) {
    let value = match key.get(..8) {
        Some(first) => {
            let mut bytes = [0u8; 8];
            bytes.copy_from_slice(first);
            u64::from_le_bytes(bytes)
        }
        None => short_word(key).unwrap_or_default(),
    };
    (value, key.len())
}

/// The slot of [`Labels::recent`] for a head.
#[inline(always)]
fn recent_slot((value, length): (u64, usize)) -> usize {
    let mixed = (value ^ (length as u64).rotate_left(32)).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    (mixed >> 58) as usize & (RECENT_SLOTS - 1)
}

impl Labels {
    /// The number of `key`, given a new one when it is new.
    #[inline]
    pub(crate) fn id(&mut self, key: &[u8]) -> usize {
        let wanted = head(key);
        let slot = recent_slot(wanted);
        if let Some(i) = (self.recent.0[slot] as usize).checked_sub(1) {
            if self.is(i, key, wanted) {
                return i;
            }
        }
        self.id_slowly(key, wanted, slot)
    }

    /// Whether label `i` is `key`, whose head is `wanted`.
    #[inline(always)]
    fn is(&self, i: usize, key: &[u8], wanted: (u64, usize)) -> bool {
        let rest = key.get(8..).unwrap_or_default();
        self.heads.get(i) == Some(&wanted)
            && (rest.is_empty() || self.labels.get(i).and_then(|l| l.get(8..)) == Some(rest))
    }

    /// [`Labels::id`] when the key is not in its recent slot.
    #[inline(never)]
    fn id_slowly(&mut self, key: &[u8], wanted: (u64, usize), slot: usize) -> usize {
        let found = if self.labels.len() <= LINEAR_LABELS {
            (0..self.heads.len()).find(|&i| self.is(i, key, wanted))
        } else {
            self.index.get(key).copied()
        };
        let id = found.unwrap_or_else(|| {
            let id = self.labels.len();
            self.labels.push(key.to_vec());
            self.heads.push(wanted);
            if self.labels.len() > LINEAR_LABELS {
                if self.index.is_empty() {
                    for (i, label) in self.labels.iter().enumerate() {
                        self.index.insert(label.clone(), i);
                    }
                } else {
                    self.index.insert(key.to_vec(), id);
                }
            }
            id
        });
        if let Ok(stored) = u8::try_from(id + 1) {
            self.recent.0[slot] = stored;
        }
        id
    }

    pub(crate) fn len(&self) -> usize {
        self.labels.len()
    }

    pub(crate) fn iter(&self) -> impl Iterator<Item = &[u8]> {
        self.labels.iter().map(Vec::as_slice)
    }

    pub(crate) fn into_vec(self) -> Vec<Vec<u8>> {
        self.labels
    }
}

/// What a part of the file adds up to: the rows, and per column how many
/// values are present and how many of those are numbers. Masks: bit j is
/// set when column j holds a value that is not a number.
///
/// A record comes a field at a time ([`Tally::field`], typed as it comes)
/// and then ends ([`Tally::record`]), where it is counted or left out.
struct Tally<S> {
    records: u64,
    ragged: u64,
    /// Per column (at most 64): values present, and numbers among them,
    /// once the run under way is added ([`Tally::end_run`]).
    present: [u64; 64],
    numbers: [u64; 64],
    /// Rows in a row (most files have one pattern throughout) with the same
    /// columns present and the same of those not numbers: the columns, and
    /// how many rows.
    run: (u64, u64, u64),
    masks: Vec<u64>,
    rows_by_mask: Vec<u64>,
    /// The id of the mask last seen.
    last_mask: usize,
    /// The header's width, the wanted columns (bit j for column j) and
    /// whether a comma is a decimal point.
    width: usize,
    used: u64,
    decimal_comma: bool,
    /// The record under way: its fields (the first `width`) as ranges of
    /// the text, the columns with a value, those whose value is not a
    /// number, and whether a field beyond the width has a value.
    ranges: [(usize, usize); 64],
    row_present: u64,
    row_not_numbers: u64,
    row_beyond: bool,
    /// The numbers of the record under way, by column (wanted columns only).
    values: [f64; 64],
    /// The fields of a record from `csv-core`, trimmed.
    fields: Vec<(usize, usize)>,
    sink: S,
}

impl<S> Tally<S> {
    /// Adds the rows of the run under way to the counts per column.
    fn end_run(&mut self) {
        let (present, not_numbers, rows) = std::mem::take(&mut self.run);
        let mut columns = present;
        while columns != 0 {
            self.present[(columns.trailing_zeros() & 63) as usize] += rows;
            columns &= columns - 1;
        }
        let mut columns = present & !not_numbers;
        while columns != 0 {
            self.numbers[(columns.trailing_zeros() & 63) as usize] += rows;
            columns &= columns - 1;
        }
    }
}

impl<S: Sink> Tally<S> {
    fn new(sink: S, layout: &Layout) -> Self {
        Self {
            records: 0,
            ragged: 0,
            present: [0; 64],
            numbers: [0; 64],
            run: (0, 0, 0),
            masks: Vec::new(),
            rows_by_mask: Vec::new(),
            last_mask: 0,
            width: layout.width.min(64),
            used: layout.used,
            decimal_comma: layout.decimal_comma,
            ranges: [(0, 0); 64],
            row_present: 0,
            row_not_numbers: 0,
            row_beyond: false,
            values: [f64::NAN; 64],
            fields: Vec::new(),
            sink,
        }
    }

    fn mask_id(&mut self, mask: u64) -> Result<usize, Stop> {
        if self.masks.get(self.last_mask) == Some(&mask) {
            return Ok(self.last_mask);
        }
        let id = match self.masks.iter().position(|&m| m == mask) {
            Some(id) => id,
            None if self.masks.len() >= MAX_MASKS => return Err(Stop::Fallback),
            None => {
                self.masks.push(mask);
                self.rows_by_mask.push(0);
                self.masks.len() - 1
            }
        };
        self.last_mask = id;
        Ok(id)
    }

    /// Adds one record (the header excluded) as `csv-core` gives it.
    fn row(&mut self, out: &[u8], ends: &[usize]) -> Result<(), Stop> {
        let mut fields = std::mem::take(&mut self.fields);
        trimmed_fields(out, ends, &mut fields);
        for (j, &(start, end)) in fields.iter().enumerate() {
            self.field(out, j, start, end);
        }
        let result = self.record(out, fields.len());
        self.fields = fields;
        result
    }

    /// Field `j` of the record under way is `text[start..end]`, trimmed:
    /// noted, and typed where it has a value. Only wanted columns are
    /// parsed to their value; the others are only checked.
    #[inline(always)]
    fn field(&mut self, text: &[u8], j: usize, start: usize, end: usize) {
        if j >= self.width {
            self.row_beyond |= start < end;
            return;
        }
        // At most 64 columns (the scan reads wider files as a table).
        let j = j & 63;
        self.ranges[j] = (start, end);
        let bit = 1u64 << j;
        let wanted = self.used & bit != 0;
        if start >= end {
            if wanted {
                self.values[j] = f64::NAN;
            }
            return;
        }
        self.row_present |= bit;
        let field = text.get(start..end).unwrap_or_default();
        let number = if wanted {
            let parsed = parse_number_bytes(field, self.decimal_comma);
            self.values[j] = parsed.map_or(f64::NAN, |p| p.value);
            parsed.is_some()
        } else {
            is_number_bytes(field, self.decimal_comma)
        };
        if !number {
            self.row_not_numbers |= bit;
        }
    }

    /// The record under way ended after `count` fields: counted (as `Table`
    /// reads rows), or left out as ragged or empty.
    fn record(&mut self, text: &[u8], count: usize) -> Result<(), Stop> {
        let present = std::mem::take(&mut self.row_present);
        let not_numbers = std::mem::take(&mut self.row_not_numbers);
        let beyond = std::mem::take(&mut self.row_beyond);
        let width = self.width;
        if count == width {
            // A row whose fields are all empty is no row.
            if present == 0 {
                return Ok(());
            }
            self.records += 1;
        } else {
            if present == 0 && !beyond {
                return Ok(());
            }
            self.records += 1;
            // Empty fields beyond the header's width are dropped, as
            // `Table` drops them; any other width is a ragged row.
            if count < width || beyond {
                self.ragged += 1;
                return Ok(());
            }
        }
        if (present, not_numbers) == (self.run.0, self.run.1) {
            self.run.2 += 1;
        } else {
            self.end_run();
            self.run = (present, not_numbers, 1);
        }
        let id = self.mask_id(not_numbers)?;
        self.rows_by_mask[id] += 1;
        let ranges = self.ranges.get(..width).unwrap_or_default();
        self.sink.row(text, ranges, id as u8, &self.values)
    }

    /// Adds a later part of the file.
    fn merge(&mut self, mut part: Tally<S>) -> Result<(), Stop> {
        self.end_run();
        part.end_run();
        self.records += part.records;
        self.ragged += part.ragged;
        for (total, n) in self.present.iter_mut().zip(&part.present) {
            *total += n;
        }
        for (total, n) in self.numbers.iter_mut().zip(&part.numbers) {
            *total += n;
        }
        let mut mask_map = Vec::with_capacity(part.masks.len());
        for (i, &mask) in part.masks.iter().enumerate() {
            let id = self.mask_id(mask)?;
            self.rows_by_mask[id] += part.rows_by_mask[i];
            mask_map.push(id as u8);
        }
        self.sink.merge(part.sink, &mask_map)
    }
}

/// What a group scan keeps: per group label, rows by mask and the
/// outcome's values in file order with each row's mask; rows missing the
/// group or the outcome, by mask.
#[derive(Default)]
struct Groups {
    group: Option<usize>,
    outcome: Option<usize>,
    missing_by_mask: Vec<u64>,
    labels: Labels,
    /// Rows per label and mask.
    counts: Vec<Vec<u64>>,
    /// Outcome values per label, in file order, with each row's mask.
    values: Vec<Vec<f64>>,
    value_masks: Vec<Vec<u8>>,
}

impl Groups {
    fn label_id(&mut self, key: &[u8]) -> usize {
        let id = self.labels.id(key);
        if id == self.counts.len() {
            self.counts.push(Vec::new());
            self.values.push(Vec::new());
            self.value_masks.push(Vec::new());
        }
        id
    }
}

/// Adds `n` to the count of mask `id`.
fn bump(counts: &mut Vec<u64>, id: usize, n: u64) {
    if counts.len() <= id {
        counts.resize(id + 1, 0);
    }
    counts[id] += n;
}

impl Sink for Groups {
    fn part(&self) -> Self {
        Self {
            group: self.group,
            outcome: self.outcome,
            ..Self::default()
        }
    }

    fn row(
        &mut self,
        out: &[u8],
        fields: &[(usize, usize)],
        mask: u8,
        numbers: &[f64],
    ) -> Result<(), Stop> {
        let Some(group) = self.group else {
            return Ok(());
        };
        let field = |j: usize| fields.get(j).map_or(&[][..], |&(a, b)| &out[a..b]);
        let key = field(group);
        let outcome_missing = self.outcome.is_some_and(|o| field(o).is_empty());
        let id = usize::from(mask);
        if key.is_empty() || outcome_missing {
            bump(&mut self.missing_by_mask, id, 1);
            return Ok(());
        }
        let label = self.label_id(key);
        bump(&mut self.counts[label], id, 1);
        if let Some(value) = self.outcome.and_then(|o| numbers.get(o).copied()) {
            if !value.is_nan() {
                self.values[label].push(value);
                self.value_masks[label].push(mask);
            }
        }
        Ok(())
    }

    fn merge(&mut self, part: Self, masks: &[u8]) -> Result<(), Stop> {
        let mapped = |i: usize| usize::from(masks.get(i).copied().unwrap_or_default());
        for (i, &n) in part.missing_by_mask.iter().enumerate() {
            bump(&mut self.missing_by_mask, mapped(i), n);
        }
        let identity = masks
            .iter()
            .enumerate()
            .all(|(i, &id)| usize::from(id) == i);
        let parts = part
            .labels
            .into_vec()
            .into_iter()
            .zip(part.counts)
            .zip(part.values.into_iter().zip(part.value_masks));
        for ((key, counts), (values, value_masks)) in parts {
            let label = self.label_id(&key);
            for (i, n) in counts.into_iter().enumerate() {
                bump(&mut self.counts[label], mapped(i), n);
            }
            if self.values[label].is_empty() {
                self.values[label] = values;
            } else {
                self.values[label].extend_from_slice(&values);
            }
            if identity && self.value_masks[label].is_empty() {
                self.value_masks[label] = value_masks;
            } else {
                self.value_masks[label].extend(
                    value_masks
                        .iter()
                        .map(|&m| masks.get(usize::from(m)).copied().unwrap_or_default()),
                );
            }
        }
        Ok(())
    }
}

/// The state of the main pass.
struct Scan<S> {
    head: Head,
    /// The header's layout and the tallies, once the header is read.
    state: Option<(Layout, Tally<S>)>,
    records: Records,
    /// Whether `records` is between records (a fresh reader may take over).
    clean: bool,
    /// Whether a quote character has been seen in the text.
    quoted: bool,
    check_utf8: bool,
    encoding: TextEncoding,
    settings: ScanSettings,
}

/// The header record: the first whose fields are not all empty.
fn header_layout(
    out: &[u8],
    ends: &[usize],
    wanted: &[&str],
    head: &Head,
) -> Result<Option<Layout>, Stop> {
    let mut fields = Vec::new();
    trimmed_fields(out, ends, &mut fields);
    if fields.iter().all(|(a, b)| a == b) {
        return Ok(None);
    }
    let header: Vec<String> = fields
        .iter()
        .map(|&(a, b)| String::from_utf8_lossy(&out[a..b]).into_owned())
        .collect();
    let names = unique_names(header);
    if names.len() > 64 {
        return Err(Stop::Fallback);
    }
    let wanted: Vec<Option<usize>> = wanted
        .iter()
        .map(|&name| names.iter().position(|n| n == name))
        .collect();
    Ok(Some(Layout {
        width: names.len(),
        used: wanted.iter().flatten().fold(0, |used, &j| used | 1 << j),
        wanted,
        delimiter: head.delimiter,
        decimal_comma: head.decimal_comma,
        names,
    }))
}

impl<S: Sink> Scan<S> {
    /// Reads one region of whole lines (or the end of the text).
    fn region(
        &mut self,
        region: &[u8],
        eof: bool,
        wanted: &[&str],
        make: &impl Fn(&Layout) -> S,
    ) -> Result<(), Stop> {
        let mut at = 0;
        if self.state.is_none() {
            if self.check_utf8 && !is_utf8(region) {
                return Err(Stop::NotUtf8);
            }
            let head = &self.head;
            let mut layout = None;
            at = self.records.feed(region, eof, |_, out, ends| {
                layout = header_layout(out, ends, wanted, head)?;
                Ok(layout.is_none())
            })?;
            let Some(layout) = layout else {
                return Ok(());
            };
            let tally = Tally::new(make(&layout), &layout);
            self.state = Some((layout, tally));
            self.clean = true;
        }
        let Some((layout, tally)) = self.state.as_mut() else {
            return Ok(());
        };
        let rest = region.get(at..).unwrap_or_default();
        // Whole lines without a quote can be split between threads, each
        // with a fresh reader (which would take a byte-order mark at the
        // start of its part for one: such a part is read in sequence).
        let whole = memchr::memrchr(b'\n', rest).map_or(0, |i| i + 1);
        // Until a quote has been seen, each part looks for one itself (on
        // its thread); after that, the whole region is looked at first.
        let parallel = self.clean
            && self.settings.threads > 1
            && whole >= self.settings.parallel_from.max(1)
            && (!self.quoted || memchr::memchr(b'"', rest).is_none());
        // Several parts per thread, taken in turn, so that a thread held up
        // leaves its share to the others.
        let parts = if parallel {
            split(&rest[..whole], self.settings.threads * PARTS_PER_THREAD)
        } else {
            Vec::new()
        };
        if parts.len() > 1 && parts.iter().all(|p| !p.starts_with(b"\xef\xbb\xbf")) {
            let next = AtomicUsize::new(0);
            let (check, layout, parts, sink) = (self.check_utf8, &*layout, &parts, &tally.sink);
            let work = || {
                let mut done = Vec::new();
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(&part) = parts.get(i) else {
                        return done;
                    };
                    done.push((i, scan_part(part, layout, check, sink.part())));
                }
            };
            let mut results = std::thread::scope(|scope| {
                let handles: Vec<_> = (1..self.settings.threads)
                    .map(|_| scope.spawn(work))
                    .collect();
                let mut results = work();
                for handle in handles {
                    match handle.join() {
                        Ok(done) => results.extend(done),
                        Err(_) => results.push((0, Err(Stop::Fallback))),
                    }
                }
                results
            });
            if results.iter().any(|(_, result)| matches!(result, Ok(None))) {
                // A part has a quote: the region is read in sequence (what the
                // other parts found, read without quotes, does not count).
                self.quoted = true;
                return self.sequential(rest, eof);
            }
            results.sort_by_key(|(i, _)| *i);
            for (_, result) in results {
                if let Some(part) = result? {
                    tally.merge(part)?;
                }
            }
            let tail = rest.get(whole..).unwrap_or_default();
            if tail.is_empty() && !eof {
                return Ok(());
            }
            return self.sequential(tail, eof);
        }
        self.sequential(rest, eof)
    }

    fn sequential(&mut self, input: &[u8], eof: bool) -> Result<(), Stop> {
        if self.check_utf8 && !is_utf8(input) {
            return Err(Stop::NotUtf8);
        }
        let Some((_, tally)) = self.state.as_mut() else {
            return Ok(());
        };
        let mut last_end = None;
        let consumed = self.records.feed(input, eof, |end, out, ends| {
            last_end = Some(end);
            tally.row(out, ends)?;
            Ok(true)
        })?;
        // Between records when one ended here, or none was under way, and
        // only line breaks follow.
        let after = input
            .get(last_end.unwrap_or(0)..consumed)
            .unwrap_or_default();
        self.clean =
            (last_end.is_some() || self.clean) && after.iter().all(|&b| b == b'\r' || b == b'\n');
        Ok(())
    }
}

/// Splits whole lines into about `n` parts at line breaks.
fn split(lines: &[u8], n: usize) -> Vec<&[u8]> {
    let mut parts = Vec::with_capacity(n);
    let mut start = 0;
    for i in 1..n {
        let target = (lines.len() * i / n).max(start);
        let Some(found) = memchr::memchr(b'\n', lines.get(target..).unwrap_or_default()) else {
            break;
        };
        let cut = target + found + 1;
        if cut < lines.len() {
            parts.push(&lines[start..cut]);
            start = cut;
        }
    }
    parts.push(&lines[start..]);
    parts
}

/// Tallies one part of whole lines, with a fresh reader; `None` when the
/// part has a quote character (to be read in sequence).
fn scan_part<S: Sink>(
    part: &[u8],
    layout: &Layout,
    check_utf8: bool,
    sink: S,
) -> Result<Option<Tally<S>>, Stop> {
    if memchr::memchr(b'"', part).is_some() {
        return Ok(None);
    }
    if check_utf8 && !is_utf8(part) {
        return Err(Stop::NotUtf8);
    }
    let mut tally = Tally::new(sink, layout);
    if matches!(layout.delimiter, b'\n' | b'\r' | b'"') {
        let mut records = Records::new(layout.delimiter);
        records.feed(part, false, |_, out, ends| {
            tally.row(out, ends)?;
            Ok(true)
        })?;
    } else {
        plain_records(part, layout.delimiter, &mut tally)?;
    }
    Ok(Some(tally))
}

/// What [`plain_records`] gives the records to, a field at a time.
trait Fields {
    /// Field `j` of the record under way is `text[start..end]`, trimmed.
    fn field(&mut self, text: &[u8], j: usize, start: usize, end: usize);

    /// The record under way ended after `count` fields.
    fn record(&mut self, text: &[u8], count: usize) -> Result<(), Stop>;
}

impl<S: Sink> Fields for Tally<S> {
    #[inline(always)]
    fn field(&mut self, text: &[u8], j: usize, start: usize, end: usize) {
        Tally::field(self, text, j, start, end);
    }

    #[inline(always)]
    fn record(&mut self, text: &[u8], count: usize) -> Result<(), Stop> {
        Tally::record(self, text, count)
    }
}

/// The records of text without quote characters, as `csv-core` reads them
/// there: a record ends at `\n`, `\r\n` or a lone `\r`, empty records are
/// skipped, fields end at the delimiter (which is no line break and no
/// quote). Each field is given as it is found, in place and trimmed; the
/// end of a field is looked for eight bytes at a time.
fn plain_records(text: &[u8], delimiter: u8, to: &mut impl Fields) -> Result<(), Stop> {
    let delimiters = u64::from(delimiter) * ONES;
    let mut at = 0;
    while let Some(&first) = text.get(at) {
        if first == b'\n' || first == b'\r' {
            at += 1;
            continue;
        }
        let mut field = 0;
        let mut start = at;
        loop {
            let end = field_end(text, start, delimiter, delimiters);
            let (a, b) = trim(text.get(start..end).unwrap_or_default());
            to.field(text, field, start + a, start + b);
            field += 1;
            if text.get(end) != Some(&delimiter) {
                to.record(text, field)?;
                at = end + 1;
                break;
            }
            start = end + 1;
        }
    }
    Ok(())
}

/// Where the field starting at `at` ends: the first delimiter or line break
/// from there (eight bytes at a time), or the end of the text.
#[inline(always)]
fn field_end(text: &[u8], mut at: usize, delimiter: u8, delimiters: u64) -> usize {
    while let Some(word) = text.get(at..at + 8) {
        let mut bytes = [0u8; 8];
        bytes.copy_from_slice(word);
        let value = u64::from_le_bytes(bytes);
        // The bytes equal to the delimiter, and those below 14 (the line
        // breaks among them): the first one found is one of those.
        let found = zero_bytes(value ^ delimiters) | below_14(value);
        if found != 0 {
            let end = at + (found.trailing_zeros() / 8) as usize;
            match text.get(end) {
                Some(&byte) if byte == delimiter || byte == b'\n' || byte == b'\r' => return end,
                // Another control character (a tab, say): part of the field.
                _ => at = end + 1,
            }
            continue;
        }
        at += 8;
    }
    let rest = text.get(at..).unwrap_or_default();
    rest.iter()
        .position(|&b| b == delimiter || b == b'\n' || b == b'\r')
        .map_or(text.len(), |k| at + k)
}

/// The high bit of each byte of `x` below 14, and of some bytes above one
/// of those (a borrow carries over), never of a byte from 0x80 on: the
/// lowest bit set is that of a byte below 14.
#[inline(always)]
fn below_14(x: u64) -> u64 {
    x.wrapping_sub(14 * ONES) & !x & HIGH
}

/// What the main pass found.
struct Found<S> {
    head: Head,
    state: Option<(Layout, Tally<S>)>,
    encoding: Encoded,
    reported: TextEncoding,
}

/// Reads the whole text once, tallying.
fn main_pass<R: Read, S: Sink>(
    source: &mut R,
    options: &ReadOptions,
    encoding: Encoded,
    wanted: &[&str],
    make: &impl Fn(&Layout) -> S,
    settings: ScanSettings,
) -> Result<Found<S>, Stop> {
    let mut reader = Text::new(source, encoding, settings.block_size);
    let mut text = Vec::new();
    let (head, mut eof) = read_head(&mut reader, &mut text, options)?;
    let mut scan = Scan {
        records: Records::new(head.delimiter),
        head,
        state: None,
        clean: true,
        quoted: false,
        check_utf8: reader.check,
        encoding: reader.encoding,
        settings,
    };
    loop {
        let cut = if eof {
            text.len()
        } else {
            memchr::memrchr(b'\n', &text).map_or(0, |i| i + 1)
        };
        if cut > 0 || eof {
            scan.region(&text[..cut], eof, wanted, make)?;
            text.drain(..cut);
        }
        if eof {
            break;
        }
        eof = !reader.fill(&mut text)?;
    }
    Ok(Found {
        head: scan.head,
        state: scan.state,
        encoding: match (encoding, reader.check) {
            // A byte-order mark found while detecting: read it the same way again.
            (Encoded::Detect, false) => Encoded::Forced(reader.encoding),
            (other, _) => other,
        },
        reported: scan.encoding,
    })
}

/// Whether each column is numeric, by the table's rule.
fn numeric_columns<S>(layout: &Layout, tally: &Tally<S>, options: &ReadOptions) -> u64 {
    let mut numeric = 0u64;
    for (j, name) in layout.names.iter().enumerate() {
        let (present, numbers) = (tally.present[j], tally.numbers[j]);
        let is_numeric = match &options.numeric {
            NumericColumns::Inferred => {
                numbers > 0 && numbers as f64 >= INFERRED_NUMERIC_SHARE * present as f64
            }
            NumericColumns::Named(listed) => {
                listed.contains(name) || (numbers > 0 && numbers == present)
            }
        };
        if is_numeric {
            numeric |= 1 << j;
        }
    }
    numeric
}

/// A finished scan: the column types, which masks are bad rows, the bad
/// rows themselves, and the sink with every row.
pub(crate) struct Concluded<S> {
    pub(crate) layout: Layout,
    /// Bit j is set when column j is numeric.
    pub(crate) numeric: u64,
    /// Per mask id, whether its rows are kept (not bad).
    pub(crate) good: Vec<bool>,
    pub(crate) excluded_rows: usize,
    pub(crate) issues: Vec<RowIssue>,
    pub(crate) encoding: TextEncoding,
    pub(crate) delimiter: char,
    pub(crate) sink: S,
}

/// From the tallies to the column types and the bad rows, with the table's
/// errors in the table's order; the bad rows read again when there are any.
fn conclude<R: Read + Seek, S>(
    source: &mut R,
    options: &ReadOptions,
    settings: ScanSettings,
    found: Found<S>,
) -> Result<Concluded<S>, ScanError> {
    let Found {
        head,
        state,
        encoding,
        reported,
    } = found;
    let (layout, mut tally) = state.ok_or(AnalysisError::EmptyFile)?;
    tally.end_run();
    if tally.records == 0 {
        return Err(AnalysisError::HeaderOnly.into());
    }
    if let NumericColumns::Named(listed) = &options.numeric {
        if let Some(unknown) = listed.iter().find(|n| !layout.names.contains(n)) {
            return Err(AnalysisError::UnknownColumn {
                column: unknown.clone(),
            }
            .into());
        }
    }
    let numeric = numeric_columns(&layout, &tally, options);
    let good: Vec<bool> = tally.masks.iter().map(|m| m & numeric == 0).collect();
    let bad_rows: u64 = tally
        .rows_by_mask
        .iter()
        .zip(&good)
        .filter(|(_, &g)| !g)
        .map(|(n, _)| n)
        .sum();
    let excluded_rows = usize::try_from(tally.ragged + bad_rows).unwrap_or(usize::MAX);
    let issues = if excluded_rows > 0 {
        let stop_at_first = options.bad_rows == BadRows::Stop;
        let issues = match issue_pass(
            source,
            encoding,
            &head,
            &layout,
            numeric,
            stop_at_first,
            settings,
        ) {
            Ok(issues) => issues,
            Err(Stop::Read(error)) => return Err(ScanError::Read(error)),
            Err(Stop::Analysis(error)) => return Err(ScanError::Analysis(error)),
            Err(Stop::NotUtf8 | Stop::Fallback) => {
                return Err(AnalysisError::MalformedCsv {
                    detail: "the file changed while it was read".to_owned(),
                }
                .into())
            }
        };
        if stop_at_first {
            if let Some(first) = issues.first() {
                return Err(first.to_error().into());
            }
        }
        issues
    } else {
        Vec::new()
    };
    Ok(Concluded {
        layout,
        numeric,
        good,
        excluded_rows,
        issues,
        encoding: reported,
        delimiter: char::from(head.delimiter),
        sink: tally.sink,
    })
}

/// The group scan's result from its tallies.
fn group_scan(done: Concluded<Groups>, wanted: &Wanted<'_>) -> Result<GroupScan, ScanError> {
    let Concluded {
        layout: _,
        numeric,
        good,
        excluded_rows,
        issues,
        encoding,
        delimiter,
        sink,
    } = done;
    let column_error = match (sink.group, wanted.outcome, sink.outcome) {
        (None, _, _) => Some(AnalysisError::UnknownColumn {
            column: wanted.group.to_owned(),
        }),
        (Some(_), Some(name), None) => Some(AnalysisError::UnknownColumn {
            column: name.to_owned(),
        }),
        (Some(_), Some(name), Some(j)) if numeric & (1 << j) == 0 => {
            Some(AnalysisError::ColumnNotNumeric {
                column: name.to_owned(),
            })
        }
        _ => None,
    };
    let missing: u64 = sink
        .missing_by_mask
        .iter()
        .zip(&good)
        .filter(|(_, &g)| g)
        .map(|(n, _)| n)
        .sum();
    let mut groups: Vec<(String, u64, Vec<f64>)> = Vec::new();
    let parts = sink
        .labels
        .into_vec()
        .into_iter()
        .zip(sink.counts)
        .zip(sink.values.into_iter().zip(sink.value_masks));
    for ((key, counts), (values, value_masks)) in parts {
        let count: u64 = counts
            .iter()
            .enumerate()
            .filter(|(id, _)| good.get(*id).copied().unwrap_or(false))
            .map(|(_, n)| n)
            .sum();
        if count == 0 {
            continue;
        }
        let values = if good.iter().all(|&g| g) {
            values
        } else {
            values
                .into_iter()
                .zip(value_masks)
                .filter(|(_, m)| good.get(usize::from(*m)).copied().unwrap_or(false))
                .map(|(v, _)| v)
                .collect()
        };
        let label = String::from_utf8(key).map_err(|e| AnalysisError::MalformedCsv {
            detail: e.to_string(),
        })?;
        groups.push((label, count, values));
    }
    groups.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    if column_error.is_some() {
        // As the table path: nothing is tallied for a column that fails.
        groups.clear();
    }
    let missing = if column_error.is_some() { 0 } else { missing };
    let mut labels = Vec::with_capacity(groups.len());
    let mut counts = Vec::with_capacity(groups.len());
    let mut values = Vec::with_capacity(groups.len());
    for (label, count, group_values) in groups {
        labels.push(label);
        counts.push(count);
        values.push(group_values);
    }
    Ok(GroupScan {
        group: wanted.group.to_owned(),
        outcome: wanted.outcome.map(str::to_owned),
        labels,
        counts,
        values: wanted.outcome.map(|_| values),
        missing_rows: usize::try_from(missing).unwrap_or(usize::MAX),
        excluded_rows,
        issues,
        encoding,
        delimiter,
        column_error,
    })
}

/// Line numbers of records, counted as `Table` counts them: a line ends at
/// `\n`, `\r\n` or a lone `\r`, and a record is on the line of its first
/// byte that is not a line break.
#[derive(Default)]
struct Lines {
    /// Text offset up to which breaks are counted, and how many there are.
    counted: u64,
    breaks: u64,
    /// Where the record under way started, and its line once its first
    /// byte has been seen.
    start: u64,
    line: Option<u64>,
}

impl Lines {
    fn count(&mut self, region: &[u8], region_start: u64, to: usize) {
        let from = usize::try_from(self.counted.saturating_sub(region_start)).unwrap_or(0);
        for i in from..to {
            match region[i] {
                b'\n' => self.breaks += 1,
                b'\r' if region.get(i + 1) != Some(&b'\n') => self.breaks += 1,
                _ => {}
            }
        }
        self.counted = region_start + to as u64;
    }

    /// Finds the first byte of the record under way before `upto` (in the
    /// region), if not found yet.
    fn locate(&mut self, region: &[u8], region_start: u64, upto: usize) {
        if self.line.is_some() {
            return;
        }
        let from = usize::try_from(self.start.saturating_sub(region_start)).unwrap_or(0);
        let window = region.get(from..upto).unwrap_or_default();
        if let Some(i) = window.iter().position(|&b| b != b'\r' && b != b'\n') {
            self.count(region, region_start, from + i);
            self.line = Some(1 + self.breaks);
        }
    }
}

/// Reads the text again, in sequence, for the bad rows' lines and values.
fn issue_pass<R: Read>(
    source: &mut R,
    encoding: Encoded,
    head: &Head,
    layout: &Layout,
    numeric: u64,
    stop_at_first: bool,
    settings: ScanSettings,
) -> Result<Vec<RowIssue>, Stop> {
    let mut reader = Text::new(source, encoding, settings.block_size);
    let mut text = Vec::new();
    let options = ReadOptions {
        delimiter: Some(head.delimiter),
        ..ReadOptions::default()
    };
    let (_, mut eof) = read_head(&mut reader, &mut text, &options)?;
    let mut records = Records::new(head.delimiter);
    let mut lines = Lines::default();
    let mut issues = Vec::new();
    let mut header_seen = false;
    let mut fields = Vec::new();
    let mut region_start = 0u64;
    let mut done = false;
    loop {
        let cut = if eof {
            text.len()
        } else {
            memchr::memrchr(b'\n', &text).map_or(0, |i| i + 1)
        };
        if cut > 0 || eof {
            let region = &text[..cut];
            records.feed(region, eof, |end, out, ends| {
                lines.locate(region, region_start, end);
                let line = lines.line.take().unwrap_or(1 + lines.breaks);
                lines.start = region_start + end as u64;
                trimmed_fields(out, ends, &mut fields);
                if fields.iter().all(|(a, b)| a == b) {
                    return Ok(true);
                }
                if !header_seen {
                    header_seen = true;
                    return Ok(true);
                }
                let row = head.lines_before_header + line;
                let found = row_width(&fields, layout.width);
                if found != layout.width {
                    issues.push(RowIssue {
                        row,
                        column: None,
                        value: None,
                        reason: IssueReason::RaggedRow {
                            expected: layout.width,
                            found,
                        },
                    });
                } else {
                    for (j, &(a, b)) in fields.iter().take(layout.width).enumerate() {
                        if numeric & (1 << j) == 0 || a == b {
                            continue;
                        }
                        let value = &out[a..b];
                        if !is_number_bytes(value, layout.decimal_comma) {
                            issues.push(RowIssue {
                                row,
                                column: Some(layout.names[j].clone()),
                                value: Some(String::from_utf8_lossy(value).into_owned()),
                                reason: IssueReason::NonNumeric,
                            });
                        }
                    }
                }
                done = stop_at_first && !issues.is_empty();
                Ok(!done)
            })?;
            if done {
                break;
            }
            lines.locate(region, region_start, cut);
            lines.count(region, region_start, cut);
            region_start += cut as u64;
            text.drain(..cut);
        }
        if eof {
            break;
        }
        eof = !reader.fill(&mut text)?;
    }
    Ok(issues)
}

/// The scan's result from a table read whole (the fallback).
fn from_table(table: &Table, wanted: &Wanted<'_>) -> GroupScan {
    let mut scan = GroupScan {
        group: wanted.group.to_owned(),
        outcome: wanted.outcome.map(str::to_owned),
        labels: Vec::new(),
        counts: Vec::new(),
        values: wanted.outcome.map(|_| Vec::new()),
        missing_rows: 0,
        excluded_rows: table.excluded_rows(),
        issues: table.issues().to_vec(),
        encoding: table.encoding().unwrap_or(TextEncoding::Utf8),
        delimiter: table.delimiter().unwrap_or(','),
        column_error: None,
    };
    let group = match table.column(wanted.group) {
        Ok(column) => column,
        Err(error) => {
            scan.column_error = Some(error);
            return scan;
        }
    };
    let mut used = vec![group];
    let mut numbers = None;
    if let Some(outcome) = wanted.outcome {
        match table
            .column(outcome)
            .and_then(|c| Ok((c, table.numbers(outcome)?)))
        {
            Ok((column, values)) => {
                used.push(column);
                numbers = Some(values);
            }
            Err(error) => {
                scan.column_error = Some(error);
                return scan;
            }
        }
    }
    let (rows, missing) = complete_rows(table, &used);
    let (labels, codes) = factorize(group.text(), &rows);
    let mut counts = vec![0u64; labels.len()];
    let mut values = vec![Vec::new(); labels.len()];
    for (&i, code) in rows.iter().zip(codes) {
        counts[code] += 1;
        if let Some(Some(value)) = numbers.and_then(|n| n.get(i)) {
            values[code].push(*value);
        }
    }
    scan.labels = labels.into_iter().map(str::to_owned).collect();
    scan.counts = counts;
    if scan.values.is_some() {
        scan.values = Some(values);
    }
    scan.missing_rows = missing;
    scan
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_trimmed_as_str_trim_trims() {
        let pieces = [
            "", " ", "\t", "\r", "\n", "\u{b}", "\u{c}", "\u{1f}", "\u{85}", "\u{a0}", "\u{2007}",
            "\u{202f}", "\u{3000}", "a", "ö", "€", "𝄞", "1", "-", " x ",
        ];
        for a in pieces {
            for b in pieces {
                for c in pieces {
                    let text = format!("{a}{b}{c}");
                    let (start, end) = trim(text.as_bytes());
                    assert_eq!(&text[start..end], text.trim(), "{text:?}");
                }
            }
        }
    }

    /// The records [`plain_records`] gives, as their fields' bytes.
    #[derive(Default)]
    struct Collected {
        records: Vec<Vec<Vec<u8>>>,
        fields: Vec<Vec<u8>>,
    }

    impl Fields for Collected {
        fn field(&mut self, text: &[u8], j: usize, start: usize, end: usize) {
            assert_eq!(j, self.fields.len());
            self.fields.push(text[start..end].to_vec());
        }

        fn record(&mut self, _: &[u8], count: usize) -> Result<(), Stop> {
            assert_eq!(count, self.fields.len());
            self.records.push(std::mem::take(&mut self.fields));
            Ok(())
        }
    }

    fn plain(text: &[u8], delimiter: u8) -> Vec<Vec<Vec<u8>>> {
        let mut collected = Collected::default();
        assert!(plain_records(text, delimiter, &mut collected).is_ok());
        assert!(collected.fields.is_empty());
        collected.records
    }

    #[test]
    fn records_without_quotes_split_as_csv_core_splits_them() {
        let texts: [&[u8]; 7] = [
            b"a,b\nc,d\n",
            b"a,b\r\nc,,d\r\n\r\n,\n",
            b"abcdefgh,ijklmnop,qrstuvwx\nyz\rlast",
            b",,,,,,,,,,,,,,,,\n\n\n\n\n\n\n\n\n",
            b"12345678\n12345678\n",
            b"x",
            b" a , b\t\n\xc2\xa0c\xc2\xa0,  \n",
        ];
        for text in texts {
            let plain = plain(text, b',');
            let mut core: Vec<Vec<Vec<u8>>> = Vec::new();
            let mut records = Records::new(b',');
            records
                .feed(text, true, |_, out, ends| {
                    let mut fields = Vec::new();
                    trimmed_fields(out, ends, &mut fields);
                    core.push(fields.iter().map(|&(a, b)| out[a..b].to_vec()).collect());
                    Ok(true)
                })
                .unwrap_or_default();
            assert_eq!(plain, core, "{}", String::from_utf8_lossy(text));
        }
    }

    #[test]
    fn random_records_split_as_csv_core_splits_them() {
        // Every control byte, the delimiters, spaces, letters and the bytes
        // of a two-byte character, in random order.
        let alphabet: Vec<u8> = (0u8..20).chain(*b" ,;\tab1\xc3\xa4").collect();
        let mut state = 0x1234_5678_9abc_def1u64;
        for round in 0..2000 {
            let mut text = Vec::new();
            for _ in 0..(round % 97) {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                text.push(alphabet[(state % alphabet.len() as u64) as usize]);
            }
            for delimiter in [b',', b';', b'\t', 0x0b] {
                let plain = plain(&text, delimiter);
                let mut core: Vec<Vec<Vec<u8>>> = Vec::new();
                Records::new(delimiter)
                    .feed(&text, true, |_, out, ends| {
                        let mut fields = Vec::new();
                        trimmed_fields(out, ends, &mut fields);
                        core.push(fields.iter().map(|&(a, b)| out[a..b].to_vec()).collect());
                        Ok(true)
                    })
                    .unwrap_or_default();
                assert_eq!(plain, core, "{text:?} {delimiter}");
            }
        }
    }
}
