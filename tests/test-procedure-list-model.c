/* test-procedure-list-model.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "mc-catalogue.h"
#include "mc-error.h"
#include "mc-procedure-list-model.h"
#include "mc-test-util.h"

/* The model over the small catalogue of tests/data, on a real database
 * worker. On 2025-07-15 eight procedures are current, sorted by folded
 * name: */
#define ALL_CODES "2.000815 2.000884 1.000894 1.001193 1.000656 1.004884 1.004859 1.001776"
#define TODAY "2025-07-15"
#define TIMEOUT_USEC (10 * G_USEC_PER_SEC)

/* Mirrors the model from its items-changed signals alone, holding a weak
 * reference on every item it was told about: an item finalized while the
 * model still lists it fails the test at once. */
typedef struct
{
  GListModel *model;
  GPtrArray  *shadow;
  guint       n_signals;
  const char *forbidden_code;
} Recorder;

typedef struct
{
  char                 *dir;
  char                 *path;
  McDbWorker           *worker;
  McCatalogue          *catalogue;
  McProcedureListModel *model;
  Recorder              recorder;
  guint                 n_changed;
} Fixture;

static gboolean
wake_up (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

/* Runs the main context until *@flag, failing after TIMEOUT_USEC. */
static void
wait_for_flag (const gboolean *flag)
{
  gint64 deadline = g_get_monotonic_time () + TIMEOUT_USEC;
  guint source = g_timeout_add (20, wake_up, NULL);

  while (!*flag)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, TRUE);
    }
  g_source_remove (source);
}

static void
wait_until_idle (McProcedureListModel *model)
{
  gint64 deadline = g_get_monotonic_time () + TIMEOUT_USEC;
  guint source = g_timeout_add (20, wake_up, NULL);

  while (mc_procedure_list_model_get_loading (model) ||
         mc_procedure_list_model_get_searching (model))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, TRUE);
    }
  g_source_remove (source);

  /* Nothing else queued changes the model afterwards. */
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* The worker thread lets go of a finished job's task just after handing
 * back its result: wait for that before dropping the worker. */
static void
wait_for_last_reference (gpointer object)
{
  gint64 deadline = g_get_monotonic_time () + TIMEOUT_USEC;

  while (g_atomic_int_get (&G_OBJECT (object)->ref_count) > 1)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_usleep (1000);
    }
}

static void
item_finalized_cb (gpointer  data,
                   GObject  *where_the_object_was)
{
  Recorder *recorder = data;

  g_test_message ("An item was finalized while the model still listed it");
  g_assert_false (g_ptr_array_find (recorder->shadow, where_the_object_was, NULL));
}

static void
items_changed_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  Recorder   *recorder)
{
  g_assert_cmpuint (position + removed, <=, recorder->shadow->len);

  for (guint i = 0; i < removed; i++)
    {
      g_object_weak_unref (g_ptr_array_index (recorder->shadow, position), item_finalized_cb,
                           recorder);
      g_ptr_array_remove_index (recorder->shadow, position);
    }

  for (guint i = 0; i < added; i++)
    {
      g_autoptr(McProcedure) item = g_list_model_get_item (model, position + i);

      g_assert_nonnull (item);
      if (recorder->forbidden_code != NULL)
        g_assert_cmpstr (mc_procedure_get_code (item), !=, recorder->forbidden_code);
      g_object_weak_ref (G_OBJECT (item), item_finalized_cb, recorder);
      g_ptr_array_insert (recorder->shadow, position + i, item);
    }

  /* The changes sum to the new length. */
  g_assert_cmpuint (recorder->shadow->len, ==, g_list_model_get_n_items (model));
  recorder->n_signals++;
}

/* The mirror and the model hold the very same items. */
static void
recorder_check (Recorder *recorder)
{
  g_assert_cmpuint (recorder->shadow->len, ==, g_list_model_get_n_items (recorder->model));
  for (guint i = 0; i < recorder->shadow->len; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (recorder->model, i);

      g_assert_true (item == g_ptr_array_index (recorder->shadow, i));
    }
}

static char *
model_codes (McProcedureListModel *model)
{
  GListModel *list = G_LIST_MODEL (model);
  g_autoptr(GString) codes = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(McProcedure) item = g_list_model_get_item (list, i);

      g_string_append_printf (codes, "%s%s", i > 0 ? " " : "", mc_procedure_get_code (item));
    }

  return g_string_free (g_steal_pointer (&codes), FALSE);
}

static void
assert_codes (Fixture    *fixture,
              const char *expected)
{
  g_autofree char *codes = model_codes (fixture->model);

  g_assert_cmpstr (codes, ==, expected);
  recorder_check (&fixture->recorder);
  g_assert_false (mc_procedure_list_model_get_searching (fixture->model));
  g_assert_null (mc_procedure_list_model_get_error_message (fixture->model));
}

static void
open_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (mc_db_worker_open_finish (MC_DB_WORKER (object), result, &error));
  g_assert_no_error (error);
  *(gboolean *) user_data = TRUE;
}

typedef struct
{
  gboolean       done;
  McImportResult result;
} ImportWait;

static void
import_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  ImportWait *wait = user_data;
  g_autoptr(GError) error = NULL;

  g_assert_true (mc_catalogue_import_finish (MC_CATALOGUE (object), result, &wait->result,
                                             &error));
  g_assert_no_error (error);
  wait->done = TRUE;
}

static McImportResult
import_fixture (Fixture    *fixture,
                const char *name)
{
  g_autofree char *path = mc_test_data_path (name);
  ImportWait wait = { FALSE, };

  mc_catalogue_import_async (fixture->catalogue, path, NULL, import_done_cb, &wait);
  wait_for_flag (&wait.done);

  return wait.result;
}

static void
catalogue_changed_cb (McCatalogue *catalogue,
                      Fixture     *fixture)
{
  fixture->n_changed++;
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  gboolean opened = FALSE;
  McImportResult result;

  fixture->dir = mc_test_make_tmp_dir ("mc-test-list-model-XXXXXX");
  fixture->path = g_build_filename (fixture->dir, "motcua.db", NULL);

  fixture->worker = mc_db_worker_new ();
  fixture->catalogue = mc_catalogue_new (fixture->worker);
  g_signal_connect (fixture->catalogue, "changed", G_CALLBACK (catalogue_changed_cb), fixture);
  mc_db_worker_open_async (fixture->worker, fixture->path, NULL, open_done_cb, &opened);
  wait_for_flag (&opened);
  result = import_fixture (fixture, "catalogue-small.json");
  g_assert_cmpuint (result.added, ==, 9);
  g_assert_cmpuint (fixture->n_changed, ==, 1);

  fixture->model = mc_procedure_list_model_new (fixture->catalogue);
  mc_procedure_list_model_set_today (fixture->model, TODAY);
  fixture->recorder.model = G_LIST_MODEL (fixture->model);
  fixture->recorder.shadow = g_ptr_array_new ();
  g_signal_connect (fixture->model, "items-changed", G_CALLBACK (items_changed_cb),
                    &fixture->recorder);

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->model)), ==, 0);
  mc_procedure_list_model_reload (fixture->model);
  g_assert_true (mc_procedure_list_model_get_loading (fixture->model));
  wait_until_idle (fixture->model);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  wait_until_idle (fixture->model);
  g_signal_handlers_disconnect_by_data (fixture->model, &fixture->recorder);
  for (guint i = 0; i < fixture->recorder.shadow->len; i++)
    g_object_weak_unref (g_ptr_array_index (fixture->recorder.shadow, i), item_finalized_cb,
                         &fixture->recorder);
  g_ptr_array_unref (fixture->recorder.shadow);

  g_assert_finalize_object (fixture->model);
  g_assert_finalize_object (fixture->catalogue);
  wait_for_last_reference (fixture->worker);
  g_assert_finalize_object (fixture->worker);
  mc_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
}

static void
test_load (Fixture       *fixture,
           gconstpointer  data)
{
  assert_codes (fixture, ALL_CODES);
  g_assert_false (mc_procedure_list_model_get_loading (fixture->model));
  g_assert_cmpuint (mc_procedure_list_model_get_n_total (fixture->model), ==, 8);
  g_assert_cmpuint (fixture->recorder.n_signals, >=, 1);
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (fixture->model)) == MC_TYPE_PROCEDURE);
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (fixture->model), 8));
}

static void
search (Fixture    *fixture,
        const char *text)
{
  mc_procedure_list_model_set_search_text (fixture->model, text);
  g_assert_cmpstr (mc_procedure_list_model_get_search_text (fixture->model), ==, text);
  wait_until_idle (fixture->model);
}

static void
test_search (Fixture       *fixture,
             gconstpointer  data)
{
  search (fixture, "khai sinh");
  assert_codes (fixture, "1.001193 1.004884");
  search (fixture, "Đăng Ký");
  assert_codes (fixture, "1.000894 1.001193 1.000656 1.004884");
  search (fixture, "xyz");
  assert_codes (fixture, "");

  /* Clearing needs no database: everything is back at once. */
  mc_procedure_list_model_set_search_text (fixture->model, "");
  g_assert_false (mc_procedure_list_model_get_searching (fixture->model));
  assert_codes (fixture, ALL_CODES);

  search (fixture, "2.000");
  assert_codes (fixture, "2.000815 2.000884");
  mc_procedure_list_model_set_search_text (fixture->model, " ... ");
  assert_codes (fixture, ALL_CODES);
}

static void
test_search_not_current (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(McProcedure) item = NULL;

  /* Before 2025-07-01 the amended version of 1.004884 is not current:
   * the index finds it, the list does not show it. */
  mc_procedure_list_model_set_today (fixture->model, "2025-06-30");
  mc_procedure_list_model_reload (fixture->model);
  wait_until_idle (fixture->model);
  assert_codes (fixture, ALL_CODES);

  search (fixture, "sua doi");
  assert_codes (fixture, "");
  search (fixture, "lai khai sinh");
  assert_codes (fixture, "1.004884");
  item = g_list_model_get_item (G_LIST_MODEL (fixture->model), 0);
  g_assert_cmpstr (mc_procedure_get_effective_date (item), ==, "2020-01-01");
}

static void
test_stale_search (Fixture       *fixture,
                   gconstpointer  data)
{
  guint before = fixture->recorder.n_signals;

  /* Typed quickly: the answer to "khai sinh" must never be shown. */
  fixture->recorder.forbidden_code = "1.001193";
  mc_procedure_list_model_set_search_text (fixture->model, "khai sinh");
  mc_procedure_list_model_set_search_text (fixture->model, "chung thuc");
  wait_until_idle (fixture->model);
  assert_codes (fixture, "2.000815 2.000884");
  g_assert_cmpuint (fixture->recorder.n_signals, ==, before + 1);
  fixture->recorder.forbidden_code = NULL;

  /* Letter by letter, without waiting. */
  mc_procedure_list_model_set_search_text (fixture->model, "k");
  mc_procedure_list_model_set_search_text (fixture->model, "kh");
  mc_procedure_list_model_set_search_text (fixture->model, "kha");
  mc_procedure_list_model_set_search_text (fixture->model, "khai");
  mc_procedure_list_model_set_search_text (fixture->model, "khai t");
  mc_procedure_list_model_set_search_text (fixture->model, "khai tu");
  wait_until_idle (fixture->model);
  assert_codes (fixture, "1.000656");
}

static void
test_filters (Fixture       *fixture,
              gconstpointer  data)
{
  McProcedureListModel *model = fixture->model;

  /* Filters apply at once, without the database. */
  mc_procedure_list_model_set_field_code (model, "CHUNGTHUC");
  g_assert_cmpstr (mc_procedure_list_model_get_field_code (model), ==, "CHUNGTHUC");
  assert_codes (fixture, "2.000815 2.000884");
  mc_procedure_list_model_set_field_code (model, "HOTICH");
  assert_codes (fixture, "1.000894 1.001193 1.000656 1.004884 1.004859");
  mc_procedure_list_model_set_online_level (model, MC_ONLINE_LEVEL_PARTIAL);
  g_assert_cmpint (mc_procedure_list_model_get_online_level (model), ==, MC_ONLINE_LEVEL_PARTIAL);
  assert_codes (fixture, "1.000894 1.004884 1.004859");
  mc_procedure_list_model_set_field_code (model, NULL);
  assert_codes (fixture, "1.000894 1.004884 1.004859 1.001776");
  mc_procedure_list_model_set_online_level (model, MC_ONLINE_LEVEL_NONE);
  assert_codes (fixture, "2.000815 2.000884");
  mc_procedure_list_model_set_online_level (model, MC_ONLINE_LEVEL_FULL);
  assert_codes (fixture, "1.001193 1.000656");

  /* With a search: both apply. */
  search (fixture, "khai");
  assert_codes (fixture, "1.001193 1.000656");
  mc_procedure_list_model_set_online_level (model, MC_ONLINE_LEVEL_ANY);
  assert_codes (fixture, "1.001193 1.000656 1.004884");
  mc_procedure_list_model_set_field_code (model, "BAOTROXAHOI");
  assert_codes (fixture, "");
  mc_procedure_list_model_set_field_code (model, "");
  search (fixture, "");
  assert_codes (fixture, ALL_CODES);
}

static void
test_import_reloads (Fixture       *fixture,
                     gconstpointer  data)
{
  McImportResult result;
  guint before;

  /* Unchanged: no "changed", no reload. */
  before = fixture->recorder.n_signals;
  result = import_fixture (fixture, "catalogue-small.json");
  g_assert_cmpuint (result.unchanged, ==, 9);
  g_assert_cmpuint (fixture->n_changed, ==, 1);
  g_assert_false (mc_procedure_list_model_get_loading (fixture->model));
  g_assert_cmpuint (fixture->recorder.n_signals, ==, before);

  /* A new procedure while a search is on: the model reloads by itself,
   * the old items stay alive until the new answer replaces them. */
  search (fixture, "dang ky");
  assert_codes (fixture, "1.000894 1.001193 1.000656 1.004884");
  result = import_fixture (fixture, "catalogue-extra.json");
  g_assert_cmpuint (result.added, ==, 1);
  g_assert_cmpuint (fixture->n_changed, ==, 2);
  g_assert_true (mc_procedure_list_model_get_loading (fixture->model));
  wait_until_idle (fixture->model);
  g_assert_cmpuint (mc_procedure_list_model_get_n_total (fixture->model), ==, 9);
  assert_codes (fixture, "1.000894 1.001193 1.000656 1.004884");

  search (fixture, "");
  assert_codes (fixture, "1.004873 " ALL_CODES);
}

static void
test_no_database (void)
{
  McDbWorker *worker = mc_db_worker_new ();
  McCatalogue *catalogue = mc_catalogue_new (worker);
  McProcedureListModel *model = mc_procedure_list_model_new (catalogue);

  /* The error is shown, not thrown. */
  mc_procedure_list_model_reload (model);
  wait_until_idle (model);
  g_assert_false (mc_procedure_list_model_get_loading (model));
  g_assert_cmpstr (mc_procedure_list_model_get_error_message (model), ==, "No database is open.");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 0);

  g_assert_finalize_object (model);
  g_assert_finalize_object (catalogue);
  wait_for_last_reference (worker);
  g_assert_finalize_object (worker);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("/procedure-list-model/load", test_load);
  ADD ("/procedure-list-model/search", test_search);
  ADD ("/procedure-list-model/search-not-current", test_search_not_current);
  ADD ("/procedure-list-model/stale-search", test_stale_search);
  ADD ("/procedure-list-model/filters", test_filters);
  ADD ("/procedure-list-model/import-reloads", test_import_reloads);
  g_test_add_func ("/procedure-list-model/no-database", test_no_database);

#undef ADD

  return g_test_run ();
}
