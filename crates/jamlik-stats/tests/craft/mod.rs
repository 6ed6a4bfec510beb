//! Workbooks made by hand, part by part, to ask for what a spreadsheet
//! program never writes: cells at the far corner of the sheet, parts that
//! unpack a thousandfold, shared strings declared by the trillion. Shared by
//! the engine's tests, the web's tests and the fuzz target
//! (`#[path]`-included, so there is one copy).

#![allow(dead_code)]

use std::io::{Cursor, Write};

use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipWriter};

/// The parts every workbook needs besides its sheet.
const CONTENT_TYPES: &str = r#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>"#;
const ROOT_RELS: &str = r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#;
const WORKBOOK: &str = r#"<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>"#;
const WORKBOOK_RELS: &str = r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>"#;

/// A cell of a crafted sheet: its reference (`A1`) and value.
pub enum Cell<'a> {
    /// A number.
    Number(&'a str, f64),
    /// Text written in the cell.
    Inline(&'a str, &'a str),
    /// The index of a shared string.
    Shared(&'a str, usize),
}

/// A sheet's XML with these cells (and, as a spreadsheet program writes
/// them, the relationships' namespace and a dimension), each row in its own `<row>` in the order
/// given (rows are not sorted: a crafted sheet may list them in any order).
pub fn sheet_xml(cells: &[Cell<'_>]) -> String {
    let mut xml = String::from(
        r#"<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><dimension ref="A1"/><sheetData>"#,
    );
    for cell in cells {
        let (reference, body) = match cell {
            Cell::Number(r, v) => (*r, format!(r#"<c r="{r}"><v>{v}</v></c>"#)),
            Cell::Inline(r, t) => (
                *r,
                format!(r#"<c r="{r}" t="inlineStr"><is><t>{t}</t></is></c>"#),
            ),
            Cell::Shared(r, i) => (*r, format!(r#"<c r="{r}" t="s"><v>{i}</v></c>"#)),
        };
        let row: String = reference.chars().filter(char::is_ascii_digit).collect();
        xml.push_str(&format!(r#"<row r="{row}">{body}</row>"#));
    }
    xml.push_str("</sheetData></worksheet>");
    xml
}

/// A shared-strings part with these strings, declaring `declared` of them
/// (`None`: as many as there are).
pub fn shared_strings_xml(strings: &[&str], declared: Option<&str>) -> String {
    let count = declared.map_or_else(|| strings.len().to_string(), str::to_owned);
    let mut xml = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{count}" uniqueCount="{count}">"#
    );
    for text in strings {
        xml.push_str(&format!("<si><t>{text}</t></si>"));
    }
    xml.push_str("</sst>");
    xml
}

/// A workbook of one sheet (and shared strings, when given), deflated.
pub fn workbook(sheet: &str, shared_strings: Option<&str>) -> Vec<u8> {
    workbook_with_parts(sheet, shared_strings, &[])
}

/// As [`workbook`], with more parts (name, content) added at the end.
pub fn workbook_with_parts(
    sheet: &str,
    shared_strings: Option<&str>,
    more: &[(&str, &[u8])],
) -> Vec<u8> {
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        .large_file(true);
    let mut parts: Vec<(&str, &[u8])> = vec![
        ("[Content_Types].xml", CONTENT_TYPES.as_bytes()),
        ("_rels/.rels", ROOT_RELS.as_bytes()),
        ("xl/workbook.xml", WORKBOOK.as_bytes()),
        ("xl/_rels/workbook.xml.rels", WORKBOOK_RELS.as_bytes()),
        ("xl/worksheets/sheet1.xml", sheet.as_bytes()),
    ];
    if let Some(strings) = shared_strings {
        parts.push(("xl/sharedStrings.xml", strings.as_bytes()));
    }
    parts.extend_from_slice(more);
    for (name, content) in parts {
        zip.start_file(name, options)
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        zip.write_all(content)
            .unwrap_or_else(|e| panic!("{name}: {e}"));
    }
    zip.finish()
        .unwrap_or_else(|e| panic!("finish: {e}"))
        .into_inner()
}

/// A workbook whose shared strings part unpacks to `bytes` bytes of long
/// strings, written in pieces so the test itself never holds it: a zip bomb.
pub fn shared_string_bomb(bytes: u64) -> Vec<u8> {
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        .large_file(true);
    let sheet = sheet_xml(&[Cell::Shared("A1", 0), Cell::Number("B1", 1.0)]);
    for (name, content) in [
        ("[Content_Types].xml", CONTENT_TYPES),
        ("_rels/.rels", ROOT_RELS),
        ("xl/workbook.xml", WORKBOOK),
        ("xl/_rels/workbook.xml.rels", WORKBOOK_RELS),
        ("xl/worksheets/sheet1.xml", sheet.as_str()),
    ] {
        zip.start_file(name, options)
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        zip.write_all(content.as_bytes())
            .unwrap_or_else(|e| panic!("{name}: {e}"));
    }
    zip.start_file("xl/sharedStrings.xml", options)
        .unwrap_or_else(|e| panic!("{e}"));
    zip.write_all(br#"<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>"#)
        .unwrap_or_else(|e| panic!("{e}"));
    // Strings of 512 KiB each, so that no single text is beyond a cell's.
    let mut piece = vec![b'a'; 512 * 1024];
    piece.extend_from_slice(b"</t></si><si><t>");
    let mut left = bytes;
    while left > 0 {
        let n = left.min(piece.len() as u64) as usize;
        zip.write_all(&piece[..n]).unwrap_or_else(|e| panic!("{e}"));
        left -= n as u64;
    }
    zip.write_all(b"</t></si></sst>")
        .unwrap_or_else(|e| panic!("{e}"));
    zip.finish()
        .unwrap_or_else(|e| panic!("finish: {e}"))
        .into_inner()
}
