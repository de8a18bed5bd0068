/* mc-backup.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "mc-database-backup.h"
#include "mc-dossier-store.h"

G_BEGIN_DECLS

/* One backup file. */
typedef struct
{
  char      *path;
  GDateTime *taken_at;     /* local time */
  gint64     n_dossiers;   /* -1 when not read (mc_backup_list()) */
} McBackupInfo;

McBackupInfo *mc_backup_info_copy            (const McBackupInfo        *info) G_GNUC_WARN_UNUSED_RESULT;
void          mc_backup_info_free            (McBackupInfo              *info);

char         *mc_backup_dup_default_folder   (const char                *database_path) G_GNUC_WARN_UNUSED_RESULT;
char         *mc_backup_dup_file_name        (const char                *database_path,
                                              GDateTime                 *taken_at) G_GNUC_WARN_UNUSED_RESULT;
GDateTime    *mc_backup_parse_file_name      (const char                *database_path,
                                              const char                *name) G_GNUC_WARN_UNUSED_RESULT;

McBackupInfo *mc_backup_take                 (const char                *database_path,
                                              const char                *folder,
                                              GDateTime                 *now,
                                              McDatabaseBackupProgress   progress,
                                              gpointer                   user_data,
                                              GCancellable              *cancellable,
                                              GError                   **error) G_GNUC_WARN_UNUSED_RESULT;
McBackupInfo *mc_backup_write                (const char                *database_path,
                                              const char                *file,
                                              GDateTime                 *now,
                                              GCancellable              *cancellable,
                                              GError                   **error) G_GNUC_WARN_UNUSED_RESULT;
GPtrArray    *mc_backup_list                 (const char                *database_path,
                                              const char                *folder,
                                              GError                   **error) G_GNUC_WARN_UNUSED_RESULT;
McBackupInfo *mc_backup_inspect              (const char                *file,
                                              GError                   **error) G_GNUC_WARN_UNUSED_RESULT;
McBackupInfo *mc_backup_restore              (const char                *database_path,
                                              const char                *file,
                                              GDateTime                 *now,
                                              char                     **kept_copy,
                                              GError                   **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean      mc_backup_record               (const char                *database_path,
                                              const McActor             *actor,
                                              const char                *kind,
                                              const McBackupInfo        *info,
                                              const char                *kept_copy,
                                              GError                   **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (McBackupInfo, mc_backup_info_free)

G_END_DECLS
