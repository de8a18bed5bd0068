/* mc-test-portal-client.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "mc-test-portal-client.h"

typedef struct
{
  GBytes   *body;
  GError   *error;
  gboolean  done;
} Pending;

void
mc_test_reply_free (McTestReply *reply)
{
  g_clear_error (&reply->error);
  g_clear_pointer (&reply->body, g_bytes_unref);
  g_clear_pointer (&reply->json, json_object_unref);
  g_free (reply->content_type);
  g_free (reply->retry_after);
  g_free (reply);
}

JsonArray *
mc_test_reply_get_array (McTestReply *reply,
                         const char  *member)
{
  JsonNode *node;

  g_assert_nonnull (reply->json);
  node = json_object_get_member (reply->json, member);
  g_assert_nonnull (node);
  g_assert_true (JSON_NODE_HOLDS_ARRAY (node));

  return json_node_get_array (node);
}

/* results[index] of a push. */
JsonObject *
mc_test_reply_get_item (McTestReply *reply,
                        guint        index)
{
  JsonArray *results = mc_test_reply_get_array (reply, "results");

  g_assert_cmpuint (index, <, json_array_get_length (results));
  return json_array_get_object_element (results, index);
}

gint64
mc_test_reply_get_int (McTestReply *reply,
                       const char  *member)
{
  g_assert_nonnull (reply->json);
  g_assert_true (json_object_has_member (reply->json, member));

  return json_object_get_int_member (reply->json, member);
}

const char *
mc_test_reply_get_string (McTestReply *reply,
                          const char  *member)
{
  g_assert_nonnull (reply->json);
  g_assert_true (json_object_has_member (reply->json, member));

  return json_object_get_string_member (reply->json, member);
}

static void
sent_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  Pending *pending = user_data;

  pending->body = soup_session_send_and_read_finish (SOUP_SESSION (object), result,
                                                     &pending->error);
  pending->done = TRUE;
}

static JsonObject *
parse_body (GBytes *body)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  gsize length;
  const char *data = g_bytes_get_data (body, &length);
  JsonNode *root;

  if (data == NULL || !json_parser_load_from_data (parser, data, length, NULL))
    return NULL;

  root = json_parser_get_root (parser);
  return JSON_NODE_HOLDS_OBJECT (root) ? json_node_dup_object (root) : NULL;
}

/* Runs the main context until the answer (or the error) is in: the
 * portal answers on this same context. */
McTestReply *
mc_test_request (SoupSession *session,
                 const char  *method,
                 const char  *uri,
                 const char  *dstcode,
                 const char  *body)
{
  g_autoptr(SoupMessage) msg = soup_message_new (method, uri);
  McTestReply *reply = g_new0 (McTestReply, 1);
  SoupMessageHeaders *headers;
  Pending pending = { 0 };
  gint64 start;

  if (body != NULL)
    {
      g_autoptr(GBytes) bytes = g_bytes_new (body, strlen (body));

      soup_message_set_request_body_from_bytes (msg, "application/json; charset=utf-8", bytes);
    }
  if (dstcode != NULL)
    soup_message_headers_append (soup_message_get_request_headers (msg), "dstcode", dstcode);

  start = g_get_monotonic_time ();
  soup_session_send_and_read_async (session, msg, G_PRIORITY_DEFAULT, NULL, sent_cb, &pending);
  while (!pending.done)
    g_main_context_iteration (NULL, TRUE);

  reply->elapsed_ms = (g_get_monotonic_time () - start) / 1000;
  reply->error = pending.error;
  reply->body = pending.body;
  if (reply->error != NULL)
    return reply;

  headers = soup_message_get_response_headers (msg);
  reply->status = soup_message_get_status (msg);
  reply->content_type = g_strdup (soup_message_headers_get_one (headers, "Content-Type"));
  reply->retry_after = g_strdup (soup_message_headers_get_one (headers, "Retry-After"));
  reply->json = parse_body (reply->body);

  return reply;
}

McTestReply *
mc_test_post (SoupSession *session,
              const char  *uri,
              const char  *dstcode,
              const char  *body)
{
  return mc_test_request (session, SOUP_METHOD_POST, uri, dstcode, body);
}

void
mc_test_portal_fixture_setup (McTestPortalFixture *fixture,
                              gconstpointer        data)
{
  g_autoptr(GError) error = NULL;

  fixture->portal = mc_test_portal_new (NULL, NULL, NULL, NULL);
  fixture->base = mc_test_portal_listen (fixture->portal, 0, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (fixture->base, "http://127.0.0.1:"));

  /* libsoup sends each POST (not idempotent) on a new connection, so a
   * connection a fault closed is never reused. */
  fixture->session = soup_session_new_with_options ("timeout", 20, NULL);
}

void
mc_test_portal_fixture_teardown (McTestPortalFixture *fixture,
                                 gconstpointer        data)
{
  g_clear_object (&fixture->session);
  g_clear_object (&fixture->portal);
  g_clear_pointer (&fixture->base, g_free);
  g_clear_pointer (&fixture->token, g_free);

  /* Let the closed connections' sources run out. */
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

McTestReply *
mc_test_auth (McTestPortalFixture *fixture)
{
  g_autofree char *uri = g_strconcat (fixture->base, "/auth", NULL);
  g_autofree char *body = g_strdup_printf ("{\"username\": \"%s\", \"password\": \"%s\"}",
                                           MC_TEST_PORTAL_DEFAULT_USERNAME,
                                           MC_TEST_PORTAL_DEFAULT_PASSWORD);

  return mc_test_post (fixture->session, uri, MC_TEST_PORTAL_DEFAULT_DSTCODE, body);
}

void
mc_test_sign_in (McTestPortalFixture *fixture)
{
  g_autoptr(McTestReply) reply = mc_test_auth (fixture);

  mc_test_assert_answer (reply, 200, 0);
  g_free (fixture->token);
  fixture->token = g_strdup (mc_test_reply_get_string (reply, "session"));
}

/* @members: more members of the request, as JSON text, or NULL. */
McTestReply *
mc_test_call (McTestPortalFixture *fixture,
              const char          *service,
              const char          *members)
{
  g_autofree char *uri = g_strconcat (fixture->base, "/service", NULL);
  g_autofree char *body = NULL;

  body = g_strdup_printf ("{\"session\": \"%s\", \"madonvi\": \"%s\", \"service\": \"%s\"%s%s}",
                          fixture->token != NULL ? fixture->token : "",
                          MC_TEST_PORTAL_DEFAULT_MADONVI, service,
                          members != NULL ? ", " : "", members != NULL ? members : "");

  return mc_test_post (fixture->session, uri, NULL, body);
}

McTestReply *
mc_test_push (McTestPortalFixture *fixture,
              const char          *service,
              JsonArray           *data)
{
  g_autoptr(JsonNode) node = json_node_alloc ();
  g_autofree char *text = NULL;
  g_autofree char *members = NULL;

  json_node_init_array (node, data);
  text = json_to_string (node, FALSE);
  members = g_strdup_printf ("\"data\": %s", text);

  return mc_test_call (fixture, service, members);
}

McTestReply *
mc_test_push_one (McTestPortalFixture *fixture,
                  JsonObject          *dossier)
{
  g_autoptr(JsonArray) data = json_array_new ();

  json_array_add_object_element (data, json_object_ref (dossier));
  return mc_test_push (fixture, "DongBoHoSoMC", data);
}

McTestReply *
mc_test_control (McTestPortalFixture *fixture,
                 const char          *body)
{
  g_autofree char *uri = g_strconcat (fixture->base, "/_test", NULL);

  return mc_test_post (fixture->session, uri, NULL, body);
}

/* A valid counter dossier, with the fields of domain.md §7.3 a counter
 * fills in, strings as the national portal has them. */
JsonObject *
mc_test_make_dossier (const char *mahoso,
                      gint64      version,
                      const char *mamay)
{
  JsonObject *dossier = json_object_new ();
  g_autoptr(JsonArray) fees = json_array_new ();
  JsonObject *fee = json_object_new ();

  json_object_set_string_member (dossier, "MaHoSo", mahoso);
  json_object_set_string_member (dossier, "MaTTHC", "1.001193");
  json_object_set_string_member (dossier, "TenTTHC", "Đăng ký khai sinh");
  json_object_set_string_member (dossier, "MaLinhVuc", "HOTICH");
  json_object_set_string_member (dossier, "KenhThucHien", "1");
  json_object_set_string_member (dossier, "ChuHoSo", "Nguyễn Văn An");
  json_object_set_string_member (dossier, "SoGiayToChuHoSo", "001090012345");
  json_object_set_string_member (dossier, "LoaiDoiTuong", "1");
  json_object_set_string_member (dossier, "TrichYeuHoSo", "Đăng ký khai sinh cho con");
  json_object_set_string_member (dossier, "NgayTiepNhan", "20270104083000");
  json_object_set_string_member (dossier, "NgayHenTra", "20270104160000");
  json_object_set_string_member (dossier, "NgayTra", "");
  json_object_set_string_member (dossier, "TrangThaiHoSo", "2");
  json_object_set_string_member (dossier, "HinhThuc", "0");
  json_object_set_string_member (dossier, "DonViXuLy", "UBND xã Thử Nghiệm");
  json_object_set_string_member (fee, "TenPhiLePhi", "Lệ phí");
  json_object_set_string_member (fee, "Gia", "0");
  json_array_add_object_element (fees, fee);
  json_object_set_array_member (dossier, "DanhSachLePhi", g_steal_pointer (&fees));
  json_object_set_int_member (dossier, "PhienBan", version);
  json_object_set_string_member (dossier, "MaMay", mamay);

  return dossier;
}

JsonObject *
mc_test_make_step (const char *mahoso,
                   const char *buoc_id)
{
  JsonObject *step = json_object_new ();

  json_object_set_string_member (step, "MaHoSo", mahoso);
  json_object_set_string_member (step, "BuocId", buoc_id);
  json_object_set_string_member (step, "NguoiXuLy", "Trần Thị Bình");
  json_object_set_string_member (step, "ChucDanh", "Công chức tư pháp - hộ tịch");
  json_object_set_string_member (step, "ThoiDiemXuLy", "20270104090000");
  json_object_set_string_member (step, "PhongBanXuLy", "Bộ phận một cửa");
  json_object_set_string_member (step, "NoiDungXuLy", "Tiếp nhận hồ sơ");
  json_object_set_string_member (step, "TrangThai", "2");
  json_object_set_string_member (step, "NgayBatDau", "20270104083000");
  json_object_set_string_member (step, "NgayKetThucTheoQuyDinh", "20270104160000");

  return step;
}

/* Takes the objects. */
JsonArray *
mc_test_array_of (JsonObject *first,
                  ...)
{
  JsonArray *array = json_array_new ();
  va_list args;

  va_start (args, first);
  for (JsonObject *object = first; object != NULL; object = va_arg (args, JsonObject *))
    json_array_add_object_element (array, object);
  va_end (args);

  return array;
}

gboolean
mc_test_objects_equal (JsonObject *a,
                       JsonObject *b)
{
  g_autoptr(JsonNode) na = json_node_alloc ();
  g_autoptr(JsonNode) nb = json_node_alloc ();

  json_node_init_object (na, a);
  json_node_init_object (nb, b);

  return json_node_equal (na, nb);
}

JsonObject *
mc_test_copy_object (JsonObject *object)
{
  g_autoptr(JsonNode) node = json_node_alloc ();
  g_autoptr(JsonNode) copy = NULL;
  g_autofree char *text = NULL;

  json_node_init_object (node, object);
  text = json_to_string (node, FALSE);
  copy = json_from_string (text, NULL);

  return json_node_dup_object (copy);
}
