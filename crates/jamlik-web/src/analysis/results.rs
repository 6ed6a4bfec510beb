//! A run's pages: its progress while the worker runs it, then the result as
//! findings, an SVG chart and its tables (each hidden cell's reason said once
//! per table), the CSV of aggregates, and attaching it as evidence to an
//! assessment or a measure in one click. Everyone in the organisation reads
//! results; they hold only aggregates that passed disclosure control.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use jamlik_domain::{Capability, ErrorCode};
use jamlik_store::{AnalysisJob, JobState, Organisation};

use crate::analysis::{self, Hidden, Spec, StoredResult};
use crate::kit::context::Ctx;
use crate::kit::csv_out::CsvOut;
use crate::kit::error::{AppError, AppResult};
use crate::kit::forms::CsrfForm;
use crate::kit::views::{render, Layout};
use crate::kit::Option_;
use crate::kit::{authorise, error_status, form_error};
use crate::AppState;
use jamlik_domain::may_change_owned;

use super::pages::{kind_key, Target};

#[derive(Debug)]
pub(crate) struct Cell {
    pub text: String,
    /// Why it is hidden, if it is.
    pub hidden: Option<String>,
    /// The number of the table's note that says why (set by [`with_notes`]).
    pub note: Option<usize>,
}

#[derive(Debug)]
pub(crate) struct ResultTable {
    pub caption: String,
    pub header: Vec<String>,
    pub rows: Vec<(String, Vec<Cell>)>,
    /// Why cells are hidden, each reason once, numbered from 1 (set by
    /// [`with_notes`]).
    pub notes: Vec<String>,
    /// The table's place among the result's, from 1 (for the notes' ids).
    pub number: usize,
}

/// Says each reason a cell is hidden once per table, as a numbered note
/// that the cells refer to.
fn with_notes(number: usize, mut table: ResultTable) -> ResultTable {
    table.number = number;
    let mut notes: Vec<String> = Vec::new();
    for (_, cells) in &mut table.rows {
        for cell in cells.iter_mut() {
            let Some(reason) = &cell.hidden else { continue };
            let number = match notes.iter().position(|n| n == reason) {
                Some(i) => i + 1,
                None => {
                    notes.push(reason.clone());
                    notes.len()
                }
            };
            cell.note = Some(number);
        }
    }
    table.notes = notes;
    table
}

fn blank() -> Cell {
    Cell {
        text: String::new(),
        hidden: None,
        note: None,
    }
}

#[derive(Template)]
#[template(path = "analysis/analysis_job.html")]
struct JobPage {
    page: Layout,
    org_id: String,
    job_id: String,
    kind: String,
    file_name: String,
    baseline: Option<String>,
    started: String,
    state: &'static str,
    state_text: String,
    progress: i64,
    error: Option<String>,
    findings: Vec<String>,
    chart: Option<String>,
    tables: Vec<ResultTable>,
    left_out: String,
    can_attach: bool,
    targets: Vec<Target>,
    attach_error: Option<String>,
}

fn shown(t: &jamlik_i18n::Translator, value: Option<String>, hidden: Option<Hidden>) -> Cell {
    match (value, hidden) {
        (Some(text), None) => Cell {
            text,
            hidden: None,
            note: None,
        },
        (_, Some(reason)) => Cell {
            text: t.t("analysis-hidden-short"),
            hidden: Some(t.t(reason.key())),
            note: None,
        },
        (None, None) => Cell {
            text: "–".to_owned(),
            hidden: None,
            note: None,
        },
    }
}

/// The tables of a result, every hidden cell marked with the number of the
/// table's note that says why.
pub(crate) fn result_tables(
    t: &jamlik_i18n::Translator,
    result: &StoredResult,
) -> Vec<ResultTable> {
    let spec = &result.spec;
    let pct = |v: Option<f64>| v.map(|v| analysis::percent(t, v));
    let num = |v: Option<f64>, d: usize| v.map(|v| t.decimal(v, d));
    let mut tables = Vec::new();
    if let Some(r) = &result.resources {
        let people = match &spec.weight {
            Some(w) => t.t_args("analysis-series-share-of", &[("value", w.clone())]),
            None => t.t("analysis-series-share-of-rows"),
        };
        tables.push(ResultTable {
            notes: Vec::new(),
            number: 0,
            caption: t.t_args(
                "analysis-chart-resources",
                &[
                    ("outcome", spec.outcome.clone()),
                    ("group", spec.group.clone()),
                ],
            ),
            header: vec![
                spec.group.clone(),
                t.t("analysis-col-count"),
                t.t_args("analysis-col-sum", &[("value", spec.outcome.clone())]),
                t.t_args("analysis-col-mean", &[("value", spec.outcome.clone())]),
                people,
                t.t_args(
                    "analysis-series-share-of",
                    &[("value", spec.outcome.clone())],
                ),
            ],
            rows: r
                .groups
                .iter()
                .map(|g| {
                    (
                        g.group.clone(),
                        vec![
                            shown(t, g.count.map(|c| t.number(c as i64)), g.hidden),
                            shown(t, num(g.sum, 1), g.hidden),
                            shown(t, num(g.mean, 2), g.hidden),
                            shown(t, pct(g.share_of_people), g.hidden),
                            shown(t, pct(g.share_of_resources), g.hidden),
                        ],
                    )
                })
                .collect(),
        });
    }
    if let Some(g) = &result.gap {
        let mut rows: Vec<(String, Vec<Cell>)> = [&g.first, &g.second]
            .iter()
            .map(|x| {
                (
                    x.label.clone(),
                    vec![
                        shown(t, x.n.map(|n| t.number(n as i64)), g.hidden),
                        shown(t, num(x.mean, 2), g.hidden),
                    ],
                )
            })
            .collect();
        rows.push((
            t.t("analysis-gap-total"),
            vec![blank(), shown(t, num(g.gap, 2), g.hidden)],
        ));
        if !spec.controls.is_empty() {
            rows.push((
                t.t("analysis-gap-explained"),
                vec![blank(), shown(t, num(g.explained, 2), g.hidden)],
            ));
            rows.push((
                t.t("analysis-gap-unexplained"),
                vec![blank(), shown(t, num(g.unexplained, 2), g.hidden)],
            ));
            for term in &g.terms {
                rows.push((
                    t.t_args("analysis-gap-term", &[("value", term.name.clone())]),
                    vec![
                        blank(),
                        shown(t, Some(t.decimal(term.explained, 2)), g.hidden),
                    ],
                ));
            }
        }
        tables.push(ResultTable {
            notes: Vec::new(),
            number: 0,
            caption: t.t_args(
                "analysis-chart-gap",
                &[
                    ("outcome", spec.outcome.clone()),
                    ("group", spec.group.clone()),
                ],
            ),
            header: vec![
                spec.group.clone(),
                t.t("analysis-col-count"),
                t.t_args("analysis-col-mean", &[("value", spec.outcome.clone())]),
            ],
            rows,
        });
    }
    if let Some(s) = &result.pay_survey {
        let count = |c: Option<u64>, reason: Option<Hidden>| {
            shown(t, c.map(|c| t.number(c as i64)), reason)
        };
        let text = |value: String| shown(t, Some(value), None);
        tables.push(ResultTable {
            notes: Vec::new(),
            number: 0,
            caption: t.t("analysis-chart-pay"),
            // The roles in the person's words, not the file's column names.
            header: vec![
                t.t("analysis-role-job-group"),
                t.t("analysis-col-demand"),
                t.t("analysis-col-composition"),
                t.t("analysis-col-women"),
                t.t("analysis-col-men"),
                t.t("analysis-col-everyone"),
                t.t("analysis-col-women-mean"),
                t.t("analysis-col-men-mean"),
                t.t("analysis-col-everyone-mean"),
                t.t("analysis-series-women-percent"),
            ],
            rows: s
                .groups
                .iter()
                .map(|g| {
                    (
                        g.group.clone(),
                        vec![
                            text(
                                g.demand
                                    .map(|d| t.decimal(d, 0))
                                    .unwrap_or_else(|| "–".into()),
                            ),
                            text(t.t(&format!(
                                "analysis-composition-{}",
                                g.composition.replace('_', "-")
                            ))),
                            count(g.women, g.women_count_reason()),
                            count(g.men, g.men_count_reason()),
                            count(g.total, g.total_hidden),
                            shown(t, num(g.women_mean, 0), g.women_pay_reason()),
                            shown(t, num(g.men_mean, 0), g.men_pay_reason()),
                            shown(t, num(g.total_mean, 0), g.total_pay_hidden),
                            shown(t, g.percent.map(|p| analysis::percent(t, p / 100.0)), None),
                        ],
                    )
                })
                .collect(),
        });
        if !s.comparisons.is_empty() {
            // Why a comparison's percentage is hidden: either group's pay.
            let reason = |label: &str| s.group(label).and_then(|g| g.total_pay_hidden);
            tables.push(ResultTable {
                notes: Vec::new(),
                number: 0,
                caption: t.t("analysis-table-pay-comparisons"),
                header: vec![
                    t.t("analysis-col-women-dominated"),
                    t.t("analysis-col-compared"),
                    t.t("analysis-col-comparison"),
                    t.t("analysis-col-comparison-percent"),
                ],
                rows: s
                    .comparisons
                    .iter()
                    .map(|c| {
                        (
                            c.women_dominated.clone(),
                            vec![
                                text(c.compared.clone()),
                                text(t.t(if c.equal_value {
                                    "analysis-comparison-equal-value"
                                } else {
                                    "analysis-comparison-lower-demand"
                                })),
                                shown(
                                    t,
                                    s.shown_percent(c).map(|p| analysis::percent(t, p / 100.0)),
                                    reason(&c.women_dominated).or(reason(&c.compared)),
                                ),
                            ],
                        )
                    })
                    .collect(),
            });
        }
    }
    if let Some(r) = &result.representation {
        let interval = |g: &analysis::RepresentationGroup| match (g.low, g.high) {
            (Some(low), Some(high)) => Some(t.t_args(
                "analysis-interval",
                &[
                    ("low", analysis::percent(t, low)),
                    ("high", analysis::percent(t, high)),
                ],
            )),
            _ => None,
        };
        let both = |g: &analysis::RepresentationGroup| g.hidden.or(g.baseline_hidden);
        tables.push(ResultTable {
            notes: Vec::new(),
            number: 0,
            caption: t.t_args(
                "analysis-chart-representation",
                &[("group", spec.group.clone())],
            ),
            header: vec![
                spec.group.clone(),
                t.t("analysis-col-count"),
                t.t("analysis-series-share-of-rows"),
                t.t("analysis-col-interval"),
                t.t("analysis-col-baseline-count"),
                t.t("analysis-series-share-of-baseline"),
                t.t("analysis-col-ratio"),
                t.t("analysis-col-difference"),
                t.t("analysis-col-assessment"),
            ],
            rows: r
                .groups
                .iter()
                .map(|g| {
                    (
                        analysis::group_label(t, g),
                        vec![
                            shown(t, g.count.map(|c| t.number(c as i64)), g.hidden),
                            shown(t, pct(g.share), g.hidden),
                            shown(t, interval(g), g.hidden),
                            shown(
                                t,
                                g.baseline_count.map(|c| t.number(c as i64)),
                                g.baseline_hidden,
                            ),
                            shown(t, pct(g.baseline_share), g.baseline_hidden),
                            shown(t, num(g.ratio, 2), both(g)),
                            shown(
                                t,
                                g.difference.map(|d| {
                                    t.t_args(
                                        "analysis-points",
                                        &[("value", t.decimal(d * 100.0, 1))],
                                    )
                                }),
                                both(g),
                            ),
                            shown(
                                t,
                                g.flag
                                    .as_deref()
                                    .map(|f| t.t(&format!("analysis-flag-{f}"))),
                                both(g),
                            ),
                        ],
                    )
                })
                .collect(),
        });
    }
    if let Some(p) = &result.pay_transparency {
        let everyone = t.t("analysis-pt-everyone");
        let all: Vec<&analysis::TransparencyCategory> =
            std::iter::once(&p.overall).chain(&p.categories).collect();
        let name = |c: &analysis::TransparencyCategory| {
            c.category.clone().unwrap_or_else(|| everyone.clone())
        };
        let gap = |v: Option<f64>, g: &analysis::PayGap| {
            shown(t, v.map(|v| analysis::percent1(t, v)), g.hidden())
        };
        let count = |cell: &analysis::PayCell| {
            shown(t, cell.count.map(|c| t.number(c as i64)), cell.count_hidden)
        };
        // The category in the person's words, not the file's column name.
        let category_header = t.t("analysis-col-category");
        let mut header = vec![
            category_header.clone(),
            t.t("analysis-col-women"),
            t.t("analysis-col-men"),
            t.t("analysis-col-basic-mean-gap"),
            t.t("analysis-col-basic-median-gap"),
            t.t("analysis-col-total-mean-gap"),
            t.t("analysis-col-total-median-gap"),
        ];
        if !spec.controls.is_empty() {
            header.push(t.t("analysis-col-unexplained-gap"));
        }
        header.push(t.t("analysis-col-joint-assessment"));
        tables.push(ResultTable {
            notes: Vec::new(),
            number: 0,
            caption: t.t("analysis-table-pt-gaps"),
            header,
            rows: all
                .iter()
                .map(|c| {
                    let mut cells = vec![
                        count(&c.basic.women),
                        count(&c.basic.men),
                        gap(c.basic.mean_gap, &c.basic),
                        gap(c.basic.median_gap, &c.basic),
                        gap(c.total.mean_gap, &c.total),
                        gap(c.total.median_gap, &c.total),
                    ];
                    if !spec.controls.is_empty() {
                        cells.push(match (&c.shown_unexplained(), &c.unexplained_error) {
                            (Some(u), _) => shown(t, Some(analysis::percent1(t, *u)), None),
                            (None, Some(error)) => Cell {
                                text: "–".to_owned(),
                                hidden: Some(analysis::describe_error(t, &error.to_string())),
                                note: None,
                            },
                            (None, None) => shown(t, None, c.total.hidden()),
                        });
                    }
                    cells.push(shown(
                        t,
                        c.flagged.map(|f| {
                            t.t(if f {
                                "analysis-pt-flagged-yes"
                            } else {
                                "analysis-pt-flagged-no"
                            })
                        }),
                        c.flagged
                            .is_none()
                            .then(|| c.total.hidden().or(c.basic.hidden()))
                            .flatten(),
                    ));
                    (name(c), cells)
                })
                .collect(),
        });
        tables.push(ResultTable {
            notes: Vec::new(),
            number: 0,
            caption: t.t("analysis-table-pt-variable"),
            header: vec![
                category_header,
                t.t("analysis-col-women-receiving"),
                t.t("analysis-col-men-receiving"),
                t.t("analysis-col-variable-mean-gap"),
                t.t("analysis-col-variable-median-gap"),
            ],
            rows: all
                .iter()
                .map(|c| {
                    (
                        name(c),
                        vec![
                            shown(
                                t,
                                pct(c.women_receiving),
                                c.variable.women.count_hidden.or(c.basic.women.count_hidden),
                            ),
                            shown(
                                t,
                                pct(c.men_receiving),
                                c.variable.men.count_hidden.or(c.basic.men.count_hidden),
                            ),
                            gap(c.variable.mean_gap, &c.variable),
                            gap(c.variable.median_gap, &c.variable),
                        ],
                    )
                })
                .collect(),
        });
        if !p.quartiles.is_empty() {
            tables.push(ResultTable {
                notes: Vec::new(),
                number: 0,
                caption: t.t("analysis-table-pt-quartiles"),
                header: vec![
                    t.t("analysis-col-quartile"),
                    t.t("analysis-col-people"),
                    t.t("analysis-col-women-share"),
                    t.t("analysis-col-men-share"),
                ],
                rows: p
                    .quartiles
                    .iter()
                    .map(|q| {
                        (
                            t.t(&format!("analysis-quartile-{}", q.band)),
                            vec![
                                shown(t, Some(t.number(q.people as i64)), None),
                                shown(t, pct(Some(q.women_share)), None),
                                shown(t, pct(Some(q.men_share)), None),
                            ],
                        )
                    })
                    .collect(),
            });
        }
    }
    tables
        .into_iter()
        .enumerate()
        .map(|(i, table)| with_notes(i + 1, table))
        .collect()
}

/// The organisation's newest plan's assessments and measures, as targets
/// for evidence.
async fn targets(
    state: &AppState,
    ctx: &Ctx,
    organisation: &Organisation,
) -> AppResult<Vec<Target>> {
    let plans = state.store().plans(&organisation.id).await?;
    let Some(plan) = plans.first() else {
        return Ok(Vec::new());
    };
    let services = state.store().services(&organisation.id).await?;
    let measures = state.store().measures(&organisation.id, &plan.id).await?;
    let mut out = Vec::new();
    if !services.is_empty() {
        out.push(Target {
            group: ctx.t.t_args(
                "analysis-targets-assessments",
                &[("title", plan.title.clone())],
            ),
            options: services
                .iter()
                .map(|s| Option_ {
                    value: format!("assessment:{}:{}", plan.id, s.id),
                    label: s.name.clone(),
                    selected: false,
                })
                .collect(),
        });
    }
    if !measures.is_empty() {
        out.push(Target {
            group: ctx.t.t_args(
                "analysis-targets-measures",
                &[("title", plan.title.clone())],
            ),
            options: measures
                .iter()
                .map(|m| Option_ {
                    value: format!("measure:{}", m.id),
                    label: m.title.clone(),
                    selected: false,
                })
                .collect(),
        });
    }
    Ok(out)
}

async fn job_page(
    state: &AppState,
    ctx: &Ctx,
    org: &str,
    job_id: &str,
    attach_error: Option<&AppError>,
) -> AppResult<Response> {
    let (organisation, role) = authorise(state, ctx, org, Capability::ViewOrganisation).await?;
    let job = state.store().analysis_job(&organisation.id, job_id).await?;
    let t = &ctx.t;
    let result: Option<StoredResult> = job
        .result
        .as_deref()
        .and_then(|json| serde_json::from_str(json).ok());
    let can_attach = result.is_some() && Capability::Contribute.allowed(ctx.global_role(), role);
    let page = JobPage {
        page: Layout {
            title: format!("{} – {}", t.t(&kind_key(&job.kind)), job.file_name),
            ..Layout::new(ctx, "analysis-title")
        },
        org_id: org.to_owned(),
        job_id: job.id.clone(),
        kind: t.t(&kind_key(&job.kind)),
        file_name: job.file_name.clone(),
        baseline: serde_json::from_str::<Spec>(&job.spec)
            .ok()
            .and_then(|spec| analysis::baseline_text(t, &spec)),
        started: t.datetime(job.created_at),
        state: job.state.as_str(),
        state_text: t.t(&format!("analysis-state-{}", job.state.as_str())),
        progress: job.progress,
        error: job.error.as_deref().map(|e| analysis::describe_error(t, e)),
        findings: result
            .as_ref()
            .map(|r| analysis::findings(t, r))
            .unwrap_or_default(),
        chart: result
            .as_ref()
            .and_then(|r| analysis::chart(t, r))
            .map(|c| c.svg("chart")),
        tables: result
            .as_ref()
            .map(|r| result_tables(t, r))
            .unwrap_or_default(),
        left_out: result.as_ref().map(|r| left_out(t, r)).unwrap_or_default(),
        targets: if can_attach {
            targets(state, ctx, &organisation).await?
        } else {
            Vec::new()
        },
        can_attach,
        attach_error: attach_error.map(|e| form_error(ctx, e)),
    };
    let status = attach_error.map_or(axum::http::StatusCode::OK, error_status);
    Ok((status, render(&page)).into_response())
}

fn left_out(t: &jamlik_i18n::Translator, result: &StoredResult) -> String {
    t.t_args(
        "analysis-left-out",
        &[
            ("count", t.number(result.rows as i64)),
            ("value", t.number(result.excluded_rows as i64)),
            ("missing", t.number(result.missing_rows as i64)),
        ],
    )
}

/// `/orgs/{org}/analysis/{job}`: progress, or the result, or the error.
pub(crate) async fn job(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((org, job)): Path<(String, String)>,
) -> AppResult<Response> {
    job_page(&state, &ctx, &org, &job, None).await
}

/// The result as CSV (aggregates only), in the person's language: what is
/// attached to an assessment.
pub(crate) fn result_csv(
    t: &jamlik_i18n::Translator,
    job: &AnalysisJob,
    result: &StoredResult,
) -> Vec<u8> {
    // The one CSV writer: the file name, group labels and headers come from
    // the upload, so any that begins like a formula is written as text.
    let mut writer = CsvOut::new(b',', true);
    let _ = writer.text_row([t.t(&kind_key(&job.kind)), job.file_name.clone()]);
    for finding in analysis::findings(t, result) {
        let _ = writer.text_row([finding.as_str(), ""]);
    }
    let _ = writer.text_row([left_out(t, result).as_str(), ""]);
    for table in result_tables(t, result) {
        let _ = writer.text_row([table.caption.as_str()]);
        let _ = writer.text_row(&table.header);
        for (label, cells) in &table.rows {
            let mut record = vec![label.clone()];
            record.extend(cells.iter().map(|c| match c.note {
                Some(note) => format!("{} [{note}]", c.text),
                None => c.text.clone(),
            }));
            let _ = writer.text_row(&record);
        }
        // Each reason once, after the table.
        for (i, note) in table.notes.iter().enumerate() {
            let _ = writer.text_row([format!("[{}] {note}", i + 1)]);
        }
    }
    writer.finish().unwrap_or_default()
}

/// `POST /orgs/{org}/analysis/{job}/evidence`: attaches the result to a
/// service's assessment (as a file of aggregates) or links it to a measure.
pub(crate) async fn attach(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((org, job_id)): Path<(String, String)>,
    CsrfForm(form): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    let (organisation, role) = authorise(&state, &ctx, &org, Capability::Contribute).await?;
    let job = state
        .store()
        .analysis_job(&organisation.id, &job_id)
        .await?;
    let Some(result) = job
        .result
        .as_deref()
        .and_then(|json| serde_json::from_str::<StoredResult>(json).ok())
        .filter(|_| job.state == JobState::Done)
    else {
        return Err(ErrorCode::AnalysisNotFinished.into());
    };
    let target = crate::kit::field(&form, "target").to_owned();
    let attached = attach_to(&state, &ctx, &organisation, &job, &result, &target, role).await;
    match attached {
        Ok(to) => Ok(crate::kit::redirect::to(&to)),
        Err(error) if error.code.is_client_error() && error.code != ErrorCode::Forbidden => {
            job_page(&state, &ctx, &org, &job_id, Some(&error)).await
        }
        Err(error) => Err(error),
    }
}

/// Attaches a result to its target; returns where to go next.
async fn attach_to(
    state: &AppState,
    ctx: &Ctx,
    organisation: &Organisation,
    job: &AnalysisJob,
    result: &StoredResult,
    target: &str,
    role: Option<jamlik_domain::Role>,
) -> AppResult<String> {
    let org = organisation.id.to_string();
    let me = ctx.user.as_ref().map(|u| &u.id);
    let parts: Vec<&str> = target.split(':').collect();
    match parts.as_slice() {
        ["assessment", plan, service] => {
            // A contributor attaches to the services they own, as on the assessment page.
            let owner = state
                .store()
                .service(&organisation.id, service)
                .await?
                .owner_user_id;
            if !may_change_owned(ctx.global_role(), role, owner.as_ref(), me) {
                return Err(ErrorCode::Forbidden.into());
            }
            let date = ctx.t.date(jamlik_store::now());
            state
                .store()
                .add_evidence_file(
                    &ctx.actor(),
                    &organisation.id,
                    plan,
                    service,
                    jamlik_store::NewEvidenceFile {
                        name: format!("{} {date}.csv", ctx.t.t(&kind_key(&job.kind))),
                        content_type: "text/csv".to_owned(),
                        content: result_csv(&ctx.t, job, result),
                    },
                )
                .await?;
            // The ids came in the form: encoded, whatever they hold.
            Ok(format!(
                "/orgs/{org}/plans/{}/assessment/{}?notice=evidence-attached#evidence",
                crate::kit::redirect::segment(plan),
                crate::kit::redirect::segment(service)
            ))
        }
        ["measure", measure] => {
            let owner = state
                .store()
                .measure(&organisation.id, measure)
                .await?
                .owner_user_id;
            if !may_change_owned(ctx.global_role(), role, owner.as_ref(), me) {
                return Err(ErrorCode::Forbidden.into());
            }
            state
                .store()
                .link_analysis_to_measure(&ctx.actor(), &organisation.id, &job.id, measure)
                .await?;
            Ok(format!(
                "/orgs/{org}/measures/{}?notice=analysis-attached",
                crate::kit::redirect::segment(measure)
            ))
        }
        _ => Err(ErrorCode::InvalidMapping.into()),
    }
}

/// `POST /orgs/{org}/analysis/retention`: how long uploads are kept after
/// their analysis (from the settings page).
pub(crate) async fn save_retention(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(org): Path<String>,
    CsrfForm(form): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    let (organisation, _) = authorise(&state, &ctx, &org, Capability::ManageSettings).await?;
    let days: i64 = crate::kit::field(&form, "days")
        .trim()
        .parse()
        .map_err(|_| AppError::from(ErrorCode::InvalidRetention))?;
    state
        .store()
        .set_analysis_retention(&ctx.actor(), &organisation.id, days)
        .await?;
    Ok(Redirect::to(&format!("/orgs/{org}/settings?notice=retention-saved")).into_response())
}
