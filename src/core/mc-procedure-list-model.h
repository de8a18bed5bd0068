/* mc-procedure-list-model.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "mc-catalogue.h"

G_BEGIN_DECLS

#define MC_TYPE_PROCEDURE_LIST_MODEL (mc_procedure_list_model_get_type ())

G_DECLARE_FINAL_TYPE (McProcedureListModel, mc_procedure_list_model, MC, PROCEDURE_LIST_MODEL, GObject)

#define MC_ONLINE_LEVEL_ANY (-1)

McProcedureListModel *mc_procedure_list_model_new               (McCatalogue          *catalogue) G_GNUC_WARN_UNUSED_RESULT;
void                  mc_procedure_list_model_reload            (McProcedureListModel *self);
void                  mc_procedure_list_model_set_today         (McProcedureListModel *self,
                                                                 const char           *today);
const char           *mc_procedure_list_model_get_search_text   (McProcedureListModel *self);
void                  mc_procedure_list_model_set_search_text   (McProcedureListModel *self,
                                                                 const char           *text);
const char           *mc_procedure_list_model_get_field_code    (McProcedureListModel *self);
void                  mc_procedure_list_model_set_field_code    (McProcedureListModel *self,
                                                                 const char           *code);
int                   mc_procedure_list_model_get_online_level  (McProcedureListModel *self);
void                  mc_procedure_list_model_set_online_level  (McProcedureListModel *self,
                                                                 int                   level);
gboolean              mc_procedure_list_model_get_loading       (McProcedureListModel *self);
gboolean              mc_procedure_list_model_get_searching     (McProcedureListModel *self);
guint                 mc_procedure_list_model_get_n_total       (McProcedureListModel *self);
const char           *mc_procedure_list_model_get_error_message (McProcedureListModel *self);

G_END_DECLS
