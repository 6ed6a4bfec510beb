//! The mail outbox. Mail is queued in the transaction of the change that
//! causes it, then delivered by a worker that leases rows, so no mail is lost
//! when a change commits and none is sent for a change that rolled back.
//! Several instances may run the worker at once: on PostgreSQL a row is
//! claimed with `FOR UPDATE SKIP LOCKED`; on SQLite the write lock serialises
//! claims. A lease that runs out (a crashed instance) is claimed again.

use serde::Serialize;
use sqlx::{AnyConnection, Row};

use crate::{new_id, now, Store, StoreResult};

/// A mail to send.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct OutgoingMail {
    /// The recipient's address.
    pub to: String,
    /// The subject line.
    pub subject: String,
    /// The plain-text body.
    pub body: String,
}

/// A mail claimed for delivery.
#[derive(Clone, Debug)]
pub struct QueuedMail {
    /// The outbox row.
    pub id: String,
    /// The mail.
    pub mail: OutgoingMail,
    /// Delivery attempts so far, this one included.
    pub attempts: i64,
}

pub(crate) async fn enqueue(
    connection: &mut AnyConnection,
    mail: &OutgoingMail,
) -> StoreResult<()> {
    sqlx::query("INSERT INTO mail_outbox (id, recipient, subject, body, created_at) VALUES ($1, $2, $3, $4, $5)")
        .bind(new_id())
        .bind(mail.to.clone())
        .bind(mail.subject.clone())
        .bind(mail.body.clone())
        .bind(now())
        .execute(connection)
        .await?;
    Ok(())
}

/// Attempts after which a mail is given up (and stays in the table, with its
/// last error, for an admin to see).
pub const MAX_ATTEMPTS: i64 = 8;

impl Store {
    /// Queues a mail on its own.
    pub async fn enqueue_mail(&self, mail: &OutgoingMail) -> StoreResult<()> {
        let mut tx = self.write().await?;
        enqueue(&mut tx, mail).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Claims up to `limit` unsent mails for `lease_seconds`.
    pub async fn claim_mail(&self, limit: i64, lease_seconds: i64) -> StoreResult<Vec<QueuedMail>> {
        let at = now();
        let lock = self.backend.claim_lock();
        let mut tx = self.write().await?;
        let rows = sqlx::query(&format!(
            "SELECT id, recipient, subject, body, attempts FROM mail_outbox \
             WHERE sent_at IS NULL AND lease_until < $1 AND attempts < $2 ORDER BY id LIMIT $3{lock}"
        ))
        .bind(at)
        .bind(MAX_ATTEMPTS)
        .bind(limit)
        .fetch_all(&mut *tx)
        .await?;
        let mut claimed = Vec::with_capacity(rows.len());
        for row in rows {
            let id: String = row.try_get("id")?;
            let attempts: i64 = row.try_get::<i64, _>("attempts")? + 1;
            sqlx::query("UPDATE mail_outbox SET lease_until = $1, attempts = $2 WHERE id = $3")
                .bind(at + lease_seconds)
                .bind(attempts)
                .bind(id.clone())
                .execute(&mut *tx)
                .await?;
            claimed.push(QueuedMail {
                id,
                mail: OutgoingMail {
                    to: row.try_get("recipient")?,
                    subject: row.try_get("subject")?,
                    body: row.try_get("body")?,
                },
                attempts,
            });
        }
        tx.commit().await?;
        Ok(claimed)
    }

    /// Marks a mail delivered (`to` says where: `smtp` or the outbox file).
    pub async fn mark_mail_sent(&self, id: &str, delivered_to: &str) -> StoreResult<()> {
        sqlx::query("UPDATE mail_outbox SET sent_at = $1, delivered_to = $2, last_error = NULL WHERE id = $3")
            .bind(now())
            .bind(delivered_to)
            .bind(id)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Records a failed delivery; the mail is retried after a back-off.
    pub async fn mark_mail_failed(&self, id: &str, attempts: i64, error: &str) -> StoreResult<()> {
        let backoff = 30 * (1_i64 << attempts.clamp(0, 10));
        sqlx::query("UPDATE mail_outbox SET lease_until = $1, last_error = $2 WHERE id = $3")
            .bind(now() + backoff)
            .bind(error.chars().take(500).collect::<String>())
            .bind(id)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Mails not yet delivered.
    pub async fn pending_mail_count(&self) -> StoreResult<i64> {
        Ok(
            sqlx::query("SELECT COUNT(*) FROM mail_outbox WHERE sent_at IS NULL")
                .fetch_one(&self.pool)
                .await?
                .try_get(0)?,
        )
    }
}
