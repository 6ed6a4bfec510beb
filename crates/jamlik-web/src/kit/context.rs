//! The per-request context: who is asking, in which language, with which
//! CSRF token, under which request id — found once by the [`context`]
//! middleware, which also renders every error.

use std::net::SocketAddr;

use axum::extract::{ConnectInfo, FromRequestParts, Request, State};
use axum::http::request::Parts;
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};
use jamlik_domain::{ErrorCode, GlobalRole, Language};
use jamlik_i18n::Translator;
use jamlik_store::{Actor, User};

use crate::kit::error::AppError;
use crate::kit::views;
use crate::{AppState, REQUEST_ID};

/// The session cookie.
pub(crate) const SESSION_COOKIE: &str = "jamlik_session";
/// The pre-session CSRF cookie: signed out, forms carry a token derived from
/// it (signed in, from the session). Under https it is `__Host-` prefixed
/// ([`csrf_cookie`]), so no other site or subdomain can set it.
pub(crate) const CSRF_COOKIE: &str = "jamlik_csrf";

/// The name of the pre-session CSRF cookie: `__Host-jamlik_csrf` when
/// cookies are secure (https), else `jamlik_csrf`.
pub(crate) fn csrf_cookie(state: &AppState) -> &'static str {
    if state.config().secure_cookies {
        "__Host-jamlik_csrf"
    } else {
        CSRF_COOKIE
    }
}
/// The language cookie, for people not signed in.
pub(crate) const LANGUAGE_COOKIE: &str = "jamlik_lang";

/// Who is asking, and how to speak to them.
#[derive(Clone, Debug)]
pub struct Ctx {
    /// The language and formatting.
    pub t: Translator,
    /// The signed-in person, if any.
    pub user: Option<User>,
    /// The session secret, when signed in by cookie.
    pub session_secret: Option<String>,
    /// The CSRF token forms must carry.
    pub csrf: String,
    /// The request id, shown on error pages.
    pub request_id: String,
    /// The path and query asked for.
    pub path: String,
    /// Where a page shown here comes back to (the language switcher): the
    /// path asked for, or, for a page shown from a form's POST (a form with
    /// its error), the page the form was on, as the Referer names it on
    /// this site; else the start page. Never an address that answers only
    /// POST.
    pub return_to: String,
    /// The client's address, for sign-in limits.
    pub client: String,
}

impl Ctx {
    /// The signed-in person, or the error that asks them to sign in.
    pub fn require_user(&self) -> Result<&User, AppError> {
        self.user
            .as_ref()
            .ok_or_else(|| ErrorCode::NotSignedIn.into())
    }

    /// The person's global role.
    pub fn global_role(&self) -> Option<GlobalRole> {
        self.user.as_ref().and_then(|u| u.global_role)
    }

    /// Whether the person is an admin.
    pub fn is_admin(&self) -> bool {
        self.global_role() == Some(GlobalRole::Admin)
    }

    /// The actor for the audit trail.
    pub fn actor(&self) -> Actor {
        match &self.user {
            Some(user) => Actor {
                user_id: Some(user.id.clone()),
                label: user.email.clone(),
                request_id: Some(self.request_id.clone()),
            },
            None => Actor {
                user_id: None,
                label: "anonymous".into(),
                request_id: Some(self.request_id.clone()),
            },
        }
    }
}

impl<S: Send + Sync> FromRequestParts<S> for Ctx {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        parts
            .extensions
            .get::<Ctx>()
            .cloned()
            .ok_or_else(|| AppError {
                code: ErrorCode::Internal,
                args: Vec::new(),
                internal: Some("context middleware missing".into()),
            })
    }
}

/// The value of one cookie.
pub(crate) fn cookie<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(key, _)| *key == name)
        .map(|(_, value)| value)
}

/// A `Set-Cookie` value with the flags every Jämlik cookie carries.
pub(crate) fn set_cookie(
    state: &AppState,
    name: &str,
    value: &str,
    max_age_seconds: i64,
    same_site: &str,
) -> HeaderValue {
    let secure = if state.config().secure_cookies {
        "; Secure"
    } else {
        ""
    };
    let text = format!(
        "{name}={value}; Path=/; Max-Age={max_age_seconds}; HttpOnly; SameSite={same_site}{secure}"
    );
    HeaderValue::from_str(&text).unwrap_or_else(|_| HeaderValue::from_static(""))
}

fn client_address(state: &AppState, request: &Request) -> String {
    if state.config().trust_forwarded_for {
        let forwarded = request
            .headers()
            .get("x-forwarded-for")
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.rsplit(',').next())
            .map(|v| v.trim().to_owned());
        if let Some(address) = forwarded.filter(|a| !a.is_empty()) {
            return address;
        }
    }
    request
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map(|ConnectInfo(address)| address.ip().to_string())
        .unwrap_or_else(|| "unknown".into())
}

/// The path and query of the Referer, when it is an address on this site
/// (same host as the request); the redirect helper checks it again before
/// anyone is sent there.
fn referer_path(headers: &HeaderMap) -> Option<String> {
    let referer = headers.get(header::REFERER)?.to_str().ok()?;
    let host = headers.get(header::HOST)?.to_str().ok()?;
    let rest = referer
        .strip_prefix("https://")
        .or_else(|| referer.strip_prefix("http://"))?;
    let path = rest.strip_prefix(host)?;
    path.starts_with('/').then(|| path.to_owned())
}

fn wants_json(path: &str, headers: &HeaderMap) -> bool {
    path.starts_with("/api/")
        || headers
            .get(header::ACCEPT)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|accept| accept.starts_with("application/json"))
}

/// Finds the context, runs the handler, renders errors.
pub(crate) async fn context(
    State(state): State<AppState>,
    mut request: Request,
    next: Next,
) -> Response {
    let request_id = request
        .headers()
        .get(REQUEST_ID)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("-")
        .to_owned();
    let path = request
        .uri()
        .path_and_query()
        .map_or_else(|| "/".to_owned(), |pq| pq.as_str().to_owned());
    let is_api = request.uri().path().starts_with("/api/");
    let json = wants_json(request.uri().path(), request.headers());
    let client = client_address(&state, &request);
    let headers = request.headers().clone();
    let method = request.method().clone();

    // Who is asking: a session cookie for pages, a bearer token for the API.
    let mut user = None;
    let mut session_secret = None;
    let mut lookup_error = None;
    if is_api {
        if let Some(bearer) = headers
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "))
        {
            match state.store().api_token_user(bearer.trim()).await {
                Ok(Some(found)) => user = Some(found),
                Ok(None) => lookup_error = Some(AppError::from(ErrorCode::InvalidToken)),
                Err(error) => lookup_error = Some(error.into()),
            }
        }
    } else if let Some(secret) = cookie(&headers, SESSION_COOKIE) {
        match state.store().session_user(secret).await {
            Ok(Some(found)) => {
                user = Some(found.user);
                session_secret = Some(secret.to_owned());
            }
            Ok(None) => {}
            Err(error) => lookup_error = Some(error.into()),
        }
    }

    // The language: the person's setting, else the cookie, else the browser's, else Swedish.
    let language = user
        .as_ref()
        .and_then(|u| u.language)
        .or_else(|| cookie(&headers, LANGUAGE_COOKIE).and_then(|l| Language::parse(l).ok()))
        .or_else(|| {
            headers
                .get(header::ACCEPT_LANGUAGE)
                .and_then(|v| v.to_str().ok())
                .and_then(jamlik_i18n::negotiate)
        })
        .unwrap_or(Language::Swedish);

    // The CSRF token: from the session when signed in (a new session at
    // sign-in is a new token), else from the pre-session cookie, made here
    // when missing.
    let csrf_name = csrf_cookie(&state);
    let pre_session = cookie(&headers, csrf_name)
        .filter(|c| (32..=128).contains(&c.len()))
        .map(str::to_owned);
    let new_csrf = pre_session.is_none().then(crate::kit::forms::new_token);
    let csrf = match (&session_secret, pre_session.as_ref().or(new_csrf.as_ref())) {
        (Some(secret), _) => {
            crate::kit::forms::csrf_token(crate::kit::forms::CsrfKey::Session(secret))
        }
        (None, Some(pre)) => {
            crate::kit::forms::csrf_token(crate::kit::forms::CsrfKey::PreSession(pre))
        }
        (None, None) => String::new(),
    };

    let return_to = if method == Method::GET || method == Method::HEAD {
        path.clone()
    } else {
        referer_path(&headers).unwrap_or_else(|| "/".to_owned())
    };
    let ctx = Ctx {
        t: Translator::new(language, state.config().display_zone),
        user,
        session_secret,
        csrf,
        request_id,
        path,
        return_to,
        client,
    };
    request.extensions_mut().insert(ctx.clone());

    let mut response = match lookup_error {
        Some(error) => error.into_response(),
        None => next.run(request).await,
    };
    response = match framework_rejection(response).await {
        Ok(error) => error.into_response(),
        Err(response) => response,
    };

    if let Some(error) = response.extensions_mut().remove::<AppError>() {
        response = render_error(&ctx, json, &method, error);
    }
    if let Some(token) = new_csrf {
        if !is_api {
            response.headers_mut().append(
                header::SET_COOKIE,
                set_cookie(&state, csrf_name, &token, 60 * 60 * 24 * 365, "Strict"),
            );
        }
    }
    if let Ok(value) = HeaderValue::from_str(language.as_str()) {
        response
            .headers_mut()
            .insert(header::CONTENT_LANGUAGE, value);
    }
    if !is_api && response.headers().get(header::CACHE_CONTROL).is_none() {
        response
            .headers_mut()
            .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    response
}

/// A refusal by the framework itself: an extractor's rejection (a query, a
/// path or a body that does not parse) answers with its own English text as
/// `text/plain`, which no handler of Jämlik does. It becomes the error of the
/// table that fits its status, rendered like every other (translated, with
/// the request id); the framework's text goes to the log only.
async fn framework_rejection(response: Response) -> Result<AppError, Response> {
    let status = response.status();
    let plain_text = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/plain"));
    if !(status.is_client_error() || status.is_server_error())
        || !plain_text
        || response.extensions().get::<AppError>().is_some()
    {
        return Err(response);
    }
    let detail = axum::body::to_bytes(response.into_body(), 4096)
        .await
        .map(|bytes| String::from_utf8_lossy(&bytes).into_owned())
        .unwrap_or_default();
    let code = match status {
        StatusCode::NOT_FOUND => ErrorCode::NotFound,
        StatusCode::PAYLOAD_TOO_LARGE => ErrorCode::PayloadTooLarge,
        status if status.is_client_error() => ErrorCode::InvalidRequest,
        _ => ErrorCode::Internal,
    };
    Ok(AppError {
        code,
        args: Vec::new(),
        internal: Some(format!("refused by the framework ({status}): {detail}")),
    })
}

fn render_error(ctx: &Ctx, json: bool, method: &Method, error: AppError) -> Response {
    let status =
        StatusCode::from_u16(error.code.http_status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    if let Some(detail) = &error.internal {
        tracing::error!(request_id = %ctx.request_id, code = error.code.code(), detail = %detail, "request failed");
    } else if !error.code.is_client_error() {
        tracing::error!(request_id = %ctx.request_id, code = error.code.code(), "request failed");
    }
    let message = ctx.t.t_args(&error.code.message_key(), &error.args);
    if json {
        let body = serde_json::json!({
            "error": { "code": error.code.code(), "message": message, "request_id": ctx.request_id }
        });
        return (status, axum::Json(body)).into_response();
    }
    // A page that needs a signed-in person sends them to sign in, then back.
    if error.code == ErrorCode::NotSignedIn {
        if method == Method::GET {
            let next = utf8_percent_encode(&ctx.path);
            return Redirect::to(&format!("/sign-in?next={next}")).into_response();
        }
        return Redirect::to("/sign-in").into_response();
    }
    (status, views::error_page(ctx, error.code, &message)).into_response()
}

/// Percent-encodes a path for a query value (everything but letters,
/// digits, `-._~` and `/`), with the kit's encoder ([`crate::kit::redirect`]).
pub(crate) fn utf8_percent_encode(text: &str) -> String {
    crate::kit::redirect::query_value(text)
}
