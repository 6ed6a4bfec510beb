//! The analysis pages: upload a CSV or XLSX file, see what was read (column
//! types, bad rows), map columns to roles, run; a small file is analysed in
//! the request, a large one by the background worker while the page shows
//! its progress; the result as findings, an SVG chart and its table; one
//! click attaches it as evidence to an assessment or a measure.
//!
//! Coordinators and contributors run analyses (they see the uploaded rows);
//! everyone in the organisation reads the results, which hold only
//! aggregates that passed disclosure control.

use askama::Template;
use axum::extract::{Multipart, Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use jamlik_domain::{Capability, ErrorCode};
use jamlik_stats::ReadOptions;
use jamlik_store::{AnalysisJob, AnalysisUpload, JobState, Organisation};

use crate::analysis::{
    self, Baseline, Hidden, Kind, ProfileColumn, ProfileKind, Spec, StoredResult, UploadProfile,
};
use crate::kit::context::Ctx;
use crate::kit::csv_out::CsvOut;
use crate::kit::error::{AppError, AppResult};
use crate::kit::forms::CsrfForm;
use crate::kit::views::{render, Layout};
use crate::kit::Option_;
use crate::kit::{authorise, error_status, form_error, org_name};
use crate::AppState;
use jamlik_domain::may_change_owned;

/// The largest file accepted for analysis.
pub(crate) const MAX_UPLOAD_BYTES: usize = 20 * 1024 * 1024;

fn base(org: &str) -> String {
    format!("/orgs/{org}/analysis")
}

fn kind_key(kind: &str) -> String {
    format!("analysis-kind-{}", kind.replace('_', "-"))
}

// ------------------------------------------------------------------ index

#[derive(Debug)]
pub(crate) struct JobRow {
    pub id: String,
    pub kind: String,
    pub file: String,
    pub state: String,
    pub started: String,
}

#[derive(Debug)]
pub(crate) struct UploadRow {
    pub id: String,
    pub name: String,
    pub added: String,
    pub deleted_by: String,
}

#[derive(Template)]
#[template(path = "analysis/analysis.html")]
struct IndexPage {
    page: Layout,
    org_id: String,
    org_name: String,
    jobs: Vec<JobRow>,
    uploads: Vec<UploadRow>,
    can_run: bool,
    retention: String,
    error: Option<String>,
}

async fn index_page(
    state: &AppState,
    ctx: &Ctx,
    org: &str,
    error: Option<(ErrorCode, String)>,
) -> AppResult<Response> {
    let (organisation, role) = authorise(state, ctx, org, Capability::ViewOrganisation).await?;
    let can_run = Capability::Contribute.allowed(ctx.global_role(), role);
    let jobs = state.store().analysis_jobs(&organisation.id, 50).await?;
    let uploads = if can_run {
        state.store().analysis_uploads(&organisation.id).await?
    } else {
        Vec::new()
    };
    let days = state.store().analysis_retention(&organisation.id).await?;
    let page = IndexPage {
        page: Layout::new(ctx, "analysis-title"),
        org_id: organisation.id.to_string(),
        org_name: org_name(ctx, &organisation),
        jobs: jobs
            .iter()
            .map(|j| JobRow {
                id: j.id.clone(),
                kind: ctx.t.t(&kind_key(&j.kind)),
                file: j.file_name.clone(),
                state: ctx.t.t(&format!("analysis-state-{}", j.state.as_str())),
                started: ctx.t.datetime(j.created_at),
            })
            .collect(),
        uploads: uploads
            .iter()
            .map(|u| UploadRow {
                id: u.id.clone(),
                name: u.name.clone(),
                added: ctx.t.datetime(u.created_at),
                deleted_by: ctx.t.datetime(u.purge_after),
            })
            .collect(),
        can_run,
        retention: if days == 0 {
            ctx.t.t("analysis-retention-none")
        } else {
            ctx.t
                .t_args("analysis-retention-days", &[("value", ctx.t.number(days))])
        },
        error: error.as_ref().map(|(_, message)| message.clone()),
    };
    let status = error.map_or(axum::http::StatusCode::OK, |(code, _)| {
        error_status(&AppError::from(code))
    });
    Ok((status, render(&page)).into_response())
}

/// `/orgs/{org}/analysis`: results so far and the upload form.
pub(crate) async fn index(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(org): Path<String>,
) -> AppResult<Response> {
    index_page(&state, &ctx, &org, None).await
}

/// `POST /orgs/{org}/analysis`: stores an uploaded file once it reads as a
/// table; a file that does not is refused with the reason and not stored.
pub(crate) async fn upload(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(org): Path<String>,
    multipart: Result<Multipart, axum::extract::multipart::MultipartRejection>,
) -> AppResult<Response> {
    let (organisation, _) = authorise(&state, &ctx, &org, Capability::Contribute).await?;
    let upload = crate::kit::sheets::uploaded(&ctx, multipart)
        .await
        .map_err(|error| match error.code {
            ErrorCode::PayloadTooLarge => AppError::from(ErrorCode::AnalysisFileTooLarge),
            _ => error,
        })?;
    if upload.bytes.len() > MAX_UPLOAD_BYTES {
        return Err(ErrorCode::AnalysisFileTooLarge.into());
    }
    let bytes = upload.bytes.to_vec();
    let limits = state.config().workbook;
    let checked = tokio::task::spawn_blocking(move || {
        let options = ReadOptions {
            workbook: limits,
            ..ReadOptions::default()
        };
        // Read once: what the mapping page shows is kept with the upload.
        let table = analysis::read_table(&bytes, &options);
        let read = table.map(|table| {
            analysis::checked_columns(&table).map(|columns| {
                let profile = serde_json::to_string(&analysis::profile_of(&table));
                (columns, profile.unwrap_or_default())
            })
        });
        (bytes, read)
    })
    .await
    .map_err(|_| AppError::from(ErrorCode::Internal))?;
    let (bytes, read) = checked;
    let (columns, profile) = match read {
        Ok(Ok(read)) => read,
        Ok(Err((key, limit))) => {
            let message = ctx.t.t_args(key, &[("count", ctx.t.number(limit as i64))]);
            return index_page(
                &state,
                &ctx,
                &org,
                Some((ErrorCode::AnalysisInput, message)),
            )
            .await;
        }
        Err(error) => {
            let message = analysis::describe_error(&ctx.t, &analysis::error_json(&error));
            return index_page(
                &state,
                &ctx,
                &org,
                Some((ErrorCode::AnalysisInput, message)),
            )
            .await;
        }
    };
    let name = crate::kit::files::clean_file_name(upload.file_name.as_deref())
        .unwrap_or_else(|| ctx.t.t("analysis-unnamed-file"));
    let stored = state
        .store()
        .add_analysis_upload(
            &ctx.actor(),
            &organisation.id,
            &name,
            bytes,
            &columns,
            &profile,
        )
        .await?;
    Ok(Redirect::to(&format!("{}/uploads/{}", base(&org), stored.id)).into_response())
}

// ---------------------------------------------------------------- mapping

#[derive(Debug)]
pub(crate) struct ColumnView {
    pub name: String,
    pub kind: String,
    pub present: String,
    pub missing: String,
    pub is_control: bool,
    /// Only numeric columns are offered as controls.
    pub is_numeric: bool,
}

#[derive(Debug)]
pub(crate) struct IssueView {
    pub row: String,
    pub column: String,
    pub value: String,
    pub reason: String,
}

#[derive(Debug)]
pub(crate) struct RoleSelect {
    pub name: &'static str,
    pub label_key: &'static str,
    pub hint_key: &'static str,
    pub options: Vec<Option_>,
}

#[derive(Template)]
#[template(path = "analysis/analysis_map.html")]
struct MapPage {
    page: Layout,
    org_id: String,
    upload_id: String,
    file_name: String,
    columns: Vec<ColumnView>,
    preview_header: Vec<String>,
    preview: Vec<Vec<String>>,
    issues: Vec<IssueView>,
    issue_count: i64,
    roles: Vec<RoleSelect>,
    kinds: Vec<Option_>,
    exclude: bool,
    threshold: String,
    baseline_population: Option<Option_>,
    baseline_uploads: Vec<Target>,
    age_from: String,
    age_to: String,
    error: Option<String>,
}

/// What representation may compare with: the population of the
/// organisation's own municipality, and the organisation's other uploads
/// with their columns.
pub(crate) struct BaselineChoices {
    population: Option<String>,
    uploads: Vec<(AnalysisUpload, Vec<String>)>,
}

/// Uploads whose columns are offered as baselines (the newest).
const BASELINE_UPLOADS: usize = 10;

/// The baselines offered beside `current` (only the upload `only`, when given).
async fn baseline_choices(
    state: &AppState,
    organisation: &Organisation,
    current: &str,
    only: Option<&str>,
) -> AppResult<BaselineChoices> {
    let mut uploads = Vec::new();
    for upload in state
        .store()
        .analysis_uploads(&organisation.id)
        .await?
        .into_iter()
        .filter(|u| u.id != current && only.is_none_or(|id| id == u.id))
        .take(BASELINE_UPLOADS)
    {
        let columns = upload.columns.clone();
        if !columns.is_empty() {
            uploads.push((upload, columns));
        }
    }
    Ok(BaselineChoices {
        population: analysis::population_area(organisation),
        uploads,
    })
}

/// The baseline chosen on the form: `population` (with an age range) or
/// `upload:{id}:{column}`.
fn baseline_from(
    form: &[(String, String)],
    choices: &BaselineChoices,
) -> Result<Baseline, ErrorCode> {
    let raw = crate::kit::field(form, "baseline").trim();
    if raw == "population" {
        let area = choices
            .population
            .clone()
            .ok_or(ErrorCode::AnalysisNoBaseline)?;
        let age = |name: &str| -> Result<Option<u16>, ErrorCode> {
            let text = crate::kit::field(form, name).trim();
            if text.is_empty() {
                return Ok(None);
            }
            text.parse::<u16>()
                .map(Some)
                .map_err(|_| ErrorCode::AnalysisInvalidAgeRange)
        };
        return Ok(Baseline::Population {
            area,
            age_from: age("age_from")?,
            age_to: age("age_to")?,
        });
    }
    let Some(rest) = raw.strip_prefix("upload:") else {
        return Err(ErrorCode::AnalysisNoBaseline);
    };
    let (id, column) = rest.split_once(':').unwrap_or((rest, ""));
    let (upload, columns) = choices
        .uploads
        .iter()
        .find(|(u, _)| u.id == id)
        .ok_or(ErrorCode::AnalysisBaselineNotFound)?;
    if !columns.iter().any(|c| c == column) {
        return Err(ErrorCode::InvalidMapping);
    }
    Ok(Baseline::Upload {
        upload: upload.id.clone(),
        file_name: upload.name.clone(),
        group: column.to_owned(),
    })
}

/// The baseline select's value for a baseline.
fn baseline_value(baseline: &Baseline) -> String {
    match baseline {
        Baseline::Population { .. } => "population".to_owned(),
        Baseline::Upload { upload, group, .. } => format!("upload:{upload}:{group}"),
    }
}

/// Guesses a column's role from its name (Finnish, Swedish and English).
fn guess(columns: &[ProfileColumn], words: &[&str], numeric: Option<bool>) -> String {
    columns
        .iter()
        .find(|c| {
            let name = c.name.to_lowercase();
            words.iter().any(|w| name.contains(w))
                && numeric.is_none_or(|n| n == c.kind.is_numeric())
        })
        .map(|c| c.name.clone())
        .unwrap_or_default()
}

const GROUP_WORDS: &[&str] = &["gender", "sex", "sukupuoli", "kön", "kon", "sukup"];
const OUTCOME_WORDS: &[&str] = &[
    "hours",
    "basic",
    "tunnit",
    "timmar",
    "pay",
    "palkka",
    "lön",
    "subsid",
    "avustus",
    "bidrag",
    "amount",
    "euro",
    "summa",
    "belopp",
    "granted",
    "myönn",
    "beviljade",
];
const WEIGHT_WORDS: &[&str] = &[
    "participants",
    "osallistuj",
    "deltagare",
    "weight",
    "paino",
    "vikt",
];
const JOB_WORDS: &[&str] = &[
    "job_group",
    "job group",
    "tehtävä",
    "ammatti",
    "yrkes",
    "befattning",
];
const DEMAND_WORDS: &[&str] = &["demand", "vaativuus", "svårighet", "krav"];
const VARIABLE_WORDS: &[&str] = &[
    "variable",
    "muuttuva",
    "rörlig",
    "bonus",
    "tulospalk",
    "lisä",
    "tillägg",
];
const CATEGORY_WORDS: &[&str] = &[
    "category",
    "kategori",
    "henkilöstöryhmä",
    "personalgrupp",
    "luokka",
];

/// The baseline fields as the person filled them in, to show them again.
pub(crate) struct BaselineEcho {
    value: String,
    age_from: String,
    age_to: String,
}

impl BaselineEcho {
    fn from_form(form: &[(String, String)]) -> Self {
        Self {
            value: crate::kit::field(form, "baseline").to_owned(),
            age_from: crate::kit::field(form, "age_from").to_owned(),
            age_to: crate::kit::field(form, "age_to").to_owned(),
        }
    }
}

#[allow(clippy::too_many_arguments)]
fn map_page(
    ctx: &Ctx,
    org: &str,
    upload: &jamlik_store::AnalysisUpload,
    profile: &UploadProfile,
    chosen: Option<&Spec>,
    choices: &BaselineChoices,
    echo: Option<&BaselineEcho>,
    error: Option<&AppError>,
) -> Response {
    let columns = &profile.columns;
    // What the person chose, or a guess from the columns' names and types.
    let guessed = chosen.cloned().unwrap_or_else(|| {
        let group = guess(columns, GROUP_WORDS, Some(false));
        let outcome = {
            let by_name = guess(columns, OUTCOME_WORDS, Some(true));
            if by_name.is_empty() {
                columns
                    .iter()
                    .rev()
                    .find(|c| c.kind.is_numeric())
                    .map(|c| c.name.clone())
                    .unwrap_or_default()
            } else {
                by_name
            }
        };
        let job_group = Some(guess(columns, JOB_WORDS, Some(false))).filter(|g| !g.is_empty());
        let demand = Some(guess(columns, DEMAND_WORDS, Some(true))).filter(|g| !g.is_empty());
        let weight = Some(guess(columns, WEIGHT_WORDS, Some(true))).filter(|g| !g.is_empty());
        let variable = Some(guess(columns, VARIABLE_WORDS, Some(true)))
            .filter(|g| !g.is_empty() && *g != outcome);
        let category = Some(guess(columns, CATEGORY_WORDS, Some(false))).filter(|g| !g.is_empty());
        let kind = if job_group.is_some() {
            Kind::PaySurvey
        } else if variable.is_some() {
            Kind::PayTransparency
        } else {
            Kind::Resources
        };
        Spec {
            kind,
            controls: Vec::new(),
            exclude_bad_rows: false,
            threshold: jamlik_stats::SuppressionRule::DEFAULT_THRESHOLD,
            group,
            outcome,
            weight,
            job_group,
            demand,
            variable,
            category,
            baseline: None,
        }
    });
    // The baseline: as chosen, else the population where there is one, else
    // an uploaded file's column named like the group.
    let baseline_chosen = echo.map(|e| e.value.clone()).unwrap_or_else(|| {
        guessed
            .baseline
            .as_ref()
            .map(baseline_value)
            .or_else(|| choices.population.as_ref().map(|_| "population".to_owned()))
            .or_else(|| {
                choices.uploads.iter().find_map(|(u, columns)| {
                    columns
                        .iter()
                        .find(|c| **c == guessed.group)
                        .map(|c| format!("upload:{}:{c}", u.id))
                })
            })
            .unwrap_or_default()
    });
    let select = |name: &'static str,
                  label_key: &'static str,
                  hint_key: &'static str,
                  current: &str,
                  optional: bool| {
        let mut options = Vec::new();
        if optional {
            options.push(Option_ {
                value: String::new(),
                label: ctx.t.t("analysis-role-none"),
                selected: current.is_empty(),
            });
        }
        for c in columns {
            options.push(Option_ {
                value: c.name.clone(),
                label: c.name.clone(),
                selected: c.name == current,
            });
        }
        RoleSelect {
            name,
            label_key,
            hint_key,
            options,
        }
    };
    let roles = vec![
        select(
            "group",
            "analysis-role-group",
            "analysis-role-group-hint",
            &guessed.group,
            false,
        ),
        select(
            "outcome",
            "analysis-role-outcome",
            "analysis-role-outcome-hint",
            &guessed.outcome,
            false,
        ),
        select(
            "weight",
            "analysis-role-weight",
            "analysis-role-weight-hint",
            guessed.weight.as_deref().unwrap_or_default(),
            true,
        ),
        select(
            "job_group",
            "analysis-role-job-group",
            "analysis-role-job-group-hint",
            guessed.job_group.as_deref().unwrap_or_default(),
            true,
        ),
        select(
            "demand",
            "analysis-role-demand",
            "analysis-role-demand-hint",
            guessed.demand.as_deref().unwrap_or_default(),
            true,
        ),
        select(
            "variable",
            "analysis-role-variable",
            "analysis-role-variable-hint",
            guessed.variable.as_deref().unwrap_or_default(),
            true,
        ),
        select(
            "category",
            "analysis-role-category",
            "analysis-role-category-hint",
            guessed.category.as_deref().unwrap_or_default(),
            true,
        ),
    ];
    let (age_from, age_to) = match (echo, &guessed.baseline) {
        (Some(echo), _) => (echo.age_from.clone(), echo.age_to.clone()),
        (
            None,
            Some(Baseline::Population {
                age_from, age_to, ..
            }),
        ) => (
            age_from.map(|a| a.to_string()).unwrap_or_default(),
            age_to.map(|a| a.to_string()).unwrap_or_default(),
        ),
        _ => (String::new(), String::new()),
    };
    let t = &ctx.t;
    let page = MapPage {
        page: Layout {
            title: format!("{} – {}", t.t("analysis-map-title"), upload.name),
            ..Layout::new(ctx, "analysis-map-title")
        },
        org_id: org.to_owned(),
        upload_id: upload.id.clone(),
        file_name: upload.name.clone(),
        columns: columns
            .iter()
            .map(|c| ColumnView {
                name: c.name.clone(),
                kind: t.t(match c.kind {
                    ProfileKind::Integer => "analysis-type-integer",
                    ProfileKind::Decimal => "analysis-type-decimal",
                    ProfileKind::Text => "analysis-type-text",
                    ProfileKind::Empty => "analysis-type-empty",
                }),
                present: t.number(c.present as i64),
                missing: t.number(c.missing as i64),
                is_control: guessed.controls.contains(&c.name),
                is_numeric: c.kind.is_numeric(),
            })
            .collect(),
        preview_header: columns.iter().map(|c| c.name.clone()).collect(),
        preview: profile.preview.clone(),
        issues: profile
            .issues
            .iter()
            .map(|issue| IssueView {
                row: t.number(issue.row as i64),
                column: issue.column.clone().unwrap_or_default(),
                value: issue.value.clone().unwrap_or_default(),
                reason: match issue.ragged {
                    Some((expected, found)) => t.t_args(
                        "analysis-issue-ragged",
                        &[
                            ("expected", t.number(expected as i64)),
                            ("found", t.number(found as i64)),
                        ],
                    ),
                    None => t.t("analysis-issue-non-numeric"),
                },
            })
            .collect(),
        issue_count: profile.issue_count as i64,
        roles,
        kinds: Kind::ALL
            .iter()
            .map(|k| Option_ {
                value: k.as_str().to_owned(),
                label: t.t(&kind_key(k.as_str())),
                selected: *k == guessed.kind,
            })
            .collect(),
        exclude: guessed.exclude_bad_rows,
        threshold: guessed.threshold.to_string(),
        baseline_population: choices.population.as_ref().map(|area| Option_ {
            value: "population".to_owned(),
            label: t.t_args(
                "analysis-baseline-option-population",
                &[("area", area.clone())],
            ),
            selected: baseline_chosen == "population",
        }),
        baseline_uploads: choices
            .uploads
            .iter()
            .map(|(u, columns)| Target {
                group: t.t_args(
                    "analysis-baseline-option-upload",
                    &[("name", u.name.clone())],
                ),
                options: columns
                    .iter()
                    .map(|c| {
                        let value = format!("upload:{}:{c}", u.id);
                        Option_ {
                            selected: value == baseline_chosen,
                            value,
                            label: c.clone(),
                        }
                    })
                    .collect(),
            })
            .collect(),
        age_from,
        age_to,
        error: error.map(|e| form_error(ctx, e)),
    };
    let status = error.map_or(axum::http::StatusCode::OK, error_status);
    (status, render(&page)).into_response()
}

/// An upload and what its mapping page shows, from what was kept when it
/// arrived: the file is read again only for an upload kept from before
/// profiles were.
async fn load_profile(
    state: &AppState,
    organisation: &Organisation,
    upload: &str,
) -> AppResult<(jamlik_store::AnalysisUpload, UploadProfile)> {
    let upload = state
        .store()
        .analysis_upload_meta(&organisation.id, upload)
        .await?;
    if let Ok(profile) = serde_json::from_str::<UploadProfile>(&upload.profile) {
        return Ok((upload, profile));
    }
    let (upload, bytes) = state
        .store()
        .analysis_upload(&organisation.id, &upload.id)
        .await?;
    let limits = state.config().workbook;
    let profile = tokio::task::spawn_blocking(move || {
        analysis::read_table(
            &bytes,
            &ReadOptions {
                workbook: limits,
                ..ReadOptions::default()
            },
        )
        .map(|table| analysis::profile_of(&table))
    })
    .await
    .map_err(|_| AppError::from(ErrorCode::Internal))?
    .map_err(|_| AppError::from(ErrorCode::AnalysisInput))?;
    Ok((upload, profile))
}

/// `/orgs/{org}/analysis/uploads/{upload}`: what was read, and the mapping.
pub(crate) async fn mapping(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((org, upload)): Path<(String, String)>,
) -> AppResult<Response> {
    let (organisation, _) = authorise(&state, &ctx, &org, Capability::Contribute).await?;
    let (upload, profile) = load_profile(&state, &organisation, &upload).await?;
    let choices = baseline_choices(&state, &organisation, &upload.id, None).await?;
    Ok(map_page(
        &ctx, &org, &upload, &profile, None, &choices, None, None,
    ))
}

/// The spec as the form gives it, every field kept (to show the form
/// again), and whether it can be run: the spec for its analysis, or why not.
fn spec_from(
    form: &[(String, String)],
    choices: &BaselineChoices,
) -> (Spec, Result<Spec, ErrorCode>) {
    let value = |name: &str| crate::kit::field(form, name).trim().to_owned();
    let optional = |name: &str| Some(value(name)).filter(|v| !v.is_empty());
    let parsed_kind = Kind::parse(&value("kind"));
    let kind = parsed_kind.unwrap_or(Kind::Resources);
    let threshold = value("threshold").parse::<u64>();
    let baseline = baseline_from(form, choices);
    let kept = Spec {
        kind,
        group: value("group"),
        outcome: value("outcome"),
        weight: optional("weight"),
        controls: form
            .iter()
            .filter(|(k, v)| k == "controls" && !v.trim().is_empty())
            .map(|(_, v)| v.trim().to_owned())
            .collect(),
        job_group: optional("job_group"),
        demand: optional("demand"),
        variable: optional("variable"),
        category: optional("category"),
        baseline: baseline.clone().ok(),
        exclude_bad_rows: value("bad_rows") == "exclude",
        threshold: *threshold
            .as_ref()
            .unwrap_or(&jamlik_stats::SuppressionRule::DEFAULT_THRESHOLD),
    };
    let checked = runnable(
        &kept,
        parsed_kind.ok_or(ErrorCode::InvalidAnalysis),
        threshold.map_err(|_| ErrorCode::InvalidMapping),
        baseline,
    );
    (kept, checked)
}

/// The spec to run from what the form gave: only the roles of its
/// analysis, checked.
fn runnable(
    kept: &Spec,
    kind: Result<Kind, ErrorCode>,
    threshold: Result<u64, ErrorCode>,
    baseline: Result<Baseline, ErrorCode>,
) -> Result<Spec, ErrorCode> {
    let kind = kind?;
    let threshold = threshold?;
    let spec = Spec {
        kind,
        outcome: if kind == Kind::Representation {
            String::new()
        } else {
            kept.outcome.clone()
        },
        weight: kept.weight.clone().filter(|_| kind == Kind::Resources),
        controls: if matches!(kind, Kind::Gap | Kind::PayTransparency) {
            kept.controls.clone()
        } else {
            Vec::new()
        },
        job_group: kept.job_group.clone().filter(|_| kind == Kind::PaySurvey),
        demand: kept.demand.clone().filter(|_| kind == Kind::PaySurvey),
        variable: kept
            .variable
            .clone()
            .filter(|_| kind == Kind::PayTransparency),
        category: kept
            .category
            .clone()
            .filter(|_| kind == Kind::PayTransparency),
        baseline: if kind == Kind::Representation {
            Some(baseline?)
        } else {
            None
        },
        threshold,
        ..kept.clone()
    };
    spec.check()?;
    Ok(spec)
}

/// `POST /orgs/{org}/analysis/uploads/{upload}`: queues the analysis; a
/// small file is analysed at once, a large one in the background.
pub(crate) async fn run(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((org, upload_id)): Path<(String, String)>,
    CsrfForm(form): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    let (organisation, _) = authorise(&state, &ctx, &org, Capability::Contribute).await?;
    // Only the upload chosen as the baseline is read, to check its column.
    let chosen_upload = crate::kit::field(&form, "baseline")
        .strip_prefix("upload:")
        .map(|rest| rest.split_once(':').map_or(rest, |(id, _)| id).to_owned());
    let choices = if crate::kit::field(&form, "kind") == Kind::Representation.as_str() {
        baseline_choices(
            &state,
            &organisation,
            &upload_id,
            Some(chosen_upload.as_deref().unwrap_or_default()),
        )
        .await?
    } else {
        BaselineChoices {
            population: analysis::population_area(&organisation),
            uploads: Vec::new(),
        }
    };
    let (kept, checked) = spec_from(&form, &choices);
    let spec = match checked {
        Ok(spec) => spec,
        Err(code) => {
            let (upload, profile) = load_profile(&state, &organisation, &upload_id).await?;
            let all = baseline_choices(&state, &organisation, &upload_id, None).await?;
            return Ok(map_page(
                &ctx,
                &org,
                &upload,
                &profile,
                Some(&kept),
                &all,
                Some(&BaselineEcho::from_form(&form)),
                Some(&AppError::from(code)),
            ));
        }
    };
    let spec_json =
        serde_json::to_string(&spec).map_err(|_| AppError::from(ErrorCode::Internal))?;
    let upload = state
        .store()
        .analysis_upload_meta(&organisation.id, &upload_id)
        .await?;
    // A small file is analysed now, by this request; a large one by a worker.
    let inline =
        usize::try_from(upload.size).unwrap_or(usize::MAX) <= state.config().analysis_inline_bytes;
    let job = state
        .store()
        .create_analysis_job(
            &ctx.actor(),
            &organisation.id,
            &upload_id,
            spec.kind.as_str(),
            &spec_json,
            inline.then_some(crate::jobs::analysis::LEASE_SECONDS),
        )
        .await?;
    if inline {
        crate::jobs::analysis::run_job(state.store(), &job, &state.config().workbook).await?;
    }
    Ok(Redirect::to(&format!("{}/{}", base(&org), job.id)).into_response())
}

// ----------------------------------------------------------------- result

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

#[derive(Debug)]
pub(crate) struct Target {
    pub group: String,
    pub options: Vec<Option_>,
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
