//! What a person maps: the analysis ([`Kind`]), the columns' roles
//! ([`Spec`]) and representation's [`Baseline`] — the population of the
//! organisation's own municipality from Statistics Finland's table (shipped
//! in `data/fi/`, read once per process) or another uploaded file.

use std::sync::OnceLock;

use jamlik_domain::{Country, ErrorCode, OrgKind};
use jamlik_stats::{
    AnalysisError, BadRows, NumericColumns, PopulationTable, ReadOptions, SuppressionRule,
};
use jamlik_store::Organisation;
use serde::{Deserialize, Serialize};

/// The analyses offered on the web.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// Who gets what: an outcome's sum by group against the group's share.
    Resources,
    /// The gap in an outcome between two groups, with controls (Oaxaca–Blinder).
    Gap,
    /// The pay survey by job group and gender.
    PaySurvey,
    /// Group shares against a baseline (a population or another file).
    Representation,
    /// The EU pay transparency indicators (Directive 2023/970).
    PayTransparency,
}

impl Kind {
    /// Every analysis, in the order offered.
    pub const ALL: [Kind; 5] = [
        Kind::Representation,
        Kind::Resources,
        Kind::Gap,
        Kind::PaySurvey,
        Kind::PayTransparency,
    ];

    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Resources => "resources",
            Kind::Gap => "gap",
            Kind::PaySurvey => "pay_survey",
            Kind::Representation => "representation",
            Kind::PayTransparency => "pay_transparency",
        }
    }

    /// Parses the stored name.
    pub fn parse(raw: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.as_str() == raw)
    }
}

/// What the person chose: the analysis, the columns' roles, how to treat bad
/// rows and the disclosure threshold.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Spec {
    /// The analysis.
    pub kind: Kind,
    /// The group variable (for the pay analyses: the gender column).
    pub group: String,
    /// The outcome (for the pay analyses: the pay, for pay transparency the
    /// basic pay; none for representation).
    #[serde(default)]
    pub outcome: String,
    /// A weight for the people behind each row (for example participants).
    #[serde(default)]
    pub weight: Option<String>,
    /// Controls, for the gap and for pay transparency's unexplained gap.
    #[serde(default)]
    pub controls: Vec<String>,
    /// The job group, for a pay survey.
    #[serde(default)]
    pub job_group: Option<String>,
    /// The demand level, for a pay survey.
    #[serde(default)]
    pub demand: Option<String>,
    /// The variable (complementary) pay, for pay transparency.
    #[serde(default)]
    pub variable: Option<String>,
    /// The category of workers, for pay transparency.
    #[serde(default)]
    pub category: Option<String>,
    /// What representation compares with.
    #[serde(default)]
    pub baseline: Option<Baseline>,
    /// Leave bad rows out (counted) instead of stopping at the first.
    pub exclude_bad_rows: bool,
    /// Counts below this are hidden.
    pub threshold: u64,
}

/// The baseline of a representation analysis.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "source", rename_all = "snake_case")]
pub enum Baseline {
    /// Women and men of a Finnish municipality (Statistics Finland, table
    /// 11re, 31.12.2019), optionally within an age range.
    Population {
        /// The municipality as the table names it (in Finnish).
        area: String,
        /// The first year of age counted.
        #[serde(default)]
        age_from: Option<u16>,
        /// The last year of age counted (`None`: and over).
        #[serde(default)]
        age_to: Option<u16>,
    },
    /// Another file the organisation uploaded, its rows counted per value of
    /// a column.
    Upload {
        /// The upload's id.
        upload: String,
        /// Its file name, to say which baseline was used.
        file_name: String,
        /// The group column in it.
        group: String,
    },
}

/// The oldest age class of the population table (`100 -`).
pub const OLDEST_AGE: u16 = 100;

impl Spec {
    /// Checks that the roles fit the analysis: the roles it needs are set
    /// and no column has two roles.
    pub fn check(&self) -> Result<(), ErrorCode> {
        let needs = |value: &str| {
            if value.trim().is_empty() {
                Err(ErrorCode::InvalidMapping)
            } else {
                Ok(())
            }
        };
        needs(&self.group)?;
        if self.kind != Kind::Representation {
            needs(&self.outcome)?;
        }
        if self.kind == Kind::PaySurvey {
            needs(self.job_group.as_deref().unwrap_or_default())?;
        }
        if self.threshold < SuppressionRule::MIN_THRESHOLD || self.threshold > 100 {
            return Err(ErrorCode::InvalidMapping);
        }
        match (&self.kind, &self.baseline) {
            (Kind::Representation, None) => return Err(ErrorCode::AnalysisNoBaseline),
            (
                Kind::Representation,
                Some(Baseline::Population {
                    age_from, age_to, ..
                }),
            ) => {
                let from = age_from.unwrap_or(0);
                if from > OLDEST_AGE || age_to.is_some_and(|to| to < from || to > OLDEST_AGE) {
                    return Err(ErrorCode::AnalysisInvalidAgeRange);
                }
            }
            (Kind::Representation, Some(Baseline::Upload { group, .. })) => needs(group)?,
            _ => {}
        }
        if self.kind == Kind::PayTransparency && self.variable.is_none() {
            return Err(ErrorCode::AnalysisNoVariablePay);
        }
        let mut used: Vec<&str> = vec![&self.group];
        if self.kind != Kind::Representation {
            used.push(&self.outcome);
        }
        used.extend(self.weight.as_deref());
        used.extend(self.job_group.as_deref());
        used.extend(self.demand.as_deref());
        used.extend(self.variable.as_deref());
        used.extend(self.category.as_deref());
        used.extend(self.controls.iter().map(String::as_str));
        let mut seen = std::collections::HashSet::new();
        if used.iter().any(|c| !seen.insert(*c)) {
            return Err(ErrorCode::InvalidMapping);
        }
        Ok(())
    }

    pub(crate) fn numeric(&self) -> Vec<String> {
        if self.kind == Kind::Representation {
            return Vec::new();
        }
        let mut numeric = vec![self.outcome.clone()];
        numeric.extend(self.weight.clone());
        numeric.extend(self.demand.clone());
        numeric.extend(self.variable.clone());
        numeric.extend(self.controls.iter().cloned());
        numeric
    }

    pub(crate) fn read_options(&self, numeric: Vec<String>) -> ReadOptions {
        ReadOptions {
            bad_rows: if self.exclude_bad_rows {
                BadRows::Exclude
            } else {
                BadRows::Stop
            },
            numeric: NumericColumns::Named(numeric),
            ..ReadOptions::default()
        }
    }
}

/// The shipped population table (Statistics Finland, table 11re: population
/// by municipality, one-year age and sex, 31.12.2019; CC BY 4.0).
const POPULATION_CSV: &[u8] =
    include_bytes!("../../../../data/fi/statfin_11re_population_by_municipality_sex_age_2019.csv");

/// The population table, read once per process.
pub fn population() -> Result<&'static PopulationTable, AnalysisError> {
    static TABLE: OnceLock<Result<PopulationTable, AnalysisError>> = OnceLock::new();
    TABLE
        .get_or_init(|| PopulationTable::from_px_csv(POPULATION_CSV))
        .as_ref()
        .map_err(Clone::clone)
}

/// The area of the population table that is the organisation's own
/// municipality, where it is a Finnish municipality the table has.
pub fn population_area(organisation: &Organisation) -> Option<String> {
    if organisation.country != Country::Finland || organisation.kind != OrgKind::Municipality {
        return None;
    }
    let name = organisation.name_fi.as_deref()?.trim();
    let table = population().ok()?;
    table
        .areas()
        .into_iter()
        .find(|area| area.eq_ignore_ascii_case(name))
        .map(str::to_owned)
}
