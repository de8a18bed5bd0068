/* mc-staff.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "mc-enums.h"

G_BEGIN_DECLS

#define MC_TYPE_STAFF (mc_staff_get_type ())

G_DECLARE_FINAL_TYPE (McStaff, mc_staff, MC, STAFF, GObject)

McStaff     *mc_staff_new            (gint64        id,
                                      const char   *username,
                                      const char   *full_name,
                                      const char   *title,
                                      McStaffRole   role,
                                      gboolean      active) G_GNUC_WARN_UNUSED_RESULT;
gint64       mc_staff_get_id         (McStaff      *self);
const char  *mc_staff_get_username   (McStaff      *self);
const char  *mc_staff_get_full_name  (McStaff      *self);
const char  *mc_staff_get_title      (McStaff      *self);
McStaffRole  mc_staff_get_role       (McStaff      *self);
gboolean     mc_staff_get_active     (McStaff      *self);

const char  *mc_staff_role_get_label (McStaffRole   role);
gboolean     mc_staff_takes_dossiers (McStaff      *self);

G_END_DECLS
