/* mc-sync-service.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* What the header bar's indicator shows. */
typedef enum
{
  MC_SYNC_STATUS_NOT_SET_UP,   /* no portal address, or no password */
  MC_SYNC_STATUS_OFFLINE,      /* the portal could not be reached */
  MC_SYNC_STATUS_SYNCING,
  MC_SYNC_STATUS_UP_TO_DATE,
  MC_SYNC_STATUS_PROBLEMS,     /* items refused or in conflict: a person must act */
  MC_SYNC_STATUS_REFUSED,      /* the portal refused the account */
} McSyncStatus;

/* Where the password comes from: the Secret Service in the app; tests
 * give their own. Called on the sync's thread. */
typedef char * (*McSyncPasswordFunc) (const char    *url,
                                      const char    *username,
                                      gpointer       user_data,
                                      GError       **error);

#define MC_TYPE_SYNC_SERVICE (mc_sync_service_get_type ())

G_DECLARE_FINAL_TYPE (McSyncService, mc_sync_service, MC, SYNC_SERVICE, GObject)

McSyncService *mc_sync_service_new              (const char         *database_path,
                                                 GNetworkMonitor    *monitor) G_GNUC_WARN_UNUSED_RESULT;
void           mc_sync_service_set_password_func (McSyncService     *self,
                                                 McSyncPasswordFunc  func,
                                                 gpointer            user_data);
void           mc_sync_service_set_idle_interval (McSyncService     *self,
                                                 guint               seconds);
void           mc_sync_service_start            (McSyncService      *self);
void           mc_sync_service_sync_now         (McSyncService      *self);
void           mc_sync_service_stop             (McSyncService      *self);
McSyncStatus   mc_sync_service_get_status       (McSyncService      *self);
guint          mc_sync_service_get_n_problems   (McSyncService      *self);
guint          mc_sync_service_get_n_waiting    (McSyncService      *self);
GDateTime     *mc_sync_service_get_last_success (McSyncService      *self);
const char    *mc_sync_service_get_message      (McSyncService      *self);

G_END_DECLS
