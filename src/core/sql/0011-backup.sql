-- 0011: the folder of the automatic backups.
--
-- Empty until an administrator chooses one (a USB disk, say): the
-- backups then go to "backups" beside the database (mc-backup.c). The
-- last backup's time is read from the backups' names in that folder, so
-- that a failed backup never has to write to this database.

INSERT INTO setting (key, value) VALUES
  ('backup-folder', '');

PRAGMA user_version = 11;
