//! The analysis pages up to a run: upload a CSV or XLSX file, see what was
//! read (column types, bad rows), map columns to roles, run; a small file
//! is analysed in the request, a large one by the background worker.
//!
//! Coordinators and contributors run analyses (they see the uploaded rows);
//! everyone in the organisation reads the results, which hold only
//! aggregates that passed disclosure control.

use askama::Template;
use axum::extract::{Multipart, Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use jamlik_domain::{Capability, ErrorCode};
use jamlik_stats::ReadOptions;
use jamlik_store::{AnalysisUpload, Organisation};

use crate::analysis::{self, Baseline, Kind, ProfileColumn, ProfileKind, Spec, UploadProfile};
use crate::kit::context::Ctx;
use crate::kit::error::{AppError, AppResult};
use crate::kit::forms::CsrfForm;
use crate::kit::views::{render, Layout};
use crate::kit::Option_;
use crate::kit::{authorise, error_status, form_error, org_name};
use crate::AppState;

/// A group of choices in a select: the attach targets of a result, the
/// columns of an upload offered as a baseline.
#[derive(Debug)]
pub(crate) struct Target {
    pub group: String,
    pub options: Vec<Option_>,
}

/// The largest file accepted for analysis.
pub(crate) const MAX_UPLOAD_BYTES: usize = 20 * 1024 * 1024;

pub(crate) fn base(org: &str) -> String {
    format!("/orgs/{org}/analysis")
}

pub(crate) fn kind_key(kind: &str) -> String {
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
    if analysis::looks_binary(&bytes) {
        let message = ctx.t.t("analysis-upload-not-a-table");
        return index_page(
            &state,
            &ctx,
            &org,
            Some((ErrorCode::AnalysisInput, message)),
        )
        .await;
    }
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
