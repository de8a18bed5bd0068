/* mc-procedure.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "mc-enums.h"
#include "mc-procedure-parts.h"

G_BEGIN_DECLS

#define MC_TYPE_PROCEDURE (mc_procedure_get_type ())

G_DECLARE_FINAL_TYPE (McProcedure, mc_procedure, MC, PROCEDURE, GObject)

McProcedure   *mc_procedure_new                (const char         *code,
                                                const char         *name) G_GNUC_WARN_UNUSED_RESULT;
gint64         mc_procedure_get_id             (McProcedure        *self);
void           mc_procedure_set_id             (McProcedure        *self,
                                                gint64              id);
const char    *mc_procedure_get_code           (McProcedure        *self);
const char    *mc_procedure_get_name           (McProcedure        *self);
void           mc_procedure_set_name           (McProcedure        *self,
                                                const char         *name);
const char    *mc_procedure_get_decision       (McProcedure        *self);
void           mc_procedure_set_decision       (McProcedure        *self,
                                                const char         *decision);
const char    *mc_procedure_get_effective_date (McProcedure        *self);
void           mc_procedure_set_effective_date (McProcedure        *self,
                                                const char         *iso_date);
const char    *mc_procedure_get_kind           (McProcedure        *self);
void           mc_procedure_set_kind           (McProcedure        *self,
                                                const char         *kind);
const char    *mc_procedure_get_level          (McProcedure        *self);
void           mc_procedure_set_level          (McProcedure        *self,
                                                const char         *level);
const char    *mc_procedure_get_field_code     (McProcedure        *self);
const char    *mc_procedure_get_field_name     (McProcedure        *self);
void           mc_procedure_set_field          (McProcedure        *self,
                                                const char         *code,
                                                const char         *name);
const char    *mc_procedure_get_conditions     (McProcedure        *self);
void           mc_procedure_set_conditions     (McProcedure        *self,
                                                const char         *conditions);
McOnlineLevel  mc_procedure_get_online_level   (McProcedure        *self);
void           mc_procedure_set_online_level   (McProcedure        *self,
                                                McOnlineLevel       level);
gboolean       mc_procedure_get_joint          (McProcedure        *self);
void           mc_procedure_set_joint          (McProcedure        *self,
                                                gboolean            joint);
gboolean       mc_procedure_get_postal_intake  (McProcedure        *self);
gboolean       mc_procedure_get_postal_return  (McProcedure        *self);
void           mc_procedure_set_postal         (McProcedure        *self,
                                                gboolean            intake,
                                                gboolean            result_return);
gboolean       mc_procedure_get_in_force       (McProcedure        *self);
void           mc_procedure_set_in_force       (McProcedure        *self,
                                                gboolean            in_force);
GPtrArray     *mc_procedure_get_refs           (McProcedure        *self,
                                                McProcedureRefKind  kind);
void           mc_procedure_add_ref            (McProcedure        *self,
                                                McProcedureRefKind  kind,
                                                const char         *code,
                                                const char         *name);
GPtrArray     *mc_procedure_get_times          (McProcedure        *self);
void           mc_procedure_add_time           (McProcedure        *self,
                                                McProcedureTime    *time);
GPtrArray     *mc_procedure_get_components     (McProcedure        *self);
void           mc_procedure_add_component      (McProcedure        *self,
                                                McProcedureComponent *component);
GPtrArray     *mc_procedure_get_steps          (McProcedure        *self);
void           mc_procedure_add_step           (McProcedure        *self,
                                                McProcedureStep    *step);
const McProcedureTime *
               mc_procedure_get_main_time      (McProcedure        *self);
char          *mc_procedure_dup_time_label     (McProcedure        *self) G_GNUC_WARN_UNUSED_RESULT;
char          *mc_procedure_compute_hash       (McProcedure        *self) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
