//! Storage: one [`Store`] over SQLite (the default, one file) or PostgreSQL
//! (chosen at run time by a `postgres://` URL).
//!
//! Both backends run the same SQL text through sqlx's `Any` driver; the few
//! places where the dialects differ (how a write transaction starts, the
//! append-only trigger, row leases) branch on [`Backend`] in one spot each.
//! Every change goes through a method here that writes its audit entry in the
//! same transaction, so the trail cannot miss a change or record one that did
//! not happen.

mod analysis;
mod audit;
mod auth;
mod followup;
mod knowledge;
mod learning;
mod mail;
mod measures;
mod migrate;
mod monitoring;
mod national;

pub use migrate::{known_versions, latest_version};
mod organisations;
mod planning;
mod translations;
mod users;
mod workspace;

use std::str::FromStr;
use std::time::Duration;

use jamlik_domain::ErrorCode;
use sqlx::any::{AnyConnectOptions, AnyPoolOptions};
use sqlx::{AnyPool, Executor};

pub use analysis::{
    AnalysisJob, AnalysisUpload, JobOutcome, JobState, MAX_JOB_ATTEMPTS, MAX_RETENTION_DAYS,
    UNANALYSED_UPLOAD_SECONDS,
};
pub use audit::{Actor, AuditEntry, AuditEvent};
pub use auth::{ApiToken, AttemptGate, AttemptLimits, LinkPurpose, ResetRequest, SessionUser};
pub use followup::{PublishedRound, PublishedRoundRow, RoundReport};
pub use knowledge::CatalogueUsage;
pub use learning::{
    normalise_code, Certificate, CertificateKind, CertificateState, CourseProgress,
    ExpiringCertificate, LearnerRow, QuizAnswer, QuizAttempt, TrainingTarget, EXPIRY_REMINDER_DAYS,
    MAX_CERTIFICATE_NAME, RENEW_WINDOW_DAYS,
};
pub use mail::{OutgoingMail, QueuedMail};
pub use measures::{IndicatorInput, MeasureEdit, PreviousMeasure};
pub use monitoring::{
    Assignment, DeadlineDue, DeadlineReminder, ReminderRun, Review, ReviewAnswer, ReviewInput,
    ReviewSubject, RunCounts, UnsubscribeLink,
};
pub use national::{
    self_report_label, size_band, NationalSeed, NewSelfReport, PublishedFilter, PublishedPlanRow,
    SeedPlan, SelfReport, StatusFilter, StatusRow, SIZE_BANDS,
};
pub use organisations::{sort_key, OrgFilter, Organisation, OrganisationSettings};
pub use planning::{
    BulkRow, DueMeasure, EvaluatedMeasure, Finding, FindingInput, Indicator, Measure, MeasureInput,
    MeasureUpdate, Plan, PlanSnapshot, PlanVersion, PublishedPlan, PublishedView, Service,
    ServiceInput,
};
pub use translations::Translation;
pub use users::{Invitation, Member, User};
pub use workspace::{
    Answer, Assessment, AssessmentInput, Consultation, ConsultationInput, EvidenceFile,
    NewEvidenceFile, PlanCoverage, Round, RoundInput, RoundUpdate, Section,
};

/// Which database a [`Store`] talks to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    /// Embedded SQLite, one file, write-ahead log.
    Sqlite,
    /// A PostgreSQL server, shared by any number of Jämlik instances.
    Postgres,
}

impl Backend {
    /// What a `SELECT` that claims rows for a lease ends with: on PostgreSQL
    /// the rows are locked and rows another instance holds are skipped; on
    /// SQLite the write transaction already serialises the claim.
    pub(crate) fn claim_lock(self) -> &'static str {
        match self {
            Backend::Postgres => " FOR UPDATE SKIP LOCKED",
            Backend::Sqlite => "",
        }
    }
}

/// An error from the store: either a rule of the domain (shown to the person,
/// translated) or a database failure (logged, never shown).
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// A rule was broken; the code says which.
    #[error("{0}")]
    Rule(ErrorCode),
    /// A rule was broken at a place the arguments name (for example the
    /// measure that has no owner).
    #[error("{0}")]
    RuleAt(ErrorCode, Vec<(&'static str, String)>),
    /// The database failed.
    #[error("database: {0}")]
    Database(#[from] sqlx::Error),
    /// A stored value could not be read back (a bug or a hand-edited row).
    #[error("corrupt row: {0}")]
    Corrupt(String),
}

impl From<ErrorCode> for StoreError {
    fn from(code: ErrorCode) -> Self {
        StoreError::Rule(code)
    }
}

impl StoreError {
    /// The error code a person sees.
    pub fn code(&self) -> ErrorCode {
        match self {
            StoreError::Rule(code) | StoreError::RuleAt(code, _) => *code,
            StoreError::Database(sqlx::Error::PoolTimedOut) => ErrorCode::Unavailable,
            StoreError::Database(_) | StoreError::Corrupt(_) => ErrorCode::Internal,
        }
    }
}

/// The result of a store call.
pub type StoreResult<T> = Result<T, StoreError>;

/// A page of a list, with the total count.
#[derive(Clone, Debug, serde::Serialize)]
pub struct Paged<T> {
    /// The items on this page.
    pub items: Vec<T>,
    /// The number of items on all pages.
    pub total: i64,
    /// The page number, from 1.
    pub page: i64,
    /// The largest number of items a page holds.
    pub per_page: i64,
}

/// Which page of a list to read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PageRequest {
    /// The page number, from 1.
    pub page: i64,
    /// Items per page, 1 to [`PageRequest::MAX_PER_PAGE`].
    pub per_page: i64,
}

impl PageRequest {
    /// The largest page size anyone may ask for.
    pub const MAX_PER_PAGE: i64 = 500;

    /// Checks a page request.
    pub fn new(page: i64, per_page: i64) -> Result<Self, ErrorCode> {
        if !(1..=1_000_000).contains(&page) || !(1..=Self::MAX_PER_PAGE).contains(&per_page) {
            return Err(ErrorCode::InvalidPaging);
        }
        Ok(PageRequest { page, per_page })
    }

    fn offset(self) -> i64 {
        (self.page - 1) * self.per_page
    }
}

/// How to open the database.
#[derive(Clone, Debug)]
pub struct StoreOptions {
    /// Most connections in the pool.
    pub max_connections: u32,
    /// How long to wait for a connection or a lock.
    pub acquire_timeout: Duration,
}

impl Default for StoreOptions {
    fn default() -> Self {
        StoreOptions {
            max_connections: 10,
            acquire_timeout: Duration::from_secs(10),
        }
    }
}

/// The database, whichever it is.
#[derive(Clone, Debug)]
pub struct Store {
    pool: AnyPool,
    backend: Backend,
    /// The last statuses computed, tagged with the facts' generation they
    /// were computed from (see `national.rs`); shared by the clones of one
    /// store, checked against the database on every use.
    statuses: std::sync::Arc<tokio::sync::Mutex<national::StatusCache>>,
}

impl Store {
    /// Connects to `sqlite://path` (created when missing) or `postgres://…`.
    /// Does not migrate: call [`Store::migrate`].
    pub async fn connect(url: &str, options: &StoreOptions) -> StoreResult<Store> {
        sqlx::any::install_default_drivers();
        let backend = if url.starts_with("sqlite:") {
            Backend::Sqlite
        } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Backend::Postgres
        } else {
            return Err(StoreError::Corrupt(
                "database URL must start with sqlite: or postgres://".into(),
            ));
        };
        let url = match backend {
            Backend::Sqlite if !url.contains('?') => format!("{url}?mode=rwc"),
            _ => url.to_owned(),
        };
        let connect_options = AnyConnectOptions::from_str(&url)?;
        let pool = AnyPoolOptions::new()
            .max_connections(options.max_connections)
            .acquire_timeout(options.acquire_timeout)
            .after_connect(move |connection, _meta| {
                Box::pin(async move {
                    if backend == Backend::Sqlite {
                        connection
                            .execute(
                                "PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON; \
                                 PRAGMA busy_timeout = 10000; PRAGMA synchronous = NORMAL;",
                            )
                            .await?;
                    }
                    Ok(())
                })
            })
            .connect_with(connect_options)
            .await?;
        Ok(Store {
            pool,
            backend,
            statuses: std::sync::Arc::default(),
        })
    }

    /// The backend in use.
    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// Applies every migration not yet applied; safe when several instances
    /// start at once.
    pub async fn migrate(&self) -> StoreResult<Vec<i64>> {
        migrate::run(self).await
    }

    /// The migrations applied, by version.
    pub async fn applied_migrations(&self) -> StoreResult<Vec<i64>> {
        migrate::applied(self).await
    }

    /// Checks the database answers.
    pub async fn ping(&self) -> StoreResult<()> {
        sqlx::query("SELECT 1").execute(&self.pool).await?;
        Ok(())
    }

    /// Closes the pool.
    pub async fn close(&self) {
        self.pool.close().await;
    }

    /// Starts a transaction that will write. On SQLite it takes the write lock
    /// at once (`BEGIN IMMEDIATE`), so two writers queue on the busy timeout
    /// instead of failing when one upgrades a read.
    async fn write(&self) -> StoreResult<sqlx::Transaction<'static, sqlx::Any>> {
        Ok(match self.backend {
            Backend::Sqlite => self.pool.begin_with("BEGIN IMMEDIATE").await?,
            Backend::Postgres => self.pool.begin().await?,
        })
    }

    /// Writes a consistent copy of a SQLite database to `target` while the
    /// server runs (`VACUUM INTO`). PostgreSQL is backed up with its own tools.
    pub async fn backup_sqlite(&self, target: &std::path::Path) -> StoreResult<()> {
        if self.backend != Backend::Sqlite {
            return Err(StoreError::Corrupt("backup_sqlite on PostgreSQL".into()));
        }
        let target = target.to_string_lossy().replace('\'', "''");
        sqlx::raw_sql(&format!("VACUUM INTO '{target}'"))
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// A raw pool, for tests that need to reach behind the API (for example to
    /// age a link). Not for application code.
    #[doc(hidden)]
    pub fn pool_for_tests(&self) -> &AnyPool {
        &self.pool
    }
}

/// The current instant, Unix seconds.
pub fn now() -> i64 {
    time::OffsetDateTime::now_utc().unix_timestamp()
}

/// A `LIKE` pattern that matches `text` anywhere, with `%`, `_` and the
/// escape character `!` in it matched as themselves: a search for `%` finds
/// names holding a `%`, not every name. Use it as `LIKE $1 ESCAPE '!'`
/// ([`LIKE_ESCAPE`]), which SQLite and PostgreSQL read alike (SQLite has no
/// escape character unless one is named; `!` needs no escaping in SQL).
pub(crate) fn like_contains(text: &str) -> String {
    let mut pattern = String::with_capacity(text.len() + 2);
    pattern.push('%');
    for c in text.chars() {
        if matches!(c, '%' | '_' | '!') {
            pattern.push('!');
        }
        pattern.push(c);
    }
    pattern.push('%');
    pattern
}

/// The escape clause every pattern from [`like_contains`] is used with.
pub(crate) const LIKE_ESCAPE: &str = "ESCAPE '!'";

/// A new identifier: UUIDv7 (time-ordered) as text.
pub(crate) fn new_id() -> String {
    uuid::Uuid::now_v7().to_string()
}

/// A new secret for a link, session or token: 32 random bytes, URL-safe.
pub(crate) fn new_secret() -> String {
    use base64::Engine;
    use rand::RngCore;
    let mut bytes = [0u8; 32];
    rand::thread_rng().fill_bytes(&mut bytes);
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

/// The stored form of a secret: SHA-256, hex. Secrets are long and random, so
/// a fast hash is right (passwords use argon2id elsewhere).
pub(crate) fn hash_secret(secret: &str) -> String {
    use sha2::{Digest, Sha256};
    let digest = Sha256::digest(secret.as_bytes());
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

/// Whether a database error is a unique-constraint violation.
pub(crate) fn is_unique_violation(error: &sqlx::Error) -> bool {
    matches!(error, sqlx::Error::Database(db) if db.is_unique_violation())
}
