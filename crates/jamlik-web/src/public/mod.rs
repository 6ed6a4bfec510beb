//! The public start page: what anyone sees before signing in.

pub(crate) mod start;

use axum::routing::get;
use axum::Router;

use crate::AppState;

/// This capability's routes.
pub(crate) fn routes() -> Router<AppState> {
    Router::new().route("/", get(start::start))
}
