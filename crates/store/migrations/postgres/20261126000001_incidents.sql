-- Incidents, disinformation items and what hangs on them; the audience of every shared item;
-- the escalation scheduler; the outbox of notifications; live events.

-- Who may read a shared item (an incident, a disinformation item): principals computed by the
-- domain from the item's TLP when it is written. Every read path joins on this table.
CREATE TABLE item_audience (
    item_id   TEXT NOT NULL,
    principal TEXT NOT NULL,
    PRIMARY KEY (item_id, principal)
);
CREATE INDEX item_audience_by_principal ON item_audience (principal, item_id);

-- Human-friendly numbers (INC-12, DIS-3), taken under the row lock of their counter, and the
-- version of the shared model, which servers compare before reusing the model they resolved.
CREATE TABLE counters (
    name  TEXT PRIMARY KEY,
    value BIGINT NOT NULL
);
INSERT INTO counters (name, value) VALUES ('incident', 0), ('disinformation', 0), ('model', 0);

CREATE TABLE incidents (
    id                  TEXT   PRIMARY KEY,
    number              BIGINT NOT NULL UNIQUE,
    title               TEXT   NOT NULL,
    description         TEXT   NOT NULL,
    threat_kind         TEXT   NOT NULL,
    phase               TEXT,
    assets              TEXT   NOT NULL,
    severity            TEXT   NOT NULL,
    severity_rank       BIGINT NOT NULL,
    status              TEXT   NOT NULL,
    tlp                 TEXT   NOT NULL,
    recipients          TEXT   NOT NULL,
    observers           BIGINT NOT NULL,
    source_organisation TEXT   NOT NULL,
    reporter            TEXT   NOT NULL,
    observed_at         TEXT,
    reported_at         TEXT   NOT NULL,
    updated_at          TEXT   NOT NULL,
    duplicate_of        TEXT   REFERENCES incidents (id),
    lessons_learned     TEXT,
    gap                 TEXT,
    search_text         TEXT   NOT NULL,
    version             BIGINT NOT NULL
);
CREATE INDEX incidents_by_reported ON incidents (reported_at);
CREATE INDEX incidents_by_status ON incidents (status, severity_rank);

CREATE TABLE incident_observables (
    incident_id TEXT   NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
    position    BIGINT NOT NULL,
    kind        TEXT   NOT NULL,
    value       TEXT   NOT NULL,
    PRIMARY KEY (incident_id, position)
);
CREATE INDEX incident_observables_by_value ON incident_observables (kind, value);

-- Organisations on an incident, why, and whether they acknowledged.
CREATE TABLE incident_assignments (
    incident_id     TEXT   NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
    organisation    TEXT   NOT NULL,
    role            TEXT   NOT NULL,
    withheld        BIGINT NOT NULL,
    alerted_at      TEXT,
    acknowledged_at TEXT,
    acknowledged_by TEXT,
    PRIMARY KEY (incident_id, organisation)
);

CREATE TABLE incident_timeline (
    id           TEXT PRIMARY KEY,
    incident_id  TEXT NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
    at           TEXT NOT NULL,
    account      TEXT,
    organisation TEXT,
    kind         TEXT NOT NULL,
    text         TEXT NOT NULL
);
CREATE INDEX incident_timeline_by_incident ON incident_timeline (incident_id, at);

-- Related incidents, stored in both directions.
CREATE TABLE incident_links (
    incident_id TEXT NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
    other_id    TEXT NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
    PRIMARY KEY (incident_id, other_id)
);

-- Attachments are stored once per content (SHA-256) and served only through the audience of
-- the item they are attached to.
CREATE TABLE blobs (
    sha256  TEXT   PRIMARY KEY,
    size    BIGINT NOT NULL,
    content BYTEA NOT NULL
);
CREATE TABLE attachments (
    id          TEXT   PRIMARY KEY,
    item_id     TEXT   NOT NULL,
    sha256      TEXT   NOT NULL REFERENCES blobs (sha256),
    filename    TEXT   NOT NULL,
    media_type  TEXT   NOT NULL,
    size        BIGINT NOT NULL,
    uploaded_by TEXT   NOT NULL,
    uploaded_at TEXT   NOT NULL
);
CREATE INDEX attachments_by_item ON attachments (item_id);

-- The durable escalation scheduler: one row per pending deadline. Servers claim due rows with
-- a lease, so that several servers never act on the same step twice.
CREATE TABLE escalation_steps (
    id            TEXT   PRIMARY KEY,
    incident_id   TEXT   NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
    organisation  TEXT   NOT NULL,
    protocol      TEXT   NOT NULL,
    kind          TEXT   NOT NULL,
    contact_index BIGINT NOT NULL,
    contacts      TEXT   NOT NULL,
    minutes       BIGINT NOT NULL,
    due_at        TEXT   NOT NULL,
    done_at       TEXT,
    claimed_until TEXT
);
CREATE INDEX escalation_steps_due ON escalation_steps (done_at, due_at);

-- Notifications to deliver (e-mail, webhooks), written in the same transaction as the change
-- they announce; delivered at least once, with a stable id receivers can deduplicate on.
CREATE TABLE outbox (
    id            TEXT   PRIMARY KEY,
    created_at    TEXT   NOT NULL,
    channel       TEXT   NOT NULL,
    recipient     TEXT   NOT NULL,
    account_id    TEXT,
    digest        BIGINT NOT NULL,
    item_id       TEXT,
    subject       TEXT   NOT NULL,
    body          TEXT   NOT NULL,
    deliver_after TEXT   NOT NULL,
    attempts      BIGINT NOT NULL,
    claimed_until TEXT,
    delivered_at  TEXT,
    failed_at     TEXT,
    last_error    TEXT
);
CREATE INDEX outbox_pending ON outbox (delivered_at, failed_at, deliver_after);

CREATE TABLE notification_preferences (
    account_id     TEXT   PRIMARY KEY REFERENCES accounts (id) ON DELETE CASCADE,
    email          TEXT   NOT NULL,
    min_severity   TEXT   NOT NULL,
    digest_minutes BIGINT NOT NULL
);

CREATE TABLE webhooks (
    id           TEXT   PRIMARY KEY,
    organisation TEXT   NOT NULL,
    url          TEXT   NOT NULL,
    secret       TEXT   NOT NULL,
    description  TEXT   NOT NULL,
    active       BIGINT NOT NULL,
    created_by   TEXT,
    created_at   TEXT   NOT NULL
);

-- False claims about the electoral process.
CREATE TABLE disinformation (
    id                  TEXT   PRIMARY KEY,
    number              BIGINT NOT NULL UNIQUE,
    claim               TEXT   NOT NULL,
    threat_kind         TEXT   NOT NULL,
    platform            TEXT   NOT NULL,
    where_seen          TEXT,
    reach               BIGINT,
    first_seen_at       TEXT,
    status              TEXT   NOT NULL,
    tlp                 TEXT   NOT NULL,
    recipients          TEXT   NOT NULL,
    observers           BIGINT NOT NULL,
    source_organisation TEXT   NOT NULL,
    reporter            TEXT   NOT NULL,
    created_at          TEXT   NOT NULL,
    updated_at          TEXT   NOT NULL,
    search_text         TEXT   NOT NULL,
    version             BIGINT NOT NULL
);
CREATE INDEX disinformation_by_created ON disinformation (created_at);

CREATE TABLE disinformation_incidents (
    item_id     TEXT NOT NULL REFERENCES disinformation (id) ON DELETE CASCADE,
    incident_id TEXT NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
    PRIMARY KEY (item_id, incident_id)
);

-- Requests to platforms to correct or remove a false claim, and how they answered.
CREATE TABLE rectification_requests (
    id              TEXT   PRIMARY KEY,
    item_id         TEXT   NOT NULL REFERENCES disinformation (id) ON DELETE CASCADE,
    platform        TEXT   NOT NULL,
    reference       TEXT,
    sent_at         TEXT   NOT NULL,
    acknowledged_at TEXT,
    acted_on_at     TEXT,
    outcome         TEXT,
    notes           TEXT,
    created_by      TEXT   NOT NULL,
    version         BIGINT NOT NULL
);
CREATE INDEX rectification_requests_by_item ON rectification_requests (item_id);

-- Live events for the pages that update themselves; servers wake each other with NOTIFY.
CREATE TABLE live_events (
    seq     BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at      TEXT NOT NULL,
    item_id TEXT NOT NULL,
    kind    TEXT NOT NULL,
    data    TEXT NOT NULL
);
