//! `/handbooks/{id}` and `/handbooks/{id}/{chapter}`: the handbooks experts
//! write as data (good relations between population groups, equality in
//! urban planning), a chapter a page: the text, what each service or actor
//! can do, and examples.

use askama::Template;
use axum::extract::Path;
use axum::response::Response;
use jamlik_domain::{ErrorCode, Language};
use jamlik_packs::Handbook;

use super::guide::registry;
use crate::kit::context::Ctx;
use crate::kit::error::{AppError, AppResult};
use crate::kit::views::{render, Layout};

fn find(id: &str) -> AppResult<&'static Handbook> {
    registry()?
        .handbook(id)
        .ok_or_else(|| AppError::from(ErrorCode::GuideNotFound))
}

/// A text's paragraphs: split at blank lines.
pub(super) fn paragraphs(text: &str) -> Vec<String> {
    text.split("\n\n")
        .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|p| !p.is_empty())
        .collect()
}

/// A chapter as listed: (id, title).
type ChapterLine = (String, String);

fn chapter_lines(handbook: &Handbook, language: Language) -> Vec<ChapterLine> {
    handbook
        .chapters
        .iter()
        .map(|c| (c.id.clone(), c.title.get(language).to_owned()))
        .collect()
}

#[derive(Template)]
#[template(path = "knowledge/handbook.html")]
struct HandbookPage {
    page: Layout,
    id: String,
    description: String,
    chapters: Vec<ChapterLine>,
}

/// `/handbooks/{id}`: a handbook and its chapters.
pub(crate) async fn handbook(ctx: Ctx, Path(id): Path<String>) -> AppResult<Response> {
    let handbook = find(&id)?;
    let language = ctx.t.language();
    Ok(render(&HandbookPage {
        page: Layout {
            title: handbook.title.get(language).to_owned(),
            ..Layout::new(&ctx, "guide-title")
        },
        id: handbook.id.clone(),
        description: handbook.description.get(language).to_owned(),
        chapters: chapter_lines(handbook, language),
    }))
}

#[derive(Template)]
#[template(path = "knowledge/chapter.html")]
struct ChapterPage {
    page: Layout,
    id: String,
    handbook_title: String,
    paragraphs: Vec<String>,
    /// What each service can do: (service, what).
    actions: Vec<(String, String)>,
    /// Examples: (title, text).
    examples: Vec<(String, String)>,
    chapters: Vec<ChapterLine>,
    current: String,
    previous: Option<ChapterLine>,
    next: Option<ChapterLine>,
}

/// `/handbooks/{id}/{chapter}`: one chapter.
pub(crate) async fn chapter(
    ctx: Ctx,
    Path((id, chapter_id)): Path<(String, String)>,
) -> AppResult<Response> {
    let handbook = find(&id)?;
    let language = ctx.t.language();
    let index = handbook
        .chapters
        .iter()
        .position(|c| c.id == chapter_id)
        .ok_or_else(|| AppError::from(ErrorCode::GuideNotFound))?;
    let chapter = &handbook.chapters[index];
    let chapters = chapter_lines(handbook, language);
    Ok(render(&ChapterPage {
        page: Layout {
            title: chapter.title.get(language).to_owned(),
            ..Layout::new(&ctx, "guide-title")
        },
        id: handbook.id.clone(),
        handbook_title: handbook.title.get(language).to_owned(),
        paragraphs: paragraphs(chapter.body.get(language)),
        actions: chapter
            .actions
            .iter()
            .map(|a| {
                (
                    a.service.get(language).to_owned(),
                    a.text.get(language).to_owned(),
                )
            })
            .collect(),
        examples: chapter
            .examples
            .iter()
            .map(|e| {
                (
                    e.title.get(language).to_owned(),
                    e.text.get(language).to_owned(),
                )
            })
            .collect(),
        previous: index.checked_sub(1).and_then(|i| chapters.get(i).cloned()),
        next: chapters.get(index + 1).cloned(),
        current: chapter.id.clone(),
        chapters,
    }))
}
