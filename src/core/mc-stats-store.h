/* mc-stats-store.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mc-database.h"
#include "mc-dossier-stats.h"

G_BEGIN_DECLS

GPtrArray      *mc_stats_store_load_report (McDatabase          *db,
                                            GDateTime           *from,
                                            GDateTime           *to,
                                            GDateTime           *now,
                                            const McStatsFilter *filter,
                                            GError             **error) G_GNUC_WARN_UNUSED_RESULT;
McDossierStats *mc_stats_store_load        (McDatabase          *db,
                                            GDateTime           *from,
                                            GDateTime           *to,
                                            GDateTime           *now,
                                            const McStatsFilter *filter,
                                            GError             **error) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
