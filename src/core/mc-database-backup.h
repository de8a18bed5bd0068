/* mc-database-backup.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

gboolean mc_database_backup_restore (const char  *path,
                                     const char  *backup,
                                     char       **set_aside,
                                     GError     **error);

G_END_DECLS
