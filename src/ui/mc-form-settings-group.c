/* mc-form-settings-group.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-form-settings-group"

#include "config.h"

#include <glib/gi18n.h>

#include "mc-form-settings-group.h"
#include "mc-ui-util.h"

/* The settings of the printed forms: the counter's name (every form's
 * heading) and phone (Mẫu 02), the leader who signs the apology letter
 * (Mẫu 04), the unit the periodic reports (06a) go to, and the lowest
 * totals of the evaluation's classes. Each field is checked with mc_form_setting_check()
 * when applying, so that its error shows at the field, before anything
 * is sent to the database; the store checks them again and saves all of
 * them or none. */

struct _McFormSettingsGroup
{
  AdwPreferencesGroup  parent_instance;

  McOffice            *office;
  GCancellable        *cancellable;
  char                *saved[MC_FORM_N_SETTINGS];  /* NULL until loaded */
  char               **saving;                     /* on its way, or NULL */
  guint                n_pending;
  guint                filling : 1;

  /* Template widgets */
  AdwEntryRow         *counter_name_row;
  AdwEntryRow         *counter_phone_row;
  GtkLabel            *error_label;
  AdwEntryRow         *leader_capacity_row;
  AdwEntryRow         *leader_name_row;
  AdwEntryRow         *leader_title_row;
  AdwEntryRow         *report_receiver_row;
  AdwEntryRow         *thresholds_row;
};

G_DEFINE_FINAL_TYPE (McFormSettingsGroup, mc_form_settings_group, ADW_TYPE_PREFERENCES_GROUP)

enum {
  PROP_0,
  PROP_BUSY,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/*
 * Auxiliary functions
 */

/* The row of each setting, in the order of #McFormSetting. */
static void
get_rows (McFormSettingsGroup *self,
          AdwEntryRow         *rows[MC_FORM_N_SETTINGS])
{
  rows[MC_FORM_SETTING_COUNTER_NAME] = self->counter_name_row;
  rows[MC_FORM_SETTING_COUNTER_PHONE] = self->counter_phone_row;
  rows[MC_FORM_SETTING_LEADER_CAPACITY] = self->leader_capacity_row;
  rows[MC_FORM_SETTING_LEADER_TITLE] = self->leader_title_row;
  rows[MC_FORM_SETTING_LEADER_NAME] = self->leader_name_row;
  rows[MC_FORM_SETTING_REPORT_RECEIVER] = self->report_receiver_row;
  rows[MC_FORM_SETTING_EVALUATION_THRESHOLDS] = self->thresholds_row;
}

static gboolean
is_loaded (McFormSettingsGroup *self)
{
  return self->saved[0] != NULL;
}

static void
clear_saved (McFormSettingsGroup *self)
{
  for (guint i = 0; i < MC_FORM_N_SETTINGS; i++)
    g_clear_pointer (&self->saved[i], g_free);
}

static gboolean
is_modified (McFormSettingsGroup *self)
{
  AdwEntryRow *rows[MC_FORM_N_SETTINGS];

  if (!is_loaded (self))
    return FALSE;

  get_rows (self, rows);
  for (guint i = 0; i < MC_FORM_N_SETTINGS; i++)
    {
      g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (rows[i]))));

      if (!g_str_equal (text, self->saved[i]))
        return TRUE;
    }

  return FALSE;
}

static void
actions_update (McFormSettingsGroup *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "forms.apply",
                                 self->office != NULL && self->saving == NULL &&
                                 is_modified (self));
}

static void
begin_request (McFormSettingsGroup *self)
{
  if (self->n_pending++ == 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_BUSY]);
}

static void
end_request (McFormSettingsGroup *self)
{
  g_assert (self->n_pending > 0);

  if (--self->n_pending == 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_BUSY]);
}

static void
clear_errors (McFormSettingsGroup *self)
{
  AdwEntryRow *rows[MC_FORM_N_SETTINGS];

  get_rows (self, rows);
  for (guint i = 0; i < MC_FORM_N_SETTINGS; i++)
    mc_ui_set_row_error (rows[i], NULL);
  mc_ui_show_message (self->error_label, NULL);
}

static void
fill (McFormSettingsGroup *self)
{
  AdwEntryRow *rows[MC_FORM_N_SETTINGS];

  get_rows (self, rows);
  self->filling = TRUE;
  for (guint i = 0; i < MC_FORM_N_SETTINGS; i++)
    gtk_editable_set_text (GTK_EDITABLE (rows[i]), self->saved[i]);
  self->filling = FALSE;
}

/* Checks every field, marks those in error and focuses the first; on
 * success, returns the values to store. */
static char **
validate (McFormSettingsGroup *self)
{
  g_auto(GStrv) values = g_new0 (char *, MC_FORM_N_SETTINGS + 1);
  AdwEntryRow *rows[MC_FORM_N_SETTINGS];
  AdwEntryRow *first_bad = NULL;

  clear_errors (self);
  get_rows (self, rows);

  for (guint i = 0; i < MC_FORM_N_SETTINGS; i++)
    {
      g_autoptr(GError) error = NULL;

      if (mc_form_setting_check (i, gtk_editable_get_text (GTK_EDITABLE (rows[i])),
                                 &values[i], &error))
        continue;

      values[i] = g_strdup ("");
      mc_ui_set_row_error (rows[i], error->message);
      if (first_bad == NULL)
        {
          first_bad = rows[i];
          mc_ui_show_message (self->error_label, error->message);
        }
    }

  if (first_bad != NULL)
    {
      gtk_widget_grab_focus (GTK_WIDGET (first_bad));
      return NULL;
    }

  return g_steal_pointer (&values);
}

/*
 * Callbacks
 */

static void
loaded_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(McFormSettingsGroup) self = user_data;
  g_autoptr(McOfficeIdentity) identity = NULL;
  g_autoptr(GError) error = NULL;

  end_request (self);

  identity = mc_office_load_identity_finish (MC_OFFICE (object), result, &error);
  if (identity == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        mc_ui_show_message (self->error_label, error->message);
      return;
    }

  clear_saved (self);
  for (guint i = 0; i < MC_FORM_N_SETTINGS; i++)
    self->saved[i] = g_strdup (mc_office_identity_get_form_setting (identity, i));
  fill (self);
  clear_errors (self);
  actions_update (self);
}

static void
saved_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(McFormSettingsGroup) self = user_data;
  g_auto(GStrv) saving = g_steal_pointer (&self->saving);
  g_autoptr(GError) error = NULL;

  end_request (self);

  if (!mc_office_set_form_settings_finish (MC_OFFICE (object), result, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        mc_ui_show_message (self->error_label, error->message);
      actions_update (self);
      return;
    }

  /* Disposed meanwhile, or the office replaced. */
  if (saving == NULL || !is_loaded (self))
    return;

  /* The fields show what was stored, such as the phone written out. */
  for (guint i = 0; i < MC_FORM_N_SETTINGS; i++)
    {
      g_free (self->saved[i]);
      self->saved[i] = g_steal_pointer (&saving[i]);
    }
  fill (self);
  clear_errors (self);
  actions_update (self);

  mc_ui_add_toast (GTK_WIDGET (self), adw_toast_new (_("Settings of the printed forms saved")));
}

static void
changed_cb (McFormSettingsGroup *self)
{
  if (self->filling)
    return;

  clear_errors (self);
  actions_update (self);
}

static void
activated_cb (McFormSettingsGroup *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "forms.apply", NULL);
}

/*
 * Actions
 */

static void
apply_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  McFormSettingsGroup *self = MC_FORM_SETTINGS_GROUP (widget);
  char **values;

  if (self->office == NULL || self->saving != NULL || !is_loaded (self))
    return;

  values = validate (self);
  if (values == NULL)
    return;

  self->saving = values;
  begin_request (self);
  actions_update (self);
  mc_office_set_form_settings_async (self->office, (const char * const *) values,
                                     self->cancellable, saved_cb, g_object_ref (self));
}

/*
 * GObject overrides
 */

static void
mc_form_settings_group_dispose (GObject *object)
{
  McFormSettingsGroup *self = (McFormSettingsGroup *)object;

  g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), MC_TYPE_FORM_SETTINGS_GROUP);
  g_clear_object (&self->office);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->saving, g_strfreev);
  clear_saved (self);

  G_OBJECT_CLASS (mc_form_settings_group_parent_class)->dispose (object);
}

static void
mc_form_settings_group_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  McFormSettingsGroup *self = MC_FORM_SETTINGS_GROUP (object);

  switch (prop_id)
    {
    case PROP_BUSY:
      g_value_set_boolean (value, mc_form_settings_group_get_busy (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mc_form_settings_group_class_init (McFormSettingsGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mc_form_settings_group_dispose;
  object_class->get_property = mc_form_settings_group_get_property;

  /**
   * McFormSettingsGroup:busy:
   *
   * Whether the settings are being read or saved.
   */
  properties [PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/mc-form-settings-group.ui");
  gtk_widget_class_bind_template_child (widget_class, McFormSettingsGroup, counter_name_row);
  gtk_widget_class_bind_template_child (widget_class, McFormSettingsGroup, counter_phone_row);
  gtk_widget_class_bind_template_child (widget_class, McFormSettingsGroup, error_label);
  gtk_widget_class_bind_template_child (widget_class, McFormSettingsGroup, leader_capacity_row);
  gtk_widget_class_bind_template_child (widget_class, McFormSettingsGroup, leader_name_row);
  gtk_widget_class_bind_template_child (widget_class, McFormSettingsGroup, leader_title_row);
  gtk_widget_class_bind_template_child (widget_class, McFormSettingsGroup, report_receiver_row);
  gtk_widget_class_bind_template_child (widget_class, McFormSettingsGroup, thresholds_row);
  gtk_widget_class_bind_template_callback (widget_class, activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, changed_cb);

  gtk_widget_class_install_action (widget_class, "forms.apply", NULL, apply_action);
}

static void
mc_form_settings_group_init (McFormSettingsGroup *self)
{
  AdwEntryRow *rows[MC_FORM_N_SETTINGS];

  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();

  /* The error message describes the fields. */
  get_rows (self, rows);
  for (guint i = 0; i < MC_FORM_N_SETTINGS; i++)
    gtk_accessible_update_relation (GTK_ACCESSIBLE (rows[i]),
                                    GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, self->error_label, NULL,
                                    -1);

  actions_update (self);
}

/*
 * Public API
 */

/**
 * mc_form_settings_group_set_office:
 * @self: a #McFormSettingsGroup
 * @office: the office whose settings to show and edit
 *
 * Loads the settings of the printed forms from @office.
 */
void
mc_form_settings_group_set_office (McFormSettingsGroup *self,
                                   McOffice            *office)
{
  g_return_if_fail (MC_IS_FORM_SETTINGS_GROUP (self));
  g_return_if_fail (MC_IS_OFFICE (office));

  if (!g_set_object (&self->office, office))
    return;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  g_clear_pointer (&self->saving, g_strfreev);
  clear_saved (self);
  actions_update (self);

  begin_request (self);
  mc_office_load_identity_async (office, self->cancellable, loaded_cb, g_object_ref (self));
}

/**
 * mc_form_settings_group_get_busy:
 * @self: a #McFormSettingsGroup
 *
 * Returns: whether the settings are being read or saved
 */
gboolean
mc_form_settings_group_get_busy (McFormSettingsGroup *self)
{
  g_return_val_if_fail (MC_IS_FORM_SETTINGS_GROUP (self), FALSE);

  return self->n_pending > 0;
}
