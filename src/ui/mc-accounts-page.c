/* mc-accounts-page.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-accounts-page"

#include "config.h"

#include <glib/gi18n.h>

#include "mc-accounts-page.h"
#include "mc-password.h"
#include "mc-staff-directory.h"
#include "mc-ui-util.h"

/* The "Accounts" page of the preferences, shown to administrators only:
 * the staff accounts, each with "Reset Password…" and "Deactivate" (or
 * "Activate"), and the form that adds one. Everything goes through
 * McStaffDirectory on the database worker, with the signed-in
 * administrator as the acting account: the store decides, in the
 * database, what that account may do, and its refusals (a user name
 * taken, a password too weak, the last administrator) show where they
 * belong: at the field of the form, or under the list. The list reloads
 * whenever the directory says the accounts changed. */

struct _McAccountsPage
{
  AdwPreferencesPage   parent_instance;

  McStaffDirectory    *directory;
  McStaff             *admin;
  GCancellable        *cancellable;        /* everything; cancelled on dispose */
  GCancellable        *list_cancellable;   /* the listing on its way */
  GPtrArray           *accounts;           /* McStaff, as listed */
  GPtrArray           *rows;               /* the rows of accounts_group */
  GtkStringList       *roles;
  guint                n_pending;
  guint                creating : 1;
  guint                changing : 1;

  /* Template widgets */
  AdwPreferencesGroup *accounts_group;
  GtkLabel            *add_error_label;
  AdwEntryRow         *full_name_row;
  GtkLabel            *list_error_label;
  AdwEntryRow         *password_row;
  AdwEntryRow         *repeat_row;
  AdwComboRow         *role_row;
  AdwEntryRow         *title_row;
  AdwEntryRow         *username_row;
};

G_DEFINE_FINAL_TYPE (McAccountsPage, mc_accounts_page, ADW_TYPE_PREFERENCES_PAGE)

enum {
  PROP_0,
  PROP_BUSY,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* The roles of the drop-down, in its order. */
static const McStaffRole roles[] = {
  MC_STAFF_ROLE_CLERK,
  MC_STAFF_ROLE_OFFICER,
  MC_STAFF_ROLE_LEADER,
  MC_STAFF_ROLE_ADMINISTRATOR,
};

/* A change of one account on its way to the database. */
typedef struct
{
  McAccountsPage *self;
  McStaff        *staff;
  gboolean        active;     /* activating or deactivating: the new state */
} Change;

/* The dialog that resets a password. */
typedef struct
{
  McAccountsPage *self;
  McStaff        *staff;
  GtkEditable    *password;
  GtkEditable    *repeat;
  GtkLabel       *hint;
} ResetDialog;

static void reload (McAccountsPage *self);

/*
 * Auxiliary functions
 */

static const char *
get_text (AdwEntryRow *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

static Change *
change_new (McAccountsPage *self,
            McStaff        *staff,
            gboolean        active)
{
  Change *change = g_new0 (Change, 1);

  change->self = g_object_ref (self);
  change->staff = g_object_ref (staff);
  change->active = active;

  return change;
}

static void
change_free (Change *change)
{
  g_clear_object (&change->self);
  g_clear_object (&change->staff);
  g_free (change);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Change, change_free)

static void
reset_dialog_free (gpointer  data,
                   GClosure *closure)
{
  ResetDialog *reset = data;

  g_clear_object (&reset->self);
  g_clear_object (&reset->staff);
  g_free (reset);
}

static void
begin_request (McAccountsPage *self)
{
  if (self->n_pending++ == 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_BUSY]);
}

static void
end_request (McAccountsPage *self)
{
  g_assert (self->n_pending > 0);

  if (--self->n_pending == 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_BUSY]);
}

static void
actions_update (McAccountsPage *self)
{
  gboolean ready = self->directory != NULL && self->admin != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "accounts.add", ready && !self->creating);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "accounts.reset-password",
                                 ready && !self->changing);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "accounts.set-active",
                                 ready && !self->changing);
}

static AdwEntryRow *
field_row (McAccountsPage *self,
           McStaffField    field)
{
  switch (field)
    {
    case MC_STAFF_FIELD_USERNAME:
      return self->username_row;
    case MC_STAFF_FIELD_FULL_NAME:
      return self->full_name_row;
    case MC_STAFF_FIELD_PASSWORD:
      return self->password_row;
    case MC_STAFF_FIELD_NONE:
    default:
      return NULL;
    }
}

static void
clear_form_errors (McAccountsPage *self)
{
  AdwEntryRow *rows[] = {
    self->username_row, self->full_name_row, self->password_row, self->repeat_row,
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    mc_ui_set_row_error (rows[i], NULL);
  mc_ui_show_message (self->add_error_label, NULL);
}

static void
show_form_error (McAccountsPage *self,
                 AdwEntryRow    *row,
                 const char     *message)
{
  if (row != NULL)
    {
      mc_ui_set_row_error (row, message);
      gtk_widget_grab_focus (GTK_WIDGET (row));
    }
  mc_ui_show_message (self->add_error_label, message);
}

static void
clear_form (McAccountsPage *self)
{
  AdwEntryRow *rows[] = {
    self->username_row, self->full_name_row, self->title_row, self->password_row,
    self->repeat_row,
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    gtk_editable_set_text (GTK_EDITABLE (rows[i]), "");
  adw_combo_row_set_selected (self->role_row, 0);
  clear_form_errors (self);
}

static McStaff *
find_account (McAccountsPage *self,
              gint64          id)
{
  if (self->accounts == NULL)
    return NULL;

  for (guint i = 0; i < self->accounts->len; i++)
    {
      McStaff *staff = g_ptr_array_index (self->accounts, i);

      if (mc_staff_get_id (staff) == id)
        return staff;
    }

  return NULL;
}

/*
 * The list
 */

static GtkWidget *
new_button (const char *label,
            const char *action_name,
            GVariant   *target)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action_name);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), target);

  return button;
}

static GtkWidget *
new_account_row (McStaff *staff)
{
  GtkWidget *row = adw_action_row_new ();
  gint64 id = mc_staff_get_id (staff);
  gboolean active = mc_staff_get_active (staff);
  g_autofree char *subtitle = NULL;
  GtkWidget *button;

  if (active)
    /* Translators: an account's user name and role, such as "lan · Counter clerk" */
    subtitle = g_strdup_printf (_("%s · %s"), mc_staff_get_username (staff),
                                mc_staff_role_get_label (mc_staff_get_role (staff)));
  else
    /* Translators: a deactivated account's user name and role */
    subtitle = g_strdup_printf (_("%s · %s · Deactivated"), mc_staff_get_username (staff),
                                mc_staff_role_get_label (mc_staff_get_role (staff)));

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), mc_staff_get_full_name (staff));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             new_button (_("_Reset Password…"), "accounts.reset-password",
                                         g_variant_new_int64 (id)));
  button = new_button (active ? _("_Deactivate") : _("_Activate"), "accounts.set-active",
                       g_variant_new ("(xb)", id, !active));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);

  return row;
}

static void
clear_rows (McAccountsPage *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_remove (self->accounts_group, g_ptr_array_index (self->rows, i));
  g_ptr_array_set_size (self->rows, 0);
}

static void
show_accounts (McAccountsPage *self)
{
  clear_rows (self);

  for (guint i = 0; i < self->accounts->len; i++)
    {
      GtkWidget *row = new_account_row (g_ptr_array_index (self->accounts, i));

      adw_preferences_group_add (self->accounts_group, row);
      g_ptr_array_add (self->rows, row);
    }
}

/*
 * Callbacks
 */

static void
listed_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(McAccountsPage) self = user_data;
  g_autoptr(GPtrArray) accounts = NULL;
  g_autoptr(GError) error = NULL;

  end_request (self);

  accounts = mc_staff_directory_list_finish (MC_STAFF_DIRECTORY (object), result, &error);
  if (accounts == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        mc_ui_show_message (self->list_error_label, error->message);
      return;
    }

  g_clear_pointer (&self->accounts, g_ptr_array_unref);
  self->accounts = g_steal_pointer (&accounts);
  show_accounts (self);
}

static void
directory_changed_cb (McAccountsPage *self)
{
  reload (self);
}

static void
created_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(McAccountsPage) self = user_data;
  g_autoptr(McStaff) staff = NULL;
  g_autoptr(GError) error = NULL;
  McStaffField field = MC_STAFF_FIELD_NONE;

  end_request (self);
  self->creating = FALSE;
  actions_update (self);

  staff = mc_staff_directory_create_finish (MC_STAFF_DIRECTORY (object), result, &field, &error);
  if (staff == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_form_error (self, field_row (self, field), error->message);
      return;
    }

  clear_form (self);
  /* Translators: %s is the user name of the new account */
  mc_ui_add_toast (GTK_WIDGET (self), adw_toast_new_format (_("Account “%s” created"),
                                                            mc_staff_get_username (staff)));
}

static void
active_set_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(Change) change = user_data;
  McAccountsPage *self = change->self;
  g_autoptr(GError) error = NULL;

  end_request (self);
  self->changing = FALSE;
  actions_update (self);

  if (!mc_staff_directory_set_active_finish (MC_STAFF_DIRECTORY (object), result, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          AdwToast *toast = adw_toast_new (error->message);

          /* The refusal stays under the list, and is told at once. */
          mc_ui_show_message (self->list_error_label, error->message);
          adw_toast_set_timeout (toast, 8);
          mc_ui_add_toast (GTK_WIDGET (self), toast);
        }
      return;
    }

  mc_ui_add_toast (GTK_WIDGET (self),
                   change->active
                     /* Translators: %s is a user name */
                     ? adw_toast_new_format (_("Account “%s” activated"),
                                             mc_staff_get_username (change->staff))
                     /* Translators: %s is a user name */
                     : adw_toast_new_format (_("Account “%s” deactivated"),
                                             mc_staff_get_username (change->staff)));
}

static void
password_reset_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(Change) change = user_data;
  McAccountsPage *self = change->self;
  g_autoptr(GError) error = NULL;

  end_request (self);
  self->changing = FALSE;
  actions_update (self);

  if (!mc_staff_directory_reset_password_finish (MC_STAFF_DIRECTORY (object), result, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        mc_ui_show_message (self->list_error_label, error->message);
      return;
    }

  mc_ui_add_toast (GTK_WIDGET (self),
                   /* Translators: %s is a user name */
                   adw_toast_new_format (_("The password of “%s” was reset"),
                                         mc_staff_get_username (change->staff)));
}

/* The dialog's Reset button is enabled once both fields hold the same
 * password that the policy accepts; the hint says what is missing. */
static void
reset_changed_cb (AdwMessageDialog *dialog,
                  GtkEditable      *editable)
{
  ResetDialog *reset = g_object_get_data (G_OBJECT (dialog), "mc-reset");
  g_autoptr(GError) error = NULL;
  const char *password = gtk_editable_get_text (reset->password);
  const char *repeat = gtk_editable_get_text (reset->repeat);
  const char *hint = NULL;
  gboolean ok = FALSE;

  if (password[0] == '\0')
    hint = NULL;
  else if (!mc_password_check_policy (password, &error))
    hint = error->message;
  else if (!g_str_equal (password, repeat))
    hint = repeat[0] != '\0' ? _("The passwords do not match. Type the same password twice.")
                             : NULL;
  else
    ok = TRUE;

  mc_ui_show_message (reset->hint, hint);
  adw_message_dialog_set_response_enabled (dialog, "reset", ok);
}

static void
reset_response_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   ResetDialog      *reset)
{
  McAccountsPage *self = reset->self;

  /* The dialog closes after its response: GTK 4.8 warns when a window
   * is destroyed with the focus in a password entry, so it leaves them
   * first. */
  gtk_window_set_focus (GTK_WINDOW (dialog), NULL);

  if (!g_str_equal (response, "reset") || self->directory == NULL || self->changing)
    return;

  mc_ui_show_message (self->list_error_label, NULL);
  self->changing = TRUE;
  begin_request (self);
  actions_update (self);
  mc_staff_directory_reset_password_async (self->directory, self->admin,
                                           mc_staff_get_id (reset->staff),
                                           gtk_editable_get_text (reset->password),
                                           self->cancellable, password_reset_cb,
                                           change_new (self, reset->staff, TRUE));
}

static void
form_changed_cb (McAccountsPage *self)
{
  clear_form_errors (self);
}

/* Enter goes to the next field, and adds the account in the last. */
static void
form_activated_cb (McAccountsPage *self,
                   AdwEntryRow    *row)
{
  AdwEntryRow *rows[] = {
    self->username_row, self->full_name_row, self->title_row, self->password_row,
    self->repeat_row,
  };

  for (guint i = 0; i + 1 < G_N_ELEMENTS (rows); i++)
    if (rows[i] == row)
      {
        gtk_widget_grab_focus (GTK_WIDGET (rows[i + 1]));
        return;
      }

  gtk_widget_activate_action (GTK_WIDGET (self), "accounts.add", NULL);
}

/*
 * Actions
 */

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  McAccountsPage *self = MC_ACCOUNTS_PAGE (widget);
  guint position;

  if (self->directory == NULL || self->admin == NULL || self->creating)
    return;

  clear_form_errors (self);

  if (!g_str_equal (get_text (self->password_row), get_text (self->repeat_row)))
    {
      show_form_error (self, self->repeat_row,
                       _("The passwords do not match. Type the same password twice."));
      return;
    }

  position = adw_combo_row_get_selected (self->role_row);
  if (position >= G_N_ELEMENTS (roles))
    position = 0;

  self->creating = TRUE;
  begin_request (self);
  actions_update (self);
  mc_staff_directory_create_async (self->directory, self->admin,
                                   get_text (self->username_row),
                                   get_text (self->full_name_row),
                                   get_text (self->title_row),
                                   roles[position],
                                   get_text (self->password_row),
                                   self->cancellable, created_cb, g_object_ref (self));
}

static void
reset_password_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  McAccountsPage *self = MC_ACCOUNTS_PAGE (widget);
  McStaff *staff = find_account (self, g_variant_get_int64 (parameter));
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *dialog;
  GtkWidget *box;
  GtkWidget *password;
  GtkWidget *repeat;
  GtkWidget *hint;
  ResetDialog *reset;

  if (staff == NULL || self->directory == NULL || self->changing)
    return;

  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   _("Reset Password"), NULL);
  /* Translators: the first %s is a person's full name, the second their user name */
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("Choose a new password for %s (%s), and tell it to them "
                                    "in person."),
                                  mc_staff_get_full_name (staff), mc_staff_get_username (staff));

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  password = gtk_password_entry_new ();
  gtk_password_entry_set_show_peek_icon (GTK_PASSWORD_ENTRY (password), TRUE);
  g_object_set (password, "placeholder-text", _("New password"), NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (password), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("New password"), -1);
  repeat = gtk_password_entry_new ();
  gtk_password_entry_set_show_peek_icon (GTK_PASSWORD_ENTRY (repeat), TRUE);
  g_object_set (repeat, "placeholder-text", _("Confirm Password"), NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (repeat), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Confirm Password"), -1);
  hint = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (hint), TRUE);
  gtk_label_set_xalign (GTK_LABEL (hint), 0);
  gtk_widget_add_css_class (hint, "error");
  gtk_widget_set_visible (hint, FALSE);
  gtk_box_append (GTK_BOX (box), password);
  gtk_box_append (GTK_BOX (box), repeat);
  gtk_box_append (GTK_BOX (box), hint);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "reset", _("_Reset Password"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "reset",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "reset", FALSE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "reset");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  gtk_window_set_destroy_with_parent (GTK_WINDOW (dialog), TRUE);

  reset = g_new0 (ResetDialog, 1);
  reset->self = g_object_ref (self);
  reset->staff = g_object_ref (staff);
  reset->password = GTK_EDITABLE (password);
  reset->repeat = GTK_EDITABLE (repeat);
  reset->hint = GTK_LABEL (hint);
  g_object_set_data (G_OBJECT (dialog), "mc-reset", reset);
  g_signal_connect_object (password, "changed", G_CALLBACK (reset_changed_cb), dialog,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (repeat, "changed", G_CALLBACK (reset_changed_cb), dialog,
                           G_CONNECT_SWAPPED);
  g_signal_connect_data (dialog, "response", G_CALLBACK (reset_response_cb), reset,
                         reset_dialog_free, 0);

  gtk_window_present (GTK_WINDOW (dialog));
}

static void
set_active_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  McAccountsPage *self = MC_ACCOUNTS_PAGE (widget);
  McStaff *staff;
  gboolean active;
  gint64 id;

  g_variant_get (parameter, "(xb)", &id, &active);
  staff = find_account (self, id);
  if (staff == NULL || self->directory == NULL || self->changing)
    return;

  mc_ui_show_message (self->list_error_label, NULL);
  self->changing = TRUE;
  begin_request (self);
  actions_update (self);
  mc_staff_directory_set_active_async (self->directory, self->admin, id, active,
                                       self->cancellable, active_set_cb,
                                       change_new (self, staff, active));
}

/*
 * Reloading
 */

static void
reload (McAccountsPage *self)
{
  if (self->directory == NULL)
    return;

  g_cancellable_cancel (self->list_cancellable);
  g_clear_object (&self->list_cancellable);
  self->list_cancellable = g_cancellable_new ();

  begin_request (self);
  mc_staff_directory_list_async (self->directory, self->list_cancellable, listed_cb,
                                 g_object_ref (self));
}

/*
 * GObject overrides
 */

static void
mc_accounts_page_dispose (GObject *object)
{
  McAccountsPage *self = (McAccountsPage *)object;

  g_cancellable_cancel (self->cancellable);
  g_cancellable_cancel (self->list_cancellable);
  if (self->directory != NULL)
    g_signal_handlers_disconnect_by_func (self->directory, directory_changed_cb, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), MC_TYPE_ACCOUNTS_PAGE);

  g_clear_object (&self->directory);
  g_clear_object (&self->admin);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->list_cancellable);
  g_clear_object (&self->roles);
  g_clear_pointer (&self->accounts, g_ptr_array_unref);
  g_clear_pointer (&self->rows, g_ptr_array_unref);

  G_OBJECT_CLASS (mc_accounts_page_parent_class)->dispose (object);
}

static void
mc_accounts_page_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  McAccountsPage *self = MC_ACCOUNTS_PAGE (object);

  switch (prop_id)
    {
    case PROP_BUSY:
      g_value_set_boolean (value, mc_accounts_page_get_busy (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mc_accounts_page_class_init (McAccountsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mc_accounts_page_dispose;
  object_class->get_property = mc_accounts_page_get_property;

  /**
   * McAccountsPage:busy:
   *
   * Whether the page waits for the database: a listing or a change.
   */
  properties [PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/mc-accounts-page.ui");
  gtk_widget_class_bind_template_child (widget_class, McAccountsPage, accounts_group);
  gtk_widget_class_bind_template_child (widget_class, McAccountsPage, add_error_label);
  gtk_widget_class_bind_template_child (widget_class, McAccountsPage, full_name_row);
  gtk_widget_class_bind_template_child (widget_class, McAccountsPage, list_error_label);
  gtk_widget_class_bind_template_child (widget_class, McAccountsPage, password_row);
  gtk_widget_class_bind_template_child (widget_class, McAccountsPage, repeat_row);
  gtk_widget_class_bind_template_child (widget_class, McAccountsPage, role_row);
  gtk_widget_class_bind_template_child (widget_class, McAccountsPage, title_row);
  gtk_widget_class_bind_template_child (widget_class, McAccountsPage, username_row);
  gtk_widget_class_bind_template_callback (widget_class, form_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, form_changed_cb);

  gtk_widget_class_install_action (widget_class, "accounts.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "accounts.reset-password", "x",
                                   reset_password_action);
  gtk_widget_class_install_action (widget_class, "accounts.set-active", "(xb)",
                                   set_active_action);
}

static void
mc_accounts_page_init (McAccountsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->rows = g_ptr_array_new ();

  self->roles = gtk_string_list_new (NULL);
  for (guint i = 0; i < G_N_ELEMENTS (roles); i++)
    gtk_string_list_append (self->roles, mc_staff_role_get_label (roles[i]));
  adw_combo_row_set_model (self->role_row, G_LIST_MODEL (self->roles));

  /* The error message describes the fields it may concern. */
  {
    AdwEntryRow *rows[] = {
      self->username_row, self->full_name_row, self->password_row, self->repeat_row,
    };

    for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
      gtk_accessible_update_relation (GTK_ACCESSIBLE (rows[i]),
                                      GTK_ACCESSIBLE_RELATION_DESCRIBED_BY,
                                      self->add_error_label, NULL, -1);
  }

  actions_update (self);
}

/*
 * Public API
 */

/**
 * mc_accounts_page_set_context:
 * @self: a #McAccountsPage
 * @context: the open context
 * @admin: the signed-in administrator, who acts on the accounts
 *
 * Lists the accounts of @context's database.
 */
void
mc_accounts_page_set_context (McAccountsPage *self,
                              McContext      *context,
                              McStaff        *admin)
{
  g_return_if_fail (MC_IS_ACCOUNTS_PAGE (self));
  g_return_if_fail (MC_IS_CONTEXT (context));
  g_return_if_fail (MC_IS_STAFF (admin));

  g_set_object (&self->admin, admin);

  if (self->directory != NULL)
    g_signal_handlers_disconnect_by_func (self->directory, directory_changed_cb, self);
  g_clear_object (&self->directory);
  self->directory = mc_staff_directory_new (mc_context_get_worker (context));
  g_signal_connect_object (self->directory, "changed", G_CALLBACK (directory_changed_cb), self,
                           G_CONNECT_SWAPPED);

  actions_update (self);
  reload (self);
}

/**
 * mc_accounts_page_get_busy:
 * @self: a #McAccountsPage
 *
 * Returns: whether the accounts are being listed or changed
 */
gboolean
mc_accounts_page_get_busy (McAccountsPage *self)
{
  g_return_val_if_fail (MC_IS_ACCOUNTS_PAGE (self), FALSE);

  return self->n_pending > 0;
}
