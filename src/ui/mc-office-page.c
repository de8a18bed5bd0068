/* mc-office-page.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-office-page"

#include "config.h"

#include <glib/gi18n.h>

#include "mc-backup-group.h"
#include "mc-dossier-code.h"
#include "mc-error.h"
#include "mc-form-settings-group.h"
#include "mc-office.h"
#include "mc-office-page.h"
#include "mc-staff-store.h"
#include "mc-ui-util.h"

/* The "Office" page of the preferences: the commune's identity (its
 * agency code, which begins every dossier code, its name and the place
 * name printed on forms) and this computer's settings (its name in the
 * history of dossiers, its share of the dossier numbers, the idle lock),
 * then the settings of the printed forms (McFormSettingsGroup) and the
 * backups (McBackupGroup), whose restore and folder are an
 * administrator's alone.
 * Each group has its own Apply button, enabled once a field differs from
 * what is stored. A field is checked when applying, with the same
 * functions the stores use (mc_agency_code_validate(),
 * mc_number_range_parse()), and its error shows at the field: nothing
 * invalid is sent to the database. Everything is read and written
 * through McOffice on the database worker. */

struct _McOfficePage
{
  AdwPreferencesPage   parent_instance;

  McOffice            *office;
  GCancellable        *cancellable;
  McOfficeSettings    *saved;              /* what the database holds */
  McOfficeSettings    *saving_identity;    /* on its way there, or NULL */
  McOfficeSettings    *saving_workstation; /* on its way there, or NULL */
  guint                n_pending;
  guint                filling : 1;

  /* Template widgets */
  AdwEntryRow         *agency_code_row;
  AdwEntryRow         *agency_name_row;
  McBackupGroup       *backup_group;
  McFormSettingsGroup *form_settings_group;
  GtkLabel            *identity_error_label;
  GtkSpinButton       *idle_spin;
  AdwEntryRow         *place_name_row;
  AdwEntryRow         *range_row;
  GtkLabel            *workstation_error_label;
  AdwPreferencesGroup *workstation_group;
  AdwEntryRow         *workstation_name_row;
};

G_DEFINE_FINAL_TYPE (McOfficePage, mc_office_page, ADW_TYPE_PREFERENCES_PAGE)

enum {
  PROP_0,
  PROP_BUSY,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/*
 * Auxiliary functions
 */

static const char *
get_text (AdwEntryRow *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

/* The text of @row without surrounding spaces. */
static char *
dup_stripped (AdwEntryRow *row)
{
  return g_strstrip (g_strdup (get_text (row)));
}

static int
get_idle_minutes (McOfficePage *self)
{
  return gtk_spin_button_get_value_as_int (self->idle_spin);
}

static gboolean
row_differs (AdwEntryRow *row,
             const char  *saved)
{
  g_autofree char *text = dup_stripped (row);

  return g_strcmp0 (text, saved) != 0;
}

static gboolean
identity_modified (McOfficePage *self)
{
  if (self->saved == NULL)
    return FALSE;

  return row_differs (self->agency_code_row, self->saved->agency_code) ||
         row_differs (self->agency_name_row, self->saved->agency_name) ||
         row_differs (self->place_name_row, self->saved->place_name);
}

static gboolean
workstation_modified (McOfficePage *self)
{
  if (self->saved == NULL)
    return FALSE;

  return row_differs (self->workstation_name_row, self->saved->workstation_name) ||
         row_differs (self->range_row, self->saved->range) ||
         get_idle_minutes (self) != self->saved->idle_lock_minutes;
}

static void
actions_update (McOfficePage *self)
{
  gboolean ready = self->office != NULL && self->saved != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "office.apply-identity",
                                 ready && self->saving_identity == NULL &&
                                 identity_modified (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "office.apply-workstation",
                                 ready && self->saving_workstation == NULL &&
                                 workstation_modified (self));
}

static void
begin_request (McOfficePage *self)
{
  if (self->n_pending++ == 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_BUSY]);
}

static void
end_request (McOfficePage *self)
{
  g_assert (self->n_pending > 0);

  if (--self->n_pending == 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_BUSY]);
}

static void
clear_identity_errors (McOfficePage *self)
{
  mc_ui_set_row_error (self->agency_code_row, NULL);
  mc_ui_show_message (self->identity_error_label, NULL);
}

static void
clear_workstation_errors (McOfficePage *self)
{
  mc_ui_set_row_error (self->range_row, NULL);
  mc_ui_show_message (self->workstation_error_label, NULL);
}

/* Shows @message at @row, when given, and under the group. */
static void
show_error (GtkLabel    *label,
            AdwEntryRow *row,
            const char  *message)
{
  if (row != NULL)
    {
      mc_ui_set_row_error (row, message);
      gtk_widget_grab_focus (GTK_WIDGET (row));
    }
  mc_ui_show_message (label, message);
}

static void
fill_identity (McOfficePage *self)
{
  self->filling = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->agency_code_row), self->saved->agency_code);
  gtk_editable_set_text (GTK_EDITABLE (self->agency_name_row), self->saved->agency_name);
  gtk_editable_set_text (GTK_EDITABLE (self->place_name_row), self->saved->place_name);
  self->filling = FALSE;
}

static void
fill_workstation (McOfficePage *self)
{
  self->filling = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->workstation_name_row),
                         self->saved->workstation_name);
  gtk_editable_set_text (GTK_EDITABLE (self->range_row), self->saved->range);
  gtk_spin_button_set_value (self->idle_spin, self->saved->idle_lock_minutes);
  self->filling = FALSE;
}

static void
replace_string (char **field,
                char  *value)
{
  g_free (*field);
  *field = value;
}

/* A stored setting damaged outside the application shows its error at
 * once, so that it gets corrected. */
static void
check_stored (McOfficePage *self)
{
  g_autoptr(GError) error = NULL;
  McNumberRange range;

  if (self->saved->agency_code[0] != '\0' &&
      !mc_agency_code_validate (self->saved->agency_code, &error))
    {
      mc_ui_set_row_error (self->agency_code_row, error->message);
      mc_ui_show_message (self->identity_error_label, error->message);
    }
  g_clear_error (&error);

  if (!mc_number_range_parse (self->saved->range, &range, &error))
    {
      mc_ui_set_row_error (self->range_row, error->message);
      mc_ui_show_message (self->workstation_error_label, error->message);
    }
}

/*
 * Callbacks
 */

static void
loaded_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(McOfficePage) self = user_data;
  g_autoptr(GError) error = NULL;
  McOfficeSettings *settings;

  end_request (self);

  settings = mc_office_load_finish (MC_OFFICE (object), result, &error);
  if (settings == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          mc_ui_show_message (self->identity_error_label, error->message);
          mc_ui_show_message (self->workstation_error_label, error->message);
        }
      return;
    }

  g_clear_pointer (&self->saved, mc_office_settings_free);
  self->saved = settings;
  fill_identity (self);
  fill_workstation (self);
  clear_identity_errors (self);
  clear_workstation_errors (self);
  check_stored (self);
  actions_update (self);
}

static void
identity_saved_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(McOfficePage) self = user_data;
  g_autoptr(McOfficeSettings) saving = g_steal_pointer (&self->saving_identity);
  g_autoptr(GError) error = NULL;

  end_request (self);

  if (!mc_office_set_identity_finish (MC_OFFICE (object), result, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_error (self->identity_error_label,
                    g_error_matches (error, MC_ERROR, MC_ERROR_INVALID) ? self->agency_code_row
                                                                        : NULL,
                    error->message);
      actions_update (self);
      return;
    }

  /* Disposed meanwhile, or the context replaced. */
  if (saving == NULL || self->saved == NULL)
    return;

  replace_string (&self->saved->agency_code, g_steal_pointer (&saving->agency_code));
  replace_string (&self->saved->agency_name, g_steal_pointer (&saving->agency_name));
  replace_string (&self->saved->place_name, g_steal_pointer (&saving->place_name));
  fill_identity (self);
  clear_identity_errors (self);
  actions_update (self);

  mc_ui_add_toast (GTK_WIDGET (self), adw_toast_new (_("Commune details saved")));
}

static void
workstation_saved_cb (GObject      *object,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  g_autoptr(McOfficePage) self = user_data;
  g_autoptr(McOfficeSettings) saving = g_steal_pointer (&self->saving_workstation);
  g_autoptr(GError) error = NULL;

  end_request (self);

  if (!mc_office_set_workstation_finish (MC_OFFICE (object), result, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_error (self->workstation_error_label, NULL, error->message);
      actions_update (self);
      return;
    }

  /* Disposed meanwhile, or the context replaced. */
  if (saving == NULL || self->saved == NULL)
    return;

  replace_string (&self->saved->workstation_name, g_steal_pointer (&saving->workstation_name));
  replace_string (&self->saved->range, g_steal_pointer (&saving->range));
  self->saved->idle_lock_minutes = saving->idle_lock_minutes;
  fill_workstation (self);
  clear_workstation_errors (self);
  actions_update (self);

  mc_ui_add_toast (GTK_WIDGET (self), adw_toast_new (_("Settings of this computer saved")));
}

static void
identity_changed_cb (McOfficePage *self)
{
  if (self->filling)
    return;

  clear_identity_errors (self);
  actions_update (self);
}

static void
workstation_changed_cb (McOfficePage *self)
{
  if (self->filling)
    return;

  clear_workstation_errors (self);
  actions_update (self);
}

static void
form_settings_busy_cb (McOfficePage *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_BUSY]);
}

static void
identity_activated_cb (McOfficePage *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "office.apply-identity", NULL);
}

static void
workstation_activated_cb (McOfficePage *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "office.apply-workstation", NULL);
}

/*
 * Actions
 */

static void
apply_identity_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  McOfficePage *self = MC_OFFICE_PAGE (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *code = NULL;
  McOfficeSettings *saving;

  if (self->office == NULL || self->saved == NULL || self->saving_identity != NULL)
    return;

  clear_identity_errors (self);

  /* Spaces around the code are a slip of the keyboard, not part of it. */
  code = dup_stripped (self->agency_code_row);
  if (!mc_agency_code_validate (code, &error))
    {
      show_error (self->identity_error_label, self->agency_code_row, error->message);
      return;
    }

  saving = g_new0 (McOfficeSettings, 1);
  saving->agency_code = g_steal_pointer (&code);
  saving->agency_name = dup_stripped (self->agency_name_row);
  saving->place_name = dup_stripped (self->place_name_row);
  self->saving_identity = saving;

  begin_request (self);
  actions_update (self);
  mc_office_set_identity_async (self->office, saving->agency_code, saving->agency_name,
                                saving->place_name, self->cancellable, identity_saved_cb,
                                g_object_ref (self));
}

static void
apply_workstation_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  McOfficePage *self = MC_OFFICE_PAGE (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *range_text = NULL;
  McOfficeSettings *saving;
  McNumberRange range;

  if (self->office == NULL || self->saved == NULL || self->saving_workstation != NULL)
    return;

  clear_workstation_errors (self);

  range_text = dup_stripped (self->range_row);
  if (!mc_number_range_parse (range_text, &range, &error))
    {
      show_error (self->workstation_error_label, self->range_row, error->message);
      return;
    }

  /* Takes a number typed but not yet confirmed. */
  gtk_spin_button_update (self->idle_spin);

  saving = g_new0 (McOfficeSettings, 1);
  saving->workstation_name = dup_stripped (self->workstation_name_row);
  saving->range = mc_number_range_to_string (&range);
  saving->idle_lock_minutes = get_idle_minutes (self);
  self->saving_workstation = saving;

  begin_request (self);
  actions_update (self);
  mc_office_set_workstation_async (self->office, saving->workstation_name, saving->range,
                                   saving->idle_lock_minutes, self->cancellable,
                                   workstation_saved_cb, g_object_ref (self));
}

/*
 * GObject overrides
 */

static void
mc_office_page_dispose (GObject *object)
{
  McOfficePage *self = (McOfficePage *)object;

  g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), MC_TYPE_OFFICE_PAGE);
  g_clear_object (&self->office);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->saved, mc_office_settings_free);
  g_clear_pointer (&self->saving_identity, mc_office_settings_free);
  g_clear_pointer (&self->saving_workstation, mc_office_settings_free);

  G_OBJECT_CLASS (mc_office_page_parent_class)->dispose (object);
}

static void
mc_office_page_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  McOfficePage *self = MC_OFFICE_PAGE (object);

  switch (prop_id)
    {
    case PROP_BUSY:
      g_value_set_boolean (value, mc_office_page_get_busy (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mc_office_page_class_init (McOfficePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mc_office_page_dispose;
  object_class->get_property = mc_office_page_get_property;

  /**
   * McOfficePage:busy:
   *
   * Whether the page waits for the database: a load or a change.
   */
  properties [PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (MC_TYPE_BACKUP_GROUP);
  g_type_ensure (MC_TYPE_FORM_SETTINGS_GROUP);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/mc-office-page.ui");
  gtk_widget_class_bind_template_child (widget_class, McOfficePage, agency_code_row);
  gtk_widget_class_bind_template_child (widget_class, McOfficePage, agency_name_row);
  gtk_widget_class_bind_template_child (widget_class, McOfficePage, backup_group);
  gtk_widget_class_bind_template_child (widget_class, McOfficePage, form_settings_group);
  gtk_widget_class_bind_template_child (widget_class, McOfficePage, identity_error_label);
  gtk_widget_class_bind_template_child (widget_class, McOfficePage, idle_spin);
  gtk_widget_class_bind_template_child (widget_class, McOfficePage, place_name_row);
  gtk_widget_class_bind_template_child (widget_class, McOfficePage, range_row);
  gtk_widget_class_bind_template_child (widget_class, McOfficePage, workstation_error_label);
  gtk_widget_class_bind_template_child (widget_class, McOfficePage, workstation_group);
  gtk_widget_class_bind_template_child (widget_class, McOfficePage, workstation_name_row);
  gtk_widget_class_bind_template_callback (widget_class, form_settings_busy_cb);
  gtk_widget_class_bind_template_callback (widget_class, identity_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, identity_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, workstation_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, workstation_changed_cb);

  gtk_widget_class_install_action (widget_class, "office.apply-identity", NULL,
                                   apply_identity_action);
  gtk_widget_class_install_action (widget_class, "office.apply-workstation", NULL,
                                   apply_workstation_action);
}

static void
mc_office_page_init (McOfficePage *self)
{
  g_autofree char *description = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();

  /* Translators: %s is the computer's own name */
  description = g_strdup_printf (_("Give each computer of the office its own range of dossier "
                                   "numbers, e.g. 1-4999 and 5000-9999, so codes never collide "
                                   "while offline. Leave the workstation name empty to use the "
                                   "computer’s own name, “%s”."),
                                 g_get_host_name ());
  adw_preferences_group_set_description (self->workstation_group, description);

  /* The error messages describe their fields. */
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->agency_code_row),
                                  GTK_ACCESSIBLE_RELATION_DESCRIBED_BY,
                                  self->identity_error_label, NULL, -1);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->range_row),
                                  GTK_ACCESSIBLE_RELATION_DESCRIBED_BY,
                                  self->workstation_error_label, NULL, -1);

  gtk_adjustment_set_lower (gtk_spin_button_get_adjustment (self->idle_spin),
                            MC_STAFF_IDLE_LOCK_MIN_MINUTES);
  gtk_adjustment_set_upper (gtk_spin_button_get_adjustment (self->idle_spin),
                            MC_STAFF_IDLE_LOCK_MAX_MINUTES);

  actions_update (self);
}

/*
 * Public API
 */

/**
 * mc_office_page_set_context:
 * @self: a #McOfficePage
 * @context: the open context
 * @administrator: whether an administrator opened the page, who alone
 *   may restore a backup or change the folder of the backups
 *
 * Loads the office's settings from @context's database.
 */
void
mc_office_page_set_context (McOfficePage *self,
                            McContext    *context,
                            gboolean      administrator)
{
  g_return_if_fail (MC_IS_OFFICE_PAGE (self));
  g_return_if_fail (MC_IS_CONTEXT (context));

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  g_clear_object (&self->office);
  self->office = mc_office_new (mc_context_get_worker (context));
  g_clear_pointer (&self->saved, mc_office_settings_free);
  actions_update (self);

  begin_request (self);
  mc_office_load_async (self->office, self->cancellable, loaded_cb, g_object_ref (self));
  mc_form_settings_group_set_office (self->form_settings_group, self->office);
  mc_backup_group_set_administrator (self->backup_group, administrator);
  mc_backup_group_set_context (self->backup_group, context);
}

/**
 * mc_office_page_get_busy:
 * @self: a #McOfficePage
 *
 * Returns: whether the settings are being read or saved
 */
gboolean
mc_office_page_get_busy (McOfficePage *self)
{
  g_return_val_if_fail (MC_IS_OFFICE_PAGE (self), FALSE);

  return self->n_pending > 0 || mc_form_settings_group_get_busy (self->form_settings_group);
}
