/* mc-backup-store.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mc-database.h"

G_BEGIN_DECLS

char     *mc_backup_store_get_folder     (McDatabase  *db,
                                          GError     **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean  mc_backup_store_set_folder     (McDatabase  *db,
                                          const char  *folder,
                                          GError     **error);
char     *mc_backup_store_dup_effective_folder (McDatabase  *db,
                                                GError     **error) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
