/* mc-calendar-proposals-group.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "mc-calendar.h"

G_BEGIN_DECLS

#define MC_TYPE_CALENDAR_PROPOSALS_GROUP (mc_calendar_proposals_group_get_type ())

G_DECLARE_FINAL_TYPE (McCalendarProposalsGroup, mc_calendar_proposals_group, MC, CALENDAR_PROPOSALS_GROUP, AdwPreferencesGroup)

void     mc_calendar_proposals_group_set_calendar (McCalendarProposalsGroup *self,
                                                   McCalendar               *calendar);
void     mc_calendar_proposals_group_set_editable (McCalendarProposalsGroup *self,
                                                   gboolean                  editable);
gboolean mc_calendar_proposals_group_get_editable (McCalendarProposalsGroup *self);
gboolean mc_calendar_proposals_group_get_busy     (McCalendarProposalsGroup *self);

G_END_DECLS
