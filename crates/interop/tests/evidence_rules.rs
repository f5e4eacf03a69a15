//! Each rule of the focus areas and of the approach, with a minimal model on each side of it:
//! the model that just shows the area and the one that just falls short, which also says what
//! comes nearest. The rules and the passages of the publication they rest on are in
//! docs/ANALYSIS.md.

#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

use liaison_domain::analysis::{self, Analysis, AnalysisOptions, Approach};
use liaison_domain::catalogue::FocusArea;
use liaison_interop::model_file::parse_model_str;
use time::macros::date;

/// An election body, the national CERT, a vendor and a platform, then `rest`.
fn analysed(rest: &str) -> Analysis {
    analysed_in("{name: Testland, code: TL}", rest)
}

/// The same, in a jurisdiction written as given.
fn analysed_in(jurisdiction: &str, rest: &str) -> Analysis {
    let text = format!(
        "jurisdiction: {jurisdiction}\n\
         organisations:\n  \
         - {{id: cec, name: Central Election Commission, kind: emb, level: national}}\n  \
         - {{id: cert, name: National CERT, kind: cert, level: national}}\n  \
         - {{id: vendor, name: Ballot Systems Ltd, kind: vendor}}\n  \
         - {{id: chirp, name: Chirp, kind: platform}}\n\
         {rest}"
    );
    let model = parse_model_str("test.yaml", &text).unwrap_or_else(|e| panic!("{e}\n{text}"));
    analysis::analyse(&model, &AnalysisOptions::new(date!(2026 - 11 - 25)))
}

fn assessment(a: &Analysis, area: FocusArea) -> &analysis::FocusAreaAssessment {
    a.focus_area_assessments
        .iter()
        .find(|x| x.area == area)
        .expect("every area is assessed")
}

fn shown(a: &Analysis, area: FocusArea) -> bool {
    assessment(a, area).shown
}

/// What the analysis says is missing for an area, in English.
fn missing(a: &Analysis, area: FocusArea) -> String {
    assessment(a, area)
        .missing
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(" | ")
}

fn activity(kind: &str, lead: &str, participants: &str) -> String {
    format!(
        "  - {{id: a-{kind}-{lead}, title: Work, kind: {kind}, lead: {lead}, participants: {participants}}}\n"
    )
}

// 4.1, area 1: a directory of emergency contacts, agreements on roles, and forums in use.

#[test]
fn a_forum_of_the_emb_and_a_partner_agency_organises_communication() {
    let both = analysed(
        "forums:\n  - {id: tf, name: Task force, kind: task_force, members: [cec, cert]}\n",
    );
    assert!(shown(&both, FocusArea::CommunicationDirectory));
    let alone = analysed(
        "forums:\n  - {id: tf, name: Task force, kind: task_force, members: [cec, vendor]}\n",
    );
    assert!(!shown(&alone, FocusArea::CommunicationDirectory));
    assert!(
        missing(&alone, FocusArea::CommunicationDirectory)
            .contains("forum 'tf' has the central EMB but no partner agency"),
        "{}",
        missing(&alone, FocusArea::CommunicationDirectory)
    );
}

#[test]
fn emergency_contacts_on_both_sides_organise_communication() {
    let contact = |id: &str, org: &str| {
        format!(
            "  - {{id: {id}, organisation: {org}, name: Duty, role: Duty, kind: function, availability: twenty_four_seven, emergency: true, channels: [{{kind: landline, value: '+999 1'}}], last_verified: 2026-11-01}}\n"
        )
    };
    let both = analysed(&format!(
        "contacts:\n{}{}",
        contact("cec-duty", "cec"),
        contact("cert-duty", "cert")
    ));
    assert!(shown(&both, FocusArea::CommunicationDirectory));
    let one = analysed(&format!("contacts:\n{}", contact("cec-duty", "cec")));
    assert!(!shown(&one, FocusArea::CommunicationDirectory));
    assert!(
        missing(&one, FocusArea::CommunicationDirectory).contains(
            "'cec' has a round-the-clock emergency contact, but no partner agency has one"
        ),
        "{}",
        missing(&one, FocusArea::CommunicationDirectory)
    );
}

#[test]
fn an_agreement_setting_the_roles_of_the_emb_and_a_partner_organises_communication() {
    let agreement = |kind: &str| {
        format!(
            "agreements:\n  - {{id: roles, title: Roles, kind: {kind}, public: true, parties: [cec, cert]}}\n"
        )
    };
    assert!(shown(
        &analysed(&agreement("mou")),
        FocusArea::CommunicationDirectory
    ));
    assert!(shown(
        &analysed(&agreement("law")),
        FocusArea::CommunicationDirectory
    ));
    // A guideline or a contract sets no roles between agencies.
    assert!(!shown(
        &analysed(&agreement("guideline")),
        FocusArea::CommunicationDirectory
    ));
    assert!(!shown(
        &analysed(&agreement("contract")),
        FocusArea::CommunicationDirectory
    ));
}

#[test]
fn an_emb_and_a_partner_working_together_twice_have_a_channel_in_use() {
    let twice = analysed(&format!(
        "activities:\n{}{}",
        activity("security_audit", "cert", "[cec]"),
        activity("incident_response", "cert", "[cec]")
    ));
    assert!(shown(&twice, FocusArea::CommunicationDirectory));
    let once = analysed(&format!(
        "activities:\n{}",
        activity("security_audit", "cert", "[cec]")
    ));
    assert!(!shown(&once, FocusArea::CommunicationDirectory));
}

// An activity is joint when two organisations take part.

#[test]
fn an_activity_is_joint_with_two_organisations_an_unnamed_lead_or_unrecorded_participants() {
    let area = FocusArea::JointRiskAssessment;
    for (participants, lead, joint) in [
        ("[cert]", "cec", true),
        ("[]", "cec", false),
        // An unknown lead is an organisation the source does not name.
        ("[cert]", "unknown", true),
        ("unknown", "cec", true),
    ] {
        let a = analysed(&format!(
            "activities:\n{}",
            activity("joint_risk_assessment", lead, participants)
        ));
        assert_eq!(
            shown(&a, area),
            joint,
            "lead {lead}, participants {participants}"
        );
    }
    let alone = analysed(&format!(
        "activities:\n{}",
        activity("joint_risk_assessment", "cec", "[]")
    ));
    assert!(
        missing(&alone, area).starts_with(
            "'a-joint_risk_assessment-cec' involves only 'cec': a second organisation taking part would show this area"
        ),
        "{}",
        missing(&alone, area)
    );
}

// 4.1, area 3: a joint message, or channels agreed with the media and platforms.

#[test]
fn an_mou_with_a_platform_shows_coordinated_public_communication() {
    let with = |party: &str| {
        analysed(&format!(
            "agreements:\n  - {{id: mou, title: MoU, kind: mou, public: true, parties: [cec, {party}]}}\n"
        ))
    };
    assert!(shown(&with("chirp"), FocusArea::PublicCommunication));
    assert!(!shown(&with("vendor"), FocusArea::PublicCommunication));
}

// 4.1, area 4: protocols that say when the EMB escalates, in force.

#[test]
fn a_response_protocol_in_force_shows_prevention_and_response() {
    let protocol = |valid_to: &str| {
        analysed(&format!(
            "agreements:\n  - {{id: esc, title: Escalation protocol, kind: protocol, public: true, parties: [cec, cert], threats: [ddos], valid_to: {valid_to}}}\n"
        ))
    };
    assert!(shown(
        &protocol("2027-12-31"),
        FocusArea::PreventionResponse
    ));
    let lapsed = protocol("2025-12-31");
    assert!(!shown(&lapsed, FocusArea::PreventionResponse));
    assert!(
        missing(&lapsed, FocusArea::PreventionResponse).contains(
            "protocol 'Escalation protocol' would show this area, but it is not in force"
        ),
        "{}",
        missing(&lapsed, FocusArea::PreventionResponse)
    );
}

// 4.1, area 6: an assessment through another agency.

#[test]
fn an_assessment_is_independent_only_when_led_outside_the_election_administration() {
    let led_by = |lead: &str| {
        analysed(&format!(
            "activities:\n{}",
            activity("security_audit", lead, "[cec]")
        ))
    };
    assert!(shown(&led_by("cert"), FocusArea::IndependentAssessment));
    let own = led_by("cec");
    assert!(!shown(&own, FocusArea::IndependentAssessment));
    assert!(
        missing(&own, FocusArea::IndependentAssessment)
            .contains("do not record an independent lead"),
        "{}",
        missing(&own, FocusArea::IndependentAssessment)
    );
}

// 4.1, areas 5 and 7: resources shared, exercises together.

#[test]
fn shared_tools_and_exercises_count_when_two_organisations_take_part() {
    for (kind, area) in [
        ("shared_tool", FocusArea::ExpertiseTools),
        ("tabletop_exercise", FocusArea::JointExercises),
    ] {
        let together = analysed(&format!("activities:\n{}", activity(kind, "cert", "[cec]")));
        assert!(shown(&together, area), "{kind}");
        let alone = analysed(&format!("activities:\n{}", activity(kind, "cert", "[]")));
        assert!(!shown(&alone, area), "{kind}");
    }
}

// 4.2.2: horizontal and vertical approaches.

fn approach(rest: &str) -> (Option<Approach>, String) {
    let a = analysed(rest);
    (a.approach, a.approach_evidence.reason.to_string())
}

#[test]
fn no_forum_agreement_or_designation_leaves_the_approach_undetermined() {
    let (approach, reason) = approach("");
    assert_eq!(approach, None);
    assert!(reason.starts_with("no forum, agreement"), "{reason}");
}

#[test]
fn forums_the_agencies_set_up_are_horizontal_and_laws_vertical() {
    let forum = "forums:\n  - {id: tf, name: Task force, kind: task_force, members: [cec, cert]}\n";
    assert_eq!(approach(forum).0, Some(Approach::Horizontal));
    let law = "agreements:\n  - {id: act, title: Election Act, kind: law, public: true, parties: [cec, cert]}\n";
    assert_eq!(approach(law).0, Some(Approach::Vertical));
    // The forum set up by the law is vertical too: two vertical signs, none horizontal.
    let established = "forums:\n  - {id: tf, name: Task force, kind: task_force, members: [cec, cert]}\n\
         agreements:\n  - {id: act, title: Election Act, kind: law, public: true, parties: [cec, cert], establishes: [tf]}\n";
    let (kind, reason) = approach(established);
    assert_eq!(kind, Some(Approach::Vertical));
    assert!(reason.starts_with("every sign is vertical"), "{reason}");
}

#[test]
fn a_government_strategy_assigning_work_to_agencies_is_a_vertical_sign() {
    let strategy = |parties: &str| {
        format!(
            "agreements:\n  - {{id: plan, title: Election security plan, kind: strategy, public: true, parties: {parties}}}\n"
        )
    };
    assert_eq!(
        approach(&strategy("[cec, cert]")).0,
        Some(Approach::Vertical)
    );
    // A body's own plan organises nobody else.
    assert_eq!(approach(&strategy("[cec]")).0, None);
}

#[test]
fn neither_kind_twice_the_other_is_a_mixed_approach() {
    let forums = |n: usize| {
        let mut text = String::from("forums:\n");
        for i in 0..n {
            text.push_str(&format!(
                "  - {{id: f{i}, name: Forum {i}, kind: working_group, members: [cec, cert]}}\n"
            ));
        }
        text
    };
    let law = "agreements:\n  - {id: act, title: Election Act, kind: law, public: true, parties: [cec, cert]}\n";
    let (one, reason) = approach(&format!("{}{law}", forums(1)));
    assert_eq!(one, Some(Approach::Mixed));
    assert!(reason.contains("neither twice the other"), "{reason}");
    let (two, reason) = approach(&format!("{}{law}", forums(2)));
    assert_eq!(two, Some(Approach::Horizontal));
    assert!(reason.contains("at least twice"), "{reason}");
}

#[test]
fn state_bodies_working_together_with_no_instrument_are_one_horizontal_sign() {
    let together = format!(
        "activities:\n{}{}",
        activity("security_audit", "cert", "[cec]"),
        activity("incident_response", "cert", "[cec]")
    );
    let (kind, reason) = approach(&together);
    assert_eq!(kind, Some(Approach::Horizontal));
    assert!(reason.starts_with("every sign is horizontal"), "{reason}");
    let a = analysed(&together);
    assert_eq!(
        a.approach_evidence.horizontal.len(),
        1,
        "one sign, not one per activity"
    );
    // A vendor is not an agency: its work with the EMB says nothing of the approach.
    let with_vendor = format!(
        "activities:\n{}",
        activity("security_audit", "vendor", "[cec]")
    );
    assert_eq!(approach(&with_vendor).0, None);
    // Work an instrument requires is not on the agencies' own initiative.
    let required = "agreements:\n  - {id: act, title: Election Act, kind: law, public: true, parties: [cec]}\n\
         activities:\n  - {id: audit, title: Audit, kind: security_audit, lead: cert, participants: [cec], basis: act}\n";
    assert_eq!(approach(required).0, Some(Approach::Vertical));
}

#[test]
fn elections_treated_as_critical_infrastructure_are_a_vertical_sign() {
    let status = |status: &str| {
        let a = analysed_in(
            &format!("{{name: Testland, code: TL, critical_infrastructure: {status}}}"),
            "",
        );
        a.approach
    };
    assert_eq!(status("treated_as"), Some(Approach::Vertical));
    assert_eq!(status("designated"), Some(Approach::Vertical));
    assert_eq!(status("considering"), None);
}

#[test]
fn a_forum_a_government_office_set_up_is_vertical_and_its_members_work_is_its_own() {
    let forum = |set_up_by: &str| {
        format!(
            "  - {{id: gov, name: Government office, kind: ministry, level: national}}\n\
             forums:\n  - {{id: tf, name: Task force, kind: task_force, members: [cec, cert], set_up_by: {set_up_by}}}\n\
             activities:\n{}",
            activity("joint_risk_assessment", "cert", "[cec]")
        )
    };
    // The organisations list continues with the government office.
    let (kind, reason) = approach(&forum("gov"));
    assert_eq!(kind, Some(Approach::Vertical), "{reason}");
    assert!(reason.starts_with("every sign is vertical"), "{reason}");
    // Set up by the EMB itself: the agencies' own initiative, and their joint work with it.
    let (kind, _) = approach(&forum("cec"));
    assert_eq!(kind, Some(Approach::Horizontal));
}
