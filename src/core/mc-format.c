/* mc-format.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdio.h>

#include "mc-format.h"
#include "mc-working-calendar.h"

/**
 * mc_format_duration:
 * @known: whether the catalogue states a time
 * @value: the number of @unit
 * @unit: hours, working days or calendar days
 *
 * "3 working days", "4 hours", "Same day" (0 days: within the day of
 * receipt) or "Not stated".
 *
 * Returns: (transfer full): the label
 */
char *
mc_format_duration (gboolean   known,
                    double     value,
                    McTimeUnit unit)
{
  g_autofree char *number = NULL;
  gulong plural;

  /* Translators: the catalogue gives no processing time */
  if (!known)
    return g_strdup (_("Not stated"));

  if (value == 0 && unit != MC_TIME_UNIT_HOURS)
    return g_strdup (_("Same day"));

  /* "%g" follows LC_NUMERIC, so Vietnamese gets "0,5". */
  number = g_strdup_printf ("%g", value);
  plural = value == floor (value) ? (gulong) value : 2;

  switch (unit)
    {
    case MC_TIME_UNIT_HOURS:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s hour", "%s hours", plural),
                              number);
    case MC_TIME_UNIT_CALENDAR_DAYS:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s day", "%s days", plural),
                              number);
    case MC_TIME_UNIT_WORKING_DAYS:
    default:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s working day",
                                           "%s working days", plural),
                              number);
    }
}

/**
 * mc_format_money:
 * @amount: a whole number of đồng
 *
 * Vietnamese notation whatever the locale, since amounts are in đồng:
 * "1.000.000 đ", or "Free" for 0.
 *
 * Returns: (transfer full): the label
 */
char *
mc_format_money (gint64 amount)
{
  char digits[32];
  GString *grouped;
  gsize len;

  if (amount == 0)
    return g_strdup (_("Free"));

  g_snprintf (digits, sizeof digits, "%" G_GINT64_FORMAT, ABS (amount));
  len = strlen (digits);
  grouped = g_string_new (amount < 0 ? "-" : NULL);

  for (gsize i = 0; i < len; i++)
    {
      if (i > 0 && (len - i) % 3 == 0)
        g_string_append_c (grouped, '.');
      g_string_append_c (grouped, digits[i]);
    }

  g_string_append (grouped, " đ");

  return g_string_free (grouped, FALSE);
}

/**
 * mc_format_fee:
 * @has_amount: whether the catalogue states the amount
 * @amount: a whole number of đồng
 *
 * Returns: (transfer full): "Fee: 8.000 đ", "Free", or "Fee set locally"
 *   when the amount is decided by the province and not stated
 */
char *
mc_format_fee (gboolean has_amount,
               gint64   amount)
{
  g_autofree char *money = NULL;

  if (!has_amount)
    return g_strdup (_("Fee set locally"));

  if (amount == 0)
    return g_strdup (_("Free"));

  money = mc_format_money (amount);
  /* Translators: a fee, e.g. "Fee: 8.000 đ" */
  return g_strdup_printf (_("Fee: %s"), money);
}

/**
 * mc_format_date:
 * @iso_date: a civil date "YYYY-MM-DD"
 *
 * Returns: (transfer full): "DD/MM/YYYY", or "" when @iso_date is empty
 *   or not a date
 */
char *
mc_format_date (const char *iso_date)
{
  guint year, month, day;

  if (iso_date == NULL || sscanf (iso_date, "%4u-%2u-%2u", &year, &month, &day) != 3 ||
      !g_date_valid_dmy (day, month, year))
    return g_strdup ("");

  return g_strdup_printf ("%02u/%02u/%04u", day, month, year);
}

const char *
mc_format_channel (McChannel channel)
{
  switch (channel)
    {
    case MC_CHANNEL_ONLINE:
      return _("Online");
    case MC_CHANNEL_POSTAL:
      return _("By post");
    case MC_CHANNEL_COUNTER:
    default:
      return _("At the counter");
    }
}

const char *
mc_format_online_level (McOnlineLevel level)
{
  switch (level)
    {
    case MC_ONLINE_LEVEL_FULL:
      return _("Full online service");
    case MC_ONLINE_LEVEL_PARTIAL:
      return _("Partial online service");
    case MC_ONLINE_LEVEL_NONE:
    default:
      return _("No online service");
    }
}

/**
 * mc_format_applicant_type:
 * @type: a kind of applicant
 *
 * Returns: the kind of applicant, as the pages and forms name it
 */
const char *
mc_format_applicant_type (McApplicantType type)
{
  switch (type)
    {
    case MC_APPLICANT_BUSINESS:
      return _("Business");
    case MC_APPLICANT_STATE_AGENCY:
      return _("State agency");
    case MC_APPLICANT_ORGANISATION:
      return _("Other organisation");
    case MC_APPLICANT_CITIZEN:
    default:
      return _("Citizen");
    }
}

/**
 * mc_format_moment:
 * @moment: (nullable): a moment
 *
 * Returns: (nullable): @moment in Vietnam's time, "DD/MM/YYYY HH:MM";
 *   %NULL without a moment
 */
char *
mc_format_moment (GDateTime *moment)
{
  g_autoptr(GDateTime) local = NULL;

  if (moment == NULL)
    return NULL;

  local = g_date_time_to_timezone (moment, mc_working_calendar_get_time_zone ());
  return g_date_time_format (local, "%d/%m/%Y %H:%M");
}
