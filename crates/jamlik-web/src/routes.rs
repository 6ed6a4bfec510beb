//! The application's routes: each capability's router, assembled. Each
//! handler authorises first (so a forbidden request is refused before its
//! body is even looked at), then reads or changes through the store, then
//! renders or redirects with a notice.

use axum::Router;

use crate::AppState;

/// Every capability's page routes (the JSON API is assembled in `lib.rs`).
pub(crate) fn routes() -> Router<AppState> {
    Router::new()
        .merge(crate::public::routes())
        .merge(crate::account::routes())
        .merge(crate::org::routes())
        .merge(crate::planning::routes())
        .merge(crate::knowledge::routes())
        .merge(crate::analysis::routes())
        .merge(crate::monitoring::routes())
        .merge(crate::national::routes())
        .merge(crate::open_data::routes())
        .merge(crate::admin::routes())
}
