/* mc-dossier-edit-dialog.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-dossier-edit-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "mc-dossier-edit-dialog.h"
#include "mc-error.h"
#include "mc-format.h"
#include "mc-intake-check.h"
#include "mc-ui-util.h"

/* Corrects the data of a dossier: the fields of the intake form that may
 * change after it, prefilled, and the reason for the correction, which
 * the history keeps with the changes. Each field is checked as it is
 * typed, as mc_dossier_store_edit() will check it; what the core refuses
 * (nothing changed, a closed dossier, someone else's change meanwhile) is
 * shown word for word and the window stays open. On success it emits
 * "saved" and closes. */

struct _McDossierEditDialog
{
  AdwWindow       parent_instance;

  McDossiers     *dossiers;
  McDossier      *dossier;
  McActorCopy     actor;
  GCancellable   *cancellable;
  guint           busy : 1;
  guint           tried : 1;     /* Save was pressed: an empty reason is an error now */

  /* Template widgets */
  AdwEntryRow    *address_row;
  AdwEntryRow    *birth_row;
  AdwComboRow    *delivery_row;
  AdwEntryRow    *email_row;
  GtkLabel       *error_label;
  AdwEntryRow    *fee_row;
  AdwEntryRow    *id_row;
  AdwEntryRow    *name_row;
  AdwEntryRow    *note_row;
  AdwEntryRow    *phone_row;
  AdwEntryRow    *reason_row;
  AdwEntryRow    *sets_row;
  AdwComboRow    *type_row;
  AdwWindowTitle *window_title;
};

G_DEFINE_FINAL_TYPE (McDossierEditDialog, mc_dossier_edit_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_BUSY,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

enum {
  SIGNAL_SAVED,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

/* The type row's items, in their order. */
static const McApplicantType applicant_types[] = {
  MC_APPLICANT_CITIZEN, MC_APPLICANT_BUSINESS, MC_APPLICANT_STATE_AGENCY,
  MC_APPLICANT_ORGANISATION,
};

/*
 * Auxiliary functions
 */

static const char *
row_text (AdwEntryRow *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

static void
set_row_text (AdwEntryRow *row,
              const char  *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
}

static gboolean
is_blank (const char *text)
{
  for (; text != NULL && *text != '\0'; text = g_utf8_next_char (text))
    if (!g_unichar_isspace (g_utf8_get_char (text)))
      return FALSE;

  return TRUE;
}

static McApplicantType
get_applicant_type (McDossierEditDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->type_row);

  return selected < G_N_ELEMENTS (applicant_types) ? applicant_types[selected] : MC_APPLICANT_CITIZEN;
}

static void
set_busy (McDossierEditDialog *self,
          gboolean             busy)
{
  self->busy = busy;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "edit.save", !busy);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_BUSY]);
}

/* Marks @row with @error's message, or clears it; keeps the first
 * message in @first. Returns whether the field is valid. */
static gboolean
mark_row (AdwEntryRow  *row,
          GError       *error,
          char        **first)
{
  mc_ui_set_row_error (row, error != NULL ? error->message : NULL);
  if (error != NULL && *first == NULL)
    *first = g_strdup_printf ("%s: %s", adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)),
                              error->message);

  return error == NULL;
}

/* Checks every field as the store will, marking the wrong ones; returns
 * the first problem, or NULL when all are right. */
static char *
validate (McDossierEditDialog *self)
{
  char *first = NULL;
  gboolean has_birth = FALSE;
  GDate birth;
  const char *text;

  {
    g_autoptr(GError) error = NULL;

    mc_intake_check_name (row_text (self->name_row), get_applicant_type (self), NULL, &error);
    mark_row (self->name_row, error, &first);
  }

  text = row_text (self->birth_row);
  {
    g_autoptr(GError) error = NULL;

    if (!is_blank (text))
      has_birth = mc_intake_parse_birth_date (text, NULL, &birth, NULL, &error);
    mark_row (self->birth_row, error, &first);
  }

  text = row_text (self->id_row);
  {
    g_autoptr(GError) error = NULL;

    /* A CMND passes with a warning, as at intake. */
    if (!is_blank (text))
      mc_intake_check_id_number (text, has_birth ? &birth : NULL, NULL, NULL, &error);
    mark_row (self->id_row, error, &first);
  }

  text = row_text (self->phone_row);
  {
    g_autoptr(GError) error = NULL;

    if (!is_blank (text))
      mc_intake_check_phone (text, NULL, &error);
    mark_row (self->phone_row, error, &first);
  }

  text = row_text (self->email_row);
  {
    g_autoptr(GError) error = NULL;

    if (!is_blank (text))
      mc_intake_check_email (text, NULL, &error);
    mark_row (self->email_row, error, &first);
  }

  text = row_text (self->address_row);
  {
    g_autoptr(GError) error = NULL;

    /* The address has the note's bound. */
    mc_intake_check_note (text, NULL, &error);
    mark_row (self->address_row, error, &first);
  }

  text = row_text (self->sets_row);
  {
    g_autoptr(GError) error = NULL;

    if (!is_blank (text))
      mc_intake_check_set_count (text, NULL, &error);
    mark_row (self->sets_row, error, &first);
  }

  text = row_text (self->fee_row);
  {
    g_autoptr(GError) error = NULL;

    if (!is_blank (text))
      mc_intake_check_fee (text, NULL, &error);
    mark_row (self->fee_row, error, &first);
  }

  {
    g_autoptr(GError) error = NULL;

    mc_intake_check_note (row_text (self->note_row), NULL, &error);
    mark_row (self->note_row, error, &first);
  }

  text = row_text (self->reason_row);
  {
    g_autoptr(GError) error = NULL;

    if (mc_intake_check_note (text, NULL, &error) && self->tried && is_blank (text))
      g_set_error_literal (&error, MC_ERROR, MC_ERROR_INVALID,
                           _("Say why the data are corrected."));
    mark_row (self->reason_row, error, &first);
  }

  return first;
}

/*
 * Callbacks
 */

static void
field_changed_cb (McDossierEditDialog *self)
{
  g_autofree char *message = validate (self);

  /* The message at the top belongs to the last Save. */
  if (message == NULL)
    mc_ui_show_message (self->error_label, NULL);
}

static void
edited_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(McDossierEditDialog) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!mc_dossiers_edit_finish (MC_DOSSIERS (object), result, &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      set_busy (self, FALSE);
      mc_ui_show_message (self->error_label, error->message);
      return;
    }

  set_busy (self, FALSE);
  g_signal_emit (self, signals [SIGNAL_SAVED], 0);
  gtk_window_destroy (GTK_WINDOW (self));
}

/*
 * Actions
 */

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  McDossierEditDialog *self = MC_DOSSIER_EDIT_DIALOG (widget);
  g_autofree char *message = NULL;
  McDossierEdit edit = { 0, };
  guint set_count = 0;
  gint64 fee = 0;

  if (self->busy)
    return;

  self->tried = TRUE;
  message = validate (self);
  mc_ui_show_message (self->error_label, message);
  if (message != NULL)
    return;

  if (!is_blank (row_text (self->sets_row)))
    mc_intake_check_set_count (row_text (self->sets_row), &set_count, NULL);
  if (!is_blank (row_text (self->fee_row)))
    mc_intake_check_fee (row_text (self->fee_row), &fee, NULL);

  edit.applicant_type = get_applicant_type (self);
  edit.applicant_name = row_text (self->name_row);
  edit.id_number = row_text (self->id_row);
  edit.birth_date = row_text (self->birth_row);
  edit.phone = row_text (self->phone_row);
  edit.email = row_text (self->email_row);
  edit.address = row_text (self->address_row);
  edit.delivery_by_post = adw_combo_row_get_selected (self->delivery_row) == 1;
  edit.set_count = set_count;
  edit.fee = fee;
  edit.note = row_text (self->note_row);
  edit.reason = row_text (self->reason_row);

  set_busy (self, TRUE);
  mc_dossiers_edit_async (self->dossiers, mc_dossier_get_code (self->dossier), &edit, &self->actor.actor,
                          mc_dossier_get_version (self->dossier), self->cancellable, edited_cb,
                          g_object_ref (self));
}

/*
 * GObject overrides
 */

static void
mc_dossier_edit_dialog_dispose (GObject *object)
{
  McDossierEditDialog *self = (McDossierEditDialog *)object;

  g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), MC_TYPE_DOSSIER_EDIT_DIALOG);
  g_clear_object (&self->dossiers);
  g_clear_object (&self->dossier);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (mc_dossier_edit_dialog_parent_class)->dispose (object);
}

static void
mc_dossier_edit_dialog_finalize (GObject *object)
{
  McDossierEditDialog *self = (McDossierEditDialog *)object;

  mc_actor_copy_clear (&self->actor);

  G_OBJECT_CLASS (mc_dossier_edit_dialog_parent_class)->finalize (object);
}

static void
mc_dossier_edit_dialog_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  McDossierEditDialog *self = MC_DOSSIER_EDIT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_BUSY:
      g_value_set_boolean (value, mc_dossier_edit_dialog_get_busy (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mc_dossier_edit_dialog_class_init (McDossierEditDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mc_dossier_edit_dialog_dispose;
  object_class->finalize = mc_dossier_edit_dialog_finalize;
  object_class->get_property = mc_dossier_edit_dialog_get_property;

  properties [PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * McDossierEditDialog::saved:
   *
   * Emitted when the correction was recorded, just before the window
   * closes.
   */
  signals [SIGNAL_SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/mc-dossier-edit-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, McDossierEditDialog, address_row);
  gtk_widget_class_bind_template_child (widget_class, McDossierEditDialog, birth_row);
  gtk_widget_class_bind_template_child (widget_class, McDossierEditDialog, delivery_row);
  gtk_widget_class_bind_template_child (widget_class, McDossierEditDialog, email_row);
  gtk_widget_class_bind_template_child (widget_class, McDossierEditDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, McDossierEditDialog, fee_row);
  gtk_widget_class_bind_template_child (widget_class, McDossierEditDialog, id_row);
  gtk_widget_class_bind_template_child (widget_class, McDossierEditDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, McDossierEditDialog, note_row);
  gtk_widget_class_bind_template_child (widget_class, McDossierEditDialog, phone_row);
  gtk_widget_class_bind_template_child (widget_class, McDossierEditDialog, reason_row);
  gtk_widget_class_bind_template_child (widget_class, McDossierEditDialog, sets_row);
  gtk_widget_class_bind_template_child (widget_class, McDossierEditDialog, type_row);
  gtk_widget_class_bind_template_child (widget_class, McDossierEditDialog, window_title);
  gtk_widget_class_bind_template_callback (widget_class, field_changed_cb);

  gtk_widget_class_install_action (widget_class, "edit.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
mc_dossier_edit_dialog_init (McDossierEditDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
}

/* Fills the fields from the dossier shown. */
static void
prefill (McDossierEditDialog *self)
{
  McDossier *dossier = self->dossier;
  g_autofree char *subtitle = g_strdup_printf ("%s — %s", mc_dossier_get_code (dossier),
                                               mc_dossier_get_applicant_name (dossier));
  g_autofree char *birth = mc_format_date (mc_dossier_get_birth_date (dossier));
  g_autofree char *sets = g_strdup_printf ("%u", mc_dossier_get_set_count (dossier));
  g_autofree char *fee = g_strdup_printf ("%" G_GINT64_FORMAT, mc_dossier_get_fee (dossier));
  McApplicantType type = mc_dossier_get_applicant_type (dossier);

  adw_window_title_set_subtitle (self->window_title, subtitle);

  for (guint i = 0; i < G_N_ELEMENTS (applicant_types); i++)
    if (applicant_types[i] == type)
      adw_combo_row_set_selected (self->type_row, i);

  set_row_text (self->name_row, mc_dossier_get_applicant_name (dossier));
  set_row_text (self->id_row, mc_dossier_get_id_number (dossier));
  set_row_text (self->birth_row, birth);
  set_row_text (self->phone_row, mc_dossier_get_phone (dossier));
  set_row_text (self->email_row, mc_dossier_get_email (dossier));
  set_row_text (self->address_row, mc_dossier_get_address (dossier));
  adw_combo_row_set_selected (self->delivery_row, mc_dossier_get_delivery_by_post (dossier) ? 1 : 0);
  set_row_text (self->sets_row, sets);
  set_row_text (self->fee_row, fee);
  set_row_text (self->note_row, mc_dossier_get_note (dossier));
  set_row_text (self->reason_row, "");

  mc_ui_show_message (self->error_label, NULL);
}

/*
 * Public API
 */

/**
 * mc_dossier_edit_dialog_new:
 * @dossiers: where the correction is recorded
 * @dossier: the dossier, as shown; the correction is refused if it
 *   changed since
 * @actor: who corrects it; copied
 *
 * Returns: (transfer full): a new dialog, its fields filled from
 *   @dossier, to be made transient and presented
 */
McDossierEditDialog *
mc_dossier_edit_dialog_new (McDossiers    *dossiers,
                            McDossier     *dossier,
                            const McActor *actor)
{
  McDossierEditDialog *self;

  g_return_val_if_fail (MC_IS_DOSSIERS (dossiers), NULL);
  g_return_val_if_fail (MC_IS_DOSSIER (dossier), NULL);
  g_return_val_if_fail (actor != NULL, NULL);

  self = g_object_new (MC_TYPE_DOSSIER_EDIT_DIALOG, NULL);
  self->dossiers = g_object_ref (dossiers);
  self->dossier = g_object_ref (dossier);
  mc_actor_copy_init (&self->actor, actor);

  prefill (self);

  return self;
}

void
mc_dossier_edit_dialog_set_reason (McDossierEditDialog *self,
                                   const char          *reason)
{
  g_return_if_fail (MC_IS_DOSSIER_EDIT_DIALOG (self));

  set_row_text (self->reason_row, reason);
}

/**
 * mc_dossier_edit_dialog_save:
 * @self: a #McDossierEditDialog
 *
 * Records the correction, as the dialog's Save button does.
 */
void
mc_dossier_edit_dialog_save (McDossierEditDialog *self)
{
  g_return_if_fail (MC_IS_DOSSIER_EDIT_DIALOG (self));

  gtk_widget_activate_action (GTK_WIDGET (self), "edit.save", NULL);
}

/**
 * mc_dossier_edit_dialog_get_error_message:
 * @self: a #McDossierEditDialog
 *
 * Returns: (nullable): the error shown at the top, if any
 */
const char *
mc_dossier_edit_dialog_get_error_message (McDossierEditDialog *self)
{
  g_return_val_if_fail (MC_IS_DOSSIER_EDIT_DIALOG (self), NULL);

  if (!gtk_widget_get_visible (GTK_WIDGET (self->error_label)))
    return NULL;

  return gtk_label_get_label (self->error_label);
}

gboolean
mc_dossier_edit_dialog_get_busy (McDossierEditDialog *self)
{
  g_return_val_if_fail (MC_IS_DOSSIER_EDIT_DIALOG (self), FALSE);

  return self->busy;
}
