/* mc-documents.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mc-db-worker.h"
#include "mc-document.h"
#include "mc-dossier-store.h"
#include "mc-dossiers.h"

G_BEGIN_DECLS

#define MC_TYPE_DOCUMENTS (mc_documents_get_type ())

G_DECLARE_FINAL_TYPE (McDocuments, mc_documents, MC, DOCUMENTS, GObject)

McDocuments *mc_documents_new                          (McDbWorker          *worker,
                                                        McDossiers          *dossiers) G_GNUC_WARN_UNUSED_RESULT;
void         mc_documents_render_for_dossier_async     (McDocuments         *self,
                                                        McDocumentKind       kind,
                                                        const char          *code,
                                                        GCancellable        *cancellable,
                                                        GAsyncReadyCallback  callback,
                                                        gpointer             user_data);
void         mc_documents_render_owed_apologies_async  (McDocuments         *self,
                                                        GCancellable        *cancellable,
                                                        GAsyncReadyCallback  callback,
                                                        gpointer             user_data);
void         mc_documents_render_period_async          (McDocuments         *self,
                                                       McDocumentKind       kind,
                                                       GDateTime           *from,
                                                       GDateTime           *to,
                                                       GCancellable        *cancellable,
                                                       GAsyncReadyCallback  callback,
                                                       gpointer             user_data);
void         mc_documents_render_procedure_list_async  (McDocuments         *self,
                                                        GCancellable        *cancellable,
                                                        GAsyncReadyCallback  callback,
                                                        gpointer             user_data);
McDocument  *mc_documents_render_finish                (McDocuments         *self,
                                                        GAsyncResult        *result,
                                                        GError             **error) G_GNUC_WARN_UNUSED_RESULT;
void         mc_documents_count_owed_apologies_async   (McDocuments         *self,
                                                        GCancellable        *cancellable,
                                                        GAsyncReadyCallback  callback,
                                                        gpointer             user_data);
gint64       mc_documents_count_owed_apologies_finish  (McDocuments         *self,
                                                        GAsyncResult        *result,
                                                        GError             **error);
void         mc_documents_list_forms_async             (McDocuments         *self,
                                                        const char          *code,
                                                        GCancellable        *cancellable,
                                                        GAsyncReadyCallback  callback,
                                                        gpointer             user_data);
GArray      *mc_documents_list_forms_finish            (McDocuments         *self,
                                                        GAsyncResult        *result,
                                                        GError             **error) G_GNUC_WARN_UNUSED_RESULT;
void         mc_documents_record_output_async          (McDocuments         *self,
                                                        McDocument          *document,
                                                        McDocumentOutput     output,
                                                        const McActor       *actor,
                                                        GCancellable        *cancellable,
                                                        GAsyncReadyCallback  callback,
                                                        gpointer             user_data);
gboolean     mc_documents_record_output_finish         (McDocuments         *self,
                                                        GAsyncResult        *result,
                                                        GError             **error);

G_END_DECLS
