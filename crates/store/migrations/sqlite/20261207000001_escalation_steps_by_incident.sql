-- An incident's escalation steps are looked up by the incident (when it is reported, shared
-- again, acknowledged or closed): without an index each lookup read every step of every
-- incident, a cost that grew with the platform's history.
CREATE INDEX escalation_steps_incident ON escalation_steps (incident_id, organisation, protocol);
