//! Open data: the public page `/open-data` and the downloads of statuses and
//! published plans' key facts as CSV, XLSX and JSON, CC BY 4.0, with the
//! licence line in every file (and a demo line when demo data is in it).

use std::collections::BTreeMap;

use askama::Template;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use jamlik_domain::{ErrorCode, IsoDate, PlanStatus};

use crate::kit::context::Ctx;
use crate::kit::csv_out::{Cell, CsvOut};
use crate::kit::error::{AppError, AppResult};
use crate::kit::sheets::{workbook_with_notes, OutCell};
use crate::kit::views::{render, Layout};
use crate::open_data::api::{
    check_filter, OpenQuery, PublishedPlanDto, StatusDto, LICENCE, LICENCE_URL,
};
use crate::AppState;

const STATUS_COLUMNS: [&str; 14] = [
    "code",
    "country",
    "name_fi",
    "name_sv",
    "region",
    "kind",
    "size_band",
    "framework",
    "status",
    "missing_elements",
    "next_change",
    "source",
    "approved_on",
    "demo",
];

const PLAN_COLUMNS: [&str; 16] = [
    "code",
    "country",
    "name_fi",
    "name_sv",
    "region",
    "kind",
    "frameworks",
    "source",
    "version",
    "approved_on",
    "approved_body",
    "period_start",
    "period_end",
    "link",
    "women_pay_percent",
    "demo",
];

/// The columns whose values Jämlik computes as numbers (written as numbers;
/// every other cell is text).
const NUMERIC_COLUMNS: [&str; 3] = ["version", "women_pay_percent", "demo"];

/// The licence line every file and the page carry, in the viewer's language.
fn licence_line(ctx: &Ctx) -> String {
    ctx.t.t_args(
        "open-data-licence-line",
        &[("link", LICENCE_URL.to_owned())],
    )
}

fn status_cells(row: &StatusDto) -> Vec<String> {
    vec![
        row.code.clone().unwrap_or_default(),
        row.country.as_str().to_owned(),
        row.name_fi.clone().unwrap_or_default(),
        row.name_sv.clone().unwrap_or_default(),
        row.region.clone().unwrap_or_default(),
        row.kind.as_str().to_owned(),
        row.size_band.clone(),
        row.framework.clone(),
        row.status.as_str().to_owned(),
        row.missing_elements.join(" "),
        row.next_change.clone().unwrap_or_default(),
        row.source.as_str().to_owned(),
        row.approved_on.clone().unwrap_or_default(),
        u8::from(row.demo).to_string(),
    ]
}

fn plan_cells(row: &PublishedPlanDto) -> Vec<String> {
    vec![
        row.code.clone().unwrap_or_default(),
        row.country.as_str().to_owned(),
        row.name_fi.clone().unwrap_or_default(),
        row.name_sv.clone().unwrap_or_default(),
        row.region.clone().unwrap_or_default(),
        row.kind.as_str().to_owned(),
        row.frameworks.join(" "),
        row.source.as_str().to_owned(),
        row.version.map(|v| v.to_string()).unwrap_or_default(),
        row.approved_on.clone(),
        row.approved_body.clone(),
        row.period_start.clone().unwrap_or_default(),
        row.period_end.clone().unwrap_or_default(),
        row.link.clone().unwrap_or_default(),
        row.women_pay_percent
            .map(|v| format!("{v}"))
            .unwrap_or_default(),
        u8::from(row.demo).to_string(),
    ]
}

/// CSV: UTF-8, commas, the licence (and demo) lines first as `#` comments.
/// Through the one CSV writer: a name or a body that begins like a formula
/// is written as text; the numbers in `numeric` columns as numbers.
fn csv_file(
    notes: &[String],
    columns: &[&str],
    numeric: &[&str],
    rows: &[Vec<String>],
) -> AppResult<Vec<u8>> {
    let internal = |e: csv::Error| AppError {
        code: ErrorCode::Internal,
        args: Vec::new(),
        internal: Some(e.to_string()),
    };
    let mut out = CsvOut::new(b',', false);
    for note in notes {
        out.comment(note);
    }
    out.text_row(columns).map_err(internal)?;
    for row in rows {
        let cells: Vec<Cell<'_>> = row
            .iter()
            .zip(columns)
            .map(|(value, column)| {
                let number = numeric
                    .contains(column)
                    .then(|| value.parse::<f64>().ok())
                    .flatten();
                number.map_or(Cell::Text(value), Cell::Number)
            })
            .collect();
        out.row(&cells).map_err(internal)?;
    }
    out.finish().map_err(internal)
}

fn xlsx_file(
    ctx: &Ctx,
    sheet: &str,
    notes: &[String],
    columns: &[&str],
    rows: &[Vec<String>],
) -> AppResult<Vec<u8>> {
    let cells: Vec<Vec<OutCell>> = rows
        .iter()
        .map(|row| row.iter().cloned().map(OutCell::Text).collect())
        .collect();
    workbook_with_notes(
        sheet,
        columns,
        &cells,
        &ctx.t.t("open-data-notes-sheet"),
        notes,
    )
    .map_err(|e| AppError {
        code: ErrorCode::Internal,
        args: Vec::new(),
        internal: Some(e.to_string()),
    })
}

/// `/open-data/{file}`: `statuses.csv|xlsx|json`, `plans.csv|xlsx|json`,
/// filtered as the API is (all rows, no paging).
pub(crate) async fn download(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(file): Path<String>,
    query: Result<Query<OpenQuery>, QueryRejection>,
) -> AppResult<Response> {
    let (name, format) = file.rsplit_once('.').ok_or(ErrorCode::NotFound)?;
    if !matches!(name, "statuses" | "plans") || !matches!(format, "csv" | "xlsx" | "json") {
        return Err(ErrorCode::NotFound.into());
    }
    let Query(query) = query.map_err(|_| AppError::from(ErrorCode::MalformedBody))?;
    let filter = check_filter(&state, &query).await?;
    let mut notes = vec![licence_line(&ctx)];
    let as_of = filter.as_of();
    let (columns, rows, demo, json): (&[&str], Vec<Vec<String>>, bool, serde_json::Value) =
        if name == "statuses" {
            let list = state
                .store()
                .organisation_statuses(&filter.statuses(), as_of, None)
                .await?;
            let items: Vec<StatusDto> = list.items.into_iter().map(StatusDto::from).collect();
            let demo = items.iter().any(|r| r.demo);
            let rows = items.iter().map(status_cells).collect();
            (&STATUS_COLUMNS, rows, demo, serde_json::json!(items))
        } else {
            let list = state
                .store()
                .published_plan_facts(&filter.published(), None)
                .await?;
            let public_url = &state.config().public_url;
            let items: Vec<PublishedPlanDto> = list
                .items
                .into_iter()
                .map(|row| PublishedPlanDto::new(row, public_url))
                .collect();
            let demo = items.iter().any(|r| r.demo);
            let rows = items.iter().map(plan_cells).collect();
            (&PLAN_COLUMNS, rows, demo, serde_json::json!(items))
        };
    if demo {
        notes.push(ctx.t.t("open-data-demo-line"));
    }
    let as_of_text = IsoDate::from_date(as_of).to_string();
    notes.push(
        ctx.t
            .t_args("open-data-as-of-line", &[("value", as_of_text.clone())]),
    );
    let (content_type, body) = match format {
        "csv" => (
            "text/csv; charset=utf-8",
            csv_file(&notes, columns, &NUMERIC_COLUMNS, &rows)?,
        ),
        "xlsx" => (
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            xlsx_file(&ctx, name, &notes, columns, &rows)?,
        ),
        _ => {
            let document = serde_json::json!({
                "licence": LICENCE,
                "licence_url": LICENCE_URL,
                "licence_line": notes.first(),
                "contains_demo_data": demo,
                "demo_notice": demo.then(|| ctx.t.t("open-data-demo-line")),
                "as_of": as_of_text,
                "items": json,
            });
            (
                "application/json",
                serde_json::to_vec_pretty(&document).map_err(|e| AppError {
                    code: ErrorCode::Internal,
                    args: Vec::new(),
                    internal: Some(e.to_string()),
                })?,
            )
        }
    };
    Ok(crate::kit::files::download(
        content_type,
        &format!("jamlik-{name}.{format}"),
        body,
    ))
}

/// One framework's count of organisations per status.
#[derive(Debug)]
struct SummaryRow {
    framework: String,
    counts: Vec<String>,
    total: String,
}

/// A download link.
#[derive(Debug)]
struct DownloadLink {
    label: String,
    href: String,
}

#[derive(Template)]
#[template(path = "open_data/open_data.html")]
struct OpenDataPage {
    page: Layout,
    licence_line: String,
    demo: bool,
    as_of: String,
    statuses: Vec<String>,
    summary: Vec<SummaryRow>,
    downloads: Vec<DownloadLink>,
    api_paths: Vec<&'static str>,
}

/// `/open-data`: what is published, under which licence, and where.
pub(crate) async fn page(State(state): State<AppState>, ctx: Ctx) -> AppResult<Response> {
    let as_of = time::OffsetDateTime::now_utc().date();
    let rows = state
        .store()
        .organisation_statuses(&jamlik_store::StatusFilter::default(), as_of, None)
        .await?
        .items;
    let demo = rows.iter().any(|r| r.is_demo);
    let mut counts: BTreeMap<String, BTreeMap<PlanStatus, i64>> = BTreeMap::new();
    for row in &rows {
        *counts
            .entry(row.framework.clone())
            .or_default()
            .entry(row.status)
            .or_default() += 1;
    }
    let language = ctx.t.language();
    let registry = jamlik_packs::shipped().ok();
    let summary = counts
        .into_iter()
        .map(|(framework, by_status)| SummaryRow {
            framework: registry
                .and_then(|r| r.get(&framework))
                .map_or(framework.clone(), |p| p.title.get(language).to_owned()),
            counts: PlanStatus::ALL
                .iter()
                .map(|s| ctx.t.number(by_status.get(s).copied().unwrap_or(0)))
                .collect(),
            total: ctx.t.number(by_status.values().sum()),
        })
        .collect();
    let mut downloads = Vec::new();
    for (name, label) in [
        ("statuses", "open-data-download-statuses"),
        ("plans", "open-data-download-plans"),
    ] {
        for format in ["csv", "xlsx", "json"] {
            downloads.push(DownloadLink {
                label: ctx.t.t_args(label, &[("value", format.to_uppercase())]),
                href: format!("/open-data/{name}.{format}"),
            });
        }
    }
    let page = OpenDataPage {
        page: Layout::new(&ctx, "open-data-title"),
        licence_line: licence_line(&ctx),
        demo,
        as_of: crate::kit::show_date(&ctx, &IsoDate::from_date(as_of)),
        statuses: PlanStatus::ALL
            .iter()
            .map(|s| ctx.t.t(&s.message_key()))
            .collect(),
        summary,
        downloads,
        api_paths: vec!["/api/v1/statuses", "/api/v1/published-plans"],
    };
    Ok(render(&page))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_files_start_with_their_notes_and_quote_as_needed() {
        let bytes = csv_file(
            &["Licence: CC BY 4.0".into(), "Demo\ndata".into()],
            &["a", "b"],
            &[],
            &[vec!["1".into(), "x, y".into()]],
        )
        .unwrap();
        let text = String::from_utf8(bytes).unwrap();
        assert_eq!(text, "# Licence: CC BY 4.0\n# Demo data\na,b\n1,\"x, y\"\n");
    }

    #[test]
    fn csv_cells_that_begin_like_formulas_are_text_and_numbers_stay_numbers() {
        let bytes = csv_file(
            &[],
            &["name_fi", "women_pay_percent", "code"],
            &["women_pay_percent"],
            &[
                vec!["=HYPERLINK(\"x\")".into(), "-3.5".into(), "-12".into()],
                vec!["@SUM(1)".into(), String::new(), "+1".into()],
            ],
        )
        .unwrap();
        let text = String::from_utf8(bytes).unwrap();
        assert_eq!(
            text,
            "name_fi,women_pay_percent,code\n\"'=HYPERLINK(\"\"x\"\")\",-3.5,'-12\n'@SUM(1),,'+1\n"
        );
    }
}
