-- 0004: staff accounts, dossiers, their papers and their history.
--
-- Instants are Unix microseconds (UTC); the office's calendar turns them
-- into Vietnamese civil time. Statuses are TrangThaiHoSo (1-10); actions
-- are McDossierAction. Every change of a dossier writes one dossier_event
-- and raises dossier.version (PhienBan) in the same transaction.

-- role: 0 counter clerk, 1 processing officer, 2 leader, 3 administrator.
CREATE TABLE staff (
  id            INTEGER PRIMARY KEY,
  username      TEXT    NOT NULL COLLATE NOCASE UNIQUE
                CHECK (length (username) BETWEEN 1 AND 64),
  full_name     TEXT    NOT NULL CHECK (full_name <> ''),
  title         TEXT    NOT NULL DEFAULT '',
  role          INTEGER NOT NULL CHECK (role BETWEEN 0 AND 3),
  password_hash TEXT    NOT NULL,
  active        INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  created_at    INTEGER NOT NULL
) STRICT;

-- The last running number given per agency, day of receipt (yyMMdd) and
-- workstation range: numbers are never reused, and workstations that work
-- offline never collide because each draws from its own range.
CREATE TABLE dossier_number (
  agency_code TEXT    NOT NULL,
  day         TEXT    NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9][0-9][0-9]'),
  range_first INTEGER NOT NULL CHECK (range_first >= 1),
  last_number INTEGER NOT NULL CHECK (last_number >= range_first),
  PRIMARY KEY (agency_code, day, range_first)
) STRICT;

CREATE TABLE dossier (
  id               INTEGER PRIMARY KEY,
  code             TEXT    NOT NULL UNIQUE,
  -- The procedure version in force on the day of receipt.
  procedure_id     INTEGER NOT NULL REFERENCES procedure (id),
  status           INTEGER NOT NULL CHECK (status BETWEEN 1 AND 10),
  accepted         INTEGER NOT NULL DEFAULT 0 CHECK (accepted IN (0, 1)),
  channel          INTEGER NOT NULL CHECK (channel IN (1, 2, 3)),
  applicant_type   INTEGER NOT NULL CHECK (applicant_type BETWEEN 1 AND 4),
  applicant_name   TEXT    NOT NULL CHECK (applicant_name <> ''),
  id_number        TEXT    NOT NULL DEFAULT '',
  birth_date       TEXT    NOT NULL DEFAULT '',
  phone            TEXT    NOT NULL DEFAULT '',
  email            TEXT    NOT NULL DEFAULT '',
  address          TEXT    NOT NULL DEFAULT '',
  -- Result delivery (HinhThuc): 0 at the counter, 1 by post.
  delivery         INTEGER NOT NULL DEFAULT 0 CHECK (delivery IN (0, 1)),
  set_count        INTEGER NOT NULL DEFAULT 1 CHECK (set_count BETWEEN 1 AND 99),
  fee              INTEGER NOT NULL DEFAULT 0 CHECK (fee >= 0),
  note             TEXT    NOT NULL DEFAULT '',
  received_at      INTEGER NOT NULL,
  due_at           INTEGER NOT NULL,
  original_due_at  INTEGER NOT NULL,
  -- Set while the clock is stopped for the citizen's supplement.
  paused_at        INTEGER,
  finished_at      INTEGER,
  returned_at      INTEGER,
  assignee_id      INTEGER REFERENCES staff (id),
  handover_pending INTEGER NOT NULL DEFAULT 0 CHECK (handover_pending IN (0, 1)),
  supplements_after_acceptance INTEGER NOT NULL DEFAULT 0,
  apology_given    INTEGER NOT NULL DEFAULT 0 CHECK (apology_given IN (0, 1)),
  evaluated        INTEGER NOT NULL DEFAULT 0 CHECK (evaluated IN (0, 1)),
  version          INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
  workstation      TEXT    NOT NULL,
  entered_late     INTEGER NOT NULL DEFAULT 0 CHECK (entered_late IN (0, 1)),
  updated_at       INTEGER NOT NULL
) STRICT;

-- Every filter and sort of the dossier list has an index.
CREATE INDEX dossier_by_received ON dossier (received_at);
CREATE INDEX dossier_by_due ON dossier (due_at);
CREATE INDEX dossier_by_status ON dossier (status, due_at);
CREATE INDEX dossier_by_assignee ON dossier (assignee_id, status, due_at);
CREATE INDEX dossier_by_channel ON dossier (channel, received_at);
CREATE INDEX dossier_by_procedure ON dossier (procedure_id, received_at);
CREATE INDEX dossier_by_applicant ON dossier (applicant_name COLLATE NOCASE);

-- The papers checked at the counter.
CREATE TABLE dossier_component (
  dossier_id INTEGER NOT NULL REFERENCES dossier (id) ON DELETE CASCADE,
  position   INTEGER NOT NULL,
  name       TEXT    NOT NULL CHECK (name <> ''),
  originals  INTEGER NOT NULL DEFAULT 0 CHECK (originals >= 0),
  copies     INTEGER NOT NULL DEFAULT 0 CHECK (copies >= 0),
  provided   INTEGER NOT NULL DEFAULT 1 CHECK (provided IN (0, 1)),
  PRIMARY KEY (dossier_id, position)
) STRICT;

-- step_id is the BuocId synchronised with the portal. effective_time is
-- when the step happened, device_time when it was recorded: they differ
-- for steps entered late from a paper register. details holds the data of
-- the step's form (Mẫu 02, 03, 04, the return of the result, the
-- evaluation) as JSON.
CREATE TABLE dossier_event (
  id             INTEGER PRIMARY KEY,
  dossier_id     INTEGER NOT NULL REFERENCES dossier (id),
  step_id        TEXT    NOT NULL UNIQUE,
  action         INTEGER NOT NULL CHECK (action >= 0),
  status_before  INTEGER CHECK (status_before BETWEEN 1 AND 10),
  status_after   INTEGER NOT NULL CHECK (status_after BETWEEN 1 AND 10),
  actor_id       INTEGER REFERENCES staff (id),
  actor_name     TEXT    NOT NULL,
  actor_title    TEXT    NOT NULL DEFAULT '',
  receiver_id    INTEGER REFERENCES staff (id),
  workstation    TEXT    NOT NULL,
  device_time    INTEGER NOT NULL,
  effective_time INTEGER NOT NULL,
  entered_late   INTEGER NOT NULL DEFAULT 0 CHECK (entered_late IN (0, 1)),
  note           TEXT    NOT NULL DEFAULT '',
  details        TEXT    NOT NULL DEFAULT '{}' CHECK (json_valid (details)),
  version        INTEGER NOT NULL
) STRICT;

CREATE INDEX dossier_event_by_dossier ON dossier_event (dossier_id, effective_time);

-- Accent-insensitive search by code, applicant name, ID number and phone,
-- folded by mc_fold() like the catalogue's index.
CREATE VIRTUAL TABLE dossier_search USING fts5 (
  folded,
  tokenize = 'unicode61',
  prefix = '2 3'
);

CREATE TRIGGER dossier_search_insert AFTER INSERT ON dossier
BEGIN
  INSERT INTO dossier_search (rowid, folded)
    VALUES (new.id, mc_fold (new.code, new.applicant_name, new.id_number, new.phone));
END;

CREATE TRIGGER dossier_search_update
  AFTER UPDATE OF code, applicant_name, id_number, phone ON dossier
BEGIN
  DELETE FROM dossier_search WHERE rowid = old.id;
  INSERT INTO dossier_search (rowid, folded)
    VALUES (new.id, mc_fold (new.code, new.applicant_name, new.id_number, new.phone));
END;

-- The commune's identity and this workstation's share of the numbers.
INSERT INTO setting (key, value) VALUES
  ('agency-code', ''),
  ('agency-name', ''),
  ('place-name', ''),
  ('workstation-name', ''),
  ('workstation-range', '1-9999'),
  ('idle-lock-minutes', '10');

PRAGMA user_version = 4;
