/* mc-evaluation-summary.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-evaluation-summary"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>

#include "mc-document-header.h"
#include "mc-error.h"
#include "mc-evaluation-summary.h"
#include "mc-form-template.h"
#include "mc-pdf-grid.h"
#include "mc-report-06a.h"

/* The summary of the citizens' evaluations of a period on the nine
 * indices of Thông tư 01/2018/TT-VPCP, as the office sends it: for each
 * index the standard (2 points), the office's own score (the period's
 * average) and a column for the superior's verified score, written by
 * hand; the totals out of 18 and the class of the office's score. The
 * class thresholds are a setting: a public implementation uses 15, 12, 9
 * and 6 (with a slip at exactly 15, which we count as excellent). */

#define TEXT_SIZE 11.0
#define STANDARD_POINTS 2

static const char * const class_keys[] = {
  [MC_EVALUATION_EXCELLENT] = "class-excellent",
  [MC_EVALUATION_GOOD] = "class-good",
  [MC_EVALUATION_FAIR] = "class-fair",
  [MC_EVALUATION_AVERAGE] = "class-average",
  [MC_EVALUATION_WEAK] = "class-weak",
};

/**
 * mc_evaluation_thresholds_init_default:
 * @thresholds: (out): 15, 12, 9 and 6
 */
void
mc_evaluation_thresholds_init_default (McEvaluationThresholds *thresholds)
{
  *thresholds = (McEvaluationThresholds) { { 15, 12, 9, 6 } };
}

/**
 * mc_evaluation_thresholds_parse:
 * @text: four numbers from 0 to 18, descending, such as "15,12,9,6"
 * @thresholds: (out): the thresholds
 * @error: return location for a #GError
 *
 * Returns: %TRUE if @text holds such numbers
 */
gboolean
mc_evaluation_thresholds_parse (const char              *text,
                                McEvaluationThresholds  *thresholds,
                                GError                 **error)
{
  g_auto(GStrv) parts = NULL;
  McEvaluationThresholds parsed;

  g_return_val_if_fail (thresholds != NULL, FALSE);

  parts = g_strsplit (text != NULL ? text : "", ",", -1);
  if (g_strv_length (parts) != 4)
    goto invalid;

  for (guint i = 0; i < 4; i++)
    {
      char *end = NULL;

      g_strstrip (parts[i]);
      parsed.minimum[i] = g_ascii_strtod (parts[i], &end);
      if (*parts[i] == '\0' || end == NULL || *end != '\0' || parsed.minimum[i] < 0 ||
          parsed.minimum[i] > 18 || (i > 0 && parsed.minimum[i] >= parsed.minimum[i - 1]))
        goto invalid;
    }

  *thresholds = parsed;
  return TRUE;

invalid:
  g_set_error (error, MC_ERROR, MC_ERROR_INVALID,
               _("“%s” are not thresholds: give the lowest totals of excellent, good, fair and "
                 "average, from high to low, out of 18, such as 15,12,9,6."), text != NULL ? text : "");
  return FALSE;
}

/**
 * mc_evaluation_thresholds_to_string:
 * @thresholds: thresholds
 *
 * Returns: (transfer full): such as "15,12,9,6"
 */
char *
mc_evaluation_thresholds_to_string (const McEvaluationThresholds *thresholds)
{
  char numbers[4][G_ASCII_DTOSTR_BUF_SIZE];

  for (guint i = 0; i < 4; i++)
    g_ascii_formatd (numbers[i], sizeof numbers[i], "%g", thresholds->minimum[i]);

  return g_strjoin (",", numbers[0], numbers[1], numbers[2], numbers[3], NULL);
}

/**
 * mc_evaluation_classify:
 * @thresholds: the classes' lowest totals
 * @total: a total out of 18
 *
 * Returns: the class of @total: the best whose lowest total it reaches
 */
McEvaluationClass
mc_evaluation_classify (const McEvaluationThresholds *thresholds,
                        double                        total)
{
  for (guint i = 0; i < 4; i++)
    if (total >= thresholds->minimum[i] - 1e-9)
      return (McEvaluationClass) i;

  return MC_EVALUATION_WEAK;
}

static char *
format_score (double score)
{
  return g_strdup_printf ("%.2f", score);
}

/**
 * mc_evaluation_summary_render:
 * @stats: the period's figures, with its evaluations
 * @from: the period's first instant
 * @to: the instant after its last
 * @office: the office
 * @thresholds: the classes' lowest totals
 * @dated: (nullable): the summary's date; %NULL leaves it dotted
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the summary on A4 portrait, or %NULL with
 *   @error set
 */
GBytes *
mc_evaluation_summary_render (const McDossierStats         *stats,
                              GDateTime                    *from,
                              GDateTime                    *to,
                              const McOfficeIdentity       *office,
                              const McEvaluationThresholds *thresholds,
                              GDateTime                    *dated,
                              GError                      **error)
{
  const McTextStyle centred = { 0, MC_TEXT_ITALIC, MC_TEXT_ALIGN_CENTER, 0, 0, 2 };
  const McTextStyle plain = { 0, MC_TEXT_PLAIN, MC_TEXT_ALIGN_LEFT, 0, 0, 4 };
  const McTextStyle strong = { 0, MC_TEXT_BOLD, MC_TEXT_ALIGN_LEFT, 0, 0, 6 };
  g_autoptr(McFormTemplate) texts = NULL;
  g_autoptr(McPdfWriter) writer = NULL;
  g_autoptr(McPdfGrid) grid = NULL;
  g_autofree char *period = NULL;
  g_autofree char *unit = NULL;
  g_autofree char *basis = NULL;
  g_autofree char *count = NULL;
  g_autofree char *self_total = NULL;
  g_autofree char *standard_total = NULL;
  g_autofree char *classification = NULL;
  McPdfGridColumn columns[6];
  g_autoptr(GDateTime) last = NULL;
  g_autofree char *first_day = NULL;
  g_autofree char *last_day = NULL;
  double total;

  g_return_val_if_fail (stats != NULL, NULL);
  g_return_val_if_fail (from != NULL && to != NULL, NULL);
  g_return_val_if_fail (office != NULL, NULL);
  g_return_val_if_fail (thresholds != NULL, NULL);

  texts = mc_form_template_load ("evaluation-summary", error);
  if (texts == NULL)
    return NULL;

  columns[0] = (McPdfGridColumn) { mc_form_template_get (texts, "column-number"), 0.09, MC_TEXT_ALIGN_CENTER };
  columns[1] = (McPdfGridColumn) { mc_form_template_get (texts, "column-name"), 0.45, MC_TEXT_ALIGN_LEFT };
  columns[2] = (McPdfGridColumn) { mc_form_template_get (texts, "column-standard"), 0.11, MC_TEXT_ALIGN_CENTER };
  columns[3] = (McPdfGridColumn) { mc_form_template_get (texts, "column-self"), 0.11, MC_TEXT_ALIGN_CENTER };
  columns[4] = (McPdfGridColumn) { mc_form_template_get (texts, "column-verified"), 0.12, MC_TEXT_ALIGN_CENTER };
  columns[5] = (McPdfGridColumn) { mc_form_template_get (texts, "column-note"), 0.12, MC_TEXT_ALIGN_LEFT };

  writer = mc_pdf_writer_new (MC_PAPER_A4, MC_ORIENTATION_PORTRAIT, NULL);

  last = g_date_time_add (to, -1);
  first_day = g_date_time_format (from, "%d/%m/%Y");
  last_day = g_date_time_format (last, "%d/%m/%Y");
  period = mc_form_template_format (texts, "period", "from", first_day, "to", last_day, NULL);
  unit = mc_form_template_format (texts, "unit", "agency",
                                  office->agency_name != NULL && *office->agency_name != '\0'
                                  ? office->agency_name : "……………………", NULL);
  count = g_strdup_printf ("%u", stats->evaluations);
  basis = mc_form_template_format (texts, "basis", "count", count, NULL);
  mc_pdf_writer_set_metadata (writer, mc_form_template_get (texts, "document-title"),
                              office->agency_name, period);

  mc_pdf_writer_add_heading (writer, mc_form_template_get (texts, "title"), 14);
  mc_pdf_writer_add_paragraph (writer, period, &centred);
  mc_pdf_writer_add_space (writer, 6);
  mc_pdf_writer_add_paragraph (writer, unit, &plain);
  mc_pdf_writer_add_paragraph (writer, basis, &plain);

  grid = mc_pdf_grid_new (writer, columns, G_N_ELEMENTS (columns), NULL, 0, TEXT_SIZE);
  mc_pdf_grid_draw_header (grid);
  for (guint i = 0; i < MC_EVALUATION_N_INDICES; i++)
    {
      g_autofree char *key = g_strdup_printf ("index-%u", i + 1);
      g_autofree char *number = g_strdup_printf ("%u", i + 1);
      g_autofree char *standard = g_strdup_printf ("%d", STANDARD_POINTS);
      g_autofree char *score = stats->evaluations > 0 ? format_score (stats->index_averages[i])
                                                      : g_strdup ("");
      const char *cells[] = { number, mc_form_template_get (texts, key), standard, score, "", "" };

      mc_pdf_grid_add_row (grid, cells, FALSE);
    }

  total = mc_dossier_stats_get_evaluation_total (stats);
  standard_total = g_strdup_printf ("%d", STANDARD_POINTS * MC_EVALUATION_N_INDICES);
  self_total = stats->evaluations > 0 ? format_score (total) : g_strdup ("");
  {
    const char *cells[] = { "", mc_form_template_get (texts, "total"), standard_total, self_total,
                            "", "" };

    mc_pdf_grid_add_row (grid, cells, TRUE);
  }

  mc_pdf_writer_add_space (writer, 8);
  if (stats->evaluations > 0)
    classification = mc_form_template_format (texts, "classification", "class",
                                              mc_form_template_get (texts,
                                                                    class_keys[mc_evaluation_classify (thresholds, total)]),
                                              NULL);
  else
    classification = g_strdup (mc_form_template_get (texts, "no-evaluation"));
  mc_pdf_writer_add_paragraph (writer, classification, &strong);

  mc_document_add_report_sign_off (writer, texts, office->place_name, dated);

  return mc_pdf_writer_finish (writer, error);
}
