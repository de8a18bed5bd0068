/* test-sync-catalogue.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <libsoup/soup.h>
#include <string.h>

#include "mc-catalogue.h"
#include "mc-procedure-store.h"
#include "mc-sync-catalogue.h"
#include "mc-sync-service.h"
#include "mc-sync-test-util.h"
#include "mc-working-calendar.h"

/* The procedure catalogue pulled from the portal (LayDanhSachTTHC,
 * LayThuTuc): imported as the bundled catalogue is, fetched again only
 * when the portal's version changes, a bounded number per pass, through
 * faults, with invalid procedures skipped; and a portal without the
 * service, which must not fail the dossiers' sync.
 *
 * The test portal answers on this thread's main context; the pulls run
 * blocking, as in the app, on a thread of their own. */

/* The codes of tests/data/catalogue-small.json, in the portal's order. */
static const char * const small_codes[] = {
  "1.000656", "1.000894", "1.001193", "1.001776", "1.004859", "1.004884", "2.000815",
  "2.000884",
};

/* An empty database (no catalogue here: everything comes from the
 * portal), and the test portal with the catalogue of tests/data. */
typedef McSyncTest Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *catalogue = mc_test_data_path ("catalogue-small.json");

  mc_sync_test_setup (fixture, "sync-catalogue", "motcua.db", MC_SYNC_TEST_PORTAL);
  mc_test_portal_set_timeout_delay (fixture->portal, 50);
  g_assert_true (mc_test_portal_set_catalogue_file (fixture->portal, catalogue, &error));
  g_assert_no_error (error);
}

/* A page size and a bound on the fetches, for mc_sync_catalogue_pull(). */
typedef struct
{
  guint page_size;
  guint max_fetches;
} Bounds;

static gboolean
pull_catalogue (McDatabase      *db,
                McPortalClient  *client,
                McSyncReport    *report,
                gpointer         user_data,
                GError         **error)
{
  const Bounds *bounds = user_data;

  return mc_sync_catalogue_pull (db, client, bounds->page_size, bounds->max_fetches, report, NULL,
                                 error);
}

/* One pull, or a whole pass, on its own thread, as the app's. */
static gboolean
run_pass (Fixture       *fixture,
          McSyncReport  *report,
          GError       **error)
{
  return mc_sync_test_run_pass (fixture->db, fixture->url, report, error);
}

static gboolean
run_pull (Fixture       *fixture,
          guint          page_size,
          guint          max_fetches,
          McSyncReport  *report,
          GError       **error)
{
  Bounds bounds = { page_size, max_fetches };

  return mc_sync_test_run (fixture->db, fixture->url, MC_SYNC_TEST_PASSWORD, pull_catalogue,
                           &bounds, report, error);
}

static JsonObject *
parse_object (const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = json_from_string (text, &error);

  g_assert_no_error (error);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (node));
  return json_object_ref (json_node_get_object (node));
}

/* A valid record of @code, in the catalogue's shape. */
static void
portal_changes (Fixture    *fixture,
                const char *code,
                const char *name,
                int         state)
{
  g_autofree char *text = g_strdup_printf (
    "{\"MATTHC\": \"%s\", \"TENTTHC\": \"%s\", \"CAPTHUCHIEN\": \"Cấp Xã\", "
    " \"LINHVUCTHUCHIEN\": [{\"MALINHVUC\": \"HOTICH\", \"TENLINHVUC\": \"Hộ tịch\"}], "
    " \"TRANGTHAI\": %d}", code, name, state);
  g_autoptr(JsonObject) record = parse_object (text);

  mc_test_portal_add_procedure (fixture->portal, record);
}

static gint64
portal_version_here (Fixture    *fixture,
                     const char *code)
{
  g_autofree char *sql = g_strdup_printf ("SELECT coalesce ((SELECT version FROM catalogue_portal "
                                          "WHERE code = '%s'), 0)", code);

  return mc_test_query_int (fixture->db, sql);
}

static gint64
count_versions (Fixture *fixture)
{
  return mc_test_query_int (fixture->db, "SELECT count (*) FROM procedure");
}

static char *
get_cursor (Fixture *fixture)
{
  return mc_test_query_text (fixture->db,
                             "SELECT coalesce ((SELECT value FROM sync_cursor "
                             "WHERE name = 'LayDanhSachTTHC'), '')");
}

static guint
n_fetches (Fixture *fixture)
{
  return mc_test_portal_get_n_calls (fixture->portal, "LayThuTuc");
}

/* The application's own search: McCatalogue on the database worker, a
 * connection other than the sync's. */
static guint
app_search (Fixture    *fixture,
            const char *text)
{
  g_autoptr(McDbWorker) worker = mc_test_open_worker (fixture->path);
  g_autoptr(McCatalogue) catalogue = mc_catalogue_new (worker);
  g_autoptr(GAsyncResult) searched = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;

  mc_catalogue_search_async (catalogue, text, NULL, mc_test_got_result_cb, &searched);
  ids = mc_catalogue_search_finish (catalogue, mc_test_wait_for_result (&searched), &error);
  g_assert_no_error (error);

  return ids->len;
}

/* The first pull imports the portal's catalogue, which the app then
 * finds; the next fetches nothing. */
static void
test_first_pull (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *cursor = NULL;
  McSyncReport report;

  g_assert_cmpuint (app_search (fixture, "khai sinh"), ==, 0);

  g_assert_true (run_pass (fixture, &report, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (report.catalogue_imported, ==, G_N_ELEMENTS (small_codes));
  g_assert_cmpuint (report.catalogue_changed, ==, G_N_ELEMENTS (small_codes));
  g_assert_cmpuint (report.catalogue_invalid, ==, 0);
  g_assert_cmpuint (report.catalogue_deferred, ==, 0);
  g_assert_false (report.catalogue_unsupported);
  g_assert_cmpuint (n_fetches (fixture), ==, G_N_ELEMENTS (small_codes));
  /* Every version of every procedure: 1.004884 has two. */
  g_assert_cmpint (count_versions (fixture), ==, 9);
  for (guint i = 0; i < G_N_ELEMENTS (small_codes); i++)
    g_assert_cmpint (portal_version_here (fixture, small_codes[i]), ==, 1);

  /* "Đăng ký khai sinh" and "Đăng ký lại khai sinh" (both versions). */
  g_assert_cmpuint (app_search (fixture, "khai sinh"), ==, 3);
  g_assert_cmpuint (app_search (fixture, "chung thuc"), ==, 2);

  /* The listing came to its end: the next round starts again. */
  cursor = get_cursor (fixture);
  g_assert_cmpstr (cursor, ==, "");

  /* Nothing changed on the portal: listed again, fetched never. */
  g_assert_true (run_pass (fixture, &report, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (report.catalogue_imported, ==, 0);
  g_assert_cmpuint (n_fetches (fixture), ==, G_N_ELEMENTS (small_codes));
  g_assert_cmpuint (mc_test_portal_get_n_calls (fixture->portal, "LayDanhSachTTHC"), ==, 2);
  g_assert_cmpint (count_versions (fixture), ==, 9);
}

/* A procedure changed on the portal is fetched again, alone; a new one
 * arrives; a repealed one is stored repealed. */
static void
test_changed (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(McProcedure) repealed = NULL;
  McSyncReport report;

  g_assert_true (run_pass (fixture, &report, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_fetches (fixture), ==, 8);

  portal_changes (fixture, "1.001193", "Đăng ký khai sinh có yếu tố mới", 1);
  portal_changes (fixture, "1.004873", "Cấp Giấy xác nhận tình trạng hôn nhân", 1);
  portal_changes (fixture, "2.000884", "Chứng thực chữ ký trong các giấy tờ, văn bản", 0);

  g_assert_true (run_pass (fixture, &report, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (report.catalogue_imported, ==, 3);
  g_assert_cmpuint (report.catalogue_changed, ==, 3);
  /* Only those three were fetched. */
  g_assert_cmpuint (n_fetches (fixture), ==, 11);
  g_assert_cmpint (portal_version_here (fixture, "1.001193"), ==, 2);
  g_assert_cmpint (portal_version_here (fixture, "1.004873"), ==, 1);
  g_assert_cmpint (portal_version_here (fixture, "2.000884"), ==, 2);
  g_assert_cmpint (portal_version_here (fixture, "1.000656"), ==, 1);

  /* The same version was updated in place, not added. */
  g_assert_cmpint (count_versions (fixture), ==, 10);
  g_assert_cmpuint (app_search (fixture, "yeu to moi"), ==, 1);
  g_assert_cmpuint (app_search (fixture, "tinh trang hon nhan"), ==, 1);
  g_assert_cmpint (mc_test_query_int (fixture->db,
                                      "SELECT in_force FROM procedure WHERE code = '2.000884'"),
                   ==, 0);
  repealed = mc_procedure_store_find_in_force (fixture->db, "2.000884", "2026-11-21", &error);
  g_assert_no_error (error);
  g_assert_nonnull (repealed);
  g_assert_false (mc_procedure_get_in_force (repealed));

  g_assert_true (run_pass (fixture, &report, &error));
  g_assert_cmpuint (report.catalogue_imported, ==, 0);
  g_assert_cmpuint (n_fetches (fixture), ==, 11);
}

/* At most so many fetches a pass; the cursor moves past a page only once
 * the page is stored, and the following passes fetch the rest. */
static void
test_bounded (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  McSyncReport report;
  char *cursor;

  /* Pages of 3: the first, then the bound is reached in the second. */
  g_assert_true (run_pull (fixture, 3, 3, &report, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (report.catalogue_imported, ==, 3);
  g_assert_cmpuint (report.catalogue_deferred, ==, 3);
  g_assert_cmpuint (n_fetches (fixture), ==, 3);
  cursor = get_cursor (fixture);
  g_assert_cmpstr (cursor, ==, small_codes[2]);
  g_free (cursor);

  g_assert_true (run_pull (fixture, 3, 3, &report, &error));
  g_assert_cmpuint (report.catalogue_imported, ==, 3);
  g_assert_cmpuint (report.catalogue_deferred, ==, 2);
  cursor = get_cursor (fixture);
  g_assert_cmpstr (cursor, ==, small_codes[5]);
  g_free (cursor);

  g_assert_true (run_pull (fixture, 3, 3, &report, &error));
  g_assert_cmpuint (report.catalogue_imported, ==, 2);
  g_assert_cmpuint (report.catalogue_deferred, ==, 0);
  cursor = get_cursor (fixture);
  g_assert_cmpstr (cursor, ==, "");
  g_free (cursor);

  /* Each procedure fetched once. */
  g_assert_cmpuint (n_fetches (fixture), ==, 8);
  g_assert_cmpint (count_versions (fixture), ==, 9);

  /* A new round finds nothing to fetch. */
  g_assert_true (run_pull (fixture, 3, 3, &report, &error));
  g_assert_cmpuint (report.catalogue_imported + report.catalogue_deferred, ==, 0);
  g_assert_cmpuint (n_fetches (fixture), ==, 8);
}

/* A call fails in the middle of a page: the pull stops there with a
 * transient error, the cursor stays where the stored pages end, and the
 * next pull fetches only what is missing. */
static void
test_fault_mid_page (Fixture       *fixture,
                     gconstpointer  data)
{
  McSyncReport report;
  char *cursor;

  {
    g_autoptr(GError) error = NULL;

    /* Page 1 stored; page 2's first procedure stored, then the bound. */
    g_assert_true (run_pull (fixture, 3, 4, &report, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (report.catalogue_imported, ==, 4);
    cursor = get_cursor (fixture);
    g_assert_cmpstr (cursor, ==, small_codes[2]);
    g_free (cursor);
  }

  {
    g_autoptr(GError) error = NULL;

    /* Page 2 again: its first is known, its second's call fails. */
    mc_test_portal_queue_fault (fixture->portal, "LayThuTuc", MC_TEST_PORTAL_FAULT_HTTP_500);
    g_assert_false (run_pull (fixture, 3, 10, &report, &error));
    g_assert_error (error, MC_PORTAL_ERROR, MC_PORTAL_ERROR_TRANSIENT);
    g_assert_cmpuint (report.catalogue_imported, ==, 0);
    g_assert_cmpint (portal_version_here (fixture, small_codes[4]), ==, 0);
    cursor = get_cursor (fixture);
    g_assert_cmpstr (cursor, ==, small_codes[2]);
    g_free (cursor);
  }

  {
    g_autoptr(GError) error = NULL;

    /* The answer is lost after the portal sent it: the same. */
    mc_test_portal_queue_fault (fixture->portal, "LayThuTuc", MC_TEST_PORTAL_FAULT_MALFORMED_JSON);
    g_assert_false (run_pull (fixture, 3, 10, &report, &error));
    g_assert_error (error, MC_PORTAL_ERROR, MC_PORTAL_ERROR_TRANSIENT);
  }

  {
    g_autoptr(GError) error = NULL;

    /* The listing itself fails: nothing moves. */
    mc_test_portal_queue_fault (fixture->portal, "LayDanhSachTTHC",
                                MC_TEST_PORTAL_FAULT_TOO_MANY_REQUESTS);
    g_assert_false (run_pull (fixture, 3, 10, &report, &error));
    g_assert_error (error, MC_PORTAL_ERROR, MC_PORTAL_ERROR_TRANSIENT);
    cursor = get_cursor (fixture);
    g_assert_cmpstr (cursor, ==, small_codes[2]);
    g_free (cursor);
  }

  {
    g_autoptr(GError) error = NULL;

    g_assert_true (run_pull (fixture, 3, 10, &report, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (report.catalogue_imported, ==, 4);
  }

  /* Eight fetched once each, and the two failed calls. */
  g_assert_cmpuint (n_fetches (fixture), ==, 10);
  g_assert_cmpint (count_versions (fixture), ==, 9);
  g_assert_cmpint (mc_test_query_int (fixture->db,
                                      "SELECT count (*) FROM catalogue_portal WHERE version = 1"),
                   ==, 8);
}

/* A procedure the portal sends invalid is skipped and counted, never
 * blocks the others, never spoils what is stored, and waits for the
 * portal's next version. */
static void
test_invalid (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonObject) broken = parse_object (
    "{\"MATTHC\": \"1.001193\", \"TENTTHC\": \"\", \"LINHVUCTHUCHIEN\": []}");
  g_autoptr(JsonObject) unknown = parse_object (
    "{\"MATTHC\": \"1.009999\", \"TENTTHC\": \"Thủ tục hỏng\", \"TRANGTHAI\": 7}");
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;
  McSyncReport report;

  g_assert_true (run_pass (fixture, &report, &error));
  g_assert_no_error (error);

  /* A stored procedure gets an invalid new version; a new one is invalid
   * from the start. */
  mc_test_portal_add_procedure (fixture->portal, broken);
  mc_test_portal_add_procedure (fixture->portal, unknown);
  portal_changes (fixture, "2.000815", "Chứng thực bản sao (sửa đổi)", 1);

  g_assert_true (run_pass (fixture, &report, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (report.catalogue_invalid, ==, 2);
  g_assert_cmpuint (report.catalogue_imported, ==, 1);
  g_assert_cmpint (portal_version_here (fixture, "2.000815"), ==, 2);
  name = mc_test_query_text (fixture->db, "SELECT name FROM procedure WHERE code = '1.001193'");
  g_assert_cmpstr (name, ==, "Đăng ký khai sinh");
  g_assert_cmpint (portal_version_here (fixture, "1.001193"), ==, 1);
  g_assert_cmpint (mc_test_query_int (fixture->db,
                                      "SELECT count (*) FROM procedure WHERE code = '1.009999'"),
                   ==, 0);
  message = mc_test_query_text (fixture->db,
                                "SELECT message FROM catalogue_portal WHERE code = '1.009999'");
  g_assert_cmpstr (message, !=, "");

  /* Not fetched again while the portal keeps that version. */
  g_assert_true (run_pass (fixture, &report, &error));
  g_assert_cmpuint (report.catalogue_invalid, ==, 0);
  g_assert_cmpuint (n_fetches (fixture), ==, 8 + 3);

  /* The portal mends it: the next version is imported. */
  portal_changes (fixture, "1.001193", "Đăng ký khai sinh (đã sửa)", 1);
  g_assert_true (run_pass (fixture, &report, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (report.catalogue_imported, ==, 1);
  g_assert_cmpint (portal_version_here (fixture, "1.001193"), ==, 3);
  g_clear_pointer (&name, g_free);
  name = mc_test_query_text (fixture->db, "SELECT name FROM procedure WHERE code = '1.001193'");
  g_assert_cmpstr (name, ==, "Đăng ký khai sinh (đã sửa)");
}

/*
 * A portal without the catalogue and calendar services
 */

typedef enum
{
  REFUSE_HTTP_400,
  REFUSE_HTTP_404,
  REFUSE_CODE,
} Refusal;

static void
answer (SoupServerMessage *message,
        guint              status,
        const char        *body)
{
  soup_server_message_set_status (message, status, NULL);
  soup_server_message_set_response (message, "application/json; charset=utf-8", SOUP_MEMORY_COPY,
                                    body, strlen (body));
}

/* Signs in and lists no changed dossier; refuses every other service. */
static void
bare_portal_cb (SoupServer        *server,
                SoupServerMessage *message,
                const char        *path,
                GHashTable        *query,
                gpointer           user_data)
{
  Refusal refusal = GPOINTER_TO_INT (user_data);
  SoupMessageBody *body = soup_server_message_get_request_body (message);
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonNode *root = NULL;
  const char *service = NULL;

  if (g_str_equal (path, "/auth"))
    {
      answer (message, SOUP_STATUS_OK, "{\"error_code\": 0, \"session\": \"s\", \"expires_in\": 3600}");
      return;
    }

  if (json_parser_load_from_data (parser, body->data, body->length, NULL))
    root = json_parser_get_root (parser);
  if (root != NULL && JSON_NODE_HOLDS_OBJECT (root))
    service = json_object_get_string_member_with_default (json_node_get_object (root), "service",
                                                          NULL);
  if (g_strcmp0 (service, "LayHoSoThayDoi") == 0)
    answer (message, SOUP_STATUS_OK,
            "{\"error_code\": 0, \"data\": [], \"cursor\": \"\", \"conlai\": 0}");
  else if (refusal == REFUSE_HTTP_400)
    answer (message, SOUP_STATUS_BAD_REQUEST, "{\"error_code\": 400, \"message\": \"Không có dịch vụ\"}");
  else if (refusal == REFUSE_HTTP_404)
    answer (message, SOUP_STATUS_NOT_FOUND, "{\"error_code\": 404, \"message\": \"Không có\"}");
  else
    answer (message, SOUP_STATUS_OK, "{\"error_code\": 12, \"message\": \"Chưa hỗ trợ\"}");
}

static void
test_unsupported (gconstpointer data)
{
  g_autoptr(SoupServer) server = soup_server_new (NULL, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = mc_test_make_tmp_dir ("mc-test-sync-catalogue-XXXXXX");
  g_autofree char *path = g_build_filename (dir, "motcua.db", NULL);
  g_autofree char *url = NULL;
  g_autoptr(McDatabase) db = mc_database_open (path, &error);
  GSList *uris;
  McSyncReport report;

  g_assert_no_error (error);
  soup_server_add_handler (server, NULL, bare_portal_cb, (gpointer) data, NULL);
  g_assert_true (soup_server_listen_local (server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, &error));
  g_assert_no_error (error);
  uris = soup_server_get_uris (server);
  url = g_strdup_printf ("http://127.0.0.1:%d", g_uri_get_port (uris->data));
  g_slist_free_full (uris, (GDestroyNotify) g_uri_unref);

  /* The dossiers' sync goes through; the rest is noted. */
  g_assert_true (mc_sync_test_run_pass (db, url, &report, &error));
  g_assert_no_error (error);
  g_assert_true (report.catalogue_unsupported);
  g_assert_true (report.calendar_unsupported);
  g_assert_cmpuint (report.catalogue_imported + report.catalogue_invalid, ==, 0);
  /* One refusal of the calendar is enough to stop asking this pass. */
  g_assert_cmpuint (report.calls, ==, 3);

  soup_server_disconnect (server);
  g_clear_object (&db);
  mc_test_remove_tree (dir);
}

/* Transient failures of the catalogue fail the pass, as the dossiers'. */
static void
test_transient_fails_pass (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  McSyncReport report;

  mc_test_portal_queue_fault (fixture->portal, "LayDanhSachTTHC", MC_TEST_PORTAL_FAULT_HTTP_500);
  g_assert_false (run_pass (fixture, &report, &error));
  g_assert_error (error, MC_PORTAL_ERROR, MC_PORTAL_ERROR_TRANSIENT);
  g_assert_false (report.catalogue_unsupported);
  g_assert_cmpuint (n_fetches (fixture), ==, 0);
}

/*
 * The service tells the app
 */

static char *
give_password (const char  *url,
               const char  *username,
               gpointer     user_data,
               GError     **error)
{
  return g_strdup (MC_SYNC_TEST_PASSWORD);
}

static void
count_cb (McSyncService *service,
          guint         *count)
{
  (*count)++;
}

static gboolean
on_timeout (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Both pulls are announced on the caller's main context. */
static void
test_service_signal (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(McSyncService) service = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now (mc_working_calendar_get_time_zone ());
  g_autoptr(JsonObject) day = json_object_new ();
  g_autoptr(JsonArray) days = json_array_new ();
  g_autofree char *ngay = g_strdup_printf ("%04d0605", g_date_time_get_year (now) + 1);
  guint catalogue_pulled = 0, calendar_pulled = 0, changed = 0;
  gboolean timed_out = FALSE;
  GDate june;
  guint timer;

  mc_sync_test_save_settings (fixture);

  /* Next year's notice on the portal: one day, worked or not. */
  g_date_clear (&june, 1);
  g_date_set_dmy (&june, 5, G_DATE_JUNE, g_date_time_get_year (now) + 1);
  json_object_set_string_member (day, "Ngay", ngay);
  json_object_set_string_member (day, "Loai",
                                 g_date_get_weekday (&june) >= G_DATE_SATURDAY ? "lambu" : "nghi");
  json_array_add_object_element (days, g_steal_pointer (&day));
  mc_test_portal_set_calendar (fixture->portal, g_date_time_get_year (now) + 1, days);

  service = mc_sync_service_new (fixture->path, NULL);
  mc_sync_service_set_password_func (service, give_password, NULL);
  g_signal_connect (service, "catalogue-pulled", G_CALLBACK (count_cb), &catalogue_pulled);
  g_signal_connect (service, "calendar-pulled", G_CALLBACK (count_cb), &calendar_pulled);
  g_signal_connect (service, "changed", G_CALLBACK (count_cb), &changed);
  mc_sync_service_start (service);

  timer = g_timeout_add_seconds (20, on_timeout, &timed_out);
  while (catalogue_pulled == 0 && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  if (!timed_out)
    g_source_remove (timer);
  mc_sync_service_stop (service);

  g_assert_cmpuint (catalogue_pulled, ==, 1);
  g_assert_cmpuint (calendar_pulled, ==, 1);
  g_assert_cmpint (mc_sync_service_get_status (service), ==, MC_SYNC_STATUS_UP_TO_DATE);
  g_assert_cmpint (count_versions (fixture), ==, 9);
}

int
main (int   argc,
      char *argv[])
{
  mc_sync_test_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add ("/sync-catalogue/" path, Fixture, NULL, fixture_setup, func, mc_sync_test_teardown)
  ADD ("first-pull", test_first_pull);
  ADD ("changed", test_changed);
  ADD ("bounded", test_bounded);
  ADD ("fault-mid-page", test_fault_mid_page);
  ADD ("invalid", test_invalid);
  ADD ("transient-fails-pass", test_transient_fails_pass);
  ADD ("service-signal", test_service_signal);
#undef ADD
  g_test_add_data_func ("/sync-catalogue/unsupported/http-400",
                        GINT_TO_POINTER (REFUSE_HTTP_400), test_unsupported);
  g_test_add_data_func ("/sync-catalogue/unsupported/http-404",
                        GINT_TO_POINTER (REFUSE_HTTP_404), test_unsupported);
  g_test_add_data_func ("/sync-catalogue/unsupported/error-code",
                        GINT_TO_POINTER (REFUSE_CODE), test_unsupported);

  return g_test_run ();
}
