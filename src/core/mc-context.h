/* mc-context.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mc-calendar.h"
#include "mc-catalogue.h"
#include "mc-db-worker.h"
#include "mc-documents.h"
#include "mc-dossiers.h"
#include "mc-sync-queue.h"

G_BEGIN_DECLS

#define MC_TYPE_CONTEXT (mc_context_get_type ())

G_DECLARE_FINAL_TYPE (McContext, mc_context, MC, CONTEXT, GObject)

typedef enum
{
  MC_CONTEXT_OPEN_NONE = 0,
  MC_CONTEXT_OPEN_SEED_IF_EMPTY = 1 << 0,
} McContextOpenFlags;

McContext   *mc_context_new                   (void) G_GNUC_WARN_UNUSED_RESULT;
char        *mc_context_dup_default_path      (gboolean              demo) G_GNUC_WARN_UNUSED_RESULT;
void         mc_context_open_async            (McContext            *self,
                                               const char           *path,
                                               McContextOpenFlags    flags,
                                               GCancellable         *cancellable,
                                               GAsyncReadyCallback   callback,
                                               gpointer              user_data);
gboolean     mc_context_open_finish           (McContext            *self,
                                               GAsyncResult         *result,
                                               GError              **error);
const char  *mc_context_get_database_path     (McContext            *self);
McDbWorker  *mc_context_get_worker            (McContext            *self);
McCatalogue *mc_context_get_catalogue         (McContext            *self);
McCalendar  *mc_context_get_calendar          (McContext            *self);
McDossiers  *mc_context_get_dossiers          (McContext            *self);
McDocuments *mc_context_get_documents         (McContext            *self);
McSyncQueue *mc_context_get_sync_queue        (McContext            *self);

G_END_DECLS
