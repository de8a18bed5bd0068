/* mc-chart-view.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "mc-chart.h"

G_BEGIN_DECLS

#define MC_TYPE_CHART_VIEW (mc_chart_view_get_type ())

G_DECLARE_FINAL_TYPE (McChartView, mc_chart_view, MC, CHART_VIEW, GtkWidget)

GtkWidget *mc_chart_view_new        (void);
void       mc_chart_view_set_chart  (McChartView   *self,
                                     const McChart *chart);
guint      mc_chart_view_get_n_bars (McChartView   *self);

G_END_DECLS
