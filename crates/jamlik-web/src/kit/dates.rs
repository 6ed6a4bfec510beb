//! Dates as the pages use them: today (UTC) and a date shown in the
//! viewer's (or an export's) language.

use jamlik_domain::IsoDate;

use crate::kit::context::Ctx;

/// The date a number of days from today (UTC).
pub(crate) fn days_from_today(days: i64) -> IsoDate {
    let date = time::OffsetDateTime::now_utc().date() + time::Duration::days(days);
    IsoDate::from_date(date)
}

/// Today (UTC).
pub(crate) fn today() -> IsoDate {
    days_from_today(0)
}

/// A date shown in the viewer's language.
pub(crate) fn show_date(ctx: &Ctx, date: &IsoDate) -> String {
    date_in(&ctx.t, date)
}

/// A date shown in a translator's language (exports pick their own).
pub(crate) fn date_in(t: &jamlik_i18n::Translator, date: &IsoDate) -> String {
    date.date()
        .and_then(|d| d.with_hms(12, 0, 0).ok())
        .map(|d| t.date(d.assume_utc().unix_timestamp()))
        .unwrap_or_else(|| date.to_string())
}
