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

/* Status of a dossier, as exchanged with the national portal
 * (TrangThaiHoSo). */
typedef enum
{
  MC_DOSSIER_STATUS_REGISTERED = 1,        /* Mới đăng ký (online, not yet checked) */
  MC_DOSSIER_STATUS_ACCEPTED = 2,          /* Được tiếp nhận */
  MC_DOSSIER_STATUS_REFUSED = 3,           /* Không được tiếp nhận */
  MC_DOSSIER_STATUS_PROCESSING = 4,        /* Đang xử lý */
  MC_DOSSIER_STATUS_SUPPLEMENT = 5,        /* Yêu cầu bổ sung giấy tờ */
  MC_DOSSIER_STATUS_PAYMENT = 6,           /* Yêu cầu thực hiện nghĩa vụ tài chính */
  MC_DOSSIER_STATUS_WITHDRAWN = 7,         /* Công dân yêu cầu rút hồ sơ */
  MC_DOSSIER_STATUS_STOPPED = 8,           /* Dừng xử lý */
  MC_DOSSIER_STATUS_PROCESSED = 9,         /* Đã xử lý xong */
  MC_DOSSIER_STATUS_RETURNED = 10,         /* Đã trả kết quả */
} McDossierStatus;

/* Who applies (LoaiDoiTuong). */
typedef enum
{
  MC_APPLICANT_CITIZEN = 1,
  MC_APPLICANT_BUSINESS = 2,
  MC_APPLICANT_STATE_AGENCY = 3,
  MC_APPLICANT_ORGANISATION = 4,
} McApplicantType;

/* What a staff account may do. */
typedef enum
{
  MC_STAFF_ROLE_CLERK = 0,           /* cán bộ một cửa, at the counter */
  MC_STAFF_ROLE_OFFICER = 1,         /* cán bộ, công chức xử lý */
  MC_STAFF_ROLE_LEADER = 2,          /* chủ tịch, phó chủ tịch */
  MC_STAFF_ROLE_ADMINISTRATOR = 3,
} McStaffRole;

/* An entry of the working calendar that overrides the weekly rule. */
typedef enum
{
  MC_DAY_OFF = 0,
  MC_DAY_MAKEUP_WORKDAY = 1,
} McDayKind;

G_END_DECLS
