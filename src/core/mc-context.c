/* mc-context.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-context"

#include "config.h"

#include "mc-catalogue-import.h"
#include "mc-context.h"
#include "mc-dossier-store.h"
#include "mc-staff-store.h"

/* Everything a window needs from the core, handed to widgets as one
 * object instead of globals (GNOME Calendar's GcalContext). */

struct _McContext
{
  GObject      parent_instance;

  McDbWorker  *worker;
  McCatalogue *catalogue;
  McCalendar  *calendar;
  McDossiers  *dossiers;
  McDocuments *documents;
  McSyncQueue *sync_queue;
  char        *database_path;
};

G_DEFINE_FINAL_TYPE (McContext, mc_context, G_TYPE_OBJECT)

static void
mc_context_dispose (GObject *object)
{
  McContext *self = (McContext *)object;

  g_clear_object (&self->sync_queue);
  g_clear_object (&self->documents);
  g_clear_object (&self->dossiers);
  g_clear_object (&self->calendar);
  g_clear_object (&self->catalogue);
  g_clear_object (&self->worker);

  G_OBJECT_CLASS (mc_context_parent_class)->dispose (object);
}

static void
mc_context_finalize (GObject *object)
{
  McContext *self = (McContext *)object;

  g_clear_pointer (&self->database_path, g_free);

  G_OBJECT_CLASS (mc_context_parent_class)->finalize (object);
}

static void
mc_context_class_init (McContextClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = mc_context_dispose;
  object_class->finalize = mc_context_finalize;
}

static void
mc_context_init (McContext *self)
{
  self->worker = mc_db_worker_new ();
  self->catalogue = mc_catalogue_new (self->worker);
  self->calendar = mc_calendar_new (self->worker);
  self->dossiers = mc_dossiers_new (self->worker);
  self->documents = mc_documents_new (self->worker, self->dossiers);
  self->sync_queue = mc_sync_queue_new (self->worker);
}

McContext *
mc_context_new (void)
{
  return g_object_new (MC_TYPE_CONTEXT, NULL);
}

/**
 * mc_context_dup_default_path:
 * @demo: whether to name the demo database
 *
 * Returns: (transfer full): the database in the user's data directory
 */
char *
mc_context_dup_default_path (gboolean demo)
{
  return g_build_filename (g_get_user_data_dir (), APP_ID,
                           demo ? "demo.sqlite" : "motcua.sqlite", NULL);
}

static gpointer
seed_if_empty_work (McDatabase  *db,
                    gpointer     data,
                    GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  gint64 count = mc_procedure_store_count_versions (db, &local_error);

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  if (count == 0 && !mc_catalogue_import_bundled (db, NULL, error))
    return NULL;

  /* The demo office: its users (README) and an identity, so that dossiers
   * can be received right away. */
  if (count == 0 &&
      (!mc_staff_store_seed_demo (db, error) ||
       !mc_dossier_store_set_office_identity (db, "000.17.22.H56", "Ủy ban nhân dân xã Mẫu",
                                              "xã Mẫu", error)))
    return NULL;

  return NULL;
}

static void
seeded_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GError) error = NULL;

  mc_db_worker_run_finish (MC_DB_WORKER (object), result, &error);
  if (error != NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

static void
opened_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GError) error = NULL;
  McContextOpenFlags flags = GPOINTER_TO_UINT (g_task_get_task_data (task));

  if (!mc_db_worker_open_finish (MC_DB_WORKER (object), result, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  if ((flags & MC_CONTEXT_OPEN_SEED_IF_EMPTY) == 0)
    {
      g_task_return_boolean (task, TRUE);
      return;
    }

  mc_db_worker_run_async (MC_DB_WORKER (object), seed_if_empty_work, NULL, NULL, NULL,
                          g_task_get_cancellable (task), seeded_cb, g_object_ref (task));
}

/**
 * mc_context_open_async:
 * @self: a #McContext
 * @path: the database file
 * @flags: %MC_CONTEXT_OPEN_SEED_IF_EMPTY to load the bundled catalogue
 *   into an empty database (the demo database)
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when done
 * @user_data: data for @callback
 *
 * Opens the database on the worker thread, replacing the one open before.
 */
void
mc_context_open_async (McContext           *self,
                       const char          *path,
                       McContextOpenFlags   flags,
                       GCancellable        *cancellable,
                       GAsyncReadyCallback  callback,
                       gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (MC_IS_CONTEXT (self));
  g_return_if_fail (path != NULL);

  g_free (self->database_path);
  self->database_path = g_strdup (path);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, mc_context_open_async);
  g_task_set_task_data (task, GUINT_TO_POINTER (flags), NULL);

  mc_db_worker_open_async (self->worker, path, cancellable, opened_cb, g_steal_pointer (&task));
}

gboolean
mc_context_open_finish (McContext     *self,
                        GAsyncResult  *result,
                        GError       **error)
{
  g_return_val_if_fail (MC_IS_CONTEXT (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

const char *
mc_context_get_database_path (McContext *self)
{
  g_return_val_if_fail (MC_IS_CONTEXT (self), NULL);
  return self->database_path;
}

McDbWorker *
mc_context_get_worker (McContext *self)
{
  g_return_val_if_fail (MC_IS_CONTEXT (self), NULL);
  return self->worker;
}

McCatalogue *
mc_context_get_catalogue (McContext *self)
{
  g_return_val_if_fail (MC_IS_CONTEXT (self), NULL);
  return self->catalogue;
}

/**
 * mc_context_get_calendar:
 * @self: a #McContext
 *
 * Returns: (transfer none): the working calendar: office hours, days off
 *   and make-up working days
 */
McCalendar *
mc_context_get_calendar (McContext *self)
{
  g_return_val_if_fail (MC_IS_CONTEXT (self), NULL);
  return self->calendar;
}

/**
 * mc_context_get_documents:
 * @self: a #McContext
 *
 * Returns: (transfer none): the printed forms
 */
McDocuments *
mc_context_get_documents (McContext *self)
{
  g_return_val_if_fail (MC_IS_CONTEXT (self), NULL);
  return self->documents;
}

/**
 * mc_context_get_dossiers:
 * @self: a #McContext
 *
 * Returns: (transfer none): the dossiers: intake, steps and history
 */
McDossiers *
mc_context_get_dossiers (McContext *self)
{
  g_return_val_if_fail (MC_IS_CONTEXT (self), NULL);
  return self->dossiers;
}

/**
 * mc_context_get_sync_queue:
 * @self: a #McContext
 *
 * Returns: (transfer none): what has not reached the portal yet: the
 *   Sync page, "send again" and the conflicts
 */
McSyncQueue *
mc_context_get_sync_queue (McContext *self)
{
  g_return_val_if_fail (MC_IS_CONTEXT (self), NULL);
  return self->sync_queue;
}
