//! Sessions, API tokens, one-time links and sign-in attempts.
//!
//! Every secret is random and stored only as its SHA-256 hash: a copy of the
//! database does not let anyone sign in.

use jamlik_domain::{Email, ErrorCode, UserId};
use serde::Serialize;
use sqlx::{AnyConnection, Row};

use crate::audit::{record, Actor, AuditEvent};
use crate::mail::{enqueue, OutgoingMail};
use crate::users::{fetch_user, user, User, USER_COLUMNS};
use crate::{hash_secret, new_id, new_secret, now, Backend, Store, StoreError, StoreResult};

/// What a one-time link is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LinkPurpose {
    /// Reset a forgotten password (valid one hour).
    PasswordReset,
    /// Set a first password after an invitation (valid seven days).
    Invitation,
}

impl LinkPurpose {
    fn as_str(self) -> &'static str {
        match self {
            LinkPurpose::PasswordReset => "reset",
            LinkPurpose::Invitation => "invitation",
        }
    }

    /// How long a link stays valid, in seconds.
    pub fn lifetime(self) -> i64 {
        match self {
            LinkPurpose::PasswordReset => 3600,
            LinkPurpose::Invitation => 7 * 24 * 3600,
        }
    }
}

/// The person behind a session.
#[derive(Clone, Debug)]
pub struct SessionUser {
    /// The person.
    pub user: User,
    /// When the session ends.
    pub expires_at: i64,
}

/// A personal API token, without its secret.
#[derive(Clone, Debug, Serialize)]
pub struct ApiToken {
    /// The id.
    pub id: String,
    /// The name the person gave it.
    pub name: String,
    /// When it was made.
    pub created_at: i64,
    /// When it was last used.
    pub last_used_at: Option<i64>,
    /// When it was revoked.
    pub revoked_at: Option<i64>,
}

/// How a counted attempt (a sign-in, a current-password check) was answered.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AttemptGate {
    /// Under the limits: the attempt is counted as a failure until
    /// [`Store::attempt_succeeded`] says otherwise; here is its id.
    Counted(String),
    /// Over a limit: nothing was counted. The limit lifts at this instant.
    Refused {
        /// When the oldest counted failure leaves the window.
        lifts_at: i64,
    },
}

/// Limits on counted attempts within a window.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AttemptLimits {
    /// The window, in seconds.
    pub window_seconds: i64,
    /// Failures allowed per email within the window.
    pub per_email: i64,
    /// Failures allowed per client address within the window.
    pub per_client: i64,
}

/// What became of a request for a password-reset mail.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ResetRequest {
    /// The mail is queued.
    Sent,
    /// No account has this address; nothing is sent.
    NoAccount,
    /// Too many requests for this address or from this client in the
    /// window; nothing is sent.
    Limited,
}

/// Serialises the transactions that count and check the same keys (an
/// email, a client address). On SQLite the write transaction already holds
/// the database's one write lock; on PostgreSQL each key takes a
/// transaction-level advisory lock, always in the same order, so two
/// transactions that share a key run one after the other and neither sees
/// a count without the other's row.
async fn serialise_on(
    backend: Backend,
    connection: &mut AnyConnection,
    keys: &[String],
) -> StoreResult<()> {
    if backend != Backend::Postgres {
        return Ok(());
    }
    let mut numbers: Vec<i64> = keys.iter().map(|key| lock_number(key)).collect();
    numbers.sort_unstable();
    numbers.dedup();
    for number in numbers {
        sqlx::query("SELECT pg_advisory_xact_lock($1)")
            .bind(number)
            .execute(&mut *connection)
            .await?;
    }
    Ok(())
}

/// A key's advisory-lock number: the first eight bytes of its SHA-256.
fn lock_number(key: &str) -> i64 {
    use sha2::{Digest, Sha256};
    let digest = Sha256::digest(key.as_bytes());
    let mut bytes = [0u8; 8];
    bytes.copy_from_slice(&digest[..8]);
    i64::from_be_bytes(bytes)
}

/// Revokes every live API token of a person, each with its audit entry
/// (`revoke`, with the reason). Returns how many were revoked.
pub(crate) async fn revoke_api_tokens_of(
    connection: &mut AnyConnection,
    actor: &Actor,
    user: &UserId,
    reason: &str,
) -> StoreResult<u64> {
    let ids: Vec<String> =
        sqlx::query("SELECT id FROM api_tokens WHERE user_id = $1 AND revoked_at IS NULL")
            .bind(user.as_str())
            .fetch_all(&mut *connection)
            .await?
            .iter()
            .map(|row| row.try_get::<String, _>(0))
            .collect::<Result<_, _>>()?;
    if ids.is_empty() {
        return Ok(0);
    }
    sqlx::query("UPDATE api_tokens SET revoked_at = $1 WHERE user_id = $2 AND revoked_at IS NULL")
        .bind(now())
        .bind(user.as_str())
        .execute(&mut *connection)
        .await?;
    let why = serde_json::json!({ "reason": reason });
    for id in &ids {
        record(
            connection,
            actor,
            AuditEvent::new(
                None,
                "api_token",
                id.as_str(),
                "revoke",
                None::<&()>,
                Some(&why),
            ),
        )
        .await?;
    }
    Ok(ids.len() as u64)
}

/// Ends every one-time link of a person not used yet (a password was set:
/// no older link may set another).
pub(crate) async fn end_links_of(
    connection: &mut AnyConnection,
    user: &UserId,
    at: i64,
) -> StoreResult<()> {
    sqlx::query("UPDATE links SET used_at = $1 WHERE user_id = $2 AND used_at IS NULL")
        .bind(at)
        .bind(user.as_str())
        .execute(&mut *connection)
        .await?;
    Ok(())
}

pub(crate) async fn create_link(
    connection: &mut AnyConnection,
    user: &UserId,
    purpose: LinkPurpose,
) -> StoreResult<String> {
    let secret = new_secret();
    let at = now();
    sqlx::query("INSERT INTO links (token_hash, purpose, user_id, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)")
        .bind(hash_secret(&secret))
        .bind(purpose.as_str())
        .bind(user.as_str())
        .bind(at)
        .bind(at + purpose.lifetime())
        .execute(connection)
        .await?;
    Ok(secret)
}

/// Touching `last_seen_at` on every request would turn every read into a
/// write; once every five minutes is enough.
const TOUCH_EVERY: i64 = 300;

impl Store {
    /// Starts a session; returns its secret for the cookie.
    pub async fn create_session(
        &self,
        user: &UserId,
        lifetime_seconds: i64,
    ) -> StoreResult<String> {
        let secret = new_secret();
        let at = now();
        let mut tx = self.write().await?;
        sqlx::query("INSERT INTO sessions (token_hash, user_id, created_at, last_seen_at, expires_at) VALUES ($1, $2, $3, $4, $5)")
            .bind(hash_secret(&secret))
            .bind(user.as_str())
            .bind(at)
            .bind(at)
            .bind(at + lifetime_seconds)
            .execute(&mut *tx)
            .await?;
        // Expired sessions of anyone are swept here rather than by a job.
        sqlx::query("DELETE FROM sessions WHERE expires_at < $1")
            .bind(at)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(secret)
    }

    /// The person behind a session secret, if the session is live.
    pub async fn session_user(&self, secret: &str) -> StoreResult<Option<SessionUser>> {
        let at = now();
        let hash = hash_secret(secret);
        let row = sqlx::query(&format!(
            "SELECT {USER_COLUMNS}, sessions.expires_at, sessions.last_seen_at FROM sessions \
             JOIN users ON users.id = sessions.user_id WHERE sessions.token_hash = $1 AND sessions.expires_at > $2"
        ))
        .bind(hash.clone())
        .bind(at)
        .fetch_optional(&self.pool)
        .await?;
        let Some(row) = row else { return Ok(None) };
        let last_seen: i64 = row.try_get("last_seen_at")?;
        if at - last_seen > TOUCH_EVERY {
            sqlx::query("UPDATE sessions SET last_seen_at = $1 WHERE token_hash = $2")
                .bind(at)
                .bind(hash)
                .execute(&self.pool)
                .await?;
        }
        Ok(Some(SessionUser {
            user: user(&row)?,
            expires_at: row.try_get("expires_at")?,
        }))
    }

    /// Ends one session.
    pub async fn delete_session(&self, secret: &str) -> StoreResult<()> {
        sqlx::query("DELETE FROM sessions WHERE token_hash = $1")
            .bind(hash_secret(secret))
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Ends every session of a person ("sign out everywhere") and revokes
    /// their API tokens, each change in the audit trail.
    pub async fn delete_sessions_of(&self, actor: &Actor, user: &UserId) -> StoreResult<u64> {
        let mut tx = self.write().await?;
        let done = sqlx::query("DELETE FROM sessions WHERE user_id = $1")
            .bind(user.as_str())
            .execute(&mut *tx)
            .await?;
        // API tokens act for the person too: they end with the sessions.
        revoke_api_tokens_of(&mut tx, actor, user, "sign_out_everywhere").await?;
        record(
            &mut tx,
            actor,
            AuditEvent::new(
                None,
                "user",
                user.as_str(),
                "sign_out_everywhere",
                None::<&()>,
                None::<&()>,
            ),
        )
        .await?;
        tx.commit().await?;
        Ok(done.rows_affected())
    }

    /// How many live sessions a person has.
    pub async fn session_count(&self, user: &UserId) -> StoreResult<i64> {
        Ok(
            sqlx::query("SELECT COUNT(*) FROM sessions WHERE user_id = $1 AND expires_at > $2")
                .bind(user.as_str())
                .bind(now())
                .fetch_one(&self.pool)
                .await?
                .try_get(0)?,
        )
    }

    /// Makes a personal API token; returns it and its secret (shown once).
    pub async fn create_api_token(
        &self,
        actor: &Actor,
        user: &UserId,
        name: &str,
    ) -> StoreResult<(ApiToken, String)> {
        let name = name.trim();
        if name.is_empty() || name.chars().count() > 100 || name.chars().any(char::is_control) {
            return Err(ErrorCode::InvalidTokenName.into());
        }
        let secret = format!("jlk_{}", new_secret());
        let token = ApiToken {
            id: new_id(),
            name: name.to_owned(),
            created_at: now(),
            last_used_at: None,
            revoked_at: None,
        };
        let mut tx = self.write().await?;
        sqlx::query("INSERT INTO api_tokens (id, user_id, name, token_hash, created_at) VALUES ($1, $2, $3, $4, $5)")
            .bind(token.id.clone())
            .bind(user.as_str())
            .bind(token.name.clone())
            .bind(hash_secret(&secret))
            .bind(token.created_at)
            .execute(&mut *tx)
            .await?;
        record(
            &mut tx,
            actor,
            AuditEvent::new(
                None,
                "api_token",
                token.id.clone(),
                "create",
                None::<&()>,
                Some(&token),
            ),
        )
        .await?;
        tx.commit().await?;
        Ok((token, secret))
    }

    /// A person's API tokens, newest first.
    pub async fn api_tokens(&self, user: &UserId) -> StoreResult<Vec<ApiToken>> {
        let rows = sqlx::query(
            "SELECT id, name, created_at, last_used_at, revoked_at FROM api_tokens WHERE user_id = $1 ORDER BY id DESC",
        )
        .bind(user.as_str())
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|row| {
                Ok(ApiToken {
                    id: row.try_get("id")?,
                    name: row.try_get("name")?,
                    created_at: row.try_get("created_at")?,
                    last_used_at: row.try_get("last_used_at")?,
                    revoked_at: row.try_get("revoked_at")?,
                })
            })
            .collect()
    }

    /// Revokes one of a person's tokens.
    pub async fn revoke_api_token(
        &self,
        actor: &Actor,
        user: &UserId,
        token_id: &str,
    ) -> StoreResult<()> {
        let mut tx = self.write().await?;
        let done = sqlx::query("UPDATE api_tokens SET revoked_at = $1 WHERE id = $2 AND user_id = $3 AND revoked_at IS NULL")
            .bind(now())
            .bind(token_id)
            .bind(user.as_str())
            .execute(&mut *tx)
            .await?;
        if done.rows_affected() == 0 {
            return Err(ErrorCode::TokenNotFound.into());
        }
        record(
            &mut tx,
            actor,
            AuditEvent::new(
                None,
                "api_token",
                token_id,
                "revoke",
                None::<&()>,
                None::<&()>,
            ),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// The person behind an API token secret, if live.
    pub async fn api_token_user(&self, secret: &str) -> StoreResult<Option<User>> {
        let hash = hash_secret(secret);
        let row = sqlx::query(&format!(
            "SELECT {USER_COLUMNS}, api_tokens.last_used_at FROM api_tokens JOIN users ON users.id = api_tokens.user_id \
             WHERE api_tokens.token_hash = $1 AND api_tokens.revoked_at IS NULL"
        ))
        .bind(hash.clone())
        .fetch_optional(&self.pool)
        .await?;
        let Some(row) = row else { return Ok(None) };
        let at = now();
        let last_used: Option<i64> = row.try_get("last_used_at")?;
        if last_used.is_none_or(|last| at - last > TOUCH_EVERY) {
            sqlx::query("UPDATE api_tokens SET last_used_at = $1 WHERE token_hash = $2")
                .bind(at)
                .bind(hash)
                .execute(&self.pool)
                .await?;
        }
        Ok(Some(user(&row)?))
    }

    /// Queues a password-reset mail when the email belongs to an account, in
    /// one transaction with its link — unless this address or this client
    /// has asked `limits.per_email` / `limits.per_client` times within the
    /// window already. Every request under the limits is counted, whether an
    /// account has the address or not; the count and its check are one
    /// statement in a serialised write transaction, so a burst of parallel
    /// requests cannot pass it together. Callers show the same page whatever
    /// the answer, so the form reveals neither who has an account nor who
    /// was limited.
    pub async fn request_password_reset(
        &self,
        email: &Email,
        client: &str,
        limits: AttemptLimits,
        compose: impl FnOnce(&User, &str) -> OutgoingMail,
    ) -> StoreResult<ResetRequest> {
        let at = now();
        let since = at - limits.window_seconds;
        let mut tx = self.write().await?;
        serialise_on(
            self.backend,
            &mut tx,
            &[
                format!("reset-email:{}", email.as_str()),
                format!("reset-client:{client}"),
            ],
        )
        .await?;
        let counted = sqlx::query(
            "INSERT INTO reset_requests (id, email, client, at) SELECT $1, $2, $3, $4 \
             WHERE (SELECT COUNT(*) FROM reset_requests WHERE email = $2 AND at > $5) < $6 \
             AND (SELECT COUNT(*) FROM reset_requests WHERE client = $3 AND at > $5) < $7",
        )
        .bind(new_id())
        .bind(email.as_str())
        .bind(client)
        .bind(at)
        .bind(since)
        .bind(limits.per_email)
        .bind(limits.per_client)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if counted == 0 {
            return Ok(ResetRequest::Limited);
        }
        // Requests older than a day count for nothing any more.
        sqlx::query("DELETE FROM reset_requests WHERE at < $1")
            .bind(at - limits.window_seconds.max(24 * 3600))
            .execute(&mut *tx)
            .await?;
        let found = sqlx::query(&format!(
            "SELECT {USER_COLUMNS} FROM users WHERE email = $1"
        ))
        .bind(email.as_str())
        .fetch_optional(&mut *tx)
        .await?
        .map(|row| user(&row))
        .transpose()?;
        let Some(found) = found else {
            tx.commit().await?;
            return Ok(ResetRequest::NoAccount);
        };
        let secret = create_link(&mut tx, &found.id, LinkPurpose::PasswordReset).await?;
        enqueue(&mut tx, &compose(&found, &secret)).await?;
        tx.commit().await?;
        Ok(ResetRequest::Sent)
    }

    /// Checks a link without using it: the person it is for.
    pub async fn check_link(&self, secret: &str, purpose: LinkPurpose) -> StoreResult<User> {
        let mut connection = self.pool.acquire().await?;
        check(&mut connection, secret, purpose).await
    }

    /// Uses a link to set a password: marks it and every other link of the
    /// person used, sets the hash, ends the person's sessions and API tokens,
    /// records the change — or does none of it.
    pub async fn use_link(
        &self,
        secret: &str,
        purpose: LinkPurpose,
        password_hash: String,
    ) -> StoreResult<User> {
        let mut tx = self.write().await?;
        let person = check(&mut tx, secret, purpose).await?;
        let at = now();
        // Only one use: a second request with the same link waits for the
        // first's row lock, then finds the link used.
        let used =
            sqlx::query("UPDATE links SET used_at = $1 WHERE token_hash = $2 AND used_at IS NULL")
                .bind(at)
                .bind(hash_secret(secret))
                .execute(&mut *tx)
                .await?;
        if used.rows_affected() != 1 {
            return Err(ErrorCode::LinkUsed.into());
        }
        // Every other link of the person ends with it: an older reset link
        // must not set the password again.
        end_links_of(&mut tx, &person.id, at).await?;
        sqlx::query("UPDATE users SET password_hash = $1, updated_at = $2 WHERE id = $3")
            .bind(password_hash)
            .bind(at)
            .bind(person.id.as_str())
            .execute(&mut *tx)
            .await?;
        sqlx::query("DELETE FROM sessions WHERE user_id = $1")
            .bind(person.id.as_str())
            .execute(&mut *tx)
            .await?;
        let actor = Actor {
            user_id: Some(person.id.clone()),
            label: person.email.clone(),
            request_id: None,
        };
        revoke_api_tokens_of(&mut tx, &actor, &person.id, "set_password").await?;
        record(
            &mut tx,
            &actor,
            AuditEvent::new(
                None,
                "user",
                person.id.as_str(),
                "set_password",
                None::<&()>,
                None::<&()>,
            ),
        )
        .await?;
        tx.commit().await?;
        Ok(person)
    }

    /// Counts an attempt to prove a password (signing in, or the current
    /// password on the profile) before it is checked — or refuses it when
    /// the email or the client has as many failures as the limits allow
    /// within the window. The check and the count are one statement in a
    /// serialised write transaction, so parallel attempts cannot all pass
    /// the check before any is counted. The attempt counts as a failure
    /// until [`Store::attempt_succeeded`] marks it.
    pub async fn begin_attempt(
        &self,
        email: &str,
        client: &str,
        limits: AttemptLimits,
    ) -> StoreResult<AttemptGate> {
        let email = email.trim().to_lowercase();
        let at = now();
        let since = at - limits.window_seconds;
        let id = new_id();
        let mut tx = self.write().await?;
        serialise_on(
            self.backend,
            &mut tx,
            &[
                format!("sign-in-email:{email}"),
                format!("sign-in-client:{client}"),
            ],
        )
        .await?;
        let counted = sqlx::query(
            "INSERT INTO sign_in_attempts (id, email, client, succeeded, at) SELECT $1, $2, $3, 0, $4 \
             WHERE (SELECT COUNT(*) FROM sign_in_attempts WHERE email = $2 AND succeeded = 0 AND at > $5) < $6 \
             AND (SELECT COUNT(*) FROM sign_in_attempts WHERE client = $3 AND succeeded = 0 AND at > $5) < $7",
        )
        .bind(id.clone())
        .bind(email.clone())
        .bind(client)
        .bind(at)
        .bind(since)
        .bind(limits.per_email)
        .bind(limits.per_client)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if counted == 1 {
            tx.commit().await?;
            return Ok(AttemptGate::Counted(id));
        }
        // Refused: the limit lifts when the oldest failure that holds it leaves
        // the window.
        let mut lifts_at = at;
        for (column, value, limit) in [
            ("email", email.as_str(), limits.per_email),
            ("client", client, limits.per_client),
        ] {
            let oldest: Option<i64> = sqlx::query(&format!(
                "SELECT at FROM sign_in_attempts WHERE {column} = $1 AND succeeded = 0 AND at > $2 \
                 ORDER BY at DESC LIMIT 1 OFFSET $3"
            ))
            .bind(value)
            .bind(since)
            .bind((limit - 1).max(0))
            .fetch_optional(&mut *tx)
            .await?
            .map(|row| row.try_get(0))
            .transpose()?;
            if let Some(oldest) = oldest {
                lifts_at = lifts_at.max(oldest + limits.window_seconds);
            }
        }
        tx.rollback().await?;
        Ok(AttemptGate::Refused { lifts_at })
    }

    /// Marks a counted attempt as succeeded: it no longer counts as a failure.
    pub async fn attempt_succeeded(&self, attempt: &str) -> StoreResult<()> {
        sqlx::query("UPDATE sign_in_attempts SET succeeded = 1 WHERE id = $1")
            .bind(attempt)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Forgets a counted attempt whose password was never checked (the server
    /// was too busy to check it): nothing was learnt from it, so it counts for
    /// nothing.
    pub async fn forget_attempt(&self, attempt: &str) -> StoreResult<()> {
        sqlx::query("DELETE FROM sign_in_attempts WHERE id = $1 AND succeeded = 0")
            .bind(attempt)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Failed attempts since an instant: for this email, and from this client
    /// (attempts still being checked count as failures).
    pub async fn failed_sign_ins(
        &self,
        email: &str,
        client: &str,
        since: i64,
    ) -> StoreResult<(i64, i64)> {
        let by_email: i64 = sqlx::query(
            "SELECT COUNT(*) FROM sign_in_attempts WHERE email = $1 AND succeeded = 0 AND at > $2",
        )
        .bind(email.trim().to_lowercase())
        .bind(since)
        .fetch_one(&self.pool)
        .await?
        .try_get(0)?;
        let by_client: i64 = sqlx::query(
            "SELECT COUNT(*) FROM sign_in_attempts WHERE client = $1 AND succeeded = 0 AND at > $2",
        )
        .bind(client)
        .bind(since)
        .fetch_one(&self.pool)
        .await?
        .try_get(0)?;
        Ok((by_email, by_client))
    }
}

async fn check(
    connection: &mut AnyConnection,
    secret: &str,
    purpose: LinkPurpose,
) -> StoreResult<User> {
    let row = sqlx::query(
        "SELECT user_id, expires_at, used_at FROM links WHERE token_hash = $1 AND purpose = $2",
    )
    .bind(hash_secret(secret))
    .bind(purpose.as_str())
    .fetch_optional(&mut *connection)
    .await?
    .ok_or(StoreError::Rule(ErrorCode::LinkInvalid))?;
    let used_at: Option<i64> = row.try_get("used_at")?;
    let expires_at: i64 = row.try_get("expires_at")?;
    if used_at.is_some() {
        return Err(ErrorCode::LinkUsed.into());
    }
    if expires_at <= now() {
        return Err(ErrorCode::LinkExpired.into());
    }
    fetch_user(
        connection,
        &UserId::from_raw(row.try_get::<String, _>("user_id")?),
    )
    .await
}
