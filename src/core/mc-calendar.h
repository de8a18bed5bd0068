/* mc-calendar.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mc-calendar-store.h"
#include "mc-db-worker.h"
#include "mc-sync-calendar.h"

G_BEGIN_DECLS

#define MC_TYPE_CALENDAR (mc_calendar_get_type ())

G_DECLARE_FINAL_TYPE (McCalendar, mc_calendar, MC, CALENDAR, GObject)

McCalendar        *mc_calendar_new                      (McDbWorker           *worker) G_GNUC_WARN_UNUSED_RESULT;
void               mc_calendar_load_async               (McCalendar           *self,
                                                         int                   first_year,
                                                         int                   last_year,
                                                         GCancellable         *cancellable,
                                                         GAsyncReadyCallback   callback,
                                                         gpointer              user_data);
McWorkingCalendar *mc_calendar_load_finish              (McCalendar           *self,
                                                         GAsyncResult         *result,
                                                         GError              **error) G_GNUC_WARN_UNUSED_RESULT;
void               mc_calendar_list_year_async          (McCalendar           *self,
                                                         int                   year,
                                                         GCancellable         *cancellable,
                                                         GAsyncReadyCallback   callback,
                                                         gpointer              user_data);
GPtrArray         *mc_calendar_list_year_finish         (McCalendar           *self,
                                                         GAsyncResult         *result,
                                                         gboolean             *confirmed,
                                                         GError              **error) G_GNUC_WARN_UNUSED_RESULT;
void               mc_calendar_set_day_async            (McCalendar           *self,
                                                         const GDate          *date,
                                                         McDayKind             kind,
                                                         const char           *reason,
                                                         GCancellable         *cancellable,
                                                         GAsyncReadyCallback   callback,
                                                         gpointer              user_data);
gboolean           mc_calendar_set_day_finish           (McCalendar           *self,
                                                         GAsyncResult         *result,
                                                         GError              **error);
void               mc_calendar_remove_day_async         (McCalendar           *self,
                                                         const GDate          *date,
                                                         GCancellable         *cancellable,
                                                         GAsyncReadyCallback   callback,
                                                         gpointer              user_data);
gboolean           mc_calendar_remove_day_finish        (McCalendar           *self,
                                                         GAsyncResult         *result,
                                                         GError              **error);
void               mc_calendar_confirm_year_async       (McCalendar           *self,
                                                         int                   year,
                                                         GCancellable         *cancellable,
                                                         GAsyncReadyCallback   callback,
                                                         gpointer              user_data);
gboolean           mc_calendar_confirm_year_finish      (McCalendar           *self,
                                                         GAsyncResult         *result,
                                                         GError              **error);
void               mc_calendar_get_office_hours_async   (McCalendar           *self,
                                                         GCancellable         *cancellable,
                                                         GAsyncReadyCallback   callback,
                                                         gpointer              user_data);
gboolean           mc_calendar_get_office_hours_finish  (McCalendar           *self,
                                                         GAsyncResult         *result,
                                                         McOfficeHours        *hours,
                                                         GError              **error);
void               mc_calendar_set_office_hours_async   (McCalendar           *self,
                                                         const McOfficeHours  *hours,
                                                         GCancellable         *cancellable,
                                                         GAsyncReadyCallback   callback,
                                                         gpointer              user_data);
gboolean           mc_calendar_set_office_hours_finish  (McCalendar           *self,
                                                         GAsyncResult         *result,
                                                         GError              **error);
void               mc_calendar_list_differences_async   (McCalendar           *self,
                                                         GCancellable         *cancellable,
                                                         GAsyncReadyCallback   callback,
                                                         gpointer              user_data);
GPtrArray         *mc_calendar_list_differences_finish  (McCalendar           *self,
                                                         GAsyncResult         *result,
                                                         GError              **error) G_GNUC_WARN_UNUSED_RESULT;
void               mc_calendar_settle_difference_async  (McCalendar           *self,
                                                         const GDate          *date,
                                                         gboolean              accept,
                                                         GCancellable         *cancellable,
                                                         GAsyncReadyCallback   callback,
                                                         gpointer              user_data);
gboolean           mc_calendar_settle_difference_finish (McCalendar           *self,
                                                         GAsyncResult         *result,
                                                         GError              **error);

G_END_DECLS
