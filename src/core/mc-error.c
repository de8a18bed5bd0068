/* mc-error.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "mc-error.h"

G_DEFINE_QUARK (mc-error-quark, mc_error)
G_DEFINE_QUARK (mc-database-error-quark, mc_database_error)
