/* test-db-worker.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>

#include "mc-db-worker.h"
#include "mc-error.h"

#define TIMEOUT_USEC (10 * G_USEC_PER_SEC)

typedef struct
{
  GAsyncResult *result;
  GPtrArray    *order;
  guint         n_done;
} Waiter;

static void
store_result_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  Waiter *waiter = user_data;

  g_set_object (&waiter->result, result);
  waiter->n_done++;
}

static void
wait_for (Waiter *waiter,
          guint   n_done)
{
  gint64 deadline = g_get_monotonic_time () + TIMEOUT_USEC;

  while (waiter->n_done < n_done)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, TRUE);
    }
}

static char *
make_db_path (void)
{
  g_autofree char *dir = g_dir_make_tmp ("mc-db-worker-XXXXXX", NULL);

  g_assert_nonnull (dir);
  return g_build_filename (dir, "test.sqlite", NULL);
}

static gpointer
count_work (McDatabase  *db,
            gpointer     data,
            GError     **error)
{
  g_autoptr(McStatement) stmt = mc_database_prepare (db, "SELECT count(*) FROM procedure", error);
  gboolean has_row;

  if (stmt == NULL || !mc_database_step (db, stmt, &has_row, error))
    return NULL;

  return g_strdup_printf ("%s:%d", (const char *) data, sqlite3_column_int (stmt, 0));
}

static gpointer
failing_work (McDatabase  *db,
              gpointer     data,
              GError     **error)
{
  g_set_error_literal (error, MC_ERROR, MC_ERROR_INVALID, "refused");
  return NULL;
}

/* Answers come back on the caller's main context, in the order queued. */
static void
test_worker_results (void)
{
  g_autoptr(McDbWorker) worker = mc_db_worker_new ();
  g_autofree char *path = make_db_path ();
  g_autoptr(GError) error = NULL;
  Waiter waiter = { NULL, };
  g_autofree char *first = NULL;

  mc_db_worker_open_async (worker, path, NULL, store_result_cb, &waiter);
  wait_for (&waiter, 1);
  g_assert_true (mc_db_worker_open_finish (worker, waiter.result, &error));
  g_assert_no_error (error);
  g_assert_true (mc_db_worker_is_open (worker));

  mc_db_worker_run_async (worker, count_work, g_strdup ("a"), g_free, g_free, NULL,
                          store_result_cb, &waiter);
  wait_for (&waiter, 2);
  first = mc_db_worker_run_finish (worker, waiter.result, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (first, ==, "a:0");

  mc_db_worker_run_async (worker, failing_work, NULL, NULL, NULL, NULL,
                          store_result_cb, &waiter);
  wait_for (&waiter, 3);
  g_assert_null (mc_db_worker_run_finish (worker, waiter.result, &error));
  g_assert_error (error, MC_ERROR, MC_ERROR_INVALID);

  g_clear_object (&waiter.result);
  g_unlink (path);
}

/* Work queued before any database is open fails cleanly; a damaged file
 * fails to open without closing the worker for good. */
static void
test_worker_without_database (void)
{
  g_autoptr(McDbWorker) worker = mc_db_worker_new ();
  g_autofree char *garbage = make_db_path ();
  g_autoptr(GError) error = NULL;
  Waiter waiter = { NULL, };

  mc_db_worker_run_async (worker, count_work, g_strdup ("x"), g_free, g_free, NULL,
                          store_result_cb, &waiter);
  wait_for (&waiter, 1);
  g_assert_null (mc_db_worker_run_finish (worker, waiter.result, &error));
  g_assert_error (error, MC_DATABASE_ERROR, MC_DATABASE_ERROR_CANT_OPEN);
  g_clear_error (&error);

  g_assert_true (g_file_set_contents (garbage, "not a database, just some text in a file", -1, NULL));
  mc_db_worker_open_async (worker, garbage, NULL, store_result_cb, &waiter);
  wait_for (&waiter, 2);
  g_assert_false (mc_db_worker_open_finish (worker, waiter.result, &error));
  g_assert_error (error, MC_DATABASE_ERROR, MC_DATABASE_ERROR_CORRUPT);
  g_assert_false (mc_db_worker_is_open (worker));

  g_clear_object (&waiter.result);
  g_unlink (garbage);
}

/* The caller may drop its worker while a job is under way: the job's task
 * then holds the last reference, which the worker thread itself may drop.
 * The worker must not wait for its own thread then (it used to abort with
 * "Resource deadlock avoided", about one run in two). */
static void
test_worker_last_unref_on_worker_thread (void)
{
  g_autofree char *path = make_db_path ();

  for (guint i = 0; i < 60; i++)
    {
      McDbWorker *worker = mc_db_worker_new ();
      Waiter waiter = { NULL, };

      mc_db_worker_open_async (worker, path, NULL, store_result_cb, &waiter);
      mc_db_worker_run_async (worker, count_work, g_strdup ("b"), g_free, g_free, NULL,
                              store_result_cb, &waiter);
      g_object_unref (worker);

      wait_for (&waiter, 2);
      g_clear_object (&waiter.result);
    }

  g_unlink (path);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/db-worker/results", test_worker_results);
  g_test_add_func ("/db-worker/without-database", test_worker_without_database);
  g_test_add_func ("/db-worker/last-unref-on-worker-thread", test_worker_last_unref_on_worker_thread);

  return g_test_run ();
}
