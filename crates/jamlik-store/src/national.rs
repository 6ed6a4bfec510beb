//! National monitoring: every organisation's status under every framework it
//! is obliged by, computed from its plans in Jämlik and its self-reports with
//! the packs' rules; self-reports and their files; the published plans' key
//! facts for open data.
//!
//! Statuses are never stored: they are computed from the facts (plans with
//! their coverage, approvals, follow-ups, written sections, self-reports)
//! with `jamlik_domain::compute_status`, so a change in a pack changes every
//! status at once. Each instance keeps its last computation of every
//! organisation's statuses per date in memory ([`StatusCache`]), tagged with
//! the facts' generation, a counter that triggers in the database move on
//! with every change to those tables; a request reads the counter (one
//! row) and computes afresh only when it moved or the day changed, so an
//! instance never serves statuses older than a change another instance
//! committed.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use jamlik_domain::{
    compute_status, ApprovalFacts, Country, ErrorCode, IsoDate, Language, MeasureStatus, OrgId,
    OrgKind, PayFigures, PlanStatus, StatusFacts, StatusSource, TextField,
};
use jamlik_packs::{Coverage, Pack, Registry};
use serde::Serialize;
use sqlx::any::AnyRow;
use sqlx::Row;

use crate::audit::{record, Actor, AuditEvent};
use crate::planning::corrupt;
use crate::{new_id, now, PageRequest, Paged, Store, StoreError, StoreResult};

/// Which statuses to list. Every field narrows the list; none lists all.
#[derive(Clone, Debug, Default)]
pub struct StatusFilter {
    /// Only this organisation (id).
    pub org: Option<OrgId>,
    /// Only the organisation with this official code (municipality code).
    pub code: Option<String>,
    /// Only this framework (pack id).
    pub framework: Option<String>,
    /// Only this status.
    pub status: Option<PlanStatus>,
    /// Only this region (wellbeing services county, county).
    pub region: Option<String>,
    /// Only this country.
    pub country: Option<Country>,
    /// Only this kind of organisation.
    pub kind: Option<OrgKind>,
}

impl StatusFilter {
    /// Whether a status row passes every condition of the filter.
    fn admits(&self, row: &StatusRow) -> bool {
        self.org.as_ref().is_none_or(|o| o.as_str() == row.org_id)
            && self
                .code
                .as_deref()
                .is_none_or(|c| row.code.as_deref() == Some(c))
            && self.framework.as_ref().is_none_or(|f| *f == row.framework)
            && self.status.is_none_or(|s| s == row.status)
            && self
                .region
                .as_deref()
                .is_none_or(|r| row.region.as_deref() == Some(r))
            && self.country.is_none_or(|c| c == row.country)
            && self.kind.is_none_or(|k| k == row.kind)
    }
}

/// One instance's copy of the statuses it last computed: every
/// organisation's, per date, with the facts' generation they were computed
/// from (`None` before the first computation).
#[derive(Debug, Default)]
pub(crate) struct StatusCache {
    generation: Option<i64>,
    lists: HashMap<time::Date, Arc<Vec<StatusRow>>>,
}

impl StatusCache {
    /// The most dates kept at once: today and the dashboard's year ends,
    /// with room for the dates an API client asks about.
    const MAX_DATES: usize = 32;
}

/// One organisation's status under one framework it is obliged by.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct StatusRow {
    /// The organisation's id in Jämlik.
    pub org_id: String,
    /// Its country (`FI`, `SE`).
    pub country: Country,
    /// Its official code (the municipality code), the stable identifier.
    pub code: Option<String>,
    /// Its name in Finnish.
    pub name_fi: Option<String>,
    /// Its name in Swedish.
    pub name_sv: Option<String>,
    /// Its name in English.
    pub name_en: Option<String>,
    /// Its region.
    pub region: Option<String>,
    /// Its kind.
    pub kind: OrgKind,
    /// Its size band by staff (see [`size_band`]).
    pub size_band: String,
    /// The framework (pack id).
    pub framework: String,
    /// The status.
    pub status: PlanStatus,
    /// The required elements missing (pack element ids).
    pub missing: Vec<String>,
    /// The day the status next changes by itself, if it does.
    pub next_change: Option<IsoDate>,
    /// Where the facts come from.
    pub source: StatusSource,
    /// When the plan behind the status was approved, if one was.
    pub approved_on: Option<IsoDate>,
    /// Whether the organisation is demo data.
    pub is_demo: bool,
}

/// The size band of an organisation by staff: `unknown`, `1-29`, `30-99`,
/// `100-249`, `250-999`, `1000-4999` or `5000+`.
pub fn size_band(staff: Option<i64>) -> &'static str {
    match staff {
        None => "unknown",
        Some(s) if s < 30 => "1-29",
        Some(s) if s < 100 => "30-99",
        Some(s) if s < 250 => "100-249",
        Some(s) if s < 1000 => "250-999",
        Some(s) if s < 5000 => "1000-4999",
        Some(_) => "5000+",
    }
}

/// The size bands, smallest first.
pub const SIZE_BANDS: [&str; 7] = [
    "unknown",
    "1-29",
    "30-99",
    "100-249",
    "250-999",
    "1000-4999",
    "5000+",
];

/// A self-report as stored.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SelfReport {
    /// Its id.
    pub id: String,
    /// The organisation.
    pub org_id: String,
    /// The framework (pack id).
    pub framework: String,
    /// When the plan was approved.
    pub approved_on: IsoDate,
    /// Who approved it.
    pub approved_body: String,
    /// Where the plan is published.
    pub link: Option<String>,
    /// The attached PDF, if any.
    pub file_id: Option<String>,
    /// The required elements the plan contains (pack element ids).
    pub elements: Vec<String>,
    /// When the pay survey was made, if the plan has one.
    pub pay_survey_on: Option<IsoDate>,
    /// When the plan was last followed up, if it was.
    pub followed_up_on: Option<IsoDate>,
    /// The pay-survey figures.
    pub figures: PayFigures,
    /// Whether a large change since the previous report was confirmed.
    pub jump_confirmed: bool,
    /// When it was submitted, Unix seconds.
    pub submitted_at: i64,
}

/// How a review names a self-report: its approval date and body.
pub fn self_report_label(approved_on: &str, approved_body: &str) -> String {
    format!("{approved_on} · {approved_body}")
}

/// A checked self-report to store.
#[derive(Clone, Debug, PartialEq)]
pub struct NewSelfReport {
    /// The framework (pack id).
    pub framework: String,
    /// When the plan was approved.
    pub approved_on: IsoDate,
    /// Who approved it.
    pub approved_body: String,
    /// Where the plan is published.
    pub link: Option<String>,
    /// The attached PDF: file name and bytes.
    pub file: Option<(String, Vec<u8>)>,
    /// The required elements the plan contains.
    pub elements: Vec<String>,
    /// When the pay survey was made.
    pub pay_survey_on: Option<IsoDate>,
    /// When the plan was last followed up.
    pub followed_up_on: Option<IsoDate>,
    /// The figures.
    pub figures: PayFigures,
    /// Whether a large change was confirmed.
    pub jump_confirmed: bool,
}

/// One published plan's key facts, for open data: a published version of a
/// plan made in Jämlik, or a self-report.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PublishedPlanRow {
    /// The organisation's id in Jämlik.
    pub org_id: String,
    /// Its country.
    pub country: Country,
    /// Its official code.
    pub code: Option<String>,
    /// Its name in Finnish.
    pub name_fi: Option<String>,
    /// Its name in Swedish.
    pub name_sv: Option<String>,
    /// Its region.
    pub region: Option<String>,
    /// Its kind.
    pub kind: OrgKind,
    /// The frameworks the plan covers (pack ids).
    pub frameworks: Vec<String>,
    /// Where the facts come from (`plan` or `self_report`).
    pub source: StatusSource,
    /// The version number (plans in Jämlik).
    pub version: Option<i64>,
    /// When it was approved.
    pub approved_on: IsoDate,
    /// Who approved it.
    pub approved_body: String,
    /// The plan period's first day (plans in Jämlik).
    pub period_start: Option<IsoDate>,
    /// The plan period's last day (plans in Jämlik).
    pub period_end: Option<IsoDate>,
    /// Where to read it: the stable public address in Jämlik (a path), or
    /// the link the organisation reported.
    pub link: Option<String>,
    /// Women's pay as a percentage of men's, where reported.
    pub women_pay_percent: Option<f64>,
    /// Whether the organisation is demo data.
    pub is_demo: bool,
}

/// Which published plans to list.
#[derive(Clone, Debug, Default)]
pub struct PublishedFilter {
    /// Only this organisation.
    pub org: Option<OrgId>,
    /// Only the organisation with this official code.
    pub code: Option<String>,
    /// Only plans covering this framework.
    pub framework: Option<String>,
    /// Only this region.
    pub region: Option<String>,
    /// Only this country.
    pub country: Option<Country>,
    /// Only this kind of organisation.
    pub kind: Option<OrgKind>,
    /// Only plans approved in this year.
    pub year: Option<i32>,
}

/// Cheap demo rows for national monitoring: plans with an approved version
/// and follow-up rounds, and self-reports, inserted in one transaction.
#[derive(Clone, Debug, Default)]
pub struct NationalSeed {
    /// Plans: organisation, framework, approved on (none: a draft), whether
    /// published, follow-up round closing dates.
    pub plans: Vec<SeedPlan>,
    /// Self-reports: organisation and the report.
    pub reports: Vec<(OrgId, NewSelfReport)>,
    /// The organisations the demo fills, with a staff size to set where
    /// none is known; each is marked as demo data.
    pub staff: Vec<(OrgId, i64)>,
}

/// One cheap demo plan.
#[derive(Clone, Debug)]
pub struct SeedPlan {
    /// The organisation.
    pub org: OrgId,
    /// The framework.
    pub framework: String,
    /// The plan's title.
    pub title: String,
    /// When it was started.
    pub started_on: IsoDate,
    /// When its version was approved; none for a draft.
    pub approved_on: Option<IsoDate>,
    /// Whether the version is published.
    pub published: bool,
    /// The closing dates of its follow-up rounds.
    pub rounds: Vec<IsoDate>,
    /// The element ids written as sections (the rest count as missing
    /// unless covered by records, of which a seeded plan has none but its
    /// approval and rounds).
    pub sections: Vec<String>,
    /// Who approved it, in the organisation's language.
    pub approved_body: String,
    /// What each written section says, in the organisation's language.
    pub section_body: String,
    /// The title and the sections' text in the organisation's other working
    /// languages (a bilingual municipality publishes in both).
    pub translations: Vec<(Language, String, String)>,
    /// Measures taken from the catalogue: its id, the title, the status.
    pub measures: Vec<(String, String, MeasureStatus)>,
}

/// Builds the WHERE conditions (and their values) that narrow organisations,
/// numbering parameters from `first`.
fn org_conditions(
    org: Option<&OrgId>,
    code: Option<&str>,
    region: Option<&str>,
    country: Option<Country>,
    kind: Option<OrgKind>,
    first: usize,
) -> (String, Vec<String>) {
    let mut conditions = Vec::new();
    let mut values = Vec::new();
    let mut add = |column: &str, value: String| {
        values.push(value);
        conditions.push(format!("o.{column} = ${}", first + values.len() - 1));
    };
    if let Some(org) = org {
        add("id", org.as_str().to_owned());
    }
    if let Some(code) = code {
        add("code", code.to_owned());
    }
    if let Some(region) = region {
        add("region", region.to_owned());
    }
    if let Some(country) = country {
        add("country", country.as_str().to_owned());
    }
    if let Some(kind) = kind {
        add("kind", kind.as_str().to_owned());
    }
    let text = if conditions.is_empty() {
        String::new()
    } else {
        format!(" AND {}", conditions.join(" AND "))
    };
    (text, values)
}

fn optional_date(row: &AnyRow, column: &str) -> StoreResult<Option<IsoDate>> {
    let raw: Option<String> = row.try_get(column)?;
    raw.filter(|r| !r.is_empty())
        .map(|r| IsoDate::parse(&r).map_err(|_| corrupt(column)))
        .transpose()
}

fn list(raw: &str) -> Vec<String> {
    raw.split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect()
}

/// The end of a day as Unix seconds (a plan started that day counts).
fn end_of_day(date: time::Date) -> i64 {
    date.midnight().assume_utc().unix_timestamp() + 86_399
}

/// A plan as read once for several dates: its approvals and follow-ups
/// with their dates, so that each date can take the latest on or before it.
struct DatedPlan {
    id: String,
    org_id: String,
    created_at: i64,
    frameworks: Vec<String>,
    covered: HashSet<Coverage>,
    approvals: Vec<IsoDate>,
    follow_ups: Vec<IsoDate>,
}

/// Which dated list of a plan a row goes to.
#[derive(Clone, Copy)]
enum DatedList {
    Approvals,
    FollowUps,
}

/// The latest of `days` on or before `as_of`.
fn latest_on(days: &[IsoDate], as_of: &IsoDate) -> Option<IsoDate> {
    days.iter().filter(|d| *d <= as_of).max().cloned()
}

/// A plan's facts as read for the status.
struct PlanFacts {
    frameworks: Vec<String>,
    approved_on: Option<IsoDate>,
    covered: HashSet<Coverage>,
    followed_up_on: Option<IsoDate>,
}

/// A self-report's facts as read for the status.
struct ReportFacts {
    framework: String,
    approved_on: IsoDate,
    elements: Vec<String>,
    pay_survey_on: Option<IsoDate>,
    followed_up_on: Option<IsoDate>,
}

/// The registry of shipped packs, or a corrupt-store error naming the fault.
pub(crate) fn packs() -> StoreResult<&'static Registry> {
    jamlik_packs::shipped().map_err(|e| StoreError::Corrupt(format!("packs: {e}")))
}

/// The facts of one organisation under one pack, newest approval first.
fn facts_for(
    pack: &Pack,
    plans: &[&PlanFacts],
    sections: &HashMap<(String, String), HashSet<String>>,
    plan_ids: &[&str],
    reports: &[&ReportFacts],
) -> StatusFacts {
    let mut facts = StatusFacts::default();
    let required: Vec<&str> = pack.required_element_ids().collect();
    for (plan, id) in plans.iter().zip(plan_ids) {
        if !plan.frameworks.contains(&pack.id) {
            continue;
        }
        let Some(approved_on) = &plan.approved_on else {
            facts.draft = true;
            continue;
        };
        if facts
            .approval
            .as_ref()
            .is_some_and(|a| a.approved_on >= *approved_on)
        {
            continue;
        }
        let written = sections.get(&((*id).to_owned(), pack.id.clone()));
        let missing: Vec<String> = pack
            .elements
            .iter()
            .filter(|e| e.required)
            .filter(|e| !written.is_some_and(|w| w.contains(&e.id)))
            .filter(|e| {
                // The approval is there by definition, and follow-up is
                // judged by its own cycle, so neither counts as missing.
                !e.covered_by.iter().any(|kind| {
                    matches!(kind, Coverage::Approval | Coverage::FollowUp)
                        || plan.covered.contains(kind)
                })
            })
            .map(|e| e.id.clone())
            .collect();
        let pay_ok = pack
            .status
            .as_ref()
            .and_then(|s| s.pay_survey.as_ref())
            .is_some_and(|element| !missing.contains(element));
        facts.approval = Some(ApprovalFacts {
            source: StatusSource::Plan,
            approved_on: approved_on.clone(),
            missing_elements: missing,
            pay_survey_on: pay_ok.then(|| approved_on.clone()),
            followed_up_on: plan.followed_up_on.clone(),
        });
    }
    for report in reports.iter().filter(|r| r.framework == pack.id) {
        if facts
            .approval
            .as_ref()
            .is_some_and(|a| a.approved_on >= report.approved_on)
        {
            continue;
        }
        let missing: Vec<String> = required
            .iter()
            .filter(|id| !report.elements.iter().any(|e| e == *id))
            .map(|id| (*id).to_owned())
            .collect();
        let pay_element = pack.status.as_ref().and_then(|s| s.pay_survey.as_ref());
        let pay_survey_on = match pay_element {
            Some(element) if report.elements.contains(element) => report
                .pay_survey_on
                .clone()
                .or_else(|| Some(report.approved_on.clone())),
            _ => None,
        };
        facts.approval = Some(ApprovalFacts {
            source: StatusSource::SelfReport,
            approved_on: report.approved_on.clone(),
            missing_elements: missing,
            pay_survey_on,
            followed_up_on: report.followed_up_on.clone(),
        });
    }
    facts
}

impl Store {
    /// Every organisation's status under every framework it is obliged by
    /// on `as_of`, narrowed by `filter`, sorted by country, code and
    /// framework; one page of it, or all when `page` is none.
    pub async fn organisation_statuses(
        &self,
        filter: &StatusFilter,
        as_of: time::Date,
        page: Option<PageRequest>,
    ) -> StoreResult<Paged<StatusRow>> {
        // Filtered by reference and paged before anything is copied: a page
        // of 100 copies 100 rows, not every organisation's.
        let registry = packs()?;
        if let Some(framework) = &filter.framework {
            if registry
                .get(framework)
                .and_then(|p| p.status.as_ref())
                .is_none()
            {
                return Err(StoreError::Rule(ErrorCode::InvalidFramework));
            }
        }
        let lists = self.all_statuses_on(&[as_of]).await?;
        let matching: Vec<&StatusRow> = lists
            .iter()
            .flat_map(|rows| rows.iter())
            .filter(|row| filter.admits(row))
            .collect();
        let paged = page_of(matching, page);
        Ok(Paged {
            items: paged.items.into_iter().cloned().collect(),
            total: paged.total,
            page: paged.page,
            per_page: paged.per_page,
        })
    }

    /// [`Store::organisation_statuses`] on each of several dates, from one
    /// reading of the plans and self-reports: the lists come back in the
    /// order of `dates`. The dashboard's figures over time use it.
    pub async fn organisation_statuses_on(
        &self,
        filter: &StatusFilter,
        dates: &[time::Date],
    ) -> StoreResult<Vec<Vec<StatusRow>>> {
        let registry = packs()?;
        if let Some(framework) = &filter.framework {
            if registry
                .get(framework)
                .and_then(|p| p.status.as_ref())
                .is_none()
            {
                return Err(StoreError::Rule(ErrorCode::InvalidFramework));
            }
        }
        let lists = self.all_statuses_on(dates).await?;
        Ok(lists
            .iter()
            .map(|rows| {
                rows.iter()
                    .filter(|row| filter.admits(row))
                    .cloned()
                    .collect()
            })
            .collect())
    }

    /// The facts' generation: a number that moves on with every change to
    /// the tables statuses are computed from (see [`StatusCache`]). Pages
    /// derived from statuses alone may be kept per generation and day.
    pub async fn facts_generation(&self) -> StoreResult<i64> {
        Ok(sqlx::query("SELECT n FROM facts_generation WHERE id = 1")
            .fetch_one(&self.pool)
            .await?
            .try_get("n")?)
    }

    /// Every organisation's statuses on each date, from this instance's copy
    /// when the facts' generation in the database is still the one it was
    /// computed from, else computed afresh (only the dates it lacks). The
    /// generation is read before the facts, so a change that commits in
    /// between leaves a copy tagged older than it is, which the next call
    /// throws away: a copy is never taken for newer than its facts. One
    /// computation at a time: requests that arrive meanwhile wait for it
    /// rather than repeat it.
    async fn all_statuses_on(&self, dates: &[time::Date]) -> StoreResult<Vec<Arc<Vec<StatusRow>>>> {
        let mut cache = self.statuses.lock().await;
        let generation: i64 = sqlx::query("SELECT n FROM facts_generation WHERE id = 1")
            .fetch_one(&self.pool)
            .await?
            .try_get("n")?;
        if cache.generation != Some(generation) {
            cache.lists.clear();
            cache.generation = Some(generation);
        }
        let mut missing: Vec<time::Date> = dates
            .iter()
            .copied()
            .filter(|d| !cache.lists.contains_key(d))
            .collect();
        missing.sort_unstable();
        missing.dedup();
        if !missing.is_empty() {
            if cache.lists.len() + missing.len() > StatusCache::MAX_DATES {
                cache.lists.clear();
            }
            let computed = self
                .compute_statuses_on(&StatusFilter::default(), &missing)
                .await?;
            for (date, rows) in missing.into_iter().zip(computed) {
                cache.lists.insert(date, Arc::new(rows));
            }
        }
        dates
            .iter()
            .map(|d| {
                cache
                    .lists
                    .get(d)
                    .cloned()
                    .ok_or_else(|| corrupt("status cache"))
            })
            .collect()
    }

    /// Computes [`Store::organisation_statuses_on`] from the database,
    /// without the cache.
    async fn compute_statuses_on(
        &self,
        filter: &StatusFilter,
        dates: &[time::Date],
    ) -> StoreResult<Vec<Vec<StatusRow>>> {
        let registry = packs()?;
        let Some(latest) = dates.iter().max().copied() else {
            return Ok(Vec::new());
        };
        let latest_text = IsoDate::from_date(latest).to_string();
        let (conditions, values) = org_conditions(
            filter.org.as_ref(),
            filter.code.as_deref(),
            filter.region.as_deref(),
            filter.country,
            filter.kind,
            1,
        );
        let mut connection = self.pool.acquire().await?;
        let sql = format!(
            "SELECT o.id, o.country, o.code, o.kind, o.name_fi, o.name_sv, o.name_en, o.region, \
             o.staff_size, o.is_demo FROM organisations o WHERE 1 = 1{conditions} \
             ORDER BY o.country, o.code, o.sort_name, o.id"
        );
        let mut query = sqlx::query(&sql);
        for value in &values {
            query = query.bind(value.clone());
        }
        let org_rows = query.fetch_all(&mut *connection).await?;

        // Plans made by the latest date, with what they cover; their
        // approvals and follow-ups are read apart, as dated lists, so that
        // each date takes the latest one on or before it.
        let (conditions, values) = org_conditions(
            filter.org.as_ref(),
            filter.code.as_deref(),
            filter.region.as_deref(),
            filter.country,
            filter.kind,
            2,
        );
        let sql = format!(
            "SELECT p.id, p.org_id, p.frameworks, p.created_at, \
             (SELECT COUNT(*) FROM measures m WHERE m.plan_id = p.id) AS measures, \
             (SELECT COUNT(*) FROM findings f WHERE f.plan_id = p.id) AS findings, \
             (SELECT COUNT(*) FROM assessments a WHERE a.plan_id = p.id AND a.conclusion <> 'not_assessed') AS assessments, \
             (SELECT COUNT(*) FROM consultations c WHERE c.plan_id = p.id) AS consultations \
             FROM plans p JOIN organisations o ON o.id = p.org_id WHERE p.created_at <= $1{conditions}"
        );
        let mut query = sqlx::query(&sql).bind(end_of_day(latest));
        for value in &values {
            query = query.bind(value.clone());
        }
        let mut plans: Vec<DatedPlan> = Vec::new();
        for row in query.fetch_all(&mut *connection).await? {
            let count =
                |column: &str| -> StoreResult<bool> { Ok(row.try_get::<i64, _>(column)? > 0) };
            let mut covered = HashSet::new();
            for (column, kind) in [
                ("measures", Coverage::Measures),
                ("findings", Coverage::Findings),
                ("assessments", Coverage::Assessments),
                ("consultations", Coverage::Consultations),
            ] {
                if count(column)? {
                    covered.insert(kind);
                }
            }
            plans.push(DatedPlan {
                id: row.try_get("id")?,
                org_id: row.try_get("org_id")?,
                created_at: row.try_get("created_at")?,
                frameworks: list(&row.try_get::<String, _>("frameworks")?),
                covered,
                approvals: Vec::new(),
                follow_ups: Vec::new(),
            });
        }
        let index: HashMap<String, usize> = plans
            .iter()
            .enumerate()
            .map(|(i, p)| (p.id.clone(), i))
            .collect();
        for (table, column, sink) in [
            ("plan_versions", "approved_on", DatedList::Approvals),
            ("followup_rounds", "closes_on", DatedList::FollowUps),
        ] {
            let sql = format!(
                "SELECT d.plan_id, d.{column} AS day FROM {table} d \
                 JOIN plans p ON p.id = d.plan_id JOIN organisations o ON o.id = p.org_id \
                 WHERE d.{column} IS NOT NULL AND d.{column} <= $1{conditions}"
            );
            let mut query = sqlx::query(&sql).bind(latest_text.clone());
            for value in &values {
                query = query.bind(value.clone());
            }
            for row in query.fetch_all(&mut *connection).await? {
                let plan_id: String = row.try_get("plan_id")?;
                let Some(day) = optional_date(&row, "day")? else {
                    continue;
                };
                if let Some(plan) = index.get(&plan_id).and_then(|&i| plans.get_mut(i)) {
                    match sink {
                        DatedList::Approvals => plan.approvals.push(day),
                        DatedList::FollowUps => plan.follow_ups.push(day),
                    }
                }
            }
        }
        let mut plans_of: HashMap<&str, Vec<&DatedPlan>> = HashMap::new();
        for plan in &plans {
            plans_of.entry(plan.org_id.as_str()).or_default().push(plan);
        }

        let sql = format!(
            "SELECT s.plan_id, s.framework, s.element FROM plan_sections s \
             JOIN plans p ON p.id = s.plan_id JOIN organisations o ON o.id = p.org_id \
             WHERE TRIM(s.body) <> '' AND p.created_at <= $1{conditions}"
        );
        let mut query = sqlx::query(&sql).bind(end_of_day(latest));
        for value in &values {
            query = query.bind(value.clone());
        }
        let mut sections: HashMap<(String, String), HashSet<String>> = HashMap::new();
        for row in query.fetch_all(&mut *connection).await? {
            sections
                .entry((row.try_get("plan_id")?, row.try_get("framework")?))
                .or_default()
                .insert(row.try_get("element")?);
        }

        let sql = format!(
            "SELECT r.org_id, r.framework, r.approved_on, r.elements, r.pay_survey_on, r.followed_up_on \
             FROM self_reports r JOIN organisations o ON o.id = r.org_id \
             WHERE r.approved_on <= $1{conditions} ORDER BY r.approved_on, r.submitted_at"
        );
        let mut query = sqlx::query(&sql).bind(latest_text);
        for value in &values {
            query = query.bind(value.clone());
        }
        let mut reports: HashMap<String, Vec<ReportFacts>> = HashMap::new();
        for row in query.fetch_all(&mut *connection).await? {
            let facts = ReportFacts {
                framework: row.try_get("framework")?,
                approved_on: IsoDate::parse(&row.try_get::<String, _>("approved_on")?)
                    .map_err(|_| corrupt("self_reports.approved_on"))?,
                elements: list(&row.try_get::<String, _>("elements")?),
                pay_survey_on: optional_date(&row, "pay_survey_on")?,
                followed_up_on: optional_date(&row, "followed_up_on")?,
            };
            reports
                .entry(row.try_get("org_id")?)
                .or_default()
                .push(facts);
        }
        drop(connection);

        // The organisations' own columns, read once for every date.
        struct OrgFacts {
            id: String,
            country: Country,
            kind: OrgKind,
            staff: Option<i64>,
            code: Option<String>,
            name_fi: Option<String>,
            name_sv: Option<String>,
            name_en: Option<String>,
            region: Option<String>,
            is_demo: bool,
        }
        let organisations = org_rows
            .iter()
            .map(|row| {
                Ok(OrgFacts {
                    id: row.try_get("id")?,
                    country: Country::parse(&row.try_get::<String, _>("country")?)
                        .map_err(|_| corrupt("organisations.country"))?,
                    kind: OrgKind::parse(&row.try_get::<String, _>("kind")?)
                        .map_err(|_| corrupt("organisations.kind"))?,
                    staff: row.try_get("staff_size")?,
                    code: row.try_get("code")?,
                    name_fi: row.try_get("name_fi")?,
                    name_sv: row.try_get("name_sv")?,
                    name_en: row.try_get("name_en")?,
                    region: row.try_get("region")?,
                    is_demo: row.try_get::<i64, _>("is_demo")? != 0,
                })
            })
            .collect::<StoreResult<Vec<_>>>()?;

        let mut lists = Vec::with_capacity(dates.len());
        for &as_of in dates {
            let as_of_iso = IsoDate::from_date(as_of);
            let cutoff = end_of_day(as_of);
            let mut rows = Vec::new();
            for org in &organisations {
                let staff_u = org.staff.and_then(|s| u64::try_from(s).ok());
                let existing: Vec<&DatedPlan> = plans_of
                    .get(org.id.as_str())
                    .map(|p| {
                        p.iter()
                            .copied()
                            .filter(|p| p.created_at <= cutoff)
                            .collect()
                    })
                    .unwrap_or_default();
                let owned_facts: Vec<PlanFacts> = existing
                    .iter()
                    .map(|p| PlanFacts {
                        frameworks: p.frameworks.clone(),
                        approved_on: latest_on(&p.approvals, &as_of_iso),
                        covered: p.covered.clone(),
                        followed_up_on: latest_on(&p.follow_ups, &as_of_iso),
                    })
                    .collect();
                let plan_facts: Vec<&PlanFacts> = owned_facts.iter().collect();
                let plan_ids: Vec<&str> = existing.iter().map(|p| p.id.as_str()).collect();
                let org_reports: Vec<&ReportFacts> = reports
                    .get(&org.id)
                    .map(|r| r.iter().filter(|r| r.approved_on <= as_of_iso).collect())
                    .unwrap_or_default();
                for pack in registry.packs() {
                    if filter.framework.as_ref().is_some_and(|f| *f != pack.id) {
                        continue;
                    }
                    if !pack.monitors(org.country, org.kind, staff_u, as_of) {
                        continue;
                    }
                    let Some(rules) = pack.status_rules(staff_u) else {
                        continue;
                    };
                    let facts = facts_for(pack, &plan_facts, &sections, &plan_ids, &org_reports);
                    let outcome = compute_status(&rules, &facts, as_of);
                    if filter.status.is_some_and(|s| s != outcome.status) {
                        continue;
                    }
                    rows.push(StatusRow {
                        org_id: org.id.clone(),
                        country: org.country,
                        code: org.code.clone(),
                        name_fi: org.name_fi.clone(),
                        name_sv: org.name_sv.clone(),
                        name_en: org.name_en.clone(),
                        region: org.region.clone(),
                        kind: org.kind,
                        size_band: size_band(org.staff).to_owned(),
                        framework: pack.id.clone(),
                        status: outcome.status,
                        missing: outcome.missing,
                        next_change: outcome.next_change,
                        source: outcome.source,
                        approved_on: facts.approval.map(|a| a.approved_on),
                        is_demo: org.is_demo,
                    });
                }
            }
            lists.push(rows);
        }
        Ok(lists)
    }

    /// Whether an organisation with this official code exists (in this
    /// country, when given).
    pub async fn organisation_code_exists(
        &self,
        code: &str,
        country: Option<Country>,
    ) -> StoreResult<bool> {
        let row = sqlx::query(
            "SELECT COUNT(*) AS n FROM organisations WHERE code = $1 AND ($2 = '' OR country = $2)",
        )
        .bind(code.to_owned())
        .bind(country.map(|c| c.as_str().to_owned()).unwrap_or_default())
        .fetch_one(&self.pool)
        .await?;
        Ok(row.try_get::<i64, _>("n")? > 0)
    }

    /// The published plans' key facts: published versions of plans in
    /// Jämlik and self-reports, newest approval first.
    pub async fn published_plan_facts(
        &self,
        filter: &PublishedFilter,
        page: Option<PageRequest>,
    ) -> StoreResult<Paged<PublishedPlanRow>> {
        let (conditions, values) = org_conditions(
            filter.org.as_ref(),
            filter.code.as_deref(),
            filter.region.as_deref(),
            filter.country,
            filter.kind,
            1,
        );
        let mut connection = self.pool.acquire().await?;
        let sql = format!(
            "SELECT o.id AS org_id, o.country, o.code, o.name_fi, o.name_sv, o.region, o.kind, o.is_demo, \
             p.frameworks, p.period_start, p.period_end, p.public_id, v.number, v.approved_on, v.approved_body \
             FROM plan_versions v JOIN plans p ON p.id = v.plan_id JOIN organisations o ON o.id = p.org_id \
             WHERE v.published_at IS NOT NULL{conditions}"
        );
        let mut query = sqlx::query(&sql);
        for value in &values {
            query = query.bind(value.clone());
        }
        let mut rows = Vec::new();
        let org_part = |row: &AnyRow| -> StoreResult<(String, Country, OrgKind)> {
            Ok((
                row.try_get("org_id")?,
                Country::parse(&row.try_get::<String, _>("country")?)
                    .map_err(|_| corrupt("organisations.country"))?,
                OrgKind::parse(&row.try_get::<String, _>("kind")?)
                    .map_err(|_| corrupt("organisations.kind"))?,
            ))
        };
        for row in query.fetch_all(&mut *connection).await? {
            let (org_id, country, kind) = org_part(&row)?;
            let public_id: Option<String> = row.try_get("public_id")?;
            rows.push(PublishedPlanRow {
                org_id,
                country,
                code: row.try_get("code")?,
                name_fi: row.try_get("name_fi")?,
                name_sv: row.try_get("name_sv")?,
                region: row.try_get("region")?,
                kind,
                frameworks: list(&row.try_get::<String, _>("frameworks")?),
                source: StatusSource::Plan,
                version: Some(row.try_get("number")?),
                approved_on: IsoDate::parse(&row.try_get::<String, _>("approved_on")?)
                    .map_err(|_| corrupt("plan_versions.approved_on"))?,
                approved_body: row.try_get("approved_body")?,
                period_start: optional_date(&row, "period_start")?,
                period_end: optional_date(&row, "period_end")?,
                link: public_id.map(|id| format!("/p/{id}")),
                women_pay_percent: None,
                is_demo: row.try_get::<i64, _>("is_demo")? != 0,
            });
        }
        let sql = format!(
            "SELECT o.id AS org_id, o.country, o.code, o.name_fi, o.name_sv, o.region, o.kind, o.is_demo, \
             r.framework, r.approved_on, r.approved_body, r.link, r.women_pay_percent \
             FROM self_reports r JOIN organisations o ON o.id = r.org_id WHERE 1 = 1{conditions}"
        );
        let mut query = sqlx::query(&sql);
        for value in &values {
            query = query.bind(value.clone());
        }
        for row in query.fetch_all(&mut *connection).await? {
            let (org_id, country, kind) = org_part(&row)?;
            rows.push(PublishedPlanRow {
                org_id,
                country,
                code: row.try_get("code")?,
                name_fi: row.try_get("name_fi")?,
                name_sv: row.try_get("name_sv")?,
                region: row.try_get("region")?,
                kind,
                frameworks: vec![row.try_get("framework")?],
                source: StatusSource::SelfReport,
                version: None,
                approved_on: IsoDate::parse(&row.try_get::<String, _>("approved_on")?)
                    .map_err(|_| corrupt("self_reports.approved_on"))?,
                approved_body: row.try_get("approved_body")?,
                period_start: None,
                period_end: None,
                link: row.try_get("link")?,
                women_pay_percent: row.try_get("women_pay_percent")?,
                is_demo: row.try_get::<i64, _>("is_demo")? != 0,
            });
        }
        drop(connection);
        rows.retain(|r| {
            filter
                .framework
                .as_ref()
                .is_none_or(|f| r.frameworks.contains(f))
                && filter
                    .year
                    .is_none_or(|y| r.approved_on.date().is_some_and(|d| d.year() == y))
        });
        rows.sort_by(|a, b| {
            b.approved_on
                .cmp(&a.approved_on)
                .then_with(|| a.country.as_str().cmp(b.country.as_str()))
                .then_with(|| a.code.cmp(&b.code))
        });
        Ok(page_of(rows, page))
    }

    /// How many self-reports there are, in all organisations.
    pub async fn count_self_reports(&self) -> StoreResult<i64> {
        let row = sqlx::query("SELECT COUNT(*) AS n FROM self_reports")
            .fetch_one(&self.pool)
            .await?;
        Ok(row.try_get("n")?)
    }

    /// An organisation's self-reports, newest first (the history).
    pub async fn self_reports(&self, org: &OrgId) -> StoreResult<Vec<SelfReport>> {
        let rows = sqlx::query(&format!(
            "SELECT {REPORT_COLUMNS} FROM self_reports WHERE org_id = $1 \
             ORDER BY submitted_at DESC, id DESC"
        ))
        .bind(org.as_str())
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(report_row).collect()
    }

    /// Women's pay as a percentage of men's in the organisation's newest
    /// self-report under a framework, for the year-on-year check.
    pub async fn previous_women_pay(
        &self,
        org: &OrgId,
        framework: &str,
    ) -> StoreResult<Option<f64>> {
        let row = sqlx::query(
            "SELECT women_pay_percent FROM self_reports WHERE org_id = $1 AND framework = $2 \
             AND women_pay_percent IS NOT NULL ORDER BY approved_on DESC, submitted_at DESC LIMIT 1",
        )
        .bind(org.as_str())
        .bind(framework.to_owned())
        .fetch_optional(&self.pool)
        .await?;
        Ok(match row {
            Some(row) => row.try_get("women_pay_percent")?,
            None => None,
        })
    }

    /// Stores a checked self-report (and its file) with its audit entry, in
    /// one transaction.
    pub async fn submit_self_report(
        &self,
        actor: &Actor,
        org: &OrgId,
        report: NewSelfReport,
    ) -> StoreResult<SelfReport> {
        let mut tx = self.write().await?;
        let stored = insert_report(&mut tx, actor, org, report).await?;
        record(
            &mut tx,
            actor,
            AuditEvent::new(
                Some(org),
                "self_report",
                stored.id.as_str(),
                "create",
                None::<&()>,
                Some(&stored),
            ),
        )
        .await?;
        tx.commit().await?;
        Ok(stored)
    }

    /// A self-report's file with its bytes, if it belongs to the organisation.
    pub async fn self_report_file(
        &self,
        org: &OrgId,
        file: &str,
    ) -> StoreResult<(String, String, Vec<u8>)> {
        let row = sqlx::query(
            "SELECT name, content_type, content FROM self_report_files WHERE id = $1 AND org_id = $2",
        )
        .bind(file.to_owned())
        .bind(org.as_str())
        .fetch_optional(&self.pool)
        .await?
        .ok_or(StoreError::Rule(ErrorCode::ReportNotFound))?;
        Ok((
            row.try_get("name")?,
            row.try_get("content_type")?,
            row.try_get("content")?,
        ))
    }

    /// Inserts cheap demo rows for national monitoring in one transaction,
    /// with one audit entry for the batch.
    pub async fn seed_national(&self, actor: &Actor, seed: NationalSeed) -> StoreResult<usize> {
        let mut tx = self.write().await?;
        let at = now();
        for (org, staff) in &seed.staff {
            sqlx::query(
                "UPDATE organisations SET staff_size = COALESCE(staff_size, $1), is_demo = 1 WHERE id = $2",
            )
            .bind(*staff)
            .bind(org.as_str())
            .execute(&mut *tx)
            .await?;
        }
        let mut count = 0usize;
        for plan in &seed.plans {
            let id = new_id();
            let state = match (&plan.approved_on, plan.published) {
                (None, _) => "draft",
                (Some(_), false) => "approved",
                (Some(_), true) => "published",
            };
            let started = plan
                .started_on
                .date()
                .map_or(at, |d| d.midnight().assume_utc().unix_timestamp());
            let public_id = plan
                .published
                .then(|| format!("plan{}", new_id().replace('-', "")));
            let period_end = plan
                .started_on
                .date()
                .map(|d| IsoDate::from_date(jamlik_domain::add_months(d, 48)).to_string())
                .unwrap_or_default();
            sqlx::query(
                "INSERT INTO plans (id, org_id, title, frameworks, period_start, period_end, working_group, \
                 state, created_at, updated_at, public_id) VALUES ($1, $2, $3, $4, $5, $6, '', $7, $8, $8, $9)",
            )
            .bind(id.clone())
            .bind(plan.org.as_str())
            .bind(plan.title.clone())
            .bind(plan.framework.clone())
            .bind(plan.started_on.to_string())
            .bind(period_end)
            .bind(state)
            .bind(started)
            .bind(public_id)
            .execute(&mut *tx)
            .await?;
            if let Some(approved_on) = &plan.approved_on {
                let version_public = plan.published.then(|| new_id().replace('-', ""));
                // The version holds what a real approval freezes: the plan
                // as it stands (the demo's plans have nothing else yet).
                let snapshot = crate::PlanSnapshot {
                    plan: crate::planning::fetch_plan(&mut tx, &plan.org, &id).await?,
                    services: Vec::new(),
                    findings: Vec::new(),
                    measures: Vec::new(),
                    evaluations: Vec::new(),
                    consultations: Vec::new(),
                    sections: Vec::new(),
                    translations: plan
                        .translations
                        .iter()
                        .map(|(language, title, _)| crate::Translation {
                            field: TextField::PlanTitle,
                            entity_id: id.clone(),
                            language: *language,
                            body: title.clone(),
                        })
                        .collect(),
                };
                let snapshot = serde_json::to_string(&snapshot)
                    .map_err(|e| StoreError::Corrupt(e.to_string()))?;
                sqlx::query(
                    "INSERT INTO plan_versions (id, plan_id, number, snapshot_json, approved_body, approved_on, \
                     decision_ref, created_at, public_id, published_at) VALUES ($1, $2, 1, $8, $3, $4, '', $5, $6, $7)",
                )
                .bind(new_id())
                .bind(id.clone())
                .bind(plan.approved_body.clone())
                .bind(approved_on.to_string())
                .bind(started)
                .bind(version_public.clone())
                .bind(version_public.map(|_| started))
                .bind(snapshot)
                .execute(&mut *tx)
                .await?;
            }
            for (n, closes_on) in plan.rounds.iter().enumerate() {
                sqlx::query(
                    "INSERT INTO followup_rounds (id, plan_id, name, opens_on, closes_on, created_at) \
                     VALUES ($1, $2, $3, $4, $4, $5)",
                )
                .bind(new_id())
                .bind(id.clone())
                .bind((n + 1).to_string())
                .bind(closes_on.to_string())
                .bind(started)
                .execute(&mut *tx)
                .await?;
            }
            for element in &plan.sections {
                sqlx::query(
                    "INSERT INTO plan_sections (plan_id, framework, element, body, updated_at) \
                     VALUES ($1, $2, $3, $4, $5)",
                )
                .bind(id.clone())
                .bind(plan.framework.clone())
                .bind(element.clone())
                .bind(plan.section_body.clone())
                .bind(started)
                .execute(&mut *tx)
                .await?;
            }
            for (catalogue_id, title, status) in &plan.measures {
                sqlx::query(
                    "INSERT INTO measures (id, plan_id, title, goal, owner_unit, status, created_at, updated_at, catalogue_id) \
                     VALUES ($1, $2, $3, '', '', $4, $5, $5, $6)",
                )
                .bind(new_id())
                .bind(id.clone())
                .bind(title.clone())
                .bind(status.as_str())
                .bind(started)
                .bind(catalogue_id.clone())
                .execute(&mut *tx)
                .await?;
            }
            for (language, title, body) in &plan.translations {
                let texts = std::iter::once((TextField::PlanTitle, id.clone(), title)).chain(
                    plan.sections.iter().map(|element| {
                        (
                            TextField::SectionBody,
                            format!("{}/{element}", plan.framework),
                            body,
                        )
                    }),
                );
                for (field, entity, text) in texts {
                    sqlx::query(
                        "INSERT INTO text_translations (plan_id, field, entity_id, language, body, updated_at) \
                         VALUES ($1, $2, $3, $4, $5, $6)",
                    )
                    .bind(id.clone())
                    .bind(field.as_str())
                    .bind(entity)
                    .bind(language.as_str())
                    .bind(text.clone())
                    .bind(started)
                    .execute(&mut *tx)
                    .await?;
                }
            }
            count += 1;
        }
        for (org, report) in seed.reports {
            insert_report(&mut tx, actor, &org, report).await?;
            count += 1;
        }
        record(
            &mut tx,
            actor,
            AuditEvent::new(
                None,
                "national_seed",
                "demo",
                "create",
                None::<&()>,
                Some(&serde_json::json!({ "rows": count })),
            ),
        )
        .await?;
        tx.commit().await?;
        Ok(count)
    }
}

const REPORT_COLUMNS: &str = "id, org_id, framework, approved_on, approved_body, link, file_id, \
    elements, pay_survey_on, followed_up_on, figures_json, jump_confirmed, submitted_at";

fn report_row(row: &AnyRow) -> StoreResult<SelfReport> {
    let figures: String = row.try_get("figures_json")?;
    Ok(SelfReport {
        id: row.try_get("id")?,
        org_id: row.try_get("org_id")?,
        framework: row.try_get("framework")?,
        approved_on: IsoDate::parse(&row.try_get::<String, _>("approved_on")?)
            .map_err(|_| corrupt("self_reports.approved_on"))?,
        approved_body: row.try_get("approved_body")?,
        link: row.try_get("link")?,
        file_id: row.try_get("file_id")?,
        elements: list(&row.try_get::<String, _>("elements")?),
        pay_survey_on: optional_date(row, "pay_survey_on")?,
        followed_up_on: optional_date(row, "followed_up_on")?,
        figures: serde_json::from_str(&figures)
            .map_err(|_| corrupt("self_reports.figures_json"))?,
        jump_confirmed: row.try_get::<i64, _>("jump_confirmed")? != 0,
        submitted_at: row.try_get("submitted_at")?,
    })
}

async fn insert_report(
    tx: &mut sqlx::AnyConnection,
    actor: &Actor,
    org: &OrgId,
    report: NewSelfReport,
) -> StoreResult<SelfReport> {
    let at = now();
    let user = actor.user_id.as_ref().map(|u| u.as_str().to_owned());
    let file_id = match report.file {
        Some((name, content)) => {
            let id = new_id();
            sqlx::query(
                "INSERT INTO self_report_files (id, org_id, name, content_type, size, content, created_by, created_at) \
                 VALUES ($1, $2, $3, 'application/pdf', $4, $5, $6, $7)",
            )
            .bind(id.clone())
            .bind(org.as_str())
            .bind(name)
            .bind(i64::try_from(content.len()).unwrap_or(i64::MAX))
            .bind(content)
            .bind(user.clone())
            .bind(at)
            .execute(&mut *tx)
            .await?;
            Some(id)
        }
        None => None,
    };
    let stored = SelfReport {
        id: new_id(),
        org_id: org.as_str().to_owned(),
        framework: report.framework,
        approved_on: report.approved_on,
        approved_body: report.approved_body,
        link: report.link,
        file_id,
        elements: report.elements,
        pay_survey_on: report.pay_survey_on,
        followed_up_on: report.followed_up_on,
        figures: report.figures,
        jump_confirmed: report.jump_confirmed,
        submitted_at: at,
    };
    let figures = serde_json::to_string(&stored.figures)
        .map_err(|e| StoreError::Corrupt(format!("figures: {e}")))?;
    sqlx::query(
        "INSERT INTO self_reports (id, org_id, framework, approved_on, approved_body, link, file_id, elements, \
         pay_survey_on, followed_up_on, women_pay_percent, figures_json, jump_confirmed, submitted_by, submitted_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, CASE WHEN $16 = 1 THEN $11 ELSE NULL END, $12, $13, $14, $15)",
    )
    .bind(stored.id.clone())
    .bind(org.as_str())
    .bind(stored.framework.clone())
    .bind(stored.approved_on.to_string())
    .bind(stored.approved_body.clone())
    .bind(stored.link.clone())
    .bind(stored.file_id.clone())
    .bind(stored.elements.join(","))
    .bind(stored.pay_survey_on.as_ref().map(ToString::to_string))
    .bind(stored.followed_up_on.as_ref().map(ToString::to_string))
    // A missing figure is bound as a number with a flag: the Any driver
    // cannot send a typed NULL of DOUBLE PRECISION to PostgreSQL.
    .bind(stored.figures.women_pay_percent.unwrap_or(0.0))
    .bind(figures)
    .bind(i64::from(stored.jump_confirmed))
    .bind(user)
    .bind(at)
    .bind(i64::from(stored.figures.women_pay_percent.is_some()))
    .execute(&mut *tx)
    .await?;
    Ok(stored)
}

/// One page of a list computed in full (statuses are computed, not stored,
/// so they are filtered and paged after computing); all of it without a page.
fn page_of<T>(rows: Vec<T>, page: Option<PageRequest>) -> Paged<T> {
    let total = i64::try_from(rows.len()).unwrap_or(i64::MAX);
    match page {
        None => Paged {
            items: rows,
            total,
            page: 1,
            per_page: total.max(1),
        },
        Some(page) => {
            let skip = usize::try_from((page.page - 1) * page.per_page).unwrap_or(usize::MAX);
            let take = usize::try_from(page.per_page).unwrap_or(0);
            Paged {
                items: rows.into_iter().skip(skip).take(take).collect(),
                total,
                page: page.page,
                per_page: page.per_page,
            }
        }
    }
}
