/* mc-catalogue-reader.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

GPtrArray *mc_catalogue_reader_parse (GBytes  *bytes,
                                      GError **error) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
