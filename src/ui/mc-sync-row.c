/* mc-sync-row.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-sync-row"

#include "config.h"

#include <glib/gi18n.h>

#include "mc-format.h"
#include "mc-sync-row.h"
#include "mc-ui-util.h"

/* One dossier of the Sync page: what of it has not reached the portal,
 * the portal's message, and what a person can do about it. Its buttons
 * run the page's actions with the dossier as their target, so that a
 * recycled row needs no signal handlers of its own. */

struct _McSyncRow
{
  GtkWidget    parent_instance;

  McSyncEntry *entry;

  /* Template widgets */
  GtkLabel    *details_label;
  GtkLabel    *message_label;
  GtkWidget   *open_button;
  GtkLabel    *procedure_label;
  GtkWidget   *resolve_button;
  GtkWidget   *send_again_button;
  GtkLabel    *state_label;
  GtkLabel    *title_label;
};

G_DEFINE_FINAL_TYPE (McSyncRow, mc_sync_row, GTK_TYPE_WIDGET)

/*
 * Auxiliary functions
 */

static const char *
state_style (McSyncState state)
{
  switch (state)
    {
    case MC_SYNC_STATE_REJECTED:
      return "error";
    case MC_SYNC_STATE_CONFLICT:
      return "warning";
    case MC_SYNC_STATE_PENDING:
    case MC_SYNC_STATE_SENDING:
    case MC_SYNC_STATE_ACKNOWLEDGED:
    default:
      return "dim-label";
    }
}

static char *
details_text (McSyncEntry *entry)
{
  GString *text = g_string_new (NULL);
  guint version = mc_sync_entry_get_version (entry);
  guint acked = mc_sync_entry_get_acked_version (entry);
  guint steps_waiting = mc_sync_entry_get_n_steps_waiting (entry);
  guint steps_rejected = mc_sync_entry_get_n_steps_rejected (entry);
  guint attempts = mc_sync_entry_get_attempts (entry);
  GDateTime *updated = mc_sync_entry_get_updated (entry);

  if (version > acked)
    {
      if (acked == 0)
        /* Translators: the dossier's version (PhienBan) this computer sends. */
        g_string_append_printf (text, _("Version %u, never on the portal yet"), version);
      else
        g_string_append_printf (text, _("Version %u; the portal has version %u"), version, acked);
    }
  if (steps_waiting > 0)
    {
      if (text->len > 0)
        g_string_append (text, " · ");
      g_string_append_printf (text, g_dngettext (NULL, "%u step waits", "%u steps wait",
                                                 steps_waiting), steps_waiting);
    }
  if (steps_rejected > 0)
    {
      if (text->len > 0)
        g_string_append (text, " · ");
      g_string_append_printf (text, g_dngettext (NULL, "%u step refused", "%u steps refused",
                                                 steps_rejected), steps_rejected);
    }
  if (attempts > 0)
    {
      if (text->len > 0)
        g_string_append (text, " · ");
      g_string_append_printf (text, g_dngettext (NULL, "%u failed attempt", "%u failed attempts",
                                                 attempts), attempts);
    }
  if (updated != NULL)
    {
      g_autofree char *when = mc_format_moment (updated);

      if (text->len > 0)
        g_string_append (text, " · ");
      /* Translators: when the dossier's state in the outbox last changed. */
      g_string_append_printf (text, _("since %s"), when);
    }

  return g_string_free (text, FALSE);
}

/*
 * GObject overrides
 */

static void
mc_sync_row_dispose (GObject *object)
{
  McSyncRow *self = (McSyncRow *)object;

  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), MC_TYPE_SYNC_ROW);
  /* The template's box is not a bound child: unparented here. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->entry);

  G_OBJECT_CLASS (mc_sync_row_parent_class)->dispose (object);
}

static void
mc_sync_row_class_init (McSyncRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mc_sync_row_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/mc-sync-row.ui");
  gtk_widget_class_bind_template_child (widget_class, McSyncRow, details_label);
  gtk_widget_class_bind_template_child (widget_class, McSyncRow, message_label);
  gtk_widget_class_bind_template_child (widget_class, McSyncRow, open_button);
  gtk_widget_class_bind_template_child (widget_class, McSyncRow, procedure_label);
  gtk_widget_class_bind_template_child (widget_class, McSyncRow, resolve_button);
  gtk_widget_class_bind_template_child (widget_class, McSyncRow, send_again_button);
  gtk_widget_class_bind_template_child (widget_class, McSyncRow, state_label);
  gtk_widget_class_bind_template_child (widget_class, McSyncRow, title_label);
}

static void
mc_sync_row_init (McSyncRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/*
 * Public API
 */

GtkWidget *
mc_sync_row_new (void)
{
  return g_object_new (MC_TYPE_SYNC_ROW, NULL);
}

/**
 * mc_sync_state_label:
 * @state: where an item of the outbox stands
 *
 * Returns: its name for a person
 */
const char *
mc_sync_state_label (McSyncState state)
{
  switch (state)
    {
    case MC_SYNC_STATE_PENDING:
      return _("Waiting");
    case MC_SYNC_STATE_SENDING:
      return _("Sending");
    case MC_SYNC_STATE_ACKNOWLEDGED:
      return _("On the portal");
    case MC_SYNC_STATE_REJECTED:
      return _("Refused by the portal");
    case MC_SYNC_STATE_CONFLICT:
      return _("Changed elsewhere too");
    default:
      g_return_val_if_reached ("");
    }
}

/**
 * mc_sync_row_set_entry:
 * @self: a #McSyncRow
 * @entry: (nullable): the dossier to show
 */
void
mc_sync_row_set_entry (McSyncRow   *self,
                       McSyncEntry *entry)
{
  g_autofree char *title = NULL;
  g_autofree char *details = NULL;
  g_autofree char *open_label = NULL;
  g_autofree char *row_label = NULL;
  const char *message;
  McSyncState state;
  GVariant *id;

  g_return_if_fail (MC_IS_SYNC_ROW (self));
  g_return_if_fail (entry == NULL || MC_IS_SYNC_ENTRY (entry));

  if (!g_set_object (&self->entry, entry) || entry == NULL)
    return;

  state = mc_sync_entry_get_state (entry);
  title = g_strdup_printf ("%s — %s", mc_sync_entry_get_code (entry),
                           mc_sync_entry_get_applicant (entry));
  gtk_label_set_label (self->title_label, title);
  gtk_label_set_label (self->procedure_label, mc_sync_entry_get_procedure_name (entry));

  gtk_label_set_label (self->state_label, mc_sync_state_label (state));
  gtk_widget_remove_css_class (GTK_WIDGET (self->state_label), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (self->state_label), "warning");
  gtk_widget_remove_css_class (GTK_WIDGET (self->state_label), "dim-label");
  gtk_widget_add_css_class (GTK_WIDGET (self->state_label), state_style (state));

  message = mc_sync_entry_get_message (entry);
  gtk_label_set_label (self->message_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->message_label), message != NULL && *message != '\0');

  details = details_text (entry);
  gtk_label_set_label (self->details_label, details);

  /* The target before the action's name: a parameterized action
   * without its target is an error. */
  id = g_variant_ref_sink (g_variant_new_int64 (mc_sync_entry_get_dossier_id (entry)));
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->send_again_button), id);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->send_again_button), "sync.send-again");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->resolve_button), id);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->resolve_button), "sync.resolve");
  g_variant_unref (id);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->open_button), "s",
                                    mc_sync_entry_get_code (entry));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->open_button), "sync.open");
  gtk_widget_set_visible (self->send_again_button, state == MC_SYNC_STATE_REJECTED);
  gtk_widget_set_visible (self->resolve_button, state == MC_SYNC_STATE_CONFLICT);

  /* Screen readers name the row as they read it: who, and where it stands. */
  row_label = g_strdup_printf ("%s: %s", title, mc_sync_state_label (state));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, row_label,
                                  -1);

  /* The buttons say which dossier they act on. */
  open_label = g_strdup_printf (_("Open dossier %s"), mc_sync_entry_get_code (entry));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->open_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, open_label, -1);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->send_again_button),
                                  GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, self->title_label, NULL, -1);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->resolve_button),
                                  GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, self->title_label, NULL, -1);
}

/**
 * mc_sync_row_get_entry:
 * @self: a #McSyncRow
 *
 * Returns: (transfer none) (nullable): the dossier shown
 */
McSyncEntry *
mc_sync_row_get_entry (McSyncRow *self)
{
  g_return_val_if_fail (MC_IS_SYNC_ROW (self), NULL);

  return self->entry;
}
