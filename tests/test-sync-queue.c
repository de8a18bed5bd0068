/* test-sync-queue.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "mc-dossier-store.h"
#include "mc-error.h"
#include "mc-sync-outbox.h"
#include "mc-sync-test-util.h"

/* The Sync page's list of what has not reached the portal, the dossier
 * page's "on the portal" line and "send again", through the database
 * worker as the UI calls them. */

/* The queue of this workstation; no portal. */
typedef McSyncTest Fixture;

/*
 * Helpers
 */

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  mc_sync_test_setup (fixture, "sync-queue", "motcua.db", MC_SYNC_TEST_OFFICE | MC_SYNC_TEST_QUEUE);
}

static gint64
dossier_id_of (McDatabase *db,
               const char *code)
{
  g_autoptr(McStatement) stmt = mc_database_prepare (db, "SELECT id FROM dossier WHERE code = ?1",
                                                     NULL);
  gboolean has_row = FALSE;

  g_assert_nonnull (stmt);
  sqlite3_bind_text (stmt, 1, code, -1, SQLITE_TRANSIENT);
  g_assert_true (mc_database_step (db, stmt, &has_row, NULL));
  g_assert_true (has_row);
  return sqlite3_column_int64 (stmt, 0);
}

/* Received at 8:00 + @hour on 16 November: that is when it was queued. */
static char *
receive (McDatabase *db,
         const char *applicant,
         int         hour)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) when = mc_sync_test_moment (16, 8 + hour, 0);
  g_autoptr(McDossier) dossier = NULL;
  McDossierDraft draft = { 0, };

  draft.procedure_code = "1.001193";
  draft.applicant_name = applicant;
  draft.received_at = when;
  dossier = mc_dossier_store_receive (db, &draft, &mc_sync_test_clerk, when, &error);
  g_assert_no_error (error);
  return g_strdup (mc_dossier_get_code (dossier));
}

static void
take (McDatabase      *db,
      const char      *code,
      McDossierAction  action,
      int              hour)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) when = mc_sync_test_moment (16, 8 + hour, 0);
  McTransitionParams params = { 0, };

  params.effective_at = when;
  g_assert_true (mc_dossier_store_transition (db, code, action, &mc_sync_test_clerk, &params,
                                              when, &error));
  g_assert_no_error (error);
}

static McSyncItem
dossier_item (McDatabase *db,
              const char *code,
              guint       version)
{
  gint64 id = dossier_id_of (db, code);
  McSyncItem item = { id, id, version };

  return item;
}

static void
acknowledge_dossier (McDatabase *db,
                     const char *code,
                     guint       version,
                     gint64      now)
{
  g_autoptr(GError) error = NULL;
  McSyncItem item = dossier_item (db, code, version);

  g_assert_true (mc_sync_outbox_acknowledge (db, FALSE, &item, now, &error));
  g_assert_no_error (error);
}

static GArray *
take_steps (McDatabase *db,
            gint64      now)
{
  g_autoptr(GError) error = NULL;
  GArray *steps = mc_sync_outbox_take_steps (db, 10, now, &error);

  g_assert_no_error (error);
  return steps;
}

static GListModel *
list (Fixture *fixture)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *model;

  mc_sync_queue_list_async (fixture->queue, NULL, mc_test_got_result_cb, &result);
  model = mc_sync_queue_list_finish (fixture->queue, mc_test_wait_for_result (&result), &error);
  g_assert_no_error (error);
  g_assert_nonnull (model);
  g_assert_true (g_list_model_get_item_type (model) == MC_TYPE_SYNC_ENTRY);
  return model;
}

static McSyncEntry *
lookup (Fixture     *fixture,
        const char  *code,
        GError     **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  mc_sync_queue_lookup_async (fixture->queue, code, NULL, mc_test_got_result_cb, &result);
  return mc_sync_queue_lookup_finish (fixture->queue, mc_test_wait_for_result (&result), error);
}

static McSyncEntry *
entry_at (GListModel *model,
          guint       position)
{
  /* The model keeps a reference; the callers' models outlive this. */
  g_autoptr(McSyncEntry) entry = g_list_model_get_item (model, position);

  return entry;
}

/*
 * The dossiers of the list test
 */

typedef struct
{
  char *acked;          /* everything on the portal */
  char *pending;        /* received, never sent */
  char *refused;        /* the portal refused its version */
  char *conflict;       /* the portal holds another workstation's version */
  char *step_refused;   /* on the portal, one step refused, one given back */
  char *step_waiting;   /* on the portal, its step not sent yet */
  char *later;          /* received after the others, never sent */
} Office;

static void
office_clear (Office *office)
{
  g_free (office->acked);
  g_free (office->pending);
  g_free (office->refused);
  g_free (office->conflict);
  g_free (office->step_refused);
  g_free (office->step_waiting);
  g_free (office->later);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Office, office_clear)

static void
fill_office (McDatabase *db,
             Office     *office)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) steps = NULL;
  McSyncItem item;

  office->acked = receive (db, "Đã Đồng Bộ", 0);
  office->pending = receive (db, "Chưa Gửi", 0);
  office->refused = receive (db, "Bị Từ Chối", 1);
  office->conflict = receive (db, "Xung Đột", 2);
  office->step_refused = receive (db, "Bước Bị Từ Chối", 3);
  take (db, office->step_refused, MC_DOSSIER_ACTION_HAND_OVER, 4);
  office->step_waiting = receive (db, "Bước Chờ Gửi", 5);
  office->later = receive (db, "Nhận Sau", 6);

  /* On the portal, with its step. */
  acknowledge_dossier (db, office->acked, 1, mc_sync_test_usec (17, 8, 0));
  steps = take_steps (db, mc_sync_test_usec (17, 8, 0));
  g_assert_cmpuint (steps->len, ==, 1);
  g_assert_true (mc_sync_outbox_acknowledge (db, TRUE, &g_array_index (steps, McSyncItem, 0),
                                             mc_sync_test_usec (17, 8, 0), &error));
  g_clear_pointer (&steps, g_array_unref);

  item = dossier_item (db, office->refused, 1);
  g_assert_true (mc_sync_outbox_reject (db, FALSE, &item, "SoGiayToChuHoSo: sai định dạng",
                                        mc_sync_test_usec (17, 10, 0), &error));
  g_assert_no_error (error);

  item = dossier_item (db, office->conflict, 1);
  g_assert_true (mc_sync_outbox_set_conflict (db, &item, "Hồ sơ đã được cập nhật bởi QUAY-2",
                                              "{\"PhienBan\": 4}", mc_sync_test_usec (17, 7, 0),
                                              &error));
  g_assert_no_error (error);

  /* Its version is on the portal; of its two steps, one is refused and
   * the other's call failed on the way. */
  acknowledge_dossier (db, office->step_refused, 2, mc_sync_test_usec (17, 10, 0));
  steps = take_steps (db, mc_sync_test_usec (17, 10, 0));
  g_assert_cmpuint (steps->len, ==, 2);
  g_assert_true (mc_sync_outbox_reject (db, TRUE, &g_array_index (steps, McSyncItem, 0),
                                        "NoiDungXuLy: quá dài", mc_sync_test_usec (17, 11, 0),
                                        &error));
  g_assert_true (mc_sync_outbox_give_back (db, TRUE, &g_array_index (steps, McSyncItem, 1),
                                           "HTTP 500", mc_sync_test_usec (17, 11, 0), &error));
  g_assert_no_error (error);
  g_clear_pointer (&steps, g_array_unref);

  acknowledge_dossier (db, office->step_waiting, 1, mc_sync_test_usec (17, 9, 0));
}

/*
 * Tests
 */

static void
assert_entry (McSyncEntry *entry,
              const char  *code,
              McSyncState  state,
              guint        n_steps_waiting,
              guint        n_steps_rejected,
              const char  *message)
{
  g_assert_cmpstr (mc_sync_entry_get_code (entry), ==, code);
  g_assert_cmpint (mc_sync_entry_get_state (entry), ==, state);
  g_assert_cmpuint (mc_sync_entry_get_n_steps_waiting (entry), ==, n_steps_waiting);
  g_assert_cmpuint (mc_sync_entry_get_n_steps_rejected (entry), ==, n_steps_rejected);
  g_assert_cmpstr (mc_sync_entry_get_message (entry), ==, message);
}

static void
test_list (Fixture       *fixture,
           gconstpointer  data)
{
  g_auto(Office) office = { 0, };
  g_autoptr(GListModel) model = NULL;
  g_autofree char *updated = NULL;
  g_autofree char *applicant = NULL;
  McSyncEntry *entry;
  int state = -1;

  fill_office (fixture->db, &office);
  model = list (fixture);

  /* Conflicts, refusals (the newest first), then what waits (the newest
   * change first); nothing of what the portal holds whole. */
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 6);

  entry = entry_at (model, 0);
  assert_entry (entry, office.conflict, MC_SYNC_STATE_CONFLICT, 1, 0,
                "Hồ sơ đã được cập nhật bởi QUAY-2");

  entry = entry_at (model, 1);
  assert_entry (entry, office.step_refused, MC_SYNC_STATE_REJECTED, 1, 1,
                "NoiDungXuLy: quá dài");
  g_assert_cmpuint (mc_sync_entry_get_version (entry), ==, 2);
  g_assert_cmpuint (mc_sync_entry_get_acked_version (entry), ==, 2);
  g_assert_cmpuint (mc_sync_entry_get_attempts (entry), ==, 1);
  updated = g_date_time_format (mc_sync_entry_get_updated (entry), "%d/%m %H:%M %z");
  g_assert_cmpstr (updated, ==, "17/11 11:00 +0700");

  entry = entry_at (model, 2);
  assert_entry (entry, office.refused, MC_SYNC_STATE_REJECTED, 1, 0,
                "SoGiayToChuHoSo: sai định dạng");
  g_assert_cmpuint (mc_sync_entry_get_acked_version (entry), ==, 0);

  entry = entry_at (model, 3);
  assert_entry (entry, office.step_waiting, MC_SYNC_STATE_PENDING, 1, 0, "");
  g_assert_cmpuint (mc_sync_entry_get_version (entry), ==, 1);
  g_assert_cmpuint (mc_sync_entry_get_acked_version (entry), ==, 1);

  entry = entry_at (model, 4);
  assert_entry (entry, office.later, MC_SYNC_STATE_PENDING, 1, 0, "");

  entry = entry_at (model, 5);
  assert_entry (entry, office.pending, MC_SYNC_STATE_PENDING, 1, 0, "");
  g_assert_cmpstr (mc_sync_entry_get_applicant (entry), ==, "Chưa Gửi");
  g_assert_cmpstr (mc_sync_entry_get_procedure_name (entry), !=, "");
  g_assert_cmpint (mc_sync_entry_get_dossier_id (entry), ==,
                   dossier_id_of (fixture->db, office.pending));
  g_assert_cmpuint (mc_sync_entry_get_version (entry), ==, 1);
  g_assert_cmpuint (mc_sync_entry_get_acked_version (entry), ==, 0);
  g_assert_cmpuint (mc_sync_entry_get_attempts (entry), ==, 0);

  /* The properties say the same, for the list's expressions. */
  g_object_get (entry, "applicant", &applicant, "state", &state, NULL);
  g_assert_cmpstr (applicant, ==, "Chưa Gửi");
  g_assert_cmpint (state, ==, MC_SYNC_STATE_PENDING);

  /* Listing changes nothing. */
  g_assert_cmpuint (fixture->n_changed, ==, 0);
}

static void
test_lookup (Fixture       *fixture,
             gconstpointer  data)
{
  g_auto(Office) office = { 0, };
  g_autoptr(McSyncEntry) acked = NULL;
  g_autoptr(McSyncEntry) pending = NULL;
  g_autoptr(McSyncEntry) step_waiting = NULL;
  g_autoptr(McSyncEntry) step_refused = NULL;
  g_autoptr(McSyncEntry) unknown = NULL;
  g_autoptr(GError) error = NULL;

  fill_office (fixture->db, &office);

  /* On the portal: its latest version and every step. */
  acked = lookup (fixture, office.acked, &error);
  g_assert_no_error (error);
  g_assert_null (acked);

  pending = lookup (fixture, office.pending, &error);
  g_assert_no_error (error);
  assert_entry (pending, office.pending, MC_SYNC_STATE_PENDING, 1, 0, "");

  /* The version is there, a step is not: not yet on the portal. */
  step_waiting = lookup (fixture, office.step_waiting, &error);
  g_assert_no_error (error);
  assert_entry (step_waiting, office.step_waiting, MC_SYNC_STATE_PENDING, 1, 0, "");

  step_refused = lookup (fixture, office.step_refused, &error);
  g_assert_no_error (error);
  assert_entry (step_refused, office.step_refused, MC_SYNC_STATE_REJECTED, 1, 1,
                "NoiDungXuLy: quá dài");

  unknown = lookup (fixture, "000.17.22.H56-261116-9999", &error);
  g_assert_error (error, MC_ERROR, MC_ERROR_NOT_FOUND);
  g_assert_null (unknown);

  /* A new step of a dossier on the portal: not on the portal any more. */
  take (fixture->db, office.acked, MC_DOSSIER_ACTION_HAND_OVER, 9);
  g_clear_error (&error);
  acked = lookup (fixture, office.acked, &error);
  g_assert_no_error (error);
  assert_entry (acked, office.acked, MC_SYNC_STATE_PENDING, 1, 0, "");
  g_assert_cmpuint (mc_sync_entry_get_version (acked), ==, 2);
  g_assert_cmpuint (mc_sync_entry_get_acked_version (acked), ==, 1);
}

static void
send_again (Fixture *fixture,
            gint64   dossier_id)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;

  mc_sync_queue_send_again_async (fixture->queue, dossier_id, NULL, mc_test_got_result_cb,
                                  &result);
  g_assert_true (mc_sync_queue_send_again_finish (fixture->queue,
                                                  mc_test_wait_for_result (&result), &error));
  g_assert_no_error (error);
}

static void
test_send_again (Fixture       *fixture,
                 gconstpointer  data)
{
  g_auto(Office) office = { 0, };
  g_autoptr(McSyncEntry) refused = NULL;
  g_autoptr(McSyncEntry) step_refused = NULL;
  g_autoptr(GArray) dossiers = NULL;
  g_autoptr(GArray) steps = NULL;
  g_autoptr(GListModel) model = NULL;
  g_autoptr(GError) error = NULL;

  fill_office (fixture->db, &office);

  send_again (fixture, dossier_id_of (fixture->db, office.refused));
  g_assert_cmpuint (fixture->n_changed, ==, 1);
  refused = lookup (fixture, office.refused, &error);
  g_assert_no_error (error);
  assert_entry (refused, office.refused, MC_SYNC_STATE_PENDING, 1, 0, "");

  send_again (fixture, dossier_id_of (fixture->db, office.step_refused));
  g_assert_cmpuint (fixture->n_changed, ==, 2);
  step_refused = lookup (fixture, office.step_refused, &error);
  g_assert_no_error (error);
  assert_entry (step_refused, office.step_refused, MC_SYNC_STATE_PENDING, 2, 0, "");

  /* Nothing is refused any more; the conflict still waits for a person. */
  model = list (fixture);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 6);
  g_assert_cmpint (mc_sync_entry_get_state (entry_at (model, 0)), ==, MC_SYNC_STATE_CONFLICT);
  for (guint i = 1; i < 6; i++)
    g_assert_cmpint (mc_sync_entry_get_state (entry_at (model, i)), ==, MC_SYNC_STATE_PENDING);

  /* The next pass takes them: the refused version, and both steps. */
  dossiers = mc_sync_outbox_take_dossiers (fixture->db, 50, mc_sync_test_usec (18, 8, 0), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (dossiers->len, ==, 3);
  steps = take_steps (fixture->db, mc_sync_test_usec (18, 8, 0));
  g_assert_cmpuint (steps->len, ==, 3);
}

/* 10,000 dossiers wait, among 20,000 on the portal: one query lists them
 * at once, in order. */
#define N_WAITING 10000
#define N_ACKED 20000

static void
fill_many (McDatabase *db)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *model_code = receive (db, "Mẫu", 0);
  g_autofree char *sql = NULL;

  /* Copies of one dossier, each with its first event. The first 10,000
   * wait, their state by their id: every third, and those ≡ 2 (mod 5),
   * are on the portal but for their step; the others pending (0),
   * sending (1), refused (3) or in conflict (4). The rest are on the
   * portal whole. */
  sql = g_strdup_printf (
    "WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %d) "
    "INSERT INTO dossier (code, procedure_id, status, accepted, channel, applicant_type, "
    "  applicant_name, received_at, due_at, original_due_at, version, workstation, updated_at) "
    "SELECT 'LOAT-' || i, procedure_id, status, accepted, channel, applicant_type, "
    "  applicant_name || ' ' || i, received_at, due_at, original_due_at, 1, workstation, "
    "  updated_at + i "
    "FROM dossier, n WHERE dossier.code = '%s'; "
    "INSERT INTO dossier_event (dossier_id, step_id, action, status_after, actor_name, "
    "  workstation, device_time, effective_time, version) "
    "SELECT id, 'loat-' || id, 0, status, 'Nguyễn Thị Lan', workstation, updated_at, "
    "  updated_at, 1 FROM dossier WHERE code LIKE 'LOAT-%%'; "
    "INSERT INTO sync_dossier (dossier_id, version, acked_version, state, updated_at) "
    "SELECT id, 1, CASE WHEN id %% 3 = 0 THEN 1 WHEN id %% 5 = 2 THEN 1 ELSE 0 END, "
    "  CASE WHEN id %% 3 = 0 THEN 2 ELSE id %% 5 END, updated_at "
    "FROM dossier WHERE code LIKE 'LOAT-%%' AND id <= %d; "
    "INSERT INTO sync_dossier (dossier_id, version, acked_version, state, updated_at) "
    "SELECT id, 1, 1, 2, updated_at FROM dossier WHERE code LIKE 'LOAT-%%' AND id > %d; "
    "INSERT INTO sync_step (event_id, dossier_id, version, state, updated_at) "
    "SELECT id, dossier_id, 1, CASE WHEN dossier_id <= %d THEN 0 ELSE 2 END, device_time "
    "FROM dossier_event WHERE step_id LIKE 'loat-%%'; "
    /* The model dossier goes too. */
    "UPDATE sync_dossier SET state = 2, acked_version = 1 WHERE dossier_id = 1; "
    "UPDATE sync_step SET state = 2 WHERE dossier_id = 1;",
    N_WAITING + N_ACKED, model_code, N_WAITING + 1, N_WAITING + 1, N_WAITING + 1);
  g_assert_true (mc_database_exec (db, sql, &error));
  g_assert_no_error (error);
}

static int
rank_of (McSyncState state)
{
  return state == MC_SYNC_STATE_CONFLICT ? 0 : state == MC_SYNC_STATE_REJECTED ? 1 : 2;
}

static void
test_many (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(GListModel) model = NULL;
  g_autoptr(GTimer) timer = NULL;
  guint n_conflicts = 0;
  double seconds;

  fill_many (fixture->db);
  g_assert_cmpint (mc_test_query_int (fixture->db, "SELECT count (*) FROM sync_dossier"), ==,
                   N_WAITING + N_ACKED + 1);

  timer = g_timer_new ();
  model = list (fixture);
  seconds = g_timer_elapsed (timer, NULL);
  g_test_message ("%u entries listed in %.3f s", g_list_model_get_n_items (model), seconds);

  g_assert_cmpuint (g_list_model_get_n_items (model), ==, N_WAITING);
  for (guint i = 0; i < N_WAITING; i++)
    {
      McSyncEntry *entry = entry_at (model, i);

      if (mc_sync_entry_get_state (entry) == MC_SYNC_STATE_CONFLICT)
        n_conflicts++;
      if (i == 0)
        continue;

      {
        McSyncEntry *before = entry_at (model, i - 1);
        int rank = rank_of (mc_sync_entry_get_state (entry));
        int rank_before = rank_of (mc_sync_entry_get_state (before));

        g_assert_cmpint (rank_before, <=, rank);
        if (rank_before == rank)
          g_assert_cmpint (g_date_time_compare (mc_sync_entry_get_updated (before),
                                                mc_sync_entry_get_updated (entry)), >=, 0);
      }
    }
  /* Ids 2 to 10,001 ≡ 4 (mod 5) and not ≡ 0 (mod 3). */
  g_assert_cmpuint (n_conflicts, ==,
                    mc_test_query_int (fixture->db,
                                       "SELECT count (*) FROM sync_dossier WHERE state = 4"));
  g_assert_cmpuint (n_conflicts, >, 1000);

  /* A generous bound: it takes some tens of milliseconds. */
  g_assert_cmpfloat (seconds, <, 2.0);
}

int
main (int   argc,
      char *argv[])
{
  mc_sync_test_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add ("/sync-queue/" path, Fixture, NULL, fixture_setup, func, mc_sync_test_teardown)
  ADD ("list", test_list);
  ADD ("lookup", test_lookup);
  ADD ("send-again", test_send_again);
  ADD ("many", test_many);
#undef ADD

  return g_test_run ();
}
