/* test-backup-service.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* McBackupService: the daily backup on a simulated clock (one at once,
 * none the same day, one when the newest is a day old, a failure told
 * when the folder is missing), and one backup at a time. */

#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "mc-audit.h"
#include "mc-backup-service.h"
#include "mc-backup-store.h"
#include "mc-test-util.h"

static const McActor admin = { 0, "Quản trị", "", MC_STAFF_ROLE_ADMINISTRATOR, "QUAY-2" };

typedef struct
{
  char *dir;
  char *path;     /* the database */
  char *folder;   /* the backups' folder, on "the USB disk" */
} Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(McDatabase) db = NULL;

  fixture->dir = mc_test_make_tmp_dir ("mc-test-backup-service-XXXXXX");
  fixture->path = g_build_filename (fixture->dir, "motcua.sqlite", NULL);
  fixture->folder = g_build_filename (fixture->dir, "usb", NULL);
  g_assert_cmpint (g_mkdir (fixture->folder, 0700), ==, 0);
  db = mc_test_open_office_database (fixture->path, TRUE);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  mc_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->folder);
}

static guint
count_files (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  guint n = 0;

  g_assert_nonnull (handle);
  while (g_dir_read_name (handle) != NULL)
    n++;

  return n;
}

/*
 * The daily timer, on a simulated clock
 */

typedef struct
{
  GDateTime *now;
  guint      failures;
  gboolean   automatic;
} Clock;

static GDateTime *
clock_now (gpointer user_data)
{
  Clock *clock = user_data;

  return g_date_time_ref (clock->now);
}

static void
advance (Clock *clock,
         int    hours)
{
  GDateTime *later = g_date_time_add_hours (clock->now, hours);

  g_date_time_unref (clock->now);
  clock->now = later;
}

static void
failed_cb (McBackupService *service,
           const char      *message,
           gboolean         automatic,
           Clock           *clock)
{
  clock->failures++;
  clock->automatic = automatic;
}

static void
spin (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

static void
wait_for_backups (McBackupService *service,
                  const char      *folder,
                  guint            n)
{
  gint64 end = g_get_monotonic_time () + 20 * G_TIME_SPAN_SECOND;

  while (count_files (folder) != n || mc_backup_service_get_busy (service))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, end);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

static void
test_service_daily (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(McBackupService) service = NULL;
  g_autoptr(McBackupService) same = NULL;
  g_autoptr(McDatabase) db = NULL;
  g_autofree char *missing = g_build_filename (fixture->dir, "unplugged", NULL);
  Clock clock = { g_date_time_new_local (2026, 11, 2, 7, 0, 0), 0, FALSE };
  gint64 end;

  db = mc_database_open (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_true (mc_backup_store_set_folder (db, fixture->folder, &error));

  service = mc_backup_service_ref_for_database (fixture->path);
  same = mc_backup_service_ref_for_database (fixture->path);
  g_assert_true (service == same);
  mc_backup_service_set_clock (service, clock_now, &clock);
  mc_backup_service_set_check_interval (service, 0, 1);
  g_signal_connect (service, "failed", G_CALLBACK (failed_cb), &clock);
  mc_backup_service_start (service);

  /* No backup yet: one at once. */
  wait_for_backups (service, fixture->folder, 1);
  g_assert_cmpstr (mc_backup_service_get_folder (service), ==, fixture->folder);
  g_assert_nonnull (mc_backup_service_get_last_backup (service));
  g_assert_true (g_date_time_equal (mc_backup_service_get_last_backup (service), clock.now));

  /* Not again the same day, whatever the number of looks. */
  advance (&clock, 20);
  spin (2500);
  g_assert_cmpuint (count_files (fixture->folder), ==, 1);

  /* Once the newest is a day old. */
  advance (&clock, 5);
  wait_for_backups (service, fixture->folder, 2);
  g_assert_true (g_date_time_equal (mc_backup_service_get_last_backup (service), clock.now));
  g_assert_null (mc_backup_service_get_last_error (service));

  /* Both in the audit trail, in the name of the system account. */
  {
    g_autofree char *sql = g_strdup_printf (
      "SELECT count(*) FROM audit_entry WHERE kind = 'backup.create' AND actor_name = '%s' "
      "AND actor_id IS NULL", g_get_user_name ());

    g_assert_cmpint (mc_test_query_int (db, sql), ==, 2);
  }

  /* A USB disk unplugged: the failure is told, nothing written. */
  g_assert_true (mc_backup_store_set_folder (db, missing, &error));
  advance (&clock, 25);
  end = g_get_monotonic_time () + 20 * G_TIME_SPAN_SECOND;
  while (mc_backup_service_get_last_error (service) == NULL)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, end);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  g_assert_nonnull (strstr (mc_backup_service_get_last_error (service), missing));
  g_assert_cmpuint (clock.failures, >=, 1);
  g_assert_true (clock.automatic);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (count_files (fixture->folder), ==, 2);

  mc_backup_service_stop (service);
  g_date_time_unref (clock.now);
}

static void
backed_up_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  GPtrArray *answers = user_data;
  g_autoptr(McBackupInfo) info = NULL;
  GError *error = NULL;

  info = mc_backup_service_back_up_finish (MC_BACKUP_SERVICE (object), result, &error);
  g_ptr_array_add (answers, error);
}

static void
free_answer (gpointer data)
{
  if (data != NULL)
    g_error_free (data);
}

static void
test_service_one_at_a_time (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(McBackupService) service = NULL;
  g_autoptr(GPtrArray) answers = g_ptr_array_new_with_free_func (free_answer);
  gint64 end = g_get_monotonic_time () + 20 * G_TIME_SPAN_SECOND;
  guint refused = 0;

  service = mc_backup_service_ref_for_database (fixture->path);

  mc_backup_service_back_up_async (service, NULL, NULL, backed_up_cb, answers);
  g_assert_true (mc_backup_service_get_busy (service));
  mc_backup_service_back_up_async (service, NULL, NULL, backed_up_cb, answers);

  while (answers->len < 2)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, end);
      g_main_context_iteration (NULL, TRUE);
    }

  for (guint i = 0; i < answers->len; i++)
    if (g_ptr_array_index (answers, i) != NULL)
      {
        g_assert_error ((GError *) g_ptr_array_index (answers, i), G_IO_ERROR, G_IO_ERROR_BUSY);
        refused++;
      }
  g_assert_cmpuint (refused, ==, 1);
  g_assert_false (mc_backup_service_get_busy (service));
}

typedef struct
{
  gboolean      done;
  McBackupInfo *info;
  char         *kept_copy;
  char         *signalled_backup;
  char         *signalled_copy;
  GError       *error;
} Restore;

static void
restored_signal_cb (McBackupService *service,
                    const char      *backup,
                    const char      *kept_copy,
                    Restore         *restore)
{
  /* Before the caller's answer. */
  g_assert_false (restore->done);
  restore->signalled_backup = g_strdup (backup);
  restore->signalled_copy = g_strdup (kept_copy);
}

static void
restored_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  Restore *restore = user_data;

  restore->info = mc_backup_service_restore_finish (MC_BACKUP_SERVICE (object), result,
                                                    &restore->kept_copy, &restore->error);
  restore->done = TRUE;
}

static void
backed_up_info_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  McBackupInfo **info = user_data;
  g_autoptr(GError) error = NULL;

  *info = mc_backup_service_back_up_finish (MC_BACKUP_SERVICE (object), result, &error);
  g_assert_no_error (error);
}

static void
test_service_restore (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(McBackupService) service = mc_backup_service_ref_for_database (fixture->path);
  g_autoptr(McBackupInfo) backup = NULL;
  g_autoptr(McDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  Restore restore = { FALSE, };
  gint64 end = g_get_monotonic_time () + 20 * G_TIME_SPAN_SECOND;

  mc_backup_service_back_up_async (service, &admin, NULL, backed_up_info_cb, &backup);
  while (backup == NULL)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, end);
      g_main_context_iteration (NULL, TRUE);
    }
  g_assert_true (g_date_time_equal (mc_backup_service_get_last_backup (service),
                                    backup->taken_at));

  /* A change after the backup, undone by the restore. */
  db = mc_database_open (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_true (mc_database_exec (db, "DELETE FROM procedure_search", &error));
  g_assert_cmpint (mc_test_query_int (db, "SELECT count(*) FROM procedure_search"), ==, 0);

  g_signal_connect (service, "restored", G_CALLBACK (restored_signal_cb), &restore);
  mc_backup_service_restore_async (service, backup->path, &admin, NULL, restored_cb, &restore);
  g_assert_true (mc_backup_service_get_busy (service));
  while (!restore.done)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, end);
      g_main_context_iteration (NULL, TRUE);
    }

  g_assert_no_error (restore.error);
  g_assert_cmpstr (restore.info->path, ==, backup->path);
  g_assert_nonnull (restore.kept_copy);
  g_assert_cmpstr (restore.signalled_backup, ==, backup->path);
  g_assert_cmpstr (restore.signalled_copy, ==, restore.kept_copy);
  g_assert_true (g_file_test (restore.kept_copy, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpint (mc_test_query_int (db, "SELECT count(*) FROM procedure_search"), >, 0);
  g_assert_false (mc_backup_service_get_busy (service));

  /* Who restored what is in the restored database's audit trail, after
   * the backup's own entries. */
  {
    g_autofree char *entry = mc_test_query_text (db,
      "SELECT kind || '|' || actor_name || '|' || workstation || '|' || "
      "json_extract (details, '$.kept_copy') FROM audit_entry ORDER BY id DESC LIMIT 1");
    g_autofree char *expected = g_strdup_printf ("%s|Quản trị|QUAY-2|%s",
                                                 MC_AUDIT_BACKUP_RESTORE, restore.kept_copy);

    g_assert_cmpstr (entry, ==, expected);
  }

  g_signal_handlers_disconnect_by_data (service, &restore);
  mc_backup_info_free (restore.info);
  g_free (restore.kept_copy);
  g_free (restore.signalled_backup);
  g_free (restore.signalled_copy);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add ("/backup-service/daily", Fixture, NULL, fixture_setup, test_service_daily,
              fixture_teardown);
  g_test_add ("/backup-service/one-at-a-time", Fixture, NULL, fixture_setup,
              test_service_one_at_a_time, fixture_teardown);
  g_test_add ("/backup-service/restore", Fixture, NULL, fixture_setup, test_service_restore,
              fixture_teardown);

  return g_test_run ();
}
