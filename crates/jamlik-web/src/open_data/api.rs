//! The open-data API: `/api/v1/statuses` and `/api/v1/published-plans`,
//! read-only, public (no token needed), paged and filtered, identified by
//! official municipality codes. The same filters serve the downloads under
//! `/open-data/`. Only published facts leave here: statuses (computed), and
//! the key facts of published plans and self-reports — no draft's contents,
//! no person's name.

use axum::extract::rejection::QueryRejection;
use axum::extract::{Query, State};
use axum::Json;
use jamlik_domain::{Country, ErrorCode, OrgKind, PlanStatus, StatusSource};
use jamlik_store::{PageRequest, PublishedFilter, PublishedPlanRow, StatusFilter, StatusRow};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use crate::api::ErrorBody;
use crate::kit::context::Ctx;
use crate::kit::error::{AppError, AppResult};
use crate::AppState;

/// The largest page the open-data API serves.
pub const MAX_PAGE_SIZE: i64 = 500;
/// The page size when none is asked for.
pub const DEFAULT_PAGE_SIZE: i64 = 100;
/// The licence of the open data.
pub const LICENCE: &str = "CC-BY-4.0";
/// Where the licence is.
pub const LICENCE_URL: &str = "https://creativecommons.org/licenses/by/4.0/";
/// The first year statuses can be asked for.
pub const FIRST_YEAR: i32 = 2015;
/// The last year statuses can be asked for (a later year's are projected).
pub const LAST_YEAR: i32 = 2100;

/// Filters and paging of the open-data API and the downloads, as sent.
/// Every value is read as text and checked here, so each bad one gets its
/// own error; [`StatusParams`] and [`PlanParams`] document them.
#[derive(Debug, Default, Deserialize)]
pub struct OpenQuery {
    /// The official organisation code.
    pub organisation: Option<String>,
    /// A framework id.
    pub framework: Option<String>,
    /// A status (statuses only).
    pub status: Option<String>,
    /// A region code.
    pub region: Option<String>,
    /// A year.
    pub year: Option<String>,
    /// `FI` or `SE`.
    pub country: Option<String>,
    /// An organisation kind.
    pub kind: Option<String>,
    /// The page number.
    pub page: Option<String>,
    /// Items per page.
    pub page_size: Option<String>,
}

/// Filters and paging of `/api/v1/statuses`.
// Only documents the parameters: the handlers read them as [`OpenQuery`].
#[allow(dead_code)]
#[derive(Debug, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct StatusParams {
    /// An official organisation code: the municipality code (`091`
    /// Helsinki, `0180` Stockholm). A code no organisation has is
    /// `national.unknown_municipality` (404).
    #[param(pattern = r"^[0-9A-Za-z-]{1,32}$")]
    pub organisation: Option<String>,
    /// A framework id (`fi-gender-equality`, `se-active-measures` …); one
    /// national monitoring does not know is `national.unknown_framework` (404).
    #[param(pattern = r"^[a-z0-9-]{1,64}$")]
    pub framework: Option<String>,
    /// A status.
    pub status: Option<PlanStatus>,
    /// A region code (`FI-18`, a wellbeing services county; `SE-AB`, a county).
    pub region: Option<String>,
    /// A year: statuses as they stood at its end (for this year: today; for
    /// a later year: as they will stand at its end if nothing changes).
    #[param(minimum = 2015, maximum = 2100)]
    pub year: Option<i32>,
    /// The country.
    pub country: Option<Country>,
    /// The kind of organisation.
    pub kind: Option<OrgKind>,
    /// The page number, from 1 (default 1).
    #[param(minimum = 1, maximum = 1000000)]
    pub page: Option<i64>,
    /// Items per page (default 100); above 500 is
    /// `national.page_size_too_large`.
    #[param(minimum = 1, maximum = 500)]
    pub page_size: Option<i64>,
}

/// Filters and paging of `/api/v1/published-plans`.
// Only documents the parameters: the handlers read them as [`OpenQuery`].
#[allow(dead_code)]
#[derive(Debug, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct PlanParams {
    /// An official organisation code (see `/api/v1/statuses`).
    #[param(pattern = r"^[0-9A-Za-z-]{1,32}$")]
    pub organisation: Option<String>,
    /// Only plans covering this framework.
    #[param(pattern = r"^[a-z0-9-]{1,64}$")]
    pub framework: Option<String>,
    /// A region code.
    pub region: Option<String>,
    /// Only plans approved in this year.
    #[param(minimum = 2015, maximum = 2100)]
    pub year: Option<i32>,
    /// The country.
    pub country: Option<Country>,
    /// The kind of organisation.
    pub kind: Option<OrgKind>,
    /// The page number, from 1 (default 1).
    #[param(minimum = 1, maximum = 1000000)]
    pub page: Option<i64>,
    /// Items per page (default 100); above 500 is
    /// `national.page_size_too_large`.
    #[param(minimum = 1, maximum = 500)]
    pub page_size: Option<i64>,
}

/// Filters as checked.
#[derive(Debug, Default)]
pub(crate) struct OpenFilter {
    pub code: Option<String>,
    pub framework: Option<String>,
    pub status: Option<PlanStatus>,
    pub region: Option<String>,
    pub year: Option<i32>,
    pub country: Option<Country>,
    pub kind: Option<OrgKind>,
}

impl OpenFilter {
    /// The day statuses are computed for: the end of the year asked for, or
    /// today for this year and when none is asked.
    pub(crate) fn as_of(&self) -> time::Date {
        let today = time::OffsetDateTime::now_utc().date();
        match self.year {
            Some(year) if year != today.year() => {
                time::Date::from_calendar_date(year, time::Month::December, 31).unwrap_or(today)
            }
            _ => today,
        }
    }

    pub(crate) fn statuses(&self) -> StatusFilter {
        StatusFilter {
            org: None,
            code: self.code.clone(),
            framework: self.framework.clone(),
            status: self.status,
            region: self.region.clone(),
            country: self.country,
            kind: self.kind,
        }
    }

    pub(crate) fn published(&self) -> PublishedFilter {
        PublishedFilter {
            org: None,
            code: self.code.clone(),
            framework: self.framework.clone(),
            region: self.region.clone(),
            country: self.country,
            kind: self.kind,
            year: self.year,
        }
    }
}

/// A value as sent: absent stays absent, anything else (even empty) is
/// checked, so a value the API document does not allow is refused.
fn sent(value: &Option<String>) -> Option<&str> {
    value.as_deref()
}

/// Checks the filters: each bad one has its own error. Values are taken
/// exactly as sent (no trimming, no other case), as the API document says.
pub(crate) async fn check_filter(state: &AppState, query: &OpenQuery) -> AppResult<OpenFilter> {
    let country = match sent(&query.country) {
        None => None,
        Some("FI") => Some(Country::Finland),
        Some("SE") => Some(Country::Sweden),
        Some(_) => return Err(ErrorCode::InvalidCountry.into()),
    };
    let kind = match sent(&query.kind) {
        None => None,
        Some(raw) => Some(
            OrgKind::ALL
                .into_iter()
                .find(|k| k.as_str() == raw)
                .ok_or(ErrorCode::InvalidOrganisationKind)?,
        ),
    };
    let status = match sent(&query.status) {
        None => None,
        Some(raw) => Some(
            PlanStatus::ALL
                .into_iter()
                .find(|s| s.as_str() == raw)
                .ok_or(ErrorCode::InvalidStatusFilter)?,
        ),
    };
    let framework = match sent(&query.framework) {
        Some(id) => {
            let known = jamlik_packs::shipped()
                .ok()
                .and_then(|r| r.get(id))
                .is_some_and(|p| p.status.is_some());
            if !known {
                return Err(AppError::from(ErrorCode::UnknownFramework)
                    .with_arg("value", id.chars().take(64).collect::<String>()));
            }
            Some(id.to_owned())
        }
        None => None,
    };
    let year = match sent(&query.year) {
        Some(raw) => match raw.parse::<i32>() {
            Ok(year) if (FIRST_YEAR..=LAST_YEAR).contains(&year) && !raw.starts_with('+') => {
                Some(year)
            }
            _ => {
                return Err(AppError::from(ErrorCode::InvalidYear)
                    .with_arg("value", raw.chars().take(20).collect::<String>()))
            }
        },
        None => None,
    };
    let code = match sent(&query.organisation) {
        Some(code) => {
            let plausible = (1..=32).contains(&code.len())
                && code.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
            if !plausible
                || !state
                    .store()
                    .organisation_code_exists(code, country)
                    .await?
            {
                return Err(AppError::from(ErrorCode::UnknownMunicipality)
                    .with_arg("value", code.chars().take(32).collect::<String>()));
            }
            Some(code.to_owned())
        }
        None => None,
    };
    Ok(OpenFilter {
        code,
        framework,
        status,
        region: sent(&query.region)
            .filter(|r| !r.is_empty())
            .map(str::to_owned),
        year,
        country,
        kind,
    })
}

/// Checks paging: a page from 1, a size from 1 to [`MAX_PAGE_SIZE`].
pub(crate) fn check_paging(query: &OpenQuery) -> AppResult<PageRequest> {
    let number = |raw: Option<&str>, default: i64| -> AppResult<i64> {
        match raw {
            None => Ok(default),
            Some(raw) if raw.starts_with('+') => Err(ErrorCode::InvalidPaging.into()),
            Some(raw) => raw
                .parse::<i64>()
                .map_err(|_| AppError::from(ErrorCode::InvalidPaging)),
        }
    };
    let page = number(sent(&query.page), 1)?;
    let size = number(sent(&query.page_size), DEFAULT_PAGE_SIZE)?;
    if size > MAX_PAGE_SIZE {
        return Err(AppError::from(ErrorCode::PageSizeTooLarge)
            .with_arg("value", MAX_PAGE_SIZE.to_string()));
    }
    Ok(PageRequest::new(page, size)?)
}

/// An organisation's status under one framework.
#[derive(Debug, Serialize, ToSchema)]
pub struct StatusDto {
    /// The official code (municipality code): the stable identifier.
    pub code: Option<String>,
    /// `FI` or `SE`.
    pub country: Country,
    /// The organisation's name in Finnish.
    pub name_fi: Option<String>,
    /// The organisation's name in Swedish.
    pub name_sv: Option<String>,
    /// The region code.
    pub region: Option<String>,
    /// The kind of organisation.
    pub kind: OrgKind,
    /// Staff size band (`unknown`, `1-29`, `30-99`, `100-249`, `250-999`,
    /// `1000-4999`, `5000+`).
    pub size_band: String,
    /// The framework id.
    pub framework: String,
    /// The status, computed from the plans and the framework's rules.
    pub status: PlanStatus,
    /// The required elements missing (the framework's element ids).
    pub missing_elements: Vec<String>,
    /// The day the status next changes by itself (`YYYY-MM-DD`), if it does.
    pub next_change: Option<String>,
    /// Where the facts come from.
    pub source: StatusSource,
    /// When the plan behind the status was approved (`YYYY-MM-DD`).
    pub approved_on: Option<String>,
    /// Whether this is demo data, not a real organisation's.
    pub demo: bool,
}

impl From<StatusRow> for StatusDto {
    fn from(row: StatusRow) -> Self {
        StatusDto {
            code: row.code,
            country: row.country,
            name_fi: row.name_fi,
            name_sv: row.name_sv,
            region: row.region,
            kind: row.kind,
            size_band: row.size_band,
            framework: row.framework,
            status: row.status,
            missing_elements: row.missing,
            next_change: row.next_change.map(|d| d.to_string()),
            source: row.source,
            approved_on: row.approved_on.map(|d| d.to_string()),
            demo: row.is_demo,
        }
    }
}

/// A published plan's key facts.
#[derive(Debug, Serialize, ToSchema)]
pub struct PublishedPlanDto {
    /// The official code (municipality code).
    pub code: Option<String>,
    /// `FI` or `SE`.
    pub country: Country,
    /// The organisation's name in Finnish.
    pub name_fi: Option<String>,
    /// The organisation's name in Swedish.
    pub name_sv: Option<String>,
    /// The region code.
    pub region: Option<String>,
    /// The kind of organisation.
    pub kind: OrgKind,
    /// The frameworks the plan covers.
    pub frameworks: Vec<String>,
    /// `plan` (made and published in Jämlik) or `self_report`.
    pub source: StatusSource,
    /// The version number (plans made in Jämlik).
    pub version: Option<i64>,
    /// When it was approved (`YYYY-MM-DD`).
    pub approved_on: String,
    /// Who approved it.
    pub approved_body: String,
    /// The plan period's first day.
    pub period_start: Option<String>,
    /// The plan period's last day.
    pub period_end: Option<String>,
    /// Where to read it: the plan's address on this server
    /// (`https://…/p/…`) or the reported link.
    pub link: Option<String>,
    /// Women's pay as a percentage of men's, where reported.
    pub women_pay_percent: Option<f64>,
    /// Whether this is demo data.
    pub demo: bool,
}

impl PublishedPlanDto {
    /// The row as published, a plan's path on this server made absolute
    /// with `public_url` (a file read elsewhere has no server to be relative
    /// to).
    pub fn new(row: PublishedPlanRow, public_url: &str) -> Self {
        let link = row.link.map(|link| {
            if link.starts_with('/') {
                format!("{}{link}", public_url.trim_end_matches('/'))
            } else {
                link
            }
        });
        PublishedPlanDto {
            code: row.code,
            country: row.country,
            name_fi: row.name_fi,
            name_sv: row.name_sv,
            region: row.region,
            kind: row.kind,
            frameworks: row.frameworks,
            source: row.source,
            version: row.version,
            approved_on: row.approved_on.to_string(),
            approved_body: row.approved_body,
            period_start: row.period_start.map(|d| d.to_string()),
            period_end: row.period_end.map(|d| d.to_string()),
            link,
            women_pay_percent: row.women_pay_percent,
            demo: row.is_demo,
        }
    }
}

/// A page of statuses.
#[derive(Debug, Serialize, ToSchema)]
pub struct StatusPage {
    /// This page.
    pub items: Vec<StatusDto>,
    /// All matches.
    pub total: i64,
    /// The page number, from 1.
    pub page: i64,
    /// The page size.
    pub page_size: i64,
    /// The day the statuses were computed for (`YYYY-MM-DD`).
    pub as_of: String,
    /// The licence: `CC-BY-4.0`.
    pub licence: String,
    /// The licence's address.
    pub licence_url: String,
    /// Whether any organisation listed is demo data.
    pub contains_demo_data: bool,
}

/// A page of published plans.
#[derive(Debug, Serialize, ToSchema)]
pub struct PublishedPlanPage {
    /// This page.
    pub items: Vec<PublishedPlanDto>,
    /// All matches.
    pub total: i64,
    /// The page number, from 1.
    pub page: i64,
    /// The page size.
    pub page_size: i64,
    /// The licence: `CC-BY-4.0`.
    pub licence: String,
    /// The licence's address.
    pub licence_url: String,
    /// Whether any organisation listed is demo data.
    pub contains_demo_data: bool,
}

fn query_of(query: Result<Query<OpenQuery>, QueryRejection>) -> AppResult<OpenQuery> {
    query
        .map(|Query(q)| q)
        .map_err(|_| AppError::from(ErrorCode::MalformedBody))
}

/// Every organisation's status under each framework it is obliged by
/// (public; no token needed).
#[utoipa::path(get, path = "/api/v1/statuses", tag = "open-data", params(StatusParams), security(()),
    responses((status = 200, body = StatusPage), (status = 400, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub(crate) async fn statuses(
    State(state): State<AppState>,
    _ctx: Ctx,
    query: Result<Query<OpenQuery>, QueryRejection>,
) -> AppResult<Json<StatusPage>> {
    let query = query_of(query)?;
    let page = check_paging(&query)?;
    let filter = check_filter(&state, &query).await?;
    let as_of = filter.as_of();
    let list = state
        .store()
        .organisation_statuses(&filter.statuses(), as_of, Some(page))
        .await?;
    let contains_demo_data = list.items.iter().any(|r| r.is_demo);
    Ok(Json(StatusPage {
        items: list.items.into_iter().map(StatusDto::from).collect(),
        total: list.total,
        page: list.page,
        page_size: list.per_page,
        as_of: jamlik_domain::IsoDate::from_date(as_of).to_string(),
        licence: LICENCE.to_owned(),
        licence_url: LICENCE_URL.to_owned(),
        contains_demo_data,
    }))
}

/// The key facts of published plans: versions published in Jämlik and
/// self-reports (public; no token needed).
#[utoipa::path(get, path = "/api/v1/published-plans", tag = "open-data", params(PlanParams), security(()),
    responses((status = 200, body = PublishedPlanPage), (status = 400, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub(crate) async fn published_plans(
    State(state): State<AppState>,
    _ctx: Ctx,
    query: Result<Query<OpenQuery>, QueryRejection>,
) -> AppResult<Json<PublishedPlanPage>> {
    let query = query_of(query)?;
    let page = check_paging(&query)?;
    // A status does not narrow published plans: it is not read here.
    let query = OpenQuery {
        status: None,
        ..query
    };
    let filter = check_filter(&state, &query).await?;
    let list = state
        .store()
        .published_plan_facts(&filter.published(), Some(page))
        .await?;
    let contains_demo_data = list.items.iter().any(|r| r.is_demo);
    Ok(Json(PublishedPlanPage {
        items: list
            .items
            .into_iter()
            .map(|row| PublishedPlanDto::new(row, &state.config().public_url))
            .collect(),
        total: list.total,
        page: list.page,
        page_size: list.per_page,
        licence: LICENCE.to_owned(),
        licence_url: LICENCE_URL.to_owned(),
        contains_demo_data,
    }))
}
