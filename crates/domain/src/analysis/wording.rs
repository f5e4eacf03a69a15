//! Every sentence the analysis says, in English, under the key its translations share.
//!
//! The locale crate's `en/sentences.ftl` is written from this list (a test keeps them equal);
//! translators work from that file. A wording uses `{ $name }` placeholders, and English's
//! plural forms where a number needs them (`{ $count -> [one] … *[other] … }`); a translation
//! chooses its own language's forms.

use super::sentence::Wording;

macro_rules! wordings {
    ($( $(#[$doc:meta])* $name:ident = $key:literal : $english:literal; )+) => {
        $( $(#[$doc])* pub static $name: Wording = Wording { key: $key, english: $english }; )+

        /// Every wording, in the order of this file.
        pub static ALL: &[&Wording] = &[ $( &$name, )+ ];
    };
}

wordings! {
    // Lists and phrases inside sentences.
    EVERY_PHASE = "phrase-every-phase": "every phase";
    ONE_PHASE = "phrase-one-phase": "the { $phase } phase";
    SOME_PHASES = "phrase-phases": "the phases { $phases }";
    /// A phase in a list of phases, set apart: some phases' names contain "and".
    PHASE_NAME = "phrase-phase-name": "'{ $phase }'";
    PARTICIPANTS_UNKNOWN = "phrase-participants-unknown": "participants not recorded";

    // Findings: the model leaves something out.
    MATRIX_UNKNOWN = "finding-matrix-unknown":
        "The model does not record the responsibility matrix ('responsibilities: unknown').";
    ASSETS_UNKNOWN = "finding-assets-unknown":
        "The model does not record the asset register ('assets: unknown'), so the cells of the responsibility matrix are not known.";
    ASSETS_EMPTY = "finding-assets-empty":
        "The asset register is empty: no election technology is recorded.";
    CONTACTS_UNKNOWN = "finding-contacts-unknown":
        "The model does not record the contact directory ('contacts: unknown').";
    CRITICAL_INFRASTRUCTURE_UNKNOWN = "finding-critical-infrastructure-unknown":
        "It is not recorded whether elections are designated critical infrastructure.";

    // Findings: the responsibility matrix.
    GAP = "finding-gap":
        "No organisation is accountable for { $threat } on { $asset_kind } ({ $assets }) in { $phases }.";
    OVERLAP_TWO = "finding-overlap-two":
        "{ $organisations } are both accountable for { $threats } on { $asset_kinds } ({ $assets }) in { $phases }.";
    OVERLAP_MANY = "finding-overlap-many":
        "{ $organisations } are all accountable for { $threats } on { $asset_kinds } ({ $assets }) in { $phases }.";
    MISMATCH_ONE_LACKS_ONE = "finding-mismatch-one-lacks-one":
        "For { $threat } on { $asset_kinds } ({ $assets }), the only organisation that acts on it, { $organisation }, has no { $capability } capability.";
    MISMATCH_ONE_LACKS_ALL = "finding-mismatch-one-lacks-all":
        "For { $threat } on { $asset_kinds } ({ $assets }), the only organisation that acts on it, { $organisation }, has none of these capabilities: { $capabilities }.";
    MISMATCH_NONE_HAS_ONE = "finding-mismatch-none-has-one":
        "For { $threat } on { $asset_kinds } ({ $assets }), none of the organisations that act on it ({ $organisations }) has a { $capability } capability.";
    MISMATCH_NONE_HAS_ANY = "finding-mismatch-none-has-any":
        "For { $threat } on { $asset_kinds } ({ $assets }), none of the organisations that act on it ({ $organisations }) has any of these capabilities: { $capabilities }.";
    MISMATCH_MANY_NONE_HAS_ONE = "finding-mismatch-many-none-has-one":
        "For { $threat } on { $asset_kinds } ({ $assets }), none of the { $count } organisations that act on it (such as { $organisations }) has a { $capability } capability.";
    MISMATCH_MANY_NONE_HAS_ANY = "finding-mismatch-many-none-has-any":
        "For { $threat } on { $asset_kinds } ({ $assets }), none of the { $count } organisations that act on it (such as { $organisations }) has any of these capabilities: { $capabilities }.";

    // Findings: the directory.
    NO_CONTACT_AT_ALL = "finding-no-contact-at-all":
        "{ $organisation } has a role in the response but no contact at all.";
    EMERGENCY_HOURS_UNKNOWN = "finding-emergency-hours-unknown":
        "{ $organisation } has a role in the response; its emergency contact's hours are not recorded, so it may not answer around the clock.";
    NO_EMERGENCY_CONTACT = "finding-no-emergency-contact":
        "{ $organisation } has a role in the response but no emergency contact that answers around the clock.";
    NO_OUT_OF_BAND = "finding-no-out-of-band":
        "{ $organisation } has a role in the response, but all its contacts are reached over e-mail, mobile or messaging only.";
    SINGLE_PERSON = "finding-single-person":
        "The only contact of { $organisation } is one person, { $contact }.";
    NEVER_VERIFIED = "finding-never-verified":
        "Contact { $contact } of { $organisation } has never been verified.";
    VERIFICATION_UNKNOWN = "finding-verification-unknown":
        "It is not recorded when contact { $contact } of { $organisation } was last verified.";
    STALE = "finding-stale":
        "Contact { $contact } of { $organisation } was last verified on { $date }, { $days } days ago (the limit is { $limit }).";

    // Findings: forums.
    NOT_IN_A_FORUM = "finding-not-in-a-forum":
        "{ $organisation } has a role in the response but sits in no forum.";
    FORUM_OUTSIDE_ELECTION = "finding-forum-outside-election":
        "Forum { $forum } is active only in { $phases }, never between the campaign and the publication of results.";
    FORUM_AD_HOC_IN_PERIOD = "finding-forum-ad-hoc-in-period":
        "Forum { $forum } meets ad hoc and has no meeting scheduled in the election period ({ $from } to { $to }).";
    FORUM_AD_HOC = "finding-forum-ad-hoc":
        "Forum { $forum } meets ad hoc, with no meeting scheduled in the election period.";
    FORUM_TOO_RARE = "finding-forum-too-rare":
        "Forum { $forum } meets { $cadence } but the election period lasts { $days } days ({ $from } to { $to }) and no meeting is scheduled in it.";
    FORUM_CADENCE_UNKNOWN = "finding-forum-cadence-unknown":
        "It is not recorded how often forum { $forum } meets, so it is not known whether it meets during the election period.";

    // Findings: agreements.
    AGREEMENT_EXPIRED = "finding-agreement-expired":
        "Agreement { $agreement } ({ $title }) expired on { $date }.";
    AGREEMENT_NOT_PUBLIC = "finding-agreement-not-public":
        "Agreement { $agreement } between { $election_body } and { $security_body } is not public.";
    AGREEMENT_PUBLICITY_UNKNOWN = "finding-agreement-publicity-unknown":
        "It is not recorded whether agreement { $agreement } between { $election_body } and { $security_body } is public.";
    UNBOUNDED_NO_AGREEMENT = "finding-unbounded-no-agreement":
        "{ $organisation } ({ $kind }) takes part in the collaboration, but it is party to no agreement.";
    UNBOUNDED_AGREEMENTS = "finding-unbounded-agreements":
        "{ $organisation } ({ $kind }) takes part in the collaboration, but its agreements ({ $agreements }) do not state the boundaries of its involvement.";

    // Findings: who can reach whom.
    NO_CENTRAL_EMB = "finding-no-central-emb": "The model has no EMB at national level.";
    NO_NATIONAL_CERT = "finding-no-national-cert":
        "The model has no national CERT or cybersecurity agency.";
    OFFICE_CUT_FROM_EMB = "finding-office-cut-from-emb":
        "Election office { $office } has no path to the central EMB through parents, forums or agreements.";
    OFFICE_CUT_FROM_CERT = "finding-office-cut-from-cert":
        "Election office { $office } has no path to the national CERT through parents, forums or agreements.";
    OFFICE_CUT_FROM_BOTH = "finding-office-cut-from-both":
        "Election office { $office } has no path to the central EMB or the national CERT through parents, forums or agreements.";

    // Findings: maturity, critical infrastructure, recommendations.
    NEXT_LEVEL = "finding-next-level":
        "Collaboration is at level { $rung } of 7 ({ $level }). Level { $next_rung } ({ $next_level }) needs { $missing }.";
    DESIGNATED_BUT_LACKS = "finding-designated-but-lacks":
        "Elections are designated critical infrastructure, but the model lacks: { $missing }.";
    TREATED_AS_BUT_LACKS = "finding-treated-as-but-lacks":
        "Elections are treated as critical infrastructure, but the model lacks: { $missing }.";
    CONSIDER_DESIGNATION = "finding-consider-designation":
        "Collaboration is at level { $rung } of 7 ({ $level }) and elections are not designated critical infrastructure; a designation or another binding instrument could mandate the collaboration.";
    RECOMMENDATION_UNMET = "finding-recommendation-unmet":
        "Recommendation { $number } ({ $title }): { $evidence }.";
    ALSO = "phrase-also": "{ $first }; { $second }";

    // Evidence that the model shows a focus area, or approach.
    ACTIVITY = "evidence-activity": "{ $kind } '{ $title }' ({ $participants })";
    DIRECTORY = "evidence-directory":
        "a contact directory with round-the-clock emergency contacts for { $count } organisations, among them { $election_body } and { $partner }";
    FORUM_BRINGS_TOGETHER = "evidence-forum-brings-together":
        "forum { $forum } ({ $kind }) brings { $election_body } together with { $count } partner agencies";
    FORUM_BRINGS_ONE = "evidence-forum-brings-one":
        "forum { $forum } ({ $kind }) brings { $election_body } together with a partner agency";
    MATRIX_NAMES = "evidence-matrix-names":
        "roles agreed in a responsibility matrix naming { $count } organisations";
    WITH_PLATFORM_OR_MEDIA = "evidence-with-platform-or-media":
        "{ $kind } '{ $title }' with a platform or media organisation";
    SETS_OUT_RESPONSE = "evidence-sets-out-response":
        "{ $kind } '{ $title }' sets out how { $parties } respond";
    GOVERNS_FROM_ABOVE = "evidence-governs-from-above":
        "{ $kind } '{ $title }' governs the collaboration from above";
    GOVERNS_AND_DESIGNATES = "evidence-governs-and-designates":
        "{ $kind } '{ $title }' governs the collaboration from above, designating elections critical infrastructure";
    WORK_TOGETHER = "evidence-work-together":
        "{ $election_body } and { $partner } work together in { $count } joint activities";
    AGREES_ROLES = "evidence-agrees-roles": "{ $kind } '{ $title }' sets the roles of { $parties }";
    POLICY_FROM_ABOVE = "evidence-policy-from-above":
        "{ $kind } '{ $title }' organises the collaboration as government policy";
    UNPROMPTED_JOINT_WORK = "evidence-unprompted-joint-work":
        "{ $count ->\n    [one] { $count } joint activity of state bodies rests on no instrument: the agencies work together on their own initiative\n   *[other] { $count } joint activities of state bodies rest on no instrument: the agencies work together on their own initiative\n}";
    TREATED_AS_CRITICAL = "evidence-treated-as-critical":
        "elections are treated as critical infrastructure without a formal designation";
    NEGOTIATED = "evidence-negotiated": "{ $kind } '{ $title }' negotiated between { $parties }";
    DESIGNATED = "evidence-designated": "elections are designated critical infrastructure";
    FORUM_SET_UP_BY_LAW = "evidence-forum-set-up-by-law":
        "forum { $forum } was set up by { $kind } '{ $title }'";
    FORUM_SET_UP_FROM_ABOVE = "evidence-forum-set-up-from-above":
        "forum { $forum } was set up by { $organisation }, a decision from above";
    FORUM_SET_UP_BY_AGENCIES = "evidence-forum-set-up-by-agencies":
        "forum { $forum } ({ $kind }) was set up by the agencies themselves, not by law";

    // What would show a focus area.
    MISSING_RISK_ASSESSMENT = "missing-risk-assessment":
        "a joint risk assessment, situation reports, information sharing or media monitoring involving two or more organisations (an activity of kind joint_risk_assessment, situation_reporting, information_sharing or media_monitoring)";
    MISSING_EXPERTISE = "missing-expertise":
        "training, guidance, secondments or shared tools provided by one organisation to others (an activity of kind training, guidance, secondment or shared_tool)";
    MISSING_EXERCISES = "missing-exercises":
        "a tabletop or simulation exercise with two or more organisations (an activity of kind tabletop_exercise or simulation_exercise)";
    MISSING_DIRECTORY_UNKNOWN = "missing-directory-unknown":
        "the contact directory (not recorded in the model)";
    MISSING_EMERGENCY_CONTACTS = "missing-emergency-contacts":
        "round-the-clock emergency contacts for the central EMB and at least one partner agency";
    MISSING_FORUM = "missing-forum": "or a forum in which the central EMB meets partner agencies";
    MISSING_ROLES = "missing-roles":
        "or an agreement (law, decree, MoU, protocol or terms of reference) that sets the roles of the central EMB and a partner agency";
    MISSING_PUBLIC_COMMUNICATION = "missing-public-communication":
        "coordinated public communication, voter information or rumour response involving two or more organisations, or an MoU or protocol with a social-media platform or the media";
    MISSING_RESPONSE = "missing-response":
        "joint incident response, contingency planning, technical assistance or complaints handling, or a protocol or MoU in force between the election administration and a partner on responding to attacks";
    MISSING_INDEPENDENT = "missing-independent":
        "a certification, security audit or security test led by a body independent of the election administration (an activity of kind certification, security_audit or security_testing whose lead is not the EMB)";
    MISSING_INDEPENDENT_LEAD = "missing-independent-lead":
        "the assessments { $activities } do not record an independent lead";

    // The nearest piece missing: something in the model that almost shows the area.
    NEAREST_ONE_PARTY = "nearest-one-party":
        "{ $activity } involves only { $organisation }: a second organisation taking part would show this area";
    NEAREST_FORUM_WITHOUT_PARTNER = "nearest-forum-without-partner":
        "forum { $forum } has the central EMB but no partner agency";
    NEAREST_FORUM_WITHOUT_EMB = "nearest-forum-without-emb":
        "forum { $forum } brings partner agencies together without the central EMB";
    NEAREST_EMB_CONTACT_ONLY = "nearest-emb-contact-only":
        "{ $election_body } has a round-the-clock emergency contact, but no partner agency has one";
    NEAREST_PARTNER_CONTACT_ONLY = "nearest-partner-contact-only":
        "{ $partner } has a round-the-clock emergency contact, but the central EMB has none";
    NEAREST_NOT_IN_FORCE = "nearest-not-in-force":
        "{ $kind } '{ $title }' would show this area, but it is not in force";

    // Why the approach is what it is.
    APPROACH_NONE = "approach-none":
        "no forum, agreement or critical-infrastructure designation records how the agencies work together";
    APPROACH_ONLY_HORIZONTAL = "approach-only-horizontal":
        "every sign is horizontal: the agencies set up the collaboration themselves";
    APPROACH_ONLY_VERTICAL = "approach-only-vertical":
        "every sign is vertical: the collaboration rests on binding instruments";
    APPROACH_VERTICAL_MAJORITY = "approach-vertical-majority":
        "vertical signs ({ $vertical }) are at least twice the horizontal ones ({ $horizontal })";
    APPROACH_HORIZONTAL_MAJORITY = "approach-horizontal-majority":
        "horizontal signs ({ $horizontal }) are at least twice the vertical ones ({ $vertical })";
    APPROACH_MIXED = "approach-mixed":
        "horizontal signs ({ $horizontal }) and vertical signs ({ $vertical }), neither twice the other: a combined approach";

    // What critical-infrastructure status needs.
    READY_INSTRUMENT = "readiness-instrument":
        "the designation is recorded in a binding instrument";
    READY_TECHNICAL_PARTNER = "readiness-technical-partner":
        "a CERT or cybersecurity agency acts on attacks on election technology";
    READY_ASSESSED = "readiness-assessed": "minimum standards are independently assessed";
    READY_CERT_ROUND_THE_CLOCK = "readiness-cert-round-the-clock":
        "the national CERT has a 24/7 emergency contact";
    INSTRUMENT = "readiness-evidence-instrument": "{ $kind } '{ $title }'";
    NO_DESIGNATING_AGREEMENT = "readiness-no-designating-agreement":
        "no agreement designates elections critical infrastructure";
    ACTS_FOR = "readiness-acts-for": "{ $organisation } is { $role } for { $threats }";
    MATRIX_NOT_RECORDED = "evidence-matrix-not-recorded": "the responsibility matrix is not recorded";
    NO_CYBER_BODY_ACTS = "readiness-no-cyber-body-acts":
        "no CERT or cybersecurity agency is responsible or accountable";
    ASSESSMENT_RECORDED = "readiness-assessment-recorded":
        "an independent certification, audit or test is recorded";
    NO_ASSESSMENT_RECORDED = "readiness-no-assessment-recorded":
        "no independent certification, audit or test is recorded";
    CERT_ANSWERS = "readiness-cert-answers":
        "{ $organisation } answers emergencies around the clock";
    DIRECTORY_NOT_RECORDED = "evidence-directory-not-recorded": "the contact directory is not recorded";
    NO_CERT_ROUND_THE_CLOCK = "readiness-no-cert-round-the-clock":
        "no round-the-clock emergency contact at a national CERT";

    // The recommendations' evidence.
    BETWEEN_ELECTIONS = "recommendation-between-elections":
        "{ $count ->\n    [one] { $count } responsibility row covers\n   *[other] { $count } responsibility rows cover\n} phases between elections (legal framework, planning, audit, archiving)";
    NOTHING_BETWEEN_ELECTIONS = "recommendation-nothing-between-elections":
        "no responsibility covers the phases between elections";
    NO_STANDING_FORUM = "recommendation-no-standing-forum":
        "no forum with a known cadence is active in every phase";
    STANDING_FORUMS = "recommendation-standing-forums":
        "standing forums active in every phase: { $forums }";
    ASSETS_NOT_RECORDED = "recommendation-assets-not-recorded": "the asset register is not recorded";
    KEY_PROCESSES_LISTED = "recommendation-key-processes-listed":
        "{ $count } of the 4 processes every election digitises { $count ->\n    [one] is\n   *[other] are\n} in the asset register";
    KEY_PROCESSES_MISSING = "recommendation-key-processes-missing":
        "{ $count } of the 4 processes every election digitises { $count ->\n    [one] is\n   *[other] are\n} in the asset register (missing: { $missing })";
    UNCOVERED_CELLS = "recommendation-uncovered-cells":
        "{ $count ->\n    [one] { $count } cell of the responsibility matrix has\n   *[other] { $count } cells of the responsibility matrix have\n} no accountable organisation";
    COMMUNICATION_SHOWN = "recommendation-communication-shown":
        "organised interagency communication: shown";
    COMMUNICATION_NOT_SHOWN = "recommendation-communication-not-shown":
        "organised interagency communication: not shown";
    SHARED_PICTURE_SHOWN = "recommendation-shared-picture-shown":
        "joint risk assessment and situational awareness: shown";
    SHARED_PICTURE_NOT_SHOWN = "recommendation-shared-picture-not-shown":
        "joint risk assessment and situational awareness: not shown";
    DISINFORMATION_OWNED = "recommendation-disinformation-owned":
        "an organisation is accountable for disinformation about the process";
    DISINFORMATION_NOT_OWNED = "recommendation-disinformation-not-owned":
        "nobody is accountable for disinformation about the process";
    COORDINATED_SHOWN = "recommendation-coordinated-shown": "coordinated public communication: shown";
    COORDINATED_NOT_SHOWN = "recommendation-coordinated-not-shown":
        "coordinated public communication: not shown";
    AGREEMENTS_NOT_RECORDED = "recommendation-agreements-not-recorded": "the agreements are not recorded";
    NO_SECURITY_BODY = "recommendation-no-security-body":
        "no security, intelligence or military body takes part";
    SECURITY_UNBOUNDED = "recommendation-security-unbounded":
        "{ $organisation }: no agreement bounds its involvement";
    SECURITY_BOUNDED_PUBLIC = "recommendation-security-bounded-public":
        "{ $organisation }: bounded by a public agreement";
    SECURITY_BOUNDED_NOT_PUBLIC = "recommendation-security-bounded-not-public":
        "{ $organisation }: bounded, but not by an agreement known to be public";
    INTERNATIONAL_PARTNERS = "recommendation-international-partners":
        "international partners: { $organisations }";
    INTERNATIONAL_EXCHANGE = "recommendation-international-exchange":
        "an international exchange is recorded";
    NOTHING_INTERNATIONAL = "recommendation-nothing-international":
        "no international partner or exchange is recorded";
    NO_NON_STATE = "recommendation-no-non-state":
        "no non-state organisation takes part in a forum, agreement, activity or the matrix";
    NON_STATE_KINDS = "recommendation-non-state-kinds":
        "non-state organisations of { $count ->\n    [one] { $count } kind\n   *[other] { $count } kinds\n} take part: { $kinds }";
    NO_PARTY = "recommendation-no-party": "no political party is in the model";
    PARTIES_TRAINED = "recommendation-parties-trained":
        "parties take part in training or guidance on cyber-risk";
    PARTIES_UNTRAINED = "recommendation-parties-untrained":
        "{ $count ->\n    [one] { $count } party is in the model, but no training or guidance reaches it\n   *[other] { $count } parties are in the model, but no training or guidance reaches them\n}";
    AT_LEVEL = "recommendation-at-level": "collaboration is at level { $rung } of 7";
    ORGANIC = "recommendation-organic":
        "organic collaboration has got far without a vertical push";
    PUSHED_FROM_ABOVE = "recommendation-pushed-from-above":
        "a designation or binding instruments push the collaboration from above";
    DESIGNATION_CONSIDERED = "recommendation-designation-considered":
        "a critical-infrastructure designation is under consideration";
    NOTHING_PUSHES = "recommendation-nothing-pushes":
        "collaboration is weak and nothing binding pushes it from above";
    OBSERVERS_ASSESS = "recommendation-observers-assess":
        "observers assess the interagency collaboration";
    OBSERVERS_IDLE = "recommendation-observers-idle":
        "observers are in the model, but no observation of the collaboration is recorded";
    NO_OBSERVERS = "recommendation-no-observers": "no observers are in the model";

    // What a reference country shares with the model, or has that it lacks.
    SHARED_AREAS = "similar-focus-areas": "focus areas: { $areas }";
    SHARED_APPROACH_HORIZONTAL = "similar-horizontal": "a horizontal approach";
    SHARED_APPROACH_VERTICAL = "similar-vertical": "a vertical approach";
    SHARED_APPROACH_MIXED = "similar-mixed": "a mixed approach";
    SHARED_ADMINISTRATION = "similar-administration": "{ $administration } administration";
    THEY_HAVE_AGENCIES = "similar-agencies": "agencies: { $kinds }";
    THEY_HAVE_NON_STATE = "similar-non-state": "non-state partners: { $kinds }";
    THEY_HAVE_AGREEMENTS = "similar-agreements": "agreements: { $kinds }";
    THEY_HAVE_DESIGNATION = "similar-designation": "elections designated critical infrastructure";
    THEY_HAVE_FORUMS = "similar-forums":
        "{ $count ->\n    [one] { $count } forum\n   *[other] { $count } forums\n} (you have { $yours })";

    // The publication's ten recommendations.
    RECOMMENDATION_1 = "recommendation-1":
        "Treat election cybersecurity as a long-term commitment across the whole electoral cycle";
    RECOMMENDATION_2 = "recommendation-2": "Recognise that low-tech elections still face cyber-risk";
    RECOMMENDATION_3 = "recommendation-3": "Make interagency collaboration central to cyber-resilience";
    RECOMMENDATION_4 = "recommendation-4": "Manage perceptions as well as real attacks";
    RECOMMENDATION_5 = "recommendation-5": "Keep collaboration transparent and clearly bounded";
    RECOMMENDATION_6 = "recommendation-6": "Collaborate internationally";
    RECOMMENDATION_7 = "recommendation-7":
        "Go beyond government: private sector, parties, academia, civil society, media";
    RECOMMENDATION_8 = "recommendation-8": "Make political parties aware of cyber-risk";
    RECOMMENDATION_9 = "recommendation-9":
        "Use critical-infrastructure designation or other vertical measures where organic collaboration is missing";
    RECOMMENDATION_10 = "recommendation-10": "Let observers assess the interagency collaboration";
}

/// The recommendations of chapter 5, in order.
pub static RECOMMENDATIONS: [&Wording; 10] = [
    &RECOMMENDATION_1,
    &RECOMMENDATION_2,
    &RECOMMENDATION_3,
    &RECOMMENDATION_4,
    &RECOMMENDATION_5,
    &RECOMMENDATION_6,
    &RECOMMENDATION_7,
    &RECOMMENDATION_8,
    &RECOMMENDATION_9,
    &RECOMMENDATION_10,
];

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    #[test]
    fn keys_are_unique_and_placeholders_well_formed() {
        let mut keys = BTreeSet::new();
        for wording in ALL {
            assert!(keys.insert(wording.key), "{} twice", wording.key);
            let opens = wording.english.matches('{').count();
            assert_eq!(
                opens,
                wording.english.matches('}').count(),
                "{}",
                wording.key
            );
            assert_eq!(opens, wording.variables().len(), "{}", wording.key);
            for name in wording.variables() {
                assert!(
                    name.chars().all(|c| c.is_ascii_lowercase() || c == '_'),
                    "{}: {name}",
                    wording.key
                );
            }
        }
    }
}
