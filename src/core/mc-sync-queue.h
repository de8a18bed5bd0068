/* mc-sync-queue.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "mc-db-worker.h"
#include "mc-sync-conflict.h"
#include "mc-sync-entry.h"

G_BEGIN_DECLS

#define MC_TYPE_SYNC_QUEUE (mc_sync_queue_get_type ())

G_DECLARE_FINAL_TYPE (McSyncQueue, mc_sync_queue, MC, SYNC_QUEUE, GObject)

McSyncQueue    *mc_sync_queue_new                  (McDbWorker           *worker) G_GNUC_WARN_UNUSED_RESULT;
void            mc_sync_queue_list_async           (McSyncQueue          *self,
                                                    GCancellable         *cancellable,
                                                    GAsyncReadyCallback   callback,
                                                    gpointer              user_data);
GListModel     *mc_sync_queue_list_finish          (McSyncQueue          *self,
                                                    GAsyncResult         *result,
                                                    GError              **error) G_GNUC_WARN_UNUSED_RESULT;
void            mc_sync_queue_lookup_async         (McSyncQueue          *self,
                                                    const char           *code,
                                                    GCancellable         *cancellable,
                                                    GAsyncReadyCallback   callback,
                                                    gpointer              user_data);
McSyncEntry    *mc_sync_queue_lookup_finish        (McSyncQueue          *self,
                                                    GAsyncResult         *result,
                                                    GError              **error) G_GNUC_WARN_UNUSED_RESULT;
void            mc_sync_queue_send_again_async     (McSyncQueue          *self,
                                                    gint64                dossier_id,
                                                    GCancellable         *cancellable,
                                                    GAsyncReadyCallback   callback,
                                                    gpointer              user_data);
gboolean        mc_sync_queue_send_again_finish    (McSyncQueue          *self,
                                                    GAsyncResult         *result,
                                                    GError              **error);
void            mc_sync_queue_load_conflict_async  (McSyncQueue          *self,
                                                    gint64                dossier_id,
                                                    GCancellable         *cancellable,
                                                    GAsyncReadyCallback   callback,
                                                    gpointer              user_data);
McSyncConflict *mc_sync_queue_load_conflict_finish (McSyncQueue          *self,
                                                    GAsyncResult         *result,
                                                    GError              **error) G_GNUC_WARN_UNUSED_RESULT;
void            mc_sync_queue_resolve_async        (McSyncQueue          *self,
                                                    gint64                dossier_id,
                                                    McSyncResolution      resolution,
                                                    guint                 expected_portal_version,
                                                    GCancellable         *cancellable,
                                                    GAsyncReadyCallback   callback,
                                                    gpointer              user_data);
gboolean        mc_sync_queue_resolve_finish       (McSyncQueue          *self,
                                                    GAsyncResult         *result,
                                                    GError              **error);

G_END_DECLS
