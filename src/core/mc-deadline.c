/* mc-deadline.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-deadline"

#include "config.h"

#include <math.h>

#include "mc-deadline.h"

/* Legal deadlines, as provincial systems compute them (domain notes §6.3):
 * a working day is one office day (8 hours), time is added inside office
 * hours from the first opening at or after receipt, and the due moment
 * keeps the clock time of receipt. Pure functions over a calendar. */

static void
date_of (GDateTime *moment,
         GDate     *date,
         int       *minutes)
{
  g_autoptr(GDateTime) local = g_date_time_to_timezone (moment, mc_working_calendar_get_time_zone ());

  g_date_clear (date, 1);
  g_date_set_dmy (date, g_date_time_get_day_of_month (local), g_date_time_get_month (local),
                  g_date_time_get_year (local));
  *minutes = g_date_time_get_hour (local) * 60 + g_date_time_get_minute (local);
}

/* Same-day procedures (0 working days): due at closing time on the day of
 * receipt when received on a working day before the cut-off (15:00),
 * otherwise at closing time on the next working day. */
static GDateTime *
compute_same_day (McWorkingCalendar *calendar,
                  GDateTime         *received,
                  int                same_day_cutoff)
{
  const McOfficeHours *hours = mc_working_calendar_get_office_hours (calendar);
  GDate date;
  int minutes;

  date_of (received, &date, &minutes);

  if (!mc_working_calendar_is_working_day (calendar, &date) || minutes >= same_day_cutoff ||
      minutes >= hours->afternoon_end)
    mc_working_calendar_next_working_day (calendar, &date);

  return mc_working_calendar_moment (&date, hours->afternoon_end);
}

/* Calendar days are counted straight from the first opening; a due day
 * that is not a working day moves to the next working day. */
static GDateTime *
compute_calendar_days (McWorkingCalendar *calendar,
                       GDateTime         *received,
                       double             days)
{
  g_autoptr(GDateTime) opening = mc_working_calendar_next_opening (calendar, received);
  GDate date;
  int minutes;

  date_of (opening, &date, &minutes);
  g_date_add_days (&date, (guint) ceil (days));

  if (!mc_working_calendar_is_working_day (calendar, &date))
    mc_working_calendar_next_working_day (calendar, &date);

  return mc_working_calendar_moment (&date, minutes);
}

/**
 * mc_deadline_compute:
 * @calendar: the office's working calendar
 * @received: when the dossier was received
 * @value: the processing time, 0 or more (0.5 working days is 4 hours)
 * @unit: hours, working days or calendar days
 * @same_day_cutoff: minutes after midnight after which a same-day
 *   procedure is due the next working day (%MC_SAME_DAY_CUTOFF_DEFAULT)
 *
 * Returns: (transfer full): the due moment
 */
GDateTime *
mc_deadline_compute (McWorkingCalendar *calendar,
                     GDateTime         *received,
                     double             value,
                     McTimeUnit         unit,
                     int                same_day_cutoff)
{
  g_autoptr(GDateTime) opening = NULL;
  gint64 minutes;

  g_return_val_if_fail (MC_IS_WORKING_CALENDAR (calendar), NULL);
  g_return_val_if_fail (received != NULL, NULL);
  g_return_val_if_fail (value >= 0, NULL);

  switch (unit)
    {
    case MC_TIME_UNIT_CALENDAR_DAYS:
      if (value == 0)
        return compute_same_day (calendar, received, same_day_cutoff);
      return compute_calendar_days (calendar, received, value);

    case MC_TIME_UNIT_HOURS:
      minutes = llround (value * 60);
      break;

    case MC_TIME_UNIT_WORKING_DAYS:
    default:
      if (value == 0)
        return compute_same_day (calendar, received, same_day_cutoff);
      minutes = llround (value * mc_working_calendar_get_day_minutes (calendar));
      break;
    }

  opening = mc_working_calendar_next_opening (calendar, received);

  return mc_working_calendar_add_minutes (calendar, opening, minutes);
}

/**
 * mc_deadline_extend:
 * @calendar: the office's working calendar
 * @due: the due moment before the pause
 * @pause_start: when the supplement was requested
 * @pause_end: when the supplement was received
 *
 * The clock stops while the dossier waits for the citizen: the due moment
 * moves by the office time that passed during the pause.
 *
 * Returns: (transfer full): the new due moment
 */
GDateTime *
mc_deadline_extend (McWorkingCalendar *calendar,
                    GDateTime         *due,
                    GDateTime         *pause_start,
                    GDateTime         *pause_end)
{
  gint64 paused;

  g_return_val_if_fail (MC_IS_WORKING_CALENDAR (calendar), NULL);
  g_return_val_if_fail (due != NULL && pause_start != NULL && pause_end != NULL, NULL);

  paused = mc_working_calendar_count_minutes (calendar, pause_start, pause_end);

  return mc_working_calendar_add_minutes (calendar, due, MAX (paused, 0));
}

/**
 * mc_deadline_remaining:
 * @calendar: the office's working calendar
 * @due: the due moment
 * @now: the current moment
 *
 * Returns: the office time left until @due, in minutes; negative once
 *   @due has passed
 */
gint64
mc_deadline_remaining (McWorkingCalendar *calendar,
                       GDateTime         *due,
                       GDateTime         *now)
{
  g_return_val_if_fail (MC_IS_WORKING_CALENDAR (calendar), 0);
  g_return_val_if_fail (due != NULL && now != NULL, 0);

  return mc_working_calendar_count_minutes (calendar, now, due);
}

/**
 * mc_deadline_state:
 * @calendar: the office's working calendar
 * @due: the due moment
 * @now: the current moment
 *
 * Returns: %MC_DEADLINE_OVERDUE after @due, %MC_DEADLINE_DUE_SOON when at
 *   most one working day of office time is left, else %MC_DEADLINE_IN_TIME
 */
McDeadlineState
mc_deadline_state (McWorkingCalendar *calendar,
                   GDateTime         *due,
                   GDateTime         *now)
{
  g_return_val_if_fail (MC_IS_WORKING_CALENDAR (calendar), MC_DEADLINE_IN_TIME);
  g_return_val_if_fail (due != NULL && now != NULL, MC_DEADLINE_IN_TIME);

  if (g_date_time_compare (now, due) > 0)
    return MC_DEADLINE_OVERDUE;

  if (mc_deadline_remaining (calendar, due, now) <= mc_working_calendar_get_day_minutes (calendar))
    return MC_DEADLINE_DUE_SOON;

  return MC_DEADLINE_IN_TIME;
}
