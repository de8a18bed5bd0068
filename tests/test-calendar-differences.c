/* test-calendar-differences.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "mc-calendar.h"
#include "mc-error.h"
#include "mc-sync-test-util.h"

/* The differences between an administrator's edits and the official
 * calendar pulled from the portal, as the Working Calendar page lists and
 * settles them: through McCalendar on the database worker, with
 * "changed" after each choice. The edits go through McCalendar too; the
 * pull runs as the sync's does, on a thread and a connection of its own,
 * against the test portal on this thread's main context. */

/* A year no notice is bundled for: generated from the statutory rules. */
#define YEAR 2029

typedef struct
{
  McSyncTest  base;        /* base.db: the sync's connection */
  McCalendar *calendar;    /* its "changed" counted in base.n_changed */
} Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  mc_sync_test_setup (&fixture->base, "calendar-differences", "motcua.db",
                      MC_SYNC_TEST_PORTAL | MC_SYNC_TEST_WORKER);
  fixture->calendar = mc_calendar_new (fixture->base.worker);
  mc_sync_test_count_changes (&fixture->base, fixture->calendar);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_clear_object (&fixture->calendar);
  mc_sync_test_teardown (&fixture->base, NULL);
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

  mc_calendar_list_year_async (fixture->calendar, YEAR, NULL, mc_test_got_result_cb, &result);
  days = mc_calendar_list_year_finish (fixture->calendar, mc_test_wait_for_result (&result), NULL,
                                       &error);
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

  mc_test_set_date (&date, iso);
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

  mc_test_set_date (&date, iso);
  mc_calendar_set_day_async (fixture->calendar, &date, kind, reason, NULL, mc_test_got_result_cb,
                             &result);
  g_assert_true (mc_calendar_set_day_finish (fixture->calendar, mc_test_wait_for_result (&result),
                                             &error));
  g_assert_no_error (error);
}

static void
admin_removes (Fixture    *fixture,
               const char *iso)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  GDate date;

  mc_test_set_date (&date, iso);
  mc_calendar_remove_day_async (fixture->calendar, &date, NULL, mc_test_got_result_cb, &result);
  g_assert_true (mc_calendar_remove_day_finish (fixture->calendar,
                                                mc_test_wait_for_result (&result), &error));
  g_assert_no_error (error);
}

static GPtrArray *
list_differences (Fixture *fixture)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *differences;

  mc_calendar_list_differences_async (fixture->calendar, NULL, mc_test_got_result_cb, &result);
  differences = mc_calendar_list_differences_finish (fixture->calendar,
                                                     mc_test_wait_for_result (&result), &error);
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

  mc_test_set_date (&date, iso);
  mc_calendar_settle_difference_async (fixture->calendar, &date, accept, cancellable,
                                       mc_test_got_result_cb, &result);
  /* Given up on at once: the choice is still carried out. */
  if (cancellable != NULL)
    g_cancellable_cancel (cancellable);
  return mc_calendar_settle_difference_finish (fixture->calendar,
                                               mc_test_wait_for_result (&result), error);
}

/*
 * The pull, as the sync runs it
 */

/* On a thread and a connection of its own. */
static void
pull (Fixture      *fixture,
      McSyncReport *report)
{
  g_autoptr(GError) error = NULL;
  gboolean ok;

  ok = mc_sync_test_run (fixture->base.db, fixture->base.url, MC_SYNC_TEST_PASSWORD,
                         mc_sync_test_pull_year, GINT_TO_POINTER (YEAR), report, &error);
  g_assert_no_error (error);
  g_assert_true (ok);
}

/* The portal's notice of YEAR: the statutory days, and a provincial
 * festival on Tuesday 5 June. */
static void
publish_notice (Fixture *fixture)
{
  g_autoptr(JsonArray) days = mc_sync_test_statutory_days (YEAR, NULL);

  mc_sync_test_add_day (days, "20290605", "nghi", "Ngày hội của tỉnh");
  mc_test_portal_set_calendar (fixture->base.portal, YEAR, days);
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
  g_assert_cmpuint (fixture->base.n_changed, ==, 1);
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
  g_assert_cmpuint (fixture->base.n_changed, ==, 3);

  publish_notice (fixture);
  pull (fixture, &report);
  g_assert_cmpuint (report.calendar_differences, ==, 3);

  /* Listing changes nothing. */
  fixture->base.n_changed = 0;
  differences = list_differences (fixture);
  g_assert_cmpuint (differences->len, ==, 3);
  g_assert_cmpuint (fixture->base.n_changed, ==, 0);

  difference = g_ptr_array_index (differences, 0);
  g_assert_cmpuint (g_date_get_month (&difference->date), ==, 3);
  g_assert_cmpuint (g_date_get_day (&difference->date), ==, 7);
  g_assert_true (difference->has_local);
  g_assert_cmpint (difference->local_kind, ==, MC_DAY_OFF);
  g_assert_cmpstr (difference->local_reason, ==, "Lễ hội làng");
  g_assert_cmpint (difference->local_source, ==, MC_CALENDAR_SOURCE_ADMINISTRATOR);
  g_assert_false (difference->has_portal);

  difference = mc_sync_test_find_difference (differences, "2029-03-10");
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
  g_assert_cmpuint (fixture->base.n_changed, ==, 1);
  day = stored_day (fixture, "2029-05-01");
  g_assert_nonnull (day);
  g_assert_cmpint (day->kind, ==, MC_DAY_OFF);
  g_assert_cmpint (day->source, ==, MC_CALENDAR_SOURCE_PORTAL);
  g_clear_pointer (&day, mc_calendar_day_free);

  /* The festival: ours. */
  g_assert_true (settle (fixture, "2029-03-07", FALSE, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (fixture->base.n_changed, ==, 2);
  day = stored_day (fixture, "2029-03-07");
  g_assert_nonnull (day);
  g_assert_cmpint (day->kind, ==, MC_DAY_OFF);
  g_assert_cmpstr (day->reason, ==, "Lễ hội làng");
  g_assert_cmpint (day->source, ==, MC_CALENDAR_SOURCE_ADMINISTRATOR);
  g_clear_pointer (&day, mc_calendar_day_free);

  differences = list_differences (fixture);
  g_assert_cmpuint (differences->len, ==, 1);
  g_assert_nonnull (mc_sync_test_find_difference (differences, "2029-03-10"));
  g_clear_pointer (&differences, g_ptr_array_unref);

  /* Nothing to settle where both agree, or twice: refused, unannounced. */
  g_assert_false (settle (fixture, "2029-01-01", TRUE, NULL, &error));
  g_assert_error (error, MC_ERROR, MC_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (settle (fixture, "2029-05-01", FALSE, NULL, &error));
  g_assert_error (error, MC_ERROR, MC_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpuint (fixture->base.n_changed, ==, 2);

  /* A choice whose caller gave up is still made, and announced. */
  g_assert_false (settle (fixture, "2029-03-10", TRUE, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);
  g_assert_cmpuint (fixture->base.n_changed, ==, 3);
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
  mc_sync_test_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add ("/calendar-differences/" path, Fixture, NULL, fixture_setup, func, \
              fixture_teardown)
  ADD ("none", test_none);
  ADD ("settle", test_settle);
#undef ADD

  return g_test_run ();
}
