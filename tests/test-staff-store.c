/* test-staff-store.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include <sodium.h>

#include "mc-enum-types.h"
#include "mc-error.h"
#include "mc-password.h"
#include "mc-staff-store.h"
#include "mc-test-util.h"

/* Every hash costs 50-100 ms (Argon2id, interactive): the tests create
 * only the accounts they need. */

#define ADMIN_PASSWORD "Quản trị 2026"
#define CLERK_PASSWORD "quầy một cửa"

typedef struct
{
  char       *dir;
  McDatabase *db;
} Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  fixture->dir = mc_test_make_tmp_dir ("mc-test-staff-XXXXXX");
  path = g_build_filename (fixture->dir, "motcua.db", NULL);
  fixture->db = mc_database_open (path, &error);
  g_assert_no_error (error);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_clear_object (&fixture->db);
  mc_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static McStaff *
create_first_administrator (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  McStaff *admin;

  admin = mc_staff_store_create (fixture->db, "quantri", "Quản trị hệ thống", NULL,
                                 MC_STAFF_ROLE_ADMINISTRATOR, ADMIN_PASSWORD, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (admin);
  return admin;
}

static McStaff *
create_clerk (Fixture *fixture,
              McStaff *admin)
{
  g_autoptr(GError) error = NULL;
  McStaff *clerk;

  clerk = mc_staff_store_create (fixture->db, "lan", "Nguyễn Thị Lan", "Công chức Văn phòng",
                                 MC_STAFF_ROLE_CLERK, CLERK_PASSWORD, admin, &error);
  g_assert_no_error (error);
  g_assert_nonnull (clerk);
  return clerk;
}

static char *
stored_hash (Fixture    *fixture,
             const char *username)
{
  g_autofree char *sql = g_strdup_printf ("SELECT password_hash FROM staff WHERE username = '%s'",
                                          username);

  return mc_test_query_text (fixture->db, sql);
}

static void
set_stored_hash (Fixture    *fixture,
                 gint64      id,
                 const char *hash)
{
  sqlite3 *handle = mc_database_get_handle (fixture->db);
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (handle, "UPDATE staff SET password_hash = ?1 WHERE id = ?2",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_text (stmt, 1, hash, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, id);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  sqlite3_finalize (stmt);
}

static void
assert_refused (GError     **error,
                const char  *message)
{
  g_assert_error (*error, MC_ERROR, MC_ERROR_INVALID);
  if (message != NULL)
    g_assert_cmpstr ((*error)->message, ==, message);
  g_clear_error (error);
}

/* On first start there is no account: only an administrator may be
 * created, without a creator, and only once. */
static void
test_first_administrator (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(McStaff) admin = NULL;
  g_autoptr(McStaff) refused = NULL;
  g_autoptr(McStaff) loaded = NULL;
  g_autofree char *hash = NULL;
  g_autofree char *username = NULL;
  g_autofree char *full_name = NULL;
  g_autofree char *title = NULL;
  g_autofree char *role_label = NULL;
  McStaffRole role;
  gboolean active;
  gint64 id;

  g_assert_true (mc_staff_store_needs_first_administrator (fixture->db, &error));
  g_assert_no_error (error);

  refused = mc_staff_store_create (fixture->db, "lan", "Nguyễn Thị Lan", NULL,
                                   MC_STAFF_ROLE_CLERK, CLERK_PASSWORD, NULL, &error);
  g_assert_null (refused);
  assert_refused (&error, "The first account must be an administrator’s.");

  admin = mc_staff_store_create (fixture->db, "  QuanTri ", " Quản trị hệ thống ",
                                 "Công chức Văn phòng – Thống kê",
                                 MC_STAFF_ROLE_ADMINISTRATOR, ADMIN_PASSWORD, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (admin);
  g_assert_cmpint (mc_staff_get_id (admin), >, 0);
  g_assert_cmpstr (mc_staff_get_username (admin), ==, "QuanTri");
  g_assert_cmpstr (mc_staff_get_full_name (admin), ==, "Quản trị hệ thống");
  g_assert_true (mc_staff_get_active (admin));

  g_object_get (admin,
                "id", &id,
                "username", &username,
                "full-name", &full_name,
                "title", &title,
                "role", &role,
                "role-label", &role_label,
                "active", &active,
                NULL);
  g_assert_cmpint (id, ==, mc_staff_get_id (admin));
  g_assert_cmpstr (username, ==, "QuanTri");
  g_assert_cmpstr (full_name, ==, "Quản trị hệ thống");
  g_assert_cmpstr (title, ==, "Công chức Văn phòng – Thống kê");
  g_assert_cmpint (role, ==, MC_STAFF_ROLE_ADMINISTRATOR);
  g_assert_cmpstr (role_label, ==, "Administrator");
  g_assert_true (active);

  g_assert_false (mc_staff_store_needs_first_administrator (fixture->db, &error));
  g_assert_no_error (error);

  /* A second "first administrator" is refused. */
  refused = mc_staff_store_create (fixture->db, "khac", "Người khác", NULL,
                                   MC_STAFF_ROLE_ADMINISTRATOR, ADMIN_PASSWORD, NULL, &error);
  g_assert_null (refused);
  assert_refused (&error, "Only an administrator may create accounts.");

  /* Argon2id, salted, never the password itself. */
  hash = stored_hash (fixture, "quantri");
  g_assert_true (g_str_has_prefix (hash, "$argon2id$"));
  g_assert_cmpstr (hash, !=, ADMIN_PASSWORD);
  g_assert_null (strstr (hash, ADMIN_PASSWORD));
  g_assert_false (mc_password_needs_rehash (hash));

  loaded = mc_staff_store_load (fixture->db, mc_staff_get_id (admin), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (mc_staff_get_title (loaded), ==, "Công chức Văn phòng – Thống kê");
  g_assert_cmpint (mc_staff_get_role (loaded), ==, MC_STAFF_ROLE_ADMINISTRATOR);

  g_clear_object (&loaded);
  loaded = mc_staff_store_load (fixture->db, 9999, &error);
  g_assert_null (loaded);
  g_assert_error (error, MC_ERROR, MC_ERROR_NOT_FOUND);
}

static void
test_role_labels (void)
{
  g_assert_cmpstr (mc_staff_role_get_label (MC_STAFF_ROLE_CLERK), ==, "Counter clerk");
  g_assert_cmpstr (mc_staff_role_get_label (MC_STAFF_ROLE_OFFICER), ==, "Processing officer");
  g_assert_cmpstr (mc_staff_role_get_label (MC_STAFF_ROLE_LEADER), ==, "Leader");
  g_assert_cmpstr (mc_staff_role_get_label (MC_STAFF_ROLE_ADMINISTRATOR), ==, "Administrator");
}

typedef struct
{
  const char *username;
  const char *full_name;
  const char *password;
  const char *message_prefix;
} BadAccount;

/* Every invalid account is refused before anything is hashed. */
static void
test_create_validation (Fixture       *fixture,
                        gconstpointer  data)
{
  static const BadAccount cases[] = {
    { "", "Nguyễn Văn A", "mật khẩu tốt", "Enter a user name." },
    { "   ", "Nguyễn Văn A", "mật khẩu tốt", "Enter a user name." },
    { "van a", "Nguyễn Văn A", "mật khẩu tốt", "A user name may only contain" },
    { "lê", "Lê Thị B", "mật khẩu tốt", "A user name may only contain" },
    { "a@xa", "Nguyễn Văn A", "mật khẩu tốt", "A user name may only contain" },
    { "a'; DROP TABLE staff; --", "Nguyễn Văn A", "mật khẩu tốt", "A user name may only contain" },
    { "QUANTRI", "Nguyễn Văn A", "mật khẩu tốt", "The user name “QUANTRI” is already taken." },
    { "quanTri", "Nguyễn Văn A", "mật khẩu tốt", "The user name “quanTri” is already taken." },
    { "van.a", "", "mật khẩu tốt", "Enter the person’s full name." },
    { "van.a", "   ", "mật khẩu tốt", "Enter the person’s full name." },
    { "van.a", "Nguyễn Văn A", "ngắn", "The password is too short." },
    { "van.a", "Nguyễn Văn A", "aaaaaaaaaa", "The password repeats a single character." },
    { "van.a", "Nguyễn Văn A", "12345678", "A password of digits only" },
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(McStaff) admin = create_first_administrator (fixture);
  g_autoptr(McStaff) clerk = NULL;
  g_autoptr(McStaff) forged = NULL;
  g_autoptr(McStaff) longest = NULL;
  g_autofree char *too_long = g_strnfill (MC_STAFF_USERNAME_MAX_LENGTH + 1, 'x');
  g_autofree char *max_length = g_strnfill (MC_STAFF_USERNAME_MAX_LENGTH, 'y');

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(McStaff) staff = NULL;

      g_test_message ("case %" G_GSIZE_FORMAT ": “%s”", i, cases[i].username);
      staff = mc_staff_store_create (fixture->db, cases[i].username, cases[i].full_name, NULL,
                                     MC_STAFF_ROLE_OFFICER, cases[i].password, admin, &error);
      g_assert_null (staff);
      g_assert_error (error, MC_ERROR, MC_ERROR_INVALID);
      g_assert_true (g_str_has_prefix (error->message, cases[i].message_prefix));
      g_clear_error (&error);
    }

  g_assert_null (mc_staff_store_create (fixture->db, too_long, "Nguyễn Văn A", NULL,
                                        MC_STAFF_ROLE_OFFICER, "mật khẩu tốt", admin, &error));
  assert_refused (&error, "The user name is too long. Use at most 64 characters.");

  longest = mc_staff_store_create (fixture->db, max_length, "Nguyễn Văn A", NULL,
                                   MC_STAFF_ROLE_OFFICER, "mật khẩu tốt", admin, &error);
  g_assert_no_error (error);
  g_assert_nonnull (longest);

  /* Only an administrator creates accounts, as the database says: not a
   * clerk, nor a clerk's object dressed up as an administrator. */
  clerk = create_clerk (fixture, admin);
  g_assert_null (mc_staff_store_create (fixture->db, "hung", "Trần Văn Hùng", NULL,
                                        MC_STAFF_ROLE_OFFICER, "mật khẩu tốt", clerk, &error));
  assert_refused (&error, "Only an administrator may create accounts.");

  forged = mc_staff_new (mc_staff_get_id (clerk), "lan", "Nguyễn Thị Lan", NULL,
                         MC_STAFF_ROLE_ADMINISTRATOR, TRUE);
  g_assert_null (mc_staff_store_create (fixture->db, "hung", "Trần Văn Hùng", NULL,
                                        MC_STAFF_ROLE_OFFICER, "mật khẩu tốt", forged, &error));
  assert_refused (&error, "Only an administrator may create accounts.");

  g_assert_cmpint (mc_test_query_int (fixture->db, "SELECT count(*) FROM staff"), ==, 3);
}

static void
test_authenticate (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) unknown_error = NULL;
  g_autoptr(McStaff) admin = create_first_administrator (fixture);
  g_autoptr(McStaff) clerk = create_clerk (fixture, admin);
  g_autoptr(McStaff) signed_in = NULL;
  g_autofree char *hash = NULL;
  char weak_hash[crypto_pwhash_STRBYTES];

  signed_in = mc_staff_store_authenticate (fixture->db, " LAN ", CLERK_PASSWORD, &error);
  g_assert_no_error (error);
  g_assert_nonnull (signed_in);
  g_assert_cmpint (mc_staff_get_id (signed_in), ==, mc_staff_get_id (clerk));
  g_assert_cmpint (mc_staff_get_role (signed_in), ==, MC_STAFF_ROLE_CLERK);
  g_assert_cmpstr (mc_staff_get_full_name (signed_in), ==, "Nguyễn Thị Lan");
  g_clear_object (&signed_in);

  /* A wrong password and an unknown user look the same. */
  g_assert_null (mc_staff_store_authenticate (fixture->db, "lan", "mật khẩu sai", &error));
  g_assert_null (mc_staff_store_authenticate (fixture->db, "khongco", CLERK_PASSWORD,
                                              &unknown_error));
  g_assert_error (error, MC_ERROR, MC_ERROR_INVALID);
  g_assert_error (unknown_error, MC_ERROR, MC_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "Wrong user name or password.");
  g_assert_cmpstr (unknown_error->message, ==, error->message);
  g_clear_error (&error);

  g_assert_null (mc_staff_store_authenticate (fixture->db, "", "", &error));
  assert_refused (&error, "Wrong user name or password.");

  /* A deactivated account cannot sign in, even with its password. */
  g_assert_true (mc_staff_store_set_active (fixture->db, admin, mc_staff_get_id (clerk), FALSE,
                                            &error));
  g_assert_no_error (error);
  g_assert_null (mc_staff_store_authenticate (fixture->db, "lan", CLERK_PASSWORD, &error));
  assert_refused (&error, "This account has been deactivated. Ask an administrator to activate it again.");
  g_assert_null (mc_staff_store_authenticate (fixture->db, "lan", "mật khẩu sai", &error));
  assert_refused (&error, "Wrong user name or password.");

  /* A hash made at a lower cost is replaced at the next sign-in. */
  g_assert_cmpint (sodium_init (), >=, 0);
  g_assert_cmpint (crypto_pwhash_str_alg (weak_hash, ADMIN_PASSWORD, strlen (ADMIN_PASSWORD),
                                          crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN,
                                          crypto_pwhash_ALG_ARGON2ID13), ==, 0);
  set_stored_hash (fixture, mc_staff_get_id (admin), weak_hash);
  g_assert_true (mc_password_needs_rehash (weak_hash));

  signed_in = mc_staff_store_authenticate (fixture->db, "quantri", ADMIN_PASSWORD, &error);
  g_assert_no_error (error);
  g_assert_nonnull (signed_in);
  hash = stored_hash (fixture, "quantri");
  g_assert_cmpstr (hash, !=, weak_hash);
  g_assert_true (g_str_has_prefix (hash, "$argon2id$"));
  g_assert_false (mc_password_needs_rehash (hash));
  g_assert_true (mc_password_verify (ADMIN_PASSWORD, hash));
}

static void
test_passwords (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(McStaff) admin = create_first_administrator (fixture);
  g_autoptr(McStaff) clerk = create_clerk (fixture, admin);
  g_autoptr(McStaff) signed_in = NULL;
  gint64 clerk_id = mc_staff_get_id (clerk);

  g_assert_false (mc_staff_store_change_password (fixture->db, clerk_id, "mật khẩu sai",
                                                  "mật khẩu mới 1", &error));
  assert_refused (&error, "The current password is wrong.");
  g_assert_false (mc_staff_store_change_password (fixture->db, clerk_id, CLERK_PASSWORD,
                                                  "ngắn", &error));
  assert_refused (&error, NULL);
  g_assert_false (mc_staff_store_change_password (fixture->db, clerk_id, CLERK_PASSWORD,
                                                  CLERK_PASSWORD, &error));
  assert_refused (&error, "The new password must differ from the current one.");
  g_assert_false (mc_staff_store_change_password (fixture->db, 9999, CLERK_PASSWORD,
                                                  "mật khẩu mới 1", &error));
  g_assert_error (error, MC_ERROR, MC_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_true (mc_staff_store_change_password (fixture->db, clerk_id, CLERK_PASSWORD,
                                                 "mật khẩu mới 1", &error));
  g_assert_no_error (error);
  g_assert_null (mc_staff_store_authenticate (fixture->db, "lan", CLERK_PASSWORD, &error));
  assert_refused (&error, "Wrong user name or password.");
  signed_in = mc_staff_store_authenticate (fixture->db, "lan", "mật khẩu mới 1", &error);
  g_assert_no_error (error);
  g_assert_nonnull (signed_in);
  g_clear_object (&signed_in);

  /* Only an administrator resets a forgotten password. */
  g_assert_false (mc_staff_store_reset_password (fixture->db, clerk, mc_staff_get_id (admin),
                                                 "chiếm quyền 1", &error));
  assert_refused (&error, "Only an administrator may reset passwords.");
  g_assert_false (mc_staff_store_reset_password (fixture->db, NULL, clerk_id,
                                                 "chiếm quyền 1", &error));
  assert_refused (&error, "Only an administrator may reset passwords.");
  g_assert_false (mc_staff_store_reset_password (fixture->db, admin, clerk_id, "1234", &error));
  assert_refused (&error, NULL);
  g_assert_false (mc_staff_store_reset_password (fixture->db, admin, 9999, "mật khẩu mới 2",
                                                 &error));
  g_assert_error (error, MC_ERROR, MC_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_true (mc_staff_store_reset_password (fixture->db, admin, clerk_id, "mật khẩu mới 2",
                                                &error));
  g_assert_no_error (error);
  signed_in = mc_staff_store_authenticate (fixture->db, "lan", "mật khẩu mới 2", &error);
  g_assert_no_error (error);
  g_assert_nonnull (signed_in);
}

static gboolean
list_has (GPtrArray  *list,
          const char *username)
{
  for (guint i = 0; i < list->len; i++)
    if (g_strcmp0 (mc_staff_get_username (g_ptr_array_index (list, i)), username) == 0)
      return TRUE;

  return FALSE;
}

static void
test_last_administrator (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(McStaff) admin = create_first_administrator (fixture);
  g_autoptr(McStaff) clerk = create_clerk (fixture, admin);
  g_autoptr(McStaff) second = NULL;
  g_autoptr(McStaff) loaded = NULL;
  g_autoptr(GPtrArray) list = NULL;
  const char *last = "This is the last active administrator account, and nobody could manage the accounts without it. Create another administrator account first.";

  g_assert_false (mc_staff_store_set_active (fixture->db, admin, mc_staff_get_id (admin), FALSE,
                                             &error));
  assert_refused (&error, last);

  g_assert_false (mc_staff_store_set_active (fixture->db, clerk, mc_staff_get_id (admin), FALSE,
                                             &error));
  assert_refused (&error, "Only an administrator may activate or deactivate accounts.");
  g_assert_false (mc_staff_store_set_active (fixture->db, admin, 9999, FALSE, &error));
  g_assert_error (error, MC_ERROR, MC_ERROR_NOT_FOUND);
  g_clear_error (&error);

  second = mc_staff_store_create (fixture->db, "phoquantri", "Phạm Thị Hoa", NULL,
                                  MC_STAFF_ROLE_ADMINISTRATOR, "mật khẩu thứ hai", admin, &error);
  g_assert_no_error (error);

  /* With two, one may go; then the other is the last. */
  g_assert_true (mc_staff_store_set_active (fixture->db, second, mc_staff_get_id (admin), FALSE,
                                            &error));
  g_assert_no_error (error);
  g_assert_false (mc_staff_store_set_active (fixture->db, second, mc_staff_get_id (second), FALSE,
                                             &error));
  assert_refused (&error, last);

  /* The deactivated administrator's object no longer grants anything. */
  g_assert_false (mc_staff_store_set_active (fixture->db, admin, mc_staff_get_id (clerk), FALSE,
                                             &error));
  assert_refused (&error, "Only an administrator may activate or deactivate accounts.");
  g_assert_null (mc_staff_store_create (fixture->db, "hung", "Trần Văn Hùng", NULL,
                                        MC_STAFF_ROLE_OFFICER, "mật khẩu tốt", admin, &error));
  assert_refused (&error, "Only an administrator may create accounts.");

  list = mc_staff_store_list (fixture->db, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 2);
  g_assert_false (list_has (list, "quantri"));
  g_clear_pointer (&list, g_ptr_array_unref);

  list = mc_staff_store_list (fixture->db, TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 3);
  g_assert_true (list_has (list, "quantri"));
  /* By full name. */
  g_assert_cmpstr (mc_staff_get_full_name (g_ptr_array_index (list, 0)), ==, "Nguyễn Thị Lan");

  /* Deactivating twice, or activating again, is fine. */
  g_assert_true (mc_staff_store_set_active (fixture->db, second, mc_staff_get_id (admin), FALSE,
                                            &error));
  g_assert_no_error (error);
  g_assert_true (mc_staff_store_set_active (fixture->db, second, mc_staff_get_id (admin), TRUE,
                                            &error));
  g_assert_no_error (error);
  loaded = mc_staff_store_load (fixture->db, mc_staff_get_id (admin), &error);
  g_assert_no_error (error);
  g_assert_true (mc_staff_get_active (loaded));
}

static void
test_seed_demo (Fixture       *fixture,
                gconstpointer  data)
{
  static const struct {
    const char  *username;
    McStaffRole  role;
  } expected[] = {
    { "quantri", MC_STAFF_ROLE_ADMINISTRATOR },
    { "lan", MC_STAFF_ROLE_CLERK },
    { "hung", MC_STAFF_ROLE_OFFICER },
    { "minh", MC_STAFF_ROLE_LEADER },
  };
  g_autoptr(GError) error = NULL;

  g_assert_true (mc_staff_store_seed_demo (fixture->db, &error));
  g_assert_no_error (error);
  g_assert_true (mc_staff_store_seed_demo (fixture->db, &error));
  g_assert_no_error (error);
  g_assert_cmpint (mc_test_query_int (fixture->db, "SELECT count(*) FROM staff"), ==, 4);
  g_assert_false (mc_staff_store_needs_first_administrator (fixture->db, &error));
  g_assert_no_error (error);

  for (gsize i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr(McStaff) staff = NULL;

      staff = mc_staff_store_authenticate (fixture->db, expected[i].username,
                                           MC_STAFF_DEMO_PASSWORD, &error);
      g_assert_no_error (error);
      g_assert_nonnull (staff);
      g_assert_cmpint (mc_staff_get_role (staff), ==, expected[i].role);
      if (expected[i].role == MC_STAFF_ROLE_LEADER)
        {
          g_assert_cmpstr (mc_staff_get_full_name (staff), ==, "Lê Văn Minh");
          g_assert_cmpstr (mc_staff_get_title (staff), ==, "Phó Chủ tịch UBND xã");
        }
    }
}

/* A database with accounts gets no demo accounts. */
static void
test_seed_demo_not_empty (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(McStaff) admin = create_first_administrator (fixture);

  g_assert_true (mc_staff_store_seed_demo (fixture->db, &error));
  g_assert_no_error (error);
  g_assert_cmpint (mc_test_query_int (fixture->db, "SELECT count(*) FROM staff"), ==, 1);
}

static void
test_idle_lock (Fixture       *fixture,
                gconstpointer  data)
{
  static const int invalid[] = { 0, -5, 241, G_MAXINT, G_MININT };
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (mc_staff_store_get_idle_lock_minutes (fixture->db, &error), ==,
                   MC_STAFF_IDLE_LOCK_DEFAULT_MINUTES);
  g_assert_no_error (error);

  for (gsize i = 0; i < G_N_ELEMENTS (invalid); i++)
    {
      g_assert_false (mc_staff_store_set_idle_lock_minutes (fixture->db, invalid[i], &error));
      assert_refused (&error, "The idle time before the session locks must be between 1 and 240 minutes.");
    }
  g_assert_cmpint (mc_staff_store_get_idle_lock_minutes (fixture->db, &error), ==, 10);

  g_assert_true (mc_staff_store_set_idle_lock_minutes (fixture->db, 1, &error));
  g_assert_no_error (error);
  g_assert_cmpint (mc_staff_store_get_idle_lock_minutes (fixture->db, &error), ==, 1);
  g_assert_true (mc_staff_store_set_idle_lock_minutes (fixture->db, 240, &error));
  g_assert_no_error (error);
  g_assert_cmpint (mc_staff_store_get_idle_lock_minutes (fixture->db, &error), ==, 240);
  g_assert_no_error (error);

  /* A value damaged outside the application is reported, not used. */
  g_assert_true (mc_database_exec (fixture->db,
                                   "UPDATE setting SET value = '0' WHERE key = 'idle-lock-minutes'",
                                   &error));
  g_assert_cmpint (mc_staff_store_get_idle_lock_minutes (fixture->db, &error), ==, -1);
  assert_refused (&error, NULL);
  g_assert_true (mc_database_exec (fixture->db,
                                   "UPDATE setting SET value = 'ten' WHERE key = 'idle-lock-minutes'",
                                   &error));
  g_assert_cmpint (mc_staff_store_get_idle_lock_minutes (fixture->db, &error), ==, -1);
  assert_refused (&error, "The idle time before the session locks, “ten”, is not a valid number of minutes.");

  /* Without the row, the default. */
  g_assert_true (mc_database_exec (fixture->db,
                                   "DELETE FROM setting WHERE key = 'idle-lock-minutes'",
                                   &error));
  g_assert_cmpint (mc_staff_store_get_idle_lock_minutes (fixture->db, &error), ==,
                   MC_STAFF_IDLE_LOCK_DEFAULT_MINUTES);
  g_assert_no_error (error);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/staff-store/role-labels", test_role_labels);
  g_test_add ("/staff-store/first-administrator", Fixture, NULL,
              fixture_setup, test_first_administrator, fixture_teardown);
  g_test_add ("/staff-store/create-validation", Fixture, NULL,
              fixture_setup, test_create_validation, fixture_teardown);
  g_test_add ("/staff-store/authenticate", Fixture, NULL,
              fixture_setup, test_authenticate, fixture_teardown);
  g_test_add ("/staff-store/passwords", Fixture, NULL,
              fixture_setup, test_passwords, fixture_teardown);
  g_test_add ("/staff-store/last-administrator", Fixture, NULL,
              fixture_setup, test_last_administrator, fixture_teardown);
  g_test_add ("/staff-store/seed-demo", Fixture, NULL,
              fixture_setup, test_seed_demo, fixture_teardown);
  g_test_add ("/staff-store/seed-demo-not-empty", Fixture, NULL,
              fixture_setup, test_seed_demo_not_empty, fixture_teardown);
  g_test_add ("/staff-store/idle-lock", Fixture, NULL,
              fixture_setup, test_idle_lock, fixture_teardown);

  return g_test_run ();
}
