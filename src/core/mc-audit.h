/* mc-audit.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mc-database.h"
#include "mc-dossier-store.h"

G_BEGIN_DECLS

/* The kinds of audit_entry (migration 0012). A kind "dossier.*" has a
 * dossier's code as its subject. */
#define MC_AUDIT_STAFF_CREATE              "staff.create"
#define MC_AUDIT_STAFF_ACTIVATE            "staff.activate"
#define MC_AUDIT_STAFF_DEACTIVATE          "staff.deactivate"
#define MC_AUDIT_STAFF_RESET_PASSWORD      "staff.reset-password"
#define MC_AUDIT_STAFF_CHANGE_PASSWORD     "staff.change-password"
#define MC_AUDIT_OFFICE_IDENTITY           "office.identity"
#define MC_AUDIT_OFFICE_WORKSTATION        "office.workstation"
#define MC_AUDIT_OFFICE_IDLE_LOCK          "office.idle-lock"
#define MC_AUDIT_OFFICE_FORMS              "office.forms"
#define MC_AUDIT_PORTAL_SETTINGS           "portal.settings"
#define MC_AUDIT_CALENDAR_DAY_SET          "calendar.day-set"
#define MC_AUDIT_CALENDAR_DAY_REMOVE       "calendar.day-remove"
#define MC_AUDIT_CALENDAR_YEAR_CONFIRM     "calendar.year-confirm"
#define MC_AUDIT_CALENDAR_OFFICE_HOURS     "calendar.office-hours"
#define MC_AUDIT_CALENDAR_DIFFERENCE       "calendar.difference-settle"
#define MC_AUDIT_DOSSIER_CONFLICT          "dossier.conflict-resolve"
#define MC_AUDIT_BACKUP_CREATE             "backup.create"
#define MC_AUDIT_BACKUP_RESTORE            "backup.restore"

/* The values of some settings before a change, to record which of them
 * the change altered (mc_audit_settings_record()). */
typedef struct _McAuditSettings McAuditSettings;

gboolean         mc_audit_record          (McDatabase          *db,
                                           const McActor       *actor,
                                           const char          *kind,
                                           const char          *subject,
                                           const char          *details_json,
                                           GError             **error);
char            *mc_audit_details         (const char          *first_key,
                                           ...) G_GNUC_NULL_TERMINATED G_GNUC_WARN_UNUSED_RESULT;
void             mc_audit_set_signed_in   (McDatabase          *db,
                                           const McActor       *actor);
const McActor   *mc_audit_get_signed_in   (McDatabase          *db);
const char      *mc_audit_kind_get_label  (const char          *kind);
gboolean         mc_audit_kind_is_dossier (const char          *kind);

McAuditSettings *mc_audit_settings_read   (McDatabase          *db,
                                           const char * const  *keys,
                                           GError             **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean         mc_audit_settings_record (McAuditSettings     *before,
                                           McDatabase          *db,
                                           const McActor       *actor,
                                           const char          *kind,
                                           const char          *subject,
                                           GError             **error);
void             mc_audit_settings_free   (McAuditSettings     *settings);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (McAuditSettings, mc_audit_settings_free)

G_END_DECLS
