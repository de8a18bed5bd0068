/* mc-procedure-store.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mc-database.h"
#include "mc-procedure.h"

G_BEGIN_DECLS

typedef struct
{
  guint added;
  guint updated;
  guint unchanged;
} McImportResult;

gboolean     mc_procedure_store_save             (McDatabase      *db,
                                                  GPtrArray       *procedures,
                                                  McImportResult  *result,
                                                  GError         **error);
GPtrArray   *mc_procedure_store_load_current     (McDatabase      *db,
                                                  const char      *today,
                                                  GError         **error) G_GNUC_WARN_UNUSED_RESULT;
McProcedure *mc_procedure_store_load             (McDatabase      *db,
                                                  gint64           id,
                                                  GError         **error) G_GNUC_WARN_UNUSED_RESULT;
McProcedure *mc_procedure_store_find_in_force    (McDatabase      *db,
                                                  const char      *code,
                                                  const char      *date,
                                                  GError         **error) G_GNUC_WARN_UNUSED_RESULT;
GPtrArray   *mc_procedure_store_list_versions    (McDatabase      *db,
                                                  const char      *code,
                                                  GError         **error) G_GNUC_WARN_UNUSED_RESULT;
GArray      *mc_procedure_store_search           (McDatabase      *db,
                                                  const char      *text,
                                                  GError         **error) G_GNUC_WARN_UNUSED_RESULT;
GPtrArray   *mc_procedure_store_list_fields      (McDatabase      *db,
                                                  GError         **error) G_GNUC_WARN_UNUSED_RESULT;
gint64       mc_procedure_store_count_versions   (McDatabase      *db,
                                                  GError         **error);

G_END_DECLS
