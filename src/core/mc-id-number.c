/* mc-id-number.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-id-number"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "mc-error.h"
#include "mc-id-number.h"
#include "mc-intake-private.h"

/* The check of a personal identity number on the intake form: the 12-digit
 * number of the citizen identity card (CCCD) and the 9-digit number of the
 * old identity card (CMND), what the 12 digits say and the table of
 * province codes they start with. Same conventions as the other checks of
 * mc-intake-check.c. */

/* Provinces and cities, by the code of Quyết định 124/2004/QĐ-TTg, which
 * the first three digits of a 12-digit identity number repeat (001 to 096,
 * Thông tư 07/2016/TT-BCA, now Thông tư 59/2021/TT-BCA): the province
 * where the birth was registered. The names are those of the 63 provinces
 * before the 2025 mergers: numbers issued before keep their code, and the
 * merged provinces reuse codes of this list. */
static const struct
{
  guint       code;
  const char *name;
} provinces[] = {
  {  1, "Hà Nội" },
  {  2, "Hà Giang" },
  {  4, "Cao Bằng" },
  {  6, "Bắc Kạn" },
  {  8, "Tuyên Quang" },
  { 10, "Lào Cai" },
  { 11, "Điện Biên" },
  { 12, "Lai Châu" },
  { 14, "Sơn La" },
  { 15, "Yên Bái" },
  { 17, "Hòa Bình" },
  { 19, "Thái Nguyên" },
  { 20, "Lạng Sơn" },
  { 22, "Quảng Ninh" },
  { 24, "Bắc Giang" },
  { 25, "Phú Thọ" },
  { 26, "Vĩnh Phúc" },
  { 27, "Bắc Ninh" },
  { 30, "Hải Dương" },
  { 31, "Hải Phòng" },
  { 33, "Hưng Yên" },
  { 34, "Thái Bình" },
  { 35, "Hà Nam" },
  { 36, "Nam Định" },
  { 37, "Ninh Bình" },
  { 38, "Thanh Hóa" },
  { 40, "Nghệ An" },
  { 42, "Hà Tĩnh" },
  { 44, "Quảng Bình" },
  { 45, "Quảng Trị" },
  { 46, "Thừa Thiên Huế" },
  { 48, "Đà Nẵng" },
  { 49, "Quảng Nam" },
  { 51, "Quảng Ngãi" },
  { 52, "Bình Định" },
  { 54, "Phú Yên" },
  { 56, "Khánh Hòa" },
  { 58, "Ninh Thuận" },
  { 60, "Bình Thuận" },
  { 62, "Kon Tum" },
  { 64, "Gia Lai" },
  { 66, "Đắk Lắk" },
  { 67, "Đắk Nông" },
  { 68, "Lâm Đồng" },
  { 70, "Bình Phước" },
  { 72, "Tây Ninh" },
  { 74, "Bình Dương" },
  { 75, "Đồng Nai" },
  { 77, "Bà Rịa - Vũng Tàu" },
  { 79, "Thành phố Hồ Chí Minh" },
  { 80, "Long An" },
  { 82, "Tiền Giang" },
  { 83, "Bến Tre" },
  { 84, "Trà Vinh" },
  { 86, "Vĩnh Long" },
  { 87, "Đồng Tháp" },
  { 89, "An Giang" },
  { 91, "Kiên Giang" },
  { 92, "Cần Thơ" },
  { 93, "Hậu Giang" },
  { 94, "Sóc Trăng" },
  { 95, "Bạc Liêu" },
  { 96, "Cà Mau" },
};

#define CITIZEN_ID_DIGITS  12
#define OLD_ID_CARD_DIGITS 9

/**
 * mc_intake_province_name:
 * @code: a province code, 1 to 96
 *
 * Returns: (nullable): the name of the province (before the 2025 mergers),
 *   or %NULL if @code is not a province code
 */
const char *
mc_intake_province_name (guint code)
{
  for (guint i = 0; i < G_N_ELEMENTS (provinces); i++)
    if (provinces[i].code == code)
      return provinces[i].name;

  return NULL;
}

/**
 * mc_intake_decode_citizen_id:
 * @number: a 12-digit identity number, digits only
 * @info: (out caller-allocates): what its digits say
 *
 * Reads the structure of Thông tư 07/2016/TT-BCA (kept by Thông tư
 * 59/2021/TT-BCA): digits 1–3 are the province where the birth was
 * registered, digit 4 the century of birth and the sex (0 man / 1 woman
 * born 1900–1999, 2/3 2000–2099, 4/5 2100–2199, 6/7 2200–2299, 8/9
 * 2300–2399), digits 5–6 the last two digits of the year of birth and
 * digits 7–12 a random number.
 *
 * Returns: %TRUE if @number has 12 digits and a known province code
 */
gboolean
mc_intake_decode_citizen_id (const char  *number,
                             McCitizenId *info)
{
  guint code;
  guint century;
  const char *name;

  g_return_val_if_fail (number != NULL, FALSE);
  g_return_val_if_fail (info != NULL, FALSE);

  if (strlen (number) != CITIZEN_ID_DIGITS)
    return FALSE;
  for (guint i = 0; i < CITIZEN_ID_DIGITS; i++)
    if (!g_ascii_isdigit (number[i]))
      return FALSE;

  code = (guint) g_ascii_digit_value (number[0]) * 100 + (guint) g_ascii_digit_value (number[1]) * 10 +
         (guint) g_ascii_digit_value (number[2]);
  name = mc_intake_province_name (code);
  if (name == NULL)
    return FALSE;

  century = (guint) g_ascii_digit_value (number[3]);

  info->province_code = code;
  info->province = name;
  info->female = century % 2 == 1;
  info->birth_year = 1900 + (int) (century / 2) * 100 + g_ascii_digit_value (number[4]) * 10 +
                     g_ascii_digit_value (number[5]);

  return TRUE;
}

/* Whether the birth year of a 12-digit number agrees with @birth_date. */
static gboolean
check_citizen_id_birth (const char   *number,
                        const GDate  *birth_date,
                        GError      **error)
{
  int year = g_date_get_year (birth_date);
  int century_digit = g_ascii_digit_value (number[3]);
  int year_digits = g_ascii_digit_value (number[4]) * 10 + g_ascii_digit_value (number[5]);

  if (year < 1900 || (year - 1900) / 100 != century_digit / 2)
    {
      if (year >= 1900 && year < 2400)
        {
          int male = (year - 1900) / 100 * 2;

          g_set_error (error, MC_ERROR, MC_ERROR_INVALID,
                       /* Translators: %c is a digit; the fourth digit of a 12-digit
                        * identity number gives the century of birth and the sex */
                       _("The fourth digit, %c, does not match the birth year %d: for someone "
                         "born in %d it is %d for a man or %d for a woman. Please check the "
                         "number and the birth date."),
                       number[3], year, year, male, male + 1);
        }
      else
        {
          g_set_error (error, MC_ERROR, MC_ERROR_INVALID,
                       _("The fourth digit, %c, does not match the birth year %d. Please check "
                         "the number and the birth date."),
                       number[3], year);
        }
      return FALSE;
    }

  if (year % 100 != year_digits)
    {
      g_set_error (error, MC_ERROR, MC_ERROR_INVALID,
                   _("The fifth and sixth digits, %c%c, do not match the birth year %d: they "
                     "should be %02d. Please check the number and the birth date."),
                   number[4], number[5], year, year % 100);
      return FALSE;
    }

  return TRUE;
}

/**
 * mc_intake_check_id_number:
 * @text: the identity number as typed
 * @birth_date: (nullable): the birth date, when known, to check the
 *   number against
 * @normalized: (out) (optional) (transfer full): the digits
 * @warning: (out) (optional) (transfer full) (nullable): a warning for a
 *   number that can be saved but deserves a second look
 * @error: return location for a #GError
 *
 * Checks a personal identity number (DinhDanhCHS, domain notes §7.3).
 * Spaces, dots and dashes are ignored.
 *
 * - 12 digits: số định danh cá nhân, on the citizen identity card (căn
 *   cước công dân, thẻ căn cước) and the 12-digit identity card. The
 *   province code must be known and the year of birth coded in digits 4–6
 *   must not be in the future; with @birth_date, digit 4 must give its
 *   century and digits 5–6 its last two digits (see
 *   mc_intake_decode_citizen_id()).
 * - 9 digits: the old identity card (chứng minh nhân dân), accepted with
 *   a warning. Its digits say nothing that can be checked.
 *
 * Returns: %MC_ID_CHECK_CITIZEN_ID or %MC_ID_CHECK_OLD_ID_CARD, or
 *   %MC_ID_CHECK_INVALID with @error set
 */
McIdCheck
mc_intake_check_id_number (const char   *text,
                           const GDate  *birth_date,
                           char        **normalized,
                           char        **warning,
                           GError      **error)
{
  g_autoptr(GString) digits = g_string_new (NULL);
  McCitizenId info;
  GDate today;
  char bad[8];

  g_return_val_if_fail (error == NULL || *error == NULL, MC_ID_CHECK_INVALID);

  mc_intake_clear_string (normalized);
  mc_intake_clear_string (warning);

  switch (mc_intake_scan_digits (text, ".-", digits, bad))
    {
    case MC_INTAKE_SCAN_EMPTY:
      g_set_error_literal (error, MC_ERROR, MC_ERROR_INVALID,
                           _("Type the identity number: the 12 digits on the citizen identity "
                             "card."));
      return MC_ID_CHECK_INVALID;

    case MC_INTAKE_SCAN_LETTER:
      g_set_error_literal (error, MC_ERROR, MC_ERROR_INVALID,
                           _("An identity number has only digits: please type it without "
                             "letters."));
      return MC_ID_CHECK_INVALID;

    case MC_INTAKE_SCAN_OTHER:
      g_set_error (error, MC_ERROR, MC_ERROR_INVALID,
                   _("An identity number has only digits: “%s” cannot be part of it."), bad);
      return MC_ID_CHECK_INVALID;

    case MC_INTAKE_SCAN_OK:
    default:
      break;
    }

  if (digits->len == OLD_ID_CARD_DIGITS)
    {
      mc_intake_take_string (warning,
                             g_strdup (_("Old 9-digit identity card: ask for the 12-digit "
                                         "citizen identity card if the citizen has one.")));
      mc_intake_take_string (normalized, g_strdup (digits->str));
      return MC_ID_CHECK_OLD_ID_CARD;
    }

  if (digits->len != CITIZEN_ID_DIGITS)
    {
      g_set_error (error, MC_ERROR, MC_ERROR_INVALID,
                   g_dngettext (GETTEXT_PACKAGE,
                                "The identity number has %u digit: a citizen identity card "
                                "number has 12 digits (an old identity card has 9).",
                                "The identity number has %u digits: a citizen identity card "
                                "number has 12 digits (an old identity card has 9).",
                                (gulong) digits->len),
                   (guint) digits->len);
      return MC_ID_CHECK_INVALID;
    }

  if (!mc_intake_decode_citizen_id (digits->str, &info))
    {
      g_set_error (error, MC_ERROR, MC_ERROR_INVALID,
                   /* Translators: %s is three digits such as "099" */
                   _("The first three digits, %.3s, are not a province code: a citizen "
                     "identity number starts with the code of the province where the birth "
                     "was registered, from 001 (Hà Nội) to 096 (Cà Mau)."),
                   digits->str);
      return MC_ID_CHECK_INVALID;
    }

  mc_intake_get_today (NULL, &today);
  if (info.birth_year > g_date_get_year (&today))
    {
      g_set_error (error, MC_ERROR, MC_ERROR_INVALID,
                   _("The fourth to sixth digits give %d as the birth year, which is still to "
                     "come: please check the number."),
                   info.birth_year);
      return MC_ID_CHECK_INVALID;
    }

  if (birth_date != NULL && g_date_valid (birth_date) &&
      !check_citizen_id_birth (digits->str, birth_date, error))
    return MC_ID_CHECK_INVALID;

  mc_intake_take_string (normalized, g_strdup (digits->str));
  return MC_ID_CHECK_CITIZEN_ID;
}
