//! Capability 3, national monitoring: the dashboard of every obliged
//! organisation's status and the map.

pub(crate) mod map;
pub(crate) mod pages;

use axum::routing::get;
use axum::Router;

use crate::AppState;

/// This capability's routes.
pub(crate) fn routes() -> Router<AppState> {
    Router::new()
        .route("/national", get(pages::dashboard))
        .route("/national/map", get(pages::map))
}
