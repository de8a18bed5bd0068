/* mc-lunar.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-lunar"

#include "config.h"

#include <math.h>

#include "mc-lunar.h"

/*
 * The Vietnamese lunisolar calendar, computed from the astronomy as in the
 * widely published method of Hồ Ngọc Đức:
 *
 *  - a month starts on the local day of a new moon, and lasts until the
 *    day before the next one (29 or 30 days);
 *  - month 11 is the month in which the winter solstice falls;
 *  - when 13 months, not 12, start between two such months 11, the first
 *    of them without a major solar term (trung khí: the Sun entering a
 *    new 30° sector of the ecliptic) is a leap month, numbered like the
 *    month before it.
 *
 * "Local" is what makes the calendar Vietnamese: the days are those of
 * UTC+7, the official rule since 1968. The Chinese calendar applies the
 * same rules at UTC+8, and a new moon or a solar term between 16:00 and
 * 17:00 UT falls on different days in the two: that moved Tết in 1968,
 * 1985 and 2007. Before 1968 Vietnam followed the Chinese calendar: for
 * 1900–1967 this one, at UTC+7 throughout, differs from the almanacs of
 * the time in about thirty months (starting a day earlier, or another
 * leap month in 1917, 1922 and 1938).
 *
 * With the series below, month starts and leap months agree with Hồ Ngọc
 * Đức's published tables for every month of 1968–2199 but one: the new
 * moon of 7 May 2054 comes seconds after midnight at UTC+7, closer than
 * the uncertainty of ΔT, and the tables put it on the day before.
 *
 * Days are Julian day numbers (JDN; 2000-01-01 is 2451545); instants are
 * Julian days as doubles, in UT, or in dynamical time (TT) where named
 * jde.
 */

/* GDate's Julian day 1 is 0001-01-01, JDN 1721426. */
#define GDATE_TO_JDN 1721425

/* The mean length of a lunation, in days. */
#define SYNODIC_MONTH 29.530588861

/* The mean new moon of lunation 0, 2000-01-06 14:20 TT: lunations are
 * counted from it, as in Meeus. */
#define LUNATION_0_JDE 2451550.09766

/* 2000-01-01 12:00 TT, the epoch of the solar formulas. */
#define J2000_JDE 2451545.0

#define DEG (G_PI / 180.0)

/* The Sun enters sector 9 (270°) at the winter solstice. */
#define SOLSTICE_SECTOR 9

/* The months between one month 11 and the next, which begin and end near
 * two winter solstices. */
typedef struct
{
  int    year;         /* lunar year of months 1 to 10 */
  int    first;        /* lunation of month 11 of year − 1 */
  int    n_months;     /* 12, or 13 with a leap month */
  int    leap_offset;  /* lunations from first to the leap month; 0: none */
} LunarFrame;

/* A periodic term of the new moon: coefficient (days) × E^e ×
 * sin (m·M + mp·M′ + f·F), where M and M′ are the mean anomalies of the
 * Sun and the Moon, F the Moon's argument of latitude and E the
 * eccentricity factor of the Earth's orbit. */
typedef struct
{
  double coefficient;
  int    e;
  int    m;
  int    mp;
  int    f;
} NewMoonTerm;

/* J. Meeus, "Astronomical Algorithms" (2nd ed.), ch. 49, new moon;
 * the term in Ω, −0.00017 sin Ω, is added on its own. */
static const NewMoonTerm new_moon_terms[] = {
  { -0.40720, 0, 0, 1, 0 },
  { 0.17241, 1, 1, 0, 0 },
  { 0.01608, 0, 0, 2, 0 },
  { 0.01039, 0, 0, 0, 2 },
  { 0.00739, 1, -1, 1, 0 },
  { -0.00514, 1, 1, 1, 0 },
  { 0.00208, 2, 2, 0, 0 },
  { -0.00111, 0, 0, 1, -2 },
  { -0.00057, 0, 0, 1, 2 },
  { 0.00056, 1, 1, 2, 0 },
  { -0.00042, 0, 0, 3, 0 },
  { 0.00042, 1, 1, 0, 2 },
  { 0.00038, 1, 1, 0, -2 },
  { -0.00024, 1, -1, 2, 0 },
  { -0.00007, 0, 2, 1, 0 },
  { 0.00004, 0, 0, 2, -2 },
  { 0.00004, 0, 3, 0, 0 },
  { 0.00003, 0, 1, 1, -2 },
  { 0.00003, 0, 0, 2, 2 },
  { -0.00003, 0, 1, 1, 2 },
  { 0.00003, 0, -1, 1, 2 },
  { -0.00002, 0, -1, 1, -2 },
  { -0.00002, 0, 1, 3, 0 },
  { 0.00002, 0, 0, 4, 0 },
};

/* The same chapter's corrections for the planets: coefficient (days) ×
 * sin (a0 + a1·k); the first argument also has −0.009173·T². */
static const struct
{
  double coefficient;
  double a0;
  double a1;
} planetary_terms[] = {
  { 0.000325, 299.77, 0.107408 },
  { 0.000165, 251.88, 0.016321 },
  { 0.000164, 251.83, 26.651886 },
  { 0.000126, 349.42, 36.412478 },
  { 0.000110, 84.66, 18.206239 },
  { 0.000062, 141.74, 53.303771 },
  { 0.000060, 207.14, 2.453732 },
  { 0.000056, 154.84, 7.306860 },
  { 0.000047, 34.52, 27.261239 },
  { 0.000042, 207.19, 0.121824 },
  { 0.000040, 291.34, 1.844379 },
  { 0.000037, 161.72, 24.198154 },
  { 0.000035, 239.56, 25.513099 },
  { 0.000023, 331.55, 3.592518 },
};

static int
jdn_from_gdate (const GDate *date)
{
  return (int) g_date_get_julian (date) + GDATE_TO_JDN;
}

static void
gdate_set_jdn (GDate *date,
               int    jdn)
{
  g_date_clear (date, 1);
  g_date_set_julian (date, (guint32) (jdn - GDATE_TO_JDN));
}

static int
jdn_from_dmy (int        day,
              GDateMonth month,
              int        year)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, (GDateDay) day, month, (GDateYear) year);
  return jdn_from_gdate (&date);
}

static gboolean
jdn_in_range (int jdn)
{
  return jdn >= jdn_from_dmy (1, G_DATE_JANUARY, MC_LUNAR_MIN_YEAR)
         && jdn <= jdn_from_dmy (31, G_DATE_DECEMBER, MC_LUNAR_MAX_YEAR);
}

/* ΔT = TT − UT in days, near the instant @jde: the polynomials of
 * Espenak and Meeus (NASA, "Five Millennium Canon of Solar Eclipses"),
 * measured up to 2005 and extrapolated after. The first one also serves
 * for the few days of 1899 the conversions look at. */
static double
delta_t (double jde)
{
  double y = 2000.0 + (jde - J2000_JDE) / 365.25;
  double t, u, seconds;

  if (y < 1920)
    {
      t = y - 1900;
      seconds = -2.79 + 1.494119 * t - 0.0598939 * t * t + 0.0061966 * t * t * t
                - 0.000197 * t * t * t * t;
    }
  else if (y < 1941)
    {
      t = y - 1920;
      seconds = 21.20 + 0.84493 * t - 0.076100 * t * t + 0.0020936 * t * t * t;
    }
  else if (y < 1961)
    {
      t = y - 1950;
      seconds = 29.07 + 0.407 * t - t * t / 233 + t * t * t / 2547;
    }
  else if (y < 1986)
    {
      t = y - 1975;
      seconds = 45.45 + 1.067 * t - t * t / 260 - t * t * t / 718;
    }
  else if (y < 2005)
    {
      t = y - 2000;
      seconds = 63.86 + 0.3345 * t - 0.060374 * t * t + 0.0017275 * t * t * t
                + 0.000651814 * t * t * t * t + 0.00002373599 * t * t * t * t * t;
    }
  else if (y < 2050)
    {
      t = y - 2000;
      seconds = 62.92 + 0.32217 * t + 0.005589 * t * t;
    }
  else
    {
      u = (y - 1820) / 100;
      seconds = -20 + 32 * u * u;
      if (y < 2150)
        seconds -= 0.5628 * (2150 - y);
    }

  return seconds / 86400.0;
}

/* The instant (Julian day, UT) of the new moon of lunation @k, counted
 * from the one of January 2000, by Meeus, "Astronomical Algorithms",
 * ch. 49: within a minute of the true one from 1900 to 2199, which tells
 * the day but for a new moon within that minute of midnight. */
static double
new_moon_jd (int k)
{
  double t = k / 1236.85;  /* Julian centuries from 2000 */
  double t2 = t * t;
  double t3 = t2 * t;
  double t4 = t3 * t;
  double jde, e, m, mp, f, omega;

  jde = LUNATION_0_JDE + SYNODIC_MONTH * k + 0.00015437 * t2 - 0.000000150 * t3
        + 0.00000000073 * t4;

  e = 1 - 0.002516 * t - 0.0000074 * t2;
  m = (2.5534 + 29.10535670 * k - 0.0000014 * t2 - 0.00000011 * t3) * DEG;
  mp = (201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3
        - 0.000000058 * t4) * DEG;
  f = (160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3
       + 0.000000011 * t4) * DEG;
  omega = (124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3) * DEG;

  /* From the mean to the true new moon. */
  for (guint i = 0; i < G_N_ELEMENTS (new_moon_terms); i++)
    {
      const NewMoonTerm *term = &new_moon_terms[i];

      jde += term->coefficient * pow (e, term->e)
             * sin (term->m * m + term->mp * mp + term->f * f);
    }
  jde -= 0.00017 * sin (omega);

  for (guint i = 0; i < G_N_ELEMENTS (planetary_terms); i++)
    {
      double argument = planetary_terms[i].a0 + planetary_terms[i].a1 * k;

      if (i == 0)
        argument -= 0.009173 * t2;
      jde += planetary_terms[i].coefficient * sin (argument * DEG);
    }

  return jde - delta_t (jde);
}

/* The local day (JDN) on which lunation @k begins. */
static int
new_moon_day (int    k,
              double tz)
{
  return (int) floor (new_moon_jd (k) + 0.5 + tz / 24.0);
}

/* The Sun's apparent longitude in degrees, [0, 360), at the instant @jd
 * (UT): the mean longitude, the equation of the centre, then nutation and
 * aberration (Meeus, "Astronomical Algorithms", ch. 25, low accuracy:
 * 0.01°, a quarter of an hour of the Sun's motion). */
static double
sun_longitude (double jd)
{
  double jde = jd + delta_t (jd);
  double t = (jde - J2000_JDE) / 36525.0;
  double t2 = t * t;
  double m = (357.52911 + 35999.05029 * t - 0.0001537 * t2) * DEG;
  double l0 = 280.46646 + 36000.76983 * t + 0.0003032 * t2;
  double centre = (1.914602 - 0.004817 * t - 0.000014 * t2) * sin (m)
                  + (0.019993 - 0.000101 * t) * sin (2 * m)
                  + 0.000289 * sin (3 * m);
  double omega = (125.04 - 1934.136 * t) * DEG;  /* Moon's node */
  double l;

  l = fmod (l0 + centre - 0.00569 - 0.00478 * sin (omega), 360.0);

  return l < 0 ? l + 360.0 : l;
}

/* Which 30° sector of the ecliptic (0: 0°–30°, …, 9: 270°–300°) the Sun
 * is in at the start (local midnight) of day @jdn. A month that starts
 * and ends in the same sector holds no major solar term. */
static int
sun_sector (int    jdn,
            double tz)
{
  return (int) (sun_longitude (jdn - 0.5 - tz / 24.0) / 30.0);
}

/* The lunation whose month holds day @jdn. */
static int
lunation_of_day (int    jdn,
                 double tz)
{
  /* The true new moon is within a day of the mean one, so this is at most
   * one lunation off. */
  int k = (int) floor ((jdn - LUNATION_0_JDE) / SYNODIC_MONTH);

  while (new_moon_day (k + 1, tz) <= jdn)
    k++;
  while (new_moon_day (k, tz) > jdn)
    k--;

  return k;
}

/* The lunation of month 11: the month in which the winter solstice of the
 * solar year @year falls. */
static int
month_11_lunation (int    year,
                   double tz)
{
  int k = lunation_of_day (jdn_from_dmy (31, G_DATE_DECEMBER, year), tz);

  /* The month of 31 December began after the solstice when the Sun was
   * already past 270° at its start; then it is the month before. */
  while (sun_sector (new_moon_day (k, tz), tz) >= SOLSTICE_SECTOR)
    k--;

  return k;
}

static void
lunar_frame_init (LunarFrame *frame,
                  int         year,
                  double      tz)
{
  frame->year = year;
  frame->first = month_11_lunation (year - 1, tz);
  frame->n_months = month_11_lunation (year, tz) - frame->first;
  frame->leap_offset = 0;

  if (frame->n_months > 12)
    {
      /* Month 11 holds the solstice, so the leap month is after it; 12
       * terms for 13 months leave at least one month without any. */
      int sector = sun_sector (new_moon_day (frame->first + 1, tz), tz);

      for (int i = 1; i < frame->n_months; i++)
        {
          int next = sun_sector (new_moon_day (frame->first + i + 1, tz), tz);

          if (next == sector)
            {
              frame->leap_offset = i;
              break;
            }
          sector = next;
        }
    }
}

/* The number of the month that starts @offset lunations after month 11,
 * and whether it is the leap month. */
static void
lunar_frame_month (const LunarFrame *frame,
                   int               offset,
                   int              *month,
                   gboolean         *leap)
{
  int counted = offset;  /* months since month 11, but the leap month */

  *leap = FALSE;
  if (frame->leap_offset > 0 && offset >= frame->leap_offset)
    {
      counted = offset - 1;
      *leap = offset == frame->leap_offset;
    }

  *month = (counted + 10) % 12 + 1;
}

static void
lunar_from_jdn (int          jdn,
                int          solar_year,
                double       tz,
                McLunarDate *lunar)
{
  LunarFrame frame;
  int k = lunation_of_day (jdn, tz);

  /* 1 January is always after the month 11 that starts the frame, but
   * December may be past the one that ends it. */
  lunar_frame_init (&frame, solar_year, tz);
  if (k >= frame.first + frame.n_months)
    lunar_frame_init (&frame, solar_year + 1, tz);

  lunar_frame_month (&frame, k - frame.first, &lunar->month, &lunar->leap);
  lunar->day = jdn - new_moon_day (k, tz) + 1;
  lunar->year = lunar->month >= 11 ? frame.year - 1 : frame.year;
}

static gboolean
lunar_to_jdn (const McLunarDate *lunar,
              double             tz,
              int               *jdn)
{
  LunarFrame frame;
  int counted, offset, start, length;

  if (lunar->month < 1 || lunar->month > 12 || lunar->day < 1 || lunar->day > 30)
    return FALSE;
  /* Only to keep the arithmetic sane: the caller checks the result. */
  if (lunar->year < MC_LUNAR_MIN_YEAR - 1 || lunar->year > MC_LUNAR_MAX_YEAR)
    return FALSE;

  /* Months 11 and 12 start the frame of the next year. */
  lunar_frame_init (&frame, lunar->month >= 11 ? lunar->year + 1 : lunar->year, tz);

  counted = (lunar->month + 1) % 12;
  if (lunar->leap)
    {
      if (frame.leap_offset == 0 || frame.leap_offset != counted + 1)
        return FALSE;
      offset = counted + 1;
    }
  else if (frame.leap_offset > 0 && counted >= frame.leap_offset)
    offset = counted + 1;
  else
    offset = counted;

  start = new_moon_day (frame.first + offset, tz);
  length = new_moon_day (frame.first + offset + 1, tz) - start;
  if (lunar->day > length)
    return FALSE;

  *jdn = start + lunar->day - 1;
  return TRUE;
}

/**
 * mc_lunar_from_solar:
 * @solar: a valid Gregorian date
 * @lunar: (out): where to store the lunar date
 *
 * Converts @solar to the Vietnamese lunar calendar (UTC+7).
 *
 * Returns: %TRUE, or %FALSE when @solar is outside the years
 *   %MC_LUNAR_MIN_YEAR to %MC_LUNAR_MAX_YEAR
 */
gboolean
mc_lunar_from_solar (const GDate *solar,
                     McLunarDate *lunar)
{
  int jdn;

  g_return_val_if_fail (solar != NULL, FALSE);
  g_return_val_if_fail (g_date_valid (solar), FALSE);
  g_return_val_if_fail (lunar != NULL, FALSE);

  jdn = jdn_from_gdate (solar);
  if (!jdn_in_range (jdn))
    return FALSE;

  lunar_from_jdn (jdn, g_date_get_year (solar), MC_LUNAR_VN_TIME_ZONE, lunar);
  return TRUE;
}

/**
 * mc_lunar_to_solar:
 * @lunar: a Vietnamese lunar date
 * @solar: (out caller-allocates): where to store the Gregorian date
 *
 * Converts @lunar to the Gregorian calendar. Months 11 and 12 of lunar
 * year Y fall in December of Y or in January–February of Y + 1.
 *
 * Returns: %TRUE, or %FALSE (leaving @solar cleared) when @lunar does not
 *   exist — day 30 of a 29-day month, a leap month that the year does
 *   not have — or is outside the supported years
 */
gboolean
mc_lunar_to_solar (const McLunarDate *lunar,
                   GDate             *solar)
{
  int jdn;

  g_return_val_if_fail (lunar != NULL, FALSE);
  g_return_val_if_fail (solar != NULL, FALSE);

  g_date_clear (solar, 1);
  if (!lunar_to_jdn (lunar, MC_LUNAR_VN_TIME_ZONE, &jdn) || !jdn_in_range (jdn))
    return FALSE;

  gdate_set_jdn (solar, jdn);
  return TRUE;
}

void
_mc_lunar_new_year_tz (int     solar_year,
                       double  time_zone,
                       GDate  *tet)
{
  McLunarDate first = { 1, 1, solar_year, FALSE };
  int jdn;

  g_return_if_fail (tet != NULL);

  g_date_clear (tet, 1);
  g_return_if_fail (solar_year >= MC_LUNAR_MIN_YEAR && solar_year <= MC_LUNAR_MAX_YEAR);

  /* Month 1 is never a leap month, so it always exists. */
  if (!lunar_to_jdn (&first, time_zone, &jdn))
    g_return_if_reached ();

  gdate_set_jdn (tet, jdn);
}

/**
 * mc_lunar_new_year:
 * @solar_year: a year from %MC_LUNAR_MIN_YEAR to %MC_LUNAR_MAX_YEAR
 * @tet: (out caller-allocates): where to store the date
 *
 * Sets @tet to mùng 1 Tết, the first day of lunar year @solar_year,
 * which always falls between 21 January and 20 February of @solar_year.
 */
void
mc_lunar_new_year (int    solar_year,
                   GDate *tet)
{
  _mc_lunar_new_year_tz (solar_year, MC_LUNAR_VN_TIME_ZONE, tet);
}
