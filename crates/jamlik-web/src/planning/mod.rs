//! Capability 1, the planning workspace: plans, the service inventory and
//! its assessment, findings, measures and indicators, follow-up rounds,
//! versions, approval and publishing, exports, and the organisation's
//! dashboard that opens on them.

pub(crate) mod bulk;
pub(crate) mod dashboard;
pub(crate) mod export;
pub(crate) mod followup;
pub(crate) mod inventory;
pub(crate) mod measures;
pub(crate) mod plans;
pub(crate) mod translations;
pub(crate) mod versions;
pub(crate) mod workspace;

use axum::routing::{get, post};
use axum::Router;

use crate::AppState;

/// This capability's routes.
pub(crate) fn routes() -> Router<AppState> {
    Router::new()
        .route("/orgs/{org}", get(dashboard::dashboard))
        .route(
            "/orgs/{org}/plans",
            get(plans::plans).post(plans::create_plan),
        )
        .route("/orgs/{org}/plans/{plan}", get(plans::plan))
        .route(
            "/orgs/{org}/plans/{plan}/findings",
            post(plans::create_finding),
        )
        .route(
            "/orgs/{org}/plans/{plan}/measures",
            post(plans::create_measure),
        )
        .route("/orgs/{org}/plans/{plan}/approve", post(plans::approve))
        .route("/orgs/{org}/plans/{plan}/publish", post(plans::publish))
        .route(
            "/orgs/{org}/plans/{plan}/evaluation",
            post(plans::save_evaluation),
        )
        .route("/p/{public}", get(plans::public_plan))
        .route(
            "/orgs/{org}/plans/{plan}/translations",
            get(translations::translations).post(translations::save),
        )
        .route(
            "/orgs/{org}/plans/{plan}/versions/{number}/changes",
            get(versions::changes),
        )
        .route(
            "/orgs/{org}/plans/{plan}/measures.csv",
            get(bulk::export_measures),
        )
        .route(
            "/orgs/{org}/plans/{plan}/measures.xlsx",
            get(bulk::export_measures_xlsx),
        )
        .route(
            "/orgs/{org}/plans/{plan}/measures/bulk",
            post(bulk::bulk_update),
        )
        .route(
            "/orgs/{org}/services",
            get(plans::services).post(plans::create_service),
        )
        .route(
            "/orgs/{org}/plans/{plan}/steps/{framework}/{step}",
            get(workspace::step).post(workspace::save_step),
        )
        .route(
            "/orgs/{org}/plans/{plan}/assessment",
            get(workspace::matrix),
        )
        .route(
            "/orgs/{org}/plans/{plan}/assessment/{service}",
            get(workspace::assess).post(workspace::save_assessment),
        )
        .route(
            "/orgs/{org}/plans/{plan}/assessment/{service}/files",
            post(workspace::attach_file).layer(axum::extract::DefaultBodyLimit::max(
                workspace::MAX_EVIDENCE_BYTES + 64 * 1024,
            )),
        )
        .route("/orgs/{org}/evidence/{file}", get(workspace::evidence))
        .route(
            "/orgs/{org}/plans/{plan}/consultations",
            get(workspace::consultations).post(workspace::add_consultation),
        )
        .route(
            "/orgs/{org}/plans/{plan}/rounds",
            get(workspace::rounds).post(workspace::create_round),
        )
        .route(
            "/orgs/{org}/plans/{plan}/rounds/{round}",
            get(workspace::round),
        )
        .route("/orgs/{org}/plans/{plan}/export/{file}", get(export::plan))
        .route(
            "/orgs/{org}/plans/{plan}/rounds/{round}/export/{file}",
            get(export::round),
        )
        .route("/p/{public}/{file}", get(export::public))
        .route("/f/{public}", get(followup::public_report))
        .route("/f/{public}/{file}", get(followup::public_export))
        .route(
            "/orgs/{org}/plans/{plan}/rounds/{round}/publish",
            post(followup::publish),
        )
        .route("/orgs/{org}/services/import", post(inventory::import))
        .route(
            "/orgs/{org}/services/template.csv",
            get(inventory::template_csv),
        )
        .route(
            "/orgs/{org}/services/template.xlsx",
            get(inventory::template_xlsx),
        )
        .route("/orgs/{org}/measures/{measure}", get(measures::measure))
        .route(
            "/orgs/{org}/measures/{measure}/status",
            post(measures::update_status),
        )
        .route(
            "/orgs/{org}/measures/{measure}/edit",
            post(measures::edit_measure),
        )
        .route(
            "/orgs/{org}/measures/{measure}/indicators",
            post(measures::add_indicator),
        )
        .route(
            "/orgs/{org}/measures/{measure}/indicators/{indicator}",
            post(measures::edit_indicator),
        )
        .route(
            "/orgs/{org}/measures/{measure}/indicators/{indicator}/remove",
            post(measures::remove_indicator),
        )
}
