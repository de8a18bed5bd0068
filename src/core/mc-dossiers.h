/* mc-dossiers.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mc-db-worker.h"
#include "mc-deadline.h"
#include "mc-dossier-store.h"
#include "mc-procedure.h"

G_BEGIN_DECLS

#define MC_TYPE_DOSSIERS (mc_dossiers_get_type ())

G_DECLARE_FINAL_TYPE (McDossiers, mc_dossiers, MC, DOSSIERS, GObject)

McDossiers *mc_dossiers_new                   (McDbWorker                *worker) G_GNUC_WARN_UNUSED_RESULT;
void        mc_dossiers_notify_changed        (McDossiers                *self);
void        mc_dossiers_receive_async         (McDossiers                *self,
                                               const McDossierDraft      *draft,
                                               const McActor             *actor,
                                               GCancellable              *cancellable,
                                               GAsyncReadyCallback        callback,
                                               gpointer                   user_data);
McDossier  *mc_dossiers_receive_finish        (McDossiers                *self,
                                               GAsyncResult              *result,
                                               GError                   **error) G_GNUC_WARN_UNUSED_RESULT;
void        mc_dossiers_transition_async      (McDossiers                *self,
                                               const char                *code,
                                               McDossierAction            action,
                                               const McActor             *actor,
                                               const McTransitionParams  *params,
                                               GCancellable              *cancellable,
                                               GAsyncReadyCallback        callback,
                                               gpointer                   user_data);
gboolean    mc_dossiers_transition_finish     (McDossiers                *self,
                                               GAsyncResult              *result,
                                               GError                   **error);
void        mc_dossiers_edit_async            (McDossiers                *self,
                                               const char                *code,
                                               const McDossierEdit       *edit,
                                               const McActor             *actor,
                                               guint                      expected_version,
                                               GCancellable              *cancellable,
                                               GAsyncReadyCallback        callback,
                                               gpointer                   user_data);
gboolean    mc_dossiers_edit_finish           (McDossiers                *self,
                                               GAsyncResult              *result,
                                               GError                   **error);
void        mc_dossiers_load_async            (McDossiers                *self,
                                               const char                *code,
                                               GCancellable              *cancellable,
                                               GAsyncReadyCallback        callback,
                                               gpointer                   user_data);
McDossier  *mc_dossiers_load_finish           (McDossiers                *self,
                                               GAsyncResult              *result,
                                               McDeadlineState           *deadline_state,
                                               GError                   **error) G_GNUC_WARN_UNUSED_RESULT;
void        mc_dossiers_list_events_async     (McDossiers                *self,
                                               const char                *code,
                                               GCancellable              *cancellable,
                                               GAsyncReadyCallback        callback,
                                               gpointer                   user_data);
GPtrArray  *mc_dossiers_list_events_finish    (McDossiers                *self,
                                               GAsyncResult              *result,
                                               GError                   **error) G_GNUC_WARN_UNUSED_RESULT;
void        mc_dossiers_compute_due_async     (McDossiers                *self,
                                               McProcedure               *procedure,
                                               GDateTime                 *received,
                                               GCancellable              *cancellable,
                                               GAsyncReadyCallback        callback,
                                               gpointer                   user_data);
GDateTime  *mc_dossiers_compute_due_finish    (McDossiers                *self,
                                               GAsyncResult              *result,
                                               GError                   **error) G_GNUC_WARN_UNUSED_RESULT;
void        mc_dossiers_list_addresses_async  (McDossiers                *self,
                                               GCancellable              *cancellable,
                                               GAsyncReadyCallback        callback,
                                               gpointer                   user_data);
GStrv       mc_dossiers_list_addresses_finish (McDossiers                *self,
                                               GAsyncResult              *result,
                                               GError                   **error) G_GNUC_WARN_UNUSED_RESULT;
void        mc_dossiers_list_staff_async      (McDossiers                *self,
                                               GCancellable              *cancellable,
                                               GAsyncReadyCallback        callback,
                                               gpointer                   user_data);
GPtrArray  *mc_dossiers_list_staff_finish     (McDossiers                *self,
                                               GAsyncResult              *result,
                                               GError                   **error) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
