/* mc-sign-in-page.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-sign-in-page"

#include "config.h"

#include <glib/gi18n.h>

#include "mc-sign-in-page.h"
#include "mc-staff.h"
#include "mc-ui-util.h"

/* The page the window shows until someone signs in, and again when the
 * session locks: then with the user name filled in, so that the same
 * person only types the password, while someone else may still replace
 * it. The password is checked on the database worker, which takes a
 * moment (Argon2id): a spinner turns meanwhile and the fields are
 * read-only. A refusal shows inline, with the store's message, which
 * does not tell whether the user name or the password was wrong. */

struct _McSignInPage
{
  AdwBin          parent_instance;

  McSession      *session;
  GCancellable   *cancellable;
  gboolean        busy;

  /* Template widgets */
  GtkLabel       *error_label;
  AdwEntryRow    *password_row;
  GtkSpinner     *spinner;
  AdwStatusPage  *status_page;
  AdwEntryRow    *username_row;
};

G_DEFINE_FINAL_TYPE (McSignInPage, mc_sign_in_page, ADW_TYPE_BIN)

/*
 * Auxiliary functions
 */

static void
set_busy (McSignInPage *self,
          gboolean      busy)
{
  self->busy = busy;
  /* Not insensitive: the focus stays in its field (GTK 4.8 warns when a
   * focused text turns insensitive). */
  gtk_editable_set_editable (GTK_EDITABLE (self->username_row), !busy);
  gtk_editable_set_editable (GTK_EDITABLE (self->password_row), !busy);
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), busy);
  gtk_spinner_set_spinning (self->spinner, busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "sign-in.submit",
                                 !busy && self->session != NULL);
}

static void
clear_password (McSignInPage *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->password_row), "");
}

/*
 * Callbacks
 */

static void
signed_in_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(McSignInPage) self = user_data;
  g_autoptr(GError) error = NULL;

  if (mc_session_sign_in_finish (MC_SESSION (object), result, &error))
    {
      /* The window shows the work on McSession::changed. */
      set_busy (self, FALSE);
      clear_password (self);
      return;
    }

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  set_busy (self, FALSE);
  clear_password (self);
  mc_ui_show_message (self->error_label, error->message);
  gtk_widget_grab_focus (GTK_WIDGET (self->password_row));
}

static void
changed_cb (McSignInPage *self)
{
  mc_ui_show_message (self->error_label, NULL);
}

static void
username_activated_cb (McSignInPage *self)
{
  gtk_widget_grab_focus (GTK_WIDGET (self->password_row));
}

static void
password_activated_cb (McSignInPage *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "sign-in.submit", NULL);
}

/*
 * Actions
 */

static void
submit_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  McSignInPage *self = MC_SIGN_IN_PAGE (widget);
  const char *username = gtk_editable_get_text (GTK_EDITABLE (self->username_row));
  const char *password = gtk_editable_get_text (GTK_EDITABLE (self->password_row));

  if (self->busy || self->session == NULL)
    return;

  if (username[0] == '\0' || password[0] == '\0')
    {
      mc_ui_show_message (self->error_label, _("Enter your user name and password."));
      gtk_widget_grab_focus (GTK_WIDGET (username[0] == '\0' ? self->username_row
                                                             : self->password_row));
      return;
    }

  mc_ui_show_message (self->error_label, NULL);
  set_busy (self, TRUE);
  mc_session_sign_in_async (self->session, username, password, self->cancellable,
                            signed_in_cb, g_object_ref (self));
}

/*
 * GObject overrides
 */

static void
mc_sign_in_page_dispose (GObject *object)
{
  McSignInPage *self = (McSignInPage *)object;

  g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), MC_TYPE_SIGN_IN_PAGE);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (mc_sign_in_page_parent_class)->dispose (object);
}

static void
mc_sign_in_page_finalize (GObject *object)
{
  McSignInPage *self = (McSignInPage *)object;

  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (mc_sign_in_page_parent_class)->finalize (object);
}

static void
mc_sign_in_page_class_init (McSignInPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mc_sign_in_page_dispose;
  object_class->finalize = mc_sign_in_page_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/mc-sign-in-page.ui");
  gtk_widget_class_bind_template_child (widget_class, McSignInPage, error_label);
  gtk_widget_class_bind_template_child (widget_class, McSignInPage, password_row);
  gtk_widget_class_bind_template_child (widget_class, McSignInPage, spinner);
  gtk_widget_class_bind_template_child (widget_class, McSignInPage, status_page);
  gtk_widget_class_bind_template_child (widget_class, McSignInPage, username_row);
  gtk_widget_class_bind_template_callback (widget_class, changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, password_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, username_activated_cb);

  gtk_widget_class_install_action (widget_class, "sign-in.submit", NULL, submit_action);
}

static void
mc_sign_in_page_init (McSignInPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  set_busy (self, FALSE);
}

/*
 * Public API
 */

void
mc_sign_in_page_set_session (McSignInPage *self,
                             McSession    *session)
{
  g_return_if_fail (MC_IS_SIGN_IN_PAGE (self));
  g_return_if_fail (session == NULL || MC_IS_SESSION (session));

  g_set_object (&self->session, session);
  set_busy (self, self->busy);
}

/**
 * mc_sign_in_page_reset:
 * @self: a #McSignInPage
 *
 * Prepares the page to be shown: empty after signing out; with the user
 * name of the locked session's account, and the focus on the password,
 * after the session locked.
 */
void
mc_sign_in_page_reset (McSignInPage *self)
{
  McStaff *staff = NULL;
  gboolean locked;

  g_return_if_fail (MC_IS_SIGN_IN_PAGE (self));

  if (self->session != NULL)
    staff = mc_session_get_staff (self->session);
  locked = staff != NULL && mc_session_get_locked (self->session);

  if (locked)
    {
      adw_status_page_set_title (self->status_page, _("Session Locked"));
      adw_status_page_set_description (self->status_page,
                                       _("The session locked after a time without activity. "
                                         "Sign in again to continue where you left off."));
    }
  else
    {
      adw_status_page_set_title (self->status_page, _("Sign In"));
      adw_status_page_set_description (self->status_page,
                                       _("Sign in with your Một Cửa account."));
    }

  gtk_editable_set_text (GTK_EDITABLE (self->username_row),
                         locked ? mc_staff_get_username (staff) : "");
  clear_password (self);
  mc_ui_show_message (self->error_label, NULL);

  gtk_widget_grab_focus (GTK_WIDGET (locked ? self->password_row : self->username_row));
}

/* Whether a password is being checked. */
gboolean
mc_sign_in_page_get_busy (McSignInPage *self)
{
  g_return_val_if_fail (MC_IS_SIGN_IN_PAGE (self), FALSE);

  return self->busy;
}
