/* mc-sync-catalogue.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mc-sync-pass.h"

G_BEGIN_DECLS

/* The listing's page, and how many procedures one pass fetches at most:
 * the others follow in the next passes. */
#define MC_SYNC_CATALOGUE_PAGE 100
#define MC_SYNC_CATALOGUE_FETCHES_PER_PASS 50

gboolean mc_sync_catalogue_pull (McDatabase      *db,
                                 McPortalClient  *client,
                                 guint            page_size,
                                 guint            max_fetches,
                                 McSyncReport    *report,
                                 GCancellable    *cancellable,
                                 GError         **error);

G_END_DECLS
