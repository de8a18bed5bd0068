/* test-sync-conflict.c
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

/* A dossier changed here and on the portal by another workstation: the
 * two versions side by side, and a person's choice carried out so that
 * the next sync settles it, against the test portal of tests/portal.
 *
 * The test portal and the database worker answer on this thread's main
 * context; the sync runs blocking, as in the app, on a thread of its own. */

/* The queue of this workstation, and the test portal. */
typedef McSyncTest Fixture;

/*
 * Helpers
 */

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  mc_sync_test_setup (fixture, "sync-conflict", "QUAY-1.db",
                      MC_SYNC_TEST_OFFICE | MC_SYNC_TEST_PORTAL | MC_SYNC_TEST_QUEUE);
}

static char *
receive (McDatabase *db)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) when = mc_sync_test_moment (16, 9, 0);
  g_autoptr(McDossier) dossier = NULL;
  McDraftComponent papers[] = { { "Tờ khai", 1, 0, TRUE } };
  McDossierDraft draft = { 0, };

  draft.procedure_code = "1.001193";
  draft.applicant_name = "Trần Văn Đức";
  draft.phone = "0901234567";
  draft.received_at = when;
  draft.components = papers;
  draft.n_components = G_N_ELEMENTS (papers);
  dossier = mc_dossier_store_receive (db, &draft, &mc_sync_test_clerk, when, &error);
  g_assert_no_error (error);
  return g_strdup (mc_dossier_get_code (dossier));
}

/* Each database of these tests has one dossier. */
static gint64
the_dossier (McDatabase *db)
{
  return mc_test_query_int (db, "SELECT id FROM dossier");
}

static McPortalDossier *
load (McDatabase *db)
{
  g_autoptr(GError) error = NULL;
  McPortalDossier *dossier = mc_portal_store_load_dossier (db, the_dossier (db), &error);

  g_assert_no_error (error);
  return dossier;
}

/* The dossier as another workstation changed it, at @version. */
static McPortalDossier *
changed_elsewhere (McDatabase *db,
                   guint       version)
{
  McPortalDossier *other = load (db);

  other->version = version;
  g_free (other->workstation);
  other->workstation = g_strdup ("QUAY-2");
  g_free (other->phone);
  other->phone = g_strdup ("0912345678");
  g_free (other->note);
  other->note = g_strdup ("Sửa trên QUAY-2");
  return other;
}

static char *
to_json_text (const McPortalDossier *dossier)
{
  g_autoptr(JsonObject) object = mc_portal_dossier_to_json (dossier);
  g_autoptr(JsonNode) node = json_node_init_object (json_node_alloc (), object);

  return json_to_string (node, FALSE);
}

static void
assert_phone (McDatabase *db,
              const char *phone)
{
  g_autofree char *stored = mc_test_query_text (db, "SELECT phone FROM dossier");

  g_assert_cmpstr (stored, ==, phone);
}

static void
store_on_portal (Fixture               *fixture,
                 const McPortalDossier *dossier)
{
  g_autoptr(JsonObject) object = mc_portal_dossier_to_json (dossier);

  mc_test_portal_store_from (fixture->portal, dossier->workstation, object);
}

static gboolean
pull (McDatabase      *db,
      McPortalClient  *client,
      McSyncReport    *report,
      gpointer         user_data,
      GError         **error)
{
  return mc_sync_pass_pull (db, client, report, NULL, error);
}

/* One pass (or only its pull) on its own thread, as the app's. */
static McSyncReport
run (Fixture  *fixture,
     gboolean  pull_only)
{
  g_autoptr(GError) error = NULL;
  McSyncReport report;
  gboolean ok;

  ok = mc_sync_test_run (fixture->db, fixture->url, MC_SYNC_TEST_PASSWORD,
                         pull_only ? pull : mc_sync_test_whole_pass, NULL, &report, &error);
  g_assert_no_error (error);
  g_assert_true (ok);
  return report;
}

static McSyncConflict *
load_conflict (Fixture  *fixture,
               gint64    dossier_id,
               GError  **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  mc_sync_queue_load_conflict_async (fixture->queue, dossier_id, NULL, mc_test_got_result_cb,
                                     &result);
  return mc_sync_queue_load_conflict_finish (fixture->queue, mc_test_wait_for_result (&result),
                                             error);
}

static gboolean
resolve (Fixture           *fixture,
         gint64             dossier_id,
         McSyncResolution   resolution,
         guint              expected_portal_version,
         GError           **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  mc_sync_queue_resolve_async (fixture->queue, dossier_id, resolution, expected_portal_version,
                               NULL, mc_test_got_result_cb, &result);
  return mc_sync_queue_resolve_finish (fixture->queue, mc_test_wait_for_result (&result), error);
}

static McSyncEntry *
lookup (Fixture    *fixture,
        const char *code)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  McSyncEntry *entry;

  mc_sync_queue_lookup_async (fixture->queue, code, NULL, mc_test_got_result_cb, &result);
  entry = mc_sync_queue_lookup_finish (fixture->queue, mc_test_wait_for_result (&result), &error);
  g_assert_no_error (error);
  return entry;
}

/* Nothing left to send: the outbox is empty, and the Sync page has no
 * line for @code. */
static void
assert_all_sent (Fixture    *fixture,
                 const char *code)
{
  g_autoptr(McSyncEntry) entry = NULL;

  mc_sync_test_assert_outbox_empty (fixture->db);
  entry = lookup (fixture, code);
  g_assert_null (entry);
}

static const McSyncDifference *
find_difference (GPtrArray  *differences,
                 const char *label)
{
  for (guint i = 0; i < differences->len; i++)
    {
      const McSyncDifference *difference = g_ptr_array_index (differences, i);

      if (g_strcmp0 (difference->label, label) == 0)
        return difference;
    }
  return NULL;
}

static void
assert_difference (GPtrArray  *differences,
                   const char *label,
                   const char *mine,
                   const char *portal)
{
  const McSyncDifference *difference = find_difference (differences, label);

  g_assert_nonnull (difference);
  g_assert_cmpstr (difference->mine, ==, mine);
  g_assert_cmpstr (difference->portal, ==, portal);
}

/* What a failed resolution must leave as it was. */
static char *
snapshot (McDatabase *db)
{
  return mc_test_query_text (db,
    "SELECT d.version || '|' || d.phone || '|' || d.note || '|' || d.status || '|' || "
    "  d.updated_at || '|' || s.version || '|' || s.acked_version || '|' || s.state || '|' || "
    "  s.message || '|' || coalesce (s.portal_copy, '-') || '|' || s.updated_at || '|' || "
    "  (SELECT group_concat (version || ':' || state) FROM sync_step) "
    "FROM dossier d JOIN sync_dossier s ON s.dossier_id = d.id");
}

/*
 * Tests
 */

/* The differences as a person reads them: only what would look
 * different, by name, with dates to the minute in the office's time. */
static void
test_diff (Fixture       *fixture,
           gconstpointer  data)
{
  g_autofree char *code = receive (fixture->db);
  McPortalDossier *mine = load (fixture->db);
  g_autoptr(JsonObject) json = mc_portal_dossier_to_json (mine);
  g_autoptr(GError) error = NULL;
  McPortalDossier *portal = mc_portal_dossier_from_json (json, &error);
  g_autoptr(McSyncConflict) conflict = NULL;
  static const char *labels[] = {
    "Status", "Phone", "Appointment date", "Result returned", "Note",
  };
  GPtrArray *differences;

  g_assert_no_error (error);
  mine->due_at = mc_sync_test_usec (20, 17, 0);
  portal->due_at = mc_sync_test_usec (23, 10, 0);
  portal->status = MC_DOSSIER_STATUS_PROCESSING;
  g_free (portal->phone);
  portal->phone = g_strdup ("0912345678");
  portal->returned_at = mc_sync_test_usec (20, 15, 30);
  g_free (portal->note);
  portal->note = g_strdup ("Sửa trên QUAY-2");
  /* Not differences a person would see, or shown apart. */
  portal->received_at += 30 * G_USEC_PER_SEC;
  g_free (portal->procedure_name);
  portal->procedure_name = g_strdup ("Tên thủ tục viết khác trên cổng");
  portal->version = 5;
  g_free (portal->workstation);
  portal->workstation = g_strdup ("QUAY-2");

  conflict = mc_sync_conflict_new (the_dossier (fixture->db), "Hồ sơ đã được cập nhật", mine,
                                   portal);
  g_assert_cmpstr (mc_sync_conflict_get_code (conflict), ==, code);
  g_assert_cmpuint (mc_sync_conflict_get_portal_version (conflict), ==, 5);
  g_assert_cmpstr (mc_sync_conflict_get_portal_workstation (conflict), ==, "QUAY-2");
  g_assert_cmpuint (mc_sync_conflict_get_mine (conflict)->version, ==, 1);
  g_assert_cmpstr (mc_sync_conflict_get_message (conflict), ==, "Hồ sơ đã được cập nhật");

  differences = mc_sync_conflict_get_differences (conflict);
  g_assert_cmpuint (differences->len, ==, G_N_ELEMENTS (labels));
  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    g_assert_cmpstr (((McSyncDifference *) g_ptr_array_index (differences, i))->label, ==,
                     labels[i]);
  assert_difference (differences, "Status", "Received", "Processing");
  assert_difference (differences, "Phone", "0901234567", "0912345678");
  assert_difference (differences, "Appointment date", "20/11/2026 17:00", "23/11/2026 10:00");
  assert_difference (differences, "Result returned", "", "20/11/2026 15:30");
  assert_difference (differences, "Note", "", "Sửa trên QUAY-2");

  /* The papers and the fee, with their own words. */
  {
    g_autoptr(GPtrArray) more = NULL;
    McDossierComponent *paper = g_ptr_array_index (portal->components, 0);

    paper->copies = 2;
    paper->provided = FALSE;
    portal->fee = 50000;
    more = mc_sync_conflict_diff (mine, portal);
    assert_difference (more, "Fee Due", "Free", "50.000 đ");
    assert_difference (more, "Papers", "Tờ khai: Originals: 1, copies: 0 — received",
                       "Tờ khai: Originals: 1, copies: 2 — missing");
  }
}

/* This computer's version wins: pushed above the portal's, the portal
 * takes it, with its steps, and holds this computer's data. */
static void
test_keep_mine (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *code = receive (fixture->db);
  gint64 id = the_dossier (fixture->db);
  g_autoptr(McPortalDossier) other = NULL;
  g_autoptr(McSyncConflict) conflict = NULL;
  g_autoptr(McSyncEntry) entry = NULL;
  g_autoptr(GListModel) model = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *copy = NULL;
  GPtrArray *differences;
  JsonObject *held;
  McSyncReport report;

  report = run (fixture, FALSE);
  g_assert_cmpuint (report.dossiers_acknowledged, ==, 1);
  g_assert_cmpint (mc_test_portal_get_version (fixture->portal, code), ==, 1);

  /* Another workstation's version 3 on the portal, this one's 2 here. */
  other = changed_elsewhere (fixture->db, 3);
  other->status = MC_DOSSIER_STATUS_PROCESSING;
  store_on_portal (fixture, other);
  mc_sync_test_take (fixture->db, code, MC_DOSSIER_ACTION_HAND_OVER, 17, 9);

  report = run (fixture, FALSE);
  g_assert_cmpuint (report.conflicts, >=, 1);
  g_assert_cmpint (mc_test_query_int (fixture->db, "SELECT state FROM sync_dossier"), ==,
                   MC_SYNC_STATE_CONFLICT);

  mc_sync_queue_list_async (fixture->queue, NULL, mc_test_got_result_cb, &result);
  model = mc_sync_queue_list_finish (fixture->queue, mc_test_wait_for_result (&result), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
  entry = g_list_model_get_item (model, 0);
  g_assert_cmpint (mc_sync_entry_get_state (entry), ==, MC_SYNC_STATE_CONFLICT);
  g_assert_cmpstr (mc_sync_entry_get_message (entry), !=, "");

  conflict = load_conflict (fixture, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (mc_sync_conflict_get_portal_version (conflict), ==, 3);
  g_assert_cmpstr (mc_sync_conflict_get_portal_workstation (conflict), ==, "QUAY-2");
  g_assert_cmpuint (mc_sync_conflict_get_mine (conflict)->version, ==, 2);
  differences = mc_sync_conflict_get_differences (conflict);
  assert_difference (differences, "Phone", "0901234567", "0912345678");
  assert_difference (differences, "Status", "Received", "Processing");
  assert_difference (differences, "Waiting for hand-over", "Yes", "No");
  assert_difference (differences, "Note", "", "Sửa trên QUAY-2");
  g_assert_null (find_difference (differences, "Applicant"));
  g_assert_cmpuint (fixture->n_changed, ==, 0);

  g_assert_true (resolve (fixture, id, MC_SYNC_RESOLUTION_KEEP_MINE,
                         mc_sync_conflict_get_portal_version (conflict), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (fixture->n_changed, ==, 1);
  g_assert_cmpint (mc_test_query_int (fixture->db, "SELECT version FROM dossier"), ==, 4);
  copy = mc_test_query_text (fixture->db,
    "SELECT version || ' ' || acked_version || ' ' || state || ' ' || "
    "  coalesce (portal_copy, 'NULL') || ' [' || message || ']' FROM sync_dossier");
  g_assert_cmpstr (copy, ==, "4 1 0 NULL []");

  /* The next sync: the portal accepts version 4 from here, and the step. */
  report = run (fixture, FALSE);
  g_assert_cmpuint (report.dossiers_acknowledged, ==, 1);
  g_assert_cmpuint (report.steps_acknowledged, ==, 1);
  g_assert_cmpuint (report.conflicts, ==, 0);
  g_assert_cmpint (mc_test_portal_get_version (fixture->portal, code), ==, 4);
  held = mc_test_portal_lookup_dossier (fixture->portal, code);
  g_assert_nonnull (held);
  g_assert_cmpstr (json_object_get_string_member (held, "MaMay"), ==, "QUAY-1");
  g_assert_cmpstr (json_object_get_string_member (held, "SoDienThoai"), ==, "0901234567");
  g_assert_cmpstr (json_object_get_string_member (held, "GhiChu"), ==, "");
  g_assert_cmpstr (json_object_get_string_member (held, "TrangThaiHoSo"), ==, "2");
  g_assert_cmpuint (mc_test_portal_get_n_steps_for (fixture->portal, code), ==, 2);

  /* This computer kept its data, and has nothing left to send. */
  assert_phone (fixture->db, "0901234567");
  assert_all_sent (fixture, code);
}

/* The portal's version wins: stored here as a pull stores it, never sent
 * back; the steps made here still reach the portal, once each, even
 * those made on versions the portal will never hold. */
static void
test_take_portal (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *code = receive (fixture->db);
  gint64 id = the_dossier (fixture->db);
  g_autoptr(McPortalDossier) other = NULL;
  g_autoptr(McPortalDossier) here = NULL;
  g_autoptr(McSyncEntry) entry = NULL;
  g_autoptr(McStatement) events = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *row = NULL;
  McSyncReport report;
  guint pushes, step_calls;
  gboolean has_row;
  JsonObject *held;

  report = run (fixture, FALSE);
  g_assert_cmpuint (report.dossiers_acknowledged, ==, 1);

  /* Version 2 from another workstation; two steps here, versions 2, 3. */
  other = changed_elsewhere (fixture->db, 2);
  store_on_portal (fixture, other);
  mc_sync_test_take (fixture->db, code, MC_DOSSIER_ACTION_HAND_OVER, 17, 9);
  mc_sync_test_take (fixture->db, code, MC_DOSSIER_ACTION_ACKNOWLEDGE, 17, 9);

  report = run (fixture, TRUE);
  g_assert_cmpuint (report.conflicts, ==, 1);
  g_assert_cmpint (mc_test_query_int (fixture->db, "SELECT state FROM sync_dossier"), ==,
                   MC_SYNC_STATE_CONFLICT);

  g_assert_true (resolve (fixture, id, MC_SYNC_RESOLUTION_TAKE_PORTAL, 2, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (fixture->n_changed, ==, 1);

  /* Here as the portal has it. */
  here = load (fixture->db);
  g_assert_cmpstr (here->phone, ==, "0912345678");
  g_assert_cmpstr (here->note, ==, "Sửa trên QUAY-2");
  g_assert_cmpint (here->status, ==, MC_DOSSIER_STATUS_ACCEPTED);
  g_assert_false (here->handover_pending);
  g_assert_cmpuint (here->version, ==, 2);
  row = mc_test_query_text (fixture->db,
    "SELECT version || ' ' || acked_version || ' ' || state || ' ' || "
    "  coalesce (portal_copy, 'NULL') FROM sync_dossier");
  g_assert_cmpstr (row, ==, "2 2 2 NULL");

  /* Not yet on the portal: the two steps. */
  entry = lookup (fixture, code);
  g_assert_nonnull (entry);
  g_assert_cmpint (mc_sync_entry_get_state (entry), ==, MC_SYNC_STATE_PENDING);
  g_assert_cmpuint (mc_sync_entry_get_n_steps_waiting (entry), ==, 2);

  pushes = mc_test_portal_get_n_calls (fixture->portal, "DongBoHoSoMC");
  step_calls = mc_test_portal_get_n_calls (fixture->portal, "CapNhatTienDoHoSoMC");
  report = run (fixture, FALSE);
  g_assert_cmpuint (report.dossiers_acknowledged, ==, 0);
  g_assert_cmpuint (report.steps_acknowledged, ==, 2);
  g_assert_cmpuint (report.conflicts, ==, 0);
  g_assert_cmpuint (mc_test_portal_get_n_calls (fixture->portal, "DongBoHoSoMC"), ==, pushes);
  g_assert_cmpint (mc_test_portal_get_version (fixture->portal, code), ==, 2);
  held = mc_test_portal_lookup_dossier (fixture->portal, code);
  g_assert_cmpstr (json_object_get_string_member (held, "MaMay"), ==, "QUAY-2");

  g_assert_cmpuint (mc_test_portal_get_n_steps_for (fixture->portal, code), ==, 3);
  events = mc_database_prepare (fixture->db, "SELECT step_id FROM dossier_event", &error);
  g_assert_no_error (error);
  while (mc_database_step (fixture->db, events, &has_row, &error) && has_row)
    g_assert_true (mc_test_portal_has_step (fixture->portal,
                                            (const char *) sqlite3_column_text (events, 0)));
  g_assert_no_error (error);

  /* Once: the next sync sends nothing. */
  report = run (fixture, FALSE);
  g_assert_cmpuint (report.dossiers_acknowledged + report.steps_acknowledged, ==, 0);
  g_assert_cmpuint (mc_test_portal_get_n_calls (fixture->portal, "DongBoHoSoMC"), ==, pushes);
  g_assert_cmpuint (mc_test_portal_get_n_calls (fixture->portal, "CapNhatTienDoHoSoMC"), ==,
                    step_calls + 1);
  g_assert_cmpuint (mc_test_portal_get_n_steps_for (fixture->portal, code), ==, 3);
  g_assert_cmpuint (mc_test_portal_get_n_stored_twice (fixture->portal), ==, 0);
  assert_all_sent (fixture, code);
}

/* Kept over a portal's version older than this computer's latest: the
 * version goes above both. */
static void
test_keep_mine_above_both (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autofree char *code = receive (fixture->db);
  g_autoptr(McPortalDossier) other = NULL;
  g_autoptr(GArray) dossiers = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *copy = NULL;
  McPortalApply outcome;

  mc_sync_test_take (fixture->db, code, MC_DOSSIER_ACTION_HAND_OVER, 17, 9);
  mc_sync_test_take (fixture->db, code, MC_DOSSIER_ACTION_ACKNOWLEDGE, 17, 9);
  other = changed_elsewhere (fixture->db, 2);
  copy = to_json_text (other);
  g_assert_true (mc_portal_store_apply (fixture->db, other, copy, 5, &outcome, &error));
  g_assert_cmpint (outcome, ==, MC_PORTAL_APPLY_CONFLICT);

  g_assert_true (mc_sync_conflict_resolve (fixture->db, the_dossier (fixture->db),
                                           MC_SYNC_RESOLUTION_KEEP_MINE, 2, 6, &error));
  g_assert_no_error (error);
  g_assert_cmpint (mc_test_query_int (fixture->db, "SELECT version FROM dossier"), ==, 4);
  dossiers = mc_sync_outbox_take_dossiers (fixture->db, 50, 7, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (dossiers->len, ==, 1);
  g_assert_cmpuint (g_array_index (dossiers, McSyncItem, 0).version, ==, 4);
  assert_phone (fixture->db, "0901234567");
}

/* @resolution, chosen on the portal's @portal_version through the queue
 * or straight on the database, is refused as invalid with @why in its
 * message (and @also, unless NULL): nothing changed, nothing announced. */
static void
assert_refused (Fixture          *fixture,
                gint64            id,
                McSyncResolution  resolution,
                guint             portal_version,
                gboolean          through_queue,
                const char       *why,
                const char       *also)
{
  g_autofree char *before = snapshot (fixture->db);
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  guint n_changed = fixture->n_changed;
  gboolean ok;

  if (through_queue)
    ok = resolve (fixture, id, resolution, portal_version, &error);
  else
    ok = mc_sync_conflict_resolve (fixture->db, id, resolution, portal_version,
                                   mc_sync_test_usec (18, 9, 0), &error);
  g_assert_false (ok);
  g_assert_error (error, MC_ERROR, MC_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, why));
  if (also != NULL)
    g_assert_nonnull (strstr (error->message, also));
  after = snapshot (fixture->db);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpuint (fixture->n_changed, ==, n_changed);
}

/* A dossier not in conflict, or no longer: refused, nothing changed. */
static void
test_not_in_conflict (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *code = receive (fixture->db);
  gint64 id = the_dossier (fixture->db);
  g_autoptr(McPortalDossier) other = NULL;
  g_autoptr(McSyncConflict) conflict = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *copy = NULL;
  McPortalApply outcome;

  assert_refused (fixture, id, MC_SYNC_RESOLUTION_KEEP_MINE, 3, TRUE, "no longer in conflict",
                  NULL);
  assert_refused (fixture, id, MC_SYNC_RESOLUTION_TAKE_PORTAL, 3, TRUE, "no longer in conflict",
                  NULL);
  conflict = load_conflict (fixture, id, &error);
  g_assert_error (error, MC_ERROR, MC_ERROR_INVALID);
  g_assert_null (conflict);
  g_clear_error (&error);

  g_assert_false (resolve (fixture, id + 100, MC_SYNC_RESOLUTION_KEEP_MINE, 3, &error));
  g_assert_error (error, MC_ERROR, MC_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Resolved once, by someone else: the second choice is refused. */
  other = changed_elsewhere (fixture->db, 3);
  copy = to_json_text (other);
  g_assert_true (mc_portal_store_apply (fixture->db, other, copy, 5, &outcome, &error));
  g_assert_cmpint (outcome, ==, MC_PORTAL_APPLY_CONFLICT);
  g_assert_true (mc_sync_conflict_resolve (fixture->db, id, MC_SYNC_RESOLUTION_TAKE_PORTAL, 3,
                                           6, &error));
  g_assert_no_error (error);
  assert_refused (fixture, id, MC_SYNC_RESOLUTION_KEEP_MINE, 3, TRUE, "no longer in conflict",
                  NULL);
  assert_refused (fixture, id, MC_SYNC_RESOLUTION_TAKE_PORTAL, 3, TRUE, "no longer in conflict",
                  NULL);
  assert_phone (fixture->db, "0912345678");
  g_assert_cmpuint (fixture->n_changed, ==, 0);
}

/* A pull stores a newer portal's version while a person looks at the
 * conflict: their choice, made on the version they saw, is refused with
 * nothing changed; looked at again, the new version can be chosen. */
static void
test_portal_changed_meanwhile (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autofree char *code = receive (fixture->db);
  gint64 id = the_dossier (fixture->db);
  g_autoptr(McPortalDossier) other = NULL;
  g_autoptr(McPortalDossier) newer = NULL;
  g_autoptr(McPortalDossier) here = NULL;
  g_autoptr(McSyncConflict) seen = NULL;
  g_autoptr(McSyncConflict) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *copy_version = NULL;
  McSyncReport report;

  report = run (fixture, FALSE);
  g_assert_cmpuint (report.dossiers_acknowledged, ==, 1);

  /* Version 2 from another workstation, a change here: a conflict. */
  other = changed_elsewhere (fixture->db, 2);
  store_on_portal (fixture, other);
  mc_sync_test_take (fixture->db, code, MC_DOSSIER_ACTION_HAND_OVER, 17, 9);
  report = run (fixture, TRUE);
  g_assert_cmpuint (report.conflicts, ==, 1);

  seen = load_conflict (fixture, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (mc_sync_conflict_get_portal_version (seen), ==, 2);
  assert_difference (mc_sync_conflict_get_differences (seen), "Phone", "0901234567",
                     "0912345678");

  /* Meanwhile the other workstation changes it again; a pull keeps the
   * dossier in conflict, against version 3. */
  newer = changed_elsewhere (fixture->db, 3);
  g_free (newer->phone);
  newer->phone = g_strdup ("0987654321");
  store_on_portal (fixture, newer);
  report = run (fixture, TRUE);
  g_assert_cmpuint (report.conflicts, ==, 1);
  g_assert_cmpint (mc_test_query_int (fixture->db, "SELECT state FROM sync_dossier"), ==,
                   MC_SYNC_STATE_CONFLICT);
  copy_version = mc_test_query_text (fixture->db,
    "SELECT json_extract (portal_copy, '$.PhienBan') FROM sync_dossier");
  g_assert_cmpstr (copy_version, ==, "3");

  /* Chosen on version 2, either way, through the queue or not: refused.
   * Nor does a version the portal never sent pass. */
  assert_refused (fixture, id, MC_SYNC_RESOLUTION_TAKE_PORTAL,
                  mc_sync_conflict_get_portal_version (seen), TRUE, "changed meanwhile",
                  "conflict again");
  assert_refused (fixture, id, MC_SYNC_RESOLUTION_KEEP_MINE,
                  mc_sync_conflict_get_portal_version (seen), TRUE, "changed meanwhile",
                  "conflict again");
  assert_refused (fixture, id, MC_SYNC_RESOLUTION_TAKE_PORTAL, 2, FALSE, "changed meanwhile",
                  "conflict again");
  assert_refused (fixture, id, MC_SYNC_RESOLUTION_KEEP_MINE, 4, FALSE, "changed meanwhile",
                  "conflict again");
  assert_phone (fixture->db, "0901234567");
  g_assert_cmpuint (fixture->n_changed, ==, 0);

  /* Looked at again: version 3, with its phone, and taken. */
  again = load_conflict (fixture, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (mc_sync_conflict_get_portal_version (again), ==, 3);
  assert_difference (mc_sync_conflict_get_differences (again), "Phone", "0901234567",
                     "0987654321");
  g_assert_true (resolve (fixture, id, MC_SYNC_RESOLUTION_TAKE_PORTAL,
                          mc_sync_conflict_get_portal_version (again), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (fixture->n_changed, ==, 1);

  here = load (fixture->db);
  g_assert_cmpuint (here->version, ==, 3);
  g_assert_cmpstr (here->phone, ==, "0987654321");
  g_assert_cmpint (mc_test_query_int (fixture->db, "SELECT state FROM sync_dossier"), !=,
                   MC_SYNC_STATE_CONFLICT);
}

/* The portal's copy missing or unreadable: it cannot be shown or taken,
 * but this computer's version can still be kept. */
static void
test_unreadable_copy (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *code = receive (fixture->db);
  gint64 id = the_dossier (fixture->db);
  g_autoptr(McSyncConflict) conflict = NULL;
  g_autoptr(GError) error = NULL;
  McSyncItem item = { id, id, 1 };

  /* A 409 whose "portal" has a PhienBan and nothing else usable. */
  g_assert_true (mc_sync_outbox_set_conflict (fixture->db, &item, "409", "{\"PhienBan\": 4}", 2,
                                              &error));
  g_assert_no_error (error);

  conflict = load_conflict (fixture, id, &error);
  g_assert_error (error, MC_ERROR, MC_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "cannot be read"));
  g_assert_null (conflict);
  g_clear_error (&error);

  assert_refused (fixture, id, MC_SYNC_RESOLUTION_TAKE_PORTAL, 4, TRUE, "cannot be read", NULL);
  /* Its PhienBan was read: kept against it, not against none. */
  assert_refused (fixture, id, MC_SYNC_RESOLUTION_KEEP_MINE, 0, TRUE, "changed meanwhile", NULL);
  g_assert_cmpuint (fixture->n_changed, ==, 0);

  g_assert_true (resolve (fixture, id, MC_SYNC_RESOLUTION_KEEP_MINE, 4, &error));
  g_assert_no_error (error);
  g_assert_cmpint (mc_test_query_int (fixture->db, "SELECT version FROM sync_dossier"), ==, 5);

  /* No copy at all: one above this computer's own version. */
  item.version = 5;
  g_assert_true (mc_sync_outbox_set_conflict (fixture->db, &item, "409", NULL, 3, &error));
  conflict = load_conflict (fixture, id, &error);
  g_assert_error (error, MC_ERROR, MC_ERROR_INVALID);
  g_assert_null (conflict);
  g_clear_error (&error);
  g_assert_true (resolve (fixture, id, MC_SYNC_RESOLUTION_KEEP_MINE, 0, &error));
  g_assert_no_error (error);
  g_assert_cmpint (mc_test_query_int (fixture->db, "SELECT version FROM dossier"), ==, 6);
  g_assert_cmpuint (fixture->n_changed, ==, 2);
  g_assert_cmpstr (code, !=, "");
}

int
main (int   argc,
      char *argv[])
{
  mc_sync_test_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add ("/sync-conflict/" path, Fixture, NULL, fixture_setup, func, mc_sync_test_teardown)
  ADD ("diff", test_diff);
  ADD ("keep-mine", test_keep_mine);
  ADD ("take-portal", test_take_portal);
  ADD ("keep-mine-above-both", test_keep_mine_above_both);
  ADD ("not-in-conflict", test_not_in_conflict);
  ADD ("unreadable-copy", test_unreadable_copy);
  ADD ("portal-changed-meanwhile", test_portal_changed_meanwhile);
#undef ADD

  return g_test_run ();
}
