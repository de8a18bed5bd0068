/* mc-report-06a-pdf.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-report-06a"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "mc-document-header.h"
#include "mc-error.h"
#include "mc-form-template.h"
#include "mc-pdf-grid.h"
#include "mc-report-06a.h"
#include "mc-working-calendar.h"

/* Report 06a on A4 landscape, as a commune sends it: the form's number
 * and legal basis on the left, the reporting and receiving units on the
 * right, the title and period, the table of thirteen numbered columns
 * (one row per field and the total), and the two signatures. A report,
 * not an administrative document: no Nghị định 30 heading. Its words
 * are forms/report-06a.json. */

#define TEXT_SIZE 10.0

enum
{
  COLUMN_NUMBER,
  COLUMN_FIELD,
  COLUMN_RECEIVED,
  COLUMN_ONLINE,
  COLUMN_DIRECT,
  COLUMN_CARRIED,
  COLUMN_RESOLVED,
  COLUMN_EARLY,
  COLUMN_ON_TIME,
  COLUMN_LATE,
  COLUMN_PENDING,
  COLUMN_IN_TIME,
  COLUMN_OVERDUE,
  N_COLUMNS
};

static void
fill_cells (char                 *cells[N_COLUMNS],
            const char           *number,
            const char           *name,
            const McReportCounts *counts)
{
  guint values[] = {
    mc_report_counts_get_received (counts), counts->received_online, counts->received_direct,
    counts->carried_over, mc_report_counts_get_resolved (counts), counts->resolved_early,
    counts->resolved_on_time, counts->resolved_late, mc_report_counts_get_pending (counts),
    counts->pending_in_time, counts->pending_overdue,
  };

  cells[COLUMN_NUMBER] = g_strdup (number);
  cells[COLUMN_FIELD] = g_strdup (name);
  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    cells[COLUMN_RECEIVED + i] = g_strdup_printf ("%u", values[i]);
}

static void
add_row (McPdfGrid            *grid,
         const char           *number,
         const char           *name,
         const McReportCounts *counts,
         gboolean              total)
{
  char *cells[N_COLUMNS] = { NULL, };

  fill_cells (cells, number, name, counts);
  mc_pdf_grid_add_row (grid, (const char * const *) cells, total);
  for (guint i = 0; i < N_COLUMNS; i++)
    g_free (cells[i]);
}

/* The form's number on the left, the units on the right, side by side. */
static void
add_top (McPdfWriter            *writer,
         McFormTemplate         *texts,
         const McOfficeIdentity *office,
         const char             *receiver)
{
  const McTextStyle number = { TEXT_SIZE + 1, MC_TEXT_BOLD, MC_TEXT_ALIGN_LEFT, 0, 0, 0 };
  const McTextStyle basis = { TEXT_SIZE, MC_TEXT_ITALIC, MC_TEXT_ALIGN_LEFT, 0, 0, 0 };
  const McTextStyle unit = { TEXT_SIZE + 1, MC_TEXT_PLAIN, MC_TEXT_ALIGN_LEFT, 0, 0, 0 };
  double width = mc_pdf_writer_get_text_width (writer);
  double left = width * 0.42;
  double right_x = width * 0.55;
  double right = width - right_x;
  const char *agency = office->agency_name != NULL && *office->agency_name != '\0'
    ? office->agency_name : "……………………";
  g_autofree char *reporting = mc_form_template_format (texts, "reporting-unit", "agency", agency, NULL);
  g_autofree char *receiving = mc_form_template_format (texts, "receiving-unit", "receiver",
                                                        receiver != NULL && *receiver != '\0'
                                                        ? receiver : "……………………", NULL);
  double h1 = 0, h2 = 0, h3 = 0, h4 = 0;

  mc_pdf_writer_measure_text (writer, mc_form_template_get (texts, "form-number"), &number, left,
                              NULL, &h1);
  mc_pdf_writer_measure_text (writer, mc_form_template_get (texts, "form-basis"), &basis, left,
                              NULL, &h2);
  mc_pdf_writer_measure_text (writer, reporting, &unit, right, NULL, &h3);
  mc_pdf_writer_measure_text (writer, receiving, &unit, right, NULL, &h4);

  mc_pdf_writer_draw_text (writer, mc_form_template_get (texts, "form-number"), &number, 0, 0, left);
  mc_pdf_writer_draw_text (writer, mc_form_template_get (texts, "form-basis"), &basis, 0, h1, left);
  mc_pdf_writer_draw_text (writer, reporting, &unit, right_x, 0, right);
  mc_pdf_writer_draw_text (writer, receiving, &unit, right_x, h3, right);
  mc_pdf_writer_advance (writer, MAX (h1 + h2, h3 + h4) + 10);
}

/**
 * mc_report_06a_render_pdf:
 * @rows: (element-type McReportRow): the report's rows
 * @from: the period's first instant
 * @to: the instant after its last
 * @office: the reporting office
 * @receiver: (nullable): the unit it is sent to; %NULL leaves it dotted
 * @dated: (nullable): the report's date; %NULL leaves it dotted
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the PDF on A4 landscape, or %NULL with
 *   @error set
 */
GBytes *
mc_report_06a_render_pdf (GPtrArray              *rows,
                          GDateTime              *from,
                          GDateTime              *to,
                          const McOfficeIdentity *office,
                          const char             *receiver,
                          GDateTime              *dated,
                          GError                **error)
{
  const McTextStyle period_style = { 0, MC_TEXT_ITALIC, MC_TEXT_ALIGN_CENTER, 0, 0, 2 };
  const McTextStyle unit_style = { TEXT_SIZE, MC_TEXT_ITALIC, MC_TEXT_ALIGN_RIGHT, 0, 0, 4 };
  g_autoptr(McFormTemplate) texts = NULL;
  g_autoptr(McPdfWriter) writer = NULL;
  g_autoptr(McPdfGrid) grid = NULL;
  g_autofree char *period = NULL;
  McReportCounts total;
  McPdfGridColumn columns[N_COLUMNS] = {
    [COLUMN_NUMBER] = { NULL, 0.04, MC_TEXT_ALIGN_CENTER },
    [COLUMN_FIELD] = { NULL, 0.23, MC_TEXT_ALIGN_LEFT },
  };
  McPdfGridGroup groups[4];

  g_return_val_if_fail (rows != NULL, NULL);
  g_return_val_if_fail (from != NULL && to != NULL, NULL);
  g_return_val_if_fail (office != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (g_date_time_compare (from, to) >= 0)
    {
      g_set_error_literal (error, MC_ERROR, MC_ERROR_INVALID,
                           _("The period of the report must end after it starts."));
      return NULL;
    }

  texts = mc_form_template_load ("report-06a", error);
  if (texts == NULL)
    return NULL;

  /* The titles of the columns and of their groups. */
  columns[COLUMN_NUMBER].title = mc_form_template_get (texts, "column-1");
  columns[COLUMN_FIELD].title = mc_form_template_get (texts, "column-2");
  for (guint c = COLUMN_RECEIVED; c < N_COLUMNS; c++)
    {
      static const char * const keys[] = {
        "total", "column-4", "column-5", "column-6", "total", "column-8", "column-9",
        "column-10", "total", "column-12", "column-13",
      };

      columns[c].title = mc_form_template_get (texts, keys[c - COLUMN_RECEIVED]);
      columns[c].share = 0.73 / (N_COLUMNS - COLUMN_RECEIVED);
      columns[c].align = MC_TEXT_ALIGN_CENTER;
    }
  groups[0] = (McPdfGridGroup) { mc_form_template_get (texts, "group-received"),
                                 COLUMN_RECEIVED, COLUMN_CARRIED, 0 };
  groups[1] = (McPdfGridGroup) { mc_form_template_get (texts, "in-period"),
                                 COLUMN_ONLINE, COLUMN_DIRECT, 1 };
  groups[2] = (McPdfGridGroup) { mc_form_template_get (texts, "group-resolved"),
                                 COLUMN_RESOLVED, COLUMN_LATE, 0 };
  groups[3] = (McPdfGridGroup) { mc_form_template_get (texts, "group-pending"),
                                 COLUMN_PENDING, COLUMN_OVERDUE, 0 };

  writer = mc_pdf_writer_new (MC_PAPER_A4, MC_ORIENTATION_LANDSCAPE, NULL);
  mc_pdf_writer_set_page_numbers (writer, TRUE);

  period = mc_report_06a_format_period (from, to, error);
  if (period == NULL)
    return NULL;
  mc_pdf_writer_set_metadata (writer, mc_form_template_get (texts, "document-title"),
                              office->agency_name, period);

  add_top (writer, texts, office, receiver);
  mc_pdf_writer_add_heading (writer, mc_form_template_get (texts, "title"), 14);
  mc_pdf_writer_add_paragraph (writer, period, &period_style);
  mc_pdf_writer_add_paragraph (writer, mc_form_template_get (texts, "unit"), &unit_style);

  grid = mc_pdf_grid_new (writer, columns, N_COLUMNS, groups, G_N_ELEMENTS (groups), TEXT_SIZE);
  mc_pdf_grid_draw_header (grid);
  for (guint i = 0; i < rows->len; i++)
    {
      McReportRow *row = g_ptr_array_index (rows, i);
      g_autofree char *number = g_strdup_printf ("%u", i + 1);

      add_row (grid, number, row->field_name, &row->counts, FALSE);
    }
  mc_report_06a_get_total (rows, &total);
  add_row (grid, "", mc_form_template_get (texts, "grand-total"), &total, TRUE);

  mc_pdf_writer_add_space (writer, 10);
  mc_document_add_report_sign_off (writer, texts, office->place_name, dated);

  return mc_pdf_writer_finish (writer, error);
}
