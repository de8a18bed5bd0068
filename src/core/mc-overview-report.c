/* mc-overview-report.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-overview-report"

#include "config.h"

#include "mc-dashboard-chart.h"
#include "mc-document-header.h"
#include "mc-form-template.h"
#include "mc-overview-report.h"
#include "mc-pdf-grid.h"
#include "mc-working-calendar.h"

/* The overview on paper, for the leader's meeting: the period's
 * figures, the three charts drawn by the same painter as on screen, and
 * the dossiers overdue now. Its words are forms/overview-report.json. */

#define TEXT_SIZE 11.0
#define CHART_HEIGHT 190.0
/* The overdue dossiers listed; the count says how many there are. */
#define OVERDUE_LISTED 30

static char *
uint_text (guint value)
{
  return g_strdup_printf ("%u", value);
}

static void
add_figure (McPdfGrid  *grid,
            const char *indicator,
            const char *value)
{
  const char *cells[] = { indicator, value };

  mc_pdf_grid_add_row (grid, cells, FALSE);
}

static void
add_figures (McPdfWriter       *writer,
             McFormTemplate    *texts,
             const McDashboard *dashboard)
{
  const McDossierStats *stats = dashboard->stats;
  const McReportCounts *c = &stats->counts;
  double satisfaction = mc_dossier_stats_get_satisfaction (stats);
  McPdfGridColumn columns[] = {
    { mc_form_template_get (texts, "column-indicator"), 0.78, MC_TEXT_ALIGN_LEFT },
    { mc_form_template_get (texts, "column-value"), 0.22, MC_TEXT_ALIGN_CENTER },
  };
  g_autoptr(McPdfGrid) grid = mc_pdf_grid_new (writer, columns, G_N_ELEMENTS (columns), NULL, 0,
                                               TEXT_SIZE);
  g_autofree char *online = uint_text (c->received_online);
  g_autofree char *direct = uint_text (c->received_direct);
  g_autofree char *carried = uint_text (c->carried_over);
  g_autofree char *early = uint_text (c->resolved_early);
  g_autofree char *on_time = uint_text (c->resolved_on_time);
  g_autofree char *late = uint_text (c->resolved_late);
  g_autofree char *in_time = uint_text (c->pending_in_time);
  g_autofree char *overdue = uint_text (c->pending_overdue);
  g_autofree char *received = mc_form_template_format (texts, "received", "online", online,
                                                       "direct", direct, "carried", carried, NULL);
  g_autofree char *resolved = mc_form_template_format (texts, "resolved", "early", early,
                                                       "on_time", on_time, "late", late, NULL);
  g_autofree char *pending = mc_form_template_format (texts, "pending", "in_time", in_time,
                                                      "overdue", overdue, NULL);
  g_autofree char *n_received = uint_text (mc_report_counts_get_received (c));
  g_autofree char *n_resolved = uint_text (mc_report_counts_get_resolved (c));
  g_autofree char *n_pending = uint_text (mc_report_counts_get_pending (c));
  g_autofree char *share = g_strdup_printf ("%.1f%%", mc_dossier_stats_get_online_share (stats) * 100);
  g_autofree char *days = g_strdup_printf ("%.1f", stats->average_days);
  g_autofree char *due_soon = uint_text (stats->due_soon);
  g_autofree char *apologies = g_strdup_printf ("%u / %u", stats->apologies_given,
                                                stats->apologies_owed);
  g_autofree char *repeated = uint_text (stats->repeated_supplements);
  g_autofree char *evaluations = g_strdup_printf ("%u / %.2f", stats->evaluations,
                                                  mc_dossier_stats_get_evaluation_total (stats));
  g_autofree char *satisfied = satisfaction < 0 ? g_strdup ("—")
                                                : g_strdup_printf ("%.1f%%", satisfaction * 100);
  g_autofree char *synced = g_strdup_printf ("%.1f%%",
                                             mc_dossier_stats_get_sync_coverage (stats) * 100);

  mc_pdf_grid_draw_header (grid);
  add_figure (grid, received, n_received);
  add_figure (grid, resolved, n_resolved);
  add_figure (grid, pending, n_pending);
  add_figure (grid, mc_form_template_get (texts, "online-share"), share);
  add_figure (grid, mc_form_template_get (texts, "average-days"), days);
  add_figure (grid, mc_form_template_get (texts, "due-soon"), due_soon);
  add_figure (grid, mc_form_template_get (texts, "apologies"), apologies);
  add_figure (grid, mc_form_template_get (texts, "repeated-supplements"), repeated);
  add_figure (grid, mc_form_template_get (texts, "evaluations"), evaluations);
  add_figure (grid, mc_form_template_get (texts, "satisfaction"), satisfied);
  add_figure (grid, mc_form_template_get (texts, "synced"), synced);
}

static void
add_chart (McPdfWriter      *writer,
           const char       *title,
           McDashboardChart *chart)
{
  const McTextStyle heading = { 0, MC_TEXT_BOLD, MC_TEXT_ALIGN_LEFT, 0, 0, 4 };

  /* The chart's title stays with the chart. */
  mc_pdf_writer_ensure_space (writer, CHART_HEIGHT + 2 * TEXT_SIZE);
  mc_pdf_writer_add_paragraph (writer, title, &heading);
  mc_pdf_writer_add_chart (writer, &chart->chart, CHART_HEIGHT);
  mc_pdf_writer_add_space (writer, 8);
}

static void
add_charts (McPdfWriter       *writer,
            McFormTemplate    *texts,
            const McDashboard *dashboard)
{
  const char *trend_labels[] = {
    mc_form_template_get (texts, "series-counter"), mc_form_template_get (texts, "series-online"),
    mc_form_template_get (texts, "series-postal"),
  };
  const char *field_labels[] = {
    mc_form_template_get (texts, "series-early"), mc_form_template_get (texts, "series-on-time"),
    mc_form_template_get (texts, "series-late"), mc_form_template_get (texts, "series-in-time"),
    mc_form_template_get (texts, "series-overdue"),
  };
  const char *officer_labels[] = {
    mc_form_template_get (texts, "series-resolved"), mc_form_template_get (texts, "series-in-time"),
    mc_form_template_get (texts, "series-overdue"),
  };
  g_autoptr(McDashboardChart) trend = mc_dashboard_chart_trend (dashboard, trend_labels);
  g_autoptr(McDashboardChart) fields = mc_dashboard_chart_fields (dashboard, field_labels);
  g_autoptr(McDashboardChart) officers = NULL;

  officers = mc_dashboard_chart_officers (dashboard, officer_labels,
                                          mc_form_template_get (texts, "not-handed-over"), 10);

  add_chart (writer, mc_form_template_get (texts, dashboard->monthly ? "chart-trend-month"
                                                                     : "chart-trend-week"), trend);
  if (fields->chart.n_categories > 0)
    add_chart (writer, mc_form_template_get (texts, "chart-fields"), fields);
  if (officers->chart.n_categories > 0)
    add_chart (writer, mc_form_template_get (texts, "chart-officers"), officers);
}

static void
add_overdue (McPdfWriter       *writer,
             McFormTemplate    *texts,
             const McDashboard *dashboard)
{
  const McTextStyle heading = { 0, MC_TEXT_BOLD, MC_TEXT_ALIGN_LEFT, 0, 0, 6 };
  const McTextStyle plain = { 0, MC_TEXT_PLAIN, MC_TEXT_ALIGN_LEFT, 0, 0, 4 };
  McPdfGridColumn columns[] = {
    { mc_form_template_get (texts, "column-code"), 0.27, MC_TEXT_ALIGN_LEFT },
    { mc_form_template_get (texts, "column-applicant"), 0.22, MC_TEXT_ALIGN_LEFT },
    { mc_form_template_get (texts, "column-procedure"), 0.33, MC_TEXT_ALIGN_LEFT },
    { mc_form_template_get (texts, "column-due"), 0.18, MC_TEXT_ALIGN_CENTER },
  };
  g_autofree char *count = uint_text (dashboard->overdue->len);
  g_autofree char *title = mc_form_template_format (texts, "overdue", "count", count, NULL);
  g_autoptr(McPdfGrid) grid = NULL;

  mc_pdf_writer_add_paragraph (writer, title, &heading);
  if (dashboard->overdue->len == 0)
    {
      mc_pdf_writer_add_paragraph (writer, mc_form_template_get (texts, "none-overdue"), &plain);
      return;
    }

  grid = mc_pdf_grid_new (writer, columns, G_N_ELEMENTS (columns), NULL, 0, TEXT_SIZE - 1);
  mc_pdf_grid_draw_header (grid);
  for (guint i = 0; i < MIN (dashboard->overdue->len, OVERDUE_LISTED); i++)
    {
      McDueDossier *dossier = g_ptr_array_index (dashboard->overdue, i);
      g_autofree char *due = g_date_time_format (dossier->due, "%d/%m/%Y %H:%M");
      const char *cells[] = { dossier->code, dossier->applicant, dossier->procedure, due };

      mc_pdf_grid_add_row (grid, cells, FALSE);
    }
}

/**
 * mc_overview_report_render:
 * @dashboard: the overview's figures
 * @from: the period's first instant
 * @to: the instant after its last
 * @office: the office
 * @dated: (nullable): the report's date; %NULL leaves it dotted
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the report on A4 portrait, or %NULL with
 *   @error set
 */
GBytes *
mc_overview_report_render (const McDashboard      *dashboard,
                           GDateTime              *from,
                           GDateTime              *to,
                           const McOfficeIdentity *office,
                           GDateTime              *dated,
                           GError                **error)
{
  const McTextStyle agency_style = { 0, MC_TEXT_BOLD, MC_TEXT_ALIGN_LEFT, 0, 0, 8 };
  const McTextStyle period_style = { 0, MC_TEXT_ITALIC, MC_TEXT_ALIGN_CENTER, 0, 0, 8 };
  const McTextStyle part = { 0, MC_TEXT_BOLD, MC_TEXT_ALIGN_LEFT, 0, 0, 6 };
  g_autoptr(McFormTemplate) texts = NULL;
  g_autoptr(McPdfWriter) writer = NULL;
  g_autoptr(GDateTime) last = NULL;
  g_autofree char *first_day = NULL;
  g_autofree char *last_day = NULL;
  g_autofree char *period = NULL;
  g_autofree char *agency = NULL;

  g_return_val_if_fail (dashboard != NULL, NULL);
  g_return_val_if_fail (from != NULL && to != NULL, NULL);
  g_return_val_if_fail (office != NULL, NULL);

  texts = mc_form_template_load ("overview-report", error);
  if (texts == NULL)
    return NULL;

  writer = mc_pdf_writer_new (MC_PAPER_A4, MC_ORIENTATION_PORTRAIT, NULL);
  mc_pdf_writer_set_page_numbers (writer, TRUE);

  last = g_date_time_add (to, -1);
  first_day = g_date_time_format (from, "%d/%m/%Y");
  last_day = g_date_time_format (last, "%d/%m/%Y");
  period = mc_form_template_format (texts, "period", "from", first_day, "to", last_day, NULL);
  mc_pdf_writer_set_metadata (writer, mc_form_template_get (texts, "document-title"),
                              office->agency_name, period);

  agency = g_utf8_strup (office->agency_name != NULL ? office->agency_name : "", -1);
  if (*agency != '\0')
    mc_pdf_writer_add_paragraph (writer, agency, &agency_style);
  mc_pdf_writer_add_heading (writer, mc_form_template_get (texts, "title"), 14);
  mc_pdf_writer_add_paragraph (writer, period, &period_style);

  mc_pdf_writer_add_paragraph (writer, mc_form_template_get (texts, "figures"), &part);
  add_figures (writer, texts, dashboard);
  mc_pdf_writer_add_space (writer, 10);

  mc_pdf_writer_add_paragraph (writer, mc_form_template_get (texts, "charts"), &part);
  add_charts (writer, texts, dashboard);

  add_overdue (writer, texts, dashboard);
  mc_pdf_writer_add_space (writer, 10);
  mc_document_add_report_sign_off (writer, texts, office->place_name, dated);

  return mc_pdf_writer_finish (writer, error);
}
