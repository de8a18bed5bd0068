/* mc-form-settings-group.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "mc-office.h"

G_BEGIN_DECLS

#define MC_TYPE_FORM_SETTINGS_GROUP (mc_form_settings_group_get_type ())

G_DECLARE_FINAL_TYPE (McFormSettingsGroup, mc_form_settings_group, MC, FORM_SETTINGS_GROUP, AdwPreferencesGroup)

void     mc_form_settings_group_set_office (McFormSettingsGroup *self,
                                            McOffice            *office);
gboolean mc_form_settings_group_get_busy   (McFormSettingsGroup *self);

G_END_DECLS
