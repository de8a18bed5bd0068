/* test-office-page.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Widget tests of the Office and Accounts pages of the preferences: the
 * real McPreferencesWindow, opened for an administrator or a clerk, on a
 * real database opened by McContext on its worker thread, driven through
 * its rows and actions with the real main loop. What a page claims to
 * have saved is read back through the stores on the same worker. Needs a
 * display: run under xvfb-run. With MOTCUA_SCREENSHOTS=DIR, both pages
 * are saved as PNGs there. */

#include "config.h"

#include "mc-accounts-page.h"
#include "mc-calendar-page.h"
#include "mc-context.h"
#include "mc-dossier-store.h"
#include "mc-form-settings-group.h"
#include "mc-office-identity.h"
#include "mc-office-page.h"
#include "mc-office-store.h"
#include "mc-preferences-window.h"
#include "mc-staff-store.h"
#include "mc-ui-test-util.h"
#include "mc-window.h"

#define PASSWORD "motcua2026"

/*
 * The database, read through the stores on the worker
 */

typedef struct
{
  gboolean  done;
  gpointer  value;
  GError   *error;
} SyncCall;

static void
sync_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  SyncCall *call = user_data;

  call->value = mc_db_worker_run_finish (MC_DB_WORKER (object), result, &call->error);
  call->done = TRUE;
}

static gboolean
sync_done (SyncCall *call)
{
  return call->done;
}

static gpointer
run_on_worker (McContext      *context,
               McDbWorkFunc    func,
               gpointer        data,
               GDestroyNotify  result_destroy)
{
  SyncCall call = { FALSE, NULL, NULL };

  mc_db_worker_run_async (mc_context_get_worker (context), func, data, NULL, result_destroy,
                          NULL, sync_done_cb, &call);
  mc_ui_test_wait_until (sync_done, &call, "the database worker");
  g_assert_no_error (call.error);

  return call.value;
}

static gpointer
load_settings_work (McDatabase  *db,
                    gpointer     data,
                    GError     **error)
{
  return mc_office_store_load (db, error);
}

static McOfficeSettings *
stored_settings (McContext *context)
{
  return run_on_worker (context, load_settings_work, NULL,
                        (GDestroyNotify) mc_office_settings_free);
}

typedef struct
{
  char          *name;
  McNumberRange  range;
} Workstation;

static gpointer
get_workstation_work (McDatabase  *db,
                      gpointer     data,
                      GError     **error)
{
  Workstation *workstation = data;

  if (!mc_dossier_store_get_workstation (db, &workstation->name, &workstation->range, error))
    return NULL;

  return GINT_TO_POINTER (TRUE);
}

static gpointer
list_staff_work (McDatabase  *db,
                 gpointer     data,
                 GError     **error)
{
  return mc_staff_store_list (db, TRUE, error);
}

static GPtrArray *
stored_staff (McContext *context)
{
  return run_on_worker (context, list_staff_work, NULL, (GDestroyNotify) g_ptr_array_unref);
}

static McStaff *
find_staff (GPtrArray  *staff,
            const char *username)
{
  for (guint i = 0; i < staff->len; i++)
    if (g_str_equal (mc_staff_get_username (g_ptr_array_index (staff, i)), username))
      return g_ptr_array_index (staff, i);

  return NULL;
}

typedef struct
{
  const char *username;
  const char *password;
} Credentials;

static gpointer
authenticate_work (McDatabase  *db,
                   gpointer     data,
                   GError     **error)
{
  Credentials *credentials = data;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(McStaff) staff = NULL;

  /* A refusal is an answer here, not a failure. */
  staff = mc_staff_store_authenticate (db, credentials->username, credentials->password,
                                       &local_error);
  return GINT_TO_POINTER (staff != NULL ? 1 : 2);
}

static gboolean
can_sign_in (McContext  *context,
             const char *username,
             const char *password)
{
  Credentials credentials = { username, password };

  return GPOINTER_TO_INT (run_on_worker (context, authenticate_work, &credentials, NULL)) == 1;
}

typedef struct
{
  const char *username;
  const char *full_name;
  McStaffRole role;
  McStaff    *creator;
} NewStaff;

static gpointer
create_staff_work (McDatabase  *db,
                   gpointer     data,
                   GError     **error)
{
  NewStaff *staff = data;

  return mc_staff_store_create (db, staff->username, staff->full_name, NULL, staff->role,
                                PASSWORD, staff->creator, error);
}

static gpointer
load_identity_work (McDatabase  *db,
                    gpointer     data,
                    GError     **error)
{
  return mc_dossier_store_get_office_identity (db, error);
}

static McOfficeIdentity *
stored_identity (McContext *context)
{
  return run_on_worker (context, load_identity_work, NULL,
                        (GDestroyNotify) mc_office_identity_free);
}

/*
 * Screenshots
 */

static void
save_screenshot (GtkWidget  *widget,
                 const char *name)
{
  const char *dir = g_getenv ("MOTCUA_SCREENSHOTS");
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GtkSnapshot) snapshot = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = NULL;
  GskRenderer *renderer;
  int width, height;

  if (dir == NULL)
    return;

  mc_ui_test_spin (300);
  width = gtk_widget_get_width (widget);
  height = gtk_widget_get_height (widget);
  paintable = gtk_widget_paintable_new (widget);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  path = g_build_filename (dir, name, NULL);
  gdk_texture_save_to_png (texture, path);
}

/*
 * Fixture: a preferences window on a database of its own, with an
 * administrator and a clerk
 */

typedef struct
{
  McContext           *context;
  McStaff             *admin;
  McStaff             *clerk;
  McPreferencesWindow *window;
  McOfficePage        *office_page;
  McAccountsPage      *accounts_page;
} Fixture;

static gboolean
pages_idle (Fixture *fixture)
{
  return !mc_office_page_get_busy (fixture->office_page) &&
         (fixture->accounts_page == NULL || !mc_accounts_page_get_busy (fixture->accounts_page));
}

static gboolean
window_mapped (Fixture *fixture)
{
  return gtk_widget_get_mapped (GTK_WIDGET (fixture->window));
}

static gboolean
window_finalized (Fixture *fixture)
{
  return fixture->window == NULL;
}

static void
open_window (Fixture *fixture,
             McStaff *staff)
{
  fixture->window = mc_preferences_window_new_for_staff (NULL, fixture->context, staff);
  g_object_add_weak_pointer (G_OBJECT (fixture->window), (gpointer *) &fixture->window);
  gtk_window_present (GTK_WINDOW (fixture->window));

  fixture->office_page = MC_OFFICE_PAGE (mc_ui_test_find_by_type (fixture->window,
                                                                  MC_TYPE_OFFICE_PAGE));
  g_assert_nonnull (fixture->office_page);
  fixture->accounts_page = (McAccountsPage *) mc_ui_test_find_by_type (fixture->window,
                                                                       MC_TYPE_ACCOUNTS_PAGE);

  mc_ui_test_wait_until (window_mapped, fixture, "the window to be mapped");
  mc_ui_test_wait_until (pages_idle, fixture, "the pages to load");
}

static void
close_window (Fixture *fixture)
{
  if (fixture->window != NULL)
    gtk_window_destroy (GTK_WINDOW (fixture->window));

  /* Nothing may keep the window alive: not the answers on their way
   * from the worker. */
  mc_ui_test_wait_until (window_finalized, fixture, "the destroyed window to be finalized");
  fixture->office_page = NULL;
  fixture->accounts_page = NULL;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *db_path = NULL;
  NewStaff admin = { "quantri", "Quản trị hệ thống", MC_STAFF_ROLE_ADMINISTRATOR, NULL };
  NewStaff clerk = { "lan", "Nguyễn Thị Lan", MC_STAFF_ROLE_CLERK, NULL };
  gboolean opened;

  /* G_TEST_OPTION_ISOLATE_DIRS gives each test its own data directory. */
  db_path = g_build_filename (g_get_user_data_dir (), "test.sqlite", NULL);
  g_assert_false (g_file_test (db_path, G_FILE_TEST_EXISTS));

  fixture->context = mc_context_new ();
  opened = mc_ui_test_open_database (fixture->context, db_path, MC_CONTEXT_OPEN_NONE, &error);
  g_assert_no_error (error);
  g_assert_true (opened);

  fixture->admin = run_on_worker (fixture->context, create_staff_work, &admin, g_object_unref);
  clerk.creator = fixture->admin;
  fixture->clerk = run_on_worker (fixture->context, create_staff_work, &clerk, g_object_unref);

  open_window (fixture, fixture->admin);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  close_window (fixture);
  g_clear_object (&fixture->admin);
  g_clear_object (&fixture->clerk);
  g_clear_object (&fixture->context);
  mc_ui_test_spin (50);
}

/*
 * Driving the pages
 */

static AdwEntryRow *
find_entry_row (gpointer    page,
                const char *title)
{
  GtkWidget *row = mc_ui_test_find_widget (GTK_WIDGET (page), mc_ui_test_match_row, title);

  if (row == NULL)
    g_error ("No row titled “%s”", title);
  g_assert_true (ADW_IS_ENTRY_ROW (row));
  return ADW_ENTRY_ROW (row);
}

static void
set_row (gpointer    page,
         const char *title,
         const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (find_entry_row (page, title)), text);
}

static gboolean
row_has_error (gpointer    page,
               const char *title)
{
  return gtk_widget_has_css_class (GTK_WIDGET (find_entry_row (page, title)), "error");
}

/* Activates @action as its button would, and waits for the answer. */
static void
activate (Fixture    *fixture,
          gpointer    page,
          const char *action)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), action, NULL));
  mc_ui_test_wait_until (pages_idle, fixture, action);
}

/* A visible error label whose text holds @data. */
static gboolean
match_error_label (GtkWidget     *widget,
                   gconstpointer  data)
{
  return GTK_IS_LABEL (widget) && gtk_widget_has_css_class (widget, "error") &&
         gtk_widget_get_visible (widget) &&
         strstr (gtk_label_get_label (GTK_LABEL (widget)), data) != NULL;
}

static gboolean
shows_error (gpointer    page,
             const char *text)
{
  return mc_ui_test_find_widget (GTK_WIDGET (page), match_error_label, text) != NULL;
}

#define AGENCY_CODE_ROW "Agency Electronic ID Code (e.g. 000.17.22.H56)"
#define RANGE_ROW       "Dossier Numbers (FIRST-LAST)"
#define THRESHOLDS_ROW  "Evaluation Classes (lowest totals, e.g. 15,12,9,6)"

/*
 * The Office page
 */

static void
test_agency_code_invalid (Fixture       *fixture,
                          gconstpointer  user_data)
{
  g_autoptr(McOfficeSettings) stored = NULL;

  set_row (fixture->office_page, AGENCY_CODE_ROW, "000.17.22");
  set_row (fixture->office_page, "Agency Name", "UBND xã Mẫu Sơn");
  activate (fixture, fixture->office_page, "office.apply-identity");

  /* The error shows at the field, and nothing is stored: not even the
   * name, applied with it. */
  g_assert_true (row_has_error (fixture->office_page, AGENCY_CODE_ROW));
  g_assert_true (shows_error (fixture->office_page, "four groups"));
  stored = stored_settings (fixture->context);
  g_assert_cmpstr (stored->agency_code, ==, "");
  g_assert_cmpstr (stored->agency_name, ==, "");

  save_screenshot (GTK_WIDGET (fixture->window), "office-page-error.png");

  /* Typing clears the error. */
  set_row (fixture->office_page, AGENCY_CODE_ROW, "000.17.22.h56");
  g_assert_false (row_has_error (fixture->office_page, AGENCY_CODE_ROW));
  activate (fixture, fixture->office_page, "office.apply-identity");
  g_assert_true (row_has_error (fixture->office_page, AGENCY_CODE_ROW));
  g_clear_pointer (&stored, mc_office_settings_free);
  stored = stored_settings (fixture->context);
  g_assert_cmpstr (stored->agency_code, ==, "");
}

static void
test_agency_code_valid (Fixture       *fixture,
                        gconstpointer  user_data)
{
  g_autoptr(McOfficeSettings) stored = NULL;
  GtkWidget *apply = mc_ui_test_find_widget (GTK_WIDGET (fixture->office_page),
                                             mc_ui_test_match_action_button,
                                             "office.apply-identity");

  /* Nothing to apply until a field changes. */
  g_assert_false (gtk_widget_get_sensitive (apply));

  set_row (fixture->office_page, AGENCY_CODE_ROW, " 000.17.22.H56 ");
  set_row (fixture->office_page, "Agency Name", "UBND xã Mẫu Sơn");
  set_row (fixture->office_page, "Place Name", "Mẫu Sơn");
  g_assert_true (gtk_widget_get_sensitive (apply));
  activate (fixture, fixture->office_page, "office.apply-identity");
  g_assert_false (gtk_widget_get_sensitive (apply));

  g_assert_false (row_has_error (fixture->office_page, AGENCY_CODE_ROW));
  stored = stored_settings (fixture->context);
  g_assert_cmpstr (stored->agency_code, ==, "000.17.22.H56");
  g_assert_cmpstr (stored->agency_name, ==, "UBND xã Mẫu Sơn");
  g_assert_cmpstr (stored->place_name, ==, "Mẫu Sơn");

  /* The field shows what was stored. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (find_entry_row (fixture->office_page,
                                                                        AGENCY_CODE_ROW))),
                   ==, "000.17.22.H56");

  /* Opened again, the page shows the stored identity. */
  close_window (fixture);
  open_window (fixture, fixture->admin);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (find_entry_row (fixture->office_page,
                                                                        "Place Name"))),
                   ==, "Mẫu Sơn");
}

static void
test_workstation (Fixture       *fixture,
                  gconstpointer  user_data)
{
  g_autoptr(McOfficeSettings) stored = NULL;
  Workstation workstation = { NULL, { 0, 0 } };
  GtkSpinButton *idle;

  idle = GTK_SPIN_BUTTON (mc_ui_test_find_by_type (fixture->office_page, GTK_TYPE_SPIN_BUTTON));
  g_assert_cmpint (gtk_spin_button_get_value_as_int (idle), ==, 10);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (find_entry_row (fixture->office_page,
                                                                        RANGE_ROW))),
                   ==, "1-9999");

  /* A range backwards is refused at its field; nothing is stored, not
   * even the other fields of the group. */
  set_row (fixture->office_page, "Workstation Name", "Quầy 2");
  set_row (fixture->office_page, RANGE_ROW, "9999-5000");
  gtk_spin_button_set_value (idle, 30);
  activate (fixture, fixture->office_page, "office.apply-workstation");
  g_assert_true (row_has_error (fixture->office_page, RANGE_ROW));
  g_assert_true (shows_error (fixture->office_page, "did you mean 5000-9999?"));
  stored = stored_settings (fixture->context);
  g_assert_cmpstr (stored->range, ==, "1-9999");
  g_assert_cmpstr (stored->workstation_name, ==, "");
  g_assert_cmpint (stored->idle_lock_minutes, ==, 10);

  set_row (fixture->office_page, RANGE_ROW, "5000-9999");
  activate (fixture, fixture->office_page, "office.apply-workstation");
  g_assert_false (row_has_error (fixture->office_page, RANGE_ROW));

  /* The dossier store hands out numbers from the new range. */
  run_on_worker (fixture->context, get_workstation_work, &workstation, NULL);
  g_assert_cmpuint (workstation.range.first, ==, 5000);
  g_assert_cmpuint (workstation.range.last, ==, 9999);
  g_assert_cmpstr (workstation.name, ==, "Quầy 2");
  g_free (workstation.name);

  g_clear_pointer (&stored, mc_office_settings_free);
  stored = stored_settings (fixture->context);
  g_assert_cmpint (stored->idle_lock_minutes, ==, 30);

  save_screenshot (GTK_WIDGET (fixture->window), "office-page.png");
}

static const char *
row_text (gpointer    page,
          const char *title)
{
  return gtk_editable_get_text (GTK_EDITABLE (find_entry_row (page, title)));
}

static void
test_form_settings (Fixture       *fixture,
                    gconstpointer  user_data)
{
  g_autoptr(McOfficeIdentity) stored = NULL;
  GtkWidget *group = mc_ui_test_find_by_type (fixture->office_page,
                                              MC_TYPE_FORM_SETTINGS_GROUP);
  GtkWidget *apply = mc_ui_test_find_widget (group, mc_ui_test_match_action_button,
                                             "forms.apply");

  /* The counter's usual name is there to edit; nothing to apply yet. */
  g_assert_cmpstr (row_text (group, "Counter Name"), ==, "Bộ phận tiếp nhận và trả kết quả");
  g_assert_false (gtk_widget_get_sensitive (apply));

  /* A bad phone and a blank counter name are refused at their fields,
   * and nothing of the group is stored, not even the leader's name. */
  set_row (group, "Counter Name", "  ");
  set_row (group, "Counter Phone", "12345");
  set_row (group, THRESHOLDS_ROW, "15,12");
  set_row (group, "Leader’s Name", "Nguyễn Văn An");
  g_assert_true (gtk_widget_get_sensitive (apply));
  activate (fixture, group, "forms.apply");
  g_assert_true (row_has_error (group, "Counter Name"));
  g_assert_true (row_has_error (group, "Counter Phone"));
  g_assert_true (row_has_error (group, THRESHOLDS_ROW));
  g_assert_false (row_has_error (group, "Leader’s Name"));
  g_assert_true (shows_error (group, "counter’s name"));
  stored = stored_identity (fixture->context);
  g_assert_cmpstr (stored->counter_name, ==, "Bộ phận tiếp nhận và trả kết quả");
  g_assert_cmpstr (stored->counter_phone, ==, "");
  g_assert_cmpstr (stored->leader_name, ==, "");

  save_screenshot (group, "form-settings-error.png");

  /* Corrected, everything is stored, and the fields show what was. */
  set_row (group, "Counter Name", " Trung tâm Phục vụ hành chính công xã ");
  g_assert_false (row_has_error (group, "Counter Name"));
  set_row (group, "Counter Phone", "0912 345 678");
  set_row (group, "Leader Signs As (e.g. KT. CHỦ TỊCH)", "KT. CHỦ TỊCH");
  set_row (group, "Leader’s Title (e.g. PHÓ CHỦ TỊCH)", "PHÓ CHỦ TỊCH");
  set_row (group, "Reports Sent To (e.g. UBND huyện …)", "UBND huyện Tân Yên");
  set_row (group, THRESHOLDS_ROW, " 16, 13.5, 10, 7 ");
  activate (fixture, group, "forms.apply");
  g_assert_false (row_has_error (group, "Counter Phone"));
  g_assert_false (gtk_widget_get_sensitive (apply));

  g_clear_pointer (&stored, mc_office_identity_free);
  stored = stored_identity (fixture->context);
  g_assert_cmpstr (stored->counter_name, ==, "Trung tâm Phục vụ hành chính công xã");
  g_assert_cmpstr (stored->counter_phone, ==, row_text (group, "Counter Phone"));
  g_assert_cmpstr (stored->counter_phone, !=, "");
  g_assert_cmpstr (stored->leader_capacity, ==, "KT. CHỦ TỊCH");
  g_assert_cmpstr (stored->leader_title, ==, "PHÓ CHỦ TỊCH");
  g_assert_cmpstr (stored->leader_name, ==, "Nguyễn Văn An");
  g_assert_cmpstr (stored->report_receiver, ==, "UBND huyện Tân Yên");
  g_assert_cmpstr (stored->evaluation_thresholds, ==, "16,13.5,10,7");
  g_assert_cmpstr (row_text (group, THRESHOLDS_ROW), ==, "16,13.5,10,7");

  /* Opened again, the group shows them. */
  close_window (fixture);
  open_window (fixture, fixture->admin);
  group = mc_ui_test_find_by_type (fixture->office_page, MC_TYPE_FORM_SETTINGS_GROUP);
  g_assert_cmpstr (row_text (group, "Leader’s Name"), ==, "Nguyễn Văn An");
  g_assert_cmpstr (row_text (group, "Counter Name"), ==, "Trung tâm Phục vụ hành chính công xã");
}

/*
 * The Accounts page
 */

static void
fill_account (Fixture    *fixture,
              const char *username,
              const char *full_name,
              McStaffRole role,
              const char *password,
              const char *repeat)
{
  GtkWidget *role_row = mc_ui_test_find_widget (GTK_WIDGET (fixture->accounts_page),
                                                mc_ui_test_match_row, "Role");

  set_row (fixture->accounts_page, "User Name", username);
  set_row (fixture->accounts_page, "Full Name", full_name);
  g_assert_true (ADW_IS_COMBO_ROW (role_row));
  /* The drop-down lists the roles in their order. */
  adw_combo_row_set_selected (ADW_COMBO_ROW (role_row), role);
  set_row (fixture->accounts_page, "Password", password);
  set_row (fixture->accounts_page, "Confirm Password", repeat);
}

static void
test_create_account (Fixture       *fixture,
                     gconstpointer  user_data)
{
  g_autoptr(GPtrArray) staff = NULL;
  McStaff *officer;

  g_assert_nonnull (fixture->accounts_page);
  adw_preferences_window_set_visible_page (ADW_PREFERENCES_WINDOW (fixture->window),
                                           ADW_PREFERENCES_PAGE (fixture->accounts_page));

  /* Both accounts are listed, by full name. */
  g_assert_nonnull (mc_ui_test_find_widget (GTK_WIDGET (fixture->accounts_page),
                                            mc_ui_test_match_row, "Nguyễn Thị Lan"));
  g_assert_nonnull (mc_ui_test_find_widget (GTK_WIDGET (fixture->accounts_page),
                                            mc_ui_test_match_row, "Quản trị hệ thống"));

  fill_account (fixture, "hung", "Trần Văn Hùng", MC_STAFF_ROLE_OFFICER, PASSWORD, PASSWORD);
  activate (fixture, fixture->accounts_page, "accounts.add");

  staff = stored_staff (fixture->context);
  g_assert_cmpuint (staff->len, ==, 3);
  officer = find_staff (staff, "hung");
  g_assert_nonnull (officer);
  g_assert_cmpint (mc_staff_get_role (officer), ==, MC_STAFF_ROLE_OFFICER);
  g_assert_cmpstr (mc_staff_get_full_name (officer), ==, "Trần Văn Hùng");
  g_assert_true (mc_staff_get_active (officer));

  /* The list shows the new account; the form is empty again. */
  g_assert_nonnull (mc_ui_test_find_widget (GTK_WIDGET (fixture->accounts_page),
                                            mc_ui_test_match_row, "Trần Văn Hùng"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (find_entry_row (fixture->accounts_page,
                                                                        "User Name"))),
                   ==, "");

  /* The same user name, in another case, is refused at its field. */
  fill_account (fixture, "Hung", "Trần Văn Hưng", MC_STAFF_ROLE_CLERK, PASSWORD, PASSWORD);
  activate (fixture, fixture->accounts_page, "accounts.add");
  g_assert_true (row_has_error (fixture->accounts_page, "User Name"));
  g_assert_true (shows_error (fixture->accounts_page, "already taken"));
  g_clear_pointer (&staff, g_ptr_array_unref);
  staff = stored_staff (fixture->context);
  g_assert_cmpuint (staff->len, ==, 3);

  save_screenshot (GTK_WIDGET (fixture->window), "accounts-page.png");

  /* A weak password is refused at its field. */
  fill_account (fixture, "hung2", "Trần Văn Hưng", MC_STAFF_ROLE_CLERK, "12345", "12345");
  activate (fixture, fixture->accounts_page, "accounts.add");
  g_assert_true (row_has_error (fixture->accounts_page, "Password"));
  g_assert_false (row_has_error (fixture->accounts_page, "User Name"));

  /* Passwords that differ never reach the store. */
  fill_account (fixture, "hung2", "Trần Văn Hưng", MC_STAFF_ROLE_CLERK, PASSWORD, "other2026");
  activate (fixture, fixture->accounts_page, "accounts.add");
  g_assert_true (row_has_error (fixture->accounts_page, "Confirm Password"));
  g_clear_pointer (&staff, g_ptr_array_unref);
  staff = stored_staff (fixture->context);
  g_assert_cmpuint (staff->len, ==, 3);
}

static void
set_active (Fixture *fixture,
            McStaff *staff,
            gboolean active)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->accounts_page),
                                             "accounts.set-active", "(xb)",
                                             mc_staff_get_id (staff), active));
  mc_ui_test_wait_until (pages_idle, fixture, "the account to change");
}

static void
test_deactivate (Fixture       *fixture,
                 gconstpointer  user_data)
{
  g_autoptr(GPtrArray) staff = NULL;

  adw_preferences_window_set_visible_page (ADW_PREFERENCES_WINDOW (fixture->window),
                                           ADW_PREFERENCES_PAGE (fixture->accounts_page));

  /* A clerk can go. */
  set_active (fixture, fixture->clerk, FALSE);
  staff = stored_staff (fixture->context);
  g_assert_false (mc_staff_get_active (find_staff (staff, "lan")));
  g_assert_nonnull (mc_ui_test_find_widget (GTK_WIDGET (fixture->accounts_page),
                                            mc_ui_test_match_action_button,
                                            "accounts.set-active"));

  /* The last administrator cannot: the refusal shows under the list. */
  set_active (fixture, fixture->admin, FALSE);
  g_assert_true (shows_error (fixture->accounts_page, "last active administrator"));
  g_clear_pointer (&staff, g_ptr_array_unref);
  staff = stored_staff (fixture->context);
  g_assert_true (mc_staff_get_active (find_staff (staff, "quantri")));

  save_screenshot (GTK_WIDGET (fixture->window), "accounts-refusal.png");

  /* The clerk comes back; the refusal is gone. */
  set_active (fixture, fixture->clerk, TRUE);
  g_assert_false (shows_error (fixture->accounts_page, "last active administrator"));
  g_clear_pointer (&staff, g_ptr_array_unref);
  staff = stored_staff (fixture->context);
  g_assert_true (mc_staff_get_active (find_staff (staff, "lan")));
}

static AdwMessageDialog *
find_message_dialog (void)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data) && gtk_widget_get_visible (l->data))
      return l->data;

  return NULL;
}

static void
collect_password_entries (GtkWidget *root,
                          GPtrArray *entries)
{
  if (GTK_IS_PASSWORD_ENTRY (root))
    g_ptr_array_add (entries, root);

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_password_entries (child, entries);
}

static void
test_reset_password (Fixture       *fixture,
                     gconstpointer  user_data)
{
  g_autoptr(GPtrArray) entries = g_ptr_array_new ();
  AdwMessageDialog *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->accounts_page),
                                             "accounts.reset-password", "x",
                                             mc_staff_get_id (fixture->clerk)));
  dialog = find_message_dialog ();
  g_assert_nonnull (dialog);
  collect_password_entries (GTK_WIDGET (dialog), entries);
  g_assert_cmpuint (entries->len, ==, 2);

  /* Enabled only for two equal passwords the policy accepts. */
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "reset"));
  gtk_editable_set_text (GTK_EDITABLE (entries->pdata[0]), "1234");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "reset"));
  gtk_editable_set_text (GTK_EDITABLE (entries->pdata[0]), "lan-moi-2026");
  gtk_editable_set_text (GTK_EDITABLE (entries->pdata[1]), "lan-moi-2025");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "reset"));
  gtk_editable_set_text (GTK_EDITABLE (entries->pdata[1]), "lan-moi-2026");
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "reset"));

  mc_ui_test_wait_until (gtk_widget_get_mapped, dialog, "the dialog to be mapped");
  save_screenshot (GTK_WIDGET (dialog), "reset-password-dialog.png");

  adw_message_dialog_response (dialog, "reset");
  gtk_window_destroy (GTK_WINDOW (dialog));
  mc_ui_test_wait_until (pages_idle, fixture, "the password to be reset");

  g_assert_true (can_sign_in (fixture->context, "lan", "lan-moi-2026"));
  g_assert_false (can_sign_in (fixture->context, "lan", PASSWORD));
}

/* The first of the pages in the window's order. */
static gboolean
match_page (GtkWidget     *widget,
            gconstpointer  data)
{
  return MC_IS_OFFICE_PAGE (widget) || MC_IS_CALENDAR_PAGE (widget) ||
         MC_IS_ACCOUNTS_PAGE (widget);
}

static void
test_clerk_has_no_accounts (Fixture       *fixture,
                            gconstpointer  user_data)
{
  /* The administrator's window: Office first, and Accounts. */
  g_assert_true (MC_IS_OFFICE_PAGE (mc_ui_test_find_widget (GTK_WIDGET (fixture->window),
                                                            match_page, NULL)));
  g_assert_nonnull (fixture->accounts_page);

  /* The clerk's: the office and the calendar, without the accounts. */
  close_window (fixture);
  open_window (fixture, fixture->clerk);
  g_assert_null (fixture->accounts_page);
  g_assert_nonnull (mc_ui_test_find_by_type (fixture->window, MC_TYPE_CALENDAR_PAGE));
  g_assert_null (mc_ui_test_find_widget (GTK_WIDGET (fixture->window),
                                         mc_ui_test_match_action_button, "accounts.add"));

  /* Nobody's, as without a session: neither. */
  close_window (fixture);
  fixture->window = mc_preferences_window_new (NULL, fixture->context);
  g_object_add_weak_pointer (G_OBJECT (fixture->window), (gpointer *) &fixture->window);
  g_assert_null (mc_ui_test_find_by_type (fixture->window, MC_TYPE_ACCOUNTS_PAGE));
  g_assert_null (mc_preferences_window_get_staff (fixture->window));
  fixture->office_page = MC_OFFICE_PAGE (mc_ui_test_find_by_type (fixture->window,
                                                                  MC_TYPE_OFFICE_PAGE));
  mc_ui_test_wait_until (pages_idle, fixture, "the pages to load");
}

/*
 * The application's action
 */

typedef struct
{
  gboolean  done;
  GError   *error;
} SignIn;

static void
signed_in_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  SignIn *sign_in = user_data;

  mc_session_sign_in_finish (MC_SESSION (object), result, &sign_in->error);
  sign_in->done = TRUE;
}

static gboolean
signed_in (SignIn *sign_in)
{
  return sign_in->done;
}

static gboolean
preferences_shown (McPreferencesWindow **found)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (MC_IS_PREFERENCES_WINDOW (l->data) && gtk_widget_get_visible (l->data))
      {
        *found = l->data;
        return TRUE;
      }

  return FALSE;
}

static gboolean
weak_cleared (gpointer *pointer)
{
  return *pointer == NULL;
}

/* app.preferences opens the window for whoever is signed in to the main
 * window: an administrator gets the Accounts page. */
static void
test_application_action (Fixture       *fixture,
                         gconstpointer  user_data)
{
  GApplication *app = g_application_get_default ();
  g_autoptr(McSession) session = mc_session_new (mc_context_get_worker (fixture->context));
  McPreferencesWindow *preferences = NULL;
  SignIn sign_in = { FALSE, NULL };
  McWindow *window;

  close_window (fixture);

  mc_session_sign_in_async (session, "quantri", PASSWORD, NULL, signed_in_cb, &sign_in);
  mc_ui_test_wait_until (signed_in, &sign_in, "the sign-in");
  g_assert_no_error (sign_in.error);

  window = mc_window_new (MC_APPLICATION (app), fixture->context);
  mc_window_set_session (window, session);
  gtk_window_present (GTK_WINDOW (window));
  mc_ui_test_spin (100);
  g_assert_true (mc_window_get_work_shown (window));

  g_action_group_activate_action (G_ACTION_GROUP (app), "preferences", NULL);
  mc_ui_test_wait_until (preferences_shown, &preferences, "the preferences window");
  g_assert_true (mc_preferences_window_get_staff (preferences) == mc_session_get_staff (session));
  g_assert_nonnull (mc_ui_test_find_by_type (preferences, MC_TYPE_ACCOUNTS_PAGE));

  fixture->window = preferences;
  g_object_add_weak_pointer (G_OBJECT (fixture->window), (gpointer *) &fixture->window);
  fixture->office_page = MC_OFFICE_PAGE (mc_ui_test_find_by_type (preferences,
                                                                  MC_TYPE_OFFICE_PAGE));
  fixture->accounts_page = MC_ACCOUNTS_PAGE (mc_ui_test_find_by_type (preferences,
                                                                      MC_TYPE_ACCOUNTS_PAGE));
  mc_ui_test_wait_until (pages_idle, fixture, "the pages to load");
  close_window (fixture);

  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  gtk_window_destroy (GTK_WINDOW (window));
  mc_ui_test_wait_until (weak_cleared, &window, "the main window to be finalized");

  /* The fixture's tear-down closes a window of its own. */
  open_window (fixture, NULL);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(McApplication) app = NULL;
  int status;

  if (!mc_ui_test_init (&argc, &argv))
    return 1;

  app = mc_ui_test_register_application ();

#define ADD(path, func) \
  g_test_add ("/ui/office-page/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("agency-code-invalid", test_agency_code_invalid);
  ADD ("agency-code-valid", test_agency_code_valid);
  ADD ("workstation", test_workstation);
  ADD ("form-settings", test_form_settings);
  ADD ("create-account", test_create_account);
  ADD ("deactivate", test_deactivate);
  ADD ("reset-password", test_reset_password);
  ADD ("clerk-has-no-accounts", test_clerk_has_no_accounts);
  ADD ("application-action", test_application_action);

#undef ADD

  status = g_test_run ();

  return status;
}
