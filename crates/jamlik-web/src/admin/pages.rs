//! Administration: all organisations (admins and national monitors read,
//! admins add), all people and their global roles, the whole audit trail.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Redirect, Response};
use jamlik_domain::{
    Country, ErrorCode, Framework, GlobalRole, OrgKind, OrganisationDraft, UserId,
};
use jamlik_store::{OrgFilter, PageRequest};
use serde::Deserialize;

use crate::kit::audit::{audit_rows, AuditPage};
use crate::kit::context::{utf8_percent_encode, Ctx};
use crate::kit::error::{AppError, AppResult};
use crate::kit::forms::settle;
use crate::kit::forms::CsrfForm;
use crate::kit::views::OrgRow;
use crate::kit::views::{render, Layout};
use crate::kit::{error_status, form_error, org_name, require_admin};
use crate::AppState;

/// `/admin`.
pub(crate) async fn index(ctx: Ctx) -> AppResult<Response> {
    ctx.require_user()?;
    Ok(Redirect::to("/admin/organisations").into_response())
}

fn require_overseer(ctx: &Ctx) -> AppResult<()> {
    ctx.require_user()?;
    // Instructors see only their own organisations, not the register.
    if matches!(
        ctx.global_role(),
        Some(GlobalRole::Admin | GlobalRole::NationalMonitor)
    ) {
        Ok(())
    } else {
        Err(ErrorCode::Forbidden.into())
    }
}

#[derive(Debug, Default, Deserialize)]
pub(crate) struct OrgQuery {
    q: Option<String>,
    country: Option<String>,
    page: Option<i64>,
}

/// One organisation in the admin list.
#[derive(Debug)]
pub(crate) struct AdminOrgRow {
    pub row: OrgRow,
    pub code: String,
    pub country_key: String,
    pub kind_key: String,
    pub population: Option<i64>,
}

#[derive(Template)]
#[template(path = "admin/admin_orgs.html")]
struct AdminOrgsPage {
    page: Layout,
    is_admin: bool,
    q: String,
    country: String,
    rows: Vec<AdminOrgRow>,
    total: i64,
    page_number: i64,
    pages: i64,
    base: String,
    kinds: Vec<&'static str>,
    error: Option<String>,
    form: NewOrgForm,
}

#[derive(Template)]
#[template(path = "admin/admin_orgs_table.html")]
struct AdminOrgsTable {
    page: Layout,
    rows: Vec<AdminOrgRow>,
    total: i64,
    page_number: i64,
    pages: i64,
    base: String,
}

#[derive(Debug, Default, Deserialize)]
pub(crate) struct NewOrgForm {
    #[serde(default)]
    kind: String,
    #[serde(default)]
    country: String,
    #[serde(default)]
    code: String,
    #[serde(default)]
    name_fi: String,
    #[serde(default)]
    name_sv: String,
    #[serde(default)]
    name_en: String,
    #[serde(default)]
    staff_size: String,
}

async fn organisations_page(
    state: &AppState,
    ctx: &Ctx,
    query: OrgQuery,
    headers: &HeaderMap,
    error: Option<&AppError>,
    form: NewOrgForm,
) -> AppResult<Response> {
    require_overseer(ctx)?;
    let country = match query.country.as_deref().map(str::trim) {
        None | Some("") => None,
        Some(code) => Some(Country::parse(code)?),
    };
    let filter = OrgFilter {
        search: query.q.clone(),
        country,
        kind: None,
    };
    let request = PageRequest::new(query.page.unwrap_or(1), 50)?;
    let list = state.store().organisations(&filter, request).await?;
    let rows = list
        .items
        .iter()
        .map(|org| AdminOrgRow {
            row: OrgRow {
                id: org.id.to_string(),
                name: org_name(ctx, org),
                role_key: None,
            },
            code: org.code.clone().unwrap_or_default(),
            country_key: format!("country-{}", org.country.as_str()),
            kind_key: format!("kind-{}", org.kind.as_str()),
            population: org.population,
        })
        .collect();
    let q = query.q.unwrap_or_default();
    let country_text = country.map(|c| c.as_str().to_owned()).unwrap_or_default();
    let base = format!(
        "/admin/organisations?q={}&country={}&",
        utf8_percent_encode(&q),
        country_text
    );
    let pages = ((list.total + list.per_page - 1) / list.per_page).max(1);
    // htmx asks for the table alone while the person types.
    if headers.contains_key("hx-request") && error.is_none() {
        let table = AdminOrgsTable {
            page: Layout::new(ctx, "admin-orgs-title"),
            rows,
            total: list.total,
            page_number: list.page,
            pages,
            base,
        };
        return Ok(render(&table));
    }
    let page = AdminOrgsPage {
        page: Layout::new(ctx, "admin-orgs-title"),
        is_admin: ctx.is_admin(),
        q,
        country: country_text,
        rows,
        total: list.total,
        page_number: list.page,
        pages,
        base,
        kinds: OrgKind::ALL
            .iter()
            .filter(|k| **k != OrgKind::Municipality)
            .map(|k| k.as_str())
            .collect(),
        error: error.map(|e| form_error(ctx, e)),
        form,
    };
    let status = error.map_or(axum::http::StatusCode::OK, error_status);
    Ok((status, render(&page)).into_response())
}

/// `/admin/organisations`.
pub(crate) async fn organisations(
    State(state): State<AppState>,
    ctx: Ctx,
    headers: HeaderMap,
    Query(query): Query<OrgQuery>,
) -> AppResult<Response> {
    organisations_page(&state, &ctx, query, &headers, None, NewOrgForm::default()).await
}

/// `POST /admin/organisations`: adds an organisation.
pub(crate) async fn create_organisation(
    State(state): State<AppState>,
    ctx: Ctx,
    CsrfForm(form): CsrfForm<NewOrgForm>,
) -> AppResult<Response> {
    require_admin(&ctx)?;
    let result = async {
        let kind = OrgKind::parse(&form.kind)?;
        let country = Country::parse(&form.country)?;
        let staff_size = match form.staff_size.trim() {
            "" => None,
            text => Some(
                text.replace([' ', '\u{a0}'], "")
                    .parse::<i64>()
                    .map_err(|_| ErrorCode::InvalidStaffSize)?,
            ),
        };
        let draft = OrganisationDraft {
            code: Some(form.code.clone()),
            country,
            kind,
            name_fi: Some(form.name_fi.clone()),
            name_sv: Some(form.name_sv.clone()),
            name_en: Some(form.name_en.clone()),
            region: None,
            population: None,
            staff_size,
            languages: vec![country.default_language()],
            frameworks: default_frameworks(kind, country),
        };
        let created = state
            .store()
            .create_organisation(&ctx.actor(), draft, false)
            .await?;
        Ok::<_, AppError>(created)
    }
    .await;
    settle(
        result.map(|created| format!("/orgs/{}?notice=organisation-created", created.id)),
        |error| async move {
            organisations_page(
                &state,
                &ctx,
                OrgQuery::default(),
                &HeaderMap::new(),
                Some(&error),
                form,
            )
            .await
        },
    )
    .await
}

/// The frameworks a new organisation of a kind is obliged by, as a start.
pub(crate) fn default_frameworks(kind: OrgKind, country: Country) -> Vec<Framework> {
    let ids: &[&str] = match (kind, country) {
        (OrgKind::Municipality, _) => return Framework::defaults_for_municipality(country),
        (OrgKind::EducationProvider, Country::Finland) => {
            &["fi-education", "fi-non-discrimination"]
        }
        (OrgKind::JointAuthority | OrgKind::Employer, Country::Finland) => {
            &["fi-non-discrimination", "fi-gender-equality"]
        }
        (OrgKind::NationalBody, _) => &[],
        (_, Country::Sweden) => &["se-active-measures"],
    };
    ids.iter()
        .filter_map(|id| Framework::parse(id).ok())
        .collect()
}

#[derive(Debug, Default, Deserialize)]
pub(crate) struct UserQuery {
    q: Option<String>,
    page: Option<i64>,
}

/// One person in the admin list.
#[derive(Debug)]
pub(crate) struct UserRow {
    pub id: String,
    pub name: String,
    pub email: String,
    pub global_role: String,
    pub pending: bool,
}

#[derive(Template)]
#[template(path = "admin/admin_users.html")]
struct AdminUsersPage {
    page: Layout,
    q: String,
    rows: Vec<UserRow>,
    global_roles: Vec<&'static str>,
    page_number: i64,
    pages: i64,
    base: String,
    error: Option<String>,
}

async fn users_page(
    state: &AppState,
    ctx: &Ctx,
    query: UserQuery,
    error: Option<&AppError>,
) -> AppResult<Response> {
    require_admin(ctx)?;
    let request = PageRequest::new(query.page.unwrap_or(1), 50)?;
    let list = state.store().users(query.q.as_deref(), request).await?;
    let q = query.q.unwrap_or_default();
    let page = AdminUsersPage {
        page: Layout::new(ctx, "admin-users-title"),
        base: format!("/admin/users?q={}&", utf8_percent_encode(&q)),
        q,
        rows: list
            .items
            .iter()
            .map(|u| UserRow {
                id: u.id.to_string(),
                name: u.display_name.clone(),
                email: u.email.clone(),
                global_role: u
                    .global_role
                    .map(|r| r.as_str())
                    .unwrap_or("none")
                    .to_owned(),
                pending: !u.has_password,
            })
            .collect(),
        global_roles: vec!["none", "national_monitor", "instructor", "admin"],
        page_number: list.page,
        pages: ((list.total + list.per_page - 1) / list.per_page).max(1),
        error: error.map(|e| form_error(ctx, e)),
    };
    let status = error.map_or(axum::http::StatusCode::OK, error_status);
    Ok((status, render(&page)).into_response())
}

/// `/admin/users`.
pub(crate) async fn users(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(query): Query<UserQuery>,
) -> AppResult<Response> {
    users_page(&state, &ctx, query, None).await
}

#[derive(Debug, Deserialize)]
pub(crate) struct GlobalRoleForm {
    #[serde(default)]
    role: String,
}

/// `POST /admin/users/{user}/role`.
pub(crate) async fn set_global_role(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(user): Path<String>,
    CsrfForm(form): CsrfForm<GlobalRoleForm>,
) -> AppResult<Response> {
    require_admin(&ctx)?;
    let result = async {
        let role = match form.role.trim() {
            "none" | "" => None,
            other => Some(GlobalRole::parse(other)?),
        };
        state
            .store()
            .set_global_role(&ctx.actor(), &UserId::from_raw(user), role)
            .await?;
        Ok::<_, AppError>(())
    }
    .await;
    settle(
        result.map(|()| "/admin/users?notice=user-updated".to_owned()),
        |error| async move { users_page(&state, &ctx, UserQuery::default(), Some(&error)).await },
    )
    .await
}

#[derive(Debug, Deserialize)]
pub(crate) struct PageQuery {
    page: Option<i64>,
}

/// `/admin/audit`: the whole trail.
pub(crate) async fn audit(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(query): Query<PageQuery>,
) -> AppResult<Response> {
    require_admin(&ctx)?;
    let request = PageRequest::new(query.page.unwrap_or(1), 50)?;
    let trail = state.store().audit_trail(None, request).await?;
    let page = AuditPage {
        page: Layout::new(&ctx, "audit-title"),
        rows: audit_rows(&trail.items),
        page_number: trail.page,
        pages: ((trail.total + trail.per_page - 1) / trail.per_page).max(1),
        base: "/admin/audit?".to_owned(),
    };
    Ok(render(&page))
}
