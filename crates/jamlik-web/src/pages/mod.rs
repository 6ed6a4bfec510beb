//! Server-rendered pages. Each handler authorises first (so a forbidden
//! request is refused before its body is even looked at), then reads or
//! changes through the store, then renders or redirects with a notice.

pub(crate) mod admin;
pub(crate) mod analysis;
pub(crate) mod bulk;
pub(crate) mod export;
pub(crate) mod inventory;
pub(crate) mod measures;
pub(crate) mod monitoring;
pub(crate) mod national;
pub(crate) mod open_data;
pub(crate) mod org;
pub(crate) mod plans;
pub(crate) mod profile;
pub(crate) mod public;
pub(crate) mod self_reports;
pub(crate) mod versions;
pub(crate) mod workspace;

use axum::routing::{get, post};
use axum::Router;
use jamlik_domain::{Capability, ErrorCode, OrgId, Role};
use jamlik_store::{Organisation, StoreError};

use crate::context::Ctx;
use crate::error::{AppError, AppResult};
use crate::AppState;

pub(crate) fn routes() -> Router<AppState> {
    Router::new()
        .route("/", get(public::start))
        .route("/sign-in", get(public::sign_in_page).post(public::sign_in))
        .route("/sign-out", post(public::sign_out))
        .route("/sign-out-everywhere", post(public::sign_out_everywhere))
        .route(
            "/forgot-password",
            get(public::forgot_page).post(public::forgot),
        )
        .route(
            "/reset-password/{secret}",
            get(public::reset_page).post(public::reset),
        )
        .route(
            "/welcome/{secret}",
            get(public::welcome_page).post(public::welcome),
        )
        .route("/home", get(org::home))
        .route("/open-data", get(open_data::page))
        .route("/open-data/{file}", get(open_data::download))
        .route(
            "/orgs/{org}/self-reports",
            get(self_reports::page).post(self_reports::submit).layer(
                axum::extract::DefaultBodyLimit::max(
                    self_reports::MAX_REPORT_FILE_BYTES + 64 * 1024,
                ),
            ),
        )
        .route(
            "/orgs/{org}/self-reports/files/{file}",
            get(self_reports::file),
        )
        .route("/orgs/{org}", get(org::dashboard))
        .route("/orgs/{org}/members", get(org::members).post(org::invite))
        .route("/orgs/{org}/members/{user}/role", post(org::change_role))
        .route("/orgs/{org}/members/{user}/remove", post(org::remove))
        .route(
            "/orgs/{org}/settings",
            get(org::settings).post(org::save_settings),
        )
        .route("/orgs/{org}/audit", get(org::audit))
        .route(
            "/orgs/{org}/plans",
            get(plans::plans).post(plans::create_plan),
        )
        .route("/orgs/{org}/plans/{plan}", get(plans::plan))
        .route(
            "/orgs/{org}/plans/{plan}/findings",
            post(plans::create_finding),
        )
        .route(
            "/orgs/{org}/plans/{plan}/measures",
            post(plans::create_measure),
        )
        .route("/orgs/{org}/plans/{plan}/approve", post(plans::approve))
        .route("/orgs/{org}/plans/{plan}/publish", post(plans::publish))
        .route(
            "/orgs/{org}/plans/{plan}/evaluation",
            post(plans::save_evaluation),
        )
        .route("/p/{public}", get(plans::public_plan))
        .route(
            "/orgs/{org}/plans/{plan}/versions/{number}/changes",
            get(versions::changes),
        )
        .route(
            "/orgs/{org}/plans/{plan}/measures.csv",
            get(bulk::export_measures),
        )
        .route(
            "/orgs/{org}/plans/{plan}/measures.xlsx",
            get(bulk::export_measures_xlsx),
        )
        .route(
            "/orgs/{org}/plans/{plan}/measures/bulk",
            post(bulk::bulk_update),
        )
        .route(
            "/orgs/{org}/services",
            get(plans::services).post(plans::create_service),
        )
        .route(
            "/orgs/{org}/plans/{plan}/steps/{framework}/{step}",
            get(workspace::step).post(workspace::save_step),
        )
        .route(
            "/orgs/{org}/plans/{plan}/assessment",
            get(workspace::matrix),
        )
        .route(
            "/orgs/{org}/plans/{plan}/assessment/{service}",
            get(workspace::assess).post(workspace::save_assessment),
        )
        .route(
            "/orgs/{org}/plans/{plan}/assessment/{service}/files",
            post(workspace::attach_file).layer(axum::extract::DefaultBodyLimit::max(
                workspace::MAX_EVIDENCE_BYTES + 64 * 1024,
            )),
        )
        .route("/orgs/{org}/evidence/{file}", get(workspace::evidence))
        .route(
            "/orgs/{org}/plans/{plan}/consultations",
            get(workspace::consultations).post(workspace::add_consultation),
        )
        .route(
            "/orgs/{org}/plans/{plan}/rounds",
            get(workspace::rounds).post(workspace::create_round),
        )
        .route(
            "/orgs/{org}/plans/{plan}/rounds/{round}",
            get(workspace::round),
        )
        .route("/orgs/{org}/plans/{plan}/export/{file}", get(export::plan))
        .route(
            "/orgs/{org}/plans/{plan}/rounds/{round}/export/{file}",
            get(export::round),
        )
        .route("/p/{public}/{file}", get(export::public))
        .route("/orgs/{org}/services/import", post(inventory::import))
        .route(
            "/orgs/{org}/services/template.csv",
            get(inventory::template_csv),
        )
        .route(
            "/orgs/{org}/services/template.xlsx",
            get(inventory::template_xlsx),
        )
        .route("/orgs/{org}/measures/{measure}", get(measures::measure))
        .route(
            "/orgs/{org}/measures/{measure}/status",
            post(measures::update_status),
        )
        .route(
            "/orgs/{org}/measures/{measure}/edit",
            post(measures::edit_measure),
        )
        .route(
            "/orgs/{org}/measures/{measure}/indicators",
            post(measures::add_indicator),
        )
        .route(
            "/orgs/{org}/measures/{measure}/indicators/{indicator}",
            post(measures::edit_indicator),
        )
        .route(
            "/orgs/{org}/measures/{measure}/indicators/{indicator}/remove",
            post(measures::remove_indicator),
        )
        .route(
            "/orgs/{org}/analysis",
            get(analysis::index).post(analysis::upload).layer(
                axum::extract::DefaultBodyLimit::max(analysis::MAX_UPLOAD_BYTES + 64 * 1024),
            ),
        )
        .route(
            "/orgs/{org}/analysis/uploads/{upload}",
            get(analysis::mapping).post(analysis::run),
        )
        .route("/orgs/{org}/analysis/{job}", get(analysis::job))
        .route(
            "/orgs/{org}/analysis/{job}/evidence",
            post(analysis::attach),
        )
        .route(
            "/orgs/{org}/analysis/retention",
            post(analysis::save_retention),
        )
        .route("/profile", get(profile::page).post(profile::save))
        .route("/profile/password", post(profile::change_password))
        .route("/profile/tokens", post(profile::create_token))
        .route(
            "/profile/tokens/{token}/revoke",
            post(profile::revoke_token),
        )
        .route("/admin", get(admin::index))
        .route(
            "/admin/organisations",
            get(admin::organisations).post(admin::create_organisation),
        )
        .route("/admin/users", get(admin::users))
        .route("/admin/users/{user}/role", post(admin::set_global_role))
        .route("/admin/audit", get(admin::audit))
        .route(
            "/admin/instructors",
            get(monitoring::instructors).post(monitoring::assign),
        )
        .route(
            "/admin/instructors/{user}/{org}/remove",
            post(monitoring::unassign),
        )
        .route(
            "/orgs/{org}/reviews",
            get(monitoring::reviews).post(monitoring::create_review),
        )
        .route(
            "/orgs/{org}/reviews/new/{framework}",
            get(monitoring::new_review),
        )
        .route(
            "/orgs/{org}/reviews/{review}/answers",
            post(monitoring::answer_review),
        )
        .route("/national", get(national::dashboard))
        .route("/national/map", get(national::map))
        .route("/national/reminders", get(monitoring::reminder_runs))
        .route(
            "/unsubscribe/{secret}",
            get(monitoring::unsubscribe_page).post(monitoring::unsubscribe),
        )
}

/// Checks that the person may do `capability` with the organisation; returns
/// it and their role in it. Not signed in: 401; no such organisation: 404;
/// not a member: 403 `org.foreign`; a member whose role is too low: 403.
pub(crate) async fn authorise(
    state: &AppState,
    ctx: &Ctx,
    org: &str,
    capability: Capability,
) -> AppResult<(Organisation, Option<Role>)> {
    let user = ctx.require_user()?;
    let org_id = OrgId::from_raw(org);
    let organisation = match state.store().organisation(&org_id).await {
        Ok(found) => found,
        Err(StoreError::Rule(ErrorCode::OrganisationNotFound)) => {
            return Err(ErrorCode::OrganisationNotFound.into())
        }
        Err(other) => return Err(other.into()),
    };
    let role = state.store().role_in(&org_id, &user.id).await?;
    // Only instructors have assignments; the question is asked of no one else.
    let assigned = user.global_role == Some(jamlik_domain::GlobalRole::Instructor)
        && state.store().is_assigned(&user.id, &org_id).await?;
    if capability.allowed_with(user.global_role, role, assigned) {
        return Ok((organisation, role));
    }
    if role.is_none() && user.global_role.is_none() {
        Err(ErrorCode::ForeignOrganisation.into())
    } else {
        Err(ErrorCode::Forbidden.into())
    }
}

/// Refuses anyone who may not `capability` beyond one organisation (the
/// national pages: monitors, instructors, admins).
pub(crate) fn require_national(ctx: &Ctx, capability: Capability) -> AppResult<()> {
    ctx.require_user()?;
    if capability.allowed(ctx.global_role(), None) {
        Ok(())
    } else {
        Err(AppError::from(ErrorCode::Forbidden))
    }
}

/// Refuses anyone but an admin.
pub(crate) fn require_admin(ctx: &Ctx) -> AppResult<()> {
    ctx.require_user()?;
    if ctx.is_admin() {
        Ok(())
    } else {
        Err(AppError::from(ErrorCode::Forbidden))
    }
}

/// An organisation's name in the viewer's language.
pub(crate) fn org_name(ctx: &Ctx, org: &Organisation) -> String {
    ctx.t
        .pick_name(
            org.name_fi.as_deref(),
            org.name_sv.as_deref(),
            org.name_en.as_deref(),
        )
        .to_owned()
}

/// A form error shown on the page, translated.
pub(crate) fn form_error(ctx: &Ctx, error: &AppError) -> String {
    ctx.t.t_args(&error.code.message_key(), &error.args)
}

/// The status a page re-rendered with an error is answered with.
pub(crate) fn error_status(error: &AppError) -> axum::http::StatusCode {
    axum::http::StatusCode::from_u16(error.code.http_status())
        .unwrap_or(axum::http::StatusCode::UNPROCESSABLE_ENTITY)
}
