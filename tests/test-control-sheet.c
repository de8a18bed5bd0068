/* test-control-sheet.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "mc-control-sheet.h"
#include "mc-dossier-store.h"
#include "mc-error.h"
#include "mc-pdf-test-util.h"
#include "mc-test-util.h"

/* Mẫu số 05, from the history the store writes and from made-up
 * histories, reopened with Poppler. The store's dossiers use the small
 * catalogue of tests/data: 1.004884 takes 3 working days in 2026. */

#define A5_WIDTH  419.53
#define A5_HEIGHT 595.28

/* The columns of the table, from the left edge of the page: the margin
 * (20 mm) and the shares of the text width (118 mm). */
#define COLUMN_AGENCY 56.7, 140.3
#define COLUMN_TIME   140.3, 264.1
#define COLUMN_RESULT 264.1, 331.0
#define COLUMN_NOTE   331.0, 391.2

#define COUNTER "Bộ phận tiếp nhận và trả kết quả"

static const McActor clerk = { 0, "Nguyễn Thị Hoa", "Cán bộ một cửa", MC_STAFF_ROLE_CLERK, "PC-1" };

typedef struct
{
  char       *dir;
  McDatabase *db;
  McActor     lan;
} Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  fixture->dir = mc_test_make_tmp_dir ("mc-test-control-sheet-XXXXXX");
  path = g_build_filename (fixture->dir, "motcua.db", NULL);
  fixture->db = mc_test_open_office_database (path, TRUE);
  g_assert_true (mc_database_exec (fixture->db,
                                   "INSERT INTO staff (username, full_name, title, role, "
                                   "password_hash, created_at) VALUES ('lan', 'Lê Thị Lan', "
                                   "'Công chức Tư pháp - Hộ tịch', 1, 'x', 0)",
                                   &error));
  g_assert_no_error (error);

  fixture->lan = (McActor) {
    0, "Lê Thị Lan", "Công chức Tư pháp - Hộ tịch", MC_STAFF_ROLE_OFFICER, "PC-2"
  };
  fixture->lan.staff_id = mc_dossier_store_find_staff (fixture->db, "lan", &error);
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

static char *
receive (Fixture   *fixture,
         GDateTime *at,
         gboolean   refused)
{
  static const McDraftComponent papers[] = { { "Tờ khai", 1, 0, TRUE } };
  g_autoptr(GError) error = NULL;
  g_autoptr(McDossier) dossier = NULL;
  McDossierDraft draft = { 0, };

  draft.procedure_code = "1.004884";
  draft.applicant_name = "Nguyễn Văn An";
  draft.phone = "0912 345 678";
  draft.address = "Thôn Đông, xã Tân Lập";
  draft.components = papers;
  draft.n_components = G_N_ELEMENTS (papers);
  draft.refused = refused;
  draft.refusal_reason = refused ? "Không thuộc thẩm quyền" : NULL;
  dossier = mc_dossier_store_receive (fixture->db, &draft, &clerk, at, &error);
  g_assert_no_error (error);

  return g_strdup (mc_dossier_get_code (dossier));
}

static void
step (Fixture         *fixture,
      const char      *code,
      McDossierAction  action,
      const McActor   *actor,
      GDateTime       *at,
      const char      *note)
{
  g_autoptr(GError) error = NULL;
  McTransitionParams params = { 0, };

  params.note = note;
  if (action == MC_DOSSIER_ACTION_HAND_OVER)
    params.receiver_id = fixture->lan.staff_id;
  g_assert_true (mc_dossier_store_transition (fixture->db, code, action, actor, &params, at,
                                              &error));
  g_assert_no_error (error);
}

/* Renders the sheet of a stored dossier, checks the paper, the fonts
 * and the margins, and returns the document. */
static PopplerDocument *
render_stored (Fixture    *fixture,
               const char *code,
               const char *save_as)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(McDossier) dossier = mc_dossier_store_load (fixture->db, code, &error);
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(McOfficeIdentity) office = NULL;
  g_autoptr(GBytes) pdf = NULL;
  PopplerDocument *document;
  McPageMargins margins;

  g_assert_no_error (error);
  events = mc_dossier_store_list_events (fixture->db, code, &error);
  g_assert_no_error (error);
  office = mc_dossier_store_get_office_identity (fixture->db, &error);
  g_assert_no_error (error);

  pdf = mc_control_sheet_render (dossier, events, office, &error);
  g_assert_no_error (error);
  mc_pdf_test_save (pdf, save_as);
  document = mc_pdf_test_open (pdf);
  mc_pdf_test_assert_page_size (document, A5_WIDTH, A5_HEIGHT);
  mc_pdf_test_assert_fonts (document);
  mc_pdf_writer_get_default_margins (MC_PAPER_A5, &margins);
  mc_pdf_test_assert_inside (document, &margins);

  return document;
}

/* The text of one column of the table on a page. */
static char *
column_text (PopplerDocument *document,
             int              page,
             double           x1,
             double           x2)
{
  return mc_pdf_test_get_area_text (document, page, x1, 0, x2, A5_HEIGHT);
}

/* A dossier from receipt to the return of its result: a row to the
 * officer, a row back to the counter, each with its step's result. */
static void
test_walk (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(GDateTime) monday = mc_pdf_test_moment (2026, 3, 2, 8, 0);
  g_autoptr(GDateTime) handed = mc_pdf_test_moment (2026, 3, 2, 8, 10);
  g_autoptr(GDateTime) taken = mc_pdf_test_moment (2026, 3, 2, 11, 0);
  g_autoptr(GDateTime) tuesday = mc_pdf_test_moment (2026, 3, 3, 9, 0);
  g_autoptr(GDateTime) wednesday = mc_pdf_test_moment (2026, 3, 4, 8, 0);
  g_autoptr(GDateTime) friday = mc_pdf_test_moment (2026, 3, 6, 15, 30);
  g_autoptr(GDateTime) returned = mc_pdf_test_moment (2026, 3, 6, 16, 0);
  g_autofree char *code = receive (fixture, monday, FALSE);
  g_autoptr(PopplerDocument) document = NULL;
  g_autofree char *text = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *agency = NULL;
  g_autofree char *time = NULL;
  g_autofree char *result = NULL;
  g_autofree char *note = NULL;
  g_autofree char *code_line = g_strdup_printf ("Mã hồ sơ: %s", code);
  static const char * const required[] = {
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "Tân Lập, ngày 02 tháng 3 năm 2026",
    "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ",
    "Kèm theo hồ sơ của: Nguyễn Văn An",
    "Số điện thoại: 0912345678",
    "Cơ quan (bộ phận) giải quyết hồ sơ: UBND xã Tân Lập",
    "Cơ quan phối hợp giải quyết hồ sơ: ……",
    "TÊN CƠ QUAN",
    "GHI CHÚ",
  };

  step (fixture, code, MC_DOSSIER_ACTION_HAND_OVER, &clerk, handed, NULL);
  step (fixture, code, MC_DOSSIER_ACTION_ACKNOWLEDGE, &fixture->lan, taken, NULL);
  step (fixture, code, MC_DOSSIER_ACTION_REQUEST_SUPPLEMENT, &fixture->lan, tuesday,
        "Thiếu bản sao");
  step (fixture, code, MC_DOSSIER_ACTION_RECEIVE_SUPPLEMENT, &clerk, wednesday, NULL);
  step (fixture, code, MC_DOSSIER_ACTION_MARK_PROCESSED, &fixture->lan, friday, NULL);
  step (fixture, code, MC_DOSSIER_ACTION_RETURN_RESULT, &clerk, returned, NULL);

  document = render_stored (fixture, code, "control-sheet.pdf");
  g_assert_cmpint (poppler_document_get_n_pages (document), ==, 1);
  text = mc_pdf_test_get_text (document);
  mc_pdf_test_assert_has (text, code_line);
  heading = mc_pdf_test_get_area_text (document, 0, 0, 0, 56.7 + 0.42 * 334.5, 100);
  mc_pdf_test_assert_has (heading, "UBND XÃ TÂN LẬP BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ");
  for (guint i = 0; i < G_N_ELEMENTS (required); i++)
    mc_pdf_test_assert_has (text, required[i]);

  agency = column_text (document, 0, COLUMN_AGENCY);
  mc_pdf_test_assert_has (agency, "1. Giao: " COUNTER " Nhận: Công chức Tư pháp - Hộ tịch");
  mc_pdf_test_assert_has (agency, "2. Giao: Công chức Tư pháp - Hộ tịch Nhận: " COUNTER);
  time = column_text (document, 0, COLUMN_TIME);
  mc_pdf_test_assert_has (time, "THỜI GIAN GIAO, NHẬN HỒ SƠ");
  result = column_text (document, 0, COLUMN_RESULT);
  mc_pdf_test_assert_has (result, "KẾT QUẢ GIẢI QUYẾT HỒ SƠ (Trước hạn/ đúng hạn/ quá hạn)");
  /* Processing ended: no row is left to fill in. */
  g_assert_null (strstr (agency, "3. Giao"));
  g_assert_null (strstr (agency, "……"));

  mc_pdf_test_assert_has (time, "08 giờ 10 phút, ngày 02 tháng 03 năm 2026");
  mc_pdf_test_assert_has (time, "Nhận lúc 11 giờ 00 phút, ngày 02 tháng 03 năm 2026");
  mc_pdf_test_assert_has (time, "Người giao: Nguyễn Thị Hoa Người nhận: Lê Thị Lan");
  mc_pdf_test_assert_has (time, "15 giờ 30 phút, ngày 06 tháng 03 năm 2026");
  mc_pdf_test_assert_has (time, "Người giao: Lê Thị Lan Người nhận: ……");

  /* Ten minutes of a three-day budget; the result, late on Friday
   * afternoon, even with the day of supplements taken off. */
  mc_pdf_test_assert_has (result, "Trước hạn");
  mc_pdf_test_assert_has (result, "Quá hạn");
  g_assert_true (strstr (result, "Trước hạn") < strstr (result, "Quá hạn"));

  note = column_text (document, 0, COLUMN_NOTE);
  mc_pdf_test_assert_has (note, "Yêu cầu bổ sung hồ sơ ngày 03/03/2026");
  mc_pdf_test_assert_has (note, "Nhận hồ sơ bổ sung ngày 04/03/2026");
  mc_pdf_test_assert_has (note, "Đã trả kết quả ngày 06/03/2026");
}

/* Printed at receipt: the counter's row and the way back are dotted. */
static void
test_blank (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GDateTime) monday = mc_pdf_test_moment (2026, 3, 2, 8, 0);
  g_autofree char *code = receive (fixture, monday, FALSE);
  g_autoptr(PopplerDocument) document = render_stored (fixture, code, "control-sheet-blank.pdf");
  g_autofree char *agency = column_text (document, 0, COLUMN_AGENCY);
  g_autofree char *time = column_text (document, 0, COLUMN_TIME);

  mc_pdf_test_assert_has (agency, "1. Giao: " COUNTER " Nhận: …………");
  mc_pdf_test_assert_has (agency, "2. Giao: ………… Nhận: …………");
  mc_pdf_test_assert_has (agency, "3. Giao: ………… Nhận: " COUNTER);
  g_assert_null (strstr (agency, "4. Giao"));
  mc_pdf_test_assert_has (time, "…… giờ …… phút, ngày …… tháng …… năm ……");
  mc_pdf_test_assert_has (time, "Người giao: ………… Người nhận: …………");
}

/* A hand-over sent back keeps its row; one not yet taken waits for its
 * receiver; then dotted rows. */
static void
test_sent_back (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GDateTime) monday = mc_pdf_test_moment (2026, 3, 2, 8, 0);
  g_autoptr(GDateTime) handed = mc_pdf_test_moment (2026, 3, 2, 8, 10);
  g_autoptr(GDateTime) back = mc_pdf_test_moment (2026, 3, 2, 9, 0);
  g_autoptr(GDateTime) again = mc_pdf_test_moment (2026, 3, 2, 9, 30);
  g_autofree char *code = receive (fixture, monday, FALSE);
  g_autoptr(PopplerDocument) document = NULL;
  g_autofree char *agency = NULL;
  g_autofree char *time = NULL;
  g_autofree char *note = NULL;

  step (fixture, code, MC_DOSSIER_ACTION_HAND_OVER, &clerk, handed, NULL);
  step (fixture, code, MC_DOSSIER_ACTION_SEND_BACK, &fixture->lan, back, "Nhầm thủ tục.");
  step (fixture, code, MC_DOSSIER_ACTION_HAND_OVER, &clerk, again, NULL);

  document = render_stored (fixture, code, "control-sheet-sent-back.pdf");
  agency = column_text (document, 0, COLUMN_AGENCY);
  time = column_text (document, 0, COLUMN_TIME);
  note = column_text (document, 0, COLUMN_NOTE);

  mc_pdf_test_assert_has (agency, "1. Giao: " COUNTER " Nhận: Công chức Tư pháp - Hộ tịch");
  mc_pdf_test_assert_has (agency, "2. Giao: " COUNTER " Nhận: …………");
  mc_pdf_test_assert_has (agency, "3. Giao: ………… Nhận: …………");
  mc_pdf_test_assert_has (agency, "4. Giao: ………… Nhận: " COUNTER);
  mc_pdf_test_assert_has (time, "09 giờ 30 phút, ngày 02 tháng 03 năm 2026");
  mc_pdf_test_assert_has (note, "Người nhận trả lại hồ sơ. Lý do: Nhầm thủ tục");
  g_assert_null (strstr (note, "thủ tục.."));
}

/* Stopped while the officer holds it: back to the counter, with why. */
static void
test_stopped (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GDateTime) monday = mc_pdf_test_moment (2026, 3, 2, 8, 0);
  g_autoptr(GDateTime) handed = mc_pdf_test_moment (2026, 3, 2, 8, 10);
  g_autoptr(GDateTime) stopped = mc_pdf_test_moment (2026, 3, 3, 10, 0);
  g_autofree char *code = receive (fixture, monday, FALSE);
  McActor leader = { 0, "Trần Văn Minh", "Phó Chủ tịch UBND xã", MC_STAFF_ROLE_LEADER, "PC-3" };
  g_autoptr(PopplerDocument) document = NULL;
  g_autofree char *agency = NULL;
  g_autofree char *time = NULL;
  g_autofree char *note = NULL;

  step (fixture, code, MC_DOSSIER_ACTION_HAND_OVER, &clerk, handed, NULL);
  step (fixture, code, MC_DOSSIER_ACTION_ACKNOWLEDGE, &fixture->lan, handed, NULL);
  step (fixture, code, MC_DOSSIER_ACTION_STOP, &leader, stopped, "Người nộp đã chết");

  document = render_stored (fixture, code, "control-sheet-stopped.pdf");
  agency = column_text (document, 0, COLUMN_AGENCY);
  time = column_text (document, 0, COLUMN_TIME);
  note = column_text (document, 0, COLUMN_NOTE);
  mc_pdf_test_assert_has (agency, "2. Giao: Công chức Tư pháp - Hộ tịch Nhận: " COUNTER);
  g_assert_null (strstr (agency, "3. Giao"));
  /* The officer who held it gives it back. */
  mc_pdf_test_assert_has (time, "10 giờ 00 phút, ngày 03 tháng 03 năm 2026 Người giao: Lê Thị Lan");
  mc_pdf_test_assert_has (note, "Dừng giải quyết hồ sơ. Lý do: Người nộp đã chết");
}

/* A dossier refused at the counter was never accepted: no sheet. */
static void
test_refused (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GDateTime) monday = mc_pdf_test_moment (2026, 3, 2, 8, 0);
  g_autofree char *code = receive (fixture, monday, TRUE);
  g_autoptr(GError) error = NULL;
  g_autoptr(McDossier) dossier = mc_dossier_store_load (fixture->db, code, &error);
  g_autoptr(GPtrArray) events = mc_dossier_store_list_events (fixture->db, code, &error);
  g_autoptr(McOfficeIdentity) office = mc_office_identity_new ("UBND xã Tân Lập", "Tân Lập");
  g_autoptr(GBytes) pdf = NULL;

  g_assert_no_error (error);
  pdf = mc_control_sheet_render (dossier, events, office, &error);
  g_assert_error (error, MC_ERROR, MC_ERROR_INVALID);
  g_assert_null (pdf);
}

static McDossierEvent *
make_event (McDossierAction  action,
            const char      *name,
            const char      *title,
            GDateTime       *at,
            const char      *note,
            const char      *details)
{
  McDossierEvent *event = g_new0 (McDossierEvent, 1);

  event->step_id = g_uuid_string_random ();
  event->action = action;
  event->actor_name = g_strdup (name);
  event->actor_title = g_strdup (title);
  event->device_time = g_date_time_ref (at);
  event->effective_time = g_date_time_ref (at);
  event->note = g_strdup (note != NULL ? note : "");
  event->details = g_strdup (details != NULL ? details : "{}");
  return event;
}

/* Long names, titles and notes, and many hand-overs: the table runs
 * onto numbered pages and nothing leaves the text area. */
static void
test_long_input (void)
{
  g_autoptr(GPtrArray) events =
    g_ptr_array_new_with_free_func ((GDestroyNotify) mc_dossier_event_free);
  g_autoptr(GString) name = g_string_new (NULL);
  g_autoptr(GString) note = g_string_new (NULL);
  g_autoptr(GDateTime) received = mc_pdf_test_moment (2026, 3, 2, 8, 0);
  g_autoptr(McDossier) dossier = NULL;
  g_autoptr(McOfficeIdentity) office = mc_office_identity_new ("UBND xã Tân Lập", "Tân Lập");
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) pdf = NULL;
  g_autoptr(PopplerDocument) document = NULL;
  g_autofree char *text = NULL;
  g_autofree char *second_top = NULL;
  McPageMargins margins;
  int n_pages;

  while (g_utf8_strlen (name->str, -1) < 250)
    g_string_append (name, "Nguyễn Hoàng Phương Thảo ");
  while (g_utf8_strlen (note->str, -1) < 2000)
    g_string_append (note, "Hồ sơ cần đối chiếu thêm với sổ hộ tịch gốc lưu tại xã. ");
  g_string_append (note, "HẾT GHI CHÚ");

  dossier = g_object_new (MC_TYPE_DOSSIER,
                          "code", "000.17.22.H56-260302-0001",
                          "procedure-name", "Đăng ký lại khai sinh",
                          "applicant-name", name->str,
                          "phone", "0912345678",
                          "received-at", received,
                          NULL);

  g_ptr_array_add (events, make_event (MC_DOSSIER_ACTION_RECEIVE, "Nguyễn Thị Hoa", "", received,
                                       NULL, NULL));
  for (guint i = 0; i < 12; i++)
    {
      g_autoptr(GDateTime) given = g_date_time_add_hours (received, 2 * i + 1);
      g_autoptr(GDateTime) taken = g_date_time_add_hours (received, 2 * i + 2);

      g_ptr_array_add (events, make_event (MC_DOSSIER_ACTION_HAND_OVER, name->str,
                                           i == 0 ? "" : "Công chức Văn hóa - Xã hội kiêm nhiệm "
                                           "theo dõi công tác giảm nghèo và bảo trợ xã hội", given,
                                           i == 3 ? note->str : NULL,
                                           "{\"step\": 1, \"result\": \"on_time\"}"));
      g_ptr_array_add (events, make_event (MC_DOSSIER_ACTION_ACKNOWLEDGE, name->str,
                                           "Công chức Văn hóa - Xã hội kiêm nhiệm theo dõi công "
                                           "tác giảm nghèo và bảo trợ xã hội", taken, NULL,
                                           "{\"result\": \"early\"}"));
    }

  pdf = mc_control_sheet_render (dossier, events, office, &error);
  g_assert_no_error (error);
  mc_pdf_test_save (pdf, "control-sheet-long.pdf");
  document = mc_pdf_test_open (pdf);
  n_pages = poppler_document_get_n_pages (document);
  g_assert_cmpint (n_pages, >, 2);
  mc_pdf_test_assert_page_size (document, A5_WIDTH, A5_HEIGHT);
  mc_pdf_test_assert_fonts (document);
  mc_pdf_writer_get_default_margins (MC_PAPER_A5, &margins);
  mc_pdf_test_assert_inside (document, &margins);

  /* The header row on every page of the table (the first row, too tall
   * for what the first page has left, starts on the second), the pages
   * numbered from the second. */
  for (int i = 1; i < n_pages; i++)
    {
      g_autofree char *time = column_text (document, i, COLUMN_TIME);

      mc_pdf_test_assert_has (time, "THỜI GIAN GIAO, NHẬN HỒ SƠ");
    }
  second_top = mc_pdf_test_get_area_text (document, 1, 0, 0, A5_WIDTH, 42);
  g_assert_cmpstr (g_strstrip (second_top), ==, "2");

  /* Nothing is lost: the long note ends, the last hand-overs are there. */
  text = mc_pdf_test_get_text (document);
  mc_pdf_test_assert_has (text, "HẾT GHI CHÚ");
  mc_pdf_test_assert_has (text, "12. Giao:");
  mc_pdf_test_assert_has (text, "14. Giao:");
  mc_pdf_test_assert_has (text, "Đúng hạn");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add ("/control-sheet/" name, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("walk", test_walk);
  ADD ("blank", test_blank);
  ADD ("sent-back", test_sent_back);
  ADD ("stopped", test_stopped);
  ADD ("refused", test_refused);
  g_test_add_func ("/control-sheet/long-input", test_long_input);

#undef ADD

  return g_test_run ();
}
