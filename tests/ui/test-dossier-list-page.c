/* test-dossier-list-page.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The dossier list's officer and period filters: the real
 * McDossierListPage on a real database (the bundled catalogue, the demo
 * staff and office identity) with three dossiers received today, one
 * handed over to the officer "hung". Choosing in its drop-downs sets the
 * model's query, and the list counts what it asks. Needs a display: run
 * under xvfb-run. With MOTCUA_SCREENSHOTS=DIR, the filtered list is saved
 * as a PNG there. */

#include "config.h"

#include "mc-context.h"
#include "mc-dossier-list-page.h"
#include "mc-dossier-store.h"
#include "mc-staff-store.h"
#include "mc-ui-test-util.h"
#include "mc-working-calendar.h"

#define PROCEDURE_CODE "1.004873"

typedef struct
{
  McContext         *context;
  GtkWindow         *window;
  McDossierListPage *page;
  gint64             hung_id;
  char              *hung_name;
  char              *minh_name;
} Fixture;

/*
 * The database, through the worker
 */

/* Three dossiers received now by "lan", the first handed over to "hung",
 * who acknowledges it. */
static gpointer
seed_work (McDatabase  *db,
           gpointer     data,
           GError     **error)
{
  static const char * const applicants[] = { "Trần Văn An", "Lê Thị Bích", "Phạm Quốc Cường" };
  Fixture *fixture = data;
  g_autoptr(GDateTime) now = g_date_time_new_now (mc_working_calendar_get_time_zone ());
  g_autoptr(McStaff) hung = NULL;
  g_autoptr(McStaff) minh = NULL;
  McActor clerk = { 0, "Nguyễn Thị Lan", "Cán bộ một cửa", MC_STAFF_ROLE_CLERK, "PC-1" };
  McActor officer = { 0, NULL, "Công chức", MC_STAFF_ROLE_OFFICER, "PC-2" };

  clerk.staff_id = mc_dossier_store_find_staff (db, "lan", error);
  fixture->hung_id = mc_dossier_store_find_staff (db, "hung", error);
  hung = mc_staff_store_load (db, fixture->hung_id, error);
  minh = mc_staff_store_load (db, mc_dossier_store_find_staff (db, "minh", error), error);
  g_assert_nonnull (hung);
  g_assert_nonnull (minh);
  fixture->hung_name = g_strdup (mc_staff_get_full_name (hung));
  fixture->minh_name = g_strdup (mc_staff_get_full_name (minh));
  officer.staff_id = fixture->hung_id;
  officer.name = fixture->hung_name;

  for (guint i = 0; i < G_N_ELEMENTS (applicants); i++)
    {
      McDossierDraft draft = { 0, };
      g_autoptr(McDossier) dossier = NULL;

      draft.procedure_code = PROCEDURE_CODE;
      draft.applicant_name = applicants[i];
      dossier = mc_dossier_store_receive (db, &draft, &clerk, now, error);
      if (dossier == NULL)
        return NULL;

      if (i == 0)
        {
          McTransitionParams params = { 0, };

          params.receiver_id = fixture->hung_id;
          if (!mc_dossier_store_transition (db, mc_dossier_get_code (dossier),
                                            MC_DOSSIER_ACTION_HAND_OVER, &clerk, &params, now,
                                            error) ||
              !mc_dossier_store_transition (db, mc_dossier_get_code (dossier),
                                            MC_DOSSIER_ACTION_ACKNOWLEDGE, &officer, NULL, now,
                                            error))
            return NULL;
        }
    }

  return GINT_TO_POINTER (TRUE);
}

/*
 * The page's widgets
 */

static gboolean
match_tooltip (GtkWidget     *widget,
               gconstpointer  data)
{
  return GTK_IS_DROP_DOWN (widget) && g_strcmp0 (gtk_widget_get_tooltip_text (widget), data) == 0;
}

static gboolean
match_button_label (GtkWidget     *widget,
                    gconstpointer  data)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), data) == 0;
}

static GtkDropDown *
find_dropdown (Fixture    *fixture,
               const char *tooltip)
{
  GtkWidget *dropdown = mc_ui_test_find_widget (GTK_WIDGET (fixture->page), match_tooltip, tooltip);

  g_assert_nonnull (dropdown);
  return GTK_DROP_DOWN (dropdown);
}

/* The position of @label in @dropdown's list, which must have it. */
static guint
position_of (GtkDropDown *dropdown,
             const char  *label)
{
  GListModel *model = gtk_drop_down_get_model (dropdown);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    if (g_str_equal (gtk_string_list_get_string (GTK_STRING_LIST (model), i), label))
      return i;

  g_assert_not_reached ();
}

static const McDossierQuery *
query (Fixture *fixture)
{
  return mc_dossier_list_model_get_query (mc_dossier_list_page_get_model (fixture->page));
}

typedef struct
{
  Fixture *fixture;
  guint    count;
} Count;

static gboolean
counted (Count *count)
{
  McDossierListModel *model = mc_dossier_list_page_get_model (count->fixture->page);

  return !mc_dossier_list_model_get_loading (model) &&
         mc_dossier_list_model_get_n_total (model) == count->count;
}

static void
wait_for_count (Fixture *fixture,
                guint    n)
{
  Count count = { fixture, n };

  mc_ui_test_wait_until (counted, &count, "the list to count its dossiers");
}

static gboolean
officers_listed (Fixture *fixture)
{
  GtkDropDown *dropdown = find_dropdown (fixture, "Officer in charge");

  return g_list_model_get_n_items (gtk_drop_down_get_model (dropdown)) > 1;
}

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
 * Fixture
 */

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "list.sqlite", NULL);

  /* The dossiers are received now and must stay in today, this week…
   * for the second or so a test takes: just before midnight, wait for
   * the new day. */
  {
    g_autoptr(GDateTime) now = g_date_time_new_now (mc_working_calendar_get_time_zone ());

    if (g_date_time_get_hour (now) == 23 && g_date_time_get_minute (now) == 59 &&
        g_date_time_get_second (now) >= 50)
      g_usleep ((guint64) (61 - g_date_time_get_second (now)) * G_USEC_PER_SEC);
  }

  g_mkdir_with_parents (g_get_user_data_dir (), 0700);
  fixture->context = mc_context_new ();
  g_assert_true (mc_ui_test_open_database (fixture->context, path,
                                           MC_CONTEXT_OPEN_SEED_IF_EMPTY, &error));
  g_assert_no_error (error);
  g_assert_nonnull (mc_ui_test_run_on_worker (fixture->context, seed_work, fixture));

  fixture->page = g_object_new (MC_TYPE_DOSSIER_LIST_PAGE, NULL);
  mc_dossier_list_page_set_context (fixture->page, fixture->context);

  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 1100, 500);
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->page));
  gtk_window_present (fixture->window);

  mc_dossier_list_page_reload (fixture->page);
  mc_ui_test_wait_until (officers_listed, fixture, "the officers to be listed");
  wait_for_count (fixture, 3);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  gtk_window_destroy (fixture->window);
  mc_ui_test_spin (50);
  g_clear_object (&fixture->context);
  g_free (fixture->hung_name);
  g_free (fixture->minh_name);
}

/*
 * Tests
 */

static void
assert_range (McDossierPeriod  period,
              GDateTime       *now,
              const char      *from,
              const char      *to)
{
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GDateTime) end = NULL;
  g_autofree char *start_text = NULL;
  g_autofree char *end_text = NULL;

  mc_dossier_period_get_range (period, now, &start, &end);
  g_assert_nonnull (start);
  g_assert_nonnull (end);
  start_text = g_date_time_format_iso8601 (start);
  end_text = g_date_time_format_iso8601 (end);
  g_assert_cmpstr (start_text, ==, from);
  g_assert_cmpstr (end_text, ==, to);
}

/* Reckoned in Vietnam's calendar: 20:00 UTC on Tuesday 17 March 2026 is
 * already Wednesday the 18th there. */
static void
test_period_ranges (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_utc (2026, 3, 17, 20, 0, 0);
  g_autoptr(GDateTime) from = NULL;
  g_autoptr(GDateTime) to = NULL;

  mc_dossier_period_get_range (MC_DOSSIER_PERIOD_ANY, now, &from, &to);
  g_assert_null (from);
  g_assert_null (to);

  assert_range (MC_DOSSIER_PERIOD_TODAY, now, "2026-03-18T00:00:00+07", "2026-03-19T00:00:00+07");
  assert_range (MC_DOSSIER_PERIOD_THIS_WEEK, now, "2026-03-16T00:00:00+07", "2026-03-23T00:00:00+07");
  assert_range (MC_DOSSIER_PERIOD_THIS_MONTH, now, "2026-03-01T00:00:00+07", "2026-04-01T00:00:00+07");
  assert_range (MC_DOSSIER_PERIOD_LAST_30_DAYS, now, "2026-02-17T00:00:00+07", "2026-03-19T00:00:00+07");
  assert_range (MC_DOSSIER_PERIOD_THIS_YEAR, now, "2026-01-01T00:00:00+07", "2027-01-01T00:00:00+07");

  /* A Sunday belongs to the week that began on the Monday before. */
  g_clear_pointer (&now, g_date_time_unref);
  now = g_date_time_new (mc_working_calendar_get_time_zone (), 2026, 3, 22, 23, 59, 0);
  assert_range (MC_DOSSIER_PERIOD_THIS_WEEK, now, "2026-03-16T00:00:00+07", "2026-03-23T00:00:00+07");
}

static void
test_officer (Fixture       *fixture,
              gconstpointer  data)
{
  GtkDropDown *officers = find_dropdown (fixture, "Officer in charge");
  GListModel *model = gtk_drop_down_get_model (officers);

  /* All officers, then the demo officer and leader; not the clerk or
   * the administrator. */
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 3);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (model), 0), ==, "All officers");
  g_assert_cmpint (query (fixture)->assignee_id, ==, 0);

  gtk_drop_down_set_selected (officers, position_of (officers, fixture->hung_name));
  g_assert_cmpint (query (fixture)->assignee_id, ==, fixture->hung_id);
  wait_for_count (fixture, 1);

  gtk_drop_down_set_selected (officers, position_of (officers, fixture->minh_name));
  g_assert_cmpint (query (fixture)->assignee_id, >, 0);
  g_assert_cmpint (query (fixture)->assignee_id, !=, fixture->hung_id);
  wait_for_count (fixture, 0);

  /* A reload lists the officers again and keeps the one chosen. */
  mc_dossier_list_page_reload (fixture->page);
  mc_ui_test_spin (200);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (gtk_drop_down_get_model (officers)),
                                               gtk_drop_down_get_selected (officers)),
                   ==, fixture->minh_name);
  wait_for_count (fixture, 0);

  gtk_drop_down_set_selected (officers, 0);
  g_assert_cmpint (query (fixture)->assignee_id, ==, 0);
  wait_for_count (fixture, 3);
}

static void
test_period (Fixture       *fixture,
             gconstpointer  data)
{
  GtkDropDown *periods = find_dropdown (fixture, "Received in");
  GtkDropDown *officers = find_dropdown (fixture, "Officer in charge");
  g_autoptr(GDateTime) now = g_date_time_new_now (mc_working_calendar_get_time_zone ());
  GtkWidget *clear;

  g_assert_null (query (fixture)->received_from);
  g_assert_null (query (fixture)->received_to);

  for (McDossierPeriod period = MC_DOSSIER_PERIOD_TODAY; period <= MC_DOSSIER_PERIOD_THIS_YEAR; period++)
    {
      g_autoptr(GDateTime) from = NULL;
      g_autoptr(GDateTime) to = NULL;

      mc_dossier_period_get_range (period, now, &from, &to);
      gtk_drop_down_set_selected (periods, period);
      g_assert_nonnull (query (fixture)->received_from);
      g_assert_true (g_date_time_equal (query (fixture)->received_from, from));
      g_assert_true (g_date_time_equal (query (fixture)->received_to, to));
      wait_for_count (fixture, 3);
    }

  /* Both filters: this week's dossiers in hung's hands. */
  gtk_drop_down_set_selected (periods, MC_DOSSIER_PERIOD_THIS_WEEK);
  gtk_drop_down_set_selected (officers, position_of (officers, fixture->hung_name));
  wait_for_count (fixture, 1);
  save_screenshot (GTK_WIDGET (fixture->window), "dossier-list-filters.png");

  /* "Clear Filters" puts every drop-down back. */
  clear = mc_ui_test_find_widget (GTK_WIDGET (fixture->page), match_button_label, "C_lear Filters");
  g_assert_nonnull (clear);
  g_assert_true (gtk_widget_get_sensitive (clear));
  g_signal_emit_by_name (clear, "clicked");
  g_assert_cmpuint (gtk_drop_down_get_selected (periods), ==, 0);
  g_assert_cmpuint (gtk_drop_down_get_selected (officers), ==, 0);
  g_assert_null (query (fixture)->received_from);
  g_assert_cmpint (query (fixture)->assignee_id, ==, 0);
  wait_for_count (fixture, 3);
  g_assert_false (gtk_widget_get_sensitive (clear));
}

int
main (int   argc,
      char *argv[])
{
  if (!mc_ui_test_init (&argc, &argv))
    return 1;

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  g_test_add_func ("/dossier-list-page/period-ranges", test_period_ranges);
  ADD ("/dossier-list-page/officer", test_officer);
  ADD ("/dossier-list-page/period", test_period);
#undef ADD

  return g_test_run ();
}
