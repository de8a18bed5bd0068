/* mc-office-identity.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mc-database.h"

G_BEGIN_DECLS

/* Who issues a printed form: the heading's agency and the place name of
 * its date line. */
typedef struct
{
  char *agency_name;    /* such as "UBND xã Mẫu"; "" until set */
  char *place_name;     /* such as "xã Mẫu"; "" until set */
  char *counter_name;   /* the 'counter-name' setting; by default
                         * "Bộ phận tiếp nhận và trả kết quả" */
  char *counter_phone;  /* 'counter-phone', for Mẫu 02; "" until set */
  /* The leader who signs for the committee (Mẫu 04). */
  char *leader_capacity; /* 'leader-capacity', such as "KT. CHỦ TỊCH"; "" none */
  char *leader_title;    /* 'leader-title', such as "PHÓ CHỦ TỊCH" */
  char *leader_name;     /* 'leader-name'; "" until set */
  /* Who the periodic reports (06a) go to: 'report-receiver'; "" until set */
  char *report_receiver;
  /* The evaluation's classes, such as "15,12,9,6": 'evaluation-thresholds';
   * "" for those */
  char *evaluation_thresholds;
} McOfficeIdentity;

/* The settings of the printed forms, which an administrator edits. */
typedef enum
{
  MC_FORM_SETTING_COUNTER_NAME,
  MC_FORM_SETTING_COUNTER_PHONE,
  MC_FORM_SETTING_LEADER_CAPACITY,
  MC_FORM_SETTING_LEADER_TITLE,
  MC_FORM_SETTING_LEADER_NAME,
  MC_FORM_SETTING_REPORT_RECEIVER,
  MC_FORM_SETTING_EVALUATION_THRESHOLDS,
  MC_FORM_N_SETTINGS
} McFormSetting;

McOfficeIdentity *mc_office_identity_new                 (const char   *agency_name,
                                                          const char   *place_name) G_GNUC_WARN_UNUSED_RESULT;
void              mc_office_identity_set_counter_name    (McOfficeIdentity *identity,
                                                          const char   *counter_name);
void              mc_office_identity_free                (McOfficeIdentity *identity);
McOfficeIdentity *mc_dossier_store_get_office_identity   (McDatabase   *db,
                                                          GError      **error) G_GNUC_WARN_UNUSED_RESULT;
const char       *mc_office_identity_get_form_setting    (const McOfficeIdentity *identity,
                                                          McFormSetting setting);
gboolean          mc_form_setting_check                  (McFormSetting setting,
                                                          const char   *text,
                                                          char        **normalized,
                                                          GError      **error);
gboolean          mc_dossier_store_set_form_settings     (McDatabase   *db,
                                                          const char * const *values,
                                                          GError      **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (McOfficeIdentity, mc_office_identity_free)

G_END_DECLS
