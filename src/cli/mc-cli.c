/* mc-cli.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "motcua-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "mc-cli.h"

void
mc_cli_print_usage (FILE *stream)
{
  fprintf (stream, "%s\n",
           _("Usage:\n"
             "  motcua-cli [--database PATH] catalogue import FILE\n"
             "  motcua-cli [--database PATH] catalogue search TEXT [--json]\n"
             "  motcua-cli [--database PATH] catalogue show CODE [--json]\n"
             "  motcua-cli [--database PATH] deadline (--procedure CODE | --days N | --hours N)\n"
             "             --received \"YYYY-MM-DD HH:MM\" [--json]\n"
             "  motcua-cli [--database PATH] calendar show YEAR [--json]\n"
             "  motcua-cli [--database PATH] dossier receive --procedure CODE --applicant NAME\n"
             "             [--id-number N] [--phone N] [--channel direct|online|postal]\n"
             "             [--at \"YYYY-MM-DD HH:MM\"] [--refuse REASON] [--json]\n"
             "  motcua-cli [--database PATH] dossier show CODE [--json]\n"
             "  motcua-cli [--database PATH] dossier list [--status 1-10] [--overdue] [--json]\n"
             "  motcua-cli [--database PATH] dossier transition CODE ACTION [--at \"YYYY-MM-DD HH:MM\"]\n"
             "             [--reason TEXT] [--to USER] [--due \"YYYY-MM-DD HH:MM\"] [--json]\n"
             "  motcua-cli [--database PATH] office set [--agency-code CODE] [--agency-name NAME]\n"
             "             [--place NAME] [--workstation NAME] [--range FIRST-LAST]\n"
             "             [--counter-name NAME] [--counter-phone N] [--leader-capacity TEXT]\n"
             "             [--leader-title TEXT] [--leader-name NAME]\n"
             "  motcua-cli [--database PATH] print (slip | supplement | refusal | apology | control) CODE\n"
             "             (-o | --output) FILE.pdf\n"
             "  motcua-cli [--database PATH] print register --from YYYY-MM-DD --to YYYY-MM-DD\n"
             "             (-o | --output) FILE.pdf\n"
             "  motcua-cli [--database PATH] print catalogue (-o | --output) FILE.pdf\n"
             "\n"
             "The default database is the one the application uses.\n"
             "\n"
             "ACTION is one of accept, hand-over, acknowledge, send-back, request-supplement,\n"
             "receive-supplement, request-payment, record-payment, refuse, stop, withdraw,\n"
             "processed, return, apologize (with --due) and evaluate. The dossier commands act\n"
             "as the local administrator: their events name the actor “motcua-cli” and this\n"
             "workstation. --at enters a step from the paper register after the fact; such\n"
             "steps are marked as entered late. Dossier codes need the commune’s agency code:\n"
             "set it with “office set --agency-code CODE”."));
}

int
mc_cli_usage_error (const char *message)
{
  fprintf (stderr, "motcua-cli: %s\n", message);
  mc_cli_print_usage (stderr);
  return MC_CLI_EXIT_USAGE;
}

int
mc_cli_input_error (const GError *error)
{
  fprintf (stderr, "motcua-cli: %s\n", error->message);
  return MC_CLI_EXIT_BAD_INPUT;
}

void
mc_cli_print_json (JsonNode *node)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *text = NULL;

  json_generator_set_pretty (generator, TRUE);
  json_generator_set_root (generator, node);
  text = json_generator_to_data (generator, NULL);
  printf ("%s\n", text);
}

char *
mc_cli_dup_today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}


/**
 * mc_cli_get_value:
 * @options: the parsed command line
 * @name: an option that takes a value, e.g. "--days"
 *
 * Returns: (nullable): its value, or %NULL when not given
 */
const char *
mc_cli_get_value (const McCliOptions *options,
                  const char         *name)
{
  return g_hash_table_lookup (options->values, name);
}

/* The dossier commands act as the local administrator: their events name
 * the actor "motcua-cli" and this workstation. */
gboolean
mc_cli_init_actor (McDatabase  *db,
                   McActor     *actor,
                   char       **workstation,
                   GError     **error)
{
  if (!mc_dossier_store_get_workstation (db, workstation, NULL, error))
    return FALSE;

  actor->staff_id = 0;
  actor->name = MC_CLI_ACTOR_NAME;
  actor->title = "";
  actor->role = MC_STAFF_ROLE_ADMINISTRATOR;
  actor->workstation = *workstation;
  return TRUE;
}
