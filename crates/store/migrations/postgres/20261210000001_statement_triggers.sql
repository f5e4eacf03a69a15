-- Rows added in bulk (a batch of reports, an import) are counted once per statement instead of
-- once per row: a trigger per row is a call of PL/pgSQL and, with `plan_cache_mode =
-- force_custom_plan` on every connection, a new plan of each of its queries, which cost more
-- than the rows themselves (2,000 assignments: 183 ms, against 65 ms with cached plans).
-- Changes of one row keep their row triggers; their functions plan once per session, as their
-- queries take no values a plan depends on. SQLite's triggers are not planned per call.

ALTER FUNCTION incident_tally() SET plan_cache_mode = auto;
ALTER FUNCTION incident_awaiting() SET plan_cache_mode = auto;

-- New incidents: their tallies moved once per statement, by group, in a fixed order so that
-- two statements that add to the same tallies take their locks in the same order.
CREATE FUNCTION incident_tally_added() RETURNS trigger AS $$
BEGIN
    INSERT INTO incident_tallies (audience, status, severity, threat_kind, tlp, items, awaiting)
    SELECT audience, status, severity, threat_kind, tlp, COUNT(*), SUM(awaiting)::BIGINT
    FROM added
    WHERE audience IS NOT NULL
    GROUP BY audience, status, severity, threat_kind, tlp
    ORDER BY audience, status, severity, threat_kind, tlp
    ON CONFLICT (audience, status, severity, threat_kind, tlp) DO UPDATE
    SET items = incident_tallies.items + EXCLUDED.items,
        awaiting = incident_tallies.awaiting + EXCLUDED.awaiting;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql SET plan_cache_mode = auto;

DROP TRIGGER incident_tally_insert ON incidents;
CREATE TRIGGER incident_tally_insert AFTER INSERT ON incidents
REFERENCING NEW TABLE AS added
FOR EACH STATEMENT EXECUTE FUNCTION incident_tally_added();
CREATE TRIGGER incident_tally_delete AFTER DELETE ON incidents
FOR EACH ROW EXECUTE FUNCTION incident_tally();

-- New assignments: whether their incidents await, once per statement.
CREATE FUNCTION incident_awaiting_added() RETURNS trigger AS $$
BEGIN
    UPDATE incidents i SET awaiting = incident_awaiting_of(i.id)
    WHERE i.id IN (SELECT DISTINCT incident_id FROM added)
      AND i.awaiting <> incident_awaiting_of(i.id);
    RETURN NULL;
END;
$$ LANGUAGE plpgsql SET plan_cache_mode = auto;

DROP TRIGGER incident_awaiting ON incident_assignments;
CREATE TRIGGER incident_awaiting_insert AFTER INSERT ON incident_assignments
REFERENCING NEW TABLE AS added
FOR EACH STATEMENT EXECUTE FUNCTION incident_awaiting_added();
CREATE TRIGGER incident_awaiting AFTER UPDATE OR DELETE ON incident_assignments
FOR EACH ROW EXECUTE FUNCTION incident_awaiting();
