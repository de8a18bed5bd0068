/* mc-dossier-edit-dialog.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "mc-dossiers.h"

G_BEGIN_DECLS

#define MC_TYPE_DOSSIER_EDIT_DIALOG (mc_dossier_edit_dialog_get_type ())

G_DECLARE_FINAL_TYPE (McDossierEditDialog, mc_dossier_edit_dialog, MC, DOSSIER_EDIT_DIALOG, AdwWindow)

McDossierEditDialog *mc_dossier_edit_dialog_new               (McDossiers          *dossiers,
                                                               McDossier           *dossier,
                                                               const McActor       *actor) G_GNUC_WARN_UNUSED_RESULT;
void                 mc_dossier_edit_dialog_set_reason        (McDossierEditDialog *self,
                                                               const char          *reason);
void                 mc_dossier_edit_dialog_save              (McDossierEditDialog *self);
const char          *mc_dossier_edit_dialog_get_error_message (McDossierEditDialog *self);
gboolean             mc_dossier_edit_dialog_get_busy          (McDossierEditDialog *self);

G_END_DECLS
