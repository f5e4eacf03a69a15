//! The core of every TLP-marked item, whatever its kind: its number, its recipients and stored
//! audience, resharing by the source, the work a reader may do on it, lists of what a reader
//! may see, attachments, and the one way a change ends (live event, audit entry, commit).
//!
//! Incidents and false claims are kinds of it: each describes itself once ([`ItemKind`],
//! [`SharedItem`]) and writes only what differs (its fields, how the matrix routes it).

use crate::audiences::write_audience;
use crate::audit::Change;
use crate::batch::Batch;
use crate::query::Sql;
use crate::timeline::{self, Said};
use crate::{Actor, Result, Store, StoreError, new_id, sha256_hex, to_json};
use crate::{forbidden, invalid};
use liaison_domain::access::{Action, ItemWork, Viewer, allows};
use liaison_domain::caller::Caller;
use liaison_domain::catalogue::Phase;
use liaison_domain::incident::{AssignmentRole, phase_on};
use liaison_domain::model::{Model, OrgId};
use liaison_domain::search::SearchQuery;
use liaison_domain::sharing::{Principal, Sharing, TlpLevel};
use liaison_locale::{Message, Value};
use serde::Serialize;
use sqlx::any::AnyRow;
use sqlx::{Any, Row, Transaction};
use std::collections::BTreeSet;
use std::sync::Arc;
use time::OffsetDateTime;

/// The largest attachment, in bytes.
pub const MAX_ATTACHMENT_BYTES: usize = 10 * 1024 * 1024;
const MAX_RECIPIENTS: usize = 200;

/// How a kind of shared item is stored and spoken of.
#[derive(Debug)]
pub struct ItemKind {
    /// Its audit kind, its counter and the prefix of its live events: `incident`.
    pub name: &'static str,
    pub table: &'static str,
    /// The alias of its table in queries.
    pub alias: &'static str,
    /// The column of the time it was reported; lists show the newest first.
    pub reported_at: &'static str,
    /// In sentences: `incident`, `false claim`.
    pub noun: &'static str,
    /// Of its human reference: `INC` in `INC-12`.
    pub prefix: &'static str,
}

/// A kind of shared item: what the core reads of it, and the little each kind writes itself
/// (its list filters, its detail, its changes). The store's generic methods ([`Store::items`],
/// [`Store::item_detail`], [`Store::update_item`], [`Store::attach_to`]) take any kind.
pub trait SharedItem: Serialize + Sized + Send + Sync + 'static {
    const KIND: ItemKind;
    /// Which items of the kind a list shows (within what the reader may see).
    type Filter: Send + Sync;
    /// One change of an item.
    type Update: Send;
    /// An item with what hangs on it, and what the caller may do on it.
    type Detail: Serialize + Send;

    fn id(&self) -> &str;
    fn number(&self) -> i64;
    /// When it was reported: lists go newest first by it, then by number.
    fn listed_at(&self) -> &str;
    /// Its version: each change adds one.
    fn version(&self) -> i64;
    /// Takes the version and time a change has claimed it at.
    fn claimed(&mut self, at: String);
    /// The sharing it is stored with.
    fn sharing(&self) -> Sharing;
    /// Takes a new sharing (level, recipients, observers).
    fn keep_sharing(&mut self, sharing: &Sharing);
    /// What live events and webhooks carry of it: enough to draw a row of a list.
    fn summary(&self) -> serde_json::Value;

    /// Its human reference: `INC-12`, `DIS-3`.
    fn reference(&self) -> String {
        format!("{}-{}", Self::KIND.prefix, self.number())
    }

    /// The change by which the source shares it anew.
    fn reshare(tlp: TlpLevel, recipients: Vec<String>, observers: bool) -> Self::Update;

    /// The items of `filter` that the caller may see, newest first.
    fn page(
        store: &Store,
        caller: &Caller,
        filter: &Self::Filter,
    ) -> impl Future<Output = Result<ItemPage<Self>>> + Send;

    /// The item with what hangs on it, if the caller may see it.
    fn detail(
        store: &Store,
        caller: &Caller,
        id: &str,
    ) -> impl Future<Output = Result<Self::Detail>> + Send;

    /// The item, if the caller sees it and may do `work` on it.
    fn for_work(
        store: &Store,
        caller: &Caller,
        id: &str,
        work: ItemWork,
    ) -> impl Future<Output = Result<Self>> + Send;

    /// Applies one change; `expected_version`, when given, must be the current version.
    fn apply(
        store: &Store,
        caller: &Caller,
        id: &str,
        expected_version: Option<i64>,
        update: Self::Update,
        base_url: &str,
    ) -> impl Future<Output = Result<Self>> + Send;
}

/// A change of one item under way: the item as it will be, claimed at its version in an open
/// transaction, and its state before the change for the audit log.
pub(crate) struct OpenChange<T> {
    pub item: T,
    pub before: String,
    pub tx: Transaction<'static, Any>,
}

/// What every report asks, whatever its kind: its sharing, when it was first seen, and the
/// phase of the electoral cycle (the calendar's phase when not given).
pub(crate) struct ReportAsked<'a> {
    pub tlp: TlpLevel,
    pub recipients: &'a [String],
    pub observers: bool,
    /// When it was first seen, and the words for it in a message (`time observed`).
    pub seen: (Option<OffsetDateTime>, &'static str),
    pub phase: Option<Phase>,
}

/// A report under way: the organisation it is reported for (and its id in the shared model),
/// the phase, the checked sharing, its number and time, in an open transaction.
pub(crate) struct OpenReport {
    pub source: String,
    pub source_id: OrgId,
    pub model: Arc<Model>,
    pub phase: Option<Phase>,
    pub sharing: Sharing,
    pub number: i64,
    pub at: OffsetDateTime,
    /// The language the report is written in: its reporter's (see [`crate::search`]).
    pub language: String,
}

/// A page of items and how many match in all, counting only what the reader may see.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ItemPage<T> {
    pub total: i64,
    pub items: Vec<T>,
    /// Where the next page starts, when this one is full.
    pub next: Option<ListCursor>,
}

/// Where an item stands in a list, newest first: the key a [`ListCursor`] names.
pub trait Listed {
    fn list_key(&self) -> ListCursor;
}

impl<T: SharedItem> Listed for T {
    fn list_key(&self) -> ListCursor {
        ListCursor {
            listed_at: self.listed_at().to_owned(),
            number: self.number(),
        }
    }
}

impl<T: Listed> ItemPage<T> {
    /// The page of `items` (at most `limit`), with where the next one starts when it is full.
    pub(crate) fn of(total: i64, items: Vec<T>, limit: u32) -> Self {
        let next = if items.len() >= limit.clamp(1, MAX_PAGE) as usize {
            items.last().map(Listed::list_key)
        } else {
            None
        };
        ItemPage { total, items, next }
    }
}

/// The most items a page holds.
pub const MAX_PAGE: u32 = 500;

/// Where a list, newest first, goes on: after the item listed at `listed_at` with `number`.
/// A page starts from its key, not from a count of rows to skip, so it costs the same however
/// deep the reader goes and does not shift when new items arrive.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ListCursor {
    pub listed_at: String,
    pub number: i64,
}

/// The part of a [`SharedItem`] every kind stores under the same field names (`id`, `tlp`,
/// `number`, `version`, `updated_at`, `recipients`, `observers`, `source_organisation`,
/// `reporter`), written once.
macro_rules! stored_sharing {
    () => {
        fn id(&self) -> &str {
            &self.id
        }

        fn number(&self) -> i64 {
            self.number
        }

        fn version(&self) -> i64 {
            self.version
        }

        fn claimed(&mut self, at: String) {
            self.version += 1;
            self.updated_at = at;
        }

        fn sharing(&self) -> liaison_domain::sharing::Sharing {
            liaison_domain::sharing::Sharing {
                tlp: self.tlp,
                source_organisation: self.source_organisation.clone(),
                reporter: self.reporter.clone(),
                organisations: self.recipients.organisations.iter().cloned().collect(),
                people: self.recipients.people.iter().cloned().collect(),
                observers: self.observers,
            }
        }

        fn keep_sharing(&mut self, sharing: &liaison_domain::sharing::Sharing) {
            self.tlp = sharing.tlp;
            self.recipients = $crate::shared_item::Recipients::of(sharing);
            self.observers = sharing.observers;
        }
    };
}
pub(crate) use stored_sharing;

/// Whom the source shared an AMBER item with (organisations) or a RED item with (people).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct Recipients {
    pub organisations: Vec<String>,
    pub people: Vec<String>,
}

impl Recipients {
    pub(crate) fn of(sharing: &Sharing) -> Self {
        Recipients {
            organisations: sharing.organisations.iter().cloned().collect(),
            people: sharing.people.iter().cloned().collect(),
        }
    }
}

/// The work a reader may do on an item, decided by the access rules for the reader, so that
/// pages offer exactly what the store will accept.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct PermittedWork {
    pub acknowledge: bool,
    pub handle: bool,
    pub comment: bool,
    pub reshare: bool,
}

impl PermittedWork {
    pub(crate) fn of(viewer: &Viewer, source: &str, assignment: Option<AssignmentRole>) -> Self {
        let may = |work| {
            allows(
                viewer,
                Action::WorkOnItem {
                    work,
                    source,
                    assignment,
                },
            )
        };
        PermittedWork {
            acknowledge: may(ItemWork::Acknowledge),
            handle: may(ItemWork::Handle),
            comment: may(ItemWork::Comment),
            reshare: may(ItemWork::Reshare),
        }
    }
}

/// A file attached to a shared item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AttachmentInfo {
    pub id: String,
    pub filename: String,
    pub media_type: String,
    pub size: i64,
    pub sha256: String,
    pub uploaded_by: String,
    pub uploaded_at: String,
}

/// A file to attach.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewAttachment {
    pub filename: String,
    pub media_type: String,
    pub content: Vec<u8>,
}

/// Refuses `work` on an item of `kind` unless the access rules allow it to the viewer.
pub(crate) fn check_work(
    kind: &ItemKind,
    viewer: &Viewer,
    source: &str,
    assignment: Option<AssignmentRole>,
    work: ItemWork,
) -> Result<()> {
    let action = Action::WorkOnItem {
        work,
        source,
        assignment,
    };
    if allows(viewer, action) {
        return Ok(());
    }
    let key = match work {
        ItemWork::Reshare => "refusal-work-reshare",
        ItemWork::Acknowledge => "refusal-work-acknowledge",
        ItemWork::Handle => "refusal-work-handle",
        ItemWork::Comment => "refusal-work-comment",
    };
    Err(forbidden(Message::new(key).with("kind", kind.name)))
}

/// The order and window of a list: newest first, from after `after` (the query so far ends in
/// its `WHERE` conditions).
pub(crate) fn newest_first(sql: &mut Sql, kind: &ItemKind, limit: u32, after: Option<&ListCursor>) {
    let (a, at) = (kind.alias, kind.reported_at);
    if let Some(after) = after {
        sql.push(&format!(" AND ({a}.{at} < "))
            .text(&after.listed_at)
            .push(&format!(" OR ({a}.{at} = "))
            .text(&after.listed_at)
            .push(&format!(" AND {a}.number < "))
            .int(after.number)
            .push("))");
    }
    sql.push(&format!(" ORDER BY {a}.{at} DESC, {a}.number DESC LIMIT "))
        .int(i64::from(limit.clamp(1, MAX_PAGE)));
}

impl Store {
    /// `WHERE` of a list of items of `kind` the reader may see, with the words of `q=` to find.
    pub(crate) fn visible_where(
        &self,
        sql: &mut Sql,
        kind: &ItemKind,
        principals: &[Principal],
        text: Option<&str>,
    ) {
        sql.push(" WHERE ")
            .in_audiences(&format!("{}.audience", kind.alias), principals);
        if let Some(query) = text.and_then(SearchQuery::parse) {
            sql.push(" AND ");
            self.matching(sql, kind, &query);
        }
    }

    /// The organisation a new item is reported for, with the shared model and its id there;
    /// refused to those who may not report.
    pub(crate) async fn reporting_organisation(
        &self,
        batch: &mut Batch<'_>,
        kind: &ItemKind,
        reporter: &Viewer,
    ) -> Result<(String, Arc<Model>, OrgId)> {
        if !allows(reporter, Action::Report) {
            return Err(forbidden(
                Message::new("refusal-report-role").with("kind", kind.name),
            ));
        }
        let Some(source) = reporter.organisation.clone() else {
            return Err(invalid(
                Message::new("refusal-report-no-organisation").with("kind", kind.name),
            ));
        };
        let model = batch.model(self).await?;
        let Some(source_id) = org_id(&model, &source) else {
            return Err(invalid(
                Message::new("refusal-report-organisation-unknown").with("organisation", source),
            ));
        };
        Ok((source, model, source_id))
    }

    /// Opens a report of kind `T` by `reporter`: refused to those who may not report, its
    /// time first seen not in the future, its sharing checked, numbered, in a transaction.
    pub(crate) async fn open_report<T: SharedItem>(
        &self,
        batch: &mut Batch<'_>,
        reporter: &Viewer,
        asked: ReportAsked<'_>,
    ) -> Result<OpenReport> {
        let at = self.clock.now();
        let (seen, seen_words) = asked.seen;
        if seen.is_some_and(|t| t > at + time::Duration::minutes(5)) {
            return Err(invalid(
                Message::new("refusal-field-in-future").with("field", Value::field(seen_words)),
            ));
        }
        let (source, model, source_id) = self
            .reporting_organisation(batch, &T::KIND, reporter)
            .await?;
        let phase = asked.phase.or_else(|| phase_on(&model, at.date()));
        let sharing = sharing_asked(
            batch.tx,
            asked.tlp,
            asked.recipients,
            asked.observers,
            &source,
            &reporter.account,
        )
        .await?;
        let number = batch.next_number(T::KIND.name).await?;
        let language = crate::search::language_of(batch, &reporter.account).await?;
        Ok(OpenReport {
            source,
            source_id,
            model,
            phase,
            sharing,
            number,
            at,
            language,
        })
    }

    /// Opens a change of the item `id`: the viewer must see it and may do `work` on it, and
    /// it must still be at `expected_version` when one is given. Claiming its row first, at
    /// the version read, serialises concurrent changes of the same item.
    pub(crate) async fn open_change<T: SharedItem>(
        &self,
        caller: &Caller,
        id: &str,
        expected_version: Option<i64>,
        work: ItemWork,
    ) -> Result<OpenChange<T>> {
        let mut item = T::for_work(self, caller, id, work).await?;
        if expected_version.is_some_and(|v| v != item.version()) {
            return Err(StoreError::Changed);
        }
        let before = to_json(&item);
        let mut tx = self.begin().await?;
        let at = self.now();
        let claimed = sqlx::query(&format!(
            "UPDATE {} SET version = version + 1, updated_at = $2 WHERE id = $1 AND version = $3",
            T::KIND.table
        ))
        .bind(id)
        .bind(&at)
        .bind(item.version())
        .execute(&mut *tx)
        .await?;
        if claimed.rows_affected() != 1 {
            return Err(StoreError::Changed);
        }
        item.claimed(at);
        Ok(OpenChange { item, before, tx })
    }

    /// Closes a change: its audit entry as `action` on `audited` (the kind and key of the
    /// record changed: the item itself, with its state before and after, or a relation of it
    /// such as a link), its live event, and the commit.
    pub(crate) async fn close_change<T: SharedItem>(
        &self,
        change: OpenChange<T>,
        caller: &Caller,
        action: &str,
        audited: (&str, &str),
    ) -> Result<T> {
        let OpenChange { item, before, tx } = change;
        let (kind, key) = audited;
        let after = to_json(&item);
        let entry = Change {
            action,
            kind,
            key,
            before: (kind == T::KIND.name).then_some(before.as_str()),
            after: Some(&after),
        };
        self.commit_item(tx, &item, "updated", &Actor::of(caller.viewer()), entry)
            .await?;
        Ok(item)
    }

    /// Stores a new sharing of an item: its audience, its level and recipients, and stops the
    /// escalations of organisations it no longer reaches. Returns what the timeline says of it.
    pub(crate) async fn write_sharing<T: SharedItem>(
        &self,
        tx: &mut Transaction<'static, Any>,
        model: &Model,
        item: &mut T,
        sharing: &Sharing,
        audience: &BTreeSet<Principal>,
    ) -> Result<Said> {
        let old = item.sharing();
        let id = item.id().to_owned();
        write_audience(tx, T::KIND.table, &id, audience).await?;
        crate::escalation::stop_escalations_withheld(tx, model, &id, audience, self.clock.now())
            .await?;
        let recipients = Recipients::of(sharing);
        sqlx::query(&format!(
            "UPDATE {} SET tlp = $2, recipients = $3, observers = $4 WHERE id = $1",
            T::KIND.table
        ))
        .bind(&id)
        .bind(sharing.tlp.id())
        .bind(to_json(&recipients))
        .bind(i64::from(sharing.observers))
        .execute(&mut **tx)
        .await?;
        item.keep_sharing(sharing);
        let widened = if old.is_widened_by(sharing) {
            "timeline-sharing-widened"
        } else {
            "timeline-sharing-narrowed"
        };
        let mut said = vec![
            Message::new(widened)
                .with("from", old.tlp.marking())
                .with("to", sharing.tlp.marking()),
        ];
        if !recipients.organisations.is_empty() {
            let names = recipients.organisations.iter().map(|key| {
                org_id(model, key).map_or(key.clone(), |o| model.organisation(o).name.clone())
            });
            said.push(
                Message::new("timeline-sharing-recipients")
                    .with("organisations", Value::list(names)),
            );
        }
        if !recipients.people.is_empty() {
            said.push(
                Message::new("timeline-sharing-people").with("count", recipients.people.len()),
            );
        }
        Ok(Said::of(said))
    }

    /// Ends a change of an item: its live event and audit entry in the same transaction, then
    /// the commit, then the live event to the servers' readers.
    pub(crate) async fn commit_item<T: SharedItem>(
        &self,
        mut tx: Transaction<'static, Any>,
        item: &T,
        event: &str,
        actor: &Actor,
        change: Change<'_>,
    ) -> Result<()> {
        let mut batch = Batch::new(self, &mut tx);
        self.record_item_change(&mut batch, item, event, actor, change);
        let seqs = batch.finish().await?;
        self.commit_and_publish(tx, &seqs).await
    }

    /// Commits `tx`, then sends its live events `seqs` to the readers.
    pub(crate) async fn commit_and_publish(
        &self,
        tx: Transaction<'static, Any>,
        seqs: &[i64],
    ) -> Result<()> {
        tx.commit().await?;
        self.publish_committed(seqs).await;
        Ok(())
    }

    /// A change's live event and audit entry, written with the rest of `batch`.
    fn record_item_change<T: SharedItem>(
        &self,
        batch: &mut Batch<'_>,
        item: &T,
        event: &str,
        actor: &Actor,
        change: Change<'_>,
    ) {
        let now = self.now();
        batch.live_event(
            &now,
            item.id(),
            &format!("{}.{event}", T::KIND.name),
            &item.summary(),
        );
        batch.audit(&now, actor, change);
    }

    /// A new item's live event and audit entry, written with the rest of `batch`. Its row
    /// names its audience.
    pub(crate) fn finish_new_item<T: SharedItem>(
        &self,
        batch: &mut Batch<'_>,
        item: &T,
        reporter: &Viewer,
    ) {
        let after = to_json(item);
        let change = Change {
            action: "report",
            kind: T::KIND.name,
            key: item.id(),
            before: None,
            after: Some(&after),
        };
        self.record_item_change(batch, item, "reported", &Actor::of(reporter), change);
    }

    /// The attachments of an item, oldest first. The caller has checked the reader sees it.
    pub(crate) async fn attachments_of(&self, item_id: &str) -> Result<Vec<AttachmentInfo>> {
        sqlx::query(
            "SELECT id, filename, media_type, size, sha256, uploaded_by, uploaded_at \
             FROM attachments WHERE item_id = $1 ORDER BY uploaded_at, id",
        )
        .bind(item_id)
        .fetch_all(&self.pool)
        .await?
        .iter()
        .map(attachment_from)
        .collect()
    }

    /// The items of a kind that the caller may see, by `filter`, newest first.
    pub async fn items<T: SharedItem>(
        &self,
        caller: &Caller,
        filter: &T::Filter,
    ) -> Result<ItemPage<T>> {
        T::page(self, caller, filter).await
    }

    /// The one row of `select` (a `SELECT` up to its `FROM`, the table under `alias`) with the
    /// id `id`, if `principals` may see it; `NotFound` otherwise, exactly as when there is none.
    pub(crate) async fn visible_row(
        &self,
        mut select: Sql,
        alias: &str,
        id: &str,
        principals: &[Principal],
    ) -> Result<AnyRow> {
        select
            .push(&format!(" WHERE {alias}.id = "))
            .text(id)
            .push(" AND ")
            .in_audiences(&format!("{alias}.audience"), principals);
        select
            .query()
            .fetch_optional(&self.pool)
            .await?
            .ok_or(StoreError::NotFound)
    }

    /// Nothing when the caller may see the item; `NotFound` otherwise, exactly as when it does
    /// not exist. A change that names other items asks this first, so that a hidden item
    /// answers alike whatever the request says.
    pub async fn ensure_visible<T: SharedItem>(&self, caller: &Caller, id: &str) -> Result<()> {
        let a = T::KIND.alias;
        let select = Sql::new(&format!("SELECT 1 FROM {} {a}", T::KIND.table));
        self.visible_row(select, a, id, caller.principals())
            .await
            .map(|_| ())
    }

    /// An item with what hangs on it and what the caller may do on it, if the caller may see it.
    pub async fn item_detail<T: SharedItem>(&self, caller: &Caller, id: &str) -> Result<T::Detail> {
        T::detail(self, caller, id).await
    }

    /// Applies one change to an item the caller sees and may change so. `expected_version`,
    /// when given, must be its current version.
    pub async fn update_item<T: SharedItem>(
        &self,
        caller: &Caller,
        id: &str,
        expected_version: Option<i64>,
        update: T::Update,
        base_url: &str,
    ) -> Result<T> {
        T::apply(self, caller, id, expected_version, update, base_url).await
    }

    /// Attaches a file to an item the caller may add to.
    pub async fn attach_to<T: SharedItem>(
        &self,
        caller: &Caller,
        id: &str,
        file: NewAttachment,
    ) -> Result<AttachmentInfo> {
        let item = T::for_work(self, caller, id, ItemWork::Comment).await?;
        self.attach(caller.viewer(), &item, file).await
    }

    /// The content of an attachment, if the reader may see the item it is attached to.
    pub async fn attachment(
        &self,
        caller: &Caller,
        item_id: &str,
        attachment_id: &str,
    ) -> Result<(AttachmentInfo, Vec<u8>)> {
        let principals = caller.principals();
        let mut sql = Sql::new(
            "SELECT a.id, a.filename, a.media_type, a.size, a.sha256, a.uploaded_by, a.uploaded_at, b.content \
             FROM attachments a JOIN blobs b ON b.sha256 = a.sha256 WHERE a.id = ",
        );
        sql.text(attachment_id)
            .push(" AND a.item_id = ")
            .text(item_id)
            .push(" AND ")
            .visible_to("a.item_id", principals);
        let row = sql
            .query()
            .fetch_optional(&self.pool)
            .await?
            .ok_or(StoreError::NotFound)?;
        Ok((attachment_from(&row)?, row.try_get("content")?))
    }

    /// Stores an attachment of an item the viewer may add to. Content is stored once per
    /// SHA-256 and served only through the item's audience.
    pub(crate) async fn attach<T: SharedItem>(
        &self,
        viewer: &Viewer,
        item: &T,
        file: NewAttachment,
    ) -> Result<AttachmentInfo> {
        if file.content.is_empty() {
            return Err(invalid(Message::new("refusal-file-empty")));
        }
        if file.content.len() > MAX_ATTACHMENT_BYTES {
            return Err(invalid(
                Message::new("refusal-file-too-large")
                    .with("max", MAX_ATTACHMENT_BYTES / 1024 / 1024),
            ));
        }
        let info = AttachmentInfo {
            id: new_id(),
            filename: clean_filename(&file.filename),
            media_type: clean_media_type(&file.media_type),
            size: file.content.len() as i64,
            sha256: sha256_hex(&file.content),
            uploaded_by: viewer.account.clone(),
            uploaded_at: self.now(),
        };
        let mut tx = self.begin().await?;
        sqlx::query(
            "INSERT INTO blobs (sha256, size, content) VALUES ($1, $2, $3) ON CONFLICT (sha256) DO NOTHING",
        )
        .bind(&info.sha256)
        .bind(info.size)
        .bind(file.content)
        .execute(&mut *tx)
        .await?;
        sqlx::query(
            "INSERT INTO attachments (id, item_id, sha256, filename, media_type, size, uploaded_by, uploaded_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        )
        .bind(&info.id)
        .bind(item.id())
        .bind(&info.sha256)
        .bind(&info.filename)
        .bind(&info.media_type)
        .bind(info.size)
        .bind(&info.uploaded_by)
        .bind(&info.uploaded_at)
        .execute(&mut *tx)
        .await?;
        timeline::record(
            &mut tx,
            self.clock.now(),
            item.id(),
            (Some(&viewer.account), viewer.organisation.as_deref()),
            "attachment",
            &Said::of([Message::new("timeline-attachment")
                .with("file", &info.filename)
                .with("size", info.size)]),
        )
        .await?;
        let after = to_json(&info);
        let change = Change {
            action: "attach",
            kind: T::KIND.name,
            key: item.id(),
            before: None,
            after: Some(&after),
        };
        self.commit_item(tx, item, "updated", &Actor::of(viewer), change)
            .await?;
        Ok(info)
    }
}

fn attachment_from(row: &AnyRow) -> Result<AttachmentInfo> {
    Ok(AttachmentInfo {
        id: row.try_get("id")?,
        filename: row.try_get("filename")?,
        media_type: row.try_get("media_type")?,
        size: row.try_get("size")?,
        sha256: row.try_get("sha256")?,
        uploaded_by: row.try_get("uploaded_by")?,
        uploaded_at: row.try_get("uploaded_at")?,
    })
}

/// The sharing asked for an item, with its recipients resolved: organisation ids, or under RED
/// the people, by account id or e-mail, each an active account.
pub(crate) async fn sharing_asked(
    tx: &mut Transaction<'static, Any>,
    tlp: TlpLevel,
    recipients: &[String],
    observers: bool,
    source_organisation: &str,
    reporter: &str,
) -> Result<Sharing> {
    if recipients.len() > MAX_RECIPIENTS {
        return Err(invalid(
            Message::new("refusal-too-many-recipients").with("max", MAX_RECIPIENTS),
        ));
    }
    let (organisations, people) = match tlp {
        TlpLevel::Red => (BTreeSet::new(), resolve_people(tx, recipients).await?),
        _ => (
            recipients.iter().map(|r| r.trim().to_owned()).collect(),
            BTreeSet::new(),
        ),
    };
    Ok(Sharing {
        tlp,
        source_organisation: source_organisation.to_owned(),
        reporter: reporter.to_owned(),
        organisations,
        people,
        observers,
    })
}

/// A new sharing of a stored item, asked by its source; refused when nothing changes.
pub(crate) async fn sharing_changed<T: SharedItem>(
    tx: &mut Transaction<'static, Any>,
    item: &T,
    tlp: TlpLevel,
    recipients: &[String],
    observers: bool,
) -> Result<Sharing> {
    let old = item.sharing();
    let sharing = sharing_asked(
        tx,
        tlp,
        recipients,
        observers,
        &old.source_organisation,
        &old.reporter,
    )
    .await?;
    if sharing == old {
        return Err(invalid(Message::new("refusal-sharing-unchanged")));
    }
    Ok(sharing)
}

/// The accounts a RED item names, by id or e-mail; each must be an active account.
async fn resolve_people(
    tx: &mut Transaction<'static, Any>,
    given: &[String],
) -> Result<BTreeSet<String>> {
    let mut people = BTreeSet::new();
    for person in given {
        let person = person.trim();
        let row: Option<(String,)> = sqlx::query_as(
            "SELECT id FROM accounts WHERE disabled = 0 AND (id = $1 OR LOWER(email) = LOWER($1))",
        )
        .bind(person)
        .fetch_optional(&mut **tx)
        .await?;
        match row {
            Some((id,)) => {
                people.insert(id);
            }
            None => {
                return Err(invalid(
                    Message::new("refusal-not-an-account")
                        .with("person", person.chars().take(80).collect::<String>()),
                ));
            }
        }
    }
    Ok(people)
}

/// Takes the next number of a counter (`INC-12`, `DIS-3`, `R-4`).
pub(crate) async fn next_number(tx: &mut Transaction<'static, Any>, counter: &str) -> Result<i64> {
    let row = sqlx::query("UPDATE counters SET value = value + 1 WHERE name = $1 RETURNING value")
        .bind(counter)
        .fetch_one(&mut **tx)
        .await?;
    Ok(row.try_get(0)?)
}

pub(crate) fn org_id(model: &Model, key: &str) -> Option<OrgId> {
    model.org_ids().find(|&id| model.key(id) == key)
}

/// A file name safe to show and to send back: no directories, no control characters.
fn clean_filename(name: &str) -> String {
    let base = name.rsplit(['/', '\\']).next().unwrap_or_default();
    let clean: String = base
        .chars()
        .filter(|c| !c.is_control() && !matches!(c, '"' | '<' | '>'))
        .take(200)
        .collect();
    let clean = clean.trim().trim_start_matches('.').to_owned();
    if clean.is_empty() {
        "attachment".to_owned()
    } else {
        clean
    }
}

/// A media type as declared, if it looks like one; otherwise opaque bytes.
fn clean_media_type(given: &str) -> String {
    let given = given
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase();
    let valid = given.split_once('/').is_some_and(|(a, b)| {
        let token = |s: &str| {
            !s.is_empty()
                && s.len() <= 100
                && s.chars()
                    .all(|c| c.is_ascii_alphanumeric() || "!#$&-^_.+".contains(c))
        };
        token(a) && token(b)
    });
    if valid {
        given
    } else {
        "application/octet-stream".to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_and_media_types_are_cleaned() {
        assert_eq!(clean_filename("../../etc/passwd"), "passwd");
        assert_eq!(clean_filename("C:\\Users\\x\\shot.png"), "shot.png");
        assert_eq!(clean_filename("a\u{0}b\"<c>.txt"), "abc.txt");
        assert_eq!(clean_filename(".."), "attachment");
        assert_eq!(clean_media_type("image/png; charset=x"), "image/png");
        assert_eq!(
            clean_media_type("text/html\r\nX-Evil: 1"),
            "application/octet-stream"
        );
        assert_eq!(clean_media_type(""), "application/octet-stream");
    }
}
