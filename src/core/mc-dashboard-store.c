/* mc-dashboard-store.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-dashboard-store"

#include "config.h"

#include "mc-dashboard.h"
#include "mc-dossier-store-private.h"
#include "mc-stats-store-private.h"
#include "mc-working-calendar.h"

/* The leader's dashboard: the period's figures (mc-stats-store.c), and
 * from the same pass over its dossiers, the intake by week or month and
 * channel and each officer's share; then what needs action now, whatever
 * the period: the open dossiers overdue, and those due within one working
 * day. */

/* A period longer than this shows its intake by month. */
#define WEEKLY_DAYS_MAX 100

typedef struct
{
  McDashboard *dashboard;
  gint64       from;
  GArray      *starts;      /* gint64, each stretch's first instant */
  GHashTable  *officers;    /* officer id → McOfficerLoad */
} Aggregate;

static gint64
to_usec (GDateTime *moment)
{
  return g_date_time_to_unix (moment) * G_USEC_PER_SEC + g_date_time_get_microsecond (moment);
}

static void
officer_load_free (McOfficerLoad *load)
{
  g_free (load->name);
  g_free (load);
}

static void
due_dossier_free (McDueDossier *dossier)
{
  g_free (dossier->code);
  g_free (dossier->applicant);
  g_free (dossier->procedure);
  g_free (dossier->officer);
  g_clear_pointer (&dossier->due, g_date_time_unref);
  g_free (dossier);
}

static void
trend_bucket_clear (McTrendBucket *bucket)
{
  g_clear_pointer (&bucket->start, g_date_time_unref);
}

void
mc_dashboard_free (McDashboard *dashboard)
{
  if (dashboard == NULL)
    return;

  g_free (dashboard->stats);
  g_clear_pointer (&dashboard->fields, g_ptr_array_unref);
  g_clear_pointer (&dashboard->trend, g_array_unref);
  g_clear_pointer (&dashboard->officers, g_ptr_array_unref);
  g_clear_pointer (&dashboard->overdue, g_ptr_array_unref);
  g_clear_pointer (&dashboard->due_soon, g_ptr_array_unref);
  g_free (dashboard);
}

/* The stretches of [@from, @to): weeks from its first day, or months. */
static void
make_trend (Aggregate *aggregate,
            GDateTime *from,
            GDateTime *to)
{
  McDashboard *dashboard = aggregate->dashboard;
  g_autoptr(GDateTime) start = g_date_time_ref (from);

  dashboard->monthly = g_date_time_difference (to, from) > WEEKLY_DAYS_MAX * G_TIME_SPAN_DAY;
  while (g_date_time_compare (start, to) < 0)
    {
      McTrendBucket bucket = { g_date_time_ref (start), 0, 0, 0 };
      gint64 first = to_usec (start);
      GDateTime *next = dashboard->monthly ? g_date_time_add_months (start, 1)
                                           : g_date_time_add_weeks (start, 1);

      g_array_append_val (dashboard->trend, bucket);
      g_array_append_val (aggregate->starts, first);
      g_date_time_unref (start);
      start = next;
    }
}

static void
visit (const McScannedDossier *dossier,
       McOutcome               outcome,
       gpointer                user_data)
{
  Aggregate *aggregate = user_data;
  McOfficerLoad *load;

  if (dossier->received >= aggregate->from)
    {
      guint i = aggregate->starts->len;

      /* The last stretch that starts before the receipt. */
      while (i > 0 && g_array_index (aggregate->starts, gint64, i - 1) > dossier->received)
        i--;
      if (i > 0)
        {
          McTrendBucket *bucket = &g_array_index (aggregate->dashboard->trend, McTrendBucket, i - 1);

          if (dossier->channel == MC_CHANNEL_ONLINE)
            bucket->online++;
          else if (dossier->channel == MC_CHANNEL_POSTAL)
            bucket->postal++;
          else
            bucket->counter++;
        }
    }

  load = g_hash_table_lookup (aggregate->officers, &dossier->assignee_id);
  if (load == NULL)
    {
      load = g_new0 (McOfficerLoad, 1);
      load->officer_id = dossier->assignee_id;
      load->name = g_strdup ("");
      g_hash_table_insert (aggregate->officers, &load->officer_id, load);
    }

  switch (outcome)
    {
    case MC_OUTCOME_PENDING_IN_TIME:
      load->in_time++;
      break;
    case MC_OUTCOME_PENDING_OVERDUE:
      load->overdue++;
      break;
    case MC_OUTCOME_EARLY:
    case MC_OUTCOME_ON_TIME:
    case MC_OUTCOME_LATE:
    default:
      load->resolved++;
      break;
    }
}

static int
compare_loads (gconstpointer a,
               gconstpointer b)
{
  const McOfficerLoad *x = *(McOfficerLoad * const *) a;
  const McOfficerLoad *y = *(McOfficerLoad * const *) b;
  guint open_x = x->in_time + x->overdue;
  guint open_y = y->in_time + y->overdue;

  if (x->overdue != y->overdue)
    return x->overdue > y->overdue ? -1 : 1;
  if (open_x != open_y)
    return open_x > open_y ? -1 : 1;
  return (x->officer_id > y->officer_id) - (x->officer_id < y->officer_id);
}

/* The officers of the period, named, the busiest first. */
static gboolean
name_officers (McDatabase  *db,
               Aggregate   *aggregate,
               GError     **error)
{
  g_autoptr(McStatement) stmt = mc_database_prepare (db, "SELECT full_name FROM staff WHERE id = ?1",
                                                     error);
  GHashTableIter iter;
  McOfficerLoad *load;

  if (stmt == NULL)
    return FALSE;

  g_hash_table_iter_init (&iter, aggregate->officers);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &load))
    {
      gboolean has_row;

      g_hash_table_iter_steal (&iter);
      g_ptr_array_add (aggregate->dashboard->officers, load);
      if (load->officer_id == 0)
        continue;

      sqlite3_reset (stmt);
      sqlite3_bind_int64 (stmt, 1, load->officer_id);
      if (!mc_database_step (db, stmt, &has_row, error))
        return FALSE;
      if (has_row)
        {
          g_free (load->name);
          load->name = g_strdup (_mc_dossier_store_column_text (stmt, 0));
        }
    }

  g_ptr_array_sort (aggregate->dashboard->officers, compare_loads);
  return TRUE;
}

/* ?1 and ?2 bound the appointment, ?3 the number; the filter is ?4–?7.
 * Open, received, and not waiting for the citizen. */
#define DUE_WHERE \
  "WHERE d.status IN (2, 4, 6) AND d.due_at >= ?1 AND d.due_at < ?2 " \
  "  AND (?4 IS NULL OR p.field_code = ?4) AND (?5 IS NULL OR p.code = ?5) " \
  "  AND (?6 IS NULL OR d.assignee_id = ?6) AND (?7 IS NULL OR d.channel = ?7) "

static const char due_sql[] =
  "SELECT d.code, d.applicant_name, p.name, coalesce (s.full_name, ''), d.due_at "
  "FROM dossier d JOIN procedure p ON p.id = d.procedure_id "
  "  LEFT JOIN staff s ON s.id = d.assignee_id "
  DUE_WHERE
  "ORDER BY d.due_at, d.id LIMIT ?3";

/* How many there are, when the list shows the first ones only. */
static const char due_count_sql[] =
  "SELECT count (*) FROM dossier d JOIN procedure p ON p.id = d.procedure_id " DUE_WHERE;

static gboolean
count_due (McDatabase          *db,
           gint64               from,
           gint64               to,
           const McStatsFilter *filter,
           guint               *count,
           GError             **error)
{
  g_autoptr(McStatement) stmt = mc_database_prepare (db, due_count_sql, error);
  gboolean has_row;

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, from);
  sqlite3_bind_int64 (stmt, 2, to);
  _mc_stats_store_bind_filter (stmt, filter);
  if (!mc_database_step (db, stmt, &has_row, error))
    return FALSE;

  *count = sqlite3_column_int (stmt, 0);
  return TRUE;
}

static GPtrArray *
load_due (McDatabase          *db,
          gint64               from,
          gint64               to,
          const McStatsFilter *filter,
          guint               *count,
          GError             **error)
{
  g_autoptr(McStatement) stmt = mc_database_prepare (db, due_sql, error);
  g_autoptr(GPtrArray) dossiers = g_ptr_array_new_with_free_func ((GDestroyNotify) due_dossier_free);
  gboolean has_row;

  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, from);
  sqlite3_bind_int64 (stmt, 2, to);
  sqlite3_bind_int (stmt, 3, MC_DASHBOARD_LIST_LIMIT);
  _mc_stats_store_bind_filter (stmt, filter);

  while (mc_database_step (db, stmt, &has_row, error))
    {
      McDueDossier *dossier;

      if (!has_row)
        {
          *count = dossiers->len;
          if (dossiers->len == MC_DASHBOARD_LIST_LIMIT &&
              !count_due (db, from, to, filter, count, error))
            return NULL;
          return g_steal_pointer (&dossiers);
        }

      dossier = g_new0 (McDueDossier, 1);
      dossier->code = g_strdup (_mc_dossier_store_column_text (stmt, 0));
      dossier->applicant = g_strdup (_mc_dossier_store_column_text (stmt, 1));
      dossier->procedure = g_strdup (_mc_dossier_store_column_text (stmt, 2));
      dossier->officer = g_strdup (_mc_dossier_store_column_text (stmt, 3));
      dossier->due = _mc_dossier_store_from_usec (sqlite3_column_int64 (stmt, 4));
      g_ptr_array_add (dossiers, dossier);
    }

  return NULL;
}

/**
 * mc_dashboard_store_load:
 * @db: a #McDatabase
 * @from: the period's first instant
 * @to: the instant after its last
 * @now: the present
 * @filter: (nullable): which dossiers
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the dashboard, or %NULL with @error set
 */
McDashboard *
mc_dashboard_store_load (McDatabase           *db,
                         GDateTime            *from,
                         GDateTime            *to,
                         GDateTime            *now,
                         const McStatsFilter  *filter,
                         GError              **error)
{
  g_autoptr(McDashboard) dashboard = g_new0 (McDashboard, 1);
  g_autoptr(GArray) starts = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GHashTable) officers = NULL;
  g_autoptr(GDateTime) soon = NULL;
  Aggregate aggregate = { NULL, };
  gint64 now_usec;

  g_return_val_if_fail (MC_IS_DATABASE (db), NULL);
  g_return_val_if_fail (from != NULL && to != NULL && now != NULL, NULL);

  officers = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL,
                                    (GDestroyNotify) officer_load_free);
  dashboard->trend = g_array_new (FALSE, TRUE, sizeof (McTrendBucket));
  g_array_set_clear_func (dashboard->trend, (GDestroyNotify) trend_bucket_clear);
  dashboard->officers = g_ptr_array_new_with_free_func ((GDestroyNotify) officer_load_free);

  aggregate.dashboard = dashboard;
  aggregate.from = to_usec (from);
  aggregate.starts = starts;
  aggregate.officers = officers;
  make_trend (&aggregate, from, to);

  dashboard->stats = _mc_stats_store_load_full (db, from, to, now, filter, visit, &aggregate,
                                                &dashboard->fields, error);
  if (dashboard->stats == NULL || !name_officers (db, &aggregate, error))
    return NULL;

  /* What needs action now: long overdue first, then what falls due
   * within one working day. */
  soon = _mc_stats_store_due_soon_limit (db, now, error);
  if (soon == NULL)
    return NULL;
  now_usec = to_usec (now);
  dashboard->overdue = load_due (db, G_MININT64, now_usec, filter, &dashboard->n_overdue, error);
  if (dashboard->overdue == NULL)
    return NULL;
  dashboard->due_soon = load_due (db, now_usec, to_usec (soon), filter, &dashboard->n_due_soon,
                                 error);
  if (dashboard->due_soon == NULL)
    return NULL;

  return g_steal_pointer (&dashboard);
}
