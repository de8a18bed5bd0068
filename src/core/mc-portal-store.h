/* mc-portal-store.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mc-database.h"
#include "mc-portal-dossier.h"

G_BEGIN_DECLS

/* What storing a dossier pulled from the portal did. */
typedef enum
{
  MC_PORTAL_APPLY_ADDED,       /* new here: an online filing, another counter's dossier */
  MC_PORTAL_APPLY_UPDATED,     /* the portal's newer version replaced ours */
  MC_PORTAL_APPLY_UNCHANGED,   /* we hold that version or a newer one */
  MC_PORTAL_APPLY_CONFLICT,    /* we have unsent changes: kept both, a person chooses */
} McPortalApply;

/* The portal's settings, as the Sync section of the preferences shows
 * them. The password is not here: the Secret Service keeps it. */
typedef struct
{
  char *url;
  char *dstcode;
  char *madonvi;
  char *username;
} McPortalSettings;

McPortalDossier  *mc_portal_store_load_dossier   (McDatabase              *db,
                                                  gint64                   dossier_id,
                                                  GError                 **error) G_GNUC_WARN_UNUSED_RESULT;
McPortalStep     *mc_portal_store_load_step      (McDatabase              *db,
                                                  gint64                   event_id,
                                                  GError                 **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean          mc_portal_store_apply          (McDatabase              *db,
                                                  const McPortalDossier   *dossier,
                                                  const char              *portal_copy,
                                                  gint64                   now,
                                                  McPortalApply           *outcome,
                                                  GError                 **error);
char             *mc_portal_store_get_cursor     (McDatabase              *db,
                                                  const char              *name,
                                                  GError                 **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean          mc_portal_store_set_cursor     (McDatabase              *db,
                                                  const char              *name,
                                                  const char              *value,
                                                  GError                 **error);
McPortalSettings *mc_portal_store_load_settings  (McDatabase              *db,
                                                  GError                 **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean          mc_portal_store_save_settings  (McDatabase              *db,
                                                  const McPortalSettings  *settings,
                                                  GError                 **error);
gboolean          mc_portal_settings_check       (const McPortalSettings  *settings,
                                                  const char             **field,
                                                  GError                 **error);
void              mc_portal_settings_free        (McPortalSettings        *settings);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (McPortalSettings, mc_portal_settings_free)

G_END_DECLS
