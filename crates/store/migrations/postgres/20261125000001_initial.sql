-- Liaison's first schema (PostgreSQL). Booleans are 0/1 integers and times RFC 3339 text in UTC,
-- the same on both backends, so that one repository layer serves both.

-- The shared collaboration model: one row per item of a model section. The body is the item
-- as the model-file format writes it, in JSON; the audience is computed by the domain when the
-- row is written, and every read filters on it.
CREATE TABLE records (
    kind        TEXT    NOT NULL,
    key         TEXT    NOT NULL,
    position    BIGINT NOT NULL,
    owner       TEXT,
    audience    TEXT    NOT NULL CHECK (audience IN ('everyone', 'members')),
    version     BIGINT NOT NULL,
    body        TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL,
    updated_by  TEXT,
    PRIMARY KEY (kind, key)
);
CREATE INDEX records_by_position ON records (kind, position);
CREATE INDEX records_by_owner ON records (kind, owner);

-- Sections recorded as 'unknown' (for example `contacts: unknown`).
CREATE TABLE unknown_sections (
    name TEXT PRIMARY KEY
);

CREATE TABLE accounts (
    id                   TEXT    PRIMARY KEY,
    email                TEXT    NOT NULL,
    name                 TEXT    NOT NULL,
    organisation         TEXT,
    role                 TEXT    NOT NULL,
    password_hash        TEXT    NOT NULL,
    must_change_password BIGINT NOT NULL DEFAULT 0,
    totp_secret          TEXT,
    totp_enabled         BIGINT NOT NULL DEFAULT 0,
    recovery_codes       TEXT    NOT NULL DEFAULT '[]',
    failed_logins        BIGINT NOT NULL DEFAULT 0,
    locked_until         TEXT,
    disabled             BIGINT NOT NULL DEFAULT 0,
    created_at           TEXT    NOT NULL,
    version              BIGINT NOT NULL DEFAULT 1,
    CONSTRAINT accounts_email_key UNIQUE (email)
);

CREATE TABLE sessions (
    token_hash       TEXT    PRIMARY KEY,
    account_id       TEXT    NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    csrf_token       TEXT    NOT NULL,
    second_factor    BIGINT NOT NULL,
    created_at       TEXT    NOT NULL,
    expires_at       TEXT    NOT NULL,
    last_seen        TEXT    NOT NULL
);
CREATE INDEX sessions_by_account ON sessions (account_id);

CREATE TABLE invitations (
    token_hash   TEXT PRIMARY KEY,
    email        TEXT NOT NULL,
    organisation TEXT,
    role         TEXT NOT NULL,
    invited_by   TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    expires_at   TEXT NOT NULL,
    used_at      TEXT
);

CREATE TABLE api_tokens (
    id           TEXT    PRIMARY KEY,
    secret_hash  TEXT    NOT NULL,
    name         TEXT    NOT NULL,
    organisation TEXT,
    role         TEXT    NOT NULL,
    created_by   TEXT,
    created_at   TEXT    NOT NULL,
    expires_at   TEXT    NOT NULL,
    last_used    TEXT,
    revoked      BIGINT NOT NULL DEFAULT 0
);

-- The audit chain: every write appends one entry in the same transaction; each hash covers the
-- previous one. The head row serialises appends across transactions and servers.
CREATE TABLE audit_log (
    seq                BIGINT PRIMARY KEY,
    id                 TEXT NOT NULL,
    at                 TEXT NOT NULL,
    actor              TEXT,
    actor_organisation TEXT,
    action             TEXT NOT NULL,
    kind               TEXT NOT NULL,
    key                TEXT NOT NULL,
    before             TEXT,
    after              TEXT,
    prev_hash          TEXT NOT NULL,
    hash               TEXT NOT NULL,
    CONSTRAINT audit_log_id_key UNIQUE (id)
);
CREATE INDEX audit_log_by_record ON audit_log (kind, key);

CREATE TABLE audit_head (
    id   BIGINT PRIMARY KEY CHECK (id = 1),
    seq  BIGINT NOT NULL,
    hash TEXT    NOT NULL
);
INSERT INTO audit_head (id, seq, hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
