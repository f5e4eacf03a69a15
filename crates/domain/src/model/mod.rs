//! The collaboration model: who takes part, how they reach each other, where they meet, what
//! they agreed, who answers for what, and what they actually do together.
//!
//! References between objects are indices, resolved once when the model is read, so the
//! analysis never looks an id up by name.

mod activity;
mod agreement;
mod asset;
mod contact;
mod election;
mod escalation;
mod forum;
mod organisation;
mod partial_date;
mod responsibility;

pub use activity::{Activity, ActivityTiming};
pub use agreement::{Agreement, Boundary};
pub use asset::{Asset, AssetId, AssetProtection, SupplyLink};
pub use contact::{Channel, Contact};
pub use election::{DateRange, DatedPhase, Election};
pub use escalation::{EscalationProtocol, EscalationTarget};
pub use forum::{Forum, ForumId};
pub use organisation::{OrgId, Organisation};
pub use partial_date::{PartialDate, PartialDateError};
pub use responsibility::Responsibility;

use crate::Knowable;
use crate::catalogue::{
    Administration, AdministrativeLevel, CriticalInfrastructureStatus, OrganisationKind,
};
use serde::Serialize;

/// Index of an agreement in [`Model::agreements`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(transparent)]
pub struct AgreementId(pub u32);

/// The country (or union) the model describes.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Jurisdiction {
    pub name: String,
    pub code: Option<String>,
    pub administration: Knowable<Administration>,
    pub critical_infrastructure: Knowable<CriticalInfrastructureStatus>,
    pub notes: Option<String>,
}

/// A whole collaboration model.
///
/// A section that is `Unknown` was not recorded; an empty known section means there is none.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Model {
    pub jurisdiction: Jurisdiction,
    pub organisations: Vec<Organisation>,
    pub contacts: Knowable<Vec<Contact>>,
    pub forums: Knowable<Vec<Forum>>,
    pub agreements: Knowable<Vec<Agreement>>,
    pub assets: Knowable<Vec<Asset>>,
    pub responsibilities: Knowable<Vec<Responsibility>>,
    pub activities: Knowable<Vec<Activity>>,
    /// Who must be reached how fast when an incident of a kind happens.
    pub escalation_protocols: Knowable<Vec<EscalationProtocol>>,
    pub election: Option<Election>,
}

impl Model {
    /// An empty model of a jurisdiction: every section known and empty.
    pub fn new(jurisdiction: Jurisdiction) -> Self {
        Model {
            jurisdiction,
            organisations: Vec::new(),
            contacts: Knowable::default(),
            forums: Knowable::default(),
            agreements: Knowable::default(),
            assets: Knowable::default(),
            responsibilities: Knowable::default(),
            activities: Knowable::default(),
            escalation_protocols: Knowable::default(),
            election: None,
        }
    }

    /// An empty model of Testland, a country the unit tests fill as they need.
    #[cfg(any(test, feature = "test-support"))]
    pub fn testland() -> Self {
        Model::new(Jurisdiction {
            name: "Testland".into(),
            code: None,
            administration: Knowable::Unknown,
            critical_infrastructure: Knowable::Unknown,
            notes: None,
        })
    }

    pub fn organisation(&self, id: OrgId) -> &Organisation {
        &self.organisations[id.index()]
    }

    pub fn org_ids(&self) -> impl Iterator<Item = OrgId> + '_ {
        (0..self.organisations.len()).map(|i| OrgId(i as u32))
    }

    pub fn forum(&self, id: ForumId) -> &Forum {
        &self.forums.items()[id.0 as usize]
    }

    pub fn agreement(&self, id: AgreementId) -> &Agreement {
        &self.agreements.items()[id.0 as usize]
    }

    pub fn asset(&self, id: AssetId) -> &Asset {
        &self.assets.items()[id.0 as usize]
    }

    /// The organisation's key, for messages and finding objects.
    pub fn key(&self, id: OrgId) -> &str {
        &self.organisation(id).key
    }

    /// National-level EMBs: "the central EMB" of the publication (some countries have two,
    /// such as a commission and an office).
    pub fn central_embs(&self) -> Vec<OrgId> {
        self.org_ids()
            .filter(|&id| {
                let org = self.organisation(id);
                org.kind == OrganisationKind::Emb && org.is_level(AdministrativeLevel::National)
            })
            .collect()
    }

    /// The national CERT; where there is none, national cybersecurity agencies stand in.
    pub fn national_certs(&self) -> Vec<OrgId> {
        let national = |kind: OrganisationKind| -> Vec<OrgId> {
            self.org_ids()
                .filter(|&id| {
                    let org = self.organisation(id);
                    org.kind == kind
                        && !org.is_level(AdministrativeLevel::Regional)
                        && !org.is_level(AdministrativeLevel::Local)
                })
                .collect()
        };
        let certs = national(OrganisationKind::Cert);
        if certs.is_empty() {
            national(OrganisationKind::CybersecurityAgency)
        } else {
            certs
        }
    }

    /// The organisation and its ancestors, nearest first.
    pub fn self_and_ancestors(&self, org: OrgId) -> Vec<OrgId> {
        let mut chain = Vec::new();
        let mut current = Some(org);
        while let Some(id) = current {
            if chain.contains(&id) || chain.len() > self.organisations.len() {
                break;
            }
            chain.push(id);
            current = self.organisation(id).parent;
        }
        chain
    }
}
