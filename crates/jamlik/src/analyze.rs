//! `jamlik analyze`: the analysis engine on the command line. Reads the file,
//! runs one analysis, prints JSON or a readable table; every failure names
//! its stable code (`analysis.*`) and where in the file it lies.

use std::path::{Path, PathBuf};

use anyhow::Context;
use clap::{Args, Subcommand, ValueEnum};
use jamlik_stats::{
    oaxaca, representation_in, resources, BadRows, GroupCounts, OaxacaSpec, ReadOptions, Table,
};

/// The analyses.
#[derive(Debug, Subcommand)]
pub enum Analysis {
    /// Group shares in the data against a baseline, with Wilson intervals.
    Representation {
        #[command(flatten)]
        input: InputArgs,
        /// The group column (for example gender).
        #[arg(long)]
        group: String,
        /// A baseline file with one row per person (or member of the population).
        #[arg(long)]
        baseline: PathBuf,
        /// The group column in the baseline (default: the same name).
        #[arg(long)]
        baseline_group: Option<String>,
        /// The confidence level of the intervals.
        #[arg(long, default_value_t = 0.95)]
        confidence: f64,
    },
    /// Who gets what: count, sum, mean, median of an outcome by group, and
    /// each group's share of the resources against its share of the people.
    Resources {
        #[command(flatten)]
        input: InputArgs,
        /// The group column.
        #[arg(long)]
        group: String,
        /// The numeric outcome (hours, euros).
        #[arg(long)]
        outcome: String,
    },
    /// The gap in an outcome between two groups with controls: OLS and the
    /// Oaxaca–Blinder decomposition.
    Gap {
        #[command(flatten)]
        input: InputArgs,
        /// The numeric outcome (for example wage).
        #[arg(long)]
        outcome: String,
        /// The column with exactly two groups.
        #[arg(long)]
        group: String,
        /// The first group's label: the gap is its mean minus the other's
        /// (default: the first label in sorted order).
        #[arg(long)]
        first: Option<String>,
        /// Control columns, comma-separated.
        #[arg(long, value_delimiter = ',')]
        controls: Vec<String>,
    },
}

/// The input file and how to treat bad rows.
#[derive(Debug, Args)]
pub struct InputArgs {
    /// The CSV file (any common encoding and delimiter).
    #[arg(long)]
    input: PathBuf,
    /// Leave bad rows out (and count them) instead of stopping at the first.
    #[arg(long)]
    exclude_bad_rows: bool,
    /// How to print the result.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    format: Format,
}

/// Output formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// A readable table.
    Table,
    /// JSON (the schema is in docs/analysis.md).
    Json,
}

fn read(path: &Path, exclude: bool) -> anyhow::Result<Table> {
    let bytes = std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
    let options = ReadOptions {
        bad_rows: if exclude {
            BadRows::Exclude
        } else {
            BadRows::Stop
        },
        ..ReadOptions::default()
    };
    Table::from_csv(&bytes, &options)
        .map_err(|error| anyhow::anyhow!("{}: {}: {error}", path.display(), error.code()))
}

fn percent(share: f64) -> String {
    format!("{:.1} %", share * 100.0)
}

/// Runs one analysis and prints the result.
pub fn run(analysis: Analysis) -> anyhow::Result<()> {
    let fail = |error: jamlik_stats::AnalysisError| anyhow::anyhow!("{}: {error}", error.code());
    match analysis {
        Analysis::Representation {
            input,
            group,
            baseline,
            baseline_group,
            confidence,
        } => {
            let table = read(&input.input, input.exclude_bad_rows)?;
            let base = read(&baseline, input.exclude_bad_rows)?;
            let (counts, _) =
                GroupCounts::from_column(&base, baseline_group.as_deref().unwrap_or(&group))
                    .map_err(fail)?;
            let result = representation_in(&table, &group, &counts, confidence).map_err(fail)?;
            if input.format == Format::Json {
                println!("{}", serde_json::to_string_pretty(&result)?);
                return Ok(());
            }
            println!(
                "{:<24} {:>8} {:>9} {:>19} {:>9} {:>8}  flag",
                "group", "count", "share", "interval", "baseline", "ratio"
            );
            for g in &result.groups {
                let interval = format!("{}–{}", percent(g.interval.low), percent(g.interval.high));
                let ratio = g
                    .ratio
                    .map_or_else(|| "–".to_owned(), |r| format!("{r:.2}"));
                println!(
                    "{:<24} {:>8} {:>9} {:>19} {:>9} {:>8}  {:?}",
                    g.group,
                    g.count,
                    percent(g.share),
                    interval,
                    percent(g.baseline_share),
                    ratio,
                    g.flag
                );
            }
            println!(
                "rows left out: {} bad, {} missing a value",
                result.excluded_rows, result.missing_rows
            );
        }
        Analysis::Resources {
            input,
            group,
            outcome,
        } => {
            let table = read(&input.input, input.exclude_bad_rows)?;
            let result = resources(&table, &group, &outcome, None).map_err(fail)?;
            if input.format == Format::Json {
                println!("{}", serde_json::to_string_pretty(&result)?);
                return Ok(());
            }
            println!(
                "{:<24} {:>8} {:>14} {:>10} {:>10} {:>9} {:>11}",
                "group", "count", "sum", "mean", "median", "people", "resources"
            );
            for g in &result.groups {
                println!(
                    "{:<24} {:>8} {:>14.2} {:>10.2} {:>10.2} {:>9} {:>11}",
                    g.group,
                    g.count,
                    g.sum,
                    g.mean,
                    g.median,
                    percent(g.share_of_people),
                    percent(g.share_of_resources)
                );
            }
            println!(
                "rows left out: {} bad, {} missing a value",
                result.excluded_rows, result.missing_rows
            );
        }
        Analysis::Gap {
            input,
            outcome,
            group,
            first,
            controls,
        } => {
            let table = read(&input.input, input.exclude_bad_rows)?;
            let first = match first {
                Some(label) => label,
                None => {
                    let mut labels: Vec<String> = table
                        .column(&group)
                        .map_err(fail)?
                        .text()
                        .iter()
                        .filter(|t| !t.is_empty())
                        .cloned()
                        .collect();
                    labels.sort();
                    labels.dedup();
                    labels.into_iter().next().ok_or_else(|| {
                        anyhow::anyhow!("analysis.empty_group: the column {group:?} has no values")
                    })?
                }
            };
            let spec = OaxacaSpec {
                outcome,
                group,
                first,
                controls,
            };
            let result = oaxaca(&table, &spec).map_err(fail)?;
            println!("{}", serde_json::to_string_pretty(&result)?);
        }
    }
    Ok(())
}
