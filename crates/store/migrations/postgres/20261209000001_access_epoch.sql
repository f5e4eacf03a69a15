-- A number that changes whenever something that grants access is taken away or changed: a
-- session or an API token ended, revoked or changed, an account disabled, deleted or given
-- another role or organisation. Open live streams check credentials again only when it has
-- changed (or a credential's time is up), instead of asking the database for every reader
-- at every event. Kept by triggers, whatever code path (or server) makes the change.
CREATE TABLE access_epoch (
    id    INTEGER PRIMARY KEY CHECK (id = 1),
    epoch BIGINT  NOT NULL
);
INSERT INTO access_epoch (id, epoch) VALUES (1, 0);

CREATE FUNCTION access_epoch_bump() RETURNS trigger AS $$
BEGIN
    UPDATE access_epoch SET epoch = epoch + 1 WHERE id = 1;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER access_epoch_session_ended AFTER DELETE ON sessions
FOR EACH STATEMENT EXECUTE FUNCTION access_epoch_bump();
CREATE TRIGGER access_epoch_session_changed
AFTER UPDATE OF account_id, second_factor, expires_at ON sessions
FOR EACH STATEMENT EXECUTE FUNCTION access_epoch_bump();
CREATE TRIGGER access_epoch_token_ended AFTER DELETE ON api_tokens
FOR EACH STATEMENT EXECUTE FUNCTION access_epoch_bump();
CREATE TRIGGER access_epoch_token_changed
AFTER UPDATE OF secret_hash, organisation, role, expires_at, revoked ON api_tokens
FOR EACH STATEMENT EXECUTE FUNCTION access_epoch_bump();
CREATE TRIGGER access_epoch_account_ended AFTER DELETE ON accounts
FOR EACH STATEMENT EXECUTE FUNCTION access_epoch_bump();
CREATE TRIGGER access_epoch_account_changed
AFTER UPDATE OF organisation, role, disabled, must_change_password, password_hash ON accounts
FOR EACH STATEMENT EXECUTE FUNCTION access_epoch_bump();
