//! Knowledge and learning: what the public guide and the measure catalogue
//! read from the organisations' own work. The guide, the catalogue and the
//! courses themselves are data in packs; here are only the facts that come
//! from plans — how many organisations took each catalogue measure into a
//! plan and how many have done it.

use std::collections::HashMap;

use sqlx::Row;

use crate::{Store, StoreResult};

/// How a catalogue measure has been used.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CatalogueUsage {
    /// Organisations with the measure in a plan.
    pub organisations: i64,
    /// Organisations that have done it.
    pub done: i64,
}

impl Store {
    /// Each catalogue measure's use across all organisations' plans, by
    /// catalogue id. The caller shows only counts of enough organisations.
    pub async fn catalogue_usage(&self) -> StoreResult<HashMap<String, CatalogueUsage>> {
        let rows = sqlx::query(
            "SELECT measures.catalogue_id, COUNT(DISTINCT plans.org_id) AS organisations, \
             COUNT(DISTINCT CASE WHEN measures.status = 'done' THEN plans.org_id END) AS done \
             FROM measures JOIN plans ON plans.id = measures.plan_id \
             WHERE measures.catalogue_id IS NOT NULL GROUP BY measures.catalogue_id",
        )
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|row| {
                Ok((
                    row.try_get("catalogue_id")?,
                    CatalogueUsage {
                        organisations: row.try_get("organisations")?,
                        done: row.try_get("done")?,
                    },
                ))
            })
            .collect()
    }
}
