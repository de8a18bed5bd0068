/* mc-session.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-session"

#include "config.h"

#include <sodium.h>
#include <string.h>

#include "mc-session.h"
#include "mc-staff-store.h"

/* Who works at the counter: the signed-in account, as the UI sees it.
 * Signing in and creating the first administrator run McStaffStore on the
 * database worker, since hashing a password (Argon2id) takes a noticeable
 * time, and answer on the caller's main context.
 *
 * The idle lock: the window tells of every key press, click and pointer
 * motion (mc_session_note_activity(), which only records the time, as it
 * is called very often), and one timer, scheduled for the moment the
 * session would become idle, checks when it fires whether there was any
 * activity meanwhile, and either locks or waits for the rest. The minutes
 * are read from the database at every sign-in, so a change made in the
 * preferences applies from the next one.
 *
 * A locked session keeps its account: the window keeps the work and asks
 * for a password again. Signing in as someone else replaces the account;
 * signing out drops it. */

struct _McSession
{
  GObject     parent_instance;

  McDbWorker *worker;
  McStaff    *staff;

  /* The idle lock */
  gint64      last_activity;
  guint       idle_source;
  int         idle_minutes;
  guint       testing_timeout;

  guint       locked : 1;
};

G_DEFINE_FINAL_TYPE (McSession, mc_session, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_STAFF,
  PROP_LOCKED,
  N_PROPS
};

enum {
  SIGNAL_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties [N_PROPS];
static guint signals [N_SIGNALS];

typedef struct
{
  char *username;
  char *full_name;
  char *title;
  char *password;
} Request;

typedef struct
{
  McStaff *staff;
  int      idle_minutes;
} SignInResult;

static gboolean idle_check_cb (gpointer user_data);

/*
 * Auxiliary functions
 */

static void
request_free (Request *request)
{
  g_free (request->username);
  g_free (request->full_name);
  g_free (request->title);
  /* The password does not linger in freed memory. */
  if (request->password != NULL)
    sodium_memzero (request->password, strlen (request->password));
  g_free (request->password);
  g_free (request);
}

static Request *
request_new (const char *username,
             const char *full_name,
             const char *title,
             const char *password)
{
  Request *request = g_new0 (Request, 1);

  request->username = g_strdup (username);
  request->full_name = g_strdup (full_name);
  request->title = g_strdup (title);
  request->password = g_strdup (password);

  return request;
}

static void
sign_in_result_free (SignInResult *result)
{
  g_clear_object (&result->staff);
  g_free (result);
}

/* Wraps @staff with the idle minutes; a failure to read them is not a
 * failure to sign in: the default applies. */
static SignInResult *
sign_in_result_new (McDatabase *db,
                    McStaff    *staff)
{
  g_autoptr(GError) error = NULL;
  SignInResult *result = g_new0 (SignInResult, 1);

  result->staff = staff;
  result->idle_minutes = mc_staff_store_get_idle_lock_minutes (db, &error);
  if (error != NULL)
    {
      g_debug ("Could not read the idle lock minutes: %s", error->message);
      result->idle_minutes = MC_STAFF_IDLE_LOCK_DEFAULT_MINUTES;
    }

  return result;
}

static void
stop_idle_timer (McSession *self)
{
  g_clear_handle_id (&self->idle_source, g_source_remove);
}

static void
schedule_idle_check (McSession *self,
                     guint      seconds)
{
  stop_idle_timer (self);
  self->idle_source = g_timeout_add_seconds (MAX (seconds, 1), idle_check_cb, self);
  g_source_set_name_by_id (self->idle_source, "[mc-session] idle lock");
}

static void
set_locked (McSession *self,
            gboolean   locked)
{
  locked = !!locked;
  if (self->locked == locked)
    return;

  self->locked = locked;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_LOCKED]);
}

static void
sign_in_as (McSession *self,
            McStaff   *staff,
            int        idle_minutes)
{
  g_assert (MC_IS_STAFF (staff));

  g_object_freeze_notify (G_OBJECT (self));
  if (g_set_object (&self->staff, staff))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_STAFF]);
  set_locked (self, FALSE);
  g_object_thaw_notify (G_OBJECT (self));

  self->idle_minutes = CLAMP (idle_minutes, MC_STAFF_IDLE_LOCK_MIN_MINUTES,
                              MC_STAFF_IDLE_LOCK_MAX_MINUTES);
  self->last_activity = g_get_monotonic_time ();
  schedule_idle_check (self, mc_session_get_idle_timeout (self));

  g_signal_emit (self, signals [SIGNAL_CHANGED], 0);
}

/* Locks if the session has been idle long enough, or checks again when
 * it would have been. */
static void
check_idle (McSession *self)
{
  gint64 timeout = (gint64) mc_session_get_idle_timeout (self) * G_USEC_PER_SEC;
  gint64 idle = g_get_monotonic_time () - self->last_activity;

  if (idle >= timeout)
    {
      mc_session_lock (self);
      return;
    }

  /* There was activity meanwhile (or the timer, whose precision is a
   * second, fired early): wait for the rest. */
  schedule_idle_check (self, (guint) ((timeout - idle + G_USEC_PER_SEC - 1) / G_USEC_PER_SEC));
}

/*
 * Callbacks
 */

static gboolean
idle_check_cb (gpointer user_data)
{
  McSession *self = user_data;

  self->idle_source = 0;
  check_idle (self);

  return G_SOURCE_REMOVE;
}

/*
 * GObject overrides
 */

static void
mc_session_dispose (GObject *object)
{
  McSession *self = (McSession *)object;

  stop_idle_timer (self);
  g_clear_object (&self->staff);
  g_clear_object (&self->worker);

  G_OBJECT_CLASS (mc_session_parent_class)->dispose (object);
}

static void
mc_session_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  McSession *self = MC_SESSION (object);

  switch (prop_id)
    {
    case PROP_STAFF:
      g_value_set_object (value, mc_session_get_staff (self));
      break;
    case PROP_LOCKED:
      g_value_set_boolean (value, mc_session_get_locked (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mc_session_class_init (McSessionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = mc_session_dispose;
  object_class->get_property = mc_session_get_property;

  /**
   * McSession:staff: (nullable)
   *
   * The account signed in, kept while the session is locked; %NULL
   * when nobody is signed in.
   */
  properties [PROP_STAFF] =
    g_param_spec_object ("staff", NULL, NULL, MC_TYPE_STAFF,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * McSession:locked:
   *
   * Whether the session was locked, after the idle minutes without
   * activity or by mc_session_lock(): the account must sign in again.
   */
  properties [PROP_LOCKED] =
    g_param_spec_boolean ("locked", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * McSession::changed:
   *
   * Emitted after someone signed in, the session locked or the account
   * signed out.
   */
  signals [SIGNAL_CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
mc_session_init (McSession *self)
{
  self->idle_minutes = MC_STAFF_IDLE_LOCK_DEFAULT_MINUTES;
}

/*
 * Public API
 */

/**
 * mc_session_new:
 * @worker: the database worker, open or about to be
 *
 * Returns: (transfer full): a session nobody is signed in to
 */
McSession *
mc_session_new (McDbWorker *worker)
{
  McSession *self;

  g_return_val_if_fail (MC_IS_DB_WORKER (worker), NULL);

  self = g_object_new (MC_TYPE_SESSION, NULL);
  self->worker = g_object_ref (worker);

  return self;
}

/**
 * mc_session_get_staff:
 * @self: a #McSession
 *
 * Returns: (transfer none) (nullable): the account signed in, also while
 *   the session is locked
 */
McStaff *
mc_session_get_staff (McSession *self)
{
  g_return_val_if_fail (MC_IS_SESSION (self), NULL);

  return self->staff;
}

gboolean
mc_session_get_locked (McSession *self)
{
  g_return_val_if_fail (MC_IS_SESSION (self), FALSE);

  return self->locked;
}

/**
 * mc_session_get_signed_in:
 * @self: a #McSession
 *
 * Returns: whether someone is signed in and the session is not locked:
 *   whether the work may be shown
 */
gboolean
mc_session_get_signed_in (McSession *self)
{
  g_return_val_if_fail (MC_IS_SESSION (self), FALSE);

  return self->staff != NULL && !self->locked;
}

/*
 * First start
 */

static gpointer
needs_first_administrator_work (McDatabase  *db,
                                gpointer     data,
                                GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  gboolean needs = mc_staff_store_needs_first_administrator (db, &local_error);

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  return GINT_TO_POINTER (needs ? 2 : 1);
}

/**
 * mc_session_needs_first_administrator_async:
 * @self: a #McSession
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when done
 * @user_data: data for @callback
 *
 * Asks whether the database has no active administrator yet, as on first
 * start: the application then asks for one with
 * mc_session_create_first_administrator_async() instead of signing in.
 */
void
mc_session_needs_first_administrator_async (McSession           *self,
                                            GCancellable        *cancellable,
                                            GAsyncReadyCallback  callback,
                                            gpointer             user_data)
{
  g_return_if_fail (MC_IS_SESSION (self));

  mc_db_worker_run_task_async (self->worker, self, mc_session_needs_first_administrator_async,
                               "[mc-session] needs first administrator",
                               needs_first_administrator_work, NULL, NULL, NULL, NULL,
                               cancellable, callback, user_data);
}

/**
 * mc_session_needs_first_administrator_finish:
 * @self: a #McSession
 * @result: the #GAsyncResult
 * @needs: (out): whether the first administrator must be created
 * @error: return location for a #GError
 *
 * Returns: %TRUE with @needs set, or %FALSE with @error set
 */
gboolean
mc_session_needs_first_administrator_finish (McSession     *self,
                                             GAsyncResult  *result,
                                             gboolean      *needs,
                                             GError       **error)
{
  gpointer answer;

  g_return_val_if_fail (needs != NULL, FALSE);

  answer = mc_db_worker_propagate (result, self, mc_session_needs_first_administrator_async,
                                   error);
  *needs = GPOINTER_TO_INT (answer) == 2;

  return answer != NULL;
}

static gpointer
create_first_administrator_work (McDatabase  *db,
                                 gpointer     data,
                                 GError     **error)
{
  Request *request = data;
  McStaff *staff;

  staff = mc_staff_store_create (db, request->username, request->full_name, request->title,
                                 MC_STAFF_ROLE_ADMINISTRATOR, request->password, NULL, error);
  if (staff == NULL)
    return NULL;

  return sign_in_result_new (db, staff);
}

/**
 * mc_session_create_first_administrator_async:
 * @self: a #McSession
 * @username: the user name
 * @full_name: the administrator's full name
 * @title: (nullable): the administrator's position
 * @password: the password, which must pass mc_password_check_policy()
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when done
 * @user_data: data for @callback
 *
 * Creates the first administrator's account (see
 * mc_staff_store_create() for the checks) and signs it in. Refused once
 * there is an active administrator.
 */
void
mc_session_create_first_administrator_async (McSession           *self,
                                             const char          *username,
                                             const char          *full_name,
                                             const char          *title,
                                             const char          *password,
                                             GCancellable        *cancellable,
                                             GAsyncReadyCallback  callback,
                                             gpointer             user_data)
{
  g_return_if_fail (MC_IS_SESSION (self));
  g_return_if_fail (username != NULL);
  g_return_if_fail (full_name != NULL);
  g_return_if_fail (password != NULL);

  mc_db_worker_run_task_async (self->worker, self, mc_session_create_first_administrator_async,
                               "[mc-session] create first administrator",
                               create_first_administrator_work,
                               request_new (username, full_name, title, password),
                               (GDestroyNotify) request_free,
                               (GDestroyNotify) sign_in_result_free, NULL,
                               cancellable, callback, user_data);
}

/**
 * mc_session_create_first_administrator_finish:
 * @self: a #McSession
 * @result: the #GAsyncResult
 * @error: return location for a #GError
 *
 * Returns: %TRUE if the account was created and is signed in, or %FALSE
 *   with @error set (%MC_ERROR_INVALID with a message for the user when
 *   the data was refused)
 */
gboolean
mc_session_create_first_administrator_finish (McSession     *self,
                                              GAsyncResult  *result,
                                              GError       **error)
{
  SignInResult *answer;

  answer = mc_db_worker_propagate (result, self, mc_session_create_first_administrator_async,
                                   error);
  if (answer == NULL)
    return FALSE;

  sign_in_as (self, answer->staff, answer->idle_minutes);
  sign_in_result_free (answer);

  return TRUE;
}

/*
 * Signing in and out
 */

static gpointer
sign_in_work (McDatabase  *db,
              gpointer     data,
              GError     **error)
{
  Request *request = data;
  McStaff *staff;

  staff = mc_staff_store_authenticate (db, request->username, request->password, error);
  if (staff == NULL)
    return NULL;

  return sign_in_result_new (db, staff);
}

/**
 * mc_session_sign_in_async:
 * @self: a #McSession
 * @username: the user name typed
 * @password: the password typed
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when done
 * @user_data: data for @callback
 *
 * Signs in, which also unlocks a locked session: as the same account, or
 * as another one, which then replaces it. The password is checked on the
 * worker (see mc_staff_store_authenticate()).
 */
void
mc_session_sign_in_async (McSession           *self,
                          const char          *username,
                          const char          *password,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  g_return_if_fail (MC_IS_SESSION (self));
  g_return_if_fail (username != NULL);
  g_return_if_fail (password != NULL);

  mc_db_worker_run_task_async (self->worker, self, mc_session_sign_in_async,
                               "[mc-session] sign in", sign_in_work,
                               request_new (username, NULL, NULL, password),
                               (GDestroyNotify) request_free,
                               (GDestroyNotify) sign_in_result_free, NULL,
                               cancellable, callback, user_data);
}

/**
 * mc_session_sign_in_finish:
 * @self: a #McSession
 * @result: the #GAsyncResult
 * @error: return location for a #GError
 *
 * Returns: %TRUE if signed in, or %FALSE with @error set
 *   (%MC_ERROR_INVALID, "Wrong user name or password.", whether the user
 *   name or the password was wrong); the session is then unchanged
 */
gboolean
mc_session_sign_in_finish (McSession     *self,
                           GAsyncResult  *result,
                           GError       **error)
{
  SignInResult *answer;

  answer = mc_db_worker_propagate (result, self, mc_session_sign_in_async, error);
  if (answer == NULL)
    return FALSE;

  sign_in_as (self, answer->staff, answer->idle_minutes);
  sign_in_result_free (answer);

  return TRUE;
}

/**
 * mc_session_sign_out:
 * @self: a #McSession
 *
 * Drops the account, locked or not.
 */
void
mc_session_sign_out (McSession *self)
{
  g_return_if_fail (MC_IS_SESSION (self));

  if (self->staff == NULL)
    return;

  stop_idle_timer (self);

  g_object_freeze_notify (G_OBJECT (self));
  g_clear_object (&self->staff);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_STAFF]);
  set_locked (self, FALSE);
  g_object_thaw_notify (G_OBJECT (self));

  g_signal_emit (self, signals [SIGNAL_CHANGED], 0);
}

/**
 * mc_session_lock:
 * @self: a #McSession
 *
 * Locks the session now, as the idle timer does: the account stays, but
 * must sign in again. Does nothing when nobody is signed in.
 */
void
mc_session_lock (McSession *self)
{
  g_return_if_fail (MC_IS_SESSION (self));

  if (self->staff == NULL || self->locked)
    return;

  stop_idle_timer (self);
  set_locked (self, TRUE);

  g_signal_emit (self, signals [SIGNAL_CHANGED], 0);
}

/*
 * The idle lock
 */

/**
 * mc_session_note_activity:
 * @self: a #McSession
 *
 * Tells that the person at the counter is working: a key press, a click,
 * a pointer motion. Cheap: it only records the time.
 */
void
mc_session_note_activity (McSession *self)
{
  g_return_if_fail (MC_IS_SESSION (self));

  self->last_activity = g_get_monotonic_time ();
}

/**
 * mc_session_get_idle_timeout:
 * @self: a #McSession
 *
 * Returns: the seconds without activity after which the session locks:
 *   the minutes stored in the database when the account signed in
 */
guint
mc_session_get_idle_timeout (McSession *self)
{
  g_return_val_if_fail (MC_IS_SESSION (self), 0);

  if (self->testing_timeout > 0)
    return self->testing_timeout;

  return (guint) self->idle_minutes * 60;
}

/**
 * mc_session_set_idle_timeout_for_testing:
 * @self: a #McSession
 * @seconds: the seconds without activity before locking, or 0 for the
 *   minutes stored in the database
 *
 * For tests, which cannot wait a minute: replaces the stored minutes.
 * Applies at once to a signed-in session, counted from the last activity.
 */
void
mc_session_set_idle_timeout_for_testing (McSession *self,
                                         guint      seconds)
{
  g_return_if_fail (MC_IS_SESSION (self));

  self->testing_timeout = seconds;

  if (self->idle_source != 0)
    {
      stop_idle_timer (self);
      check_idle (self);
    }
}
