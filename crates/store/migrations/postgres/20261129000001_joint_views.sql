-- Each risk's joint view (the median likelihood and impact of the agencies' latest assessments),
-- kept beside the risk whenever an assessment is written, so that the dashboard and the heat map
-- count and rank in SQL instead of recomputing every risk on every read. NULL: not assessed yet,
-- or not yet computed for an assessment written before this column (the store fills those in
-- when it opens the database).
ALTER TABLE risks ADD COLUMN joint_likelihood BIGINT;
ALTER TABLE risks ADD COLUMN joint_impact BIGINT;
ALTER TABLE risks ADD COLUMN joint_score BIGINT NOT NULL DEFAULT 0;
CREATE INDEX risks_by_joint_score ON risks (election, joint_score);
