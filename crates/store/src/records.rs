//! The shared model in the database: one row per item of a model section, its body the item as
//! the model-file format writes it. Every change is checked against the whole model in the
//! same transaction (references must still resolve), written with a version check, and audited.

use super::audit::{self, Change};
use super::{Actor, Result, Store, StoreError, sha256_hex};
use crate::invalid;
use liaison_domain::access::{Audience, RecordKind, audience_of};
use liaison_domain::model::Model;
use liaison_interop::model_file::{
    ActivityEntry, AgreementEntry, AssetEntry, ContactEntry, Day, ElectionEntry,
    EscalationProtocolEntry, ForumEntry, JurisdictionEntry, ModelFile, OrUnknown,
    OrganisationEntry, ResponsibilityEntry, resolve_model_file, to_file_format,
};
use liaison_locale::Message;
use serde::{Deserialize, Serialize};
use sqlx::{Any, Row, Transaction};
use std::collections::{BTreeMap, BTreeSet};

/// One stored item of the model.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Record {
    pub kind: RecordKind,
    pub key: String,
    pub position: i64,
    /// The organisation the record belongs to, if any.
    pub owner: Option<String>,
    pub audience: Audience,
    pub version: i64,
    /// The item in the model-file format (YAML).
    pub body: String,
    pub updated_at: String,
    pub updated_by: Option<String>,
}

/// Where a page of records goes on: the place of the last record of the page before.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordCursor {
    pub position: i64,
    pub key: String,
}

/// A page of records, with where the next one starts when this one is full.
#[derive(Debug, Clone, Default)]
pub struct RecordPage {
    pub records: Vec<Record>,
    pub next: Option<RecordCursor>,
}

/// A change to one record.
#[derive(Debug, Clone)]
pub enum RecordChange {
    Create {
        kind: RecordKind,
        key: String,
        body: String,
    },
    Update {
        kind: RecordKind,
        key: String,
        version: i64,
        body: String,
    },
    Delete {
        kind: RecordKind,
        key: String,
        version: i64,
    },
}

impl RecordChange {
    fn kind(&self) -> RecordKind {
        match self {
            RecordChange::Create { kind, .. }
            | RecordChange::Update { kind, .. }
            | RecordChange::Delete { kind, .. } => *kind,
        }
    }
}

/// A meeting of a forum, with its agenda, minutes and action items: platform data that the
/// model files do not carry (their dates count as the forum's meetings in the analysis).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MeetingEntry {
    pub forum: String,
    pub date: Day,
    pub title: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub agenda: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub minutes: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub actions: Vec<ActionItem>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ActionItem {
    pub text: String,
    /// The organisation that owns the action.
    pub owner: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due: Option<Day>,
    #[serde(default)]
    pub done: bool,
}

/// What an import changes, record by record.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct ImportSummary {
    pub changes: Vec<ImportChange>,
    pub unchanged: usize,
}

/// One record an import adds (no `before`), changes, or removes (no `after`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ImportChange {
    pub kind: RecordKind,
    pub key: String,
    pub before: Option<String>,
    pub after: Option<String>,
}

impl ImportSummary {
    pub fn is_empty(&self) -> bool {
        self.changes.is_empty()
    }

    pub fn added(&self) -> usize {
        self.changes.iter().filter(|c| c.before.is_none()).count()
    }

    pub fn changed(&self) -> usize {
        self.changes
            .iter()
            .filter(|c| c.before.is_some() && c.after.is_some())
            .count()
    }

    pub fn removed(&self) -> usize {
        self.changes.iter().filter(|c| c.after.is_none()).count()
    }
}

/// Parses an item body into its file-format type.
pub(crate) fn parse_body<T: for<'de> Deserialize<'de>>(kind: RecordKind, body: &str) -> Result<T> {
    liaison_interop::model_file::entry_from_yaml(kind.id(), body)
        .map_err(|e| invalid(Message::from(&e)))
}

fn to_body<T: Serialize>(entry: &T) -> Result<String> {
    liaison_interop::model_file::entry_to_yaml(entry)
        .map_err(|e| StoreError::Internal(format!("cannot write a record: {e}")))
}

/// The owner and audience of a record, from its body.
fn describe(kind: RecordKind, body: &str) -> Result<(Option<String>, Audience)> {
    Ok(match kind {
        RecordKind::Organisation => {
            let e: OrganisationEntry = parse_body(kind, body)?;
            (Some(e.id.value), audience_of(kind, None))
        }
        RecordKind::Contact => {
            let e: ContactEntry = parse_body(kind, body)?;
            (Some(e.organisation.value), audience_of(kind, None))
        }
        RecordKind::Agreement => {
            let e: AgreementEntry = parse_body(kind, body)?;
            let public = match e.public {
                OrUnknown::Known(p) => Some(p),
                OrUnknown::Unknown => None,
            };
            (None, audience_of(kind, public))
        }
        RecordKind::Meeting => {
            let _: MeetingEntry = parse_body(kind, body)?;
            (None, audience_of(kind, None))
        }
        RecordKind::Forum => {
            let _: ForumEntry = parse_body(kind, body)?;
            (None, audience_of(kind, None))
        }
        RecordKind::Asset => {
            let _: AssetEntry = parse_body(kind, body)?;
            (None, audience_of(kind, None))
        }
        RecordKind::Responsibility => {
            let e: ResponsibilityEntry = parse_body(kind, body)?;
            (Some(e.organisation.value), audience_of(kind, None))
        }
        RecordKind::Activity => {
            let _: ActivityEntry = parse_body(kind, body)?;
            (None, audience_of(kind, None))
        }
        RecordKind::EscalationProtocol => {
            let _: EscalationProtocolEntry = parse_body(kind, body)?;
            (None, audience_of(kind, None))
        }
        RecordKind::Jurisdiction => {
            let _: JurisdictionEntry = parse_body(kind, body)?;
            (None, audience_of(kind, None))
        }
        RecordKind::Election => {
            let _: ElectionEntry = parse_body(kind, body)?;
            (None, audience_of(kind, None))
        }
    })
}

pub(crate) fn record_from(row: &sqlx::any::AnyRow) -> Result<Record> {
    let kind: String = row.try_get("kind")?;
    let audience: String = row.try_get("audience")?;
    Ok(Record {
        kind: RecordKind::from_id(&kind)
            .ok_or_else(|| StoreError::Internal(format!("unknown record kind '{kind}'")))?,
        key: row.try_get("key")?,
        position: row.try_get("position")?,
        owner: row.try_get("owner")?,
        audience: Audience::from_id(&audience)
            .ok_or_else(|| StoreError::Internal(format!("unknown audience '{audience}'")))?,
        version: row.try_get("version")?,
        body: row.try_get("body")?,
        updated_at: row.try_get("updated_at")?,
        updated_by: row.try_get("updated_by")?,
    })
}

pub(crate) const COLUMNS: &str =
    "kind, key, position, owner, audience, version, body, updated_at, updated_by";

/// `audience IN ('everyone', …)` for the audiences a viewer may read.
pub(crate) fn audience_clause(audiences: &[Audience]) -> String {
    let list: Vec<String> = audiences.iter().map(|a| format!("'{}'", a.id())).collect();
    if list.is_empty() {
        "1 = 0".to_owned()
    } else {
        format!("audience IN ({})", list.join(", "))
    }
}

/// The key of a record without an id of its own (a responsibility row): a digest of its
/// content, so that importing the same row again finds it.
pub fn content_key(body: &str) -> String {
    format!("r-{}", &sha256_hex(body.as_bytes())[..16])
}

/// A content key not yet taken: repeats of an identical row get `-2`, `-3`.
fn responsibility_key(body: &str, taken: &mut BTreeSet<String>) -> String {
    let base = content_key(body);
    let mut key = base.clone();
    let mut n = 2;
    while !taken.insert(key.clone()) {
        key = format!("{base}-{n}");
        n += 1;
    }
    key
}

/// (kind, key, body) of every record, in model order.
type ModelRecords = Vec<(RecordKind, String, String)>;

/// The model as records, plus the sections that are unknown.
fn model_records(file: &ModelFile) -> Result<(ModelRecords, Vec<&'static str>)> {
    let mut records = Vec::new();
    let mut unknown = Vec::new();
    if let Some(j) = &file.jurisdiction {
        records.push((
            RecordKind::Jurisdiction,
            "jurisdiction".to_owned(),
            to_body(j)?,
        ));
    }
    for o in file.organisations.iter().flatten() {
        records.push((RecordKind::Organisation, o.id.value.clone(), to_body(o)?));
    }
    fn section<T: Serialize>(
        name: &'static str,
        kind: RecordKind,
        items: &Option<OrUnknown<Vec<T>>>,
        key: impl Fn(&T) -> Option<String>,
        records: &mut Vec<(RecordKind, String, String)>,
        unknown: &mut Vec<&'static str>,
        taken: &mut BTreeSet<String>,
    ) -> Result<()> {
        match items {
            Some(OrUnknown::Unknown) => unknown.push(name),
            Some(OrUnknown::Known(list)) => {
                for item in list {
                    let body = to_body(item)?;
                    let key = match key(item) {
                        Some(k) => k,
                        None => responsibility_key(&body, taken),
                    };
                    records.push((kind, key, body));
                }
            }
            None => {}
        }
        Ok(())
    }
    let mut taken = BTreeSet::new();
    section(
        "contacts",
        RecordKind::Contact,
        &file.contacts,
        |e| Some(e.id.value.clone()),
        &mut records,
        &mut unknown,
        &mut taken,
    )?;
    section(
        "forums",
        RecordKind::Forum,
        &file.forums,
        |e| Some(e.id.value.clone()),
        &mut records,
        &mut unknown,
        &mut taken,
    )?;
    section(
        "agreements",
        RecordKind::Agreement,
        &file.agreements,
        |e| Some(e.id.value.clone()),
        &mut records,
        &mut unknown,
        &mut taken,
    )?;
    section(
        "assets",
        RecordKind::Asset,
        &file.assets,
        |e| Some(e.id.value.clone()),
        &mut records,
        &mut unknown,
        &mut taken,
    )?;
    section(
        "responsibilities",
        RecordKind::Responsibility,
        &file.responsibilities,
        |_| None,
        &mut records,
        &mut unknown,
        &mut taken,
    )?;
    section(
        "activities",
        RecordKind::Activity,
        &file.activities,
        |e| Some(e.id.value.clone()),
        &mut records,
        &mut unknown,
        &mut taken,
    )?;
    section(
        "escalation_protocols",
        RecordKind::EscalationProtocol,
        &file.escalation_protocols,
        |e| Some(e.id.value.clone()),
        &mut records,
        &mut unknown,
        &mut taken,
    )?;
    if let Some(e) = &file.election {
        records.push((RecordKind::Election, "election".to_owned(), to_body(e)?));
    }
    Ok((records, unknown))
}

/// Rebuilds the file format from records in model order. Meetings add their dates to their
/// forum's meetings.
fn file_from_records(records: &[Record], unknown: &[String]) -> Result<ModelFile> {
    let mut file = ModelFile::default();
    let is_unknown = |name: &str| unknown.iter().any(|u| u == name);
    let mut contacts = Vec::new();
    let mut forums = Vec::new();
    let mut agreements = Vec::new();
    let mut assets = Vec::new();
    let mut responsibilities = Vec::new();
    let mut activities = Vec::new();
    let mut protocols = Vec::new();
    let mut organisations = Vec::new();
    let mut meeting_dates: BTreeMap<String, Vec<Day>> = BTreeMap::new();
    for r in records {
        match r.kind {
            RecordKind::Jurisdiction => file.jurisdiction = Some(parse_body(r.kind, &r.body)?),
            RecordKind::Election => file.election = Some(parse_body(r.kind, &r.body)?),
            RecordKind::Organisation => organisations.push(parse_body(r.kind, &r.body)?),
            RecordKind::Contact => contacts.push(parse_body(r.kind, &r.body)?),
            RecordKind::Forum => forums.push(parse_body::<ForumEntry>(r.kind, &r.body)?),
            RecordKind::Agreement => agreements.push(parse_body(r.kind, &r.body)?),
            RecordKind::Asset => assets.push(parse_body(r.kind, &r.body)?),
            RecordKind::Responsibility => responsibilities.push(parse_body(r.kind, &r.body)?),
            RecordKind::Activity => activities.push(parse_body(r.kind, &r.body)?),
            RecordKind::EscalationProtocol => protocols.push(parse_body(r.kind, &r.body)?),
            RecordKind::Meeting => {
                let meeting: MeetingEntry = parse_body(r.kind, &r.body)?;
                meeting_dates
                    .entry(meeting.forum)
                    .or_default()
                    .push(meeting.date);
            }
        }
    }
    for forum in &mut forums {
        if let Some(dates) = meeting_dates.get(&forum.id.value) {
            for date in dates {
                if !forum.meetings.contains(date) {
                    forum.meetings.push(*date);
                }
            }
            forum.meetings.sort();
        }
    }
    fn put<T>(items: Vec<T>, unknown: bool) -> Option<OrUnknown<Vec<T>>> {
        if unknown {
            Some(OrUnknown::Unknown)
        } else if items.is_empty() {
            None
        } else {
            Some(OrUnknown::Known(items))
        }
    }
    if !organisations.is_empty() {
        file.organisations = Some(organisations);
    }
    file.contacts = put(contacts, is_unknown("contacts"));
    file.forums = put(forums, is_unknown("forums"));
    file.agreements = put(agreements, is_unknown("agreements"));
    file.assets = put(assets, is_unknown("assets"));
    file.responsibilities = put(responsibilities, is_unknown("responsibilities"));
    file.activities = put(activities, is_unknown("activities"));
    file.escalation_protocols = put(protocols, is_unknown("escalation_protocols"));
    Ok(file)
}

async fn all_records(tx: &mut Transaction<'static, Any>) -> Result<Vec<Record>> {
    let rows = sqlx::query(&format!(
        "SELECT {COLUMNS} FROM records ORDER BY position, kind, key"
    ))
    .fetch_all(&mut **tx)
    .await?;
    rows.iter().map(record_from).collect()
}

pub(crate) async fn unknown_sections(
    executor: impl sqlx::Executor<'_, Database = Any>,
) -> Result<Vec<String>> {
    let rows: Vec<(String,)> = sqlx::query_as("SELECT name FROM unknown_sections ORDER BY name")
        .fetch_all(executor)
        .await?;
    Ok(rows.into_iter().map(|r| r.0).collect())
}

/// The model made of these records, or the problems that stop it from resolving.
fn resolve(records: &[Record], unknown: &[String]) -> Result<(ModelFile, Model)> {
    let file = file_from_records(records, unknown)?;
    // The places of the problems are in the records' canonical texts, which nobody sees: what
    // is wrong is said without them.
    let model = resolve_model_file(file.clone(), "the shared model")
        .map_err(|e| invalid(Message::from(&e.without_places())))?;
    Ok((file, model))
}

/// The model made of the records a viewer may read. A partial view may lack records that
/// others reference (a member-only agreement establishing a public forum): references into
/// what the viewer cannot see are dropped from the view rather than failing it.
pub(crate) fn viewed_model(records: &[Record], unknown: &[String]) -> Result<(ModelFile, Model)> {
    let file = file_from_records(records, unknown)?;
    let file = prune_hidden_references(file);
    let model = resolve_model_file(file.clone(), "the shared model")
        .map_err(|invalid| StoreError::Internal(invalid.lines().join("\n")))?;
    Ok((file, model))
}

/// Marks the shared model as changed, so that every server resolves it again.
async fn bump_model_version(tx: &mut Transaction<'static, Any>) -> Result<()> {
    sqlx::query("UPDATE counters SET value = value + 1 WHERE name = 'model'")
        .execute(&mut **tx)
        .await?;
    Ok(())
}

impl Store {
    /// The whole shared model, for the platform's own decisions (routing, escalation); never
    /// shown to a reader as such. Resolved once per change of the model and shared.
    pub async fn shared_model(&self) -> Result<std::sync::Arc<Model>> {
        let (version,): (i64,) = sqlx::query_as("SELECT value FROM counters WHERE name = 'model'")
            .fetch_one(&self.pool)
            .await?;
        self.shared_model_at(version).await
    }

    /// The shared model at `version`, read before: resolved again only when it moved.
    pub(crate) async fn shared_model_at(&self, version: i64) -> Result<std::sync::Arc<Model>> {
        if let Ok(cache) = self.model_cache.lock()
            && let Some((cached, model)) = cache.as_ref()
            && *cached == version
        {
            return Ok(model.clone());
        }
        let (_, model) = self.model(&[Audience::Everyone, Audience::Members]).await?;
        let model = std::sync::Arc::new(model);
        if let Ok(mut cache) = self.model_cache.lock() {
            *cache = Some((version, model.clone()));
        }
        Ok(model)
    }

    /// Records of a kind that the audiences may read, in model order.
    pub async fn records(&self, kind: RecordKind, audiences: &[Audience]) -> Result<Vec<Record>> {
        let rows = sqlx::query(&format!(
            "SELECT {COLUMNS} FROM records WHERE kind = $1 AND {} ORDER BY position, key",
            audience_clause(audiences)
        ))
        .bind(kind.id())
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(record_from).collect()
    }

    /// A page of the records of a kind (of one organisation when `owner` is given), in model
    /// order: at most `limit`, after the record `after` names.
    pub async fn record_page(
        &self,
        kind: RecordKind,
        owner: Option<&str>,
        audiences: &[Audience],
        limit: u32,
        after: Option<&RecordCursor>,
    ) -> Result<RecordPage> {
        let limit = limit.clamp(1, crate::MAX_PAGE);
        let mut sql =
            crate::query::Sql::new(&format!("SELECT {COLUMNS} FROM records WHERE kind = "));
        sql.text(kind.id())
            .push(&format!(" AND {}", audience_clause(audiences)));
        if let Some(owner) = owner {
            sql.push(" AND owner = ").text(owner);
        }
        if let Some(after) = after {
            sql.push(" AND (position > ")
                .int(after.position)
                .push(" OR (position = ")
                .int(after.position)
                .push(" AND key > ")
                .text(after.key.clone())
                .push("))");
        }
        sql.push(" ORDER BY position, key LIMIT ")
            .int(i64::from(limit));
        let records: Vec<Record> = sql
            .query()
            .fetch_all(&self.pool)
            .await?
            .iter()
            .map(record_from)
            .collect::<Result<_>>()?;
        let next = match records.last() {
            Some(last) if records.len() >= limit as usize => Some(RecordCursor {
                position: last.position,
                key: last.key.clone(),
            }),
            _ => None,
        };
        Ok(RecordPage { records, next })
    }

    /// Records of a kind owned by an organisation.
    pub async fn records_owned_by(
        &self,
        kind: RecordKind,
        owner: &str,
        audiences: &[Audience],
    ) -> Result<Vec<Record>> {
        let rows = sqlx::query(&format!(
            "SELECT {COLUMNS} FROM records WHERE kind = $1 AND owner = $2 AND {} ORDER BY position, key",
            audience_clause(audiences)
        ))
        .bind(kind.id())
        .bind(owner)
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(record_from).collect()
    }

    /// One record, if the audiences may read it; `NotFound` otherwise, exactly as if it did not
    /// exist.
    pub async fn record(
        &self,
        kind: RecordKind,
        key: &str,
        audiences: &[Audience],
    ) -> Result<Record> {
        let row = sqlx::query(&format!(
            "SELECT {COLUMNS} FROM records WHERE kind = $1 AND key = $2 AND {}",
            audience_clause(audiences)
        ))
        .bind(kind.id())
        .bind(key)
        .fetch_optional(&self.pool)
        .await?
        .ok_or(StoreError::NotFound)?;
        record_from(&row)
    }

    /// The model as the audiences may see it, in the file format and resolved.
    pub async fn model(&self, audiences: &[Audience]) -> Result<(ModelFile, Model)> {
        let rows = sqlx::query(&format!(
            "SELECT {COLUMNS} FROM records WHERE {} ORDER BY position, kind, key",
            audience_clause(audiences)
        ))
        .fetch_all(&self.pool)
        .await?;
        let records: Vec<Record> = rows.iter().map(record_from).collect::<Result<_>>()?;
        let unknown = unknown_sections(&self.pool).await?;
        viewed_model(&records, &unknown)
    }

    /// Whether the model holds anything yet.
    pub async fn is_empty(&self) -> Result<bool> {
        let row: (i64,) = sqlx::query_as("SELECT COUNT(*) FROM records")
            .fetch_one(&self.pool)
            .await?;
        Ok(row.0 == 0)
    }

    /// Applies one change: checks that the whole model still resolves with it, checks the
    /// version, writes it and its audit entry, all in one transaction.
    pub async fn change_record(
        &self,
        actor: &Actor,
        change: RecordChange,
    ) -> Result<Option<Record>> {
        let mut tx = self.begin().await?;
        let mut records = all_records(&mut tx).await?;
        let unknown = unknown_sections(&mut *tx).await?;
        let kind = change.kind();
        let find = |records: &[Record], key: &str| {
            records.iter().position(|r| r.kind == kind && r.key == key)
        };
        let at = self.now();
        let (before, after): (Option<Record>, Option<Record>) = match &change {
            RecordChange::Create { key, body, .. } => {
                if find(&records, key).is_some() {
                    return Err(invalid(
                        Message::new("refusal-record-exists")
                            .with("kind", kind.id())
                            .with("key", key),
                    ));
                }
                let (owner, audience) = describe(kind, body)?;
                let position = records.iter().map(|r| r.position).max().unwrap_or(0) + 1;
                let record = Record {
                    kind,
                    key: key.clone(),
                    position,
                    owner,
                    audience,
                    version: 1,
                    body: body.clone(),
                    updated_at: at.clone(),
                    updated_by: actor.account.clone(),
                };
                records.push(record.clone());
                (None, Some(record))
            }
            RecordChange::Update {
                key, version, body, ..
            } => {
                let index = find(&records, key).ok_or(StoreError::NotFound)?;
                let current = records[index].clone();
                if current.version != *version {
                    return Err(StoreError::Conflict {
                        current: Box::new(Some(current)),
                    });
                }
                let (owner, audience) = describe(kind, body)?;
                let record = Record {
                    owner,
                    audience,
                    version: current.version + 1,
                    body: body.clone(),
                    updated_at: at.clone(),
                    updated_by: actor.account.clone(),
                    ..current.clone()
                };
                records[index] = record.clone();
                (Some(current), Some(record))
            }
            RecordChange::Delete { key, version, .. } => {
                let index = find(&records, key).ok_or(StoreError::NotFound)?;
                let current = records.remove(index);
                if current.version != *version {
                    return Err(StoreError::Conflict {
                        current: Box::new(Some(current)),
                    });
                }
                (Some(current), None)
            }
        };
        if kind != RecordKind::Meeting {
            resolve(&records, &unknown)?;
        } else {
            check_meeting(&records, after.as_ref())?;
        }
        let key = before
            .as_ref()
            .or(after.as_ref())
            .map(|r| r.key.clone())
            .unwrap_or_default();
        match (&before, &after) {
            (None, Some(new)) => {
                sqlx::query(&format!(
                    "INSERT INTO records ({COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)"
                ))
                .bind(new.kind.id())
                .bind(&new.key)
                .bind(new.position)
                .bind(&new.owner)
                .bind(new.audience.id())
                .bind(new.version)
                .bind(&new.body)
                .bind(&new.updated_at)
                .bind(&new.updated_by)
                .execute(&mut *tx)
                .await?;
            }
            (Some(old), Some(new)) => {
                let done = sqlx::query(
                    "UPDATE records SET owner = $1, audience = $2, version = $3, body = $4, updated_at = $5, updated_by = $6 \
                     WHERE kind = $7 AND key = $8 AND version = $9",
                )
                .bind(&new.owner)
                .bind(new.audience.id())
                .bind(new.version)
                .bind(&new.body)
                .bind(&new.updated_at)
                .bind(&new.updated_by)
                .bind(kind.id())
                .bind(&key)
                .bind(old.version)
                .execute(&mut *tx)
                .await?;
                if done.rows_affected() != 1 {
                    return Err(StoreError::Conflict {
                        current: Box::new(None),
                    });
                }
            }
            (Some(old), None) => {
                sqlx::query("DELETE FROM records WHERE kind = $1 AND key = $2 AND version = $3")
                    .bind(kind.id())
                    .bind(&key)
                    .bind(old.version)
                    .execute(&mut *tx)
                    .await?;
            }
            (None, None) => {}
        }
        let action = match (&before, &after) {
            (None, _) => "create",
            (Some(_), Some(_)) => "update",
            (Some(_), None) => "delete",
        };
        audit::append(
            &mut tx,
            &self.now(),
            actor,
            Change {
                action,
                kind: kind.id(),
                key: &key,
                before: before.as_ref().map(|r| r.body.as_str()),
                after: after.as_ref().map(|r| r.body.as_str()),
            },
        )
        .await?;
        bump_model_version(&mut tx).await?;
        tx.commit().await?;
        Ok(after)
    }

    /// What importing `model` would change, without changing anything.
    pub async fn import_preview(&self, model: &Model) -> Result<ImportSummary> {
        let mut tx = self.begin().await?;
        let summary = self
            .import_in(&mut tx, &Actor::system(), model, false)
            .await?;
        tx.rollback().await?;
        Ok(summary)
    }

    /// Replaces the shared model by `model` (meetings are kept), auditing every record that
    /// changes, in one transaction.
    pub async fn import_model(&self, actor: &Actor, model: &Model) -> Result<ImportSummary> {
        let mut tx = self.begin().await?;
        let summary = self.import_in(&mut tx, actor, model, true).await?;
        bump_model_version(&mut tx).await?;
        tx.commit().await?;
        Ok(summary)
    }

    async fn import_in(
        &self,
        tx: &mut Transaction<'static, Any>,
        actor: &Actor,
        model: &Model,
        apply: bool,
    ) -> Result<ImportSummary> {
        let file = to_file_format(model);
        let (wanted, unknown) = model_records(&file)?;
        let current = all_records(tx).await?;
        let mut summary = ImportSummary::default();
        let at = self.now();
        let wanted_keys: BTreeSet<(RecordKind, &str)> = wanted
            .iter()
            .map(|(k, key, _)| (*k, key.as_str()))
            .collect();
        for (position, (kind, key, body)) in wanted.iter().enumerate() {
            let position = position as i64 + 1;
            let existing = current.iter().find(|r| r.kind == *kind && &r.key == key);
            let (owner, audience) = describe(*kind, body)?;
            match existing {
                Some(old) if &old.body == body && old.position == position => {
                    summary.unchanged += 1;
                }
                Some(old) => {
                    if &old.body == body {
                        summary.unchanged += 1;
                    } else {
                        summary.changes.push(ImportChange {
                            kind: *kind,
                            key: key.clone(),
                            before: Some(old.body.clone()),
                            after: Some(body.clone()),
                        });
                    }
                    if apply {
                        sqlx::query(
                            "UPDATE records SET position = $1, owner = $2, audience = $3, version = version + 1, body = $4, updated_at = $5, updated_by = $6 \
                             WHERE kind = $7 AND key = $8",
                        )
                        .bind(position)
                        .bind(&owner)
                        .bind(audience.id())
                        .bind(body)
                        .bind(&at)
                        .bind(&actor.account)
                        .bind(kind.id())
                        .bind(key)
                        .execute(&mut **tx)
                        .await?;
                        if &old.body != body {
                            audit::append(
                                tx,
                                &self.now(),
                                actor,
                                Change {
                                    action: "import",
                                    kind: kind.id(),
                                    key,
                                    before: Some(&old.body),
                                    after: Some(body),
                                },
                            )
                            .await?;
                        }
                    }
                }
                None => {
                    summary.changes.push(ImportChange {
                        kind: *kind,
                        key: key.clone(),
                        before: None,
                        after: Some(body.clone()),
                    });
                    if apply {
                        sqlx::query(&format!(
                            "INSERT INTO records ({COLUMNS}) VALUES ($1, $2, $3, $4, $5, 1, $6, $7, $8)"
                        ))
                        .bind(kind.id())
                        .bind(key)
                        .bind(position)
                        .bind(&owner)
                        .bind(audience.id())
                        .bind(body)
                        .bind(&at)
                        .bind(&actor.account)
                        .execute(&mut **tx)
                        .await?;
                        audit::append(
                            tx,
                            &self.now(),
                            actor,
                            Change {
                                action: "import",
                                kind: kind.id(),
                                key,
                                before: None,
                                after: Some(body),
                            },
                        )
                        .await?;
                    }
                }
            }
        }
        for old in current.iter().filter(|r| {
            r.kind != RecordKind::Meeting && !wanted_keys.contains(&(r.kind, r.key.as_str()))
        }) {
            summary.changes.push(ImportChange {
                kind: old.kind,
                key: old.key.clone(),
                before: Some(old.body.clone()),
                after: None,
            });
            if apply {
                sqlx::query("DELETE FROM records WHERE kind = $1 AND key = $2")
                    .bind(old.kind.id())
                    .bind(&old.key)
                    .execute(&mut **tx)
                    .await?;
                audit::append(
                    tx,
                    &self.now(),
                    actor,
                    Change {
                        action: "import",
                        kind: old.kind.id(),
                        key: &old.key,
                        before: Some(&old.body),
                        after: None,
                    },
                )
                .await?;
            }
        }
        if apply {
            let before = unknown_sections(&mut **tx).await?;
            let after: Vec<String> = unknown.iter().map(|s| s.to_string()).collect();
            if before != after {
                sqlx::query("DELETE FROM unknown_sections")
                    .execute(&mut **tx)
                    .await?;
                for name in &after {
                    sqlx::query("INSERT INTO unknown_sections (name) VALUES ($1)")
                        .bind(name)
                        .execute(&mut **tx)
                        .await?;
                }
                let (b, a) = (before.join(", "), after.join(", "));
                audit::append(
                    tx,
                    &self.now(),
                    actor,
                    Change {
                        action: "import",
                        kind: "unknown_sections",
                        key: "sections",
                        before: Some(&b),
                        after: Some(&a),
                    },
                )
                .await?;
            }
            // Meetings of forums that no longer exist go with them.
            let forums: BTreeSet<&str> = wanted
                .iter()
                .filter(|(k, _, _)| *k == RecordKind::Forum)
                .map(|(_, key, _)| key.as_str())
                .collect();
            for meeting in current.iter().filter(|r| r.kind == RecordKind::Meeting) {
                let entry: MeetingEntry = parse_body(meeting.kind, &meeting.body)?;
                if !forums.contains(entry.forum.as_str()) {
                    sqlx::query("DELETE FROM records WHERE kind = $1 AND key = $2")
                        .bind(meeting.kind.id())
                        .bind(&meeting.key)
                        .execute(&mut **tx)
                        .await?;
                    summary.changes.push(ImportChange {
                        kind: meeting.kind,
                        key: meeting.key.clone(),
                        before: Some(meeting.body.clone()),
                        after: None,
                    });
                    audit::append(
                        tx,
                        &self.now(),
                        actor,
                        Change {
                            action: "import",
                            kind: meeting.kind.id(),
                            key: &meeting.key,
                            before: Some(&meeting.body),
                            after: None,
                        },
                    )
                    .await?;
                }
            }
        }
        Ok(summary)
    }
}

/// A meeting must belong to a forum of the model, and its action owners to organisations.
fn check_meeting(records: &[Record], meeting: Option<&Record>) -> Result<()> {
    let Some(meeting) = meeting else {
        return Ok(());
    };
    let entry: MeetingEntry = parse_body(meeting.kind, &meeting.body)?;
    let exists =
        |kind: RecordKind, key: &str| records.iter().any(|r| r.kind == kind && r.key == key);
    if !exists(RecordKind::Forum, &entry.forum) {
        return Err(invalid(
            Message::new("refusal-meeting-forum-unknown").with("forum", &entry.forum),
        ));
    }
    for action in &entry.actions {
        if !exists(RecordKind::Organisation, &action.owner) {
            return Err(invalid(
                Message::new("refusal-action-owner-unknown")
                    .with("action", &action.text)
                    .with("owner", &action.owner),
            ));
        }
    }
    Ok(())
}

/// Drops references to records the viewer cannot see, so that a partial view still resolves:
/// forums established by hidden agreements, activities based on them.
fn prune_hidden_references(mut file: ModelFile) -> ModelFile {
    let agreements: BTreeSet<String> = match &file.agreements {
        Some(OrUnknown::Known(list)) => list.iter().map(|a| a.id.value.clone()).collect(),
        _ => BTreeSet::new(),
    };
    if let Some(OrUnknown::Known(activities)) = &mut file.activities {
        for activity in activities {
            if activity
                .basis
                .as_ref()
                .is_some_and(|b| !agreements.contains(&b.value))
            {
                activity.basis = None;
            }
        }
    }
    file
}
