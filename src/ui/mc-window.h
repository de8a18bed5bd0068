/* mc-window.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "mc-application.h"
#include "mc-context.h"
#include "mc-session.h"

G_BEGIN_DECLS

#define MC_TYPE_WINDOW (mc_window_get_type ())

G_DECLARE_FINAL_TYPE (McWindow, mc_window, MC, WINDOW, AdwApplicationWindow)

McWindow  *mc_window_new            (McApplication *application,
                                     McContext     *context) G_GNUC_WARN_UNUSED_RESULT;
void       mc_window_database_ready (McWindow      *self);
void       mc_window_add_toast      (McWindow      *self,
                                     AdwToast      *toast);
void       mc_window_set_session    (McWindow      *self,
                                     McSession     *session);
McSession *mc_window_get_session    (McWindow      *self);
gboolean   mc_window_get_work_shown (McWindow      *self);

G_END_DECLS
