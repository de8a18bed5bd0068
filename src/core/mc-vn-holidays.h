/* mc-vn-holidays.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "mc-enums.h"

G_BEGIN_DECLS

/* The first year with Vietnamese Culture Day (24/11) as a holiday. */
#define MC_VN_CULTURE_DAY_FIRST_YEAR 2026

/* A day on which the working calendar departs from the weekly rule.
 * @reason is an untranslated msgid (marked with N_ in the sources):
 * translate it when showing it. */
typedef struct
{
  GDate       date;
  McDayKind   kind;
  const char *reason;
} McCalendarEntry;

GArray *mc_vn_holidays_generate (int year) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
