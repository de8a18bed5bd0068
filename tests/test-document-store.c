/* test-document-store.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "mc-document-store.h"
#include "mc-error.h"
#include "mc-pdf-test-util.h"
#include "mc-test-util.h"

/* The forms drawn from the database, which forms a dossier offers, the
 * apology letters owed and the print events. The small catalogue of
 * tests/data: 1.004884 takes 5 working days. */

static const McActor clerk = { 0, "Nguyễn Thị Hoa", "Cán bộ một cửa", MC_STAFF_ROLE_CLERK, "PC-1" };
static const McActor admin = { 0, "motcua-cli", "", MC_STAFF_ROLE_ADMINISTRATOR, "PC-1" };

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

  fixture->dir = mc_test_make_tmp_dir ("mc-test-document-XXXXXX");
  path = g_build_filename (fixture->dir, "motcua.db", NULL);
  fixture->db = mc_test_open_office_database (path, TRUE);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_clear_object (&fixture->db);
  mc_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static char *
receive (Fixture    *fixture,
         const char *name,
         GDateTime  *when)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(McDossier) dossier = NULL;
  McDossierDraft draft = { 0, };

  draft.procedure_code = "1.004884";
  draft.applicant_name = name;
  draft.address = "Thôn Đông, xã Tân Lập";
  dossier = mc_dossier_store_receive (fixture->db, &draft, &clerk, when, &error);
  g_assert_no_error (error);
  return g_strdup (mc_dossier_get_code (dossier));
}

static void
take (Fixture                  *fixture,
      const char               *code,
      McDossierAction           action,
      const McTransitionParams *params,
      GDateTime                *when)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (mc_dossier_store_transition (fixture->db, code, action, &admin, params, when, &error));
  g_assert_no_error (error);
}

/* Received Monday 2 March 2026, due Monday 9 March; apologized Friday 6
 * March with a new date. */
static char *
receive_late (Fixture    *fixture,
              const char *name)
{
  g_autoptr(GDateTime) monday = mc_pdf_test_moment (2026, 3, 2, 8, 0);
  g_autoptr(GDateTime) friday = mc_pdf_test_moment (2026, 3, 6, 10, 0);
  g_autoptr(GDateTime) new_due = mc_pdf_test_moment (2026, 3, 13, 8, 0);
  char *code = receive (fixture, name, monday);
  McTransitionParams params = { .note = "Chờ xác minh", .new_due_at = new_due };

  take (fixture, code, MC_DOSSIER_ACTION_HAND_OVER, NULL, monday);
  take (fixture, code, MC_DOSSIER_ACTION_ACKNOWLEDGE, NULL, monday);
  take (fixture, code, MC_DOSSIER_ACTION_APOLOGIZE, &params, friday);
  return code;
}

static GArray *
forms_of (Fixture    *fixture,
          const char *code)
{
  g_autoptr(GError) error = NULL;
  GArray *kinds = mc_document_store_list_forms (fixture->db, code, &error);

  g_assert_no_error (error);
  return kinds;
}

static void
test_forms (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GDateTime) monday = mc_pdf_test_moment (2026, 3, 2, 8, 0);
  g_autofree char *code = receive (fixture, "Lê Văn Tâm", monday);
  g_autofree char *late = receive_late (fixture, "Phạm Thị Hà");
  g_autoptr(GArray) kinds = forms_of (fixture, code);
  g_autoptr(GArray) late_kinds = forms_of (fixture, late);
  g_autoptr(McDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PopplerDocument) pdf = NULL;
  g_autofree char *text = NULL;

  /* Just received: the slip and the control sheet. */
  g_assert_cmpuint (kinds->len, ==, 2);
  g_assert_cmpint (g_array_index (kinds, McDocumentKind, 0), ==, MC_DOCUMENT_APPOINTMENT_SLIP);
  g_assert_cmpint (g_array_index (kinds, McDocumentKind, 1), ==, MC_DOCUMENT_CONTROL_SHEET);
  /* Apologized: the letter too, in the order of the forms' numbers. */
  g_assert_cmpuint (late_kinds->len, ==, 3);
  g_assert_cmpint (g_array_index (late_kinds, McDocumentKind, 1), ==, MC_DOCUMENT_APOLOGY_LETTER);

  /* A form the dossier's steps did not cause is refused, saying why. */
  document = mc_document_store_render_for_dossier (fixture->db, MC_DOCUMENT_REFUSAL_SLIP, code, &error);
  g_assert_error (error, MC_ERROR, MC_ERROR_NOT_FOUND);
  g_assert_null (document);
  g_assert_nonnull (strstr (error->message, code));
  g_clear_error (&error);

  document = mc_document_store_render_for_dossier (fixture->db, MC_DOCUMENT_APPOINTMENT_SLIP, code, &error);
  g_assert_no_error (error);
  g_assert_cmpint (mc_document_get_paper (document), ==, MC_PAPER_A5);
  g_assert_cmpuint (mc_document_get_sources (document)->len, ==, 1);
  pdf = mc_pdf_test_open (mc_document_get_pdf (document));
  text = mc_pdf_test_get_text (pdf);
  mc_pdf_test_assert_has (text, "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ");
  mc_pdf_test_assert_has (text, "Lê Văn Tâm");
  /* An actor with no staff account is no one's name: the receiver's
   * line is left to sign by hand. */
  g_assert_null (strstr (text, "Nguyễn Thị Hoa"));
}

static gint64
count_owed (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  gint64 count = mc_document_store_count_owed_apologies (fixture->db, &error);

  g_assert_no_error (error);
  return count;
}

static void
test_owed_apologies (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *first = receive_late (fixture, "Phạm Thị Hà");
  g_autofree char *second = receive_late (fixture, "Đỗ Quang Huy");
  g_autoptr(GDateTime) now = mc_pdf_test_moment (2026, 3, 6, 14, 0);
  g_autoptr(McDocument) owed = NULL;
  g_autoptr(McDocument) single = NULL;
  g_autoptr(McDocument) none = NULL;
  g_autoptr(McDossier) before = NULL;
  g_autoptr(McDossier) after = NULL;
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(PopplerDocument) pdf = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *page1 = NULL;
  g_autofree char *page2 = NULL;
  const McDossierEvent *printed;

  g_assert_cmpint (count_owed (fixture), ==, 2);

  /* Both letters, each on its own page, the oldest first. */
  owed = mc_document_store_render_owed_apologies (fixture->db, &error);
  g_assert_no_error (error);
  g_assert_cmpint (mc_document_get_kind (owed), ==, MC_DOCUMENT_APOLOGY_LETTER);
  g_assert_cmpuint (mc_document_get_sources (owed)->len, ==, 2);
  pdf = mc_pdf_test_open (mc_document_get_pdf (owed));
  g_assert_cmpint (poppler_document_get_n_pages (pdf), ==, 2);
  page1 = mc_pdf_test_get_page_text (pdf, 0);
  page2 = mc_pdf_test_get_page_text (pdf, 1);
  mc_pdf_test_assert_has (page1, "Kính gửi: Phạm Thị Hà");
  mc_pdf_test_assert_has (page2, "Kính gửi: Đỗ Quang Huy");

  /* Printing one dossier's letter pays that debt only, without a new
   * version of the dossier. */
  before = mc_dossier_store_load (fixture->db, first, &error);
  single = mc_document_store_render_for_dossier (fixture->db, MC_DOCUMENT_APOLOGY_LETTER, first, &error);
  g_assert_no_error (error);
  g_assert_true (mc_document_store_record_output (fixture->db, single, MC_DOCUMENT_OUTPUT_PRINTER,
                                                  &clerk, now, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_owed (fixture), ==, 1);
  after = mc_dossier_store_load (fixture->db, first, &error);
  g_assert_cmpuint (mc_dossier_get_version (after), ==, mc_dossier_get_version (before));

  events = mc_dossier_store_list_events (fixture->db, first, &error);
  printed = g_ptr_array_index (events, events->len - 1);
  g_assert_cmpint (printed->action, ==, MC_DOSSIER_ACTION_PRINT);
  g_assert_cmpstr (printed->actor_name, ==, "Nguyễn Thị Hoa");
  g_assert_nonnull (strstr (printed->details, "\"form\":\"apology\""));
  g_assert_nonnull (strstr (printed->details, "\"output\":\"printer\""));

  /* A step entered late may still precede the print. */
  {
    g_autoptr(GDateTime) earlier = mc_pdf_test_moment (2026, 3, 6, 11, 0);

    take (fixture, first, MC_DOSSIER_ACTION_MARK_PROCESSED, NULL, earlier);
  }

  /* Saving the remaining letter as a file pays it too. */
  g_clear_object (&owed);
  owed = mc_document_store_render_owed_apologies (fixture->db, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (mc_document_get_sources (owed)->len, ==, 1);
  g_assert_true (mc_document_store_record_output (fixture->db, owed, MC_DOCUMENT_OUTPUT_FILE,
                                                  &clerk, now, &error));
  g_assert_cmpint (count_owed (fixture), ==, 0);

  none = mc_document_store_render_owed_apologies (fixture->db, &error);
  g_assert_error (error, MC_ERROR, MC_ERROR_NOT_FOUND);
  g_assert_null (none);
}

static void
test_record_checks_actor (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GDateTime) monday = mc_pdf_test_moment (2026, 3, 2, 8, 0);
  g_autofree char *code = receive (fixture, "Lê Văn Tâm", monday);
  g_autoptr(McDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) events = NULL;
  McActor nobody = clerk;

  document = mc_document_store_render_for_dossier (fixture->db, MC_DOCUMENT_CONTROL_SHEET, code, &error);
  g_assert_no_error (error);
  nobody.workstation = "";
  g_assert_false (mc_document_store_record_output (fixture->db, document, MC_DOCUMENT_OUTPUT_PRINTER,
                                                   &nobody, monday, &error));
  g_assert_error (error, MC_ERROR, MC_ERROR_INVALID);
  events = mc_dossier_store_list_events (fixture->db, code, NULL);
  g_assert_cmpuint (events->len, ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/document-store/forms", Fixture, NULL, fixture_setup, test_forms, fixture_teardown);
  g_test_add ("/document-store/owed-apologies", Fixture, NULL,
              fixture_setup, test_owed_apologies, fixture_teardown);
  g_test_add ("/document-store/record-checks-actor", Fixture, NULL,
              fixture_setup, test_record_checks_actor, fixture_teardown);

  return g_test_run ();
}
