/* mc-window-guard.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define MC_TYPE_WINDOW_GUARD (mc_window_guard_get_type ())

G_DECLARE_FINAL_TYPE (McWindowGuard, mc_window_guard, MC, WINDOW_GUARD, GObject)

McWindowGuard *mc_window_guard_new    (GtkWindow     *window) G_GNUC_WARN_UNUSED_RESULT;
void           mc_window_guard_lock   (McWindowGuard *self,
                                       gint64         owner_id);
void           mc_window_guard_unlock (McWindowGuard *self,
                                       gint64         owner_id);
void           mc_window_guard_close  (McWindowGuard *self);

G_END_DECLS
