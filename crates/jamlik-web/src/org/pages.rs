//! An organisation's pages: the person's home, members, settings and the
//! audit trail.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use jamlik_domain::{Capability, Email, Framework, Language, OrgId, Role, UserId};
use jamlik_store::{Member, Organisation, OrganisationSettings, PageRequest};
use serde::Deserialize;

use crate::kit::audit::{audit_rows, AuditPage};
use crate::kit::context::Ctx;
use crate::kit::error::{AppError, AppResult};
use crate::kit::forms::settle;
use crate::kit::forms::CsrfForm;
use crate::kit::mail::compose_invitation;
use crate::kit::views::OrgRow;
use crate::kit::views::{render, Layout};
use crate::kit::{authorise, error_status, form_error, org_name};
use crate::AppState;

#[derive(Debug, Deserialize)]
pub(crate) struct PageQuery {
    page: Option<i64>,
}

#[derive(Template)]
#[template(path = "org/home.html")]
struct HomePage {
    page: Layout,
    orgs: Vec<OrgRow>,
    is_monitor: bool,
}

/// `/home`: the organisations the person belongs to.
pub(crate) async fn home(State(state): State<AppState>, ctx: Ctx) -> AppResult<Response> {
    let user = ctx.require_user()?;
    let mut orgs: Vec<OrgRow> = state
        .store()
        .memberships_of(&user.id)
        .await?
        .into_iter()
        .map(|(org, role)| OrgRow {
            id: org.id.to_string(),
            name: org_name(&ctx, &org),
            role_key: Some(format!("role-{}", role.as_str())),
        })
        .collect();
    // An instructor's home lists the organisations assigned to them.
    if user.global_role == Some(jamlik_domain::GlobalRole::Instructor) {
        for id in state.store().assigned_organisations(&user.id).await? {
            let org = state.store().organisation(&id).await?;
            orgs.push(OrgRow {
                id: org.id.to_string(),
                name: org_name(&ctx, &org),
                role_key: Some("global-role-instructor".to_owned()),
            });
        }
    }
    orgs.sort_by(|a, b| a.name.cmp(&b.name));
    let page = HomePage {
        page: Layout::new(&ctx, "home-title"),
        orgs,
        is_monitor: matches!(
            ctx.global_role(),
            Some(jamlik_domain::GlobalRole::Admin | jamlik_domain::GlobalRole::NationalMonitor)
        ),
    };
    Ok(render(&page))
}

/// One member, ready to show.
#[derive(Debug)]
pub(crate) struct MemberRow {
    pub user_id: String,
    pub name: String,
    pub email: String,
    pub role: &'static str,
    pub pending: bool,
    pub since: i64,
}

#[derive(Template)]
#[template(path = "org/members.html")]
struct MembersPage {
    page: Layout,
    org_id: String,
    members: Vec<MemberRow>,
    can_manage: bool,
    roles: Vec<&'static str>,
    error: Option<String>,
    invite_email: String,
    invite_name: String,
    invite_role: String,
}

async fn members_page(
    state: &AppState,
    ctx: &Ctx,
    org: &str,
    error: Option<&AppError>,
    invite: Option<&InviteForm>,
) -> AppResult<Response> {
    let (organisation, role) = authorise(state, ctx, org, Capability::ViewOrganisation).await?;
    let members = state.store().members(&organisation.id).await?;
    let page = MembersPage {
        page: Layout {
            title: ctx.t.t_args(
                "members-title",
                &[("organisation", org_name(ctx, &organisation))],
            ),
            ..Layout::new(ctx, "members-title")
        },
        org_id: organisation.id.to_string(),
        members: members.iter().map(member_row).collect(),
        can_manage: Capability::ManageMembers.allowed(ctx.global_role(), role),
        roles: Role::ALL.iter().rev().map(|r| r.as_str()).collect(),
        error: error.map(|e| form_error(ctx, e)),
        invite_email: invite.map(|f| f.email.clone()).unwrap_or_default(),
        invite_name: invite.map(|f| f.name.clone()).unwrap_or_default(),
        invite_role: invite.map_or_else(|| "contributor".to_owned(), |f| f.role.clone()),
    };
    let status = error.map_or(axum::http::StatusCode::OK, error_status);
    Ok((status, render(&page)).into_response())
}

fn member_row(member: &Member) -> MemberRow {
    MemberRow {
        user_id: member.user.id.to_string(),
        name: member.user.display_name.clone(),
        email: member.user.email.clone(),
        role: member.role.as_str(),
        pending: !member.user.has_password,
        since: member.since,
    }
}

/// `/orgs/{org}/members`.
pub(crate) async fn members(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(org): Path<String>,
) -> AppResult<Response> {
    members_page(&state, &ctx, &org, None, None).await
}

#[derive(Debug, Deserialize)]
pub(crate) struct InviteForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    name: String,
    #[serde(default)]
    role: String,
}

/// `POST /orgs/{org}/members`: invites a person.
pub(crate) async fn invite(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(org): Path<String>,
    CsrfForm(form): CsrfForm<InviteForm>,
) -> AppResult<Response> {
    let (organisation, _) = authorise(&state, &ctx, &org, Capability::ManageMembers).await?;
    let result = invite_member(
        &state,
        &ctx,
        &organisation,
        &form.email,
        Some(&form.name),
        &form.role,
    )
    .await;
    settle(
        result.map(|()| format!("/orgs/{org}/members?notice=member-invited")),
        |error| async move { members_page(&state, &ctx, &org, Some(&error), Some(&form)).await },
    )
    .await
}

/// Adds a member and queues the invitation mail (shared with the API).
pub(crate) async fn invite_member(
    state: &AppState,
    ctx: &Ctx,
    organisation: &Organisation,
    email: &str,
    name: Option<&str>,
    role: &str,
) -> AppResult<()> {
    let email = Email::parse(email)?;
    let role = Role::parse(role)?;
    let inviter = ctx
        .user
        .as_ref()
        .map(|u| u.display_name.clone())
        .unwrap_or_default();
    let public_url = state.config().public_url.clone();
    let zone = state.config().display_zone;
    let fallback_language = organisation
        .languages
        .first()
        .copied()
        .unwrap_or(Language::Swedish);
    let organisation_copy = organisation.clone();
    state
        .store()
        .add_member(
            &ctx.actor(),
            &organisation.id,
            &email,
            name,
            role,
            |invitation| {
                let language = invitation.user.language.unwrap_or(fallback_language);
                let t = jamlik_i18n::Translator::new(language, zone);
                let org_name = t.pick_name(
                    organisation_copy.name_fi.as_deref(),
                    organisation_copy.name_sv.as_deref(),
                    organisation_copy.name_en.as_deref(),
                );
                compose_invitation(&t, &public_url, org_name, &inviter, invitation)
            },
        )
        .await?;
    Ok(())
}

#[derive(Debug, Deserialize)]
pub(crate) struct RoleForm {
    #[serde(default)]
    role: String,
}

/// `POST /orgs/{org}/members/{user}/role`.
pub(crate) async fn change_role(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((org, user)): Path<(String, String)>,
    CsrfForm(form): CsrfForm<RoleForm>,
) -> AppResult<Response> {
    let (organisation, _) = authorise(&state, &ctx, &org, Capability::ManageMembers).await?;
    let result = async {
        let role = Role::parse(&form.role)?;
        state
            .store()
            .set_member_role(
                &ctx.actor(),
                &organisation.id,
                &UserId::from_raw(user),
                role,
            )
            .await?;
        Ok::<_, AppError>(())
    }
    .await;
    settle(
        result.map(|()| format!("/orgs/{org}/members?notice=member-updated")),
        |error| async move { members_page(&state, &ctx, &org, Some(&error), None).await },
    )
    .await
}

#[derive(Debug, Deserialize)]
pub(crate) struct EmptyForm {}

/// `POST /orgs/{org}/members/{user}/remove`.
pub(crate) async fn remove(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((org, user)): Path<(String, String)>,
    CsrfForm(_): CsrfForm<EmptyForm>,
) -> AppResult<Response> {
    let (organisation, _) = authorise(&state, &ctx, &org, Capability::ManageMembers).await?;
    match state
        .store()
        .remove_member(&ctx.actor(), &organisation.id, &UserId::from_raw(user))
        .await
    {
        Ok(()) => {
            Ok(Redirect::to(&format!("/orgs/{org}/members?notice=member-removed")).into_response())
        }
        Err(error) => {
            let error = AppError::from(error);
            if error.code.is_client_error() {
                members_page(&state, &ctx, &org, Some(&error), None).await
            } else {
                Err(error)
            }
        }
    }
}

/// A checkbox in the settings form.
#[derive(Debug)]
pub(crate) struct Choice {
    pub value: String,
    pub label_key: String,
    pub checked: bool,
}

#[derive(Template)]
#[template(path = "org/settings.html")]
struct SettingsPage {
    page: Layout,
    org_id: String,
    languages: Vec<Choice>,
    frameworks: Vec<Choice>,
    staff_size: String,
    retention_days: i64,
    error: Option<String>,
}

fn settings_page(
    ctx: &Ctx,
    organisation: &Organisation,
    languages: &[String],
    frameworks: &[String],
    (staff_size, retention_days): (String, i64),
    error: Option<&AppError>,
) -> Response {
    let page = SettingsPage {
        page: Layout {
            title: ctx.t.t_args(
                "settings-title",
                &[("organisation", org_name(ctx, organisation))],
            ),
            ..Layout::new(ctx, "settings-title")
        },
        org_id: organisation.id.to_string(),
        languages: Language::ALL
            .iter()
            .map(|l| Choice {
                value: l.as_str().into(),
                label_key: format!("language-{}", l.as_str()),
                checked: languages.iter().any(|x| x == l.as_str()),
            })
            .collect(),
        frameworks: Framework::SHIPPED
            .iter()
            .map(|f| Choice {
                value: (*f).into(),
                label_key: format!("framework-{f}"),
                checked: frameworks.iter().any(|x| x == f),
            })
            .collect(),
        staff_size,
        retention_days,
        error: error.map(|e| form_error(ctx, e)),
    };
    let status = error.map_or(axum::http::StatusCode::OK, error_status);
    (status, render(&page)).into_response()
}

/// `/orgs/{org}/settings`.
pub(crate) async fn settings(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(org): Path<String>,
) -> AppResult<Response> {
    let (organisation, _) = authorise(&state, &ctx, &org, Capability::ManageSettings).await?;
    let languages: Vec<String> = organisation
        .languages
        .iter()
        .map(|l| l.as_str().to_owned())
        .collect();
    let frameworks: Vec<String> = organisation
        .frameworks
        .iter()
        .map(|f| f.as_str().to_owned())
        .collect();
    let staff = organisation
        .staff_size
        .map(|s| s.to_string())
        .unwrap_or_default();
    Ok(settings_page(
        &ctx,
        &organisation,
        &languages,
        &frameworks,
        (
            staff,
            state.store().analysis_retention(&organisation.id).await?,
        ),
        None,
    ))
}

/// `POST /orgs/{org}/settings`. The form repeats `languages` and `frameworks`
/// once per ticked box.
pub(crate) async fn save_settings(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(org): Path<String>,
    CsrfForm(pairs): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    let (organisation, _) = authorise(&state, &ctx, &org, Capability::ManageSettings).await?;
    let values = |name: &str| {
        pairs
            .iter()
            .filter(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
            .collect::<Vec<_>>()
    };
    let languages = values("languages");
    let frameworks = values("frameworks");
    let staff = values("staff_size").into_iter().next().unwrap_or_default();
    let parsed = (|| {
        let language_list = Language::parse_list(&languages.join(","))?;
        if language_list.is_empty() {
            return Err(jamlik_domain::ErrorCode::InvalidLanguage);
        }
        let framework_list = Framework::parse_list(&frameworks.join(","))?;
        let staff_size = match staff.trim() {
            "" => None,
            text => Some(
                text.replace([' ', '\u{a0}'], "")
                    .parse::<i64>()
                    .map_err(|_| jamlik_domain::ErrorCode::InvalidStaffSize)?,
            ),
        };
        Ok(OrganisationSettings {
            languages: language_list,
            frameworks: framework_list,
            staff_size,
        })
    })();
    let result = match parsed {
        Ok(settings) => state
            .store()
            .update_organisation_settings(&ctx.actor(), &organisation.id, settings)
            .await
            .map_err(AppError::from),
        Err(code) => Err(AppError::from(code)),
    };
    match result {
        Ok(_) => Ok(
            Redirect::to(&format!("/orgs/{org}/settings?notice=settings-saved")).into_response(),
        ),
        Err(error) if error.code.is_client_error() => Ok(settings_page(
            &ctx,
            &organisation,
            &languages,
            &frameworks,
            (
                staff,
                state.store().analysis_retention(&organisation.id).await?,
            ),
            Some(&error),
        )),
        Err(error) => Err(error),
    }
}

/// `/orgs/{org}/audit`.
pub(crate) async fn audit(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(org): Path<String>,
    Query(query): Query<PageQuery>,
) -> AppResult<Response> {
    let (organisation, _) = authorise(&state, &ctx, &org, Capability::ReadAudit).await?;
    let request = PageRequest::new(query.page.unwrap_or(1), 50)?;
    let trail = state
        .store()
        .audit_trail(Some(&OrgId::from_raw(org.clone())), request)
        .await?;
    let page = AuditPage {
        page: Layout {
            title: ctx.t.t_args(
                "audit-title-org",
                &[("organisation", org_name(&ctx, &organisation))],
            ),
            ..Layout::new(&ctx, "audit-title")
        },
        rows: audit_rows(&trail.items),
        page_number: trail.page,
        pages: ((trail.total + trail.per_page - 1) / trail.per_page).max(1),
        base: format!("/orgs/{org}/audit?"),
    };
    Ok(render(&page))
}
