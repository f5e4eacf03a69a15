# The catalogue's labels and descriptions. Written from the domain's catalogue:
# LIAISON_BLESS=1 cargo test -p liaison-locale rewrites this file; do not edit it here.

## activity kind
list-activity-kind = activity kind
activity-kind-joint-risk-assessment = Joint risk assessment
    .description = Several agencies assess cyber risks to the election together.
activity-kind-situation-reporting = Situation reports
    .description = Regular situation reports shared among agencies.
activity-kind-information-sharing = Information sharing
    .description = An arrangement to exchange threat information and indicators.
activity-kind-media-monitoring = Media and social-media monitoring
    .description = Coordinated monitoring of media, social media and other sources.
activity-kind-coordinated-communication = Coordinated public communication
    .description = A joint communication strategy, agreed messages or joint statements.
activity-kind-voter-information = Voter information campaign
    .description = Informing voters jointly, including with platforms and media.
activity-kind-rumour-response = Rumour response
    .description = Tracking rumours about the process and publishing corrections.
activity-kind-incident-response = Joint incident response
    .description = Agencies responding together to an incident or on call for one.
activity-kind-contingency-planning = Contingency planning
    .description = Joint contingency and continuity plans for the election.
activity-kind-technical-assistance = Technical assistance
    .description = One agency provides equipment, hosting or protection to another.
activity-kind-complaints-handling = Complaints handling
    .description = Fast, coordinated handling of complaints about the process.
activity-kind-training = Training
    .description = Training or awareness sessions given by one body to others.
activity-kind-guidance = Guidance
    .description = Guides, checklists or playbooks produced for others.
activity-kind-secondment = Secondment
    .description = Staff placed with another organisation.
activity-kind-shared-tool = Shared tool
    .description = A tool or service one body provides for others' use.
activity-kind-certification = Certification
    .description = An independent body certifies that systems meet requirements.
activity-kind-security-audit = Security audit
    .description = An independent audit of systems or procedures.
activity-kind-security-testing = Security testing
    .description = Penetration tests, code reviews or other independent testing.
activity-kind-tabletop-exercise = Tabletop exercise
    .description = A discussion-based walk-through of a scenario.
activity-kind-simulation-exercise = Simulation exercise
    .description = A full-scale, live simulation of an attack and the response.
activity-kind-international-exchange = International exchange
    .description = Exchange of knowledge or information with other countries.
activity-kind-observation = Observation of the collaboration
    .description = Observers assess the interagency collaboration and its safeguards.

## adversary kind
list-adversary-kind = adversary kind
adversary-kind-foreign-state = Foreign state
    .description = A foreign state seeking to influence the election; seen by many as the main adversary.
adversary-kind-domestic-political = Domestic political actor
    .description = A domestic party, campaign or political operative.
adversary-kind-hacktivist = Hacktivist
    .description = Hackers pursuing a political or social agenda, including distrust of election technology.
adversary-kind-terrorist = Terrorist
    .description = Terrorists using cyber operations.
adversary-kind-organised-crime = Organised crime
    .description = Organised crime trying to sway the election.
adversary-kind-cybercriminal = Cybercriminal
    .description = Criminals after money, such as ransomware gangs.
adversary-kind-fame-seeker = Fame seeker
    .description = Individuals or groups showing off their skills.
adversary-kind-insider = Insider
    .description = Someone with legitimate access who misuses it.
adversary-kind-careless-researcher = Careless researcher
    .description = White- or grey-hat hackers who publish carelessly, too late to fix, or overstate severity.

## agreement kind
list-agreement-kind = agreement kind
agreement-kind-law = Law
    .description = An act of parliament.
agreement-kind-decree = Decree or regulation
    .description = A government decree, regulation, executive order or formal designation.
agreement-kind-mou = Memorandum of understanding
    .description = A memorandum of understanding or cooperation agreement between organisations.
agreement-kind-protocol = Protocol
    .description = An operational protocol: who does what, when, and how information flows.
agreement-kind-terms-of-reference = Terms of reference
    .description = The terms of reference of a forum, task force or joint body.
agreement-kind-contract = Contract
    .description = A contract, such as with a vendor or a service provider.
agreement-kind-guideline = Guideline or standard
    .description = Guidance, standards or policies adopted by one or more bodies.
agreement-kind-strategy = Strategy or plan
    .description = A national or institutional strategy or plan.

## asset kind
list-asset-kind = asset kind
asset-kind-voter-register = Voter register
    .description = The register of voters and any online service where voters check their registration.
asset-kind-biometric-id = Voter identification
    .description = Biometric kits, electronic ID cards and other means of identifying voters.
asset-kind-candidate-registration = Party and candidate registration
    .description = Systems for registering parties, candidates and their nominations.
asset-kind-election-management-system = Election management system
    .description = Back-office systems for logistics, staffing of polling stations, minutes and decisions.
asset-kind-e-pollbooks = Electronic pollbooks
    .description = Electronic lists used at polling stations to check voters in.
asset-kind-voting-machines = Voting machines
    .description = Machines that record votes at polling stations (DRE, ballot-marking devices).
asset-kind-internet-voting = Internet voting
    .description = Remote electronic voting over the Internet.
asset-kind-counting-scanners = Counting scanners
    .description = Optical scanners and other equipment that count paper ballots.
asset-kind-results-transmission = Results transmission and tabulation
    .description = Systems that send results from polling stations upward and aggregate them.
asset-kind-results-website = Results website
    .description = The public website where preliminary and final results are published.
asset-kind-emb-website = EMB website and online services
    .description = The EMB's public website and online services other than results.
asset-kind-email-messaging = E-mail and messaging
    .description = Institutional and staff e-mail, messaging and collaboration tools.
asset-kind-official-social-media = Official social-media accounts
    .description = The EMB's and partner agencies' accounts on social-media platforms.
asset-kind-party-systems = Party and candidate systems
    .description = Parties' and candidates' e-mail, campaign systems and the election data they receive.
asset-kind-broader-infrastructure = Broader national infrastructure
    .description = E-government services, the power grid and telecom links that elections run on.
asset-kind-voter-information = Voter information and trust in the process
    .description = Official information about when, where and how to vote, and the public's picture of the process: what disinformation about the process attacks.

## security need
list-security-need = security need
security-need-low = Low
    .description = A breach would be an inconvenience.
security-need-moderate = Moderate
    .description = A breach would disrupt work or harm trust locally, and could be put right.
security-need-high = High
    .description = A breach would disrupt a phase of the election or harm trust in its result.

## capability
list-capability = capability
capability-technical-response = Technical incident response
    .description = Can contain, eradicate and recover from a technical attack on systems and networks.
capability-forensics = Digital forensics
    .description = Can examine systems and evidence to establish what happened and who did it.
capability-threat-intelligence = Threat intelligence
    .description = Collects and shares intelligence on adversaries, their intent and their techniques.
capability-ddos-mitigation = DDoS mitigation
    .description = Can absorb or filter denial-of-service traffic (network operators, hosting, scrubbing services).
capability-security-assessment = Security assessment and certification
    .description = Audits, tests and certifies systems and procedures.
capability-criminal-investigation = Criminal investigation
    .description = Investigates and prosecutes offences, including election offences and cybercrime.
capability-public-communication = Public communication
    .description = Speaks to voters and the media with authority and reach.
capability-information-monitoring = Media and social-media monitoring
    .description = Watches media, social media and other sources for disinformation and signs of attack.
capability-content-moderation = Content moderation
    .description = Can label, demote or remove content and accounts on a platform.
capability-fact-checking = Fact-checking
    .description = Verifies claims and publishes corrections.
capability-data-protection = Data-protection supervision
    .description = Supervises and enforces the protection of personal data such as voter registers.
capability-media-regulation = Media regulation
    .description = Regulates broadcasters and, where the law allows, online media during campaigns.
capability-adjudication = Adjudication
    .description = Rules on complaints and disputes.
capability-technical-support = Technical support
    .description = Builds, operates or supports election technology.
capability-guidance-training = Guidance and training
    .description = Trains staff and stakeholders and publishes guidance on cyber hygiene.
capability-oversight = Oversight
    .description = Holds others to account: parliamentary or independent oversight.
capability-observation = Observation
    .description = Observes the process and reports on it independently.
capability-infrastructure-continuity = Infrastructure continuity
    .description = Keeps power, telecommunications or hosting running when it matters.
capability-election-administration = Election administration
    .description = Runs the electoral process itself.
capability-policy-funding = Policy and funding
    .description = Sets policy, drafts law and allocates budgets.

## contact kind
list-contact-kind = contact kind
contact-kind-person = Named person
    .description = One named individual; if they are away, nobody answers.
contact-kind-function = Function or desk
    .description = A role or desk staffed by rotation, such as a duty officer or a situation centre.
contact-kind-team = Team
    .description = A shared team address or line that several people answer.

## availability
list-availability = availability
availability-twenty-four-seven = 24/7
    .description = Answers around the clock, every day.
availability-election-period = Around the clock in the election period
    .description = Around the clock from the campaign to the publication of results, office hours otherwise.
availability-office-hours = Office hours
    .description = Answers during working hours only.

## channel kind
list-channel-kind = channel kind
channel-kind-email = E-mail
    .description = Ordinary e-mail.
channel-kind-landline = Landline telephone
    .description = A fixed telephone line.
channel-kind-mobile = Mobile telephone
    .description = A mobile phone number (voice or SMS).
channel-kind-messaging = Messaging app
    .description = An Internet messaging service such as Signal, WhatsApp or Telegram.
channel-kind-secure-line = Secure government line
    .description = A dedicated government network or encrypted voice line independent of the public Internet.
channel-kind-satellite-phone = Satellite telephone
    .description = A satellite phone, independent of national telecom networks.
channel-kind-radio = Radio
    .description = A radio network such as TETRA or emergency-services radio.
channel-kind-in-person = In person
    .description = A physical meeting point or liaison officer on site.
channel-kind-web-form = Web form or portal
    .description = A reporting form or portal on the web.

## forum kind
list-forum-kind = forum kind
forum-kind-task-force = Task force
    .description = A body set up for a defined task, often for one election.
forum-kind-working-group = Working group
    .description = A group working on a topic, often among experts.
forum-kind-network = Network
    .description = A looser network of contact points.
forum-kind-committee = Committee
    .description = A formal committee.
forum-kind-council = Council
    .description = A coordination council, often sector-wide.
forum-kind-project = Joint project
    .description = A dedicated joint project.
forum-kind-administrative-body = Administrative body
    .description = A permanent joint body with its own staff.

## cadence
list-cadence = cadence
cadence-daily = Daily
    .description = Meets every day.
cadence-weekly = Weekly
    .description = Meets every week.
cadence-fortnightly = Every two weeks
    .description = Meets every two weeks.
cadence-monthly = Monthly
    .description = Meets every month.
cadence-bimonthly = Every two months
    .description = Meets every two months.
cadence-quarterly = Quarterly
    .description = Meets every three months.
cadence-yearly = Yearly
    .description = Meets once a year.
cadence-ad-hoc = Ad hoc
    .description = Meets when someone calls a meeting.

## administration
list-administration = administration
administration-centralized = Centralised
    .description = One central EMB runs everything down to polling stations.
administration-decentralized = Decentralised
    .description = Independent regional or local bodies are in operational control.
administration-mixed = Mixed
    .description = A central body shares the work with regional or local bodies.

## critical-infrastructure status
list-critical-infrastructure-status = critical-infrastructure status
critical-infrastructure-status-designated = Designated
    .description = Elections are formally designated critical infrastructure.
critical-infrastructure-status-treated-as = Treated as such
    .description = Not formally designated, but actors treat elections as critical infrastructure.
critical-infrastructure-status-considering = Under consideration
    .description = A designation is being considered.
critical-infrastructure-status-not-designated = Not designated
    .description = Elections are not critical infrastructure.

## collaboration level
list-collaboration-level = collaboration level
collaboration-level-none = No collaboration shown
    .description = The model shows no organised communication between agencies yet.
collaboration-level-communication = Organised communication
    .description = Agencies know whom to call and keep channels in use.
collaboration-level-shared-awareness = Shared situational awareness
    .description = Agencies assess risks together and share one picture.
collaboration-level-coordinated-messaging = Coordinated public communication
    .description = Agencies speak to the public with one voice.
collaboration-level-joint-response = Joint prevention and response
    .description = Agencies prevent and respond together, with agreed escalation.
collaboration-level-shared-expertise = Shared expertise and tools
    .description = Agencies build each other's capacity.
collaboration-level-independent-assurance = Independent assurance
    .description = Security measures are independently assessed or certified.
collaboration-level-exercised = Exercised collaboration
    .description = The joint response is tested in scenario-based exercises.

## period of the electoral cycle
list-period-of-the-electoral-cycle = period of the electoral cycle
period-of-the-electoral-cycle-pre-electoral = Pre-electoral period
    .description = From the legal framework and planning to the campaign; also the long stretch between elections.
period-of-the-electoral-cycle-electoral = Electoral period
    .description = Voting, counting, and the transmission, tabulation and publication of results.
period-of-the-electoral-cycle-post-electoral = Post-electoral period
    .description = Disputes, audit and review, and archiving, feeding the next cycle.

## phase
list-phase = phase
phase-legal-framework = Legal framework
    .description = Drafting and amending election law and regulation; a phase that runs between elections.
phase-planning = Planning and budgeting
    .description = Operational planning, budgeting, procurement of election technology.
phase-training = Training and voter education
    .description = Training of election staff and information for voters.
phase-voter-registration = Voter registration
    .description = Registering voters and keeping the register, including online checks by voters.
phase-candidate-nomination = Nomination of parties and candidates
    .description = Registration of parties, candidates and their documents.
phase-campaign = Campaign
    .description = The campaign period, when disinformation about the process peaks.
phase-voting = Voting
    .description = Polling day (and early, postal or internet voting).
phase-counting = Counting
    .description = Counting of votes at polling stations and counting centres.
phase-tabulation = Results transmission and tabulation
    .description = Transmission of results from polling stations upward and their aggregation.
phase-results-publication = Results publication
    .description = Announcement and publication of preliminary and final results.
phase-disputes = Complaints and disputes
    .description = Complaints, appeals and their adjudication.
phase-audit-review = Audit and review
    .description = Post-election audits, evaluations and lessons learned.
phase-archiving = Archiving
    .description = Archiving of records and decommissioning or storing election systems.

## focus area
list-focus-area = focus area
focus-area-communication-directory = Organising interagency communication
    .description = A directory of interlocutors and emergency contacts, agreed roles and leadership, and forums that keep channels in use.
focus-area-joint-risk-assessment = Joint risk assessment and situational awareness
    .description = Assessing cyber risks together, with situation reports, information exchange and monitoring.
focus-area-public-communication = Coordinating public communication
    .description = One consistent strategy and message towards voters, with fast channels to media and platforms.
focus-area-prevention-response = Prevention and response mechanisms
    .description = Support for prevention, contingency plans and protocols for when and to whom to escalate.
focus-area-expertise-tools = Expertise, tools and resources
    .description = Training programmes, guidelines and other resources provided across agencies.
focus-area-independent-assessment = Independent assessments and certifications
    .description = Another body independently assesses or certifies the EMB's security measures.
focus-area-joint-exercises = Scenario-based joint exercises
    .description = Tabletop or full-scale exercises that test the joint response.

## incident severity
list-incident-severity = incident severity
incident-severity-low = Low
    .description = Little effect on the election; handled in the normal course of work.
incident-severity-medium = Medium
    .description = Affects one office, service or group of voters; needs attention today.
incident-severity-high = High
    .description = Threatens a phase of the election or public trust in it; needs action within the hour.
incident-severity-critical = Critical
    .description = Stops or may change the outcome of a phase, or is already public; all hands now.

## incident status
list-incident-status = incident status
incident-status-reported = Reported
    .description = Reported and routed; nobody has looked at it yet.
incident-status-triaged = Triaged
    .description = Confirmed as an incident, severity and responsible organisations checked.
incident-status-in-progress = In progress
    .description = The responsible organisations are working on it.
incident-status-contained = Contained
    .description = The damage no longer spreads; recovery goes on.
incident-status-resolved = Resolved
    .description = Service restored and the cause dealt with.
incident-status-closed = Closed
    .description = Lessons learned recorded; nothing more to do.

## observable kind
list-observable-kind = observable kind
observable-kind-ipv4 = IPv4 address
    .description = An IPv4 address, such as an attacking host.
observable-kind-ipv6 = IPv6 address
    .description = An IPv6 address.
observable-kind-domain = Domain name
    .description = A domain name, such as a look-alike of the EMB's site.
observable-kind-url = URL
    .description = A full web address, such as a phishing page.
observable-kind-email = E-mail address
    .description = An e-mail address, such as a phishing sender.
observable-kind-file-hash = File hash
    .description = An MD5, SHA-1, SHA-256 or SHA-512 hash of a file, in hex.
observable-kind-account = Account
    .description = An account on a platform, such as a social-media handle.
observable-kind-text = Message text
    .description = The text of a message, post or claim as it was seen.

## disinformation status
list-disinformation-status = disinformation status
disinformation-status-active = Active
    .description = Spreading or being watched; nothing done about it yet.
disinformation-status-rectifying = Rectification requested
    .description = Platforms were asked to act, or a public correction is being prepared.
disinformation-status-countered = Countered
    .description = The platforms acted or the public correction is out; still watched for a return.
disinformation-status-closed = Closed
    .description = No longer spreading; nothing more to do.

## rectification outcome
list-rectification-outcome = rectification outcome
rectification-outcome-removed = Removed
    .description = The content was taken down.
rectification-outcome-labelled = Labelled
    .description = The content stays, marked as false with a link to the official information.
rectification-outcome-demoted = Reach reduced
    .description = The content stays but is shown to fewer people.
rectification-outcome-declined = Declined
    .description = The platform answered that it will not act.

## mitigation family
list-mitigation-family = mitigation family
mitigation-family-securing-technology = Securing technology
    .description = Review, audit and update; redundancy and backups; alternative channels; encryption; isolation; 24/7 monitoring.
mitigation-family-quality-control = Quality control and audits
    .description = Audits of procedures at several levels, redundancy in critical steps, and follow-through.
mitigation-family-supply-chain-security = Supply-chain security
    .description = Scrutinising and carefully selecting trusted vendors and suppliers.
mitigation-family-human-resources = Human resources
    .description = Training and cyber hygiene, clear roles, the four-eyes principle, screening of key staff.
mitigation-family-online-monitoring = Monitoring online conversation
    .description = Watching social media, the dark web and hacktivist forums for leaks or attack planning.
mitigation-family-criminal-liability = Criminal liability
    .description = Making election malpractice an offence and prosecuting offenders.
mitigation-family-continuous-collaboration = Continuous collaboration
    .description = Keeping in touch with many actors and setting up communication well before any crisis.

## administrative level
list-administrative-level = administrative level
administrative-level-national = National
    .description = Works for the whole country.
administrative-level-regional = Regional
    .description = Works for a region, province, state or district.
administrative-level-local = Local
    .description = Works for a municipality, county or constituency.
administrative-level-international = International
    .description = Works across countries.

## sector
list-sector = sector
sector-state = State
    .description = Part of the state: a public authority.
sector-non-state = Non-state
    .description = Outside the state: companies, parties, academia, civil society, media.

## organisation kind
list-organisation-kind = organisation kind
organisation-kind-emb = Electoral management body
    .description = The institution legally responsible for running elections (central commission, electoral board or office).
organisation-kind-election-office = Subordinate election office
    .description = A regional or local election office or commission under, or beside, the central EMB.
organisation-kind-cert = CERT / CSIRT
    .description = A computer emergency or security incident response team.
organisation-kind-cybersecurity-agency = Cybersecurity agency
    .description = A national cybersecurity centre or information-security authority.
organisation-kind-intelligence = Security or intelligence service
    .description = A domestic security service or a foreign or signals intelligence agency.
organisation-kind-police = Police
    .description = Police, including cybercrime and criminal investigation units.
organisation-kind-military = Military
    .description = Defence ministry, armed forces or their cyber command.
organisation-kind-data-protection = Data-protection authority
    .description = The authority supervising the protection of personal data.
organisation-kind-media-regulator = Media regulator
    .description = The regulator of broadcasting and, in places, online media.
organisation-kind-ministry = Ministry or government office
    .description = A ministry or government office holding election policy, funding or a related mandate.
organisation-kind-parliament = Parliament
    .description = The legislature or one of its committees or offices.
organisation-kind-judiciary = Court
    .description = A court that rules on election disputes or offences.
organisation-kind-other-state = Other public body
    .description = Any other public authority, such as a registry, an audit office or a state IT centre.
organisation-kind-vendor = Technology vendor
    .description = A company that builds, supplies or supports election technology or security services.
organisation-kind-telecom = Telecom or Internet provider
    .description = A telecommunications operator or Internet service provider.
organisation-kind-utility = Utility
    .description = A power or other utility provider.
organisation-kind-platform = Social-media or Internet platform
    .description = A social-media, search or messaging platform.
organisation-kind-media = Media
    .description = A newspaper, broadcaster or news agency.
organisation-kind-party = Political party or candidate
    .description = A political party, candidate or campaign.
organisation-kind-academia = Academia
    .description = A university, research institute or independent technical review body.
organisation-kind-civil-society = Civil society
    .description = A non-governmental organisation, fact-checker or volunteer group.
organisation-kind-observer = Election observers
    .description = A domestic or international election observation mission or organisation.
organisation-kind-international = International organisation or partner
    .description = An international organisation or another country's agency.

## RACI role
list-raci-role = RACI role
raci-role-responsible = Responsible
    .description = Does the work.
raci-role-accountable = Accountable
    .description = Answers for the outcome; a cell should have exactly one accountable organisation.
raci-role-consulted = Consulted
    .description = Is asked before acting.
raci-role-informed = Informed
    .description = Is told after acting.

## risk treatment
list-risk-treatment = risk treatment
risk-treatment-reduce = Reduce
    .description = Measures lower the likelihood or the impact.
risk-treatment-accept = Accept
    .description = Watched, with nothing more done; the owner answers for the decision.
risk-treatment-transfer = Transfer
    .description = Another party carries it, such as a provider under contract.
risk-treatment-avoid = Avoid
    .description = The activity or technology that carries it is given up.

## risk status
list-risk-status = risk status
risk-status-open = Open
    .description = Identified; the treatment is not in place yet.
risk-status-treated = Treated
    .description = The treatment is in place; the residual risk is what remains.
risk-status-accepted = Accepted
    .description = Accepted by its owner at its current level.
risk-status-closed = Closed
    .description = No longer applies to this election.

## measure status
list-measure-status = measure status
measure-status-planned = Planned
    .description = Agreed, not started.
measure-status-in-progress = In progress
    .description = Being put in place.
measure-status-done = Done
    .description = In place.
measure-status-dropped = Dropped
    .description = Given up; the risk it addressed needs another answer.

## threat family
list-threat-family = threat family
threat-family-technology-attack = Attacks on election technology
    .description = Threats that exploit real technical weaknesses of election-related technology.
threat-family-process-disinformation = Disinformation about the process
    .description = Threats that create the belief that weaknesses exist, aimed at the perceived integrity of the process.

## threat kind
list-threat-kind = threat kind
threat-kind-ddos = Denial of service (DoS/DDoS)
    .description = Flooding a site or a channel until it slows or stops; the harm is unavailability at the worst moment.
threat-kind-defacement = Defacement and content manipulation
    .description = Changing how a public site looks, or subtly what it says, such as altered results or misleading voter information.
threat-kind-malware = Malware
    .description = Malicious software that makes essential systems and data unavailable or untrustworthy.
threat-kind-ransomware = Ransomware
    .description = Malware that encrypts or locks systems and data for extortion, often criminal rather than political.
threat-kind-apt = Advanced persistent threat
    .description = Well-resourced, multi-phase campaigns against internal systems, often by a nation state, up to air-gapped systems.
threat-kind-social-engineering = Social engineering and phishing
    .description = Exploiting people to obtain credentials or lure them to compromised sites: phishing, spear phishing, pretexting.
threat-kind-insider = Insider attack
    .description = Deliberate misuse of access by people who hold it: staff, contractors, polling-station workers.
threat-kind-supply-chain = Supply-chain compromise
    .description = Technology that arrives with malware or flaws, deliberate or not, through vendors and their suppliers.
threat-kind-hack-and-leak = Hack-and-leak
    .description = Stealing confidential data of the EMB, parties or candidates and leaking it, often altered, in an influence operation.
threat-kind-disinformation-turnout = Disinformation aimed at turnout
    .description = False claims that keep voters away: polling stations closed or moved, the vote postponed, voting by phone allowed.
threat-kind-disinformation-trust = Disinformation undermining trust
    .description = Rumours of manipulation or malfeasance aimed at trust in the process, the EMB or its technology.
threat-kind-false-hacking-claim = False claims of hacking
    .description = Unfounded claims that election technology is hackable or hacked, or minor weaknesses inflated.
