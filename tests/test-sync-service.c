/* test-sync-service.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "mc-dossier-store.h"
#include "mc-sync-service.h"
#include "mc-sync-test-util.h"
#include "mc-working-calendar.h"

/* The sync running by itself: at start, on "Sync now", after the
 * network comes back, and stopped cleanly; the status the header bar
 * shows at each turn. */

#define WAIT_SECONDS 20

typedef struct
{
  McSyncTest     base;
  McSyncService *service;
  const char    *password;
  guint          n_pulled;
} Fixture;

static char *
give_password (const char  *url,
               const char  *username,
               gpointer     user_data,
               GError     **error)
{
  Fixture *fixture = user_data;

  g_assert_cmpstr (username, ==, MC_SYNC_TEST_USERNAME);
  return g_strdup (fixture->password);
}

static void
on_pulled (McSyncService *service,
           Fixture       *fixture)
{
  fixture->n_pulled++;
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  mc_sync_test_setup (&fixture->base, "sync-service", "motcua.db",
                      MC_SYNC_TEST_OFFICE | MC_SYNC_TEST_PORTAL);
  mc_test_portal_set_timeout_delay (fixture->base.portal, 30000);
  mc_sync_test_save_settings (&fixture->base);
  fixture->password = MC_SYNC_TEST_PASSWORD;

  fixture->service = mc_sync_service_new (fixture->base.path, NULL);
  mc_sync_service_set_password_func (fixture->service, give_password, fixture);
  g_signal_connect (fixture->service, "dossiers-pulled", G_CALLBACK (on_pulled), fixture);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  mc_sync_service_stop (fixture->service);
  g_clear_object (&fixture->service);
  mc_sync_test_teardown (&fixture->base, NULL);
}

static void
receive (Fixture *fixture)
{
  static const McActor clerk = { 0, "Nguyễn Thị Lan", NULL, MC_STAFF_ROLE_ADMINISTRATOR,
                                 "QUAY-1" };
  g_autoptr(GError) error = NULL;
  g_autoptr(McDossier) dossier = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now (mc_working_calendar_get_time_zone ());
  McDossierDraft draft = { 0, };

  draft.procedure_code = "1.001193";
  draft.applicant_name = "Trần Văn Đức";
  dossier = mc_dossier_store_receive (fixture->base.db, &draft, &clerk, now, &error);
  g_assert_no_error (error);
}

static gboolean
on_timeout (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main context (the test portal answers there) until the
 * service reports @status. */
static void
wait_for_status (Fixture      *fixture,
                 McSyncStatus  status)
{
  gboolean timed_out = FALSE;
  guint timer = g_timeout_add_seconds (WAIT_SECONDS, on_timeout, &timed_out);

  while (mc_sync_service_get_status (fixture->service) != status && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  if (!timed_out)
    g_source_remove (timer);

  g_assert_cmpint (mc_sync_service_get_status (fixture->service), ==, status);
}

static void
test_syncs_at_start (Fixture       *fixture,
                     gconstpointer  data)
{
  receive (fixture);
  mc_sync_service_start (fixture->service);
  wait_for_status (fixture, MC_SYNC_STATUS_UP_TO_DATE);

  g_assert_cmpuint (mc_test_portal_get_n_dossiers (fixture->base.portal), ==, 1);
  g_assert_cmpuint (mc_sync_service_get_n_waiting (fixture->service), ==, 0);
  g_assert_cmpuint (mc_sync_service_get_n_problems (fixture->service), ==, 0);
  g_assert_nonnull (mc_sync_service_get_last_success (fixture->service));
  g_assert_null (mc_sync_service_get_message (fixture->service));
}

/* Offline, then "Sync now" once the portal is back. */
static void
test_offline_and_back (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *url = NULL;
  guint port = mc_test_portal_get_port (fixture->base.portal);

  receive (fixture);
  mc_test_portal_stop (fixture->base.portal);
  mc_sync_service_start (fixture->service);
  wait_for_status (fixture, MC_SYNC_STATUS_OFFLINE);
  g_assert_nonnull (mc_sync_service_get_message (fixture->service));
  g_assert_null (mc_sync_service_get_last_success (fixture->service));
  g_assert_cmpuint (mc_sync_service_get_n_waiting (fixture->service), ==, 2);

  url = mc_test_portal_listen (fixture->base.portal, port, &error);
  g_assert_no_error (error);
  mc_sync_service_sync_now (fixture->service);
  wait_for_status (fixture, MC_SYNC_STATUS_UP_TO_DATE);
  g_assert_cmpuint (mc_test_portal_get_n_dossiers (fixture->base.portal), ==, 1);
}

static void
test_not_set_up (Fixture       *fixture,
                 gconstpointer  data)
{
  fixture->password = NULL;
  mc_sync_service_start (fixture->service);
  wait_for_status (fixture, MC_SYNC_STATUS_NOT_SET_UP);
  g_assert_cmpuint (mc_test_portal_get_n_calls (fixture->base.portal, NULL), ==, 0);

  /* The password given, "Sync now" goes. */
  fixture->password = MC_SYNC_TEST_PASSWORD;
  mc_sync_service_sync_now (fixture->service);
  wait_for_status (fixture, MC_SYNC_STATUS_UP_TO_DATE);
}

static void
test_refused_and_problems (Fixture       *fixture,
                           gconstpointer  data)
{
  fixture->password = "sai";
  receive (fixture);
  mc_sync_service_start (fixture->service);
  wait_for_status (fixture, MC_SYNC_STATUS_REFUSED);
  g_assert_nonnull (strstr (mc_sync_service_get_message (fixture->service), "password"));

  /* An item the portal refuses is a problem for a person. */
  fixture->password = MC_SYNC_TEST_PASSWORD;
  mc_test_portal_queue_fault (fixture->base.portal, "DongBoHoSoMC", MC_TEST_PORTAL_FAULT_ITEM_422);
  mc_sync_service_sync_now (fixture->service);
  wait_for_status (fixture, MC_SYNC_STATUS_PROBLEMS);
  g_assert_cmpuint (mc_sync_service_get_n_problems (fixture->service), ==, 1);
}

/* Stopping cancels a call the portal holds without answering. */
static void
test_stops_during_a_call (Fixture       *fixture,
                          gconstpointer  data)
{
  receive (fixture);
  mc_test_portal_queue_fault (fixture->base.portal, "DongBoHoSoMC", MC_TEST_PORTAL_FAULT_TIMEOUT);
  mc_sync_service_start (fixture->service);
  wait_for_status (fixture, MC_SYNC_STATUS_SYNCING);
  while (mc_test_portal_get_n_calls (fixture->base.portal, "DongBoHoSoMC") == 0)
    g_main_context_iteration (NULL, TRUE);

  /* The portal holds the call for 30 s: stop returns long before. */
  mc_sync_service_stop (fixture->service);
  g_assert_cmpint (mc_test_query_int (fixture->base.db, "SELECT count (*) FROM sync_dossier "
                                                        "WHERE acked_version = 0"), ==, 1);
}

static void
test_pulled_signal (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser,
    "{\"MaHoSo\": \"G22.99-261120-0001\", \"MaTTHC\": \"1.001193\", \"KenhThucHien\": \"2\","
    " \"ChuHoSo\": \"Lê Văn An\", \"TrangThaiHoSo\": \"1\", \"NgayTiepNhan\": \"20261120080000\","
    " \"PhienBan\": 1, \"MaMay\": \"DVCQG\"}", -1, &error);
  g_assert_no_error (error);
  mc_test_portal_add_online_filing (fixture->base.portal,
                                    json_node_get_object (json_parser_get_root (parser)));

  mc_sync_service_start (fixture->service);
  wait_for_status (fixture, MC_SYNC_STATUS_UP_TO_DATE);
  g_assert_cmpuint (fixture->n_pulled, ==, 1);
  g_assert_cmpint (mc_test_query_int (fixture->base.db, "SELECT count (*) FROM dossier"), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  mc_sync_test_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add ("/sync-service/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("syncs-at-start", test_syncs_at_start);
  ADD ("offline-and-back", test_offline_and_back);
  ADD ("not-set-up", test_not_set_up);
  ADD ("refused-and-problems", test_refused_and_problems);
  ADD ("stops-during-a-call", test_stops_during_a_call);
  ADD ("pulled-signal", test_pulled_signal);
#undef ADD

  return g_test_run ();
}
