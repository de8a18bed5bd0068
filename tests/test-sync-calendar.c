/* test-sync-calendar.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "mc-calendar-store.h"
#include "mc-error.h"
#include "mc-sync-test-util.h"
#include "mc-vn-holidays.h"
#include "mc-working-calendar.h"

/* The official calendar pulled from the portal (LayLichNghi): new
 * holidays and make-up Saturdays reach the deadline arithmetic, days the
 * portal dropped go, an administrator's edits stay with the portal's
 * differing value listed beside them until accepted or kept, and invalid
 * days are skipped.
 *
 * The test portal answers on this thread's main context; the pulls run
 * blocking, as in the app, on a thread of their own. */

/* An empty database, and the test portal. */
typedef McSyncTest Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  mc_sync_test_setup (fixture, "sync-calendar", "motcua.db", MC_SYNC_TEST_PORTAL);
  mc_test_portal_set_timeout_delay (fixture->portal, 50);
}

/* One pull of @year, or a whole pass for 0, on its own thread, as the
 * app's. */
static gboolean
run_pull (Fixture       *fixture,
          int            year,
          McSyncReport  *report,
          GError       **error)
{
  if (year == 0)
    return mc_sync_test_run_pass (fixture->db, fixture->url, report, error);
  return mc_sync_test_run (fixture->db, fixture->url, MC_SYNC_TEST_PASSWORD,
                           mc_sync_test_pull_year, GINT_TO_POINTER (year), report, error);
}

static void
pull_ok (Fixture      *fixture,
         int           year,
         McSyncReport *report)
{
  g_autoptr(GError) error = NULL;

  memset (report, 0, sizeof *report);
  g_assert_true (run_pull (fixture, year, report, &error));
  g_assert_no_error (error);
}

/*
 * The portal's days
 */

/* The last day the rules give @year, "yyyyMMdd". */
static char *
last_statutory_day (int year)
{
  g_autoptr(GArray) entries = mc_vn_holidays_generate (year);
  const McCalendarEntry *entry = &g_array_index (entries, McCalendarEntry, entries->len - 1);

  return g_strdup_printf ("%04u%02u%02u", g_date_get_year (&entry->date),
                          g_date_get_month (&entry->date), g_date_get_day (&entry->date));
}

/*
 * The local side
 */

/* The kind of @iso in the calendar, -1 when it follows the weekly rule. */
static gint64
kind_of (Fixture    *fixture,
         const char *iso)
{
  g_autofree char *sql = g_strdup_printf (
    "SELECT coalesce ((SELECT kind FROM calendar_day WHERE day = '%s'), -1)", iso);

  return mc_test_query_int (fixture->db, sql);
}

static gint64
source_of (Fixture    *fixture,
           const char *iso)
{
  g_autofree char *sql = g_strdup_printf (
    "SELECT coalesce ((SELECT source FROM calendar_day WHERE day = '%s'), -1)", iso);

  return mc_test_query_int (fixture->db, sql);
}

static gboolean
is_confirmed (Fixture *fixture,
              int      year)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) days = NULL;
  gboolean confirmed = FALSE;

  days = mc_calendar_store_list_year (fixture->db, year, &confirmed, &error);
  g_assert_no_error (error);
  return confirmed;
}

static void
ensure_year (Fixture *fixture,
             int      year)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (mc_calendar_store_ensure_years (fixture->db, year, year, &error));
  g_assert_no_error (error);
}

static void
admin_sets (Fixture    *fixture,
            const char *iso,
            McDayKind   kind,
            const char *reason)
{
  g_autoptr(GError) error = NULL;
  GDate date;

  mc_test_set_date (&date, iso);
  g_assert_true (mc_calendar_store_set_day (fixture->db, &date, kind, reason, &error));
  g_assert_no_error (error);
}

static void
admin_removes (Fixture    *fixture,
               const char *iso)
{
  g_autoptr(GError) error = NULL;
  GDate date;

  mc_test_set_date (&date, iso);
  g_assert_true (mc_calendar_store_remove_day (fixture->db, &date, &error));
  g_assert_no_error (error);
}

/* The deadline engine's arithmetic: @days working days after @iso at
 * 08:00, with the calendar as the database holds it now. Returns
 * "YYYY-MM-DD HH:MM". */
static char *
due_after (Fixture    *fixture,
           const char *iso,
           int         days)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(McWorkingCalendar) calendar = mc_calendar_store_load (fixture->db, &error);
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GDateTime) due = NULL;
  GDate date;

  g_assert_no_error (error);
  mc_test_set_date (&date, iso);
  start = mc_working_calendar_moment (&date, 8 * 60);
  due = mc_working_calendar_add_minutes (calendar, start,
                                         days * mc_working_calendar_get_day_minutes (calendar));
  return g_date_time_format (due, "%Y-%m-%d %H:%M");
}

static GPtrArray *
list_differences (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *differences = mc_sync_calendar_list_differences (fixture->db, &error);

  g_assert_no_error (error);
  g_assert_nonnull (differences);
  return differences;
}

/*
 * Tests
 */

/* A new holiday and a make-up Saturday: applied, seen by the deadline
 * arithmetic; a day the portal does not have goes; the year is official. */
static void
test_apply (Fixture       *fixture,
            gconstpointer  data)
{
  g_autofree char *dropped = last_statutory_day (2028);
  g_autoptr(JsonArray) days = mc_sync_test_statutory_days (2028, dropped);
  g_autofree char *dropped_iso = g_strdup_printf ("%.4s-%.2s-%.2s", dropped, dropped + 4,
                                                  dropped + 6);
  McSyncReport report;
  char *due;

  ensure_year (fixture, 2028);
  g_assert_false (is_confirmed (fixture, 2028));
  g_assert_cmpint (kind_of (fixture, dropped_iso), ==, MC_DAY_OFF);
  g_assert_cmpint (source_of (fixture, dropped_iso), ==, MC_CALENDAR_SOURCE_GENERATED);

  /* Tuesday 7 March 2028, one working day: Wednesday. Friday 10: Monday. */
  due = due_after (fixture, "2028-03-07", 1);
  g_assert_cmpstr (due, ==, "2028-03-08 08:00");
  g_free (due);
  due = due_after (fixture, "2028-03-10", 1);
  g_assert_cmpstr (due, ==, "2028-03-13 08:00");
  g_free (due);

  mc_sync_test_add_day (days, "20280308", "nghi", "Ngày hội của tỉnh");
  mc_sync_test_add_day (days, "20280311", "lambu", "Làm bù cho ngày 08/03");
  /* A Sunday off: the weekly rule already says so. */
  mc_sync_test_add_day (days, "20280312", "nghi", "Ngày hội của tỉnh (chủ nhật)");
  mc_test_portal_set_calendar (fixture->portal, 2028, days);

  pull_ok (fixture, 2028, &report);
  g_assert_cmpuint (report.calendar_invalid, ==, 0);
  g_assert_cmpuint (report.calendar_changed, >, 3);
  g_assert_cmpuint (report.calendar_differences, ==, 0);
  g_assert_false (report.calendar_unsupported);

  g_assert_cmpint (kind_of (fixture, "2028-03-08"), ==, MC_DAY_OFF);
  g_assert_cmpint (source_of (fixture, "2028-03-08"), ==, MC_CALENDAR_SOURCE_PORTAL);
  g_assert_cmpint (kind_of (fixture, "2028-03-11"), ==, MC_DAY_MAKEUP_WORKDAY);
  g_assert_cmpint (kind_of (fixture, "2028-03-12"), ==, -1);
  g_assert_cmpint (kind_of (fixture, dropped_iso), ==, -1);
  /* Every day of the year is the portal's now, and the year official. */
  g_assert_cmpint (mc_test_query_int (fixture->db,
                                      "SELECT count (*) FROM calendar_day "
                                      "WHERE day LIKE '2028-%' AND source <> 3"), ==, 0);
  g_assert_true (is_confirmed (fixture, 2028));
  g_assert_cmpint (mc_test_query_int (fixture->db,
                                      "SELECT source FROM calendar_year WHERE year = 2028"),
                   ==, MC_CALENDAR_SOURCE_PORTAL);

  /* The holiday pushes the first due date; the Saturday is worked. */
  due = due_after (fixture, "2028-03-07", 1);
  g_assert_cmpstr (due, ==, "2028-03-09 08:00");
  g_free (due);
  due = due_after (fixture, "2028-03-10", 1);
  g_assert_cmpstr (due, ==, "2028-03-11 08:00");
  g_free (due);

  /* Pulled again unchanged: nothing to do. */
  pull_ok (fixture, 2028, &report);
  g_assert_cmpuint (report.calendar_changed, ==, 0);
  g_assert_cmpuint (report.calendar_differences_changed, ==, 0);
}

/* A year the database does not hold yet comes from the portal; a day
 * the portal drops later goes. */
static void
test_removed_on_portal (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(JsonArray) first = mc_sync_test_statutory_days (2030, NULL);
  g_autoptr(JsonArray) second = mc_sync_test_statutory_days (2030, NULL);
  McSyncReport report;

  mc_sync_test_add_day (first, "20300604", "nghi", "Ngày hội của tỉnh");
  mc_sync_test_add_day (first, "20300605", "nghi", "Ngày hội của tỉnh");
  mc_test_portal_set_calendar (fixture->portal, 2030, first);
  pull_ok (fixture, 2030, &report);
  g_assert_cmpint (kind_of (fixture, "2030-06-04"), ==, MC_DAY_OFF);
  g_assert_cmpint (kind_of (fixture, "2030-06-05"), ==, MC_DAY_OFF);
  g_assert_true (is_confirmed (fixture, 2030));

  /* Nothing is generated over an official year. */
  ensure_year (fixture, 2030);
  g_assert_cmpint (mc_test_query_int (fixture->db,
                                      "SELECT count (*) FROM calendar_day "
                                      "WHERE day LIKE '2030-%' AND source <> 3"), ==, 0);

  mc_sync_test_add_day (second, "20300604", "nghi", "Ngày hội của tỉnh");
  mc_test_portal_set_calendar (fixture->portal, 2030, second);
  pull_ok (fixture, 2030, &report);
  g_assert_cmpuint (report.calendar_changed, ==, 1);
  g_assert_cmpint (kind_of (fixture, "2030-06-04"), ==, MC_DAY_OFF);
  g_assert_cmpint (kind_of (fixture, "2030-06-05"), ==, -1);
}

/* An administrator's edits stay; where the portal differs, its value is
 * listed until accepted or kept. */
static void
test_local_edits (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(JsonArray) days = mc_sync_test_statutory_days (2029, NULL);
  g_autoptr(GPtrArray) differences = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *reason = NULL;
  McCalendarDifference *difference;
  McSyncReport report;
  GDate date;
  char *due;

  ensure_year (fixture, 2029);
  g_assert_cmpint (kind_of (fixture, "2029-01-01"), ==, MC_DAY_OFF);
  g_assert_cmpint (kind_of (fixture, "2029-05-01"), ==, MC_DAY_OFF);

  /* A village festival the portal does not know; New Year's Day, which
   * it knows too; a Saturday worked locally; Labour Day removed. */
  admin_sets (fixture, "2029-03-07", MC_DAY_OFF, "Lễ hội làng");
  admin_sets (fixture, "2029-01-01", MC_DAY_OFF, "Tết Dương lịch (xã ghi)");
  admin_sets (fixture, "2029-03-10", MC_DAY_MAKEUP_WORKDAY, "Làm bù của xã");
  admin_removes (fixture, "2029-05-01");

  mc_sync_test_add_day (days, "20290605", "nghi", "Ngày hội của tỉnh");
  mc_sync_test_add_day (days, "20290310", "nghi", "Thứ bảy");
  mc_test_portal_set_calendar (fixture->portal, 2029, days);

  pull_ok (fixture, 2029, &report);
  g_assert_cmpuint (report.calendar_differences, ==, 3);
  g_assert_cmpuint (report.calendar_differences_changed, ==, 3);

  /* The local values stayed. */
  g_assert_cmpint (kind_of (fixture, "2029-03-07"), ==, MC_DAY_OFF);
  g_assert_cmpint (source_of (fixture, "2029-03-07"), ==, MC_CALENDAR_SOURCE_ADMINISTRATOR);
  g_assert_cmpint (kind_of (fixture, "2029-03-10"), ==, MC_DAY_MAKEUP_WORKDAY);
  g_assert_cmpint (kind_of (fixture, "2029-05-01"), ==, -1);
  g_assert_cmpint (source_of (fixture, "2029-01-01"), ==, MC_CALENDAR_SOURCE_ADMINISTRATOR);
  reason = mc_test_query_text (fixture->db, "SELECT reason FROM calendar_day "
                                            "WHERE day = '2029-01-01'");
  g_assert_cmpstr (reason, ==, "Tết Dương lịch (xã ghi)");
  /* The rest is the portal's. */
  g_assert_cmpint (kind_of (fixture, "2029-06-05"), ==, MC_DAY_OFF);
  g_assert_cmpint (source_of (fixture, "2029-06-05"), ==, MC_CALENDAR_SOURCE_PORTAL);
  g_assert_true (is_confirmed (fixture, 2029));

  /* The deadline arithmetic follows the local festival. */
  due = due_after (fixture, "2029-03-06", 1);
  g_assert_cmpstr (due, ==, "2029-03-08 08:00");
  g_free (due);

  differences = list_differences (fixture);
  g_assert_cmpuint (differences->len, ==, 3);
  difference = mc_sync_test_find_difference (differences, "2029-03-07");
  g_assert_nonnull (difference);
  g_assert_true (difference->has_local);
  g_assert_cmpint (difference->local_kind, ==, MC_DAY_OFF);
  g_assert_cmpstr (difference->local_reason, ==, "Lễ hội làng");
  g_assert_false (difference->has_portal);
  difference = mc_sync_test_find_difference (differences, "2029-03-10");
  g_assert_nonnull (difference);
  g_assert_cmpint (difference->local_kind, ==, MC_DAY_MAKEUP_WORKDAY);
  g_assert_false (difference->has_portal);
  difference = mc_sync_test_find_difference (differences, "2029-05-01");
  g_assert_nonnull (difference);
  g_assert_false (difference->has_local);
  g_assert_true (difference->has_portal);
  g_assert_cmpint (difference->portal_kind, ==, MC_DAY_OFF);
  g_assert_cmpstr (difference->portal_reason, !=, "");
  g_clear_pointer (&differences, g_ptr_array_unref);

  /* Labour Day: the portal's value is taken. */
  mc_test_set_date (&date, "2029-05-01");
  g_assert_true (mc_sync_calendar_accept (fixture->db, &date, &error));
  g_assert_no_error (error);
  g_assert_cmpint (kind_of (fixture, "2029-05-01"), ==, MC_DAY_OFF);
  g_assert_cmpint (source_of (fixture, "2029-05-01"), ==, MC_CALENDAR_SOURCE_PORTAL);

  /* The festival: kept. */
  mc_test_set_date (&date, "2029-03-07");
  g_assert_true (mc_sync_calendar_keep_local (fixture->db, &date, &error));
  g_assert_no_error (error);

  differences = list_differences (fixture);
  g_assert_cmpuint (differences->len, ==, 1);
  g_assert_nonnull (mc_sync_test_find_difference (differences, "2029-03-10"));
  g_clear_pointer (&differences, g_ptr_array_unref);

  /* Nothing to settle on a day where both agree. */
  mc_test_set_date (&date, "2029-01-01");
  g_assert_false (mc_sync_calendar_accept (fixture->db, &date, &error));
  g_assert_error (error, MC_ERROR, MC_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (mc_sync_calendar_keep_local (fixture->db, &date, &error));
  g_assert_error (error, MC_ERROR, MC_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Pulled again: the choices hold. */
  pull_ok (fixture, 2029, &report);
  g_assert_cmpuint (report.calendar_changed, ==, 0);
  g_assert_cmpuint (report.calendar_differences, ==, 1);
  g_assert_cmpuint (report.calendar_differences_changed, ==, 0);
  g_assert_cmpint (kind_of (fixture, "2029-03-07"), ==, MC_DAY_OFF);
  g_assert_cmpint (kind_of (fixture, "2029-05-01"), ==, MC_DAY_OFF);

  /* The administrator gives the Saturday up: both agree now. */
  admin_removes (fixture, "2029-03-10");
  differences = list_differences (fixture);
  g_assert_cmpuint (differences->len, ==, 0);
  pull_ok (fixture, 2029, &report);
  g_assert_cmpuint (report.calendar_differences, ==, 0);
  g_assert_cmpuint (report.calendar_differences_changed, ==, 1);
  g_assert_cmpint (kind_of (fixture, "2029-03-10"), ==, -1);
}

/* Invalid days are counted and skipped; the answer being incomplete,
 * nothing is removed and the year is not confirmed. */
static void
test_invalid_days (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *missing = last_statutory_day (2031);
  g_autoptr(JsonArray) days = mc_sync_test_statutory_days (2031, missing);
  g_autofree char *missing_iso = g_strdup_printf ("%.4s-%.2s-%.2s", missing, missing + 4,
                                                  missing + 6);
  g_autofree char *long_note = NULL;
  GString *note = g_string_new (NULL);
  JsonObject *odd;
  McSyncReport report;

  for (guint i = 0; i < 250; i++)
    g_string_append (note, "ư");
  long_note = g_string_free (note, FALSE);

  ensure_year (fixture, 2031);
  mc_sync_test_add_day (days, "2031-03-04", "nghi", "Sai định dạng");
  mc_sync_test_add_day (days, "20310231", "nghi", "Ngày không có");
  mc_sync_test_add_day (days, "20320105", "nghi", "Năm khác");
  mc_sync_test_add_day (days, "20310304", "holiday", "Loại lạ");
  mc_sync_test_add_day (days, "20310304", "lambu", "Làm bù ngày thường");
  mc_sync_test_add_day (days, NULL, "nghi", "Không có ngày");
  mc_sync_test_add_day (days, "20310306", "nghi", long_note);
  odd = json_object_new ();
  json_object_set_string_member (odd, "Ngay", "20310305");
  json_object_set_string_member (odd, "Loai", "nghi");
  json_object_set_int_member (odd, "GhiChu", 5);
  json_array_add_object_element (days, odd);
  json_array_add_string_element (days, "20310305");
  /* The same day twice, two kinds: the second is refused. */
  mc_sync_test_add_day (days, "20310308", "lambu", "Làm bù");
  mc_sync_test_add_day (days, "20310308", "nghi", "Nghỉ");
  /* Valid. */
  mc_sync_test_add_day (days, "20310307", "nghi", "Ngày hội của tỉnh");
  mc_test_portal_set_calendar (fixture->portal, 2031, days);

  pull_ok (fixture, 2031, &report);
  g_assert_cmpuint (report.calendar_invalid, ==, 10);

  g_assert_cmpint (kind_of (fixture, "2031-03-07"), ==, MC_DAY_OFF);
  g_assert_cmpint (source_of (fixture, "2031-03-07"), ==, MC_CALENDAR_SOURCE_PORTAL);
  g_assert_cmpint (kind_of (fixture, "2031-03-08"), ==, MC_DAY_MAKEUP_WORKDAY);
  g_assert_cmpint (kind_of (fixture, "2031-03-04"), ==, -1);
  g_assert_cmpint (kind_of (fixture, "2031-03-05"), ==, -1);
  g_assert_cmpint (kind_of (fixture, "2031-03-06"), ==, -1);
  /* Left out of an incomplete answer: not removed. */
  g_assert_cmpint (kind_of (fixture, missing_iso), ==, MC_DAY_OFF);
  g_assert_cmpint (source_of (fixture, missing_iso), ==, MC_CALENDAR_SOURCE_GENERATED);
  g_assert_false (is_confirmed (fixture, 2031));
}

/* A year the portal has no notice for changes nothing. */
static void
test_not_published (Fixture       *fixture,
                    gconstpointer  data)
{
  McSyncReport report;

  ensure_year (fixture, 2032);
  pull_ok (fixture, 2032, &report);
  g_assert_cmpuint (report.calendar_changed + report.calendar_invalid, ==, 0);
  g_assert_false (is_confirmed (fixture, 2032));
  g_assert_cmpint (mc_test_query_int (fixture->db,
                                      "SELECT count (*) FROM calendar_day "
                                      "WHERE day LIKE '2032-%' AND source = 1"), >, 0);

  /* Nor for a year the database lacks. */
  pull_ok (fixture, 2033, &report);
  g_assert_cmpint (mc_test_query_int (fixture->db,
                                      "SELECT count (*) FROM calendar_year WHERE year = 2033"),
                   ==, 0);
}

/* A pass asks for the current year and the next each time, the other
 * years the database holds once a day. */
static void
test_pass (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(GDateTime) now = g_date_time_new_now (mc_working_calendar_get_time_zone ());
  int year = g_date_time_get_year (now);
  g_autoptr(JsonArray) days = mc_sync_test_statutory_days (year + 1, NULL);
  g_autofree char *sql = g_strdup_printf ("SELECT count (*) FROM calendar_year "
                                          "WHERE year NOT IN (%d, %d)", year, year + 1);
  g_autofree char *extra = g_strdup_printf ("%04d0605", year + 1);
  g_autofree char *extra_iso = g_strdup_printf ("%04d-06-05", year + 1);
  g_autoptr(GError) error = NULL;
  gint64 others = mc_test_query_int (fixture->db, sql);
  GDate date;
  McSyncReport report;

  mc_test_set_date (&date, extra_iso);
  mc_sync_test_add_day (days, extra,
                        g_date_get_weekday (&date) >= G_DATE_SATURDAY ? "lambu" : "nghi",
                        "Ngày hội của tỉnh");
  mc_test_portal_set_calendar (fixture->portal, year + 1, days);

  g_assert_true (run_pull (fixture, 0, &report, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (mc_test_portal_get_n_calls (fixture->portal, "LayLichNghi"), ==, 2 + others);
  g_assert_true (is_confirmed (fixture, year + 1));
  g_assert_cmpint (kind_of (fixture, extra_iso), !=, -1);
  g_assert_cmpuint (report.calendar_changed, >, 0);

  g_assert_true (run_pull (fixture, 0, &report, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (mc_test_portal_get_n_calls (fixture->portal, "LayLichNghi"), ==, 4 + others);
  g_assert_cmpuint (report.calendar_changed, ==, 0);
}

/* A transient failure stops the pull with the error; nothing changed. */
static void
test_transient (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(JsonArray) days = mc_sync_test_statutory_days (2028, NULL);
  g_autoptr(GError) error = NULL;
  McSyncReport report = { 0, };

  mc_sync_test_add_day (days, "20280308", "nghi", "Ngày hội của tỉnh");
  mc_test_portal_set_calendar (fixture->portal, 2028, days);
  mc_test_portal_queue_fault (fixture->portal, "LayLichNghi", MC_TEST_PORTAL_FAULT_MALFORMED_JSON);
  g_assert_false (run_pull (fixture, 2028, &report, &error));
  g_assert_error (error, MC_PORTAL_ERROR, MC_PORTAL_ERROR_TRANSIENT);
  g_assert_cmpint (kind_of (fixture, "2028-03-08"), ==, -1);
  g_assert_cmpint (mc_test_query_int (fixture->db, "SELECT count (*) FROM calendar_pull"), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  mc_sync_test_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add ("/sync-calendar/" path, Fixture, NULL, fixture_setup, func, mc_sync_test_teardown)
  ADD ("apply", test_apply);
  ADD ("removed-on-portal", test_removed_on_portal);
  ADD ("local-edits", test_local_edits);
  ADD ("invalid-days", test_invalid_days);
  ADD ("not-published", test_not_published);
  ADD ("pass", test_pass);
  ADD ("transient", test_transient);
#undef ADD

  return g_test_run ();
}
