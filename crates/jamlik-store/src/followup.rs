//! A follow-up round's report, published: the plan as it stands, the round
//! and the measures' updates in it, frozen at publication with units and
//! never people, at an address of its own (`/f/{public_id}`). Only a plan
//! with a published version publishes its follow-up; publishing a round
//! again replaces its report at the same address, and the audit trail keeps
//! each publication.

use jamlik_domain::{ErrorCode, IsoDate, Language, MeasureStatus, OrgId};
use serde::{Deserialize, Serialize};
use sqlx::any::AnyRow;
use sqlx::Row;

use crate::audit::{record, Actor, AuditEvent};
use crate::planning::{corrupt, fetch_plan, new_public_id, snapshot_of};
use crate::workspace::round_row;
use crate::{now, PlanSnapshot, Round, RoundUpdate, Store, StoreError, StoreResult};

/// What a published follow-up report is made of.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RoundReport {
    /// The plan as it stood when the report was published.
    pub snapshot: PlanSnapshot,
    /// The round.
    pub round: Round,
    /// The updates made in the round, newest first, without their authors.
    pub updates: Vec<RoundUpdate>,
    /// The day the report was published: the state it describes.
    pub as_of: IsoDate,
}

/// A published follow-up report.
#[derive(Clone, Debug, PartialEq)]
pub struct PublishedRound {
    /// Its public address.
    pub public_id: String,
    /// The organisation.
    pub org_id: OrgId,
    /// The plan's stable public address, when it has one.
    pub plan_public_id: Option<String>,
    /// When it was published.
    pub published_at: i64,
    /// The report.
    pub report: RoundReport,
}

/// A published follow-up report as listed on the organisation's page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PublishedRoundRow {
    /// Its public address.
    pub public_id: String,
    /// The round's name.
    pub round_name: String,
    /// The round's first day.
    pub opens_on: IsoDate,
    /// The round's last day.
    pub closes_on: IsoDate,
    /// The plan's title (in the organisation's first language).
    pub plan_title: String,
    /// The state it describes.
    pub as_of: IsoDate,
}

fn listed_row(row: &AnyRow) -> StoreResult<PublishedRoundRow> {
    let date = |column: &str| -> StoreResult<IsoDate> {
        IsoDate::parse(&row.try_get::<String, _>(column)?).map_err(|_| corrupt(column))
    };
    Ok(PublishedRoundRow {
        public_id: row.try_get("public_id")?,
        round_name: row.try_get("name")?,
        opens_on: date("opens_on")?,
        closes_on: date("closes_on")?,
        plan_title: row.try_get("title")?,
        as_of: date("as_of")?,
    })
}

impl Store {
    /// Publishes (or publishes again) a round's report as of `today`. Refused
    /// before the round opens and while the plan has no published version.
    pub async fn publish_round(
        &self,
        actor: &Actor,
        org: &OrgId,
        plan: &str,
        round: &str,
        today: &IsoDate,
    ) -> StoreResult<PublishedRound> {
        let mut tx = self.write().await?;
        let current = fetch_plan(&mut tx, org, plan).await?;
        let found = sqlx::query("SELECT * FROM followup_rounds WHERE id = $1 AND plan_id = $2")
            .bind(round)
            .bind(plan)
            .fetch_optional(&mut *tx)
            .await?
            .ok_or(StoreError::Rule(ErrorCode::RoundNotFound))?;
        let found = round_row(&found)?;
        if today.as_str() < found.opens_on.as_str() {
            return Err(ErrorCode::RoundNotOpenYet.into());
        }
        let published = sqlx::query(
            "SELECT 1 FROM plan_versions WHERE plan_id = $1 AND published_at IS NOT NULL",
        )
        .bind(plan)
        .fetch_optional(&mut *tx)
        .await?;
        let Some(plan_public_id) = current.public_id.clone().filter(|_| published.is_some()) else {
            return Err(ErrorCode::RoundPlanUnpublished.into());
        };
        let updates = sqlx::query(
            "SELECT measure_id, at, status, note FROM measure_updates \
             WHERE round_id = $1 ORDER BY at DESC, id DESC",
        )
        .bind(round)
        .fetch_all(&mut *tx)
        .await?
        .iter()
        .map(|row| {
            Ok(RoundUpdate {
                measure_id: row.try_get("measure_id")?,
                at: row.try_get("at")?,
                // The public reads units, never people.
                author_label: String::new(),
                status: MeasureStatus::parse(&row.try_get::<String, _>("status")?)
                    .map_err(|_| corrupt("measure_updates.status"))?,
                note: row.try_get("note")?,
            })
        })
        .collect::<StoreResult<Vec<_>>>()?;
        let mut snapshot = snapshot_of(&mut tx, org, &current).await?;
        snapshot.plan.working_group.clear();
        let report = RoundReport {
            snapshot,
            round: found,
            updates,
            as_of: today.clone(),
        };
        let json =
            serde_json::to_string(&report).map_err(|e| StoreError::Corrupt(e.to_string()))?;
        let before: Option<String> =
            sqlx::query("SELECT public_id FROM published_rounds WHERE round_id = $1")
                .bind(round)
                .fetch_optional(&mut *tx)
                .await?
                .map(|row| row.try_get("public_id"))
                .transpose()?;
        let published_at = now();
        let by = actor.user_id.as_ref().map(|u| u.as_str().to_owned());
        let public_id = match before {
            Some(public_id) => {
                sqlx::query(
                    "UPDATE published_rounds SET as_of = $1, report_json = $2, published_by = $3, published_at = $4 \
                     WHERE public_id = $5",
                )
                .bind(today.as_str())
                .bind(json)
                .bind(by)
                .bind(published_at)
                .bind(public_id.clone())
                .execute(&mut *tx)
                .await?;
                public_id
            }
            None => {
                let public_id = new_public_id();
                sqlx::query(
                    "INSERT INTO published_rounds (public_id, round_id, plan_id, org_id, as_of, report_json, published_by, published_at) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
                )
                .bind(public_id.clone())
                .bind(round)
                .bind(plan)
                .bind(org.as_str())
                .bind(today.as_str())
                .bind(json)
                .bind(by)
                .bind(published_at)
                .execute(&mut *tx)
                .await?;
                public_id
            }
        };
        record(
            &mut tx,
            actor,
            AuditEvent::new(
                Some(org),
                "followup_report",
                public_id.as_str(),
                "publish",
                None::<&()>,
                Some(&serde_json::json!({
                    "round": report.round.name,
                    "as_of": today.as_str(),
                    "updates": report.updates.len(),
                })),
            ),
        )
        .await?;
        tx.commit().await?;
        Ok(PublishedRound {
            public_id,
            org_id: org.clone(),
            plan_public_id: Some(plan_public_id),
            published_at,
            report,
        })
    }

    /// A published follow-up report by its public address.
    pub async fn published_round(&self, public_id: &str) -> StoreResult<PublishedRound> {
        let row = sqlx::query(
            "SELECT published_rounds.*, plans.public_id AS plan_public_id FROM published_rounds \
             JOIN plans ON plans.id = published_rounds.plan_id WHERE published_rounds.public_id = $1",
        )
        .bind(public_id)
        .fetch_optional(&self.pool)
        .await?
        .ok_or(StoreError::Rule(ErrorCode::FollowUpReportNotFound))?;
        Ok(PublishedRound {
            public_id: row.try_get("public_id")?,
            org_id: OrgId::from_raw(row.try_get::<String, _>("org_id")?),
            plan_public_id: row.try_get("plan_public_id")?,
            published_at: row.try_get("published_at")?,
            report: serde_json::from_str(&row.try_get::<String, _>("report_json")?)
                .map_err(|_| corrupt("published_rounds.report_json"))?,
        })
    }

    /// The public address and day of a round's published report, if any.
    pub async fn round_publication(
        &self,
        org: &OrgId,
        round: &str,
    ) -> StoreResult<Option<(String, IsoDate)>> {
        let row = sqlx::query(
            "SELECT public_id, as_of FROM published_rounds WHERE round_id = $1 AND org_id = $2",
        )
        .bind(round)
        .bind(org.as_str())
        .fetch_optional(&self.pool)
        .await?;
        row.map(|row| {
            Ok((
                row.try_get("public_id")?,
                IsoDate::parse(&row.try_get::<String, _>("as_of")?)
                    .map_err(|_| corrupt("published_rounds.as_of"))?,
            ))
        })
        .transpose()
    }

    /// An organisation's published follow-up reports, newest round first,
    /// with the plan's title in `language` where it is translated.
    pub async fn published_rounds(
        &self,
        org: &OrgId,
        language: Language,
    ) -> StoreResult<Vec<PublishedRoundRow>> {
        sqlx::query(
            "SELECT published_rounds.public_id, published_rounds.as_of, followup_rounds.name, \
             followup_rounds.opens_on, followup_rounds.closes_on, \
             COALESCE(translated.body, plans.title) AS title \
             FROM published_rounds JOIN followup_rounds ON followup_rounds.id = published_rounds.round_id \
             JOIN plans ON plans.id = published_rounds.plan_id \
             LEFT JOIN text_translations translated ON translated.plan_id = plans.id \
               AND translated.field = 'plan_title' AND translated.entity_id = plans.id \
               AND translated.language = $2 \
             WHERE published_rounds.org_id = $1 ORDER BY followup_rounds.opens_on DESC, published_rounds.public_id",
        )
        .bind(org.as_str())
        .bind(language.as_str())
        .fetch_all(&self.pool)
        .await?
        .iter()
        .map(listed_row)
        .collect()
    }
}
