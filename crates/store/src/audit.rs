//! The audit chain: every write appends an entry in its own transaction, and each entry's hash
//! covers the previous entry's hash and its own canonical encoding:
//! `hash = SHA-256(prev_hash || canonical_json(entry))`. Changing, removing or inserting an
//! entry breaks the chain from that entry on; `verify` names the first broken one.

use super::{Actor, Result, Store, new_id, sha256_hex};
use crate::insert_batch::InsertBatch;
use crate::query::{Sql, SqlValue};
use liaison_domain::access::{Scope, audit_scope};
use liaison_domain::caller::Caller;
use liaison_domain::sharing::Principal;
use serde::Serialize;
use sqlx::{Any, Row, Transaction};

const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// One entry of the audit log.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AuditEntry {
    pub seq: i64,
    pub id: String,
    pub at: String,
    pub actor: Option<String>,
    pub actor_organisation: Option<String>,
    pub action: String,
    pub kind: String,
    pub key: String,
    pub before: Option<String>,
    pub after: Option<String>,
    pub prev_hash: String,
    pub hash: String,
}

/// The fields the hash covers, in a fixed order with fixed names: the canonical encoding.
#[derive(Serialize)]
struct Canonical<'a> {
    seq: i64,
    id: &'a str,
    at: &'a str,
    actor: Option<&'a str>,
    actor_organisation: Option<&'a str>,
    action: &'a str,
    kind: &'a str,
    key: &'a str,
    before: Option<&'a str>,
    after: Option<&'a str>,
    prev_hash: &'a str,
}

fn entry_hash(e: &AuditEntry) -> String {
    let canonical = Canonical {
        seq: e.seq,
        id: &e.id,
        at: &e.at,
        actor: e.actor.as_deref(),
        actor_organisation: e.actor_organisation.as_deref(),
        action: &e.action,
        kind: &e.kind,
        key: &e.key,
        before: e.before.as_deref(),
        after: e.after.as_deref(),
        prev_hash: &e.prev_hash,
    };
    // Serialising a struct of strings and integers cannot fail.
    let json = serde_json::to_string(&canonical).unwrap_or_default();
    let mut input = e.prev_hash.as_bytes().to_vec();
    input.extend_from_slice(json.as_bytes());
    sha256_hex(&input)
}

/// What an entry records: an action on an object, with its state before and after.
pub(crate) struct Change<'a> {
    pub action: &'a str,
    pub kind: &'a str,
    pub key: &'a str,
    pub before: Option<&'a str>,
    pub after: Option<&'a str>,
}

/// Appends an entry, made at `at`, inside the caller's transaction. Updating the head row first takes its
/// lock, so appends are serialised across transactions and servers.
pub(crate) async fn append(
    tx: &mut Transaction<'static, Any>,
    at: &str,
    actor: &Actor,
    change: Change<'_>,
) -> Result<()> {
    append_all(tx, vec![Pending::of(at, actor, change)]).await
}

/// An entry waiting for its place in the chain: everything but its number and hashes.
#[derive(Debug, Clone)]
pub(crate) struct Pending {
    at: String,
    actor: Actor,
    action: String,
    kind: String,
    key: String,
    before: Option<String>,
    after: Option<String>,
}

impl Pending {
    pub fn of(at: &str, actor: &Actor, change: Change<'_>) -> Self {
        Pending {
            at: at.to_owned(),
            actor: actor.clone(),
            action: change.action.to_owned(),
            kind: change.kind.to_owned(),
            key: change.key.to_owned(),
            before: change.before.map(str::to_owned),
            after: change.after.map(str::to_owned),
        }
    }
}

/// Appends `entries`, in order, inside the caller's transaction, in three statements whatever
/// their number.
pub(crate) async fn append_all(
    tx: &mut Transaction<'static, Any>,
    entries: Vec<Pending>,
) -> Result<()> {
    let mut rows = InsertBatch::default();
    chain(tx, entries, &mut rows).await?;
    rows.write(tx).await
}

/// Chains `entries`, in order, as rows of `rows` (which the caller writes in the same
/// transaction): the head is moved past all of them first, which takes its lock, and its new
/// hash is written after them.
pub(crate) async fn chain(
    tx: &mut Transaction<'static, Any>,
    entries: Vec<Pending>,
    rows: &mut InsertBatch,
) -> Result<()> {
    if entries.is_empty() {
        return Ok(());
    }
    let head = sqlx::query("UPDATE audit_head SET seq = seq + $1 WHERE id = 1 RETURNING seq, hash")
        .bind(entries.len() as i64)
        .fetch_one(&mut **tx)
        .await?;
    let last: i64 = head.try_get(0)?;
    let mut prev_hash: String = head.try_get(1)?;
    let first = last - entries.len() as i64 + 1;
    for (seq, pending) in (first..).zip(entries) {
        let mut entry = AuditEntry {
            seq,
            id: new_id(),
            at: pending.at,
            actor: pending.actor.account,
            actor_organisation: pending.actor.organisation,
            action: pending.action,
            kind: pending.kind,
            key: pending.key,
            before: pending.before,
            after: pending.after,
            prev_hash,
            hash: String::new(),
        };
        entry.hash = entry_hash(&entry);
        prev_hash = entry.hash.clone();
        rows.row(
            "audit_log",
            &[
                "seq",
                "id",
                "at",
                "actor",
                "actor_organisation",
                "action",
                "kind",
                "key",
                "before",
                "after",
                "prev_hash",
                "hash",
            ],
            [
                SqlValue::Int(entry.seq),
                SqlValue::text(entry.id),
                SqlValue::text(entry.at),
                SqlValue::text_or_null(entry.actor),
                SqlValue::text_or_null(entry.actor_organisation),
                SqlValue::text(entry.action),
                SqlValue::text(entry.kind),
                SqlValue::text(entry.key),
                SqlValue::text_or_null(entry.before),
                SqlValue::text_or_null(entry.after),
                SqlValue::text(entry.prev_hash),
                SqlValue::text(entry.hash),
            ],
        );
    }
    rows.then(move |sql| {
        sql.push("UPDATE audit_head SET hash = ")
            .text(prev_hash)
            .push(" WHERE id = 1");
    });
    Ok(())
}

/// The first place where the chain does not hold.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ChainBreak {
    /// The entry at which the chain breaks, when there is one (absent when the newest entries
    /// were removed).
    pub id: Option<String>,
    pub seq: i64,
    pub problem: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ChainReport {
    pub entries: i64,
    pub head_hash: String,
    pub first_break: Option<ChainBreak>,
}

/// Filters of the audit page.
#[derive(Debug, Clone, Default)]
pub struct AuditFilter {
    pub actor: Option<String>,
    pub organisation: Option<String>,
    pub kind: Option<String>,
    pub key: Option<String>,
    pub action: Option<String>,
    pub limit: i64,
    /// Who is reading: entries about shared items (incidents, disinformation items, links
    /// between them) are shown only if the reader may see the items.
    pub reader: Vec<Principal>,
}

/// Audit kinds whose key is a shared item's id.
const SHARED_KINDS: &str = "'incident', 'disinformation', 'sitrep'";

fn entry_from(row: &sqlx::any::AnyRow) -> Result<AuditEntry> {
    Ok(AuditEntry {
        seq: row.try_get("seq")?,
        id: row.try_get("id")?,
        at: row.try_get("at")?,
        actor: row.try_get("actor")?,
        actor_organisation: row.try_get("actor_organisation")?,
        action: row.try_get("action")?,
        kind: row.try_get("kind")?,
        key: row.try_get("key")?,
        before: row.try_get("before")?,
        after: row.try_get("after")?,
        prev_hash: row.try_get("prev_hash")?,
        hash: row.try_get("hash")?,
    })
}

const COLUMNS: &str =
    "seq, id, at, actor, actor_organisation, action, kind, key, before, after, prev_hash, hash";

impl Store {
    /// Walks the whole chain and reports the first entry that was altered, removed or inserted.
    pub async fn verify_audit_chain(&self) -> Result<ChainReport> {
        let head = sqlx::query("SELECT seq, hash FROM audit_head WHERE id = 1")
            .fetch_one(&self.pool)
            .await?;
        let head_seq: i64 = head.try_get(0)?;
        let head_hash: String = head.try_get(1)?;

        let mut expected_seq = 1;
        let mut prev_hash = GENESIS.to_owned();
        let mut first_break = None;
        let mut count = 0;
        // Read in pages, so that a long chain does not sit in memory at once.
        let mut after_seq = 0i64;
        'pages: loop {
            let rows = chain_page(&self.pool, after_seq).await?;
            if rows.is_empty() {
                break;
            }
            for row in &rows {
                let entry = entry_from(row)?;
                after_seq = entry.seq;
                count += 1;
                let problem = if entry.seq != expected_seq {
                    Some(if entry.seq > expected_seq {
                        format!("entries {expected_seq} to {} are missing", entry.seq - 1)
                    } else {
                        "an entry was inserted out of order".to_owned()
                    })
                } else if entry.prev_hash != prev_hash {
                    Some("it does not follow the entry before it: an entry was removed or inserted before it".to_owned())
                } else if entry_hash(&entry) != entry.hash {
                    Some("its content does not match its hash: it was altered".to_owned())
                } else {
                    None
                };
                if let Some(problem) = problem {
                    first_break = Some(ChainBreak {
                        id: Some(entry.id.clone()),
                        seq: entry.seq,
                        problem,
                    });
                    break 'pages;
                }
                expected_seq = entry.seq + 1;
                prev_hash = entry.hash.clone();
            }
        }
        if first_break.is_none() && (head_seq != expected_seq - 1 || head_hash != prev_hash) {
            first_break = Some(ChainBreak {
                id: None,
                seq: expected_seq,
                problem: format!(
                    "the chain ends at entry {} but {} were written: the newest entries were removed",
                    expected_seq - 1,
                    head_seq
                ),
            });
        }
        Ok(ChainReport {
            entries: count,
            head_hash,
            first_break,
        })
    }

    /// The newest entries first, filtered.
    /// The entries of the audit log a person reads: refused to those who may not read it,
    /// their own organisation's trail unless they administer the platform, and of shared
    /// items only what they may see.
    pub async fn audit_entries_for(
        &self,
        caller: &Caller,
        filter: AuditFilter,
    ) -> Result<Vec<AuditEntry>> {
        let organisation = match audit_scope(caller.viewer()) {
            None => {
                return Err(crate::forbidden(liaison_locale::Message::new(
                    "refusal-audit-log",
                )));
            }
            Some(Scope::Platform) => filter.organisation,
            Some(Scope::Organisation(own)) => Some(own.to_owned()),
        };
        let filter = AuditFilter {
            organisation,
            reader: caller.principals().to_vec(),
            ..filter
        };
        self.audit_entries(&filter).await
    }

    pub async fn audit_entries(&self, filter: &AuditFilter) -> Result<Vec<AuditEntry>> {
        let mut sql = Sql::new(&format!("SELECT {COLUMNS} FROM audit_log WHERE 1 = 1"));
        for (column, value) in [
            ("actor", &filter.actor),
            ("actor_organisation", &filter.organisation),
            ("kind", &filter.kind),
            ("key", &filter.key),
            ("action", &filter.action),
        ] {
            if let Some(value) = value.as_deref().filter(|v| !v.is_empty()) {
                sql.push(&format!(" AND {column} = ")).text(value);
            }
        }
        // A link is keyed by both incidents' ids (36 characters each, joined by ':').
        sql.push(&format!(
            " AND (kind NOT IN ({SHARED_KINDS}, 'incident_link') OR (kind IN ({SHARED_KINDS}) AND "
        ))
        .visible_to("audit_log.key", &filter.reader)
        .push(") OR (kind = 'incident_link' AND ")
        .visible_to("substr(audit_log.key, 1, 36)", &filter.reader)
        .push(" AND ")
        .visible_to("substr(audit_log.key, 38, 36)", &filter.reader)
        .push("))");
        sql.push(&format!(
            " ORDER BY seq DESC LIMIT {}",
            filter.limit.clamp(1, 1_000)
        ));
        let rows = sql.query().fetch_all(&self.pool).await?;
        rows.iter().map(entry_from).collect()
    }
}

/// The entries after `after_seq`, in chain order, a page at a time.
async fn chain_page(pool: &sqlx::AnyPool, after_seq: i64) -> Result<Vec<sqlx::any::AnyRow>> {
    Ok(sqlx::query(&format!(
        "SELECT {COLUMNS} FROM audit_log WHERE seq > $1 ORDER BY seq LIMIT 5000"
    ))
    .bind(after_seq)
    .fetch_all(pool)
    .await?)
}
