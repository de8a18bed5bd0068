/* mc-procedure-detail.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "mc-context.h"

G_BEGIN_DECLS

#define MC_TYPE_PROCEDURE_DETAIL (mc_procedure_detail_get_type ())

G_DECLARE_FINAL_TYPE (McProcedureDetail, mc_procedure_detail, MC, PROCEDURE_DETAIL, GtkWidget)

void         mc_procedure_detail_set_context   (McProcedureDetail *self,
                                                McContext         *context);
void         mc_procedure_detail_show          (McProcedureDetail *self,
                                                McProcedure       *procedure);
McProcedure *mc_procedure_detail_get_procedure (McProcedureDetail *self);
gboolean     mc_procedure_detail_is_complete   (McProcedureDetail *self);

G_END_DECLS
