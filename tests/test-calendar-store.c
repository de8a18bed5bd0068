/* test-calendar-store.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "mc-calendar-store.h"
#include "mc-deadline.h"
#include "mc-error.h"
#include "mc-test-util.h"

typedef struct
{
  char       *dir;
  McDatabase *db;
} Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  fixture->dir = mc_test_make_tmp_dir ("mc-test-calendar-XXXXXX");
  path = g_build_filename (fixture->dir, "motcua.db", NULL);
  fixture->db = mc_database_open (path, &error);
  g_assert_no_error (error);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_clear_object (&fixture->db);
  mc_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static void
make_date (GDate *date,
           guint  day,
           guint  month,
           guint  year)
{
  g_date_clear (date, 1);
  g_date_set_dmy (date, day, month, year);
}

static const McCalendarDay *
find_day (GPtrArray *days,
          guint      day,
          guint      month)
{
  for (guint i = 0; i < days->len; i++)
    {
      const McCalendarDay *entry = g_ptr_array_index (days, i);

      if (g_date_get_day (&entry->date) == day && g_date_get_month (&entry->date) == month)
        return entry;
    }

  return NULL;
}

/* 2024-2026 come with the database, from the official notices. */
static void
test_official_years (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) days = NULL;
  g_autoptr(McWorkingCalendar) calendar = NULL;
  gboolean confirmed = FALSE;
  const McCalendarDay *day;
  GDate date;

  days = mc_calendar_store_list_year (fixture->db, 2026, &confirmed, &error);
  g_assert_no_error (error);
  g_assert_true (confirmed);
  g_assert_cmpuint (days->len, ==, 14);

  day = find_day (days, 24, 11);
  g_assert_nonnull (day);
  g_assert_cmpint (day->kind, ==, MC_DAY_OFF);
  g_assert_cmpstr (day->reason, ==, "Vietnamese Culture Day");
  g_assert_cmpint (day->source, ==, MC_CALENDAR_SOURCE_BUNDLED);

  day = find_day (days, 22, 8);
  g_assert_nonnull (day);
  g_assert_cmpint (day->kind, ==, MC_DAY_MAKEUP_WORKDAY);

  calendar = mc_calendar_store_load (fixture->db, &error);
  g_assert_no_error (error);
  make_date (&date, 4, 5, 2024);
  g_assert_true (mc_working_calendar_is_working_day (calendar, &date));
  make_date (&date, 29, 4, 2024);
  g_assert_false (mc_working_calendar_is_working_day (calendar, &date));
  make_date (&date, 28, 1, 2025);
  g_assert_false (mc_working_calendar_is_working_day (calendar, &date));
  make_date (&date, 3, 2, 2025);
  g_assert_true (mc_working_calendar_is_working_day (calendar, &date));

  g_assert_cmpint (mc_calendar_store_get_same_day_cutoff (fixture->db, &error), ==, 15 * 60);
  g_assert_no_error (error);
}

/* Later years are generated once, marked not confirmed, and never
 * overwrite what an administrator entered. */
static void
test_generated_years (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) days = NULL;
  g_autoptr(GPtrArray) again = NULL;
  gboolean confirmed = TRUE;
  const McCalendarDay *day;
  GDate date;

  /* Entered before 2028 was generated: a local day off that the
   * statutory rules know nothing about. */
  make_date (&date, 16, 2, 2028);
  g_assert_true (mc_calendar_store_set_day (fixture->db, &date, MC_DAY_OFF, "Local festival",
                                            &error));
  g_assert_no_error (error);

  g_assert_true (mc_calendar_store_ensure_years (fixture->db, 2026, 2028, &error));
  g_assert_no_error (error);

  days = mc_calendar_store_list_year (fixture->db, 2027, &confirmed, &error);
  g_assert_no_error (error);
  g_assert_false (confirmed);
  day = find_day (days, 8, 2);
  g_assert_nonnull (day);
  g_assert_cmpstr (day->reason, ==, "Lunar New Year");
  g_assert_cmpint (day->source, ==, MC_CALENDAR_SOURCE_GENERATED);

  g_clear_pointer (&days, g_ptr_array_unref);
  days = mc_calendar_store_list_year (fixture->db, 2028, &confirmed, &error);
  g_assert_no_error (error);
  day = find_day (days, 16, 2);
  g_assert_nonnull (day);
  g_assert_cmpstr (day->reason, ==, "Local festival");
  g_assert_cmpint (day->source, ==, MC_CALENDAR_SOURCE_ADMINISTRATOR);

  /* 2026 stays official; asking again generates nothing new. */
  g_assert_true (mc_calendar_store_ensure_years (fixture->db, 2026, 2028, &error));
  again = mc_calendar_store_list_year (fixture->db, 2027, &confirmed, &error);
  g_assert_no_error (error);
  g_clear_pointer (&days, g_ptr_array_unref);
  days = mc_calendar_store_list_year (fixture->db, 2027, NULL, &error);
  g_assert_cmpuint (again->len, ==, days->len);
  g_assert_cmpint (mc_test_query_int (fixture->db,
                                      "SELECT count(*) FROM calendar_year WHERE confirmed = 1"), ==, 3);

  g_assert_true (mc_calendar_store_confirm_year (fixture->db, 2027, &error));
  g_assert_no_error (error);
  g_clear_pointer (&days, g_ptr_array_unref);
  days = mc_calendar_store_list_year (fixture->db, 2027, &confirmed, &error);
  g_assert_true (confirmed);
}

static void
test_administrator_edits (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(McWorkingCalendar) calendar = NULL;
  g_autoptr(GDateTime) received = NULL;
  g_autoptr(GDateTime) due = NULL;
  g_autofree char *due_text = NULL;
  GDate date;

  /* A weekday can't be "made up", a weekend day can't be "off". */
  make_date (&date, 3, 3, 2026);
  g_assert_false (mc_calendar_store_set_day (fixture->db, &date, MC_DAY_MAKEUP_WORKDAY, NULL, &error));
  g_assert_error (error, MC_ERROR, MC_ERROR_INVALID);
  g_clear_error (&error);
  make_date (&date, 7, 3, 2026);
  g_assert_false (mc_calendar_store_set_day (fixture->db, &date, MC_DAY_OFF, NULL, &error));
  g_assert_error (error, MC_ERROR, MC_ERROR_INVALID);
  g_clear_error (&error);

  /* The province swaps Tuesday 3/3 for Saturday 7/3. */
  make_date (&date, 3, 3, 2026);
  g_assert_true (mc_calendar_store_set_day (fixture->db, &date, MC_DAY_OFF, "Swapped day off", &error));
  make_date (&date, 7, 3, 2026);
  g_assert_true (mc_calendar_store_set_day (fixture->db, &date, MC_DAY_MAKEUP_WORKDAY, NULL, &error));
  g_assert_no_error (error);

  calendar = mc_calendar_store_load (fixture->db, &error);
  g_assert_no_error (error);
  received = g_date_time_new (mc_working_calendar_get_time_zone (), 2026, 3, 2, 9, 40, 0);
  due = mc_deadline_compute (calendar, received, 3, MC_TIME_UNIT_WORKING_DAYS,
                             MC_SAME_DAY_CUTOFF_DEFAULT);
  due_text = g_date_time_format (due, "%Y-%m-%d %H:%M");
  g_assert_cmpstr (due_text, ==, "2026-03-06 09:40");

  /* Removing the entry brings the weekly rule back. */
  make_date (&date, 3, 3, 2026);
  g_assert_true (mc_calendar_store_remove_day (fixture->db, &date, &error));
  g_clear_object (&calendar);
  calendar = mc_calendar_store_load (fixture->db, &error);
  g_assert_true (mc_working_calendar_is_working_day (calendar, &date));
}

static void
test_office_hours (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(McWorkingCalendar) calendar = NULL;
  McOfficeHours hours;
  McOfficeHours summer = { 7 * 60, 11 * 60 + 30, 13 * 60 + 30, 17 * 60 };
  McOfficeHours backwards = { 11 * 60, 7 * 60, 13 * 60, 17 * 60 };

  g_assert_true (mc_calendar_store_get_office_hours (fixture->db, &hours, &error));
  g_assert_cmpint (hours.morning_start, ==, 7 * 60 + 30);
  g_assert_cmpint (hours.afternoon_end, ==, 17 * 60);

  g_assert_true (mc_calendar_store_set_office_hours (fixture->db, &summer, &error));
  g_assert_no_error (error);
  calendar = mc_calendar_store_load (fixture->db, &error);
  g_assert_cmpint (mc_working_calendar_get_office_hours (calendar)->afternoon_start, ==, 13 * 60 + 30);

  g_assert_false (mc_calendar_store_set_office_hours (fixture->db, &backwards, &error));
  g_assert_error (error, MC_ERROR, MC_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (mc_calendar_store_get_office_hours (fixture->db, &hours, &error));
  g_assert_cmpint (hours.morning_start, ==, 7 * 60);

  /* A value damaged outside the application is reported, not used. */
  g_assert_true (mc_database_exec (fixture->db,
                                   "UPDATE setting SET value = 'all day' WHERE key = 'office-hours'",
                                   &error));
  g_assert_false (mc_calendar_store_get_office_hours (fixture->db, &hours, &error));
  g_assert_error (error, MC_ERROR, MC_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (mc_calendar_store_load (fixture->db, &error));
  g_assert_error (error, MC_ERROR, MC_ERROR_INVALID);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add ("/calendar-store/official-years", Fixture, NULL,
              fixture_setup, test_official_years, fixture_teardown);
  g_test_add ("/calendar-store/generated-years", Fixture, NULL,
              fixture_setup, test_generated_years, fixture_teardown);
  g_test_add ("/calendar-store/administrator-edits", Fixture, NULL,
              fixture_setup, test_administrator_edits, fixture_teardown);
  g_test_add ("/calendar-store/office-hours", Fixture, NULL,
              fixture_setup, test_office_hours, fixture_teardown);

  return g_test_run ();
}
