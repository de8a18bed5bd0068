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
