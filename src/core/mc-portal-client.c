/* mc-portal-client.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <libsoup/soup.h>

#include "mc-json.h"
#include "mc-portal-client.h"

/* The calls to the portal (portal-contract.md): the session, the
 * envelope of every service call, and what a failure means. It makes
 * blocking calls, from the sync thread or the command-line tool, never
 * from the thread of a window.
 *
 * Certificates are always verified (libsoup's default, never turned
 * off); plain HTTP is allowed only to 127.0.0.1, for test servers. */

#define DEFAULT_TIMEOUT_SECONDS 60
/* Error codes of the contract's answers. */
#define CODE_SESSION_EXPIRED 440
/* Not in libsoup 3.2's SoupStatus. */
#define HTTP_TOO_MANY_REQUESTS 429

struct _McPortalClient
{
  GObject      parent_instance;

  SoupSession *session;
  char        *base_url;
  char        *dstcode;
  char        *madonvi;
  char        *username;
  char        *password;
  char        *token;
  guint        retry_after;
};

G_DEFINE_FINAL_TYPE (McPortalClient, mc_portal_client, G_TYPE_OBJECT)

G_DEFINE_QUARK (mc-portal-error-quark, mc_portal_error)

static void
mc_portal_client_finalize (GObject *object)
{
  McPortalClient *self = MC_PORTAL_CLIENT (object);

  g_clear_object (&self->session);
  g_free (self->base_url);
  g_free (self->dstcode);
  g_free (self->madonvi);
  g_free (self->username);
  if (self->password != NULL)
    memset (self->password, 0, strlen (self->password));
  g_free (self->password);
  g_free (self->token);

  G_OBJECT_CLASS (mc_portal_client_parent_class)->finalize (object);
}

static void
mc_portal_client_class_init (McPortalClientClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = mc_portal_client_finalize;
}

static void
mc_portal_client_init (McPortalClient *self)
{
}

static gboolean
check_base_url (const char  *base_url,
                GError     **error)
{
  g_autoptr(GUri) uri = g_uri_parse (base_url, G_URI_FLAGS_NONE, NULL);
  const char *scheme = uri != NULL ? g_uri_get_scheme (uri) : NULL;

  if (scheme != NULL && g_ascii_strcasecmp (scheme, "https") == 0)
    return TRUE;
  if (scheme != NULL && g_ascii_strcasecmp (scheme, "http") == 0 &&
      g_strcmp0 (g_uri_get_host (uri), "127.0.0.1") == 0)
    return TRUE;

  g_set_error (error, MC_PORTAL_ERROR, MC_PORTAL_ERROR_NOT_CONFIGURED,
               _("The portal’s address “%s” is not an https:// address."), base_url);
  return FALSE;
}

/**
 * mc_portal_client_new:
 * @base_url: the portal's base address: https://…, or http://127.0.0.1:PORT
 * @dstcode: the destination code the portal gave
 * @madonvi: the office's agency code on the portal
 * @username: the office's account
 * @password: its password
 * @error: return location for a #GError
 *
 * Returns: (transfer full): a client, or %NULL if @base_url may not be used
 */
McPortalClient *
mc_portal_client_new (const char  *base_url,
                      const char  *dstcode,
                      const char  *madonvi,
                      const char  *username,
                      const char  *password,
                      GError     **error)
{
  McPortalClient *self;

  if (!check_base_url (base_url, error))
    return NULL;

  self = g_object_new (MC_TYPE_PORTAL_CLIENT, NULL);
  self->base_url = g_strdup (base_url);
  /* "{base}/auth" and "{base}/service", whether or not the address ends
   * with a slash. */
  while (g_str_has_suffix (self->base_url, "/"))
    self->base_url[strlen (self->base_url) - 1] = '\0';
  self->dstcode = g_strdup (dstcode);
  self->madonvi = g_strdup (madonvi);
  self->username = g_strdup (username);
  self->password = g_strdup (password);
  self->session = soup_session_new_with_options ("timeout", DEFAULT_TIMEOUT_SECONDS,
                                                 "user-agent", "MotCua/" PACKAGE_VERSION,
                                                 NULL);
  return self;
}

/**
 * mc_portal_client_set_timeout:
 * @self: a #McPortalClient
 * @seconds: how long a call may wait for the network before it fails
 */
void
mc_portal_client_set_timeout (McPortalClient *self,
                              guint           seconds)
{
  g_return_if_fail (MC_IS_PORTAL_CLIENT (self));

  g_object_set (self->session, "timeout", seconds, NULL);
}

const char *
mc_portal_client_get_base_url (McPortalClient *self)
{
  g_return_val_if_fail (MC_IS_PORTAL_CLIENT (self), NULL);

  return self->base_url;
}

/**
 * mc_portal_client_get_retry_after:
 * @self: a #McPortalClient
 *
 * Returns: the seconds the portal asked to wait with its last 429, or 0
 */
guint
mc_portal_client_get_retry_after (McPortalClient *self)
{
  g_return_val_if_fail (MC_IS_PORTAL_CLIENT (self), 0);

  return self->retry_after;
}

static guint
parse_retry_after (SoupMessage *message)
{
  const char *value = soup_message_headers_get_one (soup_message_get_response_headers (message),
                                                    "Retry-After");
  guint64 seconds;

  if (value == NULL || !g_ascii_string_to_unsigned (value, 10, 0, 3600, &seconds, NULL))
    return 30;
  return seconds;
}

static gint64
answer_code (JsonObject *answer)
{
  return mc_json_get_code (answer, "error_code", -1);
}

static const char *
answer_message (JsonObject *answer)
{
  const char *message = answer != NULL ?
    json_object_get_string_member_with_default (answer, "message", "") : "";

  return message != NULL ? message : "";
}

/* One POST; the answer's JSON object whatever the HTTP status, with
 * the status. A failure to get one is transient. */
static JsonObject *
post (McPortalClient  *self,
      const char      *path,
      JsonObject      *body,
      guint           *status,
      GCancellable    *cancellable,
      GError         **error)
{
  g_autofree char *url = g_strconcat (self->base_url, path, NULL);
  g_autoptr(SoupMessage) message = soup_message_new (SOUP_METHOD_POST, url);
  g_autoptr(JsonNode) root = json_node_init_object (json_node_alloc (), body);
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GBytes) answer = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GBytes) request = NULL;
  gsize length;

  if (message == NULL)
    {
      g_set_error (error, MC_PORTAL_ERROR, MC_PORTAL_ERROR_NOT_CONFIGURED,
                   _("The portal’s address “%s” is not valid."), self->base_url);
      return NULL;
    }

  text = json_to_string (root, FALSE);
  length = strlen (text);
  request = g_bytes_new_take (g_steal_pointer (&text), length);
  soup_message_headers_replace (soup_message_get_request_headers (message), "dstcode",
                                self->dstcode);
  /* The message keeps a reference of its own. */
  soup_message_set_request_body_from_bytes (message, "application/json; charset=utf-8", request);

  answer = soup_session_send_and_read (self->session, message, cancellable, &local_error);
  if (answer == NULL)
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        g_set_error (error, MC_PORTAL_ERROR, MC_PORTAL_ERROR_TRANSIENT,
                     _("The portal cannot be reached: %s"), local_error->message);
      return NULL;
    }

  *status = soup_message_get_status (message);
  if (*status == HTTP_TOO_MANY_REQUESTS)
    {
      self->retry_after = parse_retry_after (message);
      g_set_error (error, MC_PORTAL_ERROR, MC_PORTAL_ERROR_TRANSIENT,
                   _("The portal is busy; it asked to wait %u s."), self->retry_after);
      return NULL;
    }
  if (*status >= 500)
    {
      g_set_error (error, MC_PORTAL_ERROR, MC_PORTAL_ERROR_TRANSIENT,
                   _("The portal has a problem (HTTP %u)."), *status);
      return NULL;
    }

  if (!json_parser_load_from_data (parser, g_bytes_get_data (answer, NULL),
                                   g_bytes_get_size (answer), NULL) ||
      !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    {
      g_set_error (error, MC_PORTAL_ERROR, MC_PORTAL_ERROR_TRANSIENT,
                   _("The portal’s answer is garbled (HTTP %u)."), *status);
      return NULL;
    }

  return json_object_ref (json_node_get_object (json_parser_get_root (parser)));
}

static gboolean
authenticate (McPortalClient  *self,
              GCancellable    *cancellable,
              GError         **error)
{
  g_autoptr(JsonObject) body = json_object_new ();
  g_autoptr(JsonObject) answer = NULL;
  const char *token;
  guint status = 0;

  json_object_set_string_member (body, "username", self->username);
  json_object_set_string_member (body, "password", self->password);
  g_clear_pointer (&self->token, g_free);

  answer = post (self, "/auth", body, &status, cancellable, error);
  if (answer == NULL)
    return FALSE;

  token = json_object_get_string_member_with_default (answer, "session", NULL);
  if (status == SOUP_STATUS_OK && answer_code (answer) == 0 && token != NULL && *token != '\0')
    {
      self->token = g_strdup (token);
      return TRUE;
    }

  if (status == SOUP_STATUS_UNAUTHORIZED || status == SOUP_STATUS_FORBIDDEN)
    g_set_error (error, MC_PORTAL_ERROR, MC_PORTAL_ERROR_CREDENTIALS,
                 _("The portal refused the user name or the password: %s"),
                 answer_message (answer));
  else
    g_set_error (error, MC_PORTAL_ERROR, MC_PORTAL_ERROR_REJECTED,
                 _("The portal refused to sign in (HTTP %u): %s"), status,
                 answer_message (answer));
  return FALSE;
}

/**
 * mc_portal_client_ping:
 * @self: a #McPortalClient
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Signs in again: the cheap call that says whether the portal can be
 * reached (a route to the network is not enough) and takes the account.
 *
 * Returns: %TRUE if the portal answered and took the account
 */
gboolean
mc_portal_client_ping (McPortalClient  *self,
                       GCancellable    *cancellable,
                       GError         **error)
{
  g_return_val_if_fail (MC_IS_PORTAL_CLIENT (self), FALSE);

  return authenticate (self, cancellable, error);
}

static JsonObject *
call_once (McPortalClient  *self,
           const char      *service,
           JsonObject      *params,
           gboolean        *expired,
           GCancellable    *cancellable,
           GError         **error)
{
  g_autoptr(JsonObject) body = json_object_new ();
  g_autoptr(JsonObject) answer = NULL;
  g_autoptr(GList) members = NULL;
  guint status = 0;
  gint64 code;

  *expired = FALSE;
  json_object_set_string_member (body, "session", self->token);
  json_object_set_string_member (body, "madonvi", self->madonvi);
  json_object_set_string_member (body, "service", service);
  members = params != NULL ? json_object_get_members (params) : NULL;
  for (GList *l = members; l != NULL; l = l->next)
    json_object_set_member (body, l->data, json_node_copy (json_object_get_member (params,
                                                                                   l->data)));

  answer = post (self, "/service", body, &status, cancellable, error);
  if (answer == NULL)
    return NULL;

  code = answer_code (answer);
  if (status == SOUP_STATUS_UNAUTHORIZED && code == CODE_SESSION_EXPIRED)
    {
      *expired = TRUE;
      g_set_error_literal (error, MC_PORTAL_ERROR, MC_PORTAL_ERROR_TRANSIENT,
                           _("The portal’s session expired."));
      return NULL;
    }
  if (status == SOUP_STATUS_UNAUTHORIZED || status == SOUP_STATUS_FORBIDDEN)
    {
      g_set_error (error, MC_PORTAL_ERROR, MC_PORTAL_ERROR_CREDENTIALS,
                   _("The portal refused the account: %s"), answer_message (answer));
      return NULL;
    }
  if (status != SOUP_STATUS_OK || code != 0)
    {
      g_set_error (error, MC_PORTAL_ERROR, MC_PORTAL_ERROR_REJECTED,
                   _("The portal refused %s (HTTP %u, code %d): %s"),
                   service, status, (int) CLAMP (code, G_MININT, G_MAXINT), answer_message (answer));
      return NULL;
    }

  return g_steal_pointer (&answer);
}

/**
 * mc_portal_client_call:
 * @self: a #McPortalClient
 * @service: the service, e.g. "DongBoHoSoMC"
 * @params: (nullable): the call's own members, e.g. "data"
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Calls a service in the contract's envelope, signing in first if
 * needed, and once more if the session expired. A session is signed in
 * at most twice per call: a portal that keeps expiring it is a failure,
 * not a loop.
 *
 * Returns: (transfer full): the answer, with "error_code" 0, or %NULL
 *   with a #McPortalError saying whether to try again later
 */
JsonObject *
mc_portal_client_call (McPortalClient  *self,
                       const char      *service,
                       JsonObject      *params,
                       GCancellable    *cancellable,
                       GError         **error)
{
  g_autoptr(GError) local_error = NULL;
  JsonObject *answer;
  gboolean expired;

  g_return_val_if_fail (MC_IS_PORTAL_CLIENT (self), NULL);
  g_return_val_if_fail (service != NULL, NULL);

  self->retry_after = 0;
  if (self->token == NULL && !authenticate (self, cancellable, error))
    return NULL;

  answer = call_once (self, service, params, &expired, cancellable, &local_error);
  if (answer != NULL || !expired)
    {
      if (local_error != NULL)
        g_propagate_error (error, g_steal_pointer (&local_error));
      return answer;
    }

  if (!authenticate (self, cancellable, error))
    return NULL;
  return call_once (self, service, params, &expired, cancellable, error);
}
