/* mc-backup-group.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "mc-context.h"

G_BEGIN_DECLS

#define MC_TYPE_BACKUP_GROUP (mc_backup_group_get_type ())

G_DECLARE_FINAL_TYPE (McBackupGroup, mc_backup_group, MC, BACKUP_GROUP, AdwPreferencesGroup)

void     mc_backup_group_set_context       (McBackupGroup *self,
                                            McContext     *context);
void     mc_backup_group_set_administrator (McBackupGroup *self,
                                            gboolean       administrator);
gboolean mc_backup_group_get_administrator (McBackupGroup *self);
gboolean mc_backup_group_get_busy          (McBackupGroup *self);
void     mc_backup_group_set_folder        (McBackupGroup *self,
                                            GFile         *folder);
void     mc_backup_group_restore_file      (McBackupGroup *self,
                                            GFile         *file);

G_END_DECLS
