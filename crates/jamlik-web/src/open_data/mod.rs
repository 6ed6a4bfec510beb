//! Open data: the published plans and statuses as files and as the open
//! API.

pub(crate) mod api;
pub(crate) mod pages;

use axum::routing::get;
use axum::Router;

use crate::AppState;

/// This capability's routes.
pub(crate) fn routes() -> Router<AppState> {
    Router::new()
        .route("/open-data", get(pages::page))
        .route("/open-data/{file}", get(pages::download))
}
