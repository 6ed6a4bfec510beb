//! Measures out to CSV or XLSX and back: the export is the template for a
//! bulk update, in either format. A file is checked whole — header, every row, every column — and
//! applied in one transaction only when nothing is wrong; otherwise every
//! problem is listed by row and column and nothing changes.

use askama::Template;
use axum::extract::multipart::MultipartRejection;
use axum::extract::{Multipart, Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use jamlik_domain::{Capability, ErrorCode, IsoDate, MeasureStatus, MAX_TEXT};
use jamlik_stats::WorkbookLimits;
use jamlik_store::{BulkRow, Measure};

use crate::kit::authorise;
use crate::kit::context::Ctx;
use crate::kit::csv_out::CsvOut;
use crate::kit::error::{AppError, AppResult};
use crate::kit::sheets::{
    body_after_header, cells_for, read_table, uploaded_file, workbook, OutCell, Problem, TableRow,
};
use crate::kit::views::{render, Layout};
use crate::AppState;

/// The content type of an XLSX workbook.
pub(crate) const XLSX_CONTENT_TYPE: &str =
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/// The columns of the export, in order. The bulk update expects exactly these.
pub(crate) const COLUMNS: [&str; 6] = [
    "id",
    "title",
    "responsible_unit",
    "due_date",
    "status",
    "note",
];

/// The measures as CSV: UTF-8 with a byte-order mark and semicolons, which
/// Excel and LibreOffice in Finland and Sweden open as columns. Written by
/// the one CSV writer ([`CsvOut`]), so a title or unit that begins like a
/// formula gets a `'` in front; the bulk update ignores those two columns,
/// so the file still reads back as it was written.
pub(crate) fn export(measures: &[Measure]) -> Result<String, csv::Error> {
    let mut out = CsvOut::new(b';', false).byte_order_mark();
    out.text_row(COLUMNS)?;
    for measure in measures {
        out.text_row([
            measure.id.as_str(),
            measure.title.as_str(),
            measure.owner_unit.as_str(),
            measure.due_date.as_ref().map_or("", |d| d.as_str()),
            measure.status.as_str(),
            "",
        ])?;
    }
    Ok(String::from_utf8_lossy(&out.finish()?).into_owned())
}

/// Reads an uploaded file, CSV or XLSX, against the plan's measures.
pub(crate) fn parse(
    bytes: &[u8],
    measures: &[Measure],
    limits: &WorkbookLimits,
) -> Result<Vec<BulkRow>, Vec<Problem>> {
    check_rows(&read_table(bytes, limits)?, measures)
}

/// Checks a file's rows of text, whatever format they came in: the header,
/// then every row and column against the plan's measures. Every problem is
/// returned; the updates only when there is none.
pub(crate) fn check_rows(
    rows: &[TableRow],
    measures: &[Measure],
) -> Result<Vec<BulkRow>, Vec<Problem>> {
    let body = body_after_header(rows, &COLUMNS).map_err(|problem| vec![problem])?;
    let mut problems = Vec::new();
    let mut updates = Vec::new();
    let mut seen: Vec<&str> = Vec::new();
    for table_row in body.iter().filter(|r| !r.is_blank()) {
        let row = table_row.number;
        let Some(cells) = cells_for(table_row, &COLUMNS) else {
            problems.push(Problem::new(
                row,
                "",
                &table_row.cells.len().to_string(),
                "bulk-problem-ragged",
            ));
            continue;
        };
        let field = |name: &str| {
            COLUMNS
                .iter()
                .position(|c| *c == name)
                .and_then(|index| cells.get(index))
                .map_or("", String::as_str)
        };
        let id = field("id");
        if !measures.iter().any(|m| m.id == id) {
            problems.push(Problem::new(row, "id", id, "bulk-problem-unknown-measure"));
        } else if seen.contains(&id) {
            problems.push(Problem::new(row, "id", id, "bulk-problem-duplicate"));
        }
        seen.push(id);
        let status = MeasureStatus::parse(field("status"));
        if status.is_err() {
            problems.push(Problem::new(
                row,
                "status",
                field("status"),
                "bulk-problem-status",
            ));
        }
        let due = IsoDate::parse_optional(field("due_date"));
        if due.is_err() {
            problems.push(Problem::new(
                row,
                "due_date",
                field("due_date"),
                "bulk-problem-date",
            ));
        }
        let note = field("note");
        if note.chars().count() > MAX_TEXT {
            problems.push(Problem::new(row, "note", "", "bulk-problem-note"));
        }
        if let (Ok(status), Ok(due_date)) = (status, due) {
            updates.push(BulkRow {
                measure_id: id.to_owned(),
                status,
                due_date,
                note: note.to_owned(),
            });
        }
    }
    if updates.is_empty() && problems.is_empty() {
        problems.push(Problem::file("bulk-problem-empty"));
    }
    if problems.is_empty() {
        Ok(updates)
    } else {
        Err(problems)
    }
}

/// The measures as an XLSX workbook with the CSV's columns. Due dates are
/// real Excel dates shown as `yyyy-mm-dd`: they sort and filter as dates in
/// Excel and LibreOffice, read the same in every language, and come back as
/// the same ISO date when the sheet is uploaded (ISO text is accepted too).
pub(crate) fn export_xlsx(
    plan_title: &str,
    measures: &[Measure],
) -> Result<Vec<u8>, rust_xlsxwriter::XlsxError> {
    let rows: Vec<Vec<OutCell>> = measures
        .iter()
        .map(|measure| {
            let due = measure.due_date.as_ref().and_then(IsoDate::date).map_or(
                OutCell::Text(String::new()),
                |date| OutCell::Date {
                    year: u16::try_from(date.year()).unwrap_or_default(),
                    month: u8::from(date.month()),
                    day: date.day(),
                },
            );
            vec![
                OutCell::Text(measure.id.clone()),
                OutCell::Text(measure.title.clone()),
                OutCell::Text(measure.owner_unit.clone()),
                due,
                OutCell::Text(measure.status.as_str().to_owned()),
                OutCell::Text(String::new()),
            ]
        })
        .collect();
    workbook(plan_title, &COLUMNS, &rows)
}

/// `/orgs/{org}/plans/{plan}/measures.xlsx`.
pub(crate) async fn export_measures_xlsx(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((org, plan)): Path<(String, String)>,
) -> AppResult<Response> {
    let (organisation, _) = authorise(&state, &ctx, &org, Capability::ViewOrganisation).await?;
    let plan = state.store().plan(&organisation.id, &plan).await?;
    let measures = state.store().measures(&organisation.id, &plan.id).await?;
    let body = export_xlsx(&plan.title, &measures).map_err(|e| AppError {
        code: ErrorCode::Internal,
        args: Vec::new(),
        internal: Some(e.to_string()),
    })?;
    Ok(crate::kit::files::download(
        XLSX_CONTENT_TYPE,
        "measures.xlsx",
        body,
    ))
}

/// `/orgs/{org}/plans/{plan}/measures.csv`.
pub(crate) async fn export_measures(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((org, plan)): Path<(String, String)>,
) -> AppResult<Response> {
    let (organisation, _) = authorise(&state, &ctx, &org, Capability::ViewOrganisation).await?;
    let measures = state.store().measures(&organisation.id, &plan).await?;
    let body = export(&measures).map_err(|e| AppError {
        code: ErrorCode::Internal,
        args: Vec::new(),
        internal: Some(e.to_string()),
    })?;
    Ok(crate::kit::files::download(
        "text/csv; charset=utf-8",
        "measures.csv",
        body,
    ))
}

/// A problem, ready to show.
#[derive(Debug)]
pub(crate) struct ProblemRow {
    pub row: usize,
    pub column: String,
    pub text: String,
}

#[derive(Template)]
#[template(path = "planning/bulk_result.html")]
struct BulkResultPage {
    page: Layout,
    back_href: String,
    back_key: &'static str,
    problems: Vec<ProblemRow>,
}

/// The page that lists every problem of a refused file (422): by row and
/// column, translated, with a link back to where the file was uploaded.
pub(crate) fn problems_page(
    ctx: &Ctx,
    back_href: String,
    back_key: &'static str,
    problems: Vec<Problem>,
    columns: &[&str],
) -> Response {
    let page = BulkResultPage {
        page: Layout::new(ctx, "bulk-result-title"),
        back_href,
        back_key,
        problems: problems
            .into_iter()
            .map(|p| ProblemRow {
                row: p.row,
                text: ctx.t.t_args(
                    p.key,
                    &[
                        ("value", p.value),
                        ("expected", columns.join(";")),
                        ("count", columns.len().to_string()),
                    ],
                ),
                column: p.column,
            })
            .collect(),
    };
    (axum::http::StatusCode::UNPROCESSABLE_ENTITY, render(&page)).into_response()
}

/// `POST /orgs/{org}/plans/{plan}/measures/bulk`: a file in the export's format.
pub(crate) async fn bulk_update(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((org, plan)): Path<(String, String)>,
    multipart: Result<Multipart, MultipartRejection>,
) -> AppResult<Response> {
    let (organisation, _) = authorise(&state, &ctx, &org, Capability::EditPlanning).await?;
    let file = uploaded_file(&ctx, multipart).await?;
    let measures = state.store().measures(&organisation.id, &plan).await?;
    let problems = match parse(&file, &measures, &state.config().workbook) {
        Ok(rows) => {
            let changed = state
                .store()
                .bulk_update_measures(&ctx.actor(), &organisation.id, &plan, &rows)
                .await?;
            tracing::info!(request_id = %ctx.request_id, changed, "bulk update applied");
            return Ok(Redirect::to(&format!(
                "/orgs/{org}/plans/{plan}?notice=bulk-applied#measures"
            ))
            .into_response());
        }
        Err(problems) => problems,
    };
    Ok(problems_page(
        &ctx,
        format!("/orgs/{org}/plans/{plan}#measures"),
        "measure-back-to-plan",
        problems,
        &COLUMNS,
    ))
}

#[cfg(test)]
mod tests {
    use jamlik_domain::{IsoDate, MeasureStatus};
    use jamlik_store::Measure;

    use super::*;

    fn measure(id: &str) -> Measure {
        Measure {
            id: id.into(),
            plan_id: "p".into(),
            finding_id: None,
            title: "Bilingual letters; \"templates\"".into(),
            goal: String::new(),
            owner_user_id: None,
            owner_unit: "Social services".into(),
            budget_cents: None,
            start_date: None,
            due_date: IsoDate::parse("2026-03-31").ok(),
            status: MeasureStatus::Planned,
            updated_at: 0,
            carried_from: None,
            catalogue_id: None,
            indicators: Vec::new(),
        }
    }

    #[test]
    fn the_export_reads_back_unchanged() {
        let measures = [measure("a"), measure("b")];
        let text = export(&measures).unwrap_or_default();
        assert!(text.starts_with('\u{feff}'));
        let rows =
            parse(text.as_bytes(), &measures, &WorkbookLimits::default()).unwrap_or_default();
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0].status, MeasureStatus::Planned);
        assert_eq!(rows[0].due_date, IsoDate::parse("2026-03-31").ok());
    }

    #[test]
    fn formulas_go_out_as_text_and_the_file_still_reads_back() {
        let mut dangerous = measure("a");
        dangerous.title = "=HYPERLINK(\"http://evil.example\",\"x\")".into();
        dangerous.owner_unit = "@SUM(1+1)*cmd|' /C calc'!A0".into();
        let measures = [dangerous, measure("b")];
        let text = export(&measures).unwrap_or_default();
        assert!(text.contains(";\"'=HYPERLINK("), "{text}");
        assert!(text.contains(";'@SUM(1+1)"), "{text}");
        let rows =
            parse(text.as_bytes(), &measures, &WorkbookLimits::default()).unwrap_or_default();
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0].measure_id, "a");
        assert_eq!(rows[0].note, "");
    }

    #[test]
    fn every_problem_is_found_by_row_and_column() {
        let measures = [measure("a"), measure("b")];
        let file = "id;title;responsible_unit;due_date;status;note\na;x;y;2026-02-30;finished;\nzzz;x;y;;done;\nb;x;y\n";
        let problems = parse(file.as_bytes(), &measures, &WorkbookLimits::default())
            .err()
            .unwrap_or_default();
        let found: Vec<_> = problems
            .iter()
            .map(|p| (p.row, p.column.as_str(), p.key))
            .collect();
        assert_eq!(
            found,
            vec![
                (2, "status", "bulk-problem-status"),
                (2, "due_date", "bulk-problem-date"),
                (3, "id", "bulk-problem-unknown-measure"),
                (4, "", "bulk-problem-ragged"),
            ]
        );
        let wrong_header = parse(b"id,state\n", &measures, &WorkbookLimits::default())
            .err()
            .unwrap_or_default();
        assert_eq!(wrong_header[0].key, "bulk-problem-columns");
        let latin1 = parse(b"id;title\n\xe4\n", &measures, &WorkbookLimits::default())
            .err()
            .unwrap_or_default();
        assert_eq!(latin1[0].key, "upload-problem-windows-1252");
        assert_eq!((latin1[0].row, latin1[0].value.as_str()), (2, "ä"));
    }
}
