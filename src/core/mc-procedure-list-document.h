/* mc-procedure-list-document.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mc-database.h"
#include "mc-office-identity.h"

G_BEGIN_DECLS

GBytes    *mc_procedure_list_document_render (GPtrArray              *procedures,
                                              const McOfficeIdentity *office,
                                              GDateTime              *dated,
                                              GError                **error) G_GNUC_WARN_UNUSED_RESULT;
GPtrArray *mc_procedure_list_document_load   (McDatabase             *db,
                                              GDateTime              *dated,
                                              GError                **error) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
