/* mc-sync-indicator.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "mc-sync-service.h"

G_BEGIN_DECLS

#define MC_TYPE_SYNC_INDICATOR (mc_sync_indicator_get_type ())

G_DECLARE_FINAL_TYPE (McSyncIndicator, mc_sync_indicator, MC, SYNC_INDICATOR, GtkWidget)

void        mc_sync_indicator_set_service (McSyncIndicator *self,
                                           McSyncService   *service);
const char *mc_sync_indicator_get_summary (McSyncIndicator *self);

G_END_DECLS
