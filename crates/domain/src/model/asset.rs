//! The technology and asset register.

use super::OrgId;
use crate::Knowable;
use crate::catalogue::{AssetKind, CatalogueSet, Phase};
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
    pub phases: CatalogueSet<Phase>,
    pub notes: Option<String>,
}
