/* mc-intake-components.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "mc-dossiers.h"

G_BEGIN_DECLS

#define MC_TYPE_INTAKE_COMPONENTS (mc_intake_components_get_type ())

G_DECLARE_FINAL_TYPE (McIntakeComponents, mc_intake_components, MC, INTAKE_COMPONENTS, AdwPreferencesGroup)

void    mc_intake_components_set_procedure (McIntakeComponents *self,
                                            McProcedure        *procedure);
GArray *mc_intake_components_get_papers    (McIntakeComponents *self);

G_END_DECLS
