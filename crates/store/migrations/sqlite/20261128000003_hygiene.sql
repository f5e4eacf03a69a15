-- Cyber-hygiene self-assessments, kept over time: each organisation's answers to the six
-- aspects, its score, and who it lets compare the result.
CREATE TABLE hygiene_assessments (
    id           TEXT   PRIMARY KEY,
    organisation TEXT   NOT NULL,
    answers      TEXT   NOT NULL,
    score        INTEGER NOT NULL,
    shared_with  TEXT   NOT NULL,
    notes        TEXT,
    assessed_by  TEXT   NOT NULL,
    assessed_at  TEXT   NOT NULL
);
CREATE INDEX hygiene_by_organisation ON hygiene_assessments (organisation, assessed_at);
