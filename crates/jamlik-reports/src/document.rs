//! The report's structure, worked out once for all three formats.
//!
//! [`Document::build`] turns a [`Report`] into headings, paragraphs and tables
//! with every label translated. The PDF, DOCX and HTML writers only lay these
//! blocks out, so the three formats cannot drift apart.

use jamlik_i18n::Translator;
use serde::Serialize;

use crate::model::{CertificateDocument, Report, ReportKind};

/// A report laid out as blocks, with its labels translated.
#[derive(Debug, Serialize)]
pub(crate) struct Document {
    /// The BCP 47 tag of the document's language.
    pub language: &'static str,
    /// The regional tag Word uses, e.g. `fi-FI`.
    pub word_language: &'static str,
    /// The title in the document's metadata.
    pub title: String,
    /// The organisation, shown on every page.
    pub organisation: String,
    /// The document's date, shown on every page.
    pub date: String,
    /// The version, shown on every page, e.g. `Version 3` or `Draft`.
    pub version: String,
    /// "Page {page} of {pages}", with those two placeholders left in.
    pub page_label: String,
    /// The content, in reading order.
    pub blocks: Vec<Block>,
}

/// One piece of content.
#[derive(Debug, Serialize)]
#[serde(tag = "type", rename_all = "kebab-case")]
pub(crate) enum Block {
    /// A line above the title saying what the document is.
    Kicker { text: String },
    /// A heading; level 1 is the title.
    Heading { level: u8, text: String },
    /// A paragraph of plain text.
    Paragraph { text: String },
    /// Labelled values: a table whose first column heads its rows.
    Facts {
        caption: String,
        rows: Vec<(String, String)>,
    },
    /// A table whose first row heads its columns.
    Table {
        caption: String,
        columns: Vec<Column>,
        rows: Vec<Vec<String>>,
    },
}

/// A table column.
#[derive(Debug, Serialize)]
pub(crate) struct Column {
    /// The header.
    pub label: String,
    /// The share of the free width; zero sizes the column to its content.
    pub weight: u8,
}

impl Column {
    fn new(label: String, weight: u8) -> Self {
        Column { label, weight }
    }
}

impl Document {
    /// Lays a certificate out: what it is, the holder's name, the course,
    /// and the facts that let anyone verify it.
    pub fn certificate(certificate: &CertificateDocument, t: &Translator) -> Document {
        Document {
            language: certificate.language.as_str(),
            word_language: word_language(certificate.language),
            title: format!("{} – {}", certificate.kind, certificate.course),
            organisation: certificate.issuer.clone(),
            date: certificate.date.clone(),
            version: certificate.kind.clone(),
            page_label: t.t_args(
                "report-page",
                &[("page", "{page}".into()), ("pages", "{pages}".into())],
            ),
            blocks: vec![
                Block::Kicker {
                    text: certificate.kind.clone(),
                },
                Block::Heading {
                    level: 1,
                    text: certificate.holder.clone(),
                },
                Block::Paragraph {
                    text: certificate.statement.clone(),
                },
                Block::Heading {
                    level: 2,
                    text: certificate.course.clone(),
                },
                Block::Facts {
                    caption: certificate.kind.clone(),
                    rows: certificate.facts.clone(),
                },
            ],
        }
    }

    /// Lays a report out.
    pub fn build(report: &Report, t: &Translator) -> Document {
        let language = report.language.as_str();
        let word_language = word_language(report.language);
        let kind_label = match report.kind {
            ReportKind::Plan => t.t("report-kind-plan"),
            ReportKind::FollowUp => t.t("report-kind-follow-up"),
        };
        let version = match &report.version {
            Some(version) => t.t_args(
                "report-version-number",
                &[("value", version.number.clone())],
            ),
            None => t.t("report-version-draft"),
        };
        let blank = || t.t("report-blank");
        let or_blank = |value: &str| {
            if value.trim().is_empty() {
                blank()
            } else {
                value.to_owned()
            }
        };

        let mut blocks = vec![
            Block::Kicker {
                text: kind_label.clone(),
            },
            Block::Heading {
                level: 1,
                text: report.title.clone(),
            },
        ];

        let mut facts = vec![
            (t.t("report-organisation"), report.organisation.clone()),
            (t.t("report-period"), or_blank(&report.period)),
            (t.t("report-date"), or_blank(&report.date)),
            (t.t("report-version"), version.clone()),
        ];
        if let Some(line) = &report.version {
            facts.push((t.t("report-approved-by"), or_blank(&line.approved_by)));
            facts.push((t.t("report-approved-on"), or_blank(&line.approved_on)));
            facts.push((t.t("report-decision"), or_blank(&line.decision)));
        }
        facts.push((
            t.t("report-frameworks"),
            if report.frameworks.is_empty() {
                blank()
            } else {
                report.frameworks.join("\n")
            },
        ));
        facts.push((t.t("report-working-group"), or_blank(&report.working_group)));
        if let Some(note) = &report.language_note {
            facts.push((t.t("report-language"), note.clone()));
        }
        blocks.push(Block::Heading {
            level: 2,
            text: t.t("report-overview-heading"),
        });
        blocks.push(Block::Facts {
            caption: t.t("report-overview-caption"),
            rows: facts,
        });

        if !report.progress.is_empty() {
            blocks.push(Block::Heading {
                level: 2,
                text: t.t("report-progress-heading"),
            });
            let total: u64 = report
                .progress
                .iter()
                .map(|line| u64::from(line.count))
                .sum();
            let mut rows: Vec<Vec<String>> = report
                .progress
                .iter()
                .map(|line| vec![line.status.clone(), t.number(i64::from(line.count))])
                .collect();
            rows.push(vec![
                t.t("report-total"),
                t.number(i64::try_from(total).unwrap_or(i64::MAX)),
            ]);
            blocks.push(Block::Table {
                caption: t.t("report-progress-caption"),
                columns: vec![
                    Column::new(t.t("report-status"), 3),
                    Column::new(t.t("report-count"), 1),
                ],
                rows,
            });
        }

        if let Some(round) = &report.round {
            blocks.push(Block::Heading {
                level: 2,
                text: t.t_args("report-round-heading", &[("name", round.name.clone())]),
            });
            let reported = round
                .entries
                .iter()
                .filter(|entry| entry.update.is_some())
                .count();
            blocks.push(Block::Facts {
                caption: t.t("report-round-caption"),
                rows: vec![
                    (t.t("report-round-period"), or_blank(&round.period)),
                    (
                        t.t("report-round-reported"),
                        t.t_args(
                            "report-round-reported-value",
                            &[
                                ("value", t.number(count(reported))),
                                ("count", t.number(count(round.entries.len()))),
                            ],
                        ),
                    ),
                ],
            });
            if !round.entries.is_empty() {
                let rows = round
                    .entries
                    .iter()
                    .enumerate()
                    .map(|(index, entry)| {
                        let (date, note) = match &entry.update {
                            Some(update) => (or_blank(&update.date), or_blank(&update.note)),
                            None => (blank(), t.t("report-round-no-update")),
                        };
                        vec![
                            t.number(count(index + 1)),
                            entry.measure.clone(),
                            or_blank(&entry.status),
                            date,
                            note,
                        ]
                    })
                    .collect();
                blocks.push(Block::Table {
                    caption: t.t("report-round-table-caption"),
                    columns: vec![
                        Column::new(t.t("report-number"), 0),
                        Column::new(t.t("report-measure"), 3),
                        Column::new(t.t("report-status"), 0),
                        Column::new(t.t("report-update-date"), 0),
                        Column::new(t.t("report-update-note"), 4),
                    ],
                    rows,
                });
            }
        }

        for section in &report.sections {
            blocks.push(Block::Heading {
                level: 2,
                text: section.heading.clone(),
            });
            for paragraph in paragraphs(&section.body) {
                blocks.push(Block::Paragraph { text: paragraph });
            }
        }

        if !report.consultations.is_empty() {
            blocks.push(Block::Heading {
                level: 2,
                text: t.t("report-consultations-heading"),
            });
            blocks.push(Block::Table {
                caption: t.t("report-consultations-caption"),
                columns: vec![
                    Column::new(t.t("report-consulted"), 2),
                    Column::new(t.t("report-consulted-on"), 0),
                    Column::new(t.t("report-consultation-summary"), 5),
                ],
                rows: report
                    .consultations
                    .iter()
                    .map(|consultation| {
                        vec![
                            consultation.party.clone(),
                            or_blank(&consultation.date),
                            or_blank(&consultation.summary),
                        ]
                    })
                    .collect(),
            });
        }

        if !report.findings.is_empty() {
            blocks.push(Block::Heading {
                level: 2,
                text: t.t("report-findings-heading"),
            });
            blocks.push(Block::Table {
                caption: t.t("report-findings-caption"),
                columns: vec![
                    Column::new(t.t("report-finding-service"), 2),
                    Column::new(t.t("report-finding-ground"), 3),
                    Column::new(t.t("report-finding-kind"), 2),
                    Column::new(t.t("report-finding-description"), 4),
                    Column::new(t.t("report-finding-affected"), 3),
                    Column::new(t.t("report-finding-severity"), 2),
                    Column::new(t.t("report-finding-likelihood"), 2),
                ],
                rows: report
                    .findings
                    .iter()
                    .map(|finding| {
                        vec![
                            or_blank(&finding.service),
                            or_blank(&finding.ground),
                            or_blank(&finding.kind),
                            or_blank(&finding.description),
                            or_blank(&finding.affected),
                            or_blank(&finding.severity),
                            or_blank(&finding.likelihood),
                        ]
                    })
                    .collect(),
            });
        }

        if !report.measures.is_empty() {
            blocks.push(Block::Heading {
                level: 2,
                text: t.t("report-measures-heading"),
            });
            blocks.push(Block::Table {
                caption: t.t("report-measures-caption"),
                columns: vec![
                    Column::new(t.t("report-number"), 0),
                    Column::new(t.t("report-measure"), 5),
                    Column::new(t.t("report-responsible"), 3),
                    Column::new(t.t("report-budget"), 2),
                    Column::new(t.t("report-start"), 2),
                    Column::new(t.t("report-due"), 2),
                    Column::new(t.t("report-status"), 2),
                ],
                rows: report
                    .measures
                    .iter()
                    .enumerate()
                    .map(|(index, measure)| {
                        vec![
                            t.number(count(index + 1)),
                            measure.title.clone(),
                            or_blank(&measure.responsible),
                            or_blank(&measure.budget),
                            or_blank(&measure.start),
                            or_blank(&measure.due),
                            or_blank(&measure.status),
                        ]
                    })
                    .collect(),
            });
            blocks.push(Block::Heading {
                level: 2,
                text: t.t("report-measures-details-heading"),
            });
            for (index, measure) in report.measures.iter().enumerate() {
                blocks.push(Block::Heading {
                    level: 3,
                    text: format!("{}. {}", t.number(count(index + 1)), measure.title),
                });
                let mut rows = vec![
                    (t.t("report-goal"), or_blank(&measure.goal)),
                    (t.t("report-responsible"), or_blank(&measure.responsible)),
                    (t.t("report-status"), or_blank(&measure.status)),
                ];
                if report.shows_updates {
                    rows.push(match &measure.latest_update {
                        Some(update) => (
                            t.t("report-latest-update"),
                            format!("{}\n{}", or_blank(&update.date), or_blank(&update.note)),
                        ),
                        None => (t.t("report-latest-update"), t.t("report-no-update")),
                    });
                }
                // Indicators are a few short lines each: part of the measure's
                // facts rather than a table of their own, which keeps a plan of
                // hundreds of measures quick to typeset.
                for indicator in &measure.indicators {
                    rows.push((
                        format!("{}: {}", t.t("report-indicator"), indicator.name),
                        format!(
                            "{}: {}\n{}: {}",
                            t.t("report-indicator-baseline"),
                            or_blank(&indicator.baseline),
                            t.t("report-indicator-target"),
                            or_blank(&indicator.target),
                        ),
                    ));
                }
                blocks.push(Block::Facts {
                    caption: t.t_args(
                        "report-measure-caption",
                        &[("title", measure.title.clone())],
                    ),
                    rows,
                });
            }
        }

        Document {
            language,
            word_language,
            title: format!("{} – {}", report.title, kind_label),
            organisation: report.organisation.clone(),
            date: report.date.clone(),
            version,
            page_label: t.t_args(
                "report-page",
                &[
                    ("page", "{page}".to_owned()),
                    ("pages", "{pages}".to_owned()),
                ],
            ),
            blocks,
        }
    }
}

/// A count as the signed number the translator formats.
fn count(value: usize) -> i64 {
    i64::try_from(value).unwrap_or(i64::MAX)
}

/// Splits plain text into paragraphs at blank lines, joining the lines within
/// a paragraph with spaces.
pub(crate) fn paragraphs(body: &str) -> Vec<String> {
    let mut result = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    for line in body.lines() {
        let line = line.trim();
        if line.is_empty() {
            if !current.is_empty() {
                result.push(current.join(" "));
                current.clear();
            }
        } else {
            current.push(line);
        }
    }
    if !current.is_empty() {
        result.push(current.join(" "));
    }
    result
}

/// The regional tag Word uses for a language.
fn word_language(language: jamlik_domain::Language) -> &'static str {
    match language {
        jamlik_domain::Language::Swedish => "sv-SE",
        jamlik_domain::Language::Finnish => "fi-FI",
        jamlik_domain::Language::English => "en-GB",
    }
}

#[cfg(test)]
mod tests {
    use super::paragraphs;

    #[test]
    fn blank_lines_separate_paragraphs() {
        let body = "Första raden\nfortsätter.\n\n  \nAndra stycket.\n";
        assert_eq!(
            paragraphs(body),
            vec!["Första raden fortsätter.", "Andra stycket."]
        );
        assert!(paragraphs("\n\n").is_empty());
    }
}
