/* mc-portal-page.h
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

#define MC_TYPE_PORTAL_PAGE (mc_portal_page_get_type ())

G_DECLARE_FINAL_TYPE (McPortalPage, mc_portal_page, MC, PORTAL_PAGE, AdwPreferencesPage)

void     mc_portal_page_set_context (McPortalPage  *self,
                                     McContext     *context,
                                     gboolean       editable);
void     mc_portal_page_set_service (McPortalPage  *self,
                                     McSyncService *service);
gboolean mc_portal_page_get_busy    (McPortalPage  *self);

G_END_DECLS
