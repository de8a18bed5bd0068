/* mc-chart.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

/* One stacked part of every bar, such as the dossiers received online. */
typedef struct
{
  const char   *label;
  guint32       rgb;       /* 0xRRGGBB */
  const double *values;    /* one per category */
} McChartSeries;

/* Stacked bars: one per category, in one colour per series. Upright for
 * a time line (weeks, months), lying for named things (fields, officers)
 * whose names need the room. */
typedef struct
{
  const char * const  *categories;
  guint                n_categories;
  const McChartSeries *series;
  guint                n_series;
  gboolean             lying;
} McChart;

/* Colours that keep apart in print and for the colour-blind. */
#define MC_CHART_BLUE   0x1f77b4
#define MC_CHART_GREEN  0x2ca02c
#define MC_CHART_ORANGE 0xff7f0e
#define MC_CHART_RED    0xd62728
#define MC_CHART_GREY   0x8c8c8c

void mc_chart_draw (const McChart *chart,
                    cairo_t       *cr,
                    double         width,
                    double         height,
                    double         font_size);

G_END_DECLS
