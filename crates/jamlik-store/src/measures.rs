//! Measures after they are added: editing every field, indicators, and
//! starting a plan that continues the previous one — its unfinished measures
//! carried forward and the previous plan's measures evaluated. Every change is
//! audited in its own transaction.

use jamlik_domain::{ErrorCode, IsoDate, MeasureStatus, OrgId, PlanDraft, PlanState, UserId};
use serde::Serialize;
use sqlx::{AnyConnection, Row};

use crate::audit::{record, Actor, AuditEvent};
use crate::planning::{
    fetch_measure, fetch_plan, measure_row, require_member, Indicator, Measure, Plan,
    MEASURE_COLUMNS,
};
use crate::{new_id, now, Store, StoreError, StoreResult};

/// Every field of a measure a coordinator edits (checked by the caller).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MeasureEdit {
    /// Title.
    pub title: String,
    /// Goal.
    pub goal: String,
    /// Responsible person.
    pub owner_user_id: Option<UserId>,
    /// Responsible unit.
    pub owner_unit: String,
    /// Budget in cents.
    pub budget_cents: Option<i64>,
    /// Start.
    pub start_date: Option<IsoDate>,
    /// Due.
    pub due_date: Option<IsoDate>,
}

impl MeasureEdit {
    /// The measure's fields as they are, to change some of them.
    pub fn from_measure(measure: &Measure) -> Self {
        MeasureEdit {
            title: measure.title.clone(),
            goal: measure.goal.clone(),
            owner_user_id: measure.owner_user_id.clone(),
            owner_unit: measure.owner_unit.clone(),
            budget_cents: measure.budget_cents,
            start_date: measure.start_date.clone(),
            due_date: measure.due_date.clone(),
        }
    }
}

/// What an indicator holds (checked by the caller).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IndicatorInput {
    /// What is measured.
    pub name: String,
    /// Where it stood at the start.
    pub baseline: String,
    /// Where it should get.
    pub target: String,
    /// Where it stands now.
    pub current: String,
}

/// One measure of the previous plan and what the coordinator wrote about it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct PreviousMeasure {
    /// The measure, with its final status.
    pub measure: Measure,
    /// The evaluation (empty until written).
    pub evaluation: String,
}

/// The previous plan's measures with the evaluations written in `plan`, or
/// none when the plan continues no plan.
pub(crate) async fn evaluated_measures(
    connection: &mut AnyConnection,
    org: &OrgId,
    plan: &Plan,
) -> StoreResult<Vec<PreviousMeasure>> {
    let Some(previous) = &plan.previous_plan_id else {
        return Ok(Vec::new());
    };
    fetch_plan(connection, org, previous).await?;
    let rows = sqlx::query(&format!(
        "SELECT {MEASURE_COLUMNS}, plan_evaluations.evaluation FROM measures \
         LEFT JOIN plan_evaluations ON plan_evaluations.measure_id = measures.id AND plan_evaluations.plan_id = $1 \
         WHERE measures.plan_id = $2 ORDER BY COALESCE(measures.due_date, '9999-12-31'), measures.title, measures.id"
    ))
    .bind(plan.id.clone())
    .bind(previous.clone())
    .fetch_all(&mut *connection)
    .await?;
    rows.iter()
        .map(|row| {
            Ok(PreviousMeasure {
                measure: measure_row(row)?,
                evaluation: row
                    .try_get::<Option<String>, _>("evaluation")?
                    .unwrap_or_default(),
            })
        })
        .collect()
}

async fn fetch_indicator(
    connection: &mut AnyConnection,
    measure: &str,
    indicator: &str,
) -> StoreResult<Indicator> {
    let row = sqlx::query(
        "SELECT id, name, baseline, target, current_value FROM measure_indicators WHERE id = $1 AND measure_id = $2",
    )
    .bind(indicator)
    .bind(measure)
    .fetch_optional(&mut *connection)
    .await?
    .ok_or(StoreError::Rule(ErrorCode::IndicatorNotFound))?;
    Ok(Indicator {
        id: row.try_get("id")?,
        name: row.try_get("name")?,
        baseline: row.try_get("baseline")?,
        target: row.try_get("target")?,
        current: row.try_get("current_value")?,
    })
}

async fn insert_indicator(
    connection: &mut AnyConnection,
    measure: &str,
    input: &IndicatorInput,
) -> StoreResult<String> {
    let id = new_id();
    let at = now();
    sqlx::query(
        "INSERT INTO measure_indicators (id, measure_id, name, baseline, target, current_value, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(id.clone())
    .bind(measure)
    .bind(input.name.clone())
    .bind(input.baseline.clone())
    .bind(input.target.clone())
    .bind(input.current.clone())
    .bind(at)
    .bind(at)
    .execute(&mut *connection)
    .await?;
    Ok(id)
}

/// What the audit trail keeps of one evaluation.
#[derive(Clone, Copy, Serialize)]
struct EvaluationRecord<'a> {
    plan_id: &'a str,
    measure_id: &'a str,
    title: &'a str,
    evaluation: &'a str,
}

impl Store {
    /// Starts a plan.
    pub async fn create_plan(
        &self,
        actor: &Actor,
        org: &OrgId,
        draft: PlanDraft,
    ) -> StoreResult<Plan> {
        self.create_plan_continuing(actor, org, draft, None).await
    }

    /// Starts a plan that may continue a previous plan of the organisation:
    /// the previous plan's unfinished measures (neither done nor dropped) are
    /// copied into it as planned, each remembering where it came from, with
    /// their indicators. All in one transaction.
    pub async fn create_plan_continuing(
        &self,
        actor: &Actor,
        org: &OrgId,
        draft: PlanDraft,
        previous: Option<&str>,
    ) -> StoreResult<Plan> {
        let mut tx = self.write().await?;
        let previous =
            match previous {
                Some(previous) => Some(fetch_plan(&mut tx, org, previous).await.map_err(
                    |error| match error {
                        StoreError::Rule(ErrorCode::PlanNotFound) => {
                            StoreError::Rule(ErrorCode::PreviousPlanNotFound)
                        }
                        other => other,
                    },
                )?),
                None => None,
            };
        let id = new_id();
        let at = now();
        sqlx::query(
            "INSERT INTO plans (id, org_id, title, frameworks, period_start, period_end, working_group, state, created_by, created_at, updated_at, previous_plan_id) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)",
        )
        .bind(id.clone())
        .bind(org.as_str())
        .bind(draft.title)
        .bind(draft.frameworks.iter().map(|f| f.as_str()).collect::<Vec<_>>().join(","))
        .bind(draft.period_start.as_str())
        .bind(draft.period_end.as_str())
        .bind(draft.working_group)
        .bind(PlanState::Draft.as_str())
        .bind(actor.user_id.as_ref().map(|u| u.as_str().to_owned()))
        .bind(at)
        .bind(at)
        .bind(previous.as_ref().map(|p| p.id.clone()))
        .execute(&mut *tx)
        .await?;
        let plan = fetch_plan(&mut tx, org, &id).await?;
        record(
            &mut tx,
            actor,
            AuditEvent::new(
                Some(org),
                "plan",
                id.as_str(),
                "create",
                None::<&()>,
                Some(&plan),
            ),
        )
        .await?;
        if let Some(previous) = previous {
            let rows = sqlx::query(&format!(
                "SELECT {MEASURE_COLUMNS} FROM measures WHERE plan_id = $1 AND status NOT IN ('done', 'dropped') ORDER BY id"
            ))
            .bind(previous.id.clone())
            .fetch_all(&mut *tx)
            .await?;
            for row in &rows {
                let origin = fetch_measure(&mut tx, org, &measure_row(row)?.id).await?;
                let copy = new_id();
                // The finding belongs to the previous plan's assessment, so the copy answers none.
                sqlx::query(
                    "INSERT INTO measures (id, plan_id, finding_id, title, goal, owner_user_id, owner_unit, budget_cents, start_date, due_date, status, created_at, updated_at, carried_from_measure_id) \
                     VALUES ($1, $2, NULL, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)",
                )
                .bind(copy.clone())
                .bind(id.clone())
                .bind(origin.title.clone())
                .bind(origin.goal.clone())
                .bind(origin.owner_user_id.as_ref().map(|u| u.as_str().to_owned()))
                .bind(origin.owner_unit.clone())
                .bind(origin.budget_cents)
                .bind(origin.start_date.as_ref().map(|d| d.as_str().to_owned()))
                .bind(origin.due_date.as_ref().map(|d| d.as_str().to_owned()))
                .bind(MeasureStatus::Planned.as_str())
                .bind(at)
                .bind(at)
                .bind(origin.id.clone())
                .execute(&mut *tx)
                .await?;
                for indicator in &origin.indicators {
                    insert_indicator(
                        &mut tx,
                        &copy,
                        &IndicatorInput {
                            name: indicator.name.clone(),
                            baseline: indicator.baseline.clone(),
                            target: indicator.target.clone(),
                            current: indicator.current.clone(),
                        },
                    )
                    .await?;
                }
                sqlx::query(
                    "INSERT INTO measure_updates (id, measure_id, at, author_user_id, author_label, status, note, carried_from_plan_id) \
                     VALUES ($1, $2, $3, $4, $5, $6, '', $7)",
                )
                .bind(new_id())
                .bind(copy.clone())
                .bind(at)
                .bind(actor.user_id.as_ref().map(|u| u.as_str().to_owned()))
                .bind(actor.label.clone())
                .bind(MeasureStatus::Planned.as_str())
                .bind(previous.id.clone())
                .execute(&mut *tx)
                .await?;
                let carried = fetch_measure(&mut tx, org, &copy).await?;
                record(
                    &mut tx,
                    actor,
                    AuditEvent::new(
                        Some(org),
                        "measure",
                        copy.as_str(),
                        "carry_forward",
                        None::<&()>,
                        Some(&carried),
                    ),
                )
                .await?;
            }
        }
        tx.commit().await?;
        Ok(plan)
    }

    /// Changes every field of a measure. The responsible person must be a
    /// member; the due date may not come before the start.
    pub async fn edit_measure(
        &self,
        actor: &Actor,
        org: &OrgId,
        measure: &str,
        edit: MeasureEdit,
    ) -> StoreResult<Measure> {
        let mut tx = self.write().await?;
        let before = fetch_measure(&mut tx, org, measure).await?;
        require_member(&mut tx, org, edit.owner_user_id.as_ref()).await?;
        if let (Some(start), Some(due)) = (&edit.start_date, &edit.due_date) {
            if due < start {
                return Err(ErrorCode::DueBeforeStart.into());
            }
        }
        sqlx::query(
            "UPDATE measures SET title = $1, goal = $2, owner_user_id = $3, owner_unit = $4, budget_cents = $5, \
             start_date = $6, due_date = $7, updated_at = $8 WHERE id = $9",
        )
        .bind(edit.title)
        .bind(edit.goal)
        .bind(edit.owner_user_id.as_ref().map(|u| u.as_str().to_owned()))
        .bind(edit.owner_unit)
        .bind(edit.budget_cents)
        .bind(edit.start_date.as_ref().map(|d| d.as_str().to_owned()))
        .bind(edit.due_date.as_ref().map(|d| d.as_str().to_owned()))
        .bind(now())
        .bind(measure)
        .execute(&mut *tx)
        .await?;
        let after = fetch_measure(&mut tx, org, measure).await?;
        record(
            &mut tx,
            actor,
            AuditEvent::new(
                Some(org),
                "measure",
                measure,
                "edit",
                Some(&before),
                Some(&after),
            ),
        )
        .await?;
        tx.commit().await?;
        Ok(after)
    }

    /// Adds an indicator to a measure.
    pub async fn add_indicator(
        &self,
        actor: &Actor,
        org: &OrgId,
        measure: &str,
        input: IndicatorInput,
    ) -> StoreResult<Indicator> {
        let mut tx = self.write().await?;
        fetch_measure(&mut tx, org, measure).await?;
        let id = insert_indicator(&mut tx, measure, &input).await?;
        let indicator = fetch_indicator(&mut tx, measure, &id).await?;
        record(
            &mut tx,
            actor,
            AuditEvent::new(
                Some(org),
                "indicator",
                id.as_str(),
                "create",
                None::<&()>,
                Some(&indicator),
            ),
        )
        .await?;
        tx.commit().await?;
        Ok(indicator)
    }

    /// Changes an indicator of a measure.
    pub async fn edit_indicator(
        &self,
        actor: &Actor,
        org: &OrgId,
        measure: &str,
        indicator: &str,
        input: IndicatorInput,
    ) -> StoreResult<Indicator> {
        let mut tx = self.write().await?;
        fetch_measure(&mut tx, org, measure).await?;
        let before = fetch_indicator(&mut tx, measure, indicator).await?;
        sqlx::query(
            "UPDATE measure_indicators SET name = $1, baseline = $2, target = $3, current_value = $4, updated_at = $5 WHERE id = $6",
        )
        .bind(input.name)
        .bind(input.baseline)
        .bind(input.target)
        .bind(input.current)
        .bind(now())
        .bind(indicator)
        .execute(&mut *tx)
        .await?;
        let after = fetch_indicator(&mut tx, measure, indicator).await?;
        record(
            &mut tx,
            actor,
            AuditEvent::new(
                Some(org),
                "indicator",
                indicator,
                "update",
                Some(&before),
                Some(&after),
            ),
        )
        .await?;
        tx.commit().await?;
        Ok(after)
    }

    /// Removes an indicator from a measure.
    pub async fn remove_indicator(
        &self,
        actor: &Actor,
        org: &OrgId,
        measure: &str,
        indicator: &str,
    ) -> StoreResult<()> {
        let mut tx = self.write().await?;
        fetch_measure(&mut tx, org, measure).await?;
        let before = fetch_indicator(&mut tx, measure, indicator).await?;
        sqlx::query("DELETE FROM measure_indicators WHERE id = $1")
            .bind(indicator)
            .execute(&mut *tx)
            .await?;
        record(
            &mut tx,
            actor,
            AuditEvent::new(
                Some(org),
                "indicator",
                indicator,
                "delete",
                Some(&before),
                None::<&()>,
            ),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// The plan a plan continues and its measures with their final status
    /// and evaluation; none when the plan continues no plan.
    pub async fn previous_plan_evaluation(
        &self,
        org: &OrgId,
        plan: &str,
    ) -> StoreResult<Option<(Plan, Vec<PreviousMeasure>)>> {
        let mut connection = self.pool.acquire().await?;
        let current = fetch_plan(&mut connection, org, plan).await?;
        let Some(previous) = &current.previous_plan_id else {
            return Ok(None);
        };
        let previous = fetch_plan(&mut connection, org, previous).await?;
        let measures = evaluated_measures(&mut connection, org, &current).await?;
        Ok(Some((previous, measures)))
    }

    /// Saves the evaluation texts of the previous plan's measures, given as
    /// (measure, text). Every measure must be in the previous plan, or
    /// nothing is saved. Returns how many changed.
    pub async fn save_evaluation(
        &self,
        actor: &Actor,
        org: &OrgId,
        plan: &str,
        entries: &[(String, String)],
    ) -> StoreResult<usize> {
        let mut tx = self.write().await?;
        let current = fetch_plan(&mut tx, org, plan).await?;
        let existing = evaluated_measures(&mut tx, org, &current).await?;
        let mut changed = 0;
        for (measure, text) in entries {
            let before = existing
                .iter()
                .find(|m| m.measure.id == *measure)
                .ok_or(StoreError::Rule(ErrorCode::EvaluatedMeasureNotFound))?;
            if before.evaluation == *text {
                continue;
            }
            sqlx::query(
                "INSERT INTO plan_evaluations (plan_id, measure_id, evaluation, updated_at) VALUES ($1, $2, $3, $4) \
                 ON CONFLICT (plan_id, measure_id) DO UPDATE SET evaluation = excluded.evaluation, updated_at = excluded.updated_at",
            )
            .bind(plan)
            .bind(measure.clone())
            .bind(text.clone())
            .bind(now())
            .execute(&mut *tx)
            .await?;
            let was = EvaluationRecord {
                plan_id: plan,
                measure_id: &before.measure.id,
                title: &before.measure.title,
                evaluation: &before.evaluation,
            };
            let now_is = EvaluationRecord {
                evaluation: text,
                ..was
            };
            let event = AuditEvent::new(
                Some(org),
                "plan_evaluation",
                measure.as_str(),
                "update",
                Some(&was),
                Some(&now_is),
            );
            record(&mut tx, actor, event).await?;
            changed += 1;
        }
        tx.commit().await?;
        Ok(changed)
    }
}
