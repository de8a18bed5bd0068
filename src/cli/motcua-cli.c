/* motcua-cli.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "motcua-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "mc-audit.h"
#include "mc-cli.h"
#include "mc-context.h"
#include "mc-form-template.h"

/* The command-line companion of the app, over the same core library (as
 * sysprof-cli is to Sysprof): exit 0 on success, 1 with a message for bad
 * input, 2 for bad usage. */

typedef struct
{
  const char *name;
  int       (*check) (const McCliOptions *options);
  int       (*run)   (McDatabase         *db,
                      const McCliOptions *options);
  /* Run with no database opened (db NULL): a restore must work on a
   * database that cannot be opened. */
  gboolean    unopened;
} Command;

static const Command commands[] = {
  { "catalogue", mc_cli_catalogue_check, mc_cli_catalogue_run },
  { "deadline", mc_cli_deadline_check, mc_cli_deadline_run },
  { "calendar", mc_cli_calendar_check, mc_cli_calendar_run },
  { "audit", mc_cli_audit_check, mc_cli_audit_run },
  { "dossier", mc_cli_dossier_check, mc_cli_dossier_run },
  { "office", mc_cli_office_check, mc_cli_office_run },
  { "print", mc_cli_print_check, mc_cli_print_run },
  { "report", mc_cli_report_check, mc_cli_report_run },
  { "stats", mc_cli_stats_check, mc_cli_stats_run },
  { "sync", mc_cli_sync_check, mc_cli_sync_run },
  { "backup", mc_cli_backup_check, mc_cli_backup_run },
  { "restore", mc_cli_restore_check, mc_cli_restore_run, TRUE },
};

/* Options that take a value, as "--name VALUE" or "--name=VALUE". */
static const char * const value_options[] = {
  "--database", "--procedure", "--days", "--hours", "--received",
  "--applicant", "--id-number", "--phone", "--channel", "--at", "--status", "--reason", "--to",
  "--due", "--agency-code", "--agency-name", "--place", "--workstation", "--range",
  "--output", "--refuse", "--from", "--counter-name", "--counter-phone", "--leader-capacity",
  "--leader-title", "--leader-name", "--format", "--field", "--officer",
  "--report-receiver", "--evaluation-thresholds", "--url", "--dstcode", "--madonvi",
  "--username", "--password-file",
  "--user", "--dossier", "--limit",
};

/* Short forms of value options. */
static const struct {
  const char *short_name;
  const char *name;
} short_options[] = {
  { "-o", "--output" },
};

/* Options without a value, kept in the same table with a dummy value. */
static const char * const flag_options[] = {
  "--overdue", "--once",
};

static const char *
find_value_option (const char *arg)
{
  for (guint i = 0; i < G_N_ELEMENTS (value_options); i++)
    {
      gsize len = strlen (value_options[i]);

      if (strncmp (arg, value_options[i], len) == 0 && (arg[len] == '\0' || arg[len] == '='))
        return value_options[i];
    }

  return NULL;
}

/* Short options take their value as the next argument only. */
static const char *
find_short_option (const char *arg)
{
  for (guint i = 0; i < G_N_ELEMENTS (short_options); i++)
    if (g_str_equal (arg, short_options[i].short_name))
      return short_options[i].name;

  return NULL;
}

static const char *
find_flag_option (const char *arg)
{
  for (guint i = 0; i < G_N_ELEMENTS (flag_options); i++)
    if (g_str_equal (arg, flag_options[i]))
      return flag_options[i];

  return NULL;
}

static gboolean
parse_options (int           argc,
               char        **argv,
               McCliOptions *options,
               int          *exit_code)
{
  for (int i = 1; i < argc; i++)
    {
      const char *arg = argv[i];
      const char *name;

      if (g_str_equal (arg, "--help") || g_str_equal (arg, "-h"))
        {
          mc_cli_print_usage (stdout);
          *exit_code = MC_CLI_EXIT_OK;
          return FALSE;
        }
      else if (g_str_equal (arg, "--version"))
        {
          printf ("motcua-cli %s\n", PACKAGE_VERSION);
          *exit_code = MC_CLI_EXIT_OK;
          return FALSE;
        }
      else if (g_str_equal (arg, "--json"))
        {
          options->json = TRUE;
        }
      else if ((name = find_flag_option (arg)) != NULL)
        {
          g_hash_table_insert (options->values, (char *) name, (char *) "1");
        }
      else if ((name = find_short_option (arg)) != NULL)
        {
          if (i + 1 >= argc)
            {
              g_autofree char *message = g_strdup_printf (_("%s needs a value."), arg);
              *exit_code = mc_cli_usage_error (message);
              return FALSE;
            }

          g_hash_table_insert (options->values, (char *) name, argv[++i]);
        }
      else if ((name = find_value_option (arg)) != NULL)
        {
          const char *value;

          if (arg[strlen (name)] == '=')
            {
              value = arg + strlen (name) + 1;
            }
          else if (i + 1 < argc)
            {
              value = argv[++i];
            }
          else
            {
              g_autofree char *message = g_strdup_printf (_("%s needs a value."), name);
              *exit_code = mc_cli_usage_error (message);
              return FALSE;
            }

          g_hash_table_insert (options->values, (char *) name, (char *) value);
        }
      else if (g_str_equal (arg, "--"))
        {
          for (i++; i < argc; i++)
            g_ptr_array_add (options->words, argv[i]);
        }
      else if (arg[0] == '-' && arg[1] != '\0')
        {
          g_autofree char *message = g_strdup_printf (_("Unknown option “%s”."), arg);
          *exit_code = mc_cli_usage_error (message);
          return FALSE;
        }
      else
        {
          g_ptr_array_add (options->words, (char *) arg);
        }
    }

  options->database = mc_cli_get_value (options, "--database");

  return TRUE;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GPtrArray) words = g_ptr_array_new ();
  g_autoptr(GHashTable) values = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(McDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *default_path = NULL;
  g_autofree char *forms_dir = mc_form_template_dup_user_dir ();
  McCliOptions options = { NULL, FALSE, words, values };
  const Command *command = NULL;
  int exit_code = MC_CLI_EXIT_OK;
  int usage;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  /* The same forms as the application's, with the office's own texts. */
  mc_form_template_set_user_dir (forms_dir);

  if (!parse_options (argc, argv, &options, &exit_code))
    return exit_code;

  if (words->len == 0)
    return mc_cli_usage_error (_("No command given."));

  /* "motcua-cli search …" is short for "motcua-cli catalogue search …". */
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_str_equal (g_ptr_array_index (words, 0), commands[i].name))
      command = &commands[i];
  if (command == NULL)
    {
      g_ptr_array_insert (words, 0, (char *) "catalogue");
      command = &commands[0];
    }

  /* Bad usage is reported before a database is opened, or created. */
  usage = command->check (&options);
  if (usage != MC_CLI_USAGE_OK)
    return usage;

  if (options.database == NULL)
    options.database = default_path = mc_context_dup_default_path (FALSE);

  if (command->unopened)
    return command->run (NULL, &options);

  db = mc_database_open (options.database, &error);
  if (db == NULL)
    return mc_cli_input_error (error);

  /* The changes a command makes besides dossiers' steps are in the audit
   * trail as motcua-cli's, on this workstation, like its steps. */
  {
    const McActor cli = { 0, MC_CLI_ACTOR_NAME, "", MC_STAFF_ROLE_ADMINISTRATOR, NULL };

    mc_audit_set_signed_in (db, &cli);
  }

  return command->run (db, &options);
}
