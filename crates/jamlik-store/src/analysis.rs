//! Equality analyses run from the web: uploaded files, the jobs that analyse
//! them, and how long the individual-level data is kept.
//!
//! A job is a row. Any instance may run it: it is claimed with a lease
//! (`FOR UPDATE SKIP LOCKED` on PostgreSQL; the write lock on SQLite), and a
//! lease that runs out (a crashed instance) is claimed again. A finished job
//! holds its result as JSON with only aggregates that passed disclosure
//! control, or the analysis error; the upload it read is deleted in the same
//! transaction unless the organisation keeps uploads for some days, in which
//! case [`Store::purge_analysis_uploads`] deletes it later.

use jamlik_domain::{ErrorCode, OrgId};
use serde::Serialize;
use sqlx::any::AnyRow;
use sqlx::Row;

use crate::audit::{record, Actor, AuditEvent};
use crate::planning::fetch_measure;
use crate::{new_id, now, Store, StoreError, StoreResult};

/// How long an upload that was never analysed is kept when the organisation
/// keeps nothing after the analysis: one day, time enough to map and run.
pub const UNANALYSED_UPLOAD_SECONDS: i64 = 24 * 3600;

/// The longest retention an organisation may choose, in days.
pub const MAX_RETENTION_DAYS: i64 = 3650;

/// Attempts after which a job whose runs keep dying is failed.
pub const MAX_JOB_ATTEMPTS: i64 = 3;

/// An uploaded file (without its bytes).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct AnalysisUpload {
    /// Its id.
    pub id: String,
    /// The organisation.
    pub org_id: String,
    /// The file name as uploaded.
    pub name: String,
    /// Its size in bytes.
    pub size: i64,
    /// When it was uploaded.
    pub created_at: i64,
    /// When it will be deleted at the latest.
    pub purge_after: i64,
    /// Its column names as read when it arrived (cut to a sane length).
    pub columns: Vec<String>,
    /// What its mapping page shows, as the web read it when it arrived
    /// (JSON; empty for uploads from before it was kept).
    #[serde(skip)]
    pub profile: String,
}

/// Where a job is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum JobState {
    /// Waiting for an instance to run it.
    Queued,
    /// Being run (leased).
    Running,
    /// Finished with a result.
    Done,
    /// Finished with an analysis error.
    Failed,
}

impl JobState {
    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            JobState::Queued => "queued",
            JobState::Running => "running",
            JobState::Done => "done",
            JobState::Failed => "failed",
        }
    }

    fn parse(raw: &str) -> StoreResult<Self> {
        Ok(match raw {
            "queued" => JobState::Queued,
            "running" => JobState::Running,
            "done" => JobState::Done,
            "failed" => JobState::Failed,
            other => return Err(StoreError::Corrupt(format!("job state {other:?}"))),
        })
    }

    /// Whether the job has ended.
    pub fn is_finished(self) -> bool {
        matches!(self, JobState::Done | JobState::Failed)
    }
}

/// An analysis job.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct AnalysisJob {
    /// Its id.
    pub id: String,
    /// The organisation.
    pub org_id: String,
    /// The upload it reads (gone once purged).
    pub upload_id: Option<String>,
    /// The uploaded file's name.
    pub file_name: String,
    /// The analysis (`representation`, `resources`, `gap`, `pay_survey`,
    /// `pay_transparency`).
    pub kind: String,
    /// The column mapping and options, as JSON.
    pub spec: String,
    /// Where it is.
    pub state: JobState,
    /// Progress, 0 to 100.
    pub progress: i64,
    /// Runs started.
    pub attempts: i64,
    /// The result, as JSON (aggregates only).
    pub result: Option<String>,
    /// The analysis error, as JSON with its `code`.
    pub error: Option<String>,
    /// Who started it.
    pub created_by: Option<String>,
    /// When.
    pub created_at: i64,
    /// When it ended.
    pub finished_at: Option<i64>,
}

const JOB_COLUMNS: &str = "id, org_id, upload_id, file_name, kind, spec, state, progress, \
     attempts, result, error, created_by, created_at, finished_at";

fn job_row(row: &AnyRow) -> StoreResult<AnalysisJob> {
    Ok(AnalysisJob {
        id: row.try_get("id")?,
        org_id: row.try_get("org_id")?,
        upload_id: row.try_get("upload_id")?,
        file_name: row.try_get("file_name")?,
        kind: row.try_get("kind")?,
        spec: row.try_get("spec")?,
        state: JobState::parse(&row.try_get::<String, _>("state")?)?,
        progress: row.try_get("progress")?,
        attempts: row.try_get("attempts")?,
        result: row.try_get("result")?,
        error: row.try_get("error")?,
        created_by: row.try_get("created_by")?,
        created_at: row.try_get("created_at")?,
        finished_at: row.try_get("finished_at")?,
    })
}

fn upload_row(row: &AnyRow) -> StoreResult<AnalysisUpload> {
    Ok(AnalysisUpload {
        id: row.try_get("id")?,
        org_id: row.try_get("org_id")?,
        name: row.try_get("name")?,
        size: row.try_get("size")?,
        created_at: row.try_get("created_at")?,
        purge_after: row.try_get("purge_after")?,
        columns: serde_json::from_str(&row.try_get::<String, _>("columns")?).unwrap_or_default(),
        profile: row.try_get("profile")?,
    })
}

/// How a job ended.
#[derive(Clone, Debug)]
pub enum JobOutcome {
    /// A result (JSON, aggregates only).
    Done(String),
    /// An analysis error (JSON with its `code`).
    Failed(String),
}

fn user_of(actor: &Actor) -> Option<String> {
    actor.user_id.as_ref().map(|u| u.as_str().to_owned())
}

async fn retention_days(connection: &mut sqlx::AnyConnection, org: &str) -> StoreResult<i64> {
    let row = sqlx::query("SELECT analysis_retention_days FROM organisations WHERE id = $1")
        .bind(org)
        .fetch_optional(&mut *connection)
        .await?
        .ok_or(StoreError::Rule(ErrorCode::OrganisationNotFound))?;
    Ok(row.try_get(0)?)
}

impl Store {
    /// How many days the organisation keeps uploaded data after its analysis
    /// (0: deleted as soon as the analysis is done).
    pub async fn analysis_retention(&self, org: &OrgId) -> StoreResult<i64> {
        let mut connection = self.pool.acquire().await?;
        retention_days(&mut connection, org.as_str()).await
    }

    /// Sets the retention (0 to [`MAX_RETENTION_DAYS`] days).
    pub async fn set_analysis_retention(
        &self,
        actor: &Actor,
        org: &OrgId,
        days: i64,
    ) -> StoreResult<()> {
        if !(0..=MAX_RETENTION_DAYS).contains(&days) {
            return Err(ErrorCode::InvalidRetention.into());
        }
        let mut tx = self.write().await?;
        let before = retention_days(&mut tx, org.as_str()).await?;
        sqlx::query("UPDATE organisations SET analysis_retention_days = $1 WHERE id = $2")
            .bind(days)
            .bind(org.as_str())
            .execute(&mut *tx)
            .await?;
        record(
            &mut tx,
            actor,
            AuditEvent::new(
                Some(org),
                "analysis_retention",
                org.as_str(),
                "update",
                Some(&serde_json::json!({ "days": before })),
                Some(&serde_json::json!({ "days": days })),
            ),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Stores an uploaded file. It is kept at most a day (or the retention,
    /// when longer) unless analysed sooner.
    pub async fn add_analysis_upload(
        &self,
        actor: &Actor,
        org: &OrgId,
        name: &str,
        content: Vec<u8>,
        columns: &[String],
        profile: &str,
    ) -> StoreResult<AnalysisUpload> {
        let mut tx = self.write().await?;
        let days = retention_days(&mut tx, org.as_str()).await?;
        let at = now();
        let upload = AnalysisUpload {
            id: new_id(),
            org_id: org.as_str().to_owned(),
            name: name.to_owned(),
            size: i64::try_from(content.len()).unwrap_or(i64::MAX),
            created_at: at,
            purge_after: at + UNANALYSED_UPLOAD_SECONDS.max(days * 86_400),
            columns: columns.to_vec(),
            profile: profile.to_owned(),
        };
        sqlx::query(
            "INSERT INTO analysis_uploads (id, org_id, name, size, content, created_by, created_at, purge_after, columns, profile) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
        )
        .bind(upload.id.clone())
        .bind(upload.org_id.clone())
        .bind(upload.name.clone())
        .bind(upload.size)
        .bind(content)
        .bind(user_of(actor))
        .bind(upload.created_at)
        .bind(upload.purge_after)
        .bind(serde_json::to_string(&upload.columns).unwrap_or_else(|_| "[]".to_owned()))
        .bind(upload.profile.clone())
        .execute(&mut *tx)
        .await?;
        record(
            &mut tx,
            actor,
            AuditEvent::new(
                Some(org),
                "analysis_upload",
                upload.id.as_str(),
                "create",
                None::<&()>,
                Some(&upload),
            ),
        )
        .await?;
        tx.commit().await?;
        Ok(upload)
    }

    /// An upload of the organisation with its bytes.
    pub async fn analysis_upload(
        &self,
        org: &OrgId,
        id: &str,
    ) -> StoreResult<(AnalysisUpload, Vec<u8>)> {
        let row = sqlx::query(
            "SELECT id, org_id, name, size, created_at, purge_after, columns, profile, content FROM analysis_uploads \
             WHERE id = $1 AND org_id = $2",
        )
        .bind(id)
        .bind(org.as_str())
        .fetch_optional(&self.pool)
        .await?
        .ok_or(StoreError::Rule(ErrorCode::AnalysisUploadNotFound))?;
        Ok((upload_row(&row)?, row.try_get("content")?))
    }

    /// One upload of the organisation without its bytes: what the pages
    /// show of it (its size, columns and profile) never reads the file.
    pub async fn analysis_upload_meta(&self, org: &OrgId, id: &str) -> StoreResult<AnalysisUpload> {
        let row = sqlx::query(
            "SELECT id, org_id, name, size, created_at, purge_after, columns, profile FROM analysis_uploads \
             WHERE id = $1 AND org_id = $2",
        )
        .bind(id)
        .bind(org.as_str())
        .fetch_optional(&self.pool)
        .await?
        .ok_or(StoreError::Rule(ErrorCode::AnalysisUploadNotFound))?;
        upload_row(&row)
    }

    /// The uploads of the organisation still kept, newest first.
    pub async fn analysis_uploads(&self, org: &OrgId) -> StoreResult<Vec<AnalysisUpload>> {
        let rows = sqlx::query(
            "SELECT id, org_id, name, size, created_at, purge_after, columns, profile FROM analysis_uploads \
             WHERE org_id = $1 ORDER BY created_at DESC, id DESC",
        )
        .bind(org.as_str())
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(upload_row).collect()
    }

    /// Queues an analysis of an upload. With `lease_seconds` the job is
    /// created already claimed by the caller (who runs it at once), so no
    /// worker takes it meanwhile.
    pub async fn create_analysis_job(
        &self,
        actor: &Actor,
        org: &OrgId,
        upload: &str,
        kind: &str,
        spec: &str,
        lease_seconds: Option<i64>,
    ) -> StoreResult<AnalysisJob> {
        let mut tx = self.write().await?;
        let row = sqlx::query("SELECT name FROM analysis_uploads WHERE id = $1 AND org_id = $2")
            .bind(upload)
            .bind(org.as_str())
            .fetch_optional(&mut *tx)
            .await?
            .ok_or(StoreError::Rule(ErrorCode::AnalysisUploadNotFound))?;
        let job = AnalysisJob {
            id: new_id(),
            org_id: org.as_str().to_owned(),
            upload_id: Some(upload.to_owned()),
            file_name: row.try_get("name")?,
            kind: kind.to_owned(),
            spec: spec.to_owned(),
            state: if lease_seconds.is_some() {
                JobState::Running
            } else {
                JobState::Queued
            },
            progress: 0,
            attempts: i64::from(lease_seconds.is_some()),
            result: None,
            error: None,
            created_by: user_of(actor),
            created_at: now(),
            finished_at: None,
        };
        sqlx::query(
            "INSERT INTO analysis_jobs (id, org_id, upload_id, file_name, kind, spec, state, created_by, created_at, lease_until, attempts) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
        )
        .bind(job.id.clone())
        .bind(job.org_id.clone())
        .bind(upload)
        .bind(job.file_name.clone())
        .bind(job.kind.clone())
        .bind(job.spec.clone())
        .bind(job.state.as_str())
        .bind(job.created_by.clone())
        .bind(job.created_at)
        .bind(lease_seconds.map_or(0, |lease| job.created_at + lease))
        .bind(job.attempts)
        .execute(&mut *tx)
        .await?;
        record(
            &mut tx,
            actor,
            AuditEvent::new(
                Some(org),
                "analysis_job",
                job.id.as_str(),
                "create",
                None::<&()>,
                Some(&serde_json::json!({ "kind": kind, "spec": spec, "upload": upload })),
            ),
        )
        .await?;
        tx.commit().await?;
        Ok(job)
    }

    /// Claims one job to run for `lease_seconds`: a queued one, or one whose
    /// run's lease ran out. A job that has been started [`MAX_JOB_ATTEMPTS`]
    /// times is not claimed again.
    pub async fn claim_analysis_job(&self, lease_seconds: i64) -> StoreResult<Option<AnalysisJob>> {
        let at = now();
        let lock = self.backend.claim_lock();
        let mut tx = self.write().await?;
        let sql = format!(
            "SELECT {JOB_COLUMNS} FROM analysis_jobs WHERE state IN ('queued', 'running') \
             AND lease_until < $1 AND attempts < $2 ORDER BY id LIMIT 1{lock}"
        );
        let query = sqlx::query(&sql).bind(at).bind(MAX_JOB_ATTEMPTS);
        let Some(row) = query.fetch_optional(&mut *tx).await? else {
            tx.commit().await?;
            return Ok(None);
        };
        let mut job = job_row(&row)?;
        job.attempts += 1;
        job.state = JobState::Running;
        job.progress = job.progress.max(5);
        sqlx::query(
            "UPDATE analysis_jobs SET state = 'running', lease_until = $1, attempts = $2, progress = $3 WHERE id = $4",
        )
        .bind(at + lease_seconds)
        .bind(job.attempts)
        .bind(job.progress)
        .bind(job.id.clone())
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(Some(job))
    }

    /// The bytes a claimed job reads; `None` when the upload is gone.
    pub async fn analysis_job_input(&self, job: &AnalysisJob) -> StoreResult<Option<Vec<u8>>> {
        let Some(upload) = &job.upload_id else {
            return Ok(None);
        };
        let row = sqlx::query("SELECT content FROM analysis_uploads WHERE id = $1 AND org_id = $2")
            .bind(upload)
            .bind(job.org_id.clone())
            .fetch_optional(&self.pool)
            .await?;
        Ok(match row {
            Some(row) => Some(row.try_get("content")?),
            None => None,
        })
    }

    /// Records a running job's progress (0 to 100).
    pub async fn set_analysis_progress(&self, job: &str, progress: i64) -> StoreResult<()> {
        sqlx::query("UPDATE analysis_jobs SET progress = $1 WHERE id = $2 AND state = 'running'")
            .bind(progress.clamp(0, 100))
            .bind(job)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Ends a job with its result or error. In the same transaction, the
    /// upload is deleted when the organisation keeps nothing after the
    /// analysis, or its deletion is set to the end of the retention.
    pub async fn finish_analysis_job(&self, job: &str, outcome: JobOutcome) -> StoreResult<()> {
        self.finish_analysis_job_with(job, outcome, None).await
    }

    /// [`Store::finish_analysis_job`] for a job that also read another
    /// upload of the organisation (a baseline): that upload is deleted or
    /// kept by the same rule, in the same transaction (it may already be
    /// gone, for another job read it too).
    pub async fn finish_analysis_job_with(
        &self,
        job: &str,
        outcome: JobOutcome,
        also_read: Option<&str>,
    ) -> StoreResult<()> {
        let mut tx = self.write().await?;
        let row = sqlx::query("SELECT org_id, upload_id, state FROM analysis_jobs WHERE id = $1")
            .bind(job)
            .fetch_optional(&mut *tx)
            .await?
            .ok_or(StoreError::Rule(ErrorCode::AnalysisJobNotFound))?;
        let org: String = row.try_get("org_id")?;
        let upload: Option<String> = row.try_get("upload_id")?;
        if JobState::parse(&row.try_get::<String, _>("state")?)?.is_finished() {
            // Another instance finished it after a lease ran out: keep its outcome.
            tx.commit().await?;
            return Ok(());
        }
        let (state, result, error) = match outcome {
            JobOutcome::Done(result) => (JobState::Done, Some(result), None),
            JobOutcome::Failed(error) => (JobState::Failed, None, Some(error)),
        };
        let at = now();
        sqlx::query(
            "UPDATE analysis_jobs SET state = $1, progress = 100, result = $2, error = $3, \
             finished_at = $4, lease_until = 0 WHERE id = $5",
        )
        .bind(state.as_str())
        .bind(result)
        .bind(error)
        .bind(at)
        .bind(job)
        .execute(&mut *tx)
        .await?;
        let org_id = OrgId::from_raw(&org);
        let days = retention_days(&mut tx, &org).await?;
        for upload in upload.into_iter().chain(also_read.map(str::to_owned)) {
            if days == 0 {
                delete_upload(&mut tx, &org_id, &upload, "analysed").await?;
            } else {
                sqlx::query(
                    "UPDATE analysis_uploads SET purge_after = $1 WHERE id = $2 AND org_id = $3",
                )
                .bind(at + days * 86_400)
                .bind(upload)
                .bind(org.clone())
                .execute(&mut *tx)
                .await?;
            }
        }
        record(
            &mut tx,
            &Actor::system("analysis"),
            AuditEvent::new(
                Some(&org_id),
                "analysis_job",
                job,
                "finish",
                None::<&()>,
                Some(&serde_json::json!({ "state": state.as_str() })),
            ),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Fails a job that could not be run at all (its upload gone, or an
    /// internal failure), with the error as JSON.
    pub async fn fail_analysis_job(&self, job: &str, error: &str) -> StoreResult<()> {
        self.finish_analysis_job(job, JobOutcome::Failed(error.to_owned()))
            .await
    }

    /// The organisation's jobs, newest first (at most `limit`).
    pub async fn analysis_jobs(&self, org: &OrgId, limit: i64) -> StoreResult<Vec<AnalysisJob>> {
        let rows = sqlx::query(&format!(
            "SELECT {JOB_COLUMNS} FROM analysis_jobs WHERE org_id = $1 \
             ORDER BY created_at DESC, id DESC LIMIT $2"
        ))
        .bind(org.as_str())
        .bind(limit)
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(job_row).collect()
    }

    /// One job of the organisation.
    pub async fn analysis_job(&self, org: &OrgId, id: &str) -> StoreResult<AnalysisJob> {
        let row = sqlx::query(&format!(
            "SELECT {JOB_COLUMNS} FROM analysis_jobs WHERE id = $1 AND org_id = $2"
        ))
        .bind(id)
        .bind(org.as_str())
        .fetch_optional(&self.pool)
        .await?
        .ok_or(StoreError::Rule(ErrorCode::AnalysisJobNotFound))?;
        job_row(&row)
    }

    /// Fails the jobs whose runs died [`MAX_JOB_ATTEMPTS`] times (each
    /// lease ran out without a result), so that they do not wait for ever.
    /// Returns how many.
    pub async fn fail_abandoned_analysis_jobs(&self) -> StoreResult<usize> {
        let rows = sqlx::query(
            "SELECT id FROM analysis_jobs WHERE state = 'running' AND lease_until < $1 AND attempts >= $2",
        )
        .bind(now())
        .bind(MAX_JOB_ATTEMPTS)
        .fetch_all(&self.pool)
        .await?;
        for row in &rows {
            let id: String = row.try_get("id")?;
            self.finish_analysis_job(
                &id,
                JobOutcome::Failed("{\"code\":\"internal\"}".to_owned()),
            )
            .await?;
        }
        Ok(rows.len())
    }

    /// Deletes every upload whose retention has run out and that no queued
    /// or running job still reads. Safe for several instances at once (a
    /// delete that finds nothing does nothing). Returns how many went.
    pub async fn purge_analysis_uploads(&self) -> StoreResult<u64> {
        let at = now();
        let mut tx = self.write().await?;
        let rows = sqlx::query(
            "SELECT id, org_id FROM analysis_uploads WHERE purge_after < $1 AND NOT EXISTS (\
             SELECT 1 FROM analysis_jobs WHERE analysis_jobs.upload_id = analysis_uploads.id \
             AND analysis_jobs.state IN ('queued', 'running')) ORDER BY id LIMIT 100",
        )
        .bind(at)
        .fetch_all(&mut *tx)
        .await?;
        let mut purged = 0;
        for row in rows {
            let id: String = row.try_get("id")?;
            let org: String = row.try_get("org_id")?;
            if delete_upload(&mut tx, &OrgId::from_raw(&org), &id, "retention").await? {
                purged += 1;
            }
        }
        tx.commit().await?;
        Ok(purged)
    }

    /// Links a finished result to a measure, as evidence.
    pub async fn link_analysis_to_measure(
        &self,
        actor: &Actor,
        org: &OrgId,
        job: &str,
        measure: &str,
    ) -> StoreResult<()> {
        let mut tx = self.write().await?;
        fetch_measure(&mut tx, org, measure).await?;
        let state: String =
            sqlx::query("SELECT state FROM analysis_jobs WHERE id = $1 AND org_id = $2")
                .bind(job)
                .bind(org.as_str())
                .fetch_optional(&mut *tx)
                .await?
                .ok_or(StoreError::Rule(ErrorCode::AnalysisJobNotFound))?
                .try_get(0)?;
        if state != JobState::Done.as_str() {
            return Err(ErrorCode::AnalysisNotFinished.into());
        }
        let inserted = sqlx::query(
            "INSERT INTO measure_analyses (measure_id, job_id, created_by, created_at) \
             VALUES ($1, $2, $3, $4) ON CONFLICT (measure_id, job_id) DO NOTHING",
        )
        .bind(measure)
        .bind(job)
        .bind(user_of(actor))
        .bind(now())
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if inserted > 0 {
            record(
                &mut tx,
                actor,
                AuditEvent::new(
                    Some(org),
                    "measure_analysis",
                    format!("{measure}/{job}"),
                    "create",
                    None::<&()>,
                    Some(&serde_json::json!({ "measure": measure, "job": job })),
                ),
            )
            .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// The results linked to a measure, newest first.
    pub async fn measure_analyses(
        &self,
        org: &OrgId,
        measure: &str,
    ) -> StoreResult<Vec<AnalysisJob>> {
        let rows = sqlx::query(&format!(
            "SELECT {} FROM analysis_jobs JOIN measure_analyses ON measure_analyses.job_id = analysis_jobs.id \
             WHERE measure_analyses.measure_id = $1 AND analysis_jobs.org_id = $2 \
             ORDER BY measure_analyses.created_at DESC",
            JOB_COLUMNS
                .split(", ")
                .map(|c| format!("analysis_jobs.{}", c.trim()))
                .collect::<Vec<_>>()
                .join(", ")
        ))
        .bind(measure)
        .bind(org.as_str())
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(job_row).collect()
    }
}

async fn delete_upload(
    connection: &mut sqlx::AnyConnection,
    org: &OrgId,
    upload: &str,
    why: &str,
) -> StoreResult<bool> {
    let deleted = sqlx::query("DELETE FROM analysis_uploads WHERE id = $1")
        .bind(upload)
        .execute(&mut *connection)
        .await?
        .rows_affected();
    if deleted > 0 {
        record(
            connection,
            &Actor::system("analysis"),
            AuditEvent::new(
                Some(org),
                "analysis_upload",
                upload,
                "delete",
                None::<&()>,
                Some(&serde_json::json!({ "reason": why })),
            ),
        )
        .await?;
    }
    Ok(deleted > 0)
}
