//! The audit trail: who changed what, when, in which organisation, with the
//! entity before and after. Append-only: the schema refuses updates and
//! deletes, and entries are written in the transaction of the change.

use jamlik_domain::{OrgId, UserId};
use serde::Serialize;
use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Row};

use crate::{new_id, now, PageRequest, Paged, Store, StoreResult};

/// Who makes a change.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Actor {
    /// The person, when a person acts.
    pub user_id: Option<UserId>,
    /// How the actor is shown: an email, or `system` and the command.
    pub label: String,
    /// The request the change came with, to match the log.
    pub request_id: Option<String>,
}

impl Actor {
    /// The system itself (imports, demo data, scheduled jobs).
    pub fn system(what: &str) -> Actor {
        Actor {
            user_id: None,
            label: format!("system:{what}"),
            request_id: None,
        }
    }
}

/// A change to record.
#[derive(Clone, Debug)]
pub struct AuditEvent {
    /// The organisation touched, if any.
    pub org_id: Option<OrgId>,
    /// The kind of entity (`organisation`, `membership`, `user`, …).
    pub entity_type: &'static str,
    /// The entity's id.
    pub entity_id: String,
    /// What happened (`create`, `update`, `delete`, …).
    pub action: &'static str,
    /// The entity before, as JSON.
    pub before: Option<serde_json::Value>,
    /// The entity after, as JSON.
    pub after: Option<serde_json::Value>,
}

impl AuditEvent {
    /// An event with its before and after values serialised.
    pub fn new<B: Serialize, A: Serialize>(
        org_id: Option<&OrgId>,
        entity_type: &'static str,
        entity_id: impl Into<String>,
        action: &'static str,
        before: Option<&B>,
        after: Option<&A>,
    ) -> Self {
        AuditEvent {
            org_id: org_id.cloned(),
            entity_type,
            entity_id: entity_id.into(),
            action,
            before: before.and_then(|b| serde_json::to_value(b).ok()),
            after: after.and_then(|a| serde_json::to_value(a).ok()),
        }
    }
}

/// A recorded change, as read back.
#[derive(Clone, Debug, Serialize)]
pub struct AuditEntry {
    /// The entry's id (time-ordered).
    pub id: String,
    /// When, Unix seconds.
    pub at: i64,
    /// Who, as shown.
    pub actor_label: String,
    /// The organisation touched, if any.
    pub org_id: Option<String>,
    /// The kind of entity.
    pub entity_type: String,
    /// The entity's id.
    pub entity_id: String,
    /// What happened.
    pub action: String,
    /// The entity before, as JSON text.
    pub before_json: Option<String>,
    /// The entity after, as JSON text.
    pub after_json: Option<String>,
}

/// Records an event inside the caller's transaction.
pub(crate) async fn record(
    connection: &mut AnyConnection,
    actor: &Actor,
    event: AuditEvent,
) -> StoreResult<()> {
    sqlx::query(
        "INSERT INTO audit_log (id, at, actor_user_id, actor_label, org_id, entity_type, entity_id, \
         action, before_json, after_json, request_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
    )
    .bind(new_id())
    .bind(now())
    .bind(actor.user_id.as_ref().map(|id| id.as_str().to_owned()))
    .bind(actor.label.clone())
    .bind(event.org_id.map(|id| id.as_str().to_owned()))
    .bind(event.entity_type)
    .bind(event.entity_id)
    .bind(event.action)
    .bind(event.before.map(|v| v.to_string()))
    .bind(event.after.map(|v| v.to_string()))
    .bind(actor.request_id.clone())
    .execute(connection)
    .await?;
    Ok(())
}

fn entry(row: &AnyRow) -> Result<AuditEntry, sqlx::Error> {
    Ok(AuditEntry {
        id: row.try_get("id")?,
        at: row.try_get("at")?,
        actor_label: row.try_get("actor_label")?,
        org_id: row.try_get("org_id")?,
        entity_type: row.try_get("entity_type")?,
        entity_id: row.try_get("entity_id")?,
        action: row.try_get("action")?,
        before_json: row.try_get("before_json")?,
        after_json: row.try_get("after_json")?,
    })
}

impl Store {
    /// The audit trail, newest first: one organisation's, or all of it.
    pub async fn audit_trail(
        &self,
        org: Option<&OrgId>,
        page: PageRequest,
    ) -> StoreResult<Paged<AuditEntry>> {
        let org = org.map(|id| id.as_str().to_owned());
        let filter = "($1 IS NULL OR org_id = $1)";
        let total: i64 = sqlx::query(&format!("SELECT COUNT(*) FROM audit_log WHERE {filter}"))
            .bind(org.clone())
            .fetch_one(&self.pool)
            .await?
            .try_get(0)?;
        let rows = sqlx::query(&format!(
            "SELECT id, at, actor_label, org_id, entity_type, entity_id, action, before_json, after_json \
             FROM audit_log WHERE {filter} ORDER BY id DESC LIMIT $2 OFFSET $3"
        ))
        .bind(org)
        .bind(page.per_page)
        .bind(page.offset())
        .fetch_all(&self.pool)
        .await?;
        let items = rows.iter().map(entry).collect::<Result<_, _>>()?;
        Ok(Paged {
            items,
            total,
            page: page.page,
            per_page: page.per_page,
        })
    }
}
