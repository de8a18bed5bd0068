-- 0010: the outbox's waiting items in the order they are sent.
--
-- Every call to the portal takes the oldest 50 dossiers or 10 steps
-- still waiting (mc-sync-outbox.c). Through the indexes by state, SQLite
-- read and sorted every waiting item for each call: quadratic in the
-- queue, which a week offline makes long. These partial indexes hold
-- only the waiting items (pending, or sending when a crash interrupted
-- a call), already in sending order; the queries name them with
-- INDEXED BY. The indexes by state stay for the counts of refusals and
-- conflicts.

CREATE INDEX sync_dossier_waiting ON sync_dossier (dossier_id) WHERE state IN (0, 1);
CREATE INDEX sync_step_waiting ON sync_step (event_id) WHERE state IN (0, 1);

PRAGMA user_version = 10;
