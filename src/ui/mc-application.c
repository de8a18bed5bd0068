/* mc-application.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-application"

#include "config.h"

#include <glib/gi18n.h>

#include "mc-application.h"
#include "mc-backup-service.h"
#include "mc-context.h"
#include "mc-database-recovery.h"
#include "mc-dossiers.h"
#include "mc-form-template.h"
#include "mc-portal-secret.h"
#include "mc-preferences-window.h"
#include "mc-session.h"
#include "mc-sync-service.h"
#include "mc-window.h"

/* The settings schema keeps one id for release and development builds. */
#define SETTINGS_SCHEMA_ID "org.motcua.MotCua"

struct _McApplication
{
  AdwApplication  parent_instance;

  McContext      *context;
  McSession      *session;
  GSettings      *settings;
  char           *database_path;
  gboolean        demo;
  /* Syncs with the provincial portal, on a thread of its own. */
  McSyncService  *sync;
  /* The daily backup of the database, on threads of its own. */
  McBackupService *backup;
  char           *backup_failure;  /* shown, until a backup succeeds */
};

G_DEFINE_FINAL_TYPE (McApplication, mc_application, ADW_TYPE_APPLICATION)

static void open_database (McApplication *self,
                           const char    *path);
static void start_sync    (McApplication *self);
static void start_backup  (McApplication *self);

/*
 * Opening the database
 */

static void
recovery_answered_cb (GObject      *object,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  g_autoptr(McApplication) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  path = mc_database_recovery_run_finish (result, &error);
  if (path == NULL)
    {
      /* The user chose to quit. */
      g_application_quit (G_APPLICATION (self));
      return;
    }

  open_database (self, path);
}

static void
database_opened_cb (GObject      *object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(McApplication) self = user_data;
  g_autoptr(GError) error = NULL;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (mc_context_open_finish (MC_CONTEXT (object), result, &error))
    {
      /* The work shows only to someone signed in; the session is the
       * database's, so it starts once the database is open. */
      g_clear_object (&self->session);
      self->session = mc_session_new (mc_context_get_worker (self->context));
      start_sync (self);
      start_backup (self);
      if (MC_IS_WINDOW (window))
        {
          mc_window_set_session (MC_WINDOW (window), self->session);
          mc_window_database_ready (MC_WINDOW (window));
        }
      return;
    }

  mc_database_recovery_run_async (window, mc_context_get_database_path (self->context), error,
                                  NULL, recovery_answered_cb, g_object_ref (self));
}

/* Called on the sync's thread: the Secret Service blocks. */
static char *
lookup_password (const char  *url,
                 const char  *username,
                 gpointer     user_data,
                 GError     **error)
{
  return mc_portal_secret_find (url, username, error);
}

static void
dossiers_pulled_cb (McApplication *self,
                    McSyncService *sync)
{
  mc_dossiers_notify_changed (mc_context_get_dossiers (self->context));
}

/* McCatalogue and McCalendar emit "changed" for the changes made
 * through them; the sync writes on a connection of its own, so its
 * changes are announced here, on their behalf, for the open views to
 * reload. */
static void
catalogue_pulled_cb (McApplication *self,
                     McSyncService *sync)
{
  g_signal_emit_by_name (mc_context_get_catalogue (self->context), "changed");
}

static void
calendar_pulled_cb (McApplication *self,
                    McSyncService *sync)
{
  g_signal_emit_by_name (mc_context_get_calendar (self->context), "changed");
  /* The lists show deadlines counted in working days. */
  mc_dossiers_notify_changed (mc_context_get_dossiers (self->context));
}

static void
start_sync (McApplication *self)
{
  if (self->sync != NULL)
    {
      mc_sync_service_stop (self->sync);
      g_clear_object (&self->sync);
    }

  self->sync = mc_sync_service_new (mc_context_get_database_path (self->context),
                                    g_network_monitor_get_default ());
  mc_sync_service_set_password_func (self->sync, lookup_password, NULL);
  g_signal_connect_object (self->sync, "dossiers-pulled", G_CALLBACK (dossiers_pulled_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->sync, "catalogue-pulled", G_CALLBACK (catalogue_pulled_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->sync, "calendar-pulled", G_CALLBACK (calendar_pulled_cb), self,
                           G_CONNECT_SWAPPED);
  mc_sync_service_start (self->sync);
}

/**
 * mc_application_get_sync:
 * @self: a #McApplication
 *
 * Returns: (transfer none) (nullable): the sync with the portal, once
 *   the database is open
 */
McSyncService *
mc_application_get_sync (McApplication *self)
{
  g_return_val_if_fail (MC_IS_APPLICATION (self), NULL);

  return self->sync;
}

/*
 * The daily backup, and the database reopened after a restore
 */

/* The restore happened in place (mc-backup.c): the open connections read
 * the restored data, but the windows show what they read before, and
 * whoever was signed in may have no account in the backup. So the
 * preferences close and the database is reopened as after the
 * recovery dialog: the window asks to sign in again. */
static void
backup_restored_cb (McApplication   *self,
                    const char      *backup,
                    const char      *kept_copy,
                    McBackupService *service)
{
  g_autoptr(GList) windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (self)));
  g_autofree char *message = NULL;
  McWindow *main_window = NULL;

  for (GList *l = windows; l != NULL; l = l->next)
    {
      if (ADW_IS_PREFERENCES_WINDOW (l->data))
        gtk_window_close (l->data);
      else if (MC_IS_WINDOW (l->data) && main_window == NULL)
        main_window = l->data;
    }

  open_database (self, mc_context_get_database_path (self->context));

  if (main_window != NULL)
    {
      AdwToast *toast;

      /* Translators: %s is the copy of the database kept before the restore */
      message = g_strdup_printf (_("The backup is restored. The database as it was is kept in "
                                   "%s."), kept_copy != NULL ? kept_copy : "");
      toast = adw_toast_new (message);
      adw_toast_set_timeout (toast, 0);
      mc_window_add_toast (main_window, toast);
    }
}

/* Nobody watches the daily backup: its failure stays on the screen until
 * dismissed. */
static void
backup_failed_cb (McApplication   *self,
                  const char      *message,
                  gboolean         automatic,
                  McBackupService *service)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  g_autofree char *text = NULL;
  AdwToast *toast;

  /* Tried again every hour: told once. */
  if (!automatic || !MC_IS_WINDOW (window) || g_strcmp0 (self->backup_failure, message) == 0)
    return;
  g_free (self->backup_failure);
  self->backup_failure = g_strdup (message);

  /* Translators: %s says why, e.g. that the backup folder is missing */
  text = g_strdup_printf (_("The daily backup failed: %s"), message);
  toast = adw_toast_new (text);
  adw_toast_set_timeout (toast, 0);
  mc_window_add_toast (MC_WINDOW (window), toast);
}

static void
backup_error_changed_cb (McApplication   *self,
                         GParamSpec      *pspec,
                         McBackupService *service)
{
  if (mc_backup_service_get_last_error (service) == NULL)
    g_clear_pointer (&self->backup_failure, g_free);
}

static void
start_backup (McApplication *self)
{
  g_autoptr(McBackupService) backup = NULL;

  backup = mc_backup_service_ref_for_database (mc_context_get_database_path (self->context));
  /* The same database, reopened after a restore. */
  if (backup == self->backup)
    return;

  if (self->backup != NULL)
    {
      mc_backup_service_stop (self->backup);
      g_signal_handlers_disconnect_by_data (self->backup, self);
    }
  g_set_object (&self->backup, backup);
  g_signal_connect_object (self->backup, "restored", G_CALLBACK (backup_restored_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->backup, "failed", G_CALLBACK (backup_failed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->backup, "notify::last-error",
                           G_CALLBACK (backup_error_changed_cb), self, G_CONNECT_SWAPPED);

  /* The demo's data is not worth a copy a day; it can be backed up and
   * restored from the preferences all the same. */
  if (!self->demo)
    mc_backup_service_start (self->backup);
}

static void
open_database (McApplication *self,
               const char    *path)
{
  McContextOpenFlags flags = self->demo ? MC_CONTEXT_OPEN_SEED_IF_EMPTY : MC_CONTEXT_OPEN_NONE;

  mc_context_open_async (self->context, path, flags, NULL,
                         database_opened_cb, g_object_ref (self));
}

/*
 * Actions
 */

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  McApplication *self = user_data;
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (self));

  /* Closing the windows lets them save their size first. */
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (l->data);

  g_application_quit (G_APPLICATION (self));
}

static void
help_shown_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  if (!gtk_show_uri_full_finish (GTK_WINDOW (object), result, &error) && MC_IS_WINDOW (object))
    {
      AdwToast *toast = adw_toast_new (_("The help cannot be shown: is the Help application (Yelp) installed?"));

      adw_toast_set_timeout (toast, 6);
      mc_window_add_toast (MC_WINDOW (object), toast);
    }
}

static void
help_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  McApplication *self = user_data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  gtk_show_uri_full (window, "help:" APP_ID, GDK_CURRENT_TIME, NULL, help_shown_cb, NULL);
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  McApplication *self = user_data;
  static const char *developers[] = { "Một Cửa developers", NULL };
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", gtk_application_get_active_window (GTK_APPLICATION (self)),
                        "application-icon", APP_ID,
                        "application-name", _("Một Cửa"),
                        "developer-name", _("Một Cửa developers"),
                        "version", PACKAGE_VERSION,
                        "comments", _("Receive and track administrative procedure dossiers "
                                      "at the commune one-stop counter."),
                        "website", "https://motcua.org",
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "developers", developers,
                        "translator-credits", _("translator-credits"),
                        NULL);
  gtk_window_present (GTK_WINDOW (about));
}

static void
preferences_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  McApplication *self = user_data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  g_autoptr(McContext) context = NULL;
  McPreferencesWindow *preferences;
  McStaff *staff = NULL;

  /* The preferences of the database the window shows, to whoever is
   * signed in to it. */
  if (MC_IS_WINDOW (window))
    {
      McSession *session = mc_window_get_session (MC_WINDOW (window));

      if (!mc_window_get_work_shown (MC_WINDOW (window)))
        return;
      g_object_get (window, "context", &context, NULL);
      if (session != NULL)
        staff = mc_session_get_staff (session);
    }
  else if (self->context != NULL)
    context = g_object_ref (self->context);

  if (context == NULL)
    return;

  preferences = mc_preferences_window_new_for_staff (window, context, staff);
  gtk_window_present (GTK_WINDOW (preferences));
}

static const GActionEntry app_actions[] = {
  { "quit", quit_action },
  { "help", help_action },
  { "about", about_action },
  { "preferences", preferences_action },
};

/*
 * GApplication overrides
 */

static int
mc_application_handle_local_options (GApplication *app,
                                     GVariantDict *options)
{
  McApplication *self = MC_APPLICATION (app);
  const char *database = NULL;

  if (g_variant_dict_lookup (options, "version", "b", NULL))
    {
      g_print ("motcua %s\n", PACKAGE_VERSION);
      return 0;
    }

  g_variant_dict_lookup (options, "demo", "b", &self->demo);
  if (g_variant_dict_lookup (options, "database", "^&ay", &database))
    self->database_path = g_canonicalize_filename (database, NULL);

  return G_APPLICATION_CLASS (mc_application_parent_class)->handle_local_options (app, options);
}

static void
mc_application_startup (GApplication *app)
{
  McApplication *self = MC_APPLICATION (app);
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *help_accels[] = { "F1", NULL };
  static const char *search_accels[] = { "<Control>f", NULL };
  static const char *back_accels[] = { "<Alt>Left", NULL };
  static const char *import_accels[] = { "<Control>o", NULL };
  static const char *preferences_accels[] = { "<Control>comma", NULL };
  g_autofree char *forms_dir = mc_form_template_dup_user_dir ();

  G_APPLICATION_CLASS (mc_application_parent_class)->startup (app);

  /* An office's own texts of the forms, where the law changed them. */
  mc_form_template_set_user_dir (forms_dir);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions,
                                   G_N_ELEMENTS (app_actions), self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.help", help_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.preferences",
                                         preferences_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.search", search_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.back", back_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.import-catalogue",
                                         import_accels);

  self->settings = g_settings_new (SETTINGS_SCHEMA_ID);
}

static void
mc_application_activate (GApplication *app)
{
  McApplication *self = MC_APPLICATION (app);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  g_autofree char *default_path = NULL;

  if (window != NULL)
    {
      gtk_window_present (window);
      return;
    }

  /* The window shows at once with a spinner; the database opens, is
   * migrated and, for the demo, seeded on the worker thread. */
  self->context = mc_context_new ();
  window = GTK_WINDOW (mc_window_new (self, self->context));
  gtk_window_present (window);

  if (self->database_path == NULL)
    self->database_path = mc_context_dup_default_path (self->demo);
  open_database (self, self->database_path);
}

static void
mc_application_dispose (GObject *object)
{
  McApplication *self = (McApplication *)object;

  /* A call on its way is cancelled: what was not acknowledged stays in
   * the outbox for the next start. */
  if (self->sync != NULL)
    mc_sync_service_stop (self->sync);
  g_clear_object (&self->sync);
  /* A backup under way is cut short and leaves no file. */
  if (self->backup != NULL)
    mc_backup_service_stop (self->backup);
  g_clear_object (&self->backup);
  g_clear_object (&self->session);
  g_clear_object (&self->context);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (mc_application_parent_class)->dispose (object);
}

static void
mc_application_finalize (GObject *object)
{
  McApplication *self = (McApplication *)object;

  g_clear_pointer (&self->database_path, g_free);
  g_clear_pointer (&self->backup_failure, g_free);

  G_OBJECT_CLASS (mc_application_parent_class)->finalize (object);
}

static void
mc_application_class_init (McApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = mc_application_dispose;
  object_class->finalize = mc_application_finalize;

  app_class->handle_local_options = mc_application_handle_local_options;
  app_class->startup = mc_application_startup;
  app_class->activate = mc_application_activate;
}

static void
mc_application_init (McApplication *self)
{
  static const GOptionEntry entries[] = {
    { "demo", 0, 0, G_OPTION_ARG_NONE, NULL,
      N_("Open the demo database, with the sample catalogue loaded"), NULL },
    { "database", 0, 0, G_OPTION_ARG_FILENAME, NULL,
      N_("Open the database at PATH"), N_("PATH") },
    { "version", 0, 0, G_OPTION_ARG_NONE, NULL,
      N_("Show the version and quit"), NULL },
    { NULL }
  };

  g_application_add_main_option_entries (G_APPLICATION (self), entries);
}

McApplication *
mc_application_new (const char *application_id)
{
  /* Several offices' databases may be opened side by side on one PC. */
  return g_object_new (MC_TYPE_APPLICATION,
                       "application-id", application_id,
                       "flags", G_APPLICATION_NON_UNIQUE,
                       /* The same resources serve the .Devel id. */
                       "resource-base-path", RESOURCE_BASE,
                       NULL);
}

GSettings *
mc_application_get_settings (McApplication *self)
{
  g_return_val_if_fail (MC_IS_APPLICATION (self), NULL);

  return self->settings;
}
