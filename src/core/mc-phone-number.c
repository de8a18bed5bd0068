/* mc-phone-number.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-phone-number"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "mc-error.h"
#include "mc-intake-private.h"
#include "mc-phone-number.h"

/* The check of a Vietnamese phone number on the intake form, and the
 * conversion of the old 11-digit mobile numbers to the 10 digits of
 * 2018. Same conventions as the other checks of mc-intake-check.c. */

/* The 11-digit mobile numbers converted to 10 digits in 2018 (Bộ Thông tin
 * và Truyền thông, from 15/9/2018): the first four digits became three. */
static const struct
{
  const char *old_prefix;
  const char *new_prefix;
} mobile_prefixes[] = {
  /* MobiFone */
  { "0120", "070" }, { "0121", "079" }, { "0122", "077" }, { "0126", "076" }, { "0128", "078" },
  /* VinaPhone */
  { "0123", "083" }, { "0124", "084" }, { "0125", "085" }, { "0127", "081" }, { "0129", "082" },
  /* Viettel */
  { "0162", "032" }, { "0163", "033" }, { "0164", "034" }, { "0165", "035" },
  { "0166", "036" }, { "0167", "037" }, { "0168", "038" }, { "0169", "039" },
  /* Vietnamobile */
  { "0186", "056" }, { "0188", "058" },
  /* Gmobile */
  { "0199", "059" },
};

#define MOBILE_DIGITS   10
#define LANDLINE_DIGITS 11

static const char *
new_mobile_prefix (const char *number)
{
  for (guint i = 0; i < G_N_ELEMENTS (mobile_prefixes); i++)
    if (g_str_has_prefix (number, mobile_prefixes[i].old_prefix))
      return mobile_prefixes[i].new_prefix;

  return NULL;
}

/**
 * mc_intake_phone_new_number:
 * @old_number: an 11-digit mobile number as written before 2018, such as
 *   "0123 456 7890"; spaces, dots and dashes are ignored
 *
 * Converts a mobile number of the time before the 2018 change to 10
 * digits: 0123 456 7890 is now 083 456 7890.
 *
 * Returns: (transfer full) (nullable): the 10-digit number, or %NULL when
 *   @old_number is not an old 11-digit mobile number
 */
char *
mc_intake_phone_new_number (const char *old_number)
{
  g_autoptr(GString) digits = g_string_new (NULL);
  const char *prefix;
  char bad[8];

  if (mc_intake_scan_digits (old_number, ".-", digits, bad) != MC_INTAKE_SCAN_OK ||
      digits->len != LANDLINE_DIGITS)
    return NULL;

  prefix = new_mobile_prefix (digits->str);
  if (prefix == NULL)
    return NULL;

  return g_strconcat (prefix, digits->str + 4, NULL);
}

/**
 * mc_intake_check_phone:
 * @text: the phone number as typed
 * @normalized: (out) (optional) (transfer full): the number, digits only,
 *   starting with 0: "0912345678"
 * @error: return location for a #GError
 *
 * Checks a Vietnamese phone number, as numbered since 2018:
 *
 * - mobile: 10 digits starting with 03, 05, 07, 08 or 09;
 * - landline: 11 digits, 0 and the area code (2x or 2xx) then the number,
 *   such as 024 3825 1234 or 0237 385 1234.
 *
 * Spaces, dots, dashes and brackets are ignored. The country code (+84,
 * 0084, or 84 before 9 or 10 more digits) becomes 0. An old 11-digit
 * mobile number (0123…, 0168…) is refused with its new number in the
 * message; see mc_intake_phone_new_number().
 *
 * Returns: %TRUE if @text is such a number
 */
gboolean
mc_intake_check_phone (const char  *text,
                       char       **normalized,
                       GError     **error)
{
  g_autoptr(GString) digits = g_string_new (NULL);
  g_autofree char *number = NULL;
  const char *p = text != NULL ? text : "";
  gboolean international = FALSE;
  const char *rest = NULL;
  const char *prefix;
  gsize len;
  char bad[8];

  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  mc_intake_clear_string (normalized);

  while (g_ascii_isspace (*p))
    p++;
  if (*p == '+')
    {
      international = TRUE;
      p++;
    }

  switch (mc_intake_scan_digits (p, ".-()", digits, bad))
    {
    case MC_INTAKE_SCAN_EMPTY:
      g_set_error_literal (error, MC_ERROR, MC_ERROR_INVALID,
                           _("Type the phone number, for example 0912 345 678."));
      return FALSE;

    case MC_INTAKE_SCAN_LETTER:
      g_set_error_literal (error, MC_ERROR, MC_ERROR_INVALID,
                           _("A phone number has only digits: please type it without letters."));
      return FALSE;

    case MC_INTAKE_SCAN_OTHER:
      g_set_error (error, MC_ERROR, MC_ERROR_INVALID,
                   _("A phone number has only digits, spaces, dots, dashes and brackets: “%s” "
                     "cannot be part of it. Please type one number only."), bad);
      return FALSE;

    case MC_INTAKE_SCAN_OK:
    default:
      break;
    }

  /* The country code. */
  if (international)
    rest = digits->str;
  else if (g_str_has_prefix (digits->str, "00"))
    rest = digits->str + 2;
  else if (g_str_has_prefix (digits->str, "84") && digits->len >= 11)
    rest = digits->str;

  if (rest != NULL)
    {
      if (!g_str_has_prefix (rest, "84"))
        {
          g_set_error_literal (error, MC_ERROR, MC_ERROR_INVALID,
                               _("Only Vietnamese phone numbers can be recorded: type a number "
                                 "starting with 0 or +84."));
          return FALSE;
        }
      rest += 2;
      /* "+84 (0) 912…": the 0 is not dialled after the country code. */
      if (*rest == '0')
        rest++;
      number = g_strconcat ("0", rest, NULL);
    }
  else
    {
      number = g_strdup (digits->str);
    }

  len = strlen (number);

  if (number[0] != '0')
    {
      g_set_error_literal (error, MC_ERROR, MC_ERROR_INVALID,
                           _("A Vietnamese phone number starts with 0 (or +84), for example "
                             "0912 345 678."));
      return FALSE;
    }

  switch (number[1])
    {
    case '1':
      prefix = new_mobile_prefix (number);
      if (prefix != NULL && len == LANDLINE_DIGITS)
        {
          g_autofree char *converted = g_strconcat (prefix, number + 4, NULL);

          g_set_error (error, MC_ERROR, MC_ERROR_INVALID,
                       /* Translators: "0123" and "083": the old and the new mobile
                        * prefix, then the converted 10-digit number */
                       _("Mobile numbers starting with %.4s changed to %s in 2018: this number "
                         "is now %s. Please check it with the citizen and type the new "
                         "number."),
                       number, prefix, converted);
        }
      else if (prefix != NULL)
        {
          g_set_error (error, MC_ERROR, MC_ERROR_INVALID,
                       _("Mobile numbers starting with %.4s changed to %s in 2018: please ask "
                         "the citizen for the current 10-digit number, which starts with %s."),
                       number, prefix, prefix);
        }
      else
        {
          g_set_error_literal (error, MC_ERROR, MC_ERROR_INVALID,
                               _("Phone numbers starting with 01 are no longer in use since "
                                 "2018: please ask the citizen for the current 10-digit "
                                 "number."));
        }
      return FALSE;

    case '2':
      if (len != LANDLINE_DIGITS)
        {
          g_set_error (error, MC_ERROR, MC_ERROR_INVALID,
                       g_dngettext (GETTEXT_PACKAGE,
                                    "A landline number has 11 digits with the area code, for "
                                    "example 024 3825 1234, but this one has %u digit.",
                                    "A landline number has 11 digits with the area code, for "
                                    "example 024 3825 1234, but this one has %u digits.",
                                    (gulong) len),
                       (guint) len);
          return FALSE;
        }
      break;

    case '3':
    case '5':
    case '7':
    case '8':
    case '9':
      if (len != MOBILE_DIGITS)
        {
          g_set_error (error, MC_ERROR, MC_ERROR_INVALID,
                       g_dngettext (GETTEXT_PACKAGE,
                                    "A mobile number has 10 digits, but this one has %u digit: "
                                    "please check it.",
                                    "A mobile number has 10 digits, but this one has %u digits: "
                                    "please check it.",
                                    (gulong) len),
                       (guint) len);
          return FALSE;
        }
      break;

    default:
      g_set_error (error, MC_ERROR, MC_ERROR_INVALID,
                   _("No Vietnamese phone number starts with %.2s: mobile numbers start with "
                     "03, 05, 07, 08 or 09 and landline numbers with 02."),
                   number);
      return FALSE;
    }

  mc_intake_take_string (normalized, g_steal_pointer (&number));
  return TRUE;
}
