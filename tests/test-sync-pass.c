/* test-sync-pass.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "mc-dossier-store.h"
#include "mc-portal-store.h"
#include "mc-sync-outbox.h"
#include "mc-sync-test-util.h"
#include "mc-working-calendar.h"

/* Synchronisation against the portal of the contract (tests/portal),
 * through every fault it can inject: nothing lost, nothing doubled, one
 * bad item never blocking the others, two workstations seeing each
 * other's work.
 *
 * The test portal answers on this thread's main context; the sync runs
 * blocking, as in the app, on a thread of its own. */

/* How many dossiers the faults test pushes; MOTCUA_SYNC_TEST_DOSSIERS
 * changes it, for a quicker run while working on the sync. */
#define DEFAULT_FAULT_DOSSIERS 10000

/* The database of QUAY-1, and the test portal. */
typedef McSyncTest Fixture;

/* The clerk of the sync tests, at @workstation. */
static McActor
actor_of (const char *workstation)
{
  McActor actor = mc_sync_test_clerk;

  actor.workstation = workstation;
  return actor;
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  mc_sync_test_setup (fixture, "sync-pass", "QUAY-1.db", MC_SYNC_TEST_OFFICE | MC_SYNC_TEST_PORTAL);
  mc_test_portal_set_timeout_delay (fixture->portal, 50);
}

static char *
receive_at (McDatabase *db,
            const char *workstation,
            guint       i)
{
  g_autoptr(GError) error = NULL;
  /* A workstation numbers at most 9,999 dossiers a day. */
  g_autoptr(GDateTime) when = g_date_time_new (mc_working_calendar_get_time_zone (), 2026, 11,
                                               2 + (i / 4000) % 14, 8 + i % 8, i % 60, 0);
  g_autoptr(McDossier) dossier = NULL;
  McActor actor = actor_of (workstation);
  McDossierDraft draft = { 0, };

  draft.procedure_code = "1.001193";
  draft.applicant_name = "Trần Văn Đức";
  draft.received_at = when;
  dossier = mc_dossier_store_receive (db, &draft, &actor, when, &error);
  g_assert_no_error (error);
  return g_strdup (mc_dossier_get_code (dossier));
}

static void
take (McDatabase      *db,
      const char      *workstation,
      const char      *code,
      McDossierAction  action)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) when = g_date_time_new (mc_working_calendar_get_time_zone (), 2026, 11,
                                               17, 9, 0, 0);
  McActor actor = actor_of (workstation);
  McTransitionParams params = { 0, };

  g_assert_true (mc_dossier_store_transition (db, code, action, &actor, &params, when, &error));
  g_assert_no_error (error);
}

/* One pass on its own thread, as the app's. */
static gboolean
run_pass (Fixture       *fixture,
          McDatabase    *db,
          McSyncReport  *report,
          GError       **error)
{
  return mc_sync_test_run_pass (db, fixture->url, report, error);
}

/* The portal holds each dossier at its local version, with its steps. */
static void
assert_portal_holds (Fixture    *fixture,
                     McDatabase *db)
{
  g_autoptr(McStatement) stmt = mc_database_prepare (db,
    "SELECT d.code, d.version, "
    "  (SELECT count (*) FROM dossier_event e WHERE e.dossier_id = d.id AND e.action <> 18) "
    "FROM dossier d", NULL);
  gboolean has_row;
  guint n = 0;

  g_assert_nonnull (stmt);
  while (mc_database_step (db, stmt, &has_row, NULL) && has_row)
    {
      const char *code = (const char *) sqlite3_column_text (stmt, 0);

      g_assert_cmpint (mc_test_portal_get_version (fixture->portal, code), ==,
                       sqlite3_column_int (stmt, 1));
      g_assert_cmpuint (mc_test_portal_get_n_steps_for (fixture->portal, code), ==,
                        sqlite3_column_int (stmt, 2));
      n++;
    }
  g_assert_cmpuint (mc_test_portal_get_n_dossiers (fixture->portal), ==, n);
}

static void
test_push (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  McSyncReport report;

  for (guint i = 0; i < 120; i++)
    {
      g_autofree char *code = receive_at (fixture->db, "QUAY-1", i);

      if (i % 3 == 0)
        take (fixture->db, "QUAY-1", code, MC_DOSSIER_ACTION_HAND_OVER);
    }

  g_assert_true (run_pass (fixture, fixture->db, &report, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (report.dossiers_acknowledged, ==, 120);
  g_assert_cmpuint (report.steps_acknowledged, ==, 160);
  /* Three calls of 50 dossiers at most, sixteen of 10 steps. */
  g_assert_cmpuint (mc_test_portal_get_n_calls (fixture->portal, "DongBoHoSoMC"), ==, 3);
  g_assert_cmpuint (mc_test_portal_get_n_calls (fixture->portal, "CapNhatTienDoHoSoMC"), ==, 16);
  mc_sync_test_assert_outbox_empty (fixture->db);
  assert_portal_holds (fixture, fixture->db);

  /* Nothing left: the next pass sends nothing. */
  g_assert_true (run_pass (fixture, fixture->db, &report, &error));
  g_assert_cmpuint (report.dossiers_acknowledged + report.steps_acknowledged, ==, 0);
  g_assert_cmpuint (mc_test_portal_get_n_stored_twice (fixture->portal), ==, 0);
}

/* 30 % of the calls fail in every way the network and the portal can:
 * passes are repeated until one goes through, and the portal ends with
 * one copy of each latest version and each step once. */
static void
test_faults (Fixture       *fixture,
             gconstpointer  data)
{
  static const McTestPortalFault transient[] = {
    MC_TEST_PORTAL_FAULT_HTTP_500, MC_TEST_PORTAL_FAULT_TOO_MANY_REQUESTS,
    MC_TEST_PORTAL_FAULT_TIMEOUT, MC_TEST_PORTAL_FAULT_SESSION_EXPIRED,
    MC_TEST_PORTAL_FAULT_DROP_AFTER_STORE, MC_TEST_PORTAL_FAULT_MALFORMED_JSON,
  };
  const char *wanted = g_getenv ("MOTCUA_SYNC_TEST_DOSSIERS");
  guint n = wanted != NULL ? (guint) g_ascii_strtoull (wanted, NULL, 10) : DEFAULT_FAULT_DOSSIERS;
  guint failed_passes = 0, passes = 0;
  gboolean done = FALSE;

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *code = receive_at (fixture->db, "QUAY-1", i);

      take (fixture->db, "QUAY-1", code, MC_DOSSIER_ACTION_HAND_OVER);
      if (i % 2 == 0)
        take (fixture->db, "QUAY-1", code, MC_DOSSIER_ACTION_ACKNOWLEDGE);
    }

  mc_test_portal_set_random_faults (fixture->portal, transient, G_N_ELEMENTS (transient));
  mc_test_portal_set_fault_rate (fixture->portal, 0.3, 20261121);

  while (!done)
    {
      g_autoptr(GError) error = NULL;
      McSyncReport report;

      passes++;
      done = run_pass (fixture, fixture->db, &report, &error);
      if (!done)
        {
          g_assert_error (error, MC_PORTAL_ERROR, MC_PORTAL_ERROR_TRANSIENT);
          failed_passes++;
        }
      g_assert_cmpuint (passes, <, 20 * n);
    }

  g_test_message ("%u dossiers: %u passes, %u failed; %u faults injected in %u calls; "
                  "%u items stored twice (repeats after an answer was lost)",
                  n, passes, failed_passes, mc_test_portal_get_n_faults (fixture->portal),
                  mc_test_portal_get_n_calls (fixture->portal, NULL),
                  mc_test_portal_get_n_stored_twice (fixture->portal));
  g_assert_cmpuint (failed_passes, >, 0);
  mc_sync_test_assert_outbox_empty (fixture->db);
  assert_portal_holds (fixture, fixture->db);
}

/* One item the portal refuses waits with its message; the others go. */
static void
test_item_refused (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  McSyncReport report;
  McSyncCounts counts;

  for (guint i = 0; i < 5; i++)
    g_free (receive_at (fixture->db, "QUAY-1", i));
  mc_test_portal_queue_fault (fixture->portal, "DongBoHoSoMC", MC_TEST_PORTAL_FAULT_ITEM_422);

  g_assert_true (run_pass (fixture, fixture->db, &report, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (report.dossiers_acknowledged, ==, 4);
  g_assert_cmpuint (report.rejected, ==, 1);
  g_assert_cmpuint (report.steps_acknowledged, ==, 4);
  g_assert_true (mc_sync_outbox_count (fixture->db, &counts, &error));
  g_assert_cmpuint (counts.dossiers_rejected, ==, 1);
  g_assert_cmpuint (counts.steps_pending, ==, 1);
  message = mc_test_query_text (fixture->db, "SELECT message FROM sync_dossier WHERE state = 3");
  g_assert_cmpstr (message, !=, "");

  /* Sent again, it goes, and its step after it. */
  g_assert_true (mc_sync_outbox_send_again (fixture->db,
    mc_test_query_int (fixture->db, "SELECT dossier_id FROM sync_dossier WHERE state = 3"),
    1, &error));
  g_assert_true (run_pass (fixture, fixture->db, &report, &error));
  mc_sync_test_assert_outbox_empty (fixture->db);
  assert_portal_holds (fixture, fixture->db);
}

/* The portal holds another workstation's newer version: a conflict. */
static void
test_conflict_on_push (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *code = receive_at (fixture->db, "QUAY-1", 0);
  g_autofree char *copy = NULL;
  g_autoptr(JsonObject) other = NULL;
  g_autoptr(McPortalDossier) dossier = NULL;
  McSyncReport report;

  dossier = mc_portal_store_load_dossier (fixture->db, 1, &error);
  dossier->version = 4;
  g_free (dossier->workstation);
  dossier->workstation = g_strdup ("QUAY-2");
  other = mc_portal_dossier_to_json (dossier);
  mc_test_portal_store_from (fixture->portal, "QUAY-2", other);

  /* The pull then meets the same dossier with our unsent version. */
  g_assert_true (run_pass (fixture, fixture->db, &report, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (report.conflicts, >=, 1);
  g_assert_cmpint (mc_test_query_int (fixture->db, "SELECT state FROM sync_dossier"), ==,
                   MC_SYNC_STATE_CONFLICT);
  copy = mc_test_query_text (fixture->db, "SELECT portal_copy FROM sync_dossier");
  g_assert_nonnull (strstr (copy, "QUAY-2"));
  /* Nothing local was overwritten, and the portal kept its version. */
  g_assert_cmpint (mc_test_query_int (fixture->db, "SELECT version FROM dossier"), ==, 1);
  g_assert_cmpint (mc_test_portal_get_version (fixture->portal, code), ==, 4);
}

/* Online filings and other counters' work arrive; the cursor moves. */
static void
test_pull (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(McDatabase) other = mc_sync_test_open_workstation (fixture, "QUAY-2.db");
  g_autoptr(GError) error = NULL;
  g_autofree char *code = receive_at (other, "QUAY-2", 0);
  g_autofree char *cursor = NULL;
  g_autofree char *status = NULL;
  McSyncReport report;

  g_assert_true (run_pass (fixture, other, &report, &error));
  g_assert_no_error (error);

  g_assert_true (run_pass (fixture, fixture->db, &report, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (report.pulled_added, ==, 1);
  g_assert_cmpint (mc_test_query_int (fixture->db, "SELECT count (*) FROM dossier"), ==, 1);
  cursor = mc_test_query_text (fixture->db, "SELECT value FROM sync_cursor");
  g_assert_cmpstr (cursor, !=, "");
  /* What came from the portal is not sent back. */
  mc_sync_test_assert_outbox_empty (fixture->db);

  /* The other counter hands it over: the change arrives here. */
  take (other, "QUAY-2", code, MC_DOSSIER_ACTION_HAND_OVER);
  g_assert_true (run_pass (fixture, other, &report, &error));
  g_assert_true (run_pass (fixture, fixture->db, &report, &error));
  g_assert_cmpuint (report.pulled_updated, ==, 1);
  g_assert_cmpint (mc_test_query_int (fixture->db, "SELECT version FROM dossier"), ==, 2);

  /* And this counter's change arrives there. */
  take (fixture->db, "QUAY-1", code, MC_DOSSIER_ACTION_ACKNOWLEDGE);
  g_assert_true (run_pass (fixture, fixture->db, &report, &error));
  g_assert_true (run_pass (fixture, other, &report, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (report.pulled_updated, ==, 1);
  status = mc_test_query_text (other, "SELECT status || ' ' || version FROM dossier");
  g_assert_cmpstr (status, ==, "4 3");
  mc_sync_test_assert_outbox_empty (other);
  mc_sync_test_assert_outbox_empty (fixture->db);
}

static void
test_online_filing (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  McSyncReport report;

  json_parser_load_from_data (parser,
    "{\"MaHoSo\": \"G22.99-261120-0001\", \"MaTTHC\": \"1.001193\", \"KenhThucHien\": \"2\","
    " \"ChuHoSo\": \"Lê Văn An\", \"TrangThaiHoSo\": \"1\", \"NgayTiepNhan\": \"20261120080000\","
    " \"PhienBan\": 1, \"MaMay\": \"DVCQG\"}", -1, &error);
  g_assert_no_error (error);
  mc_test_portal_add_online_filing (fixture->portal, json_node_get_object (json_parser_get_root (parser)));

  g_assert_true (run_pass (fixture, fixture->db, &report, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (report.pulled_added, ==, 1);
  g_assert_cmpint (mc_test_query_int (fixture->db, "SELECT status FROM dossier "
                                                   "WHERE code = 'G22.99-261120-0001'"), ==, 1);
  g_assert_cmpint (mc_test_query_int (fixture->db, "SELECT channel FROM dossier"), ==, 2);

  /* A second pass stores nothing again. */
  g_assert_true (run_pass (fixture, fixture->db, &report, &error));
  g_assert_cmpuint (report.pulled_added + report.pulled_updated, ==, 0);
}

static void
test_wrong_password (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  McSyncReport report;
  McSyncCounts counts;

  g_free (receive_at (fixture->db, "QUAY-1", 0));
  g_assert_false (mc_sync_test_run (fixture->db, fixture->url, "sai", mc_sync_test_whole_pass,
                                    NULL, &report, &error));
  g_assert_error (error, MC_PORTAL_ERROR, MC_PORTAL_ERROR_CREDENTIALS);
  /* One attempt, no loop. */
  g_assert_cmpuint (mc_test_portal_get_n_calls (fixture->portal, MC_TEST_PORTAL_AUTH), ==, 1);
  g_assert_true (mc_sync_outbox_count (fixture->db, &counts, NULL));
  g_assert_cmpuint (counts.dossiers_pending, ==, 1);
}

/* The network goes and comes back between passes and during them. */
static void
test_flapping (Fixture       *fixture,
               gconstpointer  data)
{
  guint port = mc_test_portal_get_port (fixture->portal);
  guint failed = 0;

  for (guint round = 0; round < 6; round++)
    {
      g_autoptr(GError) error = NULL;
      McSyncReport report;

      for (guint i = 0; i < 30; i++)
        g_free (receive_at (fixture->db, "QUAY-1", round * 30 + i));

      if (round % 2 == 1)
        mc_test_portal_stop (fixture->portal);
      if (!run_pass (fixture, fixture->db, &report, &error))
        {
          g_assert_error (error, MC_PORTAL_ERROR, MC_PORTAL_ERROR_TRANSIENT);
          failed++;
        }
      if (!mc_test_portal_is_listening (fixture->portal))
        {
          g_autoptr(GError) listen_error = NULL;
          g_autofree char *url = mc_test_portal_listen (fixture->portal, port, &listen_error);

          g_assert_no_error (listen_error);
          g_assert_cmpstr (url, ==, fixture->url);
        }
    }

  g_assert_cmpuint (failed, ==, 3);
  {
    g_autoptr(GError) error = NULL;
    McSyncReport report;

    g_assert_true (run_pass (fixture, fixture->db, &report, &error));
    g_assert_no_error (error);
  }
  mc_sync_test_assert_outbox_empty (fixture->db);
  assert_portal_holds (fixture, fixture->db);
}

int
main (int   argc,
      char *argv[])
{
  mc_sync_test_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add ("/sync-pass/" path, Fixture, NULL, fixture_setup, func, mc_sync_test_teardown)
  ADD ("push", test_push);
  ADD ("faults", test_faults);
  ADD ("item-refused", test_item_refused);
  ADD ("conflict-on-push", test_conflict_on_push);
  ADD ("pull", test_pull);
  ADD ("online-filing", test_online_filing);
  ADD ("wrong-password", test_wrong_password);
  ADD ("flapping", test_flapping);
#undef ADD

  return g_test_run ();
}
