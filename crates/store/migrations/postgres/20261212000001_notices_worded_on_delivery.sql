-- A change no longer words its notices. It stores once what they are about (`notice_facts`),
-- and on each message which notice it carries and why (`said`); the words are written when
-- the message is delivered, in the language its reader reads then. A notice worded before
-- this is kept as its words.
CREATE TABLE notice_facts (
    id    TEXT PRIMARY KEY,
    facts TEXT NOT NULL
);
INSERT INTO notice_facts (id, facts)
    SELECT id, json_build_object('worded', json_build_object('subject', subject, 'body', body))::TEXT
    FROM outbox_notices;
ALTER TABLE outbox ADD COLUMN facts_id TEXT REFERENCES notice_facts (id);
ALTER TABLE outbox ADD COLUMN said TEXT;
UPDATE outbox SET facts_id = notice_id, said = '"as_worded"';
ALTER TABLE outbox ALTER COLUMN facts_id SET NOT NULL;
ALTER TABLE outbox ALTER COLUMN said SET NOT NULL;
ALTER TABLE outbox DROP COLUMN notice_id;
DROP TABLE outbox_notices;
