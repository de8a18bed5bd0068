/* test-database-backup.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <sys/stat.h>

#include "mc-catalogue-import.h"
#include "mc-database.h"
#include "mc-database-backup.h"
#include "mc-error.h"
#include "mc-migrations.h"
#include "mc-test-util.h"

typedef struct
{
  char *dir;
  char *path;    /* the database in use */
  char *backup;  /* a copy of it elsewhere */
} Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autofree char *backups = NULL;

  fixture->dir = mc_test_make_tmp_dir ("mc-test-backup-XXXXXX");
  fixture->path = g_build_filename (fixture->dir, "motcua.db", NULL);
  backups = g_build_filename (fixture->dir, "backups", NULL);
  g_assert_cmpint (g_mkdir (backups, 0700), ==, 0);
  fixture->backup = g_build_filename (backups, "motcua-2026-11-01.db", NULL);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  mc_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->backup);
}

/* A closed database at @path holding the small catalogue. */
static void
make_good_database (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(McDatabase) db = mc_database_open (path, &error);
  g_autofree char *catalogue = mc_test_data_path ("catalogue-small.json");

  g_assert_no_error (error);
  g_assert_true (mc_catalogue_import_file (db, catalogue, NULL, &error));
  g_assert_no_error (error);
}

static void
write_garbage (const char *path,
               const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) garbage = g_string_new (NULL);

  for (guint i = 0; i < 300; i++)
    g_string_append (garbage, text);
  g_assert_true (g_file_set_contents (path, garbage->str, garbage->len, &error));
  g_assert_no_error (error);
}

static void
assert_same_bytes (const char *path,
                   GBytes     *expected)
{
  g_autoptr(GBytes) actual = mc_test_read_bytes (path);

  g_assert_true (g_bytes_equal (actual, expected));
}

/* Files of @dir whose names start with @prefix. */
static guint
count_files (const char *dir,
             const char *prefix)
{
  GDir *handle = g_dir_open (dir, 0, NULL);
  const char *name;
  guint n = 0;

  g_assert_nonnull (handle);
  while ((name = g_dir_read_name (handle)) != NULL)
    if (g_str_has_prefix (name, prefix))
      n++;
  g_dir_close (handle);

  return n;
}

static void
assert_usable (const char *path,
               gint64      n_versions)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(McDatabase) db = mc_database_open (path, &error);
  g_autoptr(GArray) ids = NULL;
  GStatBuf st;

  g_assert_no_error (error);
  g_assert_cmpuint (mc_database_get_user_version (db, NULL), ==, mc_migrations_get_latest ());
  g_assert_cmpint (mc_procedure_store_count_versions (db, NULL), ==, n_versions);
  ids = mc_procedure_store_search (db, "dang ky khai sinh", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, >, 0);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpuint (st.st_mode & 0777, ==, 0600);
}

static void
test_restore_damaged (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *aside = NULL;
  g_autofree char *aside_wal = NULL;
  g_autofree char *wal = g_strconcat (fixture->path, "-wal", NULL);
  g_autoptr(GBytes) damaged = NULL;
  g_autoptr(GBytes) damaged_wal = NULL;
  g_autoptr(GBytes) backup = NULL;

  make_good_database (fixture->backup);
  backup = mc_test_read_bytes (fixture->backup);
  write_garbage (fixture->path, "hỏng ");
  write_garbage (wal, "wal ");
  damaged = mc_test_read_bytes (fixture->path);
  damaged_wal = mc_test_read_bytes (wal);

  g_assert_true (mc_database_backup_restore (fixture->path, fixture->backup, &aside, &error));
  g_assert_no_error (error);

  /* The damaged database is kept, with its journal, never deleted. */
  g_assert_nonnull (aside);
  g_assert_true (g_str_has_prefix (aside, fixture->path));
  g_assert_nonnull (strstr (aside, ".damaged-"));
  assert_same_bytes (aside, damaged);
  aside_wal = g_strconcat (aside, "-wal", NULL);
  assert_same_bytes (aside_wal, damaged_wal);

  /* The backup is in place, and the backup itself untouched. */
  assert_usable (fixture->path, 9);
  assert_same_bytes (fixture->backup, backup);
  g_assert_cmpuint (count_files (fixture->dir, "motcua.db.restoring"), ==, 0);
}

static void
assert_refused (Fixture    *fixture,
                const char *detail)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) before = mc_test_read_bytes (fixture->path);
  char *aside = NULL;

  g_assert_false (mc_database_backup_restore (fixture->path, fixture->backup, &aside, &error));
  g_assert_error (error, MC_ERROR, MC_ERROR_INVALID);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, fixture->backup));
  g_assert_nonnull (strstr (error->message, detail));
  g_assert_null (aside);

  /* The database in use is byte for byte what it was, and nothing is
   * left beside it. */
  assert_same_bytes (fixture->path, before);
  g_assert_cmpuint (count_files (fixture->dir, "motcua.db.damaged-"), ==, 0);
  g_assert_cmpuint (count_files (fixture->dir, "motcua.db.restoring"), ==, 0);
  assert_usable (fixture->path, 9);
}

static void
test_garbage_backup (Fixture       *fixture,
                     gconstpointer  data)
{
  make_good_database (fixture->path);
  write_garbage (fixture->backup, "not a backup ");

  assert_refused (fixture, "damaged");
}

static void
test_missing_backup (Fixture       *fixture,
                     gconstpointer  data)
{
  make_good_database (fixture->path);

  assert_refused (fixture, "Cannot copy");
}

static void
test_newer_backup (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *sql = g_strdup_printf ("PRAGMA user_version = %u",
                                          mc_migrations_get_latest () + 1);
  sqlite3 *handle = NULL;

  make_good_database (fixture->path);
  make_good_database (fixture->backup);
  g_assert_cmpint (sqlite3_open (fixture->backup, &handle), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (handle, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_close (handle), ==, SQLITE_OK);

  assert_refused (fixture, "newer version");
}

static void
test_no_current_database (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  char *aside = (char *) "unset";

  make_good_database (fixture->backup);

  g_assert_true (mc_database_backup_restore (fixture->path, fixture->backup, &aside, &error));
  g_assert_no_error (error);
  g_assert_null (aside);
  assert_usable (fixture->path, 9);
}

static void
test_older_backup (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *aside = NULL;

  /* A backup made by the release with schema 1: migrated on the way in. */
  {
    g_autoptr(McDatabase) old = mc_database_open_at_version (fixture->backup, 1, &error);

    g_assert_no_error (error);
    g_assert_true (mc_database_exec (old,
                                     "INSERT INTO procedure (code, name, field_code, field_name, "
                                     "content_hash, imported_at) VALUES ('1.001193', "
                                     "'Đăng ký khai sinh', 'HOTICH', 'Hộ tịch', 'x', 0)",
                                     &error));
    g_assert_no_error (error);
  }
  make_good_database (fixture->path);

  g_assert_true (mc_database_backup_restore (fixture->path, fixture->backup, &aside, &error));
  g_assert_no_error (error);
  g_assert_nonnull (aside);
  assert_usable (fixture->path, 1);
  assert_usable (aside, 9);
}

static void
test_restore_twice (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autoptr(GBytes) first_damage = NULL;
  g_autoptr(GBytes) second_damage = NULL;

  make_good_database (fixture->backup);

  /* Two restores in the same second must not overwrite the first
   * damaged copy with the second. */
  write_garbage (fixture->path, "first damage ");
  first_damage = mc_test_read_bytes (fixture->path);
  g_assert_true (mc_database_backup_restore (fixture->path, fixture->backup, &first, &error));
  g_assert_no_error (error);

  write_garbage (fixture->path, "second damage ");
  second_damage = mc_test_read_bytes (fixture->path);
  g_assert_true (mc_database_backup_restore (fixture->path, fixture->backup, &second, &error));
  g_assert_no_error (error);

  g_assert_nonnull (first);
  g_assert_nonnull (second);
  g_assert_cmpstr (first, !=, second);
  assert_same_bytes (first, first_damage);
  assert_same_bytes (second, second_damage);
  g_assert_cmpuint (count_files (fixture->dir, "motcua.db.damaged-"), ==, 2);
  assert_usable (fixture->path, 9);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("/database-backup/restore-damaged", test_restore_damaged);
  ADD ("/database-backup/garbage-backup", test_garbage_backup);
  ADD ("/database-backup/missing-backup", test_missing_backup);
  ADD ("/database-backup/newer-backup", test_newer_backup);
  ADD ("/database-backup/no-current-database", test_no_current_database);
  ADD ("/database-backup/older-backup", test_older_backup);
  ADD ("/database-backup/restore-twice", test_restore_twice);

#undef ADD

  return g_test_run ();
}
