-- 0012: the audit trail.
--
-- The history of dossiers is append-only: a step once recorded is never
-- changed nor removed, not by the application, not by a tool run on the
-- database. Changes that are not steps of a dossier (staff accounts, the
-- office's, the forms' and the portal's settings, the working calendar,
-- conflicts settled with the portal, backups) write an audit_entry in the
-- same transaction, with who did it, from which workstation and when
-- (mc-audit.c); it is append-only too.
--
-- A later migration that must rebuild either table drops the triggers
-- and creates them again in its own transaction.

CREATE TRIGGER dossier_event_no_update BEFORE UPDATE ON dossier_event
BEGIN
  SELECT RAISE (ABORT, 'the history of dossiers is append-only');
END;

CREATE TRIGGER dossier_event_no_delete BEFORE DELETE ON dossier_event
BEGIN
  SELECT RAISE (ABORT, 'the history of dossiers is append-only');
END;

-- INSERT OR REPLACE deletes the row in its way without DELETE triggers
-- (PRAGMA recursive_triggers is off): a row is never inserted over
-- another.
CREATE TRIGGER dossier_event_no_replace BEFORE INSERT ON dossier_event
WHEN EXISTS (SELECT 1 FROM dossier_event WHERE id = new.id OR step_id = new.step_id)
BEGIN
  SELECT RAISE (ABORT, 'the history of dossiers is append-only');
END;

-- kind names the change ("staff.create", "office.identity",
-- "dossier.conflict-resolved"…); subject what it was made to (a user
-- name, a date, a dossier's code for the kinds "dossier.*"); details the
-- values before and after, as JSON. actor_id is NULL for an actor without
-- a staff account (motcua-cli, or the system account when nobody is
-- signed in). device_time is this computer's clock, in Unix microseconds.
CREATE TABLE audit_entry (
  id          INTEGER PRIMARY KEY,
  kind        TEXT    NOT NULL CHECK (kind <> ''),
  subject     TEXT    NOT NULL DEFAULT '',
  actor_id    INTEGER REFERENCES staff (id),
  actor_name  TEXT    NOT NULL CHECK (actor_name <> ''),
  workstation TEXT    NOT NULL CHECK (workstation <> ''),
  device_time INTEGER NOT NULL,
  details     TEXT    NOT NULL DEFAULT '{}' CHECK (json_valid (details))
) STRICT;

CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry
BEGIN
  SELECT RAISE (ABORT, 'the audit trail is append-only');
END;

CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry
BEGIN
  SELECT RAISE (ABORT, 'the audit trail is append-only');
END;

CREATE TRIGGER audit_entry_no_replace BEFORE INSERT ON audit_entry
WHEN EXISTS (SELECT 1 FROM audit_entry WHERE id = new.id)
BEGIN
  SELECT RAISE (ABORT, 'the audit trail is append-only');
END;

-- The audit view lists the newest first, over the whole history or one
-- person's (mc-audit-query.c): by the time recorded, and by actor.
CREATE INDEX dossier_event_by_device_time ON dossier_event (device_time);
CREATE INDEX dossier_event_by_actor ON dossier_event (actor_id, device_time);
CREATE INDEX audit_entry_by_device_time ON audit_entry (device_time);
CREATE INDEX audit_entry_by_actor ON audit_entry (actor_id, device_time);

PRAGMA user_version = 12;
