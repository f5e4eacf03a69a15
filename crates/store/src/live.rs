//! Live events: what changed, for the pages that update themselves. An event is written in the
//! transaction of the change; once committed it is fanned out to this server's subscribers
//! with the audience of its item, and each subscriber passes on only what its reader may see.
//!
//! With PostgreSQL, the transaction also sends `NOTIFY liaison_live, '<seq>'`; every server
//! listens, so any number of servers behind a load balancer show the same live picture. With
//! SQLite (one server), the writer fans out its own events after commit.

use super::{Backend, Result, Store};
use crate::audiences::audience_from_key;
use crate::query::Sql;
use liaison_domain::caller::Caller;
use liaison_domain::sharing::Principal;
use sqlx::{Any, Row, Transaction};
use std::collections::{BTreeSet, HashMap};
use std::sync::{Arc, OnceLock};
use tokio::sync::broadcast;

const CHANNEL: &str = "liaison_live";
/// Events kept for readers that reconnect (`Last-Event-ID`).
const KEEP_EVENTS: i64 = 10_000;

/// One change, as subscribers receive it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LiveEvent {
    pub seq: i64,
    pub at: String,
    pub item_id: String,
    /// What happened: `incident.reported`, `incident.updated`, `disinformation.reported`, …
    pub kind: String,
    /// A JSON summary of the item; shown only to readers in `audience`.
    pub data: String,
    pub audience: BTreeSet<Principal>,
    /// The access epoch ([`Store::access_epoch`]) when this server read the event, after it
    /// was committed: a stream whose reader was checked at this epoch need not check again.
    /// `None` for what a reconnecting reader missed (checked when it reconnected).
    pub access_epoch: Option<i64>,
}

impl LiveEvent {
    pub fn visible_to(&self, principals: &[Principal]) -> bool {
        liaison_domain::sharing::admits(&self.audience, principals)
    }
}

/// This server's fan-out of live events.
#[derive(Debug)]
pub(crate) struct LiveHub {
    sender: broadcast::Sender<Arc<LiveEvent>>,
    listening: OnceLock<()>,
}

impl Default for LiveHub {
    fn default() -> Self {
        LiveHub {
            sender: broadcast::channel(4_096).0,
            listening: OnceLock::new(),
        }
    }
}

/// An event to write with the others of its transaction.
#[derive(Debug, Clone)]
pub(crate) struct Pending {
    pub at: String,
    pub item_id: String,
    pub kind: String,
    pub data: String,
}

impl Pending {
    pub fn new(at: &str, item_id: &str, kind: &str, data: &serde_json::Value) -> Self {
        Pending {
            at: at.to_owned(),
            item_id: item_id.to_owned(),
            kind: kind.to_owned(),
            data: data.to_string(),
        }
    }
}

/// Writes an event in the caller's transaction; returns its sequence number.
pub(crate) async fn record(
    tx: &mut Transaction<'static, Any>,
    backend: Backend,
    at: &str,
    item_id: &str,
    kind: &str,
    data: &serde_json::Value,
) -> Result<i64> {
    let seqs = record_all(tx, backend, &[Pending::new(at, item_id, kind, data)]).await?;
    seqs.first()
        .copied()
        .ok_or_else(|| crate::StoreError::Internal("a live event was not numbered".to_owned()))
}

/// Writes `events` in the caller's transaction in one statement (two on PostgreSQL, with their
/// notification); returns their sequence numbers, in order.
pub(crate) async fn record_all(
    tx: &mut Transaction<'static, Any>,
    backend: Backend,
    events: &[Pending],
) -> Result<Vec<i64>> {
    if events.is_empty() {
        return Ok(Vec::new());
    }
    let mut insert = Sql::new("INSERT INTO live_events (at, item_id, kind, data) VALUES ");
    for (n, event) in events.iter().enumerate() {
        insert.push(if n == 0 { "(" } else { ", (" });
        insert
            .text(&event.at)
            .push(", ")
            .text(&event.item_id)
            .push(", ")
            .text(&event.kind)
            .push(", ")
            .text(&event.data)
            .push(")");
    }
    insert.push(" RETURNING seq");
    let mut seqs = insert
        .query()
        .fetch_all(&mut **tx)
        .await?
        .iter()
        .map(|row| row.try_get::<i64, _>(0))
        .collect::<std::result::Result<Vec<_>, _>>()?;
    // `RETURNING` promises no order; readers get events in the order they happened.
    seqs.sort_unstable();
    if backend == Backend::Postgres {
        // Delivered to the listeners only when (and if) the transaction commits.
        let mut notify = Sql::new("SELECT pg_notify(");
        notify.text(CHANNEL).push(", v) FROM (VALUES ");
        for (n, seq) in seqs.iter().enumerate() {
            notify
                .push(if n == 0 { "(" } else { ", (" })
                .text(seq.to_string())
                .push(")");
        }
        notify.push(") AS sent (v)");
        notify.query().execute(&mut **tx).await?;
    }
    Ok(seqs)
}

impl Store {
    /// Receives every live event this server learns of; the caller filters by audience with
    /// [`LiveEvent::visible_to`]. With PostgreSQL, the first call starts listening.
    pub fn subscribe_live(&self) -> broadcast::Receiver<Arc<LiveEvent>> {
        let receiver = self.live.sender.subscribe();
        if self.backend == Backend::Postgres && self.live.listening.set(()).is_ok() {
            let store = self.clone();
            tokio::spawn(async move { store.listen().await });
        }
        receiver
    }

    /// Fans out events this server committed (SQLite; with PostgreSQL, NOTIFY does it).
    pub(crate) async fn publish_committed(&self, seqs: &[i64]) {
        if self.backend != Backend::Sqlite || self.live.sender.receiver_count() == 0 {
            return;
        }
        for &seq in seqs {
            self.fan_out(seq).await;
        }
    }

    async fn fan_out(&self, seq: i64) {
        match self.live_event(seq).await {
            Ok(Some(event)) => {
                // Nobody listening is not an error.
                let _ = self.live.sender.send(Arc::new(event));
            }
            Ok(None) => {}
            Err(e) => tracing::warn!(seq, error = %e, "a live event could not be read"),
        }
    }

    /// Listens for other servers' events and fans them out here; after a lost connection it
    /// catches up from the last event seen.
    async fn listen(&self) {
        use sqlx::postgres::PgListener;
        let Some(url) = self.url.as_deref() else {
            return;
        };
        let mut last_seen = self.last_live_seq().await.unwrap_or(0);
        loop {
            let mut listener = match PgListener::connect(url).await {
                Ok(l) => l,
                Err(e) => {
                    tracing::warn!(error = %e, "cannot listen for live events; retrying");
                    tokio::time::sleep(std::time::Duration::from_secs(2)).await;
                    continue;
                }
            };
            if let Err(e) = listener.listen(CHANNEL).await {
                tracing::warn!(error = %e, "cannot listen for live events; retrying");
                tokio::time::sleep(std::time::Duration::from_secs(2)).await;
                continue;
            }
            // Whatever committed while we were not listening.
            if let Ok(missed) = self.live_seqs_after(last_seen).await {
                for seq in missed {
                    self.fan_out(seq).await;
                    last_seen = last_seen.max(seq);
                }
            }
            loop {
                match listener.recv().await {
                    Ok(notification) => {
                        if let Ok(seq) = notification.payload().parse::<i64>() {
                            self.fan_out(seq).await;
                            last_seen = last_seen.max(seq);
                        }
                    }
                    Err(e) => {
                        tracing::warn!(error = %e, "live events connection lost; reconnecting");
                        break;
                    }
                }
            }
        }
    }

    async fn last_live_seq(&self) -> Result<i64> {
        let (seq,): (i64,) = sqlx::query_as("SELECT COALESCE(MAX(seq), 0) FROM live_events")
            .fetch_one(&self.pool)
            .await?;
        Ok(seq)
    }

    async fn live_seqs_after(&self, seq: i64) -> Result<Vec<i64>> {
        let rows: Vec<(i64,)> =
            sqlx::query_as("SELECT seq FROM live_events WHERE seq > $1 ORDER BY seq LIMIT 1000")
                .bind(seq)
                .fetch_all(&self.pool)
                .await?;
        Ok(rows.into_iter().map(|r| r.0).collect())
    }

    /// One event with the audience of its item.
    async fn live_event(&self, seq: i64) -> Result<Option<LiveEvent>> {
        let Some(row) =
            // The epoch and the item's audience (its principals as stored, one per line) come
            // with the event, in the same round trip: one read per event and server, whatever
            // the number of streams open.
            sqlx::query(
                "SELECT e.seq, e.at, e.item_id, e.kind, e.data, a.principals, \
                 (SELECT epoch FROM access_epoch WHERE id = 1) AS access_epoch \
                 FROM live_events e LEFT JOIN shared_items si ON si.id = e.item_id \
                 LEFT JOIN audiences a ON a.id = si.audience WHERE e.seq = $1",
            )
            .bind(seq)
            .fetch_optional(&self.pool)
            .await?
        else {
            return Ok(None);
        };
        let item_id: String = row.try_get("item_id")?;
        let audience = row
            .try_get::<Option<String>, _>("principals")?
            .map(|key| audience_from_key(&key))
            .unwrap_or_default();
        Ok(Some(LiveEvent {
            seq: row.try_get("seq")?,
            at: row.try_get("at")?,
            item_id,
            kind: row.try_get("kind")?,
            data: row.try_get("data")?,
            audience,
            access_epoch: row.try_get("access_epoch")?,
        }))
    }

    /// The events after `seq` the reader may see, for a reader that reconnects.
    pub async fn live_events_since(&self, seq: i64, caller: &Caller) -> Result<Vec<LiveEvent>> {
        let principals = caller.principals();
        let mut sql = crate::query::Sql::new(
            "SELECT seq, at, item_id, kind, data FROM live_events e WHERE seq > ",
        );
        sql.int(seq)
            .push(" AND ")
            .visible_to("e.item_id", principals);
        sql.push(" ORDER BY seq LIMIT 500");
        let rows = sql.query().fetch_all(&self.pool).await?;
        let mut events = Vec::with_capacity(rows.len());
        for row in rows {
            let item_id: String = row.try_get("item_id")?;
            events.push(LiveEvent {
                seq: row.try_get("seq")?,
                at: row.try_get("at")?,
                audience: self.audience_of_item(&item_id).await?,
                item_id,
                kind: row.try_get("kind")?,
                data: row.try_get("data")?,
                access_epoch: None,
            });
        }
        Ok(events)
    }

    /// Whether any shared item names this account in its audience by itself (a draft's author,
    /// a person an item was reshared with): what such a reader sees is theirs alone.
    pub async fn named_in_an_audience(&self, account: &str) -> Result<bool> {
        let principal = Principal::Account(account.to_owned()).encode();
        let row =
            sqlx::query("SELECT 1 AS named FROM audience_principals WHERE principal = $1 LIMIT 1")
                .bind(&principal)
                .fetch_optional(&self.pool)
                .await?;
        Ok(row.is_some())
    }

    /// Drops old events; readers that reconnect after that reload the page instead.
    pub async fn prune_live_events(&self) -> Result<u64> {
        let result = sqlx::query("DELETE FROM live_events WHERE seq <= $1")
            .bind(self.last_live_seq().await? - KEEP_EVENTS)
            .execute(&self.pool)
            .await?;
        Ok(result.rows_affected())
    }

    /// The audiences of many items in a few queries; an item not stored, or stored without an
    /// audience, has an empty one.
    pub(crate) async fn audiences_of_items(
        &self,
        item_ids: &[String],
    ) -> Result<HashMap<String, BTreeSet<Principal>>> {
        let mut audiences: HashMap<String, BTreeSet<Principal>> = item_ids
            .iter()
            .map(|id| (id.clone(), BTreeSet::new()))
            .collect();
        // Bounded lists: SQLite allows 32,766 parameters, PostgreSQL 65,535.
        for chunk in item_ids.chunks(1000) {
            let mut sql = crate::query::Sql::new(&format!("{AUDIENCE_OF_ITEM} IN ("));
            sql.texts(chunk.iter().cloned()).push(")");
            for row in sql.query().fetch_all(&self.pool).await? {
                let item: String = row.try_get("item_id")?;
                let key: String = row.try_get("principals")?;
                audiences.insert(item, audience_from_key(&key));
            }
        }
        Ok(audiences)
    }

    /// The stored audience of a shared item.
    pub(crate) async fn audience_of_item(&self, item_id: &str) -> Result<BTreeSet<Principal>> {
        let row: Option<(String, String)> = sqlx::query_as(&format!("{AUDIENCE_OF_ITEM} = $1"))
            .bind(item_id)
            .fetch_optional(&self.pool)
            .await?;
        Ok(row.map_or_else(BTreeSet::new, |(_, key)| audience_from_key(&key)))
    }
}

/// An item's id and its audience as stored (its principals, one per line), for the item
/// ids the query goes on to name after `si.id`.
const AUDIENCE_OF_ITEM: &str = "SELECT si.id AS item_id, a.principals FROM shared_items si \
    JOIN audiences a ON a.id = si.audience WHERE si.id";

#[cfg(test)]
mod tests {
    // Tests fail loudly.
    #![allow(clippy::unwrap_used)]
    use super::*;
    use crate::testing::TestDatabase;

    /// More items than one query takes: every audience comes back whole, read from the
    /// audience each item's row names, and an item without one has an empty audience.
    #[tokio::test]
    async fn the_audiences_of_many_items_come_back_whole() {
        let db = TestDatabase::new().await;
        let ids: Vec<String> = (0..2_500).map(|i| format!("item-{i}")).collect();
        let mut tx = db.store.pool.begin().await.unwrap();
        let mut audiences = Vec::new();
        for org in 0..7 {
            let principals = BTreeSet::from([
                Principal::Organisation(format!("org-{org}")),
                Principal::Members,
            ]);
            audiences.push(
                crate::audiences::audience_id(&mut tx, &principals)
                    .await
                    .unwrap(),
            );
        }
        for (i, id) in ids.iter().enumerate() {
            // The first item names no audience: seen by nobody.
            let audience = (i > 0).then(|| audiences[i % 7]);
            sqlx::query(
                "INSERT INTO incidents (id, number, title, description, threat_kind, assets, \
                 severity, severity_rank, status, tlp, recipients, observers, source_organisation, \
                 reporter, reported_at, updated_at, search_text, version, audience) \
                 VALUES ($1, $2, 't', 'd', 'ddos', '[]', 'low', 0, 'reported', 'green', '{}', 0, \
                 'org-0', 'someone', 'x', 'x', 't', 1, $3)",
            )
            .bind(id)
            .bind(i as i64 + 1)
            .bind(audience)
            .execute(&mut *tx)
            .await
            .unwrap();
        }
        tx.commit().await.unwrap();

        let audiences = db.store.audiences_of_items(&ids).await.unwrap();
        assert_eq!(audiences.len(), ids.len());
        assert!(audiences["item-0"].is_empty(), "no audience, no readers");
        for id in ["item-1", "item-999", "item-1000", "item-1001", "item-2499"] {
            assert_eq!(
                audiences[id],
                db.store.audience_of_item(id).await.unwrap(),
                "{id}"
            );
            assert_eq!(audiences[id].len(), 2, "{id}");
        }
        assert!(
            audiences["item-2499"].contains(&Principal::Organisation("org-0".into())),
            "2499 = 7 × 357"
        );
    }
}
