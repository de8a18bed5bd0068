/* mc-db-worker.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-db-worker"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "mc-db-worker.h"
#include "mc-error.h"

/* One thread owns the SQLite connection, as in GNOME Web's history
 * service: the UI queues work and gets the result back through a GTask in
 * its own main context, so no database call ever blocks a frame and the
 * connection is never shared between threads. Jobs run in the order they
 * were queued. */

struct _McDbWorker
{
  GObject      parent_instance;

  GThread     *thread;
  GAsyncQueue *jobs;
  gboolean     is_open;  /* read on the main thread */
};

/* What the thread owns. It is apart from the worker object because a job
 * may drop the last reference to the worker on the worker thread itself;
 * the thread then finishes its queue on its own and frees this. */
typedef struct
{
  GAsyncQueue *jobs;
  McDatabase  *db;
} WorkerState;

G_DEFINE_FINAL_TYPE (McDbWorker, mc_db_worker, G_TYPE_OBJECT)

typedef struct
{
  GTask          *task;
  McDbWorkFunc    func;
  char           *open_path;
  gpointer        data;
  GDestroyNotify  data_destroy;
  GDestroyNotify  result_destroy;
  gboolean        quit;
} Job;

static void
job_free (Job *job)
{
  if (job->data_destroy != NULL && job->data != NULL)
    job->data_destroy (job->data);
  g_clear_object (&job->task);
  g_free (job->open_path);
  g_free (job);
}

static void
run_job (WorkerState *state,
         Job         *job)
{
  g_autoptr(GError) error = NULL;
  gpointer result;

  /* A job cancelled while it waited is dropped; once started it finishes,
   * so a write is never cut in half. */
  if (g_task_return_error_if_cancelled (job->task))
    return;

  if (job->open_path != NULL)
    {
      g_clear_object (&state->db);
      state->db = mc_database_open (job->open_path, &error);
      if (state->db == NULL)
        g_task_return_error (job->task, g_steal_pointer (&error));
      else
        g_task_return_boolean (job->task, TRUE);
      return;
    }

  if (state->db == NULL)
    {
      g_task_return_new_error (job->task, MC_DATABASE_ERROR, MC_DATABASE_ERROR_CANT_OPEN,
                               _("No database is open."));
      return;
    }

  result = job->func (state->db, job->data, &error);
  if (error != NULL)
    {
      if (result != NULL && job->result_destroy != NULL)
        job->result_destroy (result);
      g_task_return_error (job->task, g_steal_pointer (&error));
    }
  else
    {
      g_task_return_pointer (job->task, result, job->result_destroy);
    }
}

static gpointer
worker_thread (gpointer data)
{
  WorkerState *state = data;

  for (;;)
    {
      Job *job = g_async_queue_pop (state->jobs);
      gboolean quit = job->quit;

      if (!quit)
        run_job (state, job);
      job_free (job);

      if (quit)
        break;
    }

  g_clear_object (&state->db);
  g_async_queue_unref (state->jobs);
  g_free (state);

  return NULL;
}

static void
mc_db_worker_finalize (GObject *object)
{
  McDbWorker *self = (McDbWorker *)object;
  Job *quit = g_new0 (Job, 1);

  /* Jobs hold a reference on the worker, so the quit job comes last and
   * the database closes once every answer is out. */
  quit->quit = TRUE;
  g_async_queue_push (self->jobs, quit);

  /* The last job's clean-up may have dropped the last reference on the
   * worker thread itself, which cannot wait for itself to end. */
  if (g_thread_self () == self->thread)
    g_thread_unref (self->thread);
  else
    g_thread_join (self->thread);

  g_async_queue_unref (self->jobs);

  G_OBJECT_CLASS (mc_db_worker_parent_class)->finalize (object);
}

static void
mc_db_worker_class_init (McDbWorkerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = mc_db_worker_finalize;
}

static void
mc_db_worker_init (McDbWorker *self)
{
  WorkerState *state = g_new0 (WorkerState, 1);

  self->jobs = g_async_queue_new ();
  state->jobs = g_async_queue_ref (self->jobs);
  self->thread = g_thread_new ("mc-db-worker", worker_thread, state);
}

McDbWorker *
mc_db_worker_new (void)
{
  return g_object_new (MC_TYPE_DB_WORKER, NULL);
}

/**
 * mc_db_worker_open_async:
 * @self: a #McDbWorker
 * @path: the database file
 * @cancellable: (nullable): a #GCancellable
 * @callback: called on the caller's main context when done
 * @user_data: data for @callback
 *
 * Opens (and migrates) the database on the worker thread, closing the
 * one open before, if any.
 */
void
mc_db_worker_open_async (McDbWorker          *self,
                         const char          *path,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  Job *job;

  g_return_if_fail (MC_IS_DB_WORKER (self));
  g_return_if_fail (path != NULL);

  job = g_new0 (Job, 1);
  job->task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (job->task, mc_db_worker_open_async);
  g_task_set_name (job->task, "[mc-db-worker] open");
  job->open_path = g_strdup (path);

  self->is_open = FALSE;
  g_async_queue_push (self->jobs, job);
}

gboolean
mc_db_worker_open_finish (McDbWorker    *self,
                          GAsyncResult  *result,
                          GError       **error)
{
  gboolean ok;

  g_return_val_if_fail (MC_IS_DB_WORKER (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  ok = g_task_propagate_boolean (G_TASK (result), error);
  self->is_open = ok;

  return ok;
}

gboolean
mc_db_worker_is_open (McDbWorker *self)
{
  g_return_val_if_fail (MC_IS_DB_WORKER (self), FALSE);

  return self->is_open;
}

/**
 * mc_db_worker_run_async:
 * @self: a #McDbWorker
 * @func: the work, run on the worker thread
 * @data: (transfer full): input for @func, owned by the job
 * @data_destroy: (nullable): frees @data
 * @result_destroy: (nullable): frees what @func returns if nobody takes it
 * @cancellable: (nullable): a #GCancellable
 * @callback: called on the caller's main context when done
 * @user_data: data for @callback
 */
void
mc_db_worker_run_async (McDbWorker          *self,
                        McDbWorkFunc         func,
                        gpointer             data,
                        GDestroyNotify       data_destroy,
                        GDestroyNotify       result_destroy,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  Job *job;

  g_return_if_fail (MC_IS_DB_WORKER (self));
  g_return_if_fail (func != NULL);

  job = g_new0 (Job, 1);
  job->task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (job->task, mc_db_worker_run_async);
  g_task_set_name (job->task, "[mc-db-worker] run");
  job->func = func;
  job->data = data;
  job->data_destroy = data_destroy;
  job->result_destroy = result_destroy;

  g_async_queue_push (self->jobs, job);
}

/**
 * mc_db_worker_run_finish:
 * @self: a #McDbWorker
 * @result: the #GAsyncResult
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): what the work returned
 */
gpointer
mc_db_worker_run_finish (McDbWorker    *self,
                         GAsyncResult  *result,
                         GError       **error)
{
  g_return_val_if_fail (MC_IS_DB_WORKER (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/*
 * Tasks of a façade
 */

typedef struct
{
  GDestroyNotify  result_destroy;
  McDbChangedFunc changed;
} RunTaskData;

static void
run_task_done_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GError) error = NULL;
  RunTaskData *data = g_task_get_task_data (task);
  gpointer value;

  value = mc_db_worker_run_finish (MC_DB_WORKER (object), result, &error);
  if (error != NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  if (data->changed != NULL)
    data->changed (g_task_get_source_object (task));

  g_task_return_pointer (task, value, data->result_destroy);
}

/**
 * mc_db_worker_run_task_async:
 * @self: a #McDbWorker
 * @source_object: the object the caller sees as the source of the result
 * @source_tag: the source tag, checked by mc_db_worker_propagate()
 * @name: (nullable): the task's name, for debugging
 * @func: the work, run on the worker thread
 * @data: (transfer full): input for @func, owned by the job
 * @data_destroy: (nullable): frees @data
 * @result_destroy: (nullable): frees what @func returns if nobody takes it
 * @changed: (nullable): for work that changes data: called with
 *   @source_object once @func succeeded, before @callback
 * @cancellable: (nullable): a #GCancellable
 * @callback: called on the caller's main context when done
 * @user_data: data for @callback
 *
 * Runs @func as mc_db_worker_run_async() does, for a façade such as
 * #McCatalogue: the result is a task of @source_object, which the
 * façade's finish function hands to mc_db_worker_propagate().
 *
 * Work with @changed is always carried out, even when @cancellable is
 * cancelled on the way: cancelling only keeps the answer from @callback.
 * Otherwise a change could reach the database unannounced.
 */
void
mc_db_worker_run_task_async (McDbWorker          *self,
                             gpointer             source_object,
                             gpointer             source_tag,
                             const char          *name,
                             McDbWorkFunc         func,
                             gpointer             data,
                             GDestroyNotify       data_destroy,
                             GDestroyNotify       result_destroy,
                             McDbChangedFunc      changed,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  GTask *task;
  RunTaskData *task_data;

  g_return_if_fail (MC_IS_DB_WORKER (self));
  g_return_if_fail (G_IS_OBJECT (source_object));
  g_return_if_fail (func != NULL);

  task = g_task_new (source_object, cancellable, callback, user_data);
  task_data = g_new0 (RunTaskData, 1);
  task_data->result_destroy = result_destroy;
  task_data->changed = changed;

  g_task_set_source_tag (task, source_tag);
  if (name != NULL)
    g_task_set_name (task, name);
  g_task_set_task_data (task, task_data, g_free);

  mc_db_worker_run_async (self, func, data, data_destroy, result_destroy,
                          changed != NULL ? NULL : cancellable, run_task_done_cb, task);
}

/**
 * mc_db_worker_propagate:
 * @result: the #GAsyncResult of mc_db_worker_run_task_async()
 * @source_object: the source object it was started with
 * @source_tag: the source tag it was started with
 * @error: return location for a #GError
 *
 * The body of a façade's finish function.
 *
 * Returns: (transfer full) (nullable): what the work returned
 */
gpointer
mc_db_worker_propagate (GAsyncResult  *result,
                        gpointer       source_object,
                        gpointer       source_tag,
                        GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, source_object), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == source_tag, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
