/* mc-sync-queue.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-sync-queue"

#include "config.h"

#include "mc-sync-outbox.h"
#include "mc-sync-queue.h"

/* The outbox as the Sync page and the dossier page see it: what has not
 * reached the portal, "send again" for what it refused, and the choice
 * between two versions of a dossier in conflict. Every call runs on the
 * database worker and answers on the caller's main context; "changed"
 * tells the page to reload, and then to ask the sync service for a sync,
 * after something was queued again or a conflict resolved. As in
 * McDossiers, a change once asked for is carried out even if the caller
 * cancels. */

struct _McSyncQueue
{
  GObject     parent_instance;

  McDbWorker *worker;
};

G_DEFINE_FINAL_TYPE (McSyncQueue, mc_sync_queue, G_TYPE_OBJECT)

enum {
  SIGNAL_CHANGED,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

typedef struct
{
  gint64           dossier_id;
  McSyncResolution resolution;
  guint            expected_portal_version;
} DossierRequest;

/*
 * Auxiliary functions
 */

static DossierRequest *
dossier_request_new (gint64           dossier_id,
                     McSyncResolution resolution)
{
  DossierRequest *request = g_new0 (DossierRequest, 1);

  request->dossier_id = dossier_id;
  request->resolution = resolution;
  return request;
}

/*
 * Callbacks
 */

static void
emit_changed (gpointer source_object)
{
  g_signal_emit (source_object, signals [SIGNAL_CHANGED], 0);
}

/*
 * GObject overrides
 */

static void
mc_sync_queue_dispose (GObject *object)
{
  McSyncQueue *self = (McSyncQueue *)object;

  g_clear_object (&self->worker);

  G_OBJECT_CLASS (mc_sync_queue_parent_class)->dispose (object);
}

static void
mc_sync_queue_class_init (McSyncQueueClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = mc_sync_queue_dispose;

  /**
   * McSyncQueue::changed:
   *
   * Emitted on the main context after something was queued again or a
   * conflict resolved: the lists reload, and the sync service should
   * sync now.
   */
  signals [SIGNAL_CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
mc_sync_queue_init (McSyncQueue *self)
{
}

/*
 * Public API
 */

McSyncQueue *
mc_sync_queue_new (McDbWorker *worker)
{
  McSyncQueue *self;

  g_return_val_if_fail (MC_IS_DB_WORKER (worker), NULL);

  self = g_object_new (MC_TYPE_SYNC_QUEUE, NULL);
  self->worker = g_object_ref (worker);

  return self;
}

/*
 * The list
 */

static gpointer
list_work (McDatabase  *db,
           gpointer     data,
           GError     **error)
{
  g_autoptr(GPtrArray) entries = mc_sync_entry_list_waiting (db, error);
  GListStore *store;

  if (entries == NULL)
    return NULL;

  /* Nobody sees the store before it reaches the main context. */
  store = g_list_store_new (MC_TYPE_SYNC_ENTRY);
  g_list_store_splice (store, 0, 0, entries->pdata, entries->len);
  return store;
}

/**
 * mc_sync_queue_list_async:
 * @self: a #McSyncQueue
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when done
 * @user_data: data for @callback
 *
 * Lists every dossier with something the portal has not acknowledged,
 * with mc_sync_entry_list_waiting().
 */
void
mc_sync_queue_list_async (McSyncQueue         *self,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  g_return_if_fail (MC_IS_SYNC_QUEUE (self));

  mc_db_worker_run_task_async (self->worker, self, mc_sync_queue_list_async,
                               "[mc-sync-queue] list", list_work, NULL, NULL, g_object_unref,
                               NULL, cancellable, callback, user_data);
}

/**
 * mc_sync_queue_list_finish:
 *
 * Returns: (transfer full): a #GListModel of #McSyncEntry: conflicts,
 *   then what the portal refused, then what waits, the newest change
 *   first within each
 */
GListModel *
mc_sync_queue_list_finish (McSyncQueue   *self,
                           GAsyncResult  *result,
                           GError       **error)
{
  return mc_db_worker_propagate (result, self, mc_sync_queue_list_async, error);
}

/*
 * One dossier
 */

static gpointer
lookup_work (McDatabase  *db,
             gpointer     data,
             GError     **error)
{
  McSyncEntry *entry = NULL;

  mc_sync_entry_lookup (db, data, &entry, error);
  return entry;
}

/**
 * mc_sync_queue_lookup_async:
 * @self: a #McSyncQueue
 * @code: a dossier's code
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when done
 * @user_data: data for @callback
 *
 * Tells whether a dossier is on the portal, for the dossier page.
 */
void
mc_sync_queue_lookup_async (McSyncQueue         *self,
                            const char          *code,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_return_if_fail (MC_IS_SYNC_QUEUE (self));
  g_return_if_fail (code != NULL);

  mc_db_worker_run_task_async (self->worker, self, mc_sync_queue_lookup_async,
                               "[mc-sync-queue] lookup", lookup_work, g_strdup (code), g_free,
                               g_object_unref, NULL, cancellable, callback, user_data);
}

/**
 * mc_sync_queue_lookup_finish:
 * @self: a #McSyncQueue
 * @result: the #GAsyncResult
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): what of the dossier is not yet on
 *   the portal; %NULL without @error set when the portal acknowledged its
 *   latest version and all its steps; %NULL with %MC_ERROR_NOT_FOUND for
 *   an unknown code
 */
McSyncEntry *
mc_sync_queue_lookup_finish (McSyncQueue   *self,
                             GAsyncResult  *result,
                             GError       **error)
{
  return mc_db_worker_propagate (result, self, mc_sync_queue_lookup_async, error);
}

/*
 * Send again
 */

static gpointer
send_again_work (McDatabase  *db,
                 gpointer     data,
                 GError     **error)
{
  DossierRequest *request = data;

  if (!mc_sync_outbox_send_again (db, request->dossier_id, g_get_real_time (), error))
    return NULL;

  return GINT_TO_POINTER (TRUE);
}

/**
 * mc_sync_queue_send_again_async:
 * @self: a #McSyncQueue
 * @dossier_id: a dossier whose version or steps the portal refused
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when done
 * @user_data: data for @callback
 *
 * Queues again what the portal refused of the dossier, with
 * mc_sync_outbox_send_again(); "changed" is emitted once it is done.
 */
void
mc_sync_queue_send_again_async (McSyncQueue         *self,
                                gint64               dossier_id,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  g_return_if_fail (MC_IS_SYNC_QUEUE (self));

  mc_db_worker_run_task_async (self->worker, self, mc_sync_queue_send_again_async,
                               "[mc-sync-queue] send again", send_again_work,
                               dossier_request_new (dossier_id, 0), g_free, NULL,
                               emit_changed, cancellable, callback, user_data);
}

gboolean
mc_sync_queue_send_again_finish (McSyncQueue   *self,
                                 GAsyncResult  *result,
                                 GError       **error)
{
  return mc_db_worker_propagate (result, self, mc_sync_queue_send_again_async, error) != NULL;
}

/*
 * Conflicts
 */

static gpointer
load_conflict_work (McDatabase  *db,
                    gpointer     data,
                    GError     **error)
{
  DossierRequest *request = data;

  return mc_sync_conflict_load (db, request->dossier_id, error);
}

/**
 * mc_sync_queue_load_conflict_async:
 * @self: a #McSyncQueue
 * @dossier_id: a dossier in conflict
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when done
 * @user_data: data for @callback
 *
 * Reads both versions of the dossier and their differences, with
 * mc_sync_conflict_load().
 */
void
mc_sync_queue_load_conflict_async (McSyncQueue         *self,
                                   gint64               dossier_id,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  g_return_if_fail (MC_IS_SYNC_QUEUE (self));

  mc_db_worker_run_task_async (self->worker, self, mc_sync_queue_load_conflict_async,
                               "[mc-sync-queue] load conflict", load_conflict_work,
                               dossier_request_new (dossier_id, 0), g_free, g_object_unref,
                               NULL, cancellable, callback, user_data);
}

/**
 * mc_sync_queue_load_conflict_finish:
 *
 * Returns: (transfer full): the conflict, or %NULL with the error of
 *   mc_sync_conflict_load()
 */
McSyncConflict *
mc_sync_queue_load_conflict_finish (McSyncQueue   *self,
                                    GAsyncResult  *result,
                                    GError       **error)
{
  return mc_db_worker_propagate (result, self, mc_sync_queue_load_conflict_async, error);
}

static gpointer
resolve_work (McDatabase  *db,
              gpointer     data,
              GError     **error)
{
  DossierRequest *request = data;

  if (!mc_sync_conflict_resolve (db, request->dossier_id, request->resolution,
                                 request->expected_portal_version, g_get_real_time (), error))
    return NULL;

  return GINT_TO_POINTER (TRUE);
}

/**
 * mc_sync_queue_resolve_async:
 * @self: a #McSyncQueue
 * @dossier_id: a dossier in conflict
 * @resolution: which version wins
 * @expected_portal_version: the portal's version the person saw,
 *   mc_sync_conflict_get_portal_version() of the conflict they chose on
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when done
 * @user_data: data for @callback
 *
 * Carries out a person's choice with mc_sync_conflict_resolve(), only
 * if the portal's version is still the one they saw; "changed" is
 * emitted once it is done.
 */
void
mc_sync_queue_resolve_async (McSyncQueue         *self,
                             gint64               dossier_id,
                             McSyncResolution     resolution,
                             guint                expected_portal_version,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  DossierRequest *request;

  g_return_if_fail (MC_IS_SYNC_QUEUE (self));
  g_return_if_fail (resolution == MC_SYNC_RESOLUTION_KEEP_MINE ||
                    resolution == MC_SYNC_RESOLUTION_TAKE_PORTAL);

  request = dossier_request_new (dossier_id, resolution);
  request->expected_portal_version = expected_portal_version;
  mc_db_worker_run_task_async (self->worker, self, mc_sync_queue_resolve_async,
                               "[mc-sync-queue] resolve", resolve_work, request, g_free, NULL,
                               emit_changed, cancellable, callback, user_data);
}

/**
 * mc_sync_queue_resolve_finish:
 *
 * Returns: %TRUE if the choice was carried out; %FALSE with
 *   %MC_ERROR_INVALID, nothing changed, if the dossier is no longer in
 *   conflict or the portal's version changed since the person saw it
 */
gboolean
mc_sync_queue_resolve_finish (McSyncQueue   *self,
                              GAsyncResult  *result,
                              GError       **error)
{
  return mc_db_worker_propagate (result, self, mc_sync_queue_resolve_async, error) != NULL;
}
