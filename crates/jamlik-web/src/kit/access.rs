//! Authorisation as every handler asks it, and the page-level shape of an
//! error: who may do what with which organisation (the rule itself is
//! `Capability::allowed_with` in the domain).

use jamlik_domain::{Capability, ErrorCode, OrgId, Role};
use jamlik_store::{Organisation, StoreError};

use crate::kit::context::Ctx;
use crate::kit::error::{AppError, AppResult};
use crate::AppState;

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
