/* mc-sync-entry.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "mc-database.h"
#include "mc-sync-outbox.h"

G_BEGIN_DECLS

#define MC_TYPE_SYNC_ENTRY (mc_sync_entry_get_type ())

G_DECLARE_FINAL_TYPE (McSyncEntry, mc_sync_entry, MC, SYNC_ENTRY, GObject)

gint64       mc_sync_entry_get_dossier_id       (McSyncEntry  *self);
const char  *mc_sync_entry_get_code             (McSyncEntry  *self);
const char  *mc_sync_entry_get_applicant        (McSyncEntry  *self);
const char  *mc_sync_entry_get_procedure_name   (McSyncEntry  *self);
McSyncState  mc_sync_entry_get_state            (McSyncEntry  *self);
guint        mc_sync_entry_get_version          (McSyncEntry  *self);
guint        mc_sync_entry_get_acked_version    (McSyncEntry  *self);
guint        mc_sync_entry_get_n_steps_waiting  (McSyncEntry  *self);
guint        mc_sync_entry_get_n_steps_rejected (McSyncEntry  *self);
guint        mc_sync_entry_get_attempts         (McSyncEntry  *self);
const char  *mc_sync_entry_get_message          (McSyncEntry  *self);
GDateTime   *mc_sync_entry_get_updated          (McSyncEntry  *self);

GPtrArray   *mc_sync_entry_list_waiting         (McDatabase   *db,
                                                 GError      **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean     mc_sync_entry_lookup               (McDatabase   *db,
                                                 const char   *code,
                                                 McSyncEntry **entry,
                                                 GError      **error);

G_END_DECLS
