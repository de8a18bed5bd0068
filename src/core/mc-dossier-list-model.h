/* mc-dossier-list-model.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "mc-db-worker.h"
#include "mc-dossier.h"
#include "mc-dossier-query.h"

G_BEGIN_DECLS

#define MC_DOSSIER_LIST_MODEL_PAGE_SIZE 200

#define MC_TYPE_DOSSIER_LIST_MODEL (mc_dossier_list_model_get_type ())

G_DECLARE_FINAL_TYPE (McDossierListModel, mc_dossier_list_model, MC, DOSSIER_LIST_MODEL, GObject)

McDossierListModel   *mc_dossier_list_model_new               (McDbWorker           *worker) G_GNUC_WARN_UNUSED_RESULT;
const McDossierQuery *mc_dossier_list_model_get_query         (McDossierListModel   *self);
void                  mc_dossier_list_model_set_query         (McDossierListModel   *self,
                                                               const McDossierQuery *query);
void                  mc_dossier_list_model_reload            (McDossierListModel   *self);
guint                 mc_dossier_list_model_get_n_total       (McDossierListModel   *self);
gboolean              mc_dossier_list_model_get_capped        (McDossierListModel   *self);
gboolean              mc_dossier_list_model_get_loading       (McDossierListModel   *self);
const char           *mc_dossier_list_model_get_error_message (McDossierListModel   *self);
guint                 mc_dossier_list_model_get_page_size     (McDossierListModel   *self);
void                  mc_dossier_list_model_set_page_size     (McDossierListModel   *self,
                                                               guint                 page_size);
void                  mc_dossier_list_model_set_now           (McDossierListModel   *self,
                                                               GDateTime            *now);
GDateTime            *mc_dossier_list_model_get_now           (McDossierListModel   *self);
gboolean              mc_dossier_list_model_is_placeholder    (McDossier            *dossier);

G_END_DECLS
