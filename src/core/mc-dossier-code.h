/* mc-dossier-code.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The four-digit sequence numbers of one day: workstations share them out
 * in ranges. */
#define MC_NUMBER_FIRST 1
#define MC_NUMBER_LAST  9999

/* Sequence numbers a workstation may hand out, both ends included. */
typedef struct
{
  guint first;
  guint last;
} McNumberRange;

/* The whole range, for an office with one workstation:
 * McNumberRange range = MC_NUMBER_RANGE_INIT; */
#define MC_NUMBER_RANGE_INIT { MC_NUMBER_FIRST, MC_NUMBER_LAST }

gboolean  mc_agency_code_validate   (const char          *code,
                                     GError             **error);

char     *mc_dossier_code_format    (const char          *agency,
                                     const GDate         *day,
                                     guint                number) G_GNUC_WARN_UNUSED_RESULT;
gboolean  mc_dossier_code_parse     (const char          *code,
                                     char               **agency,
                                     GDate               *day,
                                     guint               *number,
                                     GError             **error);

gboolean  mc_number_range_parse     (const char          *text,
                                     McNumberRange       *range,
                                     GError             **error);
char     *mc_number_range_to_string (const McNumberRange *range) G_GNUC_WARN_UNUSED_RESULT;
gboolean  mc_number_range_contains  (const McNumberRange *range,
                                     guint                number);
gboolean  mc_number_ranges_overlap  (const McNumberRange *a,
                                     const McNumberRange *b);

G_END_DECLS
