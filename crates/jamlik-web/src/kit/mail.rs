//! Mail: what is written, translated into the reader's language. How it
//! leaves is the mail worker's (`jobs::mail`).

use jamlik_i18n::Translator;
use jamlik_store::{OutgoingMail, User};

/// The mail telling someone they were added to an organisation, with a link
/// to set a password when they have none yet.
pub fn compose_invitation(
    t: &Translator,
    public_url: &str,
    org_name: &str,
    inviter: &str,
    invitation: &jamlik_store::Invitation,
) -> OutgoingMail {
    let base = public_url.trim_end_matches('/');
    let (key, link) = match &invitation.link_secret {
        Some(secret) => (
            "mail-invitation-body-new",
            format!("{base}/welcome/{secret}"),
        ),
        None => ("mail-invitation-body-existing", format!("{base}/sign-in")),
    };
    OutgoingMail {
        to: invitation.user.email.clone(),
        subject: t.t_args(
            "mail-invitation-subject",
            &[("organisation", org_name.to_owned())],
        ),
        body: t.t_args(
            key,
            &[
                ("organisation", org_name.to_owned()),
                ("inviter", inviter.to_owned()),
                ("link", link),
            ],
        ),
    }
}

/// The mail with a link to reset a forgotten password.
pub(crate) fn compose_reset(
    t: &Translator,
    public_url: &str,
    user: &User,
    secret: &str,
) -> OutgoingMail {
    let link = format!(
        "{}/reset-password/{secret}",
        public_url.trim_end_matches('/')
    );
    OutgoingMail {
        to: user.email.clone(),
        subject: t.t("mail-reset-subject"),
        body: t.t_args(
            "mail-reset-body",
            &[("name", user.display_name.clone()), ("link", link)],
        ),
    }
}

/// The reminder to a measure's owner that it is due soon, or overdue.
pub(crate) fn compose_reminder(
    public_url: &str,
    zone: jamlik_i18n::DisplayZone,
    due: &jamlik_store::DueMeasure,
) -> OutgoingMail {
    let t = Translator::new(
        due.owner_language
            .unwrap_or(jamlik_domain::Language::Swedish),
        zone,
    );
    let (fi, sv, en) = &due.organisation;
    let organisation = t
        .pick_name(fi.as_deref(), sv.as_deref(), en.as_deref())
        .to_owned();
    let date = due
        .round_closes
        .as_ref()
        .or(due.measure.due_date.as_ref())
        .and_then(|d| d.date())
        .and_then(|d| d.with_hms(12, 0, 0).ok())
        .map(|d| t.date(d.assume_utc().unix_timestamp()))
        .unwrap_or_default();
    let link = format!(
        "{}/orgs/{}/measures/{}",
        public_url.trim_end_matches('/'),
        due.org_id,
        due.measure.id
    );
    let args = [
        ("name", due.owner_name.clone()),
        ("title", due.measure.title.clone()),
        ("organisation", organisation),
        ("value", date),
        ("link", link),
    ];
    OutgoingMail {
        to: due.owner_email.clone(),
        subject: t.t_args(&format!("mail-reminder-{}-subject", due.kind), &args),
        body: t.t_args(&format!("mail-reminder-{}-body", due.kind), &args),
    }
}
