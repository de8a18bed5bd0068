/* mc-portal-settings.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "mc-audit.h"
#include "mc-error.h"
#include "mc-portal-store.h"

/* The portal's address and this office's codes there (settings table).
 * An empty address turns the sync off. */

static const struct
{
  const char *key;
  gsize       offset;
} setting_fields[] = {
  { "portal-url", G_STRUCT_OFFSET (McPortalSettings, url) },
  { "portal-dstcode", G_STRUCT_OFFSET (McPortalSettings, dstcode) },
  { "portal-madonvi", G_STRUCT_OFFSET (McPortalSettings, madonvi) },
  { "portal-username", G_STRUCT_OFFSET (McPortalSettings, username) },
};

#define FIELD(settings, i) G_STRUCT_MEMBER (char *, (settings), setting_fields[i].offset)

void
mc_portal_settings_free (McPortalSettings *settings)
{
  if (settings == NULL)
    return;

  for (guint i = 0; i < G_N_ELEMENTS (setting_fields); i++)
    g_free (FIELD (settings, i));
  g_free (settings);
}

/**
 * mc_portal_store_load_settings:
 * @db: the database
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the portal's settings, "" where unset
 */
McPortalSettings *
mc_portal_store_load_settings (McDatabase  *db,
                               GError     **error)
{
  g_autoptr(McStatement) stmt = mc_database_prepare (db,
    "SELECT value FROM setting WHERE key = ?1", error);
  g_autoptr(McPortalSettings) settings = g_new0 (McPortalSettings, 1);

  if (stmt == NULL)
    return NULL;

  for (guint i = 0; i < G_N_ELEMENTS (setting_fields); i++)
    {
      gboolean has_row;

      sqlite3_reset (stmt);
      sqlite3_bind_text (stmt, 1, setting_fields[i].key, -1, SQLITE_STATIC);
      if (!mc_database_step (db, stmt, &has_row, error))
        return NULL;
      FIELD (settings, i) = g_strdup (has_row ? (const char *) sqlite3_column_text (stmt, 0) : "");
    }

  return g_steal_pointer (&settings);
}

static gboolean
check_url (const char  *text,
           GError     **error)
{
  g_autoptr(GUri) uri = NULL;
  const char *scheme;

  if (*text == '\0')
    return TRUE;

  uri = g_uri_parse (text, G_URI_FLAGS_NONE, NULL);
  if (uri == NULL || g_uri_get_host (uri) == NULL || *g_uri_get_host (uri) == '\0')
    {
      g_set_error_literal (error, MC_ERROR, MC_ERROR_INVALID,
                           _("Enter the portal’s address, like https://dichvucong.example.gov.vn/api"));
      return FALSE;
    }

  scheme = g_uri_get_scheme (uri);
  /* Plain HTTP only to a test server on this computer: anything else
   * would send the password and citizens' data in the clear. */
  if (g_ascii_strcasecmp (scheme, "https") != 0 &&
      !(g_ascii_strcasecmp (scheme, "http") == 0 &&
        g_strcmp0 (g_uri_get_host (uri), "127.0.0.1") == 0))
    {
      g_set_error_literal (error, MC_ERROR, MC_ERROR_INVALID,
                           _("The address must start with https:// (http:// only for 127.0.0.1)"));
      return FALSE;
    }
  if (g_uri_get_query (uri) != NULL || g_uri_get_fragment (uri) != NULL)
    {
      g_set_error_literal (error, MC_ERROR, MC_ERROR_INVALID,
                           _("The address must not have a query (?…) or a fragment (#…)"));
      return FALSE;
    }

  return TRUE;
}

static gboolean
check_code (const char  *text,
            gboolean     required,
            GError     **error)
{
  if (*text == '\0' && required)
    {
      g_set_error_literal (error, MC_ERROR, MC_ERROR_INVALID,
                           _("Required to sync with the portal"));
      return FALSE;
    }

  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p) && *p != '.' && *p != '-' && *p != '_')
      {
        g_set_error_literal (error, MC_ERROR, MC_ERROR_INVALID,
                             _("Use letters without accents, digits, “.”, “-” and “_” only"));
        return FALSE;
      }

  return TRUE;
}

/**
 * mc_portal_settings_check:
 * @settings: settings as typed
 * @field: (out) (optional): the key of the field at fault, e.g. "portal-url"
 * @error: return location for a #GError
 *
 * Checks the settings before they are stored: an https address (http
 * only for 127.0.0.1), and, when the address is set, the destination
 * code, the agency code and the user name the portal gave.
 *
 * Returns: %TRUE if they can be stored
 */
gboolean
mc_portal_settings_check (const McPortalSettings  *settings,
                          const char             **field,
                          GError                 **error)
{
  gboolean on = *settings->url != '\0';
  const char *at_fault = NULL;

  if (!check_url (settings->url, error))
    at_fault = "portal-url";
  else if (!check_code (settings->dstcode, on, error))
    at_fault = "portal-dstcode";
  else if (!check_code (settings->madonvi, on, error))
    at_fault = "portal-madonvi";
  else if (on && *settings->username == '\0')
    {
      g_set_error_literal (error, MC_ERROR, MC_ERROR_INVALID,
                           _("Required to sync with the portal"));
      at_fault = "portal-username";
    }

  if (field != NULL)
    *field = at_fault;
  return at_fault == NULL;
}

static gboolean
save_in_transaction (McDatabase  *db,
                     gpointer     data,
                     GError     **error)
{
  static const char * const keys[] = {
    "portal-url", "portal-dstcode", "portal-madonvi", "portal-username", NULL
  };
  const McPortalSettings *settings = data;
  g_autoptr(McAuditSettings) before = mc_audit_settings_read (db, keys, error);
  g_autoptr(McStatement) stmt = NULL;

  if (before == NULL)
    return FALSE;

  stmt = mc_database_prepare (db,
    "INSERT INTO setting (key, value) VALUES (?1, ?2) "
    "ON CONFLICT (key) DO UPDATE SET value = excluded.value", error);
  if (stmt == NULL)
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (setting_fields); i++)
    {
      g_autofree char *value = g_strstrip (g_strdup (FIELD (settings, i)));

      sqlite3_reset (stmt);
      sqlite3_bind_text (stmt, 1, setting_fields[i].key, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 2, value, -1, SQLITE_STATIC);
      if (!mc_database_step (db, stmt, NULL, error))
        return FALSE;
    }

  /* The password is in the keyring, never in the database nor here. */
  return mc_audit_settings_record (before, db, NULL, MC_AUDIT_PORTAL_SETTINGS, NULL, error);
}

/**
 * mc_portal_store_save_settings:
 * @db: the database
 * @settings: the settings, checked with mc_portal_settings_check()
 * @error: return location for a #GError
 *
 * Stores every setting or none, with the change in the audit trail (see
 * mc_audit_record()).
 *
 * Returns: %TRUE on success
 */
gboolean
mc_portal_store_save_settings (McDatabase              *db,
                               const McPortalSettings  *settings,
                               GError                 **error)
{
  if (!mc_portal_settings_check (settings, NULL, error))
    return FALSE;

  return mc_database_transact (db, MC_TRANSACTION_WRITE, save_in_transaction, (gpointer) settings, error);
}
