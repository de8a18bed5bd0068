/* mc-staff-credentials.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-staff-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "mc-audit.h"
#include "mc-error.h"
#include "mc-password.h"
#include "mc-staff-store-private.h"

/* The credentials of the staff accounts: signing in, changing and
 * resetting passwords, and the idle time after which the session locks
 * and asks for the password again. The accounts themselves, and the
 * helpers shared with them, are in mc-staff-store.c; as there, whether the
 * acting account may reset a password is looked up in the database.
 *
 * Hashing takes a noticeable time (Argon2id, see mc-password.c), and the
 * password checks that decide whether to hash come first.
 *
 * Every change of a password or of the idle lock is recorded in the audit
 * trail in its own transaction (mc-audit.c). */

/* A hash of a random password nobody knows, with the cost
 * mc_password_hash() uses: signing in as an unknown user verifies against
 * it, so that the answer takes as long as for a known user with a wrong
 * password and does not tell which user names exist. */
static const char dummy_hash_template[] =
  "$argon2id$v=19$m=65536,t=2,p=1$Xjsp7G4Cr19Q/pDHHCI55Q$BiFAEbrWPoZy2ciVtJxiy+YEP+C0D1QidJiXEVyd7Ls";

/* Returns the dummy hash; should the cost of mc_password_hash() ever
 * change, a fresh one is made once so the timing still matches. */
static const char *
get_dummy_hash (void)
{
  static char *dummy = NULL;

  if (g_once_init_enter (&dummy))
    {
      char *hash = NULL;

      if (mc_password_needs_rehash (dummy_hash_template))
        {
          g_autofree char *random = g_uuid_string_random ();

          hash = mc_password_hash (random, NULL);
        }
      if (hash == NULL)
        hash = g_strdup (dummy_hash_template);
      g_once_init_leave (&dummy, hash);
    }

  return dummy;
}

/* Looks a user name up, case-insensitively (the column's collation).
 * Sets *staff to %NULL when there is no such account. */
static gboolean
read_by_username (McDatabase  *db,
                  const char  *username,
                  McStaff    **staff,
                  char       **hash,
                  GError     **error)
{
  static const char sql[] =
    "SELECT " STAFF_COLUMNS ", password_hash FROM staff WHERE username = ?1";
  g_autoptr(McStatement) stmt = mc_database_prepare (db, sql, error);
  gboolean has_row;

  *staff = NULL;
  *hash = NULL;

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, username, -1, SQLITE_STATIC);
  if (!mc_database_step (db, stmt, &has_row, error))
    return FALSE;

  if (has_row)
    {
      *staff = _mc_staff_store_from_row (stmt);
      *hash = g_strdup ((const char *) sqlite3_column_text (stmt, 6));
    }

  return TRUE;
}

/* Replaces the hash of @id; with @old_hash, only if it is still the one
 * read (so a password changed meanwhile is not overwritten). */
static gboolean
update_hash (McDatabase  *db,
             gint64       id,
             const char  *hash,
             const char  *old_hash,
             GError     **error)
{
  static const char sql[] =
    "UPDATE staff SET password_hash = ?2 WHERE id = ?1";
  static const char guarded_sql[] =
    "UPDATE staff SET password_hash = ?2 WHERE id = ?1 AND password_hash = ?3";
  g_autoptr(McStatement) stmt = mc_database_prepare (db, old_hash != NULL ? guarded_sql : sql,
                                                     error);

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_text (stmt, 2, hash, -1, SQLITE_STATIC);
  if (old_hash != NULL)
    sqlite3_bind_text (stmt, 3, old_hash, -1, SQLITE_STATIC);

  return mc_database_step (db, stmt, NULL, error);
}

/**
 * mc_staff_store_authenticate:
 * @db: a #McDatabase
 * @username: the user name typed, in any case
 * @password: the password typed
 * @error: return location for a #GError
 *
 * Signs a user in. An unknown user name and a wrong password give the same
 * error, "Wrong user name or password.", after the same work (a password
 * check against a hash nobody's password matches), so that neither the
 * message nor the time taken tells which user names exist. A deactivated
 * account is refused, with its own message only once the password was
 * right. A hash made at a lower cost than mc_password_hash() uses now is
 * replaced on success.
 *
 * Returns: (transfer full): the account, or %NULL with @error set
 *   (%MC_ERROR_INVALID when refused)
 */
McStaff *
mc_staff_store_authenticate (McDatabase  *db,
                             const char  *username,
                             const char  *password,
                             GError     **error)
{
  g_autofree char *clean_username = NULL;
  g_autofree char *hash = NULL;
  g_autoptr(McStaff) staff = NULL;
  gboolean matches;

  g_return_val_if_fail (MC_IS_DATABASE (db), NULL);
  g_return_val_if_fail (username != NULL, NULL);
  g_return_val_if_fail (password != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  clean_username = _mc_staff_store_dup_stripped (username);
  if (clean_username != NULL &&
      !read_by_username (db, clean_username, &staff, &hash, error))
    return NULL;

  /* Checked against the dummy hash when there is no such user, so that
   * the time taken is the same. */
  matches = mc_password_verify (password, staff != NULL ? hash : get_dummy_hash ());

  if (staff == NULL || !matches)
    {
      g_set_error_literal (error, MC_ERROR, MC_ERROR_INVALID,
                           _("Wrong user name or password."));
      return NULL;
    }

  if (!mc_staff_get_active (staff))
    {
      g_set_error_literal (error, MC_ERROR, MC_ERROR_INVALID,
                           _("This account has been deactivated. Ask an administrator to activate it again."));
      return NULL;
    }

  if (mc_password_needs_rehash (hash))
    {
      g_autoptr(GError) local_error = NULL;
      g_autofree char *new_hash = mc_password_hash (password, &local_error);

      /* The user is signed in either way; the old hash stays usable and
       * is replaced at a later sign-in. */
      if (new_hash == NULL ||
          !update_hash (db, mc_staff_get_id (staff), new_hash, hash, &local_error))
        g_debug ("Could not replace the password hash of account %" G_GINT64_FORMAT ": %s",
                 mc_staff_get_id (staff), local_error->message);
    }

  return g_steal_pointer (&staff);
}

/**
 * mc_staff_store_change_password:
 * @db: a #McDatabase
 * @staff_id: the account whose password changes
 * @old_password: its current password
 * @new_password: the new one, which must pass mc_password_check_policy()
 * @error: return location for a #GError
 *
 * Changes one's own password, proven by the current one.
 *
 * Returns: %TRUE on success, or %FALSE with @error set
 */
gboolean
mc_staff_store_change_password (McDatabase  *db,
                                gint64       staff_id,
                                const char  *old_password,
                                const char  *new_password,
                                GError     **error)
{
  g_autoptr(McStaff) staff = NULL;
  g_autofree char *old_hash = NULL;
  g_autofree char *new_hash = NULL;
  McActor actor;

  g_return_val_if_fail (MC_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (old_password != NULL, FALSE);
  g_return_val_if_fail (new_password != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  staff = _mc_staff_store_read_by_id (db, staff_id, &old_hash, error);
  if (staff == NULL)
    return FALSE;

  if (!mc_password_verify (old_password, old_hash))
    {
      g_set_error_literal (error, MC_ERROR, MC_ERROR_INVALID,
                           _("The current password is wrong."));
      return FALSE;
    }

  if (!mc_staff_get_active (staff))
    {
      g_set_error_literal (error, MC_ERROR, MC_ERROR_INVALID,
                           _("This account has been deactivated. Ask an administrator to activate it again."));
      return FALSE;
    }

  if (!mc_password_check_policy (new_password, error))
    return FALSE;

  if (mc_password_verify (new_password, old_hash))
    {
      g_set_error_literal (error, MC_ERROR, MC_ERROR_INVALID,
                           _("The new password must differ from the current one."));
      return FALSE;
    }

  new_hash = mc_password_hash (new_password, error);
  if (new_hash == NULL)
    return FALSE;

  if (!mc_database_begin (db, MC_TRANSACTION_WRITE, error))
    return FALSE;

  /* Guarded by the hash just checked: a password changed meanwhile (by an
   * administrator's reset) is not overwritten with one proven by the
   * previous password. */
  if (!update_hash (db, staff_id, new_hash, old_hash, error))
    {
      mc_database_end (db, FALSE, NULL);
      return FALSE;
    }

  if (sqlite3_changes (mc_database_get_handle (db)) == 0)
    {
      mc_database_end (db, FALSE, NULL);
      g_set_error_literal (error, MC_ERROR, MC_ERROR_INVALID,
                           _("The password was changed meanwhile. Sign in again."));
      return FALSE;
    }

  _mc_staff_store_actor_from_staff (staff, &actor);
  if (!mc_audit_record (db, &actor, MC_AUDIT_STAFF_CHANGE_PASSWORD, mc_staff_get_username (staff),
                        NULL, error))
    {
      mc_database_end (db, FALSE, NULL);
      return FALSE;
    }

  return mc_database_end (db, TRUE, error);
}

/**
 * mc_staff_store_reset_password:
 * @db: a #McDatabase
 * @admin: the administrator doing it
 * @staff_id: the account whose password is replaced
 * @new_password: the new password, which must pass
 *   mc_password_check_policy()
 * @error: return location for a #GError
 *
 * Replaces a forgotten password. Only an active administrator may.
 *
 * Returns: %TRUE on success, or %FALSE with @error set
 */
gboolean
mc_staff_store_reset_password (McDatabase     *db,
                               const McStaff  *admin,
                               gint64          staff_id,
                               const char     *new_password,
                               GError        **error)
{
  g_autoptr(McStaff) staff = NULL;
  g_autofree char *new_hash = NULL;
  McActor actor;

  g_return_val_if_fail (MC_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (admin == NULL || MC_IS_STAFF ((McStaff *) admin), FALSE);
  g_return_val_if_fail (new_password != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_mc_staff_store_require_administrator (db, admin,
                                              _("Only an administrator may reset passwords."),
                                              error))
    return FALSE;

  staff = _mc_staff_store_read_by_id (db, staff_id, NULL, error);
  if (staff == NULL)
    return FALSE;

  if (!mc_password_check_policy (new_password, error))
    return FALSE;

  new_hash = mc_password_hash (new_password, error);
  if (new_hash == NULL)
    return FALSE;

  if (!mc_database_begin (db, MC_TRANSACTION_WRITE, error))
    return FALSE;

  _mc_staff_store_actor_from_staff ((McStaff *) admin, &actor);
  if (!update_hash (db, staff_id, new_hash, NULL, error) ||
      !mc_audit_record (db, &actor, MC_AUDIT_STAFF_RESET_PASSWORD, mc_staff_get_username (staff),
                        NULL, error))
    {
      mc_database_end (db, FALSE, NULL);
      return FALSE;
    }

  return mc_database_end (db, TRUE, error);
}

static gboolean
check_idle_lock_minutes (gint64   minutes,
                         GError **error)
{
  if (minutes < MC_STAFF_IDLE_LOCK_MIN_MINUTES || minutes > MC_STAFF_IDLE_LOCK_MAX_MINUTES)
    {
      g_set_error (error, MC_ERROR, MC_ERROR_INVALID,
                   _("The idle time before the session locks must be between %d and %d minutes."),
                   MC_STAFF_IDLE_LOCK_MIN_MINUTES, MC_STAFF_IDLE_LOCK_MAX_MINUTES);
      return FALSE;
    }

  return TRUE;
}

/**
 * mc_staff_store_get_idle_lock_minutes:
 * @db: a #McDatabase
 * @error: return location for a #GError
 *
 * Returns: the minutes without input after which the session locks
 *   (%MC_STAFF_IDLE_LOCK_DEFAULT_MINUTES when unset), or -1 with @error
 *   set, also when the stored value is damaged; the caller then locks
 *   after %MC_STAFF_IDLE_LOCK_DEFAULT_MINUTES
 */
int
mc_staff_store_get_idle_lock_minutes (McDatabase  *db,
                                      GError     **error)
{
  static const char sql[] = "SELECT value FROM setting WHERE key = 'idle-lock-minutes'";
  g_autoptr(McStatement) stmt = NULL;
  const char *text;
  gboolean has_row;
  gint64 minutes;

  g_return_val_if_fail (MC_IS_DATABASE (db), -1);

  stmt = mc_database_prepare (db, sql, error);
  if (stmt == NULL || !mc_database_step (db, stmt, &has_row, error))
    return -1;

  if (!has_row)
    return MC_STAFF_IDLE_LOCK_DEFAULT_MINUTES;

  text = (const char *) sqlite3_column_text (stmt, 0);
  if (text == NULL ||
      !g_ascii_string_to_signed (text, 10, MC_STAFF_IDLE_LOCK_MIN_MINUTES,
                                 MC_STAFF_IDLE_LOCK_MAX_MINUTES, &minutes, NULL))
    {
      g_set_error (error, MC_ERROR, MC_ERROR_INVALID,
                   _("The idle time before the session locks, “%s”, is not a valid number of minutes."),
                   text != NULL ? text : "");
      return -1;
    }

  return (int) minutes;
}

static gboolean
write_idle_lock_minutes (McDatabase  *db,
                         int          minutes,
                         GError     **error)
{
  static const char sql[] =
    "INSERT INTO setting (key, value) VALUES ('idle-lock-minutes', ?1) "
    "ON CONFLICT (key) DO UPDATE SET value = excluded.value";
  g_autoptr(McStatement) stmt = mc_database_prepare (db, sql, error);
  char text[16];

  if (stmt == NULL)
    return FALSE;

  g_snprintf (text, sizeof text, "%d", minutes);
  sqlite3_bind_text (stmt, 1, text, -1, SQLITE_TRANSIENT);
  return mc_database_step (db, stmt, NULL, error);
}

/**
 * mc_staff_store_set_idle_lock_minutes:
 * @db: a #McDatabase
 * @minutes: the minutes without input after which the session locks,
 *   from %MC_STAFF_IDLE_LOCK_MIN_MINUTES to %MC_STAFF_IDLE_LOCK_MAX_MINUTES
 * @error: return location for a #GError
 *
 * Returns: %TRUE on success, or %FALSE with @error set
 *   (%MC_ERROR_INVALID when @minutes is out of range)
 */
gboolean
mc_staff_store_set_idle_lock_minutes (McDatabase  *db,
                                      int          minutes,
                                      GError     **error)
{
  static const char * const keys[] = { "idle-lock-minutes", NULL };
  g_autoptr(McAuditSettings) before = NULL;

  g_return_val_if_fail (MC_IS_DATABASE (db), FALSE);

  if (!check_idle_lock_minutes (minutes, error))
    return FALSE;

  if (!mc_database_begin (db, MC_TRANSACTION_WRITE, error))
    return FALSE;

  before = mc_audit_settings_read (db, keys, error);
  if (before == NULL ||
      !write_idle_lock_minutes (db, minutes, error) ||
      !mc_audit_settings_record (before, db, NULL, MC_AUDIT_OFFICE_IDLE_LOCK, NULL, error))
    {
      mc_database_end (db, FALSE, NULL);
      return FALSE;
    }

  return mc_database_end (db, TRUE, error);
}
