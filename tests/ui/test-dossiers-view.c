/* test-dossiers-view.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The Dossiers page end to end through its real widgets: a McDossiersView
 * on a real database (the bundled catalogue, the demo staff and office
 * identity) opened by McContext on its worker thread. The clerk "lan"
 * receives a dossier by filling the intake form's rows and pressing
 * Receive, sees the new dossier's page (and, once handed over, the step's
 * result of the control sheet in its timeline), goes back and finds the
 * dossier in the list's GtkColumnView. Needs a display: run under xvfb-run. */

#include "config.h"

#include <glib/gstdio.h>
#include <poppler.h>

#include "mc-context.h"
#include "mc-document-preview.h"
#include "mc-document-print.h"
#include "mc-dossier-list-page.h"
#include "mc-dossier-page.h"
#include "mc-dossier-store.h"
#include "mc-dossiers-view.h"
#include "mc-intake-form.h"
#include "mc-procedure-store.h"
#include "mc-staff-store.h"
#include "mc-ui-test-util.h"
#include "mc-working-calendar.h"

/* Cấp Giấy xác nhận tình trạng hôn nhân, 3 working days, in the bundled
 * catalogue. */
#define PROCEDURE_CODE "1.004873"
#define AGENCY         "000.17.22.H56"
#define APPLICANT      "Phạm Thị Thu Hà"

#define ID_ROW      "Identity Number (CCCD or CMND)"
#define NAME_ROW    "Full Name"
#define PHONE_ROW   "Phone"
#define ADDRESS_ROW "Address"

typedef struct
{
  McContext      *context;
  GtkWindow      *window;
  McDossiersView *view;
  McProcedure    *procedure;
  McStaff        *clerk;
  McActor         actor;
} Fixture;

/*
 * The database, through the worker
 */

typedef struct
{
  const char    *code;
  const McActor *actor;
} HandOver;

static gpointer
hand_over_work (McDatabase  *db,
                gpointer     data,
                GError     **error)
{
  HandOver *hand_over = data;
  g_autoptr(GDateTime) now = g_date_time_new_now (mc_working_calendar_get_time_zone ());

  if (!mc_dossier_store_transition (db, hand_over->code, MC_DOSSIER_ACTION_HAND_OVER,
                                    hand_over->actor, NULL, now, error))
    return NULL;

  return GINT_TO_POINTER (TRUE);
}

static gpointer
load_dossier_work (McDatabase  *db,
                   gpointer     data,
                   GError     **error)
{
  return mc_dossier_store_load (db, data, error);
}

/*
 * Widgets
 */

static McIntakeForm *
intake_form (Fixture *fixture)
{
  GtkWidget *form = mc_ui_test_find_by_type (fixture->view, MC_TYPE_INTAKE_FORM);

  g_assert_nonnull (form);
  return MC_INTAKE_FORM (form);
}

static McDossierPage *
dossier_page (Fixture *fixture)
{
  GtkWidget *page = mc_ui_test_find_by_type (fixture->view, MC_TYPE_DOSSIER_PAGE);

  g_assert_nonnull (page);
  return MC_DOSSIER_PAGE (page);
}

static McDossierListPage *
list_page (Fixture *fixture)
{
  GtkWidget *page = mc_ui_test_find_by_type (fixture->view, MC_TYPE_DOSSIER_LIST_PAGE);

  g_assert_nonnull (page);
  return MC_DOSSIER_LIST_PAGE (page);
}

static void
type_into (Fixture    *fixture,
           const char *title,
           const char *text)
{
  GtkWidget *row = mc_ui_test_find_widget (GTK_WIDGET (intake_form (fixture)),
                                           mc_ui_test_match_row, title);

  g_assert_nonnull (row);
  g_assert_true (ADW_IS_ENTRY_ROW (row));
  gtk_editable_set_text (GTK_EDITABLE (row), text);
}

static GtkWidget *
receive_button (Fixture *fixture)
{
  GtkWidget *button = mc_ui_test_find_widget (GTK_WIDGET (intake_form (fixture)),
                                              mc_ui_test_match_action_button, "intake.receive");

  g_assert_nonnull (button);
  return button;
}

static gboolean
can_receive (Fixture *fixture)
{
  return mc_intake_form_get_due (intake_form (fixture)) != NULL &&
         gtk_widget_is_sensitive (receive_button (fixture));
}

static gboolean
match_label (GtkWidget     *widget,
             gconstpointer  data)
{
  return GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
         g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), data) == 0;
}

static gboolean
match_label_part (GtkWidget     *widget,
                  gconstpointer  data)
{
  return GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
         strstr (gtk_label_get_label (GTK_LABEL (widget)), data) != NULL;
}

/* The timeline shows the hand-over's line of the control sheet. */
static gboolean
step_result_shown (Fixture *fixture)
{
  McDossierPage *page = dossier_page (fixture);
  GPtrArray *events = mc_dossier_page_get_events (page);

  /* The intake, the slip saved, the hand-over. */
  return !mc_dossier_page_get_loading (page) && events != NULL && events->len == 3 &&
         mc_ui_test_find_widget (GTK_WIDGET (page), match_label_part,
                                 "Step 1 “Processing the dossier”: Early, ") != NULL;
}

/* The dossier page shows a loaded dossier (a new one: the view showed
 * none before). */
static gboolean
dossier_shown (Fixture *fixture)
{
  McDossierPage *page = dossier_page (fixture);
  McDossier *dossier = mc_dossier_page_get_dossier (page);

  return dossier != NULL && !mc_dossier_page_get_loading (page) &&
         mc_ui_test_find_widget (GTK_WIDGET (page), match_label,
                                 mc_dossier_get_code (dossier)) != NULL;
}

/* A cell of the list, which shows its text in a GtkInscription. */
static gboolean
match_cell (GtkWidget     *widget,
            gconstpointer  data)
{
  return GTK_IS_INSCRIPTION (widget) && gtk_widget_get_mapped (widget) &&
         g_strcmp0 (gtk_inscription_get_text (GTK_INSCRIPTION (widget)), data) == 0;
}

typedef struct
{
  Fixture    *fixture;
  const char *code;
} ListSearch;

/* The list's column view has a loaded row of @search's dossier, and a
 * cell shows the applicant's name. */
static gboolean
listed (ListSearch *search)
{
  McDossierListPage *page = list_page (search->fixture);
  GtkWidget *column_view = mc_ui_test_find_by_type (page, GTK_TYPE_COLUMN_VIEW);
  GListModel *model;
  gboolean found = FALSE;

  g_assert_nonnull (column_view);
  model = G_LIST_MODEL (gtk_column_view_get_model (GTK_COLUMN_VIEW (column_view)));
  g_assert_nonnull (model);

  if (mc_dossier_list_model_get_loading (mc_dossier_list_page_get_model (page)))
    return FALSE;

  for (guint i = 0; !found && i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(McDossier) dossier = g_list_model_get_item (model, i);

      found = !mc_dossier_list_model_is_placeholder (dossier) &&
              g_strcmp0 (mc_dossier_get_code (dossier), search->code) == 0 &&
              g_strcmp0 (mc_dossier_get_applicant_name (dossier), APPLICANT) == 0;
    }

  return found && mc_ui_test_find_widget (column_view, match_cell, APPLICANT) != NULL;
}

static gboolean
timeline_shows_save (Fixture *fixture)
{
  McDossierPage *page = dossier_page (fixture);

  return !mc_dossier_page_get_loading (page) &&
         mc_ui_test_find_widget (GTK_WIDGET (page), match_label,
                                 "Saved as PDF: Receipt and Appointment Slip (Form 01)") != NULL;
}

/* Mẫu 01 as the printer gets it: every page of both liên in one job,
 * on A5 (148 × 210 mm = 419.5 × 595.3 pt). */
static void
check_print_job (McDocumentPreview *preview)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("print-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "job.pdf", NULL);
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
  McDocument *document = mc_document_preview_get_document (preview);
  PopplerDocument *printed;
  int n_expected;

  g_assert_no_error (error);
  g_assert_true (mc_document_print_export (document, GTK_WINDOW (preview), path, &error));
  g_assert_no_error (error);

  printed = poppler_document_new_from_file (uri, NULL, &error);
  g_assert_no_error (error);
  {
    PopplerDocument *shown = poppler_document_new_from_bytes (mc_document_get_pdf (document), NULL, &error);

    g_assert_no_error (error);
    n_expected = poppler_document_get_n_pages (shown);
    g_object_unref (shown);
  }
  g_assert_cmpint (n_expected, >=, 2);
  g_assert_cmpint (poppler_document_get_n_pages (printed), ==, n_expected);
  for (int i = 0; i < n_expected; i++)
    {
      PopplerPage *page = poppler_document_get_page (printed, i);
      double width, height;

      poppler_page_get_size (page, &width, &height);
      g_assert_cmpfloat_with_epsilon (width, 419.53, 1.0);
      g_assert_cmpfloat_with_epsilon (height, 595.28, 1.0);
      g_object_unref (page);
    }
  g_object_unref (printed);
  g_unlink (path);
  g_rmdir (dir);
}

/*
 * Fixture
 */

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "dossiers.sqlite", NULL);

  g_mkdir_with_parents (g_get_user_data_dir (), 0700);
  fixture->context = mc_context_new ();
  g_assert_true (mc_ui_test_open_database (fixture->context, path,
                                           MC_CONTEXT_OPEN_SEED_IF_EMPTY, &error));
  g_assert_no_error (error);

  fixture->procedure = mc_ui_test_load_procedure (fixture->context, PROCEDURE_CODE);
  fixture->clerk = mc_ui_test_load_staff (fixture->context, "lan");
  g_assert_cmpint (mc_staff_get_role (fixture->clerk), ==, MC_STAFF_ROLE_CLERK);

  fixture->actor.staff_id = mc_staff_get_id (fixture->clerk);
  fixture->actor.name = mc_staff_get_full_name (fixture->clerk);
  fixture->actor.title = mc_staff_get_title (fixture->clerk);
  fixture->actor.role = mc_staff_get_role (fixture->clerk);
  fixture->actor.workstation = "QUAY-1";

  fixture->view = g_object_new (MC_TYPE_DOSSIERS_VIEW, NULL);
  mc_dossiers_view_set_context (fixture->view, fixture->context);
  mc_dossiers_view_set_actor (fixture->view, &fixture->actor);

  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 1200, 800);
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->view));
  gtk_window_present (fixture->window);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  gtk_window_destroy (fixture->window);
  mc_ui_test_spin (50);
  g_clear_object (&fixture->procedure);
  g_clear_object (&fixture->clerk);
  g_clear_object (&fixture->context);
}

/*
 * Tests
 */

static void
test_receive_and_find (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(McDossier) stored = NULL;
  g_autofree char *code = NULL;
  McDossier *shown;
  ListSearch search = { fixture, NULL };

  g_assert_false (mc_dossiers_view_get_can_go_back (fixture->view));

  /* From the procedure's page: the intake form, with the procedure. */
  mc_dossiers_view_receive_for_procedure (fixture->view, fixture->procedure);
  g_assert_true (mc_dossiers_view_get_can_go_back (fixture->view));
  g_assert_cmpstr (mc_procedure_get_code (mc_intake_form_get_procedure (intake_form (fixture))), ==,
                   PROCEDURE_CODE);

  type_into (fixture, NAME_ROW, APPLICANT);
  type_into (fixture, ID_ROW, "001303012345");
  type_into (fixture, PHONE_ROW, "0987 654 321");
  type_into (fixture, ADDRESS_ROW, "Thôn Tây, xã Mẫu");
  mc_ui_test_wait_until (can_receive, fixture, "the Receive button to be enabled");

  gtk_widget_activate (receive_button (fixture));

  /* The new dossier's page. */
  mc_ui_test_wait_until (dossier_shown, fixture, "the new dossier's page");
  shown = mc_dossier_page_get_dossier (dossier_page (fixture));
  code = g_strdup (mc_dossier_get_code (shown));
  g_test_message ("received %s", code);
  g_assert_true (g_str_has_prefix (code, AGENCY "-"));
  g_assert_cmpstr (mc_dossier_get_applicant_name (shown), ==, APPLICANT);
  g_assert_cmpint (mc_dossier_get_status (shown), ==, MC_DOSSIER_STATUS_ACCEPTED);
  g_assert_true (mc_dossiers_view_get_can_go_back (fixture->view));

  /* The slip opened by itself, ready to print: Enter prints it. */
  mc_ui_test_wait_until (mc_ui_test_preview_ready, NULL, "the slip's preview");
  {
    McDocumentPreview *preview = MC_DOCUMENT_PREVIEW (mc_ui_test_find_toplevel (MC_TYPE_DOCUMENT_PREVIEW));
    GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (preview));
    g_autoptr(GError) error = NULL;
    g_autofree char *dir = g_dir_make_tmp ("save-XXXXXX", &error);
    g_autofree char *path = g_build_filename (dir, "slip.pdf", NULL);
    g_autoptr(GFile) file = g_file_new_for_path (path);

    g_assert_nonnull (focus);
    g_assert_true (GTK_IS_BUTTON (focus));
    g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (focus)), ==, "preview.print");
    g_assert_cmpint (mc_document_get_kind (mc_document_preview_get_document (preview)), ==,
                     MC_DOCUMENT_APPOINTMENT_SLIP);
    check_print_job (preview);
    mc_ui_test_spin (300);
    mc_ui_test_save_screenshot (GTK_WIDGET (preview), "slip-preview");

    /* Saved as PDF: the file is the form, and the dossier says so. */
    mc_document_preview_save_to_file (preview, file);
    mc_ui_test_wait_until (timeline_shows_save, fixture, "the save in the timeline");
    g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
    g_unlink (path);
    g_rmdir (dir);
    gtk_window_destroy (GTK_WINDOW (preview));
  }

  /* Stored with the clerk's form. */
  stored = mc_ui_test_run_on_worker (fixture->context, load_dossier_work, code);
  g_assert_cmpstr (mc_dossier_get_procedure_code (stored), ==, PROCEDURE_CODE);
  g_assert_cmpstr (mc_dossier_get_id_number (stored), ==, "001303012345");
  g_assert_cmpstr (mc_dossier_get_address (stored), ==, "Thôn Tây, xã Mẫu");

  /* Handed over (Mẫu 05): the timeline shows the step's result. */
  {
    HandOver hand_over = { code, &fixture->actor };

    g_assert_true (GPOINTER_TO_INT (mc_ui_test_run_on_worker (fixture->context, hand_over_work, &hand_over)));
    mc_dossiers_view_show_dossier (fixture->view, code);
    mc_ui_test_wait_until (step_result_shown, fixture, "the hand-over's result in the timeline");
  }

  /* Back to the list, which has it. */
  g_assert_true (mc_dossiers_view_go_back (fixture->view));
  g_assert_false (mc_dossiers_view_get_can_go_back (fixture->view));
  search.code = code;
  mc_ui_test_wait_until (listed, &search, "the dossier in the list");
}

/* Fills the intake form for the fixture's procedure and receives it. */
static void
receive_one (Fixture    *fixture,
             const char *id_number)
{
  mc_dossiers_view_receive_for_procedure (fixture->view, fixture->procedure);
  type_into (fixture, NAME_ROW, APPLICANT);
  type_into (fixture, ID_ROW, id_number);
  type_into (fixture, PHONE_ROW, "0987 654 321");
  mc_ui_test_wait_until (can_receive, fixture, "the Receive button to be enabled");
  gtk_widget_activate (receive_button (fixture));
}

static const char *
previewed_code (McDocumentPreview *preview)
{
  GPtrArray *sources = mc_document_get_sources (mc_document_preview_get_document (preview));

  g_assert_cmpuint (sources->len, ==, 1);
  return ((McDocumentSource *) g_ptr_array_index (sources, 0))->code;
}

static void
test_slip_preview_kept (Fixture       *fixture,
                        gconstpointer  data)
{
  McDocumentPreview *preview;
  McDocumentPreview *again;
  g_autofree char *first_code = NULL;

  receive_one (fixture, "001303012345");
  mc_ui_test_wait_until (mc_ui_test_preview_ready, NULL, "the first slip");
  preview = MC_DOCUMENT_PREVIEW (mc_ui_test_find_toplevel (MC_TYPE_DOCUMENT_PREVIEW));
  g_object_add_weak_pointer (G_OBJECT (preview), (gpointer *) &preview);
  first_code = g_strdup (previewed_code (preview));

  /* Esc hides it; the next receipt shows the next slip in it, with the
   * focus on Print again. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (preview), "window.close", NULL));
  mc_ui_test_spin (50);
  g_assert_nonnull (preview);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (preview)));

  receive_one (fixture, "001303012346");
  mc_ui_test_wait_until (mc_ui_test_preview_ready, NULL, "the second slip");
  again = MC_DOCUMENT_PREVIEW (mc_ui_test_find_toplevel (MC_TYPE_DOCUMENT_PREVIEW));
  g_assert_true (again == preview);
  g_assert_cmpstr (previewed_code (preview), !=, first_code);
  /* Window lists and screen readers name it by the form and the code. */
  {
    g_autofree char *title = g_strdup_printf ("Receipt and Appointment Slip (Form 01) — %s",
                                              previewed_code (preview));

    g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (preview)), ==, title);
  }
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (gtk_root_get_focus (GTK_ROOT (preview)))),
                   ==, "preview.print");

  /* Made for one clerk: it goes when nobody, or someone else, works. */
  mc_dossiers_view_set_actor (fixture->view, NULL);
  mc_ui_test_spin (50);
  g_assert_null (preview);
}

int
main (int   argc,
      char *argv[])
{
  if (!mc_ui_test_init (&argc, &argv))
    return 1;

  g_test_add ("/dossiers-view/receive-and-find", Fixture, NULL,
              fixture_setup, test_receive_and_find, fixture_teardown);
  g_test_add ("/dossiers-view/slip-preview-kept", Fixture, NULL,
              fixture_setup, test_slip_preview_kept, fixture_teardown);

  return g_test_run ();
}
