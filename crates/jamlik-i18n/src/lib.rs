//! Translations and locale formatting.
//!
//! Every string a person sees comes from the Fluent files under `locales/`
//! (`sv`, `fi`, `en`), compiled into the binary. A [`Translator`] is one
//! person's language for one request: it looks up messages and formats
//! numbers and dates the way that language writes them.
//!
//! Swedish is the fallback language; a test in this crate fails when any key
//! is missing from any language, so the fallback is never seen in practice.

use std::borrow::Cow;
use std::collections::HashMap;

use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::Loader;
use jamlik_domain::Language;
use time::{Duration, Month, OffsetDateTime, UtcOffset, Weekday};
use unic_langid::LanguageIdentifier;

mod hyphenate;
mod stem;
pub use hyphenate::{soft_hyphens, SOFT_HYPHEN};
pub use stem::stems;

fluent_templates::static_loader! {
    static LOCALES = {
        locales: "./locales",
        fallback_language: "sv",
        // Bidi isolation marks would end up in plain text, PDF and CSV.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

/// The Fluent sources as (language, file, text), for the completeness tests.
/// A test fails when a file under `locales/` is missing here.
pub const SOURCES: [(&str, &str, &str); 36] = [
    ("sv", "kit.ftl", include_str!("../locales/sv/kit.ftl")),
    ("fi", "kit.ftl", include_str!("../locales/fi/kit.ftl")),
    ("en", "kit.ftl", include_str!("../locales/en/kit.ftl")),
    (
        "sv",
        "account.ftl",
        include_str!("../locales/sv/account.ftl"),
    ),
    (
        "fi",
        "account.ftl",
        include_str!("../locales/fi/account.ftl"),
    ),
    (
        "en",
        "account.ftl",
        include_str!("../locales/en/account.ftl"),
    ),
    (
        "sv",
        "knowledge.ftl",
        include_str!("../locales/sv/knowledge.ftl"),
    ),
    (
        "fi",
        "knowledge.ftl",
        include_str!("../locales/fi/knowledge.ftl"),
    ),
    (
        "en",
        "knowledge.ftl",
        include_str!("../locales/en/knowledge.ftl"),
    ),
    ("sv", "public.ftl", include_str!("../locales/sv/public.ftl")),
    ("fi", "public.ftl", include_str!("../locales/fi/public.ftl")),
    ("en", "public.ftl", include_str!("../locales/en/public.ftl")),
    ("sv", "org.ftl", include_str!("../locales/sv/org.ftl")),
    ("fi", "org.ftl", include_str!("../locales/fi/org.ftl")),
    ("en", "org.ftl", include_str!("../locales/en/org.ftl")),
    (
        "sv",
        "planning.ftl",
        include_str!("../locales/sv/planning.ftl"),
    ),
    (
        "fi",
        "planning.ftl",
        include_str!("../locales/fi/planning.ftl"),
    ),
    (
        "en",
        "planning.ftl",
        include_str!("../locales/en/planning.ftl"),
    ),
    ("sv", "admin.ftl", include_str!("../locales/sv/admin.ftl")),
    ("fi", "admin.ftl", include_str!("../locales/fi/admin.ftl")),
    ("en", "admin.ftl", include_str!("../locales/en/admin.ftl")),
    (
        "sv",
        "open_data.ftl",
        include_str!("../locales/sv/open_data.ftl"),
    ),
    (
        "fi",
        "open_data.ftl",
        include_str!("../locales/fi/open_data.ftl"),
    ),
    (
        "en",
        "open_data.ftl",
        include_str!("../locales/en/open_data.ftl"),
    ),
    (
        "sv",
        "reports.ftl",
        include_str!("../locales/sv/reports.ftl"),
    ),
    (
        "fi",
        "reports.ftl",
        include_str!("../locales/fi/reports.ftl"),
    ),
    (
        "en",
        "reports.ftl",
        include_str!("../locales/en/reports.ftl"),
    ),
    (
        "sv",
        "analysis.ftl",
        include_str!("../locales/sv/analysis.ftl"),
    ),
    (
        "fi",
        "analysis.ftl",
        include_str!("../locales/fi/analysis.ftl"),
    ),
    (
        "en",
        "analysis.ftl",
        include_str!("../locales/en/analysis.ftl"),
    ),
    (
        "sv",
        "monitoring.ftl",
        include_str!("../locales/sv/monitoring.ftl"),
    ),
    (
        "fi",
        "monitoring.ftl",
        include_str!("../locales/fi/monitoring.ftl"),
    ),
    (
        "en",
        "monitoring.ftl",
        include_str!("../locales/en/monitoring.ftl"),
    ),
    (
        "sv",
        "national.ftl",
        include_str!("../locales/sv/national.ftl"),
    ),
    (
        "fi",
        "national.ftl",
        include_str!("../locales/fi/national.ftl"),
    ),
    (
        "en",
        "national.ftl",
        include_str!("../locales/en/national.ftl"),
    ),
];

/// The time zone dates are shown in. Both follow the EU summer-time rule.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DisplayZone {
    /// Finland: UTC+2, summer UTC+3.
    Helsinki,
    /// Sweden: UTC+1, summer UTC+2.
    Stockholm,
}

impl DisplayZone {
    /// Parses an IANA zone name.
    pub fn parse(raw: &str) -> Option<Self> {
        match raw {
            "Europe/Helsinki" => Some(DisplayZone::Helsinki),
            "Europe/Stockholm" => Some(DisplayZone::Stockholm),
            _ => None,
        }
    }

    /// The UTC offset in force at an instant. Summer time runs from 01:00 UTC on
    /// the last Sunday of March to 01:00 UTC on the last Sunday of October
    /// (Directive 2000/84/EC).
    pub fn offset_at(self, instant: OffsetDateTime) -> UtcOffset {
        let standard_hours: i8 = match self {
            DisplayZone::Helsinki => 2,
            DisplayZone::Stockholm => 1,
        };
        let year = instant.year();
        let summer = match (
            last_sunday_1am_utc(year, Month::March),
            last_sunday_1am_utc(year, Month::October),
        ) {
            (Some(start), Some(end)) => instant >= start && instant < end,
            _ => false,
        };
        let hours = standard_hours + i8::from(summer);
        UtcOffset::from_hms(hours, 0, 0).unwrap_or(UtcOffset::UTC)
    }
}

fn last_sunday_1am_utc(year: i32, month: Month) -> Option<OffsetDateTime> {
    let last_day = time::Date::from_calendar_date(year, month, 31).ok()?;
    let back = last_day.weekday().number_days_from_sunday();
    let sunday = last_day - Duration::days(i64::from(back));
    debug_assert_eq!(sunday.weekday(), Weekday::Sunday);
    Some(sunday.with_hms(1, 0, 0).ok()?.assume_utc())
}

/// Every argument name a message may use.
pub const ARGUMENT_NAMES: [&str; 69] = [
    "name",
    "address",
    "query",
    "organisation",
    "count",
    "formatted",
    "page",
    "pages",
    "minutes",
    "inviter",
    "link",
    "value",
    "title",
    "expected",
    "baseline",
    "target",
    "current",
    "group",
    "resources",
    "outcome",
    "people",
    "base",
    "first",
    "second",
    "gap",
    "percent",
    "controls",
    "compared",
    "row",
    "column",
    "found",
    "needed",
    "what",
    "detail",
    "sheet",
    "available",
    "values",
    "missing",
    "first_row",
    "field",
    "total",
    "previous",
    "threshold",
    "feedback",
    "deadline",
    "from",
    "to",
    "area",
    "ages",
    "share",
    "low",
    "high",
    "mean",
    "median",
    "women",
    "men",
    "lowest",
    "highest",
    "category",
    "basic",
    "unexplained",
    "bound",
    "limit",
    "reason",
    "statuses",
    "done",
    "min",
    "number",
    "date",
];

/// One person's language: messages and formatting.
#[derive(Clone, Copy, Debug)]
pub struct Translator {
    language: Language,
    zone: DisplayZone,
}

impl Translator {
    /// A translator for a language, showing times in a zone.
    pub fn new(language: Language, zone: DisplayZone) -> Self {
        Translator { language, zone }
    }

    /// The language.
    pub fn language(&self) -> Language {
        self.language
    }

    fn langid(&self) -> LanguageIdentifier {
        match self.language {
            Language::Swedish => unic_langid::langid!("sv"),
            Language::Finnish => unic_langid::langid!("fi"),
            Language::English => unic_langid::langid!("en"),
        }
    }

    /// The message for a key. A missing key shows as the key itself, which the
    /// completeness tests prevent from reaching a person.
    pub fn t(&self, key: &str) -> String {
        LOCALES
            .try_lookup(&self.langid(), key)
            .unwrap_or_else(|| key.to_owned())
    }

    /// The message for a key with named arguments. Numeric-looking text stays
    /// text: numbers are formatted by the caller with [`Translator::number`].
    pub fn t_args(&self, key: &str, args: &[(&str, String)]) -> String {
        let map: HashMap<Cow<'static, str>, FluentValue<'_>> = args
            .iter()
            .map(|(name, value)| {
                (
                    Cow::Owned((*name).to_owned()),
                    FluentValue::from(value.clone()),
                )
            })
            .collect();
        LOCALES
            .try_lookup_with_args(&self.langid(), key, &map)
            .unwrap_or_else(|| key.to_owned())
    }

    /// The message for a key with a count, for plurals (`{ $count }` selects).
    pub fn t_count(&self, key: &str, count: i64) -> String {
        let mut map: HashMap<Cow<'static, str>, FluentValue<'_>> = HashMap::new();
        map.insert(Cow::Borrowed("count"), FluentValue::from(count));
        map.insert(
            Cow::Borrowed("formatted"),
            FluentValue::from(self.number(count)),
        );
        LOCALES
            .try_lookup_with_args(&self.langid(), key, &map)
            .unwrap_or_else(|| key.to_owned())
    }

    /// Whether a key exists in this very language (never in the Swedish
    /// that a lookup falls back to) and formats without an error with the
    /// argument names messages use.
    pub fn has(&self, key: &str) -> bool {
        self.check(key).is_ok()
    }

    /// A message formatted in this very language alone, with every argument
    /// name messages use: the message, or why it does not format (missing
    /// here, or a placeable naming an argument no caller passes). Lookups
    /// for people fall back to Swedish; this never does, so a test built on
    /// it fails for the language that is wrong.
    pub fn check(&self, key: &str) -> Result<String, String> {
        let mut map: HashMap<Cow<'static, str>, FluentValue<'_>> = HashMap::new();
        for name in ARGUMENT_NAMES {
            map.insert(Cow::Borrowed(name), FluentValue::from("x"));
        }
        LOCALES
            .lookup_single_language(&self.langid(), key, Some(&map))
            .map_err(|error| format!("{key} in {}: {error}", self.language.as_str()))
    }

    /// A whole number with the language's digit grouping: `12 345` in Swedish
    /// and Finnish (a no-break space), `12,345` in English.
    pub fn number(&self, value: i64) -> String {
        let separator = match self.language {
            Language::English => ",",
            Language::Swedish | Language::Finnish => "\u{a0}",
        };
        let digits = value.unsigned_abs().to_string();
        let mut grouped = String::with_capacity(digits.len() + digits.len() / 3 * 2 + 1);
        if value < 0 {
            grouped.push('−');
        }
        for (index, digit) in digits.chars().enumerate() {
            if index > 0 && (digits.len() - index).is_multiple_of(3) {
                grouped.push_str(separator);
            }
            grouped.push(digit);
        }
        grouped
    }

    /// A decimal number with a fixed number of decimals: `3,5` in Swedish and
    /// Finnish, `3.5` in English.
    pub fn decimal(&self, value: f64, decimals: usize) -> String {
        let text = format!("{:.*}", decimals, value.abs());
        let (whole, fraction) = text.split_once('.').unwrap_or((&text, ""));
        let whole: i64 = whole.parse().unwrap_or(0);
        let sign = if value < 0.0 && value.abs() >= 0.5 * 10f64.powi(-(decimals as i32)) {
            "−"
        } else {
            ""
        };
        let mark = match self.language {
            Language::English => ".",
            Language::Swedish | Language::Finnish => ",",
        };
        if fraction.is_empty() {
            format!("{sign}{}", self.number(whole))
        } else {
            format!("{sign}{}{mark}{fraction}", self.number(whole))
        }
    }

    fn local(&self, epoch_seconds: i64) -> OffsetDateTime {
        let utc = OffsetDateTime::from_unix_timestamp(epoch_seconds)
            .unwrap_or(OffsetDateTime::UNIX_EPOCH);
        utc.to_offset(self.zone.offset_at(utc))
    }

    /// A date the way the language writes it: `23 november 2026`,
    /// `23.11.2026`, `23 November 2026`.
    pub fn date(&self, epoch_seconds: i64) -> String {
        let local = self.local(epoch_seconds);
        let (day, year) = (local.day(), local.year());
        match self.language {
            Language::Finnish => format!("{day}.{}.{year}", u8::from(local.month())),
            Language::Swedish => format!("{day} {} {year}", self.month_name(local.month())),
            Language::English => format!("{day} {} {year}", self.month_name(local.month())),
        }
    }

    /// A date and time: `23 november 2026 14:05`, `23.11.2026 klo 14.05`,
    /// `23 November 2026, 14:05`.
    pub fn datetime(&self, epoch_seconds: i64) -> String {
        let local = self.local(epoch_seconds);
        let (hour, minute) = (local.hour(), local.minute());
        let date = self.date(epoch_seconds);
        match self.language {
            Language::Finnish => format!("{date} klo {hour}.{minute:02}"),
            Language::Swedish => format!("{date} {hour:02}:{minute:02}"),
            Language::English => format!("{date}, {hour:02}:{minute:02}"),
        }
    }

    fn month_name(&self, month: Month) -> String {
        self.t(&format!("month-{}", u8::from(month)))
    }

    /// An organisation's name in this language where the register has it,
    /// else in the organisation's own first language, else any.
    pub fn pick_name<'a>(
        &self,
        name_fi: Option<&'a str>,
        name_sv: Option<&'a str>,
        name_en: Option<&'a str>,
    ) -> &'a str {
        let preferred = match self.language {
            Language::Finnish => [name_fi, name_sv, name_en],
            Language::Swedish => [name_sv, name_fi, name_en],
            Language::English => [name_en, name_fi, name_sv],
        };
        preferred.into_iter().flatten().next().unwrap_or("")
    }
}

/// Picks the best supported language from an `Accept-Language` header, by
/// quality, or none when the header names none of sv, fi, en.
pub fn negotiate(accept_language: &str) -> Option<Language> {
    let mut best: Option<(f32, usize, Language)> = None;
    for (position, part) in accept_language.split(',').enumerate() {
        let mut pieces = part.split(';');
        let tag = pieces.next().unwrap_or_default().trim();
        let quality = pieces
            .find_map(|p| p.trim().strip_prefix("q="))
            .and_then(|q| q.trim().parse::<f32>().ok())
            .unwrap_or(1.0);
        if quality <= 0.0 {
            continue;
        }
        if let Ok(language) = Language::parse(tag) {
            let better = match best {
                None => true,
                Some((best_quality, _, _)) => quality > best_quality,
            };
            if better {
                best = Some((quality, position, language));
            }
        }
    }
    best.map(|(_, _, language)| language)
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;

    /// The message identifiers of one Fluent source.
    fn keys(source: &str) -> BTreeSet<String> {
        source
            .lines()
            .filter(|line| line.starts_with(|c: char| c.is_ascii_alphabetic()))
            .filter_map(|line| line.split_once('=').map(|(key, _)| key.trim().to_owned()))
            .collect()
    }

    /// Every key of every Swedish file.
    fn swedish_keys() -> BTreeSet<String> {
        SOURCES
            .iter()
            .filter(|(tag, _, _)| *tag == "sv")
            .flat_map(|(_, _, source)| keys(source))
            .collect()
    }

    #[test]
    fn every_key_exists_in_every_language() {
        assert!(
            swedish_keys().len() > 50,
            "the Swedish files hold the messages"
        );
        for (_, file, swedish) in SOURCES.iter().filter(|(tag, _, _)| *tag == "sv") {
            let reference = keys(swedish);
            assert!(!reference.is_empty(), "sv/{file} holds messages");
            for language in ["fi", "en"] {
                let source = SOURCES
                    .iter()
                    .find(|(tag, name, _)| *tag == language && name == file)
                    .map(|(_, _, source)| *source)
                    .unwrap_or_else(|| panic!("{language}/{file} is not in SOURCES"));
                let these = keys(source);
                let missing: Vec<_> = reference.difference(&these).collect();
                let extra: Vec<_> = these.difference(&reference).collect();
                assert!(missing.is_empty(), "{language}/{file} lacks {missing:?}");
                assert!(
                    extra.is_empty(),
                    "{language}/{file} has keys Swedish lacks: {extra:?}"
                );
            }
        }
    }

    #[test]
    fn every_file_is_checked_and_no_key_is_defined_twice() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
        for language in ["sv", "fi", "en"] {
            let directory = root.join(language);
            let entries = std::fs::read_dir(&directory).expect("the locale directory exists");
            for entry in entries {
                let name = entry.expect("a directory entry").file_name();
                let name = name.to_string_lossy();
                if name.ends_with(".ftl") {
                    assert!(
                        SOURCES
                            .iter()
                            .any(|(tag, file, _)| *tag == language && *file == name),
                        "{language}/{name} is not listed in SOURCES"
                    );
                }
            }
            let mut seen = BTreeSet::new();
            for (_, file, source) in SOURCES.iter().filter(|(tag, _, _)| *tag == language) {
                for key in keys(source) {
                    assert!(
                        seen.insert(key.clone()),
                        "{language}/{file} defines {key} again"
                    );
                }
            }
        }
    }

    #[test]
    fn every_message_resolves_in_every_language() {
        for language in Language::ALL {
            let translator = Translator::new(language, DisplayZone::Helsinki);
            for key in swedish_keys() {
                if let Err(why) = translator.check(&key) {
                    panic!("{why}");
                }
            }
        }
    }

    #[test]
    fn every_error_has_a_message() {
        for language in Language::ALL {
            let translator = Translator::new(language, DisplayZone::Helsinki);
            for error in jamlik_domain::ErrorCode::ALL {
                assert!(
                    translator.has(&error.message_key()),
                    "{} {}",
                    error.message_key(),
                    language.as_str()
                );
            }
        }
    }

    #[test]
    fn every_status_has_one_name_in_every_language() {
        use jamlik_domain::PlanStatus;
        let all = swedish_keys();
        for status in PlanStatus::ALL {
            let key = status.message_key();
            // No second family: no other message names the status.
            let hyphens = status.as_str().replace('_', "-");
            let others: Vec<_> = all
                .iter()
                .filter(|k| **k != key)
                .filter(|k| {
                    k.ends_with(&format!("status-{}", status.as_str()))
                        || k.ends_with(&format!("status-{hyphens}"))
                })
                .collect();
            assert!(others.is_empty(), "{status:?} is also named by {others:?}");
        }
        for language in Language::ALL {
            let translator = Translator::new(language, DisplayZone::Helsinki);
            let names: BTreeSet<String> = PlanStatus::ALL
                .iter()
                .map(|status| {
                    let key = status.message_key();
                    assert!(translator.has(&key), "{key} in {}", language.as_str());
                    translator.t(&key)
                })
                .collect();
            assert_eq!(
                names.len(),
                PlanStatus::ALL.len(),
                "two statuses share a name in {}",
                language.as_str()
            );
        }
    }

    #[test]
    fn numbers_follow_the_language() {
        let sv = Translator::new(Language::Swedish, DisplayZone::Helsinki);
        let en = Translator::new(Language::English, DisplayZone::Helsinki);
        assert_eq!(sv.number(1_234_567), "1\u{a0}234\u{a0}567");
        assert_eq!(en.number(1_234_567), "1,234,567");
        assert_eq!(en.number(-999), "−999");
        assert_eq!(sv.decimal(3.456, 1), "3,5");
        assert_eq!(en.decimal(12345.5, 2), "12,345.50");
    }

    #[test]
    fn dates_follow_the_language_and_summer_time() {
        // 2026-07-01 12:00 UTC is 15:00 in Helsinki (summer time).
        let summer = 1_782_907_200;
        let fi = Translator::new(Language::Finnish, DisplayZone::Helsinki);
        assert_eq!(fi.datetime(summer), "1.7.2026 klo 15.00");
        // 2026-11-23 12:00 UTC is 13:00 in Stockholm (standard time).
        let winter = 1_795_435_200;
        let sv = Translator::new(Language::Swedish, DisplayZone::Stockholm);
        assert_eq!(sv.datetime(winter), "23 november 2026 13:00");
        let en = Translator::new(Language::English, DisplayZone::Stockholm);
        assert_eq!(en.date(winter), "23 November 2026");
    }

    #[test]
    fn names_follow_the_viewer() {
        let sv = Translator::new(Language::Swedish, DisplayZone::Helsinki);
        let fi = Translator::new(Language::Finnish, DisplayZone::Helsinki);
        let en = Translator::new(Language::English, DisplayZone::Helsinki);
        assert_eq!(sv.pick_name(Some("Turku"), Some("Åbo"), None), "Åbo");
        assert_eq!(fi.pick_name(Some("Turku"), Some("Åbo"), None), "Turku");
        assert_eq!(en.pick_name(Some("Turku"), Some("Åbo"), None), "Turku");
        assert_eq!(fi.pick_name(None, Some("Stockholm"), None), "Stockholm");
    }

    #[test]
    fn accept_language_is_negotiated() {
        assert_eq!(
            negotiate("fi-FI,fi;q=0.9,en;q=0.8"),
            Some(Language::Finnish)
        );
        assert_eq!(
            negotiate("de-DE,en;q=0.5,sv;q=0.7"),
            Some(Language::Swedish)
        );
        assert_eq!(negotiate("de,fr"), None);
        assert_eq!(negotiate("en;q=0,fi;q=0.1"), Some(Language::Finnish));
    }
}
