//! What both targets do with a table once it is read: the pay analyses on
//! its first columns, which must end in a result or an error, never a panic.

use jamlik_stats::{
    pay_survey, pay_transparency, AnalysisError, BadRows, PaySurveySpec, PayTransparencySpec,
    ReadOptions, ScanSettings, Table,
};

/// Reading options chosen by the input's first byte.
pub fn options(byte: u8) -> ReadOptions {
    ReadOptions {
        bad_rows: if byte & 1 == 0 {
            BadRows::Exclude
        } else {
            BadRows::Stop
        },
        decimal_comma: match (byte >> 1) & 3 {
            0 => None,
            1 => Some(true),
            _ => Some(false),
        },
        ..ReadOptions::default()
    }
}

/// Scan settings chosen by a byte: blocks down to one byte, 1 to 3 threads.
pub fn settings(byte: u8) -> ScanSettings {
    ScanSettings {
        block_size: [1, 2, 3, 7, 64, 4096][usize::from(byte % 6)],
        threads: 1 + usize::from((byte >> 4) % 3),
        parallel_from: 0,
    }
}

/// The columns the table found; any name does when it refused the bytes (a
/// column a scan does not find is recorded in its result, not raised).
pub fn names(table: &Result<Table, AnalysisError>) -> Vec<String> {
    match table {
        Ok(read) if !read.columns().is_empty() => {
            read.columns().iter().map(|c| c.name().to_owned()).collect()
        }
        _ => vec!["a".to_owned()],
    }
}

/// Runs the pay analyses on the first columns of the table.
pub fn analyse(table: &Table) {
    let names: Vec<String> = table
        .columns()
        .iter()
        .map(|c| c.name().to_owned())
        .collect();
    if let [group, gender, pay, rest @ ..] = names.as_slice() {
        let mut survey = PaySurveySpec::new(group, gender, pay);
        survey.demand = rest.first().cloned();
        let _ = pay_survey(table, &survey);
        let mut transparency = PayTransparencySpec::new(gender, pay);
        transparency.category = Some(group.clone());
        transparency.variable = rest.first().cloned();
        transparency.controls = rest.iter().skip(1).take(1).cloned().collect();
        let _ = pay_transparency(table, &transparency);
    }
}
