/* mc-document-preview.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "mc-documents.h"

G_BEGIN_DECLS

#define MC_TYPE_DOCUMENT_PREVIEW (mc_document_preview_get_type ())

G_DECLARE_FINAL_TYPE (McDocumentPreview, mc_document_preview, MC, DOCUMENT_PREVIEW, AdwWindow)

McDocumentPreview *mc_document_preview_new                   (GtkWindow         *parent,
                                                              McDocuments       *documents,
                                                              const McActor     *actor);
void               mc_document_preview_show_dossier_form     (McDocumentPreview *self,
                                                              McDocumentKind     kind,
                                                              const char        *code);
void               mc_document_preview_show_owed_apologies   (McDocumentPreview *self);
void               mc_document_preview_show_register         (McDocumentPreview *self,
                                                              GDateTime         *from,
                                                              GDateTime         *to);
void               mc_document_preview_show_period_document  (McDocumentPreview *self,
                                                              McDocumentKind     kind,
                                                              GDateTime         *from,
                                                              GDateTime         *to);
void               mc_document_preview_show_procedure_list   (McDocumentPreview *self);
void               mc_document_preview_show_document         (McDocumentPreview *self,
                                                              McDocument        *document);
McDocument        *mc_document_preview_get_document          (McDocumentPreview *self);
void               mc_document_preview_save_to_file          (McDocumentPreview *self,
                                                              GFile             *file);
gboolean           mc_document_preview_get_ready             (McDocumentPreview *self);

G_END_DECLS
