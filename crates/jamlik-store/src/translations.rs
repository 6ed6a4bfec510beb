//! A plan's texts in the organisation's other working language: read with
//! the plan (and frozen into each approved version's snapshot), saved a
//! language at a time in one transaction, each checked against the texts
//! the plan has.

use std::collections::HashSet;

use jamlik_domain::{
    check_translation, check_translation_language, ErrorCode, Language, OrgId, TextField,
};
use serde::{Deserialize, Serialize};
use sqlx::{AnyConnection, Row};

use crate::audit::{record, Actor, AuditEvent};
use crate::planning::{corrupt, fetch_plan};
use crate::{now, Store, StoreError, StoreResult};

/// One text of a plan in another language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Translation {
    /// Which text.
    pub field: TextField,
    /// Of which entity: the plan, service, finding, measure or consultation
    /// id, or `framework/element` for a section.
    pub entity_id: String,
    /// The language it is in.
    pub language: Language,
    /// The text.
    pub body: String,
}

pub(crate) async fn fetch_translations(
    connection: &mut AnyConnection,
    plan: &str,
) -> StoreResult<Vec<Translation>> {
    let rows = sqlx::query(
        "SELECT field, entity_id, language, body FROM text_translations \
         WHERE plan_id = $1 ORDER BY field, entity_id, language",
    )
    .bind(plan)
    .fetch_all(&mut *connection)
    .await?;
    rows.iter()
        .map(|row| {
            Ok(Translation {
                field: TextField::parse(&row.try_get::<String, _>("field")?)
                    .map_err(|_| corrupt("text_translations.field"))?,
                entity_id: row.try_get("entity_id")?,
                language: Language::parse(&row.try_get::<String, _>("language")?)
                    .map_err(|_| corrupt("text_translations.language"))?,
                body: row.try_get("body")?,
            })
        })
        .collect()
}

/// The ids a field of this plan may be translated for.
async fn entities(
    connection: &mut AnyConnection,
    org: &OrgId,
    plan: &str,
    field: TextField,
) -> StoreResult<HashSet<String>> {
    // Services belong to the organisation; everything else to the plan.
    let (sql, key) = match field {
        TextField::PlanTitle => return Ok(HashSet::from([plan.to_owned()])),
        TextField::ServiceName | TextField::ServiceUnit | TextField::ServiceDescription => {
            ("SELECT id FROM services WHERE org_id = $1", org.as_str())
        }
        TextField::FindingDescription | TextField::FindingAffected => {
            ("SELECT id FROM findings WHERE plan_id = $1", plan)
        }
        TextField::MeasureTitle | TextField::MeasureGoal | TextField::MeasureUnit => {
            ("SELECT id FROM measures WHERE plan_id = $1", plan)
        }
        TextField::ConsultationSummary => ("SELECT id FROM consultations WHERE plan_id = $1", plan),
        TextField::SectionBody => (
            "SELECT framework || '/' || element AS id FROM plan_sections WHERE plan_id = $1",
            plan,
        ),
    };
    let rows = sqlx::query(sql)
        .bind(key.to_owned())
        .fetch_all(&mut *connection)
        .await?;
    rows.iter()
        .map(|row| Ok(row.try_get::<String, _>("id")?))
        .collect()
}

impl Store {
    /// Every translation of a plan's texts.
    pub async fn plan_translations(
        &self,
        org: &OrgId,
        plan: &str,
    ) -> StoreResult<Vec<Translation>> {
        let mut connection = self.pool.acquire().await?;
        fetch_plan(&mut connection, org, plan).await?;
        fetch_translations(&mut connection, plan).await
    }

    /// Saves a plan's translations into one language, in one transaction:
    /// each `(field, entity, text)` is kept, replaced, or removed when the
    /// text is empty. Refused whole when the language is not the
    /// organisation's second working language, a text is too long, or a
    /// text names something the plan does not have. Returns how many
    /// translations changed.
    pub async fn save_translations(
        &self,
        actor: &Actor,
        org: &OrgId,
        plan: &str,
        language: Language,
        items: &[(TextField, String, String)],
    ) -> StoreResult<usize> {
        let mut tx = self.write().await?;
        fetch_plan(&mut tx, org, plan).await?;
        let working = crate::organisations::fetch(&mut tx, org).await?.languages;
        check_translation_language(language, &working)?;
        let before = fetch_translations(&mut tx, plan).await?;
        let mut known: std::collections::HashMap<TextField, HashSet<String>> =
            std::collections::HashMap::new();
        let mut changed = 0;
        for (field, entity, body) in items {
            let body = check_translation(body)?;
            if !known.contains_key(field) {
                let ids = entities(&mut tx, org, plan, *field).await?;
                known.insert(*field, ids);
            }
            if !known.get(field).is_some_and(|ids| ids.contains(entity)) {
                return Err(StoreError::RuleAt(
                    ErrorCode::TranslationUnknownText,
                    vec![("field", field.as_str().to_owned())],
                ));
            }
            let old = before
                .iter()
                .find(|t| t.field == *field && t.entity_id == *entity && t.language == language);
            if old.map_or("", |t| t.body.as_str()) == body {
                continue;
            }
            changed += 1;
            if body.is_empty() {
                sqlx::query(
                    "DELETE FROM text_translations WHERE plan_id = $1 AND field = $2 \
                     AND entity_id = $3 AND language = $4",
                )
                .bind(plan)
                .bind(field.as_str())
                .bind(entity.clone())
                .bind(language.as_str())
                .execute(&mut *tx)
                .await?;
            } else {
                sqlx::query(
                    "INSERT INTO text_translations (plan_id, field, entity_id, language, body, updated_by, updated_at) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7) \
                     ON CONFLICT (plan_id, field, entity_id, language) \
                     DO UPDATE SET body = excluded.body, updated_by = excluded.updated_by, updated_at = excluded.updated_at",
                )
                .bind(plan)
                .bind(field.as_str())
                .bind(entity.clone())
                .bind(language.as_str())
                .bind(body.to_owned())
                .bind(actor.user_id.as_ref().map(|u| u.as_str().to_owned()))
                .bind(now())
                .execute(&mut *tx)
                .await?;
            }
        }
        if changed > 0 {
            let after = fetch_translations(&mut tx, plan).await?;
            record(
                &mut tx,
                actor,
                AuditEvent::new(
                    Some(org),
                    "translation",
                    format!("{plan}/{}", language.as_str()).as_str(),
                    "update",
                    Some(&before),
                    Some(&after),
                ),
            )
            .await?;
        }
        tx.commit().await?;
        Ok(changed)
    }
}
