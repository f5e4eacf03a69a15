
finding-concerns = Concerns:
finding-not-allowed = (your account cannot make this change)
finding-rule = Why this matters: the rule
rules-title = The rules of the analysis
rules-intro = The analysis reads the shared model and reports where the collaboration has holes. Each finding comes from one of the rules below; its severity is usually the one given here, and the finding itself says when it is rated higher or lower. An organisation acts when it is responsible or accountable in at least one row of the responsibility matrix. A contact is stale when nobody has confirmed it for more than { $days } days.
rules-nav = Rules
rules-severity = { $severity ->
    [info] info
    [low] low
    [medium] medium
    [high] high
   *[critical] critical
}
rules-why = Why it matters.
rules-what = What to do.
severity-info = info
severity-low = low
severity-medium = medium
severity-high = high
severity-critical = critical
analysis-partial = This analysis covers what is shared with observers; contacts and agreements that are not public are left out.
analysis-heading = Analysis: { $jurisdiction }
analysis-as-of = As of { $date }.
analysis-findings = Findings
analysis-counts-top = { $critical } critical, { $high } high, { $medium } medium,
analysis-counts-rest = { $low } low, { $info } info.
analysis-each-links = Each finding links to what it concerns and to where it is fixed.
analysis-collaboration = Collaboration
analysis-level = Level { $rung } of 7: { $label }.
analysis-next-level = Level { $rung } ({ $label }) needs: { $missing }.
analysis-col-area = Focus area
analysis-col-shown = Shown
analysis-col-evidence = Evidence or what is missing
analysis-yes = yes
analysis-no = no
analysis-approach = Approach:
analysis-horizontal = Horizontal: { $evidence }
analysis-vertical = Vertical: { $evidence }
analysis-ci = Critical infrastructure:
analysis-ci-status = { $status }; readiness { $readiness }.
analysis-recommendations = The ten recommendations
analysis-col-number = #
analysis-col-recommendation = Recommendation
analysis-col-evidence-only = Evidence
analysis-similar = Most similar reference countries
analysis-similarity = similarity { $score }
analysis-they-have = they have: { $what }
analysis-rules-hint = each with why it matters and what to do.
analysis-json = The same report as JSON.
analysis-recommendation = Recommendation { $number }
fix-make-accountable = Make an organisation accountable in the matrix
fix-keep-one-accountable = Keep one accountable organisation: change the rows of the matrix
fix-make-capable-responsible = Make an organisation with the capability responsible
fix-record-capabilities = Record the capabilities of { $name }
fix-record-matrix = Record the matrix
fix-add-asset = Add a piece of election technology
fix-add-emergency-contact = Add an emergency contact of { $name }
fix-add-deputy = Add a duty desk or a deputy for { $name }
fix-check-contact = Check { $name } and confirm it is still correct
fix-edit-contact = Edit { $name }
fix-add-oob-channel = Add a landline, secure line or radio to { $name }
fix-add-oob-contact = Add a contact of { $name } with an out-of-band channel
fix-record-contact = Record a contact
fix-add-to-forum = Add { $name } to a forum
fix-schedule-meeting = Schedule a meeting in the election period
fix-record-forum-schedule = Record when the forum meets
fix-record-boundaries = Record an agreement stating the boundaries of its involvement
fix-edit-agreement = Edit the agreement
fix-add-organisation = Add the organisation
fix-give-parent = Give { $name } a parent in the election administration
fix-bring-into-forum = Bring it into a forum with the EMB and the CERT
fix-record-activity = Record a joint activity
fix-record-ci-status = Record the status of elections
fix-see-readiness = See the readiness checks
fix-see-missing = See what is missing

network-title = Agency network
network-intro = Who is linked to whom: the election administration (left) through its hierarchy, the forums and agreements (middle) to the other state bodies and partners (right). These are the links the analysis follows to find offices cut off from the centre. Select a node to open its page.
network-kind = Kind of organisation
network-threat = Threat they answer for
network-show-everyone = Show everyone
network-count = { $organisations } organisations, { $forums } forums and { $agreements } agreements.
network-count-threat = Shown: those the matrix makes accountable or responsible for { $threat }.
network-legend-organisation = organisation
network-legend-forum = forum
network-legend-agreement = agreement
network-legend-threat = threat
network-legend-part-of = part of
network-legend-sits-in = sits in
network-legend-party-to = party to
network-legend-cut-off = cut off (analysis)
network-legend-findings = has findings
network-zoom-in = Zoom in
network-zoom-out = Zoom out
network-fit = Fit
network-graph = Graph of the organisations, forums and agreements listed below
network-cut-off = Cut off from the centre:
network-no-path = no path through the hierarchy, forums or agreements to the central EMB or the CERT
network-none-cut-off = No office shown here is cut off from the centre.
network-findings-by-org = Findings by organisation:
network-list = The network as a list
network-col-sits-in = Sits in
network-col-party-to = Party to
network-cut-off-tag = cut off
network-none = No organisation matches.

## Lists and sentences inside the analysis's sentences
list-separator = {", "}
list-and = { $init } and { $last }
list-and-more = { $listed } and { $count } more
sentence-separator = {"; "}

## The analysis page: the model's size, the matrix, statuses
analysis-count-organisations = { $count ->
    [one] 1 organisation
   *[other] { $count } organisations
}
analysis-count-contacts = { $count ->
    [one] 1 contact
   *[other] { $count } contacts
}
analysis-count-forums = { $count ->
    [one] 1 forum
   *[other] { $count } forums
}
analysis-count-agreements = { $count ->
    [one] 1 agreement
   *[other] { $count } agreements
}
analysis-count-assets = { $count ->
    [one] 1 asset
   *[other] { $count } assets
}
analysis-count-responsibilities = { $count ->
    [one] 1 responsibility row
   *[other] { $count } responsibility rows
}
analysis-count-activities = { $count ->
    [one] 1 activity
   *[other] { $count } activities
}
analysis-unrecorded-organisations = organisations not recorded
analysis-unrecorded-contacts = contacts not recorded
analysis-unrecorded-forums = forums not recorded
analysis-unrecorded-agreements = agreements not recorded
analysis-unrecorded-assets = assets not recorded
analysis-unrecorded-responsibilities = responsibility rows not recorded
analysis-unrecorded-activities = activities not recorded
analysis-matrix-cells = Responsibility matrix: { $cells } cells, { $gaps } with no accountable organisation, { $overlaps } with more than one.
analysis-approach-horizontal = horizontal
analysis-approach-vertical = vertical
analysis-approach-mixed = mixed
analysis-approach-undetermined = not determined
analysis-unknown = unknown
analysis-readiness-ready = ready
analysis-readiness-partly = partly ready
analysis-readiness-not-ready = not ready
analysis-readiness-not-applicable = not applicable
analysis-check = { $check } ({ $met }): { $evidence }
analysis-check-met = met
analysis-check-not-met = not met
analysis-status-met = met
analysis-status-partly = partly met
analysis-status-not-met = not met

## The check report (liaison check)
check-title = Liaison check: { $jurisdiction }
check-as-of = as of { $date }
check-col-severity = Severity
check-col-finding = Finding
check-col-remedy = What to do
check-col-id = Id
check-col-status = Status
check-not-shown = not shown
check-more = (+{ $count } more)
check-approach-signs = { $approach } ({ $horizontal } horizontal and { $vertical } vertical signs)
check-footer = Produced by Liaison from the collaboration model. Findings, focus areas and maturity are inferred from the model's structure; see docs/ANALYSIS.md for the rules.

## liaison diff: what changed between two models

changes-title = Changes from { $old } to { $new }
changes-none = The two models are the same, and so is their analysis.
changes-section = { $section ->
    [organisations] Organisations
    [contacts] Contacts
    [forums] Forums
    [agreements] Agreements
    [assets] Technology
    [activities] Joint activities
   *[escalation_protocols] Escalation protocols
}: { $changes }
changes-added = { $count } added ({ $ids })
changes-removed = { $count } removed ({ $ids })
changes-changed = { $count } changed ({ $ids })
changes-now-known = now known (was unknown)
changes-now-unknown = now unknown (was known)
changes-matrix = { $count ->
    [one] Responsibility matrix: { $count } cell changed its accountable organisations
   *[other] Responsibility matrix: { $count } cells changed their accountable organisations
}
changes-cell = { $threat } in { $phase }: { $before } → { $after }
changes-nobody = nobody
changes-model = The model
changes-analysis = Analysis
changes-maturity = Collaboration level: { $before } → { $after }
changes-approach = Approach: { $before } → { $after }
changes-focus-gained = Focus areas now shown: { $areas }
changes-focus-lost = Focus areas no longer shown: { $areas }
changes-new-findings = New findings ({ $count }):
changes-resolved-findings = Findings resolved ({ $count }):
