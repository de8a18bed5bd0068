/* mc-document-store.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mc-database.h"
#include "mc-document.h"
#include "mc-dossier-store.h"

G_BEGIN_DECLS

McDocument *mc_document_store_render_for_dossier    (McDatabase        *db,
                                                     McDocumentKind     kind,
                                                     const char        *code,
                                                     GError           **error) G_GNUC_WARN_UNUSED_RESULT;
McDocument *mc_document_store_render_owed_apologies (McDatabase        *db,
                                                     GError           **error) G_GNUC_WARN_UNUSED_RESULT;
gint64      mc_document_store_count_owed_apologies  (McDatabase        *db,
                                                     GError           **error);
McDocument *mc_document_store_render_overview_report (McDatabase        *db,
                                                     GDateTime         *from,
                                                     GDateTime         *to,
                                                     GDateTime         *now,
                                                     GError           **error) G_GNUC_WARN_UNUSED_RESULT;
McDocument *mc_document_store_render_evaluation_summary (McDatabase     *db,
                                                    GDateTime         *from,
                                                    GDateTime         *to,
                                                    GDateTime         *now,
                                                    GError           **error) G_GNUC_WARN_UNUSED_RESULT;
McDocument *mc_document_store_render_report_06a     (McDatabase        *db,
                                                    GDateTime         *from,
                                                    GDateTime         *to,
                                                    GDateTime         *now,
                                                    GError           **error) G_GNUC_WARN_UNUSED_RESULT;
McDocument *mc_document_store_render_register       (McDatabase        *db,
                                                     GDateTime         *from,
                                                     GDateTime         *to,
                                                     GError           **error) G_GNUC_WARN_UNUSED_RESULT;
McDocument *mc_document_store_render_procedure_list (McDatabase        *db,
                                                     GDateTime         *dated,
                                                     GError           **error) G_GNUC_WARN_UNUSED_RESULT;
GArray     *mc_document_store_forms_for_events      (GPtrArray         *events) G_GNUC_WARN_UNUSED_RESULT;
GArray     *mc_document_store_list_forms            (McDatabase        *db,
                                                     const char        *code,
                                                     GError           **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean    mc_document_store_record_output         (McDatabase        *db,
                                                     McDocument        *document,
                                                     McDocumentOutput   output,
                                                     const McActor     *actor,
                                                     GDateTime         *now,
                                                     GError           **error);

G_END_DECLS
