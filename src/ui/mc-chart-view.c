/* mc-chart-view.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-chart-view"

#include "config.h"

#include "mc-chart-view.h"

/* A chart of the statistics on screen, drawn by the same painter as the
 * reports (mc_chart_draw()). It keeps its own copy of the figures, and
 * tells assistive technologies what each bar holds, since a picture says
 * nothing to a screen reader. */

#define FONT_SIZE 12.0

struct _McChartView
{
  GtkWidget  parent_instance;

  GStrv      categories;
  GStrv      labels;       /* the series' */
  guint32   *colours;
  double   **values;       /* [series][category] */
  guint      n_series;
  guint      n_categories;
  gboolean   lying;
};

G_DEFINE_FINAL_TYPE (McChartView, mc_chart_view, GTK_TYPE_WIDGET)

static void
clear_data (McChartView *self)
{
  for (guint s = 0; s < self->n_series; s++)
    g_free (self->values[s]);
  g_clear_pointer (&self->values, g_free);
  g_clear_pointer (&self->colours, g_free);
  g_clear_pointer (&self->categories, g_strfreev);
  g_clear_pointer (&self->labels, g_strfreev);
  self->n_series = 0;
  self->n_categories = 0;
}

/* "Hộ tịch: Đúng hạn 12, Quá hạn 3. …" */
static void
update_description (McChartView *self)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint c = 0; c < self->n_categories; c++)
    {
      g_string_append_printf (text, "%s%s:", c > 0 ? " " : "", self->categories[c]);
      for (guint s = 0; s < self->n_series; s++)
        g_string_append_printf (text, "%s %s %.0f", s > 0 ? "," : "", self->labels[s],
                                self->values[s][c]);
      g_string_append_c (text, '.');
    }

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  text->str, -1);
}

static void
mc_chart_view_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  McChartView *self = MC_CHART_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  g_autofree McChartSeries *series = NULL;
  McChart chart;
  cairo_t *cr;

  if (self->n_categories == 0 || width <= 0 || height <= 0)
    return;

  series = g_new0 (McChartSeries, self->n_series);
  for (guint s = 0; s < self->n_series; s++)
    series[s] = (McChartSeries) { self->labels[s], self->colours[s], self->values[s] };
  chart = (McChart) { (const char * const *) self->categories, self->n_categories, series,
                      self->n_series, self->lying };

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  mc_chart_draw (&chart, cr, width, height, FONT_SIZE);
  cairo_destroy (cr);
}

static void
mc_chart_view_dispose (GObject *object)
{
  clear_data (MC_CHART_VIEW (object));

  G_OBJECT_CLASS (mc_chart_view_parent_class)->dispose (object);
}

static void
mc_chart_view_class_init (McChartViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mc_chart_view_dispose;
  widget_class->snapshot = mc_chart_view_snapshot;

  gtk_widget_class_set_css_name (widget_class, "chart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
mc_chart_view_init (McChartView *self)
{
  gtk_widget_set_size_request (GTK_WIDGET (self), 260, 200);
}

GtkWidget *
mc_chart_view_new (void)
{
  return g_object_new (MC_TYPE_CHART_VIEW, NULL);
}

/**
 * mc_chart_view_set_chart:
 * @self: a #McChartView
 * @chart: the figures to show, copied
 */
void
mc_chart_view_set_chart (McChartView   *self,
                         const McChart *chart)
{
  g_return_if_fail (MC_IS_CHART_VIEW (self));
  g_return_if_fail (chart != NULL);

  clear_data (self);
  self->n_series = chart->n_series;
  self->n_categories = chart->n_categories;
  self->lying = chart->lying;
  self->categories = g_new0 (char *, chart->n_categories + 1);
  for (guint c = 0; c < chart->n_categories; c++)
    self->categories[c] = g_strdup (chart->categories[c]);
  self->labels = g_new0 (char *, chart->n_series + 1);
  self->colours = g_new0 (guint32, MAX (chart->n_series, 1));
  self->values = g_new0 (double *, MAX (chart->n_series, 1));
  for (guint s = 0; s < chart->n_series; s++)
    {
      self->labels[s] = g_strdup (chart->series[s].label);
      self->colours[s] = chart->series[s].rgb;
      self->values[s] = g_memdup2 (chart->series[s].values, sizeof (double) * MAX (chart->n_categories, 1));
    }

  update_description (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * mc_chart_view_get_n_bars:
 * @self: a #McChartView
 *
 * Returns: how many categories the chart shows
 */
guint
mc_chart_view_get_n_bars (McChartView *self)
{
  g_return_val_if_fail (MC_IS_CHART_VIEW (self), 0);

  return self->n_categories;
}
