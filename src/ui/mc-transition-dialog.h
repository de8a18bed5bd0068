/* mc-transition-dialog.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "mc-dossiers.h"

G_BEGIN_DECLS

/* The overall satisfaction question of the evaluation (chỉ số 11 of the
 * evaluation data); indices 1 to 9 are those of Thông tư 01/2018. */
#define MC_EVALUATION_OVERALL 11

#define MC_TYPE_TRANSITION_DIALOG (mc_transition_dialog_get_type ())

G_DECLARE_FINAL_TYPE (McTransitionDialog, mc_transition_dialog, MC, TRANSITION_DIALOG, AdwWindow)

McTransitionDialog *mc_transition_dialog_new               (McDossiers          *dossiers,
                                                            McDossier           *dossier,
                                                            McDossierAction      action,
                                                            const McActor       *actor) G_GNUC_WARN_UNUSED_RESULT;
McDossierAction     mc_transition_dialog_get_action        (McTransitionDialog  *self);
void                mc_transition_dialog_set_note          (McTransitionDialog  *self,
                                                            const char          *note);
void                mc_transition_dialog_set_receiver      (McTransitionDialog  *self,
                                                            gint64               staff_id);
void                mc_transition_dialog_set_papers        (McTransitionDialog  *self,
                                                            const char          *papers);
void                mc_transition_dialog_set_recipient     (McTransitionDialog  *self,
                                                            const char          *name,
                                                            gboolean             by_post);
void                mc_transition_dialog_set_new_due       (McTransitionDialog  *self,
                                                            GDateTime           *due);
void                mc_transition_dialog_set_answer        (McTransitionDialog  *self,
                                                            guint                index,
                                                            guint                choice);
void                mc_transition_dialog_apply             (McTransitionDialog  *self);
const char         *mc_transition_dialog_get_error_message (McTransitionDialog  *self);
gboolean            mc_transition_dialog_get_busy          (McTransitionDialog  *self);

G_END_DECLS
