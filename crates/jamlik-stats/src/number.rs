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

/// What the quick look at a number's bytes found.
enum Quick {
    /// A number, its value exact (see [`quick`]).
    Number(Parsed),
    /// Not a number.
    Not,
    /// Needs the full parser.
    Unsure,
}

/// Powers of ten that are exact in a double.
const EXACT_POWERS: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
];

/// The common case without allocating: a trimmed ASCII `[+-]digits[.digits]`
/// whose digits fit in 53 bits and whose fraction has at most 22 digits.
/// Then m / 10^f divides two exact doubles and so is correctly rounded,
/// the same double as Rust's own parser gives (Clinger's fast path).
/// Text that cannot start a number is rejected at once; anything else
/// (group separators, exponents, a minus sign U+2212, long numbers) goes to
/// the full parser.
#[inline(always)]
fn quick(bytes: &[u8], decimal_comma: bool) -> Quick {
    let mut i = 0;
    let negative = match bytes.first() {
        Some(b'-') => {
            i = 1;
            true
        }
        Some(b'+') => {
            i = 1;
            false
        }
        _ => false,
    };
    match bytes.get(i) {
        Some(b) if b.is_ascii_digit() || matches!(b, b'.' | b',' | b' ') => {}
        Some(b) if *b >= 0x80 => return Quick::Unsure,
        _ => return Quick::Not,
    }
    const LIMIT: u64 = 1 << 53;
    let mut mantissa: u64 = 0;
    let mut digits = 0usize;
    let mut fraction = 0usize;
    let mut seen_point = false;
    for &b in bytes.get(i..).unwrap_or_default() {
        let digit = b.wrapping_sub(b'0');
        if digit < 10 {
            // No overflow up to 19 digits; more are left to the full parser.
            mantissa = mantissa.wrapping_mul(10).wrapping_add(u64::from(digit));
            digits += 1;
            fraction += usize::from(seen_point);
        } else if !seen_point && (b == b'.' || (decimal_comma && b == b',')) {
            seen_point = true;
        } else {
            return Quick::Unsure;
        }
    }
    if digits > 19 || mantissa >= LIMIT {
        return Quick::Unsure;
    }
    if digits == 0 {
        return Quick::Not;
    }
    let Some(&power) = EXACT_POWERS.get(fraction) else {
        return Quick::Unsure;
    };
    let value = mantissa as f64 / power;
    Quick::Number(Parsed {
        value: if negative { -value } else { value },
        integer: !seen_point,
    })
}

/// Parses trimmed bytes of UTF-8 text; `None` when they are not a number.
#[inline(always)]
pub(crate) fn parse_number_bytes(bytes: &[u8], decimal_comma: bool) -> Option<Parsed> {
    match quick(bytes, decimal_comma) {
        Quick::Number(parsed) => Some(parsed),
        Quick::Not => None,
        Quick::Unsure => parse_full(std::str::from_utf8(bytes).ok()?, decimal_comma),
    }
}

/// Whether trimmed bytes of UTF-8 text are a number: exactly
/// `parse_number_bytes(bytes, decimal_comma).is_some()`, without working out
/// the value. Text that cannot start a number is rejected on its first byte,
/// as [`quick`] rejects it; an ASCII field of one to eight bytes is checked
/// eight bytes at a time ([`short_number`]); the rest goes to the parser.
#[inline(always)]
pub(crate) fn is_number_bytes(bytes: &[u8], decimal_comma: bool) -> bool {
    match bytes.first() {
        Some(b'0'..=b'9' | b'.' | b',' | b' ' | b'-' | b'+') => {}
        Some(0x80..) => return parse_number_bytes(bytes, decimal_comma).is_some(),
        // What `quick` rejects at once: nothing, or no sign, digit or point first.
        _ => return false,
    }
    if let Some(word) = short_word(bytes) {
        if short_number(word, bytes.len(), decimal_comma) {
            return true;
        }
    }
    parse_number_bytes(bytes, decimal_comma).is_some()
}

/// 0x01 in every byte.
pub(crate) const ONES: u64 = 0x0101_0101_0101_0101;
/// 0x80 in every byte.
pub(crate) const HIGH: u64 = 0x8080_8080_8080_8080;

/// The bytes of a field of one to eight bytes as a little-endian word,
/// zero beyond its length (read as overlapping pieces, without a copy).
#[inline(always)]
pub(crate) fn short_word(bytes: &[u8]) -> Option<u64> {
    let length = bytes.len();
    let byte = |i: usize| u64::from(bytes.get(i).copied().unwrap_or_default());
    match length {
        1..=3 => {
            let middle = length / 2;
            Some(byte(0) | byte(middle) << (8 * middle) | byte(length - 1) << (8 * (length - 1)))
        }
        4..=8 => {
            let low = u32::from_le_bytes(bytes.get(..4)?.try_into().ok()?);
            let high = u32::from_le_bytes(bytes.get(length - 4..)?.try_into().ok()?);
            Some(u64::from(low) | u64::from(high) << (8 * (length - 4)))
        }
        _ => None,
    }
}

/// The high bit of each byte of `x` that is zero, and no other bit.
#[inline(always)]
pub(crate) fn zero_bytes(x: u64) -> u64 {
    const LOW: u64 = !HIGH;
    !(((x & LOW) + LOW) | x | LOW)
}

/// Whether the `length` bytes (one to eight) in `word` are, in ASCII, an
/// optional sign first, then digits with at most one decimal point (or
/// comma, with `decimal_comma`), at least one digit. Such a field is what
/// [`quick`] takes as a number of at most eight digits (so its mantissa is
/// below 2^53 and its fraction at most seven digits long): a number. False
/// says nothing: the caller asks the parser.
#[inline(always)]
fn short_number(word: u64, length: usize, decimal_comma: bool) -> bool {
    // The high bit of each byte of the field.
    let field = HIGH >> (8 * (8 - length.clamp(1, 8)));
    if word & HIGH != 0 {
        return false;
    }
    // Every byte is below 0x80 (and zero beyond the field), so adding 0x50
    // or 0x46 carries into no other byte: 0x30 + 0x50 = 0x80, 0x3A + 0x46 = 0x80.
    let at_least_zero = word.wrapping_add(0x50 * ONES);
    let above_nine = word.wrapping_add(0x46 * ONES);
    let digits = at_least_zero & !above_nine & field;
    let mut points = zero_bytes(word ^ (u64::from(b'.') * ONES));
    if decimal_comma {
        points |= zero_bytes(word ^ (u64::from(b',') * ONES));
    }
    let points = points & field;
    let first = word & 0xff;
    let sign = if first == u64::from(b'-') || first == u64::from(b'+') {
        0x80
    } else {
        0
    };
    digits != 0 && (digits | points | sign) == field && points & points.wrapping_sub(1) == 0
}

/// Parses `text` (already trimmed or not); `None` when it is not a number.
pub(crate) fn parse_number(text: &str, decimal_comma: bool) -> Option<Parsed> {
    let text = text.trim();
    match quick(text.as_bytes(), decimal_comma) {
        Quick::Number(parsed) => Some(parsed),
        Quick::Not => None,
        Quick::Unsure => parse_full(text, decimal_comma),
    }
}

/// The full parser, for what [`quick`] is unsure of.
#[inline(never)]
fn parse_full(text: &str, decimal_comma: bool) -> Option<Parsed> {
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
    fn the_quick_path_agrees_with_the_full_parser() {
        let mut texts: Vec<String> = [
            "0",
            "-0",
            "+0",
            "00012",
            "12.",
            ".5",
            "-.5",
            "+.25",
            "1.",
            "-",
            "+",
            ".",
            ",",
            "1,5",
            "1.5.",
            "1..5",
            "0.1",
            "0.3",
            "123456789012345",
            "9007199254740991",
            "9007199254740992",
            "12345678901234567890",
            "1.0000000000000000000001",
            "0.00000000000000000000001",
            " 7",
            "7 ",
            "1 234",
            "x",
            "-x",
            "1e3",
            "12,5,",
        ]
        .iter()
        .map(|s| (*s).to_owned())
        .collect();
        let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
        for _ in 0..20_000 {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            let whole = state % 1_000_000;
            let places = (state >> 20) % 9;
            let fraction = (state >> 30) % 10u64.pow(places as u32);
            let sign = if state >> 63 == 1 { "-" } else { "" };
            texts.push(format!(
                "{sign}{whole}.{fraction:0>width$}",
                width = places as usize
            ));
            texts.push(format!("{sign}{whole},{fraction}"));
        }
        for text in &texts {
            for comma in [false, true] {
                let full = parse_full(text.trim(), comma);
                assert_eq!(parse_number(text, comma), full, "{text:?} {comma}");
                assert_eq!(
                    parse_number_bytes(text.trim().as_bytes(), comma),
                    full,
                    "{text:?} {comma}"
                );
                if let Some(parsed) = full {
                    assert_eq!(
                        parsed.value.to_bits(),
                        parse_number(text, comma).map_or(0, |p| p.value.to_bits()),
                        "{text:?}"
                    );
                }
            }
        }
    }

    /// Every string of up to five characters from an alphabet of digits,
    /// points, signs, the bytes next to the digits and a non-ASCII letter,
    /// and random longer ones: the check without the value says what the
    /// parser says, with and without the decimal comma.
    #[test]
    fn the_check_without_the_value_agrees_with_the_parser() {
        let alphabet = [
            "0", "5", "9", ".", ",", "-", "+", " ", "e", "/", ":", "x", "ä", "\u{1}", "\u{a0}",
        ];
        let mut texts = vec![String::new()];
        let mut last = vec![String::new()];
        for _ in 0..5 {
            let next: Vec<String> = last
                .iter()
                .flat_map(|t| alphabet.iter().map(move |a| format!("{t}{a}")))
                .collect();
            texts.extend(next.iter().cloned());
            last = next;
        }
        let mut state: u64 = 0x2545_f491_4f6c_dd1d;
        for _ in 0..200_000 {
            let mut text = String::new();
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            let length = 6 + state % 7;
            for k in 0..length {
                text.push_str(alphabet[((state >> (4 * k)) % 11) as usize]);
            }
            texts.push(text);
        }
        for text in &texts {
            for comma in [false, true] {
                assert_eq!(
                    is_number_bytes(text.as_bytes(), comma),
                    parse_number_bytes(text.as_bytes(), comma).is_some(),
                    "{text:?} {comma}"
                );
            }
        }
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
