-- A change no longer words its notices. It stores once what they are about (`notice_facts`),
-- and on each message which notice it carries and why (`said`); the words are written when
-- the message is delivered, in the language its reader reads then. A notice worded before
-- this is kept as its words.
CREATE TABLE notice_facts (
    id    TEXT PRIMARY KEY,
    facts TEXT NOT NULL
);
INSERT INTO notice_facts (id, facts)
    SELECT id, json_object('worded', json_object('subject', subject, 'body', body))
    FROM outbox_notices;

-- SQLite cannot drop a column that names another table: the outbox is built anew.
CREATE TABLE outbox_new (
    id            TEXT    PRIMARY KEY,
    created_at    TEXT    NOT NULL,
    channel       TEXT    NOT NULL,
    recipient     TEXT    NOT NULL,
    account_id    TEXT,
    organisation  TEXT,
    digest        INTEGER NOT NULL,
    item_id       TEXT,
    facts_id      TEXT    NOT NULL REFERENCES notice_facts (id),
    said          TEXT    NOT NULL,
    deliver_after TEXT    NOT NULL,
    attempts      INTEGER NOT NULL,
    claimed_until TEXT,
    delivered_at  TEXT,
    failed_at     TEXT,
    withheld_at   TEXT,
    last_error    TEXT
);
INSERT INTO outbox_new (id, created_at, channel, recipient, account_id, organisation, digest,
        item_id, facts_id, said, deliver_after, attempts, claimed_until, delivered_at,
        failed_at, withheld_at, last_error)
    SELECT id, created_at, channel, recipient, account_id, organisation, digest,
        item_id, notice_id, '"as_worded"', deliver_after, attempts, claimed_until, delivered_at,
        failed_at, withheld_at, last_error
    FROM outbox;
DROP TABLE outbox;
ALTER TABLE outbox_new RENAME TO outbox;
CREATE INDEX outbox_pending ON outbox (delivered_at, failed_at, deliver_after);
DROP TABLE outbox_notices;
