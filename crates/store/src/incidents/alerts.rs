//! Alerting inside the transaction of a change: who is told, by which channel, per their
//! preferences, and only if the item's audience admits them. The outbox rows written here are
//! delivered later by the dispatcher ([`crate::outbox`]).

use crate::batch::Batch;
use crate::insert_batch::InsertBatch;
use crate::notices::{Notice, NoticeFacts, NoticeKind};
use crate::query::{Sql, SqlValue};
use crate::{Result, format_time, new_id, to_json};
use liaison_domain::access::{Role, Viewer};
use liaison_domain::catalogue::{CatalogueEntry, IncidentSeverity};
use liaison_domain::sharing::{Principal, admits, principals_of};
use liaison_locale::Locale;
use sqlx::Row;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::OnceLock;
use time::OffsetDateTime;

/// How a person wants to hear about new items.
pub(crate) const DEFAULT_DIGEST_MINUTES: i64 = 60;

/// The item an alert is about, for the outbox and the webhook payload.
pub(crate) struct AlertSubject<'a> {
    pub item_id: &'a str,
    /// `None` for items without a severity (disinformation items), which reach everyone who
    /// takes e-mail at all.
    pub severity: Option<IncidentSeverity>,
    pub audience: &'a BTreeSet<Principal>,
    /// What webhooks receive: `{"event": …, "incident": …}` or `{"event": …, "item": …}`.
    pub payload: &'a serde_json::Value,
    /// When the change being announced was made (the store's clock).
    pub at: OffsetDateTime,
    /// What every notice of the change is about.
    pub notices: &'a ChangeNotices,
}

/// The notices of one change: what they are about, stored once, the first time a message
/// needs it, for every message of the change to name.
pub(crate) struct ChangeNotices {
    facts: NoticeFacts,
    stored: OnceLock<String>,
}

impl ChangeNotices {
    pub(crate) fn new(facts: NoticeFacts) -> Self {
        ChangeNotices {
            facts,
            stored: OnceLock::new(),
        }
    }

    /// The id of the stored facts; added to `rows` the first time it is asked for.
    fn stored(&self, rows: &mut InsertBatch) -> &str {
        self.stored.get_or_init(|| {
            let id = new_id();
            rows.row(
                "notice_facts",
                &["id", "facts"],
                [SqlValue::text(&id), SqlValue::text(to_json(&self.facts))],
            );
            id
        })
    }

    /// The notice `kind` in English, as it is worded for a webhook.
    fn in_english(&self, kind: &NoticeKind) -> Option<Notice> {
        kind.word(Locale::En, &self.facts)
    }
}

/// Whom an outbox row is for: the delivery re-checks it against the item's audience when it
/// goes out, so a row written before the sharing narrowed (or the account was disabled) is
/// withheld instead of sent.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Addressee<'a> {
    /// An account, at its address.
    Account(&'a str),
    /// An address or a webhook that speaks for an organisation.
    Organisation(&'a str),
}

/// Adds one outbox row to the rows `rows` writes: the notice `kind` about the change of
/// `notices`, worded when it is delivered. Returns its id.
#[allow(clippy::too_many_arguments)]
pub(crate) fn enqueue(
    rows: &mut InsertBatch,
    channel: &str,
    recipient: &str,
    addressee: Addressee<'_>,
    digest: bool,
    item_id: Option<&str>,
    (notices, kind): (&ChangeNotices, &NoticeKind),
    created_at: OffsetDateTime,
    deliver_after: &str,
) -> String {
    let id = new_id();
    let facts_id = notices.stored(rows).to_owned();
    let (account_id, organisation) = match addressee {
        Addressee::Account(id) => (Some(id), None),
        Addressee::Organisation(key) => (None, Some(key)),
    };
    rows.row(
        "outbox",
        &[
            "id",
            "created_at",
            "channel",
            "recipient",
            "account_id",
            "organisation",
            "digest",
            "item_id",
            "facts_id",
            "said",
            "deliver_after",
            "attempts",
        ],
        [
            SqlValue::text(&id),
            SqlValue::text(format_time(created_at)),
            SqlValue::text(channel),
            SqlValue::text(recipient),
            SqlValue::text_or_null(account_id),
            SqlValue::text_or_null(organisation),
            SqlValue::Int(i64::from(digest)),
            SqlValue::text_or_null(item_id),
            SqlValue::text(facts_id),
            SqlValue::text(to_json(kind)),
            SqlValue::text(deliver_after),
            SqlValue::Int(0),
        ],
    );
    id
}

/// An account that may be alerted.
struct Person {
    id: String,
    email: String,
    mode: String,
    min_severity: String,
    digest_minutes: i64,
}

const PEOPLE: &str = "SELECT a.id, a.email, a.organisation, a.role, \
    COALESCE(p.email, 'immediate') AS mode, COALESCE(p.min_severity, 'low') AS min_severity, \
    COALESCE(p.digest_minutes, 60) AS digest_minutes \
    FROM accounts a LEFT JOIN notification_preferences p ON p.account_id = a.id \
    WHERE a.disabled = 0";

/// The accounts the audience admits, of those `condition` (a WHERE fragment on `a`, after
/// `AND`) selects, with their organisation.
async fn people(
    batch: &mut Batch<'_>,
    condition: impl FnOnce(&mut Sql),
    audience: &BTreeSet<Principal>,
) -> Result<Vec<(Option<String>, Person)>> {
    let mut sql = Sql::new(PEOPLE);
    sql.push(" AND ");
    condition(&mut sql);
    sql.push(" ORDER BY a.email");
    let rows = batch.select(&sql).await?;
    let mut out = Vec::new();
    for row in rows {
        let role: String = row.try_get("role")?;
        let Some(role) = Role::from_id(&role) else {
            continue;
        };
        let viewer = Viewer {
            account: row.try_get("id")?,
            organisation: row.try_get("organisation")?,
            role,
        };
        if !admits(audience, &principals_of(Some(&viewer))) {
            continue;
        }
        out.push((
            viewer.organisation,
            Person {
                id: viewer.account,
                email: row.try_get("email")?,
                mode: row.try_get("mode")?,
                min_severity: row.try_get("min_severity")?,
                digest_minutes: row.try_get("digest_minutes")?,
            },
        ));
    }
    Ok(out)
}

/// E-mails each person as they chose: at once, in their next digest, or not at all; and only
/// for items at least as severe as they asked.
fn mail_people(
    rows: &mut InsertBatch,
    people: Vec<Person>,
    subject: &AlertSubject<'_>,
    kind: &NoticeKind,
    already: &mut BTreeSet<String>,
) -> usize {
    let mut sent = 0;
    for person in people {
        if !already.insert(person.id.clone()) {
            continue;
        }
        let wanted = match (
            subject.severity,
            IncidentSeverity::from_id(&person.min_severity),
        ) {
            (Some(severity), Some(min)) => severity >= min,
            _ => true,
        };
        if person.mode == "off" || !wanted {
            continue;
        }
        let digest = person.mode == "digest";
        let deliver_after = if digest {
            let minutes = if person.digest_minutes > 0 {
                person.digest_minutes
            } else {
                DEFAULT_DIGEST_MINUTES
            };
            format_time(subject.at + time::Duration::minutes(minutes))
        } else {
            format_time(subject.at)
        };
        enqueue(
            rows,
            "email",
            &person.email,
            Addressee::Account(&person.id),
            digest,
            Some(subject.item_id),
            (subject.notices, kind),
            subject.at,
            &deliver_after,
        );
        sent += 1;
    }
    sent
}

/// Alerts the people and the webhooks of each organisation, in turn, each with the notice
/// `notice` names for why it is reached (its role, say). Returns how many were queued. Two
/// queries find everyone, whatever the number of organisations.
pub(crate) async fn alert_organisations<Why: Sync>(
    batch: &mut Batch<'_>,
    each: &[(&str, Why)],
    notice: &(dyn Fn(&Why) -> NoticeKind + Sync),
    subject: &AlertSubject<'_>,
    already: &mut BTreeSet<String>,
) -> Result<usize> {
    if each.is_empty() {
        return Ok(0);
    }
    let keys = || each.iter().map(|(key, _)| *key);
    let found = people(
        batch,
        |sql| {
            sql.push("a.organisation IN (").texts(keys()).push(")");
        },
        subject.audience,
    )
    .await?;
    let mut people: BTreeMap<String, Vec<Person>> = BTreeMap::new();
    for (organisation, person) in found {
        if let Some(organisation) = organisation {
            people.entry(organisation).or_default().push(person);
        }
    }
    let mut hooks =
        Sql::new("SELECT organisation, id FROM webhooks WHERE active = 1 AND organisation IN (");
    hooks.texts(keys()).push(") ORDER BY organisation, id");
    let mut webhooks: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for row in batch.select(&hooks).await? {
        webhooks
            .entry(row.try_get(0)?)
            .or_default()
            .push(row.try_get(1)?);
    }
    let mut queued = 0;
    for (organisation, why) in each {
        let kind = notice(why);
        let theirs = people.remove(*organisation).unwrap_or_default();
        queued += mail_people(&mut batch.rows, theirs, subject, &kind, already);
        // One payload for every webhook of the organisation, worded now: it is the item as
        // the change left it, and a receiving system reads no language.
        let mut payload = None;
        for hook in webhooks.remove(*organisation).unwrap_or_default() {
            if !already.insert(format!("webhook:{hook}")) {
                continue;
            }
            let payload = payload.get_or_insert_with(|| {
                ChangeNotices::new(NoticeFacts::Worded(Notice {
                    subject: subject
                        .notices
                        .in_english(&kind)
                        .map(|notice| notice.subject)
                        .unwrap_or_default(),
                    body: subject.payload.to_string(),
                }))
            });
            enqueue(
                &mut batch.rows,
                "webhook",
                &hook,
                Addressee::Organisation(organisation),
                false,
                Some(subject.item_id),
                (payload, &NoticeKind::AsWorded),
                subject.at,
                &format_time(subject.at),
            );
            queued += 1;
        }
    }
    Ok(queued)
}

/// Alerts named accounts (the people a RED item is shared with).
pub(crate) async fn alert_account(
    batch: &mut Batch<'_>,
    account: &str,
    subject: &AlertSubject<'_>,
    kind: &NoticeKind,
    already: &mut BTreeSet<String>,
) -> Result<usize> {
    let named = |sql: &mut Sql| {
        sql.push("a.id = ").text(account);
    };
    alert_people(batch, named, subject, kind, already).await
}

/// Alerts the platform's coordinators whom the audience admits.
pub(crate) async fn alert_coordinators(
    batch: &mut Batch<'_>,
    subject: &AlertSubject<'_>,
    kind: &NoticeKind,
    already: &mut BTreeSet<String>,
) -> Result<usize> {
    let coordinators = |sql: &mut Sql| {
        sql.push("a.role = ").text(Role::Coordinator.id());
    };
    alert_people(batch, coordinators, subject, kind, already).await
}

/// Alerts the people `condition` selects whom the audience admits, whatever their
/// organisation.
async fn alert_people(
    batch: &mut Batch<'_>,
    condition: impl FnOnce(&mut Sql),
    subject: &AlertSubject<'_>,
    kind: &NoticeKind,
    already: &mut BTreeSet<String>,
) -> Result<usize> {
    let found = people(batch, condition, subject.audience).await?;
    let persons = found.into_iter().map(|(_, person)| person).collect();
    Ok(mail_people(
        &mut batch.rows,
        persons,
        subject,
        kind,
        already,
    ))
}

/// The organisations of the platform's coordinators.
pub(crate) async fn coordinator_organisations(batch: &mut Batch<'_>) -> Result<Vec<String>> {
    let mut sql =
        Sql::new("SELECT DISTINCT organisation FROM accounts WHERE disabled = 0 AND role = ");
    sql.text(Role::Coordinator.id());
    let mut organisations = Vec::new();
    for row in batch.select(&sql).await? {
        if let Some(organisation) = row.try_get::<Option<String>, _>(0)? {
            organisations.push(organisation);
        }
    }
    Ok(organisations)
}
