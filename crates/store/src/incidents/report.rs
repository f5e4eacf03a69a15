//! Reporting an incident: one transaction writes the incident, its audience, its routing,
//! its escalation deadlines, the alerts in the outbox, a live event and the audit entry.

use super::alerts::{
    Addressee, AlertSubject, ChangeNotices, alert_account, alert_coordinators, alert_organisations,
    coordinator_organisations, enqueue,
};
use super::{Incident, search_text};
use crate::batch::Batch;
use crate::escalation::NewStep;
use crate::insert_batch::InsertBatch;
use crate::invalid;
use crate::notices::{self, IncidentNoticeFacts, NoticeFacts, NoticeKind};
use crate::query::SqlValue;
use crate::shared_item::{OpenReport, ReportAsked};
use crate::shared_item::{Recipients, org_id};
use crate::timeline::{self, Said};
use crate::{Result, Store, StoreError, check_text, format_time, new_id, to_json};
use liaison_domain::caller::Caller;
use liaison_domain::catalogue::{
    CatalogueEntry, IncidentSeverity, IncidentStatus, Phase, ThreatKind,
};
use liaison_domain::incident::{
    self, AssignmentRole, IncidentFacts, IncidentPlan, MAX_PER_INCIDENT, Observable,
};
use liaison_domain::model::{AssetId, Model, OrgId};
use liaison_domain::search::index_terms;
use liaison_domain::sharing::TlpLevel;
use liaison_domain::suggest;
use liaison_locale::{Locale, Message, Value};
use sqlx::{Any, Transaction};
use std::collections::BTreeSet;
use std::sync::Arc;
use time::OffsetDateTime;

/// Longest title, in characters.
pub const MAX_TITLE: usize = 200;
/// Longest description, in characters.
pub const MAX_DESCRIPTION: usize = 20_000;
const MAX_ASSETS: usize = 50;

/// A new incident as its reporter describes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IncidentReport {
    pub title: String,
    pub description: String,
    pub threat: ThreatKind,
    pub severity: IncidentSeverity,
    /// `None`: the phase the election calendar is in today.
    pub phase: Option<Phase>,
    /// Keys of affected assets in the register.
    pub assets: Vec<String>,
    pub tlp: TlpLevel,
    /// Organisation ids (AMBER, AMBER+STRICT) or people, by account id or e-mail (RED).
    pub recipients: Vec<String>,
    /// Share a GREEN or AMBER incident with observers.
    pub observers: bool,
    pub observed_at: Option<OffsetDateTime>,
    pub observables: Vec<Observable>,
}

fn asset_ids(model: &Model, keys: &[String]) -> Result<Vec<AssetId>> {
    let assets = model.assets.items();
    let mut ids = Vec::new();
    for key in keys {
        let Some(index) = assets.iter().position(|a| &a.key == key) else {
            let refusal = match suggest::closest(key, assets.iter().map(|a| a.key.as_str())) {
                Some(s) => Message::new("refusal-not-an-asset-did-you-mean").with("suggestion", s),
                None => Message::new("refusal-not-an-asset"),
            };
            return Err(invalid(refusal.with("key", key)));
        };
        let id = AssetId(index as u32);
        if !ids.contains(&id) {
            ids.push(id);
        }
    }
    Ok(ids)
}

/// The notices of a change of `incident`: about the incident as the change leaves it.
pub(crate) fn incident_notices(
    model: &Model,
    incident: &Incident,
    base_url: &str,
) -> ChangeNotices {
    // People read the reporting organisation's name; its key only if the model lost it.
    let source = org_id(model, &incident.source_organisation)
        .map_or(incident.source_organisation.as_str(), |id| {
            model.organisation(id).name.as_str()
        });
    // Kept one character longer than a message carries, so that it says there is more.
    let description = incident
        .description
        .chars()
        .take(IncidentNoticeFacts::MAX_DESCRIPTION + 1)
        .collect();
    ChangeNotices::new(NoticeFacts::Incident(IncidentNoticeFacts {
        number: incident.number,
        title: incident.title.clone(),
        description,
        threat: incident.threat_kind,
        severity: incident.severity,
        phase: incident.phase,
        tlp: incident.tlp,
        source: source.to_owned(),
        link: format!(
            "{}/incidents/{}",
            base_url.trim_end_matches('/'),
            incident.id
        ),
    }))
}

/// An escalation contact as the scheduler keeps it.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub(crate) struct EscalationContact {
    pub name: String,
    pub email: Option<String>,
    /// Another way to reach them, for the timeline when there is no e-mail.
    pub other: Option<String>,
}

pub(crate) fn escalation_contacts(model: &Model, org: OrgId) -> Vec<EscalationContact> {
    use liaison_domain::catalogue::ChannelKind;
    incident::contact_chain(model, org)
        .into_iter()
        .map(|c| EscalationContact {
            name: c.name.clone(),
            email: c
                .channels
                .iter()
                .find(|ch| ch.kind == ChannelKind::Email)
                .map(|ch| ch.value.clone()),
            other: c
                .channels
                .iter()
                .find(|ch| ch.kind != ChannelKind::Email)
                .map(|ch| format!("{} {}", ch.kind.label(), ch.value)),
        })
        .collect()
}

/// What an incident already has of its routing: the organisations assigned (and whether
/// withheld) and the escalations started. A new report has none, and need not ask.
#[derive(Debug, Default)]
pub(crate) struct Routed {
    assignments: Vec<(String, i64)>,
    escalations: BTreeSet<(String, String)>,
}

impl Routed {
    /// The routing of an incident reported before, as stored.
    pub(crate) async fn of(tx: &mut Transaction<'static, Any>, incident_id: &str) -> Result<Self> {
        let assignments = sqlx::query_as(
            "SELECT organisation, withheld FROM incident_assignments WHERE incident_id = $1",
        )
        .bind(incident_id)
        .fetch_all(&mut **tx)
        .await?;
        let escalations = sqlx::query_as(
            "SELECT organisation, protocol FROM escalation_steps WHERE incident_id = $1",
        )
        .bind(incident_id)
        .fetch_all(&mut **tx)
        .await?
        .into_iter()
        .collect();
        Ok(Routed {
            assignments,
            escalations,
        })
    }
}

/// Writes the pending steps of each escalation duty not yet started, alerts the first contact
/// and notes it on the timeline. Returns how many duties were started.
pub(crate) fn start_escalations(
    rows: &mut InsertBatch,
    model: &Model,
    plan: &IncidentPlan,
    incident: &Incident,
    routed: &Routed,
    notices: &ChangeNotices,
    at: OffsetDateTime,
) -> Result<usize> {
    let protocols = model.escalation_protocols.items();
    let mut started = 0;
    let duties = plan.escalations.iter().filter(|d| !d.withheld);
    for duty in duties {
        let protocol = &protocols[duty.protocol];
        let org_key = model.key(duty.organisation);
        if routed
            .escalations
            .contains(&(org_key.to_owned(), protocol.key.clone()))
        {
            continue;
        }
        let contacts = escalation_contacts(model, duty.organisation);
        let org_name = &model.organisation(duty.organisation).name;
        let ack = i64::from(duty.acknowledge_within_minutes);
        let within = i64::from(duty.within_minutes);
        match contacts.first() {
            Some(first) => {
                let said = match &first.email {
                    Some(email) => {
                        // A contact of the directory, not an account: read in English.
                        let kind = NoticeKind::EscalationAlert {
                            protocol: protocol.name.clone(),
                            organisation: org_name.clone(),
                            within_minutes: within,
                            acknowledge_minutes: ack,
                        };
                        enqueue(
                            rows,
                            "email",
                            email,
                            Addressee::Organisation(org_key),
                            false,
                            Some(&incident.id),
                            (notices, &kind),
                            at,
                            &format_time(at),
                        );
                        Message::new("timeline-escalation-alerted").with("minutes", ack)
                    }
                    None => Message::new("timeline-escalation-no-email")
                        .with("channel", other_channel(first.other.as_deref())),
                };
                let said = said
                    .with("protocol", &protocol.name)
                    .with("contact", &first.name)
                    .with("organisation", org_name);
                let by = (None, Some(org_key));
                timeline::add(rows, at, &incident.id, by, "escalated", &Said::of([said]));
            }
            None => {
                let said = Message::new("timeline-escalation-no-contact")
                    .with("protocol", &protocol.name)
                    .with("organisation", org_name);
                let by = (None, Some(org_key));
                timeline::add(rows, at, &incident.id, by, "escalated", &Said::of([said]));
            }
        }
        let contacts_json =
            serde_json::to_string(&contacts).map_err(|e| StoreError::Internal(e.to_string()))?;
        for (kind, minutes) in [("next_contact", ack), ("deadline", within)] {
            NewStep {
                incident_id: &incident.id,
                organisation: org_key,
                protocol: &protocol.key,
                kind,
                contact_index: 0,
                contacts: &contacts_json,
                minutes,
                due_at: at + time::Duration::minutes(minutes),
            }
            .add_to(rows);
        }
        started += 1;
    }
    Ok(started)
}

impl Store {
    /// Reports an incident for the reporter's organisation. `base_url` is where links in
    /// notifications point.
    pub async fn report_incident(
        &self,
        caller: &Caller,
        report: IncidentReport,
        base_url: &str,
    ) -> Result<Incident> {
        // What needs no database is refused before the report waits for a batch.
        let report = IncidentReport {
            title: check_text("title", &report.title, MAX_TITLE, true)?,
            description: check_text("description", &report.description, MAX_DESCRIPTION, false)?,
            ..report
        };
        if report.observables.len() > MAX_PER_INCIDENT {
            return Err(invalid(
                Message::new("refusal-too-many-observables").with("max", MAX_PER_INCIDENT),
            ));
        }
        if report.assets.len() > MAX_ASSETS {
            return Err(invalid(
                Message::new("refusal-too-many-assets").with("max", MAX_ASSETS),
            ));
        }
        let (store, caller, report, base_url) = (
            self.clone(),
            caller.clone(),
            Arc::new(report),
            Arc::<str>::from(base_url),
        );
        self.incident_reports
            .write(
                self,
                Box::new(move |batch| {
                    let (store, caller, report, base_url) = (
                        store.clone(),
                        caller.clone(),
                        report.clone(),
                        base_url.clone(),
                    );
                    Box::pin(async move {
                        store
                            .write_incident_report(batch, &caller, &report, &base_url)
                            .await
                    })
                }),
            )
            .await
    }

    /// Writes a checked report with `batch` (which may hold other reports).
    async fn write_incident_report(
        &self,
        batch: &mut Batch<'_>,
        caller: &Caller,
        report: &IncidentReport,
        base_url: &str,
    ) -> Result<Incident> {
        let reporter = caller.viewer();
        let OpenReport {
            source,
            source_id,
            model,
            phase,
            sharing,
            number,
            at: reported,
            language,
        } = self
            .open_report::<Incident>(
                batch,
                reporter,
                ReportAsked {
                    tlp: report.tlp,
                    recipients: &report.recipients,
                    observers: report.observers,
                    seen: (report.observed_at, "time observed"),
                    phase: report.phase,
                },
            )
            .await?;
        let assets = asset_ids(&model, &report.assets)?;
        let coordinators: Vec<OrgId> = coordinator_organisations(batch)
            .await?
            .iter()
            .filter_map(|k| org_id(&model, k))
            .collect();
        let facts = IncidentFacts {
            threat: report.threat,
            severity: report.severity,
            phase,
            assets,
            reporter: source_id,
        };
        let plan = incident::plan(&model, &facts, &sharing, &coordinators)
            .map_err(|e| invalid(Message::from(&e)))?;
        let at = format_time(reported);
        let incident = Incident {
            id: new_id(),
            number,
            title: report.title.clone(),
            description: report.description.clone(),
            threat_kind: report.threat,
            phase,
            assets: report.assets.clone(),
            severity: report.severity,
            status: IncidentStatus::Reported,
            tlp: report.tlp,
            recipients: Recipients::of(&sharing),
            observers: report.observers,
            source_organisation: source.clone(),
            reporter: reporter.account.clone(),
            observed_at: report.observed_at.map(format_time),
            reported_at: at.clone(),
            updated_at: at.clone(),
            duplicate_of: None,
            lessons_learned: None,
            gap: plan
                .gap
                .as_ref()
                .map(|g| Locale::En.message(&gap_message(g.threat, g.phase))),
            observables: report.observables.clone(),
            version: 1,
        };
        let text = search_text(
            &incident.title,
            &incident.description,
            &incident.observables,
        );
        // The row is written whole, with its audience and whether it awaits acknowledgement:
        // an update of the row just inserted would write a new version of it and of every
        // index over it (on PostgreSQL the full-text one too), for nothing.
        let audience = batch.audience_id(&plan.audience).await?;
        let awaiting = plan
            .assignments
            .iter()
            .any(|a| !a.withheld && a.role.must_acknowledge());
        batch.rows.row(
            "incidents",
            &[
                "id",
                "number",
                "title",
                "description",
                "threat_kind",
                "phase",
                "assets",
                "severity",
                "severity_rank",
                "status",
                "tlp",
                "recipients",
                "observers",
                "source_organisation",
                "reporter",
                "observed_at",
                "reported_at",
                "updated_at",
                "gap",
                "search_text",
                "search_terms",
                "audience",
                "awaiting",
                "version",
            ],
            [
                SqlValue::text(&incident.id),
                SqlValue::Int(number),
                SqlValue::text(&incident.title),
                SqlValue::text(&incident.description),
                SqlValue::text(incident.threat_kind.id()),
                SqlValue::text_or_null(incident.phase.map(|p| p.id())),
                SqlValue::text(to_json(&incident.assets)),
                SqlValue::text(incident.severity.id()),
                SqlValue::Int(incident.severity.index() as i64),
                SqlValue::text(incident.status.id()),
                SqlValue::text(incident.tlp.id()),
                SqlValue::text(to_json(&incident.recipients)),
                SqlValue::Int(i64::from(incident.observers)),
                SqlValue::text(&incident.source_organisation),
                SqlValue::text(&incident.reporter),
                SqlValue::text_or_null(incident.observed_at.as_deref()),
                SqlValue::text(&incident.reported_at),
                SqlValue::text(&incident.updated_at),
                SqlValue::text_or_null(incident.gap.as_deref()),
                SqlValue::text(&text),
                SqlValue::text(index_terms(&text, &language)),
                SqlValue::Int(audience),
                SqlValue::Int(i64::from(awaiting)),
                SqlValue::Int(1),
            ],
        );
        for (position, o) in incident.observables.iter().enumerate() {
            batch.rows.row(
                "incident_observables",
                &["incident_id", "position", "kind", "value"],
                [
                    SqlValue::text(&incident.id),
                    SqlValue::Int(position as i64),
                    SqlValue::text(o.kind.id()),
                    SqlValue::text(&o.value),
                ],
            );
        }
        let said = Message::new("timeline-reported")
            .with("organisation", &model.organisation(source_id).name)
            .with("threat", Value::label(incident.threat_kind))
            .with("severity", Value::label(incident.severity))
            .with("tlp", incident.tlp.marking());
        timeline::add(
            &mut batch.rows,
            self.clock.now(),
            &incident.id,
            (Some(&reporter.account), Some(&source)),
            "reported",
            &Said::of([said]),
        );
        // Nothing is routed yet: no need to ask what is.
        let routed = Routed::default();
        let notices = incident_notices(&model, &incident, base_url);
        self.write_assignments(
            batch,
            &model,
            &plan,
            &incident,
            &routed,
            &notices,
            "incident.reported",
        )
        .await?;

        start_escalations(
            &mut batch.rows,
            &model,
            &plan,
            &incident,
            &routed,
            &notices,
            self.clock.now(),
        )?;
        self.finish_new_item(batch, &incident, reporter);
        Ok(incident)
    }

    /// Writes the assignments of a plan that are new for the incident, alerts those reached
    /// and notes routing, gaps and withheld organisations on the timeline.
    #[allow(clippy::too_many_arguments)]
    pub(crate) async fn write_assignments(
        &self,
        batch: &mut Batch<'_>,
        model: &Model,
        plan: &IncidentPlan,
        incident: &Incident,
        routed: &Routed,
        notices: &ChangeNotices,
        event: &str,
    ) -> Result<()> {
        let existing = &routed.assignments;
        let payload = serde_json::json!({"event": event, "incident": incident});
        let subject = AlertSubject {
            item_id: &incident.id,
            severity: Some(incident.severity),
            audience: &plan.audience,
            payload: &payload,
            at: self.clock.now(),
            notices,
        };
        let mut already = BTreeSet::new();
        let mut routed = Vec::new();
        let mut reached = Vec::new();
        for a in &plan.assignments {
            let key = model.key(a.organisation);
            let previous = existing.iter().find(|(o, _)| o == key);
            let newly_reached = match previous {
                None => !a.withheld,
                Some((_, withheld)) => *withheld != 0 && !a.withheld,
            };
            match previous {
                None => {
                    batch.rows.row(
                        "incident_assignments",
                        &[
                            "incident_id",
                            "organisation",
                            "role",
                            "withheld",
                            "alerted_at",
                        ],
                        [
                            SqlValue::text(&incident.id),
                            SqlValue::text(key),
                            SqlValue::text(a.role.id()),
                            SqlValue::Int(i64::from(a.withheld)),
                            SqlValue::text_or_null((!a.withheld).then(|| self.now())),
                        ],
                    );
                }
                Some(_) => {
                    sqlx::query(
                        "UPDATE incident_assignments SET withheld = $3, alerted_at = COALESCE(alerted_at, $4) WHERE incident_id = $1 AND organisation = $2",
                    )
                    .bind(&incident.id)
                    .bind(key)
                    .bind(i64::from(a.withheld))
                    .bind((!a.withheld).then(|| self.now()))
                    .execute(&mut **batch.tx)
                    .await?;
                }
            }
            if !newly_reached {
                if a.withheld && previous.is_none() {
                    let said = Message::new("timeline-withheld")
                        .with("organisation", &model.organisation(a.organisation).name)
                        .with("role", Value::assignment_role(a.role))
                        .with("tlp", incident.tlp.marking());
                    let by = (None, Some(key));
                    timeline::add(
                        &mut batch.rows,
                        self.clock.now(),
                        &incident.id,
                        by,
                        "withheld",
                        &Said::of([said]),
                    );
                }
                continue;
            }
            routed.push(
                Message::new("timeline-routed-to")
                    .with("organisation", &model.organisation(a.organisation).name)
                    .with("role", Value::assignment_role(a.role)),
            );
            if a.role == AssignmentRole::Coordinator {
                continue;
            }
            reached.push((key, a.role));
        }
        let notice = |role: &AssignmentRole| NoticeKind::IncidentAlert {
            reason: notices::incident_reason(*role, incident.threat_kind, incident.phase),
        };
        alert_organisations(batch, &reached, &notice, &subject, &mut already).await?;
        if let Some(gap) = &plan.gap
            && existing.is_empty()
        {
            let said = Said::of([gap_message(gap.threat, gap.phase)]);
            timeline::add(
                &mut batch.rows,
                self.clock.now(),
                &incident.id,
                (None, None),
                "gap",
                &said,
            );
            let kind = NoticeKind::IncidentAlert {
                reason: notices::incident_reason(
                    AssignmentRole::Coordinator,
                    incident.threat_kind,
                    incident.phase,
                ),
            };
            alert_coordinators(batch, &subject, &kind, &mut already).await?;
        }
        if incident.tlp == TlpLevel::Red && existing.is_empty() {
            let kind = NoticeKind::IncidentAlert {
                reason: Message::new("mail-reason-red"),
            };
            for person in incident.recipients.people.iter() {
                if person == &incident.reporter {
                    continue;
                }
                alert_account(batch, person, &subject, &kind, &mut already).await?;
            }
        }
        if !routed.is_empty() {
            let said = Message::new("timeline-routed").with("organisations", Value::list(routed));
            timeline::add(
                &mut batch.rows,
                self.clock.now(),
                &incident.id,
                (None, None),
                "routed",
                &Said::of([said]),
            );
        }
        Ok(())
    }
}

/// That nobody is accountable for the incident's threat (in its phase): the timeline's line
/// and the incident page's warning.
pub fn gap_message(threat: ThreatKind, phase: Option<Phase>) -> Message {
    match phase {
        Some(phase) => Message::new("timeline-gap-in-phase")
            .with("threat", Value::label(threat))
            .with("phase", Value::label(phase)),
        None => Message::new("timeline-gap").with("threat", Value::label(threat)),
    }
}

/// How to reach a contact without e-mail: the way the directory gives, else "another channel".
pub(crate) fn other_channel(other: Option<&str>) -> Value {
    match other {
        Some(way) => Value::Text(way.to_owned()),
        None => Value::Label("timeline-another-channel".to_owned()),
    }
}
