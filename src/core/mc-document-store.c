/* mc-document-store.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-document-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "mc-apology-letter.h"
#include "mc-appointment-slip.h"
#include "mc-control-sheet.h"
#include "mc-dossier-register.h"
#include "mc-procedure-list-document.h"
#include "mc-document-store.h"
#include "mc-overview-report.h"
#include "mc-office-store.h"
#include "mc-evaluation-summary.h"
#include "mc-stats-store.h"
#include "mc-report-06a.h"
#include "mc-dossier-store-private.h"
#include "mc-error.h"
#include "mc-office-identity.h"
#include "mc-procedure-store.h"
#include "mc-procedure.h"
#include "mc-refusal-slip.h"
#include "mc-supplement-request.h"

/* The printed forms, drawn from what the database holds, and the record
 * of each print on the dossiers it came from. The same functions serve
 * the application (on the database worker) and motcua-cli, so that both
 * print the same paper.
 *
 * A form caused by a step (Mẫu 02, 03, 04) prints from the latest such
 * step. An apology letter is owed until it has been printed or saved
 * once: printing records a PRINT event that names the apology's step. */

/* Item 3 of the slip: the processing time of the procedure's version in
 * force on the day of receipt; NULL leaves the line to fill in by hand. */
static char *
dup_processing_time (McDatabase *db,
                     McDossier  *dossier)
{
  g_autoptr(McProcedure) procedure = NULL;
  g_autofree char *day = NULL;
  const McProcedureTime *time;

  if (mc_dossier_get_received_at (dossier) == NULL)
    return NULL;

  day = g_date_time_format (mc_dossier_get_received_at (dossier), "%Y-%m-%d");
  procedure = mc_procedure_store_find_in_force (db, mc_dossier_get_procedure_code (dossier), day, NULL);
  if (procedure == NULL)
    return NULL;

  time = mc_procedure_get_main_time (procedure);
  if (time == NULL || !time->has_time)
    return NULL;

  return mc_format_slip_duration (time->value, time->unit);
}

static gboolean
is_intake (McDossierAction action)
{
  return action == MC_DOSSIER_ACTION_RECEIVE;
}

static gboolean
is_apology (McDossierAction action)
{
  return action == MC_DOSSIER_ACTION_APOLOGIZE;
}

static gboolean
is_refusal (McDossierAction action)
{
  return action == MC_DOSSIER_ACTION_REFUSE_AT_COUNTER || action == MC_DOSSIER_ACTION_REFUSE;
}

static gboolean
is_supplement_request (McDossierAction action)
{
  return action == MC_DOSSIER_ACTION_REQUEST_SUPPLEMENT;
}

/* The dossier's latest step that @matches, or NULL. */
static const McDossierEvent *
find_latest_step (GPtrArray *events,
                  gboolean (*matches) (McDossierAction action))
{
  for (guint i = events->len; i > 0; i--)
    {
      const McDossierEvent *event = g_ptr_array_index (events, i - 1);

      if (matches (event->action))
        return event;
    }

  return NULL;
}

static const McDossierEvent *
find_step_by_id (GPtrArray  *events,
                 const char *step_id)
{
  for (guint i = 0; i < events->len; i++)
    {
      const McDossierEvent *event = g_ptr_array_index (events, i);

      if (g_strcmp0 (event->step_id, step_id) == 0)
        return event;
    }

  return NULL;
}

static McDocument *
new_document (McDocumentKind  kind,
              const char     *code,
              GBytes         *pdf)
{
  /* Translators: a form's name, then a dossier's code */
  g_autofree char *title = g_strdup_printf (_("%s — %s"), mc_document_kind_get_label (kind), code);
  g_autofree char *file_name = g_strdup_printf ("%s-%s.pdf", mc_document_kind_get_name (kind), code);

  return mc_document_new (kind, title, pdf, file_name);
}

/* Mẫu 01: the receiver of the intake signs, unless it was motcua-cli,
 * which is no one's name: the line is left to write on. */
static GBytes *
render_slip (McDatabase              *db,
             McDossier               *dossier,
             const McDossierEvent    *intake,
             const McOfficeIdentity  *identity,
             GError                 **error)
{
  g_autofree char *processing_time = dup_processing_time (db, dossier);
  McAppointmentSlipExtras extras = { NULL, };

  extras.processing_time = processing_time;
  extras.receiver_name = intake->actor_id != 0 ? intake->actor_name : NULL;

  return mc_appointment_slip_render_full (dossier, NULL, identity, &extras, error);
}

static gboolean
missing_step (const McDossierEvent  *step,
              McDocumentKind         kind,
              const char            *code,
              GError               **error)
{
  if (step != NULL)
    return FALSE;

  switch (kind)
    {
    case MC_DOCUMENT_APPOINTMENT_SLIP:
      g_set_error (error, MC_ERROR, MC_ERROR_NOT_FOUND,
                   _("Dossier %s was refused at the counter: it has no appointment slip."), code);
      break;
    case MC_DOCUMENT_SUPPLEMENT_REQUEST:
      g_set_error (error, MC_ERROR, MC_ERROR_NOT_FOUND,
                   _("Dossier %s has no supplement request to print."), code);
      break;
    case MC_DOCUMENT_REFUSAL_SLIP:
      g_set_error (error, MC_ERROR, MC_ERROR_NOT_FOUND,
                   _("Dossier %s was not refused: there is no refusal slip to print."), code);
      break;
    case MC_DOCUMENT_APOLOGY_LETTER:
    case MC_DOCUMENT_CONTROL_SHEET:
    case MC_DOCUMENT_DOSSIER_REGISTER:
    case MC_DOCUMENT_PROCEDURE_LIST:
    case MC_DOCUMENT_REPORT_06A:
    case MC_DOCUMENT_EVALUATION_SUMMARY:
    case MC_DOCUMENT_OVERVIEW_REPORT:
    case MC_DOCUMENT_N_KINDS:
    default:
      g_set_error (error, MC_ERROR, MC_ERROR_NOT_FOUND,
                   _("Dossier %s has no apology letter: apologize and set a new date first."), code);
      break;
    }

  return TRUE;
}

/**
 * mc_document_store_render_for_dossier:
 * @db: a #McDatabase
 * @kind: a form of a dossier: Mẫu 01 to 05
 * @code: the dossier's code
 * @error: return location for a #GError
 *
 * Renders the form from the dossier and the step that caused it.
 *
 * Returns: (transfer full): the document, or %NULL with an
 *   %MC_ERROR_NOT_FOUND error for an unknown dossier or one without
 *   such a step, saying why
 */
McDocument *
mc_document_store_render_for_dossier (McDatabase      *db,
                                      McDocumentKind   kind,
                                      const char      *code,
                                      GError         **error)
{
  g_autoptr(McDossier) dossier = NULL;
  g_autoptr(McOfficeIdentity) identity = NULL;
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(GBytes) pdf = NULL;
  const McDossierEvent *step = NULL;
  McDocument *document;

  g_return_val_if_fail (MC_IS_DATABASE (db), NULL);
  g_return_val_if_fail (code != NULL, NULL);
  g_return_val_if_fail (kind <= MC_DOCUMENT_CONTROL_SHEET, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  dossier = mc_dossier_store_load (db, code, error);
  if (dossier == NULL)
    return NULL;
  events = mc_dossier_store_list_events (db, code, error);
  if (events == NULL)
    return NULL;
  identity = mc_dossier_store_get_office_identity (db, error);
  if (identity == NULL)
    return NULL;

  switch (kind)
    {
    case MC_DOCUMENT_APPOINTMENT_SLIP:
      step = find_latest_step (events, is_intake);
      if (!missing_step (step, kind, code, error))
        pdf = render_slip (db, dossier, step, identity, error);
      break;

    case MC_DOCUMENT_SUPPLEMENT_REQUEST:
      step = find_latest_step (events, is_supplement_request);
      if (!missing_step (step, kind, code, error))
        pdf = mc_supplement_request_render (dossier, step, identity, error);
      break;

    case MC_DOCUMENT_REFUSAL_SLIP:
      step = find_latest_step (events, is_refusal);
      if (!missing_step (step, kind, code, error))
        pdf = mc_refusal_slip_render (dossier, step, identity, error);
      break;

    case MC_DOCUMENT_APOLOGY_LETTER:
      step = find_latest_step (events, is_apology);
      if (!missing_step (step, kind, code, error))
        pdf = mc_apology_letter_render (dossier, step, identity, NULL, error);
      break;

    case MC_DOCUMENT_CONTROL_SHEET:
      /* Drawn from every hand-over; the intake opens it. */
      step = find_latest_step (events, is_intake);
      if (!missing_step (step, MC_DOCUMENT_APPOINTMENT_SLIP, code, error))
        pdf = mc_control_sheet_render (dossier, events, identity, error);
      break;

    case MC_DOCUMENT_DOSSIER_REGISTER:
    case MC_DOCUMENT_PROCEDURE_LIST:
    case MC_DOCUMENT_REPORT_06A:
    case MC_DOCUMENT_EVALUATION_SUMMARY:
    case MC_DOCUMENT_OVERVIEW_REPORT:
    case MC_DOCUMENT_N_KINDS:
    default:
      g_return_val_if_reached (NULL);
    }

  if (pdf == NULL)
    return NULL;

  document = new_document (kind, code, pdf);
  mc_document_add_source (document, code, step != NULL ? step->step_id : NULL);
  return document;
}

/**
 * mc_document_store_forms_for_events:
 * @events: (element-type McDossierEvent): a dossier's events
 *
 * Returns: (transfer full) (element-type McDocumentKind): the forms the
 *   dossier's steps let one print, in the order of their numbers
 */
GArray *
mc_document_store_forms_for_events (GPtrArray *events)
{
  GArray *kinds;
  struct {
    McDocumentKind kind;
    gboolean (*matches) (McDossierAction action);
  } const forms[] = {
    { MC_DOCUMENT_APPOINTMENT_SLIP, is_intake },
    { MC_DOCUMENT_SUPPLEMENT_REQUEST, is_supplement_request },
    { MC_DOCUMENT_REFUSAL_SLIP, is_refusal },
    { MC_DOCUMENT_APOLOGY_LETTER, is_apology },
    /* Mẫu 05 travels with every accepted dossier. */
    { MC_DOCUMENT_CONTROL_SHEET, is_intake },
  };

  g_return_val_if_fail (events != NULL, NULL);

  kinds = g_array_new (FALSE, FALSE, sizeof (McDocumentKind));
  for (guint i = 0; i < G_N_ELEMENTS (forms); i++)
    if (find_latest_step (events, forms[i].matches) != NULL)
      g_array_append_val (kinds, forms[i].kind);

  return kinds;
}

/**
 * mc_document_store_list_forms:
 * @db: a #McDatabase
 * @code: a dossier's code
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (element-type McDocumentKind): what
 *   mc_document_store_forms_for_events() gives for the dossier's events,
 *   or %NULL with @error set
 */
GArray *
mc_document_store_list_forms (McDatabase  *db,
                              const char  *code,
                              GError     **error)
{
  g_autoptr(GPtrArray) events = NULL;

  g_return_val_if_fail (MC_IS_DATABASE (db), NULL);
  g_return_val_if_fail (code != NULL, NULL);

  events = mc_dossier_store_list_events (db, code, error);
  if (events == NULL)
    return NULL;

  return mc_document_store_forms_for_events (events);
}

/*
 * Apology letters owed
 */

/* Apology steps no print event names yet, the oldest first. */
static const char owed_sql[] =
  "SELECT d.code, e.step_id FROM dossier_event e JOIN dossier d ON d.id = e.dossier_id "
  "WHERE e.action = ?1 AND NOT EXISTS ("
  "  SELECT 1 FROM dossier_event p WHERE p.dossier_id = e.dossier_id AND p.action = ?2 "
  "  AND json_extract (p.details, '$.step_id') = e.step_id) "
  "ORDER BY e.effective_time, e.id";

/**
 * mc_document_store_count_owed_apologies:
 * @db: a #McDatabase
 * @error: return location for a #GError
 *
 * Returns: how many apology letters were never printed nor saved, or -1
 *   with @error set
 */
gint64
mc_document_store_count_owed_apologies (McDatabase  *db,
                                        GError     **error)
{
  g_autoptr(McStatement) stmt = NULL;
  gboolean has_row;
  gint64 count = 0;

  g_return_val_if_fail (MC_IS_DATABASE (db), -1);

  stmt = mc_database_prepare (db, owed_sql, error);
  if (stmt == NULL)
    return -1;
  sqlite3_bind_int (stmt, 1, MC_DOSSIER_ACTION_APOLOGIZE);
  sqlite3_bind_int (stmt, 2, MC_DOSSIER_ACTION_PRINT);
  while (mc_database_step (db, stmt, &has_row, error))
    {
      if (!has_row)
        return count;
      count++;
    }

  return -1;
}

/**
 * mc_document_store_render_owed_apologies:
 * @db: a #McDatabase
 * @error: return location for a #GError
 *
 * Renders every apology letter owed (never printed nor saved) in one
 * document, each letter from a new page, the oldest apology first, for
 * the leader to sign in one sitting.
 *
 * Returns: (transfer full): the document, or %NULL with an
 *   %MC_ERROR_NOT_FOUND error when no letter is owed
 */
McDocument *
mc_document_store_render_owed_apologies (McDatabase  *db,
                                         GError     **error)
{
  g_autoptr(McStatement) stmt = NULL;
  g_autoptr(GPtrArray) dossiers = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) all_events = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  g_autoptr(GPtrArray) steps = g_ptr_array_new ();
  g_autoptr(GPtrArray) step_ids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(McOfficeIdentity) identity = NULL;
  g_autoptr(GBytes) pdf = NULL;
  g_autofree char *title = NULL;
  g_autofree char *file_name = NULL;
  gboolean has_row;
  McDocument *document;

  g_return_val_if_fail (MC_IS_DATABASE (db), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = mc_database_prepare (db, owed_sql, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int (stmt, 1, MC_DOSSIER_ACTION_APOLOGIZE);
  sqlite3_bind_int (stmt, 2, MC_DOSSIER_ACTION_PRINT);
  while (TRUE)
    {
      const char *code;
      g_autoptr(McDossier) dossier = NULL;
      g_autoptr(GPtrArray) events = NULL;
      const McDossierEvent *step;

      if (!mc_database_step (db, stmt, &has_row, error))
        return NULL;
      if (!has_row)
        break;

      code = _mc_dossier_store_column_text (stmt, 0);
      dossier = mc_dossier_store_load (db, code, error);
      if (dossier == NULL)
        return NULL;
      events = mc_dossier_store_list_events (db, code, error);
      if (events == NULL)
        return NULL;
      step = find_step_by_id (events, _mc_dossier_store_column_text (stmt, 1));
      g_assert (step != NULL);

      g_ptr_array_add (steps, (gpointer) step);
      g_ptr_array_add (step_ids, g_strdup (step->step_id));
      g_ptr_array_add (dossiers, g_steal_pointer (&dossier));
      g_ptr_array_add (all_events, g_steal_pointer (&events));
    }

  if (dossiers->len == 0)
    {
      g_set_error_literal (error, MC_ERROR, MC_ERROR_NOT_FOUND,
                           _("No apology letter is owed: every one was printed."));
      return NULL;
    }

  identity = mc_dossier_store_get_office_identity (db, error);
  if (identity == NULL)
    return NULL;

  pdf = mc_apology_letter_render_many (dossiers, steps, identity, NULL, error);
  if (pdf == NULL)
    return NULL;

  title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u apology letter owed",
                                        "%u apology letters owed", dossiers->len),
                           dossiers->len);
  file_name = g_strdup_printf ("%s-%u.pdf", mc_document_kind_get_name (MC_DOCUMENT_APOLOGY_LETTER),
                               dossiers->len);
  document = mc_document_new (MC_DOCUMENT_APOLOGY_LETTER, title, pdf, file_name);
  for (guint i = 0; i < dossiers->len; i++)
    mc_document_add_source (document, mc_dossier_get_code (g_ptr_array_index (dossiers, i)),
                            g_ptr_array_index (step_ids, i));

  return document;
}

/*
 * Print events
 */

static char *
print_details (McDocument             *document,
               const McDocumentSource *source,
               McDocumentOutput        output)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "form");
  json_builder_add_string_value (builder, mc_document_kind_get_name (mc_document_get_kind (document)));
  if (source->step_id != NULL)
    {
      json_builder_set_member_name (builder, "step_id");
      json_builder_add_string_value (builder, source->step_id);
    }
  json_builder_set_member_name (builder, "output");
  json_builder_add_string_value (builder, output == MC_DOCUMENT_OUTPUT_PRINTER ? "printer" : "file");
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  return json_to_string (root, FALSE);
}

static gboolean
record_in_transaction (McDatabase        *db,
                       McDocument        *document,
                       McDocumentOutput   output,
                       const McActor     *actor,
                       gint64             now_usec,
                       GError           **error)
{
  GPtrArray *sources = mc_document_get_sources (document);

  for (guint i = 0; i < sources->len; i++)
    {
      const McDocumentSource *source = g_ptr_array_index (sources, i);
      g_autofree char *details = print_details (document, source, output);
      DossierState state = { 0, };
      EventRow event = { 0, };

      if (!_mc_dossier_store_load_state (db, source->code, &state, error))
        return FALSE;

      /* Printing changes nothing of the dossier: no new version, so a
       * form someone has open on it stays valid. */
      event.dossier_id = state.id;
      event.action = MC_DOSSIER_ACTION_PRINT;
      event.status_before = state.facts.status;
      event.status_after = state.facts.status;
      event.device_time = now_usec;
      event.effective_time = now_usec;
      event.details = details;
      event.version = state.version;
      if (!_mc_dossier_store_insert_event (db, actor, &event, error))
        return FALSE;
    }

  return TRUE;
}

/**
 * mc_document_store_record_output:
 * @db: a #McDatabase
 * @document: a document printed or saved
 * @output: where it went
 * @actor: who printed it, at which workstation
 * @now: the device's clock
 * @error: return location for a #GError
 *
 * Records a PRINT event on each dossier the document was drawn from, in
 * one transaction. Its details name the form, the step it was printed
 * from and the output: `{"form": "apology", "step_id": "…", "output":
 * "printer"}`.
 *
 * Returns: %TRUE if recorded
 */
gboolean
mc_document_store_record_output (McDatabase        *db,
                                 McDocument        *document,
                                 McDocumentOutput   output,
                                 const McActor     *actor,
                                 GDateTime         *now,
                                 GError           **error)
{
  g_return_val_if_fail (MC_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (MC_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (actor != NULL, FALSE);
  g_return_val_if_fail (now != NULL, FALSE);

  if (!_mc_dossier_store_check_actor (actor, error))
    return FALSE;

  if (mc_document_get_sources (document)->len == 0)
    return TRUE;

  if (!mc_database_begin (db, MC_TRANSACTION_WRITE, error))
    return FALSE;

  if (!record_in_transaction (db, document, output, actor, _mc_dossier_store_to_usec (now), error))
    {
      mc_database_end (db, FALSE, NULL);
      return FALSE;
    }

  return mc_database_end (db, TRUE, error);
}


/*
 * Period and catalogue documents
 */

/* A document of a period, such as "Report 06a, 01/10/2026 – 31/12/2026"
 * in "report-06a-2026-10-01-2026-12-31.pdf". */
static McDocument *
period_document (McDocumentKind  kind,
                 GBytes         *pdf,
                 GDateTime      *from,
                 GDateTime      *to)
{
  g_autoptr(GDateTime) last_day = g_date_time_add_seconds (to, -1);
  g_autofree char *first = g_date_time_format (from, "%d/%m/%Y");
  g_autofree char *last = g_date_time_format (last_day, "%d/%m/%Y");
  g_autofree char *first_iso = g_date_time_format (from, "%Y-%m-%d");
  g_autofree char *last_iso = g_date_time_format (last_day, "%Y-%m-%d");
  g_autofree char *title = NULL;
  g_autofree char *file_name = NULL;

  /* Translators: a form's name, then the first and last day of its period */
  title = g_strdup_printf (_("%s, %s – %s"), mc_document_kind_get_label (kind), first, last);
  file_name = g_strdup_printf ("%s-%s-%s.pdf", mc_document_kind_get_name (kind), first_iso, last_iso);

  return mc_document_new (kind, title, pdf, file_name);
}

/**
 * mc_document_store_render_register:
 * @db: a #McDatabase
 * @from: the first moment of the period
 * @to: the moment after its end
 * @error: return location for a #GError
 *
 * Renders Mẫu 06, the book of the dossiers received in [@from, @to).
 *
 * Returns: (transfer full): the document, or %NULL with @error set
 */
McDocument *
mc_document_store_render_register (McDatabase  *db,
                                   GDateTime   *from,
                                   GDateTime   *to,
                                   GError     **error)
{
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(McOfficeIdentity) identity = NULL;
  g_autoptr(GBytes) pdf = NULL;

  g_return_val_if_fail (MC_IS_DATABASE (db), NULL);
  g_return_val_if_fail (from != NULL && to != NULL, NULL);

  entries = mc_dossier_register_load (db, from, to, error);
  if (entries == NULL)
    return NULL;
  identity = mc_dossier_store_get_office_identity (db, error);
  if (identity == NULL)
    return NULL;
  pdf = mc_dossier_register_render (entries, from, to, identity, error);
  if (pdf == NULL)
    return NULL;

  return period_document (MC_DOCUMENT_DOSSIER_REGISTER, pdf, from, to);
}

/**
 * mc_document_store_render_report_06a:
 * @db: a #McDatabase
 * @from: the period's first instant
 * @to: the instant after its last
 * @now: the present, at which a period not over is judged, and the
 *   report's date
 * @error: return location for a #GError
 *
 * Renders report 06a of the whole office for the period, addressed to
 * the 'report-receiver' setting.
 *
 * Returns: (transfer full): the document, or %NULL with @error set
 */
McDocument *
mc_document_store_render_report_06a (McDatabase  *db,
                                     GDateTime   *from,
                                     GDateTime   *to,
                                     GDateTime   *now,
                                     GError     **error)
{
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(McOfficeIdentity) identity = NULL;
  g_autoptr(GBytes) pdf = NULL;

  g_return_val_if_fail (MC_IS_DATABASE (db), NULL);
  g_return_val_if_fail (from != NULL && to != NULL && now != NULL, NULL);

  rows = mc_stats_store_load_report (db, from, to, now, NULL, error);
  if (rows == NULL)
    return NULL;
  identity = mc_dossier_store_get_office_identity (db, error);
  if (identity == NULL)
    return NULL;
  pdf = mc_report_06a_render_pdf (rows, from, to, identity, identity->report_receiver, now, error);
  if (pdf == NULL)
    return NULL;

  return period_document (MC_DOCUMENT_REPORT_06A, pdf, from, to);
}

/**
 * mc_document_store_render_evaluation_summary:
 * @db: a #McDatabase
 * @from: the period's first instant
 * @to: the instant after its last
 * @now: the present, and the summary's date
 * @error: return location for a #GError
 *
 * Renders the summary of the citizens' evaluations of the period, whose
 * classes follow the 'evaluation-thresholds' setting (15,12,9,6 unless
 * set).
 *
 * Returns: (transfer full): the document, or %NULL with @error set
 */
McDocument *
mc_document_store_render_evaluation_summary (McDatabase  *db,
                                             GDateTime   *from,
                                             GDateTime   *to,
                                             GDateTime   *now,
                                             GError     **error)
{
  g_autofree McDossierStats *stats = NULL;
  g_autoptr(McOfficeIdentity) identity = NULL;
  g_autoptr(GBytes) pdf = NULL;
  McEvaluationThresholds thresholds;

  g_return_val_if_fail (MC_IS_DATABASE (db), NULL);
  g_return_val_if_fail (from != NULL && to != NULL && now != NULL, NULL);

  if (!mc_office_store_get_evaluation_thresholds (db, &thresholds, error))
    return NULL;

  stats = mc_stats_store_load (db, from, to, now, NULL, error);
  if (stats == NULL)
    return NULL;
  identity = mc_dossier_store_get_office_identity (db, error);
  if (identity == NULL)
    return NULL;
  pdf = mc_evaluation_summary_render (stats, from, to, identity, &thresholds, now, error);
  if (pdf == NULL)
    return NULL;

  return period_document (MC_DOCUMENT_EVALUATION_SUMMARY, pdf, from, to);
}

/**
 * mc_document_store_render_overview_report:
 * @db: a #McDatabase
 * @from: the period's first instant
 * @to: the instant after its last
 * @now: the present, and the report's date
 * @error: return location for a #GError
 *
 * Renders the overview of the whole office for the period: its figures,
 * its charts and the dossiers overdue now.
 *
 * Returns: (transfer full): the document, or %NULL with @error set
 */
McDocument *
mc_document_store_render_overview_report (McDatabase  *db,
                                          GDateTime   *from,
                                          GDateTime   *to,
                                          GDateTime   *now,
                                          GError     **error)
{
  g_autoptr(McDashboard) dashboard = NULL;
  g_autoptr(McOfficeIdentity) identity = NULL;
  g_autoptr(GBytes) pdf = NULL;

  g_return_val_if_fail (MC_IS_DATABASE (db), NULL);
  g_return_val_if_fail (from != NULL && to != NULL && now != NULL, NULL);

  dashboard = mc_dashboard_store_load (db, from, to, now, NULL, error);
  if (dashboard == NULL)
    return NULL;
  identity = mc_dossier_store_get_office_identity (db, error);
  if (identity == NULL)
    return NULL;
  pdf = mc_overview_report_render (dashboard, from, to, identity, now, error);
  if (pdf == NULL)
    return NULL;

  return period_document (MC_DOCUMENT_OVERVIEW_REPORT, pdf, from, to);
}

/**
 * mc_document_store_render_procedure_list:
 * @db: a #McDatabase
 * @dated: the day of the list: the procedures in force then
 * @error: return location for a #GError
 *
 * Renders the public list of procedures, to post at the counter.
 *
 * Returns: (transfer full): the document, or %NULL with @error set
 */
McDocument *
mc_document_store_render_procedure_list (McDatabase  *db,
                                         GDateTime   *dated,
                                         GError     **error)
{
  g_autoptr(GPtrArray) procedures = NULL;
  g_autoptr(McOfficeIdentity) identity = NULL;
  g_autoptr(GBytes) pdf = NULL;
  g_autofree char *day = NULL;
  g_autofree char *file_name = NULL;

  g_return_val_if_fail (MC_IS_DATABASE (db), NULL);
  g_return_val_if_fail (dated != NULL, NULL);

  procedures = mc_procedure_list_document_load (db, dated, error);
  if (procedures == NULL)
    return NULL;
  identity = mc_dossier_store_get_office_identity (db, error);
  if (identity == NULL)
    return NULL;
  pdf = mc_procedure_list_document_render (procedures, identity, dated, error);
  if (pdf == NULL)
    return NULL;

  day = g_date_time_format (dated, "%Y-%m-%d");
  file_name = g_strdup_printf ("%s-%s.pdf", mc_document_kind_get_name (MC_DOCUMENT_PROCEDURE_LIST), day);
  return mc_document_new (MC_DOCUMENT_PROCEDURE_LIST,
                          mc_document_kind_get_label (MC_DOCUMENT_PROCEDURE_LIST), pdf, file_name);
}
