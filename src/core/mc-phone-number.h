/* mc-phone-number.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean  mc_intake_check_phone      (const char  *text,
                                      char       **normalized,
                                      GError     **error);
char     *mc_intake_phone_new_number (const char  *old_number) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
