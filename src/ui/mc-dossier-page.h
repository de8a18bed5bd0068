/* mc-dossier-page.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "mc-document-preview.h"
#include "mc-dossier-edit-dialog.h"
#include "mc-dossier-portal-line.h"
#include "mc-dossiers.h"
#include "mc-transition-dialog.h"

G_BEGIN_DECLS

#define MC_TYPE_DOSSIER_PAGE (mc_dossier_page_get_type ())

G_DECLARE_FINAL_TYPE (McDossierPage, mc_dossier_page, MC, DOSSIER_PAGE, AdwBin)

GtkWidget           *mc_dossier_page_new          (McDossiers      *dossiers);
void                 mc_dossier_page_set_dossiers (McDossierPage   *self,
                                                   McDossiers      *dossiers);
void                 mc_dossier_page_set_documents (McDossierPage  *self,
                                                   McDocuments    *documents);
void                 mc_dossier_page_set_sync_queue (McDossierPage *self,
                                                   McSyncQueue    *queue);
McDossierPortalLine *mc_dossier_page_get_portal_line (McDossierPage *self);
McDocumentPreview   *mc_dossier_page_open_form    (McDossierPage   *self,
                                                   const char      *form);
void                 mc_dossier_page_set_actor    (McDossierPage   *self,
                                                   const McActor   *actor);
void                 mc_dossier_page_load         (McDossierPage   *self,
                                                   const char      *code);
McDossier           *mc_dossier_page_get_dossier  (McDossierPage   *self);
GPtrArray           *mc_dossier_page_get_events   (McDossierPage   *self);
gboolean             mc_dossier_page_get_loading  (McDossierPage   *self);
GArray              *mc_dossier_page_get_actions  (McDossierPage   *self);
McTransitionDialog  *mc_dossier_page_open_action  (McDossierPage   *self,
                                                   McDossierAction  action);
gboolean             mc_dossier_page_get_can_edit (McDossierPage   *self);
McDossierEditDialog *mc_dossier_page_open_edit    (McDossierPage   *self);

G_END_DECLS
