//! Organisations: municipalities from the registers and the others an admin adds.

use serde::{Deserialize, Serialize};

use crate::ErrorCode;

/// The countries Jämlik knows the law of.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, utoipa::ToSchema)]
pub enum Country {
    /// Finland.
    #[serde(rename = "FI")]
    Finland,
    /// Sweden.
    #[serde(rename = "SE")]
    Sweden,
}

impl Country {
    /// The ISO 3166-1 alpha-2 code.
    pub fn as_str(self) -> &'static str {
        match self {
            Country::Finland => "FI",
            Country::Sweden => "SE",
        }
    }

    /// Parses an ISO 3166-1 alpha-2 code.
    pub fn parse(raw: &str) -> Result<Self, ErrorCode> {
        match raw.trim().to_ascii_uppercase().as_str() {
            "FI" => Ok(Country::Finland),
            "SE" => Ok(Country::Sweden),
            _ => Err(ErrorCode::InvalidCountry),
        }
    }

    /// The language used when an organisation's own languages are not set.
    pub fn default_language(self) -> Language {
        match self {
            Country::Finland => Language::Finnish,
            Country::Sweden => Language::Swedish,
        }
    }
}

/// The kinds of obliged organisation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum OrgKind {
    /// A municipality (kunta, kommun), loaded from the registers.
    Municipality,
    /// A joint municipal authority or wellbeing services county.
    JointAuthority,
    /// An education provider (school, early childhood education).
    EducationProvider,
    /// An employer.
    Employer,
    /// A national body (ombudsman, ministry, association of municipalities).
    NationalBody,
}

impl OrgKind {
    /// All kinds.
    pub const ALL: [OrgKind; 5] = [
        OrgKind::Municipality,
        OrgKind::JointAuthority,
        OrgKind::EducationProvider,
        OrgKind::Employer,
        OrgKind::NationalBody,
    ];

    /// The stored and wire name.
    pub fn as_str(self) -> &'static str {
        match self {
            OrgKind::Municipality => "municipality",
            OrgKind::JointAuthority => "joint_authority",
            OrgKind::EducationProvider => "education_provider",
            OrgKind::Employer => "employer",
            OrgKind::NationalBody => "national_body",
        }
    }

    /// Parses the stored and wire name.
    pub fn parse(raw: &str) -> Result<Self, ErrorCode> {
        OrgKind::ALL
            .into_iter()
            .find(|kind| kind.as_str() == raw.trim())
            .ok_or(ErrorCode::InvalidOrganisationKind)
    }
}

/// The languages Jämlik speaks.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    utoipa::ToSchema,
)]
pub enum Language {
    /// Swedish, the default.
    #[serde(rename = "sv")]
    Swedish,
    /// Finnish.
    #[serde(rename = "fi")]
    Finnish,
    /// English.
    #[serde(rename = "en")]
    English,
}

impl Language {
    /// All languages, in the order they are offered.
    pub const ALL: [Language; 3] = [Language::Swedish, Language::Finnish, Language::English];

    /// The BCP 47 tag.
    pub fn as_str(self) -> &'static str {
        match self {
            Language::Swedish => "sv",
            Language::Finnish => "fi",
            Language::English => "en",
        }
    }

    /// Parses a BCP 47 tag, ignoring any region (`sv-FI` is Swedish).
    pub fn parse(raw: &str) -> Result<Self, ErrorCode> {
        let primary = raw.trim().split(['-', '_']).next().unwrap_or_default();
        match primary.to_ascii_lowercase().as_str() {
            "sv" => Ok(Language::Swedish),
            "fi" => Ok(Language::Finnish),
            "en" => Ok(Language::English),
            _ => Err(ErrorCode::InvalidLanguage),
        }
    }

    /// The language's name in itself, as offered in the language switcher.
    pub fn endonym(self) -> &'static str {
        match self {
            Language::Swedish => "Svenska",
            Language::Finnish => "Suomi",
            Language::English => "English",
        }
    }

    /// Parses a comma-separated list, dropping duplicates and keeping order.
    pub fn parse_list(raw: &str) -> Result<Vec<Self>, ErrorCode> {
        let mut languages = Vec::new();
        for part in raw.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            let language = Language::parse(part)?;
            if !languages.contains(&language) {
                languages.push(language);
            }
        }
        Ok(languages)
    }
}

/// A statutory framework an organisation may be obliged by. Framework packs
/// (data files) describe each one; this is its stable identifier.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Framework(String);

impl Framework {
    /// The frameworks shipped with Jämlik.
    pub const SHIPPED: [&'static str; 6] = [
        "fi-non-discrimination",
        "fi-gender-equality",
        "fi-education",
        "se-active-measures",
        "gender-mainstreaming",
        "eu-pay-transparency",
    ];

    /// Parses a framework identifier known to this instance.
    pub fn parse(raw: &str) -> Result<Self, ErrorCode> {
        let raw = raw.trim();
        if Self::SHIPPED.contains(&raw) {
            Ok(Framework(raw.to_owned()))
        } else {
            Err(ErrorCode::InvalidFramework)
        }
    }

    /// Parses a comma-separated list, dropping duplicates and keeping order.
    pub fn parse_list(raw: &str) -> Result<Vec<Self>, ErrorCode> {
        let mut frameworks = Vec::new();
        for part in raw.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            let framework = Framework::parse(part)?;
            if !frameworks.contains(&framework) {
                frameworks.push(framework);
            }
        }
        Ok(frameworks)
    }

    /// The identifier as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The frameworks a municipality of this country is obliged by.
    pub fn defaults_for_municipality(country: Country) -> Vec<Framework> {
        let ids: &[&str] = match country {
            Country::Finland => &["fi-non-discrimination", "fi-gender-equality"],
            Country::Sweden => &["se-active-measures"],
        };
        ids.iter().map(|id| Framework((*id).to_owned())).collect()
    }
}

/// A new or edited organisation, checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OrganisationDraft {
    /// The official code (municipality code, business id), unique per country.
    pub code: Option<String>,
    /// The country.
    pub country: Country,
    /// The kind.
    pub kind: OrgKind,
    /// The name in Finnish, where it has one.
    pub name_fi: Option<String>,
    /// The name in Swedish, where it has one.
    pub name_sv: Option<String>,
    /// The name in English, where it has one.
    pub name_en: Option<String>,
    /// The region (wellbeing services county in Finland, county in Sweden).
    pub region: Option<String>,
    /// The population, for municipalities.
    pub population: Option<i64>,
    /// The number of staff.
    pub staff_size: Option<i64>,
    /// The languages the organisation works in.
    pub languages: Vec<Language>,
    /// The frameworks it is obliged by.
    pub frameworks: Vec<Framework>,
}

impl OrganisationDraft {
    /// The longest name accepted.
    pub const MAX_NAME_CHARS: usize = 200;
    /// The largest staff size accepted.
    pub const MAX_STAFF: i64 = 10_000_000;

    /// Checks the rules that hold for every organisation: at least one name,
    /// names of sensible length, a code of letters, digits and dashes, a staff
    /// size in range and at least one working language.
    pub fn check(mut self) -> Result<Self, ErrorCode> {
        for name in [&mut self.name_fi, &mut self.name_sv, &mut self.name_en] {
            *name = name
                .take()
                .map(|n| n.trim().to_owned())
                .filter(|n| !n.is_empty());
            if name.as_ref().is_some_and(|n| {
                n.chars().count() > Self::MAX_NAME_CHARS || n.chars().any(char::is_control)
            }) {
                return Err(ErrorCode::InvalidOrganisationName);
            }
        }
        if self.name_fi.is_none() && self.name_sv.is_none() && self.name_en.is_none() {
            return Err(ErrorCode::InvalidOrganisationName);
        }
        self.code = self
            .code
            .take()
            .map(|c| c.trim().to_owned())
            .filter(|c| !c.is_empty());
        if let Some(code) = &self.code {
            let ok =
                code.len() <= 32 && code.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
            if !ok {
                return Err(ErrorCode::InvalidOrganisationCode);
            }
        }
        if let Some(staff) = self.staff_size {
            if !(0..=Self::MAX_STAFF).contains(&staff) {
                return Err(ErrorCode::InvalidStaffSize);
            }
        }
        if self.languages.is_empty() {
            self.languages.push(self.country.default_language());
        }
        Ok(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draft() -> OrganisationDraft {
        OrganisationDraft {
            code: Some(" 853 ".into()),
            country: Country::Finland,
            kind: OrgKind::Municipality,
            name_fi: Some("Turku".into()),
            name_sv: Some("Åbo".into()),
            name_en: Some("  ".into()),
            region: None,
            population: Some(194_391),
            staff_size: None,
            languages: vec![],
            frameworks: vec![],
        }
    }

    #[test]
    fn drafts_are_trimmed_and_defaulted() {
        let checked = draft().check();
        let checked = checked.as_ref().map_err(|e| *e);
        assert_eq!(checked.map(|d| d.code.clone()), Ok(Some("853".into())));
        assert_eq!(checked.map(|d| d.name_en.clone()), Ok(None));
        assert_eq!(
            checked.map(|d| d.languages.clone()),
            Ok(vec![Language::Finnish])
        );
    }

    #[test]
    fn bad_drafts_are_refused() {
        let nameless = OrganisationDraft {
            name_fi: None,
            name_sv: None,
            ..draft()
        };
        assert_eq!(nameless.check(), Err(ErrorCode::InvalidOrganisationName));
        let negative = OrganisationDraft {
            staff_size: Some(-1),
            ..draft()
        };
        assert_eq!(negative.check(), Err(ErrorCode::InvalidStaffSize));
        let bad_code = OrganisationDraft {
            code: Some("85 3".into()),
            ..draft()
        };
        assert_eq!(bad_code.check(), Err(ErrorCode::InvalidOrganisationCode));
    }

    #[test]
    fn lists_parse_and_reject() {
        assert_eq!(
            Language::parse_list("fi, sv,fi"),
            Ok(vec![Language::Finnish, Language::Swedish])
        );
        assert_eq!(Language::parse("sv-FI"), Ok(Language::Swedish));
        assert_eq!(
            Language::parse_list("fi,de"),
            Err(ErrorCode::InvalidLanguage)
        );
        assert_eq!(
            Framework::parse_list("nope"),
            Err(ErrorCode::InvalidFramework)
        );
        assert_eq!(Country::parse("se"), Ok(Country::Sweden));
    }
}
