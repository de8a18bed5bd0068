/* mc-working-calendar.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-working-calendar"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>

#include "mc-error.h"
#include "mc-working-calendar.h"

/* Which days are working days, and when the office is open on them.
 * Saturday and Sunday are rest days unless the table makes a Saturday a
 * make-up working day; the table also holds the days off (holidays,
 * compensatory and swapped days). Moments are in Vietnam's time zone
 * (UTC+7, no daylight saving time). */

/* Whatever the table says, a run of this many days without a working day
 * means the calendar is broken; searches stop instead of looping. */
#define MAX_DAYS_WITHOUT_WORK 366

struct _McWorkingCalendar
{
  GObject        parent_instance;

  McOfficeHours  hours;
  GHashTable    *days;  /* julian day → McDayKind */
};

G_DEFINE_FINAL_TYPE (McWorkingCalendar, mc_working_calendar, G_TYPE_OBJECT)

static void
mc_working_calendar_finalize (GObject *object)
{
  McWorkingCalendar *self = (McWorkingCalendar *)object;

  g_clear_pointer (&self->days, g_hash_table_unref);

  G_OBJECT_CLASS (mc_working_calendar_parent_class)->finalize (object);
}

static void
mc_working_calendar_class_init (McWorkingCalendarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = mc_working_calendar_finalize;
}

static void
mc_working_calendar_init (McWorkingCalendar *self)
{
  McOfficeHours defaults = MC_OFFICE_HOURS_INIT;

  self->hours = defaults;
  self->days = g_hash_table_new (NULL, NULL);
}

/*
 * Office hours
 */

static gboolean
parse_clock (const char *text,
             int        *minutes)
{
  guint hour, minute;
  char tail;

  if (sscanf (text, "%2u:%2u%c", &hour, &minute, &tail) != 2 || hour > 23 || minute > 59)
    return FALSE;

  *minutes = hour * 60 + minute;
  return TRUE;
}

/**
 * mc_office_hours_parse:
 * @text: "HH:MM-HH:MM,HH:MM-HH:MM", the morning and afternoon sessions
 * @hours: (out): the parsed hours
 * @error: return location for a #GError
 *
 * Returns: %FALSE with %MC_ERROR_INVALID when @text is not two sessions in
 *   order, the morning one ending before the afternoon one starts
 */
gboolean
mc_office_hours_parse (const char     *text,
                       McOfficeHours  *hours,
                       GError        **error)
{
  g_auto(GStrv) sessions = NULL;
  g_auto(GStrv) morning = NULL;
  g_auto(GStrv) afternoon = NULL;
  McOfficeHours parsed;

  g_return_val_if_fail (hours != NULL, FALSE);

  if (text != NULL)
    sessions = g_strsplit (text, ",", -1);

  if (sessions == NULL || g_strv_length (sessions) != 2 ||
      g_strv_length (morning = g_strsplit (g_strstrip (sessions[0]), "-", -1)) != 2 ||
      g_strv_length (afternoon = g_strsplit (g_strstrip (sessions[1]), "-", -1)) != 2 ||
      !parse_clock (g_strstrip (morning[0]), &parsed.morning_start) ||
      !parse_clock (g_strstrip (morning[1]), &parsed.morning_end) ||
      !parse_clock (g_strstrip (afternoon[0]), &parsed.afternoon_start) ||
      !parse_clock (g_strstrip (afternoon[1]), &parsed.afternoon_end))
    {
      g_set_error (error, MC_ERROR, MC_ERROR_INVALID,
                   _("Office hours must be written like “07:30-11:30,13:00-17:00”, not “%s”."),
                   text != NULL ? text : "");
      return FALSE;
    }

  if (!(parsed.morning_start < parsed.morning_end &&
        parsed.morning_end <= parsed.afternoon_start &&
        parsed.afternoon_start < parsed.afternoon_end))
    {
      g_set_error (error, MC_ERROR, MC_ERROR_INVALID,
                   _("The office hours “%s” are not in order: the morning must end before "
                     "the afternoon starts, and each session must end after it starts."),
                   text);
      return FALSE;
    }

  *hours = parsed;
  return TRUE;
}

char *
mc_office_hours_to_string (const McOfficeHours *hours)
{
  g_return_val_if_fail (hours != NULL, NULL);

  return g_strdup_printf ("%02d:%02d-%02d:%02d,%02d:%02d-%02d:%02d",
                          hours->morning_start / 60, hours->morning_start % 60,
                          hours->morning_end / 60, hours->morning_end % 60,
                          hours->afternoon_start / 60, hours->afternoon_start % 60,
                          hours->afternoon_end / 60, hours->afternoon_end % 60);
}

/*
 * Auxiliary functions
 */

/**
 * mc_working_calendar_get_time_zone:
 *
 * Returns: (transfer none): UTC+7, the time of every office
 */
GTimeZone *
mc_working_calendar_get_time_zone (void)
{
  static GTimeZone *zone;

  if (g_once_init_enter (&zone))
    g_once_init_leave (&zone, g_time_zone_new_offset (7 * 3600));

  return zone;
}

/**
 * mc_working_calendar_moment:
 * @date: a civil date
 * @minutes: minutes after midnight
 *
 * Returns: (transfer full): that moment in Vietnam
 */
GDateTime *
mc_working_calendar_moment (const GDate *date,
                            int          minutes)
{
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  return g_date_time_new (mc_working_calendar_get_time_zone (),
                          g_date_get_year (date), g_date_get_month (date), g_date_get_day (date),
                          minutes / 60, minutes % 60, 0);
}

/* The civil date and the minute of the day of @moment, in Vietnam. */
static void
split_moment (GDateTime *moment,
              GDate     *date,
              int       *minutes)
{
  g_autoptr(GDateTime) local = g_date_time_to_timezone (moment, mc_working_calendar_get_time_zone ());

  g_date_clear (date, 1);
  g_date_set_dmy (date, g_date_time_get_day_of_month (local), g_date_time_get_month (local),
                  g_date_time_get_year (local));
  *minutes = g_date_time_get_hour (local) * 60 + g_date_time_get_minute (local);
}

/*
 * Public API
 */

McWorkingCalendar *
mc_working_calendar_new (const McOfficeHours *hours)
{
  McWorkingCalendar *self = g_object_new (MC_TYPE_WORKING_CALENDAR, NULL);

  if (hours != NULL)
    self->hours = *hours;

  return self;
}

const McOfficeHours *
mc_working_calendar_get_office_hours (McWorkingCalendar *self)
{
  g_return_val_if_fail (MC_IS_WORKING_CALENDAR (self), NULL);

  return &self->hours;
}

/**
 * mc_working_calendar_get_day_minutes:
 * @self: a #McWorkingCalendar
 *
 * The length of a working day: "n ngày làm việc" lasts n of these.
 *
 * Returns: the minutes the office is open on a working day
 */
int
mc_working_calendar_get_day_minutes (McWorkingCalendar *self)
{
  g_return_val_if_fail (MC_IS_WORKING_CALENDAR (self), 0);

  return (self->hours.morning_end - self->hours.morning_start) +
         (self->hours.afternoon_end - self->hours.afternoon_start);
}

void
mc_working_calendar_set_day (McWorkingCalendar *self,
                             const GDate       *date,
                             McDayKind          kind)
{
  g_return_if_fail (MC_IS_WORKING_CALENDAR (self));
  g_return_if_fail (date != NULL && g_date_valid (date));

  g_hash_table_insert (self->days, GUINT_TO_POINTER (g_date_get_julian (date)),
                       GINT_TO_POINTER (kind));
}

void
mc_working_calendar_clear_day (McWorkingCalendar *self,
                               const GDate       *date)
{
  g_return_if_fail (MC_IS_WORKING_CALENDAR (self));
  g_return_if_fail (date != NULL && g_date_valid (date));

  g_hash_table_remove (self->days, GUINT_TO_POINTER (g_date_get_julian (date)));
}

gboolean
mc_working_calendar_is_working_day (McWorkingCalendar *self,
                                    const GDate       *date)
{
  gpointer kind;
  GDateWeekday weekday;

  g_return_val_if_fail (MC_IS_WORKING_CALENDAR (self), FALSE);
  g_return_val_if_fail (date != NULL && g_date_valid (date), FALSE);

  if (g_hash_table_lookup_extended (self->days, GUINT_TO_POINTER (g_date_get_julian (date)),
                                    NULL, &kind))
    return GPOINTER_TO_INT (kind) == MC_DAY_MAKEUP_WORKDAY;

  weekday = g_date_get_weekday (date);
  return weekday != G_DATE_SATURDAY && weekday != G_DATE_SUNDAY;
}

/**
 * mc_working_calendar_next_working_day:
 * @self: a #McWorkingCalendar
 * @date: (inout): a date, moved to the first working day after it
 */
void
mc_working_calendar_next_working_day (McWorkingCalendar *self,
                                      GDate             *date)
{
  g_return_if_fail (MC_IS_WORKING_CALENDAR (self));
  g_return_if_fail (date != NULL && g_date_valid (date));

  for (guint i = 0; i < MAX_DAYS_WITHOUT_WORK; i++)
    {
      g_date_add_days (date, 1);
      if (mc_working_calendar_is_working_day (self, date))
        return;
    }

  g_critical ("No working day in the year after %u/%u/%u: the calendar is broken",
              g_date_get_day (date), g_date_get_month (date), g_date_get_year (date));
}

/**
 * mc_working_calendar_next_opening:
 * @self: a #McWorkingCalendar
 * @moment: any moment
 *
 * The moment itself when the office is open then; otherwise the next time
 * it opens: the afternoon start during lunch, the next working morning
 * after closing or on a day off. A dossier received out of hours starts
 * its clock there.
 *
 * Returns: (transfer full): the moment work can start
 */
GDateTime *
mc_working_calendar_next_opening (McWorkingCalendar *self,
                                  GDateTime         *moment)
{
  GDate date;
  int minutes;

  g_return_val_if_fail (MC_IS_WORKING_CALENDAR (self), NULL);
  g_return_val_if_fail (moment != NULL, NULL);

  split_moment (moment, &date, &minutes);

  if (mc_working_calendar_is_working_day (self, &date))
    {
      if (minutes < self->hours.morning_start)
        return mc_working_calendar_moment (&date, self->hours.morning_start);
      if (minutes < self->hours.morning_end)
        return mc_working_calendar_moment (&date, minutes);
      if (minutes < self->hours.afternoon_start)
        return mc_working_calendar_moment (&date, self->hours.afternoon_start);
      if (minutes < self->hours.afternoon_end)
        return mc_working_calendar_moment (&date, minutes);
    }

  mc_working_calendar_next_working_day (self, &date);
  return mc_working_calendar_moment (&date, self->hours.morning_start);
}

/**
 * mc_working_calendar_add_minutes:
 * @self: a #McWorkingCalendar
 * @start: where to start
 * @minutes: working minutes to add, 0 or more
 *
 * Walks @minutes of office time from @start, skipping lunch, closed hours
 * and days that are not working days. The result may be a closing time
 * (17:00), which is still the same working day.
 *
 * Returns: (transfer full): the moment reached
 */
GDateTime *
mc_working_calendar_add_minutes (McWorkingCalendar *self,
                                 GDateTime         *start,
                                 gint64             minutes)
{
  g_autoptr(GDateTime) opening = NULL;
  GDate date;
  int now;

  g_return_val_if_fail (MC_IS_WORKING_CALENDAR (self), NULL);
  g_return_val_if_fail (start != NULL, NULL);
  g_return_val_if_fail (minutes >= 0, NULL);

  if (minutes == 0)
    return g_date_time_ref (start);

  /* A closing time stays itself, so that a due moment of 17:00 moved by
   * a day is 17:00 the next working day, not the morning after. */
  split_moment (start, &date, &now);
  if (!mc_working_calendar_is_working_day (self, &date) ||
      (now != self->hours.morning_end && now != self->hours.afternoon_end))
    {
      opening = mc_working_calendar_next_opening (self, start);
      split_moment (opening, &date, &now);
    }

  /* Whole working days first, keeping the clock time. */
  while (minutes >= mc_working_calendar_get_day_minutes (self))
    {
      mc_working_calendar_next_working_day (self, &date);
      minutes -= mc_working_calendar_get_day_minutes (self);
    }

  while (minutes > 0)
    {
      int session_end;
      int left;

      /* A start kept at the end of the morning (11:30) goes on after
       * lunch: the lunch break is not office time. */
      if (now >= self->hours.morning_end && now < self->hours.afternoon_start)
        now = self->hours.afternoon_start;

      session_end = now < self->hours.morning_end ? self->hours.morning_end
                                                  : self->hours.afternoon_end;
      left = session_end - now;

      if (minutes <= left)
        return mc_working_calendar_moment (&date, now + (int) minutes);

      minutes -= left;
      if (session_end == self->hours.morning_end)
        {
          now = self->hours.afternoon_start;
        }
      else
        {
          mc_working_calendar_next_working_day (self, &date);
          now = self->hours.morning_start;
        }
    }

  return mc_working_calendar_moment (&date, now);
}

/* Working minutes of one day that fall between @from and @to (minutes
 * after midnight). */
static gint64
day_overlap (const McOfficeHours *hours,
             int                  from,
             int                  to)
{
  gint64 total = 0;

  total += MAX (0, MIN (to, hours->morning_end) - MAX (from, hours->morning_start));
  total += MAX (0, MIN (to, hours->afternoon_end) - MAX (from, hours->afternoon_start));

  return total;
}

/**
 * mc_working_calendar_count_minutes:
 * @self: a #McWorkingCalendar
 * @from: a moment
 * @to: a moment
 *
 * Returns: the office time between the two moments, negative when @to is
 *   before @from
 */
gint64
mc_working_calendar_count_minutes (McWorkingCalendar *self,
                                   GDateTime         *from,
                                   GDateTime         *to)
{
  GDate from_date, to_date, date;
  int from_minutes, to_minutes;
  gint64 total = 0;

  g_return_val_if_fail (MC_IS_WORKING_CALENDAR (self), 0);
  g_return_val_if_fail (from != NULL && to != NULL, 0);

  if (g_date_time_compare (to, from) < 0)
    return -mc_working_calendar_count_minutes (self, to, from);

  split_moment (from, &from_date, &from_minutes);
  split_moment (to, &to_date, &to_minutes);

  for (date = from_date; g_date_compare (&date, &to_date) <= 0; g_date_add_days (&date, 1))
    {
      int start = g_date_compare (&date, &from_date) == 0 ? from_minutes : 0;
      int end = g_date_compare (&date, &to_date) == 0 ? to_minutes : 24 * 60;

      if (mc_working_calendar_is_working_day (self, &date))
        total += day_overlap (&self->hours, start, end);
    }

  return total;
}
