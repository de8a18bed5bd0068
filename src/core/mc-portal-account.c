/* mc-portal-account.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-portal-account"

#include "config.h"

#include <string.h>

#include "mc-portal-account.h"
#include "mc-portal-secret.h"

/* The office's account at the provincial portal, as Preferences edits
 * it: the address and codes live in the database (on the worker), the
 * password in the Secret Service, which blocks on D-Bus and so gets a
 * thread of its own rather than the database's.
 *
 * Saving stores the password first: if the keyring refuses it, the
 * settings stay as they were, so the sync never runs with an address
 * whose password it cannot find. */

struct _McPortalAccount
{
  GObject     parent_instance;
  McDbWorker *worker;
};

G_DEFINE_FINAL_TYPE (McPortalAccount, mc_portal_account, G_TYPE_OBJECT)

typedef struct
{
  McPortalSettings *settings;
  char             *password;      /* to store, or NULL to keep */
  gboolean          has_password;
} Job;

/*
 * Auxiliary functions
 */

static void
job_free (Job *job)
{
  mc_portal_settings_free (job->settings);
  if (job->password != NULL)
    {
      /* Not left lying in freed memory. */
      memset (job->password, 0, strlen (job->password));
      g_free (job->password);
    }
  g_free (job);
}

static McPortalSettings *
settings_copy (const McPortalSettings *settings)
{
  McPortalSettings *copy = g_new0 (McPortalSettings, 1);

  copy->url = g_strstrip (g_strdup (settings->url));
  copy->dstcode = g_strstrip (g_strdup (settings->dstcode));
  copy->madonvi = g_strstrip (g_strdup (settings->madonvi));
  copy->username = g_strstrip (g_strdup (settings->username));
  return copy;
}

/*
 * Work on the database worker
 */

static gpointer
load_work (McDatabase  *db,
           gpointer     data,
           GError     **error)
{
  return mc_portal_store_load_settings (db, error);
}

static gpointer
save_work (McDatabase  *db,
           gpointer     data,
           GError     **error)
{
  const McPortalSettings *settings = data;

  return GINT_TO_POINTER (mc_portal_store_save_settings (db, settings, error));
}

/*
 * Work on a thread: the Secret Service
 */

static void
find_password_thread (GTask        *task,
                      gpointer      source_object,
                      gpointer      task_data,
                      GCancellable *cancellable)
{
  Job *job = task_data;
  g_autofree char *password = NULL;

  /* No keyring running is no password, not a failure to load. */
  password = mc_portal_secret_find (job->settings->url, job->settings->username, NULL);
  job->has_password = password != NULL;
  if (password != NULL)
    memset (password, 0, strlen (password));
  g_task_return_boolean (task, TRUE);
}

static void
store_password_thread (GTask        *task,
                       gpointer      source_object,
                       gpointer      task_data,
                       GCancellable *cancellable)
{
  Job *job = task_data;
  GError *error = NULL;

  if (!mc_portal_secret_store (job->settings->url, job->settings->username, job->password,
                               cancellable, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

/*
 * Callbacks
 */

static void
loaded_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  Job *job = g_task_get_task_data (task);
  GError *error = NULL;

  job->settings = mc_db_worker_run_finish (MC_DB_WORKER (object), result, &error);
  if (job->settings == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  if (*job->settings->url == '\0' || *job->settings->username == '\0')
    {
      g_task_return_boolean (task, TRUE);
      return;
    }

  g_task_run_in_thread (task, find_password_thread);
}

static void
settings_saved_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;

  if (mc_db_worker_run_finish (MC_DB_WORKER (object), result, &error) == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  g_task_return_boolean (task, TRUE);
}

static void
save_settings (GTask *task)
{
  McPortalAccount *self = g_task_get_source_object (task);
  Job *job = g_task_get_task_data (task);

  /* The worker's copy: the task keeps its own until it completes. */
  mc_db_worker_run_async (self->worker, save_work, settings_copy (job->settings),
                          (GDestroyNotify) mc_portal_settings_free, NULL,
                          g_task_get_cancellable (task), settings_saved_cb, task);
}

static void
password_stored_cb (GObject      *object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  GTask *task = G_TASK (result);
  GTask *outer = user_data;
  GError *error = NULL;

  if (!g_task_propagate_boolean (task, &error))
    {
      g_task_return_error (outer, error);
      g_object_unref (outer);
      return;
    }

  save_settings (outer);
}

/*
 * GObject overrides
 */

static void
mc_portal_account_dispose (GObject *object)
{
  McPortalAccount *self = (McPortalAccount *)object;

  g_clear_object (&self->worker);

  G_OBJECT_CLASS (mc_portal_account_parent_class)->dispose (object);
}

static void
mc_portal_account_class_init (McPortalAccountClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = mc_portal_account_dispose;
}

static void
mc_portal_account_init (McPortalAccount *self)
{
}

/*
 * Public API
 */

/**
 * mc_portal_account_new:
 * @worker: the open database's worker
 *
 * Returns: (transfer full): a new #McPortalAccount
 */
McPortalAccount *
mc_portal_account_new (McDbWorker *worker)
{
  McPortalAccount *self;

  g_return_val_if_fail (MC_IS_DB_WORKER (worker), NULL);

  self = g_object_new (MC_TYPE_PORTAL_ACCOUNT, NULL);
  self->worker = g_object_ref (worker);
  return self;
}

/**
 * mc_portal_account_load_async:
 * @self: a #McPortalAccount
 * @cancellable: (nullable): a #GCancellable
 * @callback: called on the caller's main context
 * @user_data: data for @callback
 *
 * Reads the settings, and whether a password is kept for them.
 */
void
mc_portal_account_load_async (McPortalAccount     *self,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (MC_IS_PORTAL_ACCOUNT (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, mc_portal_account_load_async);
  g_task_set_task_data (task, g_new0 (Job, 1), (GDestroyNotify) job_free);
  mc_db_worker_run_async (self->worker, load_work, NULL, NULL,
                          (GDestroyNotify) mc_portal_settings_free,
                          cancellable, loaded_cb, g_steal_pointer (&task));
}

/**
 * mc_portal_account_load_finish:
 * @self: a #McPortalAccount
 * @result: the result passed to the callback
 * @has_password: (out): whether the keyring (or $MOTCUA_PORTAL_PASSWORD)
 *   has a password for the address and user name
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the settings, or %NULL with @error set
 */
McPortalSettings *
mc_portal_account_load_finish (McPortalAccount  *self,
                               GAsyncResult     *result,
                               gboolean         *has_password,
                               GError          **error)
{
  Job *job;

  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return NULL;

  job = g_task_get_task_data (G_TASK (result));
  *has_password = job->has_password;
  return g_steal_pointer (&job->settings);
}

/**
 * mc_portal_account_save_async:
 * @self: a #McPortalAccount
 * @settings: the settings, checked with mc_portal_settings_check()
 * @password: (nullable): the password to keep in the keyring, or %NULL
 *   to keep the one kept already
 * @cancellable: (nullable): a #GCancellable
 * @callback: called on the caller's main context
 * @user_data: data for @callback
 *
 * Stores the password, then the settings: both, or the settings as
 * they were. An empty address turns the sync off and needs no password.
 */
void
mc_portal_account_save_async (McPortalAccount        *self,
                              const McPortalSettings *settings,
                              const char             *password,
                              GCancellable           *cancellable,
                              GAsyncReadyCallback     callback,
                              gpointer                user_data)
{
  GTask *task;
  Job *job;

  g_return_if_fail (MC_IS_PORTAL_ACCOUNT (self));
  g_return_if_fail (settings != NULL);

  job = g_new0 (Job, 1);
  job->settings = settings_copy (settings);
  if (password != NULL && *password != '\0' && *job->settings->url != '\0')
    job->password = g_strdup (password);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, mc_portal_account_save_async);
  g_task_set_task_data (task, job, (GDestroyNotify) job_free);

  if (job->password == NULL)
    {
      save_settings (task);
      return;
    }

  {
    g_autoptr(GTask) store = g_task_new (self, cancellable, password_stored_cb, task);

    g_task_set_task_data (store, job, NULL);
    g_task_run_in_thread (store, store_password_thread);
  }
}

/**
 * mc_portal_account_save_finish:
 * @self: a #McPortalAccount
 * @result: the result passed to the callback
 * @error: return location for a #GError
 *
 * Returns: %TRUE if the password and the settings were stored
 */
gboolean
mc_portal_account_save_finish (McPortalAccount  *self,
                               GAsyncResult     *result,
                               GError          **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
