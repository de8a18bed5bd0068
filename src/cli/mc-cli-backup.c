/* mc-cli-backup.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "mc-audit.h"
#include "mc-backup.h"
#include "mc-backup-store.h"
#include "mc-cli.h"

/* motcua-cli backup and restore: the same checked backups as the
 * application's daily one (mc-backup.c), into the folder of the office's
 * settings with the rotation, or into one file with -o; a restore keeps
 * a copy of the database as it was. Both are written in the audit trail
 * in the name of motcua-cli. The database is only read by a backup, but
 * for that line, and left as it was when a backup or a restore fails. */

/* The actor of the audit trail: motcua-cli, on this workstation as the
 * settings name it. */
static const McActor cli_actor = {
  0, MC_CLI_ACTOR_NAME, "", MC_STAFF_ROLE_ADMINISTRATOR, NULL
};

static void
record (const char         *database_path,
        const char         *kind,
        const McBackupInfo *info,
        const char         *kept_copy)
{
  g_autoptr(GError) error = NULL;

  /* The backup, or the restore, is done all the same. */
  if (!mc_backup_record (database_path, &cli_actor, kind, info, kept_copy, &error))
    fprintf (stderr, "motcua-cli: %s\n", error->message);
}

int
mc_cli_backup_check (const McCliOptions *options)
{
  GPtrArray *words = options->words;
  const char *sub = words->len >= 2 ? g_ptr_array_index (words, 1) : NULL;
  gboolean ok;

  if (sub == NULL)
    ok = TRUE;
  else if (g_str_equal (sub, "list"))
    ok = words->len == 2;
  else if (g_str_equal (sub, "folder"))
    ok = words->len <= 3;
  else
    ok = FALSE;

  if (!ok || (sub != NULL && mc_cli_get_value (options, "--output") != NULL))
    return mc_cli_usage_error (_("Use “backup [(-o | --output) FILE] [--json]”, "
                                 "“backup list [--json]” or “backup folder [FOLDER]”."));
  return MC_CLI_USAGE_OK;
}

int
mc_cli_restore_check (const McCliOptions *options)
{
  if (options->words->len != 2)
    return mc_cli_usage_error (_("Use “restore FILE [--json]”."));
  return MC_CLI_USAGE_OK;
}

static JsonNode *
info_to_json (const McBackupInfo *info,
              const char         *kept_copy)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autofree char *taken_at = g_date_time_format_iso8601 (info->taken_at);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "path");
  json_builder_add_string_value (builder, info->path);
  json_builder_set_member_name (builder, "taken_at");
  json_builder_add_string_value (builder, taken_at);
  if (info->n_dossiers >= 0)
    mc_cli_json_add_int (builder, "dossiers", info->n_dossiers);
  if (kept_copy != NULL)
    {
      json_builder_set_member_name (builder, "kept_copy");
      json_builder_add_string_value (builder, kept_copy);
    }
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

static char *
format_time (GDateTime *time)
{
  return g_date_time_format (time, "%Y-%m-%d %H:%M:%S");
}

static int
run_folder (McDatabase         *db,
            const McCliOptions *options)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = NULL;

  if (options->words->len == 3)
    {
      g_autofree char *chosen = NULL;
      const char *given = g_ptr_array_index (options->words, 2);

      /* "" goes back to the default folder. */
      chosen = *given != '\0' ? g_canonicalize_filename (given, NULL) : g_strdup ("");
      if (!mc_backup_store_set_folder (db, chosen, &error))
        return mc_cli_input_error (error);
    }

  folder = mc_backup_store_dup_effective_folder (db, &error);
  if (folder == NULL)
    return mc_cli_input_error (error);

  printf ("%s\n", folder);
  return MC_CLI_EXIT_OK;
}

static int
run_list (McDatabase         *db,
          const McCliOptions *options)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = mc_backup_store_dup_effective_folder (db, &error);
  g_autoptr(GPtrArray) backups = NULL;

  if (folder == NULL)
    return mc_cli_input_error (error);

  backups = mc_backup_list (mc_database_get_path (db), folder, &error);
  if (backups == NULL)
    return mc_cli_input_error (error);

  if (options->json)
    {
      g_autoptr(JsonArray) array = json_array_new ();
      JsonNode *node = json_node_new (JSON_NODE_ARRAY);

      for (guint i = 0; i < backups->len; i++)
        json_array_add_element (array, info_to_json (g_ptr_array_index (backups, i), NULL));
      json_node_set_array (node, array);
      mc_cli_print_json (node);
      json_node_unref (node);
      return MC_CLI_EXIT_OK;
    }

  for (guint i = 0; i < backups->len; i++)
    {
      McBackupInfo *info = g_ptr_array_index (backups, i);
      g_autofree char *when = format_time (info->taken_at);

      printf ("%s\t%s\n", when, info->path);
    }
  return MC_CLI_EXIT_OK;
}

int
mc_cli_backup_run (McDatabase         *db,
                   const McCliOptions *options)
{
  const char *sub = options->words->len >= 2 ? g_ptr_array_index (options->words, 1) : NULL;
  const char *output = mc_cli_get_value (options, "--output");
  g_autoptr(McBackupInfo) info = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *when = NULL;

  if (g_strcmp0 (sub, "folder") == 0)
    return run_folder (db, options);
  if (g_strcmp0 (sub, "list") == 0)
    return run_list (db, options);

  if (output != NULL)
    {
      info = mc_backup_write (mc_database_get_path (db), output, NULL, NULL, &error);
    }
  else
    {
      g_autofree char *folder = mc_backup_store_dup_effective_folder (db, &error);

      if (folder != NULL)
        info = mc_backup_take (mc_database_get_path (db), folder, NULL, NULL, NULL, NULL, &error);
    }
  if (info == NULL)
    return mc_cli_input_error (error);
  record (mc_database_get_path (db), MC_AUDIT_BACKUP_CREATE, info, NULL);

  if (options->json)
    {
      {
        g_autoptr(JsonNode) node = info_to_json (info, NULL);

        mc_cli_print_json (node);
      }
      return MC_CLI_EXIT_OK;
    }

  when = format_time (info->taken_at);
  /* Translators: the backup's file, the time it was taken, the number of dossiers */
  printf (g_dngettext (GETTEXT_PACKAGE, "Backup written and checked: %s (%s, %d dossier)\n",
                       "Backup written and checked: %s (%s, %d dossiers)\n",
                       (gulong) info->n_dossiers),
          info->path, when, (int) info->n_dossiers);
  return MC_CLI_EXIT_OK;
}

/* The database may be damaged: it is not opened before (see
 * motcua-cli.c), and @db is %NULL. */
int
mc_cli_restore_run (McDatabase         *db,
                    const McCliOptions *options)
{
  const char *file = g_ptr_array_index (options->words, 1);
  g_autoptr(McBackupInfo) info = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *kept_copy = NULL;
  g_autofree char *when = NULL;

  info = mc_backup_restore (options->database, file, NULL, &kept_copy, &error);
  if (info == NULL)
    return mc_cli_input_error (error);
  record (options->database, MC_AUDIT_BACKUP_RESTORE, info, kept_copy);

  if (options->json)
    {
      {
        g_autoptr(JsonNode) node = info_to_json (info, kept_copy);

        mc_cli_print_json (node);
      }
      return MC_CLI_EXIT_OK;
    }

  when = format_time (info->taken_at);
  /* Translators: the time the backup was taken, the number of dossiers */
  printf (g_dngettext (GETTEXT_PACKAGE, "Restored the backup of %s (%d dossier).\n",
                       "Restored the backup of %s (%d dossiers).\n", (gulong) info->n_dossiers),
          when, (int) info->n_dossiers);
  if (kept_copy != NULL)
    printf (_("The database as it was is kept in %s\n"), kept_copy);
  return MC_CLI_EXIT_OK;
}
