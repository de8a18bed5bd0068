-- 0007: what the leader's statistics and report 06a need.
--
-- A dossier is resolved early, on time or late against its appointment
-- before any apology: the apology letter (Mẫu 04) gives the citizen a new
-- date, but the dossier stays late in the statistics. legal_due_at is
-- that appointment, kept from the first apology on (extended, like due_at,
-- by a supplement received later); NULL for a dossier without apology,
-- whose due_at is the appointment.
ALTER TABLE dossier ADD COLUMN legal_due_at INTEGER;

-- The first apology's previous appointment ("previous_due_at", written in
-- Vietnam's time, UTC+7, by the application). 15 is
-- MC_DOSSIER_ACTION_APOLOGIZE.
UPDATE dossier SET legal_due_at = (
    SELECT (unixepoch (substr (json_extract (e.details, '$.previous_due_at'), 1, 19)) - 25200)
           * 1000000
    FROM dossier_event e
    WHERE e.dossier_id = dossier.id AND e.action = 15
    ORDER BY e.effective_time
    LIMIT 1)
  WHERE apology_given = 1;

-- How many times the citizen was asked to supplement the dossier, before
-- and after its acceptance: the leader sees those asked more than once
-- (Nghị định 61/2018 allows once after acceptance). 6 is
-- MC_DOSSIER_ACTION_REQUEST_SUPPLEMENT.
ALTER TABLE dossier ADD COLUMN supplement_requests INTEGER NOT NULL DEFAULT 0
  CHECK (supplement_requests >= 0);

UPDATE dossier SET supplement_requests = (
    SELECT count (*) FROM dossier_event e WHERE e.dossier_id = dossier.id AND e.action = 6);

-- A period's statistics take the dossiers received in it and those
-- received before it and still open at its start: finished in it or
-- later, or not finished. Both indexes hold every column the statistics
-- read, so that a quarter of a million-dossier office is read from them
-- alone, without the dossiers' rows (about five times faster).
CREATE INDEX dossier_stats_by_received ON dossier (received_at, accepted, procedure_id, channel,
  finished_at, paused_at, due_at, legal_due_at, assignee_id, supplement_requests);
CREATE INDEX dossier_by_finished ON dossier (finished_at, accepted, received_at, procedure_id,
  channel, paused_at, due_at, legal_due_at, assignee_id, supplement_requests);

-- The apology letters given and the citizens' evaluations of a period
-- are found by their steps' kind and time.
CREATE INDEX dossier_event_by_action ON dossier_event (action, effective_time);

PRAGMA user_version = 7;
