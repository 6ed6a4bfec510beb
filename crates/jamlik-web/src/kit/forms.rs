//! Request bodies: forms with a CSRF check and JSON for the API. Both map
//! every failure (too large, malformed, forged) to its error code, so no
//! framework text reaches a person.

use axum::body::Bytes;
use axum::extract::{FromRequest, Request};
use jamlik_domain::ErrorCode;
use serde::de::DeserializeOwned;
use subtle::ConstantTimeEq;

use crate::kit::context::Ctx;
use crate::kit::error::{AppError, AppResult};

/// A new random value (the pre-session CSRF cookie), URL-safe.
pub(crate) fn new_token() -> String {
    use base64::Engine;
    use rand::RngCore;
    let mut bytes = [0u8; 32];
    rand::thread_rng().fill_bytes(&mut bytes);
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

/// What a CSRF token is derived from.
#[derive(Clone, Copy, Debug)]
pub(crate) enum CsrfKey<'a> {
    /// The session's secret (signed in): only the session's own pages can
    /// know the token, a new session has a new one, and no cookie an
    /// attacker plants changes it.
    Session(&'a str),
    /// The pre-session cookie (signed out: the sign-in and password forms).
    PreSession(&'a str),
}

/// The CSRF token forms carry: HMAC-SHA-256 keyed by the session secret or
/// the pre-session cookie, URL-safe. The cookie itself is never the token,
/// so a value repeated from a cookie an attacker chose is refused.
pub(crate) fn csrf_token(key: CsrfKey<'_>) -> String {
    use base64::Engine;
    use hmac::{Hmac, Mac};
    let (secret, label): (&str, &[u8]) = match key {
        CsrfKey::Session(secret) => (secret, b"jamlik csrf: session"),
        CsrfKey::PreSession(secret) => (secret, b"jamlik csrf: pre-session"),
    };
    match Hmac::<sha2::Sha256>::new_from_slice(secret.as_bytes()) {
        Ok(mut mac) => {
            mac.update(label);
            base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(mac.finalize().into_bytes())
        }
        // HMAC takes keys of any length; an empty token matches nothing.
        Err(_) => String::new(),
    }
}

async fn body<S: Send + Sync>(request: Request, state: &S) -> Result<Bytes, AppError> {
    Bytes::from_request(request, state)
        .await
        .map_err(|rejection| {
            if rejection.status() == axum::http::StatusCode::PAYLOAD_TOO_LARGE {
                AppError::from(ErrorCode::PayloadTooLarge)
            } else {
                AppError::from(ErrorCode::MalformedBody)
            }
        })
}

/// A form sent from a Jämlik page: its `csrf` field must equal the request's
/// token ([`csrf_token`] of its session, or of its pre-session cookie).
#[derive(Debug)]
pub struct CsrfForm<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequest<S> for CsrfForm<T> {
    type Rejection = AppError;

    async fn from_request(request: Request, state: &S) -> Result<Self, Self::Rejection> {
        let expected = request
            .extensions()
            .get::<Ctx>()
            .map(|ctx| ctx.csrf.clone())
            .unwrap_or_default();
        let bytes = body(request, state).await?;
        let pairs: Vec<(String, String)> = serde_urlencoded::from_bytes(&bytes)
            .map_err(|_| AppError::from(ErrorCode::MalformedBody))?;
        let sent = pairs
            .iter()
            .find(|(key, _)| key == "csrf")
            .map(|(_, value)| value.as_bytes());
        let valid = match sent {
            Some(sent) if !expected.is_empty() => bool::from(sent.ct_eq(expected.as_bytes())),
            _ => false,
        };
        if !valid {
            return Err(ErrorCode::CsrfRejected.into());
        }
        let value = serde_urlencoded::from_bytes(&bytes)
            .map_err(|_| AppError::from(ErrorCode::MalformedBody))?;
        Ok(CsrfForm(value))
    }
}

/// A JSON body for the API.
#[derive(Debug)]
pub struct ApiJson<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequest<S> for ApiJson<T> {
    type Rejection = AppError;

    async fn from_request(request: Request, state: &S) -> Result<Self, Self::Rejection> {
        let bytes = body(request, state).await?;
        let value =
            serde_json::from_slice(&bytes).map_err(|_| AppError::from(ErrorCode::MalformedBody))?;
        Ok(ApiJson(value))
    }
}

/// Every value a form sent under `name`, in order.
pub(crate) fn values(pairs: &[(String, String)], name: &str) -> Vec<String> {
    pairs
        .iter()
        .filter(|(k, _)| k == name)
        .map(|(_, v)| v.clone())
        .collect()
}

/// The first value a form sent under `name` (empty when none), borrowed.
pub(crate) fn field<'f>(pairs: &'f [(String, String)], name: &str) -> &'f str {
    pairs
        .iter()
        .find(|(k, _)| k == name)
        .map_or("", |(_, v)| v.as_str())
}

/// The first value a form sent under `name` (empty when none).
pub(crate) fn value(pairs: &[(String, String)], name: &str) -> String {
    field(pairs, name).to_owned()
}

/// How a form handler ends, once it has acted: done, the person goes on
/// to the address it gives (a page with a notice); a mistake they can fix
/// (a 4xx) shows the form again with the error (`again`); anything else is
/// the error page.
pub(crate) async fn settle<Again>(
    result: AppResult<String>,
    again: impl FnOnce(AppError) -> Again,
) -> AppResult<axum::response::Response>
where
    Again: std::future::Future<Output = AppResult<axum::response::Response>>,
{
    use axum::response::IntoResponse;
    match result {
        Ok(next) => Ok(axum::response::Redirect::to(&next).into_response()),
        Err(error) if error.code.is_client_error() => again(error).await,
        Err(error) => Err(error),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_bound_to_their_key() {
        let session = csrf_token(CsrfKey::Session("a session secret"));
        assert_eq!(session, csrf_token(CsrfKey::Session("a session secret")));
        assert_eq!(session.len(), 43);
        assert_ne!(session, csrf_token(CsrfKey::Session("another session")));
        assert_ne!(session, csrf_token(CsrfKey::PreSession("a session secret")));
        assert_ne!(session, "a session secret");
    }
}
