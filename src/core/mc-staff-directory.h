/* mc-staff-directory.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mc-db-worker.h"
#include "mc-staff.h"

G_BEGIN_DECLS

#define MC_TYPE_STAFF_DIRECTORY (mc_staff_directory_get_type ())

G_DECLARE_FINAL_TYPE (McStaffDirectory, mc_staff_directory, MC, STAFF_DIRECTORY, GObject)

/* The field of the account form an error of mc_staff_directory_create_finish()
 * is about. */
typedef enum
{
  MC_STAFF_FIELD_NONE,
  MC_STAFF_FIELD_USERNAME,
  MC_STAFF_FIELD_FULL_NAME,
  MC_STAFF_FIELD_PASSWORD,
} McStaffField;

McStaffDirectory *mc_staff_directory_new                  (McDbWorker           *worker) G_GNUC_WARN_UNUSED_RESULT;
void              mc_staff_directory_list_async           (McStaffDirectory     *self,
                                                           GCancellable         *cancellable,
                                                           GAsyncReadyCallback   callback,
                                                           gpointer              user_data);
GPtrArray        *mc_staff_directory_list_finish          (McStaffDirectory     *self,
                                                           GAsyncResult         *result,
                                                           GError              **error) G_GNUC_WARN_UNUSED_RESULT;
void              mc_staff_directory_create_async         (McStaffDirectory     *self,
                                                           McStaff              *creator,
                                                           const char           *username,
                                                           const char           *full_name,
                                                           const char           *title,
                                                           McStaffRole           role,
                                                           const char           *password,
                                                           GCancellable         *cancellable,
                                                           GAsyncReadyCallback   callback,
                                                           gpointer              user_data);
McStaff          *mc_staff_directory_create_finish        (McStaffDirectory     *self,
                                                           GAsyncResult         *result,
                                                           McStaffField         *field,
                                                           GError              **error) G_GNUC_WARN_UNUSED_RESULT;
void              mc_staff_directory_reset_password_async (McStaffDirectory     *self,
                                                           McStaff              *admin,
                                                           gint64                staff_id,
                                                           const char           *password,
                                                           GCancellable         *cancellable,
                                                           GAsyncReadyCallback   callback,
                                                           gpointer              user_data);
gboolean          mc_staff_directory_reset_password_finish (McStaffDirectory    *self,
                                                           GAsyncResult         *result,
                                                           GError              **error);
void              mc_staff_directory_set_active_async     (McStaffDirectory     *self,
                                                           McStaff              *admin,
                                                           gint64                staff_id,
                                                           gboolean              active,
                                                           GCancellable         *cancellable,
                                                           GAsyncReadyCallback   callback,
                                                           gpointer              user_data);
gboolean          mc_staff_directory_set_active_finish    (McStaffDirectory     *self,
                                                           GAsyncResult         *result,
                                                           GError              **error);

G_END_DECLS
