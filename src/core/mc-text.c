/* mc-text.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-text"

#include "config.h"

#include "mc-text.h"

/**
 * mc_text_normalize:
 * @text: (nullable): text from a person, a file or the network
 * @mode: the normalization
 *
 * g_utf8_normalize() for text that may not be valid UTF-8: GLib 2.74's
 * lets some invalid UTF-8 through (an encoded surrogate) and reads past
 * the end of some other (a sequence cut short), so it is given only
 * validated text.
 *
 * Returns: (transfer full) (nullable): the normalized text, or %NULL for
 *   %NULL or invalid UTF-8
 */
char *
mc_text_normalize (const char     *text,
                   GNormalizeMode  mode)
{
  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    return NULL;

  return g_utf8_normalize (text, -1, mode);
}

/**
 * mc_text_fold:
 * @text: UTF-8 text
 *
 * Folds @text into a search key: lower case, no tone marks or other
 * diacritics, "đ" and "Đ" as "d", and runs of white space as one space.
 * "Đăng ký  KHAI SINH" becomes "dang ky khai sinh".
 *
 * The letter đ needs its own rule because it has no Unicode decomposition,
 * so dropping combining marks alone leaves it as it is.
 *
 * Returns: (transfer full): the folded text
 */
char *
mc_text_fold (const char *text)
{
  g_autofree char *decomposed = NULL;
  GString *folded;
  gboolean pending_space = FALSE;

  decomposed = mc_text_normalize (text, G_NORMALIZE_NFD);
  if (decomposed == NULL)
    return g_strdup ("");

  folded = g_string_sized_new (strlen (decomposed));

  for (const char *p = decomposed; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_type (c) == G_UNICODE_NON_SPACING_MARK)
        continue;

      if (g_unichar_isspace (c))
        {
          pending_space = folded->len > 0;
          continue;
        }

      if (pending_space)
        {
          g_string_append_c (folded, ' ');
          pending_space = FALSE;
        }

      if (c == 0x0110 || c == 0x0111)
        c = 'd';
      else
        c = g_unichar_tolower (c);

      g_string_append_unichar (folded, c);
    }

  return g_string_free (folded, FALSE);
}

/**
 * mc_text_fts_query:
 * @text: what a user typed
 *
 * Turns @text into an FTS5 query over folded text: every word of @text,
 * folded, must start a word of the document. Words are split at anything
 * that is not a letter or digit, as FTS5's unicode61 tokenizer splits the
 * documents, so "1.001193" looks for "1" followed by "001193".
 *
 * Each word is quoted, so FTS5 operators typed by the user are plain text.
 *
 * Returns: (transfer full) (nullable): the query, or %NULL when @text has
 *   no word to look for
 */
char *
mc_text_fts_query (const char *text)
{
  g_autofree char *folded = mc_text_fold (text);
  GString *query = g_string_new (NULL);
  gboolean in_word = FALSE;

  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalnum (c))
        {
          if (!in_word)
            {
              if (query->len > 0)
                g_string_append_c (query, ' ');
              g_string_append_c (query, '"');
              in_word = TRUE;
            }
          g_string_append_unichar (query, c);
        }
      else if (in_word)
        {
          g_string_append (query, "\"*");
          in_word = FALSE;
        }
    }

  if (in_word)
    g_string_append (query, "\"*");

  if (query->len == 0)
    {
      g_string_free (query, TRUE);
      return NULL;
    }

  return g_string_free (query, FALSE);
}

/**
 * mc_text_normalize_space:
 * @text: UTF-8 text
 *
 * Composes @text (NFC), trims it and collapses runs of white space, so
 * that names typed or imported in different ways are stored the same way.
 *
 * Returns: (transfer full): the normalized text
 */
char *
mc_text_normalize_space (const char *text)
{
  g_autofree char *composed = NULL;
  GString *out;
  gboolean pending_space = FALSE;

  composed = mc_text_normalize (text, G_NORMALIZE_NFC);
  if (composed == NULL)
    return g_strdup ("");

  out = g_string_sized_new (strlen (composed));
  for (const char *p = composed; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c))
        {
          pending_space = out->len > 0;
          continue;
        }
      if (pending_space)
        {
          g_string_append_c (out, ' ');
          pending_space = FALSE;
        }
      g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

/**
 * mc_text_strip_final_stop:
 * @text: (nullable): a sentence typed by a user
 *
 * Trims @text and drops the full stops and semicolons that end it, so
 * that a form can end the sentence it quotes @text in with its own.
 *
 * Returns: (transfer full): the trimmed text; "" for %NULL
 */
char *
mc_text_strip_final_stop (const char *text)
{
  char *copy = g_strstrip (g_strdup (text != NULL ? text : ""));
  gsize length = strlen (copy);

  while (length > 0 && (copy[length - 1] == '.' || copy[length - 1] == ';'))
    copy[--length] = '\0';

  return copy;
}
