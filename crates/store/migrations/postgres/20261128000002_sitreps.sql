-- Situation reports of the forums: drafted from what happened in a period, edited and approved
-- by the forum's chair, shared under TLP through item_audience like every shared item.

INSERT INTO counters (name, value) VALUES ('sitrep', 0);

CREATE TABLE sitreps (
    id                  TEXT   PRIMARY KEY,
    number              BIGINT NOT NULL UNIQUE,
    forum               TEXT   NOT NULL,
    period_from         TEXT   NOT NULL,
    period_to           TEXT   NOT NULL,
    title               TEXT   NOT NULL,
    body                TEXT   NOT NULL,
    status              TEXT   NOT NULL,
    tlp                 TEXT   NOT NULL,
    source_organisation TEXT   NOT NULL,
    created_by          TEXT   NOT NULL,
    created_at          TEXT   NOT NULL,
    approved_by         TEXT,
    approved_at         TEXT,
    updated_at          TEXT   NOT NULL,
    version             BIGINT NOT NULL
);
CREATE INDEX sitreps_by_forum ON sitreps (forum, period_to);

-- What a report drew on: shared items by id, and 'register' when it tells of the risk register,
-- so that widening the report can be checked against every one of them.
CREATE TABLE sitrep_items (
    sitrep_id TEXT NOT NULL REFERENCES sitreps (id) ON DELETE CASCADE,
    item_id   TEXT NOT NULL,
    PRIMARY KEY (sitrep_id, item_id)
);
