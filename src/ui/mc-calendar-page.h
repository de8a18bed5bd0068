/* mc-calendar-page.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "mc-context.h"

G_BEGIN_DECLS

#define MC_TYPE_CALENDAR_PAGE (mc_calendar_page_get_type ())

G_DECLARE_FINAL_TYPE (McCalendarPage, mc_calendar_page, MC, CALENDAR_PAGE, AdwPreferencesPage)

void     mc_calendar_page_set_context (McCalendarPage *self,
                                       McContext      *context,
                                       gboolean        administrator);
int      mc_calendar_page_get_year    (McCalendarPage *self);
gboolean mc_calendar_page_get_busy    (McCalendarPage *self);

G_END_DECLS
