/* mc-ui-util.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-ui-util"

#include "config.h"

#include "mc-ui-util.h"

/* Small helpers the forms and pages of the preferences share. */

/**
 * mc_ui_set_row_error:
 * @row: an entry row
 * @message: (nullable): what is wrong with the field, or %NULL
 *
 * Marks @row as holding an error, with @message as its tooltip, or
 * clears its error when @message is %NULL.
 */
void
mc_ui_set_row_error (AdwEntryRow *row,
                     const char  *message)
{
  GtkWidget *widget = GTK_WIDGET (row);

  if (message != NULL)
    gtk_widget_add_css_class (widget, "error");
  else
    gtk_widget_remove_css_class (widget, "error");

  gtk_widget_set_tooltip_text (widget, message);
  gtk_accessible_update_state (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_STATE_INVALID,
                               message != NULL ? GTK_ACCESSIBLE_INVALID_TRUE
                                               : GTK_ACCESSIBLE_INVALID_FALSE,
                               -1);
}

/**
 * mc_ui_show_message:
 * @label: a label
 * @message: (nullable): the text to show, or %NULL to hide @label
 *
 * Shows @message in @label, or hides @label when @message is %NULL.
 */
void
mc_ui_show_message (GtkLabel   *label,
                    const char *message)
{
  gtk_label_set_label (label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (label), message != NULL);
}

/**
 * mc_ui_add_toast:
 * @widget: a widget in a preferences window
 * @toast: (transfer full): the toast
 *
 * Shows @toast in the preferences window @widget is in; outside one,
 * @toast is dropped.
 */
void
mc_ui_add_toast (GtkWidget *widget,
                 AdwToast  *toast)
{
  GtkWidget *window = gtk_widget_get_ancestor (widget, ADW_TYPE_PREFERENCES_WINDOW);

  if (window != NULL)
    adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (window), toast);
  else
    g_object_unref (toast);
}
