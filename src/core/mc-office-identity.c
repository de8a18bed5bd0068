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
 * settings that McDossierStore writes. */

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
  identity->counter_name = g_strdup ("Bộ phận tiếp nhận và trả kết quả");

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

  g_return_val_if_fail (MC_IS_DATABASE (db), NULL);

  settings = mc_office_store_load (db, error);
  if (settings == NULL)
    return NULL;

  return mc_office_identity_new (settings->agency_name, settings->place_name);
}
