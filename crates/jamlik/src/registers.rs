//! The municipal registers shipped in `data/` (sources and licences in
//! `data/README.md`), parsed into organisation drafts.

use anyhow::Context;
use jamlik_domain::{Country, Framework, Language, OrgKind, OrganisationDraft};
use serde::Deserialize;

/// The Finnish register (Statistics Finland, CC BY 4.0), compiled in.
pub const FINNISH_MUNICIPALITIES: &str = include_str!("../../../data/fi/municipalities_2020.csv");
/// The Swedish register (SCB, CC0), compiled in.
pub const SWEDISH_MUNICIPALITIES: &str = include_str!("../../../data/se/kommuner.csv");

/// Where the registers come from, for every place that shows them.
pub const SOURCES: &str = "Statistics Finland (CC BY 4.0); SCB (CC0)";

#[derive(Debug, Deserialize)]
struct FinnishRow {
    name_sv: String,
    name_fi: String,
    id: String,
    population: i64,
    hva_id: String,
}

#[derive(Debug, Deserialize)]
struct SwedishRow {
    kommun_kod: String,
    kommun: String,
}

/// The region code of a Finnish municipality: its wellbeing services county,
/// or Helsinki, or Åland.
fn finnish_region(code: &str, county: &str) -> String {
    match county.trim() {
        "" if code == "091" => "FI-HEL".to_owned(),
        "" => "FI-AX".to_owned(),
        county => format!("FI-{county}"),
    }
}

/// Parses the Finnish register: `name_sv,name_fi,id,population,hva_id`.
pub fn parse_finnish(text: &str) -> anyhow::Result<Vec<OrganisationDraft>> {
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let mut drafts = Vec::new();
    for (index, row) in reader.deserialize::<FinnishRow>().enumerate() {
        let row = row.with_context(|| format!("Finnish register, row {}", index + 2))?;
        anyhow::ensure!(
            row.id.len() == 3 && row.id.chars().all(|c| c.is_ascii_digit()),
            "Finnish register, row {}: code {:?} is not three digits",
            index + 2,
            row.id
        );
        let region = finnish_region(&row.id, &row.hva_id);
        let languages = if region == "FI-AX" {
            vec![Language::Swedish]
        } else {
            vec![Language::Finnish]
        };
        drafts.push(OrganisationDraft {
            code: Some(row.id),
            country: Country::Finland,
            kind: OrgKind::Municipality,
            name_fi: Some(row.name_fi),
            name_sv: Some(row.name_sv),
            name_en: None,
            region: Some(region),
            population: Some(row.population),
            staff_size: None,
            languages,
            frameworks: Framework::defaults_for_municipality(Country::Finland),
        });
    }
    Ok(drafts)
}

/// Parses the Swedish register: `kommun_kod,kommun`.
pub fn parse_swedish(text: &str) -> anyhow::Result<Vec<OrganisationDraft>> {
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let mut drafts = Vec::new();
    for (index, row) in reader.deserialize::<SwedishRow>().enumerate() {
        let row = row.with_context(|| format!("Swedish register, row {}", index + 2))?;
        anyhow::ensure!(
            row.kommun_kod.len() == 4 && row.kommun_kod.chars().all(|c| c.is_ascii_digit()),
            "Swedish register, row {}: code {:?} is not four digits",
            index + 2,
            row.kommun_kod
        );
        let county = format!("SE-{}", &row.kommun_kod[..2]);
        drafts.push(OrganisationDraft {
            code: Some(row.kommun_kod),
            country: Country::Sweden,
            kind: OrgKind::Municipality,
            name_fi: None,
            name_sv: Some(row.kommun),
            name_en: None,
            region: Some(county),
            population: None,
            staff_size: None,
            languages: vec![Language::Swedish],
            frameworks: Framework::defaults_for_municipality(Country::Sweden),
        });
    }
    Ok(drafts)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_registers_hold_every_municipality() {
        let finnish = parse_finnish(FINNISH_MUNICIPALITIES).map_err(|e| e.to_string());
        let swedish = parse_swedish(SWEDISH_MUNICIPALITIES).map_err(|e| e.to_string());
        assert_eq!(finnish.as_ref().map(Vec::len), Ok(309));
        assert_eq!(swedish.as_ref().map(Vec::len), Ok(290));
        let turku = finnish.as_ref().ok().and_then(|all| {
            all.iter()
                .find(|d| d.code.as_deref() == Some("853"))
                .cloned()
        });
        assert_eq!(
            turku.as_ref().and_then(|t| t.name_sv.clone()),
            Some("Åbo".to_owned())
        );
        assert_eq!(turku.as_ref().and_then(|t| t.population), Some(194_391));
        assert_eq!(turku.and_then(|t| t.region), Some("FI-VS".to_owned()));
        let mariehamn = finnish
            .ok()
            .and_then(|all| all.into_iter().find(|d| d.code.as_deref() == Some("478")));
        assert_eq!(
            mariehamn.map(|m| (m.region, m.languages)),
            Some((Some("FI-AX".to_owned()), vec![Language::Swedish]))
        );
    }

    #[test]
    fn malformed_registers_name_the_row() {
        let bad = "name_sv,name_fi,id,population,hva_id\nA,A,005,12,EP\nB,B,12,x,EP\n";
        let error = parse_finnish(bad).map(|_| ()).map_err(|e| format!("{e:#}"));
        assert!(
            error.as_ref().is_err_and(|e| e.contains("row 3")),
            "{error:?}"
        );
        let bad_code = "kommun_kod,kommun\n01x4,Nowhere\n";
        let error = parse_swedish(bad_code)
            .map(|_| ())
            .map_err(|e| format!("{e:#}"));
        assert!(
            error.as_ref().is_err_and(|e| e.contains("row 2")),
            "{error:?}"
        );
    }
}
