//! Capability 2, analysis: uploads, mapping their columns, running the
//! statistics engine with disclosure control, and the results as tables,
//! findings, a chart and a CSV of aggregates.

#[cfg(test)]
mod disclosure_tests;
pub(crate) mod engine;
pub(crate) mod pages;

pub(crate) use engine::*;

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
        .route("/orgs/{org}/analysis/{job}", get(pages::job))
        .route("/orgs/{org}/analysis/{job}/evidence", post(pages::attach))
        .route(
            "/orgs/{org}/analysis/retention",
            post(pages::save_retention),
        )
}
