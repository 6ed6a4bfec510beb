//! A plan's texts in each of its organisation's working languages. The
//! texts are written in the organisation's first language; a bilingual
//! organisation adds each text's translation into its other language. A
//! reader sees the text in their language where it has one, and otherwise
//! the original, said to be only in that language.

use serde::{Deserialize, Serialize};

use crate::{ErrorCode, Language};

/// The longest translation kept, in characters (as long as the longest text
/// a plan holds, a section).
pub const MAX_TRANSLATION_CHARS: usize = 20_000;

/// Which text of a plan a translation is of.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TextField {
    /// The plan's title.
    PlanTitle,
    /// A service's name.
    ServiceName,
    /// A service's unit.
    ServiceUnit,
    /// A service's description.
    ServiceDescription,
    /// What a finding found.
    FindingDescription,
    /// Whom a finding affects.
    FindingAffected,
    /// A measure's title.
    MeasureTitle,
    /// A measure's goal.
    MeasureGoal,
    /// The unit responsible for a measure.
    MeasureUnit,
    /// A consultation's summary.
    ConsultationSummary,
    /// A section's text (the entity is `framework/element`).
    SectionBody,
}

impl TextField {
    /// Every field, in the order a plan shows them.
    pub const ALL: [TextField; 11] = [
        TextField::PlanTitle,
        TextField::SectionBody,
        TextField::ServiceName,
        TextField::ServiceUnit,
        TextField::ServiceDescription,
        TextField::FindingDescription,
        TextField::FindingAffected,
        TextField::MeasureTitle,
        TextField::MeasureGoal,
        TextField::MeasureUnit,
        TextField::ConsultationSummary,
    ];

    /// The stable name, as stored and sent in forms.
    pub fn as_str(self) -> &'static str {
        match self {
            TextField::PlanTitle => "plan_title",
            TextField::ServiceName => "service_name",
            TextField::ServiceUnit => "service_unit",
            TextField::ServiceDescription => "service_description",
            TextField::FindingDescription => "finding_description",
            TextField::FindingAffected => "finding_affected",
            TextField::MeasureTitle => "measure_title",
            TextField::MeasureGoal => "measure_goal",
            TextField::MeasureUnit => "measure_unit",
            TextField::ConsultationSummary => "consultation_summary",
            TextField::SectionBody => "section_body",
        }
    }

    /// Reads a stored or sent name.
    pub fn parse(raw: &str) -> Result<TextField, ErrorCode> {
        TextField::ALL
            .into_iter()
            .find(|f| f.as_str() == raw)
            .ok_or(ErrorCode::TranslationUnknownText)
    }
}

/// Checks a translation's language against the organisation's working
/// languages: it must be one of them, and not the first, in which the texts
/// are written.
pub fn check_translation_language(
    language: Language,
    working: &[Language],
) -> Result<(), ErrorCode> {
    match working.split_first() {
        Some((first, rest)) if *first != language && rest.contains(&language) => Ok(()),
        _ => Err(ErrorCode::TranslationLanguage),
    }
}

/// Checks a translation's text: at most [`MAX_TRANSLATION_CHARS`].
pub fn check_translation(body: &str) -> Result<&str, ErrorCode> {
    let body = body.trim();
    if body.chars().count() > MAX_TRANSLATION_CHARS {
        return Err(ErrorCode::TextTooLong);
    }
    Ok(body)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_field_reads_back_as_itself() {
        for field in TextField::ALL {
            assert_eq!(TextField::parse(field.as_str()), Ok(field));
        }
        assert_eq!(
            TextField::parse("plan_owner"),
            Err(ErrorCode::TranslationUnknownText)
        );
    }

    #[test]
    fn a_translation_is_into_a_second_working_language_only() {
        let both = [Language::Finnish, Language::Swedish];
        assert_eq!(check_translation_language(Language::Swedish, &both), Ok(()));
        // Not into the language the texts are written in, nor one it does not use.
        for language in [Language::Finnish, Language::English] {
            assert_eq!(
                check_translation_language(language, &both),
                Err(ErrorCode::TranslationLanguage)
            );
        }
        assert_eq!(
            check_translation_language(Language::Swedish, &[Language::Finnish]),
            Err(ErrorCode::TranslationLanguage)
        );
        assert!(check_translation(&"x".repeat(MAX_TRANSLATION_CHARS + 1)).is_err());
        assert_eq!(check_translation("  Hemvård "), Ok("Hemvård"));
    }
}
