/* mc-first-admin-page.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "mc-session.h"

G_BEGIN_DECLS

#define MC_TYPE_FIRST_ADMIN_PAGE (mc_first_admin_page_get_type ())

G_DECLARE_FINAL_TYPE (McFirstAdminPage, mc_first_admin_page, MC, FIRST_ADMIN_PAGE, AdwBin)

void     mc_first_admin_page_set_session (McFirstAdminPage *self,
                                          McSession        *session);
void     mc_first_admin_page_reset       (McFirstAdminPage *self);
gboolean mc_first_admin_page_get_busy    (McFirstAdminPage *self);

G_END_DECLS
