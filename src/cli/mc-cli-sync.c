/* mc-cli-sync.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <glib-unix.h>

#include "mc-cli.h"
#include "mc-portal-secret.h"
#include "mc-portal-store.h"
#include "mc-sync-outbox.h"
#include "mc-sync-pass.h"

/* motcua-cli sync: the portal's settings, the state of the outbox, and
 * synchronisation once or until interrupted. The password comes from
 * --password-file, then $MOTCUA_PORTAL_PASSWORD, then the Secret
 * Service; it is never taken on the command line, where every user of
 * the computer could read it. */

/* Between passes when everything went through. */
#define IDLE_SECONDS 60

int
mc_cli_sync_check (const McCliOptions *options)
{
  const char *sub = options->words->len >= 2 ? g_ptr_array_index (options->words, 1) : NULL;

  if (options->words->len > 2 ||
      (sub != NULL && !g_str_equal (sub, "status") && !g_str_equal (sub, "setup")))
    return mc_cli_usage_error (_("Use “sync [--once] [--json]”, “sync status [--json]” or "
                                 "“sync setup --url URL --dstcode CODE --madonvi CODE "
                                 "--username NAME”."));
  return MC_CLI_USAGE_OK;
}

static int
run_setup (McDatabase         *db,
           const McCliOptions *options)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(McPortalSettings) settings = mc_portal_store_load_settings (db, &error);
  static const char * const names[] = { "--url", "--dstcode", "--madonvi", "--username" };
  char **fields[G_N_ELEMENTS (names)];

  if (settings == NULL)
    return mc_cli_input_error (error);

  fields[0] = &settings->url;
  fields[1] = &settings->dstcode;
  fields[2] = &settings->madonvi;
  fields[3] = &settings->username;
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      const char *value = mc_cli_get_value (options, names[i]);

      if (value != NULL)
        {
          g_free (*fields[i]);
          *fields[i] = g_strdup (value);
        }
    }

  if (!mc_portal_store_save_settings (db, settings, &error))
    return mc_cli_input_error (error);
  return MC_CLI_EXIT_OK;
}

static JsonNode *
status_to_json (const McPortalSettings *settings,
                const McSyncCounts     *counts)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "url");
  json_builder_add_string_value (builder, settings->url);
  json_builder_set_member_name (builder, "madonvi");
  json_builder_add_string_value (builder, settings->madonvi);
  mc_cli_json_add_int (builder, "dossiers_pending", counts->dossiers_pending);
  mc_cli_json_add_int (builder, "dossiers_rejected", counts->dossiers_rejected);
  mc_cli_json_add_int (builder, "dossiers_conflict", counts->dossiers_conflict);
  mc_cli_json_add_int (builder, "steps_pending", counts->steps_pending);
  mc_cli_json_add_int (builder, "steps_rejected", counts->steps_rejected);
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

static int
run_status (McDatabase         *db,
            const McCliOptions *options)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(McPortalSettings) settings = mc_portal_store_load_settings (db, &error);
  McSyncCounts counts;

  if (settings == NULL || !mc_sync_outbox_count (db, &counts, &error))
    return mc_cli_input_error (error);

  if (options->json)
    {
      {
        g_autoptr(JsonNode) node = status_to_json (settings, &counts);

        mc_cli_print_json (node);
      }
      return MC_CLI_EXIT_OK;
    }

  printf (_("Portal: %s\n"), *settings->url != '\0' ? settings->url : _("not set up"));
  printf (_("Dossiers waiting to be sent: %u\n"), counts.dossiers_pending);
  printf (_("Steps waiting to be sent: %u\n"), counts.steps_pending);
  printf (_("Refused by the portal: %u dossiers, %u steps\n"), counts.dossiers_rejected,
          counts.steps_rejected);
  printf (_("Conflicts to resolve: %u\n"), counts.dossiers_conflict);
  return MC_CLI_EXIT_OK;
}

static char *
read_password (const McCliOptions      *options,
               const McPortalSettings  *settings,
               GError                 **error)
{
  const char *file = mc_cli_get_value (options, "--password-file");
  char *password = NULL;

  if (file != NULL)
    {
      if (!g_file_get_contents (file, &password, NULL, error))
        return NULL;
      return g_strchomp (password);
    }

  password = mc_portal_secret_find (settings->url, settings->username, error);
  if (password == NULL && (error == NULL || *error == NULL))
    g_set_error (error, MC_PORTAL_ERROR, MC_PORTAL_ERROR_NOT_CONFIGURED,
                 _("No password for %s is in the keyring: set MOTCUA_PORTAL_PASSWORD, or give "
                   "it with --password-file FILE."), settings->username);
  return password;
}

static McPortalClient *
open_client (McDatabase          *db,
             const McCliOptions  *options,
             GError             **error)
{
  g_autoptr(McPortalSettings) settings = mc_portal_store_load_settings (db, error);
  g_autofree char *password = NULL;
  McPortalClient *client;

  if (settings == NULL)
    return NULL;
  if (*settings->url == '\0')
    {
      g_set_error_literal (error, MC_PORTAL_ERROR, MC_PORTAL_ERROR_NOT_CONFIGURED,
                           _("The portal is not set up: use “sync setup --url URL --dstcode CODE "
                             "--madonvi CODE --username NAME”."));
      return NULL;
    }

  password = read_password (options, settings, error);
  if (password == NULL)
    return NULL;

  client = mc_portal_client_new (settings->url, settings->dstcode, settings->madonvi,
                                 settings->username, password, error);
  memset (password, 0, strlen (password));
  return client;
}

static JsonNode *
report_to_json (const McSyncReport *report,
                const GError       *error)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "ok");
  json_builder_add_boolean_value (builder, error == NULL);
  if (error != NULL)
    {
      json_builder_set_member_name (builder, "error");
      json_builder_add_string_value (builder, error->message);
    }
  mc_cli_json_add_int (builder, "dossiers_sent", report->dossiers_acknowledged);
  mc_cli_json_add_int (builder, "steps_sent", report->steps_acknowledged);
  mc_cli_json_add_int (builder, "rejected", report->rejected);
  mc_cli_json_add_int (builder, "conflicts", report->conflicts);
  mc_cli_json_add_int (builder, "received_new", report->pulled_added);
  mc_cli_json_add_int (builder, "received_updated", report->pulled_updated);
  mc_cli_json_add_int (builder, "received_invalid", report->pulled_invalid);
  mc_cli_json_add_int (builder, "procedures_imported", report->catalogue_imported);
  mc_cli_json_add_int (builder, "procedures_invalid", report->catalogue_invalid);
  mc_cli_json_add_int (builder, "procedures_deferred", report->catalogue_deferred);
  mc_cli_json_add_int (builder, "calendar_days_changed", report->calendar_changed);
  mc_cli_json_add_int (builder, "calendar_days_invalid", report->calendar_invalid);
  mc_cli_json_add_int (builder, "calendar_differences", report->calendar_differences);
  mc_cli_json_add_int (builder, "calls", report->calls);
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

static void
print_report (const McCliOptions *options,
              const McSyncReport *report,
              const GError       *error)
{
  if (options->json)
    {
      {
        g_autoptr(JsonNode) node = report_to_json (report, error);

        mc_cli_print_json (node);
      }
      return;
    }

  printf (_("Sent %u dossiers and %u steps; received %u new and %u updated dossiers; "
            "%u refused, %u conflicts.\n"),
          report->dossiers_acknowledged, report->steps_acknowledged, report->pulled_added,
          report->pulled_updated, report->rejected, report->conflicts);
  if (report->pulled_invalid > 0)
    printf (_("%u dossiers from the portal could not be stored.\n"), report->pulled_invalid);
  if (report->catalogue_imported > 0 || report->catalogue_invalid > 0)
    printf (_("Catalogue: %u procedures updated from the portal, %u skipped as invalid.\n"),
            report->catalogue_imported, report->catalogue_invalid);
  if (report->calendar_changed > 0)
    printf (_("Calendar: %u days updated from the portal.\n"), report->calendar_changed);
  if (report->calendar_differences > 0)
    printf (_("Calendar: the portal differs from this office’s own edits on %u days; an "
              "administrator settles them in Preferences.\n"), report->calendar_differences);
}

typedef struct
{
  GCancellable *cancellable;
  GMainLoop    *loop;
} Waiter;

static gboolean
on_interrupt (gpointer data)
{
  Waiter *waiter = data;

  g_cancellable_cancel (waiter->cancellable);
  g_main_loop_quit (waiter->loop);
  return G_SOURCE_REMOVE;
}

static gboolean
on_wake (gpointer data)
{
  g_main_loop_quit (data);
  return G_SOURCE_REMOVE;
}

/* Passes until interrupted: at once after progress, after the backoff
 * after a failure, every minute otherwise. */
static int
run_forever (McDatabase         *db,
             McPortalClient     *client,
             const McCliOptions *options)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  Waiter waiter = { cancellable, loop };
  guint failures = 0;

  g_unix_signal_add (SIGINT, on_interrupt, &waiter);
  g_unix_signal_add (SIGTERM, on_interrupt, &waiter);

  while (!g_cancellable_is_cancelled (cancellable))
    {
      g_autoptr(GError) error = NULL;
      McSyncReport report;
      guint wait;

      if (mc_sync_pass_run (db, client, &report, cancellable, &error))
        failures = 0;
      else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        break;
      else if (!g_error_matches (error, MC_PORTAL_ERROR, MC_PORTAL_ERROR_TRANSIENT))
        {
          print_report (options, &report, error);
          return mc_cli_input_error (error);
        }
      else
        failures++;
      print_report (options, &report, error);

      wait = failures > 0 ? mc_sync_backoff_seconds (failures, g_random_double ()) : IDLE_SECONDS;
      wait = MAX (wait, mc_portal_client_get_retry_after (client));
      if (!g_cancellable_is_cancelled (cancellable))
        {
          g_timeout_add_seconds (wait, on_wake, loop);
          g_main_loop_run (loop);
          /* The timer, if an interruption ended the wait. */
          g_source_remove_by_user_data (loop);
        }
    }

  return MC_CLI_EXIT_OK;
}

int
mc_cli_sync_run (McDatabase         *db,
                 const McCliOptions *options)
{
  const char *sub = options->words->len >= 2 ? g_ptr_array_index (options->words, 1) : NULL;
  g_autoptr(McPortalClient) client = NULL;
  g_autoptr(GError) error = NULL;
  McSyncReport report;

  if (g_strcmp0 (sub, "status") == 0)
    return run_status (db, options);
  if (g_strcmp0 (sub, "setup") == 0)
    return run_setup (db, options);

  client = open_client (db, options, &error);
  if (client == NULL)
    return mc_cli_input_error (error);

  if (mc_cli_get_value (options, "--once") == NULL)
    return run_forever (db, client, options);

  if (!mc_sync_pass_run (db, client, &report, NULL, &error))
    {
      print_report (options, &report, error);
      return mc_cli_input_error (error);
    }
  print_report (options, &report, NULL);
  return MC_CLI_EXIT_OK;
}
