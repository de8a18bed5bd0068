/* mc-calendar.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-calendar"

#include "config.h"

#include "mc-calendar.h"

/* The working calendar as the UI sees it: every call runs
 * McCalendarStore on the database worker and answers on the caller's main
 * context. "changed" tells views and deadline computations to reload after
 * a day, a year's confirmation or the office hours changed, or after a
 * difference with the portal's official calendar was settled.
 *
 * A change, once asked for, is always carried out: cancelling only stops
 * the caller from hearing the answer. Otherwise a change could reach the
 * database while "changed" was never emitted. */

struct _McCalendar
{
  GObject     parent_instance;

  McDbWorker *worker;
};

G_DEFINE_FINAL_TYPE (McCalendar, mc_calendar, G_TYPE_OBJECT)

enum {
  SIGNAL_CHANGED,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

/* The years McCalendarStore can hold (the table's CHECK constraint). */
#define FIRST_YEAR 1900
#define LAST_YEAR  2199

typedef struct
{
  GPtrArray *days;
  gboolean   confirmed;
} YearResult;

typedef struct
{
  GDate      date;
  McDayKind  kind;
  char      *reason;
} DayRequest;

typedef struct
{
  GDate      date;
  gboolean   accept;
} SettleRequest;

/*
 * Auxiliary functions
 */

static void
year_result_free (YearResult *result)
{
  g_clear_pointer (&result->days, g_ptr_array_unref);
  g_free (result);
}

static void
day_request_free (DayRequest *request)
{
  g_free (request->reason);
  g_free (request);
}

static DayRequest *
day_request_new (const GDate *date,
                 McDayKind    kind,
                 const char  *reason)
{
  DayRequest *request = g_new0 (DayRequest, 1);

  request->date = *date;
  request->kind = kind;
  request->reason = g_strdup (reason != NULL ? reason : "");

  return request;
}

/*
 * Callbacks
 */

/* Given with every change: mc_db_worker_run_task_async() then carries the
 * change out even when it is cancelled, and calls this on the main context
 * before the caller hears of it. */
static void
emit_changed (gpointer source_object)
{
  g_signal_emit (source_object, signals [SIGNAL_CHANGED], 0);
}

/*
 * GObject overrides
 */

static void
mc_calendar_dispose (GObject *object)
{
  McCalendar *self = (McCalendar *)object;

  g_clear_object (&self->worker);

  G_OBJECT_CLASS (mc_calendar_parent_class)->dispose (object);
}

static void
mc_calendar_class_init (McCalendarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = mc_calendar_dispose;

  /**
   * McCalendar::changed:
   *
   * Emitted on the main context after a day was set or removed, a year
   * confirmed, the office hours changed or a difference with the
   * portal's calendar settled. Generating a year on demand is not a
   * change: it only writes down the statutory rules. A calendar pulled
   * from the portal happens on the sync's own connection: whoever runs
   * the sync emits this signal for it.
   */
  signals [SIGNAL_CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
mc_calendar_init (McCalendar *self)
{
}

/*
 * Public API
 */

McCalendar *
mc_calendar_new (McDbWorker *worker)
{
  McCalendar *self;

  g_return_val_if_fail (MC_IS_DB_WORKER (worker), NULL);

  self = g_object_new (MC_TYPE_CALENDAR, NULL);
  self->worker = g_object_ref (worker);

  return self;
}

/*
 * The whole calendar, for deadlines
 */

static gpointer
load_work (McDatabase  *db,
           gpointer     data,
           GError     **error)
{
  const int *years = data;

  if (!mc_calendar_store_ensure_years (db, years[0], years[1], error))
    return NULL;

  return mc_calendar_store_load (db, error);
}

/**
 * mc_calendar_load_async:
 * @self: a #McCalendar
 * @first_year: the first year deadlines will need
 * @last_year: the last year deadlines will need
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when done
 * @user_data: data for @callback
 *
 * Loads the office hours and every stored day, first generating the
 * years from @first_year to @last_year that the database lacks.
 */
void
mc_calendar_load_async (McCalendar          *self,
                        int                  first_year,
                        int                  last_year,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  int years[2] = { first_year, last_year };

  g_return_if_fail (MC_IS_CALENDAR (self));
  g_return_if_fail (first_year >= FIRST_YEAR && last_year <= LAST_YEAR);
  g_return_if_fail (first_year <= last_year);

  mc_db_worker_run_task_async (self->worker, self, mc_calendar_load_async, "[mc-calendar] load",
                               load_work, g_memdup2 (years, sizeof years), g_free,
                               g_object_unref, NULL, cancellable, callback, user_data);
}

/**
 * mc_calendar_load_finish:
 *
 * Returns: (transfer full): the working calendar
 */
McWorkingCalendar *
mc_calendar_load_finish (McCalendar    *self,
                         GAsyncResult  *result,
                         GError       **error)
{
  return mc_db_worker_propagate (result, self, mc_calendar_load_async, error);
}

/*
 * One year
 */

static gpointer
list_year_work (McDatabase  *db,
                gpointer     data,
                GError     **error)
{
  int year = GPOINTER_TO_INT (data);
  YearResult *result;
  GPtrArray *days;
  gboolean confirmed = FALSE;

  /* A year without an official calendar is generated on first view. */
  if (!mc_calendar_store_ensure_years (db, year, year, error))
    return NULL;

  days = mc_calendar_store_list_year (db, year, &confirmed, error);
  if (days == NULL)
    return NULL;

  result = g_new0 (YearResult, 1);
  result->days = days;
  result->confirmed = confirmed;

  return result;
}

/**
 * mc_calendar_list_year_async:
 * @self: a #McCalendar
 * @year: a year from 1900 to 2199
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when done
 * @user_data: data for @callback
 *
 * Lists the days off and make-up working days of @year. A year the
 * database does not hold yet is first generated from the statutory
 * rules, not confirmed.
 */
void
mc_calendar_list_year_async (McCalendar          *self,
                             int                  year,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_return_if_fail (MC_IS_CALENDAR (self));
  g_return_if_fail (year >= FIRST_YEAR && year <= LAST_YEAR);

  mc_db_worker_run_task_async (self->worker, self, mc_calendar_list_year_async,
                               "[mc-calendar] list year", list_year_work,
                               GINT_TO_POINTER (year), NULL, (GDestroyNotify) year_result_free,
                               NULL, cancellable, callback, user_data);
}

/**
 * mc_calendar_list_year_finish:
 * @self: a #McCalendar
 * @result: the result passed to the callback
 * @confirmed: (out) (optional): whether the year is official
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (element-type McCalendarDay): the year's days,
 *   by date
 */
GPtrArray *
mc_calendar_list_year_finish (McCalendar    *self,
                              GAsyncResult  *result,
                              gboolean      *confirmed,
                              GError       **error)
{
  YearResult *year = mc_db_worker_propagate (result, self, mc_calendar_list_year_async, error);
  GPtrArray *days;

  if (year == NULL)
    return NULL;

  if (confirmed != NULL)
    *confirmed = year->confirmed;

  days = g_steal_pointer (&year->days);
  year_result_free (year);

  return days;
}

/*
 * Changing a day
 */

static gpointer
set_day_work (McDatabase  *db,
              gpointer     data,
              GError     **error)
{
  DayRequest *request = data;

  if (!mc_calendar_store_set_day (db, &request->date, request->kind, request->reason, error))
    return NULL;

  return GINT_TO_POINTER (TRUE);
}

/**
 * mc_calendar_set_day_async:
 * @self: a #McCalendar
 * @date: a valid date
 * @kind: day off, or make-up working day
 * @reason: (nullable): why, as the administrator typed it
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when done
 * @user_data: data for @callback
 *
 * Makes @date a day off or a make-up working day, replacing whatever the
 * day held. Fails with %MC_ERROR_INVALID for a weekday made a make-up
 * working day or a weekend day made a day off (see
 * mc_calendar_store_set_day()).
 */
void
mc_calendar_set_day_async (McCalendar          *self,
                           const GDate         *date,
                           McDayKind            kind,
                           const char          *reason,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  g_return_if_fail (MC_IS_CALENDAR (self));
  g_return_if_fail (date != NULL && g_date_valid (date));
  g_return_if_fail (kind == MC_DAY_OFF || kind == MC_DAY_MAKEUP_WORKDAY);

  mc_db_worker_run_task_async (self->worker, self, mc_calendar_set_day_async,
                               "[mc-calendar] set day", set_day_work,
                               day_request_new (date, kind, reason),
                               (GDestroyNotify) day_request_free, NULL,
                               emit_changed, cancellable, callback, user_data);
}

gboolean
mc_calendar_set_day_finish (McCalendar    *self,
                            GAsyncResult  *result,
                            GError       **error)
{
  return mc_db_worker_propagate (result, self, mc_calendar_set_day_async, error) != NULL;
}

static gpointer
remove_day_work (McDatabase  *db,
                 gpointer     data,
                 GError     **error)
{
  DayRequest *request = data;

  if (!mc_calendar_store_remove_day (db, &request->date, error))
    return NULL;

  return GINT_TO_POINTER (TRUE);
}

/**
 * mc_calendar_remove_day_async:
 * @self: a #McCalendar
 * @date: a valid date
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when done
 * @user_data: data for @callback
 *
 * Removes the entry of @date: the day follows the weekly rule again.
 */
void
mc_calendar_remove_day_async (McCalendar          *self,
                              const GDate         *date,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_return_if_fail (MC_IS_CALENDAR (self));
  g_return_if_fail (date != NULL && g_date_valid (date));

  mc_db_worker_run_task_async (self->worker, self, mc_calendar_remove_day_async,
                               "[mc-calendar] remove day", remove_day_work,
                               day_request_new (date, MC_DAY_OFF, NULL),
                               (GDestroyNotify) day_request_free, NULL,
                               emit_changed, cancellable, callback, user_data);
}

gboolean
mc_calendar_remove_day_finish (McCalendar    *self,
                               GAsyncResult  *result,
                               GError       **error)
{
  return mc_db_worker_propagate (result, self, mc_calendar_remove_day_async, error) != NULL;
}

/*
 * Confirming a year
 */

static gpointer
confirm_year_work (McDatabase  *db,
                   gpointer     data,
                   GError     **error)
{
  if (!mc_calendar_store_confirm_year (db, GPOINTER_TO_INT (data), error))
    return NULL;

  return GINT_TO_POINTER (TRUE);
}

/**
 * mc_calendar_confirm_year_async:
 * @self: a #McCalendar
 * @year: a year from 1900 to 2199
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when done
 * @user_data: data for @callback
 *
 * Marks @year as checked by an administrator against the official notice.
 */
void
mc_calendar_confirm_year_async (McCalendar          *self,
                                int                  year,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  g_return_if_fail (MC_IS_CALENDAR (self));
  g_return_if_fail (year >= FIRST_YEAR && year <= LAST_YEAR);

  mc_db_worker_run_task_async (self->worker, self, mc_calendar_confirm_year_async,
                               "[mc-calendar] confirm year", confirm_year_work,
                               GINT_TO_POINTER (year), NULL, NULL,
                               emit_changed, cancellable, callback, user_data);
}

gboolean
mc_calendar_confirm_year_finish (McCalendar    *self,
                                 GAsyncResult  *result,
                                 GError       **error)
{
  return mc_db_worker_propagate (result, self, mc_calendar_confirm_year_async, error) != NULL;
}

/*
 * Office hours
 */

static gpointer
get_office_hours_work (McDatabase  *db,
                       gpointer     data,
                       GError     **error)
{
  g_autofree McOfficeHours *hours = g_new0 (McOfficeHours, 1);

  if (!mc_calendar_store_get_office_hours (db, hours, error))
    return NULL;

  return g_steal_pointer (&hours);
}

void
mc_calendar_get_office_hours_async (McCalendar          *self,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  g_return_if_fail (MC_IS_CALENDAR (self));

  mc_db_worker_run_task_async (self->worker, self, mc_calendar_get_office_hours_async,
                               "[mc-calendar] get office hours", get_office_hours_work,
                               NULL, NULL, g_free,
                               NULL, cancellable, callback, user_data);
}

/**
 * mc_calendar_get_office_hours_finish:
 * @self: a #McCalendar
 * @result: the result passed to the callback
 * @hours: (out): the office hours
 * @error: return location for a #GError
 */
gboolean
mc_calendar_get_office_hours_finish (McCalendar     *self,
                                     GAsyncResult   *result,
                                     McOfficeHours  *hours,
                                     GError        **error)
{
  g_autofree McOfficeHours *stored = NULL;

  g_return_val_if_fail (hours != NULL, FALSE);

  stored = mc_db_worker_propagate (result, self, mc_calendar_get_office_hours_async, error);
  if (stored == NULL)
    return FALSE;

  *hours = *stored;
  return TRUE;
}

static gpointer
set_office_hours_work (McDatabase  *db,
                       gpointer     data,
                       GError     **error)
{
  if (!mc_calendar_store_set_office_hours (db, data, error))
    return NULL;

  return GINT_TO_POINTER (TRUE);
}

/**
 * mc_calendar_set_office_hours_async:
 * @self: a #McCalendar
 * @hours: the new office hours
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when done
 * @user_data: data for @callback
 *
 * Stores @hours; hours that are not in order (see mc_office_hours_parse())
 * fail with %MC_ERROR_INVALID and change nothing.
 */
void
mc_calendar_set_office_hours_async (McCalendar          *self,
                                    const McOfficeHours *hours,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  g_return_if_fail (MC_IS_CALENDAR (self));
  g_return_if_fail (hours != NULL);

  mc_db_worker_run_task_async (self->worker, self, mc_calendar_set_office_hours_async,
                               "[mc-calendar] set office hours", set_office_hours_work,
                               g_memdup2 (hours, sizeof *hours), g_free, NULL,
                               emit_changed, cancellable, callback, user_data);
}

gboolean
mc_calendar_set_office_hours_finish (McCalendar    *self,
                                     GAsyncResult  *result,
                                     GError       **error)
{
  return mc_db_worker_propagate (result, self, mc_calendar_set_office_hours_async, error) != NULL;
}

/*
 * Differences with the portal's calendar
 */

static gpointer
list_differences_work (McDatabase  *db,
                       gpointer     data,
                       GError     **error)
{
  return mc_sync_calendar_list_differences (db, error);
}

/**
 * mc_calendar_list_differences_async:
 * @self: a #McCalendar
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when done
 * @user_data: data for @callback
 *
 * Lists the days an administrator edited that the official calendar
 * pulled from the portal sees otherwise, and that nobody settled yet (see
 * mc_sync_calendar_list_differences()).
 */
void
mc_calendar_list_differences_async (McCalendar          *self,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  g_return_if_fail (MC_IS_CALENDAR (self));

  mc_db_worker_run_task_async (self->worker, self, mc_calendar_list_differences_async,
                               "[mc-calendar] list differences", list_differences_work,
                               NULL, NULL, (GDestroyNotify) g_ptr_array_unref,
                               NULL, cancellable, callback, user_data);
}

/**
 * mc_calendar_list_differences_finish:
 * @self: a #McCalendar
 * @result: the result passed to the callback
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (element-type McCalendarDifference): the
 *   differences, by date; empty when there are none
 */
GPtrArray *
mc_calendar_list_differences_finish (McCalendar    *self,
                                     GAsyncResult  *result,
                                     GError       **error)
{
  return mc_db_worker_propagate (result, self, mc_calendar_list_differences_async, error);
}

static gpointer
settle_difference_work (McDatabase  *db,
                        gpointer     data,
                        GError     **error)
{
  SettleRequest *request = data;
  gboolean settled;

  if (request->accept)
    settled = mc_sync_calendar_accept (db, &request->date, error);
  else
    settled = mc_sync_calendar_keep_local (db, &request->date, error);

  return settled ? GINT_TO_POINTER (TRUE) : NULL;
}

/**
 * mc_calendar_settle_difference_async:
 * @self: a #McCalendar
 * @date: a day listed by mc_calendar_list_differences_async()
 * @accept: %TRUE to take the portal's value of the day, %FALSE to keep
 *   the administrator's
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when done
 * @user_data: data for @callback
 *
 * Settles the difference of @date, as mc_sync_calendar_accept() or
 * mc_sync_calendar_keep_local() do. Fails with %MC_ERROR_NOT_FOUND when
 * the portal's calendar holds no other value for @date, for example
 * because someone else settled it first.
 */
void
mc_calendar_settle_difference_async (McCalendar          *self,
                                     const GDate         *date,
                                     gboolean             accept,
                                     GCancellable        *cancellable,
                                     GAsyncReadyCallback  callback,
                                     gpointer             user_data)
{
  SettleRequest *request;

  g_return_if_fail (MC_IS_CALENDAR (self));
  g_return_if_fail (date != NULL && g_date_valid (date));

  request = g_new0 (SettleRequest, 1);
  request->date = *date;
  request->accept = !!accept;

  mc_db_worker_run_task_async (self->worker, self, mc_calendar_settle_difference_async,
                               "[mc-calendar] settle difference", settle_difference_work,
                               request, g_free, NULL,
                               emit_changed, cancellable, callback, user_data);
}

gboolean
mc_calendar_settle_difference_finish (McCalendar    *self,
                                      GAsyncResult  *result,
                                      GError       **error)
{
  return mc_db_worker_propagate (result, self, mc_calendar_settle_difference_async,
                                 error) != NULL;
}
