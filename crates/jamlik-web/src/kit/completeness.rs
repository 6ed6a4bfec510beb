//! What a plan still lacks: every required element of its frameworks that
//! the workspace's records do not cover and no section writes. The plan
//! page and an instructor's review both ask it.

use std::collections::HashSet;

use jamlik_packs::{Coverage, Pack};
use jamlik_store::{Organisation, Plan, PlanCoverage};

use crate::kit::context::Ctx;
use crate::kit::error::AppResult;
use crate::AppState;

/// The packs of the plan's frameworks.
pub(crate) fn packs_of(plan: &Plan) -> Vec<&'static Pack> {
    let Ok(registry) = jamlik_packs::shipped() else {
        return Vec::new();
    };
    plan.frameworks
        .iter()
        .filter_map(|f| registry.get(f.as_str()))
        .collect()
}

/// A plan's address in its workspace.
pub(crate) fn plan_path(org: &str, plan: &str) -> String {
    format!("/orgs/{org}/plans/{plan}")
}

/// A required element the plan does not have yet, with where to fix it.
#[derive(Debug)]
pub(crate) struct MissingElement {
    pub framework: String,
    pub element: String,
    pub link: String,
}

fn covered(coverage: &PlanCoverage, kind: Coverage) -> bool {
    match kind {
        Coverage::Measures => coverage.measures > 0,
        Coverage::Findings => coverage.findings > 0,
        Coverage::Assessments => coverage.assessments > 0,
        Coverage::Consultations => coverage.consultations > 0,
        Coverage::Approval => coverage.versions > 0,
        Coverage::FollowUp => coverage.rounds > 0,
    }
}

/// Every required element of the plan's frameworks that is neither covered
/// by the workspace's records nor written as a section.
pub(crate) async fn completeness(
    state: &AppState,
    ctx: &Ctx,
    org: &Organisation,
    plan: &Plan,
) -> AppResult<Vec<MissingElement>> {
    let coverage = state.store().plan_coverage(&org.id, &plan.id).await?;
    let (_, sections) = state.store().plan_texts(&org.id, &plan.id).await?;
    let language = ctx.t.language();
    let mut missing = Vec::new();
    for pack in packs_of(plan) {
        let written: HashSet<&str> = sections
            .iter()
            .filter(|s| s.framework == pack.id && !s.body.trim().is_empty())
            .map(|s| s.element.as_str())
            .collect();
        for element in jamlik_packs::missing_elements(
            pack,
            |kind| covered(&coverage, kind),
            |id| written.contains(id),
        ) {
            let step = element
                .step
                .clone()
                .or_else(|| pack.steps.first().map(|s| s.id.clone()))
                .unwrap_or_default();
            missing.push(MissingElement {
                framework: pack.title.get(language).to_owned(),
                element: element.name.get(language).to_owned(),
                link: format!(
                    "{}/steps/{}/{}#element-{}",
                    plan_path(org.id.as_str(), &plan.id),
                    pack.id,
                    step,
                    element.id
                ),
            });
        }
    }
    Ok(missing)
}
