/* mc-ui-util.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-ui-util"

#include "config.h"

#include <glib/gi18n.h>

#include "mc-ui-util.h"
#include "mc-working-calendar.h"

/* Small helpers the forms and pages share. */

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

static GtkWidget *
new_row_label (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  /* Without a natural width, a long text would ask for its unwrapped
   * length and make every measure of the page lay it out again. */
  gtk_label_set_max_width_chars (GTK_LABEL (label), 60);
  gtk_label_set_width_chars (GTK_LABEL (label), 20);

  return label;
}

/**
 * mc_ui_add_lines:
 * @group: a preferences group
 * @overline: (nullable): a small dim line above @title
 * @title: the row's text, which names it
 * @subtitle: (nullable): a small dim line below @title, if not empty
 *
 * Adds a plain row of up to three lines to @group: AdwActionRow measures
 * wrapped text several times per layout, which made long pages take
 * seconds to open. The row is still an AdwPreferencesRow, so the group
 * shows it in its boxed list and its title names it for screen readers.
 *
 * Returns: (transfer none): the row
 */
GtkWidget *
mc_ui_add_lines (AdwPreferencesGroup *group,
                 const char          *overline,
                 const char          *title,
                 const char          *subtitle)
{
  GtkWidget *row = adw_preferences_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_add_css_class (box, "detail-row");

  if (overline != NULL)
    {
      GtkWidget *label = new_row_label (overline);

      gtk_widget_add_css_class (label, "dim-label");
      gtk_widget_add_css_class (label, "caption");
      gtk_box_append (GTK_BOX (box), label);
    }

  gtk_box_append (GTK_BOX (box), new_row_label (title));

  if (subtitle != NULL && subtitle[0] != '\0')
    {
      GtkWidget *label = new_row_label (subtitle);

      gtk_widget_add_css_class (label, "dim-label");
      gtk_widget_add_css_class (label, "caption");
      gtk_box_append (GTK_BOX (box), label);
    }

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  adw_preferences_group_add (group, row);

  return row;
}

/**
 * mc_ui_add_property:
 * @group: a preferences group
 * @label: what @value is
 * @value: (nullable): the value
 *
 * Adds a label/value row to @group; nothing when there is no value.
 */
void
mc_ui_add_property (AdwPreferencesGroup *group,
                    const char          *label,
                    const char          *value)
{
  if (value == NULL || value[0] == '\0')
    return;

  mc_ui_add_lines (group, label, value, NULL);
}

/**
 * mc_ui_is_blank:
 * @text: (nullable): a text
 *
 * Returns: whether @text is %NULL, empty or only white space
 */
gboolean
mc_ui_is_blank (const char *text)
{
  for (; text != NULL && *text != '\0'; text = g_utf8_next_char (text))
    if (!g_unichar_isspace (g_utf8_get_char (text)))
      return FALSE;

  return TRUE;
}

/**
 * mc_ui_procedure_find_fee:
 * @procedure: a procedure, with its processing times
 * @amount: (out): return location for the fee
 *
 * Finds the fee the catalogue states for the procedure's main
 * processing time, if any.
 *
 * Returns: whether a fee is stated
 */
gboolean
mc_ui_procedure_find_fee (McProcedure *procedure,
                          gint64      *amount)
{
  const McProcedureTime *time = mc_procedure_get_main_time (procedure);

  if (time == NULL)
    return FALSE;

  for (guint i = 0; i < time->fees->len; i++)
    {
      const McProcedureFee *fee = g_ptr_array_index (time->fees, i);

      if (fee->has_amount)
        {
          *amount = fee->amount;
          return TRUE;
        }
    }

  return FALSE;
}

/**
 * mc_ui_wrapped_label_new:
 * @text: the label's text
 * @css_class: (nullable): a style class to add
 * @max_width_chars: the natural width, in characters
 *
 * Returns: (transfer floating): a left-aligned label that wraps
 */
GtkWidget *
mc_ui_wrapped_label_new (const char *text,
                         const char *css_class,
                         int         max_width_chars)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  /* A natural width keeps wrapped labels from asking for their whole
   * length at every measure (see mc-procedure-detail.c). */
  gtk_label_set_max_width_chars (GTK_LABEL (label), max_width_chars);
  gtk_label_set_width_chars (GTK_LABEL (label), 12);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);

  return label;
}
