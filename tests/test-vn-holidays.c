/* test-vn-holidays.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "mc-lunar.h"
#include "mc-vn-holidays.h"

/* The tests run untranslated (LANGUAGE=C): reasons are the msgids. */
#define NEW_YEAR "New Year's Day"
#define TET "Lunar New Year"
#define HUNG_KINGS "Hùng Kings' Commemoration Day"
#define REUNIFICATION "Reunification Day"
#define LABOUR "International Labour Day"
#define NATIONAL "National Day"
#define CULTURE "Vietnamese Culture Day"
#define COMPENSATORY "Compensatory day off"

typedef struct
{
  const char *date;  /* YYYY-MM-DD */
  const char *reason;
} Expected;

static char *
format_iso (const GDate *date)
{
  return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (date),
                          g_date_get_month (date), g_date_get_day (date));
}

/* "YYYY-MM-DD reason" lines, to compare whole years at once. */
static char *
format_entries (GArray     *entries,
                const char *month_prefix)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < entries->len; i++)
    {
      const McCalendarEntry *entry = &g_array_index (entries, McCalendarEntry, i);
      g_autofree char *iso = format_iso (&entry->date);

      if (month_prefix == NULL || g_str_has_prefix (iso, month_prefix))
        g_string_append_printf (text, "%s %s\n", iso, entry->reason);
    }

  return g_string_free (text, FALSE);
}

static char *
format_expected (const Expected *expected,
                 guint           n_expected)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < n_expected; i++)
    g_string_append_printf (text, "%s %s\n", expected[i].date, expected[i].reason);

  return g_string_free (text, FALSE);
}

static void
assert_days_off (int             year,
                 const char     *month_prefix,
                 const Expected *expected,
                 guint           n_expected)
{
  g_autoptr(GArray) entries = mc_vn_holidays_generate (year);
  g_autofree char *got = NULL;
  g_autofree char *want = format_expected (expected, n_expected);

  g_assert_nonnull (entries);
  got = format_entries (entries, month_prefix);
  g_assert_cmpstr (got, ==, want);
}

/* 2026: Tết is 16–20/02 (mùng 1 = 17/02), as the official notice has it;
 * Giỗ Tổ falls on Sunday 26/04 and is made up on Monday 27/04; 2/9 is a
 * Wednesday, joined by 1/9; Vietnamese Culture Day is new. */
static void
test_2026 (void)
{
  static const Expected expected[] = {
    { "2026-01-01", NEW_YEAR },
    { "2026-02-16", TET },
    { "2026-02-17", TET },
    { "2026-02-18", TET },
    { "2026-02-19", TET },
    { "2026-02-20", TET },
    { "2026-04-27", COMPENSATORY },
    { "2026-04-30", REUNIFICATION },
    { "2026-05-01", LABOUR },
    { "2026-09-01", NATIONAL },
    { "2026-09-02", NATIONAL },
    { "2026-11-24", CULTURE },
  };

  assert_days_off (2026, NULL, expected, G_N_ELEMENTS (expected));
}

/* 2027: mùng 1 is Saturday 06/02. The Tết days are Fri 05/02 to Tue
 * 09/02; Saturday and Sunday are made up on Wednesday and Thursday. */
static void
test_2027_tet (void)
{
  static const Expected expected[] = {
    { "2027-02-05", TET },
    { "2027-02-08", TET },
    { "2027-02-09", TET },
    { "2027-02-10", COMPENSATORY },
    { "2027-02-11", COMPENSATORY },
  };

  assert_days_off (2027, "2027-02", expected, G_N_ELEMENTS (expected));
}

/* The day joined to 2/9 matches the official notices of 2021–2026; a
 * 2/9 on Saturday (2023) is made up on Monday. */
static void
test_national_day (void)
{
  static const Expected expected_2021[] = {  /* Thursday */
    { "2021-09-02", NATIONAL },
    { "2021-09-03", NATIONAL },
  };
  static const Expected expected_2022[] = {  /* Friday */
    { "2022-09-01", NATIONAL },
    { "2022-09-02", NATIONAL },
  };
  static const Expected expected_2023[] = {  /* Saturday */
    { "2023-09-01", NATIONAL },
    { "2023-09-04", COMPENSATORY },
  };
  static const Expected expected_2024[] = {  /* Monday */
    { "2024-09-02", NATIONAL },
    { "2024-09-03", NATIONAL },
  };
  static const Expected expected_2025[] = {  /* Tuesday */
    { "2025-09-01", NATIONAL },
    { "2025-09-02", NATIONAL },
  };
  static const Expected expected_2030[] = {  /* Monday */
    { "2030-09-02", NATIONAL },
    { "2030-09-03", NATIONAL },
  };
  static const Expected expected_2029[] = {  /* Sunday: 1/9 is Saturday */
    { "2029-09-03", COMPENSATORY },
    { "2029-09-04", COMPENSATORY },
  };

  assert_days_off (2021, "2021-09", expected_2021, G_N_ELEMENTS (expected_2021));
  assert_days_off (2022, "2022-09", expected_2022, G_N_ELEMENTS (expected_2022));
  assert_days_off (2023, "2023-09", expected_2023, G_N_ELEMENTS (expected_2023));
  assert_days_off (2024, "2024-09", expected_2024, G_N_ELEMENTS (expected_2024));
  assert_days_off (2025, "2025-09", expected_2025, G_N_ELEMENTS (expected_2025));
  assert_days_off (2029, "2029-09", expected_2029, G_N_ELEMENTS (expected_2029));
  assert_days_off (2030, "2030-09", expected_2030, G_N_ELEMENTS (expected_2030));
}

/* Holidays on a weekend next to other holidays: the compensatory days
 * skip the holidays. 2023: Giỗ Tổ on Saturday 29/04, 30/04 on Sunday,
 * 1/5 on Monday → off up to Wednesday 03/05, as was announced. 2022:
 * 30/04 and 1/5 on the weekend → Monday 02/05 and Tuesday 03/05. */
static void
test_compensatory_chain (void)
{
  static const Expected expected_2023[] = {
    { "2023-05-01", LABOUR },
    { "2023-05-02", COMPENSATORY },
    { "2023-05-03", COMPENSATORY },
  };
  static const Expected expected_2022[] = {
    { "2022-05-02", COMPENSATORY },
    { "2022-05-03", COMPENSATORY },
  };

  assert_days_off (2023, "2023-05", expected_2023, G_N_ELEMENTS (expected_2023));
  assert_days_off (2023, "2023-04", NULL, 0);
  assert_days_off (2022, "2022-05", expected_2022, G_N_ELEMENTS (expected_2022));
}

static void
test_culture_day (void)
{
  g_autoptr(GArray) before = mc_vn_holidays_generate (2025);
  g_autoptr(GArray) after = mc_vn_holidays_generate (2027);
  g_autofree char *before_text = format_entries (before, "2025-11");
  g_autofree char *after_text = format_entries (after, "2027-11");

  g_assert_cmpstr (before_text, ==, "");
  g_assert_cmpstr (after_text, ==, "2027-11-24 " CULTURE "\n");
}

/* For every year: one entry per date, in order, each a weekday off with
 * a known reason, and one weekday off for each statutory holiday. */
static void
test_invariants (void)
{
  static const char * const reasons[] = {
    NEW_YEAR, TET, HUNG_KINGS, REUNIFICATION, LABOUR, NATIONAL, CULTURE,
    COMPENSATORY, NULL
  };

  for (int year = MC_LUNAR_MIN_YEAR; year <= MC_LUNAR_MAX_YEAR; year++)
    {
      g_autoptr(GArray) entries = mc_vn_holidays_generate (year);
      McLunarDate hung_kings = { 10, 3, year, FALSE };
      GDate hung_kings_day;
      guint expected_len = 11 + (year >= MC_VN_CULTURE_DAY_FIRST_YEAR);

      g_assert_nonnull (entries);

      /* Giỗ Tổ can fall on 30/4 or 1/5: one day off for the two. */
      g_assert_true (mc_lunar_to_solar (&hung_kings, &hung_kings_day));
      if ((g_date_get_month (&hung_kings_day) == G_DATE_APRIL
           && g_date_get_day (&hung_kings_day) == 30)
          || (g_date_get_month (&hung_kings_day) == G_DATE_MAY
              && g_date_get_day (&hung_kings_day) == 1))
        expected_len--;

      g_test_message ("holidays of %d", year);
      g_assert_cmpuint (entries->len, ==, expected_len);

      for (guint i = 0; i < entries->len; i++)
        {
          const McCalendarEntry *entry = &g_array_index (entries, McCalendarEntry, i);
          GDateWeekday weekday = g_date_get_weekday (&entry->date);

          g_assert_true (g_date_valid (&entry->date));
          g_assert_cmpuint (g_date_get_year (&entry->date), ==, year);
          g_assert_cmpint (weekday, !=, G_DATE_SATURDAY);
          g_assert_cmpint (weekday, !=, G_DATE_SUNDAY);
          g_assert_cmpint (entry->kind, ==, MC_DAY_OFF);
          g_assert_true (g_strv_contains (reasons, entry->reason));
          if (i > 0)
            g_assert_cmpint (g_date_compare (&g_array_index (entries, McCalendarEntry, i - 1).date,
                                             &entry->date), <, 0);
        }
    }
}

static void
test_out_of_range (void)
{
  GArray *entries;

  g_test_expect_message ("mc-vn-holidays", G_LOG_LEVEL_CRITICAL, "*year*");
  entries = mc_vn_holidays_generate (MC_LUNAR_MAX_YEAR + 1);
  g_test_assert_expected_messages ();
  g_assert_null (entries);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/vn-holidays/2026", test_2026);
  g_test_add_func ("/vn-holidays/2027-tet", test_2027_tet);
  g_test_add_func ("/vn-holidays/national-day", test_national_day);
  g_test_add_func ("/vn-holidays/compensatory-chain", test_compensatory_chain);
  g_test_add_func ("/vn-holidays/culture-day", test_culture_day);
  g_test_add_func ("/vn-holidays/invariants", test_invariants);
  g_test_add_func ("/vn-holidays/out-of-range", test_out_of_range);

  return g_test_run ();
}
