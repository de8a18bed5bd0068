/* mc-procedure-browser.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "mc-context.h"
#include "mc-procedure-list-model.h"

G_BEGIN_DECLS

#define MC_TYPE_PROCEDURE_BROWSER (mc_procedure_browser_get_type ())

G_DECLARE_FINAL_TYPE (McProcedureBrowser, mc_procedure_browser, MC, PROCEDURE_BROWSER, GtkWidget)

void                  mc_procedure_browser_set_context   (McProcedureBrowser *self,
                                                          McContext          *context);
McProcedureListModel *mc_procedure_browser_get_model     (McProcedureBrowser *self);
void                  mc_procedure_browser_bind_settings (McProcedureBrowser *self,
                                                          GSettings          *settings);
void                  mc_procedure_browser_reload        (McProcedureBrowser *self);
void                  mc_procedure_browser_focus_search  (McProcedureBrowser *self);
void                  mc_procedure_browser_restore_focus (McProcedureBrowser *self);

G_END_DECLS
