/* mc-dossier-workflow.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mc-deadline.h"
#include "mc-enums.h"

G_BEGIN_DECLS

/* Not a TrangThaiHoSo: the counter has not entered the dossier yet. A
 * zero-initialised McDossierFacts is such a dossier. */
#define MC_DOSSIER_STATUS_NONE ((McDossierStatus) 0)

/* What staff can do to a dossier. Each is one event of its history. */
typedef enum
{
  MC_DOSSIER_ACTION_RECEIVE,            /* counter intake, Mẫu 01: none → 2 */
  MC_DOSSIER_ACTION_REFUSE_AT_COUNTER,  /* counter intake refused, Mẫu 03: none → 3 */
  MC_DOSSIER_ACTION_ACCEPT,             /* online or postal filing checked: 1 → 2 */
  MC_DOSSIER_ACTION_HAND_OVER,          /* to a processing officer; waits for acknowledgement */
  MC_DOSSIER_ACTION_ACKNOWLEDGE,        /* the receiver takes the hand-over: → 4 */
  MC_DOSSIER_ACTION_SEND_BACK,          /* the receiver returns a wrong hand-over to the giver */
  MC_DOSSIER_ACTION_REQUEST_SUPPLEMENT, /* Mẫu 02: 1 → 5 or 4 → 5 */
  MC_DOSSIER_ACTION_RECEIVE_SUPPLEMENT, /* 5 → 4, or 5 → 1 before acceptance */
  MC_DOSSIER_ACTION_REQUEST_PAYMENT,    /* financial obligation: 4 → 6 */
  MC_DOSSIER_ACTION_RECORD_PAYMENT,     /* 6 → 4 */
  MC_DOSSIER_ACTION_REFUSE,             /* a filing not accepted, Mẫu 03: 1 → 3 */
  MC_DOSSIER_ACTION_STOP,               /* stop processing an accepted dossier: → 8 */
  MC_DOSSIER_ACTION_WITHDRAW,           /* the citizen withdraws it: → 7 */
  MC_DOSSIER_ACTION_MARK_PROCESSED,     /* 4 → 9 */
  MC_DOSSIER_ACTION_RETURN_RESULT,      /* 9 → 10 */
  MC_DOSSIER_ACTION_APOLOGIZE,          /* Mẫu 04, new appointment date */
  MC_DOSSIER_ACTION_EVALUATE,           /* the citizen's evaluation, in 10 */
  MC_DOSSIER_ACTION_EDIT,               /* correct the dossier's data */
  MC_DOSSIER_ACTION_PRINT,              /* a form printed or saved; no transition */
  MC_DOSSIER_N_ACTIONS
} McDossierAction;

/* What the rules need to know about a dossier; the caller keeps these
 * from the dossier's events (mc_dossier_workflow_apply() updates them). */
typedef struct
{
  /* TrangThaiHoSo 1–10, or MC_DOSSIER_STATUS_NONE before intake. */
  McDossierStatus status;
  /* Accepted at some point (status 2 reached). Only status 5 needs it: a
   * supplement requested before acceptance returns the filing to the
   * counter's check (5 → 1), one during processing returns to 4. */
  gboolean        accepted;
  /* Handed over (status 2 or 4) and not yet acknowledged by the receiver:
   * nothing but acknowledging or sending back is possible meanwhile. */
  gboolean        handover_pending;
  /* Supplement requests since acceptance; requests before acceptance do
   * not count. */
  guint           supplements_after_acceptance;
  /* A Mẫu 04 apology was given and the new appointment date set. */
  gboolean        apology_given;
  /* Against the appointment date, as mc_deadline_state() gives it;
   * %MC_DEADLINE_DUE_SOON is "at most one working day left", when the
   * apology becomes possible. Ignored before acceptance. */
  McDeadlineState deadline_state;
  /* The citizen's evaluation is recorded. */
  gboolean        evaluated;
} McDossierFacts;

gboolean    mc_dossier_workflow_allows         (const McDossierFacts *facts,
                                                McDossierAction       action,
                                                McStaffRole           role,
                                                McDossierStatus      *next_status,
                                                GError              **error);
gboolean    mc_dossier_workflow_apply          (McDossierFacts       *facts,
                                                McDossierAction       action,
                                                McStaffRole           role,
                                                GError              **error);
GArray     *mc_dossier_workflow_list_actions   (const McDossierFacts *facts,
                                                McStaffRole           role) G_GNUC_WARN_UNUSED_RESULT;
gboolean    mc_dossier_workflow_apology_owed   (const McDossierFacts *facts);
gboolean    mc_dossier_action_requires_reason  (McDossierAction       action);

const char *mc_dossier_status_get_label        (McDossierStatus       status);
const char *mc_dossier_action_get_label        (McDossierAction       action);

G_END_DECLS
