/* mc-ui-test-util.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "mc-dossier-store.h"
#include "mc-procedure-store.h"
#include "mc-staff-store.h"
#include "mc-document-preview.h"
#include "mc-ui-test-util.h"
#include "mc-working-calendar.h"

/* Helpers shared by the widget tests (tests/ui/test-*.c): start-up under
 * a display, bounded waits on the main loop, opening a database the way
 * McApplication does, and finding widgets in a window's tree. */

/*
 * Start-up
 */

/**
 * mc_ui_test_init:
 * @argc: the address of main()'s argc
 * @argv: the address of main()'s argv
 *
 * Initializes GLib's test framework, with isolated directories for the
 * database of each test, then GTK and libadwaita. Without a display it
 * prints a TAP "Bail out!" line instead: such tests must run under a
 * display (xvfb-run), they are not skipped.
 *
 * Returns: %FALSE without a display; main() then returns 1
 */
gboolean
mc_ui_test_init (int    *argc,
                 char ***argv)
{
  g_auto(GStrv) system_dirs = NULL;
  g_autoptr(GPtrArray) mime_dirs = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) icon_dirs = g_ptr_array_new_with_free_func (g_free);
  const char *data_dirs = g_getenv ("XDG_DATA_DIRS");

  /* The system data directories, before G_TEST_OPTION_ISOLATE_DIRS
   * hides them: the icons and the MIME database (without which
   * gdk-pixbuf cannot tell an SVG icon and GTK warns) come from there. */
  if (data_dirs == NULL || data_dirs[0] == '\0')
    data_dirs = "/usr/local/share:/usr/share";
  system_dirs = g_strsplit (data_dirs, ":", -1);
  for (guint i = 0; system_dirs[i] != NULL; i++)
    if (system_dirs[i][0] != '\0')
      {
        g_ptr_array_add (mime_dirs, g_build_filename (system_dirs[i], "mime", NULL));
        g_ptr_array_add (icon_dirs, g_build_filename (system_dirs[i], "icons", NULL));
      }
  g_ptr_array_add (mime_dirs, NULL);
  g_ptr_array_add (icon_dirs, NULL);

  /* gtk_test_init() takes no GTestOptions: its parts, with isolated
   * directories for the database of each test. */
  g_test_init (argc, argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  g_content_type_set_mime_dirs ((const char * const *) mime_dirs->pdata);
  setlocale (LC_ALL, "");
  if (!gtk_init_check ())
    {
      const char *display = g_getenv ("DISPLAY");

      /* Not a skip: this test must run under a display (xvfb-run). */
      g_print ("Bail out! no display (DISPLAY=%s): run the tests under "
               "xvfb-run -a dbus-run-session -- meson test ...\n",
               display != NULL ? display : "unset");
      return FALSE;
    }
  adw_init ();
  gtk_icon_theme_set_search_path (gtk_icon_theme_get_for_display (gdk_display_get_default ()),
                                  (const char * const *) icon_dirs->pdata);

  return TRUE;
}

/**
 * mc_ui_test_register_application:
 *
 * Windows need a registered application, as in the real start-up:
 * registering runs its startup, which loads the settings and style.css
 * and adds the actions and their accelerators.
 *
 * Returns: (transfer full): the registered application
 */
McApplication *
mc_ui_test_register_application (void)
{
  g_autoptr(GError) error = NULL;
  McApplication *app = mc_application_new ("org.motcua.MotCua.Test");

  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);

  return app;
}

/*
 * Waiting on the main loop, bounded
 */

static gboolean
tick_cb (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

/* Iterates the default main context until @predicate holds or @timeout_ms
 * have passed; a timeout fails the test, naming the condition. Called
 * through mc_ui_test_wait_until(), which gives the caller's place. */
void
mc_ui_test_wait_until_impl (McUiTestPredicate  predicate,
                            gpointer           data,
                            guint              timeout_ms,
                            const char        *what,
                            const char        *file,
                            int                line,
                            const char        *func)
{
  gint64 deadline = g_get_monotonic_time () + (gint64) timeout_ms * 1000;
  guint tick = g_timeout_add (20, tick_cb, NULL);

  while (!predicate (data))
    {
      if (g_get_monotonic_time () > deadline)
        {
          g_autofree char *message = g_strdup_printf ("Timed out after %u ms waiting for %s",
                                                      timeout_ms, what);

          g_source_remove (tick);
          g_assertion_message (G_LOG_DOMAIN, file, line, func, message);
          return;
        }
      g_main_context_iteration (NULL, TRUE);
    }

  g_source_remove (tick);
}

/* Lets pending idles, frames and worker answers run for @ms. */
void
mc_ui_test_spin (guint ms)
{
  gint64 end = g_get_monotonic_time () + (gint64) ms * 1000;
  guint tick = g_timeout_add (10, tick_cb, NULL);

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);

  g_source_remove (tick);
}

/*
 * The database
 */

typedef struct
{
  gboolean  done;
  gboolean  ok;
  GError   *error;
} OpenResult;

static void
opened_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  OpenResult *open = user_data;

  open->ok = mc_context_open_finish (MC_CONTEXT (object), result, &open->error);
  open->done = TRUE;
}

static gboolean
open_done (OpenResult *open)
{
  return open->done;
}

/* Opens @path in @context the way McApplication does, waiting for it. */
gboolean
mc_ui_test_open_database (McContext           *context,
                          const char          *path,
                          McContextOpenFlags   flags,
                          GError             **error)
{
  OpenResult open = { FALSE, FALSE, NULL };

  mc_context_open_async (context, path, flags, NULL, opened_cb, &open);
  mc_ui_test_wait_until (open_done, &open, "the database to open");

  if (open.error != NULL)
    g_propagate_error (error, open.error);

  return open.ok;
}

/*
 * Widget tree
 */

/* The first widget in the tree of @root, @root included, that @match
 * accepts with @data. */
GtkWidget *
mc_ui_test_find_widget (GtkWidget           *root,
                        McUiTestWidgetMatch  match,
                        gconstpointer        data)
{
  if (match (root, data))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = mc_ui_test_find_widget (child, match, data);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* A widget of the #GType @data (a GSIZE_TO_POINTER()). */
gboolean
mc_ui_test_match_type (GtkWidget     *widget,
                       gconstpointer  data)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (widget, GPOINTER_TO_SIZE (data));
}

/* A preferences row titled @data. */
gboolean
mc_ui_test_match_row (GtkWidget     *widget,
                      gconstpointer  data)
{
  return ADW_IS_PREFERENCES_ROW (widget) &&
         g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), data) == 0;
}

/* A button for the action @data, such as "win.back". */
gboolean
mc_ui_test_match_action_button (GtkWidget     *widget,
                                gconstpointer  data)
{
  return GTK_IS_BUTTON (widget) &&
         g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), data) == 0;
}

/**
 * mc_ui_test_match_button_label:
 * @widget: a widget of the tree
 * @data: a button's label, with its mnemonic underscore if any
 *
 * For mc_ui_test_find_widget(): a button labelled exactly @data.
 *
 * Returns: whether @widget is such a button
 */
gboolean
mc_ui_test_match_button_label (GtkWidget     *widget,
                               gconstpointer  data)
{
  return GTK_IS_BUTTON (widget) &&
         g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), data) == 0;
}

/**
 * mc_ui_test_match_row_containing:
 * @widget: a widget of the tree
 * @data: a part of a title, such as a date
 *
 * For mc_ui_test_find_widget(): a preferences row whose title holds
 * @data, such as "Tuesday, 24/11/2026" for "24/11/2026".
 *
 * Returns: whether @widget is such a row
 */
gboolean
mc_ui_test_match_row_containing (GtkWidget     *widget,
                                 gconstpointer  data)
{
  const char *title;

  if (!ADW_IS_PREFERENCES_ROW (widget))
    return FALSE;

  title = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget));
  return title != NULL && strstr (title, data) != NULL;
}

/**
 * mc_ui_test_assert_row_shows:
 * @root: the root of a widget tree
 * @title: a part of a preferences row's title, such as a date
 * @label: a text the row must show in a label
 * @other_label: (nullable): another text the row must show, or %NULL
 *
 * Fails the test, saying what is missing, unless a preferences row under
 * @root whose title holds @title shows labels reading exactly @label and
 * @other_label.
 */
void
mc_ui_test_assert_row_shows (GtkWidget  *root,
                             const char *title,
                             const char *label,
                             const char *other_label)
{
  const char *labels[] = { label, other_label };
  GtkWidget *row = mc_ui_test_find_widget (root, mc_ui_test_match_row_containing, title);
  g_autofree char *message = NULL;

  if (row == NULL)
    message = g_strdup_printf ("No row for %s", title);

  for (guint i = 0; message == NULL && i < G_N_ELEMENTS (labels); i++)
    if (labels[i] != NULL &&
        mc_ui_test_find_widget (row, mc_ui_test_match_label, labels[i]) == NULL)
      message = g_strdup_printf ("The row for %s does not show “%s”", title, labels[i]);

  if (message != NULL)
    g_assertion_message (G_LOG_DOMAIN, __FILE__, __LINE__, G_STRFUNC, message);
}

/**
 * mc_ui_test_count_widgets:
 * @root: the root of a widget tree
 * @match: which widgets to count
 * @data: what @match compares with
 *
 * Returns: how many widgets in the tree of @root, @root included,
 *   @match accepts with @data
 */
guint
mc_ui_test_count_widgets (GtkWidget           *root,
                          McUiTestWidgetMatch  match,
                          gconstpointer        data)
{
  guint count = match (root, data) ? 1 : 0;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    count += mc_ui_test_count_widgets (child, match, data);

  return count;
}

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

/* Runs @func on the application's database worker, as the views do,
 * and waits for it with the main loop running; fails the test on error. */
gpointer
mc_ui_test_run_on_worker (McContext     *context,
                          McDbWorkFunc   func,
                          gconstpointer  data)
{
  SyncCall call = { FALSE, NULL, NULL };

  mc_db_worker_run_async (mc_context_get_worker (context), func, (gpointer) data, NULL, NULL, NULL,
                          sync_done_cb, &call);
  mc_ui_test_wait_until (sync_done, &call, "the database worker");
  g_assert_no_error (call.error);

  return call.value;
}

/**
 * mc_ui_test_save_screenshot:
 * @widget: a mapped widget, such as a window
 * @name: the file's name, without ".png"
 *
 * With MC_TEST_SCREENSHOT_DIR set, draws @widget into NAME.png there, for
 * a person to look at the screen the test saw. Does nothing otherwise.
 */
void
mc_ui_test_save_screenshot (GtkWidget  *widget,
                            const char *name)
{
  const char *dir = g_getenv ("MC_TEST_SCREENSHOT_DIR");
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GtkSnapshot) snapshot = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *file_name = NULL;
  g_autofree char *path = NULL;
  GskRenderer *renderer;

  if (dir == NULL)
    return;

  paintable = gtk_widget_paintable_new (widget);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, snapshot,
                          gtk_widget_get_width (widget), gtk_widget_get_height (widget));
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  if (node == NULL)
    return;

  renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  texture = gsk_renderer_render_texture (renderer, node, NULL);
  file_name = g_strconcat (name, ".png", NULL);
  path = g_build_filename (dir, file_name, NULL);
  g_assert_true (gdk_texture_save_to_png (texture, path));
}

static gpointer
load_procedure_work (McDatabase  *db,
                     gpointer     data,
                     GError     **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now (mc_working_calendar_get_time_zone ());
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");

  return mc_procedure_store_find_in_force (db, data, today, error);
}

/**
 * mc_ui_test_load_procedure:
 * @context: a #McContext with an open database
 * @code: a procedure's code
 *
 * Returns: (transfer full): the version of @code in force today; fails
 *   the test if there is none
 */
McProcedure *
mc_ui_test_load_procedure (McContext  *context,
                           const char *code)
{
  McProcedure *procedure = mc_ui_test_run_on_worker (context, load_procedure_work, (gpointer) code);

  g_assert_nonnull (procedure);
  return procedure;
}

static gpointer
load_staff_work (McDatabase  *db,
                 gpointer     data,
                 GError     **error)
{
  gint64 id = mc_dossier_store_find_staff (db, data, error);

  return id != 0 ? mc_staff_store_load (db, id, error) : NULL;
}

/**
 * mc_ui_test_load_staff:
 * @context: a #McContext with an open database
 * @username: a staff account's user name, such as "lan"
 *
 * Returns: (transfer full): the account, as the sign-in would give it;
 *   fails the test if there is none
 */
McStaff *
mc_ui_test_load_staff (McContext  *context,
                       const char *username)
{
  McStaff *staff = mc_ui_test_run_on_worker (context, load_staff_work, (gpointer) username);

  g_assert_nonnull (staff);
  return staff;
}

/**
 * mc_ui_test_find_toplevel:
 * @type: a window type
 *
 * Returns: (transfer none) (nullable): the first toplevel of @type, such
 *   as a preview the application opened by itself
 */
GtkWindow *
mc_ui_test_find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type))
        return GTK_WINDOW (window);
    }

  return NULL;
}

/**
 * mc_ui_test_find_preview:
 *
 * Returns: (transfer none) (nullable): the document preview the
 *   application opened, shown or hidden
 */
McDocumentPreview *
mc_ui_test_find_preview (void)
{
  GtkWindow *preview = mc_ui_test_find_toplevel (MC_TYPE_DOCUMENT_PREVIEW);

  return preview != NULL ? MC_DOCUMENT_PREVIEW (preview) : NULL;
}

/**
 * mc_ui_test_preview_ready:
 * @data: unused
 *
 * For mc_ui_test_wait_until(): a preview is on screen with its form
 * drawn. A preview kept hidden between receipts does not count.
 *
 * Returns: whether it is
 */
gboolean
mc_ui_test_preview_ready (gpointer data)
{
  McDocumentPreview *preview = mc_ui_test_find_preview ();

  return preview != NULL && gtk_widget_get_visible (GTK_WIDGET (preview)) &&
         mc_document_preview_get_ready (preview);
}

/**
 * mc_ui_test_match_label:
 * @widget: a widget of the tree
 * @data: a text
 *
 * For mc_ui_test_find_widget(): a label showing exactly @data.
 *
 * Returns: whether @widget is such a label
 */
gboolean
mc_ui_test_match_label (GtkWidget     *widget,
                        gconstpointer  data)
{
  return GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), data) == 0;
}
