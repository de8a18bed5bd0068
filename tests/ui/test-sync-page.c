/* test-sync-page.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Widget tests of the Sync page, its conflict dialog and the dossier
 * page's line on the portal, on a real database: three dossiers received
 * with the store, then one refused by the portal and one changed by
 * another workstation on the portal (a pulled newer version over unsent
 * changes), as the sync pass would leave them. The page is driven through
 * its actions (the rows' buttons) and the dialog through its responses;
 * what they did is read back from the database. Needs a display: run
 * under xvfb-run. With MC_TEST_SCREENSHOT_DIR=DIR, the page and the
 * dialog are saved as PNGs there. */

#include "config.h"

#include "mc-context.h"
#include "mc-dossier-page.h"
#include "mc-dossier-store.h"
#include "mc-portal-store.h"
#include "mc-sync-conflict-dialog.h"
#include "mc-sync-outbox.h"
#include "mc-sync-entry.h"
#include "mc-sync-page.h"
#include "mc-ui-test-util.h"
#include "mc-working-calendar.h"

#define PROCEDURE "1.004873"

typedef struct
{
  McContext  *context;
  GtkWindow  *window;
  McSyncPage *page;
  McActor     clerk;
  gint64      ids[3];
  char       *codes[3];
} Fixture;

enum { REFUSED, CONFLICT, WAITING };

static const char *applicants[] = { "Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường" };

/*
 * The database
 */

typedef struct
{
  const McActor *clerk;
  const char    *applicant;
} Receive;

static gpointer
receive_work (McDatabase  *db,
              gpointer     data,
              GError     **error)
{
  const Receive *receive = data;
  g_autoptr(GDateTime) now = g_date_time_new_now (mc_working_calendar_get_time_zone ());
  static const McDraftComponent papers[] = { { "Tờ khai", 1, 0, TRUE } };
  McDossierDraft draft = { 0, };

  draft.procedure_code = PROCEDURE;
  draft.applicant_name = receive->applicant;
  draft.id_number = "001203012345";
  draft.phone = "0912 345 678";
  draft.address = "Thôn Đông, xã Mẫu";
  draft.components = papers;
  draft.n_components = G_N_ELEMENTS (papers);

  return mc_dossier_store_receive (db, &draft, receive->clerk, now, error);
}

static gpointer
find_staff_work (McDatabase  *db,
                 gpointer     data,
                 GError     **error)
{
  return GSIZE_TO_POINTER ((gsize) mc_dossier_store_find_staff (db, data, error));
}

static gpointer
refuse_work (McDatabase  *db,
             gpointer     data,
             GError     **error)
{
  const McSyncItem *item = data;

  return GINT_TO_POINTER (mc_sync_outbox_reject (db, FALSE, item, "SoDienThoai: không hợp lệ",
                                                 g_get_real_time (), error));
}

/* Another workstation's newer version, pulled while ours waits. */
static gpointer
change_on_portal_work (McDatabase  *db,
                       gpointer     data,
                       GError     **error)
{
  gint64 dossier_id = *(const gint64 *) data;
  g_autoptr(McPortalDossier) dossier = mc_portal_store_load_dossier (db, dossier_id, error);
  g_autoptr(JsonNode) json = NULL;
  g_autofree char *copy = NULL;
  McPortalApply outcome;

  if (dossier == NULL)
    return NULL;

  dossier->version += 1;
  g_free (dossier->workstation);
  dossier->workstation = g_strdup ("PC-9");
  g_free (dossier->phone);
  dossier->phone = g_strdup ("0987654321");
  json = json_node_init_object (json_node_alloc (), mc_portal_dossier_to_json (dossier));
  json_object_unref (json_node_get_object (json));
  copy = json_to_string (json, FALSE);
  if (!mc_portal_store_apply (db, dossier, copy, g_get_real_time (), &outcome, error))
    return NULL;
  g_assert_cmpint (outcome, ==, MC_PORTAL_APPLY_CONFLICT);
  return GINT_TO_POINTER (TRUE);
}

static gpointer
id_of_work (McDatabase  *db,
            gpointer     data,
            GError     **error)
{
  g_autoptr(McStatement) stmt = mc_database_prepare (db, "SELECT id FROM dossier WHERE code = ?1",
                                                     error);
  gboolean has_row;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, data, -1, SQLITE_STATIC);
  if (!mc_database_step (db, stmt, &has_row, error))
    return NULL;
  g_assert_true (has_row);
  return GSIZE_TO_POINTER ((gsize) sqlite3_column_int64 (stmt, 0));
}

typedef struct
{
  const char  *code;
  McSyncEntry *entry;
} Lookup;

static gpointer
lookup_work (McDatabase  *db,
             gpointer     data,
             GError     **error)
{
  Lookup *lookup = data;

  return GINT_TO_POINTER (mc_sync_entry_lookup (db, lookup->code, &lookup->entry, error));
}

/* Where the dossier stands in the outbox; NULL: all on the portal. */
static McSyncEntry *
stored_entry (Fixture    *fixture,
              const char *code)
{
  Lookup lookup = { code, NULL };

  g_assert_true (mc_ui_test_run_on_worker (fixture->context, lookup_work, &lookup));
  return lookup.entry;
}

static gpointer
load_portal_work (McDatabase  *db,
                  gpointer     data,
                  GError     **error)
{
  return mc_portal_store_load_dossier (db, *(const gint64 *) data, error);
}

/*
 * The page
 */

static gboolean
page_idle (Fixture *fixture)
{
  return !mc_sync_page_get_busy (fixture->page);
}

static McSyncEntry *
entry_at (Fixture *fixture,
          guint    position)
{
  g_autoptr(McSyncEntry) entry = g_list_model_get_item (mc_sync_page_get_entries (fixture->page),
                                                        position);

  g_assert_nonnull (entry);
  return entry;
}

static McSyncEntry *
find_entry (Fixture    *fixture,
            const char *code)
{
  GListModel *entries = mc_sync_page_get_entries (fixture->page);

  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(McSyncEntry) entry = g_list_model_get_item (entries, i);

      if (g_str_equal (mc_sync_entry_get_code (entry), code))
        return entry;
    }

  return NULL;
}

static void
reload (Fixture *fixture)
{
  mc_sync_page_reload (fixture->page);
  mc_ui_test_wait_until (page_idle, fixture, "the list to load");
}

static gboolean
dialog_shown (gpointer data)
{
  return mc_ui_test_find_toplevel (MC_TYPE_SYNC_CONFLICT_DIALOG) != NULL;
}

typedef struct
{
  Fixture    *fixture;
  const char *code;
} Gone;

/* Listed again, and no longer in conflict. */
static gboolean
entry_resolved (Gone *gone)
{
  McSyncEntry *entry;

  if (mc_sync_page_get_busy (gone->fixture->page))
    return FALSE;
  entry = find_entry (gone->fixture, gone->code);
  return entry == NULL || mc_sync_entry_get_state (entry) != MC_SYNC_STATE_CONFLICT;
}

static gboolean
line_says_refused (McDossierPortalLine *line)
{
  return g_str_equal (mc_dossier_portal_line_get_text (line),
                      "Refused by the portal: SoDienThoai: không hợp lệ");
}

static gboolean
line_says_waiting (McDossierPortalLine *line)
{
  return g_str_equal (mc_dossier_portal_line_get_text (line),
                      "Not yet on the portal: version 1 waits to be sent");
}

/*
 * Tests
 */

static void
test_lists_problems_first (Fixture       *fixture,
                           gconstpointer  user_data)
{
  GtkWidget *row;

  reload (fixture);

  /* The conflict, then the refusal, then what only waits. */
  g_assert_cmpstr (mc_sync_entry_get_code (entry_at (fixture, 0)), ==, fixture->codes[CONFLICT]);
  g_assert_cmpint (mc_sync_entry_get_state (entry_at (fixture, 0)), ==, MC_SYNC_STATE_CONFLICT);
  g_assert_cmpstr (mc_sync_entry_get_code (entry_at (fixture, 1)), ==, fixture->codes[REFUSED]);
  g_assert_cmpint (mc_sync_entry_get_state (entry_at (fixture, 1)), ==, MC_SYNC_STATE_REJECTED);
  g_assert_cmpstr (mc_sync_entry_get_message (entry_at (fixture, 1)), ==,
                   "SoDienThoai: không hợp lệ");
  g_assert_nonnull (find_entry (fixture, fixture->codes[WAITING]));

  /* The rows show the portal's message and a button for each problem. */
  mc_ui_test_spin (200);
  row = mc_ui_test_find_widget (GTK_WIDGET (fixture->page), mc_ui_test_match_label,
                                "SoDienThoai: không hợp lệ");
  g_assert_nonnull (row);
  g_assert_nonnull (mc_ui_test_find_widget (GTK_WIDGET (fixture->page), mc_ui_test_match_label,
                                            "Refused by the portal"));
  g_assert_nonnull (mc_ui_test_find_widget (GTK_WIDGET (fixture->page), mc_ui_test_match_label,
                                            "Changed elsewhere too"));
  mc_ui_test_save_screenshot (GTK_WIDGET (fixture->window), "sync-page");
}

static void
test_send_again (Fixture       *fixture,
                 gconstpointer  user_data)
{
  McSyncEntry *entry;

  reload (fixture);
  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "sync.send-again", "x",
                              fixture->ids[REFUSED]);
  mc_ui_test_spin (100);
  mc_ui_test_wait_until (page_idle, fixture, "the list to load again");
  reload (fixture);

  /* Queued again, waiting, without the portal's old message. */
  entry = find_entry (fixture, fixture->codes[REFUSED]);
  g_assert_nonnull (entry);
  g_assert_cmpint (mc_sync_entry_get_state (entry), ==, MC_SYNC_STATE_PENDING);
  g_assert_cmpstr (mc_sync_entry_get_message (entry), ==, "");
}

static void
resolve (Fixture    *fixture,
         const char *response)
{
  McSyncConflictDialog *dialog;
  Gone gone = { fixture, fixture->codes[CONFLICT] };

  reload (fixture);
  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "sync.resolve", "x",
                              fixture->ids[CONFLICT]);
  mc_ui_test_wait_until (dialog_shown, NULL, "the conflict dialog");
  dialog = MC_SYNC_CONFLICT_DIALOG (mc_ui_test_find_toplevel (MC_TYPE_SYNC_CONFLICT_DIALOG));

  /* Both phones, side by side, and who changed it on the portal. */
  g_assert_nonnull (mc_ui_test_find_widget (GTK_WIDGET (dialog), mc_ui_test_match_label,
                                            "0987654321"));
  g_assert_nonnull (mc_ui_test_find_widget (GTK_WIDGET (dialog), mc_ui_test_match_label,
                                            "The Portal (from PC-9)"));
  mc_ui_test_spin (300);
  mc_ui_test_save_screenshot (GTK_WIDGET (dialog), "sync-conflict-dialog");

  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), response);
  mc_ui_test_wait_until (entry_resolved, &gone, "the conflict to be resolved");
}

static void
test_keep_mine (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autoptr(McSyncEntry) entry = NULL;
  g_autoptr(McPortalDossier) stored = NULL;

  resolve (fixture, MC_SYNC_CONFLICT_RESPONSE_MINE);

  /* Ours goes, with a version above the portal's (2). */
  entry = stored_entry (fixture, fixture->codes[CONFLICT]);
  g_assert_nonnull (entry);
  g_assert_cmpint (mc_sync_entry_get_state (entry), ==, MC_SYNC_STATE_PENDING);
  g_assert_cmpuint (mc_sync_entry_get_version (entry), ==, 3);
  stored = mc_ui_test_run_on_worker (fixture->context, load_portal_work, &fixture->ids[CONFLICT]);
  g_assert_cmpstr (stored->phone, !=, "0987654321");
  g_assert_cmpuint (stored->version, ==, 3);
}

static void
test_take_portal (Fixture       *fixture,
                  gconstpointer  user_data)
{
  g_autoptr(McSyncEntry) entry = NULL;
  g_autoptr(McPortalDossier) stored = NULL;

  resolve (fixture, MC_SYNC_CONFLICT_RESPONSE_PORTAL);

  /* The portal's phone here; its version is not sent back, only the
   * intake step still waits. */
  stored = mc_ui_test_run_on_worker (fixture->context, load_portal_work, &fixture->ids[CONFLICT]);
  g_assert_cmpstr (stored->phone, ==, "0987654321");
  g_assert_cmpuint (stored->version, ==, 2);
  entry = stored_entry (fixture, fixture->codes[CONFLICT]);
  if (entry != NULL)
    {
      g_assert_cmpuint (mc_sync_entry_get_version (entry), ==,
                        mc_sync_entry_get_acked_version (entry));
      g_assert_cmpint (mc_sync_entry_get_state (entry), ==, MC_SYNC_STATE_PENDING);
    }
}

static void
test_dossier_line (Fixture       *fixture,
                   gconstpointer  user_data)
{
  McDossierPortalLine *line;
  GtkWidget *page = mc_dossier_page_new (mc_context_get_dossiers (fixture->context));

  gtk_window_set_child (fixture->window, page);
  mc_dossier_page_set_sync_queue (MC_DOSSIER_PAGE (page),
                                  mc_context_get_sync_queue (fixture->context));
  line = mc_dossier_page_get_portal_line (MC_DOSSIER_PAGE (page));

  mc_dossier_page_load (MC_DOSSIER_PAGE (page), fixture->codes[REFUSED]);
  mc_ui_test_wait_until (line_says_refused, line, "the refusal on the dossier's page");

  mc_dossier_page_load (MC_DOSSIER_PAGE (page), fixture->codes[WAITING]);
  mc_ui_test_wait_until (line_says_waiting, line, "the version waiting on the dossier's page");
}

/*
 * Fixture
 */

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "sync.sqlite", NULL);

  fixture->clerk = (McActor) { 0, "Nguyễn Thị Lan", "Cán bộ một cửa", MC_STAFF_ROLE_CLERK, "PC-1" };

  g_mkdir_with_parents (g_get_user_data_dir (), 0700);
  fixture->context = mc_context_new ();
  g_assert_true (mc_ui_test_open_database (fixture->context, path,
                                           MC_CONTEXT_OPEN_SEED_IF_EMPTY, &error));
  g_assert_no_error (error);
  fixture->clerk.staff_id = (gint64) GPOINTER_TO_SIZE (
    mc_ui_test_run_on_worker (fixture->context, find_staff_work, "lan"));
  g_assert_cmpint (fixture->clerk.staff_id, >, 0);

  for (guint i = 0; i < G_N_ELEMENTS (fixture->ids); i++)
    {
      Receive receive = { &fixture->clerk, applicants[i] };
      g_autoptr(McDossier) dossier = mc_ui_test_run_on_worker (fixture->context, receive_work,
                                                                &receive);

      g_assert_nonnull (dossier);
      fixture->codes[i] = g_strdup (mc_dossier_get_code (dossier));
      fixture->ids[i] = (gint64) GPOINTER_TO_SIZE (
        mc_ui_test_run_on_worker (fixture->context, id_of_work, fixture->codes[i]));
    }

  {
    McSyncItem item = { fixture->ids[REFUSED], fixture->ids[REFUSED], 1 };

    g_assert_true (mc_ui_test_run_on_worker (fixture->context, refuse_work, &item));
  }
  g_assert_true (mc_ui_test_run_on_worker (fixture->context, change_on_portal_work,
                                           &fixture->ids[CONFLICT]));

  fixture->page = g_object_ref_sink (g_object_new (MC_TYPE_SYNC_PAGE, NULL));
  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 800, 600);
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->page));
  gtk_window_present (fixture->window);
  mc_sync_page_set_context (fixture->page, fixture->context);
  mc_ui_test_wait_until (page_idle, fixture, "the list to load");
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  gtk_window_destroy (fixture->window);
  g_clear_object (&fixture->page);
  g_clear_object (&fixture->context);
  for (guint i = 0; i < G_N_ELEMENTS (fixture->codes); i++)
    g_free (fixture->codes[i]);
}

int
main (int   argc,
      char *argv[])
{
  if (!mc_ui_test_init (&argc, &argv))
    return 1;

#define ADD(path, func) \
  g_test_add ("/ui/sync-page/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("lists-problems-first", test_lists_problems_first);
  ADD ("send-again", test_send_again);
  ADD ("keep-mine", test_keep_mine);
  ADD ("take-portal", test_take_portal);
  ADD ("dossier-line", test_dossier_line);
#undef ADD

  return g_test_run ();
}
