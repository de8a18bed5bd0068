/* mc-stats-store.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-stats-store"

#include "config.h"

#include "mc-document-store.h"
#include "mc-dossier-store-private.h"
#include "mc-dossier-workflow.h"
#include "mc-stats-store-private.h"
#include "mc-working-calendar.h"

/* The SQL of the statistics: report 06a and the leader's dashboard.
 *
 * A period is [from, to). Its dossiers are those received for
 * resolution (accepted: a filing refused, or not yet checked, was never
 * received) before its end and not finished before its start. They are
 * read in three parts, each by an index: received in the period; received
 * before and finished in it or after; received before and still open.
 *
 * - Received in the period: online (channel 2), or in person and by post.
 *   Received before it: carried over.
 * - Resolved: finished in the period, whatever the end (result, stopped,
 *   withdrawn). Early, on time or late compares the day of the end with
 *   the day of the appointment, in Vietnam's time (Thông tư 01/2020 as
 *   practised, domain.md §4.1). The appointment is the one before any
 *   apology (legal_due_at): the apology's new date does not make a late
 *   dossier on time.
 * - Open at the period's end (or now, for a period not over): within the
 *   deadline while waiting for the citizen's supplement, or while its
 *   appointment is not past; overdue otherwise. */

#define MICROSECONDS_PER_DAY G_GINT64_CONSTANT (86400000000)
/* Vietnam's time is UTC+7 all year. */
#define VIETNAM_OFFSET G_GINT64_CONSTANT (25200000000)

static gint64
to_usec (GDateTime *moment)
{
  return g_date_time_to_unix (moment) * G_USEC_PER_SEC + g_date_time_get_microsecond (moment);
}

/* ?1 from, ?2 to; @synced is a last column. Rows only: a million
 * dossiers are aggregated faster in C than by SQL's GROUP BY, and the
 * rules of the period live in one place, classify(). */
#define SCAN_SQL(synced) \
  "SELECT id, procedure_id, channel, received_at, finished_at, paused_at, " \
  "  coalesce (legal_due_at, due_at), assignee_id, supplement_requests" synced " " \
  "FROM dossier WHERE accepted = 1 AND received_at >= ?1 AND received_at < ?2 " \
  "UNION ALL " \
  "SELECT id, procedure_id, channel, received_at, finished_at, paused_at, " \
  "  coalesce (legal_due_at, due_at), assignee_id, supplement_requests" synced " " \
  "FROM dossier WHERE accepted = 1 AND finished_at >= ?1 AND received_at < ?1 " \
  "UNION ALL " \
  "SELECT id, procedure_id, channel, received_at, finished_at, paused_at, " \
  "  coalesce (legal_due_at, due_at), assignee_id, supplement_requests" synced " " \
  "FROM dossier WHERE accepted = 1 AND finished_at IS NULL AND received_at < ?1"

/* Report 06a. */
static const char scan_sql[] = SCAN_SQL ("");

/* The dashboard's scan also reads whether the portal acknowledged each
 * dossier's latest version (state 2 of the outbox, migration 0008),
 * found by the dossier's id, which the covering indexes hold. It costs
 * a lookup per dossier, which the report does without. */
static const char scan_synced_sql[] =
  SCAN_SQL (", coalesce ((SELECT s.state = 2 FROM sync_dossier s "
            "WHERE s.dossier_id = dossier.id), 0)");

static const char procedures_sql[] =
  "SELECT id, code, field_code, field_name FROM procedure";

/* ?1 the period's start: a dossier resolved in it is rated after. */
static const char dissatisfied_sql[] =
  "SELECT dossier_id FROM dossier_event "
  "WHERE action = ?2 AND effective_time >= ?1 "
  "  AND json_extract (details, '$.overall') = 'Không hài lòng'";

/* What a scan adds to the dashboard's figures besides the rows. */
typedef struct
{
  double          processing_usec;     /* over the resolved dossiers */
  guint           repeated_supplements;
  guint           resolved_unsatisfactory;
  guint           synced;
  McStatsVisitor  visitor;
  gpointer        visitor_data;
} RowExtras;

/* The day of @usec in Vietnam's time. */
static gint64
vietnam_day (gint64 usec)
{
  return (usec + VIETNAM_OFFSET) / MICROSECONDS_PER_DAY;
}

/* Counts @dossier, which the scan found in [@from, @to), in its two
 * columns: how it came, and how it stands at the period's end, judged at
 * @judged. */
static McOutcome
classify (const McScannedDossier *dossier,
          gint64                  from,
          gint64                  to,
          gint64                  judged,
          McReportCounts         *counts)
{
  if (dossier->received < from)
    counts->carried_over++;
  else if (dossier->channel == MC_CHANNEL_ONLINE)
    counts->received_online++;
  else
    counts->received_direct++;

  if (dossier->finished != 0 && dossier->finished < to)
    {
      gint64 end_day = vietnam_day (dossier->finished);
      gint64 due_day = vietnam_day (dossier->due);

      if (end_day < due_day)
        {
          counts->resolved_early++;
          return MC_OUTCOME_EARLY;
        }
      if (end_day == due_day)
        {
          counts->resolved_on_time++;
          return MC_OUTCOME_ON_TIME;
        }
      counts->resolved_late++;
      return MC_OUTCOME_LATE;
    }

  if (dossier->paused || dossier->due >= judged)
    {
      counts->pending_in_time++;
      return MC_OUTCOME_PENDING_IN_TIME;
    }

  counts->pending_overdue++;
  return MC_OUTCOME_PENDING_OVERDUE;
}

typedef struct
{
  char *code;
  char *field_code;
  char *field_name;
} ProcedureInfo;

static void
procedure_info_free (ProcedureInfo *info)
{
  g_free (info->code);
  g_free (info->field_code);
  g_free (info->field_name);
  g_free (info);
}

/* Every version of every procedure, by id. */
static GHashTable *
load_procedures (McDatabase  *db,
                 GError     **error)
{
  g_autoptr(McStatement) stmt = mc_database_prepare (db, procedures_sql, error);
  g_autoptr(GHashTable) procedures = NULL;
  gboolean has_row;

  if (stmt == NULL)
    return NULL;

  procedures = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                      (GDestroyNotify) procedure_info_free);
  while (mc_database_step (db, stmt, &has_row, error))
    {
      ProcedureInfo *info;
      gint64 *id;

      if (!has_row)
        return g_steal_pointer (&procedures);

      id = g_new (gint64, 1);
      *id = sqlite3_column_int64 (stmt, 0);
      info = g_new0 (ProcedureInfo, 1);
      info->code = g_strdup (_mc_dossier_store_column_text (stmt, 1));
      info->field_code = g_strdup (_mc_dossier_store_column_text (stmt, 2));
      info->field_name = g_strdup (_mc_dossier_store_column_text (stmt, 3));
      g_hash_table_insert (procedures, id, info);
    }

  return NULL;
}

/* The dossiers rated "Không hài lòng" since @from. */
static GHashTable *
load_dissatisfied (McDatabase  *db,
                   gint64       from,
                   GError     **error)
{
  g_autoptr(McStatement) stmt = mc_database_prepare (db, dissatisfied_sql, error);
  g_autoptr(GHashTable) ids = NULL;
  gboolean has_row;

  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, from);
  sqlite3_bind_int (stmt, 2, MC_DOSSIER_ACTION_EVALUATE);
  ids = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  while (mc_database_step (db, stmt, &has_row, error))
    {
      gint64 *id;

      if (!has_row)
        return g_steal_pointer (&ids);

      id = g_new (gint64, 1);
      *id = sqlite3_column_int64 (stmt, 0);
      g_hash_table_add (ids, id);
    }

  return NULL;
}

static gboolean
passes (const McStatsFilter  *filter,
        const McScannedDossier *dossier,
        const ProcedureInfo  *procedure)
{
  if (filter == NULL)
    return TRUE;

  return (filter->channel == 0 || dossier->channel == filter->channel) &&
         (filter->officer_id == 0 || dossier->assignee_id == filter->officer_id) &&
         (filter->field_code == NULL || g_strcmp0 (procedure->field_code, filter->field_code) == 0) &&
         (filter->procedure_code == NULL || g_strcmp0 (procedure->code, filter->procedure_code) == 0);
}

static int
compare_rows (gconstpointer a,
              gconstpointer b)
{
  const McReportRow *x = *(McReportRow * const *) a;
  const McReportRow *y = *(McReportRow * const *) b;
  int order = strcmp (x->field_name, y->field_name);

  return order != 0 ? order : strcmp (x->field_code, y->field_code);
}

static GPtrArray *
load_rows (McDatabase          *db,
           GDateTime           *from,
           GDateTime           *to,
           GDateTime           *now,
           const McStatsFilter *filter,
           RowExtras           *extras,
           GError             **error)
{
  g_autoptr(McStatement) stmt = NULL;
  g_autoptr(GHashTable) procedures = NULL;
  g_autoptr(GHashTable) dissatisfied = NULL;
  g_autoptr(GHashTable) by_field = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) mc_report_row_free);
  gint64 from_usec = to_usec (from);
  gint64 to_usec_value = to_usec (to);
  /* A period not over yet is judged now. */
  gint64 judged = now != NULL ? MIN (to_usec_value, to_usec (now)) : to_usec_value;
  gboolean has_row;

  procedures = load_procedures (db, error);
  if (procedures == NULL)
    return NULL;
  if (extras != NULL && (dissatisfied = load_dissatisfied (db, from_usec, error)) == NULL)
    return NULL;

  stmt = mc_database_prepare (db, extras != NULL ? scan_synced_sql : scan_sql, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, from_usec);
  sqlite3_bind_int64 (stmt, 2, to_usec_value);

  while (mc_database_step (db, stmt, &has_row, error))
    {
      McScannedDossier dossier;
      const ProcedureInfo *procedure;
      McReportRow *row;
      McOutcome outcome;
      gboolean synced;

      if (!has_row)
        {
          g_ptr_array_sort (rows, compare_rows);
          return g_steal_pointer (&rows);
        }

      dossier.id = sqlite3_column_int64 (stmt, 0);
      dossier.procedure_id = sqlite3_column_int64 (stmt, 1);
      dossier.channel = sqlite3_column_int (stmt, 2);
      dossier.received = sqlite3_column_int64 (stmt, 3);
      dossier.finished = sqlite3_column_int64 (stmt, 4);
      dossier.paused = sqlite3_column_type (stmt, 5) != SQLITE_NULL;
      dossier.due = sqlite3_column_int64 (stmt, 6);
      dossier.assignee_id = sqlite3_column_int64 (stmt, 7);
      dossier.supplement_requests = sqlite3_column_int (stmt, 8);
      synced = extras != NULL && sqlite3_column_int (stmt, 9) != 0;

      procedure = g_hash_table_lookup (procedures, &dossier.procedure_id);
      if (procedure == NULL || !passes (filter, &dossier, procedure))
        continue;

      row = g_hash_table_lookup (by_field, procedure->field_code);
      if (row == NULL)
        {
          row = g_new0 (McReportRow, 1);
          row->field_code = g_strdup (procedure->field_code);
          row->field_name = g_strdup (procedure->field_name);
          g_ptr_array_add (rows, row);
          g_hash_table_insert (by_field, row->field_code, row);
        }

      outcome = classify (&dossier, from_usec, to_usec_value, judged, &row->counts);

      if (extras != NULL)
        {
          if (outcome == MC_OUTCOME_LATE ||
              (outcome <= MC_OUTCOME_ON_TIME && g_hash_table_contains (dissatisfied, &dossier.id)))
            extras->resolved_unsatisfactory++;
          if (extras->visitor != NULL)
            extras->visitor (&dossier, outcome, extras->visitor_data);
          if (dossier.finished != 0 && dossier.finished < to_usec_value)
            extras->processing_usec += dossier.finished - dossier.received;
          if (dossier.supplement_requests > 1)
            extras->repeated_supplements++;
          if (synced)
            extras->synced++;
        }
    }

  return NULL;
}

/**
 * mc_stats_store_load_report:
 * @db: a #McDatabase
 * @from: the period's first instant
 * @to: the instant after its last
 * @now: (nullable): the present, for a period not over yet; %NULL judges
 *   open dossiers at @to
 * @filter: (nullable): which dossiers
 * @error: return location for a #GError
 *
 * Reads the rows of report 06a: one per field of procedures that has a
 * dossier in the period, by the field's name.
 *
 * Returns: (transfer full) (element-type McReportRow): the rows, or %NULL
 *   with @error set
 */
GPtrArray *
mc_stats_store_load_report (McDatabase           *db,
                            GDateTime            *from,
                            GDateTime            *to,
                            GDateTime            *now,
                            const McStatsFilter  *filter,
                            GError              **error)
{
  g_return_val_if_fail (MC_IS_DATABASE (db), NULL);
  g_return_val_if_fail (from != NULL && to != NULL, NULL);

  return load_rows (db, from, to, now, filter, NULL, error);
}

/* The period as ?1 and ?2, and the filter as ?4 to ?7, of the event and
 * due-soon queries. */
static void
bind_common (sqlite3_stmt        *stmt,
             GDateTime           *from,
             GDateTime           *to,
             const McStatsFilter *filter)
{
  sqlite3_bind_int64 (stmt, 1, to_usec (from));
  sqlite3_bind_int64 (stmt, 2, to_usec (to));
  _mc_stats_store_bind_filter (stmt, filter);
}

/* The filter as ?4 (field), ?5 (procedure), ?6 (officer) and ?7
 * (channel), each NULL for any. */
void
_mc_stats_store_bind_filter (sqlite3_stmt        *stmt,
                             const McStatsFilter *filter)
{
  if (filter == NULL)
    return;

  if (filter->field_code != NULL)
    sqlite3_bind_text (stmt, 4, filter->field_code, -1, SQLITE_STATIC);
  if (filter->procedure_code != NULL)
    sqlite3_bind_text (stmt, 5, filter->procedure_code, -1, SQLITE_STATIC);
  if (filter->officer_id != 0)
    sqlite3_bind_int64 (stmt, 6, filter->officer_id);
  if (filter->channel != 0)
    sqlite3_bind_int (stmt, 7, filter->channel);
}

/* ?1 from, ?2 to, ?10 the action, then the filter. */
static const char events_sql[] =
  "SELECT count (*), "
  "  avg (json_extract (e.details, '$.indices.\"1\"')), "
  "  avg (json_extract (e.details, '$.indices.\"2\"')), "
  "  avg (json_extract (e.details, '$.indices.\"3\"')), "
  "  avg (json_extract (e.details, '$.indices.\"4\"')), "
  "  avg (json_extract (e.details, '$.indices.\"5\"')), "
  "  avg (json_extract (e.details, '$.indices.\"6\"')), "
  "  avg (json_extract (e.details, '$.indices.\"7\"')), "
  "  avg (json_extract (e.details, '$.indices.\"8\"')), "
  "  avg (json_extract (e.details, '$.indices.\"9\"')), "
  "  count (*) FILTER (WHERE json_extract (e.details, '$.overall') = 'Không hài lòng'), "
  /* An evaluation recorded without its indices (by motcua-cli) is no
   * rating: it is not averaged. */
  "  count (json_extract (e.details, '$.indices')) "
  "FROM dossier_event e JOIN dossier d ON d.id = e.dossier_id "
  "  JOIN procedure p ON p.id = d.procedure_id "
  "WHERE e.action = ?10 AND e.effective_time >= ?1 AND e.effective_time < ?2 "
  "  AND (?4 IS NULL OR p.field_code = ?4) AND (?5 IS NULL OR p.code = ?5) "
  "  AND (?6 IS NULL OR d.assignee_id = ?6) AND (?7 IS NULL OR d.channel = ?7)";

/* Open now (?1), not waiting for the citizen, due before ?2. */
static const char due_soon_sql[] =
  "SELECT count (*) FROM dossier d JOIN procedure p ON p.id = d.procedure_id "
  "WHERE d.finished_at IS NULL AND d.accepted = 1 AND d.paused_at IS NULL "
  "  AND d.due_at >= ?1 AND d.due_at < ?2 "
  "  AND (?4 IS NULL OR p.field_code = ?4) AND (?5 IS NULL OR p.code = ?5) "
  "  AND (?6 IS NULL OR d.assignee_id = ?6) AND (?7 IS NULL OR d.channel = ?7)";

static gboolean
load_evaluations (McDatabase          *db,
                  GDateTime           *from,
                  GDateTime           *to,
                  const McStatsFilter *filter,
                  McDossierStats      *stats,
                  GError             **error)
{
  g_autoptr(McStatement) stmt = mc_database_prepare (db, events_sql, error);
  gboolean has_row;

  if (stmt == NULL)
    return FALSE;

  bind_common (stmt, from, to, filter);
  sqlite3_bind_int (stmt, 10, MC_DOSSIER_ACTION_EVALUATE);
  if (!mc_database_step (db, stmt, &has_row, error))
    return FALSE;

  stats->evaluations = sqlite3_column_int (stmt, 11);
  for (guint i = 0; i < MC_EVALUATION_N_INDICES; i++)
    stats->index_averages[i] = sqlite3_column_double (stmt, 1 + i);
  stats->dissatisfied = sqlite3_column_int (stmt, 10);

  /* The apology letters given in the period, with the same filter. */
  sqlite3_reset (stmt);
  sqlite3_bind_int (stmt, 10, MC_DOSSIER_ACTION_APOLOGIZE);
  if (!mc_database_step (db, stmt, &has_row, error))
    return FALSE;
  stats->apologies_given = sqlite3_column_int (stmt, 0);

  return TRUE;
}

/* One working day of office time from @now. The calendar may add the
 * year's holidays first: a write, before the statistics' read. */
GDateTime *
_mc_stats_store_due_soon_limit (McDatabase  *db,
                                GDateTime   *now,
                                GError     **error)
{
  g_autoptr(McWorkingCalendar) calendar = NULL;

  calendar = _mc_dossier_store_load_calendar (db, now, now, NULL, error);
  if (calendar == NULL)
    return NULL;

  return mc_working_calendar_add_minutes (calendar, now,
                                          mc_working_calendar_get_day_minutes (calendar));
}

static gboolean
load_due_soon (McDatabase          *db,
               GDateTime           *now,
               GDateTime           *limit,
               const McStatsFilter *filter,
               McDossierStats      *stats,
               GError             **error)
{
  g_autoptr(McStatement) stmt = mc_database_prepare (db, due_soon_sql, error);
  gboolean has_row;

  if (stmt == NULL)
    return FALSE;

  bind_common (stmt, now, limit, filter);
  if (!mc_database_step (db, stmt, &has_row, error))
    return FALSE;

  stats->due_soon = sqlite3_column_int (stmt, 0);
  return TRUE;
}

McDossierStats *
_mc_stats_store_load_full (McDatabase           *db,
                           GDateTime            *from,
                           GDateTime            *to,
                           GDateTime            *now,
                           const McStatsFilter  *filter,
                           McStatsVisitor        visitor,
                           gpointer              user_data,
                           GPtrArray           **rows_out,
                           GError              **error)
{
  g_autofree McDossierStats *stats = g_new0 (McDossierStats, 1);
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GDateTime) limit = NULL;
  RowExtras extras = { 0, };
  guint resolved;
  gint64 owed;

  g_return_val_if_fail (MC_IS_DATABASE (db), NULL);
  g_return_val_if_fail (from != NULL && to != NULL && now != NULL, NULL);

  extras.visitor = visitor;
  extras.visitor_data = user_data;

  limit = _mc_stats_store_due_soon_limit (db, now, error);
  if (limit == NULL || !mc_database_begin (db, MC_TRANSACTION_READ, error))
    return NULL;

  rows = load_rows (db, from, to, now, filter, &extras, error);
  if (rows == NULL ||
      !load_evaluations (db, from, to, filter, stats, error) ||
      !load_due_soon (db, now, limit, filter, stats, error) ||
      (owed = mc_document_store_count_owed_apologies (db, error)) < 0)
    {
      mc_database_end (db, FALSE, NULL);
      return NULL;
    }

  if (!mc_database_end (db, TRUE, error))
    return NULL;

  for (guint i = 0; i < rows->len; i++)
    mc_report_counts_add (&stats->counts, &((McReportRow *) g_ptr_array_index (rows, i))->counts);

  resolved = mc_report_counts_get_resolved (&stats->counts);
  stats->average_days = resolved > 0 ? extras.processing_usec / resolved / MICROSECONDS_PER_DAY : 0;
  stats->repeated_supplements = extras.repeated_supplements;
  stats->resolved_unsatisfactory = extras.resolved_unsatisfactory;
  stats->apologies_owed = (guint) owed;
  stats->synced = extras.synced;

  if (rows_out != NULL)
    *rows_out = g_steal_pointer (&rows);

  return g_steal_pointer (&stats);
}

/**
 * mc_stats_store_load:
 * @db: a #McDatabase
 * @from: the period's first instant
 * @to: the instant after its last
 * @now: the present: the dossiers due soon are counted from it, and a
 *   period not over yet judges its open dossiers at it
 * @filter: (nullable): which dossiers
 * @error: return location for a #GError
 *
 * Reads the dashboard's figures of a period, in one read transaction.
 * The apology letters owed are the office's, whatever the period and the
 * filter: each is owed until printed.
 *
 * Returns: (transfer full): the figures, or %NULL with @error set
 */
McDossierStats *
mc_stats_store_load (McDatabase           *db,
                     GDateTime            *from,
                     GDateTime            *to,
                     GDateTime            *now,
                     const McStatsFilter  *filter,
                     GError              **error)
{
  return _mc_stats_store_load_full (db, from, to, now, filter, NULL, NULL, NULL, error);
}
