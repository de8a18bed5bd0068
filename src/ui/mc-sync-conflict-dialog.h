/* mc-sync-conflict-dialog.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "mc-sync-conflict.h"

G_BEGIN_DECLS

#define MC_TYPE_SYNC_CONFLICT_DIALOG (mc_sync_conflict_dialog_get_type ())

G_DECLARE_FINAL_TYPE (McSyncConflictDialog, mc_sync_conflict_dialog, MC, SYNC_CONFLICT_DIALOG,
                      AdwMessageDialog)

/* The responses, as AdwMessageDialog::response gives them. */
#define MC_SYNC_CONFLICT_RESPONSE_MINE "mine"
#define MC_SYNC_CONFLICT_RESPONSE_PORTAL "portal"

McSyncConflictDialog *mc_sync_conflict_dialog_new          (GtkWindow            *parent,
                                                            McSyncConflict       *conflict);
McSyncConflict       *mc_sync_conflict_dialog_get_conflict (McSyncConflictDialog *self);

G_END_DECLS
