//! Who may read a shared item, stored two ways from one write: per item, its principals
//! (`item_audience`, for the checks of one item and for deliveries); and per distinct set of
//! principals, an audience that many items share (`audiences`), which the item's row names.
//! A reader belongs to the audiences that name one of their principals: a handful of rows, so
//! counts and lists ask "which audiences" once instead of probing every item.

use crate::insert_batch::InsertBatch;
use crate::query::SqlValue;
use crate::{Result, Store};
use liaison_domain::sharing::Principal;
use sqlx::{Any, Transaction};
use std::collections::BTreeSet;

/// The tables of the kinds of shared item, each with an `audience` column.
const ITEM_TABLES: [&str; 3] = ["incidents", "disinformation", "sitreps"];

/// Replaces the stored audience of an item of the kind stored in `table`: its principals, and
/// the audience (the set of them, stored once) its row names, which counts and lists join on.
pub(crate) async fn write_audience(
    tx: &mut Transaction<'static, Any>,
    table: &str,
    item_id: &str,
    audience: &BTreeSet<Principal>,
) -> Result<()> {
    sqlx::query("DELETE FROM item_audience WHERE item_id = $1")
        .bind(item_id)
        .execute(&mut **tx)
        .await?;
    let mut rows = InsertBatch::default();
    principal_rows(&mut rows, item_id, audience);
    rows.write(tx).await?;
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

/// The principals of an item, as rows of `item_audience` to write with the rest of its
/// change.
pub(crate) fn principal_rows(
    rows: &mut InsertBatch,
    item_id: &str,
    audience: &BTreeSet<Principal>,
) {
    for principal in audience {
        rows.row(
            "item_audience",
            &["item_id", "principal"],
            [SqlValue::text(item_id), SqlValue::text(principal.encode())],
        );
    }
}

impl Store {
    /// Names the audience of every item stored before audiences were (or written straight into
    /// the tables): run when the store opens; it finds nothing to do once done. Returns how
    /// many items it named.
    pub(crate) async fn fill_audiences(&self) -> Result<usize> {
        let mut filled = 0;
        for table in ITEM_TABLES {
            loop {
                let ids: Vec<String> = sqlx::query_scalar(&format!(
                    "SELECT id FROM {table} WHERE audience IS NULL ORDER BY id LIMIT 1000"
                ))
                .fetch_all(&self.pool)
                .await?;
                if ids.is_empty() {
                    break;
                }
                let audiences = self.audiences_of_items(&ids).await?;
                let mut tx = self.begin().await?;
                for id in &ids {
                    let principals = audiences.get(id).cloned().unwrap_or_default();
                    let audience = audience_id(&mut tx, &principals).await?;
                    sqlx::query(&format!("UPDATE {table} SET audience = $2 WHERE id = $1"))
                        .bind(id)
                        .bind(audience)
                        .execute(&mut *tx)
                        .await?;
                }
                tx.commit().await?;
                filled += ids.len();
            }
        }
        Ok(filled)
    }
}
