//! Facts about the model that several checks need, computed once.

use super::matrix::{self, MatrixOutcome};
use crate::Knowable;
use crate::catalogue::{AdministrativeLevel, OrganisationKind};
use crate::model::{Model, OrgId};
use time::Date;

pub struct Facts<'m> {
    pub model: &'m Model,
    pub today: Date,
    /// Responsible or accountable somewhere in the matrix.
    pub acts: Vec<bool>,
    /// Member or chair of at least one forum.
    pub in_forum: Vec<bool>,
    /// Takes part in any way: the matrix, a forum, an agreement, an activity, an asset.
    pub involved: Vec<bool>,
    pub central_embs: Vec<OrgId>,
    pub national_certs: Vec<OrgId>,
    pub matrix: MatrixOutcome,
}

impl<'m> Facts<'m> {
    pub fn gather(model: &'m Model, today: Date) -> Self {
        let n = model.organisations.len();
        let mut acts = vec![false; n];
        let mut in_forum = vec![false; n];
        let mut involved = vec![false; n];
        for row in model.responsibilities.items() {
            involved[row.organisation.index()] = true;
            if row.role.acts() {
                acts[row.organisation.index()] = true;
            }
        }
        for forum in model.forums.items() {
            for &member in &forum.members {
                in_forum[member.index()] = true;
                involved[member.index()] = true;
            }
            if let Some(Knowable::Known(chair)) = forum.chair {
                in_forum[chair.index()] = true;
                involved[chair.index()] = true;
            }
        }
        for agreement in model.agreements.items() {
            for &party in &agreement.parties {
                involved[party.index()] = true;
            }
        }
        for activity in model.activities.items() {
            for org in activity.involved() {
                involved[org.index()] = true;
            }
        }
        for asset in model.assets.items() {
            if let Knowable::Known(operator) = asset.operator {
                involved[operator.index()] = true;
            }
            if let Some(vendor) = asset.vendor {
                involved[vendor.index()] = true;
            }
        }
        Facts {
            model,
            today,
            acts,
            in_forum,
            involved,
            central_embs: model.central_embs(),
            national_certs: model.national_certs(),
            matrix: matrix::check(model),
        }
    }

    pub fn key(&self, id: OrgId) -> &'m str {
        self.model.key(id)
    }

    /// Local (and regional) election offices.
    pub fn subordinate_offices(&self) -> Vec<OrgId> {
        self.model
            .org_ids()
            .filter(|&id| {
                let org = self.model.organisation(id);
                org.kind == OrganisationKind::ElectionOffice
                    || (org.kind == OrganisationKind::Emb
                        && (org.is_level(AdministrativeLevel::Local)
                            || org.is_level(AdministrativeLevel::Regional)))
            })
            .collect()
    }

    /// Organisations outside election administration that are state bodies.
    pub fn is_partner_agency(&self, id: OrgId) -> bool {
        let org = self.model.organisation(id);
        org.sector == crate::catalogue::Sector::State && !org.kind.is_election_administration()
    }

    /// The CERT or a cybersecurity agency: the technical partner of the EMB.
    pub fn is_cyber_body(&self, id: OrgId) -> bool {
        matches!(
            self.model.organisation(id).kind,
            OrganisationKind::Cert | OrganisationKind::CybersecurityAgency
        )
    }
}
