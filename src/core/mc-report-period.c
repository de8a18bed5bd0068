/* mc-report-period.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-report-period"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "mc-report-period.h"
#include "mc-working-calendar.h"

/* Reporting periods: months, quarters, halves and years, in Vietnam's
 * time. A period is half-open, [from, to): it starts at midnight on its
 * first day and ends at midnight after its last.
 *
 * With the 15th boundary, the period named for a month runs from the
 * 15th of the month before to the 14th: the 3rd quarter of 2026 is 15 June
 * to 14 September, and the year 2026 is 15 December 2025 to 14 December
 * 2026. Which boundary the office reports by is a setting: the decree
 * was read from memory (domain.md §4.3). */

static int
months_in (McReportLength length)
{
  switch (length)
    {
    case MC_REPORT_MONTH:
      return 1;
    case MC_REPORT_QUARTER:
      return 3;
    case MC_REPORT_HALF_YEAR:
      return 6;
    case MC_REPORT_YEAR:
    default:
      return 12;
    }
}

/**
 * mc_report_period_containing:
 * @length: the periods' length
 * @boundary: where they begin
 * @moment: an instant
 * @period: (out): the period of @length that contains @moment
 */
void
mc_report_period_containing (McReportLength    length,
                             McReportBoundary  boundary,
                             GDateTime        *moment,
                             McReportPeriod   *period)
{
  g_autoptr(GDateTime) local = NULL;
  int year, month;

  g_return_if_fail (moment != NULL);
  g_return_if_fail (period != NULL);

  local = g_date_time_to_timezone (moment, mc_working_calendar_get_time_zone ());
  year = g_date_time_get_year (local);
  month = g_date_time_get_month (local);

  /* From the 15th on, a day belongs to the next month's period. */
  if (boundary == MC_REPORT_FROM_15TH && g_date_time_get_day_of_month (local) >= 15)
    {
      if (++month > 12)
        {
          month = 1;
          year++;
        }
    }

  period->length = length;
  period->boundary = boundary;
  period->year = year;
  period->number = (month - 1) / months_in (length) + 1;
}

/**
 * mc_report_period_get_range:
 * @period: a period
 * @from: (out) (transfer full): its first instant
 * @to: (out) (transfer full): the instant after its last
 */
void
mc_report_period_get_range (const McReportPeriod  *period,
                            GDateTime            **from,
                            GDateTime            **to)
{
  GTimeZone *zone = mc_working_calendar_get_time_zone ();
  int first_month;
  g_autoptr(GDateTime) start = NULL;

  g_return_if_fail (period != NULL);
  g_return_if_fail (from != NULL && to != NULL);

  first_month = (period->number - 1) * months_in (period->length) + 1;
  start = g_date_time_new (zone, period->year, first_month, 1, 0, 0, 0);

  if (period->boundary == MC_REPORT_FROM_15TH)
    {
      g_autoptr(GDateTime) month_before = g_date_time_add_months (start, -1);

      *from = g_date_time_add_days (month_before, 14);
    }
  else
    *from = g_date_time_ref (start);

  *to = g_date_time_add_months (*from, months_in (period->length));
}

/**
 * mc_report_period_step:
 * @period: a period, changed in place
 * @count: how many periods forward, or back when negative
 */
void
mc_report_period_step (McReportPeriod *period,
                       int             count)
{
  int per_year;
  int index;

  g_return_if_fail (period != NULL);

  per_year = 12 / months_in (period->length);
  index = period->year * per_year + (period->number - 1) + count;
  period->year = index / per_year;
  period->number = index % per_year + 1;
}

/**
 * mc_report_period_format:
 * @period: a period
 *
 * Returns: (transfer full): its name, such as "Quarter 3, 2026"
 */
char *
mc_report_period_format (const McReportPeriod *period)
{
  g_return_val_if_fail (period != NULL, NULL);

  switch (period->length)
    {
    case MC_REPORT_MONTH:
      /* Translators: a reporting month, then its year */
      return g_strdup_printf (_("Month %d, %d"), period->number, period->year);
    case MC_REPORT_QUARTER:
      /* Translators: a quarter, 1 to 4, then its year */
      return g_strdup_printf (_("Quarter %d, %d"), period->number, period->year);
    case MC_REPORT_HALF_YEAR:
      return period->number == 1
        /* Translators: %d is a year */
        ? g_strdup_printf (_("First half of %d"), period->year)
        /* Translators: %d is a year */
        : g_strdup_printf (_("Second half of %d"), period->year);
    case MC_REPORT_YEAR:
    default:
      /* Translators: %d is a year */
      return g_strdup_printf (_("Year %d"), period->year);
    }
}

/**
 * mc_report_boundary_to_string:
 * @boundary: a boundary
 *
 * Returns: its name in the settings: "calendar" or "15th"
 */
const char *
mc_report_boundary_to_string (McReportBoundary boundary)
{
  return boundary == MC_REPORT_FROM_15TH ? "15th" : "calendar";
}

/**
 * mc_report_boundary_parse:
 * @text: (nullable): a setting's value
 * @boundary: (out): the boundary it names
 *
 * Returns: %TRUE if @text is "calendar" or "15th"
 */
gboolean
mc_report_boundary_parse (const char       *text,
                          McReportBoundary *boundary)
{
  if (g_strcmp0 (text, "calendar") == 0)
    *boundary = MC_REPORT_CALENDAR;
  else if (g_strcmp0 (text, "15th") == 0)
    *boundary = MC_REPORT_FROM_15TH;
  else
    return FALSE;

  return TRUE;
}
