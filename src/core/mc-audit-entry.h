/* mc-audit-entry.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "mc-dossier-workflow.h"

G_BEGIN_DECLS

/* Where a line of the audit view comes from. */
typedef enum
{
  MC_AUDIT_SOURCE_DOSSIER_EVENT,  /* a step of a dossier (dossier_event) */
  MC_AUDIT_SOURCE_ENTRY,          /* another change (audit_entry) */
} McAuditSource;

/* The columns of a line, as the query reads them. */
typedef struct
{
  McAuditSource  source;
  gint64         id;
  gint64         device_time;     /* Unix microseconds: when it was recorded */
  gint64         effective_time;  /* when it happened (a step entered late) */
  gint64         actor_id;        /* 0: no staff account */
  const char    *actor_name;
  const char    *workstation;
  const char    *kind;            /* an audit entry's kind; NULL for a step */
  int            action;          /* a step's McDossierAction; -1 otherwise */
  const char    *subject;
  const char    *dossier_code;    /* NULL unless about a dossier */
  const char    *note;
  const char    *details;         /* JSON object */
  gboolean       entered_late;
} McAuditEntryFields;

#define MC_TYPE_AUDIT_ENTRY (mc_audit_entry_get_type ())

G_DECLARE_FINAL_TYPE (McAuditEntry, mc_audit_entry, MC, AUDIT_ENTRY, GObject)

McAuditEntry  *mc_audit_entry_new                (const McAuditEntryFields *fields) G_GNUC_WARN_UNUSED_RESULT;
McAuditSource  mc_audit_entry_get_source         (McAuditEntry             *self);
gint64         mc_audit_entry_get_id             (McAuditEntry             *self);
gint64         mc_audit_entry_get_device_time    (McAuditEntry             *self);
gint64         mc_audit_entry_get_effective_time (McAuditEntry             *self);
GDateTime     *mc_audit_entry_dup_time           (McAuditEntry             *self) G_GNUC_WARN_UNUSED_RESULT;
gint64         mc_audit_entry_get_actor_id       (McAuditEntry             *self);
const char    *mc_audit_entry_get_actor_name     (McAuditEntry             *self);
const char    *mc_audit_entry_get_workstation    (McAuditEntry             *self);
const char    *mc_audit_entry_get_kind           (McAuditEntry             *self);
int            mc_audit_entry_get_action         (McAuditEntry             *self);
const char    *mc_audit_entry_get_subject        (McAuditEntry             *self);
const char    *mc_audit_entry_get_dossier_code   (McAuditEntry             *self);
const char    *mc_audit_entry_get_note           (McAuditEntry             *self);
const char    *mc_audit_entry_get_details        (McAuditEntry             *self);
gboolean       mc_audit_entry_get_entered_late   (McAuditEntry             *self);
const char    *mc_audit_entry_get_label          (McAuditEntry             *self);

G_END_DECLS
