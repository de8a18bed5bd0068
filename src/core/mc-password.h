/* mc-password.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The fewest characters (not bytes) a new password may have. */
#define MC_PASSWORD_MIN_LENGTH 8

char     *mc_password_hash         (const char  *password,
                                    GError     **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean  mc_password_verify       (const char  *password,
                                    const char  *hash);
gboolean  mc_password_needs_rehash (const char  *hash);
gboolean  mc_password_check_policy (const char  *password,
                                    GError     **error);

G_END_DECLS
