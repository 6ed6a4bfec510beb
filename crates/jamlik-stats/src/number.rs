//! Numbers as people write them in Nordic spreadsheets.
//!
//! Accepted: an optional sign (`-`, `+` or the minus sign `−`), digits that
//! may be grouped in threes by a space, a no-break space or a narrow no-break
//! space (`12 345`), a decimal point, or a decimal comma where the file's
//! delimiter is not a comma, and an exponent (`1.5e3`). Rejected: anything
//! else, including `NaN`, `inf`, `1.234,5` (two separators) and values too
//! large for a double.

/// A parsed number and whether it was written as an integer.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Parsed {
    pub value: f64,
    pub integer: bool,
}

fn is_group_separator(c: char) -> bool {
    matches!(c, ' ' | '\u{a0}' | '\u{202f}')
}

/// The longest number accepted, in characters once normalised; longer
/// values are text.
const MAX_LENGTH: usize = 128;

/// The number normalised to Rust's syntax, on the stack (no allocation).
struct Normal {
    bytes: [u8; MAX_LENGTH],
    length: usize,
    overflow: bool,
}

impl Normal {
    fn push(&mut self, c: char) {
        match (u8::try_from(c), self.bytes.get_mut(self.length)) {
            (Ok(byte), Some(slot)) => {
                *slot = byte;
                self.length += 1;
            }
            _ => self.overflow = true,
        }
    }

    fn parse(&self) -> Option<f64> {
        if self.overflow {
            return None;
        }
        std::str::from_utf8(self.bytes.get(..self.length)?)
            .ok()?
            .parse()
            .ok()
    }
}

/// Parses `text` (already trimmed or not); `None` when it is not a number.
pub(crate) fn parse_number(text: &str, decimal_comma: bool) -> Option<Parsed> {
    let text = text.trim();
    if text.is_empty() {
        return None;
    }
    let mut chars = text.chars().peekable();
    let mut normal = Normal {
        bytes: [0; MAX_LENGTH],
        length: 0,
        overflow: false,
    };
    match chars.peek() {
        Some('-') | Some('\u{2212}') => {
            normal.push('-');
            chars.next();
        }
        Some('+') => {
            chars.next();
        }
        _ => {}
    }
    // Integer part, with optional grouping in threes.
    let mut groups: Vec<usize> = vec![0];
    while let Some(&c) = chars.peek() {
        if c.is_ascii_digit() {
            normal.push(c);
            if let Some(last) = groups.last_mut() {
                *last += 1;
            }
            chars.next();
        } else if is_group_separator(c) {
            groups.push(0);
            chars.next();
        } else {
            break;
        }
    }
    if groups.len() > 1 {
        let first_ok = (1..=3).contains(&groups[0]);
        let rest_ok = groups[1..].iter().all(|&g| g == 3);
        if !first_ok || !rest_ok {
            return None;
        }
    }
    let integer_digits: usize = groups.iter().sum();
    let mut fraction_digits = 0;
    let mut integer = true;
    if let Some(&c) = chars.peek() {
        if c == '.' || (decimal_comma && c == ',') {
            integer = false;
            normal.push('.');
            chars.next();
            while let Some(&d) = chars.peek() {
                if d.is_ascii_digit() {
                    normal.push(d);
                    fraction_digits += 1;
                    chars.next();
                } else {
                    break;
                }
            }
        }
    }
    if integer_digits + fraction_digits == 0 {
        return None;
    }
    if let Some(&c) = chars.peek() {
        if c == 'e' || c == 'E' {
            integer = false;
            normal.push('e');
            chars.next();
            if let Some(&s) = chars.peek() {
                if s == '-' || s == '+' {
                    normal.push(s);
                    chars.next();
                }
            }
            let mut exponent_digits = 0;
            while let Some(&d) = chars.peek() {
                if d.is_ascii_digit() {
                    normal.push(d);
                    exponent_digits += 1;
                    chars.next();
                } else {
                    break;
                }
            }
            if exponent_digits == 0 {
                return None;
            }
        }
    }
    if chars.next().is_some() {
        return None;
    }
    let value = normal.parse()?;
    value.is_finite().then_some(Parsed { value, integer })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn value(text: &str, comma: bool) -> Option<f64> {
        parse_number(text, comma).map(|p| p.value)
    }

    #[test]
    fn plain_numbers() {
        assert_eq!(value("12", false), Some(12.0));
        assert_eq!(value(" -3.25 ", false), Some(-3.25));
        assert_eq!(value("+7", false), Some(7.0));
        assert_eq!(value("1e3", false), Some(1000.0));
        assert_eq!(value(".5", false), Some(0.5));
        assert!(parse_number("12", false).is_some_and(|p| p.integer));
        assert!(parse_number("12.0", false).is_some_and(|p| !p.integer));
    }

    #[test]
    fn decimal_comma_only_when_allowed() {
        assert_eq!(value("12,5", true), Some(12.5));
        assert_eq!(value("12,5", false), None);
        assert_eq!(value("12.5", true), Some(12.5));
        assert_eq!(value("1.234,5", true), None);
    }

    #[test]
    fn grouped_digits_and_minus_sign() {
        assert_eq!(value("12 345", true), Some(12345.0));
        assert_eq!(value("1\u{a0}234\u{202f}567,25", true), Some(1_234_567.25));
        assert_eq!(value("\u{2212}4", true), Some(-4.0));
        assert_eq!(value("12 34", true), None);
        assert_eq!(value("1234 567", true), None);
    }

    #[test]
    fn rejects_words_and_specials() {
        for text in [
            "", "-", "NaN", "inf", "infinity", "1e", "1e999", "12a", "..", "x1", ",", "1,2,3",
        ] {
            assert_eq!(value(text, true), None, "{text:?}");
        }
    }
}
