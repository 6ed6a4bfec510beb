//! The configuration: one typed value, read once in `main` from a TOML file
//! and `JAMLIK_*` environment variables (which win), then passed down. Every
//! key and its default is listed in the README. Secrets are redacted in Debug.

use std::path::{Path, PathBuf};

use figment::providers::{Env, Format, Serialized, Toml};
use figment::Figment;
use jamlik_domain::Secret;
use jamlik_i18n::DisplayZone;
use jamlik_stats::WorkbookLimits;
use jamlik_web::{AuthConfig, MailConfig, SmtpConfig, SmtpTls, WebConfig};
use serde::{Deserialize, Serialize};

/// The whole configuration.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// `sqlite://FILE` or `postgres://…`; default: `jamlik.db` in `data_dir`.
    pub database_url: Option<Secret>,
    /// Where the SQLite file, the mail outbox and backups live.
    pub data_dir: PathBuf,
    /// The address to listen on.
    pub listen: String,
    /// The address people reach Jämlik at (used in mailed links); default:
    /// `http://` and the address the server listens on.
    pub public_url: Option<String>,
    /// `Europe/Helsinki` or `Europe/Stockholm`.
    pub display_time_zone: String,
    /// `text` or `json`.
    pub log_format: String,
    /// Most database connections.
    pub db_max_connections: u32,
    /// Session lifetime in days.
    pub session_days: i64,
    /// Largest request body, in bytes.
    pub body_limit_bytes: usize,
    /// Failed sign-ins allowed per email within the window.
    pub sign_in_max_failures: i64,
    /// The sign-in window, in minutes.
    pub sign_in_window_minutes: i64,
    /// Take the client address from `X-Forwarded-For` (behind a trusted proxy).
    pub trust_forwarded_for: bool,
    /// Password hashes computed at once (19 MiB each); 0: the number of CPUs.
    pub password_hash_concurrency: usize,
    /// How long a sign-in waits for a hashing slot before "busy", in ms.
    pub password_hash_wait_millis: u64,
    /// Password-reset mails per address per hour (ten times as many per client).
    pub password_reset_max_per_hour: i64,
    /// The lowest zxcvbn score (0 to 4) a new password must reach.
    pub password_min_score: u8,
    /// The sender of mail.
    pub mail_from: String,
    /// Where mail goes without an SMTP server; default: `outbox` in `data_dir`.
    pub mail_outbox_dir: Option<PathBuf>,
    /// How often queued mail is looked for, in milliseconds.
    pub mail_poll_millis: u64,
    /// The SMTP server; none means the outbox directory.
    pub smtp_host: Option<String>,
    /// The SMTP port.
    pub smtp_port: u16,
    /// The SMTP user.
    pub smtp_username: Option<String>,
    /// The SMTP password.
    pub smtp_password: Option<Secret>,
    /// `starttls`, `tls` or `none`.
    pub smtp_tls: String,
    /// How often the reminder job looks for measures due, in minutes.
    pub reminder_interval_minutes: u64,
    /// Uploads up to this many bytes are analysed in the request; larger
    /// ones in the background.
    pub analysis_inline_bytes: usize,
    /// How often the analysis worker looks for work, in milliseconds.
    pub analysis_poll_millis: u64,
    /// An uploaded workbook's parts together, unpacked, in bytes.
    pub workbook_max_unpacked_bytes: u64,
    /// Any one of its parts other than a sheet, unpacked, in bytes.
    pub workbook_max_part_bytes: u64,
    /// Parts in a workbook's archive.
    pub workbook_max_parts: usize,
    /// Cells in a sheet's table (rows with a value × columns used).
    pub workbook_max_cells: u64,
    /// Columns in a sheet, up to the last one used.
    pub workbook_max_columns: u32,
    /// Text of all cells kept from a sheet, in bytes.
    pub workbook_max_text_bytes: u64,
    /// Days before a framework deadline on which coordinators are reminded.
    pub deadline_reminder_days_before: Vec<u32>,
    /// Days after a deadline passed unmet on which they are reminded again.
    pub deadline_reminder_days_after: Vec<u32>,
}

#[derive(Serialize)]
struct Defaults {
    data_dir: &'static str,
    listen: &'static str,
    display_time_zone: &'static str,
    log_format: &'static str,
    db_max_connections: u32,
    session_days: i64,
    body_limit_bytes: usize,
    sign_in_max_failures: i64,
    sign_in_window_minutes: i64,
    trust_forwarded_for: bool,
    password_hash_concurrency: usize,
    password_hash_wait_millis: u64,
    password_reset_max_per_hour: i64,
    password_min_score: u8,
    mail_from: &'static str,
    mail_poll_millis: u64,
    smtp_port: u16,
    smtp_tls: &'static str,
    reminder_interval_minutes: u64,
    analysis_inline_bytes: usize,
    analysis_poll_millis: u64,
    workbook_max_unpacked_bytes: u64,
    workbook_max_part_bytes: u64,
    workbook_max_parts: usize,
    workbook_max_cells: u64,
    workbook_max_columns: u32,
    workbook_max_text_bytes: u64,
    deadline_reminder_days_before: [u32; 2],
    deadline_reminder_days_after: [u32; 2],
}

const WORKBOOK: WorkbookLimits = WorkbookLimits::DEFAULT;

const DEFAULTS: Defaults = Defaults {
    data_dir: "jamlik-data",
    listen: "127.0.0.1:8080",
    display_time_zone: "Europe/Helsinki",
    log_format: "text",
    db_max_connections: 10,
    session_days: 14,
    body_limit_bytes: 65_536,
    sign_in_max_failures: 5,
    sign_in_window_minutes: 15,
    trust_forwarded_for: false,
    password_hash_concurrency: 0,
    password_hash_wait_millis: 3_000,
    password_reset_max_per_hour: 3,
    password_min_score: 3,
    mail_from: "Jämlik <noreply@localhost>",
    mail_poll_millis: 2_000,
    smtp_port: 587,
    smtp_tls: "starttls",
    reminder_interval_minutes: 60,
    analysis_inline_bytes: 1024 * 1024,
    analysis_poll_millis: 1000,
    workbook_max_unpacked_bytes: WORKBOOK.max_unpacked_bytes,
    workbook_max_part_bytes: WORKBOOK.max_part_bytes,
    workbook_max_parts: WORKBOOK.max_parts,
    workbook_max_cells: WORKBOOK.max_cells,
    workbook_max_columns: WORKBOOK.max_columns,
    workbook_max_text_bytes: WORKBOOK.max_text_bytes,
    deadline_reminder_days_before: [60, 14],
    deadline_reminder_days_after: [1, 30],
};

impl Config {
    /// Reads the defaults, then the file (when it exists), then `JAMLIK_*`.
    pub fn load(file: Option<&Path>) -> anyhow::Result<Config> {
        let mut figment = Figment::from(Serialized::defaults(DEFAULTS));
        match file {
            Some(path) if !path.exists() => {
                anyhow::bail!("config file {} does not exist", path.display())
            }
            Some(path) => figment = figment.merge(Toml::file(path)),
            None if Path::new("jamlik.toml").exists() => {
                figment = figment.merge(Toml::file("jamlik.toml"))
            }
            None => {}
        }
        // JAMLIK_LOG, JAMLIK_CONFIG and the test variables are read elsewhere.
        let environment = Env::prefixed("JAMLIK_").ignore(&[
            "log",
            "config",
            "test_postgres_url",
            "url",
            "outbox",
        ]);
        let config: Config = figment.merge(environment).extract()?;
        config.web()?;
        Ok(config)
    }

    /// The database URL.
    pub fn database_url(&self) -> String {
        match &self.database_url {
            Some(url) => url.expose().to_owned(),
            None => format!("sqlite://{}", self.data_dir.join("jamlik.db").display()),
        }
    }

    /// The public address: configured, or derived from the listen address.
    pub fn public_url(&self, listening_on: &str) -> String {
        self.public_url
            .clone()
            .unwrap_or_else(|| format!("http://{listening_on}"))
            .trim_end_matches('/')
            .to_owned()
    }

    /// The part the web application reads; checks the values.
    pub fn web(&self) -> anyhow::Result<WebConfig> {
        let public_url = self.public_url(&self.listen);
        let display_zone = DisplayZone::parse(&self.display_time_zone).ok_or_else(|| {
            anyhow::anyhow!("display_time_zone must be Europe/Helsinki or Europe/Stockholm")
        })?;
        let tls = match self.smtp_tls.as_str() {
            "starttls" => SmtpTls::Starttls,
            "tls" => SmtpTls::Tls,
            "none" => SmtpTls::None,
            other => anyhow::bail!("smtp_tls must be starttls, tls or none, not {other:?}"),
        };
        if !(public_url.starts_with("http://") || public_url.starts_with("https://")) {
            anyhow::bail!("public_url must start with http:// or https://");
        }
        if !matches!(self.log_format.as_str(), "text" | "json") {
            anyhow::bail!("log_format must be text or json");
        }
        if self.session_days < 1
            || self.sign_in_max_failures < 1
            || self.sign_in_window_minutes < 1
            || self.body_limit_bytes < 1024
        {
            anyhow::bail!("session_days, sign_in_max_failures and sign_in_window_minutes must be at least 1, body_limit_bytes at least 1024");
        }
        if self.password_reset_max_per_hour < 1 || self.password_min_score > 4 {
            anyhow::bail!(
                "password_reset_max_per_hour must be at least 1, password_min_score from 0 to 4"
            );
        }
        if self
            .deadline_reminder_days_before
            .iter()
            .chain(&self.deadline_reminder_days_after)
            .any(|days| !(1..=730).contains(days))
        {
            anyhow::bail!("deadline_reminder_days_before and deadline_reminder_days_after hold days from 1 to 730");
        }
        Ok(WebConfig {
            secure_cookies: public_url.starts_with("https://"),
            public_url,
            session_days: self.session_days,
            body_limit_bytes: self.body_limit_bytes,
            sign_in_max_failures: self.sign_in_max_failures,
            sign_in_window_minutes: self.sign_in_window_minutes,
            trust_forwarded_for: self.trust_forwarded_for,
            display_zone,
            mail: MailConfig {
                smtp: self.smtp_host.as_ref().map(|host| SmtpConfig {
                    host: host.clone(),
                    port: self.smtp_port,
                    username: self.smtp_username.clone(),
                    password: self.smtp_password.clone(),
                    tls,
                }),
                from: self.mail_from.clone(),
                outbox_dir: self
                    .mail_outbox_dir
                    .clone()
                    .unwrap_or_else(|| self.data_dir.join("outbox")),
                poll_millis: self.mail_poll_millis,
            },
            reminder_interval_minutes: self.reminder_interval_minutes,
            analysis_inline_bytes: self.analysis_inline_bytes,
            analysis_poll_millis: self.analysis_poll_millis,
            workbook: WorkbookLimits {
                max_unpacked_bytes: self.workbook_max_unpacked_bytes,
                max_part_bytes: self.workbook_max_part_bytes,
                max_parts: self.workbook_max_parts,
                max_cells: self.workbook_max_cells,
                max_columns: self.workbook_max_columns,
                max_text_bytes: self.workbook_max_text_bytes,
            },
            auth: AuthConfig {
                hash_concurrency: match self.password_hash_concurrency {
                    0 => AuthConfig::default_hash_concurrency(),
                    n => n,
                },
                hash_wait_millis: self.password_hash_wait_millis,
                reset_max_per_hour: self.password_reset_max_per_hour,
                min_password_score: self.password_min_score,
            },
            deadline_reminder_days_before: self.deadline_reminder_days_before.clone(),
            deadline_reminder_days_after: self.deadline_reminder_days_after.clone(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_are_redacted_in_debug() {
        let mut config = Config::load(None).map_err(|e| e.to_string());
        if let Ok(config) = config.as_mut() {
            config.database_url = Some(Secret::new("postgres://jamlik:topsecret@db/jamlik"));
            config.smtp_password = Some(Secret::new("mailsecret"));
            let shown = format!("{config:?}");
            assert!(
                !shown.contains("topsecret") && !shown.contains("mailsecret"),
                "{shown}"
            );
            assert_eq!(
                config.database_url(),
                "postgres://jamlik:topsecret@db/jamlik"
            );
        }
        assert!(config.is_ok());
    }

    #[test]
    fn defaults_make_a_working_config() {
        let config = Config::load(None).map_err(|e| e.to_string());
        let web = config.as_ref().ok().and_then(|c| c.web().ok());
        assert_eq!(web.as_ref().map(|w| w.secure_cookies), Some(false));
        assert_eq!(
            config.map(|c| c.database_url()),
            Ok("sqlite://jamlik-data/jamlik.db".to_owned())
        );
    }
}
