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
#include "mc-working-calendar.h"
#include "mc-error.h"

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
             "             [--leader-title TEXT] [--leader-name NAME] [--report-receiver NAME]\n"
             "             [--evaluation-thresholds 15,12,9,6]\n"
             "  motcua-cli [--database PATH] print (slip | supplement | refusal | apology | control) CODE\n"
             "             (-o | --output) FILE.pdf\n"
             "  motcua-cli [--database PATH] print register --from YYYY-MM-DD --to YYYY-MM-DD\n"
             "             (-o | --output) FILE.pdf\n"
             "  motcua-cli [--database PATH] print catalogue (-o | --output) FILE.pdf\n"
             "  motcua-cli [--database PATH] stats --from YYYY-MM-DD --to YYYY-MM-DD [--json]\n"
             "             [--field CODE] [--procedure CODE] [--officer USER]\n"
             "             [--channel direct|online|postal]\n"
             "  motcua-cli [--database PATH] audit [--user NAME] [--dossier CODE]\n"
             "             [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--limit N] [--json]\n"
             "  motcua-cli [--database PATH] report 06a --from YYYY-MM-DD --to YYYY-MM-DD\n"
             "             [--format csv|fods|json|pdf] [(-o | --output) FILE] [filters of stats]\n"
             "  motcua-cli [--database PATH] report evaluation --from YYYY-MM-DD --to YYYY-MM-DD\n"
             "             (-o | --output) FILE.pdf\n"
             "  motcua-cli [--database PATH] sync setup [--url URL] [--dstcode CODE]\n"
             "             [--madonvi CODE] [--username NAME]\n"
             "  motcua-cli [--database PATH] sync [--once] [--password-file FILE] [--json]\n"
             "  motcua-cli [--database PATH] sync status [--json]\n"
             "  motcua-cli [--database PATH] backup [(-o | --output) FILE] [--json]\n"
             "  motcua-cli [--database PATH] backup list [--json]\n"
             "  motcua-cli [--database PATH] backup folder [FOLDER]\n"
             "  motcua-cli [--database PATH] restore FILE [--json]\n"
             "\n"
             "The default database is the one the application uses.\n"
             "\n"
             "ACTION is one of accept, hand-over, acknowledge, send-back, request-supplement,\n"
             "receive-supplement, request-payment, record-payment, refuse, stop, withdraw,\n"
             "processed, return, apologize (with --due) and evaluate. The dossier commands act\n"
             "as the local administrator: their events name the actor “motcua-cli” and this\n"
             "workstation. --at enters a step from the paper register after the fact; such\n"
             "steps are marked as entered late. Dossier codes need the commune’s agency code:\n"
             "set it with “office set --agency-code CODE”. The portal’s password comes from\n"
             "--password-file, then $MOTCUA_PORTAL_PASSWORD, then the keyring; “sync” without\n"
             "--once runs until interrupted. “backup” writes a checked copy of the database\n"
             "into the backup folder (“backups” beside the database until one is chosen with\n"
             "“backup folder”) and keeps 7 daily, 4 weekly and 12 monthly backups; with -o it\n"
             "writes only FILE. “restore” keeps a copy of the database as it was beside it."));
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

/**
 * mc_cli_json_add_int:
 * @builder: a builder inside an object
 * @name: the member's name
 * @value: its value
 */
void
mc_cli_json_add_int (JsonBuilder *builder,
                     const char  *name,
                     gint64       value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_int_value (builder, value);
}

/* The names of McChannel on the command line, from 1. */
static const char * const channel_names[] = { NULL, "direct", "online", "postal" };

/**
 * mc_cli_parse_channel:
 * @text: "direct", "online" or "postal"
 * @channel: (out): the #McChannel it names
 *
 * Returns: whether @text names a channel
 */
gboolean
mc_cli_parse_channel (const char *text,
                      int        *channel)
{
  for (guint i = 1; i < G_N_ELEMENTS (channel_names); i++)
    if (g_strcmp0 (text, channel_names[i]) == 0)
      {
        *channel = i;
        return TRUE;
      }

  return FALSE;
}

/**
 * mc_cli_channel_name:
 * @channel: a #McChannel
 *
 * Returns: its name on the command line, or "" if it is none
 */
const char *
mc_cli_channel_name (int channel)
{
  return channel >= 1 && channel < (int) G_N_ELEMENTS (channel_names) ? channel_names[channel] : "";
}

/* Midnight at the start of @text, "YYYY-MM-DD", in the office's time
 * zone, plus @days; NULL if @text is not a real date. */
static GDateTime *
parse_day (const char *text,
           int         days)
{
  g_autoptr(GDateTime) day = NULL;
  guint year, month, date;
  char end;

  if (text == NULL || sscanf (text, "%4u-%2u-%2u%c", &year, &month, &date, &end) != 3 ||
      !g_date_valid_dmy (date, month, year))
    return NULL;

  day = g_date_time_new (mc_working_calendar_get_time_zone (), year, month, date, 0, 0, 0);
  return day != NULL ? g_date_time_add_days (day, days) : NULL;
}

/**
 * mc_cli_get_period:
 * @options: the command line
 * @from: (out) (transfer full): midnight at the start of --from
 * @to: (out) (transfer full): midnight after --to: both days are whole
 * @error: return location for a #GError
 *
 * Returns: %TRUE if --from and --to are real dates, in order
 */
gboolean
mc_cli_get_period (const McCliOptions  *options,
                   GDateTime          **from,
                   GDateTime          **to,
                   GError             **error)
{
  g_autoptr(GDateTime) first = parse_day (mc_cli_get_value (options, "--from"), 0);
  g_autoptr(GDateTime) after = parse_day (mc_cli_get_value (options, "--to"), 1);

  if (first == NULL || after == NULL)
    {
      g_set_error_literal (error, MC_ERROR, MC_ERROR_INVALID,
                           _("--from and --to take a real date: YYYY-MM-DD."));
      return FALSE;
    }
  if (g_date_time_compare (first, after) >= 0)
    {
      g_set_error_literal (error, MC_ERROR, MC_ERROR_INVALID,
                           _("The period ends before it starts: --to is before --from."));
      return FALSE;
    }

  *from = g_steal_pointer (&first);
  *to = g_steal_pointer (&after);
  return TRUE;
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
