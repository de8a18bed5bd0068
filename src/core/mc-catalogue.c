/* mc-catalogue.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-catalogue"

#include "config.h"

#include "mc-catalogue.h"
#include "mc-catalogue-import.h"

/* The procedure catalogue as the UI sees it: every call runs the store on
 * the database worker and answers on the caller's main context. The
 * "changed" signal tells views to reload after an import changed data. */

struct _McCatalogue
{
  GObject     parent_instance;

  McDbWorker *worker;
};

G_DEFINE_FINAL_TYPE (McCatalogue, mc_catalogue, G_TYPE_OBJECT)

enum {
  SIGNAL_CHANGED,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

static void
mc_catalogue_dispose (GObject *object)
{
  McCatalogue *self = (McCatalogue *)object;

  g_clear_object (&self->worker);

  G_OBJECT_CLASS (mc_catalogue_parent_class)->dispose (object);
}

static void
mc_catalogue_class_init (McCatalogueClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = mc_catalogue_dispose;

  /**
   * McCatalogue::changed:
   *
   * Emitted after an import added or updated procedures.
   */
  signals [SIGNAL_CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
mc_catalogue_init (McCatalogue *self)
{
}

McCatalogue *
mc_catalogue_new (McDbWorker *worker)
{
  McCatalogue *self;

  g_return_val_if_fail (MC_IS_DB_WORKER (worker), NULL);

  self = g_object_new (MC_TYPE_CATALOGUE, NULL);
  self->worker = g_object_ref (worker);

  return self;
}

/*
 * Loading the current versions
 */

static gpointer
load_current_work (McDatabase  *db,
                   gpointer     data,
                   GError     **error)
{
  return mc_procedure_store_load_current (db, data, error);
}

void
mc_catalogue_load_current_async (McCatalogue         *self,
                                 const char          *today,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  g_return_if_fail (MC_IS_CATALOGUE (self));
  g_return_if_fail (today != NULL);

  mc_db_worker_run_task_async (self->worker, self, mc_catalogue_load_current_async, NULL,
                               load_current_work, g_strdup (today), g_free,
                               (GDestroyNotify) g_ptr_array_unref, NULL,
                               cancellable, callback, user_data);
}

/**
 * mc_catalogue_load_current_finish:
 *
 * Returns: (transfer full) (element-type McProcedure): the current versions
 */
GPtrArray *
mc_catalogue_load_current_finish (McCatalogue   *self,
                                  GAsyncResult  *result,
                                  GError       **error)
{
  return mc_db_worker_propagate (result, self, mc_catalogue_load_current_async, error);
}

/*
 * Searching
 */

static gpointer
search_work (McDatabase  *db,
             gpointer     data,
             GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  GArray *ids = mc_procedure_store_search (db, data, &local_error);

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  /* Text without a word was meant to be handled by the caller; it
   * matches nothing here rather than looking like a failure. */
  if (ids == NULL)
    ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  return ids;
}

void
mc_catalogue_search_async (McCatalogue         *self,
                           const char          *text,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  g_return_if_fail (MC_IS_CATALOGUE (self));

  mc_db_worker_run_task_async (self->worker, self, mc_catalogue_search_async, NULL,
                               search_work, g_strdup (text != NULL ? text : ""), g_free,
                               (GDestroyNotify) g_array_unref, NULL,
                               cancellable, callback, user_data);
}

/**
 * mc_catalogue_search_finish:
 *
 * @text must hold a word (see mc_text_fts_query()); text without one
 * matches everything, which callers show without asking the database.
 *
 * Returns: (transfer full) (element-type gint64): the ids of the matching
 *   versions
 */
GArray *
mc_catalogue_search_finish (McCatalogue   *self,
                            GAsyncResult  *result,
                            GError       **error)
{
  return mc_db_worker_propagate (result, self, mc_catalogue_search_async, error);
}

/*
 * One procedure
 */

static gpointer
load_procedure_work (McDatabase  *db,
                     gpointer     data,
                     GError     **error)
{
  return mc_procedure_store_load (db, *(gint64 *) data, error);
}

void
mc_catalogue_load_procedure_async (McCatalogue         *self,
                                   gint64               id,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  g_return_if_fail (MC_IS_CATALOGUE (self));

  mc_db_worker_run_task_async (self->worker, self, mc_catalogue_load_procedure_async, NULL,
                               load_procedure_work, g_memdup2 (&id, sizeof id), g_free,
                               g_object_unref, NULL,
                               cancellable, callback, user_data);
}

/**
 * mc_catalogue_load_procedure_finish:
 *
 * Returns: (transfer full): the version with all its lists
 */
McProcedure *
mc_catalogue_load_procedure_finish (McCatalogue   *self,
                                    GAsyncResult  *result,
                                    GError       **error)
{
  return mc_db_worker_propagate (result, self, mc_catalogue_load_procedure_async, error);
}

/*
 * Versions
 */

static gpointer
list_versions_work (McDatabase  *db,
                    gpointer     data,
                    GError     **error)
{
  return mc_procedure_store_list_versions (db, data, error);
}

void
mc_catalogue_list_versions_async (McCatalogue         *self,
                                  const char          *code,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  g_return_if_fail (MC_IS_CATALOGUE (self));
  g_return_if_fail (code != NULL);

  mc_db_worker_run_task_async (self->worker, self, mc_catalogue_list_versions_async, NULL,
                               list_versions_work, g_strdup (code), g_free,
                               (GDestroyNotify) g_ptr_array_unref, NULL,
                               cancellable, callback, user_data);
}

/**
 * mc_catalogue_list_versions_finish:
 *
 * Returns: (transfer full) (element-type McProcedure): the versions, newest first
 */
GPtrArray *
mc_catalogue_list_versions_finish (McCatalogue   *self,
                                   GAsyncResult  *result,
                                   GError       **error)
{
  return mc_db_worker_propagate (result, self, mc_catalogue_list_versions_async, error);
}

/*
 * Fields
 */

static gpointer
list_fields_work (McDatabase  *db,
                  gpointer     data,
                  GError     **error)
{
  return mc_procedure_store_list_fields (db, error);
}

void
mc_catalogue_list_fields_async (McCatalogue         *self,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  g_return_if_fail (MC_IS_CATALOGUE (self));

  mc_db_worker_run_task_async (self->worker, self, mc_catalogue_list_fields_async, NULL,
                               list_fields_work, NULL, NULL,
                               (GDestroyNotify) g_ptr_array_unref, NULL,
                               cancellable, callback, user_data);
}

/**
 * mc_catalogue_list_fields_finish:
 *
 * Returns: (transfer full) (element-type McProcedureRef): the fields
 */
GPtrArray *
mc_catalogue_list_fields_finish (McCatalogue   *self,
                                 GAsyncResult  *result,
                                 GError       **error)
{
  return mc_db_worker_propagate (result, self, mc_catalogue_list_fields_async, error);
}

/*
 * Import
 */

static gpointer
import_work (McDatabase  *db,
             gpointer     data,
             GError     **error)
{
  const char *path = data;
  g_autofree McImportResult *result = g_new0 (McImportResult, 1);
  gboolean ok;

  /* An empty path means the catalogue shipped with the application. */
  if (*path == '\0')
    ok = mc_catalogue_import_bundled (db, result, error);
  else
    ok = mc_catalogue_import_file (db, path, result, error);

  return ok ? g_steal_pointer (&result) : NULL;
}

/**
 * mc_catalogue_import_async:
 * @self: a #McCatalogue
 * @path: (nullable): a catalogue file, or %NULL for the bundled catalogue
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when done
 * @user_data: data for @callback
 *
 * Imports a catalogue file, all or nothing, and emits #McCatalogue::changed
 * when it added or updated anything.
 */
void
mc_catalogue_import_async (McCatalogue         *self,
                           const char          *path,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  g_return_if_fail (MC_IS_CATALOGUE (self));

  mc_db_worker_run_task_async (self->worker, self, mc_catalogue_import_async, NULL,
                               import_work, g_strdup (path != NULL ? path : ""), g_free,
                               g_free, NULL,
                               cancellable, callback, user_data);
}

gboolean
mc_catalogue_import_finish (McCatalogue     *self,
                            GAsyncResult    *result,
                            McImportResult  *import_result,
                            GError         **error)
{
  g_autofree McImportResult *counts = NULL;

  counts = mc_db_worker_propagate (result, self, mc_catalogue_import_async, error);
  if (counts == NULL)
    return FALSE;

  if (import_result != NULL)
    *import_result = *counts;

  if (counts->added > 0 || counts->updated > 0)
    g_signal_emit (self, signals [SIGNAL_CHANGED], 0);

  return TRUE;
}
