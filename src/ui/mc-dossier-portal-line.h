/* mc-dossier-portal-line.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "mc-sync-queue.h"
#include "mc-sync-service.h"

G_BEGIN_DECLS

#define MC_TYPE_DOSSIER_PORTAL_LINE (mc_dossier_portal_line_get_type ())

G_DECLARE_FINAL_TYPE (McDossierPortalLine, mc_dossier_portal_line, MC, DOSSIER_PORTAL_LINE, GtkWidget)

void        mc_dossier_portal_line_set_queue   (McDossierPortalLine *self,
                                                McSyncQueue         *queue);
void        mc_dossier_portal_line_set_service (McDossierPortalLine *self,
                                                McSyncService       *service);
void        mc_dossier_portal_line_show        (McDossierPortalLine *self,
                                                const char          *code);
const char *mc_dossier_portal_line_get_text    (McDossierPortalLine *self);

G_END_DECLS
