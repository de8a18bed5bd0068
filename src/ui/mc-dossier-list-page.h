/* mc-dossier-list-page.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "mc-context.h"
#include "mc-dossier-list-model.h"

G_BEGIN_DECLS

#define MC_TYPE_DOSSIER_LIST_PAGE (mc_dossier_list_page_get_type ())

G_DECLARE_FINAL_TYPE (McDossierListPage, mc_dossier_list_page, MC, DOSSIER_LIST_PAGE, GtkWidget)

void                mc_dossier_list_page_set_context (McDossierListPage *self,
                                                      McContext         *context);
McDossierListModel *mc_dossier_list_page_get_model   (McDossierListPage *self);
void                mc_dossier_list_page_reload      (McDossierListPage *self);

G_END_DECLS
