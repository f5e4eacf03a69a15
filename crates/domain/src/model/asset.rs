//! The technology and asset register.

use super::OrgId;
use crate::Knowable;
use crate::catalogue::{AssetKind, CatalogueSet, Phase, SecurityNeed};
use serde::Serialize;

/// Index of an asset in the model's asset register.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(transparent)]
pub struct AssetId(pub u32);

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Asset {
    pub key: String,
    pub name: String,
    pub kind: AssetKind,
    /// Who runs it; responsibilities scoped to an organisation cover the assets it and its
    /// sub-units operate.
    pub operator: Knowable<OrgId>,
    pub vendor: Option<OrgId>,
    /// The further suppliers the system depends on (hosting, components, support), each with
    /// the certifications it holds: the supply chain that its supplier alone does not show.
    pub supply_chain: Vec<SupplyLink>,
    pub phases: CatalogueSet<Phase>,
    pub protection: AssetProtection,
    pub notes: Option<String>,
}

/// One supplier in a system's supply chain.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SupplyLink {
    pub supplier: OrgId,
    /// What it supplies, as written ("hosting", "ballot-scanner firmware").
    pub provides: Option<String>,
    /// Certifications the supplier holds for it, as written ("ISO/IEC 27001").
    pub certifications: Vec<String>,
}

/// What a system needs and what vouches for it; each `Unknown` when the model does not say.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AssetProtection {
    /// Reachable from the Internet.
    pub internet_facing: Knowable<bool>,
    pub confidentiality: Knowable<SecurityNeed>,
    pub integrity: Knowable<SecurityNeed>,
    pub availability: Knowable<SecurityNeed>,
    /// Certifications of the system itself, as written ("ISO/IEC 27001"); its suppliers'
    /// are in the supply chain.
    pub certifications: Vec<String>,
}

impl AssetProtection {
    /// Nothing known.
    pub fn unknown() -> AssetProtection {
        AssetProtection {
            internet_facing: Knowable::Unknown,
            confidentiality: Knowable::Unknown,
            integrity: Knowable::Unknown,
            availability: Knowable::Unknown,
            certifications: Vec::new(),
        }
    }
}
