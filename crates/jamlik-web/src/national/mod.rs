//! Capability 3, national monitoring: the dashboard of every obliged
//! organisation's status and the maps of Finland and Sweden, in full for
//! monitors and instructors (`/national`) and for everyone (`/overview`).

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
        .route("/overview", get(pages::public_dashboard))
        .route("/overview/map", get(pages::public_map))
}
