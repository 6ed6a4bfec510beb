//! `/guide`, `/guide/{pack}` and `/guide/{pack}/{step}`: the framework packs'
//! steps for everyone, in the reader's language. A step's page says what to
//! do and why, what the step produces (the plan's elements written in it),
//! the questions of its checklists, and the law it rests on; a signed-in
//! member is taken from it to the step in their own plan.

use askama::Template;
use axum::extract::Path;
use axum::response::Response;
use jamlik_domain::{ErrorCode, Language};
use jamlik_packs::{Pack, Registry};

use crate::kit::context::Ctx;
use crate::kit::error::{AppError, AppResult};
use crate::kit::views::{render, Layout};

/// The shipped packs, or the error that they failed to load.
pub(super) fn registry() -> AppResult<&'static Registry> {
    jamlik_packs::shipped().map_err(|error| AppError {
        code: ErrorCode::Internal,
        args: Vec::new(),
        internal: Some(error.to_string()),
    })
}

/// Whether a pack has a guide: one with steps (the catalogue has none).
fn guided(pack: &Pack) -> bool {
    !pack.steps.is_empty()
}

fn not_found() -> AppError {
    ErrorCode::GuideNotFound.into()
}

/// A framework as listed in the guide.
#[derive(Debug)]
struct PackCard {
    id: String,
    title: String,
    description: String,
    country: String,
    steps: usize,
}

#[derive(Template)]
#[template(path = "knowledge/guide.html")]
struct GuidePage {
    page: Layout,
    packs: Vec<PackCard>,
    /// The handbooks: (id, title, description).
    handbooks: Vec<(String, String, String)>,
}

fn country_key(pack: &Pack) -> String {
    pack.country
        .map_or_else(String::new, |c| format!("guide-country-{}", c.as_str()))
}

/// `/guide`: the frameworks, each with its steps.
pub(crate) async fn index(ctx: Ctx) -> AppResult<Response> {
    let language = ctx.t.language();
    let packs = registry()?
        .packs()
        .iter()
        .filter(|p| guided(p))
        .map(|p| PackCard {
            id: p.id.clone(),
            title: p.title.get(language).to_owned(),
            description: p.description.get(language).to_owned(),
            country: {
                let key = country_key(p);
                if key.is_empty() {
                    String::new()
                } else {
                    ctx.t.t(&key)
                }
            },
            steps: p.steps.len(),
        })
        .collect();
    let handbooks = registry()?
        .handbooks()
        .iter()
        .map(|h| {
            (
                h.id.clone(),
                h.title.get(language).to_owned(),
                h.description.get(language).to_owned(),
            )
        })
        .collect();
    Ok(render(&GuidePage {
        page: Layout::new(&ctx, "guide-title"),
        packs,
        handbooks,
    }))
}

/// A law a pack rests on: its name, the sections, a link to the text.
#[derive(Debug)]
struct LawLine {
    name: String,
    sections: String,
    url: Option<String>,
}

fn laws(pack: &Pack, language: Language) -> Vec<LawLine> {
    pack.legal_basis
        .iter()
        .map(|law| LawLine {
            name: law.name.get(language).to_owned(),
            sections: law
                .sections
                .as_ref()
                .map(|s| s.get(language).to_owned())
                .unwrap_or_default(),
            url: law.url.clone().filter(|u| u.starts_with("https://")),
        })
        .collect()
}

/// A step as listed: (id, name, guidance).
type StepLine = (String, String, String);

#[derive(Template)]
#[template(path = "knowledge/guide_pack.html")]
struct PackPage {
    page: Layout,
    id: String,
    description: String,
    laws: Vec<LawLine>,
    obligations: Vec<String>,
    steps: Vec<StepLine>,
}

fn find_pack(id: &str) -> AppResult<&'static Pack> {
    registry()?
        .get(id)
        .filter(|p| guided(p))
        .ok_or_else(not_found)
}

/// `/guide/{pack}`: a framework, its law and its steps.
pub(crate) async fn pack(ctx: Ctx, Path(id): Path<String>) -> AppResult<Response> {
    let pack = find_pack(&id)?;
    let language = ctx.t.language();
    Ok(render(&PackPage {
        page: Layout {
            title: pack.title.get(language).to_owned(),
            ..Layout::new(&ctx, "guide-title")
        },
        id: pack.id.clone(),
        description: pack.description.get(language).to_owned(),
        laws: laws(pack, language),
        obligations: pack
            .obligations
            .iter()
            .map(|o| o.description.get(language).to_owned())
            .collect(),
        steps: pack
            .steps
            .iter()
            .map(|s| {
                (
                    s.id.clone(),
                    s.name.get(language).to_owned(),
                    s.guidance.get(language).to_owned(),
                )
            })
            .collect(),
    }))
}

/// What a step produces: an element of the plan.
#[derive(Debug)]
struct Produces {
    name: String,
    guidance: String,
    required: bool,
}

/// A checklist of a step: its name and its questions with their hints.
#[derive(Debug)]
struct ChecklistView {
    name: String,
    questions: Vec<(String, String)>,
}

#[derive(Template)]
#[template(path = "knowledge/guide_step.html")]
struct StepPage {
    page: Layout,
    pack_id: String,
    pack_title: String,
    step_of: String,
    guidance: String,
    produces: Vec<Produces>,
    checklists: Vec<ChecklistView>,
    laws: Vec<LawLine>,
    previous: Option<(String, String)>,
    next: Option<(String, String)>,
    signed_in: bool,
}

/// `/guide/{pack}/{step}`: one step.
pub(crate) async fn step(
    ctx: Ctx,
    Path((id, step_id)): Path<(String, String)>,
) -> AppResult<Response> {
    let pack = find_pack(&id)?;
    let language = ctx.t.language();
    let index = pack
        .steps
        .iter()
        .position(|s| s.id == step_id)
        .ok_or_else(not_found)?;
    let step = &pack.steps[index];
    let neighbour = |i: Option<usize>| {
        i.and_then(|i| pack.steps.get(i))
            .map(|s| (s.id.clone(), s.name.get(language).to_owned()))
    };
    let produces = pack
        .elements
        .iter()
        .filter(|e| e.step.as_deref() == Some(step.id.as_str()))
        .map(|e| Produces {
            name: e.name.get(language).to_owned(),
            guidance: e.guidance.get(language).to_owned(),
            required: e.required,
        })
        .collect();
    let checklists = pack
        .checklists_for_step(&step.id)
        .chain(
            pack.elements
                .iter()
                .filter(|e| e.step.as_deref() == Some(step.id.as_str()))
                .flat_map(|e| pack.checklists_for_element(&e.id)),
        )
        .map(|c| ChecklistView {
            name: c.name.get(language).to_owned(),
            questions: c
                .questions
                .iter()
                .map(|q| {
                    (
                        q.text.get(language).to_owned(),
                        q.help
                            .as_ref()
                            .map(|h| h.get(language).to_owned())
                            .unwrap_or_default(),
                    )
                })
                .collect(),
        })
        .collect();
    Ok(render(&StepPage {
        page: Layout {
            title: step.name.get(language).to_owned(),
            ..Layout::new(&ctx, "guide-title")
        },
        pack_id: pack.id.clone(),
        pack_title: pack.title.get(language).to_owned(),
        step_of: ctx.t.t_args(
            "guide-step-of",
            &[
                ("number", ctx.t.number(index as i64 + 1)),
                ("count", ctx.t.number(pack.steps.len() as i64)),
            ],
        ),
        guidance: step.guidance.get(language).to_owned(),
        produces,
        checklists,
        laws: laws(pack, language),
        previous: neighbour(index.checked_sub(1)),
        next: neighbour(Some(index + 1)),
        signed_in: ctx.user.is_some(),
    }))
}
