//! Signing in and out, forgotten passwords, invitations and the language
//! switcher.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderMap};
use axum::response::{IntoResponse, Redirect, Response};
use jamlik_domain::{Email, Language, Password};
use jamlik_store::LinkPurpose;
use serde::Deserialize;

use crate::kit::auth::{
    check_strength, clear_session_cookie, hash_in_pool, safe_next, sign_in as sign_in_person,
};
use crate::kit::context::{set_cookie, Ctx, LANGUAGE_COOKIE};
use crate::kit::error::{AppError, AppResult};
use crate::kit::forms::CsrfForm;
use crate::kit::mail::compose_reset;
use crate::kit::views::{render, Layout};
use crate::kit::{error_status, form_error};
use crate::AppState;

#[derive(Template)]
#[template(path = "account/sign_in.html")]
struct SignInPage {
    page: Layout,
    error: Option<String>,
    email: String,
    next: String,
}

#[derive(Debug, Deserialize)]
pub(crate) struct NextQuery {
    next: Option<String>,
}

/// `/sign-in`.
pub(crate) async fn sign_in_page(ctx: Ctx, Query(query): Query<NextQuery>) -> Response {
    if ctx.user.is_some() {
        return crate::kit::redirect::to(&safe_next(query.next.as_deref()));
    }
    let page = SignInPage {
        page: Layout::new(&ctx, "sign-in-title"),
        error: None,
        email: String::new(),
        next: safe_next(query.next.as_deref()),
    };
    render(&page)
}

#[derive(Debug, Deserialize)]
pub(crate) struct SignInForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
    next: Option<String>,
}

/// `POST /sign-in`.
pub(crate) async fn sign_in(
    State(state): State<AppState>,
    ctx: Ctx,
    CsrfForm(form): CsrfForm<SignInForm>,
) -> AppResult<Response> {
    match sign_in_person(&state, &ctx, &form.email, &form.password).await {
        Ok((_, headers)) => Ok((
            headers,
            crate::kit::redirect::to(&safe_next(form.next.as_deref())),
        )
            .into_response()),
        Err(error) if error.code.is_client_error() => {
            let page = SignInPage {
                page: Layout::new(&ctx, "sign-in-title"),
                error: Some(form_error(&ctx, &error)),
                email: form.email.trim().to_owned(),
                next: safe_next(form.next.as_deref()),
            };
            Ok((error_status(&error), render(&page)).into_response())
        }
        Err(error) => Err(error),
    }
}

#[derive(Debug, Deserialize)]
pub(crate) struct EmptyForm {}

/// `POST /sign-out`.
pub(crate) async fn sign_out(
    State(state): State<AppState>,
    ctx: Ctx,
    CsrfForm(_): CsrfForm<EmptyForm>,
) -> AppResult<Response> {
    if let Some(secret) = &ctx.session_secret {
        state.store().delete_session(secret).await?;
    }
    Ok((
        clear_session_cookie(&state),
        Redirect::to("/?notice=signed-out"),
    )
        .into_response())
}

/// `POST /sign-out-everywhere`: ends every session of the person and
/// revokes their API tokens.
pub(crate) async fn sign_out_everywhere(
    State(state): State<AppState>,
    ctx: Ctx,
    CsrfForm(_): CsrfForm<EmptyForm>,
) -> AppResult<Response> {
    let user = ctx.require_user()?;
    state
        .store()
        .delete_sessions_of(&ctx.actor(), &user.id)
        .await?;
    Ok((
        clear_session_cookie(&state),
        Redirect::to("/?notice=signed-out-everywhere"),
    )
        .into_response())
}

#[derive(Template)]
#[template(path = "account/forgot.html")]
struct ForgotPage {
    page: Layout,
    error: Option<String>,
    email: String,
}

/// `/forgot-password`.
pub(crate) async fn forgot_page(ctx: Ctx) -> Response {
    render(&ForgotPage {
        page: Layout::new(&ctx, "forgot-title"),
        error: None,
        email: String::new(),
    })
}

#[derive(Debug, Deserialize)]
pub(crate) struct ForgotForm {
    #[serde(default)]
    email: String,
}

/// `POST /forgot-password`: sends a link if the account exists, and says the
/// same either way.
pub(crate) async fn forgot(
    State(state): State<AppState>,
    ctx: Ctx,
    CsrfForm(form): CsrfForm<ForgotForm>,
) -> AppResult<Response> {
    let email = match Email::parse(&form.email) {
        Ok(email) => email,
        Err(code) => {
            let error = AppError::from(code);
            let page = ForgotPage {
                page: Layout::new(&ctx, "forgot-title"),
                error: Some(form_error(&ctx, &error)),
                email: form.email,
            };
            return Ok((error_status(&error), render(&page)).into_response());
        }
    };
    let public_url = state.config().public_url.clone();
    let zone = state.config().display_zone;
    let fallback = ctx.t;
    let per_hour = state.config().auth.reset_max_per_hour;
    let limits = jamlik_store::AttemptLimits {
        window_seconds: 3600,
        per_email: per_hour,
        per_client: per_hour.saturating_mul(10),
    };
    // Sent, no account, or too many requests: the same answer, so the form
    // tells no one who has an account; a burst sends no more mail.
    state
        .store()
        .request_password_reset(&email, &ctx.client, limits, |user, secret| {
            let t = user
                .language
                .map_or(fallback, |l| jamlik_i18n::Translator::new(l, zone));
            compose_reset(&t, &public_url, user, secret)
        })
        .await?;
    Ok(Redirect::to("/sign-in?notice=reset-sent").into_response())
}

#[derive(Template)]
#[template(path = "account/set_password.html")]
struct SetPasswordPage {
    page: Layout,
    error: Option<String>,
    action: String,
    email: String,
    intro_key: &'static str,
}

fn purpose_keys(purpose: LinkPurpose) -> (&'static str, &'static str, &'static str) {
    match purpose {
        LinkPurpose::PasswordReset => ("reset-title", "reset-intro", "reset-password"),
        LinkPurpose::Invitation => ("welcome-title", "welcome-intro", "welcome"),
    }
}

async fn link_page(
    state: &AppState,
    ctx: &Ctx,
    secret: &str,
    purpose: LinkPurpose,
) -> AppResult<Response> {
    let person = state.store().check_link(secret, purpose).await?;
    let (title, intro, prefix) = purpose_keys(purpose);
    let page = SetPasswordPage {
        page: Layout::new(ctx, title),
        error: None,
        action: format!("/{prefix}/{secret}"),
        email: person.email,
        intro_key: intro,
    };
    Ok(render(&page))
}

#[derive(Debug, Deserialize)]
pub(crate) struct SetPasswordForm {
    #[serde(default)]
    password: String,
    #[serde(default)]
    confirm: String,
}

async fn use_link(
    state: &AppState,
    ctx: &Ctx,
    secret: &str,
    purpose: LinkPurpose,
    form: SetPasswordForm,
) -> AppResult<Response> {
    let person = state.store().check_link(secret, purpose).await?;
    let password = Password::new_confirmed(&form.password, &form.confirm)
        .map_err(AppError::from)
        .and_then(|password| {
            check_strength(
                state.config().auth.min_password_score,
                &password,
                &[&person.email, &person.display_name],
            )?;
            Ok(password)
        });
    let password = match password {
        Ok(password) => password,
        Err(error) => {
            let (title, intro, prefix) = purpose_keys(purpose);
            let page = SetPasswordPage {
                page: Layout::new(ctx, title),
                error: Some(form_error(ctx, &error)),
                action: format!("/{prefix}/{secret}"),
                email: person.email,
                intro_key: intro,
            };
            return Ok((error_status(&error), render(&page)).into_response());
        }
    };
    let hash = hash_in_pool(state, &password).await?;
    state.store().use_link(secret, purpose, hash).await?;
    Ok(Redirect::to("/sign-in?notice=password-set").into_response())
}

/// `/reset-password/{secret}`.
pub(crate) async fn reset_page(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(secret): Path<String>,
) -> AppResult<Response> {
    link_page(&state, &ctx, &secret, LinkPurpose::PasswordReset).await
}

/// `POST /reset-password/{secret}`.
pub(crate) async fn reset(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(secret): Path<String>,
    CsrfForm(form): CsrfForm<SetPasswordForm>,
) -> AppResult<Response> {
    use_link(&state, &ctx, &secret, LinkPurpose::PasswordReset, form).await
}

/// `/welcome/{secret}`: an invited person sets their first password.
pub(crate) async fn welcome_page(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(secret): Path<String>,
) -> AppResult<Response> {
    link_page(&state, &ctx, &secret, LinkPurpose::Invitation).await
}

/// `POST /welcome/{secret}`.
pub(crate) async fn welcome(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(secret): Path<String>,
    CsrfForm(form): CsrfForm<SetPasswordForm>,
) -> AppResult<Response> {
    use_link(&state, &ctx, &secret, LinkPurpose::Invitation, form).await
}

#[derive(Debug, Deserialize)]
pub(crate) struct LanguageForm {
    #[serde(default)]
    lang: String,
    next: Option<String>,
}

/// `POST /language`: switches the language — for the person when signed in,
/// and in a cookie either way.
pub(crate) async fn switch_language(
    State(state): State<AppState>,
    ctx: Ctx,
    CsrfForm(form): CsrfForm<LanguageForm>,
) -> AppResult<Response> {
    let language = Language::parse(&form.lang).map_err(AppError::from)?;
    if let Some(user) = &ctx.user {
        state
            .store()
            .set_language(&ctx.actor(), &user.id, language)
            .await?;
    }
    let mut headers = HeaderMap::new();
    headers.append(
        header::SET_COOKIE,
        set_cookie(
            &state,
            LANGUAGE_COOKIE,
            language.as_str(),
            60 * 60 * 24 * 365,
            "Lax",
        ),
    );
    let next = crate::kit::redirect::local_path_or(form.next.as_deref(), "/");
    Ok((headers, crate::kit::redirect::to(&next)).into_response())
}
