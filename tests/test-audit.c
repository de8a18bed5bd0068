/* test-audit.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "mc-audit.h"
#include "mc-audit-log.h"
#include "mc-audit-query.h"
#include "mc-calendar-store.h"
#include "mc-dossier-store.h"
#include "mc-error.h"
#include "mc-office-identity.h"
#include "mc-office-store.h"
#include "mc-portal-store.h"
#include "mc-staff-store.h"
#include "mc-sync-conflict.h"
#include "mc-test-util.h"
#include "mc-working-calendar.h"

/* The audit trail (migration 0012, mc-audit.c, mc-audit-query.c): the
 * history of dossiers and the audit entries refuse UPDATE and DELETE;
 * each change of accounts, settings, the calendar and conflicts writes
 * one entry with its actor, workstation and device time in the change's
 * transaction, and a refused change none; the audit view's query merges
 * both, newest first, through its filters, on indexes. */

#define ADMIN_PASSWORD "Quản trị 2026"
#define CLERK_PASSWORD "quầy một cửa"
#define PROCEDURE "1.004884"

static const McActor clerk = { 0, "Nguyễn Thị Lan", "Công chức", MC_STAFF_ROLE_ADMINISTRATOR,
                               "QUAY-1" };
static const McActor leader = { 7, "Lê Văn Minh", "Phó Chủ tịch", MC_STAFF_ROLE_LEADER,
                                "PC-LANH-DAO" };

typedef struct
{
  char       *dir;
  char       *path;
  McDatabase *db;
} Fixture;

/* An entry of the audit trail, as stored. */
typedef struct
{
  gint64  id;
  char   *kind;
  char   *subject;
  gint64  actor_id;   /* 0 for NULL */
  char   *actor_name;
  char   *workstation;
  gint64  device_time;
  char   *details;
} Entry;

static void
entry_free (Entry *entry)
{
  g_free (entry->kind);
  g_free (entry->subject);
  g_free (entry->actor_name);
  g_free (entry->workstation);
  g_free (entry->details);
  g_free (entry);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Entry, entry_free)

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  fixture->dir = mc_test_make_tmp_dir ("mc-test-audit-XXXXXX");
  fixture->path = g_build_filename (fixture->dir, "motcua.db", NULL);
  fixture->db = mc_test_open_office_database (fixture->path, TRUE);
  /* The leader's account, which the entries reference. */
  g_assert_true (mc_database_exec (fixture->db,
    "INSERT INTO staff (id, username, full_name, role, password_hash, created_at) "
    "VALUES (7, 'minh', 'Lê Văn Minh', 2, 'x', 0)", NULL));
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_clear_object (&fixture->db);
  mc_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
}

/*
 * Helpers
 */

static gint64
count_entries (McDatabase *db,
               const char *kind)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(McStatement) stmt = mc_database_prepare (db,
    "SELECT count (*) FROM audit_entry WHERE kind = ?1 OR ?1 IS NULL", &error);
  gboolean has_row;

  g_assert_no_error (error);
  if (kind != NULL)
    sqlite3_bind_text (stmt, 1, kind, -1, SQLITE_STATIC);
  g_assert_true (mc_database_step (db, stmt, &has_row, &error));
  g_assert_no_error (error);
  return sqlite3_column_int64 (stmt, 0);
}

/* The newest entry of @kind. */
static Entry *
last_entry (McDatabase *db,
            const char *kind)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(McStatement) stmt = mc_database_prepare (db,
    "SELECT id, kind, subject, actor_id, actor_name, workstation, device_time, details "
    "FROM audit_entry WHERE kind = ?1 ORDER BY id DESC LIMIT 1", &error);
  Entry *entry;
  gboolean has_row;

  g_assert_no_error (error);
  sqlite3_bind_text (stmt, 1, kind, -1, SQLITE_STATIC);
  g_assert_true (mc_database_step (db, stmt, &has_row, &error));
  g_assert_no_error (error);
  g_assert_true (has_row);

  entry = g_new0 (Entry, 1);
  entry->id = sqlite3_column_int64 (stmt, 0);
  entry->kind = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
  entry->subject = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
  entry->actor_id = sqlite3_column_int64 (stmt, 3);
  entry->actor_name = g_strdup ((const char *) sqlite3_column_text (stmt, 4));
  entry->workstation = g_strdup ((const char *) sqlite3_column_text (stmt, 5));
  entry->device_time = sqlite3_column_int64 (stmt, 6);
  entry->details = g_strdup ((const char *) sqlite3_column_text (stmt, 7));
  return entry;
}

/* The newest entry of @kind, one more than @before of them, made by
 * @actor_name (@actor_id, 0 none) on @workstation about @subject since
 * @since. */
static Entry *
assert_recorded (McDatabase *db,
                 const char *kind,
                 gint64      before,
                 gint64      since,
                 gint64      actor_id,
                 const char *actor_name,
                 const char *workstation,
                 const char *subject)
{
  Entry *entry;

  g_test_message ("entry %s", kind);
  g_assert_cmpint (count_entries (db, kind), ==, before + 1);
  entry = last_entry (db, kind);
  g_assert_cmpint (entry->actor_id, ==, actor_id);
  g_assert_cmpstr (entry->actor_name, ==, actor_name);
  g_assert_cmpstr (entry->workstation, ==, workstation);
  g_assert_cmpstr (entry->subject, ==, subject);
  g_assert_cmpint (entry->device_time, >=, since);
  g_assert_cmpint (entry->device_time, <=, g_get_real_time ());
  return entry;
}

static char *
read_setting (McDatabase *db,
              const char *key)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(McStatement) stmt = mc_database_prepare (db,
    "SELECT value FROM setting WHERE key = ?1", &error);
  gboolean has_row;

  g_assert_no_error (error);
  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_STATIC);
  g_assert_true (mc_database_step (db, stmt, &has_row, &error));
  return has_row ? g_strdup ((const char *) sqlite3_column_text (stmt, 0)) : NULL;
}

static McDossier *
receive (McDatabase    *db,
         const McActor *actor)
{
  static const McDraftComponent papers[] = { { "Tờ khai", 1, 0, TRUE } };
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now (mc_working_calendar_get_time_zone ());
  McDossier *dossier;
  McDossierDraft draft = { 0, };

  draft.procedure_code = PROCEDURE;
  draft.applicant_name = "Nguyễn Văn An";
  draft.phone = "0912 345 678";
  draft.address = "Thôn Đông, xã Tân Lập";
  draft.components = papers;
  draft.n_components = G_N_ELEMENTS (papers);
  dossier = mc_dossier_store_receive (db, &draft, actor, now, &error);
  g_assert_no_error (error);
  g_assert_nonnull (dossier);
  return dossier;
}

/* Runs @sql, which must fail with @message. */
static void
assert_refused (McDatabase *db,
                const char *sql,
                const char *message)
{
  g_autoptr(GError) error = NULL;

  g_test_message ("%s", sql);
  g_assert_false (mc_database_exec (db, sql, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, message));
}

/*
 * Append-only
 */

static void
test_append_only (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(McDossier) dossier = receive (fixture->db, &clerk);
  g_autoptr(GError) error = NULL;
  gint64 events = mc_test_query_int (fixture->db, "SELECT count (*) FROM dossier_event");
  gint64 entries = count_entries (fixture->db, NULL);

  g_assert_cmpint (events, ==, 1);
  g_assert_cmpint (entries, >=, 1);

  assert_refused (fixture->db, "UPDATE dossier_event SET actor_name = 'Người khác'",
                  "the history of dossiers is append-only");
  assert_refused (fixture->db, "UPDATE dossier_event SET note = 'sửa' WHERE id = 1",
                  "the history of dossiers is append-only");
  assert_refused (fixture->db, "DELETE FROM dossier_event",
                  "the history of dossiers is append-only");
  assert_refused (fixture->db, "UPDATE audit_entry SET actor_name = 'Người khác'",
                  "the audit trail is append-only");
  assert_refused (fixture->db, "DELETE FROM audit_entry",
                  "the audit trail is append-only");
  /* REPLACE deletes the row in the way without firing DELETE triggers
   * (recursive_triggers is off): refused before it gets there. */
  assert_refused (fixture->db,
                  "INSERT OR REPLACE INTO audit_entry (id, kind, actor_name, workstation, "
                  "device_time) SELECT id, 'x', 'x', 'x', 0 FROM audit_entry LIMIT 1",
                  "the audit trail is append-only");
  assert_refused (fixture->db,
                  "INSERT OR REPLACE INTO dossier_event (id, dossier_id, step_id, action, "
                  "  status_after, actor_name, workstation, device_time, effective_time, version) "
                  "SELECT id, dossier_id, 'other', 0, 2, 'x', 'x', 0, 0, 1 FROM dossier_event",
                  "the history of dossiers is append-only");
  assert_refused (fixture->db,
                  "REPLACE INTO dossier_event (dossier_id, step_id, action, status_after, "
                  "  actor_name, workstation, device_time, effective_time, version) "
                  "SELECT dossier_id, step_id, 0, 2, 'x', 'x', 0, 0, 1 FROM dossier_event",
                  "the history of dossiers is append-only");

  g_assert_cmpint (mc_test_query_int (fixture->db, "SELECT count (*) FROM dossier_event"), ==,
                   events);
  g_assert_cmpint (count_entries (fixture->db, NULL), ==, entries);
  g_assert_cmpint (mc_test_query_int (fixture->db,
                                      "SELECT count (*) FROM dossier_event "
                                      "WHERE actor_name = 'Nguyễn Thị Lan'"), ==, 1);

  /* Appending stays possible. */
  g_clear_object (&dossier);
  dossier = receive (fixture->db, &clerk);
  g_assert_cmpint (mc_test_query_int (fixture->db, "SELECT count (*) FROM dossier_event"), ==,
                   events + 1);
}

/*
 * Staff accounts
 */

static void
test_staff (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(McStaff) admin = NULL;
  g_autoptr(McStaff) clerk_account = NULL;
  g_autoptr(Entry) created = NULL;
  g_autoptr(Entry) entry = NULL;
  gint64 since = g_get_real_time ();
  const char *host = g_get_host_name ();

  /* The first administrator creates their own account. */
  admin = mc_staff_store_create (fixture->db, "quantri", "Quản trị hệ thống", NULL,
                                 MC_STAFF_ROLE_ADMINISTRATOR, ADMIN_PASSWORD, NULL, &error);
  g_assert_no_error (error);
  created = assert_recorded (fixture->db, MC_AUDIT_STAFF_CREATE, 0, since,
                             mc_staff_get_id (admin), "Quản trị hệ thống", host, "quantri");
  g_assert_nonnull (strstr (created->details, "\"administrator\""));

  /* The workstation's name, once set, names where changes were made. */
  g_assert_true (mc_dossier_store_set_workstation (fixture->db, "QUAY-2", NULL, &error));
  g_assert_no_error (error);

  clerk_account = mc_staff_store_create (fixture->db, "lan", "Nguyễn Thị Lan", "Công chức",
                                         MC_STAFF_ROLE_CLERK, CLERK_PASSWORD, admin, &error);
  g_assert_no_error (error);
  g_clear_pointer (&created, entry_free);
  created = assert_recorded (fixture->db, MC_AUDIT_STAFF_CREATE, 1, since,
                             mc_staff_get_id (admin), "Quản trị hệ thống", "QUAY-2", "lan");
  g_assert_nonnull (strstr (created->details, "\"clerk\""));
  g_assert_nonnull (strstr (created->details, "Nguyễn Thị Lan"));
  /* No password, nor its hash, in the trail. */
  g_assert_null (strstr (created->details, "argon"));
  g_assert_null (strstr (created->details, CLERK_PASSWORD));

  /* Refused changes record nothing: a clerk creating, a name taken. */
  g_assert_null (mc_staff_store_create (fixture->db, "hung", "Trần Văn Hùng", NULL,
                                        MC_STAFF_ROLE_OFFICER, CLERK_PASSWORD, clerk_account,
                                        &error));
  g_assert_error (error, MC_ERROR, MC_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (mc_staff_store_create (fixture->db, "LAN", "Lê Thị Lan", NULL,
                                        MC_STAFF_ROLE_OFFICER, CLERK_PASSWORD, admin, &error));
  g_assert_error (error, MC_ERROR, MC_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (count_entries (fixture->db, MC_AUDIT_STAFF_CREATE), ==, 2);

  /* A password reset names the administrator, a change its owner. */
  g_assert_true (mc_staff_store_reset_password (fixture->db, admin, mc_staff_get_id (clerk_account),
                                                "mật khẩu mới 2", &error));
  g_assert_no_error (error);
  entry = assert_recorded (fixture->db, MC_AUDIT_STAFF_RESET_PASSWORD, 0, since,
                           mc_staff_get_id (admin), "Quản trị hệ thống", "QUAY-2", "lan");
  g_assert_cmpstr (entry->details, ==, "{}");
  g_assert_false (mc_staff_store_reset_password (fixture->db, clerk_account,
                                                 mc_staff_get_id (admin), "mật khẩu mới 3",
                                                 &error));
  g_clear_error (&error);
  g_assert_cmpint (count_entries (fixture->db, MC_AUDIT_STAFF_RESET_PASSWORD), ==, 1);

  g_assert_true (mc_staff_store_change_password (fixture->db, mc_staff_get_id (clerk_account),
                                                 "mật khẩu mới 2", "mật khẩu mới 4", &error));
  g_assert_no_error (error);
  g_clear_pointer (&entry, entry_free);
  entry = assert_recorded (fixture->db, MC_AUDIT_STAFF_CHANGE_PASSWORD, 0, since,
                           mc_staff_get_id (clerk_account), "Nguyễn Thị Lan", "QUAY-2", "lan");
  g_assert_false (mc_staff_store_change_password (fixture->db, mc_staff_get_id (clerk_account),
                                                  "sai", "mật khẩu mới 5", &error));
  g_clear_error (&error);
  g_assert_cmpint (count_entries (fixture->db, MC_AUDIT_STAFF_CHANGE_PASSWORD), ==, 1);

  /* Deactivating and activating again; deactivating the last
   * administrator is refused and recorded nowhere. */
  g_assert_true (mc_staff_store_set_active (fixture->db, admin, mc_staff_get_id (clerk_account),
                                            FALSE, &error));
  g_assert_no_error (error);
  g_clear_pointer (&entry, entry_free);
  entry = assert_recorded (fixture->db, MC_AUDIT_STAFF_DEACTIVATE, 0, since,
                           mc_staff_get_id (admin), "Quản trị hệ thống", "QUAY-2", "lan");
  /* Already inactive: no change, no entry. */
  g_assert_true (mc_staff_store_set_active (fixture->db, admin, mc_staff_get_id (clerk_account),
                                            FALSE, &error));
  g_assert_cmpint (count_entries (fixture->db, MC_AUDIT_STAFF_DEACTIVATE), ==, 1);
  g_assert_true (mc_staff_store_set_active (fixture->db, admin, mc_staff_get_id (clerk_account),
                                            TRUE, &error));
  g_clear_pointer (&entry, entry_free);
  entry = assert_recorded (fixture->db, MC_AUDIT_STAFF_ACTIVATE, 0, since,
                           mc_staff_get_id (admin), "Quản trị hệ thống", "QUAY-2", "lan");
  g_assert_false (mc_staff_store_set_active (fixture->db, admin, mc_staff_get_id (admin), FALSE,
                                             &error));
  g_clear_error (&error);
  g_assert_cmpint (count_entries (fixture->db, MC_AUDIT_STAFF_DEACTIVATE), ==, 1);
}

/*
 * Settings
 */

static void
test_settings (Fixture       *fixture,
               gconstpointer  data)
{
  static const char * const forms[MC_FORM_N_SETTINGS] = {
    "Bộ phận một cửa", "", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lê Văn Minh",
    "UBND huyện", "",
  };
  McPortalSettings portal = { (char *) "https://dichvucong.example.gov.vn/api",
                              (char *) "H56.LGSP", (char *) MC_TEST_AGENCY,
                              (char *) "motcua-tanlap" };
  g_autoptr(GError) error = NULL;
  g_autoptr(Entry) entry = NULL;
  g_autofree char *name = NULL;
  gint64 since = g_get_real_time ();

  /* With nobody signed in, the system account is named. */
  g_assert_true (mc_dossier_store_set_office_identity (fixture->db, MC_TEST_AGENCY,
                                                       "UBND xã Tân Lập mới", NULL, &error));
  g_assert_no_error (error);
  entry = assert_recorded (fixture->db, MC_AUDIT_OFFICE_IDENTITY, 1, since, 0,
                           g_get_user_name (), g_get_host_name (), "");
  /* Only what changed, before and after. */
  g_assert_cmpstr (entry->details, ==,
                   "{\"agency-name\":{\"from\":\"UBND xã Tân Lập\",\"to\":\"UBND xã Tân Lập mới\"}}");

  /* The person signed in on the connection, from their workstation. */
  mc_audit_set_signed_in (fixture->db, &leader);
  g_assert_true (mc_dossier_store_set_office_identity (fixture->db, MC_TEST_AGENCY, NULL,
                                                       "Tân Lập", &error));
  /* Saved as it was: nothing to record. */
  g_assert_cmpint (count_entries (fixture->db, MC_AUDIT_OFFICE_IDENTITY), ==, 2);
  g_assert_true (mc_dossier_store_set_office_identity (fixture->db, "000.17.22.H57", NULL, NULL,
                                                       &error));
  g_assert_no_error (error);
  g_clear_pointer (&entry, entry_free);
  entry = assert_recorded (fixture->db, MC_AUDIT_OFFICE_IDENTITY, 2, since, 7, "Lê Văn Minh",
                           "PC-LANH-DAO", "");
  g_assert_nonnull (strstr (entry->details, "\"from\":\"000.17.22.H56\",\"to\":\"000.17.22.H57\""));
  /* A bad code changes nothing and records nothing. */
  g_assert_false (mc_dossier_store_set_office_identity (fixture->db, "H56", NULL, NULL, &error));
  g_clear_error (&error);
  g_assert_cmpint (count_entries (fixture->db, MC_AUDIT_OFFICE_IDENTITY), ==, 3);

  /* The workstation and the idle lock, stored together by the Office
   * page: each recorded, or, when one is refused, neither. */
  g_assert_true (mc_office_store_set_workstation (fixture->db, "QUAY-3", "1-4999", 15, &error));
  g_assert_no_error (error);
  g_clear_pointer (&entry, entry_free);
  entry = assert_recorded (fixture->db, MC_AUDIT_OFFICE_WORKSTATION, 0, since, 7, "Lê Văn Minh",
                           "PC-LANH-DAO", "");
  g_assert_nonnull (strstr (entry->details, "\"workstation-name\":{\"from\":\"\",\"to\":\"QUAY-3\"}"));
  g_assert_nonnull (strstr (entry->details, "\"workstation-range\""));
  g_clear_pointer (&entry, entry_free);
  entry = assert_recorded (fixture->db, MC_AUDIT_OFFICE_IDLE_LOCK, 0, since, 7, "Lê Văn Minh",
                           "PC-LANH-DAO", "");
  g_assert_cmpstr (entry->details, ==, "{\"idle-lock-minutes\":{\"from\":\"10\",\"to\":\"15\"}}");
  g_assert_false (mc_office_store_set_workstation (fixture->db, "QUAY-4", "1-4999", 0, &error));
  g_clear_error (&error);
  name = read_setting (fixture->db, "workstation-name");
  g_assert_cmpstr (name, ==, "QUAY-3");
  g_assert_cmpint (count_entries (fixture->db, MC_AUDIT_OFFICE_WORKSTATION), ==, 1);
  g_assert_cmpint (count_entries (fixture->db, MC_AUDIT_OFFICE_IDLE_LOCK), ==, 1);

  /* The printed forms' settings: one entry for all, none if refused. */
  g_assert_true (mc_dossier_store_set_form_settings (fixture->db, forms, &error));
  g_assert_no_error (error);
  g_clear_pointer (&entry, entry_free);
  entry = assert_recorded (fixture->db, MC_AUDIT_OFFICE_FORMS, 0, since, 7, "Lê Văn Minh",
                           "PC-LANH-DAO", "");
  g_assert_nonnull (strstr (entry->details, "\"leader-name\":{\"from\":\"\",\"to\":\"Lê Văn Minh\"}"));
  {
    const char *bad[MC_FORM_N_SETTINGS] = { "x", "x", "x", "x", "x", "x", "1,2,3" };

    g_assert_false (mc_dossier_store_set_form_settings (fixture->db, bad, &error));
    g_clear_error (&error);
  }
  g_assert_cmpint (count_entries (fixture->db, MC_AUDIT_OFFICE_FORMS), ==, 1);

  /* The portal's settings; never a password. */
  g_assert_true (mc_portal_store_save_settings (fixture->db, &portal, &error));
  g_assert_no_error (error);
  g_clear_pointer (&entry, entry_free);
  entry = assert_recorded (fixture->db, MC_AUDIT_PORTAL_SETTINGS, 0, since, 7, "Lê Văn Minh",
                           "PC-LANH-DAO", "");
  g_assert_nonnull (strstr (entry->details, "\"portal-username\":{\"from\":\"\",\"to\":\"motcua-tanlap\"}"));
  portal.url = (char *) "http://example.gov.vn";
  g_assert_false (mc_portal_store_save_settings (fixture->db, &portal, &error));
  g_clear_error (&error);
  g_assert_cmpint (count_entries (fixture->db, MC_AUDIT_PORTAL_SETTINGS), ==, 1);

  /* Signed out: the system account again. */
  mc_audit_set_signed_in (fixture->db, NULL);
  g_assert_null (mc_audit_get_signed_in (fixture->db));
  g_assert_true (mc_staff_store_set_idle_lock_minutes (fixture->db, 20, &error));
  g_clear_pointer (&entry, entry_free);
  entry = assert_recorded (fixture->db, MC_AUDIT_OFFICE_IDLE_LOCK, 1, since, 0,
                           g_get_user_name (), "QUAY-3", "");
}

/* The change and its entry are one transaction: rolled back together. */
static void
test_same_transaction (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  gint64 entries = count_entries (fixture->db, NULL);

  mc_audit_set_signed_in (fixture->db, &leader);
  g_assert_true (mc_database_begin (fixture->db, MC_TRANSACTION_WRITE, &error));
  g_assert_true (mc_dossier_store_set_office_identity (fixture->db, MC_TEST_AGENCY,
                                                       "UBND xã Khác", NULL, &error));
  g_assert_cmpint (count_entries (fixture->db, MC_AUDIT_OFFICE_IDENTITY), ==, 2);
  g_assert_true (mc_database_end (fixture->db, FALSE, &error));

  g_assert_cmpint (count_entries (fixture->db, NULL), ==, entries);
  name = read_setting (fixture->db, "agency-name");
  g_assert_cmpstr (name, ==, "UBND xã Tân Lập");

  /* Outside a transaction there is no change to go with. */
  if (g_test_undefined ())
    {
      g_test_expect_message ("mc-audit", G_LOG_LEVEL_CRITICAL, "*autocommit*");
      g_assert_false (mc_audit_record (fixture->db, NULL, MC_AUDIT_OFFICE_FORMS, NULL, NULL,
                                       NULL));
      g_test_assert_expected_messages ();
    }

  /* An actor without a name is refused, and the change with it. */
  {
    const McActor nameless = { 3, "", NULL, MC_STAFF_ROLE_LEADER, "PC" };

    mc_audit_set_signed_in (fixture->db, &nameless);
    g_assert_false (mc_calendar_store_confirm_year (fixture->db, 2027, &error));
    g_assert_error (error, MC_ERROR, MC_ERROR_INVALID);
    g_assert_cmpint (mc_test_query_int (fixture->db, "SELECT count (*) FROM calendar_year "
                                                     "WHERE year = 2027 AND confirmed = 1"), ==, 0);
  }
  g_assert_cmpint (count_entries (fixture->db, NULL), ==, entries);
}

/*
 * The working calendar
 */

static void
test_calendar (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(Entry) entry = NULL;
  gint64 since = g_get_real_time ();
  McOfficeHours hours;
  GDate date;

  mc_audit_set_signed_in (fixture->db, &clerk);

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 31, 12, 2026);
  g_assert_true (mc_calendar_store_set_day (fixture->db, &date, MC_DAY_OFF, "Nghỉ bù", &error));
  g_assert_no_error (error);
  entry = assert_recorded (fixture->db, MC_AUDIT_CALENDAR_DAY_SET, 0, since, 0, "Nguyễn Thị Lan",
                           "QUAY-1", "2026-12-31");
  g_assert_cmpstr (entry->details, ==, "{\"kind\":\"day-off\",\"reason\":\"Nghỉ bù\"}");

  /* A Sunday cannot be made a day off: refused, not recorded. */
  g_date_set_dmy (&date, 27, 12, 2026);
  g_assert_false (mc_calendar_store_set_day (fixture->db, &date, MC_DAY_OFF, NULL, &error));
  g_clear_error (&error);
  g_assert_cmpint (count_entries (fixture->db, MC_AUDIT_CALENDAR_DAY_SET), ==, 1);

  g_date_set_dmy (&date, 31, 12, 2026);
  g_assert_true (mc_calendar_store_remove_day (fixture->db, &date, &error));
  g_clear_pointer (&entry, entry_free);
  entry = assert_recorded (fixture->db, MC_AUDIT_CALENDAR_DAY_REMOVE, 0, since, 0,
                           "Nguyễn Thị Lan", "QUAY-1", "2026-12-31");

  g_assert_true (mc_calendar_store_confirm_year (fixture->db, 2026, &error));
  g_clear_pointer (&entry, entry_free);
  entry = assert_recorded (fixture->db, MC_AUDIT_CALENDAR_YEAR_CONFIRM, 0, since, 0,
                           "Nguyễn Thị Lan", "QUAY-1", "2026");

  g_assert_true (mc_calendar_store_get_office_hours (fixture->db, &hours, &error));
  g_assert_true (mc_calendar_store_set_office_hours (fixture->db, &hours, &error));
  /* The same hours: no change. */
  g_assert_cmpint (count_entries (fixture->db, MC_AUDIT_CALENDAR_OFFICE_HOURS), ==, 0);
  g_assert_true (mc_office_hours_parse ("07:00-11:30,13:30-17:00", &hours, &error));
  g_assert_true (mc_calendar_store_set_office_hours (fixture->db, &hours, &error));
  g_assert_no_error (error);
  g_clear_pointer (&entry, entry_free);
  entry = assert_recorded (fixture->db, MC_AUDIT_CALENDAR_OFFICE_HOURS, 0, since, 0,
                           "Nguyễn Thị Lan", "QUAY-1", "");
  g_assert_nonnull (strstr (entry->details, "\"to\":\"07:00-11:30,13:30-17:00\""));
}

/*
 * Conflicts with the portal
 */

/* Another workstation's newer version pulled over unsent changes. */
static void
make_conflict (McDatabase *db,
               gint64      dossier_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(McPortalDossier) dossier = mc_portal_store_load_dossier (db, dossier_id, &error);
  g_autoptr(JsonNode) json = NULL;
  g_autofree char *copy = NULL;
  McPortalApply outcome;

  g_assert_no_error (error);
  dossier->version += 1;
  g_free (dossier->workstation);
  dossier->workstation = g_strdup ("PC-9");
  g_free (dossier->phone);
  dossier->phone = g_strdup ("0987654321");
  json = json_node_init_object (json_node_alloc (), mc_portal_dossier_to_json (dossier));
  json_object_unref (json_node_get_object (json));
  copy = json_to_string (json, FALSE);
  g_assert_true (mc_portal_store_apply (db, dossier, copy, g_get_real_time (), &outcome, &error));
  g_assert_no_error (error);
  g_assert_cmpint (outcome, ==, MC_PORTAL_APPLY_CONFLICT);
}

static gint64
dossier_id_of (McDatabase *db,
               McDossier  *dossier)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(McStatement) stmt = mc_database_prepare (db, "SELECT id FROM dossier WHERE code = ?1",
                                                     &error);
  gboolean has_row;

  g_assert_no_error (error);
  sqlite3_bind_text (stmt, 1, mc_dossier_get_code (dossier), -1, SQLITE_STATIC);
  g_assert_true (mc_database_step (db, stmt, &has_row, &error));
  g_assert_true (has_row);
  return sqlite3_column_int64 (stmt, 0);
}

static void
test_conflict (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(McDossier) dossier = receive (fixture->db, &clerk);
  gint64 id = dossier_id_of (fixture->db, dossier);
  g_autoptr(McSyncConflict) conflict = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(Entry) entry = NULL;
  gint64 since = g_get_real_time ();
  guint portal_version;

  make_conflict (fixture->db, id);
  conflict = mc_sync_conflict_load (fixture->db, id, &error);
  g_assert_no_error (error);
  portal_version = mc_sync_conflict_get_portal_version (conflict);

  mc_audit_set_signed_in (fixture->db, &leader);
  /* Against a version the person did not see: refused, not recorded. */
  g_assert_false (mc_sync_conflict_resolve (fixture->db, id,
                                            MC_SYNC_RESOLUTION_KEEP_MINE, portal_version + 1,
                                            g_get_real_time (), &error));
  g_clear_error (&error);
  g_assert_cmpint (count_entries (fixture->db, MC_AUDIT_DOSSIER_CONFLICT), ==, 0);

  g_assert_true (mc_sync_conflict_resolve (fixture->db, id,
                                           MC_SYNC_RESOLUTION_KEEP_MINE, portal_version,
                                           g_get_real_time (), &error));
  g_assert_no_error (error);
  entry = assert_recorded (fixture->db, MC_AUDIT_DOSSIER_CONFLICT, 0, since, 7, "Lê Văn Minh",
                           "PC-LANH-DAO", mc_dossier_get_code (dossier));
  g_assert_nonnull (strstr (entry->details, "\"resolution\":\"keep-mine\""));

  /* No longer in conflict: refused, not recorded. */
  g_assert_false (mc_sync_conflict_resolve (fixture->db, id,
                                            MC_SYNC_RESOLUTION_TAKE_PORTAL, portal_version,
                                            g_get_real_time (), &error));
  g_clear_error (&error);
  g_assert_cmpint (count_entries (fixture->db, MC_AUDIT_DOSSIER_CONFLICT), ==, 1);
}

/*
 * The audit view's query
 */

/* 2 March 2026 in Vietnam, at @hour:@minute, in Unix microseconds. */
static gint64
march (int day,
       int hour,
       int minute)
{
  g_autoptr(GDateTime) moment = g_date_time_new (mc_working_calendar_get_time_zone (), 2026, 3,
                                                 day, hour, minute, 0);

  return g_date_time_to_unix (moment) * G_USEC_PER_SEC;
}

static void
insert_event (McDatabase *db,
              gint64      dossier_id,
              gint64      actor_id,
              const char *actor_name,
              gint64      device_time,
              int         action)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(McStatement) stmt = mc_database_prepare (db,
    "INSERT INTO dossier_event (dossier_id, step_id, action, status_after, actor_id, "
    "  actor_name, workstation, device_time, effective_time, version) "
    "VALUES (?1, ?2, ?3, 2, ?4, ?5, 'QUAY-1', ?6, ?6, 1)", &error);
  g_autofree char *step_id = g_uuid_string_random ();

  g_assert_no_error (error);
  sqlite3_bind_int64 (stmt, 1, dossier_id);
  sqlite3_bind_text (stmt, 2, step_id, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 3, action);
  if (actor_id > 0)
    sqlite3_bind_int64 (stmt, 4, actor_id);
  sqlite3_bind_text (stmt, 5, actor_name, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 6, device_time);
  g_assert_true (mc_database_step (db, stmt, NULL, &error));
  g_assert_no_error (error);
}

static void
insert_entry (McDatabase *db,
              const char *kind,
              const char *subject,
              gint64      actor_id,
              const char *actor_name,
              gint64      device_time)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(McStatement) stmt = mc_database_prepare (db,
    "INSERT INTO audit_entry (kind, subject, actor_id, actor_name, workstation, device_time) "
    "VALUES (?1, ?2, ?3, ?4, 'PC-2', ?5)", &error);

  g_assert_no_error (error);
  sqlite3_bind_text (stmt, 1, kind, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, subject, -1, SQLITE_STATIC);
  if (actor_id > 0)
    sqlite3_bind_int64 (stmt, 3, actor_id);
  sqlite3_bind_text (stmt, 4, actor_name, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 5, device_time);
  g_assert_true (mc_database_step (db, stmt, NULL, &error));
  g_assert_no_error (error);
}

static gint64
insert_dossier (McDatabase *db,
                gint64      id,
                const char *code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(McStatement) stmt = mc_database_prepare (db,
    "INSERT INTO dossier (id, code, procedure_id, status, channel, applicant_type, "
    "  applicant_name, received_at, due_at, original_due_at, workstation, updated_at) "
    "VALUES (?1, ?2, (SELECT min (id) FROM procedure), 2, 1, 1, 'Trần Văn Đức', 0, 0, 0, "
    "  'QUAY-1', 0)", &error);

  g_assert_no_error (error);
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_text (stmt, 2, code, -1, SQLITE_STATIC);
  g_assert_true (mc_database_step (db, stmt, NULL, &error));
  g_assert_no_error (error);
  return id;
}

/* The history of the query tests, newest first:
 *   id  when         who                what
 *   e5  05/03 08:00  staff 2 (Hùng)     step of ...-0002
 *   a4  04/03 23:59  staff 1 (Lan)      dossier.conflict-resolve ...-0001
 *   e4  04/03 10:00  motcua-cli         step of ...-0001
 *   a3  04/03 10:00  motcua-cli         office.identity
 *   e3  03/03 00:00  staff 1            step of 000.17.22.H57-...-0001
 *   a2  02/03 12:00  staff 2            staff.create "hung"
 *   e2  02/03 09:00  staff 1            step of ...-0002
 *   e1  02/03 08:00  staff 1            step of ...-0001
 *   a1  01/03 23:59  staff 1            calendar.day-set "2026-03-02" */
static void
fill_history (McDatabase *db)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (mc_database_exec (db,
    "INSERT INTO staff (id, username, full_name, role, password_hash, created_at) VALUES "
    "  (1, 'lan', 'Nguyễn Thị Lan', 0, 'x', 0), (2, 'hung', 'Trần Văn Hùng', 1, 'x', 0)",
    &error));
  g_assert_no_error (error);

  insert_dossier (db, 101, "000.17.22.H56-260302-0001");
  insert_dossier (db, 102, "000.17.22.H56-260302-0002");
  insert_dossier (db, 103, "000.17.22.H57-260303-0001");

  insert_entry (db, MC_AUDIT_CALENDAR_DAY_SET, "2026-03-02", 1, "Nguyễn Thị Lan", march (1, 23, 59));
  insert_event (db, 101, 1, "Nguyễn Thị Lan", march (2, 8, 0), 0);
  insert_event (db, 102, 1, "Nguyễn Thị Lan", march (2, 9, 0), 0);
  insert_entry (db, MC_AUDIT_STAFF_CREATE, "hung", 2, "Trần Văn Hùng", march (2, 12, 0));
  insert_event (db, 103, 1, "Nguyễn Thị Lan", march (3, 0, 0), 0);
  insert_entry (db, MC_AUDIT_OFFICE_IDENTITY, "", 0, "motcua-cli", march (4, 10, 0));
  insert_event (db, 101, 0, "motcua-cli", march (4, 10, 0), 3);
  insert_entry (db, MC_AUDIT_DOSSIER_CONFLICT, "000.17.22.H56-260302-0001", 1, "Nguyễn Thị Lan",
                march (4, 23, 59));
  insert_event (db, 102, 2, "Trần Văn Hùng", march (5, 8, 0), 4);
}

/* The lines of @query, in order: "H56-260302-0001@3" for a step of
 * action 3 of that dossier, the kind for an audit entry. */
static char *
run_query (McDatabase         *db,
           const McAuditQuery *query)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) lines = mc_audit_query_run (db, query, &error);
  g_autoptr(GString) text = g_string_new (NULL);

  g_assert_no_error (error);
  for (guint i = 0; i < lines->len; i++)
    {
      McAuditEntry *entry = g_ptr_array_index (lines, i);

      if (text->len > 0)
        g_string_append_c (text, ' ');
      if (mc_audit_entry_get_source (entry) == MC_AUDIT_SOURCE_DOSSIER_EVENT)
        /* Without "000.17.22.". */
        g_string_append_printf (text, "%s@%d", mc_audit_entry_get_subject (entry) + 10,
                                mc_audit_entry_get_action (entry));
      else
        g_string_append_printf (text, "%s", mc_audit_entry_get_kind (entry));
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
assert_query (McDatabase         *db,
              const McAuditQuery *query,
              const char         *expected)
{
  g_autofree char *lines = run_query (db, query);

  g_assert_cmpstr (lines, ==, expected);
}

static void
test_query (void)
{
  g_autofree char *dir = mc_test_make_tmp_dir ("mc-test-audit-XXXXXX");
  g_autofree char *path = g_build_filename (dir, "motcua.db", NULL);
  g_autoptr(McDatabase) db = mc_test_open_office_database (path, FALSE);
  g_autoptr(GPtrArray) lines = NULL;
  g_autoptr(GError) error = NULL;
  McAuditEntry *line;
  McAuditQuery query;
  gint64 staff_id;

  fill_history (db);

  /* Everything, newest first; at the same instant, the step first. */
  mc_audit_query_init (&query);
  assert_query (db, &query,
                "H56-260302-0002@4 dossier.conflict-resolve H56-260302-0001@3 office.identity "
                "H57-260303-0001@0 staff.create H56-260302-0002@0 H56-260302-0001@0 "
                "calendar.day-set");

  /* What a line tells. */
  lines = mc_audit_query_run (db, &query, &error);
  line = g_ptr_array_index (lines, 1);
  g_assert_cmpint (mc_audit_entry_get_source (line), ==, MC_AUDIT_SOURCE_ENTRY);
  g_assert_cmpint (mc_audit_entry_get_actor_id (line), ==, 1);
  g_assert_cmpstr (mc_audit_entry_get_actor_name (line), ==, "Nguyễn Thị Lan");
  g_assert_cmpstr (mc_audit_entry_get_workstation (line), ==, "PC-2");
  g_assert_cmpstr (mc_audit_entry_get_dossier_code (line), ==, "000.17.22.H56-260302-0001");
  g_assert_cmpstr (mc_audit_entry_get_label (line), ==, "Conflict with the portal resolved");
  g_assert_cmpint (mc_audit_entry_get_device_time (line), ==, march (4, 23, 59));
  line = g_ptr_array_index (lines, 0);
  g_assert_cmpint (mc_audit_entry_get_source (line), ==, MC_AUDIT_SOURCE_DOSSIER_EVENT);
  g_assert_cmpstr (mc_audit_entry_get_dossier_code (line), ==, "000.17.22.H56-260302-0002");
  g_assert_cmpstr (mc_audit_entry_get_label (line), ==,
                   mc_dossier_action_get_label (MC_DOSSIER_ACTION_ACKNOWLEDGE));
  line = g_ptr_array_index (lines, 3);
  g_assert_null (mc_audit_entry_get_dossier_code (line));
  g_assert_cmpint (mc_audit_entry_get_actor_id (line), ==, 0);
  {
    g_autoptr(GDateTime) time = mc_audit_entry_dup_time (line);

    g_assert_cmpint (g_date_time_get_day_of_month (time), ==, 4);
    g_assert_cmpint (g_date_time_get_hour (time), ==, 10);
  }

  /* Pages. */
  query.limit = 3;
  assert_query (db, &query, "H56-260302-0002@4 dossier.conflict-resolve H56-260302-0001@3");
  query.offset = 3;
  assert_query (db, &query, "office.identity H57-260303-0001@0 staff.create");
  query.offset = 9;
  assert_query (db, &query, "");

  /* One person: by account, or, without one, by name. */
  mc_audit_query_init (&query);
  g_assert_true (mc_audit_query_find_actor (db, "LAN", &staff_id, &error));
  g_assert_cmpint (staff_id, ==, 1);
  g_assert_true (mc_audit_query_find_actor (db, " Trần Văn Hùng ", &staff_id, &error));
  g_assert_cmpint (staff_id, ==, 2);
  g_assert_true (mc_audit_query_find_actor (db, "motcua-cli", &staff_id, &error));
  g_assert_cmpint (staff_id, ==, 0);
  /* Not text (a mistyped command line): nobody, without a critical. */
  g_assert_true (mc_audit_query_find_actor (db, "\xff", &staff_id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (staff_id, ==, 0);
  query.staff_id = 1;
  assert_query (db, &query,
                "dossier.conflict-resolve H57-260303-0001@0 H56-260302-0002@0 "
                "H56-260302-0001@0 calendar.day-set");
  query.staff_id = 2;
  assert_query (db, &query, "H56-260302-0002@4 staff.create");
  query.staff_id = 0;
  query.actor_name = "motcua-cli";
  assert_query (db, &query, "H56-260302-0001@3 office.identity");
  /* An account's name is not an actor without one. */
  query.actor_name = "Nguyễn Thị Lan";
  assert_query (db, &query, "");

  /* Dossiers by the beginning of their code, and the entries about them. */
  mc_audit_query_init (&query);
  query.dossier_code = "000.17.22.H56-260302-0001";
  assert_query (db, &query, "dossier.conflict-resolve H56-260302-0001@3 H56-260302-0001@0");
  query.dossier_code = "000.17.22.H56";
  assert_query (db, &query,
                "H56-260302-0002@4 dossier.conflict-resolve H56-260302-0001@3 "
                "H56-260302-0002@0 H56-260302-0001@0");
  query.dossier_code = "000.17.22.H5";
  assert_query (db, &query,
                "H56-260302-0002@4 dossier.conflict-resolve H56-260302-0001@3 "
                "H57-260303-0001@0 H56-260302-0002@0 H56-260302-0001@0");
  query.dossier_code = "2026";
  assert_query (db, &query, "");
  query.staff_id = 1;
  query.dossier_code = "000.17.22.H56-260302-0001";
  assert_query (db, &query, "dossier.conflict-resolve H56-260302-0001@0");
  query.staff_id = 0;
  query.actor_name = "motcua-cli";
  assert_query (db, &query, "H56-260302-0001@3");

  /* Whole days in Vietnam's time: 2 to 4 March takes 4 March at 23:59
   * and 2 March at 00:00, not 1 March at 23:59 nor 5 March. */
  mc_audit_query_init (&query);
  g_date_set_dmy (&query.from, 2, 3, 2026);
  g_date_set_dmy (&query.to, 4, 3, 2026);
  assert_query (db, &query,
                "dossier.conflict-resolve H56-260302-0001@3 office.identity H57-260303-0001@0 "
                "staff.create H56-260302-0002@0 H56-260302-0001@0");
  g_date_set_dmy (&query.from, 3, 3, 2026);
  g_date_set_dmy (&query.to, 3, 3, 2026);
  assert_query (db, &query, "H57-260303-0001@0");
  g_date_clear (&query.from, 1);
  g_date_set_dmy (&query.to, 1, 3, 2026);
  assert_query (db, &query, "calendar.day-set");
  g_date_set_dmy (&query.from, 5, 3, 2026);
  g_date_clear (&query.to, 1);
  query.staff_id = 2;
  query.dossier_code = "000.17.22.H56-260302-0002";
  assert_query (db, &query, "H56-260302-0002@4");

  /* A period that ends before it starts. */
  mc_audit_query_init (&query);
  g_date_set_dmy (&query.from, 5, 3, 2026);
  g_date_set_dmy (&query.to, 4, 3, 2026);
  g_clear_pointer (&lines, g_ptr_array_unref);
  lines = mc_audit_query_run (db, &query, &error);
  g_assert_null (lines);
  g_assert_error (error, MC_ERROR, MC_ERROR_INVALID);

  g_clear_object (&db);
  mc_test_remove_tree (dir);
}

/* Every filter reads through an index: no table is scanned whole, even
 * without ANALYZE's statistics. */
static void
test_plans (void)
{
  g_autofree char *dir = mc_test_make_tmp_dir ("mc-test-audit-XXXXXX");
  g_autofree char *path = g_build_filename (dir, "motcua.db", NULL);
  g_autoptr(McDatabase) db = mc_test_open_office_database (path, FALSE);
  static const struct {
    gint64      staff_id;
    const char *actor_name;
    const char *dossier_code;
    gboolean    period;
    const char *expected;   /* an index the plan must use */
  } cases[] = {
    { 0, NULL, NULL, FALSE, "dossier_event_by_device_time" },
    { 0, NULL, NULL, TRUE, "dossier_event_by_device_time" },
    { 3, NULL, NULL, FALSE, "dossier_event_by_actor" },
    { 0, "motcua-cli", NULL, TRUE, "dossier_event_by_actor" },
    { 0, NULL, "000.17", FALSE, "dossier_event_by_dossier" },
    { 3, NULL, "000.17", TRUE, "dossier_event_by_dossier" },
    { 0, "motcua-cli", "000.17", FALSE, "dossier_event_by_dossier" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *plan = NULL;
      McAuditQuery query;

      mc_audit_query_init (&query);
      query.staff_id = cases[i].staff_id;
      query.actor_name = cases[i].actor_name;
      query.dossier_code = cases[i].dossier_code;
      if (cases[i].period)
        {
          g_date_set_dmy (&query.from, 1, 3, 2026);
          g_date_set_dmy (&query.to, 31, 3, 2026);
        }

      plan = mc_audit_query_explain (db, &query, &error);
      g_assert_no_error (error);
      g_test_message ("case %u:\n%s", i, plan);
      g_assert_nonnull (strstr (plan, cases[i].expected));
      g_assert_null (strstr (plan, "SCAN "));
      /* The newest first without sorting the whole history. */
      if (cases[i].dossier_code == NULL)
        g_assert_nonnull (strstr (plan, "MERGE"));
    }

  g_clear_object (&db);
  mc_test_remove_tree (dir);
}

static void
test_parse_date (void)
{
  static const struct {
    const char *text;
    gboolean    valid;
    int         day, month, year;   /* 0: none */
  } cases[] = {
    { "", TRUE, 0, 0, 0 },
    { "  ", TRUE, 0, 0, 0 },
    { "02/09/2026", TRUE, 2, 9, 2026 },
    { "2/9/2026", TRUE, 2, 9, 2026 },
    { " 29/02/2028 ", TRUE, 29, 2, 2028 },
    { "2026-09-02", TRUE, 2, 9, 2026 },
    { "29/02/2026", FALSE, 0, 0, 0 },
    { "2026-13-01", FALSE, 0, 0, 0 },
    { "02/09/26", FALSE, 0, 0, 0 },
    { "2/9", FALSE, 0, 0, 0 },
    { "hôm qua", FALSE, 0, 0, 0 },
    { "2026-9-2", FALSE, 0, 0, 0 },
    { "02.09.2026", FALSE, 0, 0, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      GDate date;

      g_test_message ("“%s”", cases[i].text);
      g_assert_cmpint (mc_audit_parse_date (cases[i].text, &date, &error), ==, cases[i].valid);
      if (!cases[i].valid)
        {
          g_assert_error (error, MC_ERROR, MC_ERROR_INVALID);
          g_assert_false (g_date_valid (&date));
        }
      else if (cases[i].day == 0)
        g_assert_false (g_date_valid (&date));
      else
        {
          g_assert_true (g_date_valid (&date));
          g_assert_cmpint (g_date_get_day (&date), ==, cases[i].day);
          g_assert_cmpint (g_date_get_month (&date), ==, cases[i].month);
          g_assert_cmpint (g_date_get_year (&date), ==, cases[i].year);
        }
    }
}

/*
 * The façade on the worker
 */

static gpointer
confirm_year_work (McDatabase  *db,
                   gpointer     data,
                   GError     **error)
{
  return GINT_TO_POINTER (mc_calendar_store_confirm_year (db, GPOINTER_TO_INT (data), error));
}

/* The person signed in, told through the worker, is named by the
 * changes queued after, and not by those after signing out. */
static void
test_log (Fixture       *fixture,
          gconstpointer  data)
{
  g_autoptr(McDbWorker) worker = NULL;
  g_autoptr(McAuditLog) log = NULL;
  g_autoptr(GAsyncResult) confirmed = NULL;
  g_autoptr(GAsyncResult) confirmed_again = NULL;
  g_autoptr(GAsyncResult) listed = NULL;
  g_autoptr(GAsyncResult) staff_listed = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  g_autoptr(GPtrArray) staff = NULL;
  g_autoptr(GError) error = NULL;
  McAuditQuery query;

  g_clear_object (&fixture->db);
  worker = mc_test_open_worker (fixture->path);

  mc_audit_queue_signed_in (worker, &leader);
  mc_db_worker_run_async (worker, confirm_year_work, GINT_TO_POINTER (2026), NULL, NULL, NULL,
                          mc_test_got_result_cb, &confirmed);
  mc_audit_queue_signed_in (worker, NULL);
  mc_db_worker_run_async (worker, confirm_year_work, GINT_TO_POINTER (2027), NULL, NULL, NULL,
                          mc_test_got_result_cb, &confirmed_again);
  g_assert_nonnull (mc_db_worker_run_finish (worker, mc_test_wait_for_result (&confirmed), &error));
  g_assert_nonnull (mc_db_worker_run_finish (worker, mc_test_wait_for_result (&confirmed_again),
                                             &error));
  g_assert_no_error (error);

  log = mc_audit_log_new (worker);
  mc_audit_query_init (&query);
  query.actor_name = g_get_user_name ();
  mc_audit_log_list_async (log, &query, NULL, mc_test_got_result_cb, &listed);
  mc_audit_log_list_staff_async (log, NULL, mc_test_got_result_cb, &staff_listed);
  lines = mc_audit_log_list_finish (log, mc_test_wait_for_result (&listed), &error);
  g_assert_no_error (error);
  /* The system account: 2027, and the identity of the fixture. */
  g_assert_cmpuint (lines->len, ==, 2);
  g_assert_cmpstr (mc_audit_entry_get_subject (g_ptr_array_index (lines, 0)), ==, "2027");
  g_clear_pointer (&lines, g_ptr_array_unref);
  g_clear_object (&listed);

  mc_audit_query_init (&query);
  query.staff_id = leader.staff_id;
  mc_audit_log_list_async (log, &query, NULL, mc_test_got_result_cb, &listed);
  lines = mc_audit_log_list_finish (log, mc_test_wait_for_result (&listed), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (lines->len, ==, 1);
  g_assert_cmpstr (mc_audit_entry_get_kind (g_ptr_array_index (lines, 0)), ==,
                   MC_AUDIT_CALENDAR_YEAR_CONFIRM);
  g_assert_cmpstr (mc_audit_entry_get_subject (g_ptr_array_index (lines, 0)), ==, "2026");
  g_assert_cmpstr (mc_audit_entry_get_workstation (g_ptr_array_index (lines, 0)), ==,
                   "PC-LANH-DAO");

  staff = mc_audit_log_list_staff_finish (log, mc_test_wait_for_result (&staff_listed), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (staff->len, ==, 1);
  g_assert_cmpstr (mc_staff_get_username (g_ptr_array_index (staff, 0)), ==, "minh");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add ("/audit/append-only", Fixture, NULL, fixture_setup, test_append_only,
              fixture_teardown);
  g_test_add ("/audit/staff", Fixture, NULL, fixture_setup, test_staff, fixture_teardown);
  g_test_add ("/audit/settings", Fixture, NULL, fixture_setup, test_settings, fixture_teardown);
  g_test_add ("/audit/same-transaction", Fixture, NULL, fixture_setup, test_same_transaction,
              fixture_teardown);
  g_test_add ("/audit/calendar", Fixture, NULL, fixture_setup, test_calendar, fixture_teardown);
  g_test_add ("/audit/conflict", Fixture, NULL, fixture_setup, test_conflict, fixture_teardown);
  g_test_add ("/audit/log", Fixture, NULL, fixture_setup, test_log, fixture_teardown);
  g_test_add_func ("/audit/query", test_query);
  g_test_add_func ("/audit/plans", test_plans);
  g_test_add_func ("/audit/parse-date", test_parse_date);

  return g_test_run ();
}
