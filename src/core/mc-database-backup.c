/* mc-database-backup.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-database-backup"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "mc-database.h"
#include "mc-database-backup.h"
#include "mc-error.h"

/* Copies of a database file, made and put back with SQLite's online
 * backup API, so that the application keeps working meanwhile:
 *
 * - a copy is read on a connection of its own inside one read
 *   transaction, so in WAL mode it is a consistent snapshot that other
 *   connections' writes neither block nor restart;
 * - it is written to a new file of mode 0600 in rollback-journal mode,
 *   a single self-contained file, and checked with PRAGMA
 *   integrity_check once closed;
 * - a restore puts a backup's pages into the open database in one
 *   transaction, so the connections open on it (the worker's, the
 *   sync's) see the restored data at their next read, and a failure
 *   leaves the database as it was. */

/* Pages copied between two looks at the cancellable: 1 MiB of 4 KiB
 * pages. */
#define PAGES_PER_STEP 256

/* A lock held by another connection is waited for this long, in all. */
#define BUSY_SLEEP_MS  20
#define BUSY_MAX_TRIES 500

static const char * const sidecar_suffixes[] = { "", "-wal", "-shm" };
static const char * const removable_suffixes[] = { "", "-journal", "-wal", "-shm" };

/*
 * Auxiliary functions
 */

static gboolean
exists_with_sidecars (const char *path)
{
  for (guint i = 0; i < G_N_ELEMENTS (sidecar_suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, sidecar_suffixes[i], NULL);

      if (g_file_test (file, G_FILE_TEST_EXISTS))
        return TRUE;
    }

  return FALSE;
}

static void
remove_with_sidecars (const char *path)
{
  for (guint i = 0; i < G_N_ELEMENTS (removable_suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, removable_suffixes[i], NULL);

      g_unlink (file);
    }
}

static gboolean
rename_with_sidecars (const char  *from,
                      const char  *to,
                      GError     **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (sidecar_suffixes); i++)
    {
      g_autofree char *source = g_strconcat (from, sidecar_suffixes[i], NULL);
      g_autofree char *target = g_strconcat (to, sidecar_suffixes[i], NULL);

      if (!g_file_test (source, G_FILE_TEST_EXISTS))
        continue;

      if (g_rename (source, target) != 0)
        {
          int saved_errno = errno;
          g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                       _("Cannot rename “%s” to keep it: %s"), source,
                       g_strerror (saved_errno));
          return FALSE;
        }
    }

  return TRUE;
}

/* @path with @label and the time, under a name no file has yet: a second
 * restore within the same second must not replace the first one's. */
static char *
dup_aside_path (const char *path,
                const char *label,
                GDateTime  *now)
{
  g_autoptr(GDateTime) local = now != NULL ? g_date_time_to_local (now)
                                           : g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (local, "%Y%m%d-%H%M%S");
  char *aside = g_strdup_printf ("%s.%s-%s", path, label, stamp);

  for (guint n = 2; exists_with_sidecars (aside); n++)
    {
      g_free (aside);
      aside = g_strdup_printf ("%s.%s-%s-%u", path, label, stamp, n);
    }

  return aside;
}

static gboolean
is_disk_full (int rc,
              int system_errno)
{
  return (rc & 0xff) == SQLITE_FULL || system_errno == ENOSPC || system_errno == EDQUOT ||
         system_errno == EFBIG;
}

/* A new, empty file only this account may read: a copy of a register of
 * citizens' data is as private as the register. */
static gboolean
create_private_file (const char  *path,
                     GError     **error)
{
  int fd = g_open (path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  int saved_errno = errno;

  if (fd >= 0)
    {
      /* The umask may have taken more than the group's and others' bits. */
      if (fchmod (fd, 0600) != 0)
        saved_errno = errno;
      else
        saved_errno = 0;
      close (fd);
      if (saved_errno == 0)
        return TRUE;
      g_unlink (path);
    }

  if (saved_errno == ENOSPC || saved_errno == EDQUOT)
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE,
                 _("The disk is full: there is no room for “%s”. Free some space or choose "
                   "another folder."), path);
  else
    g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                 _("Cannot create “%s”: %s"), path, g_strerror (saved_errno));

  return FALSE;
}

/* Why a copy from @source to @target failed with @rc. */
static void
set_copy_error (sqlite3     *source,
                sqlite3     *target,
                int          rc,
                const char  *target_path,
                GError     **error)
{
  int target_errno = target != NULL ? sqlite3_system_errno (target) : 0;

  switch (rc & 0xff)
    {
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      g_set_error (error, MC_DATABASE_ERROR, MC_DATABASE_ERROR_CORRUPT,
                   _("The database is damaged and cannot be copied (%s)."),
                   sqlite3_errstr (rc));
      return;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error (error, MC_DATABASE_ERROR, MC_DATABASE_ERROR_BUSY,
                   _("The database stayed in use by another program too long (%s)."),
                   sqlite3_errstr (rc));
      return;
    default:
      break;
    }

  if (rc == SQLITE_IOERR_READ || rc == SQLITE_IOERR_SHORT_READ)
    {
      int source_errno = source != NULL ? sqlite3_system_errno (source) : 0;

      g_set_error (error, MC_DATABASE_ERROR, MC_DATABASE_ERROR_FAILED,
                   _("The database cannot be read (%s)."),
                   source_errno != 0 ? g_strerror (source_errno) : sqlite3_errstr (rc));
      return;
    }

  if (is_disk_full (rc, target_errno))
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE,
                 _("The disk is full: there is no room for “%s”. Free some space or choose "
                   "another folder."), target_path);
  else
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Cannot write “%s”: %s"), target_path,
                 target_errno != 0 ? g_strerror (target_errno) : sqlite3_errstr (rc));
}

static gboolean
exec (sqlite3  *handle,
      const char *sql)
{
  return sqlite3_exec (handle, sql, NULL, NULL, NULL) == SQLITE_OK;
}

/* Opens @path for reading only and starts the read transaction the whole
 * copy is taken in. The connection is not SQLITE_OPEN_READONLY, which
 * would leave a -wal and a -shm behind it that only a writer removes,
 * but query_only: SQLite refuses any write on it. */
static sqlite3 *
open_snapshot (const char  *path,
               GError     **error)
{
  sqlite3 *handle = NULL;
  int rc;

  rc = sqlite3_open_v2 (path, &handle,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_busy_timeout (handle, 5000);
      rc = sqlite3_exec (handle, "PRAGMA query_only = ON", NULL, NULL, NULL);
    }
  if (rc == SQLITE_OK)
    rc = sqlite3_exec (handle, "BEGIN", NULL, NULL, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_exec (handle, "SELECT count(*) FROM sqlite_master", NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    {
      int code = (rc & 0xff) == SQLITE_CORRUPT || (rc & 0xff) == SQLITE_NOTADB
                 ? MC_DATABASE_ERROR_CORRUPT : MC_DATABASE_ERROR_CANT_OPEN;

      g_set_error (error, MC_DATABASE_ERROR, code, _("Cannot read the database “%s”: %s"), path,
                   handle != NULL ? sqlite3_errmsg (handle) : sqlite3_errstr (rc));
      sqlite3_close_v2 (handle);
      return NULL;
    }

  return handle;
}

/* Runs PRAGMA integrity_check on @handle; the first few problems it
 * finds make the message. */
static gboolean
check_integrity (sqlite3     *handle,
                 const char  *path,
                 GError     **error)
{
  g_autoptr(GString) problems = g_string_new (NULL);
  sqlite3_stmt *stmt = NULL;
  gboolean ok = FALSE;
  int rc;

  rc = sqlite3_prepare_v2 (handle, "PRAGMA integrity_check(5)", -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
      {
        const char *row = (const char *) sqlite3_column_text (stmt, 0);

        if (g_strcmp0 (row, "ok") == 0)
          ok = TRUE;
        else
          g_string_append_printf (problems, "%s%s", problems->len > 0 ? "; " : "", row);
      }
  if (rc != SQLITE_DONE)
    {
      ok = FALSE;
      g_string_append_printf (problems, "%s%s", problems->len > 0 ? "; " : "",
                              sqlite3_errmsg (handle));
    }
  sqlite3_finalize (stmt);

  if (!ok)
    g_set_error (error, MC_DATABASE_ERROR, MC_DATABASE_ERROR_CORRUPT,
                 _("“%s” failed its integrity check: %s"), path, problems->str);

  return ok;
}

static gboolean
record_taken_at (sqlite3    *handle,
                 GDateTime  *taken_at)
{
  g_autofree char *text = g_date_time_format_iso8601 (taken_at);
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (handle,
                           "INSERT INTO setting (key, value) VALUES (?1, ?2) "
                           "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                           -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_bind_text (stmt, 1, MC_DATABASE_BACKUP_TAKEN_AT_KEY, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 2, text, -1, SQLITE_STATIC);
      rc = sqlite3_step (stmt) == SQLITE_DONE ? SQLITE_OK : sqlite3_errcode (handle);
    }
  sqlite3_finalize (stmt);

  return rc == SQLITE_OK;
}

/* Copies every page of @from into @to, @n_pages at a time (-1: all in one
 * step, that is in one transaction of @to). */
static int
copy_pages (sqlite3                   *from,
            sqlite3                   *to,
            int                        n_pages,
            McDatabaseBackupProgress   progress,
            gpointer                   user_data,
            GCancellable              *cancellable,
            GError                   **error)
{
  sqlite3_backup *backup = sqlite3_backup_init (to, "main", from, "main");
  guint busy = 0;
  int rc;

  if (backup == NULL)
    return sqlite3_errcode (to);

  for (;;)
    {
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        {
          rc = SQLITE_INTERRUPT;
          break;
        }

      rc = sqlite3_backup_step (backup, n_pages);
      if (rc == SQLITE_DONE)
        {
          rc = SQLITE_OK;
          break;
        }
      if (rc == SQLITE_OK)
        {
          busy = 0;
          if (progress != NULL)
            progress ((guint) sqlite3_backup_remaining (backup),
                      (guint) sqlite3_backup_pagecount (backup), user_data);
          continue;
        }
      if (((rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED) && busy++ < BUSY_MAX_TRIES)
        {
          sqlite3_sleep (BUSY_SLEEP_MS);
          continue;
        }
      break;
    }

  sqlite3_backup_finish (backup);

  return rc;
}

/* A disk may tell it is full only when the data is written out. */
static gboolean
sync_file (const char  *path,
           GError     **error)
{
  int fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  int saved_errno = 0;

  if (fd < 0 || fsync (fd) != 0)
    saved_errno = errno;
  if (fd >= 0)
    close (fd);

  if (saved_errno == 0)
    return TRUE;

  if (is_disk_full (SQLITE_OK, saved_errno))
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE,
                 _("The disk is full: there is no room for “%s”. Free some space or choose "
                   "another folder."), path);
  else
    g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                 _("Cannot write “%s”: %s"), path, g_strerror (saved_errno));

  return FALSE;
}

/**
 * mc_database_backup_sync_folder:
 * @folder: a folder a file was just created or renamed in
 *
 * Makes the folder's new entry durable: without it, a power cut may
 * leave a written and synced file without its name.
 */
void
mc_database_backup_sync_folder (const char *folder)
{
  int fd = g_open (folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);

  if (fd < 0)
    return;
  fsync (fd);
  close (fd);
}

/* A damaged database cannot be copied page by page: its files are copied
 * as they are, to be kept. */
static gboolean
copy_with_sidecars (const char  *from,
                    const char  *to,
                    GError     **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (sidecar_suffixes); i++)
    {
      g_autofree char *source_path = g_strconcat (from, sidecar_suffixes[i], NULL);
      g_autofree char *target_path = g_strconcat (to, sidecar_suffixes[i], NULL);
      g_autoptr(GFile) source = g_file_new_for_path (source_path);
      g_autoptr(GFile) target = g_file_new_for_path (target_path);

      if (!g_file_test (source_path, G_FILE_TEST_EXISTS))
        continue;

      if (!g_file_copy (source, target, G_FILE_COPY_NONE, NULL, NULL, NULL, error))
        return FALSE;
      g_chmod (target_path, 0600);
    }

  return TRUE;
}

static gboolean
is_readable (const char *path)
{
  sqlite3 *handle;

  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    return FALSE;

  handle = open_snapshot (path, NULL);
  if (handle == NULL)
    return FALSE;
  sqlite3_close_v2 (handle);

  return TRUE;
}

/* A copy of @backup beside the database at @path, brought to the newest
 * schema and checked, ready to take the database's place. */
static McDatabase *
open_staging (const char  *backup,
              const char  *staging,
              GError     **error)
{
  g_autoptr(GFile) source = g_file_new_for_path (backup);
  g_autoptr(GFile) staging_file = g_file_new_for_path (staging);
  g_autoptr(GError) local_error = NULL;
  g_autoptr(McDatabase) db = NULL;

  remove_with_sidecars (staging);

  if (!g_file_copy (source, staging_file, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, &local_error))
    {
      g_set_error (error, MC_ERROR, MC_ERROR_INVALID,
                   _("Cannot copy the backup “%s”: %s"), backup, local_error->message);
      remove_with_sidecars (staging);
      return NULL;
    }
  g_chmod (staging, 0600);

  db = mc_database_open (staging, &local_error);
  if (db == NULL || !check_integrity (mc_database_get_handle (db), backup, &local_error))
    {
      g_set_error (error, MC_ERROR, MC_ERROR_INVALID,
                   _("The backup “%s” cannot be used: %s"), backup, local_error->message);
      g_clear_object (&db);
      remove_with_sidecars (staging);
      return NULL;
    }

  return g_steal_pointer (&db);
}

/*
 * Public API
 */

/**
 * mc_database_backup_copy:
 * @source: the database to copy, possibly in use
 * @target: the copy to create; no file may be there yet
 * @taken_at: (nullable): recorded in the copy's settings as
 *   %MC_DATABASE_BACKUP_TAKEN_AT_KEY
 * @progress: (nullable) (scope call): called after each slice of pages
 * @user_data: data for @progress
 * @cancellable: (nullable): a #GCancellable, looked at between slices
 * @error: return location for a #GError
 *
 * Copies @source to @target with SQLite's online backup API while other
 * connections keep reading and writing @source; @source is only read.
 * The copy is a snapshot of @source at the start, created with mode
 * 0600, in rollback-journal mode (one file, no -wal beside it), synced
 * to the disk once complete and checked with PRAGMA integrity_check.
 * It takes some time: call it on a thread of its own.
 *
 * A disk without room fails with %G_IO_ERROR_NO_SPACE, a missing folder
 * with %G_IO_ERROR_NOT_FOUND. On failure no file is left at @target.
 *
 * Returns: %TRUE when the copy is complete and sound
 */
gboolean
mc_database_backup_copy (const char                *source,
                         const char                *target,
                         GDateTime                 *taken_at,
                         McDatabaseBackupProgress   progress,
                         gpointer                   user_data,
                         GCancellable              *cancellable,
                         GError                   **error)
{
  g_autoptr(GError) local_error = NULL;
  sqlite3 *from = NULL;
  sqlite3 *to = NULL;
  int rc;

  g_return_val_if_fail (source != NULL, FALSE);
  g_return_val_if_fail (target != NULL, FALSE);

  if (!create_private_file (target, error))
    return FALSE;

  from = open_snapshot (source, &local_error);
  if (from == NULL)
    goto failed;

  /* The copy is synced once, whole, when it is complete: until then it
   * is of no use, and a failure removes it anyway. */
  rc = sqlite3_open_v2 (target, &to,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE,
                        NULL);
  if (rc == SQLITE_OK && !exec (to, "PRAGMA synchronous = OFF"))
    rc = sqlite3_extended_errcode (to);
  if (rc == SQLITE_OK)
    rc = copy_pages (from, to, PAGES_PER_STEP, progress, user_data, cancellable, &local_error);
  if (local_error != NULL)
    goto failed;

  /* The pages carry the source's WAL flag: a backup is one file. */
  if (rc == SQLITE_OK && !exec (to, "PRAGMA journal_mode = DELETE"))
    rc = sqlite3_extended_errcode (to);
  if (rc == SQLITE_OK && taken_at != NULL && !record_taken_at (to, taken_at))
    rc = sqlite3_extended_errcode (to);
  if (rc != SQLITE_OK)
    {
      set_copy_error (from, to, rc, target, &local_error);
      goto failed;
    }

  exec (from, "COMMIT");
  g_clear_pointer (&from, sqlite3_close_v2);
  rc = sqlite3_close (to);
  to = NULL;
  if (rc != SQLITE_OK)
    {
      set_copy_error (NULL, NULL, rc, target, &local_error);
      goto failed;
    }

  if (!sync_file (target, &local_error) || !mc_database_backup_verify (target, &local_error))
    goto failed;

  {
    g_autofree char *dir = g_path_get_dirname (target);

    mc_database_backup_sync_folder (dir);
  }

  return TRUE;

failed:
  g_clear_pointer (&from, sqlite3_close_v2);
  g_clear_pointer (&to, sqlite3_close_v2);
  remove_with_sidecars (target);
  g_propagate_error (error, g_steal_pointer (&local_error));

  return FALSE;
}

/**
 * mc_database_backup_verify:
 * @path: a database file, not in WAL mode or with its -wal beside it
 * @error: return location for a #GError
 *
 * Reads the whole of @path with PRAGMA integrity_check, without writing
 * to it. A damaged file fails with %MC_DATABASE_ERROR_CORRUPT.
 *
 * Returns: %TRUE when @path is a sound SQLite database
 */
gboolean
mc_database_backup_verify (const char  *path,
                           GError     **error)
{
  sqlite3 *handle = NULL;
  gboolean ok;
  int rc;

  g_return_val_if_fail (path != NULL, FALSE);

  rc = sqlite3_open_v2 (path, &handle,
                        SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE, NULL);
  if (rc != SQLITE_OK)
    {
      g_set_error (error, MC_DATABASE_ERROR, MC_DATABASE_ERROR_CANT_OPEN,
                   _("Cannot read the database “%s”: %s"), path,
                   handle != NULL ? sqlite3_errmsg (handle) : sqlite3_errstr (rc));
      sqlite3_close_v2 (handle);
      return FALSE;
    }

  ok = check_integrity (handle, path, error);
  sqlite3_close_v2 (handle);

  return ok;
}

/**
 * mc_database_backup_restore:
 * @path: the database to replace, which nothing has open
 * @backup: a copy of a database to put in its place
 * @set_aside: (out) (optional): where the replaced database was moved
 * @error: return location for a #GError
 *
 * Replaces the database at @path, which could not be opened, with a copy
 * of @backup. The copy is first opened (and migrated) beside @path and
 * checked with PRAGMA integrity_check; only when it is sound is the old
 * database moved aside, never deleted, under a name with the date, and
 * the copy moved into place. On failure nothing at @path changes.
 *
 * Files are renamed, so no connection may be open on @path: for a
 * database in use, see mc_database_backup_restore_in_place().
 */
gboolean
mc_database_backup_restore (const char  *path,
                            const char  *backup,
                            char       **set_aside,
                            GError     **error)
{
  g_autoptr(McDatabase) check = NULL;
  g_autofree char *staging = NULL;
  g_autofree char *aside = NULL;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (backup != NULL, FALSE);

  staging = g_strconcat (path, ".restoring", NULL);
  check = open_staging (backup, staging, error);
  if (check == NULL)
    return FALSE;
  g_clear_object (&check);

  aside = dup_aside_path (path, "damaged", NULL);

  if (g_file_test (path, G_FILE_TEST_EXISTS) && !rename_with_sidecars (path, aside, error))
    return FALSE;

  if (!rename_with_sidecars (staging, path, error))
    return FALSE;

  if (set_aside != NULL)
    *set_aside = g_file_test (aside, G_FILE_TEST_EXISTS) ? g_steal_pointer (&aside) : NULL;

  return TRUE;
}

/**
 * mc_database_backup_restore_in_place:
 * @path: the database to restore, possibly open in this or another process
 * @backup: the copy to restore
 * @now: (nullable): the time the kept copy is named after; %NULL for now
 * @kept_copy: (out) (optional): the copy of the database as it was
 * @error: return location for a #GError
 *
 * Puts the content of @backup into the database at @path. The backup is
 * first copied beside @path, brought to the newest schema and checked;
 * then the database as it is is copied (mc_database_backup_copy()) to
 * "@path.before-restore-DATE"; only then are the backup's pages written
 * into @path, in one transaction, through the online backup API. The
 * connections open on @path see the restored data at their next read.
 * On failure @path is as it was.
 *
 * A database that cannot be read at all, or is missing, is replaced as
 * mc_database_backup_restore() does; one that can be opened but is
 * damaged is kept by copying its files as they are, as
 * "@path.damaged-DATE".
 *
 * Returns: %TRUE when the backup was restored
 */
gboolean
mc_database_backup_restore_in_place (const char  *path,
                                     const char  *backup,
                                     GDateTime   *now,
                                     char       **kept_copy,
                                     GError     **error)
{
  g_autoptr(McDatabase) staging_db = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *staging = NULL;
  g_autofree char *aside = NULL;
  g_autoptr(GDateTime) taken_at = NULL;
  sqlite3 *live = NULL;
  gboolean ok = FALSE;
  int rc;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (backup != NULL, FALSE);

  /* A database that cannot be read at all cannot be open anywhere: it
   * is moved aside instead. */
  if (!is_readable (path))
    return mc_database_backup_restore (path, backup, kept_copy, error);

  staging = g_strconcat (path, ".restoring", NULL);
  staging_db = open_staging (backup, staging, error);
  if (staging_db == NULL)
    return FALSE;

  taken_at = now != NULL ? g_date_time_ref (now) : g_date_time_new_now_local ();
  aside = dup_aside_path (path, "before-restore", taken_at);
  if (!mc_database_backup_copy (path, aside, taken_at, NULL, NULL, NULL, &local_error) &&
      g_error_matches (local_error, MC_DATABASE_ERROR, MC_DATABASE_ERROR_CORRUPT))
    {
      g_clear_error (&local_error);
      g_free (aside);
      aside = dup_aside_path (path, "damaged", taken_at);
      copy_with_sidecars (path, aside, &local_error);
    }
  if (local_error != NULL)
    {
      g_set_error (error, local_error->domain, local_error->code,
                   _("Nothing was restored: the database as it is could not be kept first. %s"),
                   local_error->message);
      goto out;
    }

  rc = sqlite3_open_v2 (path, &live,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_busy_timeout (live, 5000);
      rc = copy_pages (mc_database_get_handle (staging_db), live, -1, NULL, NULL, NULL, NULL);
    }
  if (rc != SQLITE_OK)
    {
      g_autoptr(GError) copy_error = NULL;

      set_copy_error (mc_database_get_handle (staging_db), live, rc, path, &copy_error);
      g_set_error (error, copy_error->domain, copy_error->code,
                   _("The backup could not be restored; the database is as it was. %s"),
                   copy_error->message);
      /* Nothing changed: the copy kept first is not needed. */
      remove_with_sidecars (aside);
      goto out;
    }

  ok = TRUE;
  if (kept_copy != NULL)
    *kept_copy = g_steal_pointer (&aside);

out:
  g_clear_pointer (&live, sqlite3_close_v2);
  g_clear_object (&staging_db);
  remove_with_sidecars (staging);

  return ok;
}
