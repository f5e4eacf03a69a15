//! The publication's ten recommendations as a checklist: met, partly met or not met, each
//! with the evidence from the model. The rules are in docs/ANALYSIS.md.

use super::evidence::{Approach, ApproachAssessment, FocusAreaAssessment, Maturity};
use super::facts::Facts;
use super::finding::{Finding, ObjectKind, ObjectRef, Rule};
use super::sentence::{Sentence, Term};
use super::wording::{self, RECOMMENDATIONS};
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
    pub title: Sentence,
    pub status: Status,
    pub evidence: Vec<Sentence>,
}

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
    let mut push = |number: u8, status: Status, evidence: Vec<Sentence>| {
        results.push(RecommendationCheck {
            number,
            title: Sentence::plain(RECOMMENDATIONS[number as usize - 1]),
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
        let standing: Vec<Term> = model
            .forums
            .items()
            .iter()
            .filter(|f| f.active_phases.is_all() && !f.cadence.is_unknown())
            .map(|f| Term::object(ObjectRef::new(ObjectKind::Forum, &f.key)))
            .collect();
        let roles_known = !model.responsibilities.is_unknown();
        if roles_known {
            evidence.push(if between > 0 {
                Sentence::new(
                    &wording::BETWEEN_ELECTIONS,
                    vec![("count", Term::number(between))],
                )
            } else {
                Sentence::plain(&wording::NOTHING_BETWEEN_ELECTIONS)
            });
        } else {
            evidence.push(Sentence::plain(&wording::MATRIX_NOT_RECORDED));
        }
        let no_standing = standing.is_empty();
        evidence.push(if no_standing {
            Sentence::plain(&wording::NO_STANDING_FORUM)
        } else {
            Sentence::new(
                &wording::STANDING_FORUMS,
                vec![("forums", Term::list(standing, 0))],
            )
        });
        let status = if !roles_known && no_standing {
            Status::Unknown
        } else {
            grade(usize::from(between > 0) + usize::from(!no_standing), 2)
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
                evidence.push(Sentence::plain(&wording::ASSETS_NOT_RECORDED));
            }
            Knowable::Known(assets) => {
                let present: CatalogueSet<AssetKind> = assets.iter().map(|a| a.kind).collect();
                let listed = present.intersection(key_kinds);
                let absent = key_kinds.difference(present);
                let count = ("count", Term::number(listed.len()));
                evidence.push(if absent.is_empty() {
                    Sentence::new(&wording::KEY_PROCESSES_LISTED, vec![count])
                } else {
                    Sentence::new(
                        &wording::KEY_PROCESSES_MISSING,
                        vec![count, ("missing", Term::labels(absent.iter()))],
                    )
                });
                let uncovered = facts.matrix.gap_cells;
                if !model.responsibilities.is_unknown() {
                    evidence.push(Sentence::new(
                        &wording::UNCOVERED_CELLS,
                        vec![("count", Term::number(uncovered))],
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
            Sentence::plain(if directory {
                &wording::COMMUNICATION_SHOWN
            } else {
                &wording::COMMUNICATION_NOT_SHOWN
            }),
            Sentence::plain(if shared {
                &wording::SHARED_PICTURE_SHOWN
            } else {
                &wording::SHARED_PICTURE_NOT_SHOWN
            }),
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
            evidence.push(Sentence::plain(&wording::MATRIX_NOT_RECORDED));
        } else {
            evidence.push(Sentence::plain(if owned {
                &wording::DISINFORMATION_OWNED
            } else {
                &wording::DISINFORMATION_NOT_OWNED
            }));
        }
        evidence.push(Sentence::plain(if coordinated {
            &wording::COORDINATED_SHOWN
        } else {
            &wording::COORDINATED_NOT_SHOWN
        }));
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
            evidence.push(Sentence::plain(&wording::AGREEMENTS_NOT_RECORDED));
            Status::Unknown
        } else if security.is_empty() {
            evidence.push(Sentence::plain(&wording::NO_SECURITY_BODY));
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
                evidence.push(Sentence::new(
                    match (bounding.is_empty(), public) {
                        (true, _) => &wording::SECURITY_UNBOUNDED,
                        (false, true) => &wording::SECURITY_BOUNDED_PUBLIC,
                        (false, false) => &wording::SECURITY_BOUNDED_NOT_PUBLIC,
                    },
                    vec![(
                        "organisation",
                        Term::object(ObjectRef::new(ObjectKind::Organisation, facts.key(org))),
                    )],
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
        let partners: Vec<Term> = model
            .org_ids()
            .filter(|&o| {
                let org = model.organisation(o);
                org.kind == OrganisationKind::International
                    || org.is_level(AdministrativeLevel::International)
            })
            .map(|o| Term::object(ObjectRef::new(ObjectKind::Organisation, facts.key(o))))
            .collect();
        let exchange = model
            .activities
            .items()
            .iter()
            .any(|a| a.kind == ActivityKind::InternationalExchange);
        let mut evidence = Vec::new();
        let no_partner = partners.is_empty();
        if !no_partner {
            evidence.push(Sentence::new(
                &wording::INTERNATIONAL_PARTNERS,
                vec![("organisations", Term::list(partners, 0))],
            ));
        }
        if exchange {
            evidence.push(Sentence::plain(&wording::INTERNATIONAL_EXCHANGE));
        }
        if evidence.is_empty() {
            evidence.push(Sentence::plain(&wording::NOTHING_INTERNATIONAL));
        }
        push(
            6,
            if no_partner && !exchange {
                Status::NotMet
            } else {
                Status::Met
            },
            evidence,
        );
    }

    // 7. Beyond government: non-state organisations that take part.
    {
        let kinds: CatalogueSet<OrganisationKind> = model
            .org_ids()
            .filter(|&o| {
                model.organisation(o).sector == Sector::NonState && facts.involved[o.index()]
            })
            .map(|o| model.organisation(o).kind)
            .collect();
        let evidence = vec![if kinds.is_empty() {
            Sentence::plain(&wording::NO_NON_STATE)
        } else {
            Sentence::new(
                &wording::NON_STATE_KINDS,
                vec![
                    ("count", Term::number(kinds.len())),
                    ("kinds", Term::labels(kinds.iter())),
                ],
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
            (Status::NotMet, Sentence::plain(&wording::NO_PARTY))
        } else if trained {
            (Status::Met, Sentence::plain(&wording::PARTIES_TRAINED))
        } else {
            (
                Status::Partly,
                Sentence::new(
                    &wording::PARTIES_UNTRAINED,
                    vec![("count", Term::number(parties))],
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
        let mut evidence = vec![Sentence::new(
            &wording::AT_LEVEL,
            vec![("rung", Term::number(maturity.rung))],
        )];
        let status = if maturity.rung >= 3 {
            evidence.push(Sentence::plain(&wording::ORGANIC));
            Status::Met
        } else if designated || vertical {
            evidence.push(Sentence::plain(&wording::PUSHED_FROM_ABOVE));
            Status::Met
        } else if ci == Knowable::Known(CriticalInfrastructureStatus::Considering) {
            evidence.push(Sentence::plain(&wording::DESIGNATION_CONSIDERED));
            Status::Partly
        } else {
            evidence.push(Sentence::plain(&wording::NOTHING_PUSHES));
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
            (Status::Met, Sentence::plain(&wording::OBSERVERS_ASSESS))
        } else if observers > 0 {
            (Status::Partly, Sentence::plain(&wording::OBSERVERS_IDLE))
        } else {
            (Status::NotMet, Sentence::plain(&wording::NO_OBSERVERS))
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
                Sentence::new(
                    &wording::RECOMMENDATION_UNMET,
                    vec![
                        ("number", Term::number(check.number)),
                        ("title", Term::clause(check.title.clone())),
                        ("evidence", Sentence::all(&check.evidence)),
                    ],
                ),
            ))
        })
        .collect()
}
