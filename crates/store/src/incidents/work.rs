//! Working on an incident: status and severity, notes, acknowledgements, sharing, links and
//! merges, attachments. Each change is one transaction with its timeline line, live event and
//! audit entry.

use super::Incident;
use super::alerts::coordinator_organisations;
use super::report::{Routed, incident_notices, start_escalations};
use crate::audiences::write_audience;
use crate::batch::Batch;
use crate::invalid;
use crate::shared_item::{OpenChange, SharedItem, check_work, org_id, sharing_changed};
use crate::timeline::{self, Said};
use crate::{Result, Store, check_text, optional_text};
use liaison_domain::access::{ItemWork, Viewer};
use liaison_domain::caller::Caller;
use liaison_domain::catalogue::{CatalogueEntry, IncidentSeverity, IncidentStatus};
use liaison_domain::incident::{self, AssignmentRole, IncidentFacts, IncidentPlan};
use liaison_domain::model::{AssetId, Model};
use liaison_domain::sharing::{Principal, Sharing, TlpLevel, principals_of};
use liaison_locale::{Locale, Message, Value};
use sqlx::{Any, Row, Transaction};
use std::collections::BTreeSet;

const MAX_NOTE: usize = 10_000;

/// One change to an incident.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IncidentUpdate {
    Status {
        status: IncidentStatus,
        /// Required to close.
        lessons: Option<String>,
        note: Option<String>,
    },
    Severity {
        severity: IncidentSeverity,
        note: Option<String>,
    },
    /// A note, or an action taken.
    Note { text: String, action: bool },
    /// The reader's organisation has it in hand.
    Acknowledge { note: Option<String> },
    /// Only the source: a new TLP and recipients.
    Sharing {
        tlp: TlpLevel,
        recipients: Vec<String>,
        observers: bool,
    },
    /// Related to another incident.
    Link { other: String },
    /// A duplicate of another incident, which carries on.
    MergeInto { original: String },
}

impl IncidentUpdate {
    fn work(&self) -> ItemWork {
        match self {
            IncidentUpdate::Note { .. } => ItemWork::Comment,
            IncidentUpdate::Acknowledge { .. } => ItemWork::Acknowledge,
            IncidentUpdate::Sharing { .. } => ItemWork::Reshare,
            _ => ItemWork::Handle,
        }
    }
}

impl Store {
    /// The role of the viewer's organisation on an incident, if it is assigned and reached.
    async fn assignment_of(
        &self,
        incident_id: &str,
        viewer: &Viewer,
    ) -> Result<Option<AssignmentRole>> {
        let Some(org) = &viewer.organisation else {
            return Ok(None);
        };
        let row: Option<(String,)> = sqlx::query_as(
            "SELECT role FROM incident_assignments WHERE incident_id = $1 AND organisation = $2 AND withheld = 0",
        )
        .bind(incident_id)
        .bind(org)
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.and_then(|(r,)| AssignmentRole::from_id(&r)))
    }

    /// Checks that the viewer sees the incident and may do this work on it.
    pub(super) async fn authorise(
        &self,
        viewer: &Viewer,
        id: &str,
        work: ItemWork,
    ) -> Result<(Incident, Option<AssignmentRole>)> {
        let principals = principals_of(Some(viewer));
        let incident = self.incident_seen_by(&principals, id).await?;
        let assignment = self.assignment_of(id, viewer).await?;
        check_work(
            &Incident::KIND,
            viewer,
            &incident.source_organisation,
            assignment,
            work,
        )?;
        Ok((incident, assignment))
    }

    /// Plans the incident again (after a change of severity or sharing) with today's model.
    async fn replan(
        &self,
        tx: &mut Transaction<'static, Any>,
        model: &Model,
        incident: &Incident,
        sharing: &Sharing,
    ) -> Result<Option<IncidentPlan>> {
        let Some(reporter) = org_id(model, &incident.source_organisation) else {
            return Ok(None);
        };
        let assets: Vec<AssetId> = incident
            .assets
            .iter()
            .filter_map(|k| {
                model
                    .assets
                    .items()
                    .iter()
                    .position(|a| &a.key == k)
                    .map(|i| AssetId(i as u32))
            })
            .collect();
        let coordinators: Vec<_> = coordinator_organisations(&mut Batch::new(self, tx))
            .await?
            .iter()
            .filter_map(|k| org_id(model, k))
            .collect();
        let facts = IncidentFacts {
            threat: incident.threat_kind,
            severity: incident.severity,
            phase: incident.phase,
            assets,
            reporter,
        };
        incident::plan(model, &facts, sharing, &coordinators)
            .map(Some)
            .map_err(|e| invalid(Message::from(&e)))
    }
}

/// Applies one change to an incident the viewer can see. `expected_version`, when given,
/// must be the current version.
pub(super) async fn apply(
    store: &Store,
    caller: &Caller,
    id: &str,
    expected_version: Option<i64>,
    update: IncidentUpdate,
    base_url: &str,
) -> Result<Incident> {
    let OpenChange {
        item: mut incident,
        before,
        mut tx,
    } = store
        .open_change::<Incident>(caller, id, expected_version, update.work())
        .await?;
    let model = store.shared_model().await?;
    let viewer = caller.viewer();
    let principals = caller.principals().to_vec();
    let org = viewer.organisation.as_deref();
    let by = (Some(viewer.account.as_str()), org);
    let mut audit_kind = "incident";
    let mut audit_key = id.to_owned();
    let action: &str;
    match update {
        IncidentUpdate::Status {
            status,
            lessons,
            note,
        } => {
            let lessons = match lessons.as_deref() {
                Some(l) => Some(check_text("lessons learned", l, MAX_NOTE, false)?),
                None => None,
            };
            incident::check_transition(
                incident.status,
                status,
                lessons.as_deref(),
                incident.duplicate_of.is_some(),
            )
            .map_err(|e| invalid(Message::from(&e)))?;
            let note = optional_text("note", note.as_deref(), MAX_NOTE)?;
            let said = Said::of([Message::new("timeline-status")
                .with("from", Value::label(incident.status))
                .with("to", Value::label(status))])
            .with_note(note);
            if status == IncidentStatus::Closed {
                incident.lessons_learned = lessons.filter(|l| !l.is_empty());
            }
            sqlx::query("UPDATE incidents SET status = $2, lessons_learned = $3 WHERE id = $1")
                .bind(id)
                .bind(status.id())
                .bind(&incident.lessons_learned)
                .execute(&mut *tx)
                .await?;
            if !incident::is_open(status) {
                cancel_escalations(&mut tx, id, &store.now()).await?;
            }
            incident.status = status;
            timeline::record(&mut tx, store.clock.now(), id, by, "status", &said).await?;
            action = "status";
        }
        IncidentUpdate::Severity { severity, note } => {
            if severity == incident.severity {
                return Err(invalid(
                    Message::new("refusal-severity-same").with("severity", Value::label(severity)),
                ));
            }
            let raised = severity > incident.severity;
            let note = optional_text("note", note.as_deref(), MAX_NOTE)?;
            let said = Said::of([Message::new("timeline-severity")
                .with("from", Value::label(incident.severity))
                .with("to", Value::label(severity))])
            .with_note(note);
            sqlx::query("UPDATE incidents SET severity = $2, severity_rank = $3 WHERE id = $1")
                .bind(id)
                .bind(severity.id())
                .bind(severity.index() as i64)
                .execute(&mut *tx)
                .await?;
            incident.severity = severity;
            timeline::record(&mut tx, store.clock.now(), id, by, "severity", &said).await?;
            if raised && incident::is_open(incident.status) {
                // Protocols for worse incidents may now apply.
                let sharing = incident.sharing();
                if let Some(mut plan) = store.replan(&mut tx, &model, &incident, &sharing).await? {
                    let stored = store.audience_of_item(id).await?;
                    plan.audience.extend(stored);
                    write_audience(&mut tx, Incident::KIND.table, id, &plan.audience).await?;
                    let mut batch = Batch::new(store, &mut tx);
                    let routed = Routed::of(batch.tx, id).await?;
                    let notices = incident_notices(&model, &incident, base_url);
                    store
                        .write_assignments(
                            &mut batch,
                            &model,
                            &plan,
                            &incident,
                            &routed,
                            &notices,
                            "incident.escalated",
                        )
                        .await?;
                    start_escalations(
                        &mut batch.rows,
                        &model,
                        &plan,
                        &incident,
                        &routed,
                        &notices,
                        store.clock.now(),
                    )?;
                    batch.finish().await?;
                }
            }
            action = "severity";
        }
        IncidentUpdate::Note {
            text,
            action: is_action,
        } => {
            let text = check_text("note", &text, MAX_NOTE, true)?;
            let kind = if is_action { "action" } else { "note" };
            timeline::record(&mut tx, store.clock.now(), id, by, kind, &Said::note(&text)).await?;
            action = kind;
        }
        IncidentUpdate::Acknowledge { note } => {
            let Some(org_key) = org else {
                return Err(invalid(Message::new("refusal-no-organisation")));
            };
            let row = sqlx::query(
                "SELECT acknowledged_at, acknowledged_by FROM incident_assignments WHERE incident_id = $1 AND organisation = $2",
            )
            .bind(id)
            .bind(org_key)
            .fetch_one(&mut *tx)
            .await?;
            let acknowledged: Option<String> = row.try_get(0)?;
            if let Some(at) = acknowledged {
                return Err(invalid(
                    Message::new("refusal-already-acknowledged").with("at", at),
                ));
            }
            sqlx::query(
                "UPDATE incident_assignments SET acknowledged_at = $3, acknowledged_by = $4 WHERE incident_id = $1 AND organisation = $2",
            )
            .bind(id)
            .bind(org_key)
            .bind(store.now())
            .bind(&viewer.account)
            .execute(&mut *tx)
            .await?;
            sqlx::query(
                "UPDATE escalation_steps SET done_at = $3 WHERE incident_id = $1 AND organisation = $2 AND done_at IS NULL",
            )
            .bind(id)
            .bind(org_key)
            .bind(store.now())
            .execute(&mut *tx)
            .await?;
            let name = org_id(&model, org_key)
                .map(|o| model.organisation(o).name.clone())
                .unwrap_or_else(|| org_key.to_owned());
            let note = optional_text("note", note.as_deref(), MAX_NOTE)?;
            let said = Said::of([Message::new("timeline-acknowledged").with("organisation", name)])
                .with_note(note);
            timeline::record(&mut tx, store.clock.now(), id, by, "acknowledged", &said).await?;
            action = "acknowledge";
        }
        IncidentUpdate::Sharing {
            tlp,
            recipients,
            observers,
        } => {
            let sharing = sharing_changed(&mut tx, &incident, tlp, &recipients, observers).await?;
            let Some(plan) = store.replan(&mut tx, &model, &incident, &sharing).await? else {
                return Err(invalid(Message::new("refusal-source-gone")));
            };
            let said = store
                .write_sharing(&mut tx, &model, &mut incident, &sharing, &plan.audience)
                .await?;
            timeline::record(&mut tx, store.clock.now(), id, by, "sharing", &said).await?;
            let mut batch = Batch::new(store, &mut tx);
            let routed = Routed::of(batch.tx, id).await?;
            let notices = incident_notices(&model, &incident, base_url);
            store
                .write_assignments(
                    &mut batch,
                    &model,
                    &plan,
                    &incident,
                    &routed,
                    &notices,
                    "incident.shared",
                )
                .await?;
            if incident::is_open(incident.status) {
                start_escalations(
                    &mut batch.rows,
                    &model,
                    &plan,
                    &incident,
                    &routed,
                    &notices,
                    store.clock.now(),
                )?;
            }
            batch.finish().await?;
            action = "share";
        }
        IncidentUpdate::Link { other } => {
            let other = store.incident_seen_by(&principals, &other).await?;
            if other.id == incident.id {
                return Err(invalid(Message::new("refusal-link-self")));
            }
            for (a, b) in [(&incident.id, &other.id), (&other.id, &incident.id)] {
                sqlx::query(
                    "INSERT INTO incident_links (incident_id, other_id) VALUES ($1, $2) ON CONFLICT (incident_id, other_id) DO NOTHING",
                )
                .bind(a)
                .bind(b)
                .execute(&mut *tx)
                .await?;
            }
            // Audited under both ids, so that only readers of both see the entry.
            audit_kind = "incident_link";
            audit_key = format!("{}:{}", incident.id, other.id);
            action = "link";
        }
        IncidentUpdate::MergeInto { original } => {
            let original = store.incident_seen_by(&principals, &original).await?;
            if original.id == incident.id {
                return Err(invalid(Message::new("refusal-merge-self")));
            }
            if original.duplicate_of.is_some() {
                return Err(invalid(
                    Message::new("refusal-merge-into-duplicate")
                        .with("reference", original.reference()),
                ));
            }
            if incident.duplicate_of.is_some() {
                return Err(invalid(Message::new("refusal-already-merged")));
            }
            // Everyone who reads the duplicate must be able to read the original, or the
            // merge would tell them of an incident they may not see.
            let mine = store.audience_of_item(&incident.id).await?;
            let theirs = store.audience_of_item(&original.id).await?;
            if !audience_within(&mut tx, &mine, &theirs).await? {
                return Err(invalid(
                    Message::new("refusal-merge-narrower").with("reference", original.reference()),
                ));
            }
            // The reference stays out of the text: the original is named through
            // `duplicate_of`, to those who may read it, even if its sharing narrows later.
            let merged = Said::of([Message::new("timeline-merged")]);
            let lessons = merged.in_language(Locale::En);
            sqlx::query(
                "UPDATE incidents SET duplicate_of = $2, status = 'closed', lessons_learned = $3 WHERE id = $1",
            )
            .bind(id)
            .bind(&original.id)
            .bind(&lessons)
            .execute(&mut *tx)
            .await?;
            cancel_escalations(&mut tx, id, &store.now()).await?;
            incident.duplicate_of = Some(original.id.clone());
            incident.status = IncidentStatus::Closed;
            timeline::record(&mut tx, store.clock.now(), id, by, "merged", &merged).await?;
            incident.lessons_learned = Some(lessons);
            action = "merge";
        }
    }
    let change = OpenChange {
        item: incident,
        before,
        tx,
    };
    store
        .close_change(change, caller, action, (audit_kind, &audit_key))
        .await
}

/// Whether every reader `inner` admits is admitted by `outer`. Members cover organisations
/// and accounts, except accounts with the observer role, which only an explicit grant reaches.
async fn audience_within(
    tx: &mut Transaction<'static, Any>,
    inner: &BTreeSet<Principal>,
    outer: &BTreeSet<Principal>,
) -> Result<bool> {
    if outer.contains(&Principal::Public) {
        return Ok(true);
    }
    for principal in inner {
        if outer.contains(principal) {
            continue;
        }
        let covered = match principal {
            Principal::Organisation(org) if outer.contains(&Principal::Members) => {
                let (observers,): (i64,) = sqlx::query_as(
                    "SELECT COUNT(*) FROM accounts WHERE organisation = $1 AND role = 'observer'",
                )
                .bind(org)
                .fetch_one(&mut **tx)
                .await?;
                observers == 0
            }
            Principal::Account(id) if outer.contains(&Principal::Members) => {
                let (observers,): (i64,) = sqlx::query_as(
                    "SELECT COUNT(*) FROM accounts WHERE id = $1 AND role = 'observer'",
                )
                .bind(id)
                .fetch_one(&mut **tx)
                .await?;
                observers == 0
            }
            _ => false,
        };
        if !covered {
            return Ok(false);
        }
    }
    Ok(true)
}

/// Stops the pending escalation deadlines of an incident that no longer needs them.
async fn cancel_escalations(tx: &mut Transaction<'static, Any>, id: &str, at: &str) -> Result<()> {
    sqlx::query(
        "UPDATE escalation_steps SET done_at = $2 WHERE incident_id = $1 AND done_at IS NULL",
    )
    .bind(id)
    .bind(at)
    .execute(&mut **tx)
    .await?;
    Ok(())
}
