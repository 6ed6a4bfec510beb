//! Capability 2, analysis: uploads, mapping their columns, running the
//! statistics engine with disclosure control, and the results as tables,
//! findings, a chart and a CSV of aggregates.

pub(crate) mod chart;
#[cfg(test)]
mod disclosure_tests;
#[cfg(test)]
mod engine_tests;
pub(crate) mod findings;
pub(crate) mod pages;
pub(crate) mod result;
pub(crate) mod results;
pub(crate) mod run;
pub(crate) mod spec;
pub(crate) mod upload;

pub(crate) use chart::*;
pub(crate) use findings::*;
pub(crate) use result::*;
pub(crate) use run::*;
pub(crate) use spec::*;
pub(crate) use upload::*;

use axum::routing::{get, post};
use axum::Router;

use crate::AppState;

/// This capability's routes.
pub(crate) fn routes() -> Router<AppState> {
    Router::new()
        .route(
            "/orgs/{org}/analysis",
            get(pages::index)
                .post(pages::upload)
                .layer(axum::extract::DefaultBodyLimit::max(
                    pages::MAX_UPLOAD_BYTES + 64 * 1024,
                )),
        )
        .route(
            "/orgs/{org}/analysis/uploads/{upload}",
            get(pages::mapping).post(pages::run),
        )
        .route("/orgs/{org}/analysis/{job}", get(results::job))
        .route("/orgs/{org}/analysis/{job}/evidence", post(results::attach))
        .route(
            "/orgs/{org}/analysis/retention",
            post(results::save_retention),
        )
}
