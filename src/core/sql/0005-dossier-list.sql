-- 0005: what the paged dossier list needs to stay fluid with a million
-- dossiers.
--
-- The list shows how many dossiers match before it shows any: counting a
-- status or a channel by walking an index costs tens of milliseconds per
-- hundred thousand rows, so the counts by status and channel are kept
-- here by triggers, in the same transaction as each change.
CREATE TABLE dossier_count (
  status  INTEGER NOT NULL,
  channel INTEGER NOT NULL,
  n       INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (status, channel)
) STRICT, WITHOUT ROWID;

INSERT INTO dossier_count (status, channel, n)
  SELECT status, channel, count(*) FROM dossier GROUP BY status, channel;

CREATE TRIGGER dossier_count_insert AFTER INSERT ON dossier
BEGIN
  INSERT INTO dossier_count (status, channel, n) VALUES (new.status, new.channel, 1)
    ON CONFLICT (status, channel) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER dossier_count_update AFTER UPDATE OF status, channel ON dossier
  WHEN old.status <> new.status OR old.channel <> new.channel
BEGIN
  UPDATE dossier_count SET n = n - 1 WHERE status = old.status AND channel = old.channel;
  INSERT INTO dossier_count (status, channel, n) VALUES (new.status, new.channel, 1)
    ON CONFLICT (status, channel) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER dossier_count_delete AFTER DELETE ON dossier
BEGIN
  UPDATE dossier_count SET n = n - 1 WHERE status = old.status AND channel = old.channel;
  DELETE FROM dossier_search WHERE rowid = old.id;
END;

-- Sorting by procedure walks the procedures in name order and, for each,
-- its dossiers in order of receipt (dossier_by_procedure).
CREATE INDEX procedure_by_name ON procedure (name);

PRAGMA user_version = 5;
