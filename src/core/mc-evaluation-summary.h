/* mc-evaluation-summary.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mc-dossier-stats.h"
#include "mc-office-identity.h"

G_BEGIN_DECLS

/* The classes of the evaluation's total, best first. */
typedef enum
{
  MC_EVALUATION_EXCELLENT,
  MC_EVALUATION_GOOD,
  MC_EVALUATION_FAIR,
  MC_EVALUATION_AVERAGE,
  MC_EVALUATION_WEAK,
} McEvaluationClass;

/* The lowest total of each class above "weak", out of 18: a setting
 * ('evaluation-thresholds', such as "15,12,9,6"), since the legal
 * thresholds were not found (domain.md §3.1). */
typedef struct
{
  double minimum[4];
} McEvaluationThresholds;

void              mc_evaluation_thresholds_init_default (McEvaluationThresholds       *thresholds);
gboolean          mc_evaluation_thresholds_parse        (const char                   *text,
                                                         McEvaluationThresholds       *thresholds,
                                                         GError                      **error);
char             *mc_evaluation_thresholds_to_string    (const McEvaluationThresholds *thresholds) G_GNUC_WARN_UNUSED_RESULT;
McEvaluationClass mc_evaluation_classify                (const McEvaluationThresholds *thresholds,
                                                         double                        total);
GBytes           *mc_evaluation_summary_render          (const McDossierStats         *stats,
                                                         GDateTime                    *from,
                                                         GDateTime                    *to,
                                                         const McOfficeIdentity       *office,
                                                         const McEvaluationThresholds *thresholds,
                                                         GDateTime                    *dated,
                                                         GError                      **error) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
