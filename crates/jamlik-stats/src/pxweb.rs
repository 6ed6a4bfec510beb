//! Population baselines from Statistics Finland's PX-Web CSV export.
//!
//! The export (for example table 11re, population by area, one-year age and
//! sex) is ISO-8859-1, `;`-delimited and quoted, with a title line before
//! the header. Its columns are the area, the age, and one count column per
//! sex (`Yhteensä …`, `Miehet …`, `Naiset …`; Swedish and English exports
//! name them `Totalt`/`Män`/`Kvinnor` and `Total`/`Males`/`Females`).

use serde::Serialize;

use crate::counts::GroupCounts;
use crate::error::AnalysisError;
use crate::table::{BadRows, NumericColumns, ReadOptions, Table};

/// Sex, as the population tables give it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Sex {
    /// Both sexes together.
    Total,
    /// Men.
    Male,
    /// Women.
    Female,
}

impl Sex {
    /// The label used in [`GroupCounts`]: `total`, `male` or `female`.
    pub fn label(self) -> &'static str {
        match self {
            Self::Total => "total",
            Self::Male => "male",
            Self::Female => "female",
        }
    }
}

/// An age class of the table.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Age {
    /// All ages together.
    Total,
    /// One year of age.
    Years(u16),
    /// This age and over (`100 -`).
    AndOver(u16),
}

/// One count of the long table.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct PopulationRow {
    /// The area (`KOKO MAA` for the whole country, or a municipality).
    pub area: String,
    /// The age class.
    pub age: Age,
    /// The sex.
    pub sex: Sex,
    /// The number of people.
    pub count: u64,
}

/// An age band for aggregating: `from` to `to` inclusive (`to: None` is
/// open-ended).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct AgeBand {
    /// The band's label in the result.
    pub label: String,
    /// The first year of age in the band.
    pub from: u16,
    /// The last year of age in the band; `None` for "and over".
    pub to: Option<u16>,
}

impl AgeBand {
    /// A band from `from` to `to` inclusive.
    pub fn new(label: impl Into<String>, from: u16, to: Option<u16>) -> Self {
        Self {
            label: label.into(),
            from,
            to,
        }
    }

    /// Whether a one-year age class (not [`Age::Total`]) falls in the band.
    /// An open class (`100 -`) falls in a band that starts at or below it and
    /// has no end or ends at or above it.
    pub fn contains(&self, age: Age) -> bool {
        match age {
            Age::Total => false,
            Age::Years(a) | Age::AndOver(a) => self.from <= a && self.to.is_none_or(|t| a <= t),
        }
    }
}

/// A population table in long form: one row per area × age × sex.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct PopulationTable {
    /// The title line of the export, where there was one.
    pub title: Option<String>,
    /// The counts, in file order (per line: total, male, female as the
    /// columns come).
    pub rows: Vec<PopulationRow>,
    /// Counts given as not available (`..`), left out.
    pub unavailable: usize,
}

fn starts_with_any(text: &str, prefixes: &[&str]) -> bool {
    let lower = text.to_lowercase();
    prefixes.iter().any(|p| lower.starts_with(p))
}

fn parse_age(text: &str) -> Option<Age> {
    let text = text.trim();
    if starts_with_any(text, &["yhteensä", "totalt", "total", "ikäluokat yhteensä"]) {
        return Some(Age::Total);
    }
    if let Ok(years) = text.parse::<u16>() {
        return Some(Age::Years(years));
    }
    let open = text.trim_end_matches(['-', '+', ' ', '–']);
    if open.len() < text.len() {
        return open.trim().parse::<u16>().ok().map(Age::AndOver);
    }
    None
}

impl PopulationTable {
    /// Reads a PX-Web CSV export of population by area, age and sex.
    pub fn from_px_csv(bytes: &[u8]) -> Result<Self, AnalysisError> {
        let options = ReadOptions {
            numeric: NumericColumns::Named(Vec::new()),
            bad_rows: BadRows::Stop,
            ..ReadOptions::default()
        };
        let table = Table::from_csv(bytes, &options)?;
        let columns = table.columns();
        let layout = |detail: &str| AnalysisError::UnexpectedLayout {
            detail: detail.to_owned(),
        };
        let (area, age) = match columns {
            [area, age, ..] => (area, age),
            _ => return Err(layout("an area column, an age column and count columns")),
        };
        if !starts_with_any(area.name(), &["alue", "område", "area", "region"]) {
            return Err(layout("the first column is the area (Alue)"));
        }
        if !starts_with_any(age.name(), &["ikä", "ålder", "age"]) {
            return Err(layout("the second column is the age (Ikä)"));
        }
        let mut sexes = Vec::new();
        for column in columns.iter().skip(2) {
            let sex = if starts_with_any(
                column.name(),
                &["naiset", "kvinnor", "females", "women", "female"],
            ) {
                Sex::Female
            } else if starts_with_any(column.name(), &["miehet", "män", "males", "men", "male"]) {
                Sex::Male
            } else if starts_with_any(
                column.name(),
                &["yhteensä", "totalt", "total", "sukupuolet yhteensä"],
            ) {
                Sex::Total
            } else {
                return Err(layout(
                    "count columns named by sex (Yhteensä, Miehet, Naiset)",
                ));
            };
            sexes.push((sex, column));
        }
        if sexes.is_empty() {
            return Err(layout(
                "count columns named by sex (Yhteensä, Miehet, Naiset)",
            ));
        }
        let mut rows = Vec::with_capacity(table.len() * sexes.len());
        let mut unavailable = 0;
        for (i, &row) in table.row_numbers().iter().enumerate() {
            let area_name = area.text().get(i).cloned().unwrap_or_default();
            let age_text = age.text().get(i).map(String::as_str).unwrap_or_default();
            let age_class = parse_age(age_text).ok_or_else(|| AnalysisError::NonNumeric {
                row,
                column: age.name().to_owned(),
                value: age_text.to_owned(),
            })?;
            for (sex, column) in &sexes {
                let text = column.text().get(i).map(String::as_str).unwrap_or_default();
                let count = match text {
                    "-" => 0,
                    "" | "." | ".." | "..." | "…" => {
                        unavailable += 1;
                        continue;
                    }
                    _ => text.parse::<u64>().map_err(|_| AnalysisError::NonNumeric {
                        row,
                        column: column.name().to_owned(),
                        value: text.to_owned(),
                    })?,
                };
                rows.push(PopulationRow {
                    area: area_name.clone(),
                    age: age_class,
                    sex: *sex,
                    count,
                });
            }
        }
        Ok(Self {
            title: table.preamble().first().cloned(),
            rows,
            unavailable,
        })
    }

    /// The areas, in file order.
    pub fn areas(&self) -> Vec<&str> {
        let mut areas: Vec<&str> = Vec::new();
        for row in &self.rows {
            if areas.last() != Some(&row.area.as_str()) && !areas.contains(&row.area.as_str()) {
                areas.push(&row.area);
            }
        }
        areas
    }

    fn area_rows<'a>(
        &'a self,
        area: &'a str,
    ) -> Result<impl Iterator<Item = &'a PopulationRow> + 'a, AnalysisError> {
        if !self.rows.iter().any(|r| r.area == area) {
            return Err(AnalysisError::EmptyGroup {
                group: area.to_owned(),
            });
        }
        Ok(self.rows.iter().filter(move |r| r.area == area))
    }

    /// Women and men (labels `female`, `male`) of `area` aged within `ages`.
    pub fn by_sex(&self, area: &str, ages: &AgeBand) -> Result<GroupCounts, AnalysisError> {
        Ok(GroupCounts::new(
            self.area_rows(area)?
                .filter(|r| r.sex != Sex::Total && ages.contains(r.age))
                .map(|r| (r.sex.label(), r.count)),
        ))
    }

    /// The people of `area` of the given sex ([`Sex::Total`] for everyone)
    /// per age band (labels from the bands). One-year classes in no band are
    /// left out; a class in two bands counts in both.
    pub fn by_age(
        &self,
        area: &str,
        sex: Sex,
        bands: &[AgeBand],
    ) -> Result<GroupCounts, AnalysisError> {
        let rows: Vec<&PopulationRow> = self.area_rows(area)?.filter(|r| r.sex == sex).collect();
        Ok(GroupCounts::new(bands.iter().map(|band| {
            let count = rows
                .iter()
                .filter(|r| band.contains(r.age))
                .fold(0u64, |a, r| a.saturating_add(r.count));
            (band.label.clone(), count)
        })))
    }
}
