/* mc-sync-page.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "mc-context.h"
#include "mc-sync-service.h"

G_BEGIN_DECLS

#define MC_TYPE_SYNC_PAGE (mc_sync_page_get_type ())

G_DECLARE_FINAL_TYPE (McSyncPage, mc_sync_page, MC, SYNC_PAGE, GtkWidget)

void        mc_sync_page_set_context  (McSyncPage    *self,
                                       McContext     *context);
void        mc_sync_page_set_service  (McSyncPage    *self,
                                       McSyncService *service);
void        mc_sync_page_reload       (McSyncPage    *self);
GListModel *mc_sync_page_get_entries  (McSyncPage    *self);
gboolean    mc_sync_page_get_busy     (McSyncPage    *self);

G_END_DECLS
