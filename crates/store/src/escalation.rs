//! The durable escalation scheduler: deadlines are rows, so they survive restarts, and any
//! server may act on a due one. A step is taken by marking it done inside the transaction that
//! acts on it: a second server's update finds it done and leaves it, so no step is acted on
//! twice and none is lost if a server stops half-way (its transaction rolls back).

use crate::audit::Change;
use crate::batch::Batch;
use crate::incidents::alerts::{Addressee, AlertSubject, alert_coordinators, enqueue};
use crate::incidents::report::{EscalationContact, incident_notices, other_channel};
use crate::insert_batch::InsertBatch;
use crate::notices::{EscalationFailure, NoticeKind};
use crate::query::SqlValue;
use crate::shared_item::{SharedItem, org_id};
use crate::timeline::{self, Said};
use crate::{Actor, Result, Store, format_time, new_id};
use crate::{Incident, to_json};
use liaison_domain::incident;
use liaison_domain::model::Model;
use liaison_domain::sharing::{Principal, reaches_organisation};
use liaison_locale::{Locale, Message};
use sqlx::Row;
use sqlx::{Any, Transaction};
use std::collections::BTreeSet;
use time::OffsetDateTime;

/// A pending step of an escalation: the next contact to try, or the deadline to answer by.
pub(crate) struct NewStep<'a> {
    pub incident_id: &'a str,
    pub organisation: &'a str,
    pub protocol: &'a str,
    /// `next_contact` or `deadline`.
    pub kind: &'a str,
    /// The contact of the chain this step is about.
    pub contact_index: i64,
    /// The organisation's contact chain, as JSON.
    pub contacts: &'a str,
    pub minutes: i64,
    pub due_at: OffsetDateTime,
}

impl NewStep<'_> {
    /// Adds the step to the rows `rows` writes.
    pub fn add_to(self, rows: &mut InsertBatch) {
        rows.row(
            "escalation_steps",
            &[
                "id",
                "incident_id",
                "organisation",
                "protocol",
                "kind",
                "contact_index",
                "contacts",
                "minutes",
                "due_at",
            ],
            [
                SqlValue::text(new_id()),
                SqlValue::text(self.incident_id),
                SqlValue::text(self.organisation),
                SqlValue::text(self.protocol),
                SqlValue::text(self.kind),
                SqlValue::Int(self.contact_index),
                SqlValue::text(self.contacts),
                SqlValue::Int(self.minutes),
                SqlValue::text(format_time(self.due_at)),
            ],
        );
    }
}

impl Store {
    /// Acts on every escalation step due at `at`; returns how many were acted on.
    pub async fn run_due_escalations(&self, at: OffsetDateTime, base_url: &str) -> Result<usize> {
        let due: Vec<(String,)> = sqlx::query_as(
            "SELECT id FROM escalation_steps WHERE done_at IS NULL AND due_at <= $1 ORDER BY due_at LIMIT 100",
        )
        .bind(format_time(at))
        .fetch_all(&self.pool)
        .await?;
        let mut acted = 0;
        for (id,) in due {
            if self.take_step(&id, base_url).await? {
                acted += 1;
            }
        }
        Ok(acted)
    }

    async fn take_step(&self, step_id: &str, base_url: &str) -> Result<bool> {
        let mut tx = self.begin().await?;
        let taken = sqlx::query(
            "UPDATE escalation_steps SET done_at = $2 WHERE id = $1 AND done_at IS NULL",
        )
        .bind(step_id)
        .bind(self.now())
        .execute(&mut *tx)
        .await?;
        if taken.rows_affected() != 1 {
            return Ok(false);
        }
        let step = sqlx::query(
            "SELECT incident_id, organisation, protocol, kind, contact_index, contacts, minutes FROM escalation_steps WHERE id = $1",
        )
        .bind(step_id)
        .fetch_one(&mut *tx)
        .await?;
        let incident_id: String = step.try_get("incident_id")?;
        let organisation: String = step.try_get("organisation")?;
        let protocol_key: String = step.try_get("protocol")?;
        let kind: String = step.try_get("kind")?;
        let index: i64 = step.try_get("contact_index")?;
        let minutes: i64 = step.try_get("minutes")?;
        let contacts: Vec<EscalationContact> =
            serde_json::from_str(&step.try_get::<String, _>("contacts")?).unwrap_or_default();

        let (acknowledged,): (Option<String>,) = sqlx::query_as(
            "SELECT acknowledged_at FROM incident_assignments WHERE incident_id = $1 AND organisation = $2",
        )
        .bind(&incident_id)
        .bind(&organisation)
        .fetch_optional(&mut *tx)
        .await?
        .unwrap_or((None,));
        // The incident as the platform sees it (everyone alerted here is in its audience).
        let audience = self.audience_of_item(&incident_id).await?;
        let everyone: Vec<_> = audience.iter().cloned().collect();
        let incident = match self.incident_seen_by(&everyone, &incident_id).await {
            Ok(incident) => incident,
            Err(crate::StoreError::NotFound) => {
                tx.commit().await?;
                return Ok(true);
            }
            Err(e) => return Err(e),
        };
        if acknowledged.is_some() || !incident::is_open(incident.status) {
            tx.commit().await?;
            return Ok(true);
        }
        let model = self.shared_model().await?;
        // The sharing may have narrowed since the step was written: nobody it no longer
        // reaches is alerted.
        if !reaches_organisation(&audience, &organisation) {
            stop_escalations_withheld(&mut tx, &model, &incident_id, &audience, self.clock.now())
                .await?;
            tx.commit().await?;
            return Ok(true);
        }
        let protocol_name = model
            .escalation_protocols
            .items()
            .iter()
            .find(|p| p.key == protocol_key)
            .map_or(protocol_key.clone(), |p| p.name.clone());
        let org_name = org_id(&model, &organisation)
            .map_or(organisation.clone(), |o| model.organisation(o).name.clone());
        let notices = incident_notices(&model, &incident, base_url);
        let payload = serde_json::json!({"event": "incident.escalation", "incident": &incident});
        let subject = AlertSubject {
            item_id: &incident.id,
            severity: Some(incident.severity),
            audience: &audience,
            payload: &payload,
            at: self.clock.now(),
            notices: &notices,
        };
        let mut already = BTreeSet::new();
        let mut batch = Batch::new(self, &mut tx);
        let said = match kind.as_str() {
            "next_contact" => {
                let next = (index + 1) as usize;
                match contacts.get(next) {
                    Some(contact) => {
                        let how = match &contact.email {
                            Some(email) => {
                                // A contact of the directory: no account, read in English.
                                let kind = NoticeKind::EscalationAlert {
                                    protocol: protocol_name.clone(),
                                    organisation: org_name.clone(),
                                    within_minutes: minutes,
                                    acknowledge_minutes: minutes,
                                };
                                enqueue(
                                    &mut batch.rows,
                                    "email",
                                    email,
                                    Addressee::Organisation(&organisation),
                                    false,
                                    Some(&incident.id),
                                    (&notices, &kind),
                                    subject.at,
                                    &format_time(subject.at),
                                );
                                Message::new("timeline-escalation-next-email")
                            }
                            None => Message::new("timeline-escalation-next-other")
                                .with("channel", other_channel(contact.other.as_deref())),
                        };
                        NewStep {
                            incident_id: &incident.id,
                            organisation: &organisation,
                            protocol: &protocol_key,
                            kind: "next_contact",
                            contact_index: next as i64,
                            contacts: &to_json(&contacts),
                            minutes,
                            due_at: self.clock.now() + time::Duration::minutes(minutes),
                        }
                        .add_to(&mut batch.rows);
                        how.with("organisation", &org_name)
                            .with("minutes", minutes)
                            .with("contact", &contact.name)
                    }
                    None => {
                        let what = EscalationFailure::NoFurtherContact {
                            organisation: &org_name,
                        };
                        alert_coordinators(&mut batch, &subject, &what.notice(), &mut already)
                            .await?;
                        what.message()
                    }
                }
            }
            _ => {
                let what = EscalationFailure::DeadlineMissed {
                    organisation: &org_name,
                    minutes,
                    protocol: &protocol_name,
                };
                alert_coordinators(&mut batch, &subject, &what.notice(), &mut already).await?;
                what.message()
            }
        };
        batch.finish().await?;
        let timeline_kind = if kind == "deadline" {
            "deadline_missed"
        } else {
            "escalated"
        };
        let said = Said::of([said]);
        timeline::record(
            &mut tx,
            self.clock.now(),
            &incident.id,
            (None, Some(&organisation)),
            timeline_kind,
            &said,
        )
        .await?;
        let after = to_json(&serde_json::json!({
            "step": kind, "organisation": organisation, "protocol": protocol_key, "text": said.in_language(Locale::En),
        }));
        let change = Change {
            action: "escalate",
            kind: Incident::KIND.name,
            key: &incident.id,
            before: None,
            after: Some(&after),
        };
        self.commit_item(tx, &incident, "updated", &Actor::system(), change)
            .await?;
        Ok(true)
    }
}

/// Stops the pending escalation steps of the organisations an item's audience no longer
/// reaches (its source narrowed the sharing), each with a line on the timeline.
pub(crate) async fn stop_escalations_withheld(
    tx: &mut Transaction<'static, Any>,
    model: &Model,
    incident_id: &str,
    audience: &BTreeSet<Principal>,
    at: OffsetDateTime,
) -> Result<()> {
    let pending: Vec<(String,)> = sqlx::query_as(
        "SELECT DISTINCT organisation FROM escalation_steps WHERE incident_id = $1 AND done_at IS NULL ORDER BY organisation",
    )
    .bind(incident_id)
    .fetch_all(&mut **tx)
    .await?;
    for (organisation,) in pending {
        if reaches_organisation(audience, &organisation) {
            continue;
        }
        sqlx::query(
            "UPDATE escalation_steps SET done_at = $3 WHERE incident_id = $1 AND organisation = $2 AND done_at IS NULL",
        )
        .bind(incident_id)
        .bind(&organisation)
        .bind(format_time(at))
        .execute(&mut **tx)
        .await?;
        let name = org_id(model, &organisation)
            .map_or(organisation.clone(), |o| model.organisation(o).name.clone());
        let said = Message::new("timeline-escalation-stopped").with("organisation", name);
        let by = (None, Some(organisation.as_str()));
        timeline::record(
            tx,
            at,
            incident_id,
            by,
            "escalation_stopped",
            &Said::of([said]),
        )
        .await?;
    }
    Ok(())
}
