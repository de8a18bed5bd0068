/* test-lunar.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>

#include "mc-lunar.h"

typedef struct
{
  const char *solar;  /* YYYY-MM-DD */
  int         day;
  int         month;
  int         year;
  gboolean    leap;
} LunarCase;

static void
parse_iso (const char *iso,
           GDate      *date)
{
  unsigned int y, m, d;

  g_assert_cmpint (sscanf (iso, "%u-%u-%u", &y, &m, &d), ==, 3);
  g_date_clear (date, 1);
  g_date_set_dmy (date, (GDateDay) d, (GDateMonth) m, (GDateYear) y);
  g_assert_true (g_date_valid (date));
}

static char *
format_iso (const GDate *date)
{
  if (!g_date_valid (date))
    return g_strdup ("(invalid)");

  return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (date),
                          g_date_get_month (date), g_date_get_day (date));
}

static char *
format_lunar (const McLunarDate *lunar)
{
  return g_strdup_printf ("%d/%d%s/%d", lunar->day, lunar->month,
                          lunar->leap ? " leap" : "", lunar->year);
}

/* Mùng 1 Tết as published for Vietnam. 1968, 1985 and 2007 are years in
 * which it differs from the Chinese New Year (UTC+8). */
static const struct
{
  int         year;
  const char *tet;
  const char *chinese;
} new_years[] = {
  { 1968, "1968-01-29", "1968-01-30" },
  { 1985, "1985-01-21", "1985-02-20" },
  { 2007, "2007-02-17", "2007-02-18" },
  { 2020, "2020-01-25", "2020-01-25" },
  { 2021, "2021-02-12", "2021-02-12" },
  { 2022, "2022-02-01", "2022-02-01" },
  { 2023, "2023-01-22", "2023-01-22" },
  { 2024, "2024-02-10", "2024-02-10" },
  { 2025, "2025-01-29", "2025-01-29" },
  { 2026, "2026-02-17", "2026-02-17" },
  { 2027, "2027-02-06", "2027-02-06" },
};

static void
test_new_year_table (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (new_years); i++)
    {
      GDate tet;
      g_autofree char *iso = NULL;

      mc_lunar_new_year (new_years[i].year, &tet);
      iso = format_iso (&tet);
      g_test_message ("Tết %d", new_years[i].year);
      g_assert_cmpstr (iso, ==, new_years[i].tet);
    }
}

/* The same rules at UTC+8 give the Chinese calendar: the time zone is
 * what moves Tết in 1968, 1985 and 2007. */
static void
test_new_year_time_zone (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (new_years); i++)
    {
      GDate vietnam, china;
      g_autofree char *vietnam_iso = NULL;
      g_autofree char *china_iso = NULL;

      _mc_lunar_new_year_tz (new_years[i].year, 7.0, &vietnam);
      _mc_lunar_new_year_tz (new_years[i].year, 8.0, &china);
      vietnam_iso = format_iso (&vietnam);
      china_iso = format_iso (&china);

      g_test_message ("New year %d at UTC+7 and UTC+8", new_years[i].year);
      g_assert_cmpstr (vietnam_iso, ==, new_years[i].tet);
      g_assert_cmpstr (china_iso, ==, new_years[i].chinese);
      if (new_years[i].year == 1968 || new_years[i].year == 1985 || new_years[i].year == 2007)
        g_assert_cmpstr (vietnam_iso, !=, china_iso);
    }
}

/* Tết is always between 21 January and 20 February, and it is lunar
 * 1/1 of the year. */
static void
test_new_year_range (void)
{
  for (int year = MC_LUNAR_MIN_YEAR; year <= MC_LUNAR_MAX_YEAR; year++)
    {
      GDate tet, first, last;
      McLunarDate lunar;

      g_date_clear (&first, 1);
      g_date_clear (&last, 1);
      g_date_set_dmy (&first, 21, G_DATE_JANUARY, (GDateYear) year);
      g_date_set_dmy (&last, 20, G_DATE_FEBRUARY, (GDateYear) year);

      mc_lunar_new_year (year, &tet);
      g_assert_true (g_date_valid (&tet));
      g_assert_cmpint (g_date_compare (&tet, &first), >=, 0);
      g_assert_cmpint (g_date_compare (&tet, &last), <=, 0);

      g_assert_true (mc_lunar_from_solar (&tet, &lunar));
      g_assert_cmpint (lunar.day, ==, 1);
      g_assert_cmpint (lunar.month, ==, 1);
      g_assert_cmpint (lunar.year, ==, year);
      g_assert_false (lunar.leap);
    }
}

static const LunarCase conversions[] = {
  /* Giỗ Tổ Hùng Vương, 10/3. */
  { "2024-04-18", 10, 3, 2024, FALSE },
  { "2025-04-07", 10, 3, 2025, FALSE },
  { "2026-04-26", 10, 3, 2026, FALSE },
  /* 2023 has a leap month 2, between month 2 and month 3. */
  { "2023-02-20", 1, 2, 2023, FALSE },
  { "2023-03-21", 30, 2, 2023, FALSE },
  { "2023-03-22", 1, 2, 2023, TRUE },
  { "2023-04-19", 29, 2, 2023, TRUE },
  { "2023-04-20", 1, 3, 2023, FALSE },
  { "2023-04-29", 10, 3, 2023, FALSE },
  /* Month 12 of lunar 2023 had 30 days, that of 2024 only 29: no
   * "30 Tết" in 2025. */
  { "2024-02-09", 30, 12, 2023, FALSE },
  { "2024-02-10", 1, 1, 2024, FALSE },
  { "2025-01-28", 29, 12, 2024, FALSE },
  { "2025-01-29", 1, 1, 2025, FALSE },
  /* Months 11 and 12 keep the lunar year they started in. */
  { "2025-12-31", 12, 11, 2025, FALSE },
  { "2026-01-01", 13, 11, 2025, FALSE },
  { "2026-02-16", 29, 12, 2025, FALSE },
  /* 2025 has a leap month 6, 2020 a leap month 4. */
  { "2025-07-25", 1, 6, 2025, TRUE },
  { "2025-08-23", 1, 7, 2025, FALSE },
  { "2020-05-23", 1, 4, 2020, TRUE },
  /* The ends of the range. */
  { "1900-01-01", 1, 12, 1899, FALSE },
  { "1900-01-31", 1, 1, 1900, FALSE },
};

static void
test_conversion_table (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (conversions); i++)
    {
      const LunarCase *c = &conversions[i];
      McLunarDate expected = { c->day, c->month, c->year, c->leap };
      McLunarDate lunar = { 0 };
      GDate solar, back;
      g_autofree char *expected_text = format_lunar (&expected);
      g_autofree char *lunar_text = NULL;
      g_autofree char *back_iso = NULL;

      g_test_message ("%s is %s", c->solar, expected_text);
      parse_iso (c->solar, &solar);

      g_assert_true (mc_lunar_from_solar (&solar, &lunar));
      lunar_text = format_lunar (&lunar);
      g_assert_cmpstr (lunar_text, ==, expected_text);

      g_assert_true (mc_lunar_to_solar (&expected, &back));
      back_iso = format_iso (&back);
      g_assert_cmpstr (back_iso, ==, c->solar);
    }
}

/* Every day of 1990–2100 converts to a lunar date and back, and the lunar
 * dates of consecutive days follow each other. */
static void
test_round_trip (void)
{
  GDate day, end;
  McLunarDate previous = { 0 };
  int n_leap_months = 0;

  g_date_clear (&day, 1);
  g_date_clear (&end, 1);
  g_date_set_dmy (&day, 1, G_DATE_JANUARY, 1990);
  g_date_set_dmy (&end, 31, G_DATE_DECEMBER, 2100);

  for (; g_date_compare (&day, &end) <= 0; g_date_add_days (&day, 1))
    {
      McLunarDate lunar;
      GDate back;

      if (!mc_lunar_from_solar (&day, &lunar))
        {
          g_autofree char *iso = format_iso (&day);
          g_error ("%s: no lunar date", iso);
        }
      if (!mc_lunar_to_solar (&lunar, &back) || g_date_compare (&back, &day) != 0)
        {
          g_autofree char *iso = format_iso (&day);
          g_autofree char *text = format_lunar (&lunar);
          g_autofree char *back_iso = format_iso (&back);
          g_error ("%s → %s → %s", iso, text, back_iso);
        }

      g_assert_cmpint (lunar.day, >=, 1);
      g_assert_cmpint (lunar.day, <=, 30);
      if (previous.day != 0)
        {
          if (lunar.day != 1)
            {
              g_assert_cmpint (lunar.day, ==, previous.day + 1);
              g_assert_cmpint (lunar.month, ==, previous.month);
              g_assert_cmpint (lunar.year, ==, previous.year);
              g_assert_cmpint (lunar.leap, ==, previous.leap);
            }
          else
            {
              /* A month has 29 or 30 days; a leap month repeats the
               * number of the one before it. */
              g_assert_cmpint (previous.day, >=, 29);
              if (lunar.leap)
                {
                  g_assert_false (previous.leap);
                  g_assert_cmpint (lunar.month, ==, previous.month);
                  n_leap_months++;
                }
              else
                g_assert_cmpint (lunar.month, ==, previous.month % 12 + 1);
              g_assert_cmpint (lunar.year, ==,
                               previous.year + (lunar.month == 1 && !lunar.leap));
            }
        }
      previous = lunar;
    }

  /* 7 leap months every 19 years: 41 in 111 years. */
  g_assert_cmpint (n_leap_months, ==, 41);
}

static void
test_leap_months (void)
{
  /* The leap months of some years (month 0: none). */
  static const struct
  {
    int year;
    int leap_month;
  } years[] = {
    { 2017, 6 },
    { 2020, 4 },
    { 2021, 0 },
    { 2023, 2 },
    { 2024, 0 },
    { 2025, 6 },
    { 2026, 0 },
    { 2028, 5 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (years); i++)
    {
      int found = 0;

      for (int month = 1; month <= 12; month++)
        {
          McLunarDate lunar = { 1, month, years[i].year, TRUE };
          GDate solar;

          if (mc_lunar_to_solar (&lunar, &solar))
            {
              g_assert_cmpint (found, ==, 0);
              found = month;
            }
          else
            g_assert_false (g_date_valid (&solar));
        }

      g_test_message ("leap month of %d", years[i].year);
      g_assert_cmpint (found, ==, years[i].leap_month);
    }
}

static void
test_nonexistent (void)
{
  static const McLunarDate dates[] = {
    /* Month 12 of 2024 and the leap month 2 of 2023 have 29 days. */
    { 30, 12, 2024, FALSE },
    { 30, 2, 2023, TRUE },
    /* Leap months the years do not have. */
    { 1, 3, 2023, TRUE },
    { 1, 2, 2024, TRUE },
    { 15, 1, 2026, TRUE },
    /* Not dates at all. */
    { 0, 1, 2026, FALSE },
    { 31, 1, 2026, FALSE },
    { 1, 0, 2026, FALSE },
    { 1, 13, 2026, FALSE },
    /* Outside the supported years. */
    { 1, 11, 1899, FALSE },
    { 1, 1, 2200, FALSE },
    { 1, 1, -5, FALSE },
    { 1, 1, G_MAXINT, FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
    {
      GDate solar;
      g_autofree char *text = format_lunar (&dates[i]);

      g_test_message ("%s does not exist", text);
      g_assert_false (mc_lunar_to_solar (&dates[i], &solar));
      g_assert_false (g_date_valid (&solar));
    }
}

static void
test_solar_range (void)
{
  static const struct
  {
    const char *solar;
    gboolean    valid;
  } cases[] = {
    { "1899-12-31", FALSE },
    { "1900-01-01", TRUE },
    { "2199-12-31", TRUE },
    { "2200-01-01", FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      GDate solar;
      McLunarDate lunar;

      parse_iso (cases[i].solar, &solar);
      g_assert_cmpint (mc_lunar_from_solar (&solar, &lunar), ==, cases[i].valid);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/lunar/new-year/table", test_new_year_table);
  g_test_add_func ("/lunar/new-year/time-zone", test_new_year_time_zone);
  g_test_add_func ("/lunar/new-year/range", test_new_year_range);
  g_test_add_func ("/lunar/conversion/table", test_conversion_table);
  g_test_add_func ("/lunar/conversion/round-trip", test_round_trip);
  g_test_add_func ("/lunar/leap-months", test_leap_months);
  g_test_add_func ("/lunar/nonexistent", test_nonexistent);
  g_test_add_func ("/lunar/solar-range", test_solar_range);

  return g_test_run ();
}
