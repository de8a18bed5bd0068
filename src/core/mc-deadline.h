/* mc-deadline.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mc-enums.h"
#include "mc-working-calendar.h"

G_BEGIN_DECLS

typedef enum
{
  MC_DEADLINE_IN_TIME,
  MC_DEADLINE_DUE_SOON,
  MC_DEADLINE_OVERDUE,
} McDeadlineState;

/* 15:00: same-day procedures received later are due the next working day. */
#define MC_SAME_DAY_CUTOFF_DEFAULT (15 * 60)

GDateTime       *mc_deadline_compute   (McWorkingCalendar *calendar,
                                        GDateTime         *received,
                                        double             value,
                                        McTimeUnit         unit,
                                        int                same_day_cutoff) G_GNUC_WARN_UNUSED_RESULT;
GDateTime       *mc_deadline_extend    (McWorkingCalendar *calendar,
                                        GDateTime         *due,
                                        GDateTime         *pause_start,
                                        GDateTime         *pause_end) G_GNUC_WARN_UNUSED_RESULT;
gint64           mc_deadline_remaining (McWorkingCalendar *calendar,
                                        GDateTime         *due,
                                        GDateTime         *now);
McDeadlineState  mc_deadline_state     (McWorkingCalendar *calendar,
                                        GDateTime         *due,
                                        GDateTime         *now);

G_END_DECLS
