//! The part of the configuration the web application reads. The binary loads
//! the whole configuration once and hands this down.

use std::path::PathBuf;

use jamlik_domain::Secret;
use jamlik_i18n::DisplayZone;

/// Web settings.
#[derive(Clone, Debug)]
pub struct WebConfig {
    /// The address people reach Jämlik at, used in mailed links.
    pub public_url: String,
    /// Whether cookies carry `Secure` (on when `public_url` is https).
    pub secure_cookies: bool,
    /// How long a session lasts, in days.
    pub session_days: i64,
    /// The largest request body accepted, in bytes.
    pub body_limit_bytes: usize,
    /// Failed sign-ins allowed per email within the window.
    pub sign_in_max_failures: i64,
    /// The sign-in window, in minutes.
    pub sign_in_window_minutes: i64,
    /// Whether to take the client address from `X-Forwarded-For` (behind a
    /// trusted load balancer only).
    pub trust_forwarded_for: bool,
    /// The time zone dates are shown in.
    pub display_zone: DisplayZone,
    /// Mail delivery.
    pub mail: MailConfig,
    /// How often the reminder job looks for measures due, in minutes.
    pub reminder_interval_minutes: u64,
    /// Uploads up to this size are analysed in the request that asks; larger
    /// ones by the background worker while the page shows progress.
    pub analysis_inline_bytes: usize,
    /// How often the analysis worker looks for queued jobs and expired
    /// uploads, in milliseconds.
    pub analysis_poll_millis: u64,
    /// How much of an uploaded workbook is read.
    pub workbook: jamlik_stats::WorkbookLimits,
    /// Limits on proving and setting passwords.
    pub auth: AuthConfig,
    /// Days before a framework deadline on which its coordinators are
    /// reminded (advice: they may unsubscribe).
    pub deadline_reminder_days_before: Vec<u32>,
    /// Days after a deadline passed unmet on which they are reminded again
    /// (mandatory).
    pub deadline_reminder_days_after: Vec<u32>,
}

/// Limits on proving and setting passwords.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AuthConfig {
    /// Password hashes (argon2id, 19 MiB each) computed at once; more
    /// requests wait for a slot.
    pub hash_concurrency: usize,
    /// How long a request waits for a hashing slot before it is answered
    /// "busy, try again" instead of queueing further, in milliseconds.
    pub hash_wait_millis: u64,
    /// Password-reset mails sent per address within an hour (ten times as
    /// many per client address); more requests get the same page and no mail.
    pub reset_max_per_hour: i64,
    /// The lowest strength (zxcvbn's score, 0 to 4) a new password must reach.
    pub min_password_score: u8,
}

impl AuthConfig {
    /// The default number of hashes at once: the number of CPUs.
    pub fn default_hash_concurrency() -> usize {
        std::thread::available_parallelism().map_or(4, std::num::NonZeroUsize::get)
    }
}

impl Default for AuthConfig {
    fn default() -> Self {
        AuthConfig {
            hash_concurrency: Self::default_hash_concurrency(),
            hash_wait_millis: 3_000,
            reset_max_per_hour: 3,
            min_password_score: 3,
        }
    }
}

/// Mail delivery settings.
#[derive(Clone, Debug)]
pub struct MailConfig {
    /// The SMTP server; without one, mail goes to `outbox_dir` and the log.
    pub smtp: Option<SmtpConfig>,
    /// The sender, for example `Jämlik <noreply@example.org>`.
    pub from: String,
    /// Where mail is written when no SMTP server is configured.
    pub outbox_dir: PathBuf,
    /// How often the worker looks for queued mail, in milliseconds.
    pub poll_millis: u64,
}

/// An SMTP server.
#[derive(Clone, Debug)]
pub struct SmtpConfig {
    /// Host name.
    pub host: String,
    /// Port.
    pub port: u16,
    /// User name, if the server wants one.
    pub username: Option<String>,
    /// Password, if the server wants one.
    pub password: Option<Secret>,
    /// Transport security.
    pub tls: SmtpTls,
}

/// How to secure the SMTP connection.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SmtpTls {
    /// Upgrade with STARTTLS (port 587).
    Starttls,
    /// TLS from the start (port 465).
    Tls,
    /// None: only for a relay on the same host or in tests.
    None,
}
