//! The planning workspace's second half: who was consulted, the assessment
//! of each service per ground (with checklist answers and attached files as
//! evidence), the plan's free-text sections, and follow-up rounds. As in
//! `planning`, every read is scoped to one organisation and every change is
//! audited in its own transaction.

use jamlik_domain::{Conclusion, ConsultedParty, ErrorCode, IsoDate, MeasureStatus, OrgId};
use serde::{Deserialize, Serialize};
use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Row};

use crate::audit::{record, Actor, AuditEvent};
use crate::planning::{corrupt, fetch_plan};
use crate::{new_id, now, Store, StoreError, StoreResult};

/// A consultation held while preparing a plan.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Consultation {
    /// Its id.
    pub id: String,
    /// The kind of party.
    pub party: ConsultedParty,
    /// The party's own name (the body, association or group).
    pub party_name: String,
    /// When it was held.
    pub held_on: IsoDate,
    /// What they said.
    pub summary: String,
}

/// A new consultation, checked by the caller.
#[derive(Clone, Debug)]
pub struct ConsultationInput {
    /// The kind of party.
    pub party: ConsultedParty,
    /// The party's own name.
    pub party_name: String,
    /// When it was held (not in the future).
    pub held_on: IsoDate,
    /// What they said.
    pub summary: String,
}

/// The conclusion for one service and ground.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Assessment {
    /// The service assessed.
    pub service_id: String,
    /// The ground (an id from the plan's packs).
    pub ground: String,
    /// What was concluded.
    pub conclusion: Conclusion,
    /// The evidence: what was looked at, with links.
    pub evidence: String,
}

/// One ground's conclusion to save.
#[derive(Clone, Debug)]
pub struct AssessmentInput {
    /// The ground.
    pub ground: String,
    /// The conclusion.
    pub conclusion: Conclusion,
    /// The evidence (checked text).
    pub evidence: String,
}

/// An answer to a checklist question.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Answer {
    /// The framework (pack id).
    pub framework: String,
    /// The checklist id in the pack.
    pub checklist: String,
    /// The question id in the checklist.
    pub question: String,
    /// The answer in its stored form; empty when not answered.
    pub value: String,
}

/// A free-text section of the plan, for one element of a framework.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Section {
    /// The framework (pack id).
    pub framework: String,
    /// The element id in the pack.
    pub element: String,
    /// The text; empty when not written.
    pub body: String,
}

/// A file attached as evidence to a service's assessment (without its bytes).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EvidenceFile {
    /// Its id.
    pub id: String,
    /// The service.
    pub service_id: String,
    /// The file name as uploaded.
    pub name: String,
    /// The media type as uploaded.
    pub content_type: String,
    /// Its size in bytes.
    pub size: i64,
    /// When it was attached.
    pub created_at: i64,
}

/// A file to attach, as uploaded.
#[derive(Clone)]
pub struct NewEvidenceFile {
    /// The file name (checked by the caller).
    pub name: String,
    /// The media type as sent.
    pub content_type: String,
    /// The bytes.
    pub content: Vec<u8>,
}

impl std::fmt::Debug for NewEvidenceFile {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter
            .debug_struct("NewEvidenceFile")
            .field("name", &self.name)
            .field("content_type", &self.content_type)
            .field("size", &self.content.len())
            .finish()
    }
}

/// How many records of each kind a plan has: what the completeness check
/// counts as covering an element.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PlanCoverage {
    /// Measures.
    pub measures: i64,
    /// Findings.
    pub findings: i64,
    /// Service and ground pairs assessed (a conclusion other than not assessed).
    pub assessments: i64,
    /// Consultations.
    pub consultations: i64,
    /// Approved versions.
    pub versions: i64,
    /// Follow-up rounds.
    pub rounds: i64,
}

/// A follow-up round: a period in which owners update their measures.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Round {
    /// Its id.
    pub id: String,
    /// The plan.
    pub plan_id: String,
    /// Its name ("Spring 2026").
    pub name: String,
    /// The first day.
    pub opens_on: IsoDate,
    /// The last day.
    pub closes_on: IsoDate,
}

/// A new round, checked by the caller.
#[derive(Clone, Debug)]
pub struct RoundInput {
    /// Its name.
    pub name: String,
    /// The first day.
    pub opens_on: IsoDate,
    /// The last day (not before the first).
    pub closes_on: IsoDate,
}

/// A measure's update made in a round.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoundUpdate {
    /// The measure.
    pub measure_id: String,
    /// When.
    pub at: i64,
    /// Who.
    pub author_label: String,
    /// The status set.
    pub status: MeasureStatus,
    /// The note.
    pub note: String,
}

fn date_column(row: &AnyRow, column: &str) -> StoreResult<IsoDate> {
    IsoDate::parse(&row.try_get::<String, _>(column)?).map_err(|_| corrupt(column))
}

fn consultation_row(row: &AnyRow) -> StoreResult<Consultation> {
    Ok(Consultation {
        id: row.try_get("id")?,
        party: ConsultedParty::parse(&row.try_get::<String, _>("party")?)
            .map_err(|_| corrupt("consultations.party"))?,
        party_name: row.try_get("party_name")?,
        held_on: date_column(row, "held_on")?,
        summary: row.try_get("summary")?,
    })
}

pub(crate) fn round_row(row: &AnyRow) -> StoreResult<Round> {
    Ok(Round {
        id: row.try_get("id")?,
        plan_id: row.try_get("plan_id")?,
        name: row.try_get("name")?,
        opens_on: date_column(row, "opens_on")?,
        closes_on: date_column(row, "closes_on")?,
    })
}

fn evidence_row(row: &AnyRow) -> StoreResult<EvidenceFile> {
    Ok(EvidenceFile {
        id: row.try_get("id")?,
        service_id: row.try_get("service_id")?,
        name: row.try_get("name")?,
        content_type: row.try_get("content_type")?,
        size: row.try_get("size")?,
        created_at: row.try_get("created_at")?,
    })
}

async fn require_service(
    connection: &mut AnyConnection,
    org: &OrgId,
    service: &str,
) -> StoreResult<()> {
    sqlx::query("SELECT 1 FROM services WHERE id = $1 AND org_id = $2")
        .bind(service)
        .bind(org.as_str())
        .fetch_optional(&mut *connection)
        .await?
        .map(|_| ())
        .ok_or(StoreError::Rule(ErrorCode::ServiceNotFound))
}

async fn fetch_answers(
    connection: &mut AnyConnection,
    plan: &str,
    scope: &str,
) -> StoreResult<Vec<Answer>> {
    let rows = sqlx::query(
        "SELECT framework, checklist, question, value FROM answers \
         WHERE plan_id = $1 AND scope = $2 ORDER BY framework, checklist, question",
    )
    .bind(plan)
    .bind(scope)
    .fetch_all(&mut *connection)
    .await?;
    rows.iter()
        .map(|row| {
            Ok(Answer {
                framework: row.try_get("framework")?,
                checklist: row.try_get("checklist")?,
                question: row.try_get("question")?,
                value: row.try_get("value")?,
            })
        })
        .collect()
}

async fn upsert_answers(
    connection: &mut AnyConnection,
    actor: &Actor,
    plan: &str,
    scope: &str,
    answers: &[Answer],
) -> StoreResult<()> {
    for answer in answers {
        sqlx::query(
            "INSERT INTO answers (plan_id, scope, framework, checklist, question, value, updated_by, updated_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8) \
             ON CONFLICT (plan_id, scope, framework, checklist, question) \
             DO UPDATE SET value = excluded.value, updated_by = excluded.updated_by, updated_at = excluded.updated_at",
        )
        .bind(plan)
        .bind(scope)
        .bind(answer.framework.clone())
        .bind(answer.checklist.clone())
        .bind(answer.question.clone())
        .bind(answer.value.clone())
        .bind(actor.user_id.as_ref().map(|u| u.as_str().to_owned()))
        .bind(now())
        .execute(&mut *connection)
        .await?;
    }
    Ok(())
}

async fn fetch_assessments(
    connection: &mut AnyConnection,
    plan: &str,
    service: Option<&str>,
) -> StoreResult<Vec<Assessment>> {
    let rows = sqlx::query(
        "SELECT service_id, ground, conclusion, evidence FROM assessments \
         WHERE plan_id = $1 AND ($2 = '' OR service_id = $2) ORDER BY service_id, ground",
    )
    .bind(plan)
    .bind(service.unwrap_or_default())
    .fetch_all(&mut *connection)
    .await?;
    rows.iter()
        .map(|row| {
            Ok(Assessment {
                service_id: row.try_get("service_id")?,
                ground: row.try_get("ground")?,
                conclusion: Conclusion::parse(&row.try_get::<String, _>("conclusion")?)
                    .map_err(|_| corrupt("assessments.conclusion"))?,
                evidence: row.try_get("evidence")?,
            })
        })
        .collect()
}

pub(crate) async fn fetch_sections(
    connection: &mut AnyConnection,
    plan: &str,
) -> StoreResult<Vec<Section>> {
    let rows = sqlx::query(
        "SELECT framework, element, body FROM plan_sections WHERE plan_id = $1 ORDER BY framework, element",
    )
    .bind(plan)
    .fetch_all(&mut *connection)
    .await?;
    rows.iter()
        .map(|row| {
            Ok(Section {
                framework: row.try_get("framework")?,
                element: row.try_get("element")?,
                body: row.try_get("body")?,
            })
        })
        .collect()
}

pub(crate) async fn fetch_consultations(
    connection: &mut AnyConnection,
    plan: &str,
) -> StoreResult<Vec<Consultation>> {
    let rows = sqlx::query(
        "SELECT * FROM consultations WHERE plan_id = $1 ORDER BY held_on, created_at, id",
    )
    .bind(plan)
    .fetch_all(&mut *connection)
    .await?;
    rows.iter().map(consultation_row).collect()
}

impl Store {
    /// The consultations of a plan, oldest first.
    pub async fn consultations(&self, org: &OrgId, plan: &str) -> StoreResult<Vec<Consultation>> {
        let mut connection = self.pool.acquire().await?;
        fetch_plan(&mut connection, org, plan).await?;
        fetch_consultations(&mut connection, plan).await
    }

    /// Records a consultation.
    pub async fn add_consultation(
        &self,
        actor: &Actor,
        org: &OrgId,
        plan: &str,
        input: ConsultationInput,
    ) -> StoreResult<Consultation> {
        let mut tx = self.write().await?;
        fetch_plan(&mut tx, org, plan).await?;
        let consultation = Consultation {
            id: new_id(),
            party: input.party,
            party_name: input.party_name,
            held_on: input.held_on,
            summary: input.summary,
        };
        sqlx::query(
            "INSERT INTO consultations (id, plan_id, party, party_name, held_on, summary, created_by, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        )
        .bind(consultation.id.clone())
        .bind(plan)
        .bind(consultation.party.as_str())
        .bind(consultation.party_name.clone())
        .bind(consultation.held_on.as_str())
        .bind(consultation.summary.clone())
        .bind(actor.user_id.as_ref().map(|u| u.as_str().to_owned()))
        .bind(now())
        .execute(&mut *tx)
        .await?;
        record(
            &mut tx,
            actor,
            AuditEvent::new(
                Some(org),
                "consultation",
                consultation.id.as_str(),
                "create",
                None::<&()>,
                Some(&consultation),
            ),
        )
        .await?;
        tx.commit().await?;
        Ok(consultation)
    }

    /// Every conclusion of a plan (for the matrix of services and grounds).
    pub async fn assessments(&self, org: &OrgId, plan: &str) -> StoreResult<Vec<Assessment>> {
        let mut connection = self.pool.acquire().await?;
        fetch_plan(&mut connection, org, plan).await?;
        fetch_assessments(&mut connection, plan, None).await
    }

    /// One service's conclusions and checklist answers in a plan.
    pub async fn service_assessment(
        &self,
        org: &OrgId,
        plan: &str,
        service: &str,
    ) -> StoreResult<(Vec<Assessment>, Vec<Answer>)> {
        let mut connection = self.pool.acquire().await?;
        fetch_plan(&mut connection, org, plan).await?;
        require_service(&mut connection, org, service).await?;
        let conclusions = fetch_assessments(&mut connection, plan, Some(service)).await?;
        let answers = fetch_answers(&mut connection, plan, service).await?;
        Ok((conclusions, answers))
    }

    /// Saves a service's assessment: a conclusion and evidence per ground,
    /// and the checklist answers, all in one transaction with one audit event
    /// that holds the before and after.
    pub async fn save_assessment(
        &self,
        actor: &Actor,
        org: &OrgId,
        plan: &str,
        service: &str,
        conclusions: &[AssessmentInput],
        answers: &[Answer],
    ) -> StoreResult<()> {
        let mut tx = self.write().await?;
        fetch_plan(&mut tx, org, plan).await?;
        require_service(&mut tx, org, service).await?;
        let before = (
            fetch_assessments(&mut tx, plan, Some(service)).await?,
            fetch_answers(&mut tx, plan, service).await?,
        );
        for input in conclusions {
            sqlx::query(
                "INSERT INTO assessments (id, plan_id, service_id, ground, conclusion, evidence, updated_by, updated_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8) \
                 ON CONFLICT (plan_id, service_id, ground) \
                 DO UPDATE SET conclusion = excluded.conclusion, evidence = excluded.evidence, \
                 updated_by = excluded.updated_by, updated_at = excluded.updated_at",
            )
            .bind(new_id())
            .bind(plan)
            .bind(service)
            .bind(input.ground.clone())
            .bind(input.conclusion.as_str())
            .bind(input.evidence.clone())
            .bind(actor.user_id.as_ref().map(|u| u.as_str().to_owned()))
            .bind(now())
            .execute(&mut *tx)
            .await?;
        }
        upsert_answers(&mut tx, actor, plan, service, answers).await?;
        let after = (
            fetch_assessments(&mut tx, plan, Some(service)).await?,
            fetch_answers(&mut tx, plan, service).await?,
        );
        if before != after {
            record(
                &mut tx,
                actor,
                AuditEvent::new(
                    Some(org),
                    "assessment",
                    format!("{plan}/{service}").as_str(),
                    "update",
                    Some(&before),
                    Some(&after),
                ),
            )
            .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// The plan-wide checklist answers and free-text sections.
    pub async fn plan_texts(
        &self,
        org: &OrgId,
        plan: &str,
    ) -> StoreResult<(Vec<Answer>, Vec<Section>)> {
        let mut connection = self.pool.acquire().await?;
        fetch_plan(&mut connection, org, plan).await?;
        let answers = fetch_answers(&mut connection, plan, "").await?;
        let sections = fetch_sections(&mut connection, plan).await?;
        Ok((answers, sections))
    }

    /// Saves a step's plan-wide answers and sections in one transaction.
    pub async fn save_step(
        &self,
        actor: &Actor,
        org: &OrgId,
        plan: &str,
        answers: &[Answer],
        sections: &[Section],
    ) -> StoreResult<()> {
        let mut tx = self.write().await?;
        fetch_plan(&mut tx, org, plan).await?;
        let before = (
            fetch_answers(&mut tx, plan, "").await?,
            fetch_sections(&mut tx, plan).await?,
        );
        upsert_answers(&mut tx, actor, plan, "", answers).await?;
        for section in sections {
            sqlx::query(
                "INSERT INTO plan_sections (plan_id, framework, element, body, updated_by, updated_at) \
                 VALUES ($1, $2, $3, $4, $5, $6) \
                 ON CONFLICT (plan_id, framework, element) \
                 DO UPDATE SET body = excluded.body, updated_by = excluded.updated_by, updated_at = excluded.updated_at",
            )
            .bind(plan)
            .bind(section.framework.clone())
            .bind(section.element.clone())
            .bind(section.body.clone())
            .bind(actor.user_id.as_ref().map(|u| u.as_str().to_owned()))
            .bind(now())
            .execute(&mut *tx)
            .await?;
        }
        let after = (
            fetch_answers(&mut tx, plan, "").await?,
            fetch_sections(&mut tx, plan).await?,
        );
        if before != after {
            record(
                &mut tx,
                actor,
                AuditEvent::new(
                    Some(org),
                    "plan_text",
                    plan,
                    "update",
                    Some(&before),
                    Some(&after),
                ),
            )
            .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// How many records of each kind the plan has.
    pub async fn plan_coverage(&self, org: &OrgId, plan: &str) -> StoreResult<PlanCoverage> {
        let mut connection = self.pool.acquire().await?;
        fetch_plan(&mut connection, org, plan).await?;
        let row = sqlx::query(
            "SELECT \
             (SELECT COUNT(*) FROM measures WHERE plan_id = $1) AS measures, \
             (SELECT COUNT(*) FROM findings WHERE plan_id = $1) AS findings, \
             (SELECT COUNT(*) FROM assessments WHERE plan_id = $1 AND conclusion <> 'not_assessed') AS assessments, \
             (SELECT COUNT(*) FROM consultations WHERE plan_id = $1) AS consultations, \
             (SELECT COUNT(*) FROM plan_versions WHERE plan_id = $1) AS versions, \
             (SELECT COUNT(*) FROM followup_rounds WHERE plan_id = $1) AS rounds",
        )
        .bind(plan)
        .fetch_one(&mut *connection)
        .await?;
        Ok(PlanCoverage {
            measures: row.try_get("measures")?,
            findings: row.try_get("findings")?,
            assessments: row.try_get("assessments")?,
            consultations: row.try_get("consultations")?,
            versions: row.try_get("versions")?,
            rounds: row.try_get("rounds")?,
        })
    }

    /// The files attached to a service's assessment in a plan.
    pub async fn evidence_files(
        &self,
        org: &OrgId,
        plan: &str,
        service: &str,
    ) -> StoreResult<Vec<EvidenceFile>> {
        let mut connection = self.pool.acquire().await?;
        fetch_plan(&mut connection, org, plan).await?;
        let rows = sqlx::query(
            "SELECT id, service_id, name, content_type, size, created_at FROM evidence_files \
             WHERE plan_id = $1 AND service_id = $2 ORDER BY created_at, id",
        )
        .bind(plan)
        .bind(service)
        .fetch_all(&mut *connection)
        .await?;
        rows.iter().map(evidence_row).collect()
    }

    /// Attaches a file as evidence to a service's assessment.
    pub async fn add_evidence_file(
        &self,
        actor: &Actor,
        org: &OrgId,
        plan: &str,
        service: &str,
        upload: NewEvidenceFile,
    ) -> StoreResult<EvidenceFile> {
        let mut tx = self.write().await?;
        fetch_plan(&mut tx, org, plan).await?;
        require_service(&mut tx, org, service).await?;
        let file = EvidenceFile {
            id: new_id(),
            service_id: service.to_owned(),
            name: upload.name,
            content_type: upload.content_type,
            size: i64::try_from(upload.content.len()).unwrap_or(i64::MAX),
            created_at: now(),
        };
        sqlx::query(
            "INSERT INTO evidence_files (id, plan_id, service_id, name, content_type, size, content, created_by, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
        )
        .bind(file.id.clone())
        .bind(plan)
        .bind(service)
        .bind(file.name.clone())
        .bind(file.content_type.clone())
        .bind(file.size)
        .bind(upload.content)
        .bind(actor.user_id.as_ref().map(|u| u.as_str().to_owned()))
        .bind(file.created_at)
        .execute(&mut *tx)
        .await?;
        record(
            &mut tx,
            actor,
            AuditEvent::new(
                Some(org),
                "evidence_file",
                file.id.as_str(),
                "create",
                None::<&()>,
                Some(&file),
            ),
        )
        .await?;
        tx.commit().await?;
        Ok(file)
    }

    /// One attached file with its bytes, if it belongs to the organisation.
    pub async fn evidence_file(
        &self,
        org: &OrgId,
        file: &str,
    ) -> StoreResult<(EvidenceFile, Vec<u8>)> {
        let row = sqlx::query(
            "SELECT evidence_files.id, evidence_files.service_id, evidence_files.name, \
             evidence_files.content_type, evidence_files.size, evidence_files.created_at, \
             evidence_files.content FROM evidence_files JOIN plans ON plans.id = evidence_files.plan_id \
             WHERE evidence_files.id = $1 AND plans.org_id = $2",
        )
        .bind(file)
        .bind(org.as_str())
        .fetch_optional(&self.pool)
        .await?
        .ok_or(StoreError::Rule(ErrorCode::EvidenceNotFound))?;
        Ok((evidence_row(&row)?, row.try_get("content")?))
    }

    /// The follow-up rounds of a plan, newest first.
    pub async fn rounds(&self, org: &OrgId, plan: &str) -> StoreResult<Vec<Round>> {
        let mut connection = self.pool.acquire().await?;
        fetch_plan(&mut connection, org, plan).await?;
        let rows = sqlx::query(
            "SELECT * FROM followup_rounds WHERE plan_id = $1 ORDER BY opens_on DESC, id DESC",
        )
        .bind(plan)
        .fetch_all(&mut *connection)
        .await?;
        rows.iter().map(round_row).collect()
    }

    /// One follow-up round of a plan.
    pub async fn round(&self, org: &OrgId, plan: &str, round: &str) -> StoreResult<Round> {
        let mut connection = self.pool.acquire().await?;
        fetch_plan(&mut connection, org, plan).await?;
        let row = sqlx::query("SELECT * FROM followup_rounds WHERE id = $1 AND plan_id = $2")
            .bind(round)
            .bind(plan)
            .fetch_optional(&mut *connection)
            .await?
            .ok_or(StoreError::Rule(ErrorCode::RoundNotFound))?;
        round_row(&row)
    }

    /// Opens a follow-up round. Refused when it overlaps another round of the
    /// same plan: an update belongs to one round only.
    pub async fn create_round(
        &self,
        actor: &Actor,
        org: &OrgId,
        plan: &str,
        input: RoundInput,
    ) -> StoreResult<Round> {
        let mut tx = self.write().await?;
        fetch_plan(&mut tx, org, plan).await?;
        let overlapping = sqlx::query(
            "SELECT 1 FROM followup_rounds WHERE plan_id = $1 AND opens_on <= $3 AND closes_on >= $2",
        )
        .bind(plan)
        .bind(input.opens_on.as_str())
        .bind(input.closes_on.as_str())
        .fetch_optional(&mut *tx)
        .await?;
        if overlapping.is_some() {
            return Err(ErrorCode::RoundOverlaps.into());
        }
        let round = Round {
            id: new_id(),
            plan_id: plan.to_owned(),
            name: input.name,
            opens_on: input.opens_on,
            closes_on: input.closes_on,
        };
        sqlx::query(
            "INSERT INTO followup_rounds (id, plan_id, name, opens_on, closes_on, created_by, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(round.id.clone())
        .bind(plan)
        .bind(round.name.clone())
        .bind(round.opens_on.as_str())
        .bind(round.closes_on.as_str())
        .bind(actor.user_id.as_ref().map(|u| u.as_str().to_owned()))
        .bind(now())
        .execute(&mut *tx)
        .await?;
        record(
            &mut tx,
            actor,
            AuditEvent::new(
                Some(org),
                "followup_round",
                round.id.as_str(),
                "create",
                None::<&()>,
                Some(&round),
            ),
        )
        .await?;
        tx.commit().await?;
        Ok(round)
    }

    /// The updates made in a round, newest first.
    pub async fn round_updates(
        &self,
        org: &OrgId,
        plan: &str,
        round: &str,
    ) -> StoreResult<Vec<RoundUpdate>> {
        self.round(org, plan, round).await?;
        let rows = sqlx::query(
            "SELECT measure_id, at, author_label, status, note FROM measure_updates \
             WHERE round_id = $1 ORDER BY at DESC, id DESC",
        )
        .bind(round)
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|row| {
                Ok(RoundUpdate {
                    measure_id: row.try_get("measure_id")?,
                    at: row.try_get("at")?,
                    author_label: row.try_get("author_label")?,
                    status: MeasureStatus::parse(&row.try_get::<String, _>("status")?)
                        .map_err(|_| corrupt("measure_updates.status"))?,
                    note: row.try_get("note")?,
                })
            })
            .collect()
    }
}

impl Store {
    /// Each measure's newest history entry in a plan, by measure id: one
    /// query for the whole plan (exports list every measure's latest report).
    pub async fn latest_updates(
        &self,
        org: &OrgId,
        plan: &str,
    ) -> StoreResult<std::collections::HashMap<String, RoundUpdate>> {
        let mut connection = self.pool.acquire().await?;
        fetch_plan(&mut connection, org, plan).await?;
        let rows = sqlx::query(
            "SELECT measure_updates.measure_id, measure_updates.at, measure_updates.author_label, \
             measure_updates.status, measure_updates.note FROM measure_updates \
             JOIN measures ON measures.id = measure_updates.measure_id \
             WHERE measures.plan_id = $1 ORDER BY measure_updates.at DESC, measure_updates.id DESC",
        )
        .bind(plan)
        .fetch_all(&mut *connection)
        .await?;
        let mut latest = std::collections::HashMap::new();
        for row in rows {
            let measure_id: String = row.try_get("measure_id")?;
            if latest.contains_key(&measure_id) {
                continue;
            }
            let update = RoundUpdate {
                measure_id: measure_id.clone(),
                at: row.try_get("at")?,
                author_label: row.try_get("author_label")?,
                status: MeasureStatus::parse(&row.try_get::<String, _>("status")?)
                    .map_err(|_| corrupt("measure_updates.status"))?,
                note: row.try_get("note")?,
            };
            latest.insert(measure_id, update);
        }
        Ok(latest)
    }
}
