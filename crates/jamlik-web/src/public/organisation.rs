//! `/o/{key}`: an organisation's public page, at an address built from its
//! country and official code (`/o/FI-905`): what it is obliged to do and the
//! computed status of each obligation (what is missing, when the status next
//! changes), its published plans and self-reported facts. Everything on it
//! is public already (computed statuses, published versions, self-reports in
//! open data); nothing internal (reviews, notes, drafts) is read.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;
use jamlik_domain::{ErrorCode, OrgId, StatusSource};
use jamlik_store::{Organisation, PublishedFilter, StatusFilter};

use crate::kit::context::Ctx;
use crate::kit::error::{AppError, AppResult};
use crate::kit::links::{org_page, parse_org_key, OrgKey};
use crate::kit::views::{render, Layout};
use crate::AppState;

/// One obligation and its status.
#[derive(Debug)]
struct Obligation {
    framework: String,
    status: &'static str,
    status_label: String,
    in_order: bool,
    missing: Vec<String>,
    next_change: String,
    source: String,
}

/// One published plan or self-report.
#[derive(Debug)]
struct Publication {
    approved_on: String,
    approved_body: String,
    frameworks: Vec<String>,
    source: String,
    /// A page in Jämlik (`/p/…`), or the organisation's own link.
    link: Option<String>,
    /// Whether the link leaves Jämlik.
    external: bool,
    version: Option<i64>,
}

#[derive(Template)]
#[template(path = "public/organisation.html")]
struct OrganisationPage {
    page: Layout,
    name: String,
    other_names: Vec<String>,
    code: String,
    country: String,
    kind: String,
    region: String,
    population: Option<i64>,
    languages: Vec<String>,
    obligations: Vec<Obligation>,
    publications: Vec<Publication>,
    /// Published follow-up reports: round, plan, the day described, address.
    followups: Vec<(String, String, String, String)>,
    /// The language the organisation's own texts (its plans' titles, who
    /// approved them) are in, when the reader reads another one.
    texts_lang: Option<&'static str>,
    address: String,
}

/// Finds the organisation an address names.
async fn find(state: &AppState, key: &str) -> AppResult<Organisation> {
    let not_found = || AppError::from(ErrorCode::OrganisationNotFound);
    match parse_org_key(key).ok_or_else(not_found)? {
        OrgKey::Code(country, code) => {
            Ok(state.store().organisation_by_code(country, &code).await?)
        }
        OrgKey::Id(id) => Ok(state.store().organisation(&OrgId::from_raw(id)).await?),
    }
}

/// A date in the reader's language, or nothing.
fn day_text(ctx: &Ctx, date: Option<&jamlik_domain::IsoDate>) -> String {
    date.map(|d| crate::kit::show_date(ctx, d))
        .unwrap_or_default()
}

fn source_label(ctx: &Ctx, source: StatusSource) -> String {
    ctx.t.t(match source {
        StatusSource::Plan => "org-page-source-plan",
        StatusSource::SelfReport => "org-page-source-self-report",
        StatusSource::None => "org-page-source-none",
    })
}

/// `/o/{key}`: the organisation's public page.
pub(crate) async fn page(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(key): Path<String>,
) -> AppResult<Response> {
    let org = find(&state, &key).await?;
    let t = &ctx.t;
    let registry = jamlik_packs::shipped().ok();
    let today = time::OffsetDateTime::now_utc().date();
    let statuses = state
        .store()
        .organisation_statuses(
            &StatusFilter {
                org: Some(org.id.clone()),
                ..StatusFilter::default()
            },
            today,
            None,
        )
        .await?
        .items;
    let language = t.language();
    let obligations = statuses
        .iter()
        .map(|row| {
            let pack = registry.and_then(|r| r.get(&row.framework));
            Obligation {
                framework: t.t(&format!("framework-{}", row.framework)),
                status: row.status.as_str(),
                status_label: t.t(&row.status.message_key()),
                in_order: row.status.is_in_order(),
                missing: row
                    .missing
                    .iter()
                    .map(|id| {
                        pack.and_then(|p| p.elements.iter().find(|e| e.id == *id))
                            .map_or_else(|| id.clone(), |e| e.name.get(language).to_owned())
                    })
                    .collect(),
                next_change: day_text(&ctx, row.next_change.as_ref()),
                source: source_label(&ctx, row.source),
            }
        })
        .collect();

    let mut published = state
        .store()
        .published_plan_facts(
            &PublishedFilter {
                org: Some(org.id.clone()),
                ..PublishedFilter::default()
            },
            None,
        )
        .await?
        .items;
    // A plan's stable address shows its newest published version: list the
    // plan once, at its newest version (the rows come newest first).
    let mut seen = std::collections::HashSet::new();
    published.retain(|row| match (&row.source, &row.link) {
        (StatusSource::Plan, Some(link)) => seen.insert(link.clone()),
        _ => true,
    });
    let publications = published
        .iter()
        .map(|row| Publication {
            approved_on: day_text(&ctx, Some(&row.approved_on)),
            approved_body: row.approved_body.clone(),
            frameworks: row
                .frameworks
                .iter()
                .map(|f| t.t(&format!("framework-{f}")))
                .collect(),
            source: source_label(&ctx, row.source),
            external: row.link.as_deref().is_some_and(|l| !l.starts_with('/')),
            link: row.link.clone().filter(|l| {
                l.starts_with('/') || l.starts_with("https://") || l.starts_with("http://")
            }),
            version: row.version,
        })
        .collect();

    let followups = state
        .store()
        .published_rounds(&org.id, t.language())
        .await?
        .into_iter()
        .map(|row| {
            (
                row.round_name,
                row.plan_title,
                day_text(&ctx, Some(&row.as_of)),
                format!("/f/{}", row.public_id),
            )
        })
        .collect();

    let name = t
        .pick_name(
            org.name_fi.as_deref(),
            org.name_sv.as_deref(),
            org.name_en.as_deref(),
        )
        .to_owned();
    let mut other_names: Vec<String> = [&org.name_fi, &org.name_sv, &org.name_en]
        .into_iter()
        .flatten()
        .filter(|n| **n != name && !n.trim().is_empty())
        .cloned()
        .collect();
    other_names.dedup();
    let page = OrganisationPage {
        page: Layout {
            title: name.clone(),
            ..Layout::new(&ctx, "org-page-title")
        },
        code: org.code.clone().unwrap_or_default(),
        country: t.t(&format!("country-{}", org.country.as_str())),
        kind: t.t(&format!("kind-{}", org.kind.as_str())),
        region: org
            .region
            .as_ref()
            .map(|r| t.t(&format!("region-{r}")))
            .unwrap_or_default(),
        population: org.population,
        languages: org
            .languages
            .iter()
            .map(|l| t.t(&format!("language-{}", l.as_str())))
            .collect(),
        obligations,
        publications,
        followups,
        texts_lang: org
            .languages
            .first()
            .filter(|_| !org.languages.contains(&t.language()))
            .map(|l| l.as_str()),
        address: org_page(org.country, org.code.as_deref(), org.id.as_str()),
        name,
        other_names,
    };
    Ok(render(&page))
}
