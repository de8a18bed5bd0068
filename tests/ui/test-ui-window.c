/* test-ui-window.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Widget tests of the main window: the real McWindow, on a real database
 * opened by McContext on its worker thread, driven through its widgets
 * (search entry, drop-downs, list view actions, window actions) with the
 * real main loop. Needs a display: run under xvfb-run. */

#include "config.h"

#include "mc-error.h"
#include "mc-procedure-browser.h"
#include "mc-procedure-detail.h"
#include "mc-procedure-list-model.h"
#include "mc-ui-test-util.h"
#include "mc-window.h"

#define BIRTH_CODE     "1.001193"
#define BIRTH_NAME     "Đăng ký khai sinh"
#define BIRTH_FORM     "Tờ khai đăng ký khai sinh"
#define N_BUNDLED      60
#define N_FULL_ONLINE  13   /* MUCDODVC "TOANTRINH" in the bundled file */

static McApplication *app;

/*
 * Widget tree
 */

static gboolean
match_tooltip (GtkWidget     *widget,
               gconstpointer  data)
{
  return g_strcmp0 (gtk_widget_get_tooltip_text (widget), data) == 0;
}

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
match_css_class (GtkWidget     *widget,
                 gconstpointer  data)
{
  return gtk_widget_has_css_class (widget, data);
}

static gboolean
match_label_with_class (GtkWidget     *widget,
                        gconstpointer  data)
{
  return GTK_IS_LABEL (widget) && gtk_widget_has_css_class (widget, data);
}

static gboolean
match_group (GtkWidget     *widget,
             gconstpointer  data)
{
  return ADW_IS_PREFERENCES_GROUP (widget) &&
         g_strcmp0 (adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (widget)), data) == 0;
}

/*
 * Fixture: a window on a database of its own
 */

typedef struct
{
  char                 *db_path;
  McContext            *context;
  McWindow             *window;
  McProcedureBrowser   *browser;
  McProcedureDetail    *detail;
  McProcedureListModel *model;
  AdwLeaflet           *leaflet;
  GtkStack             *content_stack;
  GtkSearchEntry       *search_entry;
  GtkListView          *list_view;
  GtkDropDown          *online_dropdown;
  GtkDropDown          *field_dropdown;
  GtkWidget            *back_button;
} Fixture;

static const char *
visible_page (Fixture *fixture)
{
  return gtk_stack_get_visible_child_name (fixture->content_stack);
}

static gboolean
list_loaded (Fixture *fixture)
{
  return !mc_procedure_list_model_get_loading (fixture->model) &&
         mc_procedure_list_model_get_n_total (fixture->model) == N_BUNDLED &&
         g_list_model_get_n_items (G_LIST_MODEL (fixture->model)) == N_BUNDLED &&
         g_strcmp0 (visible_page (fixture), "list") == 0;
}

static gboolean
catalogue_empty (Fixture *fixture)
{
  return !mc_procedure_list_model_get_loading (fixture->model) &&
         g_strcmp0 (visible_page (fixture), "empty") == 0;
}

static gboolean
window_mapped (Fixture *fixture)
{
  return gtk_widget_get_mapped (GTK_WIDGET (fixture->window));
}

/* A window on a new database, seeded with the bundled catalogue or
 * empty, shown and told that the database is ready. */
static void
set_up_window (Fixture  *fixture,
               gboolean  seed)
{
  g_autoptr(GError) error = NULL;
  GSettings *settings = mc_application_get_settings (app);

  /* The memory settings backend lives as long as the process. */
  g_assert_nonnull (settings);
  g_settings_reset (settings, "catalogue-online-filter");
  g_settings_reset (settings, "catalogue-field-filter");

  /* G_TEST_OPTION_ISOLATE_DIRS gives each test its own data directory. */
  fixture->db_path = g_build_filename (g_get_user_data_dir (), "test.sqlite", NULL);
  g_assert_false (g_file_test (fixture->db_path, G_FILE_TEST_EXISTS));

  fixture->context = mc_context_new ();
  mc_ui_test_open_database (fixture->context, fixture->db_path,
                            seed ? MC_CONTEXT_OPEN_SEED_IF_EMPTY : MC_CONTEXT_OPEN_NONE, &error);
  g_assert_no_error (error);

  fixture->window = mc_window_new (app, fixture->context);
  g_object_add_weak_pointer (G_OBJECT (fixture->window), (gpointer *) &fixture->window);
  gtk_window_present (GTK_WINDOW (fixture->window));

  fixture->browser = MC_PROCEDURE_BROWSER (mc_ui_test_find_by_type (fixture->window,
                                                                   MC_TYPE_PROCEDURE_BROWSER));
  fixture->detail = MC_PROCEDURE_DETAIL (mc_ui_test_find_by_type (fixture->window,
                                                                 MC_TYPE_PROCEDURE_DETAIL));
  fixture->leaflet = ADW_LEAFLET (mc_ui_test_find_by_type (fixture->window, ADW_TYPE_LEAFLET));
  g_assert_nonnull (fixture->browser);
  g_assert_nonnull (fixture->detail);
  g_assert_nonnull (fixture->leaflet);

  fixture->model = mc_procedure_browser_get_model (fixture->browser);
  fixture->content_stack = GTK_STACK (mc_ui_test_find_widget (GTK_WIDGET (fixture->browser),
                                                              match_stack_page, "no-results"));
  fixture->search_entry = GTK_SEARCH_ENTRY (mc_ui_test_find_by_type (fixture->browser,
                                                                    GTK_TYPE_SEARCH_ENTRY));
  /* Not the list views in the drop-downs' popovers. */
  fixture->list_view = GTK_LIST_VIEW (mc_ui_test_find_widget (GTK_WIDGET (fixture->browser),
                                                              match_css_class, "procedure-list"));
  fixture->online_dropdown = GTK_DROP_DOWN (mc_ui_test_find_widget (GTK_WIDGET (fixture->browser),
                                                                    match_tooltip,
                                                                    "Online service level"));
  fixture->field_dropdown = GTK_DROP_DOWN (mc_ui_test_find_widget (GTK_WIDGET (fixture->browser),
                                                                   match_tooltip, "Field"));
  fixture->back_button = mc_ui_test_find_widget (GTK_WIDGET (fixture->window),
                                                 mc_ui_test_match_action_button, "win.back");
  g_assert_nonnull (fixture->model);
  g_assert_nonnull (fixture->content_stack);
  g_assert_nonnull (fixture->search_entry);
  g_assert_true (GTK_IS_LIST_VIEW (fixture->list_view));
  g_assert_true (GTK_IS_DROP_DOWN (fixture->online_dropdown));
  g_assert_true (GTK_IS_DROP_DOWN (fixture->field_dropdown));
  g_assert_nonnull (fixture->back_button);

  /* Before the database is announced the page waits with a spinner. */
  g_assert_cmpstr (visible_page (fixture), ==, "loading");
  g_assert_false (gtk_widget_get_visible (fixture->back_button));

  mc_ui_test_wait_until (window_mapped, fixture, "the window to be mapped");
  mc_window_database_ready (fixture->window);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  set_up_window (fixture, TRUE);
  mc_ui_test_wait_until (list_loaded, fixture, "the 60 bundled procedures in the list");
}

static void
fixture_set_up_empty (Fixture       *fixture,
                      gconstpointer  user_data)
{
  set_up_window (fixture, FALSE);
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

  /* Nothing may keep the window alive: answers still on their way
   * from the worker hold only the widgets that asked. */
  mc_ui_test_wait_until (window_finalized, fixture, "the destroyed window to be finalized");

  g_clear_object (&fixture->context);
  mc_ui_test_spin (50);
  g_free (fixture->db_path);
}

/*
 * Assertions on what the list shows
 */

static char *
dup_item_code (Fixture *fixture,
               guint    position)
{
  g_autoptr(McProcedure) procedure = g_list_model_get_item (G_LIST_MODEL (fixture->model), position);

  g_assert_nonnull (procedure);
  return g_strdup (mc_procedure_get_code (procedure));
}

/* The position of the procedure @code in the list, or
 * %GTK_INVALID_LIST_POSITION. */
static guint
model_position_of (Fixture    *fixture,
                   const char *code)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (fixture->model));

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *item_code = dup_item_code (fixture, i);

      if (g_str_equal (item_code, code))
        return i;
    }

  return GTK_INVALID_LIST_POSITION;
}

static gboolean
model_contains_code (Fixture    *fixture,
                     const char *code)
{
  return model_position_of (fixture, code) != GTK_INVALID_LIST_POSITION;
}

typedef struct
{
  Fixture    *fixture;
  const char *text;
} TextWait;

/* The search for the entry's current text has been answered. */
static gboolean
search_answered (TextWait *wait)
{
  Fixture *fixture = wait->fixture;

  return g_strcmp0 (mc_procedure_list_model_get_search_text (fixture->model), wait->text) == 0 &&
         !mc_procedure_list_model_get_searching (fixture->model) &&
         !mc_procedure_list_model_get_loading (fixture->model);
}

/* Types @text into the search entry as a whole and waits for the answer
 * (the entry's search-changed fires after its search delay). */
static void
search_for (Fixture    *fixture,
            const char *text)
{
  TextWait wait = { fixture, text };

  gtk_editable_set_text (GTK_EDITABLE (fixture->search_entry), text);
  mc_ui_test_wait_until (search_answered, &wait, text);
}

static gboolean
list_shows_label (TextWait *wait)
{
  return mc_ui_test_find_widget (GTK_WIDGET (wait->fixture->list_view), match_drawn_label,
                                 wait->text) != NULL;
}

static gboolean
list_hides_label (TextWait *wait)
{
  return !list_shows_label (wait);
}

#define assert_list_shows(fixture, label) G_STMT_START { \
    TextWait _wait = { (fixture), (label) }; \
    mc_ui_test_wait_until (list_shows_label, &_wait, \
                           "a row labelled “" label "” in the list view"); \
  } G_STMT_END

#define assert_list_hides(fixture, label) G_STMT_START { \
    TextWait _wait = { (fixture), (label) }; \
    mc_ui_test_wait_until (list_hides_label, &_wait, \
                           "no row labelled “" label "” in the list view"); \
  } G_STMT_END

/*
 * Tests
 */

static void
test_search_without_diacritics (Fixture       *fixture,
                                gconstpointer  user_data)
{
  g_autofree char *first = NULL;
  guint n;

  assert_list_shows (fixture, "Cấp Giấy xác nhận tình trạng hôn nhân");

  search_for (fixture, "dang ky khai sinh");

  n = g_list_model_get_n_items (G_LIST_MODEL (fixture->model));
  g_assert_cmpuint (n, >, 0);
  g_assert_cmpuint (n, <, N_BUNDLED);
  g_assert_cmpuint (mc_procedure_list_model_get_n_total (fixture->model), ==, N_BUNDLED);
  first = dup_item_code (fixture, 0);
  g_assert_cmpstr (first, ==, BIRTH_CODE);
  g_assert_cmpstr (visible_page (fixture), ==, "list");

  /* The rows of the list view, not just the model, changed. */
  assert_list_shows (fixture, BIRTH_NAME);
  assert_list_shows (fixture, BIRTH_CODE);
  assert_list_hides (fixture, "Cấp Giấy xác nhận tình trạng hôn nhân");

  /* Clearing the search brings every procedure back. */
  search_for (fixture, "");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->model)), ==, N_BUNDLED);
  assert_list_shows (fixture, "Cấp Giấy xác nhận tình trạng hôn nhân");
}

static void
test_search_upper_case (Fixture       *fixture,
                        gconstpointer  user_data)
{
  guint position;

  search_for (fixture, "ĐĂNG KÝ");

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->model)), <, N_BUNDLED);
  g_assert_true (model_contains_code (fixture, BIRTH_CODE));
  g_assert_false (model_contains_code (fixture, "1.004873")); /* tình trạng hôn nhân */

  position = model_position_of (fixture, BIRTH_CODE);
  g_assert_cmpuint (position, !=, GTK_INVALID_LIST_POSITION);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->list_view), "list.scroll-to-item",
                                             "u", position));
  assert_list_shows (fixture, BIRTH_NAME);

  /* By code, too. */
  search_for (fixture, BIRTH_CODE);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->model)), ==, 1);
  assert_list_shows (fixture, BIRTH_NAME);
}

static void
test_no_results (Fixture       *fixture,
                 gconstpointer  user_data)
{
  search_for (fixture, "xyzzy qwertyuiop");

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->model)), ==, 0);
  g_assert_cmpstr (visible_page (fixture), ==, "no-results");

  search_for (fixture, "khai sinh");
  g_assert_cmpstr (visible_page (fixture), ==, "list");
  g_assert_true (model_contains_code (fixture, BIRTH_CODE));
}

static void
assert_all_online_level (Fixture *fixture,
                         int      level)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (fixture->model));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(McProcedure) procedure = g_list_model_get_item (G_LIST_MODEL (fixture->model), i);

      g_assert_cmpint (mc_procedure_get_online_level (procedure), ==, level);
    }
}

static void
test_online_filter (Fixture       *fixture,
                    gconstpointer  user_data)
{
  GSettings *settings = mc_application_get_settings (app);
  g_autofree char *setting = NULL;
  guint n_partial, n_none;

  g_assert_cmpint (mc_procedure_list_model_get_online_level (fixture->model), ==,
                   MC_ONLINE_LEVEL_ANY);

  /* Positions of the drop-down: All, Full, Partial, Not Online. */
  gtk_drop_down_set_selected (fixture->online_dropdown, 1);
  g_assert_cmpint (mc_procedure_list_model_get_online_level (fixture->model), ==,
                   MC_ONLINE_LEVEL_FULL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->model)), ==, N_FULL_ONLINE);
  assert_all_online_level (fixture, MC_ONLINE_LEVEL_FULL);
  assert_list_shows (fixture, BIRTH_NAME);
  assert_list_hides (fixture, "Đăng ký kết hôn"); /* partial */

  /* The filter is remembered between starts. */
  setting = g_settings_get_string (settings, "catalogue-online-filter");
  g_assert_cmpstr (setting, ==, "full");

  gtk_drop_down_set_selected (fixture->online_dropdown, 2);
  g_assert_cmpint (mc_procedure_list_model_get_online_level (fixture->model), ==,
                   MC_ONLINE_LEVEL_PARTIAL);
  n_partial = g_list_model_get_n_items (G_LIST_MODEL (fixture->model));
  g_assert_cmpuint (n_partial, >, 0);
  assert_all_online_level (fixture, MC_ONLINE_LEVEL_PARTIAL);
  assert_list_shows (fixture, "Đăng ký kết hôn");
  assert_list_hides (fixture, BIRTH_NAME);

  gtk_drop_down_set_selected (fixture->online_dropdown, 3);
  g_assert_cmpint (mc_procedure_list_model_get_online_level (fixture->model), ==,
                   MC_ONLINE_LEVEL_NONE);
  n_none = g_list_model_get_n_items (G_LIST_MODEL (fixture->model));
  assert_all_online_level (fixture, MC_ONLINE_LEVEL_NONE);
  g_assert_cmpuint (N_FULL_ONLINE + n_partial + n_none, ==, N_BUNDLED);

  /* The filter and the search narrow together. */
  gtk_drop_down_set_selected (fixture->online_dropdown, 2);
  search_for (fixture, "dang ky khai sinh");
  g_assert_false (model_contains_code (fixture, BIRTH_CODE));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->model)), >, 0);
  assert_all_online_level (fixture, MC_ONLINE_LEVEL_PARTIAL);

  gtk_drop_down_set_selected (fixture->online_dropdown, 0);
  g_assert_cmpint (mc_procedure_list_model_get_online_level (fixture->model), ==,
                   MC_ONLINE_LEVEL_ANY);
  g_assert_true (model_contains_code (fixture, BIRTH_CODE));

  search_for (fixture, "");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->model)), ==, N_BUNDLED);
  g_clear_pointer (&setting, g_free);
  setting = g_settings_get_string (settings, "catalogue-online-filter");
  g_assert_cmpstr (setting, ==, "");
}

static gboolean
fields_listed (Fixture *fixture)
{
  return g_list_model_get_n_items (gtk_drop_down_get_model (fixture->field_dropdown)) > 1;
}

static void
test_field_filter (Fixture       *fixture,
                   gconstpointer  user_data)
{
  GListModel *names;
  guint n_fields, civil_status = GTK_INVALID_LIST_POSITION;
  guint n;

  mc_ui_test_wait_until (fields_listed, fixture, "the fields in the field drop-down");

  names = gtk_drop_down_get_model (fixture->field_dropdown);
  n_fields = g_list_model_get_n_items (names);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (names), 0), ==, "All Fields");
  for (guint i = 1; i < n_fields; i++)
    if (g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (names), i), "Hộ tịch") == 0)
      civil_status = i;
  g_assert_cmpuint (civil_status, !=, GTK_INVALID_LIST_POSITION);

  gtk_drop_down_set_selected (fixture->field_dropdown, civil_status);
  g_assert_cmpstr (mc_procedure_list_model_get_field_code (fixture->model), ==, "HOTICH");
  n = g_list_model_get_n_items (G_LIST_MODEL (fixture->model));
  g_assert_cmpuint (n, >, 0);
  g_assert_cmpuint (n, <, N_BUNDLED);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(McProcedure) procedure = g_list_model_get_item (G_LIST_MODEL (fixture->model), i);

      g_assert_cmpstr (mc_procedure_get_field_code (procedure), ==, "HOTICH");
    }
  assert_list_hides (fixture, "Đăng ký thành lập hộ kinh doanh");

  gtk_drop_down_set_selected (fixture->field_dropdown, 0);
  g_assert_cmpstr (mc_procedure_list_model_get_field_code (fixture->model), ==, "");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->model)), ==, N_BUNDLED);
}

static gboolean
detail_loaded (Fixture *fixture)
{
  GtkStack *stack = GTK_STACK (mc_ui_test_find_widget (GTK_WIDGET (fixture->detail),
                                                       match_stack_page, "content"));

  return g_strcmp0 (gtk_stack_get_visible_child_name (stack), "content") == 0;
}

static gboolean
versions_listed (Fixture *fixture)
{
  return mc_ui_test_find_widget (GTK_WIDGET (fixture->detail), match_group, "Versions") != NULL;
}

static gboolean
showing_detail (Fixture *fixture)
{
  return adw_leaflet_get_visible_child (fixture->leaflet) == GTK_WIDGET (fixture->detail);
}

static gboolean
showing_list (Fixture *fixture)
{
  return adw_leaflet_get_visible_child (fixture->leaflet) == GTK_WIDGET (fixture->browser);
}

static void
assert_birth_detail (Fixture *fixture)
{
  GtkWidget *title;
  GtkWidget *documents;

  mc_ui_test_wait_until (showing_detail, fixture, "the detail page");
  g_assert_true (gtk_widget_get_visible (fixture->back_button));
  mc_ui_test_wait_until (detail_loaded, fixture, "the full record on the detail page");

  g_assert_cmpstr (mc_procedure_get_code (mc_procedure_detail_get_procedure (fixture->detail)),
                   ==, BIRTH_CODE);
  title = mc_ui_test_find_widget (GTK_WIDGET (fixture->detail), match_label_with_class,
                                  "detail-title");
  g_assert_nonnull (title);
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (title)), ==, BIRTH_NAME);

  g_assert_nonnull (mc_ui_test_find_widget (GTK_WIDGET (fixture->detail), match_group, "General"));
  g_assert_nonnull (mc_ui_test_find_widget (GTK_WIDGET (fixture->detail), match_group,
                                            "Processing Time and Fees"));
  documents = mc_ui_test_find_widget (GTK_WIDGET (fixture->detail), match_group,
                                      "Required Documents");
  g_assert_nonnull (documents);
  g_assert_nonnull (mc_ui_test_find_widget (documents, mc_ui_test_match_row, BIRTH_FORM));
  g_assert_nonnull (mc_ui_test_find_widget (GTK_WIDGET (fixture->detail), match_group,
                                            "Legal Basis"));

  mc_ui_test_wait_until (versions_listed, fixture, "the Versions group");
}

static gboolean
focus_in (GtkWidget *ancestor)
{
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (ancestor));

  return focus != NULL && (focus == ancestor || gtk_widget_is_ancestor (focus, ancestor));
}

static void
test_detail_and_back (Fixture       *fixture,
                      gconstpointer  user_data)
{
  search_for (fixture, "dang ky khai sinh");
  g_assert_true (showing_list (fixture));

  /* A row chosen in the list, as with the keyboard: select, activate. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->list_view), "list.select-item",
                                             "(ubb)", 0, FALSE, FALSE));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->list_view), "list.activate-item",
                                             "u", 0));
  assert_birth_detail (fixture);

  /* win.back (the Back button, Escape, Alt+Left) returns to the list,
   * which keeps the search and gives the focus back to the list. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.back", NULL));
  mc_ui_test_wait_until (showing_list, fixture, "the list after win.back");
  g_assert_false (gtk_widget_get_visible (fixture->back_button));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (fixture->search_entry)), ==,
                   "dang ky khai sinh");
  g_assert_cmpstr (visible_page (fixture), ==, "list");
  assert_list_shows (fixture, BIRTH_NAME);
  g_assert_true (focus_in (GTK_WIDGET (fixture->list_view)));

  /* Enter in the search entry opens the first match. */
  g_signal_emit_by_name (fixture->search_entry, "activate");
  assert_birth_detail (fixture);

  /* The Back button itself. */
  g_signal_emit_by_name (fixture->back_button, "clicked");
  mc_ui_test_wait_until (showing_list, fixture, "the list after the Back button");
  g_assert_false (gtk_widget_get_visible (fixture->back_button));
}

static void
test_empty_database (Fixture       *fixture,
                     gconstpointer  user_data)
{
  mc_ui_test_wait_until (catalogue_empty, fixture, "the “empty” page");
  g_assert_cmpuint (mc_procedure_list_model_get_n_total (fixture->model), ==, 0);
  g_assert_false (gtk_widget_get_visible (fixture->back_button));

  /* Typing into an empty catalogue still says the catalogue is empty. */
  search_for (fixture, "khai sinh");
  g_assert_cmpstr (visible_page (fixture), ==, "empty");
  search_for (fixture, "");

  /* The page's "Load Sample Catalogue" button fills it. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window),
                                             "win.load-sample-catalogue", NULL));
  mc_ui_test_wait_until (list_loaded, fixture, "the sample catalogue in the list");
  assert_list_shows (fixture, BIRTH_NAME);
}

static void
test_corrupt_database (void)
{
  g_autoptr(McContext) context = mc_context_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "damaged.sqlite", NULL);
  g_autofree char *garbage = g_malloc (8192);

  g_assert_cmpint (g_mkdir_with_parents (g_get_user_data_dir (), 0700), ==, 0);
  for (guint i = 0; i < 8192; i++)
    garbage[i] = (char) ('A' + i % 23);
  g_assert_true (g_file_set_contents (path, garbage, 8192, NULL));

  g_assert_false (mc_ui_test_open_database (context, path, MC_CONTEXT_OPEN_SEED_IF_EMPTY, &error));
  g_assert_error (error, MC_DATABASE_ERROR, MC_DATABASE_ERROR_CORRUPT);

  /* The damaged file is left for the recovery dialog to deal with. */
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  if (!mc_ui_test_init (&argc, &argv))
    return 1;

  app = mc_ui_test_register_application ();
  g_assert_nonnull (mc_application_get_settings (app));

#define ADD(path, func, set_up, data) \
  g_test_add ("/ui/window/" path, Fixture, data, set_up, func, fixture_tear_down)

  ADD ("search-without-diacritics", test_search_without_diacritics, fixture_set_up, NULL);
  ADD ("search-upper-case", test_search_upper_case, fixture_set_up, NULL);
  ADD ("no-results", test_no_results, fixture_set_up, NULL);
  ADD ("online-filter", test_online_filter, fixture_set_up, NULL);
  ADD ("field-filter", test_field_filter, fixture_set_up, NULL);
  ADD ("detail-and-back", test_detail_and_back, fixture_set_up, NULL);
  ADD ("empty-database", test_empty_database, fixture_set_up_empty, NULL);
  g_test_add_func ("/ui/window/corrupt-database", test_corrupt_database);

#undef ADD

  status = g_test_run ();

  g_object_unref (app);

  return status;
}
