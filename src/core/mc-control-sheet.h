/* mc-control-sheet.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mc-dossier.h"
#include "mc-office-identity.h"

G_BEGIN_DECLS

GBytes *mc_control_sheet_render (McDossier              *dossier,
                                 GPtrArray              *events,
                                 const McOfficeIdentity *office,
                                 GError                **error) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
