//! Agreements: laws, decrees, MoUs, protocols and terms of reference.

use super::{ForumId, OrgId, PartialDate};
use crate::Knowable;
use crate::catalogue::{AgreementKind, CatalogueSet, Phase, ThreatKind};
use serde::Serialize;
use time::Date;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Agreement {
    pub key: String,
    pub title: String,
    pub kind: AgreementKind,
    pub parties: Vec<OrgId>,
    pub threats: Knowable<CatalogueSet<ThreatKind>>,
    pub phases: Knowable<CatalogueSet<Phase>>,
    /// Where each named party's involvement starts and stops.
    pub boundaries: Vec<Boundary>,
    pub public: Knowable<bool>,
    pub adopted: Option<Knowable<PartialDate>>,
    pub valid_from: Option<Knowable<Date>>,
    /// `None`: open-ended.
    pub valid_to: Option<Knowable<Date>>,
    /// Forums this agreement sets up.
    pub establishes: Vec<ForumId>,
    /// Whether the instrument designates elections as critical infrastructure.
    pub designates_critical_infrastructure: bool,
    pub notes: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Boundary {
    pub organisation: OrgId,
    pub scope: String,
}

impl Agreement {
    pub fn has_party(&self, org: OrgId) -> bool {
        self.parties.contains(&org)
    }

    pub fn bounds(&self, org: OrgId) -> bool {
        self.boundaries.iter().any(|b| b.organisation == org)
    }

    /// Whether the agreement has expired by `today`.
    pub fn expired_by(&self, today: Date) -> bool {
        matches!(self.valid_to, Some(Knowable::Known(end)) if end < today)
    }

    /// Whether it has taken effect by `today` and not expired (unknown dates count as in force).
    pub fn in_force_on(&self, today: Date) -> bool {
        let started = !matches!(self.valid_from, Some(Knowable::Known(start)) if start > today);
        started && !self.expired_by(today)
    }
}
