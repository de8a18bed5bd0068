/* mc-dossier-list-store.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-dossier-list-store"

#include "config.h"

#include "mc-dossier-list-store.h"
#include "mc-text.h"
#include "mc-working-calendar.h"

/* The SQL of the paged dossier list: how many dossiers match a query, and
 * one page of them in the query's order, with only the list's columns.
 *
 * Every query is answered through an index, whatever its filters and sort,
 * with one of three plans:
 *
 * - Counting: a status and/or a channel alone is read from dossier_count
 *   (kept by triggers); other filters count an index range; a search
 *   counts its matches up to MC_DOSSIER_SEARCH_CAP.
 * - A small set (at most MC_DOSSIER_SMALL_SET matches, or a search): the
 *   ids are gathered once through the most selective index (or the FTS5
 *   index) into a materialized table, then sorted; the cost is the size
 *   of the answer.
 * - A large set: the index of the sort column is walked in order and the
 *   filters are checked on the way (their columns are written "+col" so
 *   SQLite does not pick their index and sort a million rows). A filter
 *   matching more than 1 row in 50 fills a page of 40 in under 2,000
 *   index steps.
 *
 * Pages are read with OFFSET: a jump to the middle of a million rows
 * walks half the index (tens of milliseconds), which is fine for a
 * scrollbar drag answered asynchronously. */

#define LIST_COLUMNS \
  "d.code, p.code, p.name, d.status, d.channel, d.applicant_name, d.id_number, d.phone, " \
  "d.received_at, d.due_at, d.paused_at, d.finished_at, d.assignee_id, " \
  "coalesce (s.full_name, '') "

#define ACTIVE_STATUSES "(1, 2, 4, 5, 6)"

typedef enum
{
  PLAN_SMALL_SET,
  PLAN_SORT_INDEX,
} Plan;

/*
 * Auxiliary functions
 */

static gint64
to_usec (GDateTime *moment)
{
  return g_date_time_to_unix (moment) * G_USEC_PER_SEC + g_date_time_get_microsecond (moment);
}

static GDateTime *
from_usec (gint64 usec)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (usec / G_USEC_PER_SEC);
  g_autoptr(GDateTime) exact = g_date_time_add (utc, usec % G_USEC_PER_SEC);

  return g_date_time_to_timezone (exact, mc_working_calendar_get_time_zone ());
}

static GDateTime *
column_moment (sqlite3_stmt *stmt,
               int           column)
{
  if (sqlite3_column_type (stmt, column) == SQLITE_NULL)
    return NULL;

  return from_usec (sqlite3_column_int64 (stmt, column));
}

static const char *
column_text (sqlite3_stmt *stmt,
             int           column)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);

  return text != NULL ? text : "";
}

static McDossier *
dossier_from_row (sqlite3_stmt *stmt)
{
  g_autoptr(GDateTime) received_at = column_moment (stmt, 8);
  g_autoptr(GDateTime) due_at = column_moment (stmt, 9);
  g_autoptr(GDateTime) paused_at = column_moment (stmt, 10);
  g_autoptr(GDateTime) finished_at = column_moment (stmt, 11);

  return g_object_new (MC_TYPE_DOSSIER,
                       "code", column_text (stmt, 0),
                       "procedure-code", column_text (stmt, 1),
                       "procedure-name", column_text (stmt, 2),
                       "status", sqlite3_column_int (stmt, 3),
                       "channel", sqlite3_column_int (stmt, 4),
                       "applicant-name", column_text (stmt, 5),
                       "id-number", column_text (stmt, 6),
                       "phone", column_text (stmt, 7),
                       "received-at", received_at,
                       "due-at", due_at,
                       "original-due-at", due_at,
                       "paused-at", paused_at,
                       "finished-at", finished_at,
                       "assignee-id", sqlite3_column_int64 (stmt, 12),
                       "assignee-name", column_text (stmt, 13),
                       NULL);
}

static gboolean
has_search (const McDossierQuery *query,
            char                **match)
{
  g_autofree char *fts = NULL;

  if (query->search_text == NULL)
    return FALSE;

  fts = mc_text_fts_query (query->search_text);
  if (fts == NULL)
    return FALSE;

  if (match != NULL)
    *match = g_steal_pointer (&fts);
  return TRUE;
}

/* The leading column of the index that gives the sort order: a filter on
 * it narrows the walk of that index instead of being checked row by row. */
static const char *
sort_column (McDossierSort sort)
{
  switch (sort)
    {
    case MC_DOSSIER_SORT_RECEIVED:
      return "received_at";
    case MC_DOSSIER_SORT_DUE:
      return "due_at";
    case MC_DOSSIER_SORT_STATUS:
      return "status";
    case MC_DOSSIER_SORT_CODE:
    case MC_DOSSIER_SORT_APPLICANT:
    case MC_DOSSIER_SORT_PROCEDURE:
    case MC_DOSSIER_SORT_N_COLUMNS:
    default:
      return "";
    }
}

/* "d.col", or "+d.col" to keep SQLite from using an index on it. */
static void
append_column (GString    *sql,
               const char *column,
               gboolean    no_index)
{
  g_string_append_printf (sql, "%sd.%s", no_index ? "+" : "", column);
}

/* Appends " AND …" for each filter of @query but the search. When
 * @sort_driven, only the sort column may use an index. */
static void
append_filters (GString              *sql,
                const McDossierQuery *query,
                gboolean              sort_driven)
{
  const char *keep = sort_driven ? sort_column (query->sort) : NULL;

#define COL(name) append_column (sql, name, sort_driven && g_strcmp0 (keep, name) != 0)

  if (query->status != 0)
    {
      g_string_append (sql, " AND ");
      COL ("status");
      g_string_append (sql, " = :status");
    }

  if (query->deadline != MC_DEADLINE_FILTER_ANY)
    {
      g_string_append (sql, " AND ");
      COL ("status");
      g_string_append (sql, " IN " ACTIVE_STATUSES " AND ");
      COL ("due_at");
      switch (query->deadline)
        {
        case MC_DEADLINE_FILTER_OVERDUE:
          g_string_append (sql, " < :now");
          break;
        case MC_DEADLINE_FILTER_DUE_SOON:
          g_string_append (sql, " >= :now AND ");
          COL ("due_at");
          g_string_append (sql, " < :soon");
          break;
        case MC_DEADLINE_FILTER_IN_TIME:
          g_string_append (sql, " >= :soon");
          break;
        case MC_DEADLINE_FILTER_ANY:
        default:
          g_assert_not_reached ();
        }
    }

  if (query->assignee_id != 0)
    {
      g_string_append (sql, " AND ");
      COL ("assignee_id");
      g_string_append (sql, " = :assignee");
    }

  if (query->channel != 0)
    {
      g_string_append (sql, " AND ");
      COL ("channel");
      g_string_append (sql, " = :channel");
    }

  if (query->received_from != NULL)
    {
      g_string_append (sql, " AND ");
      COL ("received_at");
      g_string_append (sql, " >= :from");
    }

  if (query->received_to != NULL)
    {
      g_string_append (sql, " AND ");
      COL ("received_at");
      g_string_append (sql, " < :to");
    }

#undef COL
}

static void
append_order (GString              *sql,
              const McDossierQuery *query)
{
  const char *dir = query->descending ? "DESC" : "ASC";

  switch (query->sort)
    {
    case MC_DOSSIER_SORT_RECEIVED:
      g_string_append_printf (sql, " ORDER BY d.received_at %s, d.id %s", dir, dir);
      break;
    case MC_DOSSIER_SORT_CODE:
      g_string_append_printf (sql, " ORDER BY d.code %s", dir);
      break;
    case MC_DOSSIER_SORT_APPLICANT:
      g_string_append_printf (sql, " ORDER BY d.applicant_name COLLATE NOCASE %s, d.id %s",
                              dir, dir);
      break;
    case MC_DOSSIER_SORT_PROCEDURE:
      g_string_append_printf (sql, " ORDER BY p.name %s, p.id %s, d.received_at %s, d.id %s",
                              dir, dir, dir, dir);
      break;
    case MC_DOSSIER_SORT_DUE:
      g_string_append_printf (sql, " ORDER BY d.due_at %s, d.id %s", dir, dir);
      break;
    case MC_DOSSIER_SORT_STATUS:
      g_string_append_printf (sql, " ORDER BY d.status %s, d.due_at %s, d.id %s", dir, dir, dir);
      break;
    case MC_DOSSIER_SORT_N_COLUMNS:
    default:
      g_assert_not_reached ();
    }
}

/* The ids of a search's matches that pass the filters, latest first, at
 * most :cap of them: FTS5 hands its rowids in descending order and the
 * walk stops at the cap. */
static void
append_search_ids (GString              *sql,
                   const McDossierQuery *query)
{
  g_string_append (sql,
                   "SELECT dossier_search.rowid AS id FROM dossier_search "
                   "CROSS JOIN dossier d ON d.id = dossier_search.rowid "
                   "WHERE dossier_search MATCH :match");
  append_filters (sql, query, TRUE);
  g_string_append (sql, " ORDER BY dossier_search.rowid DESC LIMIT :cap");
}

static char *
build_count_sql (const McDossierQuery *query)
{
  GString *sql = g_string_new (NULL);

  if (has_search (query, NULL))
    {
      g_string_append (sql, "SELECT count(*) FROM (");
      append_search_ids (sql, query);
      g_string_append (sql, ")");
    }
  else if (query->deadline == MC_DEADLINE_FILTER_ANY && query->assignee_id == 0 &&
           query->received_from == NULL && query->received_to == NULL)
    {
      g_string_append (sql, "SELECT coalesce (sum (n), 0) FROM dossier_count WHERE 1");
      if (query->status != 0)
        g_string_append (sql, " AND status = :status");
      if (query->channel != 0)
        g_string_append (sql, " AND channel = :channel");
    }
  else
    {
      g_string_append (sql, "SELECT count(*) FROM dossier d WHERE 1");
      append_filters (sql, query, FALSE);
    }

  return g_string_free (sql, FALSE);
}

static Plan
choose_plan (const McDossierQuery *query,
             guint                 count)
{
  if (has_search (query, NULL) || count <= MC_DOSSIER_SMALL_SET)
    return PLAN_SMALL_SET;

  return PLAN_SORT_INDEX;
}

static char *
build_fetch_sql (const McDossierQuery *query,
                 guint                 count)
{
  GString *sql = g_string_new (NULL);

  if (choose_plan (query, count) == PLAN_SMALL_SET)
    {
      /* CROSS JOIN keeps the gathered ids as the outer loop: SQLite would
       * otherwise walk the sort column's index and look each row up. */
      g_string_append (sql, "WITH m AS MATERIALIZED (");
      if (has_search (query, NULL))
        append_search_ids (sql, query);
      else
        {
          g_string_append (sql, "SELECT d.id FROM dossier d WHERE 1");
          append_filters (sql, query, FALSE);
        }
      g_string_append (sql, ") SELECT " LIST_COLUMNS
                       "FROM m CROSS JOIN dossier d ON d.id = m.id "
                       "JOIN procedure p ON p.id = d.procedure_id "
                       "LEFT JOIN staff s ON s.id = d.assignee_id WHERE 1");
    }
  else if (query->sort == MC_DOSSIER_SORT_PROCEDURE)
    {
      /* Procedures in name order, and the dossiers of each in order of
       * receipt: both loops are index walks. */
      g_string_append (sql, "SELECT " LIST_COLUMNS
                       "FROM procedure p CROSS JOIN dossier d ON d.procedure_id = p.id "
                       "LEFT JOIN staff s ON s.id = d.assignee_id WHERE 1");
      append_filters (sql, query, TRUE);
    }
  else
    {
      g_string_append (sql, "SELECT " LIST_COLUMNS
                       "FROM dossier d JOIN procedure p ON p.id = d.procedure_id "
                       "LEFT JOIN staff s ON s.id = d.assignee_id WHERE 1");
      append_filters (sql, query, TRUE);
    }

  append_order (sql, query);
  g_string_append (sql, " LIMIT :limit OFFSET :offset");

  return g_string_free (sql, FALSE);
}

static void
bind_int64 (sqlite3_stmt *stmt,
            const char   *name,
            gint64        value)
{
  int index = sqlite3_bind_parameter_index (stmt, name);

  if (index > 0)
    sqlite3_bind_int64 (stmt, index, value);
}

static void
bind_query (sqlite3_stmt         *stmt,
            const McDossierQuery *query,
            GDateTime            *now,
            const char           *match)
{
  gint64 now_usec = to_usec (now);
  int index;

  bind_int64 (stmt, ":status", query->status);
  bind_int64 (stmt, ":now", now_usec);
  bind_int64 (stmt, ":soon", now_usec + (gint64) MC_DOSSIER_DUE_SOON_HOURS * G_USEC_PER_SEC * 3600);
  bind_int64 (stmt, ":assignee", query->assignee_id);
  bind_int64 (stmt, ":channel", query->channel);
  if (query->received_from != NULL)
    bind_int64 (stmt, ":from", to_usec (query->received_from));
  if (query->received_to != NULL)
    bind_int64 (stmt, ":to", to_usec (query->received_to));

  index = sqlite3_bind_parameter_index (stmt, ":match");
  if (index > 0)
    sqlite3_bind_text (stmt, index, match, -1, SQLITE_TRANSIENT);
}

static gboolean
explain (McDatabase  *db,
         const char  *sql,
         const McDossierQuery *query,
         GDateTime   *now,
         GString     *plan,
         GError     **error)
{
  g_autofree char *explained = g_strconcat ("EXPLAIN QUERY PLAN ", sql, NULL);
  g_autofree char *match = NULL;
  g_autoptr(McStatement) stmt = NULL;
  gboolean has_row;
  gboolean ok;

  stmt = mc_database_prepare (db, explained, error);
  if (stmt == NULL)
    return FALSE;

  has_search (query, &match);
  bind_query (stmt, query, now, match);
  bind_int64 (stmt, ":cap", MC_DOSSIER_SEARCH_CAP + 1);
  bind_int64 (stmt, ":limit", 40);
  bind_int64 (stmt, ":offset", 0);

  while ((ok = mc_database_step (db, stmt, &has_row, error)) && has_row)
    g_string_append_printf (plan, "%s\n", column_text (stmt, 3));

  return ok;
}

/*
 * Public API
 */

/**
 * mc_dossier_list_store_count:
 * @db: a #McDatabase
 * @query: what to count
 * @now: the moment deadline states are judged at
 * @count: (out): how many dossiers match, at most %MC_DOSSIER_SEARCH_CAP
 *   for a search
 * @capped: (out) (optional): set to whether a search matched more than
 *   %MC_DOSSIER_SEARCH_CAP (the list shows the latest ones)
 * @error: return location for a #GError
 *
 * Returns: %TRUE on success
 */
gboolean
mc_dossier_list_store_count (McDatabase            *db,
                             const McDossierQuery  *query,
                             GDateTime             *now,
                             guint                 *count,
                             gboolean              *capped,
                             GError               **error)
{
  g_autofree char *sql = NULL;
  g_autofree char *match = NULL;
  g_autoptr(McStatement) stmt = NULL;
  gboolean has_row;
  gint64 n;

  g_return_val_if_fail (MC_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (query != NULL, FALSE);
  g_return_val_if_fail (now != NULL, FALSE);
  g_return_val_if_fail (count != NULL, FALSE);

  sql = build_count_sql (query);
  stmt = mc_database_prepare (db, sql, error);
  if (stmt == NULL)
    return FALSE;

  has_search (query, &match);
  bind_query (stmt, query, now, match);
  bind_int64 (stmt, ":cap", MC_DOSSIER_SEARCH_CAP + 1);

  if (!mc_database_step (db, stmt, &has_row, error))
    return FALSE;

  n = has_row ? sqlite3_column_int64 (stmt, 0) : 0;
  if (capped != NULL)
    *capped = n > MC_DOSSIER_SEARCH_CAP && match != NULL;
  if (match != NULL)
    n = MIN (n, MC_DOSSIER_SEARCH_CAP);
  *count = (guint) CLAMP (n, 0, G_MAXUINT);

  return TRUE;
}

/**
 * mc_dossier_list_store_fetch:
 * @db: a #McDatabase
 * @query: what to list
 * @now: the moment deadline states are judged at
 * @count: what mc_dossier_list_store_count() answered for @query: it
 *   picks the plan
 * @offset: the position of the first row
 * @limit: at most this many rows
 * @error: return location for a #GError
 *
 * Reads a page of the list. The dossiers carry only the list's columns:
 * code, procedure, status, channel, applicant, ID number, phone, received,
 * due, paused, finished and assignee.
 *
 * Returns: (transfer full) (element-type McDossier): the page
 */
GPtrArray *
mc_dossier_list_store_fetch (McDatabase            *db,
                             const McDossierQuery  *query,
                             GDateTime             *now,
                             guint                  count,
                             guint                  offset,
                             guint                  limit,
                             GError               **error)
{
  g_autoptr(GPtrArray) dossiers = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *sql = NULL;
  g_autofree char *match = NULL;
  g_autoptr(McStatement) stmt = NULL;
  gboolean has_row;
  gboolean ok;

  g_return_val_if_fail (MC_IS_DATABASE (db), NULL);
  g_return_val_if_fail (query != NULL, NULL);
  g_return_val_if_fail (now != NULL, NULL);

  sql = build_fetch_sql (query, count);
  stmt = mc_database_prepare (db, sql, error);
  if (stmt == NULL)
    return NULL;

  has_search (query, &match);
  bind_query (stmt, query, now, match);
  bind_int64 (stmt, ":cap", MC_DOSSIER_SEARCH_CAP);
  bind_int64 (stmt, ":limit", limit);
  bind_int64 (stmt, ":offset", offset);

  while ((ok = mc_database_step (db, stmt, &has_row, error)) && has_row)
    g_ptr_array_add (dossiers, dossier_from_row (stmt));

  if (!ok)
    return NULL;

  return g_steal_pointer (&dossiers);
}

/**
 * mc_dossier_list_store_explain:
 * @db: a #McDatabase
 * @query: a query
 * @now: the moment deadline states are judged at
 * @count: the count that picks the plan of the page query
 * @error: return location for a #GError
 *
 * For tests: the plans of the count and the page queries, as lines of
 * EXPLAIN QUERY PLAN, after "COUNT" and "FETCH" lines.
 *
 * Returns: (transfer full) (nullable): the plans
 */
char *
mc_dossier_list_store_explain (McDatabase            *db,
                               const McDossierQuery  *query,
                               GDateTime             *now,
                               guint                  count,
                               GError               **error)
{
  g_autoptr(GString) plan = g_string_new ("COUNT\n");
  g_autofree char *count_sql = NULL;
  g_autofree char *fetch_sql = NULL;

  g_return_val_if_fail (MC_IS_DATABASE (db), NULL);
  g_return_val_if_fail (query != NULL, NULL);

  count_sql = build_count_sql (query);
  fetch_sql = build_fetch_sql (query, count);

  if (!explain (db, count_sql, query, now, plan, error))
    return NULL;
  g_string_append (plan, "FETCH\n");
  if (!explain (db, fetch_sql, query, now, plan, error))
    return NULL;

  return g_string_free (g_steal_pointer (&plan), FALSE);
}
