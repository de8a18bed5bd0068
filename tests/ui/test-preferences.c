/* test-preferences.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Widget tests of the preferences window's working-calendar page: the
 * real McPreferencesWindow on a real database opened by McContext on its
 * worker thread, driven through its rows, buttons and actions with the
 * real main loop: the years and their status, adding and removing days,
 * the office hours, McCalendar as deadline code uses it, and
 * app.preferences. What the page claims to have saved is read back
 * through McCalendarStore on the same worker. The group settling the
 * portal's calendar against the office's edits is tested in
 * test-calendar-proposals.c. Needs a display: run under xvfb-run. */

#include "config.h"

#include "mc-calendar-store.h"
#include "mc-context.h"
#include "mc-preferences-test-fixture.h"
#include "mc-preferences-window.h"
#include "mc-window.h"

typedef McPreferencesTestFixture Fixture;

static McApplication *app;

/*
 * The database, read through the store on the worker
 */

static gpointer
get_hours_work (McDatabase  *db,
                gpointer     data,
                GError     **error)
{
  return mc_calendar_store_get_office_hours (db, data, error) ? GINT_TO_POINTER (TRUE) : NULL;
}

static char *
dup_stored_hours (McContext *context)
{
  McOfficeHours hours;

  mc_ui_test_run_on_worker (context, get_hours_work, &hours);
  return mc_office_hours_to_string (&hours);
}

/*
 * Driving the page
 */

/* Activates @action as a button inside @widget would. */
static void
activate (Fixture    *fixture,
          gpointer    widget,
          const char *action)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (widget), action, NULL));
  mc_preferences_test_wait_idle (fixture, action);
}

static GtkWidget *
find_day_row (Fixture    *fixture,
              const char *date)
{
  return mc_ui_test_find_widget (GTK_WIDGET (fixture->page), mc_ui_test_match_row_containing, date);
}

static guint
count_day_rows (Fixture *fixture)
{
  return mc_ui_test_count_widgets (GTK_WIDGET (fixture->page), mc_ui_test_match_action_button,
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
  mc_ui_test_assert_row_shows (GTK_WIDGET (fixture->page), date, kind, reason);
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

  mc_preferences_test_choose_year (fixture, 2026);

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
  days = mc_preferences_test_stored_year (fixture->context, 2026, NULL);
  g_assert_cmpuint (days->len, >, 10);
  g_assert_cmpuint (count_day_rows (fixture), ==, days->len);
  g_assert_nonnull (mc_ui_test_find_widget (GTK_WIDGET (fixture->page), mc_ui_test_match_label,
                                            "Days off: 13. Make-up working days: 1."));
}

static void
test_generated_year (Fixture       *fixture,
                     gconstpointer  user_data)
{
  g_autoptr(GPtrArray) days = NULL;
  gboolean confirmed = TRUE;

  /* 2027 has no official calendar yet: it is generated on first view. */
  mc_preferences_test_choose_year (fixture, 2027);

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
  g_assert_nonnull (mc_ui_test_find_widget (find_day_row (fixture, "05/02/2027"),
                                            mc_ui_test_match_label,
                                            "Generated from the statutory rules"));

  days = mc_preferences_test_stored_year (fixture->context, 2027, &confirmed);
  g_assert_false (confirmed);
  g_assert_cmpuint (days->len, >, 0);
  g_assert_cmpuint (count_day_rows (fixture), ==, days->len);
  g_assert_nonnull (mc_preferences_test_find_stored_day (days, 5, 2));

  /* Confirming makes it official. */
  g_signal_emit_by_name (fixture->confirm_button, "clicked");
  mc_preferences_test_wait_idle (fixture, "the year to be confirmed");
  g_assert_true (has_status (fixture, "Official calendar"));
  g_assert_false (gtk_widget_get_visible (fixture->confirm_button));
  g_assert_cmpuint (fixture->n_changed, ==, 1);

  g_clear_pointer (&days, g_ptr_array_unref);
  days = mc_preferences_test_stored_year (fixture->context, 2027, &confirmed);
  g_assert_true (confirmed);

  /* Back to 2026 and to 2027 again: what is stored is shown. */
  mc_preferences_test_choose_year (fixture, 2026);
  g_assert_true (has_status (fixture, "Official calendar"));
  mc_preferences_test_choose_year (fixture, 2027);
  g_assert_true (has_status (fixture, "Official calendar"));
  g_assert_cmpuint (count_day_rows (fixture), ==, days->len);
}

static void
test_add_day_off (Fixture       *fixture,
                  gconstpointer  user_data)
{
  g_autoptr(GPtrArray) days = NULL;
  const McCalendarDay *day;

  mc_preferences_test_choose_year (fixture, 2026);
  g_assert_null (find_day_row (fixture, "10/03/2026"));

  /* Tuesday 10/03/2026 */
  gtk_editable_set_text (GTK_EDITABLE (fixture->date_row), "10/03/2026");
  adw_combo_row_set_selected (fixture->kind_row, 0);
  gtk_editable_set_text (GTK_EDITABLE (fixture->reason_row), "  Lễ hội truyền thống của xã ");
  g_signal_emit_by_name (fixture->date_row, "entry-activated");
  mc_preferences_test_wait_idle (fixture, "the day to be added");

  assert_day_shown (fixture, "10/03/2026", "Day off", "Lễ hội truyền thống của xã");
  g_assert_nonnull (mc_ui_test_find_widget (find_day_row (fixture, "10/03/2026"),
                                            mc_ui_test_match_label,
                                            "Entered by an administrator"));
  g_assert_cmpuint (fixture->n_changed, ==, 1);

  /* The form is ready for the next day. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (fixture->date_row)), ==, "");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (fixture->reason_row)), ==, "");
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (fixture->date_row), "error"));

  days = mc_preferences_test_stored_year (fixture->context, 2026, NULL);
  day = mc_preferences_test_find_stored_day (days, 10, 3);
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

  mc_preferences_test_choose_year (fixture, 2026);
  before = mc_preferences_test_stored_year (fixture->context, 2026, NULL);

  /* The store refuses a weekday (Wednesday 11/03/2026) as a make-up
   * working day, and a Saturday as a day off. */
  assert_add_refused (fixture, "11/03/2026", MC_DAY_MAKEUP_WORKDAY,
                      "Only a Saturday or a Sunday can be a make-up working day.");
  assert_add_refused (fixture, "14/03/2026", MC_DAY_OFF,
                      "Saturdays and Sundays are already days off.");

  /* The page refuses what is not a date of the year shown. */
  assert_add_refused (fixture, "31/02/2026", MC_DAY_OFF, "“31/02/2026” is not a real date.");
  assert_add_refused (fixture, "2026-03-10", MC_DAY_OFF,
                      "“2026-03-10” is not a date. Write it as DD/MM/YYYY, "
                      "for example 02/09/2026.");
  assert_add_refused (fixture, "10/03/2027", MC_DAY_OFF,
                      "The date must be in 2026, the year chosen above.");
  assert_add_refused (fixture, "", MC_DAY_OFF,
                      "Enter the date as DD/MM/YYYY, for example 02/09/2026.");

  g_assert_null (find_day_row (fixture, "11/03/2026"));
  g_assert_null (find_day_row (fixture, "14/03/2026"));
  g_assert_cmpuint (fixture->n_changed, ==, 0);

  after = mc_preferences_test_stored_year (fixture->context, 2026, NULL);
  g_assert_cmpuint (after->len, ==, before->len);
  g_assert_null (mc_preferences_test_find_stored_day (after, 11, 3));
  g_assert_null (mc_preferences_test_find_stored_day (after, 14, 3));
}

static GtkWidget *
find_undo_button (Fixture *fixture)
{
  return mc_ui_test_find_widget (GTK_WIDGET (fixture->window), mc_ui_test_match_button_label,
                                 "_Undo");
}

static gboolean
undo_shown (Fixture *fixture)
{
  return find_undo_button (fixture) != NULL;
}

static void
test_remove_day (Fixture       *fixture,
                 gconstpointer  user_data)
{
  g_autoptr(GPtrArray) days = NULL;
  GtkWidget *button;
  const McCalendarDay *day;
  guint n_rows;

  mc_preferences_test_choose_year (fixture, 2026);
  n_rows = count_day_rows (fixture);
  button = mc_ui_test_find_widget (GTK_WIDGET (fixture->page),
                                   mc_preferences_test_match_remove_button, "2026-11-24");
  g_assert_nonnull (button);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (button), ==, "Remove");

  g_signal_emit_by_name (button, "clicked");
  mc_preferences_test_wait_idle (fixture, "the day to be removed");

  g_assert_null (find_day_row (fixture, "24/11/2026"));
  g_assert_cmpuint (count_day_rows (fixture), ==, n_rows - 1);
  days = mc_preferences_test_stored_year (fixture->context, 2026, NULL);
  g_assert_null (mc_preferences_test_find_stored_day (days, 24, 11));
  g_assert_cmpuint (days->len, ==, n_rows - 1);

  /* The toast's Undo puts the day back, with its reason. */
  mc_ui_test_wait_until (undo_shown, fixture, "the Undo button of the toast");
  g_signal_emit_by_name (find_undo_button (fixture), "clicked");
  mc_ui_test_spin (50);
  mc_preferences_test_wait_idle (fixture, "the day to be put back");

  assert_day_shown (fixture, "24/11/2026", "Day off", "Vietnamese Culture Day");
  g_clear_pointer (&days, g_ptr_array_unref);
  days = mc_preferences_test_stored_year (fixture->context, 2026, NULL);
  day = mc_preferences_test_find_stored_day (days, 24, 11);
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
  mc_preferences_test_wait_idle (fixture, "the office hours to be saved");

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

  days = mc_preferences_test_stored_year (fixture->context, 2026, NULL);
  g_assert_nonnull (mc_preferences_test_find_stored_day (days, 11, 3));

  /* The page heard of it too. */
  mc_preferences_test_wait_idle (fixture, "the page to reload");
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
int
main (int   argc,
      char *argv[])
{
  int status;

  if (!mc_ui_test_init (&argc, &argv))
    return 1;

  app = mc_ui_test_register_application ();

#define ADD(path, func) \
  g_test_add ("/ui/preferences/" path, Fixture, NULL, mc_preferences_test_set_up, func, \
              mc_preferences_test_tear_down)

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

  status = g_test_run ();

  g_object_unref (app);

  return status;
}
