/* mc-preferences-test-fixture.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "mc-preferences-test-fixture.h"

/* What the tests of the preferences window share (test-preferences.c,
 * test-calendar-proposals.c): the real McPreferencesWindow on a database
 * of its own, opened by McContext on its worker thread, shown at its
 * working-calendar page; choosing a year as the user would; and the days
 * stored, read back through McCalendarStore on the same worker. */

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

/**
 * mc_preferences_test_stored_year:
 * @context: a #McContext with an open database
 * @year: a year
 * @confirmed: (out) (optional): whether the year's calendar is official
 *
 * Returns: (transfer full) (element-type McCalendarDay): the stored days
 *   of @year
 */
GPtrArray *
mc_preferences_test_stored_year (McContext *context,
                                 int        year,
                                 gboolean  *confirmed)
{
  YearData data = { year, FALSE, NULL };

  mc_ui_test_run_on_worker (context, list_year_work, &data);
  if (confirmed != NULL)
    *confirmed = data.confirmed;

  return data.days;
}

/**
 * mc_preferences_test_find_stored_day:
 * @days: (element-type McCalendarDay): days from
 *   mc_preferences_test_stored_year()
 * @day: the day of the month
 * @month: the month, 1 to 12
 *
 * Returns: (transfer none) (nullable): the entry of @day/@month in @days
 */
const McCalendarDay *
mc_preferences_test_find_stored_day (GPtrArray *days,
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

/*
 * Widget tree
 */

/**
 * mc_preferences_test_match_remove_button:
 * @widget: a widget of the tree
 * @data: a date, "YYYY-MM-DD"
 *
 * For mc_ui_test_find_widget(): the remove button of the day @data in
 * the list of the year's days.
 *
 * Returns: whether @widget is that button
 */
gboolean
mc_preferences_test_match_remove_button (GtkWidget     *widget,
                                         gconstpointer  data)
{
  GVariant *target;

  if (!mc_ui_test_match_action_button (widget, "calendar.remove-day"))
    return FALSE;

  target = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (widget));
  return target != NULL && g_str_equal (g_variant_get_string (target, NULL), data);
}

/*
 * The fixture
 */

/**
 * mc_preferences_test_page_idle:
 * @fixture: a fixture with its window open
 *
 * For mc_ui_test_wait_until(), through mc_preferences_test_wait_idle().
 *
 * Returns: whether the page has nothing on its way from the worker
 */
gboolean
mc_preferences_test_page_idle (McPreferencesTestFixture *fixture)
{
  return !mc_calendar_page_get_busy (fixture->page);
}

static gboolean
window_mapped (McPreferencesTestFixture *fixture)
{
  return gtk_widget_get_mapped (GTK_WIDGET (fixture->window));
}

static gboolean
window_finalized (McPreferencesTestFixture *fixture)
{
  return fixture->window == NULL;
}

static void
calendar_changed_cb (McCalendar               *calendar,
                     McPreferencesTestFixture *fixture)
{
  fixture->n_changed++;
}

static AdwEntryRow *
find_entry_row (McPreferencesTestFixture *fixture,
                const char               *title)
{
  GtkWidget *row = mc_ui_test_find_widget (GTK_WIDGET (fixture->page), mc_ui_test_match_row, title);

  g_assert_true (ADW_IS_ENTRY_ROW (row));
  return ADW_ENTRY_ROW (row);
}

/**
 * mc_preferences_test_open_database:
 * @fixture: a zeroed fixture
 *
 * Opens a new database in the test's own data directory
 * (G_TEST_OPTION_ISOLATE_DIRS), and counts McCalendar::changed in
 * @fixture's n_changed.
 */
void
mc_preferences_test_open_database (McPreferencesTestFixture *fixture)
{
  g_autoptr(GError) error = NULL;
  gboolean opened;

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

/**
 * mc_preferences_test_open_window:
 * @fixture: a fixture with its database open and no window
 * @staff: (nullable): the staff member signed in, or %NULL for nobody
 *
 * Presents the preferences window of @staff at its working-calendar
 * page, finds the page's rows and waits for the page to load.
 */
void
mc_preferences_test_open_window (McPreferencesTestFixture *fixture,
                                 McStaff                  *staff)
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
  mc_preferences_test_wait_idle (fixture, "the page to load");
}

/**
 * mc_preferences_test_close_window:
 * @fixture: a fixture
 *
 * Destroys the window, if any, and waits for it to be finalized: nothing
 * may keep it alive, neither the answers on their way from the worker
 * nor a toast's Undo.
 */
void
mc_preferences_test_close_window (McPreferencesTestFixture *fixture)
{
  if (fixture->window != NULL)
    gtk_window_destroy (GTK_WINDOW (fixture->window));

  mc_ui_test_wait_until (window_finalized, fixture, "the destroyed window to be finalized");
}

/**
 * mc_preferences_test_set_up:
 * @fixture: a zeroed fixture
 * @user_data: unused
 *
 * For g_test_add(): a new database, and the window of nobody signed in.
 */
void
mc_preferences_test_set_up (McPreferencesTestFixture *fixture,
                            gconstpointer             user_data)
{
  mc_preferences_test_open_database (fixture);
  mc_preferences_test_open_window (fixture, NULL);
}

/**
 * mc_preferences_test_tear_down:
 * @fixture: a fixture whose database was opened
 * @user_data: unused
 *
 * For g_test_add(): closes the window, then the database.
 */
void
mc_preferences_test_tear_down (McPreferencesTestFixture *fixture,
                               gconstpointer             user_data)
{
  g_signal_handlers_disconnect_by_func (mc_context_get_calendar (fixture->context),
                                        calendar_changed_cb, fixture);

  mc_preferences_test_close_window (fixture);

  g_clear_object (&fixture->context);
  mc_ui_test_spin (50);
  g_free (fixture->db_path);
}

/*
 * Driving the page
 */

/**
 * mc_preferences_test_choose_year:
 * @fixture: a fixture with its window open
 * @year: a year the selector offers
 *
 * Chooses @year in the selector, as the user would, and waits for its
 * days.
 */
void
mc_preferences_test_choose_year (McPreferencesTestFixture *fixture,
                                 int                       year)
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
  mc_preferences_test_wait_idle (fixture, "the days of the chosen year");
}
