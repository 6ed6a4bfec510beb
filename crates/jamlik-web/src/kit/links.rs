//! Public addresses that several capabilities print: an organisation's page
//! is `/o/FI-905` (country and official code, stable across renames and
//! databases), or `/o/<id>` for an organisation without an official code.

use jamlik_domain::Country;

/// The public page of an organisation.
pub(crate) fn org_page(country: Country, code: Option<&str>, id: &str) -> String {
    match code.filter(|c| !c.is_empty()) {
        Some(code) => format!("/o/{}-{code}", country.as_str()),
        None => format!("/o/{id}"),
    }
}

/// What an organisation's public address names: a country and an official
/// code, or an id.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum OrgKey {
    /// `FI-905`.
    Code(Country, String),
    /// An organisation without an official code.
    Id(String),
}

/// Reads the last part of `/o/…`; `None` for what cannot be an address
/// (too long, or characters no code or id has).
pub(crate) fn parse_org_key(key: &str) -> Option<OrgKey> {
    if key.is_empty()
        || key.len() > 64
        || !key.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
    {
        return None;
    }
    if let Some((country, code)) = key.split_once('-') {
        if let Ok(country) = Country::parse(country) {
            if !code.is_empty() && code.len() <= 16 {
                return Some(OrgKey::Code(country, code.to_owned()));
            }
        }
    }
    Some(OrgKey::Id(key.to_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_address_is_read_back_as_what_made_it() {
        let with_code = org_page(Country::Finland, Some("905"), "x");
        assert_eq!(with_code, "/o/FI-905");
        assert_eq!(
            parse_org_key(with_code.trim_start_matches("/o/")),
            Some(OrgKey::Code(Country::Finland, "905".into()))
        );
        assert_eq!(
            parse_org_key("SE-0180"),
            Some(OrgKey::Code(Country::Sweden, "0180".into()))
        );
        let id = "0194a3c2-1d2e-7f00-8000-000000000001";
        assert_eq!(org_page(Country::Sweden, None, id), format!("/o/{id}"));
        assert_eq!(parse_org_key(id), Some(OrgKey::Id(id.into())));
        for bad in ["", "FI 905", "FI-905;", "<script>", &"9".repeat(65)] {
            assert_eq!(parse_org_key(bad), None, "{bad}");
        }
    }
}
