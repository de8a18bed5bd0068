/* mc-report-06a.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "mc-dossier-stats.h"
#include "mc-office-identity.h"

G_BEGIN_DECLS

void      mc_report_06a_get_total (GPtrArray            *rows,
                                   McReportCounts       *total);
char     *mc_report_06a_to_csv    (GPtrArray            *rows,
                                   GError              **error) G_GNUC_WARN_UNUSED_RESULT;
char     *mc_report_06a_format_period (GDateTime        *from,
                                      GDateTime        *to,
                                      GError          **error) G_GNUC_WARN_UNUSED_RESULT;
char     *mc_report_06a_to_fods   (GPtrArray            *rows,
                                   const char           *period,
                                   const char           *agency,
                                   GError              **error) G_GNUC_WARN_UNUSED_RESULT;
JsonNode *mc_report_06a_to_json   (GPtrArray            *rows,
                                   GDateTime            *from,
                                   GDateTime            *to) G_GNUC_WARN_UNUSED_RESULT;
GBytes   *mc_report_06a_render_pdf (GPtrArray           *rows,
                                   GDateTime            *from,
                                   GDateTime            *to,
                                   const McOfficeIdentity *office,
                                   const char           *receiver,
                                   GDateTime            *dated,
                                   GError              **error) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
