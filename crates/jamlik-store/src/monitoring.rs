//! National monitoring, part 2: instructors and the organisations assigned to
//! them, monitors' reviews of plans and the organisations' answers (feedback
//! mail queued in the same transaction), deadline reminders to coordinators
//! with unsubscription and a run log, and the job lease that keeps one
//! instance at a time on a scheduled job.

use jamlik_domain::{
    check_review_answer, check_review_texts, ElementVerdict, ErrorCode, Framework, GlobalRole,
    OrgId, Recommendation, ReminderStep, UserId,
};
use serde::Serialize;
use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Row};

use crate::audit::{record, Actor, AuditEvent};
use crate::users::{fetch_user, user, USER_COLUMNS};
use crate::{
    hash_secret, is_unique_violation, new_id, new_secret, now, Organisation, OutgoingMail, Store,
    StoreError, StoreResult, User,
};

/// One instructor and one organisation assigned to them.
#[derive(Clone, Debug, Serialize)]
pub struct Assignment {
    /// The instructor.
    pub user: User,
    /// The organisation.
    pub organisation: Organisation,
    /// Since when.
    pub since: i64,
}

#[derive(Serialize)]
struct AssignmentRecord<'a> {
    user_id: &'a str,
    org_id: &'a str,
}

/// What a monitor reviewed: the plan in Jämlik, or a self-report.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ReviewSubject {
    /// `plan`, `self_report` or `none` (nothing to review yet: feedback on
    /// the missing plan).
    pub kind: String,
    /// The plan's or self-report's id.
    pub id: Option<String>,
    /// How it is named (the plan's title, the self-report's date).
    pub label: String,
}

/// A review as recorded and sent.
#[derive(Clone, Debug, Serialize)]
pub struct Review {
    /// Its id.
    pub id: String,
    /// The organisation reviewed.
    pub org_id: OrgId,
    /// The framework reviewed against.
    pub framework: Framework,
    /// What was reviewed.
    pub subject: ReviewSubject,
    /// The monitor, when a person.
    pub reviewer_user_id: Option<UserId>,
    /// The monitor as shown.
    pub reviewer_label: String,
    /// One verdict per required element.
    pub verdicts: Vec<ElementVerdict>,
    /// The findings.
    pub findings: String,
    /// The recommendation.
    pub recommendation: Recommendation,
    /// The feedback sent to the organisation.
    pub feedback: String,
    /// When it was sent.
    pub sent_at: i64,
    /// The answers, oldest first.
    pub answers: Vec<ReviewAnswer>,
}

/// An answer to a review (from the organisation, or the monitor's reply).
#[derive(Clone, Debug, Serialize)]
pub struct ReviewAnswer {
    /// Its id.
    pub id: String,
    /// The author, when a person.
    pub author_user_id: Option<UserId>,
    /// The author as shown.
    pub author_label: String,
    /// What they wrote.
    pub body: String,
    /// When.
    pub at: i64,
}

/// A new review, before it is checked.
#[derive(Clone, Debug)]
pub struct ReviewInput {
    /// The framework reviewed against (one the organisation is obliged by).
    pub framework: Framework,
    /// What was reviewed.
    pub subject: ReviewSubject,
    /// One verdict per element.
    pub verdicts: Vec<ElementVerdict>,
    /// The findings (may be empty).
    pub findings: String,
    /// The recommendation.
    pub recommendation: Recommendation,
    /// The feedback to the organisation (not empty).
    pub feedback: String,
}

/// A deadline of an organisation's framework that reminders may be due for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DeadlineDue {
    /// The organisation.
    pub org_id: OrgId,
    /// The framework.
    pub framework: Framework,
    /// The deadline.
    pub deadline: jamlik_domain::IsoDate,
    /// The reminder step due today.
    pub step: ReminderStep,
}

/// One reminder mail to write: who, about what.
#[derive(Clone, Debug)]
pub struct DeadlineReminder {
    /// The deadline and step.
    pub due: DeadlineDue,
    /// The organisation.
    pub organisation: Organisation,
    /// The coordinator it goes to.
    pub recipient: User,
    /// The secret of the unsubscribe link, for reminders that are not mandatory.
    pub unsubscribe_secret: Option<String>,
}

/// What a reminder run did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct RunCounts {
    /// Deadlines with a step due.
    pub considered: i64,
    /// Mails queued.
    pub queued: i64,
    /// Mails not sent because the person unsubscribed.
    pub skipped: i64,
}

/// One run of a reminder job, for the run log.
#[derive(Clone, Debug, Serialize)]
pub struct ReminderRun {
    /// Its id.
    pub id: String,
    /// The job.
    pub job: String,
    /// When it started.
    pub started_at: i64,
    /// When it finished, if it did.
    pub finished_at: Option<i64>,
    /// What it did.
    pub counts: RunCounts,
    /// Why it failed, if it did.
    pub error: Option<String>,
}

/// What an unsubscribe link stands for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnsubscribeLink {
    /// The person's address.
    pub email: String,
    /// The topic.
    pub topic: String,
    /// Whether they have already unsubscribed.
    pub done: bool,
}

const REVIEW_COLUMNS: &str = "id, org_id, framework, subject_kind, subject_id, subject_label, \
     reviewer_user_id, reviewer_label, verdicts, findings, recommendation, feedback, sent_at";

fn review_row(row: &AnyRow) -> StoreResult<Review> {
    let corrupt = |what: &str| StoreError::Corrupt(format!("reviews.{what}"));
    let verdicts: String = row.try_get("verdicts")?;
    Ok(Review {
        id: row.try_get("id")?,
        org_id: OrgId::from_raw(row.try_get::<String, _>("org_id")?),
        framework: Framework::parse(&row.try_get::<String, _>("framework")?)
            .map_err(|_| corrupt("framework"))?,
        subject: ReviewSubject {
            kind: row.try_get("subject_kind")?,
            id: row.try_get("subject_id")?,
            label: row.try_get("subject_label")?,
        },
        reviewer_user_id: row
            .try_get::<Option<String>, _>("reviewer_user_id")?
            .map(UserId::from_raw),
        reviewer_label: row.try_get("reviewer_label")?,
        verdicts: serde_json::from_str(&verdicts).map_err(|_| corrupt("verdicts"))?,
        findings: row.try_get("findings")?,
        recommendation: Recommendation::parse(&row.try_get::<String, _>("recommendation")?)
            .map_err(|_| corrupt("recommendation"))?,
        feedback: row.try_get("feedback")?,
        sent_at: row.try_get("sent_at")?,
        answers: Vec::new(),
    })
}

fn answer_row(row: &AnyRow) -> StoreResult<ReviewAnswer> {
    Ok(ReviewAnswer {
        id: row.try_get("id")?,
        author_user_id: row
            .try_get::<Option<String>, _>("author_user_id")?
            .map(UserId::from_raw),
        author_label: row.try_get("author_label")?,
        body: row.try_get("body")?,
        at: row.try_get("at")?,
    })
}

/// The coordinators of an organisation.
async fn coordinators_of(connection: &mut AnyConnection, org: &OrgId) -> StoreResult<Vec<User>> {
    sqlx::query(&format!(
        "SELECT {USER_COLUMNS} FROM memberships JOIN users ON users.id = memberships.user_id \
         WHERE memberships.org_id = $1 AND memberships.role = 'coordinator' ORDER BY users.email"
    ))
    .bind(org.as_str())
    .fetch_all(&mut *connection)
    .await?
    .iter()
    .map(user)
    .collect()
}

async fn fetch_review(
    connection: &mut AnyConnection,
    org: &OrgId,
    id: &str,
) -> StoreResult<Review> {
    let row = sqlx::query(&format!(
        "SELECT {REVIEW_COLUMNS} FROM reviews WHERE org_id = $1 AND id = $2"
    ))
    .bind(org.as_str())
    .bind(id)
    .fetch_optional(&mut *connection)
    .await?
    .ok_or(StoreError::Rule(ErrorCode::ReviewNotFound))?;
    let mut review = review_row(&row)?;
    review.answers = sqlx::query(
        "SELECT id, author_user_id, author_label, body, at FROM review_answers \
         WHERE review_id = $1 ORDER BY at, id",
    )
    .bind(id)
    .fetch_all(&mut *connection)
    .await?
    .iter()
    .map(answer_row)
    .collect::<StoreResult<_>>()?;
    Ok(review)
}

impl Store {
    /// Assigns an organisation to an instructor (a person with that global role).
    pub async fn assign_instructor(
        &self,
        actor: &Actor,
        instructor: &UserId,
        org: &OrgId,
    ) -> StoreResult<()> {
        let mut tx = self.write().await?;
        let person = fetch_user(&mut tx, instructor).await?;
        if person.global_role != Some(GlobalRole::Instructor) {
            return Err(ErrorCode::NotAnInstructor.into());
        }
        crate::organisations::fetch(&mut tx, org).await?;
        let inserted = sqlx::query(
            "INSERT INTO instructor_assignments (user_id, org_id, created_at) VALUES ($1, $2, $3)",
        )
        .bind(instructor.as_str())
        .bind(org.as_str())
        .bind(now())
        .execute(&mut *tx)
        .await;
        match inserted {
            Err(error) if is_unique_violation(&error) => {
                return Err(ErrorCode::DuplicateAssignment.into())
            }
            Err(error) => return Err(error.into()),
            Ok(_) => {}
        }
        let after = AssignmentRecord {
            user_id: instructor.as_str(),
            org_id: org.as_str(),
        };
        record(
            &mut tx,
            actor,
            AuditEvent::new(
                Some(org),
                "instructor_assignment",
                instructor.as_str(),
                "create",
                None::<&()>,
                Some(&after),
            ),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Ends an instructor's assignment to an organisation.
    pub async fn unassign_instructor(
        &self,
        actor: &Actor,
        instructor: &UserId,
        org: &OrgId,
    ) -> StoreResult<()> {
        let mut tx = self.write().await?;
        let removed =
            sqlx::query("DELETE FROM instructor_assignments WHERE user_id = $1 AND org_id = $2")
                .bind(instructor.as_str())
                .bind(org.as_str())
                .execute(&mut *tx)
                .await?
                .rows_affected();
        if removed == 0 {
            return Err(ErrorCode::AssignmentNotFound.into());
        }
        let before = AssignmentRecord {
            user_id: instructor.as_str(),
            org_id: org.as_str(),
        };
        record(
            &mut tx,
            actor,
            AuditEvent::new(
                Some(org),
                "instructor_assignment",
                instructor.as_str(),
                "delete",
                Some(&before),
                None::<&()>,
            ),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Whether the organisation is assigned to the person.
    pub async fn is_assigned(&self, instructor: &UserId, org: &OrgId) -> StoreResult<bool> {
        Ok(
            sqlx::query("SELECT 1 FROM instructor_assignments WHERE user_id = $1 AND org_id = $2")
                .bind(instructor.as_str())
                .bind(org.as_str())
                .fetch_optional(&self.pool)
                .await?
                .is_some(),
        )
    }

    /// The organisations assigned to an instructor, by id.
    pub async fn assigned_organisations(&self, instructor: &UserId) -> StoreResult<Vec<OrgId>> {
        sqlx::query("SELECT org_id FROM instructor_assignments WHERE user_id = $1 ORDER BY org_id")
            .bind(instructor.as_str())
            .fetch_all(&self.pool)
            .await?
            .iter()
            .map(|row| Ok(OrgId::from_raw(row.try_get::<String, _>(0)?)))
            .collect()
    }

    /// Every assignment, by instructor and organisation.
    pub async fn assignments(&self) -> StoreResult<Vec<Assignment>> {
        let rows = sqlx::query(&format!(
            "SELECT {USER_COLUMNS}, instructor_assignments.org_id, instructor_assignments.created_at AS since \
             FROM instructor_assignments JOIN users ON users.id = instructor_assignments.user_id \
             ORDER BY users.display_name, users.email, instructor_assignments.org_id"
        ))
        .fetch_all(&self.pool)
        .await?;
        let mut connection = self.pool.acquire().await?;
        let mut all = Vec::with_capacity(rows.len());
        for row in rows {
            let org = OrgId::from_raw(row.try_get::<String, _>("org_id")?);
            all.push(Assignment {
                user: user(&row)?,
                organisation: crate::organisations::fetch(&mut connection, &org).await?,
                since: row.try_get("since")?,
            });
        }
        Ok(all)
    }

    /// The people with the instructor role.
    pub async fn instructors(&self) -> StoreResult<Vec<User>> {
        sqlx::query(&format!(
            "SELECT {USER_COLUMNS} FROM users WHERE global_role = 'instructor' ORDER BY display_name, email"
        ))
        .fetch_all(&self.pool)
        .await?
        .iter()
        .map(user)
        .collect()
    }

    /// Records a review and queues the feedback mail `compose` writes to each
    /// of the organisation's coordinators, in one transaction.
    pub async fn create_review(
        &self,
        actor: &Actor,
        org: &OrgId,
        input: ReviewInput,
        compose: impl Fn(&Review, &User) -> OutgoingMail,
    ) -> StoreResult<Review> {
        let (findings, feedback) = check_review_texts(&input.findings, &input.feedback)?;
        for verdict in &input.verdicts {
            jamlik_domain::check_text(&verdict.note, jamlik_domain::MAX_TEXT)?;
        }
        let mut tx = self.write().await?;
        let organisation = crate::organisations::fetch(&mut tx, org).await?;
        if !organisation.frameworks.contains(&input.framework) {
            return Err(ErrorCode::FrameworkNotObliged.into());
        }
        let mut subject = input.subject;
        if subject.kind == "plan" {
            // The plan must be the organisation's; its title names it.
            let title: String =
                sqlx::query("SELECT title FROM plans WHERE id = $1 AND org_id = $2")
                    .bind(subject.id.clone().unwrap_or_default())
                    .bind(org.as_str())
                    .fetch_optional(&mut *tx)
                    .await?
                    .ok_or(StoreError::Rule(ErrorCode::PlanNotFound))?
                    .try_get(0)?;
            subject.label = title;
        } else if subject.kind == "self_report" {
            // The self-report must be the organisation's, for the framework
            // reviewed; its approval date and body name it.
            let row = sqlx::query(
                "SELECT approved_on, approved_body FROM self_reports \
                 WHERE id = $1 AND org_id = $2 AND framework = $3",
            )
            .bind(subject.id.clone().unwrap_or_default())
            .bind(org.as_str())
            .bind(input.framework.as_str())
            .fetch_optional(&mut *tx)
            .await?
            .ok_or(StoreError::Rule(ErrorCode::ReportNotFound))?;
            let approved_on: String = row.try_get(0)?;
            let approved_body: String = row.try_get(1)?;
            subject.label = crate::national::self_report_label(&approved_on, &approved_body);
        } else if subject.kind != "none" {
            return Err(ErrorCode::NotFound.into());
        }
        let review = Review {
            id: new_id(),
            org_id: org.clone(),
            framework: input.framework,
            subject,
            reviewer_user_id: actor.user_id.clone(),
            reviewer_label: actor.label.clone(),
            verdicts: input.verdicts,
            findings,
            recommendation: input.recommendation,
            feedback,
            sent_at: now(),
            answers: Vec::new(),
        };
        let verdicts = serde_json::to_string(&review.verdicts)
            .map_err(|e| StoreError::Corrupt(format!("verdicts: {e}")))?;
        sqlx::query(&format!(
            "INSERT INTO reviews ({REVIEW_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)"
        ))
        .bind(review.id.clone())
        .bind(org.as_str())
        .bind(review.framework.as_str())
        .bind(review.subject.kind.clone())
        .bind(review.subject.id.clone())
        .bind(review.subject.label.clone())
        .bind(review.reviewer_user_id.as_ref().map(|u| u.as_str().to_owned()))
        .bind(review.reviewer_label.clone())
        .bind(verdicts)
        .bind(review.findings.clone())
        .bind(review.recommendation.as_str())
        .bind(review.feedback.clone())
        .bind(review.sent_at)
        .execute(&mut *tx)
        .await?;
        for coordinator in coordinators_of(&mut tx, org).await? {
            crate::mail::enqueue(&mut tx, &compose(&review, &coordinator)).await?;
        }
        record(
            &mut tx,
            actor,
            AuditEvent::new(
                Some(org),
                "review",
                review.id.clone(),
                "send",
                None::<&()>,
                Some(&review),
            ),
        )
        .await?;
        tx.commit().await?;
        Ok(review)
    }

    /// An organisation's reviews, newest first, with their answers.
    pub async fn reviews(&self, org: &OrgId) -> StoreResult<Vec<Review>> {
        let ids: Vec<String> =
            sqlx::query("SELECT id FROM reviews WHERE org_id = $1 ORDER BY sent_at DESC, id DESC")
                .bind(org.as_str())
                .fetch_all(&self.pool)
                .await?
                .iter()
                .map(|row| row.try_get(0))
                .collect::<Result<_, _>>()?;
        let mut connection = self.pool.acquire().await?;
        let mut reviews = Vec::with_capacity(ids.len());
        for id in ids {
            reviews.push(fetch_review(&mut connection, org, &id).await?);
        }
        Ok(reviews)
    }

    /// One review of an organisation, with its answers.
    pub async fn review(&self, org: &OrgId, id: &str) -> StoreResult<Review> {
        let mut connection = self.pool.acquire().await?;
        fetch_review(&mut connection, org, id).await
    }

    /// Records an answer to a review and queues the mail `compose` writes to
    /// the other side (the reviewer when the organisation answers, the
    /// coordinators when the monitor replies), in one transaction.
    pub async fn answer_review(
        &self,
        actor: &Actor,
        org: &OrgId,
        review_id: &str,
        body: &str,
        compose: impl Fn(&Review, &ReviewAnswer, &User) -> OutgoingMail,
    ) -> StoreResult<ReviewAnswer> {
        let body = check_review_answer(body)?;
        let mut tx = self.write().await?;
        let review = fetch_review(&mut tx, org, review_id).await?;
        let answer = ReviewAnswer {
            id: new_id(),
            author_user_id: actor.user_id.clone(),
            author_label: actor.label.clone(),
            body,
            at: now(),
        };
        sqlx::query(
            "INSERT INTO review_answers (id, review_id, author_user_id, author_label, body, at) \
             VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(answer.id.clone())
        .bind(review.id.clone())
        .bind(
            answer
                .author_user_id
                .as_ref()
                .map(|u| u.as_str().to_owned()),
        )
        .bind(answer.author_label.clone())
        .bind(answer.body.clone())
        .bind(answer.at)
        .execute(&mut *tx)
        .await?;
        let from_reviewer = actor.user_id.is_some() && actor.user_id == review.reviewer_user_id;
        let recipients = if from_reviewer {
            coordinators_of(&mut tx, org).await?
        } else {
            match &review.reviewer_user_id {
                Some(reviewer) => vec![fetch_user(&mut tx, reviewer).await?],
                None => Vec::new(),
            }
        };
        for recipient in recipients {
            crate::mail::enqueue(&mut tx, &compose(&review, &answer, &recipient)).await?;
        }
        record(
            &mut tx,
            actor,
            AuditEvent::new(
                Some(org),
                "review_answer",
                answer.id.clone(),
                "create",
                None::<&()>,
                Some(&answer),
            ),
        )
        .await?;
        tx.commit().await?;
        Ok(answer)
    }

    /// Takes the lease on a scheduled job for `lease_seconds` unless another
    /// holder has it. On PostgreSQL the row is claimed with `FOR UPDATE SKIP
    /// LOCKED`, so an instance never waits on another; on SQLite the write
    /// lock serialises the claim. Returns whether `holder` now has it.
    pub async fn claim_job(
        &self,
        job: &str,
        holder: &str,
        lease_seconds: i64,
    ) -> StoreResult<bool> {
        let at = now();
        sqlx::query("INSERT INTO job_leases (job, holder, lease_until) VALUES ($1, '', 0) ON CONFLICT DO NOTHING")
            .bind(job)
            .execute(&self.pool)
            .await?;
        let lock = self.backend.claim_lock();
        let mut tx = self.write().await?;
        let free = sqlx::query(&format!(
            "SELECT job FROM job_leases WHERE job = $1 AND lease_until < $2{lock}"
        ))
        .bind(job)
        .bind(at)
        .fetch_optional(&mut *tx)
        .await?
        .is_some();
        if free {
            sqlx::query("UPDATE job_leases SET holder = $1, lease_until = $2 WHERE job = $3")
                .bind(holder)
                .bind(at + lease_seconds)
                .bind(job)
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
        Ok(free)
    }

    /// Gives a job's lease back (when the run is over), if `holder` has it.
    pub async fn release_job(&self, job: &str, holder: &str) -> StoreResult<()> {
        sqlx::query("UPDATE job_leases SET lease_until = 0 WHERE job = $1 AND holder = $2")
            .bind(job)
            .bind(holder)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Starts a run in the run log; returns its id.
    pub async fn start_reminder_run(&self, job: &str) -> StoreResult<String> {
        let id = new_id();
        sqlx::query("INSERT INTO reminder_runs (id, job, started_at) VALUES ($1, $2, $3)")
            .bind(id.clone())
            .bind(job)
            .bind(now())
            .execute(&self.pool)
            .await?;
        Ok(id)
    }

    /// Ends a run in the run log with what it did, or why it failed.
    pub async fn finish_reminder_run(
        &self,
        id: &str,
        counts: RunCounts,
        error: Option<&str>,
    ) -> StoreResult<()> {
        sqlx::query(
            "UPDATE reminder_runs SET finished_at = $1, considered = $2, queued = $3, skipped = $4, error = $5 WHERE id = $6",
        )
        .bind(now())
        .bind(counts.considered)
        .bind(counts.queued)
        .bind(counts.skipped)
        .bind(error.map(|e| e.chars().take(500).collect::<String>()))
        .bind(id)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// The newest runs of the reminder jobs.
    pub async fn reminder_runs(&self, limit: i64) -> StoreResult<Vec<ReminderRun>> {
        sqlx::query(
            "SELECT id, job, started_at, finished_at, considered, queued, skipped, error \
             FROM reminder_runs ORDER BY started_at DESC, id DESC LIMIT $1",
        )
        .bind(limit)
        .fetch_all(&self.pool)
        .await?
        .iter()
        .map(|row| {
            Ok(ReminderRun {
                id: row.try_get("id")?,
                job: row.try_get("job")?,
                started_at: row.try_get("started_at")?,
                finished_at: row.try_get("finished_at")?,
                counts: RunCounts {
                    considered: row.try_get("considered")?,
                    queued: row.try_get("queued")?,
                    skipped: row.try_get("skipped")?,
                },
                error: row.try_get("error")?,
            })
        })
        .collect()
    }

    /// Queues one reminder per coordinator for each deadline step due, at
    /// most once per organisation, framework, deadline, step and person (the
    /// reminder row's key decides, so two instances running at once send it
    /// once), leaving out people who unsubscribed from reminders that are
    /// not mandatory. Each mail and its unsubscribe link are written in the
    /// transaction of its reminder row.
    pub async fn queue_deadline_reminders(
        &self,
        due: &[DeadlineDue],
        compose: impl Fn(&DeadlineReminder) -> OutgoingMail,
    ) -> StoreResult<RunCounts> {
        let mut counts = RunCounts::default();
        for deadline in due {
            counts.considered += 1;
            let mut connection = self.pool.acquire().await?;
            let organisation =
                crate::organisations::fetch(&mut connection, &deadline.org_id).await?;
            let recipients = coordinators_of(&mut connection, &deadline.org_id).await?;
            drop(connection);
            for recipient in recipients {
                let mut tx = self.write().await?;
                if let Some(topic) = deadline.step.topic() {
                    let unsubscribed = sqlx::query(
                        "SELECT 1 FROM reminder_unsubscribes WHERE user_id = $1 AND topic = $2",
                    )
                    .bind(recipient.id.as_str())
                    .bind(topic)
                    .fetch_optional(&mut *tx)
                    .await?
                    .is_some();
                    if unsubscribed {
                        counts.skipped += 1;
                        tx.commit().await?;
                        continue;
                    }
                }
                let inserted = sqlx::query(
                    "INSERT INTO deadline_reminders (org_id, framework, deadline, step, user_id, sent_at) \
                     VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING",
                )
                .bind(deadline.org_id.as_str())
                .bind(deadline.framework.as_str())
                .bind(deadline.deadline.as_str())
                .bind(deadline.step.key())
                .bind(recipient.id.as_str())
                .bind(now())
                .execute(&mut *tx)
                .await?
                .rows_affected();
                if inserted == 1 {
                    let unsubscribe_secret = match deadline.step.topic() {
                        Some(topic) => {
                            let secret = new_secret();
                            sqlx::query(
                                "INSERT INTO unsubscribe_links (token_hash, user_id, topic, created_at) VALUES ($1, $2, $3, $4)",
                            )
                            .bind(hash_secret(&secret))
                            .bind(recipient.id.as_str())
                            .bind(topic)
                            .bind(now())
                            .execute(&mut *tx)
                            .await?;
                            Some(secret)
                        }
                        None => None,
                    };
                    let reminder = DeadlineReminder {
                        due: deadline.clone(),
                        organisation: organisation.clone(),
                        recipient,
                        unsubscribe_secret,
                    };
                    crate::mail::enqueue(&mut tx, &compose(&reminder)).await?;
                    counts.queued += 1;
                }
                tx.commit().await?;
            }
        }
        Ok(counts)
    }

    /// What an unsubscribe link stands for.
    pub async fn unsubscribe_link(&self, secret: &str) -> StoreResult<UnsubscribeLink> {
        let row = sqlx::query(
            "SELECT users.email, unsubscribe_links.topic, \
             (SELECT COUNT(*) FROM reminder_unsubscribes WHERE reminder_unsubscribes.user_id = unsubscribe_links.user_id \
              AND reminder_unsubscribes.topic = unsubscribe_links.topic) AS done \
             FROM unsubscribe_links JOIN users ON users.id = unsubscribe_links.user_id WHERE token_hash = $1",
        )
        .bind(hash_secret(secret))
        .fetch_optional(&self.pool)
        .await?
        .ok_or(StoreError::Rule(ErrorCode::LinkInvalid))?;
        Ok(UnsubscribeLink {
            email: row.try_get("email")?,
            topic: row.try_get("topic")?,
            done: row.try_get::<i64, _>("done")? > 0,
        })
    }

    /// Unsubscribes the person a link was mailed to from its topic (again is
    /// harmless). Works without signing in: the link's secret is the proof.
    pub async fn unsubscribe(&self, secret: &str) -> StoreResult<UnsubscribeLink> {
        let mut tx = self.write().await?;
        let row = sqlx::query("SELECT user_id, topic FROM unsubscribe_links WHERE token_hash = $1")
            .bind(hash_secret(secret))
            .fetch_optional(&mut *tx)
            .await?
            .ok_or(StoreError::Rule(ErrorCode::LinkInvalid))?;
        let user_id = UserId::from_raw(row.try_get::<String, _>("user_id")?);
        let topic: String = row.try_get("topic")?;
        let person = fetch_user(&mut tx, &user_id).await?;
        let inserted = sqlx::query(
            "INSERT INTO reminder_unsubscribes (user_id, topic, at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
        )
        .bind(user_id.as_str())
        .bind(topic.clone())
        .bind(now())
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if inserted == 1 {
            let actor = Actor {
                user_id: Some(user_id.clone()),
                label: person.email.clone(),
                request_id: None,
            };
            record(
                &mut tx,
                &actor,
                AuditEvent::new(
                    None,
                    "reminder_subscription",
                    user_id.as_str(),
                    "unsubscribe",
                    None::<&()>,
                    Some(&serde_json::json!({ "topic": topic })),
                ),
            )
            .await?;
        }
        tx.commit().await?;
        Ok(UnsubscribeLink {
            email: person.email,
            topic,
            done: true,
        })
    }
}
