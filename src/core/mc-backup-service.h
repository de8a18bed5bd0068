/* mc-backup-service.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "mc-backup.h"

G_BEGIN_DECLS

/* A backup is due when the newest one is this old. */
#define MC_BACKUP_SERVICE_MAX_AGE (24 * G_TIME_SPAN_HOUR)

/* Returns the time now; the tests' clock runs a simulated year. */
typedef GDateTime * (*McBackupClock) (gpointer user_data);

#define MC_TYPE_BACKUP_SERVICE (mc_backup_service_get_type ())

G_DECLARE_FINAL_TYPE (McBackupService, mc_backup_service, MC, BACKUP_SERVICE, GObject)

McBackupService *mc_backup_service_ref_for_database (const char           *database_path) G_GNUC_WARN_UNUSED_RESULT;
const char      *mc_backup_service_get_database_path (McBackupService     *self);
void             mc_backup_service_set_clock          (McBackupService     *self,
                                                       McBackupClock        clock,
                                                       gpointer             user_data);
void             mc_backup_service_set_check_interval (McBackupService     *self,
                                                       guint                first_seconds,
                                                       guint                every_seconds);
void             mc_backup_service_start              (McBackupService     *self);
void             mc_backup_service_stop               (McBackupService     *self);
gboolean         mc_backup_service_get_busy           (McBackupService     *self);
const char      *mc_backup_service_get_folder         (McBackupService     *self);
GDateTime       *mc_backup_service_get_last_backup    (McBackupService     *self);
const char      *mc_backup_service_get_last_error     (McBackupService     *self);
void             mc_backup_service_refresh            (McBackupService     *self);
void             mc_backup_service_back_up_async      (McBackupService     *self,
                                                       const McActor       *actor,
                                                       GCancellable        *cancellable,
                                                       GAsyncReadyCallback  callback,
                                                       gpointer             user_data);
McBackupInfo    *mc_backup_service_back_up_finish     (McBackupService     *self,
                                                       GAsyncResult        *result,
                                                       GError             **error) G_GNUC_WARN_UNUSED_RESULT;
void             mc_backup_service_inspect_async      (McBackupService     *self,
                                                       const char          *file,
                                                       GCancellable        *cancellable,
                                                       GAsyncReadyCallback  callback,
                                                       gpointer             user_data);
McBackupInfo    *mc_backup_service_inspect_finish     (McBackupService     *self,
                                                       GAsyncResult        *result,
                                                       GError             **error) G_GNUC_WARN_UNUSED_RESULT;
void             mc_backup_service_restore_async      (McBackupService     *self,
                                                       const char          *file,
                                                       const McActor       *actor,
                                                       GCancellable        *cancellable,
                                                       GAsyncReadyCallback  callback,
                                                       gpointer             user_data);
McBackupInfo    *mc_backup_service_restore_finish     (McBackupService     *self,
                                                       GAsyncResult        *result,
                                                       char               **kept_copy,
                                                       GError             **error) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
