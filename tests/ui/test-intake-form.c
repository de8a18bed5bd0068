/* test-intake-form.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Widget tests of the intake form: the real McIntakeForm on a real
 * database (the bundled catalogue, the demo staff and office identity)
 * opened by McContext on its worker thread, filled through its rows and
 * buttons. What it claims to have received is read back through
 * McDossierStore on the same worker. Needs a display: run under xvfb-run.
 * With MOTCUA_SCREENSHOTS=DIR, the filled form is saved as a PNG there. */

#include "config.h"

#include "mc-context.h"
#include "mc-dossier-store.h"
#include "mc-intake-form.h"
#include "mc-procedure-store.h"
#include "mc-ui-test-util.h"
#include "mc-working-calendar.h"

/* 3 and 7 working days; the second states a fee of 20 000 đồng. */
#define PROCEDURE_SHORT "1.004873"
#define PROCEDURE_LONG  "1.004222"

#define ID_ROW       "Identity Number (CCCD or CMND)"
#define NAME_ROW     "Full Name"
#define PHONE_ROW    "Phone"
#define ADDRESS_ROW  "Address"
#define FEE_ROW      "Fee Due (đồng)"
#define RECEIVED_ROW "Received At (DD/MM/YYYY HH:MM, empty for now)"

typedef struct
{
  McContext    *context;
  GtkWindow    *window;
  McIntakeForm *form;
  McProcedure  *short_procedure;
  McProcedure  *long_procedure;
  McDossier    *received;
  guint         received_count;
} Fixture;

/*
 * The database, through the worker
 */

static gpointer
load_dossier_work (McDatabase  *db,
                   gpointer     data,
                   GError     **error)
{
  return mc_dossier_store_load (db, data, error);
}

static gpointer
list_events_work (McDatabase  *db,
                  gpointer     data,
                  GError     **error)
{
  return mc_dossier_store_list_events (db, data, error);
}

static gpointer
find_staff_work (McDatabase  *db,
                 gpointer     data,
                 GError     **error)
{
  return GSIZE_TO_POINTER ((gsize) mc_dossier_store_find_staff (db, data, error));
}

/*
 * The form's widgets
 */

static AdwEntryRow *
find_row (Fixture    *fixture,
          const char *title)
{
  GtkWidget *row = mc_ui_test_find_widget (GTK_WIDGET (fixture->form), mc_ui_test_match_row, title);

  g_assert_nonnull (row);
  return ADW_ENTRY_ROW (row);
}

static void
type_into (Fixture    *fixture,
           const char *title,
           const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (find_row (fixture, title)), text);
}

/* The message shown under the row titled @title, or NULL. */
static const char *
field_message (Fixture    *fixture,
               const char *title,
               gboolean   *is_error)
{
  GtkWidget *row = GTK_WIDGET (find_row (fixture, title));
  GtkWidget *message_row = gtk_widget_get_next_sibling (row);
  GtkWidget *label = gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (message_row));

  g_assert_true (GTK_IS_LABEL (label));
  if (is_error != NULL)
    *is_error = gtk_widget_has_css_class (row, "error");
  if (!gtk_widget_get_visible (message_row))
    return NULL;

  return gtk_label_get_label (GTK_LABEL (label));
}

static gboolean
match_label_prefix (GtkWidget     *widget,
                    gconstpointer  data)
{
  return GTK_IS_LABEL (widget) && gtk_widget_get_visible (widget) &&
         g_str_has_prefix (gtk_label_get_label (GTK_LABEL (widget)), data);
}

static const char *
appointment_text (Fixture *fixture)
{
  GtkWidget *label = mc_ui_test_find_widget (GTK_WIDGET (fixture->form), match_label_prefix,
                                             "Appointment: ");

  return label != NULL ? gtk_label_get_label (GTK_LABEL (label)) : NULL;
}

static gboolean
receive_enabled (Fixture *fixture)
{
  GtkWidget *button = mc_ui_test_find_widget (GTK_WIDGET (fixture->form),
                                              mc_ui_test_match_action_button, "intake.receive");

  g_assert_nonnull (button);
  return gtk_widget_is_sensitive (button);
}

static gboolean
refuse_enabled (Fixture *fixture)
{
  GtkWidget *button = mc_ui_test_find_widget (GTK_WIDGET (fixture->form),
                                              mc_ui_test_match_action_button, "intake.refuse");

  g_assert_nonnull (button);
  return gtk_widget_is_sensitive (button);
}

/* The refusal dialog open over the form's window, or NULL. */
static AdwMessageDialog *
find_refusal_dialog (void)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data) && gtk_widget_get_visible (l->data))
      return l->data;

  return NULL;
}

static gboolean
refusal_dialog_shown (gpointer data)
{
  return find_refusal_dialog () != NULL;
}

/* Presses "Refuse…", which answers after its pressed look. */
static AdwMessageDialog *
open_refusal_dialog (Fixture *fixture)
{
  GtkWidget *button = mc_ui_test_find_widget (GTK_WIDGET (fixture->form),
                                              mc_ui_test_match_action_button, "intake.refuse");

  g_assert_nonnull (button);
  gtk_widget_activate (button);
  mc_ui_test_wait_until (refusal_dialog_shown, NULL, "the refusal dialog");
  return find_refusal_dialog ();
}

static gboolean
has_due (Fixture *fixture)
{
  return mc_intake_form_get_due (fixture->form) != NULL;
}

typedef struct
{
  Fixture   *fixture;
  GDateTime *old;
} DueChange;

static gboolean
due_changed (DueChange *change)
{
  GDateTime *due = mc_intake_form_get_due (change->fixture->form);

  return due != NULL && (change->old == NULL || !g_date_time_equal (due, change->old));
}

static GDateTime *
wait_for_new_due (Fixture   *fixture,
                  GDateTime *old)
{
  DueChange change = { fixture, old };

  mc_ui_test_wait_until (due_changed, &change, "the appointment to change");
  return g_date_time_ref (mc_intake_form_get_due (fixture->form));
}

static void
assert_label_shows (Fixture   *fixture,
                    GDateTime *due)
{
  g_autofree char *when = g_date_time_format (due, "%A, %d/%m/%Y %H:%M");
  g_autofree char *expected = g_strdup_printf ("Appointment: %s", when);

  g_assert_cmpstr (appointment_text (fixture), ==, expected);
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
received_cb (McIntakeForm *form,
             McDossier    *dossier,
             Fixture      *fixture)
{
  g_set_object (&fixture->received, dossier);
  fixture->received_count++;
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "intake.sqlite", NULL);
  McActor clerk = { 0, "Nguyễn Thị Lan", "Cán bộ một cửa", MC_STAFF_ROLE_CLERK, "PC-1" };

  g_mkdir_with_parents (g_get_user_data_dir (), 0700);
  fixture->context = mc_context_new ();
  g_assert_true (mc_ui_test_open_database (fixture->context, path,
                                           MC_CONTEXT_OPEN_SEED_IF_EMPTY, &error));
  g_assert_no_error (error);

  fixture->short_procedure = mc_ui_test_load_procedure (fixture->context, PROCEDURE_SHORT);
  fixture->long_procedure = mc_ui_test_load_procedure (fixture->context, PROCEDURE_LONG);
  clerk.staff_id = (gint64) GPOINTER_TO_SIZE (mc_ui_test_run_on_worker (fixture->context, find_staff_work, "lan"));
  g_assert_cmpint (clerk.staff_id, >, 0);

  fixture->form = MC_INTAKE_FORM (mc_intake_form_new (mc_context_get_dossiers (fixture->context)));
  mc_intake_form_set_actor (fixture->form, &clerk);
  g_signal_connect (fixture->form, "received", G_CALLBACK (received_cb), fixture);

  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 800, 1400);
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->form));
  gtk_window_present (fixture->window);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  gtk_window_destroy (fixture->window);
  mc_ui_test_spin (50);
  g_clear_object (&fixture->received);
  g_clear_object (&fixture->short_procedure);
  g_clear_object (&fixture->long_procedure);
  g_clear_object (&fixture->context);
}

/*
 * Tests
 */

static void
test_defaults (Fixture       *fixture,
               gconstpointer  data)
{
  mc_intake_form_set_procedure (fixture->form, fixture->long_procedure);

  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (find_row (fixture, "Number of Sets"))), ==, "1");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (find_row (fixture, FEE_ROW))), ==, "20000");

  /* Nothing typed yet: no errors, but nothing to receive either. */
  g_assert_null (field_message (fixture, NAME_ROW, NULL));
  g_assert_false (mc_intake_form_get_valid (fixture->form));
  g_assert_false (receive_enabled (fixture));

  type_into (fixture, NAME_ROW, "Nguyễn Văn An");
  g_assert_true (mc_intake_form_get_valid (fixture->form));
  g_assert_true (receive_enabled (fixture));
}

static void
test_field_errors (Fixture       *fixture,
                   gconstpointer  data)
{
  const char *message;
  gboolean is_error;

  mc_intake_form_set_procedure (fixture->form, fixture->short_procedure);
  type_into (fixture, NAME_ROW, "Nguyễn Văn An");

  /* A CCCD with an unknown province code */
  type_into (fixture, ID_ROW, "000203012345");
  message = field_message (fixture, ID_ROW, &is_error);
  g_assert_nonnull (message);
  g_assert_nonnull (strstr (message, "province code"));
  g_assert_true (is_error);
  g_assert_false (receive_enabled (fixture));

  /* Century/sex digit against the birth date */
  type_into (fixture, "Date of Birth (DD/MM/YYYY)", "01/01/1990");
  type_into (fixture, ID_ROW, "001203012345");
  message = field_message (fixture, ID_ROW, &is_error);
  g_assert_nonnull (message);
  g_assert_nonnull (strstr (message, "fourth digit"));
  g_assert_true (is_error);
  type_into (fixture, "Date of Birth (DD/MM/YYYY)", "");

  /* The old CMND: a warning, not an error */
  type_into (fixture, ID_ROW, "123456789");
  message = field_message (fixture, ID_ROW, &is_error);
  g_assert_nonnull (message);
  g_assert_false (is_error);
  g_assert_true (receive_enabled (fixture));

  /* A valid CCCD clears it */
  type_into (fixture, ID_ROW, "001203012345");
  g_assert_null (field_message (fixture, ID_ROW, &is_error));
  g_assert_false (is_error);

  /* Phone */
  type_into (fixture, PHONE_ROW, "12345");
  message = field_message (fixture, PHONE_ROW, &is_error);
  g_assert_nonnull (message);
  g_assert_true (is_error);
  g_assert_false (receive_enabled (fixture));
  type_into (fixture, ID_ROW, "123456789");
  save_screenshot (mc_ui_test_find_by_type (fixture->form, ADW_TYPE_CLAMP), "intake-form-errors.png");
  type_into (fixture, PHONE_ROW, "0912 345 678");
  g_assert_null (field_message (fixture, PHONE_ROW, &is_error));
  g_assert_true (receive_enabled (fixture));

  /* A citizen's name has no digits */
  type_into (fixture, NAME_ROW, "Nguyễn Văn 3");
  g_assert_nonnull (field_message (fixture, NAME_ROW, &is_error));
  g_assert_true (is_error);
  g_assert_false (receive_enabled (fixture));

  /* A receipt in the future */
  type_into (fixture, NAME_ROW, "Nguyễn Văn An");
  type_into (fixture, RECEIVED_ROW, "01/01/2099 08:00");
  g_assert_nonnull (field_message (fixture, RECEIVED_ROW, &is_error));
  g_assert_false (receive_enabled (fixture));
}

static void
test_appointment (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GDateTime) now_due = NULL;
  g_autoptr(GDateTime) short_due = NULL;
  g_autoptr(GDateTime) long_due = NULL;
  g_autoptr(GDateTime) received = g_date_time_new (mc_working_calendar_get_time_zone (),
                                                   2026, 11, 2, 9, 0, 0);

  g_assert_null (appointment_text (fixture));

  mc_intake_form_set_procedure (fixture->form, fixture->short_procedure);
  mc_ui_test_wait_until (has_due, fixture, "the appointment");
  now_due = g_date_time_ref (mc_intake_form_get_due (fixture->form));
  assert_label_shows (fixture, now_due);

  /* Received on Monday 2 November 2026 at 09:00: three working days */
  type_into (fixture, RECEIVED_ROW, "02/11/2026 09:00");
  short_due = wait_for_new_due (fixture, now_due);
  assert_label_shows (fixture, short_due);
  g_assert_cmpint (g_date_time_compare (short_due, received), >, 0);
  g_assert_cmpint (g_date_time_get_year (short_due), ==, 2026);
  g_assert_cmpint (g_date_time_get_month (short_due), ==, 11);
  g_assert_cmpint (g_date_time_get_day_of_month (short_due), ==, 5);

  /* Seven working days for the other procedure */
  mc_intake_form_set_procedure (fixture->form, fixture->long_procedure);
  long_due = wait_for_new_due (fixture, short_due);
  assert_label_shows (fixture, long_due);
  g_assert_cmpint (g_date_time_compare (long_due, short_due), >, 0);
  g_assert_cmpint (g_date_time_get_day_of_month (long_due), ==, 11);
}

static gboolean
was_received (Fixture *fixture)
{
  return fixture->received_count > 0;
}

static gboolean
suggestions_shown (Fixture *fixture)
{
  return mc_ui_test_find_widget (GTK_WIDGET (fixture->form), mc_ui_test_match_action_button,
                                 "intake.use-address") != NULL;
}

static gboolean
address_filled (Fixture *fixture)
{
  return g_str_equal (gtk_editable_get_text (GTK_EDITABLE (find_row (fixture, ADDRESS_ROW))),
                      "Thôn Đông, xã Mẫu");
}

static void
test_receive (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(McDossier) stored = NULL;
  GPtrArray *components;
  GtkWidget *button;
  GDateTime *due;

  mc_intake_form_set_procedure (fixture->form, fixture->long_procedure);
  type_into (fixture, NAME_ROW, "Nguyễn Văn An");
  type_into (fixture, ID_ROW, "001203012345");
  type_into (fixture, PHONE_ROW, "0912 345 678");
  type_into (fixture, "Email", "an@example.vn");
  type_into (fixture, ADDRESS_ROW, "Thôn Đông, xã Mẫu");
  type_into (fixture, RECEIVED_ROW, "02/11/2026 09:00");
  mc_ui_test_wait_until (has_due, fixture, "the appointment");
  save_screenshot (mc_ui_test_find_by_type (fixture->form, ADW_TYPE_CLAMP), "intake-form.png");

  due = g_date_time_ref (mc_intake_form_get_due (fixture->form));
  button = mc_ui_test_find_widget (GTK_WIDGET (fixture->form), mc_ui_test_match_action_button,
                                   "intake.receive");
  g_assert_true (gtk_widget_is_sensitive (button));
  gtk_widget_activate (button);
  mc_ui_test_wait_until (was_received, fixture, "the dossier to be received");

  g_assert_nonnull (fixture->received);
  stored = mc_ui_test_run_on_worker (fixture->context, load_dossier_work,
                          mc_dossier_get_code (fixture->received));
  g_assert_cmpstr (mc_dossier_get_applicant_name (stored), ==, "Nguyễn Văn An");
  g_assert_cmpstr (mc_dossier_get_id_number (stored), ==, "001203012345");
  g_assert_cmpstr (mc_dossier_get_procedure_code (stored), ==, PROCEDURE_LONG);
  g_assert_cmpstr (mc_dossier_get_address (stored), ==, "Thôn Đông, xã Mẫu");
  g_assert_cmpint (mc_dossier_get_fee (stored), ==, 20000);
  g_assert_cmpint (mc_dossier_get_set_count (stored), ==, 1);
  g_assert_cmpint (mc_dossier_get_channel (stored), ==, MC_CHANNEL_COUNTER);
  g_assert_true (mc_dossier_get_entered_late (stored));
  g_assert_true (g_date_time_equal (mc_dossier_get_due_at (stored), due));
  components = mc_dossier_get_components (stored);
  g_assert_cmpuint (components->len, ==, mc_procedure_get_components (fixture->long_procedure)->len);
  for (guint i = 0; i < components->len; i++)
    g_assert_true (((McDossierComponent *) g_ptr_array_index (components, i))->provided);
  g_date_time_unref (due);

  /* The form is ready for the next applicant, and shows the code. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (find_row (fixture, NAME_ROW))), ==, "");
  g_assert_nonnull (mc_ui_test_find_widget (GTK_WIDGET (fixture->form), match_label_prefix,
                                            "Dossier "));
  g_assert_false (receive_enabled (fixture));

  /* The address typed is offered again. */
  type_into (fixture, ADDRESS_ROW, "thôn đ");
  mc_ui_test_wait_until (suggestions_shown, fixture, "the address to be suggested");
  button = mc_ui_test_find_widget (GTK_WIDGET (fixture->form), mc_ui_test_match_action_button,
                                   "intake.use-address");
  gtk_widget_activate (button);
  mc_ui_test_wait_until (address_filled, fixture, "the address to be filled in");
  g_assert_false (suggestions_shown (fixture));
}

static void
test_unticked_paper (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(McDossier) stored = NULL;
  GtkWidget *check;

  mc_intake_form_set_procedure (fixture->form, fixture->short_procedure);
  g_assert_cmpuint (mc_procedure_get_components (fixture->short_procedure)->len, >, 0);
  check = mc_ui_test_find_by_type (fixture->form, GTK_TYPE_CHECK_BUTTON);
  g_assert_nonnull (check);
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), FALSE);

  type_into (fixture, NAME_ROW, "Trần Thị Bình");
  gtk_widget_activate_action (GTK_WIDGET (fixture->form), "intake.receive", NULL);
  mc_ui_test_wait_until (was_received, fixture, "the dossier to be received");

  stored = mc_ui_test_run_on_worker (fixture->context, load_dossier_work,
                          mc_dossier_get_code (fixture->received));
  g_assert_false (((McDossierComponent *) g_ptr_array_index (mc_dossier_get_components (stored), 0))->provided);
  g_assert_false (mc_dossier_get_entered_late (stored));
}

static void
test_refuse (Fixture       *fixture,
             gconstpointer  data)
{
  const char *reason = "Thiếu bản sao giấy khai sinh";
  g_autoptr(McDossier) stored = NULL;
  g_autoptr(GPtrArray) events = NULL;
  McDossierEvent *event;
  AdwMessageDialog *dialog;
  GtkWidget *entry;

  /* A name and a procedure are needed first. */
  g_assert_false (refuse_enabled (fixture));
  type_into (fixture, NAME_ROW, "Hoàng Văn Dũng");
  g_assert_false (refuse_enabled (fixture));
  mc_intake_form_set_procedure (fixture->form, fixture->short_procedure);
  g_assert_true (refuse_enabled (fixture));
  type_into (fixture, NAME_ROW, "Hoàng Văn 3");
  g_assert_false (refuse_enabled (fixture));
  type_into (fixture, NAME_ROW, "Hoàng Văn Dũng");
  type_into (fixture, PHONE_ROW, "0912 345 678");

  dialog = open_refusal_dialog (fixture);

  /* The reason is required: blank does not do. */
  entry = adw_message_dialog_get_extra_child (dialog);
  g_assert_true (GTK_IS_EDITABLE (entry));
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "refuse"));
  gtk_editable_set_text (GTK_EDITABLE (entry), "   ");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "refuse"));

  /* Cancelling enters nothing. */
  adw_message_dialog_response (dialog, "cancel");
  gtk_window_destroy (GTK_WINDOW (dialog));
  mc_ui_test_spin (50);
  g_assert_cmpuint (fixture->received_count, ==, 0);
  g_assert_null (find_refusal_dialog ());

  dialog = open_refusal_dialog (fixture);
  entry = adw_message_dialog_get_extra_child (dialog);
  gtk_editable_set_text (GTK_EDITABLE (entry), reason);
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "refuse"));
  save_screenshot (GTK_WIDGET (dialog), "intake-form-refuse.png");
  adw_message_dialog_response (dialog, "refuse");
  gtk_window_destroy (GTK_WINDOW (dialog));
  mc_ui_test_wait_until (was_received, fixture, "the refused dossier to be entered");

  /* Status 3, no appointment running, the reason in its only event. */
  g_assert_cmpuint (fixture->received_count, ==, 1);
  g_assert_cmpint (mc_dossier_get_status (fixture->received), ==, MC_DOSSIER_STATUS_REFUSED);
  stored = mc_ui_test_run_on_worker (fixture->context, load_dossier_work,
                          mc_dossier_get_code (fixture->received));
  g_assert_cmpint (mc_dossier_get_status (stored), ==, MC_DOSSIER_STATUS_REFUSED);
  g_assert_cmpstr (mc_dossier_get_applicant_name (stored), ==, "Hoàng Văn Dũng");
  g_assert_cmpstr (mc_dossier_get_procedure_code (stored), ==, PROCEDURE_SHORT);
  events = mc_ui_test_run_on_worker (fixture->context, list_events_work, mc_dossier_get_code (stored));
  g_assert_cmpuint (events->len, ==, 1);
  event = g_ptr_array_index (events, 0);
  g_assert_cmpint (event->action, ==, MC_DOSSIER_ACTION_REFUSE_AT_COUNTER);
  g_assert_cmpint (event->status_after, ==, MC_DOSSIER_STATUS_REFUSED);
  g_assert_cmpstr (event->note, ==, reason);

  /* The form is ready for the next applicant and says what happened. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (find_row (fixture, NAME_ROW))), ==, "");
  g_assert_nonnull (mc_ui_test_find_widget (GTK_WIDGET (fixture->form), match_label_prefix,
                                            "Dossier "));
  g_assert_false (refuse_enabled (fixture));
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
  ADD ("/intake-form/defaults", test_defaults);
  ADD ("/intake-form/field-errors", test_field_errors);
  ADD ("/intake-form/appointment", test_appointment);
  ADD ("/intake-form/receive", test_receive);
  ADD ("/intake-form/unticked-paper", test_unticked_paper);
  ADD ("/intake-form/refuse", test_refuse);
#undef ADD

  return g_test_run ();
}
