/* test-dossier-code.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "mc-dossier-code.h"
#include "mc-error.h"

/* An invalid value: the error must name the problem. */
static void
assert_error_mentions (const GError *error,
                       const char   *key)
{
  g_assert_error (error, MC_ERROR, MC_ERROR_INVALID);
  g_test_message ("  error: %s", error->message);
  g_assert_nonnull (strstr (error->message, key));
}

typedef struct
{
  const char *code;
  const char *error_key;  /* NULL: valid */
} AgencyCase;

static void
test_agency_validate (void)
{
  static const AgencyCase cases[] = {
    { "000.17.22.H56", NULL },
    { "000.00.00.H56", NULL },
    { "000.00.00.H22", NULL },
    { "000.00.15.G01", NULL },
    { "123.45.67.A00", NULL },
    { NULL, "Type the agency" },
    { "", "Type the agency" },
    { "000.17.22", "four groups" },
    { "H56", "four groups" },
    { "000.17.22.H56.01", "four groups" },
    { "000-17-22-H56", "four groups" },
    { "000.17.22..H56", "four groups" },
    { "00.17.22.H56", "3 digits" },
    { "0000.17.22.H56", "3 digits" },
    { " 000.17.22.H56", "3 digits" },
    { "000.1.22.H56", "2 digits" },
    { "000.17.2a.H56", "2 digits" },
    { "000.17..H56", "four groups" },
    { ".000.17.22.H56", "four groups" },
    { "000.17.22.h56", "capital letter" },
    { "000.17.22.56", "capital letter" },
    { "000.17.22.H5", "capital letter" },
    { "000.17.22.H567", "capital letter" },
    { "000.17.22.HH6", "capital letter" },
    { "000.17.22.H56 ", "capital letter" },
    { "000.17.22.Đ56", "capital letters and dots" },
    { "000.17.22.H56-210531-0001", "capital letter" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      gboolean ok;

      g_test_message ("agency “%s”", cases[i].code);
      ok = mc_agency_code_validate (cases[i].code, &error);

      if (cases[i].error_key == NULL)
        {
          g_assert_no_error (error);
          g_assert_true (ok);
        }
      else
        {
          g_assert_false (ok);
          assert_error_mentions (error, cases[i].error_key);
        }
    }
}

typedef struct
{
  const char *agency;
  guint       year, month, day;
  guint       number;
  const char *expected;
} FormatCase;

static void
test_format (void)
{
  static const FormatCase cases[] = {
    /* The real example of the domain notes. */
    { "000.17.22.H56", 2021, 5, 31, 1, "000.17.22.H56-210531-0001" },
    { "000.17.22.H56", 2021, 5, 31, 42, "000.17.22.H56-210531-0042" },
    { "000.00.00.H22", 2026, 1, 2, 4999, "000.00.00.H22-260102-4999" },
    { "000.00.00.H22", 2026, 12, 31, 9999, "000.00.00.H22-261231-9999" },
    { "000.00.00.H22", 2000, 1, 1, 1, "000.00.00.H22-000101-0001" },
    { "000.00.00.H22", 2099, 12, 31, 1, "000.00.00.H22-991231-0001" },
    /* Past the four digits: more digits, never cut. */
    { "000.17.22.H56", 2021, 5, 31, 10000, "000.17.22.H56-210531-10000" },
    { "000.17.22.H56", 2021, 5, 31, 123456, "000.17.22.H56-210531-123456" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *code = NULL;
      GDate day;

      g_date_clear (&day, 1);
      g_date_set_dmy (&day, cases[i].day, cases[i].month, cases[i].year);
      code = mc_dossier_code_format (cases[i].agency, &day, cases[i].number);
      g_assert_cmpstr (code, ==, cases[i].expected);
    }
}

static void
test_format_bad_arguments (void)
{
  GDate day;
  GDate invalid;
  char *code;

  g_date_clear (&day, 1);
  g_date_set_dmy (&day, 31, 5, 2021);
  g_date_clear (&invalid, 1);

  /* Programming errors: a critical, and no code. */
  g_test_expect_message ("mc-dossier-code", G_LOG_LEVEL_CRITICAL, "*mc_agency_code_validate*");
  code = mc_dossier_code_format ("H56", &day, 1);
  g_test_assert_expected_messages ();
  g_assert_null (code);

  g_test_expect_message ("mc-dossier-code", G_LOG_LEVEL_CRITICAL, "*number >= 1*");
  code = mc_dossier_code_format ("000.17.22.H56", &day, 0);
  g_test_assert_expected_messages ();
  g_assert_null (code);

  g_test_expect_message ("mc-dossier-code", G_LOG_LEVEL_CRITICAL, "*g_date_valid*");
  code = mc_dossier_code_format ("000.17.22.H56", &invalid, 1);
  g_test_assert_expected_messages ();
  g_assert_null (code);

  g_date_set_dmy (&day, 31, 12, 1999);
  g_test_expect_message ("mc-dossier-code", G_LOG_LEVEL_CRITICAL, "*2000*");
  code = mc_dossier_code_format ("000.17.22.H56", &day, 1);
  g_test_assert_expected_messages ();
  g_assert_null (code);
}

typedef struct
{
  const char *code;
  const char *agency;     /* NULL: invalid */
  guint       year, month, day;
  guint       number;
  const char *error_key;
} ParseCase;

static void
test_parse (void)
{
  static const ParseCase cases[] = {
    { "000.17.22.H56-210531-0001", "000.17.22.H56", 2021, 5, 31, 1, NULL },
    { "000.00.00.H22-261231-9999", "000.00.00.H22", 2026, 12, 31, 9999, NULL },
    { "000.00.00.H22-000229-0420", "000.00.00.H22", 2000, 2, 29, 420, NULL },
    { "000.17.22.H56-210531-10000", "000.17.22.H56", 2021, 5, 31, 10000, NULL },
    { "000.17.22.H56-210531-123456789", "000.17.22.H56", 2021, 5, 31, 123456789, NULL },
    /* Typed from a receipt: surrounding spaces, lower case. */
    { "  000.17.22.h56-210531-0007 \n", "000.17.22.H56", 2021, 5, 31, 7, NULL },

    { NULL, NULL, 0, 0, 0, 0, "Type a dossier code" },
    { "", NULL, 0, 0, 0, 0, "Type a dossier code" },
    { "   ", NULL, 0, 0, 0, 0, "Type a dossier code" },
    { "000.17.22.H56-210531", NULL, 0, 0, 0, 0, "separated by dashes" },
    { "000.17.22.H56", NULL, 0, 0, 0, 0, "separated by dashes" },
    { "000.17.22.H56-210531-0001-2", NULL, 0, 0, 0, 0, "separated by dashes" },
    { "000.17.22.H56 210531 0001", NULL, 0, 0, 0, 0, "separated by dashes" },
    { "000.17.22.H5-210531-0001", NULL, 0, 0, 0, 0, "capital letter" },
    { "00.17.22.H56-210531-0001", NULL, 0, 0, 0, 0, "3 digits" },
    { "000.17.22.H56-210230-0001", NULL, 0, 0, 0, 0, "not a real date" },
    { "000.17.22.H56-210229-0001", NULL, 0, 0, 0, 0, "not a real date" },
    { "000.17.22.H56-211301-0001", NULL, 0, 0, 0, 0, "not a real date" },
    { "000.17.22.H56-2105-0001", NULL, 0, 0, 0, 0, "not a real date" },
    { "000.17.22.H56-20210531-0001", NULL, 0, 0, 0, 0, "not a real date" },
    { "000.17.22.H56-21053a-0001", NULL, 0, 0, 0, 0, "not a real date" },
    { "000.17.22.H56-210531-001", NULL, 0, 0, 0, 0, "four digits" },
    { "000.17.22.H56-210531-0000", NULL, 0, 0, 0, 0, "four digits" },
    { "000.17.22.H56-210531-00001", NULL, 0, 0, 0, 0, "four digits" },
    { "000.17.22.H56-210531-00a1", NULL, 0, 0, 0, 0, "four digits" },
    { "000.17.22.H56-210531-", NULL, 0, 0, 0, 0, "separated by dashes" },
    { "-210531-0001", NULL, 0, 0, 0, 0, "separated by dashes" },
    { "000.17.22.H56-210531-1234567890", NULL, 0, 0, 0, 0, "four digits" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *agency = NULL;
      GDate day;
      guint number = 0;
      gboolean ok;

      g_test_message ("dossier code “%s”", cases[i].code);
      g_date_clear (&day, 1);
      ok = mc_dossier_code_parse (cases[i].code, &agency, &day, &number, &error);

      if (cases[i].agency != NULL)
        {
          g_assert_no_error (error);
          g_assert_true (ok);
          g_assert_cmpstr (agency, ==, cases[i].agency);
          g_assert_true (g_date_valid (&day));
          g_assert_cmpuint (g_date_get_year (&day), ==, cases[i].year);
          g_assert_cmpuint (g_date_get_month (&day), ==, cases[i].month);
          g_assert_cmpuint (g_date_get_day (&day), ==, cases[i].day);
          g_assert_cmpuint (number, ==, cases[i].number);
        }
      else
        {
          g_assert_false (ok);
          assert_error_mentions (error, cases[i].error_key);
          /* Outputs untouched. */
          g_assert_null (agency);
          g_assert_false (g_date_valid (&day));
          g_assert_cmpuint (number, ==, 0);
        }
    }

  /* Every output is optional. */
  g_assert_true (mc_dossier_code_parse ("000.17.22.H56-210531-0001", NULL, NULL, NULL, NULL));
  g_assert_false (mc_dossier_code_parse ("junk", NULL, NULL, NULL, NULL));
}

static void
test_round_trip (void)
{
  static const guint numbers[] = { 1, 9, 10, 999, 1000, 4999, 5000, 9999, 10000, 99999 };
  GDate day;

  g_date_clear (&day, 1);
  g_date_set_dmy (&day, 1, 1, 2024);

  /* Two years of days, every kind of number. */
  for (guint d = 0; d < 731; d++, g_date_add_days (&day, 1))
    for (guint i = 0; i < G_N_ELEMENTS (numbers); i++)
      {
        g_autoptr(GError) error = NULL;
        g_autofree char *code = mc_dossier_code_format ("000.17.22.H56", &day, numbers[i]);
        g_autofree char *agency = NULL;
        GDate parsed;
        guint number;

        g_assert_true (mc_dossier_code_parse (code, &agency, &parsed, &number, &error));
        g_assert_no_error (error);
        g_assert_cmpstr (agency, ==, "000.17.22.H56");
        g_assert_cmpint (g_date_compare (&parsed, &day), ==, 0);
        g_assert_cmpuint (number, ==, numbers[i]);
      }
}

typedef struct
{
  const char *text;
  guint       first, last;  /* 0, 0: invalid */
  const char *error_key;
} RangeCase;

static void
test_range_parse (void)
{
  static const RangeCase cases[] = {
    { "1-4999", 1, 4999, NULL },
    { "5000-9999", 5000, 9999, NULL },
    { "1-9999", 1, 9999, NULL },
    { " 5000 - 9999 ", 5000, 9999, NULL },
    { "1\xe2\x80\x93" "4999", 1, 4999, NULL },         /* en dash */
    { "1 \xe2\x80\x94 4999", 1, 4999, NULL },          /* em dash */
    { "42", 42, 42, NULL },
    { "0001-0100", 1, 100, NULL },
    { "7-7", 7, 7, NULL },

    { NULL, 0, 0, "Type the first and the last number" },
    { "", 0, 0, "Type the first and the last number" },
    { "  ", 0, 0, "Type the first and the last number" },
    { "abc", 0, 0, "not a range of numbers" },
    { "1-", 0, 0, "not a range of numbers" },
    { "-5", 0, 0, "not a range of numbers" },
    { "1-2-3", 0, 0, "not a range of numbers" },
    { "1,5", 0, 0, "not a range of numbers" },
    { "1 5", 0, 0, "not a range of numbers" },
    { "1 to 5", 0, 0, "not a range of numbers" },
    { "1-4999x", 0, 0, "not a range of numbers" },
    { "1234567890-1", 0, 0, "not a range of numbers" },
    { "0-100", 0, 0, "from 1 to 9999" },
    { "0", 0, 0, "from 1 to 9999" },
    { "1-10000", 0, 0, "from 1 to 9999" },
    { "5000-1", 0, 0, "did you mean 1-5000" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      McNumberRange range = { 0, 0 };
      gboolean ok;

      g_test_message ("range “%s”", cases[i].text);
      ok = mc_number_range_parse (cases[i].text, &range, &error);

      if (cases[i].error_key == NULL)
        {
          g_autofree char *text = NULL;
          McNumberRange again = { 0, 0 };

          g_assert_no_error (error);
          g_assert_true (ok);
          g_assert_cmpuint (range.first, ==, cases[i].first);
          g_assert_cmpuint (range.last, ==, cases[i].last);

          /* Written back, it reads the same. */
          text = mc_number_range_to_string (&range);
          g_assert_true (mc_number_range_parse (text, &again, NULL));
          g_assert_cmpuint (again.first, ==, range.first);
          g_assert_cmpuint (again.last, ==, range.last);
        }
      else
        {
          g_assert_false (ok);
          assert_error_mentions (error, cases[i].error_key);
          g_assert_cmpuint (range.first, ==, 0);
          g_assert_cmpuint (range.last, ==, 0);
        }
    }
}

static void
test_range_default_and_contains (void)
{
  McNumberRange all = MC_NUMBER_RANGE_INIT;
  McNumberRange first_half = { 1, 4999 };
  g_autofree char *text = mc_number_range_to_string (&all);

  g_assert_cmpuint (all.first, ==, 1);
  g_assert_cmpuint (all.last, ==, 9999);
  g_assert_cmpstr (text, ==, "1-9999");

  g_assert_false (mc_number_range_contains (&all, 0));
  g_assert_true (mc_number_range_contains (&all, 1));
  g_assert_true (mc_number_range_contains (&all, 9999));
  g_assert_false (mc_number_range_contains (&all, 10000));
  g_assert_true (mc_number_range_contains (&first_half, 4999));
  g_assert_false (mc_number_range_contains (&first_half, 5000));
}

typedef struct
{
  McNumberRange a, b;
  gboolean      overlap;
} OverlapCase;

static void
test_range_overlap (void)
{
  static const OverlapCase cases[] = {
    { { 1, 4999 }, { 5000, 9999 }, FALSE },  /* touching */
    { { 1, 5000 }, { 5000, 9999 }, TRUE },   /* sharing one number */
    { { 1, 9999 }, { 42, 42 }, TRUE },       /* inside */
    { { 10, 20 }, { 1, 9 }, FALSE },
    { { 10, 20 }, { 15, 30 }, TRUE },
    { { 10, 20 }, { 10, 20 }, TRUE },
    { { 7, 7 }, { 7, 7 }, TRUE },
    { { 7, 7 }, { 8, 8 }, FALSE },
    { { 1, 3000 }, { 3001, 6000 }, FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("%u-%u and %u-%u", cases[i].a.first, cases[i].a.last,
                      cases[i].b.first, cases[i].b.last);
      /* Symmetric. */
      g_assert_cmpint (mc_number_ranges_overlap (&cases[i].a, &cases[i].b), ==, cases[i].overlap);
      g_assert_cmpint (mc_number_ranges_overlap (&cases[i].b, &cases[i].a), ==, cases[i].overlap);
    }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/dossier-code/agency/validate", test_agency_validate);
  g_test_add_func ("/dossier-code/format", test_format);
  g_test_add_func ("/dossier-code/format/bad-arguments", test_format_bad_arguments);
  g_test_add_func ("/dossier-code/parse", test_parse);
  g_test_add_func ("/dossier-code/round-trip", test_round_trip);
  g_test_add_func ("/dossier-code/range/parse", test_range_parse);
  g_test_add_func ("/dossier-code/range/default-and-contains", test_range_default_and_contains);
  g_test_add_func ("/dossier-code/range/overlap", test_range_overlap);

  return g_test_run ();
}
