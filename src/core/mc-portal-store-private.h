/* mc-portal-store-private.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mc-portal-store.h"

G_BEGIN_DECLS

gboolean _mc_portal_store_replace (McDatabase             *db,
                                   gint64                  dossier_id,
                                   const McPortalDossier  *dossier,
                                   gint64                  now,
                                   GError                **error);

G_END_DECLS
