/* mc-dossier-transition.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-dossier-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "mc-deadline.h"
#include "mc-dossier-store-private.h"
#include "mc-error.h"
#include "mc-intake-check.h"
#include "mc-process-steps.h"

/* The steps of a dossier after its receipt, with the hand-over and
 * step bookkeeping of the control sheet (Mẫu 05). */

gboolean
_mc_dossier_store_load_state (McDatabase    *db,
                              const char    *code,
                              DossierState  *state,
                              GError       **error)
{
  static const char sql[] =
    "SELECT d.id, d.status, d.accepted, d.handover_pending, d.supplements_after_acceptance, "
    "d.apology_given, d.evaluated, d.due_at, d.paused_at, d.finished_at, d.returned_at, "
    "d.assignee_id, d.version, "
    /* Printing a form is no step: a step entered late may precede it. */
    "(SELECT max (effective_time) FROM dossier_event WHERE dossier_id = d.id AND action <> ?2), "
    "d.legal_due_at, d.supplement_requests "
    "FROM dossier d WHERE d.code = ?1";
  g_autoptr(McStatement) stmt = mc_database_prepare (db, sql, error);
  gboolean has_row;

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, code, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 2, MC_DOSSIER_ACTION_PRINT);
  if (!mc_database_step (db, stmt, &has_row, error))
    return FALSE;

  if (!has_row)
    {
      g_set_error (error, MC_ERROR, MC_ERROR_NOT_FOUND, _("No dossier has the code “%s”."), code);
      return FALSE;
    }

  state->id = sqlite3_column_int64 (stmt, 0);
  state->facts.status = sqlite3_column_int (stmt, 1);
  state->facts.accepted = sqlite3_column_int (stmt, 2);
  state->facts.handover_pending = sqlite3_column_int (stmt, 3);
  state->facts.supplements_after_acceptance = sqlite3_column_int (stmt, 4);
  state->facts.apology_given = sqlite3_column_int (stmt, 5);
  state->facts.evaluated = sqlite3_column_int (stmt, 6);
  state->due_at = sqlite3_column_int64 (stmt, 7);
  state->paused_at = sqlite3_column_int64 (stmt, 8);
  state->finished_at = sqlite3_column_int64 (stmt, 9);
  state->returned_at = sqlite3_column_int64 (stmt, 10);
  state->assignee_id = sqlite3_column_int64 (stmt, 11);
  state->version = sqlite3_column_int (stmt, 12);
  state->last_step = sqlite3_column_int64 (stmt, 13);
  state->legal_due_at = sqlite3_column_int64 (stmt, 14);
  state->supplement_requests = sqlite3_column_int (stmt, 15);

  return TRUE;
}

/* The receiver named by the pending hand-over, 0 for anyone. */
static gboolean
pending_receiver (McDatabase  *db,
                  gint64       dossier_id,
                  gint64      *receiver_id,
                  GError     **error)
{
  /* Through the dossier's own events: the index by action would read
   * every hand-over the office ever recorded. */
  static const char sql[] =
    "SELECT receiver_id FROM dossier_event INDEXED BY dossier_event_by_dossier "
    "WHERE dossier_id = ?1 AND action = ?2 ORDER BY id DESC LIMIT 1";
  g_autoptr(McStatement) stmt = mc_database_prepare (db, sql, error);
  gboolean has_row;

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, dossier_id);
  sqlite3_bind_int (stmt, 2, MC_DOSSIER_ACTION_HAND_OVER);
  if (!mc_database_step (db, stmt, &has_row, error))
    return FALSE;

  *receiver_id = has_row ? sqlite3_column_int64 (stmt, 0) : 0;
  return TRUE;
}

static gboolean
check_staff_active (McDatabase  *db,
                    gint64       staff_id,
                    GError     **error)
{
  static const char sql[] = "SELECT 1 FROM staff WHERE id = ?1 AND active = 1";
  g_autoptr(McStatement) stmt = mc_database_prepare (db, sql, error);
  gboolean has_row;

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, staff_id);
  if (!mc_database_step (db, stmt, &has_row, error))
    return FALSE;

  if (!has_row)
    {
      g_set_error_literal (error, MC_ERROR, MC_ERROR_NOT_FOUND,
                           _("The receiver of the hand-over is not an active staff account."));
      return FALSE;
    }

  return TRUE;
}

static gboolean
check_details (const char  *details,
               GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonNode *root;

  if (details == NULL)
    return TRUE;

  if (!json_parser_load_from_data (parser, details, -1, NULL) ||
      (root = json_parser_get_root (parser)) == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error_literal (error, MC_ERROR, MC_ERROR_INVALID,
                           _("The details of a step must be a JSON object."));
      return FALSE;
    }

  return TRUE;
}

/*
 * The control sheet (Mẫu 05)
 */

/* A step of the dossier's walk through the procedure's process: the
 * first begins at receipt, each hand-over begins the next one. */
typedef struct
{
  gint64 start;
  gint64 paused_minutes;  /* the citizen's supplementing time inside it */
} StepFrame;

static gboolean
load_step_basis (McDatabase  *db,
                 gint64       dossier_id,
                 char       **procedure_code,
                 gint64      *received_at,
                 gint64      *original_due_at,
                 GError     **error)
{
  static const char sql[] =
    "SELECT p.code, d.received_at, d.original_due_at "
    "FROM dossier d JOIN procedure p ON p.id = d.procedure_id WHERE d.id = ?1";
  g_autoptr(McStatement) stmt = mc_database_prepare (db, sql, error);
  gboolean has_row;

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, dossier_id);
  if (!mc_database_step (db, stmt, &has_row, error))
    return FALSE;

  if (!has_row)
    {
      g_set_error_literal (error, MC_ERROR, MC_ERROR_NOT_FOUND, _("The dossier has no procedure."));
      return FALSE;
    }

  *procedure_code = g_strdup (_mc_dossier_store_column_text (stmt, 0));
  *received_at = sqlite3_column_int64 (stmt, 1);
  *original_due_at = sqlite3_column_int64 (stmt, 2);
  return TRUE;
}

/* Replays the dossier's events: each hand-over pushes a step, a hand-over
 * sent back pops it (the giver's step goes on), and the time between a
 * supplement request and the supplement counts for no step. */
static gboolean
walk_steps (McDatabase         *db,
            McWorkingCalendar  *calendar,
            gint64              dossier_id,
            gint64              received_at,
            GArray             *frames,
            GError            **error)
{
  static const char sql[] =
    "SELECT action, effective_time FROM dossier_event WHERE dossier_id = ?1 ORDER BY id";
  g_autoptr(McStatement) stmt = mc_database_prepare (db, sql, error);
  StepFrame first = { received_at, 0 };
  gint64 pause_start = 0;
  gboolean has_row;
  gboolean ok;

  if (stmt == NULL)
    return FALSE;

  g_array_append_val (frames, first);

  sqlite3_bind_int64 (stmt, 1, dossier_id);
  while ((ok = mc_database_step (db, stmt, &has_row, error)) && has_row)
    {
      McDossierAction action = sqlite3_column_int (stmt, 0);
      gint64 time = sqlite3_column_int64 (stmt, 1);

      switch (action)
        {
        case MC_DOSSIER_ACTION_HAND_OVER:
          {
            StepFrame next = { time, 0 };

            g_array_append_val (frames, next);
          }
          break;

        case MC_DOSSIER_ACTION_SEND_BACK:
          if (frames->len > 1)
            g_array_set_size (frames, frames->len - 1);
          break;

        case MC_DOSSIER_ACTION_REQUEST_SUPPLEMENT:
          pause_start = time;
          break;

        case MC_DOSSIER_ACTION_RECEIVE_SUPPLEMENT:
          if (pause_start != 0)
            {
              g_autoptr(GDateTime) from = _mc_dossier_store_from_usec (pause_start);
              g_autoptr(GDateTime) to = _mc_dossier_store_from_usec (time);
              StepFrame *top = &g_array_index (frames, StepFrame, frames->len - 1);

              top->paused_minutes += MAX (mc_working_calendar_count_minutes (calendar, from, to), 0);
              pause_start = 0;
            }
          break;

        case MC_DOSSIER_ACTION_RECEIVE:
        case MC_DOSSIER_ACTION_REFUSE_AT_COUNTER:
        case MC_DOSSIER_ACTION_ACCEPT:
        case MC_DOSSIER_ACTION_ACKNOWLEDGE:
        case MC_DOSSIER_ACTION_REQUEST_PAYMENT:
        case MC_DOSSIER_ACTION_RECORD_PAYMENT:
        case MC_DOSSIER_ACTION_REFUSE:
        case MC_DOSSIER_ACTION_STOP:
        case MC_DOSSIER_ACTION_WITHDRAW:
        case MC_DOSSIER_ACTION_MARK_PROCESSED:
        case MC_DOSSIER_ACTION_RETURN_RESULT:
        case MC_DOSSIER_ACTION_APOLOGIZE:
        case MC_DOSSIER_ACTION_EVALUATE:
        case MC_DOSSIER_ACTION_EDIT:
        case MC_DOSSIER_ACTION_PRINT:
        case MC_DOSSIER_N_ACTIONS:
        default:
          break;
        }
    }

  return ok;
}

/* The Mẫu 05 data of a hand-over, its acknowledgement or the end of
 * processing, merged into the step's @details (a JSON object or NULL):
 *   {"step": n, "step_name": "…", "budget_minutes": m,
 *    "spent_minutes": s, "result": "early|on_time|late"}
 *
 * The step is the one in progress at @effective: the first step begins
 * at receipt and each earlier hand-over (not sent back) begins the next
 * one, so a hand-over closes the giver's step and its acknowledgement is
 * judged in the receiver's, from the hand-over. Once there are more
 * hand-overs than steps, the last step goes on from its own beginning:
 * with the default single step, whose budget is the working time from
 * receipt to the original appointment, every event is judged from
 * receipt. The spent time is working time (mc_working_calendar), less the
 * citizen's supplementing time; mc_process_steps_judge_minutes() gives
 * the result. */
static char *
step_details (McDatabase         *db,
              McWorkingCalendar  *calendar,
              gint64              dossier_id,
              gint64              effective,
              const char         *details,
              GError            **error)
{
  g_autofree char *procedure_code = NULL;
  g_autoptr(GPtrArray) steps = NULL;
  g_autoptr(GArray) frames = g_array_new (FALSE, FALSE, sizeof (StepFrame));
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GDateTime) end = _mc_dossier_store_from_usec (effective);
  McProcessStep *step;
  JsonObject *object;
  gint64 received_at;
  gint64 original_due_at;
  gint64 paused = 0;
  gint64 spent;
  guint position;
  McStepResult result;

  if (!load_step_basis (db, dossier_id, &procedure_code, &received_at, &original_due_at, error))
    return NULL;

  steps = mc_process_steps_list_stored (db, procedure_code, error);
  if (steps == NULL)
    return NULL;

  if (steps->len == 0)
    {
      g_autoptr(GDateTime) received = _mc_dossier_store_from_usec (received_at);
      g_autoptr(GDateTime) due = _mc_dossier_store_from_usec (original_due_at);

      g_clear_pointer (&steps, g_ptr_array_unref);
      steps = mc_process_steps_default (mc_working_calendar_count_minutes (calendar, received, due));
    }

  if (!walk_steps (db, calendar, dossier_id, received_at, frames, error))
    return NULL;

  position = MIN (frames->len, steps->len) - 1;
  for (guint i = position; i < frames->len; i++)
    paused += g_array_index (frames, StepFrame, i).paused_minutes;

  step = g_ptr_array_index (steps, position);
  start = _mc_dossier_store_from_usec (g_array_index (frames, StepFrame, position).start);
  spent = MAX (mc_working_calendar_count_minutes (calendar, start, end) - paused, 0);
  result = mc_process_steps_judge_minutes (spent, step->budget_minutes);

  if (details != NULL && json_parser_load_from_data (parser, details, -1, NULL) &&
      json_parser_get_root (parser) != NULL && JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    root = json_node_copy (json_parser_get_root (parser));
  else
    {
      /* The node takes its own reference to the object. */
      g_autoptr(JsonObject) empty = json_object_new ();

      root = json_node_init_object (json_node_alloc (), empty);
    }

  object = json_node_get_object (root);
  json_object_set_int_member (object, "step", position + 1);
  json_object_set_string_member (object, "step_name", step->name);
  json_object_set_int_member (object, "budget_minutes", step->budget_minutes);
  json_object_set_int_member (object, "spent_minutes", spent);
  json_object_set_string_member (object, "result", mc_step_result_to_string (result));

  return json_to_string (root, FALSE);
}

gboolean
_mc_dossier_store_check_version (guint    stored,
                                 gint64   expected,
                                 GError **error)
{
  if (expected != 0 && expected != (gint64) stored)
    {
      g_set_error_literal (error, MC_ERROR, MC_ERROR_INVALID,
                           _("Someone else changed this dossier meanwhile: reload it and try "
                             "again."));
      return FALSE;
    }

  return TRUE;
}

/* The apology letter (Mẫu 04) prints the appointment it replaces and the
 * new one: the step keeps both, so that a later change of the due moment
 * (a supplement received afterwards) does not change a reprinted letter. */
static char *
apology_details (const char  *details,
                 gint64       previous_due,
                 gint64       new_due)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GDateTime) previous = _mc_dossier_store_from_usec (previous_due);
  g_autoptr(GDateTime) next = _mc_dossier_store_from_usec (new_due);
  g_autofree char *previous_text = g_date_time_format_iso8601 (previous);
  g_autofree char *next_text = g_date_time_format_iso8601 (next);
  JsonObject *object;

  if (details != NULL && json_parser_load_from_data (parser, details, -1, NULL) &&
      JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    root = json_node_copy (json_parser_get_root (parser));
  else
    {
      /* The node takes its own reference to the object. */
      g_autoptr(JsonObject) empty = json_object_new ();

      root = json_node_init_object (json_node_alloc (), empty);
    }

  object = json_node_get_object (root);
  json_object_set_string_member (object, "previous_due_at", previous_text);
  json_object_set_string_member (object, "new_due_at", next_text);

  json_generator_set_root (generator, root);
  return json_generator_to_data (generator, NULL);
}

static gboolean
transition_in_transaction (McDatabase                *db,
                           const char                *code,
                           McDossierAction            action,
                           const McActor             *actor,
                           const McTransitionParams  *params,
                           GDateTime                 *now,
                           GDateTime                 *effective,
                           GError                   **error)
{
  static const char update_sql[] =
    "UPDATE dossier SET status = ?2, accepted = ?3, handover_pending = ?4, "
    "supplements_after_acceptance = ?5, apology_given = ?6, evaluated = ?7, due_at = ?8, "
    "paused_at = ?9, finished_at = ?10, returned_at = ?11, assignee_id = ?12, "
    "version = version + 1, updated_at = ?13, legal_due_at = ?14, supplement_requests = ?15 "
    "WHERE id = ?1";
  g_autoptr(McWorkingCalendar) calendar = NULL;
  g_autoptr(GDateTime) due = NULL;
  g_autoptr(GDateTime) deadline_moment = NULL;
  g_autofree char *details = NULL;
  gint64 previous_due = 0;
  DossierState state = { 0, };
  McDossierStatus before;
  gint64 effective_usec = _mc_dossier_store_to_usec (effective);
  gint64 receiver_id = 0;
  EventRow event = { 0, };

  if (!_mc_dossier_store_load_state (db, code, &state, error))
    return FALSE;

  if (!_mc_dossier_store_check_version (state.version, params->expected_version, error))
    return FALSE;

  if (effective_usec < state.last_step)
    {
      g_set_error_literal (error, MC_ERROR, MC_ERROR_INVALID,
                           _("The time of the step is before the dossier’s previous step."));
      return FALSE;
    }

  due = _mc_dossier_store_from_usec (state.due_at);
  calendar = _mc_dossier_store_load_calendar (db, due, now, NULL, error);
  if (calendar == NULL)
    return FALSE;

  /* While the clock is stopped for supplements, the time left is that of
   * the moment it stopped. */
  deadline_moment = state.paused_at != 0 ? _mc_dossier_store_from_usec (state.paused_at)
                                         : g_date_time_ref (effective);
  state.facts.deadline_state = mc_deadline_state (calendar, due, deadline_moment);

  before = state.facts.status;
  if (!mc_dossier_workflow_apply (&state.facts, action, actor->role, error))
    return FALSE;

  if (mc_dossier_action_requires_reason (action) && !_mc_dossier_store_is_given (params->note))
    {
      g_set_error (error, MC_ERROR, MC_ERROR_INVALID,
                   _("“%s” needs a reason."), mc_dossier_action_get_label (action));
      return FALSE;
    }

  switch (action)
    {
    case MC_DOSSIER_ACTION_HAND_OVER:
      receiver_id = params->receiver_id;
      if (receiver_id != 0 && !check_staff_active (db, receiver_id, error))
        return FALSE;
      break;

    case MC_DOSSIER_ACTION_ACKNOWLEDGE:
      if (!pending_receiver (db, state.id, &receiver_id, error))
        return FALSE;
      if (receiver_id != 0 && receiver_id != actor->staff_id &&
          actor->role != MC_STAFF_ROLE_ADMINISTRATOR)
        {
          g_set_error_literal (error, MC_ERROR, MC_ERROR_INVALID,
                               _("This hand-over is addressed to another staff member."));
          return FALSE;
        }
      if (receiver_id == 0)
        receiver_id = actor->staff_id;
      if (receiver_id != 0)
        state.assignee_id = receiver_id;
      break;

    case MC_DOSSIER_ACTION_REQUEST_SUPPLEMENT:
      state.paused_at = effective_usec;
      state.supplement_requests++;
      break;

    case MC_DOSSIER_ACTION_RECEIVE_SUPPLEMENT:
      /* The office time the citizen took does not count (Article 18). */
      if (state.facts.accepted && state.paused_at != 0)
        {
          g_autoptr(GDateTime) paused = _mc_dossier_store_from_usec (state.paused_at);
          g_autoptr(GDateTime) extended = mc_deadline_extend (calendar, due, paused, effective);

          state.due_at = _mc_dossier_store_to_usec (extended);

          /* The appointment the statistics judge by moves the same way. */
          if (state.legal_due_at != 0)
            {
              g_autoptr(GDateTime) legal = _mc_dossier_store_from_usec (state.legal_due_at);
              g_autoptr(GDateTime) legal_extended = mc_deadline_extend (calendar, legal, paused,
                                                                        effective);

              state.legal_due_at = _mc_dossier_store_to_usec (legal_extended);
            }
        }
      state.paused_at = 0;
      break;

    case MC_DOSSIER_ACTION_APOLOGIZE:
      if (params->new_due_at == NULL ||
          _mc_dossier_store_to_usec (params->new_due_at) <= state.due_at)
        {
          g_set_error_literal (error, MC_ERROR, MC_ERROR_INVALID,
                               _("An apology letter sets a new appointment, after the current "
                                 "one."));
          return FALSE;
        }
      previous_due = state.due_at;
      /* The new date is the citizen's; the dossier stays judged by the
       * appointment it missed. */
      if (state.legal_due_at == 0)
        state.legal_due_at = state.due_at;
      state.due_at = _mc_dossier_store_to_usec (params->new_due_at);
      break;

    case MC_DOSSIER_ACTION_RETURN_RESULT:
      state.returned_at = effective_usec;
      break;

    case MC_DOSSIER_ACTION_RECEIVE:
    case MC_DOSSIER_ACTION_REFUSE_AT_COUNTER:
    case MC_DOSSIER_ACTION_ACCEPT:
    case MC_DOSSIER_ACTION_SEND_BACK:
    case MC_DOSSIER_ACTION_REQUEST_PAYMENT:
    case MC_DOSSIER_ACTION_RECORD_PAYMENT:
    case MC_DOSSIER_ACTION_REFUSE:
    case MC_DOSSIER_ACTION_STOP:
    case MC_DOSSIER_ACTION_WITHDRAW:
    case MC_DOSSIER_ACTION_MARK_PROCESSED:
    case MC_DOSSIER_ACTION_EVALUATE:
    case MC_DOSSIER_ACTION_EDIT:
    case MC_DOSSIER_ACTION_PRINT:
    case MC_DOSSIER_N_ACTIONS:
    default:
      break;
    }

  if (before != state.facts.status &&
      (state.facts.status == MC_DOSSIER_STATUS_REFUSED ||
       state.facts.status == MC_DOSSIER_STATUS_WITHDRAWN ||
       state.facts.status == MC_DOSSIER_STATUS_STOPPED ||
       state.facts.status == MC_DOSSIER_STATUS_PROCESSED))
    state.finished_at = effective_usec;

  {
    g_autoptr(McStatement) stmt = mc_database_prepare (db, update_sql, error);

    if (stmt == NULL)
      return FALSE;
    sqlite3_bind_int64 (stmt, 1, state.id);
    sqlite3_bind_int (stmt, 2, state.facts.status);
    sqlite3_bind_int (stmt, 3, state.facts.accepted ? 1 : 0);
    sqlite3_bind_int (stmt, 4, state.facts.handover_pending ? 1 : 0);
    sqlite3_bind_int (stmt, 5, state.facts.supplements_after_acceptance);
    sqlite3_bind_int (stmt, 6, state.facts.apology_given ? 1 : 0);
    sqlite3_bind_int (stmt, 7, state.facts.evaluated ? 1 : 0);
    sqlite3_bind_int64 (stmt, 8, state.due_at);
    _mc_dossier_store_bind_optional_int64 (stmt, 9, state.paused_at);
    _mc_dossier_store_bind_optional_int64 (stmt, 10, state.finished_at);
    _mc_dossier_store_bind_optional_int64 (stmt, 11, state.returned_at);
    _mc_dossier_store_bind_optional_int64 (stmt, 12, state.assignee_id);
    sqlite3_bind_int64 (stmt, 13, _mc_dossier_store_to_usec (now));
    _mc_dossier_store_bind_optional_int64 (stmt, 14, state.legal_due_at);
    sqlite3_bind_int (stmt, 15, state.supplement_requests);
    if (!mc_database_step (db, stmt, NULL, error))
      return FALSE;
  }

  /* Hand-overs and the end of processing form the control sheet (Mẫu 05). */
  if (action == MC_DOSSIER_ACTION_HAND_OVER || action == MC_DOSSIER_ACTION_ACKNOWLEDGE ||
      action == MC_DOSSIER_ACTION_MARK_PROCESSED)
    {
      details = step_details (db, calendar, state.id, effective_usec, params->details, error);
      if (details == NULL)
        return FALSE;
    }

  if (action == MC_DOSSIER_ACTION_APOLOGIZE)
    details = apology_details (params->details, previous_due, state.due_at);

  event.dossier_id = state.id;
  event.action = action;
  event.status_before = before;
  event.status_after = state.facts.status;
  event.receiver_id = receiver_id;
  event.device_time = _mc_dossier_store_to_usec (now);
  event.effective_time = effective_usec;
  event.note = params->note;
  event.details = details != NULL ? details : params->details;
  event.version = state.version + 1;

  return _mc_dossier_store_insert_event (db, actor, &event, error);
}

/**
 * mc_dossier_store_transition:
 * @db: a #McDatabase
 * @code: the dossier's code
 * @action: the step to take
 * @actor: who takes it, at which workstation
 * @params: (nullable): its reason, receiver, new appointment, form data
 *   and time
 * @now: the device's clock
 * @error: return location for a #GError
 *
 * Takes one step of the workflow in one write transaction: checks it with
 * mc_dossier_workflow_apply() against the stored facts and the deadline
 * state at the step's time, updates the dossier (status, hand-over,
 * assignee on acknowledgement, the clock stopped on a supplement request
 * and the appointment moved by the office time it was stopped on their
 * receipt, the new appointment of an apology, finish and return times),
 * raises its version and writes the event. A refused step writes nothing.
 *
 * A hand-over, its acknowledgement and the end of processing also write
 * the control sheet's data (Mẫu 05) into the event's details, beside the
 * members of @params' details: the process step (mc-process-steps.h), its
 * budget, the working minutes it took and its result (see step_details()).
 *
 * Returns: %TRUE if the step was taken; %FALSE with an %MC_ERROR_INVALID
 *   error saying why, or %MC_ERROR_NOT_FOUND for an unknown @code
 */
gboolean
mc_dossier_store_transition (McDatabase                *db,
                             const char                *code,
                             McDossierAction            action,
                             const McActor             *actor,
                             const McTransitionParams  *params,
                             GDateTime                 *now,
                             GError                   **error)
{
  McTransitionParams no_params = { 0, };
  g_autoptr(GDateTime) effective = NULL;

  g_return_val_if_fail (MC_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (code != NULL, FALSE);
  g_return_val_if_fail ((guint) action < MC_DOSSIER_N_ACTIONS, FALSE);
  g_return_val_if_fail (actor != NULL, FALSE);
  g_return_val_if_fail (now != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (params == NULL)
    params = &no_params;

  if (action == MC_DOSSIER_ACTION_RECEIVE || action == MC_DOSSIER_ACTION_REFUSE_AT_COUNTER)
    {
      g_set_error_literal (error, MC_ERROR, MC_ERROR_INVALID,
                           _("This dossier was already entered at the counter."));
      return FALSE;
    }

  /* A correction records what it changes (mc_dossier_store_edit()). */
  if (action == MC_DOSSIER_ACTION_EDIT)
    {
      g_set_error_literal (error, MC_ERROR, MC_ERROR_INVALID,
                           _("A correction of the data is recorded with the fields it changes, "
                             "not as a step."));
      return FALSE;
    }

  effective = g_date_time_to_timezone (params->effective_at != NULL ? params->effective_at : now,
                                       mc_working_calendar_get_time_zone ());
  if (!_mc_dossier_store_check_actor (actor, error) ||
      !_mc_dossier_store_check_not_future (_mc_dossier_store_to_usec (effective),
                                           _mc_dossier_store_to_usec (now), error) ||
      !check_details (params->details, error))
    return FALSE;

  if (params->note != NULL && g_utf8_strlen (params->note, -1) > MC_INTAKE_NOTE_MAX)
    {
      g_set_error (error, MC_ERROR, MC_ERROR_INVALID,
                   _("Reason: at most %d characters."), MC_INTAKE_NOTE_MAX);
      return FALSE;
    }

  if (!mc_database_begin (db, MC_TRANSACTION_WRITE, error))
    return FALSE;

  if (!transition_in_transaction (db, code, action, actor, params, now, effective, error))
    {
      mc_database_end (db, FALSE, NULL);
      return FALSE;
    }

  return mc_database_end (db, TRUE, error);
}
