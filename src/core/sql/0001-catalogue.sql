-- 0001: the procedure catalogue (danh mục TTHC).
--
-- A procedure is versioned by its publication decision and effective date:
-- (code, decision, effective_date) names one version. Dates are civil dates
-- 'YYYY-MM-DD' ('' when unknown), instants are Unix microseconds (UTC),
-- money is a whole number of đồng.

CREATE TABLE procedure (
  id             INTEGER PRIMARY KEY,
  code           TEXT    NOT NULL
                 CHECK (code GLOB '[0-9].[0-9][0-9][0-9][0-9][0-9][0-9]'),
  decision       TEXT    NOT NULL DEFAULT '',
  effective_date TEXT    NOT NULL DEFAULT ''
                 CHECK (effective_date = ''
                        OR effective_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  name           TEXT    NOT NULL CHECK (name <> ''),
  kind           TEXT    NOT NULL DEFAULT '',
  level          TEXT    NOT NULL DEFAULT '',
  field_code     TEXT    NOT NULL,
  field_name     TEXT    NOT NULL CHECK (field_name <> ''),
  conditions     TEXT    NOT NULL DEFAULT '',
  online_level   INTEGER NOT NULL DEFAULT 0 CHECK (online_level IN (0, 1, 2)),
  joint          INTEGER NOT NULL DEFAULT 0 CHECK (joint IN (0, 1)),
  postal_intake  INTEGER NOT NULL DEFAULT 0 CHECK (postal_intake IN (0, 1)),
  postal_return  INTEGER NOT NULL DEFAULT 0 CHECK (postal_return IN (0, 1)),
  in_force       INTEGER NOT NULL DEFAULT 1 CHECK (in_force IN (0, 1)),
  content_hash   TEXT    NOT NULL,
  imported_at    INTEGER NOT NULL,
  UNIQUE (code, decision, effective_date)
) STRICT;

CREATE INDEX procedure_by_code ON procedure (code, effective_date);

-- Code/name pairs: further fields, agencies, results, legal basis, subjects.
CREATE TABLE procedure_ref (
  procedure_id INTEGER NOT NULL REFERENCES procedure (id) ON DELETE CASCADE,
  kind         INTEGER NOT NULL CHECK (kind BETWEEN 0 AND 5),
  position     INTEGER NOT NULL,
  code         TEXT    NOT NULL DEFAULT '',
  name         TEXT    NOT NULL,
  PRIMARY KEY (procedure_id, kind, position)
) STRICT;

-- Processing time per channel: 1 counter, 2 online, 3 post.
-- time_unit: 0 hours, 1 working days, 2 calendar days; NULL when unknown.
CREATE TABLE procedure_time (
  id           INTEGER PRIMARY KEY,
  procedure_id INTEGER NOT NULL REFERENCES procedure (id) ON DELETE CASCADE,
  position     INTEGER NOT NULL,
  channel      INTEGER NOT NULL CHECK (channel IN (1, 2, 3)),
  time_value   REAL    CHECK (time_value >= 0),
  time_unit    INTEGER CHECK (time_unit IN (0, 1, 2)),
  description  TEXT    NOT NULL DEFAULT '',
  UNIQUE (procedure_id, position)
) STRICT;

CREATE TABLE procedure_fee (
  time_id     INTEGER NOT NULL REFERENCES procedure_time (id) ON DELETE CASCADE,
  position    INTEGER NOT NULL,
  code        TEXT    NOT NULL DEFAULT '',
  amount      INTEGER CHECK (amount >= 0),
  unit        TEXT    NOT NULL DEFAULT '',
  description TEXT    NOT NULL DEFAULT '',
  PRIMARY KEY (time_id, position)
) STRICT;

CREATE TABLE procedure_component (
  procedure_id INTEGER NOT NULL REFERENCES procedure (id) ON DELETE CASCADE,
  position     INTEGER NOT NULL,
  case_name    TEXT    NOT NULL DEFAULT '',
  code         TEXT    NOT NULL DEFAULT '',
  name         TEXT    NOT NULL CHECK (name <> ''),
  originals    INTEGER NOT NULL DEFAULT 0 CHECK (originals >= 0),
  copies       INTEGER NOT NULL DEFAULT 0 CHECK (copies >= 0),
  form_name    TEXT    NOT NULL DEFAULT '',
  form_url     TEXT    NOT NULL DEFAULT '',
  PRIMARY KEY (procedure_id, position)
) STRICT;

CREATE TABLE procedure_step (
  procedure_id INTEGER NOT NULL REFERENCES procedure (id) ON DELETE CASCADE,
  position     INTEGER NOT NULL,
  case_name    TEXT    NOT NULL DEFAULT '',
  description  TEXT    NOT NULL,
  PRIMARY KEY (procedure_id, position)
) STRICT;

PRAGMA user_version = 1;
