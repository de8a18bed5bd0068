/* mc-overview-report.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mc-dashboard.h"
#include "mc-office-identity.h"

G_BEGIN_DECLS

GBytes *mc_overview_report_render (const McDashboard      *dashboard,
                                   GDateTime              *from,
                                   GDateTime              *to,
                                   const McOfficeIdentity *office,
                                   GDateTime              *dated,
                                   GError                **error) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
