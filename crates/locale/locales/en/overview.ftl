
home-title = Home
home-empty = The shared model is empty.
home-import = Import a model file to start.
home-organisations = { $count ->
    [one] organisation
   *[other] organisations
}
home-forums = { $count ->
    [one] forum
   *[other] forums
}
home-agreements = { $count ->
    [one] agreement
   *[other] agreements
}
home-level = level of collaboration
home-findings = critical and high findings
home-findings-more = ({ $medium } medium, { $low } low)
home-contacts-to-check = Your organisation's contacts to check
home-contacts-fresh = Every contact of your organisation was verified in the last 90 days.
home-next-meetings = Next meetings
home-no-meeting = No meeting is scheduled.
home-meeting-of = { $title } ({ $forum })
home-forum-meets = The { $forum } meets
home-calendar = The electoral calendar and every meeting
home-contact-sheet = Print the emergency contact sheet

nav-menu-close = Close the menu
picker-search = Search by name
picker-remove = Remove
picker-none = None chosen yet.
picker-no-match = No name matches.
picker-suggested-label = Suggested:
picker-suggested = First, those the responsibility matrix makes accountable or responsible for { $threat }.
picker-suggested-in-phase = First, those the responsibility matrix makes accountable or responsible for { $threat } in the { $phase } phase.
picker-nobody = The responsibility matrix names nobody accountable or responsible for { $threat }.
picker-nobody-in-phase = The responsibility matrix names nobody accountable or responsible for { $threat } in the { $phase } phase.
report-title = Report an incident
report-intro = The report is routed at once to the organisations the responsibility matrix makes accountable and responsible, and to those the escalation protocols name; everyone it is shared with sees it live.
report-what = What happened, in a line
report-details = Details
report-kind = Kind
report-choose = Choose…
report-severity = Severity
report-phase = Phase of the election
report-phase-from-calendar = From the calendar (today: { $phase })
report-phase-not-known = not known
report-affected-systems = Affected systems
report-recipients = Recipient organisations (AMBER, AMBER+STRICT)
report-first-observed = First observed (UTC)
report-observables = Observables, one per line: kind and value
report-observables-example = ipv4 198.51.100.7 · domain cec-results[.]example · url hxxps://cec-results[.]example/login
report-observables-kinds = Kinds: ipv4, ipv6, domain, url, email, file_hash, account, text. Defanged values are read as meant.
report-who-may-see = Who may see it (TLP 2.0)
report-people = People, by e-mail (RED)
report-people-example = duty@cert.example, …
report-observers = Share with observers (GREEN and AMBER only)
report-submit = Report
reshare-title = Sharing
reshare-tlp = TLP
reshare-people = People, by e-mail (RED), separated by commas
reshare-observers = Share with observers
reshare-confirm = Change who may see this { $item }? The change is audited.
reshare-submit = Change sharing
item-noun-incident = incident
item-noun-disinformation = false claim

dashboard-title = Dashboard
dashboard-live-off = Live updates off
dashboard-now = Now
dashboard-no-phase = No phase of the calendar covers today.
dashboard-next = Next: { $phase }, { $dates }
dashboard-polling-today = Polling day is today
dashboard-days-to-polling = { $days ->
    [one] day to polling day
   *[other] days to polling day
}
dashboard-as-of = As of { $time }
dashboard-calendar = Calendar
dashboard-open-incidents = Open incidents
dashboard-open-awaiting = open, { $awaiting } awaiting acknowledgement
dashboard-by-severity = Open incidents by severity
dashboard-by-kind = Open incidents by kind
dashboard-more-kinds = { $count } more of other kinds
dashboard-top-risks = Top risks
dashboard-heat = Heat map of the joint risk scores
dashboard-disagree = agencies disagree
dashboard-no-risk = No risk assessed yet.
dashboard-overdue = Overdue measures
dashboard-none-overdue = None overdue.
dashboard-owner-due = { $owner }, due { $due }
dashboard-more-overdue = { $count } more overdue
dashboard-to-approve = Reports to approve
dashboard-more-to-approve = { $count } more to approve
dashboard-reachable = Reachable now
dashboard-nobody-reachable = No emergency contact you can see answers now.
dashboard-more-reachable = { $count } more reachable now

sheet-reachable-now-only = reachable takes one value: now.
sheet-title-all = Emergency contact sheet: all organisations
sheet-title-reachable = Reachable now: emergency contacts who answer at this hour
sheet-title-of = Emergency contact sheet: { $forum }
sheet-title-reachable-of = Reachable now: { $forum }
sheet-reachable-at = Emergency contacts who answer at { $time }, by their availability and the electoral calendar.
sheet-whole = The whole sheet
sheet-printed = Printed { $date }.
sheet-oob = Out-of-band channels work without e-mail or the Internet.
sheet-stale = Contacts marked in red have not been verified for 90 days.
sheet-members-of = Members of
sheet-all = all organisations
sheet-show = Show
sheet-print = Print
sheet-members-only = Contacts are shared among the participating organisations only.
sheet-no-contact = No contact recorded.
sheet-col-contact = Contact
sheet-col-available = Available
sheet-col-verified = Verified

organisation-id = Id
organisation-kind = Kind
organisation-level = Level
organisation-sector = Sector
organisation-part-of = Part of
organisation-mandate = Mandate
organisation-not-recorded = not recorded
organisation-forums = Forums
organisation-none = none
organisation-edit = Edit the organisation
organisation-findings = What the analysis finds
organisation-findings-none = The analysis finds nothing about { $name } or its contacts.
organisation-findings-some = { $count ->
    [one] The analysis finds { $count } thing to fix about { $name } or its contacts.
   *[other] The analysis finds { $count } things to fix about { $name } or its contacts.
}
organisation-see-analysis = The whole analysis
organisation-contacts = Contacts
organisation-add-contact = Add a contact
organisation-no-contact = No contact is recorded.

forum-chair = Chair
forum-chair-nobody = nobody
forum-meets = Meets
forum-active-in = Active in
forum-purpose = Purpose
forum-contact-sheet = Contact sheet of the members
forum-edit = Edit the forum
forum-members = Members
forum-members-incomplete = The list may not name every member.
forum-members-change = Change the members
forum-members-choose = Members
forum-members-save = Save the members
forum-members-too-many = A forum has at most { $count } members.
forum-meetings = Meetings
forum-dates-in-model = Dates in the model:
forum-add-meeting = Add a meeting
forum-no-meeting = No meeting is recorded here yet.
forum-col-date = Date
forum-col-meeting = Meeting
forum-col-open-actions = Open actions
forum-minutes-members-only = Agendas and minutes are shared among the participating organisations only.
