-- The shared model as it stood in an election, kept so that the next cycle can be compared
-- with it. One snapshot per election; keeping it again replaces it. Each record keeps its
-- audience, so a snapshot is read with the same need-to-know as the live model.
CREATE TABLE model_snapshots (
    election          TEXT PRIMARY KEY,
    taken_at          TEXT NOT NULL,
    taken_by          TEXT,
    -- The sections recorded as 'unknown' then, as a JSON list.
    unknown_sections  TEXT NOT NULL
);

CREATE TABLE model_snapshot_records (
    election    TEXT    NOT NULL,
    kind        TEXT    NOT NULL,
    key         TEXT    NOT NULL,
    position    BIGINT NOT NULL,
    owner       TEXT,
    audience    TEXT    NOT NULL CHECK (audience IN ('everyone', 'members')),
    version     BIGINT NOT NULL,
    body        TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL,
    updated_by  TEXT,
    PRIMARY KEY (election, kind, key)
);
