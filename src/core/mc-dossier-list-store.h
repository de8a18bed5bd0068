/* mc-dossier-list-store.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mc-database.h"
#include "mc-dossier.h"
#include "mc-dossier-query.h"

G_BEGIN_DECLS

/* A search shows at most this many dossiers, the latest received first
 * among those that match: "nguyen" alone matches a third of a commune. */
#define MC_DOSSIER_SEARCH_CAP 10000

/* Up to this many matching dossiers are gathered and sorted; above it the
 * list walks the index of the sort column and filters on the way. */
#define MC_DOSSIER_SMALL_SET 20000

gboolean   mc_dossier_list_store_count   (McDatabase            *db,
                                          const McDossierQuery  *query,
                                          GDateTime             *now,
                                          guint                 *count,
                                          gboolean              *capped,
                                          GError               **error);
GPtrArray *mc_dossier_list_store_fetch   (McDatabase            *db,
                                          const McDossierQuery  *query,
                                          GDateTime             *now,
                                          guint                  count,
                                          guint                  offset,
                                          guint                  limit,
                                          GError               **error) G_GNUC_WARN_UNUSED_RESULT;
char      *mc_dossier_list_store_explain (McDatabase            *db,
                                          const McDossierQuery  *query,
                                          GDateTime             *now,
                                          guint                  count,
                                          GError               **error) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
