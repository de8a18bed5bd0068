/* mc-audit-log.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-audit-log"

#include "config.h"

#include "mc-audit.h"
#include "mc-audit-log.h"
#include "mc-staff-store.h"

/* The audit view's history as the UI sees it: the queries of
 * mc-audit-query.c run on the database worker and answer on the caller's
 * main context. Reading only: the history is written by the changes
 * themselves. */

struct _McAuditLog
{
  GObject     parent_instance;

  McDbWorker *worker;
};

G_DEFINE_FINAL_TYPE (McAuditLog, mc_audit_log, G_TYPE_OBJECT)

/* A query with its own strings, for the worker thread. */
typedef struct
{
  McAuditQuery query;
  char        *actor_name;
  char        *dossier_code;
} ListRequest;

/*
 * Auxiliary functions
 */

static ListRequest *
list_request_new (const McAuditQuery *query)
{
  ListRequest *request = g_new0 (ListRequest, 1);

  request->query = *query;
  request->actor_name = g_strdup (query->actor_name);
  request->dossier_code = g_strdup (query->dossier_code);
  request->query.actor_name = request->actor_name;
  request->query.dossier_code = request->dossier_code;

  return request;
}

static void
list_request_free (ListRequest *request)
{
  g_free (request->actor_name);
  g_free (request->dossier_code);
  g_free (request);
}

static void
actor_copy_free (McActorCopy *copy)
{
  mc_actor_copy_clear (copy);
  g_free (copy);
}

/*
 * GObject overrides
 */

static void
mc_audit_log_dispose (GObject *object)
{
  McAuditLog *self = (McAuditLog *)object;

  g_clear_object (&self->worker);

  G_OBJECT_CLASS (mc_audit_log_parent_class)->dispose (object);
}

static void
mc_audit_log_class_init (McAuditLogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = mc_audit_log_dispose;
}

static void
mc_audit_log_init (McAuditLog *self)
{
}

/*
 * Public API
 */

/**
 * mc_audit_log_new:
 * @worker: the database worker
 *
 * Returns: (transfer full): the history on @worker
 */
McAuditLog *
mc_audit_log_new (McDbWorker *worker)
{
  McAuditLog *self;

  g_return_val_if_fail (MC_IS_DB_WORKER (worker), NULL);

  self = g_object_new (MC_TYPE_AUDIT_LOG, NULL);
  self->worker = g_object_ref (worker);

  return self;
}

static gpointer
list_work (McDatabase  *db,
           gpointer     data,
           GError     **error)
{
  ListRequest *request = data;

  return mc_audit_query_run (db, &request->query, error);
}

/**
 * mc_audit_log_list_async:
 * @self: a #McAuditLog
 * @query: which lines, copied
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when done
 * @user_data: data for @callback
 *
 * Reads one page of the history (see mc_audit_query_run()).
 */
void
mc_audit_log_list_async (McAuditLog          *self,
                         const McAuditQuery  *query,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  g_return_if_fail (MC_IS_AUDIT_LOG (self));
  g_return_if_fail (query != NULL);

  mc_db_worker_run_task_async (self->worker, self, mc_audit_log_list_async,
                               "[mc-audit-log] list", list_work, list_request_new (query),
                               (GDestroyNotify) list_request_free,
                               (GDestroyNotify) g_ptr_array_unref, NULL, cancellable,
                               callback, user_data);
}

/**
 * mc_audit_log_list_finish:
 * @self: a #McAuditLog
 * @result: the result passed to the callback
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (element-type McAuditEntry): the lines, newest
 *   first, or %NULL with @error set
 */
GPtrArray *
mc_audit_log_list_finish (McAuditLog    *self,
                          GAsyncResult  *result,
                          GError       **error)
{
  return mc_db_worker_propagate (result, self, mc_audit_log_list_async, error);
}

static gpointer
list_staff_work (McDatabase  *db,
                 gpointer     data,
                 GError     **error)
{
  return mc_staff_store_list (db, TRUE, error);
}

/**
 * mc_audit_log_list_staff_async:
 * @self: a #McAuditLog
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when done
 * @user_data: data for @callback
 *
 * Reads every staff account, deactivated ones too, whose changes the
 * history may hold.
 */
void
mc_audit_log_list_staff_async (McAuditLog          *self,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_return_if_fail (MC_IS_AUDIT_LOG (self));

  mc_db_worker_run_task_async (self->worker, self, mc_audit_log_list_staff_async,
                               "[mc-audit-log] list staff", list_staff_work, NULL, NULL,
                               (GDestroyNotify) g_ptr_array_unref, NULL, cancellable,
                               callback, user_data);
}

/**
 * mc_audit_log_list_staff_finish:
 * @self: a #McAuditLog
 * @result: the result passed to the callback
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (element-type McStaff): the accounts by full
 *   name, or %NULL with @error set
 */
GPtrArray *
mc_audit_log_list_staff_finish (McAuditLog    *self,
                                GAsyncResult  *result,
                                GError       **error)
{
  return mc_db_worker_propagate (result, self, mc_audit_log_list_staff_async, error);
}

static gpointer
set_signed_in_work (McDatabase  *db,
                    gpointer     data,
                    GError     **error)
{
  McActorCopy *copy = data;

  mc_audit_set_signed_in (db, copy != NULL ? &copy->actor : NULL);
  return GINT_TO_POINTER (TRUE);
}

/**
 * mc_audit_queue_signed_in:
 * @worker: the database worker
 * @actor: (nullable): who signed in, or %NULL once nobody is
 *
 * Tells the worker's database who works on it, after the work queued so
 * far (see mc_audit_set_signed_in()): the changes of the settings record
 * this person. Nothing to wait for.
 */
void
mc_audit_queue_signed_in (McDbWorker    *worker,
                          const McActor *actor)
{
  McActorCopy *copy = NULL;

  g_return_if_fail (MC_IS_DB_WORKER (worker));

  if (actor != NULL)
    {
      copy = g_new0 (McActorCopy, 1);
      mc_actor_copy_init (copy, actor);
    }

  mc_db_worker_run_async (worker, set_signed_in_work, copy, (GDestroyNotify) actor_copy_free,
                          NULL, NULL, NULL, NULL);
}
