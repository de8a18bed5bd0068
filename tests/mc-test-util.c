/* mc-test-util.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <stdio.h>

#include "mc-catalogue-import.h"
#include "mc-dossier-store.h"
#include "mc-test-util.h"

/* Helpers shared by the core tests (tests/test-*.c). */

/**
 * mc_test_remove_tree:
 * @path: a file or folder
 *
 * Deletes @path and, for a folder, everything below it.
 */
void
mc_test_remove_tree (const char *path)
{
  GDir *dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir != NULL)
    {
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);
          mc_test_remove_tree (child);
        }
      g_dir_close (dir);
      g_rmdir (path);
    }
  else
    {
      g_unlink (path);
    }
}

/**
 * mc_test_make_tmp_dir:
 * @tmpl: a template for g_dir_make_tmp(), ending in "XXXXXX"
 *
 * Creates a new temporary folder, failing the test if it cannot.
 *
 * Returns: (transfer full): the folder's path
 */
char *
mc_test_make_tmp_dir (const char *tmpl)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp (tmpl, &error);

  g_assert_no_error (error);

  return dir;
}

/**
 * mc_test_data_path:
 * @name: a file of tests/data
 *
 * Returns: (transfer full): the path of @name
 */
char *
mc_test_data_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", name, NULL);
}

/**
 * mc_test_read_bytes:
 * @path: a file
 *
 * Returns: (transfer full): the contents of @path
 */
GBytes *
mc_test_read_bytes (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize len = 0;

  g_assert_true (g_file_get_contents (path, &contents, &len, &error));
  g_assert_no_error (error);

  return g_bytes_new_take (contents, len);
}

/**
 * mc_test_load_fixture:
 * @name: a file of tests/data
 *
 * Returns: (transfer full): the contents of @name
 */
GBytes *
mc_test_load_fixture (const char *name)
{
  g_autofree char *path = mc_test_data_path (name);

  return mc_test_read_bytes (path);
}

/**
 * mc_test_query_text:
 * @db: a database
 * @sql: a query returning at least one row
 *
 * Returns: (transfer full): the first column of the first row of @sql,
 *   as text, "" for NULL
 */
char *
mc_test_query_text (McDatabase *db,
                    const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  char *text = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (mc_database_get_handle (db), sql, -1, &stmt, NULL),
                   ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  text = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);

  return text != NULL ? text : g_strdup ("");
}

/**
 * mc_test_sqlite_query_int:
 * @handle: an SQLite connection
 * @sql: a query returning at least one row
 *
 * Returns: the first column of the first row of @sql, which must not be
 *   NULL, as an integer
 */
gint64
mc_test_sqlite_query_int (sqlite3    *handle,
                          const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_prepare_v2 (handle, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpint (sqlite3_column_type (stmt, 0), !=, SQLITE_NULL);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);

  return value;
}

/**
 * mc_test_query_int:
 * @db: a database
 * @sql: a query returning at least one row
 *
 * As mc_test_sqlite_query_int(), on the connection of @db.
 */
gint64
mc_test_query_int (McDatabase *db,
                   const char *sql)
{
  return mc_test_sqlite_query_int (mc_database_get_handle (db), sql);
}

/**
 * mc_test_open_office_database:
 * @path: the database file to create
 * @with_identity: whether to set the commune's identity (agency code
 *   %MC_TEST_AGENCY, "UBND xã Tân Lập", place "Tân Lập")
 *
 * Opens a new database at @path holding the small catalogue of
 * tests/data (1.004884 takes 5 working days), as the forms' tests need.
 *
 * Returns: (transfer full): the database
 */
McDatabase *
mc_test_open_office_database (const char *path,
                              gboolean    with_identity)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *catalogue = mc_test_data_path ("catalogue-small.json");
  g_autoptr(McDatabase) db = mc_database_open (path, &error);
  McImportResult result;

  g_assert_no_error (error);
  g_assert_true (mc_catalogue_import_file (db, catalogue, &result, &error));
  g_assert_no_error (error);

  if (with_identity)
    {
      g_assert_true (mc_dossier_store_set_office_identity (db, MC_TEST_AGENCY, "UBND xã Tân Lập",
                                                           "Tân Lập", &error));
      g_assert_no_error (error);
    }

  return g_steal_pointer (&db);
}

/**
 * mc_test_got_result_cb:
 * @object: the source object
 * @result: the result
 * @user_data: a `GAsyncResult **`, NULL until the call ends
 *
 * A #GAsyncReadyCallback keeping a reference on @result in @user_data,
 * for mc_test_wait_for_result().
 */
void
mc_test_got_result_cb (GObject      *object,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  GAsyncResult **slot = user_data;

  *slot = g_object_ref (result);
}

/**
 * mc_test_wait_for_result:
 * @slot: where mc_test_got_result_cb() puts the result
 *
 * Runs this thread's default main context until the call ends.
 *
 * Returns: (transfer none): the result, which @slot owns
 */
GAsyncResult *
mc_test_wait_for_result (GAsyncResult **slot)
{
  while (*slot == NULL)
    g_main_context_iteration (NULL, TRUE);
  return *slot;
}

/**
 * mc_test_open_worker:
 * @path: a database file
 *
 * Opens a database worker on @path, as the app does, waiting for it.
 *
 * Returns: (transfer full): the worker
 */
McDbWorker *
mc_test_open_worker (const char *path)
{
  g_autoptr(McDbWorker) worker = mc_db_worker_new ();
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;

  mc_db_worker_open_async (worker, path, NULL, mc_test_got_result_cb, &result);
  g_assert_true (mc_db_worker_open_finish (worker, mc_test_wait_for_result (&result), &error));
  g_assert_no_error (error);

  return g_steal_pointer (&worker);
}

/**
 * mc_test_set_date:
 * @date: the date to set
 * @iso: a day, "YYYY-MM-DD"
 *
 * Sets @date to @iso, failing the test if @iso is not in that form.
 */
void
mc_test_set_date (GDate      *date,
                  const char *iso)
{
  guint y, m, d;

  g_assert_cmpint (sscanf (iso, "%4u-%2u-%2u", &y, &m, &d), ==, 3);
  g_date_clear (date, 1);
  g_date_set_dmy (date, d, m, y);
}
