//! The mail worker and the weekly measure reminders. Mail leaves through an
//! SMTP server when one is configured, otherwise into the outbox directory
//! and the log. Mail is never dropped silently: a failed delivery is retried
//! with a back-off and its error kept on the outbox row.

use std::time::Duration;

use jamlik_store::{QueuedMail, StoreError};
use lettre::message::header::ContentType;
use lettre::transport::smtp::authentication::Credentials;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};

use crate::config::{MailConfig, SmtpConfig, SmtpTls};
use crate::kit::mail::compose_reminder;
use crate::AppState;

/// Queues this week's reminders for measures due within a week or overdue.
pub async fn send_due_reminders(state: &AppState) -> Result<usize, StoreError> {
    let today = time::OffsetDateTime::now_utc().date();
    let (year, week, _) = today.to_iso_week_date();
    let period = format!("{year}-W{week:02}");
    let soon = jamlik_domain::IsoDate::from_date(today + time::Duration::days(7));
    let public_url = state.config().public_url.clone();
    let zone = state.config().display_zone;
    state
        .store()
        .queue_due_reminders(
            &jamlik_domain::IsoDate::from_date(today),
            &soon,
            &period,
            |due| compose_reminder(&public_url, zone, due),
        )
        .await
}

/// Queues a reminder to each holder of a certificate that expires within a
/// month, once per certificate, in the holder's language.
pub async fn send_certificate_reminders(state: &AppState) -> Result<usize, StoreError> {
    send_certificate_reminders_on(state, time::OffsetDateTime::now_utc().date()).await
}

/// As [`send_certificate_reminders`], as if today were `today`.
pub async fn send_certificate_reminders_on(
    state: &AppState,
    today: time::Date,
) -> Result<usize, StoreError> {
    let base = state.config().public_url.trim_end_matches('/').to_owned();
    let zone = state.config().display_zone;
    state
        .store()
        .queue_certificate_reminders(&jamlik_domain::IsoDate::from_date(today), |expiring| {
            let t = jamlik_i18n::Translator::new(
                expiring
                    .language
                    .unwrap_or(jamlik_domain::Language::Swedish),
                zone,
            );
            let certificate = &expiring.certificate;
            let deadline = certificate
                .expires_on
                .as_ref()
                .map(|d| crate::kit::date_in(&t, d))
                .unwrap_or_default();
            let args = [
                ("name", expiring.display_name.clone()),
                (
                    "title",
                    certificate.course_title.get(t.language()).to_owned(),
                ),
                ("deadline", deadline),
                ("link", format!("{base}/courses/{}", certificate.course_id)),
            ];
            jamlik_store::OutgoingMail {
                to: expiring.email.clone(),
                subject: t.t_args("mail-certificate-expiry-subject", &args),
                body: t.t_args("mail-certificate-expiry-body", &args),
            }
        })
        .await
}

/// Runs [`send_due_reminders`] every `reminder_interval`, forever.
pub async fn run_reminder_job(state: AppState) {
    let pause = Duration::from_secs(state.config().reminder_interval_minutes.max(1) * 60);
    loop {
        match send_due_reminders(&state).await {
            Ok(0) => {}
            Ok(count) => tracing::info!(count, "reminders queued"),
            Err(error) => tracing::error!(error = %error, "the reminder job failed"),
        }
        match send_certificate_reminders(&state).await {
            Ok(0) => {}
            Ok(count) => tracing::info!(count, "certificate reminders queued"),
            Err(error) => tracing::error!(error = %error, "the certificate reminder job failed"),
        }
        match crate::jobs::reminders::send_deadline_reminders(&state).await {
            Ok(Some(counts)) if counts.queued > 0 => {
                tracing::info!(queued = counts.queued, "deadline reminders queued");
            }
            Ok(_) => {}
            Err(error) => tracing::error!(error = %error, "the deadline reminder job failed"),
        }
        tokio::time::sleep(pause).await;
    }
}

/// Delivers queued mail until none is left; returns how many were handled.
pub async fn deliver_pending(state: &AppState) -> Result<usize, StoreError> {
    let mut handled = 0;
    loop {
        let batch = state.store().claim_mail(10, 120).await?;
        if batch.is_empty() {
            return Ok(handled);
        }
        for queued in batch {
            handled += 1;
            match deliver(&state.config().mail, &queued).await {
                Ok(destination) => {
                    state
                        .store()
                        .mark_mail_sent(&queued.id, &destination)
                        .await?
                }
                Err(error) => {
                    tracing::warn!(mail_id = %queued.id, attempts = queued.attempts, error = %error, "mail delivery failed; will retry");
                    state
                        .store()
                        .mark_mail_failed(&queued.id, queued.attempts, &error)
                        .await?;
                }
            }
        }
    }
}

/// Runs [`deliver_pending`] forever, pausing when the outbox is empty.
pub async fn run_mail_worker(state: AppState) {
    let pause = crate::mail_poll(state.config());
    loop {
        if let Err(error) = deliver_pending(&state).await {
            tracing::error!(error = %error, "mail worker could not read the outbox");
            tokio::time::sleep(Duration::from_secs(5)).await;
        }
        tokio::time::sleep(pause).await;
    }
}

async fn deliver(config: &MailConfig, queued: &QueuedMail) -> Result<String, String> {
    let message = Message::builder()
        .from(
            config
                .from
                .parse()
                .map_err(|e| format!("sender address: {e}"))?,
        )
        .to(queued
            .mail
            .to
            .parse()
            .map_err(|e| format!("recipient address: {e}"))?)
        .subject(queued.mail.subject.clone())
        .header(ContentType::TEXT_PLAIN)
        .body(queued.mail.body.clone())
        .map_err(|e| format!("message: {e}"))?;
    match &config.smtp {
        Some(smtp) => {
            transport(smtp)?
                .send(message)
                .await
                .map_err(|e| format!("smtp: {e}"))?;
            tracing::info!(mail_id = %queued.id, host = %smtp.host, "mail sent");
            Ok(format!("smtp:{}", smtp.host))
        }
        None => {
            tokio::fs::create_dir_all(&config.outbox_dir)
                .await
                .map_err(|e| format!("outbox: {e}"))?;
            let path = config.outbox_dir.join(format!("{}.eml", queued.id));
            tokio::fs::write(&path, message.formatted())
                .await
                .map_err(|e| format!("outbox: {e}"))?;
            tracing::info!(
                mail_id = %queued.id,
                to = %queued.mail.to,
                subject = %queued.mail.subject,
                file = %path.display(),
                "no SMTP server configured: mail written to the outbox"
            );
            Ok(path.display().to_string())
        }
    }
}

fn transport(smtp: &SmtpConfig) -> Result<AsyncSmtpTransport<Tokio1Executor>, String> {
    let builder = match smtp.tls {
        SmtpTls::Starttls => AsyncSmtpTransport::<Tokio1Executor>::starttls_relay(&smtp.host)
            .map_err(|e| e.to_string())?,
        SmtpTls::Tls => {
            AsyncSmtpTransport::<Tokio1Executor>::relay(&smtp.host).map_err(|e| e.to_string())?
        }
        SmtpTls::None => AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(&smtp.host),
    };
    let builder = builder
        .port(smtp.port)
        .timeout(Some(Duration::from_secs(20)));
    let builder = match (&smtp.username, &smtp.password) {
        (Some(user), Some(password)) => {
            builder.credentials(Credentials::new(user.clone(), password.expose().to_owned()))
        }
        _ => builder,
    };
    Ok(builder.build())
}
