/* test-dossier-page.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Widget tests of the dossier page and its step dialogs: a dossier
 * received on a real database (the bundled catalogue, the demo staff and
 * office identity) is shown by the real McDossierPage and taken through
 * hand-over, acknowledgement, processing, return and evaluation with the
 * dialogs' API, as different staff members, and its data corrected with
 * the edit dialog. Its Print menu offers the forms the dossier's steps
 * caused, opens the application's preview and records each saved PDF in
 * the history. Needs a display: run under xvfb-run. With
 * MOTCUA_SCREENSHOTS=DIR, the page, the evaluation dialog, the edit
 * dialog and a form's preview are saved as PNGs there. */

#include "config.h"

#include <glib/gstdio.h>
#include <poppler.h>

#include "mc-context.h"
#include "mc-document-preview.h"
#include "mc-dossier-page.h"
#include "mc-dossier-store.h"
#include "mc-pdf-view.h"
#include "mc-ui-test-util.h"
#include "mc-working-calendar.h"

#define PROCEDURE "1.004873"

static const McDraftComponent papers[] = {
  { "Tờ khai", 1, 0, TRUE },
  { "Căn cước công dân", 0, 1, TRUE },
};

typedef struct
{
  McContext     *context;
  GtkWindow     *window;
  McDossierPage *page;
  char          *code;
  McActor        clerk;
  McActor        officer;
  McActor        leader;
  guint          applied;
} Fixture;

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
  const McActor *clerk = data;
  g_autoptr(GDateTime) now = g_date_time_new_now (mc_working_calendar_get_time_zone ());
  McDossierDraft draft = { 0, };

  draft.procedure_code = PROCEDURE;
  draft.applicant_name = "Nguyễn Văn An";
  draft.id_number = "001203012345";
  draft.phone = "0912 345 678";
  draft.address = "Thôn Đông, xã Mẫu";
  draft.components = papers;
  draft.n_components = G_N_ELEMENTS (papers);

  return mc_dossier_store_receive (db, &draft, clerk, now, error);
}

static gint64
find_staff (Fixture    *fixture,
            const char *username)
{
  gint64 id = (gint64) GPOINTER_TO_SIZE (mc_ui_test_run_on_worker (fixture->context, find_staff_work, username));

  g_assert_cmpint (id, >, 0);
  return id;
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
 * The page
 */

typedef struct
{
  Fixture *fixture;
  guint    version;
} Version;

static gboolean
page_at_version (Version *wanted)
{
  McDossierPage *page = wanted->fixture->page;
  McDossier *dossier = mc_dossier_page_get_dossier (page);

  return !mc_dossier_page_get_loading (page) && dossier != NULL &&
         mc_dossier_get_version (dossier) == wanted->version &&
         mc_dossier_page_get_events (page) != NULL &&
         mc_dossier_page_get_events (page)->len == wanted->version;
}

static void
wait_for_version (Fixture *fixture,
                  guint    version)
{
  Version wanted = { fixture, version };

  mc_ui_test_wait_until (page_at_version, &wanted, "the page to show the new version");
}

static gboolean
offers (Fixture         *fixture,
        McDossierAction  action)
{
  GArray *actions = mc_dossier_page_get_actions (fixture->page);

  for (guint i = 0; actions != NULL && i < actions->len; i++)
    if (g_array_index (actions, McDossierAction, i) == action)
      return TRUE;

  return FALSE;
}

static gboolean
match_act_button (GtkWidget     *widget,
                  gconstpointer  data)
{
  GVariant *target;

  if (!mc_ui_test_match_action_button (widget, "dossier.act"))
    return FALSE;

  target = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (widget));
  return target != NULL && g_variant_get_int32 (target) == GPOINTER_TO_INT (data);
}

static gboolean
has_button (Fixture         *fixture,
            McDossierAction  action)
{
  return mc_ui_test_find_widget (GTK_WIDGET (fixture->page), match_act_button,
                                 GINT_TO_POINTER (action)) != NULL;
}

static void
applied_cb (McTransitionDialog *dialog,
            Fixture            *fixture)
{
  fixture->applied++;
}

static McTransitionDialog *
open_action (Fixture         *fixture,
             McDossierAction  action)
{
  McTransitionDialog *dialog = mc_dossier_page_open_action (fixture->page, action);

  g_assert_nonnull (dialog);
  g_signal_connect (dialog, "applied", G_CALLBACK (applied_cb), fixture);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

typedef struct
{
  McTransitionDialog *dialog;
  Fixture            *fixture;
  guint               applied;
} Outcome;

static gboolean
dialog_answered (Outcome *outcome)
{
  return outcome->fixture->applied > outcome->applied ||
         (!mc_transition_dialog_get_busy (outcome->dialog) &&
          mc_transition_dialog_get_error_message (outcome->dialog) != NULL);
}

/* Applies @dialog; returns the error it shows, or NULL once the step was
 * recorded and the dialog closed. */
static char *
apply (Fixture            *fixture,
       McTransitionDialog *dialog)
{
  Outcome outcome = { g_object_ref (dialog), fixture, fixture->applied };
  char *message = NULL;

  mc_transition_dialog_apply (dialog);
  mc_ui_test_wait_until (dialog_answered, &outcome, "the step's answer");

  if (fixture->applied == outcome.applied)
    {
      message = g_strdup (mc_transition_dialog_get_error_message (dialog));
      gtk_window_destroy (GTK_WINDOW (dialog));
    }
  g_object_unref (outcome.dialog);

  return message;
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
  g_autoptr(McDossier) dossier = NULL;

  fixture->clerk = (McActor) { 0, "Nguyễn Thị Lan", "Cán bộ một cửa", MC_STAFF_ROLE_CLERK, "PC-1" };
  fixture->officer = (McActor) { 0, "Trần Văn Hùng", "Công chức tư pháp", MC_STAFF_ROLE_OFFICER, "PC-2" };
  fixture->leader = (McActor) { 0, "Lê Văn Minh", "Phó chủ tịch", MC_STAFF_ROLE_LEADER, "PC-3" };

  g_mkdir_with_parents (g_get_user_data_dir (), 0700);
  fixture->context = mc_context_new ();
  g_assert_true (mc_ui_test_open_database (fixture->context, path,
                                           MC_CONTEXT_OPEN_SEED_IF_EMPTY, &error));
  g_assert_no_error (error);

  fixture->clerk.staff_id = find_staff (fixture, "lan");
  fixture->officer.staff_id = find_staff (fixture, "hung");
  fixture->leader.staff_id = find_staff (fixture, "minh");

  dossier = mc_ui_test_run_on_worker (fixture->context, receive_work, &fixture->clerk);
  fixture->code = g_strdup (mc_dossier_get_code (dossier));

  fixture->page = MC_DOSSIER_PAGE (mc_dossier_page_new (mc_context_get_dossiers (fixture->context)));
  mc_dossier_page_set_actor (fixture->page, &fixture->clerk);
  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 800, 800);
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->page));
  gtk_window_present (fixture->window);

  mc_dossier_page_load (fixture->page, fixture->code);
  wait_for_version (fixture, 1);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  gtk_window_destroy (fixture->window);
  mc_ui_test_spin (50);
  g_clear_object (&fixture->context);
  g_free (fixture->code);
}

/*
 * Tests
 */

static void
test_offered_actions (Fixture       *fixture,
                      gconstpointer  data)
{
  McDossier *dossier = mc_dossier_page_get_dossier (fixture->page);

  g_assert_cmpstr (mc_dossier_get_code (dossier), ==, fixture->code);
  g_assert_cmpint (mc_dossier_get_status (dossier), ==, MC_DOSSIER_STATUS_ACCEPTED);
  g_assert_cmpuint (mc_dossier_page_get_events (fixture->page)->len, ==, 1);

  /* The counter hands an accepted dossier over, or lets it be withdrawn. */
  g_assert_true (offers (fixture, MC_DOSSIER_ACTION_HAND_OVER));
  g_assert_true (offers (fixture, MC_DOSSIER_ACTION_WITHDRAW));
  g_assert_false (offers (fixture, MC_DOSSIER_ACTION_MARK_PROCESSED));
  g_assert_false (offers (fixture, MC_DOSSIER_ACTION_EDIT));
  g_assert_true (has_button (fixture, MC_DOSSIER_ACTION_HAND_OVER));
  g_assert_false (has_button (fixture, MC_DOSSIER_ACTION_MARK_PROCESSED));

  /* An officer cannot hand over what the counter holds. */
  mc_dossier_page_set_actor (fixture->page, &fixture->officer);
  g_assert_false (offers (fixture, MC_DOSSIER_ACTION_HAND_OVER));
  g_assert_false (has_button (fixture, MC_DOSSIER_ACTION_HAND_OVER));
  g_assert_false (offers (fixture, MC_DOSSIER_ACTION_WITHDRAW));
}

static void
test_workflow (Fixture       *fixture,
               gconstpointer  data)
{
  McTransitionDialog *dialog;
  g_autofree char *message = NULL;
  McDossier *dossier;
  const McDossierEvent *event;
  GPtrArray *events;

  /* Hand over to the officer */
  dialog = open_action (fixture, MC_DOSSIER_ACTION_HAND_OVER);
  mc_transition_dialog_set_receiver (dialog, fixture->officer.staff_id);
  g_assert_null (apply (fixture, dialog));
  wait_for_version (fixture, 2);
  g_assert_true (mc_dossier_page_get_events (fixture->page)->len == 2);

  /* The leader cannot take a hand-over addressed to the officer: the
   * core's reason is shown in the dialog. */
  mc_dossier_page_set_actor (fixture->page, &fixture->leader);
  g_assert_true (offers (fixture, MC_DOSSIER_ACTION_ACKNOWLEDGE));
  dialog = open_action (fixture, MC_DOSSIER_ACTION_ACKNOWLEDGE);
  message = apply (fixture, dialog);
  g_assert_nonnull (message);
  g_assert_nonnull (strstr (message, "addressed to another staff member"));
  g_clear_pointer (&message, g_free);

  /* The officer acknowledges */
  mc_dossier_page_set_actor (fixture->page, &fixture->officer);
  dialog = open_action (fixture, MC_DOSSIER_ACTION_ACKNOWLEDGE);
  g_assert_null (apply (fixture, dialog));
  wait_for_version (fixture, 3);
  dossier = mc_dossier_page_get_dossier (fixture->page);
  g_assert_cmpint (mc_dossier_get_status (dossier), ==, MC_DOSSIER_STATUS_PROCESSING);
  g_assert_cmpint (mc_dossier_get_assignee_id (dossier), ==, fixture->officer.staff_id);
  g_assert_true (offers (fixture, MC_DOSSIER_ACTION_MARK_PROCESSED));

  /* A supplement request needs its reason */
  dialog = open_action (fixture, MC_DOSSIER_ACTION_REQUEST_SUPPLEMENT);
  mc_transition_dialog_set_papers (dialog, "Giấy xác nhận cư trú");
  message = apply (fixture, dialog);
  g_assert_nonnull (message);
  g_assert_nonnull (strstr (message, "needs a reason"));
  g_clear_pointer (&message, g_free);

  /* Processed */
  dialog = open_action (fixture, MC_DOSSIER_ACTION_MARK_PROCESSED);
  mc_transition_dialog_set_note (dialog, "Đã ký giấy xác nhận");
  g_assert_null (apply (fixture, dialog));
  wait_for_version (fixture, 4);
  g_assert_cmpint (mc_dossier_get_status (mc_dossier_page_get_dossier (fixture->page)), ==,
                   MC_DOSSIER_STATUS_PROCESSED);

  /* The counter returns the result */
  mc_dossier_page_set_actor (fixture->page, &fixture->clerk);
  g_assert_true (offers (fixture, MC_DOSSIER_ACTION_RETURN_RESULT));
  dialog = open_action (fixture, MC_DOSSIER_ACTION_RETURN_RESULT);
  mc_transition_dialog_set_recipient (dialog, "Nguyễn Văn Bình", FALSE);
  g_assert_null (apply (fixture, dialog));
  wait_for_version (fixture, 5);
  g_assert_cmpint (mc_dossier_get_status (mc_dossier_page_get_dossier (fixture->page)), ==,
                   MC_DOSSIER_STATUS_RETURNED);
  events = mc_dossier_page_get_events (fixture->page);
  event = g_ptr_array_index (events, events->len - 1);
  g_assert_cmpint (event->action, ==, MC_DOSSIER_ACTION_RETURN_RESULT);
  g_assert_nonnull (strstr (event->details, "Nguyễn Văn Bình"));
  save_screenshot (GTK_WIDGET (fixture->window), "dossier-page.png");

  /* The evaluation: every index must be answered */
  g_assert_true (offers (fixture, MC_DOSSIER_ACTION_EVALUATE));
  dialog = open_action (fixture, MC_DOSSIER_ACTION_EVALUATE);
  save_screenshot (GTK_WIDGET (dialog), "evaluation-dialog.png");
  g_object_ref (dialog);
  mc_transition_dialog_apply (dialog);
  g_assert_nonnull (mc_transition_dialog_get_error_message (dialog));
  for (guint index = 1; index <= 9; index++)
    mc_transition_dialog_set_answer (dialog, index, index == 3 ? 1 : 0);
  mc_transition_dialog_set_answer (dialog, MC_EVALUATION_OVERALL, 0);
  g_assert_null (apply (fixture, dialog));
  g_object_unref (dialog);
  wait_for_version (fixture, 6);

  events = mc_dossier_page_get_events (fixture->page);
  event = g_ptr_array_index (events, events->len - 1);
  g_assert_cmpint (event->action, ==, MC_DOSSIER_ACTION_EVALUATE);
  g_assert_nonnull (strstr (event->details, "\"3\":1"));
  g_assert_nonnull (strstr (event->details, "\"1\":2"));
  g_assert_nonnull (strstr (event->details, "Rất hài lòng"));
  g_assert_false (offers (fixture, MC_DOSSIER_ACTION_EVALUATE));
}

/*
 * Correcting the data
 */

static void
saved_cb (McDossierEditDialog *dialog,
          Fixture             *fixture)
{
  fixture->applied++;
}

static gboolean
edit_answered (Outcome *outcome)
{
  McDossierEditDialog *dialog = (McDossierEditDialog *) outcome->dialog;

  return outcome->fixture->applied > outcome->applied ||
         (!mc_dossier_edit_dialog_get_busy (dialog) &&
          mc_dossier_edit_dialog_get_error_message (dialog) != NULL);
}

/* Saves @dialog; returns the error it shows, or NULL once the correction
 * was recorded and the dialog closed. The dialog stays open on an error. */
static char *
save_edit (Fixture             *fixture,
           McDossierEditDialog *dialog)
{
  Outcome outcome = { (McTransitionDialog *) g_object_ref (dialog), fixture, fixture->applied };
  char *message = NULL;

  mc_dossier_edit_dialog_save (dialog);
  mc_ui_test_wait_until (edit_answered, &outcome, "the correction's answer");

  if (fixture->applied == outcome.applied)
    message = g_strdup (mc_dossier_edit_dialog_get_error_message (dialog));
  g_object_unref (dialog);

  return message;
}

static void
set_row (GtkWidget  *dialog,
         const char *title,
         const char *text)
{
  GtkWidget *row = mc_ui_test_find_widget (dialog, mc_ui_test_match_row, title);

  g_assert_nonnull (row);
  gtk_editable_set_text (GTK_EDITABLE (row), text);
}

static gboolean
match_label_text (GtkWidget     *widget,
                  gconstpointer  data)
{
  return GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
         strstr (gtk_label_get_label (GTK_LABEL (widget)), data) != NULL;
}

static void
test_edit (Fixture       *fixture,
           gconstpointer  data)
{
  McDossierEditDialog *dialog;
  GtkWidget *phone_row;
  GtkWidget *button;
  g_autofree char *message = NULL;
  McDossier *dossier;
  const McDossierEvent *event;
  GPtrArray *events;

  /* Offered beside the steps while the dossier is open. */
  g_assert_true (mc_dossier_page_get_can_edit (fixture->page));
  button = mc_ui_test_find_widget (GTK_WIDGET (fixture->page), mc_ui_test_match_action_button,
                                   "dossier.edit");
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_get_mapped (button));

  dialog = mc_dossier_page_open_edit (fixture->page);
  g_assert_nonnull (dialog);
  g_signal_connect (dialog, "saved", G_CALLBACK (saved_cb), fixture);
  gtk_window_present (GTK_WINDOW (dialog));

  /* Prefilled from the dossier. */
  phone_row = mc_ui_test_find_widget (GTK_WIDGET (dialog), mc_ui_test_match_row, "Phone");
  g_assert_nonnull (phone_row);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (phone_row)), ==, "0912345678");

  /* A wrong phone number is marked on its row, and not saved. */
  gtk_editable_set_text (GTK_EDITABLE (phone_row), "012345");
  g_assert_true (gtk_widget_has_css_class (phone_row, "error"));
  message = save_edit (fixture, dialog);
  g_assert_nonnull (message);
  g_assert_true (g_str_has_prefix (message, "Phone: "));
  g_clear_pointer (&message, g_free);

  /* The reason is required. */
  gtk_editable_set_text (GTK_EDITABLE (phone_row), "0987 654 321");
  g_assert_false (gtk_widget_has_css_class (phone_row, "error"));
  message = save_edit (fixture, dialog);
  g_assert_nonnull (message);
  g_assert_nonnull (strstr (message, "Reason for the Correction"));
  g_clear_pointer (&message, g_free);

  set_row (GTK_WIDGET (dialog), "Reason for the Correction", "Công dân báo sai số điện thoại");
  save_screenshot (GTK_WIDGET (dialog), "edit-dialog.png");
  g_assert_null (save_edit (fixture, dialog));
  wait_for_version (fixture, 2);

  dossier = mc_dossier_page_get_dossier (fixture->page);
  g_assert_cmpstr (mc_dossier_get_phone (dossier), ==, "0987654321");
  g_assert_cmpint (mc_dossier_get_status (dossier), ==, MC_DOSSIER_STATUS_ACCEPTED);
  events = mc_dossier_page_get_events (fixture->page);
  event = g_ptr_array_index (events, events->len - 1);
  g_assert_cmpint (event->action, ==, MC_DOSSIER_ACTION_EDIT);
  g_assert_cmpstr (event->note, ==, "Công dân báo sai số điện thoại");

  /* The timeline shows the change. */
  g_assert_nonnull (mc_ui_test_find_widget (GTK_WIDGET (fixture->page), match_label_text,
                                            "Phone: 0912345678 → 0987654321"));
  g_assert_nonnull (mc_ui_test_find_widget (GTK_WIDGET (fixture->page), match_label_text,
                                            "Data corrected"));
  save_screenshot (GTK_WIDGET (fixture->window), "dossier-page-edited.png");

  /* Nothing more to correct: the core's reason is shown. */
  dialog = mc_dossier_page_open_edit (fixture->page);
  g_signal_connect (dialog, "saved", G_CALLBACK (saved_cb), fixture);
  gtk_window_present (GTK_WINDOW (dialog));
  mc_dossier_edit_dialog_set_reason (dialog, "Kiểm tra lại");
  message = save_edit (fixture, dialog);
  g_assert_nonnull (message);
  g_assert_nonnull (strstr (message, "Nothing was changed"));
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/*
 * Printing the dossier's forms again
 */

static GtkMenuButton *
print_button (Fixture *fixture)
{
  GtkWidget *button = mc_ui_test_find_by_type (fixture->page, GTK_TYPE_MENU_BUTTON);

  g_assert_nonnull (button);
  g_assert_cmpstr (gtk_menu_button_get_label (GTK_MENU_BUTTON (button)), ==, "_Print");
  return GTK_MENU_BUTTON (button);
}

/* The forms the Print menu offers, by their names ("slip"), in its order;
 * each item must print through "dossier.print" with a name as target. */
static char *
offered_forms (Fixture *fixture)
{
  GMenuModel *menu = gtk_menu_button_get_menu_model (print_button (fixture));
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

  g_assert_nonnull (menu);
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autofree char *action = NULL;
      g_autofree char *name = NULL;

      g_assert_true (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_ACTION, "s",
                                                      &action));
      g_assert_cmpstr (action, ==, "dossier.print");
      g_assert_true (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_TARGET, "s",
                                                      &name));
      g_ptr_array_add (names, g_steal_pointer (&name));
    }
  g_ptr_array_add (names, NULL);

  return g_strjoinv (",", (char **) names->pdata);
}

/* A label showing exactly @data, on screen. */
static gboolean
match_label (GtkWidget     *widget,
             gconstpointer  data)
{
  return GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
         g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), data) == 0;
}

/* Chooses @label in the Print menu as the clerk does: opens the menu and
 * activates its item, which runs "dossier.print"; returns the preview it
 * opened, once its first page is on screen. */
static McDocumentPreview *
choose_form (Fixture    *fixture,
             const char *label)
{
  GtkMenuButton *button = print_button (fixture);
  GtkPopover *popover;
  GtkWidget *item_label;
  GtkWidget *item;

  g_assert_null (mc_ui_test_find_preview ());
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (button)));
  gtk_menu_button_popup (button);
  popover = gtk_menu_button_get_popover (button);
  g_assert_nonnull (popover);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (popover)));

  item_label = mc_ui_test_find_widget (GTK_WIDGET (popover), match_label, label);
  g_assert_nonnull (item_label);
  item = gtk_widget_get_ancestor (item_label, GTK_TYPE_ACTIONABLE);
  g_assert_nonnull (item);
  g_assert_true (gtk_widget_activate (item));

  mc_ui_test_wait_until (mc_ui_test_preview_ready, NULL, "the form's preview");
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (popover)));

  return mc_ui_test_find_preview ();
}

/* The preview shows the form @kind of the fixture's dossier, named in its
 * title, on @n_pages A5 pages (148 × 210 mm = 419.5 × 595.3 pt), the
 * first of them on screen. Returns the text of the first page. */
static char *
check_preview (Fixture           *fixture,
               McDocumentPreview *preview,
               McDocumentKind     kind,
               int                n_pages)
{
  McDocument *document = mc_document_preview_get_document (preview);
  GtkWidget *title = mc_ui_test_find_by_type (preview, ADW_TYPE_WINDOW_TITLE);
  McPdfView *view = MC_PDF_VIEW (mc_ui_test_find_by_type (preview, MC_TYPE_PDF_VIEW));
  g_autofree char *expected_title = g_strdup_printf ("%s — %s", mc_document_kind_get_label (kind),
                                                     fixture->code);
  g_autofree char *expected_subtitle = g_strdup_printf ("Page 1 of %d", n_pages);
  g_autoptr(GError) error = NULL;
  PopplerDocument *pdf;
  char *first_text = NULL;

  g_assert_nonnull (document);
  g_assert_cmpint (mc_document_get_kind (document), ==, kind);
  g_assert_cmpstr (adw_window_title_get_title (ADW_WINDOW_TITLE (title)), ==, expected_title);
  g_assert_cmpstr (adw_window_title_get_subtitle (ADW_WINDOW_TITLE (title)), ==, expected_subtitle);
  g_assert_cmpuint (mc_pdf_view_get_n_pages (view), ==, n_pages);
  g_assert_cmpuint (mc_pdf_view_get_n_rendered (view), >, 0);

  pdf = poppler_document_new_from_bytes (mc_document_get_pdf (document), NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (poppler_document_get_n_pages (pdf), ==, n_pages);
  for (int i = 0; i < n_pages; i++)
    {
      PopplerPage *page = poppler_document_get_page (pdf, i);
      char *text = poppler_page_get_text (page);
      double width, height;

      poppler_page_get_size (page, &width, &height);
      g_assert_cmpfloat_with_epsilon (width, 419.53, 1.0);
      g_assert_cmpfloat_with_epsilon (height, 595.28, 1.0);
      /* Drawn from this dossier, not another. */
      g_assert_nonnull (strstr (text, fixture->code));
      g_assert_nonnull (strstr (text, "Nguyễn Văn An"));
      g_object_unref (page);

      if (i == 0)
        first_text = text;
      else
        g_free (text);
    }
  g_object_unref (pdf);

  return first_text;
}

typedef struct
{
  Fixture    *fixture;
  const char *title;
  guint       n_events;
} Timeline;

static gboolean
timeline_shows (Timeline *wanted)
{
  McDossierPage *page = wanted->fixture->page;
  GPtrArray *events = mc_dossier_page_get_events (page);

  return !mc_dossier_page_get_loading (page) && events != NULL &&
         events->len == wanted->n_events &&
         mc_ui_test_find_widget (GTK_WIDGET (page), match_label, wanted->title) != NULL;
}

/* Save as PDF once the clerk chose the file: the file is the form shown,
 * and the dossier's history gets a print event in @actor's name, naming
 * the form and, with @step_id, the step it was printed from, without a
 * new version of the dossier. */
static void
save_form (Fixture           *fixture,
           McDocumentPreview *preview,
           const McActor     *actor,
           const char        *step_id)
{
  McDocument *document = mc_document_preview_get_document (preview);
  McDocumentKind kind = mc_document_get_kind (document);
  guint version = mc_dossier_get_version (mc_dossier_page_get_dossier (fixture->page));
  guint n_events = mc_dossier_page_get_events (fixture->page)->len;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("save-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, mc_document_get_file_name (document), NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GBytes) saved = NULL;
  g_autofree char *title = g_strdup_printf ("Saved as PDF: %s", mc_document_kind_get_label (kind));
  g_autofree char *form = g_strdup_printf ("\"form\":\"%s\"", mc_document_kind_get_name (kind));
  Timeline wanted = { fixture, title, n_events + 1 };
  const McDossierEvent *event;
  GPtrArray *events;

  g_assert_no_error (error);
  g_assert_null (mc_ui_test_find_widget (GTK_WIDGET (fixture->page), match_label, title));

  mc_document_preview_save_to_file (preview, file);
  mc_ui_test_wait_until (timeline_shows, &wanted, "the saved PDF in the timeline");

  saved = g_file_load_bytes (file, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_bytes_equal (saved, mc_document_get_pdf (document)));

  events = mc_dossier_page_get_events (fixture->page);
  event = g_ptr_array_index (events, events->len - 1);
  g_assert_cmpint (event->action, ==, MC_DOSSIER_ACTION_PRINT);
  g_assert_cmpstr (event->actor_name, ==, actor->name);
  g_assert_nonnull (strstr (event->details, form));
  g_assert_nonnull (strstr (event->details, "\"output\":\"file\""));
  if (step_id != NULL)
    {
      g_autofree char *step = g_strdup_printf ("\"step_id\":\"%s\"", step_id);

      g_assert_nonnull (strstr (event->details, step));
    }
  g_assert_cmpuint (mc_dossier_get_version (mc_dossier_page_get_dossier (fixture->page)), ==,
                    version);

  g_unlink (path);
  g_rmdir (dir);
}

static void
test_print_received (Fixture       *fixture,
                     gconstpointer  data)
{
  GtkMenuButton *button = print_button (fixture);
  McDocumentPreview *preview;
  g_autofree char *forms = NULL;
  g_autofree char *text = NULL;

  /* Without the forms, or without anybody signed in, nothing to print. */
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (button)));
  g_assert_null (mc_dossier_page_open_form (fixture->page, "slip"));
  mc_dossier_page_set_documents (fixture->page, mc_context_get_documents (fixture->context));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (button)));
  mc_dossier_page_set_actor (fixture->page, NULL);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (button)));
  mc_dossier_page_set_actor (fixture->page, &fixture->clerk);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (button)));

  /* Just received: the slip and the control sheet that travels with the
   * papers; no step asked for supplements, refused or apologized. */
  forms = offered_forms (fixture);
  g_assert_cmpstr (forms, ==, "slip,control");
  g_assert_null (mc_dossier_page_open_form (fixture->page, "refusal"));
  g_assert_null (mc_dossier_page_open_form (fixture->page, "apology"));
  g_assert_null (mc_dossier_page_open_form (fixture->page, "register"));

  preview = choose_form (fixture, "Control Sheet (Form 05)");
  text = check_preview (fixture, preview, MC_DOCUMENT_CONTROL_SHEET, 1);
  g_assert_nonnull (strstr (text, "PHIẾU KIỂM SOÁT"));
  save_screenshot (GTK_WIDGET (preview), "control-sheet-preview.png");

  save_form (fixture, preview, &fixture->clerk, NULL);
  gtk_window_destroy (GTK_WINDOW (preview));

  /* A print is no step: it causes no other form. */
  g_clear_pointer (&forms, g_free);
  forms = offered_forms (fixture);
  g_assert_cmpstr (forms, ==, "slip,control");
}

static void
test_print_supplement_request (Fixture       *fixture,
                               gconstpointer  data)
{
  McTransitionDialog *dialog;
  McDocumentPreview *preview;
  const McDossierEvent *request;
  GPtrArray *events;
  g_autofree char *step_id = NULL;
  g_autofree char *forms = NULL;
  g_autofree char *text = NULL;

  mc_dossier_page_set_documents (fixture->page, mc_context_get_documents (fixture->context));

  /* Handed over, acknowledged, then the officer asks for a paper. */
  dialog = open_action (fixture, MC_DOSSIER_ACTION_HAND_OVER);
  mc_transition_dialog_set_receiver (dialog, fixture->officer.staff_id);
  g_assert_null (apply (fixture, dialog));
  wait_for_version (fixture, 2);
  mc_dossier_page_set_actor (fixture->page, &fixture->officer);
  dialog = open_action (fixture, MC_DOSSIER_ACTION_ACKNOWLEDGE);
  g_assert_null (apply (fixture, dialog));
  wait_for_version (fixture, 3);

  /* Hand-overs cause no form of their own. */
  forms = offered_forms (fixture);
  g_assert_cmpstr (forms, ==, "slip,control");

  dialog = open_action (fixture, MC_DOSSIER_ACTION_REQUEST_SUPPLEMENT);
  mc_transition_dialog_set_papers (dialog, "Giấy xác nhận cư trú");
  mc_transition_dialog_set_note (dialog, "Thiếu giấy xác nhận cư trú");
  g_assert_null (apply (fixture, dialog));
  wait_for_version (fixture, 4);
  g_assert_cmpint (mc_dossier_get_status (mc_dossier_page_get_dossier (fixture->page)), ==,
                   MC_DOSSIER_STATUS_SUPPLEMENT);
  events = mc_dossier_page_get_events (fixture->page);
  request = g_ptr_array_index (events, events->len - 1);
  g_assert_cmpint (request->action, ==, MC_DOSSIER_ACTION_REQUEST_SUPPLEMENT);
  g_assert_nonnull (request->step_id);
  /* The page frees its history on each reload. */
  step_id = g_strdup (request->step_id);

  /* Mẫu 02 is offered in its place among the forms' numbers. */
  g_clear_pointer (&forms, g_free);
  forms = offered_forms (fixture);
  g_assert_cmpstr (forms, ==, "slip,supplement,control");

  preview = choose_form (fixture, "Supplement Request (Form 02)");
  text = check_preview (fixture, preview, MC_DOCUMENT_SUPPLEMENT_REQUEST, 1);

  /* The paper the officer asked for, the request's reason as typed,
   * and the officer as the guide the citizen may call. */
  g_assert_nonnull (strstr (text, "PHIẾU YÊU CẦU BỔ SUNG"));
  g_assert_nonnull (strstr (text, "Bản sao\nGiấy xác nhận cư trú\nLý do:"));
  g_assert_nonnull (strstr (text, "Lý do: Thiếu giấy xác nhận cư trú."));
  g_assert_nonnull (strstr (text, fixture->officer.name));

  save_form (fixture, preview, &fixture->officer, step_id);
  gtk_window_destroy (GTK_WINDOW (preview));
}

static gboolean
page_empty (Fixture *fixture)
{
  return !mc_dossier_page_get_loading (fixture->page) &&
         mc_dossier_page_get_dossier (fixture->page) == NULL;
}

static void
test_unknown_code (Fixture       *fixture,
                   gconstpointer  data)
{
  AdwStatusPage *status;

  mc_dossier_page_load (fixture->page, "000.17.22.H56-991231-9999");
  mc_ui_test_wait_until (page_empty, fixture, "the page to give up");

  status = ADW_STATUS_PAGE (mc_ui_test_find_by_type (fixture->page, ADW_TYPE_STATUS_PAGE));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (status)));
  g_assert_nonnull (strstr (adw_status_page_get_description (status), "No dossier has the code"));
}

int
main (int   argc,
      char *argv[])
{
  if (!mc_ui_test_init (&argc, &argv))
    return 1;

  /* The application's style, for the screenshots. */
  {
    g_autoptr(GtkCssProvider) provider = gtk_css_provider_new ();

    gtk_css_provider_load_from_resource (provider, RESOURCE_BASE "/style.css");
    gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                                GTK_STYLE_PROVIDER (provider),
                                                GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  }

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/dossier-page/offered-actions", test_offered_actions);
  ADD ("/dossier-page/workflow", test_workflow);
  ADD ("/dossier-page/edit", test_edit);
  ADD ("/dossier-page/unknown-code", test_unknown_code);
  ADD ("/dossier-page/print-received", test_print_received);
  ADD ("/dossier-page/print-supplement-request", test_print_supplement_request);
#undef ADD

  return g_test_run ();
}
