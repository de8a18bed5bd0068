/* mc-portal-secret.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <libsecret/secret.h>

#include "mc-portal-secret.h"

/* The portal's password, kept by the Secret Service (GNOME Keyring) of
 * the session, keyed by the portal's address and the account: never in
 * the database, GSettings or a log. These calls block: the app makes
 * them on a worker thread. */

static const SecretSchema *
portal_schema (void)
{
  static const SecretSchema schema = {
    "org.motcua.MotCua.Portal", SECRET_SCHEMA_NONE,
    {
      { "url", SECRET_SCHEMA_ATTRIBUTE_STRING },
      { "username", SECRET_SCHEMA_ATTRIBUTE_STRING },
      { NULL, 0 },
    },
    0, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
  };

  return &schema;
}

/**
 * mc_portal_secret_lookup:
 * @url: the portal's address
 * @username: the account
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): the password, or %NULL without
 *   @error set if none is stored
 */
char *
mc_portal_secret_lookup (const char    *url,
                         const char    *username,
                         GCancellable  *cancellable,
                         GError       **error)
{
  g_autofree char *password = NULL;
  char *copy;

  password = secret_password_lookup_sync (portal_schema (), cancellable, error,
                                          "url", url, "username", username, NULL);
  if (password == NULL)
    return NULL;

  /* Secret memory is freed with secret_password_free(), which wipes it. */
  copy = g_strdup (password);
  secret_password_free (g_steal_pointer (&password));
  return copy;
}

/**
 * mc_portal_secret_find:
 * @url: the portal's address
 * @username: the account
 * @error: return location for a #GError
 *
 * The password the app and motcua-cli use: the Secret Service's, or,
 * where no keyring runs (a test portal, a server), the variable
 * $MOTCUA_PORTAL_PASSWORD.
 *
 * Returns: (transfer full) (nullable): the password, or %NULL without
 *   @error set if there is none
 */
char *
mc_portal_secret_find (const char  *url,
                       const char  *username,
                       GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  char *password = mc_portal_secret_lookup (url, username, NULL, &local_error);
  const char *variable = g_getenv ("MOTCUA_PORTAL_PASSWORD");

  if (password != NULL)
    return password;
  if (variable != NULL && *variable != '\0')
    return g_strdup (variable);
  if (local_error != NULL)
    g_propagate_error (error, g_steal_pointer (&local_error));
  return NULL;
}

/**
 * mc_portal_secret_store:
 * @url: the portal's address
 * @username: the account
 * @password: its password
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Returns: %TRUE if the Secret Service stored it
 */
gboolean
mc_portal_secret_store (const char    *url,
                        const char    *username,
                        const char    *password,
                        GCancellable  *cancellable,
                        GError       **error)
{
  g_autofree char *label = g_strdup_printf (_("Một Cửa: password of %s at %s"), username, url);

  return secret_password_store_sync (portal_schema (), SECRET_COLLECTION_DEFAULT, label,
                                     password, cancellable, error,
                                     "url", url, "username", username, NULL);
}

/**
 * mc_portal_secret_clear:
 * @url: the portal's address
 * @username: the account
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Returns: %TRUE unless the Secret Service failed
 */
gboolean
mc_portal_secret_clear (const char    *url,
                        const char    *username,
                        GCancellable  *cancellable,
                        GError       **error)
{
  g_autoptr(GError) local_error = NULL;

  if (!secret_password_clear_sync (portal_schema (), cancellable, &local_error,
                                   "url", url, "username", username, NULL) &&
      local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}
