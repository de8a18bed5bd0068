/* mc-report-period.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* How long a reporting period is. */
typedef enum
{
  MC_REPORT_MONTH,
  MC_REPORT_QUARTER,
  MC_REPORT_HALF_YEAR,
  MC_REPORT_YEAR,
} McReportLength;

/* Where periods begin: on the 1st of the month, or on the 15th of the
 * month before, as the reporting regime of Nghị định 09/2019 counts the
 * data (domain.md §4.3). */
typedef enum
{
  MC_REPORT_CALENDAR,
  MC_REPORT_FROM_15TH,
} McReportBoundary;

/* One period: the 3rd quarter of 2026, say. */
typedef struct
{
  McReportLength   length;
  McReportBoundary boundary;
  int              year;
  int              number;   /* 1–12, 1–4, 1–2 or 1 */
} McReportPeriod;

void        mc_report_period_containing (McReportLength        length,
                                         McReportBoundary      boundary,
                                         GDateTime            *moment,
                                         McReportPeriod       *period);
void        mc_report_period_get_range  (const McReportPeriod *period,
                                         GDateTime           **from,
                                         GDateTime           **to);
void        mc_report_period_step       (McReportPeriod       *period,
                                         int                   count);
char       *mc_report_period_format     (const McReportPeriod *period) G_GNUC_WARN_UNUSED_RESULT;
const char *mc_report_boundary_to_string (McReportBoundary     boundary);
gboolean    mc_report_boundary_parse    (const char           *text,
                                         McReportBoundary     *boundary);

G_END_DECLS
