/* test-database.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <sys/stat.h>

#include "mc-database.h"
#include "mc-error.h"
#include "mc-migrations.h"
#include "mc-test-util.h"

typedef struct
{
  char *dir;
  char *path;
} Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  fixture->dir = mc_test_make_tmp_dir ("mc-test-database-XXXXXX");
  fixture->path = g_build_filename (fixture->dir, "motcua.db", NULL);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  mc_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
}

static guint
file_mode (const char *path)
{
  GStatBuf st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  return st.st_mode & 0777;
}

static void
test_open_private_file (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(McDatabase) db = NULL;
  g_autofree char *subdir = g_build_filename (fixture->dir, "data", "motcua", NULL);
  g_autofree char *path = g_build_filename (subdir, "motcua.db", NULL);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);
  mode_t saved_umask;

  /* Whatever the umask, nobody else may read citizens' data. */
  saved_umask = umask (0);
  db = mc_database_open (path, &error);
  umask (saved_umask);
  g_assert_no_error (error);
  g_assert_nonnull (db);
  g_assert_cmpstr (mc_database_get_path (db), ==, path);

  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpuint (file_mode (path), ==, 0600);
  g_assert_cmpuint (file_mode (subdir), ==, 0700);

  /* SQLite gives the journal files the mode of the database. */
  g_assert_true (mc_database_exec (db, "CREATE TABLE t (x INTEGER)", &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (wal, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (file_mode (wal), ==, 0600);
  g_assert_cmpuint (file_mode (shm), ==, 0600);
}

/* Even a umask that takes the owner's own write access. */
static void
test_open_private_whatever_umask (Fixture       *fixture,
                                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(McDatabase) db = NULL;
  mode_t saved_umask;

  saved_umask = umask (0277);
  db = mc_database_open (fixture->path, &error);
  umask (saved_umask);
  g_assert_no_error (error);
  g_assert_cmpuint (file_mode (fixture->path), ==, 0600);
  g_assert_true (mc_database_exec (db, "CREATE TABLE t (x INTEGER)", &error));
  g_assert_no_error (error);
}

/* A database left readable by others (an older release, a copy made by
 * hand), with the journal files of a connection still open, is closed to
 * them when it is opened. */
static void
test_open_restricts_existing (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(McDatabase) first = mc_database_open (fixture->path, &error);
  g_autoptr(McDatabase) second = NULL;
  g_autofree char *wal = g_strconcat (fixture->path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (fixture->path, "-shm", NULL);
  const char *files[] = { fixture->path, wal, shm };

  g_assert_no_error (error);
  g_assert_true (mc_database_exec (first, "CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (7)",
                                   &error));
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_assert_true (g_file_test (files[i], G_FILE_TEST_IS_REGULAR));
      g_assert_cmpint (g_chmod (files[i], 0664), ==, 0);
      g_assert_cmpuint (file_mode (files[i]), ==, 0664);
    }

  second = mc_database_open (fixture->path, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    g_assert_cmpuint (file_mode (files[i]), ==, 0600);
  g_assert_cmpint (mc_test_query_int (second, "SELECT x FROM t"), ==, 7);
}

static void
test_open_wal_and_foreign_keys (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(McDatabase) db = mc_database_open (fixture->path, &error);
  g_autofree char *journal = NULL;

  g_assert_no_error (error);

  journal = mc_test_query_text (db, "PRAGMA journal_mode");
  g_assert_cmpstr (journal, ==, "wal");
  g_assert_cmpint (mc_test_query_int (db, "PRAGMA foreign_keys"), ==, 1);
  /* FULL (2): a commit is on the disk before it returns, power cut or not. */
  g_assert_cmpint (mc_test_query_int (db, "PRAGMA synchronous"), ==, 2);
  g_assert_cmpuint (mc_database_get_user_version (db, &error), ==, mc_migrations_get_latest ());
  g_assert_no_error (error);

  /* Foreign keys are enforced: a list item of no procedure is refused. */
  g_assert_false (mc_database_exec (db,
                                    "INSERT INTO procedure_ref (procedure_id, kind, position, name) "
                                    "VALUES (999, 0, 0, 'orphan')",
                                    &error));
  g_assert_error (error, MC_DATABASE_ERROR, MC_DATABASE_ERROR_CONSTRAINT);
  g_assert_cmpint (mc_test_query_int (db, "SELECT count(*) FROM procedure_ref"), ==, 0);
}

static void
test_open_reopen (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *journal = NULL;

  {
    g_autoptr(McDatabase) db = mc_database_open (fixture->path, &error);
    g_assert_no_error (error);
    g_assert_true (mc_database_exec (db, "CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (42)",
                                     &error));
    g_assert_no_error (error);
  }

  {
    g_autoptr(McDatabase) db = mc_database_open (fixture->path, &error);
    g_assert_no_error (error);
    g_assert_cmpint (mc_test_query_int (db, "SELECT x FROM t"), ==, 42);
    journal = mc_test_query_text (db, "PRAGMA journal_mode");
    g_assert_cmpstr (journal, ==, "wal");
  }
}

static void
test_open_empty_file (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(McDatabase) db = NULL;

  /* A file of zero bytes is a new database, not a damaged one. */
  g_assert_true (g_file_set_contents (fixture->path, "", 0, &error));
  db = mc_database_open (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (mc_database_get_user_version (db, NULL), ==, mc_migrations_get_latest ());
}

static void
test_open_memory (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(McDatabase) db = mc_database_open (":memory:", &error);

  g_assert_no_error (error);
  g_assert_cmpuint (mc_database_get_user_version (db, NULL), ==, mc_migrations_get_latest ());
  g_assert_cmpint (mc_test_query_int (db, "SELECT count(*) FROM procedure"), ==, 0);
  g_assert_false (g_file_test (":memory:", G_FILE_TEST_EXISTS));
}

static void
test_statement_cache (Fixture       *fixture,
                      gconstpointer  data)
{
  static const char select_sql[] = "SELECT ?1";
  static const char other_sql[] = "SELECT ?1 + 1";
  g_autoptr(GError) error = NULL;
  g_autoptr(McDatabase) db = mc_database_open (fixture->path, &error);
  sqlite3_stmt *first;
  sqlite3_stmt *again;
  sqlite3_stmt *other;
  gboolean has_row;

  g_assert_no_error (error);

  first = mc_database_prepare (db, select_sql, &error);
  g_assert_no_error (error);
  g_assert_nonnull (first);
  sqlite3_bind_int (first, 1, 7);
  g_assert_true (mc_database_step (db, first, &has_row, &error));
  g_assert_true (has_row);
  g_assert_cmpint (sqlite3_column_int (first, 0), ==, 7);
  g_assert_true (sqlite3_stmt_busy (first));
  mc_database_release (first);

  /* Released: reset and without its bindings. */
  g_assert_false (sqlite3_stmt_busy (first));
  again = mc_database_prepare (db, select_sql, &error);
  g_assert_true (again == first);
  g_assert_true (mc_database_step (db, again, &has_row, &error));
  g_assert_true (has_row);
  g_assert_cmpint (sqlite3_column_type (again, 0), ==, SQLITE_NULL);
  mc_database_release (again);

  other = mc_database_prepare (db, other_sql, &error);
  g_assert_no_error (error);
  g_assert_true (other != first);

  /* g_autoptr gives the statement back at the end of the scope. */
  {
    g_autoptr(McStatement) stmt = mc_database_prepare (db, select_sql, &error);

    g_assert_true (stmt == first);
    g_assert_true (mc_database_step (db, stmt, &has_row, &error));
    g_assert_true (sqlite3_stmt_busy (stmt));
  }
  g_assert_false (sqlite3_stmt_busy (first));
  mc_database_release (NULL);
}

static void
test_statement_bad_sql (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(McDatabase) db = mc_database_open (fixture->path, &error);

  g_assert_no_error (error);
  g_assert_null (mc_database_prepare (db, "SELEKT nothing", &error));
  g_assert_error (error, MC_DATABASE_ERROR, MC_DATABASE_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "syntax error"));
}

static McDatabase *
open_with_table (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  McDatabase *db = mc_database_open (fixture->path, &error);

  g_assert_no_error (error);
  g_assert_true (mc_database_exec (db, "CREATE TABLE t (x INTEGER NOT NULL CHECK (x > 0))",
                                   &error));
  g_assert_no_error (error);

  return db;
}

static void
test_transaction_nested (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(McDatabase) db = open_with_table (fixture);
  sqlite3 *handle = mc_database_get_handle (db);

  /* An inner commit only counts down; the outer one commits. */
  g_assert_true (mc_database_begin (db, MC_TRANSACTION_WRITE, &error));
  g_assert_true (mc_database_begin (db, MC_TRANSACTION_WRITE, &error));
  g_assert_true (mc_database_exec (db, "INSERT INTO t VALUES (1)", &error));
  g_assert_true (mc_database_end (db, TRUE, &error));
  g_assert_cmpint (sqlite3_get_autocommit (handle), ==, 0);
  g_assert_true (mc_database_end (db, TRUE, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_get_autocommit (handle), !=, 0);
  g_assert_cmpint (mc_test_query_int (db, "SELECT count(*) FROM t"), ==, 1);

  /* An outer rollback undoes what the inner level committed. */
  g_assert_true (mc_database_begin (db, MC_TRANSACTION_WRITE, &error));
  g_assert_true (mc_database_begin (db, MC_TRANSACTION_READ, &error));
  g_assert_true (mc_database_exec (db, "INSERT INTO t VALUES (2)", &error));
  g_assert_true (mc_database_end (db, TRUE, &error));
  g_assert_true (mc_database_end (db, FALSE, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_get_autocommit (handle), !=, 0);
  g_assert_cmpint (mc_test_query_int (db, "SELECT count(*) FROM t"), ==, 1);
  g_assert_cmpint (mc_test_query_int (db, "SELECT sum(x) FROM t"), ==, 1);
}

static gboolean
insert_then_fail (McDatabase  *db,
                  gpointer     user_data,
                  GError     **error)
{
  guint *calls = user_data;

  (*calls)++;
  if (!mc_database_exec (db, "INSERT INTO t VALUES (5); INSERT INTO t VALUES (6)", error))
    return FALSE;

  g_set_error_literal (error, MC_ERROR, MC_ERROR_INVALID, "the work failed half-way");
  return FALSE;
}

static gboolean
insert_then_violate (McDatabase  *db,
                     gpointer     user_data,
                     GError     **error)
{
  return mc_database_exec (db, "INSERT INTO t VALUES (7)", error) &&
         mc_database_exec (db, "INSERT INTO t VALUES (-1)", error);
}

static gboolean
insert_one (McDatabase  *db,
            gpointer     user_data,
            GError     **error)
{
  return mc_database_exec (db, "INSERT INTO t VALUES (8)", error);
}

static void
test_transaction_transact (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(McDatabase) db = open_with_table (fixture);
  sqlite3 *handle = mc_database_get_handle (db);
  guint calls = 0;

  /* Failure reported by the work: nothing of it stays. */
  g_assert_false (mc_database_transact (db, MC_TRANSACTION_WRITE, insert_then_fail, &calls,
                                        &error));
  g_assert_error (error, MC_ERROR, MC_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "the work failed half-way");
  g_assert_cmpuint (calls, ==, 1);
  g_assert_cmpint (sqlite3_get_autocommit (handle), !=, 0);
  g_assert_cmpint (mc_test_query_int (db, "SELECT count(*) FROM t"), ==, 0);
  g_clear_error (&error);

  /* Failure from SQLite itself (a CHECK constraint). */
  g_assert_false (mc_database_transact (db, MC_TRANSACTION_WRITE, insert_then_violate, NULL,
                                        &error));
  g_assert_error (error, MC_DATABASE_ERROR, MC_DATABASE_ERROR_CONSTRAINT);
  g_assert_cmpint (sqlite3_get_autocommit (handle), !=, 0);
  g_assert_cmpint (mc_test_query_int (db, "SELECT count(*) FROM t"), ==, 0);
  g_clear_error (&error);

  /* And the connection is still usable: success commits. */
  g_assert_true (mc_database_transact (db, MC_TRANSACTION_WRITE, insert_one, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (mc_test_query_int (db, "SELECT count(*) FROM t"), ==, 1);
  g_assert_cmpint (mc_test_query_int (db, "SELECT x FROM t"), ==, 8);
}

static void
test_transaction_misuse (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(McDatabase) db = open_with_table (fixture);

  g_test_expect_message ("mc-database", G_LOG_LEVEL_CRITICAL, "*depth > 0*");
  g_assert_false (mc_database_end (db, TRUE, &error));
  g_test_assert_expected_messages ();

  g_assert_true (mc_database_begin (db, MC_TRANSACTION_READ, &error));
  g_test_expect_message ("mc-database", G_LOG_LEVEL_CRITICAL,
                         "*read transaction cannot become a write transaction*");
  g_assert_true (mc_database_begin (db, MC_TRANSACTION_WRITE, &error));
  g_test_assert_expected_messages ();
  g_assert_true (mc_database_end (db, TRUE, &error));
  g_assert_true (mc_database_end (db, TRUE, &error));
  g_assert_no_error (error);
}

static void
assert_refused_as_corrupt (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) before = mc_test_read_bytes (path);
  g_autoptr(GBytes) after = NULL;
  g_autoptr(McDatabase) db = mc_database_open (path, &error);

  g_assert_null (db);
  g_assert_error (error, MC_DATABASE_ERROR, MC_DATABASE_ERROR_CORRUPT);
  g_assert_nonnull (strstr (error->message, "damaged"));

  /* Refusing a file does not write to it. */
  after = mc_test_read_bytes (path);
  g_assert_true (g_bytes_equal (before, after));
}

static void
test_corrupt_random (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  guint8 garbage[16384];

  for (guint i = 0; i < sizeof garbage; i++)
    garbage[i] = (guint8) g_test_rand_int_range (0, 256);
  g_assert_true (g_file_set_contents (fixture->path, (const char *) garbage, sizeof garbage,
                                      &error));
  g_assert_no_error (error);

  assert_refused_as_corrupt (fixture->path);
}

static void
test_corrupt_text (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < 200; i++)
    g_string_append (text, "Đây không phải là cơ sở dữ liệu. This is not a database.\n");
  g_assert_true (g_file_set_contents (fixture->path, text->str, text->len, &error));
  g_assert_no_error (error);

  assert_refused_as_corrupt (fixture->path);
}

static void
test_corrupt_header (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) good = NULL;
  g_autofree char *damaged = NULL;
  gsize len;

  {
    g_autoptr(McDatabase) db = mc_database_open (fixture->path, &error);
    g_assert_no_error (error);
  }

  /* A real database whose first page (header and schema) was overwritten. */
  good = mc_test_read_bytes (fixture->path);
  damaged = g_memdup2 (g_bytes_get_data (good, &len), g_bytes_get_size (good));
  g_assert_cmpuint (len, >, 4096);
  for (gsize i = 16; i < 4096; i++)
    damaged[i] = (char) (i * 7 + 3);
  g_assert_true (g_file_set_contents (fixture->path, damaged, len, &error));
  g_assert_no_error (error);

  assert_refused_as_corrupt (fixture->path);
}

static void
test_cant_open_inside_file (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *file = g_build_filename (fixture->dir, "a-file", NULL);
  g_autofree char *path = g_build_filename (file, "motcua.db", NULL);
  g_autoptr(McDatabase) db = NULL;

  /* Tests run as root, so permissions cannot make a path unusable; a
   * regular file used as a folder can. */
  g_assert_true (g_file_set_contents (file, "plain text", -1, &error));
  db = mc_database_open (path, &error);
  g_assert_null (db);
  g_assert_error (error, MC_DATABASE_ERROR, MC_DATABASE_ERROR_CANT_OPEN);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

static void
test_cant_open_directory (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(McDatabase) db = mc_database_open (fixture->dir, &error);

  g_assert_null (db);
  g_assert_error (error, MC_DATABASE_ERROR, MC_DATABASE_ERROR_CANT_OPEN);
  g_assert_true (g_file_test (fixture->dir, G_FILE_TEST_IS_DIR));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("/database/open/private-file", test_open_private_file);
  ADD ("/database/open/private-whatever-umask", test_open_private_whatever_umask);
  ADD ("/database/open/restricts-existing", test_open_restricts_existing);
  ADD ("/database/open/wal-and-foreign-keys", test_open_wal_and_foreign_keys);
  ADD ("/database/open/reopen", test_open_reopen);
  ADD ("/database/open/empty-file", test_open_empty_file);
  g_test_add_func ("/database/open/memory", test_open_memory);
  ADD ("/database/statement/cache", test_statement_cache);
  ADD ("/database/statement/bad-sql", test_statement_bad_sql);
  ADD ("/database/transaction/nested", test_transaction_nested);
  ADD ("/database/transaction/transact", test_transaction_transact);
  ADD ("/database/transaction/misuse", test_transaction_misuse);
  ADD ("/database/corrupt/random-bytes", test_corrupt_random);
  ADD ("/database/corrupt/text", test_corrupt_text);
  ADD ("/database/corrupt/header", test_corrupt_header);
  ADD ("/database/cant-open/inside-file", test_cant_open_inside_file);
  ADD ("/database/cant-open/directory", test_cant_open_directory);

#undef ADD

  return g_test_run ();
}
