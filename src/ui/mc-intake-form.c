/* mc-intake-form.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-intake-form"

#include "config.h"

#include <glib/gi18n.h>
#include "mc-address-suggestions.h"
#include "mc-error.h"
#include "mc-intake-appointment.h"
#include "mc-intake-check.h"
#include "mc-intake-components.h"
#include "mc-intake-form.h"
#include "mc-intake-refusal-dialog.h"
#include "mc-ui-util.h"

/* The intake form (Mẫu 01) of one procedure. Every field is checked with
 * mc-intake-check as it is typed, its error or warning shown under it;
 * the appointment is computed again through McDossiers whenever the
 * moment of receipt changes, and the Receive button is sensitive only
 * while everything is in order. The store checks the whole draft again
 * and saves it in one transaction; an error it reports for a field shows
 * under that field. "Refuse…" asks for the reason and enters the same
 * form as refused at the counter (status 3, Mẫu 03). After a receipt or a
 * refusal the applicant's fields are cleared for the next one, and
 * "received" tells the window. */

struct _McIntakeForm
{
  AdwBin                parent_instance;

  McDossiers           *dossiers;
  McProcedure          *procedure;
  GCancellable         *cancellable;       /* cancelled on dispose */

  McActorCopy      actor;

  guint                 has_actor : 1;
  guint                 valid : 1;
  guint                 busy : 1;

  /* Template widgets */
  McIntakeAppointment  *appointment;
  GtkLabel             *error_label;
  GtkLabel             *procedure_label;
  GtkLabel             *result_label;
  McIntakeComponents   *components_group;
  McAddressSuggestions *suggestions_row;
  AdwComboRow          *type_row;
  AdwComboRow          *channel_row;
  AdwComboRow          *delivery_row;
  AdwEntryRow          *name_row;
  AdwEntryRow          *id_row;
  AdwEntryRow          *birth_row;
  AdwEntryRow          *phone_row;
  AdwEntryRow          *email_row;
  AdwEntryRow          *address_row;
  AdwEntryRow          *sets_row;
  AdwEntryRow          *fee_row;
  AdwEntryRow          *received_row;
  AdwEntryRow          *note_row;
  AdwPreferencesRow    *name_error_row;
  AdwPreferencesRow    *id_error_row;
  AdwPreferencesRow    *birth_error_row;
  AdwPreferencesRow    *phone_error_row;
  AdwPreferencesRow    *email_error_row;
  AdwPreferencesRow    *sets_error_row;
  AdwPreferencesRow    *fee_error_row;
  AdwPreferencesRow    *received_error_row;
  AdwPreferencesRow    *note_error_row;
  GtkLabel             *name_error;
  GtkLabel             *id_error;
  GtkLabel             *birth_error;
  GtkLabel             *phone_error;
  GtkLabel             *email_error;
  GtkLabel             *sets_error;
  GtkLabel             *fee_error;
  GtkLabel             *received_error;
  GtkLabel             *note_error;
};

G_DEFINE_FINAL_TYPE (McIntakeForm, mc_intake_form, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_DOSSIERS,
  PROP_VALID,
  PROP_BUSY,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

enum {
  SIGNAL_RECEIVED,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

/* The combo rows' items, in their order. */
static const McApplicantType applicant_types[] = {
  MC_APPLICANT_CITIZEN, MC_APPLICANT_BUSINESS, MC_APPLICANT_STATE_AGENCY,
  MC_APPLICANT_ORGANISATION,
};
static const McChannel channels[] = { MC_CHANNEL_COUNTER, MC_CHANNEL_POSTAL, MC_CHANNEL_ONLINE };

static void update_due (McIntakeForm *self);

/*
 * Auxiliary functions
 */

static const char *
row_text (AdwEntryRow *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

/* Shows @message under @row: an error, or with @warning a warning that
 * does not stop the receipt. */
static void
show_field_message (AdwEntryRow       *row,
                    AdwPreferencesRow *message_row,
                    GtkLabel          *label,
                    const char        *message,
                    gboolean           warning)
{
  mc_ui_set_row_error (row, warning ? NULL : message);
  if (warning && message != NULL)
    gtk_widget_set_tooltip_text (GTK_WIDGET (row), message);

  gtk_label_set_label (label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (message_row), message != NULL);
  adw_preferences_row_set_title (message_row, message != NULL ? message : "");
  if (warning)
    {
      gtk_widget_remove_css_class (GTK_WIDGET (label), "error");
      gtk_widget_add_css_class (GTK_WIDGET (label), "warning");
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (label), "warning");
      gtk_widget_add_css_class (GTK_WIDGET (label), "error");
    }
}

static McApplicantType
get_applicant_type (McIntakeForm *self)
{
  guint selected = adw_combo_row_get_selected (self->type_row);

  return selected < G_N_ELEMENTS (applicant_types) ? applicant_types[selected] : MC_APPLICANT_CITIZEN;
}

static McChannel
get_channel (McIntakeForm *self)
{
  guint selected = adw_combo_row_get_selected (self->channel_row);

  return selected < G_N_ELEMENTS (channels) ? channels[selected] : MC_CHANNEL_COUNTER;
}

static void
update_actions (McIntakeForm *self)
{
  gboolean ready = self->valid && !self->busy && self->dossiers != NULL &&
                   self->procedure != NULL && self->has_actor;

  /* A refusal is entered from the same fields as a receipt (Mẫu 03 has
   * the applicant of Mẫu 01), which the store checks alike. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "intake.receive", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "intake.refuse", ready);
}

/* Checks every field as mc_dossier_store_receive() will, showing what
 * is wrong under each. An empty field shows nothing: the name is
 * required, but saying so before it was typed would be noise. */
static void
validate (McIntakeForm *self)
{
  g_autoptr(GDateTime) received = NULL;
  g_autofree char *received_message = NULL;
  gboolean valid = TRUE;
  gboolean has_birth = FALSE;
  GDate birth;
  const char *text;

  /* Name */
  text = row_text (self->name_row);
  if (mc_ui_is_blank (text))
    {
      valid = FALSE;
      show_field_message (self->name_row, self->name_error_row, self->name_error, NULL, FALSE);
    }
  else
    {
      g_autoptr(GError) error = NULL;

      if (!mc_intake_check_name (text, get_applicant_type (self), NULL, &error))
        valid = FALSE;
      show_field_message (self->name_row, self->name_error_row, self->name_error,
                          error != NULL ? error->message : NULL, FALSE);
    }

  /* Date of birth, before the identity number, which it checks */
  text = row_text (self->birth_row);
  {
    g_autoptr(GError) error = NULL;
    g_autofree char *warning = NULL;

    if (!mc_ui_is_blank (text))
      {
        if (mc_intake_parse_birth_date (text, NULL, &birth, &warning, &error))
          has_birth = TRUE;
        else
          valid = FALSE;
      }
    show_field_message (self->birth_row, self->birth_error_row, self->birth_error,
                        error != NULL ? error->message : warning, error == NULL);
  }

  /* Identity number: a CMND is accepted with a warning */
  text = row_text (self->id_row);
  {
    g_autoptr(GError) error = NULL;
    g_autofree char *warning = NULL;

    if (!mc_ui_is_blank (text) &&
        mc_intake_check_id_number (text, has_birth ? &birth : NULL, NULL, &warning,
                                   &error) == MC_ID_CHECK_INVALID)
      valid = FALSE;
    show_field_message (self->id_row, self->id_error_row, self->id_error,
                        error != NULL ? error->message : warning, error == NULL);
  }

  /* Phone */
  text = row_text (self->phone_row);
  {
    g_autoptr(GError) error = NULL;

    if (!mc_ui_is_blank (text) && !mc_intake_check_phone (text, NULL, &error))
      valid = FALSE;
    show_field_message (self->phone_row, self->phone_error_row, self->phone_error,
                        error != NULL ? error->message : NULL, FALSE);
  }

  /* Email */
  text = row_text (self->email_row);
  {
    g_autoptr(GError) error = NULL;

    if (!mc_ui_is_blank (text) && !mc_intake_check_email (text, NULL, &error))
      valid = FALSE;
    show_field_message (self->email_row, self->email_error_row, self->email_error,
                        error != NULL ? error->message : NULL, FALSE);
  }

  /* Number of sets: empty is one */
  text = row_text (self->sets_row);
  {
    g_autoptr(GError) error = NULL;

    if (!mc_ui_is_blank (text) && !mc_intake_check_set_count (text, NULL, &error))
      valid = FALSE;
    show_field_message (self->sets_row, self->sets_error_row, self->sets_error,
                        error != NULL ? error->message : NULL, FALSE);
  }

  /* Fee: empty is none */
  text = row_text (self->fee_row);
  {
    g_autoptr(GError) error = NULL;

    if (!mc_ui_is_blank (text) && !mc_intake_check_fee (text, NULL, &error))
      valid = FALSE;
    show_field_message (self->fee_row, self->fee_error_row, self->fee_error,
                        error != NULL ? error->message : NULL, FALSE);
  }

  /* Moment of receipt */
  if (!mc_intake_appointment_parse_received (row_text (self->received_row), &received, &received_message))
    valid = FALSE;
  show_field_message (self->received_row, self->received_error_row, self->received_error,
                      received_message, FALSE);

  /* Note */
  text = row_text (self->note_row);
  {
    g_autoptr(GError) error = NULL;

    if (!mc_intake_check_note (text, NULL, &error))
      valid = FALSE;
    show_field_message (self->note_row, self->note_error_row, self->note_error,
                        error != NULL ? error->message : NULL, FALSE);
  }

  if (self->procedure == NULL)
    valid = FALSE;

  if (self->valid != valid)
    {
      self->valid = valid;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_VALID]);
    }

  update_actions (self);
}

static void
set_busy (McIntakeForm *self,
          gboolean      busy)
{
  self->busy = busy;
  update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_BUSY]);
}

static void
set_default_fee (McIntakeForm *self)
{
  g_autofree char *text = NULL;
  gint64 amount;

  if (self->procedure != NULL && mc_ui_procedure_find_fee (self->procedure, &amount))
    text = g_strdup_printf ("%" G_GINT64_FORMAT, amount);

  gtk_editable_set_text (GTK_EDITABLE (self->fee_row), text != NULL ? text : "");
}

static void
load_addresses (McIntakeForm *self)
{
  if (self->dossiers != NULL)
    mc_address_suggestions_load (self->suggestions_row, self->dossiers, self->cancellable);
}

/* Shows an error of the store at the field it names ("Phone: …"). */
static gboolean
show_store_error (McIntakeForm *self,
                  const char   *message)
{
  const struct
  {
    const char        *field;
    AdwEntryRow       *row;
    AdwPreferencesRow *message_row;
    GtkLabel          *label;
  } fields[] = {
    { _("Applicant’s name"), self->name_row, self->name_error_row, self->name_error },
    { _("Birth date"), self->birth_row, self->birth_error_row, self->birth_error },
    { _("Identity number"), self->id_row, self->id_error_row, self->id_error },
    { _("Phone"), self->phone_row, self->phone_error_row, self->phone_error },
    { _("Email"), self->email_row, self->email_error_row, self->email_error },
    { _("Note"), self->note_row, self->note_error_row, self->note_error },
  };

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      g_autofree char *prefix = g_strdup_printf (_("%s: %s"), fields[i].field, "");

      if (g_str_has_prefix (message, prefix))
        {
          show_field_message (fields[i].row, fields[i].message_row, fields[i].label,
                              message + strlen (prefix), FALSE);
          gtk_widget_grab_focus (GTK_WIDGET (fields[i].row));
          return TRUE;
        }
    }

  return FALSE;
}

/*
 * Callbacks
 */

static void
received_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(McIntakeForm) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(McDossier) dossier = NULL;
  g_autofree char *message = NULL;

  dossier = mc_dossiers_receive_finish (MC_DOSSIERS (object), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  set_busy (self, FALSE);

  if (dossier == NULL)
    {
      if (!show_store_error (self, error->message))
        mc_ui_show_message (self->error_label, error->message);
      return;
    }

  if (mc_dossier_get_status (dossier) == MC_DOSSIER_STATUS_REFUSED)
    message = g_strdup_printf (_("Dossier %s of %s refused at the counter."),
                               mc_dossier_get_code (dossier),
                               mc_dossier_get_applicant_name (dossier));
  else
    message = g_strdup_printf (_("Dossier %s received for %s."), mc_dossier_get_code (dossier),
                               mc_dossier_get_applicant_name (dossier));
  /* The slip first: whoever prints it asks the database before the
   * form's own reloads do, and the citizen does not wait for them. */
  g_signal_emit (self, signals [SIGNAL_RECEIVED], 0, dossier);

  mc_intake_form_reset (self);
  mc_ui_show_message (self->result_label, message);
  load_addresses (self);
}

static void
field_changed_cb (McIntakeForm *self)
{
  mc_ui_show_message (self->error_label, NULL);
  mc_ui_show_message (self->result_label, NULL);
  validate (self);
}

static void
received_changed_cb (McIntakeForm *self)
{
  field_changed_cb (self);
  update_due (self);
}

/* Enter in a field receives the dossier once it is complete. */
static void
entry_activated_cb (McIntakeForm *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "intake.receive", NULL);
}

/*
 * Actions
 */

/* Enters the form as a dossier received or, with @refusal_reason, as
 * one refused at the counter (Mẫu 03). */
static void
submit (McIntakeForm *self,
        const char   *refusal_reason)
{
  g_autoptr(GArray) papers = NULL;
  g_autoptr(GDateTime) received = NULL;
  g_autofree char *message = NULL;
  McDossierDraft draft = { 0, };
  guint set_count = 1;
  gint64 fee = 0;

  validate (self);
  if (!self->valid || self->busy || self->dossiers == NULL || self->procedure == NULL ||
      !self->has_actor)
    return;

  if (!mc_ui_is_blank (row_text (self->sets_row)))
    mc_intake_check_set_count (row_text (self->sets_row), &set_count, NULL);
  if (!mc_ui_is_blank (row_text (self->fee_row)))
    mc_intake_check_fee (row_text (self->fee_row), &fee, NULL);
  mc_intake_appointment_parse_received (row_text (self->received_row), &received, &message);

  papers = mc_intake_components_get_papers (self->components_group);

  draft.procedure_code = mc_procedure_get_code (self->procedure);
  draft.channel = get_channel (self);
  draft.applicant_type = get_applicant_type (self);
  draft.applicant_name = row_text (self->name_row);
  draft.id_number = row_text (self->id_row);
  draft.birth_date = row_text (self->birth_row);
  draft.phone = row_text (self->phone_row);
  draft.email = row_text (self->email_row);
  draft.address = row_text (self->address_row);
  draft.delivery_by_post = adw_combo_row_get_selected (self->delivery_row) == 1;
  draft.set_count = set_count;
  draft.fee = fee;
  draft.note = row_text (self->note_row);
  draft.components = (const McDraftComponent *) papers->data;
  draft.n_components = papers->len;
  draft.received_at = received;
  draft.refused = refusal_reason != NULL;
  draft.refusal_reason = refusal_reason;

  mc_ui_show_message (self->error_label, NULL);
  set_busy (self, TRUE);
  mc_dossiers_receive_async (self->dossiers, &draft, &self->actor.actor, self->cancellable,
                             received_cb, g_object_ref (self));
}

static void
receive_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  submit (MC_INTAKE_FORM (widget), NULL);
}

static void
refused_cb (McIntakeRefusalDialog *dialog,
            const char            *reason,
            McIntakeForm          *self)
{
  submit (self, reason);
}

/* Asks for the reason, which Mẫu 03 states, before refusing. */
static void
refuse_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  McIntakeForm *self = MC_INTAKE_FORM (widget);
  g_autofree char *name = NULL;
  GtkRoot *root = gtk_widget_get_root (widget);
  McIntakeRefusalDialog *dialog;

  validate (self);
  if (!self->valid || self->busy || self->dossiers == NULL || self->procedure == NULL ||
      !self->has_actor)
    return;

  name = g_strstrip (g_strdup (row_text (self->name_row)));
  dialog = mc_intake_refusal_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, name);
  g_signal_connect_object (dialog, "refused", G_CALLBACK (refused_cb), self, 0);

  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (adw_message_dialog_get_extra_child (ADW_MESSAGE_DIALOG (dialog)));
}

/*
 * Computing the appointment
 */

static void
update_due (McIntakeForm *self)
{
  g_autoptr(GDateTime) received = NULL;
  g_autofree char *message = NULL;

  /* A moment that cannot be read leaves the last appointment shown. */
  if (self->dossiers != NULL && self->procedure != NULL &&
      !mc_intake_appointment_parse_received (row_text (self->received_row), &received, &message))
    {
      mc_intake_appointment_cancel (self->appointment);
      return;
    }

  /* Received now (@received %NULL), it follows the clock. */
  mc_intake_appointment_compute (self->appointment, self->dossiers, self->procedure, received);
}

/*
 * GObject overrides
 */

static void
mc_intake_form_dispose (GObject *object)
{
  McIntakeForm *self = (McIntakeForm *)object;

  g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), MC_TYPE_INTAKE_FORM);
  g_clear_object (&self->dossiers);
  g_clear_object (&self->procedure);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (mc_intake_form_parent_class)->dispose (object);
}

static void
mc_intake_form_finalize (GObject *object)
{
  McIntakeForm *self = (McIntakeForm *)object;

  mc_actor_copy_clear (&self->actor);

  G_OBJECT_CLASS (mc_intake_form_parent_class)->finalize (object);
}

static void
mc_intake_form_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  McIntakeForm *self = MC_INTAKE_FORM (object);

  switch (prop_id)
    {
    case PROP_DOSSIERS:
      g_value_set_object (value, mc_intake_form_get_dossiers (self));
      break;
    case PROP_VALID:
      g_value_set_boolean (value, mc_intake_form_get_valid (self));
      break;
    case PROP_BUSY:
      g_value_set_boolean (value, mc_intake_form_get_busy (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mc_intake_form_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  McIntakeForm *self = MC_INTAKE_FORM (object);

  switch (prop_id)
    {
    case PROP_DOSSIERS:
      mc_intake_form_set_dossiers (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mc_intake_form_class_init (McIntakeFormClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mc_intake_form_dispose;
  object_class->finalize = mc_intake_form_finalize;
  object_class->get_property = mc_intake_form_get_property;
  object_class->set_property = mc_intake_form_set_property;

  properties [PROP_DOSSIERS] =
    g_param_spec_object ("dossiers", NULL, NULL, MC_TYPE_DOSSIERS,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * McIntakeForm:valid:
   *
   * Whether every field is in order and a procedure is chosen.
   */
  properties [PROP_VALID] =
    g_param_spec_boolean ("valid", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * McIntakeForm:busy:
   *
   * Whether a dossier is on its way to the database.
   */
  properties [PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * McIntakeForm::received:
   * @self: a #McIntakeForm
   * @dossier: the dossier entered
   *
   * Emitted when a dossier was received, or refused at the counter
   * (status %MC_DOSSIER_STATUS_REFUSED), once the form is cleared for the
   * next applicant.
   */
  signals [SIGNAL_RECEIVED] =
    g_signal_new ("received", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, MC_TYPE_DOSSIER);

  g_type_ensure (MC_TYPE_ADDRESS_SUGGESTIONS);
  g_type_ensure (MC_TYPE_INTAKE_APPOINTMENT);
  g_type_ensure (MC_TYPE_INTAKE_COMPONENTS);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/mc-intake-form.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, McIntakeForm, name)
  BIND (appointment);
  BIND (error_label);
  BIND (procedure_label);
  BIND (result_label);
  BIND (components_group);
  BIND (suggestions_row);
  BIND (type_row);
  BIND (channel_row);
  BIND (delivery_row);
  BIND (name_row);
  BIND (id_row);
  BIND (birth_row);
  BIND (phone_row);
  BIND (email_row);
  BIND (address_row);
  BIND (sets_row);
  BIND (fee_row);
  BIND (received_row);
  BIND (note_row);
  BIND (name_error_row);
  BIND (id_error_row);
  BIND (birth_error_row);
  BIND (phone_error_row);
  BIND (email_error_row);
  BIND (sets_error_row);
  BIND (fee_error_row);
  BIND (received_error_row);
  BIND (note_error_row);
  BIND (name_error);
  BIND (id_error);
  BIND (birth_error);
  BIND (phone_error);
  BIND (email_error);
  BIND (sets_error);
  BIND (fee_error);
  BIND (received_error);
  BIND (note_error);
#undef BIND
  gtk_widget_class_bind_template_callback (widget_class, entry_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, field_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, received_changed_cb);

  gtk_widget_class_install_action (widget_class, "intake.receive", NULL, receive_action);
  gtk_widget_class_install_action (widget_class, "intake.refuse", NULL, refuse_action);
}

static void
mc_intake_form_init (McIntakeForm *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();

  /* Each field is described by the message under it. */
  {
    const struct
    {
      AdwEntryRow *row;
      GtkLabel    *label;
    } described[] = {
      { self->name_row, self->name_error }, { self->id_row, self->id_error },
      { self->birth_row, self->birth_error }, { self->phone_row, self->phone_error },
      { self->email_row, self->email_error }, { self->sets_row, self->sets_error },
      { self->fee_row, self->fee_error }, { self->received_row, self->received_error },
      { self->note_row, self->note_error },
    };

    for (guint i = 0; i < G_N_ELEMENTS (described); i++)
      gtk_accessible_update_relation (GTK_ACCESSIBLE (described[i].row),
                                      GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, described[i].label,
                                      NULL, -1);
  }

  gtk_editable_set_text (GTK_EDITABLE (self->sets_row), "1");
  validate (self);
}

/*
 * Public API
 */

GtkWidget *
mc_intake_form_new (McDossiers *dossiers)
{
  g_return_val_if_fail (dossiers == NULL || MC_IS_DOSSIERS (dossiers), NULL);

  return g_object_new (MC_TYPE_INTAKE_FORM, "dossiers", dossiers, NULL);
}

McDossiers *
mc_intake_form_get_dossiers (McIntakeForm *self)
{
  g_return_val_if_fail (MC_IS_INTAKE_FORM (self), NULL);

  return self->dossiers;
}

/**
 * mc_intake_form_set_dossiers:
 * @self: a #McIntakeForm
 * @dossiers: (nullable): where dossiers are received
 */
void
mc_intake_form_set_dossiers (McIntakeForm *self,
                             McDossiers   *dossiers)
{
  g_return_if_fail (MC_IS_INTAKE_FORM (self));
  g_return_if_fail (dossiers == NULL || MC_IS_DOSSIERS (dossiers));

  if (!g_set_object (&self->dossiers, dossiers))
    return;

  load_addresses (self);
  update_due (self);
  update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DOSSIERS]);
}

/**
 * mc_intake_form_set_actor:
 * @self: a #McIntakeForm
 * @actor: (nullable): who receives the dossiers, at which workstation,
 *   copied; %NULL when nobody is signed in
 */
void
mc_intake_form_set_actor (McIntakeForm  *self,
                          const McActor *actor)
{
  g_return_if_fail (MC_IS_INTAKE_FORM (self));

  mc_actor_copy_clear (&self->actor);

  /* Nobody signed in (signed out, or locked for someone else): nothing
   * is offered until an actor is set again. */
  if (actor == NULL)
    {
      self->has_actor = FALSE;
      update_actions (self);
      return;
    }

  mc_actor_copy_init (&self->actor, actor);
  self->has_actor = TRUE;

  update_actions (self);
}

McProcedure *
mc_intake_form_get_procedure (McIntakeForm *self)
{
  g_return_val_if_fail (MC_IS_INTAKE_FORM (self), NULL);

  return self->procedure;
}

/**
 * mc_intake_form_set_procedure:
 * @self: a #McIntakeForm
 * @procedure: (nullable): the full record of the procedure, with its
 *   papers and processing times
 *
 * Lists the procedure's papers, all ticked, takes the fee it states and
 * computes the appointment.
 */
void
mc_intake_form_set_procedure (McIntakeForm *self,
                              McProcedure  *procedure)
{
  g_return_if_fail (MC_IS_INTAKE_FORM (self));
  g_return_if_fail (procedure == NULL || MC_IS_PROCEDURE (procedure));

  if (!g_set_object (&self->procedure, procedure))
    return;

  mc_intake_components_set_procedure (self->components_group, procedure);

  if (procedure != NULL)
    {
      g_autofree char *title = g_strdup_printf ("%s (%s)", mc_procedure_get_name (procedure),
                                                mc_procedure_get_code (procedure));

      gtk_label_set_label (self->procedure_label, title);
    }
  else
    {
      gtk_label_set_label (self->procedure_label, _("No procedure chosen"));
    }

  set_default_fee (self);
  validate (self);
  update_due (self);
}

/**
 * mc_intake_form_get_due:
 * @self: a #McIntakeForm
 *
 * Returns: (transfer none) (nullable): the appointment shown, if computed
 */
GDateTime *
mc_intake_form_get_due (McIntakeForm *self)
{
  g_return_val_if_fail (MC_IS_INTAKE_FORM (self), NULL);

  return mc_intake_appointment_get_due (self->appointment);
}

gboolean
mc_intake_form_get_valid (McIntakeForm *self)
{
  g_return_val_if_fail (MC_IS_INTAKE_FORM (self), FALSE);

  return self->valid;
}

gboolean
mc_intake_form_get_busy (McIntakeForm *self)
{
  g_return_val_if_fail (MC_IS_INTAKE_FORM (self), FALSE);

  return self->busy;
}

/**
 * mc_intake_form_reset:
 * @self: a #McIntakeForm
 *
 * Clears the applicant's fields for the next one and puts the defaults
 * back: a citizen, one set, the procedure's fee, every paper ticked. The
 * channel and the result delivery stay, as a counter session usually
 * keeps them.
 */
void
mc_intake_form_reset (McIntakeForm *self)
{
  AdwEntryRow *cleared[] = {
    self->name_row, self->id_row, self->birth_row, self->phone_row, self->email_row,
    self->address_row, self->received_row, self->note_row,
  };

  g_return_if_fail (MC_IS_INTAKE_FORM (self));

  for (guint i = 0; i < G_N_ELEMENTS (cleared); i++)
    gtk_editable_set_text (GTK_EDITABLE (cleared[i]), "");
  adw_combo_row_set_selected (self->type_row, 0);
  gtk_editable_set_text (GTK_EDITABLE (self->sets_row), "1");
  set_default_fee (self);

  if (self->procedure != NULL)
    mc_intake_components_set_procedure (self->components_group, self->procedure);

  mc_ui_show_message (self->error_label, NULL);
  mc_ui_show_message (self->result_label, NULL);
  validate (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
}
