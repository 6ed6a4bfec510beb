//! Jämlik's web application: server-rendered pages, the JSON API under
//! `/api/v1`, sessions, and the mail worker.
//!
//! The server keeps no state of its own between requests: sessions, sign-in
//! attempts and queued mail live in the database, so any number of instances
//! can serve behind a load balancer. Every route goes through one middleware
//! ([`context`]) that finds the person, their language and the CSRF token, and
//! renders every error — translated, with the request id, without internals.

mod account;
mod admin;
mod analysis;
mod api;
mod config;
mod jobs;
mod kit;
mod knowledge;
mod metrics;
mod monitoring;
mod national;
mod open_data;
mod org;
mod planning;
mod public;
mod routes;

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use axum::extract::DefaultBodyLimit;
use axum::http::{header, HeaderName, HeaderValue};
use axum::routing::{get, post};
use axum::Router;
use jamlik_store::Store;
use tower_http::request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer};
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::trace::TraceLayer;

pub use analysis::result::StoredResult as AnalysisResult;
pub use analysis::run::{
    analyse, analyse_with, RunError as AnalysisRunError,
    WEB_ERROR_CODES as ANALYSIS_WEB_ERROR_CODES,
};
pub use analysis::spec::{
    population_area as analysis_population_area, Baseline as AnalysisBaseline,
    Kind as AnalysisKind, Spec as AnalysisSpec,
};
pub use analysis::upload::upload_profile as analysis_upload_profile;
pub use api::ApiDoc;
pub use config::{AuthConfig, MailConfig, SmtpConfig, SmtpTls, WebConfig};
pub use jobs::analysis::{
    run_analysis_worker, run_job as run_analysis_job, run_pending as run_analysis_jobs,
};
pub use jobs::mail::{
    deliver_pending, run_mail_worker, run_reminder_job, send_certificate_reminders,
    send_certificate_reminders_on, send_due_reminders,
};
pub use jobs::reminders::{send_deadline_reminders, send_deadline_reminders_on};
pub use kit::auth::hash_password;
pub use kit::error::AppError;
pub use kit::mail::compose_invitation;

/// A finished analysis as the CSV of aggregates attached as evidence, in
/// the translator's language; `None` when the job has no result.
pub fn analysis_evidence_csv(
    t: &jamlik_i18n::Translator,
    job: &jamlik_store::AnalysisJob,
) -> Option<Vec<u8>> {
    let result: analysis::StoredResult = serde_json::from_str(job.result.as_deref()?).ok()?;
    Some(analysis::results::result_csv(t, job, &result))
}

/// What every request handler can reach.
#[derive(Clone, Debug)]
pub struct AppState {
    inner: Arc<Inner>,
}

#[derive(Debug)]
struct Inner {
    store: Store,
    config: WebConfig,
    metrics: metrics::Metrics,
    hashing: kit::auth::Hashing,
    derived: kit::derived::Derived,
}

impl AppState {
    /// Wires a store and a configuration.
    pub fn new(store: Store, config: WebConfig) -> Self {
        AppState {
            inner: Arc::new(Inner {
                hashing: kit::auth::Hashing::new(
                    config.auth.hash_concurrency,
                    Duration::from_millis(config.auth.hash_wait_millis),
                ),
                store,
                config,
                metrics: metrics::Metrics::new(),
                derived: kit::derived::Derived::default(),
            }),
        }
    }

    /// The store.
    pub fn store(&self) -> &Store {
        &self.inner.store
    }

    /// The page parts derived from statuses, kept per facts' generation.
    pub(crate) fn derived(&self) -> &kit::derived::Derived {
        &self.inner.derived
    }

    /// The configuration.
    pub fn config(&self) -> &WebConfig {
        &self.inner.config
    }

    fn metrics(&self) -> &metrics::Metrics {
        &self.inner.metrics
    }

    /// The bounded pool password hashing runs in.
    pub(crate) fn hashing(&self) -> &kit::auth::Hashing {
        &self.inner.hashing
    }
}

const REQUEST_ID: HeaderName = HeaderName::from_static("x-request-id");

/// The content security policy: nothing inline, nothing from elsewhere.
const CSP: &str = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
                   font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; \
                   base-uri 'none'; object-src 'none'";

/// The whole application.
pub fn router(state: AppState) -> Router {
    let body_limit = state.config().body_limit_bytes;
    // Browsers remember to use https only once they have reached it over https.
    let hsts = if state.config().secure_cookies {
        "max-age=31536000; includeSubDomains"
    } else {
        "max-age=0"
    };
    let pages = routes::routes();
    let api = api::routes();
    Router::new()
        .merge(pages)
        .nest("/api/v1", api)
        .route("/language", post(account::sign_in::switch_language))
        .fallback(|| async { AppError::from(jamlik_domain::ErrorCode::NotFound) })
        .layer(axum::middleware::from_fn_with_state(state.clone(), kit::context::context))
        // Added after the context layer: probes and assets need no person.
        .route("/healthz", get(|| async { "ok" }))
        .route("/readyz", get(metrics::ready))
        .route("/metrics", get(metrics::render))
        .route("/assets/{*path}", get(kit::views::asset))
        .layer(axum::middleware::from_fn_with_state(state.clone(), metrics::track))
        .layer(DefaultBodyLimit::max(body_limit))
        .layer(SetResponseHeaderLayer::overriding(header::CONTENT_SECURITY_POLICY, HeaderValue::from_static(CSP)))
        .layer(SetResponseHeaderLayer::overriding(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff")))
        .layer(SetResponseHeaderLayer::overriding(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY")))
        .layer(SetResponseHeaderLayer::overriding(header::REFERRER_POLICY, HeaderValue::from_static("same-origin")))
        .layer(SetResponseHeaderLayer::overriding(
            HeaderName::from_static("permissions-policy"),
            HeaderValue::from_static("camera=(), microphone=(), geolocation=()"),
        ))
        .layer(SetResponseHeaderLayer::overriding(header::STRICT_TRANSPORT_SECURITY, HeaderValue::from_static(hsts)))
        .layer(SetResponseHeaderLayer::if_not_present(
            HeaderName::from_static("cross-origin-opener-policy"),
            HeaderValue::from_static("same-origin"),
        ))
        .layer(TraceLayer::new_for_http().make_span_with(|request: &axum::http::Request<_>| {
            let id = request.headers().get(REQUEST_ID).and_then(|v| v.to_str().ok()).unwrap_or("-");
            tracing::info_span!("request", method = %request.method(), path = %request.uri().path(), request_id = %id)
        }))
        .layer(PropagateRequestIdLayer::new(REQUEST_ID))
        .layer(SetRequestIdLayer::new(REQUEST_ID, MakeRequestUuid))
        .with_state(state)
}

/// Serves the application on a bound listener until `shutdown` resolves, with
/// the mail worker beside it.
pub async fn serve(
    listener: tokio::net::TcpListener,
    state: AppState,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let worker = tokio::spawn(run_mail_worker(state.clone()));
    let reminders = tokio::spawn(run_reminder_job(state.clone()));
    let analyses = tokio::spawn(run_analysis_worker(state.clone()));
    let app = router(state.clone()).into_make_service_with_connect_info::<SocketAddr>();
    let result = axum::serve(listener, app)
        .with_graceful_shutdown(shutdown)
        .await;
    worker.abort();
    reminders.abort();
    analyses.abort();
    result
}

/// How often the mail worker looks for work when idle.
pub(crate) fn mail_poll(config: &WebConfig) -> Duration {
    Duration::from_millis(config.mail.poll_millis.max(50))
}
