/* mc-staff-store.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-staff-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "mc-audit.h"
#include "mc-enum-types.h"
#include "mc-error.h"
#include "mc-password.h"
#include "mc-staff-store.h"

/* All SQL of the staff accounts and the idle lock.
 *
 * The core itself refuses what a role may not do: the functions that
 * change accounts take the acting account and look its role and state up
 * in the database, so neither a stale #McStaff (an administrator since
 * deactivated) nor one built by hand grants anything.
 *
 * Hashing takes a noticeable time (Argon2id, see mc-password.c), and the
 * password checks that decide whether to hash come first.
 *
 * Every change of an account is recorded in the audit trail in its own
 * transaction (mc-audit.c), naming the account that made it. */

#define STAFF_COLUMNS "id, username, full_name, title, role, active"

/* A hash of a random password nobody knows, with the cost
 * mc_password_hash() uses: signing in as an unknown user verifies against
 * it, so that the answer takes as long as for a known user with a wrong
 * password and does not tell which user names exist. */
static const char dummy_hash_template[] =
  "$argon2id$v=19$m=65536,t=2,p=1$Xjsp7G4Cr19Q/pDHHCI55Q$BiFAEbrWPoZy2ciVtJxiy+YEP+C0D1QidJiXEVyd7Ls";

typedef struct
{
  const char  *username;
  const char  *full_name;
  const char  *title;
  McStaffRole  role;
} DemoStaff;

/* Demo data of the Vietnamese demo database: not translated. */
static const DemoStaff demo_staff[] = {
  { "quantri", "Quản trị hệ thống", "", MC_STAFF_ROLE_ADMINISTRATOR },
  { "lan", "Nguyễn Thị Lan", "Công chức Văn phòng – Thống kê", MC_STAFF_ROLE_CLERK },
  { "hung", "Trần Văn Hùng", "Công chức Tư pháp – Hộ tịch", MC_STAFF_ROLE_OFFICER },
  { "minh", "Lê Văn Minh", "Phó Chủ tịch UBND xã", MC_STAFF_ROLE_LEADER },
};

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

static McStaff *
staff_from_row (sqlite3_stmt *stmt)
{
  int role = sqlite3_column_int (stmt, 4);

  if (role < MC_STAFF_ROLE_CLERK || role > MC_STAFF_ROLE_ADMINISTRATOR)
    role = MC_STAFF_ROLE_CLERK;

  return mc_staff_new (sqlite3_column_int64 (stmt, 0),
                       (const char *) sqlite3_column_text (stmt, 1),
                       (const char *) sqlite3_column_text (stmt, 2),
                       (const char *) sqlite3_column_text (stmt, 3),
                       role,
                       sqlite3_column_int (stmt, 5) != 0);
}

/* Reads one account and, when asked, its hash. A missing account is
 * %MC_ERROR_NOT_FOUND. */
static McStaff *
read_by_id (McDatabase  *db,
            gint64       id,
            char       **hash,
            GError     **error)
{
  static const char sql[] =
    "SELECT " STAFF_COLUMNS ", password_hash FROM staff WHERE id = ?1";
  g_autoptr(McStatement) stmt = mc_database_prepare (db, sql, error);
  gboolean has_row;

  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, id);
  if (!mc_database_step (db, stmt, &has_row, error))
    return NULL;

  if (!has_row)
    {
      g_set_error_literal (error, MC_ERROR, MC_ERROR_NOT_FOUND,
                           _("The account no longer exists."));
      return NULL;
    }

  if (hash != NULL)
    *hash = g_strdup ((const char *) sqlite3_column_text (stmt, 6));

  return staff_from_row (stmt);
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
      *staff = staff_from_row (stmt);
      *hash = g_strdup ((const char *) sqlite3_column_text (stmt, 6));
    }

  return TRUE;
}

static gboolean
count_staff (McDatabase  *db,
             gboolean     active_administrators_only,
             gint64      *count,
             GError     **error)
{
  static const char all_sql[] = "SELECT count(*) FROM staff";
  static const char admin_sql[] =
    "SELECT count(*) FROM staff WHERE active = 1 AND role = ?1";
  g_autoptr(McStatement) stmt = NULL;
  gboolean has_row;

  stmt = mc_database_prepare (db, active_administrators_only ? admin_sql : all_sql, error);
  if (stmt == NULL)
    return FALSE;

  if (active_administrators_only)
    sqlite3_bind_int (stmt, 1, MC_STAFF_ROLE_ADMINISTRATOR);
  if (!mc_database_step (db, stmt, &has_row, error))
    return FALSE;

  *count = has_row ? sqlite3_column_int64 (stmt, 0) : 0;
  return TRUE;
}

static gboolean
username_is_taken (McDatabase  *db,
                   const char  *username,
                   gboolean    *taken,
                   GError     **error)
{
  static const char sql[] = "SELECT 1 FROM staff WHERE username = ?1";
  g_autoptr(McStatement) stmt = mc_database_prepare (db, sql, error);

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, username, -1, SQLITE_STATIC);
  return mc_database_step (db, stmt, taken, error);
}

static gboolean
insert_staff (McDatabase   *db,
              const char   *username,
              const char   *full_name,
              const char   *title,
              McStaffRole   role,
              const char   *hash,
              gint64       *id,
              GError      **error)
{
  static const char sql[] =
    "INSERT INTO staff (username, full_name, title, role, password_hash, active, created_at) "
    "VALUES (?1, ?2, ?3, ?4, ?5, 1, ?6)";
  g_autoptr(McStatement) stmt = mc_database_prepare (db, sql, error);

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, username, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, full_name, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, title, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 4, role);
  sqlite3_bind_text (stmt, 5, hash, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 6, g_get_real_time ());
  if (!mc_database_step (db, stmt, NULL, error))
    return FALSE;

  *id = sqlite3_last_insert_rowid (mc_database_get_handle (db));
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

static gboolean
update_active (McDatabase  *db,
               gint64       id,
               gboolean     active,
               GError     **error)
{
  static const char sql[] = "UPDATE staff SET active = ?2 WHERE id = ?1";
  g_autoptr(McStatement) stmt = mc_database_prepare (db, sql, error);

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_int (stmt, 2, active ? 1 : 0);
  return mc_database_step (db, stmt, NULL, error);
}

/* The account that makes a change, as the audit trail names it. */
static void
actor_from_staff (McStaff *staff,
                  McActor *actor)
{
  actor->staff_id = mc_staff_get_id (staff);
  actor->name = mc_staff_get_full_name (staff);
  actor->title = mc_staff_get_title (staff);
  actor->role = mc_staff_get_role (staff);
  actor->workstation = NULL;
}

static const char *
role_nick (McStaffRole role)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (MC_TYPE_STAFF_ROLE);
  GEnumValue *value = g_enum_get_value (klass, role);

  /* The nicks are static data of the type, alive after the unref. */
  return value != NULL ? value->value_nick : "";
}

/* Checks, in the database, that @actor is an active administrator;
 * otherwise sets @refusal as the error. */
static gboolean
require_administrator (McDatabase     *db,
                       const McStaff  *actor,
                       const char     *refusal,
                       GError        **error)
{
  g_autoptr(McStaff) current = NULL;
  g_autoptr(GError) local_error = NULL;

  if (actor != NULL)
    {
      current = read_by_id (db, mc_staff_get_id ((McStaff *) actor), NULL, &local_error);
      if (current == NULL && !g_error_matches (local_error, MC_ERROR, MC_ERROR_NOT_FOUND))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
    }

  if (current == NULL ||
      !mc_staff_get_active (current) ||
      mc_staff_get_role (current) != MC_STAFF_ROLE_ADMINISTRATOR)
    {
      g_set_error_literal (error, MC_ERROR, MC_ERROR_INVALID, refusal);
      return FALSE;
    }

  return TRUE;
}

static gboolean
check_username (const char  *username,
                GError     **error)
{
  gsize length = strlen (username);

  if (length == 0)
    {
      g_set_error_literal (error, MC_ERROR, MC_ERROR_INVALID, _("Enter a user name."));
      return FALSE;
    }

  for (const char *p = username; *p != '\0'; p++)
    {
      if (!g_ascii_isalnum (*p) && *p != '.' && *p != '_' && *p != '-')
        {
          g_set_error_literal (error, MC_ERROR, MC_ERROR_INVALID,
                               _("A user name may only contain letters without accents, digits, dots, hyphens and underscores."));
          return FALSE;
        }
    }

  /* Only ASCII is left, so bytes are characters. */
  if (length > MC_STAFF_USERNAME_MAX_LENGTH)
    {
      g_set_error (error, MC_ERROR, MC_ERROR_INVALID,
                   _("The user name is too long. Use at most %d characters."),
                   MC_STAFF_USERNAME_MAX_LENGTH);
      return FALSE;
    }

  return TRUE;
}

/* Returns a copy of @text without surrounding spaces, or %NULL when it is
 * not UTF-8. */
static char *
dup_stripped (const char *text)
{
  if (text == NULL)
    return g_strdup ("");

  if (!g_utf8_validate (text, -1, NULL))
    return NULL;

  return g_strstrip (g_utf8_normalize (text, -1, G_NORMALIZE_NFC));
}

/**
 * mc_staff_store_needs_first_administrator:
 * @db: a #McDatabase
 * @error: return location for a #GError
 *
 * Tells whether the database has no active administrator yet, as on first
 * start: the application then asks for the first administrator's account,
 * which mc_staff_store_create() accepts without a creator.
 *
 * Returns: %TRUE if there is no active administrator; %FALSE otherwise or
 *   with @error set
 */
gboolean
mc_staff_store_needs_first_administrator (McDatabase  *db,
                                          GError     **error)
{
  gint64 count;

  g_return_val_if_fail (MC_IS_DATABASE (db), FALSE);

  if (!count_staff (db, TRUE, &count, error))
    return FALSE;

  return count == 0;
}

static McStaff *
create_in_transaction (McDatabase     *db,
                       const char     *username,
                       const char     *full_name,
                       const char     *title,
                       McStaffRole     role,
                       const char     *password,
                       const McStaff  *creator,
                       GError        **error)
{
  g_autofree char *hash = NULL;
  g_autofree char *details = NULL;
  g_autoptr(McStaff) staff = NULL;
  McActor actor;
  gint64 administrators, id;
  gboolean taken;

  if (creator == NULL)
    {
      if (!count_staff (db, TRUE, &administrators, error))
        return NULL;

      if (administrators > 0)
        {
          g_set_error_literal (error, MC_ERROR, MC_ERROR_INVALID,
                               _("Only an administrator may create accounts."));
          return NULL;
        }
      if (role != MC_STAFF_ROLE_ADMINISTRATOR)
        {
          g_set_error_literal (error, MC_ERROR, MC_ERROR_INVALID,
                               _("The first account must be an administrator’s."));
          return NULL;
        }
    }
  else if (!require_administrator (db, creator, _("Only an administrator may create accounts."),
                                   error))
    return NULL;

  if (!check_username (username, error))
    return NULL;

  if (full_name == NULL || full_name[0] == '\0')
    {
      g_set_error_literal (error, MC_ERROR, MC_ERROR_INVALID,
                           _("Enter the person’s full name."));
      return NULL;
    }

  if (!mc_password_check_policy (password, error))
    return NULL;

  if (!username_is_taken (db, username, &taken, error))
    return NULL;

  if (taken)
    {
      g_set_error (error, MC_ERROR, MC_ERROR_INVALID,
                   _("The user name “%s” is already taken. Choose another one."), username);
      return NULL;
    }

  hash = mc_password_hash (password, error);
  if (hash == NULL)
    return NULL;

  if (!insert_staff (db, username, full_name, title, role, hash, &id, error))
    return NULL;

  staff = mc_staff_new (id, username, full_name, title, role, TRUE);

  /* The first administrator creates their own account. */
  actor_from_staff (creator != NULL ? (McStaff *) creator : staff, &actor);
  details = mc_audit_details ("full_name", full_name, "title", title,
                              "role", role_nick (role), NULL);
  if (!mc_audit_record (db, &actor, MC_AUDIT_STAFF_CREATE, username, details, error))
    return NULL;

  return g_steal_pointer (&staff);
}

/**
 * mc_staff_store_create:
 * @db: a #McDatabase
 * @username: the name to sign in with: 1 to 64 letters without accents,
 *   digits, dots, hyphens or underscores, unique whatever the case
 * @full_name: the person's full name
 * @title: (nullable): the person's position, such as "Phó Chủ tịch UBND xã"
 * @role: what the account may do
 * @password: the first password, which must pass mc_password_check_policy()
 * @creator: (nullable): the administrator creating the account; %NULL only
 *   for the first administrator (see
 *   mc_staff_store_needs_first_administrator())
 * @error: return location for a #GError
 *
 * Creates an active account. Only an active administrator may create
 * accounts, which the database decides, not @creator's properties. While
 * there is no active administrator, an administrator's account may be
 * created without a creator. Surrounding spaces of the user name, full
 * name and title are removed.
 *
 * Returns: (transfer full): the new account, or %NULL with @error set
 *   (%MC_ERROR_INVALID for a refusal or invalid data)
 */
McStaff *
mc_staff_store_create (McDatabase     *db,
                       const char     *username,
                       const char     *full_name,
                       const char     *title,
                       McStaffRole     role,
                       const char     *password,
                       const McStaff  *creator,
                       GError        **error)
{
  g_autofree char *clean_username = NULL;
  g_autofree char *clean_full_name = NULL;
  g_autofree char *clean_title = NULL;
  g_autoptr(McStaff) staff = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (MC_IS_DATABASE (db), NULL);
  g_return_val_if_fail (username != NULL, NULL);
  g_return_val_if_fail (full_name != NULL, NULL);
  g_return_val_if_fail ((guint) role <= MC_STAFF_ROLE_ADMINISTRATOR, NULL);
  g_return_val_if_fail (password != NULL, NULL);
  g_return_val_if_fail (creator == NULL || MC_IS_STAFF ((McStaff *) creator), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  clean_username = dup_stripped (username);
  clean_full_name = dup_stripped (full_name);
  clean_title = dup_stripped (title);
  if (clean_username == NULL || clean_full_name == NULL || clean_title == NULL)
    {
      g_set_error_literal (error, MC_ERROR, MC_ERROR_INVALID,
                           _("The text contains characters that cannot be read. Type it again."));
      return NULL;
    }

  if (!mc_database_begin (db, MC_TRANSACTION_WRITE, error))
    return NULL;

  staff = create_in_transaction (db, clean_username, clean_full_name, clean_title, role,
                                 password, creator, &local_error);
  if (staff == NULL)
    {
      mc_database_end (db, FALSE, NULL);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  if (!mc_database_end (db, TRUE, error))
    return NULL;

  return g_steal_pointer (&staff);
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

  clean_username = dup_stripped (username);
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

  staff = read_by_id (db, staff_id, &old_hash, error);
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

  actor_from_staff (staff, &actor);
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

  if (!require_administrator (db, admin, _("Only an administrator may reset passwords."), error))
    return FALSE;

  staff = read_by_id (db, staff_id, NULL, error);
  if (staff == NULL)
    return FALSE;

  if (!mc_password_check_policy (new_password, error))
    return FALSE;

  new_hash = mc_password_hash (new_password, error);
  if (new_hash == NULL)
    return FALSE;

  if (!mc_database_begin (db, MC_TRANSACTION_WRITE, error))
    return FALSE;

  actor_from_staff ((McStaff *) admin, &actor);
  if (!update_hash (db, staff_id, new_hash, NULL, error) ||
      !mc_audit_record (db, &actor, MC_AUDIT_STAFF_RESET_PASSWORD, mc_staff_get_username (staff),
                        NULL, error))
    {
      mc_database_end (db, FALSE, NULL);
      return FALSE;
    }

  return mc_database_end (db, TRUE, error);
}

typedef struct
{
  const McStaff *admin;
  gint64         staff_id;
  gboolean       active;
} SetActiveData;

static gboolean
set_active_func (McDatabase  *db,
                 gpointer     user_data,
                 GError     **error)
{
  SetActiveData *data = user_data;
  g_autoptr(McStaff) staff = NULL;
  gint64 administrators;
  McActor actor;

  if (!require_administrator (db, data->admin,
                              _("Only an administrator may activate or deactivate accounts."),
                              error))
    return FALSE;

  staff = read_by_id (db, data->staff_id, NULL, error);
  if (staff == NULL)
    return FALSE;

  if (mc_staff_get_active (staff) == data->active)
    return TRUE;

  if (!data->active && mc_staff_get_role (staff) == MC_STAFF_ROLE_ADMINISTRATOR)
    {
      if (!count_staff (db, TRUE, &administrators, error))
        return FALSE;

      if (administrators <= 1)
        {
          g_set_error_literal (error, MC_ERROR, MC_ERROR_INVALID,
                               _("This is the last active administrator account, and nobody could manage the accounts without it. Create another administrator account first."));
          return FALSE;
        }
    }

  actor_from_staff ((McStaff *) data->admin, &actor);
  return update_active (db, data->staff_id, data->active, error) &&
         mc_audit_record (db, &actor,
                          data->active ? MC_AUDIT_STAFF_ACTIVATE : MC_AUDIT_STAFF_DEACTIVATE,
                          mc_staff_get_username (staff), NULL, error);
}

/**
 * mc_staff_store_set_active:
 * @db: a #McDatabase
 * @admin: the administrator doing it
 * @staff_id: the account to change
 * @active: %FALSE to stop the account from signing in, %TRUE to let it
 *   again
 * @error: return location for a #GError
 *
 * Deactivates or activates an account; accounts are never deleted, since
 * the history of dossiers names them. Only an active administrator may,
 * and the last active administrator cannot be deactivated.
 *
 * Returns: %TRUE on success, or %FALSE with @error set
 */
gboolean
mc_staff_store_set_active (McDatabase     *db,
                           const McStaff  *admin,
                           gint64          staff_id,
                           gboolean        active,
                           GError        **error)
{
  SetActiveData data = { admin, staff_id, active != FALSE };

  g_return_val_if_fail (MC_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (admin == NULL || MC_IS_STAFF ((McStaff *) admin), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return mc_database_transact (db, MC_TRANSACTION_WRITE, set_active_func, &data, error);
}

/**
 * mc_staff_store_list:
 * @db: a #McDatabase
 * @include_inactive: whether to list deactivated accounts too
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (element-type McStaff): the accounts, by full
 *   name, or %NULL with @error set
 */
GPtrArray *
mc_staff_store_list (McDatabase  *db,
                     gboolean     include_inactive,
                     GError     **error)
{
  static const char sql[] =
    "SELECT " STAFF_COLUMNS " FROM staff WHERE active = 1 OR ?1 "
    "ORDER BY full_name, id";
  g_autoptr(McStatement) stmt = NULL;
  g_autoptr(GPtrArray) list = NULL;
  gboolean has_row;
  gboolean ok;

  g_return_val_if_fail (MC_IS_DATABASE (db), NULL);

  stmt = mc_database_prepare (db, sql, error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int (stmt, 1, include_inactive ? 1 : 0);

  list = g_ptr_array_new_with_free_func (g_object_unref);
  while ((ok = mc_database_step (db, stmt, &has_row, error)) && has_row)
    g_ptr_array_add (list, staff_from_row (stmt));

  if (!ok)
    return NULL;

  return g_steal_pointer (&list);
}

/**
 * mc_staff_store_load:
 * @db: a #McDatabase
 * @id: an account's id
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the account, or %NULL with @error set
 *   (%MC_ERROR_NOT_FOUND when there is none)
 */
McStaff *
mc_staff_store_load (McDatabase  *db,
                     gint64       id,
                     GError     **error)
{
  g_return_val_if_fail (MC_IS_DATABASE (db), NULL);

  return read_by_id (db, id, NULL, error);
}

static gboolean
seed_demo_func (McDatabase  *db,
                gpointer     user_data,
                GError     **error)
{
  gint64 count;

  if (!count_staff (db, FALSE, &count, error))
    return FALSE;

  if (count > 0)
    return TRUE;

  for (gsize i = 0; i < G_N_ELEMENTS (demo_staff); i++)
    {
      const DemoStaff *demo = &demo_staff[i];
      g_autofree char *hash = mc_password_hash (MC_STAFF_DEMO_PASSWORD, error);
      gint64 id;

      if (hash == NULL ||
          !insert_staff (db, demo->username, demo->full_name, demo->title, demo->role, hash,
                         &id, error))
        return FALSE;
    }

  return TRUE;
}

/**
 * mc_staff_store_seed_demo:
 * @db: the demo database
 * @error: return location for a #GError
 *
 * Creates the demo accounts when there is no account at all: "quantri"
 * (administrator), "lan" (counter clerk), "hung" (processing officer) and
 * "minh" (leader), all with the password %MC_STAFF_DEMO_PASSWORD. Does
 * nothing when the database has accounts already.
 *
 * Returns: %TRUE on success, or %FALSE with @error set
 */
gboolean
mc_staff_store_seed_demo (McDatabase  *db,
                          GError     **error)
{
  g_return_val_if_fail (MC_IS_DATABASE (db), FALSE);

  return mc_database_transact (db, MC_TRANSACTION_WRITE, seed_demo_func, NULL, error);
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
