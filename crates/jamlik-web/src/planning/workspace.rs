//! The cycle's working pages: the framework steps with their guidance,
//! checklists and free-text sections; the assessment of each service per
//! ground with evidence, and the matrix of services × grounds; who was
//! consulted; the completeness check; follow-up rounds and their report.
//! Coordinators edit everything here; a contributor assesses the services
//! they own; everyone in the organisation reads.

use std::collections::{HashMap, HashSet};

use askama::Template;
use axum::extract::{Multipart, Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use jamlik_domain::{
    check_text, check_title, Capability, Conclusion, ConsultedParty, ErrorCode, IsoDate,
    MeasureStatus, Role, UserId, MAX_TEXT,
};
use jamlik_packs::{AnswerKind, Checklist, Pack};
use jamlik_store::{
    Answer, AssessmentInput, ConsultationInput, Organisation, Plan, RoundInput, Section,
};
use serde::Deserialize;

use super::plans::plan_grounds;
use crate::kit::context::Ctx;
use crate::kit::error::{AppError, AppResult};
use crate::kit::forms::settle;
use crate::kit::forms::CsrfForm;
use crate::kit::views::{render, Layout};
use crate::kit::{authorise, error_status, form_error};
use crate::kit::{days_from_today, show_date, Option_};
use crate::AppState;
use jamlik_domain::may_change_owned;

/// The largest file attached as evidence.
pub(crate) const MAX_EVIDENCE_BYTES: usize = 5 * 1024 * 1024;

/// A plan with who is looking at it.
struct Loaded {
    organisation: Organisation,
    role: Option<Role>,
    plan: Plan,
    is_coordinator: bool,
    global: Option<jamlik_domain::GlobalRole>,
    me: Option<UserId>,
}

async fn load(
    state: &AppState,
    ctx: &Ctx,
    org: &str,
    plan: &str,
    capability: Capability,
) -> AppResult<Loaded> {
    let (organisation, role) = authorise(state, ctx, org, capability).await?;
    let plan = state.store().plan(&organisation.id, plan).await?;
    Ok(Loaded {
        is_coordinator: Capability::EditPlanning.allowed(ctx.global_role(), role),
        global: ctx.global_role(),
        me: ctx.user.as_ref().map(|u| u.id.clone()),
        organisation,
        role,
        plan,
    })
}

pub(crate) use crate::kit::completeness::{completeness, MissingElement};
use crate::kit::completeness::{packs_of, plan_path};

// ------------------------------------------------------------- questions

/// A checklist question ready to show, with its current answer.
#[derive(Debug)]
pub(crate) struct QuestionView {
    /// The form field's name: `answer:{framework}:{checklist}:{question}`.
    pub field: String,
    /// The element id, unique on the page.
    pub dom_id: String,
    pub text: String,
    pub help: String,
    /// `yes_no`, `scale_1_4`, `number`, `date` or `text`.
    pub kind: &'static str,
    pub value: String,
    /// For a scale: the four levels' labels.
    pub levels: Vec<Option_>,
}

/// A checklist with its questions.
#[derive(Debug)]
pub(crate) struct ChecklistView {
    pub name: String,
    pub questions: Vec<QuestionView>,
}

fn kind_name(kind: AnswerKind) -> &'static str {
    match kind {
        AnswerKind::YesNo => "yes_no",
        AnswerKind::Scale1To4 => "scale_1_4",
        AnswerKind::Text => "text",
        AnswerKind::Number => "number",
        AnswerKind::Date => "date",
    }
}

fn checklist_view(
    ctx: &Ctx,
    pack: &Pack,
    checklist: &Checklist,
    keep: impl Fn(&jamlik_packs::Question) -> bool,
    answer: &dyn Fn(&str) -> String,
) -> ChecklistView {
    let language = ctx.t.language();
    ChecklistView {
        name: checklist.name.get(language).to_owned(),
        questions: checklist
            .questions
            .iter()
            .filter(|q| keep(q))
            .map(|question| {
                let field = format!("answer:{}:{}:{}", pack.id, checklist.id, question.id);
                let value = answer(&field);
                QuestionView {
                    dom_id: format!("q-{}-{}-{}", pack.id, checklist.id, question.id),
                    text: question.text.get(language).to_owned(),
                    help: question
                        .help
                        .as_ref()
                        .map(|h| h.get(language).to_owned())
                        .unwrap_or_default(),
                    kind: kind_name(question.answer),
                    levels: pack
                        .scale
                        .iter()
                        .map(|level| Option_ {
                            value: level.value.to_string(),
                            label: format!("{} – {}", level.value, level.label.get(language)),
                            selected: value == level.value.to_string(),
                        })
                        .collect(),
                    value,
                    field,
                }
            })
            .collect(),
    }
}

/// Reads the answers in a submitted form against the questions allowed on
/// the page. A field for another question, or an answer that does not fit
/// its question, is an error naming the question.
fn read_answers(
    form: &[(String, String)],
    allowed: &HashMap<String, AnswerKind>,
) -> Result<Vec<Answer>, (ErrorCode, String)> {
    let mut answers = Vec::new();
    for (name, raw) in form.iter().filter(|(k, _)| k.starts_with("answer:")) {
        let Some(kind) = allowed.get(name) else {
            return Err((ErrorCode::InvalidAnswer, name.clone()));
        };
        let value = kind.check(raw).map_err(|code| (code, name.clone()))?;
        let mut parts = name.splitn(4, ':').skip(1);
        let (Some(framework), Some(checklist), Some(question)) =
            (parts.next(), parts.next(), parts.next())
        else {
            return Err((ErrorCode::InvalidAnswer, name.clone()));
        };
        answers.push(Answer {
            framework: framework.to_owned(),
            checklist: checklist.to_owned(),
            question: question.to_owned(),
            value,
        });
    }
    Ok(answers)
}

fn allowed_fields(
    checklists: &[(&Pack, &Checklist, Vec<&jamlik_packs::Question>)],
) -> HashMap<String, AnswerKind> {
    checklists
        .iter()
        .flat_map(|(pack, checklist, questions)| {
            questions.iter().map(move |q| {
                (
                    format!("answer:{}:{}:{}", pack.id, checklist.id, q.id),
                    q.answer,
                )
            })
        })
        .collect()
}

/// Stored answers by their form field's name.
fn answer_fields(answers: &[Answer]) -> HashMap<String, String> {
    answers
        .iter()
        .map(|a| {
            (
                format!("answer:{}:{}:{}", a.framework, a.checklist, a.question),
                a.value.clone(),
            )
        })
        .collect()
}

// ------------------------------------------------------------ completeness

/// A framework's steps as links, for the plan page.
#[derive(Debug)]
pub(crate) struct StepLinks {
    pub framework: String,
    pub steps: Vec<(String, String)>,
}

pub(crate) fn step_links(ctx: &Ctx, org: &str, plan: &Plan) -> Vec<StepLinks> {
    let language = ctx.t.language();
    packs_of(plan)
        .into_iter()
        .map(|pack| StepLinks {
            framework: pack.title.get(language).to_owned(),
            steps: pack
                .steps
                .iter()
                .map(|step| {
                    (
                        format!("{}/steps/{}/{}", plan_path(org, &plan.id), pack.id, step.id),
                        step.name.get(language).to_owned(),
                    )
                })
                .collect(),
        })
        .collect()
}

// ------------------------------------------------------------------ steps

#[derive(Debug)]
pub(crate) struct ElementView {
    pub id: String,
    pub field: String,
    pub name: String,
    pub guidance: String,
    pub required: bool,
    pub body: String,
    pub covered_by: Vec<String>,
}

#[derive(Template)]
#[template(path = "planning/step.html")]
struct StepPage {
    page: Layout,
    org_id: String,
    plan_id: String,
    plan_title: String,
    framework: String,
    /// The framework's and the step's ids, for the public guide's address.
    framework_id: String,
    step_id: String,
    step_name: String,
    guidance: String,
    steps: Vec<Option_>,
    checklists: Vec<ChecklistView>,
    elements: Vec<ElementView>,
    can_edit: bool,
    error: Option<String>,
}

fn find_step(
    plan: &Plan,
    framework: &str,
    step: &str,
) -> AppResult<(&'static Pack, &'static jamlik_packs::Step)> {
    let pack = packs_of(plan)
        .into_iter()
        .find(|p| p.id == framework)
        .ok_or(AppError::from(ErrorCode::StepNotFound))?;
    let found = pack
        .steps
        .iter()
        .find(|s| s.id == step)
        .ok_or(AppError::from(ErrorCode::StepNotFound))?;
    Ok((pack, found))
}

/// The checklists shown on a step: the step's own and those of the
/// elements produced in it.
fn step_checklists<'p>(
    pack: &'p Pack,
    step: &str,
) -> Vec<(&'p Pack, &'p Checklist, Vec<&'p jamlik_packs::Question>)> {
    let elements: HashSet<&str> = pack
        .elements
        .iter()
        .filter(|e| e.step.as_deref() == Some(step))
        .map(|e| e.id.as_str())
        .collect();
    pack.checklists
        .iter()
        .filter(|c| {
            c.step.as_deref() == Some(step)
                || c.element.as_deref().is_some_and(|e| elements.contains(e))
        })
        .map(|c| (pack, c, c.questions.iter().collect()))
        .collect()
}

#[allow(clippy::too_many_arguments)]
async fn step_page(
    state: &AppState,
    ctx: &Ctx,
    org: &str,
    plan_id: &str,
    framework: &str,
    step: &str,
    error: Option<&AppError>,
    form: &[(String, String)],
) -> AppResult<Response> {
    let loaded = load(state, ctx, org, plan_id, Capability::ViewOrganisation).await?;
    let (pack, found) = find_step(&loaded.plan, framework, step)?;
    let (answers, sections) = state
        .store()
        .plan_texts(&loaded.organisation.id, plan_id)
        .await?;
    let stored = answer_fields(&answers);
    let answer = |field: &str| -> String {
        if form.is_empty() {
            stored.get(field).cloned().unwrap_or_default()
        } else {
            crate::kit::value(form, field)
        }
    };
    let language = ctx.t.language();
    let checklists = step_checklists(pack, step)
        .into_iter()
        .map(|(pack, checklist, _)| checklist_view(ctx, pack, checklist, |_| true, &answer))
        .collect();
    let elements = pack
        .elements
        .iter()
        .filter(|e| e.step.as_deref() == Some(step))
        .map(|element| {
            let field = format!("section:{}", element.id);
            ElementView {
                body: if form.is_empty() {
                    sections
                        .iter()
                        .find(|s| s.framework == pack.id && s.element == element.id)
                        .map(|s| s.body.clone())
                        .unwrap_or_default()
                } else {
                    crate::kit::value(form, &field)
                },
                id: element.id.clone(),
                field,
                name: element.name.get(language).to_owned(),
                guidance: element.guidance.get(language).to_owned(),
                required: element.required,
                covered_by: element
                    .covered_by
                    .iter()
                    .map(|kind| ctx.t.t(&format!("coverage-{}", kind.as_str())))
                    .collect(),
            }
        })
        .collect();
    let page = StepPage {
        page: Layout {
            title: format!("{} – {}", found.name.get(language), loaded.plan.title),
            ..Layout::new(ctx, "step-title")
        },
        org_id: loaded.organisation.id.to_string(),
        plan_id: loaded.plan.id.clone(),
        plan_title: loaded.plan.title.clone(),
        framework: pack.title.get(language).to_owned(),
        framework_id: pack.id.clone(),
        step_id: found.id.clone(),
        step_name: found.name.get(language).to_owned(),
        guidance: found.guidance.get(language).to_owned(),
        steps: pack
            .steps
            .iter()
            .map(|s| Option_ {
                value: format!(
                    "{}/steps/{}/{}",
                    plan_path(loaded.organisation.id.as_str(), plan_id),
                    pack.id,
                    s.id
                ),
                label: s.name.get(language).to_owned(),
                selected: s.id == step,
            })
            .collect(),
        checklists,
        elements,
        can_edit: loaded.is_coordinator,
        error: error.map(|e| form_error(ctx, e)),
    };
    let status = error.map_or(axum::http::StatusCode::OK, error_status);
    Ok((status, render(&page)).into_response())
}

/// `/orgs/{org}/plans/{plan}/steps/{framework}/{step}`.
pub(crate) async fn step(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((org, plan, framework, step)): Path<(String, String, String, String)>,
) -> AppResult<Response> {
    step_page(&state, &ctx, &org, &plan, &framework, &step, None, &[]).await
}

/// `POST /orgs/{org}/plans/{plan}/steps/{framework}/{step}`: saves the
/// step's answers and sections in one transaction.
pub(crate) async fn save_step(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((org, plan, framework, step)): Path<(String, String, String, String)>,
    CsrfForm(form): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    let loaded = load(&state, &ctx, &org, &plan, Capability::EditPlanning).await?;
    let (pack, _) = find_step(&loaded.plan, &framework, &step)?;
    let result = (|| {
        let allowed = allowed_fields(&step_checklists(pack, &step));
        let answers = read_answers(&form, &allowed).map_err(|(code, field)| {
            AppError::from(code).with_arg("value", question_label(ctx.t.language(), &field))
        })?;
        let elements: HashSet<&str> = pack
            .elements
            .iter()
            .filter(|e| e.step.as_deref() == Some(step.as_str()))
            .map(|e| e.id.as_str())
            .collect();
        let mut sections = Vec::new();
        for (name, body) in form.iter().filter(|(k, _)| k.starts_with("section:")) {
            let element = name.trim_start_matches("section:");
            if !elements.contains(element) {
                return Err(AppError::from(ErrorCode::InvalidAnswer).with_arg("value", element));
            }
            sections.push(Section {
                framework: pack.id.clone(),
                element: element.to_owned(),
                body: check_text(body, MAX_TEXT * 4)?,
            });
        }
        Ok::<_, AppError>((answers, sections))
    })();
    match result {
        Ok((answers, sections)) => {
            state
                .store()
                .save_step(
                    &ctx.actor(),
                    &loaded.organisation.id,
                    &plan,
                    &answers,
                    &sections,
                )
                .await?;
            Ok(Redirect::to(&format!(
                "{}/steps/{framework}/{step}?notice=step-saved",
                plan_path(&org, &plan)
            ))
            .into_response())
        }
        Err(error) if error.code.is_client_error() => {
            step_page(
                &state,
                &ctx,
                &org,
                &plan,
                &framework,
                &step,
                Some(&error),
                &form,
            )
            .await
        }
        Err(error) => Err(error),
    }
}

/// The question's text for an error message, from its field name.
fn question_label(language: jamlik_domain::Language, field: &str) -> String {
    let mut parts = field.splitn(4, ':').skip(1);
    let (Some(framework), Some(checklist), Some(question)) =
        (parts.next(), parts.next(), parts.next())
    else {
        return field.to_owned();
    };
    jamlik_packs::shipped()
        .ok()
        .and_then(|registry| registry.get(framework))
        .and_then(|pack| pack.checklists.iter().find(|c| c.id == checklist))
        .and_then(|c| c.questions.iter().find(|q| q.id == question))
        .map(|q| q.text.get(language).to_owned())
        .unwrap_or_else(|| field.to_owned())
}

// ------------------------------------------------------------- assessment

/// One cell of the matrix.
#[derive(Debug)]
pub(crate) struct MatrixCell {
    /// `not_assessed`, `no_risk`, `risk` or `unclear`.
    pub conclusion: &'static str,
    /// Findings for this service and ground.
    pub findings: i64,
    pub hot: bool,
}

#[derive(Debug)]
pub(crate) struct MatrixRow {
    pub service_id: String,
    pub service: String,
    pub cells: Vec<MatrixCell>,
}

#[derive(Template)]
#[template(path = "planning/assessment.html")]
struct MatrixPage {
    page: Layout,
    org_id: String,
    plan_id: String,
    plan_title: String,
    grounds: Vec<String>,
    rows: Vec<MatrixRow>,
    assessed: i64,
    total: i64,
    hot_spots: i64,
}

/// A risk score (severity × likelihood, each 1–4) at or above this is a hot spot.
const HOT_SPOT: i64 = 9;

/// `/orgs/{org}/plans/{plan}/assessment`: the matrix of services × grounds.
pub(crate) async fn matrix(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((org, plan)): Path<(String, String)>,
) -> AppResult<Response> {
    let loaded = load(&state, &ctx, &org, &plan, Capability::ViewOrganisation).await?;
    let org_id = &loaded.organisation.id;
    let grounds = plan_grounds(&ctx, &loaded.plan.frameworks);
    let services = state.store().services(org_id).await?;
    let assessments = state.store().assessments(org_id, &plan).await?;
    let findings = state.store().findings(org_id, &plan).await?;
    let conclusions: HashMap<(&str, &str), Conclusion> = assessments
        .iter()
        .map(|a| ((a.service_id.as_str(), a.ground.as_str()), a.conclusion))
        .collect();
    let rows: Vec<MatrixRow> = services
        .iter()
        .map(|service| MatrixRow {
            service_id: service.id.clone(),
            service: service.name.clone(),
            cells: grounds
                .iter()
                .map(|(ground, _)| {
                    let here: Vec<_> = findings
                        .iter()
                        .filter(|f| {
                            f.service_id.as_deref() == Some(service.id.as_str())
                                && f.ground == *ground
                        })
                        .collect();
                    let risk = here
                        .iter()
                        .map(|f| f.severity * f.likelihood)
                        .max()
                        .unwrap_or(0);
                    let conclusion = conclusions
                        .get(&(service.id.as_str(), ground.as_str()))
                        .copied()
                        .unwrap_or(if here.is_empty() {
                            Conclusion::NotAssessed
                        } else {
                            Conclusion::Risk
                        });
                    MatrixCell {
                        conclusion: conclusion.as_str(),
                        findings: here.len() as i64,
                        hot: risk >= HOT_SPOT,
                    }
                })
                .collect(),
        })
        .collect();
    let total = (services.len() * grounds.len()) as i64;
    let assessed = rows
        .iter()
        .flat_map(|r| r.cells.iter())
        .filter(|c| c.conclusion != Conclusion::NotAssessed.as_str())
        .count() as i64;
    let hot_spots = rows
        .iter()
        .flat_map(|r| r.cells.iter())
        .filter(|c| c.hot)
        .count() as i64;
    let page = MatrixPage {
        page: Layout {
            title: format!("{} – {}", ctx.t.t("assessment-title"), loaded.plan.title),
            ..Layout::new(&ctx, "assessment-title")
        },
        org_id: org_id.to_string(),
        plan_id: plan.clone(),
        plan_title: loaded.plan.title.clone(),
        grounds: grounds.into_iter().map(|(_, name)| name).collect(),
        rows,
        assessed,
        total,
        hot_spots,
    };
    Ok(render(&page))
}

#[derive(Debug)]
pub(crate) struct GroundView {
    pub id: String,
    pub name: String,
    pub conclusion: String,
    pub evidence: String,
}

#[derive(Debug)]
pub(crate) struct FileView {
    pub id: String,
    pub name: String,
    pub size: String,
    pub added: String,
}

#[derive(Template)]
#[template(path = "planning/assess_service.html")]
struct AssessPage {
    page: Layout,
    org_id: String,
    plan_id: String,
    plan_title: String,
    service_id: String,
    service_name: String,
    service_description: String,
    perspectives: Vec<Option_>,
    perspective: String,
    perspective_guidance: String,
    conclusions: Vec<String>,
    grounds: Vec<GroundView>,
    checklists: Vec<ChecklistView>,
    files: Vec<FileView>,
    can_edit: bool,
    error: Option<String>,
}

#[derive(Debug, Deserialize)]
pub(crate) struct PerspectiveQuery {
    perspective: Option<String>,
}

/// The perspectives of the plan's packs, each once: (id, name, guidance).
fn perspectives(ctx: &Ctx, plan: &Plan) -> Vec<(String, String, String)> {
    let language = ctx.t.language();
    let mut found: Vec<(String, String, String)> = Vec::new();
    for pack in packs_of(plan) {
        for p in &pack.perspectives {
            if !found.iter().any(|(id, _, _)| *id == p.id) {
                found.push((
                    p.id.clone(),
                    p.name.get(language).to_owned(),
                    p.guidance.get(language).to_owned(),
                ));
            }
        }
    }
    found
}

fn chosen_perspective(ctx: &Ctx, plan: &Plan, asked: Option<&str>) -> (String, String) {
    let all = perspectives(ctx, plan);
    all.iter()
        .find(|(id, _, _)| Some(id.as_str()) == asked)
        .or_else(|| all.iter().find(|(id, _, _)| id == "service-provider"))
        .or_else(|| all.first())
        .map(|(id, _, guidance)| (id.clone(), guidance.clone()))
        .unwrap_or_default()
}

/// The questions asked of one service from one perspective.
fn service_checklists(
    plan: &Plan,
    perspective: &str,
) -> Vec<(
    &'static Pack,
    &'static Checklist,
    Vec<&'static jamlik_packs::Question>,
)> {
    packs_of(plan)
        .into_iter()
        .flat_map(|pack| {
            pack.checklists.iter().filter_map(move |checklist| {
                let questions: Vec<_> = checklist
                    .questions
                    .iter()
                    .filter(|q| q.perspectives.iter().any(|p| p == perspective))
                    .collect();
                (!questions.is_empty()).then_some((pack, checklist, questions))
            })
        })
        .collect()
}

/// Whether the person may assess the service (and attach evidence to it).
async fn may_assess(state: &AppState, loaded: &Loaded, service: &str) -> AppResult<bool> {
    let owner = state
        .store()
        .service(&loaded.organisation.id, service)
        .await?
        .owner_user_id;
    Ok(may_change_owned(
        loaded.global,
        loaded.role,
        owner.as_ref(),
        loaded.me.as_ref(),
    ))
}

#[allow(clippy::too_many_arguments)]
async fn assess_page(
    state: &AppState,
    ctx: &Ctx,
    org: &str,
    plan_id: &str,
    service_id: &str,
    asked: Option<&str>,
    error: Option<&AppError>,
    form: &[(String, String)],
) -> AppResult<Response> {
    let loaded = load(state, ctx, org, plan_id, Capability::ViewOrganisation).await?;
    let org_id = &loaded.organisation.id;
    let service = state.store().service(org_id, service_id).await?;
    let (conclusions, answers) = state
        .store()
        .service_assessment(org_id, plan_id, service_id)
        .await?;
    let files = state
        .store()
        .evidence_files(org_id, plan_id, service_id)
        .await?;
    let (perspective, guidance) = chosen_perspective(ctx, &loaded.plan, asked);
    let stored = answer_fields(&answers);
    let answer = |field: &str| -> String {
        if form.is_empty() {
            stored.get(field).cloned().unwrap_or_default()
        } else {
            crate::kit::value(form, field)
        }
    };
    let grounds = plan_grounds(ctx, &loaded.plan.frameworks)
        .into_iter()
        .map(|(id, name)| {
            let saved = conclusions.iter().find(|c| c.ground == id);
            GroundView {
                conclusion: if form.is_empty() {
                    saved
                        .map(|c| c.conclusion.as_str().to_owned())
                        .unwrap_or_else(|| Conclusion::NotAssessed.as_str().to_owned())
                } else {
                    crate::kit::value(form, &format!("conclusion:{id}"))
                },
                evidence: if form.is_empty() {
                    saved.map(|c| c.evidence.clone()).unwrap_or_default()
                } else {
                    crate::kit::value(form, &format!("evidence:{id}"))
                },
                id,
                name,
            }
        })
        .collect();
    let checklists = service_checklists(&loaded.plan, &perspective)
        .into_iter()
        .map(|(pack, checklist, questions)| {
            checklist_view(
                ctx,
                pack,
                checklist,
                |q| questions.iter().any(|kept| kept.id == q.id),
                &answer,
            )
        })
        .collect();
    let can_edit = may_assess(state, &loaded, service_id).await?;
    let page = AssessPage {
        page: Layout {
            title: format!("{} – {}", ctx.t.t("assess-title"), service.name),
            ..Layout::new(ctx, "assess-title")
        },
        org_id: org_id.to_string(),
        plan_id: plan_id.to_owned(),
        plan_title: loaded.plan.title.clone(),
        service_id: service.id.clone(),
        service_name: service.name.clone(),
        service_description: service.description.clone(),
        perspectives: perspectives(ctx, &loaded.plan)
            .into_iter()
            .map(|(id, name, _)| Option_ {
                selected: id == perspective,
                value: id,
                label: name,
            })
            .collect(),
        perspective,
        perspective_guidance: guidance,
        conclusions: Conclusion::ALL
            .iter()
            .map(|c| c.as_str().to_owned())
            .collect(),
        grounds,
        checklists,
        files: files
            .iter()
            .map(|f| FileView {
                id: f.id.clone(),
                name: f.name.clone(),
                size: ctx.t.t_args(
                    "evidence-size",
                    &[("value", ctx.t.number((f.size + 1023) / 1024))],
                ),
                added: ctx.t.date(f.created_at),
            })
            .collect(),
        can_edit,
        error: error.map(|e| form_error(ctx, e)),
    };
    let status = error.map_or(axum::http::StatusCode::OK, error_status);
    Ok((status, render(&page)).into_response())
}

/// `/orgs/{org}/plans/{plan}/assessment/{service}`.
pub(crate) async fn assess(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((org, plan, service)): Path<(String, String, String)>,
    Query(query): Query<PerspectiveQuery>,
) -> AppResult<Response> {
    assess_page(
        &state,
        &ctx,
        &org,
        &plan,
        &service,
        query.perspective.as_deref(),
        None,
        &[],
    )
    .await
}

/// `POST /orgs/{org}/plans/{plan}/assessment/{service}`: saves every
/// ground's conclusion and evidence and the checklist answers at once.
pub(crate) async fn save_assessment(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((org, plan, service)): Path<(String, String, String)>,
    CsrfForm(form): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    let loaded = load(&state, &ctx, &org, &plan, Capability::Contribute).await?;
    if !may_assess(&state, &loaded, &service).await? {
        return Err(ErrorCode::Forbidden.into());
    }
    let perspective = crate::kit::value(&form, "perspective");
    let result = (|| {
        // The perspective goes back into the address after saving: only one
        // of the plan's own is taken (none when its frameworks have none).
        let known = perspectives(&ctx, &loaded.plan);
        let valid = if known.is_empty() {
            perspective.is_empty()
        } else {
            known.iter().any(|(id, _, _)| *id == perspective)
        };
        if !valid {
            return Err(AppError::from(ErrorCode::InvalidPerspective));
        }
        let grounds = plan_grounds(&ctx, &loaded.plan.frameworks);
        let mut conclusions = Vec::new();
        for (id, name) in &grounds {
            let raw = crate::kit::value(&form, &format!("conclusion:{id}"));
            if raw.is_empty() {
                continue;
            }
            let conclusion = Conclusion::parse(&raw)
                .map_err(|code| AppError::from(code).with_arg("value", name))?;
            let evidence = check_text(
                &crate::kit::value(&form, &format!("evidence:{id}")),
                MAX_TEXT,
            )
            .map_err(|code| AppError::from(code).with_arg("value", name))?;
            conclusions.push(AssessmentInput {
                ground: id.clone(),
                conclusion,
                evidence,
            });
        }
        if let Some((name, _)) = form.iter().find(|(k, _)| {
            (k.starts_with("conclusion:") || k.starts_with("evidence:"))
                && !grounds.iter().any(|(id, _)| {
                    k.as_str() == format!("conclusion:{id}")
                        || k.as_str() == format!("evidence:{id}")
                })
        }) {
            return Err(AppError::from(ErrorCode::InvalidGround).with_arg("value", name));
        }
        let allowed = allowed_fields(&service_checklists(&loaded.plan, &perspective));
        let answers = read_answers(&form, &allowed).map_err(|(code, field)| {
            AppError::from(code).with_arg("value", question_label(ctx.t.language(), &field))
        })?;
        Ok::<_, AppError>((conclusions, answers))
    })();
    match result {
        Ok((conclusions, answers)) => {
            state
                .store()
                .save_assessment(
                    &ctx.actor(),
                    &loaded.organisation.id,
                    &plan,
                    &service,
                    &conclusions,
                    &answers,
                )
                .await?;
            Ok(crate::kit::redirect::to(&format!(
                "{}/assessment/{}?{}",
                plan_path(&org, &plan),
                crate::kit::redirect::segment(&service),
                crate::kit::redirect::query(&[
                    ("perspective", &perspective),
                    ("notice", "assessment-saved")
                ]),
            )))
        }
        Err(error) if error.code.is_client_error() => {
            assess_page(
                &state,
                &ctx,
                &org,
                &plan,
                &service,
                Some(&perspective),
                Some(&error),
                &form,
            )
            .await
        }
        Err(error) => Err(error),
    }
}

/// `POST /orgs/{org}/plans/{plan}/assessment/{service}/files`: attaches a file.
pub(crate) async fn attach_file(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((org, plan, service)): Path<(String, String, String)>,
    multipart: Result<Multipart, axum::extract::multipart::MultipartRejection>,
) -> AppResult<Response> {
    let loaded = load(&state, &ctx, &org, &plan, Capability::Contribute).await?;
    if !may_assess(&state, &loaded, &service).await? {
        return Err(ErrorCode::Forbidden.into());
    }
    let upload = crate::kit::sheets::uploaded(&ctx, multipart)
        .await
        .map_err(|error| match error.code {
            ErrorCode::PayloadTooLarge => AppError::from(ErrorCode::EvidenceTooLarge),
            _ => error,
        })?;
    let bytes = upload.bytes;
    let content_type = upload
        .content_type
        .unwrap_or_else(|| "application/octet-stream".to_owned());
    let name = crate::kit::files::clean_file_name(upload.file_name.as_deref());
    let Some(name) = name.filter(|_| !bytes.is_empty()) else {
        return Err(ErrorCode::EmptyEvidence.into());
    };
    if bytes.len() > MAX_EVIDENCE_BYTES {
        return Err(ErrorCode::EvidenceTooLarge.into());
    }
    state
        .store()
        .add_evidence_file(
            &ctx.actor(),
            &loaded.organisation.id,
            &plan,
            &service,
            jamlik_store::NewEvidenceFile {
                name,
                content_type,
                content: bytes.to_vec(),
            },
        )
        .await?;
    Ok(Redirect::to(&format!(
        "{}/assessment/{service}?notice=evidence-attached#evidence",
        plan_path(&org, &plan)
    ))
    .into_response())
}

/// `/orgs/{org}/evidence/{file}`: downloads an attached file. It is always
/// sent as an attachment, so that nothing uploaded runs in the page.
pub(crate) async fn evidence(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((org, file)): Path<(String, String)>,
) -> AppResult<Response> {
    let (organisation, _) = authorise(&state, &ctx, &org, Capability::ViewOrganisation).await?;
    let (meta, bytes) = state.store().evidence_file(&organisation.id, &file).await?;
    Ok(crate::kit::files::download(
        "application/octet-stream",
        &meta.name,
        bytes,
    ))
}

// ---------------------------------------------------------- consultations

#[derive(Debug)]
pub(crate) struct ConsultationRow {
    pub party: String,
    pub held_on: String,
    pub summary: String,
}

#[derive(Template)]
#[template(path = "planning/consultations.html")]
struct ConsultationsPage {
    page: Layout,
    org_id: String,
    plan_id: String,
    plan_title: String,
    rows: Vec<ConsultationRow>,
    parties: Vec<Option_>,
    can_edit: bool,
    error: Option<String>,
    party_name: String,
    held_on: String,
    summary: String,
    today: String,
}

async fn consultations_page(
    state: &AppState,
    ctx: &Ctx,
    org: &str,
    plan: &str,
    error: Option<&AppError>,
    form: &[(String, String)],
) -> AppResult<Response> {
    let loaded = load(state, ctx, org, plan, Capability::ViewOrganisation).await?;
    let consultations = state
        .store()
        .consultations(&loaded.organisation.id, plan)
        .await?;
    let page = ConsultationsPage {
        page: Layout {
            title: format!("{} – {}", ctx.t.t("consultations-title"), loaded.plan.title),
            ..Layout::new(ctx, "consultations-title")
        },
        org_id: loaded.organisation.id.to_string(),
        plan_id: plan.to_owned(),
        plan_title: loaded.plan.title.clone(),
        rows: consultations
            .iter()
            .map(|c| ConsultationRow {
                party: if c.party_name.is_empty() {
                    ctx.t.t(&format!("party-{}", c.party.as_str()))
                } else {
                    format!(
                        "{} ({})",
                        c.party_name,
                        ctx.t.t(&format!("party-{}", c.party.as_str()))
                    )
                },
                held_on: show_date(ctx, &c.held_on),
                summary: c.summary.clone(),
            })
            .collect(),
        parties: ConsultedParty::ALL
            .iter()
            .map(|p| Option_ {
                value: p.as_str().to_owned(),
                label: ctx.t.t(&format!("party-{}", p.as_str())),
                selected: crate::kit::value(form, "party") == p.as_str(),
            })
            .collect(),
        can_edit: loaded.is_coordinator,
        error: error.map(|e| form_error(ctx, e)),
        party_name: crate::kit::value(form, "party_name"),
        held_on: crate::kit::value(form, "held_on"),
        summary: crate::kit::value(form, "summary"),
        today: days_from_today(0).to_string(),
    };
    let status = error.map_or(axum::http::StatusCode::OK, error_status);
    Ok((status, render(&page)).into_response())
}

/// `/orgs/{org}/plans/{plan}/consultations`.
pub(crate) async fn consultations(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((org, plan)): Path<(String, String)>,
) -> AppResult<Response> {
    consultations_page(&state, &ctx, &org, &plan, None, &[]).await
}

/// `POST /orgs/{org}/plans/{plan}/consultations`: records a consultation.
pub(crate) async fn add_consultation(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((org, plan)): Path<(String, String)>,
    CsrfForm(form): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    let loaded = load(&state, &ctx, &org, &plan, Capability::EditPlanning).await?;
    let input = (|| {
        let party = ConsultedParty::parse(&crate::kit::value(&form, "party"))?;
        let party_name = check_text(&crate::kit::value(&form, "party_name"), 200)?;
        if party == ConsultedParty::Other && party_name.is_empty() {
            return Err(ErrorCode::InvalidParty);
        }
        let held_on = IsoDate::parse(&crate::kit::value(&form, "held_on"))?;
        if held_on > days_from_today(0) {
            return Err(ErrorCode::ConsultationInFuture);
        }
        let summary = check_text(&crate::kit::value(&form, "summary"), MAX_TEXT)?;
        Ok(ConsultationInput {
            party,
            party_name,
            held_on,
            summary,
        })
    })();
    match input {
        Ok(input) => {
            state
                .store()
                .add_consultation(&ctx.actor(), &loaded.organisation.id, &plan, input)
                .await?;
            Ok(Redirect::to(&format!(
                "{}/consultations?notice=consultation-added",
                plan_path(&org, &plan)
            ))
            .into_response())
        }
        Err(code) => {
            consultations_page(
                &state,
                &ctx,
                &org,
                &plan,
                Some(&AppError::from(code)),
                &form,
            )
            .await
        }
    }
}

// ------------------------------------------------------------------ rounds

#[derive(Debug)]
pub(crate) struct RoundRow {
    pub id: String,
    pub name: String,
    pub dates: String,
    pub open: bool,
}

#[derive(Template)]
#[template(path = "planning/rounds.html")]
struct RoundsPage {
    page: Layout,
    org_id: String,
    plan_id: String,
    plan_title: String,
    rounds: Vec<RoundRow>,
    can_edit: bool,
    error: Option<String>,
    name: String,
    opens_on: String,
    closes_on: String,
}

async fn rounds_page(
    state: &AppState,
    ctx: &Ctx,
    org: &str,
    plan: &str,
    error: Option<&AppError>,
    form: &[(String, String)],
) -> AppResult<Response> {
    let loaded = load(state, ctx, org, plan, Capability::ViewOrganisation).await?;
    let rounds = state.store().rounds(&loaded.organisation.id, plan).await?;
    let today = days_from_today(0);
    let page = RoundsPage {
        page: Layout {
            title: format!("{} – {}", ctx.t.t("rounds-title"), loaded.plan.title),
            ..Layout::new(ctx, "rounds-title")
        },
        org_id: loaded.organisation.id.to_string(),
        plan_id: plan.to_owned(),
        plan_title: loaded.plan.title.clone(),
        rounds: rounds
            .iter()
            .map(|r| RoundRow {
                id: r.id.clone(),
                name: r.name.clone(),
                dates: format!(
                    "{} – {}",
                    show_date(ctx, &r.opens_on),
                    show_date(ctx, &r.closes_on)
                ),
                open: r.opens_on <= today && today <= r.closes_on,
            })
            .collect(),
        can_edit: loaded.is_coordinator,
        error: error.map(|e| form_error(ctx, e)),
        name: crate::kit::value(form, "name"),
        opens_on: crate::kit::value(form, "opens_on"),
        closes_on: crate::kit::value(form, "closes_on"),
    };
    let status = error.map_or(axum::http::StatusCode::OK, error_status);
    Ok((status, render(&page)).into_response())
}

/// `/orgs/{org}/plans/{plan}/rounds`.
pub(crate) async fn rounds(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((org, plan)): Path<(String, String)>,
) -> AppResult<Response> {
    rounds_page(&state, &ctx, &org, &plan, None, &[]).await
}

/// `POST /orgs/{org}/plans/{plan}/rounds`: opens a follow-up round.
pub(crate) async fn create_round(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((org, plan)): Path<(String, String)>,
    CsrfForm(form): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    let loaded = load(&state, &ctx, &org, &plan, Capability::EditPlanning).await?;
    let input = (|| {
        let name = check_title(
            &crate::kit::value(&form, "name"),
            200,
            ErrorCode::InvalidTitle,
        )?;
        let opens_on = IsoDate::parse(&crate::kit::value(&form, "opens_on"))?;
        let closes_on = IsoDate::parse(&crate::kit::value(&form, "closes_on"))?;
        if closes_on < opens_on {
            return Err(ErrorCode::DatesOutOfOrder);
        }
        Ok(RoundInput {
            name,
            opens_on,
            closes_on,
        })
    })();
    let result = match input {
        Ok(input) => state
            .store()
            .create_round(&ctx.actor(), &loaded.organisation.id, &plan, input)
            .await
            .map_err(AppError::from),
        Err(code) => Err(AppError::from(code)),
    };
    settle(
        result.map(|round| {
            format!(
                "{}/rounds/{}?notice=round-created",
                plan_path(&org, &plan),
                round.id
            )
        }),
        |error| async move { rounds_page(&state, &ctx, &org, &plan, Some(&error), &form).await },
    )
    .await
}

#[derive(Debug)]
pub(crate) struct RoundMeasure {
    pub id: String,
    pub title: String,
    pub owner: String,
    pub status: &'static str,
    pub updated: bool,
    pub update_status: &'static str,
    pub update_note: String,
    pub update_when: String,
    pub update_who: String,
}

#[derive(Template)]
#[template(path = "planning/round.html")]
struct RoundPage {
    page: Layout,
    org_id: String,
    plan_id: String,
    plan_title: String,
    round_id: String,
    name: String,
    dates: String,
    open: bool,
    measures: Vec<RoundMeasure>,
    updated: i64,
    missing: i64,
    /// Whether the person may publish the round's report.
    can_publish: bool,
    /// The published report's address and the day it describes.
    publication: Option<(String, String)>,
    /// Why publishing was refused.
    publish_error: Option<String>,
}

/// `/orgs/{org}/plans/{plan}/rounds/{round}`: the follow-up report of a round.
pub(crate) async fn round(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((org, plan, round)): Path<(String, String, String)>,
) -> AppResult<Response> {
    round_page(&state, &ctx, &org, &plan, &round, None).await
}

/// The round's page, with why publishing its report was refused, if it was.
pub(super) async fn round_page(
    state: &AppState,
    ctx: &Ctx,
    org: &str,
    plan: &str,
    round: &str,
    publish_error: Option<String>,
) -> AppResult<Response> {
    let (plan, round) = (plan.to_owned(), round.to_owned());
    let loaded = load(state, ctx, org, &plan, Capability::ViewOrganisation).await?;
    let org_id = &loaded.organisation.id;
    let found = state.store().round(org_id, &plan, &round).await?;
    let updates = state.store().round_updates(org_id, &plan, &round).await?;
    let measures = state.store().measures(org_id, &plan).await?;
    let members = state.store().members(org_id).await?;
    let names: HashMap<String, String> = members
        .iter()
        .map(|m| (m.user.id.to_string(), m.user.display_name.clone()))
        .collect();
    let rows: Vec<RoundMeasure> = measures
        .iter()
        .filter(|m| {
            m.status != MeasureStatus::Dropped || updates.iter().any(|u| u.measure_id == m.id)
        })
        .map(|m| {
            // Updates are newest first: the first one is the round's latest.
            let latest = updates.iter().find(|u| u.measure_id == m.id);
            RoundMeasure {
                id: m.id.clone(),
                title: m.title.clone(),
                owner: m
                    .owner_user_id
                    .as_ref()
                    .and_then(|u| names.get(u.as_str()).cloned())
                    .unwrap_or_else(|| m.owner_unit.clone()),
                status: m.status.as_str(),
                updated: latest.is_some(),
                update_status: latest.map_or("", |u| u.status.as_str()),
                update_note: latest.map(|u| u.note.clone()).unwrap_or_default(),
                update_when: latest.map(|u| ctx.t.date(u.at)).unwrap_or_default(),
                update_who: latest.map(|u| u.author_label.clone()).unwrap_or_default(),
            }
        })
        .collect();
    let updated = rows.iter().filter(|r| r.updated).count() as i64;
    let today = days_from_today(0);
    let page = RoundPage {
        page: Layout {
            title: format!("{} – {}", found.name, loaded.plan.title),
            ..Layout::new(ctx, "round-title")
        },
        org_id: org_id.to_string(),
        plan_id: plan.clone(),
        plan_title: loaded.plan.title.clone(),
        round_id: found.id.clone(),
        name: found.name.clone(),
        dates: format!(
            "{} – {}",
            show_date(ctx, &found.opens_on),
            show_date(ctx, &found.closes_on)
        ),
        open: found.opens_on <= today && today <= found.closes_on,
        missing: rows.len() as i64 - updated,
        updated,
        measures: rows,
        can_publish: loaded.is_coordinator,
        publication: state
            .store()
            .round_publication(org_id, &round)
            .await?
            .map(|(public_id, as_of)| (format!("/f/{public_id}"), show_date(ctx, &as_of))),
        publish_error,
    };
    Ok(render(&page))
}
