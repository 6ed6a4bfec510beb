//! `/register`: every organisation, found by any of its names or part of
//! one ("åbo", "Turku", "vaa"), by its code, and filtered by country,
//! region and status, each linking to its public page. A plain form and a
//! plain list: it works without JavaScript.
//!
//! The search runs in memory over the register (some 600 organisations):
//! names are folded (lower case, accents off, punctuation to spaces) so
//! that "jarvenpaa" finds Järvenpää and "ABO" Åbo; every word of the query
//! must occur in one of the names or the code, and names that begin with
//! the query come first.

use std::collections::{BTreeMap, HashMap};

use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use jamlik_domain::{Country, ErrorCode, PlanStatus};
use jamlik_store::{sort_key, Organisation, StatusFilter, StatusRow};
use serde::Deserialize;

use crate::kit::context::{utf8_percent_encode, Ctx};
use crate::kit::derived::{page_with, render_part, Part};
use crate::kit::error::{AppError, AppResult};
use crate::kit::links::org_page;
use crate::kit::views::Layout;
use crate::AppState;

/// The longest search a person may type.
pub(crate) const MAX_QUERY: usize = 100;

/// Organisations on one page of the list.
const PER_PAGE: usize = 50;

/// The register's query.
#[derive(Clone, Debug, Default, Deserialize)]
pub(crate) struct RegisterQuery {
    #[serde(default)]
    q: String,
    #[serde(default)]
    country: String,
    #[serde(default)]
    region: String,
    #[serde(default)]
    status: String,
    #[serde(default)]
    page: String,
}

/// A name as the search compares it: lower case, the Nordic and common
/// accented letters without their marks, every other non-alphanumeric
/// character a space, spaces collapsed.
pub(crate) fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars().flat_map(char::to_lowercase) {
        let c = match c {
            'å' | 'ä' | 'á' | 'à' | 'â' | 'ã' | 'æ' => 'a',
            'ö' | 'ø' | 'ó' | 'ò' | 'ô' | 'õ' => 'o',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'ü' | 'ú' | 'ù' | 'û' => 'u',
            'í' | 'ì' | 'î' | 'ï' => 'i',
            'š' => 's',
            'ž' => 'z',
            c if c.is_alphanumeric() => c,
            _ => ' ',
        };
        if c == ' ' && (out.is_empty() || out.ends_with(' ')) {
            continue;
        }
        out.push(c);
    }
    out.trim_end().to_owned()
}

/// How well an organisation matches a folded query: `None` when it does
/// not, `Some(0)` when a name or the code begins with it, `Some(1)` when
/// every word occurs somewhere.
pub(crate) fn rank(query: &str, names: &[&str]) -> Option<u8> {
    let folded: Vec<String> = names.iter().map(|n| fold(n)).collect();
    if folded.iter().any(|n| n.starts_with(query)) {
        return Some(0);
    }
    query
        .split(' ')
        .all(|word| folded.iter().any(|n| n.contains(word)))
        .then_some(1)
}

/// One organisation in the list.
#[derive(Debug)]
struct Line {
    name: String,
    other_names: String,
    link: String,
    code: String,
    region: String,
    statuses: Vec<(String, &'static str, String)>,
}

/// One option of a filter.
#[derive(Debug)]
struct Choice {
    value: String,
    label: String,
    selected: bool,
}

#[derive(Template)]
#[template(path = "public/register_body.html")]
struct RegisterPage {
    page: Layout,
    q: String,
    countries: Vec<Choice>,
    regions: Vec<Choice>,
    statuses: Vec<Choice>,
    lines: Vec<Line>,
    total: usize,
    searched: bool,
    error: Option<String>,
    base: String,
    page_number: i64,
    pages: i64,
}

fn choices(
    values: impl IntoIterator<Item = (String, String)>,
    chosen: &str,
    all: String,
) -> Vec<Choice> {
    let mut list = vec![Choice {
        value: String::new(),
        label: all,
        selected: chosen.is_empty(),
    }];
    list.extend(values.into_iter().map(|(value, label)| Choice {
        selected: value == chosen,
        value,
        label,
    }));
    list
}

/// `/register`: the public register with its search, kept per language and
/// query while the facts stay as they were (see `kit::derived`).
pub(crate) async fn register(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(query): Query<RegisterQuery>,
) -> AppResult<Response> {
    let generation = state.store().facts_generation().await?;
    let key = format!(
        "register|{}|{}",
        ctx.t.language().as_str(),
        ctx.path.split_once('?').map_or("", |(_, q)| q)
    );
    let part = match state.derived().get(generation, &key) {
        Some(part) => part,
        None => {
            let part = register_part(&state, &ctx, &query).await?;
            state.derived().put(generation, key, part.clone());
            part
        }
    };
    Ok(page_with(Layout::new(&ctx, "register-title"), &part))
}

async fn register_part(state: &AppState, ctx: &Ctx, query: &RegisterQuery) -> AppResult<Part> {
    let t = &ctx.t;
    let mut error: Option<AppError> = None;
    let raw = query.q.trim();
    let folded = if raw.chars().count() > MAX_QUERY {
        error = Some(ErrorCode::SearchTooLong.into());
        String::new()
    } else {
        let folded = fold(raw);
        if !raw.is_empty() && folded.is_empty() {
            error = Some(ErrorCode::SearchEmpty.into());
        }
        folded
    };
    // A filter value that names nothing is said, and the filter dropped.
    let mut invalid = false;
    let country = match query.country.trim() {
        "" => None,
        raw => Country::parse(raw).map_err(|_| invalid = true).ok(),
    };
    let status = match query.status.trim() {
        "" => None,
        raw => PlanStatus::parse(raw).map_err(|_| invalid = true).ok(),
    };
    let page_number = match query.page.trim() {
        "" => 1,
        raw => match raw.parse::<i64>().ok().filter(|p| (1..=1_000).contains(p)) {
            Some(number) => number,
            None => {
                invalid = true;
                1
            }
        },
    };

    let organisations = state.store().all_organisations().await?;
    let today = time::OffsetDateTime::now_utc().date();
    let statuses = state
        .store()
        .organisation_statuses(&StatusFilter::default(), today, None)
        .await?
        .items;
    let mut by_org: HashMap<&str, Vec<&StatusRow>> = HashMap::new();
    for row in &statuses {
        by_org.entry(row.org_id.as_str()).or_default().push(row);
    }
    let regions_present: BTreeMap<String, String> = organisations
        .iter()
        .filter(|o| country.is_none_or(|c| c == o.country))
        .filter_map(|o| o.region.clone())
        .map(|r| (t.t(&format!("region-{r}")), r))
        .collect();
    let region = query.region.trim();
    let region = if region.is_empty() {
        None
    } else if regions_present.values().any(|r| r == region) {
        Some(region)
    } else {
        // A region of the other country, left in the form when the country
        // was changed, is dropped without fuss; one of no country is said.
        if !organisations
            .iter()
            .any(|o| o.region.as_deref() == Some(region))
        {
            invalid = true;
        }
        None
    };
    if invalid && error.is_none() {
        error = Some(ErrorCode::InvalidFilter.into());
    }

    let name_of = |o: &Organisation| {
        t.pick_name(
            o.name_fi.as_deref(),
            o.name_sv.as_deref(),
            o.name_en.as_deref(),
        )
        .to_owned()
    };
    let mut found: Vec<(u8, String, &Organisation)> = organisations
        .iter()
        .filter(|o| country.is_none_or(|c| c == o.country))
        .filter(|o| region.is_none_or(|r| o.region.as_deref() == Some(r)))
        .filter(|o| {
            status.is_none_or(|s| {
                by_org
                    .get(o.id.as_str())
                    .is_some_and(|rows| rows.iter().any(|r| r.status == s))
            })
        })
        .filter_map(|o| {
            let rank = if folded.is_empty() {
                Some(0)
            } else {
                let names: Vec<&str> = [&o.name_fi, &o.name_sv, &o.name_en, &o.code]
                    .into_iter()
                    .flatten()
                    .map(String::as_str)
                    .collect();
                rank(&folded, &names)
            };
            rank.map(|rank| (rank, name_of(o), o))
        })
        .collect();
    found.sort_by(|a, b| {
        a.0.cmp(&b.0)
            .then_with(|| sort_key(&a.1).cmp(&sort_key(&b.1)))
            .then_with(|| a.2.country.as_str().cmp(b.2.country.as_str()))
    });
    // A search that could not be read lists nothing rather than everything.
    let query_refused = !raw.is_empty() && folded.is_empty();
    if query_refused {
        found.clear();
    }
    let total = found.len();
    let pages = total.div_ceil(PER_PAGE).max(1) as i64;
    let page_number = page_number.min(pages);
    let skip = usize::try_from(page_number - 1).unwrap_or(0) * PER_PAGE;
    let lines = found
        .iter()
        .skip(skip)
        .take(PER_PAGE)
        .map(|(_, name, o)| {
            let others: Vec<&str> = [&o.name_fi, &o.name_sv, &o.name_en]
                .into_iter()
                .flatten()
                .map(String::as_str)
                .filter(|n| *n != name.as_str() && !n.trim().is_empty())
                .collect();
            Line {
                name: name.clone(),
                other_names: others.join(" · "),
                link: org_page(o.country, o.code.as_deref(), o.id.as_str()),
                code: o.code.clone().unwrap_or_default(),
                region: o
                    .region
                    .as_ref()
                    .map(|r| t.t(&format!("region-{r}")))
                    .unwrap_or_default(),
                statuses: by_org
                    .get(o.id.as_str())
                    .map(|rows| {
                        rows.iter()
                            .map(|r| {
                                (
                                    t.t(&format!("framework-{}", r.framework)),
                                    r.status.as_str(),
                                    t.t(&r.status.message_key()),
                                )
                            })
                            .collect()
                    })
                    .unwrap_or_default(),
            }
        })
        .collect();

    let base = format!(
        "/register?q={}&country={}&region={}&status={}&",
        utf8_percent_encode(if error.is_some() { "" } else { raw }),
        utf8_percent_encode(country.map_or("", |c| c.as_str())),
        utf8_percent_encode(region.unwrap_or_default()),
        utf8_percent_encode(status.map_or("", |s| s.as_str())),
    );
    let page = RegisterPage {
        page: Layout::new(ctx, "register-title"),
        q: raw.chars().take(MAX_QUERY * 2).collect(),
        countries: choices(
            [Country::Finland, Country::Sweden].map(|c| {
                (
                    c.as_str().to_owned(),
                    t.t(&format!("country-{}", c.as_str())),
                )
            }),
            country.map_or("", |c| c.as_str()),
            t.t("register-all"),
        ),
        regions: choices(
            regions_present
                .into_iter()
                .map(|(label, value)| (value, label)),
            region.unwrap_or_default(),
            t.t("register-all"),
        ),
        statuses: choices(
            PlanStatus::ALL.map(|s| (s.as_str().to_owned(), t.t(&s.message_key()))),
            status.map_or("", |s| s.as_str()),
            t.t("register-all"),
        ),
        lines,
        total,
        searched: !raw.is_empty() || country.is_some() || region.is_some() || status.is_some(),
        error: error.as_ref().map(|e| crate::kit::form_error(ctx, e)),
        base,
        page_number,
        pages,
    };
    let code = error
        .as_ref()
        .map_or(StatusCode::OK, crate::kit::error_status);
    render_part(code, &page)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_is_found_by_any_part_in_any_spelling() {
        let turku = ["Turku", "Åbo"];
        for query in ["åbo", "ABO", "turku", "tur", "bo"] {
            assert!(rank(&fold(query), &turku).is_some(), "{query}");
        }
        assert_eq!(rank(&fold("åbo"), &turku), Some(0));
        assert_eq!(rank(&fold("urk"), &turku), Some(1));
        assert_eq!(rank(&fold("vaasa"), &turku), None);
        assert!(rank(&fold("jarvenpaa"), &["Järvenpää", "Träskända"]).is_some());
        assert!(rank(&fold("upplands väsby"), &["Upplands Väsby"]).is_some());
        assert!(rank(&fold("väsby upplands"), &["Upplands Väsby"]).is_some());
        assert!(rank(&fold("0114"), &["Upplands Väsby", "0114"]).is_some());
    }

    #[test]
    fn punctuation_alone_folds_to_nothing() {
        assert_eq!(fold(" %_!?. "), "");
        assert_eq!(
            fold("Pedersöre – Pedersören kunta"),
            "pedersore pedersoren kunta"
        );
    }
}
