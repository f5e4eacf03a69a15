-- A line of history written as messages is worded when it is read, in the reader's language
-- (English for the API): its English text is no longer stored beside the messages. Lines
-- already written keep the text they have. SQLite cannot drop a NOT NULL
-- constraint in place, so the table is rebuilt.
CREATE TABLE item_timeline_new (
    id           TEXT PRIMARY KEY,
    item_id      TEXT NOT NULL,
    at           TEXT NOT NULL,
    account      TEXT,
    organisation TEXT,
    kind         TEXT NOT NULL,
    text         TEXT,
    said         TEXT,
    CHECK (text IS NOT NULL OR said IS NOT NULL)
);
INSERT INTO item_timeline_new (id, item_id, at, account, organisation, kind, text, said)
    SELECT id, item_id, at, account, organisation, kind,
           text, said
    FROM item_timeline;
DROP TABLE item_timeline;
ALTER TABLE item_timeline_new RENAME TO item_timeline;
CREATE INDEX item_timeline_by_item ON item_timeline (item_id, at);
