//! What both targets do with a table once it is read: the pay analyses on
//! its first columns, which must end in a result or an error, never a panic.

use jamlik_stats::{
    pay_survey, pay_transparency, BadRows, PaySurveySpec, PayTransparencySpec, ReadOptions, Table,
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
