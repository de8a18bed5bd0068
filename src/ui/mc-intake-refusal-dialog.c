/* mc-intake-refusal-dialog.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-intake-refusal-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "mc-intake-refusal-dialog.h"
#include "mc-ui-util.h"

/* Asks for the reason of a refusal at the counter, which the refusal
 * slip (Mẫu 03) states, before McIntakeForm enters the dossier as
 * refused. "Refuse" is offered only once a reason is written; it emits
 * "refused" with the reason. */

struct _McIntakeRefusalDialog
{
  AdwMessageDialog  parent_instance;

  GtkWidget        *entry;
};

G_DEFINE_FINAL_TYPE (McIntakeRefusalDialog, mc_intake_refusal_dialog, ADW_TYPE_MESSAGE_DIALOG)

enum {
  SIGNAL_REFUSED,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

/*
 * Callbacks
 */

static void
reason_changed_cb (GtkEditable           *entry,
                   McIntakeRefusalDialog *self)
{
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "refuse",
                                           !mc_ui_is_blank (gtk_editable_get_text (entry)));
}

static void
response_cb (McIntakeRefusalDialog *self,
             const char            *response)
{
  g_autofree char *reason = NULL;

  if (!g_str_equal (response, "refuse"))
    return;

  reason = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->entry))));
  if (*reason != '\0')
    g_signal_emit (self, signals [SIGNAL_REFUSED], 0, reason);
}

/*
 * GObject overrides
 */

static void
mc_intake_refusal_dialog_class_init (McIntakeRefusalDialogClass *klass)
{
  /**
   * McIntakeRefusalDialog::refused:
   * @self: a #McIntakeRefusalDialog
   * @reason: the reason written, stripped
   *
   * Emitted when "Refuse" is chosen with a reason.
   */
  signals [SIGNAL_REFUSED] =
    g_signal_new ("refused", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
mc_intake_refusal_dialog_init (McIntakeRefusalDialog *self)
{
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (self);

  adw_message_dialog_set_heading (dialog, _("Refuse the Dossier?"));
  gtk_window_set_destroy_with_parent (GTK_WINDOW (self), TRUE);

  self->entry = gtk_entry_new ();
  gtk_entry_set_placeholder_text (GTK_ENTRY (self->entry), _("Reason for refusal"));
  gtk_entry_set_activates_default (GTK_ENTRY (self->entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Reason for refusal"), -1);
  adw_message_dialog_set_extra_child (dialog, self->entry);

  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "refuse", _("_Refuse"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "refuse", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_enabled (dialog, "refuse", FALSE);
  adw_message_dialog_set_default_response (dialog, "refuse");
  adw_message_dialog_set_close_response (dialog, "cancel");

  g_signal_connect (self->entry, "changed", G_CALLBACK (reason_changed_cb), self);
  g_signal_connect (self, "response", G_CALLBACK (response_cb), NULL);
}

/*
 * Public API
 */

/**
 * mc_intake_refusal_dialog_new:
 * @parent: (nullable): the window of the intake form
 * @applicant_name: the applicant's name, as the body states it
 *
 * Returns: (transfer none): the dialog, not yet presented
 */
McIntakeRefusalDialog *
mc_intake_refusal_dialog_new (GtkWindow  *parent,
                              const char *applicant_name)
{
  McIntakeRefusalDialog *self;
  g_autofree char *body = NULL;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (applicant_name != NULL, NULL);

  self = g_object_new (MC_TYPE_INTAKE_REFUSAL_DIALOG, "transient-for", parent, NULL);
  body = g_strdup_printf (_("The dossier of %s is entered as refused at the counter, and the "
                            "refusal slip (Mẫu 03) states the reason. A reason is required."),
                          applicant_name);
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (self), body);

  return self;
}
