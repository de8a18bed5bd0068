/* mc-portal-client.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

#define MC_PORTAL_ERROR (mc_portal_error_quark ())

/* How a call to the portal failed, which says what to do next. */
typedef enum
{
  MC_PORTAL_ERROR_TRANSIENT,     /* no network, timeout, 5xx, 429, garbled answer: retry later */
  MC_PORTAL_ERROR_CREDENTIALS,   /* the portal refused the user name or password: ask a person */
  MC_PORTAL_ERROR_REJECTED,      /* the portal refused the request as it is: do not repeat it */
  MC_PORTAL_ERROR_NOT_CONFIGURED,
} McPortalError;

#define MC_TYPE_PORTAL_CLIENT (mc_portal_client_get_type ())

G_DECLARE_FINAL_TYPE (McPortalClient, mc_portal_client, MC, PORTAL_CLIENT, GObject)

GQuark          mc_portal_error_quark            (void);
McPortalClient *mc_portal_client_new             (const char       *base_url,
                                                  const char       *dstcode,
                                                  const char       *madonvi,
                                                  const char       *username,
                                                  const char       *password,
                                                  GError          **error) G_GNUC_WARN_UNUSED_RESULT;
void            mc_portal_client_set_timeout     (McPortalClient   *self,
                                                  guint             seconds);
JsonObject     *mc_portal_client_call            (McPortalClient   *self,
                                                  const char       *service,
                                                  JsonObject       *params,
                                                  GCancellable     *cancellable,
                                                  GError          **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean        mc_portal_client_ping            (McPortalClient   *self,
                                                  GCancellable     *cancellable,
                                                  GError          **error);
guint           mc_portal_client_get_retry_after (McPortalClient   *self);
const char     *mc_portal_client_get_base_url    (McPortalClient   *self);

G_END_DECLS
