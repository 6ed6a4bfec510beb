//! The services inventory from a file: a coordinator uploads a CSV or XLSX
//! with one service or unit per row. Every row is checked first; the
//! services are added in one transaction, each with its audit event, only
//! when nothing is wrong. Otherwise every problem is listed by row and column
//! and nothing is added.

use std::collections::HashMap;

use axum::extract::multipart::MultipartRejection;
use axum::extract::{Multipart, Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use jamlik_domain::{Capability, ErrorCode, Role, MAX_TEXT};
use jamlik_store::{Member, Service, ServiceInput};

use super::bulk::{problems_page, XLSX_CONTENT_TYPE};
use crate::kit::authorise;
use crate::kit::context::Ctx;
use crate::kit::csv_out::CsvOut;
use crate::kit::error::{AppError, AppResult};
use crate::kit::sheets::{
    body_after_header, cells_for, read_table, uploaded_file, workbook, Problem, TableRow,
};
use crate::AppState;

/// The columns of an inventory file, in order.
pub(crate) const COLUMNS: [&str; 4] = ["name", "unit", "description", "owner_email"];

/// The longest name of a service (as in the form).
pub(crate) const MAX_NAME: usize = 200;

/// The longest unit (as in the form).
pub(crate) const MAX_UNIT: usize = 200;

/// A name as compared for duplicates: trimmed, spaces collapsed, case ignored.
fn name_key(name: &str) -> String {
    name.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// Checks an inventory file's rows of text, whatever format they came in,
/// against the organisation's services and members. Returns every problem,
/// or the services to add when there is none.
pub(crate) fn check_rows(
    rows: &[TableRow],
    existing: &[Service],
    members: &[Member],
) -> Result<Vec<ServiceInput>, Vec<Problem>> {
    let body = body_after_header(rows, &COLUMNS).map_err(|problem| vec![problem])?;
    let existing: Vec<String> = existing.iter().map(|s| name_key(&s.name)).collect();
    let members: HashMap<String, &Member> = members
        .iter()
        .map(|m| (m.user.email.as_str().to_lowercase(), m))
        .collect();
    let mut problems = Vec::new();
    let mut inputs = Vec::new();
    let mut seen: Vec<String> = Vec::new();
    for table_row in body.iter().filter(|r| !r.is_blank()) {
        let row = table_row.number;
        let Some(cells) = cells_for(table_row, &COLUMNS) else {
            problems.push(Problem::new(
                row,
                "",
                &table_row.cells.len().to_string(),
                "upload-problem-ragged",
            ));
            continue;
        };
        let field = |index: usize| cells.get(index).map_or("", String::as_str);
        let (name, unit, description, owner_email) = (field(0), field(1), field(2), field(3));
        let mut fine = true;
        let mut report = |column: &str, value: &str, key: &'static str| {
            problems.push(Problem::new(row, column, value, key));
            fine = false;
        };
        let key = name_key(name);
        if name.is_empty() {
            report("name", "", "upload-problem-name-empty");
        } else if name.chars().count() > MAX_NAME {
            report("name", "", "upload-problem-name-long");
        } else if name.chars().any(char::is_control) {
            report("name", name, "upload-problem-name-control");
        } else if seen.contains(&key) {
            report("name", name, "upload-problem-name-duplicate");
        } else if existing.contains(&key) {
            report("name", name, "upload-problem-name-exists");
        }
        if !name.is_empty() {
            seen.push(key);
        }
        if unit.chars().count() > MAX_UNIT {
            report("unit", "", "upload-problem-unit-long");
        }
        if description.chars().count() > MAX_TEXT {
            report("description", "", "upload-problem-description-long");
        }
        let owner = if owner_email.is_empty() {
            None
        } else {
            match members.get(&owner_email.to_lowercase()) {
                None => {
                    report("owner_email", owner_email, "upload-problem-owner-unknown");
                    None
                }
                Some(member) if member.role == Role::Viewer => {
                    report("owner_email", owner_email, "upload-problem-owner-viewer");
                    None
                }
                Some(member) => Some(member.user.id.clone()),
            }
        };
        if fine {
            inputs.push(ServiceInput {
                name: name.to_owned(),
                unit: unit.to_owned(),
                description: description.to_owned(),
                owner_user_id: owner,
            });
        }
    }
    if inputs.is_empty() && problems.is_empty() {
        problems.push(Problem::file("bulk-problem-empty"));
    }
    if problems.is_empty() {
        Ok(inputs)
    } else {
        Err(problems)
    }
}

/// `POST /orgs/{org}/services/import`: a CSV or XLSX with [`COLUMNS`].
pub(crate) async fn import(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(org): Path<String>,
    multipart: Result<Multipart, MultipartRejection>,
) -> AppResult<Response> {
    let (organisation, _) = authorise(&state, &ctx, &org, Capability::EditPlanning).await?;
    let file = uploaded_file(&ctx, multipart).await?;
    let existing = state.store().services(&organisation.id).await?;
    let members = state.store().members(&organisation.id).await?;
    let checked = read_table(&file, &state.config().workbook)
        .and_then(|rows| check_rows(&rows, &existing, &members));
    match checked {
        Ok(inputs) => {
            let added = state
                .store()
                .import_services(&ctx.actor(), &organisation.id, inputs)
                .await?;
            tracing::info!(request_id = %ctx.request_id, added = added.len(), "services imported");
            Ok(Redirect::to(&format!(
                "/orgs/{org}/services?notice=services-imported&count={}",
                added.len()
            ))
            .into_response())
        }
        Err(problems) => Ok(problems_page(
            &ctx,
            format!("/orgs/{org}/services"),
            "services-back",
            problems,
            &COLUMNS,
        )),
    }
}

/// `GET /orgs/{org}/services/template.csv`: the header to fill in, as the
/// measures' export writes CSV (UTF-8 with a byte-order mark, semicolons).
pub(crate) async fn template_csv(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(org): Path<String>,
) -> AppResult<Response> {
    authorise(&state, &ctx, &org, Capability::ViewOrganisation).await?;
    let mut out = CsvOut::new(b';', false).byte_order_mark().crlf();
    let body = out
        .text_row(COLUMNS)
        .and_then(|()| out.finish())
        .map_err(|e| AppError {
            code: ErrorCode::Internal,
            args: Vec::new(),
            internal: Some(e.to_string()),
        })?;
    Ok(crate::kit::files::download(
        "text/csv; charset=utf-8",
        "services.csv",
        body,
    ))
}

/// `GET /orgs/{org}/services/template.xlsx`: the header to fill in, as a workbook.
pub(crate) async fn template_xlsx(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(org): Path<String>,
) -> AppResult<Response> {
    authorise(&state, &ctx, &org, Capability::ViewOrganisation).await?;
    let body = workbook(&ctx.t.t("services-sheet-name"), &COLUMNS, &[]).map_err(|e| AppError {
        code: ErrorCode::Internal,
        args: Vec::new(),
        internal: Some(e.to_string()),
    })?;
    Ok(crate::kit::files::download(
        XLSX_CONTENT_TYPE,
        "services.xlsx",
        body,
    ))
}

#[cfg(test)]
mod tests {
    use jamlik_domain::UserId;
    use jamlik_store::User;

    use super::*;

    fn row(number: usize, cells: &[&str]) -> TableRow {
        TableRow {
            number,
            cells: cells.iter().map(|c| (*c).to_owned()).collect(),
        }
    }

    fn member(email: &str, role: Role) -> Member {
        Member {
            user: User {
                id: UserId::from_raw(email),
                email: email.to_owned(),
                display_name: email.to_owned(),
                has_password: true,
                language: None,
                global_role: None,
                created_at: 0,
            },
            role,
            since: 0,
        }
    }

    #[test]
    fn every_problem_is_named_by_row_and_column() {
        let members = [
            member("anna@turku.example", Role::Contributor),
            member("ville@turku.example", Role::Viewer),
        ];
        let existing = vec![Service {
            id: "s".into(),
            name: "Home care".into(),
            unit: String::new(),
            description: String::new(),
            owner_user_id: None,
        }];
        let long = "x".repeat(MAX_NAME + 1);
        let rows = vec![
            row(1, &COLUMNS),
            row(2, &["Libraries", "Culture", "", "Anna@Turku.example"]),
            row(3, &["", "Culture", "", ""]),
            row(4, &[&long, "", "", ""]),
            row(5, &["libraries", "", "", ""]),
            row(6, &["home  care", "", "", ""]),
            row(7, &["Schools", "", "", "nobody@turku.example"]),
            row(8, &["Pools", "", "", "ville@turku.example"]),
            row(9, &["Parks", ""]),
        ];
        let problems = check_rows(&rows, &existing, &members)
            .err()
            .unwrap_or_default();
        let found: Vec<_> = problems
            .iter()
            .map(|p| (p.row, p.column.as_str(), p.key))
            .collect();
        assert_eq!(
            found,
            vec![
                (3, "name", "upload-problem-name-empty"),
                (4, "name", "upload-problem-name-long"),
                (5, "name", "upload-problem-name-duplicate"),
                (6, "name", "upload-problem-name-exists"),
                (7, "owner_email", "upload-problem-owner-unknown"),
                (8, "owner_email", "upload-problem-owner-viewer"),
                (9, "", "upload-problem-ragged"),
            ]
        );
        let good = check_rows(&rows[..2], &existing, &members).unwrap_or_default();
        assert_eq!(good.len(), 1);
        assert_eq!(
            good[0].owner_user_id.as_ref().map(UserId::as_str),
            Some("anna@turku.example")
        );
    }
}
