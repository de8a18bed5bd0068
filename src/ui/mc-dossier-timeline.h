/* mc-dossier-timeline.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "mc-dossier.h"

G_BEGIN_DECLS

#define MC_TYPE_DOSSIER_TIMELINE (mc_dossier_timeline_get_type ())

G_DECLARE_FINAL_TYPE (McDossierTimeline, mc_dossier_timeline, MC, DOSSIER_TIMELINE, AdwPreferencesGroup)

GtkWidget *mc_dossier_timeline_new        (void);
void       mc_dossier_timeline_set_events (McDossierTimeline *self,
                                           GPtrArray         *events);

G_END_DECLS
