/* mc-json.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

JsonArray  *mc_json_get_array  (JsonObject *object,
                                const char *name);
JsonObject *mc_json_get_object (JsonObject *object,
                                const char *name);
gint64      mc_json_get_code   (JsonObject *object,
                                const char *name,
                                gint64      missing);

G_END_DECLS
