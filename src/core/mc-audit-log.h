/* mc-audit-log.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mc-audit-query.h"
#include "mc-db-worker.h"
#include "mc-dossier-store.h"

G_BEGIN_DECLS

#define MC_TYPE_AUDIT_LOG (mc_audit_log_get_type ())

G_DECLARE_FINAL_TYPE (McAuditLog, mc_audit_log, MC, AUDIT_LOG, GObject)

McAuditLog *mc_audit_log_new               (McDbWorker           *worker) G_GNUC_WARN_UNUSED_RESULT;
void        mc_audit_log_list_async        (McAuditLog           *self,
                                            const McAuditQuery   *query,
                                            GCancellable         *cancellable,
                                            GAsyncReadyCallback   callback,
                                            gpointer              user_data);
GPtrArray  *mc_audit_log_list_finish       (McAuditLog           *self,
                                            GAsyncResult         *result,
                                            GError              **error) G_GNUC_WARN_UNUSED_RESULT;
void        mc_audit_log_list_staff_async  (McAuditLog           *self,
                                            GCancellable         *cancellable,
                                            GAsyncReadyCallback   callback,
                                            gpointer              user_data);
GPtrArray  *mc_audit_log_list_staff_finish (McAuditLog           *self,
                                            GAsyncResult         *result,
                                            GError              **error) G_GNUC_WARN_UNUSED_RESULT;

void        mc_audit_queue_signed_in       (McDbWorker           *worker,
                                            const McActor        *actor);

G_END_DECLS
