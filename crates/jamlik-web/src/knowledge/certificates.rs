//! Certificates: a person's own (`/certificates`, with the name they show
//! on them), and the public verification of any certificate by its code
//! (`/verify`, `/verify/{code}`, and the certificate itself as tagged PDF at
//! `/verify/{code}/certificate.pdf`). Verification says valid, expired or
//! revoked, with the name the holder chose to show and nothing else about
//! them; a code that does not exist is "not found", with no hint of others.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Redirect, Response};
use jamlik_domain::{ErrorCode, IsoDate};
use jamlik_store::Certificate;
use serde::Deserialize;

use super::courses::state_key;
use crate::kit::context::Ctx;
use crate::kit::error::{AppError, AppResult};
use crate::kit::forms::{field, CsrfForm};
use crate::kit::views::{render, Layout};
use crate::kit::{date_in, error_status, form_error, today};
use crate::AppState;

/// A certificate as shown.
#[derive(Debug)]
struct CertificateView {
    code: String,
    course: String,
    course_id: String,
    holder: String,
    issued: String,
    expires: Option<String>,
    version: String,
    state: &'static str,
}

fn view(ctx: &Ctx, certificate: &Certificate, today: &IsoDate) -> CertificateView {
    CertificateView {
        code: certificate.code.clone(),
        course: certificate.course_title.get(ctx.t.language()).to_owned(),
        course_id: certificate.course_id.clone(),
        holder: certificate.holder_name.clone(),
        issued: date_in(&ctx.t, &certificate.issued_on),
        expires: certificate.expires_on.as_ref().map(|d| date_in(&ctx.t, d)),
        version: certificate.course_version.clone(),
        state: state_key(certificate.state(today)),
    }
}

#[derive(Template)]
#[template(path = "knowledge/certificates.html")]
struct CertificatesPage {
    page: Layout,
    certificates: Vec<CertificateView>,
    name: String,
    error: Option<String>,
}

async fn certificates_page(
    state: &AppState,
    ctx: &Ctx,
    name: Option<String>,
    error: Option<String>,
) -> AppResult<Response> {
    let user = ctx.require_user()?;
    let today = today();
    let certificates = state
        .store()
        .certificates_of(&user.id)
        .await?
        .iter()
        .map(|c| view(ctx, c, &today))
        .collect();
    let name = match name {
        Some(name) => name,
        None => state.store().certificate_name(&user.id).await?,
    };
    Ok(render(&CertificatesPage {
        page: Layout::new(ctx, "certificates-title"),
        certificates,
        name,
        error,
    }))
}

/// `/certificates`: the person's certificates and the name they show.
pub(crate) async fn mine(State(state): State<AppState>, ctx: Ctx) -> AppResult<Response> {
    certificates_page(&state, &ctx, None, None).await
}

/// `POST /certificates/name`: the name shown on certificates issued from now
/// on.
pub(crate) async fn set_name(
    State(state): State<AppState>,
    ctx: Ctx,
    CsrfForm(form): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    let user = ctx.require_user()?;
    let name = field(&form, "name");
    match state.store().set_certificate_name(&user.id, name).await {
        Ok(_) => Ok(Redirect::to("/certificates?notice=certificate-name-saved").into_response()),
        Err(error) => {
            let error = AppError::from(error);
            if error.code.is_client_error() {
                let message = form_error(&ctx, &error);
                let page =
                    certificates_page(&state, &ctx, Some(name.to_owned()), Some(message)).await?;
                Ok((error_status(&error), page).into_response())
            } else {
                Err(error)
            }
        }
    }
}

#[derive(Template)]
#[template(path = "knowledge/verify.html")]
struct VerifyPage {
    page: Layout,
    code: String,
    certificate: Option<CertificateView>,
    error: Option<String>,
}

/// The code typed into the verification form.
#[derive(Debug, Deserialize)]
pub(crate) struct CodeQuery {
    #[serde(default)]
    code: Option<String>,
}

/// `/verify`: the form; with `?code=`, the certificate's page.
pub(crate) async fn form(ctx: Ctx, Query(query): Query<CodeQuery>) -> AppResult<Response> {
    match query.code.as_deref().map(str::trim) {
        Some(code) if !code.is_empty() => match jamlik_store::normalise_code(code) {
            Some(code) => Ok(Redirect::to(&format!("/verify/{code}")).into_response()),
            None => not_found(&ctx, code),
        },
        _ => Ok(render(&VerifyPage {
            page: Layout::new(&ctx, "verify-title"),
            code: String::new(),
            certificate: None,
            error: None,
        })),
    }
}

fn not_found(ctx: &Ctx, code: &str) -> AppResult<Response> {
    let error = AppError::from(ErrorCode::CertificateNotFound);
    Ok((
        error_status(&error),
        render(&VerifyPage {
            page: Layout::new(ctx, "verify-title"),
            code: code.chars().take(40).collect(),
            certificate: None,
            error: Some(form_error(ctx, &error)),
        }),
    )
        .into_response())
}

/// `/verify/{code}`: whether a certificate holds.
pub(crate) async fn verify(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(code): Path<String>,
) -> AppResult<Response> {
    match state.store().certificate(&code).await {
        Ok(certificate) => Ok(render(&VerifyPage {
            page: Layout::new(&ctx, "verify-certificate-title"),
            code: certificate.code.clone(),
            certificate: Some(view(&ctx, &certificate, &today())),
            error: None,
        })),
        Err(error) if error.code() == ErrorCode::CertificateNotFound => not_found(&ctx, &code),
        Err(error) => Err(error.into()),
    }
}

/// `/verify/{code}/certificate.pdf`: the certificate as tagged PDF, in the
/// reader's language.
pub(crate) async fn pdf(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(code): Path<String>,
) -> AppResult<Response> {
    let certificate = state.store().certificate(&code).await?;
    let t = &ctx.t;
    let shown = view(&ctx, &certificate, &today());
    let mut facts = vec![
        (t.t("certificate-state"), t.t(shown.state)),
        (t.t("certificate-issued"), shown.issued.clone()),
    ];
    if let Some(expires) = &shown.expires {
        facts.push((t.t("certificate-expires"), expires.clone()));
    }
    facts.push((t.t("certificate-version"), shown.version.clone()));
    facts.push((t.t("certificate-code"), shown.code.clone()));
    facts.push((
        t.t("certificate-verify-at"),
        format!(
            "{}/verify/{}",
            state.config().public_url.trim_end_matches('/'),
            shown.code
        ),
    ));
    let document = jamlik_reports::CertificateDocument {
        language: t.language(),
        kind: t.t("certificate-kind-completion"),
        holder: shown.holder.clone(),
        statement: t.t("certificate-statement"),
        course: shown.course.clone(),
        facts,
        date: shown.issued.clone(),
        issuer: t.t("app-name"),
    };
    let bytes = jamlik_reports::certificate_pdf(&document, t).map_err(|error| {
        tracing::error!(request_id = %ctx.request_id, error = %error, "a certificate failed");
        AppError::from(ErrorCode::Internal)
    })?;
    Ok((
        [
            (header::CONTENT_TYPE, "application/pdf".to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("inline; filename=\"certificate-{}.pdf\"", certificate.code),
            ),
        ],
        bytes,
    )
        .into_response())
}
