/* mc-dossiers-view.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "mc-context.h"
#include "mc-dossier-store.h"

G_BEGIN_DECLS

#define MC_TYPE_DOSSIERS_VIEW (mc_dossiers_view_get_type ())

G_DECLARE_FINAL_TYPE (McDossiersView, mc_dossiers_view, MC, DOSSIERS_VIEW, GtkWidget)

void     mc_dossiers_view_set_context          (McDossiersView *self,
                                                McContext      *context);
void     mc_dossiers_view_set_actor            (McDossiersView *self,
                                                const McActor  *actor);
void     mc_dossiers_view_reload               (McDossiersView *self);
void     mc_dossiers_view_receive_for_procedure (McDossiersView *self,
                                                McProcedure    *procedure);
void     mc_dossiers_view_show_dossier         (McDossiersView *self,
                                                const char     *code);
gboolean mc_dossiers_view_get_can_go_back      (McDossiersView *self);
gboolean mc_dossiers_view_go_back              (McDossiersView *self);

G_END_DECLS
