/* mc-dossier-settings.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-dossier-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "mc-audit.h"
#include "mc-dossier-store-private.h"
#include "mc-error.h"

/* The office's identity, this workstation and the staff accounts seen
 * by the dossier store. */

/**
 * mc_dossier_store_find_staff:
 * @db: a #McDatabase
 * @username: a staff account's user name
 * @error: return location for a #GError
 *
 * Returns: the id of the active account, or 0 with %MC_ERROR_NOT_FOUND
 */
gint64
mc_dossier_store_find_staff (McDatabase  *db,
                             const char  *username,
                             GError     **error)
{
  static const char sql[] = "SELECT id FROM staff WHERE username = ?1 AND active = 1";
  g_autoptr(McStatement) stmt = NULL;
  gboolean has_row;

  g_return_val_if_fail (MC_IS_DATABASE (db), 0);
  g_return_val_if_fail (username != NULL, 0);

  stmt = mc_database_prepare (db, sql, error);
  if (stmt == NULL)
    return 0;

  sqlite3_bind_text (stmt, 1, username, -1, SQLITE_STATIC);
  if (!mc_database_step (db, stmt, &has_row, error))
    return 0;

  if (!has_row)
    {
      g_set_error (error, MC_ERROR, MC_ERROR_NOT_FOUND,
                   _("No active staff account is called “%s”."), username);
      return 0;
    }

  return sqlite3_column_int64 (stmt, 0);
}

/*
 * Settings
 */

static gboolean
write_setting (McDatabase  *db,
               const char  *key,
               const char  *value,
               GError     **error)
{
  static const char sql[] =
    "INSERT INTO setting (key, value) VALUES (?1, ?2) "
    "ON CONFLICT (key) DO UPDATE SET value = excluded.value";
  g_autoptr(McStatement) stmt = mc_database_prepare (db, sql, error);

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, value, -1, SQLITE_STATIC);
  return mc_database_step (db, stmt, NULL, error);
}

/**
 * mc_dossier_store_set_office_identity:
 * @db: a #McDatabase
 * @agency_code: the commune's agency code, such as "000.17.22.H56"
 * @agency_name: (nullable): its name; %NULL keeps the stored one
 * @place_name: (nullable): the place name printed on forms; %NULL keeps it
 * @error: return location for a #GError
 *
 * The change is recorded in the audit trail, as made by the person signed
 * in on @db (see mc_audit_record()).
 *
 * Returns: %TRUE if stored; %FALSE with %MC_ERROR_INVALID for a bad code
 */
gboolean
mc_dossier_store_set_office_identity (McDatabase  *db,
                                      const char  *agency_code,
                                      const char  *agency_name,
                                      const char  *place_name,
                                      GError     **error)
{
  static const char * const keys[] = { "agency-code", "agency-name", "place-name", NULL };
  g_autoptr(McAuditSettings) before = NULL;
  g_autofree char *name = NULL;
  g_autofree char *place = NULL;

  g_return_val_if_fail (MC_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (agency_code != NULL, FALSE);

  if (!mc_agency_code_validate (agency_code, error))
    return FALSE;

  if (agency_name != NULL)
    name = g_strstrip (g_strdup (agency_name));
  if (place_name != NULL)
    place = g_strstrip (g_strdup (place_name));

  if (!mc_database_begin (db, MC_TRANSACTION_WRITE, error))
    return FALSE;

  if ((before = mc_audit_settings_read (db, keys, error)) == NULL ||
      !write_setting (db, "agency-code", agency_code, error) ||
      (name != NULL && !write_setting (db, "agency-name", name, error)) ||
      (place != NULL && !write_setting (db, "place-name", place, error)) ||
      !mc_audit_settings_record (before, db, NULL, MC_AUDIT_OFFICE_IDENTITY, NULL, error))
    {
      mc_database_end (db, FALSE, NULL);
      return FALSE;
    }

  return mc_database_end (db, TRUE, error);
}

/**
 * mc_dossier_store_set_workstation:
 * @db: a #McDatabase
 * @name: (nullable): this workstation's name in events; %NULL keeps it,
 *   "" means the host name
 * @range: (nullable): its numbers, such as "1-4999"; %NULL keeps them
 * @error: return location for a #GError
 *
 * Two workstations of one office that may work offline need ranges that
 * do not overlap; one PC alone keeps the whole range. The change is
 * recorded in the audit trail (see mc_audit_record()).
 */
gboolean
mc_dossier_store_set_workstation (McDatabase  *db,
                                  const char  *name,
                                  const char  *range,
                                  GError     **error)
{
  static const char * const keys[] = { "workstation-name", "workstation-range", NULL };
  g_autoptr(McAuditSettings) before = NULL;
  g_autofree char *range_text = NULL;
  g_autofree char *stripped = NULL;
  McNumberRange parsed;

  g_return_val_if_fail (MC_IS_DATABASE (db), FALSE);

  if (range != NULL)
    {
      if (!mc_number_range_parse (range, &parsed, error))
        return FALSE;
      range_text = mc_number_range_to_string (&parsed);
    }
  if (name != NULL)
    stripped = g_strstrip (g_strdup (name));

  if (!mc_database_begin (db, MC_TRANSACTION_WRITE, error))
    return FALSE;

  if ((before = mc_audit_settings_read (db, keys, error)) == NULL ||
      (stripped != NULL && !write_setting (db, "workstation-name", stripped, error)) ||
      (range_text != NULL && !write_setting (db, "workstation-range", range_text, error)) ||
      !mc_audit_settings_record (before, db, NULL, MC_AUDIT_OFFICE_WORKSTATION, NULL, error))
    {
      mc_database_end (db, FALSE, NULL);
      return FALSE;
    }

  return mc_database_end (db, TRUE, error);
}

/**
 * mc_dossier_store_get_workstation:
 * @db: a #McDatabase
 * @name: (out) (optional) (transfer full): the workstation's name; the
 *   host name when none is set
 * @range: (out) (optional): its numbers
 * @error: return location for a #GError
 */
gboolean
mc_dossier_store_get_workstation (McDatabase     *db,
                                  char          **name,
                                  McNumberRange  *range,
                                  GError        **error)
{
  g_autofree char *name_text = NULL;
  g_autofree char *range_text = NULL;
  McNumberRange parsed;

  g_return_val_if_fail (MC_IS_DATABASE (db), FALSE);

  if ((name_text = _mc_dossier_store_read_setting (db, "workstation-name", error)) == NULL ||
      (range_text = _mc_dossier_store_read_setting (db, "workstation-range", error)) == NULL ||
      !mc_number_range_parse (range_text, &parsed, error))
    return FALSE;

  if (name != NULL)
    *name = *name_text != '\0' ? g_steal_pointer (&name_text) : g_strdup (g_get_host_name ());
  if (range != NULL)
    *range = parsed;

  return TRUE;
}
