//! `jamlik analyze`: the analysis engine on the command line. Reads the file,
//! runs one analysis, prints JSON or a readable table; every failure names
//! its stable code (`analysis.*`) and where in the file it lies.

use std::io::{Read, Seek};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use anyhow::Context;
use clap::{Args, Subcommand, ValueEnum};
use indicatif::{ProgressBar, ProgressStyle};
use jamlik_stats::{
    looks_like_xlsx, pay_survey, pay_transparency, scan_columns, scan_groups, BadRows, ColumnScan,
    GenderLabels, GroupScan, ModelSpec, NumericColumns, OaxacaSpec, PaySummary, PaySurvey,
    PaySurveySpec, PayTransparency, PayTransparencySpec, ReadOptions, ScanColumns, ScanError,
    SuppressionRule, Table, ZIP_MAGIC,
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
    /// Least squares of an outcome on an intercept and controls, with
    /// classic and heteroskedasticity-robust (HC1) standard errors.
    Regression {
        #[command(flatten)]
        input: InputArgs,
        /// The numeric outcome (for example wage).
        #[arg(long)]
        outcome: String,
        /// Control columns, comma-separated (a text column enters as one
        /// indicator per level but the first).
        #[arg(long, value_delimiter = ',')]
        controls: Vec<String>,
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
    /// The pay survey (palkkakartoitus, lönekartläggning): pay by job group
    /// and gender, women-dominated groups against groups of equal value.
    PaySurvey {
        #[command(flatten)]
        input: InputArgs,
        /// The job group (or equal-value group) column.
        #[arg(long)]
        group: String,
        #[command(flatten)]
        gender: GenderArgs,
        /// The pay column.
        #[arg(long)]
        pay: String,
        /// The demand level column (a job-evaluation score).
        #[arg(long)]
        demand: Option<String>,
    },
    /// The EU pay transparency indicators (Directive 2023/970, Art. 9).
    PayTransparency {
        #[command(flatten)]
        input: InputArgs,
        #[command(flatten)]
        gender: GenderArgs,
        /// The basic pay column.
        #[arg(long)]
        basic: String,
        /// The variable (complementary) pay column; an empty cell is none.
        #[arg(long)]
        variable: Option<String>,
        /// The category of workers column.
        #[arg(long)]
        category: Option<String>,
        /// Controls for the unexplained gap per category, comma-separated.
        #[arg(long, value_delimiter = ',')]
        controls: Vec<String>,
    },
}

/// The gender column, extra labels for it, and the disclosure threshold.
#[derive(Debug, Args)]
pub struct GenderArgs {
    /// The gender column.
    #[arg(long)]
    gender: String,
    /// More values that mean a woman, comma-separated (besides nainen,
    /// kvinna, woman, female, N, K, F, W, 2 …).
    #[arg(long, value_delimiter = ',')]
    women: Vec<String>,
    /// More values that mean a man, comma-separated (besides mies, man,
    /// male, M, 1 …).
    #[arg(long, value_delimiter = ',')]
    men: Vec<String>,
    /// Headcounts below this are hidden with their pay, and smaller groups
    /// merged (at least 3).
    #[arg(long, default_value_t = SuppressionRule::DEFAULT_THRESHOLD)]
    threshold: u64,
}

impl GenderArgs {
    fn labels(&self) -> GenderLabels {
        GenderLabels::default().with(&self.women, &self.men)
    }
}

/// The input file and how to treat bad rows.
#[derive(Debug, Args)]
pub struct InputArgs {
    /// The CSV file (any common encoding and delimiter) or XLSX workbook
    /// (told apart by content).
    #[arg(long)]
    input: PathBuf,
    /// The worksheet of an XLSX workbook (default: the first).
    #[arg(long)]
    sheet: Option<String>,
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

/// Files from this size on get a progress bar on standard error (when it
/// is a terminal).
const LARGE_FILE: u64 = 8 * 1024 * 1024;

/// Reads the whole file, with a progress bar for a large one.
fn read_bytes(path: &Path) -> anyhow::Result<(Vec<u8>, Option<ProgressBar>)> {
    let context = || format!("cannot read {}", path.display());
    let mut file = std::fs::File::open(path).with_context(context)?;
    let size = file.metadata().with_context(context)?.len();
    if size < LARGE_FILE {
        let mut bytes = Vec::new();
        file.read_to_end(&mut bytes).with_context(context)?;
        return Ok((bytes, None));
    }
    let bar = ProgressBar::new(size);
    if let Ok(style) =
        ProgressStyle::with_template("{msg} [{bar:30}] {bytes}/{total_bytes} {elapsed}")
    {
        bar.set_style(style.progress_chars("=> "));
    }
    bar.set_message(format!("reading {}", path.display()));
    let mut bytes = Vec::with_capacity(usize::try_from(size).unwrap_or_default());
    let mut chunk = vec![0u8; 1 << 20];
    loop {
        let read = file.read(&mut chunk).with_context(context)?;
        if read == 0 {
            break;
        }
        bytes.extend_from_slice(chunk.get(..read).unwrap_or_default());
        bar.inc(read as u64);
    }
    bar.set_message("analysing");
    bar.enable_steady_tick(std::time::Duration::from_millis(200));
    Ok((bytes, Some(bar)))
}

fn read_options(input: &InputArgs, numeric: &[&str]) -> ReadOptions {
    ReadOptions {
        bad_rows: if input.exclude_bad_rows {
            BadRows::Exclude
        } else {
            BadRows::Stop
        },
        numeric: if numeric.is_empty() {
            NumericColumns::Inferred
        } else {
            NumericColumns::Named(numeric.iter().map(|c| (*c).to_owned()).collect())
        },
        ..ReadOptions::default()
    }
}

fn read(path: &Path, input: &InputArgs, numeric: &[&str]) -> anyhow::Result<Table> {
    let (bytes, progress) = read_bytes(path)?;
    let options = read_options(input, numeric);
    let table = if looks_like_xlsx(&bytes) {
        Table::from_xlsx(&bytes, input.sheet.as_deref(), &options)
    } else {
        Table::from_csv(&bytes, &options)
    };
    if let Some(bar) = progress {
        bar.finish_and_clear();
    }
    table.map_err(|error| anyhow::anyhow!("{}: {}: {error}", path.display(), error.code()))
}

/// What a scan reads from: a file, or a file behind a progress bar.
trait Source: Read + Seek {}

impl<T: Read + Seek> Source for T {}

/// A CSV file read in a streaming pass by `scan` (with a progress bar for
/// a large one), in a fraction of the memory a table takes; an XLSX
/// workbook is read as a table and handed to `from_table`.
fn stream<T>(
    path: &Path,
    input: &InputArgs,
    from_table: impl FnOnce(&Table) -> T,
    scan: impl FnOnce(&mut dyn Source, &ReadOptions) -> Result<T, ScanError>,
) -> anyhow::Result<T> {
    let context = || format!("cannot read {}", path.display());
    let mut file = std::fs::File::open(path).with_context(context)?;
    let mut magic = Vec::with_capacity(ZIP_MAGIC.len());
    std::io::Read::by_ref(&mut file)
        .take(ZIP_MAGIC.len() as u64)
        .read_to_end(&mut magic)
        .with_context(context)?;
    drop(file);
    let options = read_options(input, &[]);
    let fail = |error: ScanError| match error {
        ScanError::Analysis(error) => {
            anyhow::anyhow!("{}: {}: {error}", path.display(), error.code())
        }
        ScanError::Read(error) => anyhow::anyhow!("cannot read {}: {error}", path.display()),
    };
    if looks_like_xlsx(&magic) {
        let table = read(path, input, &[])?;
        return Ok(from_table(&table));
    }
    let file = std::fs::File::open(path).with_context(context)?;
    let size = file.metadata().with_context(context)?.len();
    if size >= LARGE_FILE {
        let bar = ProgressBar::new(size);
        if let Ok(style) =
            ProgressStyle::with_template("{msg} [{bar:30}] {bytes}/{total_bytes} {elapsed}")
        {
            bar.set_style(style.progress_chars("=> "));
        }
        bar.set_message(format!("reading {}", path.display()));
        // The bar follows the file's offset, read through a second handle to
        // the same open file: a reader wrapped to count its bytes would have
        // each block zeroed before it is read into.
        let offset = file.try_clone().with_context(context)?;
        let done = AtomicBool::new(false);
        let result = std::thread::scope(|scope| {
            let follower = scope.spawn(|| {
                let mut offset = offset;
                while !done.load(Ordering::Relaxed) {
                    if let Ok(at) = offset.stream_position() {
                        bar.set_position(at);
                    }
                    std::thread::park_timeout(Duration::from_millis(100));
                }
            });
            let mut source = file;
            let result = scan(&mut source, &options);
            done.store(true, Ordering::Relaxed);
            follower.thread().unpark();
            result
        });
        bar.finish_and_clear();
        return result.map_err(fail);
    }
    let mut source = file;
    scan(&mut source, &options).map_err(fail)
}

/// Counts (and an outcome) per group, streamed from a CSV file.
fn scan(
    path: &Path,
    input: &InputArgs,
    group: &str,
    outcome: Option<&str>,
) -> anyhow::Result<GroupScan> {
    stream(
        path,
        input,
        |table| GroupScan::from_table(table, group, outcome),
        |mut source, options| scan_groups(&mut source, options, group, outcome),
    )
}

/// The columns a model uses, streamed from a CSV file.
fn scan_model(path: &Path, input: &InputArgs, columns: &ScanColumns) -> anyhow::Result<ColumnScan> {
    stream(
        path,
        input,
        |table| ColumnScan::from_table(table, columns),
        |mut source, options| scan_columns(&mut source, options, columns),
    )
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
            let data = scan(&input.input, &input, &group, None)?;
            let baseline_group = baseline_group.as_deref().unwrap_or(&group);
            let base = scan(&baseline, &input, baseline_group, None)?;
            let (counts, _) = base.counts().map_err(fail)?;
            let result = data.representation(&counts, confidence).map_err(fail)?;
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
            let data = scan(&input.input, &input, &group, Some(&outcome))?;
            let result = data.resources(None).map_err(fail)?;
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
        Analysis::Regression {
            input,
            outcome,
            controls,
        } => {
            let spec = ModelSpec { outcome, controls };
            let data = scan_model(&input.input, &input, &ScanColumns::model(&spec))?;
            let fit = data.regress(&spec).map_err(fail)?;
            if input.format == Format::Json {
                println!("{}", serde_json::to_string_pretty(&fit)?);
                return Ok(());
            }
            println!(
                "{:<32} {:>14} {:>12} {:>10} {:>12} {:>10}",
                "coefficient", "estimate", "se", "p", "se (HC1)", "p (HC1)"
            );
            for c in &fit.coefficients {
                println!(
                    "{:<32} {:>14.6} {:>12.6} {:>10.4} {:>12.6} {:>10.4}",
                    c.name,
                    c.estimate,
                    c.classic.std_error,
                    c.classic.p_value,
                    c.hc1.std_error,
                    c.hc1.p_value
                );
            }
            println!(
                "n = {}, R² = {:.6}, adjusted R² = {:.6}, residual standard error = {:.6}",
                fit.n, fit.r_squared, fit.adj_r_squared, fit.sigma
            );
            println!(
                "rows left out: {} bad, {} missing a value",
                fit.excluded_rows, fit.missing_rows
            );
        }
        Analysis::Gap {
            input,
            outcome,
            group,
            first,
            controls,
        } => {
            let mut spec = OaxacaSpec {
                outcome,
                group,
                first: String::new(),
                controls,
            };
            let data = scan_model(&input.input, &input, &ScanColumns::gap(&spec))?;
            spec.first = match first {
                Some(label) => label,
                None => {
                    let labels = data.labels(&spec.group).map_err(fail)?;
                    labels.into_iter().next().ok_or_else(|| {
                        anyhow::anyhow!(
                            "analysis.empty_group: the column {:?} has no values",
                            spec.group
                        )
                    })?
                }
            };
            let result = data.oaxaca(&spec).map_err(fail)?;
            println!("{}", serde_json::to_string_pretty(&result)?);
        }
        Analysis::PaySurvey {
            input,
            group,
            gender,
            pay,
            demand,
        } => {
            let mut numeric = vec![pay.as_str()];
            numeric.extend(demand.as_deref());
            let table = read(&input.input, &input, &numeric)?;
            let spec = PaySurveySpec {
                labels: gender.labels(),
                rule: SuppressionRule::new(gender.threshold).map_err(fail)?,
                demand,
                ..PaySurveySpec::new(&group, &gender.gender, &pay)
            };
            let result = pay_survey(&table, &spec).map_err(fail)?;
            warn(&result.warnings);
            if input.format == Format::Json {
                println!("{}", serde_json::to_string_pretty(&result)?);
            } else {
                print_survey(&result);
            }
        }
        Analysis::PayTransparency {
            input,
            gender,
            basic,
            variable,
            category,
            controls,
        } => {
            let mut numeric = vec![basic.as_str()];
            numeric.extend(variable.as_deref());
            let table = read(&input.input, &input, &numeric)?;
            let spec = PayTransparencySpec {
                labels: gender.labels(),
                rule: SuppressionRule::new(gender.threshold).map_err(fail)?,
                variable,
                category,
                controls,
                ..PayTransparencySpec::new(&gender.gender, &basic)
            };
            let result = pay_transparency(&table, &spec).map_err(fail)?;
            warn(&result.warnings);
            if input.format == Format::Json {
                println!("{}", serde_json::to_string_pretty(&result)?);
            } else {
                print_transparency(&result);
            }
        }
    }
    Ok(())
}

/// Conditions that do not stop an analysis go to standard error.
fn warn(warnings: &[jamlik_stats::AnalysisError]) {
    for warning in warnings {
        eprintln!("warning: {}: {warning}", warning.code());
    }
}

/// A figure, or `–` where it is hidden or does not exist.
fn figure(value: Option<f64>) -> String {
    value.map_or_else(|| "–".to_owned(), |v| format!("{v:.0}"))
}

fn count(summary: &PaySummary) -> String {
    summary
        .count
        .map_or_else(|| "–".to_owned(), |c| c.to_string())
}

fn share(value: Option<f64>) -> String {
    value.map_or_else(|| "–".to_owned(), percent)
}

fn print_survey(result: &PaySurvey) {
    println!(
        "{:<36} {:>6} {:>9} {:>9} {:>9} {:>9} {:>9} {:>9} {:>8} {:>8}  composition",
        "group",
        "demand",
        "women",
        "men",
        "w mean",
        "m mean",
        "w median",
        "m median",
        "mean %",
        "median %"
    );
    for g in &result.groups {
        let demand = g.demand.map_or_else(|| "–".to_owned(), |d| format!("{d}"));
        let ratio = |r: Option<f64>| r.map_or_else(|| "–".to_owned(), |r| format!("{r:.1}"));
        println!(
            "{:<36} {:>6} {:>9} {:>9} {:>9} {:>9} {:>9} {:>9} {:>8} {:>8}  {:?}",
            g.group,
            demand,
            count(&g.women),
            count(&g.men),
            figure(g.women.mean),
            figure(g.men.mean),
            figure(g.women.median),
            figure(g.men.median),
            ratio(g.women_mean_percent_of_men),
            ratio(g.women_median_percent_of_men),
            g.composition
        );
    }
    for merge in &result.merges {
        println!(
            "merged (fewer than {} people each): {} → {} people",
            result.threshold,
            merge.groups.join(", "),
            merge.headcount
        );
    }
    for c in &result.comparisons {
        println!(
            "{:?}: {} ({}) earns {} of {} ({})",
            c.kind,
            c.women_dominated,
            c.women_dominated_demand,
            c.mean_percent
                .map_or_else(|| "–".to_owned(), |p| format!("{p:.1} %")),
            c.compared,
            c.compared_demand
        );
    }
    println!(
        "rows left out: {} bad, {} missing a value",
        result.excluded_rows, result.missing_rows
    );
}

fn print_transparency(result: &PayTransparency) {
    println!(
        "{:<36} {:>9} {:>9} {:>10} {:>10} {:>10} {:>10} {:>10} {:>8} {:>8}  flag",
        "category",
        "women",
        "men",
        "basic",
        "median",
        "variable",
        "median",
        "total",
        "w recv",
        "m recv"
    );
    for c in std::iter::once(&result.overall).chain(&result.categories) {
        let (variable, variable_median, women_receiving, men_receiving) = match &c.variable {
            Some(v) => (
                share(v.recipients.mean_gap),
                share(v.recipients.median_gap),
                share(v.women_receiving),
                share(v.men_receiving),
            ),
            None => ("–".into(), "–".into(), "–".into(), "–".into()),
        };
        let flag = match c.flagged {
            Some(true) => "≥ 5 %",
            Some(false) => "",
            None => "–",
        };
        println!(
            "{:<36} {:>9} {:>9} {:>10} {:>10} {:>10} {:>10} {:>10} {:>8} {:>8}  {flag}",
            c.category.as_deref().unwrap_or("(all)"),
            count(&c.basic.women),
            count(&c.basic.men),
            share(c.basic.mean_gap),
            share(c.basic.median_gap),
            variable,
            variable_median,
            share(c.total.mean_gap),
            women_receiving,
            men_receiving,
        );
    }
    for band in &result.quartiles {
        println!(
            "quartile {} ({:.0}–{:.0}): women {}, men {}",
            band.band,
            band.lower,
            band.upper,
            percent(band.women_share),
            percent(band.men_share)
        );
    }
    println!(
        "gaps are (men − women) / men; rows left out: {} bad, {} missing a value",
        result.excluded_rows, result.missing_rows
    );
}
