//! The engine's side of the analysis benchmark (`bench/analysis/run.sh`)
//! without the rest of the command line: the same library calls and the
//! same JSON as `jamlik analyze representation|resources|regression|gap
//! --format json`, in a binary that builds in a fraction of the time.
//!
//!     cargo run --release -p jamlik-stats --example analyze -- \
//!         representation DATA.csv GROUP BASELINE.csv
//!     … resources DATA.csv GROUP OUTCOME
//!     … regression DATA.csv OUTCOME CONTROL,CONTROL,…
//!     … gap DATA.csv OUTCOME GROUP FIRST CONTROL,CONTROL,…

use std::fs::File;

use jamlik_stats::{
    scan_columns, scan_groups, AnalysisError, BadRows, ColumnScan, ModelSpec, OaxacaSpec,
    ReadOptions, ScanColumns, ScanError,
};

fn options() -> ReadOptions {
    ReadOptions {
        bad_rows: BadRows::Stop,
        ..ReadOptions::default()
    }
}

fn scan(path: &str, group: &str, outcome: Option<&str>) -> Result<jamlik_stats::GroupScan, String> {
    let mut file = File::open(path).map_err(|e| format!("{path}: {e}"))?;
    scan_groups(&mut file, &options(), group, outcome).map_err(|e: ScanError| e.to_string())
}

fn columns(path: &str, columns: &ScanColumns) -> Result<ColumnScan, String> {
    let mut file = File::open(path).map_err(|e| format!("{path}: {e}"))?;
    scan_columns(&mut file, &options(), columns).map_err(|e: ScanError| e.to_string())
}

fn fail(error: AnalysisError) -> String {
    format!("{}: {error}", error.code())
}

fn run(args: &[String]) -> Result<String, String> {
    let arg = |i: usize| args.get(i).map(String::as_str).ok_or("missing argument");
    let controls = |i: usize| -> Result<Vec<String>, String> {
        Ok(arg(i)?.split(',').map(str::to_owned).collect())
    };
    let json = |value: Result<String, serde_json::Error>| value.map_err(|e| e.to_string());
    match arg(0)? {
        "representation" => {
            let data = scan(arg(1)?, arg(2)?, None)?;
            let base = scan(arg(3)?, arg(2)?, None)?;
            let (counts, _) = base.counts().map_err(fail)?;
            let result = data.representation(&counts, 0.95).map_err(fail)?;
            json(serde_json::to_string_pretty(&result))
        }
        "resources" => {
            let data = scan(arg(1)?, arg(2)?, Some(arg(3)?))?;
            let result = data.resources(None).map_err(fail)?;
            json(serde_json::to_string_pretty(&result))
        }
        "regression" => {
            let spec = ModelSpec {
                outcome: arg(2)?.to_owned(),
                controls: controls(3)?,
            };
            let data = columns(arg(1)?, &ScanColumns::model(&spec))?;
            json(serde_json::to_string_pretty(
                &data.regress(&spec).map_err(fail)?,
            ))
        }
        "gap" => {
            let spec = OaxacaSpec {
                outcome: arg(2)?.to_owned(),
                group: arg(3)?.to_owned(),
                first: arg(4)?.to_owned(),
                controls: controls(5)?,
            };
            let data = columns(arg(1)?, &ScanColumns::gap(&spec))?;
            json(serde_json::to_string_pretty(
                &data.oaxaca(&spec).map_err(fail)?,
            ))
        }
        other => Err(format!("unknown analysis {other:?}")),
    }
}

fn main() -> std::process::ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(output) => {
            println!("{output}");
            std::process::ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("error: {error}");
            std::process::ExitCode::FAILURE
        }
    }
}
