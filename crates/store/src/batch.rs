//! The writes of one transaction, gathered and sent together before it commits: rows, live
//! events and audit entries, in a few statements whatever their number; and the reads those
//! writes cannot change, made once. A report is a few dozen rows and a dozen reads; sent one
//! by one they cost a round trip each (a thread hop for SQLite, the network for PostgreSQL),
//! which, not the rows, is what a report costs. A group commit's batch of fifty reports shares
//! one `Batch`, so they share those statements too.

use crate::insert_batch::InsertBatch;
use crate::query::Sql;
use crate::{Actor, Backend, Result, Store, audit, live};
use liaison_domain::model::Model;
use liaison_domain::sharing::Principal;
use sqlx::any::AnyRow;
use sqlx::{Any, Transaction};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::Arc;

/// A transaction with what its writes gathered and what they read.
pub(crate) struct Batch<'t> {
    pub tx: &'t mut Transaction<'static, Any>,
    /// Rows written at [`Batch::finish`].
    pub rows: InsertBatch,
    reads: Reads,
    backend: Backend,
    events: Vec<live::Pending>,
    audit: Vec<audit::Pending>,
    /// Per counter, the first and the last number the batch took.
    numbers: BTreeMap<String, (i64, i64)>,
}

impl<'t> Batch<'t> {
    pub fn new(store: &Store, tx: &'t mut Transaction<'static, Any>) -> Self {
        Batch {
            tx,
            rows: InsertBatch::default(),
            reads: Reads::default(),
            backend: store.backend,
            events: Vec::new(),
            audit: Vec::new(),
            numbers: BTreeMap::new(),
        }
    }

    /// A live event, written after the rows.
    pub fn live_event(&mut self, at: &str, item_id: &str, kind: &str, data: &serde_json::Value) {
        self.events
            .push(live::Pending::new(at, item_id, kind, data));
    }

    /// An audit entry, appended to the chain after the rows, in the order given.
    pub fn audit(&mut self, at: &str, actor: &Actor, change: audit::Change<'_>) {
        self.audit.push(audit::Pending::of(at, actor, change));
    }

    /// The next number of `counter` (`INC-12`'s 12). The first moves the stored counter, which
    /// on PostgreSQL locks it until the commit, so that servers never hand out one number
    /// twice; the others are counted here and stored once, by [`Batch::finish`].
    pub async fn next_number(&mut self, counter: &str) -> Result<i64> {
        if let Some((_, last)) = self.numbers.get_mut(counter) {
            *last += 1;
            return Ok(*last);
        }
        let first = crate::shared_item::next_number(self.tx, counter).await?;
        self.numbers.insert(counter.to_owned(), (first, first));
        Ok(first)
    }

    /// Writes everything gathered, in the transaction (which the caller commits); returns the
    /// sequence numbers of the live events, to publish once it has committed.
    pub async fn finish(mut self) -> Result<Vec<i64>> {
        for (counter, (first, last)) in std::mem::take(&mut self.numbers) {
            if last > first {
                self.rows.then(move |sql| {
                    sql.push("UPDATE counters SET value = ")
                        .int(last)
                        .push(" WHERE name = ")
                        .text(counter);
                });
            }
        }
        audit::chain(self.tx, std::mem::take(&mut self.audit), &mut self.rows).await?;
        self.rows.write(self.tx).await?;
        live::record_all(self.tx, self.backend, &self.events).await
    }

    /// The id of an audience: the one stored for the same principals, or a new one. Asked once
    /// per batch and audience.
    pub async fn audience_id(&mut self, audience: &BTreeSet<Principal>) -> Result<i64> {
        let key = crate::audiences::audience_key(audience);
        if let Some(&id) = self.reads.audiences.get(&key) {
            return Ok(id);
        }
        let id = crate::audiences::stored_audience_id(self.tx, &key).await?;
        self.reads.audiences.insert(key, id);
        Ok(id)
    }

    /// The rows `sql` selects, read once per batch: only for what the batch's own writes do not
    /// change (accounts, their preferences, webhooks, settings). Another transaction that
    /// changes them between two writes of a batch is as if it had come after the batch.
    pub async fn select(&mut self, sql: &Sql) -> Result<Vec<AnyRow>> {
        let key = sql.key();
        if let Some(rows) = self.reads.selected.get(&key) {
            return Ok(rows.clone());
        }
        let rows = sql.query().fetch_all(&mut **self.tx).await?;
        self.reads.selected.insert(key, rows.clone());
        Ok(rows)
    }

    /// The shared model, its version read once per batch.
    pub async fn model(&mut self, store: &Store) -> Result<Arc<Model>> {
        if let Some(model) = &self.reads.model {
            return Ok(model.clone());
        }
        let model = store.shared_model().await?;
        self.reads.model = Some(model.clone());
        Ok(model)
    }
}

/// What a batch read, by what it asked.
#[derive(Default)]
pub(crate) struct Reads {
    model: Option<Arc<Model>>,
    audiences: HashMap<String, i64>,
    selected: HashMap<String, Vec<AnyRow>>,
}

#[cfg(test)]
mod tests {
    #![allow(clippy::expect_used, clippy::unwrap_used)]
    use super::*;
    use crate::audit::Change;
    use crate::testing::TestDatabase;

    fn change(key: &str) -> Change<'_> {
        Change {
            action: "probe",
            kind: "probe",
            key,
            before: None,
            after: Some("{}"),
        }
    }

    #[tokio::test]
    async fn numbers_taken_together_follow_on_and_the_next_batch_goes_on_from_them() {
        let db = TestDatabase::new().await;
        let mut tx = db.store.begin().await.expect("transaction");
        let mut batch = Batch::new(&db.store, &mut tx);
        let taken = [
            batch.next_number("risk").await.expect("number"),
            batch.next_number("risk").await.expect("number"),
            batch.next_number("risk").await.expect("number"),
            batch.next_number("sitrep").await.expect("number"),
        ];
        batch.finish().await.expect("written");
        tx.commit().await.expect("committed");
        assert_eq!(taken[1], taken[0] + 1);
        assert_eq!(taken[2], taken[0] + 2);

        let mut tx = db.store.begin().await.expect("transaction");
        let mut batch = Batch::new(&db.store, &mut tx);
        assert_eq!(
            batch.next_number("risk").await.expect("number"),
            taken[2] + 1,
            "the counter was stored once, at its last number"
        );
        assert_eq!(
            batch.next_number("sitrep").await.expect("number"),
            taken[3] + 1
        );
    }

    #[tokio::test]
    async fn audit_entries_of_a_batch_join_the_chain_in_order_and_it_verifies() {
        let db = TestDatabase::new().await;
        let before = db.store.verify_audit_chain().await.expect("chain").entries;
        for keys in [&["a", "b", "c"][..], &["d"][..]] {
            let mut tx = db.store.begin().await.expect("transaction");
            let mut batch = Batch::new(&db.store, &mut tx);
            for key in keys {
                batch.audit("2026-11-25T11:20:00Z", &Actor::system(), change(key));
            }
            batch.finish().await.expect("written");
            tx.commit().await.expect("committed");
        }
        let report = db.store.verify_audit_chain().await.expect("chain");
        assert_eq!(report.first_break, None);
        assert_eq!(report.entries, before + 4);
        let keys: Vec<String> =
            sqlx::query_scalar("SELECT key FROM audit_log WHERE kind = 'probe' ORDER BY seq")
                .fetch_all(&db.store.pool)
                .await
                .expect("entries");
        assert_eq!(keys, ["a", "b", "c", "d"]);
    }

    #[tokio::test]
    async fn a_batch_reads_what_it_asked_once() {
        let db = TestDatabase::new().await;
        let mut tx = db.store.begin().await.expect("transaction");
        let mut batch = Batch::new(&db.store, &mut tx);
        let mut sql = Sql::new("SELECT COUNT(*) FROM meta WHERE key = ");
        sql.text("probe");
        let first = batch.select(&sql).await.expect("read");
        sqlx::query("INSERT INTO meta (key, value) VALUES ('probe', 'x')")
            .execute(&mut **batch.tx)
            .await
            .expect("written");
        let again = batch.select(&sql).await.expect("read");
        let count = |rows: &[AnyRow]| sqlx::Row::get::<i64, _>(&rows[0], 0);
        assert_eq!(count(&first), 0);
        assert_eq!(count(&again), 0, "the second answer is the first one's");
        let mut other = Sql::new("SELECT COUNT(*) FROM meta WHERE key = ");
        other.text("probe");
        other.push(" AND value = ").text("x");
        assert_eq!(count(&batch.select(&other).await.expect("read")), 1);
    }
}
