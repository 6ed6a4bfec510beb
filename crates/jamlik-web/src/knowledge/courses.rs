//! Online training: the courses experts write as data (`packs/courses/`),
//! read by anyone, with progress, quizzes and certificates for a signed-in
//! person.
//!
//! - `/courses`, `/courses/{course}`: the courses; a course's modules, with
//!   what the person has done and where to go on.
//! - `/courses/{course}/lessons/{lesson}`: a lesson; `POST` marks it read.
//! - `/courses/{course}/quiz/{module}`: a module's quiz; `POST` starts an
//!   attempt with questions drawn from the bank, answered at
//!   `/courses/{course}/attempts/{attempt}` within the time limit.
//! - `/courses/{course}/renew`: re-certification before or after expiry.
//! - `/courses/{course}/media/{file}`: the lessons' images.
//!
//! Completion and the certificate are decided by the store in the request
//! that meets the last requirement.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Redirect, Response};
use jamlik_domain::{ErrorCode, Language};
use jamlik_packs::{Course, CourseModule};
use jamlik_store::{CourseProgress, QuizAnswer, QuizAttempt};
use pulldown_cmark::{html, CowStr, Event, Parser, Tag};

use super::guide::registry;
use crate::kit::context::Ctx;
use crate::kit::error::{AppError, AppResult};
use crate::kit::forms::CsrfForm;
use crate::kit::today;
use crate::kit::views::{render, Int, Layout};
use crate::AppState;

pub(super) fn find(id: &str) -> AppResult<&'static Course> {
    registry()?
        .course(id)
        .ok_or_else(|| AppError::from(ErrorCode::CourseNotFound))
}

/// A lesson's Markdown as HTML: raw HTML shown as text, images from the
/// course's media folder.
fn lesson_html(course: &str, markdown: &str) -> String {
    let events = Parser::new(markdown).map(|event| match event {
        Event::Html(raw) | Event::InlineHtml(raw) => Event::Text(raw),
        Event::Start(Tag::Image {
            link_type,
            dest_url,
            title,
            id,
        }) => Event::Start(Tag::Image {
            link_type,
            dest_url: CowStr::from(format!("/courses/{course}/media/{dest_url}")),
            title,
            id,
        }),
        other => other,
    });
    let mut out = String::new();
    html::push_html(&mut out, events);
    out
}

/// One step of a course, in order: a lesson or a module's quiz.
#[derive(Clone, Debug)]
struct Item {
    href: String,
    title: String,
    done: bool,
}

fn items(course: &Course, progress: &CourseProgress, language: Language) -> Vec<Item> {
    let mut out = Vec::new();
    for module in &course.modules {
        for lesson in &module.lessons {
            out.push(Item {
                href: format!("/courses/{}/lessons/{}", course.id, lesson.id),
                title: lesson.title.get(language).to_owned(),
                done: progress.has_read(&lesson.id),
            });
        }
        if module.quiz.is_some() {
            out.push(Item {
                href: format!("/courses/{}/quiz/{}", course.id, module.id),
                title: module.title.get(language).to_owned(),
                done: progress.has_passed(&module.id),
            });
        }
    }
    out
}

async fn progress_of(state: &AppState, ctx: &Ctx, course: &str) -> AppResult<CourseProgress> {
    match &ctx.user {
        Some(user) => Ok(state.store().course_progress(&user.id, course).await?),
        None => Ok(CourseProgress::default()),
    }
}

/// A course as listed.
#[derive(Debug)]
struct CourseLine {
    id: String,
    title: String,
    description: String,
    minutes: u32,
    done: usize,
    total: usize,
    started: bool,
}

#[derive(Template)]
#[template(path = "knowledge/courses.html")]
struct CoursesPage {
    page: Layout,
    courses: Vec<CourseLine>,
    signed_in: bool,
}

fn minutes(course: &Course) -> u32 {
    course.lessons().map(|(_, l)| l.minutes).sum::<u32>()
        + course
            .quizzes()
            .map(|(_, q)| q.time_limit_minutes)
            .sum::<u32>()
}

/// `/courses`: the courses.
pub(crate) async fn index(State(state): State<AppState>, ctx: Ctx) -> AppResult<Response> {
    let language = ctx.t.language();
    let mut courses = Vec::new();
    for course in registry()?.courses() {
        let progress = progress_of(&state, &ctx, &course.id).await?;
        let (done, total) = progress.done_of(course);
        courses.push(CourseLine {
            id: course.id.clone(),
            title: course.title.get(language).to_owned(),
            description: course.description.get(language).to_owned(),
            minutes: minutes(course),
            done,
            total,
            started: progress.started,
        });
    }
    Ok(render(&CoursesPage {
        page: Layout::new(&ctx, "courses-title"),
        courses,
        signed_in: ctx.user.is_some(),
    }))
}

/// A module on the course's page.
#[derive(Debug)]
struct ModuleView {
    id: String,
    title: String,
    summary: String,
    /// (id, title, minutes, read)
    lessons: Vec<(String, String, u32, bool)>,
    has_quiz: bool,
    passed: bool,
}

#[derive(Template)]
#[template(path = "knowledge/course.html")]
struct CoursePage {
    page: Layout,
    id: String,
    description: String,
    minutes: u32,
    modules: Vec<ModuleView>,
    signed_in: bool,
    done: usize,
    total: usize,
    /// Where to go on: (href, title).
    next: Option<(String, String)>,
    /// The latest certificate of this course: (code, state key).
    certificate: Option<(String, &'static str)>,
    can_renew: bool,
}

fn module_view(module: &CourseModule, progress: &CourseProgress, language: Language) -> ModuleView {
    ModuleView {
        id: module.id.clone(),
        title: module.title.get(language).to_owned(),
        summary: module.summary.get(language).to_owned(),
        lessons: module
            .lessons
            .iter()
            .map(|l| {
                (
                    l.id.clone(),
                    l.title.get(language).to_owned(),
                    l.minutes,
                    progress.has_read(&l.id),
                )
            })
            .collect(),
        has_quiz: module.quiz.is_some(),
        passed: progress.has_passed(&module.id),
    }
}

pub(super) fn state_key(state: jamlik_store::CertificateState) -> &'static str {
    match state {
        jamlik_store::CertificateState::Valid => "certificate-valid",
        jamlik_store::CertificateState::Expired => "certificate-expired",
        jamlik_store::CertificateState::Revoked => "certificate-revoked",
    }
}

/// `/courses/{course}`: a course's modules and the person's progress.
pub(crate) async fn course(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let course = find(&id)?;
    let language = ctx.t.language();
    let progress = progress_of(&state, &ctx, &course.id).await?;
    let (done, total) = progress.done_of(course);
    let steps = items(course, &progress, language);
    let next = steps
        .iter()
        .find(|item| !item.done)
        .map(|item| (item.href.clone(), item.title.clone()));
    let mut certificate = None;
    let mut can_renew = false;
    if let Some(user) = &ctx.user {
        let today = today();
        let latest = state
            .store()
            .certificates_of(&user.id)
            .await?
            .into_iter()
            .filter(|c| c.course_id == course.id)
            .max_by_key(|c| c.cycle);
        if let Some(latest) = latest {
            can_renew = progress.completed_at.is_some()
                && latest.cycle == progress.cycle
                && latest
                    .expires_on
                    .as_ref()
                    .and_then(|e| e.date())
                    .is_some_and(|e| {
                        today.date().is_some_and(|t| {
                            t >= e - time::Duration::days(jamlik_store::RENEW_WINDOW_DAYS)
                        })
                    });
            certificate = Some((latest.code.clone(), state_key(latest.state(&today))));
        }
    }
    Ok(render(&CoursePage {
        page: Layout {
            title: course.title.get(language).to_owned(),
            ..Layout::new(&ctx, "courses-title")
        },
        id: course.id.clone(),
        description: course.description.get(language).to_owned(),
        minutes: minutes(course),
        modules: course
            .modules
            .iter()
            .map(|m| module_view(m, &progress, language))
            .collect(),
        signed_in: ctx.user.is_some(),
        done,
        total,
        next,
        certificate,
        can_renew,
    }))
}

#[derive(Template)]
#[template(path = "knowledge/lesson.html")]
struct LessonPage {
    page: Layout,
    id: String,
    lesson: String,
    course_title: String,
    module_title: String,
    minutes: u32,
    html: String,
    /// (title, url, transcript paragraphs)
    videos: Vec<(String, String, Vec<String>)>,
    signed_in: bool,
    read: bool,
    previous: Option<(String, String)>,
    next: Option<(String, String)>,
}

/// A link to a step: (href, title).
type StepLink = Option<(String, String)>;

fn neighbours(steps: &[Item], href: &str) -> (StepLink, StepLink) {
    let index = steps.iter().position(|i| i.href == href);
    let at = |i: Option<usize>| {
        i.and_then(|i| steps.get(i))
            .map(|item| (item.href.clone(), item.title.clone()))
    };
    (
        at(index.and_then(|i| i.checked_sub(1))),
        at(index.map(|i| i + 1)),
    )
}

/// `/courses/{course}/lessons/{lesson}`: a lesson.
pub(crate) async fn lesson(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, lesson_id)): Path<(String, String)>,
) -> AppResult<Response> {
    let course = find(&id)?;
    let (module, lesson) = course
        .lesson(&lesson_id)
        .ok_or_else(|| AppError::from(ErrorCode::CourseNotFound))?;
    let language = ctx.t.language();
    let progress = progress_of(&state, &ctx, &course.id).await?;
    let steps = items(course, &progress, language);
    let (previous, next) = neighbours(
        &steps,
        &format!("/courses/{}/lessons/{}", course.id, lesson.id),
    );
    Ok(render(&LessonPage {
        page: Layout {
            title: lesson.title.get(language).to_owned(),
            ..Layout::new(&ctx, "courses-title")
        },
        id: course.id.clone(),
        lesson: lesson.id.clone(),
        course_title: course.title.get(language).to_owned(),
        module_title: module.title.get(language).to_owned(),
        minutes: lesson.minutes,
        html: lesson_html(&course.id, lesson.body.get(language)),
        videos: lesson
            .videos
            .iter()
            .map(|v| {
                (
                    v.title.get(language).to_owned(),
                    v.url.clone(),
                    super::handbooks::paragraphs(v.transcript.get(language)),
                )
            })
            .collect(),
        signed_in: ctx.user.is_some(),
        read: progress.has_read(&lesson.id),
        previous,
        next,
    }))
}

/// `POST /courses/{course}/lessons/{lesson}`: marks the lesson read and goes
/// on to the next step (or to the certificate, if that completed the course).
pub(crate) async fn read(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, lesson_id)): Path<(String, String)>,
    CsrfForm(_): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    let user = ctx.require_user()?;
    let course = find(&id)?;
    let issued = state
        .store()
        .mark_lesson_read(&user.id, course, &lesson_id)
        .await?;
    if let Some(certificate) = issued {
        return Ok(Redirect::to(&format!(
            "/verify/{}?notice=course-completed",
            certificate.code
        ))
        .into_response());
    }
    let progress = state.store().course_progress(&user.id, &course.id).await?;
    let steps = items(course, &progress, ctx.t.language());
    let (_, next) = neighbours(
        &steps,
        &format!("/courses/{}/lessons/{}", course.id, lesson_id),
    );
    let to = next.map_or_else(|| format!("/courses/{}", course.id), |(href, _)| href);
    Ok(Redirect::to(&to).into_response())
}

/// An attempt as listed: (when, right, drawn, passed).
type AttemptLine = (String, i64, usize, bool);

#[derive(Template)]
#[template(path = "knowledge/quiz.html")]
struct QuizPage {
    page: Layout,
    id: String,
    module: String,
    course_title: String,
    draw: u32,
    bank: usize,
    pass_mark: u32,
    time_limit: u32,
    signed_in: bool,
    passed: bool,
    attempts: Vec<AttemptLine>,
    /// An attempt still open: its id.
    open: Option<String>,
    previous: Option<(String, String)>,
    next: Option<(String, String)>,
}

/// `/courses/{course}/quiz/{module}`: a module's quiz, its rules and the
/// person's attempts.
pub(crate) async fn quiz(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, module_id)): Path<(String, String)>,
) -> AppResult<Response> {
    let course = find(&id)?;
    let module = course
        .module(&module_id)
        .ok_or_else(|| AppError::from(ErrorCode::CourseNotFound))?;
    let quiz = module
        .quiz
        .as_ref()
        .ok_or_else(|| AppError::from(ErrorCode::CourseNotFound))?;
    let language = ctx.t.language();
    let progress = progress_of(&state, &ctx, &course.id).await?;
    let attempts = match &ctx.user {
        Some(user) => {
            state
                .store()
                .quiz_attempts(&user.id, &course.id, &module.id)
                .await?
        }
        None => Vec::new(),
    };
    let now = jamlik_store::now();
    let open = attempts
        .iter()
        .find(|a| a.submitted_at.is_none() && a.deadline >= now)
        .map(|a| a.id.clone());
    let steps = items(course, &progress, language);
    let (previous, next) = neighbours(
        &steps,
        &format!("/courses/{}/quiz/{}", course.id, module.id),
    );
    Ok(render(&QuizPage {
        page: Layout {
            title: ctx.t.t_args(
                "quiz-title",
                &[("title", module.title.get(language).to_owned())],
            ),
            ..Layout::new(&ctx, "courses-title")
        },
        id: course.id.clone(),
        module: module.id.clone(),
        course_title: course.title.get(language).to_owned(),
        draw: quiz.draw,
        bank: quiz.questions.len(),
        pass_mark: quiz.pass_mark,
        time_limit: quiz.time_limit_minutes,
        signed_in: ctx.user.is_some(),
        passed: progress.has_passed(&module.id),
        attempts: attempts
            .iter()
            .filter_map(|a| {
                Some((
                    ctx.t.datetime(a.submitted_at?),
                    a.correct.unwrap_or(0),
                    a.questions.len(),
                    a.passed.unwrap_or(false),
                ))
            })
            .collect(),
        open,
        previous,
        next,
    }))
}

/// `POST /courses/{course}/quiz/{module}`: starts an attempt with questions
/// drawn at random from the bank.
pub(crate) async fn start(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, module_id)): Path<(String, String)>,
    CsrfForm(_): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    use rand::seq::SliceRandom;
    let user = ctx.require_user()?;
    let course = find(&id)?;
    let quiz = course
        .module(&module_id)
        .and_then(|m| m.quiz.as_ref())
        .ok_or_else(|| AppError::from(ErrorCode::CourseNotFound))?;
    let drawn: Vec<String> = quiz
        .questions
        .choose_multiple(&mut rand::thread_rng(), quiz.draw as usize)
        .map(|q| q.id.clone())
        .collect();
    let attempt = state
        .store()
        .start_quiz(&user.id, course, &module_id, drawn)
        .await?;
    Ok(Redirect::to(&format!("/courses/{}/attempts/{}", course.id, attempt.id)).into_response())
}

/// A question as answered on the attempt's page.
#[derive(Debug)]
struct QuestionView {
    id: String,
    text: String,
    /// (id, text, chosen)
    options: Vec<(String, String, bool)>,
    /// After submission: whether the answer was right, the right option's
    /// text, and why.
    result: Option<(bool, String, String)>,
    /// After submission: the chosen option's text.
    chosen: Option<String>,
}

#[derive(Template)]
#[template(path = "knowledge/attempt.html")]
struct AttemptPage {
    page: Layout,
    id: String,
    attempt: String,
    module: String,
    questions: Vec<QuestionView>,
    deadline: String,
    submitted: bool,
    correct: i64,
    passed: bool,
    pass_mark: u32,
    error: Option<String>,
    next: Option<(String, String)>,
}

async fn attempt_page(
    state: &AppState,
    ctx: &Ctx,
    course: &Course,
    attempt: &QuizAttempt,
    error: Option<String>,
) -> AppResult<Response> {
    let language = ctx.t.language();
    let module = course
        .module(&attempt.module_id)
        .ok_or_else(|| AppError::from(ErrorCode::CourseNotFound))?;
    let quiz = module
        .quiz
        .as_ref()
        .ok_or_else(|| AppError::from(ErrorCode::CourseNotFound))?;
    let submitted = attempt.submitted_at.is_some();
    let questions = attempt
        .questions
        .iter()
        .filter_map(|qid| quiz.question(qid))
        .map(|question| {
            let chosen = attempt
                .answers
                .iter()
                .find(|a| a.question == question.id)
                .map(|a| a.option.clone());
            let right = question.correct();
            QuestionView {
                id: question.id.clone(),
                text: question.text.get(language).to_owned(),
                options: question
                    .options
                    .iter()
                    .map(|o| {
                        (
                            o.id.clone(),
                            o.text.get(language).to_owned(),
                            chosen.as_deref() == Some(o.id.as_str()),
                        )
                    })
                    .collect(),
                result: submitted.then(|| {
                    (
                        right.is_some_and(|r| chosen.as_deref() == Some(r.id.as_str())),
                        right
                            .map(|r| r.text.get(language).to_owned())
                            .unwrap_or_default(),
                        question.explanation.get(language).to_owned(),
                    )
                }),
                chosen: chosen.as_ref().and_then(|c| {
                    question
                        .options
                        .iter()
                        .find(|o| o.id == *c)
                        .map(|o| o.text.get(language).to_owned())
                }),
            }
        })
        .collect();
    let next = if attempt.passed == Some(true) {
        let user = ctx.require_user()?;
        let progress = state.store().course_progress(&user.id, &course.id).await?;
        let steps = items(course, &progress, language);
        neighbours(
            &steps,
            &format!("/courses/{}/quiz/{}", course.id, module.id),
        )
        .1
    } else {
        None
    };
    let status = error.as_ref().map_or(axum::http::StatusCode::OK, |_| {
        axum::http::StatusCode::UNPROCESSABLE_ENTITY
    });
    Ok((
        status,
        render(&AttemptPage {
            page: Layout {
                title: ctx.t.t_args(
                    "quiz-title",
                    &[("title", module.title.get(language).to_owned())],
                ),
                ..Layout::new(ctx, "courses-title")
            },
            id: course.id.clone(),
            attempt: attempt.id.clone(),
            module: module.id.clone(),
            questions,
            deadline: ctx.t.datetime(attempt.deadline),
            submitted,
            correct: attempt.correct.unwrap_or(0),
            passed: attempt.passed == Some(true),
            pass_mark: quiz.pass_mark,
            error,
            next,
        }),
    )
        .into_response())
}

/// `/courses/{course}/attempts/{attempt}`: an attempt's questions, or, once
/// submitted, its result with the right answers and why.
pub(crate) async fn attempt(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, attempt_id)): Path<(String, String)>,
) -> AppResult<Response> {
    let user = ctx.require_user()?;
    let course = find(&id)?;
    let attempt = state.store().quiz_attempt(&user.id, &attempt_id).await?;
    if attempt.course_id != course.id {
        return Err(ErrorCode::QuizAttemptNotFound.into());
    }
    attempt_page(&state, &ctx, course, &attempt, None).await
}

/// `POST /courses/{course}/attempts/{attempt}`: submits the answers
/// (`q-{question}` = option). An unanswered question counts as wrong.
pub(crate) async fn submit(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, attempt_id)): Path<(String, String)>,
    CsrfForm(form): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    let user = ctx.require_user()?;
    let course = find(&id)?;
    let answers: Vec<QuizAnswer> = form
        .iter()
        .filter_map(|(name, value)| {
            name.strip_prefix("q-").map(|question| QuizAnswer {
                question: question.to_owned(),
                option: value.clone(),
            })
        })
        .collect();
    match state
        .store()
        .submit_quiz(&user.id, course, &attempt_id, answers)
        .await
    {
        Ok((_, Some(certificate))) => Ok(Redirect::to(&format!(
            "/verify/{}?notice=course-completed",
            certificate.code
        ))
        .into_response()),
        Ok((attempt, None)) => Ok(Redirect::to(&format!(
            "/courses/{}/attempts/{}#result",
            course.id, attempt.id
        ))
        .into_response()),
        Err(error) => {
            let error = AppError::from(error);
            if error.code == ErrorCode::QuizAnswerUnknown {
                let attempt = state.store().quiz_attempt(&user.id, &attempt_id).await?;
                let message = crate::kit::form_error(&ctx, &error);
                attempt_page(&state, &ctx, course, &attempt, Some(message)).await
            } else {
                Err(error)
            }
        }
    }
}

/// `POST /courses/{course}/renew`: opens re-certification.
pub(crate) async fn renew(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    CsrfForm(_): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    let user = ctx.require_user()?;
    let course = find(&id)?;
    state
        .store()
        .renew_course(&user.id, &course.id, &today())
        .await?;
    Ok(Redirect::to(&format!("/courses/{}?notice=course-renewed", course.id)).into_response())
}

/// `/courses/{course}/media/{file}`: a lesson's image.
pub(crate) async fn media(Path((id, file)): Path<(String, String)>) -> AppResult<Response> {
    find(&id)?;
    let bytes = jamlik_packs::shipped_media()
        .iter()
        .find(|(name, _)| *name == file)
        .map(|(_, bytes)| *bytes)
        .ok_or_else(|| AppError::from(ErrorCode::CourseNotFound))?;
    let content_type = if file.ends_with(".svg") {
        "image/svg+xml"
    } else if file.ends_with(".png") {
        "image/png"
    } else {
        "application/octet-stream"
    };
    Ok((
        [
            (header::CONTENT_TYPE, content_type),
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        bytes,
    )
        .into_response())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lesson_markdown_shows_raw_html_as_text_and_finds_its_images() {
        let html = lesson_html(
            "c",
            "## Part\n\nText <script>x</script> and ![a diagram](d.svg)\n\n<div>raw</div>",
        );
        assert!(html.contains("<h2>Part</h2>"), "{html}");
        assert!(!html.contains("<script>"), "{html}");
        assert!(
            html.contains("&lt;script&gt;") && html.contains("&lt;div&gt;"),
            "{html}"
        );
        assert!(html.contains(r#"src="/courses/c/media/d.svg""#), "{html}");
        assert!(html.contains(r#"alt="a diagram""#), "{html}");
    }
}
