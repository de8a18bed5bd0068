/* mc-dossier-workflow.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-dossier-workflow"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "mc-dossier-workflow.h"
#include "mc-error.h"

/* The dossier's state machine over TrangThaiHoSo (domain notes §2.2–2.6):
 * which action is possible in which state and for which role, and why
 * not. Pure: the caller keeps the facts and writes the events. The UI
 * offers what mc_dossier_workflow_list_actions() returns, and the store
 * asks mc_dossier_workflow_allows() again, so a role is refused by the
 * core whatever the UI shows.
 *
 * Status changes:
 *   none → 2 receive, none → 3 refuse at the counter,
 *   1 → 2 accept, 1 → 5 request supplements, 1 → 3 refuse,
 *   2 → 4 acknowledge a hand-over (the status stays until then),
 *   4 → 5 request supplements (once), 5 → 4 (or 5 → 1) receive them,
 *   5 → 3 refuse (not yet accepted), 4 → 6 → 4 financial obligation,
 *   4/5/6 → 8 stop, 1/2/4/5/6 → 7 withdraw, 4 → 9 processed,
 *   9 → 10 result returned. 3, 7, 8 and 10 are final. */

/* Who does what: a leader does an officer's work (and signs). */
typedef enum
{
  ACTOR_NONE = 0,
  ACTOR_COUNTER = 1 << 0,
  ACTOR_PROCESSING = 1 << 1,
} Actors;

static guint
role_actors (McStaffRole role)
{
  switch (role)
    {
    case MC_STAFF_ROLE_CLERK:
      return ACTOR_COUNTER;

    case MC_STAFF_ROLE_OFFICER:
    case MC_STAFF_ROLE_LEADER:
      return ACTOR_PROCESSING;

    case MC_STAFF_ROLE_ADMINISTRATOR:
      return ACTOR_COUNTER | ACTOR_PROCESSING;

    default:
      g_return_val_if_reached (ACTOR_NONE);
    }
}

static gboolean
is_valid_status (McDossierStatus status)
{
  return (guint) status <= MC_DOSSIER_STATUS_RETURNED;
}

/* Between acceptance and the end of processing, with the deadline running
 * or paused: where supplements, payment, stop and apology belong. */
static gboolean
is_in_processing (McDossierStatus status)
{
  return status == MC_DOSSIER_STATUS_PROCESSING ||
         status == MC_DOSSIER_STATUS_SUPPLEMENT ||
         status == MC_DOSSIER_STATUS_PAYMENT;
}

/* A hand-over exists only where one can start. */
static gboolean
is_handover_pending (const McDossierFacts *facts)
{
  return facts->handover_pending &&
         (facts->status == MC_DOSSIER_STATUS_ACCEPTED ||
          facts->status == MC_DOSSIER_STATUS_PROCESSING);
}

/* Status 5 is reached both from 1 (before acceptance) and from 4; the
 * other statuses say themselves whether the dossier was accepted. */
static gboolean
is_waiting_before_acceptance (const McDossierFacts *facts)
{
  return facts->status == MC_DOSSIER_STATUS_SUPPLEMENT && !facts->accepted;
}

/* Which actors may take @action in the dossier's status, and the status
 * after it; FALSE with the reason when the status does not allow it. */
static gboolean
status_rule (const McDossierFacts  *facts,
             McDossierAction        action,
             guint                 *actors,
             McDossierStatus       *next,
             GError               **error)
{
  McDossierStatus status = facts->status;
  const char *why = NULL;

  *actors = ACTOR_NONE;
  *next = status;

  switch (action)
    {
    case MC_DOSSIER_ACTION_RECEIVE:
      if (status == MC_DOSSIER_STATUS_NONE)
        {
          *actors = ACTOR_COUNTER;
          *next = MC_DOSSIER_STATUS_ACCEPTED;
        }
      break;

    case MC_DOSSIER_ACTION_REFUSE_AT_COUNTER:
      if (status == MC_DOSSIER_STATUS_NONE)
        {
          *actors = ACTOR_COUNTER;
          *next = MC_DOSSIER_STATUS_REFUSED;
        }
      break;

    case MC_DOSSIER_ACTION_ACCEPT:
      if (status == MC_DOSSIER_STATUS_REGISTERED)
        {
          *actors = ACTOR_COUNTER;
          *next = MC_DOSSIER_STATUS_ACCEPTED;
        }
      break;

    case MC_DOSSIER_ACTION_HAND_OVER:
      /* The counter hands an accepted dossier over; an officer passes one
       * on (to a colleague, or to a leader to approve). */
      if (status == MC_DOSSIER_STATUS_ACCEPTED)
        *actors = ACTOR_COUNTER;
      else if (status == MC_DOSSIER_STATUS_PROCESSING)
        *actors = ACTOR_PROCESSING;
      break;

    case MC_DOSSIER_ACTION_ACKNOWLEDGE:
      /* Processing starts when an officer holds the dossier. */
      if (is_handover_pending (facts))
        {
          *actors = ACTOR_PROCESSING;
          *next = MC_DOSSIER_STATUS_PROCESSING;
        }
      else
        why = _("No hand-over of this dossier is waiting to be acknowledged.");
      break;

    case MC_DOSSIER_ACTION_SEND_BACK:
      /* Back to the giver, who keeps the status it had. */
      if (is_handover_pending (facts))
        *actors = ACTOR_PROCESSING;
      else
        why = _("No hand-over of this dossier is waiting: there is nothing to send back.");
      break;

    case MC_DOSSIER_ACTION_REQUEST_SUPPLEMENT:
      /* Before acceptance the counter guides the citizen (Article 16);
       * during processing the officer asks through the counter
       * (Article 18). */
      if (status == MC_DOSSIER_STATUS_REGISTERED)
        *actors = ACTOR_COUNTER;
      else if (status == MC_DOSSIER_STATUS_PROCESSING)
        *actors = ACTOR_PROCESSING;
      if (*actors != ACTOR_NONE)
        *next = MC_DOSSIER_STATUS_SUPPLEMENT;
      break;

    case MC_DOSSIER_ACTION_RECEIVE_SUPPLEMENT:
      /* A filing not yet accepted goes back to the counter's check; it is
       * accepted (Mẫu 01) only then. */
      if (status == MC_DOSSIER_STATUS_SUPPLEMENT)
        {
          *actors = ACTOR_COUNTER;
          *next = is_waiting_before_acceptance (facts) ? MC_DOSSIER_STATUS_REGISTERED
                                                       : MC_DOSSIER_STATUS_PROCESSING;
        }
      break;

    case MC_DOSSIER_ACTION_REQUEST_PAYMENT:
      if (status == MC_DOSSIER_STATUS_PROCESSING)
        {
          *actors = ACTOR_PROCESSING;
          *next = MC_DOSSIER_STATUS_PAYMENT;
        }
      break;

    case MC_DOSSIER_ACTION_RECORD_PAYMENT:
      if (status == MC_DOSSIER_STATUS_PAYMENT)
        {
          *actors = ACTOR_COUNTER;
          *next = MC_DOSSIER_STATUS_PROCESSING;
        }
      break;

    case MC_DOSSIER_ACTION_REFUSE:
      /* "Không được tiếp nhận" is for a filing not yet accepted. */
      if (status == MC_DOSSIER_STATUS_REGISTERED || is_waiting_before_acceptance (facts))
        {
          *actors = ACTOR_COUNTER;
          *next = MC_DOSSIER_STATUS_REFUSED;
        }
      else if (status == MC_DOSSIER_STATUS_ACCEPTED || is_in_processing (status))
        why = _("The dossier was already accepted: it can no longer be refused, only stopped during processing.");
      break;

    case MC_DOSSIER_ACTION_STOP:
      if (status == MC_DOSSIER_STATUS_REGISTERED || is_waiting_before_acceptance (facts))
        why = _("The filing was not accepted yet: refuse it instead of stopping it.");
      else if (is_in_processing (status))
        {
          *actors = ACTOR_PROCESSING;
          *next = MC_DOSSIER_STATUS_STOPPED;
        }
      break;

    case MC_DOSSIER_ACTION_WITHDRAW:
      if (status == MC_DOSSIER_STATUS_REGISTERED ||
          status == MC_DOSSIER_STATUS_ACCEPTED ||
          is_in_processing (status))
        {
          *actors = ACTOR_COUNTER;
          *next = MC_DOSSIER_STATUS_WITHDRAWN;
        }
      break;

    case MC_DOSSIER_ACTION_MARK_PROCESSED:
      if (status == MC_DOSSIER_STATUS_PROCESSING)
        {
          *actors = ACTOR_PROCESSING;
          *next = MC_DOSSIER_STATUS_PROCESSED;
        }
      break;

    case MC_DOSSIER_ACTION_RETURN_RESULT:
      if (status == MC_DOSSIER_STATUS_PROCESSED)
        {
          *actors = ACTOR_COUNTER;
          *next = MC_DOSSIER_STATUS_RETURNED;
        }
      break;

    case MC_DOSSIER_ACTION_APOLOGIZE:
      /* Mẫu 04 while the dossier is still being processed (§2.5). */
      if (is_in_processing (status))
        *actors = ACTOR_PROCESSING;
      else if (status == MC_DOSSIER_STATUS_RETURNED)
        why = _("The result was already returned: an apology letter is no longer possible.");
      else if (status == MC_DOSSIER_STATUS_PROCESSED)
        why = _("The dossier was already processed: an apology letter is given only while it is being processed.");
      break;

    case MC_DOSSIER_ACTION_EVALUATE:
      if (status == MC_DOSSIER_STATUS_RETURNED)
        *actors = ACTOR_COUNTER;
      else
        why = _("The citizen evaluates the dossier once the result is returned.");
      break;

    case MC_DOSSIER_ACTION_EDIT:
      /* Data are corrected until the dossier is closed. */
      if (status == MC_DOSSIER_STATUS_REGISTERED ||
          status == MC_DOSSIER_STATUS_ACCEPTED ||
          is_in_processing (status) ||
          status == MC_DOSSIER_STATUS_PROCESSED)
        *actors = ACTOR_COUNTER | ACTOR_PROCESSING;
      else
        why = _("The dossier is closed: its data can no longer be changed.");
      break;

    case MC_DOSSIER_ACTION_PRINT:
      /* Not a step anyone takes: mc_dossier_store_record_print() notes it. */
      why = _("Printing a form is recorded when it is printed, not as a step.");
      break;

    case MC_DOSSIER_N_ACTIONS:
    default:
      g_return_val_if_reached (FALSE);
    }

  if (*actors != ACTOR_NONE)
    return TRUE;

  if (why != NULL)
    g_set_error_literal (error, MC_ERROR, MC_ERROR_INVALID, why);
  else
    g_set_error (error, MC_ERROR, MC_ERROR_INVALID,
                 _("“%s” is not possible while the dossier is “%s”."),
                 mc_dossier_action_get_label (action),
                 mc_dossier_status_get_label (status));
  return FALSE;
}

static gboolean
role_rule (McDossierAction   action,
           guint             actors,
           McStaffRole       role,
           GError          **error)
{
  if ((role_actors (role) & actors) != 0)
    return TRUE;

  if (actors == ACTOR_COUNTER)
    g_set_error (error, MC_ERROR, MC_ERROR_INVALID,
                 _("At this stage “%s” is done at the one-stop counter; your role may not do it."),
                 mc_dossier_action_get_label (action));
  else if (actors == ACTOR_PROCESSING)
    g_set_error (error, MC_ERROR, MC_ERROR_INVALID,
                 _("At this stage “%s” is done by the processing officer or a leader; your role may not do it."),
                 mc_dossier_action_get_label (action));
  else
    g_set_error (error, MC_ERROR, MC_ERROR_INVALID,
                 _("Your role may not do “%s”."),
                 mc_dossier_action_get_label (action));
  return FALSE;
}

/* The limits the law (or the national scoring) puts on repeating an
 * action or taking it too early. */
static gboolean
limit_rule (const McDossierFacts  *facts,
            McDossierAction        action,
            GError               **error)
{
  const char *why = NULL;

  switch (action)
    {
    case MC_DOSSIER_ACTION_REQUEST_SUPPLEMENT:
      if (facts->status == MC_DOSSIER_STATUS_PROCESSING && facts->supplements_after_acceptance >= 1)
        why = _("A dossier may be sent back for supplements only once after it was accepted "
                "(Nghị định 61/2018, Article 18); the national scoring counts a second "
                "request as late.");
      break;

    case MC_DOSSIER_ACTION_APOLOGIZE:
      if (facts->apology_given)
        why = _("The new appointment date may be set only once "
                "(Nghị định 61/2018, Article 18, as amended by Nghị định 107/2021).");
      else if (facts->deadline_state == MC_DEADLINE_IN_TIME)
        why = _("An apology letter can be made once at most one working day is left before "
                "the deadline, or after the deadline has passed.");
      break;

    case MC_DOSSIER_ACTION_EVALUATE:
      if (facts->evaluated)
        why = _("The citizen’s evaluation of this dossier was already recorded.");
      break;

    case MC_DOSSIER_ACTION_RECEIVE:
    case MC_DOSSIER_ACTION_REFUSE_AT_COUNTER:
    case MC_DOSSIER_ACTION_ACCEPT:
    case MC_DOSSIER_ACTION_HAND_OVER:
    case MC_DOSSIER_ACTION_ACKNOWLEDGE:
    case MC_DOSSIER_ACTION_SEND_BACK:
    case MC_DOSSIER_ACTION_RECEIVE_SUPPLEMENT:
    case MC_DOSSIER_ACTION_REQUEST_PAYMENT:
    case MC_DOSSIER_ACTION_RECORD_PAYMENT:
    case MC_DOSSIER_ACTION_REFUSE:
    case MC_DOSSIER_ACTION_STOP:
    case MC_DOSSIER_ACTION_WITHDRAW:
    case MC_DOSSIER_ACTION_MARK_PROCESSED:
    case MC_DOSSIER_ACTION_RETURN_RESULT:
    case MC_DOSSIER_ACTION_EDIT:
    case MC_DOSSIER_ACTION_PRINT:
      break;

    case MC_DOSSIER_N_ACTIONS:
    default:
      g_return_val_if_reached (FALSE);
    }

  if (why == NULL)
    return TRUE;

  g_set_error_literal (error, MC_ERROR, MC_ERROR_INVALID, why);
  return FALSE;
}

/**
 * mc_dossier_workflow_allows:
 * @facts: what is known of the dossier
 * @action: the action to take
 * @role: the role of the staff member taking it
 * @next_status: (out) (optional): the status after the action
 * @error: return location for a #GError
 *
 * Checks, in this order, that the dossier exists, that no hand-over is
 * waiting, that its status allows @action, that @role may take it there,
 * and the legal limits (one supplement request after acceptance, one
 * apology, not before the last working day, one evaluation).
 *
 * Returns: %TRUE if @action is allowed; %FALSE with an %MC_ERROR_INVALID
 *   error that says why otherwise
 */
gboolean
mc_dossier_workflow_allows (const McDossierFacts  *facts,
                            McDossierAction        action,
                            McStaffRole            role,
                            McDossierStatus       *next_status,
                            GError               **error)
{
  McDossierStatus next;
  guint actors;

  g_return_val_if_fail (facts != NULL, FALSE);
  g_return_val_if_fail (is_valid_status (facts->status), FALSE);
  g_return_val_if_fail ((guint) action < MC_DOSSIER_N_ACTIONS, FALSE);
  g_return_val_if_fail ((guint) role <= MC_STAFF_ROLE_ADMINISTRATOR, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (facts->status == MC_DOSSIER_STATUS_NONE &&
      action != MC_DOSSIER_ACTION_RECEIVE &&
      action != MC_DOSSIER_ACTION_REFUSE_AT_COUNTER)
    {
      g_set_error_literal (error, MC_ERROR, MC_ERROR_INVALID,
                           _("There is no dossier yet: receive it or refuse it at the counter first."));
      return FALSE;
    }

  if (is_handover_pending (facts) &&
      action != MC_DOSSIER_ACTION_ACKNOWLEDGE &&
      action != MC_DOSSIER_ACTION_SEND_BACK)
    {
      g_set_error_literal (error, MC_ERROR, MC_ERROR_INVALID,
                           _("The dossier is waiting for its receiver to acknowledge the hand-over: "
                             "it must be acknowledged or sent back first."));
      return FALSE;
    }

  if (!status_rule (facts, action, &actors, &next, error) ||
      !role_rule (action, actors, role, error) ||
      !limit_rule (facts, action, error))
    return FALSE;

  if (next_status != NULL)
    *next_status = next;
  return TRUE;
}

/**
 * mc_dossier_workflow_apply:
 * @facts: (inout): what is known of the dossier
 * @action: the action to take
 * @role: the role of the staff member taking it
 * @error: return location for a #GError
 *
 * Takes @action if mc_dossier_workflow_allows() allows it and updates
 * @facts as the action's event does: status, acceptance, hand-over,
 * supplement count, apology, evaluation. The deadline state is left to
 * the caller, which recomputes it (after an apology, against the new
 * appointment date).
 *
 * Returns: %TRUE if @action was taken; @facts are unchanged otherwise
 */
gboolean
mc_dossier_workflow_apply (McDossierFacts  *facts,
                           McDossierAction  action,
                           McStaffRole      role,
                           GError         **error)
{
  McDossierStatus next;

  g_return_val_if_fail (facts != NULL, FALSE);

  if (!mc_dossier_workflow_allows (facts, action, role, &next, error))
    return FALSE;

  switch (action)
    {
    case MC_DOSSIER_ACTION_RECEIVE:
    case MC_DOSSIER_ACTION_ACCEPT:
      facts->accepted = TRUE;
      break;

    case MC_DOSSIER_ACTION_HAND_OVER:
      facts->handover_pending = TRUE;
      break;

    case MC_DOSSIER_ACTION_ACKNOWLEDGE:
    case MC_DOSSIER_ACTION_SEND_BACK:
      facts->handover_pending = FALSE;
      break;

    case MC_DOSSIER_ACTION_REQUEST_SUPPLEMENT:
      if (facts->status == MC_DOSSIER_STATUS_PROCESSING)
        facts->supplements_after_acceptance++;
      break;

    case MC_DOSSIER_ACTION_APOLOGIZE:
      facts->apology_given = TRUE;
      break;

    case MC_DOSSIER_ACTION_EVALUATE:
      facts->evaluated = TRUE;
      break;

    case MC_DOSSIER_ACTION_REFUSE_AT_COUNTER:
    case MC_DOSSIER_ACTION_RECEIVE_SUPPLEMENT:
    case MC_DOSSIER_ACTION_REQUEST_PAYMENT:
    case MC_DOSSIER_ACTION_RECORD_PAYMENT:
    case MC_DOSSIER_ACTION_REFUSE:
    case MC_DOSSIER_ACTION_STOP:
    case MC_DOSSIER_ACTION_WITHDRAW:
    case MC_DOSSIER_ACTION_MARK_PROCESSED:
    case MC_DOSSIER_ACTION_RETURN_RESULT:
    case MC_DOSSIER_ACTION_EDIT:
    case MC_DOSSIER_ACTION_PRINT:
      break;

    case MC_DOSSIER_N_ACTIONS:
    default:
      g_return_val_if_reached (FALSE);
    }

  facts->status = next;
  return TRUE;
}

/**
 * mc_dossier_workflow_list_actions:
 * @facts: what is known of the dossier
 * @role: the role of the staff member
 *
 * Returns: (transfer full) (element-type McDossierAction): the actions
 *   mc_dossier_workflow_allows() allows now, in the enumeration's order
 */
GArray *
mc_dossier_workflow_list_actions (const McDossierFacts *facts,
                                  McStaffRole           role)
{
  GArray *actions;

  g_return_val_if_fail (facts != NULL, NULL);
  g_return_val_if_fail (is_valid_status (facts->status), NULL);
  g_return_val_if_fail ((guint) role <= MC_STAFF_ROLE_ADMINISTRATOR, NULL);

  actions = g_array_new (FALSE, FALSE, sizeof (McDossierAction));
  for (guint i = 0; i < MC_DOSSIER_N_ACTIONS; i++)
    {
      McDossierAction action = (McDossierAction) i;

      if (mc_dossier_workflow_allows (facts, action, role, NULL, NULL))
        g_array_append_val (actions, action);
    }

  return actions;
}

/**
 * mc_dossier_workflow_apology_owed:
 * @facts: what is known of the dossier
 *
 * Returns: %TRUE if the dossier is overdue while being processed and no
 *   apology (Mẫu 04) was given: the office owes the citizen one
 */
gboolean
mc_dossier_workflow_apology_owed (const McDossierFacts *facts)
{
  g_return_val_if_fail (facts != NULL, FALSE);

  return is_in_processing (facts->status) &&
         facts->deadline_state == MC_DEADLINE_OVERDUE &&
         !facts->apology_given;
}

/**
 * mc_dossier_action_requires_reason:
 * @action: an action
 *
 * Returns: %TRUE if the action's event must state a reason: refusals
 *   (Mẫu 03), supplement requests (Mẫu 02), sending a hand-over back,
 *   stopping, and the apology (Mẫu 04)
 */
gboolean
mc_dossier_action_requires_reason (McDossierAction action)
{
  switch (action)
    {
    case MC_DOSSIER_ACTION_REFUSE_AT_COUNTER:
    case MC_DOSSIER_ACTION_SEND_BACK:
    case MC_DOSSIER_ACTION_REQUEST_SUPPLEMENT:
    case MC_DOSSIER_ACTION_REFUSE:
    case MC_DOSSIER_ACTION_STOP:
    case MC_DOSSIER_ACTION_APOLOGIZE:
      return TRUE;

    case MC_DOSSIER_ACTION_RECEIVE:
    case MC_DOSSIER_ACTION_ACCEPT:
    case MC_DOSSIER_ACTION_HAND_OVER:
    case MC_DOSSIER_ACTION_ACKNOWLEDGE:
    case MC_DOSSIER_ACTION_RECEIVE_SUPPLEMENT:
    case MC_DOSSIER_ACTION_REQUEST_PAYMENT:
    case MC_DOSSIER_ACTION_RECORD_PAYMENT:
    case MC_DOSSIER_ACTION_WITHDRAW:
    case MC_DOSSIER_ACTION_MARK_PROCESSED:
    case MC_DOSSIER_ACTION_RETURN_RESULT:
    case MC_DOSSIER_ACTION_EVALUATE:
    case MC_DOSSIER_ACTION_EDIT:
    case MC_DOSSIER_ACTION_PRINT:
      return FALSE;

    case MC_DOSSIER_N_ACTIONS:
    default:
      g_return_val_if_reached (FALSE);
    }
}

/**
 * mc_dossier_status_get_label:
 * @status: a status, or %MC_DOSSIER_STATUS_NONE
 *
 * Returns: the status's name, translated
 */
const char *
mc_dossier_status_get_label (McDossierStatus status)
{
  /* Not an enumerator: a switch case would not compile. */
  if (status == MC_DOSSIER_STATUS_NONE)
    return C_("dossier status", "Not received yet");

  switch (status)
    {
    case MC_DOSSIER_STATUS_REGISTERED:
      return C_("dossier status", "Newly filed");
    case MC_DOSSIER_STATUS_ACCEPTED:
      return C_("dossier status", "Received");
    case MC_DOSSIER_STATUS_REFUSED:
      return C_("dossier status", "Refused");
    case MC_DOSSIER_STATUS_PROCESSING:
      return C_("dossier status", "Processing");
    case MC_DOSSIER_STATUS_SUPPLEMENT:
      return C_("dossier status", "Waiting for supplements");
    case MC_DOSSIER_STATUS_PAYMENT:
      return C_("dossier status", "Waiting for payment");
    case MC_DOSSIER_STATUS_WITHDRAWN:
      return C_("dossier status", "Withdrawn");
    case MC_DOSSIER_STATUS_STOPPED:
      return C_("dossier status", "Stopped");
    case MC_DOSSIER_STATUS_PROCESSED:
      return C_("dossier status", "Processed");
    case MC_DOSSIER_STATUS_RETURNED:
      return C_("dossier status", "Result returned");
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * mc_dossier_action_get_label:
 * @action: an action
 *
 * Returns: the action's name as a button shows it, translated
 */
const char *
mc_dossier_action_get_label (McDossierAction action)
{
  switch (action)
    {
    case MC_DOSSIER_ACTION_RECEIVE:
      return C_("dossier action", "Receive");
    case MC_DOSSIER_ACTION_REFUSE_AT_COUNTER:
      return C_("dossier action", "Refuse at Counter");
    case MC_DOSSIER_ACTION_ACCEPT:
      return C_("dossier action", "Accept");
    case MC_DOSSIER_ACTION_HAND_OVER:
      return C_("dossier action", "Hand Over");
    case MC_DOSSIER_ACTION_ACKNOWLEDGE:
      return C_("dossier action", "Acknowledge Hand-Over");
    case MC_DOSSIER_ACTION_SEND_BACK:
      return C_("dossier action", "Send Back");
    case MC_DOSSIER_ACTION_REQUEST_SUPPLEMENT:
      return C_("dossier action", "Request Supplements");
    case MC_DOSSIER_ACTION_RECEIVE_SUPPLEMENT:
      return C_("dossier action", "Receive Supplements");
    case MC_DOSSIER_ACTION_REQUEST_PAYMENT:
      return C_("dossier action", "Request Payment");
    case MC_DOSSIER_ACTION_RECORD_PAYMENT:
      return C_("dossier action", "Record Payment");
    case MC_DOSSIER_ACTION_REFUSE:
      return C_("dossier action", "Refuse");
    case MC_DOSSIER_ACTION_STOP:
      return C_("dossier action", "Stop Processing");
    case MC_DOSSIER_ACTION_WITHDRAW:
      return C_("dossier action", "Record Withdrawal");
    case MC_DOSSIER_ACTION_MARK_PROCESSED:
      return C_("dossier action", "Mark Processed");
    case MC_DOSSIER_ACTION_RETURN_RESULT:
      return C_("dossier action", "Return Result");
    case MC_DOSSIER_ACTION_APOLOGIZE:
      return C_("dossier action", "Apologize and Set New Date");
    case MC_DOSSIER_ACTION_EVALUATE:
      return C_("dossier action", "Record Evaluation");
    case MC_DOSSIER_ACTION_EDIT:
      return C_("dossier action", "Edit");
    case MC_DOSSIER_ACTION_PRINT:
      return C_("dossier action", "Print");
    case MC_DOSSIER_N_ACTIONS:
    default:
      g_return_val_if_reached (NULL);
    }
}
