//! The pay survey (Finnish palkkakartoitus, Swedish lönekartläggning): pay
//! by job group and gender, women-dominated groups against groups of equal
//! value and against better-paid groups of lower demand, small groups merged
//! with their nearest equal-value group, and the output protected.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::disclosure::{DominanceRule, ProtectedTable, SuppressionRule};
use crate::error::AnalysisError;
use crate::pay::{
    genders, pay_values, protect_pay, require_both, single_gender, Gender, GenderLabels, PaySummary,
};
use crate::table::{complete_rows, Table};

/// The share of women from which a group is women-dominated (and of men,
/// men-dominated).
pub const DOMINATED_SHARE: f64 = 0.6;

/// What a pay survey reads.
#[derive(Clone, Debug)]
pub struct PaySurveySpec {
    /// The job group (or equal-value group) column.
    pub group: String,
    /// The gender column.
    pub gender: String,
    /// The pay column (monthly pay, say).
    pub pay: String,
    /// The demand level column (a job-evaluation score), if there is one.
    pub demand: Option<String>,
    /// Which gender values mean women and men.
    pub labels: GenderLabels,
    /// Groups smaller than this are merged, and headcounts below it hidden.
    pub rule: SuppressionRule,
    /// When a sum of pay is dominated by a few.
    pub dominance: DominanceRule,
}

impl PaySurveySpec {
    /// A survey of `pay` by `group` and `gender` with the default labels,
    /// threshold (5) and dominance rule, and no demand levels.
    pub fn new(group: &str, gender: &str, pay: &str) -> Self {
        Self {
            group: group.to_owned(),
            gender: gender.to_owned(),
            pay: pay.to_owned(),
            demand: None,
            labels: GenderLabels::default(),
            rule: SuppressionRule::default(),
            dominance: DominanceRule::default(),
        }
    }
}

/// Which gender a group is dominated by.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Composition {
    /// At least 60 % women.
    WomenDominated,
    /// At least 60 % men.
    MenDominated,
    /// Neither.
    Mixed,
}

/// One group of the survey (after merging small groups).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SurveyGroup {
    /// The group's label (the members' labels joined by ` + ` when merged).
    pub group: String,
    /// The job groups in it, as in the file.
    pub members: Vec<String>,
    /// Its demand level.
    pub demand: Option<f64>,
    /// Which gender dominates it.
    pub composition: Composition,
    /// The share of women, when the headcount of women is shown.
    pub women_share: Option<f64>,
    /// Women's pay.
    pub women: PaySummary,
    /// Men's pay.
    pub men: PaySummary,
    /// Everybody's pay.
    pub total: PaySummary,
    /// Women's mean pay as a percentage of men's.
    pub women_mean_percent_of_men: Option<f64>,
    /// Women's median pay as a percentage of men's.
    pub women_median_percent_of_men: Option<f64>,
}

/// Small groups merged into one.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Merge {
    /// The groups merged, as in the file.
    pub groups: Vec<String>,
    /// The label of the merged group.
    pub into: String,
    /// The merged group's demand level.
    pub demand: Option<f64>,
    /// How many people the merged group has.
    pub headcount: u64,
}

/// Why two groups are compared.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ComparisonKind {
    /// Same demand level, the other group not women-dominated.
    EqualValue,
    /// The other group (not women-dominated) has a lower demand level and a
    /// higher mean pay.
    LowerDemandHigherPay,
}

/// A women-dominated group against another group.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Comparison {
    /// Why they are compared.
    pub kind: ComparisonKind,
    /// The women-dominated group.
    pub women_dominated: String,
    /// Its demand level.
    pub women_dominated_demand: f64,
    /// Its mean pay (everybody in it).
    pub women_dominated_mean: Option<f64>,
    /// The group compared with.
    pub compared: String,
    /// That group's composition.
    pub compared_composition: Composition,
    /// Its demand level.
    pub compared_demand: f64,
    /// Its mean pay.
    pub compared_mean: Option<f64>,
    /// The women-dominated group's mean pay as a percentage of the other's.
    pub mean_percent: Option<f64>,
}

/// The result of a pay survey.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PaySurvey {
    /// The groups, by demand level (when given) and label.
    pub groups: Vec<SurveyGroup>,
    /// The small groups merged, and into what.
    pub merges: Vec<Merge>,
    /// Women-dominated groups against groups of equal value and against
    /// better-paid groups of lower demand.
    pub comparisons: Vec<Comparison>,
    /// Women's pay over all groups.
    pub women: PaySummary,
    /// Men's pay over all groups.
    pub men: PaySummary,
    /// Everybody's pay.
    pub total: PaySummary,
    /// The headcounts by group and gender, protected.
    pub headcounts: ProtectedTable,
    /// The threshold applied.
    pub threshold: u64,
    /// The dominance rule applied.
    pub dominance: DominanceRule,
    /// Conditions that do not stop the survey (`analysis.single_gender_group`).
    pub warnings: Vec<AnalysisError>,
    /// Rows left out of the table as bad.
    pub excluded_rows: usize,
    /// Rows left out for a missing group, gender, pay or demand level.
    pub missing_rows: usize,
}

/// A group while merging: labels, demand, the pay of women and men.
struct Unit {
    label: String,
    members: Vec<String>,
    demand: Option<f64>,
    pay: [Vec<f64>; 2],
}

impl Unit {
    fn headcount(&self) -> usize {
        self.pay[0].len() + self.pay[1].len()
    }

    fn label(&self) -> &str {
        &self.label
    }
}

/// Runs the pay survey described by `spec` on `table`.
///
/// Groups smaller than the threshold are merged, smallest first, with the
/// group of the nearest demand level (ties: the smaller group, then the
/// lower demand, then the label), until none is small; the merged group
/// keeps the demand level of the larger of the two. Without demand levels
/// nothing is merged (there is no equal value to go by) and small groups'
/// figures are suppressed instead.
pub fn pay_survey(table: &Table, spec: &PaySurveySpec) -> Result<PaySurvey, AnalysisError> {
    let group_column = table.column(&spec.group)?;
    let gender_column = table.column(&spec.gender)?;
    let pay_column = table.column(&spec.pay)?;
    let demand_column = spec
        .demand
        .as_deref()
        .map(|d| table.column(d))
        .transpose()?;
    let gender = genders(table, &spec.gender, &spec.labels)?;
    let pay = pay_values(table, &spec.pay)?;
    let demand = match &spec.demand {
        Some(d) => Some(table.numbers(d)?),
        None => None,
    };
    let mut required = vec![group_column, gender_column, pay_column];
    required.extend(demand_column);
    let (rows, missing_rows) = complete_rows(table, &required);

    // Group the rows; one demand level per group.
    let mut groups: BTreeMap<&str, Unit> = BTreeMap::new();
    let mut first_demand: BTreeMap<&str, f64> = BTreeMap::new();
    for &i in &rows {
        let (Some(label), Some(gender), Some(pay)) = (
            group_column.text().get(i),
            gender.get(i).copied().flatten(),
            pay.get(i).copied().flatten(),
        ) else {
            continue;
        };
        let level = demand.and_then(|d| d.get(i).copied().flatten());
        if let Some(level) = level {
            let first = *first_demand.entry(label).or_insert(level);
            if first != level {
                let mut values: Vec<String> = rows
                    .iter()
                    .filter(|&&k| group_column.text().get(k) == Some(label))
                    .filter_map(|&k| demand_column.and_then(|c| c.text().get(k)).cloned())
                    .collect();
                values.sort();
                values.dedup();
                return Err(AnalysisError::InconsistentDemand {
                    group: label.clone(),
                    values,
                    row: table.row_numbers().get(i).copied().unwrap_or_default(),
                });
            }
        }
        let unit = groups.entry(label).or_insert_with(|| Unit {
            label: label.clone(),
            members: vec![label.clone()],
            demand: level,
            pay: [Vec::new(), Vec::new()],
        });
        let slot = match gender {
            Gender::Woman => 0,
            Gender::Man => 1,
        };
        unit.pay[slot].push(pay);
    }
    let women: usize = groups.values().map(|u| u.pay[0].len()).sum();
    let men: usize = groups.values().map(|u| u.pay[1].len()).sum();
    if women + men == 0 {
        return Err(AnalysisError::TooFewObservations {
            needed: 1,
            found: 0,
            group: None,
        });
    }
    require_both(women, men)?;

    let mut units: Vec<Unit> = groups.into_values().collect();
    let mut merges = Vec::new();
    let threshold = usize::try_from(spec.rule.threshold()).unwrap_or(usize::MAX);
    if spec.demand.is_some() {
        merge_small(&mut units, threshold, &mut merges);
    }
    units.sort_by(|a, b| {
        a.demand
            .unwrap_or(f64::NEG_INFINITY)
            .total_cmp(&b.demand.unwrap_or(f64::NEG_INFINITY))
            .then_with(|| a.label().cmp(b.label()))
    });

    let labels: Vec<String> = units.iter().map(|u| u.label.clone()).collect();
    let values: Vec<[Vec<f64>; 2]> = units.iter().map(|u| u.pay.clone()).collect();
    let protected = protect_pay(&labels, &values, &spec.rule, &spec.dominance)?;

    let mut warnings = Vec::new();
    let mut out = Vec::with_capacity(units.len());
    for (i, unit) in units.iter().enumerate() {
        let (w, m) = (unit.pay[0].len(), unit.pay[1].len());
        warnings.extend(single_gender(&labels[i], w, m));
        let share = w as f64 / unit.headcount() as f64;
        let composition = if share >= DOMINATED_SHARE {
            Composition::WomenDominated
        } else if 1.0 - share >= DOMINATED_SHARE {
            Composition::MenDominated
        } else {
            Composition::Mixed
        };
        let [women, men] = protected.cells[i].clone();
        let percent = |a: Option<f64>, b: Option<f64>| match (a, b) {
            (Some(a), Some(b)) if b > 0.0 => Some(100.0 * a / b),
            _ => None,
        };
        out.push(SurveyGroup {
            group: labels[i].clone(),
            members: unit.members.clone(),
            demand: unit.demand,
            composition,
            women_share: women.count.map(|_| share),
            women_mean_percent_of_men: percent(women.mean, men.mean),
            women_median_percent_of_men: percent(women.median, men.median),
            women,
            men,
            total: protected.row_totals[i].clone(),
        });
    }
    let comparisons = compare(&out);
    let [women, men] = protected.gender_totals;
    Ok(PaySurvey {
        groups: out,
        merges,
        comparisons,
        women,
        men,
        total: protected.total,
        headcounts: protected.counts,
        threshold: spec.rule.threshold(),
        dominance: spec.dominance,
        warnings,
        excluded_rows: table.excluded_rows(),
        missing_rows,
    })
}

fn merge_small(units: &mut Vec<Unit>, threshold: usize, merges: &mut Vec<Merge>) {
    let mut merged_labels: Vec<String> = Vec::new();
    while units.len() > 1 {
        let Some(small) = (0..units.len())
            .filter(|&i| units[i].headcount() < threshold)
            .min_by(|&a, &b| {
                units[a]
                    .headcount()
                    .cmp(&units[b].headcount())
                    .then_with(|| units[a].label().cmp(units[b].label()))
            })
        else {
            break;
        };
        let level = units[small].demand.unwrap_or(0.0);
        let Some(target) = (0..units.len()).filter(|&i| i != small).min_by(|&a, &b| {
            let distance = |i: usize| (units[i].demand.unwrap_or(0.0) - level).abs();
            distance(a)
                .total_cmp(&distance(b))
                .then_with(|| units[a].headcount().cmp(&units[b].headcount()))
                .then_with(|| {
                    units[a]
                        .demand
                        .unwrap_or(0.0)
                        .total_cmp(&units[b].demand.unwrap_or(0.0))
                })
                .then_with(|| units[a].label().cmp(units[b].label()))
        }) else {
            break;
        };
        let (first, second) = if small < target {
            (small, target)
        } else {
            (target, small)
        };
        let later = units.remove(second);
        let earlier = &mut units[first];
        let demand = if later.headcount() > earlier.headcount() {
            later.demand
        } else if later.headcount() < earlier.headcount() {
            earlier.demand
        } else {
            // Equal size: the target's level.
            if second == target {
                later.demand
            } else {
                earlier.demand
            }
        };
        merged_labels.retain(|l| l != earlier.label() && l != later.label());
        earlier.members.extend(later.members);
        earlier.members.sort();
        earlier.label = earlier.members.join(" + ");
        earlier.demand = demand;
        for g in 0..2 {
            earlier.pay[g].extend(later.pay[g].iter().copied());
        }
        merged_labels.push(earlier.label.clone());
    }
    for unit in units.iter() {
        if merged_labels.iter().any(|l| l == unit.label()) {
            merges.push(Merge {
                groups: unit.members.clone(),
                into: unit.label.clone(),
                demand: unit.demand,
                headcount: unit.headcount() as u64,
            });
        }
    }
}

fn compare(groups: &[SurveyGroup]) -> Vec<Comparison> {
    let mut comparisons = Vec::new();
    for w in groups
        .iter()
        .filter(|g| g.composition == Composition::WomenDominated)
    {
        let Some(w_demand) = w.demand else { continue };
        for other in groups
            .iter()
            .filter(|g| g.composition != Composition::WomenDominated)
        {
            let Some(o_demand) = other.demand else {
                continue;
            };
            let kind = if o_demand == w_demand {
                ComparisonKind::EqualValue
            } else if o_demand < w_demand
                && matches!((other.total.mean, w.total.mean), (Some(o), Some(m)) if o > m)
            {
                ComparisonKind::LowerDemandHigherPay
            } else {
                continue;
            };
            comparisons.push(Comparison {
                kind,
                women_dominated: w.group.clone(),
                women_dominated_demand: w_demand,
                women_dominated_mean: w.total.mean,
                compared: other.group.clone(),
                compared_composition: other.composition,
                compared_demand: o_demand,
                compared_mean: other.total.mean,
                mean_percent: match (w.total.mean, other.total.mean) {
                    (Some(a), Some(b)) if b > 0.0 => Some(100.0 * a / b),
                    _ => None,
                },
            });
        }
    }
    comparisons
}
