//! False claims about the electoral process: which claims count, who must know of one (the
//! matrix, as for an incident, within the sharing the source chose), and the requests to
//! platforms to rectify them, with how long the platforms took.

use crate::catalogue::{CatalogueEntry, Phase, RaciRole, ThreatFamily, ThreatKind};
use crate::incident::{self, PlanError};
use crate::model::{Model, OrgId};
use crate::sharing::{Principal, Sharing};
use std::collections::{BTreeMap, BTreeSet};
use time::{Duration, OffsetDateTime};

/// A clock may run this far ahead of the server's before a time counts as "in the future".
const CLOCK_SKEW: Duration = Duration::minutes(5);

/// What planning a disinformation item needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DisinformationFacts {
    pub threat: ThreatKind,
    pub phase: Option<Phase>,
    /// The reporting organisation, which stands in for the operator of what the claim targets.
    pub reporter: OrgId,
}

/// Who a disinformation item reaches.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DisinformationPlan {
    /// The organisations the matrix names for the claim's threat in its phase.
    pub routed: BTreeMap<OrgId, RaciRole>,
    pub audience: BTreeSet<Principal>,
    /// Routed organisations the sharing does not reach; the source may widen it.
    pub withheld: Vec<OrgId>,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DisinformationError {
    #[error(
        "a disinformation item is about a false claim on the process: its threat kind must be one of {}, not '{given}'",
        expected.join(", ")
    )]
    NotAClaim {
        given: &'static str,
        expected: Vec<&'static str>,
    },
    #[error(transparent)]
    Plan(#[from] PlanError),
}

/// The threat kinds a disinformation item may have.
pub fn claim_kinds() -> Vec<ThreatKind> {
    ThreatKind::ALL
        .iter()
        .copied()
        .filter(|t| t.family() == ThreatFamily::ProcessDisinformation)
        .collect()
}

/// Routes a disinformation item by the matrix and computes its audience.
pub fn plan(
    model: &Model,
    facts: &DisinformationFacts,
    sharing: &Sharing,
) -> Result<DisinformationPlan, DisinformationError> {
    if facts.threat.family() != ThreatFamily::ProcessDisinformation {
        return Err(DisinformationError::NotAClaim {
            given: facts.threat.id(),
            expected: claim_kinds().iter().map(|t| t.id()).collect(),
        });
    }
    sharing.validate().map_err(PlanError::from)?;
    let routed = incident::route_threat(model, facts.threat, facts.phase, &[], facts.reporter);
    let audience = incident::audience_for(model, sharing, routed.keys().copied())?;
    let withheld = routed
        .keys()
        .copied()
        .filter(|&org| !incident::reaches(model, sharing.tlp, &audience, org))
        .collect();
    Ok(DisinformationPlan {
        routed,
        audience,
        withheld,
    })
}

/// When a platform was asked to rectify a claim and when it answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RectificationTimes {
    pub sent: OffsetDateTime,
    pub acknowledged: Option<OffsetDateTime>,
    pub acted_on: Option<OffsetDateTime>,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RectificationError {
    #[error("the {0} time is in the future")]
    InFuture(&'static str),
    #[error("the {0} time is before the request was sent")]
    BeforeSent(&'static str),
}

impl RectificationTimes {
    /// Checks the times make sense at `now`: none in the future, no answer before the request.
    pub fn check(&self, now: OffsetDateTime) -> Result<(), RectificationError> {
        for (name, time) in [
            ("sending", Some(self.sent)),
            ("acknowledgement", self.acknowledged),
            ("action", self.acted_on),
        ] {
            if let Some(time) = time {
                if time > now + CLOCK_SKEW {
                    return Err(RectificationError::InFuture(name));
                }
                if time < self.sent {
                    return Err(RectificationError::BeforeSent(name));
                }
            }
        }
        Ok(())
    }

    /// How long the platform took to acknowledge.
    pub fn acknowledgement_time(&self) -> Option<Duration> {
        self.acknowledged.map(|at| at - self.sent)
    }

    /// How long the platform took to act (its response time).
    pub fn response_time(&self) -> Option<Duration> {
        self.acted_on.map(|at| at - self.sent)
    }
}

/// A duration in words a duty officer reads at a glance: "45 min", "3 h 20 min", "2 d 4 h".
pub fn describe_duration(duration: Duration) -> String {
    let minutes = duration.whole_minutes().max(0);
    let (days, hours, mins) = (minutes / 1440, minutes / 60 % 24, minutes % 60);
    match (days, hours) {
        (0, 0) => format!("{mins} min"),
        (0, _) => format!("{hours} h {mins} min"),
        _ => format!("{days} d {hours} h"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Knowable;
    use crate::catalogue::{CatalogueSet, OrganisationKind};
    use crate::model::{Organisation, Responsibility};
    use crate::sharing::TlpLevel;
    use time::macros::datetime;

    /// An EMB (0) with a local office (1), the media regulator (2), accountable for claims on
    /// turnout, and a CERT (3).
    fn model() -> Model {
        let mut m = Model::testland();
        let org = |key: &str, kind, parent: Option<u32>| {
            let mut o = Organisation::new(key, key, kind);
            o.parent = parent.map(OrgId);
            o
        };
        m.organisations = vec![
            org("emb", OrganisationKind::Emb, None),
            org("office", OrganisationKind::Emb, Some(0)),
            org("regulator", OrganisationKind::MediaRegulator, None),
            org("cert", OrganisationKind::Cert, None),
        ];
        m.responsibilities = Knowable::Known(vec![Responsibility {
            organisation: OrgId(2),
            role: RaciRole::Accountable,
            threats: [ThreatKind::DisinformationTurnout].into_iter().collect(),
            phases: CatalogueSet::all(),
            assets: CatalogueSet::all(),
            within: None,
            notes: None,
        }]);
        m
    }

    fn sharing(tlp: TlpLevel, organisations: &[&str]) -> Sharing {
        Sharing {
            tlp,
            source_organisation: "office".into(),
            reporter: "a1".into(),
            organisations: organisations.iter().map(|s| s.to_string()).collect(),
            people: BTreeSet::new(),
            observers: false,
        }
    }

    #[test]
    fn only_claims_about_the_process_are_disinformation_items() {
        let model = model();
        let facts = DisinformationFacts {
            threat: ThreatKind::Ddos,
            phase: None,
            reporter: OrgId(1),
        };
        let error = plan(&model, &facts, &sharing(TlpLevel::Green, &[])).unwrap_err();
        assert!(
            error.to_string().contains("disinformation_turnout"),
            "{error}"
        );
    }

    #[test]
    fn amber_reaches_the_organisations_the_matrix_names_and_strict_withholds_them() {
        let model = model();
        let facts = DisinformationFacts {
            threat: ThreatKind::DisinformationTurnout,
            phase: Some(Phase::Voting),
            reporter: OrgId(1),
        };
        let amber = plan(&model, &facts, &sharing(TlpLevel::Amber, &[])).unwrap();
        assert_eq!(amber.routed.get(&OrgId(2)), Some(&RaciRole::Accountable));
        assert!(amber.withheld.is_empty());
        let reached = |plan: &DisinformationPlan, key| {
            crate::sharing::reaches_organisation(&plan.audience, key)
        };
        assert!(reached(&amber, "regulator"));
        assert!(!reached(&amber, "cert"), "no need to know");
        let strict = plan(&model, &facts, &sharing(TlpLevel::AmberStrict, &[])).unwrap();
        assert_eq!(strict.withheld, vec![OrgId(2)]);
        assert!(!reached(&strict, "regulator"));
        let named = plan(&model, &facts, &sharing(TlpLevel::AmberStrict, &["cert"])).unwrap();
        assert!(reached(&named, "cert"));
        let unknown = plan(&model, &facts, &sharing(TlpLevel::Amber, &["cret"])).unwrap_err();
        assert!(
            unknown.to_string().contains("did you mean 'cert'"),
            "{unknown}"
        );
    }

    #[test]
    fn rectification_times_are_checked_and_measured() {
        let sent = datetime!(2026-11-29 09:00 UTC);
        let now = datetime!(2026-11-29 18:00 UTC);
        let times = RectificationTimes {
            sent,
            acknowledged: Some(datetime!(2026-11-29 09:40 UTC)),
            acted_on: Some(datetime!(2026-11-29 12:15 UTC)),
        };
        assert_eq!(times.check(now), Ok(()));
        assert_eq!(times.acknowledgement_time(), Some(Duration::minutes(40)));
        assert_eq!(
            describe_duration(times.response_time().unwrap()),
            "3 h 15 min"
        );
        let early = RectificationTimes {
            acted_on: Some(datetime!(2026-11-29 08:00 UTC)),
            ..times
        };
        assert_eq!(
            early.check(now),
            Err(RectificationError::BeforeSent("action"))
        );
        let future = RectificationTimes {
            sent: datetime!(2026-11-30 09:00 UTC),
            acknowledged: None,
            acted_on: None,
        };
        assert_eq!(
            future.check(now),
            Err(RectificationError::InFuture("sending"))
        );
        assert_eq!(describe_duration(Duration::hours(52)), "2 d 4 h");
    }
}
