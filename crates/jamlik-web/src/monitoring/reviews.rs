//! National monitoring, the organisation's side and the monitor's: reviews
//! of a plan against its framework's required elements, with feedback mailed
//! to the coordinators and their answers; instructors' assignments (admins);
//! the deadline reminders' run log; and unsubscribing from reminders by the
//! link in the mail, without signing in.

use std::collections::HashMap;

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use jamlik_domain::{
    Capability, Country, ElementVerdict, ErrorCode, Framework, GlobalRole, Language, OrgId,
    Recommendation, UserId, Verdict,
};
use jamlik_i18n::Translator;
use jamlik_store::{
    OutgoingMail, Review, ReviewAnswer, ReviewInput, ReviewSubject, SelfReport, User,
};
use serde::Deserialize;

use super::self_reports::format_figure;
use crate::kit::context::Ctx;
use crate::kit::error::{AppError, AppResult};
use crate::kit::forms::settle;
use crate::kit::forms::CsrfForm;
use crate::kit::views::{render, Layout};
use crate::kit::{authorise, error_status, form_error, org_name, require_admin};
use crate::AppState;

// ------------------------------------------------------------- reviews

/// One element's verdict, ready to show.
#[derive(Debug)]
pub(crate) struct VerdictRow {
    pub element: String,
    pub verdict_key: String,
    pub verdict: String,
    pub note: String,
}

/// One answer, ready to show.
#[derive(Debug)]
pub(crate) struct AnswerRow {
    pub author: String,
    pub at: i64,
    pub body: String,
}

/// One review, ready to show.
#[derive(Debug)]
pub(crate) struct ReviewRow {
    pub id: String,
    pub framework_key: String,
    pub subject: String,
    pub reviewer: String,
    pub sent_at: i64,
    pub recommendation_key: String,
    pub verdicts: Vec<VerdictRow>,
    pub findings: String,
    pub feedback: String,
    pub answers: Vec<AnswerRow>,
}

#[derive(Template)]
#[template(path = "monitoring/reviews.html")]
struct ReviewsPage {
    page: Layout,
    org_id: String,
    org_name: String,
    can_review: bool,
    can_answer: bool,
    frameworks: Vec<String>,
    reviews: Vec<ReviewRow>,
    error: Option<String>,
    error_review: String,
}

fn element_name(language: Language, framework: &str, element: &str) -> String {
    jamlik_packs::shipped()
        .ok()
        .and_then(|registry| registry.get(framework))
        .and_then(|pack| pack.elements.iter().find(|e| e.id == element))
        .map_or_else(|| element.to_owned(), |e| e.name.get(language).to_owned())
}

fn review_row(ctx: &Ctx, review: &Review) -> ReviewRow {
    let language = ctx.t.language();
    ReviewRow {
        id: review.id.clone(),
        framework_key: format!("framework-{}", review.framework.as_str()),
        subject: match review.subject.kind.as_str() {
            "none" => ctx.t.t("review-subject-none"),
            "self_report" => ctx.t.t_args(
                "review-subject-self-report",
                &[("title", review.subject.label.clone())],
            ),
            _ => review.subject.label.clone(),
        },
        reviewer: review.reviewer_label.clone(),
        sent_at: review.sent_at,
        recommendation_key: format!("review-recommendation-{}", review.recommendation.as_str()),
        verdicts: review
            .verdicts
            .iter()
            .map(|v| VerdictRow {
                element: element_name(language, review.framework.as_str(), &v.element),
                verdict_key: v.verdict.as_str().to_owned(),
                verdict: ctx.t.t(&format!("review-verdict-{}", v.verdict.as_str())),
                note: v.note.clone(),
            })
            .collect(),
        findings: review.findings.clone(),
        feedback: review.feedback.clone(),
        answers: review
            .answers
            .iter()
            .map(|a| AnswerRow {
                author: a.author_label.clone(),
                at: a.at,
                body: a.body.clone(),
            })
            .collect(),
    }
}

async fn reviews_page(
    state: &AppState,
    ctx: &Ctx,
    org: &str,
    error: Option<(&AppError, &str)>,
) -> AppResult<Response> {
    let (organisation, role) = authorise(state, ctx, org, Capability::ReadReviews).await?;
    let reviews = state.store().reviews(&organisation.id).await?;
    let page = ReviewsPage {
        page: Layout::new(ctx, "reviews-title"),
        org_id: organisation.id.to_string(),
        org_name: org_name(ctx, &organisation),
        can_review: Capability::ReviewPlans.allowed(ctx.global_role(), role),
        can_answer: Capability::AnswerReviews.allowed(ctx.global_role(), role),
        frameworks: organisation
            .frameworks
            .iter()
            .map(|f| f.as_str().to_owned())
            .collect(),
        reviews: reviews.iter().map(|r| review_row(ctx, r)).collect(),
        error: error.map(|(e, _)| form_error(ctx, e)),
        error_review: error.map(|(_, id)| id.to_owned()).unwrap_or_default(),
    };
    let status = error.map_or(axum::http::StatusCode::OK, |(e, _)| error_status(e));
    Ok((status, render(&page)).into_response())
}

/// `/orgs/{org}/reviews`: the review history, with answers.
pub(crate) async fn reviews(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(org): Path<String>,
) -> AppResult<Response> {
    reviews_page(&state, &ctx, &org, None).await
}

/// One required element in the review form.
#[derive(Debug)]
pub(crate) struct ElementField {
    pub id: String,
    pub name: String,
    pub guidance: String,
    pub missing_in_plan: bool,
    pub verdict: String,
    pub note: String,
}

/// A choice in a select or a radio group.
#[derive(Debug)]
pub(crate) struct Choice {
    pub value: String,
    pub label: String,
    pub selected: bool,
}

/// A self-report under review, as the monitor reads it: its facts, named.
#[derive(Debug)]
pub(crate) struct SelfReportFacts {
    pub rows: Vec<(String, String)>,
    pub link: Option<String>,
    pub file: Option<String>,
}

/// What a review can be about: a plan in Jämlik or a self-report, with the
/// form value that names it and the date it starts to hold (the plan's
/// period start, the self-report's approval): the latest is the default.
struct Candidate {
    value: String,
    label: String,
    from: String,
}

/// The form value that names a self-report as the subject of a review.
const SELF_REPORT_PREFIX: &str = "self-report:";

#[derive(Debug, Deserialize)]
pub(crate) struct SubjectQuery {
    subject: Option<String>,
}

#[derive(Template)]
#[template(path = "monitoring/review_form.html")]
struct ReviewFormPage {
    page: Layout,
    org_id: String,
    org_name: String,
    framework: String,
    framework_key: String,
    subjects: Vec<Choice>,
    plan_link: Option<String>,
    self_report: Option<SelfReportFacts>,
    missing_key: &'static str,
    elements: Vec<ElementField>,
    verdicts: Vec<&'static str>,
    recommendations: Vec<Choice>,
    findings: String,
    feedback: String,
    error: Option<String>,
}

/// `/orgs/{org}/reviews/new/{framework}`: the review form.
pub(crate) async fn new_review(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((org, framework)): Path<(String, String)>,
    Query(query): Query<SubjectQuery>,
) -> AppResult<Response> {
    let chosen: Vec<(String, String)> = query
        .subject
        .map(|s| vec![("subject".to_owned(), s)])
        .unwrap_or_default();
    review_form(&state, &ctx, &org, &framework, &chosen, None).await
}

async fn review_form(
    state: &AppState,
    ctx: &Ctx,
    org: &str,
    framework: &str,
    form: &[(String, String)],
    error: Option<&AppError>,
) -> AppResult<Response> {
    let (organisation, _) = authorise(state, ctx, org, Capability::ReviewPlans).await?;
    let framework = Framework::parse(framework).map_err(|_| AppError::from(ErrorCode::NotFound))?;
    if !organisation.frameworks.contains(&framework) {
        return Err(ErrorCode::FrameworkNotObliged.into());
    }
    let pack = jamlik_packs::shipped()
        .ok()
        .and_then(|registry| registry.get(framework.as_str()))
        .ok_or_else(|| AppError::from(ErrorCode::NotFound))?;
    let field = |name: &str| form.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone());
    // The organisation's plans covering the framework and its self-reports
    // for it, latest first: the latest is the current one. What Jämlik's
    // completeness check finds missing in a plan, or what a self-report does
    // not tick, is shown beside each element.
    let plans: Vec<_> = state
        .store()
        .plans(&organisation.id)
        .await?
        .into_iter()
        .filter(|p| p.frameworks.contains(&framework))
        .collect();
    let reports: Vec<_> = state
        .store()
        .self_reports(&organisation.id)
        .await?
        .into_iter()
        .filter(|r| r.framework == framework.as_str())
        .collect();
    let mut candidates: Vec<Candidate> = plans
        .iter()
        .map(|p| Candidate {
            value: p.id.to_string(),
            label: p.title.clone(),
            from: p.period_start.to_string(),
        })
        .chain(reports.iter().map(|r| Candidate {
            value: format!("{SELF_REPORT_PREFIX}{}", r.id),
            label: ctx.t.t_args(
                "review-subject-self-report",
                &[(
                    "title",
                    jamlik_store::self_report_label(r.approved_on.as_str(), &r.approved_body),
                )],
            ),
            from: r.approved_on.to_string(),
        }))
        .collect();
    candidates.sort_by(|a, b| b.from.cmp(&a.from));
    let chosen = field("subject")
        .filter(|s| s == "none" || candidates.iter().any(|c| &c.value == s))
        .or_else(|| candidates.first().map(|c| c.value.clone()));
    let current_plan = plans
        .iter()
        .find(|p| chosen.as_deref() == Some(p.id.as_str()));
    let current_report = chosen
        .as_deref()
        .and_then(|c| c.strip_prefix(SELF_REPORT_PREFIX))
        .and_then(|id| reports.iter().find(|r| r.id == id));
    let language = ctx.t.language();
    let missing_ids: Option<Vec<String>> = match (current_plan, current_report) {
        (Some(plan), _) => {
            let names: Vec<String> =
                crate::kit::completeness::completeness(state, ctx, &organisation, plan)
                    .await?
                    .into_iter()
                    .map(|m| m.element)
                    .collect();
            Some(
                pack.elements
                    .iter()
                    .filter(|e| names.iter().any(|n| n == e.name.get(language)))
                    .map(|e| e.id.clone())
                    .collect(),
            )
        }
        (None, Some(report)) => Some(
            pack.elements
                .iter()
                .filter(|e| e.required && !report.elements.contains(&e.id))
                .map(|e| e.id.clone())
                .collect(),
        ),
        (None, None) => None,
    };
    let self_report = current_report.map(|r| self_report_facts(ctx, &organisation.id, r));
    let mut subjects: Vec<Choice> = candidates
        .iter()
        .map(|c| Choice {
            value: c.value.clone(),
            label: c.label.clone(),
            selected: Some(&c.value) == chosen.as_ref(),
        })
        .collect();
    subjects.push(Choice {
        value: "none".into(),
        label: ctx.t.t("review-subject-none"),
        selected: chosen.as_deref() == Some("none") || candidates.is_empty(),
    });
    let elements = pack
        .elements
        .iter()
        .filter(|e| e.required)
        .map(|e| {
            let name = e.name.get(language).to_owned();
            ElementField {
                missing_in_plan: missing_ids.as_ref().is_some_and(|m| m.contains(&e.id)),
                id: e.id.clone(),
                name,
                guidance: e.guidance.get(language).to_owned(),
                verdict: field(&format!("verdict:{}", e.id))
                    .unwrap_or_else(|| Verdict::NotAssessed.as_str().to_owned()),
                note: field(&format!("note:{}", e.id)).unwrap_or_default(),
            }
        })
        .collect();
    let recommendation = field("recommendation").unwrap_or_default();
    let page = ReviewFormPage {
        page: Layout::new(ctx, "review-new-title"),
        org_id: organisation.id.to_string(),
        org_name: org_name(ctx, &organisation),
        framework: framework.as_str().to_owned(),
        framework_key: format!("framework-{}", framework.as_str()),
        plan_link: current_plan.map(|p| format!("/orgs/{}/plans/{}", organisation.id, p.id)),
        self_report,
        missing_key: if current_report.is_some() {
            "review-missing-in-self-report"
        } else {
            "review-missing-in-plan"
        },
        subjects,
        elements,
        verdicts: Verdict::ALL.iter().map(|v| v.as_str()).collect(),
        recommendations: Recommendation::ALL
            .iter()
            .map(|r| Choice {
                value: r.as_str().to_owned(),
                label: ctx.t.t(&format!("review-recommendation-{}", r.as_str())),
                selected: recommendation == r.as_str(),
            })
            .collect(),
        findings: field("findings").unwrap_or_default(),
        feedback: field("feedback").unwrap_or_default(),
        error: error.map(|e| form_error(ctx, e)),
    };
    let status = error.map_or(axum::http::StatusCode::OK, error_status);
    Ok((status, render(&page)).into_response())
}

/// A self-report's facts, named, for the monitor reviewing it.
fn self_report_facts(ctx: &Ctx, org: &OrgId, report: &SelfReport) -> SelfReportFacts {
    let date = |d: &jamlik_domain::IsoDate| crate::kit::show_date(ctx, d);
    let percent = |v: f64| format!("{} %", format_figure(ctx, v));
    let money = |v: f64| format_figure(ctx, v);
    let mut rows = vec![
        (
            ctx.t.t("self-report-field-approved-on"),
            date(&report.approved_on),
        ),
        (
            ctx.t.t("self-report-field-approved-body"),
            report.approved_body.clone(),
        ),
        (
            ctx.t.t("self-reports-submitted"),
            ctx.t.datetime(report.submitted_at),
        ),
    ];
    if let Some(day) = &report.pay_survey_on {
        rows.push((ctx.t.t("self-report-field-pay-survey-on"), date(day)));
    }
    if let Some(day) = &report.followed_up_on {
        rows.push((ctx.t.t("self-report-field-followed-up-on"), date(day)));
    }
    let figures = &report.figures;
    if let Some(v) = figures.women_pay_percent {
        rows.push((ctx.t.t("self-report-field-women-pay-percent"), percent(v)));
    }
    for group in &figures.groups {
        rows.push((group.group.clone(), percent(group.women_pay_percent)));
    }
    if let (Some(women), Some(men)) = (figures.quartiles_women, figures.quartiles_men) {
        for (i, (w, m)) in women.iter().zip(men.iter()).enumerate() {
            let band = i + 1;
            rows.push((
                ctx.t.t(&format!("self-report-field-q{band}-women")),
                percent(*w),
            ));
            rows.push((
                ctx.t.t(&format!("self-report-field-q{band}-men")),
                percent(*m),
            ));
        }
    }
    for (key, value) in [
        ("mean", figures.mean),
        ("median", figures.median),
        ("min", figures.min),
        ("max", figures.max),
    ] {
        if let Some(v) = value {
            rows.push((ctx.t.t(&format!("self-report-field-{key}")), money(v)));
        }
    }
    if report.jump_confirmed {
        rows.push((
            ctx.t.t("review-self-report-jump"),
            ctx.t.t("review-self-report-jump-confirmed"),
        ));
    }
    SelfReportFacts {
        rows,
        link: report.link.clone(),
        file: report
            .file_id
            .as_ref()
            .map(|f| format!("/orgs/{org}/self-reports/files/{f}")),
    }
}

/// The feedback mail to a coordinator, in their language.
fn compose_feedback(
    state: &AppState,
    review: &Review,
    to: &User,
    org_names: &(Option<String>, Option<String>, Option<String>),
) -> OutgoingMail {
    let t = Translator::new(
        to.language.unwrap_or(Language::Swedish),
        state.config().display_zone,
    );
    let organisation = t
        .pick_name(
            org_names.0.as_deref(),
            org_names.1.as_deref(),
            org_names.2.as_deref(),
        )
        .to_owned();
    let link = format!(
        "{}/orgs/{}/reviews#review-{}",
        state.config().public_url.trim_end_matches('/'),
        review.org_id,
        review.id
    );
    let args = [
        ("organisation", organisation),
        (
            "title",
            t.t(&format!("framework-{}", review.framework.as_str())),
        ),
        (
            "value",
            t.t(&format!(
                "review-recommendation-{}",
                review.recommendation.as_str()
            )),
        ),
        ("feedback", review.feedback.clone()),
        ("link", link),
    ];
    OutgoingMail {
        to: to.email.clone(),
        subject: t.t_args("mail-review-subject", &args),
        body: t.t_args("mail-review-body", &args),
    }
}

/// The mail telling the other side of a review about an answer.
fn compose_answer(
    state: &AppState,
    review: &Review,
    answer: &ReviewAnswer,
    to: &User,
    organisation: &str,
) -> OutgoingMail {
    let t = Translator::new(
        to.language.unwrap_or(Language::Swedish),
        state.config().display_zone,
    );
    let link = format!(
        "{}/orgs/{}/reviews#review-{}",
        state.config().public_url.trim_end_matches('/'),
        review.org_id,
        review.id
    );
    let args = [
        ("organisation", organisation.to_owned()),
        ("name", answer.author_label.clone()),
        ("feedback", answer.body.clone()),
        ("link", link),
    ];
    OutgoingMail {
        to: to.email.clone(),
        subject: t.t_args("mail-review-answer-subject", &args),
        body: t.t_args("mail-review-answer-body", &args),
    }
}

/// `POST /orgs/{org}/reviews`: records a review and sends the feedback.
pub(crate) async fn create_review(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(org): Path<String>,
    CsrfForm(form): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    let (organisation, _) = authorise(&state, &ctx, &org, Capability::ReviewPlans).await?;
    let values: HashMap<&str, &str> = form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let framework_text = values
        .get("framework")
        .copied()
        .unwrap_or_default()
        .to_owned();
    let result = async {
        let framework = Framework::parse(&framework_text)?;
        let pack = jamlik_packs::shipped()
            .ok()
            .and_then(|registry| registry.get(framework.as_str()))
            .ok_or_else(|| AppError::from(ErrorCode::InvalidFramework))?;
        let mut verdicts = Vec::new();
        for element in pack.elements.iter().filter(|e| e.required) {
            let verdict = match values.get(format!("verdict:{}", element.id).as_str()) {
                Some(raw) => Verdict::parse(raw)?,
                None => Verdict::NotAssessed,
            };
            verdicts.push(ElementVerdict {
                element: element.id.clone(),
                verdict,
                note: values
                    .get(format!("note:{}", element.id).as_str())
                    .map(|n| n.trim().to_owned())
                    .unwrap_or_default(),
            });
        }
        let subject = match values.get("subject").copied().unwrap_or("none") {
            "none" | "" => ReviewSubject {
                kind: "none".into(),
                id: None,
                label: String::new(),
            },
            other => match other.strip_prefix(SELF_REPORT_PREFIX) {
                Some(report) => ReviewSubject {
                    kind: "self_report".into(),
                    id: Some(report.to_owned()),
                    label: String::new(),
                },
                None => ReviewSubject {
                    kind: "plan".into(),
                    id: Some(other.to_owned()),
                    label: String::new(),
                },
            },
        };
        let input = ReviewInput {
            framework,
            subject,
            verdicts,
            findings: values
                .get("findings")
                .copied()
                .unwrap_or_default()
                .to_owned(),
            recommendation: Recommendation::parse(
                values.get("recommendation").copied().unwrap_or_default(),
            )?,
            feedback: values
                .get("feedback")
                .copied()
                .unwrap_or_default()
                .to_owned(),
        };
        let names = (
            organisation.name_fi.clone(),
            organisation.name_sv.clone(),
            organisation.name_en.clone(),
        );
        let review = state
            .store()
            .create_review(&ctx.actor(), &organisation.id, input, |review, to| {
                compose_feedback(&state, review, to, &names)
            })
            .await?;
        Ok::<_, AppError>(review)
    }
    .await;
    match result {
        Ok(review) => Ok(Redirect::to(&format!(
            "/orgs/{}/reviews?notice=review-sent#review-{}",
            organisation.id, review.id
        ))
        .into_response()),
        Err(error) if error.code.is_client_error() && Framework::parse(&framework_text).is_ok() => {
            review_form(&state, &ctx, &org, &framework_text, &form, Some(&error)).await
        }
        Err(error) => Err(error),
    }
}

#[derive(Debug, Deserialize)]
pub(crate) struct AnswerForm {
    #[serde(default)]
    body: String,
}

/// `POST /orgs/{org}/reviews/{review}/answers`: the organisation answers a
/// review (or the monitor replies).
pub(crate) async fn answer_review(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((org, review)): Path<(String, String)>,
    CsrfForm(form): CsrfForm<AnswerForm>,
) -> AppResult<Response> {
    let (organisation, _) = authorise(&state, &ctx, &org, Capability::AnswerReviews).await?;
    let name = org_name(&ctx, &organisation);
    let result = state
        .store()
        .answer_review(
            &ctx.actor(),
            &organisation.id,
            &review,
            &form.body,
            |r, a, to| compose_answer(&state, r, a, to, &name),
        )
        .await;
    match result {
        Ok(_) => Ok(Redirect::to(&format!(
            "/orgs/{}/reviews?notice=review-answered#review-{review}",
            organisation.id
        ))
        .into_response()),
        Err(error)
            if error.code().is_client_error() && error.code() != ErrorCode::ReviewNotFound =>
        {
            let error = AppError::from(error);
            reviews_page(&state, &ctx, &org, Some((&error, &review))).await
        }
        Err(error) => Err(error.into()),
    }
}

// ------------------------------------------------------------- instructors

/// One assignment, ready to show.
#[derive(Debug)]
pub(crate) struct AssignmentRow {
    pub user_id: String,
    pub instructor: String,
    pub org_id: String,
    pub org_name: String,
}

#[derive(Template)]
#[template(path = "monitoring/admin_instructors.html")]
struct InstructorsPage {
    page: Layout,
    rows: Vec<AssignmentRow>,
    instructors: Vec<Choice>,
    country: String,
    code: String,
    error: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
pub(crate) struct AssignForm {
    #[serde(default)]
    instructor: String,
    #[serde(default)]
    country: String,
    #[serde(default)]
    code: String,
}

async fn instructors_page(
    state: &AppState,
    ctx: &Ctx,
    form: AssignForm,
    error: Option<&AppError>,
) -> AppResult<Response> {
    require_admin(ctx)?;
    let rows = state
        .store()
        .assignments()
        .await?
        .iter()
        .map(|a| AssignmentRow {
            user_id: a.user.id.to_string(),
            instructor: format!("{} <{}>", a.user.display_name, a.user.email),
            org_id: a.organisation.id.to_string(),
            org_name: org_name(ctx, &a.organisation),
        })
        .collect();
    let instructors = state
        .store()
        .instructors()
        .await?
        .iter()
        .map(|u| Choice {
            value: u.id.to_string(),
            label: format!("{} <{}>", u.display_name, u.email),
            selected: u.id.as_str() == form.instructor,
        })
        .collect();
    let page = InstructorsPage {
        page: Layout::new(ctx, "instructors-title"),
        rows,
        instructors,
        country: if form.country.is_empty() {
            "FI".into()
        } else {
            form.country
        },
        code: form.code,
        error: error.map(|e| form_error(ctx, e)),
    };
    let status = error.map_or(axum::http::StatusCode::OK, error_status);
    Ok((status, render(&page)).into_response())
}

/// `/admin/instructors`: who supports which organisations.
pub(crate) async fn instructors(State(state): State<AppState>, ctx: Ctx) -> AppResult<Response> {
    instructors_page(&state, &ctx, AssignForm::default(), None).await
}

/// `POST /admin/instructors`: assigns an organisation (by country and code) to an instructor.
pub(crate) async fn assign(
    State(state): State<AppState>,
    ctx: Ctx,
    CsrfForm(form): CsrfForm<AssignForm>,
) -> AppResult<Response> {
    require_admin(&ctx)?;
    let result = async {
        let country = Country::parse(&form.country)?;
        let organisation = state
            .store()
            .organisation_by_code(country, form.code.trim())
            .await?;
        state
            .store()
            .assign_instructor(
                &ctx.actor(),
                &UserId::from_raw(form.instructor.trim()),
                &organisation.id,
            )
            .await?;
        Ok::<_, AppError>(())
    }
    .await;
    settle(
        result.map(|()| "/admin/instructors?notice=instructor-assigned".to_owned()),
        |error| async move { instructors_page(&state, &ctx, form, Some(&error)).await },
    )
    .await
}

/// `POST /admin/instructors/{user}/{org}/remove`: ends an assignment.
pub(crate) async fn unassign(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((user, org)): Path<(String, String)>,
    CsrfForm(_): CsrfForm<HashMap<String, String>>,
) -> AppResult<Response> {
    require_admin(&ctx)?;
    state
        .store()
        .unassign_instructor(&ctx.actor(), &UserId::from_raw(user), &OrgId::from_raw(org))
        .await?;
    Ok(Redirect::to("/admin/instructors?notice=instructor-unassigned").into_response())
}

// ------------------------------------------------------------- reminders

/// One run of the reminder job, ready to show.
#[derive(Debug)]
pub(crate) struct RunRow {
    pub started_at: i64,
    pub finished: Option<i64>,
    pub considered: i64,
    pub queued: i64,
    pub skipped: i64,
    pub failed: bool,
}

#[derive(Template)]
#[template(path = "monitoring/reminder_runs.html")]
struct RunsPage {
    page: Layout,
    before: String,
    after: String,
    rows: Vec<RunRow>,
}

/// `/national/reminders`: the deadline reminders' settings and run log
/// (monitors and admins).
pub(crate) async fn reminder_runs(State(state): State<AppState>, ctx: Ctx) -> AppResult<Response> {
    ctx.require_user()?;
    if !matches!(
        ctx.global_role(),
        Some(GlobalRole::Admin | GlobalRole::NationalMonitor)
    ) {
        return Err(ErrorCode::Forbidden.into());
    }
    let days = |list: &[u32]| {
        list.iter()
            .map(|d| ctx.t.number(i64::from(*d)))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let config = state.config();
    let rows = state
        .store()
        .reminder_runs(50)
        .await?
        .into_iter()
        .map(|run| RunRow {
            started_at: run.started_at,
            finished: run.finished_at,
            considered: run.counts.considered,
            queued: run.counts.queued,
            skipped: run.counts.skipped,
            failed: run.error.is_some(),
        })
        .collect();
    let page = RunsPage {
        page: Layout::new(&ctx, "reminder-runs-title"),
        before: days(&config.deadline_reminder_days_before),
        after: days(&config.deadline_reminder_days_after),
        rows,
    };
    Ok(render(&page))
}

#[derive(Template)]
#[template(path = "monitoring/unsubscribe.html")]
struct UnsubscribePage {
    page: Layout,
    secret: String,
    email: String,
    topic_key: String,
    done: bool,
}

/// `/unsubscribe/{secret}`: asks to confirm (a mail scanner following the
/// link unsubscribes no one).
pub(crate) async fn unsubscribe_page(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(secret): Path<String>,
) -> AppResult<Response> {
    let link = state.store().unsubscribe_link(&secret).await?;
    let page = UnsubscribePage {
        page: Layout::new(&ctx, "unsubscribe-title"),
        secret,
        email: link.email,
        topic_key: format!("unsubscribe-topic-{}", link.topic),
        done: link.done,
    };
    Ok(render(&page))
}

/// `POST /unsubscribe/{secret}`: unsubscribes, without signing in.
pub(crate) async fn unsubscribe(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(secret): Path<String>,
    CsrfForm(_): CsrfForm<HashMap<String, String>>,
) -> AppResult<Response> {
    let link = state.store().unsubscribe(&secret).await?;
    let page = UnsubscribePage {
        page: Layout::new(&ctx, "unsubscribe-title"),
        secret,
        email: link.email,
        topic_key: format!("unsubscribe-topic-{}", link.topic),
        done: true,
    };
    Ok(render(&page))
}
