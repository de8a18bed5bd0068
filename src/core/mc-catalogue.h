/* mc-catalogue.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mc-db-worker.h"
#include "mc-procedure.h"
#include "mc-procedure-store.h"

G_BEGIN_DECLS

#define MC_TYPE_CATALOGUE (mc_catalogue_get_type ())

G_DECLARE_FINAL_TYPE (McCatalogue, mc_catalogue, MC, CATALOGUE, GObject)

McCatalogue    *mc_catalogue_new                   (McDbWorker           *worker) G_GNUC_WARN_UNUSED_RESULT;
void            mc_catalogue_load_current_async    (McCatalogue          *self,
                                                    const char           *today,
                                                    GCancellable         *cancellable,
                                                    GAsyncReadyCallback   callback,
                                                    gpointer              user_data);
GPtrArray      *mc_catalogue_load_current_finish   (McCatalogue          *self,
                                                    GAsyncResult         *result,
                                                    GError              **error);
void            mc_catalogue_search_async          (McCatalogue          *self,
                                                    const char           *text,
                                                    GCancellable         *cancellable,
                                                    GAsyncReadyCallback   callback,
                                                    gpointer              user_data);
GArray         *mc_catalogue_search_finish         (McCatalogue          *self,
                                                    GAsyncResult         *result,
                                                    GError              **error);
void            mc_catalogue_load_procedure_async  (McCatalogue          *self,
                                                    gint64                id,
                                                    GCancellable         *cancellable,
                                                    GAsyncReadyCallback   callback,
                                                    gpointer              user_data);
McProcedure    *mc_catalogue_load_procedure_finish (McCatalogue          *self,
                                                    GAsyncResult         *result,
                                                    GError              **error);
void            mc_catalogue_list_versions_async   (McCatalogue          *self,
                                                    const char           *code,
                                                    GCancellable         *cancellable,
                                                    GAsyncReadyCallback   callback,
                                                    gpointer              user_data);
GPtrArray      *mc_catalogue_list_versions_finish  (McCatalogue          *self,
                                                    GAsyncResult         *result,
                                                    GError              **error);
void            mc_catalogue_list_fields_async     (McCatalogue          *self,
                                                    GCancellable         *cancellable,
                                                    GAsyncReadyCallback   callback,
                                                    gpointer              user_data);
GPtrArray      *mc_catalogue_list_fields_finish    (McCatalogue          *self,
                                                    GAsyncResult         *result,
                                                    GError              **error);
void            mc_catalogue_import_async          (McCatalogue          *self,
                                                    const char           *path,
                                                    GCancellable         *cancellable,
                                                    GAsyncReadyCallback   callback,
                                                    gpointer              user_data);
gboolean        mc_catalogue_import_finish         (McCatalogue          *self,
                                                    GAsyncResult         *result,
                                                    McImportResult       *import_result,
                                                    GError              **error);

G_END_DECLS
