/* mc-first-admin-page.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-first-admin-page"

#include "config.h"

#include <glib/gi18n.h>

#include "mc-first-admin-page.h"
#include "mc-ui-util.h"

/* The page of the first start, while the database has no active
 * administrator: it creates the administrator's account, which is then
 * signed in. The page checks only that the password was typed the same
 * twice; everything else (the user name's characters, the full name, the
 * password rules, a name already taken) is the store's to decide, and its
 * message shows inline. */

struct _McFirstAdminPage
{
  AdwBin        parent_instance;

  McSession    *session;
  GCancellable *cancellable;
  gboolean      busy;

  /* Template widgets */
  AdwEntryRow  *confirm_row;
  GtkLabel     *error_label;
  AdwEntryRow  *full_name_row;
  AdwEntryRow  *password_row;
  GtkSpinner   *spinner;
  AdwEntryRow  *title_row;
  AdwEntryRow  *username_row;
};

G_DEFINE_FINAL_TYPE (McFirstAdminPage, mc_first_admin_page, ADW_TYPE_BIN)

/*
 * Auxiliary functions
 */

static void
set_busy (McFirstAdminPage *self,
          gboolean          busy)
{
  AdwEntryRow *rows[] = {
    self->username_row, self->full_name_row, self->title_row, self->password_row,
    self->confirm_row,
  };

  self->busy = busy;
  /* Not insensitive: the focus stays in its field (GTK 4.8 warns when a
   * focused text turns insensitive). */
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    gtk_editable_set_editable (GTK_EDITABLE (rows[i]), !busy);

  gtk_widget_set_visible (GTK_WIDGET (self->spinner), busy);
  gtk_spinner_set_spinning (self->spinner, busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "first-admin.create",
                                 !busy && self->session != NULL);
}

static void
clear_errors (McFirstAdminPage *self)
{
  mc_ui_set_row_error (self->confirm_row, NULL);
  mc_ui_show_message (self->error_label, NULL);
}

static const char *
get_text (AdwEntryRow *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

/*
 * Callbacks
 */

static void
created_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(McFirstAdminPage) self = user_data;
  g_autoptr(GError) error = NULL;

  if (mc_session_create_first_administrator_finish (MC_SESSION (object), result, &error))
    {
      /* Signed in: the window shows the work on McSession::changed. */
      set_busy (self, FALSE);
      mc_first_admin_page_reset (self);
      return;
    }

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  set_busy (self, FALSE);
  mc_ui_show_message (self->error_label, error->message);
}

static void
changed_cb (McFirstAdminPage *self)
{
  clear_errors (self);
}

/* Enter goes to the next field, and creates the account in the last. */
static void
activated_cb (McFirstAdminPage *self,
              AdwEntryRow      *row)
{
  AdwEntryRow *rows[] = {
    self->username_row, self->full_name_row, self->title_row, self->password_row,
    self->confirm_row,
  };

  for (guint i = 0; i + 1 < G_N_ELEMENTS (rows); i++)
    if (rows[i] == row)
      {
        gtk_widget_grab_focus (GTK_WIDGET (rows[i + 1]));
        return;
      }

  gtk_widget_activate_action (GTK_WIDGET (self), "first-admin.create", NULL);
}

/*
 * Actions
 */

static void
create_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  McFirstAdminPage *self = MC_FIRST_ADMIN_PAGE (widget);

  if (self->busy || self->session == NULL)
    return;

  clear_errors (self);

  if (!g_str_equal (get_text (self->password_row), get_text (self->confirm_row)))
    {
      const char *message = _("The passwords do not match. Type the same password twice.");

      mc_ui_set_row_error (self->confirm_row, message);
      mc_ui_show_message (self->error_label, message);
      gtk_widget_grab_focus (GTK_WIDGET (self->confirm_row));
      return;
    }

  set_busy (self, TRUE);
  mc_session_create_first_administrator_async (self->session,
                                               get_text (self->username_row),
                                               get_text (self->full_name_row),
                                               get_text (self->title_row),
                                               get_text (self->password_row),
                                               self->cancellable,
                                               created_cb, g_object_ref (self));
}

/*
 * GObject overrides
 */

static void
mc_first_admin_page_dispose (GObject *object)
{
  McFirstAdminPage *self = (McFirstAdminPage *)object;

  g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), MC_TYPE_FIRST_ADMIN_PAGE);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (mc_first_admin_page_parent_class)->dispose (object);
}

static void
mc_first_admin_page_finalize (GObject *object)
{
  McFirstAdminPage *self = (McFirstAdminPage *)object;

  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (mc_first_admin_page_parent_class)->finalize (object);
}

static void
mc_first_admin_page_class_init (McFirstAdminPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mc_first_admin_page_dispose;
  object_class->finalize = mc_first_admin_page_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/mc-first-admin-page.ui");
  gtk_widget_class_bind_template_child (widget_class, McFirstAdminPage, confirm_row);
  gtk_widget_class_bind_template_child (widget_class, McFirstAdminPage, error_label);
  gtk_widget_class_bind_template_child (widget_class, McFirstAdminPage, full_name_row);
  gtk_widget_class_bind_template_child (widget_class, McFirstAdminPage, password_row);
  gtk_widget_class_bind_template_child (widget_class, McFirstAdminPage, spinner);
  gtk_widget_class_bind_template_child (widget_class, McFirstAdminPage, title_row);
  gtk_widget_class_bind_template_child (widget_class, McFirstAdminPage, username_row);
  gtk_widget_class_bind_template_callback (widget_class, activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, changed_cb);

  gtk_widget_class_install_action (widget_class, "first-admin.create", NULL, create_action);
}

static void
mc_first_admin_page_init (McFirstAdminPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  set_busy (self, FALSE);
}

/*
 * Public API
 */

void
mc_first_admin_page_set_session (McFirstAdminPage *self,
                                 McSession        *session)
{
  g_return_if_fail (MC_IS_FIRST_ADMIN_PAGE (self));
  g_return_if_fail (session == NULL || MC_IS_SESSION (session));

  g_set_object (&self->session, session);
  set_busy (self, self->busy);
}

/**
 * mc_first_admin_page_reset:
 * @self: a #McFirstAdminPage
 *
 * Empties the fields, which hold a password, and focuses the first.
 */
void
mc_first_admin_page_reset (McFirstAdminPage *self)
{
  AdwEntryRow *rows[] = {
    self->username_row, self->full_name_row, self->title_row, self->password_row,
    self->confirm_row,
  };

  g_return_if_fail (MC_IS_FIRST_ADMIN_PAGE (self));

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    gtk_editable_set_text (GTK_EDITABLE (rows[i]), "");
  clear_errors (self);

  gtk_widget_grab_focus (GTK_WIDGET (self->username_row));
}

/* Whether the account is being created. */
gboolean
mc_first_admin_page_get_busy (McFirstAdminPage *self)
{
  g_return_val_if_fail (MC_IS_FIRST_ADMIN_PAGE (self), FALSE);

  return self->busy;
}
