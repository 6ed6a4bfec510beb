//! CSV out: the one writer every CSV download goes through.
//!
//! A spreadsheet opening a CSV runs a cell that begins with `=`, `+`, `-` or
//! `@` as a formula (and one beginning with a tab or a carriage return after
//! trimming it), so a name or a title typed as `=HYPERLINK(…)` would become
//! a link or a command on the reader's machine. Following OWASP's guidance
//! on CSV injection, every text cell that begins with one of these (or with
//! their full-width forms, which some spreadsheets read the same) is written
//! with a single quote `'` in front, which spreadsheets show as text. Numbers
//! that Jämlik itself computed go through [`Cell::Number`] and are written
//! as numbers, so `-3.5` stays a number;
//! a person's text that happens to look like a number is still text and is
//! neutralised like any other.
//!
//! The writer keeps each download's own delimiter, byte-order mark and
//! comment lines. Nothing is stripped on the way back in: the measures'
//! bulk update reads only the id, status, due date and note columns (the
//! title and unit, where a neutralised cell can appear, are ignored), and
//! ids, statuses and ISO dates never begin with a character that needs it.

use std::borrow::Cow;

/// Characters that make a spreadsheet read a cell as a formula when it
/// begins with one: OWASP's list (`=`, `+`, `-`, `@`, tab, carriage
/// return), a line feed, and the full-width forms of the first four.
const FORMULA_STARTS: [char; 11] = [
    '=', '+', '-', '@', '\t', '\r', '\n', '\u{ff1d}', '\u{ff0b}', '\u{ff0d}', '\u{ff20}',
];

/// A text as a spreadsheet should show it: with a `'` in front when it
/// begins with a character that would make it a formula.
pub(crate) fn neutralise(text: &str) -> Cow<'_, str> {
    match text.chars().next() {
        Some(first) if FORMULA_STARTS.contains(&first) => Cow::Owned(format!("'{text}")),
        _ => Cow::Borrowed(text),
    }
}

/// One cell of a row.
#[derive(Clone, Debug)]
pub(crate) enum Cell<'a> {
    /// Text from anywhere (a person, a translation): neutralised.
    Text(&'a str),
    /// A number Jämlik computed; written as a number (not finite: empty).
    Number(f64),
}

impl Cell<'_> {
    fn render(&self) -> Cow<'_, str> {
        match self {
            Cell::Text(text) => neutralise(text),
            Cell::Number(value) if value.is_finite() => Cow::Owned(value.to_string()),
            Cell::Number(_) => Cow::Borrowed(""),
        }
    }
}

/// A CSV document being written.
#[derive(Debug)]
pub(crate) struct CsvOut {
    head: Vec<u8>,
    delimiter: u8,
    flexible: bool,
    writer: csv::Writer<Vec<u8>>,
}

fn writer(delimiter: u8, flexible: bool, terminator: csv::Terminator) -> csv::Writer<Vec<u8>> {
    csv::WriterBuilder::new()
        .delimiter(delimiter)
        .flexible(flexible)
        .terminator(terminator)
        .from_writer(Vec::new())
}

impl CsvOut {
    /// A document with a delimiter (`b','` or `b';'`) and lines ending in
    /// `\n`; rows may differ in length when `flexible`.
    pub(crate) fn new(delimiter: u8, flexible: bool) -> Self {
        CsvOut {
            head: Vec::new(),
            delimiter,
            flexible,
            writer: writer(delimiter, flexible, csv::Terminator::Any(b'\n')),
        }
    }

    /// Lines end in `\r\n` instead. Call before any row.
    pub(crate) fn crlf(mut self) -> Self {
        self.writer = writer(self.delimiter, self.flexible, csv::Terminator::CRLF);
        self
    }

    /// Starts the document with a UTF-8 byte-order mark (Excel then reads
    /// it as UTF-8). Call before any row.
    pub(crate) fn byte_order_mark(mut self) -> Self {
        self.head.splice(0..0, "\u{feff}".bytes());
        self
    }

    /// A `# …` comment line before the rows (line breaks in it become spaces).
    pub(crate) fn comment(&mut self, text: &str) {
        self.head
            .extend_from_slice(format!("# {}\n", text.replace(['\r', '\n'], " ")).as_bytes());
    }

    /// A row of text cells, each neutralised.
    pub(crate) fn text_row<I, S>(&mut self, cells: I) -> Result<(), csv::Error>
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        let cells: Vec<String> = cells
            .into_iter()
            .map(|cell| neutralise(cell.as_ref()).into_owned())
            .collect();
        self.writer.write_record(&cells)
    }

    /// A row of typed cells.
    pub(crate) fn row(&mut self, cells: &[Cell<'_>]) -> Result<(), csv::Error> {
        self.writer
            .write_record(cells.iter().map(|cell| cell.render().into_owned()))
    }

    /// The document's bytes.
    pub(crate) fn finish(self) -> Result<Vec<u8>, csv::Error> {
        let body = self
            .writer
            .into_inner()
            .map_err(|e| csv::Error::from(std::io::Error::other(e.to_string())))?;
        let mut out = self.head;
        out.extend_from_slice(&body);
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn written(cells: &[Cell<'_>]) -> Vec<String> {
        let mut out = CsvOut::new(b';', false);
        out.row(cells).unwrap_or_default();
        let bytes = out.finish().unwrap_or_default();
        let mut reader = csv::ReaderBuilder::new()
            .delimiter(b';')
            .has_headers(false)
            .from_reader(bytes.as_slice());
        reader
            .records()
            .flatten()
            .flat_map(|r| r.iter().map(str::to_owned).collect::<Vec<_>>())
            .collect()
    }

    #[test]
    fn formulas_are_written_as_text() {
        let dangerous = [
            "=HYPERLINK(\"http://evil.example\",\"click\")",
            "+cmd|' /C calc'!A0",
            "-2+3+cmd|' /C calc'!A0",
            "@SUM(1+1)*cmd|' /C calc'!A0",
            "\t=1+1",
            "\r=1+1",
            "\n=1+1",
            "-12",
            "-3.5",
            "＝1+1",
            "=",
        ];
        for text in dangerous {
            let cells = written(&[Cell::Text(text)]);
            assert_eq!(cells, vec![format!("'{text}")], "{text:?}");
        }
    }

    #[test]
    fn plain_text_and_numbers_are_unchanged() {
        for text in [
            "",
            "Social services",
            "a=b",
            "'quoted",
            "12",
            "3.5",
            "−3,5",
            " =1",
        ] {
            assert_eq!(written(&[Cell::Text(text)]), vec![text.to_owned()]);
        }
        assert_eq!(
            written(&[
                Cell::Number(-3.5),
                Cell::Number(-12.0),
                Cell::Number(f64::NAN),
                Cell::Number(f64::NEG_INFINITY),
                Cell::Number(0.25),
            ]),
            vec!["-3.5", "-12", "", "", "0.25"]
        );
    }

    #[test]
    fn the_head_keeps_its_form() {
        let mut out = CsvOut::new(b',', true).byte_order_mark();
        out.comment("Licence\r\nline");
        out.text_row(["a", "=b"]).unwrap_or_default();
        out.text_row(["c"]).unwrap_or_default();
        let text = String::from_utf8(out.finish().unwrap_or_default()).unwrap_or_default();
        assert_eq!(text, "\u{feff}# Licence  line\na,'=b\nc\n");
    }

    #[test]
    fn lines_may_end_in_crlf() {
        let mut out = CsvOut::new(b';', false).byte_order_mark().crlf();
        out.text_row(["id", "name"]).unwrap_or_default();
        let text = String::from_utf8(out.finish().unwrap_or_default()).unwrap_or_default();
        assert_eq!(text, "\u{feff}id;name\r\n");
    }
}
