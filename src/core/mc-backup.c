/* mc-backup.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-backup"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "mc-audit.h"
#include "mc-backup.h"
#include "mc-backup-rotation.h"
#include "mc-database-backup.h"
#include "mc-error.h"
#include "mc-migrations.h"

/* The backups of a database in a folder (a USB disk, say): each one a
 * complete, checked copy named after the database and the local time it
 * was taken, "motcua-backup-2026-11-01-083000.sqlite", so that several
 * offices' databases can share a folder and the rotation can tell the
 * backups' dates without opening them. A backup is written under a
 * hidden ".….partial" name and renamed only once checked: a file with a
 * backup's name is always a good backup. */

#define NAME_INFIX     "-backup-"
#define NAME_SUFFIX    ".sqlite"
#define PARTIAL_SUFFIX ".partial"
/* "2026-11-01-083000" */
#define STAMP_LENGTH   17

/* A partial file this old was left by a backup that was cut off. */
#define STALE_PARTIAL_SECONDS (6 * 60 * 60)

/*
 * Auxiliary functions
 */

static McBackupInfo *
info_new (const char *path,
          GDateTime  *taken_at,
          gint64      n_dossiers)
{
  McBackupInfo *info = g_new0 (McBackupInfo, 1);

  info->path = g_strdup (path);
  info->taken_at = g_date_time_to_local (taken_at);
  info->n_dossiers = n_dossiers;

  return info;
}

/* "motcua" for "…/motcua.sqlite". */
static char *
dup_stem (const char *database_path)
{
  char *base = g_path_get_basename (database_path);
  char *dot = strrchr (base, '.');

  if (dot != NULL && dot != base)
    *dot = '\0';

  return base;
}

/* The time in "YYYY-MM-DD-HHMMSS", local. */
static GDateTime *
parse_stamp (const char *text)
{
  static const char pattern[] = "dddd-dd-dd-dddddd";
  int year, month, day, hour, minute, second;

  for (guint i = 0; i < STAMP_LENGTH; i++)
    if (pattern[i] == 'd' ? !g_ascii_isdigit (text[i]) : text[i] != pattern[i])
      return NULL;

  if (sscanf (text, "%4d-%2d-%2d-%2d%2d%2d", &year, &month, &day, &hour, &minute, &second) != 6)
    return NULL;

  return g_date_time_new_local (year, month, day, hour, minute, second);
}

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b)
{
  const McBackupInfo *info_a = *(const McBackupInfo * const *) a;
  const McBackupInfo *info_b = *(const McBackupInfo * const *) b;

  return g_date_time_compare (info_b->taken_at, info_a->taken_at);
}

/* The folder must be there: it is not created, since a missing folder is
 * most often a USB disk that is not plugged in, and a folder made in its
 * place would hold the backups on the computer's own disk. */
static gboolean
check_folder (const char  *folder,
              GError     **error)
{
  if (g_file_test (folder, G_FILE_TEST_IS_DIR))
    return TRUE;

  if (g_file_test (folder, G_FILE_TEST_EXISTS))
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_DIRECTORY,
                 _("The backup folder “%s” is not a folder."), folder);
  else
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                 _("The backup folder “%s” does not exist. If it is on a USB disk, plug "
                   "the disk in; otherwise choose another folder."), folder);

  return FALSE;
}

/* The hidden name a backup is written under before it is checked. */
static char *
dup_partial_path (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *hidden = g_strconcat (".", base, PARTIAL_SUFFIX, NULL);

  return g_build_filename (dir, hidden, NULL);
}

/* Writes a checked copy of @database_path under the partial name of
 * @path, then gives it @path's name. */
static gboolean
write_backup (const char                *database_path,
              const char                *path,
              GDateTime                 *taken_at,
              McDatabaseBackupProgress   progress,
              gpointer                   user_data,
              GCancellable              *cancellable,
              GError                   **error)
{
  g_autofree char *partial = dup_partial_path (path);
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr(GError) local_error = NULL;

  /* Left by a backup of the same second that was cut off. */
  g_unlink (partial);

  if (!mc_database_backup_copy (database_path, partial, taken_at, progress, user_data,
                                cancellable, &local_error))
    {
      /* The partial file's name would only puzzle. */
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NO_SPACE))
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE,
                     _("The disk of the backup folder “%s” is full: the backup was not made. "
                       "Free some space there or choose another folder."), dir);
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (g_rename (partial, path) != 0)
    {
      int saved_errno = errno;

      g_unlink (partial);
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Cannot name the backup “%s”: %s"), path, g_strerror (saved_errno));
      return FALSE;
    }
  mc_database_backup_sync_folder (dir);

  return TRUE;
}

/* Partial files of this database's backups that no backup is writing any
 * more: the application was closed or the computer cut off meanwhile. */
static void
remove_stale_partials (const char *database_path,
                       const char *folder,
                       GDateTime  *now)
{
  g_autofree char *stem = dup_stem (database_path);
  g_autofree char *prefix = g_strconcat (".", stem, NAME_INFIX, NULL);
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  if (dir == NULL)
    return;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = NULL;
      GStatBuf st;

      if (!g_str_has_prefix (name, prefix) || !g_str_has_suffix (name, PARTIAL_SUFFIX))
        continue;

      path = g_build_filename (folder, name, NULL);
      if (g_stat (path, &st) == 0 &&
          g_date_time_to_unix (now) - (gint64) st.st_mtime > STALE_PARTIAL_SECONDS)
        g_unlink (path);
    }
}

static gboolean
table_exists (sqlite3    *handle,
              const char *table)
{
  sqlite3_stmt *stmt = NULL;
  gboolean exists = FALSE;

  if (sqlite3_prepare_v2 (handle,
                          "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?1",
                          -1, &stmt, NULL) == SQLITE_OK)
    {
      sqlite3_bind_text (stmt, 1, table, -1, SQLITE_STATIC);
      exists = sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_int (stmt, 0) > 0;
    }
  sqlite3_finalize (stmt);

  return exists;
}

/* The first column of the first row of @sql, with one optional text
 * parameter; %NULL on any failure. */
static char *
query_text (sqlite3    *handle,
            const char *sql,
            const char *parameter,
            int        *rc)
{
  sqlite3_stmt *stmt = NULL;
  char *text = NULL;

  *rc = sqlite3_prepare_v2 (handle, sql, -1, &stmt, NULL);
  if (*rc == SQLITE_OK)
    {
      if (parameter != NULL)
        sqlite3_bind_text (stmt, 1, parameter, -1, SQLITE_STATIC);
      *rc = sqlite3_step (stmt);
      if (*rc == SQLITE_ROW)
        {
          text = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
          *rc = SQLITE_OK;
        }
      else if (*rc == SQLITE_DONE)
        {
          *rc = SQLITE_OK;
        }
    }
  sqlite3_finalize (stmt);

  return text;
}

/* When @file was taken: as it records, else as its name says (a backup
 * from before backups recorded it), else its modification time. */
static GDateTime *
read_taken_at (sqlite3    *handle,
               const char *file)
{
  g_autofree char *base = g_path_get_basename (file);
  g_autofree char *recorded = NULL;
  GDateTime *taken_at = NULL;
  const char *infix;
  GStatBuf st;
  int rc;

  if (table_exists (handle, "setting"))
    recorded = query_text (handle, "SELECT value FROM setting WHERE key = ?1",
                           MC_DATABASE_BACKUP_TAKEN_AT_KEY, &rc);
  if (recorded != NULL && (taken_at = g_date_time_new_from_iso8601 (recorded, NULL)) != NULL)
    return taken_at;

  infix = g_strrstr (base, NAME_INFIX);
  if (infix != NULL && strlen (infix + strlen (NAME_INFIX)) >= STAMP_LENGTH &&
      (taken_at = parse_stamp (infix + strlen (NAME_INFIX))) != NULL)
    return taken_at;

  if (g_stat (file, &st) == 0)
    return g_date_time_new_from_unix_local (st.st_mtime);

  return g_date_time_new_now_local ();
}

/*
 * Public API
 */

McBackupInfo *
mc_backup_info_copy (const McBackupInfo *info)
{
  g_return_val_if_fail (info != NULL, NULL);

  return info_new (info->path, info->taken_at, info->n_dossiers);
}

void
mc_backup_info_free (McBackupInfo *info)
{
  if (info == NULL)
    return;

  g_free (info->path);
  g_clear_pointer (&info->taken_at, g_date_time_unref);
  g_free (info);
}

/**
 * mc_backup_dup_default_folder:
 * @database_path: the database
 *
 * The folder of the backups until one is chosen: "backups" beside the
 * database. It protects from a wrong click or a damaged file, not from
 * the loss of the disk: the README and the help say to choose another
 * disk.
 *
 * Returns: (transfer full): the folder
 */
char *
mc_backup_dup_default_folder (const char *database_path)
{
  g_autofree char *path = NULL;
  g_autofree char *dir = NULL;

  g_return_val_if_fail (database_path != NULL, NULL);

  path = g_canonicalize_filename (database_path, NULL);
  dir = g_path_get_dirname (path);
  return g_build_filename (dir, "backups", NULL);
}

/**
 * mc_backup_dup_file_name:
 * @database_path: the database
 * @taken_at: when the backup is taken
 *
 * Returns: (transfer full): the name of a backup of @database_path taken
 *   at @taken_at, such as "motcua-backup-2026-11-01-083000.sqlite"
 */
char *
mc_backup_dup_file_name (const char *database_path,
                         GDateTime  *taken_at)
{
  g_autofree char *stem = NULL;
  g_autofree char *stamp = NULL;
  g_autoptr(GDateTime) local = NULL;

  g_return_val_if_fail (database_path != NULL, NULL);
  g_return_val_if_fail (taken_at != NULL, NULL);

  stem = dup_stem (database_path);
  local = g_date_time_to_local (taken_at);
  stamp = g_date_time_format (local, "%Y-%m-%d-%H%M%S");

  return g_strconcat (stem, NAME_INFIX, stamp, NAME_SUFFIX, NULL);
}

/**
 * mc_backup_parse_file_name:
 * @database_path: the database
 * @name: a file name, without folder
 *
 * Returns: (transfer full) (nullable): when the backup of @database_path
 *   named @name was taken, or %NULL when @name is not such a backup's
 */
GDateTime *
mc_backup_parse_file_name (const char *database_path,
                           const char *name)
{
  g_autofree char *stem = NULL;
  g_autofree char *prefix = NULL;

  g_return_val_if_fail (database_path != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);

  stem = dup_stem (database_path);
  prefix = g_strconcat (stem, NAME_INFIX, NULL);
  if (!g_str_has_prefix (name, prefix) ||
      strlen (name) != strlen (prefix) + STAMP_LENGTH + strlen (NAME_SUFFIX) ||
      !g_str_has_suffix (name, NAME_SUFFIX))
    return NULL;

  return parse_stamp (name + strlen (prefix));
}

/**
 * mc_backup_take:
 * @database_path: the database, possibly in use
 * @folder: the folder of the backups, which must exist
 * @now: (nullable): the time the backup is taken at; %NULL for now
 * @progress: (nullable) (scope call): called after each slice of pages
 * @user_data: data for @progress
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Makes a checked backup of @database_path in @folder
 * (mc_database_backup_copy()), named after the database and @now, then
 * removes the older backups the rotation does not keep
 * (mc_backup_rotate()). Only the default folder
 * (mc_backup_dup_default_folder()) is created when missing. The
 * database is only read. A failed backup
 * leaves no file and removes no older backup. Call it on a thread of
 * its own: it takes time.
 *
 * Returns: (transfer full): the new backup, or %NULL with @error set
 */
McBackupInfo *
mc_backup_take (const char                *database_path,
                const char                *folder,
                GDateTime                 *now,
                McDatabaseBackupProgress   progress,
                gpointer                   user_data,
                GCancellable              *cancellable,
                GError                   **error)
{
  g_autoptr(GDateTime) taken_at = NULL;
  g_autoptr(GError) rotate_error = NULL;
  g_autofree char *default_folder = NULL;
  g_autofree char *name = NULL;
  g_autofree char *path = NULL;

  g_return_val_if_fail (database_path != NULL, NULL);
  g_return_val_if_fail (folder != NULL, NULL);

  /* Only the default folder, on the database's own disk, is made. */
  default_folder = mc_backup_dup_default_folder (database_path);
  if (g_str_equal (folder, default_folder))
    g_mkdir_with_parents (folder, 0700);

  if (!check_folder (folder, error))
    return NULL;

  taken_at = now != NULL ? g_date_time_to_local (now) : g_date_time_new_now_local ();
  name = mc_backup_dup_file_name (database_path, taken_at);
  path = g_build_filename (folder, name, NULL);

  if (!write_backup (database_path, path, taken_at, progress, user_data, cancellable, error))
    return NULL;

  /* The backup is made: old ones that cannot be removed are only
   * reported. */
  remove_stale_partials (database_path, folder, taken_at);
  if (!mc_backup_rotate (database_path, folder, NULL, &rotate_error))
    g_message ("Old backups were not removed: %s", rotate_error->message);

  return mc_backup_inspect (path, error);
}

/**
 * mc_backup_write:
 * @database_path: the database, possibly in use
 * @file: the backup to create; no file may be there
 * @now: (nullable): the time recorded in the backup; %NULL for now
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Makes one checked backup of @database_path at @file, outside the
 * rotation. An existing @file is refused, not replaced.
 *
 * Returns: (transfer full): the new backup, or %NULL with @error set
 */
McBackupInfo *
mc_backup_write (const char    *database_path,
                 const char    *file,
                 GDateTime     *now,
                 GCancellable  *cancellable,
                 GError       **error)
{
  g_autoptr(GDateTime) taken_at = NULL;
  g_autofree char *folder = NULL;

  g_return_val_if_fail (database_path != NULL, NULL);
  g_return_val_if_fail (file != NULL, NULL);

  if (g_file_test (file, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS,
                   _("“%s” already exists: choose another name."), file);
      return NULL;
    }

  folder = g_path_get_dirname (file);
  if (!g_file_test (folder, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                   _("The folder “%s” does not exist."), folder);
      return NULL;
    }

  taken_at = now != NULL ? g_date_time_to_local (now) : g_date_time_new_now_local ();
  if (!write_backup (database_path, file, taken_at, NULL, NULL, cancellable, error))
    return NULL;

  return mc_backup_inspect (file, error);
}

/**
 * mc_backup_list:
 * @database_path: the database
 * @folder: the folder of the backups
 * @error: return location for a #GError
 *
 * Lists the backups of @database_path in @folder by their names, without
 * opening them (their n_dossiers is -1).
 *
 * Returns: (transfer full) (element-type McBackupInfo): the backups,
 *   newest first, or %NULL with @error set when @folder cannot be read
 */
GPtrArray *
mc_backup_list (const char  *database_path,
                const char  *folder,
                GError     **error)
{
  g_autoptr(GPtrArray) backups = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_return_val_if_fail (database_path != NULL, NULL);
  g_return_val_if_fail (folder != NULL, NULL);

  if (!check_folder (folder, error))
    return NULL;

  dir = g_dir_open (folder, 0, &local_error);
  if (dir == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("Cannot read the backup folder “%s”: %s"), folder, local_error->message);
      return NULL;
    }

  backups = g_ptr_array_new_with_free_func ((GDestroyNotify) mc_backup_info_free);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autoptr(GDateTime) taken_at = mc_backup_parse_file_name (database_path, name);
      g_autofree char *path = NULL;

      if (taken_at == NULL)
        continue;

      path = g_build_filename (folder, name, NULL);
      g_ptr_array_add (backups, info_new (path, taken_at, -1));
    }

  g_ptr_array_sort (backups, compare_newest_first);

  return g_steal_pointer (&backups);
}

/**
 * mc_backup_inspect:
 * @file: a backup, or any copy of a database
 * @error: return location for a #GError
 *
 * Reads when @file was taken and how many dossiers it holds, without
 * writing to it, to show before a restore. A file that is not a Một Cửa
 * database is refused with %MC_ERROR_INVALID, one made by a newer
 * release with %MC_DATABASE_ERROR_TOO_NEW.
 *
 * Returns: (transfer full): what @file holds, or %NULL with @error set
 */
McBackupInfo *
mc_backup_inspect (const char  *file,
                   GError     **error)
{
  g_autoptr(GDateTime) taken_at = NULL;
  g_autofree char *version_text = NULL;
  g_autofree char *count_text = NULL;
  sqlite3 *handle = NULL;
  guint version;
  int rc;

  g_return_val_if_fail (file != NULL, NULL);

  if (!g_file_test (file, G_FILE_TEST_IS_REGULAR))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, _("There is no file “%s”."), file);
      return NULL;
    }

  /* Not SQLITE_OPEN_READONLY, which leaves a -wal and a -shm beside a
   * file in WAL mode, but query_only: nothing is written. */
  rc = sqlite3_open_v2 (file, &handle,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_exec (handle, "PRAGMA query_only = ON", NULL, NULL, NULL);
  if (rc == SQLITE_OK)
    version_text = query_text (handle, "PRAGMA user_version", NULL, &rc);
  if (rc != SQLITE_OK || version_text == NULL ||
      (version = (guint) g_ascii_strtoull (version_text, NULL, 10)) == 0 ||
      !table_exists (handle, "setting"))
    {
      g_set_error (error, MC_ERROR, MC_ERROR_INVALID,
                   _("“%s” is not a backup of a Một Cửa database."), file);
      sqlite3_close_v2 (handle);
      return NULL;
    }

  if (version > mc_migrations_get_latest ())
    {
      g_set_error (error, MC_DATABASE_ERROR, MC_DATABASE_ERROR_TOO_NEW,
                   _("The backup “%s” was made by a newer version of Một Cửa: install that "
                     "version to restore it."), file);
      sqlite3_close_v2 (handle);
      return NULL;
    }

  taken_at = read_taken_at (handle, file);
  if (table_exists (handle, "dossier"))
    count_text = query_text (handle, "SELECT count(*) FROM dossier", NULL, &rc);
  sqlite3_close_v2 (handle);
  if (rc != SQLITE_OK)
    {
      g_set_error (error, MC_DATABASE_ERROR, MC_DATABASE_ERROR_CORRUPT,
                   _("The backup “%s” cannot be read (%s)."), file, sqlite3_errstr (rc));
      return NULL;
    }

  return info_new (file, taken_at,
                   count_text != NULL ? g_ascii_strtoll (count_text, NULL, 10) : 0);
}

/**
 * mc_backup_restore:
 * @database_path: the database to restore, possibly open
 * @file: the backup to restore
 * @now: (nullable): the time the copy kept first is named after
 * @kept_copy: (out) (optional): the copy of the database as it was
 * @error: return location for a #GError
 *
 * Checks @file (mc_backup_inspect(), then PRAGMA integrity_check on a
 * copy of it), keeps a copy of the database as it is beside it, then
 * puts the backup's content into the database
 * (mc_database_backup_restore_in_place()). On failure the database is as
 * it was.
 *
 * Returns: (transfer full): what was restored, or %NULL with @error set
 */
McBackupInfo *
mc_backup_restore (const char  *database_path,
                   const char  *file,
                   GDateTime   *now,
                   char       **kept_copy,
                   GError     **error)
{
  g_autoptr(McBackupInfo) info = NULL;

  g_return_val_if_fail (database_path != NULL, NULL);
  g_return_val_if_fail (file != NULL, NULL);

  info = mc_backup_inspect (file, error);
  if (info == NULL)
    return NULL;

  if (!mc_database_backup_restore_in_place (database_path, file, now, kept_copy, error))
    return NULL;

  return g_steal_pointer (&info);
}

typedef struct
{
  const McActor      *actor;
  const char         *kind;
  const McBackupInfo *info;
  const char         *kept_copy;
} Record;

static gboolean
record_in_transaction (McDatabase  *db,
                       gpointer     data,
                       GError     **error)
{
  const Record *record = data;
  g_autofree char *name = g_path_get_basename (record->info->path);
  g_autofree char *taken_at = g_date_time_format_iso8601 (record->info->taken_at);
  g_autofree char *dossiers = g_strdup_printf ("%" G_GINT64_FORMAT, record->info->n_dossiers);
  g_autofree char *details = NULL;

  details = mc_audit_details ("path", record->info->path,
                              "taken_at", taken_at,
                              "dossiers", record->info->n_dossiers >= 0 ? dossiers : NULL,
                              "kept_copy", record->kept_copy,
                              NULL);

  return mc_audit_record (db, record->actor, record->kind, name, details, error);
}

/**
 * mc_backup_record:
 * @database_path: the database backed up or restored
 * @actor: (nullable): who asked; %NULL for the daily backup (the system
 *   account is named)
 * @kind: %MC_AUDIT_BACKUP_CREATE or %MC_AUDIT_BACKUP_RESTORE
 * @info: the backup made, or restored
 * @kept_copy: (nullable): for a restore, the copy of the database as it was
 * @error: return location for a #GError
 *
 * Writes a backup made, or restored, into the database's audit trail. A
 * restore brings back the backup's trail: its entry, recorded after, says
 * who replaced the trail of before, which the kept copy holds. Only a
 * backup that succeeded is recorded: a failed one never writes to the
 * database.
 *
 * Returns: %TRUE on success
 */
gboolean
mc_backup_record (const char          *database_path,
                  const McActor       *actor,
                  const char          *kind,
                  const McBackupInfo  *info,
                  const char          *kept_copy,
                  GError             **error)
{
  g_autoptr(McDatabase) db = NULL;
  Record record = { actor, kind, info, kept_copy };

  g_return_val_if_fail (database_path != NULL, FALSE);
  g_return_val_if_fail (kind != NULL, FALSE);
  g_return_val_if_fail (info != NULL, FALSE);

  db = mc_database_open (database_path, error);
  if (db == NULL)
    return FALSE;

  return mc_database_transact (db, MC_TRANSACTION_WRITE, record_in_transaction, &record, error);
}
