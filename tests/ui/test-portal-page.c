/* test-portal-page.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Widget tests of the Portal page of the preferences: the real
 * McPreferencesWindow on a real database, its rows typed into and its
 * Apply action run with the real main loop; what it saved is read back
 * from the database and from the Secret Service. The test runs in a
 * D-Bus session of its own with an unlocked GNOME Keyring
 * (with-keyring.sh), so that the password really goes to a keyring.
 * With MC_TEST_SCREENSHOT_DIR=DIR, the page is saved as a PNG there. */

#include "config.h"

#include "mc-context.h"
#include "mc-portal-page.h"
#include "mc-portal-secret.h"
#include "mc-portal-store.h"
#include "mc-preferences-window.h"
#include "mc-staff-store.h"
#include "mc-ui-test-util.h"

#define STAFF_PASSWORD "motcua2026"
#define PORTAL_URL "https://dichvucong.example.gov.vn/api"

typedef struct
{
  McContext           *context;
  McStaff             *admin;
  McStaff             *clerk;
  McPreferencesWindow *window;
  McPortalPage        *page;
} Fixture;

typedef struct
{
  const char  *username;
  McStaffRole  role;
  McStaff     *creator;
} NewStaff;

static gpointer
create_staff_work (McDatabase  *db,
                   gpointer     data,
                   GError     **error)
{
  const NewStaff *staff = data;

  return mc_staff_store_create (db, staff->username, "Nguyễn Văn Thử", NULL, staff->role,
                                STAFF_PASSWORD, staff->creator, error);
}

static gpointer
load_settings_work (McDatabase  *db,
                    gpointer     data,
                    GError     **error)
{
  return mc_portal_store_load_settings (db, error);
}

static McPortalSettings *
stored_settings (Fixture *fixture)
{
  return mc_ui_test_run_on_worker (fixture->context, load_settings_work, NULL);
}

static char *
kept_password (const char *url,
               const char *username)
{
  g_autoptr(GError) error = NULL;
  char *password = mc_portal_secret_lookup (url, username, NULL, &error);

  g_assert_no_error (error);
  return password;
}

/*
 * The page
 */

static gboolean
page_idle (Fixture *fixture)
{
  return !mc_portal_page_get_busy (fixture->page);
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

  fixture->page = MC_PORTAL_PAGE (mc_ui_test_find_by_type (fixture->window, MC_TYPE_PORTAL_PAGE));
  g_assert_nonnull (fixture->page);
  adw_preferences_window_set_visible_page (ADW_PREFERENCES_WINDOW (fixture->window),
                                           ADW_PREFERENCES_PAGE (fixture->page));

  mc_ui_test_wait_until (window_mapped, fixture, "the window to be mapped");
  mc_ui_test_wait_until (page_idle, fixture, "the portal's settings to load");
}

static void
close_window (Fixture *fixture)
{
  if (fixture->window != NULL)
    gtk_window_destroy (GTK_WINDOW (fixture->window));

  mc_ui_test_wait_until (window_finalized, fixture, "the destroyed window to be finalized");
  fixture->page = NULL;
}

static AdwEntryRow *
find_row (Fixture    *fixture,
          const char *title)
{
  GtkWidget *row = mc_ui_test_find_widget (GTK_WIDGET (fixture->page), mc_ui_test_match_row, title);

  g_assert_nonnull (row);
  g_assert_true (ADW_IS_ENTRY_ROW (row));
  return ADW_ENTRY_ROW (row);
}

static void
type_into (Fixture    *fixture,
           const char *title,
           const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (find_row (fixture, title)), text);
}

static gboolean
row_has_error (Fixture    *fixture,
               const char *title)
{
  return gtk_widget_has_css_class (GTK_WIDGET (find_row (fixture, title)), "error");
}

static void
apply (Fixture *fixture)
{
  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "portal.apply", NULL);
  mc_ui_test_wait_until (page_idle, fixture, "the portal's settings to be saved");
}

#define URL_ROW "Address (e.g. https://dichvucong.example.gov.vn/api)"
#define DSTCODE_ROW "Destination Code (dstcode)"
#define MADONVI_ROW "Agency Code at the Portal (madonvi)"
#define USERNAME_ROW "User Name"
#define PASSWORD_ROW "Password"
#define KEPT_PASSWORD_ROW "Password (kept; type a new one to replace it)"

/*
 * Tests
 */

static void
test_saves_account (Fixture       *fixture,
                    gconstpointer  user_data)
{
  g_autoptr(McPortalSettings) stored = NULL;
  g_autofree char *password = NULL;

  /* Nothing set up yet: every field empty, nothing to apply. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (find_row (fixture, URL_ROW))), ==, "");
  g_assert_true (gtk_editable_get_editable (GTK_EDITABLE (find_row (fixture, URL_ROW))));

  /* Plain http to another computer would send the password in clear. */
  type_into (fixture, URL_ROW, "http://dichvucong.example.gov.vn/api");
  type_into (fixture, DSTCODE_ROW, "HCM-MC");
  type_into (fixture, MADONVI_ROW, "000.00.00.H29");
  type_into (fixture, USERNAME_ROW, "ubnd.xa");
  apply (fixture);
  g_assert_true (row_has_error (fixture, URL_ROW));
  stored = stored_settings (fixture);
  g_assert_cmpstr (stored->url, ==, "");
  g_clear_pointer (&stored, mc_portal_settings_free);

  /* Typing clears the error; an agency code with accents is refused at
   * its own row. */
  type_into (fixture, URL_ROW, PORTAL_URL);
  g_assert_false (row_has_error (fixture, URL_ROW));
  type_into (fixture, MADONVI_ROW, "xã Đông");
  apply (fixture);
  g_assert_true (row_has_error (fixture, MADONVI_ROW));
  g_assert_false (row_has_error (fixture, URL_ROW));

  /* No password kept for this account yet: one is needed. */
  type_into (fixture, MADONVI_ROW, "000.00.00.H29");
  apply (fixture);
  g_assert_true (row_has_error (fixture, PASSWORD_ROW));
  stored = stored_settings (fixture);
  g_assert_cmpstr (stored->url, ==, "");
  g_clear_pointer (&stored, mc_portal_settings_free);

  type_into (fixture, PASSWORD_ROW, "mật-khẩu 1");
  apply (fixture);
  g_assert_false (row_has_error (fixture, KEPT_PASSWORD_ROW));
  stored = stored_settings (fixture);
  g_assert_cmpstr (stored->url, ==, PORTAL_URL);
  g_assert_cmpstr (stored->dstcode, ==, "HCM-MC");
  g_assert_cmpstr (stored->madonvi, ==, "000.00.00.H29");
  g_assert_cmpstr (stored->username, ==, "ubnd.xa");
  password = kept_password (PORTAL_URL, "ubnd.xa");
  g_assert_cmpstr (password, ==, "mật-khẩu 1");

  /* The password is not shown back, only that one is kept. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (find_row (fixture, KEPT_PASSWORD_ROW))),
                   ==, "");
  mc_ui_test_spin (300);
  mc_ui_test_save_screenshot (GTK_WIDGET (fixture->window), "portal-page");
}

static void
test_keeps_password (Fixture       *fixture,
                     gconstpointer  user_data)
{
  g_autoptr(McPortalSettings) stored = NULL;
  g_autofree char *password = NULL;

  type_into (fixture, URL_ROW, PORTAL_URL);
  type_into (fixture, DSTCODE_ROW, "HCM-MC");
  type_into (fixture, MADONVI_ROW, "000.00.00.H29");
  type_into (fixture, USERNAME_ROW, "ubnd.xa");
  type_into (fixture, PASSWORD_ROW, "first");
  apply (fixture);

  /* Opened again: the kept password is enough to change a code. */
  close_window (fixture);
  open_window (fixture, fixture->admin);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (find_row (fixture, DSTCODE_ROW))),
                   ==, "HCM-MC");
  type_into (fixture, DSTCODE_ROW, "HCM-MC2");
  apply (fixture);
  g_assert_false (row_has_error (fixture, KEPT_PASSWORD_ROW));
  stored = stored_settings (fixture);
  g_assert_cmpstr (stored->dstcode, ==, "HCM-MC2");
  g_clear_pointer (&stored, mc_portal_settings_free);

  /* Another user name is another account: its password is asked for. */
  type_into (fixture, USERNAME_ROW, "ubnd.xa2");
  apply (fixture);
  g_assert_true (row_has_error (fixture, KEPT_PASSWORD_ROW));
  stored = stored_settings (fixture);
  g_assert_cmpstr (stored->username, ==, "ubnd.xa");
  g_clear_pointer (&stored, mc_portal_settings_free);

  /* An empty address turns the sync off, without a password. */
  type_into (fixture, USERNAME_ROW, "ubnd.xa");
  type_into (fixture, URL_ROW, "");
  apply (fixture);
  stored = stored_settings (fixture);
  g_assert_cmpstr (stored->url, ==, "");
  password = kept_password (PORTAL_URL, "ubnd.xa");
  g_assert_cmpstr (password, ==, "first");
}

static void
test_clerk_reads_only (Fixture       *fixture,
                       gconstpointer  user_data)
{
  close_window (fixture);
  open_window (fixture, fixture->clerk);

  g_assert_false (gtk_editable_get_editable (GTK_EDITABLE (find_row (fixture, URL_ROW))));
  g_assert_false (gtk_editable_get_editable (GTK_EDITABLE (find_row (fixture, PASSWORD_ROW))));

  /* Even if the text changed, Apply stays off. */
  type_into (fixture, URL_ROW, PORTAL_URL);
  apply (fixture);
  {
    g_autoptr(McPortalSettings) stored = stored_settings (fixture);

    g_assert_cmpstr (stored->url, ==, "");
  }
}

/*
 * Fixture
 */

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *db_path = g_build_filename (g_get_user_data_dir (), "test.sqlite", NULL);
  NewStaff admin = { "quantri", MC_STAFF_ROLE_ADMINISTRATOR, NULL };
  NewStaff clerk = { "lan", MC_STAFF_ROLE_CLERK, NULL };

  fixture->context = mc_context_new ();
  g_assert_true (mc_ui_test_open_database (fixture->context, db_path, MC_CONTEXT_OPEN_NONE,
                                           &error));
  g_assert_no_error (error);

  fixture->admin = mc_ui_test_run_on_worker (fixture->context, create_staff_work, &admin);
  g_assert_nonnull (fixture->admin);
  clerk.creator = fixture->admin;
  fixture->clerk = mc_ui_test_run_on_worker (fixture->context, create_staff_work, &clerk);
  g_assert_nonnull (fixture->clerk);

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
}

int
main (int   argc,
      char *argv[])
{
  if (!mc_ui_test_init (&argc, &argv))
    return 1;

#define ADD(path, func) \
  g_test_add ("/ui/portal-page/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("saves-account", test_saves_account);
  ADD ("keeps-password", test_keeps_password);
  ADD ("clerk-reads-only", test_clerk_reads_only);
#undef ADD

  return g_test_run ();
}
