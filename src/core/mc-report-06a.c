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

/* Report 06a of Thông tư 01/2020/TT-VPCP, "Tình hình, kết quả giải
 * quyết TTHC tại cơ quan, đơn vị trực tiếp giải quyết TTHC": one row per
 * field of procedures and a total, thirteen numbered columns. Here as
 * CSV, for any spreadsheet, and as JSON, for other programs. The column
 * titles are the circular's, from forms/report-06a.json. */

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
