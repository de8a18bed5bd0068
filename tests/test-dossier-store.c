/* test-dossier-store.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <stdlib.h>

#include "mc-dossier-store.h"
#include "mc-error.h"
#include "mc-test-util.h"

/* The store applies the workflow (test-dossier-workflow.c covers the pure
 * table): codes, due moments, events, versions, and nothing written when a
 * step is refused. Every test reads the small catalogue of tests/data:
 * 1.004884 takes 5 working days from 2020 and 3 from 1 July 2025;
 * 1.004859 takes effect only in 2099. */

#define AGENCY MC_TEST_AGENCY

/* Run as "test-dossier-store --issue-codes PATH N" by the test of two
 * processes issuing codes at once. */
#define ISSUE_CODES_ARG "--issue-codes"
#define CODES_PER_PROCESS 25

static const char *self_path;

static const McActor clerk = { 0, "Nguyễn Thị Hoa", "Cán bộ một cửa", MC_STAFF_ROLE_CLERK, "PC-1" };
static const McActor officer = { 0, "Trần Văn Nam", "Công chức", MC_STAFF_ROLE_OFFICER, "PC-2" };
static const McActor admin = { 0, "motcua-cli", "", MC_STAFF_ROLE_ADMINISTRATOR, "PC-1" };

static const McDraftComponent papers[] = {
  { "Tờ khai", 1, 0, TRUE },
  { "Giấy khai sinh", 0, 1, TRUE },
};

typedef struct
{
  char       *dir;
  char       *path;
  McDatabase *db;
} Fixture;

static GDateTime *
moment (int year,
        int month,
        int day,
        int hour,
        int minute)
{
  return g_date_time_new (mc_working_calendar_get_time_zone (), year, month, day, hour, minute, 0);
}

static char *
format (GDateTime *when)
{
  g_autoptr(GDateTime) local = NULL;

  g_assert_nonnull (when);
  local = g_date_time_to_timezone (when, mc_working_calendar_get_time_zone ());
  return g_date_time_format (local, "%Y-%m-%d %H:%M");
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  fixture->dir = mc_test_make_tmp_dir ("mc-test-dossier-XXXXXX");
  fixture->path = g_build_filename (fixture->dir, "motcua.db", NULL);
  fixture->db = mc_test_open_office_database (fixture->path, TRUE);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_clear_object (&fixture->db);
  mc_test_remove_tree (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->dir);
}

static McDossierDraft
make_draft (const char *procedure,
            const char *name)
{
  McDossierDraft draft = { 0, };

  draft.procedure_code = procedure;
  draft.applicant_name = name;
  draft.id_number = "001090012345";
  draft.phone = "0912 345 678";
  draft.components = papers;
  draft.n_components = G_N_ELEMENTS (papers);
  return draft;
}

/* Receives a dossier of 1.004884 at @received, now. */
static McDossier *
receive_at (McDatabase *db,
            GDateTime  *received)
{
  g_autoptr(GError) error = NULL;
  McDossierDraft draft = make_draft ("1.004884", "Nguyễn Văn An");
  McDossier *dossier = mc_dossier_store_receive (db, &draft, &clerk, received, &error);

  g_assert_no_error (error);
  g_assert_nonnull (dossier);
  return dossier;
}

static guint
count_events (McDatabase *db,
              const char *code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) events = mc_dossier_store_list_events (db, code, &error);

  g_assert_no_error (error);
  return events->len;
}

/*
 * Receipt
 */

static void
test_receive (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GDateTime) monday = moment (2026, 3, 2, 8, 0);
  g_autoptr(GDateTime) tuesday = moment (2026, 3, 3, 9, 0);
  g_autoptr(McDossier) first = receive_at (fixture->db, monday);
  g_autoptr(McDossier) second = receive_at (fixture->db, monday);
  g_autoptr(McDossier) next_day = receive_at (fixture->db, tuesday);
  g_autoptr(McDossier) reloaded = NULL;
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *due = format (mc_dossier_get_due_at (first));
  g_autofree char *code = NULL;
  const McDossierEvent *event;
  int status = 0;

  g_assert_cmpstr (mc_dossier_get_code (first), ==, AGENCY "-260302-0001");
  g_assert_cmpstr (mc_dossier_get_code (second), ==, AGENCY "-260302-0002");
  g_assert_cmpstr (mc_dossier_get_code (next_day), ==, AGENCY "-260303-0001");

  /* The version of 1 July 2025: 3 working days, Monday 8:00 → Thursday. */
  g_assert_cmpstr (mc_dossier_get_procedure_name (first), ==, "Đăng ký lại khai sinh (sửa đổi)");
  g_assert_cmpstr (due, ==, "2026-03-05 08:00");
  g_assert_cmpint (mc_dossier_get_status (first), ==, MC_DOSSIER_STATUS_ACCEPTED);
  g_assert_cmpuint (mc_dossier_get_version (first), ==, 1);
  g_assert_false (mc_dossier_get_entered_late (first));
  g_assert_cmpstr (mc_dossier_get_phone (first), ==, "0912345678");
  g_assert_cmpstr (mc_dossier_get_workstation (first), ==, "PC-1");
  g_assert_cmpuint (mc_dossier_get_components (first)->len, ==, 2);
  g_assert_cmpstr (((McDossierComponent *) g_ptr_array_index (mc_dossier_get_components (first), 1))->name,
                   ==, "Giấy khai sinh");

  g_object_get (first, "status", &status, "code", &code, NULL);
  g_assert_cmpint (status, ==, 2);
  g_assert_cmpstr (code, ==, AGENCY "-260302-0001");

  events = mc_dossier_store_list_events (fixture->db, mc_dossier_get_code (first), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (events->len, ==, 1);
  event = g_ptr_array_index (events, 0);
  g_assert_cmpint (event->action, ==, MC_DOSSIER_ACTION_RECEIVE);
  g_assert_cmpint (event->status_before, ==, MC_DOSSIER_STATUS_NONE);
  g_assert_cmpint (event->status_after, ==, MC_DOSSIER_STATUS_ACCEPTED);
  g_assert_cmpstr (event->actor_name, ==, "Nguyễn Thị Hoa");
  g_assert_cmpstr (event->actor_title, ==, "Cán bộ một cửa");
  g_assert_cmpstr (event->workstation, ==, "PC-1");
  g_assert_cmpuint (event->version, ==, 1);
  g_assert_false (event->entered_late);
  g_assert_true (g_uuid_string_is_valid (event->step_id));
  g_assert_true (g_date_time_equal (event->effective_time, monday));

  reloaded = mc_dossier_store_load (fixture->db, AGENCY "-260302-0002", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (mc_dossier_get_applicant_name (reloaded), ==, "Nguyễn Văn An");

  g_assert_null (mc_dossier_store_load (fixture->db, AGENCY "-260302-0009", &error));
  g_assert_error (error, MC_ERROR, MC_ERROR_NOT_FOUND);
}

static void
test_receive_entered_late (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GDateTime) received = moment (2025, 6, 30, 10, 0);
  g_autoptr(GDateTime) now = moment (2026, 3, 2, 8, 0);
  g_autoptr(McDossier) dossier = NULL;
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *due = NULL;
  McDossierDraft draft = make_draft ("1.004884", "Nguyễn Văn An");

  /* From the paper register: the code and the version are those of the
   * day of receipt, before the version of 1 July 2025 (5 working days). */
  draft.received_at = received;
  dossier = mc_dossier_store_receive (fixture->db, &draft, &clerk, now, &error);
  g_assert_no_error (error);
  due = format (mc_dossier_get_due_at (dossier));
  g_assert_cmpstr (mc_dossier_get_code (dossier), ==, AGENCY "-250630-0001");
  g_assert_cmpstr (mc_dossier_get_procedure_name (dossier), ==, "Đăng ký lại khai sinh");
  g_assert_cmpstr (due, ==, "2025-07-07 10:00");
  g_assert_true (mc_dossier_get_entered_late (dossier));

  events = mc_dossier_store_list_events (fixture->db, mc_dossier_get_code (dossier), &error);
  g_assert_no_error (error);
  g_assert_true (((McDossierEvent *) g_ptr_array_index (events, 0))->entered_late);
  g_assert_true (g_date_time_equal (((McDossierEvent *) g_ptr_array_index (events, 0))->device_time, now));

  /* Not in the future. */
  g_clear_object (&dossier);
  draft.received_at = now;
  dossier = mc_dossier_store_receive (fixture->db, &draft, &clerk, received, &error);
  g_assert_error (error, MC_ERROR, MC_ERROR_INVALID);
  g_assert_null (dossier);
}

static void
assert_receive_fails (McDatabase           *db,
                      const McDossierDraft *draft,
                      const McActor        *actor,
                      GQuark                domain,
                      int                   code,
                      const char           *message_part)
{
  g_autoptr(GDateTime) now = moment (2026, 3, 2, 8, 0);
  g_autoptr(GError) error = NULL;
  g_autoptr(McDossier) dossier = mc_dossier_store_receive (db, draft, actor, now, &error);

  g_assert_null (dossier);
  g_assert_error (error, domain, code);
  if (message_part != NULL && strstr (error->message, message_part) == NULL)
    g_error ("“%s” does not contain “%s”", error->message, message_part);
}

static void
test_receive_errors (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *bare_path = g_build_filename (fixture->dir, "bare.db", NULL);
  g_autoptr(McDatabase) bare = mc_test_open_office_database (bare_path, FALSE);
  McDossierDraft draft = make_draft ("1.004884", "Nguyễn Văn An");
  McDossierDraft bad;

  assert_receive_fails (bare, &draft, &clerk, MC_ERROR, MC_ERROR_INVALID, "agency code");

  bad = draft;
  bad.phone = "012345";
  assert_receive_fails (fixture->db, &bad, &clerk, MC_ERROR, MC_ERROR_INVALID, "Phone: ");
  bad = draft;
  bad.id_number = "12AB";
  assert_receive_fails (fixture->db, &bad, &clerk, MC_ERROR, MC_ERROR_INVALID, "Identity number: ");
  bad = draft;
  bad.applicant_name = "  ";
  assert_receive_fails (fixture->db, &bad, &clerk, MC_ERROR, MC_ERROR_INVALID, "Applicant’s name: ");
  bad = draft;
  bad.email = "an@";
  assert_receive_fails (fixture->db, &bad, &clerk, MC_ERROR, MC_ERROR_INVALID, "Email: ");
  bad = draft;
  bad.set_count = 100;
  assert_receive_fails (fixture->db, &bad, &clerk, MC_ERROR, MC_ERROR_INVALID, "Number of sets");
  bad = draft;
  bad.procedure_code = "9.999999";
  assert_receive_fails (fixture->db, &bad, &clerk, MC_ERROR, MC_ERROR_NOT_FOUND, "9.999999");
  bad = draft;
  bad.procedure_code = "1.004859";
  assert_receive_fails (fixture->db, &bad, &clerk, MC_ERROR, MC_ERROR_NOT_FOUND, "in force");
  bad = draft;
  bad.refused = TRUE;
  assert_receive_fails (fixture->db, &bad, &clerk, MC_ERROR, MC_ERROR_INVALID, "Reason for refusal");

  /* Intake is the counter's work. */
  assert_receive_fails (fixture->db, &draft, &officer, MC_ERROR, MC_ERROR_INVALID, NULL);

  g_assert_cmpint (mc_test_query_int (fixture->db, "SELECT count (*) FROM dossier"), ==, 0);
  g_assert_cmpint (mc_test_query_int (fixture->db, "SELECT count (*) FROM dossier_event"), ==, 0);
  g_assert_cmpint (mc_test_query_int (fixture->db, "SELECT count (*) FROM dossier_number"), ==, 0);
}

static void
test_refuse_at_counter (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GDateTime) now = moment (2026, 3, 2, 8, 0);
  g_autoptr(McDossier) dossier = NULL;
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(GError) error = NULL;
  McDossierDraft draft = make_draft ("1.004884", "Nguyễn Văn An");
  const McDossierEvent *event;

  draft.refused = TRUE;
  draft.refusal_reason = "Không thuộc thẩm quyền của xã";
  dossier = mc_dossier_store_receive (fixture->db, &draft, &clerk, now, &error);
  g_assert_no_error (error);
  g_assert_cmpint (mc_dossier_get_status (dossier), ==, MC_DOSSIER_STATUS_REFUSED);
  g_assert_nonnull (mc_dossier_get_finished_at (dossier));

  events = mc_dossier_store_list_events (fixture->db, mc_dossier_get_code (dossier), &error);
  g_assert_no_error (error);
  event = g_ptr_array_index (events, 0);
  g_assert_cmpint (event->action, ==, MC_DOSSIER_ACTION_REFUSE_AT_COUNTER);
  g_assert_cmpint (event->status_after, ==, MC_DOSSIER_STATUS_REFUSED);
  g_assert_cmpstr (event->note, ==, "Không thuộc thẩm quyền của xã");
}

static void
test_number_ranges (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *other_path = g_build_filename (fixture->dir, "other.db", NULL);
  g_autoptr(McDatabase) other = mc_test_open_office_database (other_path, TRUE);
  g_autoptr(GDateTime) now = moment (2026, 3, 2, 8, 0);
  g_autoptr(GError) error = NULL;
  McDossierDraft draft = make_draft ("1.004884", "Nguyễn Văn An");
  McNumberRange range;
  g_autofree char *name = NULL;

  /* Two PCs of one office, offline, each on its own copy. */
  g_assert_true (mc_dossier_store_set_workstation (fixture->db, "PC-1", "1-2", &error));
  g_assert_no_error (error);
  g_assert_true (mc_dossier_store_set_workstation (other, "PC-2", "5000-9999", &error));
  g_assert_no_error (error);
  g_assert_true (mc_dossier_store_get_workstation (other, &name, &range, &error));
  g_assert_cmpstr (name, ==, "PC-2");
  g_assert_cmpuint (range.first, ==, 5000);
  g_assert_cmpuint (range.last, ==, 9999);

  for (guint i = 1; i <= 2; i++)
    {
      g_autoptr(McDossier) mine = mc_dossier_store_receive (fixture->db, &draft, &clerk, now, &error);
      g_autoptr(McDossier) theirs = mc_dossier_store_receive (other, &draft, &clerk, now, &error);
      g_autofree char *expected_mine = g_strdup_printf (AGENCY "-260302-%04u", i);
      g_autofree char *expected_theirs = g_strdup_printf (AGENCY "-260302-%04u", 4999 + i);

      g_assert_no_error (error);
      g_assert_cmpstr (mc_dossier_get_code (mine), ==, expected_mine);
      g_assert_cmpstr (mc_dossier_get_code (theirs), ==, expected_theirs);
    }

  /* The range is used up: an error, and nothing written. */
  assert_receive_fails (fixture->db, &draft, &clerk, MC_ERROR, MC_ERROR_INVALID, "used up");
  g_assert_cmpint (mc_test_query_int (fixture->db, "SELECT count (*) FROM dossier"), ==, 2);

  /* A new range starting inside numbers already given skips them. */
  g_assert_true (mc_dossier_store_set_workstation (fixture->db, NULL, "2-10", &error));
  g_assert_no_error (error);
  {
    g_autoptr(McDossier) dossier = mc_dossier_store_receive (fixture->db, &draft, &clerk, now, &error);

    g_assert_no_error (error);
    g_assert_cmpstr (mc_dossier_get_code (dossier), ==, AGENCY "-260302-0003");
  }

  g_assert_false (mc_dossier_store_set_workstation (fixture->db, NULL, "9-3", &error));
  g_assert_error (error, MC_ERROR, MC_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (mc_dossier_store_set_office_identity (fixture->db, "H56", NULL, NULL, &error));
  g_assert_error (error, MC_ERROR, MC_ERROR_INVALID);
}

/*
 * Transitions
 */

static void
step (McDatabase      *db,
      const char      *code,
      McDossierAction  action,
      const McActor   *actor,
      GDateTime       *at,
      const char      *note)
{
  g_autoptr(GError) error = NULL;
  McTransitionParams params = { 0, };

  params.note = note;
  g_assert_true (mc_dossier_store_transition (db, code, action, actor, &params, at, &error));
  g_assert_no_error (error);
}

/* A refused step: an error, and the dossier and its history unchanged. */
static void
refused_step (McDatabase               *db,
              const char               *code,
              McDossierAction           action,
              const McActor            *actor,
              const McTransitionParams *params,
              GDateTime                *at)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(McDossier) before = mc_dossier_store_load (db, code, &error);
  g_autoptr(McDossier) after = NULL;
  guint events = count_events (db, code);

  g_assert_no_error (error);
  g_assert_false (mc_dossier_store_transition (db, code, action, actor, params, at, &error));
  g_assert_error (error, MC_ERROR, MC_ERROR_INVALID);
  g_clear_error (&error);

  after = mc_dossier_store_load (db, code, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (mc_dossier_get_version (after), ==, mc_dossier_get_version (before));
  g_assert_cmpint (mc_dossier_get_status (after), ==, mc_dossier_get_status (before));
  g_assert_true (g_date_time_equal (mc_dossier_get_due_at (after), mc_dossier_get_due_at (before)));
  g_assert_cmpuint (count_events (db, code), ==, events);
}

static void
test_full_walk (Fixture       *fixture,
                gconstpointer  data)
{
  static const struct
  {
    McDossierAction action;
    McDossierStatus before;
    McDossierStatus after;
  } expected[] = {
    { MC_DOSSIER_ACTION_RECEIVE, MC_DOSSIER_STATUS_NONE, MC_DOSSIER_STATUS_ACCEPTED },
    { MC_DOSSIER_ACTION_HAND_OVER, MC_DOSSIER_STATUS_ACCEPTED, MC_DOSSIER_STATUS_ACCEPTED },
    { MC_DOSSIER_ACTION_ACKNOWLEDGE, MC_DOSSIER_STATUS_ACCEPTED, MC_DOSSIER_STATUS_PROCESSING },
    { MC_DOSSIER_ACTION_REQUEST_SUPPLEMENT, MC_DOSSIER_STATUS_PROCESSING, MC_DOSSIER_STATUS_SUPPLEMENT },
    { MC_DOSSIER_ACTION_RECEIVE_SUPPLEMENT, MC_DOSSIER_STATUS_SUPPLEMENT, MC_DOSSIER_STATUS_PROCESSING },
    { MC_DOSSIER_ACTION_MARK_PROCESSED, MC_DOSSIER_STATUS_PROCESSING, MC_DOSSIER_STATUS_PROCESSED },
    { MC_DOSSIER_ACTION_RETURN_RESULT, MC_DOSSIER_STATUS_PROCESSED, MC_DOSSIER_STATUS_RETURNED },
    { MC_DOSSIER_ACTION_EVALUATE, MC_DOSSIER_STATUS_RETURNED, MC_DOSSIER_STATUS_RETURNED },
  };
  g_autoptr(GDateTime) monday = moment (2026, 3, 2, 8, 0);
  g_autoptr(GDateTime) monday_later = moment (2026, 3, 2, 8, 10);
  g_autoptr(GDateTime) monday_noon = moment (2026, 3, 2, 11, 0);
  g_autoptr(GDateTime) tuesday = moment (2026, 3, 3, 8, 0);
  g_autoptr(GDateTime) wednesday = moment (2026, 3, 4, 8, 0);
  g_autoptr(GDateTime) friday = moment (2026, 3, 6, 7, 45);
  g_autoptr(McDossier) received = receive_at (fixture->db, monday);
  g_autoptr(McDossier) dossier = NULL;
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *due = NULL;
  const char *code = mc_dossier_get_code (received);
  McTransitionParams params = { 0, };
  McActor lan = officer;
  McActor binh = officer;
  gint64 lan_id, binh_id;

  g_assert_true (mc_database_exec (fixture->db,
                                   "INSERT INTO staff (username, full_name, role, password_hash, created_at) "
                                   "VALUES ('lan', 'Lê Thị Lan', 1, 'x', 0), ('binh', 'Phạm Bình', 1, 'x', 0)",
                                   &error));
  g_assert_no_error (error);
  lan_id = mc_dossier_store_find_staff (fixture->db, "lan", &error);
  binh_id = mc_dossier_store_find_staff (fixture->db, "binh", &error);
  g_assert_no_error (error);
  g_assert_cmpint (mc_dossier_store_find_staff (fixture->db, "nobody", &error), ==, 0);
  g_assert_error (error, MC_ERROR, MC_ERROR_NOT_FOUND);
  g_clear_error (&error);
  lan.staff_id = lan_id;
  lan.name = "Lê Thị Lan";
  binh.staff_id = binh_id;
  binh.name = "Phạm Bình";

  /* The counter cannot process; a hand-over goes to Lan, not to Bình. */
  refused_step (fixture->db, code, MC_DOSSIER_ACTION_MARK_PROCESSED, &clerk, NULL, monday_later);
  params.receiver_id = lan_id;
  g_assert_true (mc_dossier_store_transition (fixture->db, code, MC_DOSSIER_ACTION_HAND_OVER, &clerk,
                                              &params, monday_later, &error));
  g_assert_no_error (error);
  refused_step (fixture->db, code, MC_DOSSIER_ACTION_ACKNOWLEDGE, &binh, NULL, monday_later);
  step (fixture->db, code, MC_DOSSIER_ACTION_ACKNOWLEDGE, &lan, monday_noon, NULL);

  dossier = mc_dossier_store_load (fixture->db, code, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (mc_dossier_get_assignee_name (dossier), ==, "Lê Thị Lan");
  g_assert_cmpint (mc_dossier_get_assignee_id (dossier), ==, lan_id);
  g_clear_object (&dossier);

  /* A supplement request needs a reason and stops the clock. */
  refused_step (fixture->db, code, MC_DOSSIER_ACTION_REQUEST_SUPPLEMENT, &lan, NULL, tuesday);
  step (fixture->db, code, MC_DOSSIER_ACTION_REQUEST_SUPPLEMENT, &lan, tuesday, "Thiếu bản sao");
  dossier = mc_dossier_store_load (fixture->db, code, &error);
  g_assert_no_error (error);
  g_assert_true (g_date_time_equal (mc_dossier_get_paused_at (dossier), tuesday));
  g_clear_object (&dossier);

  /* Back a working day later: the appointment moves by that day. */
  step (fixture->db, code, MC_DOSSIER_ACTION_RECEIVE_SUPPLEMENT, &clerk, wednesday, NULL);
  dossier = mc_dossier_store_load (fixture->db, code, &error);
  g_assert_no_error (error);
  due = format (mc_dossier_get_due_at (dossier));
  g_assert_cmpstr (due, ==, "2026-03-06 08:00");
  g_assert_null (mc_dossier_get_paused_at (dossier));
  g_clear_object (&dossier);

  /* Only once after acceptance (Article 18). */
  refused_step (fixture->db, code, MC_DOSSIER_ACTION_REQUEST_SUPPLEMENT, &lan,
                &(McTransitionParams) { .note = "Lần hai" }, wednesday);
  refused_step (fixture->db, code, MC_DOSSIER_ACTION_MARK_PROCESSED, &clerk, NULL, friday);
  step (fixture->db, code, MC_DOSSIER_ACTION_MARK_PROCESSED, &lan, friday, NULL);
  step (fixture->db, code, MC_DOSSIER_ACTION_RETURN_RESULT, &clerk, friday, NULL);
  step (fixture->db, code, MC_DOSSIER_ACTION_EVALUATE, &clerk, friday, NULL);
  refused_step (fixture->db, code, MC_DOSSIER_ACTION_EVALUATE, &clerk, NULL, friday);

  dossier = mc_dossier_store_load (fixture->db, code, &error);
  g_assert_no_error (error);
  g_assert_cmpint (mc_dossier_get_status (dossier), ==, MC_DOSSIER_STATUS_RETURNED);
  g_assert_cmpuint (mc_dossier_get_version (dossier), ==, G_N_ELEMENTS (expected));
  g_assert_true (g_date_time_equal (mc_dossier_get_finished_at (dossier), friday));
  g_assert_true (g_date_time_equal (mc_dossier_get_returned_at (dossier), friday));

  events = mc_dossier_store_list_events (fixture->db, code, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (events->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < events->len; i++)
    {
      const McDossierEvent *event = g_ptr_array_index (events, i);

      g_assert_cmpint (event->action, ==, expected[i].action);
      g_assert_cmpint (event->status_before, ==, expected[i].before);
      g_assert_cmpint (event->status_after, ==, expected[i].after);
      g_assert_cmpuint (event->version, ==, i + 1);
      g_assert_false (event->entered_late);
    }
  g_assert_cmpint (((McDossierEvent *) g_ptr_array_index (events, 1))->receiver_id, ==, lan_id);
  g_assert_cmpint (((McDossierEvent *) g_ptr_array_index (events, 2))->actor_id, ==, lan_id);
  g_assert_cmpstr (((McDossierEvent *) g_ptr_array_index (events, 3))->note, ==, "Thiếu bản sao");
  g_assert_cmpstr (((McDossierEvent *) g_ptr_array_index (events, 3))->workstation, ==, "PC-2");

  /* A closed dossier takes nothing more. */
  refused_step (fixture->db, code, MC_DOSSIER_ACTION_WITHDRAW, &clerk, NULL, friday);
  g_assert_false (mc_dossier_store_transition (fixture->db, "nope", MC_DOSSIER_ACTION_STOP, &lan,
                                               NULL, friday, &error));
  g_assert_error (error, MC_ERROR, MC_ERROR_NOT_FOUND);
}

static void
test_apology (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GDateTime) monday = moment (2026, 3, 2, 8, 0);
  g_autoptr(GDateTime) monday_later = moment (2026, 3, 2, 8, 30);
  g_autoptr(GDateTime) wednesday = moment (2026, 3, 4, 10, 0);
  g_autoptr(GDateTime) earlier = moment (2026, 3, 4, 16, 0);
  g_autoptr(GDateTime) new_due = moment (2026, 3, 10, 8, 0);
  g_autoptr(McDossier) received = receive_at (fixture->db, monday);
  g_autoptr(McDossier) dossier = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *due = NULL;
  const char *code = mc_dossier_get_code (received);
  McTransitionParams params = { 0, };

  step (fixture->db, code, MC_DOSSIER_ACTION_HAND_OVER, &admin, monday, NULL);
  step (fixture->db, code, MC_DOSSIER_ACTION_ACKNOWLEDGE, &admin, monday, NULL);

  /* Too early: three working days left. */
  params.note = "Chờ xác minh";
  params.new_due_at = new_due;
  refused_step (fixture->db, code, MC_DOSSIER_ACTION_APOLOGIZE, &officer, &params, monday_later);

  /* Wednesday 10:00, due Thursday 8:00: with a reason and a later date. */
  refused_step (fixture->db, code, MC_DOSSIER_ACTION_APOLOGIZE, &officer,
                &(McTransitionParams) { .new_due_at = new_due }, wednesday);
  refused_step (fixture->db, code, MC_DOSSIER_ACTION_APOLOGIZE, &officer,
                &(McTransitionParams) { .note = "Chờ xác minh", .new_due_at = earlier }, wednesday);
  g_assert_true (mc_dossier_store_transition (fixture->db, code, MC_DOSSIER_ACTION_APOLOGIZE,
                                              &officer, &params, wednesday, &error));
  g_assert_no_error (error);

  dossier = mc_dossier_store_load (fixture->db, code, &error);
  g_assert_no_error (error);
  due = format (mc_dossier_get_due_at (dossier));
  g_assert_cmpstr (due, ==, "2026-03-10 08:00");
  g_clear_pointer (&due, g_free);
  due = format (mc_dossier_get_original_due_at (dossier));
  g_assert_cmpstr (due, ==, "2026-03-05 08:00");
  g_assert_cmpuint (mc_dossier_get_version (dossier), ==, 4);

  /* The step keeps both appointments for the letter (Mẫu 04). */
  {
    g_autoptr(GPtrArray) events = mc_dossier_store_list_events (fixture->db, code, &error);
    const McDossierEvent *apology;

    g_assert_no_error (error);
    apology = g_ptr_array_index (events, events->len - 1);
    g_assert_cmpint (apology->action, ==, MC_DOSSIER_ACTION_APOLOGIZE);
    g_assert_nonnull (strstr (apology->details, "\"previous_due_at\":\"2026-03-05T08:00:00+07"));
    g_assert_nonnull (strstr (apology->details, "\"new_due_at\":\"2026-03-10T08:00:00+07"));
  }

  /* Once only. */
  refused_step (fixture->db, code, MC_DOSSIER_ACTION_APOLOGIZE, &officer, &params, wednesday);
}

static void
test_late_steps_and_versions (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(GDateTime) monday = moment (2026, 3, 2, 8, 0);
  g_autoptr(GDateTime) before_receipt = moment (2026, 3, 2, 7, 30);
  g_autoptr(GDateTime) monday_later = moment (2026, 3, 2, 9, 0);
  g_autoptr(GDateTime) friday = moment (2026, 3, 6, 9, 0);
  g_autoptr(McDossier) received = receive_at (fixture->db, monday);
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(GError) error = NULL;
  const char *code = mc_dossier_get_code (received);
  McTransitionParams params = { 0, };

  /* Not before the previous step, nor in the future. */
  params.effective_at = before_receipt;
  refused_step (fixture->db, code, MC_DOSSIER_ACTION_HAND_OVER, &clerk, &params, friday);
  params.effective_at = friday;
  refused_step (fixture->db, code, MC_DOSSIER_ACTION_HAND_OVER, &clerk, &params, monday_later);

  /* Someone else changed it meanwhile. */
  params.effective_at = NULL;
  params.expected_version = 2;
  refused_step (fixture->db, code, MC_DOSSIER_ACTION_HAND_OVER, &clerk, &params, friday);

  /* Bad details. */
  params.expected_version = 1;
  params.details = "[1, 2]";
  refused_step (fixture->db, code, MC_DOSSIER_ACTION_HAND_OVER, &clerk, &params, friday);

  /* From the paper register, on Friday, a step of Monday. */
  params.details = "{\"so_so\": 12}";
  params.effective_at = monday_later;
  g_assert_true (mc_dossier_store_transition (fixture->db, code, MC_DOSSIER_ACTION_HAND_OVER, &clerk,
                                              &params, friday, &error));
  g_assert_no_error (error);

  events = mc_dossier_store_list_events (fixture->db, code, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (events->len, ==, 2);
  g_assert_true (((McDossierEvent *) g_ptr_array_index (events, 1))->entered_late);
  g_assert_true (g_date_time_equal (((McDossierEvent *) g_ptr_array_index (events, 1))->effective_time,
                                    monday_later));
  g_assert_true (g_date_time_equal (((McDossierEvent *) g_ptr_array_index (events, 1))->device_time,
                                    friday));
  /* The form's data, beside the control sheet's (test-process-steps.c). */
  g_assert_true (g_str_has_prefix (((McDossierEvent *) g_ptr_array_index (events, 1))->details,
                                   "{\"so_so\":12,\"step\":1,"));
}

/*
 * Corrections
 */

/* The dossier's data as received by receive_at(), to be corrected. */
static McDossierEdit
edit_of (McDossier  *dossier,
         const char *reason)
{
  McDossierEdit edit = { 0, };

  edit.applicant_type = mc_dossier_get_applicant_type (dossier);
  edit.applicant_name = mc_dossier_get_applicant_name (dossier);
  edit.id_number = mc_dossier_get_id_number (dossier);
  edit.birth_date = mc_dossier_get_birth_date (dossier);
  edit.phone = mc_dossier_get_phone (dossier);
  edit.email = mc_dossier_get_email (dossier);
  edit.address = mc_dossier_get_address (dossier);
  edit.delivery_by_post = mc_dossier_get_delivery_by_post (dossier);
  edit.set_count = mc_dossier_get_set_count (dossier);
  edit.fee = mc_dossier_get_fee (dossier);
  edit.note = mc_dossier_get_note (dossier);
  edit.reason = reason;
  return edit;
}

/* A refused correction: an error naming @message_part, and the dossier,
 * its history and its search entry unchanged. */
static void
refused_edit (McDatabase          *db,
              const char          *code,
              const McDossierEdit *edit,
              const McActor       *actor,
              gint64               expected_version,
              GDateTime           *at,
              const char          *message_part)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(McDossier) before = mc_dossier_store_load (db, code, &error);
  g_autoptr(McDossier) after = NULL;
  guint events = count_events (db, code);

  g_assert_no_error (error);
  g_assert_false (mc_dossier_store_edit (db, code, edit, actor, expected_version, at, &error));
  g_assert_error (error, MC_ERROR, MC_ERROR_INVALID);
  if (strstr (error->message, message_part) == NULL)
    g_error ("“%s” does not contain “%s”", error->message, message_part);
  g_clear_error (&error);

  after = mc_dossier_store_load (db, code, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (mc_dossier_get_version (after), ==, mc_dossier_get_version (before));
  g_assert_cmpstr (mc_dossier_get_phone (after), ==, mc_dossier_get_phone (before));
  g_assert_cmpstr (mc_dossier_get_applicant_name (after), ==, mc_dossier_get_applicant_name (before));
  g_assert_cmpint (mc_dossier_get_fee (after), ==, mc_dossier_get_fee (before));
  g_assert_cmpuint (count_events (db, code), ==, events);
}

static void
test_edit (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(GDateTime) monday = moment (2026, 3, 2, 8, 0);
  g_autoptr(GDateTime) monday_later = moment (2026, 3, 2, 9, 0);
  g_autoptr(McDossier) received = receive_at (fixture->db, monday);
  g_autoptr(McDossier) dossier = NULL;
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(GError) error = NULL;
  const char *code = mc_dossier_get_code (received);
  McDossierEdit edit = edit_of (received, "  Công dân báo sai số điện thoại ");
  const McDossierEvent *event;

  edit.phone = "0987 654 321";
  edit.fee = 20000;
  edit.delivery_by_post = TRUE;
  g_assert_true (mc_dossier_store_edit (fixture->db, code, &edit, &officer, 1, monday_later, &error));
  g_assert_no_error (error);

  dossier = mc_dossier_store_load (fixture->db, code, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (mc_dossier_get_phone (dossier), ==, "0987654321");
  g_assert_cmpint (mc_dossier_get_fee (dossier), ==, 20000);
  g_assert_true (mc_dossier_get_delivery_by_post (dossier));
  g_assert_cmpstr (mc_dossier_get_applicant_name (dossier), ==, "Nguyễn Văn An");
  g_assert_cmpint (mc_dossier_get_status (dossier), ==, MC_DOSSIER_STATUS_ACCEPTED);
  g_assert_cmpuint (mc_dossier_get_version (dossier), ==, 2);
  g_assert_cmpint (mc_test_query_int (fixture->db, "SELECT updated_at FROM dossier"), ==,
                   g_date_time_to_unix (monday_later) * G_USEC_PER_SEC);

  /* One event, in the same transaction, with each change and the reason. */
  events = mc_dossier_store_list_events (fixture->db, code, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (events->len, ==, 2);
  event = g_ptr_array_index (events, 1);
  g_assert_cmpint (event->action, ==, MC_DOSSIER_ACTION_EDIT);
  g_assert_cmpint (event->status_before, ==, MC_DOSSIER_STATUS_ACCEPTED);
  g_assert_cmpint (event->status_after, ==, MC_DOSSIER_STATUS_ACCEPTED);
  g_assert_cmpuint (event->version, ==, 2);
  g_assert_cmpstr (event->actor_name, ==, "Trần Văn Nam");
  g_assert_cmpstr (event->workstation, ==, "PC-2");
  g_assert_true (g_date_time_equal (event->device_time, monday_later));
  g_assert_cmpstr (event->note, ==, "Công dân báo sai số điện thoại");
  g_assert_cmpstr (event->details, ==,
                   "{\"changes\":["
                   "{\"field\":\"phone\",\"old\":\"0912345678\",\"new\":\"0987654321\"},"
                   "{\"field\":\"delivery\",\"old\":false,\"new\":true},"
                   "{\"field\":\"fee\",\"old\":0,\"new\":20000}]}");

  /* The search index follows the new phone number. */
  g_assert_cmpint (mc_test_query_int (fixture->db,
                                      "SELECT count (*) FROM dossier_search "
                                      "WHERE folded LIKE '%0987654321%'"), ==, 1);
  g_assert_cmpint (mc_test_query_int (fixture->db,
                                      "SELECT count (*) FROM dossier_search "
                                      "WHERE folded LIKE '%0912345678%'"), ==, 0);
}

static void
test_edit_refused (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GDateTime) monday = moment (2026, 3, 2, 8, 0);
  g_autoptr(GDateTime) monday_later = moment (2026, 3, 2, 9, 0);
  g_autoptr(GDateTime) friday = moment (2026, 3, 6, 9, 0);
  g_autoptr(McDossier) received = receive_at (fixture->db, monday);
  g_autoptr(GError) error = NULL;
  const char *code = mc_dossier_get_code (received);
  McDossierEdit edit = edit_of (received, "Sửa thông tin");
  McDossierEdit bad;

  /* A bad phone number: the error names the field, nothing is written. */
  bad = edit;
  bad.phone = "012345";
  bad.fee = 5000;
  refused_edit (fixture->db, code, &bad, &clerk, 1, monday_later, "Phone: ");
  bad = edit;
  bad.applicant_name = " ";
  refused_edit (fixture->db, code, &bad, &clerk, 1, monday_later, "Applicant’s name: ");
  bad = edit;
  bad.set_count = 100;
  refused_edit (fixture->db, code, &bad, &clerk, 1, monday_later, "Number of sets");

  /* A correction says why. */
  bad = edit;
  bad.phone = "0987654321";
  bad.reason = "  ";
  refused_edit (fixture->db, code, &bad, &clerk, 1, monday_later, "Reason for the correction");

  /* Nothing changed: the phone as typed is the stored one once normalised. */
  bad = edit;
  bad.phone = "0912 345 678";
  refused_edit (fixture->db, code, &bad, &clerk, 1, monday_later, "Nothing was changed");

  /* Someone else changed it meanwhile. */
  bad = edit;
  bad.phone = "0987654321";
  refused_edit (fixture->db, code, &bad, &clerk, 2, monday_later, "changed this dossier meanwhile");

  /* Nor as a step without its changes. */
  g_assert_false (mc_dossier_store_transition (fixture->db, code, MC_DOSSIER_ACTION_EDIT, &clerk,
                                               NULL, monday_later, &error));
  g_assert_error (error, MC_ERROR, MC_ERROR_INVALID);
  g_clear_error (&error);

  /* A returned dossier is closed. */
  step (fixture->db, code, MC_DOSSIER_ACTION_HAND_OVER, &clerk, monday_later, NULL);
  step (fixture->db, code, MC_DOSSIER_ACTION_ACKNOWLEDGE, &officer, monday_later, NULL);
  step (fixture->db, code, MC_DOSSIER_ACTION_MARK_PROCESSED, &officer, friday, NULL);
  step (fixture->db, code, MC_DOSSIER_ACTION_RETURN_RESULT, &clerk, friday, NULL);
  refused_edit (fixture->db, code, &bad, &admin, 0, friday, "closed");
  g_assert_cmpint (mc_test_query_int (fixture->db, "SELECT status FROM dossier"), ==,
                   MC_DOSSIER_STATUS_RETURNED);

  g_assert_false (mc_dossier_store_edit (fixture->db, "nope", &bad, &clerk, 0, friday, &error));
  g_assert_error (error, MC_ERROR, MC_ERROR_NOT_FOUND);
}

static void
test_list (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(GDateTime) monday = moment (2026, 3, 2, 8, 0);
  g_autoptr(GDateTime) next_week = moment (2026, 3, 9, 8, 0);
  g_autoptr(McDossier) a = receive_at (fixture->db, monday);
  g_autoptr(McDossier) b = receive_at (fixture->db, monday);
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GPtrArray) processing = NULL;
  g_autoptr(GPtrArray) overdue = NULL;
  g_autoptr(GPtrArray) limited = NULL;
  g_autoptr(GError) error = NULL;

  step (fixture->db, mc_dossier_get_code (b), MC_DOSSIER_ACTION_HAND_OVER, &admin, monday, NULL);
  step (fixture->db, mc_dossier_get_code (b), MC_DOSSIER_ACTION_ACKNOWLEDGE, &admin, monday, NULL);
  step (fixture->db, mc_dossier_get_code (b), MC_DOSSIER_ACTION_MARK_PROCESSED, &admin, monday, NULL);

  all = mc_dossier_store_list (fixture->db, MC_DOSSIER_STATUS_NONE, FALSE, monday, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (all->len, ==, 2);
  processing = mc_dossier_store_list (fixture->db, MC_DOSSIER_STATUS_PROCESSED, FALSE, monday, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (processing->len, ==, 1);
  g_assert_cmpstr (mc_dossier_get_code (g_ptr_array_index (processing, 0)), ==, mc_dossier_get_code (b));

  /* A week later only the unfinished one is overdue. */
  overdue = mc_dossier_store_list (fixture->db, MC_DOSSIER_STATUS_NONE, TRUE, next_week, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (overdue->len, ==, 1);
  g_assert_cmpstr (mc_dossier_get_code (g_ptr_array_index (overdue, 0)), ==, mc_dossier_get_code (a));
  g_clear_pointer (&overdue, g_ptr_array_unref);
  overdue = mc_dossier_store_list (fixture->db, MC_DOSSIER_STATUS_NONE, TRUE, monday, 0, &error);
  g_assert_cmpuint (overdue->len, ==, 0);

  limited = mc_dossier_store_list (fixture->db, MC_DOSSIER_STATUS_NONE, FALSE, monday, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (limited->len, ==, 1);
}

/*
 * Two processes
 */

static int
issue_codes (const char *path,
             guint       count)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(McDatabase) db = mc_database_open (path, &error);
  g_autoptr(GDateTime) now = moment (2026, 3, 2, 8, 0);
  McDossierDraft draft = make_draft ("1.004884", "Nguyễn Văn An");

  if (db == NULL)
    g_error ("%s", error->message);

  for (guint i = 0; i < count; i++)
    {
      g_autoptr(McDossier) dossier = mc_dossier_store_receive (db, &draft, &clerk, now, &error);

      if (dossier == NULL)
        g_error ("%s", error->message);
    }

  return EXIT_SUCCESS;
}

static int
compare_numbers (gconstpointer a,
                 gconstpointer b)
{
  guint x = *(const guint *) a;
  guint y = *(const guint *) b;

  return x < y ? -1 : x > y;
}

static void
test_two_processes (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *count = g_strdup_printf ("%u", CODES_PER_PROCESS);
  const char * const argv[] = { self_path, ISSUE_CODES_ARG, fixture->path, count, NULL };
  g_autoptr(GSubprocess) first = NULL;
  g_autoptr(GSubprocess) second = NULL;
  g_autoptr(GDateTime) now = moment (2026, 3, 2, 8, 0);
  g_autoptr(GPtrArray) dossiers = NULL;
  g_autoptr(GArray) numbers = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GError) error = NULL;

  first = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_NONE, &error);
  g_assert_no_error (error);
  second = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_NONE, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_wait_check (first, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_subprocess_wait_check (second, NULL, &error));
  g_assert_no_error (error);

  dossiers = mc_dossier_store_list (fixture->db, MC_DOSSIER_STATUS_NONE, FALSE, now, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (dossiers->len, ==, 2 * CODES_PER_PROCESS);

  for (guint i = 0; i < dossiers->len; i++)
    {
      g_autofree char *agency = NULL;
      GDate day;
      guint number;

      g_assert_true (mc_dossier_code_parse (mc_dossier_get_code (g_ptr_array_index (dossiers, i)),
                                            &agency, &day, &number, &error));
      g_assert_no_error (error);
      g_assert_cmpstr (agency, ==, AGENCY);
      g_array_append_val (numbers, number);
    }

  g_array_sort (numbers, compare_numbers);
  for (guint i = 0; i < numbers->len; i++)
    g_assert_cmpuint (g_array_index (numbers, guint, i), ==, i + 1);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");

  if (argc == 4 && g_str_equal (argv[1], ISSUE_CODES_ARG))
    return issue_codes (argv[2], (guint) g_ascii_strtoull (argv[3], NULL, 10));

  self_path = argv[0];
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add ("/dossier-store/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("receive", test_receive);
  ADD ("receive-entered-late", test_receive_entered_late);
  ADD ("receive-errors", test_receive_errors);
  ADD ("refuse-at-counter", test_refuse_at_counter);
  ADD ("number-ranges", test_number_ranges);
  ADD ("full-walk", test_full_walk);
  ADD ("apology", test_apology);
  ADD ("late-steps-and-versions", test_late_steps_and_versions);
  ADD ("edit", test_edit);
  ADD ("edit-refused", test_edit_refused);
  ADD ("list", test_list);
  ADD ("two-processes", test_two_processes);

#undef ADD

  return g_test_run ();
}
