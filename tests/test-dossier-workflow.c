/* test-dossier-workflow.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "mc-dossier-workflow.h"
#include "mc-error.h"

#define N_STATUSES (MC_DOSSIER_STATUS_RETURNED + 1)
#define N_ROLES    (MC_STAFF_ROLE_ADMINISTRATOR + 1)

/* Roles as bits of the table below. */
#define C (1 << MC_STAFF_ROLE_CLERK)
#define O (1 << MC_STAFF_ROLE_OFFICER)
#define L (1 << MC_STAFF_ROLE_LEADER)
#define A (1 << MC_STAFF_ROLE_ADMINISTRATOR)
#define PROCESSING_ROLES (O | L | A)
#define COUNTER_ROLES    (C | A)
#define ALL_ROLES        (C | O | L | A)

/* Dossiers in every status, and the variants of the facts the rules read. */
typedef enum
{
  NEW,                 /* not received yet */
  REGISTERED,          /* 1 */
  ACCEPTED,            /* 2 */
  ACCEPTED_HANDED,     /* 2, hand-over waiting */
  REFUSED,             /* 3 */
  PROCESSING,          /* 4, in time */
  PROCESSING_HANDED,   /* 4, hand-over waiting */
  PROCESSING_SUPPLIED, /* 4, after its one supplement request */
  PROCESSING_DUE_SOON, /* 4, last working day */
  PROCESSING_OVERDUE,  /* 4, overdue */
  PROCESSING_SORRY,    /* 4, overdue, apology given */
  SUPPLEMENT_EARLY,    /* 5, requested before acceptance */
  SUPPLEMENT,          /* 5, requested during processing */
  SUPPLEMENT_OVERDUE,  /* 5, during processing, overdue */
  PAYMENT,             /* 6 */
  PAYMENT_DUE_SOON,    /* 6, last working day */
  WITHDRAWN,           /* 7 */
  STOPPED,             /* 8 */
  PROCESSED,           /* 9 */
  PROCESSED_OVERDUE,   /* 9, overdue */
  RETURNED,            /* 10 */
  RETURNED_EVALUATED,  /* 10, evaluated */
  N_SITUATIONS
} Situation;

static const McDossierFacts situations[N_SITUATIONS] = {
  [NEW] = { 0 },
  [REGISTERED] = { .status = MC_DOSSIER_STATUS_REGISTERED },
  [ACCEPTED] = { .status = MC_DOSSIER_STATUS_ACCEPTED, .accepted = TRUE },
  [ACCEPTED_HANDED] = { .status = MC_DOSSIER_STATUS_ACCEPTED, .accepted = TRUE, .handover_pending = TRUE },
  [REFUSED] = { .status = MC_DOSSIER_STATUS_REFUSED },
  [PROCESSING] = { .status = MC_DOSSIER_STATUS_PROCESSING, .accepted = TRUE },
  [PROCESSING_HANDED] = { .status = MC_DOSSIER_STATUS_PROCESSING, .accepted = TRUE, .handover_pending = TRUE },
  [PROCESSING_SUPPLIED] = { .status = MC_DOSSIER_STATUS_PROCESSING, .accepted = TRUE,
                            .supplements_after_acceptance = 1 },
  [PROCESSING_DUE_SOON] = { .status = MC_DOSSIER_STATUS_PROCESSING, .accepted = TRUE,
                            .deadline_state = MC_DEADLINE_DUE_SOON },
  [PROCESSING_OVERDUE] = { .status = MC_DOSSIER_STATUS_PROCESSING, .accepted = TRUE,
                           .deadline_state = MC_DEADLINE_OVERDUE },
  [PROCESSING_SORRY] = { .status = MC_DOSSIER_STATUS_PROCESSING, .accepted = TRUE,
                         .deadline_state = MC_DEADLINE_OVERDUE, .apology_given = TRUE },
  [SUPPLEMENT_EARLY] = { .status = MC_DOSSIER_STATUS_SUPPLEMENT },
  [SUPPLEMENT] = { .status = MC_DOSSIER_STATUS_SUPPLEMENT, .accepted = TRUE, .supplements_after_acceptance = 1 },
  [SUPPLEMENT_OVERDUE] = { .status = MC_DOSSIER_STATUS_SUPPLEMENT, .accepted = TRUE,
                           .supplements_after_acceptance = 1, .deadline_state = MC_DEADLINE_OVERDUE },
  [PAYMENT] = { .status = MC_DOSSIER_STATUS_PAYMENT, .accepted = TRUE },
  [PAYMENT_DUE_SOON] = { .status = MC_DOSSIER_STATUS_PAYMENT, .accepted = TRUE,
                         .deadline_state = MC_DEADLINE_DUE_SOON },
  [WITHDRAWN] = { .status = MC_DOSSIER_STATUS_WITHDRAWN, .accepted = TRUE },
  [STOPPED] = { .status = MC_DOSSIER_STATUS_STOPPED, .accepted = TRUE },
  [PROCESSED] = { .status = MC_DOSSIER_STATUS_PROCESSED, .accepted = TRUE },
  [PROCESSED_OVERDUE] = { .status = MC_DOSSIER_STATUS_PROCESSED, .accepted = TRUE,
                          .deadline_state = MC_DEADLINE_OVERDUE },
  [RETURNED] = { .status = MC_DOSSIER_STATUS_RETURNED, .accepted = TRUE },
  [RETURNED_EVALUATED] = { .status = MC_DOSSIER_STATUS_RETURNED, .accepted = TRUE, .evaluated = TRUE },
};

/* Everything allowed; anything not listed is refused. */
static const struct
{
  Situation       situation;
  McDossierAction action;
  guint           roles;
  McDossierStatus next;
} allowed[] = {
  { NEW, MC_DOSSIER_ACTION_RECEIVE, COUNTER_ROLES, MC_DOSSIER_STATUS_ACCEPTED },
  { NEW, MC_DOSSIER_ACTION_REFUSE_AT_COUNTER, COUNTER_ROLES, MC_DOSSIER_STATUS_REFUSED },

  { REGISTERED, MC_DOSSIER_ACTION_ACCEPT, COUNTER_ROLES, MC_DOSSIER_STATUS_ACCEPTED },
  { REGISTERED, MC_DOSSIER_ACTION_REQUEST_SUPPLEMENT, COUNTER_ROLES, MC_DOSSIER_STATUS_SUPPLEMENT },
  { REGISTERED, MC_DOSSIER_ACTION_REFUSE, COUNTER_ROLES, MC_DOSSIER_STATUS_REFUSED },
  { REGISTERED, MC_DOSSIER_ACTION_WITHDRAW, COUNTER_ROLES, MC_DOSSIER_STATUS_WITHDRAWN },
  { REGISTERED, MC_DOSSIER_ACTION_EDIT, ALL_ROLES, MC_DOSSIER_STATUS_REGISTERED },

  { ACCEPTED, MC_DOSSIER_ACTION_HAND_OVER, COUNTER_ROLES, MC_DOSSIER_STATUS_ACCEPTED },
  { ACCEPTED, MC_DOSSIER_ACTION_WITHDRAW, COUNTER_ROLES, MC_DOSSIER_STATUS_WITHDRAWN },
  { ACCEPTED, MC_DOSSIER_ACTION_EDIT, ALL_ROLES, MC_DOSSIER_STATUS_ACCEPTED },

  { ACCEPTED_HANDED, MC_DOSSIER_ACTION_ACKNOWLEDGE, PROCESSING_ROLES, MC_DOSSIER_STATUS_PROCESSING },
  { ACCEPTED_HANDED, MC_DOSSIER_ACTION_SEND_BACK, PROCESSING_ROLES, MC_DOSSIER_STATUS_ACCEPTED },

#define PROCESSING_ROWS(s) \
  { s, MC_DOSSIER_ACTION_HAND_OVER, PROCESSING_ROLES, MC_DOSSIER_STATUS_PROCESSING }, \
  { s, MC_DOSSIER_ACTION_REQUEST_PAYMENT, PROCESSING_ROLES, MC_DOSSIER_STATUS_PAYMENT }, \
  { s, MC_DOSSIER_ACTION_STOP, PROCESSING_ROLES, MC_DOSSIER_STATUS_STOPPED }, \
  { s, MC_DOSSIER_ACTION_WITHDRAW, COUNTER_ROLES, MC_DOSSIER_STATUS_WITHDRAWN }, \
  { s, MC_DOSSIER_ACTION_MARK_PROCESSED, PROCESSING_ROLES, MC_DOSSIER_STATUS_PROCESSED }, \
  { s, MC_DOSSIER_ACTION_EDIT, ALL_ROLES, MC_DOSSIER_STATUS_PROCESSING }
#define SUPPLEMENT_ROW(s) \
  { s, MC_DOSSIER_ACTION_REQUEST_SUPPLEMENT, PROCESSING_ROLES, MC_DOSSIER_STATUS_SUPPLEMENT }
#define APOLOGY_ROW(s, status) \
  { s, MC_DOSSIER_ACTION_APOLOGIZE, PROCESSING_ROLES, status }

  PROCESSING_ROWS (PROCESSING),
  SUPPLEMENT_ROW (PROCESSING),

  { PROCESSING_HANDED, MC_DOSSIER_ACTION_ACKNOWLEDGE, PROCESSING_ROLES, MC_DOSSIER_STATUS_PROCESSING },
  { PROCESSING_HANDED, MC_DOSSIER_ACTION_SEND_BACK, PROCESSING_ROLES, MC_DOSSIER_STATUS_PROCESSING },

  PROCESSING_ROWS (PROCESSING_SUPPLIED),

  PROCESSING_ROWS (PROCESSING_DUE_SOON),
  SUPPLEMENT_ROW (PROCESSING_DUE_SOON),
  APOLOGY_ROW (PROCESSING_DUE_SOON, MC_DOSSIER_STATUS_PROCESSING),

  PROCESSING_ROWS (PROCESSING_OVERDUE),
  SUPPLEMENT_ROW (PROCESSING_OVERDUE),
  APOLOGY_ROW (PROCESSING_OVERDUE, MC_DOSSIER_STATUS_PROCESSING),

  PROCESSING_ROWS (PROCESSING_SORRY),
  SUPPLEMENT_ROW (PROCESSING_SORRY),

  { SUPPLEMENT_EARLY, MC_DOSSIER_ACTION_RECEIVE_SUPPLEMENT, COUNTER_ROLES, MC_DOSSIER_STATUS_REGISTERED },
  { SUPPLEMENT_EARLY, MC_DOSSIER_ACTION_REFUSE, COUNTER_ROLES, MC_DOSSIER_STATUS_REFUSED },
  { SUPPLEMENT_EARLY, MC_DOSSIER_ACTION_WITHDRAW, COUNTER_ROLES, MC_DOSSIER_STATUS_WITHDRAWN },
  { SUPPLEMENT_EARLY, MC_DOSSIER_ACTION_EDIT, ALL_ROLES, MC_DOSSIER_STATUS_SUPPLEMENT },

  { SUPPLEMENT, MC_DOSSIER_ACTION_RECEIVE_SUPPLEMENT, COUNTER_ROLES, MC_DOSSIER_STATUS_PROCESSING },
  { SUPPLEMENT, MC_DOSSIER_ACTION_STOP, PROCESSING_ROLES, MC_DOSSIER_STATUS_STOPPED },
  { SUPPLEMENT, MC_DOSSIER_ACTION_WITHDRAW, COUNTER_ROLES, MC_DOSSIER_STATUS_WITHDRAWN },
  { SUPPLEMENT, MC_DOSSIER_ACTION_EDIT, ALL_ROLES, MC_DOSSIER_STATUS_SUPPLEMENT },

  { SUPPLEMENT_OVERDUE, MC_DOSSIER_ACTION_RECEIVE_SUPPLEMENT, COUNTER_ROLES, MC_DOSSIER_STATUS_PROCESSING },
  { SUPPLEMENT_OVERDUE, MC_DOSSIER_ACTION_STOP, PROCESSING_ROLES, MC_DOSSIER_STATUS_STOPPED },
  { SUPPLEMENT_OVERDUE, MC_DOSSIER_ACTION_WITHDRAW, COUNTER_ROLES, MC_DOSSIER_STATUS_WITHDRAWN },
  { SUPPLEMENT_OVERDUE, MC_DOSSIER_ACTION_EDIT, ALL_ROLES, MC_DOSSIER_STATUS_SUPPLEMENT },
  APOLOGY_ROW (SUPPLEMENT_OVERDUE, MC_DOSSIER_STATUS_SUPPLEMENT),

  { PAYMENT, MC_DOSSIER_ACTION_RECORD_PAYMENT, COUNTER_ROLES, MC_DOSSIER_STATUS_PROCESSING },
  { PAYMENT, MC_DOSSIER_ACTION_STOP, PROCESSING_ROLES, MC_DOSSIER_STATUS_STOPPED },
  { PAYMENT, MC_DOSSIER_ACTION_WITHDRAW, COUNTER_ROLES, MC_DOSSIER_STATUS_WITHDRAWN },
  { PAYMENT, MC_DOSSIER_ACTION_EDIT, ALL_ROLES, MC_DOSSIER_STATUS_PAYMENT },

  { PAYMENT_DUE_SOON, MC_DOSSIER_ACTION_RECORD_PAYMENT, COUNTER_ROLES, MC_DOSSIER_STATUS_PROCESSING },
  { PAYMENT_DUE_SOON, MC_DOSSIER_ACTION_STOP, PROCESSING_ROLES, MC_DOSSIER_STATUS_STOPPED },
  { PAYMENT_DUE_SOON, MC_DOSSIER_ACTION_WITHDRAW, COUNTER_ROLES, MC_DOSSIER_STATUS_WITHDRAWN },
  { PAYMENT_DUE_SOON, MC_DOSSIER_ACTION_EDIT, ALL_ROLES, MC_DOSSIER_STATUS_PAYMENT },
  APOLOGY_ROW (PAYMENT_DUE_SOON, MC_DOSSIER_STATUS_PAYMENT),

  { PROCESSED, MC_DOSSIER_ACTION_RETURN_RESULT, COUNTER_ROLES, MC_DOSSIER_STATUS_RETURNED },
  { PROCESSED, MC_DOSSIER_ACTION_EDIT, ALL_ROLES, MC_DOSSIER_STATUS_PROCESSED },

  { PROCESSED_OVERDUE, MC_DOSSIER_ACTION_RETURN_RESULT, COUNTER_ROLES, MC_DOSSIER_STATUS_RETURNED },
  { PROCESSED_OVERDUE, MC_DOSSIER_ACTION_EDIT, ALL_ROLES, MC_DOSSIER_STATUS_PROCESSED },

  { RETURNED, MC_DOSSIER_ACTION_EVALUATE, COUNTER_ROLES, MC_DOSSIER_STATUS_RETURNED },

#undef PROCESSING_ROWS
#undef SUPPLEMENT_ROW
#undef APOLOGY_ROW
};

static gboolean
lookup_allowed (Situation        situation,
                McDossierAction  action,
                McStaffRole      role,
                McDossierStatus *next)
{
  for (guint i = 0; i < G_N_ELEMENTS (allowed); i++)
    {
      if (allowed[i].situation == situation && allowed[i].action == action &&
          (allowed[i].roles & (1u << role)) != 0)
        {
          *next = allowed[i].next;
          return TRUE;
        }
    }

  return FALSE;
}

/* The refusal and its message, or NULL when allowed. */
static char *
refusal (Situation       situation,
         McDossierAction action,
         McStaffRole     role)
{
  g_autoptr(GError) error = NULL;
  McDossierStatus next = 99;

  if (mc_dossier_workflow_allows (&situations[situation], action, role, &next, &error))
    {
      g_assert_no_error (error);
      return NULL;
    }

  g_assert_error (error, MC_ERROR, MC_ERROR_INVALID);
  g_assert_cmpstr (error->message, !=, "");
  g_assert_cmpint (next, ==, 99);
  return g_strdup (error->message);
}

static void
assert_refused_because (Situation       situation,
                        McDossierAction action,
                        McStaffRole     role,
                        const char     *words)
{
  g_autofree char *message = refusal (situation, action, role);

  g_assert_nonnull (message);
  if (strstr (message, words) == NULL)
    g_error ("situation %d, action %s: “%s” does not say “%s”", situation,
             mc_dossier_action_get_label (action), message, words);
}

static void
test_every_combination (void)
{
  guint n_allowed = 0;

  for (Situation s = 0; s < N_SITUATIONS; s++)
    for (guint a = 0; a < MC_DOSSIER_N_ACTIONS; a++)
      for (guint r = 0; r < N_ROLES; r++)
        {
          g_autoptr(GError) error = NULL;
          McDossierStatus expected = 0, next = 99;
          gboolean expect = lookup_allowed (s, a, r, &expected);
          gboolean allows = mc_dossier_workflow_allows (&situations[s], a, r, &next, &error);

          if (allows != expect)
            g_error ("situation %d, action %s, role %u: expected %s, got %s (%s)", s,
                     mc_dossier_action_get_label (a), r, expect ? "allowed" : "refused",
                     allows ? "allowed" : "refused", error != NULL ? error->message : "");

          if (expect)
            {
              g_assert_no_error (error);
              g_assert_cmpint (next, ==, expected);
              n_allowed++;
            }
          else
            {
              g_assert_error (error, MC_ERROR, MC_ERROR_INVALID);
              g_assert_nonnull (error->message);
              g_assert_cmpstr (error->message, !=, "");
              g_assert_cmpint (next, ==, 99);
            }

          /* No output wanted. */
          g_assert_cmpint (mc_dossier_workflow_allows (&situations[s], a, r, NULL, NULL), ==, expect);
        }

  /* Every (row, role) of the table was reached once: no duplicate rows. */
  {
    guint n_rows = 0;

    for (guint i = 0; i < G_N_ELEMENTS (allowed); i++)
      for (guint r = 0; r < N_ROLES; r++)
        n_rows += (allowed[i].roles >> r) & 1;
    g_assert_cmpuint (n_allowed, ==, n_rows);
  }

  /* Each status appears among the situations. */
  for (guint status = 0; status < N_STATUSES; status++)
    {
      gboolean found = FALSE;

      for (Situation s = 0; s < N_SITUATIONS; s++)
        found |= (guint) situations[s].status == status;
      g_assert_true (found);
    }
}

/* A refusal says whether the status or the role is at fault. */
static void
test_status_or_role (void)
{
  g_autofree char *status_message = refusal (PROCESSED, MC_DOSSIER_ACTION_MARK_PROCESSED, MC_STAFF_ROLE_OFFICER);
  g_autofree char *clerk_message = refusal (PROCESSING, MC_DOSSIER_ACTION_MARK_PROCESSED, MC_STAFF_ROLE_CLERK);
  g_autofree char *officer_message = refusal (PROCESSED, MC_DOSSIER_ACTION_RETURN_RESULT, MC_STAFF_ROLE_OFFICER);
  g_autofree char *leader_message = refusal (NEW, MC_DOSSIER_ACTION_RECEIVE, MC_STAFF_ROLE_LEADER);

  g_assert_cmpstr (status_message, ==, "“Mark Processed” is not possible while the dossier is “Processed”.");
  g_assert_cmpstr (clerk_message, ==,
                   "At this stage “Mark Processed” is done by the processing officer or a leader; "
                   "your role may not do it.");
  g_assert_cmpstr (officer_message, ==,
                   "At this stage “Return Result” is done at the one-stop counter; your role may not do it.");
  g_assert_cmpstr (leader_message, ==,
                   "At this stage “Receive” is done at the one-stop counter; your role may not do it.");

  /* The hand-over depends on the stage: the counter from 2, an officer
   * from 4; a supplement request too (before and after acceptance). */
  assert_refused_because (ACCEPTED, MC_DOSSIER_ACTION_HAND_OVER, MC_STAFF_ROLE_OFFICER, "one-stop counter");
  assert_refused_because (PROCESSING, MC_DOSSIER_ACTION_HAND_OVER, MC_STAFF_ROLE_CLERK, "processing officer");
  assert_refused_because (REGISTERED, MC_DOSSIER_ACTION_REQUEST_SUPPLEMENT, MC_STAFF_ROLE_OFFICER,
                          "one-stop counter");
  assert_refused_because (PROCESSING, MC_DOSSIER_ACTION_REQUEST_SUPPLEMENT, MC_STAFF_ROLE_CLERK,
                          "processing officer");

  assert_refused_because (NEW, MC_DOSSIER_ACTION_EDIT, MC_STAFF_ROLE_ADMINISTRATOR, "no dossier yet");
  assert_refused_because (REFUSED, MC_DOSSIER_ACTION_EDIT, MC_STAFF_ROLE_ADMINISTRATOR, "closed");
  assert_refused_because (PROCESSING, MC_DOSSIER_ACTION_REFUSE, MC_STAFF_ROLE_CLERK, "already accepted");
  assert_refused_because (SUPPLEMENT_EARLY, MC_DOSSIER_ACTION_STOP, MC_STAFF_ROLE_OFFICER, "refuse it");
  assert_refused_because (PROCESSING, MC_DOSSIER_ACTION_ACKNOWLEDGE, MC_STAFF_ROLE_OFFICER, "No hand-over");
  assert_refused_because (ACCEPTED, MC_DOSSIER_ACTION_SEND_BACK, MC_STAFF_ROLE_OFFICER, "No hand-over");
  assert_refused_because (ACCEPTED_HANDED, MC_DOSSIER_ACTION_ACKNOWLEDGE, MC_STAFF_ROLE_CLERK,
                          "processing officer");
}

static void
test_legal_refusals (void)
{
  /* Once after acceptance; any number of times before. */
  for (guint r = MC_STAFF_ROLE_OFFICER; r < N_ROLES; r++)
    {
      g_autofree char *message = refusal (PROCESSING_SUPPLIED, MC_DOSSIER_ACTION_REQUEST_SUPPLEMENT, r);

      g_assert_cmpstr (message, ==,
                       "A dossier may be sent back for supplements only once after it was accepted "
                       "(Nghị định 61/2018, Article 18); the national scoring counts a second "
                       "request as late.");
    }
  {
    McDossierFacts facts = situations[REGISTERED];

    facts.supplements_after_acceptance = 3;
    g_assert_true (mc_dossier_workflow_allows (&facts, MC_DOSSIER_ACTION_REQUEST_SUPPLEMENT,
                                               MC_STAFF_ROLE_CLERK, NULL, NULL));
  }

  /* The apology: once, from the last working day, before the result. */
  assert_refused_because (PROCESSING_SORRY, MC_DOSSIER_ACTION_APOLOGIZE, MC_STAFF_ROLE_LEADER,
                          "The new appointment date may be set only once");
  assert_refused_because (PROCESSING, MC_DOSSIER_ACTION_APOLOGIZE, MC_STAFF_ROLE_OFFICER,
                          "An apology letter can be made once at most one working day is left");
  assert_refused_because (PAYMENT, MC_DOSSIER_ACTION_APOLOGIZE, MC_STAFF_ROLE_ADMINISTRATOR,
                          "at most one working day is left before the deadline");
  assert_refused_because (RETURNED, MC_DOSSIER_ACTION_APOLOGIZE, MC_STAFF_ROLE_OFFICER,
                          "The result was already returned");
  assert_refused_because (PROCESSED_OVERDUE, MC_DOSSIER_ACTION_APOLOGIZE, MC_STAFF_ROLE_OFFICER,
                          "already processed");
  assert_refused_because (PROCESSING_OVERDUE, MC_DOSSIER_ACTION_APOLOGIZE, MC_STAFF_ROLE_CLERK,
                          "processing officer");

  /* One evaluation, once the result is returned. */
  assert_refused_because (RETURNED_EVALUATED, MC_DOSSIER_ACTION_EVALUATE, MC_STAFF_ROLE_CLERK,
                          "already recorded");
  assert_refused_because (PROCESSED, MC_DOSSIER_ACTION_EVALUATE, MC_STAFF_ROLE_CLERK,
                          "once the result is returned");
}

/* While a hand-over waits, only its receiver's answer is possible. */
static void
test_pending_handover (void)
{
  const Situation handed[] = { ACCEPTED_HANDED, PROCESSING_HANDED };

  for (guint i = 0; i < G_N_ELEMENTS (handed); i++)
    for (guint a = 0; a < MC_DOSSIER_N_ACTIONS; a++)
      for (guint r = 0; r < N_ROLES; r++)
        {
          g_autofree char *message = NULL;

          if (a == MC_DOSSIER_ACTION_ACKNOWLEDGE || a == MC_DOSSIER_ACTION_SEND_BACK)
            continue;

          message = refusal (handed[i], a, r);
          g_assert_nonnull (message);
          g_assert_nonnull (strstr (message, "acknowledge the hand-over"));
        }

  /* A flag left over outside 2 and 4 means nothing. */
  {
    McDossierFacts facts = situations[PROCESSED];

    facts.handover_pending = TRUE;
    g_assert_true (mc_dossier_workflow_allows (&facts, MC_DOSSIER_ACTION_RETURN_RESULT,
                                               MC_STAFF_ROLE_CLERK, NULL, NULL));
  }
}

static void
test_apology_owed (void)
{
  McDeadlineState states[] = { MC_DEADLINE_IN_TIME, MC_DEADLINE_DUE_SOON, MC_DEADLINE_OVERDUE };

  for (guint status = 0; status < N_STATUSES; status++)
    for (guint d = 0; d < G_N_ELEMENTS (states); d++)
      for (guint given = 0; given < 2; given++)
        for (guint pending = 0; pending < 2; pending++)
          {
            McDossierFacts facts = { 0 };
            gboolean expected;

            facts.status = status;
            facts.accepted = status != MC_DOSSIER_STATUS_REGISTERED;
            facts.deadline_state = states[d];
            facts.apology_given = given;
            facts.handover_pending = pending;
            expected = (status == MC_DOSSIER_STATUS_PROCESSING ||
                        status == MC_DOSSIER_STATUS_SUPPLEMENT ||
                        status == MC_DOSSIER_STATUS_PAYMENT) &&
                       states[d] == MC_DEADLINE_OVERDUE && !given;

            g_assert_cmpint (mc_dossier_workflow_apology_owed (&facts), ==, expected);

            /* Owed means it can be given, once any hand-over is taken. */
            if (expected && !pending)
              g_assert_true (mc_dossier_workflow_allows (&facts, MC_DOSSIER_ACTION_APOLOGIZE,
                                                         MC_STAFF_ROLE_OFFICER, NULL, NULL));
          }
}

static void
test_list_actions (void)
{
  for (Situation s = 0; s < N_SITUATIONS; s++)
    for (guint r = 0; r < N_ROLES; r++)
      {
        g_autoptr(GArray) actions = mc_dossier_workflow_list_actions (&situations[s], r);
        guint j = 0;

        g_assert_nonnull (actions);
        for (guint a = 0; a < MC_DOSSIER_N_ACTIONS; a++)
          {
            if (!mc_dossier_workflow_allows (&situations[s], a, r, NULL, NULL))
              continue;
            g_assert_cmpuint (j, <, actions->len);
            g_assert_cmpint (g_array_index (actions, McDossierAction, j), ==, a);
            j++;
          }
        g_assert_cmpuint (j, ==, actions->len);
      }

  /* Final statuses offer nothing (but the evaluation, once). */
  {
    const Situation finals[] = { REFUSED, WITHDRAWN, STOPPED, RETURNED_EVALUATED };

    for (guint i = 0; i < G_N_ELEMENTS (finals); i++)
      for (guint r = 0; r < N_ROLES; r++)
        {
          g_autoptr(GArray) actions = mc_dossier_workflow_list_actions (&situations[finals[i]], r);

          g_assert_cmpuint (actions->len, ==, 0);
        }
  }
}

/* Counter intake, two officers, a supplement, the apology, the result. */
static void
test_apply (void)
{
  McDossierFacts facts = { 0 };
  g_autoptr(GError) error = NULL;

  g_assert_true (mc_dossier_workflow_apply (&facts, MC_DOSSIER_ACTION_RECEIVE, MC_STAFF_ROLE_CLERK, &error));
  g_assert_no_error (error);
  g_assert_cmpint (facts.status, ==, MC_DOSSIER_STATUS_ACCEPTED);
  g_assert_true (facts.accepted);

  g_assert_true (mc_dossier_workflow_apply (&facts, MC_DOSSIER_ACTION_HAND_OVER, MC_STAFF_ROLE_CLERK, NULL));
  g_assert_true (facts.handover_pending);
  g_assert_cmpint (facts.status, ==, MC_DOSSIER_STATUS_ACCEPTED);
  g_assert_true (mc_dossier_workflow_apply (&facts, MC_DOSSIER_ACTION_SEND_BACK, MC_STAFF_ROLE_OFFICER, NULL));
  g_assert_false (facts.handover_pending);
  g_assert_cmpint (facts.status, ==, MC_DOSSIER_STATUS_ACCEPTED);
  g_assert_true (mc_dossier_workflow_apply (&facts, MC_DOSSIER_ACTION_HAND_OVER, MC_STAFF_ROLE_CLERK, NULL));
  g_assert_true (mc_dossier_workflow_apply (&facts, MC_DOSSIER_ACTION_ACKNOWLEDGE, MC_STAFF_ROLE_OFFICER, NULL));
  g_assert_cmpint (facts.status, ==, MC_DOSSIER_STATUS_PROCESSING);
  g_assert_false (facts.handover_pending);

  g_assert_true (mc_dossier_workflow_apply (&facts, MC_DOSSIER_ACTION_REQUEST_SUPPLEMENT,
                                            MC_STAFF_ROLE_OFFICER, NULL));
  g_assert_cmpint (facts.status, ==, MC_DOSSIER_STATUS_SUPPLEMENT);
  g_assert_cmpuint (facts.supplements_after_acceptance, ==, 1);
  g_assert_true (mc_dossier_workflow_apply (&facts, MC_DOSSIER_ACTION_RECEIVE_SUPPLEMENT,
                                            MC_STAFF_ROLE_CLERK, NULL));
  g_assert_cmpint (facts.status, ==, MC_DOSSIER_STATUS_PROCESSING);

  /* A refused action leaves the facts as they were. */
  {
    McDossierFacts before = facts;

    g_assert_false (mc_dossier_workflow_apply (&facts, MC_DOSSIER_ACTION_REQUEST_SUPPLEMENT,
                                               MC_STAFF_ROLE_OFFICER, &error));
    g_assert_error (error, MC_ERROR, MC_ERROR_INVALID);
    g_clear_error (&error);
    g_assert_cmpmem (&facts, sizeof facts, &before, sizeof before);
  }

  facts.deadline_state = MC_DEADLINE_OVERDUE;
  g_assert_true (mc_dossier_workflow_apology_owed (&facts));
  g_assert_true (mc_dossier_workflow_apply (&facts, MC_DOSSIER_ACTION_APOLOGIZE, MC_STAFF_ROLE_LEADER, NULL));
  g_assert_true (facts.apology_given);
  g_assert_false (mc_dossier_workflow_apology_owed (&facts));
  g_assert_false (mc_dossier_workflow_apply (&facts, MC_DOSSIER_ACTION_APOLOGIZE, MC_STAFF_ROLE_LEADER, NULL));

  g_assert_true (mc_dossier_workflow_apply (&facts, MC_DOSSIER_ACTION_HAND_OVER, MC_STAFF_ROLE_OFFICER, NULL));
  g_assert_true (mc_dossier_workflow_apply (&facts, MC_DOSSIER_ACTION_ACKNOWLEDGE, MC_STAFF_ROLE_LEADER, NULL));
  g_assert_true (mc_dossier_workflow_apply (&facts, MC_DOSSIER_ACTION_MARK_PROCESSED, MC_STAFF_ROLE_LEADER, NULL));
  g_assert_cmpint (facts.status, ==, MC_DOSSIER_STATUS_PROCESSED);
  g_assert_true (mc_dossier_workflow_apply (&facts, MC_DOSSIER_ACTION_RETURN_RESULT, MC_STAFF_ROLE_CLERK, NULL));
  g_assert_cmpint (facts.status, ==, MC_DOSSIER_STATUS_RETURNED);
  g_assert_true (mc_dossier_workflow_apply (&facts, MC_DOSSIER_ACTION_EVALUATE, MC_STAFF_ROLE_CLERK, NULL));
  g_assert_true (facts.evaluated);
  g_assert_false (mc_dossier_workflow_apply (&facts, MC_DOSSIER_ACTION_EVALUATE, MC_STAFF_ROLE_CLERK, NULL));
}

/* An online filing: supplements before acceptance do not count. */
static void
test_apply_online (void)
{
  McDossierFacts facts = { .status = MC_DOSSIER_STATUS_REGISTERED };

  for (guint i = 0; i < 2; i++)
    {
      g_assert_true (mc_dossier_workflow_apply (&facts, MC_DOSSIER_ACTION_REQUEST_SUPPLEMENT,
                                                MC_STAFF_ROLE_CLERK, NULL));
      g_assert_cmpint (facts.status, ==, MC_DOSSIER_STATUS_SUPPLEMENT);
      g_assert_true (mc_dossier_workflow_apply (&facts, MC_DOSSIER_ACTION_RECEIVE_SUPPLEMENT,
                                                MC_STAFF_ROLE_CLERK, NULL));
      g_assert_cmpint (facts.status, ==, MC_DOSSIER_STATUS_REGISTERED);
    }
  g_assert_cmpuint (facts.supplements_after_acceptance, ==, 0);

  g_assert_true (mc_dossier_workflow_apply (&facts, MC_DOSSIER_ACTION_ACCEPT, MC_STAFF_ROLE_CLERK, NULL));
  g_assert_cmpint (facts.status, ==, MC_DOSSIER_STATUS_ACCEPTED);
  g_assert_true (facts.accepted);
  g_assert_true (mc_dossier_workflow_apply (&facts, MC_DOSSIER_ACTION_HAND_OVER,
                                            MC_STAFF_ROLE_ADMINISTRATOR, NULL));
  g_assert_true (mc_dossier_workflow_apply (&facts, MC_DOSSIER_ACTION_ACKNOWLEDGE, MC_STAFF_ROLE_OFFICER, NULL));
  g_assert_true (mc_dossier_workflow_apply (&facts, MC_DOSSIER_ACTION_REQUEST_PAYMENT,
                                            MC_STAFF_ROLE_OFFICER, NULL));
  g_assert_cmpint (facts.status, ==, MC_DOSSIER_STATUS_PAYMENT);
  g_assert_true (mc_dossier_workflow_apply (&facts, MC_DOSSIER_ACTION_STOP, MC_STAFF_ROLE_LEADER, NULL));
  g_assert_cmpint (facts.status, ==, MC_DOSSIER_STATUS_STOPPED);
}

static void
test_labels (void)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint status = 0; status < N_STATUSES; status++)
    {
      const char *label = mc_dossier_status_get_label (status);

      g_assert_nonnull (label);
      g_assert_cmpstr (label, !=, "");
      g_assert_true (g_hash_table_add (seen, (gpointer) label));
    }
  g_assert_cmpstr (mc_dossier_status_get_label (MC_DOSSIER_STATUS_PROCESSING), ==, "Processing");
  g_assert_cmpstr (mc_dossier_status_get_label (MC_DOSSIER_STATUS_SUPPLEMENT), ==, "Waiting for supplements");
  g_assert_cmpstr (mc_dossier_status_get_label (MC_DOSSIER_STATUS_RETURNED), ==, "Result returned");

  g_hash_table_remove_all (seen);
  for (guint a = 0; a < MC_DOSSIER_N_ACTIONS; a++)
    {
      const char *label = mc_dossier_action_get_label (a);

      g_assert_nonnull (label);
      g_assert_cmpstr (label, !=, "");
      g_assert_true (g_hash_table_add (seen, (gpointer) label));
    }
  g_assert_cmpstr (mc_dossier_action_get_label (MC_DOSSIER_ACTION_HAND_OVER), ==, "Hand Over");
}

static void
test_requires_reason (void)
{
  const McDossierAction with_reason[] = {
    MC_DOSSIER_ACTION_REFUSE_AT_COUNTER,
    MC_DOSSIER_ACTION_SEND_BACK,
    MC_DOSSIER_ACTION_REQUEST_SUPPLEMENT,
    MC_DOSSIER_ACTION_REFUSE,
    MC_DOSSIER_ACTION_STOP,
    MC_DOSSIER_ACTION_APOLOGIZE,
  };

  for (guint a = 0; a < MC_DOSSIER_N_ACTIONS; a++)
    {
      gboolean expected = FALSE;

      for (guint i = 0; i < G_N_ELEMENTS (with_reason); i++)
        expected |= with_reason[i] == a;
      g_assert_cmpint (mc_dossier_action_requires_reason (a), ==, expected);
    }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/dossier-workflow/every-combination", test_every_combination);
  g_test_add_func ("/dossier-workflow/status-or-role", test_status_or_role);
  g_test_add_func ("/dossier-workflow/legal-refusals", test_legal_refusals);
  g_test_add_func ("/dossier-workflow/pending-handover", test_pending_handover);
  g_test_add_func ("/dossier-workflow/apology-owed", test_apology_owed);
  g_test_add_func ("/dossier-workflow/list-actions", test_list_actions);
  g_test_add_func ("/dossier-workflow/apply", test_apply);
  g_test_add_func ("/dossier-workflow/apply-online", test_apply_online);
  g_test_add_func ("/dossier-workflow/labels", test_labels);
  g_test_add_func ("/dossier-workflow/requires-reason", test_requires_reason);

  return g_test_run ();
}
