//! Critical-infrastructure readiness: where elections are designated (or treated as) critical
//! infrastructure, does the model show what a designation should bring? Where they are not, and
//! organic collaboration has not got far, the publication suggests a vertical push.

use super::evidence::{FocusAreaAssessment, Maturity};
use super::facts::Facts;
use super::finding::{Finding, ObjectKind, ObjectRef, Rule};
use super::sentence::{Sentence, Term};
use super::wording;
use crate::Knowable;
use crate::catalogue::{CriticalInfrastructureStatus, FocusArea, ThreatFamily};
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Readiness {
    Ready,
    Partly,
    NotReady,
    /// Elections are not designated: readiness is not at stake.
    NotApplicable,
    /// The status or the facts needed are not recorded.
    Unknown,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReadinessCheck {
    pub check: Sentence,
    /// `None`: not recorded.
    pub met: Option<bool>,
    pub evidence: Sentence,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CriticalInfrastructure {
    pub status: Knowable<CriticalInfrastructureStatus>,
    pub readiness: Readiness,
    pub checks: Vec<ReadinessCheck>,
}

pub fn assess(
    facts: &Facts,
    areas: &[FocusAreaAssessment],
    maturity: &Maturity,
    findings: &mut Vec<Finding>,
) -> CriticalInfrastructure {
    let model = facts.model;
    let status = model.jurisdiction.critical_infrastructure;
    let jurisdiction = || {
        vec![ObjectRef::new(
            ObjectKind::Jurisdiction,
            &model.jurisdiction.name,
        )]
    };
    let checks = readiness_checks(facts, areas);

    let readiness = match status {
        Knowable::Unknown => {
            findings.push(Finding::new(
                Rule::CriticalInfrastructureUnknown,
                "",
                jurisdiction(),
                Sentence::plain(&wording::CRITICAL_INFRASTRUCTURE_UNKNOWN),
            ));
            Readiness::Unknown
        }
        Knowable::Known(
            CriticalInfrastructureStatus::Designated | CriticalInfrastructureStatus::TreatedAs,
        ) => {
            let met = checks.iter().filter(|c| c.met == Some(true)).count();
            let unknown = checks.iter().filter(|c| c.met.is_none()).count();
            let readiness = if met == checks.len() {
                Readiness::Ready
            } else if met + unknown == checks.len() {
                Readiness::Unknown
            } else if met == 0 {
                Readiness::NotReady
            } else {
                Readiness::Partly
            };
            let failed: Vec<Sentence> = checks
                .iter()
                .filter(|c| c.met == Some(false))
                .map(|c| c.check.clone())
                .collect();
            if !failed.is_empty() {
                findings.push(Finding::new(
                    Rule::CriticalInfrastructureUnsupported,
                    "",
                    jurisdiction(),
                    Sentence::new(
                        if status == Knowable::Known(CriticalInfrastructureStatus::Designated) {
                            &wording::DESIGNATED_BUT_LACKS
                        } else {
                            &wording::TREATED_AS_BUT_LACKS
                        },
                        vec![("missing", Sentence::all(&failed))],
                    ),
                ));
            }
            readiness
        }
        Knowable::Known(_) => {
            if maturity.rung < 2 {
                findings.push(Finding::new(
                    Rule::CriticalInfrastructureConsider,
                    "",
                    jurisdiction(),
                    Sentence::new(
                        &wording::CONSIDER_DESIGNATION,
                        vec![
                            ("rung", Term::number(maturity.rung)),
                            ("level", Term::label(maturity.level)),
                        ],
                    ),
                ));
            }
            Readiness::NotApplicable
        }
    };
    CriticalInfrastructure {
        status,
        readiness,
        checks,
    }
}

fn readiness_checks(facts: &Facts, areas: &[FocusAreaAssessment]) -> Vec<ReadinessCheck> {
    let model = facts.model;
    let mut checks = Vec::new();

    let instrument = model
        .agreements
        .items()
        .iter()
        .find(|a| a.designates_critical_infrastructure);
    checks.push(ReadinessCheck {
        check: Sentence::plain(&wording::READY_INSTRUMENT),
        met: match (&model.agreements, instrument) {
            (_, Some(_)) => Some(true),
            (Knowable::Unknown, None) => None,
            (Knowable::Known(_), None) => Some(false),
        },
        evidence: match instrument {
            Some(a) => Sentence::new(
                &wording::INSTRUMENT,
                vec![
                    ("kind", Term::label(a.kind)),
                    ("title", Term::text(&a.title)),
                ],
            ),
            None => Sentence::plain(&wording::NO_DESIGNATING_AGREEMENT),
        },
    });

    let technical_partner = model.responsibilities.items().iter().find(|r| {
        r.role.acts()
            && facts.is_cyber_body(r.organisation)
            && r.threats
                .iter()
                .any(|t| t.family() == ThreatFamily::TechnologyAttack)
    });
    checks.push(ReadinessCheck {
        check: Sentence::plain(&wording::READY_TECHNICAL_PARTNER),
        met: if model.responsibilities.is_unknown() {
            None
        } else {
            Some(technical_partner.is_some())
        },
        evidence: match technical_partner {
            Some(r) => Sentence::new(
                &wording::ACTS_FOR,
                vec![
                    (
                        "organisation",
                        Term::object(ObjectRef::new(
                            ObjectKind::Organisation,
                            facts.key(r.organisation),
                        )),
                    ),
                    ("role", Term::label(r.role)),
                    ("threats", Term::labels(r.threats.iter())),
                ],
            ),
            None if model.responsibilities.is_unknown() => {
                Sentence::plain(&wording::MATRIX_NOT_RECORDED)
            }
            None => Sentence::plain(&wording::NO_CYBER_BODY_ACTS),
        },
    });

    let assessed = areas
        .iter()
        .find(|a| a.area == FocusArea::IndependentAssessment)
        .is_some_and(|a| a.shown);
    checks.push(ReadinessCheck {
        check: Sentence::plain(&wording::READY_ASSESSED),
        met: Some(assessed),
        evidence: if assessed {
            Sentence::plain(&wording::ASSESSMENT_RECORDED)
        } else {
            Sentence::plain(&wording::NO_ASSESSMENT_RECORDED)
        },
    });

    let round_the_clock = facts.national_certs.iter().find(|&&cert| {
        model
            .contacts
            .items()
            .iter()
            .any(|c| c.organisation == cert && c.is_round_the_clock_emergency())
    });
    checks.push(ReadinessCheck {
        check: Sentence::plain(&wording::READY_CERT_ROUND_THE_CLOCK),
        met: if model.contacts.is_unknown() {
            None
        } else {
            Some(round_the_clock.is_some())
        },
        evidence: match round_the_clock {
            Some(&cert) => Sentence::new(
                &wording::CERT_ANSWERS,
                vec![(
                    "organisation",
                    Term::object(ObjectRef::new(ObjectKind::Organisation, facts.key(cert))),
                )],
            ),
            None if model.contacts.is_unknown() => {
                Sentence::plain(&wording::DIRECTORY_NOT_RECORDED)
            }
            None => Sentence::plain(&wording::NO_CERT_ROUND_THE_CLOCK),
        },
    });
    checks
}
