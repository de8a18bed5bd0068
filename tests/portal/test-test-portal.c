/* test-test-portal.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "mc-test-portal-client.h"

/* The test portal against the contract, over HTTP, without faults (those
 * are in test-test-portal-faults.c). */

typedef McTestPortalFixture Fixture;

#define CONTENT_TYPE "application/json; charset=utf-8"

static void
setup (Fixture       *fixture,
       gconstpointer  data)
{
  mc_test_portal_fixture_setup (fixture, data);
}

static void
teardown (Fixture       *fixture,
          gconstpointer  data)
{
  mc_test_portal_fixture_teardown (fixture, data);
}

static McTestReply *
post_auth (Fixture    *fixture,
           const char *dstcode,
           const char *body)
{
  g_autofree char *uri = g_strconcat (fixture->base, "/auth", NULL);

  return mc_test_post (fixture->session, uri, dstcode, body);
}

static McTestReply *
push_dossier (Fixture    *fixture,
              const char *mahoso,
              gint64      version,
              const char *mamay)
{
  g_autoptr(JsonObject) dossier = mc_test_make_dossier (mahoso, version, mamay);

  return mc_test_push_one (fixture, dossier);
}

/* ------------------------------------------------------------------ */
/* Authentication and the envelope                                    */
/* ------------------------------------------------------------------ */

static void
test_auth_ok (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(McTestReply) reply = mc_test_auth (fixture);

  mc_test_assert_answer (reply, 200, 0);
  g_assert_cmpstr (reply->content_type, ==, CONTENT_TYPE);
  g_assert_cmpuint (strlen (mc_test_reply_get_string (reply, "session")), >, 8);
  g_assert_cmpint (mc_test_reply_get_int (reply, "expires_in"), ==, 3600);
  g_assert_cmpuint (mc_test_portal_get_n_calls (fixture->portal, MC_TEST_PORTAL_AUTH), ==, 1);
}

static void
test_auth_refused (Fixture       *fixture,
                   gconstpointer  data)
{
  const char *good = "{\"username\": \"motcua\", \"password\": \"motcua-test\"}";
  const char *wrong = "{\"username\": \"motcua\", \"password\": \"wrong\"}";
  g_autoptr(McTestReply) bad_password = post_auth (fixture, "MOTCUA-TEST", wrong);
  g_autoptr(McTestReply) bad_dstcode = post_auth (fixture, "OTHER", good);
  g_autoptr(McTestReply) no_dstcode = post_auth (fixture, NULL, good);
  g_autoptr(McTestReply) not_json = post_auth (fixture, "MOTCUA-TEST", "{\"username\":");

  mc_test_assert_answer (bad_password, 401, 401);
  mc_test_assert_answer (bad_dstcode, 401, 401);
  mc_test_assert_answer (no_dstcode, 401, 401);
  mc_test_assert_answer (not_json, 400, 400);
  g_assert_cmpstr (not_json->content_type, ==, CONTENT_TYPE);
  g_assert_false (json_object_has_member (bad_password->json, "session"));
}

static void
test_session_required (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(McTestReply) none = NULL;
  g_autoptr(McTestReply) forged = NULL;

  none = mc_test_call (fixture, "LayLichNghi", "\"nam\": 2027");
  mc_test_assert_answer (none, 401, 440);

  fixture->token = g_strdup ("forged");
  forged = mc_test_call (fixture, "LayLichNghi", "\"nam\": 2027");
  mc_test_assert_answer (forged, 401, 440);
}

static void
test_session_expiry (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(McTestReply) fresh = NULL;
  g_autoptr(McTestReply) expired = NULL;
  g_autoptr(McTestReply) again = NULL;
  g_autoptr(McTestReply) renewed = NULL;
  g_autoptr(McTestReply) dropped = NULL;
  g_autoptr(McTestReply) auth = NULL;

  mc_test_portal_set_session_lifetime (fixture->portal, 1);
  auth = mc_test_auth (fixture);
  g_assert_cmpint (mc_test_reply_get_int (auth, "expires_in"), ==, 1);
  fixture->token = g_strdup (mc_test_reply_get_string (auth, "session"));

  fresh = mc_test_call (fixture, "LayLichNghi", "\"nam\": 2027");
  mc_test_assert_answer (fresh, 200, 0);

  g_usleep (1100 * 1000);
  expired = mc_test_call (fixture, "LayLichNghi", "\"nam\": 2027");
  mc_test_assert_answer (expired, 401, 440);
  again = mc_test_call (fixture, "LayLichNghi", "\"nam\": 2027");
  mc_test_assert_answer (again, 401, 440);

  /* Authenticating once more is the way out. */
  mc_test_portal_set_session_lifetime (fixture->portal, 3600);
  mc_test_sign_in (fixture);
  renewed = mc_test_call (fixture, "LayLichNghi", "\"nam\": 2027");
  mc_test_assert_answer (renewed, 200, 0);

  mc_test_portal_expire_sessions (fixture->portal);
  dropped = mc_test_call (fixture, "LayLichNghi", "\"nam\": 2027");
  mc_test_assert_answer (dropped, 401, 440);
}

static void
test_envelope_refusals (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *uri = g_strconcat (fixture->base, "/service", NULL);
  g_autofree char *other_agency = NULL;
  g_autoptr(McTestReply) unknown = NULL;
  g_autoptr(McTestReply) agency = NULL;
  g_autoptr(McTestReply) not_json = NULL;
  g_autoptr(McTestReply) no_service = NULL;

  mc_test_sign_in (fixture);
  unknown = mc_test_call (fixture, "LayDanhMucCoQuan", NULL);
  mc_test_assert_answer (unknown, 400, 400);
  g_assert_cmpstr (unknown->content_type, ==, CONTENT_TYPE);

  other_agency = g_strdup_printf ("{\"session\": \"%s\", \"madonvi\": \"000.00.00.H56\", "
                                  "\"service\": \"LayLichNghi\", \"nam\": 2027}",
                                  fixture->token);
  agency = mc_test_post (fixture->session, uri, NULL, other_agency);
  mc_test_assert_answer (agency, 400, 403);

  not_json = mc_test_post (fixture->session, uri, NULL, "[1, 2]");
  mc_test_assert_answer (not_json, 400, 400);

  no_service = mc_test_call (fixture, "", NULL);
  mc_test_assert_answer (no_service, 400, 400);

  g_assert_cmpuint (mc_test_portal_get_n_calls (fixture->portal, "LayDanhMucCoQuan"), ==, 1);
  g_assert_cmpuint (mc_test_portal_get_n_calls (fixture->portal, NULL), ==, 5);
}

static void
test_http_refusals (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *uri = g_strconcat (fixture->base, "/auth", NULL);
  g_autofree char *elsewhere = g_strconcat (fixture->base, "/other", NULL);
  g_autoptr(McTestReply) get = NULL;
  g_autoptr(McTestReply) missing = NULL;

  get = mc_test_request (fixture->session, SOUP_METHOD_GET, uri, NULL, NULL);
  g_assert_no_error (get->error);
  g_assert_cmpuint (get->status, ==, 405);
  g_assert_cmpstr (get->content_type, ==, CONTENT_TYPE);

  missing = mc_test_post (fixture->session, elsewhere, NULL, "{}");
  g_assert_cmpuint (missing->status, ==, 404);
  g_assert_cmpstr (missing->content_type, ==, CONTENT_TYPE);
  g_assert_cmpuint (mc_test_portal_get_n_calls (fixture->portal, NULL), ==, 0);
}

/* ------------------------------------------------------------------ */
/* DongBoHoSoMC                                                       */
/* ------------------------------------------------------------------ */

static void
test_push_stores (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(JsonObject) first = mc_test_make_dossier ("H56.01-270104-0001", 1, "PC-A");
  g_autoptr(JsonObject) second = mc_test_make_dossier ("H56.01-270104-0002", 3, "PC-A");
  g_autoptr(JsonArray) items = NULL;
  g_autoptr(McTestReply) reply = NULL;
  JsonObject *result;

  mc_test_sign_in (fixture);
  items = mc_test_array_of (json_object_ref (first), json_object_ref (second), NULL);
  reply = mc_test_push (fixture, "DongBoHoSoMC", items);

  mc_test_assert_answer (reply, 200, 0);
  g_assert_cmpstr (reply->content_type, ==, CONTENT_TYPE);
  g_assert_cmpuint (json_array_get_length (mc_test_reply_get_array (reply, "results")), ==, 2);
  result = mc_test_reply_get_item (reply, 1);
  g_assert_cmpstr (json_object_get_string_member (result, "MaHoSo"), ==, "H56.01-270104-0002");
  g_assert_cmpint (json_object_get_int_member (result, "PhienBan"), ==, 3);
  mc_test_assert_item (reply, 0, 0);
  mc_test_assert_item (reply, 1, 0);

  g_assert_cmpuint (mc_test_portal_get_n_dossiers (fixture->portal), ==, 2);
  g_assert_cmpint (mc_test_portal_get_version (fixture->portal, "H56.01-270104-0002"), ==, 3);
  g_assert_cmpint (mc_test_portal_get_version (fixture->portal, "unknown"), ==, -1);
  g_assert_true (mc_test_objects_equal (first,
                                        mc_test_portal_lookup_dossier (fixture->portal,
                                                                       "H56.01-270104-0001")));
  g_assert_cmpuint (mc_test_portal_get_n_stored_twice (fixture->portal), ==, 0);
  g_assert_cmpuint (mc_test_portal_get_n_calls (fixture->portal, "DongBoHoSoMC"), ==, 1);
}

static void
test_push_idempotent (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(JsonObject) dossier = mc_test_make_dossier ("H56.01-270104-0001", 2, "PC-A");
  g_autoptr(McTestReply) first = NULL;
  g_autoptr(McTestReply) again = NULL;
  g_autoptr(McTestReply) changes = NULL;

  mc_test_sign_in (fixture);
  first = mc_test_push_one (fixture, dossier);
  mc_test_assert_item (first, 0, 0);

  /* A changed copy of the same version is not stored again: the version
   * identifies the content. */
  json_object_set_string_member (dossier, "GhiChu", "changed");
  again = mc_test_push_one (fixture, dossier);
  mc_test_assert_answer (again, 200, 0);
  mc_test_assert_item (again, 0, 0);

  g_assert_cmpuint (mc_test_portal_get_n_dossiers (fixture->portal), ==, 1);
  g_assert_cmpuint (mc_test_portal_get_n_stored_twice (fixture->portal), ==, 1);
  g_assert_false (json_object_has_member (
    mc_test_portal_lookup_dossier (fixture->portal, "H56.01-270104-0001"), "GhiChu"));

  /* One change, not two. */
  changes = mc_test_call (fixture, "LayHoSoThayDoi", "\"sau\": \"\"");
  g_assert_cmpuint (json_array_get_length (mc_test_reply_get_array (changes, "data")), ==, 1);
}

static void
test_push_limit (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(JsonArray) fifty = json_array_new ();
  g_autoptr(JsonArray) fifty_one = json_array_new ();
  g_autoptr(McTestReply) too_many = NULL;
  g_autoptr(McTestReply) ok = NULL;
  g_autoptr(McTestReply) no_data = NULL;

  for (guint i = 0; i < 51; i++)
    {
      g_autofree char *code = g_strdup_printf ("H56.01-270104-%04u", i + 1);

      json_array_add_object_element (fifty_one, mc_test_make_dossier (code, 1, "PC-A"));
      if (i < 50)
        json_array_add_object_element (fifty, mc_test_make_dossier (code, 1, "PC-A"));
    }

  mc_test_sign_in (fixture);
  too_many = mc_test_push (fixture, "DongBoHoSoMC", fifty_one);
  mc_test_assert_answer (too_many, 400, 413);
  g_assert_false (json_object_has_member (too_many->json, "results"));
  g_assert_cmpuint (mc_test_portal_get_n_dossiers (fixture->portal), ==, 0);

  ok = mc_test_push (fixture, "DongBoHoSoMC", fifty);
  mc_test_assert_answer (ok, 200, 0);
  g_assert_cmpuint (json_array_get_length (mc_test_reply_get_array (ok, "results")), ==, 50);
  g_assert_cmpuint (mc_test_portal_get_n_dossiers (fixture->portal), ==, 50);

  no_data = mc_test_call (fixture, "DongBoHoSoMC", "\"data\": {}");
  mc_test_assert_answer (no_data, 400, 400);
}

typedef struct
{
  const char *member;
  const char *json;   /* NULL: removed */
  const char *named;  /* what the message must name */
} Spoil;

static const Spoil spoils[] = {
  { "MaHoSo", NULL, "MaHoSo" },
  { "MaTTHC", "\"\"", "MaTTHC" },
  { "PhienBan", NULL, "PhienBan" },
  { "PhienBan", "\"abc\"", "PhienBan" },
  { "PhienBan", "0", "PhienBan" },
  { "MaMay", NULL, "MaMay" },
  { "TrangThaiHoSo", "\"0\"", "TrangThaiHoSo" },
  { "TrangThaiHoSo", "11", "TrangThaiHoSo" },
  { "KenhThucHien", "\"4\"", "KenhThucHien" },
  { "NgayHenTra", "\"2027-01-04\"", "NgayHenTra" },
  { "NgayTiepNhan", "\"20270230080000\"", "NgayTiepNhan" },
  { "NgayTra", "\"20270104246000\"", "NgayTra" },
  { "DanhSachHoSoBoSung", "[{\"NgayBoSung\": \"2027\"}]", "DanhSachHoSoBoSung[0].NgayBoSung" },
};

static void
test_push_invalid (Fixture       *fixture,
                   gconstpointer  data)
{
  mc_test_sign_in (fixture);

  for (guint i = 0; i < G_N_ELEMENTS (spoils); i++)
    {
      g_autofree char *code = g_strdup_printf ("H56.01-270104-%04u", i + 1);
      g_autofree char *good_code = g_strdup_printf ("H56.01-270105-%04u", i + 1);
      g_autoptr(JsonObject) bad = mc_test_make_dossier (code, 1, "PC-A");
      g_autoptr(JsonArray) items = NULL;
      g_autoptr(McTestReply) reply = NULL;
      const char *message;

      json_object_remove_member (bad, spoils[i].member);
      if (spoils[i].json != NULL)
        json_object_set_member (bad, spoils[i].member, json_from_string (spoils[i].json, NULL));

      /* The bad item first: it must not keep the good one out. */
      items = mc_test_array_of (json_object_ref (bad), mc_test_make_dossier (good_code, 1, "PC-A"),
                                NULL);
      reply = mc_test_push (fixture, "DongBoHoSoMC", items);
      mc_test_assert_answer (reply, 200, 0);
      mc_test_assert_item (reply, 0, 422);
      mc_test_assert_item (reply, 1, 0);

      message = json_object_get_string_member (mc_test_reply_get_item (reply, 0), "message");
      g_test_message ("%s: %s", spoils[i].named, message);
      g_assert_nonnull (strstr (message, spoils[i].named));
      g_assert_cmpint (mc_test_portal_get_version (fixture->portal, code), ==, -1);
      g_assert_cmpint (mc_test_portal_get_version (fixture->portal, good_code), ==, 1);
    }
}

static void
test_push_not_an_object (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(McTestReply) reply = mc_test_call (fixture, "DongBoHoSoMC", "\"data\": [1]");

  mc_test_assert_answer (reply, 401, 440);
  g_clear_pointer (&reply, mc_test_reply_free);

  mc_test_sign_in (fixture);
  reply = mc_test_call (fixture, "DongBoHoSoMC", "\"data\": [\"x\", {\"MaHoSo\": \"A\"}]");
  mc_test_assert_answer (reply, 200, 0);
  mc_test_assert_item (reply, 0, 422);
  mc_test_assert_item (reply, 1, 422);
  g_assert_cmpstr (json_object_get_string_member (mc_test_reply_get_item (reply, 1), "MaHoSo"),
                   ==, "A");
}

static void
test_push_conflict (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(JsonObject) theirs = mc_test_make_dossier ("H56.01-270104-0001", 3, "PC-B");
  g_autoptr(McTestReply) older = NULL;
  g_autoptr(McTestReply) same = NULL;
  g_autoptr(McTestReply) newer = NULL;
  JsonObject *result;
  JsonObject *stored;

  json_object_set_string_member (theirs, "GhiChu", "written on PC-B");
  mc_test_portal_store_from (fixture->portal, "PC-B", theirs);
  mc_test_sign_in (fixture);

  older = push_dossier (fixture, "H56.01-270104-0001", 2, "PC-A");
  mc_test_assert_item (older, 0, 409);
  result = mc_test_reply_get_item (older, 0);
  g_assert_true (mc_test_objects_equal (json_object_get_object_member (result, "portal"), theirs));
  g_assert_nonnull (strstr (json_object_get_string_member (result, "message"), "PC-B"));

  /* The same version made on two machines: their histories parted. */
  same = push_dossier (fixture, "H56.01-270104-0001", 3, "PC-A");
  mc_test_assert_item (same, 0, 409);
  stored = mc_test_portal_lookup_dossier (fixture->portal, "H56.01-270104-0001");
  g_assert_cmpstr (json_object_get_string_member (stored, "MaMay"), ==, "PC-B");

  /* The conflict resolved on PC-A: a newer version. */
  newer = push_dossier (fixture, "H56.01-270104-0001", 4, "PC-A");
  mc_test_assert_item (newer, 0, 0);
  g_assert_cmpint (mc_test_portal_get_version (fixture->portal, "H56.01-270104-0001"), ==, 4);
}

static void
test_push_older_from_same_machine (Fixture       *fixture,
                                   gconstpointer  data)
{
  g_autoptr(JsonObject) stored = NULL;
  g_autoptr(JsonObject) theirs = NULL;
  g_autoptr(McTestReply) v3 = NULL;
  g_autoptr(McTestReply) v2 = NULL;
  g_autoptr(McTestReply) v4 = NULL;
  g_autoptr(McTestReply) v3_again = NULL;

  mc_test_sign_in (fixture);
  v3 = push_dossier (fixture, "H56.01-270104-0001", 3, "PC-A");
  mc_test_assert_item (v3, 0, 0);
  stored = mc_test_copy_object (mc_test_portal_lookup_dossier (fixture->portal,
                                                               "H56.01-270104-0001"));

  /* A late retry of version 2, which was never stored. */
  v2 = push_dossier (fixture, "H56.01-270104-0001", 2, "PC-A");
  mc_test_assert_item (v2, 0, 0);
  g_assert_cmpint (mc_test_portal_get_version (fixture->portal, "H56.01-270104-0001"), ==, 3);
  g_assert_true (mc_test_objects_equal (
    stored, mc_test_portal_lookup_dossier (fixture->portal, "H56.01-270104-0001")));

  /* Another machine moved on; PC-A's retry of what it stored is still 0. */
  theirs = mc_test_make_dossier ("H56.01-270104-0001", 4, "PC-B");
  mc_test_portal_store_from (fixture->portal, "PC-B", theirs);
  v3_again = push_dossier (fixture, "H56.01-270104-0001", 3, "PC-A");
  mc_test_assert_item (v3_again, 0, 0);
  g_assert_cmpint (mc_test_portal_get_version (fixture->portal, "H56.01-270104-0001"), ==, 4);
  g_assert_cmpuint (mc_test_portal_get_n_stored_twice (fixture->portal), ==, 1);

  v4 = push_dossier (fixture, "H56.01-270104-0001", 4, "PC-A");
  mc_test_assert_item (v4, 0, 409);
}

/* ------------------------------------------------------------------ */
/* CapNhatTienDoHoSoMC                                                */
/* ------------------------------------------------------------------ */

static void
test_steps (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(JsonObject) bad_state = mc_test_make_step ("H56.01-270104-0001", "step-4");
  g_autoptr(JsonObject) bad_time = mc_test_make_step ("H56.01-270104-0001", "step-5");
  g_autoptr(JsonArray) steps = NULL;
  g_autoptr(JsonArray) repeat = NULL;
  g_autoptr(McTestReply) pushed = NULL;
  g_autoptr(McTestReply) reply = NULL;
  g_autoptr(McTestReply) again = NULL;
  const char *message;

  mc_test_sign_in (fixture);
  pushed = push_dossier (fixture, "H56.01-270104-0001", 1, "PC-A");
  mc_test_assert_item (pushed, 0, 0);

  json_object_set_string_member (bad_state, "TrangThai", "11");
  json_object_set_string_member (bad_time, "ThoiDiemXuLy", "04/01/2027");
  steps = mc_test_array_of (mc_test_make_step ("H56.01-270104-0001", "step-1"),
                            mc_test_make_step ("H56.01-270104-0001", "step-2"),
                            mc_test_make_step ("H56.01-270104-0009", "step-3"),
                            json_object_ref (bad_state),
                            json_object_ref (bad_time),
                            NULL);
  reply = mc_test_push (fixture, "CapNhatTienDoHoSoMC", steps);
  mc_test_assert_answer (reply, 200, 0);
  g_assert_cmpuint (json_array_get_length (mc_test_reply_get_array (reply, "results")), ==, 5);
  mc_test_assert_item (reply, 0, 0);
  mc_test_assert_item (reply, 1, 0);
  mc_test_assert_item (reply, 2, 422);
  mc_test_assert_item (reply, 3, 422);
  mc_test_assert_item (reply, 4, 422);
  g_assert_cmpstr (json_object_get_string_member (mc_test_reply_get_item (reply, 1), "BuocId"),
                   ==, "step-2");
  message = json_object_get_string_member (mc_test_reply_get_item (reply, 2), "message");
  g_assert_nonnull (strstr (message, "MaHoSo"));
  message = json_object_get_string_member (mc_test_reply_get_item (reply, 3), "message");
  g_assert_nonnull (strstr (message, "TrangThai"));
  message = json_object_get_string_member (mc_test_reply_get_item (reply, 4), "message");
  g_assert_nonnull (strstr (message, "ThoiDiemXuLy"));

  g_assert_cmpuint (mc_test_portal_get_n_steps (fixture->portal), ==, 2);
  g_assert_cmpuint (mc_test_portal_get_n_steps_for (fixture->portal, "H56.01-270104-0001"), ==, 2);
  g_assert_true (mc_test_portal_has_step (fixture->portal, "step-2"));
  g_assert_false (mc_test_portal_has_step (fixture->portal, "step-3"));

  /* A BuocId already stored is ignored, whatever the step says now. */
  repeat = mc_test_array_of (mc_test_make_step ("H56.01-270104-0009", "step-1"), NULL);
  again = mc_test_push (fixture, "CapNhatTienDoHoSoMC", repeat);
  mc_test_assert_item (again, 0, 0);
  g_assert_cmpuint (mc_test_portal_get_n_steps (fixture->portal), ==, 2);
  g_assert_cmpuint (mc_test_portal_get_n_stored_twice (fixture->portal), ==, 1);
}

static void
test_steps_limit (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(JsonArray) eleven = json_array_new ();
  g_autoptr(McTestReply) pushed = NULL;
  g_autoptr(McTestReply) reply = NULL;

  mc_test_sign_in (fixture);
  pushed = push_dossier (fixture, "H56.01-270104-0001", 1, "PC-A");
  for (guint i = 0; i < 11; i++)
    {
      g_autofree char *id = g_strdup_printf ("step-%u", i);

      json_array_add_object_element (eleven, mc_test_make_step ("H56.01-270104-0001", id));
    }

  reply = mc_test_push (fixture, "CapNhatTienDoHoSoMC", eleven);
  mc_test_assert_answer (reply, 400, 413);
  g_assert_cmpuint (mc_test_portal_get_n_steps (fixture->portal), ==, 0);

  g_clear_pointer (&reply, mc_test_reply_free);
  json_array_remove_element (eleven, 10);
  reply = mc_test_push (fixture, "CapNhatTienDoHoSoMC", eleven);
  mc_test_assert_answer (reply, 200, 0);
  g_assert_cmpuint (mc_test_portal_get_n_steps (fixture->portal), ==, 10);
}

/* ------------------------------------------------------------------ */
/* LayHoSoThayDoi, TraCuuHoSo                                         */
/* ------------------------------------------------------------------ */

static void
add_online_filing (McTestPortal *portal,
                   const char   *mahoso)
{
  g_autoptr(JsonObject) filing = json_object_new ();

  json_object_set_string_member (filing, "MaHoSo", mahoso);
  json_object_set_string_member (filing, "MaTTHC", "1.001193");
  json_object_set_string_member (filing, "ChuHoSo", "Lê Văn Cường");
  json_object_set_string_member (filing, "NgayNopHoSo", "20270104070000");
  mc_test_portal_add_online_filing (portal, filing);
}

static McTestReply *
changes_after (Fixture    *fixture,
               const char *cursor,
               int         limit)
{
  g_autofree char *members = NULL;

  if (limit > 0)
    members = g_strdup_printf ("\"sau\": \"%s\", \"gioihan\": %d", cursor, limit);
  else
    members = g_strdup_printf ("\"sau\": \"%s\"", cursor);

  return mc_test_call (fixture, "LayHoSoThayDoi", members);
}

static char *
page_codes (McTestReply *reply)
{
  JsonArray *data = mc_test_reply_get_array (reply, "data");
  g_autoptr(GString) codes = g_string_new (NULL);

  for (guint i = 0; i < json_array_get_length (data); i++)
    {
      JsonObject *dossier = json_array_get_object_element (data, i);

      g_string_append_printf (codes, "%s%s/%" G_GINT64_FORMAT, i > 0 ? " " : "",
                              json_object_get_string_member (dossier, "MaHoSo"),
                              json_object_get_int_member (dossier, "PhienBan"));
    }

  return g_string_free (g_steal_pointer (&codes), FALSE);
}

static void
test_changes_pages (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(McTestReply) pushed = NULL;
  g_autoptr(McTestReply) accepted = NULL;
  g_autoptr(McTestReply) page1 = NULL;
  g_autoptr(McTestReply) page2 = NULL;
  g_autoptr(McTestReply) page3 = NULL;
  g_autoptr(McTestReply) page4 = NULL;
  g_autoptr(McTestReply) all = NULL;
  g_autofree char *codes1 = NULL;
  g_autofree char *codes2 = NULL;
  g_autofree char *codes3 = NULL;
  g_autofree char *codes_all = NULL;
  JsonObject *filing;

  add_online_filing (fixture->portal, "A");
  add_online_filing (fixture->portal, "B");
  add_online_filing (fixture->portal, "C");
  mc_test_sign_in (fixture);
  pushed = push_dossier (fixture, "D", 1, "PC-A");
  mc_test_assert_item (pushed, 0, 0);
  /* The counter accepts A: the log now has A twice. */
  accepted = push_dossier (fixture, "A", 2, "PC-A");
  mc_test_assert_item (accepted, 0, 0);

  filing = mc_test_portal_lookup_dossier (fixture->portal, "B");
  g_assert_cmpstr (json_object_get_string_member (filing, "TrangThaiHoSo"), ==, "1");
  g_assert_cmpstr (json_object_get_string_member (filing, "KenhThucHien"), ==, "2");
  g_assert_cmpstr (json_object_get_string_member (filing, "MaMay"), ==,
                   MC_TEST_PORTAL_ONLINE_MAMAY);
  g_assert_cmpint (json_object_get_int_member (filing, "PhienBan"), ==, 1);

  page1 = changes_after (fixture, "", 2);
  mc_test_assert_answer (page1, 200, 0);
  codes1 = page_codes (page1);
  g_assert_cmpstr (codes1, ==, "A/2 B/1");
  g_assert_cmpint (mc_test_reply_get_int (page1, "conlai"), ==, 3);

  page2 = changes_after (fixture, mc_test_reply_get_string (page1, "cursor"), 2);
  codes2 = page_codes (page2);
  g_assert_cmpstr (codes2, ==, "C/1 D/1");
  g_assert_cmpint (mc_test_reply_get_int (page2, "conlai"), ==, 1);

  page3 = changes_after (fixture, mc_test_reply_get_string (page2, "cursor"), 2);
  codes3 = page_codes (page3);
  g_assert_cmpstr (codes3, ==, "A/2");
  g_assert_cmpint (mc_test_reply_get_int (page3, "conlai"), ==, 0);

  /* Nothing new: an empty page, and the cursor stays. */
  page4 = changes_after (fixture, mc_test_reply_get_string (page3, "cursor"), 2);
  g_assert_cmpuint (json_array_get_length (mc_test_reply_get_array (page4, "data")), ==, 0);
  g_assert_cmpstr (mc_test_reply_get_string (page4, "cursor"), ==,
                   mc_test_reply_get_string (page3, "cursor"));
  g_assert_cmpint (mc_test_reply_get_int (page4, "conlai"), ==, 0);

  /* One page: each dossier once, in its latest state. */
  all = changes_after (fixture, "", 0);
  codes_all = page_codes (all);
  g_assert_cmpstr (codes_all, ==, "A/2 B/1 C/1 D/1");
}

static void
test_changes_cursor (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(McTestPortal) other = mc_test_portal_new (NULL, NULL, NULL, NULL);
  g_autoptr(McTestReply) first = NULL;
  g_autoptr(McTestReply) later = NULL;
  g_autoptr(McTestReply) garbage = NULL;
  g_autoptr(McTestReply) foreign = NULL;
  g_autoptr(McTestReply) no_cursor = NULL;
  g_autofree char *codes = NULL;

  add_online_filing (fixture->portal, "A");
  mc_test_sign_in (fixture);
  first = changes_after (fixture, "", 0);
  g_assert_cmpuint (json_array_get_length (mc_test_reply_get_array (first, "data")), ==, 1);

  add_online_filing (fixture->portal, "B");
  later = changes_after (fixture, mc_test_reply_get_string (first, "cursor"), 0);
  codes = page_codes (later);
  g_assert_cmpstr (codes, ==, "B/1");

  garbage = changes_after (fixture, "garbage", 0);
  mc_test_assert_answer (garbage, 400, 400);

  /* A cursor from another server (a restarted portal) starts again. */
  foreign = changes_after (fixture, "0badc0de.2", 0);
  mc_test_assert_answer (foreign, 200, 0);
  g_assert_cmpuint (json_array_get_length (mc_test_reply_get_array (foreign, "data")), ==, 2);

  no_cursor = mc_test_call (fixture, "LayHoSoThayDoi", NULL);
  mc_test_assert_answer (no_cursor, 200, 0);
  g_assert_cmpuint (json_array_get_length (mc_test_reply_get_array (no_cursor, "data")), ==, 2);
}

static void
test_changes_limit (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(McTestReply) by_default = NULL;
  g_autoptr(McTestReply) capped = NULL;
  g_autoptr(McTestReply) zero = NULL;
  g_autoptr(McTestReply) text = NULL;
  g_autoptr(McTestReply) bad_after = NULL;

  for (guint i = 0; i < 510; i++)
    {
      g_autofree char *code = g_strdup_printf ("ONL-%04u", i);

      add_online_filing (fixture->portal, code);
    }

  mc_test_sign_in (fixture);
  by_default = changes_after (fixture, "", 0);
  g_assert_cmpuint (json_array_get_length (mc_test_reply_get_array (by_default, "data")), ==, 100);
  g_assert_cmpint (mc_test_reply_get_int (by_default, "conlai"), ==, 410);

  capped = changes_after (fixture, "", 1000);
  g_assert_cmpuint (json_array_get_length (mc_test_reply_get_array (capped, "data")), ==, 500);
  g_assert_cmpint (mc_test_reply_get_int (capped, "conlai"), ==, 10);

  zero = mc_test_call (fixture, "LayHoSoThayDoi", "\"gioihan\": 0");
  mc_test_assert_answer (zero, 400, 400);
  text = mc_test_call (fixture, "LayHoSoThayDoi", "\"gioihan\": \"many\"");
  mc_test_assert_answer (text, 400, 400);
  bad_after = mc_test_call (fixture, "LayHoSoThayDoi", "\"sau\": 12");
  mc_test_assert_answer (bad_after, 400, 400);
}

static void
test_lookup (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(JsonObject) dossier = mc_test_make_dossier ("H56.01-270104-0001", 1, "PC-A");
  g_autoptr(McTestReply) pushed = NULL;
  g_autoptr(McTestReply) found = NULL;
  g_autoptr(McTestReply) unknown = NULL;
  g_autoptr(McTestReply) missing = NULL;

  mc_test_sign_in (fixture);
  pushed = mc_test_push_one (fixture, dossier);

  found = mc_test_call (fixture, "TraCuuHoSo", "\"mahoso\": \"H56.01-270104-0001\"");
  mc_test_assert_answer (found, 200, 0);
  g_assert_true (mc_test_objects_equal (json_object_get_object_member (found->json, "data"),
                                        dossier));

  unknown = mc_test_call (fixture, "TraCuuHoSo", "\"mahoso\": \"H56.01-270104-0002\"");
  mc_test_assert_answer (unknown, 200, 404);
  g_assert_false (json_object_has_member (unknown->json, "data"));

  missing = mc_test_call (fixture, "TraCuuHoSo", NULL);
  mc_test_assert_answer (missing, 400, 400);
}

/* ------------------------------------------------------------------ */
/* Catalogue and calendar                                             */
/* ------------------------------------------------------------------ */

static McTestReply *
list_procedures (Fixture    *fixture,
                 const char *after,
                 int         limit)
{
  g_autofree char *members = g_strdup_printf ("\"sau\": \"%s\", \"gioihan\": %d", after, limit);

  return mc_test_call (fixture, "LayDanhSachTTHC", members);
}

static JsonObject *
find_summary (McTestReply *reply,
              const char  *code)
{
  JsonArray *data = mc_test_reply_get_array (reply, "data");

  for (guint i = 0; i < json_array_get_length (data); i++)
    {
      JsonObject *summary = json_array_get_object_element (data, i);

      if (g_str_equal (json_object_get_string_member (summary, "MaTTHC"), code))
        return summary;
    }

  return NULL;
}

static void
test_catalogue_list (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) codes = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *cursor = g_strdup ("");
  guint n_pages = 0;

  g_assert_true (mc_test_portal_set_catalogue_file (fixture->portal, MC_TEST_PORTAL_CATALOGUE,
                                                    &error));
  g_assert_no_error (error);
  mc_test_sign_in (fixture);

  for (;;)
    {
      g_autoptr(McTestReply) page = list_procedures (fixture, cursor, 25);
      JsonArray *items;

      mc_test_assert_answer (page, 200, 0);
      items = mc_test_reply_get_array (page, "data");
      for (guint i = 0; i < json_array_get_length (items); i++)
        {
          JsonObject *summary = json_array_get_object_element (items, i);

          g_assert_cmpint (json_object_get_int_member (summary, "PhienBan"), ==, 1);
          g_assert_cmpint (json_object_get_int_member (summary, "TrangThai"), ==, 1);
          g_ptr_array_add (codes, g_strdup (json_object_get_string_member (summary, "MaTTHC")));
        }

      g_free (cursor);
      cursor = g_strdup (mc_test_reply_get_string (page, "cursor"));
      n_pages++;
      if (mc_test_reply_get_int (page, "conlai") == 0)
        break;
      g_assert_cmpuint (json_array_get_length (items), ==, 25);
    }

  /* The 60 procedures of the bundled file, in order, each once. */
  g_assert_cmpuint (n_pages, ==, 3);
  g_assert_cmpuint (codes->len, ==, 60);
  for (guint i = 1; i < codes->len; i++)
    g_assert_cmpint (strcmp (g_ptr_array_index (codes, i - 1), g_ptr_array_index (codes, i)), <, 0);
  g_assert_cmpstr (cursor, ==, g_ptr_array_index (codes, codes->len - 1));
}

static void
test_catalogue_procedure (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) decision = json_from_string (
    "{\"SOQUYETDINH\": \"1/QĐ-UBND\", \"NGAYHIEULUC\": \"20270101\"}", NULL);
  g_autoptr(JsonObject) changed = NULL;
  g_autoptr(McTestReply) known = NULL;
  g_autoptr(McTestReply) unknown = NULL;
  g_autoptr(McTestReply) after = NULL;
  g_autoptr(McTestReply) reloaded = NULL;
  JsonArray *result;

  g_assert_true (mc_test_portal_set_catalogue_file (fixture->portal, MC_TEST_PORTAL_CATALOGUE,
                                                    &error));
  mc_test_sign_in (fixture);

  known = mc_test_call (fixture, "LayThuTuc", "\"maTTHC\": \"1.001193\"");
  mc_test_assert_answer (known, 200, 0);
  result = mc_test_reply_get_array (known, "result");
  g_assert_cmpuint (json_array_get_length (result), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (result, 0),
                                                  "TENTTHC"), ==, "Đăng ký khai sinh");
  g_assert_true (json_object_has_member (json_array_get_object_element (result, 0),
                                         "CACHTHUCTHUCHIEN"));

  unknown = mc_test_call (fixture, "LayThuTuc", "\"maTTHC\": \"9.999999\"");
  mc_test_assert_answer (unknown, 200, 404);
  g_assert_cmpuint (json_array_get_length (mc_test_reply_get_array (unknown, "result")), ==, 0);

  /* A new publication decision is a new version of the procedure. */
  changed = mc_test_copy_object (json_array_get_object_element (result, 0));
  json_object_set_object_member (changed, "QUYETDINHCONGBO", json_node_dup_object (decision));
  mc_test_portal_add_procedure (fixture->portal, changed);
  after = list_procedures (fixture, "", 500);
  g_assert_cmpint (json_object_get_int_member (find_summary (after, "1.001193"), "PhienBan"),
                   ==, 2);
  g_assert_cmpint (json_object_get_int_member (find_summary (after, "1.000894"), "PhienBan"),
                   ==, 1);

  g_clear_pointer (&known, mc_test_reply_free);
  known = mc_test_call (fixture, "LayThuTuc", "\"maTTHC\": \"1.001193\"");
  g_assert_cmpuint (json_array_get_length (mc_test_reply_get_array (known, "result")), ==, 2);

  /* The file again: back to one version, and a PhienBan that moved on. */
  g_assert_true (mc_test_portal_set_catalogue_file (fixture->portal, MC_TEST_PORTAL_CATALOGUE,
                                                    &error));
  reloaded = list_procedures (fixture, "", 500);
  g_assert_cmpint (json_object_get_int_member (find_summary (reloaded, "1.001193"), "PhienBan"),
                   ==, 3);
  g_assert_cmpint (json_object_get_int_member (find_summary (reloaded, "1.000894"), "PhienBan"),
                   ==, 1);

  g_assert_false (mc_test_portal_set_catalogue_file (fixture->portal, "/nonexistent.json",
                                                     &error));
  g_assert_nonnull (error);
}

static void
test_calendar (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(JsonNode) days = json_from_string (
    "[{\"Ngay\": \"20280101\", \"Loai\": \"nghi\", \"GhiChu\": \"Tết Dương lịch\"}]", NULL);
  g_autoptr(McTestReply) y2027 = NULL;
  g_autoptr(McTestReply) y2028 = NULL;
  g_autoptr(McTestReply) y2030 = NULL;
  g_autoptr(McTestReply) bad = NULL;
  g_autoptr(GHashTable) kinds = g_hash_table_new (g_str_hash, g_str_equal);
  JsonArray *list;

  mc_test_sign_in (fixture);
  y2027 = mc_test_call (fixture, "LayLichNghi", "\"nam\": \"2027\"");
  mc_test_assert_answer (y2027, 200, 0);
  list = mc_test_reply_get_array (y2027, "data");
  g_assert_cmpuint (json_array_get_length (list), >, 5);
  for (guint i = 0; i < json_array_get_length (list); i++)
    {
      JsonObject *day = json_array_get_object_element (list, i);

      g_assert_cmpuint (strlen (json_object_get_string_member (day, "Ngay")), ==, 8);
      g_assert_true (g_str_has_prefix (json_object_get_string_member (day, "Ngay"), "2027"));
      g_assert_true (json_object_has_member (day, "GhiChu"));
      g_hash_table_add (kinds, (gpointer) json_object_get_string_member (day, "Loai"));
    }
  g_assert_true (g_hash_table_contains (kinds, "nghi"));
  g_assert_true (g_hash_table_contains (kinds, "lambu"));
  g_assert_cmpuint (g_hash_table_size (kinds), ==, 2);

  mc_test_portal_set_calendar (fixture->portal, 2028, json_node_get_array (days));
  y2028 = mc_test_call (fixture, "LayLichNghi", "\"nam\": 2028");
  list = mc_test_reply_get_array (y2028, "data");
  g_assert_cmpuint (json_array_get_length (list), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (list, 0), "Ngay"),
                   ==, "20280101");

  y2030 = mc_test_call (fixture, "LayLichNghi", "\"nam\": 2030");
  g_assert_cmpuint (json_array_get_length (mc_test_reply_get_array (y2030, "data")), ==, 0);

  bad = mc_test_call (fixture, "LayLichNghi", "\"nam\": \"next year\"");
  mc_test_assert_answer (bad, 400, 400);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/portal/" path, Fixture, NULL, setup, func, teardown)

  ADD ("auth/ok", test_auth_ok);
  ADD ("auth/refused", test_auth_refused);
  ADD ("session/required", test_session_required);
  ADD ("session/expiry", test_session_expiry);
  ADD ("envelope/refusals", test_envelope_refusals);
  ADD ("envelope/http", test_http_refusals);
  ADD ("push/stores", test_push_stores);
  ADD ("push/idempotent", test_push_idempotent);
  ADD ("push/limit", test_push_limit);
  ADD ("push/invalid", test_push_invalid);
  ADD ("push/not-an-object", test_push_not_an_object);
  ADD ("push/conflict", test_push_conflict);
  ADD ("push/older-from-same-machine", test_push_older_from_same_machine);
  ADD ("steps/store", test_steps);
  ADD ("steps/limit", test_steps_limit);
  ADD ("changes/pages", test_changes_pages);
  ADD ("changes/cursor", test_changes_cursor);
  ADD ("changes/limit", test_changes_limit);
  ADD ("lookup", test_lookup);
  ADD ("catalogue/list", test_catalogue_list);
  ADD ("catalogue/procedure", test_catalogue_procedure);
  ADD ("calendar", test_calendar);

#undef ADD

  return g_test_run ();
}
