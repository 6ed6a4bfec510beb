//! The planning workspace's records: plans, services and units, findings,
//! measures and their dated status history. Every change is audited in its
//! own transaction; every read is scoped to one organisation, so an id from
//! another organisation is simply not found.

use jamlik_domain::{
    measure_has_owner, DiscriminationKind, ErrorCode, Framework, IsoDate, MeasureStatus, OrgId,
    PlanState, UserId,
};
use serde::{Deserialize, Serialize};
use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Row};

use crate::audit::{record, Actor, AuditEvent};
use crate::{new_id, now, Store, StoreError, StoreResult};

/// A plan.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Plan {
    /// Its id.
    pub id: String,
    /// The organisation.
    pub org_id: OrgId,
    /// Title.
    pub title: String,
    /// Frameworks it covers.
    pub frameworks: Vec<Framework>,
    /// First day.
    pub period_start: IsoDate,
    /// Last day.
    pub period_end: IsoDate,
    /// The working group.
    pub working_group: String,
    /// Where it stands.
    pub state: PlanState,
    /// When it was made.
    pub created_at: i64,
    /// The plan it continues, if one.
    #[serde(default)]
    pub previous_plan_id: Option<String>,
    /// Its stable public address's id, once a version is published: it
    /// always shows the newest published version.
    #[serde(default)]
    pub public_id: Option<String>,
}

/// A service or unit to assess.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Service {
    /// Its id.
    pub id: String,
    /// Name.
    pub name: String,
    /// The unit or department responsible.
    pub unit: String,
    /// What it is.
    pub description: String,
    /// The person who assesses it.
    pub owner_user_id: Option<UserId>,
}

/// What a new service holds.
#[derive(Clone, Debug)]
pub struct ServiceInput {
    /// Name (checked).
    pub name: String,
    /// Unit.
    pub unit: String,
    /// Description.
    pub description: String,
    /// Who assesses it.
    pub owner_user_id: Option<UserId>,
}

/// A finding: a risk of discrimination found in the assessment.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Finding {
    /// Its id.
    pub id: String,
    /// The plan.
    pub plan_id: String,
    /// The service it concerns, if one.
    pub service_id: Option<String>,
    /// The ground (a pack's ground id, such as `disability`).
    pub ground: String,
    /// Direct or indirect.
    pub kind: DiscriminationKind,
    /// What was found.
    pub description: String,
    /// Who is affected.
    pub affected: String,
    /// 1–4.
    pub severity: i64,
    /// 1–4.
    pub likelihood: i64,
    /// Who recorded it.
    pub created_by: Option<UserId>,
}

/// What a new finding holds (checked by the caller with the domain rules).
#[derive(Clone, Debug)]
pub struct FindingInput {
    /// The service, if one.
    pub service_id: Option<String>,
    /// The ground.
    pub ground: String,
    /// Direct or indirect.
    pub kind: DiscriminationKind,
    /// What was found.
    pub description: String,
    /// Who is affected.
    pub affected: String,
    /// 1–4.
    pub severity: i64,
    /// 1–4.
    pub likelihood: i64,
}

/// A measure.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Measure {
    /// Its id.
    pub id: String,
    /// The plan.
    pub plan_id: String,
    /// The finding it answers, if one.
    pub finding_id: Option<String>,
    /// Title.
    pub title: String,
    /// The goal.
    pub goal: String,
    /// The responsible person.
    pub owner_user_id: Option<UserId>,
    /// The responsible unit.
    pub owner_unit: String,
    /// Budget in cents.
    pub budget_cents: Option<i64>,
    /// Start date.
    pub start_date: Option<IsoDate>,
    /// Due date.
    pub due_date: Option<IsoDate>,
    /// Where it stands.
    pub status: MeasureStatus,
    /// Last change.
    pub updated_at: i64,
    /// The measure of the previous plan it was carried forward from, if one.
    #[serde(default)]
    pub carried_from: Option<String>,
    /// The catalogue entry it was taken from, if any.
    #[serde(default)]
    pub catalogue_id: Option<String>,
    /// How its progress is measured, in the order they were added.
    #[serde(default)]
    pub indicators: Vec<Indicator>,
}

/// How a measure's progress is measured: all short text, such as
/// "share of forms available in Swedish", "40 %", "100 %".
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Indicator {
    /// Its id.
    pub id: String,
    /// What is measured.
    pub name: String,
    /// Where it stood at the start.
    pub baseline: String,
    /// Where it should get.
    pub target: String,
    /// Where it stands now, updated in the follow-up.
    pub current: String,
}

/// What a new measure holds (checked by the caller).
#[derive(Clone, Debug)]
pub struct MeasureInput {
    /// The finding it answers.
    pub finding_id: Option<String>,
    /// Title.
    pub title: String,
    /// Goal.
    pub goal: String,
    /// Responsible person.
    pub owner_user_id: Option<UserId>,
    /// Responsible unit.
    pub owner_unit: String,
    /// Budget in cents.
    pub budget_cents: Option<i64>,
    /// Start.
    pub start_date: Option<IsoDate>,
    /// Due.
    pub due_date: Option<IsoDate>,
    /// The catalogue entry it is taken from, if any.
    pub catalogue_id: Option<String>,
}

/// One dated entry in a measure's history.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct MeasureUpdate {
    /// When.
    pub at: i64,
    /// Who, as shown.
    pub author_label: String,
    /// The status set.
    pub status: MeasureStatus,
    /// What they wrote.
    pub note: String,
    /// When the entry records that the measure was carried forward: the
    /// previous plan's id and title.
    pub carried_from_plan: Option<(String, String)>,
}

/// A plan frozen at approval: what the version holds.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanSnapshot {
    /// The plan.
    pub plan: Plan,
    /// The services and units.
    pub services: Vec<Service>,
    /// The findings.
    pub findings: Vec<Finding>,
    /// The measures, with their status at approval.
    pub measures: Vec<Measure>,
    /// The evaluation of the previous plan's measures, when the plan continues one.
    #[serde(default)]
    pub evaluations: Vec<EvaluatedMeasure>,
    /// Who was consulted (versions approved before consultations were kept have none).
    #[serde(default)]
    pub consultations: Vec<crate::Consultation>,
    /// The plan's free-text sections.
    #[serde(default)]
    pub sections: Vec<crate::Section>,
    /// The texts' translations into the organisation's other working
    /// language (versions approved before translations were kept have none).
    #[serde(default)]
    pub translations: Vec<crate::Translation>,
}

/// One measure of the previous plan as the evaluation sees it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EvaluatedMeasure {
    /// The previous plan's measure.
    pub measure_id: String,
    /// Its title.
    pub title: String,
    /// Its final status.
    pub status: MeasureStatus,
    /// What the coordinator wrote about it.
    pub evaluation: String,
}

/// An approved version of a plan.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct PlanVersion {
    /// Its id.
    pub id: String,
    /// 1, 2, …
    pub number: i64,
    /// The body that approved it.
    pub approved_body: String,
    /// The day of the decision.
    pub approved_on: IsoDate,
    /// The decision's reference (minutes, section).
    pub decision_ref: String,
    /// The public address's id, once published.
    pub public_id: Option<String>,
    /// When it was published.
    pub published_at: Option<i64>,
    /// When it was approved in Jämlik.
    pub created_at: i64,
}

fn version_row(row: &AnyRow) -> StoreResult<PlanVersion> {
    Ok(PlanVersion {
        id: row.try_get("id")?,
        number: row.try_get("number")?,
        approved_body: row.try_get("approved_body")?,
        approved_on: IsoDate::parse(&row.try_get::<String, _>("approved_on")?)
            .map_err(|_| corrupt("plan_versions.approved_on"))?,
        decision_ref: row.try_get("decision_ref")?,
        public_id: row.try_get("public_id")?,
        published_at: row.try_get("published_at")?,
        created_at: row.try_get("created_at")?,
    })
}

/// Whether a version frozen earlier holds what `snapshot` holds: the same
/// plan, services, findings, measures, evaluations, consultations and
/// sections. The plan's public address is not content (publishing a version
/// gives the plan one), so it is left out of the comparison.
fn same_content(mut frozen: PlanSnapshot, snapshot: &PlanSnapshot) -> bool {
    frozen.plan.public_id.clone_from(&snapshot.plan.public_id);
    frozen == *snapshot
}

const VERSION_COLUMNS: &str = "plan_versions.id, plan_versions.number, plan_versions.approved_body, plan_versions.approved_on, \
    plan_versions.decision_ref, plan_versions.public_id, plan_versions.published_at, plan_versions.created_at";

pub(crate) fn corrupt(what: &str) -> StoreError {
    StoreError::Corrupt(what.to_owned())
}

pub(crate) fn plan_row(row: &AnyRow) -> StoreResult<Plan> {
    Ok(Plan {
        id: row.try_get("id")?,
        org_id: OrgId::from_raw(row.try_get::<String, _>("org_id")?),
        title: row.try_get("title")?,
        frameworks: Framework::parse_list(&row.try_get::<String, _>("frameworks")?)
            .map_err(|_| corrupt("plans.frameworks"))?,
        period_start: IsoDate::parse(&row.try_get::<String, _>("period_start")?)
            .map_err(|_| corrupt("plans.period_start"))?,
        period_end: IsoDate::parse(&row.try_get::<String, _>("period_end")?)
            .map_err(|_| corrupt("plans.period_end"))?,
        working_group: row.try_get("working_group")?,
        state: PlanState::parse(&row.try_get::<String, _>("state")?)
            .map_err(|_| corrupt("plans.state"))?,
        created_at: row.try_get("created_at")?,
        previous_plan_id: row.try_get("previous_plan_id")?,
        public_id: row.try_get("public_id")?,
    })
}

pub(crate) fn service_row(row: &AnyRow) -> StoreResult<Service> {
    Ok(Service {
        id: row.try_get("id")?,
        name: row.try_get("name")?,
        unit: row.try_get("unit")?,
        description: row.try_get("description")?,
        owner_user_id: row
            .try_get::<Option<String>, _>("owner_user_id")?
            .map(UserId::from_raw),
    })
}

fn finding_row(row: &AnyRow) -> StoreResult<Finding> {
    Ok(Finding {
        id: row.try_get("id")?,
        plan_id: row.try_get("plan_id")?,
        service_id: row.try_get("service_id")?,
        ground: row.try_get("ground")?,
        kind: DiscriminationKind::parse(&row.try_get::<String, _>("kind")?)
            .map_err(|_| corrupt("findings.kind"))?,
        description: row.try_get("description")?,
        affected: row.try_get("affected")?,
        severity: row.try_get("severity")?,
        likelihood: row.try_get("likelihood")?,
        created_by: row
            .try_get::<Option<String>, _>("created_by")?
            .map(UserId::from_raw),
    })
}

pub(crate) fn optional_date(row: &AnyRow, column: &str) -> StoreResult<Option<IsoDate>> {
    row.try_get::<Option<String>, _>(column)?
        .map(|text| IsoDate::parse(&text).map_err(|_| corrupt(column)))
        .transpose()
}

pub(crate) fn measure_row(row: &AnyRow) -> StoreResult<Measure> {
    Ok(Measure {
        id: row.try_get("id")?,
        plan_id: row.try_get("plan_id")?,
        finding_id: row.try_get("finding_id")?,
        title: row.try_get("title")?,
        goal: row.try_get("goal")?,
        owner_user_id: row
            .try_get::<Option<String>, _>("owner_user_id")?
            .map(UserId::from_raw),
        owner_unit: row.try_get("owner_unit")?,
        budget_cents: row.try_get("budget_cents")?,
        start_date: optional_date(row, "start_date")?,
        due_date: optional_date(row, "due_date")?,
        status: MeasureStatus::parse(&row.try_get::<String, _>("status")?)
            .map_err(|_| corrupt("measures.status"))?,
        updated_at: row.try_get("updated_at")?,
        carried_from: row.try_get("carried_from_measure_id")?,
        catalogue_id: row.try_get("catalogue_id")?,
        indicators: Vec::new(),
    })
}

pub(crate) const MEASURE_COLUMNS: &str = "measures.id, measures.plan_id, measures.finding_id, measures.title, measures.goal, \
    measures.owner_user_id, measures.owner_unit, measures.budget_cents, measures.start_date, measures.due_date, \
    measures.status, measures.updated_at, measures.carried_from_measure_id, measures.catalogue_id";

/// Fills in the measures' indicators, in the order they were added.
pub(crate) async fn attach_indicators(
    connection: &mut AnyConnection,
    measures: &mut [Measure],
) -> StoreResult<()> {
    if measures.is_empty() {
        return Ok(());
    }
    let mut query = String::from(
        "SELECT id, measure_id, name, baseline, target, current_value FROM measure_indicators WHERE measure_id IN (",
    );
    for index in 0..measures.len() {
        if index > 0 {
            query.push_str(", ");
        }
        query.push_str(&format!("${}", index + 1));
    }
    query.push_str(") ORDER BY id");
    let mut statement = sqlx::query(&query);
    for measure in measures.iter() {
        statement = statement.bind(measure.id.clone());
    }
    for row in statement.fetch_all(&mut *connection).await? {
        let measure_id: String = row.try_get("measure_id")?;
        if let Some(measure) = measures.iter_mut().find(|m| m.id == measure_id) {
            measure.indicators.push(Indicator {
                id: row.try_get("id")?,
                name: row.try_get("name")?,
                baseline: row.try_get("baseline")?,
                target: row.try_get("target")?,
                current: row.try_get("current_value")?,
            });
        }
    }
    Ok(())
}

pub(crate) async fn fetch_plan(
    connection: &mut AnyConnection,
    org: &OrgId,
    plan: &str,
) -> StoreResult<Plan> {
    let row = sqlx::query("SELECT * FROM plans WHERE id = $1 AND org_id = $2")
        .bind(plan)
        .bind(org.as_str())
        .fetch_optional(&mut *connection)
        .await?
        .ok_or(StoreError::Rule(ErrorCode::PlanNotFound))?;
    plan_row(&row)
}

/// Everything a plan's reports are made of, as it stands now: what an
/// approval freezes and a published follow-up report carries.
pub(crate) async fn snapshot_of(
    connection: &mut AnyConnection,
    org: &OrgId,
    current: &Plan,
) -> StoreResult<PlanSnapshot> {
    let plan = current.id.as_str();
    let mut measures: Vec<Measure> = sqlx::query(&format!("SELECT {MEASURE_COLUMNS} FROM measures WHERE plan_id = $1 ORDER BY COALESCE(due_date, '9999-12-31'), title"))
        .bind(plan)
        .fetch_all(&mut *connection)
        .await?
        .iter()
        .map(measure_row)
        .collect::<StoreResult<_>>()?;
    attach_indicators(connection, &mut measures).await?;
    let services = sqlx::query("SELECT * FROM services WHERE org_id = $1 ORDER BY name, id")
        .bind(org.as_str())
        .fetch_all(&mut *connection)
        .await?
        .iter()
        .map(service_row)
        .collect::<StoreResult<Vec<_>>>()?;
    let findings = sqlx::query(
        "SELECT * FROM findings WHERE plan_id = $1 ORDER BY severity * likelihood DESC, id",
    )
    .bind(plan)
    .fetch_all(&mut *connection)
    .await?
    .iter()
    .map(finding_row)
    .collect::<StoreResult<Vec<_>>>()?;
    Ok(PlanSnapshot {
        plan: current.clone(),
        services,
        findings,
        measures,
        evaluations: crate::measures::evaluated_measures(connection, org, current)
            .await?
            .into_iter()
            .map(|previous| EvaluatedMeasure {
                measure_id: previous.measure.id,
                title: previous.measure.title,
                status: previous.measure.status,
                evaluation: previous.evaluation,
            })
            .collect(),
        consultations: crate::workspace::fetch_consultations(connection, plan).await?,
        sections: crate::workspace::fetch_sections(connection, plan).await?,
        translations: crate::translations::fetch_translations(connection, plan).await?,
    })
}

pub(crate) async fn fetch_measure(
    connection: &mut AnyConnection,
    org: &OrgId,
    measure: &str,
) -> StoreResult<Measure> {
    let row = sqlx::query(&format!(
        "SELECT {MEASURE_COLUMNS} FROM measures JOIN plans ON plans.id = measures.plan_id \
         WHERE measures.id = $1 AND plans.org_id = $2"
    ))
    .bind(measure)
    .bind(org.as_str())
    .fetch_optional(&mut *connection)
    .await?
    .ok_or(StoreError::Rule(ErrorCode::MeasureNotFound))?;
    let mut measure = measure_row(&row)?;
    attach_indicators(connection, std::slice::from_mut(&mut measure)).await?;
    Ok(measure)
}

pub(crate) async fn require_member(
    connection: &mut AnyConnection,
    org: &OrgId,
    user: Option<&UserId>,
) -> StoreResult<()> {
    let Some(user) = user else { return Ok(()) };
    let found = sqlx::query("SELECT 1 FROM memberships WHERE org_id = $1 AND user_id = $2")
        .bind(org.as_str())
        .bind(user.as_str())
        .fetch_optional(&mut *connection)
        .await?;
    if found.is_some() {
        Ok(())
    } else {
        Err(ErrorCode::OwnerNotMember.into())
    }
}

/// Inserts one service, checking its owner is a member, with its audit
/// event (`action`: how it came: `create` or `import`).
async fn insert_service(
    connection: &mut AnyConnection,
    actor: &Actor,
    org: &OrgId,
    input: ServiceInput,
    action: &'static str,
) -> StoreResult<Service> {
    require_member(connection, org, input.owner_user_id.as_ref()).await?;
    let id = new_id();
    let at = now();
    sqlx::query(
        "INSERT INTO services (id, org_id, name, unit, description, owner_user_id, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(id.clone())
    .bind(org.as_str())
    .bind(input.name.clone())
    .bind(input.unit.clone())
    .bind(input.description.clone())
    .bind(input.owner_user_id.as_ref().map(|u| u.as_str().to_owned()))
    .bind(at)
    .bind(at)
    .execute(&mut *connection)
    .await?;
    let service = Service {
        id: id.clone(),
        name: input.name,
        unit: input.unit,
        description: input.description,
        owner_user_id: input.owner_user_id,
    };
    record(
        connection,
        actor,
        AuditEvent::new(
            Some(org),
            "service",
            id.as_str(),
            action,
            None::<&()>,
            Some(&service),
        ),
    )
    .await?;
    Ok(service)
}

impl Store {
    /// An organisation's plans, newest first.
    pub async fn plans(&self, org: &OrgId) -> StoreResult<Vec<Plan>> {
        let rows = sqlx::query("SELECT * FROM plans WHERE org_id = $1 ORDER BY id DESC")
            .bind(org.as_str())
            .fetch_all(&self.pool)
            .await?;
        rows.iter().map(plan_row).collect()
    }

    /// One plan of an organisation.
    pub async fn plan(&self, org: &OrgId, plan: &str) -> StoreResult<Plan> {
        let mut connection = self.pool.acquire().await?;
        fetch_plan(&mut connection, org, plan).await
    }

    /// Adds a service or unit to the organisation's inventory.
    pub async fn create_service(
        &self,
        actor: &Actor,
        org: &OrgId,
        input: ServiceInput,
    ) -> StoreResult<Service> {
        let mut tx = self.write().await?;
        let service = insert_service(&mut tx, actor, org, input, "create").await?;
        tx.commit().await?;
        Ok(service)
    }

    /// Adds many services at once, from an imported file, in one
    /// transaction: every one with its audit event, or none (an owner who is
    /// not a member refuses the whole import).
    pub async fn import_services(
        &self,
        actor: &Actor,
        org: &OrgId,
        inputs: Vec<ServiceInput>,
    ) -> StoreResult<Vec<Service>> {
        let mut tx = self.write().await?;
        let mut services = Vec::with_capacity(inputs.len());
        for input in inputs {
            services.push(insert_service(&mut tx, actor, org, input, "import").await?);
        }
        tx.commit().await?;
        Ok(services)
    }

    /// The organisation's services and units, by name.
    pub async fn services(&self, org: &OrgId) -> StoreResult<Vec<Service>> {
        let rows = sqlx::query("SELECT * FROM services WHERE org_id = $1 ORDER BY name, id")
            .bind(org.as_str())
            .fetch_all(&self.pool)
            .await?;
        rows.iter().map(service_row).collect()
    }

    /// One service of an organisation.
    pub async fn service(&self, org: &OrgId, service: &str) -> StoreResult<Service> {
        let row = sqlx::query("SELECT * FROM services WHERE id = $1 AND org_id = $2")
            .bind(service)
            .bind(org.as_str())
            .fetch_optional(&self.pool)
            .await?
            .ok_or(StoreError::Rule(ErrorCode::ServiceNotFound))?;
        service_row(&row)
    }

    /// Records a finding in a plan.
    pub async fn create_finding(
        &self,
        actor: &Actor,
        org: &OrgId,
        plan: &str,
        input: FindingInput,
    ) -> StoreResult<Finding> {
        let mut tx = self.write().await?;
        fetch_plan(&mut tx, org, plan).await?;
        if let Some(service) = &input.service_id {
            let found = sqlx::query("SELECT 1 FROM services WHERE id = $1 AND org_id = $2")
                .bind(service.clone())
                .bind(org.as_str())
                .fetch_optional(&mut *tx)
                .await?;
            if found.is_none() {
                return Err(ErrorCode::ServiceNotFound.into());
            }
        }
        let id = new_id();
        let at = now();
        sqlx::query(
            "INSERT INTO findings (id, plan_id, service_id, ground, kind, description, affected, severity, likelihood, created_by, created_at, updated_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)",
        )
        .bind(id.clone())
        .bind(plan)
        .bind(input.service_id.clone())
        .bind(input.ground.clone())
        .bind(input.kind.as_str())
        .bind(input.description.clone())
        .bind(input.affected.clone())
        .bind(input.severity)
        .bind(input.likelihood)
        .bind(actor.user_id.as_ref().map(|u| u.as_str().to_owned()))
        .bind(at)
        .bind(at)
        .execute(&mut *tx)
        .await?;
        let row = sqlx::query("SELECT * FROM findings WHERE id = $1")
            .bind(id.clone())
            .fetch_one(&mut *tx)
            .await?;
        let finding = finding_row(&row)?;
        record(
            &mut tx,
            actor,
            AuditEvent::new(
                Some(org),
                "finding",
                id.as_str(),
                "create",
                None::<&()>,
                Some(&finding),
            ),
        )
        .await?;
        tx.commit().await?;
        Ok(finding)
    }

    /// A plan's findings, most serious first.
    pub async fn findings(&self, org: &OrgId, plan: &str) -> StoreResult<Vec<Finding>> {
        let mut connection = self.pool.acquire().await?;
        fetch_plan(&mut connection, org, plan).await?;
        let rows = sqlx::query(
            "SELECT * FROM findings WHERE plan_id = $1 ORDER BY severity * likelihood DESC, id",
        )
        .bind(plan)
        .fetch_all(&mut *connection)
        .await?;
        rows.iter().map(finding_row).collect()
    }

    /// Adds a measure to a plan, with its first history entry.
    pub async fn create_measure(
        &self,
        actor: &Actor,
        org: &OrgId,
        plan: &str,
        input: MeasureInput,
    ) -> StoreResult<Measure> {
        let mut tx = self.write().await?;
        fetch_plan(&mut tx, org, plan).await?;
        require_member(&mut tx, org, input.owner_user_id.as_ref()).await?;
        if let Some(finding) = &input.finding_id {
            let found = sqlx::query("SELECT 1 FROM findings WHERE id = $1 AND plan_id = $2")
                .bind(finding.clone())
                .bind(plan)
                .fetch_optional(&mut *tx)
                .await?;
            if found.is_none() {
                return Err(ErrorCode::FindingNotFound.into());
            }
        }
        if let (Some(start), Some(due)) = (&input.start_date, &input.due_date) {
            if due < start {
                return Err(ErrorCode::DatesOutOfOrder.into());
            }
        }
        let id = new_id();
        let at = now();
        sqlx::query(
            "INSERT INTO measures (id, plan_id, finding_id, title, goal, owner_user_id, owner_unit, budget_cents, start_date, due_date, status, created_at, updated_at, catalogue_id) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)",
        )
        .bind(id.clone())
        .bind(plan)
        .bind(input.finding_id.clone())
        .bind(input.title.clone())
        .bind(input.goal.clone())
        .bind(input.owner_user_id.as_ref().map(|u| u.as_str().to_owned()))
        .bind(input.owner_unit.clone())
        .bind(input.budget_cents)
        .bind(input.start_date.as_ref().map(|d| d.as_str().to_owned()))
        .bind(input.due_date.as_ref().map(|d| d.as_str().to_owned()))
        .bind(MeasureStatus::Planned.as_str())
        .bind(at)
        .bind(at)
        .bind(input.catalogue_id.clone())
        .execute(&mut *tx)
        .await?;
        insert_update(&mut tx, actor, &id, MeasureStatus::Planned, "", false).await?;
        let measure = fetch_measure(&mut tx, org, &id).await?;
        record(
            &mut tx,
            actor,
            AuditEvent::new(
                Some(org),
                "measure",
                id.as_str(),
                "create",
                None::<&()>,
                Some(&measure),
            ),
        )
        .await?;
        tx.commit().await?;
        Ok(measure)
    }

    /// A plan's measures, by due date.
    pub async fn measures(&self, org: &OrgId, plan: &str) -> StoreResult<Vec<Measure>> {
        let mut connection = self.pool.acquire().await?;
        fetch_plan(&mut connection, org, plan).await?;
        let rows = sqlx::query(&format!(
            "SELECT {MEASURE_COLUMNS} FROM measures WHERE plan_id = $1 ORDER BY COALESCE(due_date, '9999-12-31'), title"
        ))
        .bind(plan)
        .fetch_all(&mut *connection)
        .await?;
        let mut measures = rows
            .iter()
            .map(measure_row)
            .collect::<StoreResult<Vec<_>>>()?;
        attach_indicators(&mut connection, &mut measures).await?;
        Ok(measures)
    }

    /// One measure of an organisation.
    pub async fn measure(&self, org: &OrgId, measure: &str) -> StoreResult<Measure> {
        let mut connection = self.pool.acquire().await?;
        fetch_measure(&mut connection, org, measure).await
    }

    /// Open measures (not done, not dropped) due on or before a date, across
    /// the organisation's plans, earliest first.
    pub async fn measures_due(
        &self,
        org: &OrgId,
        until: &IsoDate,
        limit: i64,
    ) -> StoreResult<Vec<Measure>> {
        let rows = sqlx::query(&format!(
            "SELECT {MEASURE_COLUMNS} FROM measures JOIN plans ON plans.id = measures.plan_id \
             WHERE plans.org_id = $1 AND measures.due_date IS NOT NULL AND measures.due_date <= $2 \
             AND measures.status NOT IN ('done', 'dropped') ORDER BY measures.due_date, measures.title LIMIT $3"
        ))
        .bind(org.as_str())
        .bind(until.as_str())
        .bind(limit)
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(measure_row).collect()
    }

    /// Sets a measure's status with a dated note, kept in its history.
    pub async fn update_measure_status(
        &self,
        actor: &Actor,
        org: &OrgId,
        measure: &str,
        status: MeasureStatus,
        note: &str,
    ) -> StoreResult<Measure> {
        let mut tx = self.write().await?;
        let before = fetch_measure(&mut tx, org, measure).await?;
        sqlx::query("UPDATE measures SET status = $1, updated_at = $2 WHERE id = $3")
            .bind(status.as_str())
            .bind(now())
            .bind(measure)
            .execute(&mut *tx)
            .await?;
        insert_update(&mut tx, actor, measure, status, note, true).await?;
        let after = fetch_measure(&mut tx, org, measure).await?;
        record(
            &mut tx,
            actor,
            AuditEvent::new(
                Some(org),
                "measure",
                measure,
                "update",
                Some(&before),
                Some(&after),
            ),
        )
        .await?;
        tx.commit().await?;
        Ok(after)
    }

    /// A measure's history, newest first.
    pub async fn measure_history(
        &self,
        org: &OrgId,
        measure: &str,
    ) -> StoreResult<Vec<MeasureUpdate>> {
        let mut connection = self.pool.acquire().await?;
        fetch_measure(&mut connection, org, measure).await?;
        let rows = sqlx::query(
            "SELECT measure_updates.at, measure_updates.author_label, measure_updates.status, measure_updates.note, \
             measure_updates.carried_from_plan_id, plans.title AS carried_from_title FROM measure_updates \
             LEFT JOIN plans ON plans.id = measure_updates.carried_from_plan_id \
             WHERE measure_updates.measure_id = $1 ORDER BY measure_updates.at DESC, measure_updates.id DESC",
        )
            .bind(measure)
            .fetch_all(&mut *connection)
            .await?;
        rows.iter()
            .map(|row| {
                Ok(MeasureUpdate {
                    at: row.try_get("at")?,
                    author_label: row.try_get("author_label")?,
                    status: MeasureStatus::parse(&row.try_get::<String, _>("status")?)
                        .map_err(|_| corrupt("measure_updates.status"))?,
                    note: row.try_get("note")?,
                    carried_from_plan: match (
                        row.try_get::<Option<String>, _>("carried_from_plan_id")?,
                        row.try_get::<Option<String>, _>("carried_from_title")?,
                    ) {
                        (Some(id), Some(title)) => Some((id, title)),
                        _ => None,
                    },
                })
            })
            .collect()
    }
}

impl Store {
    /// Approves a plan: freezes it as the next numbered version with the
    /// body, date and decision. Refused while a measure has neither a
    /// responsible person nor a responsible unit. Idempotent: see
    /// [`Store::approve_plan_once`].
    pub async fn approve_plan(
        &self,
        actor: &Actor,
        org: &OrgId,
        plan: &str,
        body: &str,
        approved_on: &IsoDate,
        decision_ref: &str,
    ) -> StoreResult<PlanVersion> {
        self.approve_plan_once(actor, org, plan, body, approved_on, decision_ref)
            .await
            .map(|(version, _)| version)
    }

    /// As [`Store::approve_plan`], and whether a version was made. Approving
    /// again what the newest version already holds, with the same body, date
    /// and decision (a form sent twice, two people pressing at once), makes
    /// no version and writes nothing: the newest version is returned with
    /// `false`. The plan's row is locked first in the write transaction
    /// (SQLite's write transactions are serial anyway), so of two
    /// simultaneous approvals the second sees the first's version.
    pub async fn approve_plan_once(
        &self,
        actor: &Actor,
        org: &OrgId,
        plan: &str,
        body: &str,
        approved_on: &IsoDate,
        decision_ref: &str,
    ) -> StoreResult<(PlanVersion, bool)> {
        let mut tx = self.write().await?;
        // A write to the plan's row takes its lock on PostgreSQL until commit.
        sqlx::query("UPDATE plans SET state = state WHERE id = $1 AND org_id = $2")
            .bind(plan)
            .bind(org.as_str())
            .execute(&mut *tx)
            .await?;
        let current = fetch_plan(&mut tx, org, plan).await?;
        let mut snapshot = snapshot_of(&mut tx, org, &current).await?;
        snapshot.plan.state = PlanState::Approved;
        // The approval rule, guarded here in the approval's transaction: the
        // first measure (in the plan's order) without anyone responsible is
        // named, so it can be fixed.
        if let Some(orphan) = snapshot
            .measures
            .iter()
            .find(|m| !measure_has_owner(m.owner_user_id.is_some(), &m.owner_unit))
        {
            return Err(StoreError::RuleAt(
                ErrorCode::MeasureWithoutOwner,
                vec![("title", orphan.title.clone())],
            ));
        }
        let number: i64 = sqlx::query(
            "SELECT COALESCE(MAX(number), 0) + 1 FROM plan_versions WHERE plan_id = $1",
        )
        .bind(plan)
        .fetch_one(&mut *tx)
        .await?
        .try_get(0)?;
        let newest = sqlx::query(&format!(
            "SELECT {VERSION_COLUMNS}, plan_versions.snapshot_json FROM plan_versions \
             WHERE plan_id = $1 ORDER BY number DESC LIMIT 1"
        ))
        .bind(plan)
        .fetch_optional(&mut *tx)
        .await?;
        if let Some(row) = newest {
            let version = version_row(&row)?;
            let frozen: Option<PlanSnapshot> =
                serde_json::from_str(&row.try_get::<String, _>("snapshot_json")?).ok();
            let same_decision = version.approved_body == body
                && version.approved_on == *approved_on
                && version.decision_ref == decision_ref;
            if same_decision && frozen.is_some_and(|frozen| same_content(frozen, &snapshot)) {
                return Ok((version, false));
            }
        }
        let id = new_id();
        sqlx::query(
            "INSERT INTO plan_versions (id, plan_id, number, snapshot_json, approved_body, approved_on, decision_ref, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        )
        .bind(id.clone())
        .bind(plan)
        .bind(number)
        .bind(serde_json::to_string(&snapshot).map_err(|e| StoreError::Corrupt(e.to_string()))?)
        .bind(body)
        .bind(approved_on.as_str())
        .bind(decision_ref)
        .bind(now())
        .execute(&mut *tx)
        .await?;
        sqlx::query("UPDATE plans SET state = $1, updated_at = $2 WHERE id = $3")
            .bind(PlanState::Approved.as_str())
            .bind(now())
            .bind(plan)
            .execute(&mut *tx)
            .await?;
        let row = sqlx::query(&format!(
            "SELECT {VERSION_COLUMNS} FROM plan_versions WHERE id = $1"
        ))
        .bind(id.clone())
        .fetch_one(&mut *tx)
        .await?;
        let version = version_row(&row)?;
        record(
            &mut tx,
            actor,
            AuditEvent::new(
                Some(org),
                "plan_version",
                id.as_str(),
                "approve",
                None::<&()>,
                Some(&version),
            ),
        )
        .await?;
        tx.commit().await?;
        Ok((version, true))
    }

    /// Publishes the newest approved version at a stable public address.
    pub async fn publish_plan(
        &self,
        actor: &Actor,
        org: &OrgId,
        plan: &str,
    ) -> StoreResult<PlanVersion> {
        let mut tx = self.write().await?;
        fetch_plan(&mut tx, org, plan).await?;
        let row = sqlx::query(&format!("SELECT {VERSION_COLUMNS} FROM plan_versions WHERE plan_id = $1 ORDER BY number DESC LIMIT 1"))
            .bind(plan)
            .fetch_optional(&mut *tx)
            .await?
            .ok_or(StoreError::Rule(ErrorCode::NothingToPublish))?;
        let before = version_row(&row)?;
        if before.public_id.is_some() {
            tx.commit().await?;
            return Ok(before);
        }
        let public_id = new_public_id();
        sqlx::query("UPDATE plan_versions SET public_id = $1, published_at = $2 WHERE id = $3")
            .bind(public_id)
            .bind(now())
            .bind(before.id.clone())
            .execute(&mut *tx)
            .await?;
        sqlx::query("UPDATE plans SET state = $1, updated_at = $2 WHERE id = $3")
            .bind(PlanState::Published.as_str())
            .bind(now())
            .bind(plan)
            .execute(&mut *tx)
            .await?;
        // The plan's stable address is made at its first publication and kept.
        sqlx::query("UPDATE plans SET public_id = $1 WHERE id = $2 AND public_id IS NULL")
            .bind(new_public_id())
            .bind(plan)
            .execute(&mut *tx)
            .await?;
        let row = sqlx::query(&format!(
            "SELECT {VERSION_COLUMNS} FROM plan_versions WHERE id = $1"
        ))
        .bind(before.id.clone())
        .fetch_one(&mut *tx)
        .await?;
        let after = version_row(&row)?;
        record(
            &mut tx,
            actor,
            AuditEvent::new(
                Some(org),
                "plan_version",
                after.id.as_str(),
                "publish",
                Some(&before),
                Some(&after),
            ),
        )
        .await?;
        tx.commit().await?;
        Ok(after)
    }

    /// A plan's versions, newest first.
    pub async fn plan_versions(&self, org: &OrgId, plan: &str) -> StoreResult<Vec<PlanVersion>> {
        let mut connection = self.pool.acquire().await?;
        fetch_plan(&mut connection, org, plan).await?;
        let rows = sqlx::query(&format!(
            "SELECT {VERSION_COLUMNS} FROM plan_versions WHERE plan_id = $1 ORDER BY number DESC"
        ))
        .bind(plan)
        .fetch_all(&mut *connection)
        .await?;
        rows.iter().map(version_row).collect()
    }

    /// One version of a plan and what it holds.
    pub async fn plan_version(
        &self,
        org: &OrgId,
        plan: &str,
        number: i64,
    ) -> StoreResult<(PlanVersion, PlanSnapshot)> {
        let mut connection = self.pool.acquire().await?;
        fetch_plan(&mut connection, org, plan).await?;
        let row = sqlx::query(&format!("SELECT {VERSION_COLUMNS}, plan_versions.snapshot_json FROM plan_versions WHERE plan_id = $1 AND number = $2"))
            .bind(plan)
            .bind(number)
            .fetch_optional(&mut *connection)
            .await?
            .ok_or(StoreError::Rule(ErrorCode::VersionNotFound))?;
        let snapshot: PlanSnapshot =
            serde_json::from_str(&row.try_get::<String, _>("snapshot_json")?)
                .map_err(|e| StoreError::Corrupt(e.to_string()))?;
        Ok((version_row(&row)?, snapshot))
    }

    /// What a public address shows: either a plan's stable address (its
    /// newest published version) or one published version's own address.
    /// Drafts and versions approved but not published are never found.
    pub async fn published_plan(&self, public_id: &str) -> StoreResult<PublishedView> {
        let mut connection = self.pool.acquire().await?;
        let own_address = sqlx::query(&format!(
            "SELECT {VERSION_COLUMNS}, plan_versions.snapshot_json, plans.org_id, plans.id AS plan_id, plans.public_id AS plan_public_id \
             FROM plan_versions JOIN plans ON plans.id = plan_versions.plan_id \
             WHERE plan_versions.public_id = $1 AND plan_versions.published_at IS NOT NULL"
        ))
        .bind(public_id)
        .fetch_optional(&mut *connection)
        .await?;
        let (row, stable_address) = match own_address {
            Some(row) => (row, false),
            None => {
                let row = sqlx::query(&format!(
                    "SELECT {VERSION_COLUMNS}, plan_versions.snapshot_json, plans.org_id, plans.id AS plan_id, plans.public_id AS plan_public_id \
                     FROM plans JOIN plan_versions ON plan_versions.plan_id = plans.id \
                     WHERE plans.public_id = $1 AND plan_versions.published_at IS NOT NULL \
                     ORDER BY plan_versions.number DESC LIMIT 1"
                ))
                .bind(public_id)
                .fetch_optional(&mut *connection)
                .await?
                .ok_or(StoreError::Rule(ErrorCode::PublishedPlanNotFound))?;
                (row, true)
            }
        };
        let snapshot: PlanSnapshot =
            serde_json::from_str(&row.try_get::<String, _>("snapshot_json")?)
                .map_err(|e| StoreError::Corrupt(e.to_string()))?;
        let plan_id: String = row.try_get("plan_id")?;
        let newest_published: i64 = sqlx::query(
            "SELECT COALESCE(MAX(number), 0) FROM plan_versions WHERE plan_id = $1 AND published_at IS NOT NULL",
        )
        .bind(plan_id)
        .fetch_one(&mut *connection)
        .await?
        .try_get(0)?;
        Ok(PublishedView {
            org_id: OrgId::from_raw(row.try_get::<String, _>("org_id")?),
            version: version_row(&row)?,
            snapshot,
            plan_public_id: row.try_get("plan_public_id")?,
            stable_address,
            newest_published,
        })
    }

    /// Published plans, most recently published first, each once with its
    /// newest published version, for the public start page.
    pub async fn published_plans(&self, limit: i64) -> StoreResult<Vec<PublishedPlan>> {
        // One query with the organisation's names: this is on the public start page.
        let rows = sqlx::query(&format!(
            "SELECT {VERSION_COLUMNS}, plans.title, plans.public_id AS plan_public_id, organisations.name_fi, organisations.name_sv, organisations.name_en \
             FROM plan_versions JOIN plans ON plans.id = plan_versions.plan_id JOIN organisations ON organisations.id = plans.org_id \
             WHERE plan_versions.published_at IS NOT NULL AND plan_versions.number = ( \
               SELECT MAX(newest.number) FROM plan_versions newest \
               WHERE newest.plan_id = plan_versions.plan_id AND newest.published_at IS NOT NULL) \
             ORDER BY plan_versions.published_at DESC LIMIT $1"
        ))
        .bind(limit)
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|row| {
                Ok(PublishedPlan {
                    organisation: (
                        row.try_get("name_fi")?,
                        row.try_get("name_sv")?,
                        row.try_get("name_en")?,
                    ),
                    title: row.try_get("title")?,
                    plan_public_id: row.try_get("plan_public_id")?,
                    version: version_row(row)?,
                })
            })
            .collect()
    }
}

/// What a public address shows.
#[derive(Clone, Debug)]
pub struct PublishedView {
    /// The organisation.
    pub org_id: OrgId,
    /// The version shown.
    pub version: PlanVersion,
    /// What it holds.
    pub snapshot: PlanSnapshot,
    /// The plan's stable address's id.
    pub plan_public_id: Option<String>,
    /// Whether the address was the plan's stable one (rather than the version's own).
    pub stable_address: bool,
    /// The number of the plan's newest published version.
    pub newest_published: i64,
}

impl PublishedView {
    /// Whether a newer version than the one shown has been published.
    pub fn newer_exists(&self) -> bool {
        self.newest_published > self.version.number
    }
}

/// A published plan, for the public start page.
#[derive(Clone, Debug)]
pub struct PublishedPlan {
    /// The organisation's names (fi, sv, en).
    pub organisation: (Option<String>, Option<String>, Option<String>),
    /// The plan's title.
    pub title: String,
    /// The plan's stable address's id.
    pub plan_public_id: Option<String>,
    /// The newest published version.
    pub version: PlanVersion,
}

/// A new public id: 16 random letters and digits.
pub(crate) fn new_public_id() -> String {
    crate::new_secret()
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .take(16)
        .collect()
}

/// One row of a bulk update: a measure's new status, due date and note.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BulkRow {
    /// The measure.
    pub measure_id: String,
    /// Its status.
    pub status: MeasureStatus,
    /// Its due date (none clears it).
    pub due_date: Option<IsoDate>,
    /// A note for its history (empty: none).
    pub note: String,
}

impl Store {
    /// Applies a whole file of measure updates in one transaction: every row
    /// names a measure of the plan, or nothing is applied. A row that changes
    /// nothing and carries no note is skipped. Returns how many changed.
    pub async fn bulk_update_measures(
        &self,
        actor: &Actor,
        org: &OrgId,
        plan: &str,
        rows: &[BulkRow],
    ) -> StoreResult<usize> {
        let mut tx = self.write().await?;
        fetch_plan(&mut tx, org, plan).await?;
        let mut changed = 0;
        for row in rows {
            let before = fetch_measure(&mut tx, org, &row.measure_id).await?;
            if before.plan_id != plan {
                return Err(ErrorCode::MeasureNotFound.into());
            }
            if before.status == row.status
                && before.due_date == row.due_date
                && row.note.trim().is_empty()
            {
                continue;
            }
            sqlx::query(
                "UPDATE measures SET status = $1, due_date = $2, updated_at = $3 WHERE id = $4",
            )
            .bind(row.status.as_str())
            .bind(row.due_date.as_ref().map(|d| d.as_str().to_owned()))
            .bind(now())
            .bind(row.measure_id.clone())
            .execute(&mut *tx)
            .await?;
            insert_update(
                &mut tx,
                actor,
                &row.measure_id,
                row.status,
                row.note.trim(),
                true,
            )
            .await?;
            let after = fetch_measure(&mut tx, org, &row.measure_id).await?;
            record(
                &mut tx,
                actor,
                AuditEvent::new(
                    Some(org),
                    "measure",
                    row.measure_id.as_str(),
                    "bulk_update",
                    Some(&before),
                    Some(&after),
                ),
            )
            .await?;
            changed += 1;
        }
        tx.commit().await?;
        Ok(changed)
    }
}

/// An open measure whose owner is to be reminded.
#[derive(Clone, Debug)]
pub struct DueMeasure {
    /// The measure.
    pub measure: Measure,
    /// The organisation.
    pub org_id: OrgId,
    /// The organisation's names, to say which organisation.
    pub organisation: (Option<String>, Option<String>, Option<String>),
    /// The owner's email.
    pub owner_email: String,
    /// The owner's name.
    pub owner_name: String,
    /// The owner's language, if chosen.
    pub owner_language: Option<jamlik_domain::Language>,
    /// `due` (due soon), `overdue`, or `missing-update` (a follow-up round
    /// is open and the owner has not reported on the measure in it).
    pub kind: &'static str,
    /// For `missing-update`: the last day of the round.
    pub round_closes: Option<IsoDate>,
}

/// A reminder's measure with its owner and organisation, from a row of the
/// reminder queries.
fn due_measure(
    row: &AnyRow,
    kind: &'static str,
    measure: Measure,
    round_closes: Option<IsoDate>,
) -> StoreResult<DueMeasure> {
    Ok(DueMeasure {
        org_id: OrgId::from_raw(row.try_get::<String, _>("org_id")?),
        organisation: (
            row.try_get("name_fi")?,
            row.try_get("name_sv")?,
            row.try_get("name_en")?,
        ),
        owner_email: row.try_get("email")?,
        owner_name: row.try_get("display_name")?,
        owner_language: row
            .try_get::<Option<String>, _>("language")?
            .and_then(|l| jamlik_domain::Language::parse(&l).ok()),
        kind,
        measure,
        round_closes,
    })
}

impl Store {
    /// Queues a reminder mail to the owner of every open measure due on or
    /// before `soon` (overdue when before `today`), at most once per measure,
    /// kind and `period`. Safe to run on several instances at once: the
    /// reminder row's key decides which one sends. Returns how many were queued.
    pub async fn queue_due_reminders(
        &self,
        today: &IsoDate,
        soon: &IsoDate,
        period: &str,
        compose: impl Fn(&DueMeasure) -> crate::OutgoingMail,
    ) -> StoreResult<usize> {
        let rows = sqlx::query(&format!(
            "SELECT {MEASURE_COLUMNS}, users.email, users.display_name, users.language, plans.org_id, organisations.name_fi, organisations.name_sv, organisations.name_en \
             FROM measures JOIN plans ON plans.id = measures.plan_id JOIN users ON users.id = measures.owner_user_id \
             JOIN organisations ON organisations.id = plans.org_id \
             WHERE measures.due_date IS NOT NULL AND measures.due_date <= $1 AND measures.status NOT IN ('done', 'dropped') \
             ORDER BY measures.due_date, measures.id"
        ))
        .bind(soon.as_str())
        .fetch_all(&self.pool)
        .await?;
        let mut queued = 0;
        for row in rows {
            let measure = measure_row(&row)?;
            let kind = if measure.due_date.as_ref().is_some_and(|d| d < today) {
                "overdue"
            } else {
                "due"
            };
            let due = due_measure(&row, kind, measure, None)?;
            queued += self.remind_once(&due, period, &compose).await?;
        }
        // Owners who have not reported in an open follow-up round: once per round.
        let rows = sqlx::query(&format!(
            "SELECT {MEASURE_COLUMNS}, users.email, users.display_name, users.language, plans.org_id, organisations.name_fi, organisations.name_sv, organisations.name_en, \
             followup_rounds.id AS round_id, followup_rounds.closes_on \
             FROM measures JOIN plans ON plans.id = measures.plan_id JOIN users ON users.id = measures.owner_user_id \
             JOIN organisations ON organisations.id = plans.org_id \
             JOIN followup_rounds ON followup_rounds.plan_id = plans.id \
             WHERE followup_rounds.opens_on <= $1 AND followup_rounds.closes_on >= $1 \
             AND measures.status NOT IN ('done', 'dropped') \
             AND NOT EXISTS (SELECT 1 FROM measure_updates WHERE measure_updates.measure_id = measures.id \
             AND measure_updates.round_id = followup_rounds.id) \
             ORDER BY measures.id"
        ))
        .bind(today.as_str())
        .fetch_all(&self.pool)
        .await?;
        for row in rows {
            let due = due_measure(
                &row,
                "missing-update",
                measure_row(&row)?,
                optional_date(&row, "closes_on")?,
            )?;
            let round: String = row.try_get("round_id")?;
            queued += self.remind_once(&due, &round, &compose).await?;
        }
        Ok(queued)
    }

    /// Queues one reminder unless one of its kind was already sent for the
    /// measure in `period`: the reminder row's key decides, so two instances
    /// running the job at once send it once.
    async fn remind_once(
        &self,
        due: &DueMeasure,
        period: &str,
        compose: &impl Fn(&DueMeasure) -> crate::OutgoingMail,
    ) -> StoreResult<usize> {
        let mut tx = self.write().await?;
        let inserted = sqlx::query("INSERT INTO reminders (measure_id, kind, period, sent_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING")
            .bind(due.measure.id.clone())
            .bind(due.kind)
            .bind(period)
            .bind(now())
            .execute(&mut *tx)
            .await?
            .rows_affected();
        if inserted == 1 {
            crate::mail::enqueue(&mut tx, &compose(due)).await?;
        }
        tx.commit().await?;
        Ok(usize::try_from(inserted).unwrap_or(0))
    }
}

async fn insert_update(
    connection: &mut AnyConnection,
    actor: &Actor,
    measure: &str,
    status: MeasureStatus,
    note: &str,
    report: bool,
) -> StoreResult<()> {
    // A report made while one of the plan's follow-up rounds is open belongs
    // to that round (a measure's creation is not a report).
    let today = IsoDate::from_date(time::OffsetDateTime::now_utc().date());
    sqlx::query(
        "INSERT INTO measure_updates (id, measure_id, at, author_user_id, author_label, status, note, round_id) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, (SELECT followup_rounds.id FROM followup_rounds \
         JOIN measures ON measures.plan_id = followup_rounds.plan_id \
         WHERE $9 AND measures.id = $2 AND followup_rounds.opens_on <= $8 AND followup_rounds.closes_on >= $8 \
         ORDER BY followup_rounds.opens_on DESC LIMIT 1))",
    )
        .bind(new_id())
        .bind(measure)
        .bind(now())
        .bind(actor.user_id.as_ref().map(|u| u.as_str().to_owned()))
        .bind(actor.label.clone())
        .bind(status.as_str())
        .bind(note)
        .bind(today.as_str())
        .bind(report)
        .execute(connection)
        .await?;
    Ok(())
}
