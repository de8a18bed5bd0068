/* mc-database.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-database"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "mc-database.h"
#include "mc-error.h"
#include "mc-migrations.h"
#include "mc-text.h"

/* The connection belongs to the thread that opened it: the database
 * worker in the application, the main thread in tests and the CLI. */
struct _McDatabase
{
  GObject     parent_instance;

  char       *path;
  sqlite3    *handle;
  GHashTable *statements;
  guint       depth;
  gboolean    write_depth;
};

G_DEFINE_FINAL_TYPE (McDatabase, mc_database, G_TYPE_OBJECT)

/*
 * Auxiliary functions
 */

gboolean
mc_database_set_error (McDatabase  *self,
                       int          rc,
                       GError     **error)
{
  McDatabaseError code;
  const char *detail;

  switch (rc & 0xff)
    {
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      code = MC_DATABASE_ERROR_CORRUPT;
      break;
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
    case SQLITE_READONLY:
    case SQLITE_AUTH:
      code = MC_DATABASE_ERROR_CANT_OPEN;
      break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      code = MC_DATABASE_ERROR_BUSY;
      break;
    case SQLITE_CONSTRAINT:
      code = MC_DATABASE_ERROR_CONSTRAINT;
      break;
    default:
      code = MC_DATABASE_ERROR_FAILED;
      break;
    }

  detail = self != NULL && self->handle != NULL ? sqlite3_errmsg (self->handle)
                                                : sqlite3_errstr (rc);

  switch (code)
    {
    case MC_DATABASE_ERROR_CORRUPT:
      g_set_error (error, MC_DATABASE_ERROR, code,
                   _("The database file is damaged or is not a Một Cửa database (%s)."),
                   detail);
      break;
    case MC_DATABASE_ERROR_CANT_OPEN:
      g_set_error (error, MC_DATABASE_ERROR, code,
                   _("The database file cannot be opened (%s)."), detail);
      break;
    case MC_DATABASE_ERROR_BUSY:
      g_set_error (error, MC_DATABASE_ERROR, code,
                   _("The database is in use by another program (%s)."), detail);
      break;
    case MC_DATABASE_ERROR_CONSTRAINT:
    case MC_DATABASE_ERROR_FAILED:
    case MC_DATABASE_ERROR_TOO_NEW:
    default:
      g_set_error (error, MC_DATABASE_ERROR, code,
                   _("Database error: %s"), detail);
      break;
    }

  return FALSE;
}

/* The search index is kept by triggers that call mc_fold(), so the folding
 * rule lives in one place (mc_text_fold()) for both documents and queries. */
static void
fold_sql_function (sqlite3_context  *context,
                   int               argc,
                   sqlite3_value   **argv)
{
  GString *joined = g_string_new (NULL);
  g_autofree char *folded = NULL;

  for (int i = 0; i < argc; i++)
    {
      const char *text = (const char *) sqlite3_value_text (argv[i]);

      if (text == NULL)
        continue;
      if (joined->len > 0)
        g_string_append_c (joined, ' ');
      g_string_append (joined, text);
    }

  folded = mc_text_fold (joined->str);
  g_string_free (joined, TRUE);
  sqlite3_result_text (context, g_steal_pointer (&folded), -1, g_free);
}

/* A database that is already there, and the journal files a crash left
 * beside it, lose any access of the group and others: an older release,
 * a copy made by hand or a restore may have left them readable. SQLite
 * gives the journal files it creates the database's mode, so they follow.
 * A file system without Unix modes (a USB disk in FAT) refuses chmod();
 * that is no reason not to open. */
static void
restrict_existing_file (const char *path)
{
  GStatBuf st;

  if (g_lstat (path, &st) != 0 || !S_ISREG (st.st_mode) || (st.st_mode & 0077) == 0)
    return;

  if (g_chmod (path, st.st_mode & 0700) != 0)
    {
      int saved_errno = errno;
      g_debug ("Cannot restrict the mode of “%s”: %s", path, g_strerror (saved_errno));
    }
}

/* SQLite creates a missing file with the process umask; a register of
 * citizens' data must not be readable by other local accounts, whatever
 * the umask: the mode is set again after creation. */
static gboolean
create_private_file (const char  *path,
                     GError     **error)
{
  static const char * const journal_suffixes[] = { "-wal", "-shm", "-journal" };
  g_autofree char *dir = NULL;
  int fd;

  if (g_strcmp0 (path, ":memory:") == 0)
    return TRUE;

  for (guint i = 0; i < G_N_ELEMENTS (journal_suffixes); i++)
    {
      g_autofree char *journal = g_strconcat (path, journal_suffixes[i], NULL);
      restrict_existing_file (journal);
    }

  if (g_file_test (path, G_FILE_TEST_EXISTS))
    {
      restrict_existing_file (path);
      return TRUE;
    }

  dir = g_path_get_dirname (path);
  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;
      g_set_error (error, MC_DATABASE_ERROR, MC_DATABASE_ERROR_CANT_OPEN,
                   _("Cannot create the folder “%s”: %s"), dir, g_strerror (saved_errno));
      return FALSE;
    }

  fd = g_open (path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0 && errno != EEXIST)
    {
      int saved_errno = errno;
      g_set_error (error, MC_DATABASE_ERROR, MC_DATABASE_ERROR_CANT_OPEN,
                   _("Cannot create the database file “%s”: %s"), path,
                   g_strerror (saved_errno));
      return FALSE;
    }
  if (fd >= 0)
    {
      /* A umask such as 0277 would have taken the owner's write access. */
      if (fchmod (fd, 0600) != 0)
        g_debug ("Cannot set the mode of “%s”: %s", path, g_strerror (errno));
      close (fd);
    }

  return TRUE;
}

static gboolean
configure_connection (McDatabase  *self,
                      GError     **error)
{
  int rc;

  sqlite3_extended_result_codes (self->handle, TRUE);
  sqlite3_busy_timeout (self->handle, 5000);

  rc = sqlite3_create_function_v2 (self->handle, "mc_fold", -1,
                                   SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                                   NULL, fold_sql_function, NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    return mc_database_set_error (self, rc, error);

  /* Durability: the journal is a write-ahead log (journal_mode = WAL, set
   * in mc_database_open_at_version()) with synchronous = FULL, so every
   * commit is fsync()ed into the log before it returns. A process that
   * crashes or is killed loses nothing committed with either NORMAL or
   * FULL; a power cut or a kernel crash can lose the last commits under
   * NORMAL, which syncs only at checkpoints. The slip handed to a
   * citizen must never name a dossier the office then loses, so FULL
   * (about one fsync per intake or step, a few milliseconds on a
   * counter PC's disk). tests/test-crash-safety.py kills the CLI in the
   * middle of intakes and steps and checks what survives.
   *
   * Neither reads the file: a damaged file fails at the version check of
   * mc_migrations_apply(), the first statement that does. */
  if (!mc_database_exec (self, "PRAGMA foreign_keys = ON", error) ||
      !mc_database_exec (self, "PRAGMA synchronous = FULL", error))
    return FALSE;

  return TRUE;
}

/*
 * GObject overrides
 */

static void
finalize_statement (gpointer data)
{
  sqlite3_finalize (data);
}

static void
mc_database_finalize (GObject *object)
{
  McDatabase *self = (McDatabase *)object;

  g_clear_pointer (&self->statements, g_hash_table_unref);
  if (self->handle != NULL)
    sqlite3_close_v2 (self->handle);
  g_clear_pointer (&self->path, g_free);

  G_OBJECT_CLASS (mc_database_parent_class)->finalize (object);
}

static void
mc_database_class_init (McDatabaseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = mc_database_finalize;
}

static void
mc_database_init (McDatabase *self)
{
  /* The cache keeps its own copy of each SQL text: some stores build
   * their SQL from fixed fragments and free it after the query. */
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, finalize_statement);
}

/*
 * Public API
 */

/**
 * mc_database_open_at_version:
 * @path: a file path, or ":memory:"
 * @version: the schema version to migrate to
 * @error: return location for a #GError
 *
 * Opens the database and migrates it to @version. Only tests ask for a
 * version other than the newest one, to build databases as older
 * releases left them.
 *
 * Returns: (transfer full): the database, or %NULL with @error set
 */
McDatabase *
mc_database_open_at_version (const char  *path,
                             guint        version,
                             GError     **error)
{
  g_autoptr(McDatabase) self = NULL;
  int rc;

  g_return_val_if_fail (path != NULL, NULL);

  if (!create_private_file (path, error))
    return NULL;

  self = g_object_new (MC_TYPE_DATABASE, NULL);
  self->path = g_strdup (path);

  rc = sqlite3_open_v2 (path, &self->handle,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE |
                        SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE,
                        NULL);
  if (rc != SQLITE_OK)
    {
      mc_database_set_error (self, rc, error);
      return NULL;
    }

  if (!configure_connection (self, error))
    return NULL;

  if (!mc_migrations_apply (self, version, error))
    return NULL;

  /* Only now: switching to WAL writes the file header, and a database
   * refused above (made by a newer release) must be left as it was. */
  if (!mc_database_exec (self, "PRAGMA journal_mode = WAL", error))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * mc_database_open:
 * @path: a file path, or ":memory:"
 * @error: return location for a #GError
 *
 * Opens or creates the database at @path with mode 0600, in WAL mode with
 * foreign keys on, and brings its schema to the newest version. A database
 * made by a newer release is refused with %MC_DATABASE_ERROR_TOO_NEW, a
 * damaged one with %MC_DATABASE_ERROR_CORRUPT.
 *
 * Returns: (transfer full): the database, or %NULL with @error set
 */
McDatabase *
mc_database_open (const char  *path,
                  GError     **error)
{
  return mc_database_open_at_version (path, mc_migrations_get_latest (), error);
}

const char *
mc_database_get_path (McDatabase *self)
{
  g_return_val_if_fail (MC_IS_DATABASE (self), NULL);

  return self->path;
}

sqlite3 *
mc_database_get_handle (McDatabase *self)
{
  g_return_val_if_fail (MC_IS_DATABASE (self), NULL);

  return self->handle;
}

gboolean
mc_database_exec (McDatabase  *self,
                  const char  *sql,
                  GError     **error)
{
  char *message = NULL;
  int rc;

  g_return_val_if_fail (MC_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (sql != NULL, FALSE);

  rc = sqlite3_exec (self->handle, sql, NULL, NULL, &message);
  sqlite3_free (message);

  if (rc != SQLITE_OK)
    return mc_database_set_error (self, rc, error);

  return TRUE;
}

/**
 * mc_database_prepare:
 * @self: a #McDatabase
 * @sql: an SQL statement with bound parameters only; the cache keeps a
 *   copy, so it may be freed after the call
 * @error: return location for a #GError
 *
 * Returns the cached statement for @sql, preparing it the first time.
 * Give it back with mc_database_release(), or hold it in a
 * `g_autoptr(McStatement)`.
 *
 * Returns: (transfer none): the statement, or %NULL with @error set
 */
sqlite3_stmt *
mc_database_prepare (McDatabase  *self,
                     const char  *sql,
                     GError     **error)
{
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (MC_IS_DATABASE (self), NULL);
  g_return_val_if_fail (sql != NULL, NULL);

  stmt = g_hash_table_lookup (self->statements, sql);
  if (stmt != NULL)
    return stmt;

  rc = sqlite3_prepare_v3 (self->handle, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      mc_database_set_error (self, rc, error);
      return NULL;
    }

  /* A copy: the caller may free its text (see mc_database_init()). */
  g_hash_table_insert (self->statements, g_strdup (sql), stmt);

  return stmt;
}

void
mc_database_release (sqlite3_stmt *stmt)
{
  if (stmt == NULL)
    return;

  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
}

/**
 * mc_database_step:
 * @self: a #McDatabase
 * @stmt: a statement of @self
 * @has_row: (out) (optional): whether a row is ready to read
 * @error: return location for a #GError
 *
 * Returns: %FALSE with @error set when the step failed
 */
gboolean
mc_database_step (McDatabase    *self,
                  sqlite3_stmt  *stmt,
                  gboolean      *has_row,
                  GError       **error)
{
  int rc = sqlite3_step (stmt);

  if (has_row != NULL)
    *has_row = rc == SQLITE_ROW;

  if (rc == SQLITE_ROW || rc == SQLITE_DONE)
    return TRUE;

  return mc_database_set_error (self, rc, error);
}

/**
 * mc_database_begin:
 * @self: a #McDatabase
 * @mode: whether the transaction will write
 * @error: return location for a #GError
 *
 * Begins a transaction, or joins the one already open. Only the outermost
 * call talks to SQLite; a write transaction starts with BEGIN IMMEDIATE
 * because after SQLITE_BUSY only the start of a transaction can be retried
 * safely, so the write lock is taken up front.
 */
gboolean
mc_database_begin (McDatabase         *self,
                   McTransactionMode   mode,
                   GError            **error)
{
  g_return_val_if_fail (MC_IS_DATABASE (self), FALSE);

  if (self->depth > 0)
    {
      if (mode == MC_TRANSACTION_WRITE && !self->write_depth)
        g_critical ("A read transaction cannot become a write transaction");
      self->depth++;
      return TRUE;
    }

  if (!mc_database_exec (self,
                         mode == MC_TRANSACTION_WRITE ? "BEGIN IMMEDIATE" : "BEGIN",
                         error))
    return FALSE;

  self->depth = 1;
  self->write_depth = mode == MC_TRANSACTION_WRITE;

  return TRUE;
}

/**
 * mc_database_end:
 * @self: a #McDatabase
 * @commit: %TRUE to commit, %FALSE to roll back
 * @error: return location for a #GError
 *
 * Ends a transaction begun with mc_database_begin(). A nested end only
 * counts down; the outermost one commits or rolls back. A failed commit is
 * rolled back, so the database is never left inside a transaction.
 */
gboolean
mc_database_end (McDatabase  *self,
                 gboolean     commit,
                 GError     **error)
{
  g_return_val_if_fail (MC_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (self->depth > 0, FALSE);

  if (--self->depth > 0)
    return TRUE;

  if (commit)
    {
      if (mc_database_exec (self, "COMMIT", error))
        return TRUE;
    }

  if (sqlite3_get_autocommit (self->handle) == 0)
    mc_database_exec (self, "ROLLBACK", NULL);

  return !commit;
}

/**
 * mc_database_transact:
 * @self: a #McDatabase
 * @mode: whether @func writes
 * @func: the work to do
 * @user_data: data for @func
 * @error: return location for a #GError
 *
 * Runs @func in a transaction that is committed when @func returns %TRUE
 * and rolled back when it fails.
 */
gboolean
mc_database_transact (McDatabase         *self,
                      McTransactionMode   mode,
                      McDatabaseFunc      func,
                      gpointer            user_data,
                      GError            **error)
{
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (MC_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (func != NULL, FALSE);

  if (!mc_database_begin (self, mode, error))
    return FALSE;

  if (!func (self, user_data, &local_error))
    {
      mc_database_end (self, FALSE, NULL);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  return mc_database_end (self, TRUE, error);
}

guint
mc_database_get_user_version (McDatabase  *self,
                              GError     **error)
{
  g_autoptr(McStatement) stmt = NULL;
  gboolean has_row;

  g_return_val_if_fail (MC_IS_DATABASE (self), 0);

  stmt = mc_database_prepare (self, "PRAGMA user_version", error);
  if (stmt == NULL || !mc_database_step (self, stmt, &has_row, error))
    return 0;

  return has_row ? (guint) sqlite3_column_int (stmt, 0) : 0;
}
