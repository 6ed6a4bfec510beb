//! `/catalogue`: the common measures, filtered by framework and category,
//! each with its guidance and, once enough organisations have used it, how
//! many took it into a plan and how many have done it. Counts of fewer than
//! [`MIN_ORGANISATIONS`] organisations are not shown: they would point at
//! particular organisations' plans in progress.

use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use jamlik_domain::ErrorCode;
use serde::Deserialize;

use super::guide::registry;
use crate::kit::context::Ctx;
use crate::kit::error::{AppError, AppResult};
use crate::kit::views::{render, Layout, Option_};
use crate::AppState;

/// The fewest organisations whose use of a measure is counted in public.
pub(crate) const MIN_ORGANISATIONS: i64 = 5;

/// The catalogue's filters.
#[derive(Debug, Default, Deserialize)]
pub(crate) struct CatalogueQuery {
    #[serde(default)]
    framework: String,
    #[serde(default)]
    category: String,
}

/// One measure as listed.
#[derive(Debug)]
struct Entry {
    id: String,
    title: String,
    guidance: String,
    category: String,
    frameworks: Vec<(String, String)>,
    /// "Used by N organisations, done by M", or that too few have used it.
    usage: String,
}

#[derive(Template)]
#[template(path = "knowledge/catalogue.html")]
struct CataloguePage {
    page: Layout,
    frameworks: Vec<Option_>,
    categories: Vec<Option_>,
    entries: Vec<Entry>,
    error: Option<String>,
    filtered: bool,
}

/// `/catalogue`.
pub(crate) async fn catalogue(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(query): Query<CatalogueQuery>,
) -> AppResult<Response> {
    let registry = registry()?;
    let language = ctx.t.language();
    let catalogue = registry.catalogue();
    let framework = query.framework.trim();
    let category = query.category.trim();
    let mut error = None;
    if !framework.is_empty() && registry.get(framework).is_none() {
        error =
            Some(AppError::from(ErrorCode::CatalogueFilterUnknown).with_arg("value", framework));
    } else if !category.is_empty() && catalogue.category(category).is_none() {
        error = Some(AppError::from(ErrorCode::CatalogueFilterUnknown).with_arg("value", category));
    }
    let usage = state.store().catalogue_usage().await?;
    let entries: Vec<Entry> = if error.is_some() {
        Vec::new()
    } else {
        catalogue
            .measures
            .iter()
            .filter(|m| framework.is_empty() || m.packs.iter().any(|p| p == framework))
            .filter(|m| category.is_empty() || m.category == category)
            .map(|m| {
                let used = usage.get(&m.id).copied().unwrap_or_default();
                Entry {
                    id: m.id.clone(),
                    title: m.title.get(language).to_owned(),
                    guidance: m.guidance.get(language).to_owned(),
                    category: catalogue
                        .category(&m.category)
                        .map(|c| c.name.get(language).to_owned())
                        .unwrap_or_default(),
                    frameworks: m
                        .packs
                        .iter()
                        .filter_map(|p| registry.get(p))
                        .map(|p| {
                            let link = if p.steps.is_empty() {
                                String::new()
                            } else {
                                format!("/guide/{}", p.id)
                            };
                            (p.title.get(language).to_owned(), link)
                        })
                        .collect(),
                    usage: if used.organisations >= MIN_ORGANISATIONS {
                        ctx.t.t_args(
                            "catalogue-used-by",
                            &[
                                ("count", ctx.t.number(used.organisations)),
                                ("done", ctx.t.number(used.done)),
                            ],
                        )
                    } else {
                        ctx.t.t_args(
                            "catalogue-used-by-few",
                            &[("min", ctx.t.number(MIN_ORGANISATIONS))],
                        )
                    },
                }
            })
            .collect()
    };
    let option = |value: &str, label: String, chosen: &str| Option_ {
        value: value.to_owned(),
        label,
        selected: value == chosen,
    };
    let mut frameworks = vec![option("", ctx.t.t("catalogue-all-frameworks"), framework)];
    frameworks.extend(
        registry
            .packs()
            .iter()
            .filter(|p| catalogue.measures.iter().any(|m| m.packs.contains(&p.id)))
            .map(|p| option(&p.id, p.title.get(language).to_owned(), framework)),
    );
    let mut categories = vec![option("", ctx.t.t("catalogue-all-categories"), category)];
    categories.extend(
        catalogue
            .categories
            .iter()
            .map(|c| option(&c.id, c.name.get(language).to_owned(), category)),
    );
    let status = if error.is_some() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    let page = CataloguePage {
        page: Layout::new(&ctx, "catalogue-title"),
        frameworks,
        categories,
        entries,
        error: error.map(|e| crate::kit::form_error(&ctx, &e)),
        filtered: !framework.is_empty() || !category.is_empty(),
    };
    Ok((status, render(&page)).into_response())
}
