/* test-sign-in.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Widget tests of signing in: the real McWindow with a real McSession on
 * a real database opened by McContext on its worker thread, driven
 * through the fields and actions of the sign-in and first-administrator
 * pages with the real main loop, as McApplication sets them up. Needs a
 * display: run under xvfb-run. */

#include "config.h"

#include "mc-first-admin-page.h"
#include "mc-preferences-window.h"
#include "mc-procedure-browser.h"
#include "mc-procedure-list-model.h"
#include "mc-session.h"
#include "mc-sign-in-page.h"
#include "mc-staff-store.h"
#include "mc-ui-test-util.h"
#include "mc-window.h"

#define N_BUNDLED 60
#define WRONG     "Wrong user name or password."

static McApplication *app;

/*
 * Widget tree
 */

/* A stack with a page of this name. */
static gboolean
match_stack_page (GtkWidget     *widget,
                  gconstpointer  data)
{
  return GTK_IS_STACK (widget) && gtk_stack_get_child_by_name (GTK_STACK (widget), data) != NULL;
}

static gboolean
match_drawn_label (GtkWidget     *widget,
                   gconstpointer  data)
{
  return GTK_IS_LABEL (widget) &&
         gtk_widget_is_drawable (widget) &&
         g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), data) == 0;
}

static gboolean
match_error_label (GtkWidget     *widget,
                   gconstpointer  data)
{
  return GTK_IS_LABEL (widget) && gtk_widget_has_css_class (widget, "error");
}

/*
 * Fixture: a window with a session, on a database of its own
 */

typedef struct
{
  McContext          *context;
  McSession          *session;
  McWindow           *window;
  GtkStack           *session_stack;
  McSignInPage       *sign_in_page;
  McFirstAdminPage   *first_admin_page;
  McProcedureBrowser *browser;
  GtkEditable        *search_entry;
  guint               n_changed;
} Fixture;

static const char *
session_page (Fixture *fixture)
{
  return gtk_stack_get_visible_child_name (fixture->session_stack);
}

typedef struct
{
  Fixture    *fixture;
  const char *page;
} PageWait;

static gboolean
page_shown (PageWait *wait)
{
  return g_strcmp0 (session_page (wait->fixture), wait->page) == 0;
}

#define wait_for_page(fixture, name) G_STMT_START { \
    PageWait _wait = { (fixture), (name) }; \
    mc_ui_test_wait_until (page_shown, &_wait, "the page “" name "”"); \
  } G_STMT_END

static gboolean
window_mapped (Fixture *fixture)
{
  return gtk_widget_get_mapped (GTK_WIDGET (fixture->window));
}

static void
changed_cb (McSession *session,
            Fixture   *fixture)
{
  fixture->n_changed++;
}

/* A window on a new database, with the demo users or with none, given
 * its session once the database is open, as McApplication does. */
static void
set_up_window (Fixture  *fixture,
               gboolean  demo)
{
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "test.sqlite", NULL);
  g_autoptr(GError) error = NULL;

  fixture->context = mc_context_new ();
  mc_ui_test_open_database (fixture->context, path,
                            demo ? MC_CONTEXT_OPEN_SEED_IF_EMPTY : MC_CONTEXT_OPEN_NONE, &error);
  g_assert_no_error (error);

  fixture->session = mc_session_new (mc_context_get_worker (fixture->context));
  g_signal_connect (fixture->session, "changed", G_CALLBACK (changed_cb), fixture);

  fixture->window = mc_window_new (app, fixture->context);
  g_object_add_weak_pointer (G_OBJECT (fixture->window), (gpointer *) &fixture->window);
  gtk_window_present (GTK_WINDOW (fixture->window));

  fixture->session_stack = GTK_STACK (mc_ui_test_find_widget (GTK_WIDGET (fixture->window),
                                                              match_stack_page, "sign-in"));
  fixture->sign_in_page = MC_SIGN_IN_PAGE (mc_ui_test_find_by_type (fixture->window,
                                                                   MC_TYPE_SIGN_IN_PAGE));
  fixture->first_admin_page = MC_FIRST_ADMIN_PAGE (mc_ui_test_find_by_type (fixture->window,
                                                                           MC_TYPE_FIRST_ADMIN_PAGE));
  fixture->browser = MC_PROCEDURE_BROWSER (mc_ui_test_find_by_type (fixture->window,
                                                                   MC_TYPE_PROCEDURE_BROWSER));
  fixture->search_entry = GTK_EDITABLE (mc_ui_test_find_by_type (fixture->browser,
                                                                GTK_TYPE_SEARCH_ENTRY));
  g_assert_nonnull (fixture->session_stack);
  g_assert_nonnull (fixture->sign_in_page);
  g_assert_nonnull (fixture->first_admin_page);
  g_assert_nonnull (fixture->browser);
  g_assert_nonnull (fixture->search_entry);

  /* Without a session, the window shows its work. */
  g_assert_cmpstr (session_page (fixture), ==, "work");
  g_assert_null (mc_window_get_session (fixture->window));

  mc_ui_test_wait_until (window_mapped, fixture, "the window to be mapped");
  mc_window_set_session (fixture->window, fixture->session);
  g_assert_true (mc_window_get_session (fixture->window) == fixture->session);
  mc_window_database_ready (fixture->window);

  /* Hidden at once, before the worker tells which page to show. */
  g_assert_cmpstr (session_page (fixture), !=, "work");
  g_assert_false (mc_window_get_work_shown (fixture->window));
}

static void
fixture_set_up_demo (Fixture       *fixture,
                     gconstpointer  user_data)
{
  set_up_window (fixture, TRUE);
  wait_for_page (fixture, "sign-in");
}

static void
fixture_set_up_empty (Fixture       *fixture,
                      gconstpointer  user_data)
{
  set_up_window (fixture, FALSE);
  wait_for_page (fixture, "first-admin");
}

static gboolean
window_finalized (Fixture *fixture)
{
  return fixture->window == NULL;
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  if (fixture->window != NULL)
    gtk_window_destroy (GTK_WINDOW (fixture->window));
  mc_ui_test_wait_until (window_finalized, fixture, "the destroyed window to be finalized");

  g_clear_object (&fixture->session);
  g_clear_object (&fixture->context);
  mc_ui_test_spin (50);
}

/*
 * Acting on the pages
 */

static GtkEditable *
find_row (gpointer    page,
          const char *title)
{
  GtkWidget *row = mc_ui_test_find_widget (GTK_WIDGET (page), mc_ui_test_match_row, title);

  g_assert_true (ADW_IS_ENTRY_ROW (row));
  return GTK_EDITABLE (row);
}

static const char *
row_text (gpointer    page,
          const char *title)
{
  return gtk_editable_get_text (find_row (page, title));
}

static void
set_row (gpointer    page,
         const char *title,
         const char *text)
{
  gtk_editable_set_text (find_row (page, title), text);
}

/* The page's inline error, or %NULL when none shows. */
static const char *
shown_error (gpointer page)
{
  GtkWidget *label = mc_ui_test_find_widget (GTK_WIDGET (page), match_error_label, NULL);

  g_assert_nonnull (label);
  if (!gtk_widget_get_visible (label))
    return NULL;

  return gtk_label_get_label (GTK_LABEL (label));
}

static gboolean
sign_in_idle (Fixture *fixture)
{
  return !mc_sign_in_page_get_busy (fixture->sign_in_page);
}

static gboolean
first_admin_idle (Fixture *fixture)
{
  return !mc_first_admin_page_get_busy (fixture->first_admin_page);
}

/* Types the user name and password and presses Sign In, as a person
 * would (Enter in the password field), and waits for the answer. */
static void
sign_in (Fixture    *fixture,
         const char *username,
         const char *password)
{
  set_row (fixture->sign_in_page, "User Name", username);
  set_row (fixture->sign_in_page, "Password", password);
  g_signal_emit_by_name (find_row (fixture->sign_in_page, "Password"), "entry-activated");

  /* Argon2id runs on the worker meanwhile. */
  g_assert_true (mc_sign_in_page_get_busy (fixture->sign_in_page));
  g_assert_false (gtk_editable_get_editable (find_row (fixture->sign_in_page, "Password")));
  mc_ui_test_wait_until (sign_in_idle, fixture, "the password to be checked");
}

static void
assert_header_shows (Fixture    *fixture,
                     const char *full_name,
                     const char *role)
{
  GtkWidget *root = GTK_WIDGET (fixture->window);

  g_assert_nonnull (mc_ui_test_find_widget (root, match_drawn_label, full_name));
  g_assert_nonnull (mc_ui_test_find_widget (root, match_drawn_label, role));
}

/* Whether the keyboard focus is in @widget. */
static gboolean
focus_in (Fixture   *fixture,
          gpointer   widget)
{
  GtkWidget *focus = gtk_window_get_focus (GTK_WINDOW (fixture->window));

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

typedef struct
{
  Fixture    *fixture;
  const char *text;
} SearchWait;

static gboolean
search_answered (SearchWait *wait)
{
  McProcedureListModel *model = mc_procedure_browser_get_model (wait->fixture->browser);

  return g_strcmp0 (mc_procedure_list_model_get_search_text (model), wait->text) == 0 &&
         !mc_procedure_list_model_get_searching (model) &&
         !mc_procedure_list_model_get_loading (model);
}

static gboolean
catalogue_loaded (Fixture *fixture)
{
  McProcedureListModel *model = mc_procedure_browser_get_model (fixture->browser);

  return !mc_procedure_list_model_get_loading (model) &&
         mc_procedure_list_model_get_n_total (model) == N_BUNDLED;
}

/*
 * The database, through the store on the worker
 */

typedef struct
{
  gboolean  done;
  GError   *error;
} SyncCall;

static void
sync_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  SyncCall *call = user_data;

  mc_db_worker_run_finish (MC_DB_WORKER (object), result, &call->error);
  call->done = TRUE;
}

static gboolean
sync_done (SyncCall *call)
{
  return call->done;
}

static gpointer
set_idle_minutes_work (McDatabase  *db,
                       gpointer     data,
                       GError     **error)
{
  mc_staff_store_set_idle_lock_minutes (db, GPOINTER_TO_INT (data), error);
  return NULL;
}

static void
store_idle_minutes (Fixture *fixture,
                    int      minutes)
{
  SyncCall call = { FALSE, NULL };

  mc_db_worker_run_async (mc_context_get_worker (fixture->context), set_idle_minutes_work,
                          GINT_TO_POINTER (minutes), NULL, NULL, NULL, sync_done_cb, &call);
  mc_ui_test_wait_until (sync_done, &call, "the idle minutes to be stored");
  g_assert_no_error (call.error);
}

/*
 * Tests
 */

static void
test_first_administrator (Fixture       *fixture,
                          gconstpointer  user_data)
{
  McFirstAdminPage *page = fixture->first_admin_page;
  McStaff *staff;

  g_assert_null (shown_error (page));

  /* The two passwords differ: the page says so without asking the store. */
  set_row (page, "User Name", "hoa");
  set_row (page, "Full Name", "Phạm Thị Hoa");
  set_row (page, "Position (Optional)", "Công chức Văn phòng");
  set_row (page, "Password", "mat-khau-hoa");
  set_row (page, "Confirm Password", "mat-khau-hao");
  gtk_widget_activate_action (GTK_WIDGET (page), "first-admin.create", NULL);
  g_assert_false (mc_first_admin_page_get_busy (page));
  g_assert_cmpstr (shown_error (page), ==,
                   "The passwords do not match. Type the same password twice.");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (find_row (page, "Confirm Password")),
                                           "error"));

  /* Editing clears the error. */
  set_row (page, "Confirm Password", "mat-khau-hoa");
  g_assert_null (shown_error (page));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (find_row (page, "Confirm Password")),
                                            "error"));

  /* The store refuses the user name, and the page shows why. */
  set_row (page, "User Name", "phạm hoa");
  gtk_widget_activate_action (GTK_WIDGET (page), "first-admin.create", NULL);
  mc_ui_test_wait_until (first_admin_idle, fixture, "the account to be refused");
  g_assert_cmpstr (shown_error (page), ==,
                   "A user name may only contain letters without accents, digits, dots, "
                   "hyphens and underscores.");
  g_assert_null (mc_session_get_staff (fixture->session));
  g_assert_cmpstr (session_page (fixture), ==, "first-admin");

  /* And a password against the rules. */
  set_row (page, "User Name", "hoa");
  set_row (page, "Password", "11111111");
  set_row (page, "Confirm Password", "11111111");
  g_signal_emit_by_name (find_row (page, "Confirm Password"), "entry-activated");
  mc_ui_test_wait_until (first_admin_idle, fixture, "the password to be refused");
  g_assert_nonnull (shown_error (page));
  g_assert_null (mc_session_get_staff (fixture->session));

  /* Enter in the last field creates the account, which is signed in. */
  set_row (page, "Password", "mat-khau-hoa");
  set_row (page, "Confirm Password", "mat-khau-hoa");
  g_signal_emit_by_name (find_row (page, "Confirm Password"), "entry-activated");
  g_assert_true (mc_first_admin_page_get_busy (page));
  wait_for_page (fixture, "work");

  staff = mc_session_get_staff (fixture->session);
  g_assert_nonnull (staff);
  g_assert_cmpstr (mc_staff_get_username (staff), ==, "hoa");
  g_assert_cmpstr (mc_staff_get_title (staff), ==, "Công chức Văn phòng");
  g_assert_cmpint (mc_staff_get_role (staff), ==, MC_STAFF_ROLE_ADMINISTRATOR);
  g_assert_true (mc_window_get_work_shown (fixture->window));
  g_assert_cmpuint (fixture->n_changed, ==, 1);
  assert_header_shows (fixture, "Phạm Thị Hoa", "Administrator");

  /* The fields, which held the password, were emptied. */
  g_assert_cmpstr (row_text (page, "Password"), ==, "");
  g_assert_cmpstr (row_text (page, "Confirm Password"), ==, "");

  /* The account is in the database: signing out leads to the sign-in
   * page, no longer to this one, and the password signs in again. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.sign-out", NULL);
  g_assert_cmpstr (session_page (fixture), ==, "sign-in");
  sign_in (fixture, "HOA", "mat-khau-hoa");
  g_assert_cmpstr (session_page (fixture), ==, "work");
  g_assert_cmpstr (mc_staff_get_username (mc_session_get_staff (fixture->session)), ==, "hoa");
}

static void
test_wrong_password (Fixture       *fixture,
                     gconstpointer  user_data)
{
  McSignInPage *page = fixture->sign_in_page;

  g_assert_null (shown_error (page));
  g_assert_cmpstr (row_text (page, "User Name"), ==, "");

  /* Nothing typed: said at once. */
  gtk_widget_activate_action (GTK_WIDGET (page), "sign-in.submit", NULL);
  g_assert_false (mc_sign_in_page_get_busy (page));
  g_assert_cmpstr (shown_error (page), ==, "Enter your user name and password.");

  /* A wrong password and an unknown user get the same answer. */
  sign_in (fixture, "lan", "mat-khau-sai");
  g_assert_cmpstr (shown_error (page), ==, WRONG);
  g_assert_null (mc_session_get_staff (fixture->session));
  g_assert_cmpstr (session_page (fixture), ==, "sign-in");
  g_assert_cmpstr (row_text (page, "User Name"), ==, "lan");
  g_assert_cmpstr (row_text (page, "Password"), ==, "");

  /* Typing again clears the error. */
  set_row (page, "Password", "x");
  g_assert_null (shown_error (page));

  sign_in (fixture, "khong-co-ai", MC_STAFF_DEMO_PASSWORD);
  g_assert_cmpstr (shown_error (page), ==, WRONG);
  g_assert_null (mc_session_get_staff (fixture->session));
  g_assert_cmpstr (session_page (fixture), ==, "sign-in");
  g_assert_cmpuint (fixture->n_changed, ==, 0);
  g_assert_false (mc_window_get_work_shown (fixture->window));
}

static void
test_sign_in (Fixture       *fixture,
              gconstpointer  user_data)
{
  SearchWait wait = { fixture, "khai sinh" };
  McProcedureListModel *model = mc_procedure_browser_get_model (fixture->browser);

  sign_in (fixture, "lan", MC_STAFF_DEMO_PASSWORD);
  g_assert_cmpstr (session_page (fixture), ==, "work");
  g_assert_null (shown_error (fixture->sign_in_page));
  g_assert_cmpstr (row_text (fixture->sign_in_page, "Password"), ==, "");
  g_assert_true (mc_session_get_signed_in (fixture->session));
  g_assert_false (mc_session_get_locked (fixture->session));
  g_assert_cmpstr (mc_staff_get_full_name (mc_session_get_staff (fixture->session)), ==,
                   "Nguyễn Thị Lan");
  assert_header_shows (fixture, "Nguyễn Thị Lan", "Counter clerk");

  /* The catalogue works as before. */
  mc_ui_test_wait_until (catalogue_loaded, fixture, "the catalogue");
  gtk_editable_set_text (fixture->search_entry, "khai sinh");
  mc_ui_test_wait_until (search_answered, &wait, "the search");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), <, N_BUNDLED);
}

static gboolean
session_locked (Fixture *fixture)
{
  return mc_session_get_locked (fixture->session);
}

static gboolean
preferences_shown (gpointer data)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (MC_IS_PREFERENCES_WINDOW (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return TRUE;
    }

  return FALSE;
}

static void
test_idle_lock (Fixture       *fixture,
                gconstpointer  user_data)
{
  SearchWait wait = { fixture, "dang ky khai sinh" };
  McProcedureListModel *model = mc_procedure_browser_get_model (fixture->browser);
  gint64 end;
  guint n_found;

  /* One minute, as an administrator would set it. */
  store_idle_minutes (fixture, 1);
  sign_in (fixture, "lan", MC_STAFF_DEMO_PASSWORD);
  g_assert_cmpuint (mc_session_get_idle_timeout (fixture->session), ==, 60);

  mc_ui_test_wait_until (catalogue_loaded, fixture, "the catalogue");
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.search", NULL);
  gtk_editable_set_text (fixture->search_entry, wait.text);
  mc_ui_test_wait_until (search_answered, &wait, "the search");
  n_found = g_list_model_get_n_items (G_LIST_MODEL (model));
  g_assert_cmpuint (n_found, <, N_BUNDLED);

  /* Minutes are too long for a test: two seconds instead. While the
   * person works, nothing locks. */
  mc_session_set_idle_timeout_for_testing (fixture->session, 2);
  g_assert_cmpuint (mc_session_get_idle_timeout (fixture->session), ==, 2);
  end = g_get_monotonic_time () + 3 * G_USEC_PER_SEC;
  while (g_get_monotonic_time () < end)
    {
      mc_session_note_activity (fixture->session);
      mc_ui_test_spin (200);
    }
  g_assert_false (mc_session_get_locked (fixture->session));
  g_assert_cmpstr (session_page (fixture), ==, "work");

  /* Idle: the session locks, the sign-in page shows with the user name. */
  mc_ui_test_wait_until (session_locked, fixture, "the idle session to lock");
  g_assert_cmpstr (session_page (fixture), ==, "sign-in");
  g_assert_cmpstr (row_text (fixture->sign_in_page, "User Name"), ==, "lan");
  g_assert_cmpstr (row_text (fixture->sign_in_page, "Password"), ==, "");
  g_assert_nonnull (mc_ui_test_find_widget (GTK_WIDGET (fixture->sign_in_page),
                                            match_drawn_label, "Session Locked"));
  g_assert_true (focus_in (fixture, find_row (fixture->sign_in_page, "Password")));

  /* The work's shortcuts do not reach behind the lock, nor does signing
   * out from the work's menu. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.search", NULL);
  g_assert_true (focus_in (fixture, fixture->sign_in_page));
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.sign-out", NULL);
  g_assert_true (mc_session_get_locked (fixture->session));
  g_assert_nonnull (mc_session_get_staff (fixture->session));

  /* The preferences do not open behind the lock. */
  g_action_group_activate_action (G_ACTION_GROUP (app), "preferences", NULL);
  mc_ui_test_spin (100);
  g_assert_false (preferences_shown (NULL));

  /* The same person signs in again: the work is as it was. */
  sign_in (fixture, "lan", MC_STAFF_DEMO_PASSWORD);
  g_assert_cmpstr (session_page (fixture), ==, "work");
  g_assert_false (mc_session_get_locked (fixture->session));
  g_assert_cmpstr (gtk_editable_get_text (fixture->search_entry), ==, wait.text);
  g_assert_cmpstr (mc_procedure_list_model_get_search_text (model), ==, wait.text);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, n_found);
  assert_header_shows (fixture, "Nguyễn Thị Lan", "Counter clerk");
  g_assert_true (focus_in (fixture, fixture->search_entry));

  /* Locked again, someone else signs in: the work stays, the actor
   * changes. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.lock", NULL);
  g_assert_cmpstr (session_page (fixture), ==, "sign-in");
  g_assert_cmpstr (row_text (fixture->sign_in_page, "User Name"), ==, "lan");
  sign_in (fixture, "hung", MC_STAFF_DEMO_PASSWORD);
  g_assert_cmpstr (session_page (fixture), ==, "work");
  g_assert_cmpstr (mc_staff_get_username (mc_session_get_staff (fixture->session)), ==, "hung");
  g_assert_cmpstr (gtk_editable_get_text (fixture->search_entry), ==, wait.text);
  assert_header_shows (fixture, "Trần Văn Hùng", "Processing officer");
}

/* The visible preferences window, if any. */
static McPreferencesWindow *
find_preferences (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (MC_IS_PREFERENCES_WINDOW (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return MC_PREFERENCES_WINDOW (window);
    }

  return NULL;
}

/* The windows besides the main one that someone at the screen could use. */
static guint
count_other_windows (Fixture *fixture)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (window != GTK_WINDOW (fixture->window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        n++;
    }

  return n;
}

typedef struct
{
  GtkWidget *preferences;
  GtkWidget *nested;
  GtkWidget *dialog;
  GtkWidget *late;
  GtkWidget *late_nested;
} OpenWindows;

static gboolean
windows_destroyed (OpenWindows *open)
{
  return open->preferences == NULL && open->nested == NULL && open->dialog == NULL &&
         open->late == NULL && open->late_nested == NULL;
}

static GtkWidget *
present_dialog (GtkWidget  **pointer,
                GtkWidget   *parent,
                const char  *heading)
{
  *pointer = adw_message_dialog_new (GTK_WINDOW (parent), heading, NULL);
  g_object_add_weak_pointer (G_OBJECT (*pointer), (gpointer *) pointer);
  gtk_window_present (GTK_WINDOW (*pointer));
  return *pointer;
}

/* The preferences, a dialog of theirs and a dialog of the window, open
 * for the person signed in. */
static void
open_windows (Fixture     *fixture,
              OpenWindows *open)
{
  g_action_group_activate_action (G_ACTION_GROUP (app), "preferences", NULL);
  mc_ui_test_wait_until (preferences_shown, NULL, "the preferences");
  open->preferences = GTK_WIDGET (find_preferences ());
  g_assert_true (mc_preferences_window_get_staff (MC_PREFERENCES_WINDOW (open->preferences)) ==
                 mc_session_get_staff (fixture->session));
  g_object_add_weak_pointer (G_OBJECT (open->preferences), (gpointer *) &open->preferences);
  present_dialog (&open->nested, open->preferences, "Remove the Account?");
  present_dialog (&open->dialog, GTK_WIDGET (fixture->window), "Discard the Intake?");
  g_assert_cmpuint (count_other_windows (fixture), ==, 3);
}

static void
test_lock_hides_windows (Fixture       *fixture,
                         gconstpointer  user_data)
{
  OpenWindows open = { NULL, };

  sign_in (fixture, "quantri", MC_STAFF_DEMO_PASSWORD);
  g_assert_cmpstr (session_page (fixture), ==, "work");
  open_windows (fixture, &open);

  /* Locked: nothing of the work can be used, not even a dialog opened
   * from the preferences; nor do the preferences open again. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.lock", NULL);
  g_assert_cmpstr (session_page (fixture), ==, "sign-in");
  g_assert_cmpuint (count_other_windows (fixture), ==, 0);
  g_action_group_activate_action (G_ACTION_GROUP (app), "preferences", NULL);
  mc_ui_test_spin (100);
  g_assert_cmpuint (count_other_windows (fixture), ==, 0);

  /* Dialogs that open while it is locked, as when a task ends, are
   * hidden at once with the others. */
  g_assert_false (gtk_widget_get_visible (present_dialog (&open.late, GTK_WIDGET (fixture->window),
                                                          "Catalogue Imported")));
  g_assert_false (gtk_widget_get_visible (present_dialog (&open.late_nested, open.preferences,
                                                          "Restore This Backup?")));
  mc_ui_test_spin (100);
  g_assert_cmpuint (count_other_windows (fixture), ==, 0);

  /* The same person comes back to all of it. */
  sign_in (fixture, "quantri", MC_STAFF_DEMO_PASSWORD);
  g_assert_cmpstr (session_page (fixture), ==, "work");
  g_assert_cmpuint (count_other_windows (fixture), ==, 5);
  g_assert_true (gtk_widget_get_visible (open.preferences));
  g_assert_true (gtk_widget_get_visible (open.nested));
  g_assert_true (gtk_widget_get_visible (open.dialog));
  g_assert_true (gtk_widget_get_visible (open.late));
  g_assert_true (gtk_widget_get_visible (open.late_nested));

  /* Someone else signs in at the lock: the administrator's preferences
   * and dialogs, which would act in the administrator's name, are
   * closed, not handed over. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.lock", NULL);
  g_assert_cmpuint (count_other_windows (fixture), ==, 0);
  sign_in (fixture, "lan", MC_STAFF_DEMO_PASSWORD);
  g_assert_cmpstr (session_page (fixture), ==, "work");
  g_assert_cmpuint (count_other_windows (fixture), ==, 0);
  mc_ui_test_wait_until (windows_destroyed, &open, "the administrator’s windows to be closed");
}

static void
test_sign_out (Fixture       *fixture,
               gconstpointer  user_data)
{
  sign_in (fixture, "minh", MC_STAFF_DEMO_PASSWORD);
  g_assert_cmpstr (session_page (fixture), ==, "work");
  assert_header_shows (fixture, "Lê Văn Minh", "Leader");

  fixture->n_changed = 0;
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.sign-out", NULL);
  g_assert_cmpuint (fixture->n_changed, ==, 1);
  g_assert_null (mc_session_get_staff (fixture->session));
  g_assert_false (mc_session_get_locked (fixture->session));
  g_assert_cmpstr (session_page (fixture), ==, "sign-in");
  g_assert_cmpstr (row_text (fixture->sign_in_page, "User Name"), ==, "");
  g_assert_nonnull (mc_ui_test_find_widget (GTK_WIDGET (fixture->sign_in_page),
                                            match_drawn_label, "Sign In"));
  g_assert_null (mc_ui_test_find_widget (GTK_WIDGET (fixture->window), match_drawn_label,
                                         "Lê Văn Minh"));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  if (!mc_ui_test_init (&argc, &argv))
    return 1;

  app = mc_ui_test_register_application ();

  g_test_add ("/ui/sign-in/first-administrator", Fixture, NULL,
              fixture_set_up_empty, test_first_administrator, fixture_tear_down);
  g_test_add ("/ui/sign-in/wrong-password", Fixture, NULL,
              fixture_set_up_demo, test_wrong_password, fixture_tear_down);
  g_test_add ("/ui/sign-in/sign-in", Fixture, NULL,
              fixture_set_up_demo, test_sign_in, fixture_tear_down);
  g_test_add ("/ui/sign-in/idle-lock", Fixture, NULL,
              fixture_set_up_demo, test_idle_lock, fixture_tear_down);
  g_test_add ("/ui/sign-in/lock-hides-windows", Fixture, NULL,
              fixture_set_up_demo, test_lock_hides_windows, fixture_tear_down);
  g_test_add ("/ui/sign-in/sign-out", Fixture, NULL,
              fixture_set_up_demo, test_sign_out, fixture_tear_down);

  status = g_test_run ();

  g_object_unref (app);

  return status;
}
