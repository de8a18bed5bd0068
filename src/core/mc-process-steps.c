/* mc-process-steps.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-process-steps"

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "mc-calendar-store.h"
#include "mc-error.h"
#include "mc-process-steps.h"
#include "mc-procedure-store.h"

/* The internal process of a procedure (quy trình nội bộ): its steps, each
 * with a budget of working minutes, and the judgement of a step's time
 * against its budget for the control sheet (Mẫu 05, domain notes §1.5).
 * All SQL of process_step is here.
 *
 * A procedure without stored steps has one default step that covers its
 * whole processing time. */

#define NAME_MAX_CHARS 200

/**
 * mc_process_step_new:
 * @name: the step's name
 * @budget_minutes: its budget in working minutes
 *
 * Returns: (transfer full): a new step
 */
McProcessStep *
mc_process_step_new (const char *name,
                     gint64      budget_minutes)
{
  McProcessStep *step = g_new0 (McProcessStep, 1);

  step->name = g_strdup (name != NULL ? name : "");
  step->budget_minutes = budget_minutes;
  return step;
}

void
mc_process_step_free (McProcessStep *step)
{
  if (step == NULL)
    return;

  g_free (step->name);
  g_free (step);
}

static GPtrArray *
new_step_array (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) mc_process_step_free);
}

/**
 * mc_process_steps_duration_minutes:
 * @time: a procedure's processing time
 * @day_minutes: the working minutes of an office day
 *
 * The processing time as working minutes, the most the steps may take in
 * all: hours × 60, working days × @day_minutes, and calendar days counted
 * as working days (they hold no more working time than that). A same-day
 * procedure (0 days) has one office day.
 *
 * Returns: the working minutes, or 0 when @time states none
 */
gint64
mc_process_steps_duration_minutes (const McProcedureTime *time,
                                   int                    day_minutes)
{
  g_return_val_if_fail (day_minutes > 0, 0);

  if (time == NULL || !time->has_time || time->value < 0)
    return 0;

  switch (time->unit)
    {
    case MC_TIME_UNIT_HOURS:
      return time->value > 0 ? llround (time->value * 60) : day_minutes;

    case MC_TIME_UNIT_CALENDAR_DAYS:
      return time->value > 0 ? (gint64) ceil (time->value) * day_minutes : day_minutes;

    case MC_TIME_UNIT_WORKING_DAYS:
    default:
      return time->value > 0 ? llround (time->value * day_minutes) : day_minutes;
    }
}

/**
 * mc_process_steps_default:
 * @duration_minutes: the procedure's processing time in working minutes
 *
 * Returns: (transfer full) (element-type McProcessStep): the one step of
 *   a procedure without stored steps, covering its whole processing time
 */
GPtrArray *
mc_process_steps_default (gint64 duration_minutes)
{
  GPtrArray *steps = new_step_array ();

  g_ptr_array_add (steps, mc_process_step_new (_("Processing the dossier"),
                                               MAX (duration_minutes, 1)));
  return steps;
}

static char *
format_hours (gint64 minutes)
{
  if (minutes % 60 == 0)
    return g_strdup_printf ("%" G_GINT64_FORMAT, minutes / 60);

  return g_strdup_printf ("%.2f", minutes / 60.0);
}

/**
 * mc_process_steps_validate:
 * @steps: (element-type McProcessStep): the steps, in order
 * @duration_minutes: the procedure's processing time in working minutes,
 *   or 0 not to check the total
 * @error: return location for a #GError
 *
 * Every step needs a name and a budget of more than 0 minutes, and the
 * budgets together may not exceed the processing time.
 *
 * Returns: %TRUE if valid; %FALSE with %MC_ERROR_INVALID saying why
 */
gboolean
mc_process_steps_validate (GPtrArray  *steps,
                           gint64      duration_minutes,
                           GError    **error)
{
  gint64 total = 0;

  g_return_val_if_fail (steps != NULL, FALSE);

  for (guint i = 0; i < steps->len; i++)
    {
      McProcessStep *step = g_ptr_array_index (steps, i);
      g_autofree char *name = g_strstrip (g_strdup (step->name != NULL ? step->name : ""));

      if (*name == '\0')
        {
          g_set_error (error, MC_ERROR, MC_ERROR_INVALID,
                       _("Step %u: a step needs a name."), i + 1);
          return FALSE;
        }
      if (!g_utf8_validate (name, -1, NULL) || g_utf8_strlen (name, -1) > NAME_MAX_CHARS)
        {
          g_set_error (error, MC_ERROR, MC_ERROR_INVALID,
                       _("Step %u: a name has at most %d characters."), i + 1, NAME_MAX_CHARS);
          return FALSE;
        }
      if (step->budget_minutes <= 0)
        {
          g_set_error (error, MC_ERROR, MC_ERROR_INVALID,
                       _("Step %u (%s): its time budget must be more than 0 working hours."),
                       i + 1, name);
          return FALSE;
        }
      total += step->budget_minutes;
    }

  if (duration_minutes > 0 && total > duration_minutes)
    {
      g_autofree char *total_text = format_hours (total);
      g_autofree char *duration_text = format_hours (duration_minutes);

      g_set_error (error, MC_ERROR, MC_ERROR_INVALID,
                   _("The steps take %s working hours in all, more than the procedure’s "
                     "processing time of %s working hours: shorten some of them."),
                   total_text, duration_text);
      return FALSE;
    }

  return TRUE;
}

/**
 * mc_process_steps_list_stored:
 * @db: a #McDatabase
 * @procedure_code: a procedure code
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (element-type McProcessStep): the stored steps
 *   of @procedure_code in order, empty when it has the default step
 */
GPtrArray *
mc_process_steps_list_stored (McDatabase  *db,
                              const char  *procedure_code,
                              GError     **error)
{
  static const char sql[] =
    "SELECT name, budget_minutes FROM process_step WHERE procedure_code = ?1 ORDER BY position";
  g_autoptr(GPtrArray) steps = new_step_array ();
  g_autoptr(McStatement) stmt = NULL;
  gboolean has_row;
  gboolean ok;

  g_return_val_if_fail (MC_IS_DATABASE (db), NULL);
  g_return_val_if_fail (procedure_code != NULL, NULL);

  stmt = mc_database_prepare (db, sql, error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, procedure_code, -1, SQLITE_STATIC);
  while ((ok = mc_database_step (db, stmt, &has_row, error)) && has_row)
    g_ptr_array_add (steps, mc_process_step_new ((const char *) sqlite3_column_text (stmt, 0),
                                                 sqlite3_column_int64 (stmt, 1)));

  if (!ok)
    return NULL;

  return g_steal_pointer (&steps);
}

/* The processing time of the version of @procedure_code in force today,
 * in working minutes. */
static gint64
procedure_duration (McDatabase  *db,
                    const char  *procedure_code,
                    GError     **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now (mc_working_calendar_get_time_zone ());
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autoptr(McProcedure) procedure = NULL;
  g_autoptr(GError) local_error = NULL;
  McOfficeHours hours;
  gint64 duration;

  procedure = mc_procedure_store_find_in_force (db, procedure_code, today, &local_error);
  if (procedure == NULL)
    {
      if (g_error_matches (local_error, MC_ERROR, MC_ERROR_NOT_FOUND))
        g_set_error (error, MC_ERROR, MC_ERROR_NOT_FOUND,
                     _("No procedure with code “%s” is in force today."), procedure_code);
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
      return 0;
    }

  if (!mc_calendar_store_get_office_hours (db, &hours, error))
    return 0;

  duration = mc_process_steps_duration_minutes (mc_procedure_get_main_time (procedure),
                                                (hours.morning_end - hours.morning_start) +
                                                (hours.afternoon_end - hours.afternoon_start));
  if (duration <= 0)
    {
      g_set_error (error, MC_ERROR, MC_ERROR_NOT_FOUND,
                   _("The catalogue states no processing time for %s: its steps have no "
                     "time to share."), procedure_code);
      return 0;
    }

  return duration;
}

/**
 * mc_process_steps_list:
 * @db: a #McDatabase
 * @procedure_code: a procedure code
 * @is_default: (out) (optional): set to %TRUE when no steps are stored and
 *   the default single step is returned
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (element-type McProcessStep): the stored steps
 *   of @procedure_code in order, or the default single step covering the
 *   processing time of its version in force today; %NULL with
 *   %MC_ERROR_NOT_FOUND when that is needed and unknown
 */
GPtrArray *
mc_process_steps_list (McDatabase  *db,
                       const char  *procedure_code,
                       gboolean    *is_default,
                       GError     **error)
{
  g_autoptr(GPtrArray) steps = NULL;
  gint64 duration;

  g_return_val_if_fail (MC_IS_DATABASE (db), NULL);
  g_return_val_if_fail (procedure_code != NULL, NULL);

  steps = mc_process_steps_list_stored (db, procedure_code, error);
  if (steps == NULL)
    return NULL;

  if (is_default != NULL)
    *is_default = steps->len == 0;

  if (steps->len > 0)
    return g_steal_pointer (&steps);

  duration = procedure_duration (db, procedure_code, error);
  if (duration <= 0)
    return NULL;

  return mc_process_steps_default (duration);
}

static gboolean
set_in_transaction (McDatabase  *db,
                    const char  *procedure_code,
                    GPtrArray   *steps,
                    GError     **error)
{
  static const char delete_sql[] = "DELETE FROM process_step WHERE procedure_code = ?1";
  static const char insert_sql[] =
    "INSERT INTO process_step (procedure_code, position, name, budget_minutes) "
    "VALUES (?1, ?2, ?3, ?4)";

  {
    g_autoptr(McStatement) stmt = mc_database_prepare (db, delete_sql, error);

    if (stmt == NULL)
      return FALSE;
    sqlite3_bind_text (stmt, 1, procedure_code, -1, SQLITE_STATIC);
    if (!mc_database_step (db, stmt, NULL, error))
      return FALSE;
  }

  for (guint i = 0; i < steps->len; i++)
    {
      McProcessStep *step = g_ptr_array_index (steps, i);
      g_autoptr(McStatement) stmt = mc_database_prepare (db, insert_sql, error);
      g_autofree char *name = g_strstrip (g_strdup (step->name));

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, procedure_code, -1, SQLITE_STATIC);
      sqlite3_bind_int (stmt, 2, i);
      sqlite3_bind_text (stmt, 3, name, -1, SQLITE_STATIC);
      sqlite3_bind_int64 (stmt, 4, step->budget_minutes);
      if (!mc_database_step (db, stmt, NULL, error))
        return FALSE;
    }

  return TRUE;
}

/**
 * mc_process_steps_set:
 * @db: a #McDatabase
 * @procedure_code: a procedure code
 * @steps: (nullable) (element-type McProcessStep): the steps in order;
 *   %NULL or empty goes back to the default single step
 * @error: return location for a #GError
 *
 * Replaces the steps of @procedure_code, checked with
 * mc_process_steps_validate() against the processing time of its version
 * in force today. Dossiers already handed over keep the results written
 * in their events.
 *
 * Returns: %TRUE if stored; %FALSE with %MC_ERROR_INVALID saying why, or
 *   %MC_ERROR_NOT_FOUND for a procedure not in force; nothing is written
 *   then
 */
gboolean
mc_process_steps_set (McDatabase  *db,
                      const char  *procedure_code,
                      GPtrArray   *steps,
                      GError     **error)
{
  g_autoptr(GPtrArray) none = NULL;

  g_return_val_if_fail (MC_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (procedure_code != NULL, FALSE);

  if (steps == NULL)
    steps = none = new_step_array ();

  if (steps->len > 0)
    {
      gint64 duration = procedure_duration (db, procedure_code, error);

      if (duration <= 0 || !mc_process_steps_validate (steps, duration, error))
        return FALSE;
    }

  if (!mc_database_begin (db, MC_TRANSACTION_WRITE, error))
    return FALSE;

  if (!set_in_transaction (db, procedure_code, steps, error))
    {
      mc_database_end (db, FALSE, NULL);
      return FALSE;
    }

  return mc_database_end (db, TRUE, error);
}

/**
 * mc_process_steps_judge_minutes:
 * @spent_minutes: the working minutes the step took
 * @budget_minutes: its budget
 *
 * The rule of the control sheet: a step is
 *  - early (trước hạn) when it ended with at least
 *    %MC_STEP_EARLY_MARGIN_MINUTES (one working hour) of its budget left,
 *    that is @spent_minutes ≤ @budget_minutes − 60;
 *  - on time (đúng hạn) when it ended within its budget, in the budget's
 *    last working hour: @spent_minutes ≤ @budget_minutes;
 *  - late (quá hạn) when it took longer than its budget.
 * A budget of one working hour is therefore early only for a step that
 * took no working time at all (outside office hours), and a shorter
 * budget is never early.
 *
 * Returns: the step's result
 */
McStepResult
mc_process_steps_judge_minutes (gint64 spent_minutes,
                                gint64 budget_minutes)
{
  if (spent_minutes > budget_minutes)
    return MC_STEP_RESULT_LATE;

  if (spent_minutes <= budget_minutes - MC_STEP_EARLY_MARGIN_MINUTES)
    return MC_STEP_RESULT_EARLY;

  return MC_STEP_RESULT_ON_TIME;
}

/**
 * mc_process_steps_judge:
 * @calendar: the office's working calendar
 * @step_start: when the step began (the previous hand-over, or receipt)
 * @step_end: when it ended
 * @budget_minutes: its budget in working minutes
 *
 * Counts the working minutes from @step_start to @step_end with
 * @calendar and judges them with mc_process_steps_judge_minutes().
 *
 * Returns: the step's result
 */
McStepResult
mc_process_steps_judge (McWorkingCalendar *calendar,
                        GDateTime         *step_start,
                        GDateTime         *step_end,
                        gint64             budget_minutes)
{
  gint64 spent;

  g_return_val_if_fail (MC_IS_WORKING_CALENDAR (calendar), MC_STEP_RESULT_ON_TIME);
  g_return_val_if_fail (step_start != NULL && step_end != NULL, MC_STEP_RESULT_ON_TIME);

  spent = MAX (mc_working_calendar_count_minutes (calendar, step_start, step_end), 0);

  return mc_process_steps_judge_minutes (spent, budget_minutes);
}

/**
 * mc_step_result_to_string:
 * @result: a step result
 *
 * Returns: its name in the events' details: "early", "on_time" or "late"
 */
const char *
mc_step_result_to_string (McStepResult result)
{
  switch (result)
    {
    case MC_STEP_RESULT_EARLY:
      return "early";

    case MC_STEP_RESULT_ON_TIME:
      return "on_time";

    case MC_STEP_RESULT_LATE:
      return "late";

    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * mc_step_result_from_string:
 * @text: (nullable): a name from mc_step_result_to_string()
 * @result: (out): the result
 *
 * Returns: %TRUE if @text names a result
 */
gboolean
mc_step_result_from_string (const char   *text,
                            McStepResult *result)
{
  for (McStepResult r = MC_STEP_RESULT_EARLY; r <= MC_STEP_RESULT_LATE; r++)
    if (g_strcmp0 (text, mc_step_result_to_string (r)) == 0)
      {
        *result = r;
        return TRUE;
      }

  return FALSE;
}

/**
 * mc_step_result_get_label:
 * @result: a step result
 *
 * Returns: its label on the control sheet and the timeline ("Trước hạn",
 *   "Đúng hạn", "Quá hạn" in Vietnamese)
 */
const char *
mc_step_result_get_label (McStepResult result)
{
  switch (result)
    {
    case MC_STEP_RESULT_EARLY:
      /* Translators: the result of a step of the control sheet (Mẫu 05): “Trước hạn” */
      return _("Early");

    case MC_STEP_RESULT_ON_TIME:
      /* Translators: the result of a step of the control sheet (Mẫu 05): “Đúng hạn” */
      return _("On time");

    case MC_STEP_RESULT_LATE:
      /* Translators: the result of a step of the control sheet (Mẫu 05): “Quá hạn” */
      return _("Late");

    default:
      g_return_val_if_reached (NULL);
    }
}
