/* mc-accounts-page.h
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

#define MC_TYPE_ACCOUNTS_PAGE (mc_accounts_page_get_type ())

G_DECLARE_FINAL_TYPE (McAccountsPage, mc_accounts_page, MC, ACCOUNTS_PAGE, AdwPreferencesPage)

void     mc_accounts_page_set_context (McAccountsPage *self,
                                       McContext      *context,
                                       McStaff        *admin);
gboolean mc_accounts_page_get_busy    (McAccountsPage *self);

G_END_DECLS
