/* mc-format.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "mc-enums.h"

G_BEGIN_DECLS

char       *mc_format_duration     (gboolean    known,
                                    double      value,
                                    McTimeUnit  unit) G_GNUC_WARN_UNUSED_RESULT;
char       *mc_format_money        (gint64      amount) G_GNUC_WARN_UNUSED_RESULT;
char       *mc_format_fee          (gboolean    has_amount,
                                    gint64      amount) G_GNUC_WARN_UNUSED_RESULT;
char       *mc_format_date         (const char *iso_date) G_GNUC_WARN_UNUSED_RESULT;
const char *mc_format_channel      (McChannel   channel);
const char *mc_format_applicant_type (McApplicantType type);
char       *mc_format_moment       (GDateTime  *moment) G_GNUC_WARN_UNUSED_RESULT;
const char *mc_format_online_level (McOnlineLevel level);

G_END_DECLS
