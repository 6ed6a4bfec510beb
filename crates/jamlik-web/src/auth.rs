//! Passwords (argon2id, computed in a bounded pool), their strength, the
//! limits on proving them, and the session cookie.

use std::sync::Arc;
use std::time::Duration;

use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;
use axum::http::{header, HeaderMap};
use jamlik_domain::{Email, ErrorCode, Password};
use jamlik_store::{AttemptGate, AttemptLimits, User};
use tokio::sync::Semaphore;

use crate::config::WebConfig;
use crate::context::{set_cookie, Ctx, SESSION_COOKIE};
use crate::error::{AppError, AppResult};
use crate::AppState;

fn internal(error: impl std::fmt::Display) -> AppError {
    AppError {
        code: ErrorCode::Internal,
        args: Vec::new(),
        internal: Some(error.to_string()),
    }
}

/// argon2id with the crate's defaults: OWASP's recommended 19 MiB, 2 passes.
fn hash_now(password: &str) -> Result<String, argon2::password_hash::Error> {
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|hash| hash.to_string())
}

/// Hashes a password with argon2id, off the async threads. Not bounded: for
/// the command line and the demo; requests hash through [`Hashing`].
pub async fn hash_password(password: &Password) -> AppResult<String> {
    let password = password.expose().to_owned();
    tokio::task::spawn_blocking(move || hash_now(&password))
        .await
        .map_err(internal)?
        .map_err(internal)
}

/// A hash of nothing in particular, verified against when the email is
/// unknown so that the answer takes as long as for a known one.
static DUMMY_HASH: std::sync::OnceLock<String> = std::sync::OnceLock::new();

fn dummy_hash() -> &'static str {
    DUMMY_HASH.get_or_init(|| hash_now("no account has this password").unwrap_or_default())
}

/// Whether a password matches a stored hash (against the dummy hash when
/// there is none, so both take as long).
fn verify_now(password: &str, hash: Option<&str>) -> bool {
    let parsed = PasswordHash::new(hash.unwrap_or_else(|| dummy_hash()));
    let verified = parsed.is_ok_and(|parsed| {
        Argon2::default()
            .verify_password(password.as_bytes(), &parsed)
            .is_ok()
    });
    hash.is_some() && verified
}

/// The bounded pool passwords are hashed and verified in. Each argon2id run
/// takes 19 MiB, so a burst of sign-ins could otherwise take memory by the
/// gigabyte: at most `concurrency` run at once, and a request that cannot
/// get a slot within `wait` is answered "busy, try again" instead of
/// queueing without end.
#[derive(Debug)]
pub(crate) struct Hashing {
    permits: Arc<Semaphore>,
    wait: Duration,
}

impl Hashing {
    /// A pool of `concurrency` slots (at least one).
    pub(crate) fn new(concurrency: usize, wait: Duration) -> Self {
        Hashing {
            permits: Arc::new(Semaphore::new(concurrency.clamp(1, Semaphore::MAX_PERMITS))),
            wait,
        }
    }

    /// Runs `work` on a blocking thread once a slot is free. The slot goes
    /// with the work, so a request that is dropped while its hash runs does
    /// not free the slot before the hash is done.
    pub(crate) async fn run<T: Send + 'static>(
        &self,
        work: impl FnOnce() -> T + Send + 'static,
    ) -> AppResult<T> {
        let permit =
            match tokio::time::timeout(self.wait, self.permits.clone().acquire_owned()).await {
                Ok(Ok(permit)) => permit,
                Ok(Err(closed)) => return Err(internal(closed)),
                Err(_) => return Err(ErrorCode::Busy.into()),
            };
        tokio::task::spawn_blocking(move || {
            let done = work();
            drop(permit);
            done
        })
        .await
        .map_err(internal)
    }
}

/// Hashes a new password in the bounded pool.
pub(crate) async fn hash_in_pool(state: &AppState, password: &Password) -> AppResult<String> {
    let password = password.expose().to_owned();
    state
        .hashing()
        .run(move || hash_now(&password))
        .await?
        .map_err(internal)
}

/// Checks a password against a stored hash in the bounded pool.
pub(crate) async fn verify_password(
    state: &AppState,
    password: &str,
    hash: Option<&str>,
) -> AppResult<bool> {
    let password = password.to_owned();
    let hash = hash.map(str::to_owned);
    state
        .hashing()
        .run(move || verify_now(&password, hash.as_deref()))
        .await
}

/// Only this much of a password is estimated (zxcvbn's time grows with
/// the length; a longer password is judged by its beginning).
const STRENGTH_CHARS: usize = 100;

/// Refuses a new password that is easy to guess: zxcvbn's estimate (common
/// passwords, words, names, dates, repeats, sequences, keyboard patterns,
/// and the person's own email and name) below `min_score` (0 to 4). The
/// error says why, as a reason the translations name.
pub(crate) fn check_strength(min_score: u8, password: &Password, own: &[&str]) -> AppResult<()> {
    let text: String = password.expose().chars().take(STRENGTH_CHARS).collect();
    let mut inputs = vec!["jamlik", "jämlik"];
    for value in own {
        inputs.push(value);
        inputs.extend(value.split(|c: char| !c.is_alphanumeric()));
    }
    inputs.retain(|input| input.chars().count() >= 3);
    let estimate = zxcvbn::zxcvbn(&text, &inputs);
    if u8::from(estimate.score()) >= min_score {
        return Ok(());
    }
    use zxcvbn::feedback::Warning;
    let reason = match estimate.feedback().and_then(|feedback| feedback.warning()) {
        Some(Warning::RepeatsLikeAaaAreEasyToGuess)
        | Some(Warning::RepeatsLikeAbcAbcAreOnlySlightlyHarderToGuess) => "repeats",
        Some(Warning::SequencesLikeAbcAreEasyToGuess) => "sequence",
        Some(Warning::StraightRowsOfKeysAreEasyToGuess)
        | Some(Warning::ShortKeyboardPatternsAreEasyToGuess) => "keyboard",
        Some(Warning::ThisIsATop10Password)
        | Some(Warning::ThisIsATop100Password)
        | Some(Warning::ThisIsACommonPassword)
        | Some(Warning::ThisIsSimilarToACommonlyUsedPassword) => "common",
        Some(Warning::AWordByItselfIsEasyToGuess) => "word",
        Some(Warning::RecentYearsAreEasyToGuess) | Some(Warning::DatesAreOftenEasyToGuess) => {
            "date"
        }
        Some(Warning::NamesAndSurnamesByThemselvesAreEasyToGuess)
        | Some(Warning::CommonNamesAndSurnamesAreEasyToGuess) => "name",
        _ => "other",
    };
    Err(AppError::with_args(
        ErrorCode::PasswordTooWeak,
        vec![("reason", reason.to_owned())],
    ))
}

/// The limits on proving a password, from the configuration: failures per
/// email within the window, and ten times as many per client address.
pub(crate) fn attempt_limits(config: &WebConfig) -> AttemptLimits {
    AttemptLimits {
        window_seconds: config.sign_in_window_minutes.saturating_mul(60),
        per_email: config.sign_in_max_failures,
        per_client: config.sign_in_max_failures.saturating_mul(10),
    }
}

/// Proves a password for an email under the limits: the attempt is counted
/// as a failure first, in the same statement that checks the limits (so
/// parallel guesses cannot all pass the check), then the password is checked
/// in the bounded pool, and the attempt is marked succeeded when it matches
/// (or forgotten when the pool was too busy to check it).
/// Signing in and the profile's current-password check share the count.
pub(crate) async fn prove_password(
    state: &AppState,
    ctx: &Ctx,
    email: &str,
    password: &str,
    hash: Option<&str>,
) -> AppResult<bool> {
    let attempt = match state
        .store()
        .begin_attempt(email, &ctx.client, attempt_limits(state.config()))
        .await?
    {
        AttemptGate::Counted(attempt) => attempt,
        AttemptGate::Refused { lifts_at } => {
            let minutes = ((lifts_at - jamlik_store::now()) as f64 / 60.0)
                .ceil()
                .max(1.0) as i64;
            return Err(AppError::with_args(
                ErrorCode::TooManyAttempts,
                vec![("minutes", minutes.to_string())],
            ));
        }
    };
    let verified = match verify_password(state, password, hash).await {
        Ok(verified) => verified,
        Err(error) => {
            // Too busy to check: nothing was learnt, so it is no failure.
            if error.code == ErrorCode::Busy {
                state.store().forget_attempt(&attempt).await?;
            }
            return Err(error);
        }
    };
    if verified {
        state.store().attempt_succeeded(&attempt).await?;
    }
    Ok(verified)
}

/// Signs a person in: proves the password under the limits, starts a
/// session. Returns the person and the cookie to set.
pub(crate) async fn sign_in(
    state: &AppState,
    ctx: &Ctx,
    email: &str,
    password: &str,
) -> AppResult<(User, HeaderMap)> {
    let config = state.config();
    let email = Email::parse(email)?;
    let credentials = state.store().credentials(&email).await?;
    let (user, hash) = match &credentials {
        Some((user, hash)) => (Some(user), hash.as_deref()),
        None => (None, None),
    };
    let verified = prove_password(state, ctx, email.as_str(), password, hash).await?;
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

/// A safe place to go after signing in: a local path, never another site
/// (the one check, [`crate::redirect::local_path_or`]); else the home page.
pub(crate) fn safe_next(next: Option<&str>) -> String {
    crate::redirect::local_path_or(next, "/home")
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
        assert_eq!(safe_next(Some("/\t/evil.example")), "/home");
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
        assert!(verify_now("correct horse battery", hash.as_deref()));
        assert!(!verify_now("wrong horse battery", hash.as_deref()));
        assert!(!verify_now("correct horse battery", None));
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn hashing_runs_at_most_its_slots_and_refuses_a_long_wait() {
        use std::sync::atomic::{AtomicUsize, Ordering};
        let pool = Arc::new(Hashing::new(2, Duration::from_millis(150)));
        let running = Arc::new(AtomicUsize::new(0));
        let most = Arc::new(AtomicUsize::new(0));
        let mut tasks = Vec::new();
        for _ in 0..12 {
            let (pool, running, most) = (pool.clone(), running.clone(), most.clone());
            tasks.push(tokio::spawn(async move {
                pool.run(move || {
                    let now = running.fetch_add(1, Ordering::SeqCst) + 1;
                    most.fetch_max(now, Ordering::SeqCst);
                    std::thread::sleep(Duration::from_millis(100));
                    running.fetch_sub(1, Ordering::SeqCst);
                })
                .await
            }));
        }
        let mut busy = 0;
        let mut done = 0;
        for task in tasks {
            match task.await {
                Ok(Ok(())) => done += 1,
                Ok(Err(error)) if error.code == ErrorCode::Busy => busy += 1,
                other => panic!("unexpected: {other:?}"),
            }
        }
        assert!(
            most.load(Ordering::SeqCst) <= 2,
            "never more than two at once"
        );
        assert!(done >= 2, "the first ones run: {done}");
        assert!(busy >= 1, "the rest are told the server is busy: {busy}");
    }

    #[test]
    fn weak_passwords_are_refused_with_a_reason() {
        let reason = |text: &str| match Password::new(text) {
            Ok(password) => {
                check_strength(3, &password, &["maija@turku.example", "Maija Meikäläinen"])
                    .err()
                    .map(|e| (e.code, e.args))
            }
            Err(code) => Some((code, Vec::new())),
        };
        let weak = |text: &str, why: &str| {
            assert_eq!(
                reason(text),
                Some((ErrorCode::PasswordTooWeak, vec![("reason", why.to_owned())])),
                "{text}"
            );
        };
        weak("aaaaaaaaaa", "repeats");
        weak("password123", "common");
        assert_eq!(
            reason("qwertyuiop").map(|(code, _)| code),
            Some(ErrorCode::PasswordTooWeak)
        );
        assert_eq!(
            reason("abcdefghij").map(|(code, _)| code),
            Some(ErrorCode::PasswordTooWeak)
        );
        assert_eq!(
            reason("maija@turku.example").map(|(code, _)| code),
            Some(ErrorCode::PasswordTooWeak)
        );
        assert_eq!(
            reason("short").map(|(code, _)| code),
            Some(ErrorCode::PasswordTooShort)
        );
        assert_eq!(reason("correct horse battery staple"), None);
        assert_eq!(reason("Vaasa-kesä-2026-ruska!"), None);
    }
}
