//! The readable difference between two approved versions of a plan: what was
//! added, removed and changed among its findings and measures, and in the
//! plan itself.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;
use jamlik_domain::{Capability, ErrorCode};
use jamlik_store::PlanSnapshot;

use super::plans::{indicator_summary, plan_grounds};
use crate::kit::authorise;
use crate::kit::context::Ctx;
use crate::kit::error::{AppError, AppResult};
use crate::kit::show_date;
use crate::kit::views::{render, Layout};
use crate::AppState;

/// One change between two versions, ready to show.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Change {
    /// `added`, `removed` or `changed`.
    pub kind: &'static str,
    /// What it concerns (a measure's title, a finding's description, a plan field).
    pub subject: String,
    /// The field that changed, for `changed`.
    pub field: String,
    /// Before.
    pub before: String,
    /// After.
    pub after: String,
}

fn changed(subject: &str, field: &str, before: String, after: String) -> Option<Change> {
    (before != after).then(|| Change {
        kind: "changed",
        subject: subject.to_owned(),
        field: field.to_owned(),
        before,
        after,
    })
}

/// The changes from `old` to `new`, plan first, then findings, then measures.
pub(crate) fn differences(ctx: &Ctx, old: &PlanSnapshot, new: &PlanSnapshot) -> Vec<Change> {
    let mut changes = Vec::new();
    let date = |d: &Option<jamlik_domain::IsoDate>| {
        d.as_ref().map(|d| show_date(ctx, d)).unwrap_or_default()
    };
    changes.extend(changed(
        &new.plan.title,
        "title",
        old.plan.title.clone(),
        new.plan.title.clone(),
    ));
    changes.extend(changed(
        &new.plan.title,
        "period_end",
        show_date(ctx, &old.plan.period_end),
        show_date(ctx, &new.plan.period_end),
    ));
    changes.extend(changed(
        &new.plan.title,
        "working_group",
        old.plan.working_group.clone(),
        new.plan.working_group.clone(),
    ));
    let grounds = plan_grounds(ctx, &new.plan.frameworks);
    let ground = |id: &str| {
        grounds
            .iter()
            .find(|(g, _)| g == id)
            .map_or_else(|| id.to_owned(), |(_, name)| name.clone())
    };
    for finding in &new.findings {
        match old.findings.iter().find(|f| f.id == finding.id) {
            None => changes.push(Change {
                kind: "added",
                subject: format!("{}: {}", ground(&finding.ground), finding.description),
                field: String::new(),
                before: String::new(),
                after: String::new(),
            }),
            Some(before) => {
                changes.extend(changed(
                    &finding.description,
                    "description",
                    before.description.clone(),
                    finding.description.clone(),
                ));
                changes.extend(changed(
                    &finding.description,
                    "severity",
                    before.severity.to_string(),
                    finding.severity.to_string(),
                ));
            }
        }
    }
    for finding in old
        .findings
        .iter()
        .filter(|f| !new.findings.iter().any(|n| n.id == f.id))
    {
        changes.push(Change {
            kind: "removed",
            subject: format!("{}: {}", ground(&finding.ground), finding.description),
            field: String::new(),
            before: String::new(),
            after: String::new(),
        });
    }
    for measure in &new.measures {
        match old.measures.iter().find(|m| m.id == measure.id) {
            None => changes.push(Change {
                kind: "added",
                subject: measure.title.clone(),
                field: String::new(),
                before: String::new(),
                after: String::new(),
            }),
            Some(before) => {
                changes.extend(changed(
                    &measure.title,
                    "title",
                    before.title.clone(),
                    measure.title.clone(),
                ));
                changes.extend(changed(
                    &measure.title,
                    "status",
                    ctx.t
                        .t(&format!("measure-status-{}", before.status.as_str())),
                    ctx.t
                        .t(&format!("measure-status-{}", measure.status.as_str())),
                ));
                changes.extend(changed(
                    &measure.title,
                    "due_date",
                    date(&before.due_date),
                    date(&measure.due_date),
                ));
                changes.extend(changed(
                    &measure.title,
                    "responsible_unit",
                    before.owner_unit.clone(),
                    measure.owner_unit.clone(),
                ));
                changes.extend(changed(
                    &measure.title,
                    "goal",
                    before.goal.clone(),
                    measure.goal.clone(),
                ));
                let indicators = |m: &jamlik_store::Measure| {
                    m.indicators
                        .iter()
                        .map(|i| indicator_summary(ctx, i))
                        .collect::<Vec<_>>()
                        .join("; ")
                };
                changes.extend(changed(
                    &measure.title,
                    "indicators",
                    indicators(before),
                    indicators(measure),
                ));
            }
        }
    }
    for measure in old
        .measures
        .iter()
        .filter(|m| !new.measures.iter().any(|n| n.id == m.id))
    {
        changes.push(Change {
            kind: "removed",
            subject: measure.title.clone(),
            field: String::new(),
            before: String::new(),
            after: String::new(),
        });
    }
    for evaluated in &new.evaluations {
        let before = old
            .evaluations
            .iter()
            .find(|e| e.measure_id == evaluated.measure_id)
            .map(|e| e.evaluation.clone())
            .unwrap_or_default();
        changes.extend(changed(
            &evaluated.title,
            "evaluation",
            before,
            evaluated.evaluation.clone(),
        ));
    }
    changes
}

#[derive(Template)]
#[template(path = "planning/version_changes.html")]
struct ChangesPage {
    page: Layout,
    org_id: String,
    plan_id: String,
    intro: String,
    changes: Vec<Change>,
}

/// `/orgs/{org}/plans/{plan}/versions/{number}/changes`: what changed since the version before.
pub(crate) async fn changes(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((org, plan, number)): Path<(String, String, String)>,
) -> AppResult<Response> {
    let (organisation, _) = authorise(&state, &ctx, &org, Capability::ViewOrganisation).await?;
    let number: i64 = number
        .parse()
        .map_err(|_| AppError::from(ErrorCode::VersionNotFound))?;
    if number < 2 {
        return Err(ErrorCode::VersionNotFound.into());
    }
    let (_, new) = state
        .store()
        .plan_version(&organisation.id, &plan, number)
        .await?;
    let (_, old) = state
        .store()
        .plan_version(&organisation.id, &plan, number - 1)
        .await?;
    let page = ChangesPage {
        page: Layout {
            title: ctx
                .t
                .t_args("changes-title", &[("value", number.to_string())]),
            ..Layout::new(&ctx, "plans-title")
        },
        org_id: organisation.id.to_string(),
        plan_id: plan,
        intro: ctx.t.t_args(
            "changes-intro",
            &[
                ("value", (number - 1).to_string()),
                ("count", number.to_string()),
            ],
        ),
        changes: differences(&ctx, &old, &new),
    };
    Ok(render(&page))
}
