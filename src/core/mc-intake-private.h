/* mc-intake-private.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Helpers shared by the checks of the intake form (mc-intake-check.c,
 * mc-id-number.c and mc-phone-number.c), defined in mc-intake-check.c.
 * Not for other callers. */

/* What mc_intake_scan_digits() found. */
typedef enum
{
  MC_INTAKE_SCAN_OK,
  MC_INTAKE_SCAN_EMPTY,
  MC_INTAKE_SCAN_LETTER,
  MC_INTAKE_SCAN_OTHER,
} McIntakeScan;

void         mc_intake_clear_string (char        **out);
void         mc_intake_take_string  (char        **out,
                                     char         *value);
void         mc_intake_get_today    (const GDate  *today,
                                     GDate        *out);
McIntakeScan mc_intake_scan_digits  (const char   *text,
                                     const char   *separators,
                                     GString      *digits,
                                     char          bad[8]);

G_END_DECLS
