/* mc-intake-check.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-intake-check"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "mc-error.h"
#include "mc-format.h"
#include "mc-intake-check.h"
#include "mc-intake-private.h"
#include "mc-text.h"
#include "mc-working-calendar.h"

/* Checks of the fields of the intake form, one function a field. Each
 * returns whether the value can be saved; when it cannot, the error
 * (%MC_ERROR_INVALID) carries a translated sentence meant to be shown next
 * to the field, saying what is wrong and what to type. A value that can be
 * saved but deserves a second look comes with a warning instead.
 *
 * Outputs are set on success only; string outputs are set to %NULL first,
 * so they are %NULL after a failure. Empty text is an error ("Type the
 * …"): the form skips the check of an optional field left empty.
 *
 * Pure functions: no database, no GTK.
 *
 * The identity number and the phone number, which need tables of their
 * own, are checked the same way in mc-id-number.c and mc-phone-number.c;
 * the helpers below (mc-intake-private.h) serve all three files. */

#define EMAIL_MAX         254
#define EMAIL_LOCAL_MAX   64
#define EMAIL_LABEL_MAX   63
#define OLDEST_BIRTH_YEAR 1900
#define OLD_AGE_WARNING   100

/*
 * Helpers shared with mc-id-number.c and mc-phone-number.c
 */

void
mc_intake_clear_string (char **out)
{
  if (out != NULL)
    *out = NULL;
}

void
mc_intake_take_string (char **out,
                       char  *value)
{
  if (out != NULL)
    *out = value;
  else
    g_free (value);
}

/* Today in Vietnam, or @today when given (tests). */
void
mc_intake_get_today (const GDate *today,
                     GDate       *out)
{
  g_autoptr(GDateTime) now = NULL;

  if (today != NULL && g_date_valid (today))
    {
      *out = *today;
      return;
    }

  now = g_date_time_new_now (mc_working_calendar_get_time_zone ());
  g_date_clear (out, 1);
  g_date_set_dmy (out, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
}

/* Collects the ASCII digits of @text into @digits, skipping white space
 * and the ASCII characters of @separators. Stops at the first letter or
 * other character, which goes to @bad. */
McIntakeScan
mc_intake_scan_digits (const char *text,
                       const char *separators,
                       GString    *digits,
                       char        bad[8])
{
  bad[0] = '\0';

  if (text == NULL)
    return MC_INTAKE_SCAN_EMPTY;

  if (!g_utf8_validate (text, -1, NULL))
    {
      g_strlcpy (bad, "\xef\xbf\xbd", 8);
      return MC_INTAKE_SCAN_OTHER;
    }

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c < 0x80 && g_ascii_isdigit (c))
        {
          g_string_append_c (digits, (char) c);
        }
      else if (g_unichar_isspace (c) || (c < 0x80 && strchr (separators, (int) c) != NULL))
        {
          continue;
        }
      else
        {
          bad[g_unichar_to_utf8 (c, bad)] = '\0';
          return g_unichar_isalpha (c) ? MC_INTAKE_SCAN_LETTER : MC_INTAKE_SCAN_OTHER;
        }
    }

  return digits->len == 0 ? MC_INTAKE_SCAN_EMPTY : MC_INTAKE_SCAN_OK;
}

/*
 * Names, email addresses, birth dates, numbers of sets, fees and notes
 */

static gboolean
is_email_local_char (char c)
{
  return g_ascii_isalnum (c) || strchr ("!#$%&'*+/=?^_`{|}~.-", c) != NULL;
}

/* A domain name: labels of letters, digits and inner dashes, the last of
 * two letters or more. */
static gboolean
is_email_domain (const char *domain)
{
  g_auto(GStrv) labels = g_strsplit (domain, ".", -1);
  guint n = g_strv_length (labels);
  const char *top;

  if (n < 2)
    return FALSE;

  for (guint i = 0; i < n; i++)
    {
      gsize len = strlen (labels[i]);

      if (len == 0 || len > EMAIL_LABEL_MAX || labels[i][0] == '-' || labels[i][len - 1] == '-')
        return FALSE;
      for (gsize j = 0; j < len; j++)
        if (!g_ascii_isalnum (labels[i][j]) && labels[i][j] != '-')
          return FALSE;
    }

  top = labels[n - 1];
  if (strlen (top) < 2)
    return FALSE;
  for (const char *c = top; *c != '\0'; c++)
    if (!g_ascii_isalpha (*c))
      return FALSE;

  return TRUE;
}

/**
 * mc_intake_check_email:
 * @text: the email address as typed
 * @normalized: (out) (optional) (transfer full): the address, trimmed,
 *   its domain in lower case
 * @error: return location for a #GError
 *
 * A sanity check, not RFC 5322: one "@", a plain local part (letters,
 * digits and the usual symbols, dots not at the ends nor doubled) and a
 * domain of at least two labels, ending with letters. Accented letters
 * are refused: they come from typing with Vietnamese input on.
 *
 * Returns: %TRUE if @text looks like an email address
 */
gboolean
mc_intake_check_email (const char  *text,
                       char       **normalized,
                       GError     **error)
{
  g_autofree char *address = NULL;
  g_autofree char *domain = NULL;
  const char *at;
  gsize local_len;

  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  mc_intake_clear_string (normalized);

  address = g_strstrip (g_strdup (text != NULL ? text : ""));

  if (*address == '\0')
    {
      g_set_error_literal (error, MC_ERROR, MC_ERROR_INVALID,
                           _("Type the email address, for example name@example.com."));
      return FALSE;
    }

  if (!g_utf8_validate (address, -1, NULL) || !g_str_is_ascii (address))
    {
      g_set_error_literal (error, MC_ERROR, MC_ERROR_INVALID,
                           _("An email address has no accents or special letters: please type "
                             "it again with Vietnamese typing turned off."));
      return FALSE;
    }

  for (const char *c = address; *c != '\0'; c++)
    if (g_ascii_isspace (*c))
      {
        g_set_error_literal (error, MC_ERROR, MC_ERROR_INVALID,
                             _("An email address cannot contain spaces: please type it without "
                               "them."));
        return FALSE;
      }

  at = strchr (address, '@');
  if (at == NULL || strchr (at + 1, '@') != NULL)
    {
      g_set_error_literal (error, MC_ERROR, MC_ERROR_INVALID,
                           _("An email address has one “@”, for example name@example.com."));
      return FALSE;
    }

  local_len = (gsize) (at - address);
  if (local_len == 0)
    {
      g_set_error_literal (error, MC_ERROR, MC_ERROR_INVALID,
                           _("The email address needs a name before “@”, for example "
                             "name@example.com."));
      return FALSE;
    }

  if (local_len > EMAIL_LOCAL_MAX || address[0] == '.' || at[-1] == '.' ||
      g_strstr_len (address, (gssize) local_len, "..") != NULL)
    goto bad_local;
  for (gsize i = 0; i < local_len; i++)
    if (!is_email_local_char (address[i]))
      goto bad_local;

  domain = g_ascii_strdown (at + 1, -1);
  if (*domain == '\0')
    {
      g_set_error_literal (error, MC_ERROR, MC_ERROR_INVALID,
                           _("The email address needs a domain after “@”, for example "
                             "gmail.com."));
      return FALSE;
    }

  if (!is_email_domain (domain))
    {
      g_set_error (error, MC_ERROR, MC_ERROR_INVALID,
                   _("The domain “%s” of the email address is not valid: it should look like "
                     "gmail.com or example.gov.vn."), at + 1);
      return FALSE;
    }

  if (strlen (address) > EMAIL_MAX)
    {
      g_set_error_literal (error, MC_ERROR, MC_ERROR_INVALID,
                           _("The email address is too long: please check it."));
      return FALSE;
    }

  mc_intake_take_string (normalized, g_strdup_printf ("%.*s@%s", (int) local_len, address, domain));
  return TRUE;

bad_local:
  g_set_error (error, MC_ERROR, MC_ERROR_INVALID,
               _("The part before “@”, “%.*s”, is not valid in an email address: please "
                 "check it."), (int) local_len, address);
  return FALSE;
}

/* Characters of a person's name besides letters and spaces: apostrophes
 * and dashes (H’Hen Niê, Ksor H’Bơ), a dot for an initial. */
static gboolean
is_name_punctuation (gunichar c)
{
  return c == '\'' || c == 0x2019 || c == 0x02BC || c == '-' || c == '.';
}

/**
 * mc_intake_check_name:
 * @text: the name as typed
 * @type: who applies
 * @normalized: (out) (optional) (transfer full): the name, composed,
 *   trimmed, with single spaces (mc_text_normalize_space())
 * @error: return location for a #GError
 *
 * A name must not be empty and must have a letter. A citizen's name has
 * only letters, spaces, apostrophes, dashes and dots: no digit. The name
 * of a business, agency or organisation may have digits and symbols
 * ("Công ty TNHH 3A"). Neither may be longer than %MC_INTAKE_NAME_MAX
 * characters. Letter case is kept as typed.
 *
 * Returns: %TRUE if @text can be saved as the name
 */
gboolean
mc_intake_check_name (const char       *text,
                      McApplicantType   type,
                      char            **normalized,
                      GError          **error)
{
  g_autofree char *name = NULL;
  gboolean person = type == MC_APPLICANT_CITIZEN;
  gboolean has_letter = FALSE;
  glong length;

  g_return_val_if_fail (type >= MC_APPLICANT_CITIZEN && type <= MC_APPLICANT_ORGANISATION, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  mc_intake_clear_string (normalized);

  if (text != NULL && !g_utf8_validate (text, -1, NULL))
    {
      g_set_error_literal (error, MC_ERROR, MC_ERROR_INVALID,
                           _("The name contains characters that are not text: please type it "
                             "again."));
      return FALSE;
    }

  name = mc_text_normalize_space (text);
  if (*name == '\0')
    {
      g_set_error_literal (error, MC_ERROR, MC_ERROR_INVALID,
                           person ? _("Type the citizen’s full name.")
                                  : _("Type the name of the business, agency or organisation."));
      return FALSE;
    }

  length = g_utf8_strlen (name, -1);
  if (length > MC_INTAKE_NAME_MAX)
    {
      g_set_error (error, MC_ERROR, MC_ERROR_INVALID,
                   g_dngettext (GETTEXT_PACKAGE,
                                "The name has %ld character: please shorten it to %d characters "
                                "or fewer.",
                                "The name has %ld characters: please shorten it to %d characters "
                                "or fewer.",
                                (gulong) length),
                   length, MC_INTAKE_NAME_MAX);
      return FALSE;
    }

  for (const char *p = name; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      char bad[8];

      if (g_unichar_isalpha (c) || g_unichar_ismark (c))
        {
          has_letter = TRUE;
          continue;
        }

      if (c == ' ')
        continue;

      if (person && g_unichar_isdigit (c))
        {
          g_set_error_literal (error, MC_ERROR, MC_ERROR_INVALID,
                               _("A person’s name cannot contain digits: please check the "
                                 "name."));
          return FALSE;
        }

      if (!g_unichar_isprint (c))
        {
          g_set_error_literal (error, MC_ERROR, MC_ERROR_INVALID,
                               _("The name contains a character that cannot be printed: "
                                 "please type it again."));
          return FALSE;
        }

      if (person && !is_name_punctuation (c))
        {
          bad[g_unichar_to_utf8 (c, bad)] = '\0';
          g_set_error (error, MC_ERROR, MC_ERROR_INVALID,
                       _("A person’s name cannot contain “%s”: please type letters only."), bad);
          return FALSE;
        }
    }

  if (!has_letter)
    {
      g_set_error_literal (error, MC_ERROR, MC_ERROR_INVALID,
                           _("A name needs letters: please type the name in full."));
      return FALSE;
    }

  mc_intake_take_string (normalized, g_steal_pointer (&name));
  return TRUE;
}

/**
 * mc_intake_check_birth_date:
 * @date: a birth date
 * @today: (nullable): the current day, %NULL for today in Vietnam
 * @warning: (out) (optional) (transfer full) (nullable): a warning for an
 *   unlikely date
 * @error: return location for a #GError
 *
 * A birth date may not be in the future nor before 1900. A person aged
 * 100 or more gets a warning, in case the year is mistyped.
 *
 * Returns: %TRUE if @date can be saved as a birth date
 */
gboolean
mc_intake_check_birth_date (const GDate  *date,
                            const GDate  *today,
                            char        **warning,
                            GError      **error)
{
  GDate now;
  int age;

  g_return_val_if_fail (date != NULL && g_date_valid (date), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  mc_intake_clear_string (warning);
  mc_intake_get_today (today, &now);

  if (g_date_get_year (date) < OLDEST_BIRTH_YEAR)
    {
      g_set_error (error, MC_ERROR, MC_ERROR_INVALID,
                   _("The birth date cannot be before %d: please check the year."),
                   OLDEST_BIRTH_YEAR);
      return FALSE;
    }

  if (g_date_compare (date, &now) > 0)
    {
      g_set_error_literal (error, MC_ERROR, MC_ERROR_INVALID,
                           _("The birth date is in the future: please check it."));
      return FALSE;
    }

  age = g_date_get_year (&now) - g_date_get_year (date);
  if (g_date_get_month (&now) < g_date_get_month (date) ||
      (g_date_get_month (&now) == g_date_get_month (date) &&
       g_date_get_day (&now) < g_date_get_day (date)))
    age--;

  if (age >= OLD_AGE_WARNING)
    mc_intake_take_string (warning,
                           g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                         "The citizen would be %d year old: "
                                                         "please check the year of birth.",
                                                         "The citizen would be %d years old: "
                                                         "please check the year of birth.",
                                                         (gulong) age),
                                            age));

  return TRUE;
}

/* Splits @text into runs of digits separated by '/', '-', '.' or spaces,
 * with spaces allowed around the separator. */
static GPtrArray *
split_date (const char *text)
{
  g_autoptr(GPtrArray) groups = g_ptr_array_new_with_free_func (g_free);
  const char *p = text;

  while (*p != '\0')
    {
      const char *start = p;

      while (g_ascii_isdigit (*p))
        p++;
      if (p == start)
        return NULL;
      g_ptr_array_add (groups, g_strndup (start, (gsize) (p - start)));

      start = p;
      while (*p == ' ')
        p++;
      if (*p == '\0')
        break;
      if (strchr ("/-.", *p) != NULL)
        {
          p++;
          while (*p == ' ')
            p++;
        }
      else if (p == start)
        {
          return NULL;
        }
    }

  return g_steal_pointer (&groups);
}

/**
 * mc_intake_parse_birth_date:
 * @text: the birth date as typed
 * @today: (nullable): the current day, %NULL for today in Vietnam
 * @date: (out caller-allocates): the date
 * @warning: (out) (optional) (transfer full) (nullable): a warning for an
 *   unlikely date
 * @error: return location for a #GError
 *
 * Reads a birth date written day first, as in Vietnam: "01/05/2003",
 * "1/5/2003", "01-05-2003", "01.05.2003" or "01052003"; or as
 * "2003-05-01". The year must have four digits. Then checks it with
 * mc_intake_check_birth_date().
 *
 * Returns: %TRUE on success; %FALSE with @error set, @date untouched
 */
gboolean
mc_intake_parse_birth_date (const char   *text,
                            const GDate  *today,
                            GDate        *date,
                            char        **warning,
                            GError      **error)
{
  g_autofree char *clean = NULL;
  g_autoptr(GPtrArray) groups = NULL;
  const char *d = NULL, *m = NULL, *y = NULL;
  char day_buf[3], month_buf[3], year_buf[5];
  guint day, month, year;
  GDate parsed;

  g_return_val_if_fail (date != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  mc_intake_clear_string (warning);

  clean = g_strstrip (g_strdup (text != NULL ? text : ""));
  if (*clean == '\0')
    {
      g_set_error_literal (error, MC_ERROR, MC_ERROR_INVALID,
                           _("Type the birth date as day/month/year, for example 01/05/2003."));
      return FALSE;
    }

  groups = split_date (clean);
  if (groups != NULL && groups->len == 1 && strlen (groups->pdata[0]) == 8)
    {
      const char *all = groups->pdata[0];

      memcpy (day_buf, all, 2);
      day_buf[2] = '\0';
      memcpy (month_buf, all + 2, 2);
      month_buf[2] = '\0';
      memcpy (year_buf, all + 4, 4);
      year_buf[4] = '\0';
      d = day_buf;
      m = month_buf;
      y = year_buf;
    }
  else if (groups != NULL && groups->len == 3)
    {
      if (strlen (groups->pdata[0]) == 4)
        {
          y = groups->pdata[0];
          m = groups->pdata[1];
          d = groups->pdata[2];
        }
      else
        {
          d = groups->pdata[0];
          m = groups->pdata[1];
          y = groups->pdata[2];
        }
    }

  if (d == NULL || strlen (d) > 2 || strlen (m) > 2 || strlen (y) > 4)
    {
      g_set_error (error, MC_ERROR, MC_ERROR_INVALID,
                   _("“%s” is not a date: type it as day/month/year, for example 01/05/2003."),
                   clean);
      return FALSE;
    }

  if (strlen (y) != 4)
    {
      g_set_error_literal (error, MC_ERROR, MC_ERROR_INVALID,
                           _("Type the year of birth with four digits, for example "
                             "01/05/2003."));
      return FALSE;
    }

  day = (guint) g_ascii_strtoull (d, NULL, 10);
  month = (guint) g_ascii_strtoull (m, NULL, 10);
  year = (guint) g_ascii_strtoull (y, NULL, 10);

  if (!g_date_valid_dmy (day, month, year))
    {
      g_set_error (error, MC_ERROR, MC_ERROR_INVALID,
                   _("“%s” is not a real date: please check the day and the month."), clean);
      return FALSE;
    }

  g_date_clear (&parsed, 1);
  g_date_set_dmy (&parsed, day, month, year);

  if (!mc_intake_check_birth_date (&parsed, today, warning, error))
    return FALSE;

  *date = parsed;
  return TRUE;
}

/* Reads a whole number of at most @max_digits digits, surrounding white
 * space allowed. */
static gboolean
parse_small_number (const char *text,
                    guint       max_digits,
                    guint64    *value)
{
  g_autofree char *clean = g_strstrip (g_strdup (text != NULL ? text : ""));
  gsize len = strlen (clean);

  if (len == 0 || len > max_digits)
    return FALSE;
  for (gsize i = 0; i < len; i++)
    if (!g_ascii_isdigit (clean[i]))
      return FALSE;

  *value = g_ascii_strtoull (clean, NULL, 10);
  return TRUE;
}

/**
 * mc_intake_check_set_count:
 * @text: the number of sets (số lượng hồ sơ, bộ) as typed
 * @count: (out) (optional): the number
 * @error: return location for a #GError
 *
 * Returns: %TRUE if @text is a whole number from 1 to
 *   %MC_INTAKE_SET_COUNT_MAX
 */
gboolean
mc_intake_check_set_count (const char  *text,
                           guint       *count,
                           GError     **error)
{
  guint64 value = 0;

  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!parse_small_number (text, 9, &value) || value < 1 || value > MC_INTAKE_SET_COUNT_MAX)
    {
      g_set_error (error, MC_ERROR, MC_ERROR_INVALID,
                   _("Type the number of sets as a whole number from 1 to %d."),
                   MC_INTAKE_SET_COUNT_MAX);
      return FALSE;
    }

  if (count != NULL)
    *count = (guint) value;
  return TRUE;
}

/* Reads "50000", "50.000", "50 000" or "50,000": digits, grouped by
 * threes with one kind of separator when grouped. */
static gboolean
parse_grouped_amount (const char *text,
                      gint64     *amount)
{
  char separator = '\0';
  guint group = 0;
  guint digits = 0;
  gboolean grouped = FALSE;
  gint64 value = 0;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p))
        {
          if (++digits > 18)
            return FALSE;
          group++;
          value = value * 10 + (*p - '0');
          continue;
        }

      if (strchr ("., ", *p) == NULL || group == 0)
        return FALSE;
      if (separator != '\0' && *p != separator)
        return FALSE;
      /* The first group has 1 to 3 digits, the others 3. */
      if ((grouped && group != 3) || group > 3)
        return FALSE;

      separator = *p;
      grouped = TRUE;
      group = 0;
    }

  if (digits == 0 || (grouped && group != 3))
    return FALSE;

  *amount = value;
  return TRUE;
}

/**
 * mc_intake_check_fee:
 * @text: the fee as typed
 * @amount: (out) (optional): the fee in đồng
 * @error: return location for a #GError
 *
 * Reads a whole number of đồng from 0 to %MC_INTAKE_FEE_MAX: "50000",
 * "50.000", "50 000", "50,000", optionally followed by "đ", "đồng" or
 * "VND". Decimals are refused: đồng have none.
 *
 * Returns: %TRUE if @text is such an amount
 */
gboolean
mc_intake_check_fee (const char  *text,
                     gint64      *amount,
                     GError     **error)
{
  static const char * const units[] = { "dong", "vnd", "d" };
  g_autofree char *folded = NULL;
  gint64 value = 0;
  gsize len;

  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* Lower case, no accents ("đồng" is "dong"), single spaces, trimmed. */
  folded = mc_text_fold (text);
  if (*folded == '\0')
    {
      g_set_error_literal (error, MC_ERROR, MC_ERROR_INVALID,
                           _("Type the fee in đồng, or 0 when there is no fee."));
      return FALSE;
    }

  len = strlen (folded);
  for (guint i = 0; i < G_N_ELEMENTS (units); i++)
    if (g_str_has_suffix (folded, units[i]))
      {
        len -= strlen (units[i]);
        break;
      }
  while (len > 0 && folded[len - 1] == ' ')
    len--;
  folded[len] = '\0';

  if (folded[0] == '-')
    {
      g_set_error_literal (error, MC_ERROR, MC_ERROR_INVALID,
                           _("The fee cannot be negative: type 0 when there is no fee."));
      return FALSE;
    }

  if (!parse_grouped_amount (folded, &value))
    {
      g_set_error_literal (error, MC_ERROR, MC_ERROR_INVALID,
                           _("Type the fee as a whole number of đồng, for example 50.000."));
      return FALSE;
    }

  if (value > MC_INTAKE_FEE_MAX)
    {
      g_autofree char *max = mc_format_money (MC_INTAKE_FEE_MAX);

      g_set_error (error, MC_ERROR, MC_ERROR_INVALID,
                   _("The fee cannot be more than %s: please check the amount."), max);
      return FALSE;
    }

  if (amount != NULL)
    *amount = value;
  return TRUE;
}

/**
 * mc_intake_check_note:
 * @text: (nullable): the note as typed
 * @normalized: (out) (optional) (transfer full): the note, composed
 *   (NFC), with "\n" line ends and no white space at either end
 * @error: return location for a #GError
 *
 * A note may be empty; it may not be longer than %MC_INTAKE_NOTE_MAX
 * characters.
 *
 * Returns: %TRUE if @text can be saved as a note
 */
gboolean
mc_intake_check_note (const char  *text,
                      char       **normalized,
                      GError     **error)
{
  g_autofree char *composed = NULL;
  GString *lines;
  char *note;
  glong length;

  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  mc_intake_clear_string (normalized);

  if (text == NULL)
    text = "";

  composed = mc_text_normalize (text, G_NORMALIZE_NFC);
  if (composed == NULL)
    {
      g_set_error_literal (error, MC_ERROR, MC_ERROR_INVALID,
                           _("The note contains characters that are not text: please type it "
                             "again."));
      return FALSE;
    }

  lines = g_string_new (composed);
  g_string_replace (lines, "\r\n", "\n", 0);
  g_string_replace (lines, "\r", "\n", 0);
  note = g_strstrip (g_string_free (lines, FALSE));

  length = g_utf8_strlen (note, -1);
  if (length > MC_INTAKE_NOTE_MAX)
    {
      g_set_error (error, MC_ERROR, MC_ERROR_INVALID,
                   g_dngettext (GETTEXT_PACKAGE,
                                "The note has %ld character: please shorten it to %d characters "
                                "or fewer.",
                                "The note has %ld characters: please shorten it to %d characters "
                                "or fewer.",
                                (gulong) length),
                   length, MC_INTAKE_NOTE_MAX);
      g_free (note);
      return FALSE;
    }

  mc_intake_take_string (normalized, note);
  return TRUE;
}

