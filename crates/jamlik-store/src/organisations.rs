//! Organisations: the municipal registers and the organisations admins add.

use jamlik_domain::{Country, ErrorCode, Framework, Language, OrgId, OrgKind, OrganisationDraft};
use serde::Serialize;
use sqlx::any::AnyRow;
use sqlx::Row;

use crate::audit::{record, Actor, AuditEvent};
use crate::{is_unique_violation, new_id, now, PageRequest, Paged, Store, StoreError, StoreResult};

/// An organisation as stored.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Organisation {
    /// Its id.
    pub id: OrgId,
    /// Its country.
    pub country: Country,
    /// Its official code, where it has one (municipality code).
    pub code: Option<String>,
    /// Its kind.
    pub kind: OrgKind,
    /// Name in Finnish.
    pub name_fi: Option<String>,
    /// Name in Swedish.
    pub name_sv: Option<String>,
    /// Name in English.
    pub name_en: Option<String>,
    /// Region (wellbeing services county, county).
    pub region: Option<String>,
    /// Population (municipalities).
    pub population: Option<i64>,
    /// Staff size.
    pub staff_size: Option<i64>,
    /// Working languages.
    pub languages: Vec<Language>,
    /// Frameworks it is obliged by.
    pub frameworks: Vec<Framework>,
    /// Whether it was made by the demo.
    pub is_demo: bool,
    /// When it was last changed.
    pub updated_at: i64,
}

/// The settings an organisation's coordinator may change.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct OrganisationSettings {
    /// Working languages (at least one).
    pub languages: Vec<Language>,
    /// Frameworks it is obliged by.
    pub frameworks: Vec<Framework>,
    /// Staff size.
    pub staff_size: Option<i64>,
}

/// Which organisations to list.
#[derive(Clone, Debug, Default)]
pub struct OrgFilter {
    /// Text to find in a name or code.
    pub search: Option<String>,
    /// Only this country.
    pub country: Option<Country>,
    /// Only this kind.
    pub kind: Option<OrgKind>,
}

const COLUMNS: &str = "id, country, code, kind, name_fi, name_sv, name_en, region, population, \
                       staff_size, languages, frameworks, is_demo, updated_at";

/// A key that sorts names the Swedish and Finnish way (å, ä, ö after z).
pub fn sort_key(name: &str) -> String {
    name.to_lowercase()
        .chars()
        .map(|c| match c {
            'å' => '{',
            'ä' | 'æ' => '|',
            'ö' | 'ø' => '}',
            'ü' => 'y',
            'é' | 'è' => 'e',
            other => other,
        })
        .collect()
}

fn join<T>(items: &[T], f: impl Fn(&T) -> &str) -> String {
    items.iter().map(f).collect::<Vec<_>>().join(",")
}

fn organisation(row: &AnyRow) -> StoreResult<Organisation> {
    let corrupt = |what: &str| StoreError::Corrupt(format!("organisations.{what}"));
    let languages: String = row.try_get("languages")?;
    let frameworks: String = row.try_get("frameworks")?;
    Ok(Organisation {
        id: OrgId::from_raw(row.try_get::<String, _>("id")?),
        country: Country::parse(&row.try_get::<String, _>("country")?)
            .map_err(|_| corrupt("country"))?,
        code: row.try_get("code")?,
        kind: OrgKind::parse(&row.try_get::<String, _>("kind")?).map_err(|_| corrupt("kind"))?,
        name_fi: row.try_get("name_fi")?,
        name_sv: row.try_get("name_sv")?,
        name_en: row.try_get("name_en")?,
        region: row.try_get("region")?,
        population: row.try_get("population")?,
        staff_size: row.try_get("staff_size")?,
        languages: Language::parse_list(&languages).map_err(|_| corrupt("languages"))?,
        frameworks: Framework::parse_list(&frameworks).map_err(|_| corrupt("frameworks"))?,
        is_demo: row.try_get::<i64, _>("is_demo")? != 0,
        updated_at: row.try_get("updated_at")?,
    })
}

impl Store {
    /// Adds or updates register entries (matched on country and code) in one
    /// transaction; returns how many were new. Each new or changed entry is
    /// audited.
    pub async fn import_organisations(
        &self,
        actor: &Actor,
        drafts: Vec<OrganisationDraft>,
    ) -> StoreResult<(usize, usize)> {
        let mut tx = self.write().await?;
        let (mut added, mut updated) = (0, 0);
        for draft in drafts {
            let draft = draft.check()?;
            let existing = match &draft.code {
                Some(code) => sqlx::query(&format!(
                    "SELECT {COLUMNS} FROM organisations WHERE country = $1 AND code = $2"
                ))
                .bind(draft.country.as_str())
                .bind(code.clone())
                .fetch_optional(&mut *tx)
                .await?
                .map(|row| organisation(&row))
                .transpose()?,
                None => None,
            };
            match existing {
                None => {
                    let created = insert(&mut tx, draft, false).await?;
                    record(
                        &mut tx,
                        actor,
                        AuditEvent::new(
                            Some(&created.id),
                            "organisation",
                            created.id.as_str(),
                            "import",
                            None::<&()>,
                            Some(&created),
                        ),
                    )
                    .await?;
                    added += 1;
                }
                Some(before) => {
                    let same = before.name_fi == draft.name_fi
                        && before.name_sv == draft.name_sv
                        && before.region == draft.region
                        && before.population == draft.population;
                    if !same {
                        sqlx::query(
                            "UPDATE organisations SET name_fi = $1, name_sv = $2, sort_name = $3, region = $4, \
                             population = $5, updated_at = $6 WHERE id = $7",
                        )
                        .bind(draft.name_fi.clone())
                        .bind(draft.name_sv.clone())
                        .bind(sort_key(draft.name_sv.as_deref().or(draft.name_fi.as_deref()).unwrap_or_default()))
                        .bind(draft.region.clone())
                        .bind(draft.population)
                        .bind(now())
                        .bind(before.id.as_str())
                        .execute(&mut *tx)
                        .await?;
                        let after = fetch(&mut tx, &before.id).await?;
                        record(
                            &mut tx,
                            actor,
                            AuditEvent::new(
                                Some(&before.id),
                                "organisation",
                                before.id.as_str(),
                                "import",
                                Some(&before),
                                Some(&after),
                            ),
                        )
                        .await?;
                        updated += 1;
                    }
                }
            }
        }
        tx.commit().await?;
        Ok((added, updated))
    }

    /// Adds an organisation.
    pub async fn create_organisation(
        &self,
        actor: &Actor,
        draft: OrganisationDraft,
        is_demo: bool,
    ) -> StoreResult<Organisation> {
        let draft = draft.check()?;
        let mut tx = self.write().await?;
        let created = insert(&mut tx, draft, is_demo).await?;
        record(
            &mut tx,
            actor,
            AuditEvent::new(
                Some(&created.id),
                "organisation",
                created.id.as_str(),
                "create",
                None::<&()>,
                Some(&created),
            ),
        )
        .await?;
        tx.commit().await?;
        Ok(created)
    }

    /// Changes an organisation's settings.
    pub async fn update_organisation_settings(
        &self,
        actor: &Actor,
        id: &OrgId,
        settings: OrganisationSettings,
    ) -> StoreResult<Organisation> {
        if settings.languages.is_empty() {
            return Err(ErrorCode::InvalidLanguage.into());
        }
        if settings
            .staff_size
            .is_some_and(|s| !(0..=OrganisationDraft::MAX_STAFF).contains(&s))
        {
            return Err(ErrorCode::InvalidStaffSize.into());
        }
        let mut tx = self.write().await?;
        let before = fetch(&mut tx, id).await?;
        sqlx::query("UPDATE organisations SET languages = $1, frameworks = $2, staff_size = $3, updated_at = $4 WHERE id = $5")
            .bind(join(&settings.languages, |l| l.as_str()))
            .bind(join(&settings.frameworks, |f| f.as_str()))
            .bind(settings.staff_size)
            .bind(now())
            .bind(id.as_str())
            .execute(&mut *tx)
            .await?;
        let after = fetch(&mut tx, id).await?;
        record(
            &mut tx,
            actor,
            AuditEvent::new(
                Some(id),
                "organisation",
                id.as_str(),
                "update",
                Some(&before),
                Some(&after),
            ),
        )
        .await?;
        tx.commit().await?;
        Ok(after)
    }

    /// One organisation.
    pub async fn organisation(&self, id: &OrgId) -> StoreResult<Organisation> {
        let mut connection = self.pool.acquire().await?;
        fetch(&mut connection, id).await
    }

    /// One organisation by country and official code.
    pub async fn organisation_by_code(
        &self,
        country: Country,
        code: &str,
    ) -> StoreResult<Organisation> {
        let row = sqlx::query(&format!(
            "SELECT {COLUMNS} FROM organisations WHERE country = $1 AND code = $2"
        ))
        .bind(country.as_str())
        .bind(code)
        .fetch_optional(&self.pool)
        .await?
        .ok_or(StoreError::Rule(ErrorCode::OrganisationNotFound))?;
        organisation(&row)
    }

    /// A page of organisations, sorted by name.
    pub async fn organisations(
        &self,
        filter: &OrgFilter,
        page: PageRequest,
    ) -> StoreResult<Paged<Organisation>> {
        let search = filter
            .search
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(|s| crate::like_contains(&sort_key(s)));
        let escape = crate::LIKE_ESCAPE;
        let condition = format!(
            "($1 IS NULL OR sort_name LIKE $1 {escape} OR LOWER(COALESCE(name_fi, '')) LIKE $1 {escape} \
             OR code LIKE $1 {escape}) AND ($2 IS NULL OR country = $2) AND ($3 IS NULL OR kind = $3)"
        );
        let country = filter.country.map(|c| c.as_str().to_owned());
        let kind = filter.kind.map(|k| k.as_str().to_owned());
        let total: i64 = sqlx::query(&format!(
            "SELECT COUNT(*) FROM organisations WHERE {condition}"
        ))
        .bind(search.clone())
        .bind(country.clone())
        .bind(kind.clone())
        .fetch_one(&self.pool)
        .await?
        .try_get(0)?;
        let rows = sqlx::query(&format!(
            "SELECT {COLUMNS} FROM organisations WHERE {condition} ORDER BY sort_name, id LIMIT $4 OFFSET $5"
        ))
        .bind(search)
        .bind(country)
        .bind(kind)
        .bind(page.per_page)
        .bind(page.offset())
        .fetch_all(&self.pool)
        .await?;
        let items = rows.iter().map(organisation).collect::<StoreResult<_>>()?;
        Ok(Paged {
            items,
            total,
            page: page.page,
            per_page: page.per_page,
        })
    }

    /// Every organisation, by country and name: the public register, which
    /// searches every name of each in memory (some 600 rows).
    pub async fn all_organisations(&self) -> StoreResult<Vec<Organisation>> {
        let rows = sqlx::query(&format!(
            "SELECT {COLUMNS} FROM organisations ORDER BY country, sort_name, id"
        ))
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(organisation).collect()
    }

    /// How many organisations there are, by country.
    pub async fn count_organisations(&self, country: Country) -> StoreResult<i64> {
        Ok(
            sqlx::query("SELECT COUNT(*) FROM organisations WHERE country = $1")
                .bind(country.as_str())
                .fetch_one(&self.pool)
                .await?
                .try_get(0)?,
        )
    }
}

async fn insert(
    connection: &mut sqlx::AnyConnection,
    draft: OrganisationDraft,
    is_demo: bool,
) -> StoreResult<Organisation> {
    let id = OrgId::from_raw(new_id());
    let sort_name = sort_key(
        draft
            .name_sv
            .as_deref()
            .or(draft.name_fi.as_deref())
            .or(draft.name_en.as_deref())
            .unwrap_or_default(),
    );
    let at = now();
    let result = sqlx::query(
        "INSERT INTO organisations (id, country, code, kind, name_fi, name_sv, name_en, sort_name, region, \
         population, staff_size, languages, frameworks, is_demo, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)",
    )
    .bind(id.as_str())
    .bind(draft.country.as_str())
    .bind(draft.code.clone())
    .bind(draft.kind.as_str())
    .bind(draft.name_fi.clone())
    .bind(draft.name_sv.clone())
    .bind(draft.name_en.clone())
    .bind(sort_name)
    .bind(draft.region.clone())
    .bind(draft.population)
    .bind(draft.staff_size)
    .bind(join(&draft.languages, |l| l.as_str()))
    .bind(join(&draft.frameworks, |f| f.as_str()))
    .bind(i64::from(is_demo))
    .bind(at)
    .bind(at)
    .execute(&mut *connection)
    .await;
    match result {
        Err(error) if is_unique_violation(&error) => {
            Err(ErrorCode::DuplicateOrganisationCode.into())
        }
        Err(error) => Err(error.into()),
        Ok(_) => fetch(connection, &id).await,
    }
}

pub(crate) async fn fetch(
    connection: &mut sqlx::AnyConnection,
    id: &OrgId,
) -> StoreResult<Organisation> {
    let row = sqlx::query(&format!(
        "SELECT {COLUMNS} FROM organisations WHERE id = $1"
    ))
    .bind(id.as_str())
    .fetch_optional(&mut *connection)
    .await?
    .ok_or(StoreError::Rule(ErrorCode::OrganisationNotFound))?;
    organisation(&row)
}
