/* mc-dossiers.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-dossiers"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "mc-calendar-store.h"
#include "mc-dossiers.h"
#include "mc-error.h"
#include "mc-staff-store.h"

/* Dossiers as the UI sees them: every call runs McDossierStore on the
 * database worker and answers on the caller's main context. "changed"
 * tells lists and pages to reload after a dossier was received, took a
 * step or had its data corrected. As in McCalendar, a change once asked for is carried out even if
 * the caller cancels: cancelling only stops it from hearing the answer.
 *
 * The callers' drafts, actors and parameters point into memory the main
 * thread owns, so each call copies them for the worker. */

struct _McDossiers
{
  GObject     parent_instance;

  McDbWorker *worker;
};

G_DEFINE_FINAL_TYPE (McDossiers, mc_dossiers, G_TYPE_OBJECT)

enum {
  SIGNAL_CHANGED,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

/* The calendar must reach the years a due moment can fall in. */
#define YEARS_AHEAD 2

/* How many earlier dossiers the address completions come from. */
#define ADDRESS_DOSSIERS 2000

typedef struct
{
  McDossierDraft    draft;
  McActorCopy       actor;
  GPtrArray        *strings;
  McDraftComponent *components;
} ReceiveRequest;

typedef struct
{
  char               *code;
  McDossierAction     action;
  McActorCopy         actor;
  McTransitionParams  params;
  char               *note;
  char               *details;
} TransitionRequest;

typedef struct
{
  char          *code;
  McDossierEdit  edit;
  McActorCopy    actor;
  GPtrArray     *strings;
  guint          expected_version;
} EditRequest;

typedef struct
{
  McDossier       *dossier;
  McDeadlineState  state;
} LoadResult;

typedef struct
{
  double      value;
  McTimeUnit  unit;
  GDateTime  *received;
} DueRequest;

/*
 * Auxiliary functions
 */

static GDateTime *
now_local (void)
{
  return g_date_time_new_now (mc_working_calendar_get_time_zone ());
}

static const char *
keep_string (GPtrArray  *strings,
             const char *text)
{
  char *copy;

  if (text == NULL)
    return NULL;

  copy = g_strdup (text);
  g_ptr_array_add (strings, copy);
  return copy;
}

static ReceiveRequest *
receive_request_new (const McDossierDraft *draft,
                     const McActor        *actor)
{
  ReceiveRequest *request = g_new0 (ReceiveRequest, 1);
  GPtrArray *strings = g_ptr_array_new_with_free_func (g_free);

  request->strings = strings;
  request->draft = *draft;
  request->draft.procedure_code = keep_string (strings, draft->procedure_code);
  request->draft.applicant_name = keep_string (strings, draft->applicant_name);
  request->draft.id_number = keep_string (strings, draft->id_number);
  request->draft.birth_date = keep_string (strings, draft->birth_date);
  request->draft.phone = keep_string (strings, draft->phone);
  request->draft.email = keep_string (strings, draft->email);
  request->draft.address = keep_string (strings, draft->address);
  request->draft.note = keep_string (strings, draft->note);
  request->draft.refusal_reason = keep_string (strings, draft->refusal_reason);
  if (draft->received_at != NULL)
    request->draft.received_at = g_date_time_ref (draft->received_at);

  request->components = g_new0 (McDraftComponent, MAX (draft->n_components, 1));
  for (guint i = 0; i < draft->n_components; i++)
    {
      request->components[i] = draft->components[i];
      request->components[i].name = keep_string (strings, draft->components[i].name);
    }
  request->draft.components = request->components;

  mc_actor_copy_init (&request->actor, actor);

  return request;
}

static void
receive_request_free (ReceiveRequest *request)
{
  g_clear_pointer (&request->draft.received_at, g_date_time_unref);
  g_ptr_array_unref (request->strings);
  g_free (request->components);
  mc_actor_copy_clear (&request->actor);
  g_free (request);
}

static TransitionRequest *
transition_request_new (const char               *code,
                        McDossierAction           action,
                        const McActor            *actor,
                        const McTransitionParams *params)
{
  TransitionRequest *request = g_new0 (TransitionRequest, 1);

  request->code = g_strdup (code);
  request->action = action;
  mc_actor_copy_init (&request->actor, actor);

  if (params != NULL)
    {
      request->params = *params;
      request->note = g_strdup (params->note);
      request->details = g_strdup (params->details);
      if (params->new_due_at != NULL)
        request->params.new_due_at = g_date_time_ref (params->new_due_at);
      if (params->effective_at != NULL)
        request->params.effective_at = g_date_time_ref (params->effective_at);
    }
  request->params.note = request->note;
  request->params.details = request->details;

  return request;
}

static void
transition_request_free (TransitionRequest *request)
{
  g_free (request->code);
  g_free (request->note);
  g_free (request->details);
  g_clear_pointer (&request->params.new_due_at, g_date_time_unref);
  g_clear_pointer (&request->params.effective_at, g_date_time_unref);
  mc_actor_copy_clear (&request->actor);
  g_free (request);
}

static EditRequest *
edit_request_new (const char          *code,
                  const McDossierEdit *edit,
                  const McActor       *actor,
                  guint                expected_version)
{
  EditRequest *request = g_new0 (EditRequest, 1);
  GPtrArray *strings = g_ptr_array_new_with_free_func (g_free);

  request->code = g_strdup (code);
  request->strings = strings;
  request->edit = *edit;
  request->edit.applicant_name = keep_string (strings, edit->applicant_name);
  request->edit.id_number = keep_string (strings, edit->id_number);
  request->edit.birth_date = keep_string (strings, edit->birth_date);
  request->edit.phone = keep_string (strings, edit->phone);
  request->edit.email = keep_string (strings, edit->email);
  request->edit.address = keep_string (strings, edit->address);
  request->edit.note = keep_string (strings, edit->note);
  request->edit.reason = keep_string (strings, edit->reason);
  request->expected_version = expected_version;
  mc_actor_copy_init (&request->actor, actor);

  return request;
}

static void
edit_request_free (EditRequest *request)
{
  g_free (request->code);
  g_ptr_array_unref (request->strings);
  mc_actor_copy_clear (&request->actor);
  g_free (request);
}

static void
load_result_free (LoadResult *result)
{
  g_clear_object (&result->dossier);
  g_free (result);
}

static void
due_request_free (DueRequest *request)
{
  g_clear_pointer (&request->received, g_date_time_unref);
  g_free (request);
}

/* The calendar from the year of @first to some years after @last. */
static McWorkingCalendar *
load_calendar (McDatabase  *db,
               GDateTime   *first,
               GDateTime   *last,
               GError     **error)
{
  int first_year = MIN (g_date_time_get_year (first), g_date_time_get_year (last));
  int last_year = MAX (g_date_time_get_year (first), g_date_time_get_year (last));

  if (!mc_calendar_store_ensure_years (db, first_year, last_year + YEARS_AHEAD, error))
    return NULL;

  return mc_calendar_store_load (db, error);
}

static gboolean
has_running_deadline (McDossierStatus status)
{
  return status == MC_DOSSIER_STATUS_ACCEPTED ||
         status == MC_DOSSIER_STATUS_PROCESSING ||
         status == MC_DOSSIER_STATUS_SUPPLEMENT ||
         status == MC_DOSSIER_STATUS_PAYMENT;
}

/*
 * Callbacks
 */

static void
emit_changed (gpointer source_object)
{
  g_signal_emit (source_object, signals [SIGNAL_CHANGED], 0);
}

/**
 * mc_dossiers_notify_changed:
 * @self: a #McDossiers
 *
 * Emits #McDossiers::changed for changes made by another connection to
 * the database: the dossiers the sync pulled from the portal.
 */
void
mc_dossiers_notify_changed (McDossiers *self)
{
  g_return_if_fail (MC_IS_DOSSIERS (self));

  emit_changed (self);
}

/*
 * GObject overrides
 */

static void
mc_dossiers_dispose (GObject *object)
{
  McDossiers *self = (McDossiers *)object;

  g_clear_object (&self->worker);

  G_OBJECT_CLASS (mc_dossiers_parent_class)->dispose (object);
}

static void
mc_dossiers_class_init (McDossiersClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = mc_dossiers_dispose;

  /**
   * McDossiers::changed:
   *
   * Emitted on the main context after a dossier was received or took a
   * step of its workflow.
   */
  signals [SIGNAL_CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
mc_dossiers_init (McDossiers *self)
{
}

/*
 * Public API
 */

McDossiers *
mc_dossiers_new (McDbWorker *worker)
{
  McDossiers *self;

  g_return_val_if_fail (MC_IS_DB_WORKER (worker), NULL);

  self = g_object_new (MC_TYPE_DOSSIERS, NULL);
  self->worker = g_object_ref (worker);

  return self;
}

/*
 * Intake
 */

static gpointer
receive_work (McDatabase  *db,
              gpointer     data,
              GError     **error)
{
  ReceiveRequest *request = data;
  g_autoptr(GDateTime) now = now_local ();

  return mc_dossier_store_receive (db, &request->draft, &request->actor.actor, now, error);
}

/**
 * mc_dossiers_receive_async:
 * @self: a #McDossiers
 * @draft: the intake form; copied
 * @actor: who receives it; copied
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when done
 * @user_data: data for @callback
 *
 * Enters a dossier with mc_dossier_store_receive(), at the worker's
 * clock: all of it or nothing.
 */
void
mc_dossiers_receive_async (McDossiers           *self,
                           const McDossierDraft *draft,
                           const McActor        *actor,
                           GCancellable         *cancellable,
                           GAsyncReadyCallback   callback,
                           gpointer              user_data)
{
  g_return_if_fail (MC_IS_DOSSIERS (self));
  g_return_if_fail (draft != NULL);
  g_return_if_fail (actor != NULL);

  mc_db_worker_run_task_async (self->worker, self, mc_dossiers_receive_async,
                               "[mc-dossiers] receive", receive_work,
                               receive_request_new (draft, actor),
                               (GDestroyNotify) receive_request_free, g_object_unref,
                               emit_changed, cancellable, callback, user_data);
}

/**
 * mc_dossiers_receive_finish:
 *
 * Returns: (transfer full): the new dossier, or %NULL with the store's
 *   error, which names the field
 */
McDossier *
mc_dossiers_receive_finish (McDossiers    *self,
                            GAsyncResult  *result,
                            GError       **error)
{
  return mc_db_worker_propagate (result, self, mc_dossiers_receive_async, error);
}

/*
 * Steps
 */

static gpointer
transition_work (McDatabase  *db,
                 gpointer     data,
                 GError     **error)
{
  TransitionRequest *request = data;
  g_autoptr(GDateTime) now = now_local ();

  if (!mc_dossier_store_transition (db, request->code, request->action, &request->actor.actor,
                                    &request->params, now, error))
    return NULL;

  return GINT_TO_POINTER (TRUE);
}

/**
 * mc_dossiers_transition_async:
 * @self: a #McDossiers
 * @code: the dossier's code
 * @action: the step
 * @actor: who takes it; copied
 * @params: (nullable): what the step carries; copied
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when done
 * @user_data: data for @callback
 *
 * Takes one step with mc_dossier_store_transition().
 */
void
mc_dossiers_transition_async (McDossiers               *self,
                              const char               *code,
                              McDossierAction           action,
                              const McActor            *actor,
                              const McTransitionParams *params,
                              GCancellable             *cancellable,
                              GAsyncReadyCallback       callback,
                              gpointer                  user_data)
{
  g_return_if_fail (MC_IS_DOSSIERS (self));
  g_return_if_fail (code != NULL);
  g_return_if_fail ((guint) action < MC_DOSSIER_N_ACTIONS);
  g_return_if_fail (actor != NULL);

  mc_db_worker_run_task_async (self->worker, self, mc_dossiers_transition_async,
                               "[mc-dossiers] transition", transition_work,
                               transition_request_new (code, action, actor, params),
                               (GDestroyNotify) transition_request_free, NULL,
                               emit_changed, cancellable, callback, user_data);
}

/**
 * mc_dossiers_transition_finish:
 *
 * Returns: %TRUE if the step was taken; %FALSE with the store's error,
 *   which says why not
 */
gboolean
mc_dossiers_transition_finish (McDossiers    *self,
                               GAsyncResult  *result,
                               GError       **error)
{
  return mc_db_worker_propagate (result, self, mc_dossiers_transition_async, error) != NULL;
}

/*
 * Corrections
 */

static gpointer
edit_work (McDatabase  *db,
           gpointer     data,
           GError     **error)
{
  EditRequest *request = data;
  g_autoptr(GDateTime) now = now_local ();

  if (!mc_dossier_store_edit (db, request->code, &request->edit, &request->actor.actor,
                              request->expected_version, now, error))
    return NULL;

  return GINT_TO_POINTER (TRUE);
}

/**
 * mc_dossiers_edit_async:
 * @self: a #McDossiers
 * @code: the dossier's code
 * @edit: the new values of the editable fields and the reason; copied
 * @actor: who corrects them; copied
 * @expected_version: the version shown when the data were corrected; 0
 *   for any
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when done
 * @user_data: data for @callback
 *
 * Corrects a dossier's data with mc_dossier_store_edit(), at the
 * worker's clock; "changed" is emitted once it is recorded.
 */
void
mc_dossiers_edit_async (McDossiers          *self,
                        const char          *code,
                        const McDossierEdit *edit,
                        const McActor       *actor,
                        guint                expected_version,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  g_return_if_fail (MC_IS_DOSSIERS (self));
  g_return_if_fail (code != NULL);
  g_return_if_fail (edit != NULL);
  g_return_if_fail (actor != NULL);

  mc_db_worker_run_task_async (self->worker, self, mc_dossiers_edit_async,
                               "[mc-dossiers] edit", edit_work,
                               edit_request_new (code, edit, actor, expected_version),
                               (GDestroyNotify) edit_request_free, NULL,
                               emit_changed, cancellable, callback, user_data);
}

/**
 * mc_dossiers_edit_finish:
 *
 * Returns: %TRUE if the data were corrected; %FALSE with the store's
 *   error, which names the field or says why not
 */
gboolean
mc_dossiers_edit_finish (McDossiers    *self,
                         GAsyncResult  *result,
                         GError       **error)
{
  return mc_db_worker_propagate (result, self, mc_dossiers_edit_async, error) != NULL;
}

/*
 * Reading
 */

static gpointer
load_work (McDatabase  *db,
           gpointer     data,
           GError     **error)
{
  g_autoptr(McDossier) dossier = mc_dossier_store_load (db, data, error);
  g_autoptr(GDateTime) now = now_local ();
  McDeadlineState state = MC_DEADLINE_IN_TIME;
  LoadResult *result;

  if (dossier == NULL)
    return NULL;

  if (has_running_deadline (mc_dossier_get_status (dossier)) &&
      mc_dossier_get_due_at (dossier) != NULL)
    {
      GDateTime *due = mc_dossier_get_due_at (dossier);
      GDateTime *paused = mc_dossier_get_paused_at (dossier);
      g_autoptr(McWorkingCalendar) calendar = load_calendar (db, due, now, error);

      if (calendar == NULL)
        return NULL;

      /* While the clock is stopped, the time left is that of the stop. */
      state = mc_deadline_state (calendar, due, paused != NULL ? paused : now);
    }

  result = g_new0 (LoadResult, 1);
  result->dossier = g_steal_pointer (&dossier);
  result->state = state;

  return result;
}

/**
 * mc_dossiers_load_async:
 * @self: a #McDossiers
 * @code: a dossier code
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when done
 * @user_data: data for @callback
 *
 * Loads a dossier with its papers, and where it stands against its
 * appointment now.
 */
void
mc_dossiers_load_async (McDossiers          *self,
                        const char          *code,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  g_return_if_fail (MC_IS_DOSSIERS (self));
  g_return_if_fail (code != NULL);

  mc_db_worker_run_task_async (self->worker, self, mc_dossiers_load_async,
                               "[mc-dossiers] load", load_work, g_strdup (code), g_free,
                               (GDestroyNotify) load_result_free, NULL,
                               cancellable, callback, user_data);
}

/**
 * mc_dossiers_load_finish:
 * @self: a #McDossiers
 * @result: the result passed to the callback
 * @deadline_state: (out) (optional): against the appointment, now (or
 *   when the clock stopped); %MC_DEADLINE_IN_TIME for a finished dossier
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the dossier, or %NULL with %MC_ERROR_NOT_FOUND
 */
McDossier *
mc_dossiers_load_finish (McDossiers       *self,
                         GAsyncResult     *result,
                         McDeadlineState  *deadline_state,
                         GError          **error)
{
  LoadResult *loaded = mc_db_worker_propagate (result, self, mc_dossiers_load_async, error);
  McDossier *dossier;

  if (loaded == NULL)
    return NULL;

  if (deadline_state != NULL)
    *deadline_state = loaded->state;

  dossier = g_steal_pointer (&loaded->dossier);
  load_result_free (loaded);

  return dossier;
}

static gpointer
list_events_work (McDatabase  *db,
                  gpointer     data,
                  GError     **error)
{
  return mc_dossier_store_list_events (db, data, error);
}

void
mc_dossiers_list_events_async (McDossiers          *self,
                               const char          *code,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_return_if_fail (MC_IS_DOSSIERS (self));
  g_return_if_fail (code != NULL);

  mc_db_worker_run_task_async (self->worker, self, mc_dossiers_list_events_async,
                               "[mc-dossiers] list events", list_events_work, g_strdup (code),
                               g_free, (GDestroyNotify) g_ptr_array_unref, NULL,
                               cancellable, callback, user_data);
}

/**
 * mc_dossiers_list_events_finish:
 *
 * Returns: (transfer full) (element-type McDossierEvent): the history,
 *   oldest first
 */
GPtrArray *
mc_dossiers_list_events_finish (McDossiers    *self,
                                GAsyncResult  *result,
                                GError       **error)
{
  return mc_db_worker_propagate (result, self, mc_dossiers_list_events_async, error);
}

/*
 * The appointment, before the dossier exists
 */

static gpointer
compute_due_work (McDatabase  *db,
                  gpointer     data,
                  GError     **error)
{
  DueRequest *request = data;
  g_autoptr(McWorkingCalendar) calendar = NULL;
  int cutoff;

  calendar = load_calendar (db, request->received, request->received, error);
  if (calendar == NULL)
    return NULL;

  cutoff = mc_calendar_store_get_same_day_cutoff (db, error);
  if (cutoff < 0)
    return NULL;

  return mc_deadline_compute (calendar, request->received, request->value, request->unit, cutoff);
}

/**
 * mc_dossiers_compute_due_async:
 * @self: a #McDossiers
 * @procedure: the procedure, with its processing times
 * @received: the moment of receipt
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when done
 * @user_data: data for @callback
 *
 * Computes the appointment a dossier of @procedure received at @received
 * would get, as the intake does, for the form to show it as it changes.
 * A procedure without a stated time fails with %MC_ERROR_NOT_FOUND.
 */
void
mc_dossiers_compute_due_async (McDossiers          *self,
                               McProcedure         *procedure,
                               GDateTime           *received,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  const McProcedureTime *time;
  DueRequest *request;

  g_return_if_fail (MC_IS_DOSSIERS (self));
  g_return_if_fail (MC_IS_PROCEDURE (procedure));
  g_return_if_fail (received != NULL);

  time = mc_procedure_get_main_time (procedure);
  if (time == NULL)
    {
      g_autoptr(GTask) task = g_task_new (self, cancellable, callback, user_data);

      g_task_set_source_tag (task, mc_dossiers_compute_due_async);
      g_task_return_new_error (task, MC_ERROR, MC_ERROR_NOT_FOUND,
                               "%s", _("The catalogue states no processing time for this "
                                       "procedure."));
      return;
    }

  request = g_new0 (DueRequest, 1);
  request->value = time->value;
  request->unit = time->unit;
  request->received = g_date_time_to_timezone (received, mc_working_calendar_get_time_zone ());

  mc_db_worker_run_task_async (self->worker, self, mc_dossiers_compute_due_async,
                               "[mc-dossiers] compute due", compute_due_work, request,
                               (GDestroyNotify) due_request_free,
                               (GDestroyNotify) g_date_time_unref, NULL,
                               cancellable, callback, user_data);
}

/**
 * mc_dossiers_compute_due_finish:
 *
 * Returns: (transfer full): the appointment moment
 */
GDateTime *
mc_dossiers_compute_due_finish (McDossiers    *self,
                                GAsyncResult  *result,
                                GError       **error)
{
  return mc_db_worker_propagate (result, self, mc_dossiers_compute_due_async, error);
}

/*
 * Lists for the forms
 */

static gpointer
list_addresses_work (McDatabase  *db,
                     gpointer     data,
                     GError     **error)
{
  g_autoptr(GDateTime) now = now_local ();
  g_autoptr(GPtrArray) dossiers = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  dossiers = mc_dossier_store_list (db, MC_DOSSIER_STATUS_NONE, FALSE, now, ADDRESS_DOSSIERS,
                                    error);
  if (dossiers == NULL)
    return NULL;

  for (guint i = 0; i < dossiers->len; i++)
    {
      const char *address = mc_dossier_get_address (g_ptr_array_index (dossiers, i));

      if (address != NULL && address[0] != '\0' && g_hash_table_add (seen, (gpointer) address))
        g_strv_builder_add (builder, address);
    }

  return g_strv_builder_end (builder);
}

void
mc_dossiers_list_addresses_async (McDossiers          *self,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  g_return_if_fail (MC_IS_DOSSIERS (self));

  mc_db_worker_run_task_async (self->worker, self, mc_dossiers_list_addresses_async,
                               "[mc-dossiers] list addresses", list_addresses_work, NULL, NULL,
                               (GDestroyNotify) g_strfreev, NULL,
                               cancellable, callback, user_data);
}

/**
 * mc_dossiers_list_addresses_finish:
 *
 * Returns: (transfer full): the addresses of earlier dossiers, each once
 */
GStrv
mc_dossiers_list_addresses_finish (McDossiers    *self,
                                   GAsyncResult  *result,
                                   GError       **error)
{
  return mc_db_worker_propagate (result, self, mc_dossiers_list_addresses_async, error);
}

static gpointer
list_staff_work (McDatabase  *db,
                 gpointer     data,
                 GError     **error)
{
  return mc_staff_store_list (db, FALSE, error);
}

void
mc_dossiers_list_staff_async (McDossiers          *self,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_return_if_fail (MC_IS_DOSSIERS (self));

  mc_db_worker_run_task_async (self->worker, self, mc_dossiers_list_staff_async,
                               "[mc-dossiers] list staff", list_staff_work, NULL, NULL,
                               (GDestroyNotify) g_ptr_array_unref, NULL,
                               cancellable, callback, user_data);
}

/**
 * mc_dossiers_list_staff_finish:
 *
 * Returns: (transfer full) (element-type McStaff): the active staff
 *   accounts, to hand a dossier over to
 */
GPtrArray *
mc_dossiers_list_staff_finish (McDossiers    *self,
                               GAsyncResult  *result,
                               GError       **error)
{
  return mc_db_worker_propagate (result, self, mc_dossiers_list_staff_async, error);
}
