-- The timeline belongs to the core of shared items: every kind (incidents, false claims) keeps
-- its history in one table, keyed by the item.
CREATE TABLE item_timeline (
    id           TEXT PRIMARY KEY,
    item_id      TEXT NOT NULL,
    at           TEXT NOT NULL,
    account      TEXT,
    organisation TEXT,
    kind         TEXT NOT NULL,
    text         TEXT NOT NULL
);
INSERT INTO item_timeline (id, item_id, at, account, organisation, kind, text)
    SELECT id, incident_id, at, account, organisation, kind, text FROM incident_timeline;
DROP TABLE incident_timeline;
CREATE INDEX item_timeline_by_item ON item_timeline (item_id, at);
