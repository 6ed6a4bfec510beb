//! The national overview (monitors and instructors; instructors see their
//! organisations only): counts and shares of statuses by country, region,
//! organisation kind and size band, and over time (as of each year end), with
//! filters in the query; and the map of Finnish municipalities coloured by
//! status with the same data as a list beside it. Every chart is an SVG drawn
//! here with a data table and a text alternative.
//!
//! The statuses come from `Store::organisation_statuses` (computed, never
//! stored); each date is read once and aggregated in one pass.

use std::collections::{BTreeMap, HashMap, HashSet};

use askama::Template;
use axum::extract::{Query, State};
use axum::response::Response;
use jamlik_domain::{Capability, Country, ErrorCode, GlobalRole, OrgKind, PlanStatus};
use jamlik_store::{StatusFilter, StatusRow, SIZE_BANDS};
use serde::Deserialize;

use crate::kit::charts::{stacked, Chart};
use crate::kit::context::{utf8_percent_encode, Ctx};
use crate::kit::derived::{page_with, render_part, Part};
use crate::kit::error::{AppError, AppResult};
use crate::kit::require_national;
use crate::kit::views::Layout;
use crate::national::map;
use crate::AppState;

/// The status keys, in the order dashboards list them.
pub(crate) fn status_keys() -> Vec<&'static str> {
    PlanStatus::ALL.iter().map(|s| s.as_str()).collect()
}

/// The message key of a size band (`5000+` → `overview-size-5000-plus`).
fn size_key(band: &str) -> String {
    format!("overview-size-{}", band.replace('+', "-plus"))
}

/// The dashboard's filters, as the query carries them.
#[derive(Clone, Debug, Default, Deserialize)]
pub(crate) struct Filters {
    #[serde(default)]
    country: String,
    #[serde(default)]
    region: String,
    #[serde(default)]
    kind: String,
    #[serde(default)]
    size: String,
    #[serde(default)]
    framework: String,
    #[serde(default)]
    status: String,
}

/// The filters, checked.
#[derive(Clone, Debug, Default)]
struct Checked {
    filter: StatusFilter,
    size: Option<&'static str>,
}

fn check(filters: &Filters) -> AppResult<Checked> {
    let blank = |s: &str| s.trim().is_empty();
    let country = if blank(&filters.country) {
        None
    } else {
        Some(Country::parse(&filters.country)?)
    };
    let kind = if blank(&filters.kind) {
        None
    } else {
        Some(OrgKind::parse(&filters.kind)?)
    };
    let size = if blank(&filters.size) {
        None
    } else {
        Some(
            SIZE_BANDS
                .into_iter()
                .find(|b| *b == filters.size.trim())
                .ok_or(ErrorCode::InvalidFilter)?,
        )
    };
    let framework = if blank(&filters.framework) {
        None
    } else {
        Some(
            jamlik_domain::Framework::parse(&filters.framework)?
                .as_str()
                .to_owned(),
        )
    };
    let status = if blank(&filters.status) {
        None
    } else {
        Some(PlanStatus::parse(&filters.status)?)
    };
    let region = filters.region.trim();
    if region.len() > 16
        || region
            .chars()
            .any(|c| !(c.is_ascii_alphanumeric() || c == '-'))
    {
        return Err(ErrorCode::InvalidFilter.into());
    }
    Ok(Checked {
        filter: StatusFilter {
            region: (!region.is_empty()).then(|| region.to_owned()),
            country,
            kind,
            framework,
            status,
            ..StatusFilter::default()
        },
        size,
    })
}

/// Who sees what: everyone (monitors, admins) or these organisations (an
/// instructor's).
#[derive(Clone, Debug)]
pub(crate) enum Scope {
    All,
    Only(HashSet<String>),
}

impl Scope {
    fn admits(&self, org: &str) -> bool {
        match self {
            Scope::All => true,
            Scope::Only(set) => set.contains(org),
        }
    }
}

/// Which version of the overview a page is: the public one (everyone,
/// linking to organisations' public pages) or the monitors' and
/// instructors' fuller one (linking to reviews).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum View {
    Public,
    National,
}

impl View {
    /// The address of the dashboard (the map is under it, `/map`).
    fn base(self) -> &'static str {
        match self {
            View::Public => "/overview",
            View::National => "/national",
        }
    }

    /// Where an organisation in a list or on the map links to.
    fn org_link(self, row: &StatusRow) -> String {
        match self {
            View::Public => {
                crate::kit::links::org_page(row.country, row.code.as_deref(), &row.org_id)
            }
            View::National => format!("/orgs/{}/reviews", row.org_id),
        }
    }

    fn dashboard_title(self) -> &'static str {
        match self {
            View::Public => "public-overview-title",
            View::National => "overview-title",
        }
    }

    fn map_title(self) -> &'static str {
        match self {
            View::Public => "public-overview-map-title",
            View::National => "overview-map-title",
        }
    }
}

pub(crate) async fn scope(state: &AppState, ctx: &Ctx) -> AppResult<Scope> {
    require_national(ctx, Capability::ViewNational)?;
    let user = ctx.require_user()?;
    if user.global_role == Some(GlobalRole::Instructor) {
        let ids = state.store().assigned_organisations(&user.id).await?;
        Ok(Scope::Only(
            ids.iter().map(|i| i.as_str().to_owned()).collect(),
        ))
    } else {
        Ok(Scope::All)
    }
}

/// The statuses the person may see, narrowed by the filters, on each of
/// several dates: read once, listed in the order of `dates`.
async fn rows_on(
    state: &AppState,
    scope: &Scope,
    checked: &Checked,
    dates: &[time::Date],
) -> AppResult<Vec<Vec<StatusRow>>> {
    let lists = state
        .store()
        .organisation_statuses_on(&checked.filter, dates)
        .await?;
    Ok(lists
        .into_iter()
        .map(|list| {
            list.into_iter()
                .filter(|row| scope.admits(&row.org_id))
                .filter(|row| checked.size.is_none_or(|band| row.size_band == band))
                .collect()
        })
        .collect())
}

/// Counts per status, in the order of [`status_keys`].
fn count(rows: &[&StatusRow]) -> Vec<i64> {
    let mut counts = vec![0; PlanStatus::ALL.len()];
    for row in rows {
        if let Some(index) = PlanStatus::ALL.iter().position(|s| *s == row.status) {
            counts[index] += 1;
        }
    }
    counts
}

/// Groups rows by a key, in the key's order, and counts each group's statuses.
fn grouped<'a>(
    rows: &'a [StatusRow],
    key: impl Fn(&'a StatusRow) -> String,
) -> BTreeMap<String, Vec<&'a StatusRow>> {
    let mut groups: BTreeMap<String, Vec<&StatusRow>> = BTreeMap::new();
    for row in rows {
        groups.entry(key(row)).or_default().push(row);
    }
    groups
}

/// One option of a filter.
#[derive(Debug)]
pub(crate) struct Opt {
    pub value: String,
    pub label: String,
    pub selected: bool,
}

/// One status in the legend and the headline table.
#[derive(Debug)]
pub(crate) struct LegendRow {
    pub status: &'static str,
    pub label: String,
    pub count: i64,
    pub share: String,
}

/// One organisation in the list of the chosen status.
#[derive(Debug)]
pub(crate) struct OrgLine {
    pub link: String,
    pub name: String,
    pub code: String,
    pub region: String,
    pub framework_key: String,
    pub status: &'static str,
    pub status_label: String,
    pub next_change: String,
}

#[derive(Template)]
#[template(path = "national/national_body.html")]
struct DashboardPage {
    page: Layout,
    countries: Vec<Opt>,
    regions: Vec<Opt>,
    kinds: Vec<Opt>,
    sizes: Vec<Opt>,
    frameworks: Vec<Opt>,
    statuses: Vec<Opt>,
    legend: Vec<LegendRow>,
    status_labels: Vec<String>,
    total: i64,
    summary: String,
    charts: Vec<Chart>,
    list: Vec<OrgLine>,
    list_limited: bool,
    list_shown: i64,
    is_instructor: bool,
    can_see_runs: bool,
    map_link: String,
    error: Option<String>,
    base: &'static str,
    current: &'static str,
    public: bool,
}

const LIST_LIMIT: usize = 300;

fn options(
    values: impl IntoIterator<Item = (String, String)>,
    chosen: &str,
    all_label: String,
) -> Vec<Opt> {
    let mut list = vec![Opt {
        value: String::new(),
        label: all_label,
        selected: chosen.trim().is_empty(),
    }];
    list.extend(values.into_iter().map(|(value, label)| Opt {
        selected: value == chosen.trim(),
        value,
        label,
    }));
    list
}

fn share(ctx: &Ctx) -> impl Fn(i64) -> String + '_ {
    move |percent| {
        ctx.t
            .t_args("overview-share", &[("value", ctx.t.number(percent))])
    }
}

fn row_name(ctx: &Ctx, row: &StatusRow) -> String {
    ctx.t
        .pick_name(
            row.name_fi.as_deref(),
            row.name_sv.as_deref(),
            row.name_en.as_deref(),
        )
        .to_owned()
}

fn date_text(ctx: &Ctx, date: Option<&jamlik_domain::IsoDate>) -> String {
    date.and_then(|d| d.date())
        .and_then(|d| d.with_hms(12, 0, 0).ok())
        .map(|d| ctx.t.date(d.assume_utc().unix_timestamp()))
        .unwrap_or_default()
}

/// `/national`: the dashboard.
pub(crate) async fn dashboard(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(filters): Query<Filters>,
) -> AppResult<Response> {
    let scope = scope(&state, &ctx).await?;
    dashboard_page(&state, &ctx, &filters, &scope, View::National).await
}

/// `/overview`: the dashboard for everyone, from computed statuses only.
pub(crate) async fn public_dashboard(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(filters): Query<Filters>,
) -> AppResult<Response> {
    dashboard_page(&state, &ctx, &filters, &Scope::All, View::Public).await
}

/// The key a part is kept under: the page, who sees what, the language
/// and the query (the filters).
fn part_key(ctx: &Ctx, what: &str, scope: &Scope, view: View) -> String {
    // An instructor's page depends on the organisations assigned to them
    // now (assignments are not facts, so they do not move the generation).
    let who = match scope {
        Scope::All => "all".to_owned(),
        Scope::Only(set) => {
            use std::hash::{Hash, Hasher};
            let mut ids: Vec<&String> = set.iter().collect();
            ids.sort();
            let mut hasher = std::collections::hash_map::DefaultHasher::new();
            ids.hash(&mut hasher);
            format!("only:{}:{:x}", ids.len(), hasher.finish())
        }
    };
    let runs = matches!(
        ctx.global_role(),
        Some(GlobalRole::Admin | GlobalRole::NationalMonitor)
    );
    let query = ctx.path.split_once('?').map_or("", |(_, q)| q);
    format!(
        "{what}|{view:?}|{}|{who}|{runs}|{query}",
        ctx.t.language().as_str()
    )
}

async fn dashboard_page(
    state: &AppState,
    ctx: &Ctx,
    filters: &Filters,
    scope: &Scope,
    view: View,
) -> AppResult<Response> {
    let generation = state.store().facts_generation().await?;
    let key = part_key(ctx, "dashboard", scope, view);
    let part = match state.derived().get(generation, &key) {
        Some(part) => part,
        None => {
            let part = dashboard_part(state, ctx, filters, scope, view).await?;
            state.derived().put(generation, key, part.clone());
            part
        }
    };
    Ok(page_with(Layout::new(ctx, view.dashboard_title()), &part))
}

async fn dashboard_part(
    state: &AppState,
    ctx: &Ctx,
    filters: &Filters,
    scope: &Scope,
    view: View,
) -> AppResult<Part> {
    let (checked, error) = match check(filters) {
        Ok(checked) => (checked, None),
        Err(error) => (Checked::default(), Some(error)),
    };
    let today = time::OffsetDateTime::now_utc().date();
    // Today and the last five year ends, computed from one reading.
    let year_ends: Vec<time::Date> = (1..=5)
        .rev()
        .filter_map(|back| {
            time::Date::from_calendar_date(today.year() - back, time::Month::December, 31).ok()
        })
        .collect();
    let mut dates = year_ends.clone();
    dates.push(today);
    let mut lists = rows_on(state, scope, &checked, &dates).await?;
    let current = lists.pop().unwrap_or_default();
    let keys = status_keys();
    let t = &ctx.t;
    let status_label = |status: PlanStatus| t.t(&status.message_key());
    let status_labels: Vec<String> = PlanStatus::ALL.map(status_label).to_vec();
    let all: Vec<&StatusRow> = current.iter().collect();
    let totals = count(&all);
    let total = current.len() as i64;
    let percent = |n: i64| {
        if total > 0 {
            (n * 100 + total / 2) / total
        } else {
            0
        }
    };
    let legend = PlanStatus::ALL
        .iter()
        .zip(&totals)
        .map(|(status, count)| LegendRow {
            status: status.as_str(),
            label: status_label(*status),
            count: *count,
            share: share(ctx)(percent(*count)),
        })
        .collect();
    let in_order = current.iter().filter(|r| r.status.is_in_order()).count() as i64;
    let summary = t.t_args(
        "overview-summary",
        &[
            ("count", t.number(total)),
            ("value", share(ctx)(percent(in_order))),
        ],
    );

    let chart_of = |id: &str,
                    title_key: &str,
                    groups: BTreeMap<String, Vec<&StatusRow>>,
                    label: &dyn Fn(&str) -> String| {
        let title = t.t(title_key);
        let summary = t.t_args("overview-chart-summary", &[("title", title.clone())]);
        stacked(
            id,
            title,
            summary,
            &keys,
            groups
                .iter()
                .map(|(key, rows)| (label(key.as_str()), count(rows)))
                .collect(),
            share(ctx),
        )
    };
    let mut charts = vec![
        chart_of(
            "by-country",
            "overview-by-country",
            grouped(&current, |r| r.country.as_str().to_owned()),
            &|k| t.t(&format!("country-{k}")),
        ),
        chart_of(
            "by-region",
            "overview-by-region",
            grouped(&current, |r| r.region.clone().unwrap_or_default()),
            &|k| {
                if k.is_empty() {
                    t.t("overview-unknown")
                } else {
                    t.t(&format!("region-{k}"))
                }
            },
        ),
        chart_of(
            "by-kind",
            "overview-by-kind",
            grouped(&current, |r| r.kind.as_str().to_owned()),
            &|k| t.t(&format!("kind-{k}")),
        ),
        chart_of(
            "by-size",
            "overview-by-size",
            grouped(&current, |r| {
                // Sort the bands from small to large, not alphabetically.
                let index = SIZE_BANDS
                    .iter()
                    .position(|b| *b == r.size_band)
                    .unwrap_or(0);
                format!("{index}:{}", r.size_band)
            }),
            &|k| {
                let band = k.split_once(':').map_or(k, |(_, b)| b);
                t.t(&size_key(band))
            },
        ),
        chart_of(
            "by-framework",
            "overview-by-framework",
            grouped(&current, |r| r.framework.clone()),
            &|k| t.t(&format!("framework-{k}")),
        ),
    ];
    // Over time: as of each of the last five year ends, and today.
    let years: BTreeMap<String, Vec<StatusRow>> = year_ends
        .iter()
        .zip(lists)
        .map(|(end, rows_then)| {
            (
                jamlik_domain::IsoDate::from_date(*end).to_string(),
                rows_then,
            )
        })
        .collect();
    let today_key = jamlik_domain::IsoDate::from_date(today).to_string();
    let mut over_time: BTreeMap<String, Vec<&StatusRow>> = years
        .iter()
        .map(|(key, rows)| (key.clone(), rows.iter().collect()))
        .collect();
    over_time.insert(today_key.clone(), current.iter().collect());
    charts.push(chart_of(
        "over-time",
        "overview-over-time",
        over_time,
        &|k| {
            if *k == today_key {
                t.t("overview-today")
            } else {
                t.t_args("overview-year-end", &[("value", k[..4].to_owned())])
            }
        },
    ));
    charts.retain(|c| !c.bars.is_empty());

    let mut list: Vec<OrgLine> = Vec::new();
    let mut list_total = 0;
    if checked.filter.status.is_some() {
        list_total = current.len();
        list = current
            .iter()
            .take(LIST_LIMIT)
            .map(|row| OrgLine {
                link: view.org_link(row),
                name: row_name(ctx, row),
                code: row.code.clone().unwrap_or_default(),
                region: row
                    .region
                    .as_ref()
                    .map(|r| t.t(&format!("region-{r}")))
                    .unwrap_or_default(),
                framework_key: format!("framework-{}", row.framework),
                status: row.status.as_str(),
                status_label: status_label(row.status),
                next_change: date_text(ctx, row.next_change.as_ref()),
            })
            .collect();
    }

    let regions: BTreeMap<String, String> = current
        .iter()
        .filter_map(|r| r.region.clone())
        .chain((!filters.region.trim().is_empty()).then(|| filters.region.trim().to_owned()))
        .map(|r| (t.t(&format!("region-{r}")), r))
        .collect();
    let page = DashboardPage {
        page: Layout::new(ctx, view.dashboard_title()),
        countries: options(
            ["FI", "SE"].map(|c| (c.to_owned(), t.t(&format!("country-{c}")))),
            &filters.country,
            t.t("overview-filter-all"),
        ),
        regions: options(
            regions.into_iter().map(|(label, value)| (value, label)),
            &filters.region,
            t.t("overview-filter-all"),
        ),
        kinds: options(
            OrgKind::ALL.map(|k| (k.as_str().to_owned(), t.t(&format!("kind-{}", k.as_str())))),
            &filters.kind,
            t.t("overview-filter-all"),
        ),
        sizes: options(
            SIZE_BANDS.map(|b| (b.to_owned(), t.t(&size_key(b)))),
            &filters.size,
            t.t("overview-filter-all"),
        ),
        frameworks: options(
            jamlik_domain::Framework::SHIPPED
                .map(|f| (f.to_owned(), t.t(&format!("framework-{f}")))),
            &filters.framework,
            t.t("overview-filter-all"),
        ),
        statuses: options(
            PlanStatus::ALL.map(|s| (s.as_str().to_owned(), status_label(s))),
            &filters.status,
            t.t("overview-filter-all"),
        ),
        legend,
        status_labels,
        total,
        summary,
        charts,
        list_limited: list_total > list.len(),
        list_shown: list.len() as i64,
        list,
        is_instructor: matches!(scope, Scope::Only(_)),
        can_see_runs: view == View::National
            && matches!(
                ctx.global_role(),
                Some(GlobalRole::Admin | GlobalRole::NationalMonitor)
            ),
        map_link: format!(
            "{}/map?country={}&framework={}&region={}",
            view.base(),
            utf8_percent_encode(filters.country.trim()),
            utf8_percent_encode(filters.framework.trim()),
            utf8_percent_encode(filters.region.trim())
        ),
        error: error.as_ref().map(|e| crate::kit::form_error(ctx, e)),
        base: view.base(),
        current: "dashboard",
        public: view == View::Public,
    };
    let status = error
        .as_ref()
        .map_or(axum::http::StatusCode::OK, crate::kit::error_status);
    render_part(status, &page)
}

/// One municipality on the map and in the list.
#[derive(Clone, Debug)]
pub(crate) struct Place {
    pub code: String,
    pub name: String,
    pub path: String,
    /// The status key, or `none` when there is no status to show.
    pub status: &'static str,
    pub status_label: String,
    /// The link to its reviews, when the person may open them.
    pub link: Option<String>,
    pub next_change: String,
}

#[derive(Template)]
#[template(path = "national/national_map_body.html")]
struct MapPage {
    page: Layout,
    frameworks: Vec<Opt>,
    regions: Vec<Opt>,
    framework_key: String,
    width: f64,
    height: f64,
    places: Vec<Place>,
    list: Vec<Place>,
    can_see_runs: bool,
    legend: Vec<LegendRow>,
    none_count: i64,
    source: &'static str,
    error: Option<String>,
    countries: Vec<Opt>,
    base: &'static str,
    current: &'static str,
    public: bool,
    intro_key: &'static str,
}

#[derive(Clone, Debug, Default, Deserialize)]
pub(crate) struct MapFilters {
    #[serde(default)]
    country: String,
    #[serde(default)]
    framework: String,
    #[serde(default)]
    region: String,
}

/// The frameworks each country's map can show, the first by default.
fn map_frameworks(country: Country) -> &'static [&'static str] {
    match country {
        Country::Finland => &[
            "fi-non-discrimination",
            "fi-gender-equality",
            "fi-education",
        ],
        Country::Sweden => &["se-active-measures"],
    }
}

/// `/national/map`: municipalities coloured by status, with the same data
/// as a list.
pub(crate) async fn map(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(filters): Query<MapFilters>,
) -> AppResult<Response> {
    let scope = scope(&state, &ctx).await?;
    map_page(&state, &ctx, &filters, &scope, View::National).await
}

/// `/overview/map`: the map for everyone.
pub(crate) async fn public_map(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(filters): Query<MapFilters>,
) -> AppResult<Response> {
    map_page(&state, &ctx, &filters, &Scope::All, View::Public).await
}

async fn map_page(
    state: &AppState,
    ctx: &Ctx,
    filters: &MapFilters,
    scope: &Scope,
    view: View,
) -> AppResult<Response> {
    let generation = state.store().facts_generation().await?;
    let key = part_key(ctx, "map", scope, view);
    let part = match state.derived().get(generation, &key) {
        Some(part) => part,
        None => {
            let part = map_part(state, ctx, filters, scope, view).await?;
            state.derived().put(generation, key, part.clone());
            part
        }
    };
    Ok(page_with(Layout::new(ctx, view.map_title()), &part))
}

async fn map_part(
    state: &AppState,
    ctx: &Ctx,
    filters: &MapFilters,
    scope: &Scope,
    view: View,
) -> AppResult<Part> {
    let t = &ctx.t;
    let mut error = None;
    let country = match filters.country.trim() {
        "" => Country::Finland,
        chosen => Country::parse(chosen).unwrap_or_else(|_| {
            error = Some(AppError::from(ErrorCode::InvalidFilter));
            Country::Finland
        }),
    };
    let frameworks = map_frameworks(country);
    let framework = match filters.framework.trim() {
        "" => frameworks[0],
        chosen => match frameworks.iter().copied().find(|f| *f == chosen) {
            Some(found) => found,
            // The other country's framework, left from before the country
            // was changed: this country's first.
            None if [Country::Finland, Country::Sweden]
                .into_iter()
                .any(|c| map_frameworks(c).contains(&chosen)) =>
            {
                frameworks[0]
            }
            None => {
                error = Some(AppError::from(ErrorCode::InvalidFilter));
                frameworks[0]
            }
        },
    };
    let region = filters.region.trim();
    let region_ok = region.len() <= 16
        && region
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-');
    if !region_ok {
        error = Some(AppError::from(ErrorCode::InvalidFilter));
    }
    let checked = Checked {
        filter: StatusFilter {
            framework: Some(framework.to_owned()),
            country: Some(country),
            kind: Some(OrgKind::Municipality),
            ..StatusFilter::default()
        },
        size: None,
    };
    let today = time::OffsetDateTime::now_utc().date();
    let all_rows = state
        .store()
        .organisation_statuses(&checked.filter, today, None)
        .await?
        .items;
    let regions_present: BTreeMap<String, String> = all_rows
        .iter()
        .filter_map(|r| r.region.clone())
        .map(|r| (t.t(&format!("region-{r}")), r))
        .collect();
    let by_code: HashMap<&str, &StatusRow> = all_rows
        .iter()
        .filter_map(|r| r.code.as_deref().map(|c| (c, r)))
        .collect();
    let shapes = match country {
        Country::Finland => map::finland(),
        Country::Sweden => map::sweden(),
    }
    .map_err(|e| AppError {
        code: ErrorCode::Internal,
        args: Vec::new(),
        internal: Some(e.to_owned()),
    })?;
    let mut places = Vec::with_capacity(shapes.shapes.len());
    let mut counts: HashMap<&'static str, i64> = HashMap::new();
    let mut none_count = 0;
    for shape in &shapes.shapes {
        let row = by_code.get(shape.code.as_str()).copied();
        let visible = row
            .filter(|r| scope.admits(&r.org_id))
            .filter(|r| region_ok && (region.is_empty() || r.region.as_deref() == Some(region)));
        let name = match row {
            Some(r) => row_name(ctx, r),
            None => t
                .pick_name(
                    Some(shape.name_fi.as_str()).filter(|n| !n.is_empty()),
                    Some(shape.name_sv.as_str()),
                    None,
                )
                .to_owned(),
        };
        let (status, status_label) = match visible {
            Some(r) => {
                *counts.entry(r.status.as_str()).or_default() += 1;
                (r.status.as_str(), t.t(&r.status.message_key()))
            }
            None => {
                none_count += 1;
                ("none", t.t("overview-map-no-status"))
            }
        };
        places.push(Place {
            code: shape.code.clone(),
            name,
            path: shape.path.clone(),
            status,
            status_label,
            link: visible.map(|r| view.org_link(r)),
            next_change: visible
                .map(|r| date_text(ctx, r.next_change.as_ref()))
                .unwrap_or_default(),
        });
    }
    // The list: the same places by name, those with a status only.
    let mut list: Vec<Place> = places
        .iter()
        .filter(|p| p.status != "none")
        .cloned()
        .collect();
    list.sort_by(|a, b| a.name.cmp(&b.name));
    let total: i64 = counts.values().sum();
    let legend = PlanStatus::ALL
        .into_iter()
        .map(|status| {
            let count = counts.get(status.as_str()).copied().unwrap_or(0);
            LegendRow {
                status: status.as_str(),
                label: t.t(&status.message_key()),
                count,
                share: share(ctx)(if total > 0 {
                    (count * 100 + total / 2) / total
                } else {
                    0
                }),
            }
        })
        .collect();
    let page = MapPage {
        page: Layout::new(ctx, view.map_title()),
        countries: [Country::Finland, Country::Sweden]
            .into_iter()
            .map(|c| Opt {
                value: c.as_str().to_owned(),
                label: t.t(&format!("country-{}", c.as_str())),
                selected: c == country,
            })
            .collect(),
        base: view.base(),
        current: "map",
        public: view == View::Public,
        intro_key: match country {
            Country::Finland => "overview-map-intro",
            Country::Sweden => "overview-map-intro-se",
        },
        frameworks: frameworks
            .iter()
            .map(|f| Opt {
                value: (*f).to_owned(),
                label: t.t(&format!("framework-{f}")),
                selected: *f == framework,
            })
            .collect(),
        regions: options(
            regions_present
                .into_iter()
                .map(|(label, value)| (value, label)),
            region,
            t.t("overview-filter-all"),
        ),
        framework_key: format!("framework-{framework}"),
        width: map::WIDTH,
        height: shapes.height,
        places,
        list,
        can_see_runs: view == View::National
            && matches!(
                ctx.global_role(),
                Some(GlobalRole::Admin | GlobalRole::NationalMonitor)
            ),
        legend,
        none_count,
        source: match country {
            Country::Finland => map::SOURCE,
            Country::Sweden => map::SOURCE_SWEDEN,
        },
        error: error.as_ref().map(|e| crate::kit::form_error(ctx, e)),
    };
    let status = error
        .as_ref()
        .map_or(axum::http::StatusCode::OK, crate::kit::error_status);
    render_part(status, &page)
}
