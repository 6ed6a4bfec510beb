//! Capability 3, monitoring, as an organisation and its instructor meet it:
//! self-reported facts, reviews of a plan against the law, instructors'
//! assignments, the reminder log and unsubscribing from reminders.

pub(crate) mod reviews;
pub(crate) mod self_reports;

use axum::routing::{get, post};
use axum::Router;

use crate::AppState;

/// This capability's routes.
pub(crate) fn routes() -> Router<AppState> {
    Router::new()
        .route(
            "/orgs/{org}/self-reports",
            get(self_reports::page).post(self_reports::submit).layer(
                axum::extract::DefaultBodyLimit::max(
                    self_reports::MAX_REPORT_FILE_BYTES + 64 * 1024,
                ),
            ),
        )
        .route(
            "/orgs/{org}/self-reports/files/{file}",
            get(self_reports::file),
        )
        .route(
            "/admin/instructors",
            get(reviews::instructors).post(reviews::assign),
        )
        .route(
            "/admin/instructors/{user}/{org}/remove",
            post(reviews::unassign),
        )
        .route(
            "/orgs/{org}/reviews",
            get(reviews::reviews).post(reviews::create_review),
        )
        .route(
            "/orgs/{org}/reviews/new/{framework}",
            get(reviews::new_review),
        )
        .route(
            "/orgs/{org}/reviews/{review}/answers",
            post(reviews::answer_review),
        )
        .route("/national/reminders", get(reviews::reminder_runs))
        .route(
            "/unsubscribe/{secret}",
            get(reviews::unsubscribe_page).post(reviews::unsubscribe),
        )
}
