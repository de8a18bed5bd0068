/* mc-stats.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mc-dashboard.h"
#include "mc-db-worker.h"

G_BEGIN_DECLS

#define MC_TYPE_STATS (mc_stats_get_type ())

G_DECLARE_FINAL_TYPE (McStats, mc_stats, MC, STATS, GObject)

McStats     *mc_stats_new                   (McDbWorker           *worker) G_GNUC_WARN_UNUSED_RESULT;
void         mc_stats_load_dashboard_async  (McStats              *self,
                                             GDateTime            *from,
                                             GDateTime            *to,
                                             const McStatsFilter  *filter,
                                             GCancellable         *cancellable,
                                             GAsyncReadyCallback   callback,
                                             gpointer              user_data);
McDashboard *mc_stats_load_dashboard_finish (McStats              *self,
                                             GAsyncResult         *result,
                                             GError              **error) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
