//! Routing an incident: who is assigned by the responsibility matrix, who must be reached by
//! the escalation protocols, who is told, and what is withheld because the source shared too
//! narrowly. An incident that falls in a gap of the matrix goes to the coordinators and says
//! so; it is never silently unrouted.

use crate::Knowable;
use crate::catalogue::{IncidentSeverity, Phase, RaciRole, ThreatKind};
use crate::model::{AssetId, Contact, Model, OrgId};
use crate::sharing::{self, NeedToKnow, Principal, Sharing, TlpLevel};
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};

/// What routing needs to know about an incident.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IncidentFacts {
    pub threat: ThreatKind,
    pub severity: IncidentSeverity,
    /// The phase it happened in; `None` when the calendar does not say.
    pub phase: Option<Phase>,
    /// The affected assets of the register; empty when none was named.
    pub assets: Vec<AssetId>,
    /// The reporting organisation, which stands in for the operator when no asset is named.
    pub reporter: OrgId,
}

/// Why an organisation is on an incident, strongest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AssignmentRole {
    /// Answers for the outcome (matrix).
    Accountable,
    /// Does the work (matrix).
    Responsible,
    /// Must be reached under an escalation protocol.
    Escalation,
    /// Nobody is accountable: a coordinator has to find someone.
    Coordinator,
    /// Is asked before acting (matrix).
    Consulted,
    /// Is told (matrix).
    Informed,
}

impl AssignmentRole {
    pub const ALL: [AssignmentRole; 6] = [
        AssignmentRole::Accountable,
        AssignmentRole::Responsible,
        AssignmentRole::Escalation,
        AssignmentRole::Coordinator,
        AssignmentRole::Consulted,
        AssignmentRole::Informed,
    ];

    pub fn id(self) -> &'static str {
        match self {
            AssignmentRole::Accountable => "accountable",
            AssignmentRole::Responsible => "responsible",
            AssignmentRole::Escalation => "escalation",
            AssignmentRole::Coordinator => "coordinator",
            AssignmentRole::Consulted => "consulted",
            AssignmentRole::Informed => "informed",
        }
    }

    pub fn from_id(id: &str) -> Option<AssignmentRole> {
        AssignmentRole::ALL.into_iter().find(|r| r.id() == id)
    }

    /// Whether the organisation is expected to acknowledge (the others are only told).
    pub fn must_acknowledge(self) -> bool {
        !matches!(self, AssignmentRole::Consulted | AssignmentRole::Informed)
    }
}

/// An organisation on the incident.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Assignment {
    pub organisation: OrgId,
    pub role: AssignmentRole,
    /// The incident is not shared with the organisation (AMBER+STRICT or RED without it), so
    /// it is not alerted; the source sees that it should be.
    pub withheld: bool,
}

/// An organisation an escalation protocol says must acknowledge in time.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EscalationDuty {
    /// Index of the protocol in the model.
    pub protocol: usize,
    pub organisation: OrgId,
    pub within_minutes: u32,
    pub acknowledge_within_minutes: u32,
    pub withheld: bool,
}

/// The threat and phase no organisation is accountable for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Gap {
    pub threat: ThreatKind,
    pub phase: Option<Phase>,
}

/// Everything decided when an incident is written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IncidentPlan {
    pub assignments: Vec<Assignment>,
    pub escalations: Vec<EscalationDuty>,
    pub gap: Option<Gap>,
    pub audience: BTreeSet<Principal>,
    /// Organisations routing wanted to reach but the sharing does not allow; the source is
    /// told so it can widen the sharing on purpose.
    pub withheld: Vec<OrgId>,
}

/// Why an incident cannot be planned.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PlanError {
    #[error(transparent)]
    Sharing(#[from] sharing::SharingError),
    #[error("'{given}' is not an organisation of the model{}", .suggestion.as_ref().map(|s| format!("; did you mean '{s}'?")).unwrap_or_default())]
    UnknownRecipient {
        given: String,
        suggestion: Option<String>,
    },
}

/// The organisations accountable, responsible, consulted and informed for the incident by the
/// matrix. Rows limited to an organisation's assets apply when the asset's operator (or, with
/// no asset named, the reporting organisation) is that organisation or one of its sub-units.
pub fn route(model: &Model, facts: &IncidentFacts) -> BTreeMap<OrgId, RaciRole> {
    route_threat(
        model,
        facts.threat,
        facts.phase,
        &facts.assets,
        facts.reporter,
    )
}

/// [`route`] for anything that has a threat kind, a phase and assets, such as a false claim
/// about the process.
pub fn route_threat(
    model: &Model,
    threat: ThreatKind,
    phase: Option<Phase>,
    assets: &[AssetId],
    reporter: OrgId,
) -> BTreeMap<OrgId, RaciRole> {
    route_cells(model, threat, phase, assets, Some(reporter))
}

/// An organisation suggested as a recipient, with the role the matrix gives it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct SuggestedRecipient {
    pub organisation: OrgId,
    /// Accountable or responsible.
    pub role: RaciRole,
}

/// The organisations to offer first when someone chooses who receives an item of `threat` in
/// `phase` (every phase when `None`) on `assets`: those the responsibility matrix makes
/// accountable, then those it makes responsible, each group in the order of their names.
/// The reporter's own organisation is left out (it sees its reports anyway); without a
/// reporter, rows limited to an organisation's assets apply only through the assets named.
pub fn suggested_recipients(
    model: &Model,
    threat: ThreatKind,
    phase: Option<Phase>,
    assets: &[AssetId],
    reporter: Option<OrgId>,
) -> Vec<SuggestedRecipient> {
    let mut found: Vec<SuggestedRecipient> = route_cells(model, threat, phase, assets, reporter)
        .into_iter()
        .filter(|&(org, role)| {
            Some(org) != reporter && matches!(role, RaciRole::Accountable | RaciRole::Responsible)
        })
        .map(|(organisation, role)| SuggestedRecipient { organisation, role })
        .collect();
    found.sort_by_cached_key(|s| {
        (
            s.role != RaciRole::Accountable,
            model.organisation(s.organisation).name.to_lowercase(),
        )
    });
    found
}

fn route_cells(
    model: &Model,
    threat: ThreatKind,
    phase: Option<Phase>,
    assets: &[AssetId],
    reporter: Option<OrgId>,
) -> BTreeMap<OrgId, RaciRole> {
    let mut found: BTreeMap<OrgId, RaciRole> = BTreeMap::new();
    let mut add = |org: OrgId, role: RaciRole| {
        let strength = |r: RaciRole| match r {
            RaciRole::Accountable => 0,
            RaciRole::Responsible => 1,
            RaciRole::Consulted => 2,
            RaciRole::Informed => 3,
        };
        found
            .entry(org)
            .and_modify(|current| {
                if strength(role) < strength(*current) {
                    *current = role;
                }
            })
            .or_insert(role);
    };
    // (asset kind, operator) pairs the incident touches; with no asset, every kind the threat
    // acts on, operated by the reporter.
    let touched: Vec<(crate::catalogue::AssetKind, Option<OrgId>)> = if assets.is_empty() {
        threat
            .targets()
            .iter()
            .map(|kind| (kind, reporter))
            .collect()
    } else {
        assets
            .iter()
            .map(|&id| {
                let asset = model.asset(id);
                (asset.kind, asset.operator.known().copied())
            })
            .collect()
    };
    for row in model.responsibilities.items() {
        if !row.threats.contains(threat) {
            continue;
        }
        if let Some(phase) = phase
            && !row.phases.contains(phase)
        {
            continue;
        }
        let applies = touched.iter().any(|&(kind, operator)| {
            row.assets.contains(kind)
                && match row.within {
                    None => true,
                    Some(scope) => {
                        operator.is_some_and(|op| model.self_and_ancestors(op).contains(&scope))
                    }
                }
        });
        if applies {
            add(row.organisation, row.role);
        }
    }
    found
}

/// The organisations that report to one of these (their sub-units), not counting themselves:
/// the "clients" a TLP:AMBER recipient may share with.
fn sub_units(model: &Model, of: &BTreeSet<OrgId>) -> BTreeSet<OrgId> {
    model
        .org_ids()
        .filter(|id| !of.contains(id))
        .filter(|&id| {
            model
                .self_and_ancestors(id)
                .iter()
                .skip(1)
                .any(|a| of.contains(a))
        })
        .collect()
}

/// Plans an incident: routes it, applies the escalation protocols, computes its audience and
/// marks what the sharing withholds. `coordinators` are the organisations whose people
/// coordinate the platform, alerted when the incident falls in a gap.
pub fn plan(
    model: &Model,
    facts: &IncidentFacts,
    sharing: &Sharing,
    coordinators: &[OrgId],
) -> Result<IncidentPlan, PlanError> {
    sharing.validate()?;
    let matrix = route(model, facts);
    let mut roles: BTreeMap<OrgId, AssignmentRole> = matrix
        .iter()
        .map(|(&org, &role)| {
            let role = match role {
                RaciRole::Accountable => AssignmentRole::Accountable,
                RaciRole::Responsible => AssignmentRole::Responsible,
                RaciRole::Consulted => AssignmentRole::Consulted,
                RaciRole::Informed => AssignmentRole::Informed,
            };
            (org, role)
        })
        .collect();
    let mut assign = |org: OrgId, role: AssignmentRole| {
        roles
            .entry(org)
            .and_modify(|current| *current = (*current).min(role))
            .or_insert(role);
    };

    let gap = (!matrix.values().any(|r| *r == RaciRole::Accountable)).then_some(Gap {
        threat: facts.threat,
        phase: facts.phase,
    });
    if gap.is_some() {
        for &org in coordinators {
            assign(org, AssignmentRole::Coordinator);
        }
    }

    let mut escalations = Vec::new();
    for (index, protocol) in model.escalation_protocols.items().iter().enumerate() {
        if !protocol.applies_to(facts.threat, facts.severity, facts.phase) {
            continue;
        }
        for target in &protocol.targets {
            assign(target.organisation, AssignmentRole::Escalation);
            escalations.push(EscalationDuty {
                protocol: index,
                organisation: target.organisation,
                within_minutes: target.within_minutes,
                acknowledge_within_minutes: protocol.acknowledge_within_minutes,
                withheld: false,
            });
        }
    }

    let audience = audience_for(model, sharing, roles.keys().copied())?;
    let reached = |org: OrgId| reaches(model, sharing.tlp, &audience, org);

    let assignments: Vec<Assignment> = roles
        .iter()
        .map(|(&organisation, &role)| Assignment {
            organisation,
            role,
            withheld: !reached(organisation),
        })
        .collect();
    for duty in &mut escalations {
        duty.withheld = !reached(duty.organisation);
    }
    let withheld = assignments
        .iter()
        .filter(|a| a.withheld)
        .map(|a| a.organisation)
        .collect();
    Ok(IncidentPlan {
        assignments,
        escalations,
        gap,
        audience,
        withheld,
    })
}

/// The audience of an item shared under `sharing` and routed to `routed`: the level decides,
/// and where it allows need to know, the routed organisations and the sub-units of the
/// recipients are drawn in. Fails on a recipient the model does not know.
pub fn audience_for(
    model: &Model,
    sharing: &Sharing,
    routed: impl Iterator<Item = OrgId>,
) -> Result<BTreeSet<Principal>, PlanError> {
    let mut recipients = BTreeSet::new();
    for key in &sharing.organisations {
        let id = model
            .org_ids()
            .find(|&id| model.key(id) == key)
            .ok_or_else(|| PlanError::UnknownRecipient {
                given: key.clone(),
                suggestion: crate::suggest::closest(
                    key,
                    model.organisations.iter().map(|o| o.key.as_str()),
                )
                .map(str::to_owned),
            })?;
        recipients.insert(id);
    }
    let key_set = |ids: &mut dyn Iterator<Item = OrgId>| -> BTreeSet<String> {
        ids.map(|id| model.key(id).to_owned()).collect()
    };
    let need_to_know = NeedToKnow {
        routed: key_set(&mut { routed }),
        clients: key_set(&mut sub_units(model, &recipients).into_iter()),
    };
    Ok(sharing::audience(sharing, &need_to_know))
}

/// Whether an organisation as such is reached (alerted) by an item with this audience. Under
/// RED only named people read it; organisations are never alerted as such.
pub fn reaches(model: &Model, tlp: TlpLevel, audience: &BTreeSet<Principal>, org: OrgId) -> bool {
    tlp != TlpLevel::Red && sharing::reaches_organisation(audience, model.key(org))
}

/// The contacts of an organisation in the order an escalation tries them: emergency contacts
/// reachable around the clock first, then other emergency contacts, then the rest, each group
/// in the order of the directory.
pub fn contact_chain(model: &Model, organisation: OrgId) -> Vec<&Contact> {
    let mut chain: Vec<&Contact> = model
        .contacts
        .items()
        .iter()
        .filter(|c| c.organisation == organisation)
        .collect();
    chain.sort_by_key(|c| {
        if c.is_round_the_clock_emergency() {
            0
        } else if c.emergency {
            1
        } else {
            2
        }
    });
    chain
}

/// The phase an election is in on a day: of the dated phases that contain the day, the one
/// that started last (the most specific); on a tie, the earlier in the cycle.
pub fn phase_on(model: &Model, day: time::Date) -> Option<Phase> {
    let election = model.election.as_ref()?;
    election
        .phases
        .iter()
        .filter_map(|p| match p.dates {
            Knowable::Known(range) if range.contains(day) => Some((range.from, p.phase)),
            _ => None,
        })
        .max_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)))
        .map(|(_, phase)| phase)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::access::{Role, Viewer};
    use crate::catalogue::{AssetKind, CatalogueSet};
    use crate::model::{
        Asset, DateRange, DatedPhase, Election, EscalationProtocol, EscalationTarget, Organisation,
        Responsibility,
    };
    use time::macros::date;

    fn org(
        key: &str,
        kind: crate::catalogue::OrganisationKind,
        parent: Option<u32>,
    ) -> Organisation {
        let mut o = Organisation::new(key, key, kind);
        o.parent = parent.map(OrgId);
        o
    }

    /// EMB (0) with a local office (1), CERT (2), security service (3), ministry (4).
    fn model() -> Model {
        use crate::catalogue::OrganisationKind::*;
        let mut m = Model::testland();
        m.organisations = vec![
            org("emb", Emb, None),
            org("office", Emb, Some(0)),
            org("cert", Cert, None),
            org("security", Intelligence, None),
            org("ministry", Ministry, None),
        ];
        m.assets = Knowable::Known(vec![Asset {
            key: "results-site".into(),
            name: "Results website".into(),
            kind: AssetKind::ResultsWebsite,
            operator: Knowable::Known(OrgId(0)),
            vendor: None,
            supply_chain: Vec::new(),
            phases: CatalogueSet::all(),
            protection: crate::model::AssetProtection::unknown(),
            notes: None,
        }]);
        let row =
            |org: u32, role: RaciRole, threat: ThreatKind, within: Option<u32>| Responsibility {
                organisation: OrgId(org),
                role,
                threats: [threat].into_iter().collect(),
                phases: CatalogueSet::all(),
                assets: CatalogueSet::all(),
                within: within.map(OrgId),
                notes: None,
            };
        m.responsibilities = Knowable::Known(vec![
            row(2, RaciRole::Accountable, ThreatKind::Ddos, None),
            row(0, RaciRole::Responsible, ThreatKind::Ddos, None),
            row(4, RaciRole::Informed, ThreatKind::Ddos, None),
            row(
                1,
                RaciRole::Accountable,
                ThreatKind::SocialEngineering,
                Some(1),
            ),
        ]);
        m.escalation_protocols = Knowable::Known(vec![EscalationProtocol {
            key: "severe".into(),
            name: "Severe on voting day".into(),
            min_severity: IncidentSeverity::High,
            threats: CatalogueSet::all(),
            phases: [Phase::Voting].into_iter().collect(),
            targets: vec![
                EscalationTarget {
                    organisation: OrgId(3),
                    within_minutes: 15,
                },
                EscalationTarget {
                    organisation: OrgId(4),
                    within_minutes: 15,
                },
            ],
            acknowledge_within_minutes: 10,
            notes: None,
        }]);
        m.election = Some(Election {
            name: "E".into(),
            phases: vec![
                DatedPhase {
                    phase: Phase::Campaign,
                    dates: Knowable::Known(DateRange {
                        from: date!(2027 - 04 - 17),
                        to: date!(2027 - 05 - 14),
                    }),
                },
                DatedPhase {
                    phase: Phase::Voting,
                    dates: Knowable::Known(DateRange {
                        from: date!(2027 - 05 - 15),
                        to: date!(2027 - 05 - 15),
                    }),
                },
                DatedPhase {
                    phase: Phase::Counting,
                    dates: Knowable::Known(DateRange {
                        from: date!(2027 - 05 - 15),
                        to: date!(2027 - 05 - 16),
                    }),
                },
                DatedPhase {
                    phase: Phase::Planning,
                    dates: Knowable::Known(DateRange {
                        from: date!(2026 - 06 - 01),
                        to: date!(2027 - 05 - 31),
                    }),
                },
            ],
        });
        m
    }

    fn facts(
        threat: ThreatKind,
        severity: IncidentSeverity,
        phase: Option<Phase>,
    ) -> IncidentFacts {
        IncidentFacts {
            threat,
            severity,
            phase,
            assets: Vec::new(),
            reporter: OrgId(1),
        }
    }

    fn sharing(tlp: TlpLevel, orgs: &[&str], people: &[&str]) -> Sharing {
        Sharing {
            tlp,
            source_organisation: "office".into(),
            reporter: "reporter".into(),
            organisations: orgs.iter().map(|s| s.to_string()).collect(),
            people: people.iter().map(|s| s.to_string()).collect(),
            observers: false,
        }
    }

    fn role_of(plan: &IncidentPlan, org: u32) -> Option<(AssignmentRole, bool)> {
        plan.assignments
            .iter()
            .find(|a| a.organisation == OrgId(org))
            .map(|a| (a.role, a.withheld))
    }

    #[test]
    fn the_matrix_assigns_and_amber_draws_the_assigned_in() {
        let m = model();
        let f = facts(
            ThreatKind::Ddos,
            IncidentSeverity::Medium,
            Some(Phase::Campaign),
        );
        let plan = plan(&m, &f, &sharing(TlpLevel::Amber, &[], &[]), &[OrgId(0)]).unwrap();
        assert_eq!(
            role_of(&plan, 2),
            Some((AssignmentRole::Accountable, false))
        );
        assert_eq!(
            role_of(&plan, 0),
            Some((AssignmentRole::Responsible, false))
        );
        assert_eq!(role_of(&plan, 4), Some((AssignmentRole::Informed, false)));
        assert_eq!(
            role_of(&plan, 3),
            None,
            "no protocol applies in the campaign"
        );
        assert!(plan.gap.is_none());
        let cert = Viewer {
            account: "c".into(),
            organisation: Some("cert".into()),
            role: Role::Reader,
        };
        assert!(sharing::admits(
            &plan.audience,
            &sharing::principals_of(Some(&cert))
        ));
    }

    #[test]
    fn a_gap_alerts_the_coordinators_and_says_so() {
        let m = model();
        let f = facts(
            ThreatKind::Ransomware,
            IncidentSeverity::Low,
            Some(Phase::Campaign),
        );
        let plan = plan(&m, &f, &sharing(TlpLevel::Amber, &[], &[]), &[OrgId(0)]).unwrap();
        let gap = plan.gap.as_ref().expect("a gap");
        assert_eq!((gap.threat, gap.phase), (f.threat, f.phase));
        assert_eq!(
            role_of(&plan, 0),
            Some((AssignmentRole::Coordinator, false))
        );
    }

    #[test]
    fn rows_limited_to_an_organisation_apply_to_what_it_operates() {
        let m = model();
        // The office reports phishing of its own e-mail: its own row applies.
        let f = facts(ThreatKind::SocialEngineering, IncidentSeverity::Low, None);
        assert_eq!(route(&m, &f).get(&OrgId(1)), Some(&RaciRole::Accountable));
        // The same threat on the EMB's results website: the office's row does not apply.
        let mut on_site = f.clone();
        on_site.assets = vec![AssetId(0)];
        on_site.reporter = OrgId(2);
        assert!(route(&m, &on_site).is_empty());
    }

    #[test]
    fn escalation_protocols_apply_by_severity_and_phase() {
        let m = model();
        let voting = facts(
            ThreatKind::Ddos,
            IncidentSeverity::Critical,
            Some(Phase::Voting),
        );
        let plan = plan(&m, &voting, &sharing(TlpLevel::Amber, &[], &[]), &[]).unwrap();
        assert_eq!(plan.escalations.len(), 2);
        assert_eq!(role_of(&plan, 3), Some((AssignmentRole::Escalation, false)));
        let low = facts(
            ThreatKind::Ddos,
            IncidentSeverity::Medium,
            Some(Phase::Voting),
        );
        assert!(
            super::plan(&m, &low, &sharing(TlpLevel::Amber, &[], &[]), &[])
                .unwrap()
                .escalations
                .is_empty()
        );
        let unknown_phase = facts(ThreatKind::Ddos, IncidentSeverity::Critical, None);
        assert!(
            super::plan(&m, &unknown_phase, &sharing(TlpLevel::Amber, &[], &[]), &[])
                .unwrap()
                .escalations
                .is_empty()
        );
    }

    #[test]
    fn strict_sharing_withholds_instead_of_widening() {
        let m = model();
        let f = facts(
            ThreatKind::Ddos,
            IncidentSeverity::Critical,
            Some(Phase::Voting),
        );
        let plan = plan(&m, &f, &sharing(TlpLevel::AmberStrict, &["cert"], &[]), &[]).unwrap();
        assert_eq!(
            role_of(&plan, 2),
            Some((AssignmentRole::Accountable, false))
        );
        assert_eq!(role_of(&plan, 3), Some((AssignmentRole::Escalation, true)));
        assert!(plan.withheld.contains(&OrgId(3)));
        assert!(plan.escalations.iter().all(|e| e.withheld));
        assert!(
            !plan
                .audience
                .contains(&Principal::Organisation("security".into()))
        );

        let red = super::plan(&m, &f, &sharing(TlpLevel::Red, &[], &["p1"]), &[]).unwrap();
        assert!(red.assignments.iter().all(|a| a.withheld));
    }

    #[test]
    fn amber_reaches_the_recipients_sub_units_but_strict_does_not() {
        let m = model();
        let f = facts(
            ThreatKind::Ransomware,
            IncidentSeverity::Low,
            Some(Phase::Campaign),
        );
        let mut s = sharing(TlpLevel::Amber, &["emb"], &[]);
        s.source_organisation = "cert".into();
        let amber = plan(&m, &f, &s, &[]).unwrap();
        assert!(
            amber
                .audience
                .contains(&Principal::Organisation("office".into()))
        );
        s.tlp = TlpLevel::AmberStrict;
        let strict = plan(&m, &f, &s, &[]).unwrap();
        assert!(
            !strict
                .audience
                .contains(&Principal::Organisation("office".into()))
        );
    }

    #[test]
    fn unknown_recipients_are_refused_with_a_suggestion() {
        let m = model();
        let f = facts(ThreatKind::Ddos, IncidentSeverity::Low, None);
        let error = plan(&m, &f, &sharing(TlpLevel::Amber, &["cret"], &[]), &[]).unwrap_err();
        assert_eq!(
            error.to_string(),
            "'cret' is not an organisation of the model; did you mean 'cert'?"
        );
    }

    #[test]
    fn the_phase_of_a_day_is_the_most_specific() {
        let m = model();
        assert_eq!(phase_on(&m, date!(2026 - 11 - 25)), Some(Phase::Planning));
        assert_eq!(phase_on(&m, date!(2027 - 05 - 01)), Some(Phase::Campaign));
        assert_eq!(phase_on(&m, date!(2027 - 05 - 15)), Some(Phase::Voting));
        assert_eq!(phase_on(&m, date!(2027 - 05 - 16)), Some(Phase::Counting));
        assert_eq!(phase_on(&m, date!(2028 - 01 - 01)), None);
    }

    #[test]
    fn recipients_suggested_are_the_accountable_then_the_responsible_by_name() {
        let mut m = model();
        let suggested = |m: &Model, phase, reporter| -> Vec<(String, RaciRole)> {
            suggested_recipients(m, ThreatKind::Ddos, phase, &[], reporter)
                .into_iter()
                .map(|s| (m.organisation(s.organisation).key.clone(), s.role))
                .collect()
        };
        let key = |k: &str, role| (k.to_owned(), role);
        // The local office reports: the CERT answers for it, the EMB does the work; the
        // ministry, only informed, is not suggested.
        assert_eq!(
            suggested(&m, Some(Phase::Voting), Some(OrgId(1))),
            vec![
                key("cert", RaciRole::Accountable),
                key("emb", RaciRole::Responsible)
            ]
        );
        // The reporter is never suggested to itself.
        assert_eq!(
            suggested(&m, Some(Phase::Voting), Some(OrgId(0))),
            vec![key("cert", RaciRole::Accountable)]
        );
        // A row for one phase only counts in that phase; several accountable go by name.
        if let Knowable::Known(rows) = &mut m.responsibilities {
            let mut only_counting = rows[0].clone();
            only_counting.organisation = OrgId(3);
            only_counting.phases = [Phase::Counting].into_iter().collect();
            rows.push(only_counting);
        }
        assert_eq!(
            suggested(&m, Some(Phase::Voting), Some(OrgId(4))),
            vec![
                key("cert", RaciRole::Accountable),
                key("emb", RaciRole::Responsible)
            ]
        );
        assert_eq!(
            suggested(&m, Some(Phase::Counting), Some(OrgId(4))),
            vec![
                key("cert", RaciRole::Accountable),
                key("security", RaciRole::Accountable),
                key("emb", RaciRole::Responsible)
            ]
        );
        // Rows limited to an organisation's own assets apply to its reports only.
        let social =
            |reporter| suggested_recipients(&m, ThreatKind::SocialEngineering, None, &[], reporter);
        assert_eq!(social(Some(OrgId(0))), vec![]);
        assert_eq!(social(None), vec![]);
        assert_eq!(
            social(Some(OrgId(2))),
            vec![],
            "the CERT is no sub-unit of the office"
        );
    }
}
