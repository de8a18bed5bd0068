/* mc-fuzz.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <stdint.h>

G_BEGIN_DECLS

/* The two entry points every target defines: libFuzzer calls them, and so
 * does fuzz-replay.c in builds without libFuzzer. */
int LLVMFuzzerInitialize   (int            *argc,
                            char         ***argv);
int LLVMFuzzerTestOneInput (const uint8_t  *data,
                            size_t          size);

/* What is left of an input, read from the front. Reading past the end
 * gives zeros, so that every input, however short, is a valid one. */
typedef struct
{
  const guint8 *data;
  gsize         size;
} McFuzzInput;

void     mc_fuzz_init           (void);
guint32  mc_fuzz_take_uint      (McFuzzInput  *input,
                                 guint32       bound);
gboolean mc_fuzz_take_boolean   (McFuzzInput  *input);
char    *mc_fuzz_dup_text       (const guint8 *data,
                                 gsize         size) G_GNUC_WARN_UNUSED_RESULT;
gboolean mc_fuzz_is_one_value   (const guint8 *data,
                                 gsize         size);

G_END_DECLS
