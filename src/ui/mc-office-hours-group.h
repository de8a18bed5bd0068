/* mc-office-hours-group.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "mc-calendar.h"

G_BEGIN_DECLS

#define MC_TYPE_OFFICE_HOURS_GROUP (mc_office_hours_group_get_type ())

G_DECLARE_FINAL_TYPE (McOfficeHoursGroup, mc_office_hours_group, MC, OFFICE_HOURS_GROUP, AdwPreferencesGroup)

void     mc_office_hours_group_set_calendar (McOfficeHoursGroup *self,
                                             McCalendar         *calendar);
gboolean mc_office_hours_group_get_busy     (McOfficeHoursGroup *self);

G_END_DECLS
