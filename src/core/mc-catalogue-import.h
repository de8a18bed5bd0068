/* mc-catalogue-import.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "mc-database.h"
#include "mc-procedure-store.h"

G_BEGIN_DECLS

#define MC_CATALOGUE_BUNDLED_RESOURCE "/org/motcua/MotCua/core/catalogue/commune-procedures.json"

gboolean mc_catalogue_import_bytes   (McDatabase      *db,
                                      GBytes          *bytes,
                                      McImportResult  *result,
                                      GError         **error);
gboolean mc_catalogue_import_file    (McDatabase      *db,
                                      const char      *path,
                                      McImportResult  *result,
                                      GError         **error);
gboolean mc_catalogue_import_bundled (McDatabase      *db,
                                      McImportResult  *result,
                                      GError         **error);
gboolean mc_catalogue_import_records (McDatabase      *db,
                                      const char      *code,
                                      JsonArray       *records,
                                      McImportResult  *result,
                                      GError         **error);

G_END_DECLS
