//! Signing in and out, forgotten passwords, accepting an invitation, and
//! the person's own profile and API tokens.

pub(crate) mod profile;
pub(crate) mod sign_in;

use axum::routing::{get, post};
use axum::Router;

use crate::AppState;

/// This capability's routes.
pub(crate) fn routes() -> Router<AppState> {
    Router::new()
        .route(
            "/sign-in",
            get(sign_in::sign_in_page).post(sign_in::sign_in),
        )
        .route("/sign-out", post(sign_in::sign_out))
        .route("/sign-out-everywhere", post(sign_in::sign_out_everywhere))
        .route(
            "/forgot-password",
            get(sign_in::forgot_page).post(sign_in::forgot),
        )
        .route(
            "/reset-password/{secret}",
            get(sign_in::reset_page).post(sign_in::reset),
        )
        .route(
            "/welcome/{secret}",
            get(sign_in::welcome_page).post(sign_in::welcome),
        )
        .route("/profile", get(profile::page).post(profile::save))
        .route("/profile/password", post(profile::change_password))
        .route("/profile/tokens", post(profile::create_token))
        .route(
            "/profile/tokens/{token}/revoke",
            post(profile::revoke_token),
        )
}
