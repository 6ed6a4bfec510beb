//! The indicators of the EU pay transparency directive (Directive (EU)
//! 2023/970, Article 9): the mean and median gender pay gap, overall and per
//! category of workers, for basic pay and for variable (complementary) pay;
//! the share of each gender receiving variable pay; each gender's share of
//! each pay quartile; and the categories whose gap reaches 5 %, the trigger
//! of the joint pay assessment (Article 10).

use std::collections::BTreeMap;

use serde::Serialize;

use crate::disclosure::{DominanceRule, SuppressionRule};
use crate::error::AnalysisError;
use crate::oaxaca::{oaxaca, OaxacaSpec, Reference};
use crate::pay::{
    gap, genders, pay_values, protect_pay, require_both, single_gender, Gender, GenderLabels,
    PaySummary, ProtectedPay,
};
use crate::table::{complete_rows, ReadOptions, Table};

/// The gap from which a category is flagged (Article 10: 5 %).
pub const ASSESSMENT_GAP: f64 = 0.05;

/// What the pay transparency indicators read.
#[derive(Clone, Debug)]
pub struct PayTransparencySpec {
    /// The gender column.
    pub gender: String,
    /// The basic pay column (ordinary basic wage or salary).
    pub basic: String,
    /// The variable (complementary) pay column; an empty cell is no
    /// variable pay.
    pub variable: Option<String>,
    /// The category of workers column, if any.
    pub category: Option<String>,
    /// Controls for the unexplained gap per category (Oaxaca–Blinder);
    /// none for the raw gap only.
    pub controls: Vec<String>,
    /// Which gender values mean women and men.
    pub labels: GenderLabels,
    /// Headcounts below this are hidden, with their pay.
    pub rule: SuppressionRule,
    /// When a sum of pay is dominated by a few.
    pub dominance: DominanceRule,
}

impl PayTransparencySpec {
    /// The indicators of `basic` pay by `gender`, with the default labels,
    /// threshold and dominance rule.
    pub fn new(gender: &str, basic: &str) -> Self {
        Self {
            gender: gender.to_owned(),
            basic: basic.to_owned(),
            variable: None,
            category: None,
            controls: Vec::new(),
            labels: GenderLabels::default(),
            rule: SuppressionRule::default(),
            dominance: DominanceRule::default(),
        }
    }
}

/// Women's and men's pay and the gap between them.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Gap {
    /// Women's pay.
    pub women: PaySummary,
    /// Men's pay.
    pub men: PaySummary,
    /// (men's mean − women's mean) / men's mean.
    pub mean_gap: Option<f64>,
    /// (men's median − women's median) / men's median.
    pub median_gap: Option<f64>,
}

impl Gap {
    fn of(women: PaySummary, men: PaySummary) -> Self {
        Self {
            mean_gap: gap(women.mean, men.mean),
            median_gap: gap(women.median, men.median),
            women,
            men,
        }
    }
}

/// Variable pay: the gap among those who receive it, and who receives it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct VariablePay {
    /// The gap in variable pay among the women and men who receive some.
    pub recipients: Gap,
    /// The share of women who receive variable pay.
    pub women_receiving: Option<f64>,
    /// The share of men who receive variable pay.
    pub men_receiving: Option<f64>,
}

/// The part of a category's gap in total pay that its controls leave
/// unexplained (two-fold Oaxaca–Blinder, pooled reference).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Unexplained {
    /// The unexplained part as a share of men's mean total pay.
    pub gap: Option<f64>,
    /// The explained part, likewise.
    pub explained: Option<f64>,
    /// Why the decomposition could not be made in this category.
    pub error: Option<AnalysisError>,
}

/// The indicators of one category of workers (or of everybody).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct CategoryPay {
    /// The category (`None` for everybody).
    pub category: Option<String>,
    /// Basic pay.
    pub basic: Gap,
    /// Variable pay, when a variable pay column is given.
    pub variable: Option<VariablePay>,
    /// Total pay (basic plus variable).
    pub total: Gap,
    /// The unexplained gap, when controls are given.
    pub unexplained: Option<Unexplained>,
    /// Whether the mean gap in basic or total pay is 5 % or more in either
    /// direction (`None` when the gaps are suppressed).
    pub raw_gap_flag: Option<bool>,
    /// Whether, with controls, the unexplained gap is 5 % or more in
    /// either direction.
    pub unexplained_gap_flag: Option<bool>,
    /// Whether the category calls for a joint pay assessment: the raw gap
    /// flag and, with controls, the unexplained one.
    pub flagged: Option<bool>,
}

/// One quartile pay band.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct QuartileBand {
    /// 1 (lowest paid quarter) to 4.
    pub band: u8,
    /// How many people the band holds.
    pub people: u64,
    /// The lowest total pay in it.
    pub lower: f64,
    /// The highest total pay in it.
    pub upper: f64,
    /// Women in the band (a fraction where a tie straddles a boundary).
    pub women: f64,
    /// Men in the band, likewise.
    pub men: f64,
    /// Women's share of the band.
    pub women_share: f64,
    /// Men's share of the band.
    pub men_share: f64,
}

/// The pay transparency indicators.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PayTransparency {
    /// Everybody.
    pub overall: CategoryPay,
    /// Each category of workers, in sorted order.
    pub categories: Vec<CategoryPay>,
    /// The quartile pay bands of total pay, lowest first (empty when the
    /// bands would hold fewer people than the threshold).
    pub quartiles: Vec<QuartileBand>,
    /// The threshold applied.
    pub threshold: u64,
    /// Conditions that do not stop the analysis (`analysis.single_gender_group`).
    pub warnings: Vec<AnalysisError>,
    /// Rows left out of the table as bad.
    pub excluded_rows: usize,
    /// Rows left out for a missing gender, basic pay or category.
    pub missing_rows: usize,
}

struct Person {
    row: usize,
    gender: Gender,
    basic: f64,
    variable: f64,
}

impl Person {
    fn total(&self) -> f64 {
        self.basic + self.variable
    }
}

fn slot(gender: Gender) -> usize {
    match gender {
        Gender::Woman => 0,
        Gender::Man => 1,
    }
}

/// Computes the pay transparency indicators described by `spec`.
pub fn pay_transparency(
    table: &Table,
    spec: &PayTransparencySpec,
) -> Result<PayTransparency, AnalysisError> {
    let gender_column = table.column(&spec.gender)?;
    let basic_column = table.column(&spec.basic)?;
    let category_column = spec
        .category
        .as_deref()
        .map(|c| table.column(c))
        .transpose()?;
    let gender = genders(table, &spec.gender, &spec.labels)?;
    let basic = pay_values(table, &spec.basic)?;
    let variable = match &spec.variable {
        Some(v) => Some(pay_values(table, v)?),
        None => None,
    };
    for control in &spec.controls {
        table.column(control)?;
    }
    let mut required = vec![gender_column, basic_column];
    required.extend(category_column);
    let (rows, missing_rows) = complete_rows(table, &required);

    let mut by_category: BTreeMap<&str, Vec<Person>> = BTreeMap::new();
    let mut everybody = Vec::with_capacity(rows.len());
    for &i in &rows {
        let (Some(gender), Some(basic)) = (
            gender.get(i).copied().flatten(),
            basic.get(i).copied().flatten(),
        ) else {
            continue;
        };
        let variable = variable
            .and_then(|v| v.get(i).copied().flatten())
            .unwrap_or(0.0);
        let category = category_column
            .and_then(|c| c.text().get(i))
            .map_or("", String::as_str);
        by_category.entry(category).or_default().push(Person {
            row: i,
            gender,
            basic,
            variable,
        });
        everybody.push(Person {
            row: i,
            gender,
            basic,
            variable,
        });
    }
    let women = everybody
        .iter()
        .filter(|p| p.gender == Gender::Woman)
        .count();
    require_both(women, everybody.len() - women)?;

    let labels: Vec<String> = by_category.keys().map(|k| (*k).to_owned()).collect();
    let groups: Vec<&Vec<Person>> = by_category.values().collect();
    let split = |pick: &dyn Fn(&Person) -> Option<f64>| -> Vec<[Vec<f64>; 2]> {
        groups
            .iter()
            .map(|people| {
                let mut cells = [Vec::new(), Vec::new()];
                for p in people.iter() {
                    if let Some(value) = pick(p) {
                        cells[slot(p.gender)].push(value);
                    }
                }
                cells
            })
            .collect()
    };
    let basic_pay = protect_pay(
        &labels,
        &split(&|p| Some(p.basic)),
        &spec.rule,
        &spec.dominance,
    )?;
    let total_pay = protect_pay(
        &labels,
        &split(&|p| Some(p.total())),
        &spec.rule,
        &spec.dominance,
    )?;
    let variable_pay = match spec.variable {
        Some(_) => Some(protect_pay(
            &labels,
            &split(&|p| (p.variable > 0.0).then_some(p.variable)),
            &spec.rule,
            &spec.dominance,
        )?),
        None => None,
    };

    let receiving = |recipients: &PaySummary, all: &PaySummary| match (recipients.count, all.count)
    {
        (Some(r), Some(a)) if a > 0 => Some(r as f64 / a as f64),
        // No recipient at all is not hidden by the threshold: it is zero.
        (None, Some(a)) if a > 0 && recipients.count_status == crate::CellStatus::Shown => {
            Some(0.0)
        }
        _ => None,
    };
    let assemble = |category: Option<String>,
                    basic: [&PaySummary; 2],
                    total: [&PaySummary; 2],
                    variable: Option<[&PaySummary; 2]>,
                    people: &[Person]| {
        let basic = Gap::of(basic[0].clone(), basic[1].clone());
        let variable = variable.map(|v| VariablePay {
            women_receiving: receiving(v[0], &basic.women),
            men_receiving: receiving(v[1], &basic.men),
            recipients: Gap::of(v[0].clone(), v[1].clone()),
        });
        let total = Gap::of(total[0].clone(), total[1].clone());
        let unexplained =
            (!spec.controls.is_empty()).then(|| unexplained(table, people, &spec.controls, &total));
        let at_least = |gap: Option<f64>| gap.map(|g| g.abs() >= ASSESSMENT_GAP);
        let raw_gap_flag = match (at_least(basic.mean_gap), at_least(total.mean_gap)) {
            (Some(a), Some(b)) => Some(a || b),
            (Some(a), None) | (None, Some(a)) => Some(a),
            (None, None) => None,
        };
        let unexplained_gap_flag = unexplained.as_ref().and_then(|u| at_least(u.gap));
        let flagged = match (raw_gap_flag, unexplained.is_some(), unexplained_gap_flag) {
            (Some(raw), false, _) => Some(raw),
            (Some(raw), true, Some(unexplained)) => Some(raw && unexplained),
            _ => None,
        };
        CategoryPay {
            category,
            basic,
            variable,
            total,
            unexplained,
            raw_gap_flag,
            unexplained_gap_flag,
            flagged,
        }
    };

    let mut warnings = Vec::new();
    let mut categories = Vec::new();
    if spec.category.is_some() {
        for (i, label) in labels.iter().enumerate() {
            let people = groups[i];
            let w = people.iter().filter(|p| p.gender == Gender::Woman).count();
            warnings.extend(single_gender(label, w, people.len() - w));
            categories.push(assemble(
                Some(label.clone()),
                cell_pair(&basic_pay, i),
                cell_pair(&total_pay, i),
                variable_pay.as_ref().map(|v| cell_pair(v, i)),
                people,
            ));
        }
    }
    let overall = assemble(
        None,
        total_pair(&basic_pay),
        total_pair(&total_pay),
        variable_pay.as_ref().map(total_pair),
        &everybody,
    );
    let threshold = spec.rule.threshold();
    Ok(PayTransparency {
        overall,
        categories,
        quartiles: quartiles(&everybody, threshold),
        threshold,
        warnings,
        excluded_rows: table.excluded_rows(),
        missing_rows,
    })
}

fn cell_pair(pay: &ProtectedPay, row: usize) -> [&PaySummary; 2] {
    [&pay.cells[row][0], &pay.cells[row][1]]
}

fn total_pair(pay: &ProtectedPay) -> [&PaySummary; 2] {
    [&pay.gender_totals[0], &pay.gender_totals[1]]
}

/// The unexplained part of the gap in total pay among `people`, controlling
/// for `controls`, relative to men's mean total pay. Only where both women's
/// and men's total pay are shown: the regression reads every person's pay,
/// so its result would tell what a hidden cell hides.
fn unexplained(table: &Table, people: &[Person], controls: &[String], total: &Gap) -> Unexplained {
    let failed = |error: AnalysisError| Unexplained {
        gap: None,
        explained: None,
        error: Some(error),
    };
    if total.women.pay_status != crate::CellStatus::Shown {
        return failed(AnalysisError::invalid(
            "women's mean pay",
            "hidden or zero in this category",
        ));
    }
    let Some(men_mean) = total
        .men
        .mean
        .filter(|m| *m > 0.0 && total.men.pay_status == crate::CellStatus::Shown)
    else {
        return failed(AnalysisError::invalid(
            "men's mean pay",
            "hidden or zero in this category",
        ));
    };
    // A table of this category alone: total pay, gender, the controls.
    let columns: Vec<&[String]> = match controls
        .iter()
        .map(|c| table.column(c).map(crate::table::Column::text))
        .collect::<Result<Vec<_>, _>>()
    {
        Ok(columns) => columns,
        Err(error) => return failed(error),
    };
    let mut header = vec!["total pay".to_owned(), "gender".to_owned()];
    header.extend(controls.iter().cloned());
    let rows = people
        .iter()
        .map(|p| {
            let mut row = vec![
                format!("{:?}", p.total()),
                match p.gender {
                    Gender::Woman => "woman".to_owned(),
                    Gender::Man => "man".to_owned(),
                },
            ];
            row.extend(
                columns
                    .iter()
                    .map(|c| c.get(p.row).cloned().unwrap_or_default()),
            );
            row
        })
        .collect();
    let options = ReadOptions {
        decimal_comma: Some(false),
        ..ReadOptions::default()
    };
    let spec = OaxacaSpec {
        outcome: "total pay".to_owned(),
        group: "gender".to_owned(),
        first: "man".to_owned(),
        controls: controls.to_vec(),
    };
    let decomposition = Table::from_rows(header, rows, &options)
        .and_then(|sub| oaxaca(&sub, &spec))
        .and_then(|d| d.two_fold_with(Reference::Pooled));
    match decomposition {
        Ok(two_fold) => Unexplained {
            gap: Some(two_fold.unexplained / men_mean),
            explained: Some(two_fold.explained / men_mean),
            error: None,
        },
        Err(error) => failed(error),
    }
}

/// The quartile pay bands of total pay. People are ordered by total pay and
/// cut into four bands of as equal a size as can be (position p of n, from
/// 0, is in band ⌊4p / n⌋ + 1). Where people with the same pay straddle a
/// boundary, each band's places among them are shared out between women and
/// men in proportion to the tie, so the result does not depend on the order
/// of the rows.
fn quartiles(people: &[Person], threshold: u64) -> Vec<QuartileBand> {
    let n = people.len();
    if (n as u64) < 4 * threshold {
        return Vec::new();
    }
    let mut ordered: Vec<(f64, Gender)> = people.iter().map(|p| (p.total(), p.gender)).collect();
    ordered.sort_by(|a, b| a.0.total_cmp(&b.0));
    let band_of = |position: usize| (4 * position) / n;
    let mut women = [0.0f64; 4];
    let mut men = [0.0f64; 4];
    let mut start = 0;
    while start < n {
        let pay = ordered[start].0;
        let end = start
            + ordered[start..]
                .iter()
                .take_while(|(p, _)| *p == pay)
                .count();
        let tie = (end - start) as f64;
        let tie_women = ordered[start..end]
            .iter()
            .filter(|(_, g)| *g == Gender::Woman)
            .count() as f64;
        for position in start..end {
            let band = band_of(position).min(3);
            women[band] += tie_women / tie;
            men[band] += (tie - tie_women) / tie;
        }
        start = end;
    }
    (0..4)
        .map(|band| {
            let positions: Vec<usize> = (0..n).filter(|&p| band_of(p).min(3) == band).collect();
            let lower = positions.first().map_or(0.0, |&p| ordered[p].0);
            let upper = positions.last().map_or(0.0, |&p| ordered[p].0);
            let people = positions.len() as f64;
            QuartileBand {
                band: band as u8 + 1,
                people: positions.len() as u64,
                lower,
                upper,
                women: women[band],
                men: men[band],
                women_share: women[band] / people,
                men_share: men[band] / people,
            }
        })
        .collect()
}
