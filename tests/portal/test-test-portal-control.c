/* test-test-portal-control.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <signal.h>

#include "mc-test-portal-client.h"

/* The control endpoint (POST /_test) and motcua-test-portal, the server
 * as a program, for tests that run the client in another process. */

typedef McTestPortalFixture Fixture;

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

static void
test_control (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(McTestReply) filing = NULL;
  g_autoptr(McTestReply) other = NULL;
  g_autoptr(McTestReply) queued = NULL;
  g_autoptr(McTestReply) faulted = NULL;
  g_autoptr(McTestReply) calendar = NULL;
  g_autoptr(McTestReply) y2029 = NULL;
  g_autoptr(McTestReply) state = NULL;
  g_autoptr(McTestReply) lookup = NULL;
  g_autoptr(McTestReply) unknown = NULL;
  g_autoptr(McTestReply) bad_fault = NULL;
  g_autoptr(McTestReply) not_json = NULL;
  g_autoptr(McTestReply) steps = NULL;
  g_autoptr(JsonArray) step = NULL;
  JsonObject *calls;
  JsonObject *dossiers;
  JsonObject *entry;

  filing = mc_test_control (fixture,
                            "{\"action\": \"online_filing\", "
                            "\"dossier\": {\"MaHoSo\": \"ONL-1\", \"MaTTHC\": \"1.001193\"}}");
  mc_test_assert_answer (filing, 200, 0);
  other = mc_test_control (fixture, "{\"action\": \"store_from\", \"mamay\": \"PC-B\", "
                                    "\"dossier\": {\"MaHoSo\": \"B-1\", \"PhienBan\": 7}}");
  mc_test_assert_answer (other, 200, 0);
  g_assert_cmpint (mc_test_portal_get_version (fixture->portal, "B-1"), ==, 7);

  mc_test_sign_in (fixture);
  step = mc_test_array_of (mc_test_make_step ("B-1", "s-1"), NULL);
  steps = mc_test_push (fixture, "CapNhatTienDoHoSoMC", step);
  mc_test_assert_item (steps, 0, 0);

  queued = mc_test_control (fixture, "{\"action\": \"queue_fault\", \"service\": \"LayLichNghi\", "
                                     "\"fault\": \"http_500\"}");
  mc_test_assert_answer (queued, 200, 0);
  faulted = mc_test_call (fixture, "LayLichNghi", "\"nam\": 2027");
  g_assert_cmpuint (faulted->status, ==, 500);

  calendar = mc_test_control (fixture,
                              "{\"action\": \"calendar\", \"nam\": 2029, \"data\": "
                              "[{\"Ngay\": \"20290101\", \"Loai\": \"nghi\", \"GhiChu\": \"\"}]}");
  mc_test_assert_answer (calendar, 200, 0);
  y2029 = mc_test_call (fixture, "LayLichNghi", "\"nam\": 2029");
  g_assert_cmpuint (json_array_get_length (mc_test_reply_get_array (y2029, "data")), ==, 1);

  state = mc_test_control (fixture, "{\"action\": \"state\"}");
  mc_test_assert_answer (state, 200, 0);
  g_assert_cmpint (mc_test_reply_get_int (state, "n_dossiers"), ==, 2);
  g_assert_cmpint (mc_test_reply_get_int (state, "n_steps"), ==, 1);
  g_assert_cmpint (mc_test_reply_get_int (state, "total_calls"), ==, 4);
  g_assert_cmpint (mc_test_reply_get_int (state, "n_faults"), ==, 1);
  calls = json_object_get_object_member (state->json, "n_calls");
  g_assert_cmpint (json_object_get_int_member (calls, "LayLichNghi"), ==, 2);
  dossiers = json_object_get_object_member (state->json, "dossiers");
  entry = json_object_get_object_member (dossiers, "B-1");
  g_assert_cmpint (json_object_get_int_member (entry, "PhienBan"), ==, 7);
  g_assert_cmpint (json_object_get_int_member (entry, "n_steps"), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (entry, "MaMay"), ==, "PC-B");
  entry = json_object_get_object_member (dossiers, "ONL-1");
  g_assert_cmpstr (json_object_get_string_member (entry, "MaMay"), ==, MC_TEST_PORTAL_ONLINE_MAMAY);

  lookup = mc_test_control (fixture, "{\"action\": \"lookup\", \"mahoso\": \"ONL-1\"}");
  mc_test_assert_answer (lookup, 200, 0);
  entry = json_object_get_object_member (lookup->json, "data");
  g_assert_cmpstr (json_object_get_string_member (entry, "KenhThucHien"), ==, "2");

  unknown = mc_test_control (fixture, "{\"action\": \"reboot\"}");
  mc_test_assert_answer (unknown, 400, 400);
  bad_fault = mc_test_control (fixture, "{\"action\": \"queue_fault\", \"fault\": \"gremlins\"}");
  mc_test_assert_answer (bad_fault, 400, 400);
  not_json = mc_test_control (fixture, "state");
  mc_test_assert_answer (not_json, 400, 400);

  /* The control calls are not the client's. */
  g_assert_cmpuint (mc_test_portal_get_n_calls (fixture->portal, NULL), ==, 4);
}

static void
test_control_settings (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(McTestReply) lifetime = NULL;
  g_autoptr(McTestReply) auth = NULL;
  g_autoptr(McTestReply) expire = NULL;
  g_autoptr(McTestReply) expired = NULL;
  g_autoptr(McTestReply) rate = NULL;
  g_autoptr(McTestReply) faulted = NULL;
  g_autoptr(McTestReply) clear = NULL;
  g_autoptr(McTestReply) fine = NULL;
  g_autoptr(McTestReply) delay = NULL;
  g_autoptr(McTestReply) bad_rate = NULL;

  lifetime = mc_test_control (fixture, "{\"action\": \"session_lifetime\", \"seconds\": 60}");
  mc_test_assert_answer (lifetime, 200, 0);
  auth = mc_test_auth (fixture);
  g_assert_cmpint (mc_test_reply_get_int (auth, "expires_in"), ==, 60);
  fixture->token = g_strdup (mc_test_reply_get_string (auth, "session"));

  expire = mc_test_control (fixture, "{\"action\": \"expire_sessions\"}");
  mc_test_assert_answer (expire, 200, 0);
  expired = mc_test_call (fixture, "LayLichNghi", "\"nam\": 2027");
  mc_test_assert_answer (expired, 401, 440);

  mc_test_sign_in (fixture);
  rate = mc_test_control (fixture, "{\"action\": \"fault_rate\", \"rate\": 1, \"seed\": 3, "
                                   "\"faults\": [\"too_many_requests\"]}");
  mc_test_assert_answer (rate, 200, 0);
  faulted = mc_test_call (fixture, "LayLichNghi", "\"nam\": 2027");
  g_assert_cmpuint (faulted->status, ==, 429);

  clear = mc_test_control (fixture, "{\"action\": \"clear_faults\"}");
  mc_test_assert_answer (clear, 200, 0);
  fine = mc_test_call (fixture, "LayLichNghi", "\"nam\": 2027");
  mc_test_assert_answer (fine, 200, 0);

  delay = mc_test_control (fixture, "{\"action\": \"timeout_delay\", \"ms\": 10}");
  mc_test_assert_answer (delay, 200, 0);
  bad_rate = mc_test_control (fixture, "{\"action\": \"fault_rate\", \"rate\": 2}");
  mc_test_assert_answer (bad_rate, 400, 400);
}

static GSubprocess *
spawn_program (char **uri,
               ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GDataInputStream) out = NULL;
  GSubprocess *process;
  const char *arg;
  va_list args;

  g_ptr_array_add (argv, (gpointer) MOTCUA_TEST_PORTAL);
  va_start (args, uri);
  while ((arg = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  process = g_subprocess_newv ((const char * const *) argv->pdata,
                               G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error);
  g_assert_no_error (error);

  /* The server is another process: reading here blocks nothing it needs. */
  out = g_data_input_stream_new (g_subprocess_get_stdout_pipe (process));
  *uri = g_data_input_stream_read_line_utf8 (out, NULL, NULL, &error);
  g_assert_no_error (error);

  return process;
}

static void
test_program (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(McTestReply) auth = NULL;
  g_autoptr(McTestReply) procedure = NULL;
  g_autoptr(McTestReply) state = NULL;
  g_autofree char *uri = NULL;
  g_autofree char *auth_uri = NULL;
  g_autofree char *service_uri = NULL;
  g_autofree char *control_uri = NULL;
  g_autofree char *body = NULL;

  process = spawn_program (&uri, "--user", "u1", "--password", "p1", "--dstcode", "D1",
                           "--madonvi", "M1", NULL);
  g_assert_nonnull (uri);
  g_assert_true (g_str_has_prefix (uri, "http://127.0.0.1:"));

  auth_uri = g_strconcat (uri, "/auth", NULL);
  auth = mc_test_post (fixture->session, auth_uri, "D1",
                       "{\"username\": \"u1\", \"password\": \"p1\"}");
  mc_test_assert_answer (auth, 200, 0);

  /* The bundled catalogue is served by default. */
  service_uri = g_strconcat (uri, "/service", NULL);
  body = g_strdup_printf ("{\"session\": \"%s\", \"madonvi\": \"M1\", \"service\": \"LayThuTuc\", "
                          "\"maTTHC\": \"1.001193\"}", mc_test_reply_get_string (auth, "session"));
  procedure = mc_test_post (fixture->session, service_uri, NULL, body);
  mc_test_assert_answer (procedure, 200, 0);

  control_uri = g_strconcat (uri, "/_test", NULL);
  state = mc_test_post (fixture->session, control_uri, NULL, "{\"action\": \"state\"}");
  mc_test_assert_answer (state, 200, 0);
  g_assert_cmpint (mc_test_reply_get_int (state, "total_calls"), ==, 2);

  g_subprocess_send_signal (process, SIGTERM);
  g_assert_true (g_subprocess_wait (process, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (process));
  g_assert_cmpint (g_subprocess_get_exit_status (process), ==, 0);
}

static void
test_program_defaults (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GSubprocess) refused = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(McTestReply) auth = NULL;
  g_autofree char *uri = NULL;
  g_autofree char *auth_uri = NULL;

  process = spawn_program (&uri, "--fault-rate", "0", "--seed", "4", NULL);
  auth_uri = g_strconcat (uri, "/auth", NULL);
  auth = mc_test_post (fixture->session, auth_uri, MC_TEST_PORTAL_DEFAULT_DSTCODE,
                       "{\"username\": \"" MC_TEST_PORTAL_DEFAULT_USERNAME "\", "
                       "\"password\": \"" MC_TEST_PORTAL_DEFAULT_PASSWORD "\"}");
  mc_test_assert_answer (auth, 200, 0);

  g_subprocess_send_signal (process, SIGINT);
  g_assert_true (g_subprocess_wait (process, NULL, &error));
  g_assert_cmpint (g_subprocess_get_exit_status (process), ==, 0);

  refused = g_subprocess_new (G_SUBPROCESS_FLAGS_STDERR_SILENCE, &error, MOTCUA_TEST_PORTAL,
                              "--fault-rate", "3", NULL);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_wait (refused, NULL, &error));
  g_assert_cmpint (g_subprocess_get_exit_status (refused), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/portal/" path, Fixture, NULL, setup, func, teardown)

  ADD ("control/actions", test_control);
  ADD ("control/settings", test_control_settings);
  ADD ("program/options", test_program);
  ADD ("program/defaults", test_program_defaults);

#undef ADD

  return g_test_run ();
}
