//! Incidents: reported by any organisation, routed by the responsibility matrix, escalated by
//! the protocols, worked through their lifecycle, shared under TLP.
//!
//! Every read takes the reader's principals and goes through the stored audience
//! ([`crate::query::Sql::in_audiences`]); an incident the reader may not see is `NotFound`,
//! exactly like one that does not exist.

pub(crate) mod alerts;
mod counts;
pub(crate) mod report;
mod work;

pub use report::{IncidentReport, gap_message};
pub use work::IncidentUpdate;

use crate::query::Sql;
use crate::shared_item::{
    AttachmentInfo, ItemKind, ItemPage, ListCursor, PermittedWork, Recipients, SharedItem,
    newest_first, stored_sharing,
};
use crate::stored_row::{StoredRow, corrupt};
use crate::timeline::TimelineEntry;
use crate::{Result, Store, StoreError};
use liaison_domain::access::ItemWork;
use liaison_domain::caller::Caller;
use liaison_domain::catalogue::{
    CatalogueEntry, IncidentSeverity, IncidentStatus, ObservableKind, Phase, ThreatKind,
};
use liaison_domain::incident::{AssignmentRole, Observable};
use liaison_domain::sharing::{Principal, TlpLevel};
use serde::Serialize;
use sqlx::Row;
use sqlx::any::AnyRow;

/// An incident as readers see it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Incident {
    pub id: String,
    /// The human reference is `INC-<number>`.
    pub number: i64,
    pub title: String,
    pub description: String,
    pub threat_kind: ThreatKind,
    pub phase: Option<Phase>,
    /// Keys of the affected assets in the register.
    pub assets: Vec<String>,
    pub severity: IncidentSeverity,
    pub status: IncidentStatus,
    pub tlp: TlpLevel,
    pub recipients: Recipients,
    /// Shared with observers (GREEN or AMBER only).
    pub observers: bool,
    pub source_organisation: String,
    /// The reporting account.
    pub reporter: String,
    pub observed_at: Option<String>,
    pub reported_at: String,
    pub updated_at: String,
    /// The incident this one was merged into.
    pub duplicate_of: Option<String>,
    pub lessons_learned: Option<String>,
    /// Set when the incident fell in a gap of the responsibility matrix.
    pub gap: Option<String>,
    pub observables: Vec<Observable>,
    pub version: i64,
}

impl Incident {}

impl SharedItem for Incident {
    const KIND: ItemKind = ItemKind {
        name: "incident",
        table: "incidents",
        alias: "i",
        reported_at: "reported_at",
        noun: "incident",
        prefix: "INC",
    };
    type Filter = IncidentFilter;
    type Update = IncidentUpdate;
    type Detail = IncidentDetail;

    stored_sharing!();

    fn listed_at(&self) -> &str {
        &self.reported_at
    }

    fn summary(&self) -> serde_json::Value {
        serde_json::json!({
            "id": self.id,
            "reference": self.reference(),
            "title": self.title,
            "threat_kind": self.threat_kind,
            "severity": self.severity,
            "status": self.status,
            "tlp": self.tlp,
            "phase": self.phase,
            "source_organisation": self.source_organisation,
            "reported_at": self.reported_at,
            "updated_at": self.updated_at,
        })
    }

    fn reshare(tlp: TlpLevel, recipients: Vec<String>, observers: bool) -> IncidentUpdate {
        IncidentUpdate::Sharing {
            tlp,
            recipients,
            observers,
        }
    }

    /// The incidents the reader may see, newest first.
    async fn page(
        store: &Store,
        caller: &Caller,
        filter: &IncidentFilter,
    ) -> Result<ItemPage<Self>> {
        let principals = caller.principals();
        let total = store.incident_total(principals, filter).await?;
        let mut sql = store.filtered(select_incidents(principals), principals, filter);
        newest_first(
            &mut sql,
            &Incident::KIND,
            filter.limit,
            filter.after.as_ref(),
        );
        let rows = sql.query().fetch_all(&store.pool).await?;
        let mut incidents: Vec<Incident> = rows.iter().map(incident_from).collect::<Result<_>>()?;
        let ids: Vec<String> = incidents.iter().map(|i| i.id.clone()).collect();
        for (incident, observables) in incidents.iter_mut().zip(store.observables_of(&ids).await?) {
            incident.observables = observables;
        }
        Ok(ItemPage::of(total, incidents, filter.limit))
    }

    /// An incident with its assignments, timeline, links and attachments, and what the caller
    /// may do on it.
    async fn detail(store: &Store, caller: &Caller, id: &str) -> Result<IncidentDetail> {
        let principals = caller.principals();
        let incident = store.incident_seen_by(principals, id).await?;
        let assignments = sqlx::query(
            "SELECT organisation, role, withheld, alerted_at, acknowledged_at, acknowledged_by \
             FROM incident_assignments WHERE incident_id = $1 ORDER BY organisation",
        )
        .bind(id)
        .fetch_all(&store.pool)
        .await?
        .iter()
        .map(|r| {
            let role: String = r.try_get("role")?;
            Ok(AssignmentRow {
                organisation: r.try_get("organisation")?,
                role: AssignmentRole::from_id(&role).ok_or_else(|| corrupt("role", &role))?,
                withheld: r.try_get::<i64, _>("withheld")? != 0,
                alerted_at: r.try_get("alerted_at")?,
                acknowledged_at: r.try_get("acknowledged_at")?,
                acknowledged_by: r.try_get("acknowledged_by")?,
            })
        })
        .collect::<Result<Vec<_>>>()?;
        let timeline = store.timeline_of(id).await?;
        let links = store
            .incident_refs(
                "incident_links l JOIN incidents i ON i.id = l.other_id WHERE l.incident_id = ",
                id,
                principals,
            )
            .await?;
        let duplicates = store
            .incident_refs("incidents i WHERE i.duplicate_of = ", id, principals)
            .await?;
        // `duplicate_of` is set only for readers of the original.
        let original = match &incident.duplicate_of {
            Some(original) => store
                .incident_refs("incidents i WHERE i.id = ", original, principals)
                .await?
                .pop(),
            None => None,
        };
        let attachments = store.attachments_of(id).await?;
        let own = caller.organisation();
        let assignment = assignments
            .iter()
            .find(|a| Some(a.organisation.as_str()) == own && !a.withheld)
            .map(|a| a.role);
        let mut may = PermittedWork::of(caller.viewer(), &incident.source_organisation, assignment);
        may.acknowledge &= !assignments
            .iter()
            .any(|a| Some(a.organisation.as_str()) == own && a.acknowledged_at.is_some());
        may.handle &= incident.duplicate_of.is_none();
        Ok(IncidentDetail {
            incident,
            assignments,
            timeline,
            links,
            duplicates,
            original,
            attachments,
            may,
        })
    }

    async fn for_work(store: &Store, caller: &Caller, id: &str, work: ItemWork) -> Result<Self> {
        Ok(store.authorise(caller.viewer(), id, work).await?.0)
    }

    async fn apply(
        store: &Store,
        caller: &Caller,
        id: &str,
        expected_version: Option<i64>,
        update: IncidentUpdate,
        base_url: &str,
    ) -> Result<Self> {
        work::apply(store, caller, id, expected_version, update, base_url).await
    }
}

/// An organisation on an incident.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AssignmentRow {
    pub organisation: String,
    pub role: AssignmentRole,
    /// Routing wanted it, the sharing does not reach it: not alerted.
    pub withheld: bool,
    pub alerted_at: Option<String>,
    pub acknowledged_at: Option<String>,
    pub acknowledged_by: Option<String>,
}

/// Another incident, by reference.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct IncidentRef {
    pub id: String,
    pub number: i64,
    pub title: String,
    pub status: IncidentStatus,
}

/// An incident with everything that hangs on it, as its page shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct IncidentDetail {
    pub incident: Incident,
    pub assignments: Vec<AssignmentRow>,
    pub timeline: Vec<TimelineEntry>,
    /// Related incidents the reader may see.
    pub links: Vec<IncidentRef>,
    /// Incidents merged into this one that the reader may see.
    pub duplicates: Vec<IncidentRef>,
    /// The incident this one was merged into, if the reader may see it.
    pub original: Option<IncidentRef>,
    pub attachments: Vec<AttachmentInfo>,
    /// What the reader may do on it.
    pub may: PermittedWork,
}

/// Which incidents to list.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct IncidentFilter {
    /// Words to find in the title, description or observables.
    pub text: Option<String>,
    pub status: Option<IncidentStatus>,
    /// Only those still needing work (not resolved or closed).
    pub open_only: bool,
    pub min_severity: Option<IncidentSeverity>,
    pub threat: Option<ThreatKind>,
    pub tlp: Option<TlpLevel>,
    /// Only those assigned to this organisation.
    pub organisation: Option<String>,
    pub limit: u32,
    /// Where the page starts: after this item; from the newest when `None`.
    pub after: Option<ListCursor>,
}

/// Counts for dashboards, over what the reader may see.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct IncidentCounts {
    pub open: i64,
    /// Open incidents by severity id.
    pub open_by_severity: Vec<(String, i64)>,
    /// Open incidents by threat kind id.
    pub open_by_threat: Vec<(String, i64)>,
    /// Open incidents with an organisation that has not acknowledged.
    pub unacknowledged: i64,
}

const COLUMNS: &str = "i.id, i.number, i.title, i.description, i.threat_kind, i.phase, i.assets, \
    i.severity, i.status, i.tlp, i.recipients, i.observers, i.source_organisation, i.reporter, \
    i.observed_at, i.reported_at, i.updated_at, i.lessons_learned, i.gap, i.version";

/// `SELECT` of incidents as `principals` read them: the original of a duplicate is named only
/// to readers of that original.
fn select_incidents(principals: &[Principal]) -> Sql {
    let mut sql = Sql::new(&format!("SELECT {COLUMNS}, CASE WHEN "));
    sql.visible_to("i.duplicate_of", principals)
        .push(" THEN i.duplicate_of END AS duplicate_of FROM incidents i");
    sql
}

fn incident_from(row: &AnyRow) -> Result<Incident> {
    let stored = StoredRow(row);
    Ok(Incident {
        id: stored.text("id")?,
        number: row.try_get("number")?,
        title: stored.text("title")?,
        description: stored.text("description")?,
        threat_kind: stored.entry("threat_kind")?,
        phase: stored.optional_entry("phase")?,
        assets: stored.json("assets")?,
        severity: stored.entry("severity")?,
        status: stored.entry("status")?,
        tlp: stored.tlp()?,
        recipients: stored.json("recipients")?,
        observers: stored.flag("observers")?,
        source_organisation: stored.text("source_organisation")?,
        reporter: stored.text("reporter")?,
        observed_at: row.try_get("observed_at")?,
        reported_at: stored.text("reported_at")?,
        updated_at: stored.text("updated_at")?,
        duplicate_of: row.try_get("duplicate_of")?,
        lessons_learned: row.try_get("lessons_learned")?,
        gap: row.try_get("gap")?,
        observables: Vec::new(),
        version: row.try_get("version")?,
    })
}

pub(crate) fn ref_from(row: &AnyRow) -> Result<IncidentRef> {
    let status: String = row.try_get("status")?;
    Ok(IncidentRef {
        id: row.try_get("id")?,
        number: row.try_get("number")?,
        title: row.try_get("title")?,
        status: IncidentStatus::from_id(&status).ok_or_else(|| corrupt("status", &status))?,
    })
}

/// The text `q=` searches: title, description and observables, in lower case.
pub(crate) fn search_text(title: &str, description: &str, observables: &[Observable]) -> String {
    let mut text = format!("{title}\n{description}");
    for o in observables {
        text.push('\n');
        text.push_str(&o.value);
    }
    text.to_lowercase()
}

impl Store {
    /// One incident, if the reader may see it.
    pub async fn incident(&self, caller: &Caller, id: &str) -> Result<Incident> {
        self.incident_seen_by(caller.principals(), id).await
    }

    /// One incident, if `principals` may see it.
    pub(crate) async fn incident_seen_by(
        &self,
        principals: &[Principal],
        id: &str,
    ) -> Result<Incident> {
        let row = self
            .visible_row(select_incidents(principals), "i", id, principals)
            .await?;
        let mut incident = incident_from(&row)?;
        incident.observables = self.observables_of(&[incident.id.clone()]).await?.remove(0);
        Ok(incident)
    }

    /// An incident by its number (`INC-12` is 12), if the reader may see it.
    pub async fn incident_by_number(&self, caller: &Caller, number: i64) -> Result<Incident> {
        let principals = caller.principals();
        let mut sql = Sql::new("SELECT i.id FROM incidents i WHERE i.number = ");
        sql.int(number)
            .push(" AND ")
            .in_audiences("i.audience", principals);
        let row = sql
            .query()
            .fetch_optional(&self.pool)
            .await?
            .ok_or(StoreError::NotFound)?;
        let id: String = row.try_get(0)?;
        self.incident_seen_by(principals, &id).await
    }

    /// The incidents of `from_where` (ending in a placeholder bound to `value`) that the
    /// reader may see, by number.
    pub(crate) async fn incident_refs(
        &self,
        from_where: &str,
        value: &str,
        principals: &[Principal],
    ) -> Result<Vec<IncidentRef>> {
        let mut sql = Sql::new(&format!(
            "SELECT i.id, i.number, i.title, i.status FROM {from_where}"
        ));
        sql.text(value)
            .push(" AND ")
            .in_audiences("i.audience", principals)
            .push(" ORDER BY i.number");
        sql.query()
            .fetch_all(&self.pool)
            .await?
            .iter()
            .map(ref_from)
            .collect()
    }

    /// The observables of each incident, in the order of `ids`.
    async fn observables_of(&self, ids: &[String]) -> Result<Vec<Vec<Observable>>> {
        let mut out = vec![Vec::new(); ids.len()];
        if ids.is_empty() {
            return Ok(out);
        }
        let mut sql = Sql::new(
            "SELECT incident_id, kind, value FROM incident_observables WHERE incident_id IN (",
        );
        for (i, id) in ids.iter().enumerate() {
            if i > 0 {
                sql.push(", ");
            }
            sql.text(id.clone());
        }
        sql.push(") ORDER BY incident_id, position");
        let position: std::collections::HashMap<&str, usize> = ids
            .iter()
            .enumerate()
            .map(|(i, id)| (id.as_str(), i))
            .collect();
        for row in sql.query().fetch_all(&self.pool).await? {
            let incident: String = row.try_get("incident_id")?;
            let kind: String = row.try_get("kind")?;
            if let Some(&i) = position.get(incident.as_str()) {
                out[i].push(Observable {
                    kind: ObservableKind::from_id(&kind)
                        .ok_or_else(|| corrupt("observable kind", &kind))?,
                    value: row.try_get("value")?,
                });
            }
        }
        Ok(out)
    }

    fn filtered(&self, mut sql: Sql, principals: &[Principal], filter: &IncidentFilter) -> Sql {
        self.visible_where(
            &mut sql,
            &Incident::KIND,
            principals,
            filter.text.as_deref(),
        );
        if let Some(status) = filter.status {
            sql.push(" AND i.status = ").text(status.id());
        }
        if filter.open_only {
            sql.push(" AND i.status NOT IN ('resolved', 'closed')");
        }
        if let Some(severity) = filter.min_severity {
            sql.push(" AND i.severity_rank >= ")
                .int(severity.index() as i64);
        }
        if let Some(threat) = filter.threat {
            sql.push(" AND i.threat_kind = ").text(threat.id());
        }
        if let Some(tlp) = filter.tlp {
            sql.push(" AND i.tlp = ").text(tlp.id());
        }
        if let Some(org) = &filter.organisation {
            sql.push(
                " AND EXISTS (SELECT 1 FROM incident_assignments s WHERE s.incident_id = i.id AND s.withheld = 0 AND s.organisation = ",
            )
            .text(org.clone())
            .push(")");
        }
        sql
    }

    /// Of the incidents `ids`, the open ones the caller's organisation is asked to acknowledge
    /// and has not: what a list marks as waiting for the caller.
    pub async fn awaiting_acknowledgement(
        &self,
        caller: &Caller,
        ids: &[String],
    ) -> Result<std::collections::BTreeSet<String>> {
        let Some(organisation) = caller.organisation() else {
            return Ok(Default::default());
        };
        if ids.is_empty() {
            return Ok(Default::default());
        }
        let asked: Vec<&str> = AssignmentRole::ALL
            .iter()
            .filter(|r| r.must_acknowledge())
            .map(|r| r.id())
            .collect();
        let mut sql = Sql::new(
            "SELECT s.incident_id FROM incident_assignments s JOIN incidents i ON i.id = s.incident_id \
             WHERE s.withheld = 0 AND s.acknowledged_at IS NULL \
             AND i.status NOT IN ('resolved', 'closed') AND s.organisation = ",
        );
        sql.text(organisation).push(" AND s.role IN (");
        for (n, role) in asked.iter().enumerate() {
            if n > 0 {
                sql.push(", ");
            }
            sql.text(*role);
        }
        sql.push(") AND s.incident_id IN (");
        for (n, id) in ids.iter().enumerate() {
            if n > 0 {
                sql.push(", ");
            }
            sql.text(id.clone());
        }
        sql.push(")");
        sql.query()
            .fetch_all(&self.pool)
            .await?
            .iter()
            .map(|row| Ok(row.try_get::<String, _>(0)?))
            .collect()
    }
}
