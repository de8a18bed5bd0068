/* mc-application.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "mc-sync-service.h"

G_BEGIN_DECLS

#define MC_TYPE_APPLICATION (mc_application_get_type ())

G_DECLARE_FINAL_TYPE (McApplication, mc_application, MC, APPLICATION, AdwApplication)

McApplication *mc_application_new          (const char    *application_id) G_GNUC_WARN_UNUSED_RESULT;
GSettings     *mc_application_get_settings (McApplication *self);
McSyncService *mc_application_get_sync     (McApplication *self);

G_END_DECLS
