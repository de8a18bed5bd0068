/* mc-intake-check.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "mc-enums.h"
#include "mc-id-number.h"
#include "mc-phone-number.h"

G_BEGIN_DECLS

/* The checks of the fields of the intake form. The identity number
 * (mc-id-number.h) and the phone number (mc-phone-number.h) have headers
 * of their own, included here: callers need this one only. */

#define MC_INTAKE_NAME_MAX      255
#define MC_INTAKE_SET_COUNT_MAX 99
#define MC_INTAKE_FEE_MAX       G_GINT64_CONSTANT (1000000000)
#define MC_INTAKE_NOTE_MAX      2000

gboolean mc_intake_check_email      (const char      *text,
                                     char           **normalized,
                                     GError         **error);
gboolean mc_intake_check_name       (const char      *text,
                                     McApplicantType  type,
                                     char           **normalized,
                                     GError         **error);

gboolean mc_intake_parse_birth_date (const char      *text,
                                     const GDate     *today,
                                     GDate           *date,
                                     char           **warning,
                                     GError         **error);
gboolean mc_intake_check_birth_date (const GDate     *date,
                                     const GDate     *today,
                                     char           **warning,
                                     GError         **error);

gboolean mc_intake_check_set_count  (const char      *text,
                                     guint           *count,
                                     GError         **error);
gboolean mc_intake_check_fee        (const char      *text,
                                     gint64          *amount,
                                     GError         **error);
gboolean mc_intake_check_note       (const char      *text,
                                     char           **normalized,
                                     GError         **error);

G_END_DECLS
