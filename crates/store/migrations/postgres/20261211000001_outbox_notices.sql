-- A notice is written once, however many messages carry it: an alert about one incident goes
-- to every person of an organisation in the same words, and its text was most of what a
-- report wrote to the disk.
CREATE TABLE outbox_notices (
    id      TEXT PRIMARY KEY,
    subject TEXT NOT NULL,
    body    TEXT NOT NULL
);
INSERT INTO outbox_notices (id, subject, body) SELECT id, subject, body FROM outbox;
ALTER TABLE outbox ADD COLUMN notice_id TEXT REFERENCES outbox_notices (id);
UPDATE outbox SET notice_id = id;
ALTER TABLE outbox DROP COLUMN subject;
ALTER TABLE outbox DROP COLUMN body;
ALTER TABLE outbox ALTER COLUMN notice_id SET NOT NULL;
