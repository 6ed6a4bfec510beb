//! Counts per group, and two-way tables of counts.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::error::AnalysisError;
use crate::table::{complete_rows, factorize, Table};

/// How many there are in each group, groups in label order.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct GroupCounts {
    groups: BTreeMap<String, u64>,
}

impl GroupCounts {
    /// Counts from `(label, count)` pairs; a label given twice is added up.
    pub fn new<L: Into<String>>(pairs: impl IntoIterator<Item = (L, u64)>) -> Self {
        let mut groups = BTreeMap::new();
        for (label, count) in pairs {
            let entry: &mut u64 = groups.entry(label.into()).or_default();
            *entry = entry.saturating_add(count);
        }
        Self { groups }
    }

    /// Counts each label once per occurrence.
    pub fn from_labels<L: AsRef<str>>(labels: impl IntoIterator<Item = L>) -> Self {
        Self::new(labels.into_iter().map(|l| (l.as_ref().to_owned(), 1)))
    }

    /// Counts the rows of a table per value of `column`; rows where the
    /// value is missing are not counted. Returns the counts and the number of
    /// rows left out for a missing value.
    pub fn from_column(table: &Table, column: &str) -> Result<(Self, usize), AnalysisError> {
        let column = table.column(column)?;
        let (rows, missing) = complete_rows(table, &[column]);
        let (levels, codes) = factorize(column.text(), &rows);
        let mut counts = vec![0u64; levels.len()];
        for code in codes {
            counts[code] += 1;
        }
        Ok((Self::new(levels.into_iter().zip(counts)), missing))
    }

    /// The count of one group (0 when absent).
    pub fn get(&self, label: &str) -> u64 {
        self.groups.get(label).copied().unwrap_or(0)
    }

    /// The sum over all groups.
    pub fn total(&self) -> u64 {
        self.groups.values().fold(0u64, |a, &b| a.saturating_add(b))
    }

    /// The groups and their counts, in label order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, u64)> {
        self.groups.iter().map(|(l, &c)| (l.as_str(), c))
    }

    /// The number of groups.
    pub fn len(&self) -> usize {
        self.groups.len()
    }

    /// Whether there is no group.
    pub fn is_empty(&self) -> bool {
        self.groups.is_empty()
    }

    /// The same counts with labels renamed (`(from, to)` pairs; a label
    /// renamed onto an existing one is added to it). Use it to match a
    /// baseline's labels (`female`) to the data's (`kvinna`).
    pub fn renamed(&self, renames: &[(&str, &str)]) -> Self {
        Self::new(self.groups.iter().map(|(label, &count)| {
            let label = renames
                .iter()
                .find(|(from, _)| from == label)
                .map_or(label.as_str(), |(_, to)| to);
            (label.to_owned(), count)
        }))
    }
}

/// A two-way table of counts: rows × columns, with labels.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ContingencyTable {
    row_labels: Vec<String>,
    column_labels: Vec<String>,
    counts: Vec<Vec<u64>>,
}

impl ContingencyTable {
    /// A table from its labels and counts (`counts[row][column]`); every row
    /// must have one count per column label.
    pub fn new(
        row_labels: Vec<String>,
        column_labels: Vec<String>,
        counts: Vec<Vec<u64>>,
    ) -> Result<Self, AnalysisError> {
        if counts.len() != row_labels.len() {
            return Err(AnalysisError::invalid(
                "counts",
                format!(
                    "{} rows of counts for {} row labels",
                    counts.len(),
                    row_labels.len()
                ),
            ));
        }
        if let Some(row) = counts.iter().position(|r| r.len() != column_labels.len()) {
            return Err(AnalysisError::invalid(
                "counts",
                format!(
                    "row {} has {} counts for {} column labels",
                    row + 1,
                    counts[row].len(),
                    column_labels.len()
                ),
            ));
        }
        Ok(Self {
            row_labels,
            column_labels,
            counts,
        })
    }

    /// Cross-tabulates `(row label, column label)` pairs; labels in sorted order.
    pub fn from_pairs<R: AsRef<str>, C: AsRef<str>>(
        pairs: impl IntoIterator<Item = (R, C)>,
    ) -> Self {
        let mut cells: BTreeMap<(String, String), u64> = BTreeMap::new();
        let mut rows = BTreeMap::new();
        let mut columns = BTreeMap::new();
        for (r, c) in pairs {
            let (r, c) = (r.as_ref().to_owned(), c.as_ref().to_owned());
            rows.insert(r.clone(), ());
            columns.insert(c.clone(), ());
            *cells.entry((r, c)).or_default() += 1;
        }
        let row_labels: Vec<String> = rows.into_keys().collect();
        let column_labels: Vec<String> = columns.into_keys().collect();
        let counts = row_labels
            .iter()
            .map(|r| {
                column_labels
                    .iter()
                    .map(|c| cells.get(&(r.clone(), c.clone())).copied().unwrap_or(0))
                    .collect()
            })
            .collect();
        Self {
            row_labels,
            column_labels,
            counts,
        }
    }

    /// The row labels.
    pub fn row_labels(&self) -> &[String] {
        &self.row_labels
    }

    /// The column labels.
    pub fn column_labels(&self) -> &[String] {
        &self.column_labels
    }

    /// The counts, `counts()[row][column]`.
    pub fn counts(&self) -> &[Vec<u64>] {
        &self.counts
    }

    /// Each row's total.
    pub fn row_totals(&self) -> Vec<u64> {
        self.counts
            .iter()
            .map(|r| r.iter().fold(0u64, |a, &b| a.saturating_add(b)))
            .collect()
    }

    /// Each column's total.
    pub fn column_totals(&self) -> Vec<u64> {
        (0..self.column_labels.len())
            .map(|j| {
                self.counts.iter().fold(0u64, |a, r| {
                    a.saturating_add(r.get(j).copied().unwrap_or(0))
                })
            })
            .collect()
    }

    /// The grand total.
    pub fn total(&self) -> u64 {
        self.row_totals()
            .into_iter()
            .fold(0u64, |a, b| a.saturating_add(b))
    }
}
