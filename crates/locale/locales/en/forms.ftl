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
