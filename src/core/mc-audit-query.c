/* mc-audit-query.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-audit-query"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>

#include "mc-audit-query.h"
#include "mc-error.h"
#include "mc-text.h"
#include "mc-working-calendar.h"

/* The audit view's history: the steps of dossiers (dossier_event) and
 * the other changes (audit_entry), merged, newest first by the time they
 * were recorded.
 *
 * Each filter has its own statement, chosen among constant ones, so that
 * SQLite plans each with the index that fits (migration 0012) instead of
 * one plan for "this filter, or none". The plans, checked on a million
 * steps with and without ANALYZE's statistics:
 *   - the whole history, or a period: both tables walked backwards along
 *     their device_time index and merged (MERGE (UNION ALL)), stopping
 *     after the page: under a millisecond for the first page;
 *   - an actor: the same along the (actor_id, device_time) indexes; an
 *     actor without a staff account is one with actor_id NULL;
 *   - a dossier's code: the dossiers first, by the code's index (a range:
 *     the code's beginning), then their steps by dossier_event_by_dossier,
 *     sorted. The CROSS JOIN and the unary "+" keep SQLite from walking
 *     an actor's whole history for each dossier instead, which it prefers
 *     without statistics. A whole code takes a millisecond; a beginning
 *     shared by tens of thousands of dossiers (a month's codes) sorts all
 *     their steps, a second or two: the period is the fast way to narrow
 *     by time.
 * The period is a range of device_time in every statement. */

#define EVENT_LINE \
  "SELECT 0, e.id, e.device_time, e.effective_time, e.actor_id, e.actor_name, " \
  "  e.workstation, NULL, e.action, d.code, d.code, e.note, e.details, e.entered_late "

#define ENTRY_LINE \
  "SELECT 1, a.id, a.device_time, a.device_time, a.actor_id, a.actor_name, " \
  "  a.workstation, a.kind, NULL, a.subject, " \
  "  CASE WHEN a.kind GLOB 'dossier.*' THEN a.subject END, '', a.details, 0 "

/* ?1 staff id, ?2 actor name, ?3 and ?4 the range of codes, ?5 and ?6 the
 * range of time, ?7 limit, ?8 offset. */
#define EVENTS \
  "FROM dossier_event e JOIN dossier d ON d.id = e.dossier_id " \
  "WHERE e.device_time >= ?5 AND e.device_time < ?6 "
#define EVENTS_OF_DOSSIERS \
  "FROM dossier d CROSS JOIN dossier_event e ON e.dossier_id = d.id " \
  "WHERE d.code >= ?3 AND d.code < ?4 AND +e.device_time >= ?5 AND +e.device_time < ?6 "
#define ENTRIES \
  "FROM audit_entry a WHERE a.device_time >= ?5 AND a.device_time < ?6 "
#define ENTRIES_OF_DOSSIERS \
  ENTRIES "AND a.kind GLOB 'dossier.*' AND a.subject >= ?3 AND a.subject < ?4 "

#define BY_STAFF(t) "AND " t ".actor_id = ?1 "
#define BY_NAME(t)  "AND " t ".actor_id IS NULL AND " t ".actor_name = ?2 "
/* The same, without the actor's index: for the steps of some dossiers. */
#define BY_STAFF_OF_DOSSIERS "AND +e.actor_id = ?1 "
#define BY_NAME_OF_DOSSIERS  "AND +e.actor_id IS NULL AND e.actor_name = ?2 "

#define PAGE "ORDER BY 3 DESC, 1, 2 DESC LIMIT ?7 OFFSET ?8"

#define ALL_BY_ANYONE \
  EVENT_LINE EVENTS "UNION ALL " ENTRY_LINE ENTRIES PAGE
#define DOSSIERS_BY_ANYONE \
  EVENT_LINE EVENTS_OF_DOSSIERS "UNION ALL " ENTRY_LINE ENTRIES_OF_DOSSIERS PAGE
#define ALL_BY_STAFF \
  EVENT_LINE EVENTS BY_STAFF ("e") "UNION ALL " ENTRY_LINE ENTRIES BY_STAFF ("a") PAGE
#define DOSSIERS_BY_STAFF \
  EVENT_LINE EVENTS_OF_DOSSIERS BY_STAFF_OF_DOSSIERS "UNION ALL " \
  ENTRY_LINE ENTRIES_OF_DOSSIERS BY_STAFF ("a") PAGE
#define ALL_BY_NAME \
  EVENT_LINE EVENTS BY_NAME ("e") "UNION ALL " ENTRY_LINE ENTRIES BY_NAME ("a") PAGE
#define DOSSIERS_BY_NAME \
  EVENT_LINE EVENTS_OF_DOSSIERS BY_NAME_OF_DOSSIERS "UNION ALL " \
  ENTRY_LINE ENTRIES_OF_DOSSIERS BY_NAME ("a") PAGE

typedef enum
{
  ACTOR_ANY,
  ACTOR_STAFF,
  ACTOR_NAME,
  N_ACTOR_FILTERS
} ActorFilter;

static const char * const queries[N_ACTOR_FILTERS][2] = {
  [ACTOR_ANY] = { ALL_BY_ANYONE, DOSSIERS_BY_ANYONE },
  [ACTOR_STAFF] = { ALL_BY_STAFF, DOSSIERS_BY_STAFF },
  [ACTOR_NAME] = { ALL_BY_NAME, DOSSIERS_BY_NAME },
};

/* The same, for the tests of the plans (mc_audit_query_explain()). */
#define EXPLAIN "EXPLAIN QUERY PLAN "
static const char * const plans[N_ACTOR_FILTERS][2] = {
  [ACTOR_ANY] = { EXPLAIN ALL_BY_ANYONE, EXPLAIN DOSSIERS_BY_ANYONE },
  [ACTOR_STAFF] = { EXPLAIN ALL_BY_STAFF, EXPLAIN DOSSIERS_BY_STAFF },
  [ACTOR_NAME] = { EXPLAIN ALL_BY_NAME, EXPLAIN DOSSIERS_BY_NAME },
};

/* Above every character: the end of the range of codes beginning so. */
#define LAST_CHARACTER "\xf4\x8f\xbf\xbf"

/*
 * Auxiliary functions
 */

/* Midnight at the start of @date in the office's time zone. */
static gint64
day_start (const GDate *date)
{
  g_autoptr(GDateTime) moment = g_date_time_new (mc_working_calendar_get_time_zone (),
                                                 g_date_get_year (date),
                                                 g_date_get_month (date),
                                                 g_date_get_day (date), 0, 0, 0);

  return g_date_time_to_unix (moment) * G_USEC_PER_SEC;
}

static const char *
column_text (sqlite3_stmt *stmt,
             int           column)
{
  return (const char *) sqlite3_column_text (stmt, column);
}

static McAuditEntry *
entry_from_row (sqlite3_stmt *stmt)
{
  McAuditEntryFields fields = { 0, };

  fields.source = sqlite3_column_int (stmt, 0) == 0 ? MC_AUDIT_SOURCE_DOSSIER_EVENT
                                                    : MC_AUDIT_SOURCE_ENTRY;
  fields.id = sqlite3_column_int64 (stmt, 1);
  fields.device_time = sqlite3_column_int64 (stmt, 2);
  fields.effective_time = sqlite3_column_int64 (stmt, 3);
  fields.actor_id = sqlite3_column_int64 (stmt, 4);
  fields.actor_name = column_text (stmt, 5);
  fields.workstation = column_text (stmt, 6);
  fields.kind = column_text (stmt, 7);
  fields.action = sqlite3_column_type (stmt, 8) == SQLITE_NULL ? -1
                                                               : sqlite3_column_int (stmt, 8);
  fields.subject = column_text (stmt, 9);
  fields.dossier_code = column_text (stmt, 10);
  fields.note = column_text (stmt, 11);
  fields.details = column_text (stmt, 12);
  fields.entered_late = sqlite3_column_int (stmt, 13) != 0;

  return mc_audit_entry_new (&fields);
}

static gboolean
all_digits (const char *text,
            gsize       min_length,
            gsize       max_length)
{
  gsize length = strlen (text);

  return length >= min_length && length <= max_length && strspn (text, "0123456789") == length;
}

static ActorFilter
get_actor_filter (const McAuditQuery *query)
{
  if (query->staff_id > 0)
    return ACTOR_STAFF;
  if (query->actor_name != NULL)
    return ACTOR_NAME;
  return ACTOR_ANY;
}

/* 1 for the statements of some dossiers, 0 otherwise. */
static guint
get_dossier_filter (const McAuditQuery *query)
{
  return query->dossier_code != NULL && *query->dossier_code != '\0' ? 1 : 0;
}

/* Prepares @sql, the statement of @query's filters (see queries and
 * plans), and binds it. *code_end holds the end of the range of codes. */
static sqlite3_stmt *
prepare (McDatabase          *db,
         const char          *sql,
         const McAuditQuery  *query,
         char               **code_end,
         GError             **error)
{
  sqlite3_stmt *stmt = mc_database_prepare (db, sql, error);

  if (stmt == NULL)
    return NULL;

  if (get_actor_filter (query) == ACTOR_STAFF)
    sqlite3_bind_int64 (stmt, 1, query->staff_id);
  else if (get_actor_filter (query) == ACTOR_NAME)
    sqlite3_bind_text (stmt, 2, query->actor_name, -1, SQLITE_TRANSIENT);
  if (get_dossier_filter (query))
    {
      *code_end = g_strconcat (query->dossier_code, LAST_CHARACTER, NULL);
      sqlite3_bind_text (stmt, 3, query->dossier_code, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 4, *code_end, -1, SQLITE_STATIC);
    }
  sqlite3_bind_int64 (stmt, 5, g_date_valid (&query->from) ? day_start (&query->from)
                                                           : G_MININT64);
  if (g_date_valid (&query->to))
    {
      GDate after = query->to;

      g_date_add_days (&after, 1);
      sqlite3_bind_int64 (stmt, 6, day_start (&after));
    }
  else
    {
      sqlite3_bind_int64 (stmt, 6, G_MAXINT64);
    }
  sqlite3_bind_int (stmt, 7, query->limit > 0 ? query->limit : MC_AUDIT_QUERY_DEFAULT_LIMIT);
  sqlite3_bind_int (stmt, 8, query->offset);

  return stmt;
}

/*
 * Public API
 */

/**
 * mc_audit_query_init:
 * @query: a query
 *
 * Sets @query to the whole history, the newest
 * %MC_AUDIT_QUERY_DEFAULT_LIMIT lines first.
 */
void
mc_audit_query_init (McAuditQuery *query)
{
  g_return_if_fail (query != NULL);

  memset (query, 0, sizeof *query);
  g_date_clear (&query->from, 1);
  g_date_clear (&query->to, 1);
}

/**
 * mc_audit_query_check_period:
 * @query: a query
 * @error: return location for a #GError
 *
 * Returns: %TRUE if the period is open or in order; %FALSE with
 *   %MC_ERROR_INVALID when it ends before it starts
 */
gboolean
mc_audit_query_check_period (const McAuditQuery  *query,
                             GError             **error)
{
  g_return_val_if_fail (query != NULL, FALSE);

  if (g_date_valid (&query->from) && g_date_valid (&query->to) &&
      g_date_compare (&query->from, &query->to) > 0)
    {
      g_set_error_literal (error, MC_ERROR, MC_ERROR_INVALID,
                           _("The period ends before it starts: the last day is before the "
                             "first."));
      return FALSE;
    }

  return TRUE;
}

/**
 * mc_audit_query_run:
 * @db: the database
 * @query: which lines
 * @error: return location for a #GError
 *
 * Lists the steps of dossiers and the other changes that @query selects,
 * newest first (by the time they were recorded), one page of them.
 *
 * Returns: (transfer full) (element-type McAuditEntry): the lines, or
 *   %NULL with @error set (%MC_ERROR_INVALID for a period in the wrong
 *   order)
 */
GPtrArray *
mc_audit_query_run (McDatabase          *db,
                    const McAuditQuery  *query,
                    GError             **error)
{
  g_autoptr(McStatement) stmt = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  g_autofree char *code_end = NULL;
  gboolean has_row;
  gboolean ok;

  g_return_val_if_fail (MC_IS_DATABASE (db), NULL);
  g_return_val_if_fail (query != NULL, NULL);

  if (!mc_audit_query_check_period (query, error))
    return NULL;

  stmt = prepare (db, queries[get_actor_filter (query)][get_dossier_filter (query)], query,
                  &code_end, error);
  if (stmt == NULL)
    return NULL;

  lines = g_ptr_array_new_with_free_func (g_object_unref);
  while ((ok = mc_database_step (db, stmt, &has_row, error)) && has_row)
    g_ptr_array_add (lines, entry_from_row (stmt));

  if (!ok)
    return NULL;

  return g_steal_pointer (&lines);
}

/**
 * mc_audit_query_explain:
 * @db: the database
 * @query: which lines
 * @error: return location for a #GError
 *
 * For tests: how SQLite would read the lines of @query, as the lines of
 * EXPLAIN QUERY PLAN.
 *
 * Returns: (transfer full): the plan, or %NULL with @error set
 */
char *
mc_audit_query_explain (McDatabase          *db,
                        const McAuditQuery  *query,
                        GError             **error)
{
  g_autoptr(McStatement) stmt = NULL;
  g_autoptr(GString) plan = g_string_new (NULL);
  g_autofree char *code_end = NULL;
  gboolean has_row;
  gboolean ok;

  g_return_val_if_fail (MC_IS_DATABASE (db), NULL);
  g_return_val_if_fail (query != NULL, NULL);

  stmt = prepare (db, plans[get_actor_filter (query)][get_dossier_filter (query)], query,
                  &code_end, error);
  if (stmt == NULL)
    return NULL;

  while ((ok = mc_database_step (db, stmt, &has_row, error)) && has_row)
    g_string_append_printf (plan, "%s\n", column_text (stmt, 3));

  if (!ok)
    return NULL;

  return g_string_free (g_steal_pointer (&plan), FALSE);
}

/**
 * mc_audit_query_find_actor:
 * @db: the database
 * @name: a user name (in any case) or a full name, as typed
 * @staff_id: (out): the account's id, or 0 when no account has that name
 * @error: return location for a #GError
 *
 * Finds whose changes a person asks for. An account matches by its user
 * name first, then by its full name; deactivated accounts too, since the
 * history names them. Without a match, the caller lists the changes of
 * an actor without an account so named (McAuditQuery.actor_name).
 *
 * Returns: %TRUE, or %FALSE with @error set when the database fails
 */
gboolean
mc_audit_query_find_actor (McDatabase  *db,
                           const char  *name,
                           gint64      *staff_id,
                           GError     **error)
{
  static const char sql[] =
    "SELECT id FROM staff WHERE username = ?1 "
    "UNION ALL SELECT id FROM staff WHERE full_name = ?1 LIMIT 1";
  g_autoptr(McStatement) stmt = NULL;
  g_autofree char *clean = NULL;
  gboolean has_row;

  g_return_val_if_fail (MC_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);
  g_return_val_if_fail (staff_id != NULL, FALSE);

  *staff_id = 0;
  clean = mc_text_normalize (name, G_NORMALIZE_NFC);
  /* Not text: no account has such a name. */
  if (clean == NULL)
    return TRUE;
  g_strstrip (clean);

  stmt = mc_database_prepare (db, sql, error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, clean, -1, SQLITE_STATIC);
  if (!mc_database_step (db, stmt, &has_row, error))
    return FALSE;

  if (has_row)
    *staff_id = sqlite3_column_int64 (stmt, 0);
  return TRUE;
}

/**
 * mc_audit_parse_date:
 * @text: a day as typed: DD/MM/YYYY (D/M/YYYY too) or YYYY-MM-DD; "" for
 *   none
 * @date: (out): the day, cleared for ""
 * @error: return location for a #GError
 *
 * Returns: %TRUE if @text is a real day or empty; %FALSE with
 *   %MC_ERROR_INVALID otherwise
 */
gboolean
mc_audit_parse_date (const char  *text,
                     GDate       *date,
                     GError     **error)
{
  g_autofree char *copy = NULL;
  g_auto(GStrv) parts = NULL;
  guint day = 0, month = 0, year = 0;

  g_return_val_if_fail (date != NULL, FALSE);

  g_date_clear (date, 1);
  copy = g_strstrip (g_strdup (text != NULL ? text : ""));
  if (*copy == '\0')
    return TRUE;

  if (strchr (copy, '/') != NULL)
    {
      parts = g_strsplit (copy, "/", -1);
      if (g_strv_length (parts) == 3 && all_digits (parts[0], 1, 2) &&
          all_digits (parts[1], 1, 2) && all_digits (parts[2], 4, 4))
        {
          day = atoi (parts[0]);
          month = atoi (parts[1]);
          year = atoi (parts[2]);
        }
    }
  else
    {
      parts = g_strsplit (copy, "-", -1);
      if (g_strv_length (parts) == 3 && all_digits (parts[0], 4, 4) &&
          all_digits (parts[1], 2, 2) && all_digits (parts[2], 2, 2))
        {
          year = atoi (parts[0]);
          month = atoi (parts[1]);
          day = atoi (parts[2]);
        }
    }

  if (year == 0)
    {
      g_set_error (error, MC_ERROR, MC_ERROR_INVALID,
                   _("“%s” is not a date. Write it as DD/MM/YYYY, for example 02/09/2026."),
                   copy);
      return FALSE;
    }

  if (!g_date_valid_dmy (day, month, year))
    {
      g_set_error (error, MC_ERROR, MC_ERROR_INVALID, _("“%s” is not a real date."), copy);
      return FALSE;
    }

  g_date_set_dmy (date, day, month, year);
  return TRUE;
}
