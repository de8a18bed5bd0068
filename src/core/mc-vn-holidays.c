/* mc-vn-holidays.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-vn-holidays"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "mc-lunar.h"
#include "mc-vn-holidays.h"

/* Tết: the day before mùng 1, then mùng 1 to mùng 4. */
#define TET_DAYS_BEFORE 1
#define TET_DAYS 5

static gboolean
is_weekend (const GDate *date)
{
  GDateWeekday weekday = g_date_get_weekday (date);

  return weekday == G_DATE_SATURDAY || weekday == G_DATE_SUNDAY;
}

static void
append_entry (GArray      *entries,
              const GDate *date,
              McDayKind    kind,
              const char  *reason)
{
  McCalendarEntry entry;

  entry.date = *date;
  entry.kind = kind;
  entry.reason = reason;
  g_array_append_val (entries, entry);
}

static void
append_dmy (GArray     *entries,
            int         day,
            GDateMonth  month,
            int         year,
            const char *reason)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, (GDateDay) day, month, (GDateYear) year);
  append_entry (entries, &date, MC_DAY_OFF, reason);
}

static gboolean
contains_date (GArray      *entries,
               const GDate *date)
{
  for (guint i = 0; i < entries->len; i++)
    {
      if (g_date_compare (&g_array_index (entries, McCalendarEntry, i).date, date) == 0)
        return TRUE;
    }

  return FALSE;
}

static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  const McCalendarEntry *entry_a = a;
  const McCalendarEntry *entry_b = b;

  return g_date_compare (&entry_a->date, &entry_b->date);
}

/* The day the Prime Minister adds to National Day (2/9) is guessed as the
 * neighbour that makes the longer break with the weekend: 3/9 when 2/9 is
 * a Monday (1/9 is then a Sunday, no gain) or a Thursday (Friday 3/9
 * closes the gap to the weekend), 1/9 otherwise. This gives the official
 * days of 2021 to 2026: Thu → 3/9, Fri → 1/9, Sat → 1/9, Mon → 3/9,
 * Tue → 1/9, Wed → 1/9. On a Sunday, 1/9 is a Saturday: both days are
 * then made up on Monday and Tuesday, as 3/9 would be. */
static int
national_day_neighbour (int year)
{
  GDate national_day;

  g_date_clear (&national_day, 1);
  g_date_set_dmy (&national_day, 2, G_DATE_SEPTEMBER, (GDateYear) year);

  switch (g_date_get_weekday (&national_day))
    {
    case G_DATE_MONDAY:
    case G_DATE_THURSDAY:
      return 3;
    case G_DATE_TUESDAY:
    case G_DATE_WEDNESDAY:
    case G_DATE_FRIDAY:
    case G_DATE_SATURDAY:
    case G_DATE_SUNDAY:
    case G_DATE_BAD_WEEKDAY:
    default:
      return 1;
    }
}

/* The statutory holidays of @year (Labour Code 2019, art. 112), in date
 * order, whether they fall on a weekday or not. */
static GArray *
statutory_holidays (int year)
{
  GArray *holidays = g_array_new (FALSE, FALSE, sizeof (McCalendarEntry));
  McLunarDate hung_kings = { 10, 3, year, FALSE };
  GDate date;

  append_dmy (holidays, 1, G_DATE_JANUARY, year, N_("New Year's Day"));

  /* The Prime Minister fixes the five days of Tết each year (art. 112.3),
   * often one or two days before mùng 1: this is a guess that an
   * administrator confirms or corrects once the notice is out. */
  mc_lunar_new_year (year, &date);
  g_date_subtract_days (&date, TET_DAYS_BEFORE);
  for (int i = 0; i < TET_DAYS; i++)
    {
      append_entry (holidays, &date, MC_DAY_OFF, N_("Lunar New Year"));
      g_date_add_days (&date, 1);
    }

  /* 10/3 of the ordinary month 3, even in a year with a leap month 3. */
  if (mc_lunar_to_solar (&hung_kings, &date))
    append_entry (holidays, &date, MC_DAY_OFF, N_("Hùng Kings' Commemoration Day"));
  else
    g_warn_if_reached ();

  append_dmy (holidays, 30, G_DATE_APRIL, year, N_("Reunification Day"));
  append_dmy (holidays, 1, G_DATE_MAY, year, N_("International Labour Day"));
  append_dmy (holidays, 2, G_DATE_SEPTEMBER, year, N_("National Day"));
  append_dmy (holidays, national_day_neighbour (year), G_DATE_SEPTEMBER, year,
              N_("National Day"));

  if (year >= MC_VN_CULTURE_DAY_FIRST_YEAR)
    append_dmy (holidays, 24, G_DATE_NOVEMBER, year, N_("Vietnamese Culture Day"));

  /* Stable: when Giỗ Tổ meets 30/4 or 1/5, Giỗ Tổ is kept. */
  g_array_sort (holidays, compare_entries);

  return holidays;
}

/**
 * mc_vn_holidays_generate:
 * @year: a year from %MC_LUNAR_MIN_YEAR to %MC_LUNAR_MAX_YEAR
 *
 * Computes the public holidays of @year from the rules of the Labour
 * Code, for a year whose official notice is not known: New Year's Day,
 * five days of Tết (the day before mùng 1 and mùng 1 to 4), Giỗ Tổ Hùng
 * Vương (10/3 of the lunar calendar), 30/4, 1/5, 2/9 and a neighbouring
 * day, and from 2026 Vietnamese Culture Day (24/11). The Labour Code of
 * 2019 is applied to every year, even those before it.
 *
 * A holiday that falls on a Saturday or a Sunday, the weekly rest of civil
 * servants, gives a compensatory day off (art. 111.3) on the next weekday
 * that is not already a day off. Two holidays on the same date give one
 * day off, as the Code gives nothing more for them.
 *
 * Only the days that turn a weekday into a day off are returned, all of
 * kind %MC_DAY_OFF: the weekday holidays and the compensatory days. No
 * make-up working day is made: the government decides swaps each year.
 *
 * Returns: (transfer full) (element-type McCalendarEntry): the days off,
 *   in date order, one per date
 */
GArray *
mc_vn_holidays_generate (int year)
{
  g_autoptr(GArray) holidays = NULL;
  GArray *days_off;

  g_return_val_if_fail (year >= MC_LUNAR_MIN_YEAR && year <= MC_LUNAR_MAX_YEAR, NULL);

  holidays = statutory_holidays (year);
  days_off = g_array_new (FALSE, FALSE, sizeof (McCalendarEntry));

  for (guint i = 0; i < holidays->len; i++)
    {
      const McCalendarEntry *holiday = &g_array_index (holidays, McCalendarEntry, i);

      if (!is_weekend (&holiday->date) && !contains_date (days_off, &holiday->date))
        g_array_append_val (days_off, *holiday);
    }

  /* In date order, so that the first holiday takes the first free day. */
  for (guint i = 0; i < holidays->len; i++)
    {
      const McCalendarEntry *holiday = &g_array_index (holidays, McCalendarEntry, i);
      GDate day;

      if (!is_weekend (&holiday->date))
        continue;
      if (i > 0 && g_date_compare (&g_array_index (holidays, McCalendarEntry, i - 1).date,
                                   &holiday->date) == 0)
        continue;

      day = holiday->date;
      do
        g_date_add_days (&day, 1);
      while (is_weekend (&day) || contains_date (days_off, &day));

      append_entry (days_off, &day, MC_DAY_OFF, N_("Compensatory day off"));
    }

  g_array_sort (days_off, compare_entries);

  return days_off;
}
