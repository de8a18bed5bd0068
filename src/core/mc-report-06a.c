/* mc-report-06a.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-report-06a"

#include "config.h"

#include "mc-form-template.h"
#include "mc-report-06a.h"
#include "mc-working-calendar.h"

/* Report 06a of Thông tư 01/2020/TT-VPCP, "Tình hình, kết quả giải
 * quyết TTHC tại cơ quan, đơn vị trực tiếp giải quyết TTHC": one row per
 * field of procedures and a total, thirteen numbered columns. Here as
 * CSV, for any spreadsheet; as a flat OpenDocument spreadsheet (.fods),
 * which LibreOffice opens with the report's title and two-level heading;
 * and as JSON, for other programs. The column titles are the circular's,
 * from forms/report-06a.json. */

/* A row's figures in the order of columns (3) to (13). */
static void
get_columns (const McReportCounts *counts,
             guint                 columns[11])
{
  columns[0] = mc_report_counts_get_received (counts);
  columns[1] = counts->received_online;
  columns[2] = counts->received_direct;
  columns[3] = counts->carried_over;
  columns[4] = mc_report_counts_get_resolved (counts);
  columns[5] = counts->resolved_early;
  columns[6] = counts->resolved_on_time;
  columns[7] = counts->resolved_late;
  columns[8] = mc_report_counts_get_pending (counts);
  columns[9] = counts->pending_in_time;
  columns[10] = counts->pending_overdue;
}

/**
 * mc_report_06a_get_total:
 * @rows: (element-type McReportRow): the report's rows
 * @total: (out): their sum
 */
void
mc_report_06a_get_total (GPtrArray      *rows,
                         McReportCounts *total)
{
  g_return_if_fail (rows != NULL);
  g_return_if_fail (total != NULL);

  *total = (McReportCounts) { 0, };
  for (guint i = 0; i < rows->len; i++)
    mc_report_counts_add (total, &((McReportRow *) g_ptr_array_index (rows, i))->counts);
}

/* A CSV field, quoted when it holds a comma, a quote or a line break. */
static void
append_field (GString    *csv,
              const char *text)
{
  if (strpbrk (text, ",\"\r\n") == NULL)
    {
      g_string_append (csv, text);
      return;
    }

  g_string_append_c (csv, '"');
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (csv, '"');
      g_string_append_c (csv, *p);
    }
  g_string_append_c (csv, '"');
}

static void
append_row (GString              *csv,
            const char           *number,
            const char           *name,
            const McReportCounts *counts)
{
  guint columns[11];

  get_columns (counts, columns);
  append_field (csv, number);
  g_string_append_c (csv, ',');
  append_field (csv, name);
  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    g_string_append_printf (csv, ",%u", columns[i]);
  g_string_append (csv, "\r\n");
}

/**
 * mc_report_06a_to_csv:
 * @rows: (element-type McReportRow): the report's rows
 * @error: return location for a #GError
 *
 * Writes the report as CSV (RFC 4180, CRLF lines) in UTF-8 with a byte
 * order mark, so that spreadsheets read the Vietnamese right: a line of
 * titles, a line of the column numbers (1) to (13), the fields and the
 * total.
 *
 * Returns: (transfer full): the CSV, or %NULL with @error set when the
 *   titles cannot be read
 */
char *
mc_report_06a_to_csv (GPtrArray  *rows,
                      GError    **error)
{
  g_autoptr(McFormTemplate) texts = NULL;
  g_autoptr(GString) csv = NULL;
  McReportCounts total;
  const char *received, *resolved, *pending, *all, *in_period;

  g_return_val_if_fail (rows != NULL, NULL);

  texts = mc_form_template_load ("report-06a", error);
  if (texts == NULL)
    return NULL;

  received = mc_form_template_get (texts, "group-received");
  resolved = mc_form_template_get (texts, "group-resolved");
  pending = mc_form_template_get (texts, "group-pending");
  all = mc_form_template_get (texts, "total");
  in_period = mc_form_template_get (texts, "in-period");

  csv = g_string_new ("\xEF\xBB\xBF");
  {
    char *titles[] = {
      g_strdup (mc_form_template_get (texts, "column-1")),
      g_strdup (mc_form_template_get (texts, "column-2")),
      g_strdup_printf ("%s – %s", received, all),
      g_strdup_printf ("%s – %s – %s", received, in_period, mc_form_template_get (texts, "column-4")),
      g_strdup_printf ("%s – %s – %s", received, in_period, mc_form_template_get (texts, "column-5")),
      g_strdup_printf ("%s – %s", received, mc_form_template_get (texts, "column-6")),
      g_strdup_printf ("%s – %s", resolved, all),
      g_strdup_printf ("%s – %s", resolved, mc_form_template_get (texts, "column-8")),
      g_strdup_printf ("%s – %s", resolved, mc_form_template_get (texts, "column-9")),
      g_strdup_printf ("%s – %s", resolved, mc_form_template_get (texts, "column-10")),
      g_strdup_printf ("%s – %s", pending, all),
      g_strdup_printf ("%s – %s", pending, mc_form_template_get (texts, "column-12")),
      g_strdup_printf ("%s – %s", pending, mc_form_template_get (texts, "column-13")),
    };

    for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
      {
        if (i > 0)
          g_string_append_c (csv, ',');
        append_field (csv, titles[i]);
        g_free (titles[i]);
      }
    g_string_append (csv, "\r\n");
  }

  for (guint i = 1; i <= 13; i++)
    g_string_append_printf (csv, i == 1 ? "(%u)" : ",(%u)", i);
  g_string_append (csv, "\r\n");

  for (guint i = 0; i < rows->len; i++)
    {
      McReportRow *row = g_ptr_array_index (rows, i);
      g_autofree char *number = g_strdup_printf ("%u", i + 1);

      append_row (csv, number, row->field_name, &row->counts);
    }

  mc_report_06a_get_total (rows, &total);
  append_row (csv, "", mc_form_template_get (texts, "grand-total"), &total);

  return g_string_free (g_steal_pointer (&csv), FALSE);
}

static void
add_counts (JsonBuilder          *builder,
            const McReportCounts *counts)
{
  guint columns[11];

  get_columns (counts, columns);
  json_builder_set_member_name (builder, "columns");
  json_builder_begin_object (builder);
  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    {
      g_autofree char *name = g_strdup_printf ("%u", i + 3);

      json_builder_set_member_name (builder, name);
      json_builder_add_int_value (builder, columns[i]);
    }
  json_builder_end_object (builder);
}

/**
 * mc_report_06a_to_json:
 * @rows: (element-type McReportRow): the report's rows
 * @from: the period's first instant
 * @to: the instant after its last
 *
 * Returns: (transfer full): {"from", "to" (the last day), "rows": [{"field_code",
 *   "field_name", "columns": {"3": …, "13": …}}], "total": {"columns"}}
 */
JsonNode *
mc_report_06a_to_json (GPtrArray *rows,
                       GDateTime *from,
                       GDateTime *to)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(GDateTime) last_day = g_date_time_add_days (to, -1);
  g_autofree char *from_text = g_date_time_format (from, "%Y-%m-%d");
  g_autofree char *to_text = g_date_time_format (last_day, "%Y-%m-%d");
  McReportCounts total;

  g_return_val_if_fail (rows != NULL, NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "from");
  json_builder_add_string_value (builder, from_text);
  json_builder_set_member_name (builder, "to");
  json_builder_add_string_value (builder, to_text);
  json_builder_set_member_name (builder, "rows");
  json_builder_begin_array (builder);
  for (guint i = 0; i < rows->len; i++)
    {
      McReportRow *row = g_ptr_array_index (rows, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "field_code");
      json_builder_add_string_value (builder, row->field_code);
      json_builder_set_member_name (builder, "field_name");
      json_builder_add_string_value (builder, row->field_name);
      add_counts (builder, &row->counts);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  mc_report_06a_get_total (rows, &total);
  json_builder_set_member_name (builder, "total");
  json_builder_begin_object (builder);
  add_counts (builder, &total);
  json_builder_end_object (builder);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

/*
 * OpenDocument
 */

static void
append_text_cell (GString    *xml,
                  const char *text,
                  guint       columns,
                  guint       rows,
                  const char *style)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  g_string_append (xml, "<table:table-cell office:value-type=\"string\"");
  if (style != NULL)
    g_string_append_printf (xml, " table:style-name=\"%s\"", style);
  if (columns > 1)
    g_string_append_printf (xml, " table:number-columns-spanned=\"%u\"", columns);
  if (rows > 1)
    g_string_append_printf (xml, " table:number-rows-spanned=\"%u\"", rows);
  g_string_append_printf (xml, "><text:p>%s</text:p></table:table-cell>", escaped);
  /* The cells a spanned one covers. */
  for (guint i = 1; i < columns; i++)
    g_string_append (xml, "<table:covered-table-cell/>");
}

static void
append_counts_row (GString              *xml,
                   const char           *number,
                   const char           *name,
                   const McReportCounts *counts,
                   gboolean              total)
{
  guint columns[11];

  get_columns (counts, columns);
  g_string_append (xml, "<table:table-row>");
  append_text_cell (xml, number, 1, 1, total ? "bold" : NULL);
  append_text_cell (xml, name, 1, 1, total ? "bold" : NULL);
  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    g_string_append_printf (xml, "<table:table-cell office:value-type=\"float\" "
                            "office:value=\"%u\"%s><text:p>%u</text:p></table:table-cell>",
                            columns[i], total ? " table:style-name=\"bold\"" : "", columns[i]);
  g_string_append (xml, "</table:table-row>\n");
}

/* A row of covered cells under cells spanning rows, and @cells. */
static void
append_covered (GString *xml,
                guint    n)
{
  for (guint i = 0; i < n; i++)
    g_string_append (xml, "<table:covered-table-cell/>");
}

/* A cell of the spreadsheet's heading: a title (NULL for cells covered
 * by one above), the columns and rows it spans. */
typedef struct
{
  const char *key;
  guint       columns;
  guint       rows;
} HeadingCell;

static const HeadingCell heading[][12] = {
  {
    { "column-1", 1, 3 }, { "column-2", 1, 3 }, { "group-received", 4, 1 },
    { "group-resolved", 4, 1 }, { "group-pending", 3, 1 }, { NULL, 0, 0 },
  },
  {
    { NULL, 2, 0 }, { "total", 1, 2 }, { "in-period", 2, 1 }, { "column-6", 1, 2 },
    { "total", 1, 2 }, { "column-8", 1, 2 }, { "column-9", 1, 2 }, { "column-10", 1, 2 },
    { "total", 1, 2 }, { "column-12", 1, 2 }, { "column-13", 1, 2 }, { NULL, 0, 0 },
  },
  {
    { NULL, 3, 0 }, { "column-4", 1, 1 }, { "column-5", 1, 1 }, { NULL, 8, 0 }, { NULL, 0, 0 },
  },
};

/**
 * mc_report_06a_to_fods:
 * @rows: (element-type McReportRow): the report's rows
 * @period: the period's line, such as "Kỳ báo cáo: Từ ngày … đến ngày …"
 * @agency: (nullable): the reporting unit
 * @error: return location for a #GError
 *
 * Writes the report as a flat OpenDocument spreadsheet: its number, title
 * and period above the table, the circular's three-level heading with
 * merged cells, the column numbers, the fields and the total, numbers
 * as numbers.
 *
 * Returns: (transfer full): the XML, or %NULL with @error set when the
 *   titles cannot be read
 */
char *
mc_report_06a_to_fods (GPtrArray   *rows,
                       const char  *period,
                       const char  *agency,
                       GError     **error)
{
  g_autoptr(McFormTemplate) texts = NULL;
  g_autoptr(GString) xml = NULL;
  g_autofree char *reporting = NULL;
  McReportCounts total;

  g_return_val_if_fail (rows != NULL, NULL);
  g_return_val_if_fail (period != NULL, NULL);

  texts = mc_form_template_load ("report-06a", error);
  if (texts == NULL)
    return NULL;

  reporting = mc_form_template_format (texts, "reporting-unit", "agency",
                                       agency != NULL && *agency != '\0' ? agency : "……", NULL);

  xml = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<office:document xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
    "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" "
    "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
    "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
    "xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\" "
    "office:version=\"1.2\" office:mimetype=\"application/vnd.oasis.opendocument.spreadsheet\">\n"
    "<office:automatic-styles>"
    "<style:style style:name=\"bold\" style:family=\"table-cell\">"
    "<style:text-properties fo:font-weight=\"bold\"/></style:style>"
    "<style:style style:name=\"heading\" style:family=\"table-cell\">"
    "<style:table-cell-properties fo:wrap-option=\"wrap\" style:vertical-align=\"middle\"/>"
    "<style:paragraph-properties fo:text-align=\"center\"/>"
    "<style:text-properties fo:font-weight=\"bold\"/></style:style>"
    "</office:automatic-styles>\n"
    "<office:body><office:spreadsheet>\n");
  g_string_append (xml, "<table:table table:name=\"06a\">\n");

  /* Above the table. */
  for (guint i = 0; i < 4; i++)
    {
      const char *lines[] = { mc_form_template_get (texts, "form-number"), reporting,
                              mc_form_template_get (texts, "title"), period };

      g_string_append (xml, "<table:table-row>");
      append_text_cell (xml, lines[i], 13, 1, i >= 2 ? "bold" : NULL);
      g_string_append (xml, "</table:table-row>\n");
    }

  /* The heading: groups over columns (3)–(6), (7)–(10), (11)–(13), and
   * "Trong kỳ" over (4) and (5); a cell spanning rows leaves covered
   * cells under it. */
  for (guint r = 0; r < G_N_ELEMENTS (heading); r++)
    {
      g_string_append (xml, "<table:table-row>");
      for (const HeadingCell *cell = heading[r]; cell->columns > 0; cell++)
        {
          if (cell->key == NULL)
            append_covered (xml, cell->columns);
          else
            append_text_cell (xml, mc_form_template_get (texts, cell->key), cell->columns,
                              cell->rows, "heading");
        }
      g_string_append (xml, "</table:table-row>\n");
    }
  g_string_append (xml, "<table:table-row>");
  for (guint i = 1; i <= 13; i++)
    {
      g_autofree char *number = g_strdup_printf ("(%u)", i);

      append_text_cell (xml, number, 1, 1, "heading");
    }
  g_string_append (xml, "</table:table-row>\n");

  for (guint i = 0; i < rows->len; i++)
    {
      McReportRow *row = g_ptr_array_index (rows, i);
      g_autofree char *number = g_strdup_printf ("%u", i + 1);

      append_counts_row (xml, number, row->field_name, &row->counts, FALSE);
    }
  mc_report_06a_get_total (rows, &total);
  append_counts_row (xml, "", mc_form_template_get (texts, "grand-total"), &total, TRUE);

  g_string_append (xml, "</table:table>\n</office:spreadsheet></office:body>\n</office:document>\n");

  return g_string_free (g_steal_pointer (&xml), FALSE);
}

/**
 * mc_report_06a_format_period:
 * @from: the period's first instant
 * @to: the instant after its last
 * @error: return location for a #GError
 *
 * Returns: (transfer full): "Kỳ báo cáo: Từ ngày 01/10/2026 đến ngày
 *   31/12/2026", or %NULL with @error set
 */
char *
mc_report_06a_format_period (GDateTime  *from,
                             GDateTime  *to,
                             GError    **error)
{
  g_autoptr(McFormTemplate) texts = mc_form_template_load ("report-06a", error);
  g_autoptr(GDateTime) last = NULL;
  g_autoptr(GDateTime) local_from = NULL;
  g_autofree char *first_day = NULL;
  g_autofree char *last_day = NULL;

  if (texts == NULL)
    return NULL;

  local_from = g_date_time_to_timezone (from, mc_working_calendar_get_time_zone ());
  last = g_date_time_add (to, -1);
  {
    g_autoptr(GDateTime) local_last = g_date_time_to_timezone (last, mc_working_calendar_get_time_zone ());

    first_day = g_date_time_format (local_from, "%d/%m/%Y");
    last_day = g_date_time_format (local_last, "%d/%m/%Y");
  }

  return mc_form_template_format (texts, "period", "from", first_day, "to", last_day, NULL);
}
