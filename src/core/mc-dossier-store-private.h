/* mc-dossier-store-private.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mc-dossier-store.h"
#include "mc-dossier-workflow.h"
#include "mc-working-calendar.h"

G_BEGIN_DECLS

/* Shared by the files of the dossier store (mc-dossier-store.c,
 * mc-dossier-fields.c, mc-dossier-transition.c, mc-dossier-edit.c and
 * mc-dossier-settings.c); not part of its API. */

/* A row of dossier_event: the history of a dossier. */
typedef struct
{
  gint64           dossier_id;
  McDossierAction  action;
  McDossierStatus  status_before;
  McDossierStatus  status_after;
  gint64           receiver_id;
  gint64           device_time;
  gint64           effective_time;
  const char      *note;
  const char      *details;
  guint            version;
} EventRow;

/* The draft's fields, checked and normalised. */
typedef struct
{
  McChannel        channel;
  McApplicantType  applicant_type;
  char            *applicant_name;
  char            *id_number;
  char            *birth_date;
  char            *phone;
  char            *email;
  char            *address;
  guint            set_count;
  char            *note;
  char            *reason;
} CheckedDraft;

/* The fields of the applicant and the dossier that the intake form sets
 * and a correction may change. */
typedef struct
{
  McApplicantType  applicant_type;   /* 0: a citizen */
  const char      *applicant_name;
  const char      *id_number;
  const char      *birth_date;
  const char      *phone;
  const char      *email;
  const char      *address;
  guint            set_count;        /* 0: one set */
  gint64           fee;
  const char      *note;
} FieldsInput;

/* What a step needs to know of the dossier it is taken on. */
typedef struct
{
  gint64          id;
  McDossierFacts  facts;
  gint64          due_at;
  gint64          paused_at;     /* 0: not paused */
  gint64          finished_at;   /* 0: not yet */
  gint64          returned_at;
  gint64          assignee_id;
  guint           version;
  gint64          last_step;     /* effective time of the last event */
  gint64          legal_due_at;  /* the appointment before apologies, or 0 */
  guint           supplement_requests;
} DossierState;

/* mc-dossier-store.c: rows, events and checks of every step */

const char *
_mc_dossier_store_column_text (sqlite3_stmt *stmt,
                               int           column);

gint64
_mc_dossier_store_to_usec (GDateTime *moment);

GDateTime *
_mc_dossier_store_from_usec (gint64 usec);

void
_mc_dossier_store_bind_optional_int64 (sqlite3_stmt *stmt,
                                       int           index,
                                       gint64        value);

char *
_mc_dossier_store_read_setting (McDatabase  *db,
                                const char  *key,
                                GError     **error);

McWorkingCalendar *
_mc_dossier_store_load_calendar (McDatabase  *db,
                                 GDateTime   *first,
                                 GDateTime   *last,
                                 int         *cutoff,
                                 GError     **error);

gboolean
_mc_dossier_store_insert_event (McDatabase      *db,
                                const McActor   *actor,
                                const EventRow  *row,
                                GError         **error);

gboolean
_mc_dossier_store_check_actor (const McActor  *actor,
                               GError        **error);

gboolean
_mc_dossier_store_check_not_future (gint64   effective,
                                    gint64   device,
                                    GError **error);

/* mc-dossier-fields.c: the fields of the intake form and of a correction */

void
_mc_dossier_store_checked_draft_clear (CheckedDraft *checked);

gboolean
_mc_dossier_store_is_given (const char *text);

gboolean
_mc_dossier_store_field_error (GError     **error,
                               GError      *cause,
                               const char  *field);

gboolean
_mc_dossier_store_check_fields (const FieldsInput  *input,
                                GDateTime          *day,
                                CheckedDraft       *checked,
                                GError            **error);

gboolean
_mc_dossier_store_check_draft (const McDossierDraft  *draft,
                               GDateTime             *received,
                               CheckedDraft          *checked,
                               GError               **error);

/* mc-dossier-transition.c: the state a step or a correction starts from */

gboolean
_mc_dossier_store_load_state (McDatabase    *db,
                              const char    *code,
                              DossierState  *state,
                              GError       **error);

gboolean
_mc_dossier_store_check_version (guint    stored,
                                 gint64   expected,
                                 GError **error);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (CheckedDraft, _mc_dossier_store_checked_draft_clear)

G_END_DECLS
