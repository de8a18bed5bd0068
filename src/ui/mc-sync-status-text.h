/* mc-sync-status-text.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mc-sync-service.h"

G_BEGIN_DECLS

const char *mc_sync_status_icon_name (McSyncStatus   status);
char       *mc_sync_status_summary   (McSyncService *service) G_GNUC_WARN_UNUSED_RESULT;
char       *mc_sync_status_details   (McSyncService *service) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
