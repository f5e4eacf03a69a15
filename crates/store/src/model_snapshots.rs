//! The shared model kept per election, so that one cycle can be compared with the next. A
//! snapshot copies the records with their audiences: whoever reads it sees exactly what the
//! same audiences would have seen of the live model then.

use super::audit::{self, Change};
use super::records::{
    COLUMNS, Record, audience_clause, record_from, unknown_sections, viewed_model,
};
use super::{Actor, Result, Store, StoreError, forbid};
use liaison_domain::access::{Action, Audience};
use liaison_domain::caller::Caller;
use liaison_domain::model::Model;
use liaison_interop::model_file::ModelFile;
use serde::Serialize;
use sqlx::Row;

/// A kept model, without its records.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ModelSnapshot {
    /// The election the model was kept for.
    pub election: String,
    pub taken_at: String,
    /// The name of the account that kept it.
    pub taken_by: Option<String>,
}

impl Store {
    /// Keeps the shared model as it stands as the current election's snapshot, replacing an
    /// earlier one of the same election. Returns the election's name.
    pub async fn keep_model_snapshot(&self, caller: &Caller) -> Result<String> {
        let viewer = caller.viewer();
        forbid(viewer, Action::KeepModelSnapshot, "refusal-snapshot-keep")?;
        let election = self.current_election().await?;
        let taken_at = self.now();
        let mut tx = self.begin().await?;
        let unknown = unknown_sections(&mut *tx).await?;
        let unknown =
            serde_json::to_string(&unknown).map_err(|e| StoreError::Internal(e.to_string()))?;
        let before: Option<(String,)> =
            sqlx::query_as("SELECT taken_at FROM model_snapshots WHERE election = $1")
                .bind(&election)
                .fetch_optional(&mut *tx)
                .await?;
        for table in ["model_snapshot_records", "model_snapshots"] {
            sqlx::query(&format!("DELETE FROM {table} WHERE election = $1"))
                .bind(&election)
                .execute(&mut *tx)
                .await?;
        }
        sqlx::query(
            "INSERT INTO model_snapshots (election, taken_at, taken_by, unknown_sections) \
             VALUES ($1, $2, $3, $4)",
        )
        .bind(&election)
        .bind(&taken_at)
        .bind(&viewer.account)
        .bind(&unknown)
        .execute(&mut *tx)
        .await?;
        let copied = sqlx::query(&format!(
            "INSERT INTO model_snapshot_records (election, {COLUMNS}) \
             SELECT $1, {COLUMNS} FROM records"
        ))
        .bind(&election)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        audit::append(
            &mut tx,
            &taken_at,
            &Actor::of(viewer),
            Change {
                action: "snapshot",
                kind: "model",
                key: &election,
                before: before.map(|(at,)| format!("kept at {at}")).as_deref(),
                after: Some(&format!("{copied} records kept at {taken_at}")),
            },
        )
        .await?;
        tx.commit().await?;
        Ok(election)
    }

    /// Every kept model, the latest first.
    pub async fn model_snapshots(&self) -> Result<Vec<ModelSnapshot>> {
        let rows = sqlx::query(
            "SELECT s.election, s.taken_at, a.name AS taken_by FROM model_snapshots s \
             LEFT JOIN accounts a ON a.id = s.taken_by ORDER BY s.taken_at DESC, s.election",
        )
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|row| {
                Ok(ModelSnapshot {
                    election: row.try_get("election")?,
                    taken_at: row.try_get("taken_at")?,
                    taken_by: row.try_get("taken_by")?,
                })
            })
            .collect()
    }

    /// The model kept for `election`, as the audiences may see it; `NotFound` when none was kept.
    pub async fn snapshot_model(
        &self,
        election: &str,
        audiences: &[Audience],
    ) -> Result<(ModelFile, Model)> {
        let kept: Option<(String,)> =
            sqlx::query_as("SELECT unknown_sections FROM model_snapshots WHERE election = $1")
                .bind(election)
                .fetch_optional(&self.pool)
                .await?;
        let (unknown,) = kept.ok_or(StoreError::NotFound)?;
        let unknown: Vec<String> =
            serde_json::from_str(&unknown).map_err(|e| StoreError::Internal(e.to_string()))?;
        let rows = sqlx::query(&format!(
            "SELECT {COLUMNS} FROM model_snapshot_records WHERE election = $1 AND {} \
             ORDER BY position, kind, key",
            audience_clause(audiences)
        ))
        .bind(election)
        .fetch_all(&self.pool)
        .await?;
        let records: Vec<Record> = rows.iter().map(record_from).collect::<Result<_>>()?;
        viewed_model(&records, &unknown)
    }
}
