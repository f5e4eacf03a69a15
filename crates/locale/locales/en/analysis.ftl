
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
