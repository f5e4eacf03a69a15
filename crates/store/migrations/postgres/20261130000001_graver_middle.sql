-- The joint view now takes the graver of the two middle ratings when an even number of agencies
-- assessed a risk. Forget the kept views: the store recomputes them when it opens the database.
UPDATE risks SET joint_likelihood = NULL, joint_impact = NULL, joint_score = 0;
