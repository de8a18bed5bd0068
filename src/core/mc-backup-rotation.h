/* mc-backup-rotation.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* How many backups the rotation keeps: the newest of each of the last
 * days, weeks and months that have one. */
#define MC_BACKUP_KEEP_DAILY   7
#define MC_BACKUP_KEEP_WEEKLY  4
#define MC_BACKUP_KEEP_MONTHLY 12

void     mc_backup_rotation_select (GDateTime * const  *times,
                                    guint               n_times,
                                    guint               n_daily,
                                    guint               n_weekly,
                                    guint               n_monthly,
                                    gboolean           *keep);
gboolean mc_backup_rotate          (const char         *database_path,
                                    const char         *folder,
                                    guint              *n_removed,
                                    GError            **error);

G_END_DECLS
