# What is wrong in a model file (the record editor, an import, `liaison validate` and
# `liaison check`). Keys, section names and ids stay as the file writes them: they are what the
# reader has to find and change. Sentences start in lower case: they follow a place such as
# "contacts.yaml:12:5: ".

model-problems = { $problems }
model-problems-count = { $count ->
    [one] the model has { $count } problem:
   *[other] the model has { $count } problems:
}
model-problem-at = { $place }: { $problem }
model-problems-not-shown = { $count ->
    [one] … and { $count } more problem not shown
   *[other] … and { $count } more problems not shown
}

## The items of a model, chosen by $noun

model-noun = { $noun ->
    [organisation] organisation
    [contact] contact
    [forum] forum
    [meeting] meeting
    [agreement] agreement
    [asset] asset
    [responsibility] responsibility
    [activity] activity
    [escalation-protocol] escalation protocol
    [jurisdiction] jurisdiction
    [election] election
   *[other] item
}
model-a-noun = { $noun ->
    [organisation] an organisation
    [agreement] an agreement
    [asset] an asset
    [activity] an activity
    [escalation-protocol] an escalation protocol
    [election] an election
   *[other] a { model-noun }
}
model-item = { model-noun } '{ $id }'
model-item-without-id = { model-noun }
model-the-model = the model

## Reading the files

model-cannot-open-path = cannot open '{ $path }': { $reason }
model-cannot-read-path = cannot read '{ $path }': { $reason }
model-cannot-open = cannot open: { $reason }
model-cannot-read = cannot read: { $reason }
model-io-not-found = no such file or directory
model-io-permission-denied = permission denied
model-no-files = the directory '{ $path }' holds no model files (*.yaml or *.yml)
model-directories-too-deep = '{ $path }' is nested more than { $max } directories deep
model-too-many-files = the model has more than { $max } files; the limit guards against reading the wrong directory
model-file-too-large = the file is larger than { $size }, the limit for one model file; split a large model into a directory of files (organisations/*.yaml, contacts/*.yaml, …)
model-too-large = the model is larger than { $size } in all
model-size-mib = { $count } MiB
model-size-bytes = { $count ->
    [one] { $count } byte
   *[other] { $count } bytes
}
model-not-utf8 = the file is not UTF-8 text: byte { $byte } at line { $line }, column { $column } is not valid UTF-8; save the file as UTF-8

## YAML

model-top-level = a model file must be a set of sections such as 'jurisdiction:', 'organisations:' and 'forums:', each starting at the beginning of a line
model-nested-too-deep = the YAML is nested more than { $max } levels deep here; a model file never needs that
model-anchors = anchors and aliases (&name, *name) are not allowed in model files; write the value out in full
model-tags = YAML tags such as '!tag' are not allowed in model files
model-key-not-a-word = a key must be a plain word such as 'name', not a list or a block
model-not-yaml = this is not valid YAML: { $detail }
model-not-yaml-too-nested = this is not valid YAML: { $detail }; the brackets are nested far too deeply
model-duplicate-key = the key '{ $key }' appears twice in the same block (first on line { $line }); keep one

## Sections and items

model-unknown-key-did-you-mean = { $subject } has an unknown key '{ $key }'; did you mean '{ $suggestion }'?
model-unknown-key = { $subject } has an unknown key '{ $key }'; the keys are: { $keys }
model-section-not-block = '{ $section }' must be a block of keys such as 'name:'
model-section-not-list = '{ $section }' must be a list of items, each starting with '- '
model-section-not-list-found = '{ $section }' must be a list of items, each starting with '- '; found '{ $found }'
model-section-not-list-or-unknown = '{ $section }' must be a list of items, each starting with '- ' or the word 'unknown'; found '{ $found }'
model-item-not-block = each { model-noun } must be a block of keys such as 'id:' and 'name:'
model-item-problem = { $subject }: { $problem }
model-expected-boolean = { $subject }: expected true or false here
model-expected-number = { $subject }: expected a number here
model-missing-key = the key '{ $key }' is missing
model-wrong-kind = expected { $wanted }, found { $found }
model-kind-list = a list
model-kind-block = a block of keys
model-kind-single-value = a single value
model-kind-boolean = true or false
model-kind-number = a number
model-kind-other = another value
model-kind-written = '{ $text }'
model-not-allowed = '{ $given }' is not allowed here; expected { $expected }

## Values

model-list-or-all = write a list, such as [{ $given }], or the word 'all'
model-not-a-day = '{ $given }' is not a date; write it as YYYY-MM-DD, such as 2027-05-15
model-not-true-false-unknown = '{ $given }' is not true, false or unknown

## Ids and references

model-id-empty = { model-noun } id '{ $id }' is empty; give every object a short id
model-id-too-long = { model-noun } id '{ $id }' is longer than 128 characters
model-id-characters = { model-noun } id '{ $id }' may only hold letters, digits, '_', '-' and '.', and must start with a letter or digit
model-id-twice = there are two { $noun ->
    [organisation] organisations
    [contact] contacts
    [forum] forums
    [meeting] meetings
    [agreement] agreements
    [asset] assets
    [responsibility] responsibilities
    [activity] activities
    [escalation-protocol] escalation protocols
    [jurisdiction] jurisdictions
    [election] elections
   *[other] items
} with the id '{ $id }' (the first at { $first }); ids must be unique
model-place-line = line { $line }
model-place-file-line = file #{ $file } line { $line }
model-dangling = { $subject } '{ $given }', which is not { model-a-noun }
model-dangling-did-you-mean = { $subject } '{ $given }', which is not { model-a-noun }; did you mean '{ $suggestion }'?
model-dangling-none-in-model = { $subject } '{ $given }', which is not { model-a-noun }; the model has no { $noun ->
    [organisation] organisations
    [forum] forums
    [agreement] agreements
   *[other] items
}
model-listed-twice = { $subject } '{ $given }' twice
model-ref-parent = organisation '{ $id }' names as its parent
model-ref-contact-organisation = contact '{ $id }' belongs to
model-ref-forum-member = forum '{ $id }' lists member
model-ref-forum-chair = forum '{ $id }' is chaired by
model-ref-forum-set-up-by = forum '{ $id }' was set up by
model-ref-agreement-party = agreement '{ $id }' lists party
model-ref-agreement-boundary = agreement '{ $id }' sets boundaries for
model-ref-agreement-establishes = agreement '{ $id }' establishes
model-ref-asset-operator = asset '{ $id }' is run by
model-ref-asset-vendor = asset '{ $id }' is supplied by
model-ref-asset-supplier = asset '{ $id }' has in its supply chain
model-ref-responsibility = a responsibility is given to
model-ref-responsibility-within = the responsibility of '{ $organisation }' is limited to
model-ref-activity-lead = activity '{ $id }' is led by
model-ref-activity-participant = activity '{ $id }' lists participant
model-ref-activity-basis = activity '{ $id }' is based on
model-ref-protocol-notifies = escalation protocol '{ $id }' notifies

## What the model says

model-section-unknown-and-listed = '{ $section }' is said to be unknown here but is listed at { $listed }; remove one of them
model-section-twice = '{ $section }' is given a second time; a model has one
model-section-twice-first = '{ $section }' is given a second time (first at { $first }); a model has one
model-no-jurisdiction = the model has no 'jurisdiction:' section; one file must name the country, such as:
    {"    "}jurisdiction:
    {"      "}name: Demoland
model-parent-cycle = organisation '{ $id }' is its own ancestor through its parents: { $path }
model-contact-no-channels = contact '{ $id }' has no channels; give at least one way to reach it
model-chair-not-member = forum '{ $id }' is chaired by '{ $chair }', which is not among its members; add it to 'members'
model-boundary-not-party = agreement '{ $id }' sets boundaries for '{ $party }', which is not one of its parties; add it to 'parties'
model-agreement-ends-before-start = agreement '{ $id }' ends ({ $to }) before it starts ({ $from })
model-responsibility-no-cells = the responsibility of '{ $organisation }' covers no cells: 'threats', 'phases' and 'assets' each need at least one entry, or 'all'
model-activity-date-and-cadence = activity '{ $id }' has both a 'date' and a 'cadence'; give one
model-protocol-notifies-nobody = escalation protocol '{ $id }' notifies nobody; list at least one organisation under 'notify'
model-protocol-acknowledge-minutes = in escalation protocol '{ $id }', 'acknowledge_within_minutes' must be between 1 and { $max } minutes (one week), not { $minutes }
model-protocol-target-minutes = in escalation protocol '{ $id }', 'within_minutes' for '{ $organisation }' must be between 1 and { $max } minutes (one week), not { $minutes }
model-protocol-notifies-twice = escalation protocol '{ $id }' notifies '{ $organisation }' twice
model-protocol-applies-to-nothing = escalation protocol '{ $id }' applies to nothing: 'threats' and 'phases' each need at least one entry, or 'all'
model-phase-ends-before-start = the election phase '{ $phase }' ends ({ $to }) before it starts ({ $from })

## `liaison validate`

model-valid = { $path }: valid ({ $count ->
    [one] { $count } organisation
   *[other] { $count } organisations
})
