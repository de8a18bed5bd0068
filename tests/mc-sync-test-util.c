/* mc-sync-test-util.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "mc-portal-store.h"
#include "mc-sync-outbox.h"
#include "mc-sync-test-util.h"
#include "mc-vn-holidays.h"
#include "mc-working-calendar.h"

/* Helpers the sync tests share (tests/test-sync-*.c): the database, the
 * test portal of tests/portal and the worker of a workstation, and syncs
 * run as the app runs them, blocking on a thread of their own, while the
 * test portal and the worker answer on the test's main context. */

const McActor mc_sync_test_clerk = { 0, "Nguyễn Thị Lan", "Công chức",
                                     MC_STAFF_ROLE_ADMINISTRATOR, "QUAY-1" };

/* One sync on its own thread. */
typedef struct
{
  McDatabase     *db;
  const char     *url;
  const char     *password;
  McSyncTestFunc  func;
  gpointer        user_data;
  McSyncReport    report;
  GError         *error;
  gboolean        ok;
  int             done;
} Run;

static void
changed_cb (gpointer    instance,
            McSyncTest *test)
{
  test->n_changed++;
}

static gpointer
run_thread (gpointer data)
{
  Run *run = data;
  /* A client made there, as the app's. */
  g_autoptr(McPortalClient) client = mc_portal_client_new (run->url, MC_SYNC_TEST_DSTCODE,
                                                           MC_SYNC_TEST_MADONVI,
                                                           MC_SYNC_TEST_USERNAME, run->password,
                                                           &run->error);

  if (client != NULL)
    {
      mc_portal_client_set_timeout (client, 5);
      run->ok = run->func (run->db, client, &run->report, run->user_data, &run->error);
    }
  g_atomic_int_set (&run->done, 1);
  g_main_context_wakeup (NULL);
  return NULL;
}

/**
 * mc_sync_test_init:
 * @argc: main()'s
 * @argv: main()'s
 *
 * g_test_init() with isolated directories, in the user's locale.
 */
void
mc_sync_test_init (int    *argc,
                   char ***argv)
{
  setlocale (LC_ALL, "");
  /* The isolated directories hide the desktop's proxy settings' schema,
   * which GIO's default resolver reads; the test portal is on loopback. */
  g_setenv ("GIO_USE_PROXY_RESOLVER", "dummy", TRUE);
  g_test_init (argc, argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
}

/**
 * mc_sync_test_setup:
 * @test: the fixture to fill, zeroed (as g_test_add() gives it)
 * @name: the test's name, for its temporary folder
 * @db_file: the database's file name
 * @flags: what else to prepare
 *
 * Creates a temporary folder holding a new database, and what @flags
 * ask for.
 */
void
mc_sync_test_setup (McSyncTest      *test,
                    const char      *name,
                    const char      *db_file,
                    McSyncTestFlags  flags)
{
  g_autofree char *tmpl = g_strdup_printf ("mc-test-%s-XXXXXX", name);
  g_autoptr(GError) error = NULL;

  test->dir = mc_test_make_tmp_dir (tmpl);
  test->path = g_build_filename (test->dir, db_file, NULL);

  if (flags & MC_SYNC_TEST_PORTAL)
    {
      test->portal = mc_test_portal_new (MC_SYNC_TEST_USERNAME, MC_SYNC_TEST_PASSWORD,
                                         MC_SYNC_TEST_DSTCODE, MC_SYNC_TEST_MADONVI);
      test->url = mc_test_portal_listen (test->portal, 0, &error);
      g_assert_no_error (error);
    }

  if (flags & MC_SYNC_TEST_OFFICE)
    test->db = mc_test_open_office_database (test->path, TRUE);
  else
    test->db = mc_database_open (test->path, &error);
  g_assert_no_error (error);

  if (flags & (MC_SYNC_TEST_WORKER | MC_SYNC_TEST_QUEUE))
    test->worker = mc_test_open_worker (test->path);

  if (flags & MC_SYNC_TEST_QUEUE)
    {
      test->queue = mc_sync_queue_new (test->worker);
      mc_sync_test_count_changes (test, test->queue);
    }
}

/**
 * mc_sync_test_teardown:
 * @test: a fixture mc_sync_test_setup() filled
 * @data: unused: a #GTestFixtureFunc for g_test_add()
 *
 * Stops the portal and deletes the folder, with everything in it.
 */
void
mc_sync_test_teardown (McSyncTest    *test,
                       gconstpointer  data)
{
  g_clear_object (&test->queue);
  g_clear_object (&test->worker);
  g_clear_object (&test->db);
  if (test->portal != NULL)
    mc_test_portal_stop (test->portal);
  g_clear_object (&test->portal);
  g_free (test->url);
  mc_test_remove_tree (test->dir);
  g_free (test->path);
  g_free (test->dir);
}

/**
 * mc_sync_test_open_workstation:
 * @test: a fixture
 * @db_file: a file name
 *
 * Opens another workstation's database, in the folder of @test, as
 * %MC_SYNC_TEST_OFFICE does.
 *
 * Returns: (transfer full): the database
 */
McDatabase *
mc_sync_test_open_workstation (McSyncTest *test,
                               const char *db_file)
{
  g_autofree char *path = g_build_filename (test->dir, db_file, NULL);

  return mc_test_open_office_database (path, TRUE);
}

/**
 * mc_sync_test_count_changes:
 * @test: a fixture
 * @instance: an object with a "changed" signal without arguments
 *
 * Counts the "changed" of @instance in the n_changed of @test, as long
 * as @test lives.
 */
void
mc_sync_test_count_changes (McSyncTest *test,
                            gpointer    instance)
{
  g_signal_connect (instance, "changed", G_CALLBACK (changed_cb), test);
}

/**
 * mc_sync_test_save_settings:
 * @test: a fixture with %MC_SYNC_TEST_PORTAL
 *
 * Stores the test portal's address, the codes and the user name in the
 * database, as the Portal page does.
 */
void
mc_sync_test_save_settings (McSyncTest *test)
{
  g_autoptr(GError) error = NULL;
  McPortalSettings settings = { test->url, (char *) MC_SYNC_TEST_DSTCODE,
                                (char *) MC_SYNC_TEST_MADONVI, (char *) MC_SYNC_TEST_USERNAME };

  g_assert_true (mc_portal_store_save_settings (test->db, &settings, &error));
  g_assert_no_error (error);
}

/**
 * mc_sync_test_moment:
 * @day: a day of November 2026
 * @hour: an hour
 * @minute: a minute
 *
 * Returns: (transfer full): that moment in the office's time, when the
 *   sync tests take place
 */
GDateTime *
mc_sync_test_moment (int day,
                     int hour,
                     int minute)
{
  return g_date_time_new (mc_working_calendar_get_time_zone (), 2026, 11, day, hour, minute, 0);
}

/**
 * mc_sync_test_usec:
 *
 * Returns: mc_sync_test_moment() in microseconds since the epoch, as the
 *   database stores it
 */
gint64
mc_sync_test_usec (int day,
                   int hour,
                   int minute)
{
  g_autoptr(GDateTime) when = mc_sync_test_moment (day, hour, minute);

  return g_date_time_to_unix (when) * G_USEC_PER_SEC;
}

/**
 * mc_sync_test_take:
 * @db: a database
 * @code: a dossier's code
 * @action: the step
 * @day: a day of November 2026
 * @hour: the hour of the step
 *
 * Takes @action on @code, as %mc_sync_test_clerk at @hour on @day.
 */
void
mc_sync_test_take (McDatabase      *db,
                   const char      *code,
                   McDossierAction  action,
                   int              day,
                   int              hour)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) when = mc_sync_test_moment (day, hour, 0);
  McTransitionParams params = { 0, };

  g_assert_true (mc_dossier_store_transition (db, code, action, &mc_sync_test_clerk, &params,
                                              when, &error));
  g_assert_no_error (error);
}

/**
 * mc_sync_test_run:
 * @db: the database to sync, which the thread uses alone meanwhile
 * @url: the portal's address
 * @password: the password to sign in with
 * @func: the sync
 * @user_data: data for @func
 * @report: (out): what @func reported
 * @error: return location for a #GError
 *
 * Runs @func on a thread of its own with a new client of the portal,
 * made there, running this thread's main context meanwhile.
 *
 * Returns: what @func returned, %FALSE if no client could be made
 */
gboolean
mc_sync_test_run (McDatabase      *db,
                  const char      *url,
                  const char      *password,
                  McSyncTestFunc   func,
                  gpointer         user_data,
                  McSyncReport    *report,
                  GError         **error)
{
  Run run = { db, url, password, func, user_data, };
  GThread *thread = g_thread_new ("sync", run_thread, &run);

  while (!g_atomic_int_get (&run.done))
    g_main_context_iteration (NULL, TRUE);
  g_thread_join (thread);

  *report = run.report;
  if (run.error != NULL)
    g_propagate_error (error, run.error);
  return run.ok;
}

/**
 * mc_sync_test_whole_pass:
 *
 * A #McSyncTestFunc: mc_sync_pass_run().
 */
gboolean
mc_sync_test_whole_pass (McDatabase      *db,
                         McPortalClient  *client,
                         McSyncReport    *report,
                         gpointer         user_data,
                         GError         **error)
{
  return mc_sync_pass_run (db, client, report, NULL, error);
}

/**
 * mc_sync_test_pull_year:
 *
 * A #McSyncTestFunc: mc_sync_calendar_pull_year() of the year
 * GINT_TO_POINTER() put in @user_data.
 */
gboolean
mc_sync_test_pull_year (McDatabase      *db,
                        McPortalClient  *client,
                        McSyncReport    *report,
                        gpointer         user_data,
                        GError         **error)
{
  return mc_sync_calendar_pull_year (db, client, GPOINTER_TO_INT (user_data), report, NULL,
                                     error);
}

/**
 * mc_sync_test_run_pass:
 * @db: the database to sync
 * @url: the portal's address
 * @report: (out): what the pass did
 * @error: return location for a #GError
 *
 * Runs a whole pass with mc_sync_test_run(), with the right password.
 *
 * Returns: whether the pass succeeded
 */
gboolean
mc_sync_test_run_pass (McDatabase    *db,
                       const char    *url,
                       McSyncReport  *report,
                       GError       **error)
{
  return mc_sync_test_run (db, url, MC_SYNC_TEST_PASSWORD, mc_sync_test_whole_pass, NULL, report,
                           error);
}

/**
 * mc_sync_test_assert_outbox_empty:
 * @db: a database
 *
 * Asserts that nothing of @db waits for the portal or was refused by it.
 */
void
mc_sync_test_assert_outbox_empty (McDatabase *db)
{
  g_autoptr(GError) error = NULL;
  McSyncCounts counts;

  g_assert_true (mc_sync_outbox_count (db, &counts, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (counts.dossiers_pending, ==, 0);
  g_assert_cmpuint (counts.dossiers_rejected, ==, 0);
  g_assert_cmpuint (counts.dossiers_conflict, ==, 0);
  g_assert_cmpuint (counts.steps_pending, ==, 0);
  g_assert_cmpuint (counts.steps_rejected, ==, 0);
}

/**
 * mc_sync_test_add_day:
 * @days: a calendar
 * @date: (nullable): the day, "yyyyMMdd" (Ngay), or %NULL to leave it out
 * @kind: "nghi" or "lambu" (Loai)
 * @note: (nullable): the reason (GhiChu), or %NULL to leave it out
 *
 * Adds a day to a calendar in the portal's shape.
 */
void
mc_sync_test_add_day (JsonArray  *days,
                      const char *date,
                      const char *kind,
                      const char *note)
{
  JsonObject *day = json_object_new ();

  if (date != NULL)
    json_object_set_string_member (day, "Ngay", date);
  json_object_set_string_member (day, "Loai", kind);
  if (note != NULL)
    json_object_set_string_member (day, "GhiChu", note);
  json_array_add_object_element (days, day);
}

/**
 * mc_sync_test_statutory_days:
 * @year: a year
 * @skip: (nullable): a day to leave out, "yyyyMMdd"
 *
 * Returns: (transfer full): the days the statutory rules give @year, as
 *   the portal would send them, but @skip
 */
JsonArray *
mc_sync_test_statutory_days (int         year,
                             const char *skip)
{
  g_autoptr(GArray) entries = mc_vn_holidays_generate (year);
  JsonArray *days = json_array_new ();

  for (guint i = 0; i < entries->len; i++)
    {
      const McCalendarEntry *entry = &g_array_index (entries, McCalendarEntry, i);
      g_autofree char *date = g_strdup_printf ("%04u%02u%02u", g_date_get_year (&entry->date),
                                               g_date_get_month (&entry->date),
                                               g_date_get_day (&entry->date));

      if (g_strcmp0 (date, skip) != 0)
        mc_sync_test_add_day (days, date, entry->kind == MC_DAY_OFF ? "nghi" : "lambu",
                              entry->reason);
    }

  return days;
}

/**
 * mc_sync_test_find_difference:
 * @differences: the differences of the calendar
 * @iso: a day, "YYYY-MM-DD"
 *
 * Returns: (transfer none) (nullable): the difference of @iso, if any
 */
McCalendarDifference *
mc_sync_test_find_difference (GPtrArray  *differences,
                              const char *iso)
{
  GDate date;

  mc_test_set_date (&date, iso);
  for (guint i = 0; i < differences->len; i++)
    {
      McCalendarDifference *difference = g_ptr_array_index (differences, i);

      if (g_date_compare (&difference->date, &date) == 0)
        return difference;
    }
  return NULL;
}
