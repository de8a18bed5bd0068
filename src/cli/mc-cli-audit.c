/* mc-cli-audit.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "motcua-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "mc-audit-query.h"
#include "mc-cli.h"
#include "mc-error.h"

/* motcua-cli audit [--user NAME] [--dossier CODE] [--from DATE] [--to DATE]
 * [--limit N] [--json]: the history of changes, newest first, as the
 * leader's audit view lists it. */

/* The most lines one run prints. */
#define MAX_LIMIT 100000

static gboolean
parse_limit (const char *text,
             guint      *limit)
{
  guint64 value;

  if (text == NULL)
    {
      *limit = MC_AUDIT_QUERY_DEFAULT_LIMIT;
      return TRUE;
    }

  if (!g_ascii_string_to_unsigned (text, 10, 1, MAX_LIMIT, &value, NULL))
    return FALSE;

  *limit = (guint) value;
  return TRUE;
}

int
mc_cli_audit_check (const McCliOptions *options)
{
  guint limit;

  if (options->words->len != 1)
    return mc_cli_usage_error (_("Use “audit [--user NAME] [--dossier CODE] [--from DATE] "
                                 "[--to DATE] [--limit N] [--json]”."));

  if (!parse_limit (mc_cli_get_value (options, "--limit"), &limit))
    return mc_cli_usage_error (_("--limit takes a number of lines from 1 to 100000."));

  return MC_CLI_USAGE_OK;
}

/* The query the options ask for; --user names an account (its user name
 * or full name) or an actor without one, such as motcua-cli. */
static gboolean
get_query (McDatabase          *db,
           const McCliOptions  *options,
           McAuditQuery        *query,
           GError             **error)
{
  const char *user = mc_cli_get_value (options, "--user");

  mc_audit_query_init (query);
  query->dossier_code = mc_cli_get_value (options, "--dossier");
  parse_limit (mc_cli_get_value (options, "--limit"), &query->limit);

  if (!mc_audit_parse_date (mc_cli_get_value (options, "--from"), &query->from, error) ||
      !mc_audit_parse_date (mc_cli_get_value (options, "--to"), &query->to, error) ||
      !mc_audit_query_check_period (query, error))
    return FALSE;

  if (user != NULL)
    {
      if (!mc_audit_query_find_actor (db, user, &query->staff_id, error))
        return FALSE;
      if (query->staff_id == 0)
        query->actor_name = user;
    }

  return TRUE;
}

static char *
format_time (McAuditEntry *entry,
             gboolean      iso)
{
  g_autoptr(GDateTime) time = mc_audit_entry_dup_time (entry);

  return iso ? g_date_time_format_iso8601 (time) : g_date_time_format (time, "%Y-%m-%d %H:%M:%S");
}

static JsonNode *
entry_to_json (McAuditEntry *entry)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *time = format_time (entry, TRUE);
  gboolean step = mc_audit_entry_get_source (entry) == MC_AUDIT_SOURCE_DOSSIER_EVENT;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "source");
  json_builder_add_string_value (builder, step ? "dossier-event" : "audit-entry");
  mc_cli_json_add_int (builder, "id", mc_audit_entry_get_id (entry));
  json_builder_set_member_name (builder, "time");
  json_builder_add_string_value (builder, time);
  json_builder_set_member_name (builder, "actor");
  json_builder_add_string_value (builder, mc_audit_entry_get_actor_name (entry));
  json_builder_set_member_name (builder, "actor_id");
  if (mc_audit_entry_get_actor_id (entry) > 0)
    json_builder_add_int_value (builder, mc_audit_entry_get_actor_id (entry));
  else
    json_builder_add_null_value (builder);
  json_builder_set_member_name (builder, "workstation");
  json_builder_add_string_value (builder, mc_audit_entry_get_workstation (entry));
  if (step)
    mc_cli_json_add_int (builder, "action", mc_audit_entry_get_action (entry));
  else
    {
      json_builder_set_member_name (builder, "kind");
      json_builder_add_string_value (builder, mc_audit_entry_get_kind (entry));
    }
  json_builder_set_member_name (builder, "label");
  json_builder_add_string_value (builder, mc_audit_entry_get_label (entry));
  json_builder_set_member_name (builder, "subject");
  json_builder_add_string_value (builder, mc_audit_entry_get_subject (entry));
  json_builder_set_member_name (builder, "dossier");
  if (mc_audit_entry_get_dossier_code (entry) != NULL)
    json_builder_add_string_value (builder, mc_audit_entry_get_dossier_code (entry));
  else
    json_builder_add_null_value (builder);
  json_builder_set_member_name (builder, "note");
  json_builder_add_string_value (builder, mc_audit_entry_get_note (entry));
  json_builder_set_member_name (builder, "entered_late");
  json_builder_add_boolean_value (builder, mc_audit_entry_get_entered_late (entry));
  json_builder_set_member_name (builder, "details");
  /* Written as valid JSON (a CHECK of both tables). */
  if (json_parser_load_from_data (parser, mc_audit_entry_get_details (entry), -1, NULL) &&
      json_parser_get_root (parser) != NULL)
    json_builder_add_value (builder, json_node_copy (json_parser_get_root (parser)));
  else
    json_builder_add_null_value (builder);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

static void
print_entry (McAuditEntry *entry)
{
  g_autofree char *time = format_time (entry, FALSE);
  const char *note = mc_audit_entry_get_note (entry);

  /* Tab-separated: time, actor, workstation, what, on what, note. */
  printf ("%s\t%s\t%s\t%s\t%s\t%s\n", time, mc_audit_entry_get_actor_name (entry),
          mc_audit_entry_get_workstation (entry), mc_audit_entry_get_label (entry),
          mc_audit_entry_get_subject (entry), note);
}

int
mc_cli_audit_run (McDatabase         *db,
                  const McCliOptions *options)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  McAuditQuery query;

  if (!get_query (db, options, &query, &error) ||
      (entries = mc_audit_query_run (db, &query, &error)) == NULL)
    return mc_cli_input_error (error);

  if (options->json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;

      json_builder_begin_array (builder);
      for (guint i = 0; i < entries->len; i++)
        json_builder_add_value (builder, entry_to_json (g_ptr_array_index (entries, i)));
      json_builder_end_array (builder);
      root = json_builder_get_root (builder);
      mc_cli_print_json (root);
      return MC_CLI_EXIT_OK;
    }

  if (entries->len == 0)
    printf ("%s\n", _("No change matches."));
  for (guint i = 0; i < entries->len; i++)
    print_entry (g_ptr_array_index (entries, i));

  return MC_CLI_EXIT_OK;
}
