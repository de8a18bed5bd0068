/* mc-database-recovery.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-database-recovery"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "mc-database-backup.h"
#include "mc-database-recovery.h"

/* What the user sees when the database cannot be opened (damaged, made by
 * a newer release, unreadable): a dialog offering to open another file or
 * restore a backup, never a crash. The answer is the path to open next, or
 * NULL to quit. A failed restore comes back to the dialog with its error. */

typedef struct
{
  GtkWindow *parent;
  char      *path;
  char      *message;
  gboolean   restoring;
} Recovery;

static void
recovery_free (Recovery *recovery)
{
  g_clear_object (&recovery->parent);
  g_free (recovery->path);
  g_free (recovery->message);
  g_free (recovery);
}

static void ask (GTask *task);

static void
restore_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  char **paths = task_data;
  g_autoptr(GError) error = NULL;

  if (mc_database_backup_restore (paths[0], paths[1], NULL, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, g_steal_pointer (&error));
}

static void
restored_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  Recovery *recovery = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      g_free (recovery->message);
      recovery->message = g_strdup (error->message);
      ask (g_steal_pointer (&task));
      return;
    }

  g_task_return_pointer (task, g_strdup (recovery->path), g_free);
}

static void
file_chosen_cb (GtkNativeDialog *chooser,
                int              response,
                gpointer         user_data)
{
  g_autoptr(GTask) task = user_data;
  Recovery *recovery = g_task_get_task_data (task);
  g_autoptr(GFile) file = NULL;
  g_autofree char *chosen = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_object_unref (chooser);

  if (file == NULL || (chosen = g_file_get_path (file)) == NULL)
    {
      ask (g_steal_pointer (&task));
      return;
    }

  if (recovery->restoring)
    {
      g_autoptr(GTask) restore = g_task_new (NULL, NULL, restored_cb, g_steal_pointer (&task));
      char **paths = g_new0 (char *, 3);

      paths[0] = g_strdup (recovery->path);
      paths[1] = g_steal_pointer (&chosen);
      g_task_set_task_data (restore, paths, (GDestroyNotify) g_strfreev);
      g_task_run_in_thread (restore, restore_thread);
      return;
    }

  g_task_return_pointer (task, g_steal_pointer (&chosen), g_free);
}

static void
choose_file (GTask    *task,
             gboolean  restoring)
{
  Recovery *recovery = g_task_get_task_data (task);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  recovery->restoring = restoring;

  chooser = gtk_file_chooser_native_new (restoring ? _("Restore Backup") : _("Open Database"),
                                         recovery->parent, GTK_FILE_CHOOSER_ACTION_OPEN,
                                         restoring ? _("_Restore") : _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);

  gtk_file_filter_set_name (filter, _("Một Cửa databases"));
  gtk_file_filter_add_pattern (filter, "*.sqlite");
  gtk_file_filter_add_pattern (filter, "*.db");
  gtk_file_filter_add_pattern (filter, "*.sqlite.*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);

  g_signal_connect (chooser, "response", G_CALLBACK (file_chosen_cb), task);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
response_cb (AdwMessageDialog *dialog,
             const char       *response,
             gpointer          user_data)
{
  GTask *task = user_data;

  if (g_str_equal (response, "open"))
    choose_file (task, FALSE);
  else if (g_str_equal (response, "restore"))
    choose_file (task, TRUE);
  else
    {
      g_task_return_pointer (task, NULL, NULL);
      g_object_unref (task);
    }
}

static void
ask (GTask *task)
{
  Recovery *recovery = g_task_get_task_data (task);
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (recovery->parent, _("Cannot Open the Database"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog), "%s\n\n%s", recovery->message,
                                  recovery->path);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "quit", _("_Quit"),
                                    "open", _("_Open Another…"),
                                    "restore", _("_Restore Backup…"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "restore",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "restore");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "quit");

  /* The task travels through the dialog and the file chooser. */
  g_signal_connect (dialog, "response", G_CALLBACK (response_cb), task);
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * mc_database_recovery_run_async:
 * @parent: (nullable): the window to attach the dialog to
 * @path: the database that failed to open
 * @error: why it failed
 * @cancellable: (nullable): a #GCancellable
 * @callback: called with the user's answer
 * @user_data: data for @callback
 */
void
mc_database_recovery_run_async (GtkWindow           *parent,
                                const char          *path,
                                const GError        *error,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  GTask *task;
  Recovery *recovery;

  g_return_if_fail (path != NULL);
  g_return_if_fail (error != NULL);

  recovery = g_new0 (Recovery, 1);
  recovery->parent = parent != NULL ? g_object_ref (parent) : NULL;
  recovery->path = g_strdup (path);
  recovery->message = g_strdup (error->message);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, mc_database_recovery_run_async);
  g_task_set_task_data (task, recovery, (GDestroyNotify) recovery_free);

  ask (task);
}

/**
 * mc_database_recovery_run_finish:
 * @result: the #GAsyncResult
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): the database to open, or %NULL when
 *   the user chose to quit
 */
char *
mc_database_recovery_run_finish (GAsyncResult  *result,
                                 GError       **error)
{
  g_return_val_if_fail (G_IS_TASK (result), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
