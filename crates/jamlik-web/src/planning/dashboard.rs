//! `/orgs/{org}`: the organisation's dashboard, which opens on its
//! planning: the organisation's facts, the plans' state and the measures due.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;
use jamlik_domain::Capability;
use jamlik_store::Organisation;

use crate::kit::context::Ctx;
use crate::kit::error::AppResult;
use crate::kit::views::{render, Layout};
use crate::kit::{authorise, org_name};
use crate::AppState;

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
#[template(path = "planning/dashboard.html")]
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
