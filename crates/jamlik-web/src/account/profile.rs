//! The person's own page: name and language, password, sessions, API tokens.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use jamlik_domain::{ErrorCode, Language, Password};
use jamlik_store::ApiToken;
use serde::Deserialize;

use crate::kit::auth::{check_strength, hash_in_pool, prove_password};
use crate::kit::context::Ctx;
use crate::kit::error::{AppError, AppResult};
use crate::kit::forms::settle;
use crate::kit::forms::CsrfForm;
use crate::kit::views::{render, LanguageChoice, Layout};
use crate::kit::{error_status, form_error};
use crate::AppState;

#[derive(Template)]
#[template(path = "account/profile.html")]
struct ProfilePage {
    page: Layout,
    name: String,
    email: String,
    language_choices: Vec<LanguageChoice>,
    global_role_key: Option<String>,
    sessions: i64,
    tokens: Vec<ApiToken>,
    new_token: Option<String>,
    profile_error: Option<String>,
    password_error: Option<String>,
    token_error: Option<String>,
}

#[derive(Default)]
struct Errors {
    profile: Option<AppError>,
    password: Option<AppError>,
    token: Option<AppError>,
}

async fn profile_page(
    state: &AppState,
    ctx: &Ctx,
    errors: Errors,
    new_token: Option<String>,
) -> AppResult<Response> {
    let user = ctx.require_user()?;
    let tokens = state.store().api_tokens(&user.id).await?;
    let sessions = state.store().session_count(&user.id).await?;
    let chosen = user.language;
    let status = [&errors.profile, &errors.password, &errors.token]
        .into_iter()
        .flatten()
        .next()
        .map_or(axum::http::StatusCode::OK, error_status);
    let page = ProfilePage {
        page: Layout::new(ctx, "profile-title"),
        name: user.display_name.clone(),
        email: user.email.clone(),
        language_choices: Language::ALL
            .iter()
            .map(|l| LanguageChoice {
                code: l.as_str(),
                name: l.endonym(),
                current: chosen == Some(*l),
            })
            .collect(),
        global_role_key: user
            .global_role
            .map(|r| format!("global-role-{}", r.as_str())),
        sessions,
        tokens,
        new_token,
        profile_error: errors.profile.as_ref().map(|e| form_error(ctx, e)),
        password_error: errors.password.as_ref().map(|e| form_error(ctx, e)),
        token_error: errors.token.as_ref().map(|e| form_error(ctx, e)),
    };
    Ok((status, render(&page)).into_response())
}

/// `/profile`.
pub(crate) async fn page(State(state): State<AppState>, ctx: Ctx) -> AppResult<Response> {
    profile_page(&state, &ctx, Errors::default(), None).await
}

#[derive(Debug, Deserialize)]
pub(crate) struct ProfileForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    language: String,
}

/// `POST /profile`: name and language.
pub(crate) async fn save(
    State(state): State<AppState>,
    ctx: Ctx,
    CsrfForm(form): CsrfForm<ProfileForm>,
) -> AppResult<Response> {
    let user = ctx.require_user()?;
    let result = async {
        let language = match form.language.trim() {
            "" => None,
            tag => Some(Language::parse(tag)?),
        };
        state
            .store()
            .update_profile(&ctx.actor(), &user.id, &form.name, language)
            .await?;
        Ok::<_, AppError>(())
    }
    .await;
    settle(
        result.map(|()| "/profile?notice=profile-saved".to_owned()),
        |error| async move {
            profile_page(
                &state,
                &ctx,
                Errors {
                    profile: Some(error),
                    ..Errors::default()
                },
                None,
            )
            .await
        },
    )
    .await
}

#[derive(Debug, Deserialize)]
pub(crate) struct PasswordForm {
    #[serde(default)]
    current: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    confirm: String,
}

/// `POST /profile/password`: needs the current password (its check counted
/// against the sign-in limits); refuses a weak new password; ends every
/// other session and every API token.
pub(crate) async fn change_password(
    State(state): State<AppState>,
    ctx: Ctx,
    CsrfForm(form): CsrfForm<PasswordForm>,
) -> AppResult<Response> {
    let user = ctx.require_user()?;
    let result = async {
        let email = jamlik_domain::Email::parse(&user.email)?;
        let hash = state
            .store()
            .credentials(&email)
            .await?
            .and_then(|(_, hash)| hash);
        // Counted like a sign-in: a stolen session cannot guess the
        // password faster than the sign-in form allows.
        let proved = prove_password(&state, &ctx, email.as_str(), &form.current, hash.as_deref())
            .await
            .map_err(|error| {
                // Said as what the person did here, not as failed sign-ins.
                if error.code == ErrorCode::TooManyAttempts {
                    AppError::with_args(ErrorCode::TooManyPasswordChecks, error.args)
                } else {
                    error
                }
            })?;
        if !proved {
            return Err(AppError::from(ErrorCode::WrongCurrentPassword));
        }
        let password = Password::new_confirmed(&form.password, &form.confirm)?;
        if password.expose() == form.current {
            return Err(AppError::from(ErrorCode::PasswordUnchanged));
        }
        // The names of the person's organisations are words a guesser tries.
        let organisations: Vec<String> = state
            .store()
            .memberships_of(&user.id)
            .await?
            .into_iter()
            .flat_map(|(org, _)| [org.name_fi, org.name_sv, org.name_en])
            .flatten()
            .collect();
        let mut own: Vec<&str> = vec![&user.email, &user.display_name];
        own.extend(organisations.iter().map(String::as_str));
        check_strength(state.config().auth.min_password_score, &password, &own)?;
        let hash = hash_in_pool(&state, &password).await?;
        state
            .store()
            .set_password(&ctx.actor(), &user.id, hash, ctx.session_secret.as_deref())
            .await?;
        Ok(())
    }
    .await;
    settle(
        result.map(|()| "/profile?notice=password-changed".to_owned()),
        |error| async move {
            profile_page(
                &state,
                &ctx,
                Errors {
                    password: Some(error),
                    ..Errors::default()
                },
                None,
            )
            .await
        },
    )
    .await
}

#[derive(Debug, Deserialize)]
pub(crate) struct TokenForm {
    #[serde(default)]
    name: String,
}

/// `POST /profile/tokens`: makes a token and shows its secret once.
pub(crate) async fn create_token(
    State(state): State<AppState>,
    ctx: Ctx,
    CsrfForm(form): CsrfForm<TokenForm>,
) -> AppResult<Response> {
    let user = ctx.require_user()?;
    match state
        .store()
        .create_api_token(&ctx.actor(), &user.id, &form.name)
        .await
    {
        Ok((_, secret)) => profile_page(&state, &ctx, Errors::default(), Some(secret)).await,
        Err(error) => {
            let error = AppError::from(error);
            if error.code.is_client_error() {
                profile_page(
                    &state,
                    &ctx,
                    Errors {
                        token: Some(error),
                        ..Errors::default()
                    },
                    None,
                )
                .await
            } else {
                Err(error)
            }
        }
    }
}

#[derive(Debug, Deserialize)]
pub(crate) struct EmptyForm {}

/// `POST /profile/tokens/{token}/revoke`.
pub(crate) async fn revoke_token(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(token): Path<String>,
    CsrfForm(_): CsrfForm<EmptyForm>,
) -> AppResult<Response> {
    let user = ctx.require_user()?;
    state
        .store()
        .revoke_api_token(&ctx.actor(), &user.id, &token)
        .await?;
    Ok(Redirect::to("/profile?notice=token-revoked").into_response())
}
