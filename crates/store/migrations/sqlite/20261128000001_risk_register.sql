-- The joint risk register of an election, each agency's assessments of its risks (kept, never
-- overwritten, so the register's history shows), and the mitigation measures.

INSERT INTO counters (name, value) VALUES ('risk', 0), ('measure', 0);

CREATE TABLE risks (
    id          TEXT   PRIMARY KEY,
    number      INTEGER NOT NULL UNIQUE,
    election    TEXT   NOT NULL,
    threat_kind TEXT   NOT NULL,
    asset       TEXT   NOT NULL,
    phase       TEXT   NOT NULL,
    owner       TEXT,
    treatment   TEXT   NOT NULL,
    status      TEXT   NOT NULL,
    next_review TEXT,
    notes       TEXT,
    created_at  TEXT   NOT NULL,
    updated_at  TEXT   NOT NULL,
    version     INTEGER NOT NULL,
    UNIQUE (election, threat_kind, asset, phase)
);

CREATE TABLE risk_assessments (
    id                  TEXT   PRIMARY KEY,
    risk_id             TEXT   NOT NULL REFERENCES risks (id) ON DELETE CASCADE,
    organisation        TEXT   NOT NULL,
    likelihood          INTEGER NOT NULL,
    impact              INTEGER NOT NULL,
    residual_likelihood INTEGER,
    residual_impact     INTEGER,
    rationale           TEXT,
    assessed_by         TEXT   NOT NULL,
    assessed_at         TEXT   NOT NULL
);
CREATE INDEX risk_assessments_by_risk ON risk_assessments (risk_id, organisation, assessed_at);

CREATE TABLE measures (
    id          TEXT   PRIMARY KEY,
    number      INTEGER NOT NULL UNIQUE,
    family      TEXT   NOT NULL,
    title       TEXT   NOT NULL,
    description TEXT   NOT NULL,
    owner       TEXT   NOT NULL,
    due_on      TEXT,
    status      TEXT   NOT NULL,
    created_at  TEXT   NOT NULL,
    updated_at  TEXT   NOT NULL,
    version     INTEGER NOT NULL
);
CREATE INDEX measures_by_due ON measures (status, due_on);

CREATE TABLE measure_risks (
    measure_id TEXT NOT NULL REFERENCES measures (id) ON DELETE CASCADE,
    risk_id    TEXT NOT NULL REFERENCES risks (id) ON DELETE CASCADE,
    PRIMARY KEY (measure_id, risk_id)
);
CREATE INDEX measure_risks_by_risk ON measure_risks (risk_id);
