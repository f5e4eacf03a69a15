-- When a risk's owner, treatment, status or review was last changed, apart from the agencies'
-- assessments: situation reports tell the forum of the risks handled in their period.
ALTER TABLE risks ADD COLUMN handled_at TEXT;
