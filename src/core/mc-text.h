/* mc-text.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

char  *mc_text_normalize       (const char    *text,
                                GNormalizeMode mode) G_GNUC_WARN_UNUSED_RESULT;
char  *mc_text_fold            (const char *text) G_GNUC_WARN_UNUSED_RESULT;
char  *mc_text_fts_query       (const char *text) G_GNUC_WARN_UNUSED_RESULT;
char  *mc_text_normalize_space (const char *text) G_GNUC_WARN_UNUSED_RESULT;
char  *mc_text_strip_final_stop (const char *text) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
