/* mc-migrations.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-migrations"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "mc-error.h"
#include "mc-migrations.h"

/* Migrations are the numbered scripts in the core resources, applied in
 * order. Each one ends by setting PRAGMA user_version to its own number,
 * so the version moves in the same transaction as the schema. A shipped
 * script is never edited: a change is a new script. */
#define SQL_RESOURCE_DIR "/org/motcua/MotCua/core/sql/"

/* g_ptr_array_sort() passes pointers to the elements. */
static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

static GStrv
list_scripts (void)
{
  static GStrv scripts;

  if (g_once_init_enter (&scripts))
    {
      g_auto(GStrv) names = g_resources_enumerate_children (SQL_RESOURCE_DIR, 0, NULL);
      g_autoptr(GPtrArray) sorted = g_ptr_array_new ();

      for (guint i = 0; names != NULL && names[i] != NULL; i++)
        if (g_str_has_suffix (names[i], ".sql"))
          g_ptr_array_add (sorted, g_strdup (names[i]));

      g_ptr_array_sort (sorted, compare_names);
      g_ptr_array_add (sorted, NULL);

      g_once_init_leave (&scripts, (GStrv) g_ptr_array_free (g_steal_pointer (&sorted), FALSE));
    }

  return scripts;
}

/**
 * mc_migrations_get_latest:
 *
 * Returns: the schema version this build of the application writes
 */
guint
mc_migrations_get_latest (void)
{
  return g_strv_length (list_scripts ());
}

static gboolean
apply_one (McDatabase  *db,
           guint        version,
           const char  *name,
           GError     **error)
{
  g_autofree char *path = g_strconcat (SQL_RESOURCE_DIR, name, NULL);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *script = NULL;
  gconstpointer data;
  gsize len;

  bytes = g_resources_lookup_data (path, 0, error);
  if (bytes == NULL)
    return FALSE;

  data = g_bytes_get_data (bytes, &len);
  script = g_strndup (data, len);

  if (!mc_database_begin (db, MC_TRANSACTION_WRITE, error))
    return FALSE;

  if (!mc_database_exec (db, script, &local_error))
    {
      mc_database_end (db, FALSE, NULL);
      g_set_error (error, MC_DATABASE_ERROR, MC_DATABASE_ERROR_FAILED,
                   _("Updating the database to version %u (%s) failed: %s"),
                   version, name, local_error->message);
      return FALSE;
    }

  if (mc_database_get_user_version (db, NULL) != version)
    {
      mc_database_end (db, FALSE, NULL);
      g_set_error (error, MC_DATABASE_ERROR, MC_DATABASE_ERROR_FAILED,
                   "Migration %s does not set user_version to %u", name, version);
      return FALSE;
    }

  return mc_database_end (db, TRUE, error);
}

/**
 * mc_migrations_apply:
 * @db: a #McDatabase
 * @target: the version to reach, at most mc_migrations_get_latest()
 * @error: return location for a #GError
 *
 * Applies every migration above the database's version up to @target,
 * each in its own transaction. A database whose version is newer than
 * this build knows is refused, since writing to it could lose data.
 */
gboolean
mc_migrations_apply (McDatabase  *db,
                     guint        target,
                     GError     **error)
{
  GStrv scripts = list_scripts ();
  guint latest = g_strv_length (scripts);
  g_autoptr(GError) local_error = NULL;
  guint current;

  g_return_val_if_fail (MC_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (target <= latest, FALSE);

  current = mc_database_get_user_version (db, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (current > latest)
    {
      g_set_error (error, MC_DATABASE_ERROR, MC_DATABASE_ERROR_TOO_NEW,
                   _("This database was made by a newer version of Một Cửa "
                     "(database version %u, this version knows up to %u). "
                     "Open it with the newer version, or open another database."),
                   current, latest);
      return FALSE;
    }

  for (guint version = current + 1; version <= target; version++)
    if (!apply_one (db, version, scripts[version - 1], error))
      return FALSE;

  return TRUE;
}
