/* mc-dossier-code.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-dossier-code"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "mc-dossier-code.h"
#include "mc-error.h"

/* Dossier codes (mã hồ sơ, domain notes §1.8) are
 *
 *   <agency electronic identification code>-<yyMMdd>-<NNNN>
 *
 * for example 000.17.22.H56-210531-0001: the receiving agency, the day of
 * receipt and the number of the dossier among those received that day.
 * Provincial systems build them the same way (Thanh Hóa: "{MaDinhDanh}-
 * {now:yyMMdd}-{seq:D4}"). Since the code embeds the agency, workstations
 * can number dossiers offline, each from its own range of numbers, without
 * clashing with anyone else's codes.
 *
 * Pure functions: the store that hands out the numbers is elsewhere. */

/* Longest number part parsed: 9 digits always fit a guint. */
#define MAX_NUMBER_DIGITS 9

static gboolean
is_digits (const char *text,
           gsize       len)
{
  if (len == 0)
    return FALSE;

  for (gsize i = 0; i < len; i++)
    if (!g_ascii_isdigit (text[i]))
      return FALSE;

  return TRUE;
}

/* Whether no part of @parts is empty. */
static gboolean
all_filled (GStrv parts)
{
  for (guint i = 0; parts[i] != NULL; i++)
    if (parts[i][0] == '\0')
      return FALSE;

  return TRUE;
}

/* The groups of an agency code, lowest level first: the last one is a
 * capital letter and two digits, the others are all digits. */
static const guint agency_group_digits[] = { 3, 2, 2 };

static gboolean
is_last_agency_group (const char *group)
{
  return strlen (group) == 3 && g_ascii_isupper (group[0]) && is_digits (group + 1, 2);
}

/**
 * mc_agency_code_validate:
 * @code: (nullable): an agency electronic identification code
 * @error: return location for a #GError
 *
 * Checks the electronic identification code of an agency (mã định danh
 * điện tử, Quyết định 20/2020/QĐ-TTg), in the format of QCVN
 * 102:2016/BTTTT: four groups separated by dots, from the lowest
 * administrative level to the highest, for example `000.17.22.H56` or
 * `000.00.00.H56`:
 *
 * - three digits, then two digits, then two digits (levels 4, 3 and 2;
 *   zeros when the level is not used);
 * - a capital letter and two digits (level 1: "H56" is Thanh Hóa).
 *
 * Any capital letter is accepted in the last group, and the digits are not
 * looked up in any list: the point is to refuse what cannot be a code
 * (spaces, missing groups, a date typed in the wrong field), not to know
 * every agency of the country. Nothing is trimmed or changed.
 *
 * Returns: %TRUE if @code has that format, %FALSE with @error set
 *   (%MC_ERROR_INVALID) if not
 */
gboolean
mc_agency_code_validate (const char  *code,
                         GError     **error)
{
  g_auto(GStrv) groups = NULL;

  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (code == NULL || *code == '\0')
    {
      g_set_error_literal (error, MC_ERROR, MC_ERROR_INVALID,
                           _("Type the agency’s electronic identification code, "
                             "for example 000.17.22.H56."));
      return FALSE;
    }

  if (!g_utf8_validate (code, -1, NULL) || !g_str_is_ascii (code))
    {
      g_set_error_literal (error, MC_ERROR, MC_ERROR_INVALID,
                           _("The agency code can only contain digits, capital letters and dots, "
                             "for example 000.17.22.H56."));
      return FALSE;
    }

  groups = g_strsplit (code, ".", -1);
  if (g_strv_length (groups) != 4 || !all_filled (groups))
    {
      g_set_error (error, MC_ERROR, MC_ERROR_INVALID,
                   _("“%s” is not an agency code: it needs four groups separated by dots, "
                     "for example 000.17.22.H56."), code);
      return FALSE;
    }

  for (guint i = 0; i < G_N_ELEMENTS (agency_group_digits); i++)
    {
      if (strlen (groups[i]) != agency_group_digits[i] ||
          !is_digits (groups[i], agency_group_digits[i]))
        {
          g_set_error (error, MC_ERROR, MC_ERROR_INVALID,
                       /* Translators: the first %s is a group of an agency code such as
                        * "17", %u is its expected number of digits (3 or 2) */
                       g_dngettext (GETTEXT_PACKAGE,
                                    "The group “%s” of the agency code should be %u digit, "
                                    "as in 000.17.22.H56.",
                                    "The group “%s” of the agency code should be %u digits, "
                                    "as in 000.17.22.H56.",
                                    agency_group_digits[i]),
                       groups[i], agency_group_digits[i]);
          return FALSE;
        }
    }

  if (!is_last_agency_group (groups[3]))
    {
      g_set_error (error, MC_ERROR, MC_ERROR_INVALID,
                   _("The last group of the agency code, “%s”, should be a capital letter "
                     "and two digits, for example H56."), groups[3]);
      return FALSE;
    }

  return TRUE;
}

/**
 * mc_dossier_code_format:
 * @agency: a valid agency code (see mc_agency_code_validate())
 * @day: the day of receipt, from 2000 to 2099
 * @number: the number of the dossier that day, 1 or more
 *
 * Builds the dossier code, for example `000.17.22.H56-210531-0001`. The
 * number has four digits at least, padded with zeros; from 10000 on it
 * simply has more digits (`000.17.22.H56-210531-12345`), so codes stay
 * unique, but they are longer and no longer sort as text: the default
 * ranges stop at %MC_NUMBER_LAST for that reason.
 *
 * Returns: (transfer full): the dossier code
 */
char *
mc_dossier_code_format (const char  *agency,
                        const GDate *day,
                        guint        number)
{
  g_return_val_if_fail (mc_agency_code_validate (agency, NULL), NULL);
  g_return_val_if_fail (day != NULL && g_date_valid (day), NULL);
  g_return_val_if_fail (g_date_get_year (day) >= 2000 && g_date_get_year (day) <= 2099, NULL);
  g_return_val_if_fail (number >= 1, NULL);

  return g_strdup_printf ("%s-%02u%02u%02u-%04u", agency, g_date_get_year (day) % 100u,
                          (guint) g_date_get_month (day), (guint) g_date_get_day (day), number);
}

static gboolean
parse_date_part (const char *text,
                 GDate      *day)
{
  guint year, month, dayno;

  if (strlen (text) != 6 || !is_digits (text, 6))
    return FALSE;

  year = 2000 + (text[0] - '0') * 10 + (text[1] - '0');
  month = (text[2] - '0') * 10 + (text[3] - '0');
  dayno = (text[4] - '0') * 10 + (text[5] - '0');

  if (!g_date_valid_dmy (dayno, month, year))
    return FALSE;

  g_date_clear (day, 1);
  g_date_set_dmy (day, dayno, month, year);
  return TRUE;
}

/* Four digits at least, no zero beyond the padding to four, not zero:
 * exactly what mc_dossier_code_format() writes. */
static gboolean
parse_number_part (const char *text,
                   guint      *number)
{
  gsize len = strlen (text);
  guint64 value = 0;

  if (len < 4 || len > MAX_NUMBER_DIGITS || !is_digits (text, len))
    return FALSE;
  if (len > 4 && text[0] == '0')
    return FALSE;

  for (gsize i = 0; i < len; i++)
    value = value * 10 + (guint64) (text[i] - '0');

  if (value == 0)
    return FALSE;

  *number = (guint) value;
  return TRUE;
}

/**
 * mc_dossier_code_parse:
 * @code: a dossier code, for example `000.17.22.H56-210531-0001`
 * @agency: (out) (optional) (transfer full): the agency code
 * @day: (out caller-allocates) (optional): the day of receipt
 * @number: (out) (optional): the number of the dossier that day
 * @error: return location for a #GError
 *
 * Splits a dossier code into its parts. Surrounding white space is ignored
 * and letters may be typed in lower case, since codes are often typed from
 * a receipt; otherwise the code must be as mc_dossier_code_format() writes
 * it. The two-digit year is read as 20yy (dossier codes of this form date
 * from 2018).
 *
 * Returns: %TRUE on success; %FALSE with @error set (%MC_ERROR_INVALID),
 *   the outputs untouched, if @code is not a dossier code
 */
gboolean
mc_dossier_code_parse (const char  *code,
                       char       **agency,
                       GDate       *day,
                       guint       *number,
                       GError     **error)
{
  g_autofree char *clean = NULL;
  g_auto(GStrv) parts = NULL;
  GDate parsed_day;
  guint parsed_number;

  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (code != NULL)
    clean = g_strstrip (g_ascii_strup (code, -1));

  if (clean == NULL || *clean == '\0')
    {
      g_set_error_literal (error, MC_ERROR, MC_ERROR_INVALID,
                           _("Type a dossier code, for example 000.17.22.H56-210531-0001."));
      return FALSE;
    }

  parts = g_strsplit (clean, "-", -1);
  if (g_strv_length (parts) != 3 || !all_filled (parts))
    {
      g_set_error (error, MC_ERROR, MC_ERROR_INVALID,
                   _("“%s” is not a dossier code: it should be the agency code, the date "
                     "and a number separated by dashes, for example "
                     "000.17.22.H56-210531-0001."), clean);
      return FALSE;
    }

  if (!mc_agency_code_validate (parts[0], error))
    return FALSE;

  if (!parse_date_part (parts[1], &parsed_day))
    {
      g_set_error (error, MC_ERROR, MC_ERROR_INVALID,
                   _("The date “%s” in the dossier code is not a real date written as "
                     "yyMMdd, for example 210531 for 31 May 2021."), parts[1]);
      return FALSE;
    }

  if (!parse_number_part (parts[2], &parsed_number))
    {
      g_set_error (error, MC_ERROR, MC_ERROR_INVALID,
                   _("The number “%s” at the end of the dossier code should be four digits "
                     "from 0001, for example 0001."), parts[2]);
      return FALSE;
    }

  if (agency != NULL)
    *agency = g_strdup (parts[0]);
  if (day != NULL)
    *day = parsed_day;
  if (number != NULL)
    *number = parsed_number;

  return TRUE;
}

static const char *
skip_spaces (const char *p)
{
  while (*p != '\0' && g_unichar_isspace (g_utf8_get_char (p)))
    p = g_utf8_next_char (p);
  return p;
}

/* Reads a number of at most MAX_NUMBER_DIGITS digits at *p. */
static gboolean
read_number (const char **p,
             guint       *value)
{
  guint64 v = 0;
  guint n = 0;

  while (g_ascii_isdigit (**p))
    {
      if (++n > MAX_NUMBER_DIGITS)
        return FALSE;
      v = v * 10 + (guint64) (**p - '0');
      (*p)++;
    }

  *value = (guint) v;
  return n > 0;
}

/* A hyphen, an en dash or an em dash (what word processors turn "-"
 * into). */
static gboolean
read_dash (const char **p)
{
  static const char * const dashes[] = { "-", "\xe2\x80\x93", "\xe2\x80\x94" };

  for (guint i = 0; i < G_N_ELEMENTS (dashes); i++)
    if (g_str_has_prefix (*p, dashes[i]))
      {
        *p += strlen (dashes[i]);
        return TRUE;
      }

  return FALSE;
}

/**
 * mc_number_range_parse:
 * @text: a range such as "1-4999", or a single number
 * @range: (out caller-allocates): the range
 * @error: return location for a #GError
 *
 * Reads the range of dossier numbers a workstation hands out: two numbers
 * from %MC_NUMBER_FIRST to %MC_NUMBER_LAST with a dash (or an en dash)
 * between them, spaces allowed around it, the first not larger than the
 * last. A single number is a range of one. Ranges stay within the
 * four-digit numbers so that every code keeps the same length.
 *
 * Returns: %TRUE on success; %FALSE with @error set (%MC_ERROR_INVALID),
 *   @range untouched, if @text is not such a range
 */
gboolean
mc_number_range_parse (const char     *text,
                       McNumberRange  *range,
                       GError        **error)
{
  const char *p;
  guint first, last;

  g_return_val_if_fail (range != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  p = text != NULL && g_utf8_validate (text, -1, NULL) ? skip_spaces (text) : "";
  if (*p == '\0')
    {
      g_set_error (error, MC_ERROR, MC_ERROR_INVALID,
                   _("Type the first and the last number with a dash between them, "
                     "for example 1-%u."), MC_NUMBER_LAST / 2);
      return FALSE;
    }

  if (!read_number (&p, &first))
    goto bad_format;

  p = skip_spaces (p);
  if (*p == '\0')
    {
      last = first;
    }
  else
    {
      if (!read_dash (&p))
        goto bad_format;
      p = skip_spaces (p);
      if (!read_number (&p, &last))
        goto bad_format;
      p = skip_spaces (p);
      if (*p != '\0')
        goto bad_format;
    }

  if (first < MC_NUMBER_FIRST || last < MC_NUMBER_FIRST ||
      first > MC_NUMBER_LAST || last > MC_NUMBER_LAST)
    {
      g_set_error (error, MC_ERROR, MC_ERROR_INVALID,
                   _("Dossier numbers go from %u to %u: please type numbers within "
                     "these limits."), MC_NUMBER_FIRST, MC_NUMBER_LAST);
      return FALSE;
    }

  if (first > last)
    {
      g_set_error (error, MC_ERROR, MC_ERROR_INVALID,
                   _("The first number is larger than the last: did you mean %u-%u?"),
                   last, first);
      return FALSE;
    }

  range->first = first;
  range->last = last;
  return TRUE;

bad_format:
  g_set_error (error, MC_ERROR, MC_ERROR_INVALID,
               _("“%s” is not a range of numbers: type the first and the last number "
                 "with a dash between them, for example 1-%u."),
               text, MC_NUMBER_LAST / 2);
  return FALSE;
}

/**
 * mc_number_range_to_string:
 * @range: a range
 *
 * Writes @range the way mc_number_range_parse() reads it: "1-4999".
 *
 * Returns: (transfer full): the text
 */
char *
mc_number_range_to_string (const McNumberRange *range)
{
  g_return_val_if_fail (range != NULL, NULL);

  return g_strdup_printf ("%u-%u", range->first, range->last);
}

/**
 * mc_number_range_contains:
 * @range: a range
 * @number: a dossier number
 *
 * Returns: whether @number is in @range, ends included
 */
gboolean
mc_number_range_contains (const McNumberRange *range,
                          guint                number)
{
  g_return_val_if_fail (range != NULL, FALSE);

  return number >= range->first && number <= range->last;
}

/**
 * mc_number_ranges_overlap:
 * @a: a range
 * @b: another range
 *
 * Two workstations of the same agency must not share a number: their
 * ranges must not overlap. Ranges that only touch ("1-4999" and
 * "5000-9999") do not overlap; "1-5000" and "5000-9999" do.
 *
 * Returns: whether some number is in both ranges
 */
gboolean
mc_number_ranges_overlap (const McNumberRange *a,
                          const McNumberRange *b)
{
  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  return a->first <= b->last && b->first <= a->last;
}
