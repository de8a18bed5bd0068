/* mc-dashboard-chart.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-dashboard-chart"

#include "config.h"

#include "mc-dashboard-chart.h"

/* The overview's three charts, made from its figures once for the
 * screen (with the interface's words) and for the PDF report (with the
 * form's): the intake by week or month and channel, the results by field
 * and each officer's workload. */

static McDashboardChart *
chart_new (guint    n_categories,
           guint    n_series,
           gboolean lying)
{
  McDashboardChart *chart = g_new0 (McDashboardChart, 1);

  chart->names = g_ptr_array_new_with_free_func (g_free);
  chart->values = g_new0 (double, n_series * MAX (n_categories, 1));
  chart->chart.n_categories = n_categories;
  chart->chart.n_series = n_series;
  chart->chart.series = chart->series;
  chart->chart.lying = lying;

  return chart;
}

/* Points the chart at its names and values, once they are all in. */
static McDashboardChart *
chart_finish (McDashboardChart   *chart,
              const char * const *labels,
              const guint32      *colours)
{
  guint n = MAX (chart->chart.n_categories, 1);

  g_ptr_array_add (chart->names, NULL);
  chart->chart.categories = (const char * const *) chart->names->pdata;
  for (guint s = 0; s < chart->chart.n_series; s++)
    chart->series[s] = (McChartSeries) { labels[s], colours[s], chart->values + s * n };

  return chart;
}

void
mc_dashboard_chart_free (McDashboardChart *chart)
{
  if (chart == NULL)
    return;

  g_ptr_array_unref (chart->names);
  g_free (chart->values);
  g_free (chart);
}

/**
 * mc_dashboard_chart_trend:
 * @dashboard: the overview's figures
 * @labels: (array fixed-size=3): the series: at the counter, online, by post
 *
 * Returns: (transfer full): the intake by week ("dd/mm") or month
 *   ("mm/yyyy") and channel, upright
 */
McDashboardChart *
mc_dashboard_chart_trend (const McDashboard  *dashboard,
                          const char * const *labels)
{
  static const guint32 colours[] = { MC_CHART_GREEN, MC_CHART_BLUE, MC_CHART_ORANGE };
  GArray *trend = dashboard->trend;
  McDashboardChart *chart = chart_new (trend->len, 3, FALSE);
  guint n = MAX (trend->len, 1);

  for (guint i = 0; i < trend->len; i++)
    {
      McTrendBucket *bucket = &g_array_index (trend, McTrendBucket, i);

      g_ptr_array_add (chart->names, g_date_time_format (bucket->start,
                                                         dashboard->monthly ? "%m/%Y" : "%d/%m"));
      chart->values[i] = bucket->counter;
      chart->values[n + i] = bucket->online;
      chart->values[2 * n + i] = bucket->postal;
    }

  return chart_finish (chart, labels, colours);
}

/**
 * mc_dashboard_chart_fields:
 * @dashboard: the overview's figures
 * @labels: (array fixed-size=5): the series: resolved early, on time,
 *   late; open in time, overdue
 *
 * Returns: (transfer full): the results by field, lying
 */
McDashboardChart *
mc_dashboard_chart_fields (const McDashboard  *dashboard,
                           const char * const *labels)
{
  static const guint32 colours[] = {
    MC_CHART_GREEN, MC_CHART_BLUE, MC_CHART_RED, MC_CHART_GREY, MC_CHART_ORANGE,
  };
  GPtrArray *fields = dashboard->fields;
  McDashboardChart *chart = chart_new (fields->len, 5, TRUE);
  guint n = MAX (fields->len, 1);

  for (guint i = 0; i < fields->len; i++)
    {
      McReportRow *row = g_ptr_array_index (fields, i);

      g_ptr_array_add (chart->names, g_strdup (row->field_name));
      chart->values[i] = row->counts.resolved_early;
      chart->values[n + i] = row->counts.resolved_on_time;
      chart->values[2 * n + i] = row->counts.resolved_late;
      chart->values[3 * n + i] = row->counts.pending_in_time;
      chart->values[4 * n + i] = row->counts.pending_overdue;
    }

  return chart_finish (chart, labels, colours);
}

/**
 * mc_dashboard_chart_officers:
 * @dashboard: the overview's figures
 * @labels: (array fixed-size=3): the series: resolved, open in time,
 *   open overdue
 * @not_handed_over: the name of the dossiers no officer has yet
 * @most: how many officers at most, the busiest
 *
 * Returns: (transfer full): each officer's workload, lying
 */
McDashboardChart *
mc_dashboard_chart_officers (const McDashboard  *dashboard,
                             const char * const *labels,
                             const char         *not_handed_over,
                             guint               most)
{
  static const guint32 colours[] = { MC_CHART_BLUE, MC_CHART_GREY, MC_CHART_RED };
  guint count = MIN (dashboard->officers->len, most);
  McDashboardChart *chart = chart_new (count, 3, TRUE);
  guint n = MAX (count, 1);

  for (guint i = 0; i < count; i++)
    {
      McOfficerLoad *load = g_ptr_array_index (dashboard->officers, i);

      g_ptr_array_add (chart->names, g_strdup (load->officer_id != 0 ? load->name
                                                                     : not_handed_over));
      chart->values[i] = load->resolved;
      chart->values[n + i] = load->in_time;
      chart->values[2 * n + i] = load->overdue;
    }

  return chart_finish (chart, labels, colours);
}
