/* test-backup.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The backups (mc-backup.c, mc-database-backup.c, mc-backup-rotation.c,
 * mc-backup-service.c): an online copy taken while another connection
 * writes, the rotation over a simulated year, a missing folder and a
 * full disk (a VFS that refuses writes in one folder) leaving the
 * database byte for byte as it was, restores keeping a copy of the
 * database, the files' modes. The daily timer: test-backup-service.c. */

#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>
#include <sys/stat.h>

#include "mc-backup.h"
#include "mc-backup-rotation.h"
#include "mc-backup-store.h"
#include "mc-dossier-store.h"
#include "mc-error.h"
#include "mc-migrations.h"
#include "mc-test-util.h"

static const McActor clerk = { 0, "Nguyễn Thị Hoa", "Cán bộ một cửa", MC_STAFF_ROLE_CLERK, "PC-1" };

typedef struct
{
  char *dir;
  char *path;     /* the database */
  char *folder;   /* the backups' folder, on "the USB disk" */
} Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  fixture->dir = mc_test_make_tmp_dir ("mc-test-backup-XXXXXX");
  fixture->path = g_build_filename (fixture->dir, "motcua.sqlite", NULL);
  fixture->folder = g_build_filename (fixture->dir, "usb", NULL);
  g_assert_cmpint (g_mkdir (fixture->folder, 0700), ==, 0);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  mc_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->folder);
}

static GDateTime *
local_time (int year,
            int month,
            int day,
            int hour)
{
  return g_date_time_new_local (year, month, day, hour, 0, 0);
}

static char *
receive (McDatabase *db,
         const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(McDossier) dossier = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  McDossierDraft draft = { 0, };

  draft.procedure_code = "1.004884";
  draft.applicant_name = name;
  dossier = mc_dossier_store_receive (db, &draft, &clerk, now, &error);
  g_assert_no_error (error);

  return g_strdup (mc_dossier_get_code (dossier));
}

/* A closed database with the small catalogue and three dossiers. */
static void
make_database (Fixture *fixture)
{
  g_autoptr(McDatabase) db = mc_test_open_office_database (fixture->path, TRUE);

  for (guint i = 0; i < 3; i++)
    g_free (receive (db, "Trần Văn Đức"));
}

static gint64
count_dossiers (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(McDatabase) db = mc_database_open (path, &error);

  g_assert_no_error (error);
  return mc_test_query_int (db, "SELECT count(*) FROM dossier");
}

static guint
count_files (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  guint n = 0;

  g_assert_nonnull (handle);
  while (g_dir_read_name (handle) != NULL)
    n++;

  return n;
}

static void
assert_mode (const char *path,
             guint       mode)
{
  GStatBuf st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpuint (st.st_mode & 0777, ==, mode);
}

static void
assert_same_bytes (const char *path,
                   GBytes     *expected)
{
  g_autoptr(GBytes) actual = mc_test_read_bytes (path);

  g_assert_true (g_bytes_equal (actual, expected));
}

/*
 * A backup, its file and its content
 */

static void
test_take (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = local_time (2026, 11, 2, 8);
  g_autoptr(McBackupInfo) info = NULL;
  g_autoptr(McBackupInfo) inspected = NULL;
  g_autofree char *expected = g_build_filename (fixture->folder,
                                                "motcua-backup-2026-11-02-080000.sqlite", NULL);
  g_autofree char *journal = g_strconcat (expected, "-journal", NULL);
  g_autofree char *wal = g_strconcat (expected, "-wal", NULL);
  g_autoptr(GBytes) bytes = NULL;
  mode_t old_umask;

  make_database (fixture);

  /* The mode does not depend on the umask. */
  old_umask = umask (0);
  info = mc_backup_take (fixture->path, fixture->folder, now, NULL, NULL, NULL, &error);
  umask (old_umask);
  g_assert_no_error (error);

  g_assert_cmpstr (info->path, ==, expected);
  g_assert_true (g_date_time_equal (info->taken_at, now));
  g_assert_cmpint (info->n_dossiers, ==, 3);
  assert_mode (expected, 0600);

  /* One self-contained file, no partial one, in rollback-journal mode. */
  g_assert_cmpuint (count_files (fixture->folder), ==, 1);
  g_assert_false (g_file_test (journal, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  bytes = mc_test_read_bytes (expected);
  g_assert_cmpuint (((const guint8 *) g_bytes_get_data (bytes, NULL))[18], ==, 1);

  g_assert_true (mc_database_backup_verify (expected, &error));
  g_assert_no_error (error);

  inspected = mc_backup_inspect (expected, &error);
  g_assert_no_error (error);
  g_assert_true (g_date_time_equal (inspected->taken_at, now));
  g_assert_cmpint (inspected->n_dossiers, ==, 3);
}

static void
test_write_file (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *file = g_build_filename (fixture->dir, "copy.sqlite", NULL);
  g_autofree char *missing = g_build_filename (fixture->dir, "nowhere", "copy.sqlite", NULL);
  g_autoptr(McBackupInfo) info = NULL;
  g_autoptr(McBackupInfo) again = NULL;
  g_autoptr(GBytes) written = NULL;

  make_database (fixture);

  info = mc_backup_write (fixture->path, file, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (info->n_dossiers, ==, 3);
  assert_mode (file, 0600);
  written = mc_test_read_bytes (file);

  /* An existing file is never replaced. */
  again = mc_backup_write (fixture->path, file, NULL, NULL, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS);
  g_assert_null (again);
  assert_same_bytes (file, written);
  g_clear_error (&error);

  g_assert_null (mc_backup_write (fixture->path, missing, NULL, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
}

/*
 * An online backup while another connection writes
 */

#define PAIRS_SQL "SELECT count(*) FROM setting WHERE key LIKE 'w-%'"

typedef struct
{
  char     *path;
  GMutex    mutex;
  GCond     cond;
  guint     commits;
  gboolean  stop;
  guint     slices;
  guint     commits_during;
} Writer;

/* Writes two rows per transaction until told to stop: a backup that is
 * a consistent snapshot holds an even number of them. */
static gpointer
writer_thread (gpointer data)
{
  Writer *writer = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(McDatabase) db = mc_database_open (writer->path, &error);
  static const char sql[] = "INSERT INTO setting (key, value) VALUES (?1, ?2)";

  g_assert_no_error (error);

  for (guint n = 0; ; n++)
    {
      g_autofree char *value = g_strnfill (1000, 'x');
      gboolean stop;

      g_mutex_lock (&writer->mutex);
      stop = writer->stop;
      g_mutex_unlock (&writer->mutex);
      if (stop)
        break;

      g_assert_true (mc_database_begin (db, MC_TRANSACTION_WRITE, &error));
      for (guint half = 0; half < 2; half++)
        {
          g_autoptr(McStatement) stmt = mc_database_prepare (db, sql, &error);
          g_autofree char *key = g_strdup_printf ("w-%u-%u", n, half);

          g_assert_no_error (error);
          sqlite3_bind_text (stmt, 1, key, -1, SQLITE_TRANSIENT);
          sqlite3_bind_text (stmt, 2, value, -1, SQLITE_TRANSIENT);
          g_assert_true (mc_database_step (db, stmt, NULL, &error));
        }
      g_assert_true (mc_database_end (db, TRUE, &error));
      g_assert_no_error (error);

      g_mutex_lock (&writer->mutex);
      writer->commits++;
      g_cond_broadcast (&writer->cond);
      g_mutex_unlock (&writer->mutex);
    }

  return NULL;
}

/* After each slice of the copy, waits for the writer to commit again, so
 * that writes really happen in the middle of the backup. */
static void
slice_copied (guint    remaining,
              guint    total,
              gpointer user_data)
{
  Writer *writer = user_data;
  gint64 deadline = g_get_monotonic_time () + 10 * G_TIME_SPAN_SECOND;
  guint seen;

  g_mutex_lock (&writer->mutex);
  writer->slices++;
  seen = writer->commits;
  while (writer->commits == seen)
    g_assert_true (g_cond_wait_until (&writer->cond, &writer->mutex, deadline));
  writer->commits_during += writer->commits - seen;
  g_mutex_unlock (&writer->mutex);
}

static void
test_online_while_writing (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(McBackupInfo) info = NULL;
  g_autoptr(McDatabase) backup = NULL;
  g_autoptr(McDatabase) live = NULL;
  Writer writer = { 0, };
  GThread *thread;
  gint64 rows_before, rows_after, rows_backup;

  /* About 6 MiB: six slices of the copy at least. */
  {
    g_autoptr(McDatabase) db = mc_test_open_office_database (fixture->path, TRUE);

    g_assert_true (mc_database_exec (db,
      "WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000) "
      "INSERT INTO setting (key, value) SELECT 'pad-' || i, zeroblob (2000) || '' FROM n",
      &error));
    g_assert_no_error (error);
  }

  writer.path = fixture->path;
  g_mutex_init (&writer.mutex);
  g_cond_init (&writer.cond);
  thread = g_thread_new ("writer", writer_thread, &writer);

  live = mc_database_open (fixture->path, &error);
  g_assert_no_error (error);
  rows_before = mc_test_query_int (live, PAIRS_SQL);

  info = mc_backup_take (fixture->path, fixture->folder, NULL, slice_copied, &writer, NULL,
                         &error);
  g_assert_no_error (error);
  g_assert_nonnull (info);
  rows_after = mc_test_query_int (live, PAIRS_SQL);

  g_mutex_lock (&writer.mutex);
  writer.stop = TRUE;
  g_mutex_unlock (&writer.mutex);
  g_thread_join (thread);

  /* The writer went on committing between the slices of the copy. */
  g_assert_cmpuint (writer.slices, >=, 5);
  g_assert_cmpuint (writer.commits_during, >=, writer.slices);

  /* The backup is sound, and a snapshot of one moment of the copy. */
  g_assert_true (mc_database_backup_verify (info->path, &error));
  g_assert_no_error (error);
  backup = mc_database_open (info->path, &error);
  g_assert_no_error (error);
  rows_backup = mc_test_query_int (backup, PAIRS_SQL);
  g_assert_cmpint (rows_backup % 2, ==, 0);
  g_assert_cmpint (rows_backup, >=, rows_before);
  g_assert_cmpint (rows_backup, <, rows_after);
  g_assert_cmpint (mc_test_query_int (backup,
                                      "SELECT count(*) FROM setting WHERE key LIKE 'pad-%'"),
                   ==, 3000);

  g_mutex_clear (&writer.mutex);
  g_cond_clear (&writer.cond);
}

/*
 * The rotation
 */

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

static GPtrArray *
list_names (const char *folder)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);

  return names;
}

static gboolean
has_backup_of (GPtrArray *names,
               GDateTime *day)
{
  g_autofree char *stamp = g_date_time_format (day, "motcua-backup-%Y-%m-%d-");

  for (guint i = 0; i < names->len; i++)
    if (g_str_has_prefix (g_ptr_array_index (names, i), stamp))
      return TRUE;

  return FALSE;
}

/* A backup every day of 2026 at 02:00, the rotation after each. */
static void
test_rotation_year (Fixture       *fixture,
                    gconstpointer  data)
{
  static const char * const expected[] = {
    /* The newest of each of the last 12 months */
    "motcua-backup-2026-01-31-020000.sqlite",
    "motcua-backup-2026-02-28-020000.sqlite",
    "motcua-backup-2026-03-31-020000.sqlite",
    "motcua-backup-2026-04-30-020000.sqlite",
    "motcua-backup-2026-05-31-020000.sqlite",
    "motcua-backup-2026-06-30-020000.sqlite",
    "motcua-backup-2026-07-31-020000.sqlite",
    "motcua-backup-2026-08-31-020000.sqlite",
    "motcua-backup-2026-09-30-020000.sqlite",
    "motcua-backup-2026-10-31-020000.sqlite",
    "motcua-backup-2026-11-30-020000.sqlite",
    /* The newest of the weeks of 7–13 and 14–20 December; the weeks
     * of 21–27 December and 28 December–3 January end with a daily */
    "motcua-backup-2026-12-13-020000.sqlite",
    "motcua-backup-2026-12-20-020000.sqlite",
    /* The last 7 days; 31 December is also December's and its week's */
    "motcua-backup-2026-12-25-020000.sqlite",
    "motcua-backup-2026-12-26-020000.sqlite",
    "motcua-backup-2026-12-27-020000.sqlite",
    "motcua-backup-2026-12-28-020000.sqlite",
    "motcua-backup-2026-12-29-020000.sqlite",
    "motcua-backup-2026-12-30-020000.sqlite",
    "motcua-backup-2026-12-31-020000.sqlite",
  };
  g_autoptr(GDateTime) first = local_time (2026, 1, 1, 2);
  g_autoptr(GPtrArray) names = NULL;
  g_autoptr(GDateTime) last = NULL;

  /* An empty database keeps a year of copies quick. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(McDatabase) db = mc_database_open (fixture->path, &error);

    g_assert_no_error (error);
  }

  for (guint day = 0; day < 365; day++)
    {
      g_autoptr(GDateTime) now = g_date_time_add_days (first, day);
      g_autoptr(McBackupInfo) info = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) kept = NULL;

      info = mc_backup_take (fixture->path, fixture->folder, now, NULL, NULL, NULL, &error);
      g_assert_no_error (error);

      /* Never more than the rules keep, the newest always kept. */
      kept = list_names (fixture->folder);
      g_assert_cmpuint (kept->len, <=, MC_BACKUP_KEEP_DAILY + MC_BACKUP_KEEP_WEEKLY +
                                       MC_BACKUP_KEEP_MONTHLY);
      g_assert_true (g_file_test (info->path, G_FILE_TEST_EXISTS));
    }

  names = list_names (fixture->folder);
  for (guint i = 0; i < names->len; i++)
    g_test_message ("kept %s", (char *) g_ptr_array_index (names, i));
  g_assert_cmpuint (names->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_cmpstr (g_ptr_array_index (names, i), ==, expected[i]);

  /* Exactly 7 daily: each of the last 7 days, not the 8th. */
  last = local_time (2026, 12, 31, 2);
  for (int day = 0; day < 8; day++)
    {
      g_autoptr(GDateTime) date = g_date_time_add_days (last, -day);

      g_assert_true (has_backup_of (names, date) == (day < 7));
    }
  /* 4 weekly: a backup in each of the last 4 weeks, none in the 5th
   * (30 November–6 December) but November's monthly. */
  for (int week = 0; week < 4; week++)
    {
      gboolean found = FALSE;

      for (int day = 0; day < 7; day++)
        {
          g_autoptr(GDateTime) date = g_date_time_add_days (last, -3 - 7 * week + day);

          found |= has_backup_of (names, date);
        }
      g_assert_true (found);
    }
  for (int day = 1; day <= 6; day++)
    {
      g_autoptr(GDateTime) date = local_time (2026, 12, day, 2);

      g_assert_false (has_backup_of (names, date));
    }
  /* 12 monthly: one backup in each month of the year. */
  for (int month = 1; month <= 12; month++)
    {
      guint n = 0;

      for (guint i = 0; i < names->len; i++)
        {
          g_autofree char *prefix = g_strdup_printf ("motcua-backup-2026-%02d-", month);

          n += g_str_has_prefix (g_ptr_array_index (names, i), prefix);
        }
      g_assert_cmpuint (n, >=, 1);
    }
}

typedef struct
{
  const char *name;
  const char *times[16];   /* "YYYY-MM-DD HH", newest first */
  guint       daily, weekly, monthly;
  const char *kept;        /* one letter per time: k kept, - removed */
} RotationCase;

static const RotationCase rotation_cases[] = {
  /* Several backups a day: the newest of the day counts. */
  { "same-day", { "2026-03-10 17", "2026-03-10 12", "2026-03-10 08", "2026-03-09 08" },
    7, 0, 0, "k--k" },
  /* 1 March 2026 is a Sunday, in the week of 23 February. */
  { "weeks-and-months",
    { "2026-03-10 08", "2026-03-09 08", "2026-03-08 08", "2026-03-07 08", "2026-03-02 08",
      "2026-03-01 08", "2026-02-28 08", "2026-02-27 08" },
    2, 2, 2, "kkk---k-" },
  { "weeks-across-a-month",
    { "2026-03-10 08", "2026-03-08 08", "2026-03-01 08", "2026-02-28 08", "2026-02-22 08" },
    1, 3, 0, "kkk--" },
  { "months-with-gaps",
    { "2026-06-15 08", "2026-04-30 08", "2026-04-01 08", "2026-01-20 08", "2025-12-31 08" },
    0, 0, 3, "kk-k-" },
  { "nothing", { NULL }, 7, 4, 12, "" },
};

static void
test_rotation_select (gconstpointer data)
{
  const RotationCase *test = data;
  g_autoptr(GPtrArray) times = g_ptr_array_new_with_free_func ((GDestroyNotify) g_date_time_unref);
  g_autofree gboolean *keep = NULL;
  g_autoptr(GString) kept = g_string_new (NULL);

  for (guint i = 0; test->times[i] != NULL; i++)
    {
      int year, month, day, hour;

      g_assert_cmpint (sscanf (test->times[i], "%d-%d-%d %d", &year, &month, &day, &hour), ==, 4);
      g_ptr_array_add (times, local_time (year, month, day, hour));
    }

  keep = g_new0 (gboolean, times->len + 1);
  mc_backup_rotation_select ((GDateTime * const *) times->pdata, times->len, test->daily,
                             test->weekly, test->monthly, keep);
  for (guint i = 0; i < times->len; i++)
    g_string_append_c (kept, keep[i] ? 'k' : '-');
  g_assert_cmpstr (kept->str, ==, test->kept);
}

static void
test_rotation_other_files (Fixture       *fixture,
                           gconstpointer  data)
{
  static const char * const others[] = {
    "notes.txt", "demo-backup-2026-01-01-020000.sqlite", "motcua-backup-2026-01-01.sqlite",
    "motcua-backup-2026-13-01-020000.sqlite",
  };
  g_autoptr(GDateTime) first = local_time (2026, 1, 1, 2);

  make_database (fixture);
  for (guint i = 0; i < G_N_ELEMENTS (others); i++)
    {
      g_autofree char *path = g_build_filename (fixture->folder, others[i], NULL);

      g_assert_true (g_file_set_contents (path, "x", 1, NULL));
    }

  /* Forty days: the rotation removes some of this database's backups,
   * never another database's or another file. */
  for (guint day = 0; day < 40; day++)
    {
      g_autoptr(GDateTime) now = g_date_time_add_days (first, day);
      g_autoptr(McBackupInfo) info = NULL;
      g_autoptr(GError) error = NULL;

      info = mc_backup_take (fixture->path, fixture->folder, now, NULL, NULL, NULL, &error);
      g_assert_no_error (error);
    }

  for (guint i = 0; i < G_N_ELEMENTS (others); i++)
    {
      g_autofree char *path = g_build_filename (fixture->folder, others[i], NULL);

      g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
    }
  /* 3 to 9 February; the weeks of 2 and 9 February end with one of
   * those days, those of 26 January and 19 January with 1 February and
   * 25 January; February's month with 9 February, January's with 31
   * January. */
  g_assert_cmpuint (count_files (fixture->folder), ==, G_N_ELEMENTS (others) + 7 + 2 + 1);
}

/*
 * Failures: a missing folder, a full disk
 */

static void
test_missing_folder (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *missing = g_build_filename (fixture->dir, "unplugged-usb", NULL);
  g_autofree char *wal = g_strconcat (fixture->path, "-wal", NULL);
  g_autoptr(GBytes) before = NULL;
  McBackupInfo *info;

  make_database (fixture);
  before = mc_test_read_bytes (fixture->path);

  info = mc_backup_take (fixture->path, missing, NULL, NULL, NULL, NULL, &error);
  g_assert_null (info);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, missing));
  g_assert_nonnull (strstr (error->message, "USB"));

  /* Not made in its place, and the database as it was. */
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  assert_same_bytes (fixture->path, before);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  g_assert_cmpint (count_dossiers (fixture->path), ==, 3);
}

/* A VFS over the default one where the files of one folder cannot grow
 * past FULL_DISK_BYTES, as on a disk that is full. */
#define FULL_DISK_BYTES (64 * 1024)

static sqlite3_vfs *real_vfs;
static char *full_folder;

typedef struct
{
  sqlite3_file  base;
  sqlite3_file *real;
} FullFile;

static int
full_close (sqlite3_file *file)
{
  FullFile *full = (FullFile *) file;
  int rc = full->real->pMethods->xClose (full->real);

  return rc;
}

static int
full_read (sqlite3_file  *file,
           void          *buffer,
           int            amount,
           sqlite3_int64  offset)
{
  FullFile *full = (FullFile *) file;

  return full->real->pMethods->xRead (full->real, buffer, amount, offset);
}

static int
full_write (sqlite3_file  *file,
            const void    *buffer,
            int            amount,
            sqlite3_int64  offset)
{
  FullFile *full = (FullFile *) file;

  if (offset + amount > FULL_DISK_BYTES)
    return SQLITE_FULL;

  return full->real->pMethods->xWrite (full->real, buffer, amount, offset);
}

static int
full_truncate (sqlite3_file  *file,
               sqlite3_int64  size)
{
  FullFile *full = (FullFile *) file;

  return full->real->pMethods->xTruncate (full->real, size);
}

static int
full_sync (sqlite3_file *file,
           int           flags)
{
  FullFile *full = (FullFile *) file;

  return full->real->pMethods->xSync (full->real, flags);
}

static int
full_file_size (sqlite3_file  *file,
                sqlite3_int64 *size)
{
  FullFile *full = (FullFile *) file;

  return full->real->pMethods->xFileSize (full->real, size);
}

static int
full_lock (sqlite3_file *file,
           int           lock)
{
  FullFile *full = (FullFile *) file;

  return full->real->pMethods->xLock (full->real, lock);
}

static int
full_unlock (sqlite3_file *file,
             int           lock)
{
  FullFile *full = (FullFile *) file;

  return full->real->pMethods->xUnlock (full->real, lock);
}

static int
full_check_reserved_lock (sqlite3_file *file,
                          int          *out)
{
  FullFile *full = (FullFile *) file;

  return full->real->pMethods->xCheckReservedLock (full->real, out);
}

static int
full_file_control (sqlite3_file *file,
                   int           op,
                   void         *arg)
{
  FullFile *full = (FullFile *) file;

  return full->real->pMethods->xFileControl (full->real, op, arg);
}

static int
full_sector_size (sqlite3_file *file)
{
  FullFile *full = (FullFile *) file;

  return full->real->pMethods->xSectorSize (full->real);
}

static int
full_device_characteristics (sqlite3_file *file)
{
  FullFile *full = (FullFile *) file;

  return full->real->pMethods->xDeviceCharacteristics (full->real);
}

/* Version 1: no shared memory, so no WAL, on the full disk. */
static const sqlite3_io_methods full_methods = {
  1, full_close, full_read, full_write, full_truncate, full_sync, full_file_size, full_lock,
  full_unlock, full_check_reserved_lock, full_file_control, full_sector_size,
  full_device_characteristics,
};

static int
full_open (sqlite3_vfs  *vfs,
           const char   *name,
           sqlite3_file *file,
           int           flags,
           int          *out_flags)
{
  FullFile *full = (FullFile *) file;
  int rc;

  if (name == NULL || full_folder == NULL || !g_str_has_prefix (name, full_folder))
    return real_vfs->xOpen (real_vfs, name, file, flags, out_flags);

  full->real = (sqlite3_file *) &full[1];
  rc = real_vfs->xOpen (real_vfs, name, full->real, flags, out_flags);
  full->base.pMethods = rc == SQLITE_OK ? &full_methods : NULL;

  return rc;
}

static sqlite3_vfs full_vfs;

static void
install_full_disk (const char *folder)
{
  real_vfs = sqlite3_vfs_find (NULL);
  full_vfs = *real_vfs;
  full_vfs.zName = "mc-test-full-disk";
  full_vfs.szOsFile = sizeof (FullFile) + real_vfs->szOsFile;
  full_vfs.xOpen = full_open;
  full_vfs.pNext = NULL;
  full_folder = g_strdup (folder);
  g_assert_cmpint (sqlite3_vfs_register (&full_vfs, 1), ==, SQLITE_OK);
}

static void
remove_full_disk (void)
{
  sqlite3_vfs_unregister (&full_vfs);
  sqlite3_vfs_register (real_vfs, 1);
  g_clear_pointer (&full_folder, g_free);
}

static void
test_full_disk (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) yesterday = local_time (2026, 11, 1, 8);
  g_autoptr(GDateTime) today = local_time (2026, 11, 2, 8);
  g_autoptr(McBackupInfo) older = NULL;
  g_autoptr(GBytes) older_bytes = NULL;
  g_autoptr(GBytes) before = NULL;
  McBackupInfo *info;

  make_database (fixture);
  older = mc_backup_take (fixture->path, fixture->folder, yesterday, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  older_bytes = mc_test_read_bytes (older->path);
  before = mc_test_read_bytes (fixture->path);

  install_full_disk (fixture->folder);
  info = mc_backup_take (fixture->path, fixture->folder, today, NULL, NULL, NULL, &error);
  remove_full_disk ();

  g_assert_null (info);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "full"));

  /* No partial file left, the older backup kept as it was, the
   * database untouched. */
  g_assert_cmpuint (count_files (fixture->folder), ==, 1);
  assert_same_bytes (older->path, older_bytes);
  assert_same_bytes (fixture->path, before);
  g_assert_cmpint (count_dossiers (fixture->path), ==, 3);
}

/*
 * Restores
 */

static void
test_restore (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) taken = local_time (2026, 11, 2, 8);
  g_autoptr(GDateTime) later = local_time (2026, 11, 3, 9);
  g_autoptr(McBackupInfo) backup = NULL;
  g_autoptr(McBackupInfo) restored = NULL;
  g_autoptr(McDatabase) worker = NULL;
  g_autoptr(McDatabase) kept_db = NULL;
  g_autofree char *kept_copy = NULL;
  g_autofree char *codes_before = NULL;
  g_autofree char *staging = g_strconcat (fixture->path, ".restoring", NULL);
  g_autofree char *late = NULL;

  make_database (fixture);
  backup = mc_backup_take (fixture->path, fixture->folder, taken, NULL, NULL, NULL, &error);
  g_assert_no_error (error);

  /* The application goes on: a connection stays open (the worker's),
   * and two dossiers are received after the backup. */
  worker = mc_database_open (fixture->path, &error);
  g_assert_no_error (error);
  codes_before = mc_test_query_text (worker, "SELECT group_concat (code, ',') FROM dossier");
  late = receive (worker, "Lê Thị Mai");
  g_free (receive (worker, "Phạm Văn Hùng"));
  g_assert_cmpint (mc_test_query_int (worker, "SELECT count(*) FROM dossier"), ==, 5);

  restored = mc_backup_restore (fixture->path, backup->path, later, &kept_copy, &error);
  g_assert_no_error (error);
  g_assert_true (g_date_time_equal (restored->taken_at, taken));
  g_assert_cmpint (restored->n_dossiers, ==, 3);

  /* The open connection reads the backup's data. */
  g_assert_cmpint (mc_test_query_int (worker, "SELECT count(*) FROM dossier"), ==, 3);
  {
    g_autofree char *codes_after = mc_test_query_text (worker,
      "SELECT group_concat (code, ',') FROM dossier");

    g_assert_cmpstr (codes_after, ==, codes_before);
  }
  {
    g_autofree char *integrity = mc_test_query_text (worker, "PRAGMA integrity_check");

    g_assert_cmpstr (integrity, ==, "ok");
  }
  g_assert_cmpuint (mc_database_get_user_version (worker, NULL), ==, mc_migrations_get_latest ());
  assert_mode (fixture->path, 0600);

  /* The database as it was is kept beside it, whole. */
  g_assert_nonnull (kept_copy);
  g_assert_true (g_str_has_prefix (kept_copy, fixture->path));
  g_assert_nonnull (strstr (kept_copy, ".before-restore-20261103-090000"));
  assert_mode (kept_copy, 0600);
  g_assert_true (mc_database_backup_verify (kept_copy, &error));
  kept_db = mc_database_open (kept_copy, &error);
  g_assert_no_error (error);
  g_assert_cmpint (mc_test_query_int (kept_db, "SELECT count(*) FROM dossier"), ==, 5);
  {
    g_autoptr(McDossier) dossier = mc_dossier_store_load (kept_db, late, &error);

    g_assert_no_error (error);
    g_assert_nonnull (dossier);
  }

  g_assert_false (g_file_test (staging, G_FILE_TEST_EXISTS));
}

static void
test_restore_bad_backup (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *garbage = g_build_filename (fixture->folder, "garbage.sqlite", NULL);
  g_autofree char *newer = g_build_filename (fixture->folder, "newer.sqlite", NULL);
  g_autofree char *kept_copy = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  McBackupInfo *info;

  make_database (fixture);
  before = mc_test_read_bytes (fixture->path);

  for (guint i = 0; i < 500; i++)
    g_string_append (text, "không phải cơ sở dữ liệu ");
  g_assert_true (g_file_set_contents (garbage, text->str, text->len, NULL));
  info = mc_backup_restore (fixture->path, garbage, NULL, &kept_copy, &error);
  g_assert_null (info);
  g_assert_error (error, MC_ERROR, MC_ERROR_INVALID);
  g_assert_null (kept_copy);
  g_clear_error (&error);

  /* A backup of a newer release's database. */
  {
    g_autoptr(McBackupInfo) copy = mc_backup_write (fixture->path, newer, NULL, NULL, &error);
    sqlite3 *handle = NULL;

    g_assert_no_error (error);
    g_assert_cmpint (sqlite3_open (newer, &handle), ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_exec (handle, "PRAGMA user_version = 999", NULL, NULL, NULL), ==,
                     SQLITE_OK);
    sqlite3_close (handle);
  }
  info = mc_backup_restore (fixture->path, newer, NULL, &kept_copy, &error);
  g_assert_null (info);
  g_assert_error (error, MC_DATABASE_ERROR, MC_DATABASE_ERROR_TOO_NEW);
  g_assert_null (kept_copy);

  /* The database as it was; nothing left beside it. */
  assert_same_bytes (fixture->path, before);
  g_assert_cmpuint (count_files (fixture->dir), ==, 2);
}

static void
test_restore_damaged_database (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(McBackupInfo) backup = NULL;
  g_autoptr(McBackupInfo) restored = NULL;
  g_autoptr(GBytes) damaged = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *kept_copy = NULL;

  make_database (fixture);
  backup = mc_backup_take (fixture->path, fixture->folder, NULL, NULL, NULL, NULL, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < 500; i++)
    g_string_append (text, "hỏng ");
  g_assert_true (g_file_set_contents (fixture->path, text->str, text->len, NULL));
  damaged = mc_test_read_bytes (fixture->path);

  restored = mc_backup_restore (fixture->path, backup->path, NULL, &kept_copy, &error);
  g_assert_no_error (error);
  g_assert_cmpint (restored->n_dossiers, ==, 3);
  g_assert_cmpint (count_dossiers (fixture->path), ==, 3);

  /* The damaged file is kept, never deleted. */
  g_assert_nonnull (kept_copy);
  g_assert_nonnull (strstr (kept_copy, ".damaged-"));
  assert_same_bytes (kept_copy, damaged);
}

/*
 * The folder's setting
 */

static void
test_folder_setting (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(McDatabase) db = mc_database_open (fixture->path, &error);
  g_autofree char *chosen = NULL;
  g_autofree char *effective = NULL;
  g_autofree char *expected = g_build_filename (fixture->dir, "backups", NULL);

  g_assert_no_error (error);
  chosen = mc_backup_store_get_folder (db, &error);
  g_assert_cmpstr (chosen, ==, "");
  effective = mc_backup_store_dup_effective_folder (db, &error);
  g_assert_cmpstr (effective, ==, expected);

  g_assert_false (mc_backup_store_set_folder (db, "usb", &error));
  g_assert_error (error, MC_ERROR, MC_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_true (mc_backup_store_set_folder (db, fixture->folder, &error));
  g_clear_pointer (&chosen, g_free);
  chosen = mc_backup_store_get_folder (db, &error);
  g_assert_cmpstr (chosen, ==, fixture->folder);

  /* The default folder is made when needed; a chosen one never is. */
  {
    g_autoptr(McBackupInfo) info = mc_backup_take (fixture->path, expected, NULL, NULL, NULL,
                                                   NULL, &error);

    g_assert_no_error (error);
    assert_mode (expected, 0700);
  }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add ("/backup/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("take", test_take);
  ADD ("write-file", test_write_file);
  ADD ("online-while-writing", test_online_while_writing);
  ADD ("rotation/year", test_rotation_year);
  ADD ("rotation/other-files", test_rotation_other_files);
  ADD ("missing-folder", test_missing_folder);
  ADD ("full-disk", test_full_disk);
  ADD ("restore", test_restore);
  ADD ("restore/bad-backup", test_restore_bad_backup);
  ADD ("restore/damaged-database", test_restore_damaged_database);
  ADD ("folder-setting", test_folder_setting);

  for (guint i = 0; i < G_N_ELEMENTS (rotation_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/backup/rotation/select/%s",
                                               rotation_cases[i].name);

      g_test_add_data_func (path, &rotation_cases[i], test_rotation_select);
    }

  return g_test_run ();
}
