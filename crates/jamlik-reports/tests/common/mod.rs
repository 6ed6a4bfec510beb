//! A small plan in each language, for the format tests.

#![allow(dead_code, clippy::panic, clippy::unwrap_used, clippy::expect_used)]

use jamlik_domain::Language;
use jamlik_i18n::{DisplayZone, Translator};
use jamlik_reports::{
    Consultation, Finding, Indicator, Measure, ProgressCount, Report, ReportKind, Round,
    RoundEntry, Section, Update, VersionLine,
};

/// A measure title with å, ä and ö in it, in every language.
pub const NORDIC_TITLE: &str = "Ramper till förskolan Ängen och Åbo bibliotek";

/// A title that would be markup if it were spliced into a template.
pub const HOSTILE_TITLE: &str = "#panic() *bold* ] [x] $math$ <script>alert(1)</script> \\ @ref";

pub fn translator(language: Language) -> Translator {
    Translator::new(language, DisplayZone::Helsinki)
}

pub fn organisation(language: Language) -> &'static str {
    match language {
        Language::Swedish | Language::English => "Vasa stad",
        Language::Finnish => "Vaasan kaupunki",
    }
}

pub fn sample(language: Language, kind: ReportKind) -> Report {
    let (title, approved_by, goal, status) = match language {
        Language::Swedish => (
            "Likabehandlingsplan 2025–2028",
            "Stadsstyrelsen",
            "Alla kan ta sig in utan hjälp.",
            "Pågår",
        ),
        Language::Finnish => (
            "Yhdenvertaisuussuunnitelma 2025–2028",
            "Kaupunginhallitus",
            "Kaikki pääsevät sisään ilman apua.",
            "Käynnissä",
        ),
        Language::English => (
            "Equality plan 2025–2028",
            "The city board",
            "Everyone can get in without help.",
            "In progress",
        ),
    };
    let update = Update {
        date: "12.3.2026".into(),
        note: "Two of five ramps are built.".into(),
    };
    Report {
        kind,
        language,
        organisation: organisation(language).into(),
        title: title.into(),
        version: Some(VersionLine {
            number: "3".into(),
            approved_by: approved_by.into(),
            approved_on: "14.2.2025".into(),
            decision: "KH 14.2.2025 § 42".into(),
        }),
        date: "23.11.2026".into(),
        period: "1.1.2025–31.12.2028".into(),
        frameworks: vec!["1325/2014".into(), "609/1986".into()],
        working_group: "HR, education, social services".into(),
        progress: vec![
            ProgressCount {
                status: status.into(),
                count: 2,
            },
            ProgressCount {
                status: "Klar".into(),
                count: 1,
            },
        ],
        sections: vec![Section {
            heading: "Bakgrund".into(),
            body: "The city reviewed its services.\n\nSecond paragraph.".into(),
        }],
        consultations: vec![Consultation {
            party: "Disability council".into(),
            date: "5.10.2024".into(),
            summary: "Entrances to day care are hard to use.".into(),
        }],
        findings: vec![Finding {
            service: "Early education".into(),
            ground: "Disability".into(),
            kind: "Indirect".into(),
            description: "Steps at the entrance of three day-care centres.".into(),
            affected: "Children and parents using wheelchairs".into(),
            severity: "3".into(),
            likelihood: "4".into(),
        }],
        measures: vec![
            Measure {
                title: NORDIC_TITLE.into(),
                goal: goal.into(),
                responsible: "Technical services".into(),
                budget: "45 000 €".into(),
                start: "1.3.2025".into(),
                due: "31.12.2026".into(),
                status: status.into(),
                indicators: vec![Indicator {
                    name: "Accessible entrances".into(),
                    baseline: "2 of 7".into(),
                    target: "7 of 7".into(),
                }],
                latest_update: Some(update.clone()),
            },
            Measure {
                title: HOSTILE_TITLE.into(),
                goal: "*not bold* _not emphasised_ = not a heading".into(),
                responsible: "HR".into(),
                budget: String::new(),
                start: "1.1.2025".into(),
                due: "31.12.2025".into(),
                status: "Klar".into(),
                indicators: Vec::new(),
                latest_update: None,
            },
        ],
        round: match kind {
            ReportKind::Plan => None,
            ReportKind::FollowUp => Some(Round {
                name: "Spring 2026".into(),
                period: "1.3.2026–31.3.2026".into(),
                entries: vec![
                    RoundEntry {
                        measure: NORDIC_TITLE.into(),
                        status: status.into(),
                        update: Some(update),
                    },
                    RoundEntry {
                        measure: HOSTILE_TITLE.into(),
                        status: "Klar".into(),
                        update: None,
                    },
                ],
            }),
        },
        shows_updates: true,
        language_note: None,
    }
}

/// Collapses runs of white space, so text broken over lines compares.
pub fn squeeze(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
