/* mc-documents.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-documents"

#include "config.h"

#include "mc-document-store.h"
#include "mc-documents.h"
#include "mc-working-calendar.h"

/* The printed forms as the UI sees them: McDocumentStore run on the
 * database worker, answering on the caller's main context. Recording a
 * print adds events to dossiers, so it tells McDossiers, whose "changed"
 * reloads the lists and pages. */

struct _McDocuments
{
  GObject     parent_instance;

  McDbWorker *worker;
  McDossiers *dossiers;
};

G_DEFINE_FINAL_TYPE (McDocuments, mc_documents, G_TYPE_OBJECT)

typedef enum
{
  RENDER_DOSSIER_FORM,
  RENDER_OWED_APOLOGIES,
  RENDER_REGISTER,
  RENDER_REPORT_06A,
  RENDER_EVALUATION_SUMMARY,
  RENDER_OVERVIEW_REPORT,
  RENDER_PROCEDURE_LIST,
} RenderWhat;

typedef struct
{
  RenderWhat      what;
  McDocumentKind  kind;
  char           *code;
  GDateTime      *from;
  GDateTime      *to;
} RenderRequest;

typedef struct
{
  McDocument       *document;
  McDocumentOutput  output;
  McActorCopy       actor;
} RecordRequest;

static void
render_request_free (RenderRequest *request)
{
  g_free (request->code);
  g_clear_pointer (&request->from, g_date_time_unref);
  g_clear_pointer (&request->to, g_date_time_unref);
  g_free (request);
}

static void
record_request_free (RecordRequest *request)
{
  g_object_unref (request->document);
  mc_actor_copy_clear (&request->actor);
  g_free (request);
}

static void
mc_documents_dispose (GObject *object)
{
  McDocuments *self = (McDocuments *)object;

  g_clear_object (&self->worker);
  g_clear_object (&self->dossiers);

  G_OBJECT_CLASS (mc_documents_parent_class)->dispose (object);
}

static void
mc_documents_class_init (McDocumentsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = mc_documents_dispose;
}

static void
mc_documents_init (McDocuments *self)
{
}

McDocuments *
mc_documents_new (McDbWorker *worker,
                  McDossiers *dossiers)
{
  McDocuments *self;

  g_return_val_if_fail (MC_IS_DB_WORKER (worker), NULL);
  g_return_val_if_fail (MC_IS_DOSSIERS (dossiers), NULL);

  self = g_object_new (MC_TYPE_DOCUMENTS, NULL);
  self->worker = g_object_ref (worker);
  self->dossiers = g_object_ref (dossiers);

  return self;
}

/*
 * Rendering
 */

static gpointer
render_work (McDatabase  *db,
             gpointer     data,
             GError     **error)
{
  RenderRequest *request = data;
  g_autoptr(GDateTime) now = NULL;

  switch (request->what)
    {
    case RENDER_DOSSIER_FORM:
      return mc_document_store_render_for_dossier (db, request->kind, request->code, error);
    case RENDER_OWED_APOLOGIES:
      return mc_document_store_render_owed_apologies (db, error);
    case RENDER_REGISTER:
      return mc_document_store_render_register (db, request->from, request->to, error);
    case RENDER_REPORT_06A:
      now = g_date_time_new_now (mc_working_calendar_get_time_zone ());
      return mc_document_store_render_report_06a (db, request->from, request->to, now, error);
    case RENDER_EVALUATION_SUMMARY:
      now = g_date_time_new_now (mc_working_calendar_get_time_zone ());
      return mc_document_store_render_evaluation_summary (db, request->from, request->to, now,
                                                          error);
    case RENDER_OVERVIEW_REPORT:
      now = g_date_time_new_now (mc_working_calendar_get_time_zone ());
      return mc_document_store_render_overview_report (db, request->from, request->to, now,
                                                       error);
    case RENDER_PROCEDURE_LIST:
    default:
      now = g_date_time_new_now (mc_working_calendar_get_time_zone ());
      return mc_document_store_render_procedure_list (db, now, error);
    }
}

static void
render_async (McDocuments         *self,
              RenderRequest       *request,
              GCancellable        *cancellable,
              GAsyncReadyCallback  callback,
              gpointer             user_data)
{
  mc_db_worker_run_task_async (self->worker, self, mc_documents_render_finish,
                               "[mc-documents] render", render_work,
                               request, (GDestroyNotify) render_request_free, g_object_unref,
                               NULL, cancellable, callback, user_data);
}

/* A document of the period [@from, @to). */
static void
render_period_async (McDocuments         *self,
                     RenderWhat           what,
                     GDateTime           *from,
                     GDateTime           *to,
                     GCancellable        *cancellable,
                     GAsyncReadyCallback  callback,
                     gpointer             user_data)
{
  RenderRequest *request;

  g_return_if_fail (from != NULL);
  g_return_if_fail (to != NULL);

  request = g_new0 (RenderRequest, 1);
  request->what = what;
  request->from = g_date_time_ref (from);
  request->to = g_date_time_ref (to);
  render_async (self, request, cancellable, callback, user_data);
}

/**
 * mc_documents_render_for_dossier_async:
 * @self: a #McDocuments
 * @kind: a form of a dossier, Mẫu 01 to 05
 * @code: the dossier's code
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when done
 * @user_data: data for @callback
 *
 * Renders the form with mc_document_store_render_for_dossier(); finish
 * with mc_documents_render_finish().
 */
void
mc_documents_render_for_dossier_async (McDocuments         *self,
                                       McDocumentKind       kind,
                                       const char          *code,
                                       GCancellable        *cancellable,
                                       GAsyncReadyCallback  callback,
                                       gpointer             user_data)
{
  RenderRequest *request;

  g_return_if_fail (MC_IS_DOCUMENTS (self));
  g_return_if_fail (code != NULL);

  request = g_new0 (RenderRequest, 1);
  request->what = RENDER_DOSSIER_FORM;
  request->kind = kind;
  request->code = g_strdup (code);
  render_async (self, request, cancellable, callback, user_data);
}

/**
 * mc_documents_render_owed_apologies_async:
 * @self: a #McDocuments
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when done
 * @user_data: data for @callback
 *
 * Renders every apology letter owed in one document; finish with
 * mc_documents_render_finish().
 */
void
mc_documents_render_owed_apologies_async (McDocuments         *self,
                                          GCancellable        *cancellable,
                                          GAsyncReadyCallback  callback,
                                          gpointer             user_data)
{
  RenderRequest *request;

  g_return_if_fail (MC_IS_DOCUMENTS (self));

  request = g_new0 (RenderRequest, 1);
  request->what = RENDER_OWED_APOLOGIES;
  render_async (self, request, cancellable, callback, user_data);
}

/**
 * mc_documents_render_period_async:
 * @self: a #McDocuments
 * @kind: a document of a period: the register, report 06a, the
 *   evaluation summary or the overview report
 * @from: the period's first instant
 * @to: the instant after its last
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when done
 * @user_data: data for @callback
 *
 * Renders the document of the period, now; finish with
 * mc_documents_render_finish().
 */
void
mc_documents_render_period_async (McDocuments         *self,
                                  McDocumentKind       kind,
                                  GDateTime           *from,
                                  GDateTime           *to,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  RenderWhat what;

  g_return_if_fail (MC_IS_DOCUMENTS (self));

  switch (kind)
    {
    case MC_DOCUMENT_DOSSIER_REGISTER:
      what = RENDER_REGISTER;
      break;
    case MC_DOCUMENT_REPORT_06A:
      what = RENDER_REPORT_06A;
      break;
    case MC_DOCUMENT_EVALUATION_SUMMARY:
      what = RENDER_EVALUATION_SUMMARY;
      break;
    case MC_DOCUMENT_OVERVIEW_REPORT:
      what = RENDER_OVERVIEW_REPORT;
      break;
    case MC_DOCUMENT_APPOINTMENT_SLIP:
    case MC_DOCUMENT_SUPPLEMENT_REQUEST:
    case MC_DOCUMENT_REFUSAL_SLIP:
    case MC_DOCUMENT_APOLOGY_LETTER:
    case MC_DOCUMENT_CONTROL_SHEET:
    case MC_DOCUMENT_PROCEDURE_LIST:
    case MC_DOCUMENT_N_KINDS:
    default:
      g_return_if_reached ();
    }

  render_period_async (self, what, from, to, cancellable, callback, user_data);
}

/**
 * mc_documents_render_procedure_list_async:
 * @self: a #McDocuments
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when done
 * @user_data: data for @callback
 *
 * Renders the public list of the procedures in force today; finish with
 * mc_documents_render_finish().
 */
void
mc_documents_render_procedure_list_async (McDocuments         *self,
                                          GCancellable        *cancellable,
                                          GAsyncReadyCallback  callback,
                                          gpointer             user_data)
{
  RenderRequest *request;

  g_return_if_fail (MC_IS_DOCUMENTS (self));

  request = g_new0 (RenderRequest, 1);
  request->what = RENDER_PROCEDURE_LIST;
  render_async (self, request, cancellable, callback, user_data);
}

/**
 * mc_documents_render_finish:
 *
 * Returns: (transfer full): the document, or %NULL with the store's
 *   error, which says why
 */
McDocument *
mc_documents_render_finish (McDocuments   *self,
                            GAsyncResult  *result,
                            GError       **error)
{
  return mc_db_worker_propagate (result, self, mc_documents_render_finish, error);
}

/*
 * What can be printed
 */

static gpointer
count_owed_work (McDatabase  *db,
                 gpointer     data,
                 GError     **error)
{
  gint64 count = mc_document_store_count_owed_apologies (db, error);
  gint64 *result;

  if (count < 0)
    return NULL;

  result = g_new (gint64, 1);
  *result = count;
  return result;
}

void
mc_documents_count_owed_apologies_async (McDocuments         *self,
                                         GCancellable        *cancellable,
                                         GAsyncReadyCallback  callback,
                                         gpointer             user_data)
{
  g_return_if_fail (MC_IS_DOCUMENTS (self));

  mc_db_worker_run_task_async (self->worker, self, mc_documents_count_owed_apologies_async,
                               "[mc-documents] count owed", count_owed_work,
                               NULL, NULL, g_free, NULL, cancellable, callback, user_data);
}

/**
 * mc_documents_count_owed_apologies_finish:
 *
 * Returns: how many apology letters are owed, or -1 with @error set
 */
gint64
mc_documents_count_owed_apologies_finish (McDocuments   *self,
                                          GAsyncResult  *result,
                                          GError       **error)
{
  g_autofree gint64 *count = mc_db_worker_propagate (result, self,
                                                     mc_documents_count_owed_apologies_async, error);

  return count != NULL ? *count : -1;
}

static gpointer
list_forms_work (McDatabase  *db,
                 gpointer     data,
                 GError     **error)
{
  return mc_document_store_list_forms (db, data, error);
}

void
mc_documents_list_forms_async (McDocuments         *self,
                               const char          *code,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_return_if_fail (MC_IS_DOCUMENTS (self));
  g_return_if_fail (code != NULL);

  mc_db_worker_run_task_async (self->worker, self, mc_documents_list_forms_async,
                               "[mc-documents] list forms", list_forms_work,
                               g_strdup (code), g_free, (GDestroyNotify) g_array_unref,
                               NULL, cancellable, callback, user_data);
}

/**
 * mc_documents_list_forms_finish:
 *
 * Returns: (transfer full) (element-type McDocumentKind): the forms the
 *   dossier can print, or %NULL with @error set
 */
GArray *
mc_documents_list_forms_finish (McDocuments   *self,
                                GAsyncResult  *result,
                                GError       **error)
{
  return mc_db_worker_propagate (result, self, mc_documents_list_forms_async, error);
}

/*
 * Print events
 */

static gpointer
record_work (McDatabase  *db,
             gpointer     data,
             GError     **error)
{
  RecordRequest *request = data;
  g_autoptr(GDateTime) now = g_date_time_new_now (mc_working_calendar_get_time_zone ());

  if (!mc_document_store_record_output (db, request->document, request->output,
                                        &request->actor.actor, now, error))
    return NULL;

  return GINT_TO_POINTER (TRUE);
}

static void
record_changed (gpointer source_object)
{
  McDocuments *self = source_object;

  g_signal_emit_by_name (self->dossiers, "changed");
}

/**
 * mc_documents_record_output_async:
 * @self: a #McDocuments
 * @document: the document printed or saved
 * @output: where it went
 * @actor: who printed it; copied
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when done
 * @user_data: data for @callback
 *
 * Records the print on the document's dossiers with
 * mc_document_store_record_output(); McDossiers::changed follows.
 */
void
mc_documents_record_output_async (McDocuments         *self,
                                  McDocument          *document,
                                  McDocumentOutput     output,
                                  const McActor       *actor,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  RecordRequest *request;

  g_return_if_fail (MC_IS_DOCUMENTS (self));
  g_return_if_fail (MC_IS_DOCUMENT (document));
  g_return_if_fail (actor != NULL);

  request = g_new0 (RecordRequest, 1);
  request->document = g_object_ref (document);
  request->output = output;
  mc_actor_copy_init (&request->actor, actor);

  mc_db_worker_run_task_async (self->worker, self, mc_documents_record_output_async,
                               "[mc-documents] record output", record_work,
                               request, (GDestroyNotify) record_request_free, NULL,
                               record_changed, cancellable, callback, user_data);
}

gboolean
mc_documents_record_output_finish (McDocuments   *self,
                                   GAsyncResult  *result,
                                   GError       **error)
{
  return mc_db_worker_propagate (result, self, mc_documents_record_output_async, error) != NULL;
}
