/* mc-cli-report.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "motcua-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "mc-cli.h"
#include "mc-document-store.h"
#include "mc-error.h"
#include "mc-office-identity.h"
#include "mc-report-06a.h"
#include "mc-stats-store.h"
#include "mc-working-calendar.h"

/* motcua-cli stats --from DATE --to DATE and motcua-cli report 06a
 * --from DATE --to DATE: the leader's figures and the quarterly report,
 * from the same SQL as the application's (mc-stats-store.c). Both take
 * the filters --field CODE, --procedure CODE, --officer USER and
 * --channel direct|online|postal. */

static gboolean
has_period (const McCliOptions *options)
{
  return mc_cli_get_value (options, "--from") != NULL && mc_cli_get_value (options, "--to") != NULL;
}

/* The channel of --channel; 0, any, when not given. */
static gboolean
parse_channel (const char *text,
               int        *channel)
{
  *channel = 0;
  return text == NULL || mc_cli_parse_channel (text, channel);
}

static int
check_filters (const McCliOptions *options)
{
  int channel;

  if (!parse_channel (mc_cli_get_value (options, "--channel"), &channel))
    return mc_cli_usage_error (_("--channel is one of direct, online and postal."));

  return MC_CLI_USAGE_OK;
}

int
mc_cli_stats_check (const McCliOptions *options)
{
  if (options->words->len != 1 || !has_period (options))
    return mc_cli_usage_error (_("Use “stats --from YYYY-MM-DD --to YYYY-MM-DD [--json]”."));

  return check_filters (options);
}

int
mc_cli_report_check (const McCliOptions *options)
{
  const char *format = mc_cli_get_value (options, "--format");

  const char *report = options->words->len == 2 ? g_ptr_array_index (options->words, 1) : NULL;

  if (g_strcmp0 (report, "evaluation") == 0)
    {
      if (!has_period (options) || mc_cli_get_value (options, "--output") == NULL)
        return mc_cli_usage_error (_("Use “report evaluation --from YYYY-MM-DD --to YYYY-MM-DD "
                                     "-o FILE.pdf”."));
      return MC_CLI_USAGE_OK;
    }

  if (g_strcmp0 (report, "06a") != 0 || !has_period (options))
    return mc_cli_usage_error (_("Use “report 06a --from YYYY-MM-DD --to YYYY-MM-DD "
                                 "[--format csv|fods|json|pdf] [-o FILE]”."));

  if (format != NULL && !g_str_equal (format, "csv") && !g_str_equal (format, "json") &&
      !g_str_equal (format, "pdf") && !g_str_equal (format, "fods"))
    return mc_cli_usage_error (_("--format is csv, fods, json or pdf."));

  if (g_strcmp0 (format, "pdf") == 0 && mc_cli_get_value (options, "--output") == NULL)
    return mc_cli_usage_error (_("A PDF report needs an output file: -o FILE.pdf."));

  return check_filters (options);
}

/* The filter of the command line; the officer is looked up by user name. */
static gboolean
get_filter (McDatabase          *db,
            const McCliOptions  *options,
            McStatsFilter       *filter,
            GError             **error)
{
  const char *officer = mc_cli_get_value (options, "--officer");

  filter->field_code = mc_cli_get_value (options, "--field");
  filter->procedure_code = mc_cli_get_value (options, "--procedure");
  parse_channel (mc_cli_get_value (options, "--channel"), &filter->channel);
  filter->officer_id = 0;
  if (officer != NULL && (filter->officer_id = mc_dossier_store_find_staff (db, officer, error)) == 0)
    return FALSE;

  return TRUE;
}

static void
add_double (JsonBuilder *builder,
            const char  *name,
            double       value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_double_value (builder, value);
}

static JsonNode *
stats_to_json (const McDossierStats *stats)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  const McReportCounts *counts = &stats->counts;
  double satisfaction = mc_dossier_stats_get_satisfaction (stats);

  json_builder_begin_object (builder);
  mc_cli_json_add_int (builder, "received", mc_report_counts_get_received (counts));
  mc_cli_json_add_int (builder, "received_online", counts->received_online);
  mc_cli_json_add_int (builder, "received_direct", counts->received_direct);
  mc_cli_json_add_int (builder, "carried_over", counts->carried_over);
  mc_cli_json_add_int (builder, "resolved", mc_report_counts_get_resolved (counts));
  mc_cli_json_add_int (builder, "resolved_early", counts->resolved_early);
  mc_cli_json_add_int (builder, "resolved_on_time", counts->resolved_on_time);
  mc_cli_json_add_int (builder, "resolved_late", counts->resolved_late);
  mc_cli_json_add_int (builder, "pending", mc_report_counts_get_pending (counts));
  mc_cli_json_add_int (builder, "pending_in_time", counts->pending_in_time);
  mc_cli_json_add_int (builder, "pending_overdue", counts->pending_overdue);
  add_double (builder, "online_share", mc_dossier_stats_get_online_share (stats));
  add_double (builder, "average_days", stats->average_days);
  mc_cli_json_add_int (builder, "due_soon", stats->due_soon);
  mc_cli_json_add_int (builder, "apologies_given", stats->apologies_given);
  mc_cli_json_add_int (builder, "apologies_owed", stats->apologies_owed);
  mc_cli_json_add_int (builder, "repeated_supplements", stats->repeated_supplements);
  mc_cli_json_add_int (builder, "evaluations", stats->evaluations);
  json_builder_set_member_name (builder, "index_averages");
  json_builder_begin_array (builder);
  for (guint i = 0; i < MC_EVALUATION_N_INDICES; i++)
    json_builder_add_double_value (builder, stats->index_averages[i]);
  json_builder_end_array (builder);
  add_double (builder, "evaluation_total", mc_dossier_stats_get_evaluation_total (stats));
  mc_cli_json_add_int (builder, "dissatisfied", stats->dissatisfied);
  json_builder_set_member_name (builder, "satisfaction");
  if (satisfaction < 0)
    json_builder_add_null_value (builder);
  else
    json_builder_add_double_value (builder, satisfaction);
  add_double (builder, "sync_coverage", mc_dossier_stats_get_sync_coverage (stats));
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

static void
print_stats (const McDossierStats *stats)
{
  const McReportCounts *counts = &stats->counts;
  double satisfaction = mc_dossier_stats_get_satisfaction (stats);

  /* Translators: the figures of "motcua-cli stats", one per line */
  printf (_("Received: %u (online %u, in person or by post %u, carried over %u)\n"),
          mc_report_counts_get_received (counts), counts->received_online,
          counts->received_direct, counts->carried_over);
  printf (_("Resolved: %u (early %u, on time %u, late %u)\n"),
          mc_report_counts_get_resolved (counts), counts->resolved_early,
          counts->resolved_on_time, counts->resolved_late);
  printf (_("In progress: %u (within the deadline %u, overdue %u)\n"),
          mc_report_counts_get_pending (counts), counts->pending_in_time, counts->pending_overdue);
  printf (_("Online share: %.1f%%\n"), mc_dossier_stats_get_online_share (stats) * 100);
  printf (_("Average processing time: %.1f days\n"), stats->average_days);
  printf (_("Due within one working day: %u\n"), stats->due_soon);
  printf (_("Apology letters: %u given, %u owed\n"), stats->apologies_given, stats->apologies_owed);
  printf (_("Asked to supplement more than once: %u\n"), stats->repeated_supplements);
  printf (_("Evaluations: %u, total %.2f of 18, %u dissatisfied\n"), stats->evaluations,
          mc_dossier_stats_get_evaluation_total (stats), stats->dissatisfied);
  if (satisfaction >= 0)
    printf (_("Satisfaction (QĐ 766): %.1f%%\n"), satisfaction * 100);
  printf (_("Synchronised with the portal: %.1f%%\n"),
          mc_dossier_stats_get_sync_coverage (stats) * 100);
}

int
mc_cli_stats_run (McDatabase         *db,
                  const McCliOptions *options)
{
  g_autoptr(GDateTime) from = NULL;
  g_autoptr(GDateTime) to = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now (mc_working_calendar_get_time_zone ());
  g_autofree McDossierStats *stats = NULL;
  g_autoptr(GError) error = NULL;
  McStatsFilter filter;

  if (!mc_cli_get_period (options, &from, &to, &error) ||
      !get_filter (db, options, &filter, &error) ||
      (stats = mc_stats_store_load (db, from, to, now, &filter, &error)) == NULL)
    return mc_cli_input_error (error);

  if (options->json)
    {
      g_autoptr(JsonNode) node = stats_to_json (stats);

      mc_cli_print_json (node);
    }
  else
    print_stats (stats);

  return MC_CLI_EXIT_OK;
}

/* The summary of the period's evaluations, as PDF. */
static int
run_evaluation (McDatabase         *db,
                const McCliOptions *options)
{
  g_autoptr(GDateTime) from = NULL;
  g_autoptr(GDateTime) to = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now (mc_working_calendar_get_time_zone ());
  g_autoptr(McDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  GBytes *pdf;

  if (!mc_cli_get_period (options, &from, &to, &error) ||
      (document = mc_document_store_render_evaluation_summary (db, from, to, now, &error)) == NULL)
    return mc_cli_input_error (error);

  pdf = mc_document_get_pdf (document);
  if (!g_file_set_contents_full (mc_cli_get_value (options, "--output"), g_bytes_get_data (pdf, NULL),
                                 g_bytes_get_size (pdf), G_FILE_SET_CONTENTS_CONSISTENT,
                                 MC_CLI_FILE_MODE, &error))
    return mc_cli_input_error (error);

  return MC_CLI_EXIT_OK;
}

int
mc_cli_report_run (McDatabase         *db,
                   const McCliOptions *options)
{
  const char *format = mc_cli_get_value (options, "--format");
  const char *output = mc_cli_get_value (options, "--output");
  g_autoptr(GDateTime) from = NULL;
  g_autoptr(GDateTime) to = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now (mc_working_calendar_get_time_zone ());
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  McStatsFilter filter;

  if (g_str_equal (g_ptr_array_index (options->words, 1), "evaluation"))
    return run_evaluation (db, options);

  if (!mc_cli_get_period (options, &from, &to, &error) ||
      !get_filter (db, options, &filter, &error) ||
      (rows = mc_stats_store_load_report (db, from, to, now, &filter, &error)) == NULL)
    return mc_cli_input_error (error);

  if (g_strcmp0 (format, "pdf") == 0)
    {
      g_autoptr(McOfficeIdentity) office = mc_dossier_store_get_office_identity (db, &error);
      g_autoptr(GBytes) pdf = NULL;

      if (office == NULL ||
          (pdf = mc_report_06a_render_pdf (rows, from, to, office, office->report_receiver, now,
                                           &error)) == NULL ||
          !g_file_set_contents_full (output, g_bytes_get_data (pdf, NULL), g_bytes_get_size (pdf),
                                 G_FILE_SET_CONTENTS_CONSISTENT, MC_CLI_FILE_MODE, &error))
        return mc_cli_input_error (error);

      return MC_CLI_EXIT_OK;
    }

  if (g_strcmp0 (format, "fods") == 0)
    {
      g_autoptr(McOfficeIdentity) office = mc_dossier_store_get_office_identity (db, &error);
      g_autofree char *period = NULL;

      if (office == NULL)
        return mc_cli_input_error (error);
      period = mc_report_06a_format_period (from, to, &error);
      if (period == NULL ||
          (text = mc_report_06a_to_fods (rows, period, office->agency_name, &error)) == NULL)
        return mc_cli_input_error (error);
    }
  else if (g_strcmp0 (format, "json") == 0)
    {
      g_autoptr(JsonGenerator) generator = json_generator_new ();
      g_autoptr(JsonNode) root = mc_report_06a_to_json (rows, from, to);

      json_generator_set_pretty (generator, TRUE);
      json_generator_set_root (generator, root);
      text = json_generator_to_data (generator, NULL);
    }
  else if ((text = mc_report_06a_to_csv (rows, &error)) == NULL)
    return mc_cli_input_error (error);

  if (output == NULL)
    fputs (text, stdout);
  else if (!g_file_set_contents_full (output, text, -1,
                                 G_FILE_SET_CONTENTS_CONSISTENT, MC_CLI_FILE_MODE, &error))
    return mc_cli_input_error (error);

  return MC_CLI_EXIT_OK;
}
