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
 * model's query, and the list counts what it asks. Its "Print N Apology
 * Letters Owed" button opens every letter owed in the preview, and saving
 * them pays them. Needs a display: run under xvfb-run. With
 * MOTCUA_SCREENSHOTS=DIR, the filtered list, the list offering the
 * letters and their preview are saved as PNGs there. */

#include "config.h"

#include <glib/gstdio.h>
#include <poppler.h>

#include "mc-context.h"
#include "mc-document-preview.h"
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
  guint              n_owed_counts;   /* answers shown on the apologies button */
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

/* Two dossiers received on Monday 2 March 2026, due three working days
 * later, for which "hung" apologized and set a new date once they were
 * late: two letters owed, the older apology first. */
static gpointer
seed_owed_work (McDatabase  *db,
                gpointer     data,
                GError     **error)
{
  static const char * const applicants[] = { "Phạm Thị Hà", "Đỗ Quang Huy" };
  Fixture *fixture = data;
  McActor clerk = { 0, "Nguyễn Thị Lan", "Cán bộ một cửa", MC_STAFF_ROLE_CLERK, "PC-1" };
  McActor officer = { 0, NULL, "Công chức", MC_STAFF_ROLE_OFFICER, "PC-2" };
  g_autoptr(GDateTime) received = g_date_time_new (mc_working_calendar_get_time_zone (),
                                                   2026, 3, 2, 8, 0, 0);
  g_autoptr(GDateTime) new_due = g_date_time_new (mc_working_calendar_get_time_zone (),
                                                  2026, 3, 20, 8, 0, 0);

  clerk.staff_id = mc_dossier_store_find_staff (db, "lan", error);
  officer.staff_id = fixture->hung_id;
  officer.name = fixture->hung_name;

  for (guint i = 0; i < G_N_ELEMENTS (applicants); i++)
    {
      g_autoptr(GDateTime) late = g_date_time_new (mc_working_calendar_get_time_zone (),
                                                   2026, 3, 10 + i, 9, 0, 0);
      McDossierDraft draft = { 0, };
      McTransitionParams hand_over = { 0, };
      McTransitionParams apology = { 0, };
      g_autoptr(McDossier) dossier = NULL;
      const char *code;

      draft.procedure_code = PROCEDURE_CODE;
      draft.applicant_name = applicants[i];
      draft.address = "Thôn Đông, xã Mẫu";
      dossier = mc_dossier_store_receive (db, &draft, &clerk, received, error);
      if (dossier == NULL)
        return NULL;

      code = mc_dossier_get_code (dossier);
      hand_over.receiver_id = fixture->hung_id;
      apology.note = "Chờ xác minh";
      apology.new_due_at = new_due;
      if (!mc_dossier_store_transition (db, code, MC_DOSSIER_ACTION_HAND_OVER, &clerk, &hand_over,
                                        received, error) ||
          !mc_dossier_store_transition (db, code, MC_DOSSIER_ACTION_ACKNOWLEDGE, &officer, NULL,
                                        received, error) ||
          !mc_dossier_store_transition (db, code, MC_DOSSIER_ACTION_APOLOGIZE, &officer, &apology,
                                        late, error))
        return NULL;
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

/*
 * Apology letters owed
 */

static GtkWidget *
apologies_button (Fixture *fixture)
{
  GtkWidget *button = mc_ui_test_find_widget (GTK_WIDGET (fixture->page),
                                              mc_ui_test_match_action_button,
                                              "dossiers.print-apologies");

  g_assert_nonnull (button);
  return button;
}

/* The page labels the button with each count it hears: a count it asked
 * for before the last is cancelled, and never shown. */
static void
owed_counted_cb (GtkButton  *button,
                 GParamSpec *pspec,
                 Fixture    *fixture)
{
  fixture->n_owed_counts++;
}

typedef struct
{
  Fixture *fixture;
  guint    n_counts;
} Counted;

static gboolean
owed_counted (Counted *counted)
{
  return counted->fixture->n_owed_counts > counted->n_counts;
}

/* Waits for the page to show the count of the letters owed it asked for
 * after it had shown @n_counts. */
static void
wait_for_owed_count (Fixture *fixture,
                     guint    n_counts)
{
  Counted counted = { fixture, n_counts };

  mc_ui_test_wait_until (owed_counted, &counted, "the letters owed to be counted");
}

static void
set_actor (Fixture       *fixture,
           const McActor *actor)
{
  guint n_counts = fixture->n_owed_counts;

  mc_dossier_list_page_set_actor (fixture->page, actor);
  wait_for_owed_count (fixture, n_counts);
}

static void
reload (Fixture *fixture)
{
  guint n_counts = fixture->n_owed_counts;

  mc_dossier_list_page_reload (fixture->page);
  wait_for_owed_count (fixture, n_counts);
}

static gboolean
nothing_owed (GtkButton *button)
{
  return g_str_equal (gtk_button_get_label (button), "Print 0 _Apology Letters Owed");
}

static void
test_apologies_owed (Fixture       *fixture,
                     gconstpointer  data)
{
  GtkWidget *button = apologies_button (fixture);
  g_autoptr(McStaff) leader = mc_ui_test_load_staff (fixture->context, "minh");
  McActor actor = { mc_staff_get_id (leader), mc_staff_get_full_name (leader),
                    mc_staff_get_title (leader), mc_staff_get_role (leader), "PC-3" };
  McDocumentPreview *preview;
  McDocument *document;
  AdwWindowTitle *title;
  PopplerDocument *pdf;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GBytes) saved = NULL;

  g_signal_connect (button, "notify::label", G_CALLBACK (owed_counted_cb), fixture);

  /* Nothing owed: no button, even for someone signed in. */
  set_actor (fixture, &actor);
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (button)), ==, "Print 0 _Apology Letters Owed");
  g_assert_false (gtk_widget_get_visible (button));

  /* Two letters owed, counted when the list loads again. */
  g_assert_nonnull (mc_ui_test_run_on_worker (fixture->context, seed_owed_work, fixture));
  reload (fixture);
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (button)), ==, "Print 2 _Apology Letters Owed");
  g_assert_true (gtk_widget_get_visible (button));
  g_assert_true (gtk_widget_get_mapped (button));

  /* Prints are recorded in someone's name: nobody signed in, no button. */
  set_actor (fixture, NULL);
  g_assert_false (gtk_widget_get_visible (button));
  set_actor (fixture, &actor);
  g_assert_true (gtk_widget_get_visible (button));
  save_screenshot (GTK_WIDGET (fixture->window), "dossier-list-apologies.png");

  /* Pressed: both letters in one preview, one letter a page, the older
   * apology first, for the leader to sign in one sitting. */
  g_assert_null (mc_ui_test_find_preview ());
  g_assert_true (gtk_widget_activate (button));
  mc_ui_test_wait_until (mc_ui_test_preview_ready, NULL, "the letters' preview");
  preview = mc_ui_test_find_preview ();
  document = mc_document_preview_get_document (preview);
  g_assert_cmpint (mc_document_get_kind (document), ==, MC_DOCUMENT_APOLOGY_LETTER);
  g_assert_cmpuint (mc_document_get_sources (document)->len, ==, 2);
  title = ADW_WINDOW_TITLE (mc_ui_test_find_by_type (preview, ADW_TYPE_WINDOW_TITLE));
  g_assert_cmpstr (adw_window_title_get_title (title), ==, "2 apology letters owed");
  g_assert_cmpstr (adw_window_title_get_subtitle (title), ==, "Page 1 of 2");

  pdf = poppler_document_new_from_bytes (mc_document_get_pdf (document), NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (poppler_document_get_n_pages (pdf), ==, 2);
  for (int i = 0; i < 2; i++)
    {
      static const char * const addressees[] = {
        "Kính gửi: Phạm Thị Hà",
        "Kính gửi: Đỗ Quang Huy",
      };
      PopplerPage *page = poppler_document_get_page (pdf, i);
      g_autofree char *text = poppler_page_get_text (page);
      double width, height;

      /* A5, 148 × 210 mm. */
      poppler_page_get_size (page, &width, &height);
      g_assert_cmpfloat_with_epsilon (width, 419.53, 1.0);
      g_assert_cmpfloat_with_epsilon (height, 595.28, 1.0);
      g_assert_nonnull (strstr (text, addressees[i]));
      g_assert_null (strstr (text, addressees[1 - i]));
      g_object_unref (page);
    }
  g_object_unref (pdf);
  save_screenshot (GTK_WIDGET (preview), "apologies-preview.png");

  /* Saved as PDF: the save is recorded on both dossiers, which pays the
   * letters, and the page, told by McDossiers::changed, counts again by
   * itself: the button goes. */
  dir = g_dir_make_tmp ("save-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, mc_document_get_file_name (document), NULL);
  file = g_file_new_for_path (path);
  mc_document_preview_save_to_file (preview, file);
  mc_ui_test_wait_until (nothing_owed, button, "the button to count the letters paid");
  g_assert_false (gtk_widget_get_visible (button));
  saved = g_file_load_bytes (file, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_bytes_equal (saved, mc_document_get_pdf (document)));

  gtk_window_destroy (GTK_WINDOW (preview));
  g_unlink (path);
  g_rmdir (dir);
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
  ADD ("/dossier-list-page/apologies-owed", test_apologies_owed);
#undef ADD

  return g_test_run ();
}
