/* mc-portal-account.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mc-db-worker.h"
#include "mc-portal-store.h"

G_BEGIN_DECLS

#define MC_TYPE_PORTAL_ACCOUNT (mc_portal_account_get_type ())

G_DECLARE_FINAL_TYPE (McPortalAccount, mc_portal_account, MC, PORTAL_ACCOUNT, GObject)

McPortalAccount  *mc_portal_account_new         (McDbWorker              *worker) G_GNUC_WARN_UNUSED_RESULT;
void              mc_portal_account_load_async  (McPortalAccount         *self,
                                                 GCancellable            *cancellable,
                                                 GAsyncReadyCallback      callback,
                                                 gpointer                 user_data);
McPortalSettings *mc_portal_account_load_finish (McPortalAccount         *self,
                                                 GAsyncResult            *result,
                                                 gboolean                *has_password,
                                                 GError                 **error) G_GNUC_WARN_UNUSED_RESULT;
void              mc_portal_account_save_async  (McPortalAccount         *self,
                                                 const McPortalSettings  *settings,
                                                 const char              *password,
                                                 GCancellable            *cancellable,
                                                 GAsyncReadyCallback      callback,
                                                 gpointer                 user_data);
gboolean          mc_portal_account_save_finish (McPortalAccount         *self,
                                                 GAsyncResult            *result,
                                                 GError                 **error);

G_END_DECLS
