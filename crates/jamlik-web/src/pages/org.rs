//! An organisation's pages: the person's home, the dashboard, members,
//! settings and the audit trail.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use jamlik_domain::{Capability, Email, Framework, Language, OrgId, Role, UserId};
use jamlik_store::{AuditEntry, Member, Organisation, OrganisationSettings, PageRequest};
use serde::Deserialize;

use super::{authorise, error_status, form_error, org_name};
use crate::context::Ctx;
use crate::error::{AppError, AppResult};
use crate::forms::CsrfForm;
use crate::mail::compose_invitation;
use crate::views::{render, Layout};
use crate::AppState;

/// One organisation in a list, ready to show.
#[derive(Debug)]
pub(crate) struct OrgRow {
    pub id: String,
    pub name: String,
    pub role_key: Option<String>,
}

#[derive(Template)]
#[template(path = "home.html")]
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

/// The facts of an organisation, translated, for the dashboard.
#[derive(Debug)]
pub(crate) struct OrgFacts {
    pub name: String,
    pub other_names: Vec<String>,
    pub code: Option<String>,
    pub country_key: String,
    pub kind_key: String,
    pub region: Option<String>,
    pub population: Option<i64>,
    pub staff_size: Option<i64>,
    pub language_names: String,
    pub framework_keys: Vec<String>,
    pub is_demo: bool,
}

pub(crate) fn facts(ctx: &Ctx, org: &Organisation) -> OrgFacts {
    let name = org_name(ctx, org);
    let other_names = [&org.name_fi, &org.name_sv, &org.name_en]
        .into_iter()
        .flatten()
        .filter(|n| **n != name)
        .cloned()
        .fold(Vec::new(), |mut acc, n| {
            if !acc.contains(&n) {
                acc.push(n);
            }
            acc
        });
    OrgFacts {
        name,
        other_names,
        code: org.code.clone(),
        country_key: format!("country-{}", org.country.as_str()),
        kind_key: format!("kind-{}", org.kind.as_str()),
        region: org.region.clone(),
        population: org.population,
        staff_size: org.staff_size,
        language_names: org
            .languages
            .iter()
            .map(|l| ctx.t.t(&format!("language-{}", l.as_str())))
            .collect::<Vec<_>>()
            .join(", "),
        framework_keys: org
            .frameworks
            .iter()
            .map(|f| format!("framework-{}", f.as_str()))
            .collect(),
        is_demo: org.is_demo,
    }
}

#[derive(Template)]
#[template(path = "dashboard.html")]
struct DashboardPage {
    page: Layout,
    org_id: String,
    facts: OrgFacts,
    member_count: i64,
    can_manage: bool,
    can_read_reviews: bool,
    role_key: Option<String>,
    planning: super::plans::PlanningSummary,
    measures: Vec<super::plans::MeasureRow>,
}

/// `/orgs/{org}`: the organisation's dashboard.
pub(crate) async fn dashboard(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(org): Path<String>,
) -> AppResult<Response> {
    let (organisation, role) = authorise(&state, &ctx, &org, Capability::ViewOrganisation).await?;
    let members = state.store().members(&organisation.id).await?;
    let member_count = members.len() as i64;
    let mut planning = super::plans::summary(&state, &ctx, &organisation, &members).await?;
    let measures = std::mem::take(&mut planning.due);
    let page = DashboardPage {
        page: Layout {
            title: org_name(&ctx, &organisation),
            ..Layout::new(&ctx, "dashboard-title")
        },
        org_id: organisation.id.to_string(),
        facts: facts(&ctx, &organisation),
        member_count,
        can_manage: Capability::ManageMembers.allowed(ctx.global_role(), role),
        // An instructor who reached the dashboard is assigned to the organisation.
        can_read_reviews: Capability::ReadReviews.allowed_with(
            ctx.global_role(),
            role,
            ctx.global_role() == Some(jamlik_domain::GlobalRole::Instructor),
        ),
        role_key: role.map(|r| format!("role-{}", r.as_str())),
        planning,
        measures,
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
#[template(path = "members.html")]
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
    match result {
        Ok(()) => {
            Ok(Redirect::to(&format!("/orgs/{org}/members?notice=member-invited")).into_response())
        }
        Err(error) if error.code.is_client_error() => {
            members_page(&state, &ctx, &org, Some(&error), Some(&form)).await
        }
        Err(error) => Err(error),
    }
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
    match result {
        Ok(()) => {
            Ok(Redirect::to(&format!("/orgs/{org}/members?notice=member-updated")).into_response())
        }
        Err(error) if error.code.is_client_error() => {
            members_page(&state, &ctx, &org, Some(&error), None).await
        }
        Err(error) => Err(error),
    }
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
#[template(path = "settings.html")]
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

/// One audit entry, ready to show: only the fields that changed.
#[derive(Debug)]
pub(crate) struct AuditRow {
    pub at: i64,
    pub actor: String,
    pub entity_type: String,
    pub entity_id: String,
    pub action: String,
    pub changes: Vec<FieldChange>,
}

/// One field of an audited entity, before and after.
#[derive(Debug)]
pub(crate) struct FieldChange {
    pub field: String,
    pub before: String,
    pub after: String,
}

fn field_text(value: Option<&serde_json::Value>) -> String {
    match value {
        None | Some(serde_json::Value::Null) => String::new(),
        Some(serde_json::Value::String(text)) => text.clone(),
        Some(serde_json::Value::Array(items)) => items
            .iter()
            .map(|item| {
                item.as_str()
                    .map_or_else(|| item.to_string(), str::to_owned)
            })
            .collect::<Vec<_>>()
            .join(", "),
        Some(other) => other.to_string(),
    }
}

/// The fields that differ between the before and after JSON of an entry.
pub(crate) fn changes(before: Option<&str>, after: Option<&str>) -> Vec<FieldChange> {
    let parse = |text: Option<&str>| -> serde_json::Map<String, serde_json::Value> {
        text.and_then(|t| serde_json::from_str::<serde_json::Value>(t).ok())
            .and_then(|v| v.as_object().cloned())
            .unwrap_or_default()
    };
    let (before, after) = (parse(before), parse(after));
    let mut fields: Vec<&String> = before.keys().chain(after.keys()).collect();
    fields.sort();
    fields.dedup();
    fields
        .into_iter()
        .filter(|field| !matches!(field.as_str(), "id" | "updated_at" | "created_at"))
        .filter(|field| before.get(*field) != after.get(*field))
        .map(|field| FieldChange {
            field: field.clone(),
            before: field_text(before.get(field)),
            after: field_text(after.get(field)),
        })
        .collect()
}

pub(crate) fn audit_rows(entries: &[AuditEntry]) -> Vec<AuditRow> {
    entries
        .iter()
        .map(|e| AuditRow {
            at: e.at,
            actor: e.actor_label.clone(),
            entity_type: e.entity_type.clone(),
            entity_id: e.entity_id.clone(),
            action: e.action.clone(),
            changes: changes(e.before_json.as_deref(), e.after_json.as_deref()),
        })
        .collect()
}

#[derive(Debug, Deserialize)]
pub(crate) struct PageQuery {
    page: Option<i64>,
}

#[derive(Template)]
#[template(path = "audit.html")]
pub(crate) struct AuditPage {
    pub page: Layout,
    pub rows: Vec<AuditRow>,
    pub page_number: i64,
    pub pages: i64,
    pub base: String,
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

#[cfg(test)]
mod tests {
    use super::changes;

    #[test]
    fn audit_rows_show_only_what_changed() {
        let before = r#"{"id":"1","languages":["fi","sv"],"staff_size":40,"updated_at":1}"#;
        let after = r#"{"id":"1","languages":["fi","sv"],"staff_size":55,"updated_at":2}"#;
        let shown: Vec<_> = changes(Some(before), Some(after))
            .into_iter()
            .map(|c| (c.field, c.before, c.after))
            .collect();
        assert_eq!(
            shown,
            vec![("staff_size".to_owned(), "40".to_owned(), "55".to_owned())]
        );
        let created: Vec<_> = changes(None, Some(after))
            .into_iter()
            .map(|c| (c.field, c.after))
            .collect();
        assert_eq!(
            created,
            vec![
                ("languages".to_owned(), "fi, sv".to_owned()),
                ("staff_size".to_owned(), "55".to_owned())
            ]
        );
    }
}
