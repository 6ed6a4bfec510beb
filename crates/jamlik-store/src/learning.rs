//! Online training: lessons read, quiz attempts and certificates.
//!
//! Completion is decided in the transaction that meets a course's last
//! requirement (every lesson read, every module's quiz passed in the current
//! cycle), never by a periodic job. That same transaction writes the
//! certificate, once: `(user, course, cycle)` is unique, and a certificate
//! keeps the course version and title it was earned with, so a later version
//! of the course never touches it. Re-certification opens a new cycle in
//! which the quizzes are taken again; the earlier certificates stay.

use std::collections::HashSet;

use jamlik_domain::{ErrorCode, IsoDate, UserId};
use jamlik_packs::{Course, Text};
use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Row};

use crate::audit::{record, Actor, AuditEvent};
use crate::planning::corrupt;
use crate::{is_unique_violation, new_id, now, Store, StoreError, StoreResult};

/// The longest name shown on a certificate, in characters.
pub const MAX_CERTIFICATE_NAME: usize = 120;

/// How long before a certificate expires its holder may renew it, in days.
pub const RENEW_WINDOW_DAYS: i64 = 90;

/// How many days before a certificate expires its holder is reminded.
pub const EXPIRY_REMINDER_DAYS: i64 = 30;

/// A certificate about to expire, with whom to remind.
#[derive(Clone, Debug)]
pub struct ExpiringCertificate {
    /// The certificate.
    pub certificate: Certificate,
    /// The holder's e-mail.
    pub email: String,
    /// The holder's display name.
    pub display_name: String,
    /// The holder's language, if chosen.
    pub language: Option<jamlik_domain::Language>,
}

/// A person's place in a course.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CourseProgress {
    /// Whether the person has begun the course.
    pub started: bool,
    /// The cycle: 1, then one more for each re-certification.
    pub cycle: i64,
    /// When the current cycle was completed.
    pub completed_at: Option<i64>,
    /// The lessons read (in any cycle).
    pub lessons_read: HashSet<String>,
    /// The modules whose quiz was passed in the current cycle.
    pub quizzes_passed: HashSet<String>,
}

impl CourseProgress {
    /// Whether a lesson has been read.
    pub fn has_read(&self, lesson: &str) -> bool {
        self.lessons_read.contains(lesson)
    }

    /// Whether a module's quiz has been passed in this cycle.
    pub fn has_passed(&self, module: &str) -> bool {
        self.quizzes_passed.contains(module)
    }

    /// Requirements met and in all, for a course.
    pub fn done_of(&self, course: &Course) -> (usize, usize) {
        let lessons = course.lessons().filter(|(_, l)| self.has_read(&l.id));
        let quizzes = course.quizzes().filter(|(m, _)| self.has_passed(&m.id));
        let total = course.lessons().count() + course.quizzes().count();
        (lessons.count() + quizzes.count(), total)
    }
}

/// One answer: the question and the option chosen.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct QuizAnswer {
    /// The question's id.
    pub question: String,
    /// The chosen option's id.
    pub option: String,
}

/// A quiz attempt.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QuizAttempt {
    /// Its id.
    pub id: String,
    /// The course.
    pub course_id: String,
    /// The module whose quiz it is.
    pub module_id: String,
    /// The course version it was drawn from.
    pub course_version: String,
    /// The questions drawn, in the order shown.
    pub questions: Vec<String>,
    /// When it began.
    pub started_at: i64,
    /// When the time is up.
    pub deadline: i64,
    /// When it was submitted.
    pub submitted_at: Option<i64>,
    /// The answers given.
    pub answers: Vec<QuizAnswer>,
    /// How many were right.
    pub correct: Option<i64>,
    /// Whether it passed.
    pub passed: Option<bool>,
}

/// The kind of a certificate.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CertificateKind {
    /// The course's every lesson read and every quiz passed.
    Completion,
}

impl CertificateKind {
    /// Its stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            CertificateKind::Completion => "completion",
        }
    }
}

/// Whether a certificate holds today.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CertificateState {
    /// It holds.
    Valid,
    /// Its time has passed.
    Expired,
    /// It was withdrawn.
    Revoked,
}

/// A certificate as issued.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Certificate {
    /// The code that verifies it (`ABCD-EFGH-JKLM`).
    pub code: String,
    /// The course.
    pub course_id: String,
    /// The course version it was earned with.
    pub course_version: String,
    /// The course's title when it was earned.
    pub course_title: Text,
    /// What it certifies.
    pub kind: String,
    /// 1 for the first, one more for each re-certification.
    pub cycle: i64,
    /// The name the holder chose to show.
    pub holder_name: String,
    /// When it was issued.
    pub issued_at: i64,
    /// The day it was issued.
    pub issued_on: IsoDate,
    /// The last day it is valid, if it expires.
    pub expires_on: Option<IsoDate>,
    /// When it was revoked.
    pub revoked_at: Option<i64>,
}

impl Certificate {
    /// Its state on a day.
    pub fn state(&self, today: &IsoDate) -> CertificateState {
        if self.revoked_at.is_some() {
            CertificateState::Revoked
        } else if self.expires_on.as_ref().is_some_and(|e| e < today) {
            CertificateState::Expired
        } else {
            CertificateState::Valid
        }
    }
}

/// The code's alphabet: no 0/O, 1/I to misread.
const CODE_ALPHABET: &[u8] = b"ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

fn new_code() -> String {
    use rand::Rng;
    let mut rng = rand::thread_rng();
    let mut code = String::with_capacity(14);
    for i in 0..12 {
        if i > 0 && i % 4 == 0 {
            code.push('-');
        }
        let index = rng.gen_range(0..CODE_ALPHABET.len());
        code.push(char::from(CODE_ALPHABET[index]));
    }
    code
}

/// A code as typed (any case, spaces or dashes anywhere) in its stored form,
/// or none when it cannot be one.
pub fn normalise_code(raw: &str) -> Option<String> {
    let letters: Vec<u8> = raw
        .bytes()
        .filter(|b| !matches!(b, b'-' | b' '))
        .map(|b| b.to_ascii_uppercase())
        .collect();
    if letters.len() != 12 || !letters.iter().all(|b| CODE_ALPHABET.contains(b)) {
        return None;
    }
    let mut code = String::with_capacity(14);
    for (i, b) in letters.iter().enumerate() {
        if i > 0 && i % 4 == 0 {
            code.push('-');
        }
        code.push(char::from(*b));
    }
    Some(code)
}

/// The day `months` after `date` (the month's last day when it is shorter).
fn add_months(date: &IsoDate, months: u32) -> Option<IsoDate> {
    let d = date.date()?;
    let total = d.year() * 12 + i32::from(u8::from(d.month())) - 1 + i32::try_from(months).ok()?;
    let year = total.div_euclid(12);
    let month = time::Month::try_from(u8::try_from(total.rem_euclid(12) + 1).ok()?).ok()?;
    let last = month.length(year);
    let day = d.day().min(last);
    time::Date::from_calendar_date(year, month, day)
        .ok()
        .map(IsoDate::from_date)
}

fn today_utc() -> IsoDate {
    IsoDate::from_date(time::OffsetDateTime::now_utc().date())
}

fn attempt_row(row: &AnyRow) -> StoreResult<QuizAttempt> {
    let questions: String = row.try_get("questions_json")?;
    let answers: Option<String> = row.try_get("answers_json")?;
    Ok(QuizAttempt {
        id: row.try_get("id")?,
        course_id: row.try_get("course_id")?,
        module_id: row.try_get("module_id")?,
        course_version: row.try_get("course_version")?,
        questions: serde_json::from_str(&questions).map_err(|_| corrupt("questions_json"))?,
        started_at: row.try_get("started_at")?,
        deadline: row.try_get("deadline")?,
        submitted_at: row.try_get("submitted_at")?,
        answers: match answers {
            Some(a) => serde_json::from_str(&a).map_err(|_| corrupt("answers_json"))?,
            None => Vec::new(),
        },
        correct: row.try_get("correct")?,
        passed: row.try_get::<Option<i64>, _>("passed")?.map(|p| p != 0),
    })
}

fn certificate_row(row: &AnyRow) -> StoreResult<Certificate> {
    let title: String = row.try_get("course_title_json")?;
    let date = |column: &str| -> StoreResult<Option<IsoDate>> {
        row.try_get::<Option<String>, _>(column)?
            .map(|d| IsoDate::parse(&d).map_err(|_| corrupt(column)))
            .transpose()
    };
    Ok(Certificate {
        code: row.try_get("code")?,
        course_id: row.try_get("course_id")?,
        course_version: row.try_get("course_version")?,
        course_title: serde_json::from_str(&title).map_err(|_| corrupt("course_title_json"))?,
        kind: row.try_get("kind")?,
        cycle: row.try_get("cycle")?,
        holder_name: row.try_get("holder_name")?,
        issued_at: row.try_get("issued_at")?,
        issued_on: date("issued_on")?.ok_or_else(|| corrupt("issued_on"))?,
        expires_on: date("expires_on")?,
        revoked_at: row.try_get("revoked_at")?,
    })
}

const CERTIFICATE_COLUMNS: &str = "code, course_id, course_version, course_title_json, kind, \
    cycle, holder_name, issued_at, issued_on, expires_on, revoked_at";

/// The person's enrolment (cycle, completed) in a course, begun if need be.
async fn enrol(tx: &mut AnyConnection, user: &UserId, course: &str) -> StoreResult<(i64, bool)> {
    let found = sqlx::query(
        "SELECT cycle, completed_at FROM course_enrolments WHERE user_id = $1 AND course_id = $2",
    )
    .bind(user.as_str())
    .bind(course)
    .fetch_optional(&mut *tx)
    .await?;
    if let Some(row) = found {
        let completed: Option<i64> = row.try_get("completed_at")?;
        return Ok((row.try_get("cycle")?, completed.is_some()));
    }
    sqlx::query(
        "INSERT INTO course_enrolments (user_id, course_id, cycle, started_at) VALUES ($1, $2, 1, $3)",
    )
    .bind(user.as_str())
    .bind(course)
    .bind(now())
    .execute(&mut *tx)
    .await?;
    Ok((1, false))
}

async fn progress_in(
    tx: &mut AnyConnection,
    user: &UserId,
    course: &str,
) -> StoreResult<CourseProgress> {
    let enrolment = sqlx::query(
        "SELECT cycle, completed_at FROM course_enrolments WHERE user_id = $1 AND course_id = $2",
    )
    .bind(user.as_str())
    .bind(course)
    .fetch_optional(&mut *tx)
    .await?;
    let Some(enrolment) = enrolment else {
        return Ok(CourseProgress {
            cycle: 1,
            ..CourseProgress::default()
        });
    };
    let cycle: i64 = enrolment.try_get("cycle")?;
    let lessons_read =
        sqlx::query("SELECT lesson_id FROM lesson_reads WHERE user_id = $1 AND course_id = $2")
            .bind(user.as_str())
            .bind(course)
            .fetch_all(&mut *tx)
            .await?
            .iter()
            .map(|row| row.try_get::<String, _>("lesson_id"))
            .collect::<Result<_, _>>()?;
    let quizzes_passed = sqlx::query(
        "SELECT DISTINCT module_id FROM quiz_attempts \
         WHERE user_id = $1 AND course_id = $2 AND cycle = $3 AND passed = 1",
    )
    .bind(user.as_str())
    .bind(course)
    .bind(cycle)
    .fetch_all(&mut *tx)
    .await?
    .iter()
    .map(|row| row.try_get::<String, _>("module_id"))
    .collect::<Result<_, _>>()?;
    Ok(CourseProgress {
        started: true,
        cycle,
        completed_at: enrolment.try_get("completed_at")?,
        lessons_read,
        quizzes_passed,
    })
}

/// Issues the certificate if this change met the course's last requirement.
async fn complete_if_done(
    tx: &mut AnyConnection,
    user: &UserId,
    course: &Course,
) -> StoreResult<Option<Certificate>> {
    let progress = progress_in(tx, user, &course.id).await?;
    let (done, total) = progress.done_of(course);
    if progress.completed_at.is_some() || done < total {
        return Ok(None);
    }
    let at = now();
    let issued_on = today_utc();
    let expires_on = match course.valid_months {
        Some(months) => Some(add_months(&issued_on, months).ok_or_else(|| corrupt("expiry"))?),
        None => None,
    };
    let holder_name: String = sqlx::query(
        "SELECT COALESCE(certificate_names.shown_name, users.display_name) AS name FROM users \
         LEFT JOIN certificate_names ON certificate_names.user_id = users.id WHERE users.id = $1",
    )
    .bind(user.as_str())
    .fetch_one(&mut *tx)
    .await?
    .try_get("name")?;
    let title =
        serde_json::to_string(&course.title).map_err(|e| StoreError::Corrupt(e.to_string()))?;
    let certificate = Certificate {
        code: new_code(),
        course_id: course.id.clone(),
        course_version: course.version.clone(),
        course_title: course.title.clone(),
        kind: CertificateKind::Completion.as_str().to_owned(),
        cycle: progress.cycle,
        holder_name,
        issued_at: at,
        issued_on,
        expires_on,
        revoked_at: None,
    };
    let inserted = sqlx::query(
        "INSERT INTO certificates (code, user_id, course_id, course_version, course_title_json, \
         kind, cycle, holder_name, issued_at, issued_on, expires_on) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
    )
    .bind(&certificate.code)
    .bind(user.as_str())
    .bind(&certificate.course_id)
    .bind(&certificate.course_version)
    .bind(title)
    .bind(&certificate.kind)
    .bind(certificate.cycle)
    .bind(&certificate.holder_name)
    .bind(at)
    .bind(certificate.issued_on.as_str())
    .bind(
        certificate
            .expires_on
            .as_ref()
            .map(|d| d.as_str().to_owned()),
    )
    .execute(&mut *tx)
    .await;
    match inserted {
        // Already issued for this cycle: never a second one.
        Err(error) if is_unique_violation(&error) => return Ok(None),
        other => {
            other?;
        }
    }
    sqlx::query(
        "UPDATE course_enrolments SET completed_at = $1 WHERE user_id = $2 AND course_id = $3",
    )
    .bind(at)
    .bind(user.as_str())
    .bind(&course.id)
    .execute(&mut *tx)
    .await?;
    let actor = Actor {
        user_id: Some(user.clone()),
        label: "system:course".into(),
        request_id: None,
    };
    record(
        tx,
        &actor,
        AuditEvent::new::<(), _>(
            None,
            "certificate",
            certificate.code.clone(),
            "issue",
            None,
            Some(&serde_json::json!({
                "course": certificate.course_id,
                "version": certificate.course_version,
                "cycle": certificate.cycle,
                "expires_on": certificate.expires_on.as_ref().map(IsoDate::as_str),
            })),
        ),
    )
    .await?;
    Ok(Some(certificate))
}

impl Store {
    /// A person's place in a course.
    pub async fn course_progress(
        &self,
        user: &UserId,
        course: &str,
    ) -> StoreResult<CourseProgress> {
        let mut connection = self.pool.acquire().await?;
        progress_in(&mut connection, user, course).await
    }

    /// Marks a lesson read; returns the certificate if that completed the
    /// course.
    pub async fn mark_lesson_read(
        &self,
        user: &UserId,
        course: &Course,
        lesson: &str,
    ) -> StoreResult<Option<Certificate>> {
        if course.lesson(lesson).is_none() {
            return Err(ErrorCode::CourseNotFound.into());
        }
        let mut tx = self.write().await?;
        enrol(&mut tx, user, &course.id).await?;
        let read = sqlx::query(
            "SELECT 1 FROM lesson_reads WHERE user_id = $1 AND course_id = $2 AND lesson_id = $3",
        )
        .bind(user.as_str())
        .bind(&course.id)
        .bind(lesson)
        .fetch_optional(&mut *tx)
        .await?;
        if read.is_none() {
            sqlx::query(
                "INSERT INTO lesson_reads (user_id, course_id, lesson_id, read_at) VALUES ($1, $2, $3, $4)",
            )
            .bind(user.as_str())
            .bind(&course.id)
            .bind(lesson)
            .bind(now())
            .execute(&mut *tx)
            .await?;
        }
        let issued = complete_if_done(&mut tx, user, course).await?;
        tx.commit().await?;
        Ok(issued)
    }

    /// Starts an attempt at a module's quiz with the questions the caller
    /// drew from its bank.
    pub async fn start_quiz(
        &self,
        user: &UserId,
        course: &Course,
        module: &str,
        questions: Vec<String>,
    ) -> StoreResult<QuizAttempt> {
        let quiz = course
            .module(module)
            .and_then(|m| m.quiz.as_ref())
            .ok_or(StoreError::Rule(ErrorCode::CourseNotFound))?;
        let unique: HashSet<&String> = questions.iter().collect();
        if questions.is_empty()
            || unique.len() != questions.len()
            || questions.iter().any(|q| quiz.question(q).is_none())
        {
            return Err(ErrorCode::QuizAnswerUnknown.into());
        }
        let mut tx = self.write().await?;
        let (cycle, _) = enrol(&mut tx, user, &course.id).await?;
        let started_at = now();
        let attempt = QuizAttempt {
            id: new_id(),
            course_id: course.id.clone(),
            module_id: module.to_owned(),
            course_version: course.version.clone(),
            questions,
            started_at,
            deadline: started_at + i64::from(quiz.time_limit_minutes) * 60,
            submitted_at: None,
            answers: Vec::new(),
            correct: None,
            passed: None,
        };
        sqlx::query(
            "INSERT INTO quiz_attempts (id, user_id, course_id, module_id, course_version, cycle, \
             questions_json, started_at, deadline) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
        )
        .bind(&attempt.id)
        .bind(user.as_str())
        .bind(&attempt.course_id)
        .bind(&attempt.module_id)
        .bind(&attempt.course_version)
        .bind(cycle)
        .bind(
            serde_json::to_string(&attempt.questions)
                .map_err(|e| StoreError::Corrupt(e.to_string()))?,
        )
        .bind(attempt.started_at)
        .bind(attempt.deadline)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(attempt)
    }

    /// One of the person's own attempts.
    pub async fn quiz_attempt(&self, user: &UserId, id: &str) -> StoreResult<QuizAttempt> {
        let row = sqlx::query("SELECT * FROM quiz_attempts WHERE id = $1 AND user_id = $2")
            .bind(id)
            .bind(user.as_str())
            .fetch_optional(&self.pool)
            .await?
            .ok_or(StoreError::Rule(ErrorCode::QuizAttemptNotFound))?;
        attempt_row(&row)
    }

    /// The person's attempts at a module's quiz, newest first.
    pub async fn quiz_attempts(
        &self,
        user: &UserId,
        course: &str,
        module: &str,
    ) -> StoreResult<Vec<QuizAttempt>> {
        sqlx::query(
            "SELECT * FROM quiz_attempts WHERE user_id = $1 AND course_id = $2 AND module_id = $3 \
             ORDER BY started_at DESC, id DESC",
        )
        .bind(user.as_str())
        .bind(course)
        .bind(module)
        .fetch_all(&self.pool)
        .await?
        .iter()
        .map(attempt_row)
        .collect()
    }

    /// Submits an attempt's answers: scored against the course, stored, and
    /// the certificate issued if that completed the course. Refused, with
    /// nothing stored, for an answer outside the attempt, after the time
    /// limit, or a second time.
    pub async fn submit_quiz(
        &self,
        user: &UserId,
        course: &Course,
        id: &str,
        answers: Vec<QuizAnswer>,
    ) -> StoreResult<(QuizAttempt, Option<Certificate>)> {
        let mut tx = self.write().await?;
        let row = sqlx::query("SELECT * FROM quiz_attempts WHERE id = $1 AND user_id = $2")
            .bind(id)
            .bind(user.as_str())
            .fetch_optional(&mut *tx)
            .await?
            .ok_or(StoreError::Rule(ErrorCode::QuizAttemptNotFound))?;
        let mut attempt = attempt_row(&row)?;
        if attempt.course_id != course.id {
            return Err(ErrorCode::QuizAttemptNotFound.into());
        }
        if attempt.submitted_at.is_some() {
            return Err(ErrorCode::QuizAlreadySubmitted.into());
        }
        let at = now();
        if at > attempt.deadline {
            return Err(ErrorCode::QuizTimeUp.into());
        }
        let quiz = course
            .module(&attempt.module_id)
            .and_then(|m| m.quiz.as_ref())
            .ok_or(StoreError::Rule(ErrorCode::CourseNotFound))?;
        let mut seen = HashSet::new();
        let mut correct = 0i64;
        for answer in &answers {
            let question = attempt
                .questions
                .contains(&answer.question)
                .then(|| quiz.question(&answer.question))
                .flatten()
                .ok_or(StoreError::Rule(ErrorCode::QuizAnswerUnknown))?;
            let option = question
                .options
                .iter()
                .find(|o| o.id == answer.option)
                .ok_or(StoreError::Rule(ErrorCode::QuizAnswerUnknown))?;
            if !seen.insert(answer.question.as_str()) {
                return Err(ErrorCode::QuizAnswerUnknown.into());
            }
            if option.correct {
                correct += 1;
            }
        }
        let drawn = i64::try_from(attempt.questions.len()).unwrap_or(i64::MAX);
        let passed = correct * 100 >= i64::from(quiz.pass_mark) * drawn;
        sqlx::query(
            "UPDATE quiz_attempts SET submitted_at = $1, answers_json = $2, correct = $3, passed = $4 \
             WHERE id = $5",
        )
        .bind(at)
        .bind(serde_json::to_string(&answers).map_err(|e| StoreError::Corrupt(e.to_string()))?)
        .bind(correct)
        .bind(i64::from(passed))
        .bind(id)
        .execute(&mut *tx)
        .await?;
        attempt.submitted_at = Some(at);
        attempt.answers = answers;
        attempt.correct = Some(correct);
        attempt.passed = Some(passed);
        let issued = if passed {
            complete_if_done(&mut tx, user, course).await?
        } else {
            None
        };
        tx.commit().await?;
        Ok((attempt, issued))
    }

    /// A certificate by its code (as typed: any case, with or without dashes).
    pub async fn certificate(&self, code: &str) -> StoreResult<Certificate> {
        let code = normalise_code(code).ok_or(StoreError::Rule(ErrorCode::CertificateNotFound))?;
        let row = sqlx::query(&format!(
            "SELECT {CERTIFICATE_COLUMNS} FROM certificates WHERE code = $1"
        ))
        .bind(code)
        .fetch_optional(&self.pool)
        .await?
        .ok_or(StoreError::Rule(ErrorCode::CertificateNotFound))?;
        certificate_row(&row)
    }

    /// A person's certificates, newest first.
    pub async fn certificates_of(&self, user: &UserId) -> StoreResult<Vec<Certificate>> {
        sqlx::query(&format!(
            "SELECT {CERTIFICATE_COLUMNS} FROM certificates WHERE user_id = $1 \
             ORDER BY issued_at DESC, code"
        ))
        .bind(user.as_str())
        .fetch_all(&self.pool)
        .await?
        .iter()
        .map(certificate_row)
        .collect()
    }

    /// Withdraws a certificate (issued in error); audited.
    pub async fn revoke_certificate(
        &self,
        actor: &Actor,
        code: &str,
        reason: &str,
    ) -> StoreResult<()> {
        let code = normalise_code(code).ok_or(StoreError::Rule(ErrorCode::CertificateNotFound))?;
        let mut tx = self.write().await?;
        let done = sqlx::query(
            "UPDATE certificates SET revoked_at = $1, revoked_reason = $2 \
             WHERE code = $3 AND revoked_at IS NULL",
        )
        .bind(now())
        .bind(reason)
        .bind(&code)
        .execute(&mut *tx)
        .await?;
        if done.rows_affected() == 0 {
            return Err(ErrorCode::CertificateNotFound.into());
        }
        record(
            &mut tx,
            actor,
            AuditEvent::new::<(), _>(None, "certificate", code, "revoke", None, Some(&reason)),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Opens a new cycle of a completed course, to re-certify before or after
    /// the certificate expires: the quizzes are taken again, the lessons
    /// stay read, the earlier certificates stay as they are. Refused while
    /// the last certificate is more than [`RENEW_WINDOW_DAYS`] from expiry.
    pub async fn renew_course(
        &self,
        user: &UserId,
        course: &str,
        today: &IsoDate,
    ) -> StoreResult<()> {
        let mut tx = self.write().await?;
        let last = sqlx::query(&format!(
            "SELECT {CERTIFICATE_COLUMNS} FROM certificates WHERE user_id = $1 AND course_id = $2 \
             ORDER BY cycle DESC"
        ))
        .bind(user.as_str())
        .bind(course)
        .fetch_optional(&mut *tx)
        .await?
        .ok_or(StoreError::Rule(ErrorCode::CourseNotFound))?;
        let last = certificate_row(&last)?;
        let window_opens = last
            .expires_on
            .as_ref()
            .and_then(IsoDate::date)
            .map(|d| IsoDate::from_date(d - time::Duration::days(RENEW_WINDOW_DAYS)));
        match window_opens {
            Some(opens) if *today >= opens => {}
            _ => return Err(ErrorCode::CourseNotRenewable.into()),
        }
        sqlx::query(
            "UPDATE course_enrolments SET cycle = $1, completed_at = NULL \
             WHERE user_id = $2 AND course_id = $3 AND cycle = $4",
        )
        .bind(last.cycle + 1)
        .bind(user.as_str())
        .bind(course)
        .bind(last.cycle)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Queues a reminder to the holder of every certificate that expires
    /// within [`EXPIRY_REMINDER_DAYS`] of `today` and has not been renewed
    /// or revoked, once per certificate (the reminder row's key decides, so
    /// several instances send it once). Returns how many were queued.
    pub async fn queue_certificate_reminders(
        &self,
        today: &IsoDate,
        compose: impl Fn(&ExpiringCertificate) -> crate::OutgoingMail,
    ) -> StoreResult<usize> {
        let until = today
            .date()
            .map(|d| IsoDate::from_date(d + time::Duration::days(EXPIRY_REMINDER_DAYS)))
            .ok_or_else(|| corrupt("today"))?;
        let columns = CERTIFICATE_COLUMNS
            .split(", ")
            .map(|c| format!("certificates.{c}"))
            .collect::<Vec<_>>()
            .join(", ");
        let rows = sqlx::query(&format!(
            "SELECT {columns}, users.email, users.display_name, users.language FROM certificates \
             JOIN users ON users.id = certificates.user_id \
             WHERE certificates.revoked_at IS NULL AND certificates.expires_on IS NOT NULL \
             AND certificates.expires_on >= $1 AND certificates.expires_on <= $2 \
             AND NOT EXISTS (SELECT 1 FROM certificate_reminders WHERE certificate_reminders.code = certificates.code) \
             AND NOT EXISTS (SELECT 1 FROM certificates later WHERE later.user_id = certificates.user_id \
             AND later.course_id = certificates.course_id AND later.cycle > certificates.cycle) \
             ORDER BY certificates.expires_on, certificates.code"
        ))
        .bind(today.as_str())
        .bind(until.as_str())
        .fetch_all(&self.pool)
        .await?;
        let mut queued = 0;
        for row in rows {
            let language: Option<String> = row.try_get("language")?;
            let expiring = ExpiringCertificate {
                certificate: certificate_row(&row)?,
                email: row.try_get("email")?,
                display_name: row.try_get("display_name")?,
                language: language.and_then(|l| jamlik_domain::Language::parse(&l).ok()),
            };
            let mut tx = self.write().await?;
            let inserted = sqlx::query(
                "INSERT INTO certificate_reminders (code, sent_at) VALUES ($1, $2) ON CONFLICT DO NOTHING",
            )
            .bind(&expiring.certificate.code)
            .bind(now())
            .execute(&mut *tx)
            .await?
            .rows_affected();
            if inserted == 1 {
                crate::mail::enqueue(&mut tx, &compose(&expiring)).await?;
                queued += 1;
            }
            tx.commit().await?;
        }
        Ok(queued)
    }

    /// Moves a person's whole history in a course `days` back in time: what
    /// they read, their attempts and their certificates (issued and expiry
    /// days alike). For demo data that tells a course taken years ago, and
    /// for tests; nothing else changes.
    pub async fn backdate_course_history(
        &self,
        user: &UserId,
        course: &str,
        days: i64,
    ) -> StoreResult<()> {
        let seconds = days * 86_400;
        let mut tx = self.write().await?;
        for sql in [
            "UPDATE course_enrolments SET started_at = started_at - $1,              completed_at = completed_at - $1 WHERE user_id = $2 AND course_id = $3",
            "UPDATE lesson_reads SET read_at = read_at - $1 WHERE user_id = $2 AND course_id = $3",
            "UPDATE quiz_attempts SET started_at = started_at - $1, deadline = deadline - $1,              submitted_at = submitted_at - $1 WHERE user_id = $2 AND course_id = $3",
        ] {
            sqlx::query(sql)
                .bind(seconds)
                .bind(user.as_str())
                .bind(course)
                .execute(&mut *tx)
                .await?;
        }
        let certificates = sqlx::query(&format!(
            "SELECT {CERTIFICATE_COLUMNS} FROM certificates WHERE user_id = $1 AND course_id = $2"
        ))
        .bind(user.as_str())
        .bind(course)
        .fetch_all(&mut *tx)
        .await?
        .iter()
        .map(certificate_row)
        .collect::<StoreResult<Vec<_>>>()?;
        let back = |date: &IsoDate| {
            date.date()
                .map(|d| IsoDate::from_date(d - time::Duration::days(days)))
                .ok_or_else(|| corrupt("certificate date"))
        };
        for certificate in certificates {
            sqlx::query(
                "UPDATE certificates SET issued_at = $1, issued_on = $2, expires_on = $3 WHERE code = $4",
            )
            .bind(certificate.issued_at - seconds)
            .bind(back(&certificate.issued_on)?.as_str().to_owned())
            .bind(
                certificate
                    .expires_on
                    .as_ref()
                    .map(back)
                    .transpose()?
                    .map(|d| d.as_str().to_owned()),
            )
            .bind(&certificate.code)
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// The name a person shows on certificates issued from now on.
    pub async fn certificate_name(&self, user: &UserId) -> StoreResult<String> {
        Ok(sqlx::query(
            "SELECT COALESCE(certificate_names.shown_name, users.display_name) AS name FROM users \
             LEFT JOIN certificate_names ON certificate_names.user_id = users.id WHERE users.id = $1",
        )
        .bind(user.as_str())
        .fetch_one(&self.pool)
        .await?
        .try_get("name")?)
    }

    /// Sets the name shown on certificates issued from now on; those issued
    /// keep theirs.
    pub async fn set_certificate_name(&self, user: &UserId, name: &str) -> StoreResult<String> {
        let name = name.trim();
        let chars = name.chars().count();
        if chars == 0 || chars > MAX_CERTIFICATE_NAME || name.chars().any(char::is_control) {
            return Err(ErrorCode::CertificateNameInvalid.into());
        }
        let mut tx = self.write().await?;
        sqlx::query("DELETE FROM certificate_names WHERE user_id = $1")
            .bind(user.as_str())
            .execute(&mut *tx)
            .await?;
        sqlx::query("INSERT INTO certificate_names (user_id, shown_name) VALUES ($1, $2)")
            .bind(user.as_str())
            .bind(name)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(name.to_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_read_as_typed_and_nothing_else() {
        let code = new_code();
        assert_eq!(code.len(), 14);
        assert_eq!(
            normalise_code(&code.to_lowercase().replace('-', " ")),
            Some(code.clone())
        );
        assert_eq!(normalise_code("ABCD-EFGH-JKL"), None);
        assert_eq!(
            normalise_code("ABCD-EFGH-JKL0"),
            None,
            "0 is not in the alphabet"
        );
        assert_eq!(normalise_code("'; DROP TABLE--"), None);
    }

    #[test]
    fn months_are_added_with_short_months_clamped() {
        let d = |s: &str| IsoDate::parse(s).expect("date");
        assert_eq!(add_months(&d("2026-12-07"), 36), Some(d("2029-12-07")));
        assert_eq!(add_months(&d("2026-01-31"), 1), Some(d("2026-02-28")));
        assert_eq!(add_months(&d("2026-11-15"), 2), Some(d("2027-01-15")));
    }
}

/// A member's place in a course, for their organisation's coordinator.
#[derive(Clone, Debug)]
pub struct LearnerRow {
    /// The member.
    pub user_id: UserId,
    /// Their name.
    pub name: String,
    /// Their role in the organisation.
    pub role: jamlik_domain::Role,
    /// Their progress.
    pub progress: CourseProgress,
    /// Whether they hold a valid certificate of the course today.
    pub certified: bool,
    /// Whether they have been invited to the course.
    pub invited: bool,
    /// Their language, if chosen.
    pub language: Option<jamlik_domain::Language>,
}

/// A training target: a share of the members in a role (all roles: none)
/// with a valid certificate by a day.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TrainingTarget {
    /// The course.
    pub course_id: String,
    /// The role, or none for every member.
    pub role: Option<jamlik_domain::Role>,
    /// The share, in percent.
    pub share: i64,
    /// By when.
    pub due_on: IsoDate,
}

impl Store {
    /// Every member of an organisation with their place in a course.
    pub async fn org_learners(
        &self,
        org: &jamlik_domain::OrgId,
        course: &str,
        today: &IsoDate,
    ) -> StoreResult<Vec<LearnerRow>> {
        let members = self.members(org).await?;
        let invited: HashSet<String> = sqlx::query(
            "SELECT user_id FROM course_invitations WHERE org_id = $1 AND course_id = $2",
        )
        .bind(org.as_str())
        .bind(course)
        .fetch_all(&self.pool)
        .await?
        .iter()
        .map(|row| row.try_get::<String, _>("user_id"))
        .collect::<Result<_, _>>()?;
        let mut connection = self.pool.acquire().await?;
        let mut rows = Vec::with_capacity(members.len());
        for member in members {
            let progress = progress_in(&mut connection, &member.user.id, course).await?;
            let certified = sqlx::query(&format!(
                "SELECT {CERTIFICATE_COLUMNS} FROM certificates WHERE user_id = $1 AND course_id = $2"
            ))
            .bind(member.user.id.as_str())
            .bind(course)
            .fetch_all(&mut *connection)
            .await?
            .iter()
            .map(certificate_row)
            .collect::<StoreResult<Vec<_>>>()?
            .iter()
            .any(|c| c.state(today) == CertificateState::Valid);
            rows.push(LearnerRow {
                invited: invited.contains(member.user.id.as_str()),
                language: member.user.language,
                user_id: member.user.id,
                name: member.user.display_name,
                role: member.role,
                progress,
                certified,
            });
        }
        Ok(rows)
    }

    /// An organisation's training targets.
    pub async fn training_targets(
        &self,
        org: &jamlik_domain::OrgId,
    ) -> StoreResult<Vec<TrainingTarget>> {
        sqlx::query(
            "SELECT course_id, role, share, due_on FROM training_targets WHERE org_id = $1 \
             ORDER BY course_id, role",
        )
        .bind(org.as_str())
        .fetch_all(&self.pool)
        .await?
        .iter()
        .map(|row| {
            let role: String = row.try_get("role")?;
            Ok(TrainingTarget {
                course_id: row.try_get("course_id")?,
                role: match role.as_str() {
                    "*" => None,
                    other => Some(
                        jamlik_domain::Role::parse(other)
                            .map_err(|_| corrupt("training_targets.role"))?,
                    ),
                },
                share: row.try_get("share")?,
                due_on: IsoDate::parse(&row.try_get::<String, _>("due_on")?)
                    .map_err(|_| corrupt("training_targets.due_on"))?,
            })
        })
        .collect()
    }

    /// Sets (or replaces) a training target; audited.
    pub async fn set_training_target(
        &self,
        actor: &Actor,
        org: &jamlik_domain::OrgId,
        target: &TrainingTarget,
    ) -> StoreResult<()> {
        if !(1..=100).contains(&target.share) {
            return Err(ErrorCode::TrainingTargetInvalid.into());
        }
        let role = target.role.map_or("*", |r| r.as_str());
        let mut tx = self.write().await?;
        sqlx::query(
            "DELETE FROM training_targets WHERE org_id = $1 AND course_id = $2 AND role = $3",
        )
        .bind(org.as_str())
        .bind(&target.course_id)
        .bind(role)
        .execute(&mut *tx)
        .await?;
        sqlx::query(
            "INSERT INTO training_targets (org_id, course_id, role, share, due_on, set_at) \
             VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(org.as_str())
        .bind(&target.course_id)
        .bind(role)
        .bind(target.share)
        .bind(target.due_on.as_str())
        .bind(now())
        .execute(&mut *tx)
        .await?;
        record(
            &mut tx,
            actor,
            AuditEvent::new::<(), _>(
                Some(org),
                "training_target",
                format!("{}:{role}", target.course_id),
                "set",
                None,
                Some(&serde_json::json!({
                    "share": target.share,
                    "due_on": target.due_on.as_str(),
                })),
            ),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Invites the members of a role (all members: none) who hold no valid
    /// certificate to a course, once each: a member already invited is not
    /// mailed again. Returns how many were invited now.
    pub async fn invite_to_course(
        &self,
        actor: &Actor,
        org: &jamlik_domain::OrgId,
        course: &str,
        role: Option<jamlik_domain::Role>,
        today: &IsoDate,
        compose: impl Fn(&LearnerRow, &str) -> crate::OutgoingMail,
    ) -> StoreResult<usize> {
        let learners = self.org_learners(org, course, today).await?;
        let mut invited = 0;
        for learner in learners
            .iter()
            .filter(|l| role.is_none_or(|r| l.role == r) && !l.certified && !l.invited)
        {
            let email: String = sqlx::query("SELECT email FROM users WHERE id = $1")
                .bind(learner.user_id.as_str())
                .fetch_one(&self.pool)
                .await?
                .try_get("email")?;
            let mut tx = self.write().await?;
            let inserted = sqlx::query(
                "INSERT INTO course_invitations (org_id, course_id, user_id, sent_at) \
                 VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING",
            )
            .bind(org.as_str())
            .bind(course)
            .bind(learner.user_id.as_str())
            .bind(now())
            .execute(&mut *tx)
            .await?
            .rows_affected();
            if inserted == 1 {
                crate::mail::enqueue(&mut tx, &compose(learner, &email)).await?;
                record(
                    &mut tx,
                    actor,
                    AuditEvent::new::<(), ()>(
                        Some(org),
                        "course_invitation",
                        format!("{course}:{}", learner.user_id.as_str()),
                        "create",
                        None,
                        None,
                    ),
                )
                .await?;
                invited += 1;
            }
            tx.commit().await?;
        }
        Ok(invited)
    }
}
