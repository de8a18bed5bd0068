/* mc-office-store.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mc-database.h"
#include "mc-evaluation-summary.h"

G_BEGIN_DECLS

/* The office's settings as the Office page of the preferences shows
 * them: the commune's identity and this workstation's. */
typedef struct
{
  char *agency_code;        /* "" until set */
  char *agency_name;
  char *place_name;         /* printed on the forms */
  char *workstation_name;   /* "": the computer's host name */
  char *range;              /* such as "1-4999"; as stored when damaged */
  int   idle_lock_minutes;
} McOfficeSettings;

McOfficeSettings *mc_office_settings_copy        (const McOfficeSettings  *settings) G_GNUC_WARN_UNUSED_RESULT;
void              mc_office_settings_free        (McOfficeSettings        *settings);

McOfficeSettings *mc_office_store_load           (McDatabase              *db,
                                                  GError                 **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean          mc_office_store_set_workstation (McDatabase             *db,
                                                  const char              *name,
                                                  const char              *range,
                                                  int                      idle_lock_minutes,
                                                  GError                 **error);
gboolean          mc_office_store_get_evaluation_thresholds (McDatabase             *db,
                                                            McEvaluationThresholds *thresholds,
                                                            GError                **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (McOfficeSettings, mc_office_settings_free)

G_END_DECLS
