/* mc-stats.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-stats"

#include "config.h"

#include "mc-stats.h"
#include "mc-working-calendar.h"

/* The statistics as the UI sees them: mc-dashboard-store.c run on the
 * database worker, answering on the caller's main context. The present
 * is taken when the work starts, on the worker. */

struct _McStats
{
  GObject     parent_instance;

  McDbWorker *worker;
};

G_DEFINE_FINAL_TYPE (McStats, mc_stats, G_TYPE_OBJECT)

/* The period and a copy of the filter, for the worker thread. */
typedef struct
{
  GDateTime     *from;
  GDateTime     *to;
  char          *field_code;
  char          *procedure_code;
  McStatsFilter  filter;
} Request;

static void
request_free (Request *request)
{
  g_date_time_unref (request->from);
  g_date_time_unref (request->to);
  g_free (request->field_code);
  g_free (request->procedure_code);
  g_free (request);
}

static void
mc_stats_dispose (GObject *object)
{
  McStats *self = (McStats *)object;

  g_clear_object (&self->worker);

  G_OBJECT_CLASS (mc_stats_parent_class)->dispose (object);
}

static void
mc_stats_class_init (McStatsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = mc_stats_dispose;
}

static void
mc_stats_init (McStats *self)
{
}

/**
 * mc_stats_new:
 * @worker: the database worker
 *
 * Returns: (transfer full): the statistics of the database on @worker
 */
McStats *
mc_stats_new (McDbWorker *worker)
{
  McStats *self;

  g_return_val_if_fail (MC_IS_DB_WORKER (worker), NULL);

  self = g_object_new (MC_TYPE_STATS, NULL);
  self->worker = g_object_ref (worker);

  return self;
}

static gpointer
load_dashboard_work (McDatabase  *db,
                     gpointer     data,
                     GError     **error)
{
  Request *request = data;
  g_autoptr(GDateTime) now = g_date_time_new_now (mc_working_calendar_get_time_zone ());

  return mc_dashboard_store_load (db, request->from, request->to, now, &request->filter, error);
}

/**
 * mc_stats_load_dashboard_async:
 * @self: a #McStats
 * @from: the period's first instant
 * @to: the instant after its last
 * @filter: (nullable): which dossiers; copied
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when done
 * @user_data: data for @callback
 *
 * Reads the dashboard of the period (mc_dashboard_store_load()), now.
 */
void
mc_stats_load_dashboard_async (McStats             *self,
                               GDateTime           *from,
                               GDateTime           *to,
                               const McStatsFilter *filter,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  Request *request;

  g_return_if_fail (MC_IS_STATS (self));
  g_return_if_fail (from != NULL && to != NULL);

  request = g_new0 (Request, 1);
  request->from = g_date_time_ref (from);
  request->to = g_date_time_ref (to);
  if (filter != NULL)
    {
      request->field_code = g_strdup (filter->field_code);
      request->procedure_code = g_strdup (filter->procedure_code);
      request->filter = *filter;
    }
  request->filter.field_code = request->field_code;
  request->filter.procedure_code = request->procedure_code;

  mc_db_worker_run_task_async (self->worker, self, mc_stats_load_dashboard_async,
                               "[mc-stats] dashboard", load_dashboard_work, request,
                               (GDestroyNotify) request_free, (GDestroyNotify) mc_dashboard_free,
                               NULL, cancellable, callback, user_data);
}

/**
 * mc_stats_load_dashboard_finish:
 * @self: a #McStats
 * @result: the result passed to the callback
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the dashboard, or %NULL with @error set
 */
McDashboard *
mc_stats_load_dashboard_finish (McStats       *self,
                                GAsyncResult  *result,
                                GError       **error)
{
  return mc_db_worker_propagate (result, self, mc_stats_load_dashboard_async, error);
}
