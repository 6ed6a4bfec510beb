//! The JSON API under `/api/v1`, authenticated by personal API tokens
//! (`Authorization: Bearer jlk_…`). Errors carry the stable code, a message in
//! the caller's language (`Accept-Language`, else the person's setting) and the
//! request id. The OpenAPI document is generated from these handlers and held
//! by a snapshot test.

use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, patch};
use axum::{Json, Router};
use jamlik_domain::{
    Capability, Country, ErrorCode, GlobalRole, Language, OrgKind, OrganisationDraft, Role, UserId,
};
use jamlik_store::{Member, OrgFilter, Organisation, PageRequest};
use serde::{Deserialize, Serialize};
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{IntoParams, Modify, OpenApi, ToSchema};

use crate::admin::pages::default_frameworks;
use crate::kit::context::Ctx;
use crate::kit::error::{AppError, AppResult};
use crate::kit::forms::ApiJson;
use crate::kit::{authorise, org_name};
use crate::org::pages::invite_member;
use crate::AppState;

pub(crate) fn routes() -> Router<AppState> {
    Router::new()
        .route("/me", get(me))
        .route(
            "/organisations",
            get(list_organisations).post(create_organisation),
        )
        .route("/organisations/{org}", get(organisation))
        .route(
            "/organisations/{org}/members",
            get(members).post(add_member),
        )
        .route(
            "/organisations/{org}/members/{user}",
            patch(change_member).delete(remove_member),
        )
        .route("/organisations/{org}/analyses/{job}", get(analysis))
        .route("/statuses", get(crate::open_data::api::statuses))
        .route(
            "/published-plans",
            get(crate::open_data::api::published_plans),
        )
        .route("/openapi.json", get(openapi))
}

/// The OpenAPI document.
#[derive(OpenApi)]
#[openapi(
    info(title = "Jämlik API", version = "1", description = "Organisations and members; equality analyses; open data on statuses and published plans (public, CC BY 4.0). Authenticate with a personal API token from the profile page: `Authorization: Bearer jlk_…`. Every error has a stable `code`."),
    paths(me, list_organisations, create_organisation, organisation, members, add_member, change_member, remove_member, analysis, crate::open_data::api::statuses, crate::open_data::api::published_plans),
    components(schemas(ErrorBody, ErrorDetail, ErrorCode, AnalysisDto, AnalysisFailure, MeDto, MembershipDto, OrganisationDto, OrganisationNames, OrganisationPage, MemberDto, InviteRequest, RoleChange, NewOrganisation, Role, GlobalRole, Country, OrgKind, Language, crate::open_data::api::StatusPage, crate::open_data::api::StatusDto, crate::open_data::api::PublishedPlanPage, crate::open_data::api::PublishedPlanDto, jamlik_domain::PlanStatus, jamlik_domain::StatusSource)),
    modifiers(&BearerAuth),
    security(("bearer" = [])),
    tags((name = "organisations", description = "The register and organisations"), (name = "members", description = "Members and roles"), (name = "me", description = "The token's owner"), (name = "analyses", description = "Equality analyses run on the web"), (name = "open-data", description = "Open data, CC BY 4.0: every organisation's computed status per framework and the key facts of published plans; public, read-only, identified by official municipality codes"))
)]
#[derive(Debug)]
pub struct ApiDoc;

struct BearerAuth;

impl Modify for BearerAuth {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).build()),
        );
    }
}

/// `/api/v1/openapi.json`.
async fn openapi() -> Json<utoipa::openapi::OpenApi> {
    Json(ApiDoc::openapi())
}

/// An error answer.
#[derive(Debug, Serialize, ToSchema)]
pub struct ErrorBody {
    /// The error.
    pub error: ErrorDetail,
}

/// What went wrong.
#[derive(Debug, Serialize, ToSchema)]
pub struct ErrorDetail {
    /// The stable code, for example `member.duplicate`.
    pub code: String,
    /// A message in the caller's language.
    pub message: String,
    /// The request id, to find the log entry.
    pub request_id: String,
}

/// The token's owner.
#[derive(Debug, Serialize, ToSchema)]
pub struct MeDto {
    /// The person's id.
    pub id: String,
    /// Email.
    pub email: String,
    /// Name.
    pub display_name: String,
    /// Chosen language.
    pub language: Option<Language>,
    /// Global role.
    pub global_role: Option<GlobalRole>,
    /// Memberships.
    pub memberships: Vec<MembershipDto>,
}

/// A membership.
#[derive(Debug, Serialize, ToSchema)]
pub struct MembershipDto {
    /// The organisation's id.
    pub organisation_id: String,
    /// The role in it.
    pub role: Role,
}

/// An organisation's names.
#[derive(Debug, Serialize, ToSchema)]
pub struct OrganisationNames {
    /// Finnish.
    pub fi: Option<String>,
    /// Swedish.
    pub sv: Option<String>,
    /// English.
    pub en: Option<String>,
}

/// An organisation.
#[derive(Debug, Serialize, ToSchema)]
pub struct OrganisationDto {
    /// Id.
    pub id: String,
    /// Country.
    pub country: Country,
    /// Official code (municipality code).
    pub code: Option<String>,
    /// Kind.
    pub kind: OrgKind,
    /// The name in the caller's language where the register has it.
    pub name: String,
    /// All names.
    pub names: OrganisationNames,
    /// Region.
    pub region: Option<String>,
    /// Population.
    pub population: Option<i64>,
    /// Staff size.
    pub staff_size: Option<i64>,
    /// Working languages.
    pub languages: Vec<Language>,
    /// Frameworks it is obliged by.
    pub frameworks: Vec<String>,
}

/// A page of organisations.
#[derive(Debug, Serialize, ToSchema)]
pub struct OrganisationPage {
    /// This page.
    pub items: Vec<OrganisationDto>,
    /// All matches.
    pub total: i64,
    /// Page number, from 1.
    pub page: i64,
    /// Page size.
    pub per_page: i64,
}

/// A member.
#[derive(Debug, Serialize, ToSchema)]
pub struct MemberDto {
    /// The person's id.
    pub user_id: String,
    /// Email.
    pub email: String,
    /// Name.
    pub display_name: String,
    /// Role.
    pub role: Role,
    /// Whether the person has yet to set a password.
    pub pending: bool,
    /// Member since (RFC 3339).
    pub since: String,
}

/// Invite a person.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct InviteRequest {
    /// Email.
    pub email: String,
    /// Name, for a new account.
    pub name: Option<String>,
    /// Role.
    #[schema(value_type = Role)]
    pub role: String,
}

/// Change a role.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RoleChange {
    /// The new role.
    #[schema(value_type = Role)]
    pub role: String,
}

/// Add an organisation.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewOrganisation {
    /// Kind.
    #[schema(value_type = OrgKind)]
    pub kind: String,
    /// Country, `FI` or `SE`.
    #[schema(value_type = Country)]
    pub country: String,
    /// Official code.
    pub code: Option<String>,
    /// Finnish name.
    pub name_fi: Option<String>,
    /// Swedish name.
    pub name_sv: Option<String>,
    /// English name.
    pub name_en: Option<String>,
    /// Staff size.
    #[schema(minimum = 0, maximum = 10000000)]
    #[serde(default, deserialize_with = "whole_number")]
    pub staff_size: Option<i64>,
}

/// A whole number as JSON Schema counts one: `200` and `200.0` alike.
fn whole_number<'de, D>(deserializer: D) -> Result<Option<i64>, D::Error>
where
    D: serde::Deserializer<'de>,
{
    let number: Option<serde_json::Number> = Option::deserialize(deserializer)?;
    let Some(number) = number else {
        return Ok(None);
    };
    if let Some(whole) = number.as_i64() {
        return Ok(Some(whole));
    }
    match number.as_f64() {
        // Within ±2^53 an f64 with no fraction is an exact whole number.
        #[allow(clippy::cast_possible_truncation)]
        Some(value) if value.fract() == 0.0 && value.abs() <= 9_007_199_254_740_992.0 => {
            Ok(Some(value as i64))
        }
        _ => Err(serde::de::Error::custom("not a whole number")),
    }
}

/// Paging and filters for the organisation list.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct OrgListQuery {
    /// Text to find in a name or code.
    pub search: Option<String>,
    /// `FI` or `SE`.
    #[param(value_type = Option<Country>)]
    pub country: Option<String>,
    /// An organisation kind.
    #[param(value_type = Option<OrgKind>)]
    pub kind: Option<String>,
    /// Page number, from 1.
    #[param(minimum = 1, maximum = 1000000)]
    pub page: Option<i64>,
    /// Page size, 1–500 (default 50).
    #[param(minimum = 1, maximum = 500)]
    pub per_page: Option<i64>,
}

fn rfc3339(epoch: i64) -> String {
    time::OffsetDateTime::from_unix_timestamp(epoch)
        .ok()
        .and_then(|t| {
            t.format(&time::format_description::well_known::Rfc3339)
                .ok()
        })
        .unwrap_or_default()
}

fn organisation_dto(ctx: &Ctx, org: &Organisation) -> OrganisationDto {
    OrganisationDto {
        id: org.id.to_string(),
        country: org.country,
        code: org.code.clone(),
        kind: org.kind,
        name: org_name(ctx, org),
        names: OrganisationNames {
            fi: org.name_fi.clone(),
            sv: org.name_sv.clone(),
            en: org.name_en.clone(),
        },
        region: org.region.clone(),
        population: org.population,
        staff_size: org.staff_size,
        languages: org.languages.clone(),
        frameworks: org
            .frameworks
            .iter()
            .map(|f| f.as_str().to_owned())
            .collect(),
    }
}

fn member_dto(member: &Member) -> MemberDto {
    MemberDto {
        user_id: member.user.id.to_string(),
        email: member.user.email.clone(),
        display_name: member.user.display_name.clone(),
        role: member.role,
        pending: !member.user.has_password,
        since: rfc3339(member.since),
    }
}

/// The token's owner and their memberships.
#[utoipa::path(get, path = "/api/v1/me", tag = "me",
    responses((status = 200, body = MeDto), (status = 401, body = ErrorBody)))]
async fn me(State(state): State<AppState>, ctx: Ctx) -> AppResult<Json<MeDto>> {
    let user = ctx.require_user()?;
    let memberships = state
        .store()
        .memberships_of(&user.id)
        .await?
        .into_iter()
        .map(|(org, role)| MembershipDto {
            organisation_id: org.id.to_string(),
            role,
        })
        .collect();
    Ok(Json(MeDto {
        id: user.id.to_string(),
        email: user.email.clone(),
        display_name: user.display_name.clone(),
        language: user.language,
        global_role: user.global_role,
        memberships,
    }))
}

/// Organisations, sorted by name, with filters and paging.
#[utoipa::path(get, path = "/api/v1/organisations", tag = "organisations", params(OrgListQuery),
    responses((status = 200, body = OrganisationPage), (status = 401, body = ErrorBody), (status = 422, body = ErrorBody)))]
async fn list_organisations(
    State(state): State<AppState>,
    ctx: Ctx,
    query: Result<Query<OrgListQuery>, axum::extract::rejection::QueryRejection>,
) -> AppResult<Json<OrganisationPage>> {
    ctx.require_user()?;
    let Query(query) = query.map_err(|_| AppError::from(ErrorCode::InvalidPaging))?;
    let country = query.country.as_deref().map(Country::parse).transpose()?;
    let kind = query.kind.as_deref().map(OrgKind::parse).transpose()?;
    let request = PageRequest::new(query.page.unwrap_or(1), query.per_page.unwrap_or(50))?;
    let list = state
        .store()
        .organisations(
            &OrgFilter {
                search: query.search,
                country,
                kind,
            },
            request,
        )
        .await?;
    Ok(Json(OrganisationPage {
        items: list
            .items
            .iter()
            .map(|o| organisation_dto(&ctx, o))
            .collect(),
        total: list.total,
        page: list.page,
        per_page: list.per_page,
    }))
}

/// Adds an organisation (admins only).
#[utoipa::path(post, path = "/api/v1/organisations", tag = "organisations", request_body = NewOrganisation,
    responses((status = 201, body = OrganisationDto), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody), (status = 409, body = ErrorBody), (status = 413, body = ErrorBody), (status = 422, body = ErrorBody)))]
async fn create_organisation(
    State(state): State<AppState>,
    ctx: Ctx,
    body: Result<ApiJson<NewOrganisation>, AppError>,
) -> AppResult<Response> {
    crate::kit::require_admin(&ctx)?;
    let ApiJson(body) = body?;
    let kind = OrgKind::parse(&body.kind)?;
    let country = Country::parse(&body.country)?;
    let draft = OrganisationDraft {
        code: body.code,
        country,
        kind,
        name_fi: body.name_fi,
        name_sv: body.name_sv,
        name_en: body.name_en,
        region: None,
        population: None,
        staff_size: body.staff_size,
        languages: vec![country.default_language()],
        frameworks: default_frameworks(kind, country),
    };
    let created = state
        .store()
        .create_organisation(&ctx.actor(), draft, false)
        .await?;
    Ok((StatusCode::CREATED, Json(organisation_dto(&ctx, &created))).into_response())
}

/// One organisation (members, national monitors and admins).
#[utoipa::path(get, path = "/api/v1/organisations/{org}", tag = "organisations", params(("org" = String, Path, description = "Organisation id")),
    responses((status = 200, body = OrganisationDto), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
async fn organisation(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(org): Path<String>,
) -> AppResult<Json<OrganisationDto>> {
    let (organisation, _) = authorise(&state, &ctx, &org, Capability::ViewOrganisation).await?;
    Ok(Json(organisation_dto(&ctx, &organisation)))
}

/// An analysis: its state, and once done its findings (in the caller's
/// language) and result (aggregates only; schema in `docs/analysis.md`),
/// or why it could not be run.
#[derive(Debug, Serialize, ToSchema)]
pub struct AnalysisDto {
    /// The analysis's id.
    pub id: String,
    /// `representation`, `resources`, `gap`, `pay_survey` or `pay_transparency`.
    pub kind: String,
    /// The uploaded file's name.
    pub file_name: String,
    /// `queued`, `running`, `done` or `failed`.
    pub state: String,
    /// Progress, 0 to 100.
    pub progress: i64,
    /// When it was started (RFC 3339).
    pub created_at: String,
    /// The findings in plain language.
    pub findings: Vec<String>,
    /// The stored result.
    #[schema(value_type = Option<Object>)]
    pub result: Option<serde_json::Value>,
    /// Why it could not be run.
    pub error: Option<AnalysisFailure>,
}

/// Why an analysis could not be run: the stable `analysis.*` code, the
/// message in the caller's language, and the details (row, column, value…).
#[derive(Debug, Serialize, ToSchema)]
pub struct AnalysisFailure {
    /// The stable code, for example `analysis.ragged_row`.
    pub code: String,
    /// A message in the caller's language.
    pub message: String,
    /// The error's fields.
    #[schema(value_type = Object)]
    pub details: serde_json::Value,
}

/// One analysis of an organisation.
#[utoipa::path(get, path = "/api/v1/organisations/{org}/analyses/{job}", tag = "analyses",
    params(("org" = String, Path, description = "Organisation id"), ("job" = String, Path, description = "Analysis id")),
    responses((status = 200, body = AnalysisDto), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
async fn analysis(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((org, job)): Path<(String, String)>,
) -> AppResult<Json<AnalysisDto>> {
    let (organisation, _) = authorise(&state, &ctx, &org, Capability::ViewOrganisation).await?;
    let job = state.store().analysis_job(&organisation.id, &job).await?;
    let stored: Option<crate::analysis::StoredResult> = job
        .result
        .as_deref()
        .and_then(|json| serde_json::from_str(json).ok());
    Ok(Json(AnalysisDto {
        findings: stored
            .as_ref()
            .map(|r| crate::analysis::findings(&ctx.t, r))
            .unwrap_or_default(),
        result: job
            .result
            .as_deref()
            .and_then(|json| serde_json::from_str(json).ok()),
        error: job.error.as_deref().map(|json| {
            let details: serde_json::Value = serde_json::from_str(json).unwrap_or_default();
            AnalysisFailure {
                code: details["code"].as_str().unwrap_or("internal").to_owned(),
                message: crate::analysis::describe_error(&ctx.t, json),
                details,
            }
        }),
        id: job.id,
        kind: job.kind,
        file_name: job.file_name,
        state: job.state.as_str().to_owned(),
        progress: job.progress,
        created_at: rfc3339(job.created_at),
    }))
}

/// An organisation's members.
#[utoipa::path(get, path = "/api/v1/organisations/{org}/members", tag = "members", params(("org" = String, Path, description = "Organisation id")),
    responses((status = 200, body = [MemberDto]), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
async fn members(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(org): Path<String>,
) -> AppResult<Json<Vec<MemberDto>>> {
    let (organisation, _) = authorise(&state, &ctx, &org, Capability::ViewOrganisation).await?;
    let members = state.store().members(&organisation.id).await?;
    Ok(Json(members.iter().map(member_dto).collect()))
}

async fn member_of(state: &AppState, org: &Organisation, user: &UserId) -> AppResult<MemberDto> {
    let members = state.store().members(&org.id).await?;
    members
        .iter()
        .find(|m| &m.user.id == user)
        .map(member_dto)
        .ok_or_else(|| ErrorCode::MemberNotFound.into())
}

/// Invites a person (coordinators and admins); mails them.
#[utoipa::path(post, path = "/api/v1/organisations/{org}/members", tag = "members", request_body = InviteRequest, params(("org" = String, Path, description = "Organisation id")),
    responses((status = 201, body = MemberDto), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 413, body = ErrorBody), (status = 422, body = ErrorBody)))]
async fn add_member(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(org): Path<String>,
    body: Result<ApiJson<InviteRequest>, AppError>,
) -> AppResult<Response> {
    let (organisation, _) = authorise(&state, &ctx, &org, Capability::ManageMembers).await?;
    let ApiJson(body) = body?;
    invite_member(
        &state,
        &ctx,
        &organisation,
        &body.email,
        body.name.as_deref(),
        &body.role,
    )
    .await?;
    let email = jamlik_domain::Email::parse(&body.email)?;
    let user = state
        .store()
        .user_by_email(&email)
        .await?
        .ok_or(AppError::from(ErrorCode::UserNotFound))?;
    let member = member_of(&state, &organisation, &user.id).await?;
    Ok((StatusCode::CREATED, Json(member)).into_response())
}

/// Changes a member's role (coordinators and admins).
#[utoipa::path(patch, path = "/api/v1/organisations/{org}/members/{user}", tag = "members", request_body = RoleChange,
    params(("org" = String, Path, description = "Organisation id"), ("user" = String, Path, description = "The member's user id")),
    responses((status = 200, body = MemberDto), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
async fn change_member(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((org, user)): Path<(String, String)>,
    body: Result<ApiJson<RoleChange>, AppError>,
) -> AppResult<Json<MemberDto>> {
    let (organisation, _) = authorise(&state, &ctx, &org, Capability::ManageMembers).await?;
    let ApiJson(body) = body?;
    let role = Role::parse(&body.role)?;
    let user = UserId::from_raw(user);
    state
        .store()
        .set_member_role(&ctx.actor(), &organisation.id, &user, role)
        .await?;
    Ok(Json(member_of(&state, &organisation, &user).await?))
}

/// Removes a member (coordinators and admins).
#[utoipa::path(delete, path = "/api/v1/organisations/{org}/members/{user}", tag = "members",
    params(("org" = String, Path, description = "Organisation id"), ("user" = String, Path, description = "The member's user id")),
    responses((status = 204), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody)))]
async fn remove_member(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((org, user)): Path<(String, String)>,
) -> AppResult<Response> {
    let (organisation, _) = authorise(&state, &ctx, &org, Capability::ManageMembers).await?;
    state
        .store()
        .remove_member(&ctx.actor(), &organisation.id, &UserId::from_raw(user))
        .await?;
    Ok(StatusCode::NO_CONTENT.into_response())
}
