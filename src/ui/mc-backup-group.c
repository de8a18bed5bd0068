/* mc-backup-group.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-backup-group"

#include "config.h"

#include <glib/gi18n.h>

#include "mc-audit.h"
#include "mc-backup-group.h"
#include "mc-backup-service.h"
#include "mc-backup-store.h"
#include "mc-format.h"
#include "mc-ui-util.h"

/* The "Backups" group of the Office page: the folder of the daily
 * backups (chosen with a file chooser and saved in the database's
 * settings through the worker), the last backup's time and, when it
 * failed, why; "Back Up Now", and "Restore…", which shows the chosen
 * backup's date and number of dossiers and asks before restoring it.
 * The backups and restores themselves are the database's
 * McBackupService's, shared with the application's daily timer, in the
 * name of the person signed in (read from the worker's connection, see
 * mc_audit_get_signed_in()) for the audit trail; when a restore is done
 * the application reopens the database (see mc-application.c).
 * Restoring replaces the office's data and the folder decides where its
 * citizens' data goes: both are an administrator's alone (see
 * mc_backup_group_set_administrator()); anyone may back up now, which
 * harms nothing. */

struct _McBackupGroup
{
  AdwPreferencesGroup  parent_instance;

  McContext           *context;
  McBackupService     *service;
  GCancellable        *cancellable;
  guint                n_pending;
  guint                administrator : 1;

  /* Template widgets */
  GtkLabel            *administrator_label;
  GtkLabel            *error_label;
  AdwActionRow        *folder_row;
  AdwActionRow        *last_row;
  GtkSpinner          *spinner;
};

G_DEFINE_FINAL_TYPE (McBackupGroup, mc_backup_group, ADW_TYPE_PREFERENCES_GROUP)

enum {
  PROP_0,
  PROP_BUSY,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* A backup waiting for the user's answer in the confirmation dialog, or
 * for the name of who asks; its path is NULL for "Back Up Now". */
typedef struct
{
  McBackupGroup *self;
  char          *path;
} Request;

static Request *
request_new (McBackupGroup *self,
             const char    *path)
{
  Request *request = g_new0 (Request, 1);

  request->self = g_object_ref (self);
  request->path = g_strdup (path);

  return request;
}

static void
request_free (Request *request)
{
  g_object_unref (request->self);
  g_free (request->path);
  g_free (request);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Request, request_free)

static void
request_closure_free (gpointer  data,
                      GClosure *closure)
{
  request_free (data);
}

static void
actor_copy_free (gpointer data)
{
  McActorCopy *copy = data;

  mc_actor_copy_clear (copy);
  g_free (copy);
}

/*
 * Auxiliary functions
 */

static gboolean
is_busy (McBackupGroup *self)
{
  return self->n_pending > 0 ||
         (self->service != NULL && mc_backup_service_get_busy (self->service));
}

static void
actions_update (McBackupGroup *self)
{
  gboolean ready = self->service != NULL && self->context != NULL;
  gboolean busy = is_busy (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "backup.back-up-now", ready && !busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "backup.restore",
                                 ready && !busy && self->administrator);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "backup.choose-folder",
                                 ready && !busy && self->administrator);
}

/* Whether the folder may be changed and a backup restored. The actions
 * are disabled for anyone else and the group's caption says why, so a
 * refusal here only guards the public functions. */
static gboolean
check_administrator (McBackupGroup *self)
{
  if (self->administrator)
    return TRUE;

  g_debug ("Refused: only an administrator can restore a backup or change the folder");
  return FALSE;
}

static void
status_update (McBackupGroup *self)
{
  const char *folder = NULL;
  const char *last_error = NULL;
  GDateTime *last_backup = NULL;
  g_autofree char *when = NULL;

  if (self->service != NULL)
    {
      folder = mc_backup_service_get_folder (self->service);
      last_backup = mc_backup_service_get_last_backup (self->service);
      last_error = mc_backup_service_get_last_error (self->service);
    }

  adw_action_row_set_subtitle (self->folder_row, folder != NULL ? folder : "…");

  when = mc_format_moment (last_backup);
  adw_action_row_set_subtitle (self->last_row, when != NULL ? when : _("None yet"));

  mc_ui_show_message (self->error_label, last_error);
  gtk_spinner_set_spinning (self->spinner, is_busy (self));
  actions_update (self);
}

static void
begin_request (McBackupGroup *self)
{
  if (self->n_pending++ == 0)
    {
      status_update (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_BUSY]);
    }
}

static void
end_request (McBackupGroup *self)
{
  g_assert (self->n_pending > 0);

  if (--self->n_pending == 0)
    {
      status_update (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_BUSY]);
    }
}

static GtkWindow *
get_window (McBackupGroup *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
show_error_dialog (McBackupGroup *self,
                   const char    *heading,
                   const char    *message)
{
  GtkWidget *dialog = adw_message_dialog_new (get_window (self), heading, message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/*
 * Callbacks
 */

static void
service_changed_cb (McBackupGroup   *self,
                    GParamSpec      *pspec,
                    McBackupService *service)
{
  status_update (self);
  if (g_strcmp0 (g_param_spec_get_name (pspec), "busy") == 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_BUSY]);
}

static void
backed_up_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(McBackupGroup) self = user_data;
  g_autoptr(McBackupInfo) info = NULL;
  g_autoptr(GError) error = NULL;

  info = mc_backup_service_back_up_finish (MC_BACKUP_SERVICE (object), result, &error);
  if (info == NULL)
    {
      /* A failed backup shows in the group, from the service; a refused
       * one (another under way) only here. */
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_BUSY))
        mc_ui_add_toast (GTK_WIDGET (self), adw_toast_new (error->message));
      return;
    }

  mc_ui_add_toast (GTK_WIDGET (self), adw_toast_new (_("Backup made and checked")));
}

static gpointer
save_folder_work (McDatabase  *db,
                  gpointer     data,
                  GError     **error)
{
  return mc_backup_store_set_folder (db, data, error) ? GINT_TO_POINTER (TRUE) : NULL;
}

static void
folder_saved_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(McBackupGroup) self = user_data;
  g_autoptr(GError) error = NULL;

  mc_db_worker_run_finish (MC_DB_WORKER (object), result, &error);
  end_request (self);

  if (error != NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        mc_ui_show_message (self->error_label, error->message);
      return;
    }

  if (self->service != NULL)
    mc_backup_service_refresh (self->service);
  mc_ui_add_toast (GTK_WIDGET (self), adw_toast_new (_("Backup folder saved")));
}

static void
folder_chosen_cb (GtkNativeDialog *chooser,
                  int              response,
                  gpointer         user_data)
{
  g_autoptr(McBackupGroup) self = user_data;
  g_autoptr(GFile) folder = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    folder = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_object_unref (chooser);

  if (folder != NULL)
    mc_backup_group_set_folder (self, folder);
}

static void
restored_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(McBackupGroup) self = user_data;
  g_autoptr(McBackupInfo) info = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *kept_copy = NULL;
  g_autofree char *when = NULL;
  g_autofree char *message = NULL;

  info = mc_backup_service_restore_finish (MC_BACKUP_SERVICE (object), result, &kept_copy,
                                           &error);
  end_request (self);

  if (info == NULL)
    {
      show_error_dialog (self, _("Cannot Restore the Backup"), error->message);
      return;
    }

  when = mc_format_moment (info->taken_at);
  /* Translators: the first %s is the backup's date, the second a file */
  message = g_strdup_printf (_("The backup of %s is restored. The database as it was is kept "
                               "in %s."), when, kept_copy != NULL ? kept_copy : "");
  mc_ui_add_toast (GTK_WIDGET (self), adw_toast_new (message));
}

static gpointer
signed_in_work (McDatabase  *db,
                gpointer     data,
                GError     **error)
{
  const McActor *actor = mc_audit_get_signed_in (db);
  McActorCopy *copy;

  if (actor == NULL)
    return NULL;

  copy = g_new0 (McActorCopy, 1);
  mc_actor_copy_init (copy, actor);
  return copy;
}

/* Who is signed in is known, and the backup (no @user_data path) or the
 * restore starts in their name. */
static void
signed_in_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(Request) request = user_data;
  McBackupGroup *self = request->self;
  const char *path = request->path;
  g_autoptr(GError) error = NULL;
  McActorCopy *actor;

  actor = mc_db_worker_run_finish (MC_DB_WORKER (object), result, &error);
  if (error != NULL || self->service == NULL)
    {
      end_request (self);
      return;
    }

  if (path == NULL)
    {
      mc_backup_service_back_up_async (self->service, actor != NULL ? &actor->actor : NULL,
                                       self->cancellable, backed_up_cb, g_object_ref (self));
    }
  else
    {
      begin_request (self);
      mc_backup_service_restore_async (self->service, path, actor != NULL ? &actor->actor : NULL,
                                       self->cancellable, restored_cb, g_object_ref (self));
    }
  end_request (self);

  if (actor != NULL)
    actor_copy_free (actor);
}

static void
ask_signed_in (McBackupGroup *self,
               const char    *restore_path)
{
  begin_request (self);
  mc_db_worker_run_async (mc_context_get_worker (self->context), signed_in_work, NULL, NULL,
                          actor_copy_free, self->cancellable, signed_in_cb,
                          request_new (self, restore_path));
}

static void
confirmation_response_cb (AdwMessageDialog *dialog,
                          const char       *response,
                          gpointer          user_data)
{
  Request *confirmation = user_data;
  McBackupGroup *self = confirmation->self;

  if (!g_str_equal (response, "restore") || self->service == NULL || self->context == NULL ||
      !check_administrator (self))
    return;

  ask_signed_in (self, confirmation->path);
}

static void
inspected_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(McBackupGroup) self = user_data;
  g_autoptr(McBackupInfo) info = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *when = NULL;
  g_autofree char *dossiers = NULL;
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  info = mc_backup_service_inspect_finish (MC_BACKUP_SERVICE (object), result, &error);
  end_request (self);

  if (info == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_error_dialog (self, _("This File Cannot Be Restored"), error->message);
      return;
    }

  when = mc_format_moment (info->taken_at);
  dossiers = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d dossier", "%d dossiers",
                                           (gulong) info->n_dossiers),
                              (int) info->n_dossiers);
  /* Translators: the first and third %s are the backup's date, the
   * second its number of dossiers, e.g. "12 dossiers" */
  body = g_strdup_printf (_("The backup of %s holds %s.\n\nIt will replace the database: what "
                            "was entered after %s will no longer be in it. A copy of the "
                            "database as it is now is kept first, beside it."),
                          when, dossiers, when);

  dialog = adw_message_dialog_new (get_window (self), _("Restore This Backup?"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "restore", _("_Restore"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "restore",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  g_signal_connect_data (dialog, "response", G_CALLBACK (confirmation_response_cb),
                         request_new (self, info->path), request_closure_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
backup_chosen_cb (GtkNativeDialog *chooser,
                  int              response,
                  gpointer         user_data)
{
  g_autoptr(McBackupGroup) self = user_data;
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_object_unref (chooser);

  if (file != NULL)
    mc_backup_group_restore_file (self, file);
}

/*
 * Actions
 */

static void
back_up_now_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  McBackupGroup *self = MC_BACKUP_GROUP (widget);

  if (self->service == NULL || self->context == NULL)
    return;

  ask_signed_in (self, NULL);
}

static void
choose_folder_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  McBackupGroup *self = MC_BACKUP_GROUP (widget);
  GtkFileChooserNative *chooser;

  if (!check_administrator (self))
    return;

  chooser = gtk_file_chooser_native_new (_("Choose the Backup Folder"), get_window (self),
                                         GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER,
                                         _("_Select"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (folder_chosen_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
restore_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  McBackupGroup *self = MC_BACKUP_GROUP (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  GtkFileChooserNative *chooser;
  const char *folder;

  if (!check_administrator (self))
    return;

  chooser = gtk_file_chooser_native_new (_("Restore a Backup"), get_window (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);

  gtk_file_filter_set_name (filter, _("Một Cửa backups"));
  gtk_file_filter_add_pattern (filter, "*.sqlite");
  gtk_file_filter_add_pattern (filter, "*.db");
  gtk_file_filter_add_pattern (filter, "*.sqlite.*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);

  folder = self->service != NULL ? mc_backup_service_get_folder (self->service) : NULL;
  if (folder != NULL && g_file_test (folder, G_FILE_TEST_IS_DIR))
    {
      g_autoptr(GFile) file = g_file_new_for_path (folder);

      gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), file, NULL);
    }

  g_signal_connect (chooser, "response", G_CALLBACK (backup_chosen_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/*
 * GObject overrides
 */

static void
mc_backup_group_dispose (GObject *object)
{
  McBackupGroup *self = (McBackupGroup *)object;

  g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), MC_TYPE_BACKUP_GROUP);
  g_clear_object (&self->service);
  g_clear_object (&self->context);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (mc_backup_group_parent_class)->dispose (object);
}

static void
mc_backup_group_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  McBackupGroup *self = MC_BACKUP_GROUP (object);

  switch (prop_id)
    {
    case PROP_BUSY:
      g_value_set_boolean (value, mc_backup_group_get_busy (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mc_backup_group_class_init (McBackupGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mc_backup_group_dispose;
  object_class->get_property = mc_backup_group_get_property;

  /**
   * McBackupGroup:busy:
   *
   * Whether a backup, a restore or a change of folder is under way.
   */
  properties [PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/mc-backup-group.ui");
  gtk_widget_class_bind_template_child (widget_class, McBackupGroup, administrator_label);
  gtk_widget_class_bind_template_child (widget_class, McBackupGroup, error_label);
  gtk_widget_class_bind_template_child (widget_class, McBackupGroup, folder_row);
  gtk_widget_class_bind_template_child (widget_class, McBackupGroup, last_row);
  gtk_widget_class_bind_template_child (widget_class, McBackupGroup, spinner);

  gtk_widget_class_install_action (widget_class, "backup.back-up-now", NULL, back_up_now_action);
  gtk_widget_class_install_action (widget_class, "backup.choose-folder", NULL,
                                   choose_folder_action);
  gtk_widget_class_install_action (widget_class, "backup.restore", NULL, restore_action);
}

static void
mc_backup_group_init (McBackupGroup *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();

  /* The error says what went wrong with the backups. */
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->last_row),
                                  GTK_ACCESSIBLE_RELATION_DESCRIBED_BY,
                                  self->error_label, NULL, -1);

  /* Until told otherwise, nobody may restore or change the folder. */
  gtk_widget_set_visible (GTK_WIDGET (self->administrator_label), TRUE);
  status_update (self);
}

/*
 * Public API
 */

/**
 * mc_backup_group_set_context:
 * @self: a #McBackupGroup
 * @context: the open context
 *
 * Shows the backups of @context's database.
 */
void
mc_backup_group_set_context (McBackupGroup *self,
                             McContext     *context)
{
  g_autoptr(McBackupService) service = NULL;
  const char *path;

  g_return_if_fail (MC_IS_BACKUP_GROUP (self));
  g_return_if_fail (MC_IS_CONTEXT (context));

  g_set_object (&self->context, context);

  /* A context not opened yet has no database to back up. */
  path = mc_context_get_database_path (context);
  if (path != NULL)
    service = mc_backup_service_ref_for_database (path);
  if (service != self->service)
    {
      if (self->service != NULL)
        g_signal_handlers_disconnect_by_data (self->service, self);
      g_set_object (&self->service, service);
      if (self->service != NULL)
        g_signal_connect_object (self->service, "notify", G_CALLBACK (service_changed_cb), self,
                                 G_CONNECT_SWAPPED);
    }

  if (self->service != NULL)
    mc_backup_service_refresh (self->service);
  status_update (self);
}

/**
 * mc_backup_group_set_administrator:
 * @self: a #McBackupGroup
 * @administrator: whether an administrator uses the group
 *
 * Lets an administrator, and nobody else, restore a backup and change
 * the folder of the backups; anyone may back up now. %FALSE until set.
 */
void
mc_backup_group_set_administrator (McBackupGroup *self,
                                   gboolean       administrator)
{
  g_return_if_fail (MC_IS_BACKUP_GROUP (self));

  self->administrator = !!administrator;
  gtk_widget_set_visible (GTK_WIDGET (self->administrator_label), !self->administrator);
  actions_update (self);
}

/**
 * mc_backup_group_get_administrator:
 * @self: a #McBackupGroup
 *
 * Returns: whether the group lets its user restore a backup and change
 *   the folder of the backups
 */
gboolean
mc_backup_group_get_administrator (McBackupGroup *self)
{
  g_return_val_if_fail (MC_IS_BACKUP_GROUP (self), FALSE);

  return self->administrator;
}

/**
 * mc_backup_group_get_busy:
 * @self: a #McBackupGroup
 *
 * Returns: whether a backup, a restore or a change of folder is under way
 */
gboolean
mc_backup_group_get_busy (McBackupGroup *self)
{
  g_return_val_if_fail (MC_IS_BACKUP_GROUP (self), FALSE);

  return is_busy (self);
}

/**
 * mc_backup_group_set_folder:
 * @self: a #McBackupGroup
 * @folder: the folder chosen
 *
 * Saves @folder as the folder of the backups, as the folder chooser does.
 * Only for an administrator: for anyone else nothing changes.
 */
void
mc_backup_group_set_folder (McBackupGroup *self,
                            GFile         *folder)
{
  g_autofree char *path = NULL;

  g_return_if_fail (MC_IS_BACKUP_GROUP (self));
  g_return_if_fail (G_IS_FILE (folder));

  if (!check_administrator (self) || self->context == NULL ||
      (path = g_file_get_path (folder)) == NULL)
    return;

  mc_ui_show_message (self->error_label, NULL);
  begin_request (self);
  mc_db_worker_run_async (mc_context_get_worker (self->context), save_folder_work,
                          g_steal_pointer (&path), g_free, NULL, self->cancellable,
                          folder_saved_cb, g_object_ref (self));
}

/**
 * mc_backup_group_restore_file:
 * @self: a #McBackupGroup
 * @file: the backup chosen
 *
 * Shows @file's date and number of dossiers and asks whether to restore
 * it, as the file chooser of "Restore…" does. Only for an
 * administrator: for anyone else nothing is asked nor restored.
 */
void
mc_backup_group_restore_file (McBackupGroup *self,
                              GFile         *file)
{
  g_autofree char *path = NULL;

  g_return_if_fail (MC_IS_BACKUP_GROUP (self));
  g_return_if_fail (G_IS_FILE (file));

  if (!check_administrator (self) || self->service == NULL ||
      (path = g_file_get_path (file)) == NULL)
    return;

  begin_request (self);
  mc_backup_service_inspect_async (self->service, path, self->cancellable, inspected_cb,
                                   g_object_ref (self));
}
