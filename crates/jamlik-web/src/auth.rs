//! Passwords (argon2id), sign-in limits and the session cookie.

use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;
use axum::http::{header, HeaderMap};
use jamlik_domain::{Email, ErrorCode, Password};
use jamlik_store::User;

use crate::context::{set_cookie, Ctx, SESSION_COOKIE};
use crate::error::{AppError, AppResult};
use crate::AppState;

/// Hashes a password with argon2id (the crate's defaults: OWASP's
/// recommended 19 MiB, 2 passes), off the async threads.
pub async fn hash_password(password: &Password) -> AppResult<String> {
    let password = password.expose().to_owned();
    tokio::task::spawn_blocking(move || {
        let salt = SaltString::generate(&mut OsRng);
        Argon2::default()
            .hash_password(password.as_bytes(), &salt)
            .map(|hash| hash.to_string())
    })
    .await
    .map_err(|error| AppError {
        code: ErrorCode::Internal,
        args: Vec::new(),
        internal: Some(error.to_string()),
    })?
    .map_err(|error| AppError {
        code: ErrorCode::Internal,
        args: Vec::new(),
        internal: Some(error.to_string()),
    })
}

/// A hash of nothing in particular, verified against when the email is
/// unknown so that the answer takes as long as for a known one.
static DUMMY_HASH: std::sync::OnceLock<String> = std::sync::OnceLock::new();

fn dummy_hash() -> &'static str {
    DUMMY_HASH.get_or_init(|| {
        let salt = SaltString::generate(&mut OsRng);
        Argon2::default()
            .hash_password(b"no account has this password", &salt)
            .map(|hash| hash.to_string())
            .unwrap_or_default()
    })
}

/// Checks a password against a stored hash, off the async threads.
pub(crate) async fn verify_password(password: &str, hash: Option<&str>) -> bool {
    let password = password.to_owned();
    let known = hash.is_some();
    let hash = hash.map(str::to_owned);
    let verified = tokio::task::spawn_blocking(move || {
        let hash = hash.as_deref().unwrap_or_else(|| dummy_hash());
        PasswordHash::new(hash)
            .map(|parsed| {
                Argon2::default()
                    .verify_password(password.as_bytes(), &parsed)
                    .is_ok()
            })
            .unwrap_or(false)
    })
    .await
    .unwrap_or(false);
    known && verified
}

/// Signs a person in: checks the limits, the password, records the attempt,
/// starts a session. Returns the person and the cookie to set.
pub(crate) async fn sign_in(
    state: &AppState,
    ctx: &Ctx,
    email: &str,
    password: &str,
) -> AppResult<(User, HeaderMap)> {
    let config = state.config();
    let window = config.sign_in_window_minutes * 60;
    let since = jamlik_store::now() - window;
    let normalised = email.trim().to_lowercase();
    let (by_email, by_client, oldest) = state
        .store()
        .failed_sign_ins(&normalised, &ctx.client, since)
        .await?;
    if by_email >= config.sign_in_max_failures || by_client >= config.sign_in_max_failures * 10 {
        let lifts_at = oldest.unwrap_or_else(jamlik_store::now) + window;
        let minutes = ((lifts_at - jamlik_store::now()) as f64 / 60.0)
            .ceil()
            .max(1.0) as i64;
        return Err(AppError::with_args(
            ErrorCode::TooManyAttempts,
            vec![("minutes", minutes.to_string())],
        ));
    }
    let email = Email::parse(email)?;
    let credentials = state.store().credentials(&email).await?;
    let (user, hash) = match &credentials {
        Some((user, hash)) => (Some(user), hash.as_deref()),
        None => (None, None),
    };
    let verified = verify_password(password, hash).await;
    state
        .store()
        .record_sign_in(email.as_str(), &ctx.client, verified)
        .await?;
    let user = match (verified, user) {
        (true, Some(user)) => user.clone(),
        _ => return Err(ErrorCode::InvalidCredentials.into()),
    };
    let lifetime = config.session_days * 24 * 3600;
    let secret = state.store().create_session(&user.id, lifetime).await?;
    let mut headers = HeaderMap::new();
    headers.append(
        header::SET_COOKIE,
        set_cookie(state, SESSION_COOKIE, &secret, lifetime, "Lax"),
    );
    Ok((user, headers))
}

/// The header that removes the session cookie.
pub(crate) fn clear_session_cookie(state: &AppState) -> HeaderMap {
    let mut headers = HeaderMap::new();
    headers.append(
        header::SET_COOKIE,
        set_cookie(state, SESSION_COOKIE, "", 0, "Lax"),
    );
    headers
}

/// A safe place to go after signing in: a local path, never another site.
pub(crate) fn safe_next(next: Option<&str>) -> String {
    match next {
        Some(path) if path.starts_with('/') && !path.starts_with("//") && !path.contains('\\') => {
            path.to_owned()
        }
        _ => "/home".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn next_stays_on_site() {
        assert_eq!(safe_next(Some("/orgs/1")), "/orgs/1");
        assert_eq!(safe_next(Some("//evil.example")), "/home");
        assert_eq!(safe_next(Some("https://evil.example")), "/home");
        assert_eq!(safe_next(Some("/\\evil.example")), "/home");
        assert_eq!(safe_next(None), "/home");
    }

    #[tokio::test]
    async fn passwords_verify_only_against_their_hash() {
        let password = Password::new("correct horse battery").map_err(AppError::from);
        let hash = match password {
            Ok(ref p) => hash_password(p).await.ok(),
            Err(_) => None,
        };
        assert!(hash.as_deref().is_some_and(|h| h.starts_with("$argon2id$")));
        assert!(verify_password("correct horse battery", hash.as_deref()).await);
        assert!(!verify_password("wrong horse battery", hash.as_deref()).await);
        assert!(!verify_password("correct horse battery", None).await);
    }
}
