/* mc-sync-conflict.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "mc-database.h"
#include "mc-portal-dossier.h"

G_BEGIN_DECLS

/* What a person chooses for a dossier in conflict. */
typedef enum
{
  MC_SYNC_RESOLUTION_KEEP_MINE,    /* this computer's version goes to the portal */
  MC_SYNC_RESOLUTION_TAKE_PORTAL,  /* the portal's version replaces this computer's */
} McSyncResolution;

/* A field whose value differs between the two versions, as a person
 * reads it. */
typedef struct
{
  char *label;   /* translated: "Phone", "Status"… */
  char *mine;    /* this computer's value, "" when empty */
  char *portal;  /* the portal's value, "" when empty */
} McSyncDifference;

void        mc_sync_difference_free (McSyncDifference *difference);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (McSyncDifference, mc_sync_difference_free)

#define MC_TYPE_SYNC_CONFLICT (mc_sync_conflict_get_type ())

G_DECLARE_FINAL_TYPE (McSyncConflict, mc_sync_conflict, MC, SYNC_CONFLICT, GObject)

McSyncConflict        *mc_sync_conflict_new                    (gint64                  dossier_id,
                                                                const char             *message,
                                                                McPortalDossier        *mine,
                                                                McPortalDossier        *portal) G_GNUC_WARN_UNUSED_RESULT;
gint64                 mc_sync_conflict_get_dossier_id         (McSyncConflict         *self);
const char            *mc_sync_conflict_get_code               (McSyncConflict         *self);
const char            *mc_sync_conflict_get_message            (McSyncConflict         *self);
const McPortalDossier *mc_sync_conflict_get_mine               (McSyncConflict         *self);
const McPortalDossier *mc_sync_conflict_get_portal             (McSyncConflict         *self);
guint                  mc_sync_conflict_get_portal_version     (McSyncConflict         *self);
const char            *mc_sync_conflict_get_portal_workstation (McSyncConflict         *self);
GPtrArray             *mc_sync_conflict_get_differences        (McSyncConflict         *self);

GPtrArray             *mc_sync_conflict_diff                   (const McPortalDossier  *mine,
                                                                const McPortalDossier  *portal) G_GNUC_WARN_UNUSED_RESULT;
McSyncConflict        *mc_sync_conflict_load                   (McDatabase             *db,
                                                                gint64                  dossier_id,
                                                                GError                **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean               mc_sync_conflict_resolve                (McDatabase             *db,
                                                                gint64                  dossier_id,
                                                                McSyncResolution        resolution,
                                                                guint                   expected_portal_version,
                                                                gint64                  now,
                                                                GError                **error);

G_END_DECLS
