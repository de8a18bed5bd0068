/* mc-dossier-portal-line.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-dossier-portal-line"

#include "config.h"

#include <glib/gi18n.h>

#include "mc-application.h"
#include "mc-dossier-portal-line.h"

/* The dossier page's line on the portal: whether the dossier's latest
 * version and all its steps are there, what waits, or why the portal
 * refused it. Read again after each change of the sync's state, since a
 * pass may have sent it meanwhile. Hidden while no portal is set up:
 * then nothing is ever "on the portal" and saying so would be noise. */

struct _McDossierPortalLine
{
  GtkWidget      parent_instance;

  GtkWidget     *label;
  McSyncQueue   *queue;
  McSyncService *service;
  gulong         service_handler;
  GCancellable  *cancellable;
  char          *code;
};

G_DEFINE_FINAL_TYPE (McDossierPortalLine, mc_dossier_portal_line, GTK_TYPE_WIDGET)

static const char * const styles[] = { "success", "warning", "error", "dim-label" };

/*
 * Auxiliary functions
 */

static gboolean
is_set_up (McDossierPortalLine *self)
{
  return self->service == NULL ||
         mc_sync_service_get_status (self->service) != MC_SYNC_STATUS_NOT_SET_UP;
}

static void
set_line (McDossierPortalLine *self,
          const char          *text,
          const char          *style)
{
  for (guint i = 0; i < G_N_ELEMENTS (styles); i++)
    gtk_widget_remove_css_class (self->label, styles[i]);
  gtk_widget_add_css_class (self->label, style);
  gtk_label_set_label (GTK_LABEL (self->label), text);
  gtk_widget_set_visible (GTK_WIDGET (self), TRUE);
}

static void
show_entry (McDossierPortalLine *self,
            McSyncEntry         *entry)
{
  g_autofree char *text = NULL;
  guint version, acked, steps;

  if (entry == NULL)
    {
      set_line (self, _("On the portal: its latest version and every step"), "success");
      return;
    }

  switch (mc_sync_entry_get_state (entry))
    {
    case MC_SYNC_STATE_REJECTED:
      /* Translators: %s is the portal's message. */
      text = g_strdup_printf (_("Refused by the portal: %s"), mc_sync_entry_get_message (entry));
      set_line (self, text, "error");
      return;
    case MC_SYNC_STATE_CONFLICT:
      set_line (self, _("Changed here and on the portal: choose a version on the Sync page"),
                "warning");
      return;
    case MC_SYNC_STATE_PENDING:
    case MC_SYNC_STATE_SENDING:
    case MC_SYNC_STATE_ACKNOWLEDGED:
    default:
      break;
    }

  version = mc_sync_entry_get_version (entry);
  acked = mc_sync_entry_get_acked_version (entry);
  steps = mc_sync_entry_get_n_steps_waiting (entry);
  if (version > acked)
    text = g_strdup_printf (_("Not yet on the portal: version %u waits to be sent"), version);
  else
    text = g_strdup_printf (g_dngettext (NULL, "Not yet on the portal: %u step waits to be sent",
                                         "Not yet on the portal: %u steps wait to be sent", steps),
                            steps);
  set_line (self, text, "dim-label");
}

static void
looked_up_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(McDossierPortalLine) self = user_data;
  g_autoptr(McSyncEntry) entry = NULL;
  g_autoptr(GError) error = NULL;

  entry = mc_sync_queue_lookup_finish (MC_SYNC_QUEUE (object), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (error != NULL)
    {
      /* The page itself says when the dossier cannot be read. */
      gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
      return;
    }

  show_entry (self, entry);
}

static void
look_up (McDossierPortalLine *self)
{
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);

  if (self->queue == NULL || self->code == NULL || !is_set_up (self))
    {
      gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
      return;
    }

  self->cancellable = g_cancellable_new ();
  mc_sync_queue_lookup_async (self->queue, self->code, self->cancellable, looked_up_cb,
                              g_object_ref (self));
}

/*
 * GObject overrides
 */

static void
mc_dossier_portal_line_dispose (GObject *object)
{
  McDossierPortalLine *self = (McDossierPortalLine *)object;

  g_cancellable_cancel (self->cancellable);
  if (self->service != NULL)
    g_clear_signal_handler (&self->service_handler, self->service);
  g_clear_pointer (&self->label, gtk_widget_unparent);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->queue);
  g_clear_object (&self->service);
  g_clear_pointer (&self->code, g_free);

  G_OBJECT_CLASS (mc_dossier_portal_line_parent_class)->dispose (object);
}

static void
mc_dossier_portal_line_class_init (McDossierPortalLineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mc_dossier_portal_line_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
mc_dossier_portal_line_init (McDossierPortalLine *self)
{
  GApplication *app = g_application_get_default ();

  self->label = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->label), 0);
  gtk_label_set_wrap (GTK_LABEL (self->label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (self->label), PANGO_WRAP_WORD_CHAR);
  gtk_widget_set_parent (self->label, GTK_WIDGET (self));
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);

  /* In the app, the running sync; a test sets its own, or none. */
  if (MC_IS_APPLICATION (app))
    mc_dossier_portal_line_set_service (self, mc_application_get_sync (MC_APPLICATION (app)));
}

/*
 * Public API
 */

/**
 * mc_dossier_portal_line_set_queue:
 * @self: a #McDossierPortalLine
 * @queue: what waits to reach the portal
 */
void
mc_dossier_portal_line_set_queue (McDossierPortalLine *self,
                                  McSyncQueue         *queue)
{
  g_return_if_fail (MC_IS_DOSSIER_PORTAL_LINE (self));
  g_return_if_fail (MC_IS_SYNC_QUEUE (queue));

  if (g_set_object (&self->queue, queue))
    look_up (self);
}

/**
 * mc_dossier_portal_line_set_service:
 * @self: a #McDossierPortalLine
 * @service: (nullable): the running sync; without one, the line is
 *   shown as if a portal were set up
 */
void
mc_dossier_portal_line_set_service (McDossierPortalLine *self,
                                    McSyncService       *service)
{
  g_return_if_fail (MC_IS_DOSSIER_PORTAL_LINE (self));
  g_return_if_fail (service == NULL || MC_IS_SYNC_SERVICE (service));

  if (self->service != NULL)
    g_clear_signal_handler (&self->service_handler, self->service);
  g_set_object (&self->service, service);
  if (service != NULL)
    self->service_handler = g_signal_connect_object (service, "changed", G_CALLBACK (look_up),
                                                     self, G_CONNECT_SWAPPED);
  look_up (self);
}

/**
 * mc_dossier_portal_line_show:
 * @self: a #McDossierPortalLine
 * @code: (nullable): the dossier's code
 *
 * Reads where the dossier stands with the portal.
 */
void
mc_dossier_portal_line_show (McDossierPortalLine *self,
                             const char          *code)
{
  g_return_if_fail (MC_IS_DOSSIER_PORTAL_LINE (self));

  g_free (self->code);
  self->code = g_strdup (code);
  look_up (self);
}

/**
 * mc_dossier_portal_line_get_text:
 * @self: a #McDossierPortalLine
 *
 * Returns: what the line says, "" while hidden
 */
const char *
mc_dossier_portal_line_get_text (McDossierPortalLine *self)
{
  g_return_val_if_fail (MC_IS_DOSSIER_PORTAL_LINE (self), NULL);

  if (!gtk_widget_get_visible (GTK_WIDGET (self)))
    return "";
  return gtk_label_get_label (GTK_LABEL (self->label));
}
