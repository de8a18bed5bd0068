-- 0008: what must reach the provincial portal, and where the pulls from
-- it stopped (portal-contract.md).
--
-- The outbox is written in the same transaction as the change it
-- carries (mc-sync-outbox.c, called for every dossier_event), so that a
-- change committed locally is never lost on its way to the portal.
--
-- state: 0 pending, 1 sending, 2 acknowledged, 3 rejected (422: waits
-- for an edit), 4 conflict (the portal holds another workstation's
-- newer version: a person chooses). Instants are Unix microseconds.

-- One row per dossier: the portal wants its latest version only
-- (DongBoHoSoMC is an upsert keyed by MaHoSo + PhienBan).
CREATE TABLE sync_dossier (
  dossier_id      INTEGER PRIMARY KEY REFERENCES dossier (id),
  -- The newest local version (PhienBan) to send.
  version         INTEGER NOT NULL CHECK (version >= 1),
  -- The newest version the portal acknowledged; 0: none yet.
  acked_version   INTEGER NOT NULL DEFAULT 0 CHECK (acked_version >= 0),
  state           INTEGER NOT NULL DEFAULT 0 CHECK (state BETWEEN 0 AND 4),
  -- Calls that carried it and failed on the way (network, 5xx, 429).
  attempts        INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
  -- The portal's message for a rejected item or a conflict, or the
  -- last transient failure.
  message         TEXT    NOT NULL DEFAULT '',
  -- The portal's own copy of a conflicting dossier, as it sent it.
  portal_copy     TEXT    CHECK (portal_copy IS NULL OR json_valid (portal_copy)),
  updated_at      INTEGER NOT NULL
) STRICT;

CREATE INDEX sync_dossier_by_state ON sync_dossier (state);

-- One row per processing step (CapNhatTienDoHoSoMC, append-only, keyed
-- by the event's step_id, the BuocId). A step is sent once the portal
-- holds its dossier at the step's version or a later one.
CREATE TABLE sync_step (
  event_id        INTEGER PRIMARY KEY REFERENCES dossier_event (id),
  dossier_id      INTEGER NOT NULL REFERENCES dossier (id),
  version         INTEGER NOT NULL,
  state           INTEGER NOT NULL DEFAULT 0 CHECK (state BETWEEN 0 AND 3),
  attempts        INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
  message         TEXT    NOT NULL DEFAULT '',
  updated_at      INTEGER NOT NULL
) STRICT;

CREATE INDEX sync_step_by_state ON sync_step (state);
CREATE INDEX sync_step_by_dossier ON sync_step (dossier_id, version);

-- Where each pull stopped: LayHoSoThayDoi, LayDanhSachTTHC. Advanced only
-- after what was pulled is stored.
CREATE TABLE sync_cursor (
  name  TEXT NOT NULL PRIMARY KEY,
  value TEXT NOT NULL
) STRICT, WITHOUT ROWID;

-- Everything done before this version was never sent. Printing is not a
-- processing step (action 18).
INSERT INTO sync_dossier (dossier_id, version, updated_at)
  SELECT id, version, updated_at FROM dossier;
INSERT INTO sync_step (event_id, dossier_id, version, updated_at)
  SELECT id, dossier_id, version, device_time FROM dossier_event WHERE action <> 18;

-- The portal's address and this office's codes there. The password is
-- kept by the Secret Service, never here.
INSERT INTO setting (key, value) VALUES
  ('portal-url', ''),
  ('portal-dstcode', ''),
  ('portal-madonvi', ''),
  ('portal-username', '');

PRAGMA user_version = 8;
