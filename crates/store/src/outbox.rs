//! The outbox: notifications written in the transaction of the change they announce, delivered
//! by a dispatcher that claims due messages with a lease, retries with backoff, and marks them
//! delivered. Delivery is at least once; every message carries its outbox id (as the e-mail
//! Message-ID and the webhook delivery id), so a receiver recognises a repeat after a crash
//! between sending and marking.

use crate::incidents::alerts::DEFAULT_DIGEST_MINUTES;
use crate::invalid;
use crate::notices::{self, Notice, NoticeFacts, NoticeKind};
use crate::{Actor, Result, Store, StoreError, format_time, new_id};
use liaison_domain::access::{Role, Viewer};
use liaison_domain::catalogue::{CatalogueEntry, IncidentSeverity};
use liaison_domain::sharing::{Principal, admits, principals_of, reaches_organisation};
use liaison_locale::{Locale, Message};
use serde::Serialize;
use sqlx::Row;
use std::collections::{BTreeSet, HashMap};
use time::OffsetDateTime;

/// How many times a message is tried before it is set aside as failed.
pub const MAX_ATTEMPTS: i64 = 10;

/// One delivery: a message, or a digest of several for one person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutboxDelivery {
    /// The outbox rows it delivers.
    pub ids: Vec<String>,
    /// A stable id for the receiver to recognise repeats.
    pub delivery_id: String,
    /// `email` or `webhook`.
    pub channel: String,
    /// An e-mail address or a webhook id.
    pub recipient: String,
    pub subject: String,
    pub body: String,
    pub attempts: i64,
}

/// A message that could not be delivered, for the administrators.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OutboxProblem {
    pub id: String,
    pub channel: String,
    pub recipient: String,
    pub attempts: i64,
    pub last_error: Option<String>,
    pub failed_at: Option<String>,
}

/// How much is waiting, for the operational metrics.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct OutboxState {
    pub pending: i64,
    pub failed: i64,
    pub delivered: i64,
}

/// How a person wants to be notified.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NotificationPreferences {
    /// `immediate`, `digest` or `off`.
    pub email: String,
    pub min_severity: IncidentSeverity,
    pub digest_minutes: i64,
}

impl Default for NotificationPreferences {
    fn default() -> Self {
        NotificationPreferences {
            email: "immediate".to_owned(),
            min_severity: IncidentSeverity::Low,
            digest_minutes: DEFAULT_DIGEST_MINUTES,
        }
    }
}

/// A receiver of signed webhook calls for an organisation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Webhook {
    pub id: String,
    pub organisation: String,
    pub url: String,
    /// The HMAC-SHA256 key; shown once when created.
    #[serde(skip)]
    pub secret: String,
    pub description: String,
    pub active: bool,
    pub created_at: String,
}

/// What one claim reads to re-check and word its rows, read once each: the audiences of the
/// items, the accounts as readers (`None` for one disabled or gone), and what each change's
/// notices are about (`None` when it cannot be read).
#[derive(Default)]
struct Recheck {
    audiences: HashMap<String, BTreeSet<Principal>>,
    accounts: HashMap<String, Option<Reader>>,
    facts: HashMap<String, Option<NoticeFacts>>,
}

/// An enabled account as a reader of its messages.
struct Reader {
    principals: Vec<Principal>,
    /// The language it reads, English when it chose none.
    locale: Locale,
}

/// Why a stored message cannot be delivered, for the administrators.
const UNWORDED: &str = "the stored notice cannot be worded";

impl Store {
    /// Claims what is due for delivery at `at`, for `lease`: single messages, and for each
    /// person with a due digest all their waiting digest messages at once.
    pub async fn claim_outbox(
        &self,
        at: OffsetDateTime,
        lease: time::Duration,
        limit: u32,
    ) -> Result<Vec<OutboxDelivery>> {
        let now_text = format_time(at);
        let until = format_time(at + lease);
        let rows = sqlx::query(
            "SELECT o.id, o.channel, o.recipient, o.digest, o.said, o.facts_id, f.facts, o.attempts, o.item_id, o.account_id, o.organisation \
             FROM outbox o JOIN notice_facts f ON f.id = o.facts_id \
             WHERE o.delivered_at IS NULL AND o.failed_at IS NULL AND o.withheld_at IS NULL AND o.deliver_after <= $1 \
             AND (o.claimed_until IS NULL OR o.claimed_until < $1) ORDER BY o.created_at, o.id LIMIT $2",
        )
        .bind(&now_text)
        .bind(i64::from(limit.clamp(1, 1_000)))
        .fetch_all(&self.pool)
        .await?;
        let mut deliveries = Vec::new();
        let mut digested: Vec<String> = Vec::new();
        let mut recheck = Recheck::default();
        for row in rows {
            let id: String = row.try_get("id")?;
            let recipient: String = row.try_get("recipient")?;
            let digest = row.try_get::<i64, _>("digest")? != 0;
            if digest {
                if digested.contains(&recipient) {
                    continue;
                }
                digested.push(recipient.clone());
                if let Some(d) = self
                    .claim_digest(&recipient, &now_text, &until, &mut recheck)
                    .await?
                {
                    deliveries.push(d);
                }
                continue;
            }
            if !self.still_addressed(&row, &mut recheck).await? {
                self.withhold(&id, &now_text).await?;
                continue;
            }
            let locale = self.locale_of(&row, &mut recheck).await?;
            let Some(notice) = worded(&row, locale, &mut recheck.facts)? else {
                self.set_aside(&id, UNWORDED, &now_text).await?;
                continue;
            };
            let claimed = sqlx::query(
                "UPDATE outbox SET claimed_until = $2 WHERE id = $1 AND delivered_at IS NULL AND failed_at IS NULL \
                 AND (claimed_until IS NULL OR claimed_until < $3)",
            )
            .bind(&id)
            .bind(&until)
            .bind(&now_text)
            .execute(&self.pool)
            .await?;
            if claimed.rows_affected() == 1 {
                deliveries.push(OutboxDelivery {
                    ids: vec![id.clone()],
                    delivery_id: id,
                    channel: row.try_get("channel")?,
                    recipient,
                    subject: notice.subject,
                    body: notice.body,
                    attempts: row.try_get("attempts")?,
                });
            }
        }
        Ok(deliveries)
    }

    /// Claims every waiting digest message of one recipient, as one delivery.
    async fn claim_digest(
        &self,
        recipient: &str,
        now_text: &str,
        until: &str,
        recheck: &mut Recheck,
    ) -> Result<Option<OutboxDelivery>> {
        let rows = sqlx::query(
            "SELECT o.id, o.said, o.facts_id, f.facts, o.attempts, o.item_id, o.account_id, o.organisation \
             FROM outbox o JOIN notice_facts f ON f.id = o.facts_id \
             WHERE o.channel = 'email' AND o.digest = 1 AND o.recipient = $1 \
             AND o.delivered_at IS NULL AND o.failed_at IS NULL AND o.withheld_at IS NULL \
             AND (o.claimed_until IS NULL OR o.claimed_until < $2) \
             ORDER BY o.created_at, o.id LIMIT 200",
        )
        .bind(recipient)
        .bind(now_text)
        .fetch_all(&self.pool)
        .await?;
        let mut addressed = Vec::new();
        for row in rows {
            if self.still_addressed(&row, recheck).await? {
                addressed.push(row);
            } else {
                self.withhold(&row.try_get::<String, _>("id")?, now_text)
                    .await?;
            }
        }
        // One person's digest, in the language of the account it is for.
        let locale = match addressed.first() {
            Some(row) => self.locale_of(row, recheck).await?,
            None => Locale::En,
        };
        let mut tx = self.begin().await?;
        let mut ids = Vec::new();
        let mut parts = Vec::new();
        let mut unworded = Vec::new();
        let mut attempts = 0;
        for row in &addressed {
            let id: String = row.try_get("id")?;
            let Some(notice) = worded(row, locale, &mut recheck.facts)? else {
                unworded.push(id);
                continue;
            };
            let claimed = sqlx::query(
                "UPDATE outbox SET claimed_until = $2 WHERE id = $1 AND delivered_at IS NULL AND (claimed_until IS NULL OR claimed_until < $3)",
            )
            .bind(&id)
            .bind(until)
            .bind(now_text)
            .execute(&mut *tx)
            .await?;
            if claimed.rows_affected() == 1 {
                attempts = attempts.max(row.try_get::<i64, _>("attempts")?);
                parts.push((notice.subject, notice.body));
                ids.push(id);
            }
        }
        tx.commit().await?;
        for id in unworded {
            self.set_aside(&id, UNWORDED, now_text).await?;
        }
        if ids.is_empty() {
            return Ok(None);
        }
        let notice = notices::digest(locale, &parts);
        Ok(Some(OutboxDelivery {
            // The digest is known by its first message: a repeat after a crash repeats it.
            delivery_id: ids[0].clone(),
            ids,
            channel: "email".to_owned(),
            recipient: recipient.to_owned(),
            subject: notice.subject,
            body: notice.body,
            attempts,
        }))
    }

    /// The language a row is read in: its account's, English for an address or a webhook.
    async fn locale_of(&self, row: &sqlx::any::AnyRow, recheck: &mut Recheck) -> Result<Locale> {
        let Some(account) = row.try_get::<Option<String>, _>("account_id")? else {
            return Ok(Locale::En);
        };
        Ok(self
            .reader(&account, &mut recheck.accounts)
            .await?
            .map_or(Locale::En, |reader| reader.locale))
    }

    /// An account as a reader, read once per claim; `None` when it is disabled or gone.
    async fn reader<'r>(
        &self,
        account: &str,
        accounts: &'r mut HashMap<String, Option<Reader>>,
    ) -> Result<Option<&'r Reader>> {
        if !accounts.contains_key(account) {
            let reader = self.reader_of_enabled_account(account).await?;
            accounts.insert(account.to_owned(), reader);
        }
        Ok(accounts[account].as_ref())
    }

    /// Whether an outbox row is still for someone the item reaches: an enabled account its
    /// audience admits, or an organisation its audience reaches. The row was written when the
    /// change was made; the sharing may have narrowed, or the account been disabled, since.
    async fn still_addressed(
        &self,
        row: &sqlx::any::AnyRow,
        recheck: &mut Recheck,
    ) -> Result<bool> {
        let Some(item) = row.try_get::<Option<String>, _>("item_id")? else {
            return Ok(true);
        };
        if !recheck.audiences.contains_key(&item) {
            let audience = self.audience_of_item(&item).await?;
            recheck.audiences.insert(item.clone(), audience);
        }
        if let Some(account) = row.try_get::<Option<String>, _>("account_id")? {
            let admitted = match self.reader(&account, &mut recheck.accounts).await? {
                Some(reader) => admits(&recheck.audiences[&item], &reader.principals),
                None => false,
            };
            return Ok(admitted);
        }
        let audience = &recheck.audiences[&item];
        if let Some(organisation) = row.try_get::<Option<String>, _>("organisation")? {
            return Ok(reaches_organisation(audience, &organisation));
        }
        Ok(true)
    }

    /// What an account is as a reader, if it is enabled.
    async fn reader_of_enabled_account(&self, account: &str) -> Result<Option<Reader>> {
        let found = sqlx::query(
            "SELECT organisation, role, language FROM accounts WHERE id = $1 AND disabled = 0",
        )
        .bind(account)
        .fetch_optional(&self.pool)
        .await?;
        let Some(found) = found else {
            return Ok(None);
        };
        let Some(role) = Role::from_id(&found.try_get::<String, _>("role")?) else {
            return Ok(None);
        };
        let viewer = Viewer {
            account: account.to_owned(),
            organisation: found.try_get("organisation")?,
            role,
        };
        let locale = found
            .try_get::<Option<String>, _>("language")?
            .as_deref()
            .and_then(Locale::from_tag)
            .unwrap_or_default();
        Ok(Some(Reader {
            principals: principals_of(Some(&viewer)),
            locale,
        }))
    }

    /// Sets a row aside as failed, for the administrators to see why.
    async fn set_aside(&self, id: &str, error: &str, at: &str) -> Result<()> {
        sqlx::query("UPDATE outbox SET failed_at = $2, last_error = $3, claimed_until = NULL WHERE id = $1 AND delivered_at IS NULL")
            .bind(id)
            .bind(at)
            .bind(error)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Sets a row aside for good: it is no longer for its recipient.
    async fn withhold(&self, id: &str, at: &str) -> Result<()> {
        sqlx::query("UPDATE outbox SET withheld_at = $2, claimed_until = NULL WHERE id = $1 AND delivered_at IS NULL")
            .bind(id)
            .bind(at)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Marks a delivery done.
    pub async fn outbox_delivered(&self, delivery: &OutboxDelivery) -> Result<()> {
        let at = self.now();
        for id in &delivery.ids {
            sqlx::query("UPDATE outbox SET delivered_at = $2, claimed_until = NULL, last_error = NULL WHERE id = $1")
                .bind(id)
                .bind(&at)
                .execute(&self.pool)
                .await?;
        }
        Ok(())
    }

    /// Records a failed attempt: tried again later with growing pauses (30 s, 1 min, 2 min, …
    /// up to an hour), or set aside after [`MAX_ATTEMPTS`].
    pub async fn outbox_attempt_failed(
        &self,
        delivery: &OutboxDelivery,
        error: &str,
        at: OffsetDateTime,
    ) -> Result<()> {
        let attempts = delivery.attempts + 1;
        let pause = time::Duration::seconds((30i64 << (attempts - 1).clamp(0, 7)).min(3_600));
        let error: String = error.chars().take(500).collect();
        for id in &delivery.ids {
            if attempts >= MAX_ATTEMPTS {
                sqlx::query(
                    "UPDATE outbox SET attempts = $2, last_error = $3, failed_at = $4, claimed_until = NULL WHERE id = $1",
                )
                .bind(id)
                .bind(attempts)
                .bind(&error)
                .bind(format_time(at))
                .execute(&self.pool)
                .await?;
            } else {
                sqlx::query(
                    "UPDATE outbox SET attempts = $2, last_error = $3, deliver_after = $4, claimed_until = NULL WHERE id = $1",
                )
                .bind(id)
                .bind(attempts)
                .bind(&error)
                .bind(format_time(at + pause))
                .execute(&self.pool)
                .await?;
            }
        }
        Ok(())
    }

    /// Counts for the operational metrics.
    pub async fn outbox_state(&self) -> Result<OutboxState> {
        let row = sqlx::query(
            "SELECT \
               COALESCE(SUM(CASE WHEN delivered_at IS NULL AND failed_at IS NULL THEN 1 ELSE 0 END), 0), \
               COALESCE(SUM(CASE WHEN failed_at IS NOT NULL THEN 1 ELSE 0 END), 0), \
               COALESCE(SUM(CASE WHEN delivered_at IS NOT NULL THEN 1 ELSE 0 END), 0) FROM outbox",
        )
        .fetch_one(&self.pool)
        .await?;
        Ok(OutboxState {
            pending: row.try_get(0)?,
            failed: row.try_get(1)?,
            delivered: row.try_get(2)?,
        })
    }

    /// Messages that failed or keep failing, newest first, for the administrators. Only
    /// channels and recipients: subjects and bodies carry shared content.
    pub async fn outbox_problems(&self, limit: u32) -> Result<Vec<OutboxProblem>> {
        let rows = sqlx::query(
            "SELECT id, channel, recipient, attempts, last_error, failed_at FROM outbox \
             WHERE delivered_at IS NULL AND (attempts > 0 OR failed_at IS NOT NULL) ORDER BY created_at DESC LIMIT $1",
        )
        .bind(i64::from(limit.clamp(1, 500)))
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|r| {
                Ok(OutboxProblem {
                    id: r.try_get("id")?,
                    channel: r.try_get("channel")?,
                    recipient: r.try_get("recipient")?,
                    attempts: r.try_get("attempts")?,
                    last_error: r.try_get("last_error")?,
                    failed_at: r.try_get("failed_at")?,
                })
            })
            .collect()
    }

    pub async fn notification_preferences(&self, account: &str) -> Result<NotificationPreferences> {
        let row = sqlx::query(
            "SELECT email, min_severity, digest_minutes FROM notification_preferences WHERE account_id = $1",
        )
        .bind(account)
        .fetch_optional(&self.pool)
        .await?;
        let Some(row) = row else {
            return Ok(NotificationPreferences::default());
        };
        let min: String = row.try_get("min_severity")?;
        Ok(NotificationPreferences {
            email: row.try_get("email")?,
            min_severity: IncidentSeverity::from_id(&min).unwrap_or(IncidentSeverity::Low),
            digest_minutes: row.try_get("digest_minutes")?,
        })
    }

    pub async fn set_notification_preferences(
        &self,
        account: &str,
        preferences: &NotificationPreferences,
    ) -> Result<()> {
        if !matches!(preferences.email.as_str(), "immediate" | "digest" | "off") {
            return Err(invalid(Message::new("refusal-email-preference")));
        }
        if !(5..=7 * 24 * 60).contains(&preferences.digest_minutes) {
            return Err(invalid(Message::new("refusal-digest-interval")));
        }
        let mut tx = self.begin().await?;
        sqlx::query("DELETE FROM notification_preferences WHERE account_id = $1")
            .bind(account)
            .execute(&mut *tx)
            .await?;
        sqlx::query(
            "INSERT INTO notification_preferences (account_id, email, min_severity, digest_minutes) VALUES ($1, $2, $3, $4)",
        )
        .bind(account)
        .bind(&preferences.email)
        .bind(preferences.min_severity.id())
        .bind(preferences.digest_minutes)
        .execute(&mut *tx)
        .await?;
        crate::audit::append(
            &mut tx,
            &self.now(),
            &Actor {
                account: Some(account.to_owned()),
                organisation: None,
            },
            crate::audit::Change {
                action: "update",
                kind: "notification_preferences",
                key: account,
                before: None,
                after: Some(&format!(
                    "{{\"email\":\"{}\",\"min_severity\":\"{}\",\"digest_minutes\":{}}}",
                    preferences.email,
                    preferences.min_severity.id(),
                    preferences.digest_minutes
                )),
            },
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Registers a webhook for an organisation; the secret signs every call.
    pub async fn create_webhook(
        &self,
        actor: &Actor,
        organisation: &str,
        url: &str,
        description: &str,
        secret: &str,
    ) -> Result<Webhook> {
        let parsed = url::Url::parse(url.trim()).map_err(|e| {
            invalid(Message::new("refusal-webhook-not-url").with("reason", e.to_string()))
        })?;
        if !matches!(parsed.scheme(), "https" | "http") || parsed.host_str().is_none() {
            return Err(invalid(Message::new("refusal-webhook-scheme")));
        }
        let description: String = description.trim().chars().take(200).collect();
        let hook = Webhook {
            id: new_id(),
            organisation: organisation.to_owned(),
            url: parsed.to_string(),
            secret: secret.to_owned(),
            description,
            active: true,
            created_at: self.now(),
        };
        let mut tx = self.begin().await?;
        sqlx::query(
            "INSERT INTO webhooks (id, organisation, url, secret, description, active, created_by, created_at) VALUES ($1, $2, $3, $4, $5, 1, $6, $7)",
        )
        .bind(&hook.id)
        .bind(&hook.organisation)
        .bind(&hook.url)
        .bind(&hook.secret)
        .bind(&hook.description)
        .bind(&actor.account)
        .bind(&hook.created_at)
        .execute(&mut *tx)
        .await?;
        crate::audit::append(
            &mut tx,
            &self.now(),
            actor,
            crate::audit::Change {
                action: "create",
                kind: "webhook",
                key: &hook.id,
                before: None,
                after: Some(&format!(
                    "{{\"organisation\":{:?},\"url\":{:?}}}",
                    hook.organisation, hook.url
                )),
            },
        )
        .await?;
        tx.commit().await?;
        Ok(hook)
    }

    /// The webhooks of an organisation (all, for `None`).
    pub async fn webhooks(&self, organisation: Option<&str>) -> Result<Vec<Webhook>> {
        let rows = match organisation {
            Some(org) => {
                sqlx::query("SELECT * FROM webhooks WHERE organisation = $1 ORDER BY created_at")
                    .bind(org)
                    .fetch_all(&self.pool)
                    .await?
            }
            None => {
                sqlx::query("SELECT * FROM webhooks ORDER BY organisation, created_at")
                    .fetch_all(&self.pool)
                    .await?
            }
        };
        rows.iter().map(webhook_from).collect()
    }

    pub async fn webhook(&self, id: &str) -> Result<Webhook> {
        let row = sqlx::query("SELECT * FROM webhooks WHERE id = $1")
            .bind(id)
            .fetch_optional(&self.pool)
            .await?
            .ok_or(StoreError::NotFound)?;
        webhook_from(&row)
    }

    /// Stops calling a webhook.
    pub async fn deactivate_webhook(&self, actor: &Actor, id: &str) -> Result<()> {
        let mut tx = self.begin().await?;
        let done = sqlx::query("UPDATE webhooks SET active = 0 WHERE id = $1")
            .bind(id)
            .execute(&mut *tx)
            .await?;
        if done.rows_affected() == 0 {
            return Err(StoreError::NotFound);
        }
        crate::audit::append(
            &mut tx,
            &self.now(),
            actor,
            crate::audit::Change {
                action: "deactivate",
                kind: "webhook",
                key: id,
                before: None,
                after: None,
            },
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }
}

/// A claimed row's notice in `locale`, from what its change stored, each change's facts read
/// once per claim into `facts`; `None` when what is stored cannot be read as a notice.
fn worded(
    row: &sqlx::any::AnyRow,
    locale: Locale,
    facts: &mut HashMap<String, Option<NoticeFacts>>,
) -> Result<Option<Notice>> {
    let Ok(kind) = serde_json::from_str::<NoticeKind>(&row.try_get::<String, _>("said")?) else {
        return Ok(None);
    };
    let id: String = row.try_get("facts_id")?;
    if !facts.contains_key(&id) {
        let read = serde_json::from_str(&row.try_get::<String, _>("facts")?).ok();
        facts.insert(id.clone(), read);
    }
    Ok(facts[&id]
        .as_ref()
        .and_then(|facts| kind.word(locale, facts)))
}

fn webhook_from(row: &sqlx::any::AnyRow) -> Result<Webhook> {
    Ok(Webhook {
        id: row.try_get("id")?,
        organisation: row.try_get("organisation")?,
        url: row.try_get("url")?,
        secret: row.try_get("secret")?,
        description: row.try_get("description")?,
        active: row.try_get::<i64, _>("active")? != 0,
        created_at: row.try_get("created_at")?,
    })
}
