/* mc-calendar-store.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mc-database.h"
#include "mc-working-calendar.h"

G_BEGIN_DECLS

/* Where an entry of the calendar comes from. */
typedef enum
{
  MC_CALENDAR_SOURCE_BUNDLED = 0,
  MC_CALENDAR_SOURCE_GENERATED = 1,
  MC_CALENDAR_SOURCE_ADMINISTRATOR = 2,
  MC_CALENDAR_SOURCE_PORTAL = 3,
} McCalendarSource;

typedef struct
{
  GDate             date;
  McDayKind         kind;
  char             *reason;
  McCalendarSource  source;
} McCalendarDay;

void               mc_calendar_day_free             (McCalendarDay    *day);
const char        *mc_calendar_day_get_reason_label (const McCalendarDay *day);

McWorkingCalendar *mc_calendar_store_load           (McDatabase       *db,
                                                     GError          **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean           mc_calendar_store_ensure_years   (McDatabase       *db,
                                                     int               first_year,
                                                     int               last_year,
                                                     GError          **error);
GPtrArray         *mc_calendar_store_list_year      (McDatabase       *db,
                                                     int               year,
                                                     gboolean         *confirmed,
                                                     GError          **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean           mc_calendar_store_set_day        (McDatabase       *db,
                                                     const GDate      *date,
                                                     McDayKind         kind,
                                                     const char       *reason,
                                                     GError          **error);
gboolean           mc_calendar_store_remove_day     (McDatabase       *db,
                                                     const GDate      *date,
                                                     GError          **error);
gboolean           mc_calendar_store_confirm_year   (McDatabase       *db,
                                                     int               year,
                                                     GError          **error);
gboolean           mc_calendar_store_get_office_hours (McDatabase     *db,
                                                     McOfficeHours    *hours,
                                                     GError          **error);
gboolean           mc_calendar_store_set_office_hours (McDatabase     *db,
                                                     const McOfficeHours *hours,
                                                     GError          **error);
int                mc_calendar_store_get_same_day_cutoff (McDatabase  *db,
                                                     GError          **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (McCalendarDay, mc_calendar_day_free)

G_END_DECLS
