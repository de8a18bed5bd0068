/* mc-sign-in-page.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "mc-session.h"

G_BEGIN_DECLS

#define MC_TYPE_SIGN_IN_PAGE (mc_sign_in_page_get_type ())

G_DECLARE_FINAL_TYPE (McSignInPage, mc_sign_in_page, MC, SIGN_IN_PAGE, AdwBin)

void     mc_sign_in_page_set_session (McSignInPage *self,
                                      McSession    *session);
void     mc_sign_in_page_reset       (McSignInPage *self);
gboolean mc_sign_in_page_get_busy    (McSignInPage *self);

G_END_DECLS
