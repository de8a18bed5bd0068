/* mc-database-backup.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-database-backup"

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "mc-database.h"
#include "mc-database-backup.h"
#include "mc-error.h"

static const char * const sidecar_suffixes[] = { "", "-wal", "-shm" };

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
                       _("Cannot rename “%s” to keep it: %s"), source, g_strerror (saved_errno));
          return FALSE;
        }
    }

  return TRUE;
}

/**
 * mc_database_backup_restore:
 * @path: the database to replace
 * @backup: a copy of a database to put in its place
 * @set_aside: (out) (optional): where the replaced database was moved
 * @error: return location for a #GError
 *
 * Replaces the database at @path with a copy of @backup. The copy is first
 * opened (and migrated) beside @path; only when it works is the old
 * database moved aside, never deleted, under a name with the date, and the
 * copy moved into place. On failure nothing at @path changes.
 */
gboolean
mc_database_backup_restore (const char  *path,
                            const char  *backup,
                            char       **set_aside,
                            GError     **error)
{
  g_autoptr(GFile) source = NULL;
  g_autoptr(GFile) staging_file = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(McDatabase) check = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *staging = g_strconcat (path, ".restoring", NULL);
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  g_autofree char *aside = g_strdup_printf ("%s.damaged-%s", path, stamp);

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (backup != NULL, FALSE);

  source = g_file_new_for_path (backup);
  staging_file = g_file_new_for_path (staging);

  if (!g_file_copy (source, staging_file, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, &local_error))
    {
      g_set_error (error, MC_ERROR, MC_ERROR_INVALID,
                   _("Cannot copy the backup “%s”: %s"), backup, local_error->message);
      return FALSE;
    }
  g_chmod (staging, 0600);

  check = mc_database_open (staging, &local_error);
  if (check == NULL)
    {
      g_set_error (error, MC_ERROR, MC_ERROR_INVALID,
                   _("The backup “%s” cannot be used: %s"), backup, local_error->message);
      g_clear_object (&check);
      for (guint i = 0; i < G_N_ELEMENTS (sidecar_suffixes); i++)
        {
          g_autofree char *file = g_strconcat (staging, sidecar_suffixes[i], NULL);
          g_unlink (file);
        }
      return FALSE;
    }
  g_clear_object (&check);

  /* A second restore within the same second must not replace the copy
   * set aside by the first. */
  for (guint n = 2; exists_with_sidecars (aside); n++)
    {
      g_free (aside);
      aside = g_strdup_printf ("%s.damaged-%s-%u", path, stamp, n);
    }

  if (g_file_test (path, G_FILE_TEST_EXISTS) && !rename_with_sidecars (path, aside, error))
    return FALSE;

  if (!rename_with_sidecars (staging, path, error))
    return FALSE;

  if (set_aside != NULL)
    *set_aside = g_file_test (aside, G_FILE_TEST_EXISTS) ? g_steal_pointer (&aside) : NULL;

  return TRUE;
}
