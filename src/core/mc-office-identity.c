/* mc-office-identity.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-office-identity"

#include "config.h"

#include "mc-office-identity.h"
#include "mc-office-store.h"

/* The office's identity as the printed forms need it, read from the
 * settings that McDossierStore writes.
 *
 * The counter's name, printed in bold on the left of every form's
 * heading, is the 'counter-name' setting: after 07/2025 many communes
 * call theirs "Trung tâm Phục vụ hành chính công xã …". A database
 * without the row gets it, with the name Thông tư 01/2018 gives the
 * counter, the first time the identity is read, so that an
 * administrator finds it to edit. */

#define DEFAULT_COUNTER_NAME "Bộ phận tiếp nhận và trả kết quả"

/**
 * mc_office_identity_new:
 * @agency_name: (nullable): the agency, such as "UBND xã Mẫu"
 * @place_name: (nullable): the place of the date line, such as "xã Mẫu"
 *
 * Returns: (transfer full): an identity with the usual counter name
 */
McOfficeIdentity *
mc_office_identity_new (const char *agency_name,
                        const char *place_name)
{
  McOfficeIdentity *identity = g_new0 (McOfficeIdentity, 1);

  identity->agency_name = g_strdup (agency_name != NULL ? agency_name : "");
  identity->place_name = g_strdup (place_name != NULL ? place_name : "");
  /* The name Thông tư 01/2018 gives the counter; forms print it as is. */
  identity->counter_name = g_strdup (DEFAULT_COUNTER_NAME);

  return identity;
}

void
mc_office_identity_free (McOfficeIdentity *identity)
{
  if (identity == NULL)
    return;

  g_free (identity->agency_name);
  g_free (identity->place_name);
  g_free (identity->counter_name);
  g_free (identity);
}

/**
 * mc_office_identity_set_counter_name:
 * @identity: an identity
 * @counter_name: (nullable): the counter's name; %NULL or blank for the
 *   default, "Bộ phận tiếp nhận và trả kết quả"
 */
void
mc_office_identity_set_counter_name (McOfficeIdentity *identity,
                                     const char       *counter_name)
{
  g_autofree char *stripped = NULL;

  g_return_if_fail (identity != NULL);

  stripped = g_strstrip (g_strdup (counter_name != NULL ? counter_name : ""));
  g_free (identity->counter_name);
  identity->counter_name = *stripped != '\0' ? g_steal_pointer (&stripped) : g_strdup (DEFAULT_COUNTER_NAME);
}

static char *
read_counter_name (McDatabase  *db,
                   GError     **error)
{
  static const char insert_sql[] =
    "INSERT INTO setting (key, value) VALUES ('counter-name', ?1) "
    "ON CONFLICT (key) DO NOTHING";
  static const char select_sql[] =
    "SELECT value FROM setting WHERE key = 'counter-name'";
  g_autoptr(McStatement) insert = NULL;
  g_autoptr(McStatement) select = NULL;
  gboolean has_row = FALSE;

  insert = mc_database_prepare (db, insert_sql, error);
  if (insert == NULL)
    return NULL;
  sqlite3_bind_text (insert, 1, DEFAULT_COUNTER_NAME, -1, SQLITE_STATIC);
  if (!mc_database_step (db, insert, NULL, error))
    return NULL;

  select = mc_database_prepare (db, select_sql, error);
  if (select == NULL || !mc_database_step (db, select, &has_row, error))
    return NULL;

  return g_strdup (has_row ? (const char *) sqlite3_column_text (select, 0) : NULL);
}

/**
 * mc_dossier_store_get_office_identity:
 * @db: a #McDatabase
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the office's identity, with empty strings for
 *   what is not set, or %NULL with @error set
 */
McOfficeIdentity *
mc_dossier_store_get_office_identity (McDatabase  *db,
                                      GError     **error)
{
  g_autoptr(McOfficeSettings) settings = NULL;
  g_autoptr(McOfficeIdentity) identity = NULL;
  g_autofree char *counter_name = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (MC_IS_DATABASE (db), NULL);

  settings = mc_office_store_load (db, error);
  if (settings == NULL)
    return NULL;

  counter_name = read_counter_name (db, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  identity = mc_office_identity_new (settings->agency_name, settings->place_name);
  mc_office_identity_set_counter_name (identity, counter_name);
  return g_steal_pointer (&identity);
}
