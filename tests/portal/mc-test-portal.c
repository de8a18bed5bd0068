/* mc-test-portal.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-test-portal"

#include "config.h"

#include <string.h>

#include "mc-test-portal-private.h"

/* The HTTP side of the test portal: listening, routing, sessions, and the
 * faults that spoil an answer. The data lives in McTestPortalStore. */

#define CONTENT_TYPE "application/json; charset=utf-8"

/* Not in libsoup 3.2's SoupStatus. */
#define STATUS_TOO_MANY_REQUESTS 429

G_DEFINE_FINAL_TYPE (McTestPortal, mc_test_portal, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_USERNAME,
  PROP_PASSWORD,
  PROP_DSTCODE,
  PROP_MADONVI,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* ------------------------------------------------------------------ */
/* Answers                                                            */
/* ------------------------------------------------------------------ */

/* Takes @answer. A truncated answer keeps a correct Content-Length: the
 * HTTP exchange is complete, only the JSON is broken. */
static void
reply (SoupServerMessage *msg,
       guint              status,
       JsonObject        *answer,
       gboolean           truncate)
{
  g_autoptr(JsonObject) owned = answer;
  g_autoptr(JsonNode) node = json_node_alloc ();
  char *text;
  gsize length;

  json_node_init_object (node, owned);
  text = json_to_string (node, FALSE);
  length = strlen (text);
  if (truncate)
    length /= 2;

  soup_server_message_set_status (msg, status, NULL);
  soup_server_message_set_response (msg, CONTENT_TYPE, SOUP_MEMORY_TAKE, text, length);
}

static void
reply_error (SoupServerMessage *msg,
             guint              status,
             int                error_code,
             const char        *message)
{
  reply (msg, status, _mc_test_portal_answer_new (error_code, message), FALSE);
}

/* The request body as an object, or NULL. */
static JsonObject *
parse_request (SoupServerMessage *msg)
{
  SoupMessageBody *body = soup_server_message_get_request_body (msg);
  g_autoptr(GBytes) bytes = soup_message_body_flatten (body);
  g_autoptr(JsonParser) parser = json_parser_new ();
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);
  JsonNode *root;

  if (!json_parser_load_from_data (parser, data != NULL ? data : "", length, NULL))
    return NULL;

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    return NULL;

  return json_node_dup_object (root);
}

static void
count_call (McTestPortal *self,
            const char   *call)
{
  self->n_calls++;
  if (call == NULL)
    return;

  g_hash_table_replace (self->calls, g_strdup (call),
                        GUINT_TO_POINTER (mc_test_portal_get_n_calls (self, call) + 1));
}

/* ------------------------------------------------------------------ */
/* Sessions                                                           */
/* ------------------------------------------------------------------ */

static char *
open_session (McTestPortal *self)
{
  char *token = g_uuid_string_random ();
  gint64 *expiry = g_new (gint64, 1);

  *expiry = g_get_monotonic_time () + (gint64) self->session_lifetime * G_USEC_PER_SEC;
  g_hash_table_insert (self->sessions, g_strdup (token), expiry);

  return token;
}

static gboolean
check_session (McTestPortal *self,
               const char   *token)
{
  gint64 *expiry;

  if (token == NULL)
    return FALSE;

  expiry = g_hash_table_lookup (self->sessions, token);
  if (expiry == NULL)
    return FALSE;

  if (g_get_monotonic_time () >= *expiry)
    {
      g_hash_table_remove (self->sessions, token);
      return FALSE;
    }

  return TRUE;
}

/* ------------------------------------------------------------------ */
/* Faults around a call                                               */
/* ------------------------------------------------------------------ */

/* The faults that replace the call: TRUE when @msg is taken care of. */
static gboolean
apply_fault_before (McTestPortal      *self,
                    SoupServerMessage *msg,
                    McTestPortalFault  fault,
                    JsonObject        *request)
{
  SoupMessageHeaders *headers = soup_server_message_get_response_headers (msg);
  const char *token;

  switch (fault)
    {
    case MC_TEST_PORTAL_FAULT_HTTP_500:
      reply_error (msg, SOUP_STATUS_INTERNAL_SERVER_ERROR, 500, "Lỗi máy chủ (giả lập)");
      return TRUE;

    case MC_TEST_PORTAL_FAULT_TOO_MANY_REQUESTS:
      soup_message_headers_replace (headers, "Retry-After", "1");
      reply_error (msg, STATUS_TOO_MANY_REQUESTS, 429, "Quá nhiều yêu cầu (giả lập)");
      return TRUE;

    case MC_TEST_PORTAL_FAULT_TIMEOUT:
      _mc_test_portal_close_later (self, msg, self->timeout_delay);
      return TRUE;

    case MC_TEST_PORTAL_FAULT_SESSION_EXPIRED:
      token = request != NULL ? _mc_test_portal_get_string (request, "session") : NULL;
      if (token != NULL)
        g_hash_table_remove (self->sessions, token);
      reply_error (msg, SOUP_STATUS_UNAUTHORIZED, MC_TEST_PORTAL_ERROR_SESSION_EXPIRED,
                   "Phiên làm việc đã hết hạn (giả lập)");
      return TRUE;

    case MC_TEST_PORTAL_FAULT_NONE:
    case MC_TEST_PORTAL_FAULT_DROP_AFTER_STORE:
    case MC_TEST_PORTAL_FAULT_MALFORMED_JSON:
    case MC_TEST_PORTAL_FAULT_ITEM_422:
    case MC_TEST_PORTAL_FAULT_ITEM_409:
    default:
      return FALSE;
    }
}

/* Answers a call that was applied, unless the fault spoils the answer. */
static void
finish_call (McTestPortal      *self,
             SoupServerMessage *msg,
             guint              status,
             JsonObject        *answer,
             McTestPortalFault  fault)
{
  if (fault == MC_TEST_PORTAL_FAULT_DROP_AFTER_STORE)
    {
      json_object_unref (answer);
      _mc_test_portal_close_later (self, msg, 0);
      return;
    }

  if (fault == MC_TEST_PORTAL_FAULT_MALFORMED_JSON)
    status = SOUP_STATUS_OK;

  reply (msg, status, answer, fault == MC_TEST_PORTAL_FAULT_MALFORMED_JSON);
}

/* ------------------------------------------------------------------ */
/* Endpoints                                                          */
/* ------------------------------------------------------------------ */

static JsonObject *
authenticate (McTestPortal      *self,
              SoupServerMessage *msg,
              JsonObject        *request,
              guint             *status)
{
  SoupMessageHeaders *headers = soup_server_message_get_request_headers (msg);
  const char *dstcode = soup_message_headers_get_one (headers, "dstcode");
  g_autofree char *token = NULL;
  JsonObject *answer;

  *status = SOUP_STATUS_UNAUTHORIZED;
  if (g_strcmp0 (dstcode, self->dstcode) != 0)
    return _mc_test_portal_answer_new (MC_TEST_PORTAL_ERROR_CREDENTIALS,
                                       "Sai mã hệ thống (dstcode)");

  if (g_strcmp0 (_mc_test_portal_get_string (request, "username"), self->username) != 0 ||
      g_strcmp0 (_mc_test_portal_get_string (request, "password"), self->password) != 0)
    return _mc_test_portal_answer_new (MC_TEST_PORTAL_ERROR_CREDENTIALS,
                                       "Sai tên đăng nhập hoặc mật khẩu");

  *status = SOUP_STATUS_OK;
  token = open_session (self);
  answer = _mc_test_portal_answer_new (0, "Đăng nhập thành công");
  json_object_set_string_member (answer, "session", token);
  json_object_set_int_member (answer, "expires_in", self->session_lifetime);

  return answer;
}

static void
handle_auth (McTestPortal      *self,
             SoupServerMessage *msg)
{
  g_autoptr(JsonObject) request = parse_request (msg);
  McTestPortalFault fault;
  guint status;
  JsonObject *answer;

  count_call (self, MC_TEST_PORTAL_AUTH);
  fault = _mc_test_portal_pick_fault (self, MC_TEST_PORTAL_AUTH, request);
  if (apply_fault_before (self, msg, fault, request))
    return;

  if (request == NULL)
    {
      reply_error (msg, SOUP_STATUS_BAD_REQUEST, MC_TEST_PORTAL_ERROR_BAD_REQUEST,
                   "Nội dung yêu cầu không phải JSON");
      return;
    }

  answer = authenticate (self, msg, request, &status);
  finish_call (self, msg, status, answer, fault);
}

/* The checks every service call passes before the service runs. */
static JsonObject *
check_call (McTestPortal *self,
            JsonObject   *request,
            guint        *status)
{
  const char *madonvi;

  *status = SOUP_STATUS_BAD_REQUEST;
  if (request == NULL)
    return _mc_test_portal_answer_new (MC_TEST_PORTAL_ERROR_BAD_REQUEST,
                                       "Nội dung yêu cầu không phải JSON");

  if (!check_session (self, _mc_test_portal_get_string (request, "session")))
    {
      *status = SOUP_STATUS_UNAUTHORIZED;
      return _mc_test_portal_answer_new (MC_TEST_PORTAL_ERROR_SESSION_EXPIRED,
                                         "Phiên làm việc không hợp lệ hoặc đã hết hạn");
    }

  madonvi = _mc_test_portal_get_string (request, "madonvi");
  if (g_strcmp0 (madonvi, self->madonvi) != 0)
    return _mc_test_portal_answer_new (MC_TEST_PORTAL_ERROR_AGENCY,
                                       "Mã đơn vị (madonvi) không thuộc phiên làm việc");

  return NULL;
}

static void
handle_service (McTestPortal      *self,
                SoupServerMessage *msg)
{
  g_autoptr(JsonObject) request = parse_request (msg);
  const char *service = NULL;
  McTestPortalFault fault;
  McTestPortalFault item_fault = MC_TEST_PORTAL_FAULT_NONE;
  JsonObject *answer;
  guint status;

  if (request != NULL)
    service = _mc_test_portal_get_string (request, "service");

  count_call (self, service);
  fault = _mc_test_portal_pick_fault (self, service, request);
  if (apply_fault_before (self, msg, fault, request))
    return;

  if ((answer = check_call (self, request, &status)) == NULL)
    {
      if (fault == MC_TEST_PORTAL_FAULT_ITEM_422 || fault == MC_TEST_PORTAL_FAULT_ITEM_409)
        item_fault = fault;
      answer = _mc_test_portal_service_run (self->store, service, request, item_fault, &status);
    }

  finish_call (self, msg, status, answer, fault);
}

static void
handle_control (McTestPortal      *self,
                SoupServerMessage *msg)
{
  g_autoptr(JsonObject) request = parse_request (msg);
  JsonObject *answer;
  guint status;

  if (request == NULL)
    {
      reply_error (msg, SOUP_STATUS_BAD_REQUEST, MC_TEST_PORTAL_ERROR_BAD_REQUEST,
                   "The body is not a JSON object");
      return;
    }

  answer = _mc_test_portal_control (self, request, &status);
  reply (msg, status, answer, FALSE);
}

static void
request_cb (SoupServer        *server,
            SoupServerMessage *msg,
            const char        *path,
            GHashTable        *query,
            gpointer           user_data)
{
  McTestPortal *self = MC_TEST_PORTAL (user_data);

  if (!g_str_equal (soup_server_message_get_method (msg), SOUP_METHOD_POST))
    {
      SoupMessageHeaders *headers = soup_server_message_get_response_headers (msg);

      soup_message_headers_replace (headers, "Allow", "POST");
      reply_error (msg, SOUP_STATUS_METHOD_NOT_ALLOWED, 405, "Chỉ nhận POST");
    }
  else if (g_str_equal (path, "/auth"))
    handle_auth (self, msg);
  else if (g_str_equal (path, "/service"))
    handle_service (self, msg);
  else if (g_str_equal (path, "/_test"))
    handle_control (self, msg);
  else
    reply_error (msg, SOUP_STATUS_NOT_FOUND, 404, "Không có địa chỉ này");
}

/* ------------------------------------------------------------------ */
/* GObject                                                            */
/* ------------------------------------------------------------------ */

static void
mc_test_portal_dispose (GObject *object)
{
  McTestPortal *self = (McTestPortal *) object;

  if (self->server != NULL)
    {
      mc_test_portal_stop (self);
      soup_server_remove_handler (self->server, NULL);
      g_clear_object (&self->server);
    }

  G_OBJECT_CLASS (mc_test_portal_parent_class)->dispose (object);
}

static void
mc_test_portal_finalize (GObject *object)
{
  McTestPortal *self = (McTestPortal *) object;

  _mc_test_portal_clear_faults_state (self);
  g_clear_pointer (&self->sessions, g_hash_table_unref);
  g_clear_pointer (&self->calls, g_hash_table_unref);
  g_clear_pointer (&self->store, _mc_test_portal_store_free);
  g_free (self->username);
  g_free (self->password);
  g_free (self->dstcode);
  g_free (self->madonvi);

  G_OBJECT_CLASS (mc_test_portal_parent_class)->finalize (object);
}

static void
mc_test_portal_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  McTestPortal *self = MC_TEST_PORTAL (object);

  switch (prop_id)
    {
    case PROP_USERNAME:
      g_value_set_string (value, self->username);
      break;

    case PROP_PASSWORD:
      g_value_set_string (value, self->password);
      break;

    case PROP_DSTCODE:
      g_value_set_string (value, self->dstcode);
      break;

    case PROP_MADONVI:
      g_value_set_string (value, self->madonvi);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mc_test_portal_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  McTestPortal *self = MC_TEST_PORTAL (object);

  switch (prop_id)
    {
    case PROP_USERNAME:
      self->username = g_value_dup_string (value);
      break;

    case PROP_PASSWORD:
      self->password = g_value_dup_string (value);
      break;

    case PROP_DSTCODE:
      self->dstcode = g_value_dup_string (value);
      break;

    case PROP_MADONVI:
      self->madonvi = g_value_dup_string (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static GParamSpec *
credential_param (const char *name,
                  const char *default_value)
{
  return g_param_spec_string (name, NULL, NULL, default_value,
                              G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                              G_PARAM_STATIC_STRINGS);
}

static void
mc_test_portal_class_init (McTestPortalClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = mc_test_portal_dispose;
  object_class->finalize = mc_test_portal_finalize;
  object_class->get_property = mc_test_portal_get_property;
  object_class->set_property = mc_test_portal_set_property;

  properties[PROP_USERNAME] = credential_param ("username", MC_TEST_PORTAL_DEFAULT_USERNAME);
  properties[PROP_PASSWORD] = credential_param ("password", MC_TEST_PORTAL_DEFAULT_PASSWORD);
  properties[PROP_DSTCODE] = credential_param ("dstcode", MC_TEST_PORTAL_DEFAULT_DSTCODE);
  properties[PROP_MADONVI] = credential_param ("madonvi", MC_TEST_PORTAL_DEFAULT_MADONVI);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mc_test_portal_init (McTestPortal *self)
{
  self->server = soup_server_new ("server-header", "motcua-test-portal ", NULL);
  soup_server_add_handler (self->server, NULL, request_cb, self, NULL);

  self->sessions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->session_lifetime = 3600;
  self->calls = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->store = _mc_test_portal_store_new ();
  _mc_test_portal_store_init_calendar (self->store);
  _mc_test_portal_init_faults (self);
}

/* ------------------------------------------------------------------ */
/* Public API                                                         */
/* ------------------------------------------------------------------ */

/**
 * mc_test_portal_new:
 * @username: (nullable): the accepted username, %NULL for the default
 * @password: (nullable): its password, %NULL for the default
 * @dstcode: (nullable): the accepted dstcode header, %NULL for the default
 * @madonvi: (nullable): the agency of every call, %NULL for the default
 */
McTestPortal *
mc_test_portal_new (const char *username,
                    const char *password,
                    const char *dstcode,
                    const char *madonvi)
{
  return g_object_new (MC_TYPE_TEST_PORTAL,
                       "username", username != NULL ? username : MC_TEST_PORTAL_DEFAULT_USERNAME,
                       "password", password != NULL ? password : MC_TEST_PORTAL_DEFAULT_PASSWORD,
                       "dstcode", dstcode != NULL ? dstcode : MC_TEST_PORTAL_DEFAULT_DSTCODE,
                       "madonvi", madonvi != NULL ? madonvi : MC_TEST_PORTAL_DEFAULT_MADONVI,
                       NULL);
}

/**
 * mc_test_portal_listen:
 * @port: the port on 127.0.0.1, 0 for any free one
 *
 * Listening again after mc_test_portal_stop() keeps every dossier,
 * session and fault: only the network went down and up. While listening,
 * returns the same URI again (an error for another port).
 *
 * Returns: the base URI, "http://127.0.0.1:PORT"
 */
char *
mc_test_portal_listen (McTestPortal  *self,
                       guint          port,
                       GError       **error)
{
  g_autoptr(GInetAddress) loopback = NULL;
  g_autoptr(GSocketAddress) address = NULL;
  GSList *uris;

  g_return_val_if_fail (MC_IS_TEST_PORTAL (self), NULL);
  g_return_val_if_fail (port <= G_MAXUINT16, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (self->port != 0 && port != 0 && port != self->port)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS,
                   "Already listening on port %u", self->port);
      return NULL;
    }

  if (self->port == 0)
    {
      loopback = g_inet_address_new_loopback (G_SOCKET_FAMILY_IPV4);
      address = g_inet_socket_address_new (loopback, port);
      if (!soup_server_listen (self->server, address, 0, error))
        return NULL;

      uris = soup_server_get_uris (self->server);
      g_assert (uris != NULL);
      self->port = g_uri_get_port (uris->data);
      g_slist_free_full (uris, (GDestroyNotify) g_uri_unref);
    }

  return g_strdup_printf ("http://127.0.0.1:%u", self->port);
}

/**
 * mc_test_portal_stop:
 *
 * Closes the listening socket and every connection: clients get
 * "connection refused" until mc_test_portal_listen() is called again.
 */
void
mc_test_portal_stop (McTestPortal *self)
{
  g_return_if_fail (MC_IS_TEST_PORTAL (self));

  if (self->port == 0)
    return;

  soup_server_disconnect (self->server);
  _mc_test_portal_cancel_closing (self);
  self->port = 0;
}

gboolean
mc_test_portal_is_listening (McTestPortal *self)
{
  g_return_val_if_fail (MC_IS_TEST_PORTAL (self), FALSE);

  return self->port != 0;
}

/* The port listened on, 0 when stopped. */
guint
mc_test_portal_get_port (McTestPortal *self)
{
  g_return_val_if_fail (MC_IS_TEST_PORTAL (self), 0);

  return self->port;
}

/**
 * mc_test_portal_add_online_filing:
 * @dossier: a dossier with at least MaHoSo
 *
 * A citizen filed @dossier on the national portal: it is stored with
 * MaMay %MC_TEST_PORTAL_ONLINE_MAMAY, TrangThaiHoSo 1 and KenhThucHien 2
 * unless it says otherwise, and PhienBan 1 (or the stored one + 1).
 */
void
mc_test_portal_add_online_filing (McTestPortal *self,
                                  JsonObject   *dossier)
{
  g_autoptr(JsonObject) filing = NULL;

  g_return_if_fail (MC_IS_TEST_PORTAL (self));
  g_return_if_fail (dossier != NULL);
  g_return_if_fail (_mc_test_portal_get_string (dossier, "MaHoSo") != NULL);

  filing = _mc_test_portal_copy_object (dossier);
  if (!json_object_has_member (filing, "TrangThaiHoSo"))
    json_object_set_string_member (filing, "TrangThaiHoSo", "1");
  if (!json_object_has_member (filing, "KenhThucHien"))
    json_object_set_string_member (filing, "KenhThucHien", "2");

  _mc_test_portal_store_put (self->store, filing, MC_TEST_PORTAL_ONLINE_MAMAY);
}

/**
 * mc_test_portal_store_from:
 * @mamay: the workstation that made the change
 * @dossier: a dossier with at least MaHoSo
 *
 * Stores @dossier as pushed by @mamay, whatever the portal held: with its
 * PhienBan, or the stored one + 1 when it has none.
 */
void
mc_test_portal_store_from (McTestPortal *self,
                           const char   *mamay,
                           JsonObject   *dossier)
{
  g_return_if_fail (MC_IS_TEST_PORTAL (self));
  g_return_if_fail (mamay != NULL);
  g_return_if_fail (dossier != NULL);
  g_return_if_fail (_mc_test_portal_get_string (dossier, "MaHoSo") != NULL);

  _mc_test_portal_store_put (self->store, dossier, mamay);
}

guint
mc_test_portal_get_n_dossiers (McTestPortal *self)
{
  g_return_val_if_fail (MC_IS_TEST_PORTAL (self), 0);

  return g_hash_table_size (self->store->dossiers);
}

/**
 * mc_test_portal_lookup_dossier:
 *
 * Returns: (transfer none) (nullable): the stored dossier, as received
 */
JsonObject *
mc_test_portal_lookup_dossier (McTestPortal *self,
                               const char   *mahoso)
{
  McTestPortalDossier *stored;

  g_return_val_if_fail (MC_IS_TEST_PORTAL (self), NULL);
  g_return_val_if_fail (mahoso != NULL, NULL);

  stored = _mc_test_portal_store_lookup (self->store, mahoso);
  return stored != NULL ? stored->dossier : NULL;
}

/* The stored PhienBan, -1 when the dossier is unknown. */
gint64
mc_test_portal_get_version (McTestPortal *self,
                            const char   *mahoso)
{
  McTestPortalDossier *stored;

  g_return_val_if_fail (MC_IS_TEST_PORTAL (self), -1);
  g_return_val_if_fail (mahoso != NULL, -1);

  stored = _mc_test_portal_store_lookup (self->store, mahoso);
  return stored != NULL ? stored->version : -1;
}

guint
mc_test_portal_get_n_steps (McTestPortal *self)
{
  g_return_val_if_fail (MC_IS_TEST_PORTAL (self), 0);

  return g_hash_table_size (self->store->steps);
}

guint
mc_test_portal_get_n_steps_for (McTestPortal *self,
                                const char   *mahoso)
{
  McTestPortalDossier *stored;

  g_return_val_if_fail (MC_IS_TEST_PORTAL (self), 0);
  g_return_val_if_fail (mahoso != NULL, 0);

  stored = _mc_test_portal_store_lookup (self->store, mahoso);
  return stored != NULL ? stored->n_steps : 0;
}

gboolean
mc_test_portal_has_step (McTestPortal *self,
                         const char   *buoc_id)
{
  g_return_val_if_fail (MC_IS_TEST_PORTAL (self), FALSE);
  g_return_val_if_fail (buoc_id != NULL, FALSE);

  return g_hash_table_contains (self->store->steps, buoc_id);
}

/**
 * mc_test_portal_get_n_calls:
 * @service_or_null: a service, %MC_TEST_PORTAL_AUTH, or %NULL for all
 *
 * Returns: the calls received, faulted ones included (not /_test)
 */
guint
mc_test_portal_get_n_calls (McTestPortal *self,
                            const char   *service_or_null)
{
  g_return_val_if_fail (MC_IS_TEST_PORTAL (self), 0);

  if (service_or_null == NULL)
    return self->n_calls;

  return GPOINTER_TO_UINT (g_hash_table_lookup (self->calls, service_or_null));
}

/* Pushes of a MaHoSo+PhienBan or a BuocId the portal already held: the
 * client's repeats, harmless, worth reporting. */
guint
mc_test_portal_get_n_stored_twice (McTestPortal *self)
{
  g_return_val_if_fail (MC_IS_TEST_PORTAL (self), 0);

  return self->store->n_stored_twice;
}

/**
 * mc_test_portal_set_catalogue_file:
 * @path: a catalogue in the shape of data/catalogue/commune-procedures.json
 *
 * Replaces the catalogue. A procedure whose records changed gets the next
 * PhienBan; one that is no longer in the file is gone.
 */
gboolean
mc_test_portal_set_catalogue_file (McTestPortal  *self,
                                   const char    *path,
                                   GError       **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();

  g_return_val_if_fail (MC_IS_TEST_PORTAL (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!json_parser_load_from_file (parser, path, error))
    return FALSE;

  return _mc_test_portal_store_load_catalogue (self->store, json_parser_get_root (parser), error);
}

/* Adds a version of a procedure, or replaces the version with the same
 * QUYETDINHCONGBO; the procedure gets the next PhienBan. */
void
mc_test_portal_add_procedure (McTestPortal *self,
                              JsonObject   *procedure)
{
  g_return_if_fail (MC_IS_TEST_PORTAL (self));
  g_return_if_fail (procedure != NULL);
  g_return_if_fail (_mc_test_portal_get_string (procedure, "MATTHC") != NULL);

  _mc_test_portal_store_add_procedure (self->store, procedure);
}

/**
 * mc_test_portal_set_calendar:
 * @days: the LayLichNghi "data" of @year: {Ngay, Loai, GhiChu} objects
 */
void
mc_test_portal_set_calendar (McTestPortal *self,
                             int           year,
                             JsonArray    *days)
{
  g_autoptr(JsonNode) node = json_node_alloc ();
  g_autoptr(JsonNode) copy = NULL;
  g_autofree char *text = NULL;

  g_return_if_fail (MC_IS_TEST_PORTAL (self));
  g_return_if_fail (days != NULL);

  json_node_init_array (node, days);
  text = json_to_string (node, FALSE);
  copy = json_from_string (text, NULL);
  _mc_test_portal_store_set_calendar (self->store, year, json_node_get_array (copy));
}

/* For sessions opened from now on. */
void
mc_test_portal_set_session_lifetime (McTestPortal *self,
                                     guint         seconds)
{
  g_return_if_fail (MC_IS_TEST_PORTAL (self));

  self->session_lifetime = seconds;
}

/* Every open session expires now: the next service call gets 401/440. */
void
mc_test_portal_expire_sessions (McTestPortal *self)
{
  g_return_if_fail (MC_IS_TEST_PORTAL (self));

  g_hash_table_remove_all (self->sessions);
}
