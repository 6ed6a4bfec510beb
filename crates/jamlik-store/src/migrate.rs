//! Forward-only migrations. Each has a portable part and, where the dialects
//! must differ, a part per backend; all parts of one migration run in one
//! transaction with its bookkeeping row.

use sqlx::Row;

use crate::{Backend, Store, StoreResult};

struct Migration {
    version: i64,
    name: &'static str,
    portable: &'static str,
    sqlite: &'static str,
    postgres: &'static str,
}

const MIGRATIONS: &[Migration] = &[
    Migration {
        version: 1,
        name: "foundation",
        portable: include_str!("../migrations/0001_foundation.sql"),
        sqlite: include_str!("../migrations/0001_foundation.sqlite.sql"),
        postgres: include_str!("../migrations/0001_foundation.postgres.sql"),
    },
    Migration {
        version: 2,
        name: "planning",
        portable: include_str!("../migrations/0002_planning.sql"),
        sqlite: include_str!("../migrations/0002_planning.sqlite.sql"),
        postgres: include_str!("../migrations/0002_planning.postgres.sql"),
    },
    Migration {
        version: 3,
        name: "plan_versions",
        portable: include_str!("../migrations/0003_plan_versions.sql"),
        sqlite: include_str!("../migrations/0003_plan_versions.sqlite.sql"),
        postgres: include_str!("../migrations/0003_plan_versions.postgres.sql"),
    },
    Migration {
        version: 4,
        name: "reminders",
        portable: include_str!("../migrations/0004_reminders.sql"),
        sqlite: include_str!("../migrations/0004_reminders.sqlite.sql"),
        postgres: include_str!("../migrations/0004_reminders.postgres.sql"),
    },
    Migration {
        version: 5,
        name: "assessment",
        portable: include_str!("../migrations/0005_assessment.sql"),
        sqlite: include_str!("../migrations/0005_assessment.sqlite.sql"),
        postgres: include_str!("../migrations/0005_assessment.postgres.sql"),
    },
    Migration {
        version: 6,
        name: "measures",
        portable: include_str!("../migrations/0006_measures.sql"),
        sqlite: include_str!("../migrations/0006_measures.sqlite.sql"),
        postgres: include_str!("../migrations/0006_measures.postgres.sql"),
    },
    Migration {
        version: 7,
        name: "analysis",
        portable: include_str!("../migrations/0007_analysis.sql"),
        sqlite: include_str!("../migrations/0007_analysis.sqlite.sql"),
        postgres: include_str!("../migrations/0007_analysis.postgres.sql"),
    },
    Migration {
        version: 8,
        name: "national",
        portable: include_str!("../migrations/0008_national.sql"),
        sqlite: include_str!("../migrations/0008_national.sqlite.sql"),
        postgres: include_str!("../migrations/0008_national.postgres.sql"),
    },
    Migration {
        version: 9,
        name: "reviews",
        portable: include_str!("../migrations/0009_reviews.sql"),
        sqlite: include_str!("../migrations/0009_reviews.sqlite.sql"),
        postgres: include_str!("../migrations/0009_reviews.postgres.sql"),
    },
    Migration {
        version: 10,
        name: "security",
        portable: include_str!("../migrations/0010_security.sql"),
        sqlite: "-- Nothing specific to SQLite.",
        postgres: "-- Nothing specific to PostgreSQL.",
    },
    Migration {
        version: 11,
        name: "upload_columns",
        portable: include_str!("../migrations/0011_upload_columns.sql"),
        sqlite: "-- Nothing specific to SQLite.",
        postgres: "-- Nothing specific to PostgreSQL.",
    },
    Migration {
        version: 12,
        name: "upload_profile",
        portable: include_str!("../migrations/0012_upload_profile.sql"),
        sqlite: "-- Nothing specific to SQLite.",
        postgres: "-- Nothing specific to PostgreSQL.",
    },
    Migration {
        version: 13,
        name: "status_cache",
        portable: include_str!("../migrations/0013_status_cache.sql"),
        sqlite: include_str!("../migrations/0013_status_cache.sqlite.sql"),
        postgres: include_str!("../migrations/0013_status_cache.postgres.sql"),
    },
    Migration {
        version: 14,
        name: "translations",
        portable: include_str!("../migrations/0014_translations.sql"),
        sqlite: "-- Nothing specific to SQLite.",
        postgres: "-- Nothing specific to PostgreSQL.",
    },
    Migration {
        version: 15,
        name: "followup_reports",
        portable: include_str!("../migrations/0015_followup_reports.sql"),
        sqlite: "-- Nothing specific to SQLite.",
        postgres: "-- Nothing specific to PostgreSQL.",
    },
    Migration {
        version: 16,
        name: "knowledge",
        portable: include_str!("../migrations/0016_knowledge.sql"),
        sqlite: "-- Nothing specific to SQLite.",
        postgres: "-- Nothing specific to PostgreSQL.",
    },
    Migration {
        version: 17,
        name: "learning",
        portable: include_str!("../migrations/0017_learning.sql"),
        sqlite: "-- Nothing specific to SQLite.",
        postgres: "-- Nothing specific to PostgreSQL.",
    },
];

pub(crate) async fn run(store: &Store) -> StoreResult<Vec<i64>> {
    let mut tx = store.write().await?;
    if store.backend == Backend::Postgres {
        // Several instances may start at once: one migrates, the others wait.
        sqlx::query("SELECT pg_advisory_xact_lock(7357001)")
            .execute(&mut *tx)
            .await?;
    }
    sqlx::raw_sql(
        "CREATE TABLE IF NOT EXISTS schema_migrations (\
         version BIGINT PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)",
    )
    .execute(&mut *tx)
    .await?;
    let applied: Vec<i64> = sqlx::query("SELECT version FROM schema_migrations")
        .fetch_all(&mut *tx)
        .await?
        .iter()
        .map(|row| row.try_get::<i64, _>(0))
        .collect::<Result<_, _>>()?;
    let mut newly = Vec::new();
    for migration in MIGRATIONS.iter().filter(|m| !applied.contains(&m.version)) {
        sqlx::raw_sql(migration.portable).execute(&mut *tx).await?;
        let specific = match store.backend {
            Backend::Sqlite => migration.sqlite,
            Backend::Postgres => migration.postgres,
        };
        sqlx::raw_sql(specific).execute(&mut *tx).await?;
        sqlx::query(
            "INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)",
        )
        .bind(migration.version)
        .bind(migration.name)
        .bind(crate::now())
        .execute(&mut *tx)
        .await?;
        newly.push(migration.version);
    }
    tx.commit().await?;
    Ok(newly)
}

pub(crate) async fn applied(store: &Store) -> StoreResult<Vec<i64>> {
    let rows = sqlx::query("SELECT version FROM schema_migrations ORDER BY version")
        .fetch_all(&store.pool)
        .await?;
    Ok(rows
        .iter()
        .map(|row| row.try_get::<i64, _>(0))
        .collect::<Result<_, _>>()?)
}

/// The newest migration this binary knows.
pub fn latest_version() -> i64 {
    MIGRATIONS.last().map_or(0, |m| m.version)
}

/// Every migration this binary knows, by version. Numbers need not be
/// contiguous: a number reserved for a change not merged yet may be missing.
pub fn known_versions() -> Vec<i64> {
    MIGRATIONS.iter().map(|m| m.version).collect()
}
