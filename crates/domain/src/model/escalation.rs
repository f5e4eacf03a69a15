//! Escalation protocols: who must be reached, how fast, for which incidents, and what happens
//! when nobody answers. Agreed between the organisations in advance, kept in the model.

use super::OrgId;
use crate::catalogue::{CatalogueSet, IncidentSeverity, Phase, ThreatKind};
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EscalationProtocol {
    pub key: String,
    pub name: String,
    /// Applies to incidents of this severity or worse.
    pub min_severity: IncidentSeverity,
    pub threats: CatalogueSet<ThreatKind>,
    /// Applies while the election is in one of these phases.
    pub phases: CatalogueSet<Phase>,
    /// The organisations to reach, each with the time by which one of its people must have
    /// acknowledged.
    pub targets: Vec<EscalationTarget>,
    /// How long a contact has to acknowledge before the next contact of the organisation is
    /// alerted.
    pub acknowledge_within_minutes: u32,
    pub notes: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct EscalationTarget {
    pub organisation: OrgId,
    pub within_minutes: u32,
}

impl EscalationProtocol {
    /// The default time a contact has to acknowledge.
    pub const DEFAULT_ACKNOWLEDGE_MINUTES: u32 = 10;
    /// The longest deadline a protocol may set: one week.
    pub const MAX_MINUTES: u32 = 7 * 24 * 60;

    /// Whether an incident of this kind, severity and phase falls under the protocol. An
    /// incident whose phase is not known falls under it only if it applies in every phase.
    pub fn applies_to(
        &self,
        threat: ThreatKind,
        severity: IncidentSeverity,
        phase: Option<Phase>,
    ) -> bool {
        severity >= self.min_severity
            && self.threats.contains(threat)
            && match phase {
                Some(phase) => self.phases.contains(phase),
                None => self.phases == CatalogueSet::all(),
            }
    }
}
