/* test-deadline.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <stdio.h>

#include "mc-deadline.h"
#include "mc-error.h"
#include "mc-working-calendar.h"

/* The official days of 2025-2026 (work-calendar.md) that change a weekday
 * or a Saturday; the engine is tested on them, apart from any database. */
static const struct
{
  const char *first;
  const char *last;
  McDayKind   kind;
} official_days[] = {
  { "2025-01-01", "2025-01-01", MC_DAY_OFF },
  { "2025-01-25", "2025-02-02", MC_DAY_OFF },
  { "2025-04-07", "2025-04-07", MC_DAY_OFF },
  { "2025-04-30", "2025-05-04", MC_DAY_OFF },
  { "2025-04-26", "2025-04-26", MC_DAY_MAKEUP_WORKDAY },
  { "2025-08-30", "2025-09-02", MC_DAY_OFF },
  { "2026-01-01", "2026-01-01", MC_DAY_OFF },
  { "2026-02-14", "2026-02-22", MC_DAY_OFF },
  { "2026-04-26", "2026-04-27", MC_DAY_OFF },
  { "2026-04-30", "2026-05-01", MC_DAY_OFF },
  { "2026-08-29", "2026-09-02", MC_DAY_OFF },
  { "2026-08-22", "2026-08-22", MC_DAY_MAKEUP_WORKDAY },
  { "2026-11-24", "2026-11-24", MC_DAY_OFF },
};

static void
parse_date (const char *text,
            GDate      *date)
{
  guint year, month, day;

  g_assert_cmpint (sscanf (text, "%4u-%2u-%2u", &year, &month, &day), ==, 3);
  g_date_clear (date, 1);
  g_date_set_dmy (date, day, month, year);
  g_assert_true (g_date_valid (date));
}

static McWorkingCalendar *
official_calendar (void)
{
  McWorkingCalendar *calendar = mc_working_calendar_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (official_days); i++)
    {
      GDate date, last;

      parse_date (official_days[i].first, &date);
      parse_date (official_days[i].last, &last);
      for (; g_date_compare (&date, &last) <= 0; g_date_add_days (&date, 1))
        mc_working_calendar_set_day (calendar, &date, official_days[i].kind);
    }

  return calendar;
}

/* "YYYY-MM-DD HH:MM" in Vietnam. */
static GDateTime *
moment (const char *text)
{
  guint year, month, day, hour, minute;

  g_assert_cmpint (sscanf (text, "%4u-%2u-%2u %2u:%2u", &year, &month, &day, &hour, &minute), ==, 5);
  return g_date_time_new (mc_working_calendar_get_time_zone (), year, month, day, hour, minute, 0);
}

static char *
format (GDateTime *value)
{
  g_autoptr(GDateTime) local = g_date_time_to_timezone (value, mc_working_calendar_get_time_zone ());

  return g_date_time_format (local, "%Y-%m-%d %H:%M");
}

static void
test_due_moments (void)
{
  static const struct
  {
    const char *received;
    double      value;
    McTimeUnit  unit;
    const char *due;
    const char *why;
  } cases[] = {
    { "2026-03-02 09:40", 3, MC_TIME_UNIT_WORKING_DAYS, "2026-03-05 09:40", "keeps the clock time" },
    { "2026-03-05 09:40", 3, MC_TIME_UNIT_WORKING_DAYS, "2026-03-10 09:40", "skips the weekend" },
    { "2026-03-02 12:00", 1, MC_TIME_UNIT_WORKING_DAYS, "2026-03-03 13:00", "lunch starts at 13:00" },
    { "2026-03-02 17:30", 1, MC_TIME_UNIT_WORKING_DAYS, "2026-03-04 07:30", "after closing: next morning" },
    { "2026-03-02 06:00", 1, MC_TIME_UNIT_WORKING_DAYS, "2026-03-03 07:30", "before opening" },
    { "2026-03-07 10:00", 1, MC_TIME_UNIT_WORKING_DAYS, "2026-03-10 07:30", "received on Saturday" },
    { "2026-03-02 10:30", 4, MC_TIME_UNIT_HOURS, "2026-03-02 16:00", "hours skip lunch" },
    { "2026-03-02 16:00", 2, MC_TIME_UNIT_HOURS, "2026-03-03 08:30", "hours run into the next day" },
    { "2026-03-02 09:00", 0.5, MC_TIME_UNIT_WORKING_DAYS, "2026-03-02 14:30", "half a day is 4 hours" },
    { "2026-03-02 09:00", 1.5, MC_TIME_UNIT_WORKING_DAYS, "2026-03-03 14:30", "a day and a half" },
    { "2026-02-13 10:00", 1, MC_TIME_UNIT_WORKING_DAYS, "2026-02-23 10:00", "Tết 2026" },
    { "2026-08-21 10:00", 1, MC_TIME_UNIT_WORKING_DAYS, "2026-08-22 10:00", "make-up Saturday" },
    { "2026-08-28 10:00", 1, MC_TIME_UNIT_WORKING_DAYS, "2026-09-03 10:00", "National Day 2026" },
    { "2026-11-23 10:00", 1, MC_TIME_UNIT_WORKING_DAYS, "2026-11-25 10:00", "Culture Day 24/11" },
    { "2025-12-31 10:00", 2, MC_TIME_UNIT_WORKING_DAYS, "2026-01-05 10:00", "across the year end" },
    { "2025-04-25 10:00", 1, MC_TIME_UNIT_WORKING_DAYS, "2025-04-26 10:00", "make-up Saturday 2025" },
    { "2025-01-24 16:30", 1, MC_TIME_UNIT_HOURS, "2025-02-03 08:00", "hours across Tết 2025" },
    { "2026-03-02 14:59", 0, MC_TIME_UNIT_WORKING_DAYS, "2026-03-02 17:00", "same day before 15:00" },
    { "2026-03-02 15:00", 0, MC_TIME_UNIT_WORKING_DAYS, "2026-03-03 17:00", "same day at 15:00" },
    { "2026-03-06 16:00", 0, MC_TIME_UNIT_WORKING_DAYS, "2026-03-09 17:00", "same day, Friday afternoon" },
    { "2026-03-07 09:00", 0, MC_TIME_UNIT_WORKING_DAYS, "2026-03-09 17:00", "same day, on Saturday" },
    { "2026-04-29 15:30", 0, MC_TIME_UNIT_WORKING_DAYS, "2026-05-04 17:00", "same day before 30/4" },
    { "2026-03-02 10:00", 30, MC_TIME_UNIT_CALENDAR_DAYS, "2026-04-01 10:00", "calendar days" },
    { "2026-03-02 10:00", 5, MC_TIME_UNIT_CALENDAR_DAYS, "2026-03-09 10:00", "calendar days end on a Saturday" },
    { "2026-02-10 10:00", 5, MC_TIME_UNIT_CALENDAR_DAYS, "2026-02-23 10:00", "calendar days end in Tết" },
  };
  g_autoptr(McWorkingCalendar) calendar = official_calendar ();

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GDateTime) received = moment (cases[i].received);
      g_autoptr(GDateTime) due = NULL;
      g_autofree char *text = NULL;

      due = mc_deadline_compute (calendar, received, cases[i].value, cases[i].unit,
                                 MC_SAME_DAY_CUTOFF_DEFAULT);
      text = format (due);
      if (g_strcmp0 (text, cases[i].due) != 0)
        g_error ("%s: received %s + %g → %s, expected %s", cases[i].why, cases[i].received,
                 cases[i].value, text, cases[i].due);
    }
}

/* Offices set their own hours: the working day is what they add up to. */
static void
test_other_office_hours (void)
{
  McOfficeHours hours;
  g_autoptr(McWorkingCalendar) calendar = NULL;
  g_autoptr(GDateTime) received = moment ("2026-03-02 11:00");
  g_autoptr(GDateTime) due = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (mc_office_hours_parse ("07:00-11:30, 13:30-17:00", &hours, &error));
  g_assert_no_error (error);
  calendar = mc_working_calendar_new (&hours);
  g_assert_cmpint (mc_working_calendar_get_day_minutes (calendar), ==, 8 * 60);

  due = mc_deadline_compute (calendar, received, 1, MC_TIME_UNIT_HOURS, MC_SAME_DAY_CUTOFF_DEFAULT);
  text = format (due);
  g_assert_cmpstr (text, ==, "2026-03-02 14:00");
}

static void
test_office_hours_parse (void)
{
  static const char *bad[] = {
    "", "07:30-11:30", "07:30-11:30,13:00-17:00,18:00-19:00", "7h30-11h30,13h-17h",
    "11:30-07:30,13:00-17:00", "07:30-13:30,13:00-17:00", "07:30-11:30,17:00-13:00",
    "25:00-11:30,13:00-17:00", "07:30-11:30,13:00-17:00x",
  };
  McOfficeHours hours;
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (mc_office_hours_parse ("07:30-11:30,13:00-17:00", &hours, &error));
  g_assert_no_error (error);
  g_assert_cmpint (hours.morning_start, ==, 450);
  g_assert_cmpint (hours.afternoon_end, ==, 1020);
  text = mc_office_hours_to_string (&hours);
  g_assert_cmpstr (text, ==, "07:30-11:30,13:00-17:00");

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) local_error = NULL;

      g_assert_false (mc_office_hours_parse (bad[i], &hours, &local_error));
      g_assert_error (local_error, MC_ERROR, MC_ERROR_INVALID);
    }
}

/* The clock stops while the citizen completes the dossier. */
static void
test_supplement_pause (void)
{
  static const struct
  {
    const char *due;
    const char *pause_start;
    const char *pause_end;
    const char *extended;
  } cases[] = {
    { "2026-03-05 09:40", "2026-03-03 10:00", "2026-03-04 10:00", "2026-03-06 09:40" },
    { "2026-03-10 09:00", "2026-03-06 16:00", "2026-03-09 08:30", "2026-03-10 11:00" },
    { "2026-03-05 17:00", "2026-03-03 10:00", "2026-03-04 10:00", "2026-03-06 17:00" },
    { "2026-02-24 10:00", "2026-02-13 10:00", "2026-02-23 10:00", "2026-02-25 10:00" },
    { "2026-03-05 09:40", "2026-03-07 09:00", "2026-03-08 18:00", "2026-03-05 09:40" },
  };
  g_autoptr(McWorkingCalendar) calendar = official_calendar ();

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GDateTime) due = moment (cases[i].due);
      g_autoptr(GDateTime) start = moment (cases[i].pause_start);
      g_autoptr(GDateTime) end = moment (cases[i].pause_end);
      g_autoptr(GDateTime) extended = mc_deadline_extend (calendar, due, start, end);
      g_autofree char *text = format (extended);

      g_assert_cmpstr (text, ==, cases[i].extended);
    }
}

static void
test_states (void)
{
  static const struct
  {
    const char      *now;
    gint64           remaining;
    McDeadlineState  state;
  } cases[] = {
    { "2026-03-02 09:00", 3 * 480 + 40, MC_DEADLINE_IN_TIME },
    { "2026-03-04 09:40", 480, MC_DEADLINE_DUE_SOON },
    { "2026-03-04 10:00", 460, MC_DEADLINE_DUE_SOON },
    { "2026-03-05 09:40", 0, MC_DEADLINE_DUE_SOON },
    { "2026-03-05 09:41", -1, MC_DEADLINE_OVERDUE },
    { "2026-03-06 09:40", -480, MC_DEADLINE_OVERDUE },
  };
  g_autoptr(McWorkingCalendar) calendar = official_calendar ();
  g_autoptr(GDateTime) due = moment ("2026-03-05 09:40");

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GDateTime) now = moment (cases[i].now);

      g_assert_cmpint (mc_deadline_remaining (calendar, due, now), ==, cases[i].remaining);
      g_assert_cmpint (mc_deadline_state (calendar, due, now), ==, cases[i].state);
    }
}

static void
test_working_days (void)
{
  g_autoptr(McWorkingCalendar) calendar = official_calendar ();
  g_autoptr(GDateTime) from = moment ("2026-02-13 16:00");
  g_autoptr(GDateTime) to = moment ("2026-02-23 08:00");
  GDate date;

  parse_date ("2026-08-22", &date);
  g_assert_true (mc_working_calendar_is_working_day (calendar, &date));
  parse_date ("2026-08-29", &date);
  g_assert_false (mc_working_calendar_is_working_day (calendar, &date));
  parse_date ("2026-11-24", &date);
  g_assert_false (mc_working_calendar_is_working_day (calendar, &date));
  parse_date ("2026-11-25", &date);
  g_assert_true (mc_working_calendar_is_working_day (calendar, &date));

  /* 1 hour on Friday before Tết, 30 minutes on the Monday after. */
  g_assert_cmpint (mc_working_calendar_count_minutes (calendar, from, to), ==, 90);
  g_assert_cmpint (mc_working_calendar_count_minutes (calendar, to, from), ==, -90);

  mc_working_calendar_clear_day (calendar, &date);
  parse_date ("2026-11-24", &date);
  mc_working_calendar_clear_day (calendar, &date);
  g_assert_true (mc_working_calendar_is_working_day (calendar, &date));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/deadline/due-moments", test_due_moments);
  g_test_add_func ("/deadline/other-office-hours", test_other_office_hours);
  g_test_add_func ("/deadline/office-hours-parse", test_office_hours_parse);
  g_test_add_func ("/deadline/supplement-pause", test_supplement_pause);
  g_test_add_func ("/deadline/states", test_states);
  g_test_add_func ("/deadline/working-days", test_working_days);

  return g_test_run ();
}
