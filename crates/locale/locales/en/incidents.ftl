# Incidents, escalations, timelines, what every shared item shares (sharing, TLP, attachments).

## The list of incidents

incidents-title = Incidents
incidents-live-off = Live updates off
incidents-report = Report an incident
incidents-card-open = open incidents you can see
incidents-card-unacknowledged = open with an organisation yet to acknowledge
# After a severity's label, on the card counting the open incidents of that severity.
incidents-card-severity-open = open
incidents-search = Search
incidents-search-placeholder = words, an address, a domain
incidents-status = Status
incidents-any-status = any
incidents-at-least = At least
incidents-any-severity = any severity
incidents-open-only = Open only
incidents-filter = Filter
incidents-matching = { $count ->
    [one] { $count } incident matches.
   *[other] { $count } incidents match.
}
incidents-awaiting = { $count ->
    [one] { $count } waits for your acknowledgement.
   *[other] { $count } wait for your acknowledgement.
}
incidents-col-incident = Incident
incidents-col-severity = Severity
incidents-col-status = Status
incidents-col-kind = Kind
incidents-col-tlp = TLP
incidents-col-reported-by = Reported by
incidents-col-reported = Reported
incidents-acknowledge = Acknowledge
incidents-acknowledge-label = Acknowledge { $reference }: { $title }
incidents-awaiting-tag = awaiting your acknowledgement
incidents-none = No incident you can see matches.
list-older = Older

## An incident

# An incident's reference; the same in every language.
incident-reference = INC-{ $number }
incident-merged = Merged as a duplicate of { $original }.
incident-asked = Your organisation is asked to take this in hand.
incident-acknowledge-for = Acknowledge for { $organisation }
incident-kind = Kind
incident-phase = Phase
incident-phase-unknown = not known
incident-reported = Reported
incident-reported-at-by = { $at } by { $source }
incident-first-observed = First observed
incident-systems = Systems
incident-shared = Shared
incident-named = Named: { $names }.
incident-lessons = Lessons learned
incident-details = Details
incident-observables = Observables
incident-observable-kind = Kind
incident-observable-value = Value
incident-organisations = Organisations on it
incident-col-organisation = Organisation
incident-col-why = Why
incident-col-alerted = Alerted
incident-col-acknowledged = Acknowledged
incident-role-accountable = accountable
incident-role-responsible = responsible
incident-role-escalation = escalation
incident-role-coordinator = coordinator
incident-role-consulted = consulted
incident-role-informed = informed
incident-withheld = withheld: not shared with them
incident-not-yet = not yet
incident-nobody-assigned = Nobody is assigned.
incident-related = Related
incident-related-status = ({ $status })
incident-related-duplicate = (duplicate)
incident-attachments = Attachments
incident-attachments-none = None.
# Followed by the file's SHA-256 digest.
incident-attachment-size = { $size ->
    [one] { $size } byte, SHA-256
   *[other] { $size } bytes, SHA-256
}
incident-file = File
incident-attach = Attach (up to 10 MiB)
incident-timeline = Timeline
incident-add-heading = Add to the timeline
incident-note = Note
incident-is-action = This records an action taken
incident-add = Add
incident-handle = Handle
incident-new-status = New status
incident-lessons-needed = Lessons learned (needed to close)
incident-change-status = Change status
incident-severity = Severity
incident-change-severity = Change severity
incident-other = Other incident
incident-other-placeholder = INC-12
incident-link = Link
incident-merge-confirm = Close this incident as a duplicate of the other?
incident-merge = Merge into it as a duplicate
# Between the names of a list: "A, B, C".
incident-form-observable-line = observables, line { $line }: write the kind, a space, then the value, as in 'ipv4 198.51.100.7'
incident-form-observable-kind = observables, line { $line }: '{ $kind }' is not a kind of observable; use one of: { $kinds }
incident-form-observable-value = observables, line { $line }: { $problem }
incident-form-unknown-action = Unknown action.

## The timeline of an item

timeline-platform = the platform
timeline-kind-reported = reported
timeline-kind-routed = routed
timeline-kind-gap = gap
timeline-kind-withheld = withheld
timeline-kind-acknowledged = acknowledged
timeline-kind-status = status
timeline-kind-severity = severity
timeline-kind-note = note
timeline-kind-action = action
timeline-kind-linked = linked
timeline-kind-merged = merged
timeline-kind-sharing = sharing
timeline-kind-attachment = attachment
timeline-kind-escalated = escalated
timeline-kind-escalation-stopped = escalation stopped
timeline-kind-rectification = rectification

# What happened, in the history of an item. { $tlp } is a marking such as TLP:AMBER.
timeline-reported = Reported by { $organisation }: { $threat }, severity { $severity }, { $tlp }.
timeline-claim-reported = Reported by { $organisation }: { $threat } on { $platform }, { $tlp }.
timeline-status = Status changed from { $from } to { $to }.
timeline-severity = Severity changed from { $from } to { $to }.
timeline-acknowledged = { $organisation } acknowledged.
timeline-sharing-widened = Sharing widened by the source: { $from } to { $to }.
timeline-sharing-narrowed = Sharing narrowed by the source: { $from } to { $to }.
timeline-sharing-recipients = Recipients: { $organisations }.
timeline-sharing-people = { $count ->
    [one] Shared with { $count } named person.
   *[other] Shared with { $count } named people.
}
timeline-merged = Merged as a duplicate into another incident, which carries on.
timeline-routed = Routed to { $organisations }.
# One organisation in "Routed to …": its name and why it is on the incident.
timeline-routed-to = { $organisation } ({ $role })
timeline-withheld = { $organisation } is { $role } for this incident but is not among those it is shared with ({ $tlp }); it was not alerted. The source may widen the sharing to reach it.
timeline-gap = Nobody is accountable for { $threat } in the responsibility matrix; the coordinators are alerted to assign it.
timeline-gap-in-phase = Nobody is accountable for { $threat } in the { $phase } phase in the responsibility matrix; the coordinators are alerted to assign it.
timeline-escalation-alerted = { $minutes ->
    [one] Escalation protocol "{ $protocol }": alerted { $contact } of { $organisation } by e-mail; acknowledgement expected within { $minutes } minute.
   *[other] Escalation protocol "{ $protocol }": alerted { $contact } of { $organisation } by e-mail; acknowledgement expected within { $minutes } minutes.
}
timeline-escalation-no-email = Escalation protocol "{ $protocol }": { $contact } of { $organisation } has no e-mail address; reach them by { $channel }.
timeline-escalation-no-contact = Escalation protocol "{ $protocol }": { $organisation } has no contact in the directory; only its people on the platform were alerted.
timeline-escalation-next-email = { $minutes ->
    [one] No acknowledgement from { $organisation } within { $minutes } minute: alerted the next contact, { $contact }, by e-mail.
   *[other] No acknowledgement from { $organisation } within { $minutes } minutes: alerted the next contact, { $contact }, by e-mail.
}
timeline-escalation-next-other = { $minutes ->
    [one] No acknowledgement from { $organisation } within { $minutes } minute: the next contact, { $contact }, has no e-mail address; reach them by { $channel }.
   *[other] No acknowledgement from { $organisation } within { $minutes } minutes: the next contact, { $contact }, has no e-mail address; reach them by { $channel }.
}
timeline-another-channel = another channel
timeline-escalation-stopped = Escalation to { $organisation } stopped: the incident is no longer shared with them, so they are not alerted.
timeline-attachment = { $size ->
    [one] Attached { $file } ({ $size } byte).
   *[other] Attached { $file } ({ $size } bytes).
}
timeline-linked = Linked to an incident.
timeline-rectification-asked = Asked { $platform } to rectify the claim.
timeline-rectification-answered = Recorded the answer of { $platform }.

## Sharing and attachments, on every kind of item

tlp-description-clear = Anyone, including the public.
tlp-description-green = Every member organisation of the platform; never the public (observers only if shared with them).
tlp-description-amber = Your organisation, the recipient organisations and their sub-units, and the organisations the matrix and escalation protocols make responsible.
tlp-description-amber-strict = Your organisation and the named recipient organisations only.
tlp-description-red = You and the named people only.
sharing-choose-level = Choose a TLP level.
attachment-too-large = The file is larger than { $mebibytes } MiB.
attachment-choose-file = Choose a file to attach.

## Escalation protocols

escalations-title = Escalation protocols
escalations-intro = Agreed in advance: for incidents of a severity (and kinds and phases), who must be reached and how fast. The platform alerts the first contact of each organisation at once, the next contact when nobody acknowledges in time, and the coordinators when a deadline is missed.
escalations-add = Add a protocol
escalations-unknown = The model records the escalation protocols as unknown.
escalations-applies-to = Applies to
escalations-applies = severity { $severity } or worse; threats: { $threats }; phases: { $phases }
escalations-all = all
escalations-reach = Reach
escalations-target = { $minutes ->
    [one] { $organisation }: acknowledged within { $minutes } minute
   *[other] { $organisation }: acknowledged within { $minutes } minutes
}
escalations-next-contact = Next contact after
escalations-next-after = { $minutes ->
    [one] { $minutes } minute without acknowledgement
   *[other] { $minutes } minutes without acknowledgement
}
escalations-notes = Notes
escalations-edit = Edit
escalations-none = No escalation protocol is recorded.

## A record changed by someone else while it was edited

conflict-title = Changed by someone else
conflict-heading = This { $kind } was changed while you edited it
conflict-saved-by = { $who } saved a new version at { $at }. Your change was not saved. Compare the two and decide.
conflict-saved-by-import = An import saved a new version at { $at }. Your change was not saved. Compare the two and decide.
conflict-theirs = Their version (now saved)
conflict-yours = Your version (not saved)
conflict-body = Your version, to save over theirs or to adjust first
conflict-save = Save this over their version
conflict-discard = Discard mine and start from theirs

## E-mails about items, in the recipient's language

mail-subject-new-incident = [{ $tlp }] New incident { $reference } ({ $severity }): { $title }
mail-subject-escalation = [{ $tlp }] ESCALATION { $reference } ({ $severity }): { $title }
mail-subject-escalation-failed = [{ $tlp }] Escalation failed on { $reference } ({ $severity }): { $title }
mail-subject-claim = [{ $tlp }] False claim { $reference } on { $platform }: { $title }
mail-subject-sitrep = [{ $tlp }] { $reference }: { $title }
# In a subject, in place of the title of a TLP:RED item.
mail-red-title = details on the platform
mail-incident-red =
    This incident is TLP:RED: its details are shared with named people only and are not sent by e-mail.
    Sign in to read it: { $link }
mail-claim-red =
    This item is TLP:RED: its details are shared with named people only and are not sent by e-mail.
    Sign in to read it: { $link }
mail-incident-details =
    Title: { $title }
    Kind: { $kind }
    Severity: { $severity }
    Phase: { $phase }
    Reported by: { $source }
mail-claim-details =
    Claim: { $claim }
    Kind: { $kind }
    Platform: { $platform }
    Where seen: { $where }
    Reach: { $reach }
    Reported by: { $source }
mail-open = Open it: { $link }
mail-not-known = not known
mail-not-given = not given
mail-reason-accountable = Your organisation is accountable for { $threat } under the responsibility matrix.
mail-reason-accountable-in-phase = Your organisation is accountable for { $threat } in the { $phase } phase under the responsibility matrix.
mail-reason-responsible = Your organisation is responsible for { $threat } under the responsibility matrix.
mail-reason-responsible-in-phase = Your organisation is responsible for { $threat } in the { $phase } phase under the responsibility matrix.
mail-reason-consulted = Your organisation is consulted on { $threat } under the responsibility matrix.
mail-reason-consulted-in-phase = Your organisation is consulted on { $threat } in the { $phase } phase under the responsibility matrix.
mail-reason-informed = Your organisation is informed of { $threat } under the responsibility matrix.
mail-reason-informed-in-phase = Your organisation is informed of { $threat } in the { $phase } phase under the responsibility matrix.
mail-reason-escalation = Your organisation must be reached under an escalation protocol.
mail-reason-coordinator = Nobody is accountable for this incident in the responsibility matrix; as a coordinator, please assign it.
mail-reason-red = A TLP:RED incident was shared with you by name.
mail-reason-claim = Your organisation is { $role } for { $threat } under the responsibility matrix.
mail-escalation-within = { $minutes ->
    [one] Under the escalation protocol "{ $protocol }", { $organisation } must acknowledge this incident within { $minutes } minute of its report.
   *[other] Under the escalation protocol "{ $protocol }", { $organisation } must acknowledge this incident within { $minutes } minutes of its report.
}
mail-escalation-next = { $minutes ->
    [one] If nobody acknowledges within { $minutes } minute, the next contact of { $organisation } is alerted.
   *[other] If nobody acknowledges within { $minutes } minutes, the next contact of { $organisation } is alerted.
}
mail-escalation-how = Acknowledge on the platform (sign in, open the incident, press Acknowledge).
mail-escalation-no-further-contact = No acknowledgement from { $organisation }, and no further contact in the directory; the coordinators are alerted.
mail-escalation-deadline-missed = { $minutes ->
    [one] Deadline missed: { $organisation } did not acknowledge within { $minutes } minute, as the escalation protocol "{ $protocol }" requires. The coordinators are alerted.
   *[other] Deadline missed: { $organisation } did not acknowledge within { $minutes } minutes, as the escalation protocol "{ $protocol }" requires. The coordinators are alerted.
}
mail-sitrep-approved = The chair approved this situation report.
mail-digest-intro = { $count ->
    [one] { $count } notification since your last digest.
   *[other] { $count } notifications since your last digest.
}
mail-digest-subject = { $count ->
    [one] Liaison digest: { $count } notification
   *[other] Liaison digest: { $count } notifications
}
mail-footer =
    Handling: { $tlp }. { $description }
    You receive this because your organisation is on the item in Liaison; change how you are notified under Account > Notifications.

# The search page
search-title = Search
search-heading = Search incidents and false claims
search-label = Words to find
search-button = Search
search-help = Each word is found from its beginning, also in other forms of it (attack, attacks, attacked), in the language the item was written in. An address or a domain is found as written. Only what you may read is searched.
search-none = Nothing you may read matches “{ $words }”.
search-found = { $count ->
    [one] One match, the best first.
   *[other] { $count } matches, the best first.
}
search-kind-incident = Incident
search-kind-disinformation = False claim
