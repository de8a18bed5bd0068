/* mc-preferences-window.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "mc-context.h"
#include "mc-staff.h"

G_BEGIN_DECLS

#define MC_TYPE_PREFERENCES_WINDOW (mc_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (McPreferencesWindow, mc_preferences_window, MC, PREFERENCES_WINDOW, AdwPreferencesWindow)

McPreferencesWindow *mc_preferences_window_new           (GtkWindow           *parent,
                                                          McContext           *context) G_GNUC_WARN_UNUSED_RESULT;
McPreferencesWindow *mc_preferences_window_new_for_staff (GtkWindow           *parent,
                                                          McContext           *context,
                                                          McStaff             *staff) G_GNUC_WARN_UNUSED_RESULT;
McStaff             *mc_preferences_window_get_staff     (McPreferencesWindow *self);

G_END_DECLS
