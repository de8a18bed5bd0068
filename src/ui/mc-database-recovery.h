/* mc-database-recovery.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void  mc_database_recovery_run_async  (GtkWindow           *parent,
                                       const char          *path,
                                       const GError        *error,
                                       GCancellable        *cancellable,
                                       GAsyncReadyCallback  callback,
                                       gpointer             user_data);
char *mc_database_recovery_run_finish (GAsyncResult        *result,
                                       GError             **error);

G_END_DECLS
