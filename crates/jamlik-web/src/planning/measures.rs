//! One measure: what it is, its history, and the forms that change it.
//! Coordinators edit every field; the contributor who owns a measure edits
//! its goal and indicators and reports its progress; everyone else reads.
//! A refused field is named next to the field, and nothing is saved.

use std::collections::HashMap;

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use jamlik_domain::{
    check_short_text, check_text, check_title, parse_money, Capability, ErrorCode, IsoDate,
    MeasureStatus, Role, UserId, MAX_TEXT,
};
use jamlik_store::{Indicator, IndicatorInput, Measure, MeasureEdit, StoreError};

use super::plans::{measure_rows, MeasureRow};
use crate::kit::context::Ctx;
use crate::kit::error::{AppError, AppResult};
use crate::kit::forms::settle;
use crate::kit::forms::CsrfForm;
use crate::kit::views::{render, Layout};
use crate::kit::{authorise, error_status, form_error};
use crate::kit::{show_date, value, Option_};
use crate::AppState;
use jamlik_domain::may_change_owned;

/// A form field's value and, when refused, why.
#[derive(Debug, Default)]
pub(crate) struct Field {
    pub value: String,
    pub error: Option<String>,
}

impl Field {
    fn new(value: impl Into<String>) -> Self {
        Field {
            value: value.into(),
            error: None,
        }
    }
}

#[derive(Debug)]
pub(crate) struct HistoryRow {
    pub at: i64,
    pub author: String,
    pub status: &'static str,
    pub note: String,
    /// The previous plan's id and title, when the entry records the carrying forward.
    pub carried_from: Option<(String, String)>,
}

/// The edit form's fields.
#[derive(Debug, Default)]
pub(crate) struct EditForm {
    pub title: Field,
    pub goal: Field,
    pub owner: Field,
    pub owner_unit: Field,
    pub budget: Field,
    pub start_date: Field,
    pub due_date: Field,
}

/// One indicator's form (or the form for a new one, with an empty id).
#[derive(Debug, Default)]
pub(crate) struct IndicatorForm {
    pub id: String,
    pub name: Field,
    pub baseline: Field,
    pub target: Field,
    pub current: Field,
}

#[derive(Template)]
#[template(path = "planning/measure.html")]
struct MeasurePage {
    page: Layout,
    org_id: String,
    plan_id: String,
    measure: MeasureRow,
    goal: String,
    unit: String,
    budget: Option<String>,
    start: String,
    indicators: Vec<Indicator>,
    history: Vec<HistoryRow>,
    can_update: bool,
    can_edit_all: bool,
    statuses: Vec<Option_>,
    error: Option<String>,
    edit: EditForm,
    edit_failed: bool,
    owners: Vec<Option_>,
    indicator_forms: Vec<IndicatorForm>,
    new_indicator: IndicatorForm,
    /// Analysis results linked as evidence: id and name.
    analyses: Vec<(String, String)>,
}

/// A refused field: its name and why.
type FieldRefusal = (&'static str, AppError);

/// A refused form: its refused fields and what was typed.
type RefusedForm<'a> = (&'a [FieldRefusal], &'a [(String, String)]);

/// What went wrong in a submitted form, to show it again.
enum Refusal {
    /// The status report.
    Status(AppError),
    /// The edit form: (field, error) for each refused field, and what was typed.
    Edit(Vec<(&'static str, AppError)>, Vec<(String, String)>),
    /// An indicator's form (empty id: the new one).
    Indicator(String, Vec<(&'static str, AppError)>, Vec<(String, String)>),
}

fn budget_text(cents: Option<i64>) -> String {
    cents
        .map(|c| format!("{}.{:02}", c / 100, c % 100))
        .unwrap_or_default()
}

fn field_error(ctx: &Ctx, errors: &[(&'static str, AppError)], name: &str) -> Option<String> {
    errors
        .iter()
        .find(|(field, _)| *field == name)
        .map(|(_, error)| form_error(ctx, error))
}

fn indicator_form(
    ctx: &Ctx,
    indicator: Option<&Indicator>,
    refused: Option<RefusedForm<'_>>,
) -> IndicatorForm {
    let saved = |pick: fn(&Indicator) -> &String| indicator.map(pick).cloned().unwrap_or_default();
    let field = |name: &'static str, saved: String| match refused {
        Some((errors, form)) => Field {
            value: value(form, name),
            error: field_error(ctx, errors, name),
        },
        None => Field::new(saved),
    };
    IndicatorForm {
        id: indicator.map(|i| i.id.clone()).unwrap_or_default(),
        name: field("name", saved(|i| &i.name)),
        baseline: field("baseline", saved(|i| &i.baseline)),
        target: field("target", saved(|i| &i.target)),
        current: field("current", saved(|i| &i.current)),
    }
}

async fn measure_page(
    state: &AppState,
    ctx: &Ctx,
    org: &str,
    measure_id: &str,
    refusal: Option<Refusal>,
) -> AppResult<Response> {
    let (organisation, role) = authorise(state, ctx, org, Capability::ViewOrganisation).await?;
    let measure = state.store().measure(&organisation.id, measure_id).await?;
    let history = state
        .store()
        .measure_history(&organisation.id, measure_id)
        .await?;
    let members = state.store().members(&organisation.id).await?;
    let names: HashMap<String, String> = members
        .iter()
        .map(|m| (m.user.id.to_string(), m.user.display_name.clone()))
        .collect();
    let (status_error, edit_refusal, indicator_refusal) = match &refusal {
        Some(Refusal::Status(error)) => (Some(form_error(ctx, error)), None, None),
        Some(Refusal::Edit(errors, form)) => (None, Some((errors, form)), None),
        Some(Refusal::Indicator(id, errors, form)) => (None, None, Some((id, errors, form))),
        None => (None, None, None),
    };
    let edit_field = |name: &'static str, saved: String| match edit_refusal {
        Some((errors, form)) => Field {
            value: value(form, name),
            error: field_error(ctx, errors, name),
        },
        None => Field::new(saved),
    };
    let edit = EditForm {
        title: edit_field("title", measure.title.clone()),
        goal: edit_field("goal", measure.goal.clone()),
        owner: edit_field(
            "owner",
            measure
                .owner_user_id
                .as_ref()
                .map(|u| u.to_string())
                .unwrap_or_default(),
        ),
        owner_unit: edit_field("owner_unit", measure.owner_unit.clone()),
        budget: edit_field("budget", budget_text(measure.budget_cents)),
        start_date: edit_field(
            "start_date",
            measure
                .start_date
                .as_ref()
                .map(|d| d.to_string())
                .unwrap_or_default(),
        ),
        due_date: edit_field(
            "due_date",
            measure
                .due_date
                .as_ref()
                .map(|d| d.to_string())
                .unwrap_or_default(),
        ),
    };
    let analyses = state
        .store()
        .measure_analyses(&organisation.id, measure_id)
        .await?
        .iter()
        .map(|job| {
            (
                job.id.clone(),
                format!(
                    "{} – {}",
                    ctx.t
                        .t(&format!("analysis-kind-{}", job.kind.replace('_', "-"))),
                    job.file_name
                ),
            )
        })
        .collect();
    let refused_indicator = |id: &str| {
        indicator_refusal
            .filter(|(refused, _, _)| refused.as_str() == id)
            .map(|(_, errors, form)| (errors.as_slice(), form.as_slice()))
    };
    let page = MeasurePage {
        analyses,
        page: Layout {
            title: measure.title.clone(),
            ..Layout::new(ctx, "measure-title")
        },
        org_id: organisation.id.to_string(),
        plan_id: measure.plan_id.clone(),
        measure: measure_rows(ctx, std::slice::from_ref(&measure), &names)
            .into_iter()
            .next()
            .unwrap_or(MeasureRow {
                id: measure.id.clone(),
                title: measure.title.clone(),
                owner: String::new(),
                due: String::new(),
                status: measure.status.as_str(),
                overdue: false,
                indicators: Vec::new(),
            }),
        goal: measure.goal.clone(),
        unit: measure.owner_unit.clone(),
        budget: measure
            .budget_cents
            .map(|cents| ctx.t.decimal(cents as f64 / 100.0, 2)),
        start: measure
            .start_date
            .as_ref()
            .map(|d| show_date(ctx, d))
            .unwrap_or_default(),
        indicators: measure.indicators.clone(),
        history: history
            .iter()
            .map(|h| HistoryRow {
                at: h.at,
                author: h.author_label.clone(),
                status: h.status.as_str(),
                note: h.note.clone(),
                carried_from: h.carried_from_plan.clone(),
            })
            .collect(),
        can_update: may_update(ctx, role, &measure),
        can_edit_all: Capability::EditPlanning.allowed(ctx.global_role(), role),
        statuses: MeasureStatus::ALL
            .iter()
            .map(|s| Option_ {
                value: s.as_str().to_owned(),
                label: ctx.t.t(&format!("measure-status-{}", s.as_str())),
                selected: *s == measure.status,
            })
            .collect(),
        error: status_error,
        edit_failed: edit_refusal.is_some(),
        owners: members
            .iter()
            .filter(|m| m.role != Role::Viewer)
            .map(|m| Option_ {
                value: m.user.id.to_string(),
                label: m.user.display_name.clone(),
                selected: edit.owner.value == m.user.id.as_str(),
            })
            .collect(),
        edit,
        indicator_forms: measure
            .indicators
            .iter()
            .map(|i| indicator_form(ctx, Some(i), refused_indicator(&i.id)))
            .collect(),
        new_indicator: indicator_form(ctx, None, refused_indicator("")),
    };
    let status = match &refusal {
        Some(Refusal::Status(error)) => error_status(error),
        Some(Refusal::Edit(errors, _)) | Some(Refusal::Indicator(_, errors, _)) => errors
            .first()
            .map_or(StatusCode::UNPROCESSABLE_ENTITY, |(_, e)| error_status(e)),
        None => StatusCode::OK,
    };
    Ok((status, render(&page)).into_response())
}

/// Coordinators update any measure; contributors the ones they own.
fn may_update(ctx: &Ctx, role: Option<Role>, measure: &Measure) -> bool {
    may_change_owned(
        ctx.global_role(),
        role,
        measure.owner_user_id.as_ref(),
        ctx.user.as_ref().map(|u| &u.id),
    )
}

/// `/orgs/{org}/measures/{measure}`.
pub(crate) async fn measure(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((org, measure)): Path<(String, String)>,
) -> AppResult<Response> {
    measure_page(&state, &ctx, &org, &measure, None).await
}

/// `POST /orgs/{org}/measures/{measure}/status`: a dated status update.
pub(crate) async fn update_status(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((org, measure_id)): Path<(String, String)>,
    CsrfForm(form): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    let (organisation, role) = authorise(&state, &ctx, &org, Capability::Contribute).await?;
    let measure = state.store().measure(&organisation.id, &measure_id).await?;
    if !may_update(&ctx, role, &measure) {
        return Err(ErrorCode::Forbidden.into());
    }
    let result = async {
        let status = MeasureStatus::parse(&value(&form, "status"))?;
        let note = check_text(&value(&form, "note"), MAX_TEXT)?;
        Ok::<_, AppError>(
            state
                .store()
                .update_measure_status(&ctx.actor(), &organisation.id, &measure_id, status, &note)
                .await?,
        )
    }
    .await;
    settle(
        result.map(|_| format!("/orgs/{org}/measures/{measure_id}?notice=measure-updated")),
        |error| async move {
            measure_page(
                &state,
                &ctx,
                &org,
                &measure_id,
                Some(Refusal::Status(error)),
            )
            .await
        },
    )
    .await
}

/// The fields only a coordinator may change, with whether the form's value
/// differs from the measure's.
fn reassigns(form: &[(String, String)], measure: &Measure) -> bool {
    let sent = |name: &str| form.iter().any(|(k, _)| k == name);
    let differs = |name: &str, current: String| sent(name) && value(form, name).trim() != current;
    differs("title", measure.title.clone())
        || differs(
            "owner",
            measure
                .owner_user_id
                .as_ref()
                .map(|u| u.to_string())
                .unwrap_or_default(),
        )
        || differs("owner_unit", measure.owner_unit.clone())
        || (sent("budget")
            && parse_money(&value(form, "budget")).ok() != Some(measure.budget_cents))
        || (sent("start_date")
            && IsoDate::parse_optional(&value(form, "start_date")).ok()
                != Some(measure.start_date.clone()))
        || (sent("due_date")
            && IsoDate::parse_optional(&value(form, "due_date")).ok()
                != Some(measure.due_date.clone()))
}

/// Checks the edit form field by field: the new values, or every refused field.
fn parse_edit(
    form: &[(String, String)],
    measure: &Measure,
    coordinator: bool,
) -> Result<MeasureEdit, Vec<(&'static str, AppError)>> {
    let mut errors: Vec<(&'static str, AppError)> = Vec::new();
    let mut edit = MeasureEdit::from_measure(measure);
    let mut check = |name: &'static str, result: Result<(), ErrorCode>| {
        if let Err(code) = result {
            errors.push((name, AppError::from(code)));
        }
    };
    check(
        "goal",
        check_text(&value(form, "goal"), MAX_TEXT).map(|goal| edit.goal = goal),
    );
    if coordinator {
        check(
            "title",
            check_title(&value(form, "title"), 200, ErrorCode::InvalidTitle)
                .map(|title| edit.title = title),
        );
        edit.owner_user_id = Some(value(form, "owner"))
            .filter(|s| !s.trim().is_empty())
            .map(|s| UserId::from_raw(s.trim()));
        check(
            "owner_unit",
            check_short_text(&value(form, "owner_unit")).map(|unit| edit.owner_unit = unit),
        );
        check(
            "budget",
            parse_money(&value(form, "budget")).map(|budget| edit.budget_cents = budget),
        );
        check(
            "start_date",
            IsoDate::parse_optional(&value(form, "start_date")).map(|d| edit.start_date = d),
        );
        check(
            "due_date",
            IsoDate::parse_optional(&value(form, "due_date")).map(|d| edit.due_date = d),
        );
        if let (Some(start), Some(due)) = (&edit.start_date, &edit.due_date) {
            if due < start {
                check("due_date", Err(ErrorCode::DueBeforeStart));
            }
        }
    }
    if errors.is_empty() {
        Ok(edit)
    } else {
        Err(errors)
    }
}

/// `POST /orgs/{org}/measures/{measure}/edit`: a coordinator changes every
/// field; the contributor who owns the measure changes its goal.
pub(crate) async fn edit_measure(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((org, measure_id)): Path<(String, String)>,
    CsrfForm(form): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    let (organisation, role) = authorise(&state, &ctx, &org, Capability::Contribute).await?;
    let measure = state.store().measure(&organisation.id, &measure_id).await?;
    if !may_update(&ctx, role, &measure) {
        return Err(ErrorCode::Forbidden.into());
    }
    let coordinator = Capability::EditPlanning.allowed(ctx.global_role(), role);
    if !coordinator && reassigns(&form, &measure) {
        // Only a coordinator reassigns a measure or changes its plan.
        return Err(ErrorCode::Forbidden.into());
    }
    let refused = match parse_edit(&form, &measure, coordinator) {
        Ok(edit) => match state
            .store()
            .edit_measure(&ctx.actor(), &organisation.id, &measure_id, edit)
            .await
        {
            Ok(_) => {
                return Ok(Redirect::to(&format!(
                    "/orgs/{org}/measures/{measure_id}?notice=measure-edited"
                ))
                .into_response())
            }
            Err(StoreError::Rule(ErrorCode::OwnerNotMember)) => {
                vec![("owner", AppError::from(ErrorCode::OwnerNotMember))]
            }
            Err(StoreError::Rule(ErrorCode::DueBeforeStart)) => {
                vec![("due_date", AppError::from(ErrorCode::DueBeforeStart))]
            }
            Err(other) => return Err(other.into()),
        },
        Err(errors) => errors,
    };
    measure_page(
        &state,
        &ctx,
        &org,
        &measure_id,
        Some(Refusal::Edit(refused, form)),
    )
    .await
}

/// Checks an indicator's form field by field.
fn parse_indicator(
    form: &[(String, String)],
) -> Result<IndicatorInput, Vec<(&'static str, AppError)>> {
    let mut errors: Vec<(&'static str, AppError)> = Vec::new();
    let mut short = |name: &'static str| match check_short_text(&value(form, name)) {
        Ok(text) => text,
        Err(code) => {
            errors.push((name, AppError::from(code)));
            String::new()
        }
    };
    let input = IndicatorInput {
        name: short("name"),
        baseline: short("baseline"),
        target: short("target"),
        current: short("current"),
    };
    if input.name.is_empty() && !errors.iter().any(|(field, _)| *field == "name") {
        errors.push(("name", AppError::from(ErrorCode::InvalidTitle)));
    }
    if errors.is_empty() {
        Ok(input)
    } else {
        Err(errors)
    }
}

/// What an indicator form asks.
enum IndicatorChange {
    Add,
    Edit(String),
    Remove(String),
}

async fn change_indicator(
    state: AppState,
    ctx: Ctx,
    org: String,
    measure_id: String,
    change: IndicatorChange,
    form: Vec<(String, String)>,
) -> AppResult<Response> {
    let (organisation, role) = authorise(&state, &ctx, &org, Capability::Contribute).await?;
    let measure = state.store().measure(&organisation.id, &measure_id).await?;
    if !may_update(&ctx, role, &measure) {
        return Err(ErrorCode::Forbidden.into());
    }
    let store = state.store();
    let actor = ctx.actor();
    let (form_id, notice) = match &change {
        IndicatorChange::Add => (String::new(), "indicator-added"),
        IndicatorChange::Edit(indicator) => (indicator.clone(), "indicator-saved"),
        IndicatorChange::Remove(_) => (String::new(), "indicator-removed"),
    };
    let outcome = match change {
        IndicatorChange::Remove(indicator) => store
            .remove_indicator(&actor, &organisation.id, &measure_id, &indicator)
            .await
            .map_err(AppError::from),
        IndicatorChange::Add | IndicatorChange::Edit(_) => match parse_indicator(&form) {
            Err(errors) => {
                return measure_page(
                    &state,
                    &ctx,
                    &org,
                    &measure_id,
                    Some(Refusal::Indicator(form_id, errors, form)),
                )
                .await
            }
            Ok(input) if form_id.is_empty() => store
                .add_indicator(&actor, &organisation.id, &measure_id, input)
                .await
                .map(|_| ())
                .map_err(AppError::from),
            Ok(input) => store
                .edit_indicator(&actor, &organisation.id, &measure_id, &form_id, input)
                .await
                .map(|_| ())
                .map_err(AppError::from),
        },
    };
    outcome?;
    Ok(Redirect::to(&format!(
        "/orgs/{org}/measures/{measure_id}?notice={notice}#indicators"
    ))
    .into_response())
}

/// `POST /orgs/{org}/measures/{measure}/indicators`: adds an indicator.
pub(crate) async fn add_indicator(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((org, measure)): Path<(String, String)>,
    CsrfForm(form): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    change_indicator(state, ctx, org, measure, IndicatorChange::Add, form).await
}

/// `POST /orgs/{org}/measures/{measure}/indicators/{indicator}`: changes an indicator.
pub(crate) async fn edit_indicator(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((org, measure, indicator)): Path<(String, String, String)>,
    CsrfForm(form): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    change_indicator(
        state,
        ctx,
        org,
        measure,
        IndicatorChange::Edit(indicator),
        form,
    )
    .await
}

/// `POST /orgs/{org}/measures/{measure}/indicators/{indicator}/remove`: removes an indicator.
pub(crate) async fn remove_indicator(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((org, measure, indicator)): Path<(String, String, String)>,
    CsrfForm(form): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    change_indicator(
        state,
        ctx,
        org,
        measure,
        IndicatorChange::Remove(indicator),
        form,
    )
    .await
}
