/* mc-backup-store.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-backup-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "mc-backup.h"
#include "mc-backup-store.h"
#include "mc-error.h"

/* The folder the backups go to, a setting of the office's database
 * (migration 0011): "" until chosen, for "backups" beside the database
 * (mc_backup_dup_default_folder()). */

#define FOLDER_KEY "backup-folder"

/**
 * mc_backup_store_get_folder:
 * @db: the database
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the chosen folder, "" when none is, or %NULL
 *   with @error set
 */
char *
mc_backup_store_get_folder (McDatabase  *db,
                            GError     **error)
{
  g_autoptr(McStatement) stmt = NULL;
  gboolean has_row;

  g_return_val_if_fail (MC_IS_DATABASE (db), NULL);

  stmt = mc_database_prepare (db, "SELECT value FROM setting WHERE key = ?1", error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, FOLDER_KEY, -1, SQLITE_STATIC);
  if (!mc_database_step (db, stmt, &has_row, error))
    return NULL;

  return g_strdup (has_row ? (const char *) sqlite3_column_text (stmt, 0) : "");
}

/**
 * mc_backup_store_set_folder:
 * @db: the database
 * @folder: an absolute path, or "" for the default folder
 * @error: return location for a #GError
 *
 * Chooses the folder of the backups. The folder need not exist now (a
 * USB disk may be unplugged), but it must be an absolute path.
 *
 * Returns: %TRUE on success
 */
gboolean
mc_backup_store_set_folder (McDatabase  *db,
                            const char  *folder,
                            GError     **error)
{
  g_autoptr(McStatement) stmt = NULL;

  g_return_val_if_fail (MC_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (folder != NULL, FALSE);

  if (*folder != '\0' && !g_path_is_absolute (folder))
    {
      g_set_error (error, MC_ERROR, MC_ERROR_INVALID,
                   _("The backup folder must be a full path, starting with “/”: “%s”."),
                   folder);
      return FALSE;
    }

  stmt = mc_database_prepare (db,
    "INSERT INTO setting (key, value) VALUES (?1, ?2) "
    "ON CONFLICT (key) DO UPDATE SET value = excluded.value", error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, FOLDER_KEY, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, folder, -1, SQLITE_STATIC);

  return mc_database_step (db, stmt, NULL, error);
}

/**
 * mc_backup_store_dup_effective_folder:
 * @db: the database
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the folder the backups of @db go to: the
 *   chosen one, or the default one; %NULL with @error set
 */
char *
mc_backup_store_dup_effective_folder (McDatabase  *db,
                                      GError     **error)
{
  g_autofree char *folder = mc_backup_store_get_folder (db, error);

  if (folder == NULL)
    return NULL;
  if (*folder != '\0')
    return g_steal_pointer (&folder);

  return mc_backup_dup_default_folder (mc_database_get_path (db));
}
