/* fuzz-deadline.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "mc-deadline.h"
#include "mc-fuzz.h"
#include "mc-working-calendar.h"

/* The deadline engine (mc-deadline.c over mc-working-calendar.c) on any
 * office hours, days off, make-up working days, moment of receipt,
 * processing time, pause and "now", within the bounds the app allows.
 * The input is binary, read from the front (missing bytes are zeros):
 *
 *   1 byte   flags: 1 custom office hours, 2 custom same-day cut-off
 *   4 × 2    office hours (minutes after midnight, sorted)
 *   2        cut-off (minutes after midnight)
 *   2 + 2    received: days after 2020-01-01 (up to ten years), minute
 *   1        unit: hours, working days or calendar days
 *   2        processing time in quarters (0 to 400 units)
 *   1        number of calendar entries (0 to 40), then for each:
 *   2 + 1      days after the received day (0 to 1023) minus 30, kind
 *   4 + 4    pause: start and length, in minutes after receipt
 *   4        now: minutes after receipt minus 200 days
 *   2        a later receipt: minutes after the first
 *
 * The engine must keep its promises: the due moment is never before the
 * receipt, falls on a working day, is exactly the processing time of
 * office time after the first opening (hours and working days), moves
 * by exactly the office time of a pause, and a later receipt is never
 * due earlier (on an earlier day, for calendar days). */

#define MINUTES_PER_DAY (24 * 60)
#define MAX_ENTRIES     40

static void
take_office_hours (McFuzzInput   *input,
                   McOfficeHours *hours)
{
  McOfficeHours defaults = MC_OFFICE_HOURS_INIT;
  int minutes[4];

  for (guint i = 0; i < 4; i++)
    minutes[i] = (int) mc_fuzz_take_uint (input, MINUTES_PER_DAY - 1);

  /* Sorted, as mc_office_hours_parse() requires. */
  for (guint i = 1; i < 4; i++)
    for (guint j = i; j > 0 && minutes[j - 1] > minutes[j]; j--)
      {
        int swap = minutes[j];
        minutes[j] = minutes[j - 1];
        minutes[j - 1] = swap;
      }

  hours->morning_start = minutes[0];
  hours->morning_end = minutes[1];
  hours->afternoon_start = minutes[2];
  hours->afternoon_end = minutes[3];

  if (!(hours->morning_start < hours->morning_end &&
        hours->afternoon_start < hours->afternoon_end))
    *hours = defaults;
}

/* Office hours written out and read back are the same. */
static void
check_office_hours (const McOfficeHours *hours)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = mc_office_hours_to_string (hours);
  McOfficeHours again;

  g_assert_true (mc_office_hours_parse (text, &again, &error));
  g_assert_no_error (error);
  g_assert_cmpint (again.morning_start, ==, hours->morning_start);
  g_assert_cmpint (again.morning_end, ==, hours->morning_end);
  g_assert_cmpint (again.afternoon_start, ==, hours->afternoon_start);
  g_assert_cmpint (again.afternoon_end, ==, hours->afternoon_end);
}

static GDateTime *
add_minutes (GDateTime *moment,
             gint64     minutes)
{
  return g_date_time_add_minutes (moment, (int) minutes);
}

/* The day of @moment in Vietnam. */
static void
civil_date (GDateTime *moment,
            GDate     *date)
{
  g_autoptr(GDateTime) local = g_date_time_to_timezone (moment,
                                                        mc_working_calendar_get_time_zone ());

  g_date_clear (date, 1);
  g_date_set_dmy (date, g_date_time_get_day_of_month (local), g_date_time_get_month (local),
                  g_date_time_get_year (local));
}

static void
assert_on_working_day (McWorkingCalendar *calendar,
                       GDateTime         *moment)
{
  GDate date;

  civil_date (moment, &date);
  g_assert_true (mc_working_calendar_is_working_day (calendar, &date));
}

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  mc_fuzz_init ();
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  McFuzzInput input = { data, size };
  McOfficeHours hours = MC_OFFICE_HOURS_INIT;
  g_autoptr(McWorkingCalendar) calendar = NULL;
  g_autoptr(GDateTime) received = NULL;
  g_autoptr(GDateTime) opening = NULL;
  g_autoptr(GDateTime) due = NULL;
  g_autoptr(GDateTime) pause_start = NULL;
  g_autoptr(GDateTime) pause_end = NULL;
  g_autoptr(GDateTime) extended = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GDateTime) later = NULL;
  g_autoptr(GDateTime) later_due = NULL;
  GDate received_day;
  McTimeUnit unit;
  McDeadlineState state;
  guint flags, entries;
  int cutoff = MC_SAME_DAY_CUTOFF_DEFAULT;
  double value;
  gint64 paused, remaining;

  flags = mc_fuzz_take_uint (&input, 0xff);
  if (flags & 1)
    take_office_hours (&input, &hours);
  if (flags & 2)
    cutoff = (int) mc_fuzz_take_uint (&input, MINUTES_PER_DAY - 1);
  check_office_hours (&hours);
  calendar = mc_working_calendar_new (&hours);

  g_date_clear (&received_day, 1);
  g_date_set_dmy (&received_day, 1, G_DATE_JANUARY, 2020);
  g_date_add_days (&received_day, mc_fuzz_take_uint (&input, 3652));
  received = mc_working_calendar_moment (&received_day,
                                         (int) mc_fuzz_take_uint (&input, MINUTES_PER_DAY - 1));

  unit = (McTimeUnit) mc_fuzz_take_uint (&input, MC_TIME_UNIT_CALENDAR_DAYS);
  value = mc_fuzz_take_uint (&input, 1600) / 4.0;

  /* Fewer days off than would leave a year without a working day, which
   * the calendar takes as broken. */
  entries = mc_fuzz_take_uint (&input, MAX_ENTRIES);
  for (guint i = 0; i < entries; i++)
    {
      GDate day = received_day;
      int offset = (int) mc_fuzz_take_uint (&input, 1023) - 30;
      McDayKind kind = mc_fuzz_take_boolean (&input) ? MC_DAY_MAKEUP_WORKDAY : MC_DAY_OFF;

      if (offset < 0)
        g_date_subtract_days (&day, (guint) -offset);
      else
        g_date_add_days (&day, (guint) offset);
      mc_working_calendar_set_day (calendar, &day, kind);
    }

  /* The due moment. */
  due = mc_deadline_compute (calendar, received, value, unit, cutoff);
  g_assert_nonnull (due);
  g_assert_cmpint (g_date_time_compare (due, received), >=, 0);
  assert_on_working_day (calendar, due);

  opening = mc_working_calendar_next_opening (calendar, received);
  g_assert_cmpint (g_date_time_compare (opening, received), >=, 0);
  g_assert_cmpint (mc_working_calendar_count_minutes (calendar, received, opening), ==, 0);

  if (value > 0 && unit == MC_TIME_UNIT_HOURS)
    g_assert_cmpint (mc_working_calendar_count_minutes (calendar, opening, due), ==,
                     llround (value * 60));
  else if (value > 0 && unit == MC_TIME_UNIT_WORKING_DAYS)
    g_assert_cmpint (mc_working_calendar_count_minutes (calendar, opening, due), ==,
                     llround (value * mc_working_calendar_get_day_minutes (calendar)));

  /* A pause moves the due moment by the office time it lasted. */
  pause_start = add_minutes (received, mc_fuzz_take_uint (&input, 60 * MINUTES_PER_DAY));
  pause_end = add_minutes (pause_start, mc_fuzz_take_uint (&input, 30 * MINUTES_PER_DAY));
  paused = mc_working_calendar_count_minutes (calendar, pause_start, pause_end);
  g_assert_cmpint (paused, >=, 0);
  g_assert_cmpint (mc_working_calendar_count_minutes (calendar, pause_end, pause_start), ==,
                   -paused);
  extended = mc_deadline_extend (calendar, due, pause_start, pause_end);
  g_assert_nonnull (extended);
  g_assert_cmpint (g_date_time_compare (extended, due), >=, 0);
  g_assert_cmpint (mc_working_calendar_count_minutes (calendar, due, extended), ==, paused);

  /* Before the due moment there is time left; after it, none. */
  now = add_minutes (received,
                     (gint64) mc_fuzz_take_uint (&input, 400 * MINUTES_PER_DAY) -
                     200 * MINUTES_PER_DAY);
  remaining = mc_deadline_remaining (calendar, due, now);
  state = mc_deadline_state (calendar, due, now);
  if (g_date_time_compare (now, due) > 0)
    {
      g_assert_cmpint (remaining, <=, 0);
      g_assert_cmpint (state, ==, MC_DEADLINE_OVERDUE);
    }
  else
    {
      g_assert_cmpint (remaining, >=, 0);
      g_assert_cmpint (state, !=, MC_DEADLINE_OVERDUE);
      g_assert_cmpint (state == MC_DEADLINE_DUE_SOON, ==,
                       remaining <= mc_working_calendar_get_day_minutes (calendar));
    }

  /* Received later, never due earlier. Calendar days keep the clock time
   * of the first opening even when the due day moves off a day off
   * (domain notes §6.3), so two receipts can land on the same working
   * day in the other order: for them only the day is compared. */
  later = add_minutes (received, mc_fuzz_take_uint (&input, 0xffff));
  later_due = mc_deadline_compute (calendar, later, value, unit, cutoff);
  g_assert_nonnull (later_due);
  if (unit == MC_TIME_UNIT_CALENDAR_DAYS && value > 0)
    {
      GDate day, later_day;

      civil_date (due, &day);
      civil_date (later_due, &later_day);
      g_assert_cmpint (g_date_compare (&later_day, &day), >=, 0);
    }
  else
    {
      g_assert_cmpint (g_date_time_compare (later_due, due), >=, 0);
    }

  return 0;
}
