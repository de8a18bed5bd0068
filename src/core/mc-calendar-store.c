/* mc-calendar-store.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-calendar-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>

#include "mc-audit.h"
#include "mc-calendar-store.h"
#include "mc-error.h"
#include "mc-vn-holidays.h"

/* All SQL of the working calendar and the office hours. Years with an
 * official notice are stored as such; any other year the office works in
 * is generated from the statutory rules on first use and stays marked
 * "not yet confirmed" until an administrator confirms or corrects it.
 * An administrator's edits are recorded in the audit trail, in their
 * transaction (mc-audit.c); the years generated are not edits. */

/* Reasons the application writes itself, translated when shown; reasons
 * an administrator types are shown as typed. */
static const char * const known_reasons[] G_GNUC_UNUSED = {
  N_("Swapped day off"),
  N_("Make-up working day"),
};

void
mc_calendar_day_free (McCalendarDay *day)
{
  if (day == NULL)
    return;

  g_free (day->reason);
  g_free (day);
}

/**
 * mc_calendar_day_get_reason_label:
 * @day: a calendar entry
 *
 * Returns: the reason, translated when it is one the application wrote
 */
const char *
mc_calendar_day_get_reason_label (const McCalendarDay *day)
{
  g_return_val_if_fail (day != NULL, NULL);

  if (day->reason == NULL || day->reason[0] == '\0')
    return "";

  return g_dgettext (GETTEXT_PACKAGE, day->reason);
}

static void
format_iso (const GDate *date,
            char         buffer[11])
{
  g_snprintf (buffer, 11, "%04u-%02u-%02u", g_date_get_year (date), g_date_get_month (date),
              g_date_get_day (date));
}

static gboolean
parse_iso (const char *text,
           GDate      *date)
{
  guint year, month, day;

  g_date_clear (date, 1);
  if (text == NULL || sscanf (text, "%4u-%2u-%2u", &year, &month, &day) != 3 ||
      !g_date_valid_dmy (day, month, year))
    return FALSE;

  g_date_set_dmy (date, day, month, year);
  return TRUE;
}

static char *
read_setting (McDatabase  *db,
              const char  *key,
              GError     **error)
{
  static const char sql[] = "SELECT value FROM setting WHERE key = ?1";
  g_autoptr(McStatement) stmt = mc_database_prepare (db, sql, error);
  gboolean has_row;

  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_STATIC);
  if (!mc_database_step (db, stmt, &has_row, error))
    return NULL;

  return g_strdup (has_row ? (const char *) sqlite3_column_text (stmt, 0) : "");
}

/**
 * mc_calendar_store_get_office_hours:
 * @db: a #McDatabase
 * @hours: (out): the office hours
 * @error: return location for a #GError
 */
gboolean
mc_calendar_store_get_office_hours (McDatabase     *db,
                                    McOfficeHours  *hours,
                                    GError        **error)
{
  g_autofree char *text = NULL;

  g_return_val_if_fail (MC_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (hours != NULL, FALSE);

  text = read_setting (db, "office-hours", error);
  if (text == NULL)
    return FALSE;

  return mc_office_hours_parse (text, hours, error);
}

gboolean
mc_calendar_store_set_office_hours (McDatabase           *db,
                                    const McOfficeHours  *hours,
                                    GError              **error)
{
  static const char * const keys[] = { "office-hours", NULL };
  static const char sql[] =
    "INSERT INTO setting (key, value) VALUES ('office-hours', ?1) "
    "ON CONFLICT (key) DO UPDATE SET value = excluded.value";
  g_autoptr(McAuditSettings) before = NULL;
  g_autofree char *text = NULL;
  g_autoptr(McStatement) stmt = NULL;
  McOfficeHours checked;

  g_return_val_if_fail (MC_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (hours != NULL, FALSE);

  /* Stored only in a form that reads back. */
  text = mc_office_hours_to_string (hours);
  if (!mc_office_hours_parse (text, &checked, error))
    return FALSE;

  if (!mc_database_begin (db, MC_TRANSACTION_WRITE, error))
    return FALSE;

  if ((before = mc_audit_settings_read (db, keys, error)) == NULL ||
      (stmt = mc_database_prepare (db, sql, error)) == NULL)
    {
      mc_database_end (db, FALSE, NULL);
      return FALSE;
    }

  sqlite3_bind_text (stmt, 1, text, -1, SQLITE_STATIC);
  if (!mc_database_step (db, stmt, NULL, error) ||
      !mc_audit_settings_record (before, db, NULL, MC_AUDIT_CALENDAR_OFFICE_HOURS, NULL, error))
    {
      mc_database_end (db, FALSE, NULL);
      return FALSE;
    }

  return mc_database_end (db, TRUE, error);
}

/**
 * mc_calendar_store_get_same_day_cutoff:
 * @db: a #McDatabase
 * @error: return location for a #GError
 *
 * Returns: minutes after midnight (900 for 15:00), or -1 with @error set
 */
int
mc_calendar_store_get_same_day_cutoff (McDatabase  *db,
                                       GError     **error)
{
  g_autofree char *text = NULL;
  guint hour, minute;

  g_return_val_if_fail (MC_IS_DATABASE (db), -1);

  text = read_setting (db, "same-day-cutoff", error);
  if (text == NULL)
    return -1;

  if (sscanf (text, "%2u:%2u", &hour, &minute) != 2 || hour > 23 || minute > 59)
    {
      g_set_error (error, MC_ERROR, MC_ERROR_INVALID,
                   _("The same-day cut-off time “%s” is not a time of day."), text);
      return -1;
    }

  return hour * 60 + minute;
}

/**
 * mc_calendar_store_load:
 * @db: a #McDatabase
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the office hours and every stored day
 */
McWorkingCalendar *
mc_calendar_store_load (McDatabase  *db,
                        GError     **error)
{
  static const char sql[] = "SELECT day, kind FROM calendar_day";
  g_autoptr(McWorkingCalendar) calendar = NULL;
  g_autoptr(McStatement) stmt = NULL;
  McOfficeHours hours;
  gboolean has_row;
  gboolean ok = TRUE;

  g_return_val_if_fail (MC_IS_DATABASE (db), NULL);

  if (!mc_calendar_store_get_office_hours (db, &hours, error))
    return NULL;

  calendar = mc_working_calendar_new (&hours);

  stmt = mc_database_prepare (db, sql, error);
  if (stmt == NULL)
    return NULL;

  while ((ok = mc_database_step (db, stmt, &has_row, error)) && has_row)
    {
      GDate date;

      if (parse_iso ((const char *) sqlite3_column_text (stmt, 0), &date))
        mc_working_calendar_set_day (calendar, &date, sqlite3_column_int (stmt, 1));
    }

  if (!ok)
    return NULL;

  return g_steal_pointer (&calendar);
}

static gboolean
has_year (McDatabase  *db,
          int          year,
          gboolean    *exists,
          gboolean    *confirmed,
          GError     **error)
{
  static const char sql[] = "SELECT confirmed FROM calendar_year WHERE year = ?1";
  g_autoptr(McStatement) stmt = mc_database_prepare (db, sql, error);

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int (stmt, 1, year);
  if (!mc_database_step (db, stmt, exists, error))
    return FALSE;

  if (confirmed != NULL)
    *confirmed = *exists && sqlite3_column_int (stmt, 0) != 0;

  return TRUE;
}

static gboolean
insert_day (McDatabase       *db,
            const GDate      *date,
            McDayKind         kind,
            const char       *reason,
            McCalendarSource  source,
            gboolean          replace,
            GError          **error)
{
  static const char keep_sql[] =
    "INSERT INTO calendar_day (day, kind, reason, source) VALUES (?1, ?2, ?3, ?4) "
    "ON CONFLICT (day) DO NOTHING";
  static const char replace_sql[] =
    "INSERT INTO calendar_day (day, kind, reason, source) VALUES (?1, ?2, ?3, ?4) "
    "ON CONFLICT (day) DO UPDATE SET kind = excluded.kind, reason = excluded.reason, "
    "source = excluded.source";
  g_autoptr(McStatement) stmt = mc_database_prepare (db, replace ? replace_sql : keep_sql, error);
  char iso[11];

  if (stmt == NULL)
    return FALSE;

  format_iso (date, iso);
  sqlite3_bind_text (stmt, 1, iso, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 2, kind);
  sqlite3_bind_text (stmt, 3, reason != NULL ? reason : "", -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 4, source);

  return mc_database_step (db, stmt, NULL, error);
}

/* Runs @sql, a constant statement whose only parameter is @date. */
static gboolean
run_on_day (McDatabase   *db,
            const char   *sql,
            const GDate  *date,
            GError      **error)
{
  g_autoptr(McStatement) stmt = mc_database_prepare (db, sql, error);
  char iso[11];

  if (stmt == NULL)
    return FALSE;

  format_iso (date, iso);
  sqlite3_bind_text (stmt, 1, iso, -1, SQLITE_TRANSIENT);
  return mc_database_step (db, stmt, NULL, error);
}

static gboolean
generate_year (McDatabase  *db,
               int          year,
               GError     **error)
{
  static const char sql[] =
    "INSERT INTO calendar_year (year, confirmed, source) VALUES (?1, 0, 1)";
  g_autoptr(GArray) entries = mc_vn_holidays_generate (year);
  g_autoptr(McStatement) stmt = NULL;

  for (guint i = 0; i < entries->len; i++)
    {
      const McCalendarEntry *entry = &g_array_index (entries, McCalendarEntry, i);

      /* A day an administrator already entered for that year stays. */
      if (!insert_day (db, &entry->date, entry->kind, entry->reason,
                       MC_CALENDAR_SOURCE_GENERATED, FALSE, error))
        return FALSE;
    }

  stmt = mc_database_prepare (db, sql, error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int (stmt, 1, year);
  return mc_database_step (db, stmt, NULL, error);
}

/**
 * mc_calendar_store_ensure_years:
 * @db: a #McDatabase
 * @first_year: the first year needed
 * @last_year: the last year needed
 * @error: return location for a #GError
 *
 * Generates, from the statutory rules, every year of the range the
 * database does not hold yet, marked as not confirmed.
 */
gboolean
mc_calendar_store_ensure_years (McDatabase  *db,
                                int          first_year,
                                int          last_year,
                                GError     **error)
{
  g_return_val_if_fail (MC_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (first_year >= 1900 && last_year <= 2199 && first_year <= last_year, FALSE);

  if (!mc_database_begin (db, MC_TRANSACTION_WRITE, error))
    return FALSE;

  for (int year = first_year; year <= last_year; year++)
    {
      gboolean exists;

      if (!has_year (db, year, &exists, NULL, error) ||
          (!exists && !generate_year (db, year, error)))
        {
          mc_database_end (db, FALSE, NULL);
          return FALSE;
        }
    }

  return mc_database_end (db, TRUE, error);
}

/**
 * mc_calendar_store_list_year:
 * @db: a #McDatabase
 * @year: a year
 * @confirmed: (out) (optional): whether the year is official
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (element-type McCalendarDay): the year's days
 *   off and make-up working days, by date
 */
GPtrArray *
mc_calendar_store_list_year (McDatabase  *db,
                             int          year,
                             gboolean    *confirmed,
                             GError     **error)
{
  static const char sql[] =
    "SELECT day, kind, reason, source FROM calendar_day "
    "WHERE day BETWEEN ?1 AND ?2 ORDER BY day";
  g_autoptr(McStatement) stmt = NULL;
  g_autoptr(GPtrArray) days = NULL;
  g_autofree char *first = g_strdup_printf ("%04d-01-01", year);
  g_autofree char *last = g_strdup_printf ("%04d-12-31", year);
  gboolean exists, has_row;
  gboolean ok = TRUE;

  g_return_val_if_fail (MC_IS_DATABASE (db), NULL);

  if (!has_year (db, year, &exists, confirmed, error))
    return NULL;

  stmt = mc_database_prepare (db, sql, error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, first, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, last, -1, SQLITE_STATIC);

  days = g_ptr_array_new_with_free_func ((GDestroyNotify) mc_calendar_day_free);
  while ((ok = mc_database_step (db, stmt, &has_row, error)) && has_row)
    {
      McCalendarDay *day = g_new0 (McCalendarDay, 1);

      if (!parse_iso ((const char *) sqlite3_column_text (stmt, 0), &day->date))
        {
          mc_calendar_day_free (day);
          continue;
        }
      day->kind = sqlite3_column_int (stmt, 1);
      day->reason = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      day->source = sqlite3_column_int (stmt, 3);
      g_ptr_array_add (days, day);
    }

  if (!ok)
    return NULL;

  return g_steal_pointer (&days);
}

/**
 * mc_calendar_store_set_day:
 * @db: a #McDatabase
 * @date: a date
 * @kind: day off, or make-up working day
 * @reason: (nullable): why
 * @error: return location for a #GError
 *
 * An administrator's entry: it replaces whatever the day held, and a
 * calendar pulled from the portal keeps it (see mc_sync_calendar_pull()).
 */
gboolean
mc_calendar_store_set_day (McDatabase   *db,
                           const GDate  *date,
                           McDayKind     kind,
                           const char   *reason,
                           GError      **error)
{
  g_autofree char *details = NULL;
  GDateWeekday weekday;
  char iso[11];

  g_return_val_if_fail (MC_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (date != NULL && g_date_valid (date), FALSE);

  weekday = g_date_get_weekday (date);
  if (kind == MC_DAY_MAKEUP_WORKDAY && weekday != G_DATE_SATURDAY && weekday != G_DATE_SUNDAY)
    {
      g_set_error_literal (error, MC_ERROR, MC_ERROR_INVALID,
                           _("Only a Saturday or a Sunday can be a make-up working day."));
      return FALSE;
    }
  if (kind == MC_DAY_OFF && (weekday == G_DATE_SATURDAY || weekday == G_DATE_SUNDAY))
    {
      g_set_error_literal (error, MC_ERROR, MC_ERROR_INVALID,
                           _("Saturdays and Sundays are already days off."));
      return FALSE;
    }

  if (!mc_database_begin (db, MC_TRANSACTION_WRITE, error))
    return FALSE;

  format_iso (date, iso);
  details = mc_audit_details ("kind", kind == MC_DAY_OFF ? "day-off" : "makeup-workday",
                              "reason", reason != NULL ? reason : "", NULL);
  if (!insert_day (db, date, kind, reason, MC_CALENDAR_SOURCE_ADMINISTRATOR, TRUE, error) ||
      !run_on_day (db, "DELETE FROM calendar_day_removed WHERE day = ?1", date, error) ||
      !mc_audit_record (db, NULL, MC_AUDIT_CALENDAR_DAY_SET, iso, details, error))
    {
      mc_database_end (db, FALSE, NULL);
      return FALSE;
    }

  return mc_database_end (db, TRUE, error);
}

/**
 * mc_calendar_store_remove_day:
 * @db: a #McDatabase
 * @date: a date
 * @error: return location for a #GError
 *
 * An administrator's removal: the day follows the weekly rule again. The
 * removal is remembered as a local edit, which a calendar pulled from the
 * portal does not undo (see mc_sync_calendar_pull()).
 */
gboolean
mc_calendar_store_remove_day (McDatabase   *db,
                              const GDate  *date,
                              GError      **error)
{
  char iso[11];

  g_return_val_if_fail (MC_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (date != NULL && g_date_valid (date), FALSE);

  if (!mc_database_begin (db, MC_TRANSACTION_WRITE, error))
    return FALSE;

  format_iso (date, iso);
  if (!run_on_day (db, "DELETE FROM calendar_day WHERE day = ?1", date, error) ||
      !run_on_day (db, "INSERT INTO calendar_day_removed (day) VALUES (?1) "
                       "ON CONFLICT (day) DO NOTHING", date, error) ||
      !mc_audit_record (db, NULL, MC_AUDIT_CALENDAR_DAY_REMOVE, iso, NULL, error))
    {
      mc_database_end (db, FALSE, NULL);
      return FALSE;
    }

  return mc_database_end (db, TRUE, error);
}

/**
 * mc_calendar_store_confirm_year:
 * @db: a #McDatabase
 * @year: a year
 * @error: return location for a #GError
 *
 * Marks @year as checked against the official notice by an administrator.
 */
gboolean
mc_calendar_store_confirm_year (McDatabase  *db,
                                int          year,
                                GError     **error)
{
  static const char sql[] =
    "INSERT INTO calendar_year (year, confirmed, source) VALUES (?1, 1, 2) "
    "ON CONFLICT (year) DO UPDATE SET confirmed = 1, source = 2";
  g_autoptr(McStatement) stmt = NULL;
  char subject[16];

  g_return_val_if_fail (MC_IS_DATABASE (db), FALSE);

  if (!mc_database_begin (db, MC_TRANSACTION_WRITE, error))
    return FALSE;

  stmt = mc_database_prepare (db, sql, error);
  if (stmt != NULL)
    sqlite3_bind_int (stmt, 1, year);
  g_snprintf (subject, sizeof subject, "%d", year);
  if (stmt == NULL || !mc_database_step (db, stmt, NULL, error) ||
      !mc_audit_record (db, NULL, MC_AUDIT_CALENDAR_YEAR_CONFIRM, subject, NULL, error))
    {
      mc_database_end (db, FALSE, NULL);
      return FALSE;
    }

  return mc_database_end (db, TRUE, error);
}
