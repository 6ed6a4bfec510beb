//! The analysis worker: runs queued analysis jobs to their end. Jobs are
//! leased rows, so each runs once however many instances there are.

use std::time::Duration;

use jamlik_domain::ErrorCode;
use jamlik_stats::WorkbookLimits;
use jamlik_store::{AnalysisJob, JobOutcome, Store};

use crate::analysis::{analyse_with, Baseline, Kind, Spec};
use crate::AppState;

/// How long a run may hold a job before another instance may take it over.
pub const LEASE_SECONDS: i64 = 600;

/// Runs one claimed job to its end: reads the upload (and an uploaded
/// baseline), analyses it off the async threads, and stores the result or
/// the error (which also deletes the uploads read unless the organisation
/// keeps them).
pub async fn run_job(
    store: &Store,
    job: &AnalysisJob,
    limits: &WorkbookLimits,
) -> Result<(), jamlik_store::StoreError> {
    let limits = *limits;
    let Some(bytes) = store.analysis_job_input(job).await? else {
        return store
            .fail_analysis_job(&job.id, "{\"code\":\"analysis.upload_not_found\"}")
            .await;
    };
    store.set_analysis_progress(&job.id, 30).await?;
    let spec: Spec = match serde_json::from_str(&job.spec) {
        Ok(spec) => spec,
        Err(_) => {
            return store
                .fail_analysis_job(&job.id, "{\"code\":\"analysis.invalid_mapping\"}")
                .await
        }
    };
    let baseline_upload = match &spec.baseline {
        Some(Baseline::Upload { upload, .. }) if spec.kind == Kind::Representation => {
            let org = jamlik_domain::OrgId::from_raw(&job.org_id);
            match store.analysis_upload(&org, upload).await {
                Ok((found, bytes)) => Some((found.id, bytes)),
                Err(jamlik_store::StoreError::Rule(ErrorCode::AnalysisUploadNotFound)) => {
                    return store
                        .fail_analysis_job(&job.id, "{\"code\":\"analysis.baseline_not_found\"}")
                        .await
                }
                Err(error) => return Err(error),
            }
        }
        _ => None,
    };
    let (baseline_id, baseline_bytes) = baseline_upload.unzip();
    let outcome = tokio::task::spawn_blocking(move || {
        analyse_with(&bytes, baseline_bytes.as_deref(), &spec, &limits)
    })
    .await;
    store.set_analysis_progress(&job.id, 90).await?;
    let outcome = match outcome {
        Ok(Ok(result)) => match serde_json::to_string(&result) {
            Ok(json) => JobOutcome::Done(json),
            Err(_) => JobOutcome::Failed("{\"code\":\"internal\"}".to_owned()),
        },
        Ok(Err(error)) => JobOutcome::Failed(error.json()),
        Err(_) => JobOutcome::Failed("{\"code\":\"internal\"}".to_owned()),
    };
    store
        .finish_analysis_job_with(&job.id, outcome, baseline_id.as_deref())
        .await
}

/// Runs queued jobs until none is left, and purges expired uploads. Returns
/// how many jobs ran.
pub async fn run_pending(state: &AppState) -> Result<usize, jamlik_store::StoreError> {
    let store = state.store();
    store.fail_abandoned_analysis_jobs().await?;
    store.purge_analysis_uploads().await?;
    let mut ran = 0;
    while let Some(job) = store.claim_analysis_job(LEASE_SECONDS).await? {
        run_job(store, &job, &state.config().workbook).await?;
        ran += 1;
    }
    Ok(ran)
}

/// The background worker: every instance runs one; jobs are leased rows, so
/// each runs once however many instances there are.
pub async fn run_analysis_worker(state: AppState) {
    let poll = Duration::from_millis(state.config().analysis_poll_millis.max(50));
    loop {
        if let Err(error) = run_pending(&state).await {
            tracing::warn!(%error, "analysis worker");
        }
        tokio::time::sleep(poll).await;
    }
}
