//! Who may read a shared item: its audience, a distinct set of principals stored once
//! (`audiences`, with one row per principal in `audience_principals`) and named by the item's
//! row. A reader belongs to the audiences that name one of their principals: a handful of rows,
//! so reads ask "which audiences" once instead of probing every item. What refers to an item of
//! any kind (a live event, an attachment, an audit entry, a delivery) finds its audience through
//! `shared_items`, every kind of shared item by id.

use crate::insert_batch::InsertBatch;
use crate::query::SqlValue;
use crate::{Result, Store};
use liaison_domain::sharing::Principal;
use sqlx::{Any, Transaction};
use std::collections::{BTreeSet, HashMap};
use std::sync::{Arc, Mutex};

/// The tables of the kinds of shared item, each with an `audience` column: the view
/// `shared_items` unites them.
const ITEM_TABLES: [&str; 3] = ["incidents", "disinformation", "sitreps"];

/// Replaces the stored audience of an item of the kind stored in `table`: the audience (the
/// set of principals, stored once) its row names, which every read joins on.
pub(crate) async fn write_audience(
    tx: &mut Transaction<'static, Any>,
    table: &str,
    item_id: &str,
    audience: &BTreeSet<Principal>,
) -> Result<()> {
    let id = audience_id(tx, audience).await?;
    // A row that already names it is left alone: an update writes a new version of the row
    // and of its indexes even when nothing changes.
    sqlx::query(&format!(
        "UPDATE {table} SET audience = $2 WHERE id = $1 AND (audience IS NULL OR audience <> $2)"
    ))
    .bind(item_id)
    .bind(id)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// The id of an audience: the one stored for the same principals, or a new one.
pub(crate) async fn audience_id(
    tx: &mut Transaction<'static, Any>,
    audience: &BTreeSet<Principal>,
) -> Result<i64> {
    stored_audience_id(tx, &audience_key(audience)).await
}

/// How an audience is stored: its principals, encoded, sorted, one per line.
pub(crate) fn audience_key(audience: &BTreeSet<Principal>) -> String {
    let principals: BTreeSet<String> = audience.iter().map(Principal::encode).collect();
    principals.into_iter().collect::<Vec<_>>().join("\n")
}

/// The principals of an audience stored under `key` (its [`audience_key`]).
pub(crate) fn audience_from_key(key: &str) -> BTreeSet<Principal> {
    key.lines().filter_map(Principal::decode).collect()
}

/// The id of the audience stored under `key` (its [`audience_key`]), stored now if it is new.
/// Most reports go to an audience that exists: asked first, it costs one statement.
pub(crate) async fn stored_audience_id(
    tx: &mut Transaction<'static, Any>,
    key: &str,
) -> Result<i64> {
    let stored: Option<(i64,)> = sqlx::query_as("SELECT id FROM audiences WHERE principals = $1")
        .bind(key)
        .fetch_optional(&mut **tx)
        .await?;
    if let Some((id,)) = stored {
        return Ok(id);
    }
    let created: Option<(i64,)> = sqlx::query_as(
        "INSERT INTO audiences (principals) VALUES ($1) ON CONFLICT (principals) DO NOTHING RETURNING id",
    )
    .bind(key)
    .fetch_optional(&mut **tx)
    .await?;
    if let Some((id,)) = created {
        let mut rows = InsertBatch::default();
        for principal in key.lines() {
            rows.row(
                "audience_principals",
                &["principal", "audience"],
                [SqlValue::text(principal), SqlValue::Int(id)],
            );
        }
        rows.write(tx).await?;
        return Ok(id);
    }
    // Another transaction stored it in between (PostgreSQL): it is there now.
    let (id,): (i64,) = sqlx::query_as("SELECT id FROM audiences WHERE principals = $1")
        .bind(key)
        .fetch_one(&mut **tx)
        .await?;
    Ok(id)
}

/// The ids of the audiences this server found stored, by their [`audience_key`]. An audience
/// is never changed nor removed once stored, so an id found committed stays true. It is looked
/// for outside the transaction that asks, which may have stored it and may yet roll back.
#[derive(Clone)]
pub(crate) struct KnownAudiences {
    /// Where committed audiences are looked for.
    pool: sqlx::AnyPool,
    ids: Arc<Mutex<HashMap<String, i64>>>,
}

/// Past this many audiences the known ones are forgotten and found again.
const MAX_KNOWN: usize = 20_000;

impl KnownAudiences {
    /// None known yet, looked for in `pool`.
    pub(crate) fn new(pool: sqlx::AnyPool) -> Self {
        KnownAudiences {
            pool,
            ids: Arc::default(),
        }
    }

    /// The id of the audience stored under `key`: known, committed, or stored by `tx` now.
    pub(crate) async fn id(&self, tx: &mut Transaction<'static, Any>, key: &str) -> Result<i64> {
        if let Some(&id) = self.ids.lock().ok().as_ref().and_then(|ids| ids.get(key)) {
            return Ok(id);
        }
        let committed: Option<(i64,)> =
            sqlx::query_as("SELECT id FROM audiences WHERE principals = $1")
                .bind(key)
                .fetch_optional(&self.pool)
                .await?;
        let Some((id,)) = committed else {
            return stored_audience_id(tx, key).await;
        };
        if let Ok(mut ids) = self.ids.lock() {
            if ids.len() >= MAX_KNOWN {
                ids.clear();
            }
            ids.insert(key.to_owned(), id);
        }
        Ok(id)
    }
}

impl Store {
    /// Names the empty audience for every item stored without one (written straight into the
    /// tables, or without principals before audiences were named): run when the store opens;
    /// it finds nothing to do once done. An item without an audience is seen by nobody, and
    /// so it stays. Returns how many items it named.
    pub(crate) async fn fill_audiences(&self) -> Result<usize> {
        let mut filled = 0;
        for table in ITEM_TABLES {
            let unnamed: Option<(i64,)> = sqlx::query_as(&format!(
                "SELECT 1 FROM {table} WHERE audience IS NULL LIMIT 1"
            ))
            .fetch_optional(&self.pool)
            .await?;
            if unnamed.is_none() {
                continue;
            }
            let mut tx = self.begin().await?;
            let nobody = audience_id(&mut tx, &BTreeSet::new()).await?;
            let named = sqlx::query(&format!(
                "UPDATE {table} SET audience = $1 WHERE audience IS NULL"
            ))
            .bind(nobody)
            .execute(&mut *tx)
            .await?;
            tx.commit().await?;
            filled += named.rows_affected() as usize;
        }
        Ok(filled)
    }
}

#[cfg(test)]
mod tests {
    // Tests fail loudly.
    #![allow(clippy::unwrap_used)]
    use super::*;
    use crate::testing::TestDatabase;

    /// What a server remembers of audiences is only what is committed: an audience stored by
    /// a transaction that rolled back is stored again when next asked for, and the id given
    /// names those principals.
    #[tokio::test]
    async fn an_audience_rolled_back_is_not_remembered() {
        let db = TestDatabase::new().await;
        let store = &db.store;
        let asked = principals(&["org:cert", "org:cec"]);
        let other = principals(&["org:nss"]);
        let id_in_a_batch = async |audience: &BTreeSet<Principal>, commit: bool| {
            let mut tx = store.begin().await.unwrap();
            let mut batch = crate::batch::Batch::new(store, &mut tx);
            let id = batch.audience_id(audience).await.unwrap();
            let id_again = batch.audience_id(audience).await.unwrap();
            assert_eq!(id, id_again);
            drop(batch);
            if commit {
                tx.commit().await.unwrap();
            } else {
                tx.rollback().await.unwrap();
            }
            id
        };
        id_in_a_batch(&asked, false).await;
        // Another takes the next id meanwhile.
        id_in_a_batch(&other, true).await;
        let id = id_in_a_batch(&asked, true).await;
        let (stored,): (String,) = sqlx::query_as("SELECT principals FROM audiences WHERE id = $1")
            .bind(id)
            .fetch_one(&store.pool)
            .await
            .unwrap();
        assert_eq!(stored, audience_key(&asked));
        // Once committed, it is remembered, and still right.
        assert_eq!(id_in_a_batch(&asked, true).await, id);
    }

    /// The migration after which an item's audience is read from its row alone.
    const READ_FROM_THE_ITEM: i64 = 20261213000001;

    async fn incident(pool: &sqlx::AnyPool, id: &str, number: i64, principals: &[&str]) {
        sqlx::query(
            "INSERT INTO incidents (id, number, title, description, threat_kind, assets, \
             severity, severity_rank, status, tlp, recipients, observers, source_organisation, \
             reporter, reported_at, updated_at, search_text, version) \
             VALUES ($1, $2, 't', 'd', 'ddos', '[]', 'low', 0, 'reported', 'amber', '{}', 0, \
             'cec', 'someone', 'x', 'x', 't', 1)",
        )
        .bind(id)
        .bind(number)
        .execute(pool)
        .await
        .unwrap();
        for principal in principals {
            sqlx::query("INSERT INTO item_audience (item_id, principal) VALUES ($1, $2)")
                .bind(id)
                .bind(*principal)
                .execute(pool)
                .await
                .unwrap();
        }
    }

    fn principals(encoded: &[&str]) -> BTreeSet<Principal> {
        encoded
            .iter()
            .map(|p| Principal::decode(p).unwrap())
            .collect()
    }

    /// Items of a release that kept a copy of each item's principals, some never given an
    /// audience of their own: after the upgrade each is read by exactly whom its copy named,
    /// under the audience the store itself would name for those principals.
    #[tokio::test]
    async fn an_upgrade_keeps_who_reads_each_item() {
        // A hyphen sorts before a letter byte by byte, after it in most languages' order.
        let named = ["org:local-north-1", "org:locala", "members"];
        let db = TestDatabase::upgraded_from(READ_FROM_THE_ITEM, async |pool| {
            incident(pool, "named", 1, &named).await;
            incident(pool, "same", 2, &named).await;
            incident(pool, "nobody", 3, &[]).await;
            incident(pool, "cert", 4, &["org:cert"]).await;
        })
        .await;
        let store = &db.store;
        for (id, expected) in [
            ("named", principals(&named)),
            ("same", principals(&named)),
            ("nobody", BTreeSet::new()),
            ("cert", principals(&["org:cert"])),
        ] {
            assert_eq!(store.audience_of_item(id).await.unwrap(), expected, "{id}");
            let (stored,): (i64,) = sqlx::query_as("SELECT audience FROM incidents WHERE id = $1")
                .bind(id)
                .fetch_one(&store.pool)
                .await
                .unwrap();
            let mut tx = store.begin().await.unwrap();
            assert_eq!(
                audience_id(&mut tx, &expected).await.unwrap(),
                stored,
                "{id}"
            );
        }
        let local = Principal::Organisation("locala".into()).encode();
        let (tallied,): (i64,) = sqlx::query_as(
            "SELECT CAST(SUM(t.items) AS BIGINT) FROM incident_tallies t \
             JOIN audience_principals ap ON ap.audience = t.audience WHERE ap.principal = $1",
        )
        .bind(&local)
        .fetch_one(&store.pool)
        .await
        .unwrap();
        assert_eq!(tallied, 2, "counted once each under their audience");
    }
}
