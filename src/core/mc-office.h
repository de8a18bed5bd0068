/* mc-office.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mc-db-worker.h"
#include "mc-office-identity.h"
#include "mc-office-store.h"

G_BEGIN_DECLS

#define MC_TYPE_OFFICE (mc_office_get_type ())

G_DECLARE_FINAL_TYPE (McOffice, mc_office, MC, OFFICE, GObject)

McOffice         *mc_office_new                   (McDbWorker           *worker) G_GNUC_WARN_UNUSED_RESULT;
void              mc_office_load_async            (McOffice             *self,
                                                   GCancellable         *cancellable,
                                                   GAsyncReadyCallback   callback,
                                                   gpointer              user_data);
McOfficeSettings *mc_office_load_finish           (McOffice             *self,
                                                   GAsyncResult         *result,
                                                   GError              **error) G_GNUC_WARN_UNUSED_RESULT;
void              mc_office_set_identity_async    (McOffice             *self,
                                                   const char           *agency_code,
                                                   const char           *agency_name,
                                                   const char           *place_name,
                                                   GCancellable         *cancellable,
                                                   GAsyncReadyCallback   callback,
                                                   gpointer              user_data);
gboolean          mc_office_set_identity_finish   (McOffice             *self,
                                                   GAsyncResult         *result,
                                                   GError              **error);
void              mc_office_set_workstation_async (McOffice             *self,
                                                   const char           *name,
                                                   const char           *range,
                                                   int                   idle_lock_minutes,
                                                   GCancellable         *cancellable,
                                                   GAsyncReadyCallback   callback,
                                                   gpointer              user_data);
gboolean          mc_office_set_workstation_finish (McOffice            *self,
                                                   GAsyncResult         *result,
                                                   GError              **error);
void              mc_office_load_identity_async   (McOffice             *self,
                                                   GCancellable         *cancellable,
                                                   GAsyncReadyCallback   callback,
                                                   gpointer              user_data);
McOfficeIdentity *mc_office_load_identity_finish  (McOffice             *self,
                                                   GAsyncResult         *result,
                                                   GError              **error) G_GNUC_WARN_UNUSED_RESULT;
void              mc_office_set_form_settings_async (McOffice           *self,
                                                   const char * const   *values,
                                                   GCancellable         *cancellable,
                                                   GAsyncReadyCallback   callback,
                                                   gpointer              user_data);
gboolean          mc_office_set_form_settings_finish (McOffice          *self,
                                                   GAsyncResult         *result,
                                                   GError              **error);

G_END_DECLS
