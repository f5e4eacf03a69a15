-- The version of the directory of people: who has an account, in which organisation and role,
-- how they want to hear about new items, in which language, and the webhooks. Moved by the
-- database itself in the transaction of every change of them, whatever code writes it, so that
-- each server may keep what it read of them until the version moves.
INSERT INTO counters (name, value) VALUES ('directory', 0);

CREATE FUNCTION directory_changed() RETURNS trigger AS $$
BEGIN
    UPDATE counters SET value = value + 1 WHERE name = 'directory';
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER directory_accounts AFTER INSERT OR DELETE ON accounts
FOR EACH STATEMENT EXECUTE FUNCTION directory_changed();
CREATE TRIGGER directory_accounts_update
AFTER UPDATE OF email, organisation, role, disabled, language ON accounts
FOR EACH STATEMENT EXECUTE FUNCTION directory_changed();
CREATE TRIGGER directory_preferences AFTER INSERT OR UPDATE OR DELETE ON notification_preferences
FOR EACH STATEMENT EXECUTE FUNCTION directory_changed();
CREATE TRIGGER directory_webhooks AFTER INSERT OR UPDATE OR DELETE ON webhooks
FOR EACH STATEMENT EXECUTE FUNCTION directory_changed();
