//! `/orgs/{org}/training`: an organisation's coordinator sees, for each
//! course, how many of its members in each role have begun it and hold a
//! valid certificate, against the targets they set ("every coordinator by
//! June"), each member's progress, and invites the members of a role who
//! are not yet certified — each person once per course.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use jamlik_domain::{Capability, ErrorCode, IsoDate, Language, Role};
use jamlik_store::{LearnerRow, TrainingTarget};

use super::guide::registry;
use crate::kit::context::Ctx;
use crate::kit::error::{AppError, AppResult};
use crate::kit::forms::{field, CsrfForm};
use crate::kit::views::{render, Int, Layout};
use crate::kit::{authorise, date_in, error_status, form_error, today};
use crate::AppState;

const ROLES: [Role; 3] = [Role::Coordinator, Role::Contributor, Role::Viewer];

/// One role's line of a course: (role key, members, started, certified,
/// target text, met).
#[derive(Debug)]
struct RoleLine {
    role: &'static str,
    members: usize,
    started: usize,
    certified: usize,
    target: Option<(i64, String)>,
    met: bool,
}

/// A member's line: (name, role key, done, total, certified, invited).
type PersonLine = (String, &'static str, usize, usize, bool, bool);

#[derive(Debug)]
struct CourseSection {
    id: String,
    title: String,
    roles: Vec<RoleLine>,
    people: Vec<PersonLine>,
}

#[derive(Template)]
#[template(path = "knowledge/training.html")]
struct TrainingPage {
    page: Layout,
    org: String,
    organisation: String,
    courses: Vec<CourseSection>,
    error: Option<String>,
}

fn role_key(role: Option<Role>) -> &'static str {
    match role {
        Some(Role::Coordinator) => "role-coordinator",
        Some(Role::Contributor) => "role-contributor",
        Some(Role::Viewer) => "role-viewer",
        None => "training-everyone",
    }
}

fn line(
    ctx: &Ctx,
    learners: &[LearnerRow],
    role: Option<Role>,
    targets: &[TrainingTarget],
    course: &str,
) -> RoleLine {
    let of: Vec<&LearnerRow> = learners
        .iter()
        .filter(|l| role.is_none_or(|r| l.role == r))
        .collect();
    let certified = of.iter().filter(|l| l.certified).count();
    let target = targets
        .iter()
        .find(|t| t.course_id == course && t.role == role);
    let met = target.is_some_and(|t| {
        let members = i64::try_from(of.len()).unwrap_or(i64::MAX);
        let certified = i64::try_from(certified).unwrap_or(i64::MAX);
        members > 0 && certified * 100 >= t.share * members
    });
    RoleLine {
        role: role_key(role),
        members: of.len(),
        started: of.iter().filter(|l| l.progress.started).count(),
        certified,
        target: target.map(|t| (t.share, date_in(&ctx.t, &t.due_on))),
        met,
    }
}

async fn training_page(
    state: &AppState,
    ctx: &Ctx,
    org: &str,
    error: Option<String>,
) -> AppResult<Response> {
    let (organisation, _) = authorise(state, ctx, org, Capability::ManageMembers).await?;
    let language = ctx.t.language();
    let today = today();
    let targets = state.store().training_targets(&organisation.id).await?;
    let mut courses = Vec::new();
    for course in registry()?.courses() {
        let learners = state
            .store()
            .org_learners(&organisation.id, &course.id, &today)
            .await?;
        let mut roles: Vec<RoleLine> = ROLES
            .iter()
            .map(|r| line(ctx, &learners, Some(*r), &targets, &course.id))
            .collect();
        roles.push(line(ctx, &learners, None, &targets, &course.id));
        let people = learners
            .iter()
            .map(|l| {
                let (done, total) = l.progress.done_of(course);
                (
                    l.name.clone(),
                    role_key(Some(l.role)),
                    done,
                    total,
                    l.certified,
                    l.invited,
                )
            })
            .collect();
        courses.push(CourseSection {
            id: course.id.clone(),
            title: course.title.get(language).to_owned(),
            roles,
            people,
        });
    }
    let name = ctx
        .t
        .pick_name(
            organisation.name_fi.as_deref(),
            organisation.name_sv.as_deref(),
            organisation.name_en.as_deref(),
        )
        .to_owned();
    let status = error.as_ref().map_or(axum::http::StatusCode::OK, |_| {
        axum::http::StatusCode::UNPROCESSABLE_ENTITY
    });
    Ok((
        status,
        render(&TrainingPage {
            page: Layout::new(ctx, "training-title"),
            org: org.to_owned(),
            organisation: name,
            courses,
            error,
        }),
    )
        .into_response())
}

/// `/orgs/{org}/training`: the organisation's training.
pub(crate) async fn page(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(org): Path<String>,
) -> AppResult<Response> {
    training_page(&state, &ctx, &org, None).await
}

fn role_of(form: &[(String, String)]) -> AppResult<Option<Role>> {
    match field(form, "role") {
        "" | "*" => Ok(None),
        other => Role::parse(other)
            .map(Some)
            .map_err(|_| AppError::from(ErrorCode::TrainingTargetInvalid)),
    }
}

fn course_of(form: &[(String, String)]) -> AppResult<String> {
    let id = field(form, "course");
    registry()?
        .course(id)
        .map(|c| c.id.clone())
        .ok_or_else(|| AppError::from(ErrorCode::CourseNotFound))
}

/// `POST /orgs/{org}/training/target`: sets a target.
pub(crate) async fn target(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(org): Path<String>,
    CsrfForm(form): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    let (organisation, _) = authorise(&state, &ctx, &org, Capability::ManageMembers).await?;
    let result = async {
        let course_id = course_of(&form)?;
        let role = role_of(&form)?;
        let share = field(&form, "share")
            .trim()
            .parse::<i64>()
            .map_err(|_| AppError::from(ErrorCode::TrainingTargetInvalid))?;
        let due_on = IsoDate::parse(field(&form, "due_on"))
            .map_err(|_| AppError::from(ErrorCode::TrainingTargetInvalid))?;
        let target = TrainingTarget {
            course_id,
            role,
            share,
            due_on,
        };
        state
            .store()
            .set_training_target(&ctx.actor(), &organisation.id, &target)
            .await?;
        Ok::<_, AppError>(())
    }
    .await;
    settle(&state, &ctx, &org, result, "training-target-saved", None).await
}

/// `POST /orgs/{org}/training/invite`: invites the members of a role who are
/// not certified to a course.
pub(crate) async fn invite(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(org): Path<String>,
    CsrfForm(form): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    let (organisation, _) = authorise(&state, &ctx, &org, Capability::ManageMembers).await?;
    let base = state.config().public_url.trim_end_matches('/').to_owned();
    let zone = state.config().display_zone;
    let inviter = ctx
        .user
        .as_ref()
        .map(|u| u.display_name.clone())
        .unwrap_or_default();
    let result = async {
        let course_id = course_of(&form)?;
        let course = registry()?
            .course(&course_id)
            .ok_or_else(|| AppError::from(ErrorCode::CourseNotFound))?;
        let role = role_of(&form)?;
        let count = state
            .store()
            .invite_to_course(
                &ctx.actor(),
                &organisation.id,
                &course_id,
                role,
                &today(),
                |learner, email| {
                    let t = jamlik_i18n::Translator::new(
                        learner.language.unwrap_or(Language::Swedish),
                        zone,
                    );
                    let args = [
                        ("name", learner.name.clone()),
                        ("inviter", inviter.clone()),
                        ("title", course.title.get(t.language()).to_owned()),
                        ("link", format!("{base}/courses/{}", course.id)),
                    ];
                    jamlik_store::OutgoingMail {
                        to: email.to_owned(),
                        subject: t.t_args("mail-course-invitation-subject", &args),
                        body: t.t_args("mail-course-invitation-body", &args),
                    }
                },
            )
            .await?;
        Ok::<_, AppError>(count)
    }
    .await;
    match result {
        Ok(count) => settle(&state, &ctx, &org, Ok(()), "training-invited", Some(count)).await,
        Err(error) => settle(&state, &ctx, &org, Err(error), "", None).await,
    }
}

async fn settle(
    state: &AppState,
    ctx: &Ctx,
    org: &str,
    result: AppResult<()>,
    notice: &str,
    count: Option<usize>,
) -> AppResult<Response> {
    match result {
        Ok(()) => {
            let count = count.map(|c| format!("&count={c}")).unwrap_or_default();
            Ok(
                Redirect::to(&format!("/orgs/{org}/training?notice={notice}{count}"))
                    .into_response(),
            )
        }
        Err(error) if error.code.is_client_error() && error.code.http_status() != 403 => {
            let message = form_error(ctx, &error);
            let page = training_page(state, ctx, org, Some(message)).await?;
            Ok((error_status(&error), page).into_response())
        }
        Err(error) => Err(error),
    }
}
