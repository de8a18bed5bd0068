/* mc-calendar-day-form.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "mc-calendar.h"

G_BEGIN_DECLS

#define MC_TYPE_CALENDAR_DAY_FORM (mc_calendar_day_form_get_type ())

G_DECLARE_FINAL_TYPE (McCalendarDayForm, mc_calendar_day_form, MC, CALENDAR_DAY_FORM, AdwPreferencesGroup)

void     mc_calendar_day_form_set_calendar (McCalendarDayForm *self,
                                            McCalendar        *calendar);
void     mc_calendar_day_form_set_year     (McCalendarDayForm *self,
                                            int                year);
void     mc_calendar_day_form_clear_errors (McCalendarDayForm *self);
gboolean mc_calendar_day_form_get_busy     (McCalendarDayForm *self);

G_END_DECLS
