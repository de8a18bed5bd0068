/* mc-password.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-password"

#include "config.h"

#include <errno.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <gio/gio.h>
#include <sodium.h>

#include "mc-error.h"
#include "mc-password.h"
#include "mc-text.h"

/* Passwords are hashed with Argon2id, as libsodium implements it; nothing
 * here is home-made cryptography.
 *
 * The cost is libsodium's "interactive" level: 2 passes over 64 MiB. The
 * application runs on modest office PCs of commune People's Committees,
 * often with 4 GiB of memory shared with a browser and office programs, and
 * signing in must stay under about half a second there. The "moderate"
 * level (256 MiB) and "sensitive" level (1 GiB) would take several seconds
 * or fail for lack of memory. Hashes record their own cost, so raising it
 * later only needs mc_password_needs_rehash() at the next sign-in. */
#define HASH_ALG      crypto_pwhash_ALG_ARGON2ID13
#define HASH_OPSLIMIT crypto_pwhash_OPSLIMIT_INTERACTIVE
#define HASH_MEMLIMIT crypto_pwhash_MEMLIMIT_INTERACTIVE

/* A password of digits only (a date of birth, a phone number) is easy to
 * guess unless it is long. */
#define MIN_DIGITS_ONLY_LENGTH 12

enum {
  SODIUM_READY = 1,
  SODIUM_FAILED = 2,
};

/* A copy of a password, wiped before it is freed. */
typedef char McSecret;

static void
mc_secret_free (McSecret *secret)
{
  if (secret == NULL)
    return;

  sodium_memzero (secret, strlen (secret));
  g_free (secret);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (McSecret, mc_secret_free)

static gboolean
ensure_sodium (GError **error)
{
  static gsize state = 0;

  if (g_once_init_enter (&state))
    {
      gsize result = sodium_init () < 0 ? SODIUM_FAILED : SODIUM_READY;

      if (result == SODIUM_FAILED)
        g_warning ("sodium_init() failed");
      g_once_init_leave (&state, result);
    }

  if (state != SODIUM_READY)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                           _("Passwords cannot be checked on this computer: the cryptography library did not start. Restart the application; if this happens again, contact your technical support."));
      return FALSE;
    }

  return TRUE;
}

/* Returns the password composed (NFC), or %NULL when it is not UTF-8.
 * Vietnamese input methods type "ậ" either as one character or as "a" and
 * two combining marks; composing makes both the same password. GLib's own
 * temporaries during normalization cannot be wiped; the copy returned is. */
static McSecret *
normalize_password (const char *password)
{
  return mc_text_normalize (password, G_NORMALIZE_NFC);
}

/* Copies a stored hash into a buffer of the size libsodium's prototypes
 * declare, so that a malformed string of any length is never read past its
 * end. Returns FALSE for %NULL and for strings too long to be a hash. */
static gboolean
copy_hash (const char *hash,
           char        buffer[crypto_pwhash_STRBYTES])
{
  gsize len;

  if (hash == NULL)
    return FALSE;

  len = strnlen (hash, crypto_pwhash_STRBYTES);
  if (len == 0 || len >= crypto_pwhash_STRBYTES)
    return FALSE;

  memset (buffer, 0, crypto_pwhash_STRBYTES);
  memcpy (buffer, hash, len);
  return TRUE;
}

/**
 * mc_password_hash:
 * @password: the password, UTF-8
 * @error: return location for a #GError
 *
 * Hashes @password with Argon2id (libsodium's crypto_pwhash_str_alg(), a
 * random salt, 2 passes over 64 MiB) into a string to store, such as
 * "$argon2id$v=19$m=65536,t=2,p=1$…". Hashing the same password twice gives
 * different strings. The password is composed (NFC) first.
 *
 * This does not check the password policy: call
 * mc_password_check_policy() first when a user chooses a new password.
 *
 * Returns: (transfer full) (nullable): the hash, or %NULL with @error set
 *   when @password is not UTF-8 or memory is short
 */
char *
mc_password_hash (const char  *password,
                  GError     **error)
{
  g_autoptr(McSecret) composed = NULL;
  char out[crypto_pwhash_STRBYTES] = { 0 };

  g_return_val_if_fail (password != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!ensure_sodium (error))
    return NULL;

  composed = normalize_password (password);
  if (composed == NULL)
    {
      g_set_error_literal (error, MC_ERROR, MC_ERROR_INVALID,
                           _("The password contains characters that cannot be read. Type it again."));
      return NULL;
    }

  if (crypto_pwhash_str_alg (out, composed, strlen (composed),
                             HASH_OPSLIMIT, HASH_MEMLIMIT, HASH_ALG) != 0)
    {
      int saved_errno = errno;

      g_debug ("crypto_pwhash_str_alg() failed: %s", g_strerror (saved_errno));
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                           _("There is not enough free memory to protect the password. Close some other programs and try again."));
      return NULL;
    }

  return g_strdup (out);
}

/**
 * mc_password_verify:
 * @password: the password typed, UTF-8
 * @hash: (nullable): a hash from mc_password_hash()
 *
 * Checks @password against @hash, in time that does not depend on where
 * they differ (libsodium's crypto_pwhash_str_verify()). The password is
 * composed (NFC) first, as mc_password_hash() does.
 *
 * A hash that is %NULL, empty, truncated or otherwise malformed matches no
 * password. So does a password that is not UTF-8.
 *
 * Returns: %TRUE if @password matches @hash
 */
gboolean
mc_password_verify (const char *password,
                    const char *hash)
{
  g_autoptr(McSecret) composed = NULL;
  char stored[crypto_pwhash_STRBYTES];

  g_return_val_if_fail (password != NULL, FALSE);

  if (!copy_hash (hash, stored))
    return FALSE;

  if (!ensure_sodium (NULL))
    return FALSE;

  composed = normalize_password (password);
  if (composed == NULL)
    return FALSE;

  return crypto_pwhash_str_verify (stored, composed, strlen (composed)) == 0;
}

/**
 * mc_password_needs_rehash:
 * @hash: (nullable): a stored hash
 *
 * Tells whether @hash was made with another algorithm or cost than
 * mc_password_hash() uses now (libsodium's crypto_pwhash_str_needs_rehash()).
 * After a successful mc_password_verify(), hash the password again and
 * store the new hash. A malformed hash also needs replacing.
 *
 * Returns: %TRUE if @hash should be replaced
 */
gboolean
mc_password_needs_rehash (const char *hash)
{
  char stored[crypto_pwhash_STRBYTES];

  if (!copy_hash (hash, stored))
    return TRUE;

  if (!ensure_sodium (NULL))
    return TRUE;

  return crypto_pwhash_str_needs_rehash (stored, HASH_OPSLIMIT, HASH_MEMLIMIT) != 0;
}

/**
 * mc_password_check_policy:
 * @password: a password a user chose, UTF-8
 * @error: return location for a #GError
 *
 * Checks that @password may be used: at least %MC_PASSWORD_MIN_LENGTH
 * characters (counted as characters, so "Mật khẩu" is 8 although it takes
 * more bytes), not one character repeated, and not only digits unless it
 * has at least 12. The error says what to change.
 *
 * Returns: %TRUE if @password may be used, or %FALSE with @error set
 *   (%MC_ERROR_INVALID)
 */
gboolean
mc_password_check_policy (const char  *password,
                          GError     **error)
{
  g_autoptr(McSecret) composed = NULL;
  glong length;
  gunichar first;
  gboolean all_same = TRUE;
  gboolean all_digits = TRUE;

  g_return_val_if_fail (password != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  composed = normalize_password (password);
  if (composed == NULL)
    {
      g_set_error_literal (error, MC_ERROR, MC_ERROR_INVALID,
                           _("The password contains characters that cannot be read. Type it again."));
      return FALSE;
    }

  length = g_utf8_strlen (composed, -1);
  if (length < MC_PASSWORD_MIN_LENGTH)
    {
      g_set_error (error, MC_ERROR, MC_ERROR_INVALID,
                   g_dngettext (GETTEXT_PACKAGE,
                                "The password is too short. Use at least %d character.",
                                "The password is too short. Use at least %d characters.",
                                MC_PASSWORD_MIN_LENGTH),
                   MC_PASSWORD_MIN_LENGTH);
      return FALSE;
    }

  first = g_utf8_get_char (composed);
  for (const char *p = composed; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c != first)
        all_same = FALSE;
      if (!g_unichar_isdigit (c))
        all_digits = FALSE;
    }

  if (all_same)
    {
      g_set_error_literal (error, MC_ERROR, MC_ERROR_INVALID,
                           _("The password repeats a single character. Mix different letters, digits or symbols."));
      return FALSE;
    }

  if (all_digits && length < MIN_DIGITS_ONLY_LENGTH)
    {
      g_set_error (error, MC_ERROR, MC_ERROR_INVALID,
                   g_dngettext (GETTEXT_PACKAGE,
                                "A password of digits only must have at least %d digit. Add letters or symbols, or use more digits.",
                                "A password of digits only must have at least %d digits. Add letters or symbols, or use more digits.",
                                MIN_DIGITS_ONLY_LENGTH),
                   MIN_DIGITS_ONLY_LENGTH);
      return FALSE;
    }

  return TRUE;
}
