-- The version of the directory of people: who has an account, in which organisation and role,
-- how they want to hear about new items, in which language, and the webhooks. Moved by the
-- database itself in the transaction of every change of them, whatever code writes it, so that
-- each server may keep what it read of them until the version moves.
INSERT INTO counters (name, value) VALUES ('directory', 0);

CREATE TRIGGER directory_accounts_insert AFTER INSERT ON accounts
BEGIN UPDATE counters SET value = value + 1 WHERE name = 'directory'; END;
CREATE TRIGGER directory_accounts_update
AFTER UPDATE OF email, organisation, role, disabled, language ON accounts
BEGIN UPDATE counters SET value = value + 1 WHERE name = 'directory'; END;
CREATE TRIGGER directory_accounts_delete AFTER DELETE ON accounts
BEGIN UPDATE counters SET value = value + 1 WHERE name = 'directory'; END;

CREATE TRIGGER directory_preferences_insert AFTER INSERT ON notification_preferences
BEGIN UPDATE counters SET value = value + 1 WHERE name = 'directory'; END;
CREATE TRIGGER directory_preferences_update AFTER UPDATE ON notification_preferences
BEGIN UPDATE counters SET value = value + 1 WHERE name = 'directory'; END;
CREATE TRIGGER directory_preferences_delete AFTER DELETE ON notification_preferences
BEGIN UPDATE counters SET value = value + 1 WHERE name = 'directory'; END;

CREATE TRIGGER directory_webhooks_insert AFTER INSERT ON webhooks
BEGIN UPDATE counters SET value = value + 1 WHERE name = 'directory'; END;
CREATE TRIGGER directory_webhooks_update AFTER UPDATE ON webhooks
BEGIN UPDATE counters SET value = value + 1 WHERE name = 'directory'; END;
CREATE TRIGGER directory_webhooks_delete AFTER DELETE ON webhooks
BEGIN UPDATE counters SET value = value + 1 WHERE name = 'directory'; END;
