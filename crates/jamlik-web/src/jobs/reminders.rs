//! Deadline reminders to coordinators: before a framework's deadline (the
//! next change of the organisation's national status) by the configured lead
//! times, and after it has passed unmet. One instance at a time runs the job
//! (a lease row), every run is logged, and each mail is sent at most once per
//! organisation, framework, deadline, step and person (the reminder row's
//! key), so a lost lease cannot send twice.

use jamlik_domain::{
    deadlines, lookback_days, reminder_step, IsoDate, Language, ReminderSide, StatusAt,
};
use jamlik_i18n::Translator;
use jamlik_store::{DeadlineDue, DeadlineReminder, OutgoingMail, RunCounts, StoreError};

use crate::AppState;

/// The job's name in the lease table and the run log.
pub const JOB: &str = "deadline-reminders";

/// How long a run may hold the lease before another instance may take over.
const LEASE_SECONDS: i64 = 15 * 60;

/// The reminder mail, in the coordinator's language.
pub(crate) fn compose(state: &AppState, reminder: &DeadlineReminder) -> OutgoingMail {
    let t = Translator::new(
        reminder.recipient.language.unwrap_or(Language::Swedish),
        state.config().display_zone,
    );
    let org = &reminder.organisation;
    let organisation = t
        .pick_name(
            org.name_fi.as_deref(),
            org.name_sv.as_deref(),
            org.name_en.as_deref(),
        )
        .to_owned();
    let base = state.config().public_url.trim_end_matches('/');
    let deadline = reminder
        .due
        .deadline
        .date()
        .and_then(|d| d.with_hms(12, 0, 0).ok())
        .map(|d| t.date(d.assume_utc().unix_timestamp()))
        .unwrap_or_else(|| reminder.due.deadline.to_string());
    let unsubscribe = reminder
        .unsubscribe_secret
        .as_ref()
        .map(|secret| format!("{base}/unsubscribe/{secret}"))
        .unwrap_or_default();
    let args = [
        ("name", reminder.recipient.display_name.clone()),
        ("organisation", organisation),
        (
            "title",
            t.t(&format!("framework-{}", reminder.due.framework.as_str())),
        ),
        ("deadline", deadline),
        ("link", format!("{base}/orgs/{}", org.id)),
        ("value", unsubscribe),
    ];
    let side = match reminder.due.step.side {
        ReminderSide::Before => "before",
        ReminderSide::After => "after",
    };
    OutgoingMail {
        to: reminder.recipient.email.clone(),
        subject: t.t_args(&format!("mail-deadline-{side}-subject"), &args),
        body: t.t_args(&format!("mail-deadline-{side}-body"), &args),
    }
}

/// The deadlines a reminder step is due for on `today`, from the
/// organisations' statuses: each status's next change, when it lies ahead,
/// and each lapsed obligation's deadline.
pub(crate) async fn deadlines_due(
    state: &AppState,
    today: time::Date,
) -> Result<Vec<DeadlineDue>, StoreError> {
    let config = state.config();
    let store = state.store();
    let everyone = jamlik_store::StatusFilter::default();
    let now = store
        .organisation_statuses(&everyone, today, None)
        .await?
        .items;
    let past_day =
        today - time::Duration::days(lookback_days(&config.deadline_reminder_days_after));
    let past = store
        .organisation_statuses(&everyone, past_day, None)
        .await?
        .items;
    let mut due = Vec::new();
    for deadline in deadlines(
        &status_at(&now),
        &status_at(&past),
        &IsoDate::from_date(today),
    ) {
        let Some(date) = deadline.date.date() else {
            continue;
        };
        if let Some(step) = reminder_step(
            today,
            date,
            deadline.lapsed,
            &config.deadline_reminder_days_before,
            &config.deadline_reminder_days_after,
        ) {
            due.push(DeadlineDue {
                org_id: deadline.org_id,
                framework: deadline.framework,
                deadline: deadline.date,
                step,
            });
        }
    }
    Ok(due)
}

/// The statuses as the deadline rule reads them.
fn status_at(rows: &[jamlik_store::StatusRow]) -> Vec<StatusAt<'_>> {
    rows.iter()
        .map(|r| StatusAt {
            org_id: &r.org_id,
            framework: &r.framework,
            next_change: r.next_change.as_ref(),
            in_order: r.status.is_in_order(),
        })
        .collect()
}

/// Runs the job once if this instance gets the lease: finds the steps due
/// today, queues the mails, logs the run. Returns what it did, or `None`
/// when another instance holds the lease.
pub async fn send_deadline_reminders(state: &AppState) -> Result<Option<RunCounts>, StoreError> {
    send_deadline_reminders_on(state, time::OffsetDateTime::now_utc().date()).await
}

/// As [`send_deadline_reminders`], as if today were `today` (for tests and
/// catching up).
pub async fn send_deadline_reminders_on(
    state: &AppState,
    today: time::Date,
) -> Result<Option<RunCounts>, StoreError> {
    let store = state.store();
    let holder = uuid::Uuid::now_v7().to_string();
    if !store.claim_job(JOB, &holder, LEASE_SECONDS).await? {
        return Ok(None);
    }
    let run = store.start_reminder_run(JOB).await?;
    let outcome = async {
        let due = deadlines_due(state, today).await?;
        store
            .queue_deadline_reminders(&due, |reminder| compose(state, reminder))
            .await
    }
    .await;
    let result = match outcome {
        Ok(counts) => {
            store.finish_reminder_run(&run, counts, None).await?;
            Ok(Some(counts))
        }
        Err(error) => {
            store
                .finish_reminder_run(&run, RunCounts::default(), Some(&error.to_string()))
                .await?;
            Err(error)
        }
    };
    store.release_job(JOB, &holder).await?;
    result
}
