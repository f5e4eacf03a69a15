# The analysis's sentences. Written from the domain's wordings:
# LIAISON_BLESS=1 cargo test -p liaison-locale rewrites this file; do not edit it here.

phrase-every-phase = every phase
phrase-one-phase = the { $phase } phase
phrase-phases = the phases { $phases }
phrase-phase-name = '{ $phase }'
phrase-participants-unknown = participants not recorded
finding-matrix-unknown = The model does not record the responsibility matrix ('responsibilities: unknown').
finding-assets-unknown = The model does not record the asset register ('assets: unknown'), so the cells of the responsibility matrix are not known.
finding-assets-empty = The asset register is empty: no election technology is recorded.
finding-contacts-unknown = The model does not record the contact directory ('contacts: unknown').
finding-critical-infrastructure-unknown = It is not recorded whether elections are designated critical infrastructure.
finding-gap = No organisation is accountable for { $threat } on { $asset_kind } ({ $assets }) in { $phases }.
finding-overlap-two = { $organisations } are both accountable for { $threats } on { $asset_kinds } ({ $assets }) in { $phases }.
finding-overlap-many = { $organisations } are all accountable for { $threats } on { $asset_kinds } ({ $assets }) in { $phases }.
finding-mismatch-one-lacks-one = For { $threat } on { $asset_kinds } ({ $assets }), the only organisation that acts on it, { $organisation }, has no { $capability } capability.
finding-mismatch-one-lacks-all = For { $threat } on { $asset_kinds } ({ $assets }), the only organisation that acts on it, { $organisation }, has none of these capabilities: { $capabilities }.
finding-mismatch-none-has-one = For { $threat } on { $asset_kinds } ({ $assets }), none of the organisations that act on it ({ $organisations }) has a { $capability } capability.
finding-mismatch-none-has-any = For { $threat } on { $asset_kinds } ({ $assets }), none of the organisations that act on it ({ $organisations }) has any of these capabilities: { $capabilities }.
finding-mismatch-many-none-has-one = For { $threat } on { $asset_kinds } ({ $assets }), none of the { $count } organisations that act on it (such as { $organisations }) has a { $capability } capability.
finding-mismatch-many-none-has-any = For { $threat } on { $asset_kinds } ({ $assets }), none of the { $count } organisations that act on it (such as { $organisations }) has any of these capabilities: { $capabilities }.
finding-no-contact-at-all = { $organisation } has a role in the response but no contact at all.
finding-emergency-hours-unknown = { $organisation } has a role in the response; its emergency contact's hours are not recorded, so it may not answer around the clock.
finding-no-emergency-contact = { $organisation } has a role in the response but no emergency contact that answers around the clock.
finding-no-out-of-band = { $organisation } has a role in the response, but all its contacts are reached over e-mail, mobile or messaging only.
finding-single-person = The only contact of { $organisation } is one person, { $contact }.
finding-never-verified = Contact { $contact } of { $organisation } has never been verified.
finding-verification-unknown = It is not recorded when contact { $contact } of { $organisation } was last verified.
finding-stale = Contact { $contact } of { $organisation } was last verified on { $date }, { $days } days ago (the limit is { $limit }).
finding-not-in-a-forum = { $organisation } has a role in the response but sits in no forum.
finding-forum-outside-election = Forum { $forum } is active only in { $phases }, never between the campaign and the publication of results.
finding-forum-ad-hoc-in-period = Forum { $forum } meets ad hoc and has no meeting scheduled in the election period ({ $from } to { $to }).
finding-forum-ad-hoc = Forum { $forum } meets ad hoc, with no meeting scheduled in the election period.
finding-forum-too-rare = Forum { $forum } meets { $cadence } but the election period lasts { $days } days ({ $from } to { $to }) and no meeting is scheduled in it.
finding-forum-cadence-unknown = It is not recorded how often forum { $forum } meets, so it is not known whether it meets during the election period.
finding-agreement-expired = Agreement { $agreement } ({ $title }) expired on { $date }.
finding-agreement-not-public = Agreement { $agreement } between { $election_body } and { $security_body } is not public.
finding-agreement-publicity-unknown = It is not recorded whether agreement { $agreement } between { $election_body } and { $security_body } is public.
finding-unbounded-no-agreement = { $organisation } ({ $kind }) takes part in the collaboration, but it is party to no agreement.
finding-unbounded-agreements = { $organisation } ({ $kind }) takes part in the collaboration, but its agreements ({ $agreements }) do not state the boundaries of its involvement.
finding-no-central-emb = The model has no EMB at national level.
finding-no-national-cert = The model has no national CERT or cybersecurity agency.
finding-office-cut-from-emb = Election office { $office } has no path to the central EMB through parents, forums or agreements.
finding-office-cut-from-cert = Election office { $office } has no path to the national CERT through parents, forums or agreements.
finding-office-cut-from-both = Election office { $office } has no path to the central EMB or the national CERT through parents, forums or agreements.
finding-next-level = Collaboration is at level { $rung } of 7 ({ $level }). Level { $next_rung } ({ $next_level }) needs { $missing }.
finding-designated-but-lacks = Elections are designated critical infrastructure, but the model lacks: { $missing }.
finding-treated-as-but-lacks = Elections are treated as critical infrastructure, but the model lacks: { $missing }.
finding-consider-designation = Collaboration is at level { $rung } of 7 ({ $level }) and elections are not designated critical infrastructure; a designation or another binding instrument could mandate the collaboration.
finding-recommendation-unmet = Recommendation { $number } ({ $title }): { $evidence }.
phrase-also = { $first }; { $second }
evidence-activity = { $kind } '{ $title }' ({ $participants })
evidence-directory = a contact directory with round-the-clock emergency contacts for { $count } organisations, among them { $election_body } and { $partner }
evidence-forum-brings-together = forum { $forum } ({ $kind }) brings { $election_body } together with { $count } partner agencies
evidence-forum-brings-one = forum { $forum } ({ $kind }) brings { $election_body } together with a partner agency
evidence-matrix-names = roles agreed in a responsibility matrix naming { $count } organisations
evidence-with-platform-or-media = { $kind } '{ $title }' with a platform or media organisation
evidence-sets-out-response = { $kind } '{ $title }' sets out how { $parties } respond
evidence-governs-from-above = { $kind } '{ $title }' governs the collaboration from above
evidence-governs-and-designates = { $kind } '{ $title }' governs the collaboration from above, designating elections critical infrastructure
evidence-work-together = { $election_body } and { $partner } work together in { $count } joint activities
evidence-agrees-roles = { $kind } '{ $title }' sets the roles of { $parties }
evidence-policy-from-above = { $kind } '{ $title }' organises the collaboration as government policy
evidence-unprompted-joint-work = { $count ->
    [one] { $count } joint activity of state bodies rests on no instrument: the agencies work together on their own initiative
   *[other] { $count } joint activities of state bodies rest on no instrument: the agencies work together on their own initiative
}
evidence-treated-as-critical = elections are treated as critical infrastructure without a formal designation
evidence-negotiated = { $kind } '{ $title }' negotiated between { $parties }
evidence-designated = elections are designated critical infrastructure
evidence-forum-set-up-by-law = forum { $forum } was set up by { $kind } '{ $title }'
evidence-forum-set-up-from-above = forum { $forum } was set up by { $organisation }, a decision from above
evidence-forum-set-up-by-agencies = forum { $forum } ({ $kind }) was set up by the agencies themselves, not by law
missing-risk-assessment = a joint risk assessment, situation reports, information sharing or media monitoring involving two or more organisations (an activity of kind joint_risk_assessment, situation_reporting, information_sharing or media_monitoring)
missing-expertise = training, guidance, secondments or shared tools provided by one organisation to others (an activity of kind training, guidance, secondment or shared_tool)
missing-exercises = a tabletop or simulation exercise with two or more organisations (an activity of kind tabletop_exercise or simulation_exercise)
missing-directory-unknown = the contact directory (not recorded in the model)
missing-emergency-contacts = round-the-clock emergency contacts for the central EMB and at least one partner agency
missing-forum = or a forum in which the central EMB meets partner agencies
missing-roles = or an agreement (law, decree, MoU, protocol or terms of reference) that sets the roles of the central EMB and a partner agency
missing-public-communication = coordinated public communication, voter information or rumour response involving two or more organisations, or an MoU or protocol with a social-media platform or the media
missing-response = joint incident response, contingency planning, technical assistance or complaints handling, or a protocol or MoU in force between the election administration and a partner on responding to attacks
missing-independent = a certification, security audit or security test led by a body independent of the election administration (an activity of kind certification, security_audit or security_testing whose lead is not the EMB)
missing-independent-lead = the assessments { $activities } do not record an independent lead
nearest-one-party = { $activity } involves only { $organisation }: a second organisation taking part would show this area
nearest-forum-without-partner = forum { $forum } has the central EMB but no partner agency
nearest-forum-without-emb = forum { $forum } brings partner agencies together without the central EMB
nearest-emb-contact-only = { $election_body } has a round-the-clock emergency contact, but no partner agency has one
nearest-partner-contact-only = { $partner } has a round-the-clock emergency contact, but the central EMB has none
nearest-not-in-force = { $kind } '{ $title }' would show this area, but it is not in force
approach-none = no forum, agreement or critical-infrastructure designation records how the agencies work together
approach-only-horizontal = every sign is horizontal: the agencies set up the collaboration themselves
approach-only-vertical = every sign is vertical: the collaboration rests on binding instruments
approach-vertical-majority = vertical signs ({ $vertical }) are at least twice the horizontal ones ({ $horizontal })
approach-horizontal-majority = horizontal signs ({ $horizontal }) are at least twice the vertical ones ({ $vertical })
approach-mixed = horizontal signs ({ $horizontal }) and vertical signs ({ $vertical }), neither twice the other: a combined approach
readiness-instrument = the designation is recorded in a binding instrument
readiness-technical-partner = a CERT or cybersecurity agency acts on attacks on election technology
readiness-assessed = minimum standards are independently assessed
readiness-cert-round-the-clock = the national CERT has a 24/7 emergency contact
readiness-evidence-instrument = { $kind } '{ $title }'
readiness-no-designating-agreement = no agreement designates elections critical infrastructure
readiness-acts-for = { $organisation } is { $role } for { $threats }
evidence-matrix-not-recorded = the responsibility matrix is not recorded
readiness-no-cyber-body-acts = no CERT or cybersecurity agency is responsible or accountable
readiness-assessment-recorded = an independent certification, audit or test is recorded
readiness-no-assessment-recorded = no independent certification, audit or test is recorded
readiness-cert-answers = { $organisation } answers emergencies around the clock
evidence-directory-not-recorded = the contact directory is not recorded
readiness-no-cert-round-the-clock = no round-the-clock emergency contact at a national CERT
recommendation-between-elections = { $count ->
    [one] { $count } responsibility row covers
   *[other] { $count } responsibility rows cover
} phases between elections (legal framework, planning, audit, archiving)
recommendation-nothing-between-elections = no responsibility covers the phases between elections
recommendation-no-standing-forum = no forum with a known cadence is active in every phase
recommendation-standing-forums = standing forums active in every phase: { $forums }
recommendation-assets-not-recorded = the asset register is not recorded
recommendation-key-processes-listed = { $count } of the 4 processes every election digitises { $count ->
    [one] is
   *[other] are
} in the asset register
recommendation-key-processes-missing = { $count } of the 4 processes every election digitises { $count ->
    [one] is
   *[other] are
} in the asset register (missing: { $missing })
recommendation-uncovered-cells = { $count ->
    [one] { $count } cell of the responsibility matrix has
   *[other] { $count } cells of the responsibility matrix have
} no accountable organisation
recommendation-communication-shown = organised interagency communication: shown
recommendation-communication-not-shown = organised interagency communication: not shown
recommendation-shared-picture-shown = joint risk assessment and situational awareness: shown
recommendation-shared-picture-not-shown = joint risk assessment and situational awareness: not shown
recommendation-disinformation-owned = an organisation is accountable for disinformation about the process
recommendation-disinformation-not-owned = nobody is accountable for disinformation about the process
recommendation-coordinated-shown = coordinated public communication: shown
recommendation-coordinated-not-shown = coordinated public communication: not shown
recommendation-agreements-not-recorded = the agreements are not recorded
recommendation-no-security-body = no security, intelligence or military body takes part
recommendation-security-unbounded = { $organisation }: no agreement bounds its involvement
recommendation-security-bounded-public = { $organisation }: bounded by a public agreement
recommendation-security-bounded-not-public = { $organisation }: bounded, but not by an agreement known to be public
recommendation-international-partners = international partners: { $organisations }
recommendation-international-exchange = an international exchange is recorded
recommendation-nothing-international = no international partner or exchange is recorded
recommendation-no-non-state = no non-state organisation takes part in a forum, agreement, activity or the matrix
recommendation-non-state-kinds = non-state organisations of { $count ->
    [one] { $count } kind
   *[other] { $count } kinds
} take part: { $kinds }
recommendation-no-party = no political party is in the model
recommendation-parties-trained = parties take part in training or guidance on cyber-risk
recommendation-parties-untrained = { $count ->
    [one] { $count } party is in the model, but no training or guidance reaches it
   *[other] { $count } parties are in the model, but no training or guidance reaches them
}
recommendation-at-level = collaboration is at level { $rung } of 7
recommendation-organic = organic collaboration has got far without a vertical push
recommendation-pushed-from-above = a designation or binding instruments push the collaboration from above
recommendation-designation-considered = a critical-infrastructure designation is under consideration
recommendation-nothing-pushes = collaboration is weak and nothing binding pushes it from above
recommendation-observers-assess = observers assess the interagency collaboration
recommendation-observers-idle = observers are in the model, but no observation of the collaboration is recorded
recommendation-no-observers = no observers are in the model
similar-focus-areas = focus areas: { $areas }
similar-horizontal = a horizontal approach
similar-vertical = a vertical approach
similar-mixed = a mixed approach
similar-administration = { $administration } administration
similar-agencies = agencies: { $kinds }
similar-non-state = non-state partners: { $kinds }
similar-agreements = agreements: { $kinds }
similar-designation = elections designated critical infrastructure
similar-forums = { $count ->
    [one] { $count } forum
   *[other] { $count } forums
} (you have { $yours })
recommendation-1 = Treat election cybersecurity as a long-term commitment across the whole electoral cycle
recommendation-2 = Recognise that low-tech elections still face cyber-risk
recommendation-3 = Make interagency collaboration central to cyber-resilience
recommendation-4 = Manage perceptions as well as real attacks
recommendation-5 = Keep collaboration transparent and clearly bounded
recommendation-6 = Collaborate internationally
recommendation-7 = Go beyond government: private sector, parties, academia, civil society, media
recommendation-8 = Make political parties aware of cyber-risk
recommendation-9 = Use critical-infrastructure designation or other vertical measures where organic collaboration is missing
recommendation-10 = Let observers assess the interagency collaboration
