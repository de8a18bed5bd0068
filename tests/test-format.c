/* test-format.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "mc-format.h"

/* The tests run untranslated (LANGUAGE=C), so labels are the English
 * msgids. */

typedef struct
{
  gboolean    known;
  double      value;
  McTimeUnit  unit;
  const char *expected;
} DurationCase;

static void
test_duration (void)
{
  static const DurationCase cases[] = {
    /* 0 days: within the day of receipt. */
    { TRUE, 0, MC_TIME_UNIT_WORKING_DAYS, "Same day" },
    { TRUE, 0, MC_TIME_UNIT_CALENDAR_DAYS, "Same day" },
    { TRUE, 1, MC_TIME_UNIT_WORKING_DAYS, "1 working day" },
    { TRUE, 3, MC_TIME_UNIT_WORKING_DAYS, "3 working days" },
    { TRUE, 10, MC_TIME_UNIT_WORKING_DAYS, "10 working days" },
    { TRUE, 0.5, MC_TIME_UNIT_WORKING_DAYS, "0.5 working days" },
    { TRUE, 1.5, MC_TIME_UNIT_WORKING_DAYS, "1.5 working days" },
    { TRUE, 1, MC_TIME_UNIT_HOURS, "1 hour" },
    { TRUE, 4, MC_TIME_UNIT_HOURS, "4 hours" },
    { TRUE, 0.5, MC_TIME_UNIT_HOURS, "0.5 hours" },
    /* Zero hours is not "the same day". */
    { TRUE, 0, MC_TIME_UNIT_HOURS, "0 hours" },
    { TRUE, 1, MC_TIME_UNIT_CALENDAR_DAYS, "1 day" },
    { TRUE, 15, MC_TIME_UNIT_CALENDAR_DAYS, "15 days" },
    { TRUE, 365, MC_TIME_UNIT_CALENDAR_DAYS, "365 days" },
    /* Not stated: whatever the value and unit. */
    { FALSE, 0, MC_TIME_UNIT_WORKING_DAYS, "Not stated" },
    { FALSE, 3, MC_TIME_UNIT_HOURS, "Not stated" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *label = mc_format_duration (cases[i].known, cases[i].value,
                                                   cases[i].unit);

      g_test_message ("duration %d %g %d", cases[i].known, cases[i].value, cases[i].unit);
      g_assert_cmpstr (label, ==, cases[i].expected);
    }
}

static void
test_duration_vietnamese_numbers (void)
{
  g_autofree char *saved = g_strdup (setlocale (LC_NUMERIC, NULL));
  g_autofree char *label = NULL;

  if (setlocale (LC_NUMERIC, "vi_VN.UTF-8") == NULL)
    {
      g_test_skip ("The vi_VN.UTF-8 locale is not installed");
      return;
    }

  label = mc_format_duration (TRUE, 0.5, MC_TIME_UNIT_WORKING_DAYS);
  setlocale (LC_NUMERIC, saved);

  /* Vietnamese writes a decimal comma. */
  g_assert_cmpstr (label, ==, "0,5 working days");
}

typedef struct
{
  gint64      amount;
  const char *expected;
} MoneyCase;

static void
test_money (void)
{
  static const MoneyCase cases[] = {
    { 0, "Free" },
    { 1, "1 đ" },
    { 999, "999 đ" },
    { 1000, "1.000 đ" },
    { 2000, "2.000 đ" },
    { 8000, "8.000 đ" },
    { 10000, "10.000 đ" },
    { 50000, "50.000 đ" },
    { 100000, "100.000 đ" },
    { 400000, "400.000 đ" },
    { 1000000, "1.000.000 đ" },
    { 1234567, "1.234.567 đ" },
    { G_GINT64_CONSTANT (1000000000000), "1.000.000.000.000 đ" },
    { G_MAXINT64, "9.223.372.036.854.775.807 đ" },
    { -5000, "-5.000 đ" },
    { -100, "-100 đ" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *label = mc_format_money (cases[i].amount);

      g_test_message ("money %" G_GINT64_FORMAT, cases[i].amount);
      g_assert_cmpstr (label, ==, cases[i].expected);
    }
}

static void
test_money_ignores_locale (void)
{
  g_autofree char *saved = g_strdup (setlocale (LC_NUMERIC, NULL));
  g_autofree char *label = NULL;

  /* Amounts are in đồng: Vietnamese grouping whatever the locale. */
  setlocale (LC_NUMERIC, "C");
  label = mc_format_money (1000000);
  setlocale (LC_NUMERIC, saved);

  g_assert_cmpstr (label, ==, "1.000.000 đ");
}

typedef struct
{
  gboolean    has_amount;
  gint64      amount;
  const char *expected;
} FeeCase;

static void
test_fee (void)
{
  static const FeeCase cases[] = {
    { TRUE, 0, "Free" },
    { TRUE, 8000, "Fee: 8.000 đ" },
    { TRUE, 1000000, "Fee: 1.000.000 đ" },
    /* Set by the provincial People's Council: never shown as free. */
    { FALSE, 0, "Fee set locally" },
    { FALSE, 8000, "Fee set locally" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *label = mc_format_fee (cases[i].has_amount, cases[i].amount);

      g_test_message ("fee %d %" G_GINT64_FORMAT, cases[i].has_amount, cases[i].amount);
      g_assert_cmpstr (label, ==, cases[i].expected);
    }
}

typedef struct
{
  const char *iso;
  const char *expected;
} DateCase;

static void
test_date (void)
{
  static const DateCase cases[] = {
    { "2025-07-01", "01/07/2025" },
    { "2026-12-31", "31/12/2026" },
    { "1999-01-09", "09/01/1999" },
    { "2024-02-29", "29/02/2024" },
    /* Empty or not a date: nothing to show. */
    { "", "" },
    { NULL, "" },
    { "01/07/2025", "" },
    { "20250701", "" },
    { "soon", "" },
    { "2025-02-31", "" },
    { "2025-13-01", "" },
    { "2025-00-10", "" },
    { "2023-02-29", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *label = mc_format_date (cases[i].iso);

      g_test_message ("date “%s”", cases[i].iso != NULL ? cases[i].iso : "(null)");
      g_assert_cmpstr (label, ==, cases[i].expected);
    }
}

static void
test_labels (void)
{
  g_assert_cmpstr (mc_format_channel (MC_CHANNEL_COUNTER), ==, "At the counter");
  g_assert_cmpstr (mc_format_channel (MC_CHANNEL_ONLINE), ==, "Online");
  g_assert_cmpstr (mc_format_channel (MC_CHANNEL_POSTAL), ==, "By post");
  g_assert_cmpstr (mc_format_online_level (MC_ONLINE_LEVEL_NONE), ==, "No online service");
  g_assert_cmpstr (mc_format_online_level (MC_ONLINE_LEVEL_PARTIAL), ==, "Partial online service");
  g_assert_cmpstr (mc_format_online_level (MC_ONLINE_LEVEL_FULL), ==, "Full online service");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/format/duration/table", test_duration);
  g_test_add_func ("/format/duration/vietnamese-numbers", test_duration_vietnamese_numbers);
  g_test_add_func ("/format/money/table", test_money);
  g_test_add_func ("/format/money/ignores-locale", test_money_ignores_locale);
  g_test_add_func ("/format/fee", test_fee);
  g_test_add_func ("/format/date", test_date);
  g_test_add_func ("/format/labels", test_labels);

  return g_test_run ();
}
