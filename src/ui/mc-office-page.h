/* mc-office-page.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "mc-context.h"

G_BEGIN_DECLS

#define MC_TYPE_OFFICE_PAGE (mc_office_page_get_type ())

G_DECLARE_FINAL_TYPE (McOfficePage, mc_office_page, MC, OFFICE_PAGE, AdwPreferencesPage)

void     mc_office_page_set_context (McOfficePage *self,
                                     McContext    *context,
                                     gboolean      administrator);
gboolean mc_office_page_get_busy    (McOfficePage *self);

G_END_DECLS
