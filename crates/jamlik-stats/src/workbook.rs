//! Workbooks read within bounds.
//!
//! An XLSX workbook is a ZIP archive of XML parts, and its few bytes can ask
//! for a great deal: a sheet whose only cells are A1 and XFD1048576 spans
//! seventeen billion cells, a megabyte of deflated text unpacks to a
//! gigabyte, a shared-strings part can declare a trillion strings, and one
//! shared string can be referred to by every cell. Nothing here allocates
//! in proportion to what a workbook *says*, only to what it holds, and
//! everything it holds is counted against [`WorkbookLimits`] before it is
//! kept:
//!
//! 1. the archive is walked part by part, each part unpacked as a stream
//!    into nothing and counted, so a part or a whole that unpacks beyond its
//!    limit is refused after at most that many bytes;
//! 2. the shared-strings part's declared count is read before calamine
//!    reserves room for it;
//! 3. the sheet is read cell by cell (calamine's streaming reader, never its
//!    `Range`, which allocates the cells' bounding box), each non-empty
//!    cell's text counted, and the table (rows with a value × columns up to
//!    the last used one) checked before a row is built.

use std::io::{BufReader, Cursor, Read};

use calamine::{Data, Reader, Xlsx};
use quick_xml::events::Event;
use serde::Serialize;

use crate::error::AnalysisError;

/// How much of a workbook is read. The defaults keep a 20 MB upload's
/// reading well under 256 MB of memory.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct WorkbookLimits {
    /// The archive's parts together, unpacked, in bytes.
    pub max_unpacked_bytes: u64,
    /// Any one part other than a worksheet (shared strings, styles, the
    /// workbook), unpacked, in bytes: these are held in memory whole.
    pub max_part_bytes: u64,
    /// Parts in the archive.
    pub max_parts: usize,
    /// Cells in the sheet's table: rows with any value × columns up to the
    /// last one used. Also bounds the shared strings declared.
    pub max_cells: u64,
    /// Columns, up to the last one used.
    pub max_columns: u32,
    /// The text of all cells kept, in bytes (a shared string counts each
    /// time a cell uses it).
    pub max_text_bytes: u64,
}

impl WorkbookLimits {
    /// The defaults, as a constant for configuration defaults.
    pub const DEFAULT: WorkbookLimits = WorkbookLimits {
        max_unpacked_bytes: 256 * 1024 * 1024,
        max_part_bytes: 32 * 1024 * 1024,
        max_parts: 1_000,
        max_cells: 1_000_000,
        max_columns: 1_000,
        max_text_bytes: 64 * 1024 * 1024,
    };
}

impl Default for WorkbookLimits {
    fn default() -> Self {
        WorkbookLimits::DEFAULT
    }
}

/// One row of a sheet: its number on the sheet (the first row is 1) and
/// its cells from column A to the table's last column.
pub type SheetRow = (u64, Vec<String>);

fn too_large(bound: &str, limit: u64) -> AnalysisError {
    AnalysisError::WorkbookTooLarge {
        bound: bound.to_owned(),
        limit,
    }
}

fn malformed(detail: impl ToString) -> AnalysisError {
    AnalysisError::MalformedXlsx {
        detail: detail.to_string(),
    }
}

/// Reads the first sheet of a workbook, or the one named `sheet`, within
/// `limits`: the rows that hold any value, each as wide as the table, every
/// non-empty cell made text by `text`. Empty rows are left out (their
/// numbers tell where the others were).
pub fn read_sheet(
    bytes: &[u8],
    sheet: Option<&str>,
    limits: &WorkbookLimits,
    text: impl Fn(&Data) -> String,
) -> Result<Vec<SheetRow>, AnalysisError> {
    measure_archive(bytes, limits)?;
    let mut workbook: Xlsx<_> = Xlsx::new(Cursor::new(bytes)).map_err(malformed)?;
    let names = workbook.sheet_names();
    let name = match sheet {
        Some(wanted) => names
            .iter()
            .find(|n| n.as_str() == wanted)
            .cloned()
            .ok_or_else(|| AnalysisError::UnknownSheet {
                sheet: wanted.to_owned(),
                available: names.clone(),
            })?,
        None => names
            .first()
            .cloned()
            .ok_or_else(|| malformed("the workbook has no worksheet"))?,
    };
    let mut reader = workbook.worksheet_cells_reader(&name).map_err(malformed)?;
    // Rows are built as the cells stream by, each as wide as the table is
    // so far; the table (rows × columns) is checked as it grows.
    let mut rows: Vec<SheetRow> = Vec::new();
    let mut unordered = false;
    let mut text_bytes = 0u64;
    let mut width = 0usize;
    while let Some(cell) = reader.next_cell().map_err(malformed)? {
        let (row, column) = cell.get_position();
        let value = Data::from(cell.get_value().clone());
        if matches!(value, Data::Empty) {
            continue;
        }
        if column >= limits.max_columns {
            return Err(too_large("columns", u64::from(limits.max_columns)));
        }
        let value = text(&value);
        text_bytes += value.len() as u64;
        if text_bytes > limits.max_text_bytes {
            return Err(too_large("text", limits.max_text_bytes));
        }
        if value.is_empty() {
            continue;
        }
        let number = u64::from(row) + 1;
        let column = column as usize;
        width = width.max(column + 1);
        match rows.last() {
            Some((last, _)) if *last == number => {}
            last => {
                unordered |= last.is_some_and(|(last, _)| *last > number);
                rows.push((number, Vec::with_capacity(width)));
            }
        }
        if (rows.len() as u64).saturating_mul(width as u64) > limits.max_cells {
            return Err(too_large("cells", limits.max_cells));
        }
        if let Some((_, fields)) = rows.last_mut() {
            if fields.len() <= column {
                fields.resize(column + 1, String::new());
            }
            if let Some(slot) = fields.get_mut(column) {
                *slot = value;
            }
        }
    }
    drop(reader);
    drop(workbook);
    if unordered {
        // Sheets list their rows in order; a workbook written otherwise is
        // read the same, a row listed twice as one.
        rows.sort_by_key(|(number, _)| *number);
        let mut merged: Vec<SheetRow> = Vec::with_capacity(rows.len());
        for (number, fields) in rows {
            match merged.last_mut() {
                Some((last, kept)) if *last == number => {
                    if kept.len() < fields.len() {
                        kept.resize(fields.len(), String::new());
                    }
                    for (slot, value) in kept.iter_mut().zip(fields) {
                        if !value.is_empty() {
                            *slot = value;
                        }
                    }
                }
                _ => merged.push((number, fields)),
            }
        }
        rows = merged;
    }
    for (_, fields) in &mut rows {
        fields.resize(width, String::new());
    }
    Ok(rows)
}

/// The longest text or tag an XML part may hold, in bytes: a run of bytes
/// without a `<`. calamine holds one such run whole while it reads it; a
/// spreadsheet program writes at most 32,767 characters in a cell.
pub const MAX_XML_RUN: u64 = 1024 * 1024;

/// Walks the archive: the number of parts, each part's and all parts'
/// unpacked size (counted as they unpack, never as declared), the longest
/// text or tag of each XML part, the shared strings' declared count, and
/// every cell reference of each sheet (a row or column beyond the sheet's
/// is refused before calamine computes with it).
pub fn measure_archive(bytes: &[u8], limits: &WorkbookLimits) -> Result<(), AnalysisError> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).map_err(malformed)?;
    if archive.len() > limits.max_parts {
        return Err(too_large("parts", limits.max_parts as u64));
    }
    let mut total = 0u64;
    for index in 0..archive.len() {
        let part = archive.by_index(index).map_err(malformed)?;
        let name = part.name().map_err(malformed)?.into_owned();
        let is_sheet = name.contains("worksheets/");
        let part_limit = if is_sheet {
            limits.max_unpacked_bytes
        } else {
            limits.max_part_bytes
        };
        let left = limits.max_unpacked_bytes.saturating_sub(total);
        let allowed = part_limit.min(left);
        let is_xml = name.ends_with(".xml") || name.ends_with(".rels");
        let mut scan = Scan {
            inner: part.take(allowed.saturating_add(1)),
            count: 0,
            run: 0,
            runs_checked: is_xml,
            long_run: false,
        };
        let outcome = if name.ends_with("sharedStrings.xml") {
            measure_shared_strings(&mut scan, limits)
        } else if is_sheet && is_xml {
            check_references(&mut scan)
        } else {
            std::io::copy(&mut scan, &mut std::io::sink())
                .map(|_| ())
                .map_err(malformed)
        };
        if scan.long_run {
            return Err(too_large("run", MAX_XML_RUN));
        }
        if scan.count > allowed {
            return Err(if scan.count > left {
                too_large("unpacked", limits.max_unpacked_bytes)
            } else {
                too_large("part", limits.max_part_bytes)
            });
        }
        outcome?;
        total += scan.count;
    }
    Ok(())
}

/// Reads the shared-strings part to its end, refusing a declared count
/// (`uniqueCount`, which calamine reserves room for) above the cells a
/// table may hold.
fn measure_shared_strings(
    part: &mut impl Read,
    limits: &WorkbookLimits,
) -> Result<(), AnalysisError> {
    let mut xml = quick_xml::Reader::from_reader(BufReader::new(&mut *part));
    let mut buffer = Vec::new();
    loop {
        buffer.clear();
        match xml.read_event_into(&mut buffer) {
            Ok(Event::Start(element) | Event::Empty(element))
                if element.local_name().as_ref() == "sst" =>
            {
                for name in ["uniqueCount", "count"] {
                    let Ok(Some(attribute)) = element.try_get_attribute(name) else {
                        continue;
                    };
                    let declared = attribute.value.trim().parse::<u64>().ok();
                    if declared.is_some_and(|n| n > limits.max_cells) {
                        return Err(too_large("shared_strings", limits.max_cells));
                    }
                }
                break;
            }
            // calamine names what is wrong with the part when it reads it.
            Ok(Event::Eof) | Err(_) => break,
            Ok(_) => {}
        }
    }
    drop(xml);
    std::io::copy(part, &mut std::io::sink()).map_err(malformed)?;
    Ok(())
}

/// Reads a sheet to its end, checking every `r` and `ref` attribute (cells,
/// rows, the dimension, shared formulas) names a place on the sheet.
fn check_references(part: &mut impl Read) -> Result<(), AnalysisError> {
    let mut xml = quick_xml::Reader::from_reader(BufReader::new(&mut *part));
    let mut buffer = Vec::new();
    loop {
        buffer.clear();
        match xml.read_event_into(&mut buffer) {
            Ok(Event::Start(element) | Event::Empty(element)) => {
                let is_row = element.local_name().as_ref() == "row";
                for attribute in element.attributes().flatten() {
                    // The whole name: `xmlns:r` declares a namespace.
                    let key = attribute.key.as_ref();
                    if key != "r" && key != "ref" {
                        continue;
                    }
                    let value = &attribute.value;
                    let fits = if is_row && key == "r" {
                        row_fits(value)
                    } else {
                        value.split(':').all(cell_fits) && value.split(':').count() <= 2
                    };
                    if !fits {
                        let shown: String = value.chars().take(40).collect();
                        return Err(malformed(format!(
                            "the reference {shown:?} is not a place on a sheet"
                        )));
                    }
                }
            }
            Ok(Event::Eof) => return Ok(()),
            Err(error) => return Err(malformed(error)),
            Ok(_) => {}
        }
    }
}

/// The last row and column of a sheet (XFD1048576).
const LAST_ROW: u32 = 1_048_576;
const LAST_COLUMN: u32 = 16_384;

fn row_fits(text: &str) -> bool {
    !text.is_empty()
        && text.len() <= 7
        && text.bytes().all(|b| b.is_ascii_digit())
        && text
            .parse::<u32>()
            .is_ok_and(|row| (1..=LAST_ROW).contains(&row))
}

/// `A1` to `XFD1048576` (a `$` before either part allowed).
fn cell_fits(text: &str) -> bool {
    let text = text.trim_start_matches('$');
    let letters = text.bytes().take_while(u8::is_ascii_alphabetic).count();
    let (column, row) = text.split_at(letters);
    let column_number = column.bytes().try_fold(0u32, |n, b| {
        let n = n * 26 + u32::from(b.to_ascii_uppercase() - b'A' + 1);
        (n <= LAST_COLUMN).then_some(n)
    });
    (1..=3).contains(&letters) && column_number.is_some() && row_fits(row.trim_start_matches('$'))
}

/// A part as it unpacks: its bytes counted, and (for XML) its longest run
/// of bytes without a `<` — a text or a tag — held to [`MAX_XML_RUN`].
struct Scan<R> {
    inner: R,
    count: u64,
    run: u64,
    runs_checked: bool,
    long_run: bool,
}

impl<R: Read> Read for Scan<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let read = self.inner.read(buf)?;
        self.count += read as u64;
        if self.runs_checked {
            let chunk = buf.get(..read).unwrap_or_default();
            let mut after = 0;
            for at in memchr::memchr_iter(b'<', chunk) {
                self.run += (at - after) as u64;
                if self.run > MAX_XML_RUN {
                    break;
                }
                self.run = 0;
                after = at + 1;
            }
            if self.run <= MAX_XML_RUN {
                self.run += (read - after) as u64;
            }
            if self.run > MAX_XML_RUN {
                self.long_run = true;
                return Err(std::io::Error::other("a text or tag beyond the limit"));
            }
        }
        Ok(read)
    }
}
