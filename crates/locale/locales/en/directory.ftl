# Organisations, forums, agreements, contacts, meetings, the technology register, the model,
# administration (webhooks, API tokens, the audit log), notifications and invitations.

## Shared by the pages of the directory

directory-save = Save
directory-cancel = Cancel
directory-back = Back
directory-edit = Edit
directory-none = None.
directory-yes = yes
directory-no = no
directory-unknown = unknown
directory-not-recorded = not recorded
directory-not-recorded-capital = Not recorded
directory-the-platform = the platform
directory-col-kind = Kind
directory-col-organisation = Organisation
directory-col-actions = Actions
directory-id-label = Id (letters, digits, - and _)
directory-form-unreadable = The form could not be read.

## Kinds of record

record-kind-jurisdiction = jurisdiction
record-kind-organisation = organisation
record-kind-contact = contact
record-kind-forum = forum
record-kind-meeting = meeting
record-kind-agreement = agreement
record-kind-asset = asset
record-kind-responsibility = responsibility
record-kind-activity = activity
record-kind-escalation-protocol = escalation protocol
record-kind-election = election

## The model

model-title = Model
model-heading = The model
model-export = Export
model-export-intro = Download the model as a model file, to keep under version control or to check with <code>liaison check</code>. It holds what you may see.
model-download = Download liaison-model.yaml
model-import = Import
model-import-intro = Replace the model with a model file. You will see every change before it is applied; meetings are kept.
model-import-file = Model file (YAML)
model-import-check = Check what would change
model-assets = Assets
model-add-asset = Add an asset
model-edit-jurisdiction = Edit the jurisdiction
model-edit-calendar = Edit the election calendar
model-assets-none = None you may see.
model-col-asset = Asset
model-col-kind = Kind
model-col-run-by = Run by
model-activities = Activities
model-add-activity = Add an activity
model-activities-none = None recorded.

## Importing a model file

import-errors-title = Import: the file has problems
import-errors-heading = The file cannot be imported
import-errors-intro = Nothing was changed. Correct these problems and upload the file again:
import-preview-title = Import: what would change
import-preview-heading = What the import would change
import-preview-summary = <strong>{ $added }</strong> added, <strong>{ $changed }</strong> changed, <strong>{ $removed }</strong> removed, { $unchanged } unchanged.
import-preview-nothing = The file holds the model as it is. Nothing would change.
import-preview-apply = Apply these changes
import-preview-change = { $what ->
    [added] added
    [removed] removed
   *[changed] changed
}: { $kind }
import-preview-now = Now
import-preview-after = After the import
import-upload-unreadable = The upload could not be read.
import-file-unreadable = The file could not be read; the limit is { $limit } MiB.
import-choose-file = Choose a model file to import.
import-file-too-large = The file is larger than { $limit } MiB.
import-not-utf8 = The file is not UTF-8 text; save it as UTF-8.

## Editing a record as text

record-edit-title = Edit { $kind }
record-new-heading = New { $kind }
record-editor-intro = Written as in a model file. The whole model is checked before the change is saved.
record-body-label = The { $kind }
record-delete-confirm = Delete this { $kind }?
record-delete = Delete
record-too-large = The record is larger than { $limit } KiB.
record-id-cannot-change = The id cannot change; to rename, create a new record and delete this one.
record-cannot-delete = It cannot be deleted: { $reason }
record-changed-elsewhere = The record was changed or deleted by someone else; reload it.

## Organisations and contacts

organisations-title = Organisations
organisations-add = Add an organisation
organisations-col-organisation = Organisation
organisations-col-level = Level
organisations-col-contacts = Contacts

contact-title = Contact
contact-edit-heading = Edit contact of { $organisation }
contact-new-heading = New contact of { $organisation }
contact-name = Name or function
contact-role = Role
contact-kind = Kind
contact-availability = Available
contact-emergency = Emergency contact
contact-channels = Channels (rows left empty are ignored)
contact-channel-kind = { $kind }:
contact-channel-value = Channel { $n } number or address
contact-channel-oob = Channel { $n } out of band
contact-oob-default = out of band: as usual for the kind
contact-oob-yes = out of band
contact-oob-no = not out of band
contact-verified-now = I checked today that this contact works
contact-no-channel = Give at least one way to reach the contact.
contact-col-when = When
contact-col-channels = Channels
contact-col-verified = Last verified
contact-tag-emergency = emergency
contact-still-correct = Still correct
contact-still-correct-label = Confirm that { $name } is still correct
contact-never-verified = never
contact-hours-not-recorded = hours not recorded

## Forums and meetings

forums-title = Forums
forums-add = Add a forum
forums-col-forum = Forum
forums-col-members = Members
forums-col-meets = Meets

meeting-title = Meeting
meeting-edit-heading = Edit meeting of { $forum }
meeting-new-heading = New meeting of { $forum }
meeting-date = Date
meeting-title-label = Title
meeting-agenda = Agenda
meeting-no-agenda = No agenda yet.
meeting-minutes = Minutes
meeting-no-minutes = No minutes yet.
meeting-actions = Action items
meeting-actions-legend = Action items (rows left empty are ignored)
meeting-col-action = Action
meeting-col-owner = Owner
meeting-col-due = Due
meeting-col-done = Done
meeting-action-done = done
meeting-action-open = open
meeting-action-n = Action { $n }
meeting-action-owner-n = Owner of action { $n }
meeting-action-due-n = Due date of action { $n }
meeting-owner-choose = owner…
meeting-date-format = The date must be written YYYY-MM-DD.
meeting-due-format = A due date must be written YYYY-MM-DD.
meeting-action-needs-owner = The action '{ $action }' needs an owner.

## Agreements

agreements-title = Agreements
agreements-add = Add an agreement
agreements-col-agreement = Agreement
agreement-parties = Parties
agreement-no-parties = none named
agreement-threats = Threats covered
agreement-phases = Phases covered
agreement-public = Public
agreement-in-force = In force
agreement-sets-up = Sets up
agreement-notes = Notes
agreement-boundaries = Boundaries of involvement
agreement-no-boundaries = The agreement states no boundaries for any party.
agreement-col-party = Party
agreement-col-may = May and may not
agreement-edit = Edit the agreement
agreement-is-public = public
agreement-not-public = not public
agreement-publicity-not-recorded = publicity not recorded
agreement-scope-all = all
agreement-validity = from { $from } to { $to }
agreement-from-adoption = its adoption
agreement-no-end-date = no end date

## The technology and asset register

assets-title = Technology
assets-heading = Technology and asset register
assets-intro = The systems the election depends on, who runs and supplies them, when they are in use, and the threats the catalogue says act on them.
assets-intro-risks = The last columns come from the <a href="/risks">joint risk register</a>.
assets-not-listed = The model does not list the technology in use.
assets-col-system = System
assets-col-supply-chain = Supply chain
assets-col-in-use = In use
assets-col-internet-facing = Internet-facing
assets-col-needs-title = confidentiality, integrity, availability
assets-col-needs = Needs (C · I · A)
assets-col-certifications = Certifications of the system
assets-col-threats = Threats that apply
assets-col-risks = Risks
assets-col-top-score = Highest joint score
assets-no-certification = no certification recorded
assets-none = No system in the register.
assets-not-known = not known
assets-needs = C: { $c } · I: { $i } · A: { $a }
assets-need-low = low
assets-need-moderate = moderate
assets-need-high = high
assets-need-unknown = ?

## Webhooks

webhooks-title = Webhooks
webhooks-intro = Other systems (a ticketing system, a SOC platform) can receive the incidents routed to an organisation as signed JSON.
webhooks-intro-of = Other systems (a ticketing system, a SOC platform) can receive the incidents routed to { $organisation } as signed JSON.
webhooks-headers = Each call carries <code>X-Liaison-Delivery</code> (the same on a repeat), <code>X-Liaison-Timestamp</code> and <code>X-Liaison-Signature: sha256=HMAC-SHA256(secret, timestamp + "." + body)</code>.
webhooks-new-secret = The signing secret for { $url }, shown only now:
webhooks-col-address = Address
webhooks-col-description = Description
webhooks-col-since = Since
webhooks-stop-confirm = Stop calling this address?
webhooks-stop = Stop
webhooks-stopped = stopped
webhooks-none = No webhook.
webhooks-new = New webhook
webhooks-address-label = Address (https://…)
webhooks-organisation-id = Organisation id
webhooks-add = Add
webhooks-deliveries = Deliveries
webhooks-deliveries-state = { $pending } waiting, { $failed } given up after repeated failures.
webhooks-col-channel = Channel
webhooks-col-recipient = Recipient
webhooks-col-attempts = Attempts
webhooks-col-last-error = Last error
webhooks-col-given-up = Given up
webhooks-private-address = A webhook calls an address on the internet: this one is on this machine or a private network (an operator may allow those with allow_private_webhook_targets).

## API tokens

tokens-title = API tokens
tokens-intro = Tokens let scripts and other systems use the API as an organisation, with a role. They expire, and are stored only as a digest.
tokens-new-shown = The new token, shown only now. Send it as <code>Authorization: Bearer …</code>:
tokens-col-name = Name
tokens-col-role = Role
tokens-col-expires = Expires
tokens-col-last-used = Last used
tokens-never-used = never
tokens-revoked = revoked
tokens-revoke-confirm = Revoke this token?
tokens-revoke = Revoke
tokens-new = New token
tokens-name-label = Name (what uses it)
tokens-days-label = Valid for (days)
tokens-create = Create token
tokens-role-refused = You may not give that role to a token.
tokens-days-range = A token lives from 1 to 365 days.

## The audit log

audit-title = Audit log
audit-intro = Every change, newest first. Each entry's hash covers the one before it; <code>liaison audit verify</code> checks the whole chain.
audit-record = Record
audit-action = Action
audit-account-id = Account id
audit-filter = Filter
audit-col-when = When
audit-col-who = Who
audit-col-what = What
audit-col-change = Change
audit-before-after = before / after
audit-what = { $action } { $kind }
audit-action-create = create
audit-action-update = update
audit-action-delete = delete
audit-action-import = import
audit-action-invite = invite
audit-action-revoke = revoke
audit-action-enable = enable
audit-action-disable = disable
audit-action-deactivate = deactivate
audit-action-sign-in = sign in
audit-action-sign-in-failed = sign in failed
audit-action-sign-in-locked = sign in locked
audit-action-set-password = set password
audit-action-set-language = set language
audit-action-set-totp = set totp
audit-action-enable-totp = enable totp
audit-action-use-recovery-code = use recovery code
audit-action-escalate = escalate
audit-action-self-assess = self assess
audit-action-seed = seed
audit-action-assess = assess
audit-action-handle = handle
audit-action-report = report
audit-action-attach = attach
audit-action-link = link
audit-action-share = share
audit-action-status = status
audit-action-draft = draft
audit-action-edit = edit
audit-action-approve = approve
audit-action-record-answer = record answer
audit-action-request-rectification = request rectification

## Notifications

notifications-title = Notifications
notifications-saved = Saved.
notifications-intro = When an incident is routed to your organisation, Liaison e-mails you at <strong>{ $email }</strong>. Escalations under a protocol also go to your organisation's contacts in the directory, whatever you choose here.
notifications-email = E-mail
notifications-immediate = At once, one message per incident
notifications-digest = In a digest
notifications-off = Not at all (I follow the live list)
notifications-digest-minutes = A digest at most every (minutes)
notifications-min-severity = Only incidents at least this severe
notifications-digest-not-number = The digest interval is a number of minutes.

## Accepting an invitation

invitation-title = Join Liaison
invitation-intro = You are invited as { $role } of { $organisation }, with the e-mail address { $email }.
invitation-name = Your name
invitation-password = Password (12 characters or more)
invitation-repeat = Password again
invitation-submit = Create my account
invitation-passwords-differ = The two passwords differ.

## The model across elections
model-history = Compare with an earlier election
history-title = Model across elections
history-heading = The model across elections
history-intro = Keep the model as it stands at the end of an election, then compare it with the model of the next one: who joined or left, which contacts, forums and agreements changed, who became accountable for what, and how the analysis moved.
history-keep = Keep the model as it stands for { $election }
history-keep-help = Keeping it again for the same election replaces the earlier copy. Each part keeps who may see it.
history-kept = Kept models
history-none = No model has been kept yet.
history-col-election = Election
history-col-kept = Kept on
history-col-by = By
history-compare = { $election }: compare with the model now
history-back = Back to the model
history-comparison-title = Changes since an earlier election
history-back-to-list = All kept models
history-changes-title = Changes since { $election }
