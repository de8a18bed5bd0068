/* mc-database-backup.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* The setting a backup copy records the moment it was taken in. */
#define MC_DATABASE_BACKUP_TAKEN_AT_KEY "backup-taken-at"

/* Called on the copying thread after each slice of pages. */
typedef void (*McDatabaseBackupProgress) (guint    remaining,
                                          guint    total,
                                          gpointer user_data);

gboolean mc_database_backup_copy             (const char                *source,
                                              const char                *target,
                                              GDateTime                 *taken_at,
                                              McDatabaseBackupProgress   progress,
                                              gpointer                   user_data,
                                              GCancellable              *cancellable,
                                              GError                   **error);
gboolean mc_database_backup_verify           (const char                *path,
                                              GError                   **error);
gboolean mc_database_backup_restore          (const char                *path,
                                              const char                *backup,
                                              char                     **set_aside,
                                              GError                   **error);
gboolean mc_database_backup_restore_in_place (const char                *path,
                                              const char                *backup,
                                              GDateTime                 *now,
                                              char                     **kept_copy,
                                              GError                   **error);

void     mc_database_backup_sync_folder (const char *folder);

G_END_DECLS
