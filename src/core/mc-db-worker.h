/* mc-db-worker.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mc-database.h"

G_BEGIN_DECLS

#define MC_TYPE_DB_WORKER (mc_db_worker_get_type ())

G_DECLARE_FINAL_TYPE (McDbWorker, mc_db_worker, MC, DB_WORKER, GObject)

/* Work run on the worker thread with its database. Return a result (or
 * NULL) and set @error on failure. */
typedef gpointer (*McDbWorkFunc) (McDatabase  *db,
                                  gpointer     data,
                                  GError     **error);

/* Told on the caller's main context that work changing data succeeded
 * (see mc_db_worker_run_task_async()). */
typedef void (*McDbChangedFunc) (gpointer source_object);

McDbWorker *mc_db_worker_new            (void) G_GNUC_WARN_UNUSED_RESULT;
void        mc_db_worker_open_async     (McDbWorker          *self,
                                         const char          *path,
                                         GCancellable        *cancellable,
                                         GAsyncReadyCallback  callback,
                                         gpointer             user_data);
gboolean    mc_db_worker_open_finish    (McDbWorker          *self,
                                         GAsyncResult        *result,
                                         GError             **error);
gboolean    mc_db_worker_is_open        (McDbWorker          *self);
void        mc_db_worker_run_async      (McDbWorker          *self,
                                         McDbWorkFunc         func,
                                         gpointer             data,
                                         GDestroyNotify       data_destroy,
                                         GDestroyNotify       result_destroy,
                                         GCancellable        *cancellable,
                                         GAsyncReadyCallback  callback,
                                         gpointer             user_data);
gpointer    mc_db_worker_run_finish     (McDbWorker          *self,
                                         GAsyncResult        *result,
                                         GError             **error);
void        mc_db_worker_run_task_async (McDbWorker          *self,
                                         gpointer             source_object,
                                         gpointer             source_tag,
                                         const char          *name,
                                         McDbWorkFunc         func,
                                         gpointer             data,
                                         GDestroyNotify       data_destroy,
                                         GDestroyNotify       result_destroy,
                                         McDbChangedFunc      changed,
                                         GCancellable        *cancellable,
                                         GAsyncReadyCallback  callback,
                                         gpointer             user_data);
gpointer    mc_db_worker_propagate      (GAsyncResult        *result,
                                         gpointer             source_object,
                                         gpointer             source_tag,
                                         GError             **error);

G_END_DECLS
