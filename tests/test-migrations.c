/* test-migrations.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "mc-database.h"
#include "mc-error.h"
#include "mc-migrations.h"
#include "mc-procedure-store.h"
#include "mc-test-util.h"

typedef struct
{
  char *dir;
  char *path;
} Fixture;

/* Data as each schema version stored it, written with plain SQL as that
 * release would have. A new migration needs a new entry here. */
#define CATALOGUE_ROWS \
  "INSERT INTO procedure (id, code, decision, effective_date, name, kind, level, field_code, " \
  "  field_name, conditions, online_level, joint, postal_intake, postal_return, in_force, " \
  "  content_hash, imported_at) VALUES " \
  "(1, '1.001193', '163/QĐ-BTP', '2025-07-01', 'Đăng ký khai sinh', '', 'Cấp Xã', 'HOTICH', " \
  "  'Hộ tịch', 'Khai sinh đúng hạn trong 60 ngày.', 2, 0, 1, 1, 1, 'hash-1', 1700000000000000), " \
  "(2, '2.000815', '', '', 'Chứng thực bản sao từ bản chính', '', 'Cấp Xã', 'CHUNGTHUC', " \
  "  'Chứng thực', '', 0, 0, 0, 0, 1, 'hash-2', 1700000000000000);" \
  "INSERT INTO procedure_ref (procedure_id, kind, position, code, name) VALUES " \
  "(1, 0, 0, 'HOTICH', 'Hộ tịch'), (1, 1, 0, 'UBNDXA', 'Ủy ban nhân dân cấp xã'), " \
  "(2, 0, 0, 'CHUNGTHUC', 'Chứng thực');" \
  "INSERT INTO procedure_time (id, procedure_id, position, channel, time_value, time_unit, " \
  "  description) VALUES (10, 1, 0, 1, 0, 1, 'Trong ngày'), (11, 1, 1, 2, NULL, NULL, '');" \
  "INSERT INTO procedure_fee (time_id, position, code, amount, unit, description) VALUES " \
  "(10, 0, '', 0, 'Đồng', 'Miễn lệ phí'), (10, 1, '', NULL, 'Đồng', 'Quá hạn: HĐND tỉnh');" \
  "INSERT INTO procedure_component (procedure_id, position, case_name, code, name, originals, " \
  "  copies, form_name, form_url) VALUES " \
  "(1, 0, 'Giấy tờ phải nộp', '', 'Tờ khai đăng ký khai sinh', 1, 0, 'Tờ khai', ''), " \
  "(1, 1, 'Giấy tờ phải nộp', '', 'Giấy chứng sinh', 1, 0, '', '');" \
  "INSERT INTO procedure_step (procedure_id, position, case_name, description) VALUES " \
  "(1, 0, '', 'Nộp hồ sơ.'), (1, 1, '', 'Nhận kết quả.');"

static const char * const fixtures[] = {
  /* 0: nothing yet. */
  NULL,
  /* 1: the catalogue tables. */
  CATALOGUE_ROWS,
  /* 2: the search index, kept by triggers. */
  CATALOGUE_ROWS,
  /* 3: the working calendar and settings, with an administrator's edits. */
  CATALOGUE_ROWS
  "UPDATE setting SET value = '07:00-11:30,13:30-17:00' WHERE key = 'office-hours';"
  "INSERT INTO calendar_day (day, kind, reason, source) VALUES ('2026-12-31', 0, 'Local', 2);",
  /* 4: staff, dossiers and their history. */
  CATALOGUE_ROWS
  "INSERT INTO staff (id, username, full_name, role, password_hash, created_at) VALUES "
  "  (1, 'lan', 'Nguyễn Thị Lan', 0, '$argon2id$v=19$m=65536,t=2,p=1$x$y', 1700000000000000);"
  "INSERT INTO dossier (id, code, procedure_id, status, accepted, channel, applicant_type, "
  "  applicant_name, received_at, due_at, original_due_at, workstation, updated_at) VALUES "
  "  (1, '000.17.22.H56-260302-0001', 1, 2, 1, 1, 1, 'Trần Văn Đức', 1772419200000000, "
  "  1772419200000000, 1772419200000000, 'QUAY-1', 1772419200000000);"
  "INSERT INTO dossier_event (dossier_id, step_id, action, status_after, actor_id, actor_name, "
  "  workstation, device_time, effective_time, version) VALUES "
  "  (1, '8f14e45f-ceea-467f-a0f6-3c4d2b6a8e11', 0, 2, 1, 'Nguyễn Thị Lan', 'QUAY-1', "
  "  1772419200000000, 1772419200000000, 1);",
  /* 5: the dossier list's counts by status and channel, kept by triggers. */
  CATALOGUE_ROWS
  "INSERT INTO staff (id, username, full_name, role, password_hash, created_at) VALUES "
  "  (1, 'lan', 'Nguyễn Thị Lan', 0, '$argon2id$v=19$m=65536,t=2,p=1$x$y', 1700000000000000);"
  "INSERT INTO dossier (id, code, procedure_id, status, accepted, channel, applicant_type, "
  "  applicant_name, received_at, due_at, original_due_at, workstation, updated_at) VALUES "
  "  (1, '000.17.22.H56-260302-0001', 1, 2, 1, 1, 1, 'Trần Văn Đức', 1772419200000000, "
  "  1772419200000000, 1772419200000000, 'QUAY-1', 1772419200000000);",
  /* 6: the procedures' internal process steps with their budgets. */
  CATALOGUE_ROWS
  "INSERT INTO staff (id, username, full_name, role, password_hash, created_at) VALUES "
  "  (1, 'lan', 'Nguyễn Thị Lan', 0, '$argon2id$v=19$m=65536,t=2,p=1$x$y', 1700000000000000);"
  "INSERT INTO dossier (id, code, procedure_id, status, accepted, channel, applicant_type, "
  "  applicant_name, received_at, due_at, original_due_at, workstation, updated_at) VALUES "
  "  (1, '000.17.22.H56-260302-0001', 1, 2, 1, 1, 1, 'Trần Văn Đức', 1772419200000000, "
  "  1772419200000000, 1772419200000000, 'QUAY-1', 1772419200000000);"
  "INSERT INTO process_step (procedure_code, position, name, budget_minutes) VALUES "
  "  ('1.001193', 0, 'Tiếp nhận', 120), ('1.001193', 1, 'Giải quyết', 360);"
  /* An apology from 9 to 16 March, the step keeping both dates. */
  "INSERT INTO dossier (id, code, procedure_id, status, accepted, channel, applicant_type, "
  "  applicant_name, received_at, due_at, original_due_at, apology_given, workstation, "
  "  updated_at) VALUES "
  "  (2, '000.17.22.H56-260302-0002', 1, 4, 1, 1, 1, 'Lê Thị Mai', 1772413200000000, "
  "  1773655200000000, 1773050400000000, 1, 'QUAY-1', 1772413200000000);"
  "INSERT INTO dossier_event (dossier_id, step_id, action, status_after, actor_id, actor_name, "
  "  workstation, device_time, effective_time, details, version) VALUES "
  "  (2, '1c0e2f4a-7b3d-4e5f-9a8b-6c7d8e9f0a1b', 15, 4, 1, 'Nguyễn Thị Lan', 'QUAY-1', "
  "  1773050400000000, 1773050400000000, '{\"reason\": \"Chờ xác minh\", "
  "  \"previous_due_at\": \"2026-03-09T17:00:00+07\", "
  "  \"new_due_at\": \"2026-03-16T17:00:00+07\"}', 2);",
  /* 7: the appointment before apologies, and the indexes of the
   * statistics. */
  CATALOGUE_ROWS
  "INSERT INTO staff (id, username, full_name, role, password_hash, created_at) VALUES "
  "  (1, 'lan', 'Nguyễn Thị Lan', 0, '$argon2id$v=19$m=65536,t=2,p=1$x$y', 1700000000000000);"
  "INSERT INTO dossier (id, code, procedure_id, status, accepted, channel, applicant_type, "
  "  applicant_name, received_at, due_at, original_due_at, apology_given, legal_due_at, "
  "  supplement_requests, workstation, updated_at) VALUES "
  "  (2, '000.17.22.H56-260302-0002', 1, 4, 1, 1, 1, 'Lê Thị Mai', 1772413200000000, "
  "  1773655200000000, 1773050400000000, 1, 1773050400000000, 0, 'QUAY-1', 1772413200000000);",
  /* 8: the outbox to the portal and the pulls' cursors. */
  CATALOGUE_ROWS
  "INSERT INTO dossier (id, code, procedure_id, status, accepted, channel, applicant_type, "
  "  applicant_name, received_at, due_at, original_due_at, workstation, version, updated_at) "
  "  VALUES (1, '000.17.22.H56-260302-0001', 1, 2, 1, 1, 1, 'Trần Văn Đức', 1772419200000000, "
  "  1772419200000000, 1772419200000000, 'QUAY-1', 3, 1772419200000000);"
  "INSERT INTO sync_dossier (dossier_id, version, acked_version, state, updated_at) VALUES "
  "  (1, 3, 2, 0, 1772419200000000);"
  "INSERT INTO sync_cursor (name, value) VALUES ('LayHoSoThayDoi', '42');",
  /* 9: what the pulls of the catalogue and the calendar remember. */
  CATALOGUE_ROWS
  "INSERT INTO catalogue_portal (code, version, updated_at) VALUES "
  "  ('1.001193', 3, 1772419200000000);"
  "INSERT INTO calendar_day (day, kind, reason, source) VALUES ('2026-12-31', 0, 'Local', 2);"
  "INSERT INTO calendar_proposal (day, kind, reason, pulled_at) VALUES "
  "  ('2026-12-31', NULL, '', 1772419200000000);"
  "INSERT INTO calendar_day_removed (day) VALUES ('2026-11-24');"
  "INSERT INTO calendar_pull (year, pulled_at) VALUES (2026, 1772419200000000);",
  /* 10: the outbox's waiting items in sending order. */
  CATALOGUE_ROWS
  "INSERT INTO dossier (id, code, procedure_id, status, accepted, channel, applicant_type, "
  "  applicant_name, received_at, due_at, original_due_at, workstation, version, updated_at) "
  "  VALUES (1, '000.17.22.H56-260302-0001', 1, 2, 1, 1, 1, 'Trần Văn Đức', 1772419200000000, "
  "  1772419200000000, 1772419200000000, 'QUAY-1', 3, 1772419200000000);"
  "INSERT INTO sync_dossier (dossier_id, version, acked_version, state, updated_at) VALUES "
  "  (1, 3, 2, 1, 1772419200000000);",
  /* 11: the folder of the automatic backups. */
  CATALOGUE_ROWS
  "UPDATE setting SET value = '/media/usb/motcua' WHERE key = 'backup-folder';",
  /* 12: the append-only history and the audit trail of other changes. */
  CATALOGUE_ROWS
  "INSERT INTO staff (id, username, full_name, role, password_hash, created_at) VALUES "
  "  (1, 'lan', 'Nguyễn Thị Lan', 0, '$argon2id$v=19$m=65536,t=2,p=1$x$y', 1700000000000000);"
  "INSERT INTO dossier (id, code, procedure_id, status, accepted, channel, applicant_type, "
  "  applicant_name, received_at, due_at, original_due_at, workstation, updated_at) VALUES "
  "  (1, '000.17.22.H56-260302-0001', 1, 2, 1, 1, 1, 'Trần Văn Đức', 1772419200000000, "
  "  1772419200000000, 1772419200000000, 'QUAY-1', 1772419200000000);"
  "INSERT INTO dossier_event (dossier_id, step_id, action, status_after, actor_id, actor_name, "
  "  workstation, device_time, effective_time, version) VALUES "
  "  (1, '8f14e45f-ceea-467f-a0f6-3c4d2b6a8e11', 0, 2, 1, 'Nguyễn Thị Lan', 'QUAY-1', "
  "  1772419200000000, 1772419200000000, 1);"
  "INSERT INTO audit_entry (kind, subject, actor_id, actor_name, workstation, device_time, "
  "  details) VALUES ('staff.create', 'lan', 1, 'Nguyễn Thị Lan', 'QUAY-1', 1772419200000000, "
  "  '{\"role\": 0}');",
};

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  fixture->dir = mc_test_make_tmp_dir ("mc-test-migrations-XXXXXX");
  fixture->path = g_build_filename (fixture->dir, "motcua.db", NULL);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  mc_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
}

static gboolean
has_object (sqlite3    *handle,
            const char *type,
            const char *name)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM sqlite_master "
                                          "WHERE type = '%s' AND name = '%s'", type, name);

  return mc_test_sqlite_query_int (handle, sql) == 1;
}

static void
assert_latest_schema (McDatabase *db)
{
  static const char * const tables[] = {
    "procedure", "procedure_ref", "procedure_time", "procedure_fee", "procedure_component",
    "procedure_step", "procedure_search",
  };
  static const char * const triggers[] = {
    "procedure_search_insert", "procedure_search_update", "procedure_search_delete",
  };
  sqlite3 *handle = mc_database_get_handle (db);

  g_assert_cmpuint (mc_database_get_user_version (db, NULL), ==, mc_migrations_get_latest ());
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      g_test_message ("table %s", tables[i]);
      g_assert_true (has_object (handle, "table", tables[i]));
    }
  for (guint i = 0; i < G_N_ELEMENTS (triggers); i++)
    {
      g_test_message ("trigger %s", triggers[i]);
      g_assert_true (has_object (handle, "trigger", triggers[i]));
    }
  g_assert_true (has_object (handle, "index", "procedure_by_code"));

  /* Every migration ran in its own, finished transaction. */
  g_assert_cmpint (sqlite3_get_autocommit (handle), !=, 0);
}

static void
test_fixtures_cover_every_version (void)
{
  /* Each schema version needs fixture data in the table above. */
  g_assert_cmpuint (mc_migrations_get_latest (), >=, 2);
  g_assert_cmpuint (G_N_ELEMENTS (fixtures), ==, mc_migrations_get_latest () + 1);
}

static void
test_from_empty (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(McDatabase) db = mc_database_open (fixture->path, &error);

  g_assert_no_error (error);
  assert_latest_schema (db);
  g_assert_cmpint (mc_procedure_store_count_versions (db, NULL), ==, 0);
}

static void
test_step_by_step (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  guint latest = mc_migrations_get_latest ();

  for (guint version = 0; version <= latest; version++)
    {
      g_autoptr(McDatabase) db = mc_database_open_at_version (fixture->path, version, &error);
      sqlite3 *handle;

      g_assert_no_error (error);
      handle = mc_database_get_handle (db);
      g_assert_cmpuint (mc_database_get_user_version (db, NULL), ==, version);
      g_assert_cmpint (has_object (handle, "table", "procedure"), ==, version >= 1);
      g_assert_cmpint (has_object (handle, "table", "procedure_search"), ==, version >= 2);
    }
}

/* Procedure 1 of the fixture, read back through the store. */
static void
assert_fixture_preserved (McDatabase *db)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(McProcedure) procedure = NULL;
  const McProcedureTime *time;

  g_assert_cmpint (mc_procedure_store_count_versions (db, &error), ==, 2);

  procedure = mc_procedure_store_find_in_force (db, "1.001193", "2025-07-01", &error);
  g_assert_no_error (error);
  g_assert_cmpint (mc_procedure_get_id (procedure), ==, 1);
  g_assert_cmpstr (mc_procedure_get_name (procedure), ==, "Đăng ký khai sinh");
  g_assert_cmpstr (mc_procedure_get_decision (procedure), ==, "163/QĐ-BTP");
  g_assert_cmpstr (mc_procedure_get_field_name (procedure), ==, "Hộ tịch");
  g_assert_cmpint (mc_procedure_get_online_level (procedure), ==, MC_ONLINE_LEVEL_FULL);
  g_assert_true (mc_procedure_get_postal_intake (procedure));
  g_assert_cmpuint (mc_procedure_get_refs (procedure, MC_PROCEDURE_REF_FIELD)->len, ==, 1);
  g_assert_cmpuint (mc_procedure_get_refs (procedure, MC_PROCEDURE_REF_AGENCY)->len, ==, 1);
  g_assert_cmpuint (mc_procedure_get_times (procedure)->len, ==, 2);
  time = g_ptr_array_index (mc_procedure_get_times (procedure), 0);
  g_assert_true (time->has_time);
  g_assert_cmpuint (time->fees->len, ==, 2);
  g_assert_false (((McProcedureFee *) g_ptr_array_index (time->fees, 1))->has_amount);
  time = g_ptr_array_index (mc_procedure_get_times (procedure), 1);
  g_assert_false (time->has_time);
  g_assert_cmpuint (mc_procedure_get_components (procedure)->len, ==, 2);
  g_assert_cmpuint (mc_procedure_get_steps (procedure)->len, ==, 2);
}

static void
assert_search (McDatabase *db,
               const char *text,
               gint64      expected_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = mc_procedure_store_search (db, text, &error);

  g_test_message ("search “%s”", text);
  g_assert_no_error (error);
  g_assert_nonnull (ids);
  g_assert_cmpuint (ids->len, ==, 1);
  g_assert_cmpint (g_array_index (ids, gint64, 0), ==, expected_id);
}

static void
test_upgrade_from (gconstpointer data)
{
  guint from = GPOINTER_TO_UINT (data);
  g_autoptr(GError) error = NULL;
  g_autoptr(McDatabase) db = NULL;
  g_autofree char *dir = mc_test_make_tmp_dir ("mc-test-migrations-XXXXXX");
  g_autofree char *path = g_build_filename (dir, "motcua.db", NULL);

  g_assert_cmpuint (from, <, G_N_ELEMENTS (fixtures));

  /* The database as the release with schema @from left it. */
  {
    g_autoptr(McDatabase) old = mc_database_open_at_version (path, from, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (mc_database_get_user_version (old, NULL), ==, from);
    if (fixtures[from] != NULL)
      {
        g_assert_true (mc_database_exec (old, fixtures[from], &error));
        g_assert_no_error (error);
      }
  }

  db = mc_database_open (path, &error);
  g_assert_no_error (error);
  assert_latest_schema (db);

  if (fixtures[from] != NULL)
    {
      assert_fixture_preserved (db);
      /* Rows written before the index existed are searchable. */
      assert_search (db, "dang ky khai sinh", 1);
      assert_search (db, "1.001193", 1);
      assert_search (db, "CHỨNG THỰC", 2);
    }
  else
    {
      g_autoptr(GArray) ids = mc_procedure_store_search (db, "khai sinh", &error);

      g_assert_no_error (error);
      g_assert_cmpuint (ids->len, ==, 0);
      g_assert_cmpint (mc_procedure_store_count_versions (db, NULL), ==, 0);
    }

  g_clear_object (&db);
  mc_test_remove_tree (dir);
}

/* A dossier apologized for before version 7 is judged, in the
 * statistics, by the appointment its apology replaced. */
static void
test_legal_due_backfilled (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(McDatabase) db = NULL;
  g_autofree char *dir = mc_test_make_tmp_dir ("mc-test-migrations-XXXXXX");
  g_autofree char *path = g_build_filename (dir, "motcua.db", NULL);

  {
    g_autoptr(McDatabase) old = mc_database_open_at_version (path, 6, &error);

    g_assert_no_error (error);
    g_assert_true (mc_database_exec (old, fixtures[6], &error));
    g_assert_no_error (error);
  }

  db = mc_database_open (path, &error);
  g_assert_no_error (error);
  /* 9 March 2026, 17:00 in Vietnam. */
  g_assert_cmpint (mc_test_query_int (db, "SELECT legal_due_at FROM dossier WHERE id = 2"), ==,
                   G_GINT64_CONSTANT (1773050400000000));
  g_assert_cmpint (mc_test_query_int (db, "SELECT legal_due_at IS NULL FROM dossier WHERE id = 1"),
                   ==, 1);

  g_clear_object (&db);
  mc_test_remove_tree (dir);
}

/* What was done before version 8 was never sent: the upgrade queues
 * every dossier and every step but the printing of forms. */
static void
test_outbox_backfilled (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(McDatabase) db = NULL;
  g_autofree char *dir = mc_test_make_tmp_dir ("mc-test-migrations-XXXXXX");
  g_autofree char *path = g_build_filename (dir, "motcua.db", NULL);

  {
    g_autoptr(McDatabase) old = mc_database_open_at_version (path, 7, &error);

    g_assert_no_error (error);
    g_assert_true (mc_database_exec (old, fixtures[6], &error));
    g_assert_no_error (error);
    /* A slip printed: action 18, not a processing step. */
    g_assert_true (mc_database_exec (old,
      "INSERT INTO dossier_event (dossier_id, step_id, action, status_after, actor_name, "
      "  workstation, device_time, effective_time, version) VALUES "
      "  (2, 'a1b2c3d4-0000-4000-8000-000000000001', 18, 4, 'Nguyễn Thị Lan', 'QUAY-1', "
      "  1773050500000000, 1773050500000000, 2);", &error));
    g_assert_no_error (error);
  }

  db = mc_database_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (mc_test_query_int (db, "SELECT count (*) FROM sync_dossier "
                                          "WHERE state = 0 AND acked_version = 0"), ==, 2);
  g_assert_cmpint (mc_test_query_int (db, "SELECT version FROM sync_dossier "
                                          "WHERE dossier_id = 1"), ==, 1);
  g_assert_cmpint (mc_test_query_int (db, "SELECT count (*) FROM sync_step"), ==, 1);
  g_assert_cmpint (mc_test_query_int (db, "SELECT count (*) FROM sync_step s "
                                          "JOIN dossier_event e ON e.id = s.event_id "
                                          "WHERE e.action = 15"), ==, 1);

  g_clear_object (&db);
  mc_test_remove_tree (dir);
}

static void
set_user_version (const char *path,
                  guint       version)
{
  g_autofree char *sql = g_strdup_printf ("PRAGMA user_version = %u", version);
  sqlite3 *handle = NULL;

  g_assert_cmpint (sqlite3_open (path, &handle), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (handle, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_close (handle), ==, SQLITE_OK);
}

static guint
read_user_version (const char *path)
{
  sqlite3 *handle = NULL;
  guint version;

  g_assert_cmpint (sqlite3_open_v2 (path, &handle, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  version = (guint) mc_test_sqlite_query_int (handle, "PRAGMA user_version");
  g_assert_cmpint (sqlite3_close (handle), ==, SQLITE_OK);

  return version;
}

static void
assert_refused_untouched (const char *path,
                          guint       version)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) before = mc_test_read_bytes (path);
  g_autoptr(GBytes) after = NULL;
  g_autofree char *numbers = g_strdup_printf ("database version %u, this version knows up to %u",
                                              version, mc_migrations_get_latest ());

  {
    g_autoptr(McDatabase) db = mc_database_open (path, &error);

    g_assert_null (db);
    g_assert_error (error, MC_DATABASE_ERROR, MC_DATABASE_ERROR_TOO_NEW);
    g_assert_nonnull (strstr (error->message, numbers));
    g_clear_error (&error);
  }

  /* Even when asked for an old schema. */
  {
    g_autoptr(McDatabase) db = mc_database_open_at_version (path, 0, &error);

    g_assert_null (db);
    g_assert_error (error, MC_DATABASE_ERROR, MC_DATABASE_ERROR_TOO_NEW);
  }

  after = mc_test_read_bytes (path);
  g_assert_true (g_bytes_equal (before, after));
  g_assert_cmpuint (read_user_version (path), ==, version);
}

static void
test_refuse_newer (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  guint newer = mc_migrations_get_latest () + 1;

  /* A database of this release, then moved on by a newer one. */
  {
    g_autoptr(McDatabase) db = mc_database_open (fixture->path, &error);

    g_assert_no_error (error);
    g_assert_true (mc_database_exec (db, CATALOGUE_ROWS, &error));
    g_assert_no_error (error);
  }
  set_user_version (fixture->path, newer);

  assert_refused_untouched (fixture->path, newer);
}

static void
test_refuse_newer_rollback_journal (Fixture       *fixture,
                                    gconstpointer  data)
{
  sqlite3 *handle = NULL;

  /* A newer release might not use WAL: the refusal must not switch it. */
  g_assert_cmpint (sqlite3_open (fixture->path, &handle), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (handle, "CREATE TABLE future (x TEXT); "
                                         "INSERT INTO future VALUES ('kept'); "
                                         "PRAGMA user_version = 99", NULL, NULL, NULL),
                   ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_close (handle), ==, SQLITE_OK);

  assert_refused_untouched (fixture->path, 99);
}

int
main (int   argc,
      char *argv[])
{
  guint latest;

  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  latest = mc_migrations_get_latest ();

  g_test_add_func ("/migrations/fixtures-cover-every-version", test_fixtures_cover_every_version);
  g_test_add_func ("/migrations/legal-due-backfilled", test_legal_due_backfilled);
  g_test_add_func ("/migrations/outbox-backfilled", test_outbox_backfilled);
  g_test_add ("/migrations/from-empty", Fixture, NULL,
              fixture_setup, test_from_empty, fixture_teardown);
  g_test_add ("/migrations/step-by-step", Fixture, NULL,
              fixture_setup, test_step_by_step, fixture_teardown);

  for (guint version = 0; version <= latest && version < G_N_ELEMENTS (fixtures); version++)
    {
      g_autofree char *path = g_strdup_printf ("/migrations/upgrade/from-%u", version);

      g_test_add_data_func (path, GUINT_TO_POINTER (version), test_upgrade_from);
    }

  g_test_add ("/migrations/refuse-newer/wal", Fixture, NULL,
              fixture_setup, test_refuse_newer, fixture_teardown);
  g_test_add ("/migrations/refuse-newer/rollback-journal", Fixture, NULL,
              fixture_setup, test_refuse_newer_rollback_journal, fixture_teardown);

  return g_test_run ();
}
