-- Audiences stored once per distinct set of principals, so that "what may this reader see"
-- becomes "which audiences name one of the reader's principals": a handful of rows, not a
-- probe per item. Every shared item names its audience; item_audience keeps the same
-- principals per item for the checks of one item and for deliveries.
CREATE TABLE audiences (
    id         INTEGER PRIMARY KEY,
    -- The principals, sorted and joined by a newline: the audience's identity.
    principals TEXT NOT NULL UNIQUE
);
CREATE TABLE audience_principals (
    principal TEXT    NOT NULL,
    audience  INTEGER NOT NULL REFERENCES audiences (id),
    PRIMARY KEY (principal, audience)
);

ALTER TABLE incidents ADD COLUMN audience INTEGER REFERENCES audiences (id);
ALTER TABLE disinformation ADD COLUMN audience INTEGER REFERENCES audiences (id);
ALTER TABLE sitreps ADD COLUMN audience INTEGER REFERENCES audiences (id);

-- Whether an incident waits for an organisation asked to acknowledge it: kept by the
-- triggers on its assignments below, read by the tallies.
ALTER TABLE incidents ADD COLUMN awaiting INTEGER NOT NULL DEFAULT 0;

-- How many incidents there are per audience and per what the dashboard and the lists count
-- by, kept by triggers in the transaction of every change of an incident, whatever writes it.
-- A reader's counts are the sums over the audiences the reader belongs to.
CREATE TABLE incident_tallies (
    audience    INTEGER NOT NULL,
    status      TEXT    NOT NULL,
    severity    TEXT    NOT NULL,
    threat_kind TEXT    NOT NULL,
    tlp         TEXT    NOT NULL,
    items       INTEGER NOT NULL DEFAULT 0,
    awaiting    INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (audience, status, severity, threat_kind, tlp)
);

CREATE TRIGGER incident_tally_insert AFTER INSERT ON incidents
WHEN NEW.audience IS NOT NULL
BEGIN
    INSERT OR IGNORE INTO incident_tallies (audience, status, severity, threat_kind, tlp)
    VALUES (NEW.audience, NEW.status, NEW.severity, NEW.threat_kind, NEW.tlp);
    UPDATE incident_tallies SET items = items + 1, awaiting = awaiting + NEW.awaiting
    WHERE audience = NEW.audience AND status = NEW.status AND severity = NEW.severity
      AND threat_kind = NEW.threat_kind AND tlp = NEW.tlp;
END;

CREATE TRIGGER incident_tally_leave AFTER UPDATE OF audience, status, severity, threat_kind, tlp, awaiting
ON incidents
WHEN OLD.audience IS NOT NULL
BEGIN
    UPDATE incident_tallies SET items = items - 1, awaiting = awaiting - OLD.awaiting
    WHERE audience = OLD.audience AND status = OLD.status AND severity = OLD.severity
      AND threat_kind = OLD.threat_kind AND tlp = OLD.tlp;
END;

CREATE TRIGGER incident_tally_enter AFTER UPDATE OF audience, status, severity, threat_kind, tlp, awaiting
ON incidents
WHEN NEW.audience IS NOT NULL
BEGIN
    INSERT OR IGNORE INTO incident_tallies (audience, status, severity, threat_kind, tlp)
    VALUES (NEW.audience, NEW.status, NEW.severity, NEW.threat_kind, NEW.tlp);
    UPDATE incident_tallies SET items = items + 1, awaiting = awaiting + NEW.awaiting
    WHERE audience = NEW.audience AND status = NEW.status AND severity = NEW.severity
      AND threat_kind = NEW.threat_kind AND tlp = NEW.tlp;
END;

CREATE TRIGGER incident_tally_delete AFTER DELETE ON incidents
WHEN OLD.audience IS NOT NULL
BEGIN
    UPDATE incident_tallies SET items = items - 1, awaiting = awaiting - OLD.awaiting
    WHERE audience = OLD.audience AND status = OLD.status AND severity = OLD.severity
      AND threat_kind = OLD.threat_kind AND tlp = OLD.tlp;
END;

-- An incident awaits while an organisation that must acknowledge it (the roles of
-- AssignmentRole::must_acknowledge) has not, and is not withheld from it.
CREATE VIEW awaited_assignments AS
SELECT incident_id FROM incident_assignments
WHERE withheld = 0 AND acknowledged_at IS NULL
  AND role IN ('accountable', 'responsible', 'escalation', 'coordinator');

CREATE TRIGGER incident_awaiting_insert AFTER INSERT ON incident_assignments
BEGIN
    UPDATE incidents
    SET awaiting = EXISTS (SELECT 1 FROM awaited_assignments w WHERE w.incident_id = incidents.id)
    WHERE id = NEW.incident_id
      AND awaiting <> EXISTS (SELECT 1 FROM awaited_assignments w WHERE w.incident_id = incidents.id);
END;

CREATE TRIGGER incident_awaiting_update AFTER UPDATE ON incident_assignments
BEGIN
    UPDATE incidents
    SET awaiting = EXISTS (SELECT 1 FROM awaited_assignments w WHERE w.incident_id = incidents.id)
    WHERE id IN (OLD.incident_id, NEW.incident_id)
      AND awaiting <> EXISTS (SELECT 1 FROM awaited_assignments w WHERE w.incident_id = incidents.id);
END;

CREATE TRIGGER incident_awaiting_delete AFTER DELETE ON incident_assignments
BEGIN
    UPDATE incidents
    SET awaiting = EXISTS (SELECT 1 FROM awaited_assignments w WHERE w.incident_id = incidents.id)
    WHERE id = OLD.incident_id
      AND awaiting <> EXISTS (SELECT 1 FROM awaited_assignments w WHERE w.incident_id = incidents.id);
END;

-- Incidents written before this migration: their awaiting state now; their audiences are
-- filled when the store opens (Store::fill_audiences), which the tally triggers count.
UPDATE incidents
SET awaiting = EXISTS (SELECT 1 FROM awaited_assignments w WHERE w.incident_id = incidents.id);
