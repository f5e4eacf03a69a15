//! Organisations: the agencies and non-state bodies that take part.

use crate::Knowable;
use crate::catalogue::{AdministrativeLevel, Capability, CatalogueSet, OrganisationKind, Sector};
use serde::Serialize;

/// Index of an organisation in [`super::Model::organisations`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(transparent)]
pub struct OrgId(pub u32);

impl OrgId {
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Organisation {
    /// The stable id used in model files.
    pub key: String,
    pub name: String,
    pub short_name: Option<String>,
    pub kind: OrganisationKind,
    pub level: Knowable<AdministrativeLevel>,
    /// The organisation this one reports to or belongs to.
    pub parent: Option<OrgId>,
    pub sector: Sector,
    pub independence_sensitive: Knowable<bool>,
    pub capabilities: Knowable<CatalogueSet<Capability>>,
    pub mandate: Option<String>,
}

impl Organisation {
    /// A new organisation with the defaults of its kind.
    pub fn new(key: impl Into<String>, name: impl Into<String>, kind: OrganisationKind) -> Self {
        Organisation {
            key: key.into(),
            name: name.into(),
            short_name: None,
            kind,
            level: Knowable::Unknown,
            parent: None,
            sector: kind.default_sector(),
            independence_sensitive: Knowable::Known(kind.independence_sensitive_by_default()),
            capabilities: Knowable::Known(kind.default_capabilities()),
            mandate: None,
        }
    }

    pub fn at_level(mut self, level: AdministrativeLevel) -> Self {
        self.level = Knowable::Known(level);
        self
    }

    pub fn under(mut self, parent: OrgId) -> Self {
        self.parent = Some(parent);
        self
    }

    pub fn is_level(&self, level: AdministrativeLevel) -> bool {
        self.level == Knowable::Known(level)
    }

    /// The name people use: the short name if there is one.
    pub fn display_name(&self) -> &str {
        self.short_name.as_deref().unwrap_or(&self.name)
    }
}
