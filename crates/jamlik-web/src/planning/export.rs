//! Exports: the plan and a follow-up round's report as tagged PDF, DOCX and
//! HTML, in any of the three languages (`?lang=sv|fi|en`, by default the
//! reader's). Members export the plan as it stands; the public exports the
//! published version, from its frozen snapshot, with units and never people.

use std::collections::HashMap;

use axum::extract::{Path, Query, State};
use axum::response::Response;
use jamlik_domain::{Capability, ErrorCode, IsoDate, Language, MeasureStatus};
use jamlik_i18n::Translator;
use jamlik_reports::{Report, ReportKind};
use jamlik_store::{
    Consultation, Finding, Measure, Organisation, Plan, PlanVersion, RoundUpdate, Section, Service,
};
use serde::Deserialize;

use crate::kit::authorise;
use crate::kit::context::Ctx;
use crate::kit::error::{AppError, AppResult};
use crate::AppState;

/// The formats a report is exported to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Format {
    Pdf,
    Docx,
    Html,
}

impl Format {
    pub(super) fn parse(raw: &str) -> AppResult<Format> {
        match raw {
            "plan.pdf" | "report.pdf" => Ok(Format::Pdf),
            "plan.docx" | "report.docx" => Ok(Format::Docx),
            "plan.html" | "report.html" => Ok(Format::Html),
            _ => Err(ErrorCode::NotFound.into()),
        }
    }
}

#[derive(Debug, Deserialize)]
pub(crate) struct LanguageQuery {
    lang: Option<String>,
}

/// Everything a plan report is made of, from live records or a snapshot.
pub(crate) struct Content<'a> {
    pub organisation: &'a Organisation,
    pub plan: &'a Plan,
    pub version: Option<&'a PlanVersion>,
    pub services: &'a [Service],
    pub findings: &'a [Finding],
    pub measures: &'a [Measure],
    pub consultations: &'a [Consultation],
    pub sections: &'a [Section],
    /// People's names by user id; empty for the public, who see units only.
    pub names: HashMap<String, String>,
    /// Whether the public reads it: no internal risk scores.
    pub public: bool,
    /// Each measure's newest report, by measure id (members only).
    pub latest: HashMap<String, RoundUpdate>,
    /// Which language untranslated texts are in (a published version read
    /// in another language than its texts').
    pub language_note: Option<String>,
}

impl<'a> Content<'a> {
    /// What the public reads of a frozen snapshot: units, never people, no
    /// internal scores and no progress notes.
    pub(crate) fn public(
        organisation: &'a Organisation,
        snapshot: &'a jamlik_store::PlanSnapshot,
        version: Option<&'a PlanVersion>,
        language_note: Option<String>,
    ) -> Self {
        Content {
            organisation,
            plan: &snapshot.plan,
            version,
            services: &snapshot.services,
            findings: &snapshot.findings,
            measures: &snapshot.measures,
            consultations: &snapshot.consultations,
            sections: &snapshot.sections,
            names: HashMap::new(),
            public: true,
            latest: HashMap::new(),
            language_note,
        }
    }
}

fn date(t: &Translator, date: &IsoDate) -> String {
    crate::kit::date_in(t, date)
}

/// Builds the report in `t`'s language.
pub(crate) fn build(
    t: &Translator,
    content: &Content<'_>,
    kind: ReportKind,
    round: Option<(&jamlik_store::Round, &[RoundUpdate])>,
) -> Report {
    let language = t.language();
    let registry = jamlik_packs::shipped().ok();
    let packs: Vec<&jamlik_packs::Pack> = content
        .plan
        .frameworks
        .iter()
        .filter_map(|f| registry.and_then(|r| r.get(f.as_str())))
        .collect();
    let ground_name = |id: &str| -> String {
        packs
            .iter()
            .flat_map(|p| p.grounds.iter())
            .find(|g| g.id == id)
            .map_or_else(|| id.to_owned(), |g| g.name.get(language).to_owned())
    };
    let services: HashMap<&str, &str> = content
        .services
        .iter()
        .map(|s| (s.id.as_str(), s.name.as_str()))
        .collect();
    let responsible = |m: &Measure| -> String {
        m.owner_user_id
            .as_ref()
            .and_then(|u| content.names.get(u.as_str()))
            .map(|name| {
                if m.owner_unit.is_empty() {
                    name.clone()
                } else {
                    format!("{name}, {}", m.owner_unit)
                }
            })
            .unwrap_or_else(|| m.owner_unit.clone())
    };
    let status = |s: MeasureStatus| t.t(&format!("measure-status-{}", s.as_str()));
    let mut sections = Vec::new();
    for pack in &packs {
        for element in &pack.elements {
            if let Some(section) = content.sections.iter().find(|s| {
                s.framework == pack.id && s.element == element.id && !s.body.trim().is_empty()
            }) {
                sections.push(jamlik_reports::Section {
                    heading: element.name.get(language).to_owned(),
                    body: section.body.clone(),
                });
            }
        }
    }
    let (fi, sv, en) = (
        content.organisation.name_fi.as_deref(),
        content.organisation.name_sv.as_deref(),
        content.organisation.name_en.as_deref(),
    );
    let today = time::OffsetDateTime::now_utc().unix_timestamp();
    Report {
        kind,
        language,
        organisation: t.pick_name(fi, sv, en).to_owned(),
        title: content.plan.title.clone(),
        version: content.version.map(|v| jamlik_reports::VersionLine {
            number: v.number.to_string(),
            approved_by: v.approved_body.clone(),
            approved_on: date(t, &v.approved_on),
            decision: v.decision_ref.clone(),
        }),
        date: t.date(today),
        period: format!(
            "{}–{}",
            date(t, &content.plan.period_start),
            date(t, &content.plan.period_end)
        ),
        frameworks: content
            .plan
            .frameworks
            .iter()
            .map(|f| t.t(&format!("framework-{}", f.as_str())))
            .collect(),
        // Who prepared the plan names people: the public reads units only.
        working_group: if content.public {
            String::new()
        } else {
            content.plan.working_group.clone()
        },
        progress: MeasureStatus::ALL
            .iter()
            .map(|s| jamlik_reports::ProgressCount {
                status: status(*s),
                count: content.measures.iter().filter(|m| m.status == *s).count() as u32,
            })
            .collect(),
        sections,
        consultations: content
            .consultations
            .iter()
            .map(|c| jamlik_reports::Consultation {
                party: if c.party_name.is_empty()
                    || c.party_name.to_lowercase()
                        == t.t(&format!("party-{}", c.party.as_str())).to_lowercase()
                {
                    t.t(&format!("party-{}", c.party.as_str()))
                } else {
                    format!(
                        "{} ({})",
                        c.party_name,
                        t.t(&format!("party-{}", c.party.as_str()))
                    )
                },
                date: date(t, &c.held_on),
                summary: c.summary.clone(),
            })
            .collect(),
        findings: content
            .findings
            .iter()
            .map(|f| jamlik_reports::Finding {
                service: f
                    .service_id
                    .as_deref()
                    .and_then(|s| services.get(s))
                    .map(|s| (*s).to_owned())
                    .unwrap_or_else(|| t.t("finding-no-service")),
                ground: ground_name(&f.ground),
                kind: t.t(&format!("finding-kind-{}", f.kind.as_str())),
                description: f.description.clone(),
                affected: f.affected.clone(),
                severity: if content.public {
                    String::new()
                } else {
                    f.severity.to_string()
                },
                likelihood: if content.public {
                    String::new()
                } else {
                    f.likelihood.to_string()
                },
            })
            .collect(),
        measures: content
            .measures
            .iter()
            .map(|m| jamlik_reports::Measure {
                title: m.title.clone(),
                goal: m.goal.clone(),
                responsible: responsible(m),
                // As on the measure page: the amount in the plan's own currency
                // (euros or kronor), with no symbol that could be wrong.
                budget: m
                    .budget_cents
                    .map(|cents| t.decimal(cents as f64 / 100.0, 2))
                    .unwrap_or_default(),
                start: m
                    .start_date
                    .as_ref()
                    .map(|d| date(t, d))
                    .unwrap_or_default(),
                due: m.due_date.as_ref().map(|d| date(t, d)).unwrap_or_default(),
                status: status(m.status),
                indicators: m
                    .indicators
                    .iter()
                    .map(|i| jamlik_reports::Indicator {
                        name: i.name.clone(),
                        baseline: i.baseline.clone(),
                        target: i.target.clone(),
                    })
                    .collect(),
                latest_update: content
                    .latest
                    .get(&m.id)
                    // The entry made when the measure was added is not a report.
                    .filter(|u| !u.note.is_empty() || u.status != MeasureStatus::Planned)
                    .map(|u| jamlik_reports::Update {
                        date: t.date(u.at),
                        note: if u.note.is_empty() {
                            status(u.status)
                        } else {
                            format!("{}: {}", status(u.status), u.note)
                        },
                    }),
            })
            .collect(),
        round: round.map(|(round, updates)| jamlik_reports::Round {
            name: round.name.clone(),
            period: format!("{}–{}", date(t, &round.opens_on), date(t, &round.closes_on)),
            entries: content
                .measures
                .iter()
                .map(|m| jamlik_reports::RoundEntry {
                    measure: m.title.clone(),
                    status: status(m.status),
                    // Updates are newest first: the first is the round's latest.
                    update: updates.iter().find(|u| u.measure_id == m.id).map(|u| {
                        jamlik_reports::Update {
                            date: t.date(u.at),
                            note: if u.note.is_empty() {
                                status(u.status)
                            } else {
                                format!("{}: {}", status(u.status), u.note)
                            },
                        }
                    }),
                })
                .collect(),
        }),
        shows_updates: !content.public,
        language_note: content.language_note.clone(),
    }
}

/// Renders the report and answers with it as a download.
pub(super) fn respond(
    report: &Report,
    t: &Translator,
    format: Format,
    stem: &str,
    request_id: &str,
) -> AppResult<Response> {
    let failed = |error: jamlik_reports::ReportError| {
        tracing::error!(request_id, error = %error, "an export failed");
        AppError::from(ErrorCode::Internal)
    };
    let (bytes, content_type, extension) = match format {
        Format::Pdf => (
            jamlik_reports::pdf(report, t).map_err(failed)?,
            "application/pdf",
            "pdf",
        ),
        Format::Docx => (
            jamlik_reports::docx(report, t).map_err(failed)?,
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "docx",
        ),
        Format::Html => (
            jamlik_reports::html(report, t).into_bytes(),
            "text/html; charset=utf-8",
            "html",
        ),
    };
    let name = format!("{stem}-{}.{extension}", t.language().as_str());
    Ok(crate::kit::files::download(content_type, &name, bytes))
}

pub(super) fn translator(
    state: &AppState,
    ctx: &Ctx,
    query: &LanguageQuery,
) -> AppResult<Translator> {
    let language = match query.lang.as_deref() {
        None | Some("") => ctx.t.language(),
        Some(tag) => Language::parse(tag).map_err(AppError::from)?,
    };
    Ok(Translator::new(language, state.config().display_zone))
}

struct Live {
    organisation: Organisation,
    plan: Plan,
    version: Option<PlanVersion>,
    services: Vec<Service>,
    findings: Vec<Finding>,
    measures: Vec<Measure>,
    consultations: Vec<Consultation>,
    sections: Vec<Section>,
    names: HashMap<String, String>,
    latest: HashMap<String, RoundUpdate>,
}

async fn live(state: &AppState, ctx: &Ctx, org: &str, plan: &str) -> AppResult<Live> {
    let (organisation, _) = authorise(state, ctx, org, Capability::ViewOrganisation).await?;
    let store = state.store();
    let id = &organisation.id;
    let found = store.plan(id, plan).await?;
    let version = store.plan_versions(id, plan).await?.into_iter().next();
    let names = store
        .members(id)
        .await?
        .into_iter()
        .map(|m| (m.user.id.to_string(), m.user.display_name))
        .collect();
    Ok(Live {
        services: store.services(id).await?,
        findings: store.findings(id, plan).await?,
        measures: store.measures(id, plan).await?,
        consultations: store.consultations(id, plan).await?,
        sections: store.plan_texts(id, plan).await?.1,
        latest: store.latest_updates(id, plan).await?,
        plan: found,
        version,
        names,
        organisation,
    })
}

impl Live {
    fn content(&self) -> Content<'_> {
        Content {
            organisation: &self.organisation,
            plan: &self.plan,
            version: self.version.as_ref(),
            services: &self.services,
            findings: &self.findings,
            measures: &self.measures,
            consultations: &self.consultations,
            sections: &self.sections,
            names: self.names.clone(),
            public: false,
            latest: self.latest.clone(),
            language_note: None,
        }
    }
}

/// `/orgs/{org}/plans/{plan}/export/{file}`: `plan.pdf`, `plan.docx` or `plan.html`.
pub(crate) async fn plan(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((org, plan, file)): Path<(String, String, String)>,
    Query(query): Query<LanguageQuery>,
) -> AppResult<Response> {
    let live = live(&state, &ctx, &org, &plan).await?;
    let format = Format::parse(&file)?;
    let t = translator(&state, &ctx, &query)?;
    let report = build(&t, &live.content(), ReportKind::Plan, None);
    respond(&report, &t, format, "plan", &ctx.request_id)
}

/// `/orgs/{org}/plans/{plan}/rounds/{round}/export/{file}`: the follow-up report.
pub(crate) async fn round(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((org, plan, round, file)): Path<(String, String, String, String)>,
    Query(query): Query<LanguageQuery>,
) -> AppResult<Response> {
    let live = live(&state, &ctx, &org, &plan).await?;
    let format = Format::parse(&file)?;
    let found = state
        .store()
        .round(&live.organisation.id, &plan, &round)
        .await?;
    let updates = state
        .store()
        .round_updates(&live.organisation.id, &plan, &round)
        .await?;
    let t = translator(&state, &ctx, &query)?;
    let report = build(
        &t,
        &live.content(),
        ReportKind::FollowUp,
        Some((&found, &updates)),
    );
    respond(&report, &t, format, "follow-up", &ctx.request_id)
}

/// `/p/{public}/{file}`: the published version as the public may read it —
/// units, never people.
pub(crate) async fn public(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((public_id, file)): Path<(String, String)>,
    Query(query): Query<LanguageQuery>,
) -> AppResult<Response> {
    let format = Format::parse(&file)?;
    let view = state.store().published_plan(&public_id).await?;
    let (org_id, version, snapshot) = (view.org_id, view.version, view.snapshot);
    let organisation = state.store().organisation(&org_id).await?;
    let t = translator(&state, &ctx, &query)?;
    let (snapshot, note) =
        super::translations::localise(&snapshot, &organisation.languages, t.language());
    let content = Content::public(
        &organisation,
        &snapshot,
        Some(&version),
        note.map(|n| n.sentence(&t)),
    );
    let report = build(&t, &content, ReportKind::Plan, None);
    respond(&report, &t, format, "plan", &ctx.request_id)
}
