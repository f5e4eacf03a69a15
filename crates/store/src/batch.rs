//! The writes of one transaction, gathered and sent together before it commits: rows, live
//! events and audit entries, in a few statements whatever their number; and the reads those
//! writes cannot change, made once. A report is a few dozen rows and a dozen reads; sent one
//! by one they cost a round trip each (a thread hop for SQLite, the network for PostgreSQL),
//! which, not the rows, is what a report costs. A group commit's batch of fifty reports shares
//! one `Batch`, so they share those statements too.

use crate::audiences::KnownAudiences;
use crate::directory::DirectoryCopy;
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
    /// This server's copy of the directory, which the batch's reads of it consult.
    directory: DirectoryCopy,
    /// This server's known audiences.
    known_audiences: KnownAudiences,
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
            directory: store.directory.clone(),
            known_audiences: store.known_audiences.clone(),
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
    /// per batch and audience, and of the database only until this server found it stored.
    pub async fn audience_id(&mut self, audience: &BTreeSet<Principal>) -> Result<i64> {
        let key = crate::audiences::audience_key(audience);
        if let Some(&id) = self.reads.audiences.get(&key) {
            return Ok(id);
        }
        let id = self.known_audiences.id(self.tx, &key).await?;
        self.reads.audiences.insert(key, id);
        Ok(id)
    }

    /// The rows `sql` selects from the directory of people (accounts, their preferences,
    /// webhooks), which the batch's own writes do not change: asked of the database once per
    /// version of the directory, on this server. Another transaction that changes them
    /// between two writes of a batch is as if it had come after the batch. A transaction that
    /// changes the directory itself asks it directly, not here: what it reads may yet roll
    /// back.
    pub async fn select(&mut self, sql: &Sql) -> Result<Vec<AnyRow>> {
        let (_, directory) = self.versions().await?;
        let key = sql.key();
        if let Some(rows) = self.directory.answer(directory, &key) {
            return Ok(rows);
        }
        let rows = sql.query().fetch_all(&mut **self.tx).await?;
        self.directory.keep(directory, key, rows.clone());
        Ok(rows)
    }

    /// The shared model, its version read once per batch.
    pub async fn model(&mut self, store: &Store) -> Result<Arc<Model>> {
        if let Some(model) = &self.reads.model {
            return Ok(model.clone());
        }
        let (version, _) = self.versions().await?;
        let model = store.shared_model_at(version).await?;
        self.reads.model = Some(model.clone());
        Ok(model)
    }

    /// The versions of the model and of the directory, read together once per batch, before
    /// anything read of them: what is read after a version was is at least that new.
    async fn versions(&mut self) -> Result<(i64, i64)> {
        if let Some(versions) = self.reads.versions {
            return Ok(versions);
        }
        let rows: Vec<(String, i64)> =
            sqlx::query_as("SELECT name, value FROM counters WHERE name IN ('model', 'directory')")
                .fetch_all(&mut **self.tx)
                .await?;
        let version = |name: &str| {
            rows.iter()
                .find(|(n, _)| n == name)
                .map_or(0, |(_, value)| *value)
        };
        let versions = (version("model"), version("directory"));
        self.reads.versions = Some(versions);
        Ok(versions)
    }
}

/// What a batch read, by what it asked.
#[derive(Default)]
pub(crate) struct Reads {
    /// The model's and the directory's versions.
    versions: Option<(i64, i64)>,
    model: Option<Arc<Model>>,
    audiences: HashMap<String, i64>,
}

#[cfg(test)]
mod tests {
    #![allow(clippy::expect_used, clippy::unwrap_used)]
    use super::*;
    use crate::audit::Change;
    use crate::testing::TestDatabase;
    use liaison_domain::access::Role;

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

    /// Each server keeps what it read of the directory until a change of it (any code's, in
    /// any transaction) moves its version; what is not the directory does not move it.
    #[tokio::test]
    async fn the_directory_is_read_again_only_when_it_changed() {
        let db = TestDatabase::new().await;
        let store = &db.store;
        let account = crate::testing::person(store, "duty@cert.example", "cert", Role::Analyst)
            .await
            .account;
        let mut sql =
            Sql::new("SELECT COUNT(*) FROM accounts WHERE failed_logins > 0 OR language = ");
        sql.text("fr");
        let ask = async || {
            let mut tx = store.begin().await.expect("transaction");
            let mut batch = Batch::new(store, &mut tx);
            let rows = batch.select(&sql).await.expect("read");
            sqlx::Row::get::<i64, _>(&rows[0], 0)
        };
        assert_eq!(ask().await, 0);
        // A failed sign-in is no change of the directory: the answer kept stands.
        sqlx::query("UPDATE accounts SET failed_logins = 1 WHERE id = $1")
            .bind(&account)
            .execute(&store.pool)
            .await
            .expect("written");
        assert_eq!(ask().await, 0, "kept");
        sqlx::query("UPDATE accounts SET failed_logins = 0 WHERE id = $1")
            .bind(&account)
            .execute(&store.pool)
            .await
            .expect("written");
        // A language chosen, by any code: the version moved, the database is asked again.
        sqlx::query("UPDATE accounts SET language = 'fr' WHERE id = $1")
            .bind(&account)
            .execute(&store.pool)
            .await
            .expect("written");
        assert_eq!(ask().await, 1);
        for change in [
            "INSERT INTO notification_preferences (account_id, email, min_severity, digest_minutes) \
             VALUES ($1, 'digest', 'low', 60)",
            "UPDATE notification_preferences SET email = 'off' WHERE account_id = $1",
            "DELETE FROM notification_preferences WHERE account_id = $1",
            "INSERT INTO webhooks (id, organisation, url, secret, description, active, created_by, created_at) \
             VALUES ($1, 'cert', 'https://hooks.example', 's', '', 1, NULL, 'x')",
            "UPDATE webhooks SET active = 0 WHERE id = $1",
            "DELETE FROM webhooks WHERE id = $1",
            "UPDATE accounts SET disabled = 1 WHERE id = $1",
        ] {
            let before = directory_version(store).await;
            sqlx::query(change)
                .bind(&account)
                .execute(&store.pool)
                .await
                .expect(change);
            assert!(directory_version(store).await > before, "{change}");
        }
    }

    async fn directory_version(store: &Store) -> i64 {
        sqlx::query_scalar("SELECT value FROM counters WHERE name = 'directory'")
            .fetch_one(&store.pool)
            .await
            .expect("version")
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
