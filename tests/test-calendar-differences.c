/* test-calendar-differences.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <stdio.h>

#include "mc-calendar.h"
#include "mc-error.h"
#include "mc-sync-calendar.h"
#include "mc-test-portal.h"
#include "mc-test-util.h"
#include "mc-vn-holidays.h"

/* The differences between an administrator's edits and the official
 * calendar pulled from the portal, as the Working Calendar page lists and
 * settles them: through McCalendar on the database worker, with
 * "changed" after each choice. The edits go through McCalendar too; the
 * pull runs as the sync's does, on a thread and a connection of its own,
 * against the test portal on this thread's main context. */

#define USERNAME "motcua-tanlap"
#define PASSWORD "mat-khau-cong"
#define DSTCODE "H56.LGSP"
#define MADONVI MC_TEST_AGENCY

/* A year no notice is bundled for: generated from the statutory rules. */
#define YEAR 2029

typedef struct
{
  char         *dir;
  McTestPortal *portal;
  char         *url;
  McDatabase   *db;          /* the sync's connection */
  McDbWorker   *worker;
  McCalendar   *calendar;
  guint         n_changed;
} Fixture;

/*
 * Waiting for the worker
 */

static void
got_result_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  GAsyncResult **slot = user_data;

  *slot = g_object_ref (result);
}

static GAsyncResult *
wait_for (GAsyncResult **slot)
{
  while (*slot == NULL)
    g_main_context_iteration (NULL, TRUE);
  return *slot;
}

static void
changed_cb (McCalendar *calendar,
            Fixture    *fixture)
{
  fixture->n_changed++;
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  fixture->dir = mc_test_make_tmp_dir ("mc-test-calendar-differences-XXXXXX");
  path = g_build_filename (fixture->dir, "motcua.db", NULL);
  fixture->portal = mc_test_portal_new (USERNAME, PASSWORD, DSTCODE, MADONVI);
  fixture->url = mc_test_portal_listen (fixture->portal, 0, &error);
  g_assert_no_error (error);
  fixture->db = mc_database_open (path, &error);
  g_assert_no_error (error);

  fixture->worker = mc_db_worker_new ();
  mc_db_worker_open_async (fixture->worker, path, NULL, got_result_cb, &result);
  g_assert_true (mc_db_worker_open_finish (fixture->worker, wait_for (&result), &error));
  g_assert_no_error (error);

  fixture->calendar = mc_calendar_new (fixture->worker);
  g_signal_connect (fixture->calendar, "changed", G_CALLBACK (changed_cb), fixture);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_clear_object (&fixture->calendar);
  g_clear_object (&fixture->worker);
  g_clear_object (&fixture->db);
  mc_test_portal_stop (fixture->portal);
  g_clear_object (&fixture->portal);
  g_free (fixture->url);
  mc_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static void
set_date (GDate      *date,
          const char *iso)
{
  guint y, m, d;

  g_assert_cmpint (sscanf (iso, "%4u-%2u-%2u", &y, &m, &d), ==, 3);
  g_date_clear (date, 1);
  g_date_set_dmy (date, d, m, y);
}

/*
 * McCalendar, waited for
 */

static GPtrArray *
list_year (Fixture *fixture)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *days;

  mc_calendar_list_year_async (fixture->calendar, YEAR, NULL, got_result_cb, &result);
  days = mc_calendar_list_year_finish (fixture->calendar, wait_for (&result), NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (days);
  return days;
}

/* The entry of @iso as the worker reads it, or NULL when the day follows
 * the weekly rule. */
static McCalendarDay *
stored_day (Fixture    *fixture,
            const char *iso)
{
  g_autoptr(GPtrArray) days = list_year (fixture);
  GDate date;

  set_date (&date, iso);
  for (guint i = 0; i < days->len; i++)
    {
      McCalendarDay *day = g_ptr_array_index (days, i);

      if (g_date_compare (&day->date, &date) == 0)
        return g_ptr_array_steal_index (days, i);
    }
  return NULL;
}

static void
admin_sets (Fixture    *fixture,
            const char *iso,
            McDayKind   kind,
            const char *reason)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  GDate date;

  set_date (&date, iso);
  mc_calendar_set_day_async (fixture->calendar, &date, kind, reason, NULL, got_result_cb,
                             &result);
  g_assert_true (mc_calendar_set_day_finish (fixture->calendar, wait_for (&result), &error));
  g_assert_no_error (error);
}

static void
admin_removes (Fixture    *fixture,
               const char *iso)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  GDate date;

  set_date (&date, iso);
  mc_calendar_remove_day_async (fixture->calendar, &date, NULL, got_result_cb, &result);
  g_assert_true (mc_calendar_remove_day_finish (fixture->calendar, wait_for (&result), &error));
  g_assert_no_error (error);
}

static GPtrArray *
list_differences (Fixture *fixture)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *differences;

  mc_calendar_list_differences_async (fixture->calendar, NULL, got_result_cb, &result);
  differences = mc_calendar_list_differences_finish (fixture->calendar, wait_for (&result),
                                                     &error);
  g_assert_no_error (error);
  g_assert_nonnull (differences);
  return differences;
}

static gboolean
settle (Fixture       *fixture,
        const char    *iso,
        gboolean       accept,
        GCancellable  *cancellable,
        GError       **error)
{
  g_autoptr(GAsyncResult) result = NULL;
  GDate date;

  set_date (&date, iso);
  mc_calendar_settle_difference_async (fixture->calendar, &date, accept, cancellable,
                                       got_result_cb, &result);
  /* Given up on at once: the choice is still carried out. */
  if (cancellable != NULL)
    g_cancellable_cancel (cancellable);
  return mc_calendar_settle_difference_finish (fixture->calendar, wait_for (&result), error);
}

static McCalendarDifference *
find_difference (GPtrArray  *differences,
                 const char *iso)
{
  GDate date;

  set_date (&date, iso);
  for (guint i = 0; i < differences->len; i++)
    {
      McCalendarDifference *difference = g_ptr_array_index (differences, i);

      if (g_date_compare (&difference->date, &date) == 0)
        return difference;
    }
  return NULL;
}

/*
 * The pull, as the sync runs it
 */

typedef struct
{
  Fixture      *fixture;
  McSyncReport  report;
  GError       *error;
  gboolean      ok;
  int           done;
} Pull;

static gpointer
pull_thread (gpointer data)
{
  Pull *pull = data;
  g_autoptr(McPortalClient) client = mc_portal_client_new (pull->fixture->url, DSTCODE, MADONVI,
                                                           USERNAME, PASSWORD, &pull->error);

  if (client != NULL)
    {
      mc_portal_client_set_timeout (client, 5);
      pull->ok = mc_sync_calendar_pull_year (pull->fixture->db, client, YEAR, &pull->report,
                                             NULL, &pull->error);
    }
  g_atomic_int_set (&pull->done, 1);
  g_main_context_wakeup (NULL);
  return NULL;
}

static void
pull (Fixture      *fixture,
      McSyncReport *report)
{
  Pull pull = { fixture, };
  GThread *thread = g_thread_new ("sync", pull_thread, &pull);

  while (!g_atomic_int_get (&pull.done))
    g_main_context_iteration (NULL, TRUE);
  g_thread_join (thread);

  g_assert_no_error (pull.error);
  g_assert_true (pull.ok);
  *report = pull.report;
}

static void
add_day (JsonArray  *days,
         const char *date,
         const char *kind,
         const char *note)
{
  JsonObject *day = json_object_new ();

  json_object_set_string_member (day, "Ngay", date);
  json_object_set_string_member (day, "Loai", kind);
  json_object_set_string_member (day, "GhiChu", note);
  json_array_add_object_element (days, day);
}

/* The portal's notice of YEAR: the statutory days, and a provincial
 * festival on Tuesday 5 June. */
static void
publish_notice (Fixture *fixture)
{
  g_autoptr(GArray) entries = mc_vn_holidays_generate (YEAR);
  g_autoptr(JsonArray) days = json_array_new ();

  for (guint i = 0; i < entries->len; i++)
    {
      const McCalendarEntry *entry = &g_array_index (entries, McCalendarEntry, i);
      g_autofree char *date = g_strdup_printf ("%04u%02u%02u", g_date_get_year (&entry->date),
                                               g_date_get_month (&entry->date),
                                               g_date_get_day (&entry->date));

      add_day (days, date, entry->kind == MC_DAY_OFF ? "nghi" : "lambu", entry->reason);
    }
  add_day (days, "20290605", "nghi", "Ngày hội của tỉnh");
  mc_test_portal_set_calendar (fixture->portal, YEAR, days);
}

/*
 * Tests
 */

/* Without a pull, nothing differs: an empty list, not an error. */
static void
test_none (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(GPtrArray) differences = NULL;
  g_autoptr(GPtrArray) days = list_year (fixture);

  admin_sets (fixture, "2029-03-07", MC_DAY_OFF, "Lễ hội làng");
  differences = list_differences (fixture);
  g_assert_cmpuint (differences->len, ==, 0);
  g_assert_cmpuint (fixture->n_changed, ==, 1);
}

/* Listed with both values; the portal's taken, the administrator's kept,
 * each announced; the choices hold at the next pull. */
static void
test_settle (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GPtrArray) days = list_year (fixture);
  g_autoptr(GPtrArray) differences = NULL;
  g_autoptr(McCalendarDay) day = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  McCalendarDifference *difference;
  McSyncReport report;

  /* As an administrator would on the Working Calendar page: a village
   * festival, a Saturday worked, Labour Day taken away. */
  admin_sets (fixture, "2029-03-07", MC_DAY_OFF, "Lễ hội làng");
  admin_sets (fixture, "2029-03-10", MC_DAY_MAKEUP_WORKDAY, "Làm bù của xã");
  admin_removes (fixture, "2029-05-01");
  g_assert_cmpuint (fixture->n_changed, ==, 3);

  publish_notice (fixture);
  pull (fixture, &report);
  g_assert_cmpuint (report.calendar_differences, ==, 3);

  /* Listing changes nothing. */
  fixture->n_changed = 0;
  differences = list_differences (fixture);
  g_assert_cmpuint (differences->len, ==, 3);
  g_assert_cmpuint (fixture->n_changed, ==, 0);

  difference = g_ptr_array_index (differences, 0);
  g_assert_cmpuint (g_date_get_month (&difference->date), ==, 3);
  g_assert_cmpuint (g_date_get_day (&difference->date), ==, 7);
  g_assert_true (difference->has_local);
  g_assert_cmpint (difference->local_kind, ==, MC_DAY_OFF);
  g_assert_cmpstr (difference->local_reason, ==, "Lễ hội làng");
  g_assert_cmpint (difference->local_source, ==, MC_CALENDAR_SOURCE_ADMINISTRATOR);
  g_assert_false (difference->has_portal);

  difference = find_difference (differences, "2029-03-10");
  g_assert_nonnull (difference);
  g_assert_cmpint (difference->local_kind, ==, MC_DAY_MAKEUP_WORKDAY);
  g_assert_false (difference->has_portal);

  difference = g_ptr_array_index (differences, 2);
  g_assert_cmpuint (g_date_get_month (&difference->date), ==, 5);
  g_assert_cmpuint (g_date_get_day (&difference->date), ==, 1);
  g_assert_false (difference->has_local);
  g_assert_true (difference->has_portal);
  g_assert_cmpint (difference->portal_kind, ==, MC_DAY_OFF);
  g_assert_cmpstr (difference->portal_reason, !=, "");
  g_clear_pointer (&differences, g_ptr_array_unref);

  /* The pull left the local values, and applied the rest. */
  g_assert_null (stored_day (fixture, "2029-05-01"));
  day = stored_day (fixture, "2029-06-05");
  g_assert_nonnull (day);
  g_assert_cmpint (day->source, ==, MC_CALENDAR_SOURCE_PORTAL);
  g_clear_pointer (&day, mc_calendar_day_free);

  /* Labour Day: the portal's. */
  g_assert_true (settle (fixture, "2029-05-01", TRUE, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (fixture->n_changed, ==, 1);
  day = stored_day (fixture, "2029-05-01");
  g_assert_nonnull (day);
  g_assert_cmpint (day->kind, ==, MC_DAY_OFF);
  g_assert_cmpint (day->source, ==, MC_CALENDAR_SOURCE_PORTAL);
  g_clear_pointer (&day, mc_calendar_day_free);

  /* The festival: ours. */
  g_assert_true (settle (fixture, "2029-03-07", FALSE, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (fixture->n_changed, ==, 2);
  day = stored_day (fixture, "2029-03-07");
  g_assert_nonnull (day);
  g_assert_cmpint (day->kind, ==, MC_DAY_OFF);
  g_assert_cmpstr (day->reason, ==, "Lễ hội làng");
  g_assert_cmpint (day->source, ==, MC_CALENDAR_SOURCE_ADMINISTRATOR);
  g_clear_pointer (&day, mc_calendar_day_free);

  differences = list_differences (fixture);
  g_assert_cmpuint (differences->len, ==, 1);
  g_assert_nonnull (find_difference (differences, "2029-03-10"));
  g_clear_pointer (&differences, g_ptr_array_unref);

  /* Nothing to settle where both agree, or twice: refused, unannounced. */
  g_assert_false (settle (fixture, "2029-01-01", TRUE, NULL, &error));
  g_assert_error (error, MC_ERROR, MC_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (settle (fixture, "2029-05-01", FALSE, NULL, &error));
  g_assert_error (error, MC_ERROR, MC_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpuint (fixture->n_changed, ==, 2);

  /* A choice whose caller gave up is still made, and announced. */
  g_assert_false (settle (fixture, "2029-03-10", TRUE, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);
  g_assert_cmpuint (fixture->n_changed, ==, 3);
  g_assert_null (stored_day (fixture, "2029-03-10"));

  differences = list_differences (fixture);
  g_assert_cmpuint (differences->len, ==, 0);

  /* Pulled again: the choices hold. */
  pull (fixture, &report);
  g_assert_cmpuint (report.calendar_differences, ==, 0);
  g_assert_cmpuint (report.calendar_changed, ==, 0);
  day = stored_day (fixture, "2029-03-07");
  g_assert_nonnull (day);
  g_assert_cmpint (day->source, ==, MC_CALENDAR_SOURCE_ADMINISTRATOR);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  /* The isolated directories hide the desktop's proxy settings' schema,
   * which GIO's default resolver reads; the test portal is on loopback. */
  g_setenv ("GIO_USE_PROXY_RESOLVER", "dummy", TRUE);
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add ("/calendar-differences/" path, Fixture, NULL, fixture_setup, func, \
              fixture_teardown)
  ADD ("none", test_none);
  ADD ("settle", test_settle);
#undef ADD

  return g_test_run ();
}
