//! Self-reports: an organisation that plans outside Jämlik reports the facts
//! of its plan (framework, approval, a link or PDF, the required elements it
//! contains, the pay-survey figures its framework asks for). Every report is
//! checked whole before anything is stored, each problem named with its
//! field; a large change since the previous report asks for confirmation.

use std::collections::HashMap;

use askama::Template;
use axum::extract::multipart::MultipartRejection;
use axum::extract::{Multipart, Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use jamlik_domain::{
    check_report_figures, parse_figure, Capability, ErrorCode, GroupRatio, IsoDate, PayFigure,
    PayFigures, ReportProblem, QUARTILE_FIELDS,
};
use jamlik_packs::Pack;
use jamlik_store::{NewSelfReport, Organisation, StatusFilter};
use serde::Deserialize;

use crate::kit::context::Ctx;
use crate::kit::error::{AppError, AppResult};
use crate::kit::views::{render, Layout};
use crate::kit::{authorise, error_status, org_name};
use crate::kit::{show_date, today};
use crate::AppState;

/// The largest PDF accepted with a self-report.
pub(crate) const MAX_REPORT_FILE_BYTES: usize = 10 * 1024 * 1024;
/// How many pay groups the form offers.
const GROUP_ROWS: usize = 5;

/// The frameworks an organisation may report under, in pack order.
pub(crate) fn reportable(org: &Organisation) -> Vec<&'static Pack> {
    let Ok(registry) = jamlik_packs::shipped() else {
        return Vec::new();
    };
    let staff = org.staff_size.and_then(|s| u64::try_from(s).ok());
    registry
        .packs()
        .iter()
        .filter(|p| p.takes_reports(org.country, org.kind, staff))
        .collect()
}

/// The translated label of a form field, for messages that name it.
fn field_label(ctx: &Ctx, field: &str) -> String {
    ctx.t
        .t(&format!("self-report-field-{}", field.replace('_', "-")))
}

/// A report problem as an error whose message names the field.
fn problem_error(ctx: &Ctx, problem: &ReportProblem) -> AppError {
    let mut error = AppError::from(problem.code).with_arg("field", field_label(ctx, problem.field));
    for (name, value) in &problem.numbers {
        error = error.with_arg(name, format_figure(ctx, *value));
    }
    error
}

/// A figure in the viewer's language: a decimal comma in Swedish and Finnish.
pub(crate) fn format_figure(ctx: &Ctx, value: f64) -> String {
    let text = format!("{:.1}", value);
    let text = text.strip_suffix(".0").map_or(text.clone(), str::to_owned);
    match ctx.t.language() {
        jamlik_domain::Language::English => text,
        _ => text.replace('.', ","),
    }
}

/// One framework's choice in the selector.
#[derive(Debug)]
struct FrameworkChoice {
    id: String,
    title: String,
    selected: bool,
}

/// A required element as a checkbox.
#[derive(Debug)]
struct ElementBox {
    id: String,
    name: String,
    checked: bool,
}

/// A submitted report in the history.
#[derive(Debug)]
struct HistoryRow {
    submitted: String,
    framework: String,
    approved_on: String,
    approved_body: String,
    link: Option<String>,
    file: Option<String>,
    women_pay: String,
}

/// A status of this organisation.
#[derive(Debug)]
struct OwnStatus {
    framework: String,
    status: String,
    status_key: String,
    missing: String,
    next_change: String,
}

#[derive(Template)]
#[template(path = "monitoring/self_reports.html")]
struct SelfReportsPage {
    page: Layout,
    org_id: String,
    org_name: String,
    frameworks: Vec<FrameworkChoice>,
    framework: String,
    framework_title: String,
    elements: Vec<ElementBox>,
    has_pay_survey: bool,
    ask_ratio: bool,
    ask_quartiles: bool,
    ask_distribution: bool,
    values: HashMap<String, String>,
    error: Option<String>,
    error_field: String,
    ask_confirm: bool,
    today: String,
    history: Vec<HistoryRow>,
    statuses: Vec<OwnStatus>,
    group_rows: Vec<(String, String)>,
    quartiles: Vec<(String, String, String)>,
    distribution: Vec<&'static str>,
}

impl SelfReportsPage {
    fn value(&self, name: &str) -> String {
        self.values.get(name).cloned().unwrap_or_default()
    }

    fn invalid(&self, name: &str) -> bool {
        self.error_field == name
    }
}

#[derive(Debug, Deserialize)]
pub(crate) struct FrameworkQuery {
    framework: Option<String>,
}

/// `/orgs/{org}/self-reports`: the form and the history.
pub(crate) async fn page(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(org): Path<String>,
    Query(query): Query<FrameworkQuery>,
) -> AppResult<Response> {
    let (organisation, _) = authorise(&state, &ctx, &org, Capability::EditPlanning).await?;
    let packs = reportable(&organisation);
    let pack = query
        .framework
        .as_deref()
        .and_then(|id| packs.iter().find(|p| p.id == id).copied())
        .or_else(|| packs.first().copied());
    let page = build_page(&state, &ctx, &organisation, pack, HashMap::new(), None).await?;
    Ok(render(&page))
}

async fn build_page(
    state: &AppState,
    ctx: &Ctx,
    org: &Organisation,
    pack: Option<&Pack>,
    values: HashMap<String, String>,
    error: Option<(&AppError, &'static str)>,
) -> AppResult<SelfReportsPage> {
    let language = ctx.t.language();
    let packs = reportable(org);
    let registry = jamlik_packs::shipped().ok();
    let title_of = |id: &str| {
        registry
            .and_then(|r| r.get(id))
            .map_or(id.to_owned(), |p| p.title.get(language).to_owned())
    };
    let checked: Vec<String> = values
        .get("elements")
        .map(|e| e.split(',').map(str::to_owned).collect())
        .unwrap_or_default();
    let elements = pack
        .map(|p| {
            p.elements
                .iter()
                .filter(|e| e.required)
                .map(|e| ElementBox {
                    id: e.id.clone(),
                    name: e.name.get(language).to_owned(),
                    checked: checked.contains(&e.id),
                })
                .collect()
        })
        .unwrap_or_default();
    let status = pack.and_then(|p| p.status.as_ref());
    let asked = status.map(|s| s.pay_figures.clone()).unwrap_or_default();
    let history = state
        .store()
        .self_reports(&org.id)
        .await?
        .into_iter()
        .map(|r| HistoryRow {
            submitted: ctx.t.datetime(r.submitted_at),
            framework: title_of(&r.framework),
            approved_on: show_date(ctx, &r.approved_on),
            approved_body: r.approved_body,
            link: r.link,
            file: r
                .file_id
                .map(|f| format!("/orgs/{}/self-reports/files/{f}", org.id)),
            women_pay: r
                .figures
                .women_pay_percent
                .map(|v| format!("{} %", format_figure(ctx, v)))
                .unwrap_or_default(),
        })
        .collect();
    let as_of = time::OffsetDateTime::now_utc().date();
    let statuses = state
        .store()
        .organisation_statuses(
            &StatusFilter {
                org: Some(org.id.clone()),
                ..StatusFilter::default()
            },
            as_of,
            None,
        )
        .await?
        .items
        .into_iter()
        .map(|row| {
            let pack = registry.and_then(|r| r.get(&row.framework));
            OwnStatus {
                framework: title_of(&row.framework),
                status: ctx.t.t(&row.status.message_key()),
                status_key: row.status.as_str().replace('_', "-"),
                missing: row
                    .missing
                    .iter()
                    .map(|id| {
                        pack.and_then(|p| p.element(id))
                            .map_or(id.clone(), |e| e.name.get(language).to_owned())
                    })
                    .collect::<Vec<_>>()
                    .join(", "),
                next_change: row
                    .next_change
                    .as_ref()
                    .map(|d| show_date(ctx, d))
                    .unwrap_or_default(),
            }
        })
        .collect();
    let group_rows = (1..=GROUP_ROWS)
        .map(|i| (format!("group_{i}_name"), format!("group_{i}_percent")))
        .collect();
    let quartiles = QUARTILE_FIELDS
        .iter()
        .enumerate()
        .map(|(i, (w, m))| (format!("{}", i + 1), (*w).to_owned(), (*m).to_owned()))
        .collect();
    Ok(SelfReportsPage {
        page: Layout::new(ctx, "self-reports-title"),
        org_id: org.id.to_string(),
        org_name: org_name(ctx, org),
        frameworks: packs
            .iter()
            .map(|p| FrameworkChoice {
                id: p.id.clone(),
                title: p.title.get(language).to_owned(),
                selected: pack.is_some_and(|s| s.id == p.id),
            })
            .collect(),
        framework: pack.map(|p| p.id.clone()).unwrap_or_default(),
        framework_title: pack
            .map(|p| p.title.get(language).to_owned())
            .unwrap_or_default(),
        elements,
        has_pay_survey: status.is_some_and(|s| s.pay_survey.is_some()),
        ask_ratio: asked.contains(&PayFigure::GroupRatio),
        ask_quartiles: asked.contains(&PayFigure::Quartiles),
        ask_distribution: asked.contains(&PayFigure::Distribution),
        values,
        error: error.map(|(e, _)| crate::kit::form_error(ctx, e)),
        error_field: error.map(|(_, f)| f.to_owned()).unwrap_or_default(),
        ask_confirm: error.is_some_and(|(e, _)| e.code == ErrorCode::ReportJumpUnconfirmed),
        today: today().to_string(),
        history,
        statuses,
        group_rows,
        quartiles,
        distribution: vec!["mean", "median", "min", "max"],
    })
}

/// The text fields of the form, with repeated `elements` joined by commas.
fn collect_fields(fields: Vec<(String, String)>) -> HashMap<String, String> {
    let mut map: HashMap<String, String> = HashMap::new();
    for (name, value) in fields {
        if name == "elements" {
            let entry = map.entry(name).or_default();
            if !entry.is_empty() {
                entry.push(',');
            }
            entry.push_str(value.trim());
        } else {
            map.insert(name, value);
        }
    }
    map
}

fn problem(code: ErrorCode, field: &'static str) -> ReportProblem {
    ReportProblem {
        code,
        field,
        numbers: Vec::new(),
    }
}

/// Checks a whole self-report: every field, then the figures. Returns the
/// report to store, or the first problem with its field.
pub(crate) fn check_report(
    pack: &Pack,
    values: &HashMap<String, String>,
    file: Option<(String, Vec<u8>)>,
    today: time::Date,
    previous: Option<f64>,
) -> Result<NewSelfReport, ReportProblem> {
    let get = |name: &str| values.get(name).map(|v| v.trim()).unwrap_or_default();
    let date = |name: &'static str| -> Result<Option<IsoDate>, ReportProblem> {
        IsoDate::parse_optional(get(name)).map_err(|_| problem(ErrorCode::ReportInvalidDate, name))
    };
    let approved_on = date("approved_on")?;
    if approved_on.is_none() {
        return Err(problem(ErrorCode::ReportMissingField, "approved_on"));
    }
    let approved_body = get("approved_body");
    if approved_body.is_empty() {
        return Err(problem(ErrorCode::ReportMissingField, "approved_body"));
    }
    let approved_body = jamlik_domain::check_short_text(approved_body)
        .map_err(|code| problem(code, "approved_body"))?;
    let link = get("link");
    let link = if link.is_empty() {
        None
    } else {
        let ok = (link.starts_with("https://") || link.starts_with("http://"))
            && link.len() <= 500
            && !link.chars().any(|c| c.is_whitespace() || c.is_control());
        if !ok {
            return Err(problem(ErrorCode::ReportInvalidLink, "link"));
        }
        Some(link.to_owned())
    };
    if let Some((_, bytes)) = &file {
        if !bytes.starts_with(b"%PDF-") {
            return Err(problem(ErrorCode::ReportNotPdf, "file"));
        }
        if bytes.len() > MAX_REPORT_FILE_BYTES {
            return Err(problem(ErrorCode::EvidenceTooLarge, "file"));
        }
    }
    if link.is_none() && file.is_none() {
        return Err(problem(ErrorCode::ReportNoDocument, "link"));
    }
    let mut elements = Vec::new();
    for id in get("elements")
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
    {
        if !pack.elements.iter().any(|e| e.id == id && e.required) {
            return Err(problem(ErrorCode::ReportUnknownElement, "elements"));
        }
        if !elements.iter().any(|e: &String| e == id) {
            elements.push(id.to_owned());
        }
    }
    let pay_survey_on = date("pay_survey_on")?;
    let followed_up_on = date("followed_up_on")?;
    if pay_survey_on
        .as_ref()
        .and_then(IsoDate::date)
        .is_some_and(|d| d > today)
    {
        return Err(problem(ErrorCode::ReportFutureDate, "pay_survey_on"));
    }
    let status = pack.status.as_ref();
    let asked = status.map(|s| s.pay_figures.clone()).unwrap_or_default();
    let jump = status.map_or(10.0, |s| s.jump_threshold);
    let mut figures = PayFigures::default();
    if asked.contains(&PayFigure::GroupRatio) {
        figures.women_pay_percent = parse_figure(get("women_pay_percent"), "women_pay_percent")?;
        for i in 1..=GROUP_ROWS {
            let name = get(&format!("group_{i}_name"));
            let percent = parse_figure(get(&format!("group_{i}_percent")), "groups")?;
            match (name.is_empty(), percent) {
                (true, None) => {}
                (false, Some(value)) => figures.groups.push(GroupRatio {
                    group: jamlik_domain::check_short_text(name)
                        .map_err(|code| problem(code, "groups"))?,
                    women_pay_percent: value,
                }),
                _ => return Err(problem(ErrorCode::ReportMissingField, "groups")),
            }
        }
    }
    if asked.contains(&PayFigure::Quartiles) {
        let mut women = [0.0; 4];
        let mut men = [0.0; 4];
        let mut any_missing = None;
        for (i, (w, m)) in QUARTILE_FIELDS.iter().enumerate() {
            match (parse_figure(get(w), w)?, parse_figure(get(m), m)?) {
                (Some(a), Some(b)) => {
                    women[i] = a;
                    men[i] = b;
                }
                (None, _) => any_missing = any_missing.or(Some(*w)),
                (_, None) => any_missing = any_missing.or(Some(*m)),
            }
        }
        if let Some(field) = any_missing {
            return Err(problem(ErrorCode::ReportMissingField, field));
        }
        figures.quartiles_women = Some(women);
        figures.quartiles_men = Some(men);
    }
    if asked.contains(&PayFigure::Distribution) {
        figures.mean = parse_figure(get("mean"), "mean")?;
        figures.median = parse_figure(get("median"), "median")?;
        figures.min = parse_figure(get("min"), "min")?;
        figures.max = parse_figure(get("max"), "max")?;
    }
    let confirmed = get("confirm_jump") == "yes";
    check_report_figures(
        approved_on.as_ref(),
        followed_up_on.as_ref(),
        today,
        &asked,
        &figures,
        previous,
        jump,
        confirmed,
    )?;
    let approved_on =
        approved_on.ok_or_else(|| problem(ErrorCode::ReportMissingField, "approved_on"))?;
    Ok(NewSelfReport {
        framework: pack.id.clone(),
        approved_on,
        approved_body,
        link,
        file,
        elements,
        pay_survey_on,
        followed_up_on,
        figures,
        jump_confirmed: confirmed,
    })
}

/// `POST /orgs/{org}/self-reports`: checks and stores a report, or shows the
/// form again with the problem named.
pub(crate) async fn submit(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(org): Path<String>,
    multipart: Result<Multipart, MultipartRejection>,
) -> AppResult<Response> {
    let (organisation, _) = authorise(&state, &ctx, &org, Capability::EditPlanning).await?;
    let upload = crate::kit::sheets::uploaded(&ctx, multipart).await?;
    let values = collect_fields(upload.fields);
    let packs = reportable(&organisation);
    let framework = values
        .get("framework")
        .map(|f| f.trim())
        .unwrap_or_default();
    let Some(pack) = packs.iter().find(|p| p.id == framework).copied() else {
        let error = problem_error(
            &ctx,
            &problem(ErrorCode::ReportFrameworkNotReportable, "framework"),
        );
        let page = build_page(
            &state,
            &ctx,
            &organisation,
            packs.first().copied(),
            values,
            Some((&error, "framework")),
        )
        .await?;
        return Ok((error_status(&error), render(&page)).into_response());
    };
    let file = (!upload.bytes.is_empty()).then(|| {
        let name = crate::kit::files::clean_file_name(upload.file_name.as_deref())
            .unwrap_or_else(|| "plan.pdf".to_owned());
        (name, upload.bytes.to_vec())
    });
    let previous = state
        .store()
        .previous_women_pay(&organisation.id, &pack.id)
        .await?;
    let today = time::OffsetDateTime::now_utc().date();
    match check_report(pack, &values, file, today, previous) {
        Ok(report) => {
            state
                .store()
                .submit_self_report(&ctx.actor(), &organisation.id, report)
                .await?;
            Ok(Redirect::to(&format!(
                "/orgs/{org}/self-reports?framework={}&notice=self-report-submitted",
                pack.id
            ))
            .into_response())
        }
        Err(report_problem) => {
            let error = problem_error(&ctx, &report_problem);
            let page = build_page(
                &state,
                &ctx,
                &organisation,
                Some(pack),
                values,
                Some((&error, report_problem.field)),
            )
            .await?;
            Ok((error_status(&error), render(&page)).into_response())
        }
    }
}

/// `/orgs/{org}/self-reports/files/{file}`: a report's PDF, as an attachment.
pub(crate) async fn file(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((org, file)): Path<(String, String)>,
) -> AppResult<Response> {
    let (organisation, _) = authorise(&state, &ctx, &org, Capability::ViewOrganisation).await?;
    let (name, _, bytes) = state
        .store()
        .self_report_file(&organisation.id, &file)
        .await?;
    Ok(crate::kit::files::download("application/pdf", &name, bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pack(id: &str) -> &'static Pack {
        jamlik_packs::shipped().unwrap().get(id).unwrap()
    }

    fn day(raw: &str) -> time::Date {
        IsoDate::parse(raw).unwrap().date().unwrap()
    }

    fn form(pairs: &[(&str, &str)]) -> HashMap<String, String> {
        pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect()
    }

    #[test]
    fn a_sound_report_passes_and_each_bad_field_is_named() {
        let good = [
            ("approved_on", "2026-03-01"),
            ("approved_body", "Kunnanhallitus"),
            ("link", "https://example.org/plan.pdf"),
            ("elements", "pay-survey,measures"),
            ("women_pay_percent", "96,5"),
        ];
        let pack = pack("fi-gender-equality");
        let report = check_report(pack, &form(&good), None, day("2026-11-01"), None).unwrap();
        assert_eq!(report.figures.women_pay_percent, Some(96.5));
        assert_eq!(report.elements, vec!["pay-survey", "measures"]);
        let field = |changes: &[(&str, &str)]| {
            let mut values = form(&good);
            for (k, v) in changes {
                values.insert((*k).to_owned(), (*v).to_owned());
            }
            check_report(pack, &values, None, day("2026-11-01"), Some(95.0))
                .map(|_| ())
                .map_err(|p| (p.code, p.field))
        };
        assert_eq!(
            field(&[("approved_on", "")]),
            Err((ErrorCode::ReportMissingField, "approved_on"))
        );
        assert_eq!(
            field(&[("approved_on", "2027-01-01")]),
            Err((ErrorCode::ReportFutureDate, "approved_on"))
        );
        assert_eq!(
            field(&[("approved_on", "2026-02-30")]),
            Err((ErrorCode::ReportInvalidDate, "approved_on"))
        );
        assert_eq!(
            field(&[("approved_body", " ")]),
            Err((ErrorCode::ReportMissingField, "approved_body"))
        );
        assert_eq!(
            field(&[("link", "")]),
            Err((ErrorCode::ReportNoDocument, "link"))
        );
        assert_eq!(
            field(&[("link", "javascript:alert(1)")]),
            Err((ErrorCode::ReportInvalidLink, "link"))
        );
        assert_eq!(
            field(&[("elements", "nonsense")]),
            Err((ErrorCode::ReportUnknownElement, "elements"))
        );
        assert_eq!(
            field(&[("women_pay_percent", "")]),
            Err((ErrorCode::ReportMissingField, "women_pay_percent"))
        );
        assert_eq!(
            field(&[("women_pay_percent", "250")]),
            Err((ErrorCode::ReportRatioOutOfRange, "women_pay_percent"))
        );
        assert_eq!(
            field(&[("women_pay_percent", "80")]),
            Err((ErrorCode::ReportJumpUnconfirmed, "women_pay_percent"))
        );
        assert_eq!(
            field(&[("women_pay_percent", "80"), ("confirm_jump", "yes")]),
            Ok(())
        );
        assert_eq!(
            field(&[("group_1_name", "Teachers")]),
            Err((ErrorCode::ReportMissingField, "groups"))
        );
    }

    #[test]
    fn a_file_must_be_a_pdf() {
        let values = form(&[
            ("approved_on", "2026-03-01"),
            ("approved_body", "Board"),
            ("women_pay_percent", "97"),
        ]);
        let pack = pack("fi-gender-equality");
        let not_pdf = check_report(
            pack,
            &values,
            Some(("a.pdf".into(), b"hello".to_vec())),
            day("2026-11-01"),
            None,
        );
        assert_eq!(
            not_pdf.map_err(|p| p.code).map(|_| ()),
            Err(ErrorCode::ReportNotPdf)
        );
        let pdf = check_report(
            pack,
            &values,
            Some(("a.pdf".into(), b"%PDF-1.7 x".to_vec())),
            day("2026-11-01"),
            None,
        );
        assert!(pdf.is_ok());
    }
}
