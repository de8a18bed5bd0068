/* mc-lunar.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Solar years the conversions accept (the Gregorian dates of that span,
 * and the lunar dates that fall in it). */
#define MC_LUNAR_MIN_YEAR 1900
#define MC_LUNAR_MAX_YEAR 2199

/* The Vietnamese calendar is computed for UTC+7 (since 1968). */
#define MC_LUNAR_VN_TIME_ZONE 7.0

/* A date of the Vietnamese lunar calendar (âm lịch). @leap is set in a
 * leap month (tháng nhuận), which repeats the number of the month before
 * it. @year is the lunar year, which starts at Tết. */
typedef struct
{
  int      day;
  int      month;
  int      year;
  gboolean leap;
} McLunarDate;

gboolean mc_lunar_from_solar    (const GDate       *solar,
                                 McLunarDate       *lunar);
gboolean mc_lunar_to_solar      (const McLunarDate *lunar,
                                 GDate             *solar);
void     mc_lunar_new_year      (int                solar_year,
                                 GDate             *tet);

/* Private: the same for another time zone (8.0 for the Chinese calendar),
 * so that the tests can show that the time zone matters. */
void     _mc_lunar_new_year_tz  (int                solar_year,
                                 double             time_zone,
                                 GDate             *tet);

G_END_DECLS
