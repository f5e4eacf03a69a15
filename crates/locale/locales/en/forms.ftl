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
