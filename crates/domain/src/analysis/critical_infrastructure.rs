//! Critical-infrastructure readiness: where elections are designated (or treated as) critical
//! infrastructure, does the model show what a designation should bring? Where they are not, and
//! organic collaboration has not got far, the publication suggests a vertical push.

use super::evidence::{FocusAreaAssessment, Maturity};
use super::facts::Facts;
use super::finding::{Finding, ObjectKind, ObjectRef, Rule};
use crate::Knowable;
use crate::catalogue::{CatalogueEntry, CriticalInfrastructureStatus, FocusArea, ThreatFamily};
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
    pub check: &'static str,
    /// `None`: not recorded.
    pub met: Option<bool>,
    pub evidence: String,
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
                "It is not recorded whether elections are designated critical infrastructure."
                    .to_owned(),
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
            let failed: Vec<&str> = checks
                .iter()
                .filter(|c| c.met == Some(false))
                .map(|c| c.check)
                .collect();
            if !failed.is_empty() {
                findings.push(Finding::new(
                    Rule::CriticalInfrastructureUnsupported,
                    "",
                    jurisdiction(),
                    format!(
                        "Elections are {} critical infrastructure, but the model lacks: {}.",
                        if status == Knowable::Known(CriticalInfrastructureStatus::Designated) {
                            "designated"
                        } else {
                            "treated as"
                        },
                        failed.join("; ")
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
                    format!(
                        "Collaboration is at level {} of 7 ({}) and elections are not designated critical infrastructure; a designation or another binding instrument could mandate the collaboration.",
                        maturity.rung,
                        maturity.level.label_in_sentence()
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
        check: "the designation is recorded in a binding instrument",
        met: match (&model.agreements, instrument) {
            (_, Some(_)) => Some(true),
            (Knowable::Unknown, None) => None,
            (Knowable::Known(_), None) => Some(false),
        },
        evidence: match instrument {
            Some(a) => format!("{} '{}'", a.kind.label(), a.title),
            None => "no agreement designates elections critical infrastructure".to_owned(),
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
        check: "a CERT or cybersecurity agency acts on attacks on election technology",
        met: if model.responsibilities.is_unknown() {
            None
        } else {
            Some(technical_partner.is_some())
        },
        evidence: match technical_partner {
            Some(r) => format!(
                "'{}' is {} for {}",
                facts.key(r.organisation),
                r.role.id(),
                r.threats.ids()
            ),
            None if model.responsibilities.is_unknown() => {
                "the responsibility matrix is not recorded".to_owned()
            }
            None => "no CERT or cybersecurity agency is responsible or accountable".to_owned(),
        },
    });

    let assessed = areas
        .iter()
        .find(|a| a.area == FocusArea::IndependentAssessment)
        .is_some_and(|a| a.shown);
    checks.push(ReadinessCheck {
        check: "minimum standards are independently assessed",
        met: Some(assessed),
        evidence: if assessed {
            "an independent certification, audit or test is recorded".to_owned()
        } else {
            "no independent certification, audit or test is recorded".to_owned()
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
        check: "the national CERT has a 24/7 emergency contact",
        met: if model.contacts.is_unknown() {
            None
        } else {
            Some(round_the_clock.is_some())
        },
        evidence: match round_the_clock {
            Some(&cert) => format!("'{}' answers emergencies around the clock", facts.key(cert)),
            None if model.contacts.is_unknown() => {
                "the contact directory is not recorded".to_owned()
            }
            None => "no round-the-clock emergency contact at a national CERT".to_owned(),
        },
    });
    checks
}
