/* test-test-portal-faults.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "mc-test-portal-client.h"

/* The faults the sync tests inject, and the network going down and up. */

typedef McTestPortalFixture Fixture;

static void
setup (Fixture       *fixture,
       gconstpointer  data)
{
  mc_test_portal_fixture_setup (fixture, data);
  mc_test_sign_in (fixture);
}

static void
teardown (Fixture       *fixture,
          gconstpointer  data)
{
  mc_test_portal_fixture_teardown (fixture, data);
}

static McTestReply *
push_dossier (Fixture    *fixture,
              const char *mahoso,
              gint64      version)
{
  g_autoptr(JsonObject) dossier = mc_test_make_dossier (mahoso, version, "PC-A");

  return mc_test_push_one (fixture, dossier);
}

static McTestReply *
push_two (Fixture    *fixture,
          const char *first,
          const char *second)
{
  g_autoptr(JsonArray) items = mc_test_array_of (mc_test_make_dossier (first, 1, "PC-A"),
                                                 mc_test_make_dossier (second, 1, "PC-A"),
                                                 NULL);

  return mc_test_push (fixture, "DongBoHoSoMC", items);
}

static McTestReply *
calendar (Fixture *fixture)
{
  return mc_test_call (fixture, "LayLichNghi", "\"nam\": 2027");
}

/* ------------------------------------------------------------------ */
/* Each fault                                                         */
/* ------------------------------------------------------------------ */

static void
test_http_500 (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(McTestReply) failed = NULL;
  g_autoptr(McTestReply) retried = NULL;

  mc_test_portal_queue_fault (fixture->portal, "DongBoHoSoMC", MC_TEST_PORTAL_FAULT_HTTP_500);
  failed = push_dossier (fixture, "H-1", 1);
  g_assert_no_error (failed->error);
  g_assert_cmpuint (failed->status, ==, 500);
  g_assert_cmpstr (failed->content_type, ==, "application/json; charset=utf-8");
  g_assert_cmpint (mc_test_portal_get_version (fixture->portal, "H-1"), ==, -1);

  retried = push_dossier (fixture, "H-1", 1);
  mc_test_assert_item (retried, 0, 0);
  g_assert_cmpuint (mc_test_portal_get_n_stored_twice (fixture->portal), ==, 0);
  g_assert_cmpuint (mc_test_portal_get_n_faults (fixture->portal), ==, 1);
  g_assert_cmpuint (mc_test_portal_get_n_calls (fixture->portal, "DongBoHoSoMC"), ==, 2);
}

static void
test_too_many_requests (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(McTestReply) failed = NULL;
  g_autoptr(McTestReply) fine = NULL;

  mc_test_portal_queue_fault (fixture->portal, NULL, MC_TEST_PORTAL_FAULT_TOO_MANY_REQUESTS);
  failed = calendar (fixture);
  g_assert_cmpuint (failed->status, ==, 429);
  g_assert_cmpstr (failed->retry_after, ==, "1");

  fine = calendar (fixture);
  mc_test_assert_answer (fine, 200, 0);
}

static void
test_timeout (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(McTestReply) failed = NULL;
  g_autoptr(McTestReply) retried = NULL;

  mc_test_portal_set_timeout_delay (fixture->portal, 300);
  mc_test_portal_queue_fault (fixture->portal, "DongBoHoSoMC", MC_TEST_PORTAL_FAULT_TIMEOUT);
  failed = push_dossier (fixture, "H-1", 1);
  g_assert_nonnull (failed->error);
  g_test_message ("timeout: %s after %" G_GINT64_FORMAT " ms", failed->error->message,
                  failed->elapsed_ms);
  g_assert_cmpint (failed->elapsed_ms, >=, 290);
  g_assert_cmpint (failed->elapsed_ms, <, 3000);
  g_assert_cmpint (mc_test_portal_get_version (fixture->portal, "H-1"), ==, -1);

  retried = push_dossier (fixture, "H-1", 1);
  mc_test_assert_item (retried, 0, 0);
}

/* The default delay outlasts a client that gives up first. */
static void
test_timeout_client_gives_up (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(SoupSession) impatient = soup_session_new_with_options ("timeout", 1, NULL);
  g_autofree char *uri = g_strconcat (fixture->base, "/service", NULL);
  g_autofree char *body = NULL;
  g_autoptr(McTestReply) failed = NULL;
  g_autoptr(McTestReply) fine = NULL;

  mc_test_portal_queue_fault (fixture->portal, NULL, MC_TEST_PORTAL_FAULT_TIMEOUT);
  body = g_strdup_printf ("{\"session\": \"%s\", \"madonvi\": \"%s\", "
                          "\"service\": \"LayLichNghi\", \"nam\": 2027}",
                          fixture->token, MC_TEST_PORTAL_DEFAULT_MADONVI);
  failed = mc_test_post (impatient, uri, NULL, body);
  g_assert_error (failed->error, G_IO_ERROR, G_IO_ERROR_TIMED_OUT);
  g_assert_cmpint (failed->elapsed_ms, <, 2900);

  /* The portal still serves while that message waits to be closed. */
  fine = calendar (fixture);
  mc_test_assert_answer (fine, 200, 0);
}

static void
test_session_expired (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(McTestReply) expired = NULL;
  g_autoptr(McTestReply) still = NULL;
  g_autoptr(McTestReply) renewed = NULL;

  /* Auth cannot get this fault: the queued one waits for a service. */
  mc_test_portal_queue_fault (fixture->portal, NULL, MC_TEST_PORTAL_FAULT_SESSION_EXPIRED);
  mc_test_sign_in (fixture);

  expired = calendar (fixture);
  mc_test_assert_answer (expired, 401, 440);
  still = calendar (fixture);
  mc_test_assert_answer (still, 401, 440);

  mc_test_sign_in (fixture);
  renewed = calendar (fixture);
  mc_test_assert_answer (renewed, 200, 0);
}

static void
test_drop_after_store (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(McTestReply) dropped = NULL;
  g_autoptr(McTestReply) retried = NULL;
  g_autoptr(McTestReply) dropped_step = NULL;
  g_autoptr(McTestReply) retried_step = NULL;
  g_autoptr(JsonArray) steps = mc_test_array_of (mc_test_make_step ("H-1", "s-1"), NULL);

  mc_test_portal_queue_fault (fixture->portal, "DongBoHoSoMC",
                              MC_TEST_PORTAL_FAULT_DROP_AFTER_STORE);
  dropped = push_dossier (fixture, "H-1", 1);
  g_assert_nonnull (dropped->error);
  g_test_message ("dropped: %s", dropped->error->message);
  g_assert_cmpint (mc_test_portal_get_version (fixture->portal, "H-1"), ==, 1);

  /* The client cannot know: it sends again, and that is fine. */
  retried = push_dossier (fixture, "H-1", 1);
  mc_test_assert_item (retried, 0, 0);
  g_assert_cmpuint (mc_test_portal_get_n_stored_twice (fixture->portal), ==, 1);

  mc_test_portal_queue_fault (fixture->portal, "CapNhatTienDoHoSoMC",
                              MC_TEST_PORTAL_FAULT_DROP_AFTER_STORE);
  dropped_step = mc_test_push (fixture, "CapNhatTienDoHoSoMC", steps);
  g_assert_nonnull (dropped_step->error);
  g_assert_true (mc_test_portal_has_step (fixture->portal, "s-1"));
  retried_step = mc_test_push (fixture, "CapNhatTienDoHoSoMC", steps);
  mc_test_assert_item (retried_step, 0, 0);
  g_assert_cmpuint (mc_test_portal_get_n_steps (fixture->portal), ==, 1);
  g_assert_cmpuint (mc_test_portal_get_n_stored_twice (fixture->portal), ==, 2);
}

static void
test_malformed_json (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(McTestReply) broken = NULL;
  gsize length;

  mc_test_portal_queue_fault (fixture->portal, NULL, MC_TEST_PORTAL_FAULT_MALFORMED_JSON);
  broken = push_dossier (fixture, "H-1", 1);
  g_assert_no_error (broken->error);
  g_assert_cmpuint (broken->status, ==, 200);
  g_assert_null (broken->json);
  g_bytes_get_data (broken->body, &length);
  g_assert_cmpuint (length, >, 10);
  g_assert_cmpint (mc_test_portal_get_version (fixture->portal, "H-1"), ==, 1);
}

static void
test_item_422 (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(McTestReply) reply = NULL;
  g_autoptr(McTestReply) steps_reply = NULL;
  g_autoptr(JsonArray) steps = mc_test_array_of (mc_test_make_step ("H-2", "s-1"),
                                                 mc_test_make_step ("H-2", "s-2"), NULL);

  mc_test_portal_queue_fault (fixture->portal, "DongBoHoSoMC", MC_TEST_PORTAL_FAULT_ITEM_422);
  reply = push_two (fixture, "H-1", "H-2");
  mc_test_assert_answer (reply, 200, 0);
  mc_test_assert_item (reply, 0, 422);
  mc_test_assert_item (reply, 1, 0);
  g_assert_cmpint (mc_test_portal_get_version (fixture->portal, "H-1"), ==, -1);
  g_assert_cmpint (mc_test_portal_get_version (fixture->portal, "H-2"), ==, 1);

  mc_test_portal_queue_fault (fixture->portal, NULL, MC_TEST_PORTAL_FAULT_ITEM_422);
  steps_reply = mc_test_push (fixture, "CapNhatTienDoHoSoMC", steps);
  mc_test_assert_item (steps_reply, 0, 422);
  mc_test_assert_item (steps_reply, 1, 0);
  g_assert_false (mc_test_portal_has_step (fixture->portal, "s-1"));
  g_assert_true (mc_test_portal_has_step (fixture->portal, "s-2"));
}

static void
test_item_409 (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(McTestReply) stored = NULL;
  g_autoptr(McTestReply) reply = NULL;
  g_autoptr(McTestReply) fresh = NULL;
  g_autoptr(JsonObject) sent = mc_test_make_dossier ("H-3", 1, "PC-A");
  JsonObject *result;

  stored = push_dossier (fixture, "H-1", 1);
  mc_test_portal_queue_fault (fixture->portal, NULL, MC_TEST_PORTAL_FAULT_ITEM_409);
  reply = push_two (fixture, "H-1", "H-2");
  mc_test_assert_item (reply, 0, 409);
  mc_test_assert_item (reply, 1, 0);
  result = mc_test_reply_get_item (reply, 0);
  g_assert_true (mc_test_objects_equal (json_object_get_object_member (result, "portal"),
                                        mc_test_portal_lookup_dossier (fixture->portal, "H-1")));

  /* Nothing stored yet: "portal" is the item itself. */
  mc_test_portal_queue_fault (fixture->portal, "DongBoHoSoMC", MC_TEST_PORTAL_FAULT_ITEM_409);
  fresh = mc_test_push_one (fixture, sent);
  mc_test_assert_item (fresh, 0, 409);
  result = mc_test_reply_get_item (fresh, 0);
  g_assert_true (mc_test_objects_equal (json_object_get_object_member (result, "portal"), sent));
  g_assert_cmpint (mc_test_portal_get_version (fixture->portal, "H-3"), ==, -1);
}

/* ------------------------------------------------------------------ */
/* Queue and random faults                                            */
/* ------------------------------------------------------------------ */

static void
test_queue_order (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(McTestReply) first = NULL;
  g_autoptr(McTestReply) second = NULL;
  g_autoptr(McTestReply) third = NULL;
  g_autoptr(McTestReply) not_a_push = NULL;
  g_autoptr(McTestReply) push = NULL;

  mc_test_portal_queue_fault (fixture->portal, "TraCuuHoSo", MC_TEST_PORTAL_FAULT_HTTP_500);
  mc_test_portal_queue_fault (fixture->portal, NULL, MC_TEST_PORTAL_FAULT_TOO_MANY_REQUESTS);
  mc_test_portal_queue_fault (fixture->portal, NULL, MC_TEST_PORTAL_FAULT_ITEM_422);

  /* The first fault is for another service: the second one matches. */
  first = calendar (fixture);
  g_assert_cmpuint (first->status, ==, 429);
  second = mc_test_call (fixture, "TraCuuHoSo", "\"mahoso\": \"H-1\"");
  g_assert_cmpuint (second->status, ==, 500);
  third = mc_test_call (fixture, "TraCuuHoSo", "\"mahoso\": \"H-1\"");
  mc_test_assert_answer (third, 200, 404);

  /* An item fault waits for a push with items. */
  not_a_push = calendar (fixture);
  mc_test_assert_answer (not_a_push, 200, 0);
  push = push_dossier (fixture, "H-1", 1);
  mc_test_assert_item (push, 0, 422);
  g_assert_cmpuint (mc_test_portal_get_n_faults (fixture->portal), ==, 3);
}

static void
test_auth_faults (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(McTestReply) failed = NULL;
  g_autoptr(McTestReply) broken = NULL;
  g_autoptr(McTestReply) dropped = NULL;
  g_autoptr(McTestReply) slow = NULL;
  g_autoptr(McTestReply) fine = NULL;

  mc_test_portal_set_timeout_delay (fixture->portal, 100);
  mc_test_portal_queue_fault (fixture->portal, MC_TEST_PORTAL_AUTH, MC_TEST_PORTAL_FAULT_HTTP_500);
  mc_test_portal_queue_fault (fixture->portal, MC_TEST_PORTAL_AUTH,
                              MC_TEST_PORTAL_FAULT_MALFORMED_JSON);
  mc_test_portal_queue_fault (fixture->portal, MC_TEST_PORTAL_AUTH,
                              MC_TEST_PORTAL_FAULT_DROP_AFTER_STORE);
  mc_test_portal_queue_fault (fixture->portal, MC_TEST_PORTAL_AUTH, MC_TEST_PORTAL_FAULT_TIMEOUT);

  failed = mc_test_auth (fixture);
  g_assert_cmpuint (failed->status, ==, 500);
  broken = mc_test_auth (fixture);
  g_assert_cmpuint (broken->status, ==, 200);
  g_assert_null (broken->json);
  dropped = mc_test_auth (fixture);
  g_assert_nonnull (dropped->error);
  slow = mc_test_auth (fixture);
  g_assert_nonnull (slow->error);
  g_assert_cmpint (slow->elapsed_ms, >=, 90);

  fine = mc_test_auth (fixture);
  mc_test_assert_answer (fine, 200, 0);
  g_assert_cmpuint (mc_test_portal_get_n_calls (fixture->portal, MC_TEST_PORTAL_AUTH), ==, 6);
}

/* A fingerprint of one call's outcome. */
static void
describe (GString     *run,
          McTestReply *reply)
{
  if (reply->error != NULL)
    g_string_append (run, "E ");
  else if (reply->json == NULL)
    g_string_append_printf (run, "%u:broken ", reply->status);
  else if (json_object_has_member (reply->json, "results"))
    g_string_append_printf (run, "%u:%" G_GINT64_FORMAT " ", reply->status,
                            json_object_get_int_member (mc_test_reply_get_item (reply, 0),
                                                        "error_code"));
  else
    g_string_append_printf (run, "%u ", reply->status);
}

static char *
run_with_seed (guint32 seed)
{
  McTestPortalFixture fixture = { 0 };
  static const McTestPortalFault faults[] = {
    MC_TEST_PORTAL_FAULT_HTTP_500,
    MC_TEST_PORTAL_FAULT_TOO_MANY_REQUESTS,
    MC_TEST_PORTAL_FAULT_MALFORMED_JSON,
    MC_TEST_PORTAL_FAULT_ITEM_422,
    MC_TEST_PORTAL_FAULT_ITEM_409,
  };
  g_autoptr(GString) run = g_string_new (NULL);

  mc_test_portal_fixture_setup (&fixture, NULL);
  mc_test_sign_in (&fixture);
  mc_test_portal_set_random_faults (fixture.portal, faults, G_N_ELEMENTS (faults));
  mc_test_portal_set_fault_rate (fixture.portal, 0.5, seed);

  for (guint i = 0; i < 40; i++)
    {
      g_autofree char *code = g_strdup_printf ("H-%u", i);
      g_autoptr(McTestReply) reply = NULL;

      reply = i % 2 == 0 ? push_dossier (&fixture, code, 1) : calendar (&fixture);
      describe (run, reply);
    }

  g_test_message ("seed %u: %s", seed, run->str);
  g_assert_cmpuint (mc_test_portal_get_n_faults (fixture.portal), >, 5);
  g_assert_cmpuint (mc_test_portal_get_n_faults (fixture.portal), <, 35);
  mc_test_portal_fixture_teardown (&fixture, NULL);

  return g_string_free (g_steal_pointer (&run), FALSE);
}

static void
test_random_reproducible (void)
{
  g_autofree char *first = run_with_seed (42);
  g_autofree char *again = run_with_seed (42);
  g_autofree char *other = run_with_seed (43);

  g_assert_cmpstr (first, ==, again);
  g_assert_cmpstr (first, !=, other);
}

static void
test_random_rate (Fixture       *fixture,
                  gconstpointer  data)
{
  static const McTestPortalFault faults[] = { MC_TEST_PORTAL_FAULT_HTTP_500 };
  guint n_failed = 0;

  mc_test_portal_set_random_faults (fixture->portal, faults, G_N_ELEMENTS (faults));
  mc_test_portal_set_fault_rate (fixture->portal, 0.3, 1);
  for (guint i = 0; i < 200; i++)
    {
      g_autoptr(McTestReply) reply = calendar (fixture);

      if (reply->status == 500)
        n_failed++;
      else
        mc_test_assert_answer (reply, 200, 0);
    }

  g_test_message ("%u of 200 calls failed", n_failed);
  g_assert_cmpuint (n_failed, ==, mc_test_portal_get_n_faults (fixture->portal));
  g_assert_cmpuint (n_failed, >=, 30);
  g_assert_cmpuint (n_failed, <=, 90);
}

/* Every fault allowed, every call faulted: auth only gets its four. */
static void
test_random_auth (Fixture       *fixture,
                  gconstpointer  data)
{
  guint seen[MC_TEST_PORTAL_N_FAULTS] = { 0 };

  mc_test_portal_set_timeout_delay (fixture->portal, 20);
  mc_test_portal_set_fault_rate (fixture->portal, 1.0, 7);
  for (guint i = 0; i < 40; i++)
    {
      g_autoptr(McTestReply) reply = mc_test_auth (fixture);

      if (reply->error != NULL)
        seen[MC_TEST_PORTAL_FAULT_TIMEOUT]++;
      else if (reply->status == 500)
        seen[MC_TEST_PORTAL_FAULT_HTTP_500]++;
      else if (reply->status == 429)
        seen[MC_TEST_PORTAL_FAULT_TOO_MANY_REQUESTS]++;
      else if (reply->status == 200 && reply->json == NULL)
        seen[MC_TEST_PORTAL_FAULT_MALFORMED_JSON]++;
      else
        g_assert_not_reached ();
    }

  g_assert_cmpuint (seen[MC_TEST_PORTAL_FAULT_TIMEOUT], >, 0);
  g_assert_cmpuint (seen[MC_TEST_PORTAL_FAULT_HTTP_500], >, 0);
  g_assert_cmpuint (seen[MC_TEST_PORTAL_FAULT_TOO_MANY_REQUESTS], >, 0);
  g_assert_cmpuint (seen[MC_TEST_PORTAL_FAULT_MALFORMED_JSON], >, 0);
}

/* Every fault allowed: a service call can get any of them. */
static void
test_random_service (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GHashTable) outcomes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  mc_test_portal_set_timeout_delay (fixture->portal, 20);
  mc_test_portal_set_fault_rate (fixture->portal, 1.0, 11);
  for (guint i = 0; i < 80; i++)
    {
      g_autofree char *code = g_strdup_printf ("H-%u", i);
      g_autoptr(McTestReply) reply = push_dossier (fixture, code, 1);
      g_autoptr(GString) outcome = g_string_new (NULL);

      describe (outcome, reply);
      g_hash_table_add (outcomes, g_string_free (g_steal_pointer (&outcome), FALSE));
      /* Auth would get a fault too: sign in without. */
      if (reply->status == 401)
        {
          mc_test_portal_clear_faults (fixture->portal);
          mc_test_sign_in (fixture);
          mc_test_portal_set_fault_rate (fixture->portal, 1.0, 11 + i);
        }
    }

  /* Refused, 429, error, broken, 401, 422 and 409: E covers the timeout
   * and the dropped answer. */
  g_assert_true (g_hash_table_contains (outcomes, "500 "));
  g_assert_true (g_hash_table_contains (outcomes, "429 "));
  g_assert_true (g_hash_table_contains (outcomes, "E "));
  g_assert_true (g_hash_table_contains (outcomes, "200:broken "));
  g_assert_true (g_hash_table_contains (outcomes, "401 "));
  g_assert_true (g_hash_table_contains (outcomes, "200:422 "));
  g_assert_true (g_hash_table_contains (outcomes, "200:409 "));
  g_assert_cmpuint (mc_test_portal_get_n_faults (fixture->portal), ==, 80);
}

/* ------------------------------------------------------------------ */
/* The network down and up                                            */
/* ------------------------------------------------------------------ */

static void
test_stop_listen (Fixture       *fixture,
                  gconstpointer  data)
{
  guint port = mc_test_portal_get_port (fixture->portal);
  g_autoptr(McTestReply) stored = push_dossier (fixture, "H-1", 1);
  g_autoptr(GError) error = NULL;

  mc_test_assert_item (stored, 0, 0);
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(McTestReply) refused = NULL;
      g_autoptr(McTestReply) back = NULL;
      g_autofree char *uri = NULL;

      mc_test_portal_stop (fixture->portal);
      g_assert_false (mc_test_portal_is_listening (fixture->portal));
      refused = calendar (fixture);
      g_assert_error (refused->error, G_IO_ERROR, G_IO_ERROR_CONNECTION_REFUSED);

      uri = mc_test_portal_listen (fixture->portal, port, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (uri, ==, fixture->base);

      /* Same session, same data: only the network went away. */
      back = push_dossier (fixture, "H-1", 1);
      mc_test_assert_item (back, 0, 0);
    }

  g_assert_cmpuint (mc_test_portal_get_n_stored_twice (fixture->portal), ==, 3);
  g_assert_null (mc_test_portal_listen (fixture->portal, port == 65535 ? 1 : port + 1, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS);
}

static void
sent_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  GError **error = user_data;
  g_autoptr(GBytes) body = NULL;

  body = soup_session_send_and_read_finish (SOUP_SESSION (object), result, error);
  g_assert_null (body);
}

/* A call the portal holds (timeout fault) when the network goes down. */
static void
test_stop_while_waiting (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autofree char *uri = g_strconcat (fixture->base, "/service", NULL);
  g_autofree char *body = NULL;
  g_autoptr(SoupMessage) msg = soup_message_new (SOUP_METHOD_POST, uri);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) listen_error = NULL;
  g_autoptr(McTestReply) back = NULL;
  g_autofree char *again = NULL;
  guint port = mc_test_portal_get_port (fixture->portal);
  gint64 start = g_get_monotonic_time ();

  mc_test_portal_queue_fault (fixture->portal, NULL, MC_TEST_PORTAL_FAULT_TIMEOUT);
  mc_test_portal_set_timeout_delay (fixture->portal, 10000);
  body = g_strdup_printf ("{\"session\": \"%s\", \"madonvi\": \"%s\", "
                          "\"service\": \"LayLichNghi\", \"nam\": 2027}",
                          fixture->token, MC_TEST_PORTAL_DEFAULT_MADONVI);
  bytes = g_bytes_new (body, strlen (body));
  soup_message_set_request_body_from_bytes (msg, "application/json; charset=utf-8", bytes);
  soup_session_send_and_read_async (fixture->session, msg, G_PRIORITY_DEFAULT, NULL, sent_cb,
                                    &error);

  while (mc_test_portal_get_n_calls (fixture->portal, "LayLichNghi") == 0)
    g_main_context_iteration (NULL, TRUE);

  mc_test_portal_stop (fixture->portal);
  while (error == NULL)
    g_main_context_iteration (NULL, TRUE);

  g_test_message ("held call: %s", error->message);
  g_assert_cmpint ((g_get_monotonic_time () - start) / 1000, <, 5000);

  again = mc_test_portal_listen (fixture->portal, port, &listen_error);
  g_assert_no_error (listen_error);
  g_assert_cmpstr (again, ==, fixture->base);
  back = calendar (fixture);
  mc_test_assert_answer (back, 200, 0);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/portal/" path, Fixture, NULL, setup, func, teardown)

  ADD ("fault/http-500", test_http_500);
  ADD ("fault/too-many-requests", test_too_many_requests);
  ADD ("fault/timeout", test_timeout);
  ADD ("fault/timeout-client-gives-up", test_timeout_client_gives_up);
  ADD ("fault/session-expired", test_session_expired);
  ADD ("fault/drop-after-store", test_drop_after_store);
  ADD ("fault/malformed-json", test_malformed_json);
  ADD ("fault/item-422", test_item_422);
  ADD ("fault/item-409", test_item_409);
  ADD ("fault/queue-order", test_queue_order);
  ADD ("fault/auth", test_auth_faults);
  g_test_add_func ("/portal/fault/random-reproducible", test_random_reproducible);
  ADD ("fault/random-rate", test_random_rate);
  ADD ("fault/random-auth", test_random_auth);
  ADD ("fault/random-service", test_random_service);
  ADD ("network/stop-listen", test_stop_listen);
  ADD ("network/stop-while-waiting", test_stop_while_waiting);

#undef ADD

  return g_test_run ();
}
