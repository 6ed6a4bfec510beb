//! Administration: organisations, people and their global roles, and the
//! whole audit log.

pub(crate) mod pages;

use axum::routing::{get, post};
use axum::Router;

use crate::AppState;

/// This capability's routes.
pub(crate) fn routes() -> Router<AppState> {
    Router::new()
        .route("/admin", get(pages::index))
        .route(
            "/admin/organisations",
            get(pages::organisations).post(pages::create_organisation),
        )
        .route("/admin/users", get(pages::users))
        .route("/admin/users/{user}/role", post(pages::set_global_role))
        .route("/admin/audit", get(pages::audit))
}
