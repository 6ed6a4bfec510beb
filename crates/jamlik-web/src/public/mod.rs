//! What anyone sees without signing in: the start page with its search, the
//! public register of organisations and each organisation's public page.

pub(crate) mod organisation;
pub(crate) mod register;
pub(crate) mod start;

use axum::routing::get;
use axum::Router;

use crate::AppState;

/// This capability's routes.
pub(crate) fn routes() -> Router<AppState> {
    Router::new()
        .route("/", get(start::start))
        .route("/register", get(register::register))
        .route("/o/{key}", get(organisation::page))
}
