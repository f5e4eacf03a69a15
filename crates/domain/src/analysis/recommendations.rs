//! The publication's ten recommendations as a checklist: met, partly met or not met, each
//! with the evidence from the model. The rules are in docs/ANALYSIS.md.

use super::evidence::{Approach, ApproachAssessment, FocusAreaAssessment, Maturity};
use super::facts::Facts;
use super::finding::{Finding, ObjectKind, ObjectRef, Rule};
use crate::Knowable;
use crate::catalogue::{
    ActivityKind, AdministrativeLevel, AssetKind, CatalogueEntry, CatalogueSet,
    CriticalInfrastructureStatus, FocusArea, OrganisationKind, Phase, Sector, ThreatFamily,
    ThreatKind,
};
use crate::model::OrgId;
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Met,
    Partly,
    NotMet,
    /// The model does not record what the check needs.
    Unknown,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RecommendationCheck {
    pub number: u8,
    pub title: &'static str,
    pub status: Status,
    pub evidence: Vec<String>,
}

/// The recommendations of chapter 5, in order.
pub const TITLES: [&str; 10] = [
    "Treat election cybersecurity as a long-term commitment across the whole electoral cycle",
    "Recognise that low-tech elections still face cyber-risk",
    "Make interagency collaboration central to cyber-resilience",
    "Manage perceptions as well as real attacks",
    "Keep collaboration transparent and clearly bounded",
    "Collaborate internationally",
    "Go beyond government: private sector, parties, academia, civil society, media",
    "Make political parties aware of cyber-risk",
    "Use critical-infrastructure designation or other vertical measures where organic collaboration is missing",
    "Let observers assess the interagency collaboration",
];

struct Checker<'a, 'm> {
    facts: &'a Facts<'m>,
    areas: &'a [FocusAreaAssessment],
}

impl Checker<'_, '_> {
    fn area_shown(&self, area: FocusArea) -> bool {
        self.areas.iter().any(|a| a.area == area && a.shown)
    }

    fn has_activity(&self, kinds: &[ActivityKind], with: impl Fn(OrgId) -> bool) -> bool {
        self.facts
            .model
            .activities
            .items()
            .iter()
            .any(|a| kinds.contains(&a.kind) && a.involved().into_iter().any(&with))
    }
}

fn grade(met: usize, of: usize) -> Status {
    match met {
        0 => Status::NotMet,
        m if m == of => Status::Met,
        _ => Status::Partly,
    }
}

pub fn check(
    facts: &Facts,
    areas: &[FocusAreaAssessment],
    maturity: &Maturity,
    approach: &ApproachAssessment,
) -> Vec<RecommendationCheck> {
    let c = Checker { facts, areas };
    let model = facts.model;
    let mut results = Vec::new();
    let mut push = |number: u8, status: Status, evidence: Vec<String>| {
        results.push(RecommendationCheck {
            number,
            title: TITLES[number as usize - 1],
            status,
            evidence,
        });
    };

    // 1. Whole cycle: roles between elections, and forums that outlive the election.
    {
        let mut evidence = Vec::new();
        let inter = Phase::inter_electoral();
        let between = model
            .responsibilities
            .items()
            .iter()
            .filter(|r| r.role.acts() && r.phases.intersects(inter))
            .count();
        let standing: Vec<&str> = model
            .forums
            .items()
            .iter()
            .filter(|f| f.active_phases.is_all() && !f.cadence.is_unknown())
            .map(|f| f.key.as_str())
            .collect();
        let roles_known = !model.responsibilities.is_unknown();
        if roles_known {
            evidence.push(if between > 0 {
                format!("{between} responsibility rows cover phases between elections (legal framework, planning, audit, archiving)")
            } else {
                "no responsibility covers the phases between elections".to_owned()
            });
        } else {
            evidence.push("the responsibility matrix is not recorded".to_owned());
        }
        evidence.push(if standing.is_empty() {
            "no forum with a known cadence is active in every phase".to_owned()
        } else {
            format!(
                "standing forums active in every phase: {}",
                standing.join(", ")
            )
        });
        let status = if !roles_known && standing.is_empty() {
            Status::Unknown
        } else {
            grade(
                usize::from(between > 0) + usize::from(!standing.is_empty()),
                2,
            )
        };
        push(1, status, evidence);
    }

    // 2. Low-tech risk: registers and results processing are in the register, with an owner.
    {
        let key_kinds: CatalogueSet<AssetKind> = [
            AssetKind::VoterRegister,
            AssetKind::CandidateRegistration,
            AssetKind::ResultsTransmission,
            AssetKind::ResultsWebsite,
        ]
        .into_iter()
        .collect();
        let status;
        let mut evidence = Vec::new();
        match &model.assets {
            Knowable::Unknown => {
                status = Status::Unknown;
                evidence.push("the asset register is not recorded".to_owned());
            }
            Knowable::Known(assets) => {
                let present: CatalogueSet<AssetKind> = assets.iter().map(|a| a.kind).collect();
                let listed = present.intersection(key_kinds);
                let absent = key_kinds.difference(present);
                evidence.push(format!(
                    "{} of the 4 processes every election digitises are in the asset register{}",
                    listed.len(),
                    if absent.is_empty() {
                        String::new()
                    } else {
                        format!(" (missing: {})", absent.ids())
                    }
                ));
                let uncovered = facts.matrix.gap_cells;
                if !model.responsibilities.is_unknown() {
                    evidence.push(format!(
                        "{uncovered} cells of the responsibility matrix have no accountable organisation"
                    ));
                }
                status = if listed.is_empty() {
                    Status::NotMet
                } else if absent.is_empty()
                    && !model.responsibilities.is_unknown()
                    && uncovered == 0
                {
                    Status::Met
                } else {
                    Status::Partly
                };
            }
        }
        push(2, status, evidence);
    }

    // 3. Interagency collaboration: channels and a shared picture.
    {
        let directory = c.area_shown(FocusArea::CommunicationDirectory);
        let shared = c.area_shown(FocusArea::JointRiskAssessment);
        let evidence = vec![
            format!(
                "organised interagency communication: {}",
                if directory { "shown" } else { "not shown" }
            ),
            format!(
                "joint risk assessment and situational awareness: {}",
                if shared { "shown" } else { "not shown" }
            ),
        ];
        push(
            3,
            grade(usize::from(directory) + usize::from(shared), 2),
            evidence,
        );
    }

    // 4. Perceptions: disinformation has an owner, and communication is coordinated.
    {
        let disinformation: Vec<ThreatKind> = ThreatKind::ALL
            .iter()
            .copied()
            .filter(|t| t.family() == ThreatFamily::ProcessDisinformation)
            .collect();
        let owned = model.responsibilities.items().iter().any(|r| {
            r.role == crate::catalogue::RaciRole::Accountable
                && disinformation.iter().any(|t| r.threats.contains(*t))
        });
        let coordinated = c.area_shown(FocusArea::PublicCommunication);
        let mut evidence = Vec::new();
        if model.responsibilities.is_unknown() {
            evidence.push("the responsibility matrix is not recorded".to_owned());
        } else {
            evidence.push(if owned {
                "an organisation is accountable for disinformation about the process".to_owned()
            } else {
                "nobody is accountable for disinformation about the process".to_owned()
            });
        }
        evidence.push(format!(
            "coordinated public communication: {}",
            if coordinated { "shown" } else { "not shown" }
        ));
        push(
            4,
            grade(usize::from(owned) + usize::from(coordinated), 2),
            evidence,
        );
    }

    // 5. Transparent and bounded: security bodies bounded by public agreements in force.
    {
        let agreements = model.agreements.items();
        let security: Vec<OrgId> = model
            .org_ids()
            .filter(|&o| {
                model.organisation(o).kind.is_security_sector() && facts.involved[o.index()]
            })
            .collect();
        let mut evidence = Vec::new();
        let status = if model.agreements.is_unknown() && !security.is_empty() {
            evidence.push("the agreements are not recorded".to_owned());
            Status::Unknown
        } else if security.is_empty() {
            evidence.push("no security, intelligence or military body takes part".to_owned());
            Status::Met
        } else {
            let mut bounded_public = 0;
            let mut bounded = 0;
            for &org in &security {
                let bounding: Vec<_> = agreements
                    .iter()
                    .filter(|a| a.has_party(org) && a.bounds(org) && a.in_force_on(facts.today))
                    .collect();
                let public = bounding.iter().any(|a| a.public == Knowable::Known(true));
                if !bounding.is_empty() {
                    bounded += 1;
                }
                if public {
                    bounded_public += 1;
                }
                evidence.push(format!(
                    "'{}': {}",
                    facts.key(org),
                    match (bounding.is_empty(), public) {
                        (true, _) => "no agreement bounds its involvement",
                        (false, true) => "bounded by a public agreement",
                        (false, false) => "bounded, but not by an agreement known to be public",
                    }
                ));
            }
            if bounded_public == security.len() {
                Status::Met
            } else if bounded > 0 {
                Status::Partly
            } else {
                Status::NotMet
            }
        };
        push(5, status, evidence);
    }

    // 6. International: partners abroad or exchange with them.
    {
        let partners: Vec<&str> = model
            .org_ids()
            .filter(|&o| {
                let org = model.organisation(o);
                org.kind == OrganisationKind::International
                    || org.is_level(AdministrativeLevel::International)
            })
            .map(|o| facts.key(o))
            .collect();
        let exchange = model
            .activities
            .items()
            .iter()
            .any(|a| a.kind == ActivityKind::InternationalExchange);
        let mut evidence = Vec::new();
        if !partners.is_empty() {
            evidence.push(format!("international partners: {}", partners.join(", ")));
        }
        if exchange {
            evidence.push("an international exchange is recorded".to_owned());
        }
        if evidence.is_empty() {
            evidence.push("no international partner or exchange is recorded".to_owned());
        }
        push(
            6,
            if partners.is_empty() && !exchange {
                Status::NotMet
            } else {
                Status::Met
            },
            evidence,
        );
    }

    // 7. Beyond government: non-state organisations that take part.
    {
        let kinds: std::collections::BTreeSet<&str> = model
            .org_ids()
            .filter(|&o| {
                model.organisation(o).sector == Sector::NonState && facts.involved[o.index()]
            })
            .map(|o| model.organisation(o).kind.id())
            .collect();
        let evidence = vec![if kinds.is_empty() {
            "no non-state organisation takes part in a forum, agreement, activity or the matrix"
                .to_owned()
        } else {
            format!(
                "non-state organisations of {} kinds take part: {}",
                kinds.len(),
                kinds.iter().copied().collect::<Vec<_>>().join(", ")
            )
        }];
        let status = match kinds.len() {
            0 => Status::NotMet,
            1 => Status::Partly,
            _ => Status::Met,
        };
        push(7, status, evidence);
    }

    // 8. Parties: reached by training or guidance.
    {
        let is_party = |o: OrgId| model.organisation(o).kind == OrganisationKind::Party;
        let parties = model.org_ids().filter(|&o| is_party(o)).count();
        let trained = c.has_activity(&[ActivityKind::Training, ActivityKind::Guidance], is_party);
        let (status, evidence) = if parties == 0 {
            (
                Status::NotMet,
                "no political party is in the model".to_owned(),
            )
        } else if trained {
            (
                Status::Met,
                "parties take part in training or guidance on cyber-risk".to_owned(),
            )
        } else {
            (
                Status::Partly,
                format!(
                    "{parties} parties are in the model, but no training or guidance reaches them"
                ),
            )
        };
        push(8, status, vec![evidence]);
    }

    // 9. Vertical push where organic collaboration is missing.
    {
        let ci = model.jurisdiction.critical_infrastructure;
        let designated = matches!(
            ci,
            Knowable::Known(
                CriticalInfrastructureStatus::Designated | CriticalInfrastructureStatus::TreatedAs
            )
        );
        let vertical = matches!(
            approach.approach,
            Some(Approach::Vertical | Approach::Mixed)
        );
        let mut evidence = vec![format!("collaboration is at level {} of 7", maturity.rung)];
        let status = if maturity.rung >= 3 {
            evidence.push("organic collaboration has got far without a vertical push".to_owned());
            Status::Met
        } else if designated || vertical {
            evidence.push(
                "a designation or binding instruments push the collaboration from above".to_owned(),
            );
            Status::Met
        } else if ci == Knowable::Known(CriticalInfrastructureStatus::Considering) {
            evidence
                .push("a critical-infrastructure designation is under consideration".to_owned());
            Status::Partly
        } else {
            evidence
                .push("collaboration is weak and nothing binding pushes it from above".to_owned());
            Status::NotMet
        };
        push(9, status, evidence);
    }

    // 10. Observers assess the collaboration.
    {
        let is_observer = |o: OrgId| model.organisation(o).kind == OrganisationKind::Observer;
        let observers = model.org_ids().filter(|&o| is_observer(o)).count();
        let assessing = c.has_activity(&[ActivityKind::Observation], is_observer);
        let (status, evidence) = if assessing {
            (
                Status::Met,
                "observers assess the interagency collaboration".to_owned(),
            )
        } else if observers > 0 {
            (
                Status::Partly,
                "observers are in the model, but no observation of the collaboration is recorded"
                    .to_owned(),
            )
        } else {
            (Status::NotMet, "no observers are in the model".to_owned())
        };
        push(10, status, vec![evidence]);
    }

    results
}

/// Findings for the recommendations not (fully) met.
pub fn findings(checks: &[RecommendationCheck]) -> Vec<Finding> {
    checks
        .iter()
        .filter_map(|check| {
            let rule = match check.status {
                Status::NotMet => Rule::RecommendationNotMet,
                Status::Partly => Rule::RecommendationPartlyMet,
                Status::Met | Status::Unknown => return None,
            };
            Some(Finding::new(
                rule,
                &check.number.to_string(),
                vec![ObjectRef::new(
                    ObjectKind::Recommendation,
                    check.number.to_string(),
                )],
                format!(
                    "Recommendation {} ({}): {}.",
                    check.number,
                    check.title.to_lowercase(),
                    check.evidence.join("; ")
                ),
            ))
        })
        .collect()
}
