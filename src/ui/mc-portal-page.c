/* mc-portal-page.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-portal-page"

#include "config.h"

#include <glib/gi18n.h>

#include "mc-portal-account.h"
#include "mc-portal-page.h"
#include "mc-sync-status-text.h"
#include "mc-ui-util.h"

/* The Portal page of the preferences: where this office's account at
 * the provincial portal is set (address, codes, user name, password),
 * and how the sync stands. Only an administrator changes the account;
 * everyone sees it. Each field is checked with
 * mc_portal_settings_check() before anything is stored, so the error
 * shows at its field; the password is never shown back, only whether
 * one is kept. Applying asks the sync to start at once. */

struct _McPortalPage
{
  AdwPreferencesPage   parent_instance;

  McPortalAccount     *account;
  McSyncService       *service;
  gulong               changed_handler;
  GCancellable        *cancellable;
  McPortalSettings    *saved;            /* NULL until loaded */
  McPortalSettings    *saving;           /* on its way, or NULL */
  gboolean             has_password;
  guint                n_pending;
  guint                editable : 1;
  guint                filling : 1;

  /* Template widgets */
  AdwPreferencesGroup *account_group;
  AdwEntryRow         *dstcode_row;
  GtkLabel            *error_label;
  AdwEntryRow         *madonvi_row;
  AdwEntryRow         *password_row;
  AdwActionRow        *status_row;
  GtkWidget           *sync_now_button;
  AdwEntryRow         *url_row;
  AdwEntryRow         *username_row;
};

G_DEFINE_FINAL_TYPE (McPortalPage, mc_portal_page, ADW_TYPE_PREFERENCES_PAGE)

enum {
  PROP_0,
  PROP_BUSY,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/*
 * Auxiliary functions
 */

static char *
row_text (AdwEntryRow *row)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
}

/* The settings as typed. */
static McPortalSettings *
read_rows (McPortalPage *self)
{
  McPortalSettings *settings = g_new0 (McPortalSettings, 1);

  settings->url = row_text (self->url_row);
  settings->dstcode = row_text (self->dstcode_row);
  settings->madonvi = row_text (self->madonvi_row);
  settings->username = row_text (self->username_row);
  return settings;
}

static AdwEntryRow *
row_of_field (McPortalPage *self,
              const char   *field)
{
  if (g_strcmp0 (field, "portal-dstcode") == 0)
    return self->dstcode_row;
  if (g_strcmp0 (field, "portal-madonvi") == 0)
    return self->madonvi_row;
  if (g_strcmp0 (field, "portal-username") == 0)
    return self->username_row;
  return self->url_row;
}

static gboolean
same_account (const McPortalSettings *a,
              const McPortalSettings *b)
{
  return g_str_equal (a->url, b->url) && g_str_equal (a->username, b->username);
}

static gboolean
is_modified (McPortalPage *self)
{
  g_autoptr(McPortalSettings) typed = NULL;

  if (self->saved == NULL)
    return FALSE;

  typed = read_rows (self);
  return !same_account (typed, self->saved) ||
         !g_str_equal (typed->dstcode, self->saved->dstcode) ||
         !g_str_equal (typed->madonvi, self->saved->madonvi) ||
         *gtk_editable_get_text (GTK_EDITABLE (self->password_row)) != '\0';
}

static void
actions_update (McPortalPage *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "portal.apply",
                                 self->editable && self->account != NULL &&
                                 self->saving == NULL && is_modified (self));
}

static void
begin_request (McPortalPage *self)
{
  if (self->n_pending++ == 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_BUSY]);
}

static void
end_request (McPortalPage *self)
{
  g_assert (self->n_pending > 0);

  if (--self->n_pending == 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_BUSY]);
}

static void
clear_errors (McPortalPage *self)
{
  AdwEntryRow *rows[] = { self->url_row, self->dstcode_row, self->madonvi_row,
                          self->username_row, self->password_row };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    mc_ui_set_row_error (rows[i], NULL);
  mc_ui_show_message (self->error_label, NULL);
}

static void
show_error (McPortalPage *self,
            AdwEntryRow  *row,
            const char   *message)
{
  mc_ui_set_row_error (row, message);
  mc_ui_show_message (self->error_label, message);
  gtk_widget_grab_focus (GTK_WIDGET (row));
}

static void
fill (McPortalPage *self)
{
  self->filling = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->url_row), self->saved->url);
  gtk_editable_set_text (GTK_EDITABLE (self->dstcode_row), self->saved->dstcode);
  gtk_editable_set_text (GTK_EDITABLE (self->madonvi_row), self->saved->madonvi);
  gtk_editable_set_text (GTK_EDITABLE (self->username_row), self->saved->username);
  gtk_editable_set_text (GTK_EDITABLE (self->password_row), "");
  self->filling = FALSE;

  /* The password is never shown back: only whether one is kept. */
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->password_row),
                                 self->has_password
                                 ? _("Password (kept; type a new one to replace it)")
                                 : _("Password"));
}

static void
update_status (McPortalPage *self)
{
  g_autofree char *summary = NULL;
  g_autofree char *details = NULL;

  if (self->service == NULL)
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->status_row),
                                     _("The sync does not run in this window"));
      adw_action_row_set_subtitle (self->status_row, "");
      gtk_widget_set_sensitive (self->sync_now_button, FALSE);
      return;
    }

  summary = mc_sync_status_summary (self->service);
  details = mc_sync_status_details (self->service);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->status_row), summary);
  adw_action_row_set_subtitle (self->status_row, details);
  gtk_widget_set_sensitive (self->sync_now_button,
                            mc_sync_service_get_status (self->service) != MC_SYNC_STATUS_SYNCING &&
                            mc_sync_service_get_status (self->service) != MC_SYNC_STATUS_NOT_SET_UP);
}

/* Checks every field and marks the first in error; on success, returns
 * the settings to store. */
static McPortalSettings *
validate (McPortalPage *self)
{
  g_autoptr(McPortalSettings) typed = read_rows (self);
  g_autoptr(GError) error = NULL;
  const char *field = NULL;
  const char *password = gtk_editable_get_text (GTK_EDITABLE (self->password_row));

  clear_errors (self);

  if (!mc_portal_settings_check (typed, &field, &error))
    {
      show_error (self, row_of_field (self, field), error->message);
      return NULL;
    }

  /* A kept password belongs to an address and a user name. */
  if (*typed->url != '\0' && *password == '\0' &&
      !(self->has_password && same_account (typed, self->saved)))
    {
      show_error (self, self->password_row, _("Enter the password the portal gave this office"));
      return NULL;
    }

  return g_steal_pointer (&typed);
}

/*
 * Callbacks
 */

static void
loaded_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(McPortalPage) self = user_data;
  g_autoptr(McPortalSettings) settings = NULL;
  g_autoptr(GError) error = NULL;
  gboolean has_password = FALSE;

  end_request (self);

  settings = mc_portal_account_load_finish (MC_PORTAL_ACCOUNT (object), result, &has_password,
                                            &error);
  if (settings == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        mc_ui_show_message (self->error_label, error->message);
      return;
    }

  g_clear_pointer (&self->saved, mc_portal_settings_free);
  self->saved = g_steal_pointer (&settings);
  self->has_password = has_password;
  fill (self);
  clear_errors (self);
  actions_update (self);
}

static void
saved_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(McPortalPage) self = user_data;
  g_autoptr(McPortalSettings) saving = g_steal_pointer (&self->saving);
  g_autoptr(GError) error = NULL;
  gboolean turned_on;

  end_request (self);

  if (!mc_portal_account_save_finish (MC_PORTAL_ACCOUNT (object), result, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          g_autofree char *message = NULL;

          /* Only the keyring can fail this way with valid fields. */
          message = g_strdup_printf (_("The settings were not saved: %s"), error->message);
          mc_ui_show_message (self->error_label, message);
        }
      actions_update (self);
      return;
    }

  if (saving == NULL)
    return;

  /* Turning the sync off leaves the kept password in the keyring; an
   * account changed without a new password was refused by validate(). */
  turned_on = *saving->url != '\0';
  if (turned_on && *gtk_editable_get_text (GTK_EDITABLE (self->password_row)) != '\0')
    self->has_password = TRUE;
  g_clear_pointer (&self->saved, mc_portal_settings_free);
  self->saved = g_steal_pointer (&saving);
  fill (self);
  clear_errors (self);
  actions_update (self);

  if (self->service != NULL)
    mc_sync_service_sync_now (self->service);

  if (!turned_on)
    mc_ui_add_toast (GTK_WIDGET (self), adw_toast_new (_("The sync with the portal is off")));
  else if (self->service != NULL)
    mc_ui_add_toast (GTK_WIDGET (self), adw_toast_new (_("Portal settings saved; syncing now")));
  else
    mc_ui_add_toast (GTK_WIDGET (self), adw_toast_new (_("Portal settings saved")));
}

static void
changed_cb (McPortalPage *self)
{
  if (self->filling)
    return;

  clear_errors (self);
  actions_update (self);
}

static void
activated_cb (McPortalPage *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "portal.apply", NULL);
}

static void
sync_now_cb (McPortalPage *self)
{
  if (self->service != NULL)
    mc_sync_service_sync_now (self->service);
}

/*
 * Actions
 */

static void
apply_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  McPortalPage *self = MC_PORTAL_PAGE (widget);
  McPortalSettings *settings;

  if (!self->editable || self->account == NULL || self->saving != NULL || self->saved == NULL)
    return;

  settings = validate (self);
  if (settings == NULL)
    return;

  self->saving = settings;
  begin_request (self);
  actions_update (self);
  mc_portal_account_save_async (self->account, settings,
                                gtk_editable_get_text (GTK_EDITABLE (self->password_row)),
                                self->cancellable, saved_cb, g_object_ref (self));
}

/*
 * GObject overrides
 */

static void
mc_portal_page_dispose (GObject *object)
{
  McPortalPage *self = (McPortalPage *)object;

  g_cancellable_cancel (self->cancellable);
  if (self->service != NULL)
    g_clear_signal_handler (&self->changed_handler, self->service);
  gtk_widget_dispose_template (GTK_WIDGET (self), MC_TYPE_PORTAL_PAGE);
  g_clear_object (&self->account);
  g_clear_object (&self->service);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->saved, mc_portal_settings_free);
  g_clear_pointer (&self->saving, mc_portal_settings_free);

  G_OBJECT_CLASS (mc_portal_page_parent_class)->dispose (object);
}

static void
mc_portal_page_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  McPortalPage *self = MC_PORTAL_PAGE (object);

  switch (prop_id)
    {
    case PROP_BUSY:
      g_value_set_boolean (value, mc_portal_page_get_busy (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mc_portal_page_class_init (McPortalPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mc_portal_page_dispose;
  object_class->get_property = mc_portal_page_get_property;

  /**
   * McPortalPage:busy:
   *
   * Whether the settings are being read or saved.
   */
  properties [PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/mc-portal-page.ui");
  gtk_widget_class_bind_template_child (widget_class, McPortalPage, account_group);
  gtk_widget_class_bind_template_child (widget_class, McPortalPage, dstcode_row);
  gtk_widget_class_bind_template_child (widget_class, McPortalPage, error_label);
  gtk_widget_class_bind_template_child (widget_class, McPortalPage, madonvi_row);
  gtk_widget_class_bind_template_child (widget_class, McPortalPage, password_row);
  gtk_widget_class_bind_template_child (widget_class, McPortalPage, status_row);
  gtk_widget_class_bind_template_child (widget_class, McPortalPage, sync_now_button);
  gtk_widget_class_bind_template_child (widget_class, McPortalPage, url_row);
  gtk_widget_class_bind_template_child (widget_class, McPortalPage, username_row);
  gtk_widget_class_bind_template_callback (widget_class, activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, sync_now_cb);

  gtk_widget_class_install_action (widget_class, "portal.apply", NULL, apply_action);
}

static void
mc_portal_page_init (McPortalPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();

  /* The error message describes the fields. */
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->url_row),
                                  GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, self->error_label, NULL, -1);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->dstcode_row),
                                  GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, self->error_label, NULL, -1);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->madonvi_row),
                                  GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, self->error_label, NULL, -1);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->username_row),
                                  GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, self->error_label, NULL, -1);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->password_row),
                                  GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, self->error_label, NULL, -1);

  update_status (self);
  actions_update (self);
}

/*
 * Public API
 */

/**
 * mc_portal_page_set_context:
 * @self: a #McPortalPage
 * @context: the open context
 * @editable: whether the account may be changed (an administrator's)
 *
 * Loads the portal's settings from @context's database.
 */
void
mc_portal_page_set_context (McPortalPage *self,
                            McContext    *context,
                            gboolean      editable)
{
  AdwEntryRow *rows[] = { self->url_row, self->dstcode_row, self->madonvi_row,
                          self->username_row, self->password_row };

  g_return_if_fail (MC_IS_PORTAL_PAGE (self));
  g_return_if_fail (MC_IS_CONTEXT (context));

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  g_clear_object (&self->account);
  g_clear_pointer (&self->saved, mc_portal_settings_free);
  g_clear_pointer (&self->saving, mc_portal_settings_free);

  self->account = mc_portal_account_new (mc_context_get_worker (context));
  self->editable = !!editable;
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    gtk_editable_set_editable (GTK_EDITABLE (rows[i]), self->editable);
  if (!self->editable)
    adw_preferences_group_set_description (self->account_group,
                                           _("Only an administrator can change the portal’s "
                                             "settings."));
  actions_update (self);

  begin_request (self);
  mc_portal_account_load_async (self->account, self->cancellable, loaded_cb,
                                g_object_ref (self));
}

/**
 * mc_portal_page_set_service:
 * @self: a #McPortalPage
 * @service: (nullable): the running sync, to show how it stands and to
 *   start it after a change
 */
void
mc_portal_page_set_service (McPortalPage  *self,
                            McSyncService *service)
{
  g_return_if_fail (MC_IS_PORTAL_PAGE (self));
  g_return_if_fail (service == NULL || MC_IS_SYNC_SERVICE (service));

  if (self->service != NULL)
    g_clear_signal_handler (&self->changed_handler, self->service);
  g_set_object (&self->service, service);
  if (service != NULL)
    self->changed_handler = g_signal_connect_object (service, "changed",
                                                     G_CALLBACK (update_status), self,
                                                     G_CONNECT_SWAPPED);
  update_status (self);
}

/**
 * mc_portal_page_get_busy:
 * @self: a #McPortalPage
 *
 * Returns: whether the settings are being read or saved
 */
gboolean
mc_portal_page_get_busy (McPortalPage *self)
{
  g_return_val_if_fail (MC_IS_PORTAL_PAGE (self), FALSE);

  return self->n_pending > 0;
}
