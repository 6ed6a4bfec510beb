//! Soft hyphens at syllable boundaries, so that a long word in a narrow table
//! cell breaks where the language breaks it ("yh-den-ver-tai-suus-suun-ni-tel-ma"),
//! not at whatever letter reaches the edge. Browsers hyphenate only with a
//! dictionary for the page's language, and many ship none for Finnish or
//! Swedish; the server inserts U+00AD from the same Knuth–Liang patterns the
//! PDF typesetter uses (`hypher`), and the browser shows a hyphen only where it
//! breaks a line.

use std::borrow::Cow;

use jamlik_domain::Language;

/// The soft hyphen (U+00AD): invisible unless a line breaks at it.
pub const SOFT_HYPHEN: char = '\u{AD}';

/// Words shorter than this fit any cell and are left whole.
const SHORTEST: usize = 8;

fn patterns(language: Language) -> hypher::Lang {
    match language {
        Language::Swedish => hypher::Lang::Swedish,
        Language::Finnish => hypher::Lang::Finnish,
        Language::English => hypher::Lang::English,
    }
}

/// `text` with a soft hyphen at each syllable boundary of its long words, in
/// `language`'s patterns. Text without a long word is returned as it is.
pub fn soft_hyphens(text: &str, language: Language) -> Cow<'_, str> {
    let long_word = |word: &str| word.chars().count() >= SHORTEST;
    if !words(text).any(|(_, word)| long_word(word)) {
        return Cow::Borrowed(text);
    }
    let lang = patterns(language);
    let mut out = String::with_capacity(text.len() + text.len() / 4);
    let mut written = 0;
    for (start, word) in words(text) {
        if !long_word(word) {
            continue;
        }
        out.push_str(&text[written..start]);
        let mut first = true;
        for syllable in hypher::hyphenate(word, lang) {
            if !first {
                out.push(SOFT_HYPHEN);
            }
            out.push_str(syllable);
            first = false;
        }
        written = start + word.len();
    }
    out.push_str(&text[written..]);
    Cow::Owned(out)
}

/// The runs of letters in `text` with their byte offsets. A word that already
/// carries soft hyphens is left to its writer.
fn words(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut rest = text.char_indices().peekable();
    std::iter::from_fn(move || loop {
        let (start, c) = rest.next()?;
        if !c.is_alphabetic() {
            continue;
        }
        let mut end = start + c.len_utf8();
        let mut marked = false;
        while let Some(&(at, next)) = rest.peek() {
            if next == SOFT_HYPHEN {
                marked = true;
            } else if !next.is_alphabetic() {
                break;
            }
            end = at + next.len_utf8();
            rest.next();
        }
        if !marked {
            return Some((start, &text[start..end]));
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(text: &str) -> String {
        text.replace(SOFT_HYPHEN, "-")
    }

    #[test]
    fn long_words_break_at_syllables_in_each_language() {
        assert_eq!(
            shown(&soft_hyphens(
                "Yhdenvertaisuussuunnitelma",
                Language::Finnish
            )),
            "Yh-den-ver-tai-suus-suun-ni-tel-ma"
        );
        assert_eq!(
            shown(&soft_hyphens("Jämställdhetsplanen", Language::Swedish)),
            "Jäm-ställd-hets-pla-nen"
        );
        assert_eq!(
            shown(&soft_hyphens("discrimination", Language::English)),
            "dis-crim-i-na-tion"
        );
    }

    #[test]
    fn short_words_punctuation_and_marked_words_stay_as_written() {
        let text = "Tasa-arvo, 2026: kunnan väki (n = 120).";
        assert!(matches!(
            soft_hyphens(text, Language::Finnish),
            Cow::Borrowed(_)
        ));
        let text = "Kuntalaiset ja yhdenvertaisuus";
        let out = soft_hyphens(text, Language::Finnish);
        assert_eq!(
            out.replace(SOFT_HYPHEN, ""),
            text,
            "only soft hyphens are added"
        );
        assert!(out.starts_with("Kun\u{AD}ta\u{AD}lai\u{AD}set ja "));
        let marked = "yhden\u{AD}vertaisuussuunnitelma";
        assert_eq!(soft_hyphens(marked, Language::Finnish), marked);
    }
}
