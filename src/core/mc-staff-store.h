/* mc-staff-store.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mc-database.h"
#include "mc-staff.h"

G_BEGIN_DECLS

/* The longest user name, in characters. */
#define MC_STAFF_USERNAME_MAX_LENGTH 64

/* Minutes without input before the session locks. */
#define MC_STAFF_IDLE_LOCK_MIN_MINUTES     1
#define MC_STAFF_IDLE_LOCK_MAX_MINUTES     240
#define MC_STAFF_IDLE_LOCK_DEFAULT_MINUTES 10

/* The password of every account mc_staff_store_seed_demo() creates. */
#define MC_STAFF_DEMO_PASSWORD "motcua2026"

gboolean   mc_staff_store_needs_first_administrator (McDatabase     *db,
                                                     GError        **error);
McStaff   *mc_staff_store_create                    (McDatabase     *db,
                                                     const char     *username,
                                                     const char     *full_name,
                                                     const char     *title,
                                                     McStaffRole     role,
                                                     const char     *password,
                                                     const McStaff  *creator,
                                                     GError        **error) G_GNUC_WARN_UNUSED_RESULT;
McStaff   *mc_staff_store_authenticate              (McDatabase     *db,
                                                     const char     *username,
                                                     const char     *password,
                                                     GError        **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean   mc_staff_store_change_password           (McDatabase     *db,
                                                     gint64          staff_id,
                                                     const char     *old_password,
                                                     const char     *new_password,
                                                     GError        **error);
gboolean   mc_staff_store_reset_password            (McDatabase     *db,
                                                     const McStaff  *admin,
                                                     gint64          staff_id,
                                                     const char     *new_password,
                                                     GError        **error);
gboolean   mc_staff_store_set_active                (McDatabase     *db,
                                                     const McStaff  *admin,
                                                     gint64          staff_id,
                                                     gboolean        active,
                                                     GError        **error);
GPtrArray *mc_staff_store_list                      (McDatabase     *db,
                                                     gboolean        include_inactive,
                                                     GError        **error) G_GNUC_WARN_UNUSED_RESULT;
McStaff   *mc_staff_store_load                      (McDatabase     *db,
                                                     gint64          id,
                                                     GError        **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean   mc_staff_store_seed_demo                 (McDatabase     *db,
                                                     GError        **error);
int        mc_staff_store_get_idle_lock_minutes     (McDatabase     *db,
                                                     GError        **error);
gboolean   mc_staff_store_set_idle_lock_minutes     (McDatabase     *db,
                                                     int             minutes,
                                                     GError        **error);

G_END_DECLS
