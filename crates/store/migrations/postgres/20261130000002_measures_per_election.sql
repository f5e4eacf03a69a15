-- Measures belong to an election's register, as risks do, so that the next cycle starts with
-- its own. A measure that answers risks takes their election; one that answers none is placed
-- in the model's current election when the store opens.
ALTER TABLE measures ADD COLUMN election TEXT;
UPDATE measures SET election = (
    SELECT r.election FROM measure_risks mr JOIN risks r ON r.id = mr.risk_id
    WHERE mr.measure_id = measures.id ORDER BY r.election LIMIT 1
);
CREATE INDEX measures_by_election ON measures (election, number);
