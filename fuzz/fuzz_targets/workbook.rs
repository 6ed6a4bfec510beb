//! Structure-aware: workbooks built part by part from the input, asking for
//! what a spreadsheet program never writes — cells anywhere up to
//! XFD1048576, in any order; shared strings declared by the trillion, long
//! ones repeated, used by many cells; deep XML; many parts; parts that
//! unpack a thousandfold. Each must be read within `WorkbookLimits` (run
//! with `-rss_limit_mb` and `-malloc_limit_mb` to hold the memory bound) or
//! refused with an `AnalysisError`.

#![no_main]

use arbitrary::Arbitrary;
use jamlik_stats::{read_sheet, ReadOptions, Table, WorkbookLimits};
use libfuzzer_sys::fuzz_target;

#[path = "../../crates/jamlik-stats/tests/craft/mod.rs"]
mod craft;

#[derive(Arbitrary, Debug)]
enum Value {
    Number(f64),
    Inline(String),
    Shared(u16),
    Empty,
}

#[derive(Arbitrary, Debug)]
struct CellSpec {
    /// Rows up to 1,048,576 (and, modulo, beyond), columns up to XFD.
    row: u32,
    column: u16,
    /// Cells without a reference follow the one before.
    referenced: bool,
    value: Value,
}

#[derive(Arbitrary, Debug)]
struct Crafted {
    cells: Vec<CellSpec>,
    /// Shared strings, each repeated up to 65,535 times.
    strings: Vec<(String, u16)>,
    /// The count the shared strings declare (none: as many as there are).
    declared: Option<u64>,
    /// How deep an element nests inside the sheet's first cell.
    depth: u16,
    /// Extra parts, each of a byte repeated up to 4 MiB times (deflated to
    /// almost nothing).
    parts: Vec<(u8, u32)>,
    options: u8,
}

fn column_name(mut column: u32) -> String {
    let mut name = Vec::new();
    column += 1;
    while column > 0 {
        let rest = (column - 1) % 26;
        name.push(b'A' + rest as u8);
        column = (column - 1) / 26;
    }
    name.reverse();
    String::from_utf8(name).unwrap_or_default()
}

fn escape(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_control())
        .collect::<String>()
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

fn sheet(crafted: &Crafted) -> String {
    let mut xml = String::from(
        r#"<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"#,
    );
    for (index, cell) in crafted.cells.iter().take(2_000).enumerate() {
        let row = cell.row % 1_100_000 + 1;
        let reference = format!("{}{row}", column_name(u32::from(cell.column) % 17_000));
        let at = if cell.referenced {
            format!(r#" r="{reference}""#)
        } else {
            String::new()
        };
        let nest = if index == 0 {
            usize::from(crafted.depth)
        } else {
            0
        };
        let (open, close) = ("<x>".repeat(nest), "</x>".repeat(nest));
        let body = match &cell.value {
            Value::Number(v) => format!(r#"<c{at}>{open}<v>{v}</v>{close}</c>"#),
            Value::Inline(t) => format!(
                r#"<c{at} t="inlineStr">{open}<is><t>{}</t></is>{close}</c>"#,
                escape(t)
            ),
            Value::Shared(i) => format!(r#"<c{at} t="s"><v>{i}</v></c>"#),
            Value::Empty => format!(r#"<c{at}/>"#),
        };
        xml.push_str(&format!(r#"<row r="{row}">{body}</row>"#));
    }
    xml.push_str("</sheetData></worksheet>");
    xml
}

fn shared_strings(crafted: &Crafted) -> String {
    let count = crafted
        .declared
        .map_or_else(|| crafted.strings.len().to_string(), |n| n.to_string());
    let mut xml = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{count}" uniqueCount="{count}">"#
    );
    // The harness itself holds at most 16 MiB of shared strings.
    for (text, repeat) in crafted.strings.iter().take(64) {
        let text = escape(text);
        let times = usize::from(*repeat).min((16 << 20) / text.len().max(1) / 64);
        xml.push_str(&format!("<si><t>{}</t></si>", text.repeat(times)));
    }
    xml.push_str("</sst>");
    xml
}

fuzz_target!(|crafted: Crafted| {
    let parts: Vec<(String, Vec<u8>)> = crafted
        .parts
        .iter()
        .take(8)
        .enumerate()
        .map(|(i, (byte, size))| {
            (
                format!("xl/media/part{i}.bin"),
                vec![*byte; (*size % (4 << 20)) as usize],
            )
        })
        .collect();
    let more: Vec<(&str, &[u8])> = parts
        .iter()
        .map(|(n, c)| (n.as_str(), c.as_slice()))
        .collect();
    let strings = shared_strings(&crafted);
    let bytes = craft::workbook_with_parts(&sheet(&crafted), Some(&strings), &more);
    drop(parts);
    let options = ReadOptions {
        bad_rows: if crafted.options & 1 == 0 {
            jamlik_stats::BadRows::Exclude
        } else {
            jamlik_stats::BadRows::Stop
        },
        ..ReadOptions::default()
    };
    let _ = Table::from_xlsx(&bytes, None, &options);
    // Tight limits, so that inputs of a fuzzer's size meet every bound.
    let tight = WorkbookLimits {
        max_unpacked_bytes: 8 << 20,
        max_part_bytes: 2 << 20,
        max_parts: 10,
        max_cells: 100_000,
        max_columns: 200,
        max_text_bytes: 4 << 20,
    };
    let _ = read_sheet(&bytes, None, &tight, |d| d.to_string());
});
