/* fuzz-validators.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "mc-error.h"
#include "mc-fuzz.h"
#include "mc-intake-check.h"
#include "mc-working-calendar.h"

/* The checks of the intake form, on whatever a clerk (or a file, or the
 * portal) may type: the identity number, the phone number, the e-mail
 * address, names, notes, fees, numbers of sets, birth dates and office
 * hours. The whole input is the text. Besides not crashing, each check
 * must keep its own promises: a refusal comes with an error and a
 * success without one, and what a check normalised passes the same check
 * again unchanged. */

/* A refusal is an error of MC_ERROR_INVALID, a success is none. */
static void
assert_outcome (gboolean  ok,
                GError   *error)
{
  if (ok)
    g_assert_no_error (error);
  else
    g_assert_error (error, MC_ERROR, MC_ERROR_INVALID);
}

static gboolean
is_digits (const char *text)
{
  return *text != '\0' && strspn (text, "0123456789") == strlen (text);
}

static void
check_id_number (const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *normalized = NULL;
  g_autofree char *warning = NULL;
  McIdCheck check;

  check = mc_intake_check_id_number (text, NULL, &normalized, &warning, &error);
  assert_outcome (check != MC_ID_CHECK_INVALID, error);
  if (check == MC_ID_CHECK_INVALID)
    {
      g_assert_null (normalized);
      return;
    }

  g_assert_true (is_digits (normalized));
  g_assert_cmpuint (strlen (normalized), ==, check == MC_ID_CHECK_CITIZEN_ID ? 12 : 9);

  /* The digits alone are the same number. */
  {
    g_autofree char *again = NULL;
    McIdCheck check_again = mc_intake_check_id_number (normalized, NULL, &again, NULL, &error);

    g_assert_no_error (error);
    g_assert_cmpint (check_again, ==, check);
    g_assert_cmpstr (again, ==, normalized);
  }

  if (check == MC_ID_CHECK_CITIZEN_ID)
    {
      McCitizenId info;
      GDate birth;

      g_assert_true (mc_intake_decode_citizen_id (normalized, &info));
      g_assert_nonnull (info.province);
      g_assert_cmpstr (info.province, ==, mc_intake_province_name (info.province_code));

      /* A birth date in the year the digits give agrees with them; one a
       * year later does not. */
      g_date_clear (&birth, 1);
      g_date_set_dmy (&birth, 1, G_DATE_JANUARY, info.birth_year);
      check = mc_intake_check_id_number (normalized, &birth, NULL, NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpint (check, ==, MC_ID_CHECK_CITIZEN_ID);

      g_date_add_years (&birth, 1);
      check = mc_intake_check_id_number (normalized, &birth, NULL, NULL, &error);
      g_assert_error (error, MC_ERROR, MC_ERROR_INVALID);
      g_assert_cmpint (check, ==, MC_ID_CHECK_INVALID);
    }
}

static void
check_phone (const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *normalized = NULL;
  g_autofree char *converted = NULL;
  gboolean ok;

  ok = mc_intake_check_phone (text, &normalized, &error);
  assert_outcome (ok, error);
  if (ok)
    {
      g_autofree char *again = NULL;
      gsize len = strlen (normalized);

      g_assert_true (is_digits (normalized));
      g_assert_cmpint (normalized[0], ==, '0');
      g_assert_true ((normalized[1] == '2' && len == 11) ||
                     (strchr ("35789", normalized[1]) != NULL && len == 10));

      g_assert_true (mc_intake_check_phone (normalized, &again, &error));
      g_assert_no_error (error);
      g_assert_cmpstr (again, ==, normalized);
    }
  else
    {
      g_assert_null (normalized);
    }

  /* An old 11-digit mobile number becomes a valid 10-digit one. */
  g_clear_error (&error);
  converted = mc_intake_phone_new_number (text);
  if (converted != NULL)
    {
      g_autofree char *again = NULL;

      g_assert_cmpuint (strlen (converted), ==, 10);
      g_assert_true (mc_intake_check_phone (converted, &again, &error));
      g_assert_no_error (error);
      g_assert_cmpstr (again, ==, converted);
    }
}

static void
check_email (const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *normalized = NULL;
  gboolean ok;

  ok = mc_intake_check_email (text, &normalized, &error);
  assert_outcome (ok, error);
  if (ok)
    {
      g_autofree char *again = NULL;

      g_assert_true (g_str_is_ascii (normalized));
      g_assert_nonnull (strchr (normalized, '@'));
      g_assert_true (mc_intake_check_email (normalized, &again, &error));
      g_assert_no_error (error);
      g_assert_cmpstr (again, ==, normalized);
    }
  else
    {
      g_assert_null (normalized);
    }
}

static void
check_name (const char      *text,
            McApplicantType  type)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *normalized = NULL;
  gboolean ok;

  ok = mc_intake_check_name (text, type, &normalized, &error);
  assert_outcome (ok, error);
  if (ok)
    {
      g_autofree char *again = NULL;

      g_assert_true (g_utf8_validate (normalized, -1, NULL));
      g_assert_true (mc_intake_check_name (normalized, type, &again, &error));
      g_assert_no_error (error);
      g_assert_cmpstr (again, ==, normalized);
    }
}

static void
check_note (const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *normalized = NULL;
  gboolean ok;

  ok = mc_intake_check_note (text, &normalized, &error);
  assert_outcome (ok, error);
  if (ok)
    {
      g_autofree char *again = NULL;

      g_assert_true (g_utf8_validate (normalized, -1, NULL));
      g_assert_true (mc_intake_check_note (normalized, &again, &error));
      g_assert_no_error (error);
      g_assert_cmpstr (again, ==, normalized);
    }
}

static void
check_numbers (const char *text)
{
  g_autoptr(GError) error = NULL;
  gint64 amount = -1;
  guint count = G_MAXUINT;
  gboolean ok;

  ok = mc_intake_check_fee (text, &amount, &error);
  assert_outcome (ok, error);
  g_clear_error (&error);
  if (ok)
    g_assert_true (amount >= 0 && amount <= MC_INTAKE_FEE_MAX);

  ok = mc_intake_check_set_count (text, &count, &error);
  assert_outcome (ok, error);
  if (ok)
    g_assert_true (count >= 1 && count <= MC_INTAKE_SET_COUNT_MAX);
}

static void
check_birth_date (const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *warning = NULL;
  GDate today, date;
  gboolean ok;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 2, G_DATE_MARCH, 2026);
  g_date_clear (&date, 1);

  ok = mc_intake_parse_birth_date (text, &today, &date, &warning, &error);
  assert_outcome (ok, error);
  if (ok)
    {
      g_assert_true (g_date_valid (&date));
      g_assert_cmpint (g_date_compare (&date, &today), <=, 0);
      g_clear_pointer (&warning, g_free);
      g_assert_true (mc_intake_check_birth_date (&date, &today, &warning, &error));
      g_assert_no_error (error);
    }
}

static void
check_office_hours (const char *text)
{
  g_autoptr(GError) error = NULL;
  McOfficeHours hours, again;
  gboolean ok;

  ok = mc_office_hours_parse (text, &hours, &error);
  assert_outcome (ok, error);
  if (ok)
    {
      g_autofree char *written = mc_office_hours_to_string (&hours);

      g_assert_true (hours.morning_start < hours.morning_end &&
                     hours.morning_end <= hours.afternoon_start &&
                     hours.afternoon_start < hours.afternoon_end &&
                     hours.afternoon_end < 24 * 60);
      g_assert_true (mc_office_hours_parse (written, &again, &error));
      g_assert_no_error (error);
      g_assert_true (memcmp (&hours, &again, sizeof hours) == 0);
    }
}

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  mc_fuzz_init ();
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *text = mc_fuzz_dup_text (data, size);

  check_id_number (text);
  check_phone (text);
  check_email (text);
  check_name (text, MC_APPLICANT_CITIZEN);
  check_name (text, MC_APPLICANT_ORGANISATION);
  check_note (text);
  check_numbers (text);
  check_birth_date (text);
  check_office_hours (text);

  return 0;
}
