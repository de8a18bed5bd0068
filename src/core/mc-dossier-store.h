/* mc-dossier-store.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mc-database.h"
#include "mc-dossier.h"
#include "mc-dossier-code.h"

G_BEGIN_DECLS

/* Who takes a step, written into its event. */
typedef struct
{
  gint64       staff_id;     /* 0: no staff account (motcua-cli) */
  const char  *name;
  const char  *title;        /* nullable */
  McStaffRole  role;
  const char  *workstation;
} McActor;

/* An actor that owns its strings, for what keeps one (a request on its
 * way to the worker, a page). */
typedef struct
{
  McActor  actor;
  char    *name;
  char    *title;
  char    *workstation;
} McActorCopy;

void mc_actor_copy_init  (McActorCopy   *copy,
                          const McActor *actor);
void mc_actor_copy_clear (McActorCopy   *copy);

/* A paper of the intake form. */
typedef struct
{
  const char *name;
  guint       originals;
  guint       copies;
  gboolean    provided;
} McDraftComponent;

/* The intake form (Mẫu 01, or Mẫu 03 when refused at the counter).
 * Strings may be NULL for "not given"; zero numbers take the defaults. */
typedef struct
{
  const char             *procedure_code;
  McChannel               channel;          /* 0: at the counter */
  McApplicantType         applicant_type;   /* 0: a citizen */
  const char             *applicant_name;
  const char             *id_number;
  const char             *birth_date;       /* as typed, day first */
  const char             *phone;
  const char             *email;
  const char             *address;
  gboolean                delivery_by_post;
  guint                   set_count;        /* 0: one set */
  gint64                  fee;              /* đồng */
  const char             *note;
  const McDraftComponent *components;
  guint                   n_components;
  GDateTime              *received_at;      /* NULL: now */
  gboolean                refused;          /* refused at the counter */
  const char             *refusal_reason;
} McDossierDraft;

/* What a step may carry besides its action. */
typedef struct
{
  const char *note;              /* the reason, where the action needs one */
  gint64      receiver_id;       /* HAND_OVER: the staff member it goes to; 0 anyone */
  GDateTime  *new_due_at;        /* APOLOGIZE: the new appointment */
  const char *details;           /* JSON object of the step's form; NULL "{}".
                                  * The store adds the Mẫu 05 step result to
                                  * hand-overs, acknowledgements and the end
                                  * of processing. */
  GDateTime  *effective_at;      /* when it happened; NULL: now */
  guint       expected_version;  /* 0: any; else refused if the dossier changed */
} McTransitionParams;

/* A correction of a dossier's data: the new values of every field it may
 * change, as the intake form takes them (McDossierDraft), and why. Fields
 * left as they are stay unchanged. */
typedef struct
{
  McApplicantType  applicant_type;   /* 0: a citizen */
  const char      *applicant_name;
  const char      *id_number;
  const char      *birth_date;       /* as typed, day first, or YYYY-MM-DD */
  const char      *phone;
  const char      *email;
  const char      *address;
  gboolean         delivery_by_post;
  guint            set_count;        /* 0: one set */
  gint64           fee;              /* đồng */
  const char      *note;
  const char      *reason;           /* why the data are corrected; required */
} McDossierEdit;

/* A step recorded more than this after it happened is "entered late". */
#define MC_DOSSIER_LATE_ENTRY_MINUTES 5

McDossier *mc_dossier_store_receive             (McDatabase               *db,
                                                 const McDossierDraft     *draft,
                                                 const McActor            *actor,
                                                 GDateTime                *now,
                                                 GError                  **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean   mc_dossier_store_transition          (McDatabase               *db,
                                                 const char               *code,
                                                 McDossierAction           action,
                                                 const McActor            *actor,
                                                 const McTransitionParams *params,
                                                 GDateTime                *now,
                                                 GError                  **error);
gboolean   mc_dossier_store_edit                (McDatabase               *db,
                                                 const char               *code,
                                                 const McDossierEdit      *edit,
                                                 const McActor            *actor,
                                                 gint64                    expected_version,
                                                 GDateTime                *now,
                                                 GError                  **error);
McDossier *mc_dossier_store_load                (McDatabase               *db,
                                                 const char               *code,
                                                 GError                  **error) G_GNUC_WARN_UNUSED_RESULT;
GPtrArray *mc_dossier_store_list_events         (McDatabase               *db,
                                                 const char               *code,
                                                 GError                  **error) G_GNUC_WARN_UNUSED_RESULT;
GPtrArray *mc_dossier_store_list                (McDatabase               *db,
                                                 McDossierStatus           status,
                                                 gboolean                  overdue_only,
                                                 GDateTime                *now,
                                                 guint                     limit,
                                                 GError                  **error) G_GNUC_WARN_UNUSED_RESULT;
gint64     mc_dossier_store_find_staff          (McDatabase               *db,
                                                 const char               *username,
                                                 GError                  **error);

gboolean   mc_dossier_store_set_office_identity (McDatabase               *db,
                                                 const char               *agency_code,
                                                 const char               *agency_name,
                                                 const char               *place_name,
                                                 GError                  **error);
gboolean   mc_dossier_store_set_workstation     (McDatabase               *db,
                                                 const char               *name,
                                                 const char               *range,
                                                 GError                  **error);
gboolean   mc_dossier_store_get_workstation     (McDatabase               *db,
                                                 char                    **name,
                                                 McNumberRange            *range,
                                                 GError                  **error);

G_END_DECLS
