/* mc-intake-form.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "mc-dossiers.h"

G_BEGIN_DECLS

#define MC_TYPE_INTAKE_FORM (mc_intake_form_get_type ())

G_DECLARE_FINAL_TYPE (McIntakeForm, mc_intake_form, MC, INTAKE_FORM, AdwBin)

GtkWidget   *mc_intake_form_new           (McDossiers    *dossiers);
McDossiers  *mc_intake_form_get_dossiers  (McIntakeForm  *self);
void         mc_intake_form_set_dossiers  (McIntakeForm  *self,
                                           McDossiers    *dossiers);
void         mc_intake_form_set_actor     (McIntakeForm  *self,
                                           const McActor *actor);
McProcedure *mc_intake_form_get_procedure (McIntakeForm  *self);
void         mc_intake_form_set_procedure (McIntakeForm  *self,
                                           McProcedure   *procedure);
GDateTime   *mc_intake_form_get_due       (McIntakeForm  *self);
gboolean     mc_intake_form_get_valid     (McIntakeForm  *self);
gboolean     mc_intake_form_get_busy      (McIntakeForm  *self);
void         mc_intake_form_reset         (McIntakeForm  *self);

G_END_DECLS
