/* mc-sync-indicator.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "mc-sync-indicator.h"
#include "mc-sync-status-text.h"

/* The header bar's word on the sync with the portal: an icon saying
 * offline, syncing, up to date or problems, and a popover with when it
 * last went through, what waits, why it failed, and "Sync Now". Hidden
 * while no portal is set up: most offices start without one. */

struct _McSyncIndicator
{
  GtkWidget      parent_instance;

  GtkMenuButton *button;
  GtkLabel      *summary_label;
  GtkLabel      *details_label;
  GtkWidget     *sync_now_button;

  McSyncService *service;
  gulong         changed_handler;
};

G_DEFINE_FINAL_TYPE (McSyncIndicator, mc_sync_indicator, GTK_TYPE_WIDGET)

static void
update (McSyncIndicator *self)
{
  g_autofree char *summary = NULL;
  g_autofree char *details = NULL;
  McSyncStatus status;

  if (self->service == NULL)
    {
      gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
      return;
    }

  status = mc_sync_service_get_status (self->service);
  summary = mc_sync_status_summary (self->service);
  details = mc_sync_status_details (self->service);
  gtk_widget_set_visible (GTK_WIDGET (self), status != MC_SYNC_STATUS_NOT_SET_UP);
  gtk_menu_button_set_icon_name (self->button, mc_sync_status_icon_name (status));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->button), summary);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, summary, -1);
  gtk_label_set_label (self->summary_label, summary);
  gtk_label_set_label (self->details_label, details);
  gtk_widget_set_sensitive (self->sync_now_button, status != MC_SYNC_STATUS_SYNCING);
}

static void
details_cb (McSyncIndicator *self)
{
  gtk_menu_button_popdown (self->button);
}

static void
sync_now_cb (McSyncIndicator *self)
{
  if (self->service != NULL)
    mc_sync_service_sync_now (self->service);
  gtk_menu_button_popdown (self->button);
}

static void
mc_sync_indicator_dispose (GObject *object)
{
  McSyncIndicator *self = MC_SYNC_INDICATOR (object);

  mc_sync_indicator_set_service (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), MC_TYPE_SYNC_INDICATOR);

  G_OBJECT_CLASS (mc_sync_indicator_parent_class)->dispose (object);
}

static void
mc_sync_indicator_class_init (McSyncIndicatorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mc_sync_indicator_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/mc-sync-indicator.ui");
  gtk_widget_class_bind_template_child (widget_class, McSyncIndicator, button);
  gtk_widget_class_bind_template_child (widget_class, McSyncIndicator, summary_label);
  gtk_widget_class_bind_template_child (widget_class, McSyncIndicator, details_label);
  gtk_widget_class_bind_template_child (widget_class, McSyncIndicator, sync_now_button);
  gtk_widget_class_bind_template_callback (widget_class, details_cb);
  gtk_widget_class_bind_template_callback (widget_class, sync_now_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
mc_sync_indicator_init (McSyncIndicator *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * mc_sync_indicator_set_service:
 * @self: a #McSyncIndicator
 * @service: (nullable): the sync to show
 */
void
mc_sync_indicator_set_service (McSyncIndicator *self,
                               McSyncService   *service)
{
  g_return_if_fail (MC_IS_SYNC_INDICATOR (self));

  if (self->service == service)
    return;

  if (self->service != NULL)
    g_clear_signal_handler (&self->changed_handler, self->service);
  g_set_object (&self->service, service);
  if (service != NULL)
    self->changed_handler = g_signal_connect_object (service, "changed", G_CALLBACK (update),
                                                     self, G_CONNECT_SWAPPED);
  update (self);
}

/**
 * mc_sync_indicator_get_summary:
 * @self: a #McSyncIndicator
 *
 * Returns: what the indicator says, as its tooltip and accessible name
 */
const char *
mc_sync_indicator_get_summary (McSyncIndicator *self)
{
  g_return_val_if_fail (MC_IS_SYNC_INDICATOR (self), NULL);

  return gtk_widget_get_tooltip_text (GTK_WIDGET (self->button));
}
