//! The planning workspace: plans, the service inventory, findings and
//! measures with their history. Coordinators plan; contributors record
//! findings for the services they own and report on the measures they own;
//! viewers, national monitors and admins read.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use jamlik_domain::{
    check_scale, check_text, check_title, parse_money, Capability, DiscriminationKind, ErrorCode,
    Framework, IsoDate, MeasureStatus, PlanDraft, Role, UserId, MAX_TEXT,
};
use jamlik_store::{
    Finding, FindingInput, Measure, MeasureInput, Organisation, Plan, ServiceInput,
};

use crate::kit::context::Ctx;
use crate::kit::error::{AppError, AppResult};
use crate::kit::forms::settle;
use crate::kit::forms::CsrfForm;
use crate::kit::views::{render, Layout};
use crate::kit::{authorise, error_status, form_error, org_name};
use crate::kit::{days_from_today, show_date, today, value, values, Option_};
use crate::AppState;
use jamlik_domain::may_change_owned;

/// The grounds the frameworks' packs name, in the viewer's language, each
/// once, in the packs' order.
pub(crate) fn plan_grounds(ctx: &Ctx, frameworks: &[Framework]) -> Vec<(String, String)> {
    let Ok(registry) = jamlik_packs::shipped() else {
        return Vec::new();
    };
    let mut grounds: Vec<(String, String)> = Vec::new();
    for framework in frameworks {
        for ground in registry
            .get(framework.as_str())
            .map(|pack| pack.grounds.as_slice())
            .unwrap_or_default()
        {
            if !grounds.iter().any(|(id, _)| *id == ground.id) {
                grounds.push((
                    ground.id.clone(),
                    ground.name.get(ctx.t.language()).to_owned(),
                ));
            }
        }
    }
    grounds
}

/// The catalogue's measures for the plan's frameworks: (id, title, guidance)
/// in the viewer's language, each once.
pub(crate) fn catalogue_for(ctx: &Ctx, frameworks: &[Framework]) -> Vec<(String, String, String)> {
    let Ok(registry) = jamlik_packs::shipped() else {
        return Vec::new();
    };
    let language = ctx.t.language();
    let mut measures: Vec<(String, String, String)> = Vec::new();
    for framework in frameworks {
        for measure in registry.measures_for(framework.as_str()) {
            if !measures.iter().any(|(id, _, _)| *id == measure.id) {
                measures.push((
                    measure.id.clone(),
                    measure.title.get(language).to_owned(),
                    measure.guidance.get(language).to_owned(),
                ));
            }
        }
    }
    measures.sort_by(|a, b| a.1.cmp(&b.1));
    measures
}

// ---------------------------------------------------------------- plans list

#[derive(Debug)]
pub(crate) struct PlanRow {
    pub id: String,
    pub title: String,
    pub period: String,
    pub state_key: String,
}

#[derive(Template)]
#[template(path = "planning/plans.html")]
struct PlansPage {
    page: Layout,
    org_id: String,
    plans: Vec<PlanRow>,
    can_edit: bool,
    frameworks: Vec<Option_>,
    error: Option<String>,
    title: String,
    period_start: String,
    period_end: String,
    working_group: String,
    previous_plans: Vec<Option_>,
}

pub(crate) fn plan_row(ctx: &Ctx, plan: &Plan) -> PlanRow {
    PlanRow {
        id: plan.id.clone(),
        title: plan.title.clone(),
        period: format!(
            "{} – {}",
            show_date(ctx, &plan.period_start),
            show_date(ctx, &plan.period_end)
        ),
        state_key: format!("plan-state-{}", plan.state.as_str()),
    }
}

async fn plans_page(
    state: &AppState,
    ctx: &Ctx,
    org: &str,
    error: Option<&AppError>,
    form: &[(String, String)],
) -> AppResult<Response> {
    let (organisation, role) = authorise(state, ctx, org, Capability::ViewOrganisation).await?;
    let plans = state.store().plans(&organisation.id).await?;
    let chosen = if form.is_empty() {
        organisation
            .frameworks
            .iter()
            .map(|f| f.as_str().to_owned())
            .collect()
    } else {
        values(form, "frameworks")
    };
    let page = PlansPage {
        page: Layout {
            title: ctx.t.t_args(
                "plans-title",
                &[("organisation", org_name(ctx, &organisation))],
            ),
            ..Layout::new(ctx, "plans-title")
        },
        org_id: organisation.id.to_string(),
        plans: plans.iter().map(|p| plan_row(ctx, p)).collect(),
        can_edit: Capability::EditPlanning.allowed(ctx.global_role(), role),
        frameworks: Framework::SHIPPED
            .iter()
            .map(|f| Option_ {
                value: (*f).to_owned(),
                label: ctx.t.t(&format!("framework-{f}")),
                selected: chosen.iter().any(|c| c == f),
            })
            .collect(),
        error: error.map(|e| form_error(ctx, e)),
        title: value(form, "title"),
        period_start: value(form, "period_start"),
        period_end: value(form, "period_end"),
        working_group: value(form, "working_group"),
        previous_plans: plans
            .iter()
            .map(|p| Option_ {
                value: p.id.clone(),
                label: p.title.clone(),
                selected: value(form, "previous") == p.id,
            })
            .collect(),
    };
    let status = error.map_or(axum::http::StatusCode::OK, error_status);
    Ok((status, render(&page)).into_response())
}

/// `/orgs/{org}/plans`.
pub(crate) async fn plans(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(org): Path<String>,
) -> AppResult<Response> {
    plans_page(&state, &ctx, &org, None, &[]).await
}

/// `POST /orgs/{org}/plans`: starts a plan.
pub(crate) async fn create_plan(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(org): Path<String>,
    CsrfForm(form): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    let (organisation, _) = authorise(&state, &ctx, &org, Capability::EditPlanning).await?;
    let result = async {
        let draft = PlanDraft::parse(
            &value(&form, "title"),
            &values(&form, "frameworks"),
            &value(&form, "period_start"),
            &value(&form, "period_end"),
            &value(&form, "working_group"),
        )?;
        let previous = value(&form, "previous");
        let previous = Some(previous.trim()).filter(|p| !p.is_empty());
        Ok::<_, AppError>(
            state
                .store()
                .create_plan_continuing(&ctx.actor(), &organisation.id, draft, previous)
                .await?,
        )
    }
    .await;
    settle(
        result.map(|plan| format!("/orgs/{org}/plans/{}?notice=plan-created", plan.id)),
        |error| async move { plans_page(&state, &ctx, &org, Some(&error), &form).await },
    )
    .await
}

// ---------------------------------------------------------------- one plan

#[derive(Debug)]
pub(crate) struct FindingRow {
    pub service: String,
    pub ground: String,
    pub kind_key: String,
    pub description: String,
    pub affected: String,
    pub severity: i64,
    pub likelihood: i64,
}

#[derive(Debug)]
pub(crate) struct MeasureRow {
    pub id: String,
    pub title: String,
    pub owner: String,
    pub due: String,
    pub status: &'static str,
    pub overdue: bool,
    /// The indicators, each in one line.
    pub indicators: Vec<String>,
}

#[derive(Debug)]
pub(crate) struct StatusCount {
    pub status: &'static str,
    pub count: i64,
}

#[derive(Template)]
#[template(path = "planning/plan.html")]
struct PlanPage {
    page: Layout,
    org_id: String,
    plan: PlanRow,
    framework_keys: Vec<String>,
    working_group: String,
    findings: Vec<FindingRow>,
    show_scores: bool,
    measures: Vec<MeasureRow>,
    counts: Vec<StatusCount>,
    done_percent: i64,
    can_edit: bool,
    can_contribute: bool,
    services: Vec<Option_>,
    grounds: Vec<Option_>,
    kinds: Vec<Option_>,
    scale: Vec<i64>,
    finding_options: Vec<Option_>,
    owners: Vec<Option_>,
    catalogue: Vec<Option_>,
    finding_error: Option<String>,
    measure_error: Option<String>,
    approval_error: Option<String>,
    versions: Vec<VersionRow>,
    today: String,
    form: Vec<(String, String)>,
    steps: Vec<super::workspace::StepLinks>,
    missing: Vec<super::workspace::MissingElement>,
    stable_path: Option<String>,
    stable_url: Option<String>,
    previous_plan: Option<PlanRow>,
    evaluations: Vec<EvaluationRow>,
    evaluation_error: Option<String>,
}

/// One measure of the previous plan in the evaluation section.
#[derive(Debug)]
pub(crate) struct EvaluationRow {
    pub measure_id: String,
    pub title: String,
    pub status: &'static str,
    pub text: String,
    pub error: Option<String>,
}

impl PlanPage {
    /// A value the person typed, kept after an error.
    fn kept(&self, name: &str) -> String {
        value(&self.form, name)
    }
}

pub(crate) fn measure_rows(
    ctx: &Ctx,
    measures: &[Measure],
    names: &std::collections::HashMap<String, String>,
) -> Vec<MeasureRow> {
    let today = today();
    measures
        .iter()
        .map(|m| MeasureRow {
            id: m.id.clone(),
            title: m.title.clone(),
            owner: m
                .owner_user_id
                .as_ref()
                .and_then(|u| names.get(u.as_str()).cloned())
                .unwrap_or_else(|| m.owner_unit.clone()),
            due: m
                .due_date
                .as_ref()
                .map(|d| show_date(ctx, d))
                .unwrap_or_default(),
            status: m.status.as_str(),
            overdue: m.due_date.as_ref().is_some_and(|d| *d < today)
                && !matches!(m.status, MeasureStatus::Done | MeasureStatus::Dropped),
            indicators: m
                .indicators
                .iter()
                .map(|i| indicator_summary(ctx, i))
                .collect(),
        })
        .collect()
}

/// An indicator in one line: its name, from the baseline to the target, and
/// where it stands now when known.
pub(crate) fn indicator_summary(ctx: &Ctx, indicator: &jamlik_store::Indicator) -> String {
    let mut args = vec![
        ("name", indicator.name.clone()),
        ("baseline", indicator.baseline.clone()),
        ("target", indicator.target.clone()),
    ];
    if indicator.current.is_empty() {
        ctx.t.t_args("indicator-summary", &args)
    } else {
        args.push(("current", indicator.current.clone()));
        ctx.t.t_args("indicator-summary-current", &args)
    }
}

#[derive(Default)]
struct PlanErrors {
    finding: Option<AppError>,
    measure: Option<AppError>,
    approval: Option<AppError>,
    /// The previous plan's measure whose evaluation was refused (empty: the
    /// whole form), and why.
    evaluation: Option<(String, AppError)>,
}

async fn plan_page(
    state: &AppState,
    ctx: &Ctx,
    org: &str,
    plan_id: &str,
    errors: PlanErrors,
    form: Vec<(String, String)>,
) -> AppResult<Response> {
    let (organisation, role) = authorise(state, ctx, org, Capability::ViewOrganisation).await?;
    let plan = state.store().plan(&organisation.id, plan_id).await?;
    let grounds = plan_grounds(ctx, &plan.frameworks);
    let services = state.store().services(&organisation.id).await?;
    let findings = state.store().findings(&organisation.id, plan_id).await?;
    let measures = state.store().measures(&organisation.id, plan_id).await?;
    let versions = state
        .store()
        .plan_versions(&organisation.id, plan_id)
        .await?;
    let members = state.store().members(&organisation.id).await?;
    let previous = state
        .store()
        .previous_plan_evaluation(&organisation.id, plan_id)
        .await?;
    let names: std::collections::HashMap<String, String> = members
        .iter()
        .map(|m| (m.user.id.to_string(), m.user.display_name.clone()))
        .collect();
    let service_names: std::collections::HashMap<String, String> = services
        .iter()
        .map(|s| (s.id.clone(), s.name.clone()))
        .collect();
    let me = ctx.user.as_ref().map(|u| u.id.clone());
    let is_coordinator = Capability::EditPlanning.allowed(ctx.global_role(), role);
    let counts: Vec<StatusCount> = MeasureStatus::ALL
        .iter()
        .map(|s| StatusCount {
            status: s.as_str(),
            count: measures.iter().filter(|m| m.status == *s).count() as i64,
        })
        .collect();
    let counted = measures
        .iter()
        .filter(|m| m.status != MeasureStatus::Dropped)
        .count() as i64;
    let done = measures
        .iter()
        .filter(|m| m.status == MeasureStatus::Done)
        .count() as i64;
    let chosen = |name: &str| value(&form, name);
    let page = PlanPage {
        page: Layout {
            title: plan.title.clone(),
            ..Layout::new(ctx, "plans-title")
        },
        org_id: organisation.id.to_string(),
        plan: plan_row(ctx, &plan),
        framework_keys: plan
            .frameworks
            .iter()
            .map(|f| format!("framework-{}", f.as_str()))
            .collect(),
        working_group: plan.working_group.clone(),
        findings: finding_rows(&findings, &service_names, &grounds),
        show_scores: true,
        measures: measure_rows(ctx, &measures, &names),
        counts,
        done_percent: if counted == 0 {
            0
        } else {
            done * 100 / counted
        },
        can_edit: is_coordinator,
        can_contribute: Capability::Contribute.allowed(ctx.global_role(), role),
        // Contributors record findings only for the services they own.
        services: services
            .iter()
            .filter(|s| {
                may_change_owned(
                    ctx.global_role(),
                    role,
                    s.owner_user_id.as_ref(),
                    me.as_ref(),
                )
            })
            .map(|s| Option_ {
                value: s.id.clone(),
                label: s.name.clone(),
                selected: chosen("service") == s.id,
            })
            .collect(),
        grounds: grounds
            .iter()
            .map(|(id, name)| Option_ {
                value: id.clone(),
                label: name.clone(),
                selected: chosen("ground") == *id,
            })
            .collect(),
        kinds: DiscriminationKind::ALL
            .iter()
            .map(|k| Option_ {
                value: k.as_str().to_owned(),
                label: ctx.t.t(&format!("finding-kind-{}", k.as_str())),
                selected: chosen("kind") == k.as_str(),
            })
            .collect(),
        scale: vec![1, 2, 3, 4],
        finding_options: findings
            .iter()
            .map(|f: &Finding| Option_ {
                value: f.id.clone(),
                label: format!(
                    "{}: {}",
                    grounds
                        .iter()
                        .find(|(id, _)| *id == f.ground)
                        .map_or(f.ground.as_str(), |(_, name)| name.as_str()),
                    f.description.chars().take(60).collect::<String>()
                ),
                selected: chosen("finding") == f.id,
            })
            .collect(),
        catalogue: catalogue_for(ctx, &plan.frameworks)
            .into_iter()
            .map(|(id, title, _)| Option_ {
                selected: chosen("catalogue") == id,
                value: id,
                label: title,
            })
            .collect(),
        owners: members
            .iter()
            .filter(|m| m.role != Role::Viewer)
            .map(|m| Option_ {
                value: m.user.id.to_string(),
                label: m.user.display_name.clone(),
                selected: chosen("owner") == m.user.id.as_str(),
            })
            .collect(),
        finding_error: errors.finding.as_ref().map(|e| form_error(ctx, e)),
        measure_error: errors.measure.as_ref().map(|e| form_error(ctx, e)),
        approval_error: errors.approval.as_ref().map(|e| form_error(ctx, e)),
        versions: versions.iter().map(|v| version_row(ctx, v)).collect(),
        today: today().to_string(),
        stable_path: plan.public_id.as_ref().map(|id| format!("/p/{id}")),
        stable_url: plan
            .public_id
            .as_ref()
            .map(|id| format!("{}/p/{id}", state.config().public_url.trim_end_matches('/'))),
        previous_plan: previous.as_ref().map(|(p, _)| plan_row(ctx, p)),
        evaluations: previous
            .as_ref()
            .map(|(_, measures)| {
                measures
                    .iter()
                    .map(|m| {
                        let key = format!("evaluation:{}", m.measure.id);
                        let refused = errors
                            .evaluation
                            .as_ref()
                            .filter(|(id, _)| *id == m.measure.id);
                        EvaluationRow {
                            measure_id: m.measure.id.clone(),
                            title: m.measure.title.clone(),
                            status: m.measure.status.as_str(),
                            text: if form.iter().any(|(k, _)| *k == key) {
                                value(&form, &key)
                            } else {
                                m.evaluation.clone()
                            },
                            error: refused.map(|(_, e)| form_error(ctx, e)),
                        }
                    })
                    .collect()
            })
            .unwrap_or_default(),
        evaluation_error: errors
            .evaluation
            .as_ref()
            .filter(|(id, _)| id.is_empty())
            .map(|(_, e)| form_error(ctx, e)),
        form,
        steps: super::workspace::step_links(ctx, organisation.id.as_str(), &plan),
        missing: super::workspace::completeness(state, ctx, &organisation, &plan).await?,
    };
    let status = errors
        .finding
        .as_ref()
        .or(errors.measure.as_ref())
        .or(errors.approval.as_ref())
        .or(errors.evaluation.as_ref().map(|(_, e)| e))
        .map_or(axum::http::StatusCode::OK, error_status);
    Ok((status, render(&page)).into_response())
}

/// `/orgs/{org}/plans/{plan}`.
pub(crate) async fn plan(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((org, plan)): Path<(String, String)>,
) -> AppResult<Response> {
    plan_page(&state, &ctx, &org, &plan, PlanErrors::default(), Vec::new()).await
}

/// `POST /orgs/{org}/plans/{plan}/findings`.
pub(crate) async fn create_finding(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((org, plan)): Path<(String, String)>,
    CsrfForm(form): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    let (organisation, role) = authorise(&state, &ctx, &org, Capability::Contribute).await?;
    let current = state.store().plan(&organisation.id, &plan).await?;
    let result = async {
        let service_id = Some(value(&form, "service")).filter(|s| !s.is_empty());
        if !Capability::EditPlanning.allowed(ctx.global_role(), role) {
            // A contributor records findings only for a service they own.
            let owned = match &service_id {
                Some(service) => {
                    state
                        .store()
                        .service(&organisation.id, service)
                        .await?
                        .owner_user_id
                        == ctx.user.as_ref().map(|u| u.id.clone())
                }
                None => false,
            };
            if !owned {
                return Err(AppError::from(ErrorCode::Forbidden));
            }
        }
        let input = FindingInput {
            service_id,
            ground: {
                let ground = value(&form, "ground");
                if !plan_grounds(&ctx, &current.frameworks)
                    .iter()
                    .any(|(id, _)| *id == ground)
                {
                    return Err(AppError::from(ErrorCode::InvalidGround));
                }
                ground
            },
            kind: DiscriminationKind::parse(&value(&form, "kind"))?,
            description: check_title(
                &value(&form, "description"),
                MAX_TEXT,
                ErrorCode::InvalidTitle,
            )?,
            affected: check_text(&value(&form, "affected"), MAX_TEXT)?,
            severity: check_scale(value(&form, "severity").parse().unwrap_or(0))?,
            likelihood: check_scale(value(&form, "likelihood").parse().unwrap_or(0))?,
        };
        Ok(state
            .store()
            .create_finding(&ctx.actor(), &organisation.id, &plan, input)
            .await?)
    }
    .await;
    match result {
        Ok(_) => Ok(Redirect::to(&format!(
            "/orgs/{org}/plans/{plan}?notice=finding-added#findings"
        ))
        .into_response()),
        Err(error)
            if error.code.is_client_error()
                && error.code != ErrorCode::PlanNotFound
                && error.code != ErrorCode::Forbidden =>
        {
            plan_page(
                &state,
                &ctx,
                &org,
                &plan,
                PlanErrors {
                    finding: Some(error),
                    ..PlanErrors::default()
                },
                form,
            )
            .await
        }
        Err(error) => Err(error),
    }
}

/// `POST /orgs/{org}/plans/{plan}/measures`.
pub(crate) async fn create_measure(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((org, plan)): Path<(String, String)>,
    CsrfForm(form): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    let (organisation, _) = authorise(&state, &ctx, &org, Capability::EditPlanning).await?;
    let current = state.store().plan(&organisation.id, &plan).await?;
    let result = async {
        // A measure from the catalogue fills the title and goal left empty.
        let chosen = value(&form, "catalogue");
        let from_catalogue = if chosen.is_empty() {
            None
        } else {
            Some(
                catalogue_for(&ctx, &current.frameworks)
                    .into_iter()
                    .find(|(id, _, _)| *id == chosen)
                    .ok_or(AppError::from(ErrorCode::CatalogueMeasureNotFound))?,
            )
        };
        let mut title = value(&form, "title");
        let mut goal = value(&form, "goal");
        if let Some((_, catalogue_title, guidance)) = &from_catalogue {
            if title.trim().is_empty() {
                title = catalogue_title.clone();
            }
            if goal.trim().is_empty() {
                goal = guidance.clone();
            }
        }
        let input = MeasureInput {
            finding_id: Some(value(&form, "finding")).filter(|s| !s.is_empty()),
            title: check_title(&title, 200, ErrorCode::InvalidTitle)?,
            goal: check_text(&goal, MAX_TEXT)?,
            owner_user_id: Some(value(&form, "owner"))
                .filter(|s| !s.is_empty())
                .map(UserId::from_raw),
            owner_unit: check_text(&value(&form, "owner_unit"), 200)?,
            budget_cents: parse_money(&value(&form, "budget"))?,
            start_date: IsoDate::parse_optional(&value(&form, "start_date"))?,
            due_date: IsoDate::parse_optional(&value(&form, "due_date"))?,
            catalogue_id: from_catalogue.as_ref().map(|(id, _, _)| id.clone()),
        };
        Ok::<_, AppError>(
            state
                .store()
                .create_measure(&ctx.actor(), &organisation.id, &plan, input)
                .await?,
        )
    }
    .await;
    match result {
        Ok(measure) => Ok(Redirect::to(&format!(
            "/orgs/{org}/measures/{}?notice=measure-added",
            measure.id
        ))
        .into_response()),
        Err(error) if error.code.is_client_error() && error.code != ErrorCode::PlanNotFound => {
            plan_page(
                &state,
                &ctx,
                &org,
                &plan,
                PlanErrors {
                    measure: Some(error),
                    ..PlanErrors::default()
                },
                form,
            )
            .await
        }
        Err(error) => Err(error),
    }
}

// ---------------------------------------------------------------- approval and publication

/// `POST /orgs/{org}/plans/{plan}/approve`: records the approval and freezes a version.
pub(crate) async fn approve(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((org, plan)): Path<(String, String)>,
    CsrfForm(form): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    let (organisation, _) = authorise(&state, &ctx, &org, Capability::EditPlanning).await?;
    state.store().plan(&organisation.id, &plan).await?;
    let result = async {
        let body = check_title(&value(&form, "body"), 200, ErrorCode::InvalidTitle)?;
        let approved_on = IsoDate::parse(&value(&form, "approved_on"))?;
        if approved_on > today() {
            return Err(AppError::from(ErrorCode::ApprovalInFuture));
        }
        let decision_ref = check_text(&value(&form, "decision_ref"), 200)?;
        Ok(state
            .store()
            .approve_plan_once(
                &ctx.actor(),
                &organisation.id,
                &plan,
                &body,
                &approved_on,
                &decision_ref,
            )
            .await?)
    }
    .await;
    match result {
        // A second press of the button (nothing changed since) makes no version.
        Ok((_, created)) => {
            let notice = if created {
                "plan-approved"
            } else {
                "plan-unchanged"
            };
            Ok(Redirect::to(&format!(
                "/orgs/{org}/plans/{plan}?notice={notice}#versions"
            ))
            .into_response())
        }
        Err(error) if error.code.is_client_error() => {
            plan_page(
                &state,
                &ctx,
                &org,
                &plan,
                PlanErrors {
                    approval: Some(error),
                    ..PlanErrors::default()
                },
                form,
            )
            .await
        }
        Err(error) => Err(error),
    }
}

/// `POST /orgs/{org}/plans/{plan}/publish`: publishes the newest approved version.
pub(crate) async fn publish(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((org, plan)): Path<(String, String)>,
    CsrfForm(_): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    let (organisation, _) = authorise(&state, &ctx, &org, Capability::EditPlanning).await?;
    state.store().plan(&organisation.id, &plan).await?;
    match state
        .store()
        .publish_plan(&ctx.actor(), &organisation.id, &plan)
        .await
    {
        Ok(_) => Ok(Redirect::to(&format!(
            "/orgs/{org}/plans/{plan}?notice=plan-published#versions"
        ))
        .into_response()),
        Err(error) => {
            let error = AppError::from(error);
            if error.code.is_client_error() {
                plan_page(
                    &state,
                    &ctx,
                    &org,
                    &plan,
                    PlanErrors {
                        approval: Some(error),
                        ..PlanErrors::default()
                    },
                    Vec::new(),
                )
                .await
            } else {
                Err(error)
            }
        }
    }
}

/// `POST /orgs/{org}/plans/{plan}/evaluation`: saves what the coordinator
/// writes about each measure of the previous plan, all or nothing.
pub(crate) async fn save_evaluation(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((org, plan)): Path<(String, String)>,
    CsrfForm(form): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    let (organisation, _) = authorise(&state, &ctx, &org, Capability::EditPlanning).await?;
    state.store().plan(&organisation.id, &plan).await?;
    let mut entries = Vec::new();
    let mut refused = None;
    for (key, text) in &form {
        let Some(measure) = key.strip_prefix("evaluation:") else {
            continue;
        };
        match check_text(text, MAX_TEXT) {
            Ok(text) => entries.push((measure.to_owned(), text)),
            Err(code) => {
                refused = Some((measure.to_owned(), AppError::from(code)));
                break;
            }
        }
    }
    let refused = match refused {
        Some(refused) => refused,
        None => match state
            .store()
            .save_evaluation(&ctx.actor(), &organisation.id, &plan, &entries)
            .await
        {
            Ok(_) => {
                return Ok(Redirect::to(&format!(
                    "/orgs/{org}/plans/{plan}?notice=evaluation-saved#evaluation"
                ))
                .into_response())
            }
            Err(error) => {
                let error = AppError::from(error);
                if !error.code.is_client_error() || error.code == ErrorCode::PlanNotFound {
                    return Err(error);
                }
                (String::new(), error)
            }
        },
    };
    plan_page(
        &state,
        &ctx,
        &org,
        &plan,
        PlanErrors {
            evaluation: Some(refused),
            ..PlanErrors::default()
        },
        form,
    )
    .await
}

#[derive(Template)]
#[template(path = "planning/public_plan.html")]
struct PublicPlanPage {
    page: Layout,
    org_name: String,
    plan: PlanRow,
    framework_keys: Vec<String>,
    version: VersionRow,
    findings: Vec<FindingRow>,
    show_scores: bool,
    measures: Vec<MeasureRow>,
    /// The plan's stable address, when this page is one version's own.
    stable_path: Option<String>,
    /// The newest published version's number, when newer than the one shown.
    newer: Option<i64>,
    /// Whether this is the plan's stable address.
    stable_address: bool,
    /// The id in the address, for the PDF beside the page.
    public_id: String,
    /// Which language texts without a translation are shown in.
    language_note: Option<String>,
    /// The language the plan's texts are written in, when not the page's.
    content_lang: Option<&'static str>,
    /// The sections, under their elements' names.
    sections: Vec<(String, String)>,
    /// Who was consulted: party, date, summary.
    consultations: Vec<(String, String, String)>,
    /// The previous plan's measures as evaluated: title, status key, evaluation.
    evaluations: Vec<(String, String, String)>,
}

/// `/p/{public}`: a published plan, for everyone.
pub(crate) async fn public_plan(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(public_id): Path<String>,
) -> AppResult<Response> {
    let view = state.store().published_plan(&public_id).await?;
    let newer = view.newer_exists().then_some(view.newest_published);
    let stable_path = view
        .plan_public_id
        .as_ref()
        .filter(|_| !view.stable_address)
        .map(|id| format!("/p/{id}"));
    let stable_address = view.stable_address;
    let (org_id, version, snapshot) = (view.org_id, view.version, view.snapshot);
    let organisation = state.store().organisation(&org_id).await?;
    // In the reader's language where the texts are translated; where not,
    // as written, and said.
    let (snapshot, note) =
        super::translations::localise(&snapshot, &organisation.languages, ctx.t.language());
    let language = ctx.t.language();
    let registry = jamlik_packs::shipped().ok();
    let mut sections = Vec::new();
    for framework in &snapshot.plan.frameworks {
        let Some(pack) = registry.and_then(|r| r.get(framework.as_str())) else {
            continue;
        };
        for element in &pack.elements {
            if let Some(section) = snapshot.sections.iter().find(|s| {
                s.framework == pack.id && s.element == element.id && !s.body.trim().is_empty()
            }) {
                sections.push((element.name.get(language).to_owned(), section.body.clone()));
            }
        }
    }
    let consultations = snapshot
        .consultations
        .iter()
        .map(|c| {
            let party = ctx.t.t(&format!("party-{}", c.party.as_str()));
            (
                if c.party_name.is_empty() || c.party_name.to_lowercase() == party.to_lowercase() {
                    party
                } else {
                    format!("{} ({party})", c.party_name)
                },
                show_date(&ctx, &c.held_on),
                c.summary.clone(),
            )
        })
        .collect();
    let evaluations = snapshot
        .evaluations
        .iter()
        .map(|e| {
            (
                e.title.clone(),
                format!("measure-status-{}", e.status.as_str()),
                e.evaluation.clone(),
            )
        })
        .collect();
    let services: std::collections::HashMap<String, String> = snapshot
        .services
        .iter()
        .map(|s| (s.id.clone(), s.name.clone()))
        .collect();
    // The public sees units, never the names of the people responsible.
    let no_names = std::collections::HashMap::new();
    let mut measures = measure_rows(&ctx, &snapshot.measures, &no_names);
    for (row, measure) in measures.iter_mut().zip(&snapshot.measures) {
        row.owner = measure.owner_unit.clone();
    }
    let page = PublicPlanPage {
        page: Layout {
            title: snapshot.plan.title.clone(),
            ..Layout::new(&ctx, "plans-title")
        },
        org_name: org_name(&ctx, &organisation),
        plan: plan_row(&ctx, &snapshot.plan),
        framework_keys: snapshot
            .plan
            .frameworks
            .iter()
            .map(|f| format!("framework-{}", f.as_str()))
            .collect(),
        version: version_row(&ctx, &version),
        findings: finding_rows(
            &snapshot.findings,
            &services,
            &plan_grounds(&ctx, &snapshot.plan.frameworks),
        ),
        // The public reads what was found, not the internal risk scores.
        show_scores: false,
        measures,
        stable_path,
        newer,
        stable_address,
        public_id: public_id.clone(),
        // Marked as the original's language only when no text is translated.
        content_lang: note
            .as_ref()
            .filter(|n| n.missing >= n.total)
            .map(|n| n.original.as_str()),
        language_note: note.map(|n| n.sentence(&ctx.t)),
        sections,
        consultations,
        evaluations,
    };
    Ok(render(&page))
}

/// One version, ready to show.
#[derive(Debug)]
pub(crate) struct VersionRow {
    pub number: i64,
    pub body: String,
    pub approved_on: String,
    pub decision_ref: String,
    pub public_path: Option<String>,
}

fn version_row(ctx: &Ctx, version: &jamlik_store::PlanVersion) -> VersionRow {
    VersionRow {
        number: version.number,
        body: version.approved_body.clone(),
        approved_on: show_date(ctx, &version.approved_on),
        decision_ref: version.decision_ref.clone(),
        public_path: version.public_id.as_ref().map(|id| format!("/p/{id}")),
    }
}

fn finding_rows(
    findings: &[Finding],
    service_names: &std::collections::HashMap<String, String>,
    grounds: &[(String, String)],
) -> Vec<FindingRow> {
    findings
        .iter()
        .map(|f| FindingRow {
            service: f
                .service_id
                .as_ref()
                .and_then(|s| service_names.get(s).cloned())
                .unwrap_or_default(),
            ground: grounds
                .iter()
                .find(|(id, _)| *id == f.ground)
                .map_or_else(|| f.ground.clone(), |(_, name)| name.clone()),
            kind_key: format!("finding-kind-{}", f.kind.as_str()),
            description: f.description.clone(),
            affected: f.affected.clone(),
            severity: f.severity,
            likelihood: f.likelihood,
        })
        .collect()
}

// ---------------------------------------------------------------- services

#[derive(Debug)]
pub(crate) struct ServiceRow {
    pub name: String,
    pub unit: String,
    pub description: String,
    pub owner: String,
}

#[derive(Template)]
#[template(path = "planning/services.html")]
struct ServicesPage {
    page: Layout,
    org_id: String,
    services: Vec<ServiceRow>,
    can_edit: bool,
    owners: Vec<Option_>,
    error: Option<String>,
    name: String,
    unit: String,
    description: String,
}

async fn services_page(
    state: &AppState,
    ctx: &Ctx,
    org: &str,
    error: Option<&AppError>,
    form: &[(String, String)],
) -> AppResult<Response> {
    let (organisation, role) = authorise(state, ctx, org, Capability::ViewOrganisation).await?;
    let services = state.store().services(&organisation.id).await?;
    let members = state.store().members(&organisation.id).await?;
    let names: std::collections::HashMap<String, String> = members
        .iter()
        .map(|m| (m.user.id.to_string(), m.user.display_name.clone()))
        .collect();
    let page = ServicesPage {
        page: Layout {
            title: ctx.t.t_args(
                "services-title",
                &[("organisation", org_name(ctx, &organisation))],
            ),
            ..Layout::new(ctx, "services-title")
        },
        org_id: organisation.id.to_string(),
        services: services
            .iter()
            .map(|s| ServiceRow {
                name: s.name.clone(),
                unit: s.unit.clone(),
                description: s.description.clone(),
                owner: s
                    .owner_user_id
                    .as_ref()
                    .and_then(|u| names.get(u.as_str()).cloned())
                    .unwrap_or_default(),
            })
            .collect(),
        can_edit: Capability::EditPlanning.allowed(ctx.global_role(), role),
        owners: members
            .iter()
            .filter(|m| m.role != Role::Viewer)
            .map(|m| Option_ {
                value: m.user.id.to_string(),
                label: m.user.display_name.clone(),
                selected: value(form, "owner") == m.user.id.as_str(),
            })
            .collect(),
        error: error.map(|e| form_error(ctx, e)),
        name: value(form, "name"),
        unit: value(form, "unit"),
        description: value(form, "description"),
    };
    let status = error.map_or(axum::http::StatusCode::OK, error_status);
    Ok((status, render(&page)).into_response())
}

/// `/orgs/{org}/services`.
pub(crate) async fn services(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(org): Path<String>,
) -> AppResult<Response> {
    services_page(&state, &ctx, &org, None, &[]).await
}

/// `POST /orgs/{org}/services`.
pub(crate) async fn create_service(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(org): Path<String>,
    CsrfForm(form): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    let (organisation, _) = authorise(&state, &ctx, &org, Capability::EditPlanning).await?;
    let result = async {
        let input = ServiceInput {
            name: check_title(&value(&form, "name"), 200, ErrorCode::InvalidTitle)?,
            unit: check_text(&value(&form, "unit"), 200)?,
            description: check_text(&value(&form, "description"), MAX_TEXT)?,
            owner_user_id: Some(value(&form, "owner"))
                .filter(|s| !s.is_empty())
                .map(UserId::from_raw),
        };
        Ok::<_, AppError>(
            state
                .store()
                .create_service(&ctx.actor(), &organisation.id, input)
                .await?,
        )
    }
    .await;
    settle(
        result.map(|_| format!("/orgs/{org}/services?notice=service-added")),
        |error| async move { services_page(&state, &ctx, &org, Some(&error), &form).await },
    )
    .await
}

/// The dashboard's view of planning: the newest plan and the measures due.
#[derive(Debug)]
pub(crate) struct PlanningSummary {
    pub plan: Option<PlanRow>,
    pub done_percent: i64,
    pub measure_count: i64,
    pub due: Vec<MeasureRow>,
}

pub(crate) async fn summary(
    state: &AppState,
    ctx: &Ctx,
    organisation: &Organisation,
    members: &[jamlik_store::Member],
) -> AppResult<PlanningSummary> {
    let plans = state.store().plans(&organisation.id).await?;
    let (plan, done_percent, measure_count) = match plans.first() {
        Some(plan) => {
            let measures = state.store().measures(&organisation.id, &plan.id).await?;
            let counted = measures
                .iter()
                .filter(|m| m.status != MeasureStatus::Dropped)
                .count() as i64;
            let done = measures
                .iter()
                .filter(|m| m.status == MeasureStatus::Done)
                .count() as i64;
            (
                Some(plan_row(ctx, plan)),
                if counted == 0 {
                    0
                } else {
                    done * 100 / counted
                },
                measures.len() as i64,
            )
        }
        None => (None, 0, 0),
    };
    let due = state
        .store()
        .measures_due(&organisation.id, &days_from_today(30), 10)
        .await?;
    let names: std::collections::HashMap<String, String> = members
        .iter()
        .map(|m| (m.user.id.to_string(), m.user.display_name.clone()))
        .collect();
    Ok(PlanningSummary {
        plan,
        done_percent,
        measure_count,
        due: measure_rows(ctx, &due, &names),
    })
}
