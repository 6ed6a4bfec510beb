//! Jämlik's analysis engine: tables in, equality statistics out.
//!
//! Nothing here does IO or prints: every function takes bytes, rows or
//! numbers and returns a typed result or an [`AnalysisError`] with a stable
//! code. No input makes it panic.
//!
//! - [`Table`]: CSV from bytes in any common encoding (UTF-8 with or without
//!   byte-order mark, UTF-16 with one, Windows-1252 / ISO-8859-1) and
//!   delimiter (`;`, tab, `,`), quoted fields, decimal commas; column types
//!   inferred; bad rows reported with row, column, value and reason, and
//!   either stop the reading or are left out and counted.
//! - [`PopulationTable`]: the Statistics Finland PX-Web population export
//!   (area × age × sex) as a long baseline table.
//! - [`representation`]: group shares against a baseline, with Wilson score
//!   intervals.
//! - [`resources`] and [`categorical_outcome`]: who gets what (3R) by group,
//!   with a chi-square test of independence and Cramér's V.
//! - [`ols`] and [`regress`]: least squares with classic and HC1 standard
//!   errors; [`oaxaca`]: the Oaxaca–Blinder decomposition of a mean gap.
//! - [`suppress`]: primary and secondary small-cell suppression of a table of
//!   counts.
//! - [`scan_groups`]: representation and resources of a CSV too large to
//!   hold as a table, in one streaming pass over its bytes (on several
//!   threads), with the same results, bad rows and errors as the table path.
//! - [`scan_columns`]: the columns a regression or a decomposition uses, of
//!   a CSV too large to hold as a table, typed in one streaming pass;
//!   [`ColumnScan::regress`] and [`ColumnScan::oaxaca`] give what
//!   [`regress`] and [`oaxaca`] give on the table, to the bit.
//! - [`Table::from_xlsx`]: the first or a named sheet of an XLSX workbook,
//!   read into the same table, with the same bad-row reports, as CSV.
//! - [`pay_survey`]: the pay survey (palkkakartoitus, lönekartläggning) by
//!   job group and gender, women-dominated groups against groups of equal
//!   value, small groups merged, the output protected.
//! - [`pay_transparency`]: the indicators of the EU pay transparency
//!   directive (2023/970, Article 9), with the 5 % flag of Article 10.
//!
//! ```
//! use jamlik_stats::{resources, ReadOptions, Table};
//!
//! // Windows-1252, semicolons, decimal commas: detected.
//! let bytes = b"k\xf6n;timmar\nkvinna;12,5\nman;20\nkvinna;7,5\n";
//! let table = Table::from_csv(bytes, &ReadOptions::default())?;
//! let result = resources(&table, "k\u{f6}n", "timmar", None)?;
//! assert_eq!(result.groups[0].group, "kvinna");
//! assert_eq!(result.groups[0].sum, 20.0);
//! assert_eq!(result.groups[0].share_of_resources, 0.5);
//! # Ok::<(), jamlik_stats::AnalysisError>(())
//! ```
//!
//! Every result that comes from a [`Table`] carries the number of rows left
//! out as bad (`excluded_rows`) and for a missing value (`missing_rows`).
//! `docs/analysis.md` in the repository gives the formulas and the
//! references the tests check against.

mod columns;
mod counts;
mod decode;
mod disclosure;
mod error;
mod number;
mod oaxaca;
mod ols;
mod pay;
mod pxweb;
mod representation;
mod resources;
mod stream;
mod survey;
mod table;
mod transparency;
mod workbook;
mod xlsx;

pub use columns::{scan_columns, scan_columns_with, ColumnScan, ScanColumns};
pub use counts::{ContingencyTable, GroupCounts};
pub use decode::TextEncoding;
pub use disclosure::{
    suppress, CellStatus, DominanceRule, Line, ProtectedCell, ProtectedTable, SuppressionReason,
    SuppressionRule,
};
pub use error::AnalysisError;
pub use oaxaca::{
    oaxaca, Oaxaca, OaxacaGroup, OaxacaSpec, Reference, ThreeFold, ThreeFoldTerm, TwoFold,
    TwoFoldTerm,
};
pub use ols::{ols, regress, Coefficient, Inference, ModelSpec, OlsFit};
pub use pay::{Gender, GenderLabels, PaySummary};
pub use pxweb::{Age, AgeBand, PopulationRow, PopulationTable, Sex};
pub use representation::{
    representation, representation_in, wilson_interval, Flag, GroupRepresentation, Interval,
    Representation,
};
pub use resources::{
    categorical_outcome, chi_square, resources, CategoricalOutcome, ChiSquare, GroupResources,
    Resources,
};
pub use stream::{scan_groups, scan_groups_with, GroupScan, ScanError, ScanSettings};
pub use survey::{
    pay_survey, Comparison, ComparisonKind, Composition, Merge, PaySurvey, PaySurveySpec,
    SurveyGroup, DOMINATED_SHARE,
};
pub use table::{
    BadRows, Column, ColumnKind, ColumnSummary, IssueReason, NumericColumns, ReadOptions, RowIssue,
    Table, INFERRED_NUMERIC_SHARE,
};
pub use transparency::{
    pay_transparency, CategoryPay, Gap, PayTransparency, PayTransparencySpec, QuartileBand,
    Unexplained, VariablePay, ASSESSMENT_GAP,
};
pub use workbook::{measure_archive, read_sheet, SheetRow, WorkbookLimits};
pub use xlsx::{looks_like_xlsx, ZIP_MAGIC};
