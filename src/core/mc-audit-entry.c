/* mc-audit-entry.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-audit-entry"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "mc-audit.h"
#include "mc-audit-entry.h"
#include "mc-working-calendar.h"

/* One line of the audit view: a step of a dossier or another change,
 * read by mc_audit_query_run(). Immutable. */

struct _McAuditEntry
{
  GObject        parent_instance;

  McAuditSource  source;
  gint64         id;
  gint64         device_time;
  gint64         effective_time;
  gint64         actor_id;
  char          *actor_name;
  char          *workstation;
  char          *kind;
  int            action;
  char          *subject;
  char          *dossier_code;
  char          *note;
  char          *details;
  gboolean       entered_late;
};

G_DEFINE_FINAL_TYPE (McAuditEntry, mc_audit_entry, G_TYPE_OBJECT)

static void
mc_audit_entry_finalize (GObject *object)
{
  McAuditEntry *self = (McAuditEntry *)object;

  g_free (self->actor_name);
  g_free (self->workstation);
  g_free (self->kind);
  g_free (self->subject);
  g_free (self->dossier_code);
  g_free (self->note);
  g_free (self->details);

  G_OBJECT_CLASS (mc_audit_entry_parent_class)->finalize (object);
}

static void
mc_audit_entry_class_init (McAuditEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = mc_audit_entry_finalize;
}

static void
mc_audit_entry_init (McAuditEntry *self)
{
  self->action = -1;
}

/**
 * mc_audit_entry_new:
 * @fields: the line's columns, copied
 *
 * Returns: (transfer full): a new line
 */
McAuditEntry *
mc_audit_entry_new (const McAuditEntryFields *fields)
{
  McAuditEntry *self;

  g_return_val_if_fail (fields != NULL, NULL);

  self = g_object_new (MC_TYPE_AUDIT_ENTRY, NULL);
  self->source = fields->source;
  self->id = fields->id;
  self->device_time = fields->device_time;
  self->effective_time = fields->effective_time;
  self->actor_id = fields->actor_id;
  self->actor_name = g_strdup (fields->actor_name != NULL ? fields->actor_name : "");
  self->workstation = g_strdup (fields->workstation != NULL ? fields->workstation : "");
  self->kind = g_strdup (fields->kind);
  self->action = fields->action;
  self->subject = g_strdup (fields->subject != NULL ? fields->subject : "");
  self->dossier_code = g_strdup (fields->dossier_code);
  self->note = g_strdup (fields->note != NULL ? fields->note : "");
  self->details = g_strdup (fields->details != NULL ? fields->details : "{}");
  self->entered_late = fields->entered_late;

  return self;
}

McAuditSource
mc_audit_entry_get_source (McAuditEntry *self)
{
  g_return_val_if_fail (MC_IS_AUDIT_ENTRY (self), MC_AUDIT_SOURCE_ENTRY);

  return self->source;
}

gint64
mc_audit_entry_get_id (McAuditEntry *self)
{
  g_return_val_if_fail (MC_IS_AUDIT_ENTRY (self), 0);

  return self->id;
}

/**
 * mc_audit_entry_get_device_time:
 * @self: a #McAuditEntry
 *
 * Returns: when the change was recorded, by this computer's clock, in
 *   Unix microseconds
 */
gint64
mc_audit_entry_get_device_time (McAuditEntry *self)
{
  g_return_val_if_fail (MC_IS_AUDIT_ENTRY (self), 0);

  return self->device_time;
}

/**
 * mc_audit_entry_get_effective_time:
 * @self: a #McAuditEntry
 *
 * Returns: when it happened: for a step entered late from a paper
 *   register, before it was recorded; otherwise the device time
 */
gint64
mc_audit_entry_get_effective_time (McAuditEntry *self)
{
  g_return_val_if_fail (MC_IS_AUDIT_ENTRY (self), 0);

  return self->effective_time;
}

/**
 * mc_audit_entry_dup_time:
 * @self: a #McAuditEntry
 *
 * Returns: (transfer full): the device time in the office's time zone
 */
GDateTime *
mc_audit_entry_dup_time (McAuditEntry *self)
{
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDateTime) exact = NULL;

  g_return_val_if_fail (MC_IS_AUDIT_ENTRY (self), NULL);

  utc = g_date_time_new_from_unix_utc (self->device_time / G_USEC_PER_SEC);
  exact = g_date_time_add (utc, self->device_time % G_USEC_PER_SEC);
  return g_date_time_to_timezone (exact, mc_working_calendar_get_time_zone ());
}

/**
 * mc_audit_entry_get_actor_id:
 * @self: a #McAuditEntry
 *
 * Returns: the staff account that made the change; 0 for an actor
 *   without one (motcua-cli, the system account)
 */
gint64
mc_audit_entry_get_actor_id (McAuditEntry *self)
{
  g_return_val_if_fail (MC_IS_AUDIT_ENTRY (self), 0);

  return self->actor_id;
}

const char *
mc_audit_entry_get_actor_name (McAuditEntry *self)
{
  g_return_val_if_fail (MC_IS_AUDIT_ENTRY (self), NULL);

  return self->actor_name;
}

const char *
mc_audit_entry_get_workstation (McAuditEntry *self)
{
  g_return_val_if_fail (MC_IS_AUDIT_ENTRY (self), NULL);

  return self->workstation;
}

/**
 * mc_audit_entry_get_kind:
 * @self: a #McAuditEntry
 *
 * Returns: (nullable): the kind of an audit entry, one of the MC_AUDIT_*
 *   kinds; %NULL for a step of a dossier
 */
const char *
mc_audit_entry_get_kind (McAuditEntry *self)
{
  g_return_val_if_fail (MC_IS_AUDIT_ENTRY (self), NULL);

  return self->kind;
}

/**
 * mc_audit_entry_get_action:
 * @self: a #McAuditEntry
 *
 * Returns: the #McDossierAction of a step; -1 for another change
 */
int
mc_audit_entry_get_action (McAuditEntry *self)
{
  g_return_val_if_fail (MC_IS_AUDIT_ENTRY (self), -1);

  return self->action;
}

/**
 * mc_audit_entry_get_subject:
 * @self: a #McAuditEntry
 *
 * Returns: what the change was made to: a dossier's code, a user name, a
 *   date; "" for the office's settings
 */
const char *
mc_audit_entry_get_subject (McAuditEntry *self)
{
  g_return_val_if_fail (MC_IS_AUDIT_ENTRY (self), NULL);

  return self->subject;
}

/**
 * mc_audit_entry_get_dossier_code:
 * @self: a #McAuditEntry
 *
 * Returns: (nullable): the code of the dossier the change is about
 */
const char *
mc_audit_entry_get_dossier_code (McAuditEntry *self)
{
  g_return_val_if_fail (MC_IS_AUDIT_ENTRY (self), NULL);

  return self->dossier_code;
}

/**
 * mc_audit_entry_get_note:
 * @self: a #McAuditEntry
 *
 * Returns: a step's reason or note; "" when none
 */
const char *
mc_audit_entry_get_note (McAuditEntry *self)
{
  g_return_val_if_fail (MC_IS_AUDIT_ENTRY (self), NULL);

  return self->note;
}

/**
 * mc_audit_entry_get_details:
 * @self: a #McAuditEntry
 *
 * Returns: a JSON object: the data of a step's form, or the values an
 *   audit entry's change altered
 */
const char *
mc_audit_entry_get_details (McAuditEntry *self)
{
  g_return_val_if_fail (MC_IS_AUDIT_ENTRY (self), NULL);

  return self->details;
}

gboolean
mc_audit_entry_get_entered_late (McAuditEntry *self)
{
  g_return_val_if_fail (MC_IS_AUDIT_ENTRY (self), FALSE);

  return self->entered_late;
}

/**
 * mc_audit_entry_get_label:
 * @self: a #McAuditEntry
 *
 * Returns: what was done, for people: the step's action ("Accept") or
 *   the audit entry's kind ("Account created")
 */
const char *
mc_audit_entry_get_label (McAuditEntry *self)
{
  g_return_val_if_fail (MC_IS_AUDIT_ENTRY (self), NULL);

  if (self->source == MC_AUDIT_SOURCE_DOSSIER_EVENT)
    {
      /* A step of a newer version of the application. */
      if (self->action < 0 || self->action >= MC_DOSSIER_N_ACTIONS)
        return _("Step of a dossier");
      return mc_dossier_action_get_label (self->action);
    }

  return mc_audit_kind_get_label (self->kind);
}
