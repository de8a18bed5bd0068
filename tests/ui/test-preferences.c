/* test-preferences.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Widget tests of the preferences window: the real McPreferencesWindow
 * on a real database opened by McContext on its worker thread, driven
 * through its rows, buttons and actions with the real main loop. What the
 * page claims to have saved is read back through McCalendarStore on the
 * same worker. The differences with the portal's official calendar come
 * from a real pull against the test portal, run in another process
 * (MOTCUA_TEST_PORTAL). Needs a display: run under xvfb-run. */

#include "config.h"

#include <libsoup/soup.h>
#include <signal.h>
#include <string.h>
#include <sys/prctl.h>

#include "mc-calendar-page.h"
#include "mc-calendar-proposals-group.h"
#include "mc-calendar-store.h"
#include "mc-context.h"
#include "mc-preferences-window.h"
#include "mc-staff-store.h"
#include "mc-sync-calendar.h"
#include "mc-ui-test-util.h"
#include "mc-window.h"

/* The test portal's account, given to it on its command line. */
#define PORTAL_USERNAME "motcua-tanlap"
#define PORTAL_PASSWORD "mat-khau-cong"
#define PORTAL_DSTCODE "H56.LGSP"
#define PORTAL_MADONVI "000.17.22.H56"

#define STAFF_PASSWORD "motcua2026"

static McApplication *app;

/*
 * Widget tree
 */

static guint
count_widgets (GtkWidget           *root,
               McUiTestWidgetMatch  match,
               gconstpointer        data)
{
  guint count = match (root, data) ? 1 : 0;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    count += count_widgets (child, match, data);

  return count;
}

/* A row whose title holds @data, such as a date. */
static gboolean
match_row_containing (GtkWidget     *widget,
                      gconstpointer  data)
{
  const char *title;

  if (!ADW_IS_PREFERENCES_ROW (widget))
    return FALSE;

  title = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget));
  return title != NULL && strstr (title, data) != NULL;
}

static gboolean
match_label (GtkWidget     *widget,
             gconstpointer  data)
{
  return GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), data) == 0;
}

static gboolean
match_button_label (GtkWidget     *widget,
                    gconstpointer  data)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), data) == 0;
}

/* The remove button of the day @data ("YYYY-MM-DD"). */
static gboolean
match_remove_button (GtkWidget     *widget,
                     gconstpointer  data)
{
  GVariant *target;

  if (!mc_ui_test_match_action_button (widget, "calendar.remove-day"))
    return FALSE;

  target = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (widget));
  return target != NULL && g_str_equal (g_variant_get_string (target, NULL), data);
}

/*
 * The database, read through the store on the worker
 */

typedef struct
{
  int        year;
  gboolean   confirmed;
  GPtrArray *days;
} YearData;

static gpointer
list_year_work (McDatabase  *db,
                gpointer     data,
                GError     **error)
{
  YearData *year = data;

  year->days = mc_calendar_store_list_year (db, year->year, &year->confirmed, error);
  return year->days != NULL ? GINT_TO_POINTER (TRUE) : NULL;
}

static gpointer
get_hours_work (McDatabase  *db,
                gpointer     data,
                GError     **error)
{
  return mc_calendar_store_get_office_hours (db, data, error) ? GINT_TO_POINTER (TRUE) : NULL;
}

/* The stored days of @year; @confirmed, whether it is official. */
static GPtrArray *
stored_year (McContext *context,
             int        year,
             gboolean  *confirmed)
{
  YearData data = { year, FALSE, NULL };

  mc_ui_test_run_on_worker (context, list_year_work, &data);
  if (confirmed != NULL)
    *confirmed = data.confirmed;

  return data.days;
}

static const McCalendarDay *
find_stored_day (GPtrArray *days,
                 guint      day,
                 guint      month)
{
  for (guint i = 0; i < days->len; i++)
    {
      const McCalendarDay *entry = g_ptr_array_index (days, i);

      if (g_date_get_day (&entry->date) == day && g_date_get_month (&entry->date) == month)
        return entry;
    }

  return NULL;
}

static char *
dup_stored_hours (McContext *context)
{
  McOfficeHours hours;

  mc_ui_test_run_on_worker (context, get_hours_work, &hours);
  return mc_office_hours_to_string (&hours);
}

/*
 * Fixture: a preferences window on a database of its own
 */

typedef struct
{
  char                *db_path;
  McContext           *context;
  McStaff             *admin;
  McStaff             *clerk;
  GSubprocess         *portal;
  char                *portal_url;
  McPreferencesWindow *window;
  McCalendarPage      *page;
  AdwComboRow         *year_row;
  GtkWidget           *confirm_button;
  AdwEntryRow         *date_row;
  AdwComboRow         *kind_row;
  AdwEntryRow         *reason_row;
  AdwEntryRow         *hours_rows[4];
  guint                n_changed;
} Fixture;

static gboolean
page_idle (Fixture *fixture)
{
  return !mc_calendar_page_get_busy (fixture->page);
}

static gboolean
window_mapped (Fixture *fixture)
{
  return gtk_widget_get_mapped (GTK_WIDGET (fixture->window));
}

static void
calendar_changed_cb (McCalendar *calendar,
                     Fixture    *fixture)
{
  fixture->n_changed++;
}

static AdwEntryRow *
find_entry_row (Fixture    *fixture,
                const char *title)
{
  GtkWidget *row = mc_ui_test_find_widget (GTK_WIDGET (fixture->page), mc_ui_test_match_row, title);

  g_assert_true (ADW_IS_ENTRY_ROW (row));
  return ADW_ENTRY_ROW (row);
}

static void
open_database (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  gboolean opened;

  /* G_TEST_OPTION_ISOLATE_DIRS gives each test its own data directory. */
  fixture->db_path = g_build_filename (g_get_user_data_dir (), "test.sqlite", NULL);
  g_assert_false (g_file_test (fixture->db_path, G_FILE_TEST_EXISTS));

  fixture->context = mc_context_new ();
  opened = mc_ui_test_open_database (fixture->context, fixture->db_path, MC_CONTEXT_OPEN_NONE,
                                     &error);
  g_assert_no_error (error);
  g_assert_true (opened);

  g_signal_connect (mc_context_get_calendar (fixture->context), "changed",
                    G_CALLBACK (calendar_changed_cb), fixture);
}

/* The window of @staff, or of nobody signed in. */
static void
open_window (Fixture *fixture,
             McStaff *staff)
{
  static const char * const hours_titles[] = {
    "Morning Opens", "Morning Closes", "Afternoon Opens", "Afternoon Closes",
  };
  GtkWidget *row;

  fixture->window = mc_preferences_window_new_for_staff (NULL, fixture->context, staff);
  g_object_add_weak_pointer (G_OBJECT (fixture->window), (gpointer *) &fixture->window);
  gtk_window_present (GTK_WINDOW (fixture->window));

  fixture->page = MC_CALENDAR_PAGE (mc_ui_test_find_by_type (fixture->window,
                                                             MC_TYPE_CALENDAR_PAGE));
  g_assert_nonnull (fixture->page);
  adw_preferences_window_set_visible_page (ADW_PREFERENCES_WINDOW (fixture->window),
                                           ADW_PREFERENCES_PAGE (fixture->page));

  row = mc_ui_test_find_widget (GTK_WIDGET (fixture->page), mc_ui_test_match_row, "Year");
  g_assert_true (ADW_IS_COMBO_ROW (row));
  fixture->year_row = ADW_COMBO_ROW (row);
  row = mc_ui_test_find_widget (GTK_WIDGET (fixture->page), mc_ui_test_match_row, "Kind");
  g_assert_true (ADW_IS_COMBO_ROW (row));
  fixture->kind_row = ADW_COMBO_ROW (row);
  fixture->confirm_button = mc_ui_test_find_widget (GTK_WIDGET (fixture->page),
                                                    mc_ui_test_match_action_button,
                                                    "calendar.confirm-year");
  g_assert_nonnull (fixture->confirm_button);
  fixture->date_row = find_entry_row (fixture, "Date (DD/MM/YYYY)");
  fixture->reason_row = find_entry_row (fixture, "Reason (optional)");
  for (guint i = 0; i < G_N_ELEMENTS (hours_titles); i++)
    fixture->hours_rows[i] = find_entry_row (fixture, hours_titles[i]);

  mc_ui_test_wait_until (window_mapped, fixture, "the window to be mapped");
  mc_ui_test_wait_until (page_idle, fixture, "the page to load");
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  open_database (fixture);
  open_window (fixture, NULL);
}

static gboolean
window_finalized (Fixture *fixture)
{
  return fixture->window == NULL;
}

static void
close_window (Fixture *fixture)
{
  if (fixture->window != NULL)
    gtk_window_destroy (GTK_WINDOW (fixture->window));

  /* Nothing may keep the window alive: not the answers on their way
   * from the worker, nor a toast's Undo. */
  mc_ui_test_wait_until (window_finalized, fixture, "the destroyed window to be finalized");
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_signal_handlers_disconnect_by_func (mc_context_get_calendar (fixture->context),
                                        calendar_changed_cb, fixture);

  close_window (fixture);

  if (fixture->portal != NULL)
    {
      g_subprocess_send_signal (fixture->portal, SIGTERM);
      g_assert_true (g_subprocess_wait (fixture->portal, NULL, NULL));
      g_clear_object (&fixture->portal);
    }
  g_free (fixture->portal_url);
  g_clear_object (&fixture->admin);
  g_clear_object (&fixture->clerk);

  g_clear_object (&fixture->context);
  mc_ui_test_spin (50);
  g_free (fixture->db_path);
}

/*
 * Driving the page
 */

/* Chooses @year in the selector, as the user would, and waits for its
 * days. */
static void
choose_year (Fixture *fixture,
             int      year)
{
  GListModel *years = adw_combo_row_get_model (fixture->year_row);
  guint n = g_list_model_get_n_items (years);
  guint position = GTK_INVALID_LIST_POSITION;
  g_autofree char *text = g_strdup_printf ("%d", year);

  for (guint i = 0; i < n; i++)
    if (g_str_equal (gtk_string_list_get_string (GTK_STRING_LIST (years), i), text))
      position = i;
  g_assert_cmpuint (position, !=, GTK_INVALID_LIST_POSITION);

  adw_combo_row_set_selected (fixture->year_row, position);
  g_assert_cmpint (mc_calendar_page_get_year (fixture->page), ==, year);
  mc_ui_test_wait_until (page_idle, fixture, "the days of the chosen year");
}

/* Activates @action as a button inside @widget would. */
static void
activate (Fixture    *fixture,
          gpointer    widget,
          const char *action)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (widget), action, NULL));
  mc_ui_test_wait_until (page_idle, fixture, action);
}

static GtkWidget *
find_day_row (Fixture    *fixture,
              const char *date)
{
  return mc_ui_test_find_widget (GTK_WIDGET (fixture->page), match_row_containing, date);
}

static guint
count_day_rows (Fixture *fixture)
{
  return count_widgets (GTK_WIDGET (fixture->page), mc_ui_test_match_action_button,
                        "calendar.remove-day");
}

static gboolean
has_status (Fixture    *fixture,
            const char *status)
{
  return mc_ui_test_find_widget (GTK_WIDGET (fixture->page), mc_ui_test_match_row, status) != NULL;
}

/* The row of @date shows @kind and @reason. */
static void
assert_day_shown (Fixture    *fixture,
                  const char *date,
                  const char *kind,
                  const char *reason)
{
  GtkWidget *row = find_day_row (fixture, date);

  if (row == NULL)
    g_error ("No row for %s", date);
  g_assert_nonnull (mc_ui_test_find_widget (row, match_label, kind));
  if (reason != NULL)
    g_assert_nonnull (mc_ui_test_find_widget (row, match_label, reason));
}

/*
 * Tests
 */

static void
test_official_year (Fixture       *fixture,
                    gconstpointer  user_data)
{
  g_autoptr(GPtrArray) days = NULL;
  GtkWidget *row;

  choose_year (fixture, 2026);

  g_assert_true (has_status (fixture, "Official calendar"));
  g_assert_false (gtk_widget_get_visible (fixture->confirm_button));

  /* The weekday is named, in the locale (C here). */
  row = find_day_row (fixture, "24/11/2026");
  g_assert_nonnull (row);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==,
                   "Tuesday, 24/11/2026");
  assert_day_shown (fixture, "24/11/2026", "Day off", "Vietnamese Culture Day");
  assert_day_shown (fixture, "22/08/2026", "Make-up working day", "Make-up working day");
  assert_day_shown (fixture, "16/02/2026", "Day off", "Lunar New Year");

  /* Every stored day, and nothing else. */
  days = stored_year (fixture->context, 2026, NULL);
  g_assert_cmpuint (days->len, >, 10);
  g_assert_cmpuint (count_day_rows (fixture), ==, days->len);
  g_assert_nonnull (mc_ui_test_find_widget (GTK_WIDGET (fixture->page), match_label,
                                            "Days off: 13. Make-up working days: 1."));
}

static void
test_generated_year (Fixture       *fixture,
                     gconstpointer  user_data)
{
  g_autoptr(GPtrArray) days = NULL;
  gboolean confirmed = TRUE;

  /* 2027 has no official calendar yet: it is generated on first view. */
  choose_year (fixture, 2027);

  g_assert_true (has_status (fixture, "Generated from the statutory rules, not yet confirmed"));
  g_assert_false (has_status (fixture, "Official calendar"));
  g_assert_true (gtk_widget_get_visible (fixture->confirm_button));

  /* Tết 2027: mùng 1 is Saturday 6/2; the eve and mùng 3-4 are
   * weekdays, and the weekend days give two compensatory days. */
  assert_day_shown (fixture, "05/02/2027", "Day off", "Lunar New Year");
  assert_day_shown (fixture, "08/02/2027", "Day off", "Lunar New Year");
  assert_day_shown (fixture, "09/02/2027", "Day off", "Lunar New Year");
  assert_day_shown (fixture, "10/02/2027", "Day off", "Compensatory day off");
  assert_day_shown (fixture, "24/11/2027", "Day off", "Vietnamese Culture Day");
  g_assert_nonnull (mc_ui_test_find_widget (find_day_row (fixture, "05/02/2027"), match_label,
                                            "Generated from the statutory rules"));

  days = stored_year (fixture->context, 2027, &confirmed);
  g_assert_false (confirmed);
  g_assert_cmpuint (days->len, >, 0);
  g_assert_cmpuint (count_day_rows (fixture), ==, days->len);
  g_assert_nonnull (find_stored_day (days, 5, 2));

  /* Confirming makes it official. */
  g_signal_emit_by_name (fixture->confirm_button, "clicked");
  mc_ui_test_wait_until (page_idle, fixture, "the year to be confirmed");
  g_assert_true (has_status (fixture, "Official calendar"));
  g_assert_false (gtk_widget_get_visible (fixture->confirm_button));
  g_assert_cmpuint (fixture->n_changed, ==, 1);

  g_clear_pointer (&days, g_ptr_array_unref);
  days = stored_year (fixture->context, 2027, &confirmed);
  g_assert_true (confirmed);

  /* Back to 2026 and to 2027 again: what is stored is shown. */
  choose_year (fixture, 2026);
  g_assert_true (has_status (fixture, "Official calendar"));
  choose_year (fixture, 2027);
  g_assert_true (has_status (fixture, "Official calendar"));
  g_assert_cmpuint (count_day_rows (fixture), ==, days->len);
}

static void
test_add_day_off (Fixture       *fixture,
                  gconstpointer  user_data)
{
  g_autoptr(GPtrArray) days = NULL;
  const McCalendarDay *day;

  choose_year (fixture, 2026);
  g_assert_null (find_day_row (fixture, "10/03/2026"));

  /* Tuesday 10/03/2026 */
  gtk_editable_set_text (GTK_EDITABLE (fixture->date_row), "10/03/2026");
  adw_combo_row_set_selected (fixture->kind_row, 0);
  gtk_editable_set_text (GTK_EDITABLE (fixture->reason_row), "  Lễ hội truyền thống của xã ");
  g_signal_emit_by_name (fixture->date_row, "entry-activated");
  mc_ui_test_wait_until (page_idle, fixture, "the day to be added");

  assert_day_shown (fixture, "10/03/2026", "Day off", "Lễ hội truyền thống của xã");
  g_assert_nonnull (mc_ui_test_find_widget (find_day_row (fixture, "10/03/2026"), match_label,
                                            "Entered by an administrator"));
  g_assert_cmpuint (fixture->n_changed, ==, 1);

  /* The form is ready for the next day. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (fixture->date_row)), ==, "");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (fixture->reason_row)), ==, "");
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (fixture->date_row), "error"));

  days = stored_year (fixture->context, 2026, NULL);
  day = find_stored_day (days, 10, 3);
  g_assert_nonnull (day);
  g_assert_cmpint (day->kind, ==, MC_DAY_OFF);
  g_assert_cmpstr (day->reason, ==, "Lễ hội truyền thống của xã");
  g_assert_cmpint (day->source, ==, MC_CALENDAR_SOURCE_ADMINISTRATOR);
  g_assert_cmpuint (count_day_rows (fixture), ==, days->len);
}

static GtkWidget *
add_error_label (Fixture *fixture)
{
  GtkWidget *button = mc_ui_test_find_widget (GTK_WIDGET (fixture->page),
                                              mc_ui_test_match_action_button, "calendar.add-day");
  GtkWidget *label = gtk_widget_get_prev_sibling (button);

  g_assert_true (GTK_IS_LABEL (label));
  return label;
}

/* Adds @date as @kind through the form, expecting @message at the date. */
static void
assert_add_refused (Fixture    *fixture,
                    const char *date,
                    McDayKind   kind,
                    const char *message)
{
  GtkWidget *label = add_error_label (fixture);

  gtk_editable_set_text (GTK_EDITABLE (fixture->date_row), date);
  adw_combo_row_set_selected (fixture->kind_row, kind == MC_DAY_MAKEUP_WORKDAY ? 1 : 0);
  g_assert_false (gtk_widget_get_visible (label));

  activate (fixture, fixture->date_row, "calendar.add-day");

  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (fixture->date_row), "error"));
  g_assert_true (gtk_widget_get_visible (label));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (label)), ==, message);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (GTK_WIDGET (fixture->date_row)), ==, message);

  /* Editing the date clears the error. */
  gtk_editable_set_text (GTK_EDITABLE (fixture->date_row), "1");
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (fixture->date_row), "error"));
  gtk_editable_set_text (GTK_EDITABLE (fixture->date_row), "");
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (fixture->date_row), "error"));
  g_assert_false (gtk_widget_get_visible (label));
}

static void
test_add_refused (Fixture       *fixture,
                  gconstpointer  user_data)
{
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) after = NULL;

  choose_year (fixture, 2026);
  before = stored_year (fixture->context, 2026, NULL);

  /* The store refuses a weekday (Wednesday 11/03/2026) as a make-up
   * working day, and a Saturday as a day off. */
  assert_add_refused (fixture, "11/03/2026", MC_DAY_MAKEUP_WORKDAY,
                      "Only a Saturday or a Sunday can be a make-up working day.");
  assert_add_refused (fixture, "14/03/2026", MC_DAY_OFF,
                      "Saturdays and Sundays are already days off.");

  /* The page refuses what is not a date of the year shown. */
  assert_add_refused (fixture, "31/02/2026", MC_DAY_OFF, "“31/02/2026” is not a real date.");
  assert_add_refused (fixture, "2026-03-10", MC_DAY_OFF,
                      "“2026-03-10” is not a date. Write it as DD/MM/YYYY, for example 02/09/2026.");
  assert_add_refused (fixture, "10/03/2027", MC_DAY_OFF,
                      "The date must be in 2026, the year chosen above.");
  assert_add_refused (fixture, "", MC_DAY_OFF,
                      "Enter the date as DD/MM/YYYY, for example 02/09/2026.");

  g_assert_null (find_day_row (fixture, "11/03/2026"));
  g_assert_null (find_day_row (fixture, "14/03/2026"));
  g_assert_cmpuint (fixture->n_changed, ==, 0);

  after = stored_year (fixture->context, 2026, NULL);
  g_assert_cmpuint (after->len, ==, before->len);
  g_assert_null (find_stored_day (after, 11, 3));
  g_assert_null (find_stored_day (after, 14, 3));
}

static gboolean
undo_shown (Fixture *fixture)
{
  return mc_ui_test_find_widget (GTK_WIDGET (fixture->window), match_button_label, "_Undo") != NULL;
}

static void
test_remove_day (Fixture       *fixture,
                 gconstpointer  user_data)
{
  g_autoptr(GPtrArray) days = NULL;
  GtkWidget *button;
  const McCalendarDay *day;
  guint n_rows;

  choose_year (fixture, 2026);
  n_rows = count_day_rows (fixture);
  button = mc_ui_test_find_widget (GTK_WIDGET (fixture->page), match_remove_button, "2026-11-24");
  g_assert_nonnull (button);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (button), ==, "Remove");

  g_signal_emit_by_name (button, "clicked");
  mc_ui_test_wait_until (page_idle, fixture, "the day to be removed");

  g_assert_null (find_day_row (fixture, "24/11/2026"));
  g_assert_cmpuint (count_day_rows (fixture), ==, n_rows - 1);
  days = stored_year (fixture->context, 2026, NULL);
  g_assert_null (find_stored_day (days, 24, 11));
  g_assert_cmpuint (days->len, ==, n_rows - 1);

  /* The toast's Undo puts the day back, with its reason. */
  mc_ui_test_wait_until (undo_shown, fixture, "the Undo button of the toast");
  g_signal_emit_by_name (mc_ui_test_find_widget (GTK_WIDGET (fixture->window), match_button_label,
                                                 "_Undo"),
                         "clicked");
  mc_ui_test_spin (50);
  mc_ui_test_wait_until (page_idle, fixture, "the day to be put back");

  assert_day_shown (fixture, "24/11/2026", "Day off", "Vietnamese Culture Day");
  g_clear_pointer (&days, g_ptr_array_unref);
  days = stored_year (fixture->context, 2026, NULL);
  day = find_stored_day (days, 24, 11);
  g_assert_nonnull (day);
  g_assert_cmpint (day->kind, ==, MC_DAY_OFF);
  g_assert_cmpstr (day->reason, ==, "Vietnamese Culture Day");
  g_assert_cmpuint (fixture->n_changed, ==, 2);
}

static GtkWidget *
hours_error_label (Fixture *fixture)
{
  GtkWidget *button = mc_ui_test_find_widget (GTK_WIDGET (fixture->page),
                                              mc_ui_test_match_action_button, "hours.apply");
  GtkWidget *label = gtk_widget_get_prev_sibling (button);

  g_assert_true (GTK_IS_LABEL (label));
  return label;
}

static void
set_hours (Fixture    *fixture,
           const char *morning_start,
           const char *morning_end,
           const char *afternoon_start,
           const char *afternoon_end)
{
  const char *texts[] = { morning_start, morning_end, afternoon_start, afternoon_end };

  for (guint i = 0; i < 4; i++)
    gtk_editable_set_text (GTK_EDITABLE (fixture->hours_rows[i]), texts[i]);
}

static gboolean
has_error (AdwEntryRow *row)
{
  return gtk_widget_has_css_class (GTK_WIDGET (row), "error");
}

static void
test_office_hours_invalid (Fixture       *fixture,
                           gconstpointer  user_data)
{
  GtkWidget *label = hours_error_label (fixture);
  g_autofree char *stored = NULL;

  /* The stored defaults are shown. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (fixture->hours_rows[0])), ==, "07:30");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (fixture->hours_rows[1])), ==, "11:30");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (fixture->hours_rows[2])), ==, "13:00");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (fixture->hours_rows[3])), ==, "17:00");
  g_assert_false (gtk_widget_get_visible (label));

  /* Not a time of day: the field says so. */
  set_hours (fixture, "25:00", "11:30", "13:00", "17:00");
  activate (fixture, fixture->hours_rows[0], "hours.apply");
  g_assert_true (has_error (fixture->hours_rows[0]));
  g_assert_false (has_error (fixture->hours_rows[1]));
  g_assert_false (has_error (fixture->hours_rows[2]));
  g_assert_false (has_error (fixture->hours_rows[3]));
  g_assert_true (gtk_widget_get_visible (label));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (label)), ==,
                   "“25:00” is not a time of day. Write it as HH:MM, for example 07:30.");

  /* Editing clears the error. */
  gtk_editable_set_text (GTK_EDITABLE (fixture->hours_rows[0]), "7:30 am");
  g_assert_false (has_error (fixture->hours_rows[0]));
  g_assert_false (gtk_widget_get_visible (label));
  activate (fixture, fixture->hours_rows[0], "hours.apply");
  g_assert_true (has_error (fixture->hours_rows[0]));

  /* Times out of order: the fields of the failing comparison. */
  set_hours (fixture, "07:30", "13:30", "13:00", "17:00");
  activate (fixture, fixture->hours_rows[0], "hours.apply");
  g_assert_false (has_error (fixture->hours_rows[0]));
  g_assert_true (has_error (fixture->hours_rows[1]));
  g_assert_true (has_error (fixture->hours_rows[2]));
  g_assert_false (has_error (fixture->hours_rows[3]));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (label)), ==,
                   "The morning must close before the afternoon opens, and each session must "
                   "close after it opens.");

  set_hours (fixture, "07:30", "11:30", "17:00", "13:00");
  activate (fixture, fixture->hours_rows[0], "hours.apply");
  g_assert_true (has_error (fixture->hours_rows[2]));
  g_assert_true (has_error (fixture->hours_rows[3]));

  /* Nothing was saved. */
  mc_ui_test_spin (100);
  stored = dup_stored_hours (fixture->context);
  g_assert_cmpstr (stored, ==, "07:30-11:30,13:00-17:00");
  g_assert_cmpuint (fixture->n_changed, ==, 0);
}

static void
test_office_hours_valid (Fixture       *fixture,
                         gconstpointer  user_data)
{
  g_autofree char *stored = NULL;

  set_hours (fixture, "8:00", "11:30", " 13:30", "17:00");
  g_signal_emit_by_name (fixture->hours_rows[3], "entry-activated");
  mc_ui_test_wait_until (page_idle, fixture, "the office hours to be saved");

  stored = dup_stored_hours (fixture->context);
  g_assert_cmpstr (stored, ==, "08:00-11:30,13:30-17:00");
  g_assert_cmpuint (fixture->n_changed, ==, 1);

  /* The fields show what was saved, written out in full. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (fixture->hours_rows[0])), ==, "08:00");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (fixture->hours_rows[2])), ==, "13:30");
  for (guint i = 0; i < 4; i++)
    g_assert_false (has_error (fixture->hours_rows[i]));
  g_assert_false (gtk_widget_get_visible (hours_error_label (fixture)));
}

typedef struct
{
  gboolean      done;
  GAsyncResult *result;
} AsyncWait;

static void
async_done_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  AsyncWait *wait = user_data;

  wait->result = g_object_ref (result);
  wait->done = TRUE;
}

static gboolean
async_done (AsyncWait *wait)
{
  return wait->done;
}

static gboolean
is_working_day (McWorkingCalendar *calendar,
                guint              day,
                guint              month,
                guint              year)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);
  return mc_working_calendar_is_working_day (calendar, &date);
}

/* McCalendar itself, as deadline code uses it: the whole calendar with
 * the years it needs, and changes that are carried out even when the
 * caller stops waiting for them. */
static void
test_calendar_facade (Fixture       *fixture,
                      gconstpointer  user_data)
{
  McCalendar *calendar = mc_context_get_calendar (fixture->context);
  g_autoptr(McWorkingCalendar) working = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) days = NULL;
  AsyncWait wait = { FALSE, NULL };
  GDate date;

  g_assert_true (mc_context_get_calendar (fixture->context) == calendar);

  /* 2028 is generated on the way: Tết 2028 starts on Wednesday 26/1. */
  mc_calendar_load_async (calendar, 2026, 2028, NULL, async_done_cb, &wait);
  mc_ui_test_wait_until (async_done, &wait, "the working calendar");
  working = mc_calendar_load_finish (calendar, wait.result, &error);
  g_assert_no_error (error);
  g_clear_object (&wait.result);
  g_assert_false (is_working_day (working, 24, 11, 2026));
  g_assert_true (is_working_day (working, 22, 8, 2026));   /* make-up Saturday */
  g_assert_false (is_working_day (working, 25, 1, 2028));
  g_assert_false (is_working_day (working, 26, 1, 2028));
  g_assert_true (is_working_day (working, 2, 2, 2028));
  g_assert_cmpint (mc_working_calendar_get_office_hours (working)->morning_start, ==, 7 * 60 + 30);
  g_assert_cmpuint (fixture->n_changed, ==, 0);

  /* A change whose caller gave up is still made, and announced. */
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 11, 3, 2026);
  wait = (AsyncWait) { FALSE, NULL };
  mc_calendar_set_day_async (calendar, &date, MC_DAY_OFF, "", cancellable, async_done_cb, &wait);
  g_cancellable_cancel (cancellable);
  mc_ui_test_wait_until (async_done, &wait, "the cancelled change");
  g_assert_false (mc_calendar_set_day_finish (calendar, wait.result, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_object (&wait.result);
  g_clear_error (&error);
  g_assert_cmpuint (fixture->n_changed, ==, 1);

  days = stored_year (fixture->context, 2026, NULL);
  g_assert_nonnull (find_stored_day (days, 11, 3));

  /* The page heard of it too. */
  mc_ui_test_wait_until (page_idle, fixture, "the page to reload");
  g_assert_nonnull (find_day_row (fixture, "11/03/2026"));
}

static gboolean
preferences_shown (GtkWindow **found)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (MC_IS_PREFERENCES_WINDOW (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        {
          *found = window;
          return TRUE;
        }
    }

  return FALSE;
}

static gboolean
weak_cleared (gpointer *pointer)
{
  return *pointer == NULL;
}

/* app.preferences (Ctrl+comma, the main menu) opens the window of the
 * database the main window shows. */
static void
test_application_action (void)
{
  g_autoptr(McContext) context = mc_context_new ();
  g_auto(GStrv) accels = NULL;
  g_autoptr(McContext) shown_context = NULL;
  McWindow *window;
  GtkWindow *preferences = NULL;

  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (app), "preferences"));
  accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "app.preferences");
  g_assert_cmpstr (accels[0], ==, "<Control>comma");

  window = mc_window_new (app, context);
  gtk_window_present (GTK_WINDOW (window));

  g_action_group_activate_action (G_ACTION_GROUP (app), "preferences", NULL);
  mc_ui_test_wait_until (preferences_shown, &preferences, "the preferences window");
  g_assert_true (gtk_window_get_transient_for (preferences) == GTK_WINDOW (window));
  g_object_get (preferences, "context", &shown_context, NULL);
  g_assert_true (shown_context == context);
  g_clear_object (&shown_context);

  /* No database is open: the page says so instead of hanging. */
  mc_ui_test_spin (200);

  g_object_add_weak_pointer (G_OBJECT (preferences), (gpointer *) &preferences);
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  gtk_window_destroy (preferences);
  gtk_window_destroy (GTK_WINDOW (window));
  mc_ui_test_wait_until (weak_cleared, &preferences, "the preferences window to be finalized");
  mc_ui_test_wait_until (weak_cleared, &window, "the main window to be finalized");
}

/*
 * The portal's calendar differs from the office's edits
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
  g_autoptr(GPtrArray) days = stored_year (fixture->context, 2026, NULL);
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

  g_assert_nonnull (mc_ui_test_run_on_worker (fixture->context, pull_work, &pull));
  g_assert_cmpuint (pull.report.calendar_invalid, ==, 0);
  g_assert_false (pull.report.calendar_unsupported);

  g_signal_emit_by_name (mc_context_get_calendar (fixture->context), "changed");
  mc_ui_test_wait_until (page_idle, fixture, "the page to reload after the pull");

  return pull.report.calendar_differences;
}

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
  g_autoptr(GPtrArray) differences = mc_ui_test_run_on_worker (fixture->context,
                                                               list_differences_work, NULL);

  g_assert_nonnull (differences);
  return differences->len;
}

static GtkWidget *
proposals_group (Fixture *fixture)
{
  GtkWidget *group = mc_ui_test_find_by_type (fixture->page, MC_TYPE_CALENDAR_PROPOSALS_GROUP);

  g_assert_nonnull (group);
  return group;
}

static GtkWidget *
find_proposal_row (Fixture    *fixture,
                   const char *date)
{
  return mc_ui_test_find_widget (proposals_group (fixture), match_row_containing, date);
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
  button = mc_ui_test_find_widget (row, match_button_label, label);
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
  GtkWidget *row = find_proposal_row (fixture, date);

  if (row == NULL)
    g_error ("No difference shown for %s", date);
  g_assert_nonnull (mc_ui_test_find_widget (row, match_label, here));
  g_assert_nonnull (mc_ui_test_find_widget (row, match_label, portal));
}

static gboolean
day_listed (Fixture    *fixture,
            const char *iso)
{
  return mc_ui_test_find_widget (GTK_WIDGET (fixture->page), match_remove_button, iso) != NULL;
}

/* Scrolls the page back to its top, where the differences are, for the
 * screenshots: adding a day left the focus, and the view, at the form. */
static void
scroll_to_top (Fixture *fixture)
{
  GtkWidget *scrolled = mc_ui_test_find_by_type (fixture->page, GTK_TYPE_SCROLLED_WINDOW);
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

  choose_year (fixture, 2026);

  gtk_editable_set_text (GTK_EDITABLE (fixture->date_row), "10/03/2026");
  adw_combo_row_set_selected (fixture->kind_row, 0);
  gtk_editable_set_text (GTK_EDITABLE (fixture->reason_row), "Lễ hội truyền thống của xã");
  g_signal_emit_by_name (fixture->date_row, "entry-activated");
  mc_ui_test_wait_until (page_idle, fixture, "the day to be added");
  g_assert_true (day_listed (fixture, "2026-03-10"));

  remove = mc_ui_test_find_widget (GTK_WIDGET (fixture->page), match_remove_button, "2026-11-24");
  g_assert_nonnull (remove);
  g_signal_emit_by_name (remove, "clicked");
  mc_ui_test_wait_until (page_idle, fixture, "the day to be removed");
  g_assert_false (day_listed (fixture, "2026-11-24"));
}

static void
fixture_set_up_portal (Fixture       *fixture,
                       gconstpointer  user_data)
{
  NewStaff admin = { "quantri", MC_STAFF_ROLE_ADMINISTRATOR, NULL };
  NewStaff clerk = { "lan", MC_STAFF_ROLE_CLERK, NULL };

  open_database (fixture);
  fixture->admin = mc_ui_test_run_on_worker (fixture->context, create_staff_work, &admin);
  g_assert_nonnull (fixture->admin);
  clerk.creator = fixture->admin;
  fixture->clerk = mc_ui_test_run_on_worker (fixture->context, create_staff_work, &clerk);
  g_assert_nonnull (fixture->clerk);

  start_portal (fixture);
  open_window (fixture, fixture->admin);
}

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
  choose_year (fixture, 2026);
  g_assert_false (gtk_widget_get_visible (group));
  g_assert_true (mc_calendar_proposals_group_get_editable (MC_CALENDAR_PROPOSALS_GROUP (group)));

  publish_notice (fixture);
  edit_locally (fixture);
  g_assert_cmpuint (pull_calendar (fixture), ==, 2);

  g_assert_true (gtk_widget_get_visible (group));
  g_assert_true (gtk_widget_get_mapped (group));
  g_assert_nonnull (mc_ui_test_find_widget (group, match_label, "The Portal’s Calendar Differs"));
  g_assert_cmpuint (count_widgets (group, match_button_label, "Keep Ours"), ==, 2);
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
  mc_ui_test_save_screenshot (GTK_WIDGET (fixture->window), "calendar-proposals");

  /* The edits stand until someone chooses. */
  days = stored_year (fixture->context, 2026, NULL);
  day = find_stored_day (days, 10, 3);
  g_assert_nonnull (day);
  g_assert_cmpint (day->source, ==, MC_CALENDAR_SOURCE_ADMINISTRATOR);
  g_assert_null (find_stored_day (days, 24, 11));
  g_clear_pointer (&days, g_ptr_array_unref);

  /* The portal's value of 10/03: a working day again, gone from the
   * group and from the days of the year. */
  n_changed = fixture->n_changed;
  button = find_choice_button (fixture, "10/03/2026", "Use the Portal’s");
  g_signal_emit_by_name (button, "clicked");
  mc_ui_test_wait_until (page_idle, fixture, "the portal's value to be used");

  g_assert_cmpuint (fixture->n_changed, ==, n_changed + 1);
  days = stored_year (fixture->context, 2026, NULL);
  g_assert_null (find_stored_day (days, 10, 3));
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
  mc_ui_test_wait_until (page_idle, fixture, "the office's value to be kept");

  g_assert_cmpuint (fixture->n_changed, ==, n_changed + 2);
  days = stored_year (fixture->context, 2026, NULL);
  g_assert_null (find_stored_day (days, 24, 11));
  g_assert_false (day_listed (fixture, "2026-11-24"));
  g_assert_false (gtk_widget_get_visible (group));
  g_assert_cmpuint (count_stored_differences (fixture), ==, 0);

  /* Pulled again: the choices hold. */
  g_assert_cmpuint (pull_calendar (fixture), ==, 0);
  g_assert_false (gtk_widget_get_visible (group));
  g_clear_pointer (&days, g_ptr_array_unref);
  days = stored_year (fixture->context, 2026, NULL);
  g_assert_null (find_stored_day (days, 10, 3));
  g_assert_null (find_stored_day (days, 24, 11));
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

  close_window (fixture);
  open_window (fixture, fixture->clerk);
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
  mc_ui_test_save_screenshot (GTK_WIDGET (fixture->window), "calendar-proposals-clerk");

  /* The actions refuse too. */
  gtk_widget_activate_action (group, "proposals.keep", "s", "2026-11-24");
  gtk_widget_activate_action (group, "proposals.accept", "s", "2026-03-10");
  mc_ui_test_spin (100);
  mc_ui_test_wait_until (page_idle, fixture, "the page to settle");
  g_assert_cmpuint (count_stored_differences (fixture), ==, 2);
  g_assert_true (day_listed (fixture, "2026-03-10"));

  /* Nobody signed in: neither. */
  close_window (fixture);
  open_window (fixture, NULL);
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
  int status;

  /* The isolated directories hide the desktop's proxy settings' schema,
   * which GIO's default resolver reads; the test portal is on loopback. */
  g_setenv ("GIO_USE_PROXY_RESOLVER", "dummy", TRUE);
  if (!mc_ui_test_init (&argc, &argv))
    return 1;

  app = mc_ui_test_register_application ();

#define ADD(path, func) \
  g_test_add ("/ui/preferences/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("official-year", test_official_year);
  ADD ("generated-year", test_generated_year);
  ADD ("add-day-off", test_add_day_off);
  ADD ("add-refused", test_add_refused);
  ADD ("remove-day", test_remove_day);
  ADD ("office-hours-invalid", test_office_hours_invalid);
  ADD ("office-hours-valid", test_office_hours_valid);
  ADD ("calendar-facade", test_calendar_facade);
  g_test_add_func ("/ui/preferences/application-action", test_application_action);

#undef ADD

#define ADD_PORTAL(path, func) \
  g_test_add ("/ui/preferences/" path, Fixture, NULL, fixture_set_up_portal, func, \
              fixture_tear_down)

  ADD_PORTAL ("portal-differs", test_portal_differs);
  ADD_PORTAL ("portal-differs-clerk", test_portal_differs_clerk);

#undef ADD_PORTAL

  status = g_test_run ();

  g_object_unref (app);

  return status;
}
