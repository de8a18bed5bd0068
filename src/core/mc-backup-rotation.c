/* mc-backup-rotation.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-backup-rotation"

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "mc-backup.h"
#include "mc-backup-rotation.h"

/* Which backups of a folder are kept: the newest backup of each of the
 * last 7 days that have one, of each of the last 4 weeks (ISO 8601,
 * from Monday) and of each of the last 12 months, as restic's
 * --keep-daily, --keep-weekly and --keep-monthly do. One backup often
 * counts for several (the newest of a day, its week and its month), so
 * a year of daily backups leaves about 20 files. Days, weeks and months
 * are the office's, in local time. The times come from the files'
 * names, which is what lets the tests simulate a year of backups. */

typedef int (*BucketFunc) (GDateTime *time);

static int
day_bucket (GDateTime *time)
{
  int year, month, day;

  g_date_time_get_ymd (time, &year, &month, &day);
  return year * 10000 + month * 100 + day;
}

static int
week_bucket (GDateTime *time)
{
  return g_date_time_get_week_numbering_year (time) * 100 + g_date_time_get_week_of_year (time);
}

static int
month_bucket (GDateTime *time)
{
  return g_date_time_get_year (time) * 100 + g_date_time_get_month (time);
}

static void
keep_newest_per_bucket (GDateTime * const *times,
                        guint              n_times,
                        BucketFunc         bucket,
                        guint              n_buckets,
                        gboolean          *keep)
{
  guint taken = 0;
  int last = 0;

  for (guint i = 0; i < n_times && taken < n_buckets; i++)
    {
      g_autoptr(GDateTime) local = g_date_time_to_local (times[i]);
      int key = bucket (local);

      /* Newest first: the first time of a bucket is its newest. */
      if (taken > 0 && key == last)
        continue;

      keep[i] = TRUE;
      last = key;
      taken++;
    }
}

/**
 * mc_backup_rotation_select:
 * @times: (array length=n_times): when the backups were taken, newest first
 * @n_times: the number of backups
 * @n_daily: how many days to keep a backup of
 * @n_weekly: how many weeks
 * @n_monthly: how many months
 * @keep: (out caller-allocates) (array length=n_times): set to whether
 *   each backup is kept
 *
 * Chooses the backups to keep; the newest one always is.
 */
void
mc_backup_rotation_select (GDateTime * const *times,
                           guint              n_times,
                           guint              n_daily,
                           guint              n_weekly,
                           guint              n_monthly,
                           gboolean          *keep)
{
  g_return_if_fail (times != NULL || n_times == 0);
  g_return_if_fail (keep != NULL || n_times == 0);

  for (guint i = 0; i < n_times; i++)
    {
      keep[i] = FALSE;
      g_return_if_fail (i == 0 || g_date_time_compare (times[i - 1], times[i]) >= 0);
    }

  keep_newest_per_bucket (times, n_times, day_bucket, n_daily, keep);
  keep_newest_per_bucket (times, n_times, week_bucket, n_weekly, keep);
  keep_newest_per_bucket (times, n_times, month_bucket, n_monthly, keep);
}

/**
 * mc_backup_rotate:
 * @database_path: the database the backups are of
 * @folder: the folder of the backups
 * @n_removed: (out) (optional): how many backups were removed
 * @error: return location for a #GError
 *
 * Removes the backups of @database_path in @folder that
 * mc_backup_rotation_select() does not keep, with the default numbers.
 * Other files, and other databases' backups, are left alone.
 *
 * Returns: %FALSE with @error set when the folder cannot be read or a
 *   backup cannot be removed
 */
gboolean
mc_backup_rotate (const char  *database_path,
                  const char  *folder,
                  guint       *n_removed,
                  GError     **error)
{
  g_autoptr(GPtrArray) backups = NULL;
  g_autofree GDateTime **times = NULL;
  g_autofree gboolean *keep = NULL;
  guint removed = 0;

  g_return_val_if_fail (database_path != NULL, FALSE);
  g_return_val_if_fail (folder != NULL, FALSE);

  backups = mc_backup_list (database_path, folder, error);
  if (backups == NULL)
    return FALSE;

  times = g_new0 (GDateTime *, backups->len + 1);
  keep = g_new0 (gboolean, backups->len + 1);
  for (guint i = 0; i < backups->len; i++)
    times[i] = ((McBackupInfo *) g_ptr_array_index (backups, i))->taken_at;

  mc_backup_rotation_select (times, backups->len, MC_BACKUP_KEEP_DAILY, MC_BACKUP_KEEP_WEEKLY,
                             MC_BACKUP_KEEP_MONTHLY, keep);

  for (guint i = 0; i < backups->len; i++)
    {
      const char *path = ((McBackupInfo *) g_ptr_array_index (backups, i))->path;

      if (keep[i])
        continue;

      if (g_unlink (path) != 0 && errno != ENOENT)
        {
          int saved_errno = errno;

          g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                       _("Cannot remove the old backup “%s”: %s"), path,
                       g_strerror (saved_errno));
          return FALSE;
        }
      removed++;
    }

  if (n_removed != NULL)
    *n_removed = removed;

  return TRUE;
}
