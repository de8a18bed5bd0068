/* test-dossier-list-model.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "mc-catalogue-import.h"
#include "mc-db-worker.h"
#include "mc-dossier-list-model.h"
#include "mc-dossier-list-store.h"
#include "mc-dossier-store.h"
#include "mc-test-util.h"

/* The paged dossier list: the store's SQL (counts, pages, every sort and
 * filter, the search, the query plans) checked against plain SQL on a few
 * hundred dossiers received through the real store, and the model's
 * paging on a real worker (placeholders, items-changed). */

#define AGENCY "000.17.22.H56"
#define N_DOSSIERS 240

static const McActor clerk = { 0, "Nguyễn Thị Hoa", "Cán bộ một cửa", MC_STAFF_ROLE_CLERK, "PC-1" };

static const char * const names[] = {
  "Trần Văn An", "Nguyễn Thị Hoa", "Lê Văn Tâm", "Trần Văn Bình", "Phạm Thị Trang",
  "Đặng Quốc Đạt", "trần văn cường", "Nguyễn Văn Nam", "Bùi Thị Lan", "Võ Minh Tuấn",
};

static const char * const procedures[] = {
  "1.001193", "1.000894", "1.000656", "1.004884", "2.000815", "1.001776",
};

typedef struct
{
  char       *dir;
  char       *path;
  McDatabase *db;
  McDbWorker *worker;
  GDateTime  *now;
  gint64      lan_id;
} Fixture;

static GDateTime *
moment (int year,
        int month,
        int day,
        int hour,
        int minute)
{
  return g_date_time_new (mc_working_calendar_get_time_zone (), year, month, day, hour, minute, 0);
}

static void
opened_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  gboolean *done = user_data;
  g_autoptr(GError) error = NULL;

  g_assert_true (mc_db_worker_open_finish (MC_DB_WORKER (object), result, &error));
  g_assert_no_error (error);
  *done = TRUE;
}

static void
step (McDatabase      *db,
      const char      *code,
      McDossierAction  action,
      const McActor   *actor,
      gint64           receiver,
      GDateTime       *at)
{
  g_autoptr(GError) error = NULL;
  McTransitionParams params = { 0, };

  params.receiver_id = receiver;
  g_assert_true (mc_dossier_store_transition (db, code, action, actor, &params, at, &error));
  g_assert_no_error (error);
}

/* N_DOSSIERS dossiers over four weeks from Monday 2 March 2026, a third
 * of them online, a fifth handed over to Lan, who processes half of those. */
static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *catalogue = mc_test_data_path ("catalogue-small.json");
  g_autoptr(GDateTime) start = moment (2026, 3, 2, 7, 30);
  McImportResult result;
  McActor lan = { 0, "Lê Thị Lan", "Công chức", MC_STAFF_ROLE_OFFICER, "PC-2" };
  gboolean done = FALSE;

  fixture->dir = mc_test_make_tmp_dir ("mc-test-dossier-list-XXXXXX");
  fixture->path = g_build_filename (fixture->dir, "motcua.db", NULL);
  fixture->db = mc_database_open (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_true (mc_catalogue_import_file (fixture->db, catalogue, &result, &error));
  g_assert_no_error (error);
  g_assert_true (mc_dossier_store_set_office_identity (fixture->db, AGENCY, "UBND xã Tân Lập",
                                                       "Tân Lập", &error));
  g_assert_no_error (error);
  g_assert_true (mc_database_exec (fixture->db,
                                   "INSERT INTO staff (username, full_name, role, password_hash, "
                                   "created_at) VALUES ('lan', 'Lê Thị Lan', 1, 'x', 0)", &error));
  g_assert_no_error (error);
  fixture->lan_id = mc_dossier_store_find_staff (fixture->db, "lan", &error);
  g_assert_no_error (error);
  lan.staff_id = fixture->lan_id;

  for (guint i = 0; i < N_DOSSIERS; i++)
    {
      /* Ten a working day, 45 minutes apart, Monday to Friday. */
      g_autoptr(GDateTime) day = g_date_time_add_days (start, (i / 10) / 5 * 7 + (i / 10) % 5);
      g_autoptr(GDateTime) received = g_date_time_add_minutes (day, (i % 10) * 45);
      g_autoptr(GDateTime) later = g_date_time_add_minutes (received, 30);
      g_autofree char *id_number = g_strdup_printf ("0010900%05u", i);
      g_autofree char *phone = g_strdup_printf ("09123%05u", i);
      McDossierDraft draft = { 0, };
      g_autoptr(McDossier) dossier = NULL;

      draft.procedure_code = procedures[i % G_N_ELEMENTS (procedures)];
      draft.channel = i % 3 == 2 ? MC_CHANNEL_POSTAL : MC_CHANNEL_COUNTER;
      draft.applicant_name = names[i % G_N_ELEMENTS (names)];
      draft.id_number = id_number;
      draft.phone = phone;
      dossier = mc_dossier_store_receive (fixture->db, &draft, &clerk, received, &error);
      g_assert_no_error (error);

      if (i % 5 == 0)
        {
          step (fixture->db, mc_dossier_get_code (dossier), MC_DOSSIER_ACTION_HAND_OVER, &clerk,
                fixture->lan_id, later);
          step (fixture->db, mc_dossier_get_code (dossier), MC_DOSSIER_ACTION_ACKNOWLEDGE, &lan,
                0, later);
          if (i % 10 == 0)
            step (fixture->db, mc_dossier_get_code (dossier), MC_DOSSIER_ACTION_MARK_PROCESSED,
                  &lan, 0, later);
        }
    }

  /* Mid-way: some dossiers are overdue, some due within a day. */
  fixture->now = moment (2026, 3, 18, 10, 0);

  fixture->worker = mc_db_worker_new ();
  mc_db_worker_open_async (fixture->worker, fixture->path, NULL, opened_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_clear_object (&fixture->worker);
  g_clear_object (&fixture->db);
  g_clear_pointer (&fixture->now, g_date_time_unref);
  mc_test_remove_tree (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->dir);
}

static gint64
usec (GDateTime *when)
{
  return g_date_time_to_unix (when) * G_USEC_PER_SEC;
}

/* The codes an SQL query lists, one a line. */
static char *
sql_codes (McDatabase *db,
           const char *sql)
{
  g_autofree char *wrapped = g_strdup_printf ("SELECT coalesce (group_concat (code, char (10)), '') "
                                              "FROM (%s)", sql);

  return mc_test_query_text (db, wrapped);
}

static char *
join_codes (GPtrArray *dossiers)
{
  g_autoptr(GString) codes = g_string_new (NULL);

  for (guint i = 0; i < dossiers->len; i++)
    {
      if (i > 0)
        g_string_append_c (codes, '\n');
      g_string_append (codes, mc_dossier_get_code (g_ptr_array_index (dossiers, i)));
    }
  return g_string_free (g_steal_pointer (&codes), FALSE);
}

/* Every row of @query through the store, counted first as the model does. */
static GPtrArray *
store_list (Fixture              *fixture,
            const McDossierQuery *query,
            guint                *count)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *dossiers;
  guint n = 0;

  g_assert_true (mc_dossier_list_store_count (fixture->db, query, fixture->now, &n, NULL, &error));
  g_assert_no_error (error);
  dossiers = mc_dossier_list_store_fetch (fixture->db, query, fixture->now, n, 0, 10000, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (dossiers->len, ==, n);
  if (count != NULL)
    *count = n;
  return dossiers;
}

static void
wait_for_query (McDossierListModel *model)
{
  while (mc_dossier_list_model_get_loading (model))
    g_main_context_iteration (NULL, TRUE);
  g_assert_null (mc_dossier_list_model_get_error_message (model));
}

/* Reads every item until none is a placeholder. */
static char *
model_codes (McDossierListModel *model)
{
  for (;;)
    {
      g_autoptr(GString) codes = g_string_new (NULL);
      gboolean complete = TRUE;
      guint n = g_list_model_get_n_items (G_LIST_MODEL (model));

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(McDossier) dossier = g_list_model_get_item (G_LIST_MODEL (model), i);

          if (mc_dossier_list_model_is_placeholder (dossier))
            complete = FALSE;
          if (i > 0)
            g_string_append_c (codes, '\n');
          g_string_append (codes, mc_dossier_get_code (dossier));
        }

      if (complete)
        return g_string_free (g_steal_pointer (&codes), FALSE);

      while (g_main_context_pending (NULL) || complete == FALSE)
        {
          g_main_context_iteration (NULL, TRUE);
          complete = TRUE;
        }
    }
}

static McDossierListModel *
new_model (Fixture *fixture,
           guint    page_size)
{
  McDossierListModel *model = mc_dossier_list_model_new (fixture->worker);

  mc_dossier_list_model_set_now (model, fixture->now);
  mc_dossier_list_model_set_page_size (model, page_size);
  return model;
}

/*
 * Tests
 */

static void
test_counts_and_pages (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(McDossierListModel) model = new_model (fixture, 50);
  g_autofree char *expected = sql_codes (fixture->db, "SELECT code FROM dossier "
                                         "ORDER BY received_at DESC, id DESC");
  g_autofree char *codes = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 0);
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (model)) == MC_TYPE_DOSSIER);

  mc_dossier_list_model_reload (model);
  g_assert_true (mc_dossier_list_model_get_loading (model));
  wait_for_query (model);

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, N_DOSSIERS);
  g_assert_cmpuint (mc_dossier_list_model_get_n_total (model), ==, N_DOSSIERS);
  g_assert_false (mc_dossier_list_model_get_capped (model));
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (model), N_DOSSIERS));

  codes = model_codes (model);
  g_assert_cmpstr (codes, ==, expected);

  /* The counts kept by triggers agree with the table. */
  g_assert_cmpint (mc_test_query_int (fixture->db, "SELECT sum (n) FROM dossier_count"), ==,
                   N_DOSSIERS);
  g_assert_cmpint (mc_test_query_int (fixture->db,
                                      "SELECT n FROM dossier_count WHERE status = 4 AND channel = 1"),
                   ==,
                   mc_test_query_int (fixture->db,
                                      "SELECT count(*) FROM dossier WHERE status = 4 AND channel = 1"));
}

static void
test_sorting (Fixture       *fixture,
              gconstpointer  data)
{
  static const struct
  {
    McDossierSort  sort;
    const char    *order;
  } sorts[] = {
    { MC_DOSSIER_SORT_RECEIVED, "d.received_at @, d.id @" },
    { MC_DOSSIER_SORT_CODE, "d.code @" },
    { MC_DOSSIER_SORT_APPLICANT, "d.applicant_name COLLATE NOCASE @, d.id @" },
    { MC_DOSSIER_SORT_PROCEDURE, "p.name @, p.id @, d.received_at @, d.id @" },
    { MC_DOSSIER_SORT_DUE, "d.due_at @, d.id @" },
    { MC_DOSSIER_SORT_STATUS, "d.status @, d.due_at @, d.id @" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (sorts); i++)
    for (int descending = 0; descending <= 1; descending++)
      {
        g_autoptr(McDossierQuery) query = mc_dossier_query_new ();
        g_auto(GStrv) parts = g_strsplit (sorts[i].order, "@", -1);
        g_autofree char *order = g_strjoinv (descending ? "DESC" : "ASC", parts);
        g_autofree char *sql = g_strdup_printf ("SELECT d.code AS code FROM dossier d "
                                                "JOIN procedure p ON p.id = d.procedure_id "
                                                "ORDER BY %s", order);
        g_autofree char *expected = sql_codes (fixture->db, sql);
        g_autoptr(GPtrArray) dossiers = NULL;
        g_autofree char *codes = NULL;

        query->sort = sorts[i].sort;
        query->descending = descending;
        dossiers = store_list (fixture, query, NULL);
        codes = join_codes (dossiers);
        g_test_message ("sort %d %s", sorts[i].sort, descending ? "down" : "up");
        g_assert_cmpstr (codes, ==, expected);

        /* The plan for a million rows walks the sort index: same answer. */
        {
          g_autoptr(GError) error = NULL;
          g_autoptr(GPtrArray) walked = mc_dossier_list_store_fetch (fixture->db, query,
                                                                     fixture->now, 1000000,
                                                                     0, 10000, &error);
          g_autofree char *walked_codes = NULL;

          g_assert_no_error (error);
          walked_codes = join_codes (walked);
          g_assert_cmpstr (walked_codes, ==, expected);
        }
      }

  /* Through the model, by applicant. */
  {
    g_autoptr(McDossierListModel) model = new_model (fixture, 64);
    g_autoptr(McDossierQuery) query = mc_dossier_query_new ();
    g_autofree char *expected = sql_codes (fixture->db, "SELECT code FROM dossier ORDER BY "
                                           "applicant_name COLLATE NOCASE, id");
    g_autofree char *codes = NULL;

    query->sort = MC_DOSSIER_SORT_APPLICANT;
    query->descending = FALSE;
    mc_dossier_list_model_set_query (model, query);
    g_assert_true (mc_dossier_query_equal (mc_dossier_list_model_get_query (model), query));
    wait_for_query (model);
    codes = model_codes (model);
    g_assert_cmpstr (codes, ==, expected);
  }
}

/* The store's rows for @query equal those of @where, latest first, in
 * both plans. */
static void
assert_filter (Fixture              *fixture,
               const McDossierQuery *query,
               const char           *where)
{
  g_autofree char *sql = g_strdup_printf ("SELECT code FROM dossier d WHERE %s "
                                          "ORDER BY received_at DESC, id DESC", where);
  g_autofree char *expected = sql_codes (fixture->db, sql);
  g_autoptr(GPtrArray) dossiers = NULL;
  g_autoptr(GPtrArray) walked = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *codes = NULL;
  g_autofree char *walked_codes = NULL;
  guint count;

  g_test_message ("filter %s", where);
  dossiers = store_list (fixture, query, &count);
  codes = join_codes (dossiers);
  g_assert_cmpstr (codes, ==, expected);
  g_assert_cmpuint (count, >, 0);
  g_assert_cmpuint (count, <, N_DOSSIERS);

  walked = mc_dossier_list_store_fetch (fixture->db, query, fixture->now, 1000000, 0, 10000,
                                        &error);
  g_assert_no_error (error);
  walked_codes = join_codes (walked);
  g_assert_cmpstr (walked_codes, ==, expected);
}

static void
test_filters (Fixture       *fixture,
              gconstpointer  data)
{
  gint64 now = usec (fixture->now);
  gint64 soon = now + (gint64) MC_DOSSIER_DUE_SOON_HOURS * 3600 * G_USEC_PER_SEC;
  g_autoptr(GDateTime) from = moment (2026, 3, 9, 0, 0);
  g_autoptr(GDateTime) to = moment (2026, 3, 14, 0, 0);
  g_autofree char *where = NULL;
  g_autoptr(McDossierQuery) query = mc_dossier_query_new ();

  query->status = MC_DOSSIER_STATUS_PROCESSING;
  assert_filter (fixture, query, "status = 4");
  query->channel = MC_CHANNEL_POSTAL;
  assert_filter (fixture, query, "status = 4 AND channel = 3");
  query->status = 0;
  assert_filter (fixture, query, "channel = 3");
  query->channel = 0;

  query->deadline = MC_DEADLINE_FILTER_OVERDUE;
  where = g_strdup_printf ("status IN (1, 2, 4, 5, 6) AND due_at < %" G_GINT64_FORMAT, now);
  assert_filter (fixture, query, where);
  g_clear_pointer (&where, g_free);

  query->deadline = MC_DEADLINE_FILTER_DUE_SOON;
  where = g_strdup_printf ("status IN (1, 2, 4, 5, 6) AND due_at >= %" G_GINT64_FORMAT
                           " AND due_at < %" G_GINT64_FORMAT, now, soon);
  assert_filter (fixture, query, where);
  g_clear_pointer (&where, g_free);

  query->deadline = MC_DEADLINE_FILTER_IN_TIME;
  where = g_strdup_printf ("status IN (1, 2, 4, 5, 6) AND due_at >= %" G_GINT64_FORMAT, soon);
  assert_filter (fixture, query, where);
  g_clear_pointer (&where, g_free);
  query->deadline = MC_DEADLINE_FILTER_ANY;

  query->assignee_id = fixture->lan_id;
  where = g_strdup_printf ("assignee_id = %" G_GINT64_FORMAT, fixture->lan_id);
  assert_filter (fixture, query, where);
  g_clear_pointer (&where, g_free);
  query->assignee_id = 0;

  mc_dossier_query_set_period (query, from, to);
  where = g_strdup_printf ("received_at >= %" G_GINT64_FORMAT " AND received_at < %" G_GINT64_FORMAT,
                           usec (from), usec (to));
  assert_filter (fixture, query, where);
  g_clear_pointer (&where, g_free);

  /* Everything together, sorted by due date. */
  query->status = MC_DOSSIER_STATUS_PROCESSING;
  query->assignee_id = fixture->lan_id;
  query->sort = MC_DOSSIER_SORT_DUE;
  {
    g_autoptr(GPtrArray) dossiers = store_list (fixture, query, NULL);

    g_assert_cmpuint (dossiers->len, >, 0);
    for (guint i = 0; i < dossiers->len; i++)
      {
        McDossier *dossier = g_ptr_array_index (dossiers, i);

        g_assert_cmpint (mc_dossier_get_status (dossier), ==, MC_DOSSIER_STATUS_PROCESSING);
        g_assert_cmpint (mc_dossier_get_assignee_id (dossier), ==, fixture->lan_id);
        g_assert_cmpstr (mc_dossier_get_assignee_name (dossier), ==, "Lê Thị Lan");
        g_assert_true (g_date_time_compare (mc_dossier_get_received_at (dossier), from) >= 0);
        g_assert_true (g_date_time_compare (mc_dossier_get_received_at (dossier), to) < 0);
        if (i > 0)
          g_assert_true (g_date_time_compare (mc_dossier_get_due_at (g_ptr_array_index (dossiers, i - 1)),
                                              mc_dossier_get_due_at (dossier)) >= 0);
      }
  }
}

static void
test_search (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(McDossierQuery) query = mc_dossier_query_new ();
  g_autoptr(GPtrArray) dossiers = NULL;
  g_autofree char *first_code = NULL;
  guint count;

  /* Accents, case and đ folded: "tran van" is Trần Văn An, Bình and cường. */
  mc_dossier_query_set_search_text (query, "tran van");
  assert_filter (fixture, query, "applicant_name IN ('Trần Văn An', 'Trần Văn Bình', "
                 "'trần văn cường')");
  dossiers = store_list (fixture, query, &count);
  g_assert_cmpuint (count, ==, N_DOSSIERS * 3 / G_N_ELEMENTS (names));
  g_assert_true (g_str_has_prefix (mc_dossier_get_applicant_name (g_ptr_array_index (dossiers, 0)),
                                   "Trần Văn") ||
                 g_str_has_prefix (mc_dossier_get_applicant_name (g_ptr_array_index (dossiers, 0)),
                                   "trần văn"));
  g_clear_pointer (&dossiers, g_ptr_array_unref);

  mc_dossier_query_set_search_text (query, "dat");
  assert_filter (fixture, query, "applicant_name = 'Đặng Quốc Đạt'");

  /* ID number and phone. */
  mc_dossier_query_set_search_text (query, "001090000017");
  assert_filter (fixture, query, "id_number = '001090000017'");
  mc_dossier_query_set_search_text (query, "0912300042");
  assert_filter (fixture, query, "phone = '0912300042'");

  /* The code, and a search with a filter. */
  first_code = mc_test_query_text (fixture->db, "SELECT code FROM dossier WHERE id = 7");
  mc_dossier_query_set_search_text (query, first_code);
  assert_filter (fixture, query, "id = 7");

  mc_dossier_query_set_search_text (query, "nguyen");
  query->status = MC_DOSSIER_STATUS_ACCEPTED;
  assert_filter (fixture, query, "(applicant_name LIKE 'Nguyễn%') AND status = 2");

  /* No word: everything. */
  mc_dossier_query_set_search_text (query, " ,. ");
  query->status = 0;
  dossiers = store_list (fixture, query, &count);
  g_assert_cmpuint (count, ==, N_DOSSIERS);

  mc_dossier_query_set_search_text (query, "khong co ai");
  g_clear_pointer (&dossiers, g_ptr_array_unref);
  dossiers = store_list (fixture, query, &count);
  g_assert_cmpuint (count, ==, 0);
}

/* No full scan of the dossier table, and no sort of a large set. */
static void
assert_plan (Fixture              *fixture,
             const McDossierQuery *query,
             guint                 count)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *plan = mc_dossier_list_store_explain (fixture->db, query, fixture->now, count,
                                                         &error);
  g_auto(GStrv) lines = NULL;

  g_assert_no_error (error);
  g_test_message ("plan for %u rows, sort %d:\n%s", count, query->sort, plan);
  lines = g_strsplit (plan, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      /* dossier_count holds a row per status and channel; the FTS5 table
       * is searched through its own index. */
      if ((g_str_has_prefix (lines[i], "SCAN d") || g_str_has_prefix (lines[i], "SCAN p")) &&
          !g_str_has_prefix (lines[i], "SCAN dossier_count"))
        g_assert_true (strstr (lines[i], "USING") != NULL ||
                       strstr (lines[i], "VIRTUAL TABLE INDEX") != NULL);
      if (count > MC_DOSSIER_SMALL_SET && query->search_text == NULL)
        g_assert_null (strstr (lines[i], "TEMP B-TREE"));
    }
}

static void
test_query_plans (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GDateTime) from = moment (2026, 3, 9, 0, 0);
  g_autoptr(GDateTime) to = moment (2026, 3, 14, 0, 0);

  for (int sort = 0; sort < MC_DOSSIER_SORT_N_COLUMNS; sort++)
    for (int filter = 0; filter < 8; filter++)
      {
        g_autoptr(McDossierQuery) query = mc_dossier_query_new ();

        query->sort = sort;
        query->descending = filter % 2;
        switch (filter)
          {
          case 1:
            query->status = MC_DOSSIER_STATUS_PROCESSING;
            break;
          case 2:
            query->deadline = MC_DEADLINE_FILTER_OVERDUE;
            break;
          case 3:
            query->deadline = MC_DEADLINE_FILTER_DUE_SOON;
            break;
          case 4:
            query->assignee_id = fixture->lan_id;
            break;
          case 5:
            query->channel = MC_CHANNEL_ONLINE;
            break;
          case 6:
            mc_dossier_query_set_period (query, from, to);
            break;
          case 7:
            mc_dossier_query_set_search_text (query, "tran van");
            break;
          default:
            break;
          }

        /* The small-set plan and the sort-index plan. */
        assert_plan (fixture, query, 100);
        assert_plan (fixture, query, 1000000);
      }
}

static void
items_changed_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  gpointer    user_data)
{
  GPtrArray *mirror = user_data;

  g_assert_cmpuint (position + removed, <=, mirror->len);
  g_ptr_array_remove_range (mirror, position, removed);
  for (guint i = 0; i < added; i++)
    g_ptr_array_insert (mirror, position + i, g_list_model_get_item (model, position + i));
  g_assert_cmpuint (mirror->len, ==, g_list_model_get_n_items (model));
}

static void
test_placeholders (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(McDossierListModel) model = new_model (fixture, 20);
  g_autoptr(GPtrArray) mirror = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(McDossier) placeholder = NULL;
  g_autoptr(McDossier) real = NULL;
  g_autofree char *expected = sql_codes (fixture->db, "SELECT code FROM dossier "
                                         "ORDER BY received_at DESC, id DESC LIMIT 1 OFFSET 100");
  g_autofree char *mirrored = NULL;
  g_autofree char *codes = NULL;
  g_autoptr(McDossierQuery) query = mc_dossier_query_new ();
  g_autoptr(GPtrArray) rows = NULL;

  g_signal_connect (model, "items-changed", G_CALLBACK (items_changed_cb), mirror);

  mc_dossier_list_model_reload (model);
  wait_for_query (model);
  g_assert_cmpuint (mirror->len, ==, N_DOSSIERS);

  /* The first page came with the count; the sixth is asked for. */
  real = g_list_model_get_item (G_LIST_MODEL (model), 0);
  g_assert_false (mc_dossier_list_model_is_placeholder (real));
  g_clear_object (&real);

  placeholder = g_list_model_get_item (G_LIST_MODEL (model), 100);
  g_assert_true (mc_dossier_list_model_is_placeholder (placeholder));
  g_assert_cmpstr (mc_dossier_get_code (placeholder), ==, "…");
  g_assert_true (mc_dossier_list_model_is_placeholder (g_ptr_array_index (mirror, 100)));

  /* When the page arrives, items-changed replaces it in the mirror. */
  while (mc_dossier_list_model_is_placeholder (g_ptr_array_index (mirror, 100)))
    g_main_context_iteration (NULL, TRUE);
  real = g_list_model_get_item (G_LIST_MODEL (model), 100);
  g_assert_false (mc_dossier_list_model_is_placeholder (real));
  g_assert_cmpstr (mc_dossier_get_code (real), ==, expected);
  g_assert_true (g_ptr_array_index (mirror, 100) == real);

  /* Every row, then another query: the mirror follows the signals. */
  codes = model_codes (model);
  query->status = MC_DOSSIER_STATUS_PROCESSING;
  query->sort = MC_DOSSIER_SORT_CODE;
  mc_dossier_list_model_set_query (model, query);
  /* Stale: a second query before the first answered. */
  query->status = MC_DOSSIER_STATUS_PROCESSED;
  mc_dossier_list_model_set_query (model, query);
  wait_for_query (model);
  g_free (codes);
  codes = model_codes (model);
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (mc_dossier_list_model_get_n_total (model), ==,
                    mc_test_query_int (fixture->db, "SELECT count(*) FROM dossier WHERE status = 9"));

  mirrored = join_codes (mirror);
  g_assert_cmpstr (mirrored, ==, codes);
  rows = store_list (fixture, query, NULL);
  g_free (mirrored);
  mirrored = join_codes (rows);
  g_assert_cmpstr (mirrored, ==, codes);

  /* Back to nothing matching. */
  mc_dossier_query_set_search_text (query, "khong co ai");
  mc_dossier_list_model_set_query (model, query);
  wait_for_query (model);
  g_assert_cmpuint (mirror->len, ==, 0);
}

static guint
count_of (Fixture              *fixture,
          const McDossierQuery *query)
{
  g_autoptr(GError) error = NULL;
  guint n = 0;

  g_assert_true (mc_dossier_list_store_count (fixture->db, query, fixture->now, &n, NULL, &error));
  g_assert_no_error (error);
  return n;
}

/* The officer and period filters of the list page: ten dossiers a working
 * day, every fifth one handed over to Lan. */
static void
test_officer_and_period (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(McDossierQuery) query = mc_dossier_query_new ();
  g_autoptr(GDateTime) week = moment (2026, 3, 9, 0, 0);
  g_autoptr(GDateTime) next_week = moment (2026, 3, 16, 0, 0);
  g_autoptr(GDateTime) today = moment (2026, 3, 18, 0, 0);
  g_autoptr(GDateTime) tomorrow = moment (2026, 3, 19, 0, 0);
  g_autoptr(GDateTime) march = moment (2026, 3, 1, 0, 0);
  g_autoptr(GDateTime) april = moment (2026, 4, 1, 0, 0);

  query->assignee_id = fixture->lan_id;
  g_assert_cmpuint (count_of (fixture, query), ==, N_DOSSIERS / 5);
  query->assignee_id = fixture->lan_id + 1000;
  g_assert_cmpuint (count_of (fixture, query), ==, 0);
  query->assignee_id = 0;

  mc_dossier_query_set_period (query, week, next_week);
  g_assert_cmpuint (count_of (fixture, query), ==, 50);
  query->assignee_id = fixture->lan_id;
  g_assert_cmpuint (count_of (fixture, query), ==, 10);
  query->assignee_id = 0;

  mc_dossier_query_set_period (query, today, tomorrow);
  g_assert_cmpuint (count_of (fixture, query), ==, 10);

  /* 22 working days in March, two in April. */
  mc_dossier_query_set_period (query, march, april);
  g_assert_cmpuint (count_of (fixture, query), ==, 220);
  mc_dossier_query_set_period (query, april, NULL);
  g_assert_cmpuint (count_of (fixture, query), ==, 20);

  /* Through the model, as the list page sets it. */
  {
    g_autoptr(McDossierListModel) model = new_model (fixture, 50);

    mc_dossier_query_set_period (query, week, next_week);
    query->assignee_id = fixture->lan_id;
    mc_dossier_list_model_set_query (model, query);
    wait_for_query (model);
    g_assert_cmpuint (mc_dossier_list_model_get_n_total (model), ==, 10);
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 10);
  }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/dossier-list/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("counts-and-pages", test_counts_and_pages);
  ADD ("sorting", test_sorting);
  ADD ("filters", test_filters);
  ADD ("officer-and-period", test_officer_and_period);
  ADD ("search", test_search);
  ADD ("query-plans", test_query_plans);
  ADD ("placeholders", test_placeholders);

#undef ADD

  return g_test_run ();
}
