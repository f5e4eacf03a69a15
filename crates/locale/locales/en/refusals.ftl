# What the platform says when it refuses a request: a field out of bounds, a rule of the
# register, a right the reader lacks. Sentences begin in lower case: pages and the API show
# them after their own words.

# Text already written elsewhere (a check of the model file), shown as it is.
refusal-as-written = { $text }

## Fields, as refusals name them

field-claim = claim
field-description = description
field-lessons-learned = lessons learned
field-note = note
field-notes = notes
field-place-seen = place seen
field-platform = platform
field-rationale = rationale
field-reference = reference
field-text = text
field-title = title
field-time-observed = time observed
field-time-first-seen = time first seen

field-likelihood = likelihood
field-impact = impact
field-residual-likelihood = residual likelihood
field-residual-impact = residual impact
field-time-sending = sending time
field-time-acknowledgement = acknowledgement time
field-time-action = action time
## Every form

refusal-field-empty = the { $field } is empty
refusal-field-too-long = the { $field } is longer than { $max } characters
refusal-field-control = the { $field } contains control characters
refusal-field-in-future = the { $field } is in the future
refusal-unknown-reference = that refers to something that does not exist
refusal-database-url = the database URL must start with sqlite: or postgres:, not '{ $scheme }'
refusal-no-organisation = your account belongs to no organisation

## Accounts, notifications, the audit log, hygiene

refusal-account-exists = an account with the e-mail address { $email } exists
refusal-audit-log = only administrators and coordinators read the audit log
refusal-email-preference = e-mail notifications are 'immediate', 'digest' or 'off'
refusal-digest-interval = a digest is sent every 5 minutes at least and once a week at most
refusal-webhook-not-url = the webhook address is not a URL ({ $reason })
refusal-webhook-scheme = a webhook address starts with https:// (or http:// inside a trusted network)
refusal-self-assessment = a self-assessment speaks for an organisation: analysts, organisation administrators and coordinators give it

## Shared items: incidents and false claims

refusal-work-reshare = { $kind ->
    [incident] only the organisation that reported this incident may change how it is shared
   *[other] only the organisation that reported this false claim may change how it is shared
}
refusal-work-acknowledge = { $kind ->
    [incident] your organisation is not asked to acknowledge this incident
   *[other] your organisation is not asked to acknowledge this false claim
}
refusal-work-handle = { $kind ->
    [incident] only the reporting organisation, the organisations responsible for this incident and coordinators may handle it
   *[other] only the reporting organisation, the organisations responsible for this false claim and coordinators may handle it
}
refusal-work-comment = { $kind ->
    [incident] only the reporting organisation, the organisations on this incident and coordinators may add to it
   *[other] only the reporting organisation, the organisations on this false claim and coordinators may add to it
}
refusal-report-role = { $kind ->
    [incident] observers and accounts without an organisation do not report an incident
   *[other] observers and accounts without an organisation do not report a false claim
}
refusal-report-no-organisation = { $kind ->
    [incident] your account belongs to no organisation; an incident is reported by an organisation
   *[other] your account belongs to no organisation; a false claim is reported by an organisation
}
refusal-report-organisation-unknown = your organisation '{ $organisation }' is not in the shared model; ask a coordinator to add it
refusal-source-gone = the reporting organisation is no longer in the shared model
refusal-file-empty = the file is empty
refusal-file-too-large = the file is larger than { $max } MiB
refusal-too-many-recipients = an item may be shared with at most { $max } recipients
refusal-sharing-unchanged = the sharing is unchanged
refusal-not-an-account = '{ $person }' is not an active account; TLP:RED is shared with people by their e-mail address
refusal-not-an-asset = '{ $key }' is not an asset of the register
refusal-not-an-asset-did-you-mean = '{ $key }' is not an asset of the register; did you mean '{ $suggestion }'?
refusal-too-many-observables = an incident may carry at most { $max } observables
refusal-too-many-assets = an incident may name at most { $max } assets
refusal-lifecycle-unchanged = the incident is already { $status }
refusal-lifecycle-lessons = closing an incident needs the lessons learned: what went well, what to change
refusal-lifecycle-back-to-reported = an incident cannot go back to 'reported'; reopen it as triaged or in progress
refusal-lifecycle-duplicate = a duplicate is closed with its original; reopen the original instead
refusal-severity-same = the severity is already { $severity }
refusal-status-same = the status is already { $status }
refusal-already-acknowledged = your organisation already acknowledged this incident at { $at }
refusal-link-self = an incident cannot be linked to itself
refusal-merge-self = an incident cannot be merged into itself
refusal-merge-into-duplicate = { $reference } is itself a duplicate; merge into the incident it was merged into
refusal-already-merged = this incident is already merged into another
refusal-merge-narrower = { $reference } is shared more narrowly than this incident, so it cannot absorb it; link the two instead
refusal-no-such-incident = there is no such incident you can see
refusal-no-incident-named = there is no incident '{ $reference }' you can see
refusal-already-linked = { $item } is already linked to { $incident }
refusal-too-many-links = an item may be linked to at most { $max } incidents
refusal-no-such-rectification = there is no such rectification request on this item
refusal-empty-answer = the answer records nothing
refusal-negative-reach = the reach is a number of people, not negative

## Situation reports

refusal-not-a-forum = '{ $key }' is not a forum of the model
refusal-forum-no-chair = { $forum } has no chair to approve its reports
refusal-sitrep-red = a forum's report is for its members: TLP:RED is for named people only
refusal-sitrep-draft = a forum's report is drafted by its chair's organisation or a coordinator
refusal-period-backwards = the period ends before it starts
refusal-period-too-long = a report covers at most a year
refusal-sitrep-edit = a forum's report is edited by its chair's organisation
refusal-sitrep-approved-final = an approved report is not changed; draft a new one
refusal-sitrep-approve = only the forum's chair approves its reports
refusal-sitrep-already-approved = the report is already approved
refusal-sitrep-too-wide = { $tlp } would show what it draws on to readers it was not shared with; choose a narrower level

## The risk register

refusal-no-election = the shared model has no election; add one before keeping a risk register
refusal-not-an-organisation = '{ $key }' is not an organisation of the model
refusal-risk-exists = this threat, asset and phase are already in the register
refusal-residual-both = give both the residual likelihood and the residual impact, or neither
refusal-measure-too-many-risks = a measure may answer at most { $max } risks
refusal-not-a-risk = '{ $key }' is not a risk of the register of { $election }
refusal-risks-add = only coordinators add risks to the register
refusal-risk-assess = an assessment speaks for an organisation: analysts, organisation administrators and coordinators give them
refusal-risk-handle = only coordinators change how a risk is handled
refusal-risks-members = the risk register is for members
refusal-measures-add = only coordinators add measures
refusal-measures-members = the measures are for members

## The model's records

refusal-record-exists = there is already a { $kind } with the id '{ $key }'
refusal-meeting-forum-unknown = the meeting belongs to forum '{ $forum }', which is not in the model
refusal-action-owner-unknown = the action '{ $action }' is owned by '{ $owner }', which is not an organisation

## The domain's rules: sharing, routing, claims, ratings

refusal-red-without-people = TLP:RED is shared with named people; name at least one person or choose another level
refusal-people-without-red = { $tlp } shares with organisations, not people; name recipient organisations instead
refusal-recipients-not-needed = { $tlp } is shared with every member or with everyone; it takes no named recipients
refusal-not-the-source = only the source organisation may change how an item is shared
refusal-would-widen = only the source may widen the sharing; as a recipient you may not mark the item less strictly than { $tlp }
refusal-not-an-organisation-did-you-mean = '{ $key }' is not an organisation of the model; did you mean '{ $suggestion }'?
refusal-not-a-claim = a disinformation item is about a false claim on the process: its threat kind must be one of { $expected }, not '{ $given }'
refusal-before-sent = the { $field } is before the request was sent
refusal-rating-out-of-scale = { $scale } is rated from 1 to 5, not { $given }
refusal-residual-above-inherent = the residual { $scale } cannot be higher than the inherent one: treatment does not make a risk worse
refusal-hygiene-count = answer each of the six aspects, not { $given }
refusal-hygiene-scale = '{ $aspect }' is answered from 0 (not in place) to 3 (in place), not { $given }

## Observables: the value is named, then what is wrong with it

refusal-observable = { $kind } '{ $shown }' { $problem }
observable-too-long = is longer than { $max } characters
observable-nul = contains a NUL character
observable-empty = is empty
observable-not-ipv4 = is not an IPv4 address such as 192.0.2.10
observable-not-ipv6 = is not an IPv6 address such as 2001:db8::1
observable-not-url = is not a URL such as https://example.org/page ({ $reason })
observable-url-scheme = must start with http://, https:// or ftp://
observable-no-host = has no host name
observable-not-email = is not an e-mail address such as name@example.org
observable-bad-mailbox = has no valid name before the '@'
observable-mail-domain = has a domain that { $problem }
observable-not-hex = is not a hash in hexadecimal digits
observable-hash-length = has the wrong length for an MD5 (32), SHA-1 (40), SHA-256 (64) or SHA-512 (128) hash
observable-control = contains control characters
domain-non-ascii = has non-ASCII letters; write internationalised names in their xn-- form
domain-too-long = is longer than 253 characters
domain-not-a-domain = is not a domain name such as example.org
domain-part-length = has an empty part or a part longer than 63 characters
domain-characters = may hold only letters, digits and inner hyphens between the dots
domain-ends-in-digits = ends in digits; an address is an IPv4 observable, not a domain

## Words of the catalogue and dates, as model files and forms give them

refusal-not-in-list-did-you-mean = '{ $given }' is not { $article } { $list }; did you mean '{ $suggestion }'?
refusal-not-in-list-one-of = '{ $given }' is not { $article } { $list }; use one of: { $expected }
refusal-not-in-list = '{ $given }' is not { $article } { $list }; `liaison catalogue` lists them all
refusal-not-a-partial-date = '{ $given }' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD, such as 2019 or 2019-03-05
refusal-snapshot-keep = Only coordinators keep the model for an election.
