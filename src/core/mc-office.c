/* mc-office.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-office"

#include "config.h"

#include "mc-office.h"
#include "mc-dossier-code.h"
#include "mc-dossier-store.h"
#include "mc-office-identity.h"

/* The office's settings as the UI sees them: the commune's identity
 * (agency code, name, place name), this workstation's (its name, its
 * range of dossier numbers, the idle lock) and the printed forms' (the
 * counter's name and phone, the leader who signs). Every call runs the stores on
 * the database worker and answers on the caller's main context; "changed"
 * tells whoever shows a setting to read it again.
 *
 * As in McCalendar, a change once asked for is carried out even when
 * cancelled, so that "changed" is never missed. */

struct _McOffice
{
  GObject     parent_instance;

  McDbWorker *worker;
};

G_DEFINE_FINAL_TYPE (McOffice, mc_office, G_TYPE_OBJECT)

enum {
  SIGNAL_CHANGED,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

/* The texts of a change, copied for the worker thread. */
typedef struct
{
  char *first;
  char *second;
  char *third;
  int   number;
} Request;

/*
 * Auxiliary functions
 */

static Request *
request_new (const char *first,
             const char *second,
             const char *third,
             int         number)
{
  Request *request = g_new0 (Request, 1);

  request->first = g_strdup (first != NULL ? first : "");
  request->second = g_strdup (second != NULL ? second : "");
  request->third = g_strdup (third != NULL ? third : "");
  request->number = number;

  return request;
}

static void
request_free (Request *request)
{
  g_free (request->first);
  g_free (request->second);
  g_free (request->third);
  g_free (request);
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
mc_office_dispose (GObject *object)
{
  McOffice *self = (McOffice *)object;

  g_clear_object (&self->worker);

  G_OBJECT_CLASS (mc_office_parent_class)->dispose (object);
}

static void
mc_office_class_init (McOfficeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = mc_office_dispose;

  /**
   * McOffice::changed:
   *
   * Emitted on the main context after the commune's identity or this
   * workstation's settings were stored.
   */
  signals [SIGNAL_CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
mc_office_init (McOffice *self)
{
}

/*
 * Public API
 */

/**
 * mc_office_new:
 * @worker: the database worker
 *
 * Returns: (transfer full): the office's settings on @worker
 */
McOffice *
mc_office_new (McDbWorker *worker)
{
  McOffice *self;

  g_return_val_if_fail (MC_IS_DB_WORKER (worker), NULL);

  self = g_object_new (MC_TYPE_OFFICE, NULL);
  self->worker = g_object_ref (worker);

  return self;
}

/*
 * Loading
 */

static gpointer
load_work (McDatabase  *db,
           gpointer     data,
           GError     **error)
{
  return mc_office_store_load (db, error);
}

/**
 * mc_office_load_async:
 * @self: a #McOffice
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when done
 * @user_data: data for @callback
 *
 * Reads every setting of the Office page (see mc_office_store_load()).
 */
void
mc_office_load_async (McOffice            *self,
                      GCancellable        *cancellable,
                      GAsyncReadyCallback  callback,
                      gpointer             user_data)
{
  g_return_if_fail (MC_IS_OFFICE (self));

  mc_db_worker_run_task_async (self->worker, self, mc_office_load_async, "[mc-office] load",
                               load_work, NULL, NULL, (GDestroyNotify) mc_office_settings_free,
                               NULL, cancellable, callback, user_data);
}

/**
 * mc_office_load_finish:
 * @self: a #McOffice
 * @result: the result passed to the callback
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the settings, or %NULL with @error set
 */
McOfficeSettings *
mc_office_load_finish (McOffice      *self,
                       GAsyncResult  *result,
                       GError       **error)
{
  return mc_db_worker_propagate (result, self, mc_office_load_async, error);
}

/*
 * The commune's identity
 */

static gpointer
set_identity_work (McDatabase  *db,
                   gpointer     data,
                   GError     **error)
{
  Request *request = data;

  if (!mc_dossier_store_set_office_identity (db, request->first, request->second,
                                             request->third, error))
    return NULL;

  return GINT_TO_POINTER (TRUE);
}

/**
 * mc_office_set_identity_async:
 * @self: a #McOffice
 * @agency_code: the commune's electronic identification code, such as
 *   "000.17.22.H56"
 * @agency_name: the commune's name
 * @place_name: the place name printed on forms
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when done
 * @user_data: data for @callback
 *
 * Stores the commune's identity. An agency code that
 * mc_agency_code_validate() refuses fails with %MC_ERROR_INVALID, before
 * anything reaches the database, and nothing is stored.
 */
void
mc_office_set_identity_async (McOffice            *self,
                              const char          *agency_code,
                              const char          *agency_name,
                              const char          *place_name,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  GError *error = NULL;

  g_return_if_fail (MC_IS_OFFICE (self));
  g_return_if_fail (agency_code != NULL);

  if (!mc_agency_code_validate (agency_code, &error))
    {
      task = g_task_new (self, cancellable, callback, user_data);
      g_task_set_source_tag (task, mc_office_set_identity_async);
      g_task_return_error (task, error);
      return;
    }

  mc_db_worker_run_task_async (self->worker, self, mc_office_set_identity_async,
                               "[mc-office] set identity", set_identity_work,
                               request_new (agency_code, agency_name, place_name, 0),
                               (GDestroyNotify) request_free, NULL,
                               emit_changed, cancellable, callback, user_data);
}

gboolean
mc_office_set_identity_finish (McOffice      *self,
                               GAsyncResult  *result,
                               GError       **error)
{
  return mc_db_worker_propagate (result, self, mc_office_set_identity_async, error) != NULL;
}

/*
 * This workstation
 */

static gpointer
set_workstation_work (McDatabase  *db,
                      gpointer     data,
                      GError     **error)
{
  Request *request = data;

  if (!mc_office_store_set_workstation (db, request->first, request->second, request->number,
                                        error))
    return NULL;

  return GINT_TO_POINTER (TRUE);
}

/**
 * mc_office_set_workstation_async:
 * @self: a #McOffice
 * @name: this workstation's name in events; "" for the host name
 * @range: its dossier numbers, such as "5000-9999"
 * @idle_lock_minutes: the minutes without input before the session locks
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when done
 * @user_data: data for @callback
 *
 * Stores this workstation's settings, all or none (see
 * mc_office_store_set_workstation()). A range that mc_number_range_parse()
 * refuses fails with %MC_ERROR_INVALID before anything reaches the
 * database. The idle lock applies from the next sign-in.
 */
void
mc_office_set_workstation_async (McOffice            *self,
                                 const char          *name,
                                 const char          *range,
                                 int                  idle_lock_minutes,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  GError *error = NULL;
  McNumberRange parsed;

  g_return_if_fail (MC_IS_OFFICE (self));
  g_return_if_fail (name != NULL);
  g_return_if_fail (range != NULL);

  if (!mc_number_range_parse (range, &parsed, &error))
    {
      task = g_task_new (self, cancellable, callback, user_data);
      g_task_set_source_tag (task, mc_office_set_workstation_async);
      g_task_return_error (task, error);
      return;
    }

  mc_db_worker_run_task_async (self->worker, self, mc_office_set_workstation_async,
                               "[mc-office] set workstation", set_workstation_work,
                               request_new (name, range, NULL, idle_lock_minutes),
                               (GDestroyNotify) request_free, NULL,
                               emit_changed, cancellable, callback, user_data);
}

gboolean
mc_office_set_workstation_finish (McOffice      *self,
                                  GAsyncResult  *result,
                                  GError       **error)
{
  return mc_db_worker_propagate (result, self, mc_office_set_workstation_async, error) != NULL;
}

/*
 * The printed forms
 */

static gpointer
load_identity_work (McDatabase  *db,
                    gpointer     data,
                    GError     **error)
{
  return mc_dossier_store_get_office_identity (db, error);
}

/**
 * mc_office_load_identity_async:
 * @self: a #McOffice
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when done
 * @user_data: data for @callback
 *
 * Reads the office's identity as the printed forms use it, with the
 * settings of the forms (see mc_office_identity_get_form_setting()).
 */
void
mc_office_load_identity_async (McOffice            *self,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_return_if_fail (MC_IS_OFFICE (self));

  mc_db_worker_run_task_async (self->worker, self, mc_office_load_identity_async,
                               "[mc-office] load identity", load_identity_work, NULL, NULL,
                               (GDestroyNotify) mc_office_identity_free, NULL, cancellable,
                               callback, user_data);
}

/**
 * mc_office_load_identity_finish:
 * @self: a #McOffice
 * @result: the result passed to the callback
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the identity, or %NULL with @error set
 */
McOfficeIdentity *
mc_office_load_identity_finish (McOffice      *self,
                                GAsyncResult  *result,
                                GError       **error)
{
  return mc_db_worker_propagate (result, self, mc_office_load_identity_async, error);
}

static gpointer
set_form_settings_work (McDatabase  *db,
                        gpointer     data,
                        GError     **error)
{
  if (!mc_dossier_store_set_form_settings (db, (const char * const *) data, error))
    return NULL;

  return GINT_TO_POINTER (TRUE);
}

/**
 * mc_office_set_form_settings_async:
 * @self: a #McOffice
 * @values: (array fixed-size=5): a value for each #McFormSetting
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when done
 * @user_data: data for @callback
 *
 * Stores the settings of the printed forms, all or none (see
 * mc_dossier_store_set_form_settings()).
 */
void
mc_office_set_form_settings_async (McOffice            *self,
                                   const char * const  *values,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  char **copy;

  g_return_if_fail (MC_IS_OFFICE (self));
  g_return_if_fail (values != NULL);

  copy = g_new0 (char *, MC_FORM_N_SETTINGS + 1);
  for (guint i = 0; i < MC_FORM_N_SETTINGS; i++)
    copy[i] = g_strdup (values[i] != NULL ? values[i] : "");

  mc_db_worker_run_task_async (self->worker, self, mc_office_set_form_settings_async,
                               "[mc-office] set form settings", set_form_settings_work,
                               copy, (GDestroyNotify) g_strfreev, NULL, emit_changed,
                               cancellable, callback, user_data);
}

gboolean
mc_office_set_form_settings_finish (McOffice      *self,
                                    GAsyncResult  *result,
                                    GError       **error)
{
  return mc_db_worker_propagate (result, self, mc_office_set_form_settings_async, error) != NULL;
}
