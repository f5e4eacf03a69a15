-- Whether the agencies disagree on a risk, kept beside its joint view so that the register can
-- filter, count and page on it in SQL. Forget the kept views: the store recomputes them, with
-- this flag, when it opens the database.
ALTER TABLE risks ADD COLUMN joint_disagreement INTEGER NOT NULL DEFAULT 0;
UPDATE risks SET joint_likelihood = NULL, joint_impact = NULL, joint_score = 0;
-- The register in review order, page after page.
CREATE INDEX risks_by_review ON risks (election, next_review, number);
