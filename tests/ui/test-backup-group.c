/* test-backup-group.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Widget tests of the Backups group of the preferences' Office page: the
 * real McPreferencesWindow, opened for an administrator (or a clerk, or
 * nobody signed in, who may only back up), on a real database opened by
 * McContext on its worker, driven through the group's actions with the
 * real main loop.
 * The file choosers are native dialogs, out of the test's reach: the
 * group's functions they call with the chosen file are called instead.
 * Needs a display: run under xvfb-run. */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>

#include "mc-backup.h"
#include "mc-backup-group.h"
#include "mc-backup-service.h"
#include "mc-backup-store.h"
#include "mc-catalogue-import.h"
#include "mc-context.h"
#include "mc-dossier-store.h"
#include "mc-format.h"
#include "mc-preferences-window.h"
#include "mc-staff-store.h"
#include "mc-ui-test-util.h"
#include "mc-ui-util.h"

#define STAFF_PASSWORD "motcua2026"

static const McActor clerk = { 0, "Nguyễn Thị Hoa", "Cán bộ một cửa", MC_STAFF_ROLE_CLERK, "PC-1" };

typedef struct
{
  char                *path;
  char                *folder;
  McContext           *context;
  McStaff             *admin;
  McStaff             *clerk;
  McPreferencesWindow *window;
  McBackupGroup       *group;
  McBackupService     *service;
} Fixture;

static void
receive (McDatabase *db)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(McDossier) dossier = NULL;
  McDossierDraft draft = { 0, };

  draft.procedure_code = "1.004884";
  draft.applicant_name = "Trần Văn Đức";
  dossier = mc_dossier_store_receive (db, &draft, &clerk, now, &error);
  g_assert_no_error (error);
}

static gpointer
receive_work (McDatabase  *db,
              gpointer     data,
              GError     **error)
{
  receive (db);
  return NULL;
}

static gpointer
count_work (McDatabase  *db,
            gpointer     data,
            GError     **error)
{
  g_autoptr(McStatement) stmt = mc_database_prepare (db, "SELECT count(*) FROM dossier", error);
  gboolean has_row;

  g_assert_nonnull (stmt);
  g_assert_true (mc_database_step (db, stmt, &has_row, error));
  return GINT_TO_POINTER (sqlite3_column_int (stmt, 0));
}

static gpointer
count_backups_made_work (McDatabase  *db,
                         gpointer     data,
                         GError     **error)
{
  g_autoptr(McStatement) stmt = mc_database_prepare (db,
    "SELECT count(*) FROM audit_entry WHERE kind = 'backup.create'", error);
  gboolean has_row;

  g_assert_nonnull (stmt);
  g_assert_true (mc_database_step (db, stmt, &has_row, error));
  return GINT_TO_POINTER (sqlite3_column_int (stmt, 0));
}

static gpointer
stored_folder_work (McDatabase  *db,
                    gpointer     data,
                    GError     **error)
{
  char *folder = mc_backup_store_get_folder (db, error);

  g_assert_no_error (*error);
  return folder;
}

static int
count_backups_made (Fixture *fixture)
{
  return GPOINTER_TO_INT (mc_ui_test_run_on_worker (fixture->context, count_backups_made_work,
                                                    NULL));
}

static int
count_dossiers (Fixture *fixture)
{
  return GPOINTER_TO_INT (mc_ui_test_run_on_worker (fixture->context, count_work, NULL));
}

/* The backup files of @folder, by name. */
static GPtrArray *
list_backups (const char *folder)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  GPtrArray *files = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  if (dir == NULL)
    return files;
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".sqlite") && name[0] != '.')
      g_ptr_array_add (files, g_build_filename (folder, name, NULL));

  return files;
}

static gboolean
group_idle (Fixture *fixture)
{
  return !mc_backup_group_get_busy (fixture->group);
}

static gboolean
folder_shown (Fixture *fixture)
{
  const char *subtitle = adw_action_row_get_subtitle (
    ADW_ACTION_ROW (mc_ui_test_find_widget (GTK_WIDGET (fixture->group), mc_ui_test_match_row,
                                            "Folder")));

  return g_strcmp0 (subtitle, fixture->folder) == 0;
}

static const char *
row_subtitle (Fixture    *fixture,
              const char *title)
{
  GtkWidget *row = mc_ui_test_find_widget (GTK_WIDGET (fixture->group), mc_ui_test_match_row,
                                           title);

  g_assert_nonnull (row);
  return adw_action_row_get_subtitle (ADW_ACTION_ROW (row));
}

static gboolean
error_shown (Fixture *fixture)
{
  return group_idle (fixture) && mc_backup_service_get_last_error (fixture->service) != NULL;
}

static gboolean
dialog_shown (gpointer data)
{
  return mc_ui_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG) != NULL;
}

static gboolean
window_finalized (Fixture *fixture)
{
  return fixture->window == NULL;
}

/* The preferences opened for @staff, or for nobody signed in. */
static void
open_window (Fixture *fixture,
             McStaff *staff)
{
  fixture->window = mc_preferences_window_new_for_staff (NULL, fixture->context, staff);
  g_object_add_weak_pointer (G_OBJECT (fixture->window), (gpointer *) &fixture->window);
  gtk_window_present (GTK_WINDOW (fixture->window));
  fixture->group = MC_BACKUP_GROUP (mc_ui_test_find_by_type (fixture->window,
                                                             MC_TYPE_BACKUP_GROUP));
  g_assert_nonnull (fixture->group);
}

static void
close_window (Fixture *fixture)
{
  GtkWindow *dialog;

  while ((dialog = mc_ui_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG)) != NULL)
    gtk_window_destroy (dialog);
  if (fixture->window != NULL)
    gtk_window_destroy (GTK_WINDOW (fixture->window));
  mc_ui_test_wait_until (window_finalized, fixture, "the window to be finalized");
  fixture->group = NULL;
}

static gboolean
action_sensitive (Fixture    *fixture,
                  const char *action)
{
  GtkWidget *button = mc_ui_test_find_widget (GTK_WIDGET (fixture->group),
                                              mc_ui_test_match_action_button, action);

  g_assert_nonnull (button);
  return gtk_widget_get_sensitive (button);
}

static gboolean
caption_shown (Fixture *fixture)
{
  GtkWidget *label = mc_ui_test_find_widget (GTK_WIDGET (fixture->group), mc_ui_test_match_label,
                                             "Only an administrator can restore a backup or "
                                             "change the folder.");

  g_assert_nonnull (label);
  return gtk_widget_get_visible (label);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *catalogue = g_build_filename (TEST_DATA_DIR, "catalogue-small.json", NULL);

  /* G_TEST_OPTION_ISOLATE_DIRS gives each test its own data directory. */
  fixture->path = g_build_filename (g_get_user_data_dir (), "motcua.sqlite", NULL);
  fixture->folder = g_build_filename (g_get_user_data_dir (), "usb", NULL);
  g_assert_cmpint (g_mkdir_with_parents (fixture->folder, 0700), ==, 0);

  /* An office with two dossiers. */
  {
    g_autoptr(McDatabase) db = mc_database_open (fixture->path, &error);

    g_assert_no_error (error);
    g_assert_true (mc_catalogue_import_file (db, catalogue, NULL, &error));
    g_assert_true (mc_dossier_store_set_office_identity (db, "000.17.22.H56", "UBND xã Tân Lập",
                                                         "Tân Lập", &error));
    g_assert_no_error (error);
    receive (db);
    receive (db);

    /* Its administrator, who alone may restore and choose the folder,
     * and a clerk. */
    fixture->admin = mc_staff_store_create (db, "quantri", "Quản trị hệ thống", NULL,
                                            MC_STAFF_ROLE_ADMINISTRATOR, STAFF_PASSWORD, NULL,
                                            &error);
    g_assert_no_error (error);
    fixture->clerk = mc_staff_store_create (db, "lan", "Nguyễn Thị Lan", NULL,
                                            MC_STAFF_ROLE_CLERK, STAFF_PASSWORD, fixture->admin,
                                            &error);
    g_assert_no_error (error);
  }

  fixture->context = mc_context_new ();
  g_assert_true (mc_ui_test_open_database (fixture->context, fixture->path, MC_CONTEXT_OPEN_NONE,
                                           &error));
  g_assert_no_error (error);

  open_window (fixture, fixture->admin);
  /* The group's, shared with the application's daily timer. */
  fixture->service = mc_backup_service_ref_for_database (fixture->path);

  /* The folder the backups go to. */
  {
    g_autoptr(GFile) folder = g_file_new_for_path (fixture->folder);

    mc_backup_group_set_folder (fixture->group, folder);
    mc_ui_test_wait_until (folder_shown, fixture, "the chosen folder to show");
    mc_ui_test_wait_until (group_idle, fixture, "the folder to be saved");
  }
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  close_window (fixture);
  g_clear_object (&fixture->service);
  g_clear_object (&fixture->admin);
  g_clear_object (&fixture->clerk);
  g_clear_object (&fixture->context);
  g_free (fixture->path);
  g_free (fixture->folder);
}

static McBackupInfo *
back_up_now (Fixture *fixture)
{
  g_autoptr(GPtrArray) files = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->group), "backup.back-up-now",
                                             NULL));
  g_assert_true (mc_backup_group_get_busy (fixture->group));
  mc_ui_test_wait_until (group_idle, fixture, "the backup to be made");

  files = list_backups (fixture->folder);
  g_assert_cmpuint (files->len, ==, 1);

  return mc_backup_inspect (g_ptr_array_index (files, 0), &error);
}

static void
test_back_up_now (Fixture       *fixture,
                  gconstpointer  user_data)
{
  g_autoptr(McBackupInfo) info = NULL;
  g_autofree char *when = NULL;
  g_autofree char *base = NULL;
  GStatBuf st;

  g_assert_cmpstr (row_subtitle (fixture, "Last Backup"), ==, "None yet");

  info = back_up_now (fixture);
  g_assert_nonnull (info);
  g_assert_cmpint (info->n_dossiers, ==, 2);
  base = g_path_get_basename (info->path);
  g_assert_true (g_str_has_prefix (base, "motcua-backup-"));
  g_assert_cmpint (g_stat (info->path, &st), ==, 0);
  g_assert_cmpuint (st.st_mode & 0777, ==, 0600);

  /* The group shows the backup's time. */
  when = mc_format_moment (info->taken_at);
  g_assert_cmpstr (row_subtitle (fixture, "Last Backup"), ==, when);

  /* And in the audit trail. */
  g_assert_cmpint (GPOINTER_TO_INT (mc_ui_test_run_on_worker (fixture->context,
                                                              count_backups_made_work, NULL)),
                   ==, 1);
}

static void
test_restore (Fixture       *fixture,
              gconstpointer  user_data)
{
  g_autoptr(McBackupInfo) info = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *when = NULL;
  g_autofree char *kept_pattern = NULL;
  g_autoptr(GDir) dir = NULL;
  const char *name;
  const char *body;
  guint kept = 0;
  GtkWindow *dialog;

  info = back_up_now (fixture);
  g_assert_nonnull (info);

  /* A dossier received after the backup. */
  mc_ui_test_run_on_worker (fixture->context, receive_work, NULL);
  g_assert_cmpint (count_dossiers (fixture), ==, 3);

  /* The backup chosen: its date and number of dossiers, asked first. */
  file = g_file_new_for_path (info->path);
  mc_backup_group_restore_file (fixture->group, file);
  mc_ui_test_wait_until (dialog_shown, NULL, "the confirmation");
  dialog = mc_ui_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), ==,
                   "Restore This Backup?");
  body = adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog));
  g_test_message ("%s", body);
  when = mc_format_moment (info->taken_at);
  g_assert_nonnull (strstr (body, when));
  g_assert_nonnull (strstr (body, "2 dossiers"));
  g_assert_cmpint (count_dossiers (fixture), ==, 3);

  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "restore");
  mc_ui_test_wait_until (group_idle, fixture, "the restore");

  /* The backup's data, through the worker's own connection. */
  g_assert_cmpint (count_dossiers (fixture), ==, 2);

  /* And the database as it was, kept beside it. */
  dir = g_dir_open (g_get_user_data_dir (), 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (name, "motcua.sqlite.before-restore-"))
      {
        g_autofree char *path = g_build_filename (g_get_user_data_dir (), name, NULL);
        g_autoptr(McBackupInfo) copy = NULL;
        g_autoptr(GError) error = NULL;

        copy = mc_backup_inspect (path, &error);
        g_assert_no_error (error);
        g_assert_cmpint (copy->n_dossiers, ==, 3);
        kept++;
      }
  g_assert_cmpuint (kept, ==, 1);
}

static void
test_restore_cancelled (Fixture       *fixture,
                        gconstpointer  user_data)
{
  g_autoptr(McBackupInfo) info = back_up_now (fixture);
  g_autoptr(GFile) file = g_file_new_for_path (info->path);
  GtkWindow *dialog;

  mc_ui_test_run_on_worker (fixture->context, receive_work, NULL);

  mc_backup_group_restore_file (fixture->group, file);
  mc_ui_test_wait_until (dialog_shown, NULL, "the confirmation");
  dialog = mc_ui_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  mc_ui_test_wait_until (group_idle, fixture, "the group to settle");
  mc_ui_test_spin (200);

  g_assert_cmpint (count_dossiers (fixture), ==, 3);
}

static void
test_not_a_backup (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_autofree char *path = g_build_filename (fixture->folder, "notes.sqlite", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GtkWindow *dialog;

  g_assert_true (g_file_set_contents (path, "ghi chép, không phải dữ liệu", -1, NULL));

  mc_backup_group_restore_file (fixture->group, file);
  mc_ui_test_wait_until (dialog_shown, NULL, "the error");
  dialog = mc_ui_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), ==,
                   "This File Cannot Be Restored");
  g_assert_cmpint (count_dossiers (fixture), ==, 2);
}

static void
test_missing_folder (Fixture       *fixture,
                     gconstpointer  user_data)
{
  g_autofree char *missing = g_build_filename (g_get_user_data_dir (), "unplugged", NULL);
  g_autoptr(GFile) folder = g_file_new_for_path (missing);
  GtkWidget *label;

  g_free (fixture->folder);
  fixture->folder = g_strdup (missing);
  mc_backup_group_set_folder (fixture->group, folder);
  mc_ui_test_wait_until (folder_shown, fixture, "the chosen folder to show");
  mc_ui_test_wait_until (group_idle, fixture, "the folder to be saved");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->group), "backup.back-up-now",
                                             NULL));
  mc_ui_test_wait_until (error_shown, fixture, "the failure to show");

  /* The message, under the group; no folder made in the disk's place. */
  label = mc_ui_test_find_widget (GTK_WIDGET (fixture->group), mc_ui_test_match_label,
                                  mc_backup_service_get_last_error (fixture->service));
  g_assert_nonnull (label);
  g_assert_true (gtk_widget_get_visible (label));
  g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (label)), missing));
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  g_assert_cmpstr (row_subtitle (fixture, "Last Backup"), ==, "None yet");
}

static void
test_administrator (Fixture       *fixture,
                    gconstpointer  user_data)
{
  /* The fixture's window is the administrator's: everything is open. */
  g_assert_true (mc_backup_group_get_administrator (fixture->group));
  g_assert_true (action_sensitive (fixture, "backup.back-up-now"));
  g_assert_true (action_sensitive (fixture, "backup.restore"));
  g_assert_true (action_sensitive (fixture, "backup.choose-folder"));
  g_assert_false (caption_shown (fixture));
}

/* Whoever is not an administrator, @staff or nobody signed in, sees the
 * folder and the last backup and may back up now, but neither restore
 * nor change the folder. */
static void
check_not_administrator (Fixture    *fixture,
                         McStaff    *staff,
                         const char *backup_path,
                         const char *when)
{
  g_autofree char *elsewhere = g_build_filename (g_get_user_data_dir (), "elsewhere", NULL);
  g_autoptr(GFile) folder = g_file_new_for_path (elsewhere);
  g_autoptr(GFile) file = g_file_new_for_path (backup_path);
  g_autofree char *stored = NULL;
  int backups_made;

  open_window (fixture, staff);
  mc_ui_test_wait_until (folder_shown, fixture, "the folder to show");
  mc_ui_test_wait_until (group_idle, fixture, "the group to settle");

  g_assert_false (mc_backup_group_get_administrator (fixture->group));
  g_assert_cmpstr (row_subtitle (fixture, "Last Backup"), ==, when);
  g_assert_true (caption_shown (fixture));
  g_assert_true (action_sensitive (fixture, "backup.back-up-now"));
  g_assert_false (action_sensitive (fixture, "backup.restore"));
  g_assert_false (action_sensitive (fixture, "backup.choose-folder"));

  /* Asked through the functions the file choosers call: nothing asked,
   * nothing restored. */
  mc_backup_group_restore_file (fixture->group, file);
  g_assert_false (mc_backup_group_get_busy (fixture->group));
  mc_ui_test_spin (200);
  g_assert_null (mc_ui_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_cmpint (count_dossiers (fixture), ==, 3);

  /* Nor is the folder changed, neither shown nor stored. */
  mc_backup_group_set_folder (fixture->group, folder);
  g_assert_false (mc_backup_group_get_busy (fixture->group));
  mc_ui_test_spin (200);
  g_assert_true (folder_shown (fixture));
  stored = mc_ui_test_run_on_worker (fixture->context, stored_folder_work, NULL);
  g_assert_cmpstr (stored, ==, fixture->folder);

  /* A backup harms nothing: anyone may make one. */
  backups_made = count_backups_made (fixture);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->group), "backup.back-up-now",
                                             NULL));
  g_assert_true (mc_backup_group_get_busy (fixture->group));
  mc_ui_test_wait_until (group_idle, fixture, "the backup to be made");
  g_assert_null (mc_backup_service_get_last_error (fixture->service));
  g_assert_cmpint (count_backups_made (fixture), ==, backups_made + 1);
  g_assert_cmpstr (row_subtitle (fixture, "Last Backup"), !=, "None yet");

  close_window (fixture);
}

static void
test_not_administrator (Fixture       *fixture,
                        gconstpointer  user_data)
{
  g_autoptr(McBackupInfo) info = back_up_now (fixture);
  g_autofree char *when = mc_format_moment (info->taken_at);

  /* A dossier received after the backup, which a restore would lose. */
  mc_ui_test_run_on_worker (fixture->context, receive_work, NULL);
  g_assert_cmpint (count_dossiers (fixture), ==, 3);
  close_window (fixture);

  check_not_administrator (fixture, fixture->clerk, info->path, when);

  /* The clerk's backup may be of the same second, then the same time. */
  g_clear_pointer (&when, g_free);
  when = mc_format_moment (mc_backup_service_get_last_backup (fixture->service));
  check_not_administrator (fixture, NULL, info->path, when);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(McApplication) app = NULL;

  if (!mc_ui_test_init (&argc, &argv))
    return 1;

  app = mc_ui_test_register_application ();

#define ADD(path, func) \
  g_test_add ("/ui/backup-group/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("back-up-now", test_back_up_now);
  ADD ("restore", test_restore);
  ADD ("restore-cancelled", test_restore_cancelled);
  ADD ("not-a-backup", test_not_a_backup);
  ADD ("missing-folder", test_missing_folder);
  ADD ("administrator", test_administrator);
  ADD ("not-administrator", test_not_administrator);

  return g_test_run ();
}
