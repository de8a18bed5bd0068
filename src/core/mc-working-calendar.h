/* mc-working-calendar.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "mc-enums.h"

G_BEGIN_DECLS

/* Office hours as minutes after midnight: a morning and an afternoon
 * session, lunch between them. */
typedef struct
{
  int morning_start;
  int morning_end;
  int afternoon_start;
  int afternoon_end;
} McOfficeHours;

#define MC_OFFICE_HOURS_INIT { 7 * 60 + 30, 11 * 60 + 30, 13 * 60, 17 * 60 }

#define MC_TYPE_WORKING_CALENDAR (mc_working_calendar_get_type ())

G_DECLARE_FINAL_TYPE (McWorkingCalendar, mc_working_calendar, MC, WORKING_CALENDAR, GObject)

gboolean           mc_office_hours_parse                (const char          *text,
                                                         McOfficeHours       *hours,
                                                         GError             **error);
char              *mc_office_hours_to_string            (const McOfficeHours *hours) G_GNUC_WARN_UNUSED_RESULT;
GTimeZone         *mc_working_calendar_get_time_zone    (void);
McWorkingCalendar *mc_working_calendar_new              (const McOfficeHours *hours) G_GNUC_WARN_UNUSED_RESULT;
const McOfficeHours *
                   mc_working_calendar_get_office_hours (McWorkingCalendar   *self);
int                mc_working_calendar_get_day_minutes  (McWorkingCalendar   *self);
void               mc_working_calendar_set_day          (McWorkingCalendar   *self,
                                                         const GDate         *date,
                                                         McDayKind            kind);
void               mc_working_calendar_clear_day        (McWorkingCalendar   *self,
                                                         const GDate         *date);
gboolean           mc_working_calendar_is_working_day   (McWorkingCalendar   *self,
                                                         const GDate         *date);
void               mc_working_calendar_next_working_day (McWorkingCalendar   *self,
                                                         GDate               *date);
GDateTime         *mc_working_calendar_next_opening     (McWorkingCalendar   *self,
                                                         GDateTime           *moment) G_GNUC_WARN_UNUSED_RESULT;
GDateTime         *mc_working_calendar_add_minutes      (McWorkingCalendar   *self,
                                                         GDateTime           *start,
                                                         gint64               minutes) G_GNUC_WARN_UNUSED_RESULT;
gint64             mc_working_calendar_count_minutes    (McWorkingCalendar   *self,
                                                         GDateTime           *from,
                                                         GDateTime           *to);
GDateTime         *mc_working_calendar_moment           (const GDate         *date,
                                                         int                  minutes) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
