//! `/`: what Jämlik is, for whom, and the newest published plans.

use askama::Template;
use axum::extract::State;
use axum::response::Response;
use jamlik_domain::Country;

use crate::kit::context::Ctx;
use crate::kit::derived::{page_with, render_part, Part};
use crate::kit::error::AppResult;
use crate::kit::views::Layout;
use crate::AppState;

#[derive(Template)]
#[template(path = "public/start_body.html")]
struct StartPage {
    page: Layout,
    finnish: i64,
    swedish: i64,
    signed_in: bool,
    published: Vec<PublishedRow>,
}

/// A published plan on the start page.
#[derive(Debug)]
struct PublishedRow {
    organisation: String,
    title: String,
    path: String,
}

/// `/`: what Jämlik is and for whom. Its counts and newest plans come from
/// the facts alone, so the part is kept per facts' generation (see
/// `kit::derived`), per language and per whether the reader is signed in.
pub(crate) async fn start(State(state): State<AppState>, ctx: Ctx) -> AppResult<Response> {
    let generation = state.store().facts_generation().await?;
    let key = format!("start|{}|{}", ctx.t.language().as_str(), ctx.user.is_some());
    let part = match state.derived().get(generation, &key) {
        Some(part) => part,
        None => {
            let part = start_part(&state, &ctx).await?;
            state.derived().put(generation, key, part.clone());
            part
        }
    };
    Ok(page_with(Layout::new(&ctx, "start-title"), &part))
}

async fn start_part(state: &AppState, ctx: &Ctx) -> AppResult<Part> {
    let finnish = state.store().count_organisations(Country::Finland).await?;
    let swedish = state.store().count_organisations(Country::Sweden).await?;
    let mut published = Vec::new();
    for plan in state.store().published_plans(10).await? {
        let (fi, sv, en) = &plan.organisation;
        // The plan's stable address, which always shows its newest published version.
        if let Some(public_id) = plan.plan_public_id.or(plan.version.public_id) {
            published.push(PublishedRow {
                organisation: ctx
                    .t
                    .pick_name(fi.as_deref(), sv.as_deref(), en.as_deref())
                    .to_owned(),
                title: plan.title,
                path: format!("/p/{public_id}"),
            });
        }
    }
    let page = StartPage {
        page: Layout::new(ctx, "start-title"),
        finnish,
        swedish,
        signed_in: ctx.user.is_some(),
        published,
    };
    render_part(axum::http::StatusCode::OK, &page)
}
