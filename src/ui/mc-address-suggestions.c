/* mc-address-suggestions.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-address-suggestions"

#include "config.h"

#include <string.h>

#include "mc-address-suggestions.h"

/* The addresses of earlier dossiers that contain what is typed in the
 * intake form's address field, whatever the case, as flat buttons under
 * it; the row hides while nothing matches. A button fills the field in
 * through the "intake.use-address" action. */

/* At most this many addresses are suggested. */
#define MAX_SUGGESTIONS 5

struct _McAddressSuggestions
{
  AdwPreferencesRow  parent_instance;

  AdwEntryRow       *entry;
  GStrv              addresses;

  /* Template widgets */
  GtkBox            *suggestions_box;
};

G_DEFINE_FINAL_TYPE (McAddressSuggestions, mc_address_suggestions, ADW_TYPE_PREFERENCES_ROW)

enum {
  PROP_0,
  PROP_ENTRY,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/*
 * Auxiliary functions
 */

static void
show_suggestions (McAddressSuggestions *self)
{
  const char *text = self->entry != NULL ? gtk_editable_get_text (GTK_EDITABLE (self->entry)) : "";
  g_autofree char *needle = NULL;
  GtkWidget *child;
  guint shown = 0;

  if (self->suggestions_box == NULL)
    return;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->suggestions_box))) != NULL)
    gtk_box_remove (self->suggestions_box, child);

  if (self->addresses != NULL && g_utf8_strlen (text, -1) >= 2)
    {
      needle = g_utf8_casefold (text, -1);

      for (guint i = 0; self->addresses[i] != NULL && shown < MAX_SUGGESTIONS; i++)
        {
          g_autofree char *folded = g_utf8_casefold (self->addresses[i], -1);
          GtkWidget *button;
          GtkWidget *label;

          if (g_str_equal (folded, needle) || strstr (folded, needle) == NULL)
            continue;

          label = gtk_label_new (self->addresses[i]);
          gtk_label_set_xalign (GTK_LABEL (label), 0);
          gtk_label_set_wrap (GTK_LABEL (label), TRUE);
          gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
          button = gtk_button_new ();
          gtk_button_set_child (GTK_BUTTON (button), label);
          gtk_widget_add_css_class (button, "flat");
          gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "intake.use-address");
          gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", self->addresses[i]);
          gtk_box_append (self->suggestions_box, button);
          shown++;
        }
    }

  gtk_widget_set_visible (GTK_WIDGET (self), shown > 0);
}

/*
 * Callbacks
 */

static void
addresses_loaded_cb (GObject      *object,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(McAddressSuggestions) self = user_data;
  g_autoptr(GError) error = NULL;
  GStrv addresses;

  addresses = mc_dossiers_list_addresses_finish (MC_DOSSIERS (object), result, &error);
  if (addresses == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_debug ("No address completions: %s", error->message);
      return;
    }

  g_strfreev (self->addresses);
  self->addresses = addresses;
  show_suggestions (self);
}

/*
 * Actions
 */

static void
use_address_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  McAddressSuggestions *self = MC_ADDRESS_SUGGESTIONS (widget);

  if (self->entry == NULL)
    return;

  gtk_editable_set_text (GTK_EDITABLE (self->entry), g_variant_get_string (parameter, NULL));
  gtk_editable_set_position (GTK_EDITABLE (self->entry), -1);
  gtk_widget_grab_focus (GTK_WIDGET (self->entry));
}

/*
 * GObject overrides
 */

static void
mc_address_suggestions_dispose (GObject *object)
{
  McAddressSuggestions *self = (McAddressSuggestions *)object;

  if (self->entry != NULL)
    g_signal_handlers_disconnect_by_func (self->entry, show_suggestions, self);
  g_clear_object (&self->entry);
  /* The row unparents its child itself, before the template lets it go. */
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), MC_TYPE_ADDRESS_SUGGESTIONS);

  G_OBJECT_CLASS (mc_address_suggestions_parent_class)->dispose (object);
}

static void
mc_address_suggestions_finalize (GObject *object)
{
  McAddressSuggestions *self = (McAddressSuggestions *)object;

  g_clear_pointer (&self->addresses, g_strfreev);

  G_OBJECT_CLASS (mc_address_suggestions_parent_class)->finalize (object);
}

static void
mc_address_suggestions_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  McAddressSuggestions *self = MC_ADDRESS_SUGGESTIONS (object);

  switch (prop_id)
    {
    case PROP_ENTRY:
      g_value_set_object (value, mc_address_suggestions_get_entry (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mc_address_suggestions_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  McAddressSuggestions *self = MC_ADDRESS_SUGGESTIONS (object);

  switch (prop_id)
    {
    case PROP_ENTRY:
      mc_address_suggestions_set_entry (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mc_address_suggestions_class_init (McAddressSuggestionsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mc_address_suggestions_dispose;
  object_class->finalize = mc_address_suggestions_finalize;
  object_class->get_property = mc_address_suggestions_get_property;
  object_class->set_property = mc_address_suggestions_set_property;

  /**
   * McAddressSuggestions:entry:
   *
   * The address field: what is typed there is looked for, and a
   * suggestion chosen is written there.
   */
  properties [PROP_ENTRY] =
    g_param_spec_object ("entry", NULL, NULL, ADW_TYPE_ENTRY_ROW,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/mc-address-suggestions.ui");
  gtk_widget_class_bind_template_child (widget_class, McAddressSuggestions, suggestions_box);

  gtk_widget_class_install_action (widget_class, "intake.use-address", "s", use_address_action);
}

static void
mc_address_suggestions_init (McAddressSuggestions *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/*
 * Public API
 */

AdwEntryRow *
mc_address_suggestions_get_entry (McAddressSuggestions *self)
{
  g_return_val_if_fail (MC_IS_ADDRESS_SUGGESTIONS (self), NULL);

  return self->entry;
}

/**
 * mc_address_suggestions_set_entry:
 * @self: a #McAddressSuggestions
 * @entry: (nullable): the address field
 */
void
mc_address_suggestions_set_entry (McAddressSuggestions *self,
                                  AdwEntryRow          *entry)
{
  g_return_if_fail (MC_IS_ADDRESS_SUGGESTIONS (self));
  g_return_if_fail (entry == NULL || ADW_IS_ENTRY_ROW (entry));

  if (self->entry == entry)
    return;

  if (self->entry != NULL)
    g_signal_handlers_disconnect_by_func (self->entry, show_suggestions, self);
  g_set_object (&self->entry, entry);
  if (entry != NULL)
    g_signal_connect_object (entry, "changed", G_CALLBACK (show_suggestions), self,
                             G_CONNECT_SWAPPED);

  show_suggestions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ENTRY]);
}

/**
 * mc_address_suggestions_load:
 * @self: a #McAddressSuggestions
 * @dossiers: where the earlier dossiers are
 * @cancellable: (nullable): a #GCancellable
 *
 * Loads the addresses of earlier dossiers again, to suggest from.
 */
void
mc_address_suggestions_load (McAddressSuggestions *self,
                             McDossiers           *dossiers,
                             GCancellable         *cancellable)
{
  g_return_if_fail (MC_IS_ADDRESS_SUGGESTIONS (self));
  g_return_if_fail (MC_IS_DOSSIERS (dossiers));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  mc_dossiers_list_addresses_async (dossiers, cancellable, addresses_loaded_cb,
                                    g_object_ref (self));
}
