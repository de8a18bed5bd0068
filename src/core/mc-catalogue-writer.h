/* mc-catalogue-writer.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "mc-procedure.h"

G_BEGIN_DECLS

JsonNode *mc_catalogue_writer_procedure (McProcedure *procedure) G_GNUC_WARN_UNUSED_RESULT;
JsonNode *mc_catalogue_writer_summary   (McProcedure *procedure) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
