//! What the model shows in practice: the seven focus areas, the level of collaboration they
//! add up to, and whether collaboration is built horizontally, vertically or both. All of it is
//! inferred from the model's structure, never typed in; every conclusion carries the evidence
//! that led to it. The rules are documented in docs/ANALYSIS.md.

use super::facts::Facts;
use super::finding::{ObjectKind, ObjectRef};
use super::sentence::{Sentence, Term, Wording};
use super::wording;
use crate::Knowable;
use crate::catalogue::{
    AgreementKind, CatalogueEntry, CollaborationLevel, CriticalInfrastructureStatus, FocusArea,
    OrganisationKind, Sector, ThreatFamily,
};
use crate::model::{Activity, Agreement, Forum, OrgId};
use serde::Serialize;
use std::collections::{BTreeMap, HashSet};

/// A fact of the model that supports a conclusion.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Evidence {
    pub text: Sentence,
    pub objects: Vec<ObjectRef>,
}

impl Evidence {
    fn new(text: Sentence, objects: Vec<ObjectRef>) -> Self {
        Evidence { text, objects }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FocusAreaAssessment {
    pub area: FocusArea,
    pub shown: bool,
    pub evidence: Vec<Evidence>,
    /// What would show the area, when it is not shown.
    pub missing: Vec<Sentence>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Approach {
    Horizontal,
    Vertical,
    Mixed,
}

impl Approach {
    pub fn id(self) -> &'static str {
        match self {
            Approach::Horizontal => "horizontal",
            Approach::Vertical => "vertical",
            Approach::Mixed => "mixed",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ApproachAssessment {
    /// `None` when the model shows neither: no forums, agreements or designation.
    pub approach: Option<Approach>,
    pub horizontal: Vec<Evidence>,
    pub vertical: Vec<Evidence>,
    /// How the signs decide the approach.
    pub reason: Sentence,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Maturity {
    pub level: CollaborationLevel,
    pub rung: usize,
    pub next: Option<CollaborationLevel>,
    /// Exactly what the next level needs.
    pub missing_for_next: Vec<Sentence>,
    /// Focus areas shown above the first missing rung: work done out of order.
    pub shown_above: Vec<FocusArea>,
}

fn org_ref(facts: &Facts, id: OrgId) -> ObjectRef {
    ObjectRef::new(ObjectKind::Organisation, facts.key(id))
}

/// Evidence from an agreement: the agreement and its parties.
fn agreement_evidence(facts: &Facts, agreement: &Agreement, text: Sentence) -> Evidence {
    let mut objects = vec![ObjectRef::new(ObjectKind::Agreement, &agreement.key)];
    objects.extend(agreement.parties.iter().map(|&p| org_ref(facts, p)));
    Evidence::new(text, objects)
}

/// "'cec', 'cert' and 'police'".
fn organisations(facts: &Facts, orgs: &[OrgId]) -> Term {
    Term::list(
        orgs.iter()
            .map(|&o| Term::object(org_ref(facts, o)))
            .collect(),
        0,
    )
}

/// "MoU 'Cyber protocol'": an agreement's kind and title.
fn kind_and_title(agreement: &Agreement) -> Vec<(&'static str, Term)> {
    vec![
        ("kind", Term::label(agreement.kind)),
        ("title", Term::text(&agreement.title)),
    ]
}

/// "MoU 'Cyber protocol' … 'cec' and 'cert'": an agreement's kind, title and parties.
fn kind_title_and_parties(facts: &Facts, agreement: &Agreement) -> Vec<(&'static str, Term)> {
    let mut args = kind_and_title(agreement);
    args.push(("parties", organisations(facts, &agreement.parties)));
    args
}

fn activity_ref(activity: &Activity) -> ObjectRef {
    ObjectRef::new(ObjectKind::Activity, &activity.key)
}

/// Activities of an area that count as joint work: two or more organisations take part, or
/// the participants are not recorded (the model lists it as a practice of the collaboration).
/// A lead recorded as `unknown` is an organisation too, one the source does not name.
fn joint_activities<'m>(facts: &Facts<'m>, area: FocusArea) -> Vec<&'m Activity> {
    facts
        .model
        .activities
        .items()
        .iter()
        .filter(|a| a.kind.focus_area() == Some(area))
        .filter(|a| a.participants.is_unknown() || organisations_involved(a) >= 2)
        .collect()
}

/// How many organisations take part, counting a lead the model records as unknown.
fn organisations_involved(activity: &Activity) -> usize {
    let unnamed_lead = matches!(activity.lead, Some(Knowable::Unknown));
    activity.involved().len() + usize::from(unnamed_lead)
}

fn describe_activity(facts: &Facts, activity: &Activity) -> Evidence {
    let involved = activity.involved();
    let who = if activity.participants.is_unknown() {
        Term::clause(Sentence::plain(&wording::PARTICIPANTS_UNKNOWN))
    } else {
        organisations(facts, &involved)
    };
    let mut objects = vec![activity_ref(activity)];
    objects.extend(involved.iter().map(|&o| org_ref(facts, o)));
    Evidence::new(
        Sentence::new(
            &wording::ACTIVITY,
            vec![
                ("kind", Term::label(activity.kind)),
                ("title", Term::text(&activity.title)),
                ("participants", who),
            ],
        ),
        objects,
    )
}

fn activity_area(facts: &Facts, area: FocusArea, evidence: &mut Vec<Evidence>) -> bool {
    let found = joint_activities(facts, area);
    evidence.extend(found.iter().map(|a| describe_activity(facts, a)));
    !found.is_empty()
}

/// Activities of the area's kinds that one known organisation does alone: a second taking
/// part is the nearest way to show the area.
fn lone_activities(facts: &Facts, area: FocusArea, missing: &mut Vec<Sentence>) {
    for activity in facts.model.activities.items() {
        let involved = activity.involved();
        if activity.kind.focus_area() == Some(area)
            && !activity.participants.is_unknown()
            && involved.len() == 1
            && organisations_involved(activity) == 1
        {
            missing.push(Sentence::new(
                &wording::NEAREST_ONE_PARTY,
                vec![
                    ("activity", Term::object(activity_ref(activity))),
                    ("organisation", Term::object(org_ref(facts, involved[0]))),
                ],
            ));
        }
    }
}

/// An area shown by joint activities alone; `needed` says what would show it.
fn only_activities(
    facts: &Facts,
    area: FocusArea,
    evidence: &mut Vec<Evidence>,
    missing: &mut Vec<Sentence>,
    needed: &'static Wording,
) -> bool {
    let shown = activity_area(facts, area, evidence);
    if !shown {
        lone_activities(facts, area, missing);
        missing.push(Sentence::plain(needed));
    }
    shown
}

pub fn focus_areas(facts: &Facts) -> Vec<FocusAreaAssessment> {
    FocusArea::ALL
        .iter()
        .map(|&area| {
            let mut evidence = Vec::new();
            let mut missing = Vec::new();
            let shown = match area {
                FocusArea::CommunicationDirectory => {
                    communication_directory(facts, &mut evidence, &mut missing)
                }
                FocusArea::JointRiskAssessment => only_activities(
                    facts,
                    area,
                    &mut evidence,
                    &mut missing,
                    &wording::MISSING_RISK_ASSESSMENT,
                ),
                FocusArea::PublicCommunication => {
                    public_communication(facts, &mut evidence, &mut missing)
                }
                FocusArea::PreventionResponse => {
                    prevention_response(facts, &mut evidence, &mut missing)
                }
                FocusArea::ExpertiseTools => only_activities(
                    facts,
                    area,
                    &mut evidence,
                    &mut missing,
                    &wording::MISSING_EXPERTISE,
                ),
                FocusArea::IndependentAssessment => {
                    independent_assessment(facts, &mut evidence, &mut missing)
                }
                FocusArea::JointExercises => only_activities(
                    facts,
                    area,
                    &mut evidence,
                    &mut missing,
                    &wording::MISSING_EXERCISES,
                ),
            };
            FocusAreaAssessment {
                area,
                shown,
                evidence,
                missing,
            }
        })
        .collect()
}

/// A contact directory reaching the EMB and a partner agency, or a forum that keeps the EMB
/// and partner agencies in touch.
fn communication_directory(
    facts: &Facts,
    evidence: &mut Vec<Evidence>,
    missing: &mut Vec<Sentence>,
) -> bool {
    let model = facts.model;
    let mut directory = false;
    let reach = emergency_reach(facts);
    if let Some(EmergencyReach {
        election_body: Some(emb),
        partner: Some(partner),
        organisations,
    }) = reach
    {
        directory = true;
        evidence.push(Evidence::new(
            Sentence::new(
                &wording::DIRECTORY,
                vec![
                    ("count", Term::number(organisations)),
                    ("election_body", Term::object(org_ref(facts, emb))),
                    ("partner", Term::object(org_ref(facts, partner))),
                ],
            ),
            vec![org_ref(facts, emb), org_ref(facts, partner)],
        ));
    }
    let mut forum_found = false;
    for forum in model.forums.items() {
        let emb = forum
            .members
            .iter()
            .copied()
            .find(|m| facts.central_embs.contains(m));
        let partners: Vec<OrgId> = forum
            .members
            .iter()
            .copied()
            .filter(|&m| facts.is_partner_agency(m))
            .collect();
        if let (Some(emb), false) = (emb, partners.is_empty()) {
            forum_found = true;
            let mut objects = vec![
                ObjectRef::new(ObjectKind::Forum, &forum.key),
                org_ref(facts, emb),
            ];
            objects.extend(partners.iter().map(|&p| org_ref(facts, p)));
            evidence.push(Evidence::new(
                Sentence::new(
                    if partners.len() == 1 {
                        &wording::FORUM_BRINGS_ONE
                    } else {
                        &wording::FORUM_BRINGS_TOGETHER
                    },
                    {
                        let mut args = vec![
                            (
                                "forum",
                                Term::object(ObjectRef::new(ObjectKind::Forum, &forum.key)),
                            ),
                            ("kind", Term::label(forum.kind)),
                            ("election_body", Term::object(org_ref(facts, emb))),
                        ];
                        if partners.len() != 1 {
                            args.push(("count", Term::number(partners.len())));
                        }
                        args
                    },
                ),
                objects,
            ));
        }
    }
    // Chapter 4.1 follows the directory with "broad agreements" on role, coordination and
    // leadership: an instrument binding the central EMB and a partner agency shows it too.
    let mut roles_agreed = false;
    for agreement in model.agreements.items() {
        let sets_roles = agreement.kind.is_binding() || agreement.kind.is_negotiated();
        let with_emb = agreement
            .parties
            .iter()
            .any(|p| facts.central_embs.contains(p));
        let with_partner = agreement
            .parties
            .iter()
            .any(|&p| facts.is_partner_agency(p));
        if sets_roles && with_emb && with_partner {
            roles_agreed = true;
            evidence.push(agreement_evidence(
                facts,
                agreement,
                Sentence::new(
                    &wording::AGREES_ROLES,
                    kind_title_and_parties(facts, agreement),
                ),
            ));
        }
    }
    // Chapter 4.1 asks agencies to use their channels regularly: a central EMB and a partner
    // agency that work together in two or more joint activities have a channel in use.
    let mut channel = false;
    for &emb in &facts.central_embs {
        let mut together: BTreeMap<OrgId, Vec<&Activity>> = BTreeMap::new();
        for activity in model.activities.items() {
            let involved = activity.involved();
            if activity.kind.focus_area().is_some() && involved.contains(&emb) {
                for &other in involved.iter().filter(|&&o| facts.is_partner_agency(o)) {
                    together.entry(other).or_default().push(activity);
                }
            }
        }
        for (partner, activities) in together.into_iter().filter(|(_, a)| a.len() >= 2) {
            channel = true;
            let mut objects = vec![org_ref(facts, emb), org_ref(facts, partner)];
            objects.extend(activities.iter().map(|a| activity_ref(a)));
            evidence.push(Evidence::new(
                Sentence::new(
                    &wording::WORK_TOGETHER,
                    vec![
                        ("election_body", Term::object(org_ref(facts, emb))),
                        ("partner", Term::object(org_ref(facts, partner))),
                        ("count", Term::number(activities.len())),
                    ],
                ),
                objects,
            ));
        }
    }
    let acting: Vec<OrgId> = model.org_ids().filter(|o| facts.acts[o.index()]).collect();
    if acting.len() >= 2 {
        evidence.push(Evidence::new(
            Sentence::new(
                &wording::MATRIX_NAMES,
                vec![("count", Term::number(acting.len()))],
            ),
            Vec::new(),
        ));
    }
    let shown = directory || forum_found || roles_agreed || channel;
    if !shown {
        nearest_directory(facts, reach, missing);
        if model.contacts.is_unknown() {
            missing.push(Sentence::plain(&wording::MISSING_DIRECTORY_UNKNOWN));
        } else {
            missing.push(Sentence::plain(&wording::MISSING_EMERGENCY_CONTACTS));
        }
        missing.push(Sentence::plain(&wording::MISSING_FORUM));
        missing.push(Sentence::plain(&wording::MISSING_ROLES));
    }
    shown
}

/// What comes closest to organised communication: a forum with only one side, or emergency
/// contacts on only one side.
fn nearest_directory(facts: &Facts, reach: Option<EmergencyReach>, missing: &mut Vec<Sentence>) {
    let model = facts.model;
    for forum in model.forums.items() {
        let with_emb = forum.members.iter().any(|m| facts.central_embs.contains(m));
        let partners = forum
            .members
            .iter()
            .filter(|&&m| facts.is_partner_agency(m))
            .count();
        let object = Term::object(ObjectRef::new(ObjectKind::Forum, &forum.key));
        if with_emb && partners == 0 {
            missing.push(Sentence::new(
                &wording::NEAREST_FORUM_WITHOUT_PARTNER,
                vec![("forum", object)],
            ));
        } else if !with_emb && partners >= 2 {
            missing.push(Sentence::new(
                &wording::NEAREST_FORUM_WITHOUT_EMB,
                vec![("forum", object)],
            ));
        }
    }
    match reach {
        Some(EmergencyReach {
            election_body: Some(emb),
            partner: None,
            ..
        }) => missing.push(Sentence::new(
            &wording::NEAREST_EMB_CONTACT_ONLY,
            vec![("election_body", Term::object(org_ref(facts, emb)))],
        )),
        Some(EmergencyReach {
            election_body: None,
            partner: Some(partner),
            ..
        }) => missing.push(Sentence::new(
            &wording::NEAREST_PARTNER_CONTACT_ONLY,
            vec![("partner", Term::object(org_ref(facts, partner)))],
        )),
        _ => {}
    }
}

/// Who can be reached round the clock in an emergency, when the directory is known.
#[derive(Clone, Copy)]
struct EmergencyReach {
    /// A central EMB with a 24/7 emergency contact.
    election_body: Option<OrgId>,
    /// A partner agency with one.
    partner: Option<OrgId>,
    /// How many organisations have one.
    organisations: usize,
}

fn emergency_reach(facts: &Facts) -> Option<EmergencyReach> {
    let model = facts.model;
    let Knowable::Known(contacts) = &model.contacts else {
        return None;
    };
    let emergency_for = |org: OrgId| {
        contacts
            .iter()
            .any(|c| c.organisation == org && c.is_round_the_clock_emergency())
    };
    Some(EmergencyReach {
        election_body: facts
            .central_embs
            .iter()
            .copied()
            .find(|&e| emergency_for(e)),
        partner: model
            .org_ids()
            .find(|&o| facts.is_partner_agency(o) && emergency_for(o)),
        organisations: model.org_ids().filter(|&o| emergency_for(o)).count(),
    })
}

fn is_platform_or_media(facts: &Facts, id: OrgId) -> bool {
    matches!(
        facts.model.organisation(id).kind,
        OrganisationKind::Platform | OrganisationKind::Media
    )
}

fn public_communication(
    facts: &Facts,
    evidence: &mut Vec<Evidence>,
    missing: &mut Vec<Sentence>,
) -> bool {
    let mut shown = activity_area(facts, FocusArea::PublicCommunication, evidence);
    for agreement in facts.model.agreements.items() {
        if agreement.kind.is_negotiated()
            && agreement
                .parties
                .iter()
                .any(|&p| is_platform_or_media(facts, p))
        {
            shown = true;
            evidence.push(agreement_evidence(
                facts,
                agreement,
                Sentence::new(&wording::WITH_PLATFORM_OR_MEDIA, kind_and_title(agreement)),
            ));
        }
    }
    if !shown {
        lone_activities(facts, FocusArea::PublicCommunication, missing);
        missing.push(Sentence::plain(&wording::MISSING_PUBLIC_COMMUNICATION));
    }
    shown
}

fn prevention_response(
    facts: &Facts,
    evidence: &mut Vec<Evidence>,
    missing: &mut Vec<Sentence>,
) -> bool {
    let mut shown = activity_area(facts, FocusArea::PreventionResponse, evidence);
    let mut lapsed = Vec::new();
    let model = facts.model;
    for agreement in model.agreements.items() {
        let with_election_body = agreement
            .parties
            .iter()
            .any(|&p| model.organisation(p).kind.is_election_administration());
        let covers_attacks = match agreement.threats {
            Knowable::Unknown => true,
            Knowable::Known(set) => set
                .iter()
                .any(|t| t.family() == ThreatFamily::TechnologyAttack),
        };
        let would_show = matches!(agreement.kind, AgreementKind::Protocol | AgreementKind::Mou)
            && agreement.parties.len() >= 2
            && with_election_body
            && covers_attacks;
        if would_show && !agreement.in_force_on(facts.today) {
            lapsed.push(Sentence::new(
                &wording::NEAREST_NOT_IN_FORCE,
                kind_and_title(agreement),
            ));
        }
        if would_show && agreement.in_force_on(facts.today) {
            shown = true;
            evidence.push(agreement_evidence(
                facts,
                agreement,
                Sentence::new(
                    &wording::SETS_OUT_RESPONSE,
                    kind_title_and_parties(facts, agreement),
                ),
            ));
        }
    }
    if !shown {
        lone_activities(facts, FocusArea::PreventionResponse, missing);
        missing.extend(lapsed);
        missing.push(Sentence::plain(&wording::MISSING_RESPONSE));
    }
    shown
}

/// Assessment by a body other than the election administration, of the EMB's measures.
fn independent_assessment(
    facts: &Facts,
    evidence: &mut Vec<Evidence>,
    missing: &mut Vec<Sentence>,
) -> bool {
    let mut shown = false;
    let mut unconfirmed = Vec::new();
    for activity in facts.model.activities.items() {
        if activity.kind.focus_area() != Some(FocusArea::IndependentAssessment) {
            continue;
        }
        match activity.lead {
            Some(Knowable::Known(lead))
                if !facts
                    .model
                    .organisation(lead)
                    .kind
                    .is_election_administration() =>
            {
                shown = true;
                evidence.push(describe_activity(facts, activity));
            }
            _ => unconfirmed.push(Term::object(activity_ref(activity))),
        }
    }
    if !shown {
        let mut needed = Sentence::plain(&wording::MISSING_INDEPENDENT);
        if !unconfirmed.is_empty() {
            needed = needed.then(Sentence::new(
                &wording::MISSING_INDEPENDENT_LEAD,
                vec![("activities", Term::list(unconfirmed, 0))],
            ));
        }
        missing.push(needed);
    }
    shown
}

/// The ladder: each level needs its focus area and every level below.
pub fn maturity(areas: &[FocusAreaAssessment]) -> Maturity {
    let shown = |area: FocusArea| areas.iter().any(|a| a.area == area && a.shown);
    let mut level = CollaborationLevel::None;
    for candidate in &CollaborationLevel::ALL[1..] {
        match candidate.focus_area() {
            Some(area) if shown(area) => level = *candidate,
            _ => break,
        }
    }
    let next = CollaborationLevel::ALL.get(level.rung() + 1).copied();
    let missing_for_next = next
        .and_then(|n| n.focus_area())
        .and_then(|area| areas.iter().find(|a| a.area == area))
        .map(|a| a.missing.clone())
        .unwrap_or_default();
    let shown_above = CollaborationLevel::ALL
        .iter()
        .skip(level.rung() + 2)
        .filter_map(|l| l.focus_area())
        .filter(|&area| shown(area))
        .collect();
    Maturity {
        level,
        rung: level.rung(),
        next,
        missing_for_next,
        shown_above,
    }
}

/// The government office or parliament that set a forum up, if one did: a high-level decision
/// (4.2.2), even when the source names no instrument for it.
fn set_up_from_above(facts: &Facts, forum: &Forum) -> Option<OrgId> {
    match forum.set_up_by {
        Some(Knowable::Known(org))
            if matches!(
                facts.model.organisation(org).kind,
                OrganisationKind::Ministry | OrganisationKind::Parliament
            ) =>
        {
            Some(org)
        }
        _ => None,
    }
}

/// Horizontal: forums and agreements the agencies set up among themselves. Vertical: binding
/// instruments from above (laws, decrees, designation) and the bodies they set up.
pub fn approach(facts: &Facts) -> ApproachAssessment {
    let model = facts.model;
    let mut horizontal = Vec::new();
    let mut vertical = Vec::new();
    let agreements = model.agreements.items();

    let mut designation_noted = false;
    for agreement in agreements {
        let object = ObjectRef::new(ObjectKind::Agreement, &agreement.key);
        if agreement.kind.is_binding() {
            let wording = if agreement.designates_critical_infrastructure {
                designation_noted = true;
                &wording::GOVERNS_AND_DESIGNATES
            } else {
                &wording::GOVERNS_FROM_ABOVE
            };
            vertical.push(Evidence::new(
                Sentence::new(wording, kind_and_title(agreement)),
                vec![object],
            ));
        } else if agreement.kind == AgreementKind::Strategy
            && (agreement.parties.len() >= 2 || !agreement.establishes.is_empty())
        {
            // 4.2.2 counts policies as well as laws among the vertical means: a government
            // strategy that assigns work to agencies or sets up a forum is one.
            vertical.push(Evidence::new(
                Sentence::new(&wording::POLICY_FROM_ABOVE, kind_and_title(agreement)),
                vec![object],
            ));
        } else if agreement.kind.is_negotiated() && agreement.parties.len() >= 2 {
            horizontal.push(Evidence::new(
                Sentence::new(
                    &wording::NEGOTIATED,
                    kind_title_and_parties(facts, agreement),
                ),
                vec![object],
            ));
        }
    }
    let jurisdiction = || {
        vec![ObjectRef::new(
            ObjectKind::Jurisdiction,
            &model.jurisdiction.name,
        )]
    };
    match model.jurisdiction.critical_infrastructure {
        Knowable::Known(CriticalInfrastructureStatus::Designated) if !designation_noted => {
            vertical.push(Evidence::new(
                Sentence::plain(&wording::DESIGNATED),
                jurisdiction(),
            ));
        }
        // 4.2.2 names countries whose actors treat elections as critical infrastructure
        // without a designation: the state's protection regime reaches them all the same.
        Knowable::Known(CriticalInfrastructureStatus::TreatedAs) => vertical.push(Evidence::new(
            Sentence::plain(&wording::TREATED_AS_CRITICAL),
            jurisdiction(),
        )),
        _ => {}
    }
    // Forums set up from above: the joint work of their members is theirs, not the agencies'
    // own initiative.
    let mut from_above: Vec<HashSet<OrgId>> = Vec::new();
    for (index, forum) in model.forums.items().iter().enumerate() {
        let established_by = agreements
            .iter()
            .find(|a| a.establishes.iter().any(|f| f.0 as usize == index));
        let object = ObjectRef::new(ObjectKind::Forum, &forum.key);
        match established_by {
            Some(a) if a.kind.is_binding() || a.kind == AgreementKind::Strategy => {
                from_above.push(forum.members.iter().copied().collect());
                vertical.push(Evidence::new(
                    Sentence::new(&wording::FORUM_SET_UP_BY_LAW, {
                        let mut args = kind_and_title(a);
                        args.push(("forum", Term::object(object.clone())));
                        args
                    }),
                    vec![object, ObjectRef::new(ObjectKind::Agreement, &a.key)],
                ))
            }
            _ if let Some(above) = set_up_from_above(facts, forum) => {
                from_above.push(forum.members.iter().copied().collect());
                vertical.push(Evidence::new(
                    Sentence::new(
                        &wording::FORUM_SET_UP_FROM_ABOVE,
                        vec![
                            ("forum", Term::object(object.clone())),
                            ("organisation", Term::object(org_ref(facts, above))),
                        ],
                    ),
                    vec![object, org_ref(facts, above)],
                ))
            }
            _ => horizontal.push(Evidence::new(
                Sentence::new(
                    &wording::FORUM_SET_UP_BY_AGENCIES,
                    vec![
                        ("forum", Term::object(object.clone())),
                        ("kind", Term::label(forum.kind)),
                    ],
                ),
                vec![object],
            )),
        }
    }
    // Agencies working together with no instrument behind it: cooperation on their own
    // initiative, one sign however many such activities there are.
    let unprompted: Vec<&Activity> = model
        .activities
        .items()
        .iter()
        .filter(|a| a.basis.is_none() && a.kind.focus_area().is_some())
        .filter(|a| {
            let involved = a.involved();
            let state = involved
                .iter()
                .filter(|&&o| model.organisation(o).sector == Sector::State)
                .count();
            let forums_work = from_above
                .iter()
                .any(|members| involved.iter().all(|o| members.contains(o)));
            state >= 2 && !forums_work
        })
        .collect();
    if !unprompted.is_empty() {
        horizontal.push(Evidence::new(
            Sentence::new(
                &wording::UNPROMPTED_JOINT_WORK,
                vec![("count", Term::number(unprompted.len()))],
            ),
            unprompted.iter().map(|a| activity_ref(a)).collect(),
        ));
    }
    let (h, v) = (horizontal.len(), vertical.len());
    let counts = || {
        vec![
            ("horizontal", Term::number(h)),
            ("vertical", Term::number(v)),
        ]
    };
    let (approach, reason) = match (h, v) {
        (0, 0) => (None, Sentence::plain(&wording::APPROACH_NONE)),
        (_, 0) => (
            Some(Approach::Horizontal),
            Sentence::plain(&wording::APPROACH_ONLY_HORIZONTAL),
        ),
        (0, _) => (
            Some(Approach::Vertical),
            Sentence::plain(&wording::APPROACH_ONLY_VERTICAL),
        ),
        (h, v) if v >= 2 * h => (
            Some(Approach::Vertical),
            Sentence::new(&wording::APPROACH_VERTICAL_MAJORITY, counts()),
        ),
        (h, v) if h >= 2 * v => (
            Some(Approach::Horizontal),
            Sentence::new(&wording::APPROACH_HORIZONTAL_MAJORITY, counts()),
        ),
        _ => (
            Some(Approach::Mixed),
            Sentence::new(&wording::APPROACH_MIXED, counts()),
        ),
    };
    ApproachAssessment {
        approach,
        horizontal,
        vertical,
        reason,
    }
}

/// Ids of the areas shown, in the publication's order.
pub fn shown_ids(areas: &[FocusAreaAssessment]) -> Vec<FocusArea> {
    areas.iter().filter(|a| a.shown).map(|a| a.area).collect()
}
