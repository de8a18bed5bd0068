/* mc-dashboard-chart.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mc-chart.h"
#include "mc-dashboard.h"

G_BEGIN_DECLS

/* One of the overview's charts with the figures it points into. */
typedef struct
{
  McChart        chart;
  GPtrArray     *names;       /* the categories, NULL-terminated */
  double        *values;      /* [series × categories] */
  McChartSeries  series[5];
} McDashboardChart;

McDashboardChart *mc_dashboard_chart_trend    (const McDashboard  *dashboard,
                                               const char * const *labels) G_GNUC_WARN_UNUSED_RESULT;
McDashboardChart *mc_dashboard_chart_fields   (const McDashboard  *dashboard,
                                               const char * const *labels) G_GNUC_WARN_UNUSED_RESULT;
McDashboardChart *mc_dashboard_chart_officers (const McDashboard  *dashboard,
                                               const char * const *labels,
                                               const char         *not_handed_over,
                                               guint               most) G_GNUC_WARN_UNUSED_RESULT;
void              mc_dashboard_chart_free     (McDashboardChart   *chart);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (McDashboardChart, mc_dashboard_chart_free)

G_END_DECLS
