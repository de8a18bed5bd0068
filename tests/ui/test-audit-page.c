/* test-audit-page.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Widget tests of the audit log, on the demo database: two dossiers
 * received by the clerk and a calendar year confirmed by the leader, as
 * the stores record them. The filters narrow the list; a bad period shows
 * its error under the filters and lists nothing; a line opens its
 * dossier. Then the main window: the Audit Log is the leader's, and the
 * changes made while the leader is signed in name the leader. Needs a
 * display: run under xvfb-run. With MC_TEST_SCREENSHOT_DIR=DIR, the page
 * is saved as a PNG there. */

#include "config.h"

#include "mc-audit-log.h"
#include "mc-audit-page.h"
#include "mc-calendar-store.h"
#include "mc-context.h"
#include "mc-dossier-store.h"
#include "mc-session.h"
#include "mc-staff-store.h"
#include "mc-ui-test-util.h"
#include "mc-window.h"
#include "mc-working-calendar.h"

#define PROCEDURE "1.004873"

static McApplication *app;

typedef struct
{
  McContext   *context;
  GtkWindow   *window;
  McAuditPage *page;
  McActor      clerk;
  McActor      leader;
  char        *codes[2];
} Fixture;

/*
 * The database
 */

static gpointer
find_staff_work (McDatabase  *db,
                 gpointer     data,
                 GError     **error)
{
  return GSIZE_TO_POINTER ((gsize) mc_dossier_store_find_staff (db, data, error));
}

static gpointer
receive_work (McDatabase  *db,
              gpointer     data,
              GError     **error)
{
  static const McDraftComponent papers[] = { { "Tờ khai", 1, 0, TRUE } };
  g_autoptr(GDateTime) now = g_date_time_new_now (mc_working_calendar_get_time_zone ());
  McDossierDraft draft = { 0, };

  draft.procedure_code = PROCEDURE;
  draft.applicant_name = "Nguyễn Văn An";
  draft.phone = "0912 345 678";
  draft.address = "Thôn Đông, xã Mẫu";
  draft.components = papers;
  draft.n_components = G_N_ELEMENTS (papers);

  return mc_dossier_store_receive (db, &draft, data, now, error);
}

static gpointer
confirm_year_work (McDatabase  *db,
                   gpointer     data,
                   GError     **error)
{
  return GINT_TO_POINTER (mc_calendar_store_confirm_year (db, GPOINTER_TO_INT (data), error));
}

static gint64
find_staff (McContext  *context,
            const char *username)
{
  gint64 id = (gint64) GPOINTER_TO_SIZE (mc_ui_test_run_on_worker (context, find_staff_work,
                                                                   username));

  g_assert_cmpint (id, >, 0);
  return id;
}

/*
 * The page
 */

static gboolean
page_idle (Fixture *fixture)
{
  return !mc_audit_page_get_busy (fixture->page);
}

static guint
n_lines (Fixture *fixture)
{
  return g_list_model_get_n_items (mc_audit_page_get_entries (fixture->page));
}

static McAuditEntry *
line_at (Fixture *fixture,
         guint    position)
{
  g_autoptr(McAuditEntry) entry = g_list_model_get_item (mc_audit_page_get_entries (fixture->page),
                                                         position);

  g_assert_nonnull (entry);
  return entry;
}

static gpointer
find_child (Fixture *fixture,
            GType    type,
            guint    index)
{
  GtkWidget *widget = NULL;
  guint n = 0;

  /* The index-th widget of @type, in the order of the template. */
  for (GtkWidget *child = GTK_WIDGET (fixture->page); child != NULL; )
    {
      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type) && n++ == index)
        {
          widget = child;
          break;
        }
      if (gtk_widget_get_first_child (child) != NULL)
        child = gtk_widget_get_first_child (child);
      else
        {
          while (child != NULL && child != GTK_WIDGET (fixture->page) &&
                 gtk_widget_get_next_sibling (child) == NULL)
            child = gtk_widget_get_parent (child);
          child = child == NULL || child == GTK_WIDGET (fixture->page)
                  ? NULL : gtk_widget_get_next_sibling (child);
        }
    }

  g_assert_nonnull (widget);
  return widget;
}

static gboolean
match_placeholder (GtkWidget     *widget,
                   gconstpointer  data)
{
  g_autofree char *placeholder = NULL;

  if (!GTK_IS_ENTRY (widget) && !GTK_IS_SEARCH_ENTRY (widget))
    return FALSE;

  g_object_get (widget, "placeholder-text", &placeholder, NULL);
  return g_strcmp0 (placeholder, data) == 0;
}

/* The page's stack, of the list and of the empty page. */
static gboolean
match_list_stack (GtkWidget     *widget,
                  gconstpointer  data)
{
  return GTK_IS_STACK (widget) && gtk_stack_get_child_by_name (GTK_STACK (widget), "list") != NULL;
}

static GtkEditable *
find_entry (Fixture    *fixture,
            const char *placeholder)
{
  GtkWidget *entry = mc_ui_test_find_widget (GTK_WIDGET (fixture->page), match_placeholder,
                                             placeholder);

  g_assert_nonnull (entry);
  return GTK_EDITABLE (entry);
}

/* The filters, as a person finds them. */
#define STAFF(fixture) GTK_DROP_DOWN (find_child ((fixture), GTK_TYPE_DROP_DOWN, 0))
#define DOSSIER(fixture) find_entry ((fixture), "Dossier code")
#define FROM(fixture) find_entry ((fixture), "From DD/MM/YYYY")
#define TO(fixture) find_entry ((fixture), "To DD/MM/YYYY")

static void
settle (Fixture *fixture)
{
  mc_ui_test_spin (50);
  mc_ui_test_wait_until (page_idle, fixture, "the log to load");
}

typedef struct
{
  Fixture *fixture;
  guint    n_lines;
} Lines;

static gboolean
lines_shown (Lines *lines)
{
  return !mc_audit_page_get_busy (lines->fixture->page) &&
         n_lines (lines->fixture) == lines->n_lines;
}

/* The search entry waits a moment before it tells of a change, and the
 * dates until typing pauses: the read comes some time after. */
#define wait_for_lines(fixture, n) G_STMT_START { \
    Lines _lines = { (fixture), (n) }; \
    mc_ui_test_wait_until (lines_shown, &_lines, "the list to show " #n " lines"); \
  } G_STMT_END

/* The inline error under the filters, or %NULL when none shows. */
static const char *
shown_error (Fixture *fixture)
{
  GtkWidget *label = NULL;

  for (guint i = 0; ; i++)
    {
      label = find_child (fixture, GTK_TYPE_LABEL, i);
      if (gtk_widget_has_css_class (label, "error"))
        break;
    }

  return gtk_widget_get_visible (label) ? gtk_label_get_label (GTK_LABEL (label)) : NULL;
}

static char *
day_text (int days_from_today)
{
  g_autoptr(GDateTime) now = g_date_time_new_now (mc_working_calendar_get_time_zone ());
  g_autoptr(GDateTime) day = g_date_time_add_days (now, days_from_today);

  return g_date_time_format (day, "%d/%m/%Y");
}

/*
 * Tests
 */

static void
test_filters (Fixture       *fixture,
              gconstpointer  user_data)
{
  g_autofree char *today = day_text (0);
  g_autofree char *tomorrow = day_text (1);
  GtkStack *stack;

  /* Newest first: the leader's year, the two receipts, the demo's
   * identity. */
  g_assert_cmpuint (n_lines (fixture), ==, 4);
  g_assert_cmpstr (mc_audit_entry_get_kind (line_at (fixture, 0)), ==, "calendar.year-confirm");
  g_assert_cmpstr (mc_audit_entry_get_actor_name (line_at (fixture, 0)), ==, "Lê Văn Minh");
  g_assert_cmpstr (mc_audit_entry_get_workstation (line_at (fixture, 0)), ==, "PC-LANH-DAO");
  g_assert_cmpstr (mc_audit_entry_get_dossier_code (line_at (fixture, 1)), ==, fixture->codes[1]);
  g_assert_cmpstr (mc_audit_entry_get_dossier_code (line_at (fixture, 2)), ==, fixture->codes[0]);
  g_assert_cmpstr (mc_audit_entry_get_kind (line_at (fixture, 3)), ==, "office.identity");

  /* The rows say who, where and what. */
  mc_ui_test_spin (200);
  g_assert_nonnull (mc_ui_test_find_widget (GTK_WIDGET (fixture->page), mc_ui_test_match_label,
                                            "Calendar year confirmed"));
  g_assert_nonnull (mc_ui_test_find_widget (GTK_WIDGET (fixture->page), mc_ui_test_match_label,
                                            "PC-LANH-DAO"));
  g_assert_nonnull (mc_ui_test_find_widget (GTK_WIDGET (fixture->page), mc_ui_test_match_label,
                                            fixture->codes[0]));
  mc_ui_test_save_screenshot (GTK_WIDGET (fixture->window), "audit-page");

  /* Everyone, then the staff by name: Lê Văn Minh, Nguyễn Thị Lan, … */
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (STAFF (fixture))), ==, 5);
  gtk_drop_down_set_selected (STAFF (fixture), 2);
  wait_for_lines (fixture, 2);
  g_assert_cmpint (mc_audit_entry_get_actor_id (line_at (fixture, 0)), ==, fixture->clerk.staff_id);
  g_assert_cmpint (mc_audit_entry_get_actor_id (line_at (fixture, 1)), ==, fixture->clerk.staff_id);

  /* And one dossier of hers. */
  gtk_editable_set_text (DOSSIER (fixture), fixture->codes[0]);
  wait_for_lines (fixture, 1);
  g_assert_cmpstr (mc_audit_entry_get_dossier_code (line_at (fixture, 0)), ==, fixture->codes[0]);

  /* Everyone, the dossiers of the office, today. */
  gtk_drop_down_set_selected (STAFF (fixture), 0);
  gtk_editable_set_text (DOSSIER (fixture), "000.17.22.H56");
  gtk_editable_set_text (FROM (fixture), today);
  gtk_editable_set_text (TO (fixture), today);
  wait_for_lines (fixture, 2);
  g_assert_null (shown_error (fixture));

  /* From tomorrow: nothing. */
  gtk_editable_set_text (FROM (fixture), tomorrow);
  gtk_editable_set_text (TO (fixture), "");
  wait_for_lines (fixture, 0);
  stack = GTK_STACK (mc_ui_test_find_widget (GTK_WIDGET (fixture->page), match_list_stack, NULL));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "empty");
}

static void
test_bad_period (Fixture       *fixture,
                 gconstpointer  user_data)
{
  g_assert_null (shown_error (fixture));

  /* Not a real day: shown at once, on the first date, nothing listed. */
  gtk_editable_set_text (FROM (fixture), "31/02/2026");
  g_assert_cmpstr (shown_error (fixture), ==, "“31/02/2026” is not a real date.");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (FROM (fixture)), "error"));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (TO (fixture)), "error"));
  settle (fixture);
  g_assert_cmpuint (n_lines (fixture), ==, 0);

  gtk_editable_set_text (FROM (fixture), "hôm qua");
  g_assert_cmpstr (shown_error (fixture), ==,
                   "“hôm qua” is not a date. Write it as DD/MM/YYYY, for example 02/09/2026.");

  /* A period that ends before it starts: on the last date. */
  gtk_editable_set_text (FROM (fixture), "05/03/2026");
  gtk_editable_set_text (TO (fixture), "04/03/2026");
  g_assert_cmpstr (shown_error (fixture), ==,
                   "The period ends before it starts: the last day is before the first.");
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (FROM (fixture)), "error"));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (TO (fixture)), "error"));
  settle (fixture);
  g_assert_cmpuint (n_lines (fixture), ==, 0);

  /* Corrected: the error goes, the lines come back. */
  gtk_editable_set_text (FROM (fixture), "");
  gtk_editable_set_text (TO (fixture), "");
  g_assert_null (shown_error (fixture));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (TO (fixture)), "error"));
  wait_for_lines (fixture, 4);
}

static void
activated_cb (McAuditPage  *page,
              const char   *code,
              char        **activated)
{
  g_free (*activated);
  *activated = g_strdup (code);
}

static void
test_open_dossier (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_autofree char *activated = NULL;
  /* Not the drop-down's list of names: the one under the filters. */
  GtkWidget *stack = mc_ui_test_find_widget (GTK_WIDGET (fixture->page), match_list_stack, NULL);
  GtkWidget *list_view = mc_ui_test_find_by_type (stack, GTK_TYPE_LIST_VIEW);

  g_signal_connect (fixture->page, "dossier-activated", G_CALLBACK (activated_cb), &activated);

  /* A line about a dossier opens it; the year confirmed has none. */
  g_signal_emit_by_name (list_view, "activate", 0);
  g_assert_null (activated);
  g_signal_emit_by_name (list_view, "activate", 2);
  g_assert_cmpstr (activated, ==, fixture->codes[0]);
}

/*
 * The main window
 */

static gboolean
work_shown (McWindow *window)
{
  return mc_window_get_work_shown (window);
}

static gboolean
audit_window_shown (gpointer data)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (g_object_get_data (l->data, "mc-audit-page") != NULL && gtk_widget_get_visible (l->data))
      return TRUE;

  return FALSE;
}

typedef struct
{
  gboolean  done;
  GError   *error;
} Wait;

static void
signed_in_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  Wait *wait = user_data;

  mc_session_sign_in_finish (MC_SESSION (object), result, &wait->error);
  wait->done = TRUE;
}

static gboolean
wait_done (Wait *wait)
{
  return wait->done;
}

static void
sign_in (McSession  *session,
         McWindow   *window,
         const char *username)
{
  Wait wait = { FALSE, NULL };

  mc_session_sign_in_async (session, username, MC_STAFF_DEMO_PASSWORD, NULL, signed_in_cb, &wait);
  mc_ui_test_wait_until (wait_done, &wait, "the sign-in");
  g_assert_no_error (wait.error);
  mc_ui_test_wait_until (work_shown, window, "the work to be shown");
}

static void
test_window (Fixture       *fixture,
             gconstpointer  user_data)
{
  g_autoptr(McSession) session = mc_session_new (mc_context_get_worker (fixture->context));
  McWindow *window = mc_window_new (app, fixture->context);
  McAuditPage *page;
  gpointer year;

  gtk_window_present (GTK_WINDOW (window));
  mc_window_set_session (window, session);
  mc_window_database_ready (window);

  /* A clerk: no audit log. */
  sign_in (session, window, "lan");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-audit", NULL);
  mc_ui_test_spin (100);
  g_assert_false (audit_window_shown (NULL));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.sign-out", NULL);

  /* The leader: a window of its own, one. */
  sign_in (session, window, "minh");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-audit", NULL);
  mc_ui_test_wait_until (audit_window_shown, NULL, "the audit log");
  page = mc_audit_page_present_window (GTK_WINDOW (window), fixture->context, NULL);
  g_assert_nonnull (page);
  {
    gboolean created = TRUE;

    g_assert_true (mc_audit_page_present_window (GTK_WINDOW (window), fixture->context,
                                                 &created) == page);
    g_assert_false (created);
  }

  /* What the leader changes now names the leader, from this computer. */
  year = mc_ui_test_run_on_worker (fixture->context, confirm_year_work, GINT_TO_POINTER (2027));
  g_assert_true (year);
  mc_audit_page_reload (page);
  mc_ui_test_spin (50);
  while (mc_audit_page_get_busy (page))
    mc_ui_test_spin (20);
  {
    g_autoptr(McAuditEntry) line = g_list_model_get_item (mc_audit_page_get_entries (page), 0);

    g_assert_cmpstr (mc_audit_entry_get_subject (line), ==, "2027");
    g_assert_cmpint (mc_audit_entry_get_actor_id (line), ==, fixture->leader.staff_id);
    g_assert_cmpstr (mc_audit_entry_get_actor_name (line), ==, "Lê Văn Minh");
    g_assert_cmpstr (mc_audit_entry_get_workstation (line), ==, g_get_host_name ());
  }

  /* Signed out: the dialogs of the work close, the log with them. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.sign-out", NULL);
  mc_ui_test_spin (100);
  g_assert_false (audit_window_shown (NULL));

  gtk_window_destroy (GTK_WINDOW (window));
  mc_ui_test_spin (50);
}

/*
 * Fixture
 */

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "audit.sqlite", NULL);

  fixture->clerk = (McActor) { 0, "Nguyễn Thị Lan", "", MC_STAFF_ROLE_CLERK, "QUAY-1" };
  fixture->leader = (McActor) { 0, "Lê Văn Minh", "", MC_STAFF_ROLE_LEADER, "PC-LANH-DAO" };

  g_mkdir_with_parents (g_get_user_data_dir (), 0700);
  fixture->context = mc_context_new ();
  g_assert_true (mc_ui_test_open_database (fixture->context, path,
                                           MC_CONTEXT_OPEN_SEED_IF_EMPTY, &error));
  g_assert_no_error (error);
  fixture->clerk.staff_id = find_staff (fixture->context, "lan");
  fixture->leader.staff_id = find_staff (fixture->context, "minh");

  for (guint i = 0; i < G_N_ELEMENTS (fixture->codes); i++)
    {
      g_autoptr(McDossier) dossier = mc_ui_test_run_on_worker (fixture->context, receive_work,
                                                                &fixture->clerk);

      g_assert_nonnull (dossier);
      fixture->codes[i] = g_strdup (mc_dossier_get_code (dossier));
    }

  mc_audit_queue_signed_in (mc_context_get_worker (fixture->context), &fixture->leader);
  g_assert_true (mc_ui_test_run_on_worker (fixture->context, confirm_year_work,
                                           GINT_TO_POINTER (2026)));
  mc_audit_queue_signed_in (mc_context_get_worker (fixture->context), NULL);

  fixture->page = mc_audit_page_new ();
  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 960, 600);
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->page));
  gtk_window_present (fixture->window);
  mc_audit_page_set_context (fixture->page, fixture->context);
  settle (fixture);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  settle (fixture);
  gtk_window_destroy (fixture->window);
  mc_ui_test_spin (50);
  g_assert_finalize_object (fixture->page);
  g_clear_object (&fixture->context);
  for (guint i = 0; i < G_N_ELEMENTS (fixture->codes); i++)
    g_free (fixture->codes[i]);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  if (!mc_ui_test_init (&argc, &argv))
    return 1;

  app = mc_ui_test_register_application ();

#define ADD(path, func) \
  g_test_add ("/ui/audit-page/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("filters", test_filters);
  ADD ("bad-period", test_bad_period);
  ADD ("open-dossier", test_open_dossier);
  ADD ("window", test_window);
#undef ADD

  status = g_test_run ();
  g_object_unref (app);

  return status;
}
