//! An organisation's own house: the person's home (their organisations),
//! members and invitations, settings, and the audit log.

pub(crate) mod pages;

use axum::routing::{get, post};
use axum::Router;

use crate::AppState;

/// This capability's routes.
pub(crate) fn routes() -> Router<AppState> {
    Router::new()
        .route("/home", get(pages::home))
        .route(
            "/orgs/{org}/members",
            get(pages::members).post(pages::invite),
        )
        .route("/orgs/{org}/members/{user}/role", post(pages::change_role))
        .route("/orgs/{org}/members/{user}/remove", post(pages::remove))
        .route(
            "/orgs/{org}/settings",
            get(pages::settings).post(pages::save_settings),
        )
        .route("/orgs/{org}/audit", get(pages::audit))
}
