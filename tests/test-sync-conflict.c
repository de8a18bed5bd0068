/* test-sync-conflict.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "mc-dossier-store.h"
#include "mc-error.h"
#include "mc-portal-store.h"
#include "mc-sync-outbox.h"
#include "mc-sync-pass.h"
#include "mc-sync-queue.h"
#include "mc-test-portal.h"
#include "mc-test-util.h"
#include "mc-working-calendar.h"

/* A dossier changed here and on the portal by another workstation: the
 * two versions side by side, and a person's choice carried out so that
 * the next sync settles it, against the test portal of tests/portal.
 *
 * The test portal and the database worker answer on this thread's main
 * context; the sync runs blocking, as in the app, on a thread of its own. */

#define USERNAME "motcua-tanlap"
#define PASSWORD "mat-khau-cong"
#define DSTCODE "H56.LGSP"
#define MADONVI MC_TEST_AGENCY

static const McActor clerk = { 0, "Nguyễn Thị Lan", "Công chức", MC_STAFF_ROLE_ADMINISTRATOR,
                               "QUAY-1" };

typedef struct
{
  char         *dir;
  McTestPortal *portal;
  char         *url;
  McDatabase   *db;
  McDbWorker   *worker;
  McSyncQueue  *queue;
  guint         n_changed;
} Fixture;

/*
 * Helpers
 */

static void
got_result_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  GAsyncResult **slot = user_data;

  *slot = g_object_ref (result);
}

static GAsyncResult *
wait_for (GAsyncResult **slot)
{
  while (*slot == NULL)
    g_main_context_iteration (NULL, TRUE);
  return *slot;
}

static void
changed_cb (McSyncQueue *queue,
            Fixture     *fixture)
{
  fixture->n_changed++;
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autofree char *path = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;

  fixture->dir = mc_test_make_tmp_dir ("mc-test-sync-conflict-XXXXXX");
  fixture->portal = mc_test_portal_new (USERNAME, PASSWORD, DSTCODE, MADONVI);
  fixture->url = mc_test_portal_listen (fixture->portal, 0, &error);
  g_assert_no_error (error);

  path = g_build_filename (fixture->dir, "QUAY-1.db", NULL);
  fixture->db = mc_test_open_office_database (path, TRUE);

  fixture->worker = mc_db_worker_new ();
  mc_db_worker_open_async (fixture->worker, path, NULL, got_result_cb, &result);
  g_assert_true (mc_db_worker_open_finish (fixture->worker, wait_for (&result), &error));
  g_assert_no_error (error);

  fixture->queue = mc_sync_queue_new (fixture->worker);
  g_signal_connect (fixture->queue, "changed", G_CALLBACK (changed_cb), fixture);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_clear_object (&fixture->queue);
  g_clear_object (&fixture->worker);
  g_clear_object (&fixture->db);
  mc_test_portal_stop (fixture->portal);
  g_clear_object (&fixture->portal);
  g_free (fixture->url);
  mc_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static GDateTime *
moment (int day,
        int hour,
        int minute)
{
  return g_date_time_new (mc_working_calendar_get_time_zone (), 2026, 11, day, hour, minute, 0);
}

static gint64
usec (int day,
      int hour,
      int minute)
{
  g_autoptr(GDateTime) when = moment (day, hour, minute);

  return g_date_time_to_unix (when) * G_USEC_PER_SEC;
}

static char *
receive (McDatabase *db)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) when = moment (16, 9, 0);
  g_autoptr(McDossier) dossier = NULL;
  McDraftComponent papers[] = { { "Tờ khai", 1, 0, TRUE } };
  McDossierDraft draft = { 0, };

  draft.procedure_code = "1.001193";
  draft.applicant_name = "Trần Văn Đức";
  draft.phone = "0901234567";
  draft.received_at = when;
  draft.components = papers;
  draft.n_components = G_N_ELEMENTS (papers);
  dossier = mc_dossier_store_receive (db, &draft, &clerk, when, &error);
  g_assert_no_error (error);
  return g_strdup (mc_dossier_get_code (dossier));
}

static void
take (McDatabase      *db,
      const char      *code,
      McDossierAction  action)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) when = moment (17, 9, 0);
  McTransitionParams params = { 0, };

  g_assert_true (mc_dossier_store_transition (db, code, action, &clerk, &params, when, &error));
  g_assert_no_error (error);
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

/* One pass (or only its pull) on its own thread, with a client made
 * there, as the app's. */
typedef struct
{
  McDatabase   *db;
  const char   *url;
  gboolean      pull_only;
  McSyncReport  report;
  GError       *error;
  gboolean      ok;
  int           done;
} Pass;

static gpointer
pass_thread (gpointer data)
{
  Pass *pass = data;
  g_autoptr(McPortalClient) client = mc_portal_client_new (pass->url, DSTCODE, MADONVI, USERNAME,
                                                           PASSWORD, &pass->error);

  if (client != NULL)
    {
      mc_portal_client_set_timeout (client, 5);
      memset (&pass->report, 0, sizeof pass->report);
      if (pass->pull_only)
        pass->ok = mc_sync_pass_pull (pass->db, client, &pass->report, NULL, &pass->error);
      else
        pass->ok = mc_sync_pass_run (pass->db, client, &pass->report, NULL, &pass->error);
    }
  g_atomic_int_set (&pass->done, 1);
  g_main_context_wakeup (NULL);
  return NULL;
}

static McSyncReport
run (Fixture  *fixture,
     gboolean  pull_only)
{
  Pass pass = { fixture->db, fixture->url, pull_only, };
  GThread *thread = g_thread_new ("sync", pass_thread, &pass);

  while (!g_atomic_int_get (&pass.done))
    g_main_context_iteration (NULL, TRUE);
  g_thread_join (thread);

  g_assert_no_error (pass.error);
  g_assert_true (pass.ok);
  return pass.report;
}

static McSyncConflict *
load_conflict (Fixture  *fixture,
               gint64    dossier_id,
               GError  **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  mc_sync_queue_load_conflict_async (fixture->queue, dossier_id, NULL, got_result_cb, &result);
  return mc_sync_queue_load_conflict_finish (fixture->queue, wait_for (&result), error);
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
                               NULL, got_result_cb, &result);
  return mc_sync_queue_resolve_finish (fixture->queue, wait_for (&result), error);
}

static McSyncEntry *
lookup (Fixture    *fixture,
        const char *code)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  McSyncEntry *entry;

  mc_sync_queue_lookup_async (fixture->queue, code, NULL, got_result_cb, &result);
  entry = mc_sync_queue_lookup_finish (fixture->queue, wait_for (&result), &error);
  g_assert_no_error (error);
  return entry;
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

static void
assert_outbox_empty (McDatabase *db)
{
  g_autoptr(GError) error = NULL;
  McSyncCounts counts;

  g_assert_true (mc_sync_outbox_count (db, &counts, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (counts.dossiers_pending + counts.dossiers_rejected +
                    counts.dossiers_conflict + counts.steps_pending + counts.steps_rejected,
                    ==, 0);
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
  mine->due_at = usec (20, 17, 0);
  portal->due_at = usec (23, 10, 0);
  portal->status = MC_DOSSIER_STATUS_PROCESSING;
  g_free (portal->phone);
  portal->phone = g_strdup ("0912345678");
  portal->returned_at = usec (20, 15, 30);
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
  take (fixture->db, code, MC_DOSSIER_ACTION_HAND_OVER);

  report = run (fixture, FALSE);
  g_assert_cmpuint (report.conflicts, >=, 1);
  g_assert_cmpint (mc_test_query_int (fixture->db, "SELECT state FROM sync_dossier"), ==,
                   MC_SYNC_STATE_CONFLICT);

  mc_sync_queue_list_async (fixture->queue, NULL, got_result_cb, &result);
  model = mc_sync_queue_list_finish (fixture->queue, wait_for (&result), &error);
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
  assert_outbox_empty (fixture->db);
  g_clear_object (&entry);
  entry = lookup (fixture, code);
  g_assert_null (entry);
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
  take (fixture->db, code, MC_DOSSIER_ACTION_HAND_OVER);
  take (fixture->db, code, MC_DOSSIER_ACTION_ACKNOWLEDGE);

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
  assert_outbox_empty (fixture->db);
  g_clear_object (&entry);
  entry = lookup (fixture, code);
  g_assert_null (entry);
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

  take (fixture->db, code, MC_DOSSIER_ACTION_HAND_OVER);
  take (fixture->db, code, MC_DOSSIER_ACTION_ACKNOWLEDGE);
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

static void
assert_refused (Fixture          *fixture,
                gint64            id,
                McSyncResolution  resolution)
{
  g_autofree char *before = snapshot (fixture->db);
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  guint n_changed = fixture->n_changed;

  g_assert_false (resolve (fixture, id, resolution, 3, &error));
  g_assert_error (error, MC_ERROR, MC_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "no longer in conflict"));
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

  assert_refused (fixture, id, MC_SYNC_RESOLUTION_KEEP_MINE);
  assert_refused (fixture, id, MC_SYNC_RESOLUTION_TAKE_PORTAL);
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
  assert_refused (fixture, id, MC_SYNC_RESOLUTION_KEEP_MINE);
  assert_refused (fixture, id, MC_SYNC_RESOLUTION_TAKE_PORTAL);
  assert_phone (fixture->db, "0912345678");
  g_assert_cmpuint (fixture->n_changed, ==, 0);
}

static void
assert_stale (Fixture          *fixture,
              gint64            id,
              McSyncResolution  resolution,
              guint             expected_portal_version,
              gboolean          through_queue)
{
  g_autofree char *before = snapshot (fixture->db);
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  guint n_changed = fixture->n_changed;
  gboolean ok;

  if (through_queue)
    ok = resolve (fixture, id, resolution, expected_portal_version, &error);
  else
    ok = mc_sync_conflict_resolve (fixture->db, id, resolution, expected_portal_version,
                                   usec (18, 9, 0), &error);
  g_assert_false (ok);
  g_assert_error (error, MC_ERROR, MC_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "changed meanwhile"));
  g_assert_nonnull (strstr (error->message, "conflict again"));
  after = snapshot (fixture->db);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpuint (fixture->n_changed, ==, n_changed);
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
  take (fixture->db, code, MC_DOSSIER_ACTION_HAND_OVER);
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
  assert_stale (fixture, id, MC_SYNC_RESOLUTION_TAKE_PORTAL,
                mc_sync_conflict_get_portal_version (seen), TRUE);
  assert_stale (fixture, id, MC_SYNC_RESOLUTION_KEEP_MINE,
                mc_sync_conflict_get_portal_version (seen), TRUE);
  assert_stale (fixture, id, MC_SYNC_RESOLUTION_TAKE_PORTAL, 2, FALSE);
  assert_stale (fixture, id, MC_SYNC_RESOLUTION_KEEP_MINE, 4, FALSE);
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
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
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

  before = snapshot (fixture->db);
  g_assert_false (resolve (fixture, id, MC_SYNC_RESOLUTION_TAKE_PORTAL, 4, &error));
  g_assert_error (error, MC_ERROR, MC_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "cannot be read"));
  g_clear_error (&error);
  /* Its PhienBan was read: kept against it, not against none. */
  g_assert_false (resolve (fixture, id, MC_SYNC_RESOLUTION_KEEP_MINE, 0, &error));
  g_assert_error (error, MC_ERROR, MC_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "changed meanwhile"));
  g_clear_error (&error);
  after = snapshot (fixture->db);
  g_assert_cmpstr (after, ==, before);
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
  setlocale (LC_ALL, "");
  /* The isolated directories hide the desktop's proxy settings' schema,
   * which GIO's default resolver reads; the test portal is on loopback. */
  g_setenv ("GIO_USE_PROXY_RESOLVER", "dummy", TRUE);
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add ("/sync-conflict/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)
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
