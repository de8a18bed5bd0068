/* mc-enums.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Level of the online public service (dịch vụ công trực tuyến). */
typedef enum
{
  MC_ONLINE_LEVEL_NONE = 0,
  MC_ONLINE_LEVEL_PARTIAL = 1,
  MC_ONLINE_LEVEL_FULL = 2,
} McOnlineLevel;

/* How a dossier reaches the office (KenhThucHien). */
typedef enum
{
  MC_CHANNEL_COUNTER = 1,
  MC_CHANNEL_ONLINE = 2,
  MC_CHANNEL_POSTAL = 3,
} McChannel;

/* Unit of a processing time (DONVITINH). */
typedef enum
{
  MC_TIME_UNIT_HOURS = 0,
  MC_TIME_UNIT_WORKING_DAYS = 1,
  MC_TIME_UNIT_CALENDAR_DAYS = 2,
} McTimeUnit;

/* The code/name lists of a procedure. */
typedef enum
{
  MC_PROCEDURE_REF_FIELD = 0,
  MC_PROCEDURE_REF_AGENCY = 1,
  MC_PROCEDURE_REF_COORDINATOR = 2,
  MC_PROCEDURE_REF_RESULT = 3,
  MC_PROCEDURE_REF_LEGAL_BASIS = 4,
  MC_PROCEDURE_REF_SUBJECT = 5,
  MC_PROCEDURE_REF_N_KINDS
} McProcedureRefKind;

/* An entry of the working calendar that overrides the weekly rule. */
typedef enum
{
  MC_DAY_OFF = 0,
  MC_DAY_MAKEUP_WORKDAY = 1,
} McDayKind;

G_END_DECLS
