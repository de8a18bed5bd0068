/* test-intake-check.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "mc-error.h"
#include "mc-intake-check.h"

/* An invalid value: the error must name the problem. */
static void
assert_error_mentions (const GError *error,
                       const char   *key)
{
  g_assert_error (error, MC_ERROR, MC_ERROR_INVALID);
  g_test_message ("  error: %s", error->message);
  g_assert_nonnull (strstr (error->message, key));
}

static void
set_date (GDate *date,
          guint  year,
          guint  month,
          guint  day)
{
  g_date_clear (date, 1);
  if (year != 0)
    g_date_set_dmy (date, day, month, year);
}

/* Identity numbers */

typedef struct
{
  const char *text;
  guint       birth_year, birth_month, birth_day;  /* 0: no birth date */
  McIdCheck   result;
  const char *normalized;
  const char *key;  /* in the warning when valid, in the error when not */
} IdCase;

static void
test_id_number (void)
{
  static const IdCase cases[] = {
    /* Hà Nội, a man born in 2003. */
    { "001203012345", 2003, 5, 1, MC_ID_CHECK_CITIZEN_ID, "001203012345", NULL },
    { "001203012345", 0, 0, 0, MC_ID_CHECK_CITIZEN_ID, "001203012345", NULL },
    { "001 203 012 345", 2003, 12, 31, MC_ID_CHECK_CITIZEN_ID, "001203012345", NULL },
    { " 001.203.012.345 ", 0, 0, 0, MC_ID_CHECK_CITIZEN_ID, "001203012345", NULL },
    { "001-203-012345", 0, 0, 0, MC_ID_CHECK_CITIZEN_ID, "001203012345", NULL },
    { "001\xc2\xa0" "203012345", 0, 0, 0, MC_ID_CHECK_CITIZEN_ID, "001203012345", NULL },
    /* Thành phố Hồ Chí Minh, a woman born in 1990. */
    { "079190012345", 1990, 12, 31, MC_ID_CHECK_CITIZEN_ID, "079190012345", NULL },
    /* Thanh Hóa, a man born in 1995. */
    { "038095001234", 1995, 1, 1, MC_ID_CHECK_CITIZEN_ID, "038095001234", NULL },
    /* Cà Mau, a woman born in 2005; Điện Biên, a man born in 1900. */
    { "096305000001", 2005, 7, 15, MC_ID_CHECK_CITIZEN_ID, "096305000001", NULL },
    { "011000999999", 1900, 1, 1, MC_ID_CHECK_CITIZEN_ID, "011000999999", NULL },
    /* The old 9-digit identity card: a warning. */
    { "123456789", 0, 0, 0, MC_ID_CHECK_OLD_ID_CARD, "123456789", "Old 9-digit identity card" },
    { "123 456 789", 1970, 1, 1, MC_ID_CHECK_OLD_ID_CARD, "123456789", "12-digit citizen identity card" },

    { NULL, 0, 0, 0, MC_ID_CHECK_INVALID, NULL, "Type the identity number" },
    { "", 0, 0, 0, MC_ID_CHECK_INVALID, NULL, "Type the identity number" },
    { " . . ", 0, 0, 0, MC_ID_CHECK_INVALID, NULL, "Type the identity number" },
    { "00120301234", 0, 0, 0, MC_ID_CHECK_INVALID, NULL, "has 11 digits" },
    { "0012030123456", 0, 0, 0, MC_ID_CHECK_INVALID, NULL, "has 13 digits" },
    { "12345", 0, 0, 0, MC_ID_CHECK_INVALID, NULL, "has 5 digits" },
    { "1", 0, 0, 0, MC_ID_CHECK_INVALID, NULL, "has 1 digit:" },
    { "00120301234A", 0, 0, 0, MC_ID_CHECK_INVALID, NULL, "without letters" },
    { "CCCD 001203012345", 0, 0, 0, MC_ID_CHECK_INVALID, NULL, "without letters" },
    { "001203012345!", 0, 0, 0, MC_ID_CHECK_INVALID, NULL, "“!”" },
    { "001203/012345", 0, 0, 0, MC_ID_CHECK_INVALID, NULL, "“/”" },
    { "001203012345\xff", 0, 0, 0, MC_ID_CHECK_INVALID, NULL, "cannot be part of it" },
    /* Not a province: gaps of the list, and beyond 096. */
    { "000203012345", 0, 0, 0, MC_ID_CHECK_INVALID, NULL, "province code" },
    { "003203012345", 0, 0, 0, MC_ID_CHECK_INVALID, NULL, "003" },
    { "097203012345", 0, 0, 0, MC_ID_CHECK_INVALID, NULL, "province code" },
    { "123456789012", 0, 0, 0, MC_ID_CHECK_INVALID, NULL, "province code" },
    /* A birth year still to come: 2099, 2103. */
    { "001299012345", 0, 0, 0, MC_ID_CHECK_INVALID, NULL, "2099 as the birth year" },
    { "001403012345", 0, 0, 0, MC_ID_CHECK_INVALID, NULL, "2103 as the birth year" },
    /* Born in the 21st century by the number, in 1990 by the birth date. */
    { "001203012345", 1990, 1, 1, MC_ID_CHECK_INVALID, NULL, "fourth digit, 2, does not match the birth year 1990" },
    { "001203012345", 1990, 1, 1, MC_ID_CHECK_INVALID, NULL, "0 for a man or 1 for a woman" },
    { "001203012345", 1903, 5, 1, MC_ID_CHECK_INVALID, NULL, "fourth digit" },
    { "079190012345", 2090, 1, 1, MC_ID_CHECK_INVALID, NULL, "2 for a man or 3 for a woman" },
    /* The right century, not the right year. */
    { "001190012345", 1991, 2, 3, MC_ID_CHECK_INVALID, NULL, "fifth and sixth digits, 90, do not match the birth year 1991" },
    { "001203012345", 2004, 1, 1, MC_ID_CHECK_INVALID, NULL, "should be 04" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *normalized = NULL;
      g_autofree char *warning = NULL;
      GDate birth;
      McIdCheck result;

      g_test_message ("identity number “%s”, born %u-%u-%u", cases[i].text, cases[i].birth_year,
                      cases[i].birth_month, cases[i].birth_day);
      set_date (&birth, cases[i].birth_year, cases[i].birth_month, cases[i].birth_day);
      result = mc_intake_check_id_number (cases[i].text,
                                          cases[i].birth_year != 0 ? &birth : NULL,
                                          &normalized, &warning, &error);

      g_assert_cmpint (result, ==, cases[i].result);
      g_assert_cmpstr (normalized, ==, cases[i].normalized);

      if (result == MC_ID_CHECK_INVALID)
        {
          assert_error_mentions (error, cases[i].key);
          g_assert_null (warning);
        }
      else
        {
          g_assert_no_error (error);
          if (cases[i].key == NULL)
            {
              g_assert_null (warning);
            }
          else
            {
              g_assert_nonnull (warning);
              g_assert_nonnull (strstr (warning, cases[i].key));
            }
        }
    }
}

static void
test_id_number_optional_outputs (void)
{
  GDate birth;

  set_date (&birth, 2003, 5, 1);
  g_assert_cmpint (mc_intake_check_id_number ("001203012345", &birth, NULL, NULL, NULL), ==,
                   MC_ID_CHECK_CITIZEN_ID);
  g_assert_cmpint (mc_intake_check_id_number ("123456789", NULL, NULL, NULL, NULL), ==,
                   MC_ID_CHECK_OLD_ID_CARD);
  g_assert_cmpint (mc_intake_check_id_number ("1", NULL, NULL, NULL, NULL), ==,
                   MC_ID_CHECK_INVALID);

  /* An invalid birth date is no birth date. */
  g_date_clear (&birth, 1);
  g_assert_cmpint (mc_intake_check_id_number ("001203012345", &birth, NULL, NULL, NULL), ==,
                   MC_ID_CHECK_CITIZEN_ID);
}

static void
test_decode_citizen_id (void)
{
  McCitizenId info;

  g_assert_true (mc_intake_decode_citizen_id ("001203012345", &info));
  g_assert_cmpuint (info.province_code, ==, 1);
  g_assert_cmpstr (info.province, ==, "Hà Nội");
  g_assert_false (info.female);
  g_assert_cmpint (info.birth_year, ==, 2003);

  g_assert_true (mc_intake_decode_citizen_id ("079190012345", &info));
  g_assert_cmpuint (info.province_code, ==, 79);
  g_assert_cmpstr (info.province, ==, "Thành phố Hồ Chí Minh");
  g_assert_true (info.female);
  g_assert_cmpint (info.birth_year, ==, 1990);

  g_assert_true (mc_intake_decode_citizen_id ("038095001234", &info));
  g_assert_cmpstr (info.province, ==, "Thanh Hóa");
  g_assert_false (info.female);
  g_assert_cmpint (info.birth_year, ==, 1995);

  /* Every century digit. */
  g_assert_true (mc_intake_decode_citizen_id ("096399000001", &info));
  g_assert_true (info.female);
  g_assert_cmpint (info.birth_year, ==, 2099);
  g_assert_true (mc_intake_decode_citizen_id ("096401000001", &info));
  g_assert_false (info.female);
  g_assert_cmpint (info.birth_year, ==, 2101);
  g_assert_true (mc_intake_decode_citizen_id ("096900000001", &info));
  g_assert_true (info.female);
  g_assert_cmpint (info.birth_year, ==, 2300);

  g_assert_false (mc_intake_decode_citizen_id ("003203012345", &info));
  g_assert_false (mc_intake_decode_citizen_id ("00120301234", &info));
  g_assert_false (mc_intake_decode_citizen_id ("001 03012345", &info));
  g_assert_false (mc_intake_decode_citizen_id ("123456789", &info));
}

static void
test_province_table (void)
{
  static const struct
  {
    guint       code;
    const char *name;
  } samples[] = {
    { 1, "Hà Nội" }, { 2, "Hà Giang" }, { 8, "Tuyên Quang" }, { 22, "Quảng Ninh" },
    { 31, "Hải Phòng" }, { 38, "Thanh Hóa" }, { 40, "Nghệ An" }, { 46, "Thừa Thiên Huế" },
    { 48, "Đà Nẵng" }, { 66, "Đắk Lắk" }, { 77, "Bà Rịa - Vũng Tàu" },
    { 79, "Thành phố Hồ Chí Minh" }, { 92, "Cần Thơ" }, { 96, "Cà Mau" },
  };
  static const guint gaps[] = { 0, 3, 5, 7, 9, 13, 16, 18, 21, 23, 28, 29, 32, 39, 41, 43, 47,
                                50, 53, 55, 57, 59, 61, 63, 65, 69, 71, 73, 76, 78, 81, 85,
                                88, 90, 97, 99, 100, 999 };
  guint count = 0;

  for (guint code = 0; code < 1000; code++)
    {
      const char *name = mc_intake_province_name (code);

      if (name != NULL)
        {
          count++;
          g_assert_true (g_utf8_validate (name, -1, NULL));
          g_assert_cmpstr (name, !=, "");
        }
    }
  /* The 63 provinces and cities before the 2025 mergers. */
  g_assert_cmpuint (count, ==, 63);

  for (guint i = 0; i < G_N_ELEMENTS (samples); i++)
    g_assert_cmpstr (mc_intake_province_name (samples[i].code), ==, samples[i].name);
  for (guint i = 0; i < G_N_ELEMENTS (gaps); i++)
    g_assert_null (mc_intake_province_name (gaps[i]));
}

/* Phone numbers */

typedef struct
{
  const char *text;
  const char *normalized;  /* NULL: invalid */
  const char *error_key;
} PhoneCase;

static void
test_phone (void)
{
  static const PhoneCase cases[] = {
    { "0912345678", "0912345678", NULL },
    { "0912 345 678", "0912345678", NULL },
    { "0912.345.678", "0912345678", NULL },
    { "0912-345-678", "0912345678", NULL },
    { "  0912 345 678  ", "0912345678", NULL },
    /* Every mobile prefix family since 2018. */
    { "0352345678", "0352345678", NULL },
    { "0562345678", "0562345678", NULL },
    { "0702345678", "0702345678", NULL },
    { "0812345678", "0812345678", NULL },
    { "0987654321", "0987654321", NULL },
    /* The country code. */
    { "+84 912 345 678", "0912345678", NULL },
    { "+84912345678", "0912345678", NULL },
    { "84912345678", "0912345678", NULL },
    { "0084 912 345 678", "0912345678", NULL },
    { "+84 (0) 912 345 678", "0912345678", NULL },
    { "+84 24 3825 1234", "02438251234", NULL },
    /* Landlines: 0 + area code + number, 11 digits. */
    { "0241234567 8", "02412345678", NULL },
    { "(024) 3825 1234", "02438251234", NULL },
    { "028 3829 1234", "02838291234", NULL },
    { "0237 385 1234", "02373851234", NULL },
    { "842438251234", "02438251234", NULL },

    { NULL, NULL, "Type the phone number" },
    { "", NULL, "Type the phone number" },
    { " - ", NULL, "Type the phone number" },
    /* Old 11-digit mobile numbers, changed in 2018. */
    { "0123456789", NULL, "starting with 0123 changed to 083 in 2018" },
    { "01234567890", NULL, "is now 0834567890" },
    { "0123 456 7890", NULL, "is now 0834567890" },
    { "01689123456", NULL, "is now 0389123456" },
    { "0199 123 4567", NULL, "is now 0591234567" },
    { "+84 168 912 3456", NULL, "is now 0389123456" },
    { "0111234567", NULL, "no longer in use" },
    /* Wrong lengths. */
    { "091234567", NULL, "has 9 digits" },
    { "09123456789", NULL, "has 11 digits" },
    { "+84 91234567", NULL, "has 9 digits" },
    { "024123456", NULL, "landline number has 11 digits" },
    { "024381234567", NULL, "has 12 digits" },
    /* Not a Vietnamese number. */
    { "0612345678", NULL, "starts with 06" },
    { "0412345678", NULL, "starts with 04" },
    { "912345678", NULL, "starts with 0 (or +84)" },
    { "+1 202 555 0100", NULL, "Vietnamese" },
    { "0033 1 23 45 67 89", NULL, "Vietnamese" },
    { "0912abc678", NULL, "without letters" },
    { "0912345678 / 0987654321", NULL, "“/”" },
    { "0912345678, 0987654321", NULL, "“,”" },
    { "0912+345678", NULL, "“+”" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *normalized = NULL;
      gboolean ok;

      g_test_message ("phone “%s”", cases[i].text);
      ok = mc_intake_check_phone (cases[i].text, &normalized, &error);
      g_assert_cmpstr (normalized, ==, cases[i].normalized);

      if (cases[i].normalized != NULL)
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

static void
test_phone_new_number (void)
{
  static const struct
  {
    const char *old_number;
    const char *new_number;
  } cases[] = {
    { "01234567890", "0834567890" },
    { "0123 456 7890", "0834567890" },
    { "0120.123.4567", "0701234567" },
    { "01211234567", "0791234567" },
    { "01621234567", "0321234567" },
    { "01691234567", "0391234567" },
    { "01861234567", "0561234567" },
    { "01881234567", "0581234567" },
    { "01991234567", "0591234567" },
    { "0123456789", NULL },
    { "01111234567", NULL },
    { "0912345678", NULL },
    { "02438251234", NULL },
    { "", NULL },
    { NULL, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *converted = mc_intake_phone_new_number (cases[i].old_number);

      g_test_message ("old number “%s”", cases[i].old_number);
      g_assert_cmpstr (converted, ==, cases[i].new_number);
    }
}

/* Email addresses */

typedef struct
{
  const char *text;
  const char *normalized;  /* NULL: invalid */
  const char *error_key;
} TextCase;

static void
test_email (void)
{
  static const TextCase cases[] = {
    { "nguyenvana@gmail.com", "nguyenvana@gmail.com", NULL },
    { "Nguyen.Van.A@Gmail.COM", "Nguyen.Van.A@gmail.com", NULL },
    { "  a@b.vn  ", "a@b.vn", NULL },
    { "ubnd.xa+motcua@quanghung.thanhhoa.gov.vn", "ubnd.xa+motcua@quanghung.thanhhoa.gov.vn", NULL },
    { "x_y-z@mail-server.example.com", "x_y-z@mail-server.example.com", NULL },

    { NULL, NULL, "Type the email address" },
    { "", NULL, "Type the email address" },
    { "   ", NULL, "Type the email address" },
    { "nguyenvana", NULL, "one “@”" },
    { "a@b@gmail.com", NULL, "one “@”" },
    { "@gmail.com", NULL, "needs a name before “@”" },
    { "nguyenvana@", NULL, "needs a domain after “@”" },
    { "nguyenvana@gmail", NULL, "domain “gmail”" },
    { "nguyenvana@gmail..com", NULL, "domain" },
    { "nguyenvana@.gmail.com", NULL, "domain" },
    { "nguyenvana@gmail.com.", NULL, "domain" },
    { "nguyenvana@-gmail.com", NULL, "domain" },
    { "nguyenvana@gmail.c", NULL, "domain" },
    { "nguyenvana@gmail.c0m", NULL, "domain" },
    { "nguyenvana@gmail_mail.com", NULL, "domain" },
    { "nguyen van a@gmail.com", NULL, "spaces" },
    { "nguyễnvăna@gmail.com", NULL, "Vietnamese typing turned off" },
    { ".nguyenvana@gmail.com", NULL, "part before “@”" },
    { "nguyenvana.@gmail.com", NULL, "part before “@”" },
    { "nguyen..van@gmail.com", NULL, "part before “@”" },
    { "nguyen(van)@gmail.com", NULL, "“nguyen(van)”" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *normalized = NULL;
      gboolean ok;

      g_test_message ("email “%s”", cases[i].text);
      ok = mc_intake_check_email (cases[i].text, &normalized, &error);
      g_assert_cmpstr (normalized, ==, cases[i].normalized);

      if (cases[i].normalized != NULL)
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

/* Names */

typedef struct
{
  const char      *text;
  McApplicantType  type;
  const char      *normalized;  /* NULL: invalid */
  const char      *error_key;
} NameCase;

static void
test_name (void)
{
  g_autofree char *too_long = g_strnfill (MC_INTAKE_NAME_MAX + 1, 'a');
  g_autofree char *longest = g_strnfill (MC_INTAKE_NAME_MAX, 'a');
  /* "Nguyễn Văn An" decomposed (NFD). */
  g_autofree char *decomposed = g_utf8_normalize ("Nguyễn Văn An", -1, G_NORMALIZE_NFD);
  const NameCase cases[] = {
    { "Nguyễn Văn An", MC_APPLICANT_CITIZEN, "Nguyễn Văn An", NULL },
    { "  Nguyễn   Văn\tAn ", MC_APPLICANT_CITIZEN, "Nguyễn Văn An", NULL },
    { decomposed, MC_APPLICANT_CITIZEN, "Nguyễn Văn An", NULL },
    { "NGUYỄN THỊ HƯỜNG", MC_APPLICANT_CITIZEN, "NGUYỄN THỊ HƯỜNG", NULL },
    { "H’Hen Niê", MC_APPLICANT_CITIZEN, "H’Hen Niê", NULL },
    { "Ksor H'Bơ", MC_APPLICANT_CITIZEN, "Ksor H'Bơ", NULL },
    { "Lê Thị Mai-Anh", MC_APPLICANT_CITIZEN, "Lê Thị Mai-Anh", NULL },
    { longest, MC_APPLICANT_CITIZEN, longest, NULL },
    { "Công ty TNHH 3A", MC_APPLICANT_BUSINESS, "Công ty TNHH 3A", NULL },
    { "UBND xã Quảng Hưng", MC_APPLICANT_STATE_AGENCY, "UBND xã Quảng Hưng", NULL },
    { "Hợp tác xã Nông nghiệp số 1 (Đông Sơn)", MC_APPLICANT_ORGANISATION,
      "Hợp tác xã Nông nghiệp số 1 (Đông Sơn)", NULL },
    { "Công ty Cổ phần A&B", MC_APPLICANT_BUSINESS, "Công ty Cổ phần A&B", NULL },

    { NULL, MC_APPLICANT_CITIZEN, NULL, "Type the citizen’s full name" },
    { "", MC_APPLICANT_CITIZEN, NULL, "Type the citizen’s full name" },
    { " \t\n ", MC_APPLICANT_CITIZEN, NULL, "Type the citizen’s full name" },
    { "", MC_APPLICANT_BUSINESS, NULL, "business, agency or organisation" },
    { "   ", MC_APPLICANT_ORGANISATION, NULL, "business, agency or organisation" },
    { "Nguyễn Văn 2", MC_APPLICANT_CITIZEN, NULL, "cannot contain digits" },
    { "001203012345", MC_APPLICANT_CITIZEN, NULL, "cannot contain digits" },
    { "Nguyễn@Văn", MC_APPLICANT_CITIZEN, NULL, "“@”" },
    { "Nguyễn Văn An (con)", MC_APPLICANT_CITIZEN, NULL, "“(”" },
    { "---", MC_APPLICANT_CITIZEN, NULL, "needs letters" },
    { "123", MC_APPLICANT_BUSINESS, NULL, "needs letters" },
    { "Công ty\x01", MC_APPLICANT_BUSINESS, NULL, "cannot be printed" },
    { "Nguy\xff", MC_APPLICANT_CITIZEN, NULL, "not text" },
    { too_long, MC_APPLICANT_CITIZEN, NULL, "256 characters" },
    { too_long, MC_APPLICANT_BUSINESS, NULL, "255 characters or fewer" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *normalized = NULL;
      gboolean ok;

      g_test_message ("name “%s” (%d)", cases[i].text, cases[i].type);
      ok = mc_intake_check_name (cases[i].text, cases[i].type, &normalized, &error);
      g_assert_cmpstr (normalized, ==, cases[i].normalized);

      if (cases[i].normalized != NULL)
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

/* Birth dates */

typedef struct
{
  const char *text;
  guint       year, month, day;  /* 0: invalid */
  const char *key;               /* in the warning when valid, in the error when not */
} DateCase;

static void
test_birth_date (void)
{
  static const DateCase cases[] = {
    { "01/05/2003", 2003, 5, 1, NULL },
    { "1/5/2003", 2003, 5, 1, NULL },
    { "01-05-2003", 2003, 5, 1, NULL },
    { "01.05.2003", 2003, 5, 1, NULL },
    { "01 05 2003", 2003, 5, 1, NULL },
    { " 01 / 05 / 2003 ", 2003, 5, 1, NULL },
    { "01052003", 2003, 5, 1, NULL },
    { "2003-05-01", 2003, 5, 1, NULL },
    { "29/02/2000", 2000, 2, 29, NULL },
    { "01/01/1900", 1900, 1, 1, "126 years old" },
    { "15/03/1926", 1926, 3, 15, "100 years old" },
    { "16/03/1926", 1926, 3, 16, NULL },
    /* Today (15 March 2026 in this test) is not in the future. */
    { "15/03/2026", 2026, 3, 15, NULL },

    { NULL, 0, 0, 0, "Type the birth date" },
    { "", 0, 0, 0, "Type the birth date" },
    { "31/02/2000", 0, 0, 0, "not a real date" },
    { "29/02/2001", 0, 0, 0, "not a real date" },
    { "00/01/2000", 0, 0, 0, "not a real date" },
    { "01/13/2000", 0, 0, 0, "not a real date" },
    { "2000-13-01", 0, 0, 0, "not a real date" },
    { "01/05/03", 0, 0, 0, "four digits" },
    { "2003", 0, 0, 0, "“2003” is not a date" },
    { "1/5", 0, 0, 0, "not a date" },
    { "01/05/2003/1", 0, 0, 0, "not a date" },
    { "1/5/20033", 0, 0, 0, "not a date" },
    { "001/5/2003", 0, 0, 0, "not a date" },
    { "ngày 1 tháng 5", 0, 0, 0, "not a date" },
    { "01//05/2003", 0, 0, 0, "not a date" },
    { "16/03/2026", 0, 0, 0, "in the future" },
    { "01/01/2100", 0, 0, 0, "in the future" },
    { "31/12/1899", 0, 0, 0, "before 1900" },
  };
  GDate today;

  set_date (&today, 2026, 3, 15);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *warning = NULL;
      GDate date;
      gboolean ok;

      g_test_message ("birth date “%s”", cases[i].text);
      g_date_clear (&date, 1);
      ok = mc_intake_parse_birth_date (cases[i].text, &today, &date, &warning, &error);

      if (cases[i].year != 0)
        {
          g_assert_no_error (error);
          g_assert_true (ok);
          g_assert_cmpuint (g_date_get_year (&date), ==, cases[i].year);
          g_assert_cmpuint (g_date_get_month (&date), ==, cases[i].month);
          g_assert_cmpuint (g_date_get_day (&date), ==, cases[i].day);
          if (cases[i].key == NULL)
            {
              g_assert_null (warning);
            }
          else
            {
              g_assert_nonnull (warning);
              g_assert_nonnull (strstr (warning, cases[i].key));
            }
        }
      else
        {
          g_assert_false (ok);
          assert_error_mentions (error, cases[i].key);
          g_assert_false (g_date_valid (&date));
          g_assert_null (warning);
        }
    }
}

static void
test_birth_date_real_today (void)
{
  g_autoptr(GError) error = NULL;
  GDate date;

  /* Without @today, today is today in Vietnam. */
  set_date (&date, 2003, 5, 1);
  g_assert_true (mc_intake_check_birth_date (&date, NULL, NULL, &error));
  g_assert_no_error (error);

  set_date (&date, 2999, 1, 1);
  g_assert_false (mc_intake_check_birth_date (&date, NULL, NULL, &error));
  assert_error_mentions (error, "in the future");
}

/* Numbers of sets and fees */

typedef struct
{
  const char *text;
  gint64      value;  /* -1: invalid */
  const char *error_key;
} NumberCase;

static void
test_set_count (void)
{
  static const NumberCase cases[] = {
    { "1", 1, NULL },
    { " 2 ", 2, NULL },
    { "01", 1, NULL },
    { "99", 99, NULL },
    { NULL, -1, "from 1 to 99" },
    { "", -1, "from 1 to 99" },
    { "0", -1, "from 1 to 99" },
    { "100", -1, "from 1 to 99" },
    { "99999999999", -1, "from 1 to 99" },
    { "-1", -1, "from 1 to 99" },
    { "1.5", -1, "whole number" },
    { "2 bộ", -1, "number of sets" },
    { "hai", -1, "number of sets" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      guint count = 0;
      gboolean ok;

      g_test_message ("sets “%s”", cases[i].text);
      ok = mc_intake_check_set_count (cases[i].text, &count, &error);

      if (cases[i].value >= 0)
        {
          g_assert_no_error (error);
          g_assert_true (ok);
          g_assert_cmpuint (count, ==, (guint) cases[i].value);
        }
      else
        {
          g_assert_false (ok);
          assert_error_mentions (error, cases[i].error_key);
          g_assert_cmpuint (count, ==, 0);
        }
    }
}

static void
test_fee (void)
{
  static const NumberCase cases[] = {
    { "0", 0, NULL },
    { "8000", 8000, NULL },
    { "50000", 50000, NULL },
    { "50.000", 50000, NULL },
    { "50 000", 50000, NULL },
    { "50\xc2\xa0" "000", 50000, NULL },
    { "50,000", 50000, NULL },
    { "1.000.000", 1000000, NULL },
    { "1.000.000.000", 1000000000, NULL },
    { "50.000 đ", 50000, NULL },
    { "50.000đ", 50000, NULL },
    { "50000 đồng", 50000, NULL },
    { "50.000 VND", 50000, NULL },
    { "50.000 VNĐ", 50000, NULL },
    { "  100.000  ", 100000, NULL },

    { NULL, -1, "Type the fee" },
    { "", -1, "Type the fee" },
    { "đồng", -1, "whole number of đồng" },
    { "-5000", -1, "negative" },
    { "50.5", -1, "whole number of đồng" },
    { "50,5", -1, "whole number of đồng" },
    { "50.0000", -1, "whole number of đồng" },
    { "5.00.000", -1, "whole number of đồng" },
    { "1.000,000", -1, "whole number of đồng" },
    { "50.000,00", -1, "whole number of đồng" },
    { ".500", -1, "whole number of đồng" },
    { "500.", -1, "whole number of đồng" },
    { "50k", -1, "whole number of đồng" },
    { "năm mươi nghìn", -1, "whole number of đồng" },
    { "$50", -1, "whole number of đồng" },
    { "1.000.000.001", -1, "more than 1.000.000.000 đ" },
    { "99999999999999", -1, "more than" },
    { "9999999999999999999999", -1, "whole number of đồng" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 amount = -1;
      gboolean ok;

      g_test_message ("fee “%s”", cases[i].text);
      ok = mc_intake_check_fee (cases[i].text, &amount, &error);

      if (cases[i].value >= 0)
        {
          g_assert_no_error (error);
          g_assert_true (ok);
          g_assert_cmpint (amount, ==, cases[i].value);
        }
      else
        {
          g_assert_false (ok);
          assert_error_mentions (error, cases[i].error_key);
          g_assert_cmpint (amount, ==, -1);
        }
    }
}

/* Notes */

static void
test_note (void)
{
  g_autoptr(GString) longest = g_string_new (NULL);
  g_autoptr(GString) too_long = NULL;
  g_autofree char *decomposed = g_utf8_normalize ("Thiếu bản sao", -1, G_NORMALIZE_NFD);
  const TextCase cases[] = {
    { NULL, "", NULL },
    { "", "", NULL },
    { "   \n ", "", NULL },
    { "Thiếu bản sao giấy khai sinh", "Thiếu bản sao giấy khai sinh", NULL },
    { "  dòng 1\r\ndòng 2\rdòng 3\n\n  ", "dòng 1\ndòng 2\ndòng 3", NULL },
    { decomposed, "Thiếu bản sao", NULL },
    { NULL, NULL, NULL },  /* the longest note, below */
    { NULL, NULL, NULL },  /* one character too many, below */
    { "Ghi ch\xff", NULL, "not text" },
  };

  /* 2000 characters of two bytes each, then one more. */
  for (guint i = 0; i < MC_INTAKE_NOTE_MAX; i++)
    g_string_append (longest, "ă");
  too_long = g_string_new (longest->str);
  g_string_append (too_long, "ă");

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *normalized = NULL;
      const char *text = cases[i].text;
      const char *expected = cases[i].normalized;
      const char *key = cases[i].error_key;
      gboolean ok;

      if (i == 6)
        text = expected = longest->str;
      else if (i == 7)
        {
          text = too_long->str;
          key = "2001 characters";
        }

      g_test_message ("note %u", i);
      ok = mc_intake_check_note (text, &normalized, &error);
      g_assert_cmpstr (normalized, ==, expected);

      if (key == NULL)
        {
          g_assert_no_error (error);
          g_assert_true (ok);
        }
      else
        {
          g_assert_false (ok);
          assert_error_mentions (error, key);
        }
    }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/intake-check/id-number", test_id_number);
  g_test_add_func ("/intake-check/id-number/optional-outputs", test_id_number_optional_outputs);
  g_test_add_func ("/intake-check/id-number/decode", test_decode_citizen_id);
  g_test_add_func ("/intake-check/id-number/provinces", test_province_table);
  g_test_add_func ("/intake-check/phone", test_phone);
  g_test_add_func ("/intake-check/phone/new-number", test_phone_new_number);
  g_test_add_func ("/intake-check/email", test_email);
  g_test_add_func ("/intake-check/name", test_name);
  g_test_add_func ("/intake-check/birth-date", test_birth_date);
  g_test_add_func ("/intake-check/birth-date/real-today", test_birth_date_real_today);
  g_test_add_func ("/intake-check/set-count", test_set_count);
  g_test_add_func ("/intake-check/fee", test_fee);
  g_test_add_func ("/intake-check/note", test_note);

  return g_test_run ();
}
