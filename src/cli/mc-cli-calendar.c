/* mc-cli-calendar.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "motcua-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>

#include "mc-calendar-store.h"
#include "mc-cli.h"
#include "mc-deadline.h"
#include "mc-error.h"
#include "mc-procedure-store.h"

/* motcua-cli deadline … and motcua-cli calendar show YEAR */

/* Deadlines need the calendar of the year of receipt and of the next ones
 * the due moment can fall in; years without an official calendar are
 * generated from the statutory rules. */
#define YEARS_AHEAD 2

static GDateTime *
parse_moment (const char *text)
{
  guint year, month, day, hour, minute;
  char tail;

  if (text == NULL ||
      sscanf (text, "%4u-%2u-%2u %2u:%2u%c", &year, &month, &day, &hour, &minute, &tail) != 5 ||
      !g_date_valid_dmy (day, month, year) || year < 1900 || year + YEARS_AHEAD > 2199 ||
      hour > 23 || minute > 59)
    return NULL;

  return g_date_time_new (mc_working_calendar_get_time_zone (), year, month, day, hour, minute, 0);
}

static gboolean
parse_amount (const char *text,
              double     *value)
{
  char *end = NULL;

  if (text == NULL || *text == '\0')
    return FALSE;

  *value = g_ascii_strtod (text, &end);
  return end != NULL && *end == '\0' && *value >= 0 && *value <= 10000;
}

static char *
format_moment (GDateTime *moment)
{
  g_autoptr(GDateTime) local = g_date_time_to_timezone (moment, mc_working_calendar_get_time_zone ());

  return g_date_time_format (local, "%Y-%m-%d %H:%M");
}

int
mc_cli_deadline_check (const McCliOptions *options)
{
  const char *procedure = mc_cli_get_value (options, "--procedure");
  const char *days = mc_cli_get_value (options, "--days");
  const char *hours = mc_cli_get_value (options, "--hours");
  g_autoptr(GDateTime) received = NULL;
  double value;

  if (options->words->len != 1)
    return mc_cli_usage_error (_("“deadline” takes no other words, only options."));

  if ((procedure != NULL) + (days != NULL) + (hours != NULL) != 1)
    return mc_cli_usage_error (_("“deadline” needs exactly one of --procedure, --days and --hours."));

  if ((days != NULL && !parse_amount (days, &value)) || (hours != NULL && !parse_amount (hours, &value)))
    return mc_cli_usage_error (_("--days and --hours take a number from 0 to 10000, such as 3 or 0.5."));

  received = parse_moment (mc_cli_get_value (options, "--received"));
  if (received == NULL)
    return mc_cli_usage_error (_("“deadline” needs --received \"YYYY-MM-DD HH:MM\", a real date and time."));

  return MC_CLI_USAGE_OK;
}

/* The processing time of @code in force on the day of receipt. */
static gboolean
procedure_time (McDatabase  *db,
                const char  *code,
                GDateTime   *received,
                double      *value,
                McTimeUnit  *unit,
                GError     **error)
{
  g_autofree char *day = g_date_time_format (received, "%Y-%m-%d");
  g_autoptr(GError) local_error = NULL;
  g_autoptr(McProcedure) procedure = mc_procedure_store_find_in_force (db, code, day, &local_error);
  const McProcedureTime *time;

  if (procedure == NULL)
    {
      if (g_error_matches (local_error, MC_ERROR, MC_ERROR_NOT_FOUND))
        g_set_error (error, MC_ERROR, MC_ERROR_NOT_FOUND,
                     _("No procedure with code “%s” was in force on %s."), code, day);
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  time = mc_procedure_get_main_time (procedure);
  if (time == NULL)
    {
      g_set_error (error, MC_ERROR, MC_ERROR_NOT_FOUND,
                   _("The catalogue states no processing time for %s."), code);
      return FALSE;
    }

  *value = time->value;
  *unit = time->unit;
  return TRUE;
}

int
mc_cli_deadline_run (McDatabase         *db,
                     const McCliOptions *options)
{
  const char *code = mc_cli_get_value (options, "--procedure");
  const char *hours = mc_cli_get_value (options, "--hours");
  g_autoptr(GDateTime) received = parse_moment (mc_cli_get_value (options, "--received"));
  g_autoptr(McWorkingCalendar) calendar = NULL;
  g_autoptr(GDateTime) due = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *due_text = NULL;
  McTimeUnit unit = MC_TIME_UNIT_WORKING_DAYS;
  double value = 0;
  int cutoff;

  if (code != NULL)
    {
      if (!procedure_time (db, code, received, &value, &unit, &error))
        return mc_cli_input_error (error);
    }
  else if (hours != NULL)
    {
      parse_amount (hours, &value);
      unit = MC_TIME_UNIT_HOURS;
    }
  else
    {
      parse_amount (mc_cli_get_value (options, "--days"), &value);
    }

  if (!mc_calendar_store_ensure_years (db, g_date_time_get_year (received),
                                       g_date_time_get_year (received) + YEARS_AHEAD, &error) ||
      (calendar = mc_calendar_store_load (db, &error)) == NULL ||
      (cutoff = mc_calendar_store_get_same_day_cutoff (db, &error)) < 0)
    return mc_cli_input_error (error);

  due = mc_deadline_compute (calendar, received, value, unit, cutoff);
  due_text = format_moment (due);

  if (options->json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;
      g_autofree char *received_text = format_moment (received);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "received");
      json_builder_add_string_value (builder, received_text);
      json_builder_set_member_name (builder, "due");
      json_builder_add_string_value (builder, due_text);
      json_builder_set_member_name (builder, "value");
      json_builder_add_double_value (builder, value);
      json_builder_set_member_name (builder, "unit");
      json_builder_add_string_value (builder,
                                     unit == MC_TIME_UNIT_HOURS ? "hours" :
                                     unit == MC_TIME_UNIT_CALENDAR_DAYS ? "days" : "working-days");
      json_builder_end_object (builder);
      root = json_builder_get_root (builder);
      mc_cli_print_json (root);
    }
  else
    {
      printf ("%s\n", due_text);
    }

  return MC_CLI_EXIT_OK;
}

static gboolean
parse_year (const char *text,
            int        *year)
{
  char *end = NULL;
  long value;

  if (text == NULL || *text == '\0')
    return FALSE;

  value = strtol (text, &end, 10);
  if (*end != '\0' || value < 1900 || value > 2199)
    return FALSE;

  *year = (int) value;
  return TRUE;
}

int
mc_cli_calendar_check (const McCliOptions *options)
{
  int year;

  if (options->words->len != 3 || !g_str_equal (g_ptr_array_index (options->words, 1), "show"))
    return mc_cli_usage_error (_("Use “calendar show YEAR”."));

  if (!parse_year (g_ptr_array_index (options->words, 2), &year))
    return mc_cli_usage_error (_("The year must be a number from 1900 to 2199."));

  return MC_CLI_USAGE_OK;
}

int
mc_cli_calendar_run (McDatabase         *db,
                     const McCliOptions *options)
{
  g_autoptr(GPtrArray) days = NULL;
  g_autoptr(GError) error = NULL;
  gboolean confirmed = FALSE;
  int year = 0;

  parse_year (g_ptr_array_index (options->words, 2), &year);

  if (!mc_calendar_store_ensure_years (db, year, year, &error) ||
      (days = mc_calendar_store_list_year (db, year, &confirmed, &error)) == NULL)
    return mc_cli_input_error (error);

  if (options->json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "year");
      json_builder_add_int_value (builder, year);
      json_builder_set_member_name (builder, "confirmed");
      json_builder_add_boolean_value (builder, confirmed);
      json_builder_set_member_name (builder, "days");
      json_builder_begin_array (builder);
      for (guint i = 0; i < days->len; i++)
        {
          const McCalendarDay *day = g_ptr_array_index (days, i);
          char iso[11];

          g_date_strftime (iso, sizeof iso, "%Y-%m-%d", &day->date);
          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "date");
          json_builder_add_string_value (builder, iso);
          json_builder_set_member_name (builder, "kind");
          json_builder_add_string_value (builder, day->kind == MC_DAY_OFF ? "off" : "makeup");
          json_builder_set_member_name (builder, "reason");
          json_builder_add_string_value (builder, mc_calendar_day_get_reason_label (day));
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      json_builder_end_object (builder);
      root = json_builder_get_root (builder);
      mc_cli_print_json (root);
      return MC_CLI_EXIT_OK;
    }

  if (confirmed)
    printf (_("%d: official calendar\n"), year);
  else
    printf (_("%d: generated from the statutory rules, not yet confirmed\n"), year);

  for (guint i = 0; i < days->len; i++)
    {
      const McCalendarDay *day = g_ptr_array_index (days, i);
      char iso[11];

      g_date_strftime (iso, sizeof iso, "%Y-%m-%d", &day->date);
      printf ("%s\t%s\t%s\n", iso,
              day->kind == MC_DAY_OFF ? _("day off") : _("make-up working day"),
              mc_calendar_day_get_reason_label (day));
    }

  return MC_CLI_EXIT_OK;
}
