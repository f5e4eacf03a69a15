# The checks every form shares, and what the platform says when a change cannot be made.

form-version-not-number = 'version' must be a whole number: reload the page.
form-field-too-long = '{ $field }' is longer than { $max } characters.
form-field-empty = '{ $field }' cannot be empty.
form-too-large = The form is too large.
error-changed = Someone changed this after you opened it. Reload the page to see their change, then make yours again.
error-already-exists = That already exists.
