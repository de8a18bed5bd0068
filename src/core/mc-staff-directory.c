/* mc-staff-directory.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-staff-directory"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "mc-staff-directory.h"
#include "mc-error.h"
#include "mc-password.h"
#include "mc-staff-store.h"

/* The staff accounts as the Accounts page of the preferences sees them:
 * every call runs McStaffStore on the database worker (hashing a password
 * takes a noticeable time) and answers on the caller's main context.
 * "changed" tells the list to reload after an account was created,
 * activated or deactivated.
 *
 * What a role may do is decided by the store, in the database, from the
 * acting account given with each call; this façade only carries it.
 *
 * As in McCalendar, a change once asked for is carried out even when
 * cancelled, so that "changed" is never missed. */

struct _McStaffDirectory
{
  GObject     parent_instance;

  McDbWorker *worker;
};

G_DEFINE_FINAL_TYPE (McStaffDirectory, mc_staff_directory, G_TYPE_OBJECT)

enum {
  SIGNAL_CHANGED,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

typedef struct
{
  McStaff      *actor;
  gint64        staff_id;
  char         *username;
  char         *full_name;
  char         *title;
  char         *password;
  McStaffRole   role;
  gboolean      active;
  McStaffField *field;       /* creating: where to tell the field of a refusal */
} Request;

/*
 * Auxiliary functions
 */

static void
request_free (Request *request)
{
  g_clear_object (&request->actor);
  g_free (request->username);
  g_free (request->full_name);
  g_free (request->title);
  /* The password should not linger in freed memory. */
  if (request->password != NULL)
    {
      memset (request->password, 0, strlen (request->password));
      g_free (request->password);
    }
  g_free (request);
}

static Request *
request_new (McStaff    *actor,
             const char *password)
{
  Request *request = g_new0 (Request, 1);

  request->actor = actor != NULL ? g_object_ref (actor) : NULL;
  request->password = g_strdup (password);

  return request;
}

static gboolean
is_active_administrator (McDatabase *db,
                         McStaff    *actor)
{
  g_autoptr(McStaff) current = NULL;

  if (actor == NULL)
    return FALSE;

  current = mc_staff_store_load (db, mc_staff_get_id (actor), NULL);
  return current != NULL &&
         mc_staff_get_active (current) &&
         mc_staff_get_role (current) == MC_STAFF_ROLE_ADMINISTRATOR;
}

static gboolean
is_blank (const char *text)
{
  g_autofree char *copy = g_strstrip (g_strdup (text));

  return copy[0] == '\0';
}

/* Which field @error, a refusal of mc_staff_store_create(), is about. The
 * store checks the acting account, then the user name, the full name, the
 * password and whether the user name is taken; it reports the first
 * problem only. The checks of the full name and of the password are
 * repeated here, and a message equal to theirs places the error at their
 * field; the acting account is looked up again; anything else concerns
 * the user name. */
static McStaffField
classify_refusal (McDatabase   *db,
                  Request      *request,
                  const GError *error)
{
  g_autoptr(GError) policy_error = NULL;

  if (!g_error_matches (error, MC_ERROR, MC_ERROR_INVALID) ||
      !is_active_administrator (db, request->actor))
    return MC_STAFF_FIELD_NONE;

  if (is_blank (request->full_name) &&
      g_str_equal (error->message, _("Enter the person’s full name.")))
    return MC_STAFF_FIELD_FULL_NAME;

  if (!mc_password_check_policy (request->password, &policy_error) &&
      g_str_equal (error->message, policy_error->message))
    return MC_STAFF_FIELD_PASSWORD;

  return MC_STAFF_FIELD_USERNAME;
}

/*
 * Callbacks
 */

static void
emit_changed (gpointer source_object)
{
  g_signal_emit (source_object, signals [SIGNAL_CHANGED], 0);
}

/*
 * GObject overrides
 */

static void
mc_staff_directory_dispose (GObject *object)
{
  McStaffDirectory *self = (McStaffDirectory *)object;

  g_clear_object (&self->worker);

  G_OBJECT_CLASS (mc_staff_directory_parent_class)->dispose (object);
}

static void
mc_staff_directory_class_init (McStaffDirectoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = mc_staff_directory_dispose;

  /**
   * McStaffDirectory::changed:
   *
   * Emitted on the main context after an account was created, activated
   * or deactivated.
   */
  signals [SIGNAL_CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
mc_staff_directory_init (McStaffDirectory *self)
{
}

/*
 * Public API
 */

/**
 * mc_staff_directory_new:
 * @worker: the database worker
 *
 * Returns: (transfer full): the staff accounts on @worker
 */
McStaffDirectory *
mc_staff_directory_new (McDbWorker *worker)
{
  McStaffDirectory *self;

  g_return_val_if_fail (MC_IS_DB_WORKER (worker), NULL);

  self = g_object_new (MC_TYPE_STAFF_DIRECTORY, NULL);
  self->worker = g_object_ref (worker);

  return self;
}

/*
 * Listing
 */

static gpointer
list_work (McDatabase  *db,
           gpointer     data,
           GError     **error)
{
  return mc_staff_store_list (db, TRUE, error);
}

/**
 * mc_staff_directory_list_async:
 * @self: a #McStaffDirectory
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when done
 * @user_data: data for @callback
 *
 * Lists every account, the deactivated ones too.
 */
void
mc_staff_directory_list_async (McStaffDirectory    *self,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_return_if_fail (MC_IS_STAFF_DIRECTORY (self));

  mc_db_worker_run_task_async (self->worker, self, mc_staff_directory_list_async,
                               "[mc-staff-directory] list", list_work, NULL, NULL,
                               (GDestroyNotify) g_ptr_array_unref, NULL,
                               cancellable, callback, user_data);
}

/**
 * mc_staff_directory_list_finish:
 * @self: a #McStaffDirectory
 * @result: the result passed to the callback
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (element-type McStaff): the accounts, by full
 *   name, or %NULL with @error set
 */
GPtrArray *
mc_staff_directory_list_finish (McStaffDirectory  *self,
                                GAsyncResult      *result,
                                GError           **error)
{
  return mc_db_worker_propagate (result, self, mc_staff_directory_list_async, error);
}

/*
 * Creating an account
 */

static gpointer
create_work (McDatabase  *db,
             gpointer     data,
             GError     **error)
{
  Request *request = data;
  g_autoptr(GError) local_error = NULL;
  McStaff *staff;

  staff = mc_staff_store_create (db, request->username, request->full_name, request->title,
                                 request->role, request->password, request->actor, &local_error);
  if (staff == NULL)
    {
      *request->field = classify_refusal (db, request, local_error);
      g_propagate_error (error, g_steal_pointer (&local_error));
    }

  return staff;
}

static void
created_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;
  McStaff *staff;

  staff = mc_db_worker_propagate (result, object, created_cb, &error);
  if (staff == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, staff, g_object_unref);
}

/**
 * mc_staff_directory_create_async:
 * @self: a #McStaffDirectory
 * @creator: the administrator creating the account
 * @username: the name to sign in with
 * @full_name: the person's full name
 * @title: (nullable): the person's position
 * @role: what the account may do
 * @password: the first password
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when done
 * @user_data: data for @callback
 *
 * Creates an active account (see mc_staff_store_create()).
 */
void
mc_staff_directory_create_async (McStaffDirectory    *self,
                                 McStaff             *creator,
                                 const char          *username,
                                 const char          *full_name,
                                 const char          *title,
                                 McStaffRole          role,
                                 const char          *password,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  McStaffField *field;
  Request *request;
  GTask *task;

  g_return_if_fail (MC_IS_STAFF_DIRECTORY (self));
  g_return_if_fail (MC_IS_STAFF (creator));
  g_return_if_fail (username != NULL);
  g_return_if_fail (full_name != NULL);
  g_return_if_fail ((guint) role <= MC_STAFF_ROLE_ADMINISTRATOR);
  g_return_if_fail (password != NULL);

  /* The field a refusal is about travels in the outer task, which lives
   * until the worker has answered; the work itself runs as a change, so
   * that it is carried out, and announced, even when cancelled. */
  field = g_new0 (McStaffField, 1);
  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, mc_staff_directory_create_async);
  g_task_set_task_data (task, field, g_free);

  request = request_new (creator, password);
  request->username = g_strdup (username);
  request->full_name = g_strdup (full_name);
  request->title = g_strdup (title != NULL ? title : "");
  request->role = role;
  request->field = field;

  mc_db_worker_run_task_async (self->worker, self, created_cb,
                               "[mc-staff-directory] create", create_work,
                               request, (GDestroyNotify) request_free, g_object_unref,
                               emit_changed, NULL, created_cb, task);
}

/**
 * mc_staff_directory_create_finish:
 * @self: a #McStaffDirectory
 * @result: the result passed to the callback
 * @field: (out) (optional): the field of the form a refusal is about
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the new account, or %NULL with @error set
 *   (%MC_ERROR_INVALID for a refusal or invalid data, whose message says
 *   what to change)
 */
McStaff *
mc_staff_directory_create_finish (McStaffDirectory  *self,
                                  GAsyncResult      *result,
                                  McStaffField      *field,
                                  GError           **error)
{
  McStaff *staff;

  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) ==
                        mc_staff_directory_create_async, NULL);

  staff = g_task_propagate_pointer (G_TASK (result), error);
  if (field != NULL)
    *field = staff != NULL ? MC_STAFF_FIELD_NONE
                           : *(McStaffField *) g_task_get_task_data (G_TASK (result));

  return staff;
}

/*
 * Resetting a password
 */

static gpointer
reset_password_work (McDatabase  *db,
                     gpointer     data,
                     GError     **error)
{
  Request *request = data;

  if (!mc_staff_store_reset_password (db, request->actor, request->staff_id, request->password,
                                      error))
    return NULL;

  return GINT_TO_POINTER (TRUE);
}

/**
 * mc_staff_directory_reset_password_async:
 * @self: a #McStaffDirectory
 * @admin: the administrator doing it
 * @staff_id: the account whose password is replaced
 * @password: the new password
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when done
 * @user_data: data for @callback
 *
 * Replaces a forgotten password (see mc_staff_store_reset_password()).
 */
void
mc_staff_directory_reset_password_async (McStaffDirectory    *self,
                                         McStaff             *admin,
                                         gint64               staff_id,
                                         const char          *password,
                                         GCancellable        *cancellable,
                                         GAsyncReadyCallback  callback,
                                         gpointer             user_data)
{
  Request *request;

  g_return_if_fail (MC_IS_STAFF_DIRECTORY (self));
  g_return_if_fail (MC_IS_STAFF (admin));
  g_return_if_fail (password != NULL);

  request = request_new (admin, password);
  request->staff_id = staff_id;

  mc_db_worker_run_task_async (self->worker, self, mc_staff_directory_reset_password_async,
                               "[mc-staff-directory] reset password", reset_password_work,
                               request, (GDestroyNotify) request_free, NULL, NULL,
                               cancellable, callback, user_data);
}

gboolean
mc_staff_directory_reset_password_finish (McStaffDirectory  *self,
                                          GAsyncResult      *result,
                                          GError           **error)
{
  return mc_db_worker_propagate (result, self, mc_staff_directory_reset_password_async,
                                 error) != NULL;
}

/*
 * Activating and deactivating
 */

static gpointer
set_active_work (McDatabase  *db,
                 gpointer     data,
                 GError     **error)
{
  Request *request = data;

  if (!mc_staff_store_set_active (db, request->actor, request->staff_id, request->active, error))
    return NULL;

  return GINT_TO_POINTER (TRUE);
}

/**
 * mc_staff_directory_set_active_async:
 * @self: a #McStaffDirectory
 * @admin: the administrator doing it
 * @staff_id: the account to change
 * @active: %FALSE to stop the account from signing in, %TRUE to let it
 *   again
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when done
 * @user_data: data for @callback
 *
 * Deactivates or activates an account (see mc_staff_store_set_active());
 * the last active administrator is refused with %MC_ERROR_INVALID.
 */
void
mc_staff_directory_set_active_async (McStaffDirectory    *self,
                                     McStaff             *admin,
                                     gint64               staff_id,
                                     gboolean             active,
                                     GCancellable        *cancellable,
                                     GAsyncReadyCallback  callback,
                                     gpointer             user_data)
{
  Request *request;

  g_return_if_fail (MC_IS_STAFF_DIRECTORY (self));
  g_return_if_fail (MC_IS_STAFF (admin));

  request = request_new (admin, NULL);
  request->staff_id = staff_id;
  request->active = active != FALSE;

  mc_db_worker_run_task_async (self->worker, self, mc_staff_directory_set_active_async,
                               "[mc-staff-directory] set active", set_active_work,
                               request, (GDestroyNotify) request_free, NULL, emit_changed,
                               cancellable, callback, user_data);
}

gboolean
mc_staff_directory_set_active_finish (McStaffDirectory  *self,
                                      GAsyncResult      *result,
                                      GError           **error)
{
  return mc_db_worker_propagate (result, self, mc_staff_directory_set_active_async,
                                 error) != NULL;
}
