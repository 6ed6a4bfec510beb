//! The Oaxaca–Blinder decomposition of the mean gap between two groups.

use nalgebra::DMatrix;
use serde::Serialize;

use crate::columns::{Frame, ScanColumns};
use crate::error::AnalysisError;
use crate::ols::{coefficients, design, ModelSpec};
use crate::table::Table;

/// The coefficients the two-fold decomposition takes as non-discriminatory.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Reference {
    /// A pooled regression over both groups with a group indicator, the
    /// indicator's coefficient left out (Jann 2008; Fortin 2008).
    Pooled,
    /// A pooled regression over both groups without a group indicator
    /// (Neumark 1988).
    Neumark,
    /// The mean of the two groups' coefficients (Reimers 1983).
    Reimers,
    /// The groups' coefficients weighted by the groups' sizes (Cotton 1988).
    Cotton,
    /// w · β(first) + (1 − w) · β(second), w in [0, 1].
    Weight(f64),
}

/// What the decomposition needs: outcome, group and controls, by column.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct OaxacaSpec {
    /// The numeric outcome (for example monthly pay).
    pub outcome: String,
    /// The column that splits the data into exactly two groups.
    pub group: String,
    /// The label of the first group: the gap is its mean minus the other's.
    pub first: String,
    /// The controls, entered as in [`ModelSpec`]. Text controls are coded
    /// against their first level, and the split of the unexplained part
    /// between them depends on that choice.
    pub controls: Vec<String>,
}

/// One group's model.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct OaxacaGroup {
    /// The group's label.
    pub label: String,
    /// Observations in the group.
    pub n: usize,
    /// The group's mean outcome.
    pub mean: f64,
    /// The group's mean of each regressor (the intercept's is 1).
    pub means: Vec<f64>,
    /// The group's own least-squares coefficients.
    pub coefficients: Vec<f64>,
}

/// One regressor's part of the three-fold decomposition.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ThreeFoldTerm {
    /// The regressor.
    pub name: String,
    /// (x̄₁ − x̄₂) · β₂
    pub endowments: f64,
    /// x̄₂ · (β₁ − β₂)
    pub coefficients: f64,
    /// (x̄₁ − x̄₂) · (β₁ − β₂)
    pub interaction: f64,
}

/// The three-fold decomposition, from the second group's point of view:
/// gap = endowments + coefficients + interaction.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ThreeFold {
    /// The part due to differences in the regressors' means.
    pub endowments: f64,
    /// The part due to differences in the coefficients (intercept included).
    pub coefficients: f64,
    /// The part due to both at once.
    pub interaction: f64,
    /// Per regressor.
    pub terms: Vec<ThreeFoldTerm>,
}

/// One regressor's part of a two-fold decomposition.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct TwoFoldTerm {
    /// The regressor.
    pub name: String,
    /// (x̄₁ − x̄₂) · β*
    pub explained: f64,
    /// x̄₁ · (β₁ − β*) + x̄₂ · (β* − β₂)
    pub unexplained: f64,
}

/// A two-fold decomposition: gap = explained + unexplained.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct TwoFold {
    /// Which reference coefficients β* were used.
    pub reference: Reference,
    /// β*.
    pub reference_coefficients: Vec<f64>,
    /// The part explained by differences in the regressors' means.
    pub explained: f64,
    /// The part left unexplained (differences in coefficients).
    pub unexplained: f64,
    /// Per regressor.
    pub terms: Vec<TwoFoldTerm>,
}

/// The decomposition of the mean gap between two groups.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Oaxaca {
    /// The regressors, the intercept first.
    pub names: Vec<String>,
    /// The first group (the gap's minuend).
    pub first: OaxacaGroup,
    /// The second group.
    pub second: OaxacaGroup,
    /// mean(first) − mean(second).
    pub gap: f64,
    /// The three-fold decomposition.
    pub three_fold: ThreeFold,
    /// The two-fold decompositions with the pooled, Neumark, Reimers and
    /// Cotton references, in that order.
    pub two_fold: Vec<TwoFold>,
    /// The pooled regression's coefficient on the first group's indicator.
    pub pooled_group_coefficient: f64,
    pooled: Vec<f64>,
    neumark: Vec<f64>,
    /// Rows left out of the table as bad.
    pub excluded_rows: usize,
    /// Rows left out for a missing value in the outcome, the group or a control.
    pub missing_rows: usize,
}

impl Oaxaca {
    /// The two-fold decomposition with the given reference.
    pub fn two_fold_with(&self, reference: Reference) -> Result<TwoFold, AnalysisError> {
        let (a, b) = (&self.first, &self.second);
        let weighted = |w: f64| -> Vec<f64> {
            a.coefficients
                .iter()
                .zip(&b.coefficients)
                .map(|(x, y)| w * x + (1.0 - w) * y)
                .collect()
        };
        let beta_star = match reference {
            Reference::Pooled => self.pooled.clone(),
            Reference::Neumark => self.neumark.clone(),
            Reference::Reimers => weighted(0.5),
            Reference::Cotton => weighted(a.n as f64 / (a.n + b.n) as f64),
            Reference::Weight(w) if (0.0..=1.0).contains(&w) => weighted(w),
            Reference::Weight(w) => {
                return Err(AnalysisError::invalid(
                    "weight",
                    format!("{w} is not between 0 and 1"),
                ))
            }
        };
        let terms: Vec<TwoFoldTerm> = self
            .names
            .iter()
            .enumerate()
            .map(|(j, name)| {
                let (xa, xb) = (a.means[j], b.means[j]);
                let (ba, bb, bs) = (a.coefficients[j], b.coefficients[j], beta_star[j]);
                TwoFoldTerm {
                    name: name.clone(),
                    explained: (xa - xb) * bs,
                    unexplained: xa * (ba - bs) + xb * (bs - bb),
                }
            })
            .collect();
        Ok(TwoFold {
            reference,
            explained: terms.iter().map(|t| t.explained).sum(),
            unexplained: terms.iter().map(|t| t.unexplained).sum(),
            reference_coefficients: beta_star,
            terms,
        })
    }
}

fn group_model(
    label: &str,
    y: &[f64],
    x: DMatrix<f64>,
    names: &[String],
) -> Result<OaxacaGroup, AnalysisError> {
    let n = y.len();
    if n == 0 {
        return Err(AnalysisError::EmptyGroup {
            group: label.to_owned(),
        });
    }
    let means = x.column_iter().map(|c| c.sum() / n as f64).collect();
    let coefficients = coefficients(y, x, names, Some(label))?;
    Ok(OaxacaGroup {
        label: label.to_owned(),
        n,
        mean: y.iter().sum::<f64>() / n as f64,
        means,
        coefficients,
    })
}

/// Decomposes the gap in the mean of `spec.outcome` between `spec.first`
/// and the other group of `spec.group`, with an intercept and
/// `spec.controls` in each group's regression (see `docs/analysis.md`).
pub fn oaxaca(table: &Table, spec: &OaxacaSpec) -> Result<Oaxaca, AnalysisError> {
    oaxaca_frame(Frame::from_table(table, &ScanColumns::gap(spec)), spec)
}

/// [`oaxaca`] on a frame; the frame is freed once the design is built.
pub(crate) fn oaxaca_frame(frame: Frame, spec: &OaxacaSpec) -> Result<Oaxaca, AnalysisError> {
    let group_column = frame.column(&spec.group)?;
    let model = ModelSpec {
        outcome: spec.outcome.clone(),
        controls: spec.controls.clone(),
    };
    let mut design = design(&frame, &model, &[group_column])?;
    let (labels, codes) = group_column.factorize(&design.rows)?;
    let labels: Vec<String> = labels.into_iter().map(str::to_owned).collect();
    let excluded_rows = frame.excluded_rows;
    drop(frame);
    let Some(first_code) = labels.iter().position(|l| *l == spec.first) else {
        return Err(AnalysisError::EmptyGroup {
            group: spec.first.clone(),
        });
    };
    if labels.len() != 2 {
        return Err(AnalysisError::NotTwoGroups {
            column: spec.group.clone(),
            found: labels.len(),
        });
    }
    let second_label = labels
        .get(1 - first_code)
        .map(String::as_str)
        .unwrap_or_default();
    // Positions (in the design) of each group's rows.
    let in_first: Vec<bool> = codes.iter().map(|&c| c == first_code).collect();
    let positions = |first: bool| -> Vec<usize> {
        (0..design.rows.len())
            .filter(|&p| in_first[p] == first)
            .collect()
    };
    let (rows_a, rows_b) = (positions(true), positions(false));
    let y_of = |rows: &[usize]| -> Vec<f64> { rows.iter().map(|&p| design.y[p]).collect() };
    let first = group_model(
        &spec.first,
        &y_of(&rows_a),
        design.matrix(&rows_a),
        &design.names,
    )?;
    let second = group_model(
        second_label,
        &y_of(&rows_b),
        design.matrix(&rows_b),
        &design.names,
    )?;

    let all: Vec<usize> = (0..design.rows.len()).collect();
    let neumark = coefficients(&design.y, design.matrix(&all), &design.names, None)?;
    let k = design.names.len();
    let mut pooled_names = design.names.clone();
    pooled_names.push(format!("{}[T.{}]", spec.group, spec.first));
    let pooled_x = DMatrix::from_fn(all.len(), k + 1, |i, j| match design.columns.get(j) {
        Some(column) => column[i],
        None => f64::from(u8::from(in_first[i])),
    });
    // The design's regressors are all in the pooled matrix now.
    design.columns = Vec::new();
    let mut pooled = coefficients(&design.y, pooled_x, &pooled_names, None)?;
    let pooled_group_coefficient = pooled.pop().unwrap_or(0.0);

    let terms: Vec<ThreeFoldTerm> = design
        .names
        .iter()
        .enumerate()
        .map(|(j, name)| {
            let dx = first.means[j] - second.means[j];
            let db = first.coefficients[j] - second.coefficients[j];
            ThreeFoldTerm {
                name: name.clone(),
                endowments: dx * second.coefficients[j],
                coefficients: second.means[j] * db,
                interaction: dx * db,
            }
        })
        .collect();
    let three_fold = ThreeFold {
        endowments: terms.iter().map(|t| t.endowments).sum(),
        coefficients: terms.iter().map(|t| t.coefficients).sum(),
        interaction: terms.iter().map(|t| t.interaction).sum(),
        terms,
    };
    let mut result = Oaxaca {
        names: design.names.clone(),
        gap: first.mean - second.mean,
        first,
        second,
        three_fold,
        two_fold: Vec::new(),
        pooled_group_coefficient,
        pooled,
        neumark,
        excluded_rows,
        missing_rows: design.missing_rows,
    };
    for reference in [
        Reference::Pooled,
        Reference::Neumark,
        Reference::Reimers,
        Reference::Cotton,
    ] {
        let decomposition = result.two_fold_with(reference)?;
        result.two_fold.push(decomposition);
    }
    Ok(result)
}
