/* mc-dossier.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>
#include <json-glib/json-glib.h>

#include "mc-dossier-workflow.h"
#include "mc-enums.h"

G_BEGIN_DECLS

/* A paper checked at the counter. */
typedef struct
{
  char     *name;
  guint     originals;
  guint     copies;
  gboolean  provided;
} McDossierComponent;

/* One step of a dossier's history: a row of dossier_event. */
typedef struct
{
  char            *step_id;
  McDossierAction  action;
  McDossierStatus  status_before;  /* MC_DOSSIER_STATUS_NONE for the intake */
  McDossierStatus  status_after;
  gint64           actor_id;       /* 0: no staff account (the CLI) */
  char            *actor_name;
  char            *actor_title;
  gint64           receiver_id;    /* 0: none */
  char            *workstation;
  GDateTime       *device_time;
  GDateTime       *effective_time;
  gboolean         entered_late;
  char            *note;
  char            *details;        /* JSON object */
  guint            version;        /* the dossier's version after the step */
} McDossierEvent;

#define MC_TYPE_DOSSIER (mc_dossier_get_type ())

G_DECLARE_FINAL_TYPE (McDossier, mc_dossier, MC, DOSSIER, GObject)

void             mc_dossier_component_free        (McDossierComponent *component);
void             mc_dossier_event_free            (McDossierEvent     *event);
JsonObject      *mc_dossier_event_parse_details   (const McDossierEvent *event) G_GNUC_WARN_UNUSED_RESULT;
const char      *mc_dossier_details_get_text      (JsonObject         *details,
                                                  const char         *member);

const char      *mc_dossier_get_code              (McDossier          *self);
const char      *mc_dossier_get_procedure_code    (McDossier          *self);
const char      *mc_dossier_get_procedure_name    (McDossier          *self);
McDossierStatus  mc_dossier_get_status            (McDossier          *self);
McChannel        mc_dossier_get_channel           (McDossier          *self);
McApplicantType  mc_dossier_get_applicant_type    (McDossier          *self);
const char      *mc_dossier_get_applicant_name    (McDossier          *self);
const char      *mc_dossier_get_id_number         (McDossier          *self);
const char      *mc_dossier_get_birth_date        (McDossier          *self);
const char      *mc_dossier_get_phone             (McDossier          *self);
const char      *mc_dossier_get_email             (McDossier          *self);
const char      *mc_dossier_get_address           (McDossier          *self);
gboolean         mc_dossier_get_delivery_by_post  (McDossier          *self);
guint            mc_dossier_get_set_count         (McDossier          *self);
gint64           mc_dossier_get_fee               (McDossier          *self);
const char      *mc_dossier_get_note              (McDossier          *self);
GDateTime       *mc_dossier_get_received_at       (McDossier          *self);
GDateTime       *mc_dossier_get_due_at            (McDossier          *self);
GDateTime       *mc_dossier_get_original_due_at   (McDossier          *self);
GDateTime       *mc_dossier_get_paused_at         (McDossier          *self);
GDateTime       *mc_dossier_get_finished_at       (McDossier          *self);
GDateTime       *mc_dossier_get_returned_at       (McDossier          *self);
gint64           mc_dossier_get_assignee_id       (McDossier          *self);
const char      *mc_dossier_get_assignee_name     (McDossier          *self);
const char      *mc_dossier_get_workstation       (McDossier          *self);
gboolean         mc_dossier_get_entered_late      (McDossier          *self);
guint            mc_dossier_get_version           (McDossier          *self);
void             mc_dossier_get_facts             (McDossier          *self,
                                                   McDossierFacts     *facts);
GPtrArray       *mc_dossier_get_components        (McDossier          *self);
void             mc_dossier_add_component         (McDossier          *self,
                                                   McDossierComponent *component);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (McDossierComponent, mc_dossier_component_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (McDossierEvent, mc_dossier_event_free)

G_END_DECLS
