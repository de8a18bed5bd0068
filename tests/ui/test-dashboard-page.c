/* test-dashboard-page.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Widget tests of the leader's overview (McDashboardPage) on a real
 * database, driven through its widgets and actions with the real main
 * loop: the tiles of the period, the charts, the overdue list and its
 * link to the dossier, the channel filter, the live refresh after a
 * receipt, the periods, and report 06a in the preview. Needs a display:
 * run under xvfb-run. */

#include "config.h"

#include <glib/gstdio.h>
#include <poppler.h>

#include "mc-chart-view.h"
#include "mc-context.h"
#include "mc-dashboard-page.h"
#include "mc-document-preview.h"
#include "mc-dossier-store.h"
#include "mc-ui-test-util.h"
#include "mc-working-calendar.h"

/* poppler-glib 22.12 declares no cleanup functions. */
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerDocument, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerPage, g_object_unref)

/* Cấp Giấy xác nhận tình trạng hôn nhân: three working days. */
#define PROCEDURE_CODE "1.004873"

typedef struct
{
  McContext       *context;
  GtkWindow       *window;
  McDashboardPage *page;
  char            *overdue_code;
} Fixture;

static McActor clerk = { 0, "Nguyễn Thị Lan", "Cán bộ một cửa", MC_STAFF_ROLE_CLERK, "PC-1" };

/* Three dossiers received now, the first handed over to Hùng, and one
 * twenty days ago, long overdue: four in the period, as received or
 * carried over. */
static gpointer
seed_work (McDatabase  *db,
           gpointer     data,
           GError     **error)
{
  static const char * const applicants[] = { "Trần Văn An", "Lê Thị Bích", "Phạm Quốc Cường",
                                             "Đỗ Thị Hằng" };
  Fixture *fixture = data;
  g_autoptr(GDateTime) now = g_date_time_new_now (mc_working_calendar_get_time_zone ());
  g_autoptr(GDateTime) earlier = g_date_time_add_days (now, -20);

  clerk.staff_id = mc_dossier_store_find_staff (db, "lan", error);
  for (guint i = 0; i < G_N_ELEMENTS (applicants); i++)
    {
      McDossierDraft draft = { 0, };
      g_autoptr(McDossier) dossier = NULL;

      draft.procedure_code = PROCEDURE_CODE;
      draft.applicant_name = applicants[i];
      dossier = mc_dossier_store_receive (db, &draft, &clerk, i == 3 ? earlier : now, error);
      if (dossier == NULL)
        return NULL;
      if (i == 3)
        fixture->overdue_code = g_strdup (mc_dossier_get_code (dossier));
      if (i == 0)
        {
          McTransitionParams params = { 0, };
          McActor officer = { 0, "Trần Văn Hùng", "Công chức", MC_STAFF_ROLE_OFFICER, "PC-2" };

          officer.staff_id = params.receiver_id = mc_dossier_store_find_staff (db, "hung", error);
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

static gboolean
loaded (Fixture *fixture)
{
  return !mc_dashboard_page_get_loading (fixture->page);
}

static void
reload (Fixture *fixture)
{
  mc_dashboard_page_reload (fixture->page);
  mc_ui_test_wait_until (loaded, fixture, "the overview's figures");
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "overview.sqlite", NULL);
  McActor leader = { 0, "Lê Văn Minh", "Phó Chủ tịch", MC_STAFF_ROLE_LEADER, "PC-3" };

  g_mkdir_with_parents (g_get_user_data_dir (), 0700);
  fixture->context = mc_context_new ();
  g_assert_true (mc_ui_test_open_database (fixture->context, path,
                                           MC_CONTEXT_OPEN_SEED_IF_EMPTY, &error));
  g_assert_no_error (error);
  g_assert_nonnull (mc_ui_test_run_on_worker (fixture->context, seed_work, fixture));

  fixture->page = g_object_new (MC_TYPE_DASHBOARD_PAGE, NULL);
  mc_dashboard_page_set_context (fixture->page, fixture->context);
  mc_dashboard_page_set_actor (fixture->page, &leader);

  /* The office screen the overview is made for. */
  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 1366, 768);
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->page));
  gtk_window_present (fixture->window);
  reload (fixture);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  gtk_window_destroy (fixture->window);
  mc_ui_test_spin (50);
  g_clear_object (&fixture->context);
  g_free (fixture->overdue_code);
}

/* The label under a tile's title: its figure. */
static const char *
tile_value (Fixture    *fixture,
            const char *title)
{
  GtkWidget *label = mc_ui_test_find_widget (GTK_WIDGET (fixture->page), mc_ui_test_match_label,
                                             title);

  g_assert_nonnull (label);
  return gtk_label_get_label (GTK_LABEL (gtk_widget_get_next_sibling (label)));
}

static GtkListBox *
overdue_list (Fixture *fixture)
{
  GtkWidget *title = mc_ui_test_find_widget (GTK_WIDGET (fixture->page), mc_ui_test_match_label,
                                             "Overdue Now (1)");

  g_assert_nonnull (title);
  return GTK_LIST_BOX (gtk_widget_get_next_sibling (title));
}

static gboolean
match_tooltip (GtkWidget     *widget,
               gconstpointer  data)
{
  return g_strcmp0 (gtk_widget_get_tooltip_text (widget), data) == 0;
}

static void
activated_cb (McDashboardPage *page,
              const char      *code,
              char           **activated)
{
  g_free (*activated);
  *activated = g_strdup (code);
}

static void
test_figures (Fixture       *fixture,
              gconstpointer  data)
{
  g_autofree char *activated = NULL;
  GtkListBox *list;
  GtkListBoxRow *row;
  GtkWidget *channel;
  McChartView *trend;

  /* Four dossiers, none resolved: four open at the period's end, one of
   * them overdue since long. */
  g_assert_cmpstr (tile_value (fixture, "Received for Resolution"), ==, "4");
  g_assert_cmpstr (tile_value (fixture, "Resolved in the Period"), ==, "0");
  g_assert_cmpstr (tile_value (fixture, "Open at the End of the Period"), ==, "4");
  g_assert_cmpstr (tile_value (fixture, "Synchronised With the Portal"), ==, "0%");

  /* The intake chart has a bar for each week or month of the quarter. */
  trend = MC_CHART_VIEW (mc_ui_test_find_by_type (fixture->page, MC_TYPE_CHART_VIEW));
  g_assert_cmpuint (mc_chart_view_get_n_bars (trend), >=, 12);

  mc_ui_test_spin (300);
  mc_ui_test_save_screenshot (GTK_WIDGET (fixture->window), "dashboard");

  /* The overdue dossier, a click from its page. */
  list = overdue_list (fixture);
  row = gtk_list_box_get_row_at_index (list, 0);
  g_assert_nonnull (row);
  g_assert_null (gtk_list_box_get_row_at_index (list, 1));
  g_signal_connect (fixture->page, "dossier-activated", G_CALLBACK (activated_cb), &activated);
  g_signal_emit_by_name (list, "row-activated", row);
  g_assert_cmpstr (activated, ==, fixture->overdue_code);

  /* None came online. */
  channel = mc_ui_test_find_widget (GTK_WIDGET (fixture->page), match_tooltip, "Channel");
  g_assert_true (GTK_IS_DROP_DOWN (channel));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (channel), MC_CHANNEL_ONLINE);
  mc_ui_test_wait_until (loaded, fixture, "the online figures");
  g_assert_cmpstr (tile_value (fixture, "Received for Resolution"), ==, "0");
  gtk_drop_down_set_selected (GTK_DROP_DOWN (channel), 0);
  mc_ui_test_wait_until (loaded, fixture, "all the figures");
  g_assert_cmpstr (tile_value (fixture, "Received for Resolution"), ==, "4");

  /* Hùng's: one dossier. The fields offered are those of the period. */
  {
    GtkDropDown *officer = GTK_DROP_DOWN (mc_ui_test_find_widget (GTK_WIDGET (fixture->page),
                                                                  match_tooltip,
                                                                  "Officer in Charge"));
    GtkDropDown *field = GTK_DROP_DOWN (mc_ui_test_find_widget (GTK_WIDGET (fixture->page),
                                                                match_tooltip, "Field"));
    GListModel *officers = gtk_drop_down_get_model (officer);
    GListModel *fields;
    guint hung = G_MAXUINT;

    for (guint i = 0; i < g_list_model_get_n_items (officers); i++)
      if (g_str_equal (gtk_string_list_get_string (GTK_STRING_LIST (officers), i), "Trần Văn Hùng"))
        hung = i;
    g_assert_cmpuint (hung, !=, G_MAXUINT);
    gtk_drop_down_set_selected (officer, hung);
    mc_ui_test_wait_until (loaded, fixture, "Hùng's figures");
    g_assert_cmpstr (tile_value (fixture, "Received for Resolution"), ==, "1");
    gtk_drop_down_set_selected (officer, 0);
    mc_ui_test_wait_until (loaded, fixture, "everyone's figures");

    /* Offered anew after each load. */
    fields = gtk_drop_down_get_model (field);
    g_assert_cmpuint (g_list_model_get_n_items (fields), ==, 2);
    g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (fields), 1), ==, "Hộ tịch");
    gtk_drop_down_set_selected (field, 1);
    mc_ui_test_wait_until (loaded, fixture, "the field's figures");
    g_assert_cmpstr (tile_value (fixture, "Received for Resolution"), ==, "4");
  }
}

typedef struct
{
  gboolean   done;
  McDossier *dossier;
  GError    *error;
} Received;

static void
received_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  Received *received = user_data;

  received->dossier = mc_dossiers_receive_finish (MC_DOSSIERS (object), result, &received->error);
  received->done = TRUE;
}

static gboolean
shows_five (Fixture *fixture)
{
  return !mc_dashboard_page_get_loading (fixture->page) &&
         g_str_equal (tile_value (fixture, "Received for Resolution"), "5");
}

/* A dossier received at the counter shows in the overview by itself. */
static void
test_live_refresh (Fixture       *fixture,
                   gconstpointer  data)
{
  Received received = { FALSE, NULL, NULL };
  McDossierDraft draft = { 0, };

  draft.procedure_code = PROCEDURE_CODE;
  draft.applicant_name = "Vũ Minh Khang";
  mc_dossiers_receive_async (mc_context_get_dossiers (fixture->context), &draft, &clerk, NULL,
                             received_cb, &received);
  mc_ui_test_wait_until (shows_five, fixture, "the new dossier in the overview");
  g_assert_true (received.done);
  g_assert_no_error (received.error);
  g_clear_object (&received.dossier);
}

/* Back a quarter and forward again; report 06a of the quarter shown. */
static void
test_periods_and_report (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GDateTime) from = NULL;
  g_autoptr(GDateTime) to = NULL;
  g_autoptr(GDateTime) earlier_from = NULL;
  g_autoptr(GDateTime) earlier_to = NULL;
  McDocumentPreview *preview;
  McDocument *document;

  mc_dashboard_page_get_period (fixture->page, &from, &to);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "dashboard.previous", NULL));
  mc_ui_test_wait_until (loaded, fixture, "the previous quarter");
  mc_dashboard_page_get_period (fixture->page, &earlier_from, &earlier_to);
  g_assert_true (g_date_time_equal (earlier_to, from));
  g_assert_cmpint (g_date_time_difference (from, earlier_from) / G_TIME_SPAN_DAY, >=, 89);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "dashboard.next", NULL));
  mc_ui_test_wait_until (loaded, fixture, "the quarter again");
  g_assert_cmpstr (tile_value (fixture, "Received for Resolution"), ==, "4");

  /* Exported as a spreadsheet and as CSV, the figures shown. */
  {
    g_autoptr(GError) error = NULL;
    g_autofree char *dir = g_dir_make_tmp ("export-XXXXXX", &error);
    g_autofree char *fods_path = g_build_filename (dir, "report.fods", NULL);
    g_autofree char *csv_path = g_build_filename (dir, "report.csv", NULL);
    g_autoptr(GFile) fods = g_file_new_for_path (fods_path);
    g_autoptr(GFile) csv = g_file_new_for_path (csv_path);
    g_autofree char *text = NULL;

    mc_dashboard_page_export_to_file (fixture->page, fods);
    g_assert_true (g_file_get_contents (fods_path, &text, NULL, &error));
    g_assert_nonnull (strstr (text, "application/vnd.oasis.opendocument.spreadsheet"));
    g_assert_nonnull (strstr (text, "<text:p>Tổng cộng</text:p>"));
    g_assert_nonnull (strstr (text, "office:value=\"4\""));
    g_clear_pointer (&text, g_free);

    mc_dashboard_page_export_to_file (fixture->page, csv);
    g_assert_true (g_file_get_contents (csv_path, &text, NULL, &error));
    g_assert_nonnull (strstr (text, "\r\n,Tổng cộng,4,"));
    g_unlink (fods_path);
    g_unlink (csv_path);
    g_rmdir (dir);
  }

  g_assert_null (mc_ui_test_find_preview ());
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "dashboard.report", NULL));
  mc_ui_test_wait_until (mc_ui_test_preview_ready, NULL, "report 06a's preview");
  preview = mc_ui_test_find_preview ();
  document = mc_document_preview_get_document (preview);
  g_assert_cmpint (mc_document_get_kind (document), ==, MC_DOCUMENT_REPORT_06A);
  g_assert_cmpint (mc_document_get_orientation (document), ==, MC_ORIENTATION_LANDSCAPE);
  g_assert_true (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (preview)), "Report 06a"));
  mc_ui_test_spin (300);
  mc_ui_test_save_screenshot (GTK_WIDGET (preview), "report-06a-preview");
  gtk_window_destroy (GTK_WINDOW (preview));
  mc_ui_test_spin (50);

  /* The summary of the citizens' evaluations, on A4 portrait. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "dashboard.evaluation",
                                             NULL));
  mc_ui_test_wait_until (mc_ui_test_preview_ready, NULL, "the evaluation summary's preview");
  preview = mc_ui_test_find_preview ();
  document = mc_document_preview_get_document (preview);
  g_assert_cmpint (mc_document_get_kind (document), ==, MC_DOCUMENT_EVALUATION_SUMMARY);
  g_assert_cmpint (mc_document_get_orientation (document), ==, MC_ORIENTATION_PORTRAIT);
  gtk_window_destroy (GTK_WINDOW (preview));
  mc_ui_test_spin (50);

  /* The overview on paper, with its charts and the overdue dossier. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "dashboard.overview",
                                             NULL));
  mc_ui_test_wait_until (mc_ui_test_preview_ready, NULL, "the overview report's preview");
  preview = mc_ui_test_find_preview ();
  document = mc_document_preview_get_document (preview);
  g_assert_cmpint (mc_document_get_kind (document), ==, MC_DOCUMENT_OVERVIEW_REPORT);
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(PopplerDocument) pdf = poppler_document_new_from_bytes (mc_document_get_pdf (document),
                                                                       NULL, &error);
    GString *text = g_string_new (NULL);

    g_assert_no_error (error);
    for (int i = 0; i < poppler_document_get_n_pages (pdf); i++)
      {
        g_autoptr(PopplerPage) page = poppler_document_get_page (pdf, i);
        g_autofree char *page_text = poppler_page_get_text (page);

        g_string_append (text, page_text);
      }
    g_assert_nonnull (strstr (text->str, "HỒ SƠ ĐANG QUÁ HẠN (1)"));
    g_assert_nonnull (strstr (text->str, fixture->overdue_code));
    g_assert_nonnull (strstr (text->str, "Kết quả theo lĩnh vực"));
    g_string_free (text, TRUE);
  }
  gtk_window_destroy (GTK_WINDOW (preview));
}

int
main (int   argc,
      char *argv[])
{
  if (!mc_ui_test_init (&argc, &argv))
    return 1;

#define ADD(path, func) \
  g_test_add ("/dashboard-page/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("figures", test_figures);
  ADD ("live-refresh", test_live_refresh);
  ADD ("periods-and-report", test_periods_and_report);

#undef ADD

  return g_test_run ();
}
