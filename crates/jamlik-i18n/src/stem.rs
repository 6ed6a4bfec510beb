//! Search terms as a language forms its words: lower case, split at anything
//! that is not a letter or digit, each word reduced to its stem by the
//! Snowball algorithm for the language, so that "suunnitelmassa" and
//! "suunnitelma", or "planerna" and "plan", meet.

use jamlik_domain::Language;
use rust_stemmers::{Algorithm, Stemmer};

fn algorithm(language: Language) -> Algorithm {
    match language {
        Language::Swedish => Algorithm::Swedish,
        Language::Finnish => Algorithm::Finnish,
        Language::English => Algorithm::English,
    }
}

/// The stems of the words of `text` in `language`, in order.
pub fn stems(text: &str, language: Language) -> Vec<String> {
    let stemmer = Stemmer::create(algorithm(language));
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .map(|word| stemmer.stem(&word.to_lowercase()).into_owned())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_forms_meet_at_their_stem() {
        let one = |text: &str, language| stems(text, language).join(" ");
        assert_eq!(
            one("suunnitelmassa", Language::Finnish),
            one("Suunnitelma", Language::Finnish)
        );
        assert_eq!(
            one("palkkakartoituksen", Language::Finnish),
            one("palkkakartoitukseen", Language::Finnish)
        );
        assert_eq!(
            one("lönekartläggningen", Language::Swedish),
            one("lönekartläggning", Language::Swedish)
        );
        assert_eq!(
            one("surveys", Language::English),
            one("survey", Language::English)
        );
        assert_ne!(
            one("plan", Language::English),
            one("pay", Language::English)
        );
        assert_eq!(stems("Tasa-arvo, 2026!", Language::Finnish).len(), 3);
    }
}
