/* mc-appointment-slip.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mc-dossier.h"
#include "mc-enums.h"
#include "mc-office-identity.h"

G_BEGIN_DECLS

/* What the slip prints besides the dossier. Strings may be NULL: the
 * line is left dotted, to fill in by hand. */
typedef struct
{
  const char *processing_time;  /* item 3, such as "05 ngày làm việc" */
  const char *receiver_name;    /* the staff member who signs */
  const char *book_volume;      /* Sổ theo dõi hồ sơ, Quyển số */
  const char *book_index;       /* its Số thứ tự */
} McAppointmentSlipExtras;

GBytes *mc_appointment_slip_render      (McDossier                     *dossier,
                                         GPtrArray                     *components,
                                         const McOfficeIdentity        *identity,
                                         GError                       **error) G_GNUC_WARN_UNUSED_RESULT;
GBytes *mc_appointment_slip_render_full (McDossier                     *dossier,
                                         GPtrArray                     *components,
                                         const McOfficeIdentity        *identity,
                                         const McAppointmentSlipExtras *extras,
                                         GError                       **error) G_GNUC_WARN_UNUSED_RESULT;
char   *mc_appointment_slip_qr_payload  (McDossier                     *dossier) G_GNUC_WARN_UNUSED_RESULT;
char   *mc_format_slip_time             (GDateTime                     *time) G_GNUC_WARN_UNUSED_RESULT;
char   *mc_format_slip_duration         (double                         value,
                                         McTimeUnit                     unit) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
