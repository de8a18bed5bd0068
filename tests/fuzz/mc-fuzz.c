/* mc-fuzz.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "mc-fuzz.h"

/* Helpers shared by the fuzz targets of tests/fuzz. */

/**
 * mc_fuzz_init:
 *
 * Makes warnings and criticals abort, so that a g_return_if_fail() that
 * fails, or a g_warning() on bad input, counts as a crash: the code under
 * test must refuse bad input with a #GError, not with a critical.
 */
void
mc_fuzz_init (void)
{
  setlocale (LC_ALL, "C.UTF-8");
  g_setenv ("TZ", "Asia/Ho_Chi_Minh", TRUE);
  g_log_set_always_fatal (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
}

/**
 * mc_fuzz_take_uint:
 * @input: what is left of the input
 * @bound: the largest value wanted
 *
 * Returns: a number from 0 to @bound, made of as few bytes of @input as
 *   @bound needs
 */
guint32
mc_fuzz_take_uint (McFuzzInput *input,
                   guint32      bound)
{
  guint64 value = 0;

  for (guint32 left = bound; left > 0; left >>= 8)
    {
      value <<= 8;
      if (input->size > 0)
        {
          value |= input->data[0];
          input->data++;
          input->size--;
        }
    }

  return (guint32) (value % ((guint64) bound + 1));
}

gboolean
mc_fuzz_take_boolean (McFuzzInput *input)
{
  return mc_fuzz_take_uint (input, 1) == 1;
}

/**
 * mc_fuzz_dup_text:
 * @data: bytes
 * @size: their number
 *
 * Returns: (transfer full): the bytes as a string, up to the first NUL
 */
char *
mc_fuzz_dup_text (const guint8 *data,
                  gsize         size)
{
  return g_strndup ((const char *) data, size);
}

static gboolean
is_json_space (guint8 c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/**
 * mc_fuzz_is_one_value:
 * @data: bytes
 * @size: their number
 *
 * JSON-GLib 1.6 takes several JSON values one after the other, such as
 * `9{"a": 1}`, as valid, and leaks all but one of them. The targets skip
 * such inputs, or every run would end on that library's leak. Strings are
 * skipped whole; whether the one value is valid JSON is for the parser to
 * say.
 *
 * Returns: whether @data holds at most one value, with white space around
 */
gboolean
mc_fuzz_is_one_value (const guint8 *data,
                      gsize         size)
{
  gboolean ended = FALSE;
  int depth = 0;
  gsize i = 0;

  while (i < size)
    {
      guint8 c = data[i];

      if (is_json_space (c))
        {
          i++;
          continue;
        }
      if (ended)
        return FALSE;

      if (c == '"')
        {
          for (i++; i < size && data[i] != '"'; i++)
            if (data[i] == '\\')
              i++;
          i++;
          ended = depth == 0;
        }
      else if (c == '{' || c == '[')
        {
          depth++;
          i++;
        }
      else if (c == '}' || c == ']')
        {
          depth = MAX (depth - 1, 0);
          ended = depth == 0;
          i++;
        }
      else if (depth > 0)
        {
          i++;
        }
      else
        {
          /* A number, a literal or stray punctuation: up to the next
           * space or bracket. */
          i++;
          while (i < size && !is_json_space (data[i]) && strchr ("{}[]\",:", data[i]) == NULL)
            i++;
          ended = TRUE;
        }
    }

  return TRUE;
}
