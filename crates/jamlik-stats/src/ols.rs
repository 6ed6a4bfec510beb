//! Ordinary least squares, with classic and heteroskedasticity-robust (HC1)
//! standard errors.

use nalgebra::{DMatrix, DVector};
use serde::Serialize;
use statrs::distribution::{ContinuousCDF, StudentsT};

use crate::columns::{Frame, FrameColumn, ScanColumns};
use crate::error::AnalysisError;
use crate::table::Table;

/// A column counts as collinear with the columns before it when the part of
/// it that they do not explain is smaller than this, relative to its length.
const RANK_TOLERANCE: f64 = 1e-9;

/// A fit whose residual sum of squares is below this share of the total sum
/// of squares is exact up to rounding.
const EXACT_FIT: f64 = 1e-20;

/// The name given to the intercept.
pub(crate) const INTERCEPT: &str = "Intercept";

/// A least-squares fit: coefficients and the pieces inference needs.
#[derive(Debug)]
pub(crate) struct LinearFit {
    pub beta: Vec<f64>,
    pub x: DMatrix<f64>,
    pub xtx_inverse: DMatrix<f64>,
    pub residuals: DVector<f64>,
    pub ssr: f64,
}

/// Fits y = Xβ + e by a Householder QR decomposition of X, after checking
/// that X has full column rank: column j is rejected when the norm of its
/// part orthogonal to columns 0..j (|R_jj|) is below [`RANK_TOLERANCE`]
/// times its own norm.
pub(crate) fn fit(
    y: &[f64],
    x: DMatrix<f64>,
    names: &[String],
    group: Option<&str>,
) -> Result<LinearFit, AnalysisError> {
    let k = x.ncols();
    let (beta, r) = least_squares(y, x.clone(), names, group)?;
    let r_inverse = r
        .solve_upper_triangular(&DMatrix::identity(k, k))
        .ok_or_else(|| singular(names, 0, group))?;
    let xtx_inverse = &r_inverse * r_inverse.transpose();
    let residuals = DVector::from_column_slice(y) - &x * &beta;
    let ssr = residuals.norm_squared();
    Ok(LinearFit {
        beta: beta.iter().copied().collect(),
        x,
        xtx_inverse,
        residuals,
        ssr,
    })
}

/// The coefficients of [`fit`] alone, the same doubles, without keeping a
/// copy of X (the decomposition of X takes its place).
pub(crate) fn coefficients(
    y: &[f64],
    x: DMatrix<f64>,
    names: &[String],
    group: Option<&str>,
) -> Result<Vec<f64>, AnalysisError> {
    let (beta, _) = least_squares(y, x, names, group)?;
    Ok(beta.iter().copied().collect())
}

fn singular(names: &[String], j: usize, group: Option<&str>) -> AnalysisError {
    AnalysisError::SingularDesign {
        column: names.get(j).cloned().unwrap_or_default(),
        group: group.map(str::to_owned),
    }
}

/// β and R of the QR decomposition of X, after the checks of [`fit`].
fn least_squares(
    y: &[f64],
    x: DMatrix<f64>,
    names: &[String],
    group: Option<&str>,
) -> Result<(DVector<f64>, DMatrix<f64>), AnalysisError> {
    let (n, k) = x.shape();
    if n <= k {
        return Err(AnalysisError::TooFewObservations {
            needed: k + 1,
            found: n,
            group: group.map(str::to_owned),
        });
    }
    let norms: Vec<f64> = x.column_iter().map(|c| c.norm()).collect();
    let qr = x.qr();
    let r = qr.r();
    for (j, &norm) in norms.iter().enumerate() {
        if norm == 0.0 || r[(j, j)].abs() < RANK_TOLERANCE * norm {
            return Err(singular(names, j, group));
        }
    }
    let mut qty = DVector::from_column_slice(y);
    qr.q_tr_mul(&mut qty);
    let qty = qty.rows(0, k).into_owned();
    let beta = r
        .solve_upper_triangular(&qty)
        .ok_or_else(|| singular(names, 0, group))?;
    Ok((beta, r))
}

/// Standard error, t statistic and two-sided p-value of a coefficient.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Inference {
    /// The standard error.
    pub std_error: f64,
    /// estimate / standard error.
    pub t: f64,
    /// Two-sided p-value from Student's t with the residual degrees of freedom.
    pub p_value: f64,
}

/// One coefficient of a fit.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Coefficient {
    /// The regressor's name (`Intercept`, a column, or `column[T.level]` for
    /// a level of a text column).
    pub name: String,
    /// The estimate.
    pub estimate: f64,
    /// Inference under homoskedastic errors: σ²(X'X)⁻¹.
    pub classic: Inference,
    /// Inference with White's heteroskedasticity-robust covariance scaled
    /// by n / (n − k) (HC1, as Stata's `robust`).
    pub hc1: Inference,
}

/// An ordinary least-squares fit.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct OlsFit {
    /// The coefficients, in design order (the intercept first in [`regress`]).
    pub coefficients: Vec<Coefficient>,
    /// Observations used.
    pub n: usize,
    /// Residual degrees of freedom, n − k.
    pub df_resid: usize,
    /// R²: 1 − SSR / SST, SST centred when the design has a constant column.
    pub r_squared: f64,
    /// Adjusted R².
    pub adj_r_squared: f64,
    /// The residual standard error, √(SSR / (n − k)).
    pub sigma: f64,
    /// Rows left out of the table as bad.
    pub excluded_rows: usize,
    /// Rows left out for a missing value in the outcome or a control.
    pub missing_rows: usize,
}

fn inference(estimate: f64, variance: f64, t_distribution: &StudentsT) -> Inference {
    let std_error = variance.max(0.0).sqrt();
    let t = estimate / std_error;
    Inference {
        std_error,
        t,
        p_value: 2.0 * t_distribution.sf(t.abs()),
    }
}

/// Fits `y` on the given regressors (`(name, values)`, each as long as `y`)
/// by least squares. No intercept is added: include a column of ones for
/// one (as [`regress`] does).
pub fn ols(y: &[f64], regressors: &[(String, Vec<f64>)]) -> Result<OlsFit, AnalysisError> {
    let columns: Vec<(&str, &[f64])> = regressors
        .iter()
        .map(|(name, values)| (name.as_str(), values.as_slice()))
        .collect();
    let has_constant = check_regressors(y, &columns)?;
    let (n, k) = (y.len(), regressors.len());
    let x = DMatrix::from_fn(n, k, |i, j| regressors[j].1[i]);
    let names = regressors.iter().map(|(name, _)| name.clone()).collect();
    ols_matrix(y, names, x, has_constant)
}

/// [`ols`] of regressors given by value: each is moved into the matrix
/// and freed in turn, so they are not held twice.
pub(crate) fn ols_columns(
    y: &[f64],
    names: Vec<String>,
    columns: Vec<Vec<f64>>,
) -> Result<OlsFit, AnalysisError> {
    let borrowed: Vec<(&str, &[f64])> = names
        .iter()
        .zip(&columns)
        .map(|(name, values)| (name.as_str(), values.as_slice()))
        .collect();
    let has_constant = check_regressors(y, &borrowed)?;
    let mut x = DMatrix::<f64>::zeros(y.len(), columns.len());
    for (j, values) in columns.into_iter().enumerate() {
        x.column_mut(j).copy_from_slice(&values);
    }
    ols_matrix(y, names, x, has_constant)
}

/// Checks that every regressor has a value per observation, that every
/// value is finite and that there is a regressor; returns whether one of
/// them is a nonzero constant.
fn check_regressors(y: &[f64], regressors: &[(&str, &[f64])]) -> Result<bool, AnalysisError> {
    let n = y.len();
    if let Some((name, _)) = regressors.iter().find(|(_, v)| v.len() != n) {
        return Err(AnalysisError::invalid(
            "regressors",
            format!("{name} does not have one value per observation"),
        ));
    }
    if y.iter()
        .chain(regressors.iter().flat_map(|(_, v)| v.iter()))
        .any(|v| !v.is_finite())
    {
        return Err(AnalysisError::invalid(
            "values",
            "not every value is a finite number",
        ));
    }
    if regressors.is_empty() {
        return Err(AnalysisError::invalid(
            "regressors",
            "there is no regressor",
        ));
    }
    Ok(regressors.iter().any(|(_, v)| {
        v.first()
            .is_some_and(|&first| first != 0.0 && v.iter().all(|&x| x == first))
    }))
}

/// The fit of `y` on the columns of `x`, checked.
fn ols_matrix(
    y: &[f64],
    names: Vec<String>,
    x: DMatrix<f64>,
    has_constant: bool,
) -> Result<OlsFit, AnalysisError> {
    let (n, k) = x.shape();
    let fitted = fit(y, x, &names, None)?;
    let df_resid = n - k;
    let mean = y.iter().sum::<f64>() / n as f64;
    let sst = if has_constant {
        y.iter().map(|v| (v - mean) * (v - mean)).sum::<f64>()
    } else {
        y.iter().map(|v| v * v).sum::<f64>()
    };
    if sst == 0.0 {
        return Err(AnalysisError::NoVariation {
            what: "the outcome".to_owned(),
        });
    }
    // An exact fit (up to rounding) leaves nothing to estimate errors from.
    if fitted.ssr <= EXACT_FIT * sst {
        return Err(AnalysisError::NoVariation {
            what: "the residuals (the controls fit the outcome exactly)".to_owned(),
        });
    }
    let sigma2 = fitted.ssr / df_resid as f64;
    // HC1: (X'X)⁻¹ X' diag(e²) X (X'X)⁻¹ · n / (n − k)
    let mut meat = DMatrix::<f64>::zeros(k, k);
    for a in 0..k {
        for b in 0..=a {
            let column_a = fitted.x.column(a);
            let column_b = fitted.x.column(b);
            let value: f64 = column_a
                .iter()
                .zip(column_b.iter())
                .zip(fitted.residuals.iter())
                .map(|((xa, xb), e)| xa * xb * e * e)
                .sum();
            meat[(a, b)] = value;
            meat[(b, a)] = value;
        }
    }
    let hc1 = &fitted.xtx_inverse * meat * &fitted.xtx_inverse * (n as f64 / df_resid as f64);
    let t_distribution = StudentsT::new(0.0, 1.0, df_resid as f64)
        .map_err(|e| AnalysisError::invalid("df", e.to_string()))?;
    let coefficients = names
        .into_iter()
        .zip(&fitted.beta)
        .enumerate()
        .map(|(j, (name, &estimate))| Coefficient {
            name,
            estimate,
            classic: inference(
                estimate,
                sigma2 * fitted.xtx_inverse[(j, j)],
                &t_distribution,
            ),
            hc1: inference(estimate, hc1[(j, j)], &t_distribution),
        })
        .collect();
    let r_squared = 1.0 - fitted.ssr / sst;
    let centred = if has_constant { 1.0 } else { 0.0 };
    Ok(OlsFit {
        coefficients,
        n,
        df_resid,
        r_squared,
        adj_r_squared: 1.0 - (n as f64 - centred) / df_resid as f64 * (1.0 - r_squared),
        sigma: sigma2.sqrt(),
        excluded_rows: 0,
        missing_rows: 0,
    })
}

/// A regression on a table: the outcome and the controls, by column name.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ModelSpec {
    /// The numeric outcome column.
    pub outcome: String,
    /// The control columns: numeric columns enter as they are; a text column
    /// enters as one indicator per level but the first in sorted order (the
    /// reference level), named `column[T.level]`.
    pub controls: Vec<String>,
}

/// A design built from a table: the outcome and named regressor columns
/// over the complete rows.
#[derive(Debug)]
pub(crate) struct Design {
    pub y: Vec<f64>,
    pub names: Vec<String>,
    /// Regressor values, one vector per regressor (the intercept first).
    pub columns: Vec<Vec<f64>>,
    /// The table rows used.
    pub rows: Vec<usize>,
    pub missing_rows: usize,
}

impl Design {
    pub(crate) fn matrix(&self, rows: &[usize]) -> DMatrix<f64> {
        DMatrix::from_fn(rows.len(), self.columns.len(), |i, j| {
            self.columns[j][rows[i]]
        })
    }
}

/// Builds the design for `spec` over the rows where the outcome, every
/// control and every column in `also_complete` have a value.
pub(crate) fn design(
    frame: &Frame,
    spec: &ModelSpec,
    also_complete: &[&FrameColumn],
) -> Result<Design, AnalysisError> {
    let outcome = frame.column(&spec.outcome)?;
    let outcome_values = outcome
        .numbers()
        .ok_or_else(|| AnalysisError::ColumnNotNumeric {
            column: spec.outcome.clone(),
        })?;
    let mut used: Vec<&FrameColumn> = vec![outcome];
    for name in &spec.controls {
        used.push(frame.column(name)?);
    }
    used.extend_from_slice(also_complete);
    let rows: Vec<usize> = (0..frame.len())
        .filter(|&i| used.iter().all(|c| c.is_present(i)))
        .collect();
    let missing_rows = frame.len() - rows.len();
    let y: Vec<f64> = rows
        .iter()
        .map(|&i| outcome_values.get(i).copied().unwrap_or(0.0))
        .collect();
    let mut names = vec![INTERCEPT.to_owned()];
    let mut columns = vec![vec![1.0; rows.len()]];
    for control in &spec.controls {
        let column = frame.column(control)?;
        if let Some(values) = column.numbers() {
            names.push(control.clone());
            columns.push(
                rows.iter()
                    .map(|&i| values.get(i).copied().unwrap_or(0.0))
                    .collect(),
            );
        } else {
            let (levels, codes) = column.factorize(&rows)?;
            if levels.len() < 2 && !rows.is_empty() {
                return Err(AnalysisError::SingularDesign {
                    column: control.clone(),
                    group: None,
                });
            }
            for (code, level) in levels.iter().enumerate().skip(1) {
                names.push(format!("{control}[T.{level}]"));
                columns.push(
                    codes
                        .iter()
                        .map(|&c| f64::from(u8::from(c == code)))
                        .collect(),
                );
            }
        }
    }
    Ok(Design {
        y,
        names,
        columns,
        rows,
        missing_rows,
    })
}

/// Regresses `spec.outcome` on an intercept and `spec.controls` over the
/// table's complete rows (see [`ModelSpec`] for how text columns enter).
pub fn regress(table: &Table, spec: &ModelSpec) -> Result<OlsFit, AnalysisError> {
    let frame = Frame::from_table(table, &ScanColumns::model(spec));
    regress_frame(frame, spec)
}

/// [`regress`] on a frame; the frame is freed once the design is built.
pub(crate) fn regress_frame(frame: Frame, spec: &ModelSpec) -> Result<OlsFit, AnalysisError> {
    let design = design(&frame, spec, &[])?;
    let excluded_rows = frame.excluded_rows;
    drop(frame);
    let Design {
        y,
        names,
        columns,
        missing_rows,
        ..
    } = design;
    let mut fit = ols_columns(&y, names, columns)?;
    fit.excluded_rows = excluded_rows;
    fit.missing_rows = missing_rows;
    Ok(fit)
}
