/* mc-sync-row.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "mc-sync-entry.h"

G_BEGIN_DECLS

#define MC_TYPE_SYNC_ROW (mc_sync_row_get_type ())

G_DECLARE_FINAL_TYPE (McSyncRow, mc_sync_row, MC, SYNC_ROW, GtkWidget)

GtkWidget   *mc_sync_row_new       (void);
void         mc_sync_row_set_entry (McSyncRow   *self,
                                    McSyncEntry *entry);
McSyncEntry *mc_sync_row_get_entry (McSyncRow   *self);
const char  *mc_sync_state_label   (McSyncState  state);

G_END_DECLS
