//! From bytes to text, and from text to a delimiter.

use encoding_rs::{Encoding, UTF_8, WINDOWS_1252};
use serde::Serialize;

/// The character encoding a file was read in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TextEncoding {
    /// UTF-8 without a byte-order mark.
    Utf8,
    /// UTF-8 with a byte-order mark (as Excel's "CSV UTF-8" writes it).
    Utf8WithBom,
    /// UTF-16, little endian, with a byte-order mark (Excel's "Unicode text").
    Utf16Le,
    /// UTF-16, big endian, with a byte-order mark.
    Utf16Be,
    /// Windows-1252, which also reads ISO-8859-1 (Latin-1) files: the two
    /// agree on every printable character.
    Windows1252,
}

impl TextEncoding {
    /// The encoding's usual label, for example `windows-1252`.
    pub fn label(self) -> &'static str {
        match self {
            Self::Utf8 => "utf-8",
            Self::Utf8WithBom => "utf-8 (BOM)",
            Self::Utf16Le => "utf-16le",
            Self::Utf16Be => "utf-16be",
            Self::Windows1252 => "windows-1252",
        }
    }
}

/// Decodes `bytes`: a byte-order mark decides; else valid UTF-8 is UTF-8; else
/// Windows-1252. With `forced`, that encoding is used (a matching byte-order
/// mark is still removed). Never fails: bytes that do not decode become U+FFFD.
pub(crate) fn decode(bytes: &[u8], forced: Option<TextEncoding>) -> (String, TextEncoding) {
    if let Some(encoding) = forced {
        let (text, _) = match encoding {
            TextEncoding::Utf8 | TextEncoding::Utf8WithBom => UTF_8.decode_with_bom_removal(bytes),
            TextEncoding::Utf16Le => encoding_rs::UTF_16LE.decode_with_bom_removal(bytes),
            TextEncoding::Utf16Be => encoding_rs::UTF_16BE.decode_with_bom_removal(bytes),
            TextEncoding::Windows1252 => WINDOWS_1252.decode_with_bom_removal(bytes),
        };
        return (text.into_owned(), encoding);
    }
    if let Some((encoding, bom_length)) = Encoding::for_bom(bytes) {
        let rest = bytes.get(bom_length..).unwrap_or_default();
        let (text, _) = encoding.decode_without_bom_handling(rest);
        let found = if encoding == UTF_8 {
            TextEncoding::Utf8WithBom
        } else if encoding == encoding_rs::UTF_16LE {
            TextEncoding::Utf16Le
        } else {
            TextEncoding::Utf16Be
        };
        return (text.into_owned(), found);
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => (text.to_owned(), TextEncoding::Utf8),
        Err(_) => {
            let (text, _) = WINDOWS_1252.decode_without_bom_handling(bytes);
            (text.into_owned(), TextEncoding::Windows1252)
        }
    }
}

/// The delimiters a file may use, in the order ties are broken.
const CANDIDATES: [u8; 3] = [b';', b'\t', b','];

/// How far to look for the header line past lines without any delimiter
/// (a title, as PX-Web writes before the header).
const MAX_PREAMBLE_LINES: usize = 5;

/// What sniffing found: the delimiter, and where the header starts.
#[derive(Debug, PartialEq)]
pub(crate) struct Sniffed {
    pub delimiter: u8,
    /// Byte offset of the header line in the text.
    pub header_start: usize,
    /// The number of physical lines before the header line.
    pub lines_before_header: u64,
    /// The non-blank lines before the header (titles), unquoted.
    pub preamble: Vec<String>,
}

/// One logical line (newlines inside quotes do not end it).
struct Line<'a> {
    start: usize,
    text: &'a str,
    /// Physical line breaks up to and including this line's end.
    breaks: u64,
}

fn logical_lines(text: &str) -> impl Iterator<Item = Line<'_>> {
    let mut position = 0;
    std::iter::from_fn(move || {
        if position >= text.len() {
            return None;
        }
        let start = position;
        let mut in_quotes = false;
        let mut breaks = 0;
        let rest = text.get(start..)?;
        for (offset, c) in rest.char_indices() {
            match c {
                '"' => in_quotes = !in_quotes,
                '\n' => {
                    breaks += 1;
                    if !in_quotes {
                        position = start + offset + 1;
                        let line = rest.get(..offset).unwrap_or_default();
                        return Some(Line {
                            start,
                            text: line.trim_end_matches('\r'),
                            breaks,
                        });
                    }
                }
                _ => {}
            }
        }
        position = text.len();
        Some(Line {
            start,
            text: rest,
            breaks,
        })
    })
}

/// Counts each candidate delimiter outside quotes.
fn count_delimiters(line: &str) -> [usize; 3] {
    let mut counts = [0; 3];
    let mut in_quotes = false;
    for byte in line.bytes() {
        if byte == b'"' {
            in_quotes = !in_quotes;
        } else if !in_quotes {
            for (count, candidate) in counts.iter_mut().zip(CANDIDATES) {
                if byte == candidate {
                    *count += 1;
                }
            }
        }
    }
    counts
}

/// Finds the delimiter from the header line (quote-aware): the candidate
/// that occurs most often outside quotes. Lines before the header that hold
/// no delimiter at all (titles) are skipped, at most a few. A file with no
/// delimiter anywhere is one column, read with a comma.
pub(crate) fn sniff(text: &str) -> Sniffed {
    let mut preamble = Vec::new();
    let mut lines_before = 0;
    let mut first_non_blank = None;
    // Whether a blank line separates the title lines from what follows:
    // without one, a line with no delimiter is taken as a one-column header,
    // not a title.
    let mut blank_after_preamble = false;
    for line in logical_lines(text) {
        if line.text.trim().is_empty() {
            lines_before += line.breaks;
            blank_after_preamble = !preamble.is_empty();
            continue;
        }
        first_non_blank.get_or_insert((line.start, lines_before));
        let counts = count_delimiters(line.text);
        let best = counts
            .iter()
            .enumerate()
            .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(&a.0)))
            .map(|(i, &n)| (CANDIDATES[i], n));
        if let Some((delimiter, n)) = best {
            if n > 0 {
                if preamble.is_empty() || blank_after_preamble {
                    return Sniffed {
                        delimiter,
                        header_start: line.start,
                        lines_before_header: lines_before,
                        preamble,
                    };
                }
                let (header_start, lines_before_header) =
                    first_non_blank.unwrap_or((line.start, lines_before));
                return Sniffed {
                    delimiter,
                    header_start,
                    lines_before_header,
                    preamble: Vec::new(),
                };
            }
        }
        if preamble.len() >= MAX_PREAMBLE_LINES {
            break;
        }
        preamble.push(line.text.trim().trim_matches('"').to_owned());
        blank_after_preamble = false;
        lines_before += line.breaks;
    }
    // No delimiter in the first lines: one column, header on the first
    // non-blank line.
    let (header_start, lines_before_header) = first_non_blank.unwrap_or((text.len(), 0));
    Sniffed {
        delimiter: b',',
        header_start,
        lines_before_header,
        preamble: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bom_decides_then_utf8_then_windows_1252() {
        let (text, encoding) = decode(b"\xEF\xBB\xBFa;b", None);
        assert_eq!(
            (text.as_str(), encoding),
            ("a;b", TextEncoding::Utf8WithBom)
        );
        let (text, encoding) = decode("kön".as_bytes(), None);
        assert_eq!((text.as_str(), encoding), ("kön", TextEncoding::Utf8));
        let (text, encoding) = decode(b"k\xF6n \x80", None);
        assert_eq!(
            (text.as_str(), encoding),
            ("kön €", TextEncoding::Windows1252)
        );
        let (text, encoding) = decode(b"\xFF\xFEa\0;\0\xE4\0", None);
        assert_eq!((text.as_str(), encoding), ("a;ä", TextEncoding::Utf16Le));
    }

    #[test]
    fn forced_encoding_wins() {
        let (text, _) = decode("kön".as_bytes(), Some(TextEncoding::Windows1252));
        assert_eq!(text, "kÃ¶n");
    }

    #[test]
    fn sniffs_the_delimiter_outside_quotes() {
        assert_eq!(sniff("a;b;c\n1;2;3").delimiter, b';');
        assert_eq!(sniff("a,b,c\n").delimiter, b',');
        assert_eq!(sniff("a\tb\n").delimiter, b'\t');
        assert_eq!(sniff("\"a,b,c\";\"d\"\n").delimiter, b';');
        assert_eq!(sniff("\"x;y\",\"z\",w\n").delimiter, b',');
        assert_eq!(sniff("only\n1\n").delimiter, b',');
    }

    #[test]
    fn skips_a_title_before_the_header() {
        let text = "\"Title, with comma\"\r\n\r\n\"A\";\"B\"\r\n1;2\r\n";
        let sniffed = sniff(text);
        assert_eq!(sniffed.delimiter, b';');
        assert_eq!(sniffed.lines_before_header, 2);
        assert_eq!(sniffed.preamble, vec!["Title, with comma".to_owned()]);
        assert!(text[sniffed.header_start..].starts_with("\"A\""));
    }

    #[test]
    fn a_line_without_delimiter_directly_above_is_a_header_not_a_title() {
        let sniffed = sniff("name\nSmith, John\n");
        assert_eq!(sniffed.header_start, 0);
        assert!(sniffed.preamble.is_empty());
    }

    #[test]
    fn blank_lines_before_a_single_column() {
        let sniffed = sniff("\n\nname\nx\n");
        assert_eq!(sniffed.lines_before_header, 2);
        assert_eq!(sniffed.header_start, 2);
    }
}
