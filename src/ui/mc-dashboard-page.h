/* mc-dashboard-page.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "mc-context.h"
#include "mc-dossier-store.h"

G_BEGIN_DECLS

#define MC_TYPE_DASHBOARD_PAGE (mc_dashboard_page_get_type ())

G_DECLARE_FINAL_TYPE (McDashboardPage, mc_dashboard_page, MC, DASHBOARD_PAGE, GtkWidget)

void     mc_dashboard_page_set_context  (McDashboardPage *self,
                                         McContext       *context);
void     mc_dashboard_page_set_actor    (McDashboardPage *self,
                                         const McActor   *actor);
void     mc_dashboard_page_bind_settings (McDashboardPage *self,
                                          GSettings       *settings);
void     mc_dashboard_page_reload       (McDashboardPage *self);
void     mc_dashboard_page_export_to_file (McDashboardPage *self,
                                           GFile           *file);
gboolean mc_dashboard_page_get_loading  (McDashboardPage *self);
void     mc_dashboard_page_get_period   (McDashboardPage *self,
                                         GDateTime      **from,
                                         GDateTime      **to);

G_END_DECLS
