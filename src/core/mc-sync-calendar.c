/* mc-sync-calendar.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-sync-calendar"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "mc-error.h"
#include "mc-json.h"
#include "mc-sync-calendar.h"

/* The official working calendar pulled from the portal (LayLichNghi),
 * during each sync pass: the current year and the next every time, the
 * other years the database holds once a day.
 *
 * The portal's days replace, for the year, whatever the application
 * wrote itself (the bundled notices, the years generated from the
 * statutory rules, earlier pulls: sources 0, 1 and 3 of calendar_day),
 * and the year becomes confirmed, that is official. An administrator's
 * edits (source 2, and the removals kept in calendar_day_removed) are
 * never overwritten: where the portal sees the day otherwise, its value
 * is kept beside the local one (calendar_proposal) until someone accepts
 * it or chooses to keep the local one.
 *
 * Every day of the answer is checked. An invalid one is counted and
 * skipped, and then the answer is known to be incomplete: its valid days
 * are applied, but nothing is removed and the year is not confirmed, so
 * that a garbled holiday cannot silently turn into a working day. An
 * empty answer means the portal has no notice for the year yet. */

/* How often a year other than the current and the next is asked for. */
#define REPULL_INTERVAL ((gint64) 24 * 3600 * G_USEC_PER_SEC)

/* A note longer than this is not a holiday's name. */
#define MAX_REASON_CHARS 200

static gint64
now_usec (void)
{
  return g_get_real_time ();
}

static const char *
column_text (sqlite3_stmt *stmt,
             int           column)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);

  return text != NULL ? text : "";
}

static gboolean
parse_iso (const char *text,
           GDate      *date)
{
  guint year, month, day;

  g_date_clear (date, 1);
  if (text == NULL || strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return FALSE;

  year = (guint) g_ascii_strtoull (text, NULL, 10);
  month = (guint) g_ascii_strtoull (text + 5, NULL, 10);
  day = (guint) g_ascii_strtoull (text + 8, NULL, 10);
  if (!g_date_valid_dmy (day, month, year))
    return FALSE;

  g_date_set_dmy (date, day, month, year);
  return TRUE;
}

static void
format_iso (const GDate *date,
            char         iso[11])
{
  g_snprintf (iso, 11, "%04u-%02u-%02u", g_date_get_year (date), g_date_get_month (date),
              g_date_get_day (date));
}

static gboolean
is_weekend (const GDate *date)
{
  GDateWeekday weekday = g_date_get_weekday (date);

  return weekday == G_DATE_SATURDAY || weekday == G_DATE_SUNDAY;
}

void
mc_calendar_difference_free (McCalendarDifference *difference)
{
  if (difference == NULL)
    return;

  g_free (difference->local_reason);
  g_free (difference->portal_reason);
  g_free (difference);
}

/*
 * A day's value: an entry of a table keyed by 'YYYY-MM-DD'. A day
 * missing from the table follows the weekly rule.
 */

typedef struct
{
  McDayKind         kind;
  char             *reason;
  McCalendarSource  source;
  gboolean          dismissed;   /* proposals only */
  gboolean          has_kind;    /* proposals only: FALSE, "no entry" */
} Entry;

static void
entry_free (Entry *entry)
{
  g_free (entry->reason);
  g_free (entry);
}

static Entry *
entry_new (McDayKind         kind,
           const char       *reason,
           McCalendarSource  source)
{
  Entry *entry = g_new0 (Entry, 1);

  entry->kind = kind;
  entry->reason = g_strdup (reason);
  entry->source = source;
  entry->has_kind = TRUE;
  return entry;
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Entry, entry_free)

static GHashTable *
entry_table_new (void)
{
  return g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) entry_free);
}

/*
 * Reading the portal's answer
 */

/* "yyyyMMdd" of @year. */
static gboolean
parse_portal_date (const char *text,
                   int         year,
                   GDate      *date)
{
  guint y, m, d;

  g_date_clear (date, 1);
  if (text == NULL || strlen (text) != 8)
    return FALSE;
  for (guint i = 0; i < 8; i++)
    if (!g_ascii_isdigit (text[i]))
      return FALSE;

  y = (text[0] - '0') * 1000 + (text[1] - '0') * 100 + (text[2] - '0') * 10 + (text[3] - '0');
  m = (text[4] - '0') * 10 + (text[5] - '0');
  d = (text[6] - '0') * 10 + (text[7] - '0');
  if ((int) y != year || !g_date_valid_dmy (d, m, y))
    return FALSE;

  g_date_set_dmy (date, d, m, y);
  return TRUE;
}

/* One day of the answer, {"Ngay", "Loai", "GhiChu"}. Returns FALSE when
 * it is invalid; *rest when it is a day off on a Saturday or a Sunday,
 * which the weekly rule already gives. */
static gboolean
read_portal_day (JsonNode    *node,
                 int          year,
                 GDate       *date,
                 McDayKind   *kind,
                 char       **reason,
                 gboolean    *rest)
{
  JsonObject *object;
  JsonNode *note;
  const char *type;
  g_autofree char *text = NULL;

  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return FALSE;
  object = json_node_get_object (node);

  if (!parse_portal_date (json_object_get_string_member_with_default (object, "Ngay", NULL),
                          year, date))
    return FALSE;

  type = json_object_get_string_member_with_default (object, "Loai", NULL);
  if (g_strcmp0 (type, "nghi") == 0)
    *kind = MC_DAY_OFF;
  else if (g_strcmp0 (type, "lambu") == 0)
    *kind = MC_DAY_MAKEUP_WORKDAY;
  else
    return FALSE;

  note = json_object_get_member (object, "GhiChu");
  if (note != NULL && !JSON_NODE_HOLDS_NULL (note))
    {
      if (!JSON_NODE_HOLDS_VALUE (note) || json_node_get_value_type (note) != G_TYPE_STRING)
        return FALSE;
      text = g_strstrip (g_strdup (json_node_get_string (note)));
      if (g_utf8_strlen (text, -1) > MAX_REASON_CHARS)
        return FALSE;
    }

  /* Only a weekend day can be worked in place of another. */
  if (*kind == MC_DAY_MAKEUP_WORKDAY && !is_weekend (date))
    return FALSE;

  *rest = *kind == MC_DAY_OFF && is_weekend (date);
  *reason = text != NULL ? g_steal_pointer (&text) : g_strdup ("");
  return TRUE;
}

/* The answer's days that differ from the weekly rule; @n_invalid counts
 * the others. A date given twice with two kinds counts as invalid. */
static GHashTable *
read_portal_days (JsonArray *data,
                  int        year,
                  guint     *n_invalid)
{
  g_autoptr(GHashTable) days = entry_table_new ();
  g_autoptr(GHashTable) rest = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  *n_invalid = 0;
  for (guint i = 0; i < json_array_get_length (data); i++)
    {
      g_autofree char *reason = NULL;
      McDayKind kind;
      gboolean is_rest;
      GDate date;
      char iso[11];
      Entry *seen;

      if (!read_portal_day (json_array_get_element (data, i), year, &date, &kind, &reason,
                            &is_rest))
        {
          (*n_invalid)++;
          continue;
        }

      format_iso (&date, iso);
      seen = g_hash_table_lookup (days, iso);
      if ((seen != NULL && seen->kind != kind) ||
          (is_rest && seen != NULL) ||
          (!is_rest && g_hash_table_contains (rest, iso)))
        {
          (*n_invalid)++;
          continue;
        }

      if (is_rest)
        g_hash_table_add (rest, g_strdup (iso));
      else if (seen == NULL)
        g_hash_table_insert (days, g_strdup (iso),
                             entry_new (kind, reason, MC_CALENDAR_SOURCE_PORTAL));
    }

  return g_steal_pointer (&days);
}

/*
 * The local side
 */

static void
bind_year (sqlite3_stmt *stmt,
           int           year)
{
  char first[11], last[11];

  g_snprintf (first, sizeof first, "%04d-01-01", year);
  g_snprintf (last, sizeof last, "%04d-12-31", year);
  sqlite3_bind_text (stmt, 1, first, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, last, -1, SQLITE_TRANSIENT);
}

static GHashTable *
load_local_days (McDatabase  *db,
                 int          year,
                 GError     **error)
{
  static const char sql[] =
    "SELECT day, kind, reason, source FROM calendar_day WHERE day BETWEEN ?1 AND ?2";
  g_autoptr(McStatement) stmt = mc_database_prepare (db, sql, error);
  g_autoptr(GHashTable) days = entry_table_new ();
  gboolean has_row, ok;

  if (stmt == NULL)
    return NULL;

  bind_year (stmt, year);
  while ((ok = mc_database_step (db, stmt, &has_row, error)) && has_row)
    g_hash_table_insert (days, g_strdup (column_text (stmt, 0)),
                         entry_new (sqlite3_column_int (stmt, 1), column_text (stmt, 2),
                                    sqlite3_column_int (stmt, 3)));

  return ok ? g_steal_pointer (&days) : NULL;
}

static GHashTable *
load_removals (McDatabase  *db,
               int          year,
               GError     **error)
{
  static const char sql[] = "SELECT day FROM calendar_day_removed WHERE day BETWEEN ?1 AND ?2";
  g_autoptr(McStatement) stmt = mc_database_prepare (db, sql, error);
  g_autoptr(GHashTable) days = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  gboolean has_row, ok;

  if (stmt == NULL)
    return NULL;

  bind_year (stmt, year);
  while ((ok = mc_database_step (db, stmt, &has_row, error)) && has_row)
    g_hash_table_add (days, g_strdup (column_text (stmt, 0)));

  return ok ? g_steal_pointer (&days) : NULL;
}

static GHashTable *
load_proposals (McDatabase  *db,
                int          year,
                GError     **error)
{
  static const char sql[] =
    "SELECT day, kind, reason, dismissed FROM calendar_proposal WHERE day BETWEEN ?1 AND ?2";
  g_autoptr(McStatement) stmt = mc_database_prepare (db, sql, error);
  g_autoptr(GHashTable) days = entry_table_new ();
  gboolean has_row, ok;

  if (stmt == NULL)
    return NULL;

  bind_year (stmt, year);
  while ((ok = mc_database_step (db, stmt, &has_row, error)) && has_row)
    {
      Entry *entry = entry_new (sqlite3_column_int (stmt, 1), column_text (stmt, 2),
                                MC_CALENDAR_SOURCE_PORTAL);

      entry->has_kind = sqlite3_column_type (stmt, 1) != SQLITE_NULL;
      entry->dismissed = sqlite3_column_int (stmt, 3) != 0;
      g_hash_table_insert (days, g_strdup (column_text (stmt, 0)), entry);
    }

  return ok ? g_steal_pointer (&days) : NULL;
}

static gboolean
write_day (McDatabase   *db,
           const char   *iso,
           const Entry  *entry,
           GError      **error)
{
  static const char sql[] =
    "INSERT INTO calendar_day (day, kind, reason, source) VALUES (?1, ?2, ?3, ?4) "
    "ON CONFLICT (day) DO UPDATE SET kind = excluded.kind, reason = excluded.reason, "
    "  source = excluded.source";
  g_autoptr(McStatement) stmt = mc_database_prepare (db, sql, error);

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, iso, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 2, entry->kind);
  sqlite3_bind_text (stmt, 3, entry->reason, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 4, MC_CALENDAR_SOURCE_PORTAL);
  return mc_database_step (db, stmt, NULL, error);
}

/* Runs @sql, a constant statement whose only parameter is the day. */
static gboolean
run_on_day (McDatabase  *db,
            const char  *sql,
            const char  *iso,
            GError     **error)
{
  g_autoptr(McStatement) stmt = mc_database_prepare (db, sql, error);

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, iso, -1, SQLITE_STATIC);
  return mc_database_step (db, stmt, NULL, error);
}

static gboolean
write_proposal (McDatabase   *db,
                const char   *iso,
                const Entry  *portal,
                gboolean      dismissed,
                GError      **error)
{
  static const char sql[] =
    "INSERT INTO calendar_proposal (day, kind, reason, dismissed, pulled_at) "
    "VALUES (?1, ?2, ?3, ?4, ?5) "
    "ON CONFLICT (day) DO UPDATE SET kind = excluded.kind, reason = excluded.reason, "
    "  dismissed = excluded.dismissed, pulled_at = excluded.pulled_at";
  g_autoptr(McStatement) stmt = mc_database_prepare (db, sql, error);

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, iso, -1, SQLITE_STATIC);
  if (portal != NULL)
    sqlite3_bind_int (stmt, 2, portal->kind);
  else
    sqlite3_bind_null (stmt, 2);
  sqlite3_bind_text (stmt, 3, portal != NULL ? portal->reason : "", -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 4, dismissed ? 1 : 0);
  sqlite3_bind_int64 (stmt, 5, now_usec ());
  return mc_database_step (db, stmt, NULL, error);
}

/* Marks @year official, from the portal; *changed when it was not. */
static gboolean
confirm_year (McDatabase  *db,
              int          year,
              gboolean    *changed,
              GError     **error)
{
  static const char sql[] =
    "INSERT INTO calendar_year (year, confirmed, source) VALUES (?1, 1, 3) "
    "ON CONFLICT (year) DO UPDATE SET confirmed = 1, source = 3 "
    "WHERE confirmed <> 1 OR source <> 3";
  g_autoptr(McStatement) stmt = mc_database_prepare (db, sql, error);

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int (stmt, 1, year);
  if (!mc_database_step (db, stmt, NULL, error))
    return FALSE;

  *changed = sqlite3_changes (mc_database_get_handle (db)) > 0;
  return TRUE;
}

static gboolean
record_pull (McDatabase  *db,
             int          year,
             GError     **error)
{
  static const char sql[] =
    "INSERT INTO calendar_pull (year, pulled_at) VALUES (?1, ?2) "
    "ON CONFLICT (year) DO UPDATE SET pulled_at = excluded.pulled_at";
  g_autoptr(McStatement) stmt = mc_database_prepare (db, sql, error);

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int (stmt, 1, year);
  sqlite3_bind_int64 (stmt, 2, now_usec ());
  return mc_database_step (db, stmt, NULL, error);
}

/* Same kind of day, or both following the weekly rule; the reasons may
 * be worded differently. */
static gboolean
same_value (const Entry *a,
            const Entry *b)
{
  if (a == NULL || b == NULL)
    return a == b;

  return a->kind == b->kind;
}

/*
 * Applying one year
 */

typedef struct
{
  int           year;
  GHashTable   *portal;     /* the answer's days */
  gboolean      complete;   /* no day of the answer was invalid */
  McSyncReport *report;
} Apply;

/* A day an administrator edited: the portal's value, where it differs,
 * is kept beside it. */
static gboolean
propose (McDatabase   *db,
         const char   *iso,
         const Entry  *portal,
         const Entry  *local,
         const Entry  *proposal,
         Apply        *apply,
         GError      **error)
{
  gboolean same_proposal;

  if (same_value (portal, local))
    {
      if (proposal == NULL)
        return TRUE;
      apply->report->calendar_differences_changed++;
      return run_on_day (db, "DELETE FROM calendar_proposal WHERE day = ?1", iso, error);
    }

  same_proposal = proposal != NULL && proposal->has_kind == (portal != NULL) &&
                  (portal == NULL || proposal->kind == portal->kind);
  if (same_proposal &&
      (portal == NULL || g_strcmp0 (proposal->reason, portal->reason) == 0))
    return TRUE;

  /* Kept local once: not shown again until the portal's value changes. */
  apply->report->calendar_differences_changed++;
  return write_proposal (db, iso, portal, same_proposal && proposal->dismissed, error);
}

/* A day the application wrote: the portal's value replaces it. */
static gboolean
replace (McDatabase   *db,
         const char   *iso,
         const Entry  *portal,
         const Entry  *local,
         const Entry  *proposal,
         Apply        *apply,
         GError      **error)
{
  if (proposal != NULL)
    {
      apply->report->calendar_differences_changed++;
      if (!run_on_day (db, "DELETE FROM calendar_proposal WHERE day = ?1", iso, error))
        return FALSE;
    }

  if (portal != NULL)
    {
      if (local != NULL && local->kind == portal->kind && local->source == portal->source &&
          g_strcmp0 (local->reason, portal->reason) == 0)
        return TRUE;
      apply->report->calendar_changed++;
      return write_day (db, iso, portal, error);
    }

  if (local == NULL)
    return TRUE;
  apply->report->calendar_changed++;
  return run_on_day (db, "DELETE FROM calendar_day WHERE day = ?1", iso, error);
}

static void
add_keys (GHashTable *set,
          GHashTable *table)
{
  GHashTableIter iter;
  gpointer key;

  g_hash_table_iter_init (&iter, table);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_hash_table_add (set, key);
}

static gboolean
apply_work (McDatabase  *db,
            gpointer     data,
            GError     **error)
{
  Apply *apply = data;
  g_autoptr(GHashTable) local = NULL;
  g_autoptr(GHashTable) removed = NULL;
  g_autoptr(GHashTable) proposals = NULL;
  g_autoptr(GHashTable) dates = NULL;
  GHashTableIter iter;
  gpointer key;
  gboolean confirmed = FALSE;

  if ((local = load_local_days (db, apply->year, error)) == NULL ||
      (removed = load_removals (db, apply->year, error)) == NULL ||
      (proposals = load_proposals (db, apply->year, error)) == NULL)
    return FALSE;

  /* Keys borrowed from the tables, which outlive the set. */
  dates = g_hash_table_new (g_str_hash, g_str_equal);
  add_keys (dates, apply->portal);
  add_keys (dates, local);
  add_keys (dates, removed);
  add_keys (dates, proposals);

  g_hash_table_iter_init (&iter, dates);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      const char *iso = key;
      Entry *portal = g_hash_table_lookup (apply->portal, iso);
      Entry *here = g_hash_table_lookup (local, iso);
      Entry *proposal = g_hash_table_lookup (proposals, iso);
      gboolean edited = g_hash_table_contains (removed, iso) ||
                        (here != NULL && here->source == MC_CALENDAR_SOURCE_ADMINISTRATOR);

      /* What an incomplete answer leaves out is unknown, not absent. */
      if (portal == NULL && !apply->complete)
        continue;

      if (edited)
        {
          Entry *value = here != NULL && here->source == MC_CALENDAR_SOURCE_ADMINISTRATOR ? here
                                                                                        : NULL;

          if (!propose (db, iso, portal, value, proposal, apply, error))
            return FALSE;
        }
      else if (!replace (db, iso, portal, here, proposal, apply, error))
        {
          return FALSE;
        }
    }

  if (apply->complete)
    {
      if (!confirm_year (db, apply->year, &confirmed, error))
        return FALSE;
      if (confirmed)
        apply->report->calendar_changed++;
    }

  return record_pull (db, apply->year, error);
}

static gboolean
count_differences (McDatabase    *db,
                   McSyncReport  *report,
                   GError       **error)
{
  g_autoptr(GPtrArray) differences = mc_sync_calendar_list_differences (db, error);

  if (differences == NULL)
    return FALSE;

  report->calendar_differences = differences->len;
  return TRUE;
}

/**
 * mc_sync_calendar_pull_year:
 * @db: the database, a connection of the sync's own
 * @client: the portal
 * @year: a year from 1900 to 2199
 * @report: (inout): what was done, added to
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Asks the portal for the official calendar of @year (LayLichNghi) and
 * applies it, in one transaction, as described at the top of this file.
 * A portal that refuses the call (it does not offer the calendar) is
 * recorded in @report, and the pull succeeds without doing anything.
 *
 * Returns: %FALSE on a transient failure, cancellation, or a database
 *   error
 */
gboolean
mc_sync_calendar_pull_year (McDatabase      *db,
                            McPortalClient  *client,
                            int              year,
                            McSyncReport    *report,
                            GCancellable    *cancellable,
                            GError         **error)
{
  g_autoptr(JsonObject) params = json_object_new ();
  g_autoptr(JsonObject) answer = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GHashTable) portal = NULL;
  Apply apply = { year, NULL, FALSE, report };
  guint n_invalid = 0;
  JsonArray *data;

  g_return_val_if_fail (MC_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (MC_IS_PORTAL_CLIENT (client), FALSE);
  g_return_val_if_fail (year >= 1900 && year <= 2199, FALSE);
  g_return_val_if_fail (report != NULL, FALSE);

  json_object_set_int_member (params, "nam", year);
  report->calls++;
  answer = mc_portal_client_call (client, "LayLichNghi", params, cancellable, &local_error);
  if (answer == NULL)
    {
      if (g_error_matches (local_error, MC_PORTAL_ERROR, MC_PORTAL_ERROR_REJECTED))
        {
          g_debug ("No calendar of %d from the portal: %s", year, local_error->message);
          report->calendar_unsupported = TRUE;
          return TRUE;
        }
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  data = mc_json_get_array (answer, "data");
  if (data == NULL)
    {
      g_set_error_literal (error, MC_PORTAL_ERROR, MC_PORTAL_ERROR_TRANSIENT,
                           _("The portal’s calendar is garbled."));
      return FALSE;
    }

  /* No notice for that year yet: the days generated from the rules stay. */
  if (json_array_get_length (data) == 0)
    return record_pull (db, year, error);

  portal = read_portal_days (data, year, &n_invalid);
  report->calendar_invalid += n_invalid;
  apply.portal = portal;
  apply.complete = n_invalid == 0;

  return mc_database_transact (db, MC_TRANSACTION_WRITE, apply_work, &apply, error) &&
         count_differences (db, report, error);
}

/* The years other than @year and the next that the database holds and
 * the portal was not asked for lately. */
static GArray *
list_other_years (McDatabase  *db,
                  int          year,
                  GError     **error)
{
  static const char sql[] =
    "SELECT y.year FROM calendar_year y LEFT JOIN calendar_pull p ON p.year = y.year "
    "WHERE y.year NOT IN (?1, ?2) AND (p.pulled_at IS NULL OR p.pulled_at < ?3) "
    "ORDER BY y.year";
  g_autoptr(McStatement) stmt = mc_database_prepare (db, sql, error);
  g_autoptr(GArray) years = g_array_new (FALSE, FALSE, sizeof (int));
  gboolean has_row, ok;

  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int (stmt, 1, year);
  sqlite3_bind_int (stmt, 2, year + 1);
  sqlite3_bind_int64 (stmt, 3, now_usec () - REPULL_INTERVAL);
  while ((ok = mc_database_step (db, stmt, &has_row, error)) && has_row)
    {
      int other = sqlite3_column_int (stmt, 0);

      g_array_append_val (years, other);
    }

  return ok ? g_steal_pointer (&years) : NULL;
}

/**
 * mc_sync_calendar_pull:
 * @db: the database, a connection of the sync's own
 * @client: the portal
 * @report: (inout): what was done, added to
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Pulls the official calendar of the current year and of the next, and
 * of every other year the database holds that was not pulled in the last
 * day (see mc_sync_calendar_pull_year()). Sets
 * @report->calendar_differences to the differences still open.
 *
 * Returns: %FALSE on a transient failure, cancellation, or a database
 *   error
 */
gboolean
mc_sync_calendar_pull (McDatabase      *db,
                       McPortalClient  *client,
                       McSyncReport    *report,
                       GCancellable    *cancellable,
                       GError         **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now (mc_working_calendar_get_time_zone ());
  int year = g_date_time_get_year (now);
  g_autoptr(GArray) years = NULL;

  g_return_val_if_fail (MC_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (MC_IS_PORTAL_CLIENT (client), FALSE);
  g_return_val_if_fail (report != NULL, FALSE);

  years = list_other_years (db, year, error);
  if (years == NULL)
    return FALSE;
  g_array_prepend_val (years, year);
  year++;
  g_array_insert_val (years, 1, year);

  for (guint i = 0; i < years->len && !report->calendar_unsupported; i++)
    if (!mc_sync_calendar_pull_year (db, client, g_array_index (years, int, i), report,
                                     cancellable, error))
      return FALSE;

  return count_differences (db, report, error);
}

/*
 * The differences
 */

/**
 * mc_sync_calendar_list_differences:
 * @db: a #McDatabase
 * @error: return location for a #GError
 *
 * Lists the days an administrator edited that the portal's calendar sees
 * otherwise, except those someone chose to keep as they are.
 *
 * Returns: (transfer full) (element-type McCalendarDifference): the
 *   differences, by date
 */
GPtrArray *
mc_sync_calendar_list_differences (McDatabase  *db,
                                   GError     **error)
{
  static const char sql[] =
    "SELECT p.day, p.kind, p.reason, d.kind, d.reason, d.source "
    "FROM calendar_proposal p LEFT JOIN calendar_day d ON d.day = p.day "
    "WHERE p.dismissed = 0 ORDER BY p.day";
  g_autoptr(McStatement) stmt = NULL;
  g_autoptr(GPtrArray) differences = NULL;
  gboolean has_row, ok;

  g_return_val_if_fail (MC_IS_DATABASE (db), NULL);

  stmt = mc_database_prepare (db, sql, error);
  if (stmt == NULL)
    return NULL;

  differences = g_ptr_array_new_with_free_func ((GDestroyNotify) mc_calendar_difference_free);
  while ((ok = mc_database_step (db, stmt, &has_row, error)) && has_row)
    {
      g_autoptr(McCalendarDifference) difference = g_new0 (McCalendarDifference, 1);

      if (!parse_iso (column_text (stmt, 0), &difference->date))
        continue;

      difference->has_portal = sqlite3_column_type (stmt, 1) != SQLITE_NULL;
      difference->portal_kind = sqlite3_column_int (stmt, 1);
      difference->portal_reason = g_strdup (column_text (stmt, 2));
      difference->has_local = sqlite3_column_type (stmt, 3) != SQLITE_NULL;
      difference->local_kind = sqlite3_column_int (stmt, 3);
      difference->local_reason = g_strdup (column_text (stmt, 4));
      difference->local_source = sqlite3_column_int (stmt, 5);

      /* Edited since to agree with the portal. */
      if (difference->has_local == difference->has_portal &&
          (!difference->has_local || difference->local_kind == difference->portal_kind))
        continue;

      g_ptr_array_add (differences, g_steal_pointer (&difference));
    }

  return ok ? g_steal_pointer (&differences) : NULL;
}

static gboolean
not_found (const GDate  *date,
           GError      **error)
{
  g_set_error (error, MC_ERROR, MC_ERROR_NOT_FOUND,
               _("The portal’s calendar does not differ on %02u/%02u/%04u."),
               g_date_get_day (date), g_date_get_month (date), g_date_get_year (date));
  return FALSE;
}

static gboolean
accept_work (McDatabase  *db,
             gpointer     data,
             GError     **error)
{
  static const char sql[] = "SELECT kind, reason FROM calendar_proposal WHERE day = ?1";
  const GDate *date = data;
  g_autoptr(McStatement) stmt = NULL;
  g_autoptr(Entry) portal = NULL;
  gboolean has_row;
  char iso[11];

  format_iso (date, iso);
  stmt = mc_database_prepare (db, sql, error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, iso, -1, SQLITE_STATIC);
  if (!mc_database_step (db, stmt, &has_row, error))
    return FALSE;
  if (!has_row)
    return not_found (date, error);
  if (sqlite3_column_type (stmt, 0) != SQLITE_NULL)
    portal = entry_new (sqlite3_column_int (stmt, 0), column_text (stmt, 1),
                        MC_CALENDAR_SOURCE_PORTAL);
  g_clear_pointer (&stmt, mc_database_release);

  /* The day is the portal's again, and no longer a local edit. */
  return (portal != NULL ? write_day (db, iso, portal, error)
                         : run_on_day (db, "DELETE FROM calendar_day WHERE day = ?1", iso,
                                       error)) &&
         run_on_day (db, "DELETE FROM calendar_day_removed WHERE day = ?1", iso, error) &&
         run_on_day (db, "DELETE FROM calendar_proposal WHERE day = ?1", iso, error);
}

/**
 * mc_sync_calendar_accept:
 * @db: a #McDatabase
 * @date: a day listed by mc_sync_calendar_list_differences()
 * @error: return location for a #GError
 *
 * Replaces the local value of @date by the portal's: the day is the
 * portal's again, and the next pulls keep it up to date. Fails with
 * %MC_ERROR_NOT_FOUND when the portal's calendar holds no other value
 * for @date.
 *
 * Returns: %TRUE on success
 */
gboolean
mc_sync_calendar_accept (McDatabase   *db,
                         const GDate  *date,
                         GError      **error)
{
  GDate day;

  g_return_val_if_fail (MC_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (date != NULL && g_date_valid (date), FALSE);

  day = *date;
  return mc_database_transact (db, MC_TRANSACTION_WRITE, accept_work, &day, error);
}

/**
 * mc_sync_calendar_keep_local:
 * @db: a #McDatabase
 * @date: a day listed by mc_sync_calendar_list_differences()
 * @error: return location for a #GError
 *
 * Keeps the administrator's value of @date: the difference is no longer
 * listed, until the portal's value for the day changes. Fails with
 * %MC_ERROR_NOT_FOUND when the portal's calendar holds no other value
 * for @date.
 *
 * Returns: %TRUE on success
 */
gboolean
mc_sync_calendar_keep_local (McDatabase   *db,
                             const GDate  *date,
                             GError      **error)
{
  static const char sql[] = "UPDATE calendar_proposal SET dismissed = 1 WHERE day = ?1";
  g_autoptr(McStatement) stmt = NULL;
  char iso[11];

  g_return_val_if_fail (MC_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (date != NULL && g_date_valid (date), FALSE);

  stmt = mc_database_prepare (db, sql, error);
  if (stmt == NULL)
    return FALSE;

  format_iso (date, iso);
  sqlite3_bind_text (stmt, 1, iso, -1, SQLITE_STATIC);
  if (!mc_database_step (db, stmt, NULL, error))
    return FALSE;

  if (sqlite3_changes (mc_database_get_handle (db)) == 0)
    return not_found (date, error);
  return TRUE;
}
