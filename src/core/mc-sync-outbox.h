/* mc-sync-outbox.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mc-database.h"
#include "mc-dossier-workflow.h"

G_BEGIN_DECLS

/* Where an item of the outbox stands (sync_dossier.state, sync_step.state). */
typedef enum
{
  MC_SYNC_STATE_PENDING,       /* waiting to be sent */
  MC_SYNC_STATE_SENDING,       /* in a call whose answer has not come yet */
  MC_SYNC_STATE_ACKNOWLEDGED,  /* the portal stored it */
  MC_SYNC_STATE_REJECTED,      /* the portal refused it (422): waits for an edit */
  MC_SYNC_STATE_CONFLICT,      /* another workstation's newer version: a person chooses */
} McSyncState;

/* A dossier or a step to send: its row, and the version the call carries. */
typedef struct
{
  gint64 id;          /* dossier id, or event id for a step */
  gint64 dossier_id;
  guint  version;
} McSyncItem;

/* What is left to do, for the status line and `motcua-cli sync status`. */
typedef struct
{
  guint dossiers_pending;   /* pending or sending */
  guint dossiers_rejected;
  guint dossiers_conflict;
  guint steps_pending;
  guint steps_rejected;
} McSyncCounts;

gboolean  mc_sync_outbox_enqueue          (McDatabase       *db,
                                           gint64            dossier_id,
                                           gint64            event_id,
                                           McDossierAction   action,
                                           guint             version,
                                           gint64            now,
                                           GError          **error);
GArray   *mc_sync_outbox_take_dossiers    (McDatabase       *db,
                                           guint             limit,
                                           gint64            now,
                                           GError          **error);
GArray   *mc_sync_outbox_take_steps       (McDatabase       *db,
                                           guint             limit,
                                           gint64            now,
                                           GError          **error);
gboolean  mc_sync_outbox_acknowledge      (McDatabase       *db,
                                           gboolean          step,
                                           const McSyncItem *item,
                                           gint64            now,
                                           GError          **error);
gboolean  mc_sync_outbox_reject           (McDatabase       *db,
                                           gboolean          step,
                                           const McSyncItem *item,
                                           const char       *message,
                                           gint64            now,
                                           GError          **error);
gboolean  mc_sync_outbox_set_conflict     (McDatabase       *db,
                                           const McSyncItem *item,
                                           const char       *message,
                                           const char       *portal_copy,
                                           gint64            now,
                                           GError          **error);
gboolean  mc_sync_outbox_give_back        (McDatabase       *db,
                                           gboolean          step,
                                           const McSyncItem *item,
                                           const char       *message,
                                           gint64            now,
                                           GError          **error);
gboolean  mc_sync_outbox_send_again       (McDatabase       *db,
                                           gint64            dossier_id,
                                           gint64            now,
                                           GError          **error);
gboolean  mc_sync_outbox_rebase_steps     (McDatabase       *db,
                                           gint64            dossier_id,
                                           guint             version,
                                           gint64            now,
                                           GError          **error);
gboolean  mc_sync_outbox_count            (McDatabase       *db,
                                           McSyncCounts     *counts,
                                           GError          **error);
gboolean  mc_sync_outbox_has_unsent       (McDatabase       *db,
                                           gint64            dossier_id,
                                           gboolean         *unsent,
                                           GError          **error);

G_END_DECLS
