//! Measures out to CSV and back: the export is the template for a bulk
//! update. A file is checked whole — header, every row, every column — and
//! applied in one transaction only when nothing is wrong; otherwise every
//! problem is listed by row and column and nothing changes.

use askama::Template;
use axum::extract::{Multipart, Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Redirect, Response};
use jamlik_domain::{Capability, ErrorCode, IsoDate, MeasureStatus, MAX_TEXT};
use jamlik_store::{BulkRow, Measure};
use subtle::ConstantTimeEq;

use super::authorise;
use crate::context::Ctx;
use crate::error::{AppError, AppResult};
use crate::views::{render, Layout};
use crate::AppState;

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
/// Excel and LibreOffice in Finland and Sweden open as columns.
pub(crate) fn export(measures: &[Measure]) -> Result<String, csv::Error> {
    let mut writer = csv::WriterBuilder::new()
        .delimiter(b';')
        .from_writer(Vec::new());
    writer.write_record(COLUMNS)?;
    for measure in measures {
        writer.write_record([
            measure.id.as_str(),
            measure.title.as_str(),
            measure.owner_unit.as_str(),
            measure.due_date.as_ref().map_or("", |d| d.as_str()),
            measure.status.as_str(),
            "",
        ])?;
    }
    let bytes = writer
        .into_inner()
        .map_err(|e| csv::Error::from(std::io::Error::other(e.to_string())))?;
    Ok(format!("\u{feff}{}", String::from_utf8_lossy(&bytes)))
}

/// Something wrong in an uploaded file, by row (1 is the header) and column.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Problem {
    /// The row in the file, counting the header as 1.
    pub row: usize,
    /// The column's name, if the problem is in one.
    pub column: String,
    /// The value found.
    pub value: String,
    /// The message key.
    pub key: &'static str,
}

/// Reads an uploaded file against the plan's measures.
pub(crate) fn parse(bytes: &[u8], measures: &[Measure]) -> Result<Vec<BulkRow>, Vec<Problem>> {
    let problem = |row: usize, column: &str, value: &str, key: &'static str| Problem {
        row,
        column: column.to_owned(),
        value: value.to_owned(),
        key,
    };
    let Ok(text) = std::str::from_utf8(bytes) else {
        return Err(vec![problem(0, "", "", "bulk-problem-encoding")]);
    };
    let text = text.trim_start_matches('\u{feff}');
    let first_line = text.lines().next().unwrap_or_default();
    if first_line.trim().is_empty() {
        return Err(vec![problem(0, "", "", "bulk-problem-empty")]);
    }
    let delimiter = if first_line.contains(';') {
        b';'
    } else if first_line.contains('\t') {
        b'\t'
    } else {
        b','
    };
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .has_headers(true)
        .from_reader(text.as_bytes());
    let header: Vec<String> = match reader.headers() {
        Ok(header) => header.iter().map(|h| h.trim().to_owned()).collect(),
        Err(_) => return Err(vec![problem(1, "", "", "bulk-problem-unreadable")]),
    };
    if header != COLUMNS {
        return Err(vec![problem(
            1,
            "",
            &header.join(";"),
            "bulk-problem-columns",
        )]);
    }
    let mut problems = Vec::new();
    let mut rows = Vec::new();
    let mut seen: Vec<String> = Vec::new();
    for (index, record) in reader.records().enumerate() {
        let row = index + 2;
        let Ok(record) = record else {
            problems.push(problem(row, "", "", "bulk-problem-unreadable"));
            continue;
        };
        if record.iter().all(|field| field.trim().is_empty()) {
            continue;
        }
        if record.len() != COLUMNS.len() {
            problems.push(problem(
                row,
                "",
                &record.len().to_string(),
                "bulk-problem-ragged",
            ));
            continue;
        }
        let field = |name: &str| {
            record
                .get(COLUMNS.iter().position(|c| *c == name).unwrap_or(0))
                .unwrap_or_default()
                .trim()
                .to_owned()
        };
        let id = field("id");
        if !measures.iter().any(|m| m.id == id) {
            problems.push(problem(row, "id", &id, "bulk-problem-unknown-measure"));
        } else if seen.contains(&id) {
            problems.push(problem(row, "id", &id, "bulk-problem-duplicate"));
        }
        seen.push(id.clone());
        let status = MeasureStatus::parse(&field("status"));
        if status.is_err() {
            problems.push(problem(
                row,
                "status",
                &field("status"),
                "bulk-problem-status",
            ));
        }
        let due = IsoDate::parse_optional(&field("due_date"));
        if due.is_err() {
            problems.push(problem(
                row,
                "due_date",
                &field("due_date"),
                "bulk-problem-date",
            ));
        }
        let note = field("note");
        if note.chars().count() > MAX_TEXT {
            problems.push(problem(row, "note", "", "bulk-problem-note"));
        }
        if let (Ok(status), Ok(due_date)) = (status, due) {
            rows.push(BulkRow {
                measure_id: id,
                status,
                due_date,
                note,
            });
        }
    }
    if rows.is_empty() && problems.is_empty() {
        problems.push(problem(0, "", "", "bulk-problem-empty"));
    }
    if problems.is_empty() {
        Ok(rows)
    } else {
        Err(problems)
    }
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
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
            (
                header::CONTENT_DISPOSITION,
                "attachment; filename=\"measures.csv\"",
            ),
        ],
        body,
    )
        .into_response())
}

/// A problem, ready to show.
#[derive(Debug)]
pub(crate) struct ProblemRow {
    pub row: usize,
    pub column: String,
    pub text: String,
}

#[derive(Template)]
#[template(path = "bulk_result.html")]
struct BulkResultPage {
    page: Layout,
    org_id: String,
    plan_id: String,
    problems: Vec<ProblemRow>,
}

/// `POST /orgs/{org}/plans/{plan}/measures/bulk`: a file in the export's format.
pub(crate) async fn bulk_update(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((org, plan)): Path<(String, String)>,
    multipart: Result<Multipart, axum::extract::multipart::MultipartRejection>,
) -> AppResult<Response> {
    let (organisation, _) = authorise(&state, &ctx, &org, Capability::EditPlanning).await?;
    let mut multipart = multipart.map_err(|_| AppError::from(ErrorCode::MalformedBody))?;
    let mut csrf = None;
    let mut file = None;
    loop {
        let field = match multipart.next_field().await {
            Ok(Some(field)) => field,
            Ok(None) => break,
            Err(error) if error.status() == axum::http::StatusCode::PAYLOAD_TOO_LARGE => {
                return Err(ErrorCode::PayloadTooLarge.into())
            }
            Err(_) => return Err(ErrorCode::MalformedBody.into()),
        };
        let name = field.name().unwrap_or_default().to_owned();
        let bytes = field.bytes().await.map_err(|error| {
            if error.status() == axum::http::StatusCode::PAYLOAD_TOO_LARGE {
                AppError::from(ErrorCode::PayloadTooLarge)
            } else {
                AppError::from(ErrorCode::MalformedBody)
            }
        })?;
        match name.as_str() {
            "csrf" => csrf = Some(bytes),
            "file" => file = Some(bytes),
            _ => {}
        }
    }
    let valid = csrf.is_some_and(|sent| {
        !ctx.csrf.is_empty() && bool::from(sent.as_ref().ct_eq(ctx.csrf.as_bytes()))
    });
    if !valid {
        return Err(ErrorCode::CsrfRejected.into());
    }
    let measures = state.store().measures(&organisation.id, &plan).await?;
    let problems = match parse(file.as_deref().unwrap_or_default(), &measures) {
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
    let page = BulkResultPage {
        page: Layout::new(&ctx, "bulk-result-title"),
        org_id: organisation.id.to_string(),
        plan_id: plan,
        problems: problems
            .into_iter()
            .map(|p| ProblemRow {
                row: p.row,
                text: ctx.t.t_args(
                    p.key,
                    &[("value", p.value), ("expected", COLUMNS.join(";"))],
                ),
                column: p.column,
            })
            .collect(),
    };
    Ok((axum::http::StatusCode::UNPROCESSABLE_ENTITY, render(&page)).into_response())
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
            indicators: Vec::new(),
        }
    }

    #[test]
    fn the_export_reads_back_unchanged() {
        let measures = [measure("a"), measure("b")];
        let text = export(&measures).unwrap_or_default();
        assert!(text.starts_with('\u{feff}'));
        let rows = parse(text.as_bytes(), &measures).unwrap_or_default();
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0].status, MeasureStatus::Planned);
        assert_eq!(rows[0].due_date, IsoDate::parse("2026-03-31").ok());
    }

    #[test]
    fn every_problem_is_found_by_row_and_column() {
        let measures = [measure("a"), measure("b")];
        let file = "id;title;responsible_unit;due_date;status;note\na;x;y;2026-02-30;finished;\nzzz;x;y;;done;\nb;x;y\n";
        let problems = parse(file.as_bytes(), &measures).err().unwrap_or_default();
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
        let wrong_header = parse(b"id,state\n", &measures).err().unwrap_or_default();
        assert_eq!(wrong_header[0].key, "bulk-problem-columns");
        let latin1 = parse(b"id;title\n\xe4\n", &measures)
            .err()
            .unwrap_or_default();
        assert_eq!(latin1[0].key, "bulk-problem-encoding");
    }
}
