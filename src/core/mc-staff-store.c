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
#include "mc-staff-store-private.h"
#include "mc-text.h"

/* The staff accounts: creating, listing, loading, activating and
 * deactivating them, and the demo accounts. Signing in, passwords and the
 * idle lock are in mc-staff-credentials.c; the helpers both files use are
 * declared in mc-staff-store-private.h.
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

McStaff *
_mc_staff_store_from_row (sqlite3_stmt *stmt)
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
McStaff *
_mc_staff_store_read_by_id (McDatabase  *db,
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

  return _mc_staff_store_from_row (stmt);
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
void
_mc_staff_store_actor_from_staff (McStaff *staff,
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
gboolean
_mc_staff_store_require_administrator (McDatabase     *db,
                                       const McStaff  *actor,
                                       const char     *refusal,
                                       GError        **error)
{
  g_autoptr(McStaff) current = NULL;
  g_autoptr(GError) local_error = NULL;

  if (actor != NULL)
    {
      current = _mc_staff_store_read_by_id (db, mc_staff_get_id ((McStaff *) actor), NULL,
                                            &local_error);
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
char *
_mc_staff_store_dup_stripped (const char *text)
{
  char *composed;

  if (text == NULL)
    return g_strdup ("");

  composed = mc_text_normalize (text, G_NORMALIZE_NFC);
  return composed != NULL ? g_strstrip (composed) : NULL;
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
  else if (!_mc_staff_store_require_administrator (db, creator,
                                                   _("Only an administrator may create accounts."),
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
  _mc_staff_store_actor_from_staff (creator != NULL ? (McStaff *) creator : staff, &actor);
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

  clean_username = _mc_staff_store_dup_stripped (username);
  clean_full_name = _mc_staff_store_dup_stripped (full_name);
  clean_title = _mc_staff_store_dup_stripped (title);
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

  if (!_mc_staff_store_require_administrator (db, data->admin,
                                              _("Only an administrator may activate or deactivate accounts."),
                                              error))
    return FALSE;

  staff = _mc_staff_store_read_by_id (db, data->staff_id, NULL, error);
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

  _mc_staff_store_actor_from_staff ((McStaff *) data->admin, &actor);
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
    g_ptr_array_add (list, _mc_staff_store_from_row (stmt));

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

  return _mc_staff_store_read_by_id (db, id, NULL, error);
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
