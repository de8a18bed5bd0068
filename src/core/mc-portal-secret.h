/* mc-portal-secret.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

char     *mc_portal_secret_lookup (const char    *url,
                                   const char    *username,
                                   GCancellable  *cancellable,
                                   GError       **error) G_GNUC_WARN_UNUSED_RESULT;
char     *mc_portal_secret_find   (const char    *url,
                                   const char    *username,
                                   GError       **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean  mc_portal_secret_store  (const char    *url,
                                   const char    *username,
                                   const char    *password,
                                   GCancellable  *cancellable,
                                   GError       **error);
gboolean  mc_portal_secret_clear  (const char    *url,
                                   const char    *username,
                                   GCancellable  *cancellable,
                                   GError       **error);

G_END_DECLS
