/* mc-session.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mc-db-worker.h"
#include "mc-staff.h"

G_BEGIN_DECLS

#define MC_TYPE_SESSION (mc_session_get_type ())

G_DECLARE_FINAL_TYPE (McSession, mc_session, MC, SESSION, GObject)

McSession *mc_session_new                                (McDbWorker           *worker) G_GNUC_WARN_UNUSED_RESULT;
McStaff   *mc_session_get_staff                          (McSession            *self);
gboolean   mc_session_get_locked                         (McSession            *self);
gboolean   mc_session_get_signed_in                      (McSession            *self);
void       mc_session_needs_first_administrator_async    (McSession            *self,
                                                          GCancellable         *cancellable,
                                                          GAsyncReadyCallback   callback,
                                                          gpointer              user_data);
gboolean   mc_session_needs_first_administrator_finish   (McSession            *self,
                                                          GAsyncResult         *result,
                                                          gboolean             *needs,
                                                          GError              **error);
void       mc_session_create_first_administrator_async   (McSession            *self,
                                                          const char           *username,
                                                          const char           *full_name,
                                                          const char           *title,
                                                          const char           *password,
                                                          GCancellable         *cancellable,
                                                          GAsyncReadyCallback   callback,
                                                          gpointer              user_data);
gboolean   mc_session_create_first_administrator_finish  (McSession            *self,
                                                          GAsyncResult         *result,
                                                          GError              **error);
void       mc_session_sign_in_async                      (McSession            *self,
                                                          const char           *username,
                                                          const char           *password,
                                                          GCancellable         *cancellable,
                                                          GAsyncReadyCallback   callback,
                                                          gpointer              user_data);
gboolean   mc_session_sign_in_finish                     (McSession            *self,
                                                          GAsyncResult         *result,
                                                          GError              **error);
void       mc_session_sign_out                           (McSession            *self);
void       mc_session_lock                               (McSession            *self);
void       mc_session_note_activity                      (McSession            *self);
guint      mc_session_get_idle_timeout                   (McSession            *self);
void       mc_session_set_idle_timeout_for_testing       (McSession            *self,
                                                          guint                 seconds);

G_END_DECLS
