//! The errors an analysis can end in, each with a stable code.
//!
//! Codes are what clients and translation files match on; the English text
//! of `Display` is for logs and tests only.

use serde::Serialize;

/// Why an analysis could not be carried out.
///
/// Every variant maps to one stable code (see [`AnalysisError::code`]); the
/// fields say where the problem is (row, column, value) so the person who
/// uploaded the file can find and fix it.
#[derive(Clone, Debug, PartialEq, thiserror::Error, Serialize)]
#[serde(tag = "code")]
#[non_exhaustive]
pub enum AnalysisError {
    /// The file is empty (no bytes, or only white space and a byte-order mark).
    #[error("the file is empty")]
    #[serde(rename = "analysis.empty_file")]
    EmptyFile,
    /// The file has a header line but no data rows.
    #[error("the file has a header but no data rows")]
    #[serde(rename = "analysis.header_only")]
    HeaderOnly,
    /// A row has a different number of fields than the header.
    #[error("row {row} has {found} fields where the header has {expected}")]
    #[serde(rename = "analysis.ragged_row")]
    RaggedRow {
        /// The line the row starts on, counting from 1 (the header is usually line 1).
        row: u64,
        /// The number of fields in the header.
        expected: usize,
        /// The number of fields in the row.
        found: usize,
    },
    /// A value in a numeric column is not a number.
    #[error("row {row}, column {column:?}: {value:?} is not a number")]
    #[serde(rename = "analysis.non_numeric")]
    NonNumeric {
        /// The line the row starts on, counting from 1.
        row: u64,
        /// The column's name.
        column: String,
        /// The value as written in the file.
        value: String,
    },
    /// The bytes could not be read as CSV at all.
    #[error("the file could not be read as CSV: {detail}")]
    #[serde(rename = "analysis.malformed_csv")]
    MalformedCsv {
        /// What the CSV reader said.
        detail: String,
    },
    /// No column has this name.
    #[error("no column is named {column:?}")]
    #[serde(rename = "analysis.unknown_column")]
    UnknownColumn {
        /// The name asked for.
        column: String,
    },
    /// The column is used as a number but holds text.
    #[error("column {column:?} does not hold numbers")]
    #[serde(rename = "analysis.column_not_numeric")]
    ColumnNotNumeric {
        /// The column's name.
        column: String,
    },
    /// A variable that must vary is constant (the outcome, or a table with one row or column).
    #[error("{what} does not vary")]
    #[serde(rename = "analysis.no_variation")]
    NoVariation {
        /// What does not vary (a column name or a description).
        what: String,
    },
    /// The design matrix does not have full rank: a control is constant or a
    /// linear combination of the others.
    #[error("the control {column:?} is constant or collinear with the others{}", group_suffix(.group))]
    #[serde(rename = "analysis.singular_design")]
    SingularDesign {
        /// The first column found to be collinear with the columns before it.
        column: String,
        /// The group whose model was singular, for a decomposition.
        group: Option<String>,
    },
    /// Too few observations for the analysis (for a regression: not more than
    /// there are coefficients).
    #[error("{found} observations where at least {needed} are needed{}", group_suffix(.group))]
    #[serde(rename = "analysis.too_few_observations")]
    TooFewObservations {
        /// How many observations are needed.
        needed: usize,
        /// How many there are.
        found: usize,
        /// The group that has too few, where it is one group.
        group: Option<String>,
    },
    /// A group, a row or a column of a table has no observations.
    #[error("the group {group:?} has no observations")]
    #[serde(rename = "analysis.empty_group")]
    EmptyGroup {
        /// The group's label.
        group: String,
    },
    /// A decomposition needs exactly two groups.
    #[error("the column {column:?} has {found} groups where exactly two are needed")]
    #[serde(rename = "analysis.not_two_groups")]
    NotTwoGroups {
        /// The group column.
        column: String,
        /// How many distinct groups it has.
        found: usize,
    },
    /// The baseline's counts add up to zero.
    #[error("the baseline has no people in it")]
    #[serde(rename = "analysis.empty_baseline")]
    EmptyBaseline,
    /// A parameter is out of range (a confidence level, a threshold, a weight).
    #[error("{name} is out of range: {detail}")]
    #[serde(rename = "analysis.invalid_parameter")]
    InvalidParameter {
        /// The parameter's name.
        name: String,
        /// What is wrong.
        detail: String,
    },
    /// The file is not in the expected layout (for example not a PX-Web
    /// population table).
    #[error("the file is not in the expected layout: {detail}")]
    #[serde(rename = "analysis.unexpected_layout")]
    UnexpectedLayout {
        /// What was expected and not found.
        detail: String,
    },
    /// The bytes could not be read as an XLSX workbook.
    #[error("the file could not be read as an XLSX workbook: {detail}")]
    #[serde(rename = "analysis.malformed_xlsx")]
    MalformedXlsx {
        /// What the workbook reader said.
        detail: String,
    },
    /// The workbook asks for more than it is read within
    /// ([`crate::WorkbookLimits`]): `bound` names which limit (`unpacked`,
    /// `part`, `parts`, `shared_strings`, `cells`, `columns`, `text`).
    #[error("the workbook is larger than it may be: {bound} above {limit}")]
    #[serde(rename = "analysis.workbook_too_large")]
    WorkbookTooLarge {
        /// Which limit.
        bound: String,
        /// The limit.
        limit: u64,
    },
    /// The workbook has no worksheet with this name.
    #[error("the workbook has no sheet named {sheet:?} (it has {})", available.join(", "))]
    #[serde(rename = "analysis.unknown_sheet")]
    UnknownSheet {
        /// The name asked for.
        sheet: String,
        /// The sheets the workbook has.
        available: Vec<String>,
    },
    /// A pay is below zero.
    #[error("row {row}, column {column:?}: the pay {value:?} is negative")]
    #[serde(rename = "analysis.negative_pay")]
    NegativePay {
        /// The line or worksheet row, counting from 1.
        row: u64,
        /// The pay column.
        column: String,
        /// The value as written.
        value: String,
    },
    /// The gender column holds values that are neither a woman's nor a man's label.
    #[error(
        "column {column:?} holds {} that {} neither a woman's nor a man's label; map each to women or men (for example --women {:?} or --men {:?}) or correct the file",
        quoted(.values), if .values.len() == 1 { "is" } else { "are" },
        .values.first().map(String::as_str).unwrap_or_default(),
        .values.first().map(String::as_str).unwrap_or_default()
    )]
    #[serde(rename = "analysis.unexpected_gender")]
    UnexpectedGender {
        /// The gender column.
        column: String,
        /// The values not recognised (at most ten, in sorted order).
        values: Vec<String>,
        /// The row of the first of them.
        first_row: u64,
    },
    /// A group has no women or no men, so their pay cannot be compared
    /// within it (reported as a warning with the result, not an error: such
    /// a group is compared with other groups of equal value instead).
    #[error("the group {group:?} has no {missing}")]
    #[serde(rename = "analysis.single_gender_group")]
    SingleGenderGroup {
        /// The group.
        group: String,
        /// `women` or `men`.
        missing: String,
    },
    /// The whole data has no women or no men.
    #[error("the data has no {missing}: there is no pay gap to compute")]
    #[serde(rename = "analysis.missing_gender")]
    MissingGender {
        /// `women` or `men`.
        missing: String,
    },
    /// Rows of one group give it different demand levels.
    #[error("the group {group:?} has more than one demand level ({}); a group has one", values.join(", "))]
    #[serde(rename = "analysis.inconsistent_demand")]
    InconsistentDemand {
        /// The group.
        group: String,
        /// Its demand levels, in sorted order.
        values: Vec<String>,
        /// The row of the first value that differs from the group's first.
        row: u64,
    },
}

fn quoted(values: &[String]) -> String {
    values
        .iter()
        .map(|v| format!("{v:?}"))
        .collect::<Vec<_>>()
        .join(", ")
}

fn group_suffix(group: &Option<String>) -> String {
    group
        .as_ref()
        .map(|g| format!(" (group {g:?})"))
        .unwrap_or_default()
}

impl AnalysisError {
    /// Every code, in declaration order (for translation-file checks).
    pub const CODES: &'static [&'static str] = &[
        "analysis.empty_file",
        "analysis.header_only",
        "analysis.ragged_row",
        "analysis.non_numeric",
        "analysis.malformed_csv",
        "analysis.unknown_column",
        "analysis.column_not_numeric",
        "analysis.no_variation",
        "analysis.singular_design",
        "analysis.too_few_observations",
        "analysis.empty_group",
        "analysis.not_two_groups",
        "analysis.empty_baseline",
        "analysis.invalid_parameter",
        "analysis.unexpected_layout",
        "analysis.malformed_xlsx",
        "analysis.workbook_too_large",
        "analysis.unknown_sheet",
        "analysis.negative_pay",
        "analysis.unexpected_gender",
        "analysis.single_gender_group",
        "analysis.missing_gender",
        "analysis.inconsistent_demand",
    ];

    /// The stable code, for example `analysis.ragged_row`.
    pub fn code(&self) -> &'static str {
        match self {
            Self::EmptyFile => "analysis.empty_file",
            Self::HeaderOnly => "analysis.header_only",
            Self::RaggedRow { .. } => "analysis.ragged_row",
            Self::NonNumeric { .. } => "analysis.non_numeric",
            Self::MalformedCsv { .. } => "analysis.malformed_csv",
            Self::UnknownColumn { .. } => "analysis.unknown_column",
            Self::ColumnNotNumeric { .. } => "analysis.column_not_numeric",
            Self::NoVariation { .. } => "analysis.no_variation",
            Self::SingularDesign { .. } => "analysis.singular_design",
            Self::TooFewObservations { .. } => "analysis.too_few_observations",
            Self::EmptyGroup { .. } => "analysis.empty_group",
            Self::NotTwoGroups { .. } => "analysis.not_two_groups",
            Self::EmptyBaseline => "analysis.empty_baseline",
            Self::InvalidParameter { .. } => "analysis.invalid_parameter",
            Self::UnexpectedLayout { .. } => "analysis.unexpected_layout",
            Self::MalformedXlsx { .. } => "analysis.malformed_xlsx",
            Self::WorkbookTooLarge { .. } => "analysis.workbook_too_large",
            Self::UnknownSheet { .. } => "analysis.unknown_sheet",
            Self::NegativePay { .. } => "analysis.negative_pay",
            Self::UnexpectedGender { .. } => "analysis.unexpected_gender",
            Self::SingleGenderGroup { .. } => "analysis.single_gender_group",
            Self::MissingGender { .. } => "analysis.missing_gender",
            Self::InconsistentDemand { .. } => "analysis.inconsistent_demand",
        }
    }

    pub(crate) fn invalid(name: &str, detail: impl Into<String>) -> Self {
        Self::InvalidParameter {
            name: name.to_owned(),
            detail: detail.into(),
        }
    }
}
