/* mc-id-number.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What an identity number turned out to be. The non-zero values are those
 * of LoaiDinhDanh in DinhDanhCHS (domain notes §7.3). */
typedef enum
{
  MC_ID_CHECK_INVALID = 0,
  MC_ID_CHECK_CITIZEN_ID = 1,   /* 12 digits: số định danh cá nhân (CCCD, thẻ căn cước) */
  MC_ID_CHECK_OLD_ID_CARD = 2,  /* 9 digits: chứng minh nhân dân (CMND) */
} McIdCheck;

/* What the digits of a 12-digit identity number say. */
typedef struct
{
  guint       province_code;  /* 1 to 96: where the birth was registered */
  const char *province;       /* its name, before the 2025 mergers */
  gboolean    female;
  int         birth_year;
} McCitizenId;

McIdCheck   mc_intake_check_id_number   (const char   *text,
                                         const GDate  *birth_date,
                                         char        **normalized,
                                         char        **warning,
                                         GError      **error);
gboolean    mc_intake_decode_citizen_id (const char   *number,
                                         McCitizenId  *info);
const char *mc_intake_province_name     (guint         code);

G_END_DECLS
