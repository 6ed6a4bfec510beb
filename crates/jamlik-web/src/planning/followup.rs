//! A follow-up round's report in public: the coordinator publishes it from
//! the round's page (`POST …/rounds/{round}/publish`), and everyone reads it
//! at `/f/{public}` and downloads it as PDF, DOCX or HTML in any language.
//! What is published is frozen by the store at the moment of publication,
//! with units and never people; publishing again replaces it at the same
//! address.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use jamlik_domain::{Capability, IsoDate, MeasureStatus};
use jamlik_reports::ReportKind;

use super::export::{self, Content, Format, LanguageQuery};
use crate::kit::context::Ctx;
use crate::kit::error::{AppError, AppResult};
use crate::kit::forms::CsrfForm;
use crate::kit::views::{render, Layout};
use crate::kit::{authorise, error_status, form_error, links, org_name, show_date};
use crate::AppState;

/// `POST /orgs/{org}/plans/{plan}/rounds/{round}/publish`: publishes the
/// round's report as it stands today.
pub(crate) async fn publish(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((org, plan, round)): Path<(String, String, String)>,
    CsrfForm(_): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    let (organisation, _) = authorise(&state, &ctx, &org, Capability::EditPlanning).await?;
    let today = IsoDate::from_date(time::OffsetDateTime::now_utc().date());
    match state
        .store()
        .publish_round(&ctx.actor(), &organisation.id, &plan, &round, &today)
        .await
    {
        Ok(_) => Ok(Redirect::to(&format!(
            "/orgs/{org}/plans/{plan}/rounds/{round}?notice=round-published#publish"
        ))
        .into_response()),
        Err(error) => {
            let error = AppError::from(error);
            if error.code.is_client_error() && error.code.http_status() != 404 {
                let message = form_error(&ctx, &error);
                let page =
                    super::workspace::round_page(&state, &ctx, &org, &plan, &round, Some(message))
                        .await?;
                Ok((error_status(&error), page).into_response())
            } else {
                Err(error)
            }
        }
    }
}

/// One measure of a published follow-up report.
#[derive(Debug)]
struct ReportLine {
    title: String,
    unit: String,
    due: String,
    status: &'static str,
    /// The round's latest update: its status, day and note.
    update: Option<(&'static str, String, String)>,
}

#[derive(Template)]
#[template(path = "planning/public_round.html")]
struct PublicRoundPage {
    page: Layout,
    org_name: String,
    org_link: String,
    plan_title: String,
    plan_link: Option<String>,
    round_name: String,
    dates: String,
    as_of: String,
    updated: i64,
    missing: i64,
    lines: Vec<ReportLine>,
    public_id: String,
    language_note: Option<String>,
    content_lang: Option<&'static str>,
    /// The language the update notes are written in, when not the reader's
    /// (notes are not translated).
    notes_lang: Option<&'static str>,
}

/// `/f/{public}`: a published follow-up report, for everyone.
pub(crate) async fn public_report(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(public_id): Path<String>,
) -> AppResult<Response> {
    let published = state.store().published_round(&public_id).await?;
    let organisation = state.store().organisation(&published.org_id).await?;
    let report = &published.report;
    let (snapshot, note) =
        super::translations::localise(&report.snapshot, &organisation.languages, ctx.t.language());
    let lines: Vec<ReportLine> = snapshot
        .measures
        .iter()
        .filter(|m| {
            m.status != MeasureStatus::Dropped
                || report.updates.iter().any(|u| u.measure_id == m.id)
        })
        .map(|m| ReportLine {
            title: m.title.clone(),
            unit: m.owner_unit.clone(),
            due: m
                .due_date
                .as_ref()
                .map(|d| show_date(&ctx, d))
                .unwrap_or_default(),
            status: m.status.as_str(),
            // Updates are newest first: the first is the round's latest.
            update: report
                .updates
                .iter()
                .find(|u| u.measure_id == m.id)
                .map(|u| (u.status.as_str(), ctx.t.date(u.at), u.note.clone())),
        })
        .collect();
    let updated = lines.iter().filter(|l| l.update.is_some()).count() as i64;
    let round = &report.round;
    let page = PublicRoundPage {
        page: Layout {
            title: format!("{} – {}", round.name, snapshot.plan.title),
            ..Layout::new(&ctx, "round-report-title")
        },
        org_name: org_name(&ctx, &organisation),
        org_link: links::org_page(
            organisation.country,
            organisation.code.as_deref(),
            organisation.id.as_str(),
        ),
        plan_title: snapshot.plan.title.clone(),
        plan_link: published.plan_public_id.map(|id| format!("/p/{id}")),
        round_name: round.name.clone(),
        dates: format!(
            "{} – {}",
            show_date(&ctx, &round.opens_on),
            show_date(&ctx, &round.closes_on)
        ),
        as_of: show_date(&ctx, &report.as_of),
        missing: lines.len() as i64 - updated,
        updated,
        lines,
        public_id,
        content_lang: note
            .as_ref()
            .filter(|n| n.missing >= n.total)
            .map(|n| n.original.as_str()),
        language_note: note.map(|n| n.sentence(&ctx.t)),
        notes_lang: organisation
            .languages
            .first()
            .filter(|original| **original != ctx.t.language())
            .map(|original| original.as_str()),
    };
    Ok(render(&page))
}

/// `/f/{public}/{file}`: the published follow-up report as `report.pdf`,
/// `report.docx` or `report.html`.
pub(crate) async fn public_export(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((public_id, file)): Path<(String, String)>,
    Query(query): Query<LanguageQuery>,
) -> AppResult<Response> {
    let format = Format::parse(&file)?;
    let published = state.store().published_round(&public_id).await?;
    let organisation = state.store().organisation(&published.org_id).await?;
    let t = export::translator(&state, &ctx, &query)?;
    let report = &published.report;
    let (snapshot, note) =
        super::translations::localise(&report.snapshot, &organisation.languages, t.language());
    let content = Content::public(&organisation, &snapshot, None, note.map(|n| n.sentence(&t)));
    let mut built = export::build(
        &t,
        &content,
        ReportKind::FollowUp,
        Some((&report.round, &report.updates)),
    );
    // The report describes the day it was published, not the day it is read.
    built.date = crate::kit::date_in(&t, &report.as_of);
    export::respond(&built, &t, format, "follow-up", &ctx.request_id)
}
