/* test-sync-outbox.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "mc-dossier-store.h"
#include "mc-error.h"
#include "mc-portal-store.h"
#include "mc-sync-outbox.h"
#include "mc-sync-test-util.h"

/* The outbox filled in the transaction of each change, the portal's
 * answers recorded item by item, and the dossiers pulled from the
 * portal stored without overwriting unsent work. */

/* A workstation's database alone. */
typedef McSyncTest Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  mc_sync_test_setup (fixture, "sync-outbox", "motcua.db", MC_SYNC_TEST_OFFICE);
}

static char *
receive (McDatabase *db)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) when = mc_sync_test_moment (16, 9, 0);
  g_autoptr(McDossier) dossier = NULL;
  McDraftComponent papers[] = { { "Tờ khai", 1, 0, TRUE }, { "Giấy chứng sinh", 0, 1, FALSE } };
  McDossierDraft draft = { 0, };

  draft.procedure_code = "1.001193";
  draft.applicant_name = "Trần Văn Đức";
  draft.id_number = "038190001234";
  draft.components = papers;
  draft.n_components = G_N_ELEMENTS (papers);
  dossier = mc_dossier_store_receive (db, &draft, &mc_sync_test_clerk, when, &error);
  g_assert_no_error (error);
  return g_strdup (mc_dossier_get_code (dossier));
}

static GArray *
take_dossiers (McDatabase *db)
{
  g_autoptr(GError) error = NULL;
  GArray *items = mc_sync_outbox_take_dossiers (db, 50, 1, &error);

  g_assert_no_error (error);
  return items;
}

static GArray *
take_steps (McDatabase *db)
{
  g_autoptr(GError) error = NULL;
  GArray *items = mc_sync_outbox_take_steps (db, 10, 1, &error);

  g_assert_no_error (error);
  return items;
}

static gint64
dossier_state (McDatabase *db)
{
  return mc_test_query_int (db, "SELECT state FROM sync_dossier");
}

static void
test_enqueued_with_the_change (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autofree char *code = receive (fixture->db);
  g_autoptr(GArray) dossiers = NULL;
  g_autoptr(GArray) steps = NULL;
  g_autoptr(GError) error = NULL;
  McSyncCounts counts;

  g_assert_cmpint (mc_test_query_int (fixture->db, "SELECT count (*) FROM sync_dossier "
                                                   "WHERE version = 1 AND state = 0"), ==, 1);
  g_assert_cmpint (mc_test_query_int (fixture->db, "SELECT count (*) FROM sync_step"), ==, 1);

  mc_sync_test_take (fixture->db, code, MC_DOSSIER_ACTION_HAND_OVER, 16, 10);
  g_assert_cmpint (mc_test_query_int (fixture->db, "SELECT version FROM sync_dossier"), ==, 2);
  g_assert_cmpint (mc_test_query_int (fixture->db, "SELECT count (*) FROM sync_step"), ==, 2);

  g_assert_true (mc_sync_outbox_count (fixture->db, &counts, &error));
  g_assert_cmpuint (counts.dossiers_pending, ==, 1);
  g_assert_cmpuint (counts.steps_pending, ==, 2);

  /* No step goes before the portal holds its dossier. */
  steps = take_steps (fixture->db);
  g_assert_cmpuint (steps->len, ==, 0);

  dossiers = take_dossiers (fixture->db);
  g_assert_cmpuint (dossiers->len, ==, 1);
  g_assert_cmpuint (g_array_index (dossiers, McSyncItem, 0).version, ==, 2);
  g_assert_cmpint (dossier_state (fixture->db), ==, MC_SYNC_STATE_SENDING);
}

static void
test_acknowledged (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *code = receive (fixture->db);
  g_autoptr(GArray) dossiers = take_dossiers (fixture->db);
  g_autoptr(GArray) steps = NULL;
  g_autoptr(GError) error = NULL;
  McSyncItem sent = g_array_index (dossiers, McSyncItem, 0);
  gboolean unsent = FALSE;

  /* A change while the call is on its way: the newer version stays
   * queued, and the steps of the acknowledged version may go. */
  mc_sync_test_take (fixture->db, code, MC_DOSSIER_ACTION_HAND_OVER, 16, 10);
  g_assert_true (mc_sync_outbox_acknowledge (fixture->db, FALSE, &sent, 2, &error));
  g_assert_no_error (error);
  g_assert_cmpint (dossier_state (fixture->db), ==, MC_SYNC_STATE_PENDING);
  g_assert_cmpint (mc_test_query_int (fixture->db, "SELECT acked_version FROM sync_dossier"), ==, 1);
  g_assert_true (mc_sync_outbox_has_unsent (fixture->db, sent.dossier_id, &unsent, &error));
  g_assert_true (unsent);

  steps = take_steps (fixture->db);
  g_assert_cmpuint (steps->len, ==, 1);
  g_assert_cmpuint (g_array_index (steps, McSyncItem, 0).version, ==, 1);
  g_assert_true (mc_sync_outbox_acknowledge (fixture->db, TRUE,
                                             &g_array_index (steps, McSyncItem, 0), 3, &error));
  g_assert_cmpint (mc_test_query_int (fixture->db, "SELECT count (*) FROM sync_step "
                                                   "WHERE state = 2"), ==, 1);

  g_clear_pointer (&dossiers, g_array_unref);
  dossiers = take_dossiers (fixture->db);
  g_assert_cmpuint (dossiers->len, ==, 1);
  sent = g_array_index (dossiers, McSyncItem, 0);
  sent.version = 2;
  g_assert_true (mc_sync_outbox_acknowledge (fixture->db, FALSE, &sent, 4, &error));
  g_assert_cmpint (dossier_state (fixture->db), ==, MC_SYNC_STATE_ACKNOWLEDGED);
  g_assert_true (mc_sync_outbox_has_unsent (fixture->db, sent.dossier_id, &unsent, &error));
  g_assert_false (unsent);

  g_clear_pointer (&dossiers, g_array_unref);
  dossiers = take_dossiers (fixture->db);
  g_assert_cmpuint (dossiers->len, ==, 0);
}

static void
test_rejected_waits_for_an_edit (Fixture       *fixture,
                                 gconstpointer  data)
{
  g_autofree char *code = receive (fixture->db);
  g_autoptr(GArray) dossiers = take_dossiers (fixture->db);
  g_autoptr(GArray) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  McSyncCounts counts;

  g_assert_true (mc_sync_outbox_reject (fixture->db, FALSE, &g_array_index (dossiers, McSyncItem, 0),
                                        "SoGiayToChuHoSo: sai định dạng", 2, &error));
  g_assert_no_error (error);
  g_assert_cmpint (dossier_state (fixture->db), ==, MC_SYNC_STATE_REJECTED);
  message = mc_test_query_text (fixture->db, "SELECT message FROM sync_dossier");
  g_assert_cmpstr (message, ==, "SoGiayToChuHoSo: sai định dạng");
  g_assert_true (mc_sync_outbox_count (fixture->db, &counts, &error));
  g_assert_cmpuint (counts.dossiers_rejected, ==, 1);
  g_assert_cmpuint (counts.dossiers_pending, ==, 0);

  /* It is not taken again as it is. */
  again = take_dossiers (fixture->db);
  g_assert_cmpuint (again->len, ==, 0);

  /* "Send again" queues it. */
  g_assert_true (mc_sync_outbox_send_again (fixture->db, g_array_index (dossiers, McSyncItem, 0).id,
                                            3, &error));
  g_assert_cmpint (dossier_state (fixture->db), ==, MC_SYNC_STATE_PENDING);

  /* So does a change of the dossier after another refusal. */
  g_clear_pointer (&again, g_array_unref);
  again = take_dossiers (fixture->db);
  g_assert_true (mc_sync_outbox_reject (fixture->db, FALSE, &g_array_index (again, McSyncItem, 0),
                                        "…", 4, &error));
  mc_sync_test_take (fixture->db, code, MC_DOSSIER_ACTION_HAND_OVER, 16, 10);
  g_assert_cmpint (dossier_state (fixture->db), ==, MC_SYNC_STATE_PENDING);
  g_assert_cmpint (mc_test_query_int (fixture->db, "SELECT length (message) FROM sync_dossier"),
                   ==, 0);
}

static void
test_given_back (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *code = receive (fixture->db);
  g_autoptr(GArray) dossiers = take_dossiers (fixture->db);
  g_autoptr(GArray) again = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (mc_sync_outbox_give_back (fixture->db, FALSE,
                                           &g_array_index (dossiers, McSyncItem, 0),
                                           "HTTP 500", 2, &error));
  g_assert_no_error (error);
  g_assert_cmpint (dossier_state (fixture->db), ==, MC_SYNC_STATE_PENDING);
  g_assert_cmpint (mc_test_query_int (fixture->db, "SELECT attempts FROM sync_dossier"), ==, 1);

  /* Items left "sending" by a crash are taken again. */
  again = take_dossiers (fixture->db);
  g_assert_cmpuint (again->len, ==, 1);
  g_clear_pointer (&again, g_array_unref);
  again = take_dossiers (fixture->db);
  g_assert_cmpuint (again->len, ==, 1);
}

static void
test_conflict_kept (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *code = receive (fixture->db);
  g_autoptr(GArray) dossiers = take_dossiers (fixture->db);
  g_autoptr(GArray) again = NULL;
  g_autoptr(GError) error = NULL;
  McSyncCounts counts;

  g_assert_true (mc_sync_outbox_set_conflict (fixture->db, &g_array_index (dossiers, McSyncItem, 0),
                                              "newer on the portal", "{\"PhienBan\": 5}", 2,
                                              &error));
  g_assert_no_error (error);
  mc_sync_test_take (fixture->db, code, MC_DOSSIER_ACTION_HAND_OVER, 16, 10);
  g_assert_cmpint (dossier_state (fixture->db), ==, MC_SYNC_STATE_CONFLICT);
  g_assert_true (mc_sync_outbox_count (fixture->db, &counts, &error));
  g_assert_cmpuint (counts.dossiers_conflict, ==, 1);
  again = take_dossiers (fixture->db);
  g_assert_cmpuint (again->len, ==, 0);
}

static McPortalDossier *
load (McDatabase *db,
      const char *code)
{
  g_autoptr(GError) error = NULL;
  /* Each database of these tests has one dossier. */
  McPortalDossier *dossier = mc_portal_store_load_dossier (
    db, mc_test_query_int (db, "SELECT max (id) FROM dossier"), &error);

  g_assert_no_error (error);
  g_assert_cmpstr (dossier->code, ==, code);
  return dossier;
}

static McPortalApply
apply (McDatabase            *db,
       const McPortalDossier *dossier)
{
  g_autoptr(GError) error = NULL;
  McPortalApply outcome = -1;

  g_assert_true (mc_portal_store_apply (db, dossier, "{}", 5, &outcome, &error));
  g_assert_no_error (error);
  return outcome;
}

/* A dossier of one workstation, stored at another as the portal carries
 * it, reads back the same there. */
static void
test_two_workstations (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *code = receive (fixture->db);
  g_autoptr(McDatabase) other = mc_sync_test_open_workstation (fixture, "other.db");
  g_autoptr(McPortalDossier) here = NULL;
  g_autoptr(McPortalDossier) there = NULL;
  g_autoptr(GArray) queued = NULL;
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(GError) error = NULL;

  mc_sync_test_take (fixture->db, code, MC_DOSSIER_ACTION_HAND_OVER, 16, 10);
  here = load (fixture->db, code);
  g_assert_cmpuint (here->version, ==, 2);
  g_assert_cmpstr (here->workstation, ==, "QUAY-1");
  g_assert_cmpuint (here->components->len, ==, 2);

  g_assert_cmpint (apply (other, here), ==, MC_PORTAL_APPLY_ADDED);
  there = load (other, code);
  g_assert_true (mc_portal_dossier_equal (here, there));

  /* Its history was recorded elsewhere: none here, but it is found. */
  events = mc_dossier_store_list_events (other, code, &error);
  g_assert_no_error (error);
  g_assert_nonnull (events);
  g_assert_cmpuint (events->len, ==, 0);

  /* What came from the portal is not sent back to it. */
  queued = take_dossiers (other);
  g_assert_cmpuint (queued->len, ==, 0);
  g_assert_cmpint (apply (other, here), ==, MC_PORTAL_APPLY_UNCHANGED);

  /* A newer version replaces it; an older one does not. */
  here->version = 3;
  g_free (here->phone);
  here->phone = g_strdup ("0987654321");
  g_assert_cmpint (apply (other, here), ==, MC_PORTAL_APPLY_UPDATED);
  g_clear_pointer (&there, mc_portal_dossier_free);
  there = load (other, code);
  g_assert_cmpstr (there->phone, ==, "0987654321");
  g_assert_cmpuint (there->version, ==, 3);
  here->version = 2;
  g_assert_cmpint (apply (other, here), ==, MC_PORTAL_APPLY_UNCHANGED);
}

/* A dossier with unsent changes is never overwritten by the portal's. */
static void
test_pulled_over_unsent (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autofree char *code = receive (fixture->db);
  g_autoptr(McPortalDossier) portal = load (fixture->db, code);
  g_autoptr(McPortalDossier) kept = NULL;
  g_autofree char *copy = NULL;

  portal->version = 7;
  g_free (portal->applicant_name);
  portal->applicant_name = g_strdup ("Tên sửa trên cổng");
  g_assert_cmpint (apply (fixture->db, portal), ==, MC_PORTAL_APPLY_CONFLICT);

  kept = load (fixture->db, code);
  g_assert_cmpstr (kept->applicant_name, ==, "Trần Văn Đức");
  g_assert_cmpuint (kept->version, ==, 1);
  g_assert_cmpint (dossier_state (fixture->db), ==, MC_SYNC_STATE_CONFLICT);
  copy = mc_test_query_text (fixture->db, "SELECT portal_copy FROM sync_dossier");
  g_assert_cmpstr (copy, ==, "{}");
}

/* A dossier of a procedure this computer does not know is refused with
 * a message, and nothing is written. */
static void
test_pulled_unknown_procedure (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autofree char *code = receive (fixture->db);
  g_autoptr(McPortalDossier) portal = load (fixture->db, code);
  g_autoptr(GError) error = NULL;
  McPortalApply outcome;

  g_free (portal->code);
  portal->code = g_strdup ("000.17.22.H56-261116-9999");
  g_free (portal->procedure_code);
  portal->procedure_code = g_strdup ("9.999999");
  g_assert_false (mc_portal_store_apply (fixture->db, portal, "{}", 5, &outcome, &error));
  g_assert_error (error, MC_ERROR, MC_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "9.999999"));
  g_assert_cmpint (mc_test_query_int (fixture->db, "SELECT count (*) FROM dossier"), ==, 1);
}

static void
test_cursor (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *first = mc_portal_store_get_cursor (fixture->db, "LayHoSoThayDoi", &error);
  g_autofree char *later = NULL;

  g_assert_cmpstr (first, ==, "");
  g_assert_true (mc_portal_store_set_cursor (fixture->db, "LayHoSoThayDoi", "17", &error));
  g_assert_true (mc_portal_store_set_cursor (fixture->db, "LayHoSoThayDoi", "42", &error));
  later = mc_portal_store_get_cursor (fixture->db, "LayHoSoThayDoi", &error);
  g_assert_cmpstr (later, ==, "42");
}

static void
assert_settings_refused (const char *url,
                         const char *dstcode,
                         const char *madonvi,
                         const char *username,
                         const char *field)
{
  McPortalSettings settings = { (char *) url, (char *) dstcode, (char *) madonvi,
                                (char *) username };
  g_autoptr(GError) error = NULL;
  const char *at_fault = NULL;

  g_test_message ("%s %s %s %s", url, dstcode, madonvi, username);
  g_assert_false (mc_portal_settings_check (&settings, &at_fault, &error));
  g_assert_error (error, MC_ERROR, MC_ERROR_INVALID);
  g_assert_cmpstr (at_fault, ==, field);
}

static void
test_settings (Fixture       *fixture,
               gconstpointer  data)
{
  McPortalSettings off = { (char *) "", (char *) "", (char *) "", (char *) "" };
  McPortalSettings on = { (char *) "https://dvc.example.gov.vn/api", (char *) "H56.LGSP",
                          (char *) "000.17.22.H56", (char *) "motcua-tanlap" };
  McPortalSettings loopback = { (char *) "http://127.0.0.1:8080", (char *) "T", (char *) "M",
                                (char *) "u" };
  g_autoptr(McPortalSettings) stored = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (mc_portal_settings_check (&off, NULL, &error));
  g_assert_true (mc_portal_settings_check (&loopback, NULL, &error));
  g_assert_true (mc_portal_store_save_settings (fixture->db, &on, &error));
  g_assert_no_error (error);
  stored = mc_portal_store_load_settings (fixture->db, &error);
  g_assert_cmpstr (stored->url, ==, on.url);
  g_assert_cmpstr (stored->dstcode, ==, on.dstcode);
  g_assert_cmpstr (stored->madonvi, ==, on.madonvi);
  g_assert_cmpstr (stored->username, ==, on.username);

  assert_settings_refused ("http://dvc.example.gov.vn", "T", "M", "u", "portal-url");
  assert_settings_refused ("http://localhost:8080", "T", "M", "u", "portal-url");
  assert_settings_refused ("dvc.example.gov.vn", "T", "M", "u", "portal-url");
  assert_settings_refused ("https://dvc.example.gov.vn/?a=1", "T", "M", "u", "portal-url");
  assert_settings_refused ("https://dvc.example.gov.vn", "", "M", "u", "portal-dstcode");
  assert_settings_refused ("https://dvc.example.gov.vn", "T", "mã xã", "u", "portal-madonvi");
  assert_settings_refused ("https://dvc.example.gov.vn", "T", "M", "", "portal-username");

  /* Nothing of refused settings is stored. */
  on.dstcode = (char *) "";
  g_assert_false (mc_portal_store_save_settings (fixture->db, &on, &error));
  g_clear_pointer (&stored, mc_portal_settings_free);
  stored = mc_portal_store_load_settings (fixture->db, NULL);
  g_assert_cmpstr (stored->dstcode, ==, "H56.LGSP");
}

int
main (int   argc,
      char *argv[])
{
  mc_sync_test_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add ("/sync-outbox/" path, Fixture, NULL, fixture_setup, func, mc_sync_test_teardown)
  ADD ("enqueued-with-the-change", test_enqueued_with_the_change);
  ADD ("acknowledged", test_acknowledged);
  ADD ("rejected-waits-for-an-edit", test_rejected_waits_for_an_edit);
  ADD ("given-back", test_given_back);
  ADD ("conflict-kept", test_conflict_kept);
  ADD ("two-workstations", test_two_workstations);
  ADD ("pulled-over-unsent", test_pulled_over_unsent);
  ADD ("pulled-unknown-procedure", test_pulled_unknown_procedure);
  ADD ("cursor", test_cursor);
  ADD ("settings", test_settings);
#undef ADD

  return g_test_run ();
}
