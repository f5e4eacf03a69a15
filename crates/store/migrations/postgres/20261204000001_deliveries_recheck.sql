-- Deliveries re-check their audience when they go out. An outbox row addressed to an
-- organisation (a directory contact's address, a webhook) names it, so that a row is withheld
-- when the item no longer reaches that organisation; rows for accounts are checked against the
-- account. A withheld row is neither delivered nor failed.
ALTER TABLE outbox ADD COLUMN organisation TEXT;
ALTER TABLE outbox ADD COLUMN withheld_at TEXT;
