# The checks every form shares, and what the platform says when a change cannot be made.

form-version-not-number = 'version' must be a whole number: reload the page.
form-field-too-long = '{ $field }' is longer than { $max } characters.
form-field-empty = '{ $field }' cannot be empty.
form-too-large = The form is too large.
error-changed = Someone changed this after you opened it. Reload the page to see their change, then make yours again.
error-already-exists = That already exists.

error-not-found = Not found
error-not-found-text = There is nothing here, or you may not see it.
error-forbidden = Not allowed
error-forbidden-text = Your role does not allow this. Ask your organisation's administrator if you need it.
error-bad-request = That did not work
error-conflict = Changed by someone else
error-unavailable = Temporarily unavailable
error-unavailable-text = The database cannot be reached. Try again in a moment.
error-internal = Something went wrong
error-internal-text = The request failed on our side.
error-reference = Reference for the administrator:
error-back-home = Back to the start page

matrix-title = Responsibility matrix
matrix-assets = Assets
matrix-every-kind-in-use = every kind in use
matrix-show = Show
matrix-summary = { $gaps ->
    [one] { $gaps } cell with no accountable organisation
   *[other] { $gaps } cells with no accountable organisation
}, { $overlaps ->
    [one] { $overlaps } with more than one.
   *[other] { $overlaps } with more than one.
}
matrix-legend = Legend
matrix-legend-accountable = accountable
matrix-legend-responsible = responsible
matrix-legend-gap = gap: a system with no one accountable
matrix-legend-overlap = overlap: a system with more than one accountable
matrix-legend-na = nothing in use that the threat can reach
matrix-caption = Threats by phase of the electoral cycle
matrix-threat = Threat
matrix-phase = Phase
matrix-cell = { $threat } in { $phase }
matrix-not-in-use = not in use
matrix-gap-for = No one accountable for { $systems }
matrix-overlap-for = More than one accountable for { $systems }
matrix-accountable-title = { $organisation } is accountable
matrix-responsible-title = { $organisation } is responsible
matrix-assign = Assign { $cell }
matrix-add-row = Add a row
matrix-organisation = Organisation
matrix-role = Role
matrix-every-threat = every threat
matrix-every-phase = every phase
matrix-every-kind = every kind
matrix-asset-kind = Asset kind
matrix-add = Add
matrix-rows = Rows
matrix-threats = Threats
matrix-phases = Phases
matrix-asset-kinds = Asset kinds
matrix-within = Within
matrix-actions = Actions
matrix-edit = Edit
matrix-remove = Remove
matrix-remove-confirm = Remove this row?

hygiene-title = Cyber hygiene
hygiene-heading = Cyber-hygiene self-assessment
hygiene-intro = The six failings generic attacks exploit, as the publication lists them. Every organisation — parties and vendors included — answers for itself, as often as it likes; the history is kept. You choose who may compare your result.
hygiene-today = { $organisation } today
hygiene-shared-with = Who may compare the result
hygiene-share-own = only { $organisation }
hygiene-share-coordinators = the coordinators
hygiene-share-members = every member organisation
hygiene-notes = Notes (seen only by your organisation)
hygiene-record = Record
hygiene-key = Answers in the tables:
hygiene-over-time = Over time
hygiene-across = Across organisations
hygiene-col-when = When
hygiene-col-score = Score
hygiene-col-change = Change
hygiene-col-organisation = Organisation
hygiene-col-assessed = Assessed
hygiene-none-shared = No organisation shares a result with you yet.
hygiene-without-result = No result shared with you yet ({ $count }): { $names }.
hygiene-unanswered = Answer every aspect; '{ $aspect }' has no answer.
hygiene-aspect-training = Users are trained and aware of how to keep systems healthy and safe online.
    .short = Training
hygiene-aspect-maintenance = Technology is up to date; testing and maintenance are regular.
    .short = Maintenance
hygiene-aspect-procedures = Procedures and security principles keep pace with new threats.
    .short = Procedures
hygiene-aspect-separation = Internal systems are separated from Internet-connected ones.
    .short = Separation
hygiene-aspect-screening = Staff with access to confidential systems are screened and their access monitored.
    .short = Screening
hygiene-aspect-proportionate-defence = Defences are proportionate to a determined, well-resourced attacker.
    .short = Proportionate defence
hygiene-level-0 = Not in place
    .meaning = Nothing is done about it yet.
hygiene-level-1 = Started
    .meaning = Some steps are taken, not yet for everyone or everything.
hygiene-level-2 = Mostly
    .meaning = In place for most people and systems; gaps are known.
hygiene-level-3 = In place
    .meaning = In place everywhere, written down and checked.
