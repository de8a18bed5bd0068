/* mc-migrations.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mc-database.h"

G_BEGIN_DECLS

guint    mc_migrations_get_latest (void);
gboolean mc_migrations_apply      (McDatabase  *db,
                                   guint        target,
                                   GError     **error);

G_END_DECLS
