//! Disinformation items: false claims about the electoral process, seen on a platform, shared
//! under TLP like incidents, linked to incidents, with the requests to platforms to rectify
//! them and how the platforms answered.
//!
//! Every read goes through the stored audience ([`crate::query::Sql::in_audiences`]); an item the
//! reader may not see is `NotFound`, exactly like one that does not exist.

use crate::batch::Batch;
use crate::incidents::IncidentRef;
use crate::incidents::alerts::{AlertSubject, ChangeNotices, alert_organisations};
use crate::invalid;
use crate::notices::{self, ClaimNoticeFacts, NoticeFacts, NoticeKind};
use crate::query::Sql;
use crate::shared_item::{
    AttachmentInfo, ItemKind, ItemPage, ListCursor, PermittedWork, Recipients, SharedItem,
    check_work, newest_first, org_id, sharing_changed, stored_sharing,
};
use crate::shared_item::{OpenChange, OpenReport, ReportAsked};
use crate::stored_row::{StoredRow, corrupt};
use crate::timeline::{self, Said, TimelineEntry};
use crate::{
    Result, Store, StoreError, check_text, format_time, new_id, optional_text, parse_time, to_json,
};
use liaison_domain::access::{ItemWork, Viewer};
use liaison_domain::caller::Caller;
use liaison_domain::catalogue::{
    CatalogueEntry, DisinformationStatus, Phase, RaciRole, RectificationOutcome, ThreatKind,
};
use liaison_domain::disinformation::{
    self, DisinformationFacts, RectificationTimes, describe_duration,
};
use liaison_domain::incident::AssignmentRole;
use liaison_domain::model::Model;
use liaison_domain::search::index_terms;
use liaison_domain::sharing::{Principal, TlpLevel, principals_of};
use liaison_locale::{Message, Value};
use serde::Serialize;
use sqlx::Row;
use sqlx::any::AnyRow;
use std::collections::BTreeSet;
use time::OffsetDateTime;

/// Longest claim, in characters.
pub const MAX_CLAIM: usize = 5_000;
const MAX_PLATFORM: usize = 100;
const MAX_WHERE_SEEN: usize = 2_000;
const MAX_NOTES: usize = 5_000;
const MAX_LINKED: usize = 50;

/// A new false claim as its reporter describes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DisinformationReport {
    /// The claim, as it was made.
    pub claim: String,
    /// One of the threat kinds of false claims about the process.
    pub threat: ThreatKind,
    /// Where it spreads: a social network, a messaging service, a website, a broadcaster.
    pub platform: String,
    /// Links to posts, channels or pages, or a description.
    pub where_seen: Option<String>,
    /// How many people it reached, as far as known (views, shares, members).
    pub reach: Option<i64>,
    pub first_seen_at: Option<OffsetDateTime>,
    /// `None`: the phase the election calendar is in today.
    pub phase: Option<Phase>,
    pub tlp: TlpLevel,
    pub recipients: Vec<String>,
    pub observers: bool,
    /// Ids of incidents it belongs to, which the reporter must be able to see.
    pub incidents: Vec<String>,
}

/// An organisation the matrix names for an item, and whether the sharing reaches it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct RoutedOrganisation {
    pub organisation: String,
    pub role: RaciRole,
    pub withheld: bool,
}

/// A disinformation item as readers see it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DisinformationItem {
    pub id: String,
    /// The human reference is `DIS-<number>`.
    pub number: i64,
    pub claim: String,
    pub threat_kind: ThreatKind,
    pub platform: String,
    pub where_seen: Option<String>,
    pub reach: Option<i64>,
    pub first_seen_at: Option<String>,
    pub phase: Option<Phase>,
    pub status: DisinformationStatus,
    pub tlp: TlpLevel,
    pub recipients: Recipients,
    pub observers: bool,
    pub source_organisation: String,
    pub reporter: String,
    pub created_at: String,
    pub updated_at: String,
    pub routed: Vec<RoutedOrganisation>,
    pub version: i64,
}

impl DisinformationItem {
    /// The role of an organisation the sharing reaches, as the work rules know it.
    fn assignment_of(&self, organisation: Option<&str>) -> Option<AssignmentRole> {
        let organisation = organisation?;
        self.routed
            .iter()
            .find(|r| r.organisation == organisation && !r.withheld)
            .map(|r| assignment(r.role))
    }
}

impl SharedItem for DisinformationItem {
    const KIND: ItemKind = ItemKind {
        name: "disinformation",
        table: "disinformation",
        alias: "d",
        reported_at: "created_at",
        noun: "false claim",
        prefix: "DIS",
    };
    type Filter = DisinformationFilter;
    type Update = DisinformationUpdate;
    type Detail = DisinformationDetail;

    stored_sharing!();

    fn listed_at(&self) -> &str {
        &self.created_at
    }

    fn summary(&self) -> serde_json::Value {
        serde_json::json!({
            "id": self.id,
            "reference": self.reference(),
            "claim": self.claim,
            "platform": self.platform,
            "status": self.status,
            "tlp": self.tlp,
        })
    }

    fn reshare(tlp: TlpLevel, recipients: Vec<String>, observers: bool) -> DisinformationUpdate {
        DisinformationUpdate::Sharing {
            tlp,
            recipients,
            observers,
        }
    }

    /// The items the reader may see, newest first.
    async fn page(
        store: &Store,
        caller: &Caller,
        filter: &DisinformationFilter,
    ) -> Result<ItemPage<Self>> {
        let principals = caller.principals();
        let count = store.disinformation_filtered(
            "SELECT COUNT(*) FROM disinformation d",
            principals,
            filter,
        );
        let total: i64 = count.query().fetch_one(&store.pool).await?.try_get(0)?;
        let mut sql = store.disinformation_filtered(
            &format!("SELECT {COLUMNS} FROM disinformation d"),
            principals,
            filter,
        );
        newest_first(
            &mut sql,
            &DisinformationItem::KIND,
            filter.limit,
            filter.after.as_ref(),
        );
        let items = sql
            .query()
            .fetch_all(&store.pool)
            .await?
            .iter()
            .map(item_from)
            .collect::<Result<_>>()?;
        Ok(ItemPage::of(total, items, filter.limit))
    }

    /// An item with its rectification requests, the incidents it belongs to, attachments and
    /// history, and what the caller may do on it.
    async fn detail(store: &Store, caller: &Caller, id: &str) -> Result<DisinformationDetail> {
        let principals = caller.principals();
        let item = store.item_seen_by(principals, id).await?;
        let rectifications = sqlx::query(
            "SELECT id, platform, reference, sent_at, acknowledged_at, acted_on_at, outcome, notes, created_by, version \
             FROM rectification_requests WHERE item_id = $1 ORDER BY sent_at, id",
        )
        .bind(id)
        .fetch_all(&store.pool)
        .await?
        .iter()
        .map(rectification_from)
        .collect::<Result<Vec<_>>>()?;
        let incidents = store
            .incident_refs(
                "disinformation_incidents l JOIN incidents i ON i.id = l.incident_id WHERE l.item_id = ",
                id,
                principals,
            )
            .await?;
        let attachments = store.attachments_of(id).await?;
        let timeline = store.timeline_of(id).await?;
        let may = PermittedWork::of(
            caller.viewer(),
            &item.source_organisation,
            item.assignment_of(caller.organisation()),
        );
        Ok(DisinformationDetail {
            item,
            rectifications,
            incidents,
            attachments,
            timeline,
            may,
        })
    }

    async fn for_work(store: &Store, caller: &Caller, id: &str, work: ItemWork) -> Result<Self> {
        store
            .authorise_disinformation(caller.viewer(), id, work)
            .await
    }

    /// Applies one change to an item the viewer can see. `expected_version`, when given, must
    /// be the current version of the item.
    async fn apply(
        store: &Store,
        caller: &Caller,
        id: &str,
        expected_version: Option<i64>,
        update: DisinformationUpdate,
        base_url: &str,
    ) -> Result<Self> {
        let OpenChange {
            mut item,
            before,
            mut tx,
        } = store
            .open_change::<Self>(caller, id, expected_version, update.work())
            .await?;
        let viewer = caller.viewer();
        let principals = caller.principals().to_vec();
        let account = Some(viewer.account.as_str());
        let org = viewer.organisation.as_deref();
        let said: Said;
        let (mut audit_kind, mut audit_key) = ("disinformation", id.to_owned());
        let action: &str;
        match update {
            DisinformationUpdate::Status { status } => {
                if status == item.status {
                    return Err(invalid(
                        Message::new("refusal-status-same").with("status", Value::label(status)),
                    ));
                }
                sqlx::query("UPDATE disinformation SET status = $2 WHERE id = $1")
                    .bind(id)
                    .bind(status.id())
                    .execute(&mut *tx)
                    .await?;
                said = Said::of([Message::new("timeline-status")
                    .with("from", Value::label(item.status))
                    .with("to", Value::label(status))]);
                item.status = status;
                action = "status";
            }
            DisinformationUpdate::LinkIncident { incident } => {
                let incident = store
                    .incident_seen_by(&principals, incident.trim())
                    .await
                    .map_err(|e| match e {
                        StoreError::NotFound => invalid(Message::new("refusal-no-such-incident")),
                        other => other,
                    })?;
                let added = sqlx::query(
                    "INSERT INTO disinformation_incidents (item_id, incident_id) VALUES ($1, $2) ON CONFLICT DO NOTHING",
                )
                .bind(id)
                .bind(&incident.id)
                .execute(&mut *tx)
                .await?;
                if added.rows_affected() == 0 {
                    return Err(invalid(
                        Message::new("refusal-already-linked")
                            .with("item", item.reference())
                            .with("incident", incident.reference()),
                    ));
                }
                // Keyed by both ids: the entry shows only to readers who see both. The
                // timeline does not name the incident, which readers of the claim may not see.
                audit_kind = "incident_link";
                audit_key = format!("{id}:{}", incident.id);
                said = Said::of([Message::new("timeline-linked")]);
                action = "link";
            }
            DisinformationUpdate::Sharing {
                tlp,
                recipients,
                observers,
            } => {
                let sharing = sharing_changed(&mut tx, &item, tlp, &recipients, observers).await?;
                let model = store.shared_model().await?;
                let Some(reporter) = org_id(&model, &item.source_organisation) else {
                    return Err(invalid(Message::new("refusal-source-gone")));
                };
                let facts = DisinformationFacts {
                    threat: item.threat_kind,
                    phase: item.phase,
                    reporter,
                };
                let plan = disinformation::plan(&model, &facts, &sharing)
                    .map_err(|e| invalid(Message::from(&e)))?;
                let reached_before: BTreeSet<String> = item
                    .routed
                    .iter()
                    .filter(|r| !r.withheld)
                    .map(|r| r.organisation.clone())
                    .collect();
                said = store
                    .write_sharing(&mut tx, &model, &mut item, &sharing, &plan.audience)
                    .await?;
                item.routed = routed_of(&model, &plan);
                sqlx::query("UPDATE disinformation SET routed = $2 WHERE id = $1")
                    .bind(id)
                    .bind(to_json(&item.routed))
                    .execute(&mut *tx)
                    .await?;
                // Organisations the wider sharing reaches for the first time are told now.
                let newly = DisinformationItem {
                    routed: item
                        .routed
                        .iter()
                        .filter(|r| !reached_before.contains(&r.organisation))
                        .cloned()
                        .collect(),
                    ..item.clone()
                };
                let mut batch = Batch::new(store, &mut tx);
                store
                    .alert_routed(
                        &mut batch,
                        &model,
                        &newly,
                        &plan.audience,
                        base_url,
                        "disinformation.shared",
                    )
                    .await?;
                batch.finish().await?;
                action = "share";
            }
            DisinformationUpdate::RequestRectification {
                platform,
                reference,
                sent_at,
                notes,
            } => {
                let platform = check_text("platform", &platform, MAX_PLATFORM, true)?;
                let reference = optional_text("reference", reference.as_deref(), MAX_PLATFORM)?;
                let notes = optional_text("notes", notes.as_deref(), MAX_NOTES)?;
                let sent = sent_at.unwrap_or_else(|| store.clock.now());
                RectificationTimes {
                    sent,
                    acknowledged: None,
                    acted_on: None,
                }
                .check(store.clock.now())
                .map_err(|e| invalid(Message::from(&e)))?;
                sqlx::query(
                    "INSERT INTO rectification_requests (id, item_id, platform, reference, sent_at, notes, created_by, version) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, 1)",
                )
                .bind(new_id())
                .bind(id)
                .bind(&platform)
                .bind(&reference)
                .bind(format_time(sent))
                .bind(&notes)
                .bind(&viewer.account)
                .execute(&mut *tx)
                .await?;
                said = Said::of([
                    Message::new("timeline-rectification-asked").with("platform", &platform)
                ]);
                if item.status == DisinformationStatus::Active {
                    item.status = DisinformationStatus::Rectifying;
                    sqlx::query("UPDATE disinformation SET status = $2 WHERE id = $1")
                        .bind(id)
                        .bind(item.status.id())
                        .execute(&mut *tx)
                        .await?;
                }
                action = "request_rectification";
            }
            DisinformationUpdate::RecordAnswer {
                request,
                acknowledged_at,
                acted_on_at,
                outcome,
                notes,
            } => {
                let row = sqlx::query(
                    "SELECT id, platform, reference, sent_at, acknowledged_at, acted_on_at, outcome, notes, created_by, version \
                     FROM rectification_requests WHERE id = $1 AND item_id = $2",
                )
                .bind(request.trim())
                .bind(id)
                .fetch_optional(&mut *tx)
                .await?
                .ok_or_else(|| invalid(Message::new("refusal-no-such-rectification")))?;
                let current = rectification_from(&row)?;
                let stored = |t: &Option<String>| t.as_deref().and_then(parse_time);
                let times = RectificationTimes {
                    sent: parse_time(&current.sent_at)
                        .ok_or_else(|| corrupt("time", &current.sent_at))?,
                    acknowledged: acknowledged_at.or(stored(&current.acknowledged_at)),
                    acted_on: acted_on_at.or(stored(&current.acted_on_at)),
                };
                times
                    .check(store.clock.now())
                    .map_err(|e| invalid(Message::from(&e)))?;
                if acknowledged_at.is_none()
                    && acted_on_at.is_none()
                    && outcome.is_none()
                    && notes.is_none()
                {
                    return Err(invalid(Message::new("refusal-empty-answer")));
                }
                let notes = match notes {
                    Some(n) => optional_text("notes", Some(&n), MAX_NOTES)?,
                    None => current.notes,
                };
                sqlx::query(
                    "UPDATE rectification_requests SET acknowledged_at = $2, acted_on_at = $3, outcome = $4, notes = $5, version = version + 1 WHERE id = $1",
                )
                .bind(&current.id)
                .bind(times.acknowledged.map(format_time))
                .bind(times.acted_on.map(format_time))
                .bind(outcome.or(current.outcome).map(|o| o.id()))
                .bind(&notes)
                .execute(&mut *tx)
                .await?;
                said = Said::of([Message::new("timeline-rectification-answered")
                    .with("platform", &current.platform)]);
                action = "record_answer";
            }
        }
        let kind = match action {
            "link" => "linked",
            "share" => "sharing",
            "request_rectification" | "record_answer" => "rectification",
            other => other,
        };
        timeline::record(&mut tx, store.clock.now(), id, (account, org), kind, &said).await?;
        let change = OpenChange { item, before, tx };
        store
            .close_change(change, caller, action, (audit_kind, &audit_key))
            .await
    }
}

/// A request to a platform to rectify a claim, and its answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Rectification {
    pub id: String,
    pub platform: String,
    /// The platform's ticket or case number.
    pub reference: Option<String>,
    pub sent_at: String,
    pub acknowledged_at: Option<String>,
    pub acted_on_at: Option<String>,
    pub outcome: Option<RectificationOutcome>,
    pub notes: Option<String>,
    pub created_by: String,
    /// From sending to acknowledgement, in words.
    pub acknowledgement_time: Option<String>,
    /// From sending to action, in words.
    pub response_time: Option<String>,
    pub version: i64,
}

/// An item with what hangs on it, as its page shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DisinformationDetail {
    pub item: DisinformationItem,
    pub rectifications: Vec<Rectification>,
    /// Linked incidents the reader may see.
    pub incidents: Vec<IncidentRef>,
    pub attachments: Vec<AttachmentInfo>,
    pub timeline: Vec<TimelineEntry>,
    /// What the reader may do on it.
    pub may: PermittedWork,
}

/// Which items to list.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DisinformationFilter {
    /// Words to find in the claim, platform or where it was seen.
    pub text: Option<String>,
    pub status: Option<DisinformationStatus>,
    pub limit: u32,
    /// Where the page starts: after this item; from the newest when `None`.
    pub after: Option<ListCursor>,
}

/// One change to a disinformation item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DisinformationUpdate {
    Status {
        status: DisinformationStatus,
    },
    /// Part of an incident the viewer can see.
    LinkIncident {
        incident: String,
    },
    /// Only the source: a new TLP and recipients.
    Sharing {
        tlp: TlpLevel,
        recipients: Vec<String>,
        observers: bool,
    },
    /// A platform was asked to rectify the claim.
    RequestRectification {
        platform: String,
        reference: Option<String>,
        /// `None`: now.
        sent_at: Option<OffsetDateTime>,
        notes: Option<String>,
    },
    /// What a platform answered; unset fields keep their value.
    RecordAnswer {
        request: String,
        acknowledged_at: Option<OffsetDateTime>,
        acted_on_at: Option<OffsetDateTime>,
        outcome: Option<RectificationOutcome>,
        notes: Option<String>,
    },
}

impl DisinformationUpdate {
    fn work(&self) -> ItemWork {
        match self {
            DisinformationUpdate::Sharing { .. } => ItemWork::Reshare,
            _ => ItemWork::Handle,
        }
    }
}

const COLUMNS: &str = "d.id, d.number, d.claim, d.threat_kind, d.platform, d.where_seen, d.reach, \
    d.first_seen_at, d.phase, d.status, d.tlp, d.recipients, d.observers, d.source_organisation, \
    d.reporter, d.created_at, d.updated_at, d.routed, d.version";

fn item_from(row: &AnyRow) -> Result<DisinformationItem> {
    let stored = StoredRow(row);
    Ok(DisinformationItem {
        id: stored.text("id")?,
        number: row.try_get("number")?,
        claim: stored.text("claim")?,
        threat_kind: stored.entry("threat_kind")?,
        platform: stored.text("platform")?,
        where_seen: row.try_get("where_seen")?,
        reach: row.try_get("reach")?,
        first_seen_at: row.try_get("first_seen_at")?,
        phase: stored.optional_entry("phase")?,
        status: stored.entry("status")?,
        tlp: stored.tlp()?,
        recipients: stored.json("recipients")?,
        observers: stored.flag("observers")?,
        source_organisation: stored.text("source_organisation")?,
        reporter: stored.text("reporter")?,
        created_at: stored.text("created_at")?,
        updated_at: stored.text("updated_at")?,
        routed: stored.json("routed")?,
        version: row.try_get("version")?,
    })
}

fn rectification_from(row: &AnyRow) -> Result<Rectification> {
    let sent_at: String = row.try_get("sent_at")?;
    let acknowledged_at: Option<String> = row.try_get("acknowledged_at")?;
    let acted_on_at: Option<String> = row.try_get("acted_on_at")?;
    let outcome: Option<String> = row.try_get("outcome")?;
    let parse = |t: &Option<String>| t.as_deref().and_then(parse_time);
    let times = parse_time(&sent_at).map(|sent| RectificationTimes {
        sent,
        acknowledged: parse(&acknowledged_at),
        acted_on: parse(&acted_on_at),
    });
    Ok(Rectification {
        id: row.try_get("id")?,
        platform: row.try_get("platform")?,
        reference: row.try_get("reference")?,
        acknowledgement_time: times
            .and_then(|t| t.acknowledgement_time())
            .map(describe_duration),
        response_time: times.and_then(|t| t.response_time()).map(describe_duration),
        sent_at,
        acknowledged_at,
        acted_on_at,
        outcome: match outcome {
            Some(o) => {
                Some(RectificationOutcome::from_id(&o).ok_or_else(|| corrupt("outcome", &o))?)
            }
            None => None,
        },
        notes: row.try_get("notes")?,
        created_by: row.try_get("created_by")?,
        version: row.try_get("version")?,
    })
}

fn search_text(claim: &str, platform: &str, where_seen: Option<&str>) -> String {
    format!("{claim}\n{platform}\n{}", where_seen.unwrap_or_default()).to_lowercase()
}

/// The organisations the matrix names, with whether the audience reaches them.
fn routed_of(model: &Model, plan: &disinformation::DisinformationPlan) -> Vec<RoutedOrganisation> {
    plan.routed
        .iter()
        .map(|(&org, &role)| RoutedOrganisation {
            organisation: model.key(org).to_owned(),
            role,
            withheld: plan.withheld.contains(&org),
        })
        .collect()
}

/// A matrix role as the item-work rules know it.
fn assignment(role: RaciRole) -> AssignmentRole {
    match role {
        RaciRole::Accountable => AssignmentRole::Accountable,
        RaciRole::Responsible => AssignmentRole::Responsible,
        RaciRole::Consulted => AssignmentRole::Consulted,
        RaciRole::Informed => AssignmentRole::Informed,
    }
}

impl Store {
    /// Reports a false claim for the reporter's organisation.
    pub async fn report_disinformation(
        &self,
        caller: &Caller,
        report: DisinformationReport,
        base_url: &str,
    ) -> Result<DisinformationItem> {
        let reporter = caller.viewer();
        let claim = check_text("claim", &report.claim, MAX_CLAIM, true)?;
        let platform = check_text("platform", &report.platform, MAX_PLATFORM, true)?;
        let where_seen = optional_text("place seen", report.where_seen.as_deref(), MAX_WHERE_SEEN)?;
        if report.reach.is_some_and(|r| r < 0) {
            return Err(invalid(Message::new("refusal-negative-reach")));
        }
        if report.incidents.len() > MAX_LINKED {
            return Err(invalid(
                Message::new("refusal-too-many-links").with("max", MAX_LINKED),
            ));
        }
        let mut tx = self.begin().await?;
        let mut batch = Batch::new(self, &mut tx);
        let OpenReport {
            source,
            source_id,
            model,
            phase,
            sharing,
            number,
            at: created,
            language,
        } = self
            .open_report::<DisinformationItem>(
                &mut batch,
                reporter,
                ReportAsked {
                    tlp: report.tlp,
                    recipients: &report.recipients,
                    observers: report.observers,
                    seen: (report.first_seen_at, "time first seen"),
                    phase: report.phase,
                },
            )
            .await?;
        let principals = principals_of(Some(reporter));
        for id in &report.incidents {
            // An incident the reporter cannot see answers as if it did not exist.
            self.incident_seen_by(&principals, id)
                .await
                .map_err(|e| match e {
                    StoreError::NotFound => invalid(
                        Message::new("refusal-no-incident-named")
                            .with("reference", id.chars().take(80).collect::<String>()),
                    ),
                    other => other,
                })?;
        }
        let facts = DisinformationFacts {
            threat: report.threat,
            phase,
            reporter: source_id,
        };
        let plan = disinformation::plan(&model, &facts, &sharing)
            .map_err(|e| invalid(Message::from(&e)))?;
        let at = format_time(created);
        let item = DisinformationItem {
            id: new_id(),
            number,
            claim,
            threat_kind: report.threat,
            platform,
            where_seen,
            reach: report.reach,
            first_seen_at: report.first_seen_at.map(format_time),
            phase,
            status: DisinformationStatus::Active,
            tlp: report.tlp,
            recipients: Recipients::of(&sharing),
            observers: report.observers,
            source_organisation: source.clone(),
            reporter: reporter.account.clone(),
            created_at: at.clone(),
            updated_at: at,
            routed: routed_of(&model, &plan),
            version: 1,
        };
        let text = search_text(&item.claim, &item.platform, item.where_seen.as_deref());
        let audience = batch.audience_id(&plan.audience).await?;
        sqlx::query(
            "INSERT INTO disinformation (id, number, claim, threat_kind, platform, where_seen, reach, first_seen_at, phase, status, tlp, recipients, observers, source_organisation, reporter, created_at, updated_at, routed, search_text, search_terms, audience, version) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, 1)",
        )
        .bind(&item.id)
        .bind(number)
        .bind(&item.claim)
        .bind(item.threat_kind.id())
        .bind(&item.platform)
        .bind(&item.where_seen)
        .bind(item.reach)
        .bind(&item.first_seen_at)
        .bind(item.phase.map(|p| p.id()))
        .bind(item.status.id())
        .bind(item.tlp.id())
        .bind(to_json(&item.recipients))
        .bind(i64::from(item.observers))
        .bind(&item.source_organisation)
        .bind(&item.reporter)
        .bind(&item.created_at)
        .bind(&item.updated_at)
        .bind(to_json(&item.routed))
        .bind(&text)
        .bind(index_terms(&text, &language))
        .bind(audience)
        .execute(&mut **batch.tx)
        .await?;
        let said = Message::new("timeline-claim-reported")
            .with("organisation", &model.organisation(source_id).name)
            .with("threat", Value::label(item.threat_kind))
            .with("platform", &item.platform)
            .with("tlp", item.tlp.marking());
        timeline::record(
            batch.tx,
            created,
            &item.id,
            (Some(&reporter.account), Some(&source)),
            "reported",
            &Said::of([said]),
        )
        .await?;
        for incident in report.incidents.iter().collect::<BTreeSet<_>>() {
            sqlx::query(
                "INSERT INTO disinformation_incidents (item_id, incident_id) VALUES ($1, $2)",
            )
            .bind(&item.id)
            .bind(incident)
            .execute(&mut **batch.tx)
            .await?;
        }
        self.alert_routed(
            &mut batch,
            &model,
            &item,
            &plan.audience,
            base_url,
            "disinformation.reported",
        )
        .await?;
        self.finish_new_item(&mut batch, &item, reporter);
        let seqs = batch.finish().await?;
        self.commit_and_publish(tx, &seqs).await?;
        Ok(item)
    }

    /// E-mails (and calls the webhooks of) the routed organisations the audience reaches.
    async fn alert_routed(
        &self,
        batch: &mut Batch<'_>,
        model: &Model,
        item: &DisinformationItem,
        audience: &BTreeSet<Principal>,
        base_url: &str,
        event: &str,
    ) -> Result<()> {
        let source_name = org_id(model, &item.source_organisation)
            .map(|id| model.organisation(id).name.clone())
            .unwrap_or_else(|| item.source_organisation.clone());
        let notices = ChangeNotices::new(NoticeFacts::Claim(ClaimNoticeFacts {
            number: item.number,
            claim: item.claim.clone(),
            threat: item.threat_kind,
            platform: item.platform.clone(),
            where_seen: item.where_seen.clone(),
            reach: item.reach,
            tlp: item.tlp,
            source: source_name,
            link: format!(
                "{}/disinformation/{}",
                base_url.trim_end_matches('/'),
                item.id
            ),
        }));
        let payload = serde_json::json!({"event": event, "item": item.summary()});
        let subject = AlertSubject {
            item_id: &item.id,
            severity: None,
            audience,
            payload: &payload,
            at: self.clock.now(),
            notices: &notices,
        };
        let mut already = BTreeSet::new();
        let reached: Vec<(&str, RaciRole)> = item
            .routed
            .iter()
            .filter(|r| !r.withheld)
            .map(|r| (r.organisation.as_str(), r.role))
            .collect();
        let notice = |role: &RaciRole| NoticeKind::ClaimAlert {
            reason: notices::claim_reason(*role, item.threat_kind),
        };
        alert_organisations(batch, &reached, &notice, &subject, &mut already).await?;
        Ok(())
    }

    /// One item, if the reader may see it.
    pub async fn disinformation_item(
        &self,
        caller: &Caller,
        id: &str,
    ) -> Result<DisinformationItem> {
        self.item_seen_by(caller.principals(), id).await
    }

    /// One item, if `principals` may see it.
    pub(crate) async fn item_seen_by(
        &self,
        principals: &[Principal],
        id: &str,
    ) -> Result<DisinformationItem> {
        let select = Sql::new(&format!("SELECT {COLUMNS} FROM disinformation d"));
        item_from(&self.visible_row(select, "d", id, principals).await?)
    }

    fn disinformation_filtered(
        &self,
        select: &str,
        principals: &[Principal],
        filter: &DisinformationFilter,
    ) -> Sql {
        let mut sql = Sql::new(select);
        self.visible_where(
            &mut sql,
            &DisinformationItem::KIND,
            principals,
            filter.text.as_deref(),
        );
        if let Some(status) = filter.status {
            sql.push(" AND d.status = ").text(status.id());
        }
        sql
    }

    /// Checks that the viewer sees the item and may do this work on it.
    async fn authorise_disinformation(
        &self,
        viewer: &Viewer,
        id: &str,
        work: ItemWork,
    ) -> Result<DisinformationItem> {
        let item = self.item_seen_by(&principals_of(Some(viewer)), id).await?;
        check_work(
            &DisinformationItem::KIND,
            viewer,
            &item.source_organisation,
            item.assignment_of(viewer.organisation.as_deref()),
            work,
        )?;
        Ok(item)
    }
}
