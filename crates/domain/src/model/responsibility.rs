//! The responsibility matrix: who is responsible, accountable, consulted or informed for which
//! threat, in which phase, on which kind of asset.

use super::OrgId;
use crate::catalogue::{AssetKind, CatalogueSet, Phase, RaciRole, ThreatKind};
use serde::Serialize;

/// One row of the matrix: an organisation's role for a block of cells.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Responsibility {
    pub organisation: OrgId,
    pub role: RaciRole,
    pub threats: CatalogueSet<ThreatKind>,
    pub phases: CatalogueSet<Phase>,
    pub assets: CatalogueSet<AssetKind>,
    /// Only assets operated by this organisation or its sub-units; everywhere when `None`.
    pub within: Option<OrgId>,
    pub notes: Option<String>,
}

impl Responsibility {
    pub fn covers(&self, threat: ThreatKind, phase: Phase, asset: AssetKind) -> bool {
        self.threats.contains(threat) && self.phases.contains(phase) && self.assets.contains(asset)
    }
}
