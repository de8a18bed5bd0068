/* test-calendar-proposals.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Widget tests of "The Portal’s Calendar Differs", the group of the
 * preferences' working-calendar page where an administrator settles the
 * days the portal's official calendar and the office's own edits
 * disagree on: the real McPreferencesWindow on a real database opened by
 * McContext on its worker thread, the differences from a real pull
 * against the test portal, run in another process (MOTCUA_TEST_PORTAL).
 * What the page claims to have saved is read back through McCalendarStore
 * and McSyncCalendar on the same worker. Needs a display: run under
 * xvfb-run. */

#include "config.h"

#include <libsoup/soup.h>
#include <signal.h>
#include <string.h>
#include <sys/prctl.h>

#include "mc-calendar-proposals-group.h"
#include "mc-preferences-test-fixture.h"
#include "mc-staff-store.h"
#include "mc-sync-calendar.h"

/* The test portal's account, given to it on its command line. */
#define PORTAL_USERNAME "motcua-tanlap"
#define PORTAL_PASSWORD "mat-khau-cong"
#define PORTAL_DSTCODE "H56.LGSP"
#define PORTAL_MADONVI "000.17.22.H56"

#define STAFF_PASSWORD "motcua2026"

/* The preferences window of McPreferencesTestFixture, with the test
 * portal and the staff whose windows are shown. */
typedef struct
{
  McPreferencesTestFixture  base;
  McStaff                  *admin;
  McStaff                  *clerk;
  GSubprocess              *portal;
  char                     *portal_url;
} Fixture;

/*
 * Staff and the test portal
 */

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

/* A failed assertion aborts the test without its tear-down: the portal
 * must not outlive it (and keep its output open for meson). */
static void
die_with_parent (gpointer user_data)
{
  prctl (PR_SET_PDEATHSIG, SIGTERM);
}

/* The test portal in a process of its own, which prints its address
 * once it listens. */
static void
start_portal (Fixture *fixture)
{
  const char *program = g_getenv ("MOTCUA_TEST_PORTAL");
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GDataInputStream) output = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (program);
  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE);
  g_subprocess_launcher_set_child_setup (launcher, die_with_parent, NULL, NULL);
  fixture->portal = g_subprocess_launcher_spawn (launcher, &error, program,
                                                 "--port", "0", "--user", PORTAL_USERNAME,
                                                 "--password", PORTAL_PASSWORD,
                                                 "--dstcode", PORTAL_DSTCODE,
                                                 "--madonvi", PORTAL_MADONVI, NULL);
  g_assert_no_error (error);

  output = g_data_input_stream_new (g_subprocess_get_stdout_pipe (fixture->portal));
  g_filter_input_stream_set_close_base_stream (G_FILTER_INPUT_STREAM (output), FALSE);
  fixture->portal_url = g_data_input_stream_read_line_utf8 (output, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (fixture->portal_url);
  g_assert_true (g_str_has_prefix (fixture->portal_url, "http://127.0.0.1:"));
}

/* Steers the test portal through its /_test endpoint. */
static void
post_to_portal (Fixture    *fixture,
                JsonObject *body)
{
  g_autoptr(SoupSession) session = soup_session_new ();
  g_autofree char *uri = g_strconcat (fixture->portal_url, "/_test", NULL);
  g_autoptr(SoupMessage) message = soup_message_new (SOUP_METHOD_POST, uri);
  g_autoptr(JsonNode) node = json_node_init_object (json_node_alloc (), body);
  g_autofree char *text = json_to_string (node, FALSE);
  g_autoptr(GBytes) request = g_bytes_new (text, strlen (text));
  g_autoptr(GBytes) answer = NULL;
  g_autoptr(GError) error = NULL;

  soup_message_set_request_body_from_bytes (message, "application/json; charset=utf-8",
                                            request);
  answer = soup_session_send_and_read (session, message, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (soup_message_get_status (message), ==, SOUP_STATUS_OK);
}

/* The portal's notice of 2026: the days the office's database holds
 * before anyone edits them. */
static void
publish_notice (Fixture *fixture)
{
  g_autoptr(GPtrArray) days = mc_preferences_test_stored_year (fixture->base.context, 2026, NULL);
  g_autoptr(JsonObject) body = json_object_new ();
  JsonArray *data = json_array_new ();

  for (guint i = 0; i < days->len; i++)
    {
      const McCalendarDay *day = g_ptr_array_index (days, i);
      JsonObject *entry = json_object_new ();
      char date[9];

      g_date_strftime (date, sizeof date, "%Y%m%d", &day->date);
      json_object_set_string_member (entry, "Ngay", date);
      json_object_set_string_member (entry, "Loai", day->kind == MC_DAY_OFF ? "nghi" : "lambu");
      json_object_set_string_member (entry, "GhiChu", day->reason);
      json_array_add_object_element (data, entry);
    }

  json_object_set_string_member (body, "action", "calendar");
  json_object_set_int_member (body, "nam", 2026);
  json_object_set_array_member (body, "data", data);
  post_to_portal (fixture, body);
}

typedef struct
{
  const char   *url;
  McSyncReport  report;
} Pull;

static gpointer
pull_work (McDatabase  *db,
           gpointer     data,
           GError     **error)
{
  Pull *pull = data;
  g_autoptr(McPortalClient) client = NULL;

  client = mc_portal_client_new (pull->url, PORTAL_DSTCODE, PORTAL_MADONVI, PORTAL_USERNAME,
                                 PORTAL_PASSWORD, error);
  if (client == NULL ||
      !mc_sync_calendar_pull_year (db, client, 2026, &pull->report, NULL, error))
    return NULL;

  return GINT_TO_POINTER (TRUE);
}

/* Pulls the portal's calendar of 2026 as the sync does, then tells
 * McCalendar, as the application does on McSyncService::calendar-pulled.
 * Returns how many differences are left to settle. */
static guint
pull_calendar (Fixture *fixture)
{
  Pull pull = { fixture->portal_url, };

  g_assert_nonnull (mc_ui_test_run_on_worker (fixture->base.context, pull_work, &pull));
  g_assert_cmpuint (pull.report.calendar_invalid, ==, 0);
  g_assert_false (pull.report.calendar_unsupported);

  g_signal_emit_by_name (mc_context_get_calendar (fixture->base.context), "changed");
  mc_preferences_test_wait_idle (&fixture->base, "the page to reload after the pull");

  return pull.report.calendar_differences;
}

/*
 * The database, read through McSyncCalendar on the worker
 */

static gpointer
list_differences_work (McDatabase  *db,
                       gpointer     data,
                       GError     **error)
{
  return mc_sync_calendar_list_differences (db, error);
}

static guint
count_stored_differences (Fixture *fixture)
{
  g_autoptr(GPtrArray) differences = mc_ui_test_run_on_worker (fixture->base.context,
                                                               list_differences_work, NULL);

  g_assert_nonnull (differences);
  return differences->len;
}

/*
 * Driving the page
 */

static GtkWidget *
proposals_group (Fixture *fixture)
{
  GtkWidget *group = mc_ui_test_find_by_type (fixture->base.page, MC_TYPE_CALENDAR_PROPOSALS_GROUP);

  g_assert_nonnull (group);
  return group;
}

static GtkWidget *
find_proposal_row (Fixture    *fixture,
                   const char *date)
{
  return mc_ui_test_find_widget (proposals_group (fixture), mc_ui_test_match_row_containing, date);
}

/* The button @label of the row of @date. */
static GtkWidget *
find_choice_button (Fixture    *fixture,
                    const char *date,
                    const char *label)
{
  GtkWidget *row = find_proposal_row (fixture, date);
  GtkWidget *button;

  if (row == NULL)
    g_error ("No difference shown for %s", date);
  button = mc_ui_test_find_widget (row, mc_ui_test_match_button_label, label);
  g_assert_nonnull (button);
  return button;
}

/* The row of @date shows both values. */
static void
assert_difference_shown (Fixture    *fixture,
                         const char *date,
                         const char *here,
                         const char *portal)
{
  mc_ui_test_assert_row_shows (proposals_group (fixture), date, here, portal);
}

static gboolean
day_listed (Fixture    *fixture,
            const char *iso)
{
  return mc_ui_test_find_widget (GTK_WIDGET (fixture->base.page),
                                 mc_preferences_test_match_remove_button, iso) != NULL;
}

/* Scrolls the page back to its top, where the differences are, for the
 * screenshots: adding a day left the focus, and the view, at the form. */
static void
scroll_to_top (Fixture *fixture)
{
  GtkWidget *scrolled = mc_ui_test_find_by_type (fixture->base.page, GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *adjustment;

  g_assert_nonnull (scrolled);
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_lower (adjustment));
  mc_ui_test_spin (300);
}

/* As an administrator would, on the page: a commune festival on Tuesday
 * 10/03/2026, and Culture Day (Tuesday 24/11/2026) taken away. */
static void
edit_locally (Fixture *fixture)
{
  GtkWidget *remove;

  mc_preferences_test_choose_year (&fixture->base, 2026);

  gtk_editable_set_text (GTK_EDITABLE (fixture->base.date_row), "10/03/2026");
  adw_combo_row_set_selected (fixture->base.kind_row, 0);
  gtk_editable_set_text (GTK_EDITABLE (fixture->base.reason_row), "Lễ hội truyền thống của xã");
  g_signal_emit_by_name (fixture->base.date_row, "entry-activated");
  mc_preferences_test_wait_idle (&fixture->base, "the day to be added");
  g_assert_true (day_listed (fixture, "2026-03-10"));

  remove = mc_ui_test_find_widget (GTK_WIDGET (fixture->base.page),
                                   mc_preferences_test_match_remove_button, "2026-11-24");
  g_assert_nonnull (remove);
  g_signal_emit_by_name (remove, "clicked");
  mc_preferences_test_wait_idle (&fixture->base, "the day to be removed");
  g_assert_false (day_listed (fixture, "2026-11-24"));
}

/*
 * Fixture
 */

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  NewStaff admin = { "quantri", MC_STAFF_ROLE_ADMINISTRATOR, NULL };
  NewStaff clerk = { "lan", MC_STAFF_ROLE_CLERK, NULL };

  mc_preferences_test_open_database (&fixture->base);
  fixture->admin = mc_ui_test_run_on_worker (fixture->base.context, create_staff_work, &admin);
  g_assert_nonnull (fixture->admin);
  clerk.creator = fixture->admin;
  fixture->clerk = mc_ui_test_run_on_worker (fixture->base.context, create_staff_work, &clerk);
  g_assert_nonnull (fixture->clerk);

  start_portal (fixture);
  mc_preferences_test_open_window (&fixture->base, fixture->admin);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  mc_preferences_test_close_window (&fixture->base);

  if (fixture->portal != NULL)
    {
      g_subprocess_send_signal (fixture->portal, SIGTERM);
      g_assert_true (g_subprocess_wait (fixture->portal, NULL, NULL));
      g_clear_object (&fixture->portal);
    }
  g_free (fixture->portal_url);
  g_clear_object (&fixture->admin);
  g_clear_object (&fixture->clerk);

  mc_preferences_test_tear_down (&fixture->base, user_data);
}

/*
 * Tests
 */

/* A pulled calendar does not overwrite the administrator's edits: the
 * days show with both values until the administrator chooses. */
static void
test_portal_differs (Fixture       *fixture,
                     gconstpointer  user_data)
{
  GtkWidget *group = proposals_group (fixture);
  g_autoptr(GPtrArray) days = NULL;
  const McCalendarDay *day;
  GtkWidget *button;
  GtkWidget *row;
  GVariant *target;
  guint n_changed;

  /* Nothing to settle yet: no group. */
  mc_preferences_test_choose_year (&fixture->base, 2026);
  g_assert_false (gtk_widget_get_visible (group));
  g_assert_true (mc_calendar_proposals_group_get_editable (MC_CALENDAR_PROPOSALS_GROUP (group)));

  publish_notice (fixture);
  edit_locally (fixture);
  g_assert_cmpuint (pull_calendar (fixture), ==, 2);

  g_assert_true (gtk_widget_get_visible (group));
  g_assert_true (gtk_widget_get_mapped (group));
  g_assert_nonnull (mc_ui_test_find_widget (group, mc_ui_test_match_label,
                                            "The Portal’s Calendar Differs"));
  g_assert_cmpuint (mc_ui_test_count_widgets (group, mc_ui_test_match_button_label, "Keep Ours"),
                    ==, 2);
  row = find_proposal_row (fixture, "10/03/2026");
  g_assert_nonnull (row);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==,
                   "Tuesday, 10/03/2026");
  assert_difference_shown (fixture, "10/03/2026", "Here: Day off — Lễ hội truyền thống của xã",
                           "Portal: not a special day");
  assert_difference_shown (fixture, "24/11/2026", "Here: not a special day",
                           "Portal: Day off — Vietnamese Culture Day");
  g_assert_true (gtk_widget_is_sensitive (find_choice_button (fixture, "10/03/2026",
                                                              "Use the Portal’s")));
  g_assert_true (gtk_widget_is_sensitive (find_choice_button (fixture, "24/11/2026",
                                                              "Keep Ours")));
  scroll_to_top (fixture);
  mc_ui_test_save_screenshot (GTK_WIDGET (fixture->base.window), "calendar-proposals");

  /* The edits stand until someone chooses. */
  days = mc_preferences_test_stored_year (fixture->base.context, 2026, NULL);
  day = mc_preferences_test_find_stored_day (days, 10, 3);
  g_assert_nonnull (day);
  g_assert_cmpint (day->source, ==, MC_CALENDAR_SOURCE_ADMINISTRATOR);
  g_assert_null (mc_preferences_test_find_stored_day (days, 24, 11));
  g_clear_pointer (&days, g_ptr_array_unref);

  /* The portal's value of 10/03: a working day again, gone from the
   * group and from the days of the year. */
  n_changed = fixture->base.n_changed;
  button = find_choice_button (fixture, "10/03/2026", "Use the Portal’s");
  g_signal_emit_by_name (button, "clicked");
  mc_preferences_test_wait_idle (&fixture->base, "the portal's value to be used");

  g_assert_cmpuint (fixture->base.n_changed, ==, n_changed + 1);
  days = mc_preferences_test_stored_year (fixture->base.context, 2026, NULL);
  g_assert_null (mc_preferences_test_find_stored_day (days, 10, 3));
  g_clear_pointer (&days, g_ptr_array_unref);
  g_assert_null (find_proposal_row (fixture, "10/03/2026"));
  g_assert_false (day_listed (fixture, "2026-03-10"));
  g_assert_true (gtk_widget_get_visible (group));
  g_assert_cmpuint (count_stored_differences (fixture), ==, 1);

  /* Ours for Culture Day, through the button's action: it stays a
   * working day, and nothing is left to settle. */
  button = find_choice_button (fixture, "24/11/2026", "Keep Ours");
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (button)), ==, "proposals.keep");
  target = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (button));
  g_assert_true (gtk_widget_activate_action_variant (button, "proposals.keep", target));
  mc_preferences_test_wait_idle (&fixture->base, "the office's value to be kept");

  g_assert_cmpuint (fixture->base.n_changed, ==, n_changed + 2);
  days = mc_preferences_test_stored_year (fixture->base.context, 2026, NULL);
  g_assert_null (mc_preferences_test_find_stored_day (days, 24, 11));
  g_assert_false (day_listed (fixture, "2026-11-24"));
  g_assert_false (gtk_widget_get_visible (group));
  g_assert_cmpuint (count_stored_differences (fixture), ==, 0);

  /* Pulled again: the choices hold. */
  g_assert_cmpuint (pull_calendar (fixture), ==, 0);
  g_assert_false (gtk_widget_get_visible (group));
  g_clear_pointer (&days, g_ptr_array_unref);
  days = mc_preferences_test_stored_year (fixture->base.context, 2026, NULL);
  g_assert_null (mc_preferences_test_find_stored_day (days, 10, 3));
  g_assert_null (mc_preferences_test_find_stored_day (days, 24, 11));
}

/* A clerk sees what differs, and cannot choose. */
static void
test_portal_differs_clerk (Fixture       *fixture,
                           gconstpointer  user_data)
{
  static const char * const dates[] = { "10/03/2026", "24/11/2026" };
  GtkWidget *group;

  publish_notice (fixture);
  edit_locally (fixture);
  g_assert_cmpuint (pull_calendar (fixture), ==, 2);

  mc_preferences_test_close_window (&fixture->base);
  mc_preferences_test_open_window (&fixture->base, fixture->clerk);
  group = proposals_group (fixture);

  g_assert_false (mc_calendar_proposals_group_get_editable (MC_CALENDAR_PROPOSALS_GROUP (group)));
  g_assert_true (gtk_widget_get_visible (group));
  g_assert_nonnull (strstr (adw_preferences_group_get_description (ADW_PREFERENCES_GROUP (group)),
                            "until an administrator chooses"));
  assert_difference_shown (fixture, "10/03/2026", "Here: Day off — Lễ hội truyền thống của xã",
                           "Portal: not a special day");
  assert_difference_shown (fixture, "24/11/2026", "Here: not a special day",
                           "Portal: Day off — Vietnamese Culture Day");
  for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
    {
      g_assert_false (gtk_widget_is_sensitive (find_choice_button (fixture, dates[i],
                                                                   "Use the Portal’s")));
      g_assert_false (gtk_widget_is_sensitive (find_choice_button (fixture, dates[i],
                                                                   "Keep Ours")));
    }
  scroll_to_top (fixture);
  mc_ui_test_save_screenshot (GTK_WIDGET (fixture->base.window), "calendar-proposals-clerk");

  /* The actions refuse too. */
  gtk_widget_activate_action (group, "proposals.keep", "s", "2026-11-24");
  gtk_widget_activate_action (group, "proposals.accept", "s", "2026-03-10");
  mc_ui_test_spin (100);
  mc_preferences_test_wait_idle (&fixture->base, "the page to settle");
  g_assert_cmpuint (count_stored_differences (fixture), ==, 2);
  g_assert_true (day_listed (fixture, "2026-03-10"));

  /* Nobody signed in: neither. */
  mc_preferences_test_close_window (&fixture->base);
  mc_preferences_test_open_window (&fixture->base, NULL);
  group = proposals_group (fixture);
  g_assert_false (mc_calendar_proposals_group_get_editable (MC_CALENDAR_PROPOSALS_GROUP (group)));
  g_assert_true (gtk_widget_get_visible (group));
  g_assert_false (gtk_widget_is_sensitive (find_choice_button (fixture, "24/11/2026",
                                                               "Keep Ours")));
}


int
main (int   argc,
      char *argv[])
{
  g_autoptr(McApplication) app = NULL;

  /* The isolated directories hide the desktop's proxy settings' schema,
   * which GIO's default resolver reads; the test portal is on loopback. */
  g_setenv ("GIO_USE_PROXY_RESOLVER", "dummy", TRUE);
  if (!mc_ui_test_init (&argc, &argv))
    return 1;

  app = mc_ui_test_register_application ();

#define ADD(path, func) \
  g_test_add ("/ui/preferences/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("portal-differs", test_portal_differs);
  ADD ("portal-differs-clerk", test_portal_differs_clerk);

#undef ADD

  return g_test_run ();
}
